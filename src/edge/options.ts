/**
 * Options from a query string, form fields or a JSON body, through the ONE schema in
 * `src/options.ts`. Strings from a query or a form are first coerced to the type the schema gives
 * the field (number, boolean, array); then the schema validates. A 422 names each bad field, the
 * value sent and what is allowed, in words derived from the same schema.
 */
import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { type Corrections, correctionsSchema } from '../core/corrections.ts';
import { optionsSchema, type ResolvedOptions } from '../options.ts';
import { toDecimal } from '../options-flag.ts';
import { HttpError } from './errors.ts';
import type { FieldError } from './problem-schema.ts';

/** The part of JSON Schema (2020-12) the edge reads from `z.toJSONSchema`. */
export interface FieldSchema {
  type?: string | string[];
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  anyOf?: FieldSchema[];
  oneOf?: FieldSchema[];
  items?: FieldSchema;
  default?: unknown;
  title?: string;
  description?: string;
  /** Outputs the option matters for (set with zod `.meta({ 'x-outputs': [...] })`). */
  'x-outputs'?: string[];
}

export interface ObjectSchema {
  type: 'object';
  properties: Record<string, FieldSchema>;
  required?: string[];
  [keyword: string]: unknown;
}

let cached: ObjectSchema | null = null;

/** JSON Schema of the options as a client sends them (defaults make fields optional). */
export function optionsJsonSchema(): ObjectSchema {
  if (!cached) {
    const { $schema: _ignored, ...schema } = z.toJSONSchema(optionsSchema(), {
      io: 'input',
      unrepresentable: 'any',
    }) as ObjectSchema & { $schema?: string };
    cached = schema;
  }
  return cached;
}

/** Every option name, in schema order. */
export function optionNames(): string[] {
  return Object.keys(optionsJsonSchema().properties);
}

/** JSON types a field accepts (`type`, or the members of `anyOf`/`oneOf`). */
export function fieldTypes(schema: FieldSchema): Set<string> {
  const types = new Set<string>();
  const visit = (s: FieldSchema): void => {
    if (Array.isArray(s.type)) for (const t of s.type) types.add(t);
    else if (s.type) types.add(s.type);
    else if (s.enum) for (const v of s.enum) types.add(typeof v);
    for (const member of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) visit(member);
  };
  visit(schema);
  return types;
}

const TRUE = new Set(['true', '1', 'on', 'yes']);
const FALSE = new Set(['false', '0', 'off', 'no']);

/**
 * Coerces string values of one field to the schema's type; the last value wins for a scalar (an
 * HTML checkbox after its hidden `false`). A string that does not coerce stays a string, so the
 * schema reports it with the value as sent.
 *
 * @example coerceField({ type: 'integer' }, ['180']) // 180
 */
export function coerceField(schema: FieldSchema, values: readonly string[]): unknown {
  const types = fieldTypes(schema);
  if (types.has('array')) {
    const items = values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v);
    return items.map((item) => coerceScalar(schema.items ?? {}, item));
  }
  const last = values.at(-1) ?? '';
  return coerceScalar(schema, last);
}

/** A decimal string for a numeric field becomes its number; anything else is left as it is. */
function coerceNumberOnly(schema: FieldSchema, value: string): unknown {
  const types = fieldTypes(schema);
  return types.has('number') || types.has('integer') ? toDecimal(value) : value;
}

function coerceScalar(schema: FieldSchema, value: string): unknown {
  const types = fieldTypes(schema);
  const trimmed = value.trim();
  if (types.has('boolean')) {
    const lower = trimmed.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
  }
  if (types.has('number') || types.has('integer')) {
    const number = toDecimal(trimmed);
    if (typeof number === 'number') return number;
  }
  if (types.has('null') && trimmed === 'null') return null;
  return value;
}

