/**
 * Words, characters and syllables of subtitle text. Characters are graphemes (what a viewer
 * counts), not UTF-16 units: `Tarō` is 4, a flag emoji is 1.
 */

import { isUnspacedCode, isWhitespaceCode } from '../core/chars.ts';
import { lazyRegExp } from '../core/lazy.ts';

let segmenter: Intl.Segmenter | undefined;
/** The grapheme segmenter, made on first use (creating one costs milliseconds at start-up). */
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/**
 * True when every UTF-16 unit of `s` is a whole grapheme on its own: Latin, Greek, Cyrillic
 * letters without combining marks, general punctuation and currency signs. Saves the segmenter
 * for nearly all newsroom text.
 */
export function simpleUnits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    if (c >= 0x370 && c < 0x483) continue;
    if (c >= 0x48a && c < 0x530) continue;
    if (c >= 0x2010 && c < 0x2028) continue;
    if (c >= 0x2030 && c < 0x2060) continue;
    if (c >= 0x20a0 && c < 0x20c1) continue;
    return false;
  }
  return true;
}

/** Number of graphemes in `s`. */
export function graphemeCount(s: string): number {
  if (simpleUnits(s)) return s.length;
  let n = 0;
  for (const _ of graphemes().segment(s)) n++;
  return n;
}

const INVISIBLE_ONLY = lazyRegExp(String.raw`^[\p{Cf}\p{Z}]*$`, 'u');

/** A control character that is not whitespace (C0 other than \t…\r, DEL, C1). */
function isControl(c: number): boolean {
  return (c < 0x20 && (c < 9 || c > 13)) || (c >= 0x7f && c <= 0x9f);
}

/** Drops control characters and turns lone surrogates into U+FFFD. */
function cleanWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isControl(c)) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = word.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += word.slice(i, i + 2);
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else out += word.charAt(i);
  }
  return out;
}

/**
 * Words of a text: split on any whitespace, control characters removed, lone surrogates made
 * U+FFFD, and words with nothing visible (a lone zero-width space) dropped, since a subtitle line
 * made of them would read as blank and end the cue early in SRT. One pass over the text; the
 * words are appended to `out` when given.
 */
export function words(text: string, out: string[] = []): string[] {
  splitText(text, out, null);
  return out;
}

/**
 * {@link words}, with where each word starts in `text` appended to `starts`. True when every
 * word is the text as written (none cleaned, none dropped): the words and the whitespace between
 * them are then the whole text.
 */
export function wordsWithStarts(text: string, out: string[], starts: number[]): boolean {
  return splitText(text, out, starts);
}

function splitText(text: string, out: string[], starts: number[] | null): boolean {
  let start = -1;
  let dirty = false;
  let asWritten = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i === text.length ? 32 : text.charCodeAt(i);
    if (!isWhitespaceCode(c)) {
      if (start < 0) start = i;
      if (isControl(c) || (c >= 0xd800 && c <= 0xdfff)) dirty = true;
      continue;
    }
    if (start < 0) continue;
    let word = text.slice(start, i);
    const at = start;
    start = -1;
    if (dirty) {
      // A surrogate pair stays as written; a control character or a lone surrogate does not.
      const cleaned = cleanWord(word);
      if (cleaned !== word) asWritten = false;
      word = cleaned;
    }
    dirty = false;
    if (word === '') continue;
    const first = word.charCodeAt(0);
    if ((first > 0x20 && first < 0x7f) || !INVISIBLE_ONLY.test(word)) {
      out.push(word);
      if (starts !== null) starts.push(at);
    } else asWritten = false;
  }
  return asWritten;
}

