/**
 * The rundown pages' script (bundled into the `rundown.js` partial by scripts/build-templates.mjs;
 * `templates/rundown.html.mustache` includes it): create, manage, and the live views (talent,
 * operator, remote). The page's `data-config` (JSON, escaped by the server) says which view this
 * is and carries the keymap, speed steps and display defaults.
 *
 * The capability is in the URL fragment (#token=…), never sent to the server as part of the page
 * URL. Every piece of story text is placed with textContent. Live views hold the authoritative
 * state the rundown's Durable Object sends (an anchor: story, block, fraction, speed, playing,
 * and how long ago it was taken) and extrapolate the position every frame; nothing is sent per
 * frame. The extrapolation is src/rundowns/state.ts (positionAt) transcribed.
 */

import type { PrompterStateView, RundownView, StorySummary } from '../rundowns/schemas.ts';

type View = 'new' | 'manage' | 'talent' | 'operator' | 'remote';

interface Display {
  fontSize: number;
  margin: number;
  eyeline: number;
  mirror: boolean;
  flip: boolean;
  uppercase: boolean;
  marker: boolean;
}

type NumberSetting = 'fontSize' | 'margin' | 'eyeline';
type FlagSetting = 'mirror' | 'flip' | 'uppercase' | 'marker';

/** `data-config` of the page (src/rundowns/pages.ts). */
interface Config {
  view: View;
  id: string;
  /** Key (`event.key`, one character lower-cased) → action name. */
  keymap: Record<string, string>;
  speedMax: number;
  speedDefault: number;
  maxScreens: number;
  close: { tooManyScreens: number; rateLimited: number };
  display: Display;
}

/** The play state a screen receives (StateMessage in src/rundowns/room.ts). */
type Anchor = PrompterStateView;

interface StateMessage {
  type: 'state' | 'pong' | 'script';
  state: Anchor;
  elapsedMs: number;
  version: number;
}

interface ScriptBlockView {
  segment: string;
  mode: string;
  marker: string | null;
  cue: string | null;
  cueLines: string[];
  text: string | null;
  bite: string | null;
  units: number;
  durationMs: number;
}

interface ScriptStoryView {
  id: string;
  title: string | null;
  slug: string;
  durationMs: number;
  blocks: ScriptBlockView[];
}

interface ScriptMessage extends StateMessage {
  type: 'script';
  name: string;
  airDate: string | null;
  endTime: string | null;
  stories: ScriptStoryView[];
}

type ServerMessage =
  | { type: 'hello'; role: string }
  | ScriptMessage
  | (StateMessage & { type: 'state' | 'pong' })
  | { type: 'error'; detail: string };

/** One line box of a block: characters c0 to c1 of what the block shows, at y, h high. */
interface LineBox {
  c0: number;
  c1: number;
  y: number;
  h: number;
}

/** A block of the rundown, in order. Only screens have `el` and the measured fields. */
interface FlatBlock {
  story: string;
  index: number;
  units: number;
  ms: number;
  /** Reading units before this block in the rundown. */
  start: number;
  el?: HTMLElement;
  top?: number;
  height?: number;
  chars?: number;
  lines?: LineBox[];
}

interface Diagnostics {
  view: View;
  connected: boolean;
  joins: number;
  version: number;
  state: Anchor | null;
  position: { story: string; block: number; offset: number } | null;
  lastStateAt: number;
  lastSentAt: number;
  socket: WebSocket | null;
  role: string | null;
  errors: string[];
}

declare global {
  interface Window {
    /** Diagnostics for people and tests: connection, last state, position on the eye-line. */
    scriptdeskRundown: Diagnostics;
  }
}

const NUMBER_SETTINGS: readonly NumberSetting[] = ['fontSize', 'margin', 'eyeline'];
const FLAG_SETTINGS: readonly FlagSetting[] = ['mirror', 'flip', 'uppercase', 'marker'];
const LIMITS: Readonly<Record<NumberSetting, readonly [number, number]>> = {
  fontSize: [16, 160],
  margin: [0, 40],
  eyeline: [0, 90],
};

