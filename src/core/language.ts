/**
 * Language layer of the core: script-based language detection, word and syllable counts.
 * Pure functions, linear in the input, no regular expression runs over the whole text (every
 * test is one character at a time, cached per UTF-16 code unit).
 */
import { lazy, lazyRegExp } from './lazy.ts';

/**
 * Languages written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese,
 * Tibetan): their words come from `Intl.Segmenter`, in the core's counts and in subtitles.
 */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

/** True when the language (BCP 47, `zh-Hant`) writes no spaces between its words. */
export function isUnspacedLanguage(language: string): boolean {
  // A primary subtag as the core passes it (`zh`) is looked up as it is, no string made.
  return UNSPACED_LANGUAGES.has(language) || UNSPACED_LANGUAGES.has(primaryLanguage(language));
}

/** Result of {@link detectLanguage}. */
export interface DetectedLanguage {
  /** BCP 47 primary subtag: `en`, `ru`, `uk`, `de`, `fr`, `es`, `el`, `zh`, … */
  language: string;
  /** 0 (a guess: no letters, or no evidence) to 1 (every letter and marker agrees). */
  confidence: number;
  /** True below the confidence threshold: `language` is then `en`, whatever the guess. */
  unsure: boolean;
  /** The best candidate, even when unsure (null with no evidence at all). */
  guess: string | null;
}

// Character classes, one byte per UTF-16 code unit, computed on first use.
const COMPUTED = 1;
const WORD = 2; // letter, combining mark or number: part of a word
const LOWER = 4; // lowercase letter (Ll)
const UPPER = 8; // uppercase or titlecase letter (Lu, Lt)
const DIGIT = 16; // decimal digit (Nd)
const MARK = 32; // combining mark (M)
const CLOSING = 64; // closing bracket or final quote (Pe, Pf) and the ASCII quotes
const OPENING = 128; // opening bracket or initial quote (Ps, Pi) and the ASCII quotes

const classes = new Uint8Array(0x10000);
const WORD_RE = lazyRegExp(String.raw`^[\p{L}\p{M}\p{N}]$`, 'u');
const LOWER_RE = lazyRegExp(String.raw`^\p{Ll}$`, 'u');
const UPPER_RE = lazyRegExp(String.raw`^[\p{Lu}\p{Lt}]$`, 'u');
const DIGIT_RE = lazyRegExp(String.raw`^\p{Nd}$`, 'u');
const MARK_RE = lazyRegExp(String.raw`^\p{M}$`, 'u');
const CLOSING_RE = lazyRegExp(String.raw`^[\p{Pe}\p{Pf}]$`, 'u');
const OPENING_RE = lazyRegExp(String.raw`^[\p{Ps}\p{Pi}]$`, 'u');

/**
 * The classes of an ASCII character, as the regular expressions below give them: the module's
 * own tables ask for ASCII classes at start-up, and a Unicode-property pattern costs a lookup
 * of its property tables to parse and to compile.
 */
function asciiClass(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return COMPUTED | WORD | LOWER;
  if (code >= 0x41 && code <= 0x5a) return COMPUTED | WORD | UPPER;
  if (code >= 0x30 && code <= 0x39) return COMPUTED | WORD | DIGIT;
  if (code === 0x22 || code === 0x27) return COMPUTED | CLOSING | OPENING;
  if (code === 0x29 || code === 0x5d || code === 0x7d) return COMPUTED | CLOSING; // Pe: ) ] }
  if (code === 0x28 || code === 0x5b || code === 0x7b) return COMPUTED | OPENING; // Ps: ( [ {
  return COMPUTED;
}

function computeClass(code: number): number {
  if (code < 0x80) return asciiClass(code);
  let bits = COMPUTED;
  // Lone surrogate halves are classified as symbols: astral letters are rare in transcripts.
  if (code >= 0xd800 && code <= 0xdfff) return bits;
  const ch = String.fromCharCode(code);
  if (WORD_RE.test(ch)) bits |= WORD;
  if (LOWER_RE.test(ch)) bits |= LOWER;
  if (UPPER_RE.test(ch)) bits |= UPPER;
  if (DIGIT_RE.test(ch)) bits |= DIGIT;
  if (MARK_RE.test(ch)) bits |= MARK;
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
export const CHAR = { WORD, LOWER, UPPER, DIGIT, MARK, CLOSING, OPENING } as const;

// Word characters of ASCII, the hot path of every scan.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] =
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
}

