/**
 * Language layer of the core: script-based language detection, word and syllable counts.
 * Pure functions, linear in the input, no regular expression runs over the whole text (every
 * test is one character at a time, cached per UTF-16 code unit).
 */

/** Result of {@link detectLanguage}. */
export interface DetectedLanguage {
  /** BCP 47 primary subtag: `en`, `ru`, `uk`, `de`, `fr`, `es`, `el`, `zh`, … */
  language: string;
  /** 0 (a guess: no letters, or no evidence) to 1 (every letter and marker agrees). */
  confidence: number;
}

// Character classes, one byte per UTF-16 code unit, computed on first use.
const COMPUTED = 1;
const WORD = 2; // letter, combining mark or number: part of a word
const LOWER = 4; // lowercase letter (Ll)
const UPPER = 8; // uppercase or titlecase letter (Lu, Lt)
const DIGIT = 16; // decimal digit (Nd)
const SPACE = 32; // what `\s` matches in JavaScript
const CLOSING = 64; // closing bracket or final quote (Pe, Pf) and the ASCII quotes
const OPENING = 128; // opening bracket or initial quote (Ps, Pi) and the ASCII quotes

const classes = new Uint8Array(0x10000);
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LOWER_RE = /^\p{Ll}$/u;
const UPPER_RE = /^[\p{Lu}\p{Lt}]$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const SPACE_RE = /^\s$/;
const CLOSING_RE = /^[\p{Pe}\p{Pf}]$/u;
const OPENING_RE = /^[\p{Ps}\p{Pi}]$/u;

function computeClass(code: number): number {
  let bits = COMPUTED;
  // Lone surrogate halves are classified as symbols: astral letters are rare in transcripts.
  if (code >= 0xd800 && code <= 0xdfff) return bits;
  const ch = String.fromCharCode(code);
  if (WORD_RE.test(ch)) bits |= WORD;
  if (LOWER_RE.test(ch)) bits |= LOWER;
  if (UPPER_RE.test(ch)) bits |= UPPER;
  if (DIGIT_RE.test(ch)) bits |= DIGIT;
  if (SPACE_RE.test(ch)) bits |= SPACE;
  if (CLOSING_RE.test(ch) || code === 0x22 || code === 0x27) bits |= CLOSING;
  if (OPENING_RE.test(ch) || code === 0x22 || code === 0x27) bits |= OPENING;
  return bits;
}

/** Class bits of a UTF-16 code unit (internal; `NaN` past the end of a string gives 0). */
export function charBits(code: number): number {
  if (!(code >= 0)) return 0;
  const cached = classes[code] ?? 0;
  if (cached !== 0) return cached;
  const bits = computeClass(code);
  classes[code] = bits;
  return bits;
}

/** Bit masks for {@link charBits}. */
export const CHAR = { WORD, LOWER, UPPER, DIGIT, SPACE, CLOSING, OPENING } as const;

/** True for a letter, combining mark or number (one UTF-16 code unit). */
export function isWordCode(code: number): boolean {
  return (charBits(code) & WORD) !== 0;
}

/** True for what `\s` matches in JavaScript (spaces, tabs, line breaks, no-break spaces, BOM). */
export function isSpaceCode(code: number): boolean {
  return (charBits(code) & SPACE) !== 0;
}

// Scripts counted by detectLanguage; the value is the language a script alone implies.
type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'hebrew'
  | 'arabic'
  | 'devanagari'
  | 'thai'
  | 'georgian'
  | 'hangul'
  | 'kana'
  | 'han';

const SCRIPT_LANGUAGE: Record<Exclude<Script, 'latin' | 'cyrillic'>, string> = {
  greek: 'el',
  armenian: 'hy',
  hebrew: 'he',
  arabic: 'ar',
  devanagari: 'hi',
  thai: 'th',
  georgian: 'ka',
  hangul: 'ko',
  kana: 'ja',
  han: 'zh',
};

