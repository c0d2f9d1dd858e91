import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, type OutputName } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { createWebhookRoutes } from '../../src/webhooks/routes.ts';
import {
  type DeliveryAnswer,
  keys,
  type Manifest,
  readManifest,
} from '../../src/webhooks/store.ts';
import {
  bucket,
  committedRevisions,
  deliveryRequest,
  readRequest,
  sha256Of,
  spyBucket,
  storedFor,
  TRANSCRIPT,
  testEnv,
  unique,
} from './webhooks-helpers.ts';

/** Outputs this build renders, read at run time: every renderer merged later is covered too. */
const AVAILABLE = OUTPUTS.filter((output) => RENDERERS[output] !== undefined);

/** Short timings: a failed writer's claim must be released, not waited out. */
const FAST = { leaseMs: 60_000, pollMs: 20, maxPolls: 200, nowMs: () => Date.now() };

async function formatViaApi(
  text: string,
  output: OutputName,
  query = '',
  contentType = 'text/plain; charset=utf-8',
): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://x/v1/format?output=${output}${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: text,
    }),
  );
}

describe('a valid delivery', () => {
  it('stores every requested output, each equal to what /v1/format returns', async () => {
    expect(AVAILABLE.length).toBeGreaterThan(0);
    const storyId = unique('story');
    const options = { readRate: 150, typography: 'ascii' } as const;
    const response = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '7', title: 'Geneva talks', body: TRANSCRIPT },
        outputs: AVAILABLE,
        options,
      }),
    );
    expect(response.status).toBe(200);
    const answer = await response.json<DeliveryAnswer>();
    expect(answer.story).toMatchObject({ id: storyId, revision: '7' });
    expect(answer.outputs.map((entry) => entry.output)).toEqual(AVAILABLE);

    for (const entry of answer.outputs) {
      const api = await formatViaApi(TRANSCRIPT, entry.output, '&readRate=150&typography=ascii');
      expect(api.status).toBe(200);
      const contentType = api.headers.get('content-type') ?? '';
      // An HTML answer of /v1/format carries that response's CSP nonce; stored HTML has none.
      const expected = withoutNonces(await api.arrayBuffer(), contentType);

      // The stored object itself: bytes, content type and checksums.
      const object = await bucket.get(keys.output(storyId, '7', entry.output));
      expect(object).not.toBe(null);
      const stored = await (object as R2ObjectBody).arrayBuffer();
      expect(new Uint8Array(stored)).toEqual(expected);
      expect(object?.httpMetadata?.contentType).toBe(contentType);
      expect(object?.checksums.sha256 && toHex(object.checksums.sha256)).toBe(entry.sha256);
      expect(object?.customMetadata?.sha256).toBe(entry.sha256);

      // The answer's size, checksum and URL, and the URL serves the same bytes.
      expect(entry.size).toBe(expected.byteLength);
      expect(entry.sha256).toBe(await sha256Of(stored));
      const read = await exports.default.fetch(readRequest(entry.url));
      expect(read.status).toBe(200);
      expect(withoutNonces(await read.arrayBuffer(), contentType)).toEqual(expected);
    }
    expect(await committedRevisions(storyId)).toEqual(['7']);

    // The answer's messages are the document's (the json output holds them; it adds none).
    const json = await (await bucket.get(keys.output(storyId, '7', 'json')))?.json<{
      messages: unknown[];
    }>();
    expect(answer.messages).toEqual(json?.messages);
  });

  it('renders every available output when `outputs` is absent', async () => {
    const storyId = unique('all');
    const response = await exports.default.fetch(
      await deliveryRequest({ story: { id: storyId, revision: 1, body: TRANSCRIPT } }),
    );
    expect(response.status).toBe(200);
    const answer = await response.json<DeliveryAnswer>();
    expect(answer.outputs.map((entry) => entry.output)).toEqual(AVAILABLE);
    expect(answer.story.revision).toBe('1');
  });

  it('reads an HTML story body as HTML (the CMS sends markup)', async () => {
    const storyId = unique('html');
    const html =
      '<p>Leaders meet in <b>Geneva</b> today &amp; tomorrow.</p><p>Anna Smith, Geneva.</p>';
    const response = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: html },
        outputs: ['json'],
      }),
    );
    expect(response.status).toBe(200);
    const stored = await (await bucket.get(keys.output(storyId, '1', 'json')))?.text();
    // The same input: the HTML itself, as the CMS would post it to the API.
    const api = await (await formatViaApi(html, 'json', '', 'text/html; charset=utf-8')).text();
    expect(stored).toBe(api);
    expect(stored).toContain('Geneva today & tomorrow.');
    expect(stored).not.toContain('<b>');
  });

  it('uses the story language unless options set one', async () => {
    const storyId = unique('lang');
    const response = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: TRANSCRIPT, language: 'ru-RU' },
        outputs: ['json'],
      }),
    );
    expect(response.status).toBe(200);
    const stored = await (await bucket.get(keys.output(storyId, '1', 'json')))?.text();
    const api = await (await formatViaApi(TRANSCRIPT, 'json', '&language=ru')).text();
    expect(stored).toBe(api);
  });
});

