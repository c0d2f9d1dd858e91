/**
 * Mojibake: UTF-8 bytes that were read as Windows-1252 or as Latin-1 (`â€™` for `’`, `Ã©` for
 * `é`, `Ð¿Ñ€Ð¸` for `при`). The repair table is GENERATED at module load from the two codecs:
 * every character a newsroom text plausibly holds is encoded to UTF-8 and its bytes decoded
 * with each codec; the string that gives is what the repair looks for. Nothing here lists
 * seen cases.
 *
 * Also generated: the forms whose last byte was lost, because Windows-1252 leaves it undefined
 * (`”` is E2 80 9D, and 0x9D has no Windows-1252 character: `â€` alone, or `â€` + U+FFFD). Such a
 * prefix is repaired only when exactly one plausible letter, quote or currency sign has it.
 *
 * What is left alone (after ftfy's rule: fix only a plausible mis-decode that is strictly
 * better): a sequence that decodes to an implausible character (a C1 control, a private-use
 * or rare symbol); a lead letter that is not followed by a full sequence (`Âge`, `Ãx`); an
 * uppercase letter after another uppercase letter followed by punctuation (`IRMÃ”` is a real
 * Portuguese word and a quote, not `IRMÔ`); a lowercase letter between two capitals (`MÄ£ÄM`
 * is leetspeak in capitals, not `MģÄM`).
 */
import { lazyRegExp } from './lazy.ts';

/** Windows-1252 characters for bytes 0x80–0x9F (WHATWG index; undefined bytes keep their C1 code). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** Bytes 0x80–0x9F that Windows-1252 does not define (a decoder drops them or maps them to C1). */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Byte → character of each codec. Latin-1 is the identity on 0x00–0xFF. */
function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f
    ? (CP1252_HIGH[byte - 0x80] as string)
    : String.fromCharCode(byte);
}
function latin1Char(byte: number): string {
  return String.fromCharCode(byte);
}

/** A C1 control character (U+0080–U+009F) in text: a Windows-1252 byte read as Latin-1. */
export const C1_CONTROL = /[\u0080-\u009f]/;

/**
 * The Windows-1252 character a C1 control stands for (`U+0092` → `’`, `U+0096` → `–`): text
 * from Windows software read as Latin-1 keeps its curly quotes, dashes and ellipses as these
 * codes. Null for a code Windows-1252 does not define.
 */
export function windows1252OfC1(code: number): string | null {
  if (code < 0x80 || code > 0x9f || CP1252_UNDEFINED.has(code)) return null;
  return CP1252_HIGH[code - 0x80] as string;
}

/** Russian and Ukrainian letters: what Cyrillic mojibake in transcripts stands for. */
function isRussianOrUkrainian(cp: number): boolean {
  return (
    (cp >= 0x410 && cp <= 0x44f) ||
    [0x401, 0x451, 0x404, 0x454, 0x406, 0x456, 0x407, 0x457, 0x40e, 0x45e, 0x490, 0x491].includes(
      cp,
    )
  );
}

/**
 * Characters mojibake plausibly stands for in news text: Latin letters with accents, Greek,
 * Russian and Ukrainian letters, punctuation, currency, letterlike symbols (™ №), emoji.
 */
export function plausibleTarget(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x17f) ||
    // Latin Extended-B: only ƒ and the Romanian comma letters (ș ț); the rest (Ʌ, ǎ …) is rare
    // in news and looks like mojibake where it is not (`MARQUÉ…`).
    cp === 0x192 ||
    (cp >= 0x218 && cp <= 0x21b) ||
    (cp >= 0x370 && cp <= 0x3ff) ||
    isRussianOrUkrainian(cp) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2010 && cp <= 0x205e) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  );
}

/** Targets a truncated form may stand for: letters, quotes and currency only. */
const TRUNCATED_TARGET = lazyRegExp(String.raw`^[\p{L}\p{Pi}\p{Pf}\p{Sc}]$`, 'u');

function utf8Bytes(cp: number): number[] {
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  ];
}

export type Codec = 'windows-1252' | 'latin-1';

interface Entry {
  target: string;
  codec: Codec;
}

/** Mojibake string → the character it stands for; built on first use (not at start-up). */
const FULL = new Map<string, Entry>();
/** Prefix of a form whose last byte was lost → the one character it can stand for. */
const TRUNCATED = new Map<string, Entry>();
/** Longest mojibake string (4 bytes → 4 characters). */
const MAX_SEQUENCE = 4;
/** First characters of every table key: a position not starting with one is skipped at once. */
const LEADS = new Set<number>();

