/** YAML front matter: read its fields (title, date) into the tree's data and report its removal. */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { squashSpaces } from '../chars.ts';
import { report } from '../report.ts';
import type { Root } from '../tree.ts';

export const frontMatter: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const node = tree.children[0];
  if (node?.type !== 'frontMatter') return;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.fields))
    fields[key] = squashSpaces(value).normalize('NFC');
  tree.data = { ...tree.data, frontMatter: fields };
  tree.children = tree.children.slice(1);
  const keys = Object.keys(node.fields);
  report(
    file,
    'front-matter',
    `Removed YAML front matter (${keys.join(', ') || 'empty'}); its title is used as the story title`,
    {
      line: node.position?.start.line ?? 1,
      actual: node.value,
    },
  );
};
