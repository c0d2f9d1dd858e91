/**
 * CEA-608 character set and codes, as the line-21 caption decoders show them: the standard set
 * (ASCII with ten positions replaced), the special characters (0x11 0x30-0x3F, channel 1) and the
 * extended Spanish/French/misc (0x12 0x20-0x3F) and Portuguese/German/Danish (0x13 0x20-0x3F)
 * sets. An extended character replaces the character before it, so a standard fallback is sent
 * first (decoders without the extended set keep the fallback). Anything else is transliterated.
 */

import { lazy, lazyRegExp } from '../core/lazy.ts';
import { HAS_MARK } from '../core/letter-patterns.ts';
import { CYRILLIC_TO_LATIN as CYRILLIC } from '../core/romanize.ts';

/** One displayable character as 608 sends it. */
export type Char608 =
  | { kind: 'standard'; byte: number }
  | { kind: 'special'; code: number }
  | { kind: 'extended'; code: number; fallback: number };

/** Standard-set positions that are not ASCII (0x2A, 0x5C, 0x5E-0x60, 0x7B-0x7F). */
const STANDARD_REPLACED: Readonly<Record<number, string>> = {
  42: 'á',
  92: 'é',
  94: 'í',
  95: 'ó',
  96: 'ú',
  123: 'ç',
  124: '÷',
  125: 'Ñ',
  126: 'ñ',
  127: '█',
};

/** Special characters, second byte after 0x11 (0x39 is the transparent space, not listed). */
const SPECIAL = '®°½¿™¢£♪à\u0000èâêîôû';

/** Extended characters: 0x12 0x20… then 0x13 0x20…, 32 each. */
const EXTENDED_12 = 'ÁÉÓÚÜü‘¡*’—©℠•“”ÀÂÇÈÊËëÎÏïÔÙùÛ«»';
const EXTENDED_13 = 'ÃãÍÌìÒòÕõ{}\\^_|~ÄäÖöß¥¤¦ÅåØø┌┐└┘';

/** Fallbacks for extended characters that are not a letter with a diacritic. */
const EXTENDED_FALLBACK: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': "'",
  '”': "'",
  '«': "'",
  '»': "'",
  '¡': '!',
  '*': '.',
  '—': '-',
  '©': 'c',
  '℠': 's',
  '•': '.',
  '{': '(',
  '}': ')',
  '\\': '/',
  '^': ' ',
  _: '-',
  '|': '!',
  '~': '-',
  ß: 's',
  '¤': '$',
  '¦': '!',
  '¥': 'Y',
  Ø: 'O',
  ø: 'o',
  '┌': '+',
  '┐': '+',
  '└': '+',
  '┘': '+',
};

/** Transliterations for characters 608 cannot show at all (reported when used). */
const TRANSLITERATE: Readonly<Record<string, string>> = {
  '–': '-',
  '‒': '-',
  '―': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '…': '...',
  '‚': "'",
  '‛': "'",
  '„': "'",
  '‟': "'",
  '′': "'",
  '″': "'",
  '‹': "'",
  '›': "'",
  '€': 'EUR',
  '×': 'x',
  '·': '.',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  '♫': '♪',
  '№': 'No.',
};

/** Every character 608 has, by its encoding: made on first use (SCC and 608 outputs only). */
const TABLE: () => ReadonlyMap<string, Char608> = lazy(() => {
  const table = new Map<string, Char608>();
  for (let b = 0x20; b <= 0x7f; b++) {
    table.set(STANDARD_REPLACED[b] ?? String.fromCharCode(b), { kind: 'standard', byte: b });
  }
  [...SPECIAL].forEach((ch, i) => {
    if (ch !== '\u0000' && !table.has(ch)) table.set(ch, { kind: 'special', code: 0x1130 + i });
  });
  const extended = (chars: string, first: number): void => {
    [...chars].forEach((ch, i) => {
      if (table.has(ch)) return;
      const named = EXTENDED_FALLBACK[ch];
      const base = named ?? ch.normalize('NFD').charAt(0);
      const fallback = table.get(base);
      table.set(ch, {
        kind: 'extended',
        code: first + i,
        fallback: fallback?.kind === 'standard' ? fallback.byte : 0x20,
      });
    });
  };
  extended(EXTENDED_12, 0x1220);
  extended(EXTENDED_13, 0x1320);
  return table;
});

/**
 * True for an ASCII code that the standard set sends as itself (printable ASCII but the ten
 * positions 608 gives to other characters, and the backtick it lacks).
 */
export function isStandardAscii(c: number): boolean {
  return c < 0x80 && STANDARD_ASCII[c] === 1;
}

/** 1 at each code {@link isStandardAscii} accepts. */
const STANDARD_ASCII: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (let c = 0x20; c <= 0x7e; c++) {
    if (STANDARD_REPLACED[c] === undefined && c !== 0x60) table[c] = 1;
  }
  return table;
})();

/** The 608 encoding of one character, or null when 608 has no such character. */
export function char608(ch: string): Char608 | null {
  return TABLE().get(ch) ?? null;
}

/**
 * The character a standard-set byte (0x20-0x7F) shows.
 *
 * @example standardChar(0x2a) // 'á'
 */
export function standardChar(byte: number): string {
  return STANDARD_REPLACED[byte] ?? String.fromCharCode(byte);
}

