import { Hono } from 'hono';
import { OUTPUTS, type OutputName, optionsSchema } from './options.ts';
import { produce } from './produce.ts';
import { webhookRoutes } from './webhooks/routes.ts';

/** Bindings and variables from wrangler.toml and Worker secrets. */
export interface Env {
  ALLOWED_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
}

const app = new Hono<{ Bindings: Env }>();

app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.route('/', webhookRoutes);

// TEMPORARY minimal edge (the HTTP issue replaces it): text/plain or a form `text` field,
// `?output=` picks the renderer, options from the query string.
app.post('/v1/format', async (c) => {
  const type = c.req.header('content-type') ?? '';
  let text: string;
  const fields: Record<string, string> = { ...c.req.query() };
  if (
    type.startsWith('application/x-www-form-urlencoded') ||
    type.startsWith('multipart/form-data')
  ) {
    const form = await c.req.parseBody();
    for (const [k, v] of Object.entries(form)) if (typeof v === 'string') fields[k] = v;
    text = fields.text ?? '';
  } else {
    text = await c.req.text();
  }
  const output = (fields.output ?? 'json') as OutputName;
  if (!OUTPUTS.includes(output)) return c.text('unknown output', 422);
  const raw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'text' || k === 'output') continue;
    raw[k] =
      v === 'true' ? true : v === 'false' ? false : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) return c.text(parsed.error.message, 422);
  const { rendered } = produce(text, output, parsed.data);
  if (!rendered) return c.text(`output ${output} is not available yet`, 422);
  return c.body(rendered.body, 200, { 'content-type': rendered.contentType });
});

export default app;
