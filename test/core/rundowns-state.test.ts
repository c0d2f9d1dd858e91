import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  backTimes,
  DEFAULT_SPEED_STEP,
  fromUnits,
  initialState,
  MAX_SPEED_STEP,
  type PlayState,
  parseCommand,
  positionAt,
  type RundownScript,
  remapPosition,
  rescript,
  type ScriptBlock,
  speedWpm,
  takeToken,
  timeLeft,
  totalUnits,
  toUnits,
  unitsPerSecond,
} from '../../src/rundowns/state.ts';

const block = (units: number, text = `block of ${units}`, ms = units * 333): ScriptBlock => ({
  units,
  ms,
  text,
});

// Story a: 10 + 20 units; story b: 30 units; story c: none (skipped); story d: 5 units.
const SCRIPT: RundownScript = [
  { id: 'a', blocks: [block(10, 'a one'), block(20, 'a two')] },
  { id: 'b', blocks: [block(30, 'b one')] },
  { id: 'c', blocks: [] },
  { id: 'd', blocks: [block(5, 'd one')] },
];

const T0 = 1_000_000;

function at(position: Partial<PlayState>): PlayState {
  return { ...initialState(SCRIPT, T0), ...position };
}

describe('speed curve', () => {
  it('is fine when slow and coarse when fast, symmetric backwards', () => {
    expect(speedWpm(0)).toBe(0);
    expect(speedWpm(1)).toBe(12);
    for (let s = 1; s < MAX_SPEED_STEP; s++) {
      expect(speedWpm(s + 1)).toBeGreaterThan(speedWpm(s));
      expect(speedWpm(-s)).toBe(-speedWpm(s));
    }
    // Slow reading: steps of about a word a minute at the bottom of the curve.
    expect(speedWpm(2) - speedWpm(1)).toBeLessThan(1.5);
    expect(speedWpm(MAX_SPEED_STEP) - speedWpm(MAX_SPEED_STEP - 1)).toBeGreaterThan(15);
    // The default reads at a newsroom pace.
    expect(speedWpm(DEFAULT_SPEED_STEP)).toBeGreaterThan(120);
    expect(speedWpm(DEFAULT_SPEED_STEP)).toBeLessThan(180);
    expect(speedWpm(MAX_SPEED_STEP + 10)).toBe(speedWpm(MAX_SPEED_STEP));
  });
});

describe('positions', () => {
  it('maps a position to units from the top and back', () => {
    expect(totalUnits(SCRIPT)).toBe(65);
    expect(toUnits(SCRIPT, { story: 'a', block: 1, offset: 0.5 })).toBe(20);
    expect(toUnits(SCRIPT, { story: 'd', block: 0, offset: 0 })).toBe(60);
    expect(fromUnits(SCRIPT, 20)).toEqual({ story: 'a', block: 1, offset: 0.5 });
    expect(fromUnits(SCRIPT, 60)).toEqual({ story: 'd', block: 0, offset: 0 });
    expect(fromUnits(SCRIPT, 1000)).toEqual({ story: 'd', block: 0, offset: 1 });
  });

  it('round-trips any unit count within the script', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 64.999, noNaN: true }), (units) => {
        expect(toUnits(SCRIPT, fromUnits(SCRIPT, units))).toBeCloseTo(units, 9);
      }),
    );
  });

  it('extrapolates by speed × time across blocks and stories, and stops at either end', () => {
    const playing = at({
      story: 'a',
      block: 0,
      offset: 0,
      speed: 20,
      playing: true,
      changedAt: T0,
    });
    const rate = unitsPerSecond(20);
    const later = (seconds: number) => positionAt(playing, SCRIPT, T0 + seconds * 1000);
    expect(toUnits(SCRIPT, later(5))).toBeCloseTo(rate * 5, 9);
    expect(later(35 / rate).story).toBe('b');
    expect(later(10_000)).toEqual({ story: 'd', block: 0, offset: 1 });
    const back = { ...playing, story: 'b', speed: -20 };
    expect(positionAt(back, SCRIPT, T0 + 1_000_000)).toEqual({ story: 'a', block: 0, offset: 0 });
    // Paused: it stays.
    expect(positionAt({ ...playing, playing: false }, SCRIPT, T0 + 60_000)).toEqual({
      story: 'a',
      block: 0,
      offset: 0,
    });
  });
});

