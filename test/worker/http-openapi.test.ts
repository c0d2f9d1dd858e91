import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { optionNames } from '../../src/edge/options.ts';
import type { OpenApiDocument } from '../../src/http/openapi.ts';
import app from '../../src/index.ts';
import { OUTPUTS } from '../../src/options.ts';
import { call, format, SEED } from './http-support.ts';

async function served(): Promise<OpenApiDocument> {
  const res = await call('/v1/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as OpenApiDocument;
}

/** Hono route pattern → OpenAPI path template: `/v1/stories/:id/:output` → `/v1/stories/{id}/{output}`. */
function template(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');
}

interface Parameter {
  name: string;
  in: string;
  schema: { enum?: string[] };
}

/** The parameters of an operation (fails the test when the operation is missing). */
function parametersOf(doc: OpenApiDocument, path: string, method: string): Parameter[] {
  const operation = doc.paths[path]?.[method];
  expect(operation, `${method} ${path}`).toBeDefined();
  return (operation?.parameters ?? []) as unknown as Parameter[];
}

type Schema = {
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
};

describe('GET /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    const doc = await served();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(
      structuredClone(doc) as unknown as Parameters<typeof validate>[0],
    );
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('the validator does catch a broken document', async () => {
    const broken = structuredClone(await served()) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    (broken.paths as Record<string, unknown>)['/v1/stories/{id}/{output}'] = {
      get: { responses: 'none' },
    };
    const result = await validate(broken as unknown as Parameters<typeof validate>[0]);
    expect(result.valid).toBe(false);
  });

  it('describes every route the app serves, with its methods', async () => {
    const doc = await served();
    const served_ = app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*'));
    expect(served_.length).toBeGreaterThanOrEqual(6);
    for (const route of served_) {
      const operations = doc.paths[template(route.path)];
      expect({
        route: `${route.method} ${route.path}`,
        documented: Boolean(operations?.[route.method.toLowerCase()]),
      }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
    }
  });

  it('lists the public routes, including the CMS webhook and stored stories', async () => {
    const doc = await served();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/',
        '/docs',
        '/favicon.ico',
        '/favicon.svg',
        '/healthz',
        '/v1/format',
        '/v1/openapi.json',
        '/v1/stories/{id}',
        '/v1/stories/{id}/{output}',
        '/v1/webhooks/cms',
        // Rundowns and the live prompter (src/rundowns/openapi.ts).
        '/v1/rundowns',
        '/v1/rundowns/{id}',
        '/v1/rundowns/{id}/stories',
        '/v1/rundowns/{id}/stories/{story}',
        '/v1/rundowns/{id}/order',
        '/v1/rundowns/{id}/control',
        '/v1/rundowns/{id}/ws',
        '/rundowns',
        '/rundowns/{id}',
        '/rundowns/{id}/talent',
        '/rundowns/{id}/operator',
        '/rundowns/{id}/remote',
      ].sort(),
    );
    const headers = parametersOf(doc, '/v1/webhooks/cms', 'post')
      .filter((p) => p.in === 'header')
      .map((p) => p.name);
    expect(headers).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    const story = doc.paths['/v1/stories/{id}/{output}']?.get;
    expect(story?.security).toEqual([{ bearerAuth: [] }]);
    expect(
      parametersOf(doc, '/v1/stories/{id}/{output}', 'get')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['id', 'output', 'revision']);
  });

  it('lists every option of the schema, as a query parameter and in the JSON body', async () => {
    const doc = await served();
    const schemas = doc.components.schemas as Record<string, Schema>;
    expect(Object.keys(schemas.Options?.properties ?? {})).toEqual(optionNames());
    const parameters = parametersOf(doc, '/v1/format', 'post').map((p) => p.name);
    for (const name of optionNames()) expect(parameters).toContain(name);
    expect(schemas.FormatJsonRequest?.properties?.options?.$ref).toBe(
      '#/components/schemas/Options',
    );
    for (const name of optionNames())
      expect(Object.keys(schemas.FormatFormRequest?.properties ?? {})).toContain(name);
  });

  it('the JSON request body takes exactly the members FormatJsonRequest lists, of its types', async () => {
    const doc = await served();
    const request = (doc.components.schemas as Record<string, Schema>).FormatJsonRequest;
    const members = Object.keys(request?.properties ?? {});
    expect(members).toEqual(['text', 'output', 'input', 'download', 'options', 'corrections']);
    expect(request?.required).toEqual(['text']);
    const post = (body: Record<string, unknown>) =>
      format(JSON.stringify({ text: 'Good evening.', ...body }), 'application/json');
    // Each member the document lists is one the endpoint takes (a valid value of its schema).
    const valid: Record<string, unknown> = {
      output: 'srt',
      input: 'text',
      download: true,
      options: { readRate: 150 },
      corrections: {},
    };
    for (const member of members.filter((m) => m !== 'text')) {
      const res = await post({ [member]: valid[member] });
      expect(res.status, member).toBe(200);
    }
    // A member it does not list is refused, and the problem names the document's members.
    const res = await post({ outputs: 'srt' });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string; allowed: string }[] };
    expect(problem.errors[0]?.field).toBe('outputs');
    expect(problem.errors[0]?.allowed).toBe(`one of: ${members.join(', ')}`);
    // A value outside a member's schema is refused too.
    expect((await post({ download: 'maybe' })).status).toBe(422);
    expect((await post({ input: 'mp3' })).status).toBe(422);
    expect((await post({ text: 42 })).status).toBe(422);
    // The form's buttons are the ones the form page has.
    const submit = doc.paths['/']?.post as unknown as {
      requestBody: { content: Record<string, { schema: { allOf: Schema[] } }> };
    };
    const action = submit.requestBody.content['multipart/form-data']?.schema.allOf[1]?.properties
      ?.action as { enum?: string[] } | undefined;
    expect(action?.enum).toEqual(['preview', 'download']);
  });

  it('offers every output and every content type the endpoint reads', async () => {
    const doc = await served();
    const post = doc.paths['/v1/format']?.post as unknown as {
      requestBody: { content: Record<string, unknown> };
    };
    expect(Object.keys(post.requestBody.content).sort()).toEqual(
      [
        'application/json',
        'application/jsonl',
        'application/x-ndjson',
        'application/ttml+xml',
        'application/xml',
        'text/xml',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/x-ebu-stl',
        'application/x-subrip',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'text/html',
        'text/csv',
        'text/plain',
        'text/tab-separated-values',
        'text/vtt',
      ].sort(),
    );
    const output = parametersOf(doc, '/v1/format', 'post').find((p) => p.name === 'output');
    expect(output?.schema.enum).toEqual([...OUTPUTS]);
  });

  it('describes the JSON document as the API returns it', async () => {
    const doc = await served();
    const schemas = doc.components.schemas as Record<string, Schema>;
    const body = (await (await format(SEED, 'text/plain')).json()) as Record<string, unknown>;
    const check = (value: Record<string, unknown>, schema: Schema | undefined): void => {
      expect(schema?.properties).toBeDefined();
      expect(Object.keys(value).filter((k) => !(k in (schema?.properties ?? {})))).toEqual([]);
      for (const key of schema?.required ?? []) expect(Object.keys(value)).toContain(key);
    };
    check(body, schemas.ScriptDocument);
    for (const block of body.blocks as Record<string, unknown>[]) check(block, schemas.Block);
    for (const speaker of body.speakers as Record<string, unknown>[])
      check(speaker, schemas.Speaker);
    for (const message of body.messages as Record<string, unknown>[])
      check(message, schemas.Message);
  });
});

describe('GET /docs', () => {
  it('is a self-contained page with every operation, option and problem type', async () => {
    const res = await call('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const doc = await served();
    for (const methods of Object.values(doc.paths)) {
      for (const operation of Object.values(methods))
        expect(html).toContain(`id="${operation.operationId}"`);
    }
    for (const name of optionNames()) expect(html).toContain(`id="option-${name}"`);
    for (const output of OUTPUTS) expect(html).toContain(`<li><code>${output}</code>`);
    // Nothing loads from anywhere: no external scripts, styles, images or fonts.
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)=/i);
    expect(html).not.toMatch(/\s(src|href|action)="(https?:)?\/\/(?!scriptdesk\.test)/);
  });
});
