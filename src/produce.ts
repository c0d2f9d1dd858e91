import type { Corrections } from './core/corrections.ts';
import type { Message, ScriptDocument } from './core/document.ts';
import { formatTranscript } from './core/index.ts';
import { blockLimit, countParagraphGroups, outputLimit } from './core/limits.ts';
import {
  type InputFormat,
  ingest,
  isAsrFormat,
  macLineBreaks,
  toSourceLine,
} from './ingest/index.ts';
import type { OutputName, ResolvedOptions } from './options.ts';
import { OutputTooLargeError, TooManyBlocksError } from './outputs/errors.ts';
import { type RenderContext, type RenderedOutput, renderOutput } from './outputs/index.ts';
import { newCompileCache } from './subtitles/compile.ts';

export interface Produced {
  document: ScriptDocument;
  /** The rendered output, or null when that output is not available. */
  rendered: RenderedOutput | null;
}

/**
 * Input to document: converts HTML, SRT or WebVTT to text first, runs the core pipeline, and maps
 * every `line` back into the input as given, not into the converted text. Throws
 * {@link TooManyBlocksError} when the document has more blocks than the input's size allows.
 */
export function prepare(
  input: string,
  options: ResolvedOptions,
  inputFormat: InputFormat = 'text',
  corrections?: Corrections,
  inputMessages: readonly Message[] = [],
): ScriptDocument {
  // An old Mac text's lines (a CR alone ends each) are read as LF lines by every reader and rule.
  const mac = inputFormat === 'stl' || isAsrFormat(inputFormat) ? null : macLineBreaks(input);
  if (mac !== null && mac.count > 0) input = mac.text;
  const ingested = ingest(input, inputFormat, options);
  const { text, sourceLines, hints } = ingested;
  // Outputs grow with the number of blocks: bounded by the input's size (src/core/limits.ts).
  // A text of far more paragraphs than that is refused before formatting (merging tag-only
  // lines at most halves the paragraphs; a removed repeat has at least 8 words).
  const limit = blockLimit(input.length);
  const paragraphs = countParagraphGroups(text, 2 * limit);
  if (paragraphs > 2 * limit)
    throw new TooManyBlocksError(paragraphs, limit, input.length, 'paragraphs or more');
  const timed = ingested.timedTokens !== undefined && ingested.timedTokens.length > 0;
  // Timed input is speech, each word with its own time: a paragraph said twice was said twice,
  // so repeated paragraphs are not removed (a paste done twice has no times of its own).
  const document = formatTranscript(
    text,
    timed ? { ...options, dedupe: false } : options,
    {
      ...(timed ? { timedTokens: ingested.timedTokens } : {}),
      ...(hints ? { hints } : {}),
    },
    corrections,
  );
  if (document.blocks.length > limit)
    throw new TooManyBlocksError(document.blocks.length, limit, input.length);
  if (sourceLines) {
    for (const block of document.blocks) block.line = toSourceLine(sourceLines, block.line);
    for (const message of document.messages) {
      if (message.line !== null) message.line = toSourceLine(sourceLines, message.line);
      if (message.endLine !== undefined)
        message.endLine = toSourceLine(sourceLines, message.endLine);
    }
  }
  // Messages of the ingest step (HTML text not kept, subtitle repairs) already point into the
  // source; they join the document's in line order.
  if (ingested.messages && ingested.messages.length > 0) {
    document.messages = [...ingested.messages, ...document.messages]
      .map((m, i) => ({ m, i }))
      .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || a.i - b.i)
      .map(({ m }) => m);
  }
  if (mac !== null && mac.count > 0) {
    document.messages.unshift({
      ruleId: 'line-endings',
      reason: `Normalized ${mac.count} old Mac line endings (CR alone) to LF`,
      line: 1,
      column: null,
      severity: 'info',
      source: 'ingest',
    });
  }
  // Messages about the input before it was text (its encoding) come first.
  if (inputMessages.length > 0) document.messages = [...inputMessages, ...document.messages];
  return document;
}

/**
 * Document to one output. The renderer's messages join a copy of the document's. Throws
 * {@link OutputTooLargeError} when the answer would be longer than `outputLimit(inputChars)`.
 */
function render(
  prepared: ScriptDocument,
  output: OutputName,
  options: ResolvedOptions,
  inputChars: number,
  context?: RenderContext,
): Produced {
  const bounded = (result: Produced): Produced => {
    const size = result.rendered?.body.length ?? 0;
    const limit = outputLimit(inputChars, output === 'json' ? prepared.blocks.length : 0);
    if (size > limit) throw new OutputTooLargeError(output, size, limit);
    return result;
  };
  const rendered = renderOutput(prepared, output, options, context);
  if (!rendered || rendered.messages.length === 0) return bounded({ document: prepared, rendered });
  const document = { ...prepared, messages: [...prepared.messages, ...rendered.messages] };
  if (output === 'json')
    return bounded({ document, rendered: renderOutput(document, output, options, context) });
  return bounded({ document, rendered });
}

/**
 * The one path from input text to a rendered output, shared by `/v1/format` and the CMS
 * webhook so that a stored file always equals what the API returns for the same input.
 *
 * @example produce(srtText, 'json', options, 'srt').document.blocks[0]?.line // line in the SRT
 */
export function produce(
  input: string,
  output: OutputName,
  options: ResolvedOptions,
  inputFormat: InputFormat = 'text',
  context?: RenderContext,
  corrections?: Corrections,
  inputMessages: readonly Message[] = [],
): Produced {
  return render(
    prepare(input, options, inputFormat, corrections, inputMessages),
    output,
    options,
    input.length,
    context,
  );
}

/**
 * Several outputs of one input, the pipeline run once: each result is what `produce()` gives
 * for that output (the CMS webhook stores them all).
 */
export function produceAll(
  input: string,
  outputs: readonly OutputName[],
  options: ResolvedOptions,
  inputFormat: InputFormat = 'text',
  context?: RenderContext,
  corrections?: Corrections,
  inputMessages: readonly Message[] = [],
): Map<OutputName, Produced> {
  const prepared = prepare(input, options, inputFormat, corrections, inputMessages);
  // The subtitle writers share their cue lists: each compile runs once for all of them.
  const shared: RenderContext = { ...context, subtitles: context?.subtitles ?? newCompileCache() };
  const results = new Map<OutputName, Produced>();
  for (const output of outputs)
    results.set(output, render(prepared, output, options, input.length, shared));
  return results;
}
