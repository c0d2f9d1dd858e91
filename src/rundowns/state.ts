/**
 * The live prompter's state machine, pure: no Worker globals, no clock of its own (every
 * transition takes `now`, in ms), so it runs the same in the Durable Object, in Node tests and
 * (transcribed) in the screens' script.
 *
 * A position is in the script, not in pixels: a story (by id), a block (index in the story) and
 * a fraction of that block (0 at its top, 1 at its end). Time moves the position through
 * *units*: each block weighs its shown characters / 6 (about its words), at least 1, so a
 * screen of any size that maps "block + fraction" onto the block's box stays on the same words.
 *
 * The authoritative state is an anchor: where the script was at `changedAt`, how fast it moves
 * and whether it moves. Nothing is sent per frame; every screen extrapolates from the anchor.
 */

/** One block as the state machine sees it. */
export interface ScriptBlock {
  /** Weight in reading units (about words); at least 1. */
  units: number;
  /** Read time, in ms (0 for cues that are not read). */
  ms: number;
  /** What the block shows, to find the same words again after an edit. */
  text: string;
}

export interface ScriptStory {
  id: string;
  blocks: readonly ScriptBlock[];
}

/** The stories on air, in rundown order. */
export type RundownScript = readonly ScriptStory[];

export interface Position {
  /** Story id, or null when the rundown has no block to show. */
  story: string | null;
  /** Block index in the story. */
  block: number;
  /** Fraction of the block above the eye-line, 0 to 1. */
  offset: number;
}

export interface PlayState extends Position {
  /** Speed step on the curve, -MAX_SPEED_STEP to MAX_SPEED_STEP; negative scrolls back. */
  speed: number;
  playing: boolean;
  /** When this anchor was taken, ms since the epoch (the Durable Object's clock). */
  changedAt: number;
}

export const MAX_SPEED_STEP = 40;
export const DEFAULT_SPEED_STEP = 33;
/** Characters per reading unit (an average word and its space). */
export const CHARS_PER_UNIT = 6;

/**
 * The non-linear speed curve (QPrompt's idea: fine steps when slow, big steps when fast): each
 * step is 8 % faster than the one below, from 12 words a minute at step 1: step 10 is 24, step
 * 20 about 52, step 30 about 112, step 33 (the default) about 141, step 40 about 241 words a
 * minute. Negative steps scroll back as fast.
 *
 * @example speedWpm(0) // 0
 */
export function speedWpm(step: number): number {
  const s = Math.round(clampNumber(step, -MAX_SPEED_STEP, MAX_SPEED_STEP));
  if (s === 0) return 0;
  const wpm = 12 * 1.08 ** (Math.abs(s) - 1);
  return (Math.sign(s) * Math.round(wpm * 10)) / 10;
}

/** Reading units per second at a speed step. */
export function unitsPerSecond(step: number): number {
  return speedWpm(step) / 60;
}

/** A block's weight from what it shows. */
export function blockUnits(shownChars: number): number {
  return Math.max(1, Math.round((shownChars / CHARS_PER_UNIT) * 100) / 100);
}

