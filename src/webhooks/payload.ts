import * as z from 'zod';
import { correctionsSchema } from '../core/corrections.ts';
import {
  describeAllowed,
  echo,
  type FieldError,
  type FieldSchema,
  schemaAtPath,
} from '../edge/options.ts';
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
    body: z
      .string()
      .regex(/\S/u, 'story.body has no text: send the story to format')
      .describe('The story: plain text or HTML.'),
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
  // Kept as sent (not copied into a new object, where a `__proto__` key would vanish): the
  // options are read by the same function as `/v1/format`'s, which refuses unknown names.
  options: z
    .custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'options must be an object',
    )
    .meta({ type: 'object', additionalProperties: true })
    .optional()
    .describe('Rendering options, the same as `/v1/format` takes (see the options schema).'),
  corrections: correctionsSchema
    .optional()
    .describe('The producer’s corrections, the same object as `/v1/format` takes.'),
});

export type Delivery = z.output<typeof deliverySchema>;

let deliveryJsonSchema: FieldSchema | null = null;

/** The part of the delivery's JSON Schema at a path (`story.body`), for the words of `allowed`. */
function schemaAt(path: readonly PropertyKey[]): FieldSchema | undefined {
  deliveryJsonSchema ??= z.toJSONSchema(deliverySchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as FieldSchema;
  return schemaAtPath(deliveryJsonSchema, path);
}

/** The value at a path of the parsed JSON, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The delivery's validation problems in the one field-error shape every 422 uses
 * (`{ field, value, allowed, message }`, as `/v1/format`'s invalid options).
 */
export function fieldErrors(error: z.ZodError, input: unknown): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'body',
    value: echo(valueAt(input, issue.path) ?? null),
    allowed: describeAllowed(schemaAt(issue.path)),
    message: issue.message,
  }));
}
