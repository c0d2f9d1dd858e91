/**
 * Timed source tokens and their alignment to the words of the clean text. Ingest hands the core
 * the transcript text plus the words the input timed (speech-to-text words, subtitle cues); the
 * text plugins change strings as they always did, and the `words` plugin then aligns each
 * block's words to the tokens in one left-to-right pass: a word equal to a nearby token (after
 * normalization) takes its time, tokens skipped over are words the pipeline removed (their time
 * goes), a word equal to two or three tokens joined takes their joint span, and a word matching
 * nothing gets a time between its neighbours'. Linear: every token is passed over once, and a
 * far match is looked up through a hash of token positions, never by comparing all pairs.
 */
import { lazyRegExp } from './lazy.ts';

/** One word of the input with its time, in ms from the start of the media. */
export interface TimedToken {
  /** The word as the input gives it (punctuation included). */
  text: string;
  start: number;
  end: number;
  /** Diarization label or cue speaker, when the input has one. */
  speaker?: string | null;
}

/** Times of one word of the clean text: ms, or null when the input is not timed. */
export interface WordTime {
  start: number | null;
  end: number | null;
}

/** A near token this many positions ahead is taken without further checks. */
const NEAR_WINDOW = 8;
/** A farther token is taken when the next words match the tokens after it too (an anchor). */
const ANCHOR_WORDS = 3;
/** At most this many tokens are joined to match one word (`can` + `not` → `cannot`). */
const MAX_JOIN = 3;

/**
 * The comparable form of a word: lower case letters and digits only (quotes, dashes and the
 * typography plugin's changes do not count).
 *
 * @example normalizeWord('“Hello,') // 'hello'
 */
export function normalizeWord(word: string): string {
  // ASCII words (nearly all of them in English), with typographic quotes and dashes (General
  // Punctuation and « »: no letters, digits or case among them), without a regular expression.
  let ascii = true;
  let clean = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) {
      if ((c >= 0x2000 && c <= 0x206f) || c === 0xab || c === 0xbb) {
        clean = false;
        continue;
      }
      ascii = false;
      break;
    }
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) clean = false;
  }
  if (ascii) {
    if (clean) return word;
    // Letters and digits with punctuation only at the edges (`“Hello,`): one slice.
    let a = 0;
    let b = word.length;
    while (a < b && !isAsciiAlnum(word.charCodeAt(a))) a++;
    while (b > a && !isAsciiAlnum(word.charCodeAt(b - 1))) b--;
    let inner = true;
    for (let i = a; i < b; i++) {
      if (!isAsciiAlnum(word.charCodeAt(i))) {
        inner = false;
        break;
      }
    }
    if (inner) return word.slice(a, b).toLowerCase();
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += word.charAt(i);
    }
    return out;
  }
  return word.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

const NOT_LETTER_OR_DIGIT = lazyRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * True when `word` is the word of `s` at `a`: the same characters, then a space or the end
 * (what `s.indexOf(' ', a) - a === word.length && s.startsWith(word, a)` says, compared here
 * character by character: a word is a few characters, a call to search for them costs more).
 */
function wordAt(s: string, a: number, word: string): boolean {
  const end = a + word.length;
  if (end > s.length || (end < s.length && s.charCodeAt(end) !== 0x20)) return false;
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (c === 0x20 || s.charCodeAt(a + j) !== c) return false;
  }
  return true;
}

