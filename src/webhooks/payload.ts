import * as z from 'zod';
import { OUTPUTS } from '../options.ts';

/**
 * Story ids and revisions become R2 key segments (`stories/<id>/<revision>/<output>`), so they
 * are limited to characters that cannot form another path: no `/`, no leading dot.
 */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A CMS may send ids and revision numbers as JSON numbers; they are stored as strings. */
const segment = (what: string, maxChars: number) =>
  z
    .union([
      z
        .string()
        .max(maxChars)
        .regex(
          SEGMENT,
          `${what} must start with a letter or digit and use only letters, digits, ".", "_", "-"`,
        ),
      z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    ])
    .transform((value) => String(value));

export const storyIdSchema = segment('story.id', 128);
export const revisionSchema = segment('story.revision', 64);

/** The delivery body a CMS sends to `POST /v1/webhooks/cms`. */
export const deliverySchema = z.strictObject({
  story: z.strictObject({
    id: storyIdSchema.describe('The CMS story id.'),
    revision: revisionSchema
      .optional()
      .describe(
        'The CMS revision (an increasing number is best: `latest` never moves back to a lower ' +
          'number). When absent, the delivery id names the revision.',
      ),
    title: z.string().max(1000).optional().describe('Stored in the manifest.'),
    slug: z.string().max(200).optional().describe('Stored in the manifest.'),
    body: z.string().min(1).describe('The story: plain text or HTML.'),
    format: z
      .enum(['text', 'html'])
      .optional()
      .describe('How to read `body`; detected when absent.'),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
      .optional()
      .describe('BCP 47 tag; its primary subtag is the `language` option unless options set it.'),
  }),
  outputs: z
    .array(z.enum(OUTPUTS))
    .min(1)
    .optional()
    .describe('Outputs to render and store; every available output when absent.'),
  options: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Rendering options, the same as `/v1/format` takes (see the options schema).'),
});

export type Delivery = z.output<typeof deliverySchema>;

/** One validation problem, as listed in a 422 problem body. */
export interface FieldError {
  path: string;
  message: string;
}

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
