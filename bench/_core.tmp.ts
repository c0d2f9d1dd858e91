import { corpusText, INPUT_SIZES, median } from './harness.ts';
import { run } from './core.bench.ts';
run({ inputs: INPUT_SIZES.map(([label, bytes]) => ({ label, bytes, text: corpusText(bytes) })), median, report: (r) => console.log(r.section, r.input, r.name, r.medianMs.toFixed(2)) });
