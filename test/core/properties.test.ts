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
];

/** Runs per property: 400 by default, more with FC_RUNS for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? 400);

const transcriptLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 20 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), transcriptLike);

/** Words as letters and digits (each must appear in the output text), compared after NFC with invisible format characters dropped. */
function words(text: string): Set<string> {
  const clean = text.normalize('NFC').replace(/\p{Cf}/gu, '');
  return new Set(clean.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
}

function outputText(doc: ReturnType<typeof formatTranscript>): string {
  const parts = [
    doc.title ?? '',
    ...doc.blocks.map((b) => b.text),
    ...doc.speakers.flatMap((s) => [s.name ?? '', s.title ?? '', ...s.aliases]),
    ...doc.messages.map((m) => m.actual ?? ''),
    ...doc.credits,
  ];
  return parts
    .join(' ')
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '');
}

/** Mojibake repair turns garbled words into other words: compare those through the message. */
function repairedAway(doc: ReturnType<typeof formatTranscript>): boolean {
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

  it('loses nothing: every input word is in the output or in a message that removed it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = formatTranscript(text);
        if (repairedAway(doc)) return;
        const out = outputText(doc);
        for (const w of words(text)) expect(out.includes(w), `lost "${w}"`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('loses nothing on the seed and the corpus', () => {
    for (const file of [SEED, ...corpusFiles()]) {
      const text = fixture(file);
      const doc = formatTranscript(text);
      const out = outputText(doc);
      const lost = [...words(text)].filter((w) => !out.includes(w));
      expect(lost, file).toEqual([]);
    }
  });
});
