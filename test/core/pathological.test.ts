/**
 * Hostile inputs (issue 11 item 4) at small sizes: each shape of the bench's pathological suite
 * processed to every output at n and 2n bytes. Linear means time(2n) / time(n) near 2; the
 * bound is a generous 3 on medians of alternating runs (CPU time, not a wall-clock limit), so
 * a quadratic path (about 4) fails. Answers stay within 10x the input.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES, type Shape } from '../../bench/pathological-shapes.ts';
import { OUTPUTS, optionsSchema } from '../../src/options.ts';
import { produceAll } from '../../src/produce.ts';

const options = optionsSchema.parse({});
/** Sizes tried: from the smallest, doubled until one run takes {@link MIN_MS} (a quadratic
 * path shows only once the input is big enough for it to dominate). */
const MIN_BYTES = 8 * 1024;
const MAX_BYTES = 256 * 1024;
const MIN_MS = 25;
const PAIRS = 5;
const MAX_RATIO = 3;
/** Shapes whose answer size belongs to another part of issue 11 (output bounds): time only. */
const SIZE_OWNED_ELSEWHERE = new Set(['one-word paragraphs', 'speaker tags']);

function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / 1000;
}

function largestAnswer(shape: Shape, text: string): number {
  let largest = 0;
  for (const result of produceAll(text, OUTPUTS, options, shape.format ?? 'text').values()) {
    largest = Math.max(largest, Buffer.byteLength(result.rendered?.body ?? '', 'utf8'));
  }
  return largest;
}

/** Median over alternating pairs of time(2n) / time(n), after a warm-up. */
function scaling(shape: Shape, small: string, large: string): number {
  const run = (text: string) => () => produceAll(text, OUTPUTS, options, shape.format ?? 'text');
  run(small)();
  run(large)();
  const ratios: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const a = cpuMs(run(small));
    const b = cpuMs(run(large));
    // Below a millisecond the clock is too coarse to compare: such a run is linear enough.
    ratios.push(a < 1 && b < 2 ? 1 : b / Math.max(a, 0.5));
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
}

describe('pathological inputs scale linearly, to every output', () => {
  // The HTML-input shapes measure the HTML reader (src/ingest/html.ts, rewritten on another
  // branch with a real parser); they are in the bench (npm run bench -- pathological), not here.
  for (const shape of SHAPES.filter((s) => s.format !== 'html')) {
    it(`${shape.name}: time(2n)/time(n) < ${MAX_RATIO}`, () => {
      let n = MIN_BYTES;
      while (
        n < MAX_BYTES &&
        cpuMs(() => produceAll(shape.make(n), OUTPUTS, options, shape.format ?? 'text')) < MIN_MS
      )
        n *= 2;
      const small = shape.make(n);
      const large = shape.make(2 * n);
      expect(scaling(shape, small, large)).toBeLessThan(MAX_RATIO);
      if (!SIZE_OWNED_ELSEWHERE.has(shape.name)) {
        expect(largestAnswer(shape, large) / Buffer.byteLength(large)).toBeLessThanOrEqual(10);
      }
    });
  }

  it('the reproductions of the issue are all in the suite', () => {
    const names = SHAPES.map((s) => s.name);
    for (const name of [
      'repeated quotes "a" ',
      '*_ repeated',
      'run of (',
      'run of [',
      'run of &',
      'run of <',
      'dots',
      'colons',
      'capitals',
      'Mr. repeated',
      'CR-only lines',
      'one word',
      'one-character lines',
      'one-word paragraphs',
      'speaker tags',
    ]) {
      expect(names).toContain(name);
    }
  });
});
