/**
 * SRT generation: scriptdesk (segmentation, line breaking, timing, template) against
 * `@deepgram/captions` writing SRT for the same words with the same word timings (its own
 * chunking: 8 words a cue, no line breaking). The document is built before timing starts, with
 * `dedupe=false`: the bench inputs repeat the corpus, and deduplication would leave only its
 * unique paragraphs to subtitle.
 * Last, at 64 KB: the whole document plus every output (`produceAll`, default options) against
 * retext-english alone parsing the same paragraphs, as the median of alternating pairs.
 */
import { srt as deepgramSrt } from '@deepgram/captions';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { formatTranscript } from '../src/core/index.ts';
import { countSyllables } from '../src/core/language.ts';
import { OUTPUTS, optionsSchema } from '../src/options.ts';
import { produceAll } from '../src/produce.ts';
import { compileSubtitles } from '../src/subtitles/compile.ts';
import { clearSharedWordCache } from '../src/subtitles/linebreak.ts';
import { renderSrt } from '../src/subtitles/srt.ts';
import { type BenchContext, cpuMs, pairedRatio } from './harness.ts';

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
  const options = optionsSchema().parse({ dedupe: false });
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
    // The word facts are shared by every compile of an isolate; the row above has them all from
    // its warm-up. Here each run starts as a fresh isolate does.
    ctx.report({
      section: 'subtitles',
      input: input.label,
      name: 'scriptdesk srt (cold word cache)',
      medianMs: ctx.median(() => {
        clearSharedWordCache();
        return renderSrt(doc, options);
      }, runs),
      baseline: '@deepgram/captions srt (same words)',
    });
    // The same comparison as alternating pairs: each of our runs beside one of deepgram's, the
    // median of their ratios. At 4 KB a run takes under a millisecond, and a median of 15 lone
    // runs moves with whatever ran just before; pairs see the same machine state.
    const pairs = input.label === '1 MB' ? 9 : input.label === '64 KB' ? 41 : 201;
    const ratio = pairedRatio(
      () => renderSrt(doc, options),
      () => deepgramSrt(response),
      pairs,
    );
    console.log(
      `subtitles: scriptdesk SRT / @deepgram/captions at ${input.label} = ${ratio.toFixed(2)} (median of ${pairs} alternating pairs, same words): ${ratio < 1 ? 'scriptdesk faster' : 'deepgram faster'}`,
    );
  }
  allOutputsAgainstRetext(ctx);
}

/** Paragraphs of `text` (blank-line separated), as the core bench hands them to retext. */
function paragraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
}

/**
 * 64 KB: document and all outputs (`produceAll`) against retext-english parsing the same
 * paragraphs; median of per-pair ratios, the two run back to back after warm-up.
 */
function allOutputsAgainstRetext(ctx: BenchContext): void {
  const text = ctx.inputs.find((i) => i.label === '64 KB')?.text;
  if (text === undefined) return;
  const options = optionsSchema().parse({});
  const retext = unified().use(retextEnglish);
  const paras = paragraphs(text);
  const all = () => produceAll(text, OUTPUTS, options);
  const parse = () => {
    for (const p of paras) retext.parse(p);
  };
  for (let i = 0; i < 5; i++) {
    all();
    parse();
  }
  const ratios: number[] = [];
  for (let i = 0; i < 15; i++) ratios.push(cpuMs(all) / cpuMs(parse));
  ratios.sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
  console.log(
    `subtitles: document + every output (${OUTPUTS.join(', ')}) / retext-english at 64 KB = ${ratio.toFixed(2)} (median of 15 alternating pairs): ${ratio < 1 ? 'scriptdesk faster (target met)' : 'retext faster (target NOT met)'}`,
  );
}
