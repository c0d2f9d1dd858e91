/**
 * Checks real responses against the OpenAPI document the Worker serves (shared by the contract
 * tests): the operation lists the status (or its `NXX` range), the media type (or a range), and
 * the body matches the schema, validated by @cfworker/json-schema (JSON Schema 2020-12, no code
 * generation, so it runs inside workerd like the Worker).
 */
import { type Schema, Validator } from '@cfworker/json-schema';
import { expect } from 'vitest';

interface MediaType {
  schema?: Schema;
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
export interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** The document's path template that matches a concrete path (`/v1/stories/{id}/{output}`). */
function templateFor(doc: Document, path: string): string {
  const segments = path.split('?')[0]?.split('/') ?? [];
  const found = Object.keys(doc.paths).find((template) => {
    const want = template.split('/');
    return (
      want.length === segments.length &&
      want.every((part, i) => part.startsWith('{') || part === segments[i])
    );
  });
  if (!found) throw new Error(`the OpenAPI document has no path for ${path}`);
  return found;
}

/** Checks one real response against the document; returns the checked media type. */
export async function expectDocumented(
  doc: Document,
  method: string,
  path: string,
  response: Response,
): Promise<string> {
  const template = templateFor(doc, path);
  const operation = doc.paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is in the document`).toBeDefined();
  const status = String(response.status);
  const documented =
    operation?.responses[status] ??
    operation?.responses[`${status[0]}XX`] ??
    operation?.responses.default;
  expect(documented, `${method} ${template} documents status ${status}`).toBeDefined();
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (response.status === 304 || response.status === 204) return mediaType;
  const content = documented?.content ?? {};
  // The most specific media range the document lists: `type/subtype`, `type/*`, `*/*`.
  const range = [mediaType, `${mediaType.split('/')[0]}/*`, '*/*'].find((r) => r in content);
  expect(range, `${method} ${template} ${status} documents ${mediaType}`).toBeDefined();
  const schema = content[range ?? '']?.schema ?? {};
  const body = await response.text();
  const value = mediaType.endsWith('json') ? JSON.parse(body) : body;
  // The document's components travel with the schema, so `#/components/schemas/…` resolves.
  const validator = new Validator(
    { ...schema, components: doc.components } as Schema,
    '2020-12',
    false,
  );
  const result = validator.validate(value);
  expect(
    result.errors.map((e) => `${e.instanceLocation}: ${e.error}`),
    `${method} ${path} → ${status} ${mediaType} matches its schema`,
  ).toEqual([]);
  return mediaType;
}
