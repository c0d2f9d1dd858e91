import type { ScriptDocument } from './core/document.ts';
import { formatTranscript } from './core/index.ts';
import { htmlToText } from './ingest/html.ts';
import type { OutputName, ResolvedOptions } from './options.ts';
import { type RenderedOutput, renderOutput } from './outputs/index.ts';

export interface Produced {
  document: ScriptDocument;
  /** The rendered output, or null when that output is not available. */
  rendered: RenderedOutput | null;
}

/**
 * The one path from input text to a rendered output, shared by `/v1/format` and the CMS
 * webhook so that a stored file always equals what the API returns for the same input.
 */
export function produce(
  input: string,
  output: OutputName,
  options: ResolvedOptions,
  inputFormat: 'text' | 'html' = 'text',
): Produced {
  const text = inputFormat === 'html' ? htmlToText(input) : input;
  const document = formatTranscript(text, options);
  const rendered = renderOutput(document, output, options);
  if (rendered && rendered.messages.length > 0) {
    document.messages = [...document.messages, ...rendered.messages];
    if (output === 'json') return { document, rendered: renderOutput(document, output, options) };
  }
  return { document, rendered };
}
