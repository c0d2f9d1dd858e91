import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { parseAnchorTime, parseTag } from '../../src/core/tags.ts';

type Expected = {
  name?: string | null;
  title?: string | null;
  role?: string | null;
  timestampMs?: number | null;
  office?: string | null;
  delivery?: string | null;
  translated?: boolean;
  rest: string;
};

// GOOD: each form newsrooms and transcripts use, and what it must give.
const GOOD: ReadonlyArray<[string, Expected]> = [
  [
    'Sergey Lavrov, Foreign Minister of Russia: "I\'d like…"',
    { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', rest: '"I\'d like…"' },
  ],
  [
    'Tarō Kōno, Foreign Minister of Japan: “We’ve…”',
    { name: 'Tarō Kōno', title: 'Foreign Minister of Japan', rest: '“We’ve…”' },
  ],
  [
    'Tatyana Remezova: Good afternoon, we are live.',
    { name: 'Tatyana Remezova', title: null, rest: 'Good afternoon, we are live.' },
  ],
  ['LAVROV: We disagree.', { name: 'Lavrov', rest: 'We disagree.' }],
  // The chair for the day in the US Congress, as captions write it: an office, not a name.
  [
    'THE SPEAKER PRO TEMPORE: THE HOUSE WILL BE IN ORDER.',
    { name: null, role: 'speaker pro tempore', rest: 'THE HOUSE WILL BE IN ORDER.' },
  ],
  [
    'PRESIDENT PRO TEMPORE: The Senate will come to order.',
    { name: null, role: 'president pro tempore', rest: 'The Senate will come to order.' },
  ],
  // Unnamed voices of scripts and captions, and a transcription service's lettered voices.
  ['MAN: Over here!', { name: null, role: 'man', rest: 'Over here!' }],
  ['WOMAN 2: Help us.', { name: null, role: 'woman #2', rest: 'Help us.' }],
  ['Male Speaker: Thank you.', { name: null, role: 'male speaker', rest: 'Thank you.' }],
  ['Speaker B: Thanks.', { name: 'Speaker B', role: null, rest: 'Thanks.' }],
  // A full name or a role in brackets, then a colon (a tool's export).
  ['[Jane Doe]: Thanks for coming.', { name: 'Jane Doe', rest: 'Thanks for coming.' }],
  ['[Interviewer]: Where were you?', { name: null, role: 'interviewer', rest: 'Where were you?' }],
  // A press conference's own voice, named by its place as a court's are.
  [
    'THE MODERATOR: We’ll take questions.',
    { name: null, role: 'moderator', rest: 'We’ll take questions.' },
  ],
  // An office before a name is still its holder's title.
  [
    'SPEAKER JOHNSON: The House is adjourned.',
    { name: 'Johnson', title: 'Speaker', rest: 'The House is adjourned.' },
  ],
  ['MR. LAVROV: We disagree.', { name: 'Mr. Lavrov', rest: 'We disagree.' }],
  ['MR LAVROV: We disagree.', { name: 'Mr Lavrov', rest: 'We disagree.' }],
  ['MS. JEAN-PIERRE:\u00a0 Good afternoon.', { name: 'Ms. Jean-Pierre', rest: 'Good afternoon.' }],
  ['THE PRESIDENT: Thank you.', { name: null, role: 'president', rest: 'Thank you.' }],
  ['Q   Good afternoon.', { role: 'reporter', rest: 'Good afternoon.' }],
  ['Q\u00a0 \u00a0 -ish.', { role: 'reporter', rest: '-ish.' }],
  ['Q: What about Venezuela?', { role: 'reporter', rest: 'What about Venezuela?' }],
  ['QUESTION: What about Venezuela?', { role: 'reporter', rest: 'What about Venezuela?' }],
  ['MODERATOR: Thank you.', { role: 'moderator', rest: 'Thank you.' }],
  [
    'SENIOR ADMINISTRATION OFFICIAL: Great.',
    { role: 'senior administration official', rest: 'Great.' },
  ],
  ['>> BLITZER: Welcome back.', { name: 'Blitzer', rest: 'Welcome back.' }],
  ['>> Welcome back.', { role: 'unidentified', rest: 'Welcome back.' }],
  ['Dmitry Borisov:', { name: 'Dmitry Borisov', rest: '' }],
  [
    'Speaker 1 (00:01:23): Hello there.',
    { name: 'Speaker 1', timestampMs: 83_000, rest: 'Hello there.' },
  ],
  [
    '[00:01:23] Maria Gladkikh: Good afternoon.',
    { name: 'Maria Gladkikh', timestampMs: 83_000, rest: 'Good afternoon.' },
  ],
  ['В.Путин: Добрый день.', { name: 'В.Путин', rest: 'Добрый день.' }],
  [
    'President of Russia Vladimir Putin: Good afternoon.',
    { name: 'Vladimir Putin', title: 'President of Russia', rest: 'Good afternoon.' },
  ],
  ['Charles de Gaulle: Vive la France.', { name: 'Charles de Gaulle', rest: 'Vive la France.' }],
  // Delivery notes, honorifics with party and state, offices, unnamed voices, timed lines.
  ['SMITH (voice-over): By late…', { name: 'Smith', delivery: 'voice-over', rest: 'By late…' }],
  ['SMITH (VO): By late…', { name: 'Smith', delivery: 'voice-over', rest: 'By late…' }],
  [
    'LEE, MAYOR (through translator): We will.',
    {
      name: 'Lee',
      title: 'MAYOR',
      delivery: 'through-translator',
      translated: true,
      rest: 'We will.',
    },
  ],
  [
    'SEN. JANE DOE (D-NY): I yield.',
    { name: 'Jane Doe', title: 'Senator (D-NY)', rest: 'I yield.' },
  ],
  [
    'CHIEF LARRY JONES, PITTSBURGH BUREAU OF FIRE: We are still in rescue mode.',
    {
      name: 'Larry Jones',
      title: 'Chief, PITTSBURGH BUREAU OF FIRE',
      rest: 'We are still in rescue mode.',
    },
  ],
  [
    'JOHN DOE, EYEWITNESS (via Skype): I saw it.',
    { name: 'John Doe', title: 'EYEWITNESS', delivery: 'via-video-link', rest: 'I saw it.' },
  ],
  ['SMITH (laughing): Yes.', { name: 'Smith', delivery: 'laughing', rest: 'Yes.' }],
  ['CROWD (CHANTING): USA!', { role: 'crowd', delivery: 'chanting', title: null, rest: 'USA!' }],
  ['JANE ROE (VIA ZOOM): Yes.', { name: 'Jane Roe', delivery: 'via-video-link', rest: 'Yes.' }],
  [
    'DANA ORTIZ, "THE ATLANTIC" STAFF WRITER: Both of you are half right.',
    {
      name: 'Dana Ortiz',
      title: '"THE ATLANTIC" STAFF WRITER',
      rest: 'Both of you are half right.',
    },
  ],
  [
    'MAGGIE HABERMAN, “NEW YORK TIMES” WHITE HOUSE CORRESPONDENT: Yes.',
    { name: 'Maggie Haberman', title: '“NEW YORK TIMES” WHITE HOUSE CORRESPONDENT', rest: 'Yes.' },
  ],
  [
    'Agriculture Minister Oksana Lut: The harvest is in.',
    {
      name: 'Oksana Lut',
      title: 'Agriculture Minister',
      office: 'Agriculture Minister',
      rest: 'The harvest is in.',
    },
  ],
  [
    'Economic Development Minister Maxim Reshetnikov: Growth slowed.',
    { name: 'Maxim Reshetnikov', title: 'Economic Development Minister', rest: 'Growth slowed.' },
  ],
  [
    'BARBARA KING SMITH: Hello.',
    { name: 'Barbara King Smith', title: null, office: null, rest: 'Hello.' },
  ],
  [
    'Anna Maria King Lopez: Hello.',
    { name: 'Anna Maria King Lopez', title: null, office: null, rest: 'Hello.' },
  ],
  [
    'POLICE CHIEF ANA REYES: Two arrests.',
    { name: 'Ana Reyes', title: 'Police Chief', rest: 'Two arrests.' },
  ],
  [
    'CHIEF JUSTICE ROBERTS: We will hear argument.',
    { name: 'Roberts', title: 'Chief Justice', rest: 'We will hear argument.' },
  ],
  ['GOV. X (R), TEXAS: Yes.', { name: 'X', title: 'Governor (R), TEXAS', rest: 'Yes.' }],
  [
    'Claire Dubois, secrétaire générale du syndicat : Environ 1 200 vols.',
    {
      name: 'Claire Dubois',
      title: 'secrétaire générale du syndicat',
      rest: 'Environ 1 200 vols.',
    },
  ],
  [
    'Mayor Lucía Ferrer [00:00:01] Good morning.',
    { name: 'Lucía Ferrer', title: 'Mayor', timestampMs: 1000, rest: 'Good morning.' },
  ],
  ['Sam Ortiz: [00:00:05] My guest.', { name: 'Sam Ortiz', timestampMs: 5000, rest: 'My guest.' }],
  [
    'SENIOR STATE DEPARTMENT OFFICIAL TWO: And I will add.',
    { name: null, role: 'senior state department official two', rest: 'And I will add.' },
  ],
  [
    'President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Thank you.',
    {
      name: 'Ukhnaagiin Khurelsukh',
      title: 'President of Mongolia',
      translated: true,
      rest: 'Thank you.',
    },
  ],
  [
    'M. Okafor (Nigéria) (parle en anglais) : Nous remercions.',
    { name: 'M. Okafor', title: 'Nigéria', translated: true, rest: 'Nous remercions.' },
  ],
  [
    'Lord Ashby of Fenwick (Con): My Lords.',
    { name: 'Lord Ashby of Fenwick', title: 'Con', rest: 'My Lords.' },
  ],
  [
    'CHIEF AGENT LAURA ORTIZ, U.S. BORDER PATROL: The numbers are down.',
    {
      name: 'Laura Ortiz',
      title: 'Chief Agent, U.S. BORDER PATROL',
      rest: 'The numbers are down.',
    },
  ],
  [
    'The Secretary of State for Health (Sam Patel): I beg to move.',
    {
      name: 'Sam Patel',
      title: 'Secretary of State for Health',
      office: 'Secretary of State for Health',
      rest: 'I beg to move.',
    },
  ],
  [
    'The Prime Minister: Yes.',
    { name: null, role: 'prime minister', office: 'Prime Minister', rest: 'Yes.' },
  ],
  [
    'John Roe (Northfield) (Con): Will he?',
    { name: 'John Roe', title: 'Northfield (Con)', rest: 'Will he?' },
  ],
  [
    'Mr. Nebenzia (Russian Federation) (spoke in Russian): We thank you.',
    {
      name: 'Mr. Nebenzia',
      title: 'Russian Federation',
      translated: true,
      delivery: null,
      rest: 'We thank you.',
    },
  ],
  [
    'CHIEF JUSTICE ROBERTS: We will hear.',
    { name: 'Roberts', title: 'Chief Justice', rest: 'We will hear.' },
  ],
  ['UNIDENTIFIED PERSON #2: No.', { name: null, role: 'unidentified person #2', rest: 'No.' }],
  ['Hon. Members: Hear, hear!', { name: null, role: 'hon. members', rest: 'Hear, hear!' }],
  ['VOICE ONE: Hello.', { name: null, role: 'voice one', rest: 'Hello.' }],
  ['Ведущий: Добрый вечер.', { name: null, role: 'host', rest: 'Добрый вечер.' }],
  ['Jane Doe  0:01', { name: 'Jane Doe', timestampMs: 1000, rest: '' }],
  ['[00:00:03] Jane Doe', { name: 'Jane Doe', timestampMs: 3000, rest: '' }],
];

// BAD: text that merely contains a colon, or starts like a tag but is prose.
const BAD: readonly string[] = [
  'These are their words: we will not move.',
  'Note: the call was embargoed.',
  'Update: the figures were revised.',
  'At 10:30 the meeting resumed.',
  '10:30 the meeting resumed.',
  'As the president said today in his statement: Our children are subjected to it.',
  'Foreign Minister Sergey Lavrov stated that after the first round.',
  'Andrey Grigoriev has the details of the most important statements.',
  'Quebec is large.',
  'Q is a letter.',
  'June: the month of the vote.',
  'The vote is at 3:30 p.m. today.',
  'Budget: Statement',
  'Mayor Price, "No deal": that was the message.',
  'We spoke (via Skype) for an hour: it was long.',
  'I said (laughs): no way.',
  'The crowd (chanting): was loud.',
  'Jones, "the best player," he said: nothing more.',
  'Jones, "The Best" he said: nothing more.',
  'BREAKING: Fire downtown.',
  'FOX NEWS ALERT: Polls close soon.',
  'He said: "No."',
  '12:45 P.M. EDT',
  '(Applause.) and then: nothing',
  'Chapter 2 00:01:23',
  "Folks, that's the MAGA economic agenda: spending cuts for working families.",
  'Smith, who spoke first: we will see.',
  // A sound in brackets, or one word, before a colon: no speaker.
  '[Music]: and then the band played',
  '[inaudible]: he said',
  // A time and a one-word answer: the answer, not a speaker's name line.
  '(00:00:44) Exactly.',
  '[00:01:02] Yes',
];

describe('parseTag', () => {
  it.each(GOOD)('GOOD: %s', (input, expected) => {
    const match = parseTag(input);
    expect(match).not.toBeNull();
    expect(match?.rest).toBe(expected.rest);
    for (const key of [
      'name',
      'title',
      'role',
      'timestampMs',
      'office',
      'delivery',
      'translated',
    ] as const) {
      if (key in expected) expect(match?.tag[key], key).toEqual(expected[key]);
    }
  });

  it.each(BAD)('BAD: %s', (input) => {
    expect(parseTag(input)).toBeNull();
  });

  it('gives the offset where the tag ends, its parentheses included', () => {
    const text = 'SMITH (voice-over):  By late afternoon.';
    const match = parseTag(text);
    expect(text.slice(0, match?.end)).toBe('SMITH (voice-over):  ');
    expect(match?.tag.translated).toBe(false);
  });
});

describe('parseAnchorTime', () => {
  it.each([
    ['00:01:23', 83_000],
    ['1:23', 83_000],
    ['01:02:03.5', 3_723_500],
    ['01:02:03,250', 3_723_250],
  ])('GOOD: %s', (input, ms) => expect(parseAnchorTime(input)).toBe(ms));
  it.each(['1:99', 'ab:cd', '1:2', ''])('BAD: %s', (input) =>
    expect(parseAnchorTime(input)).toBeNull(),
  );
});

describe('a tag with two times keeps the second in its text', () => {
  it('GOOD: the time after the colon is the anchor of an untimed tag', () => {
    const match = parseTag('Dmitry Borisov: [00:00:07] Hello.');
    expect(match?.tag.timestampMs).toBe(7000);
    expect(match?.rest).toBe('Hello.');
  });

  it('BAD (fixed): a leading time and a time after the colon — the second is not dropped', () => {
    const match = parseTag('[00:00:05] Dmitry Borisov: [00:00:07] Hello.');
    expect(match?.tag.timestampMs).toBe(5000);
    expect(match?.rest).toBe('[00:00:07] Hello.');
  });

  it('the whole pipeline keeps both times (a fact is never deleted)', () => {
    const doc = formatTranscript('[00:00:05] Dmitry Borisov: [00:00:05] Dmitry Borisov: ');
    const text = doc.blocks.map((block) => block.text).join(' ');
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor').length;
    expect(text.split('00:00:05').length - 1 + anchors).toBe(2);
  });
});

describe('a role with its holder in parentheses (cable rundown scripts)', () => {
  const speakersOf = (text: string) => {
    const doc = formatTranscript(text);
    return {
      speakers: doc.speakers.map((s) => [s.name, s.role, s.title]),
      turns: doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name ?? null),
    };
  };

  it('ANCHOR (MARIA LOPEZ) is Maria Lopez as anchor; LOPEZ: and ANCHOR: later are her', () => {
    const { speakers, turns } = speakersOf(
      'ANCHOR (MARIA LOPEZ): Good evening.\n\nREPORTER (JOHN KIM): The river rose overnight.\n\nLOPEZ: John, how high?\n\nKIM: Six feet, Maria.\n\nANCHOR: Thank you, John.',
    );
    expect(speakers).toEqual([
      ['Maria Lopez', 'anchor', null],
      ['John Kim', 'reporter', null],
    ]);
    expect(turns).toEqual(['Maria Lopez', 'John Kim', 'Maria Lopez', 'John Kim', 'Maria Lopez']);
  });

  it('a role first unnamed, then named in parentheses, is one voice', () => {
    const { speakers } = speakersOf('HOST: Good evening.\n\nHOST (Dana Reyes): Welcome back.');
    expect(speakers).toEqual([['Dana Reyes', 'host', null]]);
  });

  it('an outlet or a delivery in the parentheses names no one', () => {
    expect(speakersOf('REPORTER (CNN Washington): The vote is close.').speakers).toEqual([
      [null, 'reporter', 'CNN Washington'],
    ]);
    expect(speakersOf('HOST (voice-over): The storm moved east.').speakers).toEqual([
      [null, 'host', null],
    ]);
  });
});

