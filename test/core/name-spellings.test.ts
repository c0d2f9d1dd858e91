/**
 * Speakers' names one letter apart are reported for a person to choose, never merged: a tag
 * mistyped once (`JANE DOW:` among `JANE DOE:`) or two people (`Mr Smith`, `Mr Smyth`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { closeSpellings } from '../../src/core/name-spellings.ts';

const spelling = (text: string) =>
  formatTranscript(text).messages.filter((m) => m.ruleId === 'speaker-spelling');

describe('speakers whose names are one letter apart', () => {
  const text =
    'JANE DOE: Welcome back.\n\nTOM REYES: Thanks.\n\nJANE DOW: How bad is it?\n\n' +
    'TOM REYS: Bad.\n\nJANE DOE: Thank you.\n';

  it('GOOD: a letter changed (`Doe`/`Dow`) or dropped (`Reyes`/`Reys`) is a warning at the second spelling', () => {
    const found = spelling(text);
    expect(found.map((m) => [m.line, m.severity])).toEqual([
      [5, 'warning'],
      [7, 'warning'],
    ]);
    expect(found[0]?.reason).toContain('“Jane Dow” and “Jane Doe” (line 1)');
    expect(found[1]?.reason).toContain('“Tom Reys” and “Tom Reyes” (line 3)');
  });

  it('GOOD: both spellings stay speakers of their own (a name is a fact a person checks)', () => {
    expect(formatTranscript(text).speakers.map((s) => s.name)).toEqual([
      'Jane Doe',
      'Tom Reyes',
      'Jane Dow',
      'Tom Reys',
    ]);
  });

  it('BAD: names two letters apart, or differing in more than one word, are no warning', () => {
    expect(
      spelling(
        'SEN. JANE DOE: It will pass.\n\nSEN. JOHN DOE: It will not.\n\nSEN. JANE DOE: We will see.\n',
      ),
    ).toEqual([]);
    expect(spelling('Tom Reyes: Yes.\n\nTim Reyas: No.\n\nTom Reyes: Maybe.\n')).toEqual([]);
  });

  it('BAD: one-word names and roles are not compared (`JANE`/`JANA`, `HOST`/`GHOST`)', () => {
    expect(spelling('JANE: Hi.\n\nJANA: Hello.\n\nHOST: Welcome.\n\nJANE: Bye.\n')).toEqual([]);
  });
});

describe('closeSpellings', () => {
  it('finds every pair one edit apart in one word, as comparing all pairs would', () => {
    const word = fc.stringMatching(/^[a-d]{3,5}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 2, maxLength: 8 }), (names) => {
        const speakers = names.map(([a, b], i) => ({ id: `s${i}`, name: `${a} ${b}` }));
        const got = new Set(closeSpellings(speakers).map(([x, y]) => `${x}/${y}`));
        const apart = (x: string, y: string) => {
          if (x === y || Math.abs(x.length - y.length) > 1) return false;
          // Levenshtein distance of exactly one.
          const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
            Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
          );
          for (let i = 1; i <= x.length; i++)
            for (let j = 1; j <= y.length; j++)
              (d[i] as number[])[j] = Math.min(
                ((d[i - 1] as number[])[j] as number) + 1,
                ((d[i] as number[])[j - 1] as number) + 1,
                ((d[i - 1] as number[])[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
              );
          return (d[x.length] as number[])[y.length] === 1;
        };
        for (let i = 0; i < speakers.length; i++) {
          for (let j = i + 1; j < speakers.length; j++) {
            const [a1, b1] = names[i] as [string, string];
            const [a2, b2] = names[j] as [string, string];
            const close = (a1 === a2 && apart(b1, b2)) || (b1 === b2 && apart(a1, a2));
            // (Clusters of more than eight spellings of one form are not listed: eight names at most here.)
            expect(got.has(`s${i}/s${j}`)).toBe(close);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the correction the warning gives', () => {
  it('GOOD: applying its merge makes the two spellings one speaker', () => {
    const text = 'JANE DOE: Welcome back.\n\nTOM REYES: Thanks.\n\nJANE DOW: How bad is it?\n';
    const warning = spelling(text)[0];
    const m = /speaker: '([^']+)', into: '([^']+)'/.exec(warning?.reason ?? '');
    expect(m).not.toBeNull();
    const merged = formatTranscript(text, {}, undefined, {
      merge: [{ speaker: m?.[1] ?? '', into: m?.[2] ?? '' }],
    });
    expect(merged.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Reyes']);
    expect(merged.blocks.map((b) => b.speaker)).toEqual([
      m?.[2],
      merged.blocks[1]?.speaker,
      m?.[2],
    ]);
  });
});