/** Special and extended characters by their code (data channel 1), for a decoder (first use). */
const BY_CODE: () => ReadonlyMap<number, string> = lazy(() => {
  const byCode = new Map<number, string>();
  [...SPECIAL].forEach((ch, i) => {
    // 0x1139 is the transparent space.
    byCode.set(0x1130 + i, ch === '\u0000' ? ' ' : ch);
  });
  [...EXTENDED_12].forEach((ch, i) => {
    byCode.set(0x1220 + i, ch);
  });
  [...EXTENDED_13].forEach((ch, i) => {
    byCode.set(0x1320 + i, ch);
  });
  return byCode;
});

/**
 * The character of a special (0x1130-0x113F) or extended (0x1220-0x133F) code of data channel 1,
 * or null for any other code. An extended character replaces the character before it.
 *
 * @example codeChar(0x1137) // '♪'
 */
export function codeChar(code: number): string | null {
  return BY_CODE().get(code) ?? null;
}

/** Row 1-15 of a preamble address code (parity stripped, channel 1), or null for another code. */
export function pacRow(word: number): number | null {
  const hi = word >> 8;
  const lo = word & 0xff;
  if (hi < 0x10 || hi > 0x17 || lo < 0x40 || lo > 0x7f) return null;
  for (let row = 1; row <= 15; row++) {
    const code = pac(row, 0);
    if (code >> 8 === hi && (code & 0x60) === (lo & 0x60)) return row;
  }
  return null;
}

/**
 * What 608 can show for a line: each character it lacks is replaced by the nearest it has
 * (accents dropped, Cyrillic romanized, dashes and quotes simplified, else `?`). Returns the
 * text and the replaced characters, in order of first use.
 *
 * @example to608('Café – 5 €') // { text: 'Café - 5 EUR', replaced: ['–', '€'] }
 */
export function to608(line: string): { text: string; replaced: string[] } {
  let ascii = true;
  for (let i = 0; i < line.length && ascii; i++) ascii = isStandardAscii(line.charCodeAt(i));
  // Plain ASCII (nearly every English line) is 608 as it is.
  if (ascii) return { text: line, replaced: [] };
  let text = '';
  const replaced: string[] = [];
  for (const ch of line.normalize('NFC')) {
    if (TABLE().has(ch)) {
      text += ch;
      continue;
    }
    if (!replaced.includes(ch)) replaced.push(ch);
    text += substitute(ch);
  }
  return { text, replaced };
}

const HAS_SEPARATOR = lazyRegExp(String.raw`\p{Z}`, 'u');

function substitute(ch: string): string {
  const named = TRANSLITERATE[ch];
  if (named !== undefined) return named;
  const lower = ch.toLowerCase();
  const cyr = CYRILLIC[lower];
  if (cyr !== undefined) {
    return ch === lower ? cyr : cyr.charAt(0).toUpperCase() + cyr.slice(1);
  }
  let out = '';
  for (const part of ch.normalize('NFD')) {
    if (HAS_MARK.test(part)) continue;
    out += TABLE().has(part) ? part : '';
  }
  if (out !== '') return out;
  return HAS_SEPARATOR.test(ch) ? ' ' : '?';
}

/** A byte with its odd-parity bit (bit 7) set so the eight bits hold an odd number of ones. */
export function oddParity(byte: number): number {
  let ones = 0;
  for (let b = byte & 0x7f; b; b >>= 1) ones += b & 1;
  return ones % 2 === 0 ? (byte & 0x7f) | 0x80 : byte & 0x7f;
}

/** Each 7-bit value with its parity bit, as two hex digits (what {@link sccWord} writes). */
const PARITY_HEX: () => readonly string[] = lazy(() =>
  Array.from({ length: 128 }, (_, b) => oddParity(b).toString(16).padStart(2, '0')),
);

/** A 16-bit 608 word as the four hex digits SCC writes, parity applied to both bytes. */
export function sccWord(word: number): string {
  const hex = PARITY_HEX();
  return `${hex[(word >> 8) & 0x7f]}${hex[word & 0x7f]}`;
}

/** Miscellaneous control codes, data channel 1. */
export const CONTROL = {
  RCL: 0x1420,
  EDM: 0x142c,
  ENM: 0x142e,
  EOC: 0x142f,
  TO1: 0x1721,
  TO2: 0x1722,
  TO3: 0x1723,
} as const;

/** PAC row bits: rows 1-15 → (first byte, second byte base), data channel 1. */
const PAC_ROWS: readonly [number, number][] = [
  [0x11, 0x40],
  [0x11, 0x60],
  [0x12, 0x40],
  [0x12, 0x60],
  [0x15, 0x40],
  [0x15, 0x60],
  [0x16, 0x40],
  [0x16, 0x60],
  [0x17, 0x40],
  [0x17, 0x60],
  [0x10, 0x40],
  [0x13, 0x40],
  [0x13, 0x60],
  [0x14, 0x40],
  [0x14, 0x60],
];

/**
 * Preamble address code: row 1-15, white, cursor at `indent` (a multiple of 4, 0-28).
 *
 * @example pac(15, 8) // 0x1474
 */
export function pac(row: number, indent: number): number {
  const [hi, lo] = PAC_ROWS[row - 1] ?? [0x14, 0x60];
  return (hi << 8) | lo | 0x10 | ((Math.min(28, Math.max(0, indent)) / 4) * 2);
}
