/**
 * Where a subtitle line or cue may break: the rules shared by the Netflix, BBC and DCMP guides
 * (broadcast primer, section 3), as a classification of the gap between two words.
 * English and Russian function words; other languages fall back to punctuation and shape.
 */

import { endsWithSentencePunctuation } from '../core/chars.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { HAS_LETTER } from '../core/letter-patterns.ts';

/** What separating two neighbouring words would do. */
export type BreakKind =
  // Good places.
  | 'sentence'
  | 'clause'
  | 'before-bracket'
  | 'before-conjunction'
  | 'before-preposition'
  | 'before-clause'
  // Nothing known.
  | 'neutral'
  // Poor places.
  | 'possessive'
  | 'name-link'
  | 'dash-start'
  // Places the guides say never to break.
  | 'article-noun'
  | 'adjective-noun'
  | 'name'
  | 'title-name'
  | 'number-unit'
  | 'auxiliary-verb'
  | 'negation-verb'
  | 'pronoun-verb'
  | 'preposition-object'
  | 'conjunction-clause'
  | 'prepositional-verb'
  | 'verb-reflexive';

/** Cost of breaking at a place of each kind; the search minimizes the sum. */
export const BREAK_COST: Readonly<Record<BreakKind, number>> = {
  sentence: 0,
  clause: 2,
  'before-bracket': 3,
  'before-conjunction': 4,
  'before-preposition': 5,
  'before-clause': 5,
  neutral: 8,
  possessive: 20,
  // Inside a multi-word name, before its `of` (`Ministry | of Foreign Affairs`): poor, but less
  // bad than parting two of its words.
  'name-link': 25,
  'dash-start': 40,
  'article-noun': 60,
  'adjective-noun': 60,
  name: 60,
  'title-name': 60,
  'number-unit': 60,
  'auxiliary-verb': 60,
  'negation-verb': 60,
  'pronoun-verb': 60,
  'preposition-object': 60,
  'conjunction-clause': 60,
  'prepositional-verb': 60,
  'verb-reflexive': 60,
};

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const DETERMINERS = set(`
  a an the this these those my your his her its our their some any no every each another either
  neither several much many few fewer both whose
  этот эта это эти тот та те мой моя моё мои твой твоя наш наша наше наши ваш ваша их его её
`);

const SUBJECT_PRONOUNS = set(`
  i you he she it we they
  я ты он она оно мы вы они
`);

const AUXILIARIES = set(`
  am is are was were be been being has have had having do does did will would shall should can
  could may might must i'm i'd i'll i've you're you'd you'll you've he's he'd he'll she's she'd
  she'll it's it'll we're we'd we'll we've they're they'd they'll they've that's there's here's
  what's who's let's
  буду будешь будет будем будете будут был была было были
`);

/** Pronouns that only stand as subjects, so a clause starts with them. */
const CLAUSE_SUBJECTS = set('i he she we they я он она мы они');

const NEGATIONS = set(`
  not never cannot
  не ни
`);

const PREPOSITIONS = set(`
  about above across after against along amid among around as at before behind below beneath
  beside besides between beyond by despite down during except for from in inside into near
  of off on onto out outside over past per since through throughout till to toward towards under
  underneath until unlike up upon versus via with within without regarding concerning
  в во на с со к ко по о об обо от до из изо за у для без при про через над под перед между
  после около вокруг против среди кроме из-за из-под
`);

/** Verbs that make a modal with `to` (`had to`, `going to`, `need to`): keep `to` with them. */
const SEMI_MODALS = set(`
  have has had having going gonna ought used able want wants wanted need needs needed got
`);

/** Prepositions that also end phrasal verbs (`carry out`, `set up`): no penalty after them. */
const PARTICLES = set('up out off down away back');

const CONJUNCTIONS = set(`
  and but or nor so yet because although though while whereas if unless when whenever where
  wherever whether that which who whom than once
  и а но или либо что чтобы если когда как хотя потому поэтому будто пока чем который которая
  которое которые которого которой которым которых
`);

const REFLEXIVES = set(
  'myself yourself himself herself itself ourselves yourselves themselves oneself',
);

