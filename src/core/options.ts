import * as z from 'zod';

/** Outputs the read rate shows in: running times (subtitles have their own speaking speed). */
const TIMED_OUTPUTS = { 'x-outputs': ['json', 'teleprompter', 'teleprompter-text', 'print'] };

/** Options of the core pipeline: one schema, used for validation and the OpenAPI document. */
export const coreOptionsShape = {
  language: z
    .string()
    .regex(/^(auto|[a-z]{2,3})$/)
    .default('auto')
    .describe('Language of the transcript (BCP 47 primary subtag) or `auto` to detect it.'),
  readRate: z
    .number()
    .int()
    .min(60)
    .max(400)
    .optional()
    .describe('Read rate in words per minute (default 180 for English, 150 for Russian).')
    .meta(TIMED_OUTPUTS),
  typography: z
    .enum(['smart', 'ascii'])
    .default('smart')
    .describe('Curly quotes for the language (`smart`) or plain ASCII quotes and apostrophes.'),
  dedupe: z
    .boolean()
    .default(true)
    .describe('Remove paragraphs pasted twice (every removal is reported).'),
};

export const coreOptionsSchema = z.object(coreOptionsShape);
export type CoreOptions = z.input<typeof coreOptionsSchema>;