/** A line made only of digits (and spaces): ffmpeg's SRT reader can take it for a cue index. */
export function isDigitsOnly(line: string): boolean {
  // What /^[0-9][0-9 ]*$/ matches, read character by character: nearly every line fails on its
  // first character, and a line is checked for every cue.
  const first = line.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Punctuation that opens (a quotation, brackets): it goes with the word after it. */
const OPENERS = '“‘「『（(《〈【[〔';
/** Punctuation that ends a sentence in text written without spaces. */
const UNSPACED_SENTENCE_ENDS = '。！？!?…';

/** The words of a text written without spaces, with which of them are glued to the one before. */
export interface UnspacedWords {
  words: string[];
  sentenceEnds: boolean[];
  /** glued[k] = 1: word k follows word k-1 with no space between them. */
  glued: Uint8Array;
}

/**
 * Splits space-separated words of a language written without spaces (Chinese, Japanese, Thai)
 * into the words `Intl.Segmenter` finds, so a subtitle line may break between them; the pieces
 * of one word are glued (no space comes between them on a line). Punctuation stays with the word
 * before it (an opening mark with the word after it): no line starts with `，` or `。`. A piece
 * ending in `。`, `！` or `？` ends a sentence, as does the last piece of a word that did.
 */
export function splitUnspaced(
  words: readonly string[],
  sentenceEnds: readonly boolean[],
  language: string,
): UnspacedWords {
  const key = language.toLowerCase().split('-')[0] ?? language;
  let segmenter = wordSegmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(key, { granularity: 'word' });
    wordSegmenters.set(key, segmenter);
  }
  const out: string[] = [];
  const ends: boolean[] = [];
  const glue: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const first = out.length;
    let pending = '';
    for (const { segment, isWordLike } of segmenter.segment(word)) {
      if (!isWordLike && OPENERS.includes(segment.charAt(segment.length - 1))) {
        pending += segment;
      } else if (!isWordLike && out.length > first) {
        out[out.length - 1] += segment;
      } else {
        out.push(pending + segment);
        glue.push(out.length - 1 > first ? 1 : 0);
        pending = '';
      }
    }
    if (pending !== '') {
      if (out.length > first) out[out.length - 1] += pending;
      else {
        out.push(pending);
        glue.push(0);
      }
    }
    for (let k = first; k < out.length; k++) {
      const piece = out[k] as string;
      ends.push(UNSPACED_SENTENCE_ENDS.includes(piece.charAt(piece.length - 1)));
    }
    if (out.length > first && sentenceEnds[w] === true) ends[out.length - 1] = true;
  }
  return { words: out, sentenceEnds: ends, glued: Uint8Array.from(glue) };
}

/** Characters after which a long token (a web address, a file's name) may break. */
const TOKEN_BREAKS = '/-._?&=#:';

/**
 * A word's pieces of at most `max` characters (graphemes: an accent or an emoji's parts never
 * parted), broken after a {@link TOKEN_BREAKS} if it can.
 */
function tokenPieces(word: string, max: number): string[] {
  const chars: string[] = [];
  for (const { segment } of graphemes().segment(word)) chars.push(segment);
  const pieces: string[] = [];
  let from = 0;
  while (chars.length - from > max) {
    let cut = -1;
    // The last break in the line's width, past its first third (no piece of two characters).
    for (let i = from + max - 1; i >= from + Math.floor(max / 3); i--) {
      if (TOKEN_BREAKS.includes(chars[i] as string)) {
        cut = i + 1;
        break;
      }
    }
    if (cut === -1) cut = from + max;
    pieces.push(chars.slice(from, cut).join(''));
    from = cut;
  }
  if (from < chars.length) pieces.push(chars.slice(from).join(''));
  return pieces;
}

/** True when the word holds characters of a script written without spaces (Han, kana). */
function hasUnspaced(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isUnspacedCode(word.charCodeAt(i))) return true;
  return false;
}

/** Kana: Japanese (Hiragana, Katakana). */
function hasKana(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) return true;
  }
  return false;
}

/**
 * Words longer than a subtitle's line in a text written with spaces, split so a line can hold
 * them: a sentence of Chinese or Japanese quoted in the text into the words the segmenter finds,
 * a web address or a long compound into pieces of the line's width (after a `/`, `-` or `.` where
 * there is one). The pieces of a word are glued (no space between them on a line). Null when no
 * word is longer than the line (nearly always: one pass over the lengths).
 */
export function splitOverlong(
  words: readonly string[],
  sentenceEnds: readonly boolean[],
  maxChars: number,
): UnspacedWords | null {
  // (A word of more code units than the line may still fit it: counted in graphemes below.)
  let any = false;
  for (const word of words) if (word.length > maxChars) any = true;
  if (!any) return null;
  const out: string[] = [];
  const ends: boolean[] = [];
  const glue: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const end = sentenceEnds[w] === true;
    let pieces: UnspacedWords;
    if (word.length <= maxChars || graphemeCount(word) <= maxChars) {
      pieces = { words: [word], sentenceEnds: [end], glued: Uint8Array.of(0) };
    } else if (hasUnspaced(word)) {
      pieces = splitUnspaced([word], [end], hasKana(word) ? 'ja' : 'zh');
    } else {
      const parts = tokenPieces(word, maxChars);
      pieces = {
        words: parts,
        sentenceEnds: parts.map((_, k) => end && k === parts.length - 1),
        glued: Uint8Array.from(parts, (_, k) => (k === 0 ? 0 : 1)),
      };
    }
    for (let k = 0; k < pieces.words.length; k++) {
      // A piece still longer than the line (a segmenter's long word): cut at the line's width.
      const piece = pieces.words[k] as string;
      const cut =
        piece.length > maxChars && graphemeCount(piece) > maxChars
          ? tokenPieces(piece, maxChars)
          : [piece];
      for (let j = 0; j < cut.length; j++) {
        out.push(cut[j] as string);
        glue.push(j > 0 || pieces.glued[k] === 1 ? 1 : 0);
        ends.push(j === cut.length - 1 && pieces.sentenceEnds[k] === true);
      }
    }
  }
  return { words: out, sentenceEnds: ends, glued: Uint8Array.from(glue) };
}
