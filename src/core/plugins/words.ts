/**
 * Sentences and words under every block (nlcst-like), built last, after every plugin that changes
 * text. When the input is timed (`file.data.timedTokens`), each word takes its time from the
 * tokens through {@link TokenAligner}: the times follow the words through every change the
 * pipeline made, in one linear pass over the document.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { TimedWord } from '../document.ts';
import { report } from '../report.ts';
import { splitSentences } from '../sentences.ts';
import { type TimedToken, TokenAligner } from '../timed.ts';
import type { DirectionSpan, Narration, Root, SentenceNode, WordNode } from '../tree.ts';

declare module 'vfile' {
  interface DataMap {
    /** Words of the input with their times, from ingest (speech-to-text JSON, subtitles). */
    timedTokens: TimedToken[];
  }
}

/**
 * The word nodes of an untimed sentence: its text split at each space (what `split(' ')` gives,
 * an empty word between two spaces included), sliced in one pass.
 */
function untimedWords(sentence: string): WordNode[] {
  const out: WordNode[] = [];
  let from = 0;
  for (let at = sentence.indexOf(' '); at !== -1; at = sentence.indexOf(' ', at + 1)) {
    out.push({ type: 'word', value: sentence.slice(from, at), start: null, end: null });
    from = at + 1;
  }
  out.push({ type: 'word', value: sentence.slice(from), start: null, end: null });
  return out;
}

/**
 * A whole number of ms as a small integer (what V8 keeps in the word object itself, where a
 * double read from the time arrays would take a heap number of its own); any other as it is.
 */
function small(ms: number): number {
  const int = ms | 0;
  return int === ms && (int !== 0 || 1 / ms > 0) ? int : ms;
}

/**
 * The block's words with their times, what the compiler reads from word nodes: null when there
 * is no word or a word has no time (NaN).
 */
function timedWordList(
  flat: readonly string[],
  starts: Float64Array,
  ends: Float64Array,
): TimedWord[] | null {
  const n = flat.length;
  if (n === 0) return null;
  const out: TimedWord[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const start = starts[k] as number;
    if (Number.isNaN(start)) return null;
    out[k] = { text: flat[k] as string, startMs: small(start), endMs: small(ends[k] as number) };
  }
  return out;
}

export interface WordsOptions {
  /**
   * False when the tree is only compiled into the document: each block then gets its sentences
   * and timed words as the document has them (`data.sentences`, `data.timedWords`) rather than
   * a node per sentence and per word that the compiler would copy into the same lists.
   */
  wordNodes?: boolean;
}

/**
 * Sentences and words of every block node of `children` (timed through `aligner` when the input
 * is timed); gives the title, which a headline the speech says is not. Apart from the plugin
 * (which reads and writes the tree's data): a change in the shape of that data makes the
 * optimizing compiler redo only the plugin, not this loop over every block.
 */
function blockWords(
  children: Root['children'],
  language: string,
  given: string | null,
  aligner: TokenAligner | null,
  wordNodes: boolean,
  directionTimes: ReadonlyMap<number, DirectionSpan> | undefined,
): string | null {
  let title = given;
  // Word times of one block, reused from block to block (NaN: no time).
  let starts = new Float64Array(0);
  let ends = new Float64Array(0);
  let counts = new Int32Array(0);
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node || node.type === 'paragraph' || node.type === 'frontMatter') continue;
    const sentences = node.value ? splitSentences(node.value, language) : [];
    // Words per sentence (what sizes each sentence's list of word nodes).
    if (counts.length < sentences.length) counts = new Int32Array(sentences.length * 2);
    // A sentence has one space between words and none at its ends (splitSentences' invariant):
    // the block's words (what `splitTextWords` gives each sentence) are one split of them all.
    // Directions are not spoken: they take no time from the speech.
    const timed = aligner !== null && node.type !== 'direction';
    // A direction the input timed (a caption's `[door slams]`) keeps its time, not the speech's.
    const span = node.type === 'direction' ? directionTimes?.get(node.line) : undefined;
    if (span) node.data = { ...node.data, span };
    if (!timed) {
      if (!wordNodes) {
        node.data = { ...node.data, sentences, timedWords: null };
        continue;
      }
      // Untimed: each sentence's words are sliced straight into its word nodes (no list of the
      // block's words, no joined copy of its text).
      const children: SentenceNode[] = new Array(sentences.length);
      for (let s = 0; s < sentences.length; s++) {
        const text = sentences[s] as string;
        children[s] = { type: 'sentence', children: untimedWords(text), data: { text } };
      }
      node.children = children;
      continue;
    }
    const flat = sentences.length === 0 ? [] : aligner.splitWords(sentences, counts);
    if (starts.length < flat.length) {
      starts = new Float64Array(flat.length * 2);
      ends = new Float64Array(flat.length * 2);
    }
    aligner.alignInto(flat, starts, ends);
    if (wordNodes) {
      let k = 0;
      const children: SentenceNode[] = new Array(sentences.length);
      for (let s = 0; s < sentences.length; s++) {
        const text = sentences[s] as string;
        const nodes: WordNode[] = new Array(counts[s] as number);
        for (let w = 0; w < nodes.length; w++, k++) {
          const value = flat[k] as string;
          const start = starts[k] as number;
          nodes[w] = Number.isNaN(start)
            ? { type: 'word', value, start: null, end: null }
            : { type: 'word', value, start: small(start), end: small(ends[k] as number) };
        }
        children[s] = { type: 'sentence', children: nodes, data: { text } };
      }
      node.children = children;
    } else {
      node.data = { ...node.data, sentences, timedWords: timedWordList(flat, starts, ends) };
    }
    // A first line the structure plugin took for a headline, but which the speech says: spoken.
    if (node.type === 'headline' && aligner && aligner.lastMatched > 0) {
      const { type: _type, ...rest } = node;
      children[i] = { ...rest, type: 'narration' } satisfies Narration;
      if (title === node.value) title = null;
    }
  }
  return title;
}

export const words: Plugin<[WordsOptions?], Root> = (options) => (tree: Root, file: VFile) => {
  const tokens = file.data.timedTokens;
  const aligner = tokens && tokens.length > 0 ? new TokenAligner(tokens) : null;
  const title = blockWords(
    tree.children,
    tree.data?.language ?? 'en',
    tree.data?.title ?? null,
    aligner,
    options?.wordNodes !== false,
    tree.data?.hints?.directionTimes,
  );
  if (aligner) {
    tree.data = { ...tree.data, title, timed: true };
    if (aligner.skipped > 0) {
      report(
        file,
        'timed-words-removed',
        `${aligner.skipped} timed word(s) of the input are not in the clean text (removed repeats, tags or markup); their times were dropped`,
        { line: 1 },
      );
    }
  } else {
    tree.data = { ...tree.data, timed: false };
  }
};
