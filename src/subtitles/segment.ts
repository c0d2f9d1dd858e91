/**
 * Segmentation: the words of one block into subtitles. Sentences first, then clauses, then
 * words: a dynamic programme over cue ends whose costs are the gap kinds of `words.ts` (a cue end
 * at a sentence end is free), the line layout of each cue (`linebreak.ts`), the cue's speech time
 * against the longest allowed duration, and a count of cues (fewer, fuller subtitles). Cues are
 * bounded by `maxLines × maxCharsPerLine`, so the programme is linear in the block's words.
 */

import {
  type Layout,
  layoutCostFrom,
  layoutLines,
  layoutWords,
  TWO_LINES,
  type WordRun,
} from './linebreak.ts';

/** Cost of each subtitle: prefers fewer, fuller cues to a string of fragments. */
const CUE_COST = 10;
/** A cue holding the end of one sentence and the start of the next (per sentence end inside). */
const MIXED_SENTENCES_COST = 20;
/** A cue of whole sentences holding more than one (per extra sentence): allowed, mildly. */
const JOINED_SENTENCES_COST = 2;
/** Cutting between cues separates words in time as well as space: gap costs weigh more. */
const CUE_BOUNDARY_FACTOR = 1.5;
/** A fragment (not a whole sentence) shorter than half a line on its own, or shorter still. */
const SHORT_FRAGMENT_COST = 4;
const TINY_FRAGMENT_COST = 8;
const TINY_FRAGMENT_CHARS = 12;
/** Speech longer than the longest duration: the cue will be on screen for less than its speech. */
const OVERLONG_SPEECH_COST = 30;

export interface SegmentLimits {
  maxCharsPerLine: number;
  maxLines: number;
  maxDurationMs: number;
  /**
   * Timed words: the speech times are real, so a cue of several words may not span more than
   * `maxDurationMs`, and one shorter than this (ms) costs extra (it would flash by).
   */
  realMinDurationMs?: number;
  /** Timed words: reading speed limit (chars/s) measured on the real span, costed when passed. */
  realMaxCps?: number;
}

/** Per char/s over the reading speed limit on real speech: balance fast and slow stretches. */
const FAST_SPEECH_COST = 3;

/** A cue of real speech shorter than the minimum duration (it may not reach it). */
const SHORT_SPEECH_COST = 12;

/** One cue's words [from, to) of a block and their layout. */
export interface Segment {
  from: number;
  to: number;
  lines: string[];
  layout: Layout;
}

/** Scratch arrays of {@link segmentWords}, grown as needed: one compile cuts many blocks. */
let scratchBest = new Float64Array(256);
let scratchFrom = new Int32Array(256);
let scratchSentences = new Int32Array(256);
let scratchEnds = new Uint8Array(256);

function ensureScratch(size: number): void {
  if (scratchBest.length >= size) return;
  const length = Math.max(size, 2 * scratchBest.length);
  scratchBest = new Float64Array(length);
  scratchFrom = new Int32Array(length);
  scratchSentences = new Int32Array(length);
  scratchEnds = new Uint8Array(length);
}

/**
 * Splits words [lo, hi) of a run into cues (the whole run by default). The last word of the
 * range ends a sentence.
 * @param run the block's words (with `makeRun`)
 * @param sentenceEnds word k of the run ends a sentence
 * @param speechMsPrefix speechMsPrefix[k] = estimated speech time of words [lo..lo+k), in ms
 * @param firstCueLines lines the first cue may use for text (one less when a name label takes a line)
 * @returns segments with word indexes of the run
 */
