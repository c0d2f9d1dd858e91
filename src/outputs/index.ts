import type { ScriptDocument } from '../core/document.ts';
import { renderPrint, renderTeleprompter, renderTeleprompterText } from '../layouts/index.ts';
import type { OutputName, ResolvedOptions } from '../options.ts';
import { renderScc } from '../subtitles/scc.ts';
import { renderSrt } from '../subtitles/srt.ts';
import { renderStl } from '../subtitles/stl.ts';
import { renderEbuTtD, renderImsc } from '../subtitles/ttml.ts';
import { renderVtt } from '../subtitles/vtt.ts';
import type { RenderContext, RenderedOutput, Renderer, TextRenderer } from './types.ts';

export { OutputTooLargeError, TooManyBlocksError, UnknownTemplateError } from './errors.ts';
export type {
  RenderContext,
  RenderedOutput,
  Renderer,
  TextOutput,
  TextRenderer,
} from './types.ts';

/** A JSON answer up to this size is indented for people to read; a larger one is compact. */
export const INDENT_JSON_MAX_CHARS = 256_000;

/** Indented when small, compact when large (indenting doubles a document of many blocks). */
function documentJson(doc: ScriptDocument): string {
  const indented = JSON.stringify(doc, null, 2);
  return compactLength(indented) <= INDENT_JSON_MAX_CHARS ? indented : JSON.stringify(doc);
}

/**
 * The length `JSON.stringify` gives without indenting, read off the indented text: the compact
 * form has no space or line break outside strings, the indented one differs by nothing else.
 */
export function compactLength(indented: string): number {
  let whitespace = 0;
  let inString = false;
  for (let i = 0; i < indented.length; i++) {
    const c = indented.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // an escape: the next unit is part of it
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x20 || c === 0x0a) whitespace++;
  }
  return indented.length - whitespace;
}

const renderJson: TextRenderer = (doc) => ({
  body: `${documentJson(doc)}\n`,
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  messages: [],
});

/** Output name → renderer. Outputs not built yet are absent (the edge answers 422). */
export const RENDERERS: Partial<Record<OutputName, Renderer>> = {
  json: renderJson,
  srt: renderSrt,
  vtt: renderVtt,
  teleprompter: renderTeleprompter,
  'teleprompter-text': renderTeleprompterText,
  print: renderPrint,
  imsc: renderImsc,
  'ebu-tt-d': renderEbuTtD,
  scc: renderScc,
  stl: renderStl,
};

/** The bytes of a rendered body: text as UTF-8, binary as it is (hashes, sizes, storage). */
export function bodyBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** Renders one output; throws UnknownTemplateError for a bad `template=`. */
export function renderOutput(
  doc: ScriptDocument,
  output: OutputName,
  options: ResolvedOptions,
  context?: RenderContext,
): RenderedOutput | null {
  const renderer = RENDERERS[output];
  return renderer ? renderer(doc, options, context ?? {}) : null;
}
