import { exports } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { createWebhookRoutes } from '../../src/webhooks/routes.ts';
import { encodeBase64 } from '../../src/webhooks/signature.ts';
import { readReceipt } from '../../src/webhooks/store.ts';
import {
  deliveryRequest,
  nowSeconds,
  SECRET,
  type SendOptions,
  secretKey,
  storedFor,
  TRANSCRIPT,
  testEnv,
  unique,
} from './webhooks-helpers.ts';

const OTHER_SECRET = `whsec_${encodeBase64(new TextEncoder().encode('another vitest-only secret, 32+ bytes long'))}`;

function payload(storyId: string) {
  return { story: { id: storyId, revision: '1', body: TRANSCRIPT }, outputs: ['json'] };
}

describe('POST /v1/webhooks/cms refuses what is not a valid Standard Webhooks delivery', () => {
  const BAD: Array<[string, SendOptions | ((storyId: string) => Promise<SendOptions>)]> = [
    ['a wrong signature (other secret)', { key: secretKey(OTHER_SECRET) }],
    ['a missing webhook-id header', { omit: ['webhook-id'] }],
    ['a missing webhook-timestamp header', { omit: ['webhook-timestamp'] }],
    ['a missing webhook-signature header', { omit: ['webhook-signature'] }],
    ['a tampered body', { tamper: (body) => body.replace('ready to talk', 'ready to fight') }],
    ['a timestamp 6 minutes old', { timestampSeconds: nowSeconds() - 6 * 60 }],
    ['a timestamp 6 minutes ahead', { timestampSeconds: nowSeconds() + 6 * 60 }],
    ['only an unknown signature version (v2 over the right content)', (id) => relabelled(id, 'v2')],
    ['only an asymmetric v1a signature', { signature: `v1a,${'A'.repeat(86)}==` }],
    ['a signature that is not base64', { signature: 'v1,not*base64!' }],
    ['a v1 signature of the wrong length', { signature: 'v1,AAAA' }],
  ];

  for (const [name, make] of BAD) {
    it(`BAD: ${name} → 401, nothing stored`, async () => {
      const storyId = unique('bad');
      const options = typeof make === 'function' ? await make(storyId) : make;
      const request = await deliveryRequest(payload(storyId), options);
      const response = await exports.default.fetch(request);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await response.json<{ status: number; reason: string }>();
      expect(problem.status).toBe(401);
      expect((await storedFor(storyId)).keys).toEqual([]);
      const id = request.headers.get('webhook-id');
      if (id) expect(await readReceipt(testEnv.SCRIPTS, id)).toBe(null);
    });
  }

  it('BAD: a non-numeric timestamp → 401', async () => {
    const request = await deliveryRequest(payload(unique('bad')));
    const headers = new Headers(request.headers);
    headers.set('webhook-timestamp', `${nowSeconds()}.5`);
    const response = await exports.default.fetch(
      new Request(request.url, { method: 'POST', headers, body: await request.text() }),
    );
    expect(response.status).toBe(401);
    expect((await response.json<{ reason: string }>()).reason).toBe('invalid-timestamp');
  });

  it('reports the reason: unknown versions only is "no-supported-signature"', async () => {
    const storyId = unique('v2');
    const response = await exports.default.fetch(
      await deliveryRequest(payload(storyId), await relabelled(storyId, 'v2')),
    );
    expect((await response.json<{ reason: string }>()).reason).toBe('no-supported-signature');
  });
});

/** A correct HMAC for this story's delivery, but labelled `version` instead of `v1`. */
async function relabelled(storyId: string, version: string): Promise<SendOptions> {
  const id = unique('msg');
  const timestampSeconds = nowSeconds();
  const good = (await deliveryRequest(payload(storyId), { id, timestampSeconds })).headers.get(
    'webhook-signature',
  );
  return { id, timestampSeconds, signature: `${version},${good?.slice(3)}` };
}

