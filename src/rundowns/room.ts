/**
 * One Durable Object per rundown (`RundownRoom`, SQLite-backed): the stories, the one
 * authoritative prompter state, and every screen's WebSocket (Hibernation API: the object may
 * sleep between messages; sockets keep their role in their tags and attachment).
 *
 * This is the thin shell around the pure modules: state.ts (positions, commands, limits) and
 * story.ts (what a story shows). Every change is written to storage before it is broadcast.
 */
import { DurableObject } from 'cloudflare:workers';
import type { Env } from '../bindings.ts';
import { CMS_POLL_MS, loadCmsStory } from './cms.ts';
import type { PrompterStateView, RundownSettings, RundownView, StorySummary } from './schemas.ts';
import {
  applyCommand,
  type Bucket,
  backTimes,
  type Command,
  initialState,
  type PlayState,
  parseCommand,
  type RateLimit,
  type RundownScript,
  rescript,
  speedWpm,
  takeToken,
} from './state.ts';
import { type RundownStory, toScript } from './story.ts';

/** Most stories a rundown holds. */
export const MAX_STORIES = 100;
/** Most screens (WebSockets, every role) joined to one rundown at once. */
export const MAX_SCREENS = 16;
/** Messages a screen may send: a burst of 30, then 15 a second. */
export const MESSAGE_RATE: RateLimit = { capacity: 30, perSecond: 15 };
/** Largest message a screen may send, in bytes. */
export const MAX_MESSAGE_BYTES = 4096;

/** WebSocket close codes (4000-4999 are the application's own). */
export const CLOSE = {
  /** The rundown already has MAX_SCREENS screens. */
  tooManyScreens: 4409,
  /** The screen sent messages faster than MESSAGE_RATE. */
  rateLimited: 4429,
  /** A message over MAX_MESSAGE_BYTES. */
  tooLarge: 4413,
} as const;

export type Role = 'operator' | 'talent';

export interface RundownMeta {
  name: string;
  airDate: string | null;
  /** Wall-clock end time `HH:MM:SS` the rundown is back-timed to, or null. */
  endTime: string | null;
  operatorHash: string;
  talentHash: string;
  /** The talent capability itself (read-only), so operators can hand out talent links again. */
  talentToken: string;
  createdAt: string;
}

export type { RundownSettings, RundownView, StorySummary } from './schemas.ts';

/** A story as sent for adding or replacing (already rendered by the Worker). */
export type StoryInput = Omit<RundownStory, 'id'>;

/** The error an RPC call answers with, for the Worker to turn into problem+json. */
export interface RoomError {
  error: 'not-found' | 'unauthorized' | 'forbidden' | 'invalid-options' | 'payload-too-large';
  detail: string;
}

/** What screens receive. `elapsedMs` is how long ago the anchor was taken, on the object's clock. */
export interface StateMessage {
  type: 'state';
  state: PrompterStateView;
  elapsedMs: number;
  version: number;
}

interface Attachment {
  role: Role;
  bucket: Bucket | null;
}

const STORY_PREFIX = 'story:';

