import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentKey } from '../../src/core/content-key.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { compareVersions, diffWords, wordTokens } from '../../src/core/plugins/dedupe.ts';
import { fixture } from '../helpers/fixtures.ts';

const TOLL =
  'Officials said that the death toll from the collapse of the apartment block in the city centre had risen to 12, according to the regional emergency service.';

function revised(doc: ScriptDocument) {
  return doc.messages.filter((m) => m.ruleId === 'revised-paragraph');
}

function removed(doc: ScriptDocument) {
  return doc.messages.filter((m) => m.ruleId === 'duplicate-paragraph');
}

/** Both versions kept, a `revised-paragraph` warning on each line naming the change. */
function expectBothKept(first: string, second: string, change: string) {
  const doc = formatTranscript(`${first}\n\n${second}`);
  expect(doc.blocks.map((b) => b.text)).toEqual([first, second]);
  expect(removed(doc)).toEqual([]);
  const warnings = revised(doc);
  expect(warnings.map((m) => m.line)).toEqual([1, 3]);
  for (const m of warnings) {
    expect(m.severity).toBe('warning');
    expect(m.reason).toContain(change);
  }
}

describe('revised paragraphs: both versions of a changed fact stay', () => {
  it('keeps the death toll of 12 and the update to 15, with the change named on both lines', () => {
    expectBothKept(TOLL, TOLL.replace('12', '15'), '12 → 15');
  });

  it('keeps both dates (March 3 / March 4)', () => {
    const p =
      'Speaking on March 3, the mayor said the new bridge across the river would open to traffic next spring as planned.';
    expectBothKept(p, p.replace('March 3', 'March 4'), 'a date (“March 3 → March 4”)');
    const ru =
      'Как сообщил 3 марта министр, новый мост через реку откроют для движения весной следующего года, как и планировалось.';
    expectBothKept(ru, ru.replace('3 марта', '4 марта'), 'a date (“3 → 4”)');
  });

  it('keeps both spellings of a proper name (Smith / Smyth)', () => {
    const p =
      'The council spokesman, John Smith, said the new bridge across the river would open to traffic next spring as planned.';
    expectBothKept(p, p.replace('Smith', 'Smyth'), 'Smith → Smyth');
  });

  it('keeps both when a negation is added (will / will not)', () => {
    const p =
      'The spokesman said the new bridge across the river will open to traffic next spring, as the council planned.';
    expectBothKept(p, p.replace('will open', 'will not open'), 'will → will not');
    expectBothKept(p, p.replace('will open', 'won’t open'), 'will → won’t');
  });

  it('finds the two versions whatever their length: a word added across a quarter of the words', () => {
    // 16 words and 17, 12 and 13, 20 and 21: the versions' bands are of different sizes.
    for (const p of [
      'The mayor said she would resign over the closure, and she repeated it twice to reporters.',
      'The mayor said she would resign over the closure of the library.',
      'The mayor told the council on Tuesday morning that she would resign over the closure of the old town library.',
    ]) {
      const words = p.split(' ').length;
      expect(words % 4, p).toBe(0);
      expectBothKept(p, p.replace('would resign', 'would not resign'), 'would → would not');
      expectBothKept(p.replace('would resign', 'would not resign'), p, 'would not → would');
    }
  });

  it('keeps both when a negation is added in Russian, German, French and Spanish', () => {
    const cases: Array<[string, string]> = [
      [
        'Министр заявил, что переговоры о мирном договоре продолжатся в следующем месяце в Москве, как и планировалось ранее.',
        'продолжатся',
      ],
      [
        'Der Minister sagte, dass die Gespräche über den Friedensvertrag im nächsten Monat in Berlin wie geplant fortgesetzt werden.',
        'fortgesetzt',
      ],
      [
        'Le ministre a dit que les négociations sur le traité de paix reprendront le mois prochain à Paris, comme prévu depuis longtemps.',
        'reprendront',
      ],
      [
        'El ministro dijo que las negociaciones sobre el tratado de paz continuarán el mes próximo en Madrid, como estaba previsto.',
        'continuarán',
      ],
    ];
    const negate: Record<string, string> = {
      продолжатся: 'не продолжатся',
      fortgesetzt: 'nicht fortgesetzt',
      reprendront: 'ne reprendront pas',
      continuarán: 'no continuarán',
    };
    for (const [short, verb] of cases) {
      // Long enough for one added word to be a near copy.
      const p = `${short} ${short.replace(/\.$/, '')} (2).`;
      const doc = formatTranscript(`${p}\n\n${p.replace(verb, negate[verb] ?? verb)}`);
      expect(doc.blocks, p).toHaveLength(2);
      expect(revised(doc)[0]?.reason, p).toContain('a negation');
    }
  });

  it('keeps both when a currency or sign changes but the words do not ($12 / €12)', () => {
    expectBothKept(TOLL.replace('12', '$12'), TOLL.replace('12', '€12'), '$12 → €12');
  });

  it('keeps both when an ordinary word changes (not a misspelling)', () => {
    const p =
      'The committee discussed the harbour proposal at length during the afternoon session and asked for more detail. Members of the public were allowed to speak for three minutes each, and several of them asked the council to publish the full costs before the final vote next month.';
    expectBothKept(p, p.replace('harbour', 'airport'), 'harbour → airport');
    // One letter apart, but two words: `house` is not a typo of `horse`.
    const q =
      'Witnesses said the house was found near the river on the edge of the village late in the evening, and the police closed the road while the fire brigade checked the damage to the old bridge.';
    expectBothKept(q, q.replace('house', 'horse'), 'house → horse');
  });

  it('loses none of 1 MB of paragraphs that differ by one word', () => {
    const base =
      'the committee met again on the quiet river bank to talk about the plans for a new town hall and the old market'.split(
        ' ',
      );
    const syllables = 'ba ce di fo gu ha je ki lo mu na pe ri so tu va we xi yo zu'.split(' ');
    const paragraphs: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 1_000_000; i++) {
      const words = [...base];
      const at = i % words.length;
      const n = Math.floor(i / words.length);
      words[at] = `${syllables[n % 20]}${syllables[Math.floor(n / 20) % 20]}`;
      const p = `${words.join(' ')}.`;
      paragraphs.push(p);
      bytes += p.length + 2;
    }
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    const doc = formatTranscript(paragraphs.join('\n\n'));
    expect(doc.blocks).toHaveLength(paragraphs.length);
    expect(removed(doc)).toEqual([]);
    expect(revised(doc).length).toBeGreaterThan(0);
  });
});

