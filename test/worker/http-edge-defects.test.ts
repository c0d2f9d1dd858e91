/**
 * Reproductions from the attack run against `wrangler dev` (issue 15), each fixed: no answer
 * echoes unbounded input, prototype names are unknown options, numbers are read one way, the
 * webhook refuses what /v1/format refuses, the formatting routes are rate limited, and
 * timestamps keep two hour digits.
 */
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, format, type Problem, SEED } from './http-support.ts';
import { deliveryRequest } from './webhooks-helpers.ts';

const DEEP = 10_000;
const nested = (inner: string) => `${'['.repeat(DEEP)}${inner}${']'.repeat(DEEP)}`;

interface FieldError {
  field: string;
  value: unknown;
  allowed: string;
  message: string;
}

describe('JSON nested 10,000 deep', () => {
  for (const [where, body] of [
    ['as an option value', `{"text":"Hello there.","options":{"readRate":${nested('1')}}}`],
    ['as the text', `{"text":${nested('"x"')}}`],
    ['as the options', `{"text":"Hello there.","options":${nested('1')}}`],
    ['as the whole body', nested('1')],
  ] as const) {
    it(`${where}: a 4xx problem with a bounded echo, never a 500`, async () => {
      const res = await format(body, 'application/json');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const text = await res.text();
      expect(text.length).toBeLessThan(4000);
      const problem = JSON.parse(text) as Problem & { errors?: FieldError[] };
      for (const error of problem.errors ?? []) {
        expect(JSON.stringify(error.value).length).toBeLessThan(260);
      }
    });
  }
});

describe('option names every object has are unknown options', () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`?${name}=1 → 422 invalid-options naming it`, async () => {
      const res = await format(SEED, 'text/plain', `?output=json&${name}=1`);
      const problem = (await expectProblem(res, 422, 'invalid-options')) as Problem & {
        errors: FieldError[];
      };
      expect(problem.errors.map((e) => e.field)).toContain(name);
    });
  }

  it('{"options":{"__proto__":{"readRate":100}}} is refused, and applies nothing', async () => {
    const res = await format(
      '{"text":"One two three four.","output":"json","options":{"__proto__":{"readRate":100}}}',
      'application/json',
    );
    const problem = (await expectProblem(res, 422, 'invalid-options')) as Problem & {
      errors: FieldError[];
    };
    expect(problem.errors.map((e) => e.field)).toContain('__proto__');
  });

  it('the webhook refuses options.__proto__ like any unknown option', async () => {
    const response = await exports.default.fetch(
      await deliveryRequest(null, {
        rawBody:
          '{"story":{"id":"proto-1","body":"Some text."},"options":{"__proto__":{"readRate":100}}}',
      }),
    );
    expect(response.status).toBe(422);
    const problem = await response.json<{ type: string; errors: FieldError[] }>();
    expect(problem.type).toMatch(/invalid-options$/);
    expect(problem.errors.map((e) => e.field)).toContain('__proto__');
  });
});

describe('numbers are read one way everywhere', () => {
  it('hex, Infinity and blanks are refused in a query string', async () => {
    for (const value of ['0x10', 'Infinity', '1 0', '0b11']) {
      const res = await format(SEED, 'text/plain', `?output=srt&fps=${encodeURIComponent(value)}`);
      const problem = (await expectProblem(res, 422, 'invalid-options')) as Problem & {
        errors: FieldError[];
      };
      expect(problem.errors[0]?.field).toBe('fps');
    }
  });

  it('a decimal string is accepted from a query, a form and JSON alike', async () => {
    const query = await format(SEED, 'text/plain', '?output=json&readRate=150');
    const json = await format(
      JSON.stringify({ text: SEED, output: 'json', options: { readRate: '150' } }),
      'application/json',
    );
    const number = await format(
      JSON.stringify({ text: SEED, output: 'json', options: { readRate: 150 } }),
      'application/json',
    );
    for (const res of [query, json, number]) {
      expect(res.status).toBe(200);
      expect((await res.json<{ readRateWpm: number }>()).readRateWpm).toBe(150);
    }
  });

  it('a hex string in JSON is refused as in a query', async () => {
    const res = await format(
      JSON.stringify({ text: SEED, output: 'srt', options: { fps: '0x10' } }),
      'application/json',
    );
    await expectProblem(res, 422, 'invalid-options');
  });

  it('the webhook reads numbers the same way', async () => {
    const hex = await exports.default.fetch(
      await deliveryRequest({
        story: { id: 'num-hex', body: 'Some text here.' },
        outputs: ['json'],
        options: { readRate: '0x96' },
      }),
    );
    expect(hex.status).toBe(422);
    const decimal = await exports.default.fetch(
      await deliveryRequest({
        story: { id: 'num-dec', body: 'Some text here.' },
        outputs: ['json'],
        options: { readRate: '150' },
      }),
    );
    expect(decimal.status).toBe(200);
  });
});