function isError(value: unknown): value is RoomError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export { isError as isRoomError };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two equal-length hex digests without stopping at the first difference. */
function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** 256 random bits, base64url: an operator or talent capability. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** `HH:MM:SS` of ms after midnight (wrapping over days). */
export function clockOf(ms: number): string {
  const day = 86_400_000;
  const t = Math.round((((ms % day) + day) % day) / 1000);
  const h = Math.floor(t / 3600) % 24;
  const m = Math.floor(t / 60) % 60;
  const s = t % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Ms after midnight of `HH:MM[:SS]`. */
export function clockMs(clock: string): number {
  const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
  return ((h * 60 + m) * 60 + s) * 1000;
}

export class RundownRoom extends DurableObject<Env> {
  private meta: RundownMeta | null = null;
  private stories: RundownStory[] = [];
  /** What the state machine needs of the stories, kept with them (a command does not rebuild it). */
  private script: RundownScript = [];
  private state: PlayState = initialState([], 0);
  private version = 0;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Runs again after every hibernation or restart: the state comes back from storage.
    void ctx.blockConcurrencyWhile(() => this.load());
  }

  private async load(): Promise<void> {
    const storage = this.ctx.storage;
    this.meta = (await storage.get<RundownMeta>('meta')) ?? null;
    const order = (await storage.get<string[]>('order')) ?? [];
    const stored = await storage.list<RundownStory>({ prefix: STORY_PREFIX });
    this.stories = order
      .map((id) => stored.get(STORY_PREFIX + id))
      .filter((story): story is RundownStory => story !== undefined);
    this.script = toScript(this.stories);
    this.state = (await storage.get<PlayState>('state')) ?? initialState([], Date.now());
    this.version = (await storage.get<number>('version')) ?? 0;
  }

  /** Creates the rundown; answers the two capabilities once (only their hashes are kept). */
  async create(
    settings: RundownSettings,
  ): Promise<{ operatorToken: string; talentToken: string } | RoomError> {
    if (this.meta) return { error: 'forbidden', detail: 'This rundown exists already.' };
    const operatorToken = newToken();
    const talentToken = newToken();
    this.meta = {
      ...settings,
      operatorHash: await sha256Hex(operatorToken),
      talentHash: await sha256Hex(talentToken),
      talentToken,
      createdAt: new Date().toISOString(),
    };
    this.state = initialState([], Date.now());
    await this.ctx.storage.put({ meta: this.meta, order: [], state: this.state, version: 0 });
    return { operatorToken, talentToken };
  }

  /** The role a token grants: its SHA-256 compared with the stored ones in constant time. */
  private async roleOf(token: string | null): Promise<Role | null> {
    if (!this.meta || !token) return null;
    const hash = await sha256Hex(token);
    // Both comparisons always run, so the timing does not tell which one matched.
    const operator = sameDigest(hash, this.meta.operatorHash);
    const talent = sameDigest(hash, this.meta.talentHash);
    return operator ? 'operator' : talent ? 'talent' : null;
  }

  private async allow(token: string | null, need: Role): Promise<Role | RoomError> {
    if (!this.meta) return { error: 'not-found', detail: 'There is no such rundown.' };
    const role = await this.roleOf(token);
    if (role === null) {
      return { error: 'unauthorized', detail: 'This rundown needs its operator or talent token.' };
    }
    if (need === 'operator' && role !== 'operator') {
      return {
        error: 'forbidden',
        detail: 'The talent link is read-only: control needs the operator token.',
      };
    }
    return role;
  }

  async describe(token: string | null): Promise<RundownView | RoomError> {
    const role = await this.allow(token, 'talent');
    if (isError(role)) return role;
    return this.view(role);
  }

  private view(role: Role): RundownView {
    const meta = this.meta as RundownMeta;
    const durations = this.stories.map((story) => story.durationMs);
    const starts = meta.endTime ? backTimes(durations, clockMs(meta.endTime)) : null;
    return {
      name: meta.name,
      airDate: meta.airDate,
      endTime: meta.endTime,
      role,
      totalMs: durations.reduce((a, b) => a + b, 0),
      startAt: starts && starts.length > 0 ? clockOf(starts[0] ?? 0) : null,
      stories: this.stories.map((story, i) => ({
        id: story.id,
        title: story.title,
        slug: story.slug,
        durationMs: story.durationMs,
        blocks: story.blocks.length,
        source: story.source,
        startAt: starts ? clockOf(starts[i] ?? 0) : null,
        ...(role === 'operator'
          ? { text: story.text, input: story.inputFormat, options: story.options }
          : {}),
      })),
      state: this.stateMessage(Date.now()).state,
      ...(role === 'operator' ? { talentToken: meta.talentToken } : {}),
    };
  }

  async update(
    token: string | null,
    settings: Partial<RundownSettings>,
  ): Promise<RundownView | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    this.meta = { ...(this.meta as RundownMeta), ...settings };
    await this.ctx.storage.put('meta', this.meta);
    this.broadcastScript();
    return this.view(role);
  }

  async addStory(token: string | null, input: StoryInput): Promise<StorySummary | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    if (this.stories.length >= MAX_STORIES) {
      return {
        error: 'invalid-options',
        detail: `A rundown holds at most ${MAX_STORIES} stories.`,
      };
    }
    const story: RundownStory = { ...input, id: crypto.randomUUID().slice(0, 8) };
    await this.changeStories([...this.stories, story], [story]);
    return this.summary(story.id);
  }

  /** Adds CMS story `storyId` (its latest revision) and follows its new revisions. */
  async addCmsStory(token: string | null, storyId: string): Promise<StorySummary | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    const bucket = this.env.SCRIPTS;
    if (!bucket)
      return { error: 'invalid-options', detail: 'CMS story storage is not configured.' };
    const input = await loadCmsStory(bucket, storyId);
    if (input === null) {
      return { error: 'not-found', detail: `CMS story ${storyId} has no stored revision.` };
    }
    if (typeof input === 'string') return { error: 'invalid-options', detail: input };
    const result = await this.addStory(token, input);
    if (!(await this.ctx.storage.getAlarm())) {
      await this.ctx.storage.setAlarm(Date.now() + CMS_POLL_MS);
    }
    return result;
  }

  /** Looks for new revisions of the CMS stories; keeps looking while there are any. */
  override async alarm(): Promise<void> {
    const bucket = this.env.SCRIPTS;
    const cms = this.stories.filter((story) => story.source.kind === 'cms');
    if (!bucket || cms.length === 0) return;
    for (const story of cms) {
      if (story.source.kind !== 'cms') continue;
      try {
        const input = await loadCmsStory(bucket, story.source.storyId, story.source.revision);
        if (input === null || typeof input === 'string') continue;
        const index = this.stories.findIndex((s) => s.id === story.id);
        if (index === -1) continue;
        const next: RundownStory = { ...input, id: story.id };
        await this.changeStories(this.stories.with(index, next), [next]);
      } catch (error) {
        console.error('rundowns: reading a CMS story failed', story.source.storyId, error);
      }
    }
    await this.ctx.storage.setAlarm(Date.now() + CMS_POLL_MS);
  }

  async replaceStory(
    token: string | null,
    id: string,
    input: StoryInput,
  ): Promise<StorySummary | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    const index = this.stories.findIndex((story) => story.id === id);
    if (index === -1) return { error: 'not-found', detail: `The rundown has no story ${id}.` };
    const story: RundownStory = { ...input, id };
    await this.changeStories(this.stories.with(index, story), [story]);
    return this.summary(id);
  }

  async removeStory(token: string | null, id: string): Promise<RundownView | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    if (!this.stories.some((story) => story.id === id)) {
      return { error: 'not-found', detail: `The rundown has no story ${id}.` };
    }
    await this.changeStories(
      this.stories.filter((story) => story.id !== id),
      [],
      [id],
    );
    return this.view(role);
  }

  async reorder(token: string | null, order: string[]): Promise<RundownView | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    const byId = new Map(this.stories.map((story) => [story.id, story]));
    const unique = new Set(order);
    if (
      unique.size !== order.length ||
      order.length !== byId.size ||
      !order.every((id) => byId.has(id))
    ) {
      return {
        error: 'invalid-options',
        detail: 'order must list every story id of the rundown exactly once.',
      };
    }
    await this.changeStories(
      order.map((id) => byId.get(id) as RundownStory),
      [],
    );
    return this.view(role);
  }

  async control(token: string | null, command: unknown): Promise<StateMessage | RoomError> {
    const role = await this.allow(token, 'operator');
    if (isError(role)) return role;
    const parsed = parseCommand(command);
    if (!parsed) return { error: 'invalid-options', detail: 'Not a prompter command.' };
    await this.apply(parsed);
    return this.stateMessage(Date.now());
  }

  /** The stories changed: place the state on the same words, store, tell every screen. */
  private async changeStories(
    next: RundownStory[],
    written: RundownStory[],
    removed: string[] = [],
  ): Promise<void> {
    const now = Date.now();
    const wasEmpty = this.state.story === null;
    const script = toScript(next);
    this.state = rescript(this.state, this.script, script, now);
    if (wasEmpty) this.state = { ...this.state, playing: false };
    this.stories = next;
    this.script = script;
    this.version += 1;
    const entries: Record<string, unknown> = {
      order: next.map((story) => story.id),
      state: this.state,
      version: this.version,
    };
    for (const story of written) entries[STORY_PREFIX + story.id] = story;
    await this.ctx.storage.put(entries);
    if (removed.length > 0) await this.ctx.storage.delete(removed.map((id) => STORY_PREFIX + id));
    this.broadcastScript();
  }

  private async apply(command: Command): Promise<void> {
    this.state = applyCommand(this.state, this.script, command, Date.now());
    // Written at once, but the screens are not held until the disk confirms the write (the output
    // gate would hold every speed change for an fsync, which a loaded machine makes slow): a
    // command lost to a crash within those milliseconds costs one jump when the screens rejoin;
    // a held command costs every screen a late reaction on air. Story changes stay confirmed.
    await this.ctx.storage.put('state', this.state, { allowUnconfirmed: true });
    this.broadcast(JSON.stringify(this.stateMessage(Date.now())));
  }

  private summary(id: string): StorySummary {
    return this.view('operator').stories.find((story) => story.id === id) as StorySummary;
  }

  private stateMessage(now: number): StateMessage {
    const { changedAt, ...rest } = this.state;
    return {
      type: 'state',
      state: { ...rest, wpm: speedWpm(rest.speed) },
      elapsedMs: Math.max(0, now - changedAt),
      version: this.version,
    };
  }

  /** The whole script and the state in one message, so a screen re-renders and re-places at once. */
  private scriptMessage(): string {
    const meta = this.meta as RundownMeta;
    return JSON.stringify({
      ...this.stateMessage(Date.now()),
      type: 'script',
      name: meta.name,
      airDate: meta.airDate,
      endTime: meta.endTime,
      stories: this.stories.map((story) => ({
        id: story.id,
        title: story.title,
        slug: story.slug,
        durationMs: story.durationMs,
        blocks: story.blocks,
      })),
    });
  }

  private broadcastScript(): void {
    this.broadcast(this.scriptMessage());
  }

  private broadcast(message: string): void {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(message);
      } catch {
        // A socket closing right now; its close handler cleans up.
      }
    }
  }

  /** `GET /v1/rundowns/:id/ws?token=…` forwarded by the Worker: joins a screen. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') {
      return new Response('expected a WebSocket upgrade', { status: 426 });
    }
    const token = new URL(request.url).searchParams.get('token');
    const role = await this.allow(token, 'talent');
    if (isError(role)) {
      const status = role.error === 'not-found' ? 404 : 401;
      return Response.json(role, { status });
    }
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.ctx.acceptWebSocket(server, [role]);
    const attachment: Attachment = { role, bucket: null };
    server.serializeAttachment(attachment);
    // Counted after accepting, so two screens joining at once cannot both pass the limit.
    if (this.ctx.getWebSockets().length > MAX_SCREENS) {
      server.close(
        CLOSE.tooManyScreens,
        `too many screens: a rundown takes at most ${MAX_SCREENS}`,
      );
    } else {
      server.send(JSON.stringify({ type: 'hello', role, maxScreens: MAX_SCREENS }));
      server.send(this.scriptMessage());
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const attachment = (ws.deserializeAttachment() as Attachment | null) ?? {
      role: 'talent',
      bucket: null,
    };
    const now = Date.now();
    const taken = takeToken(attachment.bucket, MESSAGE_RATE, now);
    ws.serializeAttachment({ ...attachment, bucket: taken.bucket } satisfies Attachment);
    if (!taken.ok) {
      ws.close(CLOSE.rateLimited, `too many messages: at most ${MESSAGE_RATE.perSecond} a second`);
      return;
    }
    const size = typeof message === 'string' ? message.length : message.byteLength;
    if (size > MAX_MESSAGE_BYTES) {
      ws.close(CLOSE.tooLarge, `message too large: at most ${MAX_MESSAGE_BYTES} bytes`);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(typeof message === 'string' ? message : new TextDecoder().decode(message));
    } catch {
      ws.send(JSON.stringify({ type: 'error', detail: 'Messages are JSON.' }));
      return;
    }
    const record = (typeof data === 'object' && data !== null ? data : {}) as Record<
      string,
      unknown
    >;
    if (record.type === 'ping') {
      ws.send(JSON.stringify({ ...this.stateMessage(now), type: 'pong', t: record.t }));
      return;
    }
    if (record.type === 'sync') {
      ws.send(this.scriptMessage());
      return;
    }
    if (record.type === 'command') {
      if (attachment.role !== 'operator') {
        ws.send(
          JSON.stringify({
            type: 'error',
            detail: 'The talent link is read-only: control needs the operator token.',
          }),
        );
        return;
      }
      const command = parseCommand(record.command);
      if (!command) {
        ws.send(JSON.stringify({ type: 'error', detail: 'Not a prompter command.' }));
        return;
      }
      await this.apply(command);
      return;
    }
    ws.send(JSON.stringify({ type: 'error', detail: 'Unknown message type.' }));
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      // 1005/1006 cannot be sent back; answer a plain close.
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }
}
