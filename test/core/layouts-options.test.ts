import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  layoutOptionsSchema,
  layoutOptionsShape,
  PROMPTER_SETTING_KEYS,
  prompterSettingsTable,
} from '../../src/layouts/options.ts';
import { optionsSchema } from '../../src/options.ts';

describe('layout options', () => {
  it('has defaults for everything but the date', () => {
    expect(layoutOptionsSchema().parse({})).toEqual({
      sot: 'cue',
      width: 32,
      uppercase: false,
      fontSize: 56,
      speed: 60,
      mirror: false,
      flip: false,
      eyeline: 30,
      marker: true,
      margin: 10,
      paper: 'a4',
    });
  });

  it.each([
    [true, true],
    [1, true],
    ['1', true],
    ['on', true],
    ['TRUE', true],
    [' yes ', true],
    [false, false],
    [0, false],
    ['0', false],
    ['off', false],
    ['no', false],
  ])('GOOD: flag %j is %j', (input, value) => {
    expect(layoutOptionsSchema().parse({ mirror: input }).mirror).toBe(value);
  });

  it.each([['maybe'], [2], [''], [null], [{}]])('BAD: flag %j is rejected', (input) => {
    expect(layoutOptionsSchema().safeParse({ mirror: input }).success).toBe(false);
  });

  it('coerces numeric strings and rejects what is out of range', () => {
    expect(
      layoutOptionsSchema().parse({ fontSize: '64', width: '40', speed: '12.5' }),
    ).toMatchObject({ fontSize: 64, width: 40, speed: 12.5 });
    for (const bad of [{ fontSize: '15' }, { width: 200 }, { width: '32.5' }, { eyeline: -1 }]) {
      expect(layoutOptionsSchema().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    for (const bad of [{ speed: 'fast' }, { fontSize: '' }, { margin: 41 }]) {
      expect(layoutOptionsSchema().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('knows its paper sizes, SOT modes and date format', () => {
    expect(layoutOptionsSchema().parse({ paper: 'letter', sot: 'full' })).toMatchObject({
      paper: 'letter',
      sot: 'full',
    });
    expect(layoutOptionsSchema().safeParse({ paper: 'a3' }).success).toBe(false);
    expect(layoutOptionsSchema().safeParse({ sot: 'partial' }).success).toBe(false);
    expect(layoutOptionsSchema().safeParse({ date: '20.11.2026' }).success).toBe(false);
    expect(layoutOptionsSchema().parse({ date: '2026-11-20' }).date).toBe('2026-11-20');
  });

  it('describes every field, for the OpenAPI document', () => {
    for (const [key, schema] of Object.entries(layoutOptionsShape())) {
      expect(z.globalRegistry.get(schema)?.description, key).toMatch(/\w{3,}/);
    }
  });

  it('turns into JSON Schema in both directions (what the OpenAPI generator does)', () => {
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(optionsSchema(), { io }) as {
        properties: Record<string, { type?: string; description?: string }>;
      };
      expect(json.properties.mirror?.type).toBe('boolean');
      expect(json.properties.fontSize?.type).toBe('integer');
      expect(json.properties.paper?.description).toContain('letter');
    }
  });
});

describe('prompterSettingsTable', () => {
  const table = prompterSettingsTable();

  it('covers exactly the prompter settings, derived from the schema', () => {
    expect(Object.keys(table).sort()).toEqual([...PROMPTER_SETTING_KEYS].sort());
    expect(table.mirror).toEqual({ kind: 'flag' });
    expect(table.fontSize).toEqual({ kind: 'number', min: 16, max: 160, integer: true });
    expect(table.speed).toEqual({ kind: 'number', min: 0, max: 1000, integer: false });
  });

  it('agrees with the schema at every bound', () => {
    for (const key of PROMPTER_SETTING_KEYS) {
      const spec = table[key];
      if (spec.kind !== 'number') continue;
      const accepts = (n: number): boolean => layoutOptionsSchema().safeParse({ [key]: n }).success;
      expect(accepts(spec.min), `${key} min`).toBe(true);
      expect(accepts(spec.max), `${key} max`).toBe(true);
      expect(accepts(spec.min - 1), `${key} below`).toBe(false);
      expect(accepts(spec.max + 1), `${key} above`).toBe(false);
    }
  });
});
