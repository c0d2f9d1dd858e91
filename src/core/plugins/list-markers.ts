/**
 * List artifacts at the start of a line, left by a list copied from a word processor or a web
 * page: `[]` and `[ ]` (a bullet glyph the clipboard lost), bullet glyphs (`•`, `▪`, `◦`, `‣`,
 * `●`, `■`, `►`, Word's private-use bullets …), `*`, `+` and `·`, each followed by a space and
 * (an Australian commission transcript's unclosed `<` before capitals too)
 * an item that starts with a word (or a glyph alone on its line). They are removed and
 * reported; each item becomes a paragraph of its own.
 *
 * A `-` followed by a space is a bullet only in a list of at least three such lines in a row
 * (within a paragraph, or one-line paragraphs spaced by blank lines): one or two are a
 * dialogue dash (`- Where were you?` / `- Home.`) or a real dash, and stay.
 * A hyphen not followed by a space (`-5 degrees`, `-based`) is never a marker.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { lazyRegExp } from '../lazy.ts';
import { HAS_LETTER_OR_NUMBER } from '../letter-patterns.ts';
import { ircLine, parseTag } from '../tags.ts';
import { type Paragraph, type Root, type Segment, segmentsPosition } from '../tree.ts';
import { applyEdits, Changes, joinSegments, show } from './segments.ts';

export const SOURCE = 'list-markers';

/** Bullet glyphs: removed with or without a space after them. */
const GLYPHS = new Set([
  '\u2022', // •
  '\u25aa', // ▪
  '\u25ab', // ▫
  '\u25e6', // ◦
  '\u2023', // ‣
  '\u2043', // ⁃
  '\u25cf', // ●
  '\u25cb', // ○
  '\u25a0', // ■
  '\u25a1', // □
  '\u25ba', // ►
  '\u25b8', // ▸
  '\u27a2', // ➢
  '\u27a4', // ➤
  '\uf0b7', // Word's Symbol-font bullet, pasted as a private-use character
  '\uf0a7', // Word's Wingdings square bullet
  '\uf0d8', // Word's Wingdings arrow bullet
]);
/** Markers that need a space after them: `* item`, `+ item`, `· item`. */
const SPACED = new Set(['*', '+', '\u00b7']);
/** What an item starts with: a letter, a digit, a quote or a bracket. */
const ITEM_START = lazyRegExp(String.raw`^[\p{L}0-9"'(\u201c\u2018\u00ab]$`, 'u');
/**
 * An emoji or pictograph (with its variation selector, skin tone or joined pictographs) and a
 * space: a podcast page's or a chat's decoration before a speaker's tag (`🎙️ Jane Doe:`, `▶ Host:`).
 */
const EMOJI = lazyRegExp(
  String.raw`^\p{Extended_Pictographic}(?:\u200d?\p{Extended_Pictographic}|[\ufe0f\u{1f3fb}-\u{1f3ff}])*[ \t]+`,
  'u',
);

/** Lines in a row starting with `- ` needed to read them as a list. */
const MIN_DASH_LIST = 3;

/** Length of the list marker at the start of `text` (with the spaces after it), or 0. */
export function markerLength(text: string): number {
  let end = 0;
  if (text.startsWith('[]')) end = 2;
  else if (text.startsWith('[ ]')) end = 3;
  else {
    const first = text[0] ?? '';
    // A glyph alone on its line, or followed by a space; `*`, `+`, `·` always need the space.
    if ((GLYPHS.has(first) || SPACED.has(first)) && (text[1] === ' ' || text.length === 1)) end = 1;
    // An Australian commission's transcript marks a witness's and an examination's line with `<`
    // (`<DANIEL MORROW, sworn:`, `<EXAMINATION BY MS GRANT:`): never a tag when unclosed.
    else if (first === '<' && /^<[A-Z]{2}[^<>]*$/.test(text)) end = 1;
    // An emoji before a speaker's tag (not `©`, `®`, `™`, which are no decoration).
    else if (text.charCodeAt(0) >= 0x2190 && first !== '\u2122') {
      end = EMOJI.exec(text)?.[0].length ?? 0;
      if (end === 0 || parseTag(text.slice(end)) === null) return 0;
    } else return 0;
  }
  while (text[end] === ' ') end++;
  // An item starts with a word (`* * *` is a section break, `• ²` no item).
  if (end < text.length && !ITEM_START.test(text[end] as string)) return 0;
  return end;
}

function isDashItem(text: string): boolean {
  return text.startsWith('- ') && HAS_LETTER_OR_NUMBER.test(text.slice(2, 40));
}

export const listMarkers: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const changes = new Changes(file, SOURCE, 'list-marker');
  // Runs of `- ` lines: consecutive lines (a blank line between them allowed).
  const dashItems = new Set<Segment>();
  let run: Segment[] = [];
  const endRun = () => {
    // No run (nearly every line): nothing to end, no new array.
    if (run.length === 0) return;
    if (run.length >= MIN_DASH_LIST) for (const seg of run) dashItems.add(seg);
    run = [];
  };
  // A run goes on across a blank line only between one-line paragraphs (a list spaced out);
  // a paragraph of several lines is a run of its own (two dialogue lines stay two).
  let lastSingle = false;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const single = node.segments.length === 1;
    if (!(single && lastSingle)) endRun();
    lastSingle = single;
    for (const seg of node.segments) {
      const last = run[run.length - 1];
      if (isDashItem(seg.text.trimStart())) {
        if (last && seg.line > last.line + 2) endRun();
        run.push(seg);
      } else endRun();
    }
  }
  endRun();

  // An IRC log's action (`* jdoe waves`) is the nick's line, not a list item.
  const irc = tree.data?.chatLog === 'irc';
  const children: Root['children'] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      children.push(node);
      continue;
    }
    const starts: number[] = [];
    node.segments.forEach((seg, index) => {
      const text = seg.text.trimStart();
      const lead = seg.text.length - text.length;
      if (irc && ircLine(text)?.kind === 'action') return;
      const length = dashItems.has(seg)
        ? 2 + (text.slice(2).length - text.slice(2).trimStart().length)
        : markerLength(text);
      if (length === 0) return;
      const marker = text.slice(0, length);
      changes.add(
        seg,
        lead,
        lead + length,
        marker,
        '',
        `Removed the list marker ${show(marker.trimEnd())} at the start of the line`,
      );
      applyEdits(seg, text.slice(length), [{ start: 0, end: lead + length, to: '' }]);
      starts.push(index);
    });
    if (starts.length === 0) {
      children.push(node);
      continue;
    }
    // Each item is a paragraph: split before every marked line but the first.
    const cuts = starts.filter((i) => i > 0);
    let from = 0;
    for (const cut of [...cuts, node.segments.length]) {
      const segments = node.segments.slice(from, cut);
      from = cut;
      const part: Paragraph = { ...node, segments, value: '' };
      part.value = joinSegments(part);
      const position = segmentsPosition(segments);
      if (position) part.position = position;
      if (part.value !== '') children.push(part);
    }
  }
  tree.children = children;
  changes.flush('list marker(s) removed');
};
