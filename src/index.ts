import { createApp } from './http/app.ts';

/** Bindings and variables from wrangler.toml and Worker secrets. */
export interface Env {
  ALLOWED_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
}

const app = createApp();
// More routes mount here, e.g. `app.route('/v1', webhookRoutes);`

export default app;
