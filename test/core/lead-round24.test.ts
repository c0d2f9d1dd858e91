/**
 * Round 24 (the lead's): layouts the metamorphic check (`npm run eval -- --variants`) found
 * breaking. A tab-separated transcript whose long text cells were hard-wrapped in the copy (an
 * e-mail's or a PDF's line length): the wrapped words go on their row's text.
 */
import { describe, expect, it } from 'vitest';
import { blockRows, readInput, storyRows } from '../helpers/documents.ts';

const rows = (input: string) => blockRows(readInput(input)).filter((b) => b[0] !== 'note');

describe('a tab-separated transcript with its text cells hard-wrapped', () => {
  it('GOOD: no header row (time, name, words): each wrapped line goes on its row', () => {
    const input =
      '00:00:03\tAnna Berg\tGood evening, and welcome to a special edition of the\n' +
      'programme on the harbour closure.\n' +
      '00:00:09\tTom Lund\tThank you. The port authority voted last night to shut\n' +
      'the north quay for the winter.\n' +
      '00:00:16\tAnna Berg\tWhat happens to the ferry?\n' +
      '00:00:19\tTom Lund\tIt moves to the south quay from Monday, and the timetable\n' +
      'stays the same.\n';
    expect(rows(input)).toEqual([
      [
        'speech',
        'Anna Berg',
        'Good evening, and welcome to a special edition of the programme on the harbour closure.',
      ],
      [
        'speech',
        'Tom Lund',
        'Thank you. The port authority voted last night to shut the north quay for the winter.',
      ],
      ['speech', 'Anna Berg', 'What happens to the ferry?'],
      [
        'speech',
        'Tom Lund',
        'It moves to the south quay from Monday, and the timetable stays the same.',
      ],
    ]);
  });

  it('GOOD: under a header row (Timecode, Speaker, Dialogue), a cell wrapped over two lines', () => {
    const input =
      'Timecode\tSpeaker\tDialogue\n' +
      '00:01:02\tMaria Costa\tWe counted four hundred boats in the bay this\n' +
      'morning, more than\n' +
      'last year.\n' +
      '00:01:10\tJon Reyes\tAnd how many left before noon?\n';
    expect(rows(input)).toEqual([
      [
        'speech',
        'Maria Costa',
        'We counted four hundred boats in the bay this morning, more than last year.',
      ],
      ['speech', 'Jon Reyes', 'And how many left before noon?'],
    ]);
  });

  it('BAD: a line after a blank line is not a wrapped cell: it stays off the last row', () => {
    const input =
      '00:00:03\tAnna Berg\tGood evening.\n' +
      '00:00:05\tTom Lund\tGood evening, Anna.\n' +
      '00:00:08\tAnna Berg\tLet us begin.\n' +
      '\n' +
      'End of transcript\n';
    const got = rows(input);
    expect(got.at(-1)).toEqual(['speech', 'Anna Berg', 'Let us begin.']);
  });

  it('BAD: prose with more lines than a table could wrap is no table', () => {
    const prose = Array.from(
      { length: 12 },
      (_, k) => `Line ${k + 1} of the story goes on here without any tab at all.`,
    ).join('\n');
    const input = `00:00:01\tAnna Berg\tHello.\n00:00:02\tTom Lund\tHi.\n${prose}\n`;
    expect(readInput(input).blocks.some((b) => b.text.includes('Line 12 of the story'))).toBe(true);
    expect(rows(input)).not.toContainEqual(['speech', 'Anna Berg', 'Hello.']);
  });
});

