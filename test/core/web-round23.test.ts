/**
 * Conventions of transcripts copied from web pages (round 23), each tested on cases written for
 * these tests in its convention, with counter-cases.
 */
import { describe, expect, it } from 'vitest';
import { blockRows, readInput, storyRows } from '../helpers/documents.ts';

const read = readInput;
const blocks = blockRows;
const story = storyRows;
const notes = (text: string) =>
  blocks(read(text))
    .filter((b) => b[0] === 'note')
    .map((b) => b[2]);

describe('the French record of Canada’s House of Commons (Débats de la Chambre des communes)', () => {
  const header = [
    'Débats de la Chambre des communes',
    'VOLUME 152 NUMÉRO 045',
    '1re SESSION 45e LÉGISLATURE',
    'COMPTE RENDU OFFICIEL (HANSARD)',
    'Le mardi 3 mars 2026',
    "Présidence de l'honorable Marc Tremblay",
    'QUESTIONS ORALES',
  ];
  const body = [
    "L'hon. Anne Roy (Laurier—Sainte-Marie, BQ):",
    'Monsieur le Président, les familles attendent toujours le programme promis.',
    'Le Président:',
    "L'honorable ministre du Logement a la parole.",
    'Le 3 mars 2026 DÉBATS DES COMMUNES 1234',
    'M. Paul Roy (ministre du Logement, Lib.):',
    'Monsieur le Président, nous avons investi quatre milliards de dollars.',
    '1236 DÉBATS DES COMMUNES Le 3 mars 2026',
    "L'hon. Paul Roy:",
    'Monsieur le Président, nous travaillons avec la province.',
    "L'hon. Anne Roy:",
    'Monsieur le Président, pas encore.',
  ];

  it('reads a tag whose office is in lower case before the party, and the header as notes', () => {
    const doc = read([...header, ...body].join('\n'));
    expect(notes([...header, ...body].join('\n'))).toEqual([
      ...header,
      'Le 3 mars 2026 DÉBATS DES COMMUNES 1234',
      '1236 DÉBATS DES COMMUNES Le 3 mars 2026',
    ]);
    expect(story(doc).map((b) => b[1])).toEqual([
      "L'hon. Anne Roy",
      'président',
      'M. Paul Roy',
      'M. Paul Roy',
      "L'hon. Anne Roy",
    ]);
    const paul = doc.speakers.find((s) => s.name === 'M. Paul Roy');
    expect(paul?.title).toBe('ministre du Logement, Lib.');
  });

  it('keeps two members of one surname apart behind the same honorific (L’hon., M.)', () => {
    const twoHon = [
      "L'hon. Anne Roy (Laurier—Sainte-Marie, BQ):",
      'Monsieur le Président, oui.',
      "L'hon. Paul Roy (Beauce, PCC):",
      'Monsieur le Président, non.',
      "L'hon. Anne Roy:",
      'Monsieur le Président, encore.',
    ].join('\n');
    expect(story(read(twoHon)).map((b) => b[1])).toEqual([
      "L'hon. Anne Roy",
      "L'hon. Paul Roy",
      "L'hon. Anne Roy",
    ]);
    const twoM = [
      'M. Paul Roy (Laval, Lib.):',
      'Monsieur le Président, oui.',
      'M. Jean Roy (Beauce, PCC):',
      'Monsieur le Président, non.',
      'M. Paul Roy:',
      'Encore.',
    ].join('\n');
    expect(story(read(twoM)).map((b) => b[1])).toEqual([
      'M. Paul Roy',
      'M. Jean Roy',
      'M. Paul Roy',
    ]);
  });

  it('reads the English record’s Speaker line and running header as notes too', () => {
    const text = [
      'House of Commons Debates',
      'VOLUME 152 NUMBER 045',
      'Speaker: The Honourable Marc Tremblay',
      'ORAL QUESTIONS',
      'Hon. Anne Roy (Laurier—Sainte-Marie, BQ):',
      'Mr. Speaker, families are waiting.',
      'The Speaker:',
      'The hon. Minister of Housing.',
      'March 3, 2026 COMMONS DEBATES 1234',
      'Mr. Paul Roy (Minister of Housing, Lib.):',
      'Mr. Speaker, we invested four billion.',
    ].join('\n');
    expect(notes(text)).toContain('Speaker: The Honourable Marc Tremblay');
    expect(notes(text)).toContain('March 3, 2026 COMMONS DEBATES 1234');
    // A sentence that names the record is the speaker's words.
    const said =
      'Hon. Anne Roy (Laurier—Sainte-Marie, BQ):\nMr. Speaker, it is in the Commons Debates of March 3, 2026.';
    expect(notes(said)).toEqual([]);
  });
});

