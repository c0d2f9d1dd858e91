/**
 * A word processor's comments and footnotes copied with the text (Google Docs' plain-text
 * export; a page's or a document's numbered notes): a marker glued to the words it is about
 * (`north quay.[a]`, `since March[1]`) and, after the text, the list of what each marker says
 * (`[a]check the vote count`, `[1] Figure from the minutes.`). The list is kept as `comment`
 * notes, each marker as written; the markers are taken out of the words, each reported. Both only
 * when every marker of the list is in the text before it: a closing `[1]` line alone is left be.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import { type Note, type Paragraph, type Root, type Segment, segmentsPosition } from '../tree.ts';
import { applySortedEdits, Changes, joinSegments, show } from './segments.ts';

const SOURCE = 'comments';

/** A list item: its marker (letters as Google Docs counts comments, or a footnote's number). */
const ITEM = /^\[([a-z]{1,2}|\d{1,3})\] ?(?=\S)/;
/** A marker in the words: glued to what comes before it (no space), as the editor places it. */
const MARKER = /(?<=\S)\[([a-z]{1,2}|\d{1,3})\]/g;
/** Most list items looked for at the end. */
const MAX_ITEMS = 500;

/** The paragraphs at the end that are the list, from the first of them; null when none are. */
function listStart(children: Root['children']): number | null {
  let start = children.length;
  for (let k = children.length - 1; k >= 0 && children.length - k <= MAX_ITEMS; k--) {
    const node = children[k];
    if (node?.type !== 'paragraph') break;
    if (!ITEM.test(node.segments[0]?.text.trim() ?? '')) break;
    start = k;
  }
  return start < children.length && start > 0 ? start : null;
}

/** The list's items: each opening line with the lines under it that open none. */
function items(nodes: readonly Paragraph[]): { marker: string; segments: Segment[] }[] {
  const out: { marker: string; segments: Segment[] }[] = [];
  for (const node of nodes)
    for (const seg of node.segments) {
      const marker = ITEM.exec(seg.text.trim())?.[1];
      if (marker !== undefined) out.push({ marker, segments: [seg] });
      else out.at(-1)?.segments.push(seg);
    }
  return out;
}

export const comments: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const start = listStart(tree.children);
  if (start === null) return;
  const list = items(tree.children.slice(start) as Paragraph[]);
  const markers = new Set(list.map((item) => item.marker));
  // Every marker of the list is in the words before it, glued to them.
  const found = new Set<string>();
  const body = tree.children.slice(0, start);
  for (const node of body) {
    if (node.type !== 'paragraph' || !node.value.includes('[')) continue;
    for (const m of node.value.matchAll(MARKER))
      if (markers.has(m[1] as string)) found.add(m[1] as string);
  }
  if (found.size !== markers.size) return;
  const changes = new Changes(file, SOURCE, 'comment-marker');
  for (const node of body) {
    if (node.type !== 'paragraph' || !node.value.includes('[')) continue;
    let changed = false;
    for (const seg of node.segments) {
      const edits: { start: number; end: number; to: string }[] = [];
      for (const m of seg.text.matchAll(MARKER)) {
        if (!markers.has(m[1] as string)) continue;
        const end = m.index + m[0].length;
        changes.add(
          seg,
          m.index,
          end,
          m[0],
          '',
          () =>
            `Took the comment marker ${show(m[0])} out of the words: what it says is a note at the end`,
        );
        edits.push({ start: m.index, end, to: '' });
      }
      if (edits.length > 0) {
        applySortedEdits(seg, edits);
        changed = true;
      }
    }
    if (changed) node.value = joinSegments(node);
  }
  const notes: Note[] = list.map((item) => {
    const value = item.segments.map((seg) => seg.text.trim()).join(' ');
    const line = item.segments[0]?.line ?? 1;
    const note: Note = { type: 'note', value, line, reason: 'comment' };
    const position = segmentsPosition(item.segments);
    if (position) note.position = position;
    return note;
  });
  report(
    file,
    'comment',
    `Kept the ${notes.length} comment(s) or footnote(s) listed after the text as notes (comment): not read, timed or subtitled`,
    { line: notes[0]?.line ?? null, source: SOURCE },
  );
  tree.children.splice(start, tree.children.length - start, ...notes);
};
