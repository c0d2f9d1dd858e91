/**
 * The page furniture of a German parliament's printed record (the Bundestag's and the Landtage's
 * Plenarprotokoll) copied from its PDF: the margin letters `(A)` to `(D)` that mark the quarters
 * of each column, alone on their line or at a line's end, and the page's number alone on its
 * line. Read only in a record with the parliament's running page header (`Deutscher Bundestag –
 * 20. Wahlperiode – …`, see ./furniture-languages.ts): elsewhere `(B)` may be an answer's letter.
 *
 * One pass over the lines; a line is looked at further only when its last character is `)` or a
 * digit, and the header is looked for only when such a line was found.
 */
import { isParliamentRunningHead } from './furniture-languages.ts';
import type { Paragraph, RootContent, Segment } from './tree.ts';

/** Most margin letters at one line's end (`(B) (D)`, both columns' letters). */
const MAX_LETTERS = 2;
/** Longest page number. */
const MAX_PAGE_DIGITS = 5;

export interface PlenaryFurniture {
  /** Lines that are page furniture whole: margin letters, a page's number, a running header. */
  lines: number[];
  /** Lines ending in margin letters after their words, with where the letters start. */
  trailing: { node: Paragraph; seg: Segment; start: number }[];
}

const NONE: PlenaryFurniture = { lines: [], trailing: [] };

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/**
 * Where the margin letters ending `text` (before `end`, past trailing spaces) start, or -1: one
 * or two `(A)`…`(D)`, each after a space or at the line's start.
 */
function marginStart(text: string, end: number): number {
  let at = end;
  let found = -1;
  for (let n = 0; n < MAX_LETTERS; n++) {
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    const letter = text.charCodeAt(at - 2);
    if (
      at < 3 ||
      text.charCodeAt(at - 1) !== 0x29 ||
      text.charCodeAt(at - 3) !== 0x28 ||
      letter < 0x41 ||
      letter > 0x44
    )
      break;
    at -= 3;
    if (at > 0 && !isSpace(text.charCodeAt(at - 1))) break;
    found = at;
  }
  return found;
}

/** True when `text` is a number of one to five digits and nothing else. */
function isPageNumber(text: string): boolean {
  if (text.length === 0 || text.length > MAX_PAGE_DIGITS) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function readPlenaryFurniture(children: readonly RootContent[]): PlenaryFurniture {
  const lines: number[] = [];
  const trailing: PlenaryFurniture['trailing'] = [];
  let candidates = false;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      const text = seg.text;
      let end = text.length;
      while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
      const last = text.charCodeAt(end - 1);
      if (last === 0x29) {
        const start = marginStart(text, end);
        if (start === -1) continue;
        candidates = true;
        let first = 0;
        while (first < start && isSpace(text.charCodeAt(first))) first++;
        if (first === start) lines.push(seg.line);
        else trailing.push({ node, seg, start });
      } else if (last >= 0x30 && last <= 0x39 && end <= MAX_PAGE_DIGITS + 8) {
        if (isPageNumber(text.trim())) {
          lines.push(seg.line);
          candidates = true;
        }
      }
    }
  }
  if (!candidates) return NONE;
  const heads = runningHeads(children);
  if (heads.length === 0) return NONE;
  return { lines: [...lines, ...heads], trailing };
}

/** The lines of the text that are a German parliament's running page header. */
function runningHeads(children: readonly RootContent[]): number[] {
  const heads: number[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      const text = seg.text.trim();
      if (
        text.length <= 240 &&
        (text.includes('Wahlperiode') || text.startsWith('Plenarprotokoll')) &&
        isParliamentRunningHead(text)
      )
        heads.push(seg.line);
    }
  }
  return heads;
}
