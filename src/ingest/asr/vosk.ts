/**
 * Vosk (Kaldi) recognizer results: `result` words with `word`, `start` and `end` in seconds and
 * `conf`, beside the utterance's `text`; `alternatives[0].result` when several were asked for;
 * a list of such results, one per utterance, as scripts save them (each utterance a paragraph).
 * Vosk writes lower case without punctuation.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  num,
  str,
} from './types.ts';

/** The words of one recognizer result (its `result`, or its first alternative's). */
function resultWords(value: unknown): Json[] | null {
  if (!isObject(value)) return null;
  const words = Array.isArray(value.result) ? value.result : arrayOf(value.alternatives)[0]?.result;
  return Array.isArray(words) ? arrayOf(words) : null;
}

function isVoskWord(word: Json | undefined): boolean {
  return word !== undefined && typeof word.word === 'string' && typeof word.start === 'number';
}

/** The results of `json`: one result, or a list of them. */
function results(json: unknown): unknown[] {
  return Array.isArray(json) ? json : [json];
}

export const vosk: AsrReader = {
  detect(json) {
    // The first result with words tells (a silent utterance has none).
    for (const value of results(json).slice(0, 8)) {
      const words = resultWords(value);
      if (words === null) return false;
      if (words.length > 0) return isVoskWord(words[0]);
    }
    return false;
  },
  read(json) {
    const out: AsrWord[] = [];
    let index = 0;
    for (const value of results(json)) {
      let first = true;
      for (const w of resultWords(value) ?? []) {
        const text = str(w.word)?.trim();
        index++;
        if (!text) continue;
        const start = num(w.start);
        const end = num(w.end);
        if (start === null) throw badTime('Vosk', index - 1, 'start', w.start, 'seconds');
        if (w.end !== undefined && end === null)
          throw badTime('Vosk', index - 1, 'end', w.end, 'seconds');
        out.push({
          text,
          start: Math.round(start * 1000),
          end: end === null ? Number.NaN : Math.round(end * 1000),
          speaker: null,
          ...(first ? { paragraph: true } : {}),
        });
        first = false;
      }
    }
    return out;
  },
};
