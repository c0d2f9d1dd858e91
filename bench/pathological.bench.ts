/**
 * Pathological inputs (issue 11): each shape of `pathological-shapes.ts` at about 1 MB (or its
 * count: 100k lines, 100k paragraphs, 50k tags) processed to EVERY output through `produceAll`,
 * timed against 1 MB of prose (the corpus repeated, `dedupe=false` so all of it is processed)
 * in the same run. Prints each shape's CPU time, its ratio to prose (target ≤ 10×) and the
 * largest answer size over the input size (target ≤ 10×).
 */
import { TooManyBlocksError } from '../src/core/limits.ts';
import { OUTPUTS as ALL_OUTPUTS, type OutputName, optionsSchema } from '../src/options.ts';
import { OutputTooLargeError } from '../src/outputs/errors.ts';
import { produceAll } from '../src/produce.ts';
import { type BenchContext, cpuMs } from './harness.ts';
import { SHAPES } from './pathological-shapes.ts';

const BYTES = 1024 * 1024;
/** Every output, the broadcast deliverables included (imsc, ebu-tt-d, scc, stl). */
const OUTPUTS: readonly OutputName[] = ALL_OUTPUTS;
const TIME_TARGET = 10;
const SIZE_TARGET = 10;

/** Median CPU ms of `runs` calls after one warm-up call (1 MB inputs: few runs are enough). */
function medianMs(fn: () => unknown, runs = 3): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Largest rendered answer over the input, in UTF-8 bytes. */
function largestAnswer(results: ReturnType<typeof produceAll>): { output: string; bytes: number } {
  let best = { output: '', bytes: 0 };
  for (const [output, result] of results) {
    const bytes = Buffer.byteLength(result.rendered?.body ?? '', 'utf8');
    if (bytes > best.bytes) best = { output, bytes };
  }
  return best;
}

export function run(ctx: BenchContext): void {
  const prose = ctx.inputs.find((i) => i.label === '1 MB')?.text;
  if (prose === undefined) return;
  const only = process.env.PATHOLOGICAL_ONLY;
  const proseOptions = optionsSchema().parse({ dedupe: false });
  const options = optionsSchema().parse({});
  const proseMs = medianMs(() => produceAll(prose, OUTPUTS, proseOptions, 'text'));
  ctx.report({
    section: 'pathological',
    input: '1 MB',
    name: 'prose (corpus, dedupe=false)',
    medianMs: proseMs,
  });
  const over: string[] = [];
  for (const shape of SHAPES) {
    if (only && !shape.name.includes(only)) continue;
    const text = shape.make(shape.benchBytes ?? BYTES);
    const inputBytes = Buffer.byteLength(text, 'utf8');
    let results: ReturnType<typeof produceAll> | null = null;
    // An input whose answer would be too large is refused (422): a small, bounded answer.
    let refused: string | null = null;
    let ms: number;
    try {
      ms = medianMs(() => {
        try {
          results = produceAll(text, OUTPUTS, options, shape.format ?? 'text');
        } catch (error) {
          if (error instanceof TooManyBlocksError) refused = 'too-many-blocks';
          else if (error instanceof OutputTooLargeError)
            refused = `output-too-large (${error.output})`;
          else throw error;
        }
      });
    } catch (error) {
      over.push(shape.name);
      console.log(
        `pathological ${`${(inputBytes / 1024).toFixed(0)} KB`.padEnd(8)} ${shape.name.padEnd(24)} FAILED: ${String(error).slice(0, 80)}`,
      );
      continue;
    }
    if (refused !== null) {
      const timeRatio = ms / proseMs;
      if (timeRatio > TIME_TARGET) over.push(shape.name);
      console.log(
        `pathological ${`${(inputBytes / 1024).toFixed(0)} KB`.padEnd(8)} ${shape.name.padEnd(24)} ${ms.toFixed(0).padStart(7)} ms  ${timeRatio.toFixed(2).padStart(6)}x prose  refused with 422 ${refused}  ${timeRatio <= TIME_TARGET ? 'OK' : 'OVER'}`,
      );
      continue;
    }
    const answer = results ? largestAnswer(results) : { output: '-', bytes: 0 };
    const timeRatio = ms / proseMs;
    const sizeRatio = answer.bytes / inputBytes;
    const ok = timeRatio <= TIME_TARGET && sizeRatio <= SIZE_TARGET;
    if (!ok) over.push(shape.name);
    console.log(
      `pathological ${`${(inputBytes / 1024).toFixed(0)} KB`.padEnd(8)} ${shape.name.padEnd(24)} ${ms.toFixed(0).padStart(7)} ms  ${timeRatio.toFixed(2).padStart(6)}x prose  answer ${answer.output.padEnd(17)} ${sizeRatio.toFixed(2).padStart(6)}x input  ${ok ? 'OK' : 'OVER'}`,
    );
  }
  console.log(
    `pathological: targets time ≤ ${TIME_TARGET}x prose, answer ≤ ${SIZE_TARGET}x input: ${over.length === 0 ? 'all met' : `NOT met for ${over.join(', ')}`}`,
  );
}
