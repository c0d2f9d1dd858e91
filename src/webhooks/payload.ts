import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { correctionsSchema } from '../core/corrections.ts';
import { lazy } from '../core/lazy.ts';
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
  z.pipe(
    z.union([
      z
        .string()
        .check(z.maxLength(maxChars))
        .check(
          z.regex(
            SEGMENT,
            `${what} must start with a letter or digit and use only letters, digits, ".", "_", "-"`,
          ),
        ),
      z.number().check(z.int()).check(z.nonnegative()).check(z.maximum(Number.MAX_SAFE_INTEGER)),
    ]),
    z.transform((value) => String(value)),
  );

export const storyIdSchema = lazy(() => segment('story.id', 128));
export const revisionSchema = lazy(() => segment('story.revision', 64));

/** The delivery body a CMS sends to `POST /v1/webhooks/cms`. */
export const deliverySchema = lazy(() =>
  z.strictObject({
    story: z.strictObject({
      id: storyIdSchema().clone().register(z.globalRegistry, { description: 'The CMS story id.' }),
      revision: z
        .optional(revisionSchema())
        .clone()
        .register(z.globalRegistry, {
          description:
            'The CMS revision (an increasing number is best: `latest` never moves back to a lower ' +
            'number). When absent, the delivery id names the revision.',
        }),
      title: z
        .optional(z.string().check(z.maxLength(1000)))
        .clone()
        .register(z.globalRegistry, { description: 'Stored in the manifest.' }),
      slug: z
        .optional(z.string().check(z.maxLength(200)))
        .clone()
        .register(z.globalRegistry, { description: 'Stored in the manifest.' }),
      body: z
        .string()
        .check(z.regex(/\S/u, 'story.body has no text: send the story to format'))
        .clone()
        .register(z.globalRegistry, { description: 'The story: plain text or HTML.' }),
      format: z
        .optional(z.enum(['text', 'html']))
        .clone()
        .register(z.globalRegistry, { description: 'How to read `body`; detected when absent.' }),
      language: z
        .optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)))
        .clone()
        .register(z.globalRegistry, {
          description:
            'BCP 47 tag; its primary subtag is the `language` option unless options set it.',
        }),
    }),
    outputs: z
      .optional(z.array(z.enum(OUTPUTS)).check(z.minLength(1)))
      .clone()
      .register(z.globalRegistry, {
        description: 'Outputs to render and store; every available output when absent.',
      }),
    // Kept as sent (not copied into a new object, where a `__proto__` key would vanish): the
    // options are read by the same function as `/v1/format`'s, which refuses unknown names.
    options: z
      .optional(
        z
          .custom<Record<string, unknown>>(
            (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
            'options must be an object',
          )
          .clone()
          .register(z.globalRegistry, { type: 'object', additionalProperties: true }),
      )
      .clone()
      .register(z.globalRegistry, {
        description: 'Rendering options, the same as `/v1/format` takes (see the options schema).',
      }),
    corrections: z.optional(correctionsSchema()).clone().register(z.globalRegistry, {
      description: 'The producer’s corrections, the same object as `/v1/format` takes.',
    }),
  }),
);

export type Delivery = z.output<ReturnType<typeof deliverySchema>>;

let deliveryJsonSchema: FieldSchema | null = null;

/** The part of the delivery's JSON Schema at a path (`story.body`), for the words of `allowed`. */
function schemaAt(path: readonly PropertyKey[]): FieldSchema | undefined {
  deliveryJsonSchema ??= z.toJSONSchema(deliverySchema(), {
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
export function fieldErrors(error: z.core.$ZodError, input: unknown): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'body',
    value: echo(valueAt(input, issue.path) ?? null),
    allowed: describeAllowed(schemaAt(issue.path)),
    message: issue.message,
  }));
}
