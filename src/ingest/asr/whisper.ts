/**
 * Whisper family:
 * - OpenAI `verbose_json`: `segments` (`start`/`end` in seconds, punctuated `text`) and, with
 *   word timestamps, top-level `words` (`word`, `start`, `end`, no punctuation); asked for word
 *   timestamps alone, `words` and the whole `text` without `segments`;
 * - WhisperX: `segments` with `words` (`word`, `start`, `end`, `score`, `speaker`) and a
 *   segment `speaker`; a word WhisperX could not align (digits) has no times; the same words,
 *   punctuated, in top-level `word_segments`, which some servers and scripts keep alone;
 * - whisper.cpp `-oj`/`-ojf`: `transcription[]` with `offsets.from`/`to` in ms and `text`; with
 *   `-ojf`, sub-word `tokens` with their own offsets (`[_BEG_]`-like specials skipped); with
 *   `-di`, a segment `speaker` (`0`, `1`, `?`); with `-tdrz`, `speaker_turn_next` (a paragraph).
 * The display words are the punctuated segment text; times come from the timed words aligned to
 * them, or are spread over the segment by length when a segment has none.
 */
import { isHanOrKanaCode } from '../../core/chars.ts';
import { lazyRegExp } from '../../core/lazy.ts';
import { type TimedToken, TokenAligner } from '../../core/timed.ts';
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  isObject,
  type Json,
  label,
  num,
  secondsToMs,
  str,
} from './types.ts';

/** Words of `text` timed evenly by length over [start, end]. */
export function spread(
  text: string,
  start: number,
  end: number,
  speaker: string | null,
): AsrWord[] {
  const words = text.split(/\s+/).filter(Boolean);
  const total = words.reduce((s, w) => s + w.length, 0) || 1;
  const out: AsrWord[] = [];
  let at = start;
  for (const w of words) {
    const share = ((end - start) * w.length) / total;
    out.push({ text: w, start: Math.round(at), end: Math.round(at + share), speaker });
    at += share;
  }
  return out;
}

/** True when `text` has a Chinese or Japanese character. */
function hasUnspaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanOrKanaCode(text.charCodeAt(i))) return true;
  return false;
}

/** How far past the text read so far a timed word may be found (a space, a quotation mark). */
const MAX_SKIP = 4;

const PUNCTUATION_CHAR = lazyRegExp(String.raw`[^\p{L}\p{N}\s]`, 'u');

/**
 * Text written without spaces cut at its timed words (`各位` `观众` …): each word is the text up to
 * the end of its token, with the punctuation after it (Whisper's words leave punctuation out).
 * Null when a token is not found where the text goes on: the caller aligns as for other text.
 */
function cutByTokens(text: string, tokens: TimedToken[], speaker: string | null): AsrWord[] | null {
  const out: AsrWord[] = [];
  let at = 0;
  for (const token of tokens) {
    const found = text.indexOf(token.text, at);
    if (found === -1 || found - at > MAX_SKIP) return null;
    let end = found + token.text.length;
    while (end < text.length && PUNCTUATION_CHAR.test(text.charAt(end))) end++;
    const word = text.slice(at, end).trim();
    if (word) out.push({ text: word, start: token.start, end: token.end, speaker });
    at = end;
  }
  const tail = text.slice(at).trim();
  const last = out[out.length - 1];
  if (tail && last) last.text += tail;
  return out.length > 0 ? out : null;
}

/** The display words of `text` with times from `tokens` (aligned), else spread over the span. */
export function timedText(
  text: string,
  tokens: TimedToken[],
  span: { start: number; end: number },
  speaker: string | null,
): AsrWord[] {
  if (tokens.length === 0) return spread(text, span.start, span.end, speaker);
  // Chinese or Japanese: the text has no spaces to split at, its timed words cut it.
  const cut = hasUnspaced(text) ? cutByTokens(text, tokens, speaker) : null;
  if (cut) return cut;
  const words = text.split(/\s+/).filter(Boolean);
  const times = new TokenAligner(tokens).align(words);
  return words.map((w, i) => ({
    text: w,
    start: times[i]?.start ?? span.start,
    end: times[i]?.end ?? span.end,
    speaker,
  }));
}