/** Titles that go with the name after them (`President Putin`, `Mr. Lavrov`). */
const TITLES = set(`
  mr mrs ms dr prof sir dame lord lady president minister secretary ambassador senator sen
  governor gov mayor chancellor king queen prince princess general gen judge pope saint st
  representative rep premier chairman chairwoman commissioner director spokesman spokeswoman
  spokesperson professor lt col capt sgt rev cardinal bishop patriarch
`);

/** Abbreviated titles: their period does not end a sentence, and a name follows. */
const TITLE_ABBREVIATIONS = set('mr mrs ms dr prof st gen sen rep gov lt col capt sgt rev');

/** Other abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = set(
  'jr sr vs etc e.g i.e mt ft inc ltd co corp dept est approx a.m p.m u.s u.k u.n',
);

const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand million billion trillion dozen hundreds thousands millions billions
`);

const ADJECTIVES = set(`
  new old good great big small large long short high low young last first next main whole
  important same other own full real free strong hard early late best better worst major minor
  little public political economic foreign former top key certain clear different difficult
  possible recent current serious special local national international military social
  significant senior single common huge vast entire final previous following
`);

/** Words capitalized at a sentence start that do not begin a name. */
const SENTENCE_STARTERS = set(`
  even also now then still just only today yesterday tomorrow however meanwhile here there
  last next after before yes no well so please thank thanks sorry
`);

/** Verbs that take a fixed preposition (`agree with`, `call upon`): keep them together. */
const PREPOSITIONAL_VERBS = set(`
  agree_with approve_of depend_on rely_on believe_in insist_on consist_of belong_to refer_to
  account_for care_about deal_with listen_to look_at look_for wait_for call_upon call_on call_for
  comment_on abide_by compromise_on focus_on lead_to apply_to apply_for respond_to talk_about
  think_about hope_for ask_for pay_for search_for suffer_from benefit_from result_in
  participate_in invest_in succeed_in object_to react_to point_to speak_to speak_with work_on
  work_with prepare_for contribute_to
`);

const ADJECTIVE_SUFFIX = /(?:ous|ful|ive|able|ible|ical|ic|al|ish|less|ary|ern|most|ian|ese)$/;
/** Capitalized adjectives of nationality (`Russian`, `Japanese`, `American`). */
const NATIONALITY_SUFFIX = /(?:ian|ese|an|ish)$/;
/** Russian adjective endings; the word must be Cyrillic throughout (checked separately). */
const RUSSIAN_ADJECTIVE_ENDING =
  /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю)$/;