describe('wire-service video scripts (AP, Reuters)', () => {
  it('an AP sound bite lead gives the named speaker, the language kept in the raw tag', () => {
    const tag = parseTag('4. SOUNDBITE (Dutch) Marieke de Vries, engineer, Water Board:')?.tag;
    expect(tag?.name).toBe('Marieke de Vries');
    expect(tag?.title).toBe('engineer, Water Board');
    expect(tag?.delivery).toBe('sot');
    expect(tag?.raw).toContain('(Dutch)');
  });

  it("Reuters' (SOUNDBITE) TITLE, NAME, SAYING: is the name after the title", () => {
    const tag = parseTag('(SOUNDBITE) (English) KYIV RESIDENT, OKSANA HRYTSENKO, SAYING:')?.tag;
    expect(tag?.name).toBe('Oksana Hrytsenko');
    expect(tag?.title).toBe('KYIV RESIDENT');
  });

  it('section and header labels are no speakers; a lower-case soundbite word is no lead', () => {
    for (const line of ['SHOTLIST:', 'STORYLINE:', 'STORY: Lawmakers voted on Saturday.'])
      expect(parseTag(line)).toBeNull();
    // A person named Story still speaks; `Soundbite` in prose is no lead.
    expect(parseTag('Joseph Story: The court is adjourned.')?.tag.name).toBe('Joseph Story');
    expect(parseTag('Soundbite of the week: a mayor on potholes.')).toBeNull();
  });

  it('numbered shots in a shot list are directions, the story after STORYLINE narration', () => {
    const doc = formatTranscript(
      'SHOTLIST:\n1. Wide of harbour\n2. SOUNDBITE (English) Tom Bakker, farmer:\n"We give them the metre."\n3. Close of clay\n\nSTORYLINE:\nCrews raised the dike.\n\n1. Crews worked overnight.',
    );
    const kinds = doc.blocks.map((b) => [b.type, b.text.slice(0, 12)]);
    expect(kinds).toEqual([
      ['direction', 'SHOTLIST:'],
      ['direction', '1. Wide of h'],
      ['speech', 'We give them'],
      ['direction', '3. Close of '],
      ['direction', 'STORYLINE:'],
      ['narration', 'Crews raised'],
      // After the story opens, a numbered line is text again, not a shot.
      ['narration', '1. Crews wor'],
    ]);
  });

  it('numbered lines outside a shot list stay text', () => {
    const doc = formatTranscript('Steps we took:\n1. Wide consultation\n2. Close reading');
    expect(doc.blocks.every((b) => b.type !== 'direction')).toBe(true);
  });
});