describe("a word processor's comments and footnotes copied with the text", () => {
  const doc = (text: string) => readInput(text);

  it('GOOD: Google Docs’ text export: the markers out of the words, the comments kept as notes', () => {
    const text =
      'Harbour closure interview\n\n' +
      'JANE DOE: The port authority voted last night to close the north quay.[a] We asked why.\n\n' +
      'TOM LEE: The quay is sinking. We measured eleven centimetres since March.[b]\n\n' +
      '[a]check the vote count with the minutes\n' +
      '[b]Tom said twelve in the pre-interview - confirm\n';
    const d = doc(text);
    expect(blockRows(d).filter((b) => b[0] !== 'headline')).toEqual([
      [
        'speech',
        'Jane Doe',
        'The port authority voted last night to close the north quay. We asked why.',
      ],
      ['speech', 'Tom Lee', 'The quay is sinking. We measured eleven centimetres since March.'],
      ['note', 'comment', '[a]check the vote count with the minutes'],
      ['note', 'comment', '[b]Tom said twelve in the pre-interview - confirm'],
    ]);
    const taken = d.messages.filter((m) => m.ruleId === 'comment-marker');
    expect(taken.map((m) => [m.line, m.column])).toEqual([
      [3, 71],
      [5, 74],
    ]);
  });

  it('GOOD: numbered footnotes, each after a blank line, one running on to a second line', () => {
    const text =
      'ANNA BERG: Turnout was 61 per cent,[1] the highest since 1998.\n\n' +
      'OLA DAHL: And the count finished at four in the morning.[2]\n\n' +
      '[1] Figure from the electoral commission.\n' +
      'Provisional until certified.\n\n' +
      '[2] Local time.\n';
    const rows = blockRows(doc(text));
    expect(rows).toEqual([
      ['speech', 'Anna Berg', 'Turnout was 61 per cent, the highest since 1998.'],
      ['speech', 'Ola Dahl', 'And the count finished at four in the morning.'],
      ['note', 'comment', '[1] Figure from the electoral commission. Provisional until certified.'],
      ['note', 'comment', '[2] Local time.'],
    ]);
  });

  it('BAD: a closing line opening with a bracket whose marker is not in the words stays as it is', () => {
    const text =
      'ANNA BERG: Turnout was high.\n\n' +
      'OLA DAHL: The count finished at four.\n\n' +
      '[1] Ola Dahl speaks again after the break.\n';
    const d = doc(text);
    expect(d.blocks.some((b) => b.type === 'note' && b.reason === 'comment')).toBe(false);
    expect(d.messages.some((m) => m.ruleId === 'comment-marker')).toBe(false);
  });

  it('BAD: a bracket with a space before it is no marker (`see [a] above`), and it stays', () => {
    const text =
      'ANNA BERG: Option [a] is the cheaper one.\n\n' +
      'OLA DAHL: We chose it.[b]\n\n' +
      '[a]the first option\n' +
      '[b]confirm with the minutes\n';
    const d = doc(text);
    // The list's `[a]` is not glued to words in the text: no list, nothing taken out.
    expect(d.blocks[0]?.text).toBe('Option [a] is the cheaper one.');
    expect(d.blocks.some((b) => b.type === 'note' && b.reason === 'comment')).toBe(false);
  });
});