/** What a field allows, in words: `an integer from 60 to 400`, `one of: smart, ascii`. */
export function describeAllowed(schema: FieldSchema | undefined): string {
  if (!schema) return 'nothing (unknown field)';
  if (schema.enum) return `one of: ${schema.enum.map((v) => String(v)).join(', ')}`;
  if (schema.const !== undefined) return `exactly ${String(schema.const)}`;
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (members.length > 0) return members.map(describeAllowed).join(', or ');
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any value');
  switch (type) {
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number': {
      const noun = type === 'integer' ? 'an integer' : 'a number';
      const min = schema.minimum ?? schema.exclusiveMinimum;
      const max = schema.maximum ?? schema.exclusiveMaximum;
      if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
      if (min !== undefined) return `${noun} ${schema.minimum !== undefined ? '≥' : '>'} ${min}`;
      if (max !== undefined) return `${noun} ${schema.maximum !== undefined ? '≤' : '<'} ${max}`;
      return noun;
    }
    case 'string': {
      const parts = ['text'];
      if (schema.format) parts.push(`in ${schema.format} format`);
      if (schema.pattern) parts.push(`matching ${schema.pattern}`);
      if (schema.maxLength !== undefined) parts.push(`of at most ${schema.maxLength} characters`);
      return parts.join(' ');
    }
    case 'array':
      return `a list (comma-separated in a query) of ${describeAllowed(schema.items)}`;
    default:
      return type;
  }
}

export type { FieldError } from './problem-schema.ts';

const ECHO_CHARS = 200;

/**
 * The value as a problem echoes it: strings cut to 200 characters, anything else (an array or
 * object, possibly nested thousands deep) summarized as at most 200 characters of JSON, read
 * breadth-limited and without recursion, so no input can make the answer large or overflow.
 */
