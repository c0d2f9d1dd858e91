/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com, spec "Signature scheme"),
 * symmetric `v1` only: HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${raw body}`,
 * base64-encoded, sent as `v1,<base64>`; several space-separated signatures are allowed so a
 * sender can sign with an old and a new secret while a secret rotates.
 *
 * Pure WebCrypto: runs in workerd, in Node (tests) and in `scripts/send-webhook.mjs`. The body
 * is verified as the raw bytes received, before anything parses it.
 */

/** Allowed clock difference between sender and scriptdesk, in seconds (spec: 5 minutes). */
export const TOLERANCE_SECONDS = 5 * 60;

/** Secret prefix used by Standard Webhooks senders (`whsec_` + base64 of the key bytes). */
export const SECRET_PREFIX = 'whsec_';

/** The spec recommends keys of 24 to 64 bytes; shorter keys are refused as misconfiguration. */
export const MIN_SECRET_BYTES = 24;

/** More signatures than this in one header is not rotation but an attempt to burn CPU. */
const MAX_SIGNATURES = 16;
/** Spec ids look like `msg_2KWPBgLlAfxdpx2AI54pPJ85f4W`; anything printable up to 256 chars. */
const ID_PATTERN = /^[\x21-\x7e]{1,256}$/;
const TIMESTAMP_PATTERN = /^\d{1,15}$/;

export interface VerifyOptions {
  /** Current time in seconds since the epoch; defaults to the clock. */
  nowSeconds?: number;
  /** Tolerance in seconds; defaults to {@link TOLERANCE_SECONDS}. */
  toleranceSeconds?: number;
}

export type VerifyFailure =
  | 'missing-headers'
  | 'invalid-id'
  | 'invalid-timestamp'
  | 'timestamp-too-old'
  | 'timestamp-too-new'
  | 'no-supported-signature'
  | 'no-matching-signature';

export type VerifyResult =
  | { ok: true; id: string; timestampSeconds: number }
  | { ok: false; reason: VerifyFailure; detail: string };

/** Anything with a `get(name)` like `Headers`. */
export interface HeaderSource {
  get(name: string): string | null;
}

export type SecretResult = { ok: true; keys: Uint8Array[] } | { ok: false; detail: string };

/**
 * Parses a secret setting: one or more `whsec_<base64>` secrets (the prefix is optional)
 * separated by spaces or commas, so scriptdesk can accept an old and a new secret during a
 * rotation. Never falls back to anything: an empty value is an error.
 *
 * @example
 * parseSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw whsec_…') // { ok: true, keys: [...] }
 */
export function parseSecrets(value: string | undefined): SecretResult {
  const parts = (value ?? '').split(/[\s,]+/).filter((part) => part.length > 0);
  if (parts.length === 0) return { ok: false, detail: 'no webhook secret is set' };
  const keys: Uint8Array[] = [];
  for (const [index, part] of parts.entries()) {
    const encoded = part.startsWith(SECRET_PREFIX) ? part.slice(SECRET_PREFIX.length) : part;
    const key = decodeBase64(encoded);
    if (!key) return { ok: false, detail: `webhook secret #${index + 1} is not valid base64` };
    if (key.length < MIN_SECRET_BYTES) {
      return {
        ok: false,
        detail: `webhook secret #${index + 1} has ${key.length} bytes; at least ${MIN_SECRET_BYTES} are required`,
      };
    }
    keys.push(key);
  }
  return { ok: true, keys };
}

/**
 * Verifies a delivery against every secret. Signatures whose version is not `v1` are ignored
 * (spec: "ignore signatures of unknown versions"); a header carrying only unknown versions fails.
 * The comparison is `crypto.subtle.verify('HMAC', …)`, which compares in constant time.
 */
export async function verifyWebhook(
  keys: readonly Uint8Array[],
  headers: HeaderSource,
  body: Uint8Array,
  options?: VerifyOptions,
): Promise<VerifyResult> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const signatureHeader = headers.get('webhook-signature');
  if (!id || !timestamp || !signatureHeader) {
    const missing = [
      id ? '' : 'webhook-id',
      timestamp ? '' : 'webhook-timestamp',
      signatureHeader ? '' : 'webhook-signature',
    ].filter(Boolean);
    return { ok: false, reason: 'missing-headers', detail: `missing ${missing.join(', ')}` };
  }
  if (!ID_PATTERN.test(id)) {
    return { ok: false, reason: 'invalid-id', detail: 'webhook-id must be 1-256 printable chars' };
  }
  if (!TIMESTAMP_PATTERN.test(timestamp)) {
    return {
      ok: false,
      reason: 'invalid-timestamp',
      detail: 'webhook-timestamp must be whole seconds since the epoch',
    };
  }
  const timestampSeconds = Number(timestamp);
  const nowSeconds = options?.nowSeconds ?? Math.floor(Date.now() / 1000);
  const toleranceSeconds = options?.toleranceSeconds ?? TOLERANCE_SECONDS;
  // Spec: refuse old timestamps (replay protection) and future ones alike.
  if (nowSeconds - timestampSeconds > toleranceSeconds) {
    return { ok: false, reason: 'timestamp-too-old', detail: 'webhook-timestamp is too old' };
  }
  if (timestampSeconds - nowSeconds > toleranceSeconds) {
    return { ok: false, reason: 'timestamp-too-new', detail: 'webhook-timestamp is in the future' };
  }

  const signatures: Uint8Array[] = [];
  for (const entry of signatureHeader.split(' ').slice(0, MAX_SIGNATURES)) {
    const comma = entry.indexOf(',');
    if (comma === -1 || entry.slice(0, comma) !== 'v1') continue;
    const signature = decodeBase64(entry.slice(comma + 1));
    if (signature) signatures.push(signature);
  }
  if (signatures.length === 0) {
    return {
      ok: false,
      reason: 'no-supported-signature',
      detail: 'webhook-signature carries no v1 signature',
    };
  }

  const signed = signedContent(id, timestamp, body);
  for (const secret of keys) {
    const key = await importHmacKey(secret, 'verify');
    for (const signature of signatures) {
      if (await crypto.subtle.verify('HMAC', key, signature, signed)) {
        return { ok: true, id, timestampSeconds };
      }
    }
  }
  return { ok: false, reason: 'no-matching-signature', detail: 'no signature matches' };
}

/**
 * Signs a delivery the way a Standard Webhooks sender does; returns the `v1,<base64>` value
 * for the `webhook-signature` header. Used by `scripts/send-webhook.mjs` and tests.
 *
 * @example
 * await signWebhook(key, 'msg_1', 1700000000, new TextEncoder().encode('{}')) // 'v1,…'
 */
export async function signWebhook(
  secret: Uint8Array,
  id: string,
  timestampSeconds: number,
  body: Uint8Array,
): Promise<string> {
  const key = await importHmacKey(secret, 'sign');
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    signedContent(id, String(timestampSeconds), body),
  );
  return `v1,${encodeBase64(new Uint8Array(mac))}`;
}

function importHmacKey(secret: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/** `${id}.${timestamp}.` followed by the body bytes exactly as received. */
function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict standard base64 (RFC 4648 §4) to bytes, or null. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length === 0 || text.length % 4 === 1 || !BASE64_PATTERN.test(text)) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
