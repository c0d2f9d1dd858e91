import { describe, expect, it } from 'vitest';
import { OUTPUTS, optionsSchema } from '../../src/options.ts';
import { bodyBytes, compactLength } from '../../src/outputs/index.ts';
import { prepare, produce, produceAll } from '../../src/produce.ts';
import { compileShared, compileSubtitles, newCompileCache } from '../../src/subtitles/compile.ts';
import { corpusFiles, fixture } from '../helpers/fixtures.ts';

const parse = (o: object) => optionsSchema().parse(o);

describe('one subtitle compile per request', () => {
  const text = fixture(corpusFiles()[1] as string);

  it('shares a compile between writers whose compile options agree', () => {
    const options = parse({});
    const doc = prepare(text, options);
    const cache = newCompileCache();
    const srt = compileShared(doc, options, cache);
    // Options that do not change the compile (a layout template, print options) share it.
    expect(compileShared(doc, { ...options, template: 'other' } as never, cache)).toBe(srt);
    expect(compileShared(doc, parse({}), cache)).toBe(srt);
    // No profile is Netflix's: the TTML writers, which name it, share SRT's compile.
    expect(compileShared(doc, parse({ profile: 'netflix' }), cache)).toBe(srt);
    expect(srt).toEqual(compileSubtitles(doc, options));
  });

  it('compiles again for other compile options or another document', () => {
    const options = parse({});
    const doc = prepare(text, options);
    const cache = newCompileCache();
    const netflix = compileShared(doc, options, cache);
    for (const other of [{ profile: 'bbc' }, { fps: 29.97 }, { maxLines: 3 }, { start: '10s' }]) {
      const compiled = compileShared(doc, parse(other), cache);
      expect(compiled).not.toBe(netflix);
      expect(compiled).toEqual(compileSubtitles(doc, parse(other)));
    }
    const again = prepare(text, options);
    expect(compileShared(again, options, cache)).not.toBe(netflix);
    // Without a cache every call compiles.
    expect(compileShared(doc, options, undefined)).not.toBe(compileShared(doc, options, undefined));
  });

  it('gives every output of produceAll the bytes and messages produce() gives alone', () => {
    for (const o of [{}, { profile: 'dcmp', speakerLabels: 'name' }, { fps: 29.97, maxLines: 3 }]) {
      const options = parse(o);
      const all = produceAll(text, OUTPUTS, options);
      for (const output of OUTPUTS) {
        const alone = produce(text, output, options);
        const shared = all.get(output);
        const bytes = (p: typeof alone | undefined) =>
          p?.rendered ? Array.from(bodyBytes(p.rendered.body)) : null;
        expect(bytes(shared), output).toEqual(bytes(alone));
        expect(shared?.document.messages, output).toEqual(alone.document.messages);
      }
    }
  });
});

describe('JSON output size check', () => {
  it('reads the compact length off the indented text', () => {
    const values: unknown[] = [
      { a: 'x y', b: [1, 2, { c: 'quote " and \\ backslash', d: [] }], e: {}, f: null },
      { text: 'line\nbreak\ttab "q" : , { } [ ]', nested: { deep: [[], [{}], ' '] } },
      prepare(fixture(corpusFiles()[0] as string), parse({})),
    ];
    for (const value of values) {
      expect(compactLength(JSON.stringify(value, null, 2))).toBe(JSON.stringify(value).length);
    }
  });
});