/** True for a letter, combining mark or number (one UTF-16 code unit). */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  return (charBits(code) & WORD) !== 0;
}

// Scripts counted by detectLanguage, as small numbers indexing a counts array.
const LATIN = 1;
const CYRILLIC = 2;
const HANGUL = 10;
const ARABIC = 6;
const KANA = 11;
const HAN = 12;
const SCRIPT_COUNT = 13;
/** Language a script alone implies, by script number (Latin and Cyrillic need more evidence). */
const SCRIPT_LANGUAGE = [
  '',
  'en',
  'ru',
  'el',
  'hy',
  'he',
  'ar',
  'hi',
  'th',
  'ka',
  'ko',
  'ja',
  'zh',
];

/** Script number of a code unit, 0 when it is not a letter of a counted script. */
function scriptOf(code: number): number {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : LATIN;
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC;
  if (code >= 0x370 && code <= 0x3ff) return 3; // Greek
  if (code >= 0x530 && code <= 0x58f) return 4; // Armenian
  if (code >= 0x590 && code <= 0x5ff) return 5; // Hebrew
  if (code >= 0x600 && code <= 0x6ff) return ARABIC;
  if (code >= 0x900 && code <= 0x97f) return 7; // Devanagari
  if (code >= 0xe00 && code <= 0xe7f) return 8; // Thai
  if (code >= 0x10a0 && code <= 0x10ff) return 9; // Georgian
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (code >= 0x3040 && code <= 0x30ff) return KANA;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN;
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL;
  return 0;
}

/**
 * Latin-script languages told apart by frequent function words. The first four are supported
 * (quotes, sentence rules) and Portuguese for its quotes; Italian, Dutch, Polish, Swedish, Danish,
 * Norwegian, Finnish, Turkish, Czech and Vietnamese are detected so that they are not claimed as one of those,
 * but scriptdesk has no rules of their own for them.
 */
const LATIN_CANDIDATES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'sv',
  'da',
  'nb',
  'fi',
  'tr',
  'cs',
  'vi',
] as const;

