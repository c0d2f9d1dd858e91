import { Hono } from 'hono';
import { formatTranscript } from './core/index.ts';

/** Bindings and variables from wrangler.toml and Worker secrets. */
export interface Env {
  ALLOWED_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
}

const app = new Hono<{ Bindings: Env }>();

app.get('/healthz', (c) => c.json({ status: 'ok' }));

app.post('/v1/format', async (c) => {
  const text = await c.req.text();
  return c.json(formatTranscript(text));
});

export default app;
