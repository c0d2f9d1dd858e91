/** Reading a formatted document in tests: a block by its first words, and its speaker. */
import { formatTranscript } from '../../src/core/index.ts';

export const doc = (text: string) => formatTranscript(text);

/** The first block whose text starts with `words`, or null. */
export const blockOf = (text: string, words: string) =>
  doc(text).blocks.find((b) => b.text.startsWith(words)) ?? null;

/** The speaker of the first block whose text starts with `words`, or null. */
export const speakerOf = (text: string, words: string) => {
  const d = doc(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};
