import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, cspNonce, format } from './http-support.ts';

function directives(res: Response): Map<string, string> {
  const policy = res.headers.get('content-security-policy') ?? '';
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

describe('security headers on every response', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['the form', () => call('/')],
    ['the docs', () => call('/docs')],
    ['JSON output', () => format('Hello.', 'text/plain')],
    ['a problem', () => format('', 'text/plain')],
    ['a 404', () => call('/missing')],
    ['a 405', () => call('/v1/format')],
    ['health', () => call('/healthz')],
    ['the OpenAPI document', () => call('/v1/openapi.json')],
  ];
  it.each(requests)('%s', async (_name, request) => {
    const res = await request();
    const csp = directives(res);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('script-src')).toBe(`'nonce-${cspNonce(res)}'`);
    expect(csp.get('style-src')).toBe(`'nonce-${cspNonce(res)}'`);
    expect(csp.get('img-src')).toContain('data:');
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('gives each response a fresh nonce of 128 bits, and the page’s inline tags carry it', async () => {
    const first = await call('/');
    const second = await call('/');
    expect(cspNonce(first)).not.toBe(cspNonce(second));
    expect(cspNonce(first)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const html = await first.text();
    const tags = [...html.matchAll(/<(script|style)\b([^>]*)>/g)];
    expect(tags.length).toBeGreaterThanOrEqual(2);
    for (const [, , attributes] of tags) expect(attributes).toContain(`nonce="${cspNonce(first)}"`);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });

  it('the real Worker entry sets them too', async () => {
    const res = await exports.default.fetch('http://x/missing');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('GET /healthz', () => {
  it('is JSON and never cached', async () => {
    const res = await call('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('CORS on /v1/* for ALLOWED_ORIGINS only', () => {
  const env = { ALLOWED_ORIGINS: 'https://cms.example, https://tools.example:8443/' };
  const post = (origin: string): Promise<Response> =>
    format('Hello.', 'text/plain', '', { Origin: origin }, env);

  it('lets a listed origin read responses, and says the answer varies by Origin', async () => {
    for (const origin of ['https://cms.example', 'https://tools.example:8443']) {
      const res = await post(origin);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
      expect(res.headers.get('vary')).toContain('Origin');
    }
  });

  it('gives other origins no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'https://cms.example.evil', 'null']) {
      const res = await post(origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const none = await format('Hello.', 'text/plain', '', { Origin: 'https://cms.example' });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from a listed origin with 204', async () => {
    const res = await call(
      '/v1/format',
      {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://cms.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, x-other',
        },
      },
      env,
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://cms.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('refuses a preflight from another origin with a 403 problem', async () => {
    const res = await call(
      '/v1/format',
      {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      },
      env,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not apply outside /v1/', async () => {
    const res = await call('/healthz', { headers: { Origin: 'https://cms.example' } }, env);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await call(
      '/',
      {
        method: 'OPTIONS',
        headers: { Origin: 'https://cms.example', 'Access-Control-Request-Method': 'POST' },
      },
      env,
    );
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
