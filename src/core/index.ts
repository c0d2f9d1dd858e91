import type { ScriptDocument } from './document.ts';
import type { CoreOptions } from './options.ts';

export type { Block, BlockType, Message, ScriptDocument, Severity, Speaker } from './document.ts';
export type { CoreOptions } from './options.ts';

/**
 * Turns raw transcript text into the clean document. Never throws on any string input.
 * TEMPORARY STUB: blank-line paragraphs as narration, replaced by the unified pipeline.
 */
export function formatTranscript(text: string, options?: CoreOptions): ScriptDocument {
  const readRateWpm = options?.readRate ?? 180;
  const blocks = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p, i) => {
      const words = p.split(/\s+/).length;
      return {
        id: `b${i + 1}`,
        type: 'narration' as const,
        speaker: null,
        text: p,
        sentences: [p],
        words,
        durationMs: Math.round((words / readRateWpm) * 60_000),
        line: 1,
        sot: false,
        timestampMs: null,
      };
    });
  return {
    title: null,
    slug: 'STORY',
    language: 'en',
    reporter: null,
    outlet: null,
    credits: [],
    speakers: [],
    blocks,
    durationMs: blocks.reduce((s, b) => s + b.durationMs, 0),
    readRateWpm,
    messages: [],
  };
}
