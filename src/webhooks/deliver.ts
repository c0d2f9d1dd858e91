import { readBodyWithin } from '../edge/body-limit.ts';
import { HttpError, problemResponse } from '../edge/errors.ts';
import {
  BinaryData,
  charsetOf,
  type DecodedText,
  decodeBytes,
  encodingMessages,
  UnknownCharset,
} from '../ingest/encoding.ts';
import { isDevOnlyValue, isLoopbackHost, maxBodyBytes } from './env.ts';
import { deliverySchema, fieldErrors } from './payload.ts';
import { planRevision } from './plan.ts';
import { notConfigured, storageFailed, type WebhookContext } from './responses.ts';
import { parseSecrets, verifyWebhook } from './signature.ts';
import {
  advanceLatest,
  commitRevision,
  type DeliveryAnswer,
  type Manifest,
  readReceipt,
  type StoreTiming,
  sha256Hex,
  writeReceipt,
} from './store.ts';

/** `Retry-After` while another delivery writes the same revision, in seconds. */
const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * `POST /v1/webhooks/cms`. In order: configuration, body size, signature over the raw bytes,
 * the receipt of an earlier delivery of this id, payload validation, rendering, and only then
 * storage; the answer comes after every write (nothing is acknowledged before it is stored).
 */
export async function handleDelivery(c: WebhookContext, timing: StoreTiming): Promise<Response> {
  const secrets = parseSecrets(c.env.WEBHOOK_SECRET);
  if (!secrets.ok) {
    if (c.env.WEBHOOK_SECRET) console.error(`webhooks: WEBHOOK_SECRET unusable: ${secrets.detail}`);
    return notConfigured(c, 'Webhooks are not configured', 'WEBHOOK_SECRET');
  }
  if (secrets.keys.some((key) => isDevOnlyValue(key)) && !isLoopbackHost(c.req.url)) {
    return notConfigured(
      c,
      'The dev-only webhook secret only works on localhost',
      'WEBHOOK_SECRET',
    );
  }
  const bucket = c.env.SCRIPTS;
  if (!bucket) return notConfigured(c, 'Story storage is not configured', 'SCRIPTS');

  const maxBytes = maxBodyBytes(c.env);
  const body = await readBodyWithin(c.req.raw, maxBytes);
  if (!body) {
    return problemResponse(
      c,
      new HttpError('payload-too-large', `The delivery is larger than ${maxBytes} bytes.`, {
        extensions: { maxBytes },
      }),
    );
  }

  // The raw bytes are verified first: nothing below runs for an unsigned or forged delivery.
  const verified = await verifyWebhook(secrets.keys, c.req.raw.headers, body);
  if (!verified.ok) {
    return problemResponse(
      c,
      new HttpError('unauthorized', `Webhook verification failed: ${verified.detail}.`, {
        extensions: { reason: verified.reason },
      }),
    );
  }
  const webhookId = verified.id;
  const bodySha256 = await sha256Hex(body);

  try {
    const receipt = await readReceipt(bucket, webhookId);
    if (receipt) {
      if (receipt.bodySha256 !== bodySha256) {
        return problemResponse(
          c,
          new HttpError(
            'webhook-id-reused',
            `webhook-id ${webhookId} was already delivered with a different body.`,
          ),
        );
      }
      // A redelivery: the first answer again, and nothing is stored twice.
      return Response.json(receipt.answer, { status: receipt.status });
    }
  } catch (error) {
    return storageFailed(c, error);
  }

  // The same rule as every body: UTF-8, else the declared charset, else detected (a CMS that
  // writes Windows-1252 JSON); binary data is a 415.
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(body, charsetOf(c.req.header('content-type')), 'The delivery body');
  } catch (error) {
    if (error instanceof BinaryData || error instanceof UnknownCharset) {
      return problemResponse(c, new HttpError('unsupported-media-type', error.message));
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return problemResponse(c, new HttpError('malformed-request', 'The delivery body is not JSON.'));
  }
  const delivery = deliverySchema().safeParse(json);
  if (!delivery.success) {
    return problemResponse(
      c,
      new HttpError('invalid-delivery', 'The delivery does not match the payload schema.', {
        extensions: { errors: fieldErrors(delivery.error, json) },
      }),
    );
  }
  const planned = await planRevision(delivery.data, webhookId, encodingMessages(decoded));
  if (!planned.ok) return problemResponse(c, planned.problem);
  const { storyId, revision } = planned.plan.manifest;

  try {
    const outcome = await commitRevision(bucket, planned.plan, timing);
    if (outcome.kind === 'busy') {
      return problemResponse(
        c,
        new HttpError(
          'delivery-in-progress',
          `Another delivery is storing revision ${revision} of story ${storyId}; retry shortly.`,
          { headers: { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) } },
        ),
      );
    }
    if (outcome.kind === 'conflict') {
      return problemResponse(
        c,
        new HttpError(
          'revision-conflict',
          `Revision ${revision} of story ${storyId} is already stored with other content or outputs; send a new revision.`,
          { extensions: { storyId, revision } },
        ),
      );
    }
    // Stored now, or earlier by a delivery of the same request: either way the revision is
    // committed, so `latest` may move, and the answer is derived from the manifest alone.
    await advanceLatest(bucket, outcome.manifest);
    const answer = deliveryAnswer(outcome.manifest, webhookId);
    await writeReceipt(bucket, { version: 1, webhookId, bodySha256, status: 200, answer });
    return Response.json(answer, { status: 200 });
  } catch (error) {
    return storageFailed(c, error);
  }
}

/** The answer to a stored delivery: a pure function of the manifest, so duplicates match. */
function deliveryAnswer(manifest: Manifest, webhookId: string): DeliveryAnswer {
  const { storyId, revision } = manifest;
  return {
    webhookId,
    story: { id: storyId, revision, title: manifest.title, slug: manifest.slug },
    outputs: manifest.outputs.map((stored) => ({
      output: stored.output,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      url: storyOutputPath(storyId, stored.output, revision),
      messages: stored.messages,
    })),
    messages: manifest.messages,
  };
}

/** Where a stored output is read, pinned to its revision. */
export function storyOutputPath(storyId: string, output: string, revision: string): string {
  return `/v1/stories/${encodeURIComponent(storyId)}/${encodeURIComponent(output)}?revision=${encodeURIComponent(revision)}`;
}
