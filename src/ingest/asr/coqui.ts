/**
 * Mozilla DeepSpeech and Coqui STT (`--json`, `--candidate_transcripts`): `transcripts`, the
 * candidates best first, each with `words` of `word`, `start_time` and `duration` in seconds.
 * The first candidate is read; the others are alternatives of the same speech, as other
 * services' `alternatives` past the first.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, num, str } from './types.ts';

function best(json: unknown): unknown[] | null {
  if (!isObject(json) || !Array.isArray(json.transcripts)) return null;
  const first = arrayOf(json.transcripts)[0];
  const words = first?.words;
  const word = Array.isArray(words) ? words[0] : undefined;
  return isObject(word) && typeof word.word === 'string' && 'start_time' in word
    ? (words as unknown[])
    : null;
}

export const coquiStt: AsrReader = {
  detect: (json) => best(json) !== null,
  read(json) {
    const out: AsrWord[] = [];
    for (const w of arrayOf(best(json))) {
      const text = str(w.word);
      const start = num(w.start_time);
      if (!text?.trim()) continue;
      const ms = start === null ? Number.NaN : Math.round(start * 1000);
      out.push({
        text: text.trim(),
        start: ms,
        end: ms + Math.round((num(w.duration) ?? 0) * 1000),
        speaker: null,
      });
    }
    return out;
  },
};
