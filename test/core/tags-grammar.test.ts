/**
 * The speaker-tag grammar through the whole pipeline, per transcript convention: for each, tags
 * written in that convention (GOOD) must give the right speaker, block type, text and delivery,
 * and lines that only look like tags (BAD) must stay text with no speaker.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument, Speaker } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';

/** A block as the tests read it: who speaks (name, else `(role)`), type, text and delivery. */
interface Turn {
  who: string | null;
  type: string;
  text: string;
  delivery: string | null;
  translated: boolean;
  timestampMs: number | null;
}

function who(speaker: Speaker | undefined): string | null {
  if (!speaker) return null;
  return speaker.name ?? `(${speaker.role})`;
}

function turnsOf(doc: ScriptDocument): Turn[] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s]));
  return doc.blocks.map((b) => ({
    who: b.speaker ? who(byId.get(b.speaker)) : null,
    type: b.type,
    text: b.text,
    delivery: b.delivery,
    translated: b.translated,
    timestampMs: b.timestampMs,
  }));
}

/** Straight quotes and apostrophes, so expectations need not spell the typography. */
function plain(text: string): string {
  return text.replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'");
}

type Expected = Partial<Turn> & { who: string | null; text: string };

/** Checks the first turns of the document, field by field where the case gives the field. */
function expectTurns(input: string, expected: readonly Expected[]): ScriptDocument {
  const doc = formatTranscript(input);
  const turns = turnsOf(doc);
  expected.forEach((want, i) => {
    const got = turns[i];
    expect(got, `turn ${i + 1} of ${JSON.stringify(input.slice(0, 40))}`).toBeDefined();
    if (!got) return;
    expect(got.who, `who, turn ${i + 1}`).toBe(want.who);
    expect(plain(got.text), `text, turn ${i + 1}`).toBe(want.text);
    expect(got.type, `type, turn ${i + 1}`).toBe(want.type ?? 'speech');
    expect(got.delivery, `delivery, turn ${i + 1}`).toBe(want.delivery ?? null);
    expect(got.translated, `translated, turn ${i + 1}`).toBe(want.translated ?? false);
    if (want.timestampMs !== undefined) expect(got.timestampMs).toBe(want.timestampMs);
  });
  expect(turns).toHaveLength(expected.length);
  // A tag never leaves a colon or a delivery note at the start of a block.
  for (const t of turns) expect(t.text).not.toMatch(/^[:(]/);
  return doc;
}

/** A BAD case: every line stays text, with no speaker and nothing but the words as written. */
function expectNoTag(input: string): void {
  const doc = formatTranscript(input);
  expect(doc.speakers, input).toEqual([]);
  expect(doc.blocks.every((b) => b.type !== 'speech' && b.delivery === null)).toBe(true);
  const words = (t: string) => plain(t).split(/\s+/).filter(Boolean);
  expect(doc.blocks.flatMap((b) => words(b.text))).toEqual(words(input));
}

describe('CNN', () => {
  it.each([
    [
      'SMITH (voice-over): By late afternoon, the water had reached the square.',
      'Smith',
      'voice-over',
    ],
    ['JONES (on camera): We are standing outside the courthouse.', 'Jones', 'on-camera'],
    ['COOPER (voice over): The convoy left at dawn.', 'Cooper', 'voice-over'],
    ['BLITZER (VO): Officials say the count resumes today.', 'Blitzer', 'voice-over'],
    ['GUPTA (off camera): Can you hear the sirens?', 'Gupta', 'off-camera'],
    ['WARD (via telephone): The line keeps dropping here.', 'Ward', 'via-telephone'],
    ['SANCHEZ (on tape): We knew it was coming.', 'Sanchez', 'on-tape'],
    ['OKAFOR (SOT): Nobody warned us.', 'Okafor', 'sot'],
  ])('GOOD: %s', (input, name, delivery) => {
    const text = input.slice(input.indexOf(':') + 2);
    expectTurns(input, [{ who: name, text, delivery }]);
  });

  it('GOOD: a tag with title and (through translator) is a translated bite', () => {
    const doc = expectTurns(
      'LEE, MAYOR (through translator): We will rebuild every house.\n\nKIM (voice-over): The mayor spoke at noon.',
      [
        {
          who: 'Lee',
          text: 'We will rebuild every house.',
          delivery: 'through-translator',
          translated: true,
        },
        { who: 'Kim', text: 'The mayor spoke at noon.', delivery: 'voice-over' },
      ],
    );
    expect(doc.speakers[0]?.title).toBe('MAYOR');
    expect(doc.blocks.some((b) => b.type === 'direction')).toBe(false);
  });

  it('GOOD: a tag alone on its line with a delivery note, and the turn going on below', () => {
    expectTurns('SMITH (voice-over):\nBy late afternoon, the crowds had gone.\n\nThen it rained.', [
      { who: 'Smith', text: 'By late afternoon, the crowds had gone.', delivery: 'voice-over' },
      { who: 'Smith', text: 'Then it rained.', delivery: 'voice-over' },
    ]);
  });

  it('GOOD: ranks are the title, spelled out, with the party after them', () => {
    const doc = expectTurns(
      'SEN. JANE DOE (D-NY): Thanks for having me.\n\nGOV. MARK RUIZ (R), TEXAS: Texas has spent billions.\n\nDOE: We go back.',
      [
        { who: 'Jane Doe', text: 'Thanks for having me.' },
        { who: 'Mark Ruiz', text: 'Texas has spent billions.' },
        { who: 'Jane Doe', text: 'We go back.' },
      ],
    );
    expect(doc.speakers.map((sp) => sp.title)).toEqual(['Senator (D-NY)', 'Governor (R), TEXAS']);
  });

  it.each([
    'BREAKING: Fire in the city centre.',
    'UPDATE: The figures were revised this morning.',
    "EDITOR'S NOTE: This story has been updated.",
    'JONES said: "We will see."',
    'PARIS (Reuters): French police said on Monday they had made two arrests.',
  ])('BAD: %s', (input) => expectNoTag(input));
});

describe('NPR', () => {
  it('GOOD: NAME, HOST and BYLINE titles, surnames later, numbered unidentified voices', () => {
    const doc = expectTurns(
      [
        'STEVE INSKEEP, HOST: Good morning.',
        'MARY LOUISE KELLY, BYLINE: The storm hit at dawn.',
        'UNIDENTIFIED PERSON #1: Get inside!',
        'UNIDENTIFIED PERSON #2: I heard nothing.',
        'KELLY: That was last year.',
        'INSKEEP: Mary Louise Kelly reporting.',
      ].join('\n\n'),
      [
        { who: 'Steve Inskeep', text: 'Good morning.' },
        { who: 'Mary Louise Kelly', text: 'The storm hit at dawn.' },
        { who: '(unidentified person #1)', text: 'Get inside!' },
        { who: '(unidentified person #2)', text: 'I heard nothing.' },
        { who: 'Mary Louise Kelly', text: 'That was last year.' },
        { who: 'Steve Inskeep', text: 'Mary Louise Kelly reporting.' },
      ],
    );
    expect(doc.speakers.map((s) => s.title)).toEqual(['HOST', 'BYLINE', null, null]);
  });

  it('GOOD: older style: Mr. NAME (Title), and a surname tag takes the host introduced earlier', () => {
    const doc = expectTurns(
      [
        "This is TALK OF THE NATION. I'm Neal Carver in Washington.",
        'Mr. TOMAS HERRERA (Agronomist, Kansas State University): Thanks, Neal.',
        'CARVER: How bad is it?',
        'Mr. HERRERA: Bad.',
      ].join('\n\n'),
      [
        {
          who: null,
          type: 'narration',
          text: "This is TALK OF THE NATION. I'm Neal Carver in Washington.",
        },
        { who: 'Mr. Tomas Herrera', text: 'Thanks, Neal.' },
        { who: 'Neal Carver', text: 'How bad is it?' },
        { who: 'Mr. Tomas Herrera', text: 'Bad.' },
      ],
    );
    expect(doc.speakers[0]?.title).toBe('Agronomist, Kansas State University');
  });

  it.each([
    'Copyright 2024 NPR. All rights reserved.',
    'Heard on Morning Edition: The Week in Review',
  ])('BAD: %s', (input) => expectNoTag(input));
});

describe('Fox News / MSNBC', () => {
  it('GOOD: anchors with outlet titles, unnamed voices, a president by office and name', () => {
    const doc = expectTurns(
      [
        'BRET BAIER, FOX NEWS ANCHOR: Good evening.',
        'UNIDENTIFIED MALE: Get back!',
        'UNIDENTIFIED FEMALE: Over here!',
        'PRESIDENT JOE BIDEN: We will not back down.',
        'RACHEL MADDOW, MSNBC HOST: Thanks for joining us.',
        'BAIER: The president there.',
      ].join('\n\n'),
      [
        { who: 'Bret Baier', text: 'Good evening.' },
        { who: '(unidentified male)', text: 'Get back!' },
        { who: '(unidentified female)', text: 'Over here!' },
        { who: 'Joe Biden', text: 'We will not back down.' },
        { who: 'Rachel Maddow', text: 'Thanks for joining us.' },
        { who: 'Bret Baier', text: 'The president there.' },
      ],
    );
    expect(doc.speakers.find((s) => s.name === 'Joe Biden')?.title).toBe('President');
  });

  it.each(['DEVELOPING: Storm Heads North', 'FOX NEWS ALERT: Polls close at 7:00 p.m.'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('BBC', () => {
  it('GOOD: role words for presenter, reporter and interviewer', () => {
    expectTurns(
      'Presenter: Good evening.\n\nReporter: The bridge has reopened.\n\nInterviewer: Why now?',
      [
        { who: '(presenter)', text: 'Good evening.' },
        { who: '(reporter)', text: 'The bridge has reopened.' },
        { who: '(interviewer)', text: 'Why now?' },
      ],
    );
  });

  it('GOOD: a reporter who names themself takes the name and keeps the role', () => {
    const doc = expectTurns(
      "Reporter: This is Jane Doe reporting from Kyiv.\n\nPresenter: Thank you.\n\nReporter: It's quiet now.",
      [
        { who: 'Jane Doe', text: 'This is Jane Doe reporting from Kyiv.' },
        { who: '(presenter)', text: 'Thank you.' },
        { who: 'Jane Doe', text: "It's quiet now." },
      ],
    );
    expect(doc.speakers[0]).toMatchObject({ name: 'Jane Doe', role: 'reporter' });
    expect(doc.messages.some((m) => m.ruleId === 'speaker-named' && m.line === 1)).toBe(true);
  });

  it.each([
    'Health Care: What Comes Next',
    'Politics live: Ministers face questions',
    'Mayor: Budget Cuts Ahead',
  ])('BAD: %s', (input) => expectNoTag(input));
});

describe('White House', () => {
  it('GOOD: THE PRESIDENT, Q and two spaces, MS. NAME', () => {
    expectTurns(
      'THE PRESIDENT: Thank you all.\n\nQ    Mr. President, on tariffs?\n\nMS. JEAN-PIERRE: Next question.',
      [
        { who: '(president)', text: 'Thank you all.' },
        { who: '(reporter)', text: 'Mr. President, on tariffs?' },
        { who: 'Ms. Jean-Pierre', text: 'Next question.' },
      ],
    );
  });

  it.each(['12:45 P.M. EDT', 'At 10:30 the briefing resumed.', 'END 1:15 P.M. EDT'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('State Department', () => {
  it('GOOD: MR PRICE without a full stop, QUESTION, MODERATOR, SECRETARY NAME', () => {
    const doc = expectTurns(
      'MR PRICE: Good afternoon.\n\nQUESTION: On Iran?\n\nMODERATOR: Go ahead.\n\nSECRETARY BLINKEN: Thank you.',
      [
        { who: 'Mr Price', text: 'Good afternoon.' },
        { who: '(reporter)', text: 'On Iran?' },
        { who: '(moderator)', text: 'Go ahead.' },
        { who: 'Blinken', text: 'Thank you.' },
      ],
    );
    expect(doc.speakers.find((s) => s.name === 'Blinken')?.title).toBe('Secretary');
  });

  it.each(['He said: "We will not move."', 'The secretary said: "No deal."'])('BAD: %s', (input) =>
    expectNoTag(input),
  );
});

describe('Kremlin (English and Russian)', () => {
  it('GOOD: title before the name, then the name alone, one speaker', () => {
    const doc = expectTurns(
      'President of Russia Vladimir Putin: Good afternoon.\n\nDmitry Peskov: Thank you.\n\nVladimir Putin: You are welcome.',
      [
        { who: 'Vladimir Putin', text: 'Good afternoon.' },
        { who: 'Dmitry Peskov', text: 'Thank you.' },
        { who: 'Vladimir Putin', text: 'You are welcome.' },
      ],
    );
    expect(doc.speakers[0]?.title).toBe('President of Russia');
  });

  it('GOOD: (retranslated) and (как переведено) mark a translated turn', () => {
    expectTurns(
      'President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Thank you, Mr President.\n\nК.Токаев (как переведено): Благодарю.',
      [
        { who: 'Ukhnaagiin Khurelsukh', text: 'Thank you, Mr President.', translated: true },
        { who: 'К.Токаев', text: 'Благодарю.', translated: true },
      ],
    );
  });

  it('GOOD: Russian role words are roles; a host who names themself takes the name', () => {
    const doc = expectTurns(
      [
        'Ведущий: Добрый вечер. Я — Дмитрий Борисов.',
        'Корреспондент: В Москве тепло.',
        'Вопрос: Когда?',
        'В.Путин: Завтра.',
        'Реплика: Это неправда!',
        'Голос: Тише!',
        'Диктор: Московское время десять часов.',
      ].join('\n\n'),
      [
        { who: 'Дмитрий Борисов', text: 'Добрый вечер. Я — Дмитрий Борисов.' },
        { who: '(correspondent)', text: 'В Москве тепло.' },
        { who: '(reporter)', text: 'Когда?' },
        { who: 'В.Путин', text: 'Завтра.' },
        { who: '(audience member)', text: 'Это неправда!' },
        { who: '(voice)', text: 'Тише!' },
        { who: '(announcer)', text: 'Московское время десять часов.' },
      ],
    );
    expect(doc.speakers[0]).toMatchObject({ name: 'Дмитрий Борисов', role: 'host' });
  });

  it.each(['Президент сказал: "да".', 'Тема дня: цены растут.'])('BAD: %s', (input) =>
    expectNoTag(input),
  );
});

describe('Hansard', () => {
  it('GOOD: the office and its holder are one speaker wherever either recurs', () => {
    const doc = expectTurns(
      [
        'The Secretary of State for Health (Sam Patel): I beg to move that the Bill be now read a second time.',
        'John Roe (Northfield) (Con): Will the Secretary of State give way?',
        'The Secretary of State for Health: I will not.',
        'Hon. Members: Hear, hear!',
        'Sam Patel: As I said, no.',
        'The Prime Minister: I thank my hon. Friend.',
        'Mr Speaker: Order.',
      ].join('\n\n'),
      [
        {
          who: 'Sam Patel',
          text: 'I beg to move that the Bill be now read a second time.',
        },
        { who: 'John Roe', text: 'Will the Secretary of State give way?' },
        { who: 'Sam Patel', text: 'I will not.' },
        { who: '(hon. members)', text: 'Hear, hear!' },
        { who: 'Sam Patel', text: 'As I said, no.' },
        { who: '(prime minister)', text: 'I thank my hon. Friend.' },
        { who: '(speaker)', text: 'Order.' },
      ],
    );
    const patel = doc.speakers.filter((s) => s.name === 'Sam Patel');
    expect(patel).toHaveLength(1);
    expect(patel[0]?.title).toBe('Secretary of State for Health');
    expect(doc.speakers.find((s) => s.name === 'John Roe')?.title).toBe('Northfield (Con)');
  });

  it('GOOD: an office named first and its holder named later are one speaker', () => {
    const doc = formatTranscript(
      'The Prime Minister: First.\n\nThe Prime Minister (Jane Roe): Second.\n\nJane Roe: Third.',
    );
    expect(doc.speakers).toHaveLength(1);
    expect(doc.speakers[0]).toMatchObject({ name: 'Jane Roe', title: 'Prime Minister' });
    expect(new Set(doc.blocks.map((b) => b.speaker)).size).toBe(1);
  });

  it.each([
    'Budget: Statement',
    'Health and Social Care: Waiting Lists',
    'Oral Answers to Questions',
  ])('BAD: %s', (input) => expectNoTag(input));

  it('GOOD: Lords: office and holder with a comma, peers, Noble Lords', () => {
    const doc = expectTurns(
      [
        'The Parliamentary Under-Secretary of State, Department for Transport (Lord Kenning) (Lab): My Lords, some routes have gone.',
        'Lord Ashby of Fenwick (Con): My Lords, how much will reach councils?',
        'Noble Lords: Oh!',
        'Lord Kenning: All of it.',
      ].join('\n\n'),
      [
        { who: 'Lord Kenning', text: 'My Lords, some routes have gone.' },
        { who: 'Lord Ashby of Fenwick', text: 'My Lords, how much will reach councils?' },
        { who: '(noble lords)', text: 'Oh!' },
        { who: 'Lord Kenning', text: 'All of it.' },
      ],
    );
    expect(doc.speakers[0]?.title).toBe(
      'Parliamentary Under-Secretary of State, Department for Transport (Lab)',
    );
  });

  it('BAD: a heading between turns ends the turn and is not read', () => {
    expectTurns(
      'The Secretary of State for Health: I would be delighted to.\n\nBudget: Statement\n\nMr Speaker: We now come to the statement.',
      [
        { who: '(secretary of state for health)', text: 'I would be delighted to.' },
        { who: null, type: 'headline', text: 'Budget: Statement' },
        { who: '(speaker)', text: 'We now come to the statement.' },
      ],
    );
  });

  it('BAD: a heading line is no tag, and the tag below it is one', () => {
    expectTurns(
      'Budget: Statement\n\nThe Chancellor of the Exchequer (Rachel Reeves): I rise to present the Budget.',
      [
        { who: null, type: 'narration', text: 'Budget: Statement' },
        { who: 'Rachel Reeves', text: 'I rise to present the Budget.' },
      ],
    );
  });
});

describe('UN verbatim records', () => {
  it('GOOD: country and language notes; The President is the chair', () => {
    const doc = expectTurns(
      'The President: I give the floor to the representative of the Russian Federation.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): We thank the presidency.',
      [
        {
          who: '(president)',
          text: 'I give the floor to the representative of the Russian Federation.',
        },
        { who: 'Mr. Nebenzia', text: 'We thank the presidency.', translated: true },
      ],
    );
    expect(doc.speakers[1]?.title).toBe('Russian Federation');
  });

  it.each([
    'The meeting was called to order at 10:05 a.m.',
    'Agenda item 4: The situation in the Middle East',
  ])('BAD: %s', (input) => expectNoTag(input));
});

describe('Supreme Court oral arguments', () => {
  it('GOOD: CHIEF JUSTICE NAME and JUSTICE NAME carry the office; MR. NAME is counsel', () => {
    const doc = expectTurns(
      "CHIEF JUSTICE ROBERTS: We'll hear argument first this morning.\n\nMR. SMITH: Mr. Chief Justice, and may it please the Court.\n\nJUSTICE KAGAN: Mr. Smith, what about the statute?",
      [
        { who: 'Roberts', text: "We'll hear argument first this morning." },
        { who: 'Mr. Smith', text: 'Mr. Chief Justice, and may it please the Court.' },
        { who: 'Kagan', text: 'Mr. Smith, what about the statute?' },
      ],
    );
    expect(doc.speakers.map((s) => s.title)).toEqual(['Chief Justice', null, 'Justice']);
  });

  it.each(['ORAL ARGUMENT OF JOHN SMITH ON BEHALF OF THE PETITIONER', 'Argued: October 4, 2023'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('VOA Special English', () => {
  it('GOOD: VOICE ONE and VOICE TWO are roles that take the names they give', () => {
    const doc = expectTurns(
      "VOICE ONE: I'm Steve Ember.\n\nVOICE TWO: And I'm Faith Lapidus. Today we tell about a river.\n\nVOICE ONE: The river is long.",
      [
        { who: 'Steve Ember', text: "I'm Steve Ember." },
        { who: 'Faith Lapidus', text: "And I'm Faith Lapidus. Today we tell about a river." },
        { who: 'Steve Ember', text: 'The river is long.' },
      ],
    );
    expect(doc.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Steve Ember', 'voice one'],
      ['Faith Lapidus', 'voice two'],
    ]);
  });

  it('GOOD: a voice that never names itself is a role, never a person named "Voice One"', () => {
    const doc = formatTranscript("VOICE ONE: Welcome.\n\nVOICE ONE: I'm sorry about that.");
    expect(doc.speakers).toEqual([
      { id: 'voice-one', name: null, title: null, role: 'voice one', aliases: ['VOICE ONE'] },
    ]);
  });

  it.each(['This is America: A Special English Program', 'Voice of America: Our Story'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('Rev', () => {
  it('GOOD: Name (time): with the text on the line or below it', () => {
    expectTurns('Speaker 1 (00:01:23): Hello there.\n\nJane Doe (01:05):\nWelcome back.', [
      { who: 'Speaker 1', text: 'Hello there.', timestampMs: 83_000 },
      { who: 'Jane Doe', text: 'Welcome back.', timestampMs: 65_000 },
    ]);
  });

  it('GOOD: Name: (time) alone on its line, the text below', () => {
    expectTurns(
      'Marisol Vega: (00:00:00)\nThe chair recognizes Owen Brandt.\n\nOwen Brandt: (00:00:04)\nThank you.',
      [
        { who: 'Marisol Vega', text: 'The chair recognizes Owen Brandt.', timestampMs: 0 },
        { who: 'Owen Brandt', text: 'Thank you.', timestampMs: 4000 },
      ],
    );
  });

  it.each(['Note: The audio was unclear.', 'There is one thing to remember: the vote is today.'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('Otter', () => {
  it('GOOD: Name and time alone on a line, the text below', () => {
    const doc = expectTurns(
      'Jane Doe  0:01\nHello everyone, welcome to the show.\n\nJohn Smith  0:05\nThanks for having me.\n\nJane Doe  1:02:03\nGoodbye.',
      [
        { who: 'Jane Doe', text: 'Hello everyone, welcome to the show.', timestampMs: 1000 },
        { who: 'John Smith', text: 'Thanks for having me.', timestampMs: 5000 },
        { who: 'Jane Doe', text: 'Goodbye.', timestampMs: 3_723_000 },
      ],
    );
    expect(doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.line)).toEqual([
      1, 4, 7,
    ]);
  });

  it.each(['Transcribed by https://otter.ai', 'Meeting started 10:30'])('BAD: %s', (input) =>
    expectNoTag(input),
  );
});

describe('Descript and Trint', () => {
  it('GOOD: [time] Name alone on a line, and Name time', () => {
    expectTurns(
      '[00:00:03] Jane Doe\nHello everyone.\n\n[00:00:09] John Smith\nThank you.\n\nJane Doe 00:01:23\nWe begin.',
      [
        { who: 'Jane Doe', text: 'Hello everyone.', timestampMs: 3000 },
        { who: 'John Smith', text: 'Thank you.', timestampMs: 9000 },
        { who: 'Jane Doe', text: 'We begin.', timestampMs: 83_000 },
      ],
    );
  });

  it('GOOD: Name: [time] text (Descript) and Name [time] text (Trint)', () => {
    const doc = expectTurns(
      'Sam Ortiz: [00:00:05] My guest runs a newsroom.\n\nMayor Lucía Ferrer [00:00:11] I am sorry about that.\n\nCaller [00:00:17] Thank you.',
      [
        { who: 'Sam Ortiz', text: 'My guest runs a newsroom.', timestampMs: 5000 },
        { who: 'Lucía Ferrer', text: 'I am sorry about that.', timestampMs: 11_000 },
        { who: '(caller)', text: 'Thank you.', timestampMs: 17_000 },
      ],
    );
    expect(doc.speakers[1]?.title).toBe('Mayor');
  });

  it.each(['Chapter 2 00:01:23'])('BAD: %s', (input) => expectNoTag(input));

  it('BAD: [00:00:03] the music fades: no tag; the time opening it is an anchor, kept in a message', () => {
    const doc = formatTranscript('[00:00:03] the music fades');
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([['narration', 'the music fades']]);
    expect(doc.messages.find((m) => m.ruleId === 'time-anchor')?.actual).toBe('[00:00:03]');
  });
});

describe('German, French and Spanish role words', () => {
  it.each([
    ['Moderatorin: Willkommen.', '(moderator)'],
    ['Frage: Wie geht es weiter?', '(reporter)'],
    ['Sprecher: Die Nachrichten.', '(announcer)'],
    ['Journaliste: Bonsoir.', '(reporter)'],
    ['Question: Pourquoi?', '(reporter)'],
    ['Animateur: Merci.', '(host)'],
    ['Présentatrice: Bonsoir à tous.', '(anchor)'],
    ['Periodista: Buenas tardes.', '(reporter)'],
    ['Pregunta: ¿Cuándo?', '(reporter)'],
    ['Presentador: Buenas noches.', '(anchor)'],
    ['ENVOYÉ SPÉCIAL: Nous sommes à Kiev.', '(correspondent)'],
    ['ENTREVISTADO: Porque sí.', '(interviewee)'],
    ['Intervistata: Sì, certo.', '(interviewee)'],
  ])('GOOD: %s', (input, role) => {
    expectTurns(input, [{ who: role, text: input.slice(input.indexOf(':') + 2) }]);
  });

  it.each([
    ['Sprecher 1: Guten Abend.\n\nSprecher 2: Danke.', 'Sprecher 1', 'Sprecher 2'],
    ['Spreker 1: Goedenavond.\n\nSpreker 2: Dank u.', 'Spreker 1', 'Spreker 2'],
    ['Intervenant 1 : Bonsoir.\n\nIntervenant 2 : Merci.', 'Intervenant 1', 'Intervenant 2'],
    ['Hablante 1: Buenas noches.\n\nHablante 2: Gracias.', 'Hablante 1', 'Hablante 2'],
    ['Locutor 1: Boa noite.\n\nLocutora 2: Obrigada.', 'Locutor 1', 'Locutora 2'],
    ['Parlante 1: Buonasera.\n\nParlante 2: Grazie.', 'Parlante 1', 'Parlante 2'],
    ['Talare 1: God kväll.\n\nTalare 2: Tack.', 'Talare 1', 'Talare 2'],
    ['Mówca 1: Dobry wieczór.\n\nMówca 2: Dziękuję.', 'Mówca 1', 'Mówca 2'],
    ['참석자 1: 안녕하세요.\n\n참석자 2: 감사합니다.', '참석자 1', '참석자 2'],
  ])('GOOD: a service’s numbered label in the export’s language: %s', (input, first, second) => {
    const doc = formatTranscript(input);
    expect(doc.speakers.map((s) => [s.name, s.role])).toEqual([
      [first, null],
      [second, null],
    ]);
    expect(doc.blocks.every((b) => b.type === 'speech')).toBe(true);
  });

  it('GOOD: a numbered label written as one word (Sonix `Speaker1:`), beside a name', () => {
    const doc = formatTranscript(
      'Speaker1: [00:00:00] Welcome to the show.\n\nJane Doe: [00:00:05] Thanks for having me.\n\n' +
        'Speaker1: [00:00:08] Let’s start with the numbers.\n\nSpeaker2: [00:00:11] Go on.',
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Speaker1', 'Jane Doe', 'Speaker2']);
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', 'Welcome to the show.'],
      ['speech', 'Thanks for having me.'],
      ['speech', 'Let’s start with the numbers.'],
      ['speech', 'Go on.'],
    ]);
    // A word with a number that is no service's label stays in the words.
    const other = formatTranscript('Covid19: the figures rose again this week.');
    expect(other.speakers).toEqual([]);
    expect(other.blocks[0]?.text).toBe('Covid19: the figures rose again this week.');
  });

  it('GOOD: Turkish and Vietnamese role words in capitals (`SPİKER`, `MUHABİR`, `NGƯỜI DẪN`)', () => {
    expectTurns('SPİKER: İyi akşamlar.\n\nMUHABİR: Sular yükseldi.', [
      { who: '(announcer)', text: 'İyi akşamlar.' },
      { who: '(reporter)', text: 'Sular yükseldi.' },
    ]);
    expectTurns('NGƯỜI DẪN: Chào buổi tối.\n\nPHÓNG VIÊN: Nước dâng cao.', [
      { who: '(host)', text: 'Chào buổi tối.' },
      { who: '(reporter)', text: 'Nước dâng cao.' },
    ]);
  });

  it('GOOD: a research interview’s letters (`I:` the interviewer, `R:` or `IE:` the one answering)', () => {
    expectTurns('I: When did the water rise?\n\nR: Around midnight.', [
      { who: '(interviewer)', text: 'When did the water rise?' },
      { who: '(respondent)', text: 'Around midnight.' },
    ]);
    expectTurns('I: When did the water rise?\n\nIE: Around midnight.', [
      { who: '(interviewer)', text: 'When did the water rise?' },
      { who: '(interviewee)', text: 'Around midnight.' },
    ]);
  });

  it('GOOD: a name and its time with a dash between, alone over the words (meeting recorders)', () => {
    expectTurns('Jane Doe - 00:00\nGood morning.\n\nJohn Roe - 00:12\nThanks, Jane.', [
      { who: 'Jane Doe', text: 'Good morning.', timestampMs: 0 },
      { who: 'John Roe', text: 'Thanks, Jane.', timestampMs: 12_000 },
    ]);
    const doc = expectTurns(
      '0:00 - Jane Doe\n  Good morning.\n\n0:12 - John Roe (Acme Council)\n  Thanks.',
      [
        { who: 'Jane Doe', text: 'Good morning.', timestampMs: 0 },
        { who: 'John Roe', text: 'Thanks.', timestampMs: 12_000 },
      ],
    );
    expect(doc.speakers[1]?.title).toBe('Acme Council');
  });

  it('BAD: an agenda’s `09:00 - Welcome`, a match report’s `Smith - 45:12` are no speakers', () => {
    expectNoTag('Agenda\n\n09:00 - Welcome\n\n09:15 - Budget report\n\n10:00 - Public questions');
    expectNoTag('Goals\n\nSmith - 45:12\n\nJones - 67:30\n\nThe crowd went home happy.');
    expectNoTag('Agenda\n\n09:00 Welcome\n\n09:15 Budget report\n\n10:00 Public questions');
  });

  it('GOOD: released emergency calls and body-camera transcripts (DISPATCHER, CALLER, OFFICER 1, SUBJECT)', () => {
    expectTurns('DISPATCHER: 911, what is the address?\n\nCALLER: 412 Elm Street.', [
      { who: '(dispatcher)', text: '911, what is the address?' },
      { who: '(caller)', text: '412 Elm Street.' },
    ]);
    expectTurns(
      'OFFICER 1: Show me your hands.\n\nSUBJECT: They are up, they are up.\n\nOFFICER 2: Step out.',
      [
        { who: '(officer #1)', text: 'Show me your hands.' },
        { who: '(subject)', text: 'They are up, they are up.' },
        { who: '(officer #2)', text: 'Step out.' },
      ],
    );
  });

  it('BAD: an e-mail’s `Subject:` line is no speaker', () => {
    const doc = formatTranscript(
      'From: Jane Doe\nSubject: Flood update, north side\n\nThe river rose.',
    );
    expect(doc.speakers).toEqual([]);
  });

  it('GOOD: a print interview as dialogue, each turn opening with a dash (Russian, Spanish)', () => {
    expectTurns(
      '— Когда вы поняли?\n\n— Около полуночи.\n\n— Хватило ли сил?\n\n— Нет. Мы попросили ещё два насоса.',
      [
        { who: '(reporter)', text: 'Когда вы поняли?' },
        { who: '(answer)', text: 'Около полуночи.' },
        { who: '(reporter)', text: 'Хватило ли сил?' },
        { who: '(answer)', text: 'Нет. Мы попросили ещё два насоса.' },
      ],
    );
    expectTurns('—¿Cuándo lo supo?\n\n—A las once.\n\n—¿Faltaron medios?\n\n—Sí.', [
      { who: '(reporter)', text: '¿Cuándo lo supo?' },
      { who: '(answer)', text: 'A las once.' },
      { who: '(reporter)', text: '¿Faltaron medios?' },
      { who: '(answer)', text: 'Sí.' },
    ]);
  });

  it('BAD: dashes that do not alternate questions and answers (a story’s dialogue, a list) stay text', () => {
    expectNoTag(
      '— Я не знаю, — сказал он.\n\n— Тогда иди, — ответила она.\n\n— Хорошо.\n\n— Иди же.',
    );
    expectNoTag('— bread\n\n— milk\n\n— eggs\n\n— flour');
  });

  it('GOOD: a label line over the words (Speechmatics text: `SPEAKER: S1`, `SPEAKER: UU`)', () => {
    expectTurns(
      'SPEAKER: S1\nGood evening.\n\nSPEAKER: S2\nThanks for having me.\n\nSPEAKER: UU\nHello?',
      [
        { who: 'S1', text: 'Good evening.' },
        { who: 'S2', text: 'Thanks for having me.' },
        { who: '(unidentified)', text: 'Hello?' },
      ],
    );
    // `SPEAKER:` with its words on the line is the Speaker of a house, as before.
    expectTurns('SPEAKER: Order. Order.', [{ who: '(speaker)', text: 'Order. Order.' }]);
  });

  it('GOOD: a service’s codes for voices (`S1:`, `S2:`; `[00:00:05] S1:`; `Spk1:`; `P1:`, `R1:`)', () => {
    expectTurns('S1: Good evening.\n\nS2: Thanks for having me.\n\nS1: How many homes?', [
      { who: 'S1', text: 'Good evening.' },
      { who: 'S2', text: 'Thanks for having me.' },
      { who: 'S1', text: 'How many homes?' },
    ]);
    expectTurns('[00:00:05] S1: Good evening.\n\n[00:00:12] S2: Thanks.', [
      { who: 'S1', text: 'Good evening.', timestampMs: 5000 },
      { who: 'S2', text: 'Thanks.', timestampMs: 12_000 },
    ]);
    expectTurns('P1: We left at midnight.\n\nR1: Why then?', [
      { who: 'P1', text: 'We left at midnight.' },
      { who: 'R1', text: 'Why then?' },
    ]);
  });

  it('BAD: one code alone is a list’s numbering; other letters and numbers are no voices', () => {
    expectNoTag('P1: the first priority is the bridge.');
    expectNoTag('Q1: Revenue rose.\n\nQ2: Revenue fell.');
    expectNoTag('F1: the race.\n\nM4: closed at junction 5.');
  });

  it('BAD: the same word without a number is a script’s role; with a name it is no label', () => {
    expectTurns('Sprecher: Die Nachrichten.', [{ who: '(announcer)', text: 'Die Nachrichten.' }]);
    expectTurns('Locutor: Boa noite.', [{ who: '(announcer)', text: 'Boa noite.' }]);
    expectNoTag('Intervenant 1 et 2 ont voté contre.');
  });

  it('GOOD: a lower-case title after a full name, a space before the colon (French)', () => {
    const doc = expectTurns(
      'Journaliste : Combien de vols ?\n\nClaire Dubois, secrétaire générale du syndicat : Environ 1 200 vols.',
      [
        { who: '(reporter)', text: 'Combien de vols ?' },
        { who: 'Claire Dubois', text: 'Environ 1 200 vols.' },
      ],
    );
    expect(doc.speakers[1]?.title).toBe('secrétaire générale du syndicat');
  });

  it.each([
    'frage: klein geschrieben ist das kein Sprecher.',
    'Pregunta del día: ¿llueve?',
    "Folks, that's the agenda: cuts for working families.",
  ])('BAD: %s', (input) => expectNoTag(input));
});

describe('Nordic, Finnish, Greek, Romanian, Hungarian, Czech, Ukrainian, Turkish, Indonesian, Malay, Vietnamese and Swahili role words', () => {
  it.each([
    ['Ведучий: Добрий вечір.', '(host)'],
    ['Кореспондентка: Сьогодні парламент зібрався.', '(correspondent)'],
    ['Sunucu: İyi akşamlar.', '(host)'],
    ['MUHABIR: Bugün meclis toplandı.', '(reporter)'],
    ['Soru: Neden şimdi?', '(reporter)'],
    ['Cevap: Çünkü bütçe hazır.', '(answer)'],
    ['Pembawa acara: Selamat malam.', '(host)'],
    ['Wartawan: Apa tanggapan Anda?', '(reporter)'],
    ['Jawapan: Kami akan menunggu.', '(answer)'],
    ['Phóng viên: Xin chào quý vị.', '(reporter)'],
    ['Người dẫn chương trình: Kính chào quý vị.', '(host)'],
    ['Mtangazaji: Habari za jioni.', '(host)'],
    ['Programledare: God kväll.', '(host)'],
    ['Vært: God aften.', '(host)'],
    ['Toimittaja: Hyvää iltaa.', '(reporter)'],
    ['ΠΑΡΟΥΣΙΑΣΤΗΣ: Καλησπέρα σας.', '(host)'],
    ['Δημοσιογράφος: Καλησπέρα.', '(reporter)'],
    ['Prezentatoare: Bună seara.', '(host)'],
    ['Műsorvezető: Jó estét.', '(host)'],
    ['Redaktor: Dobrý večer.', '(reporter)'],
  ])('GOOD: %s', (input, role) => {
    expectTurns(input, [{ who: role, text: input.slice(input.indexOf(':') + 2) }]);
  });

  it.each([
    'soru: küçük harfle bir konuşmacı değil.',
    'Soru işareti: cümlenin sonunda durur.',
    'wartawan: huruf kecil bukan pembicara.',
  ])('BAD: %s', (input) => expectNoTag(input));

  it('GOOD: initials stay a person (`PV:` is not read as a Vietnamese reporter)', () => {
    expectTurns('PV: I joined the council in 2019.', [
      { who: 'PV', text: 'I joined the council in 2019.' },
    ]);
  });
});

describe('50,000 speaker tags', () => {
  function word(i: number): string {
    let s = '';
    let n = i;
    do {
      s += String.fromCharCode(97 + (n % 26));
      n = Math.floor(n / 26);
    } while (n > 0);
    // `Z` first: no generated name is a word such as `On` or `Is`.
    return `Z${s}`;
  }
  /** Short tag lines of every kind, most speakers new, many sharing a surname. */
  function tagLines(n: number): string {
    const forms = [
      (w: string) => `Jan${w.toLowerCase()} Doe: Hi.`,
      (w: string) => `${w} DOE (voice-over): Yes.`,
      (w: string) => `The Secretary of State for ${w} (Sam ${w}): No.`,
      (w: string) => `UNIDENTIFIED PERSON #${w.length}: Ok.`,
      (w: string) => `[00:00:03] ${w} Roe\nRight.`,
    ];
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(forms[i % forms.length]?.(word(i)) ?? '');
    return out.join('\n');
  }
  /** CPU time of formatting, the lower of two runs (less sensitive to a loaded machine). */
  function cpuMs(text: string): { ms: number; doc: ScriptDocument } {
    let best = Number.POSITIVE_INFINITY;
    let doc: ScriptDocument | null = null;
    for (let r = 0; r < 2; r++) {
      const start = process.cpuUsage();
      doc = formatTranscript(text);
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return { ms: best, doc: doc as ScriptDocument };
  }

  it('formats in time proportional to size: twice the tags cost less than three times', () => {
    const half = cpuMs(tagLines(25_000));
    const full = cpuMs(tagLines(50_000));
    expect(full.doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(50_000);
    expect(full.doc.speakers.length).toBeGreaterThan(30_000);
    expect(half.doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(25_000);
    expect(full.ms / half.ms).toBeLessThan(3);
  }, 120_000);
});

describe('a first name or surname alone resolves to the one speaker already named', () => {
  const speakerOf = (doc: ReturnType<typeof formatTranscript>, start: string) => {
    const block = doc.blocks.find((b) => b.text.startsWith(start));
    return doc.speakers.find((s) => s.id === block?.speaker)?.name ?? null;
  };

  it('caption tags in capitals: `>> KAREN:` after `>> KAREN WELLS:`', () => {
    const doc = formatTranscript(
      '>> KAREN WELLS: GOOD EVENING.\n\n>> TOM REYES: THE ROAD IS CLOSED.\n\n>> KAREN: THANKS, TOM.\n\n>> REYES: BACK TO YOU.',
    );
    expect(speakerOf(doc, 'THANKS, TOM')).toBe('Karen Wells');
    expect(speakerOf(doc, 'BACK TO YOU')).toBe('Tom Reyes');
    expect(doc.speakers).toHaveLength(2);
  });

  it('a transcript tag: `Priya:` after `Priya Natarajan:`', () => {
    const doc = formatTranscript(
      'Priya Natarajan: Can you hear me?\n\nBen Okafor: Yes.\n\nPriya: Good, let us start.',
    );
    expect(speakerOf(doc, 'Good, let us start')).toBe('Priya Natarajan');
  });

  it('two speakers with that first name: the tag stays its own speaker', () => {
    const doc = formatTranscript(
      'Karen Wells: Good evening.\n\nKaren Diaz: Thanks.\n\nKaren: Back to you.',
    );
    expect(speakerOf(doc, 'Back to you')).toBe('Karen');
    expect(doc.speakers).toHaveLength(3);
  });

  it('a word that is one speaker’s surname wins over another’s first name', () => {
    const doc = formatTranscript(
      'LEBRON JAMES: We played hard.\n\nJAMES WALKER: Next question.\n\nJAMES: I said we played hard.',
    );
    expect(speakerOf(doc, 'I said we played')).toBe('Lebron James');
  });

  it('with an honorific the word is a surname, never a first name', () => {
    const doc = formatTranscript('JAMES WALKER: Next question.\n\nMR. JAMES: I have a question.');
    expect(speakerOf(doc, 'I have a question')).toBe('Mr. James');
  });

  it('initials in capitals (BBC interview transcripts: `LK:` after `LAURA KUENSSBERG:`)', () => {
    const doc = formatTranscript(
      'LAURA KUENSSBERG:\nChancellor, welcome.\n\nHELEN MARSH:\nThank you.\n\nLK:\nWill tax go up?\n\nHM:\nNo.',
    );
    expect(speakerOf(doc, 'Will tax go up')).toBe('Laura Kuenssberg');
    expect(speakerOf(doc, 'No.')).toBe('Helen Marsh');
    expect(doc.speakers).toHaveLength(2);
  });

  it('initials two speakers share, or before any full name, stay their own speaker', () => {
    const shared = formatTranscript(
      'LAURA KUENSSBERG: Welcome.\n\nLISA KENT: Thanks.\n\nLK: Next question.',
    );
    expect(shared.speakers).toHaveLength(3);
    const early = formatTranscript('LK: Welcome.\n\nLAURA KUENSSBERG: Hello.');
    expect(early.speakers).toHaveLength(2);
  });

  it('a first name before the full name is not merged backwards', () => {
    const doc = formatTranscript('KAREN: Hello.\n\nKAREN WELLS: Good evening.');
    expect(speakerOf(doc, 'Hello')).toBe('Karen');
  });
});

describe('an office with a portfolio before a name is one speaker with the name alone', () => {
  it('`Agriculture Minister Oksana Lut:` then `Oksana Lut:`', () => {
    const doc = formatTranscript(
      'Agriculture Minister Oksana Lut: The harvest is in.\n\nVladimir Putin: How much wheat?\n\nOksana Lut: About 88 million tonnes.',
    );
    const lut = doc.speakers.filter((s) => s.name === 'Oksana Lut');
    expect(lut).toHaveLength(1);
    expect(lut[0]?.title).toBe('Agriculture Minister');
    expect(doc.speakers).toHaveLength(2);
  });
});

describe('White House `Q` with its spacing collapsed to one space', () => {
  const roleOf = (doc: ReturnType<typeof formatTranscript>, start: string) => {
    const block = doc.blocks.find((b) => b.text.startsWith(start));
    const speaker = doc.speakers.find((s) => s.id === block?.speaker);
    return speaker ? (speaker.name ?? speaker.role) : null;
  };

  it('two or more `Q ` paragraphs in a briefing with tags are questions', () => {
    const doc = formatTranscript(
      'MR. EARNEST: Good afternoon.\n\nQ Thanks, Josh. On Israel --\n\nMR. EARNEST: Sure.\n\nQ -- the Prime Minister spoke today.\n\nMR. EARNEST: He did.',
    );
    expect(roleOf(doc, 'Thanks, Josh')).toBe('reporter');
    expect(roleOf(doc, '-- the Prime Minister')).toBe('reporter');
    expect(roleOf(doc, 'Sure')).toBe('Mr. Earnest');
    expect(doc.messages.filter((m) => m.ruleId === 'speaker-tag')).toHaveLength(2);
  });

  it('one `Q ` paragraph, prose without tags, or a lower-case word after Q stay text', () => {
    const one = formatTranscript(
      'MR. EARNEST: Good afternoon.\n\nQ Thanks, Josh.\n\nMR. EARNEST: Sure.',
    );
    expect(one.blocks.find((b) => b.text.startsWith('Q Thanks'))).toBeDefined();
    const prose = formatTranscript(
      'Q Branch built the car.\n\nQ Division moved to London in 1962.',
    );
    expect(prose.speakers).toEqual([]);
    const lower = formatTranscript('MR. EARNEST: Hello.\n\nQ is a letter.\n\nQ is also a brand.');
    expect(lower.speakers.map((s) => s.role)).not.toContain('reporter');
  });
});

describe('a guest the host introduces names the next numbered voice', () => {
  const names = (text: string) => {
    const doc = formatTranscript(text);
    return doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name ?? null);
  };

  it('GOOD: "My guest today is …", "Joining me now is Dr. …", "…, welcome to the program."', () => {
    expect(
      names(
        'Speaker 1: The council votes tonight. My guest today is Dolores Quinn, who chairs the transport committee.\n\nSpeaker 2: Thanks for having me.\n\nSpeaker 1: Why now?\n\nSpeaker 2: Because the buses are late.',
      ),
    ).toEqual(['Speaker 1', 'Dolores Quinn', 'Speaker 1', 'Dolores Quinn']);
    expect(names('Speaker 1: Joining me now is Dr. Amir Haddad.\n\nSpeaker 2: Thank you.')).toEqual(
      ['Speaker 1', 'Amir Haddad'],
    );
    expect(
      names(
        'Speaker 1: The vote is tonight. Lena Fischer, welcome to the programme.\n\nSpeaker 2: Hello.',
      ),
    ).toEqual(['Speaker 1', 'Lena Fischer']);
    const doc = formatTranscript('Speaker 1: I’m joined by Tom Reed.\n\nSpeaker 2: Hi.');
    expect(
      doc.messages.filter((m) => m.ruleId === 'speaker-named').map((m) => [m.line, m.reason]),
    ).toEqual([[3, 'Speaker 2 is the guest the turn before introduced, Tom Reed']]);
  });

  it('BAD: a guest of another day, the host’s own next turn, a named speaker, a role', () => {
    expect(names('Speaker 1: My guest last week was Tom Reed.\n\nSpeaker 2: I remember.')).toEqual([
      'Speaker 1',
      'Speaker 2',
    ]);
    // The host goes on speaking: no one else to name.
    expect(
      names('Speaker 1: My guest today is Tom Reed.\n\nSpeaker 1: But first, the weather.'),
    ).toEqual(['Speaker 1', 'Speaker 1']);
    // A speaker the transcript names keeps the name it has.
    expect(names('HOST: My guest today is Tom Reed.\n\nJANE ROE: Thanks.')).toEqual([
      null,
      'Jane Roe',
    ]);
    // The guest who names themself is named by their own words.
    expect(
      names(
        'Speaker 1: My guest today is Tom Reed.\n\nSpeaker 2: Actually, I’m Tom Reid, with an i.',
      ),
    ).toEqual(['Speaker 1', 'Tom Reid']);
  });
});

describe('research and oral-history interviews (initials, Int/Resp)', () => {
  const who = (text: string) => {
    const doc = formatTranscript(text);
    return doc.blocks.map((b) => {
      const s = doc.speakers.find((x) => x.id === b.speaker);
      return s ? (s.name ?? `(${s.role})`) : null;
    });
  };

  it('GOOD: initials stay initials; Int/IV/Interviewer and Resp/Respondent/Interviewee are roles', () => {
    expect(who('JD: When did the water come?\n\nMK: In May, at night.\n\nJD: And then?')).toEqual([
      'JD',
      'MK',
      'JD',
    ]);
    expect(who('Int: When did it start?\n\nResp: In May.\n\nInt: Who told you?')).toEqual([
      '(interviewer)',
      '(respondent)',
      '(interviewer)',
    ]);
    expect(who('INTERVIEWER: When?\n\nINTERVIEWEE: In May.')).toEqual([
      '(interviewer)',
      '(interviewee)',
    ]);
  });

  it('BAD: a short name in capitals is a name, title-cased as before', () => {
    expect(who('LEE: Yes.\n\nBOB: No.')).toEqual(['Lee', 'Bob']);
  });
});

describe('the Oireachtas official report (Dáil and Seanad)', () => {
  const debate = [
    'Seanad Éireann debate - Tuesday, 3 Mar 2026',
    '',
    'Vol. 302 No. 7',
    '',
    'Order of Business',
    '',
    'An Cathaoirleach: I call the Leader of the House.',
    '',
    'Senator Niamh Fallon: I propose the Order of Business as printed.',
    '',
    'Minister of State at the Department of Transport (Deputy Colm Ryder): I thank the Senators.',
    '',
    '(Interruptions).',
    '',
    'Deputy Colm Ryder: The bypass will open in May.',
    '',
    'The Taoiseach: The funding is in place.',
    '',
    'An Tánaiste: And it will stay there.',
    '',
    'Ceisteanna Ó Bhéal - Oral Questions',
    '',
    'Rail Freight',
    '',
    'An Leas-Cheann Comhairle: We move on.',
  ].join('\n');

  it('GOOD: offices with An and The, Deputy and Senator as titles, the holder in parentheses', () => {
    const doc = formatTranscript(debate);
    const ids = new Map(doc.speakers.map((s) => [s.id, s]));
    const at = (line: number) => doc.blocks.find((b) => b.line === line);
    const spk = (line: number) => ids.get(at(line)?.speaker ?? '');
    expect(spk(7)?.role).toBe('cathaoirleach');
    expect(spk(9)?.name).toBe('Niamh Fallon');
    expect(spk(11)?.name).toBe('Colm Ryder');
    expect(spk(11)?.title).toBe('Minister of State at the Department of Transport');
    // `Deputy Colm Ryder:` later is the same speaker as the Minister of State.
    expect(at(15)?.speaker).toBe(at(11)?.speaker);
    expect(spk(17)?.role).toBe('taoiseach');
    expect(spk(19)?.role).toBe('tánaiste');
    expect(spk(25)?.role).toBe('leas-cheann comhairle');
    expect(at(13)?.type).toBe('direction');
    // The header is notes, the first heading the title, the headings after a turn headlines.
    expect(at(1)?.type).toBe('note');
    expect(at(3)?.type).toBe('note');
    expect(doc.title).toBe('Order of Business');
    expect(at(21)?.type).toBe('headline');
    expect(at(23)?.type).toBe('headline');
  });

  it('BAD: a sentence with a dash, a deputy in prose and an article before no office stay text', () => {
    const doc = formatTranscript(
      [
        'Deputy Colm Ryder: The bypass will open.',
        '',
        'The vote was close - very close.',
        '',
        'An Officer of the Day said it was quiet: nothing else.',
        '',
        'The deputy said: "Not yet."',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type === 'headline')).toEqual([]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['Colm Ryder']);
  });

  it('BAD: timecodes around a dash and a dated line of another parliament are no heading or note', () => {
    const doc = formatTranscript(
      'Dáil Éireann debated the bill on Tuesday.\n\nVol. 3 of the report is out.\n\nThanks - Bye',
    );
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
  });
});

describe('chat messages pasted from Slack (`Name  10:15 AM` over each message)', () => {
  const chat = [
    'Yesterday',
    '',
    'Omar Haddad  4:58 PM',
    'Printers are down on the third floor.',
    '',
    'Jess Lindqvist  5:03 PM',
    'Use the one by the sports desk.',
    '2 replies',
    '',
    'Today',
    '',
    'Omar Haddad  7:41 AM',
    'Fixed overnight.',
  ].join('\n');

  it('GOOD: each message is a turn of its author, the clock time its anchor; dividers and thread counts are notes', () => {
    const doc = formatTranscript(chat);
    const byId = new Map(doc.speakers.map((s) => [s.id, s.name]));
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => [byId.get(b.speaker ?? ''), b.text, b.timestampMs])).toEqual([
      ['Omar Haddad', 'Printers are down on the third floor.', (16 * 60 + 58) * 60_000],
      ['Jess Lindqvist', 'Use the one by the sports desk.', (17 * 60 + 3) * 60_000],
      ['Omar Haddad', 'Fixed overnight.', (7 * 60 + 41) * 60_000],
    ]);
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => [b.text, b.reason]);
    expect(notes).toEqual([
      ['Yesterday', 'dateline'],
      ['2 replies', 'page-element'],
      ['Today', 'dateline'],
    ]);
    // The time as written is kept in the time-anchor message: nothing of the header is lost.
    expect(doc.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === '4:58 PM')).toBe(
      true,
    );
  });

  it('BAD: a heading with a time after one space, a role with a time, and Today outside a chat stay text', () => {
    const doc = formatTranscript(
      ['Press Briefing 12:45 PM', '', 'Today', '', 'The mayor spoke.', '', '2 replies'].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([]);
    const role = formatTranscript(
      'Senior Official  10:15 AM\nWe spoke.\n\nReporter  10:16 AM\nOk.',
    );
    // Only a person's name heads a message: a role word and a time is no chat header.
    expect(role.speakers).toEqual([]);
    expect(role.blocks.map((b) => b.timestampMs)).toEqual([null, null]);
  });
});

describe('a Slack message of several lines (Shift+Enter) is one message', () => {
  it('GOOD: the lines under a header are one block; a follow-up under its bare time is another', () => {
    const doc = formatTranscript(
      [
        'Nadia Brook  8:14 AM',
        'Bridge is shut both ways.',
        'Police say two hours at least.',
        'Diverting via Kings Road.',
        '8:16',
        'Photos in the drive.',
        '',
        'Carl Mensah  8:20 AM',
        'On it.',
        'Sending the drone.',
        '1 reply',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      [
        'speech',
        'Bridge is shut both ways. Police say two hours at least. Diverting via Kings Road.',
      ],
      ['speech', '8:16 Photos in the drive.'],
      ['speech', 'On it. Sending the drone.'],
      ['note', '1 reply'],
    ]);
  });

  it('BAD: lines under a heading with one space before its time, or under a role, stay paragraphs', () => {
    // `Press Briefing 12:45 PM` is no chat header: the lines under it keep their breaks.
    const doc = formatTranscript(
      'Press Briefing 12:45 PM\nThe mayor spoke first.\nThe chief spoke next.',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Press Briefing 12:45 PM The mayor spoke first.',
      'The chief spoke next.',
    ]);
    // An Otter-style tag with an elapsed time is no chat header: each line ending a sentence is a
    // paragraph of the turn, as before.
    const otter = formatTranscript(
      'Jane Doe  0:01\nThe bridge is shut both ways.\nPolice say two hours at least.',
    );
    expect(otter.blocks.map((b) => b.text)).toEqual([
      'The bridge is shut both ways.',
      'Police say two hours at least.',
    ]);
  });
});

describe('the Scottish Parliament Official Report', () => {
  const report = [
    'Meeting of the Parliament',
    '',
    'Thursday 5 March 2026',
    '',
    'General Question Time',
    '',
    '11:40',
    '',
    'Rural Affairs',
    '',
    'The Deputy Presiding Officer (Iain Muir): Question 1 is from Jenna Cole.',
    '',
    'Ferry Services (Western Isles)',
    '',
    '1. Jenna Cole (Na h-Eileanan an Iar) (SNP): To ask the Scottish Government about ferry services. (S6O-05001)',
    '',
    'The Cabinet Secretary for Transport (Owen Fraser): Two new vessels will enter service in May.',
    '',
    'Jenna Cole: When will they reach Stornoway?',
    '',
    'The Cabinet Secretary: In the summer.',
  ].join('\n');

  it('GOOD: header notes, the clock a direction, headings, and The Cabinet Secretary is the one holder', () => {
    const doc = formatTranscript(report);
    const at = (line: number) => doc.blocks.find((b) => b.line === line);
    const name = (line: number) => doc.speakers.find((s) => s.id === at(line)?.speaker)?.name;
    expect(at(1)?.type).toBe('note');
    expect(at(3)?.type).toBe('note');
    expect(doc.title).toBe('General Question Time');
    expect(at(7)?.type).toBe('direction');
    expect(at(9)?.type).toBe('headline');
    expect(name(11)).toBe('Iain Muir');
    expect(at(13)?.type).toBe('headline');
    expect(name(15)).toBe('Jenna Cole');
    expect(name(17)).toBe('Owen Fraser');
    expect(name(21)).toBe('Owen Fraser');
    expect(doc.messages.some((m) => m.ruleId === 'speaker-alias' && m.line === 21)).toBe(true);
  });

  it('BAD: two cabinet secretaries leave `The Cabinet Secretary:` its own voice; a clock elsewhere stays text', () => {
    const doc = formatTranscript(
      [
        'The Cabinet Secretary for Transport (Owen Fraser): Yes.',
        '',
        'The Cabinet Secretary for Health (Ruth Kerr): No.',
        '',
        'The Cabinet Secretary: Perhaps.',
      ].join('\n'),
    );
    const last = doc.speakers.find((s) => s.id === doc.blocks.at(-1)?.speaker);
    expect(last?.name).toBe(null);
    expect(last?.role).toBe('cabinet secretary');
    const clock = formatTranscript('Council Meeting Notes\n\n11:40\n\nThe meeting began late.');
    expect(clock.blocks.map((b) => b.type)).not.toContain('direction');
  });
});

describe('New Zealand Hansard: questions for oral answer', () => {
  const NZ = [
    'Questions for Oral Answer',
    '',
    'Housing—Supply',
    '',
    '1. CHLÖE SWARBRICK (Green—Auckland Central) to the Minister of Housing: What is the Government doing about rents?',
    '',
    'Hon CHRIS BISHOP (Minister of Housing): The Government is building more houses.',
    '',
    'Chlöe Swarbrick: Why are rents still rising?',
    '',
    'Prime Minister—Statements',
    '',
    '2. Hon CHRIS HIPKINS (Leader of the Opposition) to the Prime Minister: Does he stand by all his statements?',
  ].join('\n');

  it('GOOD: the asker of a numbered question is the tag; Topic—Subtopic is a heading', () => {
    const doc = formatTranscript(NZ);
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(doc.blocks.map((b) => [b.type, name(b.speaker), b.text.slice(0, 20)])).toEqual([
      ['headline', null, 'Questions for Oral A'],
      ['headline', null, 'Housing—Supply'],
      ['speech', 'Chlöe Swarbrick', 'What is the Governme'],
      ['speech', 'Hon Chris Bishop', 'The Government is bu'],
      ['speech', 'Chlöe Swarbrick', 'Why are rents still '],
      ['headline', null, 'Prime Minister—State'],
      ['speech', 'Hon Chris Hipkins', 'Does he stand by all'],
    ]);
  });

  it('BAD: a sentence with an em dash, or "to the minister" in prose, is no heading or tag', () => {
    const doc = formatTranscript(
      'JANE DOE: We wrote to the Minister of Housing: nothing came back.\n\nThe vote—finally—passed.',
    );
    // The second paragraph carries Jane Doe's turn on: no heading ends it.
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe']);
  });
});

describe('chat messages copied from Teams: `[10:15 AM] Jane Doe` over the message', () => {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

  it('GOOD: the name after the bracketed time speaks the lines below, every word kept', () => {
    const text =
      '[10:15 AM] Jane Doe\nThe vote is at six.\n\n[10:16 AM] Tom Reed\nWho is covering it?\nAnd when?';
    const doc = formatTranscript(text);
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(doc.blocks.map((b) => [b.type, name(b.speaker), b.text])).toEqual([
      ['speech', 'Jane Doe', 'The vote is at six.'],
      ['speech', 'Tom Reed', 'Who is covering it?'],
      ['speech', 'Tom Reed', 'And when?'],
    ]);
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => m.actual)).toEqual(['10:15 AM', '10:16 AM']);
    // No word of the messages is lost to the tag.
    const kept = doc.blocks.flatMap((b) => words(b.text));
    for (const w of ['The', 'vote', 'Who', 'And', 'when']) expect(kept).toContain(w);
  });

  it('BAD: a bracketed time over a sentence, or a direction in brackets, is no tag', () => {
    const doc = formatTranscript('[10:30 AM] The council resumed.\n\nThe vote followed.');
    expect(doc.speakers).toEqual([]);
    const music = formatTranscript('[Music]\nJANE DOE: Hello.');
    expect(music.blocks.map((b) => b.type)).toEqual(['direction', 'speech']);
  });
});

describe('diarization labels written out as tags (WhisperX and pyannote text, AWS)', () => {
  it('GOOD: [SPEAKER_00]: and SPEAKER_01: are Speaker 1 and Speaker 2, numbered from 0', () => {
    expectTurns(
      '[SPEAKER_00]: Good evening and welcome.\n\n[SPEAKER_01]: Thanks for having me.\n\nSPEAKER_00: Let us begin.',
      [
        { who: 'Speaker 1', text: 'Good evening and welcome.' },
        { who: 'Speaker 2', text: 'Thanks for having me.' },
        { who: 'Speaker 1', text: 'Let us begin.' },
      ],
    );
  });

  it('GOOD: spk_0:', () => {
    expectTurns('spk_0: Hello there.', [{ who: 'Speaker 1', text: 'Hello there.' }]);
  });

  it.each(['The SPEAKER_00 file: it was empty.', 'SPEAKER_ONE: not a number.'])(
    'BAD: %s',
    (input) => expectNoTag(input),
  );
});

describe('a role with the person and their outlet or place in brackets (`Q (Dan Reilly, Northern Echo):`)', () => {
  const who = (doc: ScriptDocument) =>
    doc.blocks
      .filter((b) => b.type === 'speech')
      .map((b) => {
        const s = doc.speakers.find((x) => x.id === b.speaker);
        return [s?.name ?? null, s?.title ?? null, s?.role ?? null];
      });

  it('GOOD: a government page’s questions, a results show’s analyst and reporter are named', () => {
    const doc = formatTranscript(
      [
        'Minister Clara Whitmore: Good morning.',
        '',
        'Q (Dan Reilly, Northern Echo): Will it be enough?',
        '',
        'Minister Clara Whitmore: Yes.',
        '',
        'Q (Priya Shah, BBC Radio Kent): And dogs?',
        '',
        'Q (unidentified): Is this about Margate?',
        '',
        'ANALYST (Prof. Neil Carden, Wexley University): The swing is eight per cent.',
        '',
        'REPORTER (Luke Amadi, at the Harcombe count): A recount is likely.',
      ].join('\n'),
    );
    expect(who(doc)).toEqual([
      ['Clara Whitmore', 'Minister', null],
      ['Dan Reilly', 'Northern Echo', 'reporter'],
      ['Clara Whitmore', 'Minister', null],
      ['Priya Shah', 'BBC Radio Kent', 'reporter'],
      [null, null, 'reporter'],
      ['Prof. Neil Carden', 'Wexley University', 'analyst'],
      ['Luke Amadi', 'at the Harcombe count', 'reporter'],
    ]);
  });

  it('BAD: an outlet or agency before the comma is no person; a caller keeps a first name alone', () => {
    const doc = formatTranscript(
      [
        'HOST (Fox News, Washington): Good evening.',
        '',
        'QUESTION (Reuters, London): What now?',
        '',
        'QUESTION (Daily Post, Leeds): And then?',
        '',
        'CALLER (MARGARET, SWINDON): Hello.',
      ].join('\n'),
    );
    // Unnamed questioners are one reporter voice, as before: no name is made of an outlet.
    expect(who(doc).map(([name, , role]) => [name, role])).toEqual([
      [null, 'host'],
      [null, 'reporter'],
      [null, 'reporter'],
      ['Margaret', 'caller'],
    ]);
    expect(who(doc)[0]?.[1]).toBe('Fox News, Washington');
  });
});
