import * as z from 'zod/mini';
import './zod-messages.ts';
import { lazy } from './lazy.ts';

/** Outputs the read rate shows in: running times (subtitles have their own speaking speed). */
const TIMED_OUTPUTS = { 'x-outputs': ['json', 'teleprompter', 'teleprompter-text', 'print'] };

/** Options of the core pipeline: one schema, used for validation and the OpenAPI document. */
export const coreOptionsShape = lazy(() => ({
  language: z
    ._default(z.string().check(z.regex(/^(auto|[a-z]{2,3})$/)), 'auto')
    .clone()
    .register(z.globalRegistry, {
      description: 'Language of the transcript (BCP 47 primary subtag) or `auto` to detect it.',
    }),
  readRate: z
    .optional(z.number().check(z.int()).check(z.minimum(60)).check(z.maximum(400)))
    .clone()
    .register(z.globalRegistry, {
      description: 'Read rate in words per minute (default 180 for English, 150 for Russian).',
    })
    .clone()
    .register(z.globalRegistry, TIMED_OUTPUTS),
  typography: z
    ._default(z.enum(['smart', 'ascii']), 'smart')
    .clone()
    .register(z.globalRegistry, {
      description: 'Curly quotes for the language (`smart`) or plain ASCII quotes and apostrophes.',
    }),
  dedupe: z._default(z.boolean(), true).clone().register(z.globalRegistry, {
    description: 'Remove paragraphs pasted twice (every removal is reported).',
  }),
}));

export const coreOptionsSchema = lazy(() => z.object(coreOptionsShape()));
export type CoreOptions = z.input<ReturnType<typeof coreOptionsSchema>>;
export type ResolvedCoreOptions = z.output<ReturnType<typeof coreOptionsSchema>>;
