import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';

/** [text, reason, line] of each note. */
function notes(doc: ScriptDocument): [string, string | null, number][] {
  return doc.blocks.filter((b) => b.type === 'note').map((b) => [b.text, b.reason, b.line]);
}

function read(doc: ScriptDocument): string[] {
  return doc.blocks.filter((b) => b.type !== 'note').map((b) => `${b.type}: ${b.text}`);
}

// Each page below is written for these tests in the convention of its kind of site.

/** A public-broadcaster news page copied from the browser: one element a line. */
const NEWS_PAGE = `Skip to content
Home
News
Sport
Weather
Floods force thousands from homes in Yorkshire
Published
3 hours ago
Share
Image source, Getty Images
Image caption, Residents were moved to a school hall
By Jane Doe
BBC News, Leeds
More than 3,000 people have left their homes after the River Ouse burst its banks.
The Environment Agency said water levels were still rising on Tuesday night.
Related Topics
Flooding
York
More on this story
River levels at record high
Copyright 2024 BBC. All rights reserved.`;

/** A public-radio transcript page: programme credit, byline, transcript, footer, disclaimer. */
const RADIO_TRANSCRIPT = `Court weighs limits on social media moderation

Heard on All Things Considered

Published March 12, 2024 at 4:32 PM EDT

Download
Embed
Transcript

The justices heard two hours of argument on Monday about state laws that limit how platforms remove posts.

Lawyers for the states said the companies act like common carriers.

Copyright © 2024 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.

NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.`;

/** A cable-news transcript page: show name, airing line, rush-transcript notice. */
const CABLE_TRANSCRIPT = `Senate Passes Border Bill After All-Night Session

Aired March 12, 2024 - 10:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

The Senate passed the border bill early this morning by a vote of 52 to 48.

The House takes it up next week.`;