describe('payload validation (after the signature, before anything is stored)', () => {
  const BAD: Array<[string, unknown, number]> = [
    ['no story', { outputs: ['json'] }, 422],
    ['an empty body', { story: { id: 'a', body: '' } }, 422],
    ['a story id with a slash', { story: { id: 'a/b', body: 'x' } }, 422],
    ['a revision starting with a dot', { story: { id: 'a', revision: '..', body: 'x' } }, 422],
    ['an unknown output', { story: { id: 'a', body: 'x' }, outputs: ['pdf'] }, 422],
    ['a misspelt option', { story: { id: 'a', body: 'x' }, options: { readrate: 150 } }, 422],
    ['an option out of range', { story: { id: 'a', body: 'x' }, options: { readRate: 5 } }, 422],
    ['an unknown top-level field', { story: { id: 'a', body: 'x' }, extra: 1 }, 422],
  ];
  for (const [name, payload, status] of BAD) {
    it(`BAD: ${name} → ${status} problem+json`, async () => {
      const response = await exports.default.fetch(await deliveryRequest(payload));
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await response.json<{
        errors: Array<{ field: string; value: unknown; allowed: string; message: string }>;
      }>();
      expect(problem.errors.length).toBeGreaterThan(0);
    });
  }

  it('BAD: a story that makes too many blocks → 422 too-many-blocks, nothing stored, no retry loop', async () => {
    const storyId = unique('blocks');
    const response = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, body: 'a\n\n'.repeat(5_000) },
        outputs: ['print'],
      }),
    );
    expect(response.status).toBe(422);
    const problem = await response.json<{ type: string; limit: number }>();
    expect(problem.type).toMatch(/#problem-too-many-blocks$/);
    expect(problem.limit).toBe(2_000);
    expect((await storedFor(storyId)).keys).toEqual([]);
  });

  it('a one-word story of a 256 KiB capital word is stored, its print linear in size', async () => {
    const storyId = unique('caps');
    const body = 'A'.repeat(256 * 1024);
    const response = await exports.default.fetch(
      await deliveryRequest({ story: { id: storyId, revision: '1', body }, outputs: ['print'] }),
    );
    expect(response.status).toBe(200);
    const manifest = await readManifest(bucket, storyId, '1');
    const size =
      manifest?.outputs.find((o) => o.output === 'print')?.size ?? Number.POSITIVE_INFINITY;
    expect(size).toBeLessThan(10 * body.length);
  });

  it('BAD: a signed body that is not JSON → 400', async () => {
    const response = await exports.default.fetch(
      await deliveryRequest(null, { rawBody: '{"story":' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('an output without a renderer in this build → 422 naming what exists', async () => {
    // Take one renderer away for the length of this test, as a branch without it would be.
    const [missing] = AVAILABLE;
    if (!missing) throw new Error('no renderer at all');
    const saved = RENDERERS[missing];
    delete RENDERERS[missing];
    try {
      const storyId = unique('unavailable');
      const response = await exports.default.fetch(
        await deliveryRequest({ story: { id: storyId, body: TRANSCRIPT }, outputs: [missing] }),
      );
      expect(response.status).toBe(422);
      const problem = await response.json<{ unavailable: string[]; available: string[] }>();
      expect(problem.unavailable).toEqual([missing]);
      expect(problem.available).toEqual(AVAILABLE.filter((output) => output !== missing));
      expect((await storedFor(storyId)).keys).toEqual([]);
    } finally {
      RENDERERS[missing] = saved;
    }
  });
});

describe('idempotency by webhook-id', () => {
  it('a redelivery returns the first answer and stores nothing', async () => {
    const storyId = unique('redeliver');
    const routes = createWebhookRoutes();
    const payload = { story: { id: storyId, revision: '3', body: TRANSCRIPT }, outputs: AVAILABLE };
    const first = await routes.fetch(
      await deliveryRequest(payload, { id: `msg_${storyId}` }),
      testEnv,
    );
    expect(first.status).toBe(200);
    const firstBody = await first.text();

    const spy = spyBucket();
    const again = await routes.fetch(await deliveryRequest(payload, { id: `msg_${storyId}` }), {
      ...testEnv,
      SCRIPTS: spy.bucket,
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(firstBody);
    expect(spy.puts).toEqual([]);
    expect(await committedRevisions(storyId)).toEqual(['3']);
  });

  it('a redelivery without a CMS revision finds the same revision', async () => {
    const storyId = unique('norev');
    const payload = { story: { id: storyId, body: TRANSCRIPT }, outputs: ['json'] };
    const id = `msg_${storyId}`;
    const first = await exports.default.fetch(await deliveryRequest(payload, { id }));
    const again = await exports.default.fetch(await deliveryRequest(payload, { id }));
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(await first.text());
    expect((await storedFor(storyId)).revisions).toHaveLength(1);
  });

  for (const withRevision of [true, false]) {
    it(`concurrent duplicates store one revision (${withRevision ? 'CMS revision' : 'no revision'})`, async () => {
      const storyId = unique('concurrent');
      const spy = spyBucket();
      const routes = createWebhookRoutes({ timing: FAST });
      const story = withRevision
        ? { id: storyId, revision: '1', body: TRANSCRIPT }
        : { id: storyId, body: TRANSCRIPT };
      const payload = { story, outputs: AVAILABLE };
      const id = `msg_${storyId}`;
      const [a, b] = await Promise.all([
        deliveryRequest(payload, { id }).then((r) =>
          routes.fetch(r, { ...testEnv, SCRIPTS: spy.bucket }),
        ),
        deliveryRequest(payload, { id }).then((r) =>
          routes.fetch(r, { ...testEnv, SCRIPTS: spy.bucket }),
        ),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(await a.text()).toBe(await b.text());

      const { revisions } = await storedFor(storyId);
      expect(revisions).toHaveLength(1);
      // Every output and the manifest were written exactly once.
      const revision = revisions[0] ?? '';
      for (const output of AVAILABLE) {
        expect(
          spy.puts.filter((key) => key === keys.output(storyId, revision, output)),
        ).toHaveLength(1);
      }
      expect(spy.puts.filter((key) => key === keys.manifest(storyId, revision))).toHaveLength(1);
    });
  }

  it('five concurrent deliveries of one revision under different ids write it once', async () => {
    const storyId = unique('fanout');
    const spy = spyBucket();
    const routes = createWebhookRoutes({ timing: FAST });
    const payload = { story: { id: storyId, revision: '9', body: TRANSCRIPT }, outputs: AVAILABLE };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        deliveryRequest(payload).then((r) => routes.fetch(r, { ...testEnv, SCRIPTS: spy.bucket })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(spy.puts.filter((key) => key === keys.manifest(storyId, '9'))).toHaveLength(1);
    expect(await committedRevisions(storyId)).toEqual(['9']);
  });

  it('the same webhook-id with another body → 409, nothing stored', async () => {
    const storyId = unique('reuse');
    const id = `msg_${storyId}`;
    const first = await exports.default.fetch(
      await deliveryRequest(
        { story: { id: storyId, revision: '1', body: 'One.' }, outputs: ['json'] },
        { id },
      ),
    );
    expect(first.status).toBe(200);
    const second = await exports.default.fetch(
      await deliveryRequest(
        { story: { id: storyId, revision: '2', body: 'Two.' }, outputs: ['json'] },
        { id },
      ),
    );
    expect(second.status).toBe(409);
    expect(await committedRevisions(storyId)).toEqual(['1']);
  });

  it('a stored revision is immutable: other content under the same revision → 409', async () => {
    const storyId = unique('immutable');
    const first = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: 'One.' },
        outputs: ['json'],
      }),
    );
    expect(first.status).toBe(200);
    const before = await (await bucket.get(keys.output(storyId, '1', 'json')))?.text();
    const second = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: 'Changed.' },
        outputs: ['json'],
      }),
    );
    expect(second.status).toBe(409);
    expect(await (await bucket.get(keys.output(storyId, '1', 'json')))?.text()).toBe(before);
  });
});