/** Languages scriptdesk has rules for (quotes, read rates or sentence rules), by detection. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set([
  'en',
  'ru',
  'uk',
  'de',
  'fr',
  'es',
  'el',
  'zh',
  'ja',
  'ko',
  'ar',
  'ur',
  'fa',
  'he',
  'hi',
  'th',
  'ka',
  'hy',
  // Portuguese: its quotes (see plugins/typography.ts).
  'pt',
]);

/** English names of the languages detection can answer, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pl: 'Polish',
  pt: 'Portuguese',
  ru: 'Russian',
  uk: 'Ukrainian',
  sv: 'Swedish',
  da: 'Danish',
  nb: 'Norwegian',
  fi: 'Finnish',
  tr: 'Turkish',
  cs: 'Czech',
  vi: 'Vietnamese',
};

// Frequent function words of each candidate. A word in several lists (`de`, `is`, `a`) is a
// shared vote: each of its languages gets an equal part of it.
const STOPWORD_LISTS = [
  'the and of to is that it was for with this are have be not you he we they what which would there been has will from by or but his our their i',
  'der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch wir ich sie wird werden nach bei aus wie oder aber noch nur sind hat wenn wann kein keine keinen gibt sehr schon doch denn dann jetzt hier dass über kann muss diese dieser dieses haben habe wurde wurden immer heute mehr zum zur vom uns mir mich ihm ihn ihnen unser gegen ohne seit',
  'le la de les et est des une un du qui que en dans pour pas sur au avec ce il elle nous vous ils sont mais ou aux cette été être par plus je a se ne à ont sa ses leur leurs aussi après contre entre quand comme tout tous très fait faire peut déjà encore où ça cela alors donc parce chez depuis sans sous avoir',
  'el la de los las del y es un una por con para lo su como más pero sus ya este esta está también fue muy yo hay que en no se a al ha han hoy',
  'il lo la le gli di che è e un una per non con del della dei delle sono ha si ma anche come più questo questa nel nella alla al da ci hanno stato in a gli uno sul sulla dal dopo oggi tra',
  'de het een en van is dat niet op te zijn voor met die ook aan er maar om als bij nog wel dan wat ze hij heeft worden wordt geen naar wil zich deze dit tot uit moet moeten zal hebben werd vandaag volgens',
  'i w z na się nie to że do jest o jak ale po co tak za od już przez jego ich są była był oraz dla tylko może',
  'o a os as de do da dos das em um uma que não com para por se na no mais mas foi é ao pelo pela também são ele',
  // The languages below: no word that is also frequent in English or the lists above (`i`, `for`,
  // `men`, `at`, `he`, `on`, `er`, `de`, `en`, `se`, and no single letter: `it's` is `it` and `s` here), so
  // that English stays as sure as it was.
  'och att det som på är av för med till den har inte om ett jag så från vi kan ska eller nu sig hans efter också mycket vad',
  'og det som på af med til den har ikke om jeg så fra vi kan skal eller nu sig hans efter også meget hvad blev havde noget mod ud uden mellem derefter',
  'og det som på av med til den har ikke om jeg så fra vi kan skal eller nå seg hans etter også mye hva å ble hadde noe mot ut opp uten mellom deretter',
  'ja ei että oli hän ovat mutta kun tai myös sen joka mitä niin ole olla minä tämä nyt vain kuin jos siitä sitä ollut',
  've bir bu için ile çok ama daha gibi olarak kadar sonra şey biz siz değil şu çünkü ancak fakat veya ise diye göre kendi olan ayrıca yok bunu bunun nasıl sayın tüm bütün oldu olduğu bizim sizin onun mı mü',
  'je na že jsem jako ale pro jsou tak co už jeho nebo být které který také jsme není',
  'và của là có không được trong cho này với những các một người đã để khi từ đến cũng như thì sẽ tôi chúng rất nhiều đang về',
];
/** Each listed word → the candidates whose list has it, made on first use. */
const STOPWORDS: () => ReadonlyMap<string, number[]> = lazy(() => {
  const map = new Map<string, number[]>();
  for (const [index, list] of STOPWORD_LISTS.entries()) {
    for (const word of list.split(' ')) {
      const owners = map.get(word) ?? [];
      if (!owners.includes(index)) owners.push(index);
      map.set(word, owners);
    }
  }
  return map;
});
/** Letters one candidate uses and the others do not: a vote each (ł ą ę ś ź ż ń → Polish …). */
const SIGNATURE_LETTERS = new Map<number, number>();
for (const [letters, index] of [
  ['ßẞ', 1],
  ['œŒ', 2],
  ['ñÑ¿¡', 3],
  ['ąęłśźżńĄĘŁŚŹŻŃ', 6],
  ['ãõÃÕ', 7],
  ['ğşıİĞŞ', 12],
  ['řěůŘĚŮ', 13],
  ['ơưăđƠƯĂĐ', 14],
] as const) {
  for (const ch of letters) SIGNATURE_LETTERS.set(ch.charCodeAt(0), index);
}
// Vietnamese: a vowel with its tone mark (ạ ả ấ … ỹ, U+1EA0–U+1EF9) is written in no other language.
for (let code = 0x1ea0; code <= 0x1ef9; code++) SIGNATURE_LETTERS.set(code, 14);
/** Candidates too close to tell apart by confidence (Danish and Norwegian Bokmål), by index. */
const SIBLINGS: Readonly<Record<number, number>> = {
  [LATIN_CANDIDATES.indexOf('da')]: LATIN_CANDIDATES.indexOf('nb'),
  [LATIN_CANDIDATES.indexOf('nb')]: LATIN_CANDIDATES.indexOf('da'),
};

/** Longest stopword: longer words are not looked up. */
const STOPWORD_MAX_LENGTH = 8;

/** Words looked at by the stopword vote; enough for a clear decision, bounded for 1 MB input. */
const STOPWORD_WORD_LIMIT = 5000;
/** Below this confidence the answer is "unsure": English, with a warning asking for `language=`. */
export const CONFIDENT = 0.6;
/** Share of words that are function words in ordinary prose of a listed language (about 0.4). */
const EXPECTED_COVERAGE = 0.2;

