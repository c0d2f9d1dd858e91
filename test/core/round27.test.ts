/**
 * Round 27: a tag's note that gives the language and the delivery together (`(in Arabic,
 * translated)`, `(speaking Spanish)`, `(on phone, in French)`).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const blocks = (text: string) =>
  formatTranscript(text).blocks.map((b) => [b.type, b.delivery, b.translated, b.text]);

describe('a tag note of language and delivery together', () => {
  const turn = (note: string) =>
    `HOST: Joining us now from the border.\n\nAHMED ALI (${note}): The road is closed.\n\nHOST: Stay safe.\n`;

  for (const [note, delivery] of [
    ['in Arabic, translated', null],
    ['speaking Spanish', null],
    ['spoke Arabic', null],
    ['on phone, in French', 'via-telephone'],
    ['in Arabic; through translator', 'through-translator'],
    ['via Skype, speaking Ukrainian', 'via-video-link'],
  ] as const) {
    it(`GOOD: \`(${note})\` is the note of Ahmed Ali's translated turn`, () => {
      expect(blocks(turn(note))).toEqual([
        ['speech', null, false, 'Joining us now from the border.'],
        ['speech', delivery, true, 'The road is closed.'],
        ['speech', null, false, 'Stay safe.'],
      ]);
      expect(formatTranscript(turn(note)).speakers.map((s) => s.name ?? s.role)).toEqual([
        'host',
        'Ahmed Ali',
      ]);
    });
  }

  it('BAD: a place with a delivery is no language note (`in Paris, live`): no translation', () => {
    const got = blocks(turn('in Paris, live'));
    expect(got.some((b) => b[2] === true)).toBe(false);
  });

  it('BAD: `speaking to reporters` is no language: no translation', () => {
    const got = blocks(turn('speaking to reporters'));
    expect(got.some((b) => b[2] === true)).toBe(false);
  });
});
