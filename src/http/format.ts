/**
 * `POST /v1/format`: one submission in, one rendered output out, through `produce()`.
 * The output is `output=` when given, else the best match for `Accept`.
 */
import type { ScriptDocument } from '../core/document.ts';
import { HttpError } from '../edge/errors.ts';
import { invalidOptions, parseCorrections, parseOptions } from '../edge/options.ts';
import { OUTPUTS, type OutputName, type ResolvedOptions } from '../options.ts';
import { RENDERERS, type RenderedOutput } from '../outputs/index.ts';
import { produce } from '../produce.ts';
import { attachment } from './disposition.ts';
import { negotiate } from './media-type.ts';
import type { Submission } from './request.ts';

/**
 * The media type `Accept` picks each output by; print is only reached by `output=print`, and
 * EBU-TT-D (TTML like IMSC) by `output=ebu-tt-d`.
 */
export const OUTPUT_MEDIA_TYPES: Readonly<Partial<Record<OutputName, string>>> = {
  json: 'application/json',
  teleprompter: 'text/html',
  'teleprompter-text': 'text/plain',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
  imsc: 'application/ttml+xml',
  scc: 'text/x-scc',
  stl: 'application/x-ebu-stl',
};

/** Outputs this deployment can render, in the API's order. */
export function availableOutputs(): OutputName[] {
  return OUTPUTS.filter((output) => RENDERERS[output] !== undefined);
}

function notAvailable(output: string): HttpError {
  const available = availableOutputs();
  return new HttpError(
    'output-not-available',
    `The ${output} output is not available in this deployment; available: ${available.join(', ')}.`,
    { extensions: { output, available } },
  );
}

/**
 * The output to render: by name, or negotiated from `Accept` (RFC 9110 section 12.5.1) among the
 * outputs available here; on a tie json, then teleprompter, prompter text, SRT, WebVTT. Nothing
 * acceptable is a 406.
 */
export function chooseOutput(
  requested: string | undefined,
  accept: string | undefined,
): OutputName {
  if (requested !== undefined) {
    if (!(OUTPUTS as readonly string[]).includes(requested)) {
      throw invalidOptions([
        {
          field: 'output',
          value: requested,
          allowed: `one of: ${OUTPUTS.join(', ')}`,
          message: 'Unknown output',
        },
      ]);
    }
    const output = requested as OutputName;
    if (!RENDERERS[output]) throw notAvailable(output);
    return output;
  }
  // Candidates in the server's order of preference (OUTPUT_MEDIA_TYPES), for ties.
  const byType = (outputs: readonly OutputName[]): Map<string, OutputName> => {
    const map = new Map<string, OutputName>();
    for (const [output, type] of Object.entries(OUTPUT_MEDIA_TYPES)) {
      if (type && outputs.includes(output as OutputName)) map.set(type, output as OutputName);
    }
    return map;
  };
  const available = byType(availableOutputs());
  const chosen = negotiate(accept, [...available.keys()]);
  if (chosen) return available.get(chosen) as OutputName;
  const all = byType(OUTPUTS);
  const wanted = negotiate(accept, [...all.keys()]);
  if (wanted) throw notAvailable(all.get(wanted) as OutputName);
  throw new HttpError(
    'not-acceptable',
    `No output matches Accept: ${(accept ?? '').slice(0, 200)}`,
    {
      extensions: { supported: [...available.keys()] },
    },
  );
}

// Whitespace, including no-break and zero-width spaces and the BOM.
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/** The result of formatting one submission. */
export interface Formatted {
  output: OutputName;
  options: ResolvedOptions;
  document: ScriptDocument;
  rendered: RenderedOutput;
}

/**
 * Validates options and text, then runs `produce()`. Empty text, or text with nothing left to
 * format after conversion (an HTML page without text), is a 422.
 */
export function formatSubmission(
  submission: Submission,
  output: OutputName,
  nonce: string,
): Formatted {
  const options = parseOptions(submission.optionStrings, submission.optionJson);
  const corrections = parseCorrections(submission.corrections);
  if (BLANK.test(submission.text)) {
    throw new HttpError('empty-text', 'The transcript is empty: send some text to format.');
  }
  const { document, rendered } = produce(
    submission.text,
    output,
    options,
    submission.inputFormat,
    { nonce },
    corrections,
    submission.inputMessages,
  );
  if (!rendered) throw notAvailable(output);
  if (document.blocks.length === 0) {
    // Why the input gave no text, when its reader said (an .xml file that is not TTML).
    const why = document.messages.find((m) => m.severity === 'error')?.reason;
    throw new HttpError(
      'empty-text',
      `The ${submission.inputFormat === 'text' ? 'transcript' : `${submission.inputFormat} input`} has no text to format${why ? `: ${why}` : ''}.`,
    );
  }
  return { output, options, document, rendered };
}

/** The HTTP response for a rendered output: inline, or a download named `<slug>.<ext>`. */
export function outputResponse(formatted: Formatted, download: boolean): Response {
  const { rendered, document } = formatted;
  const headers = new Headers({
    'Content-Type': rendered.contentType,
    // The output depends on Accept when no output= is given; transcripts are not for caches.
    Vary: 'Accept',
    'Cache-Control': 'no-store',
  });
  if (download) headers.set('Content-Disposition', attachment(document.slug, rendered.extension));
  return new Response(rendered.body, { status: 200, headers });
}
