/**
 * The contract: real responses of every route — successes and every problem type the routes
 * answer — checked against the OpenAPI document the Worker serves. A status the document does
 * not list for that operation, a media type it does not list, or a body that does not match the
 * schema fails. Validation by @cfworker/json-schema (JSON Schema 2020-12, no code generation, so
 * it runs inside workerd like the Worker).
 */
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { PROBLEM_TYPES, type ProblemSlug } from '../../src/edge/errors.ts';
import { OUTPUTS } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { BRIEFING, EVERY_KIND } from '../fixtures/corrections.ts';
import { call, SEED } from './http-support.ts';
import { type Document, expectDocumented as expectContract } from './openapi-contract.ts';
import { deliveryRequest, readRequest, unique } from './webhooks-helpers.ts';

let doc: Document;
beforeAll(async () => {
  const response = await call('/v1/openapi.json');
  expect(response.status).toBe(200);
  doc = await response.json<Document>();
});

const expectDocumented = (method: string, path: string, response: Response) =>
  expectContract(doc, method, path, response);

async function check(method: string, path: string, init: RequestInit = {}, env = {}) {
  const response = await call(path, { ...init, method }, env);
  await expectDocumented(method, path, response.clone());
  return response;
}

describe('every route answers as the OpenAPI document says', () => {
  it('GET / (the form), GET /docs, GET /healthz, GET /v1/openapi.json', async () => {
    expect((await check('GET', '/')).status).toBe(200);
    expect((await check('GET', '/docs')).status).toBe(200);
    expect((await check('GET', '/healthz')).status).toBe(200);
    expect((await check('GET', '/v1/openapi.json')).status).toBe(200);
    expect((await check('GET', '/favicon.ico')).status).toBe(200);
    expect((await check('GET', '/favicon.svg')).status).toBe(200);
  });

  it('POST /v1/format?output=json with page furniture: a note block and its reason', async () => {
    const text = `We use cookies to give you the best online experience.\n\n${SEED}`;
    const response = await check('POST', '/v1/format?output=json', {
      body: text,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(200);
    const document = await response.json<ScriptDocument>();
    expect(document.blocks.find((block) => block.type === 'note')?.reason).toBe('cookie-notice');
  });

  it('POST /v1/format with corrections: the messages name each correction', async () => {
    const response = await check('POST', '/v1/format?output=json', {
      body: JSON.stringify({ text: BRIEFING, corrections: EVERY_KIND }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const document = await response.json<ScriptDocument>();
    expect(document.messages.some((m) => m.ruleId === 'correction' && m.correction)).toBe(true);
  });

  it('POST / (the form) renders a preview', async () => {
    const body = new URLSearchParams({ text: SEED, output: 'srt' });
    const response = await check('POST', '/', {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(200);
  });

  // Every output this build renders (a renderer merged later is covered too).
  for (const output of OUTPUTS.filter((name) => RENDERERS[name] !== undefined)) {
    it(`POST /v1/format?output=${output}`, async () => {
      const response = await check('POST', `/v1/format?output=${output}`, {
        body: SEED,
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(response.status).toBe(200);
    });
  }

  it('POST /v1/format?output=json with timed input (SRT): blocks carry their word times', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,500',
      'SMITH: The council met on Tuesday.',
      '',
      '2',
      '00:00:04,000 --> 00:00:06,000',
      'It voted nine to two.',
      '',
    ].join('\n');
    const response = await check('POST', '/v1/format?output=json', {
      body: srt,
      headers: { 'Content-Type': 'application/x-subrip' },
    });
    expect(response.status).toBe(200);
    const document = await response.json<{ timed: boolean; blocks: { timedWords: unknown }[] }>();
    expect(document.timed).toBe(true);
    expect(document.blocks.some((block) => Array.isArray(block.timedWords))).toBe(true);
  });

  it('POST /v1/webhooks/cms, GET /v1/stories/{id}, GET /v1/stories/{id}/{output}', async () => {
    const storyId = unique('contract');
    const delivery = await exports.default.fetch(
      await deliveryRequest({ story: { id: storyId, revision: '1', body: SEED } }),
    );
    await expectDocumented('POST', '/v1/webhooks/cms', delivery);
    expect(delivery.status).toBe(200);
    for (const path of [`/v1/stories/${storyId}`, `/v1/stories/${storyId}/json`]) {
      const response = await exports.default.fetch(readRequest(path));
      await expectDocumented('GET', path, response);
      expect(response.status).toBe(200);
    }
  });
});

describe('every problem type matches the Problem schema where it is documented', () => {
  const slugOf = async (response: Response): Promise<ProblemSlug> => {
    const problem = await response.clone().json<{ type: string }>();
    return problem.type.split('#problem-')[1] as ProblemSlug;
  };
  const cases: [string, () => Promise<[string, string, Response]>][] = [
    [
      'rate-limited (form)',
      async () => [
        'POST',
        '/',
        await call(
          '/',
          {
            method: 'POST',
            body: 'text=x',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          },
          { FORMAT_LIMITER: { limit: async () => ({ success: false }) } },
        ),
      ],
    ],
    [
      'webhook-id-reused',
      async () => {
        const id = unique('reused');
        const first = await exports.default.fetch(
          await deliveryRequest({ story: { id: unique('r1'), body: 'One.' } }, { id }),
        );
        expect(first.status).toBe(200);
        return [
          'POST',
          '/v1/webhooks/cms',
          await exports.default.fetch(
            await deliveryRequest({ story: { id: unique('r2'), body: 'Two.' } }, { id }),
          ),
        ];
      },
    ],
    [
      'revision-conflict',
      async () => {
        const storyId = unique('conflict');
        const first = await exports.default.fetch(
          await deliveryRequest({ story: { id: storyId, revision: '1', body: 'One.' } }),
        );
        expect(first.status).toBe(200);
        return [
          'POST',
          '/v1/webhooks/cms',
          await exports.default.fetch(
            await deliveryRequest({ story: { id: storyId, revision: '1', body: 'Other.' } }),
          ),
        ];
      },
    ],
    [
      'not-configured',
      async () => ['GET', '/v1/stories/any/json', await call('/v1/stories/any/json')],
    ],
    [
      'malformed-request',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format', {
          method: 'POST',
          body: '{"text":',
          headers: { 'Content-Type': 'application/json' },
        }),
      ],
    ],
    [
      'not-found',
      async () => [
        'GET',
        '/v1/stories/none-such/json',
        await exports.default.fetch(readRequest('/v1/stories/none-such/json')),
      ],
    ],
    [
      'not-acceptable',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format', {
          method: 'POST',
          body: SEED,
          headers: { 'Content-Type': 'text/plain', Accept: 'image/png' },
        }),
      ],
    ],
    [
      'payload-too-large',
      async () => [
        'POST',
        '/v1/format',
        await call(
          '/v1/format',
          { method: 'POST', body: 'x'.repeat(200), headers: { 'Content-Type': 'text/plain' } },
          { MAX_BODY_BYTES: '100' },
        ),
      ],
    ],
    [
      'unsupported-media-type',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format', {
          method: 'POST',
          body: 'x',
          headers: { 'Content-Type': 'image/png' },
        }),
      ],
    ],
    [
      'empty-text',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format', {
          method: 'POST',
          body: '   ',
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
    ],
    [
      'invalid-options',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format?readRate=1000', {
          method: 'POST',
          body: SEED,
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
    ],
    [
      'unknown-template',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format?output=print&template=nope', {
          method: 'POST',
          body: SEED,
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
    ],
    [
      'too-many-blocks',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format', {
          method: 'POST',
          body: 'a\n\n'.repeat(3_000),
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
    ],
    [
      'too-many-blocks (webhook)',
      async () => [
        'POST',
        '/v1/webhooks/cms',
        await exports.default.fetch(
          await deliveryRequest({ story: { id: unique('blocks'), body: 'a\n\n'.repeat(3_000) } }),
        ),
      ],
    ],
    [
      'output-too-large',
      async () => [
        'POST',
        '/v1/format',
        await call('/v1/format?output=print', {
          method: 'POST',
          body: Array.from({ length: 5_000 }, (_, i) => `We went there at ${i}.`).join('\n\n'),
          headers: { 'Content-Type': 'text/plain' },
        }),
      ],
    ],
    [
      'invalid-delivery',
      async () => [
        'POST',
        '/v1/webhooks/cms',
        await exports.default.fetch(await deliveryRequest({ story: { id: 'a/b', body: 'x' } })),
      ],
    ],
    [
      'rate-limited',
      async () => [
        'POST',
        '/v1/format',
        await call(
          '/v1/format',
          { method: 'POST', body: SEED, headers: { 'Content-Type': 'text/plain' } },
          { FORMAT_LIMITER: { limit: async () => ({ success: false }) } },
        ),
      ],
    ],
  ];
  for (const [slug, send] of cases) {
    it(slug, async () => {
      const [method, path, response] = await send();
      const type = slug.split(' ')[0] as ProblemSlug;
      expect(await slugOf(response)).toBe(type);
      expect(response.status).toBe(PROBLEM_TYPES[type].status);
      expect(await expectDocumented(method, path, response)).toBe('application/problem+json');
    });
  }
});