/** ٹ ڈ ڑ ں ے ھ: letters of Urdu's alphabet that Arabic and Persian do not use. */
function isUrduLetter(code: number): boolean {
  return (
    code === 0x679 ||
    code === 0x688 ||
    code === 0x691 ||
    code === 0x6ba ||
    code === 0x6d2 ||
    code === 0x6be
  );
}

/** پ چ ژ گ and the Persian ی ک: letters Arabic does not use (Urdu's are told first). */
function isPersianLetter(code: number): boolean {
  return (
    code === 0x67e ||
    code === 0x686 ||
    code === 0x698 ||
    code === 0x6af ||
    code === 0x6cc ||
    code === 0x6a9
  );
}

function isUkrainianLetter(code: number): boolean {
  // і ї є ґ and their capitals: letters Russian does not use
  return (
    code === 0x456 ||
    code === 0x457 ||
    code === 0x454 ||
    code === 0x491 ||
    code === 0x406 ||
    code === 0x407 ||
    code === 0x404 ||
    code === 0x490
  );
}

/**
 * Detects the language of a text from the scripts of its letters (one pass) and, for Latin
 * script, a vote of frequent function words and signature letters among fifteen languages
 * (English, German, French, Spanish supported; the others detected, see LATIN_CANDIDATES).
 * Cyrillic is Russian unless Ukrainian-only letters (і ї є ґ) make up a visible share.
 *
 * The confidence reflects the evidence: the winner's share of the votes, how many votes it
 * has (a handful of words proves little) and how many of the words voted at all (a language
 * with no list gets few, scattered votes). Below {@link CONFIDENT} the answer is `unsure`:
 * `language` is `en`, `guess` the best candidate.
 *
 * @example
 * detectLanguage('Лавров заявил, что переговоры продолжатся.'); // { language: 'ru', confidence: 1, … }
 */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = new Int32Array(SCRIPT_COUNT);
  const votes = new Float64Array(LATIN_CANDIDATES.length);
  const stopwords = STOPWORDS();
  let letters = 0;
  let ukrainian = 0;
  let urdu = 0;
  let persian = 0;
  let words = 0;
  let voted = 0;
  // Start of the current all-Latin word, -1 outside a word, -2 in a mixed-script word.
  let wordStart = -1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0;
    const script = scriptOf(code);
    if (script !== 0) {
      letters++;
      counts[script] = (counts[script] ?? 0) + 1;
      if (script === LATIN) {
        if (wordStart === -1) wordStart = i;
        // Every signature letter is past ASCII: an ASCII letter is not looked up.
        const signature = code < 0x80 ? undefined : SIGNATURE_LETTERS.get(code);
        if (signature !== undefined && words < STOPWORD_WORD_LIMIT)
          votes[signature] = (votes[signature] ?? 0) + 1;
      } else {
        wordStart = -2;
        if (script === CYRILLIC && isUkrainianLetter(code)) ukrainian++;
        else if (script === ARABIC) {
          if (isUrduLetter(code)) urdu++;
          else if (isPersianLetter(code)) persian++;
        }
      }
      continue;
    }
    if (wordStart >= 0 && words < STOPWORD_WORD_LIMIT) {
      words++;
      const owners =
        i - wordStart <= STOPWORD_MAX_LENGTH
          ? stopwords.get(text.slice(wordStart, i).toLowerCase())
          : undefined;
      if (owners !== undefined) {
        voted++;
        for (const k of owners) votes[k] = (votes[k] ?? 0) + 1 / owners.length;
      }
    }
    wordStart = -1;
  }
  if (letters === 0) return { language: 'en', confidence: 0, unsure: true, guess: null };

  // A Chinese character, or a Japanese or Korean syllable, says about as much as two Latin
  // letters: Japanese kana and Han count together, each twice (a Japanese page's one English
  // copyright line is not the language of the page).
  const han = counts[HAN] ?? 0;
  const kanaCount = counts[KANA] ?? 0;
  const hangul = counts[HANGUL] ?? 0;
  let top = LATIN;
  let topCount = 0;
  for (let script = 1; script < SCRIPT_COUNT; script++) {
    const count =
      script === HAN
        ? 2 * (han + kanaCount)
        : script === KANA
          ? 0
          : script === HANGUL
            ? 2 * hangul
            : (counts[script] ?? 0);
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  const weighted = letters + han + kanaCount + hangul;
  const scriptShare = top === HAN || top === HANGUL ? topCount / weighted : topCount / letters;
  if (top === CYRILLIC) {
    // Ukrainian-only letters are about 6 % of Ukrainian letters; 1 % is a clear sign.
    const language = ukrainian / topCount >= 0.01 ? 'uk' : 'ru';
    return answer(language, scriptShare);
  }
  if (top === ARABIC) {
    // Urdu's own letters (ٹ ڈ ڑ ں ے) are several in a hundred of its letters; Persian's (پ چ ژ
    // گ and its own ی ک) as many of Persian's; Arabic has none of them.
    const language = urdu / topCount >= 0.01 ? 'ur' : persian / topCount >= 0.02 ? 'fa' : 'ar';
    return answer(language, scriptShare);
  }
  if (top !== LATIN) {
    // Japanese mixes kana with Han characters: any visible kana share means Japanese.
    const language =
      top === HAN && kanaCount / (han + kanaCount) >= 0.05 ? 'ja' : (SCRIPT_LANGUAGE[top] ?? 'en');
    return answer(language, scriptShare);
  }
  let best = 0;
  let total = 0;
  for (let k = 0; k < votes.length; k++) {
    total += votes[k] ?? 0;
    if ((votes[k] ?? 0) > (votes[best] ?? 0)) best = k;
  }
  if (total === 0) return answer('en', scriptShare * 0.3, null);
  const bestVotes = votes[best] ?? 0;
  let second = 0;
  // Danish and Norwegian share most function words: the runner-up is the best of the others.
  const sibling = SIBLINGS[best] ?? -1;
  for (let k = 0; k < votes.length; k++) {
    if (k !== best && k !== sibling) second = Math.max(second, votes[k] ?? 0);
  }
  // The margin over the runner-up: votes scattered over the other six do not count against it.
  const share = bestVotes / (bestVotes + second);
  const amount = 1 - Math.exp(-bestVotes / 3);
  const coverage = words === 0 ? 0 : Math.min(1, voted / words / EXPECTED_COVERAGE);
  let confidence = scriptShare * share * amount * (0.5 + 0.5 * coverage);
  // A few lines of anchor copy: too few votes for the formula, but English (the fallback) is
  // not plausible either when it has next to none of them and the winner leads clearly.
  if (
    best !== 0 &&
    bestVotes >= 3 &&
    share >= 0.65 &&
    coverage >= 0.9 &&
    (votes[0] ?? 0) * 4 <= bestVotes
  )
    confidence = Math.max(confidence, CONFIDENT);
  return answer(LATIN_CANDIDATES[best] ?? 'en', confidence);
}

