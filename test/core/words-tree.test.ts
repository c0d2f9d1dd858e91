import { describe, expect, it } from 'vitest';
import {
  formatTranscript,
  type TimedToken,
  transcriptTree,
  type WordNode,
} from '../../src/core/index.ts';
import { normalizeWord, splitTextWords, TokenAligner } from '../../src/core/timed.ts';

/** Tokens for a sequence of words, one every 500 ms, each 400 ms long. */
function tokensOf(text: string, from = 0): TimedToken[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => ({ text: w, start: from + i * 500, end: from + i * 500 + 400 }));
}

function treeWords(text: string, tokens?: TimedToken[]): WordNode[] {
  const tree = transcriptTree(text, {}, tokens ? { timedTokens: tokens } : undefined);
  const out: WordNode[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph' || node.type === 'frontMatter') continue;
    for (const s of node.children ?? []) out.push(...s.children);
  }
  return out;
}

describe('words in the tree', () => {
  it('gives every block sentence and word nodes whose words make up the block text', () => {
    const text =
      'The council met on Monday. It voted to close the bridge.\n\nMAYOR SMITH: We had no choice.';
    const tree = transcriptTree(text);
    const blocks = tree.children.filter((n) => n.type !== 'paragraph' && n.type !== 'frontMatter');
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      if (!('line' in block)) continue;
      const sentences = block.children ?? [];
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.every((s) => s.type === 'sentence')).toBe(true);
      const words = sentences.flatMap((s) => s.children.map((w) => w.value));
      expect(words.join(' ')).toBe(block.value.split(/\s+/).join(' '));
    }
    expect(blocks[0]?.type === 'narration' && blocks[0].children?.length).toBe(2);
  });

  it('leaves times null and the document untimed without timed input', () => {
    const doc = formatTranscript('One thing happened today in the city.');
    expect(doc.timed).toBe(false);
    expect(doc.blocks[0]?.startMs).toBeNull();
    expect(doc.blocks[0]?.endMs).toBeNull();
    expect(doc.blocks[0]?.timedWords).toBeNull();
    expect(treeWords('One thing happened today in the city.').every((w) => w.start === null)).toBe(
      true,
    );
  });

  it('carries each word’s time through typography changes', () => {
    const spoken = 'He said "no" to the plan. We\'re not done yet.';
    const tokens = tokensOf(spoken, 1000);
    const words = treeWords(spoken, tokens);
    expect(words.map((w) => w.start)).toEqual(tokens.map((t) => t.start));
    expect(words.map((w) => w.end)).toEqual(tokens.map((t) => t.end));
    const doc = formatTranscript(spoken, {}, { timedTokens: tokens });
    expect(doc.timed).toBe(true);
    expect(doc.blocks[0]?.startMs).toBe(1000);
    expect(doc.blocks[0]?.endMs).toBe(tokens.at(-1)?.end);
    // Real duration, not the read-rate estimate.
    expect(doc.blocks[0]?.durationMs).toBe((tokens.at(-1)?.end ?? 0) - 1000);
  });

  it('drops the times of a removed repeated paragraph and keeps the rest in place', () => {
    const a = 'The storm closed every school in the county on Tuesday morning.';
    const b = 'Officials expect the roads to reopen by the weekend at the latest.';
    const text = `${a}\n\n${a}\n\n${b}`;
    const tokens = tokensOf(`${a} ${a} ${b}`);
    const doc = formatTranscript(text, {}, { timedTokens: tokens });
    const kept = doc.blocks.map((x) => x.text);
    expect(kept).toEqual([a, b]);
    const n = a.split(' ').length;
    // The second block's words are the tokens after both copies of `a`.
    expect(doc.blocks[1]?.startMs).toBe(tokens[2 * n]?.start);
    expect(doc.blocks[1]?.timedWords?.map((w) => w.startMs)).toEqual(
      tokens.slice(2 * n).map((t) => t.start),
    );
    expect(doc.messages.some((m) => m.ruleId === 'timed-words-removed')).toBe(true);
  });

  it('gives merged words the joint span and interpolates words the input did not time', () => {
    const aligner = new TokenAligner([
      { text: 'we', start: 0, end: 200 },
      { text: 'can', start: 300, end: 500 },
      { text: 'not', start: 500, end: 800 },
      { text: 'stop', start: 1000, end: 1400 },
      { text: 'here', start: 2000, end: 2400 },
    ]);
    const times = aligner.align(['We', 'cannot', 'stop', 'right', 'here.']);
    expect(times[1]).toEqual({ start: 300, end: 800 });
    expect(times[2]).toEqual({ start: 1000, end: 1400 });
    // `right` is not in the input: between `stop` and `here`.
    expect(times[3]?.start).toBe(1400);
    expect(times[3]?.end).toBe(2000);
    expect(times[4]).toEqual({ start: 2000, end: 2400 });
  });

  it('re-finds its place after a long removal through an anchor of following words', () => {
    const removed = Array.from({ length: 40 }, (_, i) => `filler${i}`).join(' ');
    const tokens = tokensOf(`start here ${removed} and then the story goes on`);
    const aligner = new TokenAligner(tokens);
    const first = aligner.align(['Start', 'here.']);
    expect(first[0]?.start).toBe(0);
    const second = aligner.align(['And', 'then', 'the', 'story', 'goes', 'on.']);
    expect(second[0]?.start).toBe(tokens[42]?.start);
    expect(aligner.skipped).toBe(40);
  });

  it('splits words on any whitespace, the same with and without the fast path', () => {
    expect(splitTextWords('one two three')).toEqual(['one', 'two', 'three']);
    expect(splitTextWords(' one  two\u00a0three\tfour ')).toEqual(['one', 'two', 'three', 'four']);
    expect(splitTextWords('')).toEqual([]);
  });

  it('normalizes words by letters and digits only', () => {
    expect(normalizeWord('“Don’t,')).toBe('dont');
    expect(normalizeWord("don't")).toBe('dont');
    expect(normalizeWord('1,000')).toBe('1000');
  });

  it('normalizes every word as lower case letters and digits of any script (fast paths agree)', () => {
    // The definition: lower case, then every character that is not a letter or digit removed.
    const reference = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const pieces = [
      'a',
      'Z',
      '7',
      "'",
      '’',
      '“',
      '”',
      '—',
      '–',
      '…',
      '«',
      '»',
      '-',
      '.',
      ',',
      '(',
      'é',
      'Ж',
      'ß',
      '日',
      '\u2060',
      '\u200b',
      '⁄',
      '⁰',
      '½',
      'İ',
      '$',
      '%',
    ];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 20_000; n++) {
      let word = '';
      for (let i = 1 + (n % 8); i > 0; i--) word += pieces[next() % pieces.length];
      expect(normalizeWord(word), word).toBe(reference(word));
    }
  });

  it('turns a spoken first line back from a headline into narration', () => {
    const text = 'Good evening and welcome\n\nThe news tonight is about the bridge.';
    const tokens = tokensOf('Good evening and welcome The news tonight is about the bridge.');
    const untimed = formatTranscript(text);
    expect(untimed.blocks[0]?.type).toBe('headline');
    const timed = formatTranscript(text, {}, { timedTokens: tokens });
    expect(timed.blocks[0]?.type).toBe('narration');
    expect(timed.title).toBeNull();
    expect(timed.blocks[0]?.startMs).toBe(0);
  });
});
