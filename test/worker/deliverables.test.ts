import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import seed from '../fixtures/seed/000_f12ffaff09c5b2fe.txt?raw';
import { deliveryRequest, readRequest, sha256Of, TRANSCRIPT, unique } from './webhooks-helpers.ts';

async function post(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(`http://x/v1/format?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
    body: seed,
  });
}

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, from + length));

describe('broadcast deliverables in the API (inside workerd)', () => {
  it('output=stl answers the binary file, downloadable as <SLUG>.stl', async () => {
    const res = await post('output=stl&fps=25&start=10:00:00:00&download=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ebu-stl');
    expect(res.headers.get('content-disposition')).toMatch(/filename="KURIL-ISLANDS\.stl"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(ascii(bytes, 0, 11)).toBe('850STL25.01');
    expect((bytes.length - 1024) % 128).toBe(0);
    // TTI blocks carry 0x8F padding and binary timecodes: bytes a text decoder would mangle.
    expect(bytes.includes(0x8f)).toBe(true);
  });

  it('Accept picks IMSC and SCC; EBU-TT-D by name', async () => {
    const imsc = await post('', { accept: 'application/ttml+xml' });
    expect(imsc.headers.get('content-type')).toBe('application/ttml+xml; charset=utf-8');
    expect(await imsc.text()).toContain('imsc1.1/text');
    const scc = await post('', { accept: 'text/x-scc' });
    expect(scc.headers.get('content-type')).toBe('text/x-scc; charset=us-ascii');
    expect(await scc.text()).toMatch(/^Scenarist_SCC V1\.0\n/);
    const ebu = await post('output=ebu-tt-d&download=1');
    expect(ebu.headers.get('content-disposition')).toMatch(/filename="KURIL-ISLANDS\.xml"/);
    expect(await ebu.text()).toContain('urn:ebu:tt:distribution:2018-04');
  });

  it('rejects a bad deliverable option with a 422, never a 500', async () => {
    const res = await post('output=scc&dropFrame=maybe');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('the form downloads the STL file and previews it as a hex dump', async () => {
    const form = (action: string) =>
      exports.default.fetch('http://x/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ text: seed, output: 'stl', action }).toString(),
      });
    const download = await form('download');
    expect(download.headers.get('content-type')).toBe('application/x-ebu-stl');
    expect(ascii(new Uint8Array(await download.arrayBuffer()), 0, 3)).toBe('850');
    const page = await (await form('preview')).text();
    expect(page).toContain('binary file: use Download');
    expect(page).toContain('000000  38 35 30 53 54 4c');
  });

  it('OpenAPI lists the new outputs and their media types', async () => {
    const doc = await (await exports.default.fetch('http://x/v1/openapi.json')).text();
    for (const type of ['application/ttml+xml', 'text/x-scc', 'application/x-ebu-stl'])
      expect(doc).toContain(type);
    expect(doc).toContain('"ebu-tt-d"');
  });

  it('a webhook stores the STL bytes; the story read serves them with their sha256 as ETag', async () => {
    const storyId = unique('stl');
    const answer = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: TRANSCRIPT },
        outputs: ['stl', 'scc'],
        options: { fps: 25 },
      }),
    );
    expect(answer.status).toBe(200);
    const manifest = await answer.json<{
      outputs: { output: string; size: number; sha256: string; contentType: string }[];
    }>();
    const stl = manifest.outputs.find((o) => o.output === 'stl');
    expect(stl?.contentType).toBe('application/x-ebu-stl');
    const read = await exports.default.fetch(readRequest(`/v1/stories/${storyId}/stl`));
    expect(read.status).toBe(200);
    const bytes = await read.arrayBuffer();
    expect(bytes.byteLength).toBe(stl?.size);
    expect(await sha256Of(bytes)).toBe(stl?.sha256);
    expect(read.headers.get('etag')).toBe(`"${stl?.sha256}"`);
    expect(ascii(new Uint8Array(bytes), 0, 11)).toBe('850STL25.01');
    const again = await exports.default.fetch(
      readRequest(`/v1/stories/${storyId}/stl`, { etag: `"${stl?.sha256}"` }),
    );
    expect(again.status).toBe(304);
  });
});
