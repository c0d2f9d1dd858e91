/**
 * Timed input: speech-to-text JSON to SRT against `@deepgram/captions` on the same Deepgram JSON.
 * - quality: on both real Deepgram samples, the caption figures of each tool (cues starting on a
 *   word, limits broken, line-break quality; `src/subtitles/quality.ts`);
 * - speed: one hour of speech (about 10,000 words), built by repeating the diarized sample with
 *   its times shifted and compressed to a newsroom pace, from the JSON text to the SRT text (both
 *   sides parse the JSON).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { srt as deepgramSrt } from '@deepgram/captions';
import { optionsSchema } from '../src/options.ts';
import { produce } from '../src/produce.ts';
import { type CaptionFigures, captionFigures } from '../src/subtitles/quality.ts';
import { type BenchContext, pairedRatio, ROOT } from './harness.ts';

const ASR = join(ROOT, 'test', 'fixtures', 'asr');
/** Alternating pairs for the one-hour verdict. */
const TIMED_PAIRS = 21;
const SAMPLES = ['dg-speakers.json', 'dg-transcription.json'];

interface DgWord {
  word: string;
  punctuated_word: string;
  start: number;
  end: number;
  speaker?: number;
}

function wordsOf(json: { results: { channels: { alternatives: { words: DgWord[] }[] }[] } }) {
  return json.results.channels[0]?.alternatives[0]?.words ?? [];
}

/**
 * About an hour of Deepgram JSON: the diarized sample repeated `times` times, each copy shifted
 * after the one before, all times scaled by `scale` (the sample speaks slowly: 80 words/min).
 */
export function deepgramHour(times = 45, scale = 0.47): string {
  const sample = JSON.parse(readFileSync(join(ASR, 'dg-speakers.json'), 'utf8'));
  const words = wordsOf(sample);
  const length = (words[words.length - 1]?.end ?? 0) + 1;
  const all: DgWord[] = [];
  for (let k = 0; k < times; k++) {
    for (const w of words) {
      all.push({
        ...w,
        start: (w.start + k * length) * scale,
        end: (w.end + k * length) * scale,
      });
    }
  }
  const alternative = { transcript: all.map((w) => w.punctuated_word).join(' '), words: all };
  return JSON.stringify({
    metadata: { duration: times * length * scale, channels: 1 },
    results: { channels: [{ alternatives: [alternative] }] },
  });
}

const FIGURES: [keyof CaptionFigures, string][] = [
  ['cues', 'cues'],
  ['startOnWord', 'start on a word (±1 frame)'],
  ['linesOverMaxChars', 'lines over 42 chars'],
  ['cuesOverMaxLines', 'cues over 2 lines'],
  ['cuesOverMaxCps', 'cues over 20 chars/s'],
  ['cuesUnderMinDuration', 'cues under 833 ms'],
  ['cuesOverMaxDuration', 'cues over 7 s'],
  ['badBreaks', 'breaks the guides forbid'],
  ['meanBreakCost', 'mean break cost (0 best)'],
];

function show(value: number, key: keyof CaptionFigures): string {
  if (key === 'startOnWord') return `${(value * 100).toFixed(1)} %`;
  if (key === 'meanBreakCost') return value.toFixed(2);
  return String(value);
}

export function run(ctx: BenchContext): void {
  const options = optionsSchema().parse({});
  for (const name of SAMPLES) {
    const source = readFileSync(join(ASR, name), 'utf8');
    const json = JSON.parse(source);
    const starts = wordsOf(json).map((w) => Math.round(w.start * 1000));
    const ours = captionFigures(
      String(produce(source, 'srt', options, 'json').rendered?.body),
      starts,
    );
    const theirs = captionFigures(deepgramSrt(json), starts);
    console.log(`timed: ${name} (${starts.length} words)      scriptdesk   @deepgram/captions`);
    for (const [key, label] of FIGURES) {
      console.log(
        `timed:   ${label.padEnd(28)} ${show(ours[key], key).padStart(10)}   ${show(theirs[key], key).padStart(10)}`,
      );
    }
  }

  const hour = deepgramHour();
  const words = wordsOf(JSON.parse(hour)).length;
  const label = `1 h (${words} words, ${Math.round(hour.length / 1024)} KB)`;
  const ours = () => produce(hour, 'srt', options, 'json');
  const theirs = () => deepgramSrt(JSON.parse(hour));
  const dgMs = ctx.median(theirs, 5);
  ctx.report({ section: 'timed', input: '1 h', name: '@deepgram/captions srt', medianMs: dgMs });
  const ourMs = ctx.median(ours, 5);
  ctx.report({
    section: 'timed',
    input: '1 h',
    name: 'scriptdesk srt (timed JSON)',
    medianMs: ourMs,
    baseline: '@deepgram/captions srt',
  });
  // The verdict is the paired ratio: alternating runs, both sides warmed alike (ours settles after
  // 20–30 runs), so a busy spell on the machine weighs on both and one slow run decides nothing.
  for (let i = 0; i < 30; i++) {
    ours();
    theirs();
  }
  const ratio = pairedRatio(ours, theirs, TIMED_PAIRS);
  console.log(
    `timed: ${label} to SRT: scriptdesk ${ourMs.toFixed(1)} ms, @deepgram/captions ${dgMs.toFixed(1)} ms (medians of 5); scriptdesk / deepgram = ${ratio.toFixed(2)} (median of ${TIMED_PAIRS} alternating pairs): ${ratio < 1 ? 'scriptdesk faster (target met)' : 'deepgram faster (target NOT met)'}`,
  );
  scaling();
}

/** Timed input scales linearly: Deepgram JSON of about 1 MB against about 64 KB, to SRT. */
export function scaling(): void {
  const options = optionsSchema().parse({});
  const small = deepgramHour(2);
  const large = deepgramHour(29);
  const ratio = pairedRatio(
    () => produce(large, 'srt', options, 'json'),
    () => produce(small, 'srt', options, 'json'),
    9,
  );
  const kb = (s: string): number => Math.round(s.length / 1024);
  console.log(
    `timed: Deepgram JSON ${kb(large)} KB / ${kb(small)} KB to SRT = ${ratio.toFixed(1)} (bytes ×${(large.length / small.length).toFixed(1)}; median of 9 alternating pairs; limit 17: ${ratio <= 17 ? 'OK' : 'OVER'})`,
  );
}