const CYRILLIC_WORD = lazyRegExp(String.raw`^\p{Script=Cyrillic}+$`, 'u');
const NUMBER = /^[$€£¥₽#]?\d[\d.,:/]*(?:%|st|nd|rd|th|s|k|m|bn)?$/;
const CLAUSE_END = /(?:[,;:—–-]|["”»)\]])$/;
const DASH = /^[-—–]/;
const BARE_DASH = /^[-—–]+$/;
const OPEN_BRACKET = /^[([{"“«]/;

/**
 * True for a UTF-16 unit that counts as part of a word's core: ASCII letters and digits, and any
 * non-ASCII unit outside the punctuation blocks (letters of every script, marks, emoji halves).
 */
function isCoreUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0xbf) return false; // Latin-1 punctuation and signs: « » ¡ ¿ NBSP …
  if (c >= 0x2000 && c <= 0x206f) return false; // General Punctuation: ’ ” — … ‹ ›
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  return !(c >= 0xff00 && c <= 0xff0f);
}

/** Signs that may open a word's core: `$60`, `#1`, `€5`, `£5`, `¥5`, `₽5`. */
function isLeadSign(c: number): boolean {
  return c === 36 || c === 35 || c === 0xa3 || c === 0xa5 || (c >= 0x20a0 && c <= 0x20cf);
}

/**
 * Lowercase core of a word: edge punctuation removed, typographic apostrophes made plain
 * (`“Russia’s,` → `russia's`). A loop over code units, no regex: it runs for every word.
 */
export function coreWord(word: string): string {
  const s = word.includes('’') || word.includes('ʼ') ? word.replace(/[’ʼ]/g, "'") : word;
  let a = 0;
  let b = s.length;
  while (a < b && !isCoreUnit(s.charCodeAt(a)) && !isLeadSign(s.charCodeAt(a))) a++;
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (isCoreUnit(c) || c === 37 || c === 39) break;
    b--;
  }
  if (b > a && s.charCodeAt(b - 1) === 39) b--;
  return s.slice(a, b).toLowerCase();
}

function isCapitalized(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 97 && c <= 122) return false;
    if (c >= 0xc0 && isCoreUnit(c)) {
      const ch = word.charAt(i);
      if (ch.toLowerCase() !== ch) return true;
      if (ch.toUpperCase() !== ch) return false;
    }
  }
  return false;
}

type Abbreviation = 'title' | 'initial' | 'other' | null;

const LEADING_NON_LETTERS = lazyRegExp(String.raw`^[^\p{L}]+`, 'u');

const ONE_LETTER = lazyRegExp(String.raw`^\p{L}$`, 'u');

/** What a word's final period belongs to: a title (`Mr.`), an initial (`J.`), another abbreviation. */
function abbreviation(word: string): Abbreviation {
  if (!word.endsWith('.')) return null;
  const core = word.slice(0, -1).replace(LEADING_NON_LETTERS, '').toLowerCase();
  if (TITLE_ABBREVIATIONS.has(core)) return 'title';
  if (ONE_LETTER.test(core)) return 'initial';
  return ABBREVIATIONS.has(core) ? 'other' : null;
}

/** True when the word ends a sentence (`maintained.`, `war?”`), not an abbreviation. */
export function endsSentence(word: string): boolean {
  return endsWithSentencePunctuation(word) && abbreviation(word) === null;
}

/** Word classes and features as bits: one number per word, no object per word. */
export const W = {
  DETERMINER: 1 << 0,
  PREPOSITION: 1 << 1,
  PARTICLE: 1 << 2,
  CONJUNCTION: 1 << 3,
  AUXILIARY: 1 << 4,
  NEGATION: 1 << 5,
  SUBJECT_PRONOUN: 1 << 6,
  CLAUSE_SUBJECT: 1 << 7,
  REFLEXIVE: 1 << 8,
  TITLE: 1 << 9,
  SEMI_MODAL: 1 << 10,
  NAME_LINK: 1 << 11,
  SENTENCE_STARTER: 1 << 12,
  ADJECTIVE: 1 << 13,
  NUMBER: 1 << 14,
  CAPITALIZED: 1 << 15,
  ENDS_SENTENCE: 1 << 16,
  ENDS_CLAUSE: 1 << 17,
  STARTS_WITH_DASH: 1 << 18,
  OPENS_BRACKET: 1 << 19,
  FUNCTION_WORD: 1 << 20,
  POSSESSIVE: 1 << 21,
  TITLE_ABBREVIATION: 1 << 22,
  INITIAL: 1 << 23,
  TO: 1 << 24,
} as const;

/** Lower-case links inside multi-word names (`Ministry of Foreign Affairs`). */
const NAME_LINKS = set('of for de la du von van der da');

/** Class bits of every listed word, looked up once per word. */
const CLASSES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bits: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bits);
  };
  const fn = W.FUNCTION_WORD;
  add(DETERMINERS, W.DETERMINER | fn);
  add(PREPOSITIONS, W.PREPOSITION | fn);
  add(PARTICLES, W.PARTICLE);
  add(CONJUNCTIONS, W.CONJUNCTION | fn);
  add(AUXILIARIES, W.AUXILIARY | fn);
  add(NEGATIONS, W.NEGATION | fn);
  add(SUBJECT_PRONOUNS, W.SUBJECT_PRONOUN | fn);
  add(CLAUSE_SUBJECTS, W.CLAUSE_SUBJECT);
  add(REFLEXIVES, W.REFLEXIVE);
  add(TITLES, W.TITLE);
  add(SEMI_MODALS, W.SEMI_MODAL);
  add(NAME_LINKS, W.NAME_LINK);
  add(SENTENCE_STARTERS, W.SENTENCE_STARTER);
  add(ADJECTIVES, W.ADJECTIVE);
  add(NUMBER_WORDS, W.NUMBER);
  add(new Set(['to']), W.TO);
  return map;
})();