describe('a programme or speech page’s fields (C-SPAN, GOV.UK), the value on the label’s line or under it', () => {
  const turns = [
    'SENATOR HALVORSEN: THE COMMITTEE WILL COME TO ORDER.',
    'MS. OKAFOR: THANK YOU, MR. CHAIRMAN. THE FUND HAS CONNECTED FORTY THOUSAND HOMES.',
  ];
  const fields = [
    'Program ID: 548213-1',
    'Hosted By: Senate Commerce Committee',
    'Category: Senate Committee',
    'Format: Hearing',
    'Location: Washington, District of Columbia, United States',
    'Views: 1,204',
  ];

  it('reads C-SPAN’s fields as notes, neither a speaker nor a heading, in one paragraph or one a line', () => {
    for (const sep of ['\n', '\n\n']) {
      const text = ['Senate Hearing on Rural Broadband Funding', ...fields, ...turns].join(sep);
      const doc = read(text);
      expect(notes(text)).toEqual(fields);
      expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['Halvorsen', 'Ms. Okafor']);
      const split = fields.flatMap((f) => f.split(/(?<=:) /));
      const under = [
        'Senate Hearing on Rural Broadband Funding',
        'Airing Details',
        ...split,
        ...turns,
      ].join(sep);
      expect(notes(under)).toEqual(['Airing Details', ...split]);
    }
  });

  it('reads GOV.UK’s From, Delivered on and Location over their values as notes', () => {
    const page = [
      'Speech',
      'Minister’s speech at the coastal resilience summit',
      'The Environment Minister set out the plan to protect coastal towns.',
      'From:',
      'Department for Environment and Coastal Affairs and The Rt Hon Helen Carver MP',
      'Published',
      '3 March 2026',
      'Delivered on:',
      '2 March 2026 (Original script, may differ from delivered version)',
      'Location:',
      'Scarborough',
      'Good morning everyone. It is a pleasure to be here in Scarborough.',
      'Our coastline is changing faster than at any time in living memory.',
    ];
    for (const sep of ['\n', '\n\n']) {
      const rows = blocks(read(page.join(sep)));
      expect(rows.filter((r) => r[0] === 'note').map((r) => r[2])).toEqual([
        'Speech',
        ...page.slice(3, 11),
      ]);
      expect(rows.find((r) => r[2] === 'Scarborough')?.[1]).toBe('page-element');
      expect(rows.find((r) => r[2]?.startsWith('Department'))?.[1]).toBe('byline');
    }
  });

  it('keeps a speaker’s words after a colon, and a label over a turn, as the transcript’s', () => {
    const said = [
      'JANE DOE: The format: two rounds of questions, then a vote.',
      'TOM BECK: From: the river to the sea, the levees held.',
    ].join('\n');
    expect(notes(said)).toEqual([]);
    const over = ['Location:', 'Scarborough', 'MAYOR DEVLIN: The defenses held.'].join('\n\n');
    expect(story(read(over))).toEqual([['speech', 'Devlin', 'The defenses held.']]);
  });
});

