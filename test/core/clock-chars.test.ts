import { describe, expect, it } from 'vitest';
import {
  endsWithSentencePunctuation,
  isInlineSpaceCode,
  isWhitespaceCode,
} from '../../src/core/chars.ts';
import { clockFields, clockMs, formatHms } from '../../src/core/clock.ts';

describe('clock times: one grammar, one writer', () => {
  it.each([
    ['1:02:03,5', 3_723_500],
    ['00:01:23.456', 83_456],
    ['100:00:00.000', 360_000_000],
    ['2:03', 123_000],
    ['7:8', 428_000],
  ])('GOOD: %s', (text, ms) => {
    const fields = clockFields(text);
    expect(fields).not.toBeNull();
    expect(fields && clockMs(fields)).toBe(ms);
  });

  it.each(['1:60', '0:61:00', '1000:00:00', '1:2:3:4', '01:02.', ' 01:02', '1:02.1234', ''])(
    'BAD: %j',
    (text) => {
      const fields = clockFields(text);
      expect(fields === null || clockMs(fields) === null).toBe(true);
    },
  );

  it('writes HH:MM:SS, with milliseconds after a separator', () => {
    expect(formatHms(3_723_004)).toBe('01:02:03');
    expect(formatHms(3_723_999)).toBe('01:02:03');
    expect(formatHms(3_723_004, ',')).toBe('01:02:03,004');
    expect(formatHms(83_456, '.')).toBe('00:01:23.456');
    expect(formatHms(-5, '.')).toBe('00:00:00.000');
    expect(formatHms(360_000_000)).toBe('100:00:00');
  });
});

describe('whitespace: inline space versus any whitespace', () => {
  it('isWhitespaceCode is exactly JavaScript’s \\s over every UTF-16 code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhitespaceCode(code) !== /^\s$/.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
    expect(isWhitespaceCode(Number.NaN)).toBe(false);
  });

  it('isInlineSpaceCode takes spaces and tabs, never a line break', () => {
    for (const code of [0x20, 0x09, 0xa0, 0x2009, 0x202f, 0x3000]) {
      expect(isInlineSpaceCode(code)).toBe(true);
    }
    for (const code of [0x0a, 0x0d, 0x0b, 0x0c, 0x2028, 0x2029, 0xfeff, 0x41]) {
      expect(isInlineSpaceCode(code)).toBe(false);
    }
  });
});

describe('endsWithSentencePunctuation', () => {
  it.each(['Yes.', 'war?”', 'Stop!)', 'and so…', 'he said “no.”’', 'Mr.'])('GOOD: %s', (text) =>
    expect(endsWithSentencePunctuation(text)).toBe(true),
  );
  it.each(['Yes', 'war,”', '“', '', 'a.b c'])('BAD: %j', (text) =>
    expect(endsWithSentencePunctuation(text)).toBe(false),
  );
});
