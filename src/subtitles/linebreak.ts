/**
 * Line breaking inside one subtitle: a scored search over the gaps between words. One line when
 * it fits; otherwise the fewest lines, each within the limit, choosing the gaps the style guides
 * prefer (`BREAK_COST`) and, when the gaps are equally good, a bottom-heavy shape.
 * Two lines cost one pass over the gaps; more lines a small dynamic programme. Cues are bounded
 * (`maxLines × maxCharsPerLine`), so the work per cue is bounded too.
 */

import { graphemeCount, isDigitsOnly, simpleUnits } from './text.ts';
import { BREAK_COST, classifyFlags, coreWord, W, wordFlags } from './words.ts';

/** Penalty for a line made only of digits (ffmpeg's SRT reader can take it for an index). */
const DIGITS_LINE_COST = 1000;
/** Penalty for a line longer than the limit (only a single over-long word is allowed that). */
const OVERLONG_LINE_COST = 200;
/** Weight of the shape term: squared difference of line widths, relative to the limit. */
const SHAPE_WEIGHT = 12;
/** Extra cost when the top line is the longer one (bottom-heavy pyramid preferred). */
const TOP_HEAVY_COST = 0.5;

/**
 * Words of a run of text with everything the search needs precomputed: widths in graphemes,
 * prefix sums, the cost of each gap. `costs[k]` is the cost of breaking before word `k` (k ≥ 1).
 */
export interface WordRun {
  words: string[];
  /** prefixWidth[k] = graphemes of words[0..k), without spaces. */
  prefixWidth: number[];
  /** prefixDigits[k] = how many of words[0..k) are made only of digits. */
  prefixDigits: number[];
  costs: number[];
  /** What is known of each word (shared with every run of the same compile). */
  facts: WordFacts[];
  /**
   * The text the words are read from, when they are that text joined by single spaces, with
   * where each word starts in it: a line of several words is then a slice of the text (one
   * string, no concatenation per word). Null otherwise.
   */
  source: { text: string; starts: readonly number[] } | null;
  /**
   * Text written without spaces (Chinese, Japanese, Thai): `spaces[k]` = spaces before words
   * 1..k-1 (a word glued to the one before it has none), so words [from, to) on one line hold
   * `spaces[to] - spaces[from + 1]`. Null when a single space separates every two words.
   */
  spaces: Int32Array | null;
}

/** Spaces between words [from, to) on one line. */
export function spacesIn(run: WordRun, from: number, to: number): number {
  if (to - from < 2) return 0;
  const spaces = run.spaces;
  return spaces === null ? to - from - 1 : (spaces[to] as number) - (spaces[from + 1] as number);
}

/** Width in graphemes of words [from, to) on one line, with the spaces between them. */
export function runWidth(run: WordRun, from: number, to: number): number {
  const a = run.prefixWidth[from] ?? 0;
  const b = run.prefixWidth[to] ?? 0;
  return b - a + spacesIn(run, from, to);
}

function digitsOnly(run: WordRun, from: number, to: number): boolean {
  return (run.prefixDigits[to] ?? 0) - (run.prefixDigits[from] ?? 0) === to - from;
}

/** What the search needs of one word, found once per distinct word (see {@link WordCache}). */
export interface WordFacts {
  core: string;
  flags: number;
  /** Graphemes. */
  width: number;
  /** Every UTF-16 unit is a grapheme of its own (`simpleUnits`): a line of such words is as wide as it is long. */
  simple: boolean;
  digitsOnly: boolean;
  /** Letters and capital letters, for {@link mostlyUpperCase}. */
  letters: number;
  upper: number;
  /** Estimated speech time in ms at the pace `speechPace`, filled in by the subtitle compiler. */
  speechMs: number;
  /** The pace (language and speech rate, numbered by the compiler) `speechMs` is for; 0: none. */
  speechPace: number;
}

/** FNV-1a hash of a word's UTF-16 units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Facts of each distinct word: a transcript says the same few thousand words again and again,
 * so each is classified, measured and counted once. An open-addressing table on the words' own
 * hash (one pass over the few units of a word): a `Map` asks the engine to hash every new word
 * string, which costs more than the lookup itself.
 */
