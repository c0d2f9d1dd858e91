import { describe, expect, it } from 'vitest';
import { parseTag, parseTimestamp } from '../../src/core/tags.ts';

type Expected = {
  name?: string | null;
  title?: string | null;
  role?: string | null;
  timestampMs?: number | null;
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
];

describe('parseTag', () => {
  it.each(GOOD)('GOOD: %s', (input, expected) => {
    const match = parseTag(input);
    expect(match).not.toBeNull();
    expect(match?.rest).toBe(expected.rest);
    for (const key of ['name', 'title', 'role', 'timestampMs'] as const) {
      if (key in expected) expect(match?.tag[key], key).toEqual(expected[key]);
    }
  });

  it.each(BAD)('BAD: %s', (input) => {
    expect(parseTag(input)).toBeNull();
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['00:01:23', 83_000],
    ['1:23', 83_000],
    ['01:02:03.5', 3_723_500],
    ['01:02:03,250', 3_723_250],
  ])('GOOD: %s', (input, ms) => expect(parseTimestamp(input)).toBe(ms));
  it.each(['1:99', 'ab:cd', '1:2', ''])('BAD: %s', (input) =>
    expect(parseTimestamp(input)).toBeNull(),
  );
});
