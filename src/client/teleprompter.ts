/**
 * The prompter page's controller (bundled into the `teleprompter.js` partial by
 * scripts/build-templates.mjs; `templates/teleprompter.html.mustache` includes it, and a custom
 * prompter layout can too). Units: positions and sizes in CSS pixels, speed in CSS pixels per
 * second, times in milliseconds. Settings come from the server (`data-settings`) and then from
 * this page's URL, parsed by one table derived from the server's options schema.
 */

import { formatRunningTime } from '../core/clock.ts';

/** One row of the URL parser table (`PrompterSettingSpec` in src/layouts/options.ts). */
type Spec =
  | { kind: 'flag' }
  | { kind: 'number'; min: number; max: number; integer: boolean }
  | { kind: 'enum'; values: string[] };

type Value = boolean | number | string;

interface Settings {
  fontSize: number;
  speed: number;
  mirror: boolean;
  flip: boolean;
  uppercase: boolean;
  eyeline: number;
  marker: boolean;
  margin: number;
  [key: string]: Value;
}

interface Config {
  table: Record<string, Spec>;
  defaults: Record<string, Value>;
  values: Settings;
  totalMs: number;
  /** Key (`event.key`, one character lower-cased) → action name. */
  keymap: Record<string, string>;
}

interface MeasuredBlock {
  el: HTMLElement;
  topPx: number;
  heightPx: number;
  ms: number;
}

const SPEED_STEP = 10; // px/s per arrow press
const FONT_STEP = 4; // px per +/- press
const MAX_FRAME_MS = 100; // a stalled frame advances at most this much time
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/**
 * The table-driven parser: mirrors the zod schema (flags, bounded numbers, enums). A value the
 * schema would reject is ignored and the server's value stays.
 */
