import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { renderTemplate, type TemplatedOutput } from '../../src/templates.ts';
import {
  call,
  expectProblem,
  format,
  type Problem,
  SEED,
  stubRenderer,
  withRenderer,
} from './http-support.ts';

describe('400 malformed', () => {
  it('JSON that does not parse', async () => {
    const problem = await expectProblem(
      await format('{"text": "Hi",', 'application/json'),
      400,
      'malformed-request',
    );
    expect(problem.detail).toMatch(/JSON/);
    expect(problem.instance).toBe('/v1/format');
  });
  it('a multipart body that does not parse, or has no boundary', async () => {
    await expectProblem(
      await format('garbage without parts', 'multipart/form-data; boundary=xyz'),
      400,
      'malformed-request',
    );
    await expectProblem(await format('--x\r\n', 'multipart/form-data'), 400, 'malformed-request');
  });
});

describe('413 over the body limit', () => {
  const env = { MAX_BODY_BYTES: '100' };
  it('refuses a declared Content-Length over the limit', async () => {
    const res = await format('x'.repeat(101), 'text/plain', '', {}, env);
    const problem = await expectProblem(res, 413, 'payload-too-large');
    expect(problem.maxBytes).toBe(100);
  });
  it('counts the streamed bytes when there is no Content-Length', async () => {
    const chunks = ['a'.repeat(60), 'b'.repeat(60)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await format(stream, 'text/plain', '', {}, env);
    await expectProblem(res, 413, 'payload-too-large');
  });
  it('takes a body of exactly the limit, and defaults to 5 MB', async () => {
    expect((await format(`${'word '.repeat(19)}end.`, 'text/plain', '', {}, env)).status).toBe(200);
    const big = 'word '.repeat(1_048_577);
    await expectProblem(
      await format(big, 'text/plain', '', {}, { MAX_BODY_BYTES: 'nonsense' }),
      413,
      'payload-too-large',
    );
  });
  it('applies to the form too', async () => {
    const res = await call(
      '/',
      { method: 'POST', body: new URLSearchParams({ text: 'x'.repeat(200) }) },
      env,
    );
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Request body too large');
  });
});

describe('415 unsupported or binary content', () => {
  it('a content type scriptdesk does not read', async () => {
    const res = await format('%PDF-1.7', 'application/pdf');
    const problem = await expectProblem(res, 415, 'unsupported-media-type');
    expect(problem.supported).toContain('text/plain');
    expect(res.headers.get('accept')).toContain('application/json');
  });
  it('a body without a Content-Type', async () => {
    await expectProblem(
      await format(new TextEncoder().encode('Hello.'), null),
      415,
      'unsupported-media-type',
    );
  });
  it('NUL bytes, binary data, an unknown charset (other encodings are read: encodings.test.ts)', async () => {
    await expectProblem(
      await format('Hello\u0000world', 'text/plain'),
      415,
      'unsupported-media-type',
    );
    await expectProblem(
      await format(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]), 'text/plain'),
      415,
      'unsupported-media-type',
    );
    await expectProblem(
      await format(new Uint8Array([0x48, 0xe9]), 'text/plain; charset=x-unknown'),
      415,
      'unsupported-media-type',
    );
    // Not UTF-8 JSON: read as Windows-1252, then it does not parse.
    await expectProblem(
      await format(new Uint8Array([0x7b, 0xc3]), 'application/json'),
      400,
      'malformed-request',
    );
  });
  it('an uploaded file of another type, or with binary content', async () => {
    const pdf = new FormData();
    pdf.append('file', new File(['%PDF-1.7'], 'story.pdf'));
    const problem = await expectProblem(await format(pdf, null), 415, 'unsupported-media-type');
    expect(problem.detail).toContain('story.pdf');
    // A .docx is read (test/worker/http-documents.test.ts): one that is no ZIP is a 422.
    const docx = new FormData();
    docx.append('file', new File(['PK\u0003\u0004'], 'story.docx'));
    await expectProblem(await format(docx, null), 422, 'unreadable-document');
    const binary = new FormData();
    binary.append(
      'file',
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])], 'story.txt'),
    );
    await expectProblem(await format(binary, null), 415, 'unsupported-media-type');
  });
  it('percent-encoded bytes that are not UTF-8 in a urlencoded form', async () => {
    await expectProblem(
      await format('text=%FF%FE', 'application/x-www-form-urlencoded'),
      415,
      'unsupported-media-type',
    );
  });
});

