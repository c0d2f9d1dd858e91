import { formatRunningTime } from '../core/clock.ts';
import type { ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { TextOutput } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { nonceOf, type RenderContext, textDirection } from './context.ts';
import {
  layoutOptionsSchema,
  PROMPTER_SETTING_KEYS,
  type PrompterSettingKey,
  prompterSettingsTable,
} from './options.ts';
import { compileScript, type Segment } from './script.ts';

/** One block on the prompter. Cues keep their brackets so the page reads right without CSS. */
export interface PrompterBlockView {
  id: string;
  segment: Segment;
  /** `read` for prose the presenter reads, `cued` for SOTs, directions and the headline. */
  mode: 'read' | 'cued';
  /** Estimated time of the block, in ms (0 when it takes no air time). */
  durationMs: number;
  /** `[VO]` where the reader's part changes, else null. */
  marker: string | null;
  /** `[SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA]`, `[APPLAUSE]`, … */
  cue: string | null;
  /** `IN: "…"`, `OUT: "…"`, `RUNS :08` under a SOT's cue. */
  cueLines: string[];
  /** Text to read. */
  text: string | null;
  /** The whole bite of a SOT when `sot=full`. */
  bite: string | null;
}

export interface PrompterKeyView {
  keys: string;
  action: string;
}

export interface PrompterView {
  nonce: string | null;
  lang: string;
  /** `rtl` for Arabic, Hebrew, Persian…, else `ltr` (the `dir` of <html>). */
  dir: 'rtl' | 'ltr';
  slug: string;
  title: string | null;
  /** Total running time, `2:14`. */
  totalTime: string;
  /** Classes on <body> so the page is set up before (and without) JavaScript. */
  bodyClass: string;
  fontSizePx: number;
  marginPct: number;
  eyelinePct: number;
  speedPxPerSec: number;
  /** JSON for the page's script: the URL parser table, the current values and the defaults. */
  settingsJson: string;
  blocks: PrompterBlockView[];
  keys: PrompterKeyView[];
}

/** The operator keys the page's script binds; listed on the page's help panel (`?`). */
export const PROMPTER_KEYS: readonly PrompterKeyView[] = [
  { keys: 'Space', action: 'start / pause' },
  { keys: '↑ / ↓', action: 'faster / slower (10 px/s a press; below 0 scrolls back)' },
  { keys: 'PgDn / → · PgUp / ←', action: 'next / previous block' },
  { keys: 'Home / End', action: 'top / end of the script' },
  { keys: '+ / −', action: 'larger / smaller text' },
  { keys: 'M', action: 'mirror (beam-splitter glass)' },
  { keys: 'F', action: 'flip vertically' },
  { keys: 'U', action: 'all caps' },
  { keys: 'E', action: 'eye-line marker' },
  { keys: 'Esc', action: 'pause' },
  { keys: '?', action: 'this help' },
];

/**
 * Key → action of every prompter page (the single-story prompter and the rundown's screens):
 * keyboards, presentation clickers (PageDown/PageUp, arrows) and foot pedals send these keys.
 * Letters are matched in lower case.
 */
export const PROMPTER_KEYMAP: Readonly<Record<string, string>> = {
  ' ': 'toggle',
  Escape: 'pause',
  ArrowUp: 'faster',
  ArrowDown: 'slower',
  PageDown: 'next',
  ArrowRight: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'top',
  End: 'end',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  _: 'smaller',
  m: 'mirror',
  f: 'flip',
  u: 'uppercase',
  e: 'marker',
  '?': 'help',
  h: 'help',
};

let cachedDefaults: Readonly<Record<PrompterSettingKey, number | boolean>> | undefined;

function prompterDefaults(): Readonly<Record<PrompterSettingKey, number | boolean>> {
  if (cachedDefaults) return cachedDefaults;
  const all = layoutOptionsSchema().parse({});
  const defaults = {} as Record<PrompterSettingKey, number | boolean>;
  for (const key of PROMPTER_SETTING_KEYS) defaults[key] = all[key];
  cachedDefaults = defaults;
  return defaults;
}

/** Precomputes everything the prompter page places: blocks, cue labels, classes, settings. */
export function compileTeleprompter(
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
): PrompterView {
  // Capitals on the prompter are CSS (`text-transform`), so `u` can toggle them without a reload.
  const script = compileScript(doc, { uppercase: false, typography: options.typography });
  const full = options.sot === 'full';
  const blocks = script.items.map((item): PrompterBlockView => {
    const sot = item.segment === 'sot';
    const cueLines = sot
      ? [item.inCue, item.outCue, item.runsCue].filter((s): s is string => s !== null)
      : [];
    return {
      id: item.block.id,
      segment: item.segment,
      mode: item.read ? 'read' : 'cued',
      durationMs: item.block.durationMs,
      marker: item.marker === null ? null : `[${item.marker}]`,
      cue: item.cue === null ? null : `[${item.cue}]`,
      cueLines,
      text: item.read ? item.text : null,
      bite: sot && full ? item.text : null,
    };
  });
  const values = {} as Record<PrompterSettingKey, number | boolean>;
  for (const key of PROMPTER_SETTING_KEYS) values[key] = options[key];
  const bodyClass = ['prompter']
    .concat(options.mirror ? ['mirror'] : [])
    .concat(options.flip ? ['flip'] : [])
    .concat(options.uppercase ? ['uppercase'] : [])
    .concat(options.marker ? ['marker'] : [])
    .join(' ');
  return {
    nonce: nonceOf(context),
    lang: script.language,
    dir: textDirection(script.language),
    slug: script.slug,
    title: script.title,
    totalTime: formatRunningTime(script.totalMs),
    bodyClass,
    fontSizePx: options.fontSize,
    marginPct: options.margin,
    eyelinePct: options.eyeline,
    speedPxPerSec: options.speed,
    settingsJson: JSON.stringify({
      table: prompterSettingsTable(),
      values,
      defaults: prompterDefaults(),
      totalMs: script.totalMs,
      keymap: PROMPTER_KEYMAP,
    }),
    blocks,
    keys: [...PROMPTER_KEYS],
  };
}

/**
 * `output=teleprompter`: one self-contained HTML page (inline CSS and script, no other request)
 * that scrolls the script for the presenter. Pass `context.nonce` when the response carries a
 * CSP with a nonce.
 */
export function renderTeleprompter(
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
): TextOutput {
  const view = compileTeleprompter(doc, options, context);
  return {
    body: renderTemplate('teleprompter', options.template, view),
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
    messages: [],
  };
}