describe('page furniture in pasted text, by convention', () => {
  it('a news page: menu, dateline, share, credits, byline, related links and footer are notes', () => {
    const doc = formatTranscript(NEWS_PAGE);
    expect(read(doc)).toEqual([
      'headline: Floods force thousands from homes in Yorkshire',
      'narration: More than 3,000 people have left their homes after the River Ouse burst its banks.',
      'narration: The Environment Agency said water levels were still rising on Tuesday night.',
    ]);
    expect(notes(doc).map(([, reason, line]) => [line, reason])).toEqual([
      [1, 'navigation'],
      [2, 'navigation'],
      [3, 'navigation'],
      [4, 'navigation'],
      [5, 'navigation'],
      [7, 'dateline'],
      [8, 'dateline'],
      [9, 'share-links'],
      [10, 'credit'],
      [11, 'photo-caption'],
      [12, 'byline'],
      [13, 'byline'],
      [16, 'related-links'],
      [17, 'related-links'],
      [18, 'related-links'],
      [19, 'related-links'],
      [20, 'related-links'],
      [21, 'copyright'],
    ]);
    expect(doc.title).toBe('Floods force thousands from homes in Yorkshire');
    expect(doc.reporter).toBe('Jane Doe');
    expect(doc.slug).toBe('YORKSHIRE');
  });

  it('a radio transcript page: programme credit, dateline, links, copyright, disclaimer', () => {
    const doc = formatTranscript(RADIO_TRANSCRIPT);
    expect(notes(doc).map(([, reason, line]) => [line, reason])).toEqual([
      [3, 'programme-credit'],
      [5, 'dateline'],
      [7, 'share-links'],
      [8, 'share-links'],
      [9, 'navigation'],
      [15, 'copyright'],
      [17, 'disclaimer'],
    ]);
    expect(doc.title).toBe('Court weighs limits on social media moderation');
    expect(doc.slug).toBe('MEDIA-MODERATION');
    expect(read(doc)).toHaveLength(3);
    // Notes are kept with their whole text, listed, and never timed.
    const disclaimer = doc.blocks.find((b) => b.reason === 'disclaimer');
    expect(disclaimer?.text).toMatch(/^NPR transcripts are created.*audio record\.$/);
    expect(disclaimer?.durationMs).toBe(0);
    const listed = doc.messages.filter((m) => m.ruleId === 'page-furniture');
    expect(listed.map((m) => m.line)).toEqual([3, 5, 7, 8, 9, 15, 17]);
    expect(listed[0]?.reason).toMatch(/programme-credit/);
    expect(doc.durationMs).toBe(
      doc.blocks.filter((b) => b.type !== 'note').reduce((s, b) => s + b.durationMs, 0),
    );
  });

  it('a cable transcript page: the airing line and the rush-transcript notice', () => {
    const doc = formatTranscript(CABLE_TRANSCRIPT);
    expect(notes(doc).map(([, reason, line]) => [line, reason])).toEqual([
      [3, 'programme-credit'],
      [5, 'disclaimer'],
    ]);
    expect(doc.title).toBe('Senate Passes Border Bill After All-Night Session');
    expect(doc.slug).toBe('BORDER-BILL');
  });

  it('a broadcast page: the programme name above the headline and the airing line', () => {
    for (const [name, headline, airing] of [
      [
        'CNN NEWSROOM',
        'Flash Floods Sweep Through Eastern Kentucky',
        'Aired March 3, 2025 - 14:00 ET',
      ],
      [
        'Hannity',
        'What the jobs report means for November',
        'This is a rush transcript from "Hannity," October 3, 2025.',
      ],
    ]) {
      const doc = formatTranscript(
        `${name}\n\n${headline}\n\n${airing}\n\nThe floods came overnight and the river rose fast.`,
      );
      expect(doc.blocks.map((b) => [b.type, b.reason])).toEqual([
        ['note', 'programme-credit'],
        ['headline', null],
        ['note', airing?.startsWith('Aired') ? 'programme-credit' : 'disclaimer'],
        ['narration', null],
      ]);
      expect(doc.title).toBe(headline);
    }
    // The name repeated on the next line (`Transcript: The Rachel Maddow Show, 10/2/25`).
    const repeated = formatTranscript(
      'THE EVENING SHOW\n\nTranscript: The Evening Show, 10/2/25\n\nA judge blocked the rule today.',
    );
    expect(repeated.blocks[0]).toMatchObject({ type: 'note', reason: 'programme-credit' });
    // A short headline over a sentence and a dateline is the headline, not a programme.
    const kremlin = formatTranscript(
      'Russian-Mongolian talks\n\nThe President held talks in the Kremlin with the President of Mongolia.\n\nNovember 4, 2025 13:30 The Kremlin, Moscow\n\nTrade grew by 21 percent.',
    );
    expect(kremlin.blocks[0]?.type).not.toBe('note');
  });

  it('a menu word inside a hard-wrapped sentence is narration', () => {
    const text =
      'The council said that residents who had left their houses could now go\nHome\nafter the water went down, and that roads would reopen on Friday.';
    const doc = formatTranscript(text);
    expect(notes(doc)).toEqual([]);
  });
});

/** A court reporter's transcript pasted from its PDF: numbered lines, double-spaced. */
const NUMBERED_RECORD = [
  ' 1                PROCEEDINGS',
  ' 2                            (2:03 p.m.)',
  ' 3           JUDGE OKAFOR:  Be seated, please.  We are',
  ' 4   on the record in the matter of Dunmore against',
  ' 5   Pell Freight.',
  ' 6           MR. SZABO:  Thank you, Your Honor.  The',
  ' 7   contract ran for 14 months, not 12.',
  ' 8           (Pause.)',
  ' 9           JUDGE OKAFOR:  Go on.',
  '10           (Whereupon, at 2:41 p.m., the hearing in the',
  '11   above-entitled matter was adjourned.)',
].join('\n\n');