describe('meeting participants shown by a device name', () => {
  it('iPhone: and Galaxy S21: are unnamed voices, one per device', () => {
    const doc = formatTranscript(
      'Helen Park: Can you hear me?\n\niPhone: Yes.\n\nGalaxy S21: Me too.\n\niPhone: Go ahead.',
    );
    expect(doc.speakers.map((s) => [s.name, s.role, s.title])).toEqual([
      ['Helen Park', null, null],
      [null, 'unidentified speaker #1', 'iPhone'],
      [null, 'unidentified speaker #2', 'Galaxy S21'],
    ]);
  });

  it('a dial-in caller shown by a phone number is an unnamed voice too', () => {
    expect(parseTag('14155550123: Yes, I can hear you.')?.tag.role).toBe('unidentified speaker');
    expect(parseTag('+44 20 7946 0011: Hello?')?.tag.role).toBe('unidentified speaker');
    // A year or a figure before a colon is no caller.
    expect(parseTag('2025: A year of floods')).toBeNull();
    expect(parseTag('1500000: that was the total')).toBeNull();
  });

  it('a device word inside a sentence or a name is not a device', () => {
    expect(parseTag('My iPhone: it died at noon.')).toBeNull();
    expect(parseTag('iPhone sales: up 4 percent')).toBeNull();
    expect(parseTag('Pixel Jones: Hello there.')?.tag.name).toBe('Pixel Jones');
  });
});

