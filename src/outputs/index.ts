import type { Message, ScriptDocument } from '../core/document.ts';
import { renderPrint, renderTeleprompter, renderTeleprompterText } from '../layouts/index.ts';
import type { OutputName, ResolvedOptions } from '../options.ts';
import { renderScc } from '../subtitles/scc.ts';
import { renderSrt } from '../subtitles/srt.ts';
import { renderStl } from '../subtitles/stl.ts';
import { renderEbuTtD, renderImsc } from '../subtitles/ttml.ts';
import { renderVtt } from '../subtitles/vtt.ts';

/** A rendered output: the bytes to send and what the renderer had to say. */
export interface RenderedOutput {
  /** Text outputs are strings (sent as UTF-8); binary ones (EBU STL) are bytes. */
  body: string | Uint8Array;
  /** Full media type with charset, e.g. `application/x-subrip; charset=utf-8`. */
  contentType: string;
  /** File extension for downloads, without the dot. */
  extension: string;
  /** Messages the renderer added (e.g. `cps-too-high`), on top of the document's. */
  messages: Message[];
}

/** A text output (every output but EBU STL): the body is a string. */
export interface TextOutput extends RenderedOutput {
  body: string;
}

/**
 * Per-request context from the edge. `nonce` is the response's CSP nonce: an HTML layout puts it
 * on its inline `<style>`/`<script>` elements (`nonce="…"`); absent outside a request (bench, tests).
 */
export interface RenderContext {
  nonce?: string;
}

export type Renderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => RenderedOutput;

/** A renderer of a text output. */
export type TextRenderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => TextOutput;

export { UnknownTemplateError } from './errors.ts';

const renderJson: TextRenderer = (doc) => ({
  body: `${JSON.stringify(doc, null, 2)}\n`,
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