export class WordCache {
  /** Slot → 1 + index of its word in `words`, or 0 (empty); a power of two long. */
  private slots = new Int32Array(64);
  private words: string[] = [];
  private facts: WordFacts[] = [];

  /** Distinct words held. */
  get size(): number {
    return this.words.length;
  }

  clear(): void {
    this.slots = new Int32Array(64);
    this.words = [];
    this.facts = [];
  }

  /** The facts of `word`, found the first time it is asked for. */
  factsOf(word: string): WordFacts {
    const mask = this.slots.length - 1;
    let slot = wordHash(word) & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.words[entry - 1] === word) return this.facts[entry - 1] as WordFacts;
      slot = (slot + 1) & mask;
    }
    const facts = wordFacts(word);
    this.words.push(word);
    this.facts.push(facts);
    this.slots[slot] = this.words.length;
    // At most half full: a free slot is always near.
    if (2 * this.words.length > this.slots.length) this.grow();
    return facts;
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let w = 0; w < this.words.length; w++) {
      let slot = wordHash(this.words[w] as string) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = w + 1;
    }
    this.slots = slots;
  }
}

/** Distinct words the shared cache holds before it starts afresh (a few MB at most). */
const SHARED_WORDS_MAX = 20_000;
const SHARED_WORDS = new WordCache();

/**
 * The word facts every compile of this process shares: a word's facts depend on the word alone,
 * and a newsroom's transcripts say the same few thousand words again and again. Emptied when it
 * holds more than {@link SHARED_WORDS_MAX} words (checked between compiles).
 */
export function sharedWordCache(): WordCache {
  if (SHARED_WORDS.size > SHARED_WORDS_MAX) SHARED_WORDS.clear();
  return SHARED_WORDS;
}

/** Empties the shared word facts: what a fresh isolate starts with (the bench's cold rows). */
export function clearSharedWordCache(): void {
  SHARED_WORDS.clear();
}

/** What the search needs of one word. */
function wordFacts(word: string): WordFacts {
  const core = coreWord(word);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 0xc0) {
      const ch = word.charAt(i);
      const lower = ch.toLowerCase();
      if (lower !== ch) {
        letters++;
        upper++;
      } else if (ch.toUpperCase() !== ch) letters++;
    }
  }
  return {
    core,
    flags: wordFlags(word, core),
    width: graphemeCount(word),
    simple: simpleUnits(word),
    digitsOnly: isDigitsOnly(word),
    letters,
    upper,
    speechMs: Number.NaN,
    speechPace: 0,
  };
}

/** True when most letters are capitals (radio scripts, shouted tags): capitals then mark no names. */
function mostlyUpperCase(facts: readonly WordFacts[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const f of facts) {
    letters += f.letters;
    upper += f.upper;
  }
  return letters >= 8 && upper / letters > 0.8;
}

/**
 * Builds a run from words. `sentenceEnds[k]` marks word k as the end of a sentence (from the
 * document's sentences), which also tells the classifier where capitals start a sentence.
 * `cache` carries the facts of words already seen (one cache for all runs of a document).
 */