describe('a Q&A’s editing note, in the page’s language', () => {
  const qa = (note: string, q: string, name: string) =>
    [note, `${q}: How low is the river now?`, `${name}: Lower than in any spring I remember.`].join(
      '\n',
    );

  it('reads the note as a disclaimer, in English, French, German, Spanish, Italian, Portuguese and Dutch', () => {
    const cases = [
      'This interview has been edited for length and clarity.',
      'This conversation has been lightly edited and condensed.',
      'This interview has been conducted by Mark Hollis and edited for clarity.',
      'Answers have been edited for brevity.',
      'Cet entretien a été édité et condensé pour plus de clarté.',
      'Les propos ont été légèrement raccourcis.',
      'Das Interview wurde aus Gründen der Länge und Verständlichkeit bearbeitet.',
      'Das Gespräch wurde gekürzt und redigiert.',
      'Esta entrevista ha sido editada por motivos de extensión y claridad.',
      "L'intervista è stata modificata per brevità e chiarezza.",
      'Esta entrevista foi editada por questões de clareza.',
      'Dit interview is ingekort en geredigeerd.',
    ];
    for (const note of cases) {
      const rows = blocks(read(qa(note, 'Q', 'Lena Baumann')));
      expect(rows[0]).toEqual(['note', 'disclaimer', note]);
      expect(rows.filter((r) => r[0] === 'speech')).toHaveLength(2);
    }
  });

  it('keeps a sentence about editing something else as the story’s', () => {
    for (const said of [
      'The answers were never edited by the ministry, she said.',
      'Das Gesetz wurde im Ausschuss überarbeitet.',
      'Lena Baumann: This interview has changed how I edit my own work.',
    ]) {
      expect(notes(`${said}\nQ: And then?\nLena Baumann: Then we waited.`)).toEqual([]);
    }
  });
});

describe('a news page’s feedback box (DW)', () => {
  const box = [
    'Send us your feedback',
    'Your feedback',
    'We are sorry, your feedback could not be sent. Please try again.',
    'Thank you for your feedback!',
  ];
  it('reads its heading, field and answers as notes, after the last turn', () => {
    for (const sep of ['\n', '\n\n']) {
      const text = [
        'DW: Professor Baumann, how low is the Rhine right now?',
        'Lena Baumann: At Kaub the gauge is below eighty centimeters.',
        ...box,
        'Related topics',
      ].join(sep);
      expect(notes(text)).toEqual([...box, 'Related topics']);
      expect(story(read(text)).map((b) => b[2])).toEqual([
        'Professor Baumann, how low is the Rhine right now?',
        'At Kaub the gauge is below eighty centimeters.',
      ]);
    }
  });
  it('keeps a speaker’s sentence about feedback as the turn’s', () => {
    const text =
      'DW: What did the barge owners say?\nLena Baumann: Your feedback matters, they told us.';
    expect(notes(text)).toEqual([]);
  });
});

describe('a UK public inquiry’s transcript pasted without blank lines', () => {
  const day = [
    'MS ALDERTON: Good morning, Chair. Our first witness today is Mr Peter Kellaway.',
    'MR PETER KELLAWAY (sworn)',
    'Questions by MS ALDERTON',
    'MS ALDERTON: Mr Kellaway, what was your role in 2019?',
    'A. I was the operations manager for the northern depot.',
    'Q. Did you receive the inspection report?',
    'A. Yes, I received it in the March.',
    'THE CHAIR: Thank you, Mr Kellaway. Our next witness is Dr Ruth Anand.',
    'Dr Ruth Anand (affirmed)',
    'Questions From Lead Counsel to the Inquiry',
    'MR BECKETT: Dr Anand, you wrote the inspection report?',
    'A. I did, in February 2019.',
    'Q. When?',
    'A. In the February.',
    'Questions from the Chair',
    'THE CHAIR: Who read it?',
    'A. The board.',
  ];

  it('reads the oath and the questioning headings as directions, Q. as counsel and A. as the witness', () => {
    const doc = read(day.join('\n'));
    const rows = blocks(doc);
    expect(rows.filter((r) => r[0] === 'direction').map((r) => r[2])).toEqual([
      'MR PETER KELLAWAY (sworn)',
      'Questions by MS ALDERTON',
      'Dr Ruth Anand (affirmed)',
      'Questions From Lead Counsel to the Inquiry',
      'Questions from the Chair',
    ]);
    expect(rows.filter((r) => r[0] === 'speech').map((r) => r[1])).toEqual([
      'Ms Alderton',
      'Ms Alderton',
      'Mr Peter Kellaway',
      'Ms Alderton',
      'Mr Peter Kellaway',
      'chair',
      'Mr Beckett',
      'Dr Ruth Anand',
      'Mr Beckett',
      'Dr Ruth Anand',
      'chair',
      'Dr Ruth Anand',
    ]);
    // Counsel named by office takes the office as title.
    expect(doc.speakers.find((s) => s.name === 'Mr Beckett')?.title).toBe(
      'Lead Counsel to the Inquiry',
    );
  });

  it('keeps a sentence about an oath or questions as the turn’s words', () => {
    const text = [
      'MS ALDERTON: Questions by the panel will follow after lunch.',
      'MR KELLAWAY: I was sworn in as a magistrate in 2015.',
    ].join('\n');
    expect(blocks(read(text)).map((r) => r[0])).toEqual(['speech', 'speech']);
  });
});

