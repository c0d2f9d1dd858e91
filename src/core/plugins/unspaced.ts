/**
 * Timed text of a language written without spaces (Chinese, Japanese): the speech-to-text words
 * and caption lines reach the pipeline joined by spaces, so that each word keeps its time; the
 * document writes its blocks and sentences without the spaces between two such characters, as the
 * language is written. The words keep their own text and times (`timedWords`), and subtitles
 * glue them again (src/subtitles/compile.ts). Reported once, with the number of blocks.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { joinUnspaced } from '../chars.ts';
import { isUnspacedLanguage } from '../language.ts';
import { report } from '../report.ts';
import type { Root } from '../tree.ts';

export const unspacedText: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const language = tree.data?.language ?? 'en';
  if (!isUnspacedLanguage(language)) return;
  let blocks = 0;
  let first: number | null = null;
  for (const node of tree.children) {
    if (node.type === 'paragraph' || node.type === 'frontMatter') continue;
    const data = node.data;
    if (!data?.timedWords) continue;
    const text = joinUnspaced(node.value);
    if (text === node.value) continue;
    node.value = text;
    if (data.sentences) data.sentences = data.sentences.map(joinUnspaced);
    blocks++;
    first ??= node.line;
  }
  if (blocks > 0) {
    report(
      file,
      'unspaced-text',
      `Wrote the words of ${blocks} timed block${blocks === 1 ? '' : 's'} without spaces between them, as ${language} is written (each word keeps its time)`,
      { line: first },
    );
  }
};
