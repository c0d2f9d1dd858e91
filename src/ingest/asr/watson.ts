/**
 * IBM Watson Speech to Text: `results[].alternatives[0].timestamps`, rows `[word, start, end]` in
 * seconds, and with `speaker_labels=true` a top-level `speaker_labels[]` whose `from` is a word's
 * start and `speaker` its speaker (0, 1 …). Watson writes no punctuation or capitals unless smart
 * formatting adds some: the words are taken as given. A result marked `final: false` (an interim
 * hypothesis a later result replaces) is skipped; an asynchronous job's `results[]` of responses
 * is read response by response.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  label,
  secondsToMs,
  str,
} from './types.ts';

/** The recognition responses: the value itself, or an asynchronous job's `results[]` of them. */
function responsesOf(json: unknown): Json[] {
  if (!isObject(json)) return [];
  const results = arrayOf(json.results);
  return results.some((r) => Array.isArray(r.results)) ? results : [json];
}

export const ibmWatson: AsrReader = {
  detect(json) {
    // `result_index` is Watson's own (a response with no speech has no alternatives).
    return responsesOf(json).some(
      (response) =>
        (typeof response.result_index === 'number' && Array.isArray(response.results)) ||
        arrayOf(response.results).some((r) =>
          Array.isArray(arrayOf(r.alternatives)[0]?.timestamps),
        ),
    );
  },
  read(json) {
    const out: AsrWord[] = [];
    for (const response of responsesOf(json)) {
      const speakers = new Map<number, string>();
      for (const s of arrayOf(response.speaker_labels)) {
        const from = secondsToMs(s.from);
        const speaker = label(s.speaker);
        if (from !== null && speaker !== null) speakers.set(from, speaker);
      }
      for (const result of arrayOf(response.results)) {
        if (result.final === false) continue;
        const rows = arrayOf(result.alternatives)[0]?.timestamps;
        if (!Array.isArray(rows)) continue;
        for (const row of rows) {
          if (!Array.isArray(row)) continue;
          const text = str(row[0])?.trim();
          if (!text) continue;
          const time = (value: unknown, field: string): number => {
            if (value === undefined || value === null) return Number.NaN;
            const ms = secondsToMs(value);
            if (ms === null) throw badTime('IBM Watson', out.length, field, value, 'seconds');
            return ms;
          };
          const start = time(row[1], 'start');
          out.push({ text, start, end: time(row[2], 'end'), speaker: speakers.get(start) ?? null });
        }
      }
    }
    return out;
  },
};