describe('repeats that still go', () => {
  it('removes a true duplicate paste once and reports it with the removed text', () => {
    const other =
      'Rescue teams worked through the night in freezing temperatures, the service said.';
    const doc = formatTranscript(`${TOLL}\n\n${other}\n\n${TOLL}\n\n${TOLL}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([TOLL, other]);
    const m = removed(doc);
    expect(m.map((x) => x.line)).toEqual([5, 7]);
    for (const x of m) {
      expect(x.actual).toBe(TOLL);
      expect(x.reason).toContain('a copy of line 1');
    }
    expect(revised(doc)).toEqual([]);
  });

  it('removes a copy that differs only in spacing, punctuation, case or a typo, naming the typo', () => {
    const copy = TOLL.replace('collapse', 'colapse')
      .replace(' the ', '  the ')
      .replace('12,', '12')
      .replace('Officials', 'OFFICIALS');
    const doc = formatTranscript(`${TOLL}\n\n${copy}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([TOLL]);
    expect(removed(doc)[0]?.actual).toBe(copy.replace('  ', ' '));
    expect(removed(doc)[0]?.reason).toContain('collapse → colapse');
  });

  it('still removes corpus 03’s duplicated paragraph, once', () => {
    const doc = formatTranscript(fixture('corpus/03-wh-remarks-biden-duplicated-paragraph.txt'));
    expect(removed(doc)).toHaveLength(1);
    expect(revised(doc)).toEqual([]);
  });

  it('takes the same words from two speakers for two turns, not two versions', () => {
    const words =
      'Will the president sign the bill before the recess, or will he wait for the House to act first?';
    const doc = formatTranscript(`Q: ${words}\n\nMR. SMITH: ${words}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([words, words]);
    expect(revised(doc)).toEqual([]);
    expect(removed(doc)).toEqual([]);
  });

  it('never treats tag-only lines as repeats', () => {
    const doc = formatTranscript(
      'VOICE ONE:\n\nWe are here today.\n\nVOICE ONE:\n\nWe are here again today.\n\nVOICE ONE:\n\nAnd tomorrow.',
    );
    expect(doc.messages.filter((m) => /repeat|duplicate/.test(m.ruleId))).toEqual([]);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'We are here today.',
      'We are here again today.',
      'And tomorrow.',
    ]);
  });
});

describe('the word diff', () => {
  it('finds each changed run of words, in order', () => {
    const a = wordTokens('one two three four five six seven');
    const b = wordTokens('one 2 three four five six seven eight');
    const hunks = diffWords(a, b, 10);
    expect(hunks?.map((h) => [h.removed.map((t) => t.raw), h.added.map((t) => t.raw)])).toEqual([
      [['two'], ['2']],
      [[], ['eight']],
    ]);
  });

  it('turns the first word list into the second, on any lists (property)', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'the', 'in', '12'), { maxLength: 14 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const a = wordTokens(x.join(' '));
        const b = wordTokens(y.join(' '));
        const hunks = diffWords(a, b, 40);
        expect(hunks).not.toBeNull();
        // Apply the hunks to the first list: equal words between them, then the added ones.
        const out: string[] = [];
        let i = 0;
        for (const h of hunks ?? []) {
          while (i < h.at) out.push(a[i++]?.key ?? '');
          expect(h.removed).toEqual(a.slice(h.at, h.at + h.removed.length));
          out.push(...h.added.map((t) => t.key));
          i += h.removed.length;
        }
        while (i < a.length) out.push(a[i++]?.key ?? '');
        expect(out).toEqual(b.map((t) => t.key));
      }),
      { numRuns: 300 },
    );
  });

  it('gives up past its bound instead of working on', () => {
    expect(diffWords(wordTokens('a b c d e f'), wordTokens('u v w x y z'), 3)).toBeNull();
  });

  it('calls split or joined words and case cosmetic, a changed number not', () => {
    expect(compareVersions('any one can Come', 'anyone can come', 8).cosmetic).toBe(true);
    expect(compareVersions('it was 1 5 today', 'it was 15 today', 8).cosmetic).toBe(false);
  });
});

describe('a line pasted twice inside a paragraph', () => {
  const LINE = 'Residents will see the changes in January, the council said.';

  it('removes the copy right under its original and reports it, restorable', () => {
    const text = [
      'REPORTER: The vote was seven to two.',
      LINE,
      LINE,
      'The mayor called it fair.',
    ].join('\n');
    const doc = formatTranscript(text);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      `The vote was seven to two. ${LINE} The mayor called it fair.`,
    ]);
    expect(removed(doc).map((m) => [m.line, m.actual])).toEqual([[3, LINE]]);
    // Restored, the copy comes back as its own block, read as its original is.
    const restored = formatTranscript(text, undefined, undefined, {
      restore: [{ key: contentKey(LINE), line: 3 }],
    });
    expect(restored.blocks.filter((b) => b.text === LINE)).toHaveLength(1);
    expect(restored.blocks.filter((b) => b.text.includes(LINE))).toHaveLength(2);
  });

  it('keeps a short line said twice, a line with another number, and copies apart', () => {
    for (const lines of [
      ['Thank you very much.', 'Thank you very much.'],
      [LINE, LINE.replace('January', 'January 2027')],
      [LINE, 'The mayor called it fair.', LINE],
    ]) {
      const doc = formatTranscript(lines.join('\n'));
      expect(removed(doc)).toEqual([]);
      expect(doc.blocks.map((b) => b.text).join(' ')).toBe(lines.join(' '));
    }
  });
});

describe('captions or chunks copied with their overlap', () => {
  it('a rolling caption’s words again at the start of the next line go, each reported', () => {
    const doc = formatTranscript(
      [
        'The council voted last night to close the central library',
        'close the central library on the high street after a long',
        'after a long and bitter debate that ran past midnight.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The council voted last night to close the central library on the high street after a long and bitter debate that ran past midnight.',
    ]);
    expect(removed(doc).map((m) => [m.line, m.actual])).toEqual([
      [2, 'close the central library'],
      [3, 'after a long'],
    ]);
  });

  it('a chunk’s unfinished sentence that opens the next chunk whole goes from the first', () => {
    for (const tag of ['', 'JANE DOE: ']) {
      const doc = formatTranscript(
        `${tag}The council voted last night to close the central library. Opponents say the building\n\n${tag}Opponents say the building is the heart of the town and should be saved.`,
      );
      expect(doc.blocks.map((b) => b.text)).toEqual([
        'The council voted last night to close the central library.',
        'Opponents say the building is the heart of the town and should be saved.',
      ]);
      expect(removed(doc).map((m) => m.actual)).toEqual(['Opponents say the building']);
    }
  });

  it('COUNTER: a speaker starting again after a dash, two words again, another speaker', () => {
    const restart = formatTranscript(
      'And that tax cut, in the previous four years, ballooned the deficit —\nballooned the deficit by over 40 percent.',
    );
    expect(restart.blocks[0]?.text).toContain('ballooned the deficit — ballooned the deficit by');
    const short = formatTranscript('We went down to the\nto the station and waited there.');
    expect(short.blocks[0]?.text).toBe('We went down to the to the station and waited there.');
    const other = formatTranscript(
      'JANE DOE: The council met tonight. Opponents say the building\n\nTOM BECKER: Opponents say the building is safe and sound.',
    );
    expect(removed(other)).toEqual([]);
    for (const doc of [restart, short]) expect(removed(doc)).toEqual([]);
  });

  it('COUNTER: a heading alone over a paragraph that opens with its words stays', () => {
    const doc = formatTranscript(
      'Library closure vote tonight\n\nLibrary closure vote tonight will decide the fate of the building.',
    );
    expect(removed(doc)).toEqual([]);
    expect(doc.blocks.map((b) => b.text)).toContain('Library closure vote tonight');
  });
});
