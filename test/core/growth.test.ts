import { describe, expect, it } from 'vitest';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

/** Sums the array once: linear. */
function linear(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/** Compares every pair: quadratic. */
function quadratic(values: number[]): number {
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) if (values[i] === values[j]) equal++;
  }
  return equal;
}

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i % 97);

describe('the linear-time check (test/growth.ts)', () => {
  it('passes a linear step and fails a quadratic one', () => {
    expect(doublingRatio(numbers, linear, 200_000)).toBeLessThan(LINEAR_BOUND);
    expect(doublingRatio(numbers, quadratic, 1_500)).toBeGreaterThan(LINEAR_BOUND);
  });
});