describe('European Parliament verbatim tags (`Name, function. – text`)', () => {
  it('reads the name, the function or group, and President. – as the chair', () => {
    const a = parseTag(
      'Maria Costa, on behalf of the PPE Group. – Madam President, we welcome it.',
    );
    expect([a?.tag.name, a?.tag.title, a?.rest]).toEqual([
      'Maria Costa',
      'on behalf of the PPE Group',
      'Madam President, we welcome it.',
    ]);
    expect(parseTag('President. – The next item is the debate on energy.')?.tag.role).toBe(
      'president',
    );
    expect(
      parseTag('Elena Petrova (Renew). – Madam President, the cheapest energy.')?.tag.name,
    ).toBe('Elena Petrova');
  });

  it('a sentence before a spaced dash is no tag; a one-word place is a dateline', () => {
    expect(parseTag('He left at noon. – Then nothing happened.')).toBeNull();
    expect(parseTag('Brussels. – The vote was close on Tuesday.')).toBeNull();
    expect(parseTag('The talks ended on behalf of nobody. – Ministers left.')).toBeNull();
  });
});

describe('Happy Scribe timed speaker lines (time line, speaker line, text)', () => {
  const who = (text: string) => {
    const doc = formatTranscript(text);
    return doc.blocks.map((b) => [
      b.type,
      doc.speakers.find((s) => s.id === b.speaker)?.name ?? null,
      b.text.slice(0, 10),
    ]);
  };

  it('a time alone, then a name alone, then the words: the named speaker, timed', () => {
    const text =
      '00:00:00\nSpeaker 1\nGood afternoon and welcome.\n\n00:00:15\nRosa Alvarez\nThank you, Chair.\n\n00:00:31\nRosa Alvarez\nWe ask for 210,000 dollars.';
    expect(who(text)).toEqual([
      ['speech', 'Speaker 1', 'Good after'],
      ['speech', 'Rosa Alvarez', 'Thank you,'],
      ['speech', 'Rosa Alvarez', 'We ask for'],
    ]);
    const anchors = formatTranscript(text).messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => m.actual)).toEqual(['00:00:00', '00:00:15', '00:00:31']);
  });

  it('the name first, then the time (meeting exports), is the same tag', () => {
    expect(
      who(
        'Lena Fischer\n00:00:04\nRight, let us start.\n\nMarco Bellini\n00:00:12\nMine is the ferry crews.',
      ),
    ).toEqual([
      ['speech', 'Lena Fischer', 'Right, let'],
      ['speech', 'Marco Bellini', 'Mine is th'],
    ]);
  });

  it('a clock time before a line, or a time over a sentence, is no speaker', () => {
    expect(parseTag('12:45 P.M. EDT')).toBeNull();
    expect(parseTag('14:02 Prime Minister')).toBeNull();
    const doc = formatTranscript('10:30\nCouncil meeting opens\nThe mayor spoke first.');
    expect(doc.speakers).toEqual([]);
    const agenda = formatTranscript('Budget Vote\n10:30\nThe council approved the plan.');
    expect(agenda.speakers).toEqual([]);
  });
});