export function makeRun(
  words: string[],
  sentenceEnds?: boolean[],
  cache: WordCache = new WordCache(),
  glued: Uint8Array | null = null,
): WordRun {
  const n = words.length;
  const facts = new Array<WordFacts>(n);
  for (let k = 0; k < n; k++) facts[k] = cache.factsOf(words[k] as string);
  const upperCaseText = mostlyUpperCase(facts);
  // Plain arrays filled up front (one element kind each); a typed array per run would cost a
  // buffer of its own.
  const prefixWidth = new Array<number>(n + 1).fill(0);
  const prefixDigits = new Array<number>(n + 1).fill(0);
  const costs = new Array<number>(n).fill(0);
  let width = 0;
  let digits = 0;
  for (let k = 0; k < n; k++) {
    const f = facts[k] as WordFacts;
    width += f.width;
    if (f.digitsOnly) digits++;
    prefixWidth[k + 1] = width;
    prefixDigits[k + 1] = digits;
    if (k === 0) continue;
    const left = facts[k - 1] as WordFacts;
    const leftStartsSentence =
      k === 1 ||
      (sentenceEnds
        ? sentenceEnds[k - 2] === true
        : ((facts[k - 2] as WordFacts).flags & W.ENDS_SENTENCE) !== 0);
    const kind =
      sentenceEnds?.[k - 1] === true
        ? 'sentence'
        : classifyFlags(
            left.flags,
            left.core,
            f.flags,
            f.core,
            facts[k + 1]?.flags ?? 0,
            leftStartsSentence,
            upperCaseText,
          );
    costs[k] = BREAK_COST[kind];
  }
  let spaces: Int32Array | null = null;
  if (glued !== null) {
    spaces = new Int32Array(n + 1);
    for (let k = 2; k <= n; k++) spaces[k] = (spaces[k - 1] as number) + (glued[k - 1] ? 0 : 1);
    for (let k = 1; k < n; k++) {
      if (sentenceEnds?.[k - 1] !== true)
        costs[k] = unspacedGapCost(words[k - 1] ?? '', words[k] ?? '');
    }
  }
  return { words, prefixWidth, prefixDigits, costs, facts, source: null, spaces };
}

/** Punctuation after which text written without spaces breaks best (a clause ends there). */
const UNSPACED_CLAUSE_ENDS = '，、：；,;:）」』》';
/**
 * Particles and suffixes that lean on the word before them (Japanese が, を, の; Chinese 的, 了,
 * 上): a line must not start with one.
 */
const ENCLITICS: ReadonlySet<string> = new Set(
  'は が を に へ と で も の や か ね よ な て た だ 的 了 着 过 們 们 地 得 上 中 里 吗 呢 吧 啊'.split(
    ' ',
  ),
);

/** Cost of a line break between two words of text written without spaces. */
function unspacedGapCost(left: string, right: string): number {
  if (UNSPACED_CLAUSE_ENDS.includes(left.charAt(left.length - 1))) return BREAK_COST.clause;
  if (ENCLITICS.has(right.charAt(0)) && (right.length === 1 || ENCLITICS.has(right))) {
    return BREAK_COST['article-noun'];
  }
  return BREAK_COST.neutral;
}

/** A chosen layout: `breaks` are the word indexes that start lines 2, 3, … */
export interface Layout {
  cost: number;
  breaks: number[];
}

function shapeCost(top: number, bottom: number, maxChars: number): number {
  const d = (top - bottom) / maxChars;
  return SHAPE_WEIGHT * d * d + (top > bottom ? TOP_HEAVY_COST : 0);
}

/**
 * `shapeCost` of every width difference from -maxChars to maxChars (at `d + maxChars`), for the
 * two-line search: the same numbers without a division per break. The last limit's table is kept.
 */
let shapeTable = { maxChars: 0, costs: new Float64Array(1) };

function shapeCosts(maxChars: number): Float64Array {
  if (shapeTable.maxChars !== maxChars) {
    const costs = new Float64Array(2 * maxChars + 1);
    for (let d = -maxChars; d <= maxChars; d++) costs[d + maxChars] = shapeCost(d, 0, maxChars);
    shapeTable = { maxChars, costs };
  }
  return shapeTable.costs;
}

/** Cost of words [from, to) as one line: overflow and digits-only penalties; null if impossible. */
function lineCost(run: WordRun, from: number, to: number, maxChars: number): number | null {
  const width = runWidth(run, from, to);
  let cost = 0;
  if (width > maxChars) {
    if (to - from > 1) return null;
    cost += OVERLONG_LINE_COST;
  }
  if (digitsOnly(run, from, to)) cost += DIGITS_LINE_COST;
  return cost;
}

