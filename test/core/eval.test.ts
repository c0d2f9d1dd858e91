import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  canonicalDelivery,
  canonicalRole,
  contentWords,
  type EvalCase,
  evaluate,
  type Gold,
  loadCases,
  metrics,
  predictedTurns,
  scoreBlocks,
  scoreTurns,
  slugAcceptable,
  speakerIdentity,
  splitVoiceNumber,
  wordsLost,
} from '../../bench/eval/score.ts';
import type { Block, ScriptDocument, Speaker } from '../../src/core/document.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'eval');

interface Floors {
  turnF1: number;
  delivery: number;
  blockAccuracy: number;
  blockPrecision: number;
  title: number;
  slug: number;
  notePrecision: number;
  noteRecall: number;
  wordsLostMax: number;
}

// --- A small document built by hand, to check that each metric can fail ----------------------

function speaker(id: string, name: string | null, role: string | null, alias: string): Speaker {
  return { id, name, title: null, role, aliases: [alias] };
}

function block(id: string, type: string, speakerId: string | null, text: string, line: number) {
  return {
    id,
    type,
    speaker: speakerId,
    text,
    sentences: [text],
    words: text.split(' ').length,
    durationMs: 0,
    line,
    sot: false,
    timestampMs: null,
  } as unknown as Block;
}

function doc(blocks: Block[], speakers: Speaker[], title: string | null = null): ScriptDocument {
  return {
    title,
    slug: 'TEST',
    language: 'en',
    reporter: null,
    outlet: null,
    credits: [],
    speakers,
    blocks,
    durationMs: 0,
    readRateWpm: 180,
    timed: false,
    messages: [],
  };
}

const INPUT = [
  'Headline here', // 1
  '', // 2
  'ANNA SMITH, HOST: Good evening from the studio.', // 3
  '', // 4
  'UNIDENTIFIED PERSON #1: It was loud.', // 5
  '', // 6
  'UNIDENTIFIED PERSON #2: It was cold.', // 7
  '', // 8
  'Copyright 2025 Example Radio.', // 9
].join('\n');

const GOLD: Gold = {
  convention: 'test',
  language: 'en',
  title: 'Headline here',
  speakers: {
    smith: { name: 'Anna Smith', role: 'host' },
    u1: { name: null, role: 'unidentified', voice: 1 },
    u2: { name: null, role: 'unidentified', voice: 2 },
  },
  turns: [
    ['smith', 'Good evening from'],
    ['u1', 'It was loud'],
    ['u2', 'It was cold'],
  ],
  blocks: [
    ['headline', 'Headline here'],
    ['speech', 'Good evening'],
    ['speech', 'It was loud'],
    ['speech', 'It was cold'],
    ['note', 'Copyright 2025', 'copyright'],
  ],
};

const SPEAKERS = [
  speaker('anna-smith', 'Anna Smith', 'host', 'ANNA SMITH, HOST'),
  speaker('u1', null, 'unidentified', 'UNIDENTIFIED PERSON #1'),
  speaker('u2', null, 'unidentified', 'UNIDENTIFIED PERSON #2'),
];

