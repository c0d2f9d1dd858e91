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
import * as z from 'zod/mini';
import './zod-messages.ts';
import { lazy } from './lazy.ts';

export { contentKey } from './content-key.ts';

/** Most corrections of one kind in a request: bounds the work on hostile input. */
export const MAX_CORRECTIONS = 500;

const keySchema = lazy(() =>
  z
    .string()
    .check(z.regex(/^[0-9a-f]{8}$/))
    .clone()
    .register(z.globalRegistry, {
      description: 'Content key of the paragraph’s text (8 hex digits, see the README).',
    }),
);
const lineSchema = lazy(() =>
  z
    .optional(z.number().check(z.int()).check(z.minimum(1)))
    .clone()
    .register(z.globalRegistry, {
      description: 'Line where the paragraph was: only a hint among paragraphs with the same key.',
    }),
);
const speakerIdSchema = lazy(() =>
  z
    .string()
    .check(z.minLength(1))
    .check(z.maxLength(100))
    .clone()
    .register(z.globalRegistry, { description: 'Speaker id from the document.' }),
);
const nameSchema = lazy(() =>
  z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
);

export const paragraphRefSchema = lazy(() =>
  z.strictObject({ key: keySchema(), line: lineSchema() }),
);

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

const list = <T extends z.ZodMiniType>(item: T) =>
  z.optional(z.array(item).check(z.maxLength(MAX_CORRECTIONS)));

/** The corrections object: one list per kind, every list optional. */
export const correctionsSchema = lazy(() =>
  z
    .strictObject({
      restore: list(paragraphRefSchema()).clone().register(z.globalRegistry, {
        description:
          'Paragraphs removed as repeats (`duplicate-paragraph`) to put back where they were.',
      }),
      versions: list(
        z.strictObject({
          keep: paragraphRefSchema()
            .clone()
            .register(z.globalRegistry, { description: 'The version to keep.' }),
          drop: paragraphRefSchema()
            .clone()
            .register(z.globalRegistry, { description: 'The version to drop.' }),
        }),
      )
        .clone()
        .register(z.globalRegistry, {
          description: 'Of two versions of a paragraph (`revised-paragraph`), the one to keep.',
        }),
      split: list(
        z.strictObject({
          speaker: speakerIdSchema(),
          from: paragraphRefSchema().clone().register(z.globalRegistry, {
            description: 'The first paragraph said by the other person.',
          }),
          name: nameSchema()
            .clone()
            .register(z.globalRegistry, { description: 'Name of the other person.' }),
          title: z
            .optional(nameSchema())
            .clone()
            .register(z.globalRegistry, { description: 'Their title, if any.' }),
        }),
      )
        .clone()
        .register(z.globalRegistry, {
          description:
            'One speaker id that is two people: from a paragraph on, it is someone else.',
        }),
      merge: list(
        z.strictObject({
          speaker: speakerIdSchema(),
          into: speakerIdSchema()
            .clone()
            .register(z.globalRegistry, { description: 'The speaker to keep.' }),
        }),
      )
        .clone()
        .register(z.globalRegistry, { description: 'Two speaker ids that are one person.' }),
      rename: list(
        z.strictObject({
          speaker: speakerIdSchema(),
          name: nameSchema().clone().register(z.globalRegistry, { description: 'The right name.' }),
        }),
      ),
      titles: list(
        z.strictObject({
          speaker: speakerIdSchema(),
          title: z
            .string()
            .check(z.trim())
            .check(z.maxLength(200))
            .clone()
            .register(z.globalRegistry, { description: 'The title; empty removes it.' }),
        }),
      )
        .clone()
        .register(z.globalRegistry, {
          description: 'A speaker’s title (`Foreign Minister of Russia`).',
        }),
      blocks: list(
        z.strictObject(
          z.extend(paragraphRefSchema(), {
            type: z.enum(CORRECTION_BLOCK_TYPES).clone().register(z.globalRegistry, {
              description:
                '`narration` (also: a note marked as read), `throw`, `sot` (a quoted bite), `live` (a live turn), `note` (page furniture, not read), `direction`.',
            }),
            speaker: z.optional(speakerIdSchema()).clone().register(z.globalRegistry, {
              description:
                'For `sot` and `live`: who speaks (else the block’s or the last speaker).',
            }),
          }).shape,
        ),
      )
        .clone()
        .register(z.globalRegistry, { description: 'A block’s type.' }),
    })
    .clone()
    .register(z.globalRegistry, {
      description:
        'Corrections by the producer, applied after the formatter’s own rules and reported as `correction` messages (`correction-stale` when one no longer applies).',
    }),
);

export type Corrections = z.output<ReturnType<typeof correctionsSchema>>;
export type ParagraphRef = z.output<ReturnType<typeof paragraphRefSchema>>;
