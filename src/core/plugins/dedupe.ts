/**
 * Repeated paragraphs: a paragraph pasted twice (adjacent or not) is kept once and the removal
 * reported at the line of the removed copy. Near-duplicates (differing only in whitespace,
 * punctuation or a few characters) count too. Short repeats that people really say twice
 * ("Thank you.", "Yes.", a chant) and a question asked again after "I beg your pardon?" are kept.
 *
 * Linear: every paragraph is hashed once (FNV-1a over its normalized words) and looked up in a
 * map; near-duplicates are found through band hashes (four quarters of the words, so a few
 * changed characters leave at least one quarter equal) and confirmed with a banded edit distance
 * on the few candidates a band returns, never by comparing all pairs.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { CHAR, charBits } from '../language.ts';
import { report } from '../report.ts';
import type { Paragraph, Root } from '../tree.ts';

export interface DedupeOptions {
  /** A copy right after its original is removed from this many words (short ones are said twice). */
  minWords?: number;
  /** A copy further away is removed from this many words: briefings repeat set phrases. */
  minWordsApart?: number;
  /** Near-duplicates are looked for only in paragraphs of at least this many words. */
  nearMinWords?: number;
}

const DEFAULTS = { minWords: 8, minWordsApart: 20, nearMinWords: 12 } as const;
const BANDS = 4;
/** Most candidates confirmed per paragraph: bounds the work on pathological input. */
const MAX_CANDIDATES = 4;
/** Edits allowed per 100 normalized characters for a near-duplicate (at least 3). */
const EDITS_PER_100 = 2;

/** A request to hear something again: the repeat after it is said on purpose. */
const REPEAT_REQUEST =
  /\b(pardon|repeat (that|the question|it)|say (that|it) again|come again|didn['’]?t (hear|catch)|could you repeat|one more time)\b|^(sorry|what)\?$/i;

/** A request to repeat closes the paragraph before the repeat: only its end is read. */
function isRepeatRequest(text: string): boolean {
  return REPEAT_REQUEST.test(text.length > 200 ? text.slice(-200) : text);
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-cased words of letters and digits, apostrophes removed: punctuation-blind. */
export function normalizedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (charBits(code) & CHAR.WORD) {
      if (start === -1) start = i;
      continue;
    }
    // An apostrophe inside a word joins its halves (`isn’t` → `isnt`).
    if (
      (code === 0x27 || code === 0x2019) &&
      start !== -1 &&
      charBits(text.charCodeAt(i + 1)) & CHAR.WORD
    ) {
      word += text.slice(start, i);
      start = i + 1;
      continue;
    }
    if (start !== -1) {
      words.push((word + text.slice(start, i)).toLowerCase());
      word = '';
      start = -1;
    }
  }
  return words;
}

const LOWER_CODE = new Uint16Array(0x10000);

/** Lower-case form of one UTF-16 code unit (cached; a unit whose lower case is longer stays). */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = LOWER_CODE[code] ?? 0;
  if (lower === 0) {
    const l = String.fromCharCode(code).toLowerCase();
    lower = l.length === 1 ? l.charCodeAt(0) : code;
    LOWER_CODE[code] = lower;
  }
  return lower;
}

/**
 * FNV-1a hash of each word of {@link normalizedWords}, computed in one scan without making the
 * word strings: the hot path of repeat detection.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const word =
      code < 0x80
        ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
        : (charBits(code) & CHAR.WORD) !== 0;
    if (word) {
      h = Math.imul(
        h ^ (code >= 65 && code <= 90 ? code + 32 : code < 0x80 ? code : lowerCode(code)),
        0x01000193,
      );
      inWord = true;
      continue;
    }
    if (
      (code === 0x27 || code === 0x2019) &&
      inWord &&
      charBits(text.charCodeAt(i + 1)) & CHAR.WORD
    )
      continue;
    if (inWord) {
      hashes.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return hashes;
}

/** Edit distance if it is at most `max`, else `max + 1` (Ukkonen's band: O(n·max)). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = 2 * max + 1;
  let prev = new Array<number>(width).fill(max + 1);
  let curr = new Array<number>(width).fill(max + 1);
  // Cell (i, j) lives at index j - i + max.
  for (let j = 0; j <= Math.min(b.length, max); j++) prev[j + max] = j;
  for (let i = 1; i <= a.length; i++) {
    curr.fill(max + 1);
    let rowMin = max + 1;
    const lo = Math.max(0, i - max);
    const hi = Math.min(b.length, i + max);
    for (let j = lo; j <= hi; j++) {
      const k = j - i + max;
      let v: number;
      if (j === 0) v = i;
      else {
        const sub = (prev[k] ?? max + 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
        const del = (prev[k + 1] ?? max + 1) + 1;
        const ins = (curr[k - 1] ?? max + 1) + 1;
        v = Math.min(sub, del, ins);
      }
      curr[k] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length - a.length + max] ?? max + 1;
}

interface Seen {
  index: number;
  node: Paragraph;
  hashes: number[];
  /** The normalized words run together, for the edit distance; made when first needed. */
  compact?: string;
}

