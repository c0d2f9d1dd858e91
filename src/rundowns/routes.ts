/**
 * Rundowns at the edge: the API under `/v1/rundowns` and the pages under `/rundowns`. Each
 * rundown is one `RundownRoom` Durable Object; these handlers read the request, render stories
 * through the one pipeline, and pass the capability token on, which the object checks.
 *
 *   POST   /v1/rundowns                          create → operator and talent tokens, links
 *   GET    /v1/rundowns/:id                      stories, read times, back-time, state
 *   PATCH  /v1/rundowns/:id                      name, air date, end time (operator)
 *   POST   /v1/rundowns/:id/stories              add a story: a /v1/format body, or {"cmsStory": id}
 *   PUT    /v1/rundowns/:id/stories/:story       replace a story's text (on air too)
 *   DELETE /v1/rundowns/:id/stories/:story       drop a story
 *   PUT    /v1/rundowns/:id/order                {"order": [ids]}
 *   POST   /v1/rundowns/:id/control              a prompter command (operator)
 *   GET    /v1/rundowns/:id/ws?token=…           a screen's WebSocket
 *
 * Tokens come as `Authorization: Bearer <token>` or `?token=`; pages carry them in the URL's
 * fragment (`#token=…`), which browsers never send to a server.
 */
import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { bodyLimit } from '../edge/body-limit.ts';
import type { AppEnv } from '../edge/env.ts';
import { HttpError, type ProblemSlug } from '../edge/errors.ts';
import { invalidOptions, parseOptions } from '../edge/options.ts';
import { rateLimit } from '../edge/rate-limit.ts';
import { decodeText, parseSubmission } from '../http/request.ts';
import { type RundownPageName, renderRundownPage } from './pages.ts';
import {
  isRoomError,
  type RoomError,
  type RundownRoom,
  type RundownView,
  type StoryInput,
} from './room.ts';
import { rundownSchemas } from './schemas.ts';
import { storyFromText } from './story.ts';

type RundownContext = Context<AppEnv>;

/**
 * Most characters of story text (about three hours of reading). A story is stored whole, with its
 * rendered blocks, as one value of the rundown's storage, which holds at most 2 MB a value.
 */
export const MAX_STORY_CHARS = 200_000;

const ID = /^[0-9a-f]{64}$/;

/** The binding, typed with the class (src/bindings.ts leaves it untyped to keep out of rundowns/). */
function rundowns(c: RundownContext): DurableObjectNamespace<RundownRoom> | undefined {
  return c.env.RUNDOWNS as DurableObjectNamespace<RundownRoom> | undefined;
}

function roomFor(c: RundownContext) {
  const namespace = rundowns(c);
  if (!namespace) {
    throw new HttpError('not-configured', 'Rundowns are not configured (binding RUNDOWNS).', {
      extensions: { setting: 'RUNDOWNS' },
    });
  }
  const id = c.req.param('id') ?? '';
  let objectId: DurableObjectId | null = null;
  try {
    if (ID.test(id)) objectId = namespace.idFromString(id);
  } catch {
    // Well-formed but not an id of this namespace: nothing is there.
  }
  if (!objectId) throw new HttpError('not-found', `There is no rundown ${id.slice(0, 80)}.`);
  return namespace.get(objectId);
}

/** The capability sent with the request: a Bearer token, else `?token=`. */
function tokenOf(c: RundownContext): string | null {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1] ?? c.req.query('token') ?? null;
}

const ROOM_SLUGS: Readonly<Record<RoomError['error'], ProblemSlug>> = {
  'not-found': 'not-found',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'invalid-options': 'invalid-options',
  'payload-too-large': 'payload-too-large',
};

/** The object's answer as JSON, or its error as problem+json. */
function answer<T>(c: RundownContext, result: T | RoomError, status: 200 | 201 = 200): Response {
  if (isRoomError(result)) {
    const headers: Record<string, string> =
      result.error === 'unauthorized' ? { 'www-authenticate': 'Bearer realm="rundown"' } : {};
    throw new HttpError(ROOM_SLUGS[result.error], result.detail, { headers });
  }
  return c.json(result as object, status, { 'cache-control': 'no-store' });
}

function jsonBody(c: RundownContext): unknown {
  const body = c.get('body');
  if (body.byteLength === 0) return {};
  const media = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (media !== 'application/json') {
    throw new HttpError('unsupported-media-type', 'Send application/json.');
  }
  try {
    return JSON.parse(decodeText(body));
  } catch (cause) {
    if (cause instanceof HttpError) throw cause;
    throw new HttpError('malformed-request', 'The JSON body does not parse.', { cause });
  }
}