describe('one field-error shape everywhere', () => {
  it('a bad delivery lists { field, value, allowed, message } like /v1/format', async () => {
    const response = await exports.default.fetch(
      await deliveryRequest({ story: { id: 'a/b', body: 'x' }, outputs: ['json'] }),
    );
    expect(response.status).toBe(422);
    const problem = await response.json<{ errors: FieldError[] }>();
    expect(problem.errors[0]).toEqual({
      field: 'story.id',
      value: 'a/b',
      allowed: expect.any(String),
      message: expect.any(String),
    });
  });
});

describe('the webhook refuses what /v1/format refuses', () => {
  for (const [name, body] of [
    ['only spaces and line breaks', ' \n\t \n'],
    ['only no-break and zero-width spaces', '\u00a0\u200b\u00a0'],
  ] as const) {
    it(`a story body of ${name}: 422, nothing stored (as /v1/format)`, async () => {
      const direct = await format(body, 'text/plain', '?output=srt');
      await expectProblem(direct, 422, 'empty-text');
      const id = `blank-${name.length}`;
      const response = await exports.default.fetch(
        await deliveryRequest({ story: { id, body }, outputs: ['srt'] }),
      );
      expect(response.status).toBe(422);
      const listed = await (env as unknown as { SCRIPTS: R2Bucket }).SCRIPTS.list({
        prefix: `stories/${id}/`,
      });
      expect(listed.objects).toHaveLength(0);
    });
  }
});

describe('rate limits on the formatting routes', () => {
  it('binds FORMAT_LIMITER (wrangler.toml)', () => {
    expect(typeof (env as { FORMAT_LIMITER?: RateLimit }).FORMAT_LIMITER?.limit).toBe('function');
  });

  for (const [name, path, body, type] of [
    ['/v1/format', '/v1/format?output=json', 'Some text.', 'text/plain'],
    ['the form', '/', 'text=Some+text.&output=json', 'application/x-www-form-urlencoded'],
  ] as const) {
    it(`${name} answers 429 with Retry-After over the limit, per client`, async () => {
      const keys: string[] = [];
      const limiter: RateLimit = {
        limit: async ({ key }) => {
          keys.push(key);
          return { success: false };
        },
      };
      const res = await call(
        path,
        {
          method: 'POST',
          body,
          headers: { 'Content-Type': type, 'cf-connecting-ip': '203.0.113.7' },
        },
        { FORMAT_LIMITER: limiter },
      );
      await expectProblem(res, 429, 'rate-limited');
      expect(res.headers.get('retry-after')).toBe('60');
      expect(keys).toEqual(['format:203.0.113.7']);
    });
  }
});

describe('timestamps keep two hour digits', () => {
  it('a start of 100 hours or more is refused', async () => {
    for (const start of ['100:00:00:00', '360000s', '99:59:59:00+']) {
      const res = await format(
        SEED,
        'text/plain',
        `?output=srt&start=${encodeURIComponent(start)}`,
      );
      await expectProblem(res, 422, 'invalid-options');
    }
  });

  it('a start just under 100 hours writes no time past 99:59:59,999', async () => {
    const res = await format(SEED, 'text/plain', '?output=srt&start=99:59:50:00&fps=25');
    expect(res.status).toBe(200);
    const srt = await res.text();
    const times = srt.match(/\d+:\d\d:\d\d,\d{3}/g) ?? [];
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d\d:/);
  });
});
