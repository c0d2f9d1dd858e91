/**
 * Line numbers of court transcripts pasted from a PDF (pleading paper: the Supreme Court's and
 * most court reporters' transcripts number every line of a page 1–25, and a paste keeps the
 * numbers at the start of each line, often double-spaced with a blank line after every line).
 *
 * Only a document whose lines mostly start with a number counting up by one (back to 1 on a
 * new page) is numbered: a line of narration that happens to start with a number (`2 people
 * were hurt`) is never read so. The numbers are removed and reported. On pleading paper a
 * paragraph's first line is indented deeper than the lines that continue it, so in a numbered
 * document a line indented at most {@link CONTINUATION_INDENT} spaces after its number
 * continues the paragraph before it across the blank line of double spacing; a deeper one (a
 * speaker's tag, a direction, a heading) starts a paragraph. Where turns open at the margin and
 * their lines go on indented (UK transcripts), a line that opens no turn and is not centred
 * continues.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { examinerOf } from '../directions.ts';
import { lazyRegExp } from '../lazy.ts';
import { report } from '../report.ts';
import {
  type CourtPages,
  type Paragraph,
  type Root,
  type Segment,
  segmentsPosition,
} from '../tree.ts';
import { applyEdits, Changes, joinSegments } from './segments.ts';

export const SOURCE = 'line-numbers';

/** A line number at the start of a line and the spaces after it (the number at most 2 digits). */
const NUMBERED = /^(\s*)(\d{1,2})(\s+)\S/;
/** Highest line number of a page (pleading paper has 25 to 28 lines). */
const MAX_LINE_NUMBER = 28;
/** Numbered lines a document needs before its numbers are read as line numbers. */
const MIN_NUMBERED = 5;
/** Share of the non-empty lines that must be numbered. */
const MIN_SHARE = 0.6;
/** Share of the steps between numbered lines that must count up by one (or start a page). */
const MIN_IN_ORDER = 0.9;
/** Spaces after the number of a line that continues a paragraph (a first line is deeper). */
const CONTINUATION_INDENT = 4;

interface Numbered {
  seg: Segment;
  number: number;
  /** Length of the leading spaces, the number and the spaces after it in the current text. */
  length: number;
  /** Spaces between the number and the text in the input line. */
  indent: number;
}

function readNumber(seg: Segment): Numbered | null {
  const match = NUMBERED.exec(seg.text);
  if (!match) return null;
  const number = Number(match[2]);
  if (number < 1 || number > MAX_LINE_NUMBER) return null;
  const raw = NUMBERED.exec(seg.raw);
  const indent = (raw?.[3] ?? match[3] ?? '').length;
  return { seg, number, length: match[0].length - 1, indent };
}

/** The numbered lines of the document when it is line-numbered, else an empty list. */
export function lineNumbers(tree: Root): Numbered[] {
  const found: Numbered[] = [];
  let lines = 0;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      // A number alone (a blank numbered line, the page number) neither counts for nor against.
      if (seg.text.trim() === '' || LONE_NUMBER.test(seg.text)) continue;
      lines++;
      const numbered = readNumber(seg);
      if (numbered) found.push(numbered);
    }
  }
  if (found.length < MIN_NUMBERED || found.length < lines * MIN_SHARE) return [];
  let inOrder = 0;
  for (let i = 1; i < found.length; i++) {
    const step = found[i] as Numbered;
    const before = found[i - 1] as Numbered;
    if (step.number === before.number + 1 || (step.number === 1 && before.number > 1)) inOrder++;
  }
  return inOrder >= (found.length - 1) * MIN_IN_ORDER ? found : [];
}

/** A number alone on its line: a blank numbered line, or the page number (right-aligned). */
const LONE_NUMBER = /^(\s*)(\d{1,4})\s*$/;
/** Spaces before a number alone that make it the page's number at the right, not a line's. */
const PAGE_NUMBER_INDENT = 20;