export function echo(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > ECHO_CHARS ? `${value.slice(0, ECHO_CHARS)}…` : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const text = previewJson(value, ECHO_CHARS);
  return text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}…` : text;
}

/** JSON text of `value` up to about `limit` characters, built with an explicit stack. */
function previewJson(value: object, limit: number): string {
  let out = '';
  // Each frame is what remains to write: a value, or a literal (closing bracket, comma).
  const stack: (unknown | { literal: string })[] = [value];
  const isLiteral = (item: unknown): item is { literal: string } =>
    typeof item === 'object' && item !== null && LITERAL in item;
  while (stack.length > 0 && out.length <= limit) {
    const item = stack.pop();
    if (isLiteral(item)) {
      out += item.literal;
      continue;
    }
    if (Array.isArray(item)) {
      out += '[';
      stack.push({ [LITERAL]: true, literal: ']' });
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push({ [LITERAL]: true, literal: ',' });
      }
    } else if (item !== null && typeof item === 'object') {
      out += '{';
      stack.push({ [LITERAL]: true, literal: '}' });
      const keys = Object.keys(item);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push((item as Record<string, unknown>)[key]);
        stack.push({ [LITERAL]: true, literal: `${JSON.stringify(key)}:` });
        if (i > 0) stack.push({ [LITERAL]: true, literal: ',' });
      }
    } else {
      out += JSON.stringify(item) ?? 'null';
    }
    // Never hold more pending work than the preview can show.
    if (stack.length > limit * 2) stack.splice(0, stack.length - limit * 2);
  }
  return out;
}
const LITERAL = Symbol('literal');

/** A 422 `invalid-options` problem listing every field error. */
export function invalidOptions(errors: FieldError[]): HttpError {
  const detail = errors
    .map(
      (e) => `${e.field}=${JSON.stringify(echo(e.value))} is not allowed (allowed: ${e.allowed})`,
    )
    .join('; ');
  return new HttpError('invalid-options', `${detail}.`, {
    extensions: { errors: errors.map((e) => ({ ...e, value: echo(e.value) })) },
  });
}

/**
 * Validates options sent as strings (query string, form fields; every value of a repeated key)
 * and as JSON (typed as they are). JSON wins over strings for the same name.
 *
 * @example parseOptions({ readRate: ['150'] }).readRate // 150
 */
export function parseOptions(
  strings: Readonly<Record<string, readonly string[]>>,
  json: Readonly<Record<string, unknown>> = {},
): ResolvedOptions {
  const { properties } = optionsJsonSchema();
  // Option names are looked up as own properties only: `constructor`, `toString` or `__proto__`
  // are unknown options like any other, and cannot reach an object's prototype.
  const raw: Record<string, unknown> = Object.create(null);
  const errors: FieldError[] = [];
  const allowedNames = `one of: ${optionNames().join(', ')}`;
  for (const [name, values] of Object.entries(strings)) {
    const schema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!schema) {
      errors.push({
        field: name,
        value: values.at(-1),
        allowed: allowedNames,
        message: 'Unknown option',
      });
      continue;
    }
    // An empty form field means "not set": the default applies.
    const present = values.filter((v) => v.trim() !== '');
    if (present.length > 0) raw[name] = coerceField(schema, present);
  }
  for (const [name, value] of Object.entries(json)) {
    const schema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!schema) {
      errors.push({ field: name, value, allowed: allowedNames, message: 'Unknown option' });
      continue;
    }
    // A number written as a string in JSON is read the one way a query string's is.
    raw[name] = typeof value === 'string' ? coerceNumberOnly(schema, value) : value;
  }
  const result = optionsSchema().safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      errors.push({
        field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'options',
        value: name && Object.hasOwn(raw, name) ? raw[name] : null,
        allowed: describeAllowed(properties[name]),
        message: issue.message,
      });
    }
  }
  if (errors.length > 0 || !result.success) throw invalidOptions(errors);
  return result.data;
}

let correctionsJson: FieldSchema | null = null;

/**
 * The part of a JSON Schema at a path of the value it describes (`blocks.0.type`): array
 * indexes step into `items`, names into `properties` (own keys only). Undefined off the schema.
 *
 * @example schemaAtPath({ properties: { fps: { type: 'number' } } }, ['fps'])?.type // 'number'
 */
export function schemaAtPath(
  root: FieldSchema,
  path: readonly PropertyKey[],
): FieldSchema | undefined {
  let schema: FieldSchema | undefined = root;
  for (const key of path) {
    if (!schema) return undefined;
    if (typeof key === 'number') schema = schema.items;
    else {
      const properties = (schema as { properties?: Record<string, FieldSchema> }).properties;
      schema = properties && Object.hasOwn(properties, key) ? properties[String(key)] : undefined;
    }
  }
  return schema;
}

/** The part of the corrections' JSON Schema at a path (`blocks.0.type`), for `allowed`. */
function correctionsSchemaAt(path: readonly PropertyKey[]): FieldSchema | undefined {
  correctionsJson ??= z.toJSONSchema(correctionsSchema(), { io: 'input' }) as FieldSchema;
  return schemaAtPath(correctionsJson, path);
}

/**
 * Validates the `corrections` object of a request (JSON body, form field, webhook payload): a
 * 422 `invalid-options` problem names each bad member by its path (`corrections.blocks.0.type`).
 * A string is read as JSON (a form field). Absent or empty: no corrections.
 *
 * @example parseCorrections({ rename: [{ speaker: 'q', name: 'Jane Doe' }] }).rename?.length // 1
 */
export function parseCorrections(value: unknown): Corrections | undefined {
  if (value === undefined || value === null) return undefined;
  let parsed = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw invalidOptions([
        {
          field: 'corrections',
          value,
          allowed: 'a JSON object of corrections (see the README)',
          message: 'The corrections are not JSON',
        },
      ]);
    }
  }
  const result = correctionsSchema().safeParse(parsed);
  if (result.success) return result.data;
  throw invalidOptions(
    result.error.issues.map((issue) => {
      let at: unknown = parsed;
      for (const key of issue.path) {
        at =
          at !== null && typeof at === 'object' && Object.hasOwn(at, key)
            ? (at as Record<PropertyKey, unknown>)[key]
            : undefined;
      }
      return {
        field: ['corrections', ...issue.path.map(String)].join('.'),
        value: at ?? null,
        allowed: describeAllowed(correctionsSchemaAt(issue.path)),
        message: issue.message,
      };
    }),
  );
}