describe('video editor transcript exports (Premiere Pro, DaVinci Resolve)', () => {
  const who = (text: string) => {
    const doc = formatTranscript(text);
    return doc.blocks.map((b) => [
      b.type,
      doc.speakers.find((s) => s.id === b.speaker)?.name ?? null,
      b.text.slice(0, 12),
    ]);
  };
  const premiere =
    '00:00:00:00 - 00:00:06:10\nSpeaker 1\nGood evening. Tonight, the council votes on bus lanes.\n\n' +
    '00:00:06:10 - 00:00:14:02\nSpeaker 2\nWe were never asked. Not once.\n\n' +
    '00:00:14:02 - 00:00:20:18\nSpeaker 1\nThe council says the consultation ran for six weeks.';

  it('a timecode range over a numbered label: the label speaks, no timecode in the text', () => {
    expect(who(premiere)).toEqual([
      ['speech', 'Speaker 1', 'Good evening'],
      ['speech', 'Speaker 2', 'We were neve'],
      ['speech', 'Speaker 1', 'The council '],
    ]);
    const doc = formatTranscript(premiere);
    expect(doc.speakers).toHaveLength(2);
    expect(doc.blocks.some((b) => b.text.includes('00:00'))).toBe(false);
  });

  it('the range is reported as written; its start is the anchor, to the second', () => {
    const anchors = formatTranscript(premiere).messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => m.actual)).toEqual([
      '00:00:00:00 - 00:00:06:10',
      '00:00:06:10 - 00:00:14:02',
      '00:00:14:02 - 00:00:20:18',
    ]);
    expect(anchors[1]?.reason).toContain('Kept 00:00:06 of the timecode 00:00:06:10 - 00:00:14:02');
    expect(anchors[1]?.reason).toContain("range's end");
  });

  it('one timecode with frames before a tag (`[00:00:05:12] Speaker 1:`) is its anchor', () => {
    const doc = formatTranscript(
      '[00:00:05:12] Speaker 1: Good evening.\n00:00:09;03 Maria Lopez: And the vote?',
    );
    expect(
      doc.blocks.map((b) => [doc.speakers.find((s) => s.id === b.speaker)?.name, b.text]),
    ).toEqual([
      ['Speaker 1', 'Good evening.'],
      ['Maria Lopez', 'And the vote?'],
    ]);
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => m.actual)).toEqual(['[00:00:05:12]', '00:00:09;03']);
    // A plain time is no editor's timecode: read as an anchor by the usual rule.
    expect(parseTag('[00:00:05] Speaker 1: Hi.')?.tag.timeWritten).toBeUndefined();
  });

  it('drop-frame, bracketed, and millisecond ranges, and a named speaker', () => {
    expect(
      who(
        '[00:00:00;00 - 00:00:04;12]\nRosa Alvarez\nThank you, Chair.\n\n' +
          '00:00:04.480 --> 00:00:09.000\nTom Reed\nMy question is about the ferries.',
      ),
    ).toEqual([
      ['speech', 'Rosa Alvarez', 'Thank you, C'],
      ['speech', 'Tom Reed', 'My question '],
    ]);
    expect(parseTag('00:00:04.480 --> 00:00:09.000 Tom Reed')?.tag.timestampMs).toBe(4480);
    expect(parseTag('00:00:06:10 - 00:00:14:02 Speaker 2')?.tag.timestampMs).toBe(6000);
  });

  it('a numbered label alone over its words, no time (an export without timecodes)', () => {
    expect(
      who(
        'Speaker 1\nGood evening.\nSpeaker 2\nWe were never asked.\n\nSpeaker 1\nThe council disagrees.',
      ),
    ).toEqual([
      ['speech', 'Speaker 1', 'Good evening'],
      ['speech', 'Speaker 2', 'We were neve'],
      ['speech', 'Speaker 1', 'The council '],
    ]);
  });

  it('not a tag: a label-like line inside a wrapped sentence, a name alone, a range in prose', () => {
    const wrapped = formatTranscript(
      'The study had two groups.\nParticipant 1\nwas older than the rest.',
    );
    expect(wrapped.speakers).toEqual([]);
    // A name alone on a line, no time and no colon, may be a heading or a byline.
    expect(formatTranscript('Rosa Alvarez\nThe council met on Monday.').speakers).toEqual([]);
    expect(parseTag('Speaker 1')).toBeNull();
    expect(parseTag('Speaker 1 said the vote was close.')).toBeNull();
    // An unclosed bracket or a range with no time after the dash is no range.
    expect(parseTag('[00:00:00:00 - 00:00:04:12\nRosa Alvarez')).toBeNull();
    expect(parseTag('00:00:00:00 - later\nRosa Alvarez')).toBeNull();
  });
});

