/**
 * WebVTT writer: `WEBVTT`, blank line, cues with `HH:MM:SS.mmm --> HH:MM:SS.mmm` (dot). Cue text
 * escapes `&`, `<` and `>` (so no tag and no `-->` can appear), never holds a blank line (lines are
 * built from words), and marks every speaker with a voice span `<v Name>…</v>`.
 */

import type { ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RenderContext, TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { type CompiledSubtitles, type CuePart, compileShared } from './compile.ts';
import { formatTimestamp } from './timecode.ts';

export const VTT_CONTENT_TYPE = 'text/vtt; charset=utf-8';

/**
 * Escapes cue text for WebVTT (`&amp;`, `&lt;`, `&gt;`). ffmpeg reads WebVTT through ASS, where
 * `\N`, `\n` and `\h` are line breaks and spaces: a WORD JOINER (U+2060, invisible) after the
 * backslash keeps them text, as in SRT.
 */
export function escapeVtt(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\(?=[Nnh])/g, '\\\u2060');
}

function partText(part: CuePart): string {
  const text = part.lines.map(escapeVtt).join('\n');
  return part.speaker === null ? text : `<v ${escapeVtt(part.speaker)}>${text}</v>`;
}

/** The view the WebVTT template places: every field precomputed. */
export function vttView(compiled: CompiledSubtitles): { cues: object[] } {
  return {
    cues: compiled.cues.map((cue) => ({
      index: cue.index,
      start: formatTimestamp(cue.startMs, '.'),
      end: formatTimestamp(cue.endMs, '.'),
      text: cue.parts.map(partText).join('\n'),
    })),
  };
}

/**
 * `output=vtt`.
 *
 * @example renderVtt(doc, optionsSchema().parse({})).body // 'WEBVTT\n\n00:00:00.000 --> …'
 */
export const renderVtt: TextRenderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => {
  const compiled = compileShared(doc, options, context?.subtitles);
  return {
    body: renderTemplate('vtt', options.template, vttView(compiled)),
    contentType: VTT_CONTENT_TYPE,
    extension: 'vtt',
    messages: [...compiled.messages],
  };
};