function scriptOf(code: number): Script | null {
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'latin' : null;
  }
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? null : 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x530 && code <= 0x58f) return 'armenian';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if (code >= 0x10a0 && code <= 0x10ff) return 'georgian';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  return null;
}

// Frequent function words that belong to one of the four Latin-script languages only (no word
// is in two lists), used to tell English from German, French and Spanish.
const STOPWORDS: Record<'en' | 'de' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'the and of to is that it was for with this are have be not you he we they what which would there been has will from by or but his our their i'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch wir ich sie wird werden nach bei aus wie oder aber noch nur sind hat'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le les et est des une du qui dans pour pas sur au avec ce il elle nous vous ils sont mais ou aux cette été être par plus je'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el los las del y es un por con para lo su como más pero sus ya este esta está también fue muy yo hay'.split(
      ' ',
    ),
  ),
};
const LATIN_CANDIDATES = ['en', 'de', 'fr', 'es'] as const;

/** Words looked at by the stopword vote; enough for a clear decision, bounded for 1 MB input. */
const STOPWORD_WORD_LIMIT = 5000;

/**
 * Detects the language of a text from the scripts of its letters (one pass) and, for Latin
 * script, a vote of frequent function words (English, German, French, Spanish). Cyrillic is
 * Russian unless Ukrainian-only letters (і ї є ґ) make up a visible share. Returns `en` with
 * confidence 0 when there are no letters, and `en` whenever the evidence is weak.
 *
 * @example
 * detectLanguage('Лавров заявил, что переговоры продолжатся.'); // { language: 'ru', confidence: 1 }
 */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = new Map<Script, number>();
  let letters = 0;
  let ukrainian = 0;
  const hits = { en: 0, de: 0, fr: 0, es: 0 };
  let words = 0;
  let wordStart = -1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : Number.NaN;
    const script = i < length ? scriptOf(code) : null;
    if (script !== null) {
      letters++;
      counts.set(script, (counts.get(script) ?? 0) + 1);
      if (code === 0x456 || code === 0x457 || code === 0x454 || code === 0x491) ukrainian++;
      if (code === 0x406 || code === 0x407 || code === 0x404 || code === 0x490) ukrainian++;
      if (script === 'latin' && wordStart < 0) wordStart = i;
      if (script !== 'latin' && wordStart >= 0) wordStart = -2; // mixed-script word: skip it
      continue;
    }
    if (wordStart >= 0 && words < STOPWORD_WORD_LIMIT) {
      words++;
      const word = text.slice(wordStart, i).toLowerCase();
      for (const candidate of LATIN_CANDIDATES) {
        if (STOPWORDS[candidate].has(word)) hits[candidate]++;
      }
    }
    wordStart = -1;
  }
  if (letters === 0) return { language: 'en', confidence: 0 };

  let top: Script = 'latin';
  let topCount = 0;
  for (const [script, count] of counts) {
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  const scriptShare = topCount / letters;
  if (top === 'cyrillic') {
    // Ukrainian-only letters are about 6 % of Ukrainian letters; 1 % is a clear sign.
    const language = ukrainian / topCount >= 0.01 ? 'uk' : 'ru';
    return { language, confidence: round2(scriptShare) };
  }
  if (top !== 'latin') {
    // Japanese mixes kana with Han characters: any visible kana share means Japanese.
    const kana = counts.get('kana') ?? 0;
    const language = top === 'han' && kana / letters >= 0.05 ? 'ja' : SCRIPT_LANGUAGE[top];
    return { language, confidence: round2(scriptShare) };
  }
  let best: (typeof LATIN_CANDIDATES)[number] = 'en';
  let total = 0;
  for (const candidate of LATIN_CANDIDATES) {
    total += hits[candidate];
    if (hits[candidate] > hits[best]) best = candidate;
  }
  if (total === 0) return { language: 'en', confidence: round2(scriptShare * 0.5) };
  const share = hits[best] / total;
  // Unsure: too few function words, or no clear majority among them.
  if (best !== 'en' && (hits[best] < 3 || share < 0.5)) {
    return { language: 'en', confidence: round2(scriptShare * 0.5) };
  }
  return { language: best, confidence: round2(scriptShare * share) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

// Languages written without spaces between words: words come from Intl.Segmenter there.
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

// Characters that join two word runs into one word when they sit between them with no space:
// apostrophes (don't, it’s), hyphens (Biden-Harris), periods (U.S., p.m., 3.5, putinu.ru), and
// between digits the separators of numbers (7,935, 3:30). A dash with spaces around it is never
// a word.
function joinsWord(code: number, before: number, after: number): boolean {
  if (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2e
  ) {
    return true;
  }
  if (code === 0x2c || code === 0x3a) {
    return (charBits(before) & DIGIT) !== 0 && (charBits(after) & DIGIT) !== 0;
  }
  return false;
}

/**
 * Calls `visit(start, end)` for every word of `text`: a run of letters, marks and digits,
 * joined across an apostrophe, a hyphen, a period (`U.S`, `3.5`) or a number separator
 * (`7,935`, `3:30`).
 * Numbers are words; dashes, symbols and punctuation alone are not.
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
      if (
        i + 1 < length &&
        isWordCode(text.charCodeAt(i + 1)) &&
        joinsWord(text.charCodeAt(i), text.charCodeAt(i - 1), text.charCodeAt(i + 1))
      ) {
        i++;
        continue;
      }
      break;
    }
    visit(start, i);
  }
}

function segmenterFor(language: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity });
  }
}

/**
 * Counts the words of `text`. Numbers count (`2017`, `$1.7` is one word), dashes and other
 * punctuation do not; hyphenated compounds, contractions and initialisms (`U.S.`, `p.m.`) are
 * one word each. Languages written
 * without spaces (`zh`, `ja`, `th`, …) use `Intl.Segmenter` word granularity.
 *
 * @example
 * countWords('So, I want to say — start by saying', 'en'); // 8
 */
export function countWords(text: string, language: string): number {
  if (UNSPACED.has(language)) {
    let count = 0;
    for (const segment of segmenterFor(language, 'word').segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  let count = 0;
  forEachWord(text, () => {
    count++;
  });
  return count;
}

/** Code units of the given letters in lower and upper case. */
function codeSet(letters: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const ch of letters) {
    set.add(ch.charCodeAt(0));
    const upper = ch.toUpperCase();
    if (upper.length === 1) set.add(upper.charCodeAt(0));
  }
  return set;
}

const RU_VOWELS = codeSet('аеёиоуыэюя');
// Vowel letters of Latin, Greek and Cyrillic scripts for the generic estimate.
const GENERIC_VOWELS = codeSet(
  'aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųαεηιουωάέήίόύώаеёиоуыэюяєіїў',
);

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

function hasCyrillic(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) return true;
  }
  return false;
}

/** a e i o u y in either case, or an accented vowel. */
function isEnglishVowel(code: number): boolean {
  if (code >= 0x80) return GENERIC_VOWELS.has(code);
  const c = lowerAscii(code);
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * English syllables of the word `text[start, end)`. Initialisms and dotted names are read piece
 * by piece (U.S. is two, putinu.ru three).
 */
function englishWordSyllables(text: string, start: number, end: number): number {
  let sum = 0;
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x2e) {
      if (i > pieceStart) sum += englishPieceSyllables(text, pieceStart, i);
      pieceStart = i + 1;
    }
  }
  return sum;
}