describe('a newsletter post with a podcast’s transcript (Substack)', () => {
  const turns = [
    'Dana Whitfield: Welcome back to The River Desk. Today I’m talking with Omar Reyes.',
    'Omar Reyes: Thanks for having me, Dana.',
    'Dana Whitfield: Tell me about the night the levee held.',
    'Omar Reyes: We had sandbag crews out until four in the morning.',
  ];
  const header = [
    'The River Desk',
    'Subscribe',
    'Sign in',
    'Episode 12: The levee that held',
    'Listen now',
    'Dana Whitfield',
    'Mar 3, 2026',
    '12',
    '3',
    'Share',
    '0:00',
    '-38:14',
    'Audio playback is not supported on your browser. Please upgrade.',
    'Transcript',
  ];
  const footer = [
    'Thanks for reading The River Desk! Subscribe for free to receive new posts and support my work.',
    'Subscribe',
    '12 Likes',
    '·',
    '3 Restacks',
    'Discussion about this episode',
    'Comments',
    'Restacks',
    'Ready for more?',
    '© 2026 Dana Whitfield',
    'Privacy ∙ Terms ∙ Collection notice',
    'Start writing',
    'Get the app',
  ];

  it('reads the player, the author, the counts and the footer as notes, the turns as the story', () => {
    for (const sep of ['\n', '\n\n']) {
      const text = [...header, ...turns, ...footer].join(sep);
      const rows = blocks(read(text));
      const kept = rows.filter((r) => r[0] !== 'note').map((r) => r[2]);
      expect(kept).toEqual([
        'The River Desk',
        'Episode 12: The levee that held',
        ...turns.map((t) => t.slice(t.indexOf(': ') + 2)),
      ]);
      expect(rows.find((r) => r[2] === '0:00')?.[1]).toBe('share-links');
      expect(rows.find((r) => r[2] === 'Get the app')?.[0]).toBe('note');
    }
  });

  it('keeps a time and a like count said in a turn, and a time alone with no time left under it', () => {
    const text = [
      'Dana Whitfield: At 0:00 the siren went off.',
      'Omar Reyes: We counted 12 likes on the post by morning.',
      '0:00',
      'Dana Whitfield: Welcome back.',
    ].join('\n\n');
    expect(notes(text)).toEqual([]);
  });
});

describe('a page’s transcript panel of two or three turns under its `Transcript` label', () => {
  const page = (panel: string[]) => [
    'Flood defenses hold as river peaks',
    'The mayor of Alder says the town’s new flood walls did their job.',
    'Transcript',
    ...panel,
    'More videos',
    'Dam inspections ordered after spring rains',
  ];

  it('reads the names alone on their lines as the turns’ tags, the page around as notes', () => {
    const panel = [
      'Sarah Lintz',
      'Did the defenses hold last night?',
      'Mayor Tom Devlin',
      'They held. Nobody had to leave their home.',
    ];
    for (const sep of ['\n', '\n\n']) {
      const doc = read(page(panel).join(sep));
      expect(blocks(doc).filter((r) => r[0] === 'speech')).toEqual([
        ['speech', 'Sarah Lintz', 'Did the defenses hold last night?'],
        ['speech', 'Tom Devlin', 'They held. Nobody had to leave their home.'],
      ]);
      expect(notes(page(panel).join(sep)).slice(-2)).toEqual([
        'More videos',
        'Dam inspections ordered after spring rains',
      ]);
    }
  });

  it('keeps a name over words as narration without the label, or with one speaker', () => {
    const lone = [
      'Sarah Lintz',
      'Did the defenses hold last night?',
      'Sarah Lintz',
      'They held, she was told.',
    ];
    const noLabel = page([
      'Sarah Lintz',
      'Did the defenses hold last night?',
      'Mayor Tom Devlin',
      'They held.',
    ]).filter((l) => l !== 'Transcript');
    for (const text of [page(lone).join('\n\n'), noLabel.join('\n\n')])
      expect(blocks(read(text)).filter((r) => r[0] === 'speech')).toEqual([]);
  });
});

