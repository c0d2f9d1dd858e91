/**
 * Bindings, variables and secrets the webhook and story routes read. Secrets (`WEBHOOK_SECRET`,
 * `API_TOKEN`) come from Worker secrets (`wrangler secret put`) or, locally, from `.dev.vars`;
 * they are never in wrangler.toml and never have a default.
 */
export interface WebhookEnv {
  /** R2 bucket with stories, manifests and delivery receipts (see store.ts). */
  SCRIPTS?: R2Bucket;
  /** Rate limiter for `POST /v1/webhooks/cms`, keyed per client address. */
  WEBHOOK_LIMITER?: RateLimit;
  /** Rate limiter for `GET /v1/stories/…`, keyed per client address. */
  STORIES_LIMITER?: RateLimit;
  /** One or more `whsec_…` secrets, separated by spaces (several while a secret rotates). */
  WEBHOOK_SECRET?: string;
  /** Bearer token for story reads. */
  API_TOKEN?: string;
  /** Request body limit in bytes (default 5 MB). */
  MAX_BODY_BYTES?: string;
}

/**
 * Hono environment of the sub-app. `nonce` is set by the edge's security-headers middleware
 * when the sub-app is mounted in the main app (the CSP nonce of the response); absent alone.
 */
export interface WebhookAppEnv {
  Bindings: WebhookEnv;
  Variables: { nonce?: string };
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export function maxBodyBytes(env: WebhookEnv): number {
  const parsed = Number(env.MAX_BODY_BYTES);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_MAX_BODY_BYTES;
}

/**
 * The values in `.dev.vars.example` start with this marker. They are public (they are in the
 * repository), so a Worker refuses them on any host but loopback: copying the example file into
 * production secrets fails loudly instead of accepting forged deliveries.
 */
export const DEV_ONLY_MARKER = 'scriptdesk-dev-only';

export function isDevOnlyValue(value: Uint8Array | string): boolean {
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value);
  return text.startsWith(DEV_ONLY_MARKER);
}

export function isLoopbackHost(url: string): boolean {
  const host = new URL(url).hostname;
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]'
  );
}