describe('storage failures: 503 with Retry-After, nothing half-written served, the retry works', () => {
  async function deliverThenFail(failOn: (storyId: string) => (key: string) => boolean) {
    const storyId = unique('fail');
    const routes = createWebhookRoutes({ timing: FAST });
    const ok = await routes.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: 'First version.' },
        outputs: AVAILABLE,
      }),
      testEnv,
    );
    expect(ok.status).toBe(200);
    const id = `msg_${storyId}-2`;
    const payload = {
      story: { id: storyId, revision: '2', body: 'Second version.' },
      outputs: AVAILABLE,
    };
    const spy = spyBucket(failOn(storyId));
    const failed = await routes.fetch(await deliveryRequest(payload, { id }), {
      ...testEnv,
      SCRIPTS: spy.bucket,
    });
    return { storyId, id, payload, routes, failed, spy };
  }

  /** Where R2 fails, and which revision `latest` serves afterwards: revision 2 only once its
   * manifest and the pointer were both written (only the receipt comes after them). */
  const CASES: Array<[string, (storyId: string) => (key: string) => boolean, '1' | '2']> = [
    [
      'the first output put',
      (s) => (key) => key === keys.output(s, '2', AVAILABLE[0] ?? 'json'),
      '1',
    ],
    [
      'the last output put',
      (s) => (key) => key === keys.output(s, '2', AVAILABLE.at(-1) ?? 'json'),
      '1',
    ],
    ['the manifest put', (s) => (key) => key === keys.manifest(s, '2'), '1'],
    ['the latest-pointer put', (s) => (key) => key === keys.latest(s), '1'],
    ['the receipt put', () => (key) => key.startsWith('webhooks/'), '2'],
  ];

  for (const [where, failOn, servedRevision] of CASES) {
    it(`R2 failing on ${where}`, async () => {
      const { storyId, id, payload, routes, failed, spy } = await deliverThenFail(failOn);
      expect(spy.puts.length).toBeGreaterThan(0);
      expect(failed.status).toBe(503);
      expect(Number(failed.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(failed.headers.get('content-type')).toMatch(/^application\/problem\+json/);

      // `latest` serves a complete revision, byte for byte as its manifest describes it.
      const manifest = await readManifest(bucket, storyId, servedRevision);
      for (const output of AVAILABLE) {
        const latest = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/${output}`));
        expect(latest.status).toBe(200);
        expect(latest.headers.get('content-location')).toContain(`revision=${servedRevision}`);
        // Served HTML is the stored bytes too (its CSP allows its inline elements by hash).
        const bytes = await latest.arrayBuffer();
        const entry = manifest?.outputs.find((stored) => stored.output === output);
        expect(await sha256Of(bytes)).toBe(entry?.sha256);
        const stored = await (
          await bucket.get(keys.output(storyId, servedRevision, output))
        )?.arrayBuffer();
        expect(new Uint8Array(bytes)).toEqual(new Uint8Array(stored ?? new ArrayBuffer(1)));
      }
      const committed = (await readManifest(bucket, storyId, '2')) !== null;
      const pinned = await exports.default.fetch(
        readRequest(`/v1/stories/${storyId}/json?revision=2`),
      );
      expect(pinned.status).toBe(committed ? 200 : 404);

      // The CMS retries the same delivery: it succeeds at once (the claim was released).
      const retry = await routes.fetch(await deliveryRequest(payload, { id }), testEnv);
      expect(retry.status).toBe(200);
      const answer = await retry.json<DeliveryAnswer>();
      expect(answer.story.revision).toBe('2');
      const latest = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/json`));
      expect(await latest.text()).toContain('Second version.');
      expect(await committedRevisions(storyId)).toEqual(['1', '2']);
    });
  }

  it('a first delivery that fails leaves the story unreadable (404), not half-served', async () => {
    const storyId = unique('fail-first');
    const spy = spyBucket((key) => key === keys.manifest(storyId, '1'));
    const failed = await createWebhookRoutes({ timing: FAST }).fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: TRANSCRIPT },
        outputs: AVAILABLE,
      }),
      { ...testEnv, SCRIPTS: spy.bucket },
    );
    expect(failed.status).toBe(503);
    // Outputs were written before the manifest failed, yet none of them is served.
    expect((await storedFor(storyId)).keys.some((key) => key.endsWith('/json'))).toBe(true);
    for (const output of AVAILABLE) {
      const read = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/${output}`));
      expect(read.status).toBe(404);
      const pinned = await exports.default.fetch(
        readRequest(`/v1/stories/${storyId}/${output}?revision=1`),
      );
      expect(pinned.status).toBe(404);
    }
  });

  it('a writer that vanished without releasing its claim blocks the revision until the lease ends', async () => {
    const storyId = unique('stale');
    let clock = Date.now();
    const timing = { leaseMs: 30_000, pollMs: 5, maxPolls: 3, nowMs: () => clock };
    const routes = createWebhookRoutes({ timing });
    // Simulate the crash: a live claim by another delivery, no manifest.
    await bucket.put(
      keys.claim(storyId, '1'),
      JSON.stringify({
        webhookId: 'msg_dead',
        requestSha256: 'x',
        state: 'writing',
        expiresAtMs: clock + 30_000,
      }),
    );
    const payload = { story: { id: storyId, revision: '1', body: TRANSCRIPT }, outputs: ['json'] };
    const busy = await routes.fetch(await deliveryRequest(payload), testEnv);
    expect(busy.status).toBe(409);
    expect(busy.headers.get('retry-after')).not.toBe(null);
    clock += 30_001;
    const taken = await routes.fetch(await deliveryRequest(payload), testEnv);
    expect(taken.status).toBe(200);
    expect(await committedRevisions(storyId)).toEqual(['1']);
  });
});

describe('the latest pointer', () => {
  it('does not move back to a lower numeric revision delivered late', async () => {
    const storyId = unique('order');
    for (const revision of ['5', '3']) {
      const response = await exports.default.fetch(
        await deliveryRequest({
          story: { id: storyId, revision, body: `Revision ${revision}.` },
          outputs: ['json'],
        }),
      );
      expect(response.status).toBe(200);
    }
    const manifest = await (
      await exports.default.fetch(readRequest(`/v1/stories/${storyId}`))
    ).json<Manifest>();
    expect(manifest.revision).toBe('5');
    const older = await exports.default.fetch(
      readRequest(`/v1/stories/${storyId}/json?revision=3`),
    );
    expect(await older.text()).toContain('Revision 3.');
  });

  it('follows the last delivery when revisions are not numbers', async () => {
    const storyId = unique('named');
    for (const revision of ['b-draft', 'a-final']) {
      await exports.default.fetch(
        await deliveryRequest({
          story: { id: storyId, revision, body: `Text ${revision}.` },
          outputs: ['json'],
        }),
      );
    }
    const manifest = await (
      await exports.default.fetch(readRequest(`/v1/stories/${storyId}`))
    ).json<Manifest>();
    expect(manifest.revision).toBe('a-final');
  });
});

/** The bytes, minus `nonce="…"` attributes when the body is HTML (the per-response CSP nonce). */
function withoutNonces(body: ArrayBuffer, contentType: string): Uint8Array {
  if (!contentType.startsWith('text/html')) return new Uint8Array(body);
  const text = new TextDecoder().decode(body).replace(/ nonce="[^"]*"/g, '');
  return new TextEncoder().encode(text);
}

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
