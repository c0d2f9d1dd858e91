import { createApp } from './http/app.ts';
import type { WebhookEnv } from './webhooks/env.ts';
import { webhookRoutes } from './webhooks/routes.ts';

/** Bindings and variables from wrangler.toml and Worker secrets. */
export interface Env extends WebhookEnv {
  /** Rate limiter for `POST /v1/format` and the form's `POST /`, keyed per client address. */
  FORMAT_LIMITER?: RateLimit;
  ALLOWED_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
}

const app = createApp();
app.route('/', webhookRoutes);

export default app;
