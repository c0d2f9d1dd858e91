/** Reading a formatted document in tests: a block by its first words, and its speaker. */
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

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

/** The document the API gives for `input`, its format detected as the API does. */
export const readInput = (input: string): ScriptDocument =>
  produce(input, 'json', optionsSchema().parse({}), detectInputFormat(input)).document;

/** Each block as [type, speaker's name or role (a note: its reason), text]. */
export const blockRows = (d: ScriptDocument) =>
  d.blocks.map((b) => {
    const who = d.speakers.find((s) => s.id === b.speaker);
    return [b.type, b.type === 'note' ? b.reason : (who?.name ?? who?.role ?? null), b.text];
  });

/** {@link blockRows} without the notes: the story's blocks. */
export const storyRows = (d: ScriptDocument) => blockRows(d).filter((b) => b[0] !== 'note');