/** The answer for `language` at `confidence`: English and unsure below {@link CONFIDENT}. */
function answer(language: string, confidence: number, guess: string | null = language) {
  const rounded = round2(confidence);
  if (rounded >= CONFIDENT)
    return { language, confidence: rounded, unsure: false, guess: language };
  return { language: 'en', confidence: rounded, unsure: true, guess };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Primary language subtag of a BCP 47 tag, in lowercase: `en-GB` → `en`, `RU` → `ru`. An empty
 * tag stays empty.
 */
export function primaryLanguage(tag: string): string {
  let end = 0;
  while (end < tag.length && tag[end] !== '-' && tag[end] !== '_') end++;
  return tag.slice(0, end).toLowerCase();
}

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
 * The end (exclusive) of the word that starts at `start` (a word character): letters, marks and
 * digits, joined across the characters `joinsWord` accepts between two word characters.
 */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
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
    return i;
  }
}

/**
 * Where the next word of `text` starts at or after `from` (`text.length` when none). A word is a
 * run of letters, marks and digits, joined across an apostrophe, a hyphen, a period (`U.S`,
 * `3.5`) or a number separator (`7,935`, `3:30`), from there to {@link wordEnd}. Numbers are
 * words; dashes, symbols and punctuation alone are not. Callers loop `start = nextWordStart(…)`,
 * `end = wordEnd(text, start)` (no callback per word: this runs over every block's text).
 */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** Segmenters by language and granularity, made once each (they hold no state between texts). */
const SEGMENTERS = new Map<string, Intl.Segmenter>();
const MAX_SEGMENTERS = 64;