export function segmentWords(
  run: WordRun,
  sentenceEnds: readonly boolean[],
  speechMsPrefix: Float64Array,
  limits: SegmentLimits,
  firstCueLines = limits.maxLines,
  lo = 0,
  hi = run.words.length,
): Segment[] {
  const n = hi - lo;
  if (n <= 0) return [];
  // Typed scratch arrays reused across calls, indexed from 0 (word lo) to n; limits hoisted:
  // this loop runs for every candidate cue of the document.
  ensureScratch(n + 1);
  const best = scratchBest;
  const from = scratchFrom;
  const sentencePrefix = scratchSentences;
  // ends[k]: word k (0-based in the range) ends a sentence: the run says so, or it ends the range.
  const ends = scratchEnds;
  sentencePrefix[0] = 0;
  for (let k = 0; k < n; k++) {
    const end = k === n - 1 || sentenceEnds[lo + k] === true ? 1 : 0;
    ends[k] = end;
    sentencePrefix[k + 1] = (sentencePrefix[k] as number) + end;
  }
  best.fill(Number.POSITIVE_INFINITY, 0, n + 1);
  from.fill(-1, 0, n + 1);
  const widths = run.prefixWidth;
  const spaces = run.spaces;
  const gapCosts = run.costs;
  const maxChars = limits.maxCharsPerLine;
  const halfLine = maxChars / 2;
  const maxDurationMs = limits.maxDurationMs;
  const real = limits.realMinDurationMs !== undefined;
  const realMinMs = limits.realMinDurationMs ?? 0;
  const cpsFloorMs = limits.realMinDurationMs ?? 1;
  const realMaxCps = real
    ? (limits.realMaxCps ?? Number.POSITIVE_INFINITY)
    : Number.POSITIVE_INFINITY;
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const base = best[i] as number;
    if (base === Number.POSITIVE_INFINITY) continue;
    const lines = Math.max(1, i === 0 ? firstCueLines : limits.maxLines);
    const capacity = lines * maxChars;
    const startsSentence = i === 0 || ends[i - 1] === 1;
    const startWidth = widths[lo + i] as number;
    const startSpeech = speechMsPrefix[i] as number;
    const startSentences = sentencePrefix[i] as number;
    // The first break whose bottom line fits, carried from one cue end to the next.
    let lowest = lo + i + 1;
    for (let j = i + 1; j <= n; j++) {
      const width =
        (widths[lo + j] as number) -
        startWidth +
        (spaces === null ? j - i - 1 : (spaces[lo + j] as number) - (spaces[lo + i + 1] as number));
      if (width > capacity && j - i > lines) break;
      const speechMs = (speechMsPrefix[j] as number) - startSpeech;
      // Real speech times grow with j: no longer cue of several words can fit either.
      if (real && speechMs > maxDurationMs && j - i > 1) break;
      let cost = base + CUE_COST;
      if (j < n) cost += CUE_BOUNDARY_FACTOR * (gapCosts[lo + j] as number);
      // Every term below only adds: a cue already as dear as the best end at j cannot win.
      const bestJ = best[j] as number;
      if (cost >= bestJ) continue;
      const inside = (sentencePrefix[j - 1] as number) - startSentences;
      const whole = startsSentence && ends[j - 1] === 1;
      if (inside > 0) cost += inside * (whole ? JOINED_SENTENCES_COST : MIXED_SENTENCES_COST);
      if (!whole) {
        if (width < TINY_FRAGMENT_CHARS) cost += TINY_FRAGMENT_COST;
        else if (width < halfLine) cost += SHORT_FRAGMENT_COST;
      }
      if (real) {
        if (speechMs < realMinMs) cost += SHORT_SPEECH_COST;
        const cps = width / (Math.max(speechMs, cpsFloorMs) / 1000);
        if (cps > realMaxCps) cost += FAST_SPEECH_COST * (cps - realMaxCps);
      }
      if (speechMs > maxDurationMs) {
        cost += OVERLONG_SPEECH_COST * (1 + (speechMs - maxDurationMs) / maxDurationMs);
      }
      // The layout search is the dear part: skip it when this cue cannot win anyway.
      if (cost >= bestJ) continue;
      lowest = layoutCostFrom(run, lo + i, lo + j, maxChars, lines, lowest);
      cost += TWO_LINES[0] as number;
      if (cost < bestJ) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const segments: Segment[] = [];
  let j = n;
  while (j > 0) {
    const i = from[j] as number;
    const lines = Math.max(1, i === 0 ? firstCueLines : limits.maxLines);
    const layout = i < 0 ? null : layoutWords(run, lo + i, lo + j, limits.maxCharsPerLine, lines);
    if (i < 0 || !layout) return wordPerCue(run, lo, hi);
    segments.push({
      from: lo + i,
      to: lo + j,
      layout,
      lines: layoutLines(run, lo + i, lo + j, layout),
    });
    j = i;
  }
  return segments.reverse();
}

/** Fallback that cannot lose a word: one cue per word (every single word has a layout). */
function wordPerCue(run: WordRun, lo: number, hi: number): Segment[] {
  const segments: Segment[] = [];
  for (let k = lo; k < hi; k++) {
    segments.push({
      from: k,
      to: k + 1,
      lines: [run.words[k] as string],
      layout: { cost: 0, breaks: [] },
    });
  }
  return segments;
}
