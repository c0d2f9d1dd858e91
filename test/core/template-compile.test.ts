import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Mustache from 'mustache';
import { describe, expect, it, vi } from 'vitest';
import { TEMPLATE_SOURCES } from '../../src/generated/templates.ts';
import { OUTPUTS, optionsSchema } from '../../src/options.ts';
import { prepare, produceAll } from '../../src/produce.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { srtView } from '../../src/subtitles/srt.ts';
import { compileTemplate } from '../../src/template-compile.ts';
import {
  renderTemplate,
  TEMPLATE_BASES,
  type TemplatedOutput,
  templateNames,
} from '../../src/templates.ts';

interface Render {
  source: string;
  partials: (name: string) => string | undefined;
  escape: ((value: unknown) => string) | undefined;
  view: object;
  out: string;
}

/** Every render through a compiled template, recorded (the writers call `renderTemplate`). */
const renders: Render[] = vi.hoisted(() => []);

vi.mock('../../src/template-compile.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/template-compile.ts')>();
  return {
    ...real,
    compileTemplate: (
      source: string,
      partials: (name: string) => string | undefined,
      escapeValue?: (value: unknown) => string,
    ) => {
      const render = real.compileTemplate(source, partials, escapeValue);
      return (view: object) => {
        const out = render(view);
        renders.push({ source, partials, escape: escapeValue, view, out });
        return out;
      };
    },
  };
});

const identity = (value: unknown): string => String(value);

/** What mustache.js writes, the reference the compiled templates must equal byte for byte. */
function reference(
  source: string,
  view: unknown,
  partials: Record<string, string>,
  escapeValue?: (value: unknown) => string,
): string {
  return Mustache.render(
    source,
    view,
    (name) => (Object.hasOwn(partials, name) ? partials[name] : undefined),
    escapeValue ? { escape: escapeValue } : undefined,
  );
}

function compiled(
  source: string,
  view: object,
  partials: Record<string, string>,
  escapeValue?: (value: unknown) => string,
): string {
  const lookup = (name: string): string | undefined =>
    Object.hasOwn(partials, name) ? partials[name] : undefined;
  return compileTemplate(source, lookup, escapeValue)(view);
}