function segmenterFor(language: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity} ${language}`;
  let segmenter = SEGMENTERS.get(key);
  if (segmenter) return segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity });
  }
  if (SEGMENTERS.size >= MAX_SEGMENTERS) SEGMENTERS.clear();
  SEGMENTERS.set(key, segmenter);
  return segmenter;
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
  const lang = primaryLanguage(language);
  if (isUnspacedLanguage(lang)) {
    let count = 0;
    for (const segment of segmenterFor(lang, 'word').segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  return countSpacedWords(text);
}

/**
 * The words of a spaced script: {@link nextWordStart} and {@link wordEnd} in one loop, the ASCII
 * test inline (this runs over every block's text).
 */
function countSpacedWords(text: string): number {
  const n = text.length;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 1 : (charBits(c) & WORD) !== 0) {
      if (!inWord) {
        count++;
        inWord = true;
      }
      continue;
    }
    // A joiner between two word characters keeps the word going (`U.S`, `don't`, `7,935`).
    if (inWord && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (
        (next < 128 ? ASCII_WORD[next] === 1 : (charBits(next) & WORD) !== 0) &&
        joinsWord(c, text.charCodeAt(i - 1), next)
      ) {
        i++;
        continue;
      }
    }
    inWord = false;
  }
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

// What each ASCII character is to the English syllable count (one table read per character).
const EN_OTHER = 0;
const EN_DIGIT = 1;
const EN_VOWEL = 2;
const EN_LETTER = 3;
const EN_ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  EN_ASCII_KIND[c] = isAsciiDigit(c)
    ? EN_DIGIT
    : isEnglishVowel(c)
      ? EN_VOWEL
      : isWordCode(c)
        ? EN_LETTER
        : EN_OTHER;
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

/** What a character is to the English syllable count: EN_DIGIT, EN_VOWEL, EN_LETTER or EN_OTHER. */
function englishKind(code: number): number {
  return code < 128
    ? (EN_ASCII_KIND[code] as number)
    : isEnglishVowel(code)
      ? EN_VOWEL
      : isWordCode(code)
        ? EN_LETTER
        : EN_OTHER;
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
    const kind = englishKind(text.charCodeAt(i));
    if (kind === EN_DIGIT) {
      groups++;
      inVowel = false;
      continue;
    }
    const isVowel = kind === EN_VOWEL;
    if (isVowel) {
      if (!inVowel) groups++;
    } else if (kind === EN_LETTER) {
      letters++;
    }
    inVowel = isVowel;
  }
  return englishPieceEnd(text, start, end, groups, letters);
}

/**
 * The syllables of the piece `text[start, end)` from its vowel `groups` and `letters`: the
 * word-end rules of {@link englishPieceSyllables}.
 */
function englishPieceEnd(
  text: string,
  start: number,
  end: number,
  groups: number,
  letters: number,
): number {
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
  return measureText(text, language).syllables;
}

/** Words and syllables of a text, from one pass. */
export interface TextMeasure {
  words: number;
  syllables: number;
}

function wordSyllables(language: string, text: string, start: number, end: number): number {
  if (language === 'en') return englishWordSyllables(text, start, end);
  if (language === 'ru' && hasCyrillic(text, start, end)) {
    return vowelSyllables(text, start, end, RU_VOWELS, false);
  }
  // Other languages, and a Latin-script name in Russian copy (Taro Kono).
  return vowelSyllables(text, start, end, GENERIC_VOWELS, true);
}

/**
 * Counts words and syllables together in one pass: `{ words: countWords(…), syllables:
 * countSyllables(…) }`, what a duration estimate needs.
 *
 * @example
 * measureText('The table makes sense', 'en'); // { words: 4, syllables: 5 }
 */
export function measureText(text: string, language: string): TextMeasure {
  const lang = primaryLanguage(language);
  let words = 0;
  let syllables = 0;
  if (isUnspacedLanguage(lang)) {
    for (const segment of segmenterFor(lang, 'word').segment(text)) {
      if (!segment.isWordLike) continue;
      words++;
      syllables += [...segment.segment].length;
    }
    return { words, syllables };
  }
  if (lang === 'en') return measureEnglish(text);
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    words++;
    syllables += wordSyllables(lang, text, start, end);
    start = nextWordStart(text, end);
  }
  return { words, syllables };
}