function parseValue(spec: Spec, raw: string): Value | undefined {
  const text = raw.trim();
  if (spec.kind === 'flag') {
    const word = text.toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
    return undefined;
  }
  if (spec.kind === 'number') {
    if (text === '') return undefined;
    const n = Number(text);
    if (!Number.isFinite(n) || (spec.integer && !Number.isInteger(n))) return undefined;
    return n >= spec.min && n <= spec.max ? n : undefined;
  }
  return spec.values.includes(text) ? text : undefined;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

function start(): void {
  const root = document.documentElement;
  const body = document.body;
  const scroller = document.getElementById('scroller');
  const script = document.getElementById('script');
  const progressBar = document.getElementById('progress-bar');
  const help = document.getElementById('help');
  const state = document.getElementById('status-state');
  const speedOut = document.getElementById('status-speed');
  const remainingOut = document.getElementById('status-remaining');
  const settingsJson = body.getAttribute('data-settings');
  if (!scroller || !script || !progressBar || !help || !state || !speedOut || !remainingOut) return;
  if (!settingsJson) return;
  const config = JSON.parse(settingsJson) as Config;
  const TABLE = config.table;
  const DEFAULTS = config.defaults;
  const TOTAL_MS = config.totalMs;

  function parseSettings(search: string): Record<string, Value> {
    const params = new URLSearchParams(search);
    const parsed: Record<string, Value> = {};
    for (const [key, spec] of Object.entries(TABLE)) {
      const raw = params.get(key);
      if (raw === null) continue;
      const value = parseValue(spec, raw);
      if (value !== undefined) parsed[key] = value;
    }
    return parsed;
  }

  const settings: Settings = { ...config.values, ...parseSettings(location.search) };
  const speedMax = TABLE.speed?.kind === 'number' ? TABLE.speed.max : 1000;
  const fontRange =
    TABLE.fontSize?.kind === 'number' ? TABLE.fontSize : { min: 16, max: 160, integer: true };
  let running = false;
  let positionPx = 0; // scroll position kept as a float; scrollTop rounds
  let expectedScrollTop: number | null = null;
  let lastFrameMs: number | null = null;
  let blocks: MeasuredBlock[] = [];

  const maxScrollPx = (): number => Math.max(0, scroller.scrollHeight - scroller.clientHeight);
  const eyelinePx = (): number => (scroller.clientHeight * settings.eyeline) / 100;
  // The first block on the eye-line: the story header sits above it.
  const startPx = (): number => (blocks[0] ? blocks[0].topPx - eyelinePx() : 0);

  function measure(): void {
    blocks = Array.from(script?.querySelectorAll<HTMLElement>('.block') ?? [], (el) => ({
      el,
      topPx: el.offsetTop,
      heightPx: Math.max(1, el.offsetHeight),
      ms: Number(el.getAttribute('data-ms')) || 0,
    }));
  }

  // Time left from the read rate: blocks below the eye-line count whole, the one under it in
  // proportion to what is left of it.
  function remainingMs(): number {
    const y = positionPx + eyelinePx();
    let ms = 0;
    for (const b of blocks) {
      if (b.topPx >= y) ms += b.ms;
      else if (b.topPx + b.heightPx > y) ms += b.ms * (1 - (y - b.topPx) / b.heightPx);
    }
    return ms;
  }

  function showStatus(): void {
    const left = remainingMs();
    if (remainingOut) remainingOut.textContent = formatRunningTime(left);
    if (speedOut) speedOut.textContent = String(settings.speed);
    if (state) state.textContent = running ? (settings.speed < 0 ? 'BACK' : 'RUNNING') : 'PAUSED';
    body.classList.toggle('state-running', running);
    const done = TOTAL_MS > 0 ? 1 - left / TOTAL_MS : positionPx / (maxScrollPx() || 1);
    if (progressBar) progressBar.style.transform = `scaleX(${clamp(done, 0, 1)})`;
  }

  function setPosition(px: number): void {
    if (!scroller) return;
    positionPx = clamp(px, 0, maxScrollPx());
    scroller.scrollTop = positionPx;
    expectedScrollTop = scroller.scrollTop;
    showStatus();
  }

  // Someone scrolled by hand (wheel, scrollbar): continue from there.
  scroller.addEventListener(
    'scroll',
    () => {
      if (expectedScrollTop === null || Math.abs(scroller.scrollTop - expectedScrollTop) > 1) {
        positionPx = scroller.scrollTop;
      }
      showStatus();
    },
    { passive: true },
  );

  function frame(nowMs: number): void {
    if (!running) {
      lastFrameMs = null;
      return;
    }
    if (lastFrameMs !== null) {
      const dtSec = Math.min(nowMs - lastFrameMs, MAX_FRAME_MS) / 1000;
      const next = positionPx + settings.speed * dtSec; // px/s × s
      setPosition(next);
      if ((settings.speed > 0 && next >= maxScrollPx()) || (settings.speed < 0 && next <= 0)) {
        running = false;
        showStatus();
      }
    }
    lastFrameMs = nowMs;
    requestAnimationFrame(frame);
  }

  function applySettings(): void {
    body.classList.toggle('mirror', settings.mirror);
    body.classList.toggle('flip', settings.flip);
    body.classList.toggle('uppercase', settings.uppercase);
    body.classList.toggle('marker', settings.marker);
    root.style.setProperty('--font-size', `${settings.fontSize}px`);
    root.style.setProperty('--margin', `${settings.margin}vw`);
    root.style.setProperty('--eyeline', `${settings.eyeline}vh`);
  }

  // The URL always says how the prompter is set up, so the operator can bookmark it. A page
  // with no address of its own (the form's preview frame, about:srcdoc) or in an opaque-origin
  // sandbox has no URL to keep the settings in: the keys still work, the URL is left alone.
  function syncUrl(): void {
    if (!/^(https?|file):$/.test(location.protocol)) return;
    const params = new URLSearchParams(location.search);
    for (const [key, spec] of Object.entries(TABLE)) {
      const value = settings[key];
      if (value === undefined) continue;
      const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      if (value === DEFAULTS[key] || parseValue(spec, text) === undefined) params.delete(key);
      else params.set(key, text);
    }
    const query = params.toString();
    try {
      history.replaceState(history.state, '', query === '' ? location.pathname : `?${query}`);
    } catch {
      // A sandboxed frame refuses to change its address (SecurityError); nothing to keep.
    }
  }

  // Keep the line under the eye-line in place across changes that move the text.
  function keepingPlace(change: () => void): void {
    const y = positionPx + eyelinePx();
    const at = blocks.find((b) => b.topPx + b.heightPx > y);
    const fraction = at ? clamp((y - at.topPx) / at.heightPx, 0, 1) : 0;
    change();
    applySettings();
    measure();
    if (at) {
      const now = blocks.find((b) => b.el === at.el);
      if (now) setPosition(now.topPx + fraction * now.heightPx - eyelinePx());
    }
    syncUrl();
    showStatus();
  }

  function jump(direction: 1 | -1): void {
    const y = positionPx + eyelinePx();
    let target: MeasuredBlock | undefined;
    if (direction > 0) target = blocks.find((b) => b.topPx > y + 1);
    else for (const b of blocks) if (b.topPx < y - 1) target = b;
    if (target) setPosition(target.topPx - eyelinePx());
  }

  function setSpeed(pxPerSec: number): void {
    settings.speed = clamp(pxPerSec, -speedMax, speedMax);
    syncUrl();
    showStatus();
  }

  function toggleSetting(key: 'mirror' | 'flip' | 'uppercase' | 'marker'): void {
    keepingPlace(() => {
      settings[key] = !settings[key];
    });
  }

  const ACTIONS: Readonly<Record<string, () => void>> = {
    toggle() {
      running = !running;
      if (running) requestAnimationFrame(frame);
      showStatus();
    },
    pause() {
      running = false;
      showStatus();
    },
    faster: () => setSpeed(settings.speed + SPEED_STEP),
    slower: () => setSpeed(settings.speed - SPEED_STEP),
    next: () => jump(1),
    previous: () => jump(-1),
    top: () => setPosition(startPx()),
    end: () => setPosition(maxScrollPx()),
    bigger: () =>
      keepingPlace(() => {
        settings.fontSize = clamp(settings.fontSize + FONT_STEP, fontRange.min, fontRange.max);
      }),
    smaller: () =>
      keepingPlace(() => {
        settings.fontSize = clamp(settings.fontSize - FONT_STEP, fontRange.min, fontRange.max);
      }),
    mirror: () => toggleSetting('mirror'),
    flip: () => toggleSetting('flip'),
    uppercase: () => toggleSetting('uppercase'),
    marker: () => toggleSetting('marker'),
    help() {
      if (help) help.hidden = !help.hidden;
    },
  };

  // Clickers and foot pedals send these keys too (PageDown/PageUp, arrows, space); the map is
  // PROMPTER_KEYMAP (src/layouts/teleprompter.ts), shared with the rundown's screens.
  const KEYS: Readonly<Record<string, string>> = config.keymap;

  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    const run = action ? ACTIONS[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  });
  window.addEventListener('resize', () => keepingPlace(() => {}));

  root.classList.add('js');
  applySettings();
  measure();
  setPosition(startPx());
  // On its own the prompter takes the keyboard; inside another page (the form's preview) it
  // waits for a click, so it does not take the focus from what the user is typing, and a click
  // on a block tells that page which one (the form opens its corrections). Only the block id
  // leaves the frame.
  if (window.self === window.top) scroller.focus();
  else {
    script.addEventListener('click', (event) => {
      const block = event.target instanceof Element ? event.target.closest('.block') : null;
      if (block?.id) window.parent.postMessage({ scriptdesk: 'block', id: block.id }, '*');
    });
  }
}

start();