/**
 * Vowel groups (a e i o u y), minus a silent final `e` (make, tune), `-es` and `-ed` that add no
 * syllable (makes, jumped), keeping the `-le` after a consonant that is its own syllable
 * (table). One syllable per digit, a rough figure for numbers read aloud. At least one per word
 * with a letter.
 */
function englishPieceSyllables(text: string, start: number, end: number): number {
  let groups = 0;
  let inVowel = false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) {
      groups++;
      inVowel = false;
      continue;
    }
    const isVowel = isEnglishVowel(code);
    if (isVowel) {
      if (!inVowel) groups++;
    } else if (isWordCode(code)) {
      letters++;
    }
    inVowel = isVowel;
  }
  if (groups === 0) return letters > 0 ? 1 : 0;
  if (groups === 1) return 1;
  const n = end - start;
  const last = lowerAscii(text.charCodeAt(end - 1));
  const prev = n >= 2 ? lowerAscii(text.charCodeAt(end - 2)) : 0;
  const prev2 = n >= 3 ? lowerAscii(text.charCodeAt(end - 3)) : 0;
  if (last === 0x65 && !isEnglishVowel(prev)) {
    // final e: silent (make), except consonant + le (table), which is its own syllable
    if (!(prev === 0x6c && n >= 3 && !isEnglishVowel(prev2))) groups--;
  } else if (n >= 4 && last === 0x64 && prev === 0x65) {
    // -ed is silent except after t or d (wanted, needed)
    if (prev2 !== 0x74 && prev2 !== 0x64 && !isEnglishVowel(prev2)) groups--;
  } else if (n >= 4 && last === 0x73 && prev === 0x65) {
    // -es is silent except after sibilants (boxes, buses, pages, wishes)
    const prev3 = lowerAscii(text.charCodeAt(end - 4));
    const sibilant =
      prev2 === 0x73 ||
      prev2 === 0x78 ||
      prev2 === 0x7a ||
      prev2 === 0x63 ||
      prev2 === 0x67 ||
      (prev2 === 0x68 && (prev3 === 0x63 || prev3 === 0x73));
    if (!sibilant && !isEnglishVowel(prev2)) groups--;
  }
  return groups;
}