describe('the opening header lines of a document', () => {
  it('short header lines are read one by one: the headline is the title', () => {
    const doc = formatTranscript(
      'Metro desk planning - Transcript\nAttendees\nAna Ruiz, Ben Cole\n\nAna Ruiz: Morning, everyone.\n\nBen Cole: The council votes tonight.',
    );
    expect(doc.title).toBe('Metro desk planning - Transcript');
    expect(doc.blocks[0]?.text).toBe('Metro desk planning - Transcript');
  });

  it('a wrapped sentence or prose in the opening block stays one paragraph', () => {
    const doc = formatTranscript(
      'The council said residents could now return\nTo Leeds\nafter the water went down.\n\nMore rain is due.',
    );
    expect(doc.blocks[0]?.text).toBe(
      'The council said residents could now return To Leeds after the water went down.',
    );
  });
});

describe('a co-anchor introducing themself in capitals after >>', () => {
  it('AND I’M TOM ROE. names that voice; AND I’M TELLING YOU does not', async () => {
    const { prepare } = await import('../../src/produce.ts');
    const { optionsSchema } = await import('../../src/options.ts');
    const srt = [
      '1\n00:00:00,000 --> 00:00:03,000\n>> GOOD EVENING, I’M JANE DOE.',
      '2\n00:00:03,500 --> 00:00:06,000\n>> AND I’M TOM ROE. THE COUNCIL VOTED TONIGHT.',
      '3\n00:00:06,500 --> 00:00:09,000\n>> AND I’M TELLING YOU THE VOTE WAS CLOSE.',
    ].join('\n\n');
    const doc = prepare(srt, optionsSchema().parse({}), 'srt');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Roe', null]);
  });
});