/** Splits clean text into words the way the tree does: on whitespace. */
export function splitTextWords(text: string): string[] {
  // Clean text has single spaces between words: split on them, whitespace regex only otherwise.
  if (
    !/[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/.test(text)
  ) {
    const parts = text.split(' ');
    return parts[0] === '' || parts[parts.length - 1] === '' ? parts.filter(Boolean) : parts;
  }
  const out: string[] = [];
  for (const w of text.split(/\s+/)) if (w) out.push(w);
  return out;
}

/**
 * Aligns words to tokens, left to right. One aligner serves a whole document: blocks are handed
 * over in order and the token cursor only moves forward.
 */
export class TokenAligner {
  /** Normalized token texts, made on first use (a token matched by its exact text needs none). */
  private readonly keys: (string | undefined)[];
  /** Positions of each normalized token, ascending; with a read pointer per key. */
  private readonly positions = new Map<string, { list: number[]; next: number }>();
  private indexed = false;
  private cursor = 0;
  /** Where {@link splitWords} gathers a block's words (kept from block to block). */
  private readonly wordBuffer: string[] = [];
  /** The current block's word keys, made on demand (kept from block to block: no new list). */
  private readonly wordKeys: (string | undefined)[] = [];
  /** How many tokens were passed over without a word (removed by the pipeline). */
  skipped = 0;
  /** How many words matched no token (their time is interpolated). */
  unaligned = 0;
  /** How many words of the last block handed to `align` matched a token. */
  lastMatched = 0;

  private readonly tokens: readonly TimedToken[];

  constructor(tokens: readonly TimedToken[]) {
    this.tokens = tokens;
    this.keys = new Array(tokens.length);
  }

  /** The normalized text of token `i`, or undefined past the end. */
  private keyAt(i: number): string | undefined {
    let key = this.keys[i];
    if (key === undefined) {
      const token = this.tokens[i];
      if (token === undefined) return undefined;
      key = normalizeWord(token.text);
      this.keys[i] = key;
    }
    return key;
  }

  /** True when token `i`'s key is not empty: an ASCII letter or digit says so without making it. */
  private hasKey(i: number): boolean {
    const key = this.keys[i];
    if (key !== undefined) return key !== '';
    const text = (this.tokens[i] as TimedToken).text;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) return this.keyAt(i) !== '';
      if (isAsciiAlnum(c)) return true;
    }
    return false;
  }

  /**
   * The words of a block's sentences (one space between words, none at the ends): what
   * `sentences.join(' ').split(' ')` gives, but a word written exactly as the token it will
   * likely match is that token's own string (no copy, and {@link alignInto} compares it by
   * reference). Only a guess at the alignment: the cursor does not move. `counts[s]` gets the
   * number of words of sentence `s`.
   */
  splitWords(sentences: readonly string[], counts: Int32Array): string[] {
    // Words are gathered in one list kept for every block, then copied out at their number.
    const buffer = this.wordBuffer;
    let k = 0;
    const tokens = this.tokens;
    let c = this.cursor;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as string;
      const n = s.length;
      const first = k;
      for (let a = 0; a <= n; ) {
        const here = tokens[c];
        if (here !== undefined && wordAt(s, a, here.text)) {
          buffer[k++] = here.text;
          a += here.text.length + 1;
          c++;
          continue;
        }
        // A word the pipeline removed before this one: the next token. Else a word it added or
        // changed: the cursor stays (the next word shows which).
        const next = tokens[c + 1];
        if (next !== undefined && wordAt(s, a, next.text)) {
          buffer[k++] = next.text;
          a += next.text.length + 1;
          c += 2;
          continue;
        }
        let b = s.indexOf(' ', a);
        if (b === -1) b = n;
        buffer[k++] = s.slice(a, b);
        a = b + 1;
      }
      counts[i] = k - first;
    }
    return buffer.slice(0, k);
  }

  /** Positions of every key, built on the first far search only (near matches need none). */
  private index(): Map<string, { list: number[]; next: number }> {
    if (!this.indexed) {
      this.indexed = true;
      this.tokens.forEach((_token, i) => {
        const key = this.keyAt(i);
        if (!key) return;
        const entry = this.positions.get(key);
        if (entry) entry.list.push(i);
        else this.positions.set(key, { list: [i], next: 0 });
      });
    }
    return this.positions;
  }

  /** The next position ≥ the cursor of a token with this key, or -1: near ones by a short scan. */
  private nextOf(key: string): number {
    const near = Math.min(this.tokens.length, this.cursor + NEAR_WINDOW + 1);
    for (let i = this.cursor; i < near; i++) if (this.keyAt(i) === key) return i;
    const entry = this.index().get(key);
    if (!entry) return -1;
    while (entry.next < entry.list.length && (entry.list[entry.next] ?? 0) < this.cursor) {
      entry.next++;
    }
    return entry.list[entry.next] ?? -1;
  }

  /** Times for one block's words; unmatched words are interpolated between matched neighbours. */
  align(words: readonly string[]): WordTime[] {
    const starts = new Float64Array(words.length);
    const ends = new Float64Array(words.length);
    this.alignInto(words, starts, ends);
    const out: WordTime[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const start = starts[i] as number;
      out[i] = Number.isNaN(start) ? { start: null, end: null } : { start, end: ends[i] as number };
    }
    return out;
  }

  /**
   * {@link align} into two arrays (NaN where a word has no time: a block with no matched word),
   * without an object per word.
   */
  alignInto(words: readonly string[], starts: Float64Array, ends: Float64Array): void {
    starts.fill(Number.NaN, 0, words.length);
    ends.fill(Number.NaN, 0, words.length);
    // Keys are made on demand: a word written exactly as the token at the cursor (nearly every
    // word of a speech-to-text block) has that token's key. One list serves every block.
    const wordKeys = this.wordKeys;
    for (let w = 0; w < words.length; w++) wordKeys[w] = undefined;
    const keyOf = (w: number): string | undefined => {
      if (w >= words.length) return undefined;
      let key = wordKeys[w];
      if (key === undefined) {
        key = normalizeWord(words[w] as string);
        wordKeys[w] = key;
      }
      return key;
    };
    let matched = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      const here = this.tokens[this.cursor];
      if (here !== undefined && here.text === word) {
        // Same text, same key: the token at the cursor is the match (a key equal to the first
        // key joins nothing, and the near scan finds the cursor first).
        if (!this.hasKey(this.cursor)) {
          wordKeys[w] = '';
          continue;
        }
        starts[w] = here.start;
        ends[w] = here.end;
        this.cursor++;
        matched++;
        continue;
      }
      const key = keyOf(w) ?? '';
      if (!key) continue;
      // A word made of joined tokens at the cursor (`cannot`, `1,000`).
      const joined = this.joinedAt(key);
      if (joined > 0) {
        const first = this.tokens[this.cursor] as TimedToken;
        const last = this.tokens[this.cursor + joined - 1] as TimedToken;
        starts[w] = first.start;
        ends[w] = last.end;
        this.cursor += joined;
        matched++;
        continue;
      }
      const at = this.nextOf(key);
      if (at === -1) continue;
      if (at - this.cursor > NEAR_WINDOW && !this.anchored(keyOf, w, at)) continue;
      this.skipped += at - this.cursor;
      const token = this.tokens[at] as TimedToken;
      starts[w] = token.start;
      ends[w] = token.end;
      this.cursor = at + 1;
      matched++;
    }
    this.lastMatched = matched;
    interpolate(words, starts, ends, matched, this);
  }

  /** Tokens from the cursor whose keys joined give `key` (2 to MAX_JOIN of them), or 0. */
  private joinedAt(key: string): number {
    const firstKey = this.keyAt(this.cursor);
    if (firstKey === undefined || firstKey === key || !key.startsWith(firstKey) || !firstKey) {
      return 0;
    }
    let acc = firstKey;
    for (let n = 2; n <= MAX_JOIN && this.cursor + n - 1 < this.tokens.length; n++) {
      acc += this.keyAt(this.cursor + n - 1) ?? '';
      if (acc === key) return n;
      if (!key.startsWith(acc)) return 0;
    }
    return 0;
  }

  /** The words after `w` match the tokens after `at` (a far match that is really the place). */
  private anchored(keyOf: (w: number) => string | undefined, w: number, at: number): boolean {
    let matched = 0;
    for (let k = 1; k <= ANCHOR_WORDS; k++) {
      const wk = keyOf(w + k);
      if (wk === undefined) return matched > 0 || keyOf(w + 1) === undefined;
      if (wk !== this.keyAt(at + k)) return false;
      matched++;
    }
    return true;
  }

  /** Time of the token before the cursor's end, for interpolation at a block's start. */
  lastEnd(): number | null {
    return this.cursor > 0 ? (this.tokens[this.cursor - 1]?.end ?? null) : null;
  }

  /** Start of the token at the cursor, for interpolation at a block's end. */
  nextStart(): number | null {
    return this.tokens[this.cursor]?.start ?? null;
  }
}

/**
 * Fills words without a time (NaN): between the previous timed word's end and the next one's
 * start, shared by length. When the block has no timed word at all, every time stays NaN.
 */
function interpolate(
  words: readonly string[],
  starts: Float64Array,
  ends: Float64Array,
  matched: number,
  aligner: TokenAligner,
): void {
  const n = words.length;
  if (matched === 0) {
    aligner.unaligned += n;
    return;
  }
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(starts[i] as number)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && Number.isNaN(starts[j] as number)) j++;
    const before = i > 0 ? (ends[i - 1] as number) : null;
    const after = j < n ? (starts[j] as number) : null;
    const from = before ?? after ?? 0;
    const to = Math.max(from, after ?? before ?? from);
    let total = 0;
    for (let k = i; k < j; k++) total += Math.max(1, words[k]?.length ?? 1);
    let at = from;
    for (let k = i; k < j; k++) {
      const share = ((to - from) * Math.max(1, words[k]?.length ?? 1)) / total;
      starts[k] = Math.round(at);
      ends[k] = Math.round(at + share);
      at += share;
    }
    aligner.unaligned += j - i;
    i = j;
  }
}
