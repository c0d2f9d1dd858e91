/**
 * Shared by the text-hygiene plugins (one plugin per concern: `unicode`, `mojibake`, `markup`,
 * `entities`, `whitespace`, `list-markers`): they work line by line on the paragraphs' source
 * segments, so every change is reported at the line and columns where it happened, and each
 * reports through {@link Changes} under its own `source`.
 */
import type { VFile } from 'vfile';
import type { Severity } from '../document.ts';
import { report } from '../report.ts';
import type { ColumnMap, Paragraph, Root, Segment } from '../tree.ts';

/** One replacement in a line: [start, end) of the text as it was became `to`. */
export interface Edit {
  start: number;
  end: number;
  to: string;
}

/** Where each edit starts after the step, and the shift after it: built on the first look-up. */
function indexEdits(map: ColumnMap, edits: readonly Edit[]): void {
  const newStarts = new Int32Array(edits.length);
  const shifts = new Int32Array(edits.length);
  let shift = 0;
  for (let j = 0; j < edits.length; j++) {
    const edit = edits[j] as Edit;
    newStarts[j] = edit.start + shift;
    shift += edit.to.length - (edit.end - edit.start);
    shifts[j] = shift;
  }
  map.newStarts = newStarts;
  map.shifts = shifts;
}

/** Position `i` of the text after `map`'s step, in the text before it. */
function stepBack(map: ColumnMap, i: number): number {
  if (map.table) return map.table[i] ?? i;
  const edits = map.edits ?? [];
  if (!map.newStarts || !map.shifts) indexEdits(map, edits);
  const newStarts = map.newStarts as Int32Array;
  const shifts = map.shifts as Int32Array;
  // The last edit starting at or before i (binary search: edits are sorted in both texts).
  let lo = 0;
  let hi = edits.length - 1;
  let j = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((newStarts[mid] as number) <= i) {
      j = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (j === -1) return i;
  const edit = edits[j] as Edit;
  // Inside the replacement: where the replaced text started; after it: shifted back.
  if (i < (newStarts[j] as number) + edit.to.length) return edit.start;
  return i - (shifts[j] as number);
}

/** The column (0-based) in the input line of position `i` of the segment's current text. */
export function rawColumn(seg: Segment, i: number): number {
  let map = seg.origin;
  let at = i;
  while (map) {
    at = stepBack(map, Math.min(at, map.length));
    map = map.prev;
  }
  return at;
}

/**
 * The segment's text with `edits` made (sorted, not overlapping), recorded as
 * {@link applyEdits} records them. The one place a list of edits writes a line's new text.
 */
export function applySortedEdits(seg: Segment, edits: readonly Edit[]): void {
  if (edits.length === 0) return;
  const text = seg.text;
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += text.slice(from, edit.start) + edit.to;
    from = edit.end;
  }
  out += text.slice(from);
  applyEdits(seg, out, edits);
}

/**
 * Records that `edits` (in the coordinates of the segment's current text) turned it into `text`:
 * each position of the new text maps back to the input line. Sorted edits are kept as they are
 * and mapped back only when a column is asked for (most lines are never reported); others are
 * tabulated. Linear in the line.
 */
export function applyEdits(seg: Segment, text: string, edits: readonly Edit[]): void {
  if (edits.length === 0) return;
  const before = seg.text.length;
  // The length the edits give, and whether they are sorted and do not overlap.
  let k = 0;
  let from = 0;
  let sorted = true;
  for (const edit of edits) {
    if (edit.start < from || edit.end < edit.start || edit.end > before) sorted = false;
    k += Math.max(0, edit.start - from) + edit.to.length;
    from = edit.end;
  }
  k += Math.max(0, before - from);
  if (k !== text.length) {
    // Edits that do not reproduce the text are a bug: keep the text, lose only the columns.
    editMismatches++;
    seg.origin = undefined;
    seg.text = text;
    return;
  }
  const map: ColumnMap = { prev: seg.origin, length: text.length };
  if (sorted) {
    map.edits = edits;
  } else {
    const table = new Int32Array(text.length + 1);
    let p = 0;
    from = 0;
    for (const edit of edits) {
      for (; from < edit.start; from++) table[p++] = from;
      for (let c = 0; c < edit.to.length; c++) table[p++] = edit.start;
      from = edit.end;
    }
    for (; from < before; from++) table[p++] = from;
    table[p] = before;
    map.table = table;
  }
  seg.origin = map;
  seg.text = text;
}

