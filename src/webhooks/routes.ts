import { type Context, Hono } from 'hono';
import { OUTPUTS } from '../options.ts';
import { bearerMatches } from './auth.ts';
import { readRawBody } from './body.ts';
import { isDevOnlyValue, isLoopbackHost, maxBodyBytes, type WebhookEnv } from './env.ts';
import { deliverySchema, fieldErrors, revisionSchema, storyIdSchema } from './payload.ts';
import { planRevision } from './plan.ts';
import { type Problem, problemResponse } from './problem.ts';
import { rateLimit } from './rate-limit.ts';
import { parseSecrets, verifyWebhook } from './signature.ts';
import {
  advanceLatest,
  commitRevision,
  DEFAULT_TIMING,
  keys,
  type Manifest,
  readLatestRevision,
  readManifest,
  readReceipt,
  type StoreTiming,
  sha256Hex,
  writeReceipt,
} from './store.ts';

/** `Retry-After` after a storage failure, in seconds: R2 hiccups pass quickly. */
const STORAGE_RETRY_AFTER_SECONDS = 10;
/** `Retry-After` while another delivery writes the same revision, in seconds. */
const BUSY_RETRY_AFTER_SECONDS = 5;

type WebhookContext = Context<{ Bindings: WebhookEnv }>;

export interface WebhookRoutesOptions {
  /** Claim lease and polling; tests shorten them. */
  timing?: StoreTiming;
}

/**
 * The CMS webhook and the story reads, as a Hono sub-app for the entry to mount:
 *
 *   POST /v1/webhooks/cms               Standard Webhooks delivery → every output stored in R2
 *   GET  /v1/stories/:id                manifest of the latest revision (or `?revision=`)
 *   GET  /v1/stories/:id/:output        stored output of the latest revision (or `?revision=`)
 *
 * @example
 * app.route('/', webhookRoutes);
 */
export function createWebhookRoutes(
  options?: WebhookRoutesOptions,
): Hono<{ Bindings: WebhookEnv }> {
  const timing = options?.timing ?? DEFAULT_TIMING;
  const routes = new Hono<{ Bindings: WebhookEnv }>();

  routes.post(
    '/v1/webhooks/cms',
    rateLimit({ binding: (env) => env.WEBHOOK_LIMITER, prefix: 'webhook' }),
    (c) => handleDelivery(c, timing),
  );

  routes.get(
    '/v1/stories/:id',
    rateLimit({ binding: (env) => env.STORIES_LIMITER, prefix: 'stories' }),
    async (c) => {
      const found = await findRevision(c);
      if (found instanceof Response) return found;
      return c.json(found.manifest, 200, cacheHeaders(c, found.manifest.revision));
    },
  );

  routes.get(
    '/v1/stories/:id/:output',
    rateLimit({ binding: (env) => env.STORIES_LIMITER, prefix: 'stories' }),
    async (c) => {
      const found = await findRevision(c);
      if (found instanceof Response) return found;
      return serveOutput(c, found.bucket, found.manifest, c.req.param('output'));
    },
  );

  return routes;
}

/** The sub-app with production timing; `src/index.ts` mounts it with `app.route('/', …)`. */
export const webhookRoutes = createWebhookRoutes();

