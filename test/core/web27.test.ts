/**
 * Web pastes, meeting tools and speech-to-text exports (round 27): an agenda's timed items, a
 * meeting tool's AI notes and avatars' initials, lower-case-first speech-to-text labels, the
 * BBC's caption labels alone, wire writers' bios, Google Meet's title line, Hansard's clock time.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(formatTranscript(text));
const speech = (text: string) => rows(text).filter((r) => r[0] === 'speech');
const messages = (text: string, ruleId: string) =>
  formatTranscript(text).messages.filter((m) => m.ruleId === ruleId);

describe("an agenda's timed items are no speakers' tags", () => {
  it('GOOD: the last line `(12:00) Close` is an item, no empty turn', () => {
    const text = 'AGENDA\n(10:00) Opening remarks\n(10:30) Panel discussion\n(12:00) Close\n';
    const d = formatTranscript(text);
    expect(blockRows(d)).toEqual([
      ['narration', null, 'AGENDA'],
      ['narration', null, '(10:00) Opening remarks'],
      ['narration', null, '(10:30) Panel discussion'],
      ['narration', null, '(12:00) Close'],
    ]);
    expect(d.speakers).toEqual([]);
    expect(d.messages.some((m) => m.ruleId === 'empty-turn')).toBe(false);
  });

  it('GOOD: one-word items one under another (`(09:00) Welcome` / `(09:15) Budget review`)', () => {
    const text =
      'Council meeting\n\nAgenda:\n(09:00) Welcome\n(09:15) Budget review\n(12:00) Close\n';
    const d = formatTranscript(text);
    expect(blockRows(d).slice(2)).toEqual([
      ['narration', null, '(09:00) Welcome'],
      ['narration', null, '(09:15) Budget review'],
      ['narration', null, '(12:00) Close'],
    ]);
    expect(d.speakers).toEqual([]);
  });

  it('GOOD: items parted by blank lines too, the meeting’s turns after them', () => {
    const text =
      'Agenda\n\n(09:00) Welcome\n\n(09:15) Budget\n\n(12:00) Close\n\n' +
      'Jane Doe: Good morning everyone.\n\nJohn Smith: Thanks, Jane.\n';
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'John Smith']);
    expect(
      blockRows(d)
        .filter((r) => r[0] === 'narration')
        .map((r) => r[2]),
    ).toEqual(['Agenda', '(09:00) Welcome', '(09:15) Budget', '(12:00) Close']);
  });

  it('BAD: a transcription export’s time-led name over its words stays a tag', () => {
    const text =
      '[00:00:03] Jane\nGood morning, and welcome to the show.\n\n' +
      '[00:00:09] Tom\nThanks for having me.\n';
    expect(speech(text)).toEqual([
      ['speech', 'Jane', 'Good morning, and welcome to the show.'],
      ['speech', 'Tom', 'Thanks for having me.'],
    ]);
  });

  it('BAD: time-led lines in a podcast’s turn are its words (`Lex Fridman` / `(00:00:05) …`)', () => {
    const text =
      'Lex Fridman\n(00:00:00) The following is a conversation with Jane Doe.\n' +
      '(00:00:05) She is a physicist.\n\nJane Doe\n(00:00:09) Thank you for having me.\n\n' +
      'Lex Fridman\n(00:00:12) Let us start with the basics.\n\n' +
      'Jane Doe\n(00:00:15) Sure.\n(00:00:16) Right\n';
    expect(speech(text).map((r) => r[1])).toEqual([
      'Lex Fridman',
      'Lex Fridman',
      'Jane Doe',
      'Lex Fridman',
      'Jane Doe',
      'Jane Doe',
    ]);
    expect(speech(text).at(-1)?.[2]).toBe('Right');
  });
});

describe("a meeting tool's AI notes above the transcript are notes", () => {
  const otter =
    'Summary\nThe team discussed the budget for the new library and agreed on a timeline.\n\n' +
    'Outline\nBudget review\n  Jane presented the numbers for the library.\n\n' +
    'Action Items\n[ ] Jane to send the spreadsheet to the council.\n\n' +
    'Keywords\nlibrary, budget, council, timeline\n\n' +
    "Jane Doe  0:03\nGood morning everyone, let's talk about the library budget.\n\n" +
    'John Smith  0:12\nThanks Jane. The numbers are in and they look fine.\n';

  it('GOOD: Otter’s Summary, Outline, Action Items and Keywords (every line under them)', () => {
    const d = formatTranscript(otter);
    const story = blockRows(d).filter((r) => r[0] !== 'note');
    expect(story).toEqual([
      ['speech', 'Jane Doe', 'Good morning everyone, let’s talk about the library budget.'],
      ['speech', 'John Smith', 'Thanks Jane. The numbers are in and they look fine.'],
    ]);
    const notes = blockRows(d).filter((r) => r[0] === 'note');
    expect(notes.map((r) => r[2])).toContain('library, budget, council, timeline');
    expect(notes.every((r) => r[1] === 'page-element')).toBe(true);
  });

  it('GOOD: Zoom’s `Quick recap` / `Next steps` over `Speaker 1 (00:00)` turns', () => {
    const text =
      'Quick recap\nThe desk agreed to lead with the flood story.\n\n' +
      'Next steps\nMaria to call the council.\n\n' +
      'Maria Lund  00:00\nLet’s start with the floods.\n\nTom Baker  00:07\nAgreed.\n';
    expect(rows(text).filter((r) => r[0] !== 'note')).toEqual([
      ['speech', 'Maria Lund', 'Let’s start with the floods.'],
      ['speech', 'Tom Baker', 'Agreed.'],
    ]);
  });

  it('BAD: a story’s `Summary` over untimed tags keeps the words under it', () => {
    const text =
      'Summary\n\nThe council voted on Monday to close the library.\n\n' +
      'MAYOR: We had no choice.\n\nREPORTER: Campaigners disagree.\n';
    expect(rows(text).map((r) => r[2])).toContain(
      'The council voted on Monday to close the library.',
    );
    expect(rows(text).find((r) => String(r[2]).startsWith('The council'))?.[0]).toBe('narration');
  });
});

describe("an avatar's initials over a meeting transcript's name line (Teams)", () => {
  it('GOOD: `JD` over `Jane Doe   0:03` is a note, each turn its speaker’s', () => {
    const text =
      'JD\nJane Doe   0:03\nGood morning everyone, let’s talk about the library budget.\n\n' +
      'JS\nJohn Smith   0:12\nThanks Jane. The numbers are in.\n\n' +
      'ML\nMary-Ann Lee   0:25\nGreat, then we can start in March.\n';
    expect(rows(text)).toEqual([
      ['note', 'page-element', 'JD'],
      ['speech', 'Jane Doe', 'Good morning everyone, let’s talk about the library budget.'],
      ['note', 'page-element', 'JS'],
      ['speech', 'John Smith', 'Thanks Jane. The numbers are in.'],
      ['note', 'page-element', 'ML'],
      ['speech', 'Mary-Ann Lee', 'Great, then we can start in March.'],
    ]);
  });

  it('BAD: letters that are not the initials of the name under them stay', () => {
    const text =
      'NATO\nJane Doe   0:03\nThe summit opens today.\n\nJohn Smith   0:12\nThanks Jane.\n';
    expect(rows(text).some((r) => r[0] === 'note' && r[2] === 'NATO')).toBe(false);
    expect(
      rows(text)
        .map((r) => r[2])
        .join(' '),
    ).toContain('NATO');
  });
});

describe('speech-to-text labels written lower case first', () => {
  it('GOOD: `deShawn:`, `da Silva:`, `van Dyke:` are the speakers, as written', () => {
    const text =
      'deShawn: I think we should go now.\nda Silva: No, we wait for the others.\n' +
      'van Dyke: They are on their way.\ndeShawn: Fine, five more minutes.\n';
    expect(rows(text)).toEqual([
      ['speech', 'deShawn', 'I think we should go now.'],
      ['speech', 'da Silva', 'No, we wait for the others.'],
      ['speech', 'van Dyke', 'They are on their way.'],
      ['speech', 'deShawn', 'Fine, five more minutes.'],
    ]);
  });

  it('GOOD: `de la Cruz:` beside a capitalised tag', () => {
    const text = 'Host: Welcome back.\n\nde la Cruz: Thank you for having me.\n';
    expect(speech(text).map((r) => r[1])).toEqual(['host', 'de la Cruz']);
  });

  it('BAD: lower-case words before a colon are no name (`de facto:`, `eBay:`, `la Liga:`)', () => {
    for (const line of [
      'de facto: the rule is what the council says.',
      'eBay: the new model sells well.',
      'la Liga: Real Madrid won again.',
      'onClick: the handler runs.',
    ]) {
      expect(speech(line)).toEqual([]);
    }
  });
});

describe("the BBC's caption label alone on its line", () => {
  const page =
    'Council to close central library\n\nImage source,\nGetty Images\nImage caption,\n' +
    'The library has stood on the high street since 1904\n\n' +
    'The council has voted to close the central library.\n\nImage caption,\n\n' +
    'Campaigners outside the town hall on Monday\n\nCampaigners said they would appeal.\n';

  it('GOOD: the label and the caption under it are photo-caption notes; the credit a credit', () => {
    expect(rows(page)).toEqual([
      ['headline', null, 'Council to close central library'],
      ['note', 'credit', 'Image source,'],
      ['note', 'credit', 'Getty Images'],
      ['note', 'photo-caption', 'Image caption,'],
      ['note', 'photo-caption', 'The library has stood on the high street since 1904'],
      ['narration', null, 'The council has voted to close the central library.'],
      ['note', 'photo-caption', 'Image caption,'],
      ['note', 'photo-caption', 'Campaigners outside the town hall on Monday'],
      ['narration', null, 'Campaigners said they would appeal.'],
    ]);
  });

  it('BAD: the words `image caption` inside a sentence stay the story’s', () => {
    const text =
      'Headline here\n\nThe image caption, the council said, was wrong.\n\nIt was changed on Monday.\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe("a wire story's author bios at its end", () => {
  const story = (end: string) =>
    'Storm hits coast\n\nHeavy rain fell across the coast on Monday, officials said.\n\n' +
    '"We have never seen anything like it," said the mayor.\n\n' +
    end;

  it('GOOD: AP’s and Reuters’ bios are byline notes', () => {
    const d = formatTranscript(
      story(
        'Jane Doe is an Associated Press reporter based in Miami. She covers climate and the environment.\n\n' +
          'John Smith covers politics for Reuters from Washington. He joined Reuters in 2015.\n',
      ),
    );
    expect(blockRows(d).slice(-2)).toEqual([
      [
        'note',
        'byline',
        'Jane Doe is an Associated Press reporter based in Miami. She covers climate and the environment.',
      ],
      [
        'note',
        'byline',
        'John Smith covers politics for Reuters from Washington. He joined Reuters in 2015.',
      ],
    ]);
  });

  it('BAD: a reporter who is the story’s subject, mid-story, stays its words', () => {
    const text = story(
      'Jane Doe is an Associated Press reporter who was injured by falling debris.\n\n' +
        'She was taken to hospital, officials said.\n',
    );
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });

  it('BAD: a last paragraph about someone who is no journalist stays', () => {
    const text = story('Maria Lund is a nurse at the Reuters Building clinic in Miami.\n');
    expect(rows(text).at(-1)?.[0]).toBe('narration');
  });
});

describe("Google Meet's transcript title line in other forms and languages", () => {
  it('GOOD: the date in another locale’s form, the labels in German, are no title or speech', () => {
    const d = formatTranscript(
      'Wochenplanung – 12.03.2025 09:58 MEZ – Transkript\n\nTeilnehmer\nAna Ruiz, Ben Cole\n\n' +
        'Transkript\n\nAna Ruiz: Guten Morgen.\nBen Cole: Der Rat stimmt heute ab.\n',
    );
    expect(d.title).toBe('Wochenplanung');
    expect(blockRows(d).slice(1, 4)).toEqual([
      ['note', 'page-element', 'Teilnehmer'],
      ['note', 'page-element', 'Ana Ruiz, Ben Cole'],
      ['note', 'navigation', 'Transkript'],
    ]);
  });

  it('GOOD: a US date in parentheses (`(Mar 12, 2025 at 9:58 AM PST) - Transcript`)', () => {
    const d = formatTranscript(
      'Metro desk planning (Mar 12, 2025 at 9:58 AM PST) - Transcript\n\n' +
        'Ana Ruiz: Morning, everyone.\n\nBen Cole: The council votes tonight.\n',
    );
    expect(d.title).toBe('Metro desk planning');
  });

  it('BAD: a headline with a dash and a date but no transcript word keeps them', () => {
    const d = formatTranscript(
      'Storm Bert - 12.03.2025 - Transport chaos\n\nTrains were cancelled across Wales.\n\n' +
        'Roads were closed too.\n',
    );
    expect(d.title).toBe('Storm Bert - 12.03.2025 - Transport chaos');
  });
});

describe("Hansard's time after the member's tag is the sitting's clock", () => {
  it('GOOD: `(09:31)` after the seat and party is 09:31 of the day, reported so', () => {
    const text =
      'Jane Doe (Hampstead) (Lab) (09:31): Will the Minister tell the House when it opens?\n\n' +
      'Mr Speaker (09:32): Order.\n';
    const d = formatTranscript(text);
    expect(d.blocks[0]?.timestampMs).toBe((9 * 60 + 31) * 60_000);
    const anchors = d.messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors[0]?.reason).toContain('time of day 09:31');
    expect(anchors[0]?.actual).toBe('09:31');
    expect(anchors[1]?.reason).toContain('time of day 09:32');
  });

  it('GOOD: Australia’s Senate (`Senator WONG (South Australia—…) (09:32):`)', () => {
    const text =
      'Senator WONG (South Australia—Minister for Foreign Affairs) (09:32): I thank the senator.\n';
    expect(messages(text, 'time-anchor')[0]?.reason).toContain('time of day 09:32');
  });

  it('BAD: Rev’s `Jane Doe (01:23):` stays minutes and seconds into the recording', () => {
    const text = 'Jane Doe (01:23): Hello there.\n\nTom Baker (01:30): Hi.\n';
    const d = formatTranscript(text);
    expect(d.blocks[0]?.timestampMs).toBe(83_000);
    expect(messages(text, 'time-anchor')[0]?.reason).toContain('00:01:23');
  });
});

describe('fresh inputs: meeting tools’ exports', () => {
  it('GOOD: Fireflies’ Overview and Action items over its `Transcript` tab (name / time / words)', () => {
    const text =
      'Fireflies.ai\nLibrary budget sync\nMar 12, 2026 · 32 mins\n\n' +
      'Overview\nThe team reviewed the library budget and agreed on a March start.\n\n' +
      'Action items\nJane Doe\nSend the spreadsheet to the council (04:12)\n\n' +
      'Transcript\nJane Doe\n00:03\nGood morning everyone, let’s talk about the budget.\n' +
      'John Smith\n00:12\nThanks Jane. The numbers are in.\n';
    const d = formatTranscript(text);
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual([
      ['headline', null, 'Library budget sync'],
      ['speech', 'Jane Doe', 'Good morning everyone, let’s talk about the budget.'],
      ['speech', 'John Smith', 'Thanks Jane. The numbers are in.'],
    ]);
    expect(blockRows(d).find((r) => r[2] === 'Overview')?.[0]).toBe('note');
  });

  it('BAD: a programme page’s `Summary` and `Transcript` over untimed tags keep the summary', () => {
    const text =
      'THE EVENING SHOW\n\nSummary\n\nA judge blocks the rule; a prosecutor explains what comes next.\n\n' +
      'Transcript\n\nJANE DOE, HOST: Good evening.\n\nJOHN SMITH, PROSECUTOR: Thanks, Jane.\n';
    expect(rows(text).find((r) => String(r[2]).startsWith('A judge'))?.[0]).toBe('narration');
  });

  it('GOOD: Fathom’s meeting name over its recording link stays the title', () => {
    const d = formatTranscript(
      'Library budget sync\nVIEW RECORDING - 32 mins (No highlights): https://fathom.video/share/abc\n\n' +
        '---\n\n0:03 - Jane Doe (Acme Library)\n  Good morning everyone.\n\n0:12 - John Smith\n  Thanks Jane.\n',
    );
    expect(d.title).toBe('Library budget sync');
    expect(blockRows(d)[1]?.[0]).toBe('note');
  });

  it('BAD: a share bar’s unknown item beside a known one is still the bar’s', () => {
    const text =
      'Council votes to close library\n\nShare\nFacebook\nBlorp\nEmail\n\n' +
      'The council voted on Monday to close the library.\n\nCampaigners will appeal.\n';
    expect(rows(text).find((r) => r[2] === 'Blorp')?.[0]).toBe('note');
  });
});

describe('fresh inputs: news pages’ furniture', () => {
  it('GOOD: DW’s writer’s name and date in figures under the headline, its editor at the end', () => {
    const d = formatTranscript(
      'Council votes to close central library\n\nJane Doe\n\n03/12/2026\n\n' +
        'The council has voted to close the central library.\n\n' +
        'Campaigners said they would appeal.\n\nEdited by: John Smith\n',
    );
    expect(blockRows(d)).toEqual([
      ['headline', null, 'Council votes to close central library'],
      ['note', 'byline', 'Jane Doe'],
      ['note', 'dateline', '03/12/2026'],
      ['narration', null, 'The council has voted to close the central library.'],
      ['narration', null, 'Campaigners said they would appeal.'],
      ['note', 'byline', 'Edited by: John Smith'],
    ]);
    expect(d.title).toBe('Council votes to close central library');
    expect(d.reporter).toBe('Jane Doe');
  });

  it('BAD: a sentence opening with a date in figures stays the story’s', () => {
    const text =
      'Headline here\n\n03/12/2026 was the day the library closed.\n\nIt reopened later.\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });

  it('GOOD: CBC’s byline with middle dots, and its `ABOUT THE AUTHOR` bio', () => {
    const d = formatTranscript(
      'Council votes to close central library\nCampaigners say they will appeal\n' +
        'Jane Doe · CBC News · Posted: Mar 12, 2026 10:02 AM EDT | Last Updated: 2 hours ago\n' +
        'The council has voted to close the central library, saying it cannot afford repairs.\n\n' +
        'Campaigners said they would appeal against the decision.\n\n' +
        'ABOUT THE AUTHOR\nJane Doe is a reporter with CBC News in Toronto. She covers city hall.\n',
    );
    const notes = blockRows(d).filter((r) => r[0] === 'note');
    expect(notes).toEqual([
      [
        'note',
        'byline',
        'Jane Doe · CBC News · Posted: Mar 12, 2026 10:02 AM EDT | Last Updated: 2 hours ago',
      ],
      ['note', 'byline', 'ABOUT THE AUTHOR'],
      ['note', 'byline', 'Jane Doe is a reporter with CBC News in Toronto. She covers city hall.'],
    ]);
  });

  it('BAD: places apart by middle dots, or `About the project`, stay', () => {
    const text =
      'Tour dates\n\nParis · Berlin · Rome · 2026\n\nAbout the project\n\n' +
      'The tour visits three cities this spring.\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });

  it('GOOD: the Post’s bio (`… correspondent for The Washington Post`); Al Jazeera’s save widget', () => {
    const d = formatTranscript(
      'Council votes to close central library\n\nBy Jane Doe\n\n' +
        'Save articles to read later and create your own reading list.\n\n' +
        'The council has voted to close the central library.\n\n' +
        'Jane Doe is a political correspondent for The Washington Post. She covered the statehouse.\n',
    );
    const rowsOf = blockRows(d);
    expect(rowsOf[2]).toEqual([
      'note',
      'page-element',
      'Save articles to read later and create your own reading list.',
    ]);
    expect(rowsOf.at(-1)?.[1]).toBe('byline');
  });

  it('BAD: a last paragraph reporting on a journalist (`…, the paper said.`) stays', () => {
    const text =
      'Blast hits city\n\nA blast hit the city centre on Monday.\n\n' +
      'Jane Doe is a reporter for The Washington Post who was hurt in the blast, the paper said.\n';
    expect(rows(text).at(-1)?.[0]).toBe('narration');
  });
});

describe('fresh inputs: more news pages’ headers', () => {
  it('GOOD: Sky News’ name over beat and handle, its trust widget (SCMP’s too)', () => {
    const d = formatTranscript(
      'Council votes to close central library\nCampaigners say they will appeal.\n' +
        'Jane Doe\nPolitical reporter @janedoe\nThursday 12 March 2026 10:02, UK\n' +
        'Why you can trust Sky News\nThe council has voted to close the central library.\n\n' +
        'Campaigners said they would appeal.\n',
    );
    const notes = blockRows(d).filter((r) => r[0] === 'note');
    expect(notes).toEqual([
      ['note', 'byline', 'Jane Doe Political reporter @janedoe'],
      ['note', 'dateline', 'Thursday 12 March 2026 10:02, UK'],
      ['note', 'page-element', 'Why you can trust Sky News'],
    ]);
    expect(d.reporter).toBe('Jane Doe');
  });

  it('BAD: a question about trust stays a sentence', () => {
    const text = 'Headline here\n\nWhy you can trust the count, officials explained on Monday.\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });

  it('GOOD: Reuters’ date run into `Updated`; The Hill’s `by Name - date` under the headline', () => {
    const reuters = rows(
      'Council votes to close central library\nBy Jane Doe\n' +
        'March 12, 2026 10:02 AM GMTUpdated 2 hours ago\nThe council has voted to close the library.\n',
    );
    expect(reuters[2]).toEqual([
      'note',
      'dateline',
      'March 12, 2026 10:02 AM GMTUpdated 2 hours ago',
    ]);
    const hill = formatTranscript(
      'Council votes to close central library\nby Jane Doe - 03/12/26 10:02 AM ET\n' +
        'The council has voted to close the central library, saying it cannot afford repairs.\n\n' +
        'Campaigners said they would appeal.\n',
    );
    expect(blockRows(hill).slice(0, 2)).toEqual([
      ['headline', null, 'Council votes to close central library'],
      ['note', 'byline', 'by Jane Doe - 03/12/26 10:02 AM ET'],
    ]);
  });

  it('BAD: a sentence wrapped before `by` and a dash goes on', () => {
    const text =
      'The meeting on the future of the central library was chaired\nby Jane Doe - the mayor - on Monday.\n';
    expect(rows(text)).toEqual([
      [
        'narration',
        null,
        'The meeting on the future of the central library was chaired by Jane Doe - the mayor - on Monday.',
      ],
    ]);
  });

  it('GOOD: the Times of India’s desk, site and date line, its text-size control', () => {
    const text =
      'Council votes to close central library\n' +
      'TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2026, 10:02 IST\n+Text Size\n' +
      'The council has voted to close the central library.\n';
    expect(rows(text).slice(1, 3)).toEqual([
      ['note', 'dateline', 'TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2026, 10:02 IST'],
      ['note', 'page-element', '+Text Size'],
    ]);
  });

  it('BAD: places apart by slashes before words that are no date stay', () => {
    const text = 'Headline here\n\nParis / Berlin / Updated: the list grew longer this week.\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe('fresh inputs: a writer’s name over the date, a section after it, a player’s length', () => {
  it('GOOD: the Guardian’s name under the age warning and standfirst, over the date', () => {
    const d = formatTranscript(
      'Council votes to close central library\nThis article is more than 2 years old\n' +
        'Campaigners say they will appeal\nJane Doe\nThu 12 Mar 2026 10.02 GMT\nShare\n' +
        'The council has voted to close the central library, saying it cannot afford repairs.\n',
    );
    expect(blockRows(d)[3]).toEqual(['note', 'byline', 'Jane Doe']);
    expect(d.reporter).toBe('Jane Doe');
  });

  it('BAD: a name over a date deep in the story stays', () => {
    const text =
      'Council votes to close library\n\nThe council voted on Monday.\n\nCampaigners will appeal.\n\n' +
      'The library opened in 1904.\n\nIt has 40,000 books.\n\nJane Doe\n\nThu 12 Mar 2026\n';
    expect(rows(text).find((r) => r[2] === 'Jane Doe')?.[0]).toBe('narration');
  });

  it('GOOD: Axios’ date and section after a dash; the name over it is the byline', () => {
    const d = formatTranscript(
      'Council votes to close central library\nJane Doe\nMar 12, 2026 - Politics & Policy\n' +
        'The council has voted to close the central library.\n',
    );
    expect(blockRows(d).slice(1, 3)).toEqual([
      ['note', 'byline', 'Jane Doe'],
      ['note', 'dateline', 'Mar 12, 2026 - Politics & Policy'],
    ]);
  });

  it('BAD: a date and a clause after a dash is a sentence', () => {
    const text = 'Headline here\n\nMarch 12 - the day everything changed for the town\n';
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });

  it('GOOD: Bloomberg’s player length under `Listen`, its Terminal pitch an advertisement', () => {
    const text =
      'Council Votes to Close Central Library\nBy Jane Doe\nMarch 12, 2026 at 10:02 AM EDT\n' +
      'Save\nTranslate\nListen\n4:32\n' +
      'The council has voted to close the central library, saying it cannot afford repairs.\n\n' +
      "Before it's here, it's on the Bloomberg Terminal. LEARN MORE\n";
    const r = rows(text);
    expect(r.find((x) => x[2] === '4:32')?.[0]).toBe('note');
    expect(r.at(-1)?.[1]).toBe('advertisement');
  });

  it('BAD: a sentence opening `Before it’s here` stays the story’s', () => {
    const text = "Headline here\n\nBefore it's here, the storm will cross the bay.\n";
    expect(rows(text).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe('fresh inputs: AI meeting notes under the tool’s warning', () => {
  it('GOOD: Zoom AI Companion’s summary over untimed turns, under its warning', () => {
    const text =
      'Meeting summary for Library budget sync (03/12/2026)\n\nQuick recap\n\n' +
      'The team reviewed the library budget and agreed on a March start.\n\nNext steps\n\n' +
      'Jane to send the spreadsheet to the council.\n\nAI-generated content may be incorrect\n\n' +
      'Jane Doe: Good morning everyone.\nJohn Smith: Thanks Jane.\n';
    expect(rows(text).filter((r) => r[0] !== 'note')).toEqual([
      ['headline', null, 'Meeting summary for Library budget sync (03/12/2026)'],
      ['speech', 'Jane Doe', 'Good morning everyone.'],
      ['speech', 'John Smith', 'Thanks Jane.'],
    ]);
  });

  it('GOOD: Gemini’s notes (`Details` with a colon inside, `[Name]` steps) are no speakers', () => {
    const d = formatTranscript(
      'Summary\nThe team reviewed the library budget.\n\nDetails\n' +
        'Budget: Jane presented the numbers for the library (00:03:00).\n\n' +
        'Suggested next steps\n[Jane Doe] Send the spreadsheet to the council.\n\n' +
        "You should review Gemini's notes to make sure they're accurate.\n\n📖 Transcript\n\n" +
        '00:00:00\n\nJane Doe: Good morning everyone.\nJohn Smith: Thanks Jane.\n',
    );
    expect(d.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'John Smith']);
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual([
      ['speech', 'Jane Doe', 'Good morning everyone.'],
      ['speech', 'John Smith', 'Thanks Jane.'],
    ]);
  });

  it('BAD: without the warning, a summary over untimed tags stays the story’s', () => {
    const text =
      'Summary\n\nThe council voted to close the library.\n\nNext steps\n\n' +
      'Campaigners will appeal.\n\nJANE DOE, HOST: Good evening.\n\nJOHN SMITH: Thanks.\n';
    expect(rows(text).find((r) => String(r[2]).startsWith('The council'))?.[0]).toBe('narration');
  });
});