/** Transport goes to the rundown (operator token only); display keys stay on this screen. */
const COMMANDS: Readonly<Record<string, string>> = {
  toggle: 'toggle',
  pause: 'pause',
  faster: 'faster',
  slower: 'slower',
  next: 'next-block',
  previous: 'previous-block',
  top: 'top',
  end: 'next-story',
};

function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${m}:${ss}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string | null,
  text?: string | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** An element of the page by id, or null when this view has none. */
function $<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

/** An element this view's markup always has (templates/rundown.html.mustache). */
function need<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = $<T>(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function main(): void {
  const body = document.body;
  const config = JSON.parse(body.getAttribute('data-config') ?? '{}') as Config;
  const VIEW = config.view;
  const ID = config.id;
  const messageEl = $('message');
  const say = (text: string): void => {
    if (messageEl) messageEl.textContent = text;
  };
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  const diag: Diagnostics = {
    view: VIEW,
    connected: false,
    joins: 0,
    version: -1,
    state: null,
    position: null,
    lastStateAt: 0,
    lastSentAt: 0,
    socket: null,
    role: null,
    errors: [],
  };
  window.scriptdeskRundown = diag;

  async function api<T = unknown>(
    method: string,
    path: string,
    payload?: unknown,
    type?: string,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    let data: string | undefined;
    if (payload !== undefined) {
      headers['content-type'] = type || 'application/json';
      data = type ? String(payload) : JSON.stringify(payload);
    }
    const response = await fetch(path, { method, headers, body: data ?? null });
    const answer = (await response.json().catch(() => null)) as { detail?: string } | null;
    if (!response.ok) {
      throw new Error(answer?.detail || `${response.status} ${response.statusText}`);
    }
    return answer as T;
  }

  const base = `/v1/rundowns/${ID}`;

  // ---- New rundown -------------------------------------------------------------------------
  if (VIEW === 'new') {
    const form = need<HTMLFormElement>('create-form');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = (name: string): string =>
        (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      const settings: Record<string, string> = { name: value('name') || 'Rundown' };
      if (value('airDate')) settings.airDate = value('airDate');
      if (value('endTime')) settings.endTime = value('endTime');
      try {
        const created = await api<{ links: { manage: string } }>('POST', '/v1/rundowns', settings);
        location.assign(created.links.manage);
      } catch (error) {
        say(`The rundown could not be created: ${errorText(error)}`);
      }
    });
    return;
  }

  if (!token) {
    say(
      'This link has no token: open the operator or talent link you were given (it ends in #token=…).',
    );
    const state = $('status-state');
    if (state) state.textContent = 'NO TOKEN';
    for (const button of document.querySelectorAll('button')) button.disabled = true;
    return;
  }

  if (VIEW === 'manage') {
    manage(api, say, base, ID, token);
    return;
  }

  live(config, api, say, diag, base, token);
}

type Api = <T = unknown>(
  method: string,
  path: string,
  payload?: unknown,
  type?: string,
) => Promise<T>;

