import { describe, expect, it } from 'vitest';
import { coerceField, describeAllowed, parseOptions } from '../../src/edge/options.ts';
import { negotiate, parseAccept, parseMediaType } from '../../src/http/media-type.ts';
import { parseUrlEncoded } from '../../src/http/request.ts';
import { allowedMethods } from '../../src/http/routes.ts';

describe('media types', () => {
  it('GOOD: parses type, subtype and parameters', () => {
    expect(parseMediaType('Text/Plain; Charset="UTF-8"; x=1')).toEqual({
      essence: 'text/plain',
      params: { charset: 'UTF-8', x: '1' },
    });
    expect(parseMediaType('multipart/form-data; boundary=----abc')?.params.boundary).toBe(
      '----abc',
    );
  });
  it.each(['', 'text', 'text/', '/plain', 'te xt/plain', 'text/pl ain', ';', 'text/plain/x'])(
    'BAD: %j',
    (value) => {
      expect(parseMediaType(value)).toBeNull();
    },
  );
  it('reads q-values and ignores ranges that do not parse', () => {
    expect(
      parseAccept(
        'text/html;q=0.5, */*;q=0.1, bad, text/vtt;q=2, */plain, application/json;q=1.000',
      ),
    ).toEqual([
      { type: 'text', subtype: 'html', q: 0.5 },
      { type: '*', subtype: '*', q: 0.1 },
      { type: 'application', subtype: 'json', q: 1 },
    ]);
  });
  it('the most specific range decides, and the first candidate wins a tie', () => {
    const candidates = ['application/json', 'text/html', 'text/plain'] as const;
    const GOOD: [string | undefined, string | null][] = [
      [undefined, 'application/json'],
      ['', 'application/json'],
      ['text/*', 'text/html'],
      ['text/*, text/html;q=0.1', 'text/plain'],
      ['*/*;q=0.1, text/plain;q=0.2', 'text/plain'],
      ['application/json;q=0, */*', 'text/html'],
      ['image/*', null],
      ['*/*;q=0', null],
    ];
    for (const [accept, expected] of GOOD)
      expect({ accept, got: negotiate(accept, candidates) }).toEqual({ accept, got: expected });
  });
});

describe('coercing strings to the schema’s types', () => {
  it('GOOD', () => {
    expect(coerceField({ type: 'integer' }, ['180'])).toBe(180);
    expect(coerceField({ type: 'number' }, ['1.5e2'])).toBe(150);
    expect(coerceField({ type: 'boolean' }, ['on'])).toBe(true);
    expect(coerceField({ type: 'boolean' }, ['false', 'true'])).toBe(true);
    expect(coerceField({ type: 'boolean' }, ['true', 'false'])).toBe(false);
    expect(coerceField({ anyOf: [{ type: 'number' }, { type: 'string' }] }, ['12'])).toBe(12);
    expect(coerceField({ type: 'array', items: { type: 'integer' } }, ['1,2', '3'])).toEqual([
      1, 2, 3,
    ]);
    expect(coerceField({ type: 'string' }, ['0042'])).toBe('0042');
  });
  it('BAD values stay strings, so the schema reports them as sent', () => {
    for (const value of ['fast', '0x10', 'Infinity', '1e999999', '', '12abc', '1.2.3', ' ']) {
      expect(coerceField({ type: 'integer' }, [value])).toBe(value);
    }
    expect(coerceField({ type: 'boolean' }, ['maybe'])).toBe('maybe');
  });
  it('stays linear on long digit runs (no backtracking)', () => {
    expect(coerceField({ type: 'number' }, [`${'1'.repeat(100_000)}x`])).toMatch(/x$/);
  });
  it('parses options: empty fields mean the default, the last value wins', () => {
    expect(parseOptions({ readRate: [''], dedupe: ['false', 'true'] })).toMatchObject({
      dedupe: true,
    });
    expect(parseOptions({ readRate: [''] }).readRate).toBeUndefined();
    expect(parseOptions({ dedupe: ['false'] }).dedupe).toBe(false);
  });
  it('describes what a field allows in words', () => {
    expect(describeAllowed({ type: 'integer', minimum: 60, maximum: 400 })).toBe(
      'an integer from 60 to 400',
    );
    expect(describeAllowed({ type: 'number', minimum: 0 })).toBe('a number ≥ 0');
    expect(describeAllowed({ type: 'string', enum: ['a', 'b'] })).toBe('one of: a, b');
    expect(describeAllowed({ type: 'boolean' })).toBe('true or false');
    expect(describeAllowed({ type: 'string', pattern: '^x$' })).toBe('text matching ^x$');
    expect(describeAllowed({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe(
      'an integer, or null',
    );
  });
});

describe('urlencoded bodies', () => {
  it('decodes like a browser, keeps a stray %, and refuses bytes that are not UTF-8', () => {
    expect(parseUrlEncoded('text=Tar%C5%8D+K%C5%8Dno&a=100%&b&=x&&')).toEqual([
      ['text', 'Tarō Kōno'],
      ['a', '100%'],
      ['b', ''],
      ['', 'x'],
    ]);
    expect(parseUrlEncoded('emoji=😀+ok')).toEqual([['emoji', '😀 ok']]);
    expect(() => parseUrlEncoded('text=%C5')).toThrow(/UTF-8/);
  });
});

describe('allowed methods from the route table', () => {
  const routes = [
    { method: 'ALL', path: '*' },
    { method: 'GET', path: '/' },
    { method: 'POST', path: '/' },
    { method: 'POST', path: '/v1/format' },
    { method: 'GET', path: '/v1/stories/:id/:output' },
  ];
  it('GOOD', () => {
    expect(allowedMethods(routes, '/')).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
    expect(allowedMethods(routes, '/v1/format')).toEqual(['OPTIONS', 'POST']);
    expect(allowedMethods(routes, '/v1/stories/42/srt')).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });
  it('BAD', () => {
    expect(allowedMethods(routes, '/v1/stories/42')).toEqual([]);
    expect(allowedMethods(routes, '/v1/stories//srt')).toEqual([]);
    expect(allowedMethods(routes, '/v1/formats')).toEqual([]);
  });
});