/**
 * {@link measureText} of English text in one pass: each character is read once, where words start
 * and end ({@link nextWordStart}, {@link wordEnd}) and their syllables piece by piece
 * ({@link englishWordSyllables}) are told as the characters go by.
 */
function measureEnglish(text: string): TextMeasure {
  const length = text.length;
  let words = 0;
  let syllables = 0;
  let inWord = false;
  // The current piece of the current word (its part up to a period): where it starts, its vowel
  // groups and letters, whether its last character was a vowel; the word's last character.
  let pieceStart = 0;
  let groups = 0;
  let letters = 0;
  let inVowel = false;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // One table read for an ASCII character: its kind is EN_OTHER exactly where it is no word
    // character.
    let kind: number;
    let word: boolean;
    if (code < 128) {
      kind = EN_ASCII_KIND[code] as number;
      word = kind !== EN_OTHER;
    } else {
      word = isWordCode(code);
      kind = word ? englishKind(code) : EN_OTHER;
    }
    if (!word) {
      if (!inWord) continue;
      // A character joining two word runs (`don't`, `U.S`, `7,935`) keeps the word going.
      if (i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        if (isWordCode(next) && joinsWord(code, previous, next)) {
          if (code === 0x2e) {
            // A period ends a piece of the word.
            if (i > pieceStart) syllables += englishPieceEnd(text, pieceStart, i, groups, letters);
            pieceStart = i + 1;
            groups = 0;
            letters = 0;
            inVowel = false;
          } else {
            // A joiner (`'`, `’`, a hyphen, a comma or colon between digits) is no letter, vowel
            // or digit: it only ends the vowel group before it, as in englishPieceSyllables.
            inVowel = false;
          }
          previous = code;
          continue;
        }
      }
      // The word ends here.
      if (i > pieceStart) syllables += englishPieceEnd(text, pieceStart, i, groups, letters);
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      words++;
      pieceStart = i;
      groups = 0;
      letters = 0;
      inVowel = false;
    }
    previous = code;
    if (kind === EN_DIGIT) {
      groups++;
      inVowel = false;
      continue;
    }
    const isVowel = kind === EN_VOWEL;
    if (isVowel) {
      if (!inVowel) groups++;
    } else if (kind === EN_LETTER) {
      letters++;
    }
    inVowel = isVowel;
  }
  if (inWord && length > pieceStart) {
    syllables += englishPieceEnd(text, pieceStart, length, groups, letters);
  }
  return { words, syllables };
}

/** ISO 639-2/3 codes and English names (Whisper's) of languages, to their BCP 47 subtag (first use). */
const LANGUAGE_ALIASES: () => Readonly<Record<string, string>> = lazy(() => {
  const table: Record<string, string> = {};
  // subtag: three-letter codes, English name
  const rows =
    'en eng english|de deu ger german|fr fra fre french|es spa spanish castilian|it ita italian|' +
    'nl nld dut dutch flemish|pl pol polish|pt por portuguese|ru rus russian|uk ukr ukrainian|' +
    'sv swe swedish|da dan danish|nb nob nor norwegian bokmål|fi fin finnish|tr tur turkish|' +
    'cs ces cze czech|el ell gre greek|zh zho chi cmn yue chinese mandarin cantonese|' +
    'ja jpn japanese|ko kor korean|ar ara arabic|ur urd urdu|fa fas per persian farsi|' +
    'he heb hebrew|hi hin hindi|th tha thai|ka kat geo georgian|hy hye arm armenian';
  for (const row of rows.split('|')) {
    const [code, ...aliases] = row.split(' ') as [string, ...string[]];
    table[code] = code;
    for (const alias of aliases) table[alias] = code;
  }
  // Norwegian's macrolanguage code and Nynorsk read as Bokmål (one set of rules).
  table.no = 'nb';
  table.nn = 'nb';
  table.iw = 'he';
  return table;
});

/**
 * The language an input declares (`en-US`, `en_us`, `pt-BR`, `zh-Hans`, `eng`, `english`) as a
 * BCP 47 primary subtag detection can answer, or null when it names none it knows.
 *
 * @example declaredLanguage('en-US') // 'en'
 */
export function declaredLanguage(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const primary =
    value
      .trim()
      .toLowerCase()
      .split(/[-_\s]/)[0] ?? '';
  return LANGUAGE_ALIASES()[primary] ?? null;
}