async function handleDelivery(c: WebhookContext, timing: StoreTiming): Promise<Response> {
  const secrets = parseSecrets(c.env.WEBHOOK_SECRET);
  if (!secrets.ok) {
    if (c.env.WEBHOOK_SECRET) console.error(`webhooks: WEBHOOK_SECRET unusable: ${secrets.detail}`);
    return notConfigured('webhooks are not configured', 'WEBHOOK_SECRET');
  }
  if (secrets.keys.some((key) => isDevOnlyValue(key)) && !isLoopbackHost(c.req.url)) {
    return notConfigured('the dev-only webhook secret only works on localhost', 'WEBHOOK_SECRET');
  }
  const bucket = c.env.SCRIPTS;
  if (!bucket) return notConfigured('story storage is not configured', 'SCRIPTS');

  const body = await readRawBody(c.req.raw, maxBodyBytes(c.env));
  if (!body) {
    return problemResponse({
      type: '/problems/body-too-large',
      title: 'Content Too Large',
      status: 413,
      detail: `The delivery is larger than ${maxBodyBytes(c.env)} bytes.`,
    });
  }

  // Verify the raw bytes first: nothing below runs for an unsigned or forged delivery.
  const verified = await verifyWebhook(secrets.keys, c.req.raw.headers, body);
  if (!verified.ok) {
    return problemResponse({
      type: '/problems/webhook-signature',
      title: 'Unauthorized',
      status: 401,
      detail: `Webhook verification failed: ${verified.detail}.`,
      reason: verified.reason,
    });
  }
  const webhookId = verified.id;
  const bodySha256 = await sha256Hex(body);

  try {
    const receipt = await readReceipt(bucket, webhookId);
    if (receipt) {
      if (receipt.bodySha256 !== bodySha256) return idReused(webhookId);
      // A redelivery: the first answer again, and nothing is stored twice.
      return Response.json(receipt.answer, { status: receipt.status });
    }
  } catch (error) {
    return storageFailed(error);
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body));
  } catch {
    return problemResponse({
      type: '/problems/malformed-delivery',
      title: 'Bad Request',
      status: 400,
      detail: 'The delivery body is not UTF-8 JSON.',
    });
  }
  const delivery = deliverySchema.safeParse(json);
  if (!delivery.success) {
    return problemResponse({
      type: '/problems/invalid-delivery',
      title: 'Invalid delivery',
      status: 422,
      detail: 'The delivery does not match the payload schema.',
      errors: fieldErrors(delivery.error),
    });
  }
  const planned = await planRevision(delivery.data, webhookId);
  if (!planned.ok) return problemResponse(planned.problem);

  try {
    const outcome = await commitRevision(bucket, planned.plan, timing);
    if (outcome.kind === 'busy') {
      return problemResponse(
        {
          type: '/problems/delivery-in-progress',
          title: 'Conflict',
          status: 409,
          detail: `Another delivery is storing revision ${planned.plan.manifest.revision} of story ${planned.plan.manifest.storyId}; retry shortly.`,
        },
        { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) },
      );
    }
    if (outcome.kind === 'conflict') {
      return problemResponse({
        type: '/problems/revision-conflict',
        title: 'Conflict',
        status: 409,
        detail: `Revision ${outcome.manifest.revision} of story ${outcome.manifest.storyId} is already stored with different content or outputs; send a new revision.`,
        storyId: outcome.manifest.storyId,
        revision: outcome.manifest.revision,
      });
    }
    // Stored now or by an earlier delivery of the same request: either way the revision is
    // committed, so `latest` may move and the answer is derived from the manifest alone.
    await advanceLatest(bucket, outcome.manifest);
    const answer = deliveryAnswer(outcome.manifest, webhookId);
    await writeReceipt(bucket, { version: 1, webhookId, bodySha256, status: 200, answer });
    return Response.json(answer, { status: 200 });
  } catch (error) {
    return storageFailed(error);
  }
}

/** The answer to a stored delivery: a pure function of the manifest, so duplicates match. */
function deliveryAnswer(manifest: Manifest, webhookId: string) {
  const { storyId, revision } = manifest;
  return {
    webhookId,
    story: { id: storyId, revision, title: manifest.title, slug: manifest.slug },
    outputs: manifest.outputs.map((stored) => ({
      output: stored.output,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      url: storyUrl(storyId, stored.output, revision),
      messages: stored.messages,
    })),
    messages: manifest.messages,
  };
}

function storyUrl(storyId: string, output: string, revision: string): string {
  return `/v1/stories/${encodeURIComponent(storyId)}/${encodeURIComponent(output)}?revision=${encodeURIComponent(revision)}`;
}

