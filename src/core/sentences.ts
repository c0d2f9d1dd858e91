/**
 * Sentence segmentation. English and Russian use a linear, abbreviation-aware scan that follows
 * the boundary rules of retext-english (parse-latin, the reference on the corpus) where they are
 * right; other languages use `Intl.Segmenter` with a light repair pass.
 *
 * The contract every path keeps: `splitSentences(text, lang).join(' ')` equals
 * `collapseWhitespace(text)`. No character is lost or added; a boundary only ever falls on
 * whitespace (so a sentence glued to the next one, `Islands.”The`, stays one piece here: the
 * structure step splits such bites before sentences are cut).
 */
import { isWhitespaceCode } from './chars.ts';
import { CHAR, charBits, detectLanguage, primaryLanguage } from './language.ts';

const SPACE = 0x20;
const DOT = 0x2e;
const QUESTION = 0x3f;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/** Longest word looked at behind a period; longer words are never abbreviations. */
const MAX_ABBREVIATION = 32;

/** Abbreviation rules of one language (all words written without their final period). */
interface SentenceRules {
  /** Lowercase words after which a period never ends a sentence (`mr`, `dr`, `cf`). */
  always: ReadonlySet<string>;
  /** Case-sensitive words after which a period never ends a sentence (months: `Jan`). */
  alwaysCased: ReadonlySet<string>;
  /** Lowercase words whose period ends a sentence only before a sentence start (`etc`). */
  judged: ReadonlySet<string>;
  /** Case-sensitive judged words (US states, weekdays: `Ga`, `Wed`). */
  judgedCased: ReadonlySet<string>;
  /** Lowercase words that never end a sentence before a number (`No. 5`, `ст. 12`). */
  beforeNumber: ReadonlySet<string>;
  /** Lowercase initialisms that never end a sentence (`e.g`, `i.e`, `т.е`); others are judged. */
  initialismsNever: ReadonlySet<string>;
  /** Lowercase words that are units, judged, only right after a number (`6 in.`). */
  unitsAfterNumber: ReadonlySet<string>;
  /** Single letters that are judged, not initials, right after a number (`2017 г.`). */
  lettersAfterNumber: ReadonlySet<string>;
  /**
   * Capitalized words that start a sentence after an initialism or a judged abbreviation:
   * function words and the common nouns news sentences open with (`U.S. Officials said`,
   * `2 a.m. Police said`). Any other capitalized word is taken for a proper noun that goes on
   * (`U.S. Forest Service`, `a.m. Eastern`). null: any capitalized word starts a sentence.
   */
  starters: ReadonlySet<string> | null;
  /**
   * Common nouns that start a sentence there unless a capitalized word follows them, which
   * makes them part of a name (`D.C. Police Department`).
   */
  nounStarters: ReadonlySet<string>;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

const ENGLISH: SentenceRules = {
  // Titles and ranks before a name (civil, political, military, police, religious, academic),
  // and short forms that always go on: a period after them never ends a sentence.
  always: words(`
    mr mrs ms mx messrs mme mmes mlle dr prof rev revd sen sens rep reps gov gen lt lieut col maj
    capt cpt sgt cpl pvt pte pfc spc ens adm cmdr cmdt cdr comdr cdre cmdre brig sqn ldr flt wg gp
    supt insp det dep asst assoc adj adjt pres hon atty amb sec secy treas dir cllr ald commr comm
    gnr spr bdr cdt drs profs gens lts cols capts sgts govs
    fr msgr mgr snr dept st mt ft
    cf viz vs al ca cca approx ibid op cit seq fig figs vol vols ch chap est`),
  // Title case only: as lowercase or all-caps words they are ordinary words or names (AMD, po).
  alwaysCased: words('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Amd Br Ph Po Wo Rt'),
  judged: words(`
    etc inc ltd co corp jr sr esq bros
    oz lb lbs yd yds mi gal qt pt tsp tbsp doz hr hrs min mins sq cu kt bbl fl gr gro`),
  // US states, Canadian provinces and British counties as newspapers abbreviate them, weekdays,
  // and places (Natl. Park, Bldg. 7). Abbreviations that are also common words (Me., Here.,
  // Man., War., Corn.) are left out: there a period ends the sentence.
  judgedCased: words(`
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Ala Ariz Ark Cal Calif Colo Conn Dak Del Dor Dur Fla Ga Ia Ida Ill Ind Kan Kans Ky La Md Mass Mich
    Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Penn Penna Tenn Tex Ut Va Vt Wash Wis Wisc Wyo Mex
    Alta Ont Que Qué Sask Yuk Beds Berks Bucks Cambs Ches Cumb Derbs Derbys Glos Hants Heref
    Herts Hunts Lancs Leics Lincs Mddx Middx Norf Northants Northd Northumb Notts Oxon Salop
    Shrops Som Staf Staffs Suff Ssx Sx Warks Warw Westm Wilts Worcs Yorks
    Ave Blvd Rd Hwy Pkwy Rte Fwy Bldg Nat Natl Pk Pen Terr`),
  beforeNumber: words('no nos art p pp tel ext'),
  unitsAfterNumber: words('in'),
  initialismsNever: words('e.g i.e'),
  lettersAfterNumber: words(''),
  starters: words(`
    The A An I We He She It They You This That These Those There Here And But So Or Now Then
    In On At As If When What Why How Who Where Which Our My His Her Its Their Your Let Today
    Yesterday Tomorrow After Before Since For With Thank Thanks Yes No Well Okay OK Oh Also
    Still Yet Meanwhile However Some Many Most All Every Each One Both Not Nor Please Is Are
    Was Were Do Does Did Can Could Will Would Should May Might Must Has Have Had Just Even
    Only Because While Although Though Once Until Last Next First Finally Instead Again
    Two Three Four Five Six Seven Eight Nine Ten Several Few Other Others Such Neither Either
    From During Despite Under Over Without About Among Earlier Later Asked Speaking According`),
  nounStarters: words(`
    Officials Police Authorities Officers Witnesses Residents Investigators Prosecutors Critics
    Experts Analysts Scientists Researchers Doctors Lawmakers Troops Soldiers Firefighters
    Rescuers Voters Students Parents Workers Protesters Demonstrators Leaders People Families
    Sources Prices Shares Stocks Markets Talks Negotiators Diplomats Judges Lawyers Victims`),
};

const RUSSIAN: SentenceRules = {
  always: words(`
    им ул пр просп пер пл наб акад проф доц ген полк тов св см ср напр рис табл гр зам пос`),
  alwaysCased: words(''),
  judged: words('др тыс млн млрд трлн руб коп долл обл гг вв мин сек'),
  judgedCased: words(''),
  beforeNumber: words('ст п пп ч гл рис табл стр тел кв корп д'),
  initialismsNever: words('т.е т.к т.н т.ч т.о и.о'),
  unitsAfterNumber: words(''),
  lettersAfterNumber: words('г в'),
  starters: null,
  nounStarters: words(''),
};

// Titles and short forms that Intl.Segmenter splits after in the languages it handles here.
const SEGMENTER_ALWAYS = words('dr prof nr no st hr fr sr sra srta mme mlle mm ing dipl bzw ca');
/**
 * Short forms of one language a period never ends a sentence after (lower case): German `Mio.
 * Euro`, `usw.`; Spanish `EE. UU.`, `Dra.`; Italian `sig.`, `dott.`; French `av. J.-C.`.
 */
const SEGMENTER_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = {
  de: words('mio mrd tsd bzw usw vgl abs ggf evtl inkl zzgl bspw hrsg jh str tel'),
  es: words('ee dra lic av avda pág págs núm tel aprox'),
  it: words('sig sigg dott dott.ssa avv geom on onn ecc pag tel'),
  fr: words('mm av apr env éd tél'),
  pt: words('sra dra exmo exma av pág tel'),
};
/**
 * Months after an ordinal number (`am 3. Oktober`, `le 1er. mai` is not written): in German and
 * the other languages that write day ordinals with a period, `3.` then a month goes on.
 */
const ORDINAL_MONTHS = words(`
  januar jänner februar märz april mai juni juli august september oktober november dezember
  jan feb mär apr jun jul aug sep sept okt nov dez`);
/** Closing quotation marks that follow a sentence's terminal after a space (French `! »`). */
const SPACED_CLOSERS = '»”“';

/**
 * Collapses every run of whitespace (what `\s` matches: spaces, tabs, line breaks, no-break
 * spaces) to one ASCII space and trims both ends. `splitSentences(t).join(' ')` equals this.
 *
 * @example
 * collapseWhitespace('  Yes.\u00a0 No.\n'); // 'Yes. No.'
 */
export function collapseWhitespace(text: string): string {
  return collapse(text).value;
}

interface Collapsed {
  value: string;
  /** Offsets in `value` of the spaces that replaced a run holding two or more line breaks. */
  hardBreaks: number[];
}

// Whitespace other than a single inner space. Fixed-length alternatives: linear, no backtracking.
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

function collapse(text: string): Collapsed {
  // Fast path for text that is already clean (the usual block text): one native regex pass.
  if (!NEEDS_COLLAPSE.test(text)) return { value: text, hardBreaks: [] };
  const hardBreaks: number[] = [];
  const length = text.length;
  // Built lazily: text that is already collapsed (one space between words, none at the ends)
  // is returned as is, without a copy.
  let out = '';
  let outLength = 0;
  let chunkStart = 0;
  let i = 0;
  while (i < length) {
    if (!isWhitespaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    let lineBreaks = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (!isWhitespaceCode(code)) break;
      if (code === 0x0a || code === 0x2028) lineBreaks++;
      else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineBreaks++;
      else if (code === 0x2029) lineBreaks += 2;
      i++;
    }
    const inside = runStart > 0 && i < length;
    if (inside && lineBreaks >= 2) hardBreaks.push(outLength + (runStart - chunkStart));
    if (inside && i - runStart === 1 && text.charCodeAt(runStart) === SPACE) continue;
    // This run changes: copy what came before it and write one space (none at the ends).
    out += text.slice(chunkStart, runStart);
    outLength += runStart - chunkStart;
    if (inside && outLength > 0) {
      out += ' ';
      outLength++;
    }
    chunkStart = i;
  }
  if (chunkStart === 0) return { value: text, hardBreaks };
  out += text.slice(chunkStart);
  return { value: out, hardBreaks };
}

function isTerminal(code: number): boolean {
  // . ! ? … ‽ — the sentence terminals of parse-latin
  return code === DOT || code === 0x21 || code === QUESTION || code === 0x2026 || code === 0x203d;
}

function isWord(code: number): boolean {
  return (charBits(code) & CHAR.WORD) !== 0;
}

// Characters that glue two words into one when they stand between them with no space
// (parse-latin's inner-word symbols): U.S, 3:30, Biden-Harris, it’s, a@b.
function isInnerSymbol(code: number): boolean {
  return (
    code === DOT ||
    code === 0x26 ||
    code === 0x27 ||
    code === 0x2d ||
    code === 0x3a ||
    code === 0x3d ||
    code === QUESTION ||
    code === 0x40 ||
    code === 0x5f ||
    code === 0xad ||
    code === 0xb7 ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2019 ||
    code === 0x2027
  );
}

/** Start of the word (letters joined by inner symbols) that ends right before `end`. */
function wordChainStart(s: string, end: number): number {
  let k = end;
  const floor = Math.max(0, end - MAX_ABBREVIATION);
  while (k > floor) {
    if (isWord(s.charCodeAt(k - 1))) {
      k--;
    } else if (
      k - 2 >= floor &&
      isInnerSymbol(s.charCodeAt(k - 1)) &&
      isWord(s.charCodeAt(k - 2))
    ) {
      k--;
    } else {
      break;
    }
  }
  return k;
}

/**
 * True when the period at `dot` closes an initialism: one-character pieces joined by periods
 * (U.S, a.m, e.g, т.е), not only digits (1.5 is a number). Mirrors parse-latin's rule: a longer
 * piece inside the period chain (ex.U.S) makes it a plain word.
 */
function isInitialism(s: string, dot: number): boolean {
  let p = dot - 1;
  let pieces = 0;
  let digitsOnly = true;
  const floor = Math.max(0, dot - MAX_ABBREVIATION);
  while (p >= floor && isWord(s.charCodeAt(p))) {
    if (p > 0 && isWord(s.charCodeAt(p - 1))) return false;
    pieces++;
    if ((charBits(s.charCodeAt(p)) & CHAR.DIGIT) === 0) digitsOnly = false;
    if (p >= 2 && s.charCodeAt(p - 1) === DOT) {
      p -= 2;
      continue;
    }
    break;
  }
  return pieces >= 2 && !digitsOnly;
}

function isShortNumber(word: string): boolean {
  if (word.length === 0 || word.length > 3) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** True when the word starting at `from` (after opening quotes or brackets) starts a sentence. */
function startsSentence(s: string, from: number, rules: SentenceRules): boolean {
  let k = from;
  const limit = Math.min(s.length, from + 4);
  while (k < limit && (charBits(s.charCodeAt(k)) & CHAR.OPENING) !== 0) k++;
  const first = charBits(s.charCodeAt(k));
  if ((first & CHAR.UPPER) === 0) return false;
  if (rules.starters === null) return true;
  let end = k;
  const wordLimit = Math.min(s.length, k + MAX_ABBREVIATION);
  while (end < wordLimit && isWord(s.charCodeAt(end))) end++;
  // "A.B.C." is an initialism, not the article "A".
  if (s.charCodeAt(end) === DOT && isWord(s.charCodeAt(end + 1))) return false;
  const word = s.slice(k, end);
  if (rules.starters.has(word)) return true;
  if (!rules.nounStarters.has(word)) return false;
  // `Police said` starts a sentence; `Police Department` is part of a name.
  return !(s.charCodeAt(end) === SPACE && (charBits(s.charCodeAt(end + 1)) & CHAR.UPPER) !== 0);
}

/**
 * Decides whether the terminal run `s[i, j)` (followed by closing marks up to the space at `m`)
 * ends a sentence. `firstWord` is where the current sentence's first word starts.
 */
function terminalEndsSentence(
  s: string,
  i: number,
  j: number,
  m: number,
  firstWord: number,
  rules: SentenceRules,
): boolean {
  const next = s.charCodeAt(m + 1);
  const nextBits = charBits(next);
  // parse-latin: a sentence starting with a lowercase word, or with a comma or semicolon,
  // continues the previous one ("Wait... no.", "Hello. , he said").
  if ((nextBits & CHAR.WORD) !== 0) {
    if ((nextBits & CHAR.LOWER) !== 0) return false;
  } else if (next === COMMA || next === SEMICOLON) {
    return false;
  }
  if (j - i !== 1 || s.charCodeAt(i) !== DOT || !isWord(s.charCodeAt(i - 1))) return true;

  if (isInitialism(s, i)) {
    const chain = s.slice(wordChainStart(s, i), i).toLowerCase();
    if (rules.initialismsNever.has(chain)) return false;
    return startsSentence(s, m + 1, rules);
  }
  const chainStart = wordChainStart(s, i);
  const word = s.slice(chainStart, i);
  const lower = word.toLowerCase();
  if (rules.always.has(lower) || rules.alwaysCased.has(word)) return false;
  if (word.length === 1 && (charBits(word.charCodeAt(0)) & (CHAR.LOWER | CHAR.UPPER)) !== 0) {
    // An initial (J. Smith, В. В. Путин), unless a unit letter after a number (2017 г.).
    if (afterNumber(s, chainStart) && rules.lettersAfterNumber.has(lower)) {
      return startsSentence(s, m + 1, rules);
    }
    return false;
  }
  if (rules.beforeNumber.has(lower) && (nextBits & CHAR.DIGIT) !== 0) return false;
  // A list number opening its sentence ("2. Second point"), as parse-latin keeps it.
  if (chainStart === firstWord && isShortNumber(word)) return false;
  if (rules.judged.has(lower) || rules.judgedCased.has(word)) {
    return startsSentence(s, m + 1, rules);
  }
  if (rules.unitsAfterNumber.has(lower) && afterNumber(s, chainStart)) {
    return startsSentence(s, m + 1, rules);
  }
  return true;
}

function isDigit(code: number): boolean {
  return (charBits(code) & CHAR.DIGIT) !== 0;
}

/** True when the word at `start` follows a number and one space (`2017 г.`, `6 in.`). */
function afterNumber(s: string, start: number): boolean {
  return s.charCodeAt(start - 1) === SPACE && isDigit(s.charCodeAt(start - 2));
}

/** parse-latin merges a "sentence" without any word into the one before it ("Yes?!", "Hi. …"). */
function nextHasWord(s: string, from: number): boolean {
  for (let k = from; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (isWord(code)) return true;
    if (isTerminal(code)) return false;
  }
  return false;
}

/** Cuts `s` at the boundary spaces listed (ascending offsets of spaces in `s`). */
function cut(s: string, boundaries: number[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (const b of boundaries) {
    if (b > start) out.push(s.slice(start, b));
    start = b + 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

// Kinds of characters for the scan's hot loop; ASCII from a table, the rest from charBits.
const OTHER = 0;
const WORD_KIND = 1;
const SPACE_KIND = 2;
const TERMINAL_KIND = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] =
    c === SPACE ? SPACE_KIND : isTerminal(c) ? TERMINAL_KIND : isWord(c) ? WORD_KIND : OTHER;
}

function kindOf(code: number): number {
  if (code < 128) return ASCII_KIND[code] ?? OTHER;
  if (isTerminal(code)) return TERMINAL_KIND;
  return isWord(code) ? WORD_KIND : OTHER;
}

/** The sentence terminals {@link isTerminal} accepts, as strings to search for. */
const TERMINALS = ['.', '!', '?', '\u2026', '\u203d'];

/** The scanning splitter for English and Russian: offsets of the boundary spaces. */
function scan(s: string, hardBreaks: number[], rules: SentenceRules): number[] {
  const boundaries: number[] = [];
  const n = s.length;
  let sawWord = false;
  let firstWord = -1;
  let hb = 0;
  let nextHardBreak = hardBreaks.length > 0 ? (hardBreaks[0] ?? -1) : -1;
  // Where each terminal character next occurs (found with indexOf, native): -1 until looked
  // up, `n` when there is none further.
  const nextTerminal = [-1, -1, -1, -1, -1];
  let i = 0;
  while (i < n) {
    // Inside a sentence with its first word seen, only a terminal or a hard break can matter:
    // the words, spaces and other characters before the next one are passed over at once.
    if (sawWord && (nextHardBreak < 0 || nextHardBreak >= i)) {
      let to = nextHardBreak < 0 ? n : nextHardBreak;
      for (let t = 0; t < TERMINALS.length; t++) {
        let at = nextTerminal[t] as number;
        if (at < i) {
          at = s.indexOf(TERMINALS[t] as string, i);
          if (at === -1) at = n;
          nextTerminal[t] = at;
        }
        if (at < to) to = at;
      }
      if (to >= n) break;
      i = to;
    }
    const code = s.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === WORD_KIND) {
      if (!sawWord) {
        sawWord = true;
        firstWord = i;
      }
      i++;
      continue;
    }
    if (kind === SPACE_KIND) {
      if (i === nextHardBreak) {
        boundaries.push(i);
        sawWord = false;
        firstWord = -1;
      }
      if (i >= nextHardBreak && nextHardBreak >= 0) {
        hb++;
        nextHardBreak = hb < hardBreaks.length ? (hardBreaks[hb] ?? -1) : -1;
      }
      i++;
      continue;
    }
    if (kind !== TERMINAL_KIND) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && s.charCodeAt(j) === code) j++;
    // A lone period or question mark between two word characters is inside a word (U.S, 3.5).
    if (
      j - i === 1 &&
      (code === DOT || code === QUESTION) &&
      i > 0 &&
      isWord(s.charCodeAt(i - 1)) &&
      j < n &&
      isWord(s.charCodeAt(j))
    ) {
      i = j;
      continue;
    }
    // Closing quotes, brackets and further terminals belong to the sentence: `full.”`, `?!`.
    let m = j;
    while (m < n) {
      const c = s.charCodeAt(m);
      if (!isTerminal(c) && (charBits(c) & CHAR.CLOSING) === 0) break;
      m++;
    }
    if (
      m < n &&
      sawWord &&
      s.charCodeAt(m) === SPACE &&
      terminalEndsSentence(s, i, j, m, firstWord, rules) &&
      nextHasWord(s, m + 1)
    ) {
      boundaries.push(m);
      sawWord = false;
      firstWord = -1;
      // The space at m may also be a hard break: it is the same boundary.
      if (m === nextHardBreak) {
        hb++;
        nextHardBreak = hb < hardBreaks.length ? (hardBreaks[hb] ?? -1) : -1;
      }
      i = m + 1;
      continue;
    }
    i = m;
  }
  return boundaries;
}

/** Intl.Segmenter for the other languages, kept to whitespace boundaries, with repairs. */
/** Sentence segmenters by language, made once each (a segmenter holds no state between texts). */
const SEGMENTERS = new Map<string, Intl.Segmenter>();
const MAX_SEGMENTERS = 64;

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = SEGMENTERS.get(language);
  if (segmenter) return segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  if (SEGMENTERS.size >= MAX_SEGMENTERS) SEGMENTERS.clear();
  SEGMENTERS.set(language, segmenter);
  return segmenter;
}