function isRussianAdjective(core: string): boolean {
  return core.length >= 4 && RUSSIAN_ADJECTIVE_ENDING.test(core) && CYRILLIC_WORD.test(core);
}

function isAdjective(capitalized: boolean, core: string): boolean {
  if (core.length < 5) return isRussianAdjective(core);
  if (core.includes('-') && HAS_LETTER.test(core)) return true;
  if (capitalized) return NATIONALITY_SUFFIX.test(core);
  return ADJECTIVE_SUFFIX.test(core) || isRussianAdjective(core);
}

/** The verbs of {@link PREPOSITIONAL_VERBS} by their preposition: `with` → agree, deal, … */
const VERBS_BY_PREPOSITION: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const entry of PREPOSITIONAL_VERBS) {
    const [verb = '', preposition = ''] = entry.split('_');
    const verbs = map.get(preposition) ?? new Set<string>();
    verbs.add(verb);
    map.set(preposition, verbs);
  }
  return map;
})();

/** Verb stems of each word seen before a preposition, built once (bounded: emptied when full). */
const STEMS = new Map<string, readonly string[]>();
const STEMS_MAX = 20_000;

/** `agreed` → `agreed`, `agree`, `agreee`, `agreed`: the forms a listed verb may have. */
function verbStems(word: string): readonly string[] {
  let stems = STEMS.get(word);
  if (stems === undefined) {
    if (STEMS.size >= STEMS_MAX) STEMS.clear();
    stems = [
      word,
      word.replace(/(?:ing|ed|es|s|d)$/, ''),
      `${word.replace(/(?:ing|ed)$/, '')}e`,
      word.replace(/ie[sd]$/, 'y'),
    ];
    STEMS.set(word, stems);
  }
  return stems;
}

function isPrepositionalVerb(left: string, right: string): boolean {
  // Most prepositions follow no listed verb: no stems to build then.
  const verbs = VERBS_BY_PREPOSITION.get(right);
  if (verbs === undefined) return false;
  for (const stem of verbStems(left)) if (verbs.has(stem)) return true;
  return false;
}

/** The feature bits (`W`) of one word, given its core (`coreWord`). */
export function wordFlags(word: string, core: string): number {
  let f = CLASSES.get(core) ?? 0;
  if (core.endsWith("n't")) f |= W.NEGATION | W.AUXILIARY | W.FUNCTION_WORD;
  if (NUMBER.test(core)) f |= W.NUMBER;
  const capitalized = isCapitalized(word);
  if (capitalized) f |= W.CAPITALIZED;
  const abbr = abbreviation(word);
  if (abbr === 'title') f |= W.TITLE_ABBREVIATION;
  else if (abbr === 'initial') f |= W.INITIAL;
  if (abbr === null && endsWithSentencePunctuation(word)) f |= W.ENDS_SENTENCE;
  if (CLAUSE_END.test(word) || BARE_DASH.test(word)) f |= W.ENDS_CLAUSE;
  if (DASH.test(word)) f |= W.STARTS_WITH_DASH;
  if (OPEN_BRACKET.test(word)) f |= W.OPENS_BRACKET;
  if ((f & (W.FUNCTION_WORD | W.ADJECTIVE)) === 0 && isAdjective(capitalized, core)) {
    f |= W.ADJECTIVE;
  }
  if ((f & W.FUNCTION_WORD) !== 0) f &= ~W.ADJECTIVE;
  if (/['’]s$|s['’]$/.test(word)) f |= W.POSSESSIVE;
  return f;
}

/** Context of one gap that the two words alone do not show. */
export interface BreakContext {
  /** The left word starts a sentence (its capital says nothing about names). */
  leftStartsSentence: boolean;
  /** The text is (mostly) upper case, so capitals do not mark names. */
  upperCaseText: boolean;
  /** The word after `right`, if any (`Ministry | of Foreign` is inside a name). */
  afterRight?: string | undefined;
}

