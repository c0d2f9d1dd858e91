/**
 * Stage directions become direction nodes: a paragraph that is one (`(Applause.)`,
 * `[ Applause ]`, `(BEGIN VIDEO CLIP)`) and the ones inside a paragraph (`excited. (Laughter.)`),
 * which split it there so the words around them stay in order. Runs before speaker tags are read,
 * so each piece is read for a tag on its own (`(Applause.) MS. JEAN-PIERRE: …`).
 */
import type { Plugin } from 'unified';
import { splitDirections } from '../directions.ts';
import type { Direction, Paragraph, Root, RootContent } from '../tree.ts';

export const directions: Plugin<[], Root> = () => (tree: Root) => {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      out.push(node);
      continue;
    }
    const parts = splitDirections(node.value);
    if (parts.length === 1 && parts[0]?.kind === 'text') {
      out.push(node);
      continue;
    }
    const line = node.position?.start.line ?? 1;
    let first = true;
    for (const part of parts) {
      if (part.kind === 'direction') {
        const direction: Direction = { type: 'direction', value: part.text, line, speaker: null };
        if (node.position) direction.position = node.position;
        out.push(direction);
        continue;
      }
      // Later pieces no longer start the source line: they keep no raw segments to read a tag from.
      const piece: Paragraph = { ...node, value: part.text, segments: first ? node.segments : [] };
      first = false;
      out.push(piece);
    }
  }
  tree.children = out;
};
