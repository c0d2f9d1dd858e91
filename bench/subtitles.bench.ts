/**
 * SRT generation: scriptdesk (segmentation, line breaking, timing, template) against
 * `@deepgram/captions` writing SRT for the same words with the same word timings (its own
 * chunking: 8 words a cue, no line breaking). The document is built before timing starts, with
 * `dedupe=false`: the bench inputs repeat the corpus, and deduplication would leave only its
 * unique paragraphs to subtitle.
 */
import { srt as deepgramSrt } from '@deepgram/captions';
import { formatTranscript } from '../src/core/index.ts';
import { countSyllables } from '../src/core/language.ts';
import { optionsSchema } from '../src/options.ts';
import { compileSubtitles } from '../src/subtitles/compile.ts';
import { renderSrt } from '../src/subtitles/srt.ts';
import type { BenchContext } from './harness.ts';

interface TimedWord {
  word: string;
  punctuated_word: string;
  start: number;
  end: number;
}

/**
 * Word timings from our cues: each cue's time shared among its words by syllables, in seconds,
 * wrapped in the response shape `@deepgram/captions` reads (results.channels[0].alternatives[0]).
 */
function deepgramInput(words: TimedWord[]) {
  return {
    metadata: {},
    results: { channels: [{ alternatives: [{ transcript: '', confidence: 1, words }] }] },
  };
}

function wordTimings(
  cues: ReturnType<typeof compileSubtitles>['cues'],
  language: string,
): TimedWord[] {
  const out: TimedWord[] = [];
  for (const cue of cues) {
    const weights = cue.words.map((w) => Math.max(1, countSyllables(w, language)));
    const total = weights.reduce((s, w) => s + w, 0);
    let t = cue.startMs;
    cue.words.forEach((word, i) => {
      const ms = ((cue.endMs - cue.startMs) * (weights[i] ?? 1)) / total;
      out.push({
        word: word.toLowerCase(),
        punctuated_word: word,
        start: t / 1000,
        end: (t + ms) / 1000,
      });
      t += ms;
    });
  }
  return out;
}

export function run(ctx: BenchContext): void {
  const options = optionsSchema.parse({ dedupe: false });
  for (const input of ctx.inputs) {
    const doc = formatTranscript(input.text, options);
    const words = wordTimings(compileSubtitles(doc, options).cues, doc.language);
    const response = deepgramInput(words);
    const runs = input.label === '1 MB' ? 5 : 15;
    ctx.report({
      section: 'subtitles',
      input: input.label,
      name: '@deepgram/captions srt (same words)',
      medianMs: ctx.median(() => deepgramSrt(response), runs),
    });
    ctx.report({
      section: 'subtitles',
      input: input.label,
      name: 'scriptdesk srt',
      medianMs: ctx.median(() => renderSrt(doc, options), runs),
      baseline: '@deepgram/captions srt (same words)',
    });
  }
}
