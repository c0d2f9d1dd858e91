/**
 * Corrections: a producer's explicit overrides of what the formatter decided, sent with the
 * request (`corrections` in the JSON body of `/v1/format`, a form field, the CMS webhook payload)
 * and applied by the core after its own rules (see plugins/corrections.ts).
 *
 * A paragraph is named by the content key of its text (`contentKey` in content-key.ts: a hash of its
 * lower-cased words, blind to whitespace, punctuation, quotes and case), with its line only as a
 * hint among equal keys, so a correction survives edits elsewhere in the text and small edits to
 * the paragraph itself. Speakers are named by their document id (`sergey-lavrov`, `q`).
 */
import * as z from 'zod';

export { contentKey } from './content-key.ts';

/** Most corrections of one kind in a request: bounds the work on hostile input. */
export const MAX_CORRECTIONS = 500;

const key = z
  .string()
  .regex(/^[0-9a-f]{8}$/)
  .describe('Content key of the paragraph’s text (8 hex digits, see the README).');
const line = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('Line where the paragraph was: only a hint among paragraphs with the same key.');
const speakerId = z.string().min(1).max(100).describe('Speaker id from the document.');
const name = z.string().trim().min(1).max(200);

export const paragraphRefSchema = z.strictObject({ key, line });

/** Block types a correction can set, in newsroom words. */
export const CORRECTION_BLOCK_TYPES = [
  'narration',
  'throw',
  'sot',
  'live',
  'note',
  'direction',
] as const;
export type CorrectionBlockType = (typeof CORRECTION_BLOCK_TYPES)[number];

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_CORRECTIONS).optional();

/** The corrections object: one list per kind, every list optional. */
export const correctionsSchema = z
  .strictObject({
    restore: list(paragraphRefSchema).describe(
      'Paragraphs removed as repeats (`duplicate-paragraph`) to put back where they were.',
    ),
    versions: list(
      z.strictObject({
        keep: paragraphRefSchema.describe('The version to keep.'),
        drop: paragraphRefSchema.describe('The version to drop.'),
      }),
    ).describe('Of two versions of a paragraph (`revised-paragraph`), the one to keep.'),
    split: list(
      z.strictObject({
        speaker: speakerId,
        from: paragraphRefSchema.describe('The first paragraph said by the other person.'),
        name: name.describe('Name of the other person.'),
        title: name.optional().describe('Their title, if any.'),
      }),
    ).describe('One speaker id that is two people: from a paragraph on, it is someone else.'),
    merge: list(
      z.strictObject({ speaker: speakerId, into: speakerId.describe('The speaker to keep.') }),
    ).describe('Two speaker ids that are one person.'),
    rename: list(z.strictObject({ speaker: speakerId, name: name.describe('The right name.') })),
    titles: list(
      z.strictObject({
        speaker: speakerId,
        title: z.string().trim().max(200).describe('The title; empty removes it.'),
      }),
    ).describe('A speaker’s title (`Foreign Minister of Russia`).'),
    blocks: list(
      paragraphRefSchema
        .extend({
          type: z
            .enum(CORRECTION_BLOCK_TYPES)
            .describe(
              '`narration` (also: a note marked as read), `throw`, `sot` (a quoted bite), `live` (a live turn), `note` (page furniture, not read), `direction`.',
            ),
          speaker: speakerId
            .optional()
            .describe('For `sot` and `live`: who speaks (else the block’s or the last speaker).'),
        })
        .strict(),
    ).describe('A block’s type.'),
  })
  .describe(
    'Corrections by the producer, applied after the formatter’s own rules and reported as `correction` messages (`correction-stale` when one no longer applies).',
  );

export type Corrections = z.output<typeof correctionsSchema>;
export type ParagraphRef = z.output<typeof paragraphRefSchema>;
