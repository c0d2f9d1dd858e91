/**
 * SCC writer (`output=scc`): CEA-608 pop-on captions in Scenarist's text form, one line per run
 * of consecutive frames, `HH:MM:SS;FF<TAB>word word …`, each word two bytes in hex with odd
 * parity, one word a frame.
 *
 * Each cue is loaded into the non-displayed memory ahead of time (RCL, ENM, then per row a
 * preamble address code for its bottom row, a tab offset to centre it, and its text) and shown by
 * EOC; EDM clears the screen at its end. Control codes, special and extended characters are sent
 * twice (decoders ignore an identical repeat, so a lost word is covered). The load of a cue is
 * placed in the frames before its EOC, after the previous cue's EOC and around its EDM; its
 * length in words is its length in frames, so the EOC is sent on the frame before the cue's start
 * frame and the caption appears on that start frame. A load that cannot fit makes the caption
 * late, and a message says by how many frames. Text 608 cannot show is transliterated and
 * reported (`scc-transliterated`).
 */

import type { Message, ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { CONTROL, char608, pac, sccWord, to608 } from './cea608.ts';
import { compileSubtitles, type SubtitleCue } from './compile.ts';
import {
  deliverableOptions,
  type FormatLimits,
  type FrameRate,
  formatTimecode,
  frameRate,
  msToFrame,
  optionMessages,
} from './frames.ts';

export const SCC_CONTENT_TYPE = 'text/x-scc; charset=us-ascii';

/** 608 shows 32 columns and, for pop-on captions, up to 4 rows; SCC runs at 29.97 (or 30). */
export const SCC_LIMITS: FormatLimits = {
  profile: 'scc',
  maxCharsPerLine: 32,
  maxLines: 4,
  rates: [30_000 / 1001, 29.97, 30],
  fallbackFps: 30_000 / 1001,
};

const COLUMNS = 32;
const BOTTOM_ROW = 15;

/** What goes into the stream as one piece: a doubled control code or a single text word. */
type Unit = readonly number[];

/** A doubled code: two identical words on consecutive frames. */
const twice = (code: number): Unit => [code, code];

/**
 * Text bytes into 608 words, two characters a word, a lone character padded with a null. No word
 * may equal the one before it (decoders, and ttconv, skip an identical repeat as the redundant
 * copy of a control code), so `....` is sent as `..`, `.`, `.` + a paired split: a shortest split
 * with no two equal neighbours, found in one pass over the bytes.
 */
export function textWords(bytes: readonly number[], previous: number): number[] {
  const n = bytes.length;
  const word = (i: number, len: number): number =>
    ((bytes[i] ?? 0) << 8) | (len === 2 ? (bytes[i + 1] ?? 0) : 0);
  // State (i, len): bytes[0..i) covered, the last word has length len (0: none yet, i = 0).
  // best.get(key) = [words used, previous state key]; keys are i * 3 + len.
  const best = new Map<number, [number, number]>([[0, [0, -1]]]);
  for (let i = 0; i < n; i++) {
    for (const len of [0, 1, 2]) {
      const key = i * 3 + len;
      const here = best.get(key);
      if (!here) continue;
      const last = len === 0 ? previous : word(i - len, len);
      for (const next of [1, 2]) {
        if (i + next > n || word(i, next) === last) continue;
        const to = (i + next) * 3 + next;
        const seen = best.get(to);
        if (!seen || here[0] + 1 < seen[0]) best.set(to, [here[0] + 1, key]);
      }
    }
  }
  const one = best.get(n * 3 + 1);
  const two = best.get(n * 3 + 2);
  let key = two && (!one || two[0] <= one[0]) ? n * 3 + 2 : one ? n * 3 + 1 : -1;
  if (n === 0) return [];
  if (key === -1) {
    // Not reachable for n ≥ 1 (lengths 1-2-1-2… always differ); plain pairs as a fallback.
    const out: number[] = [];
    for (let j = 0; j < n; j += 2) out.push(word(j, j + 1 < n ? 2 : 1));
    return out;
  }
  const out: number[] = [];
  while (key > 0) {
    const i = Math.floor(key / 3);
    const len = key % 3;
    out.push(word(i - len, len));
    key = (best.get(key) as [number, number])[1];
  }
  return out.reverse();
}

interface Row {
  text: string;
  column: number;
}

/** Lines longer than 32 columns are wrapped at a space (or cut) onto more rows. */
function rowsOf(lines: readonly string[]): { rows: Row[]; wrapped: boolean } {
  const rows: Row[] = [];
  let wrapped = false;
  for (const line of lines) {
    // An index walks the characters (code points): slicing the rest for every row was
    // quadratic on one long word.
    const chars = [...line];
    let at = 0;
    while (chars.length - at > COLUMNS) {
      wrapped = true;
      let cut = -1;
      for (let j = at + COLUMNS; j > at; j--) {
        if (chars[j] === ' ') {
          cut = j;
          break;
        }
      }
      if (cut <= at) cut = at + COLUMNS;
      rows.push({ text: chars.slice(at, cut).join('').trimEnd(), column: 0 });
      at = cut;
      while (chars[at] === ' ') at++;
    }
    rows.push({ text: chars.slice(at).join(''), column: 0 });
  }
  for (const row of rows) row.column = Math.floor((COLUMNS - [...row.text].length) / 2);
  return { rows, wrapped };
}

/** The words that load one caption into non-displayed memory, as units. */
function loadUnits(rows: readonly Row[]): Unit[] {
  const units: Unit[] = [twice(CONTROL.RCL), twice(CONTROL.ENM)];
  const first = BOTTOM_ROW - rows.length + 1;
  rows.forEach((row, r) => {
    const code = pac(Math.max(1, first + r), row.column - (row.column % 4));
    units.push(twice(code));
    let previous = code;
    const tab = row.column % 4;
    if (tab > 0) {
      const to = [CONTROL.TO1, CONTROL.TO2, CONTROL.TO3][tab - 1] as number;
      units.push(twice(to));
      previous = to;
    }
    let run: number[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      for (const w of textWords(run, previous)) {
        units.push([w]);
        previous = w;
      }
      run = [];
    };
    for (const ch of row.text) {
      const c = char608(ch);
      if (!c) continue; // to608() left only characters 608 has
      if (c.kind === 'standard') run.push(c.byte);
      else if (c.kind === 'special') {
        flush();
        units.push(twice(c.code));
        previous = c.code;
      } else {
        run.push(c.fallback);
        flush();
        units.push(twice(c.code));
        previous = c.code;
      }
    }
    flush();
  });
  return units;
}

/** The stream: a word per frame, and the frames where a new SCC line must begin. */
class Timeline {
  readonly words = new Map<number, number>();
  readonly breaks = new Set<number>();

  free(frame: number, length: number): boolean {
    for (let f = frame; f < frame + length; f++) if (f < 0 || this.words.has(f)) return false;
    return true;
  }

  put(frame: number, unit: Unit): void {
    unit.forEach((w, k) => {
      this.words.set(frame + k, w);
    });
  }

  /** First frame ≥ `from` where `length` consecutive frames are free. */
  nextFree(from: number, length: number): number {
    let f = Math.max(0, from);
    while (!this.free(f, length)) f++;
    return f;
  }

  /** A control pair on its own SCC line (ttconv times a line by its first word). */
  command(frame: number, code: number): void {
    this.put(frame, twice(code));
    this.breaks.add(frame);
    this.breaks.add(frame + 2);
  }
}

/**
 * Places a load so that it ends on `last` (the frame before the EOC), going back over occupied
 * frames, never at or before `bound`. Returns false when it does not fit.
 */
function placeBackward(t: Timeline, units: readonly Unit[], last: number, bound: number): boolean {
  const spots: number[] = [];
  let cursor = last;
  for (let u = units.length - 1; u >= 0; u--) {
    const n = (units[u] as Unit).length;
    let f = cursor - n + 1;
    while (f > bound && !t.free(f, n)) f--;
    if (f <= bound) return false;
    spots.push(f);
    cursor = f - 1;
  }
  spots.reverse().forEach((f, u) => {
    t.put(f, units[u] as Unit);
  });
  return true;
}

/** The SCC view: lines of timecode and words, and the writer's messages. */
export function sccView(
  cues: readonly SubtitleCue[],
  rate: FrameRate,
): { lines: { timecode: string; words: string }[]; messages: Message[] } {
  const t = new Timeline();
  const messages: Message[] = [];
  let bound = -1;
  for (const cue of cues) {
    const converted = cue.lines.map(to608);
    const replaced = [...new Set(converted.flatMap((c) => c.replaced))];
    if (replaced.length > 0) {
      messages.push({
        ruleId: 'scc-transliterated',
        reason: `Cue ${cue.index}: CEA-608 has no ${replaced.map((c) => `“${c}”`).join(', ')}; written as ${replaced.map((c) => `“${to608(c).text}”`).join(', ')}.`,
        line: cue.line,
        column: null,
        severity: 'warning',
        actual: cue.lines.join('\n'),
        expected: [converted.map((c) => c.text).join('\n')],
      });
    }
    const { rows, wrapped } = rowsOf(converted.map((c) => c.text));
    if (wrapped) {
      messages.push({
        ruleId: 'scc-line-wrapped',
        reason: `Cue ${cue.index}: a line is longer than 608’s 32 columns and was wrapped onto ${rows.length} rows.`,
        line: cue.line,
        column: null,
        severity: 'warning',
      });
    }
    const units = loadUnits(rows);
    const start = msToFrame(cue.startMs, rate);
    const end = msToFrame(cue.endMs, rate);
    let eoc = start - 1;
    if (!t.free(eoc, 2) || !placeBackward(t, units, eoc - 1, bound)) {
      // Not enough frames since the previous caption appeared: load now, show when loaded.
      let cursor = bound + 1;
      for (const unit of units) {
        const f = t.nextFree(cursor, unit.length);
        t.put(f, unit);
        cursor = f + unit.length;
      }
      eoc = t.nextFree(Math.max(cursor, eoc), 2);
    }
    t.command(eoc, CONTROL.EOC);
    const shown = eoc + 1;
    if (shown > start) {
      const words = units.reduce((s, u) => s + u.length, 0);
      messages.push({
        ruleId: 'scc-late',
        reason: `Cue ${cue.index} appears ${shown - start} frames after its start: its ${words} words (one a frame) do not fit between the previous caption and this one.`,
        line: cue.line,
        column: null,
        severity: 'warning',
      });
    }
    const edm = t.nextFree(Math.max(end - 1, shown + 1), 2);
    t.command(edm, CONTROL.EDM);
    bound = eoc + 1;
  }

  const frames = [...t.words.keys()].sort((a, b) => a - b);
  const lines: { timecode: string; words: string }[] = [];
  let current: string[] = [];
  let first = 0;
  let previous = Number.NaN;
  for (const frame of frames) {
    if (current.length > 0 && (frame !== previous + 1 || t.breaks.has(frame))) {
      lines.push({ timecode: formatTimecode(first, rate), words: current.join(' ') });
      current = [];
    }
    if (current.length === 0) first = frame;
    current.push(sccWord(t.words.get(frame) as number));
    previous = frame;
  }
  if (current.length > 0)
    lines.push({ timecode: formatTimecode(first, rate), words: current.join(' ') });
  return { lines, messages };
}

/**
 * `output=scc`.
 *
 * @example renderScc(doc, optionsSchema().parse({ start: '01:00:00:00' })).body // 'Scenarist_SCC V1.0\n\n00:59:59;27\t94ae 94ae …'
 */
export const renderScc: TextRenderer = (doc: ScriptDocument, options: ResolvedOptions) => {
  const { options: o, notes } = deliverableOptions(options, SCC_LIMITS);
  const compiled = compileSubtitles(doc, o);
  const rate = frameRate(o.fps, o.dropFrame);
  const view = sccView(compiled.cues, rate);
  return {
    body: renderTemplate('scc', options.template, { lines: view.lines }),
    contentType: SCC_CONTENT_TYPE,
    extension: 'scc',
    messages: [...optionMessages(notes), ...compiled.messages, ...view.messages],
  };
};