describe('the European Commission’s speech page', () => {
  it('reads the reference (SPEECH/yy/nnn) and the type line as notes, the title as the headline', () => {
    for (const ref of ['SPEECH/26/412', 'STATEMENT/26/88', 'IP/26/1203']) {
      const text = [
        'Speech at the European Maritime Day',
        ref,
        'Brussels, 3 March 2026',
        'Ladies and gentlemen,',
        'It is a pleasure to open this year’s Maritime Day.',
      ].join('\n');
      const doc = read(text);
      expect(doc.title).toBe('Speech at the European Maritime Day');
      expect(notes(text)).toEqual([ref, 'Brussels, 3 March 2026']);
    }
    expect(notes('European Commission - Speech\nLadies and gentlemen, welcome.')).toEqual([
      'European Commission - Speech',
    ]);
  });
  it('keeps a sentence that cites a reference as the speech’s', () => {
    expect(notes('We published it as SPEECH/26/412 last week.\nThank you.')).toEqual([]);
  });
});

describe('a podcast page’s transcript panel: each turn’s time over the speaker’s name over the words', () => {
  const panel = [
    'Transcript',
    '0:03',
    'Dana Whitfield',
    'Welcome back to The River Desk. Today I’m talking with Omar Reyes.',
    '0:09',
    'Omar Reyes',
    'Thanks for having me, Dana.',
    '0:12',
    'Dana Whitfield',
    'Tell me about the night the levee held.',
    '0:16',
    'Omar Reyes',
    'We had sandbag crews out until four in the morning.',
  ];
  const header = [
    'Episode 12: The levee that held',
    'The River Desk',
    'Play',
    'Episode page',
    'Mar 3, 2026 • Season 2 • Episode 12 • 38:14',
    'Dana Whitfield talks with Omar Reyes about the night the Alder levee held.',
    'Show Notes',
  ];

  it('reads the name under each time as the turn’s tag, the page’s controls as notes', () => {
    const doc = read([...header, ...panel].join('\n'));
    expect(blocks(doc).filter((r) => r[0] === 'speech')).toEqual([
      ['speech', 'Dana Whitfield', panel[3]],
      ['speech', 'Omar Reyes', panel[6]],
      ['speech', 'Dana Whitfield', panel[9]],
      ['speech', 'Omar Reyes', panel[12]],
    ]);
    const noted = notes([...header, ...panel].join('\n'));
    for (const line of ['Play', 'Episode page', header[4], 'Show Notes'])
      expect(noted).toContain(line);
  });

  it('keeps captions under their times (no names) as the words', () => {
    const captions = [
      '0:03',
      'Welcome back to the show.',
      '0:09',
      'Thanks for having me.',
      '0:12',
      'Tell me about the night the levee held.',
    ].join('\n');
    expect(blocks(read(captions)).filter((r) => r[0] === 'speech')).toEqual([]);
  });
});

describe('a programme page’s links and funders around its transcript (PBS NewsHour)', () => {
  it('reads the full episode link and the funders’ line as notes, after the last turn', () => {
    const text = [
      'Geoff Bennett:',
      'Rivers across the Midwest crested this week.',
      'Omar Reyes:',
      'In Alder, crews worked through the night.',
      'Watch the Full Episode',
      'PBS NewsHour full episode, March 3, 2026',
      'Support Provided By:',
      'Learn more',
    ].join('\n');
    expect(notes(text)).toEqual([
      'Watch the Full Episode',
      'PBS NewsHour full episode, March 3, 2026',
      'Support Provided By:',
      'Learn more',
    ]);
    expect(
      notes('Major funding for the PBS NewsHour is provided by:\nGeoff Bennett: Good evening.'),
    ).toEqual(['Major funding for the PBS NewsHour is provided by:']);
  });
});
