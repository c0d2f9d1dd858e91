/** Helpers for the HTTP tests: call the app inside workerd with chosen bindings. */
import { expect } from 'vitest';
import type { ProblemDetails } from '../../src/edge/problem-schema.ts';
import type { Env } from '../../src/index.ts';
import app from '../../src/index.ts';
import type { OutputName } from '../../src/options.ts';
import { RENDERERS, type Renderer } from '../../src/outputs/index.ts';
import seedText from '../fixtures/seed/000_f12ffaff09c5b2fe.txt?raw';

export const SEED = seedText;
export const ORIGIN = 'http://scriptdesk.test';
const ENV: Env = { ALLOWED_ORIGINS: '', MAX_BODY_BYTES: String(5 * 1024 * 1024) };

/** Sends a request to the app with the default bindings, or with `env` overriding some. */
export async function call(
  path: string,
  init: RequestInit = {},
  env: Partial<Env> = {},
): Promise<Response> {
  return app.request(`${ORIGIN}${path}`, init, { ...ENV, ...env });
}

/** POSTs a body to /v1/format (query string in `query`). */
export function format(
  body: BodyInit | null,
  contentType: string | null,
  query = '',
  headers: Record<string, string> = {},
  env: Partial<Env> = {},
): Promise<Response> {
  const all: Record<string, string> = { ...headers };
  if (contentType !== null) all['Content-Type'] = contentType;
  return call(`/v1/format${query}`, { method: 'POST', body, headers: all }, env);
}

/** A problem body, typed by the schema the Worker answers with (and OpenAPI documents). */
export type Problem = ProblemDetails;

/** Asserts an RFC 9457 problem response of the given status and type slug, and returns its body. */
export async function expectProblem(res: Response, status: number, slug: string): Promise<Problem> {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Problem;
  expect({ status: res.status, slug: body.type.split('#problem-')[1] }).toEqual({ status, slug });
  expect(body.status).toBe(status);
  expect(body.type).toBe(`${ORIGIN}/docs#problem-${slug}`);
  expect(typeof body.title).toBe('string');
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

/** The nonce of a response's Content-Security-Policy. */
export function cspNonce(res: Response): string {
  const match = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '');
  if (!match?.[1]) throw new Error('no CSP nonce');
  return match[1];
}

/**
 * Runs `fn` with `RENDERERS[output]` replaced (or removed with `null`), then restores it: the
 * edge's behaviour for outputs other branches build does not depend on whether they are merged.
 */
export async function withRenderer<T>(
  output: OutputName,
  renderer: Renderer | null,
  fn: () => Promise<T>,
): Promise<T> {
  const had = Object.hasOwn(RENDERERS, output);
  const previous = RENDERERS[output];
  if (renderer) RENDERERS[output] = renderer;
  else delete RENDERERS[output];
  try {
    return await fn();
  } finally {
    if (had) RENDERERS[output] = previous;
    else delete RENDERERS[output];
  }
}

/** A stand-in renderer: says which output it is, how many blocks and the nonce it was given. */
export function stubRenderer(extension: string, contentType: string): Renderer {
  return (doc, _options, context) => ({
    body: `${extension} blocks=${doc.blocks.length} nonce=${context?.nonce ?? ''}`,
    contentType,
    extension,
    messages: [],
  });
}