function tokensOf(list: unknown, speakers?: (string | null)[]): TimedToken[] {
  const out: TimedToken[] = [];
  for (const w of arrayOf(list)) {
    const text = str(w.word) ?? str(w.text);
    const start = secondsToMs(w.start);
    const end = secondsToMs(w.end);
    if (!text || start === null || end === null) continue;
    out.push({ text: text.trim(), start, end });
    speakers?.push(label(w.speaker));
  }
  return out;
}

/**
 * verbose_json with `timestamp_granularities=["word"]` alone: top-level `words` (`word`,
 * `start`, `end` in seconds), no `segments`, and the punctuated `text`.
 */
function wordsOnly(json: unknown): boolean {
  // An empty `segments` list (some servers write one) is no segments.
  if (!isObject(json) || (Array.isArray(json.segments) && json.segments.length > 0)) return false;
  const first = arrayOf(json.words)[0];
  return (
    first !== undefined &&
    typeof first.word === 'string' &&
    typeof first.start === 'number' &&
    typeof json.text === 'string'
  );
}

/**
 * A segment in WhisperX's shape: its own timed words, or a speaker. Empty `words` (servers that
 * give word times at the top level) do not count: the top-level words time the text then.
 */
function segmentOfWhisperX(segment: Json): boolean {
  return arrayOf(segment.words).length > 0 || 'speaker' in segment;
}

/**
 * WhisperX's top-level `word_segments` and no segments (the aligned result saved without them):
 * each entry a punctuated word, its `speaker` once diarized.
 */
function wordSegmentsOnly(json: unknown): boolean {
  return (
    isObject(json) &&
    arrayOf(json.segments).length === 0 &&
    typeof arrayOf(json.word_segments)[0]?.word === 'string'
  );
}

/** The `word_segments` as words; one WhisperX could not align (digits) takes its neighbour's time. */
function readWordSegments(json: Json): AsrWord[] {
  const out: AsrWord[] = [];
  for (const w of arrayOf(json.word_segments)) {
    const text = (str(w.word) ?? '').trim();
    if (!text) continue;
    const before = out[out.length - 1]?.end ?? 0;
    const start = secondsToMs(w.start) ?? before;
    out.push({ text, start, end: secondsToMs(w.end) ?? start, speaker: label(w.speaker) });
  }
  return out;
}