describe('headers of transcript tools and story pages, by convention', () => {
  it('an Otter export header: the labels and the list under each are notes', () => {
    const doc = formatTranscript(
      'Budget call\n\nTue, Oct 14, 2025 9:02AM • 12:47\n\nSUMMARY KEYWORDS\nbudget, council, rent\n\nSPEAKERS\nJane Doe, Tom Becker\n\nJane Doe  00:04\nOkay, we are on.\n\nTom Becker  00:07\nThe figures are in.',
    );
    expect(notes(doc).map(([, , line]) => line)).toEqual([3, 5, 6, 8, 9]);
    expect(read(doc)).toEqual([
      'headline: Budget call',
      'speech: Okay, we are on.',
      'speech: The figures are in.',
    ]);
  });

  it("an official page's date, time and place lines are notes; a sentence under a date is not", () => {
    const doc = formatTranscript(
      'Answers to media questions\n\nOctober 10, 2025\n21:15\nNovo-Ogaryovo, Moscow Region\n\nVladimir Putin: Good evening.',
    );
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['October 10, 2025', 'dateline'],
      ['21:15', 'dateline'],
      ['Novo-Ogaryovo, Moscow Region', 'dateline'],
    ]);
    const story = formatTranscript(
      'Floods\n\nOctober 10, 2025\nRescuers worked through the night.\n\nThe river fell.',
    );
    expect(notes(story).map(([text]) => text)).toEqual(['October 10, 2025']);
    expect(read(story)).toContain('narration: Rescuers worked through the night.');
  });

  it('an older White House transcript: masthead and venue are notes, the capitals heading is the title', () => {
    const doc = formatTranscript(
      'THE WHITE HOUSE\n\nOffice of the Press Secretary\n\nFor Immediate Release\nMarch 3, 2015\n\nPRESS BRIEFING BY PRESS SECRETARY JOSH EARNEST\n\nJames S. Brady Press Briefing Room\n\n12:51 P.M. EST\n\nMR. EARNEST: Good afternoon, everybody.\n\nQ Thanks, Josh.\n\nMR. EARNEST: Sure.\n\nQ On Israel, then.',
    );
    expect(notes(doc).map(([text]) => text)).toContain('THE WHITE HOUSE');
    expect(notes(doc).map(([text]) => text)).toContain('James S. Brady Press Briefing Room');
    expect(doc.title).toBe('PRESS BRIEFING BY PRESS SECRETARY JOSH EARNEST');
  });

  it("a cover sheet's short field in capitals is no title; INTERVIEW ENDS is a note", () => {
    const doc = formatTranscript(
      'SUNDAY WITH LAURA KUENSSBERG\n12TH OCTOBER 2025\nHELEN MARSH\nCHANCELLOR OF THE EXCHEQUER\n\nLAURA KUENSSBERG:\nWelcome.\n\nHELEN MARSH:\nThank you.\n\nINTERVIEW ENDS',
    );
    expect(doc.title).toBeNull();
    expect(notes(doc).map(([text]) => text)).toContain('INTERVIEW ENDS');
  });

  it('a venue-like line in the story, away from a dateline, is narration', () => {
    const doc = formatTranscript(
      'Budget vote\n\nThe council met on Tuesday.\n\nRiverside Community Hall\n\nThe vote was 5 to 4.',
    );
    expect(notes(doc)).toEqual([]);
  });

  it("a member station's page: the footer ends the turn, the topic tags are related links", () => {
    const doc = formatTranscript(
      "ORTIZ: For NPR News, I'm Elena Ortiz in Columbus.\n\nCopyright 2025 NPR\n\nTranscript provided by NPR, Copyright NPR.\n\nTags\nEducation\nOhio\n\nThe next story is about buses.",
    );
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['Copyright 2025 NPR', 'copyright'],
      ['Transcript provided by NPR, Copyright NPR.', 'disclaimer'],
      ['Tags', 'related-links'],
      ['Education', 'related-links'],
      ['Ohio', 'related-links'],
    ]);
    // Past the footer nobody speaks: the paragraph after it is narration, not Ortiz's words.
    expect(doc.blocks.at(-1)).toMatchObject({ type: 'narration', speaker: null });
  });

  it('a related list pasted one link a paragraph: each link is a note; a sentence or a long paragraph after it is not', () => {
    const doc = formatTranscript(
      "REPORTER: Insurance was 3% of a ship's value per voyage.\n\nRelated Topics\n\nUkraine\n\nShipping industry\n\nBlack Sea grain deal\n\nThe talks resume on Monday.\n\nRead more\n\nPort of Odesa\n\nMarket Report\nPrices rose sharply in early trading and analysts expect more",
    );
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['Related Topics', 'related-links'],
      ['Ukraine', 'related-links'],
      ['Shipping industry', 'related-links'],
      ['Black Sea grain deal', 'related-links'],
      ['Read more', 'related-links'],
      ['Port of Odesa', 'related-links'],
    ]);
    expect(read(doc).some((b) => b.endsWith(': The talks resume on Monday.'))).toBe(true);
    expect(read(doc).at(-1)).toMatch(/: Market Report Prices rose sharply/);
  });

  it('a direction or a byline note between paragraphs does not end the turn', () => {
    const doc = formatTranscript(
      'ORTIZ: It is 7:15 in the morning.\n\n(SOUNDBITE OF CHILDREN TALKING)\n\nHale is one of 400 retired teachers.',
    );
    expect(doc.blocks.at(-1)?.type).toBe('speech');
  });

  it('a script cue alone in capitals (СИНХРОН, SOT) is a direction; in a sentence it is not', () => {
    const doc = formatTranscript(
      'Корреспондент: Операция началась рано утром.\n\nСИНХРОН\n\nИван Петров, следователь: Мы изъяли 40 телефонов.\n\nSOT\n\nСинхрон был записан утром.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'speech',
      'direction',
      'speech',
      'direction',
      'speech',
    ]);
  });

  it('a line under a label-like sentence is not taken for the list', () => {
    const doc = formatTranscript(
      'Speakers at the rally included the mayor.\nShe spoke for an hour.',
    );
    expect(notes(doc)).toEqual([]);
  });

  it("a public-radio page's bare byline between the programme and the player is a note and the reporter", () => {
    const doc = formatTranscript(
      'Retired teachers return to classrooms\n\nHeard on Weekend Edition Sunday\n\nElena Ortiz\n\n4-Minute Listen\n\nAYESHA RASCOE, HOST:\n\nSchools are short of substitutes.',
    );
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['Heard on Weekend Edition Sunday', 'programme-credit'],
      ['Elena Ortiz', 'byline'],
      ['4-Minute Listen', 'share-links'],
    ]);
    expect(doc.reporter).toBe('Elena Ortiz');
  });

  it("a short headline between a cable show's name and its airing line is the headline, not a byline", () => {
    const doc = formatTranscript(
      'CNN NEWS CENTRAL\n\nHurricane Nears Florida Coast\n\nAired October 9, 2025 - 09:00 ET\n\nJOHN BERMAN, CNN ANCHOR: Good morning.',
    );
    expect(doc.title).toBe('Hurricane Nears Florida Coast');
    expect(doc.reporter).toBeNull();
    expect(notes(doc).map(([, reason]) => reason)).not.toContain('byline');
  });

  it('a name line above the words it tags, or between two paragraphs of text, stays', () => {
    const doc = formatTranscript(
      'Episode 41\n\nPublished October 12, 2025\n\nNadia Karim\n\nWelcome back to the show.',
    );
    expect(notes(doc).map(([text]) => text)).toEqual(['Published October 12, 2025']);
    const story = formatTranscript('The vote was close.\n\nJane Doe\n\nShe won by four votes.');
    expect(notes(story)).toEqual([]);
  });
});