/** Resolves auth, the story id and the revision (latest or `?revision=`) to a manifest. */
async function findRevision(
  c: WebhookContext,
): Promise<Response | { bucket: R2Bucket; manifest: Manifest }> {
  const token = c.env.API_TOKEN;
  if (!token) return notConfigured('story reads are not configured', 'API_TOKEN');
  if (isDevOnlyValue(token) && !isLoopbackHost(c.req.url)) {
    return notConfigured('the dev-only API token only works on localhost', 'API_TOKEN');
  }
  const bucket = c.env.SCRIPTS;
  if (!bucket) return notConfigured('story storage is not configured', 'SCRIPTS');
  if (!(await bearerMatches(c.req.header('authorization'), token))) {
    return problemResponse(
      {
        type: '/problems/unauthorized',
        title: 'Unauthorized',
        status: 401,
        detail: 'Send Authorization: Bearer <API_TOKEN>.',
      },
      { 'www-authenticate': 'Bearer realm="scriptdesk"' },
    );
  }

  const id = storyIdSchema.safeParse(c.req.param('id'));
  const revisionParam = c.req.query('revision');
  const revision =
    revisionParam === undefined ? undefined : revisionSchema.safeParse(revisionParam);
  if (!id.success || (revision && !revision.success)) {
    return problemResponse({
      type: '/problems/invalid-story-address',
      title: 'Bad Request',
      status: 400,
      detail: 'Story ids and revisions use letters, digits, ".", "_" and "-".',
    });
  }

  try {
    const revisionName = revision?.data ?? (await readLatestRevision(bucket, id.data));
    const manifest = revisionName ? await readManifest(bucket, id.data, revisionName) : null;
    if (!manifest) {
      return problemResponse({
        type: '/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: revision
          ? `Story ${id.data} has no stored revision ${revision.data}.`
          : `Story ${id.data} has no stored revision.`,
      });
    }
    return { bucket, manifest };
  } catch (error) {
    return storageFailed(error);
  }
}

async function serveOutput(
  c: WebhookContext,
  bucket: R2Bucket,
  manifest: Manifest,
  output: string,
): Promise<Response> {
  const stored = manifest.outputs.find((entry) => entry.output === output);
  if (!stored) {
    const known = (OUTPUTS as readonly string[]).includes(output);
    return problemResponse({
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: `${known ? `Revision ${manifest.revision} has no ${output} output` : `Unknown output ${output}`}; stored: ${manifest.outputs.map((entry) => entry.output).join(', ')}.`,
    });
  }
  // The ETag is the content's SHA-256 (RFC 9110 §8.8.3, strong: same bytes, same tag).
  const etag = `"${stored.sha256}"`;
  const headers: Record<string, string> = {
    etag,
    ...cacheHeaders(c, manifest.revision),
    'content-location': storyUrl(manifest.storyId, stored.output, manifest.revision),
  };
  if (ifNoneMatch(c.req.header('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  try {
    const object = await bucket.get(keys.output(manifest.storyId, manifest.revision, output));
    if (!object || object.customMetadata?.sha256 !== stored.sha256) {
      // The manifest is written after its outputs, so this means the bucket was altered.
      console.error('webhooks: stored object does not match its manifest', manifest.storyId);
      return problemResponse({
        type: '/problems/storage-inconsistent',
        title: 'Service Unavailable',
        status: 503,
        detail: `The stored ${output} of revision ${manifest.revision} does not match its manifest.`,
      });
    }
    return new Response(object.body, {
      status: 200,
      headers: {
        ...headers,
        'content-type': stored.contentType,
        'content-length': String(stored.size),
        'content-disposition': `inline; filename="${manifest.storyId}-${manifest.revision}.${stored.extension}"`,
      },
    });
  } catch (error) {
    return storageFailed(error);
  }
}

/** A `?revision=` read never changes; the latest may change at any time, so revalidate. */
function cacheHeaders(c: WebhookContext, revision: string): Record<string, string> {
  const pinned = c.req.query('revision') === revision;
  return {
    'cache-control': pinned ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    vary: 'authorization',
  };
}

/** RFC 9110 §13.1.2: weak comparison, `*` matches any current representation. */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function notConfigured(detail: string, setting: string): Response {
  return problemResponse({
    type: '/problems/not-configured',
    title: 'Not configured',
    status: 503,
    detail: `${detail[0]?.toUpperCase() ?? ''}${detail.slice(1)}: set the ${setting} ${setting === 'SCRIPTS' ? 'binding' : 'secret'}.`,
    setting,
  } satisfies Problem);
}

function idReused(webhookId: string): Response {
  return problemResponse({
    type: '/problems/webhook-id-reused',
    title: 'Conflict',
    status: 409,
    detail: `webhook-id ${webhookId} was already delivered with a different body.`,
  });
}

/** Nothing was acknowledged: the sender retries after `Retry-After` and the retry completes. */
function storageFailed(error: unknown): Response {
  console.error('webhooks: storage failed', error);
  return problemResponse(
    {
      type: '/problems/storage-unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail: 'Storing failed; nothing was acknowledged. Retry after the indicated delay.',
    },
    { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
  );
}