describe("Zoom's saved transcript: `[Jane Doe] 10:15:32`", () => {
  it('a name in brackets, then a time: the speaker, the time its anchor', () => {
    const doc = formatTranscript(
      '[Jane Doe] 10:15:32\nGood morning, everyone.\n\n[Tom Reed] 10:15:40 Morning. I have the numbers.',
    );
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(doc.blocks.map((b) => [b.type, name(b.speaker), b.text])).toEqual([
      ['speech', 'Jane Doe', 'Good morning, everyone.'],
      ['speech', 'Tom Reed', 'Morning. I have the numbers.'],
    ]);
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.actual);
    expect(anchors).toEqual(['10:15:32', '10:15:40']);
  });

  it('a bracketed direction before a time names nobody', () => {
    expect(parseTag('[Music] 00:01:23')).toBeNull();
    expect(parseTag('[Applause] 10:15')).toBeNull();
    expect(parseTag('[inaudible] 10:15 and then')).toBeNull();
  });
});

describe('a Spanish or Portuguese press interview: `P.` and `R.` closed by a full stop', () => {
  const turns = (text: string) =>
    formatTranscript(text).blocks.map((b) => `${b.type}:${b.speaker ?? '-'}: ${b.text}`);

  it('P. and R. (or Pregunta. and Respuesta.) are the question and the answer', () => {
    expect(
      turns(
        'P. ¿Cuándo reabrirá el puente?\n\nR. Esperamos que el viernes.\n\nP. ¿Hubo heridos?\n\nR. No.',
      ),
    ).toEqual([
      'speech:reporter: ¿Cuándo reabrirá el puente?',
      'speech:answer: Esperamos que el viernes.',
      'speech:reporter: ¿Hubo heridos?',
      'speech:answer: No.',
    ]);
    expect(
      turns('Pergunta. Quando?\n\nResposta. Na sexta.\n\nPergunta. Feridos?\n\nResposta. Não.')[1],
    ).toBe('speech:answer: Na sexta.');
  });

  it('one P. alone, or initials in prose, is text', () => {
    expect(turns('P. Sánchez llegó el lunes.\n\nR. Gómez no.')).toEqual([
      'narration:-: P. Sánchez llegó el lunes.',
      'narration:-: R. Gómez no.',
    ]);
  });
});

describe('a minister’s transcript (Australia): offices as tags, holders named by the header', () => {
  const speakers = (text: string) =>
    formatTranscript(text).speakers.map((s) => `${s.role ?? '-'}=${s.name ?? '-'}`);

  it('the office line beside THE HON … MP names the office’s speaker, in either order', () => {
    const text = [
      'THE HON JIM CLARKE MP',
      'TREASURER',
      '',
      'SENATOR THE HON ANNA WU',
      'MINISTER FOR FINANCE',
      '',
      'JOINT PRESS CONFERENCE',
      'PARLIAMENT HOUSE, CANBERRA',
      'TUESDAY, 12 MAY 2026',
      '',
      'SUBJECTS: Budget; Energy bills.',
      '',
      'TREASURER: Good morning.',
      '',
      'MINISTER FOR FINANCE: Thanks, Jim.',
      '',
      'JOURNALIST: Treasurer, is it enough?',
      '',
      'TREASURER: It is a start.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      'treasurer=Jim Clarke',
      'minister for finance=Anna Wu',
      'reporter=-',
    ]);
    const doc = formatTranscript(text);
    // The header: holders and offices are notes, the event the title, the place a dateline.
    expect(doc.blocks.slice(0, 8).map((b) => `${b.type}/${b.reason ?? ''}: ${b.text}`)).toEqual([
      'note/page-element: THE HON JIM CLARKE MP',
      'note/page-element: TREASURER',
      'note/page-element: SENATOR THE HON ANNA WU',
      'note/page-element: MINISTER FOR FINANCE',
      'headline/: JOINT PRESS CONFERENCE',
      'note/dateline: PARLIAMENT HOUSE, CANBERRA',
      'note/dateline: TUESDAY, 12 MAY 2026',
      'note/page-element: SUBJECTS: Budget; Energy bills.',
    ]);
    expect(doc.title).toBe('JOINT PRESS CONFERENCE');
  });

  it('one holder and one office speaker; an office alone with no holder stays unnamed', () => {
    expect(
      speakers(
        'PRIME MINISTER\nTHE HON JANE PARKER MP\n\nPRIME MINISTER: Hello.\n\nJOURNALIST: Hi?',
      ),
    ).toEqual(['prime minister=Jane Parker', 'reporter=-']);
    expect(speakers('PRIME MINISTER: Hello.\n\nJOURNALIST: Hi?')).toEqual([
      'prime minister=-',
      'reporter=-',
    ]);
  });

  it('offices are never read as names (TREASURER, SHADOW TREASURER, DEPUTY PREMIER)', () => {
    for (const office of [
      'TREASURER',
      'SHADOW TREASURER',
      'DEPUTY PREMIER',
      'ATTORNEY-GENERAL',
      'OPPOSITION LEADER',
      'POLICE COMMISSIONER',
      'SECRETARY GENERAL',
    ]) {
      const match = parseTag(`${office}: Thank you.`);
      expect(match?.tag.name, office).toBeNull();
      expect(match?.tag.role, office).toBe(office.toLowerCase());
    }
    // An office before a name still names its holder.
    expect(parseTag('PREMIER SMITH: Thank you.')?.tag.name).toBe('Smith');
  });
});

