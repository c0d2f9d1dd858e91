import { env, evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  CLOSE,
  MAX_MESSAGE_BYTES,
  MAX_SCREENS,
  MAX_STORIES,
  MESSAGE_RATE,
  type RundownRoom,
} from '../../src/rundowns/room.ts';
import { MAX_STORY_CHARS } from '../../src/rundowns/routes.ts';

const BASE = 'http://localhost';
const STORY_A =
  'Good evening. The council voted tonight to close the old bridge for repairs.\n\n' +
  'Work starts on Monday and should take six weeks, the council said.';
const STORY_B = 'In sport, the home side won three to one.\n\nThe next match is on Saturday.';

interface Created {
  id: string;
  operatorToken: string;
  talentToken: string;
  links: Record<string, string>;
}

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  return exports.default.fetch(`${BASE}${path}`, { ...init, headers });
}

async function createRundown(settings: object = { name: 'Evening news', endTime: '18:30' }) {
  const response = await call('/v1/rundowns', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Created;
}

async function addStory(rundown: Created, text: string) {
  const response = await call(`/v1/rundowns/${rundown.id}/stories`, {
    method: 'POST',
    token: rundown.operatorToken,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; durationMs: number; startAt: string };
}

async function control(rundown: Created, command: object, token = rundown.operatorToken) {
  return call(`/v1/rundowns/${rundown.id}/control`, {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(command),
  });
}

function stubOf(rundown: Created) {
  const namespace = (env as unknown as { RUNDOWNS: DurableObjectNamespace<RundownRoom> }).RUNDOWNS;
  return namespace.get(namespace.idFromString(rundown.id));
}

async function openSocket(rundown: Created, token: string | null) {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  const response = await call(`/v1/rundowns/${rundown.id}/ws${query}`, {
    headers: { upgrade: 'websocket' },
  });
  const ws = response.webSocket;
  const messages: Array<Record<string, unknown>> = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws?.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason }));
  });
  ws?.addEventListener('message', (event) => {
    messages.push(JSON.parse(String(event.data)));
  });
  ws?.accept();
  return { response, ws, messages, closed };
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('rundowns API', () => {
  it('creates a rundown with two capabilities and back-times its stories', async () => {
    const rundown = await createRundown();
    expect(rundown.id).toMatch(/^[0-9a-f]{64}$/);
    expect(rundown.operatorToken).not.toBe(rundown.talentToken);
    expect(rundown.links.talent).toContain(`#token=${rundown.talentToken}`);
    expect(rundown.links.operator).toContain(`#token=${rundown.operatorToken}`);
    const a = await addStory(rundown, STORY_A);
    const b = await addStory(rundown, STORY_B);
    const view = (await (
      await call(`/v1/rundowns/${rundown.id}`, { token: rundown.talentToken })
    ).json()) as {
      stories: Array<{ id: string; durationMs: number; startAt: string; text?: string }>;
      totalMs: number;
      role: string;
    };
    expect(view.role).toBe('talent');
    expect(view.stories.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(view.stories[0]?.text).toBeUndefined(); // talent sees no source text
    expect(view.totalMs).toBe(a.durationMs + b.durationMs);
    // Back-time: the last story ends at 18:30:00, the first starts the total before it.
    const seconds = (clock: string) =>
      clock
        .split(':')
        .map(Number)
        .reduce((t, n) => t * 60 + n, 0);
    const end = 18 * 3600 + 30 * 60;
    expect(
      Math.abs(seconds(view.stories[1]?.startAt ?? '') - (end - b.durationMs / 1000)),
    ).toBeLessThanOrEqual(1);
    expect(
      Math.abs(seconds(view.stories[0]?.startAt ?? '') - (end - view.totalMs / 1000)),
    ).toBeLessThanOrEqual(1);

    // Reorder and drop.
    const reordered = await call(`/v1/rundowns/${rundown.id}/order`, {
      method: 'PUT',
      token: rundown.operatorToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order: [b.id, a.id] }),
    });
    expect(((await reordered.json()) as typeof view).stories.map((s) => s.id)).toEqual([
      b.id,
      a.id,
    ]);
    const dropped = await call(`/v1/rundowns/${rundown.id}/stories/${b.id}`, {
      method: 'DELETE',
      token: rundown.operatorToken,
    });
    expect(((await dropped.json()) as typeof view).stories.map((s) => s.id)).toEqual([a.id]);
  });

  it('takes a /v1/format JSON body as a story, with its options', async () => {
    const rundown = await createRundown();
    const response = await call(`/v1/rundowns/${rundown.id}/stories`, {
      method: 'POST',
      token: rundown.operatorToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: STORY_A, options: { readRate: 120 } }),
    });
    expect(response.status).toBe(201);
    const slow = (await response.json()) as { durationMs: number };
    const normal = await addStory(rundown, STORY_A);
    expect(slow.durationMs).toBeGreaterThan(normal.durationMs);
  });

  it('refuses control and changes without the operator token (problem+json)', async () => {
    const rundown = await createRundown();
    await addStory(rundown, STORY_A);
    const none = await call(`/v1/rundowns/${rundown.id}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'play' }),
    });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    const talent = await control(rundown, { action: 'play' }, rundown.talentToken);
    expect(talent.status).toBe(403);
    const wrong = await control(rundown, { action: 'play' }, `${rundown.operatorToken}x`);
    expect(wrong.status).toBe(401);
    const add = await call(`/v1/rundowns/${rundown.id}/stories`, {
      method: 'POST',
      token: rundown.talentToken,
      headers: { 'content-type': 'text/plain' },
      body: STORY_B,
    });
    expect(add.status).toBe(403);
    const view = (await (
      await call(`/v1/rundowns/${rundown.id}`, { token: rundown.operatorToken })
    ).json()) as {
      state: { playing: boolean };
      stories: unknown[];
    };
    expect(view.state.playing).toBe(false);
    expect(view.stories).toHaveLength(1);
    // An unknown rundown is a 404, an id that cannot exist too.
    const missing = await call(`/v1/rundowns/${'0'.repeat(64)}`, { token: rundown.operatorToken });
    expect(missing.status).toBe(404);
    expect((await call('/v1/rundowns/nope', { token: 'x' })).status).toBe(404);
  });

  it('answers bad bodies with the right 4xx', async () => {
    const rundown = await createRundown();
    const badCommand = await control(rundown, { action: 'warp' });
    expect(badCommand.status).toBe(422);
    const empty = await call(`/v1/rundowns/${rundown.id}/stories`, {
      method: 'POST',
      token: rundown.operatorToken,
      headers: { 'content-type': 'text/plain' },
      body: '   ',
    });
    expect(empty.status).toBe(422);
    const huge = await call(`/v1/rundowns/${rundown.id}/stories`, {
      method: 'POST',
      token: rundown.operatorToken,
      headers: { 'content-type': 'text/plain' },
      body: `${'Word '.repeat(MAX_STORY_CHARS / 5)}x`,
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { maxChars: number }).maxChars).toBe(MAX_STORY_CHARS);
    const badTime = await call('/v1/rundowns', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endTime: '25:99' }),
    });
    expect(badTime.status).toBe(422);
    const badOrder = await call(`/v1/rundowns/${rundown.id}/order`, {
      method: 'PUT',
      token: rundown.operatorToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order: ['nope'] }),
    });
    expect(badOrder.status).toBe(422);
  });
});

describe('the RundownRoom Durable Object', () => {
  it('runs the state machine: play, speed, jump, next story', async () => {
    const rundown = await createRundown();
    const a = await addStory(rundown, STORY_A);
    const b = await addStory(rundown, STORY_B);
    const played = await (await control(rundown, { action: 'play' })).json();
    expect(played).toMatchObject({
      type: 'state',
      state: { playing: true, story: a.id, block: 0 },
    });
    const faster = (await (await control(rundown, { action: 'faster' })).json()) as {
      state: { speed: number; wpm: number };
    };
    const set = (await (await control(rundown, { action: 'speed', step: 10 })).json()) as {
      state: { speed: number; wpm: number };
    };
    expect(set.state.speed).toBe(10);
    expect(set.state.wpm).toBeLessThan(faster.state.wpm);
    const next = await (await control(rundown, { action: 'next-story' })).json();
    expect(next).toMatchObject({ state: { story: b.id, block: 0, offset: 0 } });
    const jump = await (
      await control(rundown, { action: 'jump', story: a.id, block: 1, offset: 0.5 })
    ).json();
    expect(jump).toMatchObject({ state: { story: a.id, block: 1, offset: 0.5 } });
  });

  it('keeps its stories and state across a restart', async () => {
    const rundown = await createRundown();
    const a = await addStory(rundown, STORY_A);
    await control(rundown, { action: 'jump', story: a.id, block: 1, offset: 0.25 });
    await control(rundown, { action: 'speed', step: 12 });
    const stub = stubOf(rundown);
    const before = await runInDurableObject(stub, (_instance, state) => state.storage.get('state'));
    // Tear the instance down: memory is gone, storage stays.
    await evictDurableObject(stub);
    const after = (await (
      await call(`/v1/rundowns/${rundown.id}`, { token: rundown.talentToken })
    ).json()) as {
      stories: Array<{ id: string }>;
      state: { story: string; block: number; offset: number; speed: number };
    };
    expect(after.stories.map((s) => s.id)).toEqual([a.id]);
    expect(after.state).toMatchObject({ story: a.id, block: 1, offset: 0.25, speed: 12 });
    const reread = await runInDurableObject(stub, (_instance, state) => state.storage.get('state'));
    expect(reread).toEqual(before);
    // The tokens still work after the restart, and only their hashes were stored.
    const meta = await runInDurableObject(stub, (_instance, state) =>
      state.storage.get<Record<string, string>>('meta'),
    );
    expect(JSON.stringify(meta)).not.toContain(rundown.operatorToken);
    expect((await control(rundown, { action: 'play' })).status).toBe(200);
  });

  it('keeps its screens across an eviction (hibernated sockets wake it with its state)', async () => {
    const rundown = await createRundown();
    const a = await addStory(rundown, STORY_A);
    await control(rundown, { action: 'jump', story: a.id, block: 1, offset: 0.75 });
    const screen = await openSocket(rundown, rundown.talentToken);
    await until(() => screen.messages.find((m) => m.type === 'script'), 'script');
    await evictDurableObject(stubOf(rundown)); // hibernates the socket, drops the instance
    screen.ws?.send(JSON.stringify({ type: 'ping', t: 7 }));
    const pong = await until(() => screen.messages.find((m) => m.type === 'pong'), 'pong');
    expect(pong).toMatchObject({ t: 7, state: { story: a.id, block: 1, offset: 0.75 } });
    // The woken object still knows the socket's role: a talent command is refused.
    screen.ws?.send(JSON.stringify({ type: 'command', command: { action: 'play' } }));
    await until(() => screen.messages.find((m) => m.type === 'error'), 'refusal');
    screen.ws?.close();
  });

  it('joins screens by WebSocket: talent reads, operator controls, no token no socket', async () => {
    const rundown = await createRundown();
    const a = await addStory(rundown, STORY_A);
    const noToken = await call(`/v1/rundowns/${rundown.id}/ws`, {
      headers: { upgrade: 'websocket' },
    });
    expect(noToken.status).toBe(401);
    expect(noToken.webSocket).toBeNull();

    const talent = await openSocket(rundown, rundown.talentToken);
    const operator = await openSocket(rundown, rundown.operatorToken);
    const script = await until(() => talent.messages.find((m) => m.type === 'script'), 'script');
    expect((script.stories as Array<{ id: string }>)[0]?.id).toBe(a.id);

    talent.ws?.send(JSON.stringify({ type: 'command', command: { action: 'play' } }));
    await until(() => talent.messages.find((m) => m.type === 'error'), 'talent refused');

    operator.ws?.send(JSON.stringify({ type: 'command', command: { action: 'play' } }));
    const state = await until(
      () =>
        talent.messages.find(
          (m) => m.type === 'state' && (m.state as { playing: boolean }).playing,
        ),
      'state on the talent socket',
    );
    expect(state.state).toMatchObject({ story: a.id, playing: true });
    // Only the operator's command played it.
    expect(talent.messages.filter((m) => m.type === 'state')).toHaveLength(1);
    talent.ws?.close();
    operator.ws?.close();
  });

  it(`limits screens to ${MAX_SCREENS} and closes a flooding screen with ${CLOSE.rateLimited}`, async () => {
    const rundown = await createRundown();
    await addStory(rundown, STORY_A);
    const screens = [];
    for (let i = 0; i < MAX_SCREENS; i++)
      screens.push(await openSocket(rundown, rundown.talentToken));
    const extra = await openSocket(rundown, rundown.talentToken);
    const refused = await extra.closed;
    expect(refused.code).toBe(CLOSE.tooManyScreens);
    expect(refused.reason).toContain('too many screens');

    const flood = screens[0];
    for (let i = 0; i < MESSAGE_RATE.capacity + 10; i++) {
      flood?.ws?.send(JSON.stringify({ type: 'ping', t: i }));
    }
    const closed = await flood?.closed;
    expect(closed?.code).toBe(CLOSE.rateLimited);
    expect(closed?.reason).toContain('too many messages');
    // A message over the size limit closes its screen too.
    const big = screens[2];
    big?.ws?.send(JSON.stringify({ type: 'ping', t: 'x'.repeat(MAX_MESSAGE_BYTES) }));
    expect((await big?.closed)?.code).toBe(CLOSE.tooLarge);
    // The others are still served.
    const other = screens[1];
    other?.ws?.send(JSON.stringify({ type: 'ping', t: 1 }));
    await until(() => other?.messages.find((m) => m.type === 'pong'), 'pong');
    for (const screen of screens) screen.ws?.close();
  });

  it(`holds at most ${MAX_STORIES} stories`, async () => {
    const rundown = await createRundown();
    for (let i = 0; i < MAX_STORIES; i++) await addStory(rundown, `Story number ${i + 1}.`);
    const over = await call(`/v1/rundowns/${rundown.id}/stories`, {
      method: 'POST',
      token: rundown.operatorToken,
      headers: { 'content-type': 'text/plain' },
      body: 'One too many.',
    });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { detail: string }).detail).toContain(`${MAX_STORIES} stories`);
  });

  it('keeps the current words when the current story is edited on air', async () => {
    const rundown = await createRundown();
    const a = await addStory(rundown, STORY_A);
    await control(rundown, { action: 'jump', story: a.id, block: 1, offset: 0.5 });
    const edited = `A new first paragraph arrives.\n\n${STORY_A}`;
    const response = await call(`/v1/rundowns/${rundown.id}/stories/${a.id}`, {
      method: 'PUT',
      token: rundown.operatorToken,
      headers: { 'content-type': 'text/plain' },
      body: edited,
    });
    expect(response.status).toBe(200);
    const view = (await (
      await call(`/v1/rundowns/${rundown.id}`, { token: rundown.talentToken })
    ).json()) as {
      state: { story: string; block: number; offset: number };
    };
    // The block that was at the eye-line moved down one place; the fraction is the same.
    expect(view.state).toMatchObject({ story: a.id, block: 2, offset: 0.5 });
  });
});