function segment(s: string, hardBreaks: number[], language: string): number[] {
  const segmenter = sentenceSegmenter(language);
  const boundaries: number[] = [];
  let hb = 0;
  for (const part of segmenter.segment(s)) {
    const end = part.index + part.segment.length;
    if (end >= s.length || s.charCodeAt(end - 1) !== SPACE) continue;
    const space = end - 1;
    while (hb < hardBreaks.length && (hardBreaks[hb] ?? s.length) < space) {
      boundaries.push(hardBreaks[hb] ?? 0);
      hb++;
    }
    if (hardBreaks[hb] === space) {
      boundaries.push(space);
      hb++;
      continue;
    }
    if (keepSegmentBoundary(s, space, language)) boundaries.push(space);
    else {
      const moved = afterSpacedCloser(s, space);
      if (moved !== -1) boundaries.push(moved);
    }
  }
  while (hb < hardBreaks.length) {
    boundaries.push(hardBreaks[hb] ?? 0);
    hb++;
  }
  return boundaries;
}

function keepSegmentBoundary(s: string, space: number, language: string): boolean {
  if ((charBits(s.charCodeAt(space + 1)) & CHAR.LOWER) !== 0) return false;
  // `« Nous ne lâcherons rien ! » a-t-elle dit.`: the closing guillemet after the space is the
  // sentence's own; the caller moves the boundary after it when one is due.
  if (SPACED_CLOSERS.includes(s[space + 1] ?? '') && s.charCodeAt(space + 2) === SPACE)
    return false;
  if (s.charCodeAt(space - 1) !== DOT) return true;
  const start = wordChainStart(s, space - 1);
  const word = s.slice(start, space - 1);
  if (word.length === 1 && (charBits(word.charCodeAt(0)) & (CHAR.LOWER | CHAR.UPPER)) !== 0) {
    return false; // an initial
  }
  const lower = word.toLowerCase();
  // A day's ordinal before a month (`am 3. Oktober 2026`) is no sentence end.
  if (/^\d{1,2}$/.test(word) && ORDINAL_MONTHS.has(nextWord(s, space + 1).toLowerCase())) {
    return false;
  }
  return !SEGMENTER_ALWAYS.has(lower) && !SEGMENTER_LANGUAGE[language]?.has(lower);
}