/**
 * Syllables of the word `text[start, end)` from its vowels: every vowel letter (`groups`
 * false, Russian) or every group of adjacent vowels, at least one per word (`groups` true).
 * One per digit.
 */
function vowelSyllables(
  text: string,
  start: number,
  end: number,
  vowels: ReadonlySet<number>,
  groups: boolean,
): number {
  let count = 0;
  let inVowel = false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((charBits(code) & DIGIT) !== 0) {
      count++;
      inVowel = false;
      continue;
    }
    const isVowel = vowels.has(code < 0x80 ? lowerAscii(code) : code);
    if (isVowel && (!inVowel || !groups)) count++;
    else if (!isVowel && isWordCode(code)) letters++;
    inVowel = isVowel;
  }
  return count === 0 && letters > 0 && groups ? 1 : count;
}

/**
 * Estimates the syllables of `text`. English: vowel groups per word with the silent-e, `-es`,
 * `-ed` and `-le` rules. Russian: every vowel letter (а е ё и о у ы э ю я) is one syllable, so a
 * word without a vowel (в, с, к) adds none; Latin-script words in it count as below.
 * Unspaced scripts (`zh`, `ja`, …): one per character. Others: vowel groups over Latin, Greek and Cyrillic vowels, at least one per word.
 * A digit counts as one syllable everywhere.
 *
 * @example
 * countSyllables('The table makes sense', 'en'); // 5
 */
export function countSyllables(text: string, language: string): number {
  if (UNSPACED.has(language)) {
    let count = 0;
    for (const segment of segmenterFor(language, 'word').segment(text)) {
      if (segment.isWordLike) count += [...segment.segment].length;
    }
    return count;
  }
  let count = 0;
  if (language === 'en') {
    forEachWord(text, (start, end) => {
      count += englishWordSyllables(text, start, end);
    });
  } else if (language === 'ru') {
    forEachWord(text, (start, end) => {
      // A Latin-script name in Russian copy (Taro Kono) is counted like other languages.
      count += hasCyrillic(text, start, end)
        ? vowelSyllables(text, start, end, RU_VOWELS, false)
        : vowelSyllables(text, start, end, GENERIC_VOWELS, true);
    });
  } else {
    forEachWord(text, (start, end) => {
      count += vowelSyllables(text, start, end, GENERIC_VOWELS, true);
    });
  }
  return count;
}