describe('compiled Mustache templates write what mustache.js writes', () => {
  const cases: [string, string, object, Record<string, string>?][] = [
    [
      'plain names, escaped and not',
      '{{a}} {{{a}}} {{&a}} {{n}} {{missing}}!',
      { a: '<b>&"\'/`=', n: 3.5 },
    ],
    [
      'dotted names',
      '{{a.b.c}} {{a.b}} {{x.length}} {{a.none.c}}',
      { a: { b: { c: 'deep' } }, x: 'four' },
    ],
    [
      'a name found in an outer context',
      '{{#items}}{{name}} of {{list}}; {{/items}}',
      { list: 'L', items: [{ name: 'a' }, { name: 'b', list: 'own' }] },
    ],
    [
      'sections over arrays, objects, strings, numbers and true',
      '{{#arr}}[{{.}}]{{/arr}}{{#obj}}{{k}}{{/obj}}{{#s}}<{{.}}>{{/s}}{{#n}}#{{.}}{{/n}}{{#t}}yes{{/t}}{{#f}}no{{/f}}{{#z}}zero{{/z}}',
      { arr: [1, 'two', 3], obj: { k: 'v' }, s: 'str', n: 7, t: true, f: false, z: 0 },
    ],
    [
      'inverted sections',
      '{{^empty}}E{{/empty}}{{^full}}F{{/full}}{{^none}}N{{/none}}{{^zero}}Z{{/zero}}',
      { empty: [], full: [1], zero: 0 },
    ],
    [
      'standalone lines and comments',
      'a\n  {{#s}}\n  line {{.}}\n  {{/s}}\n{{! note }}\nb\n',
      { s: ['x', 'y'] },
    ],
    [
      'an indented standalone partial',
      'top\n  {{> p}}\nend {{> p}} {{> absent}}\n',
      { v: 'V' },
      { p: 'one {{v}}\ntwo\n\nthree\n' },
    ],
    [
      'a partial that uses the context',
      '{{#rows}}{{> row}}{{/rows}}',
      { rows: [{ c: 1 }, { c: 2 }] },
      { row: '<td>{{c}}</td>\n' },
    ],
    [
      'a name that is an array or object, placed',
      '{{arr}}|{{{obj}}}',
      { arr: [1, 2], obj: { a: 1 } },
    ],
  ];
  for (const [name, source, view, partials = {}] of cases) {
    it(`${name} (HTML escaping)`, () => {
      expect(compiled(source, view, partials)).toBe(reference(source, view, partials));
    });
    it(`${name} (no escaping)`, () => {
      expect(compiled(source, view, partials, identity)).toBe(
        reference(source, view, partials, identity),
      );
    });
  }

  it('a view with a function (lambda) is rendered by mustache.js itself', () => {
    const view = { name: () => 'called', wrap: () => (text: string) => `<${text}>` };
    const source = '{{name}} {{#wrap}}inner{{/wrap}}';
    expect(compiled(source, view, {})).toBe(reference(source, view, {}));
    expect(compiled(source, view, {})).toContain('called');
  });

  it('a section over a null item fails as mustache.js fails', () => {
    const source = '{{#items}}{{x}}{{/items}}';
    const view = { items: [null] };
    expect(() => reference(source, view, {})).toThrow();
    expect(() => compiled(source, view, {})).toThrow();
  });

  it('random views of random section/name templates agree', () => {
    const key = fc.constantFrom('a', 'b', 'c', '.', 'a.b');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.record({ a: tie('node'), b: tie('node') }, { requiredKeys: [] }),
      ),
    })).node;
    const part = fc.letrec((tie) => ({
      tpl: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('x', ' ', '\n', '<&>'),
        key.map((k) => `{{${k}}}`),
        key.map((k) => `{{{${k}}}}`),
        fc
          .tuple(fc.constantFrom('#', '^'), key, fc.array(tie('tpl'), { maxLength: 3 }))
          .map(([s, k, body]) => `{{${s}${k}}}${body.join('')}{{/${k}}}`),
      ),
    })).tpl;
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 5 }),
        fc.record({ a: value, b: value, c: value }),
        (parts, view) => {
          const source = parts.join('');
          let expected: string;
          try {
            expected = reference(source, view, {});
          } catch {
            expect(() => compiled(source, view, {})).toThrow();
            return;
          }
          expect(compiled(source, view, {})).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('every shipped layout, compiled, equals mustache.js on real documents', () => {
  const seed = readFileSync(
    join(__dirname, '..', 'fixtures', 'seed', '000_f12ffaff09c5b2fe.txt'),
    'utf8',
  );
  const timed = readFileSync(join(__dirname, '..', 'fixtures', 'asr', 'dg-speakers.json'), 'utf8');
  const outputs = OUTPUTS.filter((o): o is TemplatedOutput => o in TEMPLATE_BASES);
  for (const [label, input, format] of [
    ['the seed', seed, 'text'],
    ['a Deepgram JSON', timed, 'json'],
  ] as const) {
    it(`${label}: each output's every layout`, () => {
      let checked = 0;
      for (const output of outputs) {
        for (const name of templateNames(output)) {
          renders.length = 0;
          const options = optionsSchema().parse({ template: name });
          const body = String(
            produceAll(input, [output], options, format).get(output)?.rendered?.body,
          );
          if (output === 'srt' && name === 'default') {
            // The default SRT layout is written directly (no template pass): the same bytes
            // mustache.js writes from the shipped layout and the SRT view of the same cues.
            expect(renders).toHaveLength(0);
            const cues = compileSubtitles(prepare(input, options, format), options);
            expect(body).toBe(
              Mustache.render(
                TEMPLATE_SOURCES.srt ?? '',
                { cues: srtView(cues).cues },
                {},
                {
                  escape: identity,
                },
              ),
            );
            checked++;
            continue;
          }
          // The writer rendered through the compiled template once; mustache.js, given the
          // same source, partials and view, writes the same bytes.
          expect(renders).toHaveLength(1);
          const [render] = renders;
          if (!render) continue;
          expect(render.out).toBe(body);
          expect(body.length).toBeGreaterThan(0);
          expect(body).toBe(
            Mustache.render(
              render.source,
              render.view,
              render.partials,
              render.escape ? { escape: render.escape } : undefined,
            ),
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(outputs.length);
    });
  }
});

describe('renderTemplate', () => {
  it('renders a layout as mustache.js does, escaping HTML layouts only', () => {
    const sources = {
      'print.html': '<h1>{{title}}</h1>{{> part}}',
      srt: '{{#cues}}{{index}} {{text}}\n{{/cues}}',
      part: '<p>{{title}}</p>',
    };
    const view = { title: 'A & <B>', cues: [{ index: 1, text: 'x <i>' }] };
    expect(renderTemplate('print', 'default', view, sources)).toBe(
      Mustache.render(sources['print.html'], view, { part: sources.part }),
    );
    expect(renderTemplate('srt', 'default', view, sources)).toBe('1 x <i>\n');
  });
});