// ---- Manage --------------------------------------------------------------------------------
function manage(api: Api, say: (text: string) => void, base: string, id: string, token: string) {
  const rows = need('story-rows');
  let view: RundownView | null = null;

  function link(label: string, path: string, secret: string): HTMLLIElement {
    const item = el('li');
    const a = el('a', null, label);
    a.href = `${path}#token=${secret}`;
    item.appendChild(a);
    return item;
  }

  async function load(): Promise<void> {
    let current: RundownView;
    try {
      current = await api<RundownView>('GET', base);
    } catch (error) {
      say(errorText(error));
      return;
    }
    view = current;
    need('rundown-name').textContent = current.name;
    const parts = [`${current.stories.length} stories`, `total ${clock(current.totalMs)}`];
    if (current.airDate) parts.unshift(`airs ${current.airDate}`);
    if (current.endTime) parts.push(`ends ${current.endTime}, starts ${current.startAt}`);
    need('rundown-summary').textContent = parts.join(' · ');
    need('total-time').textContent = clock(current.totalMs);
    need('start-time').textContent = current.startAt || '';
    if (current.endTime) need<HTMLInputElement>('set-endTime').value = current.endTime;
    const links = need('links');
    links.textContent = '';
    const path = `/rundowns/${id}`;
    if (current.role === 'operator') {
      links.appendChild(link('Operator (controls; keep it secret)', `${path}/operator`, token));
      links.appendChild(
        link('Remote, for a phone (controls; keep it secret)', `${path}/remote`, token),
      );
      links.appendChild(link('This page (manage)', path, token));
    }
    if (current.talentToken) {
      links.appendChild(link('Talent prompter (read-only)', `${path}/talent`, current.talentToken));
    }
    rows.textContent = '';
    current.stories.forEach((story, i) => {
      const tr = el('tr');
      tr.appendChild(el('td', null, String(i + 1)));
      const name = el('td');
      name.appendChild(el('strong', null, story.slug));
      if (story.title) name.appendChild(el('span', null, ` · ${story.title}`));
      tr.appendChild(name);
      tr.appendChild(el('td', null, clock(story.durationMs)));
      tr.appendChild(el('td', null, story.startAt || '–'));
      tr.appendChild(
        el(
          'td',
          null,
          story.source.kind === 'cms'
            ? `CMS ${story.source.storyId} r${story.source.revision}`
            : 'text',
        ),
      );
      const actions = el('td');
      const button = (label: string, title: string, run: () => void): void => {
        const b = el('button', 'secondary', label);
        b.type = 'button';
        b.title = title;
        b.setAttribute('aria-label', `${title}: ${story.slug}`);
        b.addEventListener('click', run);
        actions.appendChild(b);
      };
      button('↑', 'Move up', () => move(i, -1));
      button('↓', 'Move down', () => move(i, 1));
      button('Drop', 'Drop', () =>
        act(api('DELETE', `${base}/stories/${story.id}`), `Dropped ${story.slug}.`),
      );
      tr.appendChild(actions);
      rows.appendChild(tr);
    });
  }

  async function act(promise: Promise<unknown>, done: string): Promise<void> {
    try {
      await promise;
      say(done);
    } catch (error) {
      say(errorText(error));
    }
    await load();
  }

  function move(i: number, delta: number): void {
    if (!view) return;
    const order = view.stories.map((s) => s.id);
    const j = i + delta;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j] as string, order[i] as string];
    void act(api('PUT', `${base}/order`, { order }), 'Moved.');
  }

  const storyText = need<HTMLTextAreaElement>('story-text');
  need('add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = storyText.value;
    void act(
      api('POST', `${base}/stories`, text, 'text/plain; charset=utf-8'),
      'Story added.',
    ).then(() => {
      storyText.value = '';
    });
  });
  need('cms-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void act(
      api('POST', `${base}/stories`, { cmsStory: need<HTMLInputElement>('cms-id').value.trim() }),
      'CMS story added; it follows its latest revision.',
    );
  });
  need('settings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = need<HTMLInputElement>('set-endTime').value;
    void act(api('PATCH', base, { endTime: value ? value : null }), 'Back-timed.');
  });
  void load();
}

