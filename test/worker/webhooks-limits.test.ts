import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createWebhookRoutes } from '../../src/webhooks/routes.ts';
import { deliveryRequest, readRequest, TRANSCRIPT, testEnv, unique } from './webhooks-helpers.ts';

describe('rate limiting (Workers rate-limiting binding, local in miniflare)', () => {
  it('answers 429 with Retry-After once a client passes the webhook limit (120 / 60 s)', async () => {
    const clientIp = '203.0.113.7';
    // The limiter's windows are aligned to the clock's minutes (miniflare's, as Cloudflare's):
    // 125 requests late in a minute would be counted in two windows. Start early in one.
    const into = Date.now() % 60_000;
    if (into > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - into + 200));
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      // Unsigned deliveries: counted before the signature is checked, so floods cost no HMAC.
      const request = await deliveryRequest({}, { clientIp, omit: ['webhook-signature'] });
      statuses.push((await exports.default.fetch(request)).status);
    }
    expect(statuses.slice(0, 120).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);

    const limited = await exports.default.fetch(await deliveryRequest({}, { clientIp }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    // Another client is not affected.
    const other = await exports.default.fetch(
      await deliveryRequest(
        { story: { id: unique('other'), body: TRANSCRIPT }, outputs: ['json'] },
        { clientIp: '203.0.113.8' },
      ),
    );
    expect(other.status).toBe(200);
  }, 90_000);

  it('maps a refusing limiter on story reads to 429 with Retry-After', async () => {
    const refusing: RateLimit = { limit: async () => ({ success: false }) };
    const response = await createWebhookRoutes().fetch(readRequest('/v1/stories/s/json'), {
      ...testEnv,
      STORIES_LIMITER: refusing,
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
  });
});

describe('body size', () => {
  it('refuses a delivery over MAX_BODY_BYTES with 413 before verifying it', async () => {
    const request = await deliveryRequest({ story: { id: 'big', body: 'x'.repeat(2000) } });
    const response = await createWebhookRoutes().fetch(request, {
      ...testEnv,
      MAX_BODY_BYTES: '1000',
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
