/**
 * The problem body every error answers with (RFC 9457), as ONE schema: the TypeScript types of
 * the edge and the OpenAPI `Problem` component are both derived from it.
 */
import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { lazy } from '../core/lazy.ts';

/** One invalid field of a 422 (options, delivery payloads, corrections): the one shape. */
export const fieldErrorSchema = lazy(() =>
  z
    .object({
      field: z.string().clone().register(z.globalRegistry, {
        description: 'The field, as a dotted path (`readRate`, `story.id`).',
      }),
      value: z.unknown().clone().register(z.globalRegistry, {
        description: 'The value sent (strings cut to 200 characters, structures summarized).',
      }),
      allowed: z
        .string()
        .clone()
        .register(z.globalRegistry, { description: 'What the field allows, in words.' }),
      message: z.string().clone().register(z.globalRegistry, { description: 'What is wrong.' }),
    })
    .clone()
    .register(z.globalRegistry, { description: 'One invalid field of a request.' }),
);

export const problemSchema = lazy(() =>
  z
    .catchall(
      z.object({
        type: z.url().clone().register(z.globalRegistry, {
          description: 'Links to the problem type’s entry on `/docs`.',
        }),
        title: z.string(),
        status: z.int(),
        detail: z.string(),
        instance: z.optional(z.string()),
        errors: z.optional(z.array(fieldErrorSchema())).clone().register(z.globalRegistry, {
          description: 'For `invalid-options` and `invalid-delivery`: each bad field.',
        }),
        available: z.optional(z.array(z.string())),
        supported: z.optional(z.array(z.string())),
        maxBytes: z.optional(z.int()),
        blocks: z.optional(z.int()).clone().register(z.globalRegistry, {
          description: 'For `too-many-blocks`: the blocks made (or paragraphs counted, at least).',
        }),
        limit: z.optional(z.int()).clone().register(z.globalRegistry, {
          description:
            'For `too-many-blocks` (blocks) and `output-too-large` (characters): the limit.',
        }),
        size: z.optional(z.int()).clone().register(z.globalRegistry, {
          description:
            'For `output-too-large`: the length the answer would have had, in characters.',
        }),
      }),
      z.unknown(),
    )
    .clone()
    .register(z.globalRegistry, {
      description: 'RFC 9457 Problem Details. `type` links to the problem’s entry on `/docs`.',
    }),
);

export type FieldError = z.infer<ReturnType<typeof fieldErrorSchema>>;
export type ProblemDetails = z.infer<ReturnType<typeof problemSchema>>;

/**
 * OpenAPI `components.schemas` entries generated from zod schemas, each under its name; a schema
 * of the list used inside another becomes a `$ref` to its component. Schemas in `elsewhere` are
 * components another part of the document defines: they are referred to, not emitted again.
 *
 * @example openApiComponents({ Problem: problemSchema, FieldError: fieldErrorSchema })
 */
export function openApiComponents(
  schemas: Record<string, z.ZodMiniType>,
  io: 'input' | 'output' = 'output',
  elsewhere: Record<string, z.ZodMiniType> = {},
): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ ...elsewhere, ...schemas })) {
    registry.add(schema, { id });
  }
  const { schemas: generated } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(generated)) {
    if (id in elsewhere && !(id in schemas)) continue;
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    components[id] = rest;
  }
  return components;
}