/** Fewest lines words [from, to) can take: greedy filling is optimal for the count. */
function minLineCount(run: WordRun, from: number, to: number, maxChars: number): number {
  let lines = 1;
  let start = from;
  for (let k = from + 1; k < to; k++) {
    if (runWidth(run, start, k + 1) > maxChars) {
      lines++;
      start = k;
    }
  }
  return lines;
}

/**
 * Cost of the best layout of words [from, to) in at most `maxLines` lines of `maxChars`
 * graphemes, or Infinity when they cannot fit. Allocation-free for one and two lines: the
 * segmentation calls it for every candidate cue.
 */
export function layoutCost(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  maxLines: number,
): number {
  if (to <= from) return Number.POSITIVE_INFINITY;
  if (to - from === 1 || runWidth(run, from, to) <= maxChars) {
    return lineCost(run, from, to, maxChars) ?? Number.POSITIVE_INFINITY;
  }
  if (maxLines < 2) return Number.POSITIVE_INFINITY;
  const two = twoLineSearch(run, from, to, maxChars, 'cost');
  if (two !== Number.POSITIVE_INFINITY) return two;
  if (maxLines === 2) return Number.POSITIVE_INFINITY;
  return layoutWords(run, from, to, maxChars, maxLines)?.cost ?? Number.POSITIVE_INFINITY;
}

/**
 * Best layout of words [from, to) in at most `maxLines` lines of `maxChars` graphemes, or null
 * when they cannot fit: one line when it fits, else the fewest lines. A single word longer than
 * a line is allowed on a line of its own, at a cost (the caller reports it).
 */
export function layoutWords(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  maxLines: number,
): Layout | null {
  if (to <= from) return null;
  if (to - from === 1 || runWidth(run, from, to) <= maxChars) {
    const single = lineCost(run, from, to, maxChars);
    return single === null ? null : { cost: single, breaks: [] };
  }
  if (maxLines < 2) return null;
  const k = twoLineSearch(run, from, to, maxChars, 'break');
  if (k >= 0) return { cost: twoLineCost(run, from, k, to, maxChars), breaks: [k] };
  const lines = minLineCount(run, from, to, maxChars);
  if (lines > maxLines) return null;
  return manyLines(run, from, to, maxChars, lines);
}

function twoLineCost(run: WordRun, from: number, k: number, to: number, maxChars: number): number {
  const top = lineCost(run, from, k, maxChars) ?? Number.POSITIVE_INFINITY;
  const bottom = lineCost(run, k, to, maxChars) ?? Number.POSITIVE_INFINITY;
  return (
    top +
    bottom +
    (run.costs[k] ?? 0) +
    shapeCost(runWidth(run, from, k), runWidth(run, k, to), maxChars)
  );
}

/**
 * The first k in (from, to) whose bottom line, words [k, to), fits in `maxChars`, else `to - 1`
 * (a last word alone may be too long): a binary search, widths growing with the words.
 */
function firstFittingBottom(run: WordRun, from: number, to: number, maxChars: number): number {
  let lo = from + 1;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runWidth(run, mid, to) > maxChars) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The word index that best starts line 2 of words [from, to), or -1 when two lines cannot hold
 * them (`want = 'break'`); or that layout's cost, the same number `twoLineCost` gives, or
 * Infinity (`want = 'cost'`).
 */
function twoLineSearch(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  want: 'break' | 'cost',
): number {
  const best = scanTwoLines(run, from, to, maxChars, firstFittingBottom(run, from, to, maxChars));
  return want === 'break' ? best : (TWO_LINES[0] as number);
}

/**
 * The cost {@link scanTwoLines} found last (Infinity when two lines cannot hold the words): a
 * double kept in a typed array is stored unboxed, where one returned from a function that is not
 * inlined is a new heap number each call (the segmentation asks for every candidate cue).
 */
export const TWO_LINES = new Float64Array(1);

/**
 * The two-line search of words [from, to) from break `first` on (the first whose bottom line
 * fits, {@link firstFittingBottom}): returns the best break, or -1 when two lines cannot hold
 * them, and writes that layout's cost (the number `twoLineCost` gives) to `TWO_LINES[0]`.
 * Only breaks where both lines fit are scored: the top line grows with k, the bottom shrinks, so
 * the candidates are one contiguous range.
 */