export const courtLineNumbers: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const found = lineNumbers(tree);
  if (found.length === 0) return;
  const changes = new Changes(file, SOURCE, 'line-number');
  // A page's blank numbered lines lose their numbers; its number at the right is a page mark.
  const pages = new Map(tree.data?.hints?.notes);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      const lone = LONE_NUMBER.exec(seg.raw);
      if (!lone) continue;
      if ((lone[1] ?? '').length >= PAGE_NUMBER_INDENT) {
        pages.set(seg.line, 'page-element');
        continue;
      }
      if (Number(lone[2]) < 1 || Number(lone[2]) > MAX_LINE_NUMBER) continue;
      const text = seg.text;
      changes.add(
        seg,
        0,
        text.length,
        text,
        '',
        `Removed the court transcript line number ${text.trim()} at the start of the line`,
      );
      applyEdits(seg, '', [{ start: 0, end: text.length, to: '' }]);
    }
  }
  const continues = new Set<Segment>();
  const stripped = new Set<Segment>();
  const indents = new Map<Segment, number>();
  for (const { seg, length, indent } of found) {
    stripped.add(seg);
    indents.set(seg, indent);
    const marker = seg.text.slice(0, length);
    changes.add(
      seg,
      0,
      length,
      marker,
      '',
      `Removed the court transcript line number ${marker.trim()} at the start of the line`,
    );
    applyEdits(seg, seg.text.slice(length), [{ start: 0, end: length, to: '' }]);
  }
  changes.flush('line number(s) removed');
  // The pages' edges, read on the lines as they are now (their numbers gone).
  const hanging = hangingIndents(found);
  // Where turns open at the margin (UK), a line that opens none continues; on pleading paper
  // (US) a line at most the continuation's indent does.
  for (const numbered of found) {
    if (hanging ? continuesParagraph(numbered, true) : numbered.indent <= CONTINUATION_INDENT)
      continues.add(numbered.seg);
  }
  const edges = pageEdges(tree, found, hanging);
  for (const line of edges.furniture) pages.set(line, 'page-element');
  if (pages.size > 0) tree.data = { ...tree.data, hints: { ...tree.data?.hints, notes: pages } };
  tree.data = { ...tree.data, courtPages: edges };

  // Double spacing: a continuation line joins the paragraph before it.
  const children: Root['children'] = [];
  let joined = 0;
  let firstJoin: number | null = null;
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      // Lines left blank (their number removed, each reported) are no part of the paragraph.
      const kept = node.segments.filter((seg) => seg.text.trim() !== '');
      if (kept.length === 0) continue;
      if (kept.length < node.segments.length) {
        node.segments = kept;
        node.value = joinSegments(node);
        const position = segmentsPosition(kept);
        if (position) node.position = position;
      }
    }
    const last = children[children.length - 1];
    const first = node.type === 'paragraph' ? node.segments[0] : undefined;
    // A heading centred over two double-spaced lines is one heading.
    const headingGoesOn =
      first !== undefined &&
      node.type === 'paragraph' &&
      node.segments.length === 1 &&
      last?.type === 'paragraph' &&
      last.segments.length === 1 &&
      (indents.get(first) ?? 0) >= CENTRED_INDENT &&
      isHeadingLine(first, indents) &&
      isHeadingLine(last.segments[0] as Segment, indents);
    // A parenthetical set deeper (`(Exhibit 2 was marked for`) goes on at its own indent until
    // it closes (`identification.)`).
    const opener = last?.type === 'paragraph' ? last.segments[0] : undefined;
    const parentheticalGoesOn =
      first !== undefined &&
      opener !== undefined &&
      last?.type === 'paragraph' &&
      node.type === 'paragraph' &&
      node.segments.length === 1 &&
      indents.get(first) !== undefined &&
      indents.get(first) === indents.get(opener) &&
      last.value.trimStart().startsWith('(') &&
      !last.value.includes(')') &&
      !first.text.trimStart().startsWith('(');
    if (
      node.type === 'paragraph' &&
      last?.type === 'paragraph' &&
      first &&
      (continues.has(first) || headingGoesOn || parentheticalGoesOn)
    ) {
      const merged: Paragraph = { ...last, segments: [...last.segments, ...node.segments] };
      merged.value = joinSegments(merged);
      const position = segmentsPosition(merged.segments);
      if (position) merged.position = position;
      children[children.length - 1] = merged;
      joined++;
      firstJoin ??= first.line;
      continue;
    }
    if (node.type === 'paragraph' && node.segments.some((seg) => stripped.has(seg))) {
      node.value = joinSegments(node);
    }
    children.push(node);
  }
  tree.children = splitTurns(children, stripped, indents, file, hanging);
  if (joined > 0) {
    report(
      file,
      'double-spacing',
      `Joined ${joined} double-spaced line(s) of a line-numbered transcript to the paragraph each continues`,
      { line: firstJoin, source: SOURCE, severity: 'info' },
    );
  }
};

