/**
 * The page furniture of a German parliament's printed record (the Bundestag's and the Landtage's
 * Plenarprotokoll) copied from its PDF: the margin letters `(A)` to `(D)` that mark the quarters
 * of each column, alone on their line or at a line's end, the page's number alone on its
 * line, and the column title under the running header (who speaks on the page). Read only in a record with the parliament's running page header (`Deutscher Bundestag –
 * 20. Wahlperiode – …`, see ./furniture-languages.ts): elsewhere `(B)` may be an answer's letter.
 *
 * One pass over the lines; a line is looked at further only when its last character is `)` or a
 * digit, and the header is looked for only when such a line was found.
 */
import { isParliamentRunningHead } from './furniture-languages.ts';
import { STARTS_UPPERCASE } from './letter-patterns.ts';
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
  const furniture = new Set(lines);
  for (const line of heads) furniture.add(line);
  for (const line of columnTitles(children, new Set(heads), furniture)) furniture.add(line);
  return { lines: [...furniture], trailing };
}

/** Particles inside a German name (`Ursula von der Leyen`, `Karl-Theodor zu Guttenberg`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'zu', 'de']);
/** Longest column title. */
const MAX_COLUMN_TITLE = 80;

/**
 * The page's column title under its running header: the name of who speaks on the page, maybe
 * with their office (`Dr. Mathias Middelberg`, `Bundesminister Christian Lindner`): two to six
 * words, each capitalized or a name's particle, no digit, colon or sentence's end.
 */
function isColumnTitle(text: string): boolean {
  if (text.length < 5 || text.length > MAX_COLUMN_TITLE || /[\d:;!?()]|[.,]$/.test(text))
    return false;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => STARTS_UPPERCASE.test(w) || NAME_PARTICLES.has(w));
}

/**
 * The lines right under a running header (past the page's margin letters and number) that are
 * the page's column title (see {@link isColumnTitle}).
 */
function columnTitles(
  children: readonly RootContent[],
  heads: ReadonlySet<number>,
  furniture: ReadonlySet<number>,
): number[] {
  const titles: number[] = [];
  let afterHead = false;
  for (const node of children) {
    if (node.type !== 'paragraph') {
      afterHead = false;
      continue;
    }
    for (const seg of node.segments) {
      if (heads.has(seg.line)) {
        afterHead = true;
        continue;
      }
      if (!afterHead || furniture.has(seg.line)) continue;
      afterHead = false;
      if (isColumnTitle(seg.text.trim())) titles.push(seg.line);
    }
  }
  return titles;
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
