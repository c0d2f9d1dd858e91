import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { messageSchema } from '../core/document.ts';
import { lazy } from '../core/lazy.ts';
import { OUTPUTS, type OutputName } from '../options.ts';

/**
 * Crash-safe, idempotent storage of rendered stories in R2 (binding `SCRIPTS`).
 *
 * Layout:
 *   stories/<id>/<revision>/<output>         the rendered bytes (content type, sha256 checksum)
 *   stories/<id>/<revision>/manifest.json    written LAST: a revision exists once this exists
 *   stories/<id>/<revision>/claim.json       who is writing this revision (a lease)
 *   stories/<id>/latest.json                 pointer to the newest committed revision
 *   webhooks/<sha256 of webhook-id>.json     receipt: the first answer to that delivery
 *
 * Why R2 conditional puts and not KV or a Durable Object: two deliveries of the same id may run
 * at the same moment in different isolates or colos. KV is eventually consistent (both would
 * read "absent" and both would write), so it cannot decide who wins. R2 is strongly consistent
 * and `put(key, …, { onlyIf: { etagDoesNotMatch: '*' } })` creates an object only when the key
 * is absent (returning null otherwise), and `onlyIf: { etagMatches }` replaces only the version
 * read: an atomic create and compare-and-swap on the same store that holds the data, testable
 * with the local bucket, without a second stateful component. A Durable Object would serialize
 * per story too, but would add a class export in the entry, a migration, and a hop per call.
 *
 * Order of writes (each step is safe to crash after, and a retry completes the rest):
 *   1. claim the revision (create-only, or take over a released or expired claim with
 *      `etagMatches`), so exactly one writer writes `stories/<id>/<revision>/…`;
 *   2. put every output with its sha256 (R2 verifies the upload against it);
 *   3. create the manifest (create-only): from now on the revision is served;
 *   4. move `latest.json` (compare-and-swap) when the revision is not older than the current one;
 *   5. create the receipt for the webhook id.
 * A reader starts from `latest.json` or a manifest, so outputs written in step 2 by a writer that
 * failed before step 3 are never served; the next writer overwrites them.
 */

/** One stored output as the manifest and the webhook answer list it. */
export const storedOutputSchema = lazy(() =>
  z
    .object({
      output: z.enum(OUTPUTS),
      contentType: z.string(),
      extension: z.string().clone().register(z.globalRegistry, {
        description: 'File name extension of the output, without the dot.',
      }),
      size: z.int().clone().register(z.globalRegistry, { description: 'Bytes.' }),
      sha256: z
        .string()
        .check(z.regex(/^[0-9a-f]{64}$/))
        .clone()
        .register(z.globalRegistry, {
          description: 'Lowercase hex SHA-256 of the stored bytes; also the ETag.',
        }),
      messages: z.array(messageSchema()).clone().register(z.globalRegistry, {
        description:
          'What the renderer of this output had to say (on top of the document’s messages).',
      }),
    })
    .clone()
    .register(z.globalRegistry, { description: 'One stored output of a story revision.' }),
);
export type StoredOutput = z.output<ReturnType<typeof storedOutputSchema>>;

export const manifestSchema = lazy(() =>
  z
    .object({
      version: z.literal(1),
      storyId: z.string(),
      revision: z.string(),
      title: z.nullable(z.string()),
      slug: z.nullable(z.string()),
      requestSha256: z.string().clone().register(z.globalRegistry, {
        description:
          'SHA-256 of the canonical request (body, format, outputs, options, title, slug).',
      }),
      webhookId: z.string().clone().register(z.globalRegistry, {
        description: 'The webhook id of the delivery that wrote this revision.',
      }),
      committedAt: z
        .string()
        .clone()
        .register(z.globalRegistry, { description: 'When the revision was committed (ISO 8601).' }),
      outputs: z.array(storedOutputSchema()),
      messages: z.array(messageSchema()).clone().register(z.globalRegistry, {
        description: 'Messages about the story itself (the document’s messages).',
      }),
    })
    .clone()
    .register(z.globalRegistry, { description: 'What is stored for a story revision.' }),
);
export type Manifest = z.output<ReturnType<typeof manifestSchema>>;

/** The 200 answer to a CMS delivery: a pure function of the manifest. */
export const deliveryAnswerSchema = lazy(() =>
  z.object({
    webhookId: z.string(),
    story: z.object({
      id: z.string(),
      revision: z.string(),
      title: z.nullable(z.string()),
      slug: z.nullable(z.string()),
    }),
    outputs: z.array(
      z.extend(z.omit(storedOutputSchema(), { extension: true }), {
        url: z
          .string()
          .clone()
          .register(z.globalRegistry, { description: 'Where to read it, pinned to the revision.' }),
      }),
    ),
    messages: z
      .array(messageSchema())
      .clone()
      .register(z.globalRegistry, { description: 'Story messages.' }),
  }),
);
export type DeliveryAnswer = z.output<ReturnType<typeof deliveryAnswerSchema>>;

