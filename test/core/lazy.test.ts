import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazy, lazyRegExp } from '../../src/core/lazy.ts';

describe('lazy', () => {
  it('makes the value once, on first use', () => {
    let calls = 0;
    const value = lazy(() => {
      calls++;
      return { n: calls };
    });
    expect(calls).toBe(0);
    expect(value()).toBe(value());
    expect(calls).toBe(1);
  });
});

describe('lazyRegExp', () => {
  const sticky = /(\p{Lu})(\p{Ll}+)/gu;
  const lazyOne = () => lazyRegExp(String.raw`(\p{Lu})(\p{Ll}+)`, 'gu');

  it('matches as the RegExp it stands for: test, exec and lastIndex', () => {
    const re = lazyOne();
    const text = 'Émile met Zoë in Łódź';
    const real = new RegExp(sticky);
    expect(re.lastIndex).toBe(0);
    for (;;) {
      const a = re.exec(text);
      const b = real.exec(text);
      expect(a && [...a]).toEqual(b && [...b]);
      expect(a?.index).toBe(b?.index);
      expect(re.lastIndex).toBe(real.lastIndex);
      if (b === null) break;
    }
    re.lastIndex = 3;
    expect(re.test(text)).toBe(true);
    expect(re.lastIndex).toBe(13);
    expect(lazyRegExp('^\\p{Ll}', 'u').test('élan')).toBe(true);
    expect(lazyRegExp('^\\p{Ll}', 'u').test('Élan')).toBe(false);
  });

  it('works in the string methods that take a RegExp (replace, match, matchAll, split, search)', () => {
    const text = 'Émile met Zoë in Łódź';
    expect(text.replace(lazyOne(), '$2$1')).toBe(text.replace(sticky, '$2$1'));
    expect(text.replace(lazyOne(), (_m, a: string) => a)).toBe('É met Z in Ł');
    expect(text.match(lazyOne())).toEqual(['Émile', 'Zoë', 'Łódź']);
    expect([...text.matchAll(lazyOne())].map((m) => m[2])).toEqual(['mile', 'oë', 'ódź']);
    expect(text.split(lazyRegExp('\\s+'))).toEqual(text.split(/\s+/));
    expect(text.search(lazyRegExp('\\p{Lu}\\p{Ll}{3}$', 'u'))).toBe(17);
    expect(() => text.matchAll(lazyRegExp('\\p{Lu}', 'u'))).toThrow(TypeError);
  });

  it('reports its source and flags, and a RegExp can be made from it', () => {
    const re = lazyOne();
    expect(re.source).toBe(sticky.source);
    expect(re.flags).toBe('gu');
    expect([re.global, re.unicode, re.ignoreCase, re.sticky]).toEqual([true, true, false, false]);
    expect(String(re)).toBe(String(sticky));
    const copy = new RegExp(re);
    expect(copy).toBeInstanceOf(RegExp);
    expect(copy.source).toBe(sticky.source);
    expect(copy.flags).toBe('gu');
  });

  it('gives the source RegExp gives, parsing the pattern only when RegExp would write it otherwise', () => {
    for (const pattern of ['^\\p{Lu}$', 'a/b', '[/]', 'a\nb', 'a\u2028b', '', '\\/', '(?:)']) {
      expect(lazyRegExp(pattern, 'u').source).toBe(new RegExp(pattern, 'u').source);
    }
    // Composing a pattern from another's source leaves both unparsed.
    const bad = lazyRegExp('(?:Our )?\\p{NoSuchProperty}', 'u');
    const composed = lazyRegExp(bad.source, 'iu');
    expect(composed.source).toBe('(?:Our )?\\p{NoSuchProperty}');
    expect(() => composed.test('x')).toThrow(SyntaxError);
  });

  it('parses its pattern on first use only: a bad pattern throws there, not when declared', () => {
    const bad = lazyRegExp('\\p{NoSuchProperty}', 'u');
    expect(() => bad.test('x')).toThrow(SyntaxError);
  });
});

/**
 * V8 parses a regular expression literal when it compiles the module and again when the
 * statement runs; a Unicode property class (`\p{Lu}`) costs about 35 µs each time. A
 * module-level literal with one is written with `lazyRegExp` (parsed on first use), or the
 * bundle's import time grows with every pattern (`npm run bench -- bundle`).
 */
describe('module-level patterns', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'client' ? [] : sources(path);
      return e.name.endsWith('.ts') ? [path] : [];
    });
  }
  const DECLARED_LITERAL =
    /^(?:export )?const (\w+)(?:: RegExp)? =\s+\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*;/gm;

  const withPropertyClass = (text: string): string[] =>
    [...text.matchAll(DECLARED_LITERAL)]
      .filter((m) => m[0].includes('\\p{'))
      .map((m) => m[1] ?? '');

  it('no module-level regular expression literal holds a Unicode property class', () => {
    const found = sources(join(import.meta.dirname, '..', '..', 'src')).flatMap((file) =>
      withPropertyClass(readFileSync(file, 'utf8')).map((name) => `${file}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('the check finds such a literal', () => {
    const text = 'const A = /^\\p{Lu}/u;\nconst B =\n  /[\\p{L}/]x/u;\nconst C = /^[A-Z]/;\n';
    expect(withPropertyClass(text)).toEqual(['A', 'B']);
  });
  /**
   * A literal inside a function costs the same parse when the bundle is compiled (V8 checks a
   * literal's syntax then, looking up each property's character table), though the function
   * may never run: there too the pattern is a module-level `lazyRegExp`.
   */
  const LITERAL_AFTER_OPERATOR =
    /(?:[(,=:!&|?]|\breturn)\s*\/(?![/*])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuvy]*/g;

  const inlineWithPropertyClass = (text: string): string[] =>
    text
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
      .flatMap((line) => [...line.matchAll(LITERAL_AFTER_OPERATOR)].map((m) => m[0]))
      .filter((literal) => literal.includes('\\p{'));

  it('no regular expression literal inside a function holds a Unicode property class', () => {
    const found = sources(join(import.meta.dirname, '..', '..', 'src')).flatMap((file) =>
      inlineWithPropertyClass(readFileSync(file, 'utf8')).map((literal) => `${file}: ${literal}`),
    );
    expect(found).toEqual([]);
  });

  it('the inline check finds such a literal, not one in a comment or a lazy pattern', () => {
    const text = [
      '  if (/\\p{Ll}/u.test(below)) return true;',
      '  return text.replace(/[^\\p{L}\\p{N}]+/gu, " ");',
      '  return /^[A-Z]/.test(name);',
      '  // as /\\p{Lu}/u would',
      "  const A = lazyRegExp(String.raw`^\\p{Lu}/`, 'u');",
    ].join('\n');
    expect(inlineWithPropertyClass(text)).toEqual(['(/\\p{Ll}/u', '(/[^\\p{L}\\p{N}]+/gu']);
  });
});