describe('commands', () => {
  it('settles the anchor on every command, so screens start from the same place', () => {
    const playing = at({ story: 'a', speed: 20, playing: true, changedAt: T0 });
    const paused = applyCommand(playing, SCRIPT, { action: 'pause' }, T0 + 4_000);
    expect(paused.playing).toBe(false);
    expect(paused.changedAt).toBe(T0 + 4_000);
    expect(toUnits(SCRIPT, paused)).toBeCloseTo(unitsPerSecond(20) * 4, 9);
    const faster = applyCommand(paused, SCRIPT, { action: 'faster' }, T0 + 5_000);
    expect(faster.speed).toBe(21);
    const capped = applyCommand(
      { ...faster, speed: MAX_SPEED_STEP },
      SCRIPT,
      { action: 'faster' },
      T0,
    );
    expect(capped.speed).toBe(MAX_SPEED_STEP);
  });

  it('steps blocks and stories, skipping stories without blocks', () => {
    const lastOfA = at({ story: 'a', block: 1, offset: 0.5 });
    expect(applyCommand(lastOfA, SCRIPT, { action: 'next-block' }, T0)).toMatchObject({
      story: 'b',
      block: 0,
      offset: 0,
    });
    const inB = at({ story: 'b', block: 0, offset: 0 });
    expect(applyCommand(inB, SCRIPT, { action: 'next-story' }, T0)).toMatchObject({ story: 'd' });
    expect(applyCommand(inB, SCRIPT, { action: 'previous-block' }, T0)).toMatchObject({
      story: 'a',
      block: 1,
    });
    // Back from the middle of a block: to its top first; from the middle of a story: to its top.
    const midB = at({ story: 'b', block: 0, offset: 0.5 });
    expect(applyCommand(midB, SCRIPT, { action: 'previous-block' }, T0)).toMatchObject({
      story: 'b',
      offset: 0,
    });
    expect(applyCommand(midB, SCRIPT, { action: 'previous-story' }, T0)).toMatchObject({
      story: 'b',
      block: 0,
      offset: 0,
    });
    expect(applyCommand(inB, SCRIPT, { action: 'previous-story' }, T0)).toMatchObject({
      story: 'a',
    });
    const lastStory = at({ story: 'd' });
    expect(applyCommand(lastStory, SCRIPT, { action: 'next-story' }, T0).story).toBe('d');
    expect(applyCommand(lastStory, SCRIPT, { action: 'top' }, T0)).toMatchObject({
      story: 'a',
      block: 0,
    });
  });

  it('jumps within bounds and ignores unknown stories', () => {
    const start = at({});
    expect(
      applyCommand(start, SCRIPT, { action: 'jump', story: 'a', block: 9, offset: 0.5 }, T0),
    ).toMatchObject({ story: 'a', block: 1, offset: 0.5 });
    expect(
      applyCommand(start, SCRIPT, { action: 'jump', story: 'zz', block: 0 }, T0),
    ).toMatchObject({
      story: 'a',
      block: 0,
    });
  });

  it('parses only well-formed commands', () => {
    expect(parseCommand({ action: 'play' })).toEqual({ action: 'play' });
    expect(parseCommand({ action: 'speed', step: 5 })).toEqual({ action: 'speed', step: 5 });
    expect(parseCommand({ action: 'jump', story: 'a', block: 1, offset: 0.5 })).toEqual({
      action: 'jump',
      story: 'a',
      block: 1,
      offset: 0.5,
    });
    for (const bad of [
      null,
      'play',
      {},
      { action: 'warp' },
      { action: 'speed', step: 1.5 },
      { action: 'speed', step: MAX_SPEED_STEP + 1 },
      { action: 'jump', story: 'a', block: -1 },
      { action: 'jump', story: 'a', block: 0, offset: 2 },
      { action: 'jump', story: 3, block: 0 },
    ]) {
      expect(parseCommand(bad)).toBeNull();
    }
  });
});