describe('POST /v1/webhooks/cms accepts valid signatures', () => {
  it('GOOD: a delivery signed by the standardwebhooks package (reference implementation)', async () => {
    const storyId = unique('ref');
    const body = JSON.stringify(payload(storyId));
    const id = unique('msg_ref');
    const now = new Date();
    const signature = new Webhook(SECRET).sign(id, now, body);
    const response = await exports.default.fetch(
      new Request('http://x/v1/webhooks/cms', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect((await storedFor(storyId)).revisions).toEqual(['1']);
  });

  it('GOOD: unknown versions are ignored next to a valid v1 (rotation to a new scheme)', async () => {
    const storyId = unique('mixed');
    const id = unique('msg');
    const timestampSeconds = nowSeconds();
    const good = (await deliveryRequest(payload(storyId), { id, timestampSeconds })).headers.get(
      'webhook-signature',
    );
    const signature = `v1a,${'B'.repeat(86)}== v2,${good?.slice(3)} ${good}`;
    const response = await exports.default.fetch(
      await deliveryRequest(payload(storyId), { id, timestampSeconds, signature }),
    );
    expect(response.status).toBe(200);
  });

  it('GOOD: a sender rotating its secret sends two signatures; either may be ours', async () => {
    const storyId = unique('rotate');
    const id = unique('msg');
    const timestampSeconds = nowSeconds();
    const old = (
      await deliveryRequest(payload(storyId), {
        id,
        timestampSeconds,
        key: secretKey(OTHER_SECRET),
      })
    ).headers.get('webhook-signature');
    const ours = (await deliveryRequest(payload(storyId), { id, timestampSeconds })).headers.get(
      'webhook-signature',
    );
    const response = await exports.default.fetch(
      await deliveryRequest(payload(storyId), {
        id,
        timestampSeconds,
        signature: `${old} ${ours}`,
      }),
    );
    expect(response.status).toBe(200);
  });

  it('GOOD: WEBHOOK_SECRET may list the new and the old secret during a rotation', async () => {
    const routes = createWebhookRoutes();
    const rotatingEnv = { ...testEnv, WEBHOOK_SECRET: `${SECRET} ${OTHER_SECRET}` };
    for (const secret of [SECRET, OTHER_SECRET]) {
      const storyId = unique('two-secrets');
      const request = await deliveryRequest(payload(storyId), { key: secretKey(secret) });
      const response = await routes.fetch(request, rotatingEnv);
      expect(response.status).toBe(200);
    }
    // …and a secret that is in neither slot still fails.
    const third = `whsec_${encodeBase64(new TextEncoder().encode('a third secret nobody configured!!'))}`;
    const refused = await routes.fetch(
      await deliveryRequest(payload(unique('two-secrets')), { key: secretKey(third) }),
      rotatingEnv,
    );
    expect(refused.status).toBe(401);
  });
});

describe('a deployment without a usable secret refuses webhooks (never a default secret)', () => {
  const routes = createWebhookRoutes();

  for (const [name, value] of [
    ['no WEBHOOK_SECRET', undefined],
    ['an empty WEBHOOK_SECRET', ''],
    ['a secret that is not base64', 'whsec_***'],
    ['a secret shorter than 24 bytes', `whsec_${encodeBase64(new Uint8Array(16))}`],
  ] as const) {
    it(`${name} → 503 "webhooks are not configured", nothing stored`, async () => {
      const storyId = unique('noconf');
      // Signed with a key the deployment would have, to show nothing falls back to accepting.
      const request = await deliveryRequest(payload(storyId), { key: new Uint8Array(32) });
      const response = await routes.fetch(request, { ...testEnv, WEBHOOK_SECRET: value });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await response.json<{ detail: string }>();
      expect(problem.detail.toLowerCase()).toContain('webhooks are not configured');
      expect((await storedFor(storyId)).keys).toEqual([]);
    });
  }

  it('the dev-only secret from .dev.vars.example works on localhost only', async () => {
    const devSecret = 'whsec_c2NyaXB0ZGVzay1kZXYtb25seSB3ZWJob29rIHNlY3JldCBmb3IgbG9jYWxob3N0';
    const devEnv = { ...testEnv, WEBHOOK_SECRET: devSecret };
    const key = secretKey(devSecret);
    const publicHost = await routes.fetch(
      await deliveryRequest(payload(unique('dev')), {
        key,
        url: 'https://scriptdesk.example/v1/webhooks/cms',
      }),
      devEnv,
    );
    expect(publicHost.status).toBe(503);
    const local = await routes.fetch(
      await deliveryRequest(payload(unique('dev')), {
        key,
        url: 'http://localhost:8787/v1/webhooks/cms',
      }),
      devEnv,
    );
    expect(local.status).toBe(200);
  });
});
