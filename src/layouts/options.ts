import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { lazy } from '../core/lazy.ts';
import { decimal, flag } from '../options-flag.ts';

/** The outputs each option changes (read by the form and the OpenAPI document). */
const PROMPTER = { 'x-outputs': ['teleprompter'] };
const PROMPTERS = { 'x-outputs': ['teleprompter', 'teleprompter-text'] };
const PRINT = { 'x-outputs': ['print'] };

/** Prompter and print options: one schema for the API, the OpenAPI document and the prompter URL. */
export const layoutOptionsShape = lazy(() => ({
  sot: z
    ._default(z.enum(['cue', 'full']), 'cue')
    .clone()
    .register(z.globalRegistry, {
      description:
        'How a SOT shows on the prompter and in prompter text: `cue` (speaker, IN and OUT words, ' +
        'RUNS) or `full` (the cue plus the whole bite, e.g. to re-voice a translated quote). ' +
        'Print always carries the whole bite.',
    })
    .clone()
    .register(z.globalRegistry, PROMPTERS),
  width: z
    ._default(decimal(z.number().check(z.int()).check(z.minimum(16)).check(z.maximum(80))), 32)
    .clone()
    .register(z.globalRegistry, {
      description:
        'Line width of `teleprompter-text`, in characters (graphemes; wide CJK count 2).',
    })
    .clone()
    .register(z.globalRegistry, { 'x-outputs': ['teleprompter-text'] }),
  uppercase: flag(
    false,
    'All caps: the script text in capitals (prompter, prompter text, print); cue labels are always in capitals.',
  )
    .clone()
    .register(z.globalRegistry, { 'x-outputs': ['teleprompter', 'teleprompter-text', 'print'] }),
  fontSize: z
    ._default(decimal(z.number().check(z.int()).check(z.minimum(16)).check(z.maximum(160))), 56)
    .clone()
    .register(z.globalRegistry, {
      description: 'Prompter text size, in CSS pixels; `+`/`-` change it by 4.',
    })
    .clone()
    .register(z.globalRegistry, PROMPTER),
  speed: z
    ._default(decimal(z.number().check(z.minimum(0)).check(z.maximum(1000))), 60)
    .clone()
    .register(z.globalRegistry, {
      description:
        'Prompter scroll speed when started, in CSS pixels per second; the up and down arrows ' +
        'change it by 10 (down past 0 scrolls back).',
    })
    .clone()
    .register(z.globalRegistry, PROMPTER),
  mirror: flag(false, 'Mirror the prompter horizontally, for beam-splitter glass (key `m`).')
    .clone()
    .register(z.globalRegistry, PROMPTER),
  flip: flag(false, 'Flip the prompter vertically, for an upside-down monitor (key `f`).')
    .clone()
    .register(z.globalRegistry, PROMPTER),
  eyeline: z
    ._default(decimal(z.number().check(z.int()).check(z.minimum(0)).check(z.maximum(90))), 30)
    .clone()
    .register(z.globalRegistry, {
      description:
        'Height of the prompter eye-line (reading marker) from the top, in % of the screen; ' +
        'next/previous block stop there.',
    })
    .clone()
    .register(z.globalRegistry, PROMPTER),
  marker: flag(true, 'Show the eye-line marker on the prompter (key `e`).')
    .clone()
    .register(z.globalRegistry, PROMPTER),
  margin: z
    ._default(decimal(z.number().check(z.int()).check(z.minimum(0)).check(z.maximum(40))), 10)
    .clone()
    .register(z.globalRegistry, {
      description: 'Prompter left and right margin, each in % of the screen width.',
    })
    .clone()
    .register(z.globalRegistry, PROMPTER),
  paper: z
    ._default(z.enum(['a4', 'letter']), 'a4')
    .clone()
    .register(z.globalRegistry, {
      description: 'Paper size of the print layout: `a4` (210 × 297 mm) or `letter` (8.5 × 11 in).',
    })
    .clone()
    .register(z.globalRegistry, PRINT),
  date: z
    .optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Air date in the print header, `YYYY-MM-DD`; default: the day of the request (UTC).',
    })
    .clone()
    .register(z.globalRegistry, { 'x-outputs': ['print', 'stl'] }),
}));

export const layoutOptionsSchema = lazy(() => z.object(layoutOptionsShape()));
export type LayoutOptions = z.input<ReturnType<typeof layoutOptionsSchema>>;
export type ResolvedLayoutOptions = z.output<ReturnType<typeof layoutOptionsSchema>>;

/** The settings the prompter page reads from its own URL and changes from the keyboard. */
export const PROMPTER_SETTING_KEYS = [
  'fontSize',
  'speed',
  'mirror',
  'flip',
  'uppercase',
  'eyeline',
  'marker',
  'margin',
] as const;
export type PrompterSettingKey = (typeof PROMPTER_SETTING_KEYS)[number];

/** One row of the table the prompter page parses `location.search` with. */
export type PrompterSettingSpec =
  | { kind: 'flag' }
  | { kind: 'number'; min: number; max: number; integer: boolean }
  | { kind: 'enum'; values: string[] };

interface JsonSchemaProperty {
  type?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
}

let cachedTable: Readonly<Record<PrompterSettingKey, PrompterSettingSpec>> | undefined;

/**
 * The prompter's URL parser table, derived from the zod schema above through its JSON Schema (the
 * same derivation as the OpenAPI document), so the page and the API can never disagree on a name,
 * a range or a kind.
 */
export function prompterSettingsTable(): Readonly<Record<PrompterSettingKey, PrompterSettingSpec>> {
  if (cachedTable) return cachedTable;
  const pick = z.pick(layoutOptionsSchema(), toMask(PROMPTER_SETTING_KEYS));
  const json = z.toJSONSchema(pick, { io: 'input' }) as {
    properties: Record<string, JsonSchemaProperty>;
  };
  const table = {} as Record<PrompterSettingKey, PrompterSettingSpec>;
  for (const key of PROMPTER_SETTING_KEYS) {
    const property = json.properties[key];
    if (!property) throw new Error(`prompter setting ${key} is missing from the schema`);
    table[key] = toSpec(key, property);
  }
  cachedTable = table;
  return table;
}

function toMask<K extends string>(keys: readonly K[]): Record<K, true> {
  const mask = {} as Record<K, true>;
  for (const key of keys) mask[key] = true;
  return mask;
}

function toSpec(key: string, property: JsonSchemaProperty): PrompterSettingSpec {
  if (property.type === 'boolean') return { kind: 'flag' };
  if (property.type === 'integer' || property.type === 'number') {
    if (property.minimum === undefined || property.maximum === undefined) {
      throw new Error(`prompter setting ${key} needs a minimum and a maximum`);
    }
    return {
      kind: 'number',
      min: property.minimum,
      max: property.maximum,
      integer: property.type === 'integer',
    };
  }
  if (property.enum) return { kind: 'enum', values: property.enum.map(String) };
  throw new Error(`prompter setting ${key} has a kind the prompter cannot parse`);
}
