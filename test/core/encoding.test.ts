/** `decodeBytes`: the one rule for bodies and uploads (BOM, UTF-8, declared, detected, binary). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BinaryData, decodeBytes, UnknownCharset } from '../../src/ingest/encoding.ts';

function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} is not in ${encoding}`);
    return b;
  });
}

const FRENCH = 'Le ministre a déclaré « nous irons jusqu’au bout » à Genève, où l’été est chaud.';
const GERMAN = 'Die Bürgermeisterin sagte: „Wir müssen schnell handeln“ – das Ergebnis war groß.';
const RUSSIAN = 'Министр заявил, что переговоры продолжатся. Стороны готовы к диалогу.';
const UKRAINIAN =
  'Міністр заявив, що переговори триватимуть. Сторони готові до діалогу, їхня позиція єдина.';

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 without a note, even when labelled otherwise (noted)', () => {
    const bytes = new TextEncoder().encode(FRENCH);
    expect(decodeBytes(bytes)).toMatchObject({ text: FRENCH, encoding: 'utf-8', note: null });
    const labelled = decodeBytes(bytes, 'windows-1252');
    expect(labelled.text).toBe(FRENCH);
    expect(labelled.note).toContain('valid UTF-8');
    // Pure ASCII labelled latin1 is the same text either way: nothing to say.
    expect(decodeBytes(new TextEncoder().encode('Hello.'), 'iso-8859-1').note).toBeNull();
  });

  it('detects Windows-1252 for Western European text that is not UTF-8', () => {
    for (const text of [FRENCH, GERMAN]) {
      const decoded = decodeBytes(encodeSingleByte(text, 'windows-1252'));
      expect(decoded.text).toBe(text);
      expect(decoded).toMatchObject({ encoding: 'windows-1252', by: 'detected' });
    }
  });

  it('detects Windows-1251 and KOI8-R for Russian, also in capitals, and Ukrainian', () => {
    for (const text of [RUSSIAN, RUSSIAN.toUpperCase(), UKRAINIAN]) {
      const w1251 = decodeBytes(encodeSingleByte(text, 'windows-1251'));
      expect(w1251).toMatchObject({ text, encoding: 'windows-1251', by: 'detected' });
    }
    for (const text of [RUSSIAN, RUSSIAN.toUpperCase()]) {
      const koi8 = decodeBytes(encodeSingleByte(text, 'koi8-r'));
      expect(koi8).toMatchObject({ text, encoding: 'koi8-r', by: 'detected' });
    }
  });

  it('uses the declared charset when the bytes are not UTF-8', () => {
    const decoded = decodeBytes(encodeSingleByte(RUSSIAN, 'iso-8859-5'), 'iso-8859-5');
    expect(decoded).toMatchObject({ text: RUSSIAN, encoding: 'iso-8859-5', by: 'declared' });
  });

  it('reads UTF-16 by its byte order mark and strips a UTF-8 one', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x1c, 0x04]);
    expect(decodeBytes(le)).toMatchObject({ text: 'HМ', encoding: 'utf-16le', by: 'bom' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x04, 0x1c]);
    expect(decodeBytes(be)).toMatchObject({ text: 'HМ', encoding: 'utf-16be' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]);
    expect(decodeBytes(bom)).toMatchObject({ text: 'Hi', encoding: 'utf-8', by: 'bom' });
  });

  it('refuses binary data and an unknown charset', () => {
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toThrow(BinaryData);
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x00]))).toThrow(BinaryData);
    const controls = new Uint8Array(100).map((_, i) => (i % 2 ? 0x02 : 0xe9));
    expect(() => decodeBytes(controls)).toThrow(BinaryData);
    expect(() => decodeBytes(new Uint8Array([0x48, 0xe9]), 'x-nope')).toThrow(UnknownCharset);
  });
});

describe('decodeBytes on an HTML page', () => {
  it('uses the charset the page declares in its <meta> when there is no Content-Type charset', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const latinTail = 'x'.repeat(3000);
    // Mostly ASCII bytes, so statistics alone would say Windows-1252: the <meta> decides.
    const decoded = decodeBytes(encodeSingleByte(page + latinTail, 'windows-1251'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', by: 'declared' });
    expect(decoded.text).toContain(RUSSIAN);
    expect(decoded.note).toContain('<meta>');
  });
});

describe('legacy encodings of Chinese, Japanese, Korean, Arabic, Hebrew and Greek', () => {
  const dir = join(import.meta.dirname, '../fixtures/encodings');
  it.each([
    ['zh-gbk.txt', 'gb18030'],
    ['zh-big5.txt', 'big5'],
    ['ja-shiftjis.txt', 'shift_jis'],
    ['ja-eucjp.txt', 'euc-jp'],
    ['ko-euckr.txt', 'euc-kr'],
    ['ar-1256.txt', 'windows-1256'],
    ['he-1255.txt', 'windows-1255'],
    ['el-1253.txt', 'windows-1253'],
    ['ru-1251.txt', 'windows-1251'],
    ['ru-koi8.txt', 'koi8-r'],
    ['fr-1252.txt', 'windows-1252'],
  ])('%s with no charset is read as %s, to the same text', (file, encoding) => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.by).toBe('detected');
    expect(decoded.text).toBe(readFileSync(join(dir, file.replace('.txt', '.utf8')), 'utf8'));
    expect(decoded.note).toContain('detected');
  });

  it('Western text with a few accented letters stays Windows-1252', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('The caf'),
      0xe9,
      ...new TextEncoder().encode(' reopened on Monday, the mayor said. '),
      0x93,
      ...new TextEncoder().encode('We are back'),
      0x94,
    ]);
    expect(decodeBytes(bytes).encoding).toBe('windows-1252');
  });

  it('a declared charset still wins over detection', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'zh-gbk.txt')));
    expect(decodeBytes(bytes, 'gbk').by).toBe('declared');
  });
});
