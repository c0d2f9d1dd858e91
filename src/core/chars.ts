/** Character classes shared by the core plugins. Pure functions, one character at a time. */
import { CHAR, charBits } from './language.ts';
import { lazyRegExp } from './lazy.ts';

/**
 * Horizontal whitespace inside a line: spaces, tabs, no-break and the other Zs spaces; never a
 * line break (see {@link isWhitespaceCode} for JavaScript's `\s`).
 */
export function isInlineSpace(ch: string): boolean {
  return isInlineSpaceCode(ch.charCodeAt(0));
}

/** {@link isInlineSpace} on a UTF-16 code: tab, and the Unicode space separators (Zs). */
export function isInlineSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x09;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Any whitespace, exactly what `\s` matches in JavaScript: the inline spaces, line breaks
 * (LF, VT, FF, CR, U+2028, U+2029) and the BOM. `NaN` (past the end of a string) is not.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return isInlineSpaceCode(code) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** {@link isInvisible} on a UTF-16 code. */
export function isInvisibleCode(code: number): boolean {
  return code === 0x200b || code === 0x2060 || code === 0xfeff || code === 0xad || code === 0x180e;
}

/** Invisible characters that carry no text: zero-width space, word joiner, BOM, soft hyphen. */
function isInvisible(ch: string): boolean {
  return (
    ch === '\u200b' || ch === '\u2060' || ch === '\ufeff' || ch === '\u00ad' || ch === '\u180e'
  );
}

