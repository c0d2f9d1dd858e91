/**
 * Azure AI Speech. Batch transcription: `recognizedPhrases[]`, each with `speaker` (diarization),
 * `channel`, `offsetInTicks` and `nBest[0]`: `display` (the text with punctuation and capitals),
 * `words[]` (lexical, `offsetInTicks`/`durationInTicks`, 1 tick = 100 ns) and, when asked for,
 * `displayWords[]` (`displayText` with its own times). The real-time detailed result is one
 * phrase: `NBest[0]` with `Display` and `Words[]` (`Offset`/`Duration` in ticks), `SpeakerId`
 * from conversation transcription. The display text's words take the times of the lexical words
 * they stand for: one for one, or, where inverse text normalization joined words ("twenty five"
 * → "25"), the span up to the lexical word the next display word matches. Without word times
 * the display text is spread by length over its phrase (`offsetInTicks`, `durationInTicks`).
 * Fast transcription: `phrases[]` with `offsetMilliseconds`/`durationMilliseconds`, `text`,
 * `speaker` (diarization) or `channel`, and `words[]` (`text`, ms) when word timestamps were
 * asked for; the phrase's text takes their times, else is spread over the phrase.
 */

import { lazyRegExp } from '../../core/lazy.ts';
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  badTime,
  isObject,
  type Json,
  label,
  num,
  str,
} from './types.ts';
import { spread, timedText } from './whisper.ts';

/** A member under either spelling (batch `offsetInTicks`, real-time `Offset`). */
const get = (o: Json | undefined, a: string, b: string): unknown => o?.[a] ?? o?.[b];

/** ms of a tick count; absent is NaN, anything but a number throws. */
function ticks(value: unknown, index: number, field: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const n = num(value);
  if (n === null || n < 0) throw badTime('Azure Speech', index, field, value, 'a tick count');
  return Math.round(n / 10_000);
}

const NON_LETTERS_OR_NUMBERS = lazyRegExp(String.raw`[^\p{L}\p{N}]`, 'gu');

/** Lower case letters and digits only: how a display word is matched to a lexical one. */
const plain = (text: string): string => text.toLowerCase().replace(NON_LETTERS_OR_NUMBERS, '');

/** How far ahead a display word looks for its lexical word (ITN joins a few words at most). */
const LOOKAHEAD = 8;

/** The words of one phrase (`nBest[0]`), timed, with its speaker. */
function phraseWords(phrase: Json, speaker: string | null, out: AsrWord[]): void {
  const best = arrayOf(get(phrase, 'nBest', 'NBest'))[0];
  if (!best) return;
  const timed = (w: Json, text: string): AsrWord => {
    const start = ticks(get(w, 'offsetInTicks', 'Offset'), out.length, 'offsetInTicks');
    const length = ticks(get(w, 'durationInTicks', 'Duration'), out.length, 'durationInTicks');
    return { text, start, end: start + length, speaker };
  };
  // Display words with their own times, when the transcription was asked for them.
  const display = arrayOf(best.displayWords);
  if (display.length > 0) {
    for (const w of display) {
      const text = str(w.displayText)?.trim();
      if (text) out.push(timed(w, text));
    }
    return;
  }
  const lexical = arrayOf(get(best, 'words', 'Words'));
  const shown = (str(get(best, 'display', 'Display')) ?? '').split(/\s+/).filter(Boolean);
  // Without word times (`wordLevelTimestampsEnabled` is off by default): the display text
  // spread by length over the phrase.
  if (lexical.length === 0) {
    const phraseTime = timed(phrase, '');
    if (Number.isFinite(phraseTime.start) && Number.isFinite(phraseTime.end)) {
      out.push(...spread(shown.join(' '), phraseTime.start, phraseTime.end, speaker));
    }
    return;
  }
  if (shown.length === 0) {
    for (const w of lexical) {
      const text = str(get(w, 'word', 'Word'))?.trim();
      if (text) out.push(timed(w, text));
    }
    return;
  }
  const keys = lexical.map((w) => plain(str(get(w, 'word', 'Word')) ?? ''));
  /** The lexical word `key` is, from `from` on within the look-ahead, or -1. */
  const find = (key: string, from: number): number => {
    for (let m = from; m < Math.min(keys.length, from + LOOKAHEAD); m++)
      if (keys[m] === key) return m;
    return -1;
  };
  const mine = out.length;
  let j = 0;
  for (let k = 0; k < shown.length; k++) {
    const text = shown[k] as string;
    const own = plain(text);
    // A mark standing alone ("—") goes with the word before it.
    if (own === '' && out.length > mine) {
      attachPunctuation(out, text);
      continue;
    }
    // Lexical words the display leaves out (a filler): on to this word's own.
    if (keys[j] !== own) j = Math.max(j, find(own, j + 1));
    const first = lexical[Math.min(j, lexical.length - 1)];
    if (!first) {
      out.push({ text, start: Number.NaN, end: Number.NaN, speaker });
      continue;
    }
    // A word that stands for several (ITN: "twenty five" → "25") spans them, up to the next
    // display word's own; the last display word spans what is left.
    let next = j + 1;
    if (k + 1 === shown.length) next = keys.length;
    else if (keys[j] !== own) {
      const m = find(plain(shown[k + 1] as string), j + 1);
      if (m > 0) next = m;
    }
    const word = timed(first, text);
    const last = lexical[Math.min(next, lexical.length) - 1];
    if (last && last !== first) word.end = timed(last, text).end;
    out.push(word);
    j = Math.min(next, lexical.length);
  }
}

