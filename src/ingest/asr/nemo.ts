/**
 * NVIDIA NeMo ASR hypotheses (Parakeet, Canary, FastConformer: `transcribe(…, timestamps=True)`
 * saved as JSON): `text` and `timestamp` with `word` (each `word`, `start`, `end` in seconds) and
 * `segment` (each `segment`, `start`, `end`) lists; one hypothesis or a list of them (one per
 * file or chunk, read in turn). Without word times, each segment's text is spread over it. A
 * word with only frame offsets (`start_offset`: frames of the model's own stride, unknown here)
 * is an error, never a guess. NeMo does not diarize here: no speakers.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  secondsToMs,
  str,
} from './types.ts';
import { spread } from './whisper.ts';

/** The timestamp member of a hypothesis (`timestamp`, older scripts' `timestamps`), or null. */
function stamps(json: unknown): Json | null {
  if (!isObject(json)) return null;
  const t = isObject(json.timestamp) ? json.timestamp : json.timestamps;
  return isObject(t) && (Array.isArray(t.word) || Array.isArray(t.segment)) ? t : null;
}

/** The hypotheses of `json`: one, or a list of them. */
function hypotheses(json: unknown): Json[] {
  if (Array.isArray(json)) return arrayOf(json).filter((h) => stamps(h) !== null);
  return stamps(json) ? [json as Json] : [];
}

function readHypothesis(h: Json, out: AsrWord[]): void {
  const t = stamps(h) as Json;
  const words = arrayOf(t.word);
  if (words.length > 0) {
    words.forEach((w) => {
      const text = str(w.word) ?? str(w.text);
      if (!text?.trim()) return;
      const start = secondsToMs(w.start);
      const end = secondsToMs(w.end);
      if (start === null && w.start_offset !== undefined) {
        throw badTime(
          'NeMo',
          out.length,
          'start_offset',
          w.start_offset,
          'a time in seconds (frame offsets need the model’s stride)',
        );
      }
      out.push({
        text: text.trim(),
        start: start ?? Number.NaN,
        end: end ?? start ?? Number.NaN,
        speaker: null,
      });
    });
    const first = out[out.length - words.length];
    if (first) first.paragraph = true;
    return;
  }
  for (const segment of arrayOf(t.segment)) {
    const text = str(segment.segment) ?? str(segment.text);
    const start = secondsToMs(segment.start);
    const end = secondsToMs(segment.end);
    if (!text || start === null) continue;
    const list = spread(text, start, end ?? start, null);
    if (list[0]) list[0].paragraph = true;
    out.push(...list);
  }
}

export const nemo: AsrReader = {
  detect(json) {
    return hypotheses(json).length > 0;
  },
  read(json) {
    const out: AsrWord[] = [];
    for (const h of hypotheses(json)) readHypothesis(h, out);
    return out;
  },
};
