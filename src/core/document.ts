/**
 * The clean document every output renders from: what `POST /v1/format?output=json` returns and
 * what the subtitle, prompter and print compilers read. Plain data, JSON-serializable.
 *
 * ONE source: the zod schemas below give both the TypeScript types (`z.output`) and the OpenAPI
 * components (`ScriptDocument`, `Block`, `Speaker`, `Message`, `TimedWord`), so a field and its
 * description are written once.
 */
import * as z from 'zod/mini';
import './zod-messages.ts';
import { lazy } from './lazy.ts';

/**
 * Block types in newsroom terms. A `note` is page furniture pasted with the transcript (a cookie
 * notice, navigation, a byline, a copyright line…): kept in the document with its `reason`, never
 * read, timed, subtitled or put on the prompter.
 */
export const blockTypeSchema = lazy(() =>
  z
    .enum(['headline', 'narration', 'throw', 'speech', 'direction', 'signoff', 'note'])
    .clone()
    .register(z.globalRegistry, {
      description:
        'The block’s type in newsroom terms. A `note` is page furniture pasted with the transcript (a cookie notice, navigation, a byline, a copyright line…): kept with its `reason`, never read, timed, subtitled or put on the prompter.',
    }),
);
export type BlockType = z.output<ReturnType<typeof blockTypeSchema>>;

/** Why a block is a note (page furniture), as reported in `Block.reason`. */
export const noteReasonSchema = lazy(() =>
  z.enum([
    'cookie-notice',
    'subscription',
    'advertisement',
    'navigation',
    'share-links',
    'related-links',
    'byline',
    'dateline',
    'photo-caption',
    'credit',
    'copyright',
    'terms',
    'disclaimer',
    'programme-credit',
    'page-element',
    'story-form',
    'comment',
  ]),
);
export type NoteReason = z.output<ReturnType<typeof noteReasonSchema>>;

export const severitySchema = lazy(() => z.enum(['info', 'warning', 'error']));
export type Severity = z.output<ReturnType<typeof severitySchema>>;

export const speakerSchema = lazy(() =>
  z
    .object({
      id: z.string().clone().register(z.globalRegistry, {
        description: 'Stable id within the document, e.g. `sergey-lavrov` or `q`.',
      }),
      name: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'Person’s name as first fully given (`Tarō Kōno`), null for anonymous roles.',
      }),
      title: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'Title from the first full mention (`Foreign Minister of Japan`), else null.',
      }),
      role: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description:
          'Role for anonymous tags (`Q` → `reporter`, `MODERATOR` → `moderator`), else null.',
      }),
      aliases: z.array(z.string()).clone().register(z.globalRegistry, {
        description: 'Every tag form seen for this speaker, as written (`LAVROV`, `Mr. Lavrov`).',
      }),
    })
    .clone()
    .register(z.globalRegistry, { description: 'A person or role who speaks in the document.' }),
);
export type Speaker = z.output<ReturnType<typeof speakerSchema>>;

/** One word of a timed block. */
export const timedWordSchema = lazy(() =>
  z
    .object({
      text: z
        .string()
        .clone()
        .register(z.globalRegistry, { description: 'The word, as in the block’s `text`.' }),
      startMs: z
        .int()
        .clone()
        .register(z.globalRegistry, { description: 'Start of the word in the media, in ms.' }),
      endMs: z
        .int()
        .clone()
        .register(z.globalRegistry, { description: 'End of the word in the media, in ms.' }),
    })
    .clone()
    .register(z.globalRegistry, { description: 'One word of a timed block.' }),
);
export type TimedWord = z.output<ReturnType<typeof timedWordSchema>>;

export const blockSchema = lazy(() =>
  z
    .object({
      id: z.string().clone().register(z.globalRegistry, {
        description: 'Stable id within the document: `b1`, `b2`, … in order.',
      }),
      type: blockTypeSchema(),
      speaker: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'Speaker id for speech blocks (and a tagged direction), else null.',
      }),
      text: z.string().clone().register(z.globalRegistry, {
        description: 'Clean text of the block, one paragraph, no tag.',
      }),
      sentences: z.array(z.string()).clone().register(z.globalRegistry, {
        description: 'Sentences of `text`, in order; joining them with single spaces gives `text`.',
      }),
      words: z.int().clone().register(z.globalRegistry, { description: 'Word count of `text`.' }),
      durationMs: z.int().clone().register(z.globalRegistry, {
        description:
          'Estimated time to speak or read it, in ms; 0 for headline and direction, except the run time a script states for a bite (`RUNS :12`, `TRT 1:05`).',
      }),
      line: z.int().clone().register(z.globalRegistry, {
        description: '1-based line in the original input where this block starts.',
      }),
      sot: z.boolean().clone().register(z.globalRegistry, {
        description:
          'A speech block whose words are a quoted bite (SOT), as opposed to a live turn.',
      }),
      timestampMs: z.nullable(z.int()).clone().register(z.globalRegistry, {
        description:
          'Time anchor from the transcript (`Speaker 1 (00:01:23):`), in ms from the start, else null.',
      }),
      reason: z
        .nullable(noteReasonSchema())
        .clone()
        .register(z.globalRegistry, { examples: ['navigation'] })
        .clone()
        .register(z.globalRegistry, {
          description:
            'For a `note` (page furniture: not read, timed or subtitled): what kind it is (`navigation`, `byline`, `copyright`, …); null for other blocks.',
        }),
      delivery: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description:
          'How the words were delivered, from the tag’s parenthetical (`SMITH (voice-over):`): `voice-over`, `on-camera`, `off-camera`, `through-translator`, `via-telephone`, `on-tape`, `sot`, …; null when the tag has none (and for untagged blocks).',
      }),
      translated: z.boolean().clone().register(z.globalRegistry, {
        description:
          'The words are a translation (`(through translator)`, UN `(spoke in Russian)`).',
      }),
      startMs: z.nullable(z.int()).clone().register(z.globalRegistry, {
        description:
          'Start of the block’s first word in the media, in ms, when the input is timed; else null.',
      }),
      endMs: z.nullable(z.int()).clone().register(z.globalRegistry, {
        description:
          'End of the block’s last word in the media, in ms, when the input is timed; else null.',
      }),
      timedWords: z.nullable(z.array(timedWordSchema())).clone().register(z.globalRegistry, {
        description:
          'The block’s words (whitespace-separated, as in `text`) with their times, when the input is timed; else null. Words the input did not time are interpolated between their neighbours.',
      }),
    })
    .clone()
    .register(z.globalRegistry, {
      description: 'One block of the script: a paragraph of one type, with its timing.',
    }),
);
export type Block = z.output<ReturnType<typeof blockSchema>>;

