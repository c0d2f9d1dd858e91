/**
 * The rundown routes against the OpenAPI document the Worker serves: every status, media type and
 * body a real request gets is one the document lists for that operation (the check shared with
 * http-contract, in openapi-contract.ts).
 */
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Document, expectDocumented } from './openapi-contract.ts';

let doc: Document;
beforeAll(async () => {
  doc = await (await exports.default.fetch('http://localhost/v1/openapi.json')).json<Document>();
});

async function check(method: string, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await exports.default.fetch(`http://localhost${path}`, { ...init, method });
  await expectDocumented(doc, method, path, response.clone());
  return response;
}

const json = (body: unknown, token?: string): RequestInit => ({
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify(body),
});

describe('the rundown routes answer as the OpenAPI document says', () => {
  it('create, read, add, replace, reorder, control, drop, pages, and their problems', async () => {
    const created = await check(
      'POST',
      '/v1/rundowns',
      json({ name: 'Late news', endTime: '23:00' }),
    );
    expect(created.status).toBe(201);
    const {
      id,
      operatorToken: op,
      talentToken: talent,
    } = (await created.json()) as Record<string, string>;
    const base = `/v1/rundowns/${id}`;
    const text = 'The late news. Good evening.\n\nThe bridge is closed until Monday.';
    const added = await check('POST', `${base}/stories`, {
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${op}` },
      body: text,
    });
    expect(added.status).toBe(201);
    const storyId = ((await added.json()) as { id: string }).id;
    expect(
      (await check('GET', base, { headers: { authorization: `Bearer ${talent}` } })).status,
    ).toBe(200);
    expect((await check('PATCH', base, json({ airDate: '2026-12-01' }, op))).status).toBe(200);
    expect(
      (await check('PUT', `${base}/stories/${storyId}`, json({ text: `${text}\n\nMore.` }, op)))
        .status,
    ).toBe(200);
    expect((await check('PUT', `${base}/order`, json({ order: [storyId] }, op))).status).toBe(200);
    expect((await check('POST', `${base}/control`, json({ action: 'play' }, op))).status).toBe(200);
    // The problems.
    expect((await check('POST', `${base}/control`, json({ action: 'play' }))).status).toBe(401);
    expect((await check('POST', `${base}/control`, json({ action: 'play' }, talent))).status).toBe(
      403,
    );
    expect((await check('POST', `${base}/control`, json({ action: 'fly' }, op))).status).toBe(422);
    expect((await check('GET', `/v1/rundowns/${'f'.repeat(63)}`)).status).toBe(404);
    expect((await check('POST', '/v1/rundowns', json({ colour: 'red' }))).status).toBe(422);
    expect((await check('GET', `${base}/ws?token=${talent}`)).status).toBe(400);
    expect(
      (
        await check('DELETE', `${base}/stories/${storyId}`, {
          headers: { authorization: `Bearer ${op}` },
        })
      ).status,
    ).toBe(200);
    for (const page of [
      '/rundowns',
      base.replace('/v1', ''),
      `${base.replace('/v1', '')}/talent`,
      `${base.replace('/v1', '')}/operator`,
      `${base.replace('/v1', '')}/remote`,
    ]) {
      expect((await check('GET', page)).status).toBe(200);
    }
  });
});
