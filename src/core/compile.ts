/**
 * The compiler: script tree to the JSON document. One small handler per block node type; the
 * sentences, word counts and durations every output needs are computed here, once.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { clockAnchors } from './clock-anchors.ts';
import { isProductionLine, runTimeMs } from './directions.ts';
import type { Block, Message, ScriptDocument, Severity, TimedWord } from './document.ts';
import { countWords, measureText } from './language.ts';
import { clip, MAX_SLUG_CHARS } from './limits.ts';
import { splitSentences } from './sentences.ts';
import { FALLBACK_SLUG, makeSlug, statedSlug } from './slug.ts';
import { durationMsFromCounts } from './timing.ts';
import type { BlockContent, Root, SentenceNode } from './tree.ts';

export interface CompileOptions {
  readRateWpm: number;
}

type Handled = Pick<Block, 'speaker' | 'sot' | 'timestampMs' | 'delivery' | 'translated'> & {
  timed: boolean;
};
type Handler = (node: BlockContent) => Handled;

const PLAIN = { speaker: null, sot: false, timestampMs: null, delivery: null, translated: false };

const HANDLERS: Readonly<Record<BlockContent['type'], Handler>> = {
  headline: () => ({ ...PLAIN, timed: false }),
  narration: () => ({ ...PLAIN, timed: true }),
  throw: () => ({ ...PLAIN, timed: true }),
  speech: (node) =>
    node.type === 'speech'
      ? {
          speaker: node.speaker,
          sot: node.sot,
          timestampMs: node.timestampMs,
          delivery: node.delivery,
          translated: node.translated,
          timed: true,
        }
      : { ...PLAIN, timed: true },
  direction: (node) => ({
    ...PLAIN,
    speaker: node.type === 'direction' ? node.speaker : null,
    timed: false,
  }),
  signoff: () => ({ ...PLAIN, timed: true }),
  note: () => ({ ...PLAIN, timed: false }),
};

/** True when the compiler knows the block type (a correction may set only those). */
export function compilesBlockType(type: string): boolean {
  return Object.hasOwn(HANDLERS, type);
}

function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

/** The file's messages in document order, as plain JSON. */
function toMessages(file: VFile): Message[] {
  const messages = file.messages.map((m) => {
    const message: Message = {
      ruleId: m.ruleId ?? 'unknown',
      reason: m.reason,
      line: m.line ?? null,
      column: m.column ?? null,
      severity: severityOf(m.fatal),
    };
    if (m.place && 'end' in m.place && m.place.end.line !== undefined) {
      message.endLine = m.place.end.line;
      message.endColumn = m.place.end.column;
    }
    if (m.source) message.source = m.source;
    if (m.actual !== undefined) message.actual = m.actual;
    if (m.expected !== undefined) message.expected = m.expected;
    const correction = (m as typeof m & { correction?: string }).correction;
    if (correction !== undefined) message.correction = correction;
    return message;
  });
  return messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || a.i - b.i)
    .map(({ m }) => m);
}

/**
 * The sentences' texts, in a list made by a loop: the optimizing compiler's inlined `map` makes
 * its list of another kind than the interpreter's, and every function reading the document's
 * sentences was thrown back to the interpreter when the compiled one took over.
 */
function sentenceTexts(children: readonly SentenceNode[]): string[] {
  const out: string[] = new Array(children.length);
  for (let s = 0; s < children.length; s++) out[s] = children[s]?.data?.text ?? '';
  return out;
}

/** The block's words with their times, or null when any word has none. */
function timedWordsOf(children: readonly SentenceNode[] | undefined): TimedWord[] | null {
  if (!children) return null;
  // Untimed text: its first word says so, before anything is counted or allocated.
  const first = children[0]?.children[0];
  if (first === undefined || first.start === null || first.end === null) return null;
  let n = 0;
  for (const sentence of children) n += sentence.children.length;
  if (n === 0) return null;
  // Sized once (an hour of speech has ten thousand words: no growing copies).
  const out: TimedWord[] = new Array(n);
  let k = 0;
  for (const sentence of children) {
    for (const word of sentence.children) {
      if (word.start === null || word.end === null) return null;
      out[k++] = { text: word.value, startMs: word.start, endMs: word.end };
    }
  }
  return out;
}

/**
 * A script's stated run time (`RUNS :08`) after a cued bite is that bite's time: the bite takes
 * it in place of its estimate, and the line adds nothing more. A run time with no bite before it
 * (a bite given by its cues alone) keeps its own time. Bites and their cues are adjacent, but
 * for the bite's other cues (`IN:`, `OUT:`) between them; a run time among the cues above a bite
 * with none below is its time too.
 */
