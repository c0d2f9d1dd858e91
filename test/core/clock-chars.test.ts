import { describe, expect, it } from 'vitest';
import {
  ACCENTS,
  endsWithSentencePunctuation,
  foldKey,
  isInlineSpaceCode,
  isWhitespaceCode,
  lowerCase,
  titleCaseIfCaps,
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

describe('case: Turkish capitals', () => {
  it('GOOD: a dotted capital İ is an i, and then I is ı (no second dot over the i)', () => {
    expect(lowerCase('SPİKER')).toBe('spiker');
    expect(titleCaseIfCaps('İSMAİL KAYA')).toBe('İsmail Kaya');
    expect(titleCaseIfCaps('YILDIZ AĞAOĞLU')).toBe('Yıldız Ağaoğlu');
  });

  it('BAD: other languages keep the default mapping', () => {
    expect(lowerCase('INTERVIEWER')).toBe('interviewer');
    expect(titleCaseIfCaps('JANE DOE')).toBe('Jane Doe');
    expect(titleCaseIfCaps('ÎLE DE FRANCE')).toBe('Île De France');
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

describe('foldKey: the key names and words are compared by', () => {
  // The definition foldKey implements with cached character classes instead of regexes.
  const byRegex = (text: string) =>
    text
      .normalize('NFKD')
      // The accents names are written with or without (never an Indic vowel sign).
      .replace(ACCENTS, '')
      // Turkish's dotless `ı` has no mark to drop: it folds to `i` as `İ` does.
      .replace(/\u0131/g, 'i')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim();

  it.each([
    ['Kōno', 'kono'],
    ['KONO', 'kono'],
    ['Jean-Pierre', 'jean pierre'],
    ['It’s 2024!', 'it s 2024'],
    ['Ⅻ ²', 'xii 2'],
    // An Indic name keeps its vowel signs and virama; a Russian name folds its breve.
    ['राहुल शर्मा', 'राहुल शर्मा'],
    ['Андрей', 'андреи'],
    // A Turkish name read with either i: `Yılmaz`, `YILMAZ`, `İsmail Işık`.
    ['Yılmaz', 'yilmaz'],
    ['YILMAZ', 'yilmaz'],
    ['İsmail Işık', 'ismail isik'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });

  it('agrees with the regex definition on every BMP character between letters', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a${String.fromCharCode(code)}b`;
      if (foldKey(text) !== byRegex(text)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees on astral letters and numbers (read by the regex) and lone surrogates', () => {
    for (const text of ['𝐀𝐁 c', 'x 𠀋 y', '𝟙𝟚', 'a\ud800b', '😀 smile']) {
      expect(foldKey(text)).toBe(byRegex(text));
    }
  });
});
