/**
 * Rev.ai transcripts: `monologues`, each with a `speaker` (a number) and `elements`: `text`
 * elements with `ts`/`end_ts` in seconds, `punct` elements (spaces and marks) that attach to the
 * word before.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  isObject,
  label,
  secondsToMs,
  str,
} from './types.ts';

export const revai: AsrReader = {
  detect(json) {
    return (
      isObject(json) &&
      Array.isArray(json.monologues) &&
      arrayOf(json.monologues).some((m) => Array.isArray(m.elements))
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    const words: AsrWord[] = [];
    for (const monologue of arrayOf(json.monologues)) {
      const speaker = label(monologue.speaker_name) ?? label(monologue.speaker);
      for (const element of arrayOf(monologue.elements)) {
        const value = str(element.value);
        if (value === null) continue;
        if (element.type === 'punct') {
          if (value.trim()) attachPunctuation(words, value.trim());
          continue;
        }
        // Rev's mark for what it could not make out (`<unknown>`): kept in place, then dropped
        // and counted as a recognizer marker, never read as a word.
        if (element.type === 'unknown') {
          const at = words[words.length - 1]?.end ?? 0;
          const own = secondsToMs(element.ts);
          words.push({
            text: value.trim(),
            start: own ?? at,
            end: secondsToMs(element.end_ts) ?? own ?? at,
            speaker,
          });
          continue;
        }
        if (element.type !== 'text') continue;
        const start = secondsToMs(element.ts);
        const end = secondsToMs(element.end_ts);
        if (!value.trim()) continue;
        words.push({
          text: value.trim(),
          start: start ?? Number.NaN,
          end: end ?? Number.NaN,
          speaker,
        });
      }
    }
    return words;
  },
};
