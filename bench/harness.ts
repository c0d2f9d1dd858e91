/**
 * Bench harness: every `bench/*.bench.ts` exports `run(ctx)`. Times are medians (CPU ms) of repeated runs
 * in this process, and every figure is reported next to a baseline measured in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchInput {
  label: '4 KB' | '64 KB' | '1 MB';
  bytes: number;
  text: string;
}

export interface BenchRow {
  section: string;
  input: string;
  name: string;
  medianMs: number;
  /** Name of the baseline row (same section and input) this row is compared to. */
  baseline?: string;
}

export interface BenchContext {
  inputs: BenchInput[];
  /** Median CPU time of `fn` in ms, over `runs` runs after twice as many warm-up runs. */
  median(fn: () => unknown, runs?: number): number;
  report(row: BenchRow): void;
}

/** Text of about `bytes` UTF-8 bytes, built by repeating the corpus (whole paragraphs). */
export function corpusText(bytes: number): string {
  const dir = join(ROOT, 'test', 'fixtures', 'corpus');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const paragraphs = parts.join('\n\n').split(/\n\s*\n/);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    out.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  return out.join('\n\n');
}

/**
 * Median CPU time of `fn` in ms over `runs` runs after twice as many warm-up runs. CPU time of this process
 * (`process.cpuUsage`, user + system), not wall time, so a busy machine (CI, other jobs) skews
 * the figures far less; every comparison is a ratio within the same run anyway.
 */
export function median(fn: () => unknown, runs = 7): number {
  // Warm-up runs until the JIT has settled (optimizing a large function takes dozens of calls):
  // twice the measured runs, at least 10. Every measured function gets the same.
  for (let i = 0; i < Math.max(10, 2 * runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const dt = process.cpuUsage(t0);
    times.push((dt.user + dt.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export const INPUT_SIZES: ReadonlyArray<[BenchInput['label'], number]> = [
  ['4 KB', 4 * 1024],
  ['64 KB', 64 * 1024],
  ['1 MB', 1024 * 1024],
];

export function benchFiles(): string[] {
  return readdirSync(join(ROOT, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
}

/** CPU ms of one call (user + system of this process). */
export function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / 1000;
}

/**
 * Median over `pairs` of time(a) / time(b), a and b run back to back after warm-up: both see the
 * same machine state, so load that changes during the bench moves both alike.
 */
export function pairedRatio(a: () => unknown, b: () => unknown, pairs: number): number {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) ratios.push(cpuMs(a) / Math.max(cpuMs(b), 0.001));
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
}
