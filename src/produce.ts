import type { ScriptDocument } from './core/document.ts';
import { formatTranscript } from './core/index.ts';
import { type InputFormat, ingest, toSourceLine } from './ingest/index.ts';
import type { OutputName, ResolvedOptions } from './options.ts';
import { type RenderContext, type RenderedOutput, renderOutput } from './outputs/index.ts';

export interface Produced {
  document: ScriptDocument;
  /** The rendered output, or null when that output is not available. */
  rendered: RenderedOutput | null;
}

/**
 * The one path from input text to a rendered output, shared by `/v1/format` and the CMS
 * webhook so that a stored file always equals what the API returns for the same input.
 * Input in another format (HTML, SRT, WebVTT) is converted first, and every `line` in the
 * document then points into the input as given, not into the converted text.
 *
 * @example produce(srtText, 'json', options, 'srt').document.blocks[0]?.line // line in the SRT
 */
export function produce(
  input: string,
  output: OutputName,
  options: ResolvedOptions,
  inputFormat: InputFormat = 'text',
  context?: RenderContext,
): Produced {
  const { text, sourceLines } = ingest(input, inputFormat, options);
  const document = formatTranscript(text, options);
  if (sourceLines) {
    for (const block of document.blocks) block.line = toSourceLine(sourceLines, block.line);
    for (const message of document.messages) {
      if (message.line !== null) message.line = toSourceLine(sourceLines, message.line);
    }
  }
  const rendered = renderOutput(document, output, options, context);
  if (rendered && rendered.messages.length > 0) {
    document.messages = [...document.messages, ...rendered.messages];
    if (output === 'json') {
      return { document, rendered: renderOutput(document, output, options, context) };
    }
  }
  return { document, rendered };
}
