import { formatRunningTime } from '../core/clock.ts';
import type { ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { TextOutput } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { nonceOf, type RenderContext, textDirection } from './context.ts';
import { compileScript, type Script, type ScriptItem } from './script.ts';
import { appendAll, type WrappedLines, wrapFrom, wrapText, wrapWords } from './text.ts';

/**
 * The printed two-column script. Pages are laid out here, not by the browser: the type is fixed
 * pitch (every character 1ch wide) at a fixed leading, every line is wrapped here, so the height
 * of each row is known exactly and each page gets its header, `Page N of M` and `(MORE)` as text.
 * A browser prints each `.page` on one sheet; no row is ever split by the browser.
 */
export const PRINT_METRICS = {
  /** Type size and leading, in points (1 pt = 1/72 in). */
  fontSizePt: 12,
  lineHeightPt: 18,
  /** Space under each row, in points. */
  rowGapPt: 9,
  /** Columns, in characters of the fixed-pitch face (CSS `ch`). */
  leftCh: 22,
  gapCh: 2,
  rightCh: 42,
  /** Page padding, in millimetres (the sheet itself has no CSS margin). */
  padTopMm: 12,
  padBottomMm: 10,
  padSideMm: 18,
  /** Header (two lines and a rule) and footer heights, in points. */
  headerPt: 54,
  footerPt: 27,
  /** Kept free at the foot of every page against font differences, in points. */
  safetyPt: 18,
  /** A row is only split where the part left on the page keeps at least this many lines. */
  minSplitLines: 2,
} as const;

const PAPER = {
  a4: { cssSize: 'A4', widthMm: 210, heightMm: 297 },
  letter: { cssSize: 'letter', widthMm: 215.9, heightMm: 279.4 },
} as const;

const PT_PER_MM = 72 / 25.4;

export interface PrintLineView {
  text: string;
  /** CSS class: `seg` (segment name), `cg`, `time`, `text`, `cue`, `bite`, `title`. */
  kind: string;
}

export interface PrintRowView {
  id: string;
  segment: string;
  left: PrintLineView[];
  right: PrintLineView[];
  /** The row continues a block from the page before. */
  continued: boolean;
}

export interface PrintPageView {
  number: number;
  /** `Page 2 of 3`. */
  pageLabel: string;
  rows: PrintRowView[];
  /** `(MORE)` at the foot: the story goes on overleaf. */
  more: boolean;
  /** `###` after the last row. */
  last: boolean;
}

export interface PrintView {
  nonce: string | null;
  lang: string;
  /** `rtl` for Arabic, Hebrew, Persian…, else `ltr` (the `dir` of <html>). */
  dir: 'rtl' | 'ltr';
  slug: string;
  title: string | null;
  date: string;
  reporter: string | null;
  /** Total running time, `2:14`. */
  totalTime: string;
  pageCount: number;
  paper: string;
  /** CSS `@page` size keyword: `A4` or `letter`. */
  pageSize: string;
  pageWidthMm: number;
  /** Height of one `.page` box: the sheet less half a millimetre against rounding. */
  pageHeightMm: number;
  padTopMm: number;
  padBottomMm: number;
  padSideMm: number;
  fontSizePt: number;
  lineHeightPt: number;
  rowGapPt: number;
  headerPt: number;
  footerPt: number;
  leftCh: number;
  gapCh: number;
  rightCh: number;
  pages: PrintPageView[];
}

/** A block before pagination: its left column, its unsplittable head and its words. */
interface RowSource {
  item: ScriptItem;
  left: PrintLineView[];
  head: PrintLineView[];
  words: string[];
  kind: string;
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

function lines(text: string, widthCh: number, kind: string): PrintLineView[] {
  return wrapText(text, widthCh).map((t) => ({ text: t, kind }));
}

function rowSource(item: ScriptItem): RowSource {
  const { leftCh, rightCh } = PRINT_METRICS;
  const left = lines(item.segmentLabel, leftCh, 'seg');
  if (item.speakerCaps !== null) {
    if (item.titleCaps !== null) {
      appendAll(left, lines(`CG: ${item.speakerCaps}`, leftCh, 'cg'));
      appendAll(left, lines(item.titleCaps, leftCh, 'cg'));
    } else {
      appendAll(left, lines(item.speakerCaps, leftCh, 'cg'));
    }
  }
  if (item.runsCue !== null) left.push({ text: item.runsCue, kind: 'time' });
  else if (item.block.durationMs > 0) {
    // A live turn is the speaker's time on air; the rest is read by the anchor or reporter.
    const label = item.segment === 'live' ? 'TIME' : 'READ';
    left.push({ text: `${label} ${formatRunningTime(item.block.durationMs)}`, kind: 'time' });
  }
  if (item.block.durationMs > 0)
    left.push({ text: `RT ${formatRunningTime(item.endMs)}`, kind: 'time' });

  const head: PrintLineView[] = [];
  let text = item.text;
  let kind = 'text';
  switch (item.segment) {
    case 'headline':
      kind = 'title';
      text = item.cue ?? item.text;
      break;
    case 'direction':
      kind = 'cue';
      text = `[${item.cue ?? ''}]`;
      break;
    case 'sot':
      for (const cue of [item.inCue, item.outCue])
        if (cue !== null) appendAll(head, lines(cue, rightCh, 'cue'));
      kind = 'bite';
      text = item.quoted ?? item.text;
      break;
    default:
      break;
  }
  return { item, left, head, words: wrapWords(text, rightCh), kind };
}

/**
 * The lines up to the last sentence end within the first `maxLines` lines of `wrapped` (which
 * starts at word `start`), and the index of the word after it; null when no sentence ends there.
 */
function lastSentenceEnd(
  words: readonly string[],
  start: number,
  wrapped: WrappedLines,
  maxLines: number,
): { lines: string[]; next: number } | null {
  for (let j = maxLines - 1; j >= 0; j--) {
    const lineStart = j === 0 ? start : (wrapped.next[j - 1] ?? start);
    const lineEnd = wrapped.next[j] ?? lineStart;
    for (let w = lineEnd - 1; w >= lineStart; w--) {
      if (SENTENCE_END.test(words[w] ?? '')) {
        const last = words.slice(lineStart, w + 1).join(' ');
        return { lines: [...wrapped.lines.slice(0, j), last], next: w + 1 };
      }
    }
  }
  return null;
}

interface Placement {
  pages: PrintRowView[][];
  endOnNewPage: boolean;
}

/**
 * Lays the rows out on pages. A row that does not fit the space left goes to the next page; a
 * row taller than what is left is split at the last sentence end that fits (at a line when one
 * sentence is taller than a page), and the rest continues overleaf as `(CONT'D)`. Linear: each
 * call to `wrapFrom` costs the lines it returns.
 */
function paginate(sources: RowSource[], bodyPt: number): Placement {
  const { lineHeightPt, rowGapPt, rightCh, minSplitLines } = PRINT_METRICS;
  const pages: PrintRowView[][] = [[]];
  let usedPt = 0;
  const linesLeft = (): number => Math.floor((bodyPt - usedPt - rowGapPt) / lineHeightPt);
  const newPage = (): void => {
    pages.push([]);
    usedPt = 0;
  };
  const place = (row: PrintRowView): void => {
    pages[pages.length - 1]?.push(row);
    usedPt += Math.max(row.left.length, row.right.length) * lineHeightPt + rowGapPt;
  };
  const pageIsEmpty = (): boolean => (pages[pages.length - 1]?.length ?? 0) === 0;

  for (const source of sources) {
    let position = 0;
    let continued = false;
    for (;;) {
      const left = continued
        ? [{ text: `${source.item.segmentLabel} (CONT'D)`, kind: 'seg' }]
        : source.left;
      const head = continued ? [] : source.head;
      const room = linesLeft();
      const textRoom = room - head.length;
      const wrapped = wrapFrom(source.words, position, rightCh, Math.max(0, textRoom) + 1);
      const chunk = (textLines: string[]): PrintRowView => ({
        id: source.item.block.id,
        segment: source.item.segment,
        left,
        right: [...head, ...textLines.map((text) => ({ text, kind: source.kind }))],
        continued,
      });
      const row = (count: number): PrintRowView => chunk(wrapped.lines.slice(0, count));
      // `wrapped` stops one line past the room, so fewer lines than that means all the rest.
      const allFit = wrapped.lines.length <= textRoom && left.length <= room && head.length <= room;
      if (allFit) {
        place(row(wrapped.lines.length));
        break;
      }
      // Greedy wrapping is prefix-stable, so the text up to any sentence end wraps into the
      // same lines, the last one cut short: split after the last sentence end that fits.
      const cut = lastSentenceEnd(
        source.words,
        position,
        wrapped,
        Math.min(textRoom, wrapped.lines.length),
      );
      if (cut !== null && cut.lines.length >= minSplitLines && left.length <= room) {
        place(chunk(cut.lines));
        position = cut.next;
      } else if (pageIsEmpty()) {
        // One sentence taller than a page (or a head taller than a page): split at a line.
        const count = Math.max(1, Math.min(textRoom, wrapped.lines.length - 1));
        place(row(count));
        position = wrapped.next[count - 1] ?? source.words.length;
      } else {
        newPage();
        continue;
      }
      continued = true;
      newPage();
    }
  }
  const endOnNewPage = linesLeft() < 2;
  return { pages, endOnNewPage };
}

function printDate(options: ResolvedOptions, context: RenderContext | undefined): string {
  if (options.date !== undefined) return options.date;
  return (context?.now ?? new Date()).toISOString().slice(0, 10);
}

/** Longest slug a page header shows (a slug is one or two words; a hostile one is cut). */
const MAX_HEADER_SLUG = 40;

function capped(text: string, max: number): string {
  const chars = Array.from(text.slice(0, max * 2));
  if (chars.length <= max && text.length <= max * 2) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Precomputes the printed script: every line wrapped, every page with its header and footer. */
export function compilePrint(
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
): PrintView {
  const m = PRINT_METRICS;
  const paper = PAPER[options.paper];
  const pageHeightMm = paper.heightMm - 0.5;
  const bodyPt =
    (pageHeightMm - m.padTopMm - m.padBottomMm) * PT_PER_MM - m.headerPt - m.footerPt - m.safetyPt;
  const script: Script = compileScript(doc, {
    uppercase: options.uppercase,
    typography: options.typography,
  });
  const placement = paginate(script.items.map(rowSource), bodyPt);
  const rowsByPage = placement.endOnNewPage ? [...placement.pages, []] : placement.pages;
  const pageCount = rowsByPage.length;
  return {
    nonce: nonceOf(context),
    lang: script.language,
    dir: textDirection(script.language),
    // Repeated in every page header: bounded, so a one-word 1 MB text does not print it per page.
    slug: capped(script.slug, MAX_HEADER_SLUG),
    title: script.title,
    date: printDate(options, context),
    reporter: script.reporter,
    totalTime: formatRunningTime(script.totalMs),
    pageCount,
    paper: options.paper,
    pageSize: paper.cssSize,
    pageWidthMm: paper.widthMm,
    pageHeightMm,
    padTopMm: m.padTopMm,
    padBottomMm: m.padBottomMm,
    padSideMm: m.padSideMm,
    fontSizePt: m.fontSizePt,
    lineHeightPt: m.lineHeightPt,
    rowGapPt: m.rowGapPt,
    headerPt: m.headerPt,
    footerPt: m.footerPt,
    leftCh: m.leftCh,
    gapCh: m.gapCh,
    rightCh: m.rightCh,
    pages: rowsByPage.map((rows, i) => ({
      number: i + 1,
      pageLabel: `Page ${i + 1} of ${pageCount}`,
      rows,
      more: i < pageCount - 1,
      last: i === pageCount - 1,
    })),
  };
}

/** `output=print`: a self-contained HTML page laid out for A4 or Letter paper. */
export function renderPrint(
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
): TextOutput {
  const view = compilePrint(doc, options, context);
  return {
    body: renderTemplate('print', options.template, view),
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
    messages: [],
  };
}
