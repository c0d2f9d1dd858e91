/**
 * sherpa-onnx (k2-fsa) offline and streaming recognition results as its `AsJsonString` and its
 * Python, Node and .NET examples write them: `text`, and `tokens` beside `timestamps` (seconds,
 * one per token: where the token starts), `durations` when the model gives them (TDT models).
 * A token that opens with a space (or SentencePiece's `▁`) starts a word, any other goes on with
 * the one before; a result none of whose tokens is spaced (Chinese and Japanese characters) is a
 * word a token. A word ends where its last token does (its duration), else where the next word
 * starts, held to {@link MAX_TAIL_MS} after its last token's start so a pause is no word's.
 * The `text` (punctuated, inverse-normalized: `9` for `NINE`) is what is shown, aligned onto the
 * tokens' words; SenseVoice's `lang`, `emotion` and `event` tags are no words.
 */
import type { TimedToken } from '../../core/timed.ts';
import { type AsrReader, badTime, isObject, type Json, num, str } from './types.ts';
import { timedText } from './whisper.ts';

/** The longest a word lasts past its last token's start when nothing says where it ends (ms). */
const MAX_TAIL_MS = 500;

function isSherpa(json: unknown): json is Json {
  if (!isObject(json) || !Array.isArray(json.tokens) || !Array.isArray(json.timestamps))
    return false;
  return (
    typeof json.tokens[0] === 'string' &&
    typeof json.timestamps[0] === 'number' &&
    json.tokens.length === json.timestamps.length
  );
}

/** True when a token starts a word: it opens with a space or with SentencePiece's `▁`. */
function opensWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c === 0x20 || c === 0x2581;
}

export const sherpaOnnx: AsrReader = {
  detect: isSherpa,
  read(json) {
    if (!isSherpa(json)) return [];
    const tokens = json.tokens as unknown[];
    const stamps = json.timestamps as unknown[];
    const durations = Array.isArray(json.durations) ? (json.durations as unknown[]) : null;
    const spaced = tokens.some((t) => typeof t === 'string' && opensWord(t));
    const words: TimedToken[] = [];
    /** Each word's last token's start, and its end when a duration says it. */
    const tails: { at: number; end: number | null }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const raw = str(tokens[i]) ?? '';
      const text = raw.replace(/\u2581/g, ' ').trim();
      const seconds = num(stamps[i]);
      if (seconds === null || seconds < 0)
        throw badTime('sherpa-onnx', i, 'timestamps', stamps[i], 'seconds');
      const at = Math.round(seconds * 1000);
      const length = durations ? num(durations[i]) : null;
      const end = length !== null && length >= 0 ? at + Math.round(length * 1000) : null;
      if (!text) continue;
      const last = words[words.length - 1];
      if (last === undefined || !spaced || opensWord(raw)) {
        words.push({ text, start: at, end: at });
        tails.push({ at, end });
      } else {
        last.text += text;
        tails[tails.length - 1] = { at, end };
      }
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as TimedToken;
      const tail = tails[i] as { at: number; end: number | null };
      const next = words[i + 1]?.start;
      word.end =
        tail.end ??
        Math.max(tail.at, Math.min(next ?? Number.POSITIVE_INFINITY, tail.at + MAX_TAIL_MS));
    }
    // The text as shown (its punctuation, its numbers) on the tokens' times; without a text of
    // its own, the tokens' words are the text.
    const text = str(json.text)?.trim() ?? '';
    if (text === '') return words.map((w) => ({ ...w, speaker: null }));
    const first = words[0]?.start ?? 0;
    return timedText(
      text,
      words,
      { start: first, end: words[words.length - 1]?.end ?? first },
      null,
    );
  },
};