/** Most lines without a number between two pages (a footer, the page number, a header). */
const MAX_EDGE_LINES = 8;
/** Longest line read as a page's header or footer. */
const MAX_EDGE_CHARS = 100;

/**
 * The edges of a numbered transcript's pages. Every line of pleading paper is numbered, so a
 * line without a number where the numbers start again (`25` … `1`) is the page's footer or
 * header (`Heritage Reporting Corporation`, `Official - Subject to Final Review`, a reporter's
 * address, `Page 14`), whatever it says; the same words without a number above the first page or
 * below the last are too. A page's first line that continues a paragraph (indented as a
 * continuation, no turn's opener) goes on with the speech of the page before.
 */
function pageEdges(tree: Root, found: readonly Numbered[], hanging: boolean): CourtPages {
  const numberOf = new Map(found.map((n) => [n.seg, n]));
  const furniture = new Set<number>();
  const continues = new Set<number>();
  const inside = new Set<number>();
  const texts = new Set<string>();
  /** Lines without a number before the first numbered line, and since the last one. */
  const top: Segment[] = [];
  let pending: Segment[] = [];
  let last = 0;
  let pageStart = false;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      const numbered = numberOf.get(seg);
      const lone = numbered ? null : LONE_NUMBER.exec(seg.raw);
      const number = numbered
        ? numbered.number
        : lone && (lone[1] ?? '').length < PAGE_NUMBER_INDENT
          ? Number(lone[2])
          : 0;
      if (number < 1 || number > MAX_LINE_NUMBER) {
        // A page's number at the right, alone, is a mark of its own (see below).
        if (lone || seg.text.trim() === '') continue;
        (last === 0 ? top : pending).push(seg);
        continue;
      }
      if (last > 0 && number <= last) {
        // The numbers start again: a new page, and what stood between is its edge.
        if (pending.length <= MAX_EDGE_LINES)
          for (const p of pending) {
            const text = p.text.trim();
            if (text.length > MAX_EDGE_CHARS) continue;
            furniture.add(p.line);
            texts.add(text);
          }
        pageStart = true;
      }
      pending = [];
      last = number;
      if (!numbered) continue;
      if (continuesParagraph(numbered, hanging)) {
        inside.add(seg.line);
        if (pageStart) continues.add(seg.line);
      }
      pageStart = false;
    }
  }
  for (const seg of [...top, ...pending]) if (texts.has(seg.text.trim())) furniture.add(seg.line);
  return { furniture, continues, inside };
}

/** A numbered line indented as a paragraph's continuation on its page's style, no turn's opener. */
function continuesParagraph({ seg, indent }: Numbered, hanging: boolean): boolean {
  const text = seg.text.trim();
  if (TURN_OPENER.test(text) || examinerOf(text) !== null) return false;
  // Where turns open at the margin, every other line continues (indented or not: some
  // reporters set the whole page at the margin).
  return hanging ? indent < CENTRED_INDENT : indent <= CONTINUATION_INDENT;
}

