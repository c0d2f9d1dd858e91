import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { RENDERERS, type Renderer } from '../../src/outputs/index.ts';
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
    ['an invalid story id', () => readRequest('/v1/stories/..%2F..%2Fwebhooks/json'), 404],
    ['an invalid revision', () => readRequest('/v1/stories/s/json?revision=../x'), 404],
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

  it('the dev-only API token from .dev.vars.example works on localhost only', async () => {
    const token = 'scriptdesk-dev-only-api-token';
    const devEnv = { ...testEnv, API_TOKEN: token };
    const routes = createWebhookRoutes();
    const path = `/v1/stories/${unique('dev-token')}/json`;
    const remote = await routes.fetch(readRequest(path, { token }), devEnv);
    expect(remote.status).toBe(503);
    const local = await routes.fetch(
      new Request(`http://localhost:8787${path}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      devEnv,
    );
    expect(local.status).toBe(404); // past the token check: the story just does not exist
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

describe('stored HTML under the main app', () => {
  /** A stand-in HTML layout with inline style and script, as the prompter page has. */
  const htmlRenderer: Renderer = (doc) => ({
    body: `<!doctype html><style>p{margin:0}</style><p>${doc.blocks.map((b) => b.text.replaceAll('<', '&lt;')).join('</p><p>')}</p><script>scroll()</script>\n`,
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
    messages: [],
  });

  async function sha256Base64(text: string): Promise<string> {
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
    );
    return btoa(String.fromCharCode(...digest));
  }

  it('is served byte-equal to its manifest, with an ETag, 304, and a hash-based CSP', async () => {
    const saved = RENDERERS.teleprompter;
    RENDERERS.teleprompter = htmlRenderer;
    try {
      const storyId = unique('html-out');
      const delivered = await exports.default.fetch(
        await deliveryRequest({
          story: { id: storyId, revision: '1', body: 'Read <this> on air.' },
          outputs: ['teleprompter'],
        }),
      );
      expect(delivered.status).toBe(200);
      const manifest = await (
        await exports.default.fetch(readRequest(`/v1/stories/${storyId}`))
      ).json<Manifest>();
      const entry = manifest.outputs.find((o) => o.output === 'teleprompter');

      // Through the main app (security-headers middleware and all), twice: the same bytes.
      const path = `/v1/stories/${storyId}/teleprompter`;
      const first = await exports.default.fetch(readRequest(path));
      const second = await exports.default.fetch(readRequest(path));
      expect(first.status).toBe(200);
      const html = await first.text();
      expect(await second.text()).toBe(html);
      expect(html).not.toContain('nonce=');
      expect(html).toContain('Read &lt;this> on air.');
      const bytes = new TextEncoder().encode(html);
      expect(bytes.byteLength).toBe(entry?.size);
      const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      expect(hex).toBe(entry?.sha256);
      expect(first.headers.get('etag')).toBe(`"${entry?.sha256}"`);

      // The policy allows exactly the page's own inline elements, by hash.
      const csp = first.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`script-src 'sha256-${await sha256Base64('scroll()')}'`);
      expect(csp).toContain(`style-src 'sha256-${await sha256Base64('p{margin:0}')}'`);
      expect(csp).not.toContain('nonce-');
      expect(csp).toContain("frame-ancestors 'none'");

      const revalidated = await exports.default.fetch(
        readRequest(path, { etag: first.headers.get('etag') ?? '' }),
      );
      expect(revalidated.status).toBe(304);
    } finally {
      if (saved) RENDERERS.teleprompter = saved;
      else delete RENDERERS.teleprompter;
    }
  });
});