/** A revision ready to be written: its manifest (minus commit time) and the bytes per output. */
export interface RevisionPlan {
  manifest: Omit<Manifest, 'committedAt'>;
  bodies: ReadonlyMap<OutputName, Uint8Array>;
}

export interface Receipt {
  version: 1;
  webhookId: string;
  /** SHA-256 of the raw delivery body: a reused id with another body is refused. */
  bodySha256: string;
  status: number;
  answer: unknown;
}

interface Claim {
  webhookId: string;
  requestSha256: string;
  state: 'writing' | 'released';
  expiresAtMs: number;
}

export interface StoreTiming {
  /** How long a claim protects a writer, in ms. Rendering happens before claiming, so a claim
   * only covers a handful of R2 puts; a writer that vanishes blocks its revision this long. */
  leaseMs: number;
  /** Pause between looks at a revision another delivery is writing, in ms. */
  pollMs: number;
  /** Looks before giving up and answering "in progress" (409 with Retry-After). */
  maxPolls: number;
  nowMs: () => number;
}

export const DEFAULT_TIMING: StoreTiming = {
  leaseMs: 60_000,
  pollMs: 150,
  maxPolls: 60,
  nowMs: () => Date.now(),
};

export type CommitOutcome =
  | { kind: 'stored'; manifest: Manifest }
  | { kind: 'reused'; manifest: Manifest }
  | { kind: 'conflict'; manifest: Manifest }
  | { kind: 'busy' };

const CREATE_ONLY: R2PutOptions['onlyIf'] = { etagDoesNotMatch: '*' };

export const keys = {
  output: (storyId: string, revision: string, output: string) =>
    `stories/${storyId}/${revision}/${output}`,
  manifest: (storyId: string, revision: string) => `stories/${storyId}/${revision}/manifest.json`,
  claim: (storyId: string, revision: string) => `stories/${storyId}/${revision}/claim.json`,
  latest: (storyId: string) => `stories/${storyId}/latest.json`,
  receipt: (webhookIdSha256: string) => `webhooks/${webhookIdSha256}.json`,
};

const JSON_TYPE = { contentType: 'application/json; charset=utf-8' };

export async function readManifest(
  bucket: R2Bucket,
  storyId: string,
  revision: string,
): Promise<Manifest | null> {
  const object = await bucket.get(keys.manifest(storyId, revision));
  return object ? object.json<Manifest>() : null;
}

/** The revision `latest.json` points at, or null when the story has none. */
export async function readLatestRevision(
  bucket: R2Bucket,
  storyId: string,
): Promise<string | null> {
  const object = await bucket.get(keys.latest(storyId));
  return object ? (await object.json<{ revision: string }>()).revision : null;
}

export async function readReceipt(bucket: R2Bucket, webhookId: string): Promise<Receipt | null> {
  const object = await bucket.get(keys.receipt(await sha256Hex(webhookId)));
  return object ? object.json<Receipt>() : null;
}

/** Creates the receipt unless one exists (a concurrent duplicate may have written the same). */
export async function writeReceipt(bucket: R2Bucket, receipt: Receipt): Promise<void> {
  await bucket.put(keys.receipt(await sha256Hex(receipt.webhookId)), JSON.stringify(receipt), {
    onlyIf: CREATE_ONLY,
    httpMetadata: JSON_TYPE,
  });
}

/**
 * Writes a revision exactly once. Returns `reused` when the revision is already committed with
 * the same request (a duplicate), `conflict` when it is committed with different content, `busy`
 * when another delivery holds a live claim on it past the polling budget. Throws when R2 fails;
 * the claim is released first, so the sender's retry can write the revision.
 */
export async function commitRevision(
  bucket: R2Bucket,
  plan: RevisionPlan,
  timing: StoreTiming = DEFAULT_TIMING,
): Promise<CommitOutcome> {
  const { storyId, revision, requestSha256, webhookId } = plan.manifest;
  const claimKey = keys.claim(storyId, revision);
  const claimed = await acquireClaim(bucket, plan.manifest, timing);
  if (typeof claimed !== 'string') return claimed;

  try {
    for (const stored of plan.manifest.outputs) {
      const bytes = plan.bodies.get(stored.output);
      if (!bytes) throw new Error(`no rendered body for ${stored.output}`);
      await bucket.put(keys.output(storyId, revision, stored.output), bytes, {
        // R2 checks the upload against this and keeps it as the object's sha256 checksum.
        sha256: stored.sha256,
        httpMetadata: { contentType: stored.contentType },
        customMetadata: { sha256: stored.sha256, webhookId },
      });
    }
    const manifest: Manifest = {
      ...plan.manifest,
      committedAt: new Date(timing.nowMs()).toISOString(),
    };
    const created = await bucket.put(keys.manifest(storyId, revision), JSON.stringify(manifest), {
      onlyIf: CREATE_ONLY,
      httpMetadata: JSON_TYPE,
    });
    if (created) return { kind: 'stored', manifest };
    // Only possible when our lease ran out and another writer committed meanwhile.
    const committed = await readManifest(bucket, storyId, revision);
    if (!committed) throw new Error(`manifest of ${storyId}/${revision} vanished`);
    return settle(committed, requestSha256);
  } catch (error) {
    await releaseClaim(bucket, claimKey, claimed, { webhookId, requestSha256 });
    throw error;
  }
}

