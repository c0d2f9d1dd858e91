/**
 * Advanced SubStation Alpha and SubStation Alpha (`.ass`, `.ssa`: Aegisub, fansub and some
 * broadcast tools) as timed input. Each `Dialogue:` event of the `[Events]` section becomes a
 * cue, read by the section's `Format:` line: its Name field is the speaker, its Text field
 * loses its override blocks (`{\i1}`, `{\an8}`), its vector drawings (`{\p1}…{\p0}`) and breaks
 * at `\N`. Styles, script info, comments and other events are dropped, each reported.
 */
import { formatHms } from '../core/clock.ts';
import type { Message } from '../core/document.ts';
import type { IngestedText, SourcedLine } from './lines.ts';
import { sourceLines } from './lines.ts';
import {
  type Cue,
  cuesToLines,
  escapeCueText,
  parseCueTimestamp,
  type SubtitleIngestOptions,
} from './subtitles.ts';

/** The ASS `[Events]` fields when a file gives no `Format:` line (the spec's v4+ order). */
const DEFAULT_FORMAT = [
  'layer',
  'start',
  'end',
  'style',
  'name',
  'marginl',
  'marginr',
  'marginv',
  'effect',
  'text',
];

/** Styles of on-screen text (group 1) or of songs: `Signs`, `TS`, `Typeset`, `OP`, `Song`. */
const SCREEN_STYLE = /^(?:(signs?|ts|typeset\w*|on-?screen\w*)|op|ed|songs?|lyrics?|karaoke)\b/i;

/** True when the text starts like a SubStation file: `[Script Info]` or `[Events]` first. */
export function looksLikeAss(text: string): boolean {
  const head = text
    .slice(0, 64)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('[script info]') || head.startsWith('[events]');
}

/** An event's text read: its lines (cue text), and what it dropped. */
interface AssText {
  lines: string[];
  overrides: number;
  drawing: boolean;
}

/** The tags of an override block: each name (a run of letters) and the digits after it. */
function* overrideTags(block: string): Generator<[string, string]> {
  let i = block.indexOf('\\');
  while (i !== -1) {
    let j = i + 1;
    while (j < block.length && /[A-Za-z]/.test(block[j] ?? '')) j++;
    let k = j;
    while (k < block.length && /[0-9]/.test(block[k] ?? '')) k++;
    yield [block.slice(i + 1, j), block.slice(j, k)];
    i = block.indexOf('\\', k);
  }
}

/**
 * Reads an event's Text field into cue text: `{…}` blocks go (a `\pN` in one, N > 0, starts a
 * drawing, whose commands are not text, until `\p0`; a karaoke `\k`, `\K`, `\kf`, `\ko` starting
 * a word gives it its time, counted in centiseconds from the event's start), `\N` (and `\n`)
 * break the line, `\h` is a space, `&`, `<` and `>` are escaped. One pass.
 */
function readAssText(text: string, startMs: number): AssText {
  const lines: string[] = [];
  let line = '';
  let overrides = 0;
  let drawingMode = false;
  let drawing = false;
  // Karaoke: centiseconds from the event start to the next syllable, and its pending time.
  let karaokeCs = 0;
  let pendingMs: number | null = null;
  let unclosed = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '{' && !unclosed) {
      const close = text.indexOf('}', i + 1);
      // No `}` after this one: none after any later `{` either (one search, not one per brace).
      if (close === -1) unclosed = true;
      else {
        overrides++;
        for (const [name, digits] of overrideTags(text.slice(i + 1, close))) {
          // `\p1`…`\p4` draw, `\p0` ends the drawing (`\pos(`, `\pbo` are other tags).
          if (name === 'p' && digits) drawingMode = digits !== '0';
          if ((name === 'k' || name === 'K' || name === 'kf' || name === 'ko') && digits) {
            pendingMs = startMs + karaokeCs * 10;
            karaokeCs += Number(digits);
          }
        }
        i = close + 1;
        continue;
      }
    }
    if (ch === '\\' && (text[i + 1] === 'N' || text[i + 1] === 'n' || text[i + 1] === 'h')) {
      if (text[i + 1] === 'h') line += ' ';
      else {
        lines.push(line);
        line = '';
      }
      i += 2;
      continue;
    }
    i++;
    if (drawingMode) {
      drawing = true;
      continue;
    }
    if (pendingMs !== null && ch.trim()) {
      // A syllable's time is a word's time only where the word starts.
      if (line === '' || line.endsWith(' ')) line += `<${formatHms(pendingMs, '.')}>`;
      pendingMs = null;
    }
    line += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
  }
  lines.push(line);
  return {
    lines: lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean),
    overrides,
    drawing,
  };
}

/** Splits `key: value` (an ASS line), or null. */
function keyValue(line: string): [string, string] | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trimStart()];
}

/** A reported drop: how many, the first line, and what went. */
class Dropped {
  count = 0;
  line: number | null = null;
  readonly items: string[] = [];
  add(line: number, item?: string): void {
    this.count++;
    this.line ??= line;
    if (item !== undefined && this.items.length < 20) this.items.push(item);
  }
}

/**
 * Reads ASS or SSA: the `Dialogue:` events as cues, the Name field as the speaker (a `<v Name>`
 * voice on each of the event's lines).
 *
 * @example assToLines('[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi.').text // 'Hi.'
 */