export function scanTwoLines(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  first: number,
): number {
  const widths = run.prefixWidth;
  const digits = run.prefixDigits;
  const start = widths[from] ?? 0;
  const end = widths[to] ?? 0;
  const startDigits = digits[from] ?? 0;
  const endDigits = digits[to] ?? 0;
  const shapes = shapeCosts(maxChars);
  const spaced = run.spaces === null;
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  let bestPlain = true;
  // Breaks before the first whose bottom line fits are skipped: the bottom shrinks as k grows.
  for (let k = first; k < to; k++) {
    const at = widths[k] ?? 0;
    const top = at - start + (spaced ? k - from - 1 : spacesIn(run, from, k));
    if (top > maxChars && k - from > 1) break;
    const bottom = end - at + (spaced ? to - k - 1 : spacesIn(run, k, to));
    if (bottom > maxChars && to - k > 1) continue;
    const plain = top <= maxChars && bottom <= maxChars;
    // A line over the limit (one long word) differs by more than the table holds.
    const diff = top - bottom;
    let shape: number;
    if (diff >= -maxChars && diff <= maxChars) shape = shapes[diff + maxChars] as number;
    else {
      const d = diff / maxChars;
      shape = SHAPE_WEIGHT * d * d + (diff > 0 ? TOP_HEAVY_COST : 0);
    }
    let cost = (run.costs[k] ?? 0) + shape;
    if (top > maxChars) cost += OVERLONG_LINE_COST;
    if (bottom > maxChars) cost += OVERLONG_LINE_COST;
    const atDigits = digits[k] ?? 0;
    const topDigits = atDigits - startDigits === k - from;
    const bottomDigits = endDigits - atDigits === to - k;
    if (topDigits) cost += DIGITS_LINE_COST;
    if (bottomDigits) cost += DIGITS_LINE_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
      bestPlain = plain && !topDigits && !bottomDigits;
    }
  }
  // Without penalties the search summed what `twoLineCost` sums (0 + 0 + gap + shape). Each
  // case stores its own number: one expression choosing among them would box the double.
  if (best < 0) TWO_LINES[0] = Number.POSITIVE_INFINITY;
  else if (bestPlain) TWO_LINES[0] = bestCost;
  else TWO_LINES[0] = twoLineCost(run, from, best, to, maxChars);
  return best;
}

/**
 * {@link layoutCost} for the segmentation, which tries every cue end `to` of one start `from` in
 * order: `lowest` is the first fitting bottom line's break of an earlier `to` (or `from + 1`),
 * and the first fitting break only moves right as `to` grows, so it is found by stepping on from
 * there. Returns that break (the next call's `lowest`); the cost is in `TWO_LINES[0]`.
 */
export function layoutCostFrom(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  maxLines: number,
  lowest: number,
): number {
  let first = Math.max(lowest, from + 1);
  if (to - from === 1 || runWidth(run, from, to) <= maxChars) {
    TWO_LINES[0] = lineCost(run, from, to, maxChars) ?? Number.POSITIVE_INFINITY;
    return first;
  }
  if (maxLines < 2) {
    TWO_LINES[0] = Number.POSITIVE_INFINITY;
    return first;
  }
  while (first < to - 1 && runWidth(run, first, to) > maxChars) first++;
  scanTwoLines(run, from, to, maxChars, first);
  if (maxLines > 2 && TWO_LINES[0] === Number.POSITIVE_INFINITY) {
    TWO_LINES[0] = layoutWords(run, from, to, maxChars, maxLines)?.cost ?? Number.POSITIVE_INFINITY;
  }
  return first;
}

