/**
 * Soniox transcriptions: `tokens`, each a piece of a word with `text`, `start_ms`, `end_ms`,
 * `confidence` and, diarized, `speaker` (`"1"`, `"2"`); a piece that opens with a space starts a
 * word, any other (the rest of a word, a punctuation mark) goes on with the one before. With
 * translation asked for, tokens of `translation_status: "translation"` are the translation, not
 * the speech, and are left out; the control tokens `<end>` and `<fin>` are markers. The older
 * API's `words` (`start_ms`, `duration_ms`) too.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, type Json, label, num } from './types.ts';

function pieces(json: unknown): Json[] {
  if (!isObject(json)) return [];
  return arrayOf(Array.isArray(json.tokens) ? json.tokens : json.words);
}

export const soniox: AsrReader = {
  detect(json) {
    const first = pieces(json)[0];
    return first !== undefined && typeof first.text === 'string' && 'start_ms' in first;
  },
  read(json) {
    const out: AsrWord[] = [];
    let word: AsrWord | null = null;
    for (const token of pieces(json)) {
      if (token.translation_status === 'translation') continue;
      const raw = typeof token.text === 'string' ? token.text : '';
      const start = num(token.start_ms) ?? Number.NaN;
      const end = num(token.end_ms) ?? start + (num(token.duration_ms) ?? Number.NaN);
      const speaker = label(token.speaker);
      const text = raw.trim();
      // Its control tokens (`<end>` where a speaker stopped, `<fin>` where the stream was
      // finalized) are no piece of a word: markers, dropped and counted.
      if (text === '<end>' || text === '<fin>') {
        out.push({ text, start, end, speaker });
        word = null;
        continue;
      }
      // A piece that opens with a space, or a change of speaker, starts a word.
      if (word === null || /^\s/.test(raw) || speaker !== word.speaker) {
        if (!text) continue;
        word = { text, start, end, speaker };
        out.push(word);
      } else {
        word.text += text;
        if (Number.isFinite(end)) word.end = end;
      }
      // A piece that closes with a space ends its word (the older API's words are whole).
      if (/\s$/.test(raw) || !Array.isArray((json as Json).tokens)) word = null;
    }
    return out;
  },
};