/** The word (letters only) that starts at `from`, at most 12 characters read. */
function nextWord(s: string, from: number): string {
  let end = from;
  while (
    end < s.length &&
    end - from < 12 &&
    (charBits(s.charCodeAt(end)) & (CHAR.LOWER | CHAR.UPPER)) !== 0
  )
    end++;
  return s.slice(from, end);
}

/**
 * A boundary the segmenter put before a spaced closing quote (`… rien ! » Puis`): after the
 * quote when a capital follows it, else none (`! » a-t-elle dit`). Returns the space or -1.
 */
function afterSpacedCloser(s: string, space: number): number {
  if (!SPACED_CLOSERS.includes(s[space + 1] ?? '') || s.charCodeAt(space + 2) !== SPACE) return -1;
  const before = s.charCodeAt(space - 1);
  if (before !== DOT && before !== QUESTION && s[space - 1] !== '!' && s[space - 1] !== '…')
    return -1;
  return (charBits(s.charCodeAt(space + 3)) & CHAR.UPPER) !== 0 ? space + 2 : -1;
}

/** Primary language subtag in lowercase: `en-GB` → `en`; `auto` or empty detects it. */
function languageOf(tag: string, text: string): string {
  const primary = primaryLanguage(tag);
  if (primary === '' || primary === 'auto') return detectLanguage(text).language;
  return primary;
}