function compactOf(seen: Seen): string {
  seen.compact ??= normalizedWords(seen.node.value).join('');
  return seen.compact;
}

function sameWords(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Folds word hashes in [from, to) into one 32-bit hash. */
function fold(hashes: readonly number[], from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = Math.max(0, from); i < Math.min(to, hashes.length); i++) {
    h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
  }
  return h >>> 0;
}

/** Band hashes: four quarters of the words from the start and four from the end. */
function bandKeys(hashes: readonly number[]): number[] {
  const keys: number[] = [];
  const size = Math.ceil(hashes.length / BANDS);
  for (let b = 0; b < BANDS; b++) {
    keys.push(fold(hashes, b * size, (b + 1) * size, 0x811c9dc5 + b));
    const end = hashes.length - b * size;
    // Bands counted from the end survive an inserted or deleted word near the start.
    keys.push(fold(hashes, end - size, end, 0x811c9dc5 + BANDS + b));
  }
  return keys;
}

function lineOf(node: Paragraph): number {
  return node.position?.start.line ?? node.segments[0]?.line ?? 1;
}

export const dedupe: Plugin<[DedupeOptions?], Root> = (options) => (tree: Root, file: VFile) => {
  const minWords = options?.minWords ?? DEFAULTS.minWords;
  const minWordsApart = options?.minWordsApart ?? DEFAULTS.minWordsApart;
  const nearMinWords = options?.nearMinWords ?? DEFAULTS.nearMinWords;
  const exact = new Map<number, Seen[]>();
  const bands = new Map<number, Seen[]>();
  const keep: typeof tree.children = [];
  let previousText = '';
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      keep.push(node);
      continue;
    }
    const hashes = wordHashes(node.value);
    const wordCount = hashes.length;
    const hash = fold(hashes, 0, hashes.length, 0x811c9dc5);
    const previous = previousText;
    previousText = node.value;
    // Same hash of the whole, then the same 32-bit hash for every word: a repeat.
    let original: Seen | undefined = exact.get(hash)?.find((s) => sameWords(s.hashes, hashes));
    let near = false;
    const keys = wordCount >= nearMinWords ? bandKeys(hashes) : [];
    const current: Seen = { index: keep.length, node, hashes };
    if (!original && wordCount >= nearMinWords) {
      // A candidate must share at least two of the eight bands: one changed word spoils two.
      let shared: Map<Seen, number> | null = null;
      for (const k of keys) {
        const list = bands.get(k);
        if (!list) continue;
        shared ??= new Map();
        for (const s of list) shared.set(s, (shared.get(s) ?? 0) + 1);
      }
      let tried = 0;
      for (const [s, count] of shared ?? []) {
        if (count < 2) continue;
        if (tried++ >= MAX_CANDIDATES) break;
        const compact = compactOf(current);
        const max = Math.max(3, Math.floor((compact.length * EDITS_PER_100) / 100));
        const other = compactOf(s);
        if (Math.abs(other.length - compact.length) > max) continue;
        if (boundedEditDistance(other, compact, max) <= max) {
          original = s;
          near = true;
          break;
        }
      }
    }
    if (original && wordCount > 0) {
      const line = lineOf(node);
      const first = lineOf(original.node);
      const afterRequest = isRepeatRequest(previous);
      const adjacent = original.index === keep.length - 1;
      const needed = adjacent ? minWords : minWordsApart;
      if (wordCount < needed || afterRequest) {
        const why = afterRequest
          ? 'it follows a request to repeat'
          : `it is short (${wordCount} words)${adjacent ? '' : ' and far from the first'}, so it was likely said twice`;
        report(
          file,
          'repeat-kept',
          `Kept a repeated paragraph at line ${line} (same as line ${first}): ${why}`,
          { line },
        );
      } else {
        report(
          file,
          'duplicate-paragraph',
          `Removed a repeated paragraph at line ${line}: ${near ? 'nearly identical to' : 'a copy of'} line ${first}`,
          { line, severity: 'warning', actual: node.value },
        );
        continue;
      }
    }
    const seen = current;
    keep.push(node);
    if (wordCount === 0) continue;
    const list = exact.get(hash);
    if (list) list.push(seen);
    else exact.set(hash, [seen]);
    if (wordCount >= nearMinWords) {
      for (const k of keys) {
        const l = bands.get(k);
        if (l) {
          if (l.length < MAX_CANDIDATES) l.push(seen);
        } else bands.set(k, [seen]);
      }
    }
  }
  tree.children = keep;
};