describe('court transcripts pasted from a PDF', () => {
  it('line numbers are removed and reported; a continuation line joins its paragraph', () => {
    const doc = formatTranscript(NUMBERED_RECORD);
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => doc.speakers.find((p) => p.id === b.speaker)?.name)).toEqual([
      'Okafor',
      'Mr. Szabo',
      'Okafor',
    ]);
    expect(speech[0]?.text).toBe(
      'Be seated, please. We are on the record in the matter of Dunmore against Pell Freight.',
    );
    // A number inside the text is a fact: kept.
    expect(speech[1]?.text).toContain('14 months, not 12.');
    expect(doc.blocks.some((b) => /^\d+\s/.test(b.text))).toBe(false);
    const removed = doc.messages.filter((m) => m.ruleId === 'line-number');
    expect(removed.length).toBe(11);
    expect(removed[2]?.line).toBe(5);
    expect(doc.messages.some((m) => m.ruleId === 'double-spacing')).toBe(true);
    const directions = doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text);
    expect(directions).toContain('2:03 p.m.');
    expect(directions).toContain('Pause.');
    expect(directions.some((d) => d.startsWith('Whereupon, at 2:41 p.m.'))).toBe(true);
  });

  it('numbers that do not count up line by line are the text: a list, a vote tally', () => {
    const list = ['3 people were hurt.', '', '12 homes were lost.', '', '7 roads are shut.'];
    const tally = [...list, '', '40 volunteers came.', '', '2 shelters opened.'].join('\n');
    const doc = formatTranscript(tally);
    expect(doc.messages.some((m) => m.ruleId === 'line-number')).toBe(false);
    expect(doc.blocks.map((b) => b.text)).toContain('12 homes were lost.');
    // Counting up, but only a few lines of a long text: not a numbered page.
    const few = ['1 Opening', '2 Vote', 'Then the council met.', 'It voted.', 'It rose.'];
    const short = formatTranscript(few.join('\n\n'));
    expect(short.messages.some((m) => m.ruleId === 'line-number')).toBe(false);
  });

  it("a UN verbatim record's procedural sentences are directions; the same words in a turn are not", () => {
    const record = [
      'The meeting was called to order at 3.10 p.m.',
      'The agenda was adopted.',
      'The President: I thank the representative of Chile for her statement.',
      'Ms. Vidal (Chile): The agenda was adopted, but our concerns remain.',
      'The meeting rose at 4.45 p.m.',
    ].join('\n\n');
    const doc = formatTranscript(record);
    const directions = doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text);
    expect(directions).toEqual([
      'The meeting was called to order at 3.10 p.m.',
      'The agenda was adopted.',
      'The meeting rose at 4.45 p.m.',
    ]);
    const fr = formatTranscript(
      'La séance est ouverte à 10 heures.\n\nLa séance est levée à 13 h 5.',
    );
    expect(fr.blocks.map((b) => b.type)).toEqual(['direction', 'direction']);
    // A sentence that only starts like one stays narration.
    const prose = formatTranscript(
      'The meeting rose at 4.45 p.m. and the delegates left in silence.',
    );
    expect(prose.blocks.some((b) => b.type === 'direction')).toBe(false);
  });

  it('a bare timestamp in brackets is no time mark; a.m./p.m. makes it one', () => {
    const doc = formatTranscript('(10:04 a.m.)\n\nWe begin.\n\n(00:01)\n\nThen more.');
    expect(doc.blocks[0]?.type).toBe('direction');
    expect(doc.blocks.some((b) => b.type === 'direction' && b.text.includes('00:01'))).toBe(false);
  });
});