const NO_CONTEXT: BreakContext = { leftStartsSentence: false, upperCaseText: false };

/**
 * Classifies the gap between two neighbouring words from their feature bits and cores.
 * `afterFlags` are the bits of the word after the right one (0 at the end).
 */
export function classifyFlags(
  l: number,
  lCore: string,
  r: number,
  rCore: string,
  afterFlags: number,
  leftStartsSentence: boolean,
  upperCaseText: boolean,
): BreakKind {
  if (l & W.TITLE_ABBREVIATION) return 'title-name';
  if (l & W.INITIAL) return 'name';
  if (l & W.ENDS_SENTENCE) return 'sentence';
  if (l & W.ENDS_CLAUSE) return r & W.STARTS_WITH_DASH ? 'dash-start' : 'clause';
  if (r & W.STARTS_WITH_DASH) return 'dash-start';
  if (r & W.OPENS_BRACKET) return 'before-bracket';
  const rightIsLink = (r & (W.CONJUNCTION | W.PREPOSITION)) !== 0;
  if (l & W.DETERMINER && !rightIsLink) return 'article-noun';
  if (l & W.NUMBER && (r & W.NUMBER || !(r & W.FUNCTION_WORD))) return 'number-unit';
  if (l & W.SUBJECT_PRONOUN && !rightIsLink) return 'pronoun-verb';
  if (l & W.NEGATION) return 'negation-verb';
  if (r & W.NEGATION && l & W.AUXILIARY) return 'negation-verb';
  if (l & W.SEMI_MODAL && r & W.TO) return 'auxiliary-verb';
  if (l & W.AUXILIARY && !rightIsLink && !(r & W.DETERMINER)) return 'auxiliary-verb';
  if (l & W.TITLE && r & W.CAPITALIZED) return 'title-name';
  const rightIsVerbal = (r & (W.AUXILIARY | W.NEGATION)) !== 0;
  if (l & W.PREPOSITION && !(l & W.PARTICLE) && !rightIsVerbal && !rightIsLink) {
    return 'preposition-object';
  }
  if (l & W.CONJUNCTION) return 'conjunction-clause';
  if (r & W.REFLEXIVE) return 'verb-reflexive';
  if (r & W.PREPOSITION && isPrepositionalVerb(lCore, rCore)) return 'prepositional-verb';
  const namesCount = !upperCaseText && (l & W.CAPITALIZED) !== 0;
  const leftIsStarter = leftStartsSentence && (l & (W.FUNCTION_WORD | W.SENTENCE_STARTER)) !== 0;
  if (namesCount && r & W.NAME_LINK && afterFlags & W.CAPITALIZED && !leftIsStarter) {
    return 'name-link';
  }
  if (r & W.CONJUNCTION) return 'before-conjunction';
  if (r & W.PREPOSITION) return 'before-preposition';
  // A subject pronoun or an auxiliary after a content word starts a clause or the predicate.
  if (r & W.CLAUSE_SUBJECT || (r & W.AUXILIARY && !(l & W.FUNCTION_WORD))) return 'before-clause';
  if (namesCount && r & W.CAPITALIZED && !leftIsStarter) return 'name';
  if (!(r & W.FUNCTION_WORD) && l & W.ADJECTIVE) return 'adjective-noun';
  if (l & W.POSSESSIVE) return 'possessive';
  return 'neutral';
}

/**
 * Classifies the gap between `left` and `right` (two neighbouring words, as written).
 *
 * @example classifyBreak('the', 'table') // 'article-noun'
 * @example classifyBreak('table,', 'and') // 'clause'
 */
export function classifyBreak(
  left: string,
  right: string,
  context: BreakContext = NO_CONTEXT,
): BreakKind {
  const lCore = coreWord(left);
  const rCore = coreWord(right);
  const after = context.afterRight;
  return classifyFlags(
    wordFlags(left, lCore),
    lCore,
    wordFlags(right, rCore),
    rCore,
    after === undefined ? 0 : wordFlags(after, coreWord(after)),
    context.leftStartsSentence,
    context.upperCaseText,
  );
}
