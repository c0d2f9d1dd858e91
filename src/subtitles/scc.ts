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
import type { RenderContext, TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { CONTROL, char608, isStandardAscii, pac, sccWord, to608 } from './cea608.ts';
import { compileShared, type SubtitleCue } from './compile.ts';
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
  // Keys are i * 3 + len: used[key] = words used (-1: not reached), from[key] = previous key.
  const used = new Array<number>(3 * n + 3).fill(-1);
  const from = new Array<number>(3 * n + 3).fill(-1);
  used[0] = 0;
  for (let i = 0; i < n; i++) {
    for (let len = 0; len <= 2; len++) {
      const key = i * 3 + len;
      const here = used[key] as number;
      if (here < 0) continue;
      const last = len === 0 ? previous : word(i - len, len);
      for (let next = 1; next <= 2; next++) {
        if (i + next > n || word(i, next) === last) continue;
        const to = (i + next) * 3 + next;
        const seen = used[to] as number;
        if (seen < 0 || here + 1 < seen) {
          used[to] = here + 1;
          from[to] = key;
        }
      }
    }
  }
  const one = used[n * 3 + 1] as number;
  const two = used[n * 3 + 2] as number;
  let key = two >= 0 && (one < 0 || two <= one) ? n * 3 + 2 : one >= 0 ? n * 3 + 1 : -1;
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
    key = from[key] as number;
  }
  return out.reverse();
}

interface Row {
  text: string;
  column: number;
}

/** Characters of `text` as `[...text]` counts them: a surrogate pair is one. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

/** Lines longer than 32 columns are wrapped at a space (or cut) onto more rows. */
function rowsOf(lines: readonly string[]): { rows: Row[]; wrapped: boolean } {
  const rows: Row[] = [];
  let wrapped = false;
  for (const line of lines) {
    // A line of up to 32 units is one row as it is (no need to walk its characters).
    if (line.length <= COLUMNS) {
      rows.push({ text: line, column: 0 });
      continue;
    }
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
  for (const row of rows) row.column = Math.floor((COLUMNS - codePoints(row.text)) / 2);
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
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && isStandardAscii(code)) {
        run.push(code);
        continue;
      }
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

/** Frames are stored in pages of this many: storage grows with the frames used, not the span. */
const PAGE = 1024;

/** The stream: a word per frame, and the frames where a new SCC line must begin. */
class Timeline {
  /** Page number → the word on each frame of the page (-1: free). */
  private readonly words = new Map<number, Int32Array>();
  /** Page number → 1 on each frame where a new SCC line must begin. */
  private readonly breaks = new Map<number, Uint8Array>();

  /** The page last looked up (placing a caption reads the same page again and again). */
  private lastNumber = Number.NaN;
  private lastPage: Int32Array | undefined;

  private wordAt(frame: number): number {
    const number = Math.floor(frame / PAGE);
    if (number !== this.lastNumber) {
      this.lastNumber = number;
      this.lastPage = this.words.get(number);
    }
    const page = this.lastPage;
    return page === undefined ? -1 : (page[frame % PAGE] as number);
  }

  free(frame: number, length: number): boolean {
    for (let f = frame; f < frame + length; f++) if (f < 0 || this.wordAt(f) >= 0) return false;
    return true;
  }

  put(frame: number, unit: Unit): void {
    for (let k = 0; k < unit.length; k++) {
      const f = frame + k;
      const number = Math.floor(f / PAGE);
      let page = this.words.get(number);
      if (page === undefined) {
        page = new Int32Array(PAGE).fill(-1);
        this.words.set(number, page);
        if (number === this.lastNumber) this.lastPage = page;
      }
      page[f % PAGE] = unit[k] as number;
    }
  }

  private lineBreak(frame: number): void {
    const number = Math.floor(frame / PAGE);
    let page = this.breaks.get(number);
    if (page === undefined) {
      page = new Uint8Array(PAGE);
      this.breaks.set(number, page);
    }
    page[frame % PAGE] = 1;
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
    this.lineBreak(frame);
    this.lineBreak(frame + 2);
  }

  /** Every used frame in time order with its word, and whether a new SCC line begins there. */
  forEachWord(visit: (frame: number, word: number, lineBreak: boolean) => void): void {
    const numbers = [...this.words.keys()].sort((a, b) => a - b);
    for (const number of numbers) {
      const page = this.words.get(number) as Int32Array;
      const breaks = this.breaks.get(number);
      for (let i = 0; i < PAGE; i++) {
        const word = page[i] as number;
        if (word >= 0) visit(number * PAGE + i, word, breaks !== undefined && breaks[i] === 1);
      }
    }
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
    const replaced = converted.every((c) => c.replaced.length === 0)
      ? []
      : [...new Set(converted.flatMap((c) => c.replaced))];
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

  const lines: { timecode: string; words: string }[] = [];
  let current: string[] = [];
  let first = 0;
  let previous = Number.NaN;
  t.forEachWord((frame, word, lineBreak) => {
    if (current.length > 0 && (frame !== previous + 1 || lineBreak)) {
      lines.push({ timecode: formatTimecode(first, rate), words: current.join(' ') });
      current = [];
    }
    if (current.length === 0) first = frame;
    current.push(sccWord(word));
    previous = frame;
  });
  if (current.length > 0)
    lines.push({ timecode: formatTimecode(first, rate), words: current.join(' ') });
  return { lines, messages };
}

/**
 * `output=scc`.
 *
 * @example renderScc(doc, optionsSchema().parse({ start: '01:00:00:00' })).body // 'Scenarist_SCC V1.0\n\n00:59:59;27\t94ae 94ae …'
 */
export const renderScc: TextRenderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => {
  const { options: o, notes } = deliverableOptions(options, SCC_LIMITS);
  const compiled = compileShared(doc, o, context?.subtitles);
  const rate = frameRate(o.fps, o.dropFrame);
  const view = sccView(compiled.cues, rate);
  return {
    body: renderTemplate('scc', options.template, { lines: view.lines }),
    contentType: SCC_CONTENT_TYPE,
    extension: 'scc',
    messages: [...optionMessages(notes), ...compiled.messages, ...view.messages],
  };
};