/**
 * Splits a paragraph into sentences. English (`en`) and Russian (`ru`) use an
 * abbreviation-aware scan that agrees with retext-english on the corpus: no break after titles
 * (Mr., MS., Dr., St.), initials (J. Smith, В. В. Путин), decimals (3.5, $1.7), `No. 5`, or an
 * ellipsis before a lowercase word; closing quotes and brackets stay with their sentence
 * (`…in full.”`, `(Laughter.)`). Initialisms and `etc.` end a sentence only before a word that
 * starts one (`3:30 p.m. The next` breaks, `U.S. President` does not). Other languages use
 * `Intl.Segmenter`. A blank line inside the text always ends a sentence. Linear in the input;
 * never throws. `language` is a BCP 47 tag, or `auto` to detect it.
 *
 * Invariant: `splitSentences(t, l).join(' ') === collapseWhitespace(t)`.
 *
 * @example
 * splitSentences('Mr. Lavrov spoke at 3:30 p.m. The talks ended.', 'en');
 * // ['Mr. Lavrov spoke at 3:30 p.m.', 'The talks ended.']
 */
export function splitSentences(text: string, language: string): string[] {
  const { value, hardBreaks } = collapse(text);
  if (value.length === 0) return [];
  const primary = languageOf(language, value);
  if (primary === 'en') return cut(value, scan(value, hardBreaks, ENGLISH));
  if (primary === 'ru') return cut(value, scan(value, hardBreaks, RUSSIAN));
  return cut(value, segment(value, hardBreaks, primary));
}
