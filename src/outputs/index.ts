import type { Message, ScriptDocument } from '../core/document.ts';
import { renderPrint, renderTeleprompter, renderTeleprompterText } from '../layouts/index.ts';
import type { OutputName, ResolvedOptions } from '../options.ts';
import { renderSrt } from '../subtitles/srt.ts';
import { renderVtt } from '../subtitles/vtt.ts';

/** A rendered output: the bytes to send and what the renderer had to say. */
export interface RenderedOutput {
  body: string;
  /** Full media type with charset, e.g. `application/x-subrip; charset=utf-8`. */
  contentType: string;
  /** File extension for downloads, without the dot. */
  extension: string;
  /** Messages the renderer added (e.g. `cps-too-high`), on top of the document's. */
  messages: Message[];
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

export { TooManyBlocksError, UnknownTemplateError } from './errors.ts';

/** A JSON answer up to this size is indented for people to read; a larger one is compact. */
export const INDENT_JSON_MAX_CHARS = 256_000;

/** Indented when small, compact when large (indenting doubles a document of many blocks). */
function documentJson(doc: ScriptDocument): string {
  const compact = JSON.stringify(doc);
  return compact.length <= INDENT_JSON_MAX_CHARS ? JSON.stringify(doc, null, 2) : compact;
}

const renderJson: Renderer = (doc) => ({
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
};

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
