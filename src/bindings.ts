/**
 * Bindings, variables and secrets of the Worker (wrangler.toml `[vars]`, bindings, and Worker
 * secrets). Secrets (`WEBHOOK_SECRET`, `API_TOKEN`) come from `wrangler secret put` or, locally,
 * from `.dev.vars`; they are never in wrangler.toml and never have a default.
 */
export interface Env {
  /** Comma-separated origins allowed to call `/v1/*` from a browser (CORS). */
  ALLOWED_ORIGINS?: string;
  /** Request body limit in bytes (default 5 MB). */
  MAX_BODY_BYTES?: string;
  /** Rate limiter for `POST /v1/format` and the form's `POST /`, keyed per client address. */
  FORMAT_LIMITER?: RateLimit;
  /** R2 bucket with stories, manifests and delivery receipts (see webhooks/store.ts). */
  SCRIPTS?: R2Bucket;
  /** Rate limiter for `POST /v1/webhooks/cms`, keyed per client address. */
  WEBHOOK_LIMITER?: RateLimit;
  /** Rate limiter for `GET /v1/stories/…`, keyed per client address. */
  STORIES_LIMITER?: RateLimit;
  /** One or more `whsec_…` secrets, separated by spaces (several while a secret rotates). */
  WEBHOOK_SECRET?: string;
  /** Bearer token for story reads. */
  API_TOKEN?: string;
  /** One `RundownRoom` Durable Object per rundown (src/rundowns; typed in rundowns/routes.ts). */
  RUNDOWNS?: DurableObjectNamespace;
}
