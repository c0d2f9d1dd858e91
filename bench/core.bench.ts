/**
 * Core bench: the whole pipeline (`formatTranscript`) against a floor (NFC, paragraph split and
 * a 32-bit FNV-1a hash of each paragraph: the least any pipeline must do) and against
 * retext-english parsing the same paragraphs (the sentence reference), plus `splitSentences`
 * alone on the same paragraphs. Inputs of about 4 KB, 64 KB and 1 MB built from the corpus.
 */
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { formatTranscript } from '../src/core/index.ts';
import { splitSentences } from '../src/core/sentences.ts';
import type { BenchContext, BenchInput } from './harness.ts';

const SECTION = 'core';
const VS_RETEXT = 'core/retext';
const FLOOR = 'floor: NFC+paragraphs+FNV-1a';
const RETEXT = 'retext-english per paragraph';
const SPLITTER = 'splitSentences per paragraph';
const PIPELINE = 'formatTranscript (pipeline)';

/** Runs per input size: enough for a stable median, fewer where one run is long. */
const RUNS: Record<BenchInput['label'], number> = { '4 KB': 41, '64 KB': 31, '1 MB': 11 };

/** Paragraphs of `text`: runs of lines separated by blank (whitespace-only) lines. Linear. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function floor(text: string): number {
  let acc = 0;
  for (const p of paragraphs(text.normalize('NFC'))) acc ^= fnv1a(p);
  return acc;
}

export function run(ctx: BenchContext): void {
  const retext = unified().use(retextEnglish);
  const pipelineMs = new Map<string, number>();
  const retextMs = new Map<string, number>();
  for (const input of ctx.inputs) {
    const runs = RUNS[input.label];
    const paras = paragraphs(input.text);
    const floorMs = ctx.median(() => floor(input.text), runs);
    const retextTime = ctx.median(() => {
      let n = 0;
      for (const p of paras) n += retext.parse(p).children.length;
      return n;
    }, runs);
    const splitterMs = ctx.median(() => {
      let n = 0;
      for (const p of paras) n += splitSentences(p, 'en').length;
      return n;
    }, runs);
    const pipelineTime = ctx.median(() => formatTranscript(input.text), runs);
    pipelineMs.set(input.label, pipelineTime);
    retextMs.set(input.label, retextTime);

    ctx.report({ section: SECTION, input: input.label, name: FLOOR, medianMs: floorMs });
    ctx.report({
      section: SECTION,
      input: input.label,
      name: RETEXT,
      medianMs: retextTime,
      baseline: FLOOR,
    });
    ctx.report({
      section: SECTION,
      input: input.label,
      name: SPLITTER,
      medianMs: splitterMs,
      baseline: FLOOR,
    });
    ctx.report({
      section: SECTION,
      input: input.label,
      name: PIPELINE,
      medianMs: pipelineTime,
      baseline: FLOOR,
    });
    ctx.report({ section: VS_RETEXT, input: input.label, name: RETEXT, medianMs: retextTime });
    ctx.report({
      section: VS_RETEXT,
      input: input.label,
      name: SPLITTER,
      medianMs: splitterMs,
      baseline: RETEXT,
    });
    ctx.report({
      section: VS_RETEXT,
      input: input.label,
      name: PIPELINE,
      medianMs: pipelineTime,
      baseline: RETEXT,
    });
  }

  const at64 = pipelineMs.get('64 KB');
  const at1M = pipelineMs.get('1 MB');
  const retextAt64 = retextMs.get('64 KB');
  if (at64 !== undefined && at1M !== undefined) {
    const ratio = at1M / at64;
    console.log(
      `core: pipeline 1 MB / 64 KB = ${ratio.toFixed(1)} (limit 20: ${ratio <= 20 ? 'OK' : 'OVER'})`,
    );
  }
  if (at64 !== undefined && retextAt64 !== undefined) {
    const beats = at64 < retextAt64;
    console.log(
      `core: pipeline at 64 KB ${at64.toFixed(2)} ms vs retext-english ${retextAt64.toFixed(2)} ms: ${beats ? 'pipeline faster (target met)' : 'retext faster (target NOT met)'}`,
    );
  }
}
