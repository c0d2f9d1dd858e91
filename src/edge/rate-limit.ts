import type { MiddlewareHandler } from 'hono';
import type { WebhookAppEnv, WebhookEnv } from '../webhooks/env.ts';
import { HttpError, problemResponse } from './errors.ts';

export interface RateLimitOptions<B = WebhookEnv> {
  /** The Workers rate-limiting binding to ask; without one, requests pass. */
  binding: (env: B) => RateLimit | undefined;
  /** Key prefix, so one client's reads and deliveries count separately. */
  prefix: string;
  /** `Retry-After` on a 429, in seconds: the binding's period (wrangler.toml `simple.period`). */
  retryAfterSeconds?: number;
}

const DEFAULTS = { retryAfterSeconds: 60 };

/**
 * Counts requests per client address with the Workers rate-limiting binding (`[[ratelimits]]`
 * in wrangler.toml) and answers 429 with `Retry-After` (RFC 6585 §4) over the limit. The binding
 * is approximate and per colo by design; it throttles floods, it does not meter billing.
 *
 * @example
 * app.post('/hook', rateLimit({ binding: (env) => env.WEBHOOK_LIMITER, prefix: 'hook' }), handler)
 */
export function rateLimit<E extends { Bindings: object } = WebhookAppEnv>(
  options: RateLimitOptions<E['Bindings']>,
): MiddlewareHandler<E> {
  const { binding, prefix, retryAfterSeconds } = { ...DEFAULTS, ...options };
  return async function rateLimitMiddleware(c, next) {
    const limiter = binding(c.env);
    if (limiter) {
      // cf-connecting-ip is set by Cloudflare's edge and cannot be forged by the client there.
      const client = c.req.header('cf-connecting-ip') ?? 'local';
      let allowed = true;
      try {
        allowed = (await limiter.limit({ key: `${prefix}:${client}` })).success;
      } catch (error) {
        // A limiter outage must not drop deliveries: fail open and say so in the logs.
        console.error('rate limiter failed; request allowed', error);
      }
      if (!allowed) {
        return problemResponse(
          c,
          new HttpError(
            'rate-limited',
            `Too many requests from this client; retry in ${retryAfterSeconds} seconds.`,
            { headers: { 'retry-after': String(retryAfterSeconds) } },
          ),
        );
      }
    }
    await next();
  };
}
