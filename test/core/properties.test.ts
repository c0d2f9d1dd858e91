import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { toPlainText } from '../../src/core/plain-text.ts';
import { corpusFiles, fixture, SEED } from '../helpers/fixtures.ts';

/** Pieces of real transcripts, so random inputs hit tags, quotes, directions and repeats. */
const FRAGMENTS = [
  'MS. JEAN-PIERRE:\u00a0 ',
  'Q\u00a0 \u00a0 ',
  'Sergey Lavrov, Foreign Minister of Russia: ',
  'LAVROV: ',
  '"I’d like to call upon our colleagues."',
  '(Applause.)',
  '[ Applause ]',
  '\u00a0\n',
  '\n\n',
  '\n',
  'Andrey Grigoriev has the details.',
  'â€™',
  '<s>x</s>',
  '\\[y\\]',
  '\ufeff',
  '\r\n',
  '\t',
  '\u200b',
  'Thank you.',
  'A, B and C for Vesti.',
  '---\ntitle: x\n---\n',
  '>> ',
  'Speaker 1 (00:01:23): ',
  '“',
  '”',
  "'",
  '"',
  'Mr. Smith met the U.S. envoy.',
  'Президент сказал: «да».',
  '«',
  '»',
  ': ',
  '10:30',
  '&amp;',
  'The issue of sovereignty is not negotiable, the minister said after the first round of talks today.',
  'The issue of sovereignty is negotiable, the minister said after the first round of talks today.',
  'The death toll had risen to 12, officials in the capital said after the emergency meeting on Monday.',
  'The death toll had risen to 15, officials in the capital said after the emergency meeting on Monday.',
  'VOICE ONE:\n',
  'THE PRESIDENT: ',
  '[00:00:05] Dmitry Borisov: ',
  'MR. SMITH: I beg your pardon?',
];

/** Runs per property: 400 by default, more with FC_RUNS for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? 400);

const transcriptLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 20 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), transcriptLike);

/**
 * Each word as letters and digits, counted, after NFC with invisible format characters dropped
 * and presentation forms as their letters (`ﬁ` as `fi`): the normalizations the pipeline reports.
 */