/** Trims whitespace and invisible characters from both ends. */
export function trimAll(text: string): string {
  let start = 0;
  let end = text.length;
  const skip = (code: number) => isInlineSpaceCode(code) || isInvisibleCode(code);
  while (start < end && skip(text.charCodeAt(start))) start++;
  while (end > start && skip(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Replaces every kind of horizontal whitespace by one ASCII space and drops invisibles. */
export function squashSpaces(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of text) {
    if (isInvisible(ch)) continue;
    if (isInlineSpace(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
export const SENTENCE_CLOSERS = '"\u201d\u2019\u00bb\')]';

/** Sentence-final punctuation: `.`, `!`, `?`, `…`, and the Arabic-script `؟` and Urdu `۔`. */
export function isSentenceStopCode(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x61f ||
    code === 0x6d4
  );
}

/**
 * Ends with sentence-final punctuation ({@link isSentenceStopCode}), optionally followed by closing
 * quotes or brackets. Punctuation only: `Mr.` passes too (see `endsSentence` of the subtitles for
 * the abbreviation-aware test).
 */
export function endsWithSentencePunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.includes(text[i] ?? '')) i--;
  return i >= 0 && isSentenceStopCode(text.charCodeAt(i));
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Accents a name may be written with or without: the combining diacritics of Latin, Greek and
 * Cyrillic (`ō`, `й`), Hebrew points and Arabic vowel marks. Never the vowel signs of the scripts
 * of India and South-East Asia, which are letters of the word (`शर्मा` is not `शरम`).
 */
export const ACCENTS =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of combining marks, each removed on its own
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Turkish's dotless small `ı`. */
const DOTLESS_I = /\u0131/g;

/**
 * Casefolded, accent-free key for comparing names (`Kōno` and `KONO` give `kono`; Turkish
 * `Yılmaz` and `YILMAZ` read either way give `yilmaz`: the dotless `ı` has no mark to drop).
 */
export function foldKey(text: string): string {
  // ASCII text has no compatibility forms and no marks: nothing to decompose or strip.
  const base = NON_ASCII.test(text)
    ? text.normalize('NFKD').replace(ACCENTS, '').replace(DOTLESS_I, 'i')
    : text;
  return spaceOutNonWords(base.toLowerCase()).trim();
}

const SURROGATE = /[\ud800-\udfff]/;

/** A letter, a number or a mark of a word (a vowel sign: `ा`) of the Basic Multilingual Plane. */
function isWordCode(code: number): boolean {
  return (charBits(code) & CHAR.WORD) !== 0;
}

const NON_WORD_RUNS = lazyRegExp(String.raw`[^\p{L}\p{N}\p{M}]+`, 'gu');

/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ')`: each run of other characters becomes one space. From
 * the cached character classes (a Unicode-property regex is slow); astral text by the regex.
 */
function spaceOutNonWords(text: string): string {
  if (SURROGATE.test(text)) return text.replace(NON_WORD_RUNS, ' ');
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    parts.push(text.slice(copied, start), ' ');
    copied = i;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

const LOWER_WORD_INITIAL = lazyRegExp(String.raw`(^|[\s\-'’.])(\p{Ll})`, 'gu');

/**
 * `JEAN-PIERRE` → `Jean-Pierre`, `MR. LAVROV` → `Mr. Lavrov`; mixed case is kept. Turkish rules
 * (`YILMAZ` → `Yılmaz`, `İSMAİL` → `İsmail`) when the text has Turkish capitals or `turkish` says
 * its context is Turkish.
 */
export function titleCaseIfCaps(text: string, turkish = false): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  if (turkish || isTurkishCaps(text)) {
    return text
      .toLocaleLowerCase('tr')
      .replace(LOWER_WORD_INITIAL, (_m, p: string, c: string) => p + c.toLocaleUpperCase('tr'));
  }
  return text
    .toLowerCase()
    .replace(LOWER_WORD_INITIAL, (_m, p: string, c: string) => p + c.toUpperCase());
}

/**
 * `text` in lower case; Turkish (and Azerbaijani) by its dotted capital `İ`: `İ` is `i` and `I`
 * is `ı` there, where the default mapping gives `i̇` (an `i` with a second dot) for `İ`.
 *
 * @example lowerCase('SPİKER') // 'spiker'
 */
export function lowerCase(text: string): string {
  return isTurkishCaps(text) ? text.toLocaleLowerCase('tr') : text.toLowerCase();
}

/** Text in Turkish capitals: a dotted `İ` or a `Ğ` (letters no other language's capitals use). */
function isTurkishCaps(text: string): boolean {
  return text.includes('\u0130') || text.includes('\u011e');
}

/**
 * Text only Turkish (or Azerbaijani) writes: a dotted capital `İ`, a dotless small `ı` or a `ğ`
 * in either case, between `from` and `to`. `Ş` and `Ç` are no sign (Romanian, Albanian and
 * Kurdish write them too).
 */
export function hasTurkishLetters(text: string, from = 0, to = text.length): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x130 || c === 0x131 || c === 0x11e || c === 0x11f) return true;
  }
  return false;
}

/** `word` without the given characters at its start and end: a loop, never a backtracking regex. */
export function trimChars(word: string, start: string, end: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && start.includes(word.charAt(a))) a++;
  while (b > a && end.includes(word.charAt(b - 1))) b--;
  return word.slice(a, b);
}

/**
 * A letter of a script without capitals (Hebrew, Arabic, the Indic scripts, Thai, Hangul, kana,
 * Han): a tag in these scripts cannot be told by its capitals.
 */
export function isCaselessLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x05d0 && c <= 0x05ea) ||
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x0900 && c <= 0x0e7f) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3131 && c <= 0x318e) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** A Chinese character or Japanese kana (UTF-16 code unit): writing without spaces between words. */
export function isHanOrKanaCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * A Chinese or Japanese character, or the full-width punctuation of text written without spaces
 * (UTF-16 code unit): no space belongs between two of them.
 */
export function isUnspacedCode(c: number): boolean {
  return isHanOrKanaCode(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65);
}

/** `text` without the spaces between two {@link isUnspacedCode} characters (one pass). */
export function joinUnspaced(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    if (isUnspacedCode(text.charCodeAt(at - 1)) && isUnspacedCode(text.charCodeAt(at + 1))) {
      out += text.slice(from, at);
      from = at + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
