/**
 * `npm run bench`: runs every bench/*.bench.ts and prints medians with ratios to baselines.
 * `npm run bench -- subtitles timed` runs only the bench files whose names contain one of the words.
 */
import {
  type BenchContext,
  type BenchRow,
  benchFiles,
  corpusText,
  INPUT_SIZES,
  median,
} from './harness.ts';

const rows: BenchRow[] = [];
const ctx: BenchContext = {
  inputs: INPUT_SIZES.map(([label, bytes]) => ({ label, bytes, text: corpusText(bytes) })),
  median,
  report(row) {
    rows.push(row);
    const base = row.baseline
      ? rows.find(
          (r) => r.section === row.section && r.input === row.input && r.name === row.baseline,
        )
      : undefined;
    const ratio = base ? `  ${(row.medianMs / base.medianMs).toFixed(2)}x ${base.name}` : '';
    console.log(
      `${row.section.padEnd(12)} ${row.input.padEnd(6)} ${row.name.padEnd(34)} ${row.medianMs.toFixed(3).padStart(10)} ms${ratio}`,
    );
  },
};

// `npm run bench -- pathological` runs only the bench files whose name contains an argument.
const wanted = process.argv.slice(2);
for (const file of benchFiles().filter(
  (f) => wanted.length === 0 || wanted.some((w) => f.includes(w)),
)) {
  const mod: { run(ctx: BenchContext): Promise<void> | void } = await import(`./${file}`);
  await mod.run(ctx);
}
