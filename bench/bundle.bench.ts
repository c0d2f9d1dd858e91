/**
 * The Worker as it deploys: the gzip size of `wrangler deploy --dry-run`'s bundle, and the time
 * a fresh V8 takes to import it (compile plus top-level work: what every cold start pays),
 * median of fresh Node processes. Beside it, the same figures for the bundle of BASELINE_COMMIT
 * (main when issue 15 measured 250 KB gzip), built in this run from git history, so the ratio
 * compares like with like on this machine. Without that history the baseline is skipped, loudly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchContext, ROOT } from './harness.ts';

const BASELINE_COMMIT = 'a231ed5';
const IMPORT_RUNS = 15;
const WORKERS_STUB =
  'export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }\n' +
  'export class WorkerEntrypoint {}\nexport const env = {};\n';
/** Targets of issue 15. */
const MAX_GZIP_BYTES = 120 * 1024;

function dryRun(cwd: string, outdir: string): string {
  execFileSync('node', ['scripts/build-templates.mjs'], { cwd, stdio: 'ignore' });
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['deploy', '--dry-run', '--outdir', outdir],
    {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  );
  // `.mjs`: Node then knows the format and does not scan the file to detect it. Node has no
  // `cloudflare:workers` module (the Durable Object base class): a two-line stand-in takes its
  // place, so what is timed is our bundle's own compile and top-level work.
  const file = join(outdir, 'index.mjs');
  const source = readFileSync(join(outdir, 'index.js'), 'utf8').replace(
    /(["'])cloudflare:workers\1/g,
    JSON.stringify(`data:text/javascript,${encodeURIComponent(WORKERS_STUB)}`),
  );
  writeFileSync(file, source);
  return file;
}

/**
 * CPU time (user + system, ms) of `import(file)` inside a fresh Node process: compile plus
 * top-level work, robust to other load on the machine.
 */
function importOnce(file: string): number {
  const script = `const t = process.cpuUsage(); await import(${JSON.stringify(file)}); const d = process.cpuUsage(t); process.stdout.write(String((d.user + d.system) / 1000));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`import of ${file} failed: ${child.stderr}`);
  return Number(child.stdout);
}

const middle = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface ImportTimes {
  currentMs: number;
  baselineMs: number | null;
  /** Median of current/baseline over alternating pairs. */
  ratio: number | null;
}

/** Alternating fresh-process imports of the two bundles: medians and the median pair ratio. */
function importTimes(current: string, baseline: string | null): ImportTimes {
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const a = importOnce(current);
    ours.push(a);
    if (baseline) {
      const b = importOnce(baseline);
      theirs.push(b);
      ratios.push(a / b);
    }
  }
  return {
    currentMs: middle(ours),
    baselineMs: baseline ? middle(theirs) : null,
    ratio: baseline ? middle(ratios) : null,
  };
}

function sizes(file: string): { rawBytes: number; gzipBytes: number } {
  const bytes = readFileSync(file);
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** The baseline commit's bundle, built from a temporary worktree sharing our node_modules. */
function baselineBundle(work: string): string | null {
  const tree = join(work, 'baseline');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, BASELINE_COMMIT], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {
    return null;
  }
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    return dryRun(tree, join(work, 'baseline-out'));
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function run(ctx: BenchContext): void {
  const work = mkdtempSync(join(tmpdir(), 'scriptdesk-bundle-'));
  try {
    const currentFile = dryRun(ROOT, join(work, 'out'));
    const baselineFile = existsSync(join(ROOT, '.git')) ? baselineBundle(work) : null;
    const current = sizes(currentFile);
    const times = importTimes(currentFile, baselineFile);
    ctx.report({
      section: 'bundle',
      input: '-',
      name: 'import (fresh process, CPU)',
      medianMs: times.currentMs,
    });
    console.log(
      `bundle: ${kb(current.rawBytes)}, ${kb(current.gzipBytes)} gzip (target ≤ ${kb(MAX_GZIP_BYTES)}: ${current.gzipBytes <= MAX_GZIP_BYTES ? 'OK' : 'MISSED'})`,
    );
    if (!baselineFile || times.baselineMs === null || times.ratio === null) {
      console.log(
        `bundle: BASELINE SKIPPED (commit ${BASELINE_COMMIT} not in this clone's history)`,
      );
      return;
    }
    const baseline = sizes(baselineFile);
    console.log(
      `bundle: baseline ${BASELINE_COMMIT}: ${kb(baseline.rawBytes)}, ${kb(baseline.gzipBytes)} gzip, import ${times.baselineMs.toFixed(1)} ms`,
    );
    console.log(
      `bundle: import ${times.currentMs.toFixed(1)} ms = ${times.ratio.toFixed(2)}x baseline (median of ${IMPORT_RUNS} alternating fresh-process pairs, CPU time; target ≤ 0.5: ${times.ratio <= 0.5 ? 'OK' : 'MISSED'})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
