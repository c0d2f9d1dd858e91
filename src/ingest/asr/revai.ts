/**
 * Rev.ai transcripts: `monologues`, each with a `speaker` (a number) and `elements`: `text`
 * elements with `ts`/`end_ts` in seconds, `punct` elements (spaces and marks) that attach to the
 * word before. Rev.com's human transcripts (its API's transcript JSON) have the same shape with
 * the times as clock strings, `timestamp`/`end_timestamp` (`00:01:02.500`), and the speaker's
 * name in `speaker_name` (given on some of a speaker's monologues only: that number's name on
 * all of them).
 */
import { clockFields, clockMs } from '../../core/clock.ts';
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  badTime,
  isObject,
  type Json,
  label,
  secondsToMs,
  str,
} from './types.ts';

/**
 * An element's time in ms: Rev.ai's seconds (`ts`), else Rev.com's clock string (`timestamp`);
 * null when it has none. A clock string that is no time is an error naming the word.
 */
function timeOf(element: Json, seconds: 'ts' | 'end_ts', index: number): number | null {
  const own = secondsToMs(element[seconds]);
  if (own !== null) return own;
  const key = seconds === 'ts' ? 'timestamp' : 'end_timestamp';
  const clock = element[key];
  if (clock === undefined || clock === null) return null;
  const fields = typeof clock === 'string' ? clockFields(clock.trim()) : null;
  const ms = fields ? clockMs(fields) : null;
  if (ms === null) throw badTime('Rev', index, key, clock, 'a clock time (00:01:02.500)');
  return ms;
}

/** Rev's marks for words not made out, dropped as the other services' are. */
const REV_MARK = /^<(?:unknown|inaudible|crosstalk)>/;

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
    // A speaker's name given on some of its monologues only (an edited transcript): the number's
    // name on all of them, never a voice of its own.
    const names = new Map<string, string>();
    for (const monologue of arrayOf(json.monologues)) {
      const name = label(monologue.speaker_name);
      const id = label(monologue.speaker);
      if (name !== null && id !== null && !names.has(id)) names.set(id, name);
    }
    for (const monologue of arrayOf(json.monologues)) {
      const id = label(monologue.speaker);
      const speaker = label(monologue.speaker_name) ?? (id !== null ? (names.get(id) ?? id) : null);
      for (const element of arrayOf(monologue.elements)) {
        const value = str(element.value);
        if (value === null) continue;
        if (element.type === 'punct') {
          if (value.trim()) attachPunctuation(words, value.trim());
          continue;
        }
        // Rev's mark for what it could not make out (`<unknown>`): kept in place, then dropped
        // and counted as a recognizer marker, never read as a word. A sound it tags so
        // (`<laugh>`, `<cough>`) is a sound in brackets, as the other services write it.
        if (element.type === 'unknown') {
          const at = words[words.length - 1]?.end ?? 0;
          const own = timeOf(element, 'ts', words.length);
          const text = value.trim();
          words.push({
            text: REV_MARK.test(text) ? text : text.replace(/^<([a-z][a-z' -]*)>$/i, '[$1]'),
            start: own ?? at,
            end: timeOf(element, 'end_ts', words.length) ?? own ?? at,
            speaker,
          });
          continue;
        }
        if (element.type !== 'text') continue;
        if (!value.trim()) continue;
        const start = timeOf(element, 'ts', words.length);
        const end = timeOf(element, 'end_ts', words.length);
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