/** ms of a millisecond member; absent is NaN, anything but a number throws. */
function millis(value: unknown, index: number, field: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const n = num(value);
  if (n === null || n < 0) throw badTime('Azure Speech', index, field, value, 'a time in ms');
  return n;
}

/** The fast transcription API's phrases, in spoken order (see the module comment). */
function fastPhrases(list: readonly Json[]): AsrWord[] {
  const out: AsrWord[] = [];
  const channels = new Set(list.map((p) => label(p.channel))).size > 1;
  const at = (p: Json) => num(p.offsetMilliseconds) ?? 0;
  for (const p of [...list].sort((a, b) => at(a) - at(b))) {
    const speaker = label(p.speaker) ?? (channels ? label(p.channel) : null);
    const start = millis(p.offsetMilliseconds, out.length, 'offsetMilliseconds');
    const end = start + millis(p.durationMilliseconds, out.length, 'durationMilliseconds');
    const tokens = arrayOf(p.words).flatMap((w, k) => {
      const text = str(w.text)?.trim();
      const from = millis(w.offsetMilliseconds, out.length + k, 'offsetMilliseconds');
      const length = millis(w.durationMilliseconds, out.length + k, 'durationMilliseconds');
      return text && Number.isFinite(from + length)
        ? [{ text, start: from, end: from + length }]
        : [];
    });
    const text = str(p.text) ?? tokens.map((t) => t.text).join(' ');
    out.push(...timedText(text, tokens, { start, end }, speaker));
  }
  return out;
}

export const azureSpeech: AsrReader = {
  detect(json) {
    if (!isObject(json)) return false;
    if (Array.isArray(json.recognizedPhrases)) return true;
    if (arrayOf(json.phrases)[0]?.offsetMilliseconds !== undefined) return true;
    return arrayOf(json.NBest).some((b) => Array.isArray(b.Words));
  },
  read(json) {
    if (!isObject(json)) return [];
    if (Array.isArray(json.phrases)) return fastPhrases(arrayOf(json.phrases));
    const out: AsrWord[] = [];
    if (!Array.isArray(json.recognizedPhrases)) {
      phraseWords(json, label(json.SpeakerId), out);
      return out;
    }
    const phrases = arrayOf(json.recognizedPhrases).filter(
      (p) => p.recognitionStatus === undefined || p.recognitionStatus === 'Success',
    );
    // Each channel is a voice when the phrases are not diarized; phrases in spoken order.
    const channels = new Set(phrases.map((p) => label(p.channel))).size > 1;
    const at = (p: Json) => num(p.offsetInTicks) ?? 0;
    for (const phrase of [...phrases].sort((a, b) => at(a) - at(b))) {
      const speaker = label(phrase.speaker) ?? (channels ? label(phrase.channel) : null);
      phraseWords(phrase, speaker, out);
    }
    return out;
  },
};
