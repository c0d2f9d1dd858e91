/**
 * Words, characters and syllables of subtitle text. Characters are graphemes (what a viewer
 * counts), not UTF-16 units: `Tarō` is 4, a flag emoji is 1.
 */

import { isWhitespaceCode } from '../core/chars.ts';

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

const INVISIBLE_ONLY = /^[\p{Cf}\p{Z}]*$/u;

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