let editMismatches = 0;
/** How many times {@link applyEdits} got edits that did not reproduce the text (tests: 0). */
export function editMismatchCount(): number {
  return editMismatches;
}

/**
 * Applies `fix` to every source line of every paragraph, then re-joins the paragraph text.
 * A fix that records its edits with {@link applyEdits} keeps later columns true to the input.
 */
export function eachSegment(
  tree: Root,
  fix: (text: string, line: number, seg: Segment) => string,
): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    let changed = false;
    for (const seg of node.segments) {
      const before = seg.text;
      const fixed = fix(seg.text, seg.line, seg);
      if (fixed !== before) changed = true;
      if (fixed !== seg.text) seg.text = fixed;
    }
    if (changed) node.value = joinSegments(node);
  }
}

export function joinSegments(node: Paragraph): string {
  // Array#join makes one flat string; `a + b` chains would leave a rope every later scan pays for.
  const parts: string[] = [];
  for (const seg of node.segments) {
    const t = seg.text.trim();
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

/** Messages reported one by one per rule; past this, one summary counts the rest. */
export const MAX_MESSAGES_PER_RULE = 20;

/**
 * Reports every occurrence of one kind of change with its place (line, start and end column in
 * the line as the plugin saw it), its own `source` and `ruleId`: the first
 * {@link MAX_MESSAGES_PER_RULE} one message each, the rest in one summary at the end (so a
 * hostile input of a million changes does not make a million messages).
 */
export class Changes {
  private count = 0;
  private restLines = 0;
  private restFirstLine: number | null = null;
  private restLastLine: number | null = null;
  private readonly rest: string[] = [];

  private readonly file: VFile;
  private readonly source: string;
  private readonly ruleId: string;
  private readonly severity: Severity;

  constructor(file: VFile, source: string, ruleId: string, severity: Severity = 'info') {
    this.file = file;
    this.source = source;
    this.ruleId = ruleId;
    this.severity = severity;
  }

  /**
   * One change: `from` at [start, end) of the segment's current text became `to`; reported at
   * the columns of the input line it came from. `reason` may be a function of `from` and `to`:
   * past the per-rule limit no message is written, so none need be composed.
   */
  add(
    seg: Segment,
    start: number,
    end: number,
    from: string,
    to: string,
    reason: string | ((from: string, to: string) => string),
  ): void {
    const line = seg.line;
    this.count++;
    if (this.count <= MAX_MESSAGES_PER_RULE) {
      // A reason given as a function is written only for the changes reported one by one.
      report(this.file, this.ruleId, typeof reason === 'string' ? reason : reason(from, to), {
        line,
        column: rawColumn(seg, start) + 1,
        endLine: line,
        endColumn: rawColumn(seg, end) + 1,
        source: this.source,
        severity: this.severity,
        actual: from,
        expected: [to],
      });
      return;
    }
    if (this.restLastLine !== line) this.restLines++;
    this.restLastLine = line;
    this.restFirstLine ??= line;
    this.rest.push(from);
  }

  get total(): number {
    return this.count;
  }

  /** Reports the changes past the per-rule limit as one message: `what` names them. */
  flush(what: string): void {
    const rest = this.count - MAX_MESSAGES_PER_RULE;
    if (rest <= 0) return;
    report(
      this.file,
      this.ruleId,
      `…and ${rest} more ${what} on ${this.restLines} line(s) from line ${this.restFirstLine}`,
      {
        line: this.restFirstLine,
        source: this.source,
        severity: this.severity,
        // Everything it removed or replaced, so nothing is lost from the report (at most the input).
        actual: this.rest.join(' '),
      },
    );
  }
}

/**
 * A character at or past U+0300, where combining marks and composable forms begin, but for the
 * General Punctuation block from U+2002 (dashes, curly quotes, the ellipsis: no decomposition,
 * no combining class, nothing composes with them; U+2000 and U+2001 decompose to U+2002 and
 * U+2003).
 */
const MAY_CHANGE_IN_NFC = /[\u0300-\u2001\u2070-\uffff]/;

/**
 * `text.normalize('NFC')`, skipped for text of characters below U+0300 and general punctuation
 * (nothing there to compose: NFC already).
 */
export function toNfc(text: string): string {
  return MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Shows a short piece of text in a message: quoted, invisible characters as code points. */
export function show(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out +=
      cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffd
        ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
        : ch;
  }
  return `“${out}”`;
}