/** A numbered line in capitals indented deeper than a continuation: a heading's line. */
function isHeadingLine(seg: Segment, indents: ReadonlyMap<Segment, number>): boolean {
  return (indents.get(seg) ?? 0) > CONTINUATION_INDENT && CENTRED_HEADING.test(seg.text.trim());
}

/** Spaces after the number of a centred line (a witness's heading, `(A short break)`). */
const CENTRED_INDENT = 10;
/** A centred heading of a US transcript in capitals (`EXAMINATION`, `REPORTER'S CERTIFICATE`). */
const CENTRED_HEADING = lazyRegExp(String.raw`^[\p{Lu}\p{M}\d '’.&-]{3,60}$`, 'u');
/**
 * A line that opens a turn: `Q.`, `A.`, a tag in capitals (`THE CHAIR:`), a bracket, a military
 * commission's role code before the rank and name in brackets (`MJ [Col PARRELLA]:`).
 */
const TURN_OPENER = lazyRegExp(
  String.raw`^(?:[QA]\.? |\(|\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}: |\p{Lu}{2,6} \[[\p{L} .'’-]{1,40}\]: )`,
  'u',
);

/**
 * True when the turns' first lines are at the margin and their continuations indented (UK
 * transcripts), not the other way round (US pleading paper): more lines open a turn at the
 * margin than deeper.
 */
function hangingIndents(found: readonly Numbered[]): boolean {
  let margin = 0;
  let deeper = 0;
  for (const { seg, indent } of found) {
    if (!TURN_OPENER.test(seg.text.trim())) continue;
    if (indent <= CONTINUATION_INDENT) margin++;
    else deeper++;
  }
  return margin > deeper;
}

/**
 * Single-spaced numbered pages (UK inquiry and court transcripts: the turn's first line at the
 * margin, its continuation indented; US depositions: the first line deeper, `hanging` false):
 * a paragraph holds a page. Each line that opens a turn
 * (`Q.`, `A.`, `THE CHAIR:`, `(10.00 am)`), a centred line (a witness's heading) and a line
 * without a number (the page header `Page 14`) starts a paragraph of its own.
 */
function splitTurns(
  children: Root['children'],
  stripped: ReadonlySet<Segment>,
  indents: ReadonlyMap<Segment, number>,
  file: VFile,
  hanging: boolean,
): Root['children'] {
  const out: Root['children'] = [];
  let split = 0;
  for (const node of children) {
    if (node.type !== 'paragraph' || node.segments.length < 2) {
      out.push(node);
      continue;
    }
    let run: Segment[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const piece: Paragraph = { ...node, segments: run, value: '' };
      piece.value = joinSegments(piece);
      const position = segmentsPosition(run);
      if (position) piece.position = position;
      out.push(piece);
      run = [];
    };
    let previousAlone = false;
    let previousHeading = false;
    /** The run opened a parenthesis its lines have not closed yet. */
    let openParenthesis = false;
    for (const seg of node.segments) {
      const numbered = stripped.has(seg);
      const centred = (indents.get(seg) ?? 0) >= CENTRED_INDENT;
      const text = seg.text.trim();
      const alone =
        !numbered ||
        examinerOf(text) !== null ||
        (hanging
          ? centred || (text.startsWith('(') && text.endsWith(')'))
          : centred && CENTRED_HEADING.test(text));
      // UK pages open a turn at the margin; US pleading paper indents a turn's first line (`Q.`,
      // `MR. SMITH:`, a parenthetical) deeper than the lines that continue it.
      // A heading centred over two lines (`ORAL ARGUMENT OF JANE DOE` / `ON BEHALF OF THE
      // PETITIONER`) is one heading.
      const heading = numbered && isHeadingLine(seg, indents);
      const opens =
        (alone ||
          previousAlone ||
          (hanging
            ? TURN_OPENER.test(seg.text.trim())
            : numbered && (indents.get(seg) ?? 0) > CONTINUATION_INDENT)) &&
        !(heading && centred && previousHeading) &&
        // A parenthetical over two lines (`(Exhibit 2 was marked for` / `identification.)`).
        !(numbered && !hanging && openParenthesis && !TURN_OPENER.test(text));
      if (opens && run.length > 0) {
        flush();
        split++;
      }
      run.push(seg);
      previousAlone = alone;
      previousHeading = heading;
      if (opens || run.length === 1) openParenthesis = text.startsWith('(');
      if (openParenthesis && text.includes(')')) openParenthesis = false;
    }
    flush();
  }
  if (split > 0)
    report(
      file,
      'line-number',
      `Split ${split} line(s) of numbered pages that open a turn, a heading or a page header into paragraphs of their own`,
      { line: null, source: SOURCE, severity: 'info' },
    );
  return out;
}