/**
 * Returns the etag of our claim on the revision, or the outcome when the revision is already
 * committed or stays claimed by a live writer past the polling budget.
 */
async function acquireClaim(
  bucket: R2Bucket,
  manifest: RevisionPlan['manifest'],
  timing: StoreTiming,
): Promise<string | CommitOutcome> {
  const { storyId, revision, requestSha256, webhookId } = manifest;
  const claimKey = keys.claim(storyId, revision);
  const claimBody = (): string =>
    JSON.stringify({
      webhookId,
      requestSha256,
      state: 'writing',
      expiresAtMs: timing.nowMs() + timing.leaseMs,
    } satisfies Claim);

  for (let look = 0; look <= timing.maxPolls; look++) {
    const committed = await readManifest(bucket, storyId, revision);
    if (committed) return settle(committed, requestSha256);

    const created = await bucket.put(claimKey, claimBody(), {
      onlyIf: CREATE_ONLY,
      httpMetadata: JSON_TYPE,
    });
    if (created) return created.etag;

    const current = await bucket.get(claimKey);
    if (!current) continue; // removed meanwhile (e.g. by a cleanup): create it again at once
    const claim = await current.json<Claim>();
    if (claim.state === 'released' || claim.expiresAtMs <= timing.nowMs()) {
      // Take over a released or abandoned claim; of several takers only one matches the etag.
      const taken = await bucket.put(claimKey, claimBody(), {
        onlyIf: { etagMatches: current.etag },
        httpMetadata: JSON_TYPE,
      });
      if (taken) return taken.etag;
    }
    await sleep(timing.pollMs);
  }
  return { kind: 'busy' };
}

function settle(committed: Manifest, requestSha256: string): CommitOutcome {
  return committed.requestSha256 === requestSha256
    ? { kind: 'reused', manifest: committed }
    : { kind: 'conflict', manifest: committed };
}

/** Marks our claim released (only if it is still ours) so a retry need not wait for the lease. */
async function releaseClaim(
  bucket: R2Bucket,
  claimKey: string,
  etag: string,
  owner: Pick<Claim, 'webhookId' | 'requestSha256'>,
): Promise<void> {
  try {
    await bucket.put(
      claimKey,
      JSON.stringify({ ...owner, state: 'released', expiresAtMs: 0 } satisfies Claim),
      { onlyIf: { etagMatches: etag }, httpMetadata: JSON_TYPE },
    );
  } catch (error) {
    // R2 is failing: the lease expires on its own and the retry takes the claim over then.
    console.error('webhooks: could not release claim', claimKey, error);
  }
}

/**
 * Points `latest.json` at a committed revision by compare-and-swap, unless the current latest
 * is a higher number than this one (an out-of-order retry of an older revision). Non-numeric
 * revisions have no order, so the last committed delivery wins.
 */
export async function advanceLatest(
  bucket: R2Bucket,
  manifest: Manifest,
  attempts = 8,
): Promise<void> {
  const key = keys.latest(manifest.storyId);
  const body = JSON.stringify({
    revision: manifest.revision,
    committedAt: manifest.committedAt,
    webhookId: manifest.webhookId,
  });
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await bucket.get(key);
    let onlyIf: R2PutOptions['onlyIf'] = CREATE_ONLY;
    if (current) {
      const { revision } = await current.json<{ revision: string }>();
      if (revision === manifest.revision || isOlderRevision(manifest.revision, revision)) return;
      onlyIf = { etagMatches: current.etag };
    }
    if (await bucket.put(key, body, { onlyIf, httpMetadata: JSON_TYPE })) return;
  }
  throw new Error(`latest pointer of ${manifest.storyId} kept changing`);
}

const DIGITS = /^\d+$/;

/** True when both revisions are whole numbers and `a` is the smaller one. */
export function isOlderRevision(a: string, b: string): boolean {
  if (!DIGITS.test(a) || !DIGITS.test(b)) return false;
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length !== y.length ? x.length < y.length : x < y;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
