/**
 * What every renderer is: the contract between the output registry (`index.ts`) and the
 * compilers in `subtitles/` and `layouts/`, kept apart so that neither imports the other.
 */
import type { Message, ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { CompileCache } from '../subtitles/compile.ts';

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
 * `subtitles` holds the cue lists compiled so far for this request (`produceAll` sets it): the
 * subtitle writers given the same document and compile options share one compile.
 */
export interface RenderContext {
  nonce?: string;
  subtitles?: CompileCache;
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