export function assToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lines = sourceLines(source);
  const cues: Cue[] = [];
  let section = '';
  let sawEvents = false;
  let format = DEFAULT_FORMAT;
  const styles = new Dropped();
  const metadata = new Dropped();
  const comments = new Dropped();
  const otherEvents = new Dropped();
  const bad = new Dropped();
  const overrides = new Dropped();
  const drawings = new Dropped();
  const shown = new Dropped();
  for (let n = 0; n < lines.length; n++) {
    const raw = (lines[n] ?? '').trim();
    const lineNo = n + 1;
    if (!raw || raw.startsWith(';') || raw.startsWith('!:')) continue;
    if (raw.startsWith('[') && raw.endsWith(']')) {
      section = raw.slice(1, -1).trim().toLowerCase();
      if (section === 'events') sawEvents = true;
      continue;
    }
    const kv = keyValue(raw);
    if (section === 'events') {
      if (!kv) {
        bad.add(lineNo, raw);
        continue;
      }
      const [key, value] = kv;
      if (key === 'format') {
        format = value.split(',').map((f) => f.trim().toLowerCase());
        continue;
      }
      if (key === 'comment') {
        comments.add(
          lineNo,
          value
            .split(',')
            .slice(format.length - 1)
            .join(','),
        );
        continue;
      }
      if (key !== 'dialogue') {
        otherEvents.add(lineNo, raw);
        continue;
      }
      // The Text field is the last and takes every comma after the fields before it.
      const fields: string[] = [];
      let at = 0;
      for (let f = 0; f < format.length - 1; f++) {
        const comma = value.indexOf(',', at);
        if (comma === -1) break;
        fields.push(value.slice(at, comma).trim());
        at = comma + 1;
      }
      if (fields.length < format.length - 1) {
        bad.add(lineNo, raw);
        continue;
      }
      fields.push(value.slice(at));
      const field = (name: string): string => fields[format.indexOf(name)] ?? '';
      const startMs = parseCueTimestamp(field('start'));
      const endMs = parseCueTimestamp(field('end'));
      if (startMs === null || endMs === null) {
        bad.add(lineNo, raw);
        continue;
      }
      const read = readAssText(
        format.includes('text') ? field('text') : (fields.at(-1) ?? ''),
        startMs,
      );
      if (read.overrides > 0) {
        for (let k = 0; k < read.overrides; k++) overrides.add(lineNo);
      }
      if (read.drawing) drawings.add(lineNo);
      const name = field('name').trim();
      const voice = name ? `<v ${escapeCueText(name)}>` : '';
      // A fansub's typesetting (style `Signs`, `TS`) shows text on screen, a song style sings:
      // a direction (`[CITY HOSPITAL]`) and music (`♪ … ♪`), never the speaker's words.
      const kind = SCREEN_STYLE.exec(field('style'));
      if (kind && read.lines.some((l) => l.trim())) shown.add(lineNo, field('style'));
      const [open, close] = kind ? (kind[1] ? ['[', ']'] : ['♪ ', ' ♪']) : ['', ''];
      const cueLines: SourcedLine[] = read.lines.map((text) => ({
        text: voice + open + text + close,
        line: lineNo,
      }));
      cues.push({ startMs, endMs, lines: cueLines });
      continue;
    }
    if (section === 'v4+ styles' || section === 'v4 styles' || section === 'v4 styles+') {
      if (kv && kv[0] === 'style') styles.add(lineNo, kv[1].split(',', 1)[0]);
      continue;
    }
    // Script info, fonts, graphics, project garbage: not spoken text.
    if (kv && kv[0] !== 'format') metadata.add(lineNo, raw.slice(0, 120));
    else if (!kv) metadata.add(lineNo);
  }
  const messages: Message[] = [];
  const push = (
    ruleId: string,
    severity: Message['severity'],
    what: Dropped,
    reason: string,
  ): void => {
    if (what.count === 0) return;
    const message: Message = { ruleId, reason, line: what.line, column: 1, severity };
    if (what.items.length > 0) message.actual = what.items.join('\n');
    messages.push(message);
  };
  if (!sawEvents) {
    messages.push({
      ruleId: 'ass-no-events',
      reason: 'Not an ASS/SSA file: it has no [Events] section',
      line: 1,
      column: 1,
      severity: 'error',
    });
  }
  push(
    'caption-styling',
    'info',
    styles,
    `Dropped ${styles.count} style definition(s) of the captions (font, colour, position)`,
  );
  push(
    'caption-styling',
    'info',
    overrides,
    `Dropped ${overrides.count} override tag block(s) ({\\i1}, {\\an8} …) from the caption text`,
  );
  push(
    'caption-drawing',
    'info',
    drawings,
    `Dropped the vector drawing of ${drawings.count} event(s) ({\\p1}): shapes, not words`,
  );
  push(
    'caption-signs',
    'info',
    shown,
    `Read ${shown.count} sign or song event(s) as on-screen text or music, not speech`,
  );
  push(
    'caption-metadata',
    'info',
    metadata,
    `Dropped ${metadata.count} line(s) of script information (not spoken text)`,
  );
  push(
    'caption-comment',
    'info',
    comments,
    `Dropped ${comments.count} comment event(s) (Comment: lines are not shown)`,
  );
  push(
    'caption-bad-cue',
    'warning',
    otherEvents,
    `Dropped ${otherEvents.count} event(s) that are not dialogue (Picture, Sound, Movie, Command)`,
  );
  push(
    'caption-bad-cue',
    'warning',
    bad,
    `Dropped ${bad.count} event line(s) whose fields or times do not parse`,
  );
  return cuesToLines(cues, options, [], messages);
}
