/**
 * Linear-time checks without a wall-clock limit: how the CPU time of a step grows when its input
 * doubles. Linear is about 2, quadratic about 4; the bound {@link LINEAR_BOUND} sits between.
 */

/** The bound on time(2n) / time(n) the tests use. */
export const LINEAR_BOUND = 3;

/** CPU ms (user + system) of one call. */
export function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / 1000;
}

/** Median over `pairs` alternating runs of time(large) / time(small), each run `reps` calls. */
function pairedRatio<T>(small: T, large: T, run: (input: T) => unknown, pairs: number): number {
  const repeat = (input: T, reps: number) => () => {
    for (let i = 0; i < reps; i++) run(input);
  };
  run(small);
  run(large);
  // Enough calls that the smaller input takes 10 ms: the clock is too coarse below that.
  let reps = 1;
  while (reps < 4096 && cpuMs(repeat(small, reps)) < 10) reps *= 2;
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = cpuMs(repeat(small, reps));
    const b = cpuMs(repeat(large, reps));
    ratios.push(b / Math.max(a, 0.5));
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
}

/**
 * time(make(2n)) / time(make(n)) for `run`. A busy machine can push one measurement over the
 * bound: one over it is taken again at twice the size, where noise passes and growth does not.
 *
 * @example doublingRatio((n) => 'a '.repeat(n), (text) => text.split(' '), 50_000) // about 2
 */
export function doublingRatio<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  pairs = 5,
): number {
  const ratio = pairedRatio(make(n), make(2 * n), run, pairs);
  if (ratio < LINEAR_BOUND) return ratio;
  return Math.min(ratio, pairedRatio(make(2 * n), make(4 * n), run, pairs));
}
