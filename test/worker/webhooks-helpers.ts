import { env } from 'cloudflare:workers';
import type { WebhookEnv } from '../../src/webhooks/env.ts';
import { parseSecrets, signWebhook } from '../../src/webhooks/signature.ts';
import { keys } from '../../src/webhooks/store.ts';

export const testEnv = env as unknown as WebhookEnv & { SCRIPTS: R2Bucket };
export const bucket = testEnv.SCRIPTS;
export const API_TOKEN = testEnv.API_TOKEN ?? '';
export const SECRET = testEnv.WEBHOOK_SECRET ?? '';

export function secretKey(secret: string): Uint8Array {
  const parsed = parseSecrets(secret);
  if (!parsed.ok || !parsed.keys[0]) throw new Error(`bad test secret: ${secret}`);
  return parsed.keys[0];
}

/** A newsroom transcript: throw, speaker turns, a duplicated paragraph, Cyrillic, quotes. */
export const TRANSCRIPT = `Leaders meet in Geneva today. Our correspondent Anna Smith has the details.

SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA: We are ready to talk, but not "at any price".

Q: Will the talks resume next week?

SERGEY LAVROV: We'll see. Мы готовы к диалогу.

SERGEY LAVROV: We'll see. Мы готовы к диалогу.

Anna Smith, Geneva.
`;

let counter = 0;
/** Unique ids so tests never see each other's stories (storage is shared within a file). */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export interface SendOptions {
  id?: string;
  timestampSeconds?: number;
  /** Key bytes to sign with; the configured secret by default. */
  key?: Uint8Array;
  /** Replaces the whole `webhook-signature` header. */
  signature?: string;
  /** Headers to drop. */
  omit?: string[];
  /** Sends (and signs) this text instead of the JSON payload. */
  rawBody?: string;
  /** Changes the body after signing. */
  tamper?: (body: string) => string;
  /** Client address for the rate limiter; unique per request by default. */
  clientIp?: string;
  url?: string;
}

let clients = 0;
/** Spreads test deliveries over many client addresses so only the rate-limit test hits a limit. */
function nextClientIp(): string {
  clients += 1;
  return `198.51.100.${clients % 250}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Builds a Standard Webhooks delivery signed like a CMS would sign it. */
export async function deliveryRequest(
  payload: unknown,
  options: SendOptions = {},
): Promise<Request> {
  const body = options.rawBody ?? JSON.stringify(payload);
  const id = options.id ?? unique('msg');
  const timestampSeconds = options.timestampSeconds ?? nowSeconds();
  const signature =
    options.signature ??
    (await signWebhook(
      options.key ?? secretKey(SECRET),
      id,
      timestampSeconds,
      new TextEncoder().encode(body),
    ));
  const headers = new Headers({
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signature,
    'cf-connecting-ip': options.clientIp ?? nextClientIp(),
  });
  for (const name of options.omit ?? []) headers.delete(name);
  return new Request(options.url ?? 'http://x/v1/webhooks/cms', {
    method: 'POST',
    headers,
    body: options.tamper ? options.tamper(body) : body,
  });
}

export function readRequest(path: string, init?: { token?: string | null; etag?: string }) {
  const headers = new Headers();
  const token = init?.token === undefined ? API_TOKEN : init.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (init?.etag) headers.set('if-none-match', init.etag);
  return new Request(`http://x${path}`, { headers });
}

/** Every key stored for a story, and the distinct revisions among them. */
export async function storedFor(storyId: string): Promise<{ keys: string[]; revisions: string[] }> {
  const listed = await bucket.list({ prefix: `stories/${storyId}/` });
  const names = listed.objects.map((object) => object.key).sort();
  const revisions = new Set<string>();
  for (const name of names) {
    const revision = name.split('/')[2];
    if (revision && name !== keys.latest(storyId)) revisions.add(revision);
  }
  return { keys: names, revisions: [...revisions] };
}

/** Committed revisions: those with a manifest. */
export async function committedRevisions(storyId: string): Promise<string[]> {
  const { keys: names } = await storedFor(storyId);
  return names
    .filter((name) => name.endsWith('/manifest.json'))
    .map((name) => name.split('/')[2] ?? '');
}

export interface BucketSpy {
  bucket: R2Bucket;
  puts: string[];
}

/** Wraps the real local bucket: records every put and lets a test make chosen puts fail. */
export function spyBucket(failPut?: (key: string) => boolean): BucketSpy {
  const puts: string[] = [];
  const wrapped = new Proxy(bucket, {
    get(target, property) {
      if (property === 'put') {
        return async (key: string, ...rest: unknown[]) => {
          puts.push(key);
          if (failPut?.(key)) throw new Error(`injected R2 failure on ${key}`);
          return (target.put as (...args: unknown[]) => unknown).call(target, key, ...rest);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { bucket: wrapped, puts };
}

export async function sha256Of(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