describe("a package script's header and its bite cue closed by a colon", () => {
  const script = (cue: string) =>
    'Council budget package\n' +
    'Reporter: Ana Silva\n' +
    'Producer: Ben Ortiz\n' +
    'Duration: 1\'45"\n\n' +
    'ANCHOR INTRO:\nThe city council has approved the budget.\n\n' +
    'VO:\nCouncillors argued for six hours.\n\n' +
    `${cue}\n"We kept the libraries open."\n\n` +
    'TAG:\nThe budget takes effect in January.\n';

  it('GOOD: the crew credits under the title are notes (Producer:, Camera:, Editor:)', () => {
    const rows = blockRows(readInput(script('SOT: MAYOR KIM PARK')));
    expect(rows.slice(0, 4)).toEqual([
      ['headline', null, 'Council budget package'],
      ['note', 'byline', 'Reporter: Ana Silva'],
      ['note', 'byline', 'Producer: Ben Ortiz'],
      ['note', 'page-element', 'Duration: 1\'45"'],
    ]);
    const crew = readInput(
      'Flood package\nCamera: Tom Lee\nVideo Editor: Jo Park\n\nVO:\nWater rose overnight.\n',
    );
    expect(blockRows(crew).slice(1, 3)).toEqual([
      ['note', 'byline', 'Camera: Tom Lee'],
      ['note', 'byline', 'Video Editor: Jo Park'],
    ]);
  });

  it('GOOD: `SOT - MAYOR KIM PARK:` and `SOT – Kim Park, Mayor:` name the bite’s speaker', () => {
    for (const cue of ['SOT - MAYOR KIM PARK:', 'SOT – Kim Park, Mayor:']) {
      const d = readInput(script(cue));
      const bite = d.blocks.find((b) => b.text.includes('libraries'));
      const who = d.speakers.find((s) => s.id === bite?.speaker);
      expect([bite?.type, who?.name]).toEqual(['speech', 'Kim Park']);
    }
  });

  it('BAD: a producer’s words under the label stay speech (`PRODUCER: We are back in ten.`)', () => {
    const rows = blockRows(
      readInput(
        'HOST: Welcome back.\n\nPRODUCER: We are back in ten.\n\nHOST: Thanks, Ben.\n\nPRODUCER: Stand by, studio two is ready\n',
      ),
    );
    expect(rows.map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
  });
});

describe('an e-mail that forwards the transcript: every header block is the e-mail’s', () => {
  const forwarded = (marker: string, note: string) =>
    'From: Dana Whitfield <dana@example-news.org>\n' +
    'Sent: Monday, November 30, 2026 10:14 AM\n' +
    'To: Desk <desk@example-news.org>\n' +
    'Subject: FW: mayor transcript for the 6pm\n\n' +
    `${note}\n\n` +
    `${marker}\n` +
    'From: Press Office <press@example-city.gov>\n' +
    'Sent: Monday, November 30, 2026 9:50 AM\n' +
    "Subject: Transcript - Mayor's briefing\n\n" +
    'MAYOR PARK: Good morning. We have opened three shelters overnight.\n\n' +
    'REPORTER: How many people are in them?\n\n' +
    'MAYOR PARK: About four hundred, and we expect more tonight.\n';

  it('GOOD: Outlook’s `-----Original Message-----` and Gmail’s forwarded header, with the sender’s lines', () => {
    for (const marker of ['-----Original Message-----', '---------- Forwarded message ---------']) {
      const rows = blockRows(
        readInput(forwarded(marker, 'Hi all, transcript below. Please check the numbers.\nDana')),
      );
      expect(rows.filter((r) => r[0] !== 'note').map((r) => r[0])).toEqual([
        'speech',
        'speech',
        'speech',
      ]);
      expect(rows.filter((r) => r[0] === 'note').map((r) => r[2])).toEqual([
        'From: Dana Whitfield <dana@example-news.org>',
        'Sent: Monday, November 30, 2026 10:14 AM',
        'To: Desk <desk@example-news.org>',
        'Subject: FW: mayor transcript for the 6pm',
        'Hi all, transcript below. Please check the numbers.',
        'Dana',
        marker,
        'From: Press Office <press@example-city.gov>',
        'Sent: Monday, November 30, 2026 9:50 AM',
        "Subject: Transcript - Mayor's briefing",
      ]);
    }
  });

  it('BAD: a marker line with no header under it, and the words above it, stay the story’s', () => {
    const text =
      'HOST: Good evening.\n\n' +
      'GUEST: I brought the letter with me. It says:\n\n' +
      '-----Original Message-----\n\n' +
      'GUEST: That was the line at the top of it.\n';
    const d = readInput(text);
    expect(d.blocks.some((b) => b.type === 'note')).toBe(false);
    expect(d.blocks.filter((b) => b.type === 'speech').map((b) => b.text)).toContain(
      'I brought the letter with me. It says:',
    );
  });
});

describe('an English interview headline names the answer voice', () => {
  const qa = (headline: string) =>
    `${headline}\n\nThe council passed its budget at 2 a.m. on Sunday.\n\n` +
    'Q: What happened in that session?\nA: We argued for six hours.\n\n' +
    'Q: Was it worth it?\nA: Absolutely.\n';
  const answerName = (headline: string) => {
    const d = readInput(qa(headline));
    return d.speakers.find((s) => s.role === 'answer')?.name ?? null;
  };

  it('GOOD: `An interview with Mayor Kim Park`, `Q&A: …`, `Q&A with …`, `Five questions for …`', () => {
    for (const headline of [
      'An interview with Mayor Kim Park',
      'Q&A: Mayor Kim Park on the budget',
      'Q&A with Kim Park, mayor of Riverton',
      'In conversation with Kim Park',
      'Five questions for Dr. Kim Park',
      'Interview: Kim Park',
    ])
      expect([headline, answerName(headline)]).toEqual([headline, 'Kim Park']);
  });

  it('BAD: a headline with no name after the words, or one that names no interview', () => {
    for (const headline of [
      'Interview: budget talks',
      'An interview with the mayor',
      'Mayor Kim Park cuts the bus budget',
    ])
      expect([headline, answerName(headline)]).toEqual([headline, null]);
  });
});

describe('transcripts as the news databases deliver them (Nexis Uni, LexisNexis, Factiva)', () => {
  const notesAndTurns = (text: string) => {
    const d = readInput(text);
    return {
      title: d.title,
      notes: blockRows(d)
        .filter((r) => r[0] === 'note')
        .map((r) => [r[1], r[2]]),
      turns: storyRows(d).filter((r) => r[0] !== 'headline'),
    };
  };

  it('GOOD: Nexis Uni: title, programme, date, fields, `Body`, the classification and `End of Document`', () => {
    const text =
      'Storm Coverage; Interview with Mayor Kim Park\n' +
      'CNN NEWSROOM\n' +
      'November 30, 2026 Monday 9:00 AM EST\n\n' +
      'Copyright 2026 Cable News Network All Rights Reserved\n' +
      'Section: NEWS; Domestic\n' +
      'Length: 812 words\n' +
      'Byline: Jane Doe\n' +
      'Guests: Kim Park\n' +
      'Highlight: The council voted at two in the morning after a six-hour debate.\n' +
      'Body\n' +
      'JANE DOE, CNN ANCHOR: Good morning. The council has passed its budget.\n' +
      'KIM PARK, MAYOR OF RIVERTON: We kept the libraries open.\n' +
      'DOE: Thank you, Mayor.\n\n' +
      'Classification\n' +
      'Language: ENGLISH\n' +
      'Publication-Type: Transcript\n' +
      'Subject: BUDGETS (90%); CITY GOVERNMENT (78%)\n' +
      'Load-Date: December 1, 2026\n' +
      'End of Document\n';
    const got = notesAndTurns(text);
    expect(got.title).toBe('Storm Coverage; Interview with Mayor Kim Park');
    expect(got.turns).toEqual([
      ['speech', 'Jane Doe', 'Good morning. The council has passed its budget.'],
      ['speech', 'Kim Park', 'We kept the libraries open.'],
      ['speech', 'Jane Doe', 'Thank you, Mayor.'],
    ]);
    expect(got.notes).toEqual([
      ['programme-credit', 'CNN NEWSROOM'],
      ['dateline', 'November 30, 2026 Monday 9:00 AM EST'],
      ['copyright', 'Copyright 2026 Cable News Network All Rights Reserved'],
      ['page-element', 'Section: NEWS; Domestic'],
      ['page-element', 'Length: 812 words'],
      ['byline', 'Byline: Jane Doe'],
      ['page-element', 'Guests: Kim Park'],
      [
        'page-element',
        'Highlight: The council voted at two in the morning after a six-hour debate.',
      ],
      ['page-element', 'Body'],
      ['page-element', 'Classification'],
      ['page-element', 'Language: ENGLISH'],
      ['page-element', 'Publication-Type: Transcript'],
      ['page-element', 'Subject: BUDGETS (90%); CITY GOVERNMENT (78%)'],
      ['dateline', 'Load-Date: December 1, 2026'],
      ['page-element', 'End of Document'],
    ]);
  });

  it('GOOD: the older LexisNexis layout: `HEADLINE:` is the title, a field wrapped, the footer in capitals', () => {
    const text =
      '                             3 of 10 DOCUMENTS\n\n' +
      '                              CNN\n\n' +
      '                     SHOW: CNN NEWSROOM 9:00 AM EST\n\n' +
      '                    November 30, 2026 Monday\n\n' +
      'LENGTH: 812 words\n\n' +
      'HEADLINE: City Council Passes Budget; Mayor Defends Late Vote\n\n' +
      'HIGHLIGHT: The council voted at two in the morning after a\n' +
      'six-hour debate.\n\n' +
      'BODY:\n\n' +
      'JANE DOE, CNN ANCHOR: Good morning. The council has passed its budget.\n\n' +
      'KIM PARK, MAYOR OF RIVERTON: We kept the libraries open.\n\n' +
      'LOAD-DATE: December 1, 2026\n\n' +
      'LANGUAGE: ENGLISH\n\n' +
      'TYPE: SHOW\n\n' +
      '                  Copyright 2026 Cable News Network\n' +
      '                       All Rights Reserved\n';
    const got = notesAndTurns(text);
    expect(got.title).toBe('City Council Passes Budget; Mayor Defends Late Vote');
    expect(got.turns).toEqual([
      ['speech', 'Jane Doe', 'Good morning. The council has passed its budget.'],
      ['speech', 'Kim Park', 'We kept the libraries open.'],
    ]);
    expect(got.notes.map((n) => n[1])).toContain('six-hour debate.');
    expect(got.notes.map((n) => n[1])).toContain('TYPE: SHOW');
    expect(got.notes).toHaveLength(14);
  });

  it('GOOD: Factiva: `HD` is the title, the codes are notes, `LP` and `TD` come off the text', () => {
    const text =
      'HD     Mayor defends overnight budget vote\n' +
      'BY     Jane Doe\n' +
      'WC     412 words\n' +
      'PD     30 November 2026\n' +
      'SN     Riverton Radio News\n' +
      'LA     English\n' +
      'CY     (c) 2026 Riverton Radio. All rights reserved.\n\n' +
      'LP     ANCHOR: The city council passed its budget at two in the morning.\n\n' +
      'TD     MAYOR KIM PARK: We kept the libraries open.\n\n' +
      'ANCHOR: The vote was seven to four.\n\n' +
      'NS     gpol : Domestic Politics\n' +
      'AN     Document RIVRAD0020261130ekbu0000x\n';
    const d = readInput(text);
    expect(d.title).toBe('Mayor defends overnight budget vote');
    expect(storyRows(d).filter((r) => r[0] !== 'headline')).toEqual([
      ['speech', 'anchor', 'The city council passed its budget at two in the morning.'],
      ['speech', 'Kim Park', 'We kept the libraries open.'],
      ['speech', 'anchor', 'The vote was seven to four.'],
    ]);
    expect(blockRows(d).filter((r) => r[0] === 'note')).toHaveLength(9);
    const codes = d.messages.filter((m) => m.reason.includes('field code'));
    // (The run of spaces after the code is one by then: the whitespace rule reports it.)
    expect(codes.map((m) => [m.line, m.actual])).toEqual([
      [9, 'LP '],
      [11, 'TD '],
    ]);
  });

  it('BAD: a transcript that says how long it is, or a script line opening with `HD`, is no database', () => {
    const said = notesAndTurns(
      'HOST: The brief said Length: 12 words, Body copy to follow.\n\nGUEST: Length: 12 words.\n',
    );
    expect(said.notes).toEqual([]);
    const script = notesAndTurns(
      'HD VIDEO OF THE FLOOD\n\nANCHOR: The river rose overnight.\n\nPD 30 November\n',
    );
    expect(script.turns[0]).toEqual(['speech', 'anchor', 'The river rose overnight.']);
  });
});

describe('ProQuest records and transcription services’ headers', () => {
  it('GOOD: ProQuest: the citation, `Full text` and the record’s fields after the words are notes', () => {
    const text =
      'Mayor defends overnight budget vote\n\n' +
      'Doe, Jane. Riverton Radio News; Riverton [Riverton]. 30 Nov 2026.\n\n' +
      'Full text\n\n' +
      'ANCHOR: The city council passed its budget at two in the morning.\n\n' +
      'MAYOR KIM PARK: We kept the libraries open.\n\n' +
      'Subject: Budgets; City councils\n' +
      'Publication title: Riverton Radio News; Riverton\n' +
      'Publication year: 2026\n' +
      'Publisher: Riverton Radio\n' +
      'Source type: Audio & Video Works\n' +
      'ProQuest document ID: 2912345678\n' +
      'Document URL: https://www.proquest.com/docview/2912345678\n' +
      'Copyright: (c) 2026 Riverton Radio\n' +
      'Database: Global Newsstream\n';
    const d = readInput(text);
    expect(d.title).toBe('Mayor defends overnight budget vote');
    expect(storyRows(d).filter((r) => r[0] !== 'headline')).toEqual([
      ['speech', 'anchor', 'The city council passed its budget at two in the morning.'],
      ['speech', 'Kim Park', 'We kept the libraries open.'],
    ]);
    expect(blockRows(d).filter((r) => r[0] === 'note')).toHaveLength(11);
  });

  it('BAD: fields after the words without ProQuest’s own (`Database:`, `ProQuest document ID:`) stay', () => {
    const text =
      'Budget vote\n\nFull text\n\nANCHOR: The council voted.\n\nSubject: the vote was close\n';
    const d = readInput(text);
    expect(
      d.blocks.some((b) => b.text === 'Subject: the vote was close' && b.type === 'note'),
    ).toBe(false);
  });

  it('GOOD: Federal News Service: its line, the date, the event (the title), the venue and the fields', () => {
    const text =
      'FEDERAL NEWS SERVICE\n' +
      'NOVEMBER 30, 2026 MONDAY\n' +
      'PRESS BRIEFING WITH MAYOR KIM PARK\n' +
      'RIVERTON CITY HALL\n' +
      'SPEAKERS: KIM PARK, MAYOR OF RIVERTON\n' +
      'TIME: 10:00 A.M. EST\n\n' +
      'MAYOR PARK: Good morning. We have opened three shelters.\n\n' +
      'Q: How many people are in them?\n\n' +
      'MAYOR PARK: About four hundred.\n';
    const d = readInput(text);
    expect(d.title).toBe('PRESS BRIEFING WITH MAYOR KIM PARK');
    expect(blockRows(d).filter((r) => r[0] === 'note')).toEqual([
      ['note', 'credit', 'FEDERAL NEWS SERVICE'],
      ['note', 'dateline', 'NOVEMBER 30, 2026 MONDAY'],
      ['note', 'dateline', 'RIVERTON CITY HALL'],
      ['note', 'page-element', 'SPEAKERS: KIM PARK, MAYOR OF RIVERTON'],
      ['note', 'dateline', 'TIME: 10:00 A.M. EST'],
    ]);
    expect(d.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
  });
});

describe('a media monitor’s clock stamps of a 12-hour day', () => {
  it('GOOD: `[6:02:13 PM] >> …` is the line’s time (18:02:13), taken out of the words', () => {
    const text =
      'WXYZ-TV (ABC) Detroit, MI\nAction News at 6\n11/30/2026 6:02 PM ET\n\n' +
      '[6:02:13 PM] >> GOOD EVENING. THE CITY COUNCIL PASSED ITS BUDGET.\n' +
      '[6:02:19 PM] >> WE KEPT THE LIBRARIES OPEN.\n' +
      '[6:03:02 p.m.] >> Back to the studio.\n';
    const d = readInput(text);
    const spoken = d.blocks.filter((b) => b.type !== 'note' && b.type !== 'headline');
    expect(spoken.map((b) => [b.text, b.timestampMs])).toEqual([
      ['GOOD EVENING. THE CITY COUNCIL PASSED ITS BUDGET.', 64_933_000],
      ['WE KEPT THE LIBRARIES OPEN.', 64_939_000],
      ['Back to the studio.', 64_982_000],
    ]);
  });

  it('BAD: `[13:02 PM]` or `[0:15 AM]` is no clock time: no time is read from it', () => {
    for (const stamp of ['[13:02 PM]', '[0:15 AM]']) {
      const d = readInput(`HOST: Welcome.\n\n${stamp} The board met.\n`);
      expect(d.messages.some((m) => m.ruleId === 'time-anchor')).toBe(false);
      expect(d.blocks.every((b) => b.timestampMs === null)).toBe(true);
    }
  });
});

describe('a header listing who speaks names the speakers tagged by surname', () => {
  it('GOOD: `SPEAKERS: KIM PARK, MAYOR OF RIVERTON` over `MAYOR PARK:`; `Guests: Ana Ruiz; Tom Lee` over `RUIZ:`', () => {
    const fns = readInput(
      'FEDERAL NEWS SERVICE\nPRESS BRIEFING WITH THE MAYOR\nSPEAKERS: KIM PARK, MAYOR OF RIVERTON\n\n' +
        'MAYOR PARK: Good morning.\n\nQ: How many shelters?\n\nMAYOR PARK: Three.\n',
    );
    expect(fns.speakers.map((s) => s.name)).toContain('Kim Park');
    const guests = readInput(
      'Flood Special\n\nGuests: Ana Ruiz; Tom Lee\n\nHOST: Welcome.\n\nRUIZ: Thank you.\n\nLEE: Glad to be here.\n',
    );
    expect(
      storyRows(guests)
        .filter((r) => r[0] === 'speech')
        .map((r) => r[1]),
    ).toEqual(['host', 'Ana Ruiz', 'Tom Lee']);
  });

  it('BAD: two listed people of the surname name neither; a list in the words names no one', () => {
    const two = readInput('Guests: Ana Park; Tom Park\n\nHOST: Welcome.\n\nPARK: Thank you.\n');
    expect(two.speakers.map((s) => s.name)).not.toContain('Ana Park');
    const said = readInput(
      'HOST: Welcome.\n\nRUIZ: Thanks.\n\nHOST: Guests: Ana Ruiz and Tom Lee, say hello.\n',
    );
    expect(said.speakers.map((s) => s.name)).toContain('Ruiz');
  });
});

describe("a CMS's story JSON, posted or pasted (WordPress, Arc XP, Ghost, Drupal, schema.org)", () => {
  const story = [
    '<p><strong>JANE DOE:</strong> Why close the quay?</p>',
    '<p><strong>TOM LEE:</strong> It is sinking. We measured eleven centimetres.</p>',
  ];
  const expected = [
    ['speech', 'Jane Doe', 'Why close the quay?'],
    ['speech', 'Tom Lee', 'It is sinking. We measured eleven centimetres.'],
  ];
  const read = (json: unknown) => {
    const d = readInput(JSON.stringify(json));
    return { title: d.title, rows: storyRows(d).filter((r) => r[0] !== 'headline'), d };
  };

  it('GOOD: each CMS’s shape gives the title and the turns of its HTML (or text)', () => {
    const shapes: unknown[] = [
      {
        id: 1,
        title: { rendered: 'Harbour closure &#8211; the interview' },
        content: { rendered: story.join('\n'), protected: false },
        excerpt: { rendered: '<p>Summary.</p>' },
      },
      {
        _id: 'X',
        type: 'story',
        headlines: { basic: 'Harbour closure – the interview' },
        content_elements: [
          { type: 'text', content: '<b>JANE DOE:</b> Why close the quay?' },
          { type: 'image', url: 'https://example.com/a.jpg', caption: 'The quay.' },
          {
            type: 'text',
            content: '<b>TOM LEE:</b> It is sinking. We measured eleven centimetres.',
          },
        ],
      },
      { posts: [{ title: 'Harbour closure – the interview', html: story.join('') }] },
      {
        data: {
          type: 'node--article',
          attributes: { title: 'Harbour closure – the interview', body: { value: story.join('') } },
        },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Harbour closure – the interview',
        articleBody:
          'JANE DOE: Why close the quay?\n\nTOM LEE: It is sinking. We measured eleven centimetres.',
      },
    ];
    for (const shape of shapes) {
      const got = read(shape);
      expect(got.title).toBe('Harbour closure – the interview');
      expect(got.rows).toEqual(expected);
      expect(got.d.messages.some((m) => m.ruleId === 'cms-json')).toBe(true);
    }
  });

  it('BAD: other JSON is still refused with its members named, and a speech-to-text result is one', () => {
    const other = readInput(JSON.stringify({ id: 1, title: 'Not a story', tags: ['a'] }));
    expect(other.blocks).toEqual([]);
    expect(other.messages.some((m) => m.ruleId === 'asr-unreadable')).toBe(true);
    const article = readInput(
      JSON.stringify({ '@type': 'Person', name: 'Jane Doe', articleBody: 'JANE DOE: Hello.' }),
    );
    expect(article.blocks).toEqual([]);
  });
});

describe('transcript players’ markup: the time element before the speaker’s, and bold Q. / A. marks', () => {
  const page = (segments: string) =>
    `<html><body><main><h1>Harbour interview</h1><div class="transcript">${segments}</div></main></body></html>`;

  it('GOOD: `<span class="timestamp">` then `<span class="speaker">` over a `<p>`, or all inline with `speaker-name`', () => {
    const block = page(
      '<div class="segment"><span class="timestamp">00:00:03</span><span class="speaker">Jane Doe</span><p class="text">Why close the quay?</p></div>' +
        '<div class="segment"><span class="timestamp">00:00:07</span><span class="speaker">Tom Lee</span><p class="text">It is sinking.</p></div>',
    );
    const inline = page(
      '<div class="segment"><span class="segment-time">00:00:03</span> <span class="speaker-name">Jane Doe</span> <span class="text">Why close the quay?</span></div>' +
        '<div class="segment"><span class="segment-time">00:00:07</span> <span class="speaker-name">Tom Lee</span> <span class="text">It is sinking.</span></div>',
    );
    for (const html of [block, inline]) {
      const d = readInput(html);
      expect(storyRows(d).filter((r) => r[0] !== 'headline')).toEqual([
        ['speech', 'Jane Doe', 'Why close the quay?'],
        ['speech', 'Tom Lee', 'It is sinking.'],
      ]);
      expect(d.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
        3000, 7000,
      ]);
    }
  });

  it('BAD: a time class holding a date, and a speaker class holding no name, are words', () => {
    const d = readInput(
      page(
        '<p><span class="timestamp">Nov 30</span> The council met.</p><p><span class="speaker-notes">see the minutes</span> for the vote.</p>',
      ),
    );
    const text = d.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('Nov 30');
    expect(text).toContain('see the minutes for the vote.');
    expect(d.speakers).toEqual([]);
  });

  it('GOOD: one bold `Q.` and its bold `A.` are the question and the answer', () => {
    const d = readInput(
      '<html><body><article><h1>Council Q&amp;A</h1><p><b>Q.</b> Why close the quay?</p><p><b>A.</b> It is sinking.</p></article></body></html>',
    );
    expect(storyRows(d).filter((r) => r[0] !== 'headline')).toEqual([
      ['speech', 'reporter', 'Why close the quay?'],
      ['speech', 'answer', 'It is sinking.'],
    ]);
  });

  it('BAD: `A.` in plain text without bold, once, stays a name’s initial', () => {
    const d = readInput('Q. Who wrote it?\n\nA. Lincoln wrote the letter in 1864.\n');
    expect(d.blocks.at(-1)?.text).toBe('A. Lincoln wrote the letter in 1864.');
  });
});

describe('a transcript widget naming each turn’s speaker in an attribute', () => {
  it('GOOD: `<p data-speaker="Jane Doe" data-start="3.2">` is Jane Doe’s turn at 00:00:03; a number is a voice', () => {
    const d = readInput(
      '<html><body><main><h1>Harbour interview</h1>' +
        '<p data-speaker="Jane Doe" data-start="3.2">Why close the quay?</p>' +
        '<p data-speaker="Tom Lee" data-start="7.0">It is sinking.</p>' +
        '<p data-speaker="2" data-start="00:00:12">I saw it go.</p></main></body></html>',
    );
    expect(storyRows(d).filter((r) => r[0] !== 'headline')).toEqual([
      ['speech', 'Jane Doe', 'Why close the quay?'],
      ['speech', 'Tom Lee', 'It is sinking.'],
      ['speech', 'Speaker 2', 'I saw it go.'],
    ]);
    expect(d.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      3000, 7000, 12_000,
    ]);
  });

  it('BAD: a template’s placeholder in the attribute (`{{speaker}}`) names no one', () => {
    const d = readInput(
      '<html><body><main><h1>Harbour</h1><p data-speaker="{{speaker}}">Why close the quay?</p></main></body></html>',
    );
    expect(d.speakers).toEqual([]);
    expect(d.blocks.at(-1)?.text).toBe('Why close the quay?');
  });
});

