import { env, runDurableObjectAlarm } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { RundownRoom } from '../../src/rundowns/room.ts';
import { deliveryRequest, TRANSCRIPT, unique } from './webhooks-helpers.ts';

const namespace = (env as unknown as { RUNDOWNS: DurableObjectNamespace<RundownRoom> }).RUNDOWNS;

async function deliver(storyId: string, revision: number, body: string) {
  const response = await exports.default.fetch(
    await deliveryRequest({ story: { id: storyId, revision, body }, outputs: ['json'] }),
  );
  expect(response.status).toBe(200);
}

async function call(path: string, token: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return exports.default.fetch(`http://localhost${path}`, { ...init, headers });
}

describe('a CMS story in a rundown', () => {
  it('is added by id and follows its latest revision on the screens', async () => {
    const storyId = unique('cms-story');
    await deliver(storyId, 1, TRANSCRIPT);
    const created = (await (
      await exports.default.fetch('http://localhost/v1/rundowns', { method: 'POST' })
    ).json()) as { id: string; operatorToken: string };
    const added = await call(`/v1/rundowns/${created.id}/stories`, created.operatorToken, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cmsStory: storyId }),
    });
    expect(added.status).toBe(201);
    const story = (await added.json()) as { id: string; source: { revision: string } };
    expect(story.source).toEqual({ kind: 'cms', storyId, revision: '1' });

    // A new revision arrives; the rundown's alarm picks it up and every screen gets it.
    await deliver(storyId, 2, `${TRANSCRIPT}\nA correction was added in revision two.`);
    const stub = namespace.get(namespace.idFromString(created.id));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const view = (await (
      await call(`/v1/rundowns/${created.id}`, created.operatorToken)
    ).json()) as {
      stories: Array<{ id: string; source: { revision: string }; text: string }>;
    };
    expect(view.stories[0]?.id).toBe(story.id);
    expect(view.stories[0]?.source.revision).toBe('2');
    expect(view.stories[0]?.text).toContain('A correction was added in revision two.');
  });

  it('answers 404 for a CMS story that was never stored', async () => {
    const created = (await (
      await exports.default.fetch('http://localhost/v1/rundowns', { method: 'POST' })
    ).json()) as { id: string; operatorToken: string };
    const added = await call(`/v1/rundowns/${created.id}/stories`, created.operatorToken, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cmsStory: 'never-delivered' }),
    });
    expect(added.status).toBe(404);
    expect(added.headers.get('content-type')).toBe('application/problem+json');
  });
});
