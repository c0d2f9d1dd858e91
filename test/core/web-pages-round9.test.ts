import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

// Transcript pages of government sites and newsrooms, written for these tests in each site's
// markup (saved as HTML) or as the page reads when copied.

const read = (input: string): ScriptDocument =>
  produce(input, 'json', optionsSchema().parse({}), detectInputFormat(input)).document;

/** India's PIB: the `<title>` and the logo name the bureau; the speech's heading is an `<h2>`. */
const pib = (head: string, logo: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">${head}</head>
<body>
<div class="header"><a href="/"><img src="/logo.png" alt="PIB"></a>${logo}<p>Government of India</p></div>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/allRel.aspx">All Releases</a></li></ul>
<div class="innner-page-main-about-us-content-right-part">
<div class="MinistryNameSubhead">Prime Minister's Office</div>
<h2 style="text-align:center">Text of PM’s address at the Kisan Sammelan in Varanasi</h2>
<div class="ReleaseDateSubHeaddateTime">Posted On: 14 JAN 2026 7:45PM by PIB Delhi</div>
<p>Bharat Mata Ki Jai!</p>
<p>Friends, in the last ten years we have transferred more than 3 lakh crore rupees to 11 crore farmers.</p>
<div class="ReleaseId">(Release ID: 2105321) Visitor Counter : 1340</div>
</div>
<footer><h3>Website maintained by the Press Information Bureau</h3></footer>
</body></html>`;

describe('a page whose <title> names only the site', () => {
  const SPEECH = 'Text of PM’s address at the Kisan Sammelan in Varanasi';

  it('takes the speech’s heading, not the site’s name, for PIB’s logo heading', () => {
    const doc = read(
      pib(
        '<title>Press Information Bureau</title>',
        '<h1 class="logo-text">Press Information Bureau</h1>',
      ),
    );
    expect(doc.title).toBe(SPEECH);
    const headlines = doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text);
    expect(headlines).toEqual([SPEECH]);
    const dropped = doc.messages.find((m) => m.ruleId === 'html-dropped' && m.line === 2);
    expect(dropped?.reason ?? doc.messages.map((m) => m.reason).join('\n')).toContain(
      'names the site',
    );
  });

  it('reads the site’s name from its metadata, after a label (`Press Release: …`)', () => {
    const doc = read(
      pib(
        '<title>Press Release: Press Information Bureau</title><meta property="og:site_name" content="Press Information Bureau">',
        '',
      ),
    );
    expect(doc.title).toBe(SPEECH);
  });

  it('keeps a <title> that names the story, and one with no heading to fall back on', () => {
    // A story's title with the site name after it: the story, as before.
    const story = read(
      pib(
        '<title>PM addresses farmers in Varanasi | Press Information Bureau</title><meta property="og:site_name" content="Press Information Bureau">',
        '',
      ),
    );
    expect(story.title).toBe('PM addresses farmers in Varanasi');
    // The site's name and no other heading: the <title> stays the headline.
    const bare =
      read(`<html><head><title>City Council</title><meta property="og:site_name" content="City Council"></head>
<body><main><p>The council met on Monday.</p><p>It voted 7 to 2.</p></main></body></html>`);
    expect(bare.title).toBe('City Council');
    // A heading in the footer is never the headline.
    const footer =
      read(`<html><head><title>City Council</title><meta property="og:site_name" content="City Council"></head>
<body><main><p>The council met on Monday.</p></main><footer><h2>Contact the City Council office</h2></footer></body></html>`);
    expect(footer.title).toBe('City Council');
  });
});

describe('a release copied as text: masthead, title, dateline', () => {
  const PIB = `Press Information Bureau
Government of India
Prime Minister's Office
Text of PM’s address at the Kisan Sammelan in Varanasi
Posted On: 14 JAN 2026 7:45PM by PIB Delhi

Bharat Mata Ki Jai!

Friends, in the last ten years we have transferred more than 3 lakh crore rupees to 11 crore farmers.

(Release ID: 2105321) Visitor Counter : 1340`;

  it('reads PIB’s dateline with the office that posted it', () => {
    expect(classifyLine('Posted On: 14 JAN 2026 7:45PM by PIB Delhi')).toBe('dateline');
    expect(classifyLine('Published on 14 Jan 2026 by AP')).toBe('dateline');
    // `by` and a sentence, or a desk and a place, is more than an office.
    expect(classifyLine('Posted on: 14 January 2026 by the minister who said')).toBeNull();
    expect(classifyLine('Updated January 5 by Reuters staff in Delhi')).toBeNull();
  });

  it('takes the line over the dateline, under the site’s masthead, as the title', () => {
    const doc = read(PIB);
    expect(doc.title).toBe('Text of PM’s address at the Kisan Sammelan in Varanasi');
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => b.line)).toEqual([4]);
    expect(doc.blocks.find((b) => b.line === 5)?.type).toBe('note');
  });

  it('keeps the first line as the title with no masthead, or when a sentence opens the page', () => {
    const story = read(
      'Floods hit the north of the state\nPosted on 14 January 2026\n\nThe river rose overnight.\n\nIt fell by noon.',
    );
    expect(story.title).toBe('Floods hit the north of the state');
    const sentence = read(
      'We begin tonight with the floods in the north.\nFloods hit the north of the state\nPosted on 14 January 2026\n\nThe river rose overnight.',
    );
    expect(sentence.title).not.toBe('Floods hit the north of the state');
  });
});

describe('an Australian PM transcript’s header', () => {
  const header = (speakerLine: string) => `Press conference - Parliament House, Canberra
Transcript
Thursday 15 January 2026
${speakerLine}

PRIME MINISTER: Good morning. Today we are announcing $3.5 billion in energy bill relief.

JOURNALIST: Prime Minister, will it be extended beyond June?

PRIME MINISTER: We will decide that in the Budget.

TREASURER: And the figures will be in the Budget papers.`;

  it('reads the office under the date as the header’s byline, reported, no heading', () => {
    const doc = read(header('Prime Minister'));
    const line4 = doc.blocks.find((b) => b.line === 4);
    expect(line4?.type).toBe('note');
    expect(line4?.type === 'note' ? line4.reason : null).toBe('byline');
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => b.line)).toEqual([1]);
    expect(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.line === 4)).toBe(true);
    const two = read(header('Prime Minister; Treasurer'));
    expect(two.blocks.find((b) => b.line === 4)?.type).toBe('note');
  });

  it('keeps a subheading that names no speaker as a heading', () => {
    const doc = read(header('Energy Bill Relief'));
    expect(doc.blocks.find((b) => b.line === 4)?.type).toBe('headline');
    const other = read(header('Prime Minister and Premier'));
    expect(other.blocks.find((b) => b.line === 4)?.type).toBe('headline');
  });
});

describe('Al Jazeera and DW interview pages copied as text', () => {
  const AJ = `Skip links
Skip to Content
play
Live
search
Search
Interview
Iran’s FM Araghchi: ‘We are ready for talks, not for threats’
In an interview with Al Jazeera, Iran’s foreign minister says Tehran will not negotiate under pressure.
Published On 14 Jan 2026
share2
Share

Al Jazeera: Are the talks over?

Abbas Araghchi: No, they are not over.`;

  const DW = `Skip next section Navigation
Navigation
search
Pistorius: 'Germany must be ready to defend itself'
Interview
Jane Doe
01/14/202601/14/2026
Germany's defense minister Boris Pistorius tells DW the Bundeswehr needs more soldiers.
https://p.dw.com/p/4xYz1
play

DW: How many?

Boris Pistorius: At least 60,000 more by 2030.`;

  const speakers = (doc: ScriptDocument) => {
    const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
    return doc.blocks.filter((b) => b.type === 'speech').map((b) => names.get(b.speaker ?? ''));
  };
  const reasonAt = (doc: ScriptDocument, line: number) => {
    const b = doc.blocks.find((x) => x.line === line);
    return b?.type === 'note' ? b.reason : (b?.type ?? null);
  };

  it('reads the quoted headline as the title, not a turn, and reports it', () => {
    const aj = read(AJ);
    expect(aj.title).toBe('Iran’s FM Araghchi: ‘We are ready for talks, not for threats’');
    expect(speakers(aj)).toEqual(['Al Jazeera', 'Abbas Araghchi']);
    expect(aj.messages.some((m) => m.ruleId === 'speaker-tag' && m.line === 8)).toBe(true);
    const dw = read(DW);
    expect(dw.title).toBe("Pistorius: 'Germany must be ready to defend itself'");
    expect(speakers(dw)).toEqual(['DW', 'Boris Pistorius']);
  });

  it('reads icon labels, DW’s run-together dates and its short link as page elements', () => {
    const aj = read(AJ);
    for (const line of [3, 5, 11]) expect(reasonAt(aj, line)).toBe('page-element');
    const dw = read(DW);
    expect(reasonAt(dw, 3)).toBe('page-element');
    expect(reasonAt(dw, 7)).toBe('dateline');
    expect(reasonAt(dw, 9)).toBe('share-links');
    expect(reasonAt(dw, 10)).toBe('page-element');
    expect(reasonAt(dw, 5)).toBe('page-element');
    expect(classifyLine('Interview')).toBe('page-element');
    expect(classifyLine('Interview with the mayor')).toBeNull();
    expect(classifyLine('14.01.202614.01.2026')).toBe('dateline');
    expect(classifyLine('https://bit.ly/3aBcD')).toBe('share-links');
  });

  it('keeps lower-case words, long links, and a turn that quotes, as they are', () => {
    expect(classifyLine('play it again')).toBeNull();
    expect(classifyLine('search and rescue')).toBeNull();
    expect(classifyLine('https://www.example.org/news/2026/01/14/long-story-name')).toBeNull();
    expect(classifyLine('01/14/2026 01/14/2026 was the date')).toBeNull();
    // A first turn that quotes, answered by a turn: a turn.
    const doc = read("ANNA: 'We are ready for talks'\n\nBEN: Are you?\n\nANNA: Yes.");
    expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
    // A quotation that is a sentence is a turn even over narration.
    const said = read("ANNA: 'We are ready.'\n\nThe talks resumed on Monday.\n\nBEN: Good.");
    expect(said.blocks[0]?.type).toBe('speech');
  });
});

describe('a podcast host’s episode page', () => {
  const page = (
    h1: string,
    h2: string,
  ) => `<!DOCTYPE html><html><head><title>Housing Matters Weekly</title></head>
<body><main><article class="episode">
<h1>${h1}</h1>
<h2>${h2}</h2>
<p>January 14, 2026</p>
<div class="transcript"><p>Sam Cole: Hello and welcome.</p><p>Priya Sethi: Thanks for having me, Sam.</p></div>
</article></main></body></html>`;

  it('takes the episode’s heading for the title, the show’s name as the programme', () => {
    const doc = read(page('Housing Matters Weekly', 'Episode 42: Why rents keep rising'));
    expect(doc.title).toBe('Episode 42: Why rents keep rising');
    const show = doc.blocks.find((b) => b.text === 'Housing Matters Weekly');
    expect(show?.type === 'note' ? show.reason : show?.type).toBe('programme-credit');
    expect(read(page('Housing Matters Weekly', '#42: Why rents keep rising')).title).toBe(
      '#42: Why rents keep rising',
    );
  });

  it('keeps the <h1> when its next heading is no episode’s, or it is not the <title>', () => {
    expect(read(page('Housing Matters Weekly', 'Why rents keep rising')).title).toBe(
      'Housing Matters Weekly',
    );
    expect(read(page('Rents are rising again', 'Episode 42: Why')).title).toBe(
      'Rents are rising again',
    );
  });
});

describe('a CBS “Face the Nation” transcript page’s header', () => {
  const CBS = (
    guests: string,
  ) => `Full transcript of "Face the Nation with Margaret Brennan," Jan. 11, 2026

By Staff

January 11, 2026 / 2:14 PM EST / CBS News

On this "Face the Nation" broadcast, moderated by Margaret Brennan:

${guests}

Click here to browse full transcripts of "Face the Nation with Margaret Brennan."

MARGARET BRENNAN: I'm Margaret Brennan in Washington.

SEN. MARK KELLY: Good morning, Margaret.`;
  const GUESTS =
    'Sen. Mark Kelly, Democrat of Arizona\nRep. Mike Turner, Republican of Ohio\nFormer FDA Commissioner Dr. Scott Gottlieb';

  it('reads the guest list under its label, one note a guest, and the transcripts link', () => {
    const doc = read(CBS(GUESTS));
    expect(doc.title).toBe(
      'Full transcript of "Face the Nation with Margaret Brennan," Jan. 11, 2026',
    );
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => b.line);
    expect(notes).toEqual([3, 5, 7, 9, 10, 11, 13]);
    expect(doc.blocks.some((b) => b.type === 'narration')).toBe(false);
    expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(2);
    // Guests pasted one a paragraph go on with the list too.
    const apart = read(CBS(GUESTS.replaceAll('\n', '\n\n')));
    expect(apart.blocks.some((b) => b.type === 'narration')).toBe(false);
  });

  it('ends the list at a sentence, and keeps other “On this …” lines and links as text', () => {
    const doc = read(
      CBS('Sen. Mark Kelly, Democrat of Arizona\nWe also hear from voters in Ohio.'),
    );
    expect(doc.blocks.find((b) => b.line === 10)?.type).toBe('narration');
    expect(classifyLine('On this day in 1970, the river flooded:')).toBeNull();
    expect(
      classifyLine('Click here to browse the archive, she said, and you will see.'),
    ).toBeNull();
  });
});