const ALLOWED: Readonly<Record<string, string>> = {
  name: '1 to 200 characters',
  airDate: 'a date YYYY-MM-DD, or null',
  endTime: 'a time HH:MM or HH:MM:SS, or null',
  order: 'every story id of the rundown, once each',
  cmsStory: 'a stored CMS story id (letters, digits, ".", "_", "-")',
};

/** A body that does not match its schema: `invalid-options`, each field named. */
function invalid(error: z.core.$ZodError, input: unknown): HttpError {
  return invalidOptions(
    error.issues.map((issue) => {
      const record =
        typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
      const unknown = issue.code === 'unrecognized_keys';
      const key = unknown ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
      const field = unknown ? issue.keys.join(', ') : issue.path.map(String).join('.') || 'body';
      const value = key in record ? record[key] : input;
      return {
        field,
        value,
        allowed: ALLOWED[key] ?? `one of: ${Object.keys(ALLOWED).join(', ')}`,
        message: issue.message,
      };
    }),
  );
}

/** The page links of a rundown, tokens in the fragment. */
function links(c: RundownContext, id: string, operatorToken: string, talentToken: string) {
  const base = new URL(c.req.url).origin;
  return {
    manage: `${base}/rundowns/${id}#token=${operatorToken}`,
    operator: `${base}/rundowns/${id}/operator#token=${operatorToken}`,
    remote: `${base}/rundowns/${id}/remote#token=${operatorToken}`,
    talent: `${base}/rundowns/${id}/talent#token=${talentToken}`,
  };
}

async function create(c: RundownContext): Promise<Response> {
  const body = jsonBody(c) ?? {};
  const parsed = rundownSchemas().settingsPatch.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error, body);
  const namespace = rundowns(c);
  if (!namespace) {
    throw new HttpError('not-configured', 'Rundowns are not configured (binding RUNDOWNS).', {
      extensions: { setting: 'RUNDOWNS' },
    });
  }
  const id = namespace.newUniqueId();
  const settings = {
    name: parsed.data.name ?? 'Rundown',
    airDate: parsed.data.airDate ?? null,
    endTime: parsed.data.endTime ?? null,
  };
  const result = await namespace.get(id).create(settings);
  if (isRoomError(result)) return answer(c, result);
  const hex = id.toString();
  return c.json(
    {
      id: hex,
      ...settings,
      operatorToken: result.operatorToken,
      talentToken: result.talentToken,
      links: links(c, hex, result.operatorToken, result.talentToken),
      websocket: `/v1/rundowns/${hex}/ws?token=<operatorToken or talentToken>`,
    },
    201,
    { 'cache-control': 'no-store', location: `/v1/rundowns/${hex}` },
  );
}

/** A story from a `/v1/format` body (any of its content types), rendered here. */
async function storyInput(c: RundownContext): Promise<StoryInput> {
  const url = new URL(c.req.url);
  url.searchParams.delete('token');
  const submission = await parseSubmission(c.get('body'), c.req.header('content-type'), url);
  const options = parseOptions(submission.optionStrings, submission.optionJson);
  if (submission.text.trim() === '') {
    throw new HttpError('empty-text', 'The story is empty: send some text.');
  }
  if (submission.text.length > MAX_STORY_CHARS) {
    throw new HttpError(
      'payload-too-large',
      `A rundown story holds at most ${MAX_STORY_CHARS} characters.`,
      { extensions: { maxChars: MAX_STORY_CHARS } },
    );
  }
  const story = storyFromText(submission.text, submission.inputFormat, options);
  if (story.blocks.length === 0)
    throw new HttpError('empty-text', 'The story has no text to read.');
  return {
    ...story,
    source: { kind: 'text' },
    text: submission.text,
    inputFormat: submission.inputFormat,
    options: { ...submission.optionJson },
  };
}

/** Stories are rendered only for the operator: a wrong token costs no pipeline run. */
async function mustOperate(c: RundownContext, room: ReturnType<typeof roomFor>): Promise<void> {
  const view = (await room.describe(tokenOf(c))) as RundownView | RoomError;
  if (isRoomError(view)) answer(c, view);
  else if (view.role !== 'operator') {
    throw new HttpError(
      'forbidden',
      'The talent link is read-only: this needs the operator token.',
    );
  }
}