export const messageSchema = lazy(() =>
  z
    .object({
      ruleId: z
        .string()
        .clone()
        .register(z.globalRegistry, { examples: ['duplicate-paragraph'] })
        .clone()
        .register(z.globalRegistry, { description: 'The rule that reported it.' }),
      reason: z
        .string()
        .clone()
        .register(z.globalRegistry, { description: 'What happened, in words.' }),
      line: z.nullable(z.int()).clone().register(z.globalRegistry, {
        description:
          '1-based line in the original input, or null when the message is about the whole text.',
      }),
      column: z
        .nullable(z.int())
        .clone()
        .register(z.globalRegistry, { description: '1-based column in that line, or null.' }),
      endLine: z.optional(z.int()).clone().register(z.globalRegistry, {
        description: 'End of the changed range: its line, when the change has a range.',
      }),
      endColumn: z.optional(z.int()).clone().register(z.globalRegistry, {
        description: 'End of the changed range: the column just past it.',
      }),
      source: z
        .optional(z.string())
        .clone()
        .register(z.globalRegistry, { examples: ['mojibake'] })
        .clone()
        .register(z.globalRegistry, {
          description:
            'The plugin that reported it (`mojibake`, `entities`, `list-markers`, …), or `scriptdesk`.',
        }),
      severity: severitySchema(),
      actual: z.optional(z.string()).clone().register(z.globalRegistry, {
        description: 'What was removed or replaced, when the message reports a change.',
      }),
      expected: z.optional(z.array(z.string())).clone().register(z.globalRegistry, {
        description: 'What it became, when the message reports a replacement.',
      }),
      correction: z.optional(z.string()).clone().register(z.globalRegistry, {
        description:
          'For `correction` and `correction-stale`: the correction’s place in the request (`blocks.2`).',
      }),
    })
    .clone()
    .register(z.globalRegistry, {
      description: 'One change made or problem found, with where it was in the input.',
    }),
);
export type Message = z.output<ReturnType<typeof messageSchema>>;

export const scriptDocumentSchema = lazy(() =>
  z
    .object({
      title: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'The story’s title, when the input gives one.',
      }),
      slug: z.string().clone().register(z.globalRegistry, {
        description:
          'One or two UPPERCASE topic words naming the story (`KURIL-ISLANDS`), at most 32 characters, never empty (`UNTITLED` when the text names nothing; the date of a Chinese text, `20240506`, or its language and content key, `ZH-3F9A1C`).',
      }),
      language: z
        .string()
        .clone()
        .register(z.globalRegistry, { description: 'BCP 47 primary language: `en`, `ru`, …' }),
      reporter: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'The reporter, from the anchor’s throw, else the first credit; else null.',
      }),
      outlet: z.nullable(z.string()).clone().register(z.globalRegistry, {
        description: 'The outlet the sign-off names (`… for Vesti.`), else null.',
      }),
      credits: z.array(z.string()).clone().register(z.globalRegistry, {
        description: 'The names the sign-off credits (`A, B and C for Vesti.`), in order.',
      }),
      speakers: z.array(speakerSchema()),
      blocks: z.array(blockSchema()),
      durationMs: z
        .int()
        .clone()
        .register(z.globalRegistry, { description: 'Sum of the blocks’ durations, in ms.' }),
      timed: z.boolean().clone().register(z.globalRegistry, {
        description:
          'True when the input had word times (speech-to-text JSON, SRT/WebVTT): blocks carry them.',
      }),
      readRateWpm: z.number().clone().register(z.globalRegistry, {
        description: 'Read rate used for the estimate, in words per minute.',
      }),
      messages: z.array(messageSchema()),
    })
    .clone()
    .register(z.globalRegistry, { description: 'The clean document every output renders from.' }),
);
export type ScriptDocument = z.output<ReturnType<typeof scriptDocumentSchema>>;

/** The document's schemas under their OpenAPI component names. */
export const DOCUMENT_SCHEMAS = lazy(
  () =>
    ({
      ScriptDocument: scriptDocumentSchema(),
      Speaker: speakerSchema(),
      Block: blockSchema(),
      TimedWord: timedWordSchema(),
      Message: messageSchema(),
    }) as const,
);
