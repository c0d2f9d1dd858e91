import { Hono } from 'hono';
import { rateLimit } from '../edge/rate-limit.ts';
import { handleDelivery } from './deliver.ts';
import type { WebhookAppEnv } from './env.ts';
import { handleManifest, handleOutput } from './read.ts';
import { DEFAULT_TIMING, type StoreTiming } from './store.ts';

export interface WebhookRoutesOptions {
  /** Claim lease and polling; tests shorten them. */
  timing?: StoreTiming;
}

/**
 * The CMS webhook and the story reads, as a Hono sub-app for the entry to mount:
 *
 *   POST /v1/webhooks/cms          Standard Webhooks delivery → every output stored in R2
 *   GET  /v1/stories/:id           manifest of the latest revision (or `?revision=`)
 *   GET  /v1/stories/:id/:output   stored output of the latest revision (or `?revision=`)
 *
 * Rate limits come first, so a flood costs neither an HMAC nor an R2 read.
 *
 * @example
 * app.route('/', webhookRoutes);
 */
export function createWebhookRoutes(options?: WebhookRoutesOptions): Hono<WebhookAppEnv> {
  const timing = options?.timing ?? DEFAULT_TIMING;
  const routes = new Hono<WebhookAppEnv>();
  const deliveryLimit = rateLimit({ binding: (env) => env.WEBHOOK_LIMITER, prefix: 'webhook' });
  const readLimit = rateLimit({ binding: (env) => env.STORIES_LIMITER, prefix: 'stories' });

  routes.post('/v1/webhooks/cms', deliveryLimit, (c) => handleDelivery(c, timing));
  routes.get('/v1/stories/:id', readLimit, handleManifest);
  routes.get('/v1/stories/:id/:output', readLimit, handleOutput);
  return routes;
}

/** The sub-app with production timing; `src/index.ts` mounts it with `app.route('/', …)`. */
export const webhookRoutes = createWebhookRoutes();