function biteRunTimes(blocks: Block[]): void {
  let bite: Block | null = null;
  for (const block of blocks) {
    if (block.type === 'speech' && block.sot) {
      bite = block;
      continue;
    }
    if (block.type !== 'direction' || !isProductionLine(block.text)) {
      bite = null;
      continue;
    }
    if (block.durationMs > 0 && bite !== null && bite.startMs === null) {
      bite.durationMs = block.durationMs;
      block.durationMs = 0;
      bite = null;
    }
  }
  // A US or UK script states it among the cues above the bite's words (`SOT: …`, `IN:`, `OUT:`,
  // `RUNS :12`, then the words): the run time not yet given to a bite is the one below it.
  let stated: Block | null = null;
  for (const block of blocks) {
    if (block.type === 'direction' && isProductionLine(block.text)) {
      if (block.durationMs > 0) stated = block;
      continue;
    }
    if (stated !== null && block.type === 'speech' && block.sot && block.startMs === null) {
      block.durationMs = stated.durationMs;
      stated.durationMs = 0;
    }
    stated = null;
  }
}

/**
 * The blocks of the tree's block nodes. Apart from {@link compileScript} (which reads the tree's
 * data): a change in the shape of that data makes the optimizing compiler redo only the small
 * function, not this loop over every block.
 */
function compileBlocks(
  children: Root['children'],
  language: string,
  options: CompileOptions,
): Block[] {
  const blocks: Block[] = [];
  for (const node of children) {
    if (node.type === 'paragraph' || node.type === 'frontMatter') continue;
    const text = node.value;
    if (!text) continue;
    const handled = HANDLERS[node.type](node);
    // The words plugin gives the document's timed words itself, or word nodes to read them from.
    const given = node.data?.timedWords;
    const timedWords = handled.timed
      ? given !== undefined
        ? given
        : timedWordsOf(node.children)
      : null;
    // Syllables only estimate a duration: a block with its words' times needs the count alone.
    const { words, syllables } = timedWords
      ? { words: countWords(text, language), syllables: 0 }
      : measureText(text, language);
    // A direction the input timed has its time (see the words plugin), not a spoken one.
    const span = node.type === 'direction' ? node.data?.span : undefined;
    const startMs = timedWords?.[0]?.startMs ?? span?.startMs ?? null;
    const endMs = timedWords?.[timedWords.length - 1]?.endMs ?? span?.endMs ?? null;
    const sentences =
      node.data?.sentences ??
      (node.children ? sentenceTexts(node.children) : splitSentences(text, language));
    blocks.push({
      id: `b${blocks.length + 1}`,
      type: node.type,
      speaker: handled.speaker,
      text,
      sentences,
      words,
      // Spoken time when the input is timed, else the estimate from the read rate.
      durationMs:
        startMs !== null && endMs !== null && !span
          ? Math.max(0, endMs - startMs)
          : handled.timed
            ? durationMsFromCounts(words, syllables, language, options.readRateWpm)
            : // A script's stated run time of a bite (`RUNS :12`) counts in the story's time.
              node.type === 'direction'
              ? (runTimeMs(text) ?? 0)
              : 0,
      line: node.line,
      sot: handled.sot,
      timestampMs: handled.timestampMs,
      reason: node.type === 'note' ? node.reason : null,
      delivery: handled.delivery,
      translated: handled.translated,
      startMs,
      endMs,
      timedWords,
    });
  }
  return blocks;
}

/** Compiles the tree into the document. */
export function compileScript(tree: Root, file: VFile, options: CompileOptions): ScriptDocument {
  const data = tree.data ?? {};
  const language = data.language ?? 'en';
  const blocks = compileBlocks(tree.children, language, options);
  biteRunTimes(blocks);
  clockAnchors(blocks, file);
  const title = data.title ?? null;
  // Lists made by loops, not `map`/`filter`/`flatMap` (see {@link sentenceTexts}).
  const speakers: ScriptDocument['speakers'] = [];
  const names: string[] = [];
  for (const s of data.speakers ?? []) {
    speakers.push({ ...s, aliases: [...s.aliases] });
    if (s.name) names.push(s.name);
    // An office the tags name (`TREASURER:`) is who speaks, not what the story is about.
    if (s.title && s.role !== null) names.push(s.title);
  }
  const read: Block[] = [];
  for (const b of blocks) if (b.type !== 'direction' && b.type !== 'note') read.push(b);
  return {
    title,
    // Capped where it is emitted too: one long word must not become a slug on every printed page.
    slug:
      statedSlug(data.statedSlug ?? data.frontMatter?.slug ?? '') ??
      (clip(makeSlug(title, read, names, language, blocks), MAX_SLUG_CHARS, false) ||
        FALLBACK_SLUG),
    language,
    reporter: data.reporter ?? null,
    outlet: data.outlet ?? null,
    credits: data.credits ?? [],
    speakers,
    blocks,
    durationMs: blocks.reduce((sum, b) => sum + b.durationMs, 0),
    timed: data.timed === true,
    readRateWpm: options.readRateWpm,
    messages: toMessages(file),
  };
}

declare module 'unified' {
  interface CompileResultMap {
    ScriptDocument: ScriptDocument;
  }
}

/** unified compiler plugin: script tree → ScriptDocument. */
export const scriptCompile: Plugin<[CompileOptions], Root, ScriptDocument> = function scriptCompile(
  options,
) {
  this.compiler = (tree, file) => compileScript(tree as Root, file, options);
};