describe('eval scorer on a document built by hand', () => {
  it('a perfect document scores 1 everywhere and loses no word', () => {
    const perfect = doc(
      [
        block('b1', 'headline', null, 'Headline here', 1),
        block('b2', 'speech', 'anna-smith', 'Good evening from the studio.', 3),
        block('b3', 'speech', 'u1', 'It was loud.', 5),
        block('b4', 'speech', 'u2', 'It was cold.', 7),
        block('b5', 'note', null, 'Copyright 2025 Example Radio.', 9),
      ],
      SPEAKERS,
      'Headline here',
    );
    const turns = scoreTurns(GOLD, predictedTurns(perfect));
    expect(turns).toMatchObject({ gold: 3, predicted: 3, correct: 3 });
    const blocks = scoreBlocks(INPUT, GOLD, perfect);
    expect(blocks).toMatchObject({
      gold: 5,
      correct: 5,
      notePredicted: 1,
      noteGoldFound: 1,
      predicted: 5,
      predictedTrue: 5,
    });
    expect(wordsLost(INPUT, 'text', perfect)).toEqual([]);
  });

  it('two unnamed voices merged into one, a note read as narration and a dropped word all cost', () => {
    const merged = speaker('u', null, 'unidentified', 'UNIDENTIFIED PERSON');
    const bad = doc(
      [
        block('b1', 'narration', null, 'Headline here', 1),
        block('b2', 'speech', 'anna-smith', 'Good evening from the studio.', 3),
        block('b3', 'speech', 'u', 'It was loud.', 5),
        block('b4', 'speech', 'u', 'It was cold.', 7),
        block('b5', 'narration', null, 'Copyright 2025 Radio.', 9),
      ],
      [SPEAKERS[0] as Speaker, merged],
    );
    const turns = scoreTurns(GOLD, predictedTurns(bad));
    // The two voices are one run now: "It was cold" is not a turn of its own.
    expect(turns.predicted).toBe(2);
    expect(turns.correct).toBe(1);
    const blocks = scoreBlocks(INPUT, GOLD, bad);
    expect(blocks.correct).toBe(3);
    expect(blocks.noteGoldFound).toBe(0);
    expect(wordsLost(INPUT, 'text', bad)).toEqual(['example']);
    const m = metrics([
      {
        name: 'bad',
        convention: 'test',
        format: 'text',
        turns,
        blocks,
        titleGold: 'Headline here',
        titleGot: null,
        titleOk: false,
        slug: 'ANNA-SMITH',
        slugOk: false,
        lost: ['example'],
      },
    ]);
    expect(m.turnF1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3), 5);
    expect(m.blockAccuracy).toBeCloseTo(0.6, 5);
    // The two blocks of the wrong type are counted in the precision too.
    expect(m.blockPrecision).toBeCloseTo(0.6, 5);
    expect(m.noteRecall).toBe(0);
    expect(m.notePrecision).toBe(0);
    expect(m.title).toBe(0);
    expect(m.slug).toBe(0);
    expect(m.wordsLost).toBe(1);
  });

  it('a gold note spanning lines is missed when one of its lines is read as narration', () => {
    const input = 'Related stories\n\nFloods in Leeds\n\nBus strike ends\n\nThe end.';
    const gold = {
      title: null,
      speakers: [],
      turns: [],
      blocks: [
        ['note', 'Related stories', 'related', 'Bus strike ends'],
        ['narration', 'The end.'],
      ],
    } as unknown as Gold;
    const notes = (middle: string) =>
      doc(
        [
          block('b1', 'note', null, 'Related stories', 1),
          block('b2', middle, null, 'Floods in Leeds', 3),
          block('b3', 'note', null, 'Bus strike ends', 5),
          block('b4', 'narration', null, 'The end.', 7),
        ],
        [],
      );
    expect(scoreBlocks(input, gold, notes('note'))).toMatchObject({
      noteGold: 1,
      noteGoldFound: 1,
    });
    const missed = scoreBlocks(input, gold, notes('narration'));
    expect(missed).toMatchObject({ noteGold: 1, noteGoldFound: 0, notePredictedTrue: 2 });
    expect(missed.errors).toContain('narration at line 3 inside a gold note: "Floods in Leeds"');
  });

  it('an extra block start the gold does not have costs block precision, not block type', () => {
    // One paragraph in the gold, hard-wrapped over two lines, which the formatter split in two;
    // then a narration paragraph whose second line the formatter made a note.
    const input = [
      'The council met on Monday and voted', // 1
      'to close the old bridge for repairs.', // 2
      '', // 3
      'Traffic will go by the ring road until May,', // 4
      'the council said in a statement.', // 5
    ].join('\n');
    const gold = {
      title: null,
      speakers: {},
      turns: [],
      blocks: [
        ['narration', 'The council met'],
        ['narration', 'Traffic will go'],
      ],
    } as unknown as Gold;
    const honest = doc(
      [
        block('b1', 'narration', null, 'The council met … repairs.', 1),
        block('b2', 'narration', null, 'Traffic will go … statement.', 4),
      ],
      [],
    );
    expect(scoreBlocks(input, gold, honest)).toMatchObject({
      gold: 2,
      correct: 2,
      predicted: 2,
      predictedTrue: 2,
    });
    const split = doc(
      [
        block('b1', 'narration', null, 'The council met on Monday and voted', 1),
        block('b2', 'narration', null, 'to close the old bridge for repairs.', 2),
        block('b3', 'narration', null, 'Traffic will go by the ring road until May,', 4),
        block('b4', 'note', null, 'the council said in a statement.', 5),
      ],
      [],
    );
    const scored = scoreBlocks(input, gold, split);
    // Every gold block's line still has its type: the old measure saw nothing wrong.
    expect(scored.correct).toBe(2);
    expect(scored).toMatchObject({ predicted: 4, predictedTrue: 2 });
    expect(scored.errors).toContain(
      'extra narration block at line 2: "to close the old bridge for re"',
    );
    expect(scored.errors).toContain('extra note block at line 5: "the council said in a statemen"');
    const m = metrics([
      {
        name: 'split',
        convention: 'test',
        format: 'text',
        turns: scoreTurns(gold, predictedTurns(split)),
        blocks: scored,
        titleGold: null,
        titleGot: null,
        titleOk: true,
        slug: 'BRIDGE',
        slugOk: true,
        lost: [],
      },
    ]);
    expect(m.blockAccuracy).toBe(1);
    expect(m.blockPrecision).toBeCloseTo(0.5, 5);
  });

  it('block precision: a gold note over several lines owns its note blocks; a wrong type costs', () => {
    const input = 'Related stories\nFloods in Leeds\nBus strike ends\n\nThe end.';
    const gold = {
      title: null,
      speakers: {},
      turns: [],
      blocks: [
        ['note', 'Related stories', 'related', 'Bus strike ends'],
        ['narration', 'The end.'],
      ],
    } as unknown as Gold;
    const perLine = doc(
      [
        block('b1', 'note', null, 'Related stories', 1),
        block('b2', 'note', null, 'Floods in Leeds', 2),
        block('b3', 'note', null, 'Bus strike ends', 3),
        block('b4', 'narration', null, 'The end.', 5),
      ],
      [],
    );
    expect(scoreBlocks(input, gold, perLine)).toMatchObject({ predicted: 4, predictedTrue: 4 });
    // The closing line read as a headline: one block of another type than the gold's.
    const wrong = doc(
      [
        block('b1', 'note', null, 'Related stories', 1),
        block('b4', 'headline', null, 'The end.', 5),
      ],
      [],
    );
    expect(scoreBlocks(input, gold, wrong)).toMatchObject({ predicted: 2, predictedTrue: 1 });
  });

  it('a speech block starting on a tag line covers the gold line of its text', () => {
    const input = 'Jane Doe  0:01\nHello there, everyone.\n';
    const gold: Gold = { ...GOLD, speakers: {}, turns: [], blocks: [['speech', 'Hello there']] };
    const d = doc([block('b1', 'speech', null, 'Hello there, everyone.', 1)], []);
    expect(scoreBlocks(input, gold, d).correct).toBe(1);
  });

  it('identities: courtesy titles dropped, roles folded across languages, voices numbered', () => {
    expect(speakerIdentity('Ms. Jean-Pierre', null)).toBe('jean pierre');
    expect(speakerIdentity(null, 'Корреспондент')).toBe('reporter');
    expect(speakerIdentity(null, 'Pregunta')).toBe('reporter');
    expect(speakerIdentity(null, 'Ведущий')).toBe('host');
    expect(speakerIdentity(null, 'unidentified', 2)).toBe('unidentified 2');
    expect(canonicalRole('Hon. Members')).toBe('audience');
    // A voice number inside the role compares like the gold's role + voice.
    expect(speakerIdentity(null, 'unidentified person #1')).toBe('unidentified 1');
    expect(speakerIdentity(null, 'UNIDENTIFIED PERSON #2')).toBe('unidentified 2');
    expect(speakerIdentity(null, 'senior state department official two')).toBe(
      speakerIdentity(null, 'senior state department official', 2),
    );
    expect(speakerIdentity(null, 'unidentified person #1')).not.toBe(
      speakerIdentity(null, 'unidentified person #2'),
    );
    expect(splitVoiceNumber('unidentified person')).toEqual({
      role: 'unidentified person',
      voice: undefined,
    });
    // A number word that is the whole role is not a voice number.
    expect(splitVoiceNumber('two').voice).toBeUndefined();
    // A person named after the role is not the role.
    expect(speakerIdentity('Periodista', null)).not.toBe(speakerIdentity(null, 'Periodista'));
  });

  it('deliveries: on tape is its own delivery, not SOT; VO folds to voice-over', () => {
    expect(canonicalDelivery('on tape')).toBe('on-tape');
    expect(canonicalDelivery('ON-TAPE')).toBe('on-tape');
    expect(canonicalDelivery('on tape')).not.toBe(canonicalDelivery('SOT'));
    expect(canonicalDelivery('VO')).toBe('voice-over');
  });

  it('a slug needs a topic word: not a greeting, thanks, a weekday or a speaker name alone', () => {
    expect(slugAcceptable('GOOD', GOLD)).toBe(false);
    expect(slugAcceptable('THANK', GOLD)).toBe(false);
    expect(slugAcceptable('MONDAY', GOLD)).toBe(false);
    expect(slugAcceptable('ANNA-SMITH', GOLD)).toBe(false);
    expect(slugAcceptable('STADIUM-DEAL', GOLD)).toBe(true);
    expect(slugAcceptable('SMITH-STADIUM', GOLD)).toBe(true);
  });

  it('content words skip stopwords, one-letter words and timestamps, and keep numbers', () => {
    expect([...contentWords('Jane Doe  0:01 The vote was 52 to 48 at [00:01:23].')]).toEqual([
      'jane',
      'doe',
      'vote',
      '52',
      '48',
    ]);
  });

  it('content words are whole across invisible characters (a soft hyphen, a zero-width space)', () => {
    expect([...contentWords('The minis\u00adter and the coun\u200bcil.')]).toEqual([
      'minister',
      'council',
    ]);
  });

  it('words of HTML and subtitles are the visible ones, not markup, cue ids or timings', () => {
    const html =
      '<html><head><title>Site name</title></head><body><p>Council &amp; mayor</p></body></html>';
    expect(
      wordsLost(html, 'html', doc([block('b1', 'narration', null, 'Council & mayor', 1)], [])),
    ).toEqual([]);
    const vtt =
      'WEBVTT\n\nabc-123/18-0\n00:00:01.000 --> 00:00:02.000\n<v Tom Reid>Hello harbour.</v>\n';
    const kept = doc(
      [block('b1', 'speech', 'tom', 'Hello harbour.', 5)],
      [speaker('tom', 'Tom Reid', null, 'Tom Reid')],
    );
    expect(wordsLost(vtt, 'vtt', kept)).toEqual([]);
    const dropped = doc([block('b1', 'speech', null, 'Hello.', 5)], []);
    expect(wordsLost(vtt, 'vtt', dropped)).toEqual(['tom', 'reid', 'harbour']);
    // A Windows export (CRLF): the cue id is still no word, and a lost word is still lost.
    const crlf = vtt.replace(/\n/g, '\r\n');
    expect(wordsLost(crlf, 'vtt', kept)).toEqual([]);
    expect(wordsLost(crlf, 'vtt', dropped)).toEqual(['tom', 'reid', 'harbour']);
  });
});

