/**
 * YouTube's "Show transcript" panel copied from a short clip: two or three times, each over a
 * caption in lower case (automatic captions). The times go (one `panel-timestamps` message), as
 * they do for a longer panel, so they are never read, prompted or subtitled as words; an
 * agenda's or a recipe's times over capitalised steps stay.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

describe('a short clip’s caption panel', () => {
  it.each([
    [
      '0:00\ngood evening and welcome to the program\n0:03\ntonight we are looking at the floods\n0:06\nin the north of the country',
      'good evening and welcome to the program tonight we are looking at the floods in the north of the country',
    ],
    [
      '0:00\nso the council voted last night\n0:04\nto close the old bridge for repairs',
      'so the council voted last night to close the old bridge for repairs',
    ],
  ])('loses its times: %#', (text, words) => {
    const doc = formatTranscript(text);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(words);
    expect(doc.messages.some((m) => m.ruleId === 'panel-timestamps')).toBe(true);
  });

  it('COUNTER: a recipe’s or an agenda’s times over capitalised steps stay', () => {
    const recipe = formatTranscript('0:30\nBoil the water\n1:00\nAdd the pasta');
    expect(recipe.blocks.map((b) => b.text).join(' ')).toContain('0:30');
    const late = formatTranscript('12:00\nlunch in the hall\n13:00\nafternoon session');
    expect(late.blocks.map((b) => b.text).join(' ')).toContain('12:00');
  });
});