export function clampNumber(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** The state of a new rundown: at the top, paused, at the default speed. */
export function initialState(script: RundownScript, now: number): PlayState {
  const first = script.find((story) => story.blocks.length > 0);
  return {
    story: first?.id ?? null,
    block: 0,
    offset: 0,
    speed: DEFAULT_SPEED_STEP,
    playing: false,
    changedAt: now,
  };
}

/** Units before each story's first block, and the total. Linear in the number of blocks. */
interface Layout {
  starts: Map<string, number>;
  total: number;
}

function layoutOf(script: RundownScript): Layout {
  const starts = new Map<string, number>();
  let total = 0;
  for (const story of script) {
    starts.set(story.id, total);
    for (const block of story.blocks) total += block.units;
  }
  return { starts, total };
}

/** The position as units from the top of the rundown (0 when it names nothing that exists). */
export function toUnits(script: RundownScript, position: Position): number {
  if (position.story === null) return 0;
  let total = 0;
  for (const story of script) {
    if (story.id === position.story) {
      const index = clampNumber(position.block, 0, Math.max(0, story.blocks.length - 1));
      for (let i = 0; i < index; i++) total += story.blocks[i]?.units ?? 0;
      const block = story.blocks[index];
      return total + (block ? clampNumber(position.offset, 0, 1) * block.units : 0);
    }
    for (const block of story.blocks) total += block.units;
  }
  return 0;
}

/** Units from the top back to a position; the end of the last block past the end. */
export function fromUnits(script: RundownScript, units: number): Position {
  let rest = Math.max(0, units);
  let last: Position = { story: null, block: 0, offset: 0 };
  for (const story of script) {
    for (let i = 0; i < story.blocks.length; i++) {
      const weight = story.blocks[i]?.units ?? 1;
      if (rest < weight) return { story: story.id, block: i, offset: rest / weight };
      rest -= weight;
      last = { story: story.id, block: i, offset: 1 };
    }
  }
  return last;
}

export function totalUnits(script: RundownScript): number {
  return layoutOf(script).total;
}

/** Where the script is at `now`: the anchor moved by speed × time, stopped at either end. */
export function positionAt(state: PlayState, script: RundownScript, now: number): Position {
  if (!state.playing || state.speed === 0 || state.story === null) {
    return { story: state.story, block: state.block, offset: state.offset };
  }
  const elapsedSec = Math.max(0, now - state.changedAt) / 1000;
  const start = toUnits(script, state);
  const end = totalUnits(script);
  return fromUnits(script, clampNumber(start + unitsPerSecond(state.speed) * elapsedSec, 0, end));
}

/** A fresh anchor at `now` with the position it has reached. */
export function settle(state: PlayState, script: RundownScript, now: number): PlayState {
  return { ...state, ...positionAt(state, script, now), changedAt: now };
}

/** What an operator, a remote or a controlling screen asks for. */
export type Command =
  | { action: 'play' | 'pause' | 'toggle' | 'faster' | 'slower' | 'top' }
  | { action: 'next-block' | 'previous-block' | 'next-story' | 'previous-story' }
  | { action: 'speed'; step: number }
  | { action: 'jump'; story: string; block: number; offset?: number };

const SIMPLE_ACTIONS = new Set([
  'play',
  'pause',
  'toggle',
  'faster',
  'slower',
  'top',
  'next-block',
  'previous-block',
  'next-story',
  'previous-story',
]);

/** A command from untrusted JSON, or null when it is not one. */
export function parseCommand(value: unknown): Command | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const action = record.action;
  if (typeof action !== 'string') return null;
  if (SIMPLE_ACTIONS.has(action)) return { action } as Command;
  if (action === 'speed') {
    const step = record.step;
    if (typeof step !== 'number' || !Number.isInteger(step)) return null;
    if (Math.abs(step) > MAX_SPEED_STEP) return null;
    return { action, step };
  }
  if (action === 'jump') {
    const { story, block, offset } = record;
    if (typeof story !== 'string' || story.length > 200) return null;
    if (typeof block !== 'number' || !Number.isInteger(block) || block < 0) return null;
    if (offset !== undefined && (typeof offset !== 'number' || !(offset >= 0 && offset <= 1))) {
      return null;
    }
    return offset === undefined ? { action, story, block } : { action, story, block, offset };
  }
  return null;
}

/** The first block of the story `delta` stories away that has blocks, or null. */
function storyStep(script: RundownScript, from: string | null, delta: 1 | -1): string | null {
  const withBlocks = script.filter((story) => story.blocks.length > 0);
  const index = withBlocks.findIndex((story) => story.id === from);
  if (index === -1) return withBlocks[0]?.id ?? null;
  return withBlocks[index + delta]?.id ?? null;
}

/**
 * Applies a command at `now`. The result is always a settled anchor (changedAt = now), so every
 * screen starts extrapolating from the same place.
 */
export function applyCommand(
  state: PlayState,
  script: RundownScript,
  command: Command,
  now: number,
): PlayState {
  const here = settle(state, script, now);
  switch (command.action) {
    case 'play':
      return { ...here, playing: true };
    case 'pause':
      return { ...here, playing: false };
    case 'toggle':
      return { ...here, playing: !here.playing };
    case 'faster':
      return { ...here, speed: clampNumber(here.speed + 1, -MAX_SPEED_STEP, MAX_SPEED_STEP) };
    case 'slower':
      return { ...here, speed: clampNumber(here.speed - 1, -MAX_SPEED_STEP, MAX_SPEED_STEP) };
    case 'speed':
      return { ...here, speed: clampNumber(command.step, -MAX_SPEED_STEP, MAX_SPEED_STEP) };
    case 'top':
      return { ...here, ...fromUnits(script, 0) };
    case 'jump': {
      const story = script.find((s) => s.id === command.story);
      if (!story || story.blocks.length === 0) return here;
      const block = clampNumber(command.block, 0, story.blocks.length - 1);
      return { ...here, story: story.id, block, offset: command.offset ?? 0 };
    }
    case 'next-block':
    case 'previous-block': {
      const units = toUnits(script, here);
      const target = command.action === 'next-block' ? nextBlockStart(script, here) : null;
      if (command.action === 'next-block') return target ? { ...here, ...target } : here;
      // Back: to the top of this block, or of the one before when already (nearly) there.
      const top = toUnits(script, { ...here, offset: 0 });
      if (units - top > 0.25) return { ...here, offset: 0 };
      return { ...here, ...previousBlockStart(script, here) };
    }
    case 'next-story':
    case 'previous-story': {
      const delta = command.action === 'next-story' ? 1 : -1;
      if (delta === -1 && (here.block > 0 || here.offset > 0.02)) {
        return { ...here, block: 0, offset: 0 };
      }
      const id = storyStep(script, here.story, delta);
      return id === null ? here : { ...here, story: id, block: 0, offset: 0 };
    }
  }
}

