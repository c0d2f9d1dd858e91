import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { OUTPUTS } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { keys } from '../../src/webhooks/store.ts';
import { BRIEFING, EVERY_KIND } from '../fixtures/corrections.ts';
import { expectProblem, format } from './http-support.ts';
import { bucket, deliveryRequest, unique } from './webhooks-helpers.ts';

const AVAILABLE = OUTPUTS.filter((output) => RENDERERS[output] !== undefined);

function formatJson(body: unknown, output = 'json'): Promise<Response> {
  return format(JSON.stringify(body), 'application/json', `?output=${output}`);
}

function withoutNonces(text: string): string {
  return text.replace(/ nonce="[^"]*"/g, '');
}

describe('corrections through /v1/format', () => {
  it('applies every kind and lists each as the producer’s choice', async () => {
    const plain = await (await formatJson({ text: BRIEFING })).json<ScriptDocument>();
    const res = await formatJson({ text: BRIEFING, corrections: EVERY_KIND });
    expect(res.status).toBe(200);
    const doc = await res.json<ScriptDocument>();
    expect(doc).not.toEqual(plain);
    const applied = doc.messages.filter((m) => m.ruleId === 'correction');
    expect(applied.map((m) => m.correction).sort()).toEqual([
      'blocks.0',
      'blocks.1',
      'merge.0',
      'rename.0',
      'restore.0',
      'split.0',
      'titles.0',
      'versions.0',
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'correction-stale')).toEqual([]);
    expect(doc.speakers.find((s) => s.id === 'lavrov')).toMatchObject({
      name: 'Sergey Lavrov',
      title: 'Foreign Minister of Russia',
    });
    expect(doc.speakers.map((s) => s.id)).toEqual(['lavrov', 'maria-zakharova']);
    expect(doc.blocks.some((b) => b.text.includes('12 ships'))).toBe(false);
    expect(doc.blocks.find((b) => b.line === 19)?.type).toBe('direction');
  });

  it('reads the same corrections from a form field (JSON text), multipart and urlencoded', async () => {
    const json = await (await formatJson({ text: BRIEFING, corrections: EVERY_KIND })).text();
    const form = new FormData();
    form.append('text', BRIEFING);
    form.append('output', 'json');
    form.append('corrections', JSON.stringify(EVERY_KIND));
    const multipart = await format(form, null);
    expect(await multipart.text()).toBe(json);
    const encoded = new URLSearchParams({
      text: BRIEFING,
      output: 'json',
      corrections: JSON.stringify(EVERY_KIND),
    });
    const urlencoded = await format(encoded.toString(), 'application/x-www-form-urlencoded');
    expect(await urlencoded.text()).toBe(json);
  });

  it('BAD: malformed corrections → 422 invalid-options naming each member', async () => {
    const problem = await expectProblem(
      await formatJson({
        text: BRIEFING,
        corrections: { blocks: [{ key: 'nothex', type: 'headline' }], rename: 'x', extra: 1 },
      }),
      422,
      'invalid-options',
    );
    const errors = (problem as unknown as { errors: { field: string; allowed: string }[] }).errors;
    const fields = errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'corrections.blocks.0.key',
        'corrections.blocks.0.type',
        'corrections.rename',
        'corrections',
      ]),
    );
    const type = errors.find((e) => e.field === 'corrections.blocks.0.type');
    expect(type?.allowed).toContain('narration');
    for (const e of errors)
      expect(Object.keys(e).sort()).toEqual(['allowed', 'field', 'message', 'value']);
    const text = new URLSearchParams({ text: BRIEFING, corrections: '{not json' });
    await expectProblem(
      await format(text.toString(), 'application/x-www-form-urlencoded', '?output=json'),
      422,
      'invalid-options',
    );
  });
});

describe('corrections through the CMS webhook', () => {
  it('stores for every output what /v1/format returns for the same corrections', async () => {
    const storyId = unique('corrected');
    const res = await exports.default.fetch(
      await deliveryRequest({
        story: { id: storyId, revision: '1', body: BRIEFING, format: 'text' },
        outputs: AVAILABLE,
        corrections: EVERY_KIND,
      }),
    );
    expect(res.status).toBe(200);
    for (const output of AVAILABLE) {
      const api = await formatJson(
        { text: BRIEFING, input: 'text', corrections: EVERY_KIND },
        output,
      );
      expect(api.status).toBe(200);
      const object = await bucket.get(keys.output(storyId, '1', output));
      const stored = new TextDecoder().decode(await object?.arrayBuffer());
      const answered = withoutNonces(new TextDecoder().decode(await api.arrayBuffer()));
      expect({ output, stored }).toEqual({ output, stored: answered });
    }
    const json = await (
      await bucket.get(keys.output(storyId, '1', 'json'))
    )?.json<ScriptDocument>();
    expect(json?.messages.filter((m) => m.ruleId === 'correction')).toHaveLength(8);
  });

  it('BAD: malformed corrections in the payload → 422 with the same field-error shape', async () => {
    const res = await exports.default.fetch(
      await deliveryRequest({
        story: { id: unique('bad-corr'), body: BRIEFING },
        corrections: { blocks: [{ key: 'nothex', type: 'narration' }] },
      }),
    );
    // The webhook's own problem type, with the one field-error shape.
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json<{ type: string; errors: { field: string }[] }>();
    expect(problem.type).toMatch(/#problem-invalid-delivery$/);
    const errors = problem.errors;
    expect(errors.map((e) => e.field)).toContain('corrections.blocks.0.key');
  });
});
