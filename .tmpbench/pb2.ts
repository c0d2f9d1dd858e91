import { corpusText } from '/work/wt/furniture/bench/harness.ts';
import { formatTranscript } from '/work/wt/furniture/src/core/index.ts';
const text = corpusText(64 * 1024);
function cpu(f: () => void, n = 60) {
  const r: number[] = [];
  for (let i = 0; i < n; i++) { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); r.push((d.user + d.system) / 1000); }
  r.sort((a, b) => a - b); return r[n >> 1]?.toFixed(2);
}
for (let k = 0; k < 3; k++) console.log('full', cpu(() => formatTranscript(text)));
