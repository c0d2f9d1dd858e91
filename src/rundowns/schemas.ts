/**
 * The rundown API's shapes as schemas: the TypeScript types of the Durable Object's answers, the
 * settings check of the routes, and the OpenAPI components (src/rundowns/openapi.ts) all come
 * from here. Built on first use (`rundownSchemas()`), not when the Worker starts.
 */
import * as z from 'zod';
import { INPUT_FORMATS } from '../ingest/index.ts';
import { MAX_SPEED_STEP } from './state.ts';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

function build() {
  const settings = z
    .object({
      name: z.string().trim().min(1).max(200),
      airDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
      endTime: z
        .string()
        .regex(CLOCK)
        .transform((t) => (t.length === 5 ? `${t}:00` : t))
        .nullable()
        .describe('Wall-clock end of the show: every story is back-timed from it.'),
    })
    .strict();
  const state = z
    .object({
      story: z.string().nullable(),
      block: z.int().min(0),
      offset: z
        .number()
        .min(0)
        .max(1)
        .describe('Fraction of the block’s shown characters above the eye-line.'),
      speed: z
        .int()
        .min(-MAX_SPEED_STEP)
        .max(MAX_SPEED_STEP)
        .describe('Step on the speed curve (negative scrolls back).'),
      wpm: z.number().describe('Words per minute at that step.'),
      playing: z.boolean(),
    })
    .describe(
      'The authoritative prompter state: where the script was when it last changed (`elapsedMs` ago), how fast it moves, whether it moves.',
    );
  const source = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text') }),
    z.object({ kind: z.literal('cms'), storyId: z.string(), revision: z.string() }),
  ]);
  const summary = z.object({
    id: z.string(),
    title: z.string().nullable(),
    slug: z.string(),
    durationMs: z.int().describe('Read time.'),
    blocks: z.int(),
    source: source.describe('Where the text came from: sent as text, or a CMS story followed.'),
    startAt: z
      .string()
      .nullable()
      .describe('Back-timed start `HH:MM:SS` when the rundown has an end time.'),
    text: z.string().optional().describe('Operators only: the text as sent.'),
    input: z.enum(INPUT_FORMATS).optional().describe('Operators only: its input format.'),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Operators only: the options as sent.'),
  });
  const rundown = z.object({
    name: z.string(),
    airDate: z.string().nullable(),
    endTime: z.string().nullable(),
    role: z.enum(['operator', 'talent']),
    totalMs: z.int(),
    startAt: z
      .string()
      .nullable()
      .describe('Back-timed start of the first story, when there is an end time.'),
    stories: z.array(summary),
    state,
    talentToken: z
      .string()
      .optional()
      .describe('Operators only: the read-only capability, for talent links.'),
  });
  const created = z.object({
    id: z.string(),
    name: z.string(),
    airDate: z.string().nullable(),
    endTime: z.string().nullable(),
    operatorToken: z.string().describe('Controls the rundown. Shown once.'),
    talentToken: z.string().describe('Reads the rundown (talent screens).'),
    links: z
      .object({ manage: z.url(), operator: z.url(), remote: z.url(), talent: z.url() })
      .describe('Page URLs with the token in the fragment.'),
    websocket: z.string().describe('The screens’ WebSocket path (`?token=` a capability).'),
  });
  const cmsStory = z
    .object({
      cmsStory: z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,200}$/)
        .describe('A story id the CMS webhook stored.'),
    })
    .strict();
  const order = z
    .object({
      order: z
        .array(z.string().max(100))
        .max(1000)
        .describe('Every story id of the rundown, once.'),
    })
    .strict();
  return { settings, state, summary, rundown, created, cmsStory, order };
}

let built: ReturnType<typeof build> | null = null;

/** The schemas, built on first use. */
export function rundownSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

type Schemas = ReturnType<typeof build>;
export type RundownSettings = z.output<Schemas['settings']>;
export type PrompterStateView = z.output<Schemas['state']>;
export type StorySummary = z.output<Schemas['summary']>;
export type RundownView = z.output<Schemas['rundown']>;
export type RundownCreated = z.output<Schemas['created']>;