describe('422 empty text or bad options', () => {
  it('empty and whitespace-only text, and JSON without text', async () => {
    await expectProblem(await format('', 'text/plain'), 422, 'empty-text');
    await expectProblem(await format(' \n\t\u00a0\u200b\n', 'text/plain'), 422, 'empty-text');
    await expectProblem(await format('{}', 'application/json'), 422, 'empty-text');
    await expectProblem(await format(null, null), 422, 'empty-text');
  });
  it('a speech-to-text result with no words, or a failed job, says so', async () => {
    // Sent as the service returned it: a result, not a request with unknown members.
    const silent = await expectProblem(
      await format(
        JSON.stringify({ id: 't1', status: 'completed', text: '', words: [], utterances: [] }),
        'application/json',
      ),
      422,
      'empty-text',
    );
    expect(silent.detail).toMatch(/no speech was recognised/);
    const failed = await expectProblem(
      await format(
        JSON.stringify({ id: 't2', status: 'error', error: 'Download failed', text: null }),
        'application/json',
      ),
      422,
      'empty-text',
    );
    expect(failed.detail).toMatch(/job failed: Download failed/);
  });
  it('HTML or subtitles without any text', async () => {
    await expectProblem(
      await format('<div><script>x()</script></div>', 'text/html'),
      422,
      'empty-text',
    );
    await expectProblem(await format('WEBVTT\n\nNOTE nothing\n', 'text/vtt'), 422, 'empty-text');
  });
  it('names the field, the value and what is allowed (query string)', async () => {
    const problem = await expectProblem(
      await format('Hello.', 'text/plain', '?readRate=1000'),
      422,
      'invalid-options',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'readRate',
        value: 1000,
        allowed: 'an integer from 60 to 400',
      }),
    ]);
    expect(problem.detail).toContain('readRate=1000');
    const words = await expectProblem(
      await format('Hello.', 'text/plain', '?readRate=fast'),
      422,
      'invalid-options',
    );
    expect(words.errors).toEqual([expect.objectContaining({ field: 'readRate', value: 'fast' })]);
  });
  it('names every bad field of a JSON body, typed as sent', async () => {
    const body = JSON.stringify({
      text: 'Hi.',
      options: { typography: 'fancy', dedupe: 'yes', readRate: 150 },
    });
    const problem = await expectProblem(
      await format(body, 'application/json'),
      422,
      'invalid-options',
    );
    const errors = problem.errors as { field: string; value: unknown; allowed: string }[];
    expect(errors.map((e) => [e.field, e.value, e.allowed])).toEqual([
      ['typography', 'fancy', 'one of: smart, ascii'],
      ['dedupe', 'yes', 'true or false'],
    ]);
  });
  it('an unknown option lists the options there are', async () => {
    const problem = await expectProblem(
      await format('Hello.', 'text/plain', '?readrate=150'),
      422,
      'invalid-options',
    );
    const [error] = problem.errors as { field: string; allowed: string }[];
    expect(error?.field).toBe('readrate');
    expect(error?.allowed).toContain('readRate');
  });
  it('bad request fields: output, input, download, options, JSON members', async () => {
    await expectProblem(await format('Hi.', 'text/plain', '?output=pdf'), 422, 'invalid-options');
    await expectProblem(await format('Hi.', 'text/plain', '?input=docx'), 422, 'invalid-options');
    await expectProblem(
      await format('Hi.', 'text/plain', '?download=maybe'),
      422,
      'invalid-options',
    );
    await expectProblem(
      await format('{"text":"Hi.","options":[1]}', 'application/json'),
      422,
      'invalid-options',
    );
    await expectProblem(await format('{"text":42}', 'application/json'), 422, 'invalid-options');
    await expectProblem(
      await format('{"text":"Hi.","colour":"red"}', 'application/json'),
      422,
      'invalid-options',
    );
    await expectProblem(await format('["Hi."]', 'application/json'), 422, 'invalid-options');
  });
  it('an output not built into this deployment', async () => {
    await withRenderer('print', null, async () => {
      const problem = await expectProblem(
        await format('Hi.', 'text/plain', '?output=print'),
        422,
        'output-not-available',
      );
      expect(problem.available).toContain('json');
      expect(problem.available).not.toContain('print');
    });
    await withRenderer('vtt', null, async () => {
      const accept = { Accept: 'nothing/else, text/vtt' };
      const problem = await expectProblem(
        await format('Hi.', 'text/plain', '', accept),
        422,
        'output-not-available',
      );
      expect(problem.output).toBe('vtt');
    });
  });
  it('an unknown template lists the templates there are', async () => {
    const templated = stubRenderer('srt', 'application/x-subrip');
    const renderer = (...args: Parameters<typeof templated>) => {
      const [, options] = args;
      renderTemplate(
        'srt' as TemplatedOutput,
        options.template,
        {},
        { srt: 'a', 'srt--station': 'b' },
      );
      return templated(...args);
    };
    await withRenderer('srt', renderer, async () => {
      const problem = await expectProblem(
        await format('Hi.', 'text/plain', '?output=srt&template=nope'),
        422,
        'unknown-template',
      );
      expect(problem.available).toEqual(['default', 'station']);
      expect(problem.template).toBe('nope');
      expect(problem.detail).toContain('default, station');
    });
  });
});