let built = false;

/** Builds the tables the first time a repair needs them (about 10 ms: not at every cold start). */
function buildTables(): void {
  if (built) return;
  built = true;
  const ambiguous = new Set<string>();
  const ranges: Array<[number, number]> = [
    [0xa0, 0x21b],
    [0x370, 0x3ff],
    [0x400, 0x491],
    [0x1e00, 0x1eff],
    [0x2010, 0x205e],
    [0x20a0, 0x20cf],
    [0x2100, 0x214f],
    [0x1f300, 0x1faff],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      if (!plausibleTarget(cp)) continue;
      const target = String.fromCodePoint(cp);
      const bytes = utf8Bytes(cp);
      for (const [codec, decode] of [
        ['windows-1252', cp1252Char],
        ['latin-1', latin1Char],
      ] as const) {
        const key = bytes.map(decode).join('');
        if (!FULL.has(key)) FULL.set(key, { target, codec });
        LEADS.add(key.charCodeAt(0));
      }
      // Windows-1252 drops an undefined last byte: the prefix is all that is left.
      const last = bytes[bytes.length - 1] as number;
      if (bytes.length >= 3 && CP1252_UNDEFINED.has(last) && TRUNCATED_TARGET.test(target)) {
        const prefix = bytes.slice(0, -1).map(cp1252Char).join('');
        if (TRUNCATED.has(prefix)) ambiguous.add(prefix);
        else TRUNCATED.set(prefix, { target, codec: 'windows-1252' });
      }
    }
  }
  for (const prefix of ambiguous) TRUNCATED.delete(prefix);
}

/** One repair: where it was in the text given, what it was and what it became. */
export interface MojibakeFix {
  start: number;
  end: number;
  from: string;
  to: string;
  codec: Codec;
  /** True when the last byte had been lost (`â€` for `”`). */
  truncated: boolean;
}

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Closing quotes and apostrophes: they legitimately follow a letter (`IRMÃ”`, `Ã’s`). */
const CLOSING = new Set(['\u2019', '\u201d', '\u00b4']);
/** Letters that are words on their own in news languages (`à`, `é`, `è`, `ó` …). */
const SINGLE_LETTER_WORDS = new Set([...'àèéìòùáíóúÀÈÉÁÓ']);

/**
 * Text that only looks like mojibake, left alone as ftfy leaves it (its negative cases):
 * - a lowercase letter inside a word of capitals (`MÄ£ÄM` is not `MģÄM`);
 * - an uppercase letter and a closing quote or apostrophe not followed by a capital (`IRMÃ”`
 *   is a Portuguese word and a quote, `Ã’s` a letter and its plural) — `HÃ”TEL` is repaired;
 * - a letter and a no-break space, unless `à` or Cyrillic was meant (`SELKÄ EDELLÄ`);
 * - a letter and a punctuation mark standing alone as a word, unless that letter is a word
 *   (`10 Å—` is an ångström and a dash, not `ŗ`; `Ã©` alone is Portuguese `é`).
 */
function looksLikeRealText(text: string, start: number, key: string, target: string): boolean {
  if (!isLetter(target)) return false;
  const prev = text[start - 1];
  const next = text[start + key.length];
  if (target === target.toLowerCase()) {
    if (isUpperLetter(prev) && !(isLetter(next) && !isUpperLetter(next))) return true;
  }
  if (key.length !== 2 || isLetter(key[1])) return false;
  if (CLOSING.has(key[1] as string) && isUpperLetter(target) && !isUpperLetter(next)) return true;
  // A letter and a no-break space (`SELKÄ EDELLÄ`): only `à` and Cyrillic letters are meant.
  if (key[1] === '\u00a0' && target !== 'à' && !isRussianOrUkrainian(target.codePointAt(0) ?? 0))
    return true;
  return !isLetter(prev) && !isLetter(next) && !SINGLE_LETTER_WORDS.has(target);
}

/**
 * `Ã` and a space where `à` was meant: its second byte (0xA0, a no-break space) became a plain
 * space. Only as a word of its own or at the end of a lowercase word, before a lowercase word
 * (`voilÃ le`, `jusqu'Ã nos`, `Ã perturber`); Portuguese `Ã s ` is `às`. Returns the length
 * consumed, or 0.
 */