/** `{"cmsStory": "id"}`: a story the CMS webhook stored, or null for any other body. */
function cmsStoryId(c: RundownContext): string | null {
  const media = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (media !== 'application/json') return null;
  let json: unknown;
  try {
    json = JSON.parse(decodeText(c.get('body')));
  } catch {
    return null; // parseSubmission answers the parse error
  }
  if (typeof json !== 'object' || json === null || !('cmsStory' in json)) return null;
  const parsed = rundownSchemas().cmsStory.safeParse(json);
  if (!parsed.success) throw invalid(parsed.error, json);
  return parsed.data.cmsStory;
}

/**
 * The rundown routes and pages, as a Hono sub-app for the entry to mount.
 *
 * @example app.route('/', rundownRoutes);
 */
export function createRundownRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // Creating a rundown (a new Durable Object) and rendering a story cost what /v1/format costs:
  // each client address gets its share of the same limiter.
  const createLimit = rateLimit<AppEnv>({
    binding: (env) => env.FORMAT_LIMITER,
    prefix: 'rundown-create',
  });
  const storyLimit = rateLimit<AppEnv>({
    binding: (env) => env.FORMAT_LIMITER,
    prefix: 'rundown-story',
  });

  routes.post('/v1/rundowns', createLimit, bodyLimit(), create);
  routes.get('/v1/rundowns/:id', async (c) => answer(c, await roomFor(c).describe(tokenOf(c))));
  routes.patch('/v1/rundowns/:id', bodyLimit(), async (c) => {
    const body = jsonBody(c);
    const parsed = rundownSchemas().settingsPatch.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error, body);
    return answer(c, await roomFor(c).update(tokenOf(c), parsed.data));
  });
  routes.post('/v1/rundowns/:id/stories', storyLimit, bodyLimit(), async (c) => {
    const room = roomFor(c);
    const cms = cmsStoryId(c);
    if (cms !== null) return answer(c, await room.addCmsStory(tokenOf(c), cms), 201);
    await mustOperate(c, room);
    return answer(c, await room.addStory(tokenOf(c), await storyInput(c)), 201);
  });
  routes.put('/v1/rundowns/:id/stories/:story', storyLimit, bodyLimit(), async (c) => {
    const room = roomFor(c);
    await mustOperate(c, room);
    return answer(
      c,
      await room.replaceStory(tokenOf(c), c.req.param('story'), await storyInput(c)),
    );
  });
  routes.delete('/v1/rundowns/:id/stories/:story', async (c) =>
    answer(c, await roomFor(c).removeStory(tokenOf(c), c.req.param('story'))),
  );
  routes.put('/v1/rundowns/:id/order', bodyLimit(), async (c) => {
    const body = jsonBody(c);
    const parsed = rundownSchemas().order.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error, body);
    return answer(c, await roomFor(c).reorder(tokenOf(c), parsed.data.order));
  });
  routes.post('/v1/rundowns/:id/control', bodyLimit({ maxBytes: 4096 }), async (c) =>
    answer(c, await roomFor(c).control(tokenOf(c), jsonBody(c))),
  );
  routes.get('/v1/rundowns/:id/ws', async (c) => {
    const room = roomFor(c);
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
      throw new HttpError('malformed-request', 'This URL takes a WebSocket upgrade.');
    }
    const response = await room.fetch(c.req.raw);
    // A fresh response: the edge's middleware adds its headers to it afterwards.
    if (response.status === 101) {
      return new Response(null, { status: 101, webSocket: response.webSocket });
    }
    const problem = (await response.json()) as RoomError;
    return answer(c, problem);
  });

  const page = (name: RundownPageName) => (c: RundownContext) => {
    const id = c.req.param('id') ?? '';
    if (name !== 'new' && !ID.test(id)) {
      throw new HttpError('not-found', `There is no rundown ${id.slice(0, 80)}.`);
    }
    return c.html(renderRundownPage(name, { id, nonce: c.get('nonce') }), 200, {
      'cache-control': 'no-store',
    });
  };
  routes.get('/rundowns', page('new'));
  routes.get('/rundowns/:id', page('manage'));
  routes.get('/rundowns/:id/talent', page('talent'));
  routes.get('/rundowns/:id/operator', page('operator'));
  routes.get('/rundowns/:id/remote', page('remote'));
  return routes;
}

export const rundownRoutes = createRundownRoutes();
