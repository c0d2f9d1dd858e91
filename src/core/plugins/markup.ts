/**
 * Stray markup in pasted text: markdown in a text that is markdown (`**Jane Doe:**`, `# Title`,
 * `[text](url)`: see ../markdown.ts), known HTML tags (`<s>`, `</b>`, `<br>`; their content
 * stays) and markdown escapes (`\[` → `[`). Each occurrence is one message with its place.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { HTML_ELEMENTS } from '../html-elements.ts';
import { lazyRegExp } from '../lazy.ts';
import {
  isMarkdownText,
  HEADING as MARKDOWN_HEADING,
  markdownEdits,
  type Removed,
} from '../markdown.ts';
import type { Root } from '../tree.ts';
import { applyEdits, Changes, eachSegment, joinSegments, show } from './segments.ts';

export const SOURCE = 'markup';

const MARKDOWN_ESCAPABLE = '[]()*_#!`>{}.-+|~<';
/** Longest tag looked at: a `<` with no `>` this close is not a tag. */
const MAX_TAG = 200;
const TAG = /^\/?([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?\/?$/;

/**
 * Removes known HTML tags (keeping their content); `<br>`, `<p>` and `<div>` become a space.
 * From each `<` it looks at most {@link MAX_TAG} characters ahead and stops at the next `<`, so
 * a run of `<` costs one step each.
 */
export function stripTags(text: string): { text: string; removed: Removed[] } {
  const removed: Removed[] = [];
  const parts: string[] = [];
  let copied = 0;
  let lt = text.indexOf('<');
  while (lt !== -1) {
    const limit = Math.min(text.length, lt + MAX_TAG + 1);
    let gt = lt + 1;
    while (gt < limit && text.charCodeAt(gt) !== 0x3e && text.charCodeAt(gt) !== 0x3c) gt++;
    if (gt < limit && text.charCodeAt(gt) === 0x3e) {
      const m = TAG.exec(text.slice(lt + 1, gt));
      const name = m?.[1]?.toLowerCase();
      if (name && HTML_ELEMENTS.has(name)) {
        const to = name === 'br' || name === 'p' || name === 'div' ? ' ' : '';
        parts.push(text.slice(copied, lt), to);
        removed.push({ start: lt, end: gt + 1, from: text.slice(lt, gt + 1), to });
        copied = gt + 1;
        lt = text.indexOf('<', gt + 1);
        continue;
      }
    }
    lt = text.indexOf('<', lt + 1);
  }
  if (removed.length === 0) return { text, removed };
  parts.push(text.slice(copied));
  return { text: parts.join(''), removed };
}

/** Drops backslashes that escape markdown punctuation (`\[` → `[`), a whole run at a time. */
export function unescapeMarkdown(text: string): { text: string; removed: Removed[] } {
  const removed: Removed[] = [];
  const parts: string[] = [];
  let copied = 0;
  let i = text.indexOf('\\');
  while (i !== -1) {
    let j = i;
    while (text.charCodeAt(j) === 0x5c) j++;
    const next = text[j];
    if (next !== undefined && MARKDOWN_ESCAPABLE.includes(next)) {
      parts.push(text.slice(copied, i));
      removed.push({ start: i, end: j, from: text.slice(i, j), to: '' });
      copied = j;
    }
    i = text.indexOf('\\', j);
  }
  if (removed.length === 0) return { text, removed };
  parts.push(text.slice(copied));
  return { text: parts.join(''), removed };
}

/** The source lines of the first paragraphs, for {@link isMarkdownText}. */
function* firstLines(tree: Root): Generator<string> {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) yield seg.text;
  }
}

const EDITED = '<This message was edited>';
const EDITED_NOTE = 'Took the chat app’s note “<This message was edited>” out of the message';

/**
 * A UN noon briefing's heading, a paragraph of its own opened by two asterisks and never closed
 * (`**Security Council`, `** Iraq`, `**Questions and Answers`): a few capitalized words, no
 * sentence.
 */
const BRIEFING_HEADING = lazyRegExp(String.raw`^\*\*[ \u00a0]?(?=\p{Lu}|\d)[^*]{1,120}$`, 'u');
const BRIEFING_HEADING_WORDS = 14;

/** Opens every {@link BRIEFING_HEADING} paragraph (its mark removed); their lines. */
function briefingHeadings(tree: Root, marks: Changes): Set<number> {
  const lines = new Set<number>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.segments.length !== 1) continue;
    const seg = node.segments[0];
    if (!seg) continue;
    const text = seg.text.trimEnd();
    if (!text.startsWith('**') || !BRIEFING_HEADING.test(text)) continue;
    const rest = text.slice(2).trimStart();
    if (/[.!?:;,]$/.test(rest) || rest.split(' ').length > BRIEFING_HEADING_WORDS) continue;
    const end = text.length - rest.length;
    marks.add(seg, 0, end, text.slice(0, end), '', () => 'Removed a briefing heading’s mark “**”');
    applyEdits(seg, seg.text.slice(end), [{ start: 0, end, to: '' }]);
    node.value = joinSegments(node);
    lines.add(seg.line);
  }
  return lines;
}

