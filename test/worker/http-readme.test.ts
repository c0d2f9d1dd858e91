import { describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import { correctionsSchema } from '../../src/core/corrections.ts';
import { OUTPUTS } from '../../src/options.ts';
import { BRIEFING } from '../fixtures/corrections.ts';
import { call, SEED, stubRenderer, withRenderer } from './http-support.ts';

/** The README's curl example for an output: the command after the `# <output>:` comment. */
function example(output: string): string {
  const lines = readme.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`# ${output}:`));
  expect(at, `README has an example for ${output}`).toBeGreaterThan(-1);
  return lines[at + 1] ?? '';
}

describe('README', () => {
  it('links the API reference and the OpenAPI document', () => {
    expect(readme).toContain('](http://localhost:8787/docs)');
    expect(readme).toContain('](http://localhost:8787/v1/openapi.json)');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('has a curl example per output, and each one gets that output from the API', async () => {
    const stubs = {
      srt: stubRenderer('srt', 'application/x-subrip'),
      vtt: stubRenderer('vtt', 'text/vtt'),
      teleprompter: stubRenderer('teleprompter', 'text/html'),
      'teleprompter-text': stubRenderer('teleprompter-text', 'text/plain'),
      print: stubRenderer('print', 'text/html'),
      imsc: stubRenderer('imsc', 'application/ttml+xml'),
      'ebu-tt-d': stubRenderer('ebu-tt-d', 'application/ttml+xml'),
      scc: stubRenderer('scc', 'text/x-scc'),
      stl: stubRenderer('stl', 'application/x-ebu-stl'),
    } as const;
    for (const output of OUTPUTS) {
      const command = example(output)
        .replaceAll('$API', 'http://localhost:8787/v1/format')
        .replaceAll('"$H"', "'Content-Type: text/plain; charset=utf-8'");
      expect(command.startsWith('curl --data-binary @story.txt')).toBe(true);
      const headers: Record<string, string> = {};
      for (const [, header = ''] of command.matchAll(/-H '([^']+)'/g)) {
        const colon = header.indexOf(':');
        headers[header.slice(0, colon)] = header.slice(colon + 1).trim();
      }
      const url = new URL(
        /['"\s](http:\/\/localhost:8787\/v1\/format[^'"\s]*)/.exec(command)?.[1] ?? '',
      );
      const send = (): Promise<Response> =>
        call(`${url.pathname}${url.search}`, { method: 'POST', body: SEED, headers });
      const res =
        output === 'json' ? await send() : await withRenderer(output, stubs[output], send);
      expect({ output, status: res.status }).toEqual({ output, status: 200 });
      const body = await res.text();
      if (output === 'json') expect(JSON.parse(body).blocks.length).toBeGreaterThan(0);
      else expect(body.startsWith(`${output} `)).toBe(true);
      if (command.includes('-OJ'))
        expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    }
  });

  it('has a corrections example that the API applies, every correction taking effect', async () => {
    const section = readme.slice(readme.indexOf('### Corrections'));
    const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    const example = JSON.parse(json) as { corrections: unknown };
    expect(correctionsSchema().safeParse(example.corrections).success).toBe(true);
    const res = await call('/v1/format?output=json', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: BRIEFING, corrections: example.corrections }),
    });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { messages: { ruleId: string }[] };
    expect(doc.messages.filter((m) => m.ruleId === 'correction')).toHaveLength(7);
    expect(doc.messages.filter((m) => m.ruleId === 'correction-stale')).toEqual([]);
  });
});