describe('editing on air', () => {
  const before: ScriptBlock[] = [
    block(4, 'The council met tonight.'),
    block(
      8,
      'Work on the old bridge starts on Monday and should take six weeks, the council said.',
    ),
    block(3, 'More at ten.'),
  ];

  it('keeps an unchanged block and its fraction when a paragraph is added above', () => {
    const after = [block(2, 'A late line.'), ...before];
    expect(remapPosition(before, after, 1, 0.4)).toEqual({ block: 2, offset: 0.4 });
  });

  it('finds the words on the eye-line in an edited block', () => {
    const text = before[1]?.text ?? '';
    const offset = text.indexOf('should take') / text.length;
    const edited =
      'Work on the old stone bridge starts on Monday and should take six weeks, officials said.';
    const after = [before[0] as ScriptBlock, block(9, edited), before[2] as ScriptBlock];
    const moved = remapPosition(before, after, 1, offset);
    expect(moved.block).toBe(1);
    expect(moved.offset).toBeCloseTo(edited.indexOf('should take') / edited.length, 9);
  });

  it('keeps the block index when the words are gone', () => {
    const after = [block(3, 'Something else entirely.'), block(3, 'And more.')];
    expect(remapPosition(before, after, 1, 0.5)).toEqual({ block: 1, offset: 0.5 });
  });

  it('hands over to the next story when the current one is dropped, and follows a reorder', () => {
    const inB = at({ story: 'b', block: 0, offset: 0.3 });
    const dropped = SCRIPT.filter((story) => story.id !== 'b');
    expect(rescript(inB, SCRIPT, dropped, T0)).toMatchObject({ story: 'd', block: 0, offset: 0 });
    const lastDropped = SCRIPT.filter((story) => story.id !== 'd');
    expect(rescript(at({ story: 'd' }), SCRIPT, lastDropped, T0)).toMatchObject({ story: 'b' });
    const reordered = [SCRIPT[3], SCRIPT[1], SCRIPT[0]] as RundownScript;
    expect(rescript(inB, SCRIPT, reordered, T0)).toMatchObject({
      story: 'b',
      block: 0,
      offset: 0.3,
    });
    expect(rescript(inB, SCRIPT, [], T0).story).toBeNull();
  });
});

describe('times', () => {
  it('says what is left of the story and the rundown, and when the next story comes', () => {
    const half = at({ story: 'a', block: 1, offset: 0.5, playing: false });
    const left = timeLeft(half, SCRIPT, T0);
    expect(left.storyMs).toBe(Math.round(20 * 333 * 0.5));
    expect(left.rundownMs).toBe(Math.round(20 * 333 * 0.5 + 30 * 333 + 5 * 333));
    expect(left.nextStoryMs).toBe(left.storyMs);
    const playing = { ...half, playing: true, speed: 20, changedAt: T0 };
    expect(timeLeft(playing, SCRIPT, T0).nextStoryMs).toBeCloseTo(
      (10 / unitsPerSecond(20)) * 1000,
      6,
    );
    expect(timeLeft(at({ story: 'd' }), SCRIPT, T0).nextStoryMs).toBeNull();
  });

  it('back-times each story from the end time', () => {
    const end = Date.UTC(2026, 0, 1, 18, 30);
    expect(backTimes([60_000, 30_000, 0], end)).toEqual([end - 90_000, end - 30_000, end]);
    expect(backTimes([], end)).toEqual([]);
  });

  it('lets a burst through, then refuses until the bucket refills', () => {
    const limit = { capacity: 3, perSecond: 2 };
    let bucket = null;
    const results: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const taken = takeToken(bucket, limit, T0);
      bucket = taken.bucket;
      results.push(taken.ok);
    }
    expect(results).toEqual([true, true, true, false, false]);
    expect(takeToken(bucket, limit, T0 + 499).ok).toBe(false);
    expect(takeToken(bucket, limit, T0 + 500).ok).toBe(true);
  });
});
