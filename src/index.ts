import { createApp } from './http/app.ts';
import type { RundownEnv } from './rundowns/env.ts';
import { rundownRoutes } from './rundowns/routes.ts';
import type { WebhookEnv } from './webhooks/env.ts';
import { webhookRoutes } from './webhooks/routes.ts';

/** Bindings and variables from wrangler.toml and Worker secrets. */
export interface Env extends WebhookEnv, RundownEnv {
  ALLOWED_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
}

const app = createApp();
app.route('/', webhookRoutes);
app.route('/', rundownRoutes);

/** One Durable Object per rundown (src/rundowns/room.ts). */
export { RundownRoom } from './rundowns/room.ts';

export default app;