// --- The labelled set -------------------------------------------------------------------------

const cases: EvalCase[] = loadCases(DIR);

describe('the labelled set', () => {
  it('has at least 40 transcripts with gold files, in HTML, text, subtitle, LRC, STM, SAMI, EBU STL, DCP XML and FCPXML formats', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const extensions = new Set(cases.map((c) => c.file.slice(c.file.lastIndexOf('.'))));
    expect([...extensions].sort()).toEqual([
      '.fcpxml',
      '.html',
      '.lrc',
      '.smi',
      '.srt',
      '.stl',
      '.stm',
      '.txt',
      '.vtt',
      '.xml',
    ]);
    const languages = new Set(cases.map((c) => c.gold.language));
    for (const language of ['en', 'ru', 'de', 'fr', 'es']) expect(languages).toContain(language);
  });

  it('every gold turn names a listed speaker and every anchor is found in order', () => {
    for (const item of cases) {
      for (const [key] of item.gold.turns)
        expect(item.gold.speakers, item.name).toHaveProperty(key);
      // evaluate() throws on an anchor that is not in the input in order.
      expect(() => evaluate(item), item.name).not.toThrow();
    }
  });

  it('no total falls below its recorded floor (floors.json)', () => {
    const floors = JSON.parse(readFileSync(join(DIR, 'floors.json'), 'utf8')) as Floors;
    const total = metrics(cases.map(evaluate));
    console.log(
      `eval totals: turn F1 ${total.turnF1.toFixed(3)}, delivery ${total.delivery.toFixed(3)}, block type ${total.blockAccuracy.toFixed(3)}, block P ${total.blockPrecision.toFixed(3)}, title ${total.title.toFixed(3)}, slug ${total.slug.toFixed(3)}, note P ${total.notePrecision.toFixed(3)} R ${total.noteRecall.toFixed(3)}, words lost ${total.wordsLost}`,
    );
    expect(total.turnF1).toBeGreaterThanOrEqual(floors.turnF1);
    expect(total.delivery).toBeGreaterThanOrEqual(floors.delivery);
    expect(total.blockAccuracy).toBeGreaterThanOrEqual(floors.blockAccuracy);
    expect(total.blockPrecision).toBeGreaterThanOrEqual(floors.blockPrecision);
    expect(total.title).toBeGreaterThanOrEqual(floors.title);
    expect(total.slug).toBeGreaterThanOrEqual(floors.slug);
    expect(total.notePrecision).toBeGreaterThanOrEqual(floors.notePrecision);
    expect(total.noteRecall).toBeGreaterThanOrEqual(floors.noteRecall);
    expect(total.wordsLost).toBeLessThanOrEqual(floors.wordsLostMax);
  });
});
