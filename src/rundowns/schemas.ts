/**
 * The rundown API's shapes as schemas: the TypeScript types of the Durable Object's answers, the
 * settings check of the routes, and the OpenAPI components (src/rundowns/openapi.ts) all come
 * from here. Built on first use (`rundownSchemas()`), not when the Worker starts.
 */
import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { INPUT_FORMATS } from '../ingest/index.ts';
import { MAX_SPEED_STEP } from './state.ts';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

function build() {
  const settings = z.strictObject({
    name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
    airDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    endTime: z
      .nullable(
        z.pipe(
          z.string().check(z.regex(CLOCK)),
          z.transform((t) => (t.length === 5 ? `${t}:00` : t)),
        ),
      )
      .clone()
      .register(z.globalRegistry, {
        description: 'Wall-clock end of the show: every story is back-timed from it.',
      }),
  });
  const state = z
    .object({
      story: z.nullable(z.string()),
      block: z.int().check(z.minimum(0)),
      offset: z
        .number()
        .check(z.minimum(0))
        .check(z.maximum(1))
        .clone()
        .register(z.globalRegistry, {
          description: 'Fraction of the block’s shown characters above the eye-line.',
        }),
      speed: z
        .int()
        .check(z.minimum(-MAX_SPEED_STEP))
        .check(z.maximum(MAX_SPEED_STEP))
        .clone()
        .register(z.globalRegistry, {
          description: 'Step on the speed curve (negative scrolls back).',
        }),
      wpm: z
        .number()
        .clone()
        .register(z.globalRegistry, { description: 'Words per minute at that step.' }),
      playing: z.boolean(),
    })
    .clone()
    .register(z.globalRegistry, {
      description:
        'The authoritative prompter state: where the script was when it last changed (`elapsedMs` ago), how fast it moves, whether it moves.',
    });
  const source = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text') }),
    z.object({ kind: z.literal('cms'), storyId: z.string(), revision: z.string() }),
  ]);
  const summary = z.object({
    id: z.string(),
    title: z.nullable(z.string()),
    slug: z.string(),
    durationMs: z.int().clone().register(z.globalRegistry, { description: 'Read time.' }),
    blocks: z.int(),
    source: source.clone().register(z.globalRegistry, {
      description: 'Where the text came from: sent as text, or a CMS story followed.',
    }),
    startAt: z.nullable(z.string()).clone().register(z.globalRegistry, {
      description: 'Back-timed start `HH:MM:SS` when the rundown has an end time.',
    }),
    text: z
      .optional(z.string())
      .clone()
      .register(z.globalRegistry, { description: 'Operators only: the text as sent.' }),
    input: z
      .optional(z.enum(INPUT_FORMATS))
      .clone()
      .register(z.globalRegistry, { description: 'Operators only: its input format.' }),
    options: z
      .optional(z.record(z.string(), z.unknown()))
      .clone()
      .register(z.globalRegistry, { description: 'Operators only: the options as sent.' }),
  });
  const rundown = z.object({
    name: z.string(),
    airDate: z.nullable(z.string()),
    endTime: z.nullable(z.string()),
    role: z.enum(['operator', 'talent']),
    totalMs: z.int(),
    startAt: z.nullable(z.string()).clone().register(z.globalRegistry, {
      description: 'Back-timed start of the first story, when there is an end time.',
    }),
    stories: z.array(summary),
    state,
    talentToken: z.optional(z.string()).clone().register(z.globalRegistry, {
      description: 'Operators only: the read-only capability, for talent links.',
    }),
  });
  const created = z.object({
    id: z.string(),
    name: z.string(),
    airDate: z.nullable(z.string()),
    endTime: z.nullable(z.string()),
    operatorToken: z
      .string()
      .clone()
      .register(z.globalRegistry, { description: 'Controls the rundown. Shown once.' }),
    talentToken: z
      .string()
      .clone()
      .register(z.globalRegistry, { description: 'Reads the rundown (talent screens).' }),
    links: z
      .object({ manage: z.url(), operator: z.url(), remote: z.url(), talent: z.url() })
      .clone()
      .register(z.globalRegistry, { description: 'Page URLs with the token in the fragment.' }),
    websocket: z.string().clone().register(z.globalRegistry, {
      description: 'The screens’ WebSocket path (`?token=` a capability).',
    }),
  });
  const cmsStory = z.strictObject({
    cmsStory: z
      .string()
      .check(z.regex(/^[A-Za-z0-9._-]{1,200}$/))
      .clone()
      .register(z.globalRegistry, { description: 'A story id the CMS webhook stored.' }),
  });
  const order = z.strictObject({
    order: z
      .array(z.string().check(z.maxLength(100)))
      .check(z.maxLength(1000))
      .clone()
      .register(z.globalRegistry, { description: 'Every story id of the rundown, once.' }),
  });
  // A PATCH sends any of the settings.
  const settingsPatch = z.partial(settings);
  return { settings, settingsPatch, state, summary, rundown, created, cmsStory, order };
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