/** Exactly `lines` lines by dynamic programming over line starts (cues are short). */
function manyLines(
  run: WordRun,
  from: number,
  to: number,
  maxChars: number,
  lines: number,
): Layout | null {
  const n = to - from;
  // cost[l][k]: best cost of words [from, from+k) in l lines; width of the last line kept for shape.
  const cost: number[][] = [];
  const back: number[][] = [];
  for (let l = 0; l <= lines; l++) {
    cost.push(new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
    back.push(new Array<number>(n + 1).fill(-1));
  }
  (cost[0] as number[])[0] = 0;
  for (let l = 1; l <= lines; l++) {
    for (let k = 1; k <= n; k++) {
      for (let j = l - 1; j < k; j++) {
        const prev = cost[l - 1]?.[j] ?? Number.POSITIVE_INFINITY;
        if (!Number.isFinite(prev)) continue;
        const line = lineCost(run, from + j, from + k, maxChars);
        if (line === null) continue;
        let c = prev + line;
        if (l > 1) {
          const p = back[l - 1]?.[j] ?? 0;
          c +=
            (run.costs[from + j] ?? 0) +
            shapeCost(
              runWidth(run, from + p, from + j),
              runWidth(run, from + j, from + k),
              maxChars,
            );
        }
        if (c < (cost[l]?.[k] ?? Number.POSITIVE_INFINITY)) {
          (cost[l] as number[])[k] = c;
          (back[l] as number[])[k] = j;
        }
      }
    }
  }
  const total = cost[lines]?.[n] ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(total)) return null;
  const breaks: number[] = [];
  let k = n;
  for (let l = lines; l > 1; l--) {
    const j = back[l]?.[k] ?? 0;
    breaks.unshift(from + j);
    k = j;
  }
  return { cost: total, breaks };
}

/**
 * Graphemes of each line of a layout, from the words' widths, when every word of the lines is
 * simple (see {@link WordFacts.simple}: then a line's graphemes are its words' and its spaces');
 * else null (the caller counts the lines themselves).
 */
export function layoutWidths(
  run: WordRun,
  from: number,
  to: number,
  layout: Layout,
): number[] | null {
  for (let k = from; k < to; k++) if (!(run.facts[k] as WordFacts).simple) return null;
  const breaks = layout.breaks;
  const widths = new Array<number>(breaks.length + 1);
  let start = from;
  for (let b = 0; b < breaks.length; b++) {
    const end = breaks[b] as number;
    widths[b] = runWidth(run, start, end);
    start = end;
  }
  widths[breaks.length] = runWidth(run, start, to);
  return widths;
}

/** The lines of a layout as strings. */
export function layoutLines(run: WordRun, from: number, to: number, layout: Layout): string[] {
  const lines: string[] = [];
  let start = from;
  for (const end of layout.breaks) {
    lines.push(lineOf(run, start, end));
    start = end;
  }
  lines.push(lineOf(run, start, to));
  return lines;
}

/** Words [from, to) of a run on one line: a slice of its source text when it has one. */
function lineOf(run: WordRun, from: number, to: number): string {
  const source = run.source;
  if (source === null || to - from < 2) return joinWords(run, from, to);
  const last = run.words[to - 1] as string;
  return source.text.slice(
    source.starts[from] as number,
    (source.starts[to - 1] as number) + last.length,
  );
}

/** Words [from, to) joined by single spaces, or none before a word glued to the one before. */
function joinWords(run: WordRun, from: number, to: number): string {
  if (to <= from) return '';
  const { words, spaces } = run;
  let line = words[from] ?? '';
  for (let k = from + 1; k < to; k++) {
    const glued = spaces !== null && spaces[k + 1] === spaces[k];
    line += glued ? words[k] : ` ${words[k]}`;
  }
  return line;
}

/**
 * Breaks one subtitle's text into lines.
 *
 * @example breakLines('The work on the peace treaty should be done in a professional manner.', 42)
 * // ['The work on the peace treaty', 'should be done in a professional manner.']
 */
export function breakLines(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const run = makeRun(words);
  const layout = layoutWords(run, 0, words.length, maxChars, maxLines) ??
    layoutWords(run, 0, words.length, maxChars, words.length) ?? { cost: 0, breaks: [] };
  return layoutLines(run, 0, words.length, layout);
}