function wordCounts(text: string): Map<string, number> {
  const clean = text
    .normalize('NFC')
    .replace(/[\uFB00-\uFDCF\uFE70-\uFEFE]/g, (form) => form.normalize('NFKC'))
    .replace(/\p{Cf}/gu, '');
  const counts = new Map<string, number>();
  for (const w of clean.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
    counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

type Doc = ReturnType<typeof formatTranscript>;

/**
 * Input words missing from the output, as a multiset: every occurrence of a word must be in a
 * block, or in the text a message reports as removed (`actual`), or be a word of a speaker tag
 * (at most once per block of that speaker or direction, plus one: a tag is written once a turn).
 * A lost "the" or "in" is caught even when the word is said elsewhere.
 */
function lostWords(text: string, doc: Doc): string[] {
  const have = wordCounts(
    [...doc.blocks.map((b) => b.text), ...doc.messages.map((m) => m.actual ?? '')].join('\n'),
  );
  const tagWords = new Map<string, number>();
  // A tag opens one of its speaker's blocks, or a direction (whose speaker is not always kept),
  // or is the last line with no text after it.
  const directions = doc.blocks.filter((b) => b.type === 'direction' && b.speaker === null).length;
  for (const s of doc.speakers) {
    const blocks = doc.blocks.filter((b) => b.speaker === s.id).length + directions + 1;
    const most = new Map<string, number>();
    for (const form of [...s.aliases, s.name ?? '', s.title ?? ''])
      for (const [w, n] of wordCounts(form)) most.set(w, Math.max(most.get(w) ?? 0, n));
    for (const [w, n] of most) tagWords.set(w, (tagWords.get(w) ?? 0) + n * blocks);
  }
  const missing = new Map<string, number>();
  for (const [w, n] of wordCounts(text)) {
    const m = n - (have.get(w) ?? 0) - (tagWords.get(w) ?? 0);
    if (m > 0) missing.set(w, m);
  }
  // Words joined where markup between them was removed (`<s>x</s>y` → `xy`) are not lost: each
  // output word (or tag word) the input did not have accounts for the missing words it is made of.
  const input = wordCounts(text);
  const aliases = wordCounts(doc.speakers.flatMap((s) => s.aliases).join('\n'));
  for (const [w, n] of [...have, ...aliases]) {
    let extra = n - (input.get(w) ?? 0);
    for (; extra > 0; extra--) {
      let rest = w;
      for (const [m, k] of missing) {
        let left = k;
        while (left > 0 && rest.includes(m)) {
          rest = rest.replace(m, '');
          left--;
        }
        missing.set(m, left);
      }
    }
  }
  return [...missing].filter(([, n]) => n > 0).map(([w, n]) => `${w} ×${n}`);
}

/** What a round trip must keep: title, slug, speakers and blocks (all but their input line). */
function shape(doc: Doc) {
  return {
    title: doc.title,
    slug: doc.slug,
    speakers: doc.speakers,
    blocks: doc.blocks.map(({ type, text, speaker, sot, timestampMs }) => ({
      type,
      text,
      speaker,
      sot,
      timestampMs,
    })),
  };
}

/** Mojibake repair turns garbled words into other words: compare those through the message. */
function repairedAway(doc: Doc): boolean {
  return doc.messages.some((m) => m.ruleId === 'mojibake');
}

describe('pipeline properties', () => {
  it('never throws, on any Unicode input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = formatTranscript(text);
        expect(Array.isArray(doc.blocks)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('formatting its own clean text again changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(transcriptLike, (text) => {
        const once = toPlainText(formatTranscript(text));
        const twice = toPlainText(formatTranscript(once));
        expect(twice).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent on the seed and the corpus', () => {
    for (const file of [SEED, ...corpusFiles()]) {
      const once = toPlainText(formatTranscript(fixture(file)));
      expect(toPlainText(formatTranscript(once)), file).toBe(once);
    }
  });

  it('round trip: formatting the document’s text gives the same title, slug, speakers and blocks', () => {
    fc.assert(
      fc.property(transcriptLike, (text) => {
        const first = formatTranscript(text);
        expect(shape(formatTranscript(toPlainText(first)))).toEqual(shape(first));
      }),
      { numRuns: RUNS },
    );
  });

  it('round trip on the seed and the corpus (front-matter titles included)', () => {
    for (const file of [SEED, ...corpusFiles()]) {
      const first = formatTranscript(fixture(file));
      expect(shape(formatTranscript(toPlainText(first))), file).toEqual(shape(first));
    }
    // Corpus 01 and 02 take their title from front matter: it survives, and so does the slug.
    const doc = formatTranscript(fixture('corpus/01-wh-press-briefing-jean-pierre-500th.txt'));
    expect(doc.title).toContain('Press Briefing');
    expect(formatTranscript(toPlainText(doc)).title).toBe(doc.title);
  });

  it('loses nothing: every input word occurrence is in the output or in a message that removed it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = formatTranscript(text);
        if (repairedAway(doc)) return;
        expect(lostWords(text, doc)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('loses nothing with repeats, revisions and near copies in the input', () => {
    const para = fc
      .array(
        fc.constantFrom(...'the in of a not 12 15 Smith Smyth said will minister talks'.split(' ')),
        {
          minLength: 12,
          maxLength: 30,
        },
      )
      .map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(para, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (paras, picks) => {
          // Paragraphs, then copies of some of them, some with one word dropped or changed.
          const copies = picks.map((p, i) => {
            const src = paras[p % paras.length] ?? '';
            const words = src.split(' ');
            if (i % 3 === 1) words.splice(p % words.length, 1);
            if (i % 3 === 2) words[p % words.length] = 'in';
            return words.join(' ');
          });
          const text = [...paras, ...copies].join('\n\n');
          expect(lostWords(text, formatTranscript(text))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('catches a lost small word (the check itself can fail)', () => {
    const doc = formatTranscript('The man in the hat.');
    expect(lostWords('The man in the hat in the rain.', doc)).toEqual([
      'in ×1',
      'the ×1',
      'rain ×1',
    ]);
  });

  it('loses nothing on the seed and the corpus', () => {
    for (const file of [SEED, ...corpusFiles()]) {
      const text = fixture(file);
      expect(lostWords(text, formatTranscript(text)), file).toEqual([]);
    }
  });
});