describe('every renderer leaves notes out', () => {
  it('no note text in any output but the JSON, nor in the subtitle cues', async () => {
    const { optionsSchema, OUTPUTS } = await import('../../src/options.ts');
    const { renderOutput } = await import('../../src/outputs/index.ts');
    const { compileSubtitles } = await import('../../src/subtitles/compile.ts');
    const doc = formatTranscript(RADIO_TRANSCRIPT);
    const noteWords = ['Considered', 'Embed', 'Copyright', 'contractor', '4:32'];
    const options = optionsSchema().parse({ directions: true });
    for (const output of OUTPUTS.filter((o) => o !== 'json')) {
      const rendered = renderOutput(doc, output, options)?.body ?? '';
      const body =
        typeof rendered === 'string' ? rendered : new TextDecoder('latin1').decode(rendered);
      // SCC carries its text as CEA-608 byte pairs and STL in fixed blocks: read their cues below.
      if (output !== 'scc' && output !== 'stl') expect(body, output).toMatch(/common\s+carriers/i);
      for (const w of noteWords) expect(body.includes(w), `${output}: ${w}`).toBe(false);
    }
    const cueText = compileSubtitles(doc, { directions: true })
      .cues.flatMap((c) => c.lines)
      .join(' ');
    expect(cueText).toMatch(/common\s+carriers/i);
    for (const w of noteWords) expect(cueText.includes(w), `cues: ${w}`).toBe(false);
    // JSON keeps them, with their reason.
    const json = renderOutput(doc, 'json', options)?.body ?? '';
    expect(json).toContain('"reason": "disclaimer"');
  });
});

describe('a programme name that opens with a digit (ABC 7.30)', () => {
  it('is the programme credit above the headline and the airing line', () => {
    const doc = formatTranscript(
      '7.30\nMurray-Darling water buybacks anger irrigators\nBroadcast: 14/05/2025\nReporter: Tom Fraser\n\nKATE MORRIS, PRESENTER: The plan faces resistance.\n\nTOM FRASER, REPORTER: At dawn the channels are full.',
    );
    expect(doc.title).toBe('Murray-Darling water buybacks anger irrigators');
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['7.30', 'programme-credit'],
      ['Broadcast: 14/05/2025', 'dateline'],
      ['Reporter: Tom Fraser', 'byline'],
    ]);
    expect(doc.reporter).toBe('Tom Fraser');
  });

  it('a number over a headline without an airing line stays story text', () => {
    const doc = formatTranscript(
      '2025\nA year of floods in the north\n\nRivers rose again in May.',
    );
    expect(notes(doc)).toEqual([]);
  });
});

