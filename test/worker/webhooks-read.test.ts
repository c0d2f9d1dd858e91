import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createWebhookRoutes } from '../../src/webhooks/routes.ts';
import type { Manifest } from '../../src/webhooks/store.ts';
import { deliveryRequest, readRequest, TRANSCRIPT, testEnv, unique } from './webhooks-helpers.ts';

async function storeStory(storyId: string, revision: string, body: string): Promise<void> {
  const response = await exports.default.fetch(
    await deliveryRequest({ story: { id: storyId, revision, body }, outputs: ['json'] }),
  );
  expect(response.status).toBe(200);
}

describe('GET /v1/stories/:id/:output', () => {
  it('serves the latest revision with a content-hash ETag, and ?revision= an older one', async () => {
    const storyId = unique('read');
    await storeStory(storyId, '1', 'Old text.');
    await storeStory(storyId, '2', TRANSCRIPT);

    const latest = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/json`));
    expect(latest.status).toBe(200);
    expect(latest.headers.get('content-type')).toMatch(/^application\/json/);
    expect(latest.headers.get('cache-control')).toContain('no-cache');
    expect(latest.headers.get('content-location')).toBe(`/v1/stories/${storyId}/json?revision=2`);
    const etag = latest.headers.get('etag') ?? '';
    const body = await latest.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
    expect(etag).toBe(`"${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}"`);

    const older = await exports.default.fetch(
      readRequest(`/v1/stories/${storyId}/json?revision=1`),
    );
    expect(older.status).toBe(200);
    expect(await older.text()).toContain('Old text.');
    expect(older.headers.get('etag')).not.toBe(etag);
    expect(older.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 304 to If-None-Match with the current ETag, 200 after a new revision', async () => {
    const storyId = unique('etag');
    await storeStory(storyId, '1', 'Version one.');
    const first = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/json`));
    const etag = first.headers.get('etag') ?? '';
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await exports.default.fetch(
        readRequest(`/v1/stories/${storyId}/json`, { etag: header }),
      );
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    await storeStory(storyId, '2', 'Version two.');
    const changed = await exports.default.fetch(
      readRequest(`/v1/stories/${storyId}/json`, { etag }),
    );
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Version two.');
  });

  it('GET /v1/stories/:id lists the stored outputs of the revision', async () => {
    const storyId = unique('manifest');
    await storeStory(storyId, '4', TRANSCRIPT);
    const response = await exports.default.fetch(readRequest(`/v1/stories/${storyId}`));
    expect(response.status).toBe(200);
    const manifest = await response.json<Manifest>();
    expect(manifest.revision).toBe('4');
    expect(manifest.outputs.map((entry) => entry.output)).toEqual(['json']);
  });

  const BAD: Array<[string, () => Request, number]> = [
    ['no Authorization header', () => readRequest('/v1/stories/s/json', { token: null }), 401],
    [
      'a wrong token',
      () => readRequest('/v1/stories/s/json', { token: 'vitest-only-api-tokeN' }),
      401,
    ],
    [
      'a token with a suffix',
      () => readRequest('/v1/stories/s/json', { token: 'vitest-only-api-token2' }),
      401,
    ],
    ['an unknown story', () => readRequest(`/v1/stories/${unique('none')}/json`), 404],
    ['an invalid story id', () => readRequest('/v1/stories/..%2F..%2Fwebhooks/json'), 400],
    ['an invalid revision', () => readRequest('/v1/stories/s/json?revision=../x'), 400],
  ];
  for (const [name, request, status] of BAD) {
    it(`BAD: ${name} → ${status}`, async () => {
      const response = await exports.default.fetch(request());
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });
  }

  it('BAD: an output the revision does not have → 404 listing what it has', async () => {
    const storyId = unique('missing-output');
    await storeStory(storyId, '1', TRANSCRIPT);
    for (const output of ['srt', 'pdf']) {
      const response = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/${output}`));
      expect(response.status).toBe(404);
      expect((await response.json<{ detail: string }>()).detail).toContain('stored: json');
    }
  });

  it('without API_TOKEN reads are refused with 503, never opened', async () => {
    const response = await createWebhookRoutes().fetch(
      readRequest('/v1/stories/s/json', { token: '' }),
      {
        ...testEnv,
        API_TOKEN: undefined,
      },
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