function nextBlockStart(script: RundownScript, here: Position): Position | null {
  const index = script.findIndex((story) => story.id === here.story);
  const story = script[index];
  if (story && here.block + 1 < story.blocks.length) {
    return { story: story.id, block: here.block + 1, offset: 0 };
  }
  const id = storyStep(script, here.story, 1);
  return id === null ? null : { story: id, block: 0, offset: 0 };
}

function previousBlockStart(script: RundownScript, here: Position): Position {
  if (here.block > 0) return { story: here.story, block: here.block - 1, offset: 0 };
  const id = storyStep(script, here.story, -1);
  const story = script.find((s) => s.id === id);
  if (!story) return { story: here.story, block: 0, offset: 0 };
  return { story: story.id, block: story.blocks.length - 1, offset: 0 };
}

interface Word {
  text: string;
  /** Index of its first character in the block's text. */
  at: number;
}

function words(text: string): Word[] {
  const list: Word[] = [];
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/\S+/g)) list.push({ text: match[0], at: match.index });
  return list;
}

/**
 * The same words in an edited story: where `block` + `offset` of `before` is in `after`. An
 * unchanged block keeps its fraction. Otherwise the few words around the eye-line are looked for
 * in the new blocks (one pass over each), and the fraction is placed on the same character of
 * them (a fraction is of the block's shown characters, as its units are); failing that the block
 * index is kept.
 */
export function remapPosition(
  before: readonly ScriptBlock[],
  after: readonly ScriptBlock[],
  block: number,
  offset: number,
): { block: number; offset: number } {
  if (after.length === 0) return { block: 0, offset: 0 };
  const old = before[block];
  if (!old) return { block: clampNumber(block, 0, after.length - 1), offset: 0 };
  // The same text, nearest to where it was.
  let best = -1;
  for (let i = 0; i < after.length; i++) {
    if (
      after[i]?.text === old.text &&
      (best === -1 || Math.abs(i - block) < Math.abs(best - block))
    )
      best = i;
  }
  if (best !== -1) return { block: best, offset };
  const oldWords = words(old.text);
  if (oldWords.length > 0) {
    const char = clampNumber(offset, 0, 1) * old.text.length;
    let at = 0;
    while (at + 1 < oldWords.length && (oldWords[at + 1]?.at ?? 0) <= char) at++;
    const into = char - (oldWords[at]?.at ?? 0);
    // Five words around the eye-line, then three (one word alone would match any "the").
    for (const [lo, hi] of [
      [at - 2, at + 3],
      [at - 1, at + 2],
    ] as const) {
      const from = Math.max(0, lo);
      const phrase = oldWords.slice(from, Math.min(oldWords.length, hi)).map((w) => w.text);
      const found = findPhrase(after, phrase, block);
      if (found) {
        const word = found.words[found.word + (at - from)];
        const length = after[found.block]?.text.length ?? 1;
        return {
          block: found.block,
          offset: clampNumber(((word?.at ?? 0) + into) / Math.max(1, length), 0, 1),
        };
      }
    }
  }
  return { block: clampNumber(block, 0, after.length - 1), offset: clampNumber(offset, 0, 1) };
}

function findPhrase(
  blocks: readonly ScriptBlock[],
  phrase: readonly string[],
  near: number,
): { block: number; word: number; words: Word[] } | null {
  if (phrase.length === 0) return null;
  let found: { block: number; word: number; words: Word[] } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const list = words(blocks[b]?.text ?? '');
    for (let i = 0; i + phrase.length <= list.length; i++) {
      let same = true;
      for (let k = 0; k < phrase.length && same; k++) same = list[i + k]?.text === phrase[k];
      if (same) {
        if (!found || Math.abs(b - near) < Math.abs(found.block - near)) {
          found = { block: b, word: i, words: list };
        }
        break;
      }
    }
  }
  return found;
}

