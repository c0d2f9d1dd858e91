/** Shared by the subtitle tests: re-parse what the writers wrote, with the reference parsers. */
import { parser as srtParser, validator as srtValidator } from 'srt-validator';
import webvtt, { type WebVTTNode } from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import type { Block, ScriptDocument } from '../../src/core/document.ts';

export interface ParsedCue {
  index: number;
  startMs: number;
  endMs: number;
  lines: string[];
}

/** Errors from the npm `srt-validator` (an empty file counts as an error there). */
export function srtErrors(body: string): string[] {
  return srtValidator(body).map((e) => `${e.lineNumber}: ${e.message}`);
}

export function parseSrt(body: string): ParsedCue[] {
  return srtParser.parse(body).map((c) => ({
    index: c.sequenceNumber,
    startMs: c.time.start,
    endMs: c.time.end,
    lines: c.text.split('\n'),
  }));
}

const vttParser = new webvtt.WebVTTParser(entities as Record<string, string>);

function nodeText(node: WebVTTNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}

function voices(node: WebVTTNode): string[] {
  const own = node.name === 'v' && node.value !== undefined ? [node.value] : [];
  return [...own, ...(node.children ?? []).flatMap(voices)];
}

/** Errors and cues from the npm `webvtt-parser` (the W3C validator's parser). */
export function parseVtt(body: string): {
  errors: string[];
  cues: (ParsedCue & { voices: string[] })[];
} {
  const result = vttParser.parse(body, 'subtitles');
  return {
    errors: result.errors.map((e) => `${e.line}:${e.col} ${e.message}`),
    cues: result.cues.map((c, i) => ({
      index: i + 1,
      startMs: Math.round(c.startTime * 1000),
      endMs: Math.round(c.endTime * 1000),
      lines: nodeText(c.tree).split('\n'),
      voices: voices(c.tree),
    })),
  };
}

export const SPOKEN: ReadonlySet<Block['type']> = new Set([
  'narration',
  'throw',
  'speech',
  'signoff',
]);

/** Words of the document's subtitled blocks, in order. */
export function spokenWords(doc: ScriptDocument): string[] {
  return doc.blocks
    .filter((b) => SPOKEN.has(b.type))
    .flatMap((b) => b.text.split(/\s+/).filter((w) => w !== ''));
}

/**
 * Words shown by cues, in order: a dialogue's leading hyphens are labels, not words, and the
 * invisible word joiners SRT puts into markup-like text (`<\u2060b>`) are not shown.
 */
export function shownWords(cues: ParsedCue[]): string[] {
  return cues.flatMap((cue) => {
    const dialogue = cue.lines.length > 1 && cue.lines.every((l) => l.startsWith('-'));
    return cue.lines.flatMap((line) =>
      (dialogue ? line.slice(1) : line)
        .replace(/\u2060/g, '')
        .split(/\s+/)
        .filter((w) => w !== ''),
    );
  });
}

/** Cue numbers named by messages with this ruleId (`Cue 12 …`). */
export function namedCues(
  messages: { ruleId: string; reason: string }[],
  ruleId: string,
): Set<number> {
  const out = new Set<number>();
  for (const m of messages) {
    if (m.ruleId !== ruleId) continue;
    const match = /^Cue (\d+)\b/.exec(m.reason);
    if (match) out.add(Number(match[1]));
  }
  return out;
}

/** A document built by hand, for precise cases. */
export function makeDoc(
  blocks: Partial<Block>[],
  extra: Partial<ScriptDocument> = {},
): ScriptDocument {
  const full: Block[] = blocks.map((b, i) => {
    const text = b.text ?? '';
    return {
      id: `b${i + 1}`,
      type: 'narration',
      speaker: null,
      text,
      sentences: [text],
      words: text.split(/\s+/).filter(Boolean).length,
      durationMs: 0,
      line: i + 1,
      sot: false,
      timestampMs: null,
      reason: null,
      startMs: null,
      endMs: null,
      timedWords: null,
      ...b,
      delivery: b.delivery ?? null,
      translated: b.translated ?? false,
    };
  });
  return {
    title: null,
    slug: 'TEST',
    language: 'en',
    reporter: null,
    outlet: null,
    credits: [],
    speakers: [],
    blocks: full,
    durationMs: 0,
    readRateWpm: 180,
    timed: false,
    messages: [],
    ...extra,
  };
}

/**
 * The shown words with the pieces of a word broken across lines or cues joined again, read
 * against the words expected: a word longer than a line is shown in pieces (`https://…/` /
 * `path`), each piece in order. A piece that does not continue the expected word stays as it is,
 * so a dropped, added or changed word still shows in the comparison.
 */
export function joinedPieces(shown: readonly string[], expected: readonly string[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const word of expected) {
    let joined = shown[k] ?? '';
    k++;
    while (joined.length < word.length && word.startsWith(joined) && k < shown.length) {
      const next = `${joined}${shown[k]}`;
      if (!word.startsWith(next)) break;
      joined = next;
      k++;
    }
    out.push(joined);
  }
  for (; k < shown.length; k++) out.push(shown[k] as string);
  return out;
}
