/**
 * The scriptdesk app: middleware, routes, and one error shape for everything.
 *
 * Route mounting (webhooks) happens after `createApp()`: middleware registered here runs first
 * for every route, and `notFound` answers 404 or 405 from the final route table.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from '../edge/body-limit.ts';
import type { AppEnv } from '../edge/env.ts';
import { HttpError, handleError, problemResponse } from '../edge/errors.ts';
import { rateLimit } from '../edge/rate-limit.ts';
import { securityHeaders } from '../edge/security-headers.ts';
import { handleDocs } from './docs.ts';
import { handleFavicon } from './favicon.ts';
import { handleFormGet, handleFormPost } from './form.ts';
import { chooseOutput, formatSubmission, outputResponse } from './format.ts';
import { cors } from './middleware/cors.ts';
import { openApiDocument } from './openapi.ts';
import { parseSubmission } from './request.ts';
import { allowedMethods, type RouteEntry } from './routes.ts';

/** `POST /v1/format`. */
async function handleFormat(c: Context<AppEnv>): Promise<Response> {
  const submission = await parseSubmission(
    c.get('body'),
    c.req.header('content-type'),
    new URL(c.req.url),
  );
  const output = chooseOutput(submission.output, c.req.header('accept'));
  const formatted = formatSubmission(submission, output, c.get('nonce'));
  return outputResponse(formatted, submission.download);
}

/** 404 for an unknown path; 405 with `Allow` for a known path and another method; OPTIONS 204. */
function notFound(c: Context<AppEnv>, routes: readonly RouteEntry[]): Response {
  const methods = allowedMethods(routes, c.req.path);
  if (methods.length === 0) {
    return problemResponse(c, new HttpError('not-found', `There is nothing at ${c.req.path}.`));
  }
  const allow = methods.join(', ');
  if (c.req.method === 'OPTIONS')
    return new Response(null, { status: 204, headers: { Allow: allow } });
  return problemResponse(
    c,
    new HttpError('method-not-allowed', `${c.req.path} answers ${allow}, not ${c.req.method}.`, {
      headers: { Allow: allow },
    }),
  );
}

/**
 * Builds the app. Mount more routes on the result before exporting it.
 *
 * @example
 * const app = createApp();
 * app.route('/v1', webhookRoutes);
 * export default app;
 */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders());
  app.use('/v1/*', cors());

  app.get('/', handleFormGet);
  // Formatting costs CPU: each client address gets its share (the Workers rate-limiting
  // binding, as the webhook has); the form's GET and the docs are not limited.
  const formatLimit = rateLimit<AppEnv>({ binding: (env) => env.FORMAT_LIMITER, prefix: 'format' });
  app.post('/', formatLimit, handleFormPost);
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.post('/v1/format', formatLimit, bodyLimit(), handleFormat);
  app.get('/v1/openapi.json', (c) =>
    c.json(openApiDocument(), 200, { 'Cache-Control': 'public, max-age=300' }),
  );
  app.get('/docs', handleDocs);
  app.get('/favicon.ico', handleFavicon);
  app.get('/favicon.svg', handleFavicon);

  app.notFound((c) => notFound(c, app.routes));
  app.onError(handleError);
  return app;
}
