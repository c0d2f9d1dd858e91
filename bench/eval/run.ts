/**
 * `npm run eval`: scores the pipeline on the labelled set in test/fixtures/eval (see its README
 * for the metrics) and prints a Markdown table per file and in total.
 *
 *   npm run eval                  the table
 *   npm run eval -- --errors      and every mismatch, per file
 *   npm run eval -- --readme      and writes the table into README.md ("Quality on the labelled set")
 *   npm run eval -- --variants    only the metamorphic check (bench/eval/variants.ts): the text
 *                                 files whose score drops under a harmless surface change, then
 *                                 under a change of the tags' layout (gold-guided)
 *   npm run eval -- --variants --errors   and the new mismatches of each failing variant
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, loadCases, metrics, table } from './score.ts';
import {
  GOLD_TRANSFORMS,
  runVariants,
  TRANSFORMS,
  textCases,
  type VariantFailure,
} from './variants.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'eval');
const args = new Set(process.argv.slice(2));

if (args.has('--variants')) {
  const started = performance.now();
  const cases = textCases(loadCases(DIR));
  const report = (title: string, names: string[]): number => {
    const changed = new Map<string, number>();
    const failures = runVariants(cases, names, changed);
    const byTransform = new Map<string, VariantFailure[]>();
    for (const name of names) byTransform.set(name, []);
    for (const f of failures) byTransform.get(f.transform)?.push(f);
    console.log(
      `${title}\n\n| transformation | files changed | files dropped (of ${cases.length}) |`,
    );
    console.log('|---|---|---|');
    for (const [name, list] of byTransform)
      console.log(`| ${name} | ${changed.get(name) ?? 0} | ${list.length} |`);
    for (const [name, list] of byTransform) {
      if (list.length === 0) continue;
      console.log(`\n## ${name}`);
      for (const f of list) {
        console.log(`- ${f.file}: ${f.drops.join('; ')}`);
        if (args.has('--errors')) for (const e of f.errors.slice(0, 6)) console.log(`    - ${e}`);
      }
    }
    return failures.length;
  };
  const surface = report('# Harmless surface changes', Object.keys(TRANSFORMS));
  console.log('');
  // The same turns in another layout: the gold's turn openings only are changed.
  const layouts = report('# Tag layouts (gold-guided)', Object.keys(GOLD_TRANSFORMS));
  console.log(
    `\n${surface} failing variants, ${layouts} failing tag layouts, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(0);
}

const results = loadCases(DIR).map(evaluate);
const markdown = table(results);
console.log(markdown);

if (args.has('--errors')) {
  for (const r of results) {
    const errors = [...r.turns.errors, ...r.blocks.errors];
    if (!r.titleOk)
      errors.push(`title ${JSON.stringify(r.titleGot)}, gold ${JSON.stringify(r.titleGold)}`);
    if (!r.slugOk) errors.push(`slug ${r.slug}: no topic word`);
    if (r.lost.length > 0) errors.push(`words lost: ${r.lost.join(' ')}`);
    if (errors.length === 0) continue;
    console.log(`\n## ${r.name}\n${errors.map((e) => `- ${e}`).join('\n')}`);
  }
}

const total = metrics(results);
console.log(
  `\nTotals: turn F1 ${total.turnF1.toFixed(3)} (P ${total.turnPrecision.toFixed(3)}, R ${total.turnRecall.toFixed(3)}), delivery ${total.delivery.toFixed(3)}, block type ${total.blockAccuracy.toFixed(3)}, block P ${total.blockPrecision.toFixed(3)}, title ${total.title.toFixed(3)}, slug ${total.slug.toFixed(3)}, note P ${total.notePrecision.toFixed(3)} R ${total.noteRecall.toFixed(3)}, words lost ${total.wordsLost}`,
);

if (args.has('--readme')) {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- eval-table:start -->';
  const end = '<!-- eval-table:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error('README.md has no eval-table markers');
  writeFileSync(file, `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`);
  console.log('README.md updated');
}