/**
 * The state after the script changed (a story edited, added, dropped or moved): settled with the
 * old script, then placed on the same words in the new one. A dropped current story hands over
 * to the next story that remains (else the one before).
 */
export function rescript(
  state: PlayState,
  before: RundownScript,
  after: RundownScript,
  now: number,
): PlayState {
  const here = settle(state, before, now);
  if (here.story === null) return { ...here, ...fromUnits(after, 0) };
  const oldStory = before.find((story) => story.id === here.story);
  const newStory = after.find((story) => story.id === here.story);
  if (newStory && newStory.blocks.length > 0) {
    const moved = remapPosition(oldStory?.blocks ?? [], newStory.blocks, here.block, here.offset);
    return { ...here, ...moved };
  }
  const oldIndex = before.findIndex((story) => story.id === here.story);
  const remaining = new Set(after.filter((s) => s.blocks.length > 0).map((s) => s.id));
  for (const story of before.slice(oldIndex + 1)) {
    if (remaining.has(story.id)) return { ...here, story: story.id, block: 0, offset: 0 };
  }
  for (const story of before.slice(0, Math.max(0, oldIndex)).reverse()) {
    if (remaining.has(story.id)) return { ...here, story: story.id, block: 0, offset: 0 };
  }
  return { ...here, ...fromUnits(after, 0) };
}

/** Read time left in ms: of the current story and of the rundown, and until the next story. */
export interface TimeLeft {
  storyMs: number;
  rundownMs: number;
  /** Until the next story at the current speed when playing forward, else by read time; null on the last story. */
  nextStoryMs: number | null;
}

export function timeLeft(state: PlayState, script: RundownScript, now: number): TimeLeft {
  const here = positionAt(state, script, now);
  let storyMs = 0;
  let rundownMs = 0;
  let storyUnits = 0;
  let seen = false;
  let last = true;
  for (const story of script) {
    if (story.id === here.story) {
      seen = true;
      story.blocks.forEach((block, i) => {
        const part = i < here.block ? 0 : i === here.block ? 1 - here.offset : 1;
        storyMs += block.ms * part;
        storyUnits += block.units * part;
      });
      rundownMs += storyMs;
    } else if (seen) {
      if (story.blocks.length > 0) last = false;
      for (const block of story.blocks) rundownMs += block.ms;
    }
  }
  let nextStoryMs: number | null = null;
  if (!last) {
    const rate = unitsPerSecond(state.speed);
    nextStoryMs = state.playing && rate > 0 ? (storyUnits / rate) * 1000 : storyMs;
  }
  return { storyMs: Math.round(storyMs), rundownMs: Math.round(rundownMs), nextStoryMs };
}

/**
 * Back-time: when each story must start for the rundown to end at `endMs`, reading at the
 * stories' read times (`durationsMs`, in rundown order). The last story starts at the end minus
 * its own time; each earlier one at the next one's start minus its own.
 *
 * @example backTimes([60_000, 30_000], Date.UTC(2026, 0, 1, 18, 30)) // [18:28:30, 18:29:30]
 */
export function backTimes(durationsMs: readonly number[], endMs: number): number[] {
  const starts = new Array<number>(durationsMs.length);
  let at = endMs;
  for (let i = durationsMs.length - 1; i >= 0; i--) {
    at -= Math.max(0, durationsMs[i] ?? 0);
    starts[i] = at;
  }
  return starts;
}

/** A token bucket for message rates: `capacity` messages at once, `perSecond` refilled. */
export interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimit {
  capacity: number;
  perSecond: number;
}

/** Takes one token at `now`: the bucket after, and whether the message may pass. */
export function takeToken(
  bucket: Bucket | null,
  limit: RateLimit,
  now: number,
): { bucket: Bucket; ok: boolean } {
  const start = bucket ?? { tokens: limit.capacity, at: now };
  const refilled = Math.min(
    limit.capacity,
    start.tokens + (Math.max(0, now - start.at) / 1000) * limit.perSecond,
  );
  if (refilled < 1) return { bucket: { tokens: refilled, at: now }, ok: false };
  return { bucket: { tokens: refilled - 1, at: now }, ok: true };
}
