import type { Message } from '../core/document.ts';
import { HttpError } from '../edge/errors.ts';
import { parseOptions } from '../edge/options.ts';
import { looksLikeHtml } from '../ingest/html.ts';
import { OUTPUTS, type OutputName, type ResolvedOptions } from '../options.ts';
import {
  bodyBytes,
  OutputTooLargeError,
  RENDERERS,
  TooManyBlocksError,
  UnknownTemplateError,
} from '../outputs/index.ts';
import { type produce, produceAll } from '../produce.ts';
import type { Delivery } from './payload.ts';
import { type RevisionPlan, type StoredOutput, sha256Hex } from './store.ts';

/** Outputs that have a renderer in this build, in the order of `OUTPUTS`. */
export function availableOutputs(): OutputName[] {
  return OUTPUTS.filter((output) => RENDERERS[output] !== undefined);
}

export type PlanResult = { ok: true; plan: RevisionPlan } | { ok: false; problem: HttpError };

/**
 * Renders every requested output of a delivery through `produce()`, the same path
 * `POST /v1/format` takes, so each stored object equals what the API returns for the same input.
 * Nothing is stored here; rendering happens before the revision is claimed.
 */
export async function planRevision(
  delivery: Delivery,
  webhookId: string,
  inputMessages: readonly Message[] = [],
): Promise<PlanResult> {
  const { story } = delivery;
  const available = availableOutputs();
  const outputs = [...new Set(delivery.outputs ?? available)];
  const unavailable = outputs.filter((output) => !available.includes(output));
  if (unavailable.length > 0) {
    return {
      ok: false,
      problem: new HttpError(
        'output-not-available',
        `Not available in this deployment: ${unavailable.join(', ')}; available: ${available.join(', ')}.`,
        { extensions: { unavailable, available } },
      ),
    };
  }

  // The story's BCP 47 tag sets the `language` option (its primary subtag) unless options do.
  // Options are read exactly as `/v1/format` reads a JSON body's: the same names (own
  // properties only), the same numbers, the same 422 body.
  const language = story.language?.split('-')[0]?.toLowerCase();
  let options: ResolvedOptions;
  try {
    options = parseOptions({}, { ...(language ? { language } : {}), ...delivery.options });
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, problem: error };
    throw error;
  }
  const inputFormat = story.format ?? (looksLikeHtml(story.body) ? 'html' : 'text');

  const stored: StoredOutput[] = [];
  const bodies = new Map<OutputName, Uint8Array>();
  let storyMessages: Message[] = [];
  // The pipeline runs once for all outputs; each result is what produce() gives for that output.
  let results: Map<OutputName, ReturnType<typeof produce>>;
  try {
    results = produceAll(
      story.body,
      outputs,
      options,
      inputFormat,
      undefined,
      delivery.corrections,
      inputMessages,
    );
  } catch (error) {
    // Input that can never format is answered 422, never a 5xx a CMS would retry forever.
    if (error instanceof TooManyBlocksError) {
      return {
        ok: false,
        problem: new HttpError('too-many-blocks', error.message, {
          extensions: { blocks: error.blocks, limit: error.limit },
        }),
      };
    }
    if (error instanceof OutputTooLargeError) {
      return {
        ok: false,
        problem: new HttpError('output-too-large', error.message, {
          extensions: { output: error.output, size: error.size, limit: error.limit },
        }),
      };
    }
    if (!(error instanceof UnknownTemplateError)) throw error;
    return {
      ok: false,
      problem: new HttpError('unknown-template', error.message, {
        extensions: {
          output: error.output,
          template: error.template,
          available: error.available,
        },
      }),
    };
  }
  for (const output of outputs) {
    const result = results.get(output);
    if (!result) throw new Error(`no result for ${output}`);
    const { document, rendered } = result;
    if (!rendered) throw new Error(`renderer for ${output} vanished`);
    // What `/v1/format` refuses, a delivery cannot store: a story with nothing to format.
    if (document.blocks.length === 0) {
      return {
        ok: false,
        problem: new HttpError('empty-text', 'The story body has no text to format.'),
      };
    }
    // produce() appends the renderer's messages to the document's; keep them apart.
    storyMessages = document.messages.slice(0, document.messages.length - rendered.messages.length);
    const bytes = bodyBytes(rendered.body);
    bodies.set(output, bytes);
    stored.push({
      output,
      contentType: rendered.contentType,
      extension: rendered.extension,
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      messages: rendered.messages,
    });
  }

  const requestSha256 = await sha256Hex(
    JSON.stringify({
      body: story.body,
      inputFormat,
      outputs,
      options,
      ...(delivery.corrections ? { corrections: delivery.corrections } : {}),
      title: story.title ?? null,
      slug: story.slug ?? null,
    }),
  );
  return {
    ok: true,
    plan: {
      manifest: {
        version: 1,
        storyId: story.id,
        // Without a CMS revision the delivery names it: a redelivery finds the same revision.
        revision: story.revision ?? `wh-${(await sha256Hex(webhookId)).slice(0, 20)}`,
        title: story.title ?? null,
        slug: story.slug ?? null,
        requestSha256,
        webhookId,
        outputs: stored,
        messages: storyMessages,
      },
      bodies,
    },
  };
}