/**
 * The lines of the paragraphs that are one markdown heading (`## Part two`), marks not yet off.
 * A heading of a few capitalised words that comes back (`### Jane Doe` over each of her turns)
 * heads no part: a speaker's name set as a heading, read by the speakers' rules as a name line;
 * so is every such heading beside it (a guest heard once, `### John Roe`).
 */
function markdownHeadings(tree: Root): Set<number> {
  const lines = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.segments.length !== 1) continue;
    const seg = node.segments[0];
    const text = seg?.text.trim() ?? '';
    if (seg && text.startsWith('#') && MARKDOWN_HEADING.test(text)) {
      lines.set(seg.line, text);
      seen.set(text, (seen.get(text) ?? 0) + 1);
    }
  }
  // Once a heading comes back, the other short headings of capitalised words are names too (a
  // guest heard once: `### John Roe`).
  let repeated = false;
  for (const [text, count] of seen) if (count > 1 && NAME_HEADING.test(text)) repeated = true;
  const out = new Set<number>();
  for (const [line, text] of lines) if (!(repeated && NAME_HEADING.test(text))) out.add(line);
  return out;
}

/** A heading of two to four capitalised words and nothing else (`### John Roe`). */
const NAME_HEADING = /^#{1,6} +[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$/;

/** A line that is one bold run (`**Why now?**`, `__Why now?__`), no bold mark inside. */
const WHOLE_BOLD = /^(?:\*\*(?!\s)[^*]+\*\*|__(?!\s)[^_]+__)$/;

export const stripMarkup: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const tags = new Changes(file, SOURCE, 'html-tag');
  const escapes = new Changes(file, SOURCE, 'markdown-escape');
  const marks = new Changes(file, SOURCE, 'markdown');
  const edited = new Changes(file, SOURCE, 'chat-edited');
  const markdown = isMarkdownText(firstLines(tree));
  // A UN briefing's `**Heading` paragraphs (two asterisks never closed) are its parts'
  // headings, in markdown too (the briefing's tags put in bold); in markdown, the `## Heading`
  // paragraphs as well.
  const headings = briefingHeadings(tree, marks);
  if (markdown) for (const line of markdownHeadings(tree)) headings.add(line);
  /** Lines all in bold (`**Why now?**`): an interview's questions, told by the speakers rules. */
  const bold = new Set<number>();
  eachSegment(tree, (text, line, seg) => {
    let current = text;
    if (markdown && WHOLE_BOLD.test(text.trim())) bold.add(line);
    if (markdown) {
      const removed = markdownEdits(current);
      if (removed.length > 0) {
        for (const r of removed)
          marks.add(
            seg,
            r.start,
            r.end,
            r.from,
            r.to,
            () => `Removed the markdown mark ${show(r.from)}`,
          );
        const parts: string[] = [];
        let copied = 0;
        for (const r of removed) {
          parts.push(current.slice(copied, r.start), r.to);
          copied = r.end;
        }
        parts.push(current.slice(copied));
        const result = parts.join('');
        applyEdits(seg, result, removed);
        current = result;
      }
    }
    // A chat export's note after an edited message (WhatsApp: `… <This message was edited>`).
    const trimmed = current.trimEnd();
    if (trimmed.endsWith(EDITED)) {
      let start = trimmed.length - EDITED.length;
      while (start > 0 && current.charCodeAt(start - 1) === 32) start--;
      edited.add(seg, start, current.length, current.slice(start), '', EDITED_NOTE);
      applyEdits(seg, current.slice(0, start), [{ start, end: current.length, to: '' }]);
      current = current.slice(0, start);
    }
    if (current.includes('<')) {
      const result = stripTags(current);
      for (const r of result.removed)
        tags.add(seg, r.start, r.end, r.from, r.to, () => `Removed the HTML tag ${show(r.from)}`);
      applyEdits(seg, result.text, result.removed);
      current = result.text;
    }
    if (current.includes('\\')) {
      const result = unescapeMarkdown(current);
      for (const r of result.removed) {
        const escaped = current[r.end] ?? '';
        escapes.add(
          seg,
          r.start,
          r.end,
          r.from,
          r.to,
          () => `Removed a markdown escape: \\${escaped} → ${escaped}`,
        );
      }
      applyEdits(seg, result.text, result.removed);
      current = result.text;
    }
    return current;
  });
  if (headings.size > 0) {
    const hints = tree.data?.hints;
    const subheadLines = new Set([...(hints?.subheadLines ?? []), ...headings]);
    tree.data = { ...tree.data, hints: { ...hints, subheadLines } };
  }
  if (bold.size > 0) {
    const hints = tree.data?.hints;
    const boldLines = new Set([...(hints?.boldLines ?? []), ...bold]);
    tree.data = { ...tree.data, hints: { ...hints, boldLines } };
  }
  tags.flush('HTML tag(s) removed');
  edited.flush('chat notes of edited messages removed');
  escapes.flush('markdown escape backslash(es) removed');
  marks.flush('markdown mark(s) removed');
};