/**
 * A select committee's question number opening a question (`Q1  Chair: Good morning.`, UK
 * Parliament's oral evidence; a copied page may put it on a line of its own): a reference, not a
 * word of the speech. Read only when two questions or more are numbered so, in order.
 */
const QUESTION_NUMBER = lazyRegExp(String.raw`^Q(\d{1,4})(?: (?=\p{Lu}[^:]{0,80}: )|$)`, 'u');
/**
 * An inquiry's or tribunal's question number before its `Q.` (`148 Q. Did you meet him?`): the
 * number and the space after it.
 */
const NUMBER_BEFORE_Q = /^(\d{1,5})\.? (?=Q[.:]? +\S)/;
const MIN_QUESTION_NUMBERS = 2;

export const committeeQuestionNumbers: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const found: { seg: Segment; cut: number; marker: string; number: number }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      // One character tells nearly every line apart.
      const c = seg.text.charCodeAt(0);
      if (c === 0x51) {
        const m = QUESTION_NUMBER.exec(seg.text.trimEnd());
        if (!m) continue;
        const length = (m[1] as string).length + 1;
        const cut = seg.text.charCodeAt(length) === 0x20 ? length + 1 : length;
        found.push({ seg, cut, marker: seg.text.slice(0, length), number: Number(m[1]) });
      } else if (c >= 0x31 && c <= 0x39) {
        const m = NUMBER_BEFORE_Q.exec(seg.text);
        if (m) found.push({ seg, cut: m[0].length, marker: m[0].trim(), number: Number(m[1]) });
      }
    }
  }
  if (found.length < MIN_QUESTION_NUMBERS) return;
  let inOrder = 0;
  for (let i = 1; i < found.length; i++)
    if ((found[i]?.number ?? 0) > (found[i - 1]?.number ?? 0)) inOrder++;
  if (inOrder < (found.length - 1) * MIN_IN_ORDER) return;
  const changes = new Changes(file, SOURCE, 'question-number');
  for (const { seg, cut, marker } of found) {
    changes.add(
      seg,
      0,
      cut,
      seg.text.slice(0, cut),
      '',
      () => `Removed the question number ${marker} at the start of the question`,
    );
    applyEdits(seg, seg.text.slice(cut), [{ start: 0, end: cut, to: '' }]);
  }
  changes.flush('question number(s) removed');
  const seen = new Set(found.map((f) => f.seg));
  const children: Root['children'] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' && node.segments.some((s) => seen.has(s))) {
      const kept = node.segments.filter((s) => s.text.trim() !== '');
      if (kept.length === 0) continue;
      node.segments = kept;
      node.value = joinSegments(node);
      const position = segmentsPosition(kept);
      if (position) node.position = position;
    }
    children.push(node);
  }
  tree.children = children;
};