describe("a programme page's Presenter: field", () => {
  it('is a credit, and names the one unnamed presenter of the transcript', () => {
    const doc = formatTranscript(
      'Insiders\nTreasurer defends budget timing\nBroadcast: 16/03/2025\nPresenter: David Speers\n\nPRESENTER: Treasurer, welcome.\n\nJIM HALLORAN, TREASURER: Good morning, David.',
    );
    expect(notes(doc).map(([text, reason]) => [text, reason])).toContainEqual([
      'Presenter: David Speers',
      'programme-credit',
    ]);
    const presenter = doc.speakers.find((s) => s.role === 'presenter');
    expect(presenter?.name).toBe('David Speers');
  });

  it("a presenter's turn in capitals, or words after the name, stay a turn", () => {
    const doc = formatTranscript(
      'PRESENTER: David Speers\n\nHOST: Jane Doe joins us now.\n\nJANE DOE: Thank you.',
    );
    expect(notes(doc)).toEqual([]);
  });
});

describe('press releases pasted as text', () => {
  const types = (doc: ScriptDocument) =>
    doc.blocks.map((b) => `${b.line} ${b.type}${b.reason ? `/${b.reason}` : ''}`);
  const release = [
    'MAPLEWOOD, N.J., March 4, 2026 (BUSINESS WIRE)--Corvane Health today opened its third clinic.',
    '',
    '"We built this clinic with the neighbourhood," said Ada Mensah, chief executive of Corvane.',
    '',
    'Cautionary Statement Regarding Forward-Looking Statements',
    '',
    'This release contains forward-looking statements.',
    '',
    'About Corvane Health',
    '',
    'Corvane Health runs clinics in New Jersey.',
    '',
    'Press Contact:',
    'Lee Ortega',
    'lee@corvane.example',
    '',
    'SOURCE Corvane Health',
  ].join('\n');

  it('a newswire dateline makes a release: boilerplate, contacts and the source line are notes; quotes stay narration', () => {
    const doc = formatTranscript(release);
    expect(types(doc)).toEqual([
      '1 narration',
      '3 narration',
      '5 note/disclaimer',
      '7 note/disclaimer',
      '9 note/page-element',
      '11 note/page-element',
      '13 note/page-element',
      '14 note/page-element',
      '15 note/page-element',
      '17 note/credit',
    ]);
    expect(doc.speakers).toEqual([]);
  });

  it('FOR IMMEDIATE RELEASE over a headline and a subheadline', () => {
    const doc = formatTranscript(
      [
        'FOR IMMEDIATE RELEASE',
        '',
        'Corvane Health Opens Third Clinic in Maplewood',
        '',
        'Clinic adds 40 jobs and evening hours',
        '',
        'MAPLEWOOD, N.J. -- Corvane Health today opened its third clinic.',
      ].join('\n'),
    );
    expect(types(doc)).toEqual(['1 note/page-element', '3 headline', '5 headline', '7 narration']);
    expect(doc.title).toBe('Corvane Health Opens Third Clinic in Maplewood');
  });

  it('BAD: without a release line or a newswire dateline, About and Contact lines are what they were', () => {
    const doc = formatTranscript(
      [
        'Council Approves New Budget',
        '',
        'About the vote',
        '',
        'The council voted 5-2 on Tuesday.',
        '',
        'SOURCE code was published on Monday.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
  });
});

describe("a meeting tool's event lines (Teams, Zoom transcripts)", () => {
  it('"started transcription", "joined the meeting" are notes, not a speaker\'s words', () => {
    const doc = formatTranscript(
      'Jane Doe started transcription\n\nJane Doe   0:03\nGood morning everyone.\n\nTom Reed joined the meeting\n\nTom Reed   0:10\nMorning.\n\nJane Doe stopped transcription',
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['note', 'Jane Doe started transcription'],
      ['speech', 'Good morning everyone.'],
      ['note', 'Tom Reed joined the meeting'],
      ['speech', 'Morning.'],
      ['note', 'Jane Doe stopped transcription'],
    ]);
  });

  it('a sentence about recording or joining is narration', () => {
    const doc = formatTranscript(
      'The mayor stopped recording the meeting.\n\nJane Doe joined the meeting late, and she said nothing.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'narration']);
  });
});