// ---- Live views: talent, operator, remote ----------------------------------------------------
function live(
  config: Config,
  api: Api,
  say: (text: string) => void,
  diag: Diagnostics,
  base: string,
  token: string,
): void {
  const VIEW = config.view;
  const body = document.body;
  const scroller = $('scroller');
  const scriptEl = $('script');
  const stage = $('stage');
  const out = {
    state: $('status-state'),
    speed: $('status-speed'),
    step: $('status-step'),
    storyLeft: $('status-story-left'),
    next: $('status-next'),
    rundownLeft: $('status-rundown-left'),
    block: $('status-block'),
    name: $('rundown-name'),
    story: $('remote-story'),
  };

  let script: ScriptMessage | null = null;
  let flat: FlatBlock[] = []; // every block in rundown order
  const storyStart = new Map<string, number>(); // story id → index of its first block in flat
  const storyCount = new Map<string, number>();
  let totalUnits = 0;
  let anchor: Anchor | null = null;
  let anchorAt = 0; // performance.now() at which the anchor was taken
  let socket: WebSocket | null = null;
  let retryMs = 0;

  // Per-screen display settings, kept in this browser only.
  const STORE = `scriptdesk.rundown.display.${VIEW}`;
  const display: Display = Object.assign(
    {},
    config.display,
    VIEW === 'operator' ? { fontSize: 32, eyeline: 30 } : {},
  );
  try {
    Object.assign(display, JSON.parse(localStorage.getItem(STORE) || '{}'));
  } catch {
    // No storage (private mode): the defaults stay.
  }

  function applyDisplay(): void {
    if (!scriptEl || !stage) return;
    const target = VIEW === 'talent' ? body : stage;
    target.classList.toggle('mirror', VIEW === 'talent' && !!display.mirror);
    target.classList.toggle('flip', VIEW === 'talent' && !!display.flip);
    target.classList.toggle('uppercase', !!display.uppercase);
    target.classList.toggle('marker', !!display.marker);
    const eyeline = Math.round((stage.clientHeight * display.eyeline) / 100);
    stage.style.setProperty('--font-size', `${display.fontSize}px`);
    stage.style.setProperty('--margin', `${display.margin}vw`);
    stage.style.setProperty('--eyeline', `${eyeline}px`);
    measure();
  }

  function saveDisplay(): void {
    try {
      localStorage.setItem(STORE, JSON.stringify(display));
    } catch {
      // Not kept; still applied.
    }
    applyDisplay();
    syncSettingsForm();
  }

  const settingsForm = $<HTMLFormElement>('settings');
  const setting = (key: string): HTMLInputElement => need<HTMLInputElement>(`set-${key}`);
  function syncSettingsForm(): void {
    if (!settingsForm) return;
    for (const key of NUMBER_SETTINGS) setting(key).value = String(display[key]);
    for (const key of FLAG_SETTINGS) setting(key).checked = !!display[key];
  }
  if (settingsForm) {
    syncSettingsForm();
    settingsForm.addEventListener('change', () => {
      for (const key of NUMBER_SETTINGS) {
        const n = Number(setting(key).value);
        const [lo, hi] = LIMITS[key];
        if (Number.isFinite(n)) display[key] = Math.min(hi, Math.max(lo, n));
      }
      for (const key of FLAG_SETTINGS) display[key] = setting(key).checked;
      saveDisplay();
    });
  }

  function render(current: ScriptMessage, into: HTMLElement): void {
    into.textContent = '';
    flat = [];
    storyStart.clear();
    storyCount.clear();
    totalUnits = 0;
    for (const story of current.stories) {
      storyStart.set(story.id, flat.length);
      storyCount.set(story.id, story.blocks.length);
      const head = el('header', 'story-head');
      head.appendChild(el('strong', null, story.slug));
      head.appendChild(
        document.createTextNode(
          ` · ${clock(story.durationMs)}${story.title ? ` · ${story.title}` : ''}`,
        ),
      );
      into.appendChild(head);
      story.blocks.forEach((block, i) => {
        const section = el('section', `block ${block.segment} ${block.mode}`);
        section.setAttribute('data-story', story.id);
        section.setAttribute('data-block', String(i));
        if (block.marker) section.appendChild(el('p', 'marker-label', block.marker));
        if (block.cue) section.appendChild(el('p', 'cue', block.cue));
        for (const line of block.cueLines) section.appendChild(el('p', 'cue-line', line));
        if (block.text) section.appendChild(el('p', 'read', block.text));
        if (block.bite) section.appendChild(el('p', 'bite', block.bite));
        into.appendChild(section);
        flat.push({
          story: story.id,
          index: i,
          units: block.units,
          ms: block.durationMs,
          start: totalUnits,
          el: section,
          top: 0,
          height: 1,
        });
        totalUnits += block.units;
      });
    }
    into.appendChild(el('p', 'rundown-end', '### END OF RUNDOWN ###'));
    applyDisplay();
  }

  // Without a screen (the remote), the script's units still drive the times and the countdown.
  function indexOnly(current: ScriptMessage): void {
    flat = [];
    storyStart.clear();
    storyCount.clear();
    totalUnits = 0;
    for (const story of current.stories) {
      storyStart.set(story.id, flat.length);
      storyCount.set(story.id, story.blocks.length);
      story.blocks.forEach((block, i) => {
        flat.push({
          story: story.id,
          index: i,
          units: block.units,
          ms: block.durationMs,
          start: totalUnits,
        });
        totalUnits += block.units;
      });
    }
  }

  // Where each line of each block is, in characters of what the block shows (the server's
  // fraction is of those characters): one rectangle per line box of each paragraph, its
  // characters shared out by width. A fraction then lands on the same words on any screen size.
  const range = document.createRange();
  function measure(): void {
    if (!scriptEl) return;
    const box = scriptEl.getBoundingClientRect();
    const yOf = (rect: DOMRect): number =>
      display.flip && VIEW === 'talent' ? box.bottom - rect.bottom : rect.top - box.top;
    for (const b of flat) {
      if (!b.el) continue;
      b.top = b.el.offsetTop;
      b.height = Math.max(1, b.el.offsetHeight);
      const lines: LineBox[] = [];
      let chars = 0;
      for (const p of b.el.children) {
        const node = p.firstChild;
        const length = node ? (node.textContent ?? '').length : 0;
        if (chars > 0) chars += 1; // the space between parts
        if (node && length > 0) {
          range.selectNodeContents(node);
          const rects = Array.from(range.getClientRects()).filter(
            (r) => r.width > 0 && r.height > 0,
          );
          const width = rects.reduce((sum, r) => sum + r.width, 0) || 1;
          let at = chars;
          for (const r of rects) {
            const n = (length * r.width) / width;
            const y = yOf(r); // relative to the top of the script
            lines.push({ c0: at, c1: at + n, y, h: r.height });
            at += n;
          }
        }
        chars += length;
      }
      b.chars = chars;
      b.lines = lines;
    }
  }

  /** The y (in the script) of a fraction of a block's characters. */
  function yAt(b: FlatBlock, offset: number): number {
    const lines = b.lines;
    const last = lines?.[lines.length - 1];
    if (!lines || !last) return (b.top ?? 0) + offset * (b.height ?? 1);
    const c = offset * (b.chars ?? 0);
    for (const line of lines) {
      if (c < line.c0) return line.y; // in the gap before this line's paragraph
      if (c < line.c1) {
        return line.y + ((c - line.c0) / Math.max(1e-6, line.c1 - line.c0)) * line.h;
      }
    }
    return last.y + last.h;
  }

  function unitsOf(position: Anchor): number {
    if (position.story === null) return 0;
    const first = storyStart.get(position.story);
    if (first === undefined) return 0;
    const count = storyCount.get(position.story) || 0;
    if (count === 0) return 0;
    const b = flat[first + Math.min(Math.max(0, position.block), count - 1)];
    if (!b) return 0;
    return b.start + Math.min(1, Math.max(0, position.offset)) * b.units;
  }

  function unitsNow(now: number): number {
    if (!anchor) return 0;
    let units = unitsOf(anchor);
    if (anchor.playing && anchor.story !== null) {
      units += ((anchor.wpm / 60) * (now - anchorAt)) / 1000;
    }
    return Math.min(totalUnits, Math.max(0, units));
  }

  function locate(units: number): { b: FlatBlock; offset: number } | null {
    if (flat.length === 0) return null;
    let lo = 0;
    let hi = flat.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((flat[mid] as FlatBlock).start <= units) lo = mid;
      else hi = mid - 1;
    }
    const b = flat[lo] as FlatBlock;
    return { b, offset: Math.min(1, Math.max(0, (units - b.start) / b.units)) };
  }

  function eyelinePx(into: HTMLElement): number {
    return (into.clientHeight * display.eyeline) / 100;
  }

  let lastStatusMs = 0;
  function frame(now: number): void {
    requestAnimationFrame(frame);
    if (!anchor || flat.length === 0) return;
    const units = unitsNow(now);
    const at = locate(units);
    if (!at) return;
    if (scriptEl && scroller) {
      scroller.scrollTop = yAt(at.b, at.offset) - eyelinePx(scroller);
    }
    diag.position = { story: at.b.story, block: at.b.index, offset: at.offset };
    if (now - lastStatusMs > 200) {
      lastStatusMs = now;
      showStatus(anchor, units, at);
    }
  }

  let currentStory: string | null = null;
  function showStatus(now: Anchor, units: number, at: { b: FlatBlock; offset: number }): void {
    const story = at.b.story;
    let storyMs = 0;
    let storyUnits = 0;
    let laterMs = 0;
    let later = false;
    for (const b of flat) {
      if (b.story === story) {
        const part = b.start + b.units <= units ? 0 : b.start >= units ? 1 : 1 - at.offset;
        storyMs += b.ms * part;
        storyUnits += b.units * part;
      } else if (b.start > units) {
        laterMs += b.ms;
        later = true;
      }
    }
    const playing = now.playing && now.wpm > 0 && units < totalUnits;
    if (out.block) out.block.textContent = `${at.b.index + 1} of ${storyCount.get(story) || 0}`;
    if (out.storyLeft) out.storyLeft.textContent = clock(storyMs);
    if (out.rundownLeft) out.rundownLeft.textContent = clock(storyMs + laterMs);
    if (out.next) {
      out.next.textContent = later
        ? clock(playing ? (storyUnits / (now.wpm / 60)) * 1000 : storyMs)
        : '— (last story)';
    }
    if (out.state) {
      out.state.textContent = !diag.connected
        ? 'OFFLINE'
        : units >= totalUnits && totalUnits > 0
          ? 'END'
          : now.playing
            ? now.wpm < 0
              ? 'BACK'
              : 'LIVE'
            : 'PAUSED';
    }
    body.classList.toggle('state-live', diag.connected && now.playing);
    if (story !== currentStory) {
      currentStory = story;
      onStoryChange(story);
    }
  }

  function storyById(id: string): ScriptStoryView | undefined {
    return script ? script.stories.find((s) => s.id === id) : undefined;
  }

  function applyState(message: StateMessage): void {
    anchor = message.state;
    anchorAt = performance.now() - message.elapsedMs;
    diag.state = message.state;
    diag.version = message.version;
    diag.lastStateAt = Date.now();
    if (out.speed) out.speed.textContent = String(Math.round(anchor.wpm));
    if (out.step) out.step.textContent = String(anchor.speed);
    if (flat.length === 0 && out.state) out.state.textContent = 'NO STORIES';
    lastStatusMs = 0;
  }

  function onMessage(event: MessageEvent): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(event.data)) as ServerMessage;
    } catch {
      return;
    }
    if (message.type === 'hello') {
      diag.role = message.role;
      return;
    }
    if (message.type === 'script') {
      const changed = !script || script.version !== message.version;
      script = message;
      if (out.name) out.name.textContent = message.name;
      if (changed) {
        if (scriptEl) render(message, scriptEl);
        else indexOnly(message);
        onScript(message);
      }
      applyState(message);
      return;
    }
    if (message.type === 'state' || message.type === 'pong') {
      if (script && message.version !== script.version) send({ type: 'sync' });
      applyState(message);
      return;
    }
    if (message.type === 'error') {
      diag.errors.push(message.detail);
      say(message.detail);
    }
  }

  function send(message: object): boolean {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function connect(): void {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const ws = new WebSocket(
      `${scheme}${location.host}${base}/ws?token=${encodeURIComponent(token)}`,
    );
    socket = ws;
    diag.socket = ws;
    ws.addEventListener('open', () => {
      diag.connected = true;
      diag.joins += 1;
      retryMs = 0;
      body.classList.remove('offline');
    });
    ws.addEventListener('message', onMessage);
    ws.addEventListener('close', (event) => {
      if (socket !== ws) return;
      diag.connected = false;
      body.classList.add('offline');
      if (out.state) out.state.textContent = 'OFFLINE';
      let wait = retryMs;
      if (event.code === config.close.tooManyScreens || event.code === config.close.rateLimited) {
        say(`Disconnected: ${event.reason}. Trying again…`);
        wait = 3000;
      }
      retryMs = Math.min(2000, retryMs ? retryMs * 2 : 100);
      setTimeout(connect, wait);
    });
  }

  function command(action: string, extra?: Record<string, unknown>): void {
    const message = { type: 'command', command: Object.assign({ action }, extra || {}) };
    diag.lastSentAt = Date.now();
    if (!send(message)) {
      api<StateMessage>('POST', `${base}/control`, message.command).then(applyState, (error) =>
        say(errorText(error)),
      );
    }
  }

  function local(action: string): void {
    if (action === 'bigger' || action === 'smaller') {
      display.fontSize = Math.min(
        160,
        Math.max(16, display.fontSize + (action === 'bigger' ? 4 : -4)),
      );
    } else if (
      action === 'mirror' ||
      action === 'flip' ||
      action === 'uppercase' ||
      action === 'marker'
    ) {
      display[action] = !display[action];
    } else if (action === 'help') {
      const help = $('help');
      if (help) help.hidden = !help.hidden;
      return;
    } else return;
    saveDisplay();
  }

  const KEYS: Record<string, string> = Object.assign({}, config.keymap, {
    s: 'settings',
    n: 'end',
  });
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!action) return;
    event.preventDefault();
    const transport = Object.hasOwn(COMMANDS, action) ? COMMANDS[action] : undefined;
    if (action === 'settings') {
      if (settingsForm) settingsForm.hidden = !settingsForm.hidden;
    } else if (transport) {
      if (diag.role === 'operator') command(transport);
      else say('This screen is read-only: control needs the operator link.');
    } else if (scriptEl) local(action);
  });

  for (const button of document.querySelectorAll('[data-command]')) {
    button.addEventListener('click', () => command(button.getAttribute('data-command') ?? ''));
  }

  // Operator: the rundown list, click-to-jump, and editing the current story on air.
  const list = $('story-list');
  const editForm = $<HTMLFormElement>('edit-form');
  const editText = $<HTMLTextAreaElement>('edit-text');
  let editId: string | null = null;
  let editDirty = false;
  let texts = new Map<string, StorySummary>();

  async function loadTexts(): Promise<void> {
    if (VIEW !== 'operator') return;
    try {
      const view = await api<RundownView>('GET', base);
      texts = new Map(view.stories.map((s) => [s.id, s]));
      if (!editDirty) loadEditor(currentStory);
    } catch (error) {
      say(errorText(error));
    }
  }

  function loadEditor(id: string | null): void {
    const story = id === null ? undefined : texts.get(id);
    if (!editForm || !editText || !story) return;
    editId = id;
    need('edit-label').textContent = `Story: ${story.slug}`;
    editText.value = story.text || '';
    editDirty = false;
  }

  function onScript(current: ScriptMessage): void {
    if (list) {
      list.textContent = '';
      for (const story of current.stories) {
        const item = el('li');
        item.setAttribute('data-story', story.id);
        const button = el('button', null, story.slug);
        button.type = 'button';
        button.appendChild(
          el('span', 'meta', clock(story.durationMs) + (story.title ? ` · ${story.title}` : '')),
        );
        button.addEventListener('click', () => command('jump', { story: story.id, block: 0 }));
        item.appendChild(button);
        list.appendChild(item);
      }
      markCurrent();
    }
    void loadTexts();
  }

  function markCurrent(): void {
    if (!list) return;
    for (const item of list.children) {
      item.classList.toggle('current', item.getAttribute('data-story') === currentStory);
    }
  }

  function onStoryChange(id: string): void {
    markCurrent();
    const story = storyById(id);
    if (out.story && story) {
      out.story.textContent = story.slug + (story.title ? ` · ${story.title}` : '');
    }
    if (!editDirty) loadEditor(id);
  }

  if (VIEW === 'operator' && scriptEl) {
    scriptEl.addEventListener('click', (event) => {
      const target = event.target as Element | null;
      const block = target?.closest ? target.closest('.block') : null;
      if (!block) return;
      command('jump', {
        story: block.getAttribute('data-story'),
        block: Number(block.getAttribute('data-block')),
      });
    });
  }
  if (editForm && editText) {
    editText.addEventListener('input', () => {
      editDirty = true;
    });
    editForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const story = editId === null ? undefined : texts.get(editId);
      if (!story) return;
      const payload = {
        text: editText.value,
        input: story.input || 'text',
        options: story.options || {},
      };
      try {
        await api('PUT', `${base}/stories/${editId}`, payload);
        editDirty = false;
        say('Saved: every screen shows the new text.');
      } catch (error) {
        say(`Not saved: ${errorText(error)}`);
      }
    });
  }

  window.addEventListener('resize', () => applyDisplay());
  setInterval(() => send({ type: 'ping', t: performance.now() }), 10_000);
  document.documentElement.classList.add('js');
  applyDisplay();
  connect();
  requestAnimationFrame(frame);
  if (scroller && VIEW === 'talent') scroller.focus();
}

main();
