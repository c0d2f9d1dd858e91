import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtitleOptionsSchema } from '../../src/subtitles/options.ts';
import { formatTimestamp, parseTimeValue } from '../../src/subtitles/timecode.ts';
import { type TimingSettings, timeCues } from '../../src/subtitles/timing.ts';

describe('parseTimeValue', () => {
  const GOOD: [string, number, number][] = [
    ['10:00:00:00', 25, 36_000_000],
    ['00:00:01:12', 25, 1480],
    ['36000s', 25, 36_000_000],
    ['36000', 25, 36_000_000],
    ['1.5s', 25, 1500],
    ['1500ms', 25, 1500],
    ['00:02:00.000', 25, 120_000],
    ['00:02:00,5', 25, 120_500],
    ['2:00', 25, 120_000],
    ['01:02:03.004', 25, 3_723_004],
    // Non-drop timecode at 29.97 counts 30 frames a second of timecode, so it runs slow.
    ['01:00:00:00', 30_000 / 1001, 3_603_600],
    // Drop-frame timecode stays on the clock: one hour is 107 892 frames.
    ['01:00:00;00', 30_000 / 1001, (107_892 * 1001) / 30],
  ];
  it.each(GOOD)('GOOD: %s at %d fps → %d ms', (value, fps, ms) => {
    expect(parseTimeValue(value, fps)).toBeCloseTo(ms, 6);
  });

  const BAD: [string, number][] = [
    ['00:00:01:25', 25],
    ['00:61:00.000', 25],
    ['ten seconds', 25],
    ['', 25],
  ];
  it.each(BAD)('BAD: %s at %d fps → null', (value, fps) => {
    expect(parseTimeValue(value, fps)).toBeNull();
  });

  it('the options schema accepts the same forms and rejects others (a 4xx at the edge)', () => {
    for (const start of ['10:00:00:00', '36000s', '00:00:05.000', 36000]) {
      expect(subtitleOptionsSchema().safeParse({ start }).success).toBe(true);
    }
    for (const start of ['10h', '1:2:3:4:5', 'x'.repeat(5000)]) {
      expect(subtitleOptionsSchema().safeParse({ start }).success).toBe(false);
    }
    expect(subtitleOptionsSchema().parse({ maxCharsPerLine: '37' }).maxCharsPerLine).toBe(37);
    expect(subtitleOptionsSchema().safeParse({ profile: 'itv' }).success).toBe(false);
  });
});

describe('formatTimestamp', () => {
  it('writes two-digit fields and a comma (SRT) or dot (WebVTT)', () => {
    expect(formatTimestamp(3_723_004, ',')).toBe('01:02:03,004');
    expect(formatTimestamp(0, '.')).toBe('00:00:00.000');
    expect(formatTimestamp(36_000_000, ',')).toBe('10:00:00,000');
  });
});

const SETTINGS: TimingSettings = {
  fps: 25,
  startMs: 0,
  durationMs: null,
  minDurationMs: 833,
  maxDurationMs: 7000,
  minGapFrames: 2,
};

describe('timeCues', () => {
  it('runs at speech pace from the start, clamped to the minimum, with a 2-frame gap', () => {
    const { spans } = timeCues(
      [2000, 300, 3000].map((weightMs) => ({ weightMs, anchorMs: null })),
      SETTINGS,
    );
    expect(spans).toEqual([
      { startFrame: 0, endFrame: 48 },
      { startFrame: 50, endFrame: 71 },
      // Pushed 15 frames late by the minimum before it, it ends with its speech: caught up.
      { startFrame: 73, endFrame: 133 },
    ]);
  });

  it('caps a cue at the maximum duration', () => {
    const { spans } = timeCues([{ weightMs: 12_000, anchorMs: null }], SETTINGS);
    expect(spans[0]).toEqual({ startFrame: 0, endFrame: 175 });
  });

  it('fits a known duration exactly, in proportion to speech time', () => {
    const { spans } = timeCues(
      [1000, 3000].map((weightMs) => ({ weightMs, anchorMs: null })),
      { ...SETTINGS, startMs: 1000, durationMs: 6000 },
    );
    expect(spans[0]?.startFrame).toBe(25);
    expect(spans[1]?.endFrame).toBe(175);
    const a = (spans[0]?.endFrame ?? 0) - (spans[0]?.startFrame ?? 0);
    const b = (spans[1]?.endFrame ?? 0) - (spans[1]?.startFrame ?? 0);
    expect(b / a).toBeCloseTo(3, 1);
  });

  it('starts an anchored cue on its timestamp and squeezes the cues before it', () => {
    const { spans, issues } = timeCues(
      [
        { weightMs: 3000, anchorMs: 0 },
        { weightMs: 3000, anchorMs: null },
        { weightMs: 1000, anchorMs: 4000 },
      ],
      SETTINGS,
    );
    expect(spans[2]?.startFrame).toBe(100);
    expect(spans[1]?.endFrame).toBeLessThanOrEqual(98);
    expect(issues).toEqual([]);
  });

  it('reports an anchor it cannot keep instead of overlapping', () => {
    const { spans, issues } = timeCues(
      [
        { weightMs: 1000, anchorMs: 5000 },
        { weightMs: 1000, anchorMs: 2000 },
      ],
      SETTINGS,
    );
    expect(issues.map((i) => [i.item, i.ruleId])).toEqual([[1, 'timestamp-ignored']]);
    expect(spans[1]?.startFrame).toBeGreaterThanOrEqual((spans[0]?.endFrame ?? 0) + 2);
  });

  it('property: never overlaps, keeps the gap and the maximum, ends on the duration', () => {
    const item = fc.record({
      weightMs: fc.integer({ min: 0, max: 20_000 }),
      anchorMs: fc.option(fc.integer({ min: 0, max: 300_000 }), { freq: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(23.976, 25, 29.97, 50, 60),
        fc.option(fc.integer({ min: 1000, max: 600_000 }), { nil: null }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (items, fps, durationMs, startMs) => {
          const settings = { ...SETTINGS, fps, durationMs, startMs };
          const { spans, issues } = timeCues(items, settings);
          expect(spans).toHaveLength(items.length);
          const frameMs = 1000 / fps;
          const min = Math.ceil(833 / frameMs - 1e-9);
          const max = Math.floor(7000 / frameMs + 1e-9);
          const squeezed = issues.some((i) => i.ruleId === 'media-too-short');
          spans.forEach((span, k) => {
            expect(span.endFrame).toBeGreaterThan(span.startFrame);
            expect(span.endFrame - span.startFrame).toBeLessThanOrEqual(max);
            if (!squeezed) expect(span.endFrame - span.startFrame).toBeGreaterThanOrEqual(min);
            const prev = spans[k - 1];
            if (prev) expect(span.startFrame - prev.endFrame).toBeGreaterThanOrEqual(2);
          });
          if (durationMs !== null && !squeezed) {
            const end = Math.round(startMs / frameMs) + Math.round(durationMs / frameMs);
            expect(spans[spans.length - 1]?.endFrame).toBe(end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
