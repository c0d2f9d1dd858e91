/**
 * Broadcast deliverables at 64 KB: each writer (IMSC, EBU-TT-D, SCC, EBU STL) beside the SRT
 * writer on the same document and options. Every one compiles the cues itself, so the ratio is
 * the cost of the format on top of segmentation and timing.
 */
import { formatTranscript } from '../src/core/index.ts';
import { optionsSchema } from '../src/options.ts';
import { renderScc } from '../src/subtitles/scc.ts';
import { renderSrt } from '../src/subtitles/srt.ts';
import { renderStl } from '../src/subtitles/stl.ts';
import { renderEbuTtD, renderImsc } from '../src/subtitles/ttml.ts';
import type { BenchContext } from './harness.ts';

export function run(ctx: BenchContext): void {
  const options = optionsSchema().parse({ dedupe: false });
  const input = ctx.inputs.find((i) => i.label === '64 KB');
  if (!input) return;
  const doc = formatTranscript(input.text, options);
  const runs = 15;
  ctx.report({
    section: 'deliverable',
    input: input.label,
    name: 'srt writer',
    medianMs: ctx.median(() => renderSrt(doc, options), runs),
  });
  for (const [name, render] of [
    ['imsc writer', renderImsc],
    ['ebu-tt-d writer', renderEbuTtD],
    ['scc writer', renderScc],
    ['stl writer', renderStl],
  ] as const) {
    ctx.report({
      section: 'deliverable',
      input: input.label,
      name,
      medianMs: ctx.median(() => render(doc, options), runs),
      baseline: 'srt writer',
    });
  }
}