export const whisperOpenAi: AsrReader = {
  detect(json) {
    if (wordsOnly(json)) return true;
    if (!isObject(json) || !Array.isArray(json.segments)) return false;
    const first = arrayOf(json.segments)[0];
    return (
      first !== undefined &&
      typeof first.text === 'string' &&
      typeof first.start === 'number' &&
      !arrayOf(json.segments).some(segmentOfWhisperX)
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    // WhisperX without alignment in its segments: its `word_segments` time them.
    const all = tokensOf(arrayOf(json.words).length > 0 ? json.words : json.word_segments);
    // No segments: the whole text is one span, its punctuation aligned onto the timed words.
    if (!Array.isArray(json.segments) || json.segments.length === 0) {
      const start = all[0]?.start ?? 0;
      const end = all[all.length - 1]?.end ?? start;
      return timedText(str(json.text) ?? '', all, { start, end }, null);
    }
    const out: AsrWord[] = [];
    let k = 0;
    for (const segment of arrayOf(json.segments)) {
      const start = secondsToMs(segment.start) ?? 0;
      const end = secondsToMs(segment.end) ?? start;
      // The top-level words inside this segment's span.
      const inside: TimedToken[] = [];
      while (k < all.length && (all[k]?.start ?? 0) < end) inside.push(all[k++] as TimedToken);
      out.push(...timedText(str(segment.text) ?? '', inside, { start, end }, null));
    }
    return out;
  },
};

export const whisperX: AsrReader = {
  detect(json) {
    // Its segments' text is `text` or their words: a list under other names (the Podcasting 2.0
    // JSON transcript's `body`, `startTime`) is read through ./envelope.ts.
    if (wordSegmentsOnly(json)) return true;
    return (
      isObject(json) &&
      Array.isArray(json.segments) &&
      arrayOf(json.segments).some(
        (s) => segmentOfWhisperX(s) && (typeof s.text === 'string' || arrayOf(s.words).length > 0),
      )
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    if (wordSegmentsOnly(json)) return readWordSegments(json);
    const out: AsrWord[] = [];
    // Segments saved without their words: the top-level `word_segments` in each one's span.
    const topSpeakers: (string | null)[] = [];
    const top = tokensOf(json.word_segments, topSpeakers);
    let k = 0;
    for (const segment of arrayOf(json.segments)) {
      const start = secondsToMs(segment.start) ?? out[out.length - 1]?.end ?? 0;
      const end = secondsToMs(segment.end) ?? start;
      const segmentSpeaker = label(segment.speaker);
      let speakers: (string | null)[] = [];
      let tokens = tokensOf(segment.words, speakers);
      if (tokens.length === 0 && k < top.length) {
        const from = k;
        while (k < top.length && (top[k]?.start ?? 0) < end) k++;
        tokens = top.slice(from, k);
        speakers = topSpeakers.slice(from, k);
      }
      const text =
        str(segment.text) ??
        arrayOf(segment.words)
          .map((w) => str(w.word) ?? '')
          .join(' ');
      const words = timedText(text, tokens, { start, end }, segmentSpeaker);
      // A word's own speaker wins over the segment's (WhisperX assigns both).
      if (tokens.length > 0) {
        let t = 0;
        for (const w of words) {
          while (t < tokens.length - 1 && (tokens[t]?.end ?? 0) <= w.start) t++;
          w.speaker = speakers[t] ?? segmentSpeaker;
        }
      }
      out.push(...words);
    }
    return out;
  },
};

const SPECIAL_TOKEN = /^\[_[A-Z_0-9]+_?\]$|^<\|.*\|>$/;

export const whisperCpp: AsrReader = {
  detect(json) {
    if (!isObject(json) || !Array.isArray(json.transcription)) return false;
    const first = arrayOf(json.transcription)[0];
    return first !== undefined && isObject(first.offsets);
  },
  read(json) {
    if (!isObject(json)) return [];
    const out: AsrWord[] = [];
    let turnNext = false;
    for (const segment of arrayOf(json.transcription)) {
      const offsets = isObject(segment.offsets) ? segment.offsets : {};
      const start = num(offsets.from) ?? 0;
      const end = num(offsets.to) ?? start;
      // -ojf: sub-word tokens; one starting with a space starts a word.
      const tokens: TimedToken[] = [];
      for (const token of arrayOf(segment.tokens)) {
        const text = str(token.text) ?? '';
        const t = isObject(token.offsets) ? token.offsets : {};
        const from = num(t.from);
        const to = num(t.to);
        if (!text || SPECIAL_TOKEN.test(text.trim()) || from === null || to === null) continue;
        const last = tokens[tokens.length - 1];
        if (last && !/^\s/.test(text)) {
          last.text += text;
          last.end = to;
        } else tokens.push({ text: text.trim(), start: from, end: to });
      }
      // `-di` (stereo): the segment's `speaker`, `?` when the channels cannot tell.
      const speaker = label(segment.speaker);
      const words = timedText(
        str(segment.text) ?? '',
        tokens,
        { start, end },
        speaker === '?' ? null : speaker,
      );
      // `-tdrz` (tinydiarize) marks a turn after a segment, without saying whose: a paragraph.
      if (turnNext && words[0]) words[0].paragraph = true;
      turnNext = segment.speaker_turn_next === true;
      out.push(...words);
    }
    return out;
  },
};