function spacedGrave(text: string, i: number): number {
  if (text[i + 1] !== ' ') return 0;
  const prev = text[i - 1];
  if (isUpperLetter(prev)) return 0;
  if (prev !== undefined && isLetter(prev) && prev === prev.toUpperCase()) return 0;
  const after = text[i + 2] === ' ' ? i + 3 : i + 2;
  const next = text[after];
  if (!isLetter(next) || next !== next?.toLowerCase()) return 0;
  // The no-break space and an ordinary space after it: one space stays.
  return after === i + 3 ? 2 : 1;
}

/**
 * One left-to-right pass replacing mojibake sequences: at most {@link MAX_SEQUENCE} table
 * lookups per position, so linear in the text.
 */
export function repairMojibakeOnce(text: string): { text: string; fixes: MojibakeFix[] } {
  buildTables();
  const fixes: MojibakeFix[] = [];
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!LEADS.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let matched: { length: number; entry: Entry; truncated: boolean } | null = null;
    for (let length = Math.min(MAX_SEQUENCE, text.length - i); length >= 2; length--) {
      const key = text.slice(i, i + length);
      const entry = FULL.get(key);
      if (entry && !looksLikeRealText(text, i, key, entry.target)) {
        matched = { length, entry, truncated: false };
        break;
      }
    }
    if (!matched) {
      const key = text.slice(i, i + 2);
      const entry = TRUNCATED.get(key);
      const after = text[i + 2];
      // The lost byte left nothing, a space, an end or a U+FFFD behind (which goes too).
      if (entry && (after === undefined || after === '\ufffd' || !isLetter(after))) {
        matched = { length: after === '\ufffd' ? 3 : 2, entry, truncated: true };
      }
    }
    if (!matched && text.charCodeAt(i) === 0xc3) {
      const length = spacedGrave(text, i);
      if (length > 0) {
        // `Ã s ` in Portuguese is `às `: the s is the rest of the word.
        const portugueseAs = text[i + 2] === 's' && (text[i + 3] === ' ' || i + 3 === text.length);
        matched = {
          length: portugueseAs ? 3 : length,
          entry: { target: portugueseAs ? 'às' : 'à', codec: 'latin-1' },
          truncated: true,
        };
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    const from = text.slice(i, i + matched.length);
    parts.push(text.slice(copied, i), matched.entry.target);
    fixes.push({
      start: i,
      end: i + matched.length,
      from,
      to: matched.entry.target,
      codec: matched.entry.codec,
      truncated: matched.truncated,
    });
    i += matched.length;
    copied = i;
  }
  if (fixes.length === 0) return { text, fixes };
  parts.push(text.slice(copied));
  return { text: parts.join(''), fixes };
}

/** Double (or triple) encoding is repaired by passes: `Ã¢â‚¬â„¢` → `â€™` → `’`. */
export const MAX_MOJIBAKE_PASSES = 3;

/**
 * True when the last (at most three) characters written, followed by `ch`, would read as
 * mojibake a later pass would repair (`Ã` + `’` reads as `Ò`). Typography asks this before it
 * writes a curly quote; it passes only the tail of its output, never the whole of it.
 */
export function endsInMojibake(tail: string, ch: string): boolean {
  buildTables();
  const text = tail.slice(-(MAX_SEQUENCE - 1)) + ch;
  for (let start = 0; start < text.length - 1; start++) {
    // Every key opens with one of LEADS (an ASCII tail holds none): no slice to look up.
    if (!LEADS.has(text.charCodeAt(start))) continue;
    const key = text.slice(start);
    const entry = FULL.get(key);
    if (entry && !looksLikeRealText(text, start, key, entry.target)) return true;
  }
  return false;
}

/** Number of entries of the generated tables (for tests: every sequence is covered). */
export function mojibakeTableSize(): { full: number; truncated: number } {
  buildTables();
  return { full: FULL.size, truncated: TRUNCATED.size };
}

/** The mojibake of `text` under `codec`: its UTF-8 bytes read with the wrong codec. */
export function garble(text: string, codec: Codec): string {
  const decode = codec === 'windows-1252' ? cp1252Char : latin1Char;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out += cp < 0x80 ? ch : utf8Bytes(cp).map(decode).join('');
  }
  return out;
}
