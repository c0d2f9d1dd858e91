import * as z from 'zod/mini';
import './core/zod-messages.ts';

const TRUE_WORDS: ReadonlySet<string> = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['0', 'false', 'no', 'off']);

/**
 * Query strings and HTML checkboxes say `1`, `on` or `true`; JSON says `true`. Anything else is
 * left for `z.boolean()` to reject. A preprocess (not a transform) keeps the JSON Schema a plain
 * `boolean` in both input and output mode, for the OpenAPI document.
 */
function toFlag(value: unknown): unknown {
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return value;
}

/** A schema after a preprocess: its input is anything, its optionality the schema's. */
type Preprocessed<U extends z.core.SomeType> = z.ZodMiniType<
  z.output<U>,
  unknown,
  z.core.$ZodPreprocessInternals<U, unknown>
>;

/**
 * `fn` applied before `schema` (zod/mini has no `preprocess`: the same pipe from a transform).
 * A preprocess (not a transform after) keeps the JSON Schema the schema's own, in input and
 * output mode alike.
 */
function preprocess<U extends z.ZodMiniType>(
  fn: (value: unknown) => unknown,
  schema: U,
): Preprocessed<U> {
  return z.pipe(z.transform(fn), schema) as unknown as Preprocessed<U>;
}

/**
 * A boolean option that reads the words a query string, a form field or JSON uses for it; the
 * description says which.
 *
 * @example const options = { mirror: flag(false, 'Mirror the prompter horizontally.') };
 */
export function flag(defaultValue: boolean, description: string) {
  return preprocess(toFlag, z._default(z.boolean(), defaultValue))
    .clone()
    .register(z.globalRegistry, {
      description: `${description} Accepts 1/0, true/false, on/off, yes/no.`,
    });
}

// A decimal number as written in a query string, a form field or a JSON string: no hex, no
// `Infinity`, no blanks inside. The one rule for every numeric option, wherever it comes from.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/;

/** A decimal string becomes its number; anything else is left for the number schema to refuse. */
export function toDecimal(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : value;
}

/**
 * A numeric option that also reads decimal strings (`"150"`, `12.5`) and nothing else (`0x10`,
 * `1e999` past the bounds, `Infinity` are refused). A preprocess keeps the JSON Schema a plain
 * number for the OpenAPI document.
 *
 * @example decimal(z.number().check(z.int()).check(z.minimum(10))).parse('42') // 42
 */
export function decimal<T extends z.ZodMiniNumber>(schema: T) {
  return preprocess(toDecimal, schema);
}
