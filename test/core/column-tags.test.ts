/**
 * A transcript laid out in two columns with spaces (a PDF's or a word processor's table copied
 * as text, a typewriter-style script): the name on the left, a gap, the words on the right. The
 * names are read as the speakers' tags, a wrapped line of the words column goes on with its
 * turn, and a name over its time (Otter's `Jane Doe  0:01`) stays the header it is.
 */
import { describe, expect, it } from 'vitest';
import { columnTagsText } from '../../src/ingest/column-tags.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const read = (lines: string[]) => {
  const input = lines.join('\n');
  const doc = prepare(input, optionsSchema().parse({}), detectInputFormat(input));
  const name = (id: string | null) =>
    doc.speakers.find((s) => s.id === id)?.name ?? doc.speakers.find((s) => s.id === id)?.role;
  return doc.blocks.map((b) => [name(b.speaker) ?? null, b.text]);
};

describe('names in a column, a gap of spaces, the words', () => {
  it('names in capitals, the words column wrapped', () => {
    expect(
      read([
        'JANE DOE        Good evening. Flood waters are rising tonight across',
        '                the valley, and more rain is on the way.',
        'TOM BECKER      The river is above its banks here.',
        'JANE DOE        How many homes are affected?',
        'TOM BECKER      Officials say about two hundred.',
      ]),
    ).toEqual([
      [
        'Jane Doe',
        'Good evening. Flood waters are rising tonight across the valley, and more rain is on the way.',
      ],
      ['Tom Becker', 'The river is above its banks here.'],
      ['Jane Doe', 'How many homes are affected?'],
      ['Tom Becker', 'Officials say about two hundred.'],
    ]);
  });

  it('roles, and names in title case, with a gap of two spaces', () => {
    const found = read([
      'Anchor  Good evening and welcome.',
      'Maria Lopez  Thank you for having me.',
      'Anchor  What did you see this morning?',
      'Maria Lopez  The water was at the door.',
    ]);
    expect(found.map(([who]) => who)).toEqual(['anchor', 'Maria Lopez', 'anchor', 'Maria Lopez']);
  });

  it('COUNTER: a name over its time, a table of figures and prose with two spaces stay', () => {
    expect(
      columnTagsText(
        'Jane Doe  0:01\nThanks for coming.\n\nTom Becker  0:07\nSure.\n\nJane Doe  0:15\nOK.',
      ),
    ).toBeNull();
    expect(
      columnTagsText(
        'Hereford  1,204 homes\nLeominster  310 homes\nHereford  12 schools\nRoss  4 schools',
      ),
    ).toBeNull();
    expect(
      columnTagsText(
        'The storm hit at dawn.  Residents fled.\nThe river rose.  Roads closed.\nThe storm passed.  Crews came.',
      ),
    ).toBeNull();
  });
});
