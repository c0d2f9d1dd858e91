import { optionsSchema } from '../src/options.ts';
import { produce } from '../src/produce.ts';
import { deepgramHour } from './timed.bench.ts';
const options = optionsSchema().parse({});
const hour = deepgramHour();
for (let i = 0; i < 20; i++) produce(hour, 'srt', options, 'json');
const t: number[] = [];
for (let i = 0; i < Number(process.argv[2] ?? 60); i++) { const a = performance.now(); produce(hour, 'srt', options, 'json'); t.push(performance.now() - a); }
t.sort((a, b) => a - b);
console.log('median', t[t.length >> 1]?.toFixed(2), 'min', t[0]?.toFixed(2));
