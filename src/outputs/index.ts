import type { ScriptDocument } from '../core/document.ts';
import { renderPrint, renderTeleprompter, renderTeleprompterText } from '../layouts/index.ts';
import type { OutputName, ResolvedOptions } from '../options.ts';
import { renderSrt } from '../subtitles/srt.ts';
import { renderVtt } from '../subtitles/vtt.ts';
import type { RenderContext, RenderedOutput, Renderer } from './types.ts';

export { UnknownTemplateError } from './errors.ts';
export type { RenderContext, RenderedOutput, Renderer } from './types.ts';

const renderJson: Renderer = (doc) => ({
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
