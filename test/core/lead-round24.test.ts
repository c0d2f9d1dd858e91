/**
 * Round 24 (the lead's): layouts the metamorphic check (`npm run eval -- --variants`) found
 * breaking. A tab-separated transcript whose long text cells were hard-wrapped in the copy (an
 * e-mail's or a PDF's line length): the wrapped words go on their row's text.
 */
import { describe, expect, it } from 'vitest';
import { blockRows, readInput } from '../helpers/documents.ts';

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