describe('a transcription service’s header: only the line under the event’s name is its venue', () => {
  it('BAD: a name line under the fields (`MAYOR PARK` over the words) is no venue', () => {
    const d = readInput(
      'FEDERAL NEWS SERVICE\nPRESS BRIEFING WITH MAYOR KIM PARK\nRIVERTON CITY HALL\nTIME: 10:00 A.M. EST\n\n' +
        'MAYOR PARK\nGood morning. We have opened three shelters.\n\nQ\nHow many?\n',
    );
    expect(d.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([
      'FEDERAL NEWS SERVICE',
      'RIVERTON CITY HALL',
      'TIME: 10:00 A.M. EST',
    ]);
  });
});

describe('an oral history’s recording marks', () => {
  it('GOOD: `[Tape 2, Side A]`, `[Tape 1 ends]`, `[Recording resumes]` on their lines are directions', () => {
    const d = readInput(
      'INTERVIEWER: Welcome back.\n\n[Tape 1 ends]\n\n[Tape 2, Side A]\n\n[Recording resumes]\n\n(End of tape one)\n\nINTERVIEWER: Where were we?\n',
    );
    expect(blockRows(d).map((r) => r[0])).toEqual([
      'speech',
      'direction',
      'direction',
      'direction',
      'direction',
      'speech',
    ]);
  });

  it('BAD: an editor’s words in brackets inside a sentence stay the speaker’s (`[recording of the call]`)', () => {
    const d = readInput(
      'HOST: We played the [recording of the call] on air.\n\nGUEST: I heard [the tape] later, [recording it] myself.\n',
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});