describe('406 nothing acceptable', () => {
  it('lists the media types there are', async () => {
    const problem = await expectProblem(
      await format('Hi.', 'text/plain', '', { Accept: 'image/png' }),
      406,
      'not-acceptable',
    );
    expect(problem.supported).toContain('application/json');
    await expectProblem(
      await format('Hi.', 'text/plain', '', { Accept: 'application/json;q=0' }),
      406,
      'not-acceptable',
    );
  });
});

describe('404, 405 and OPTIONS', () => {
  it('404 is a problem too', async () => {
    const problem = await expectProblem(await call('/nowhere'), 404, 'not-found');
    expect(problem.instance).toBe('/nowhere');
    await expectProblem(await call('/v1/format/extra', { method: 'POST' }), 404, 'not-found');
  });
  it('405 names the allowed methods in Allow', async () => {
    const res = await call('/v1/format');
    expect(res.headers.get('allow')).toBe('OPTIONS, POST');
    await expectProblem(res, 405, 'method-not-allowed');
    const put = await call('/healthz', { method: 'PUT' });
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    await expectProblem(put, 405, 'method-not-allowed');
  });
  it('OPTIONS on a route answers 204 with Allow; HEAD works where GET does', async () => {
    const options = await call('/', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    const head = await call('/healthz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('every problem type is documented where its type points', () => {
  it('the /docs page has an anchor for each problem type used here', async () => {
    const problems: Problem[] = [];
    for (const res of [
      await call('/nowhere'),
      await call('/v1/format'),
      await format('', 'text/plain'),
      await format('x', 'image/gif'),
    ]) {
      problems.push((await res.json()) as Problem);
    }
    const docs = await (await call('/docs')).text();
    for (const p of problems)
      expect(docs).toContain(`id="problem-${p.type.split('#problem-')[1]}"`);
  });
  it('the real Worker entry answers problems the same way', async () => {
    const res = await exports.default.fetch('http://x/v1/format', {
      method: 'POST',
      body: SEED,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(200);
    const bad = await exports.default.fetch('http://x/v1/format', {
      method: 'POST',
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('422 too many blocks (100k one-word paragraphs, smaller)', () => {
  it('answers a clear limit instead of an answer hundreds of times the input', async () => {
    const text = 'a\n\n'.repeat(5_000);
    const res = await format(text, 'text/plain', '?output=print');
    const problem = await expectProblem(res, 422, 'too-many-blocks');
    expect(problem.blocks as number).toBeGreaterThan(problem.limit as number);
    expect(problem.limit).toBe(2_000);
    expect(problem.detail).toContain('at most 2000 blocks');
  });
  it('an answer over ten times its input (print of 5,000 short paragraphs) is a 422, JSON is not', async () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `We went there at ${i}.`).join('\n\n');
    const problem = await expectProblem(
      await format(text, 'text/plain', '?output=print'),
      422,
      'output-too-large',
    );
    expect(problem.output).toBe('print');
    expect(problem.size as number).toBeGreaterThan(problem.limit as number);
    expect(problem.limit).toBe(10 * text.length);
    expect((await format(text, 'text/plain', '?output=json')).status).toBe(200);
  });
  it('the web form shows the limit on its page, with the same 422', async () => {
    const body = new URLSearchParams({ text: 'a\n\n'.repeat(5_000), output: 'json' });
    const res = await call('/', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('at most 2000 blocks');
  });
  it('one long word of capitals gets 200 and a short slug in the download name', async () => {
    const res = await format('A'.repeat(256 * 1024), 'text/plain', '?output=print&download=1');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.length).toBeLessThan(10 * 256 * 1024);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';
    expect(name.length).toBeLessThanOrEqual(40 + '.html'.length);
  });
});