describe('a podcast page’s chapter titles between timed turns', () => {
  const blocks = (text: string) =>
    formatTranscript(text).blocks.map((b) => `${b.type}:${b.speaker ?? '-'}: ${b.text}`);

  it('a short line before a name-line turn is a heading, not the speaker’s words', () => {
    expect(
      blocks(
        [
          'Introduction',
          '',
          'Lex Fridman',
          '(00:00:00) The following is a conversation with Jane Doe.',
          '',
          'Jane Doe',
          '(00:00:12) Thanks for having me.',
          '',
          'Why rivers flood',
          '',
          'Lex Fridman',
          '(00:01:05) Why do rivers flood?',
          '',
          'Jane Doe',
          '(00:01:09) Mostly rain.',
          '',
          'Exactly',
          '',
          'Lex Fridman',
          '(00:01:30) And snow?',
        ].join('\n'),
      ),
    ).toEqual([
      'headline:-: Introduction',
      'speech:lex-fridman: The following is a conversation with Jane Doe.',
      'speech:jane-doe: Thanks for having me.',
      'headline:-: Why rivers flood',
      'speech:lex-fridman: Why do rivers flood?',
      'speech:jane-doe: Mostly rain.',
      // A one-word reply is the speaker's, not a chapter.
      'speech:jane-doe: Exactly',
      'speech:lex-fridman: And snow?',
    ]);
  });

  it('a short line before an inline tag stays the turn’s words', () => {
    expect(blocks('JONES: We went north.\n\nTo the dam\n\nSMITH: Why?')).toEqual([
      'speech:jones: We went north.',
      'speech:jones: To the dam',
      'speech:smith: Why?',
    ]);
  });
});

describe('names in paragraphs of their own above the words (a copied page)', () => {
  const blocks = (text: string) =>
    formatTranscript(text).blocks.map((b) => `${b.type}:${b.speaker ?? '-'}: ${b.text}`);

  it('a name that comes back, alone above each turn, is that turn’s speaker', () => {
    expect(
      blocks(
        'Jane Doe\n\nThanks for having me.\n\nJohn Roe\n\nWhen will the bridge reopen?\n\nJane Doe\n\nFriday, we hope.',
      ),
    ).toEqual([
      'speech:jane-doe: Thanks for having me.',
      'speech:john-roe: When will the bridge reopen?',
      'speech:jane-doe: Friday, we hope.',
    ]);
  });

  it('names that never come back (profiles, a byline) stay text', () => {
    expect(
      blocks(
        'Jane Doe\n\nJane is the mayor.\n\nJohn Roe\n\nJohn runs the works depot.\n\nAna Ruiz\n\nAna chairs the board.',
      ).every((b) => b.startsWith('narration') || b.startsWith('headline')),
    ).toBe(true);
  });
});

describe('speaker ids in the scripts of India keep their vowel signs', () => {
  it('श्रीमती कविता देवी is one id of her whole name, each letter with its sign', () => {
    const doc = formatTranscript(
      'श्रीमती कविता देवी: धन्यवाद अध्यक्ष महोदय।\n\nश्री राहुल शर्मा: मैं सहमत हूँ।\n\nश्रीमती कविता देवी: धन्यवाद।',
    );
    expect(doc.speakers.map((s) => s.id)).toEqual(['श्रीमती-कविता-देवी', 'श्री-राहुल-शर्मा']);
    expect(doc.blocks.map((b) => b.speaker)).toEqual([
      'श्रीमती-कविता-देवी',
      'श्री-राहुल-शर्मा',
      'श्रीमती-कविता-देवी',
    ]);
  });
});
