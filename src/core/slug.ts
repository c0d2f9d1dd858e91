/**
 * The story slug: one or two UPPERCASE words naming the story, as newsroom systems print on every
 * page (`KURIL-ISLANDS`). Taken from the title's words that the story itself repeats most.
 */
import { foldKey } from './chars.ts';
import { contentKey } from './content-key.ts';
import { lazyRegExp } from './lazy.ts';
import { HAS_LETTER, HAS_LOWERCASE, STARTS_LETTER, STARTS_UPPERCASE } from './letter-patterns.ts';
import {
  CYRILLIC_TO_LATIN as CYRILLIC,
  romanizeDevanagari,
  romanizeGreek,
  romanizeHangulKana,
} from './romanize.ts';

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been being it its ' +
    'this that these those not no yes isn aren wasn weren don doesn didn won going anywhere says ' +
    'said will would can could should may might must has have had do does did than then there ' +
    'their they them he she his her we our you your i me my us what who when where why how all ' +
    'new after before over under about into up down out more most press briefing remarks ' +
    'statement transcript january february march april june july august september october ' +
    'november december monday tuesday wednesday thursday friday saturday sunday secretary ' +
    'senior administration official officials background call calls conference news update ' +
    'live video watch full text speech interview joint doorstop chapter episode part segment'
  ).split(' '),
);

/**
 * Function words, greetings and newsroom words of the other languages the core reads, per
 * language (folded as `foldKey` folds: no accents, `й` as `и`): `DIE-KOMMUNEN`, `LES`, `CON-LOS`
 * are no slugs. Per language, so German `war` (was) never hides the English topic `war`.
 */
const LANGUAGE_STOPWORDS: Readonly<Record<string, string>> = {
  de:
    'der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine ist ' +
    'sind war waren wird werden wurde hat haben mit von vom zu zum zur im in am an auf aus bei ' +
    'für über unter nach vor um wie was wer wo es er sie wir ihr ich du sich auch noch nur schon ' +
    'sehr mehr bis durch gegen ohne dass daß guten morgen tag abend danke dank vielen herr frau ' +
    'thema interview gespräch moderator moderatorin sprecher sprecherin reporterin heute kann ' +
    'können muss müssen soll sollen will wollen regierung jahr jahre jahren jahres woche monat ' +
    'prozent uhr mal',
  fr:
    'le la les un une des du de et ou mais ne pas plus est sont était été sur sous dans par pour ' +
    'avec sans au aux ce cette ces qui que quoi dont où il elle ils elles nous vous je tu se sa ' +
    'son ses leur leurs en lui être avoir fait bonjour bonsoir merci monsieur madame journaliste ' +
    'question entretien invitée invité aujourd hui sujet peut peuvent doit doivent gouvernement',
  es:
    'el la los las un una unos unas y o pero no es son era fue ser está están en de del al con ' +
    'sin por para sobre entre como que quien cuando donde su sus lo le les se ya más muy también ' +
    'tras ante hasta desde buenos buenas días tardes noches gracias señor señora periodista ' +
    'pregunta presidente presidenta entrevista hoy rueda prensa puede pueden debe deben gobierno',
  it:
    'il lo la i gli le un una uno e o ma non è sono era di del della dei delle al alla con per su ' +
    'tra fra come che chi quando dove suo sua loro si più anche ne buongiorno buonasera grazie ' +
    'signor signora sindaca sindaco domanda risposta intervista oggi città può possono deve ' +
    'devono governo',
  pt:
    'o a os as um uma e ou mas não é são de do da dos das em no na nos nas com por para que ' +
    'bom dia obrigado obrigada pergunta resposta entrevista hoje',
  // Korean and Japanese words are compared as folded (Hangul in jamo), as the text's are.
  ko: '오늘 지금 어제 내일 올해 내년 내년도 정부 기자 앵커 인터뷰 여러분 뉴스 이번 관련 오전 오후',
  ja: 'ニュース テレビ インタビュー アナウンサー',
  el:
    'ο η το οι τα του της των τον την στο στη στην στον στα στις στους και σε με για από ' +
    'που να θα είναι δεν ένα μια θέμα καλησπέρα σας',
  ru:
    'и в во не на с со что как а но по к у о об от из за для до это он она они мы вы я его ее их ' +
    'же ли бы то так уже или был была были быть при добрый добрыи день вечер утро спасибо ' +
    'здравствуйте здравствуите ведущий ведущии корреспондент вопрос реплика интервью тема сегодня ' +
    'встреча заявления может могут должен должны правительство',
};

/** {@link LANGUAGE_STOPWORDS} of one language as a set of folded words, made on first use. */
const STOPWORD_SETS = new Map<string, ReadonlySet<string>>();

function languageStopwords(language: string): ReadonlySet<string> | undefined {
  let set = STOPWORD_SETS.get(language);
  if (set === undefined && Object.hasOwn(LANGUAGE_STOPWORDS, language)) {
    set = new Set((LANGUAGE_STOPWORDS[language] ?? '').split(' ').map((w) => foldKey(w)));
    STOPWORD_SETS.set(language, set);
  }
  return set;
}

/** Greek letters, folded to lower case. */
const GREEK = /[\u03b1-\u03c9]/;
/** Devanagari letters (Hindi, Marathi, Nepali: romanized by rule, ./romanize.ts). */
const DEVANAGARI = /[\u0900-\u097f]/;
/** Hangul syllables and kana (romanized by rule, ./romanize.ts). */
const HANGUL_OR_KANA = /[\u3041-\u30ff\uac00-\ud7a3]/;
/** A run of one East Asian script in a word: Han, hiragana, katakana (with `ー`) or Hangul. */
const CJK_RUN =
  /[\u3400-\u9fff\uf900-\ufaff]+|[\u3041-\u309f]+|[\u30a0-\u30ff]+|[\uac00-\ud7a3]+|[^\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]+/gu;
const CJK = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;
/**
 * Hebrew and Arabic-script letters (Arabic, Persian, Urdu, with their presentation forms): written
 * without vowels, so no rule romanizes a word reliably; their stories are slugged as Han text is.
 */
const ARABIC_OR_HEBREW = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Latin letters no decomposition takes to ASCII (their stroke or ligature is no accent): the
 * Polish `ł` (`Małgorzata` is MALGORZATA, not MAGORZATA), Nordic `ø` and `æ`, German `ß`.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
};

/** ASCII, upper-case form of a word (transliterating Cyrillic, romanizing Hangul and kana, dropping accents). */
function asciiWord(word: string): string {
  let out = '';
  const latin = HANGUL_OR_KANA.test(word)
    ? romanizeHangulKana(word)
    : DEVANAGARI.test(word)
      ? romanizeDevanagari(word)
      : word;
  const folded = foldKey(latin);
  for (const ch of GREEK.test(folded) ? romanizeGreek(folded) : folded)
    out += CYRILLIC[ch] ?? LATIN_LETTERS[ch] ?? ch;
  return out.replace(/[^a-z0-9]/g, '').toUpperCase();
}

/** Characters of body text sampled to count the candidate words: enough to rank them. */
const SAMPLE_CHARS = 4_000;
/** Candidate words ranked at most: a bound on the work, whatever the input. */
const MAX_CANDIDATES = 200;
/** Longest word taken as a topic (a longer run of letters is not a word). */
const MAX_WORD_CHARS = 24;
/** The slug of a text that names nothing at all (only greetings, or no word). */
export const FALLBACK_SLUG = 'UNTITLED';
/** Longest slug, in characters: it is printed on every page header and in file names. */
export const MAX_SLUG_CHARS = 32;

/** Words that never name a story on their own: greetings, courtesy, generic newsroom words. */
const NOT_TOPICS = new Set(
  (
    'good morning afternoon evening night hello thank thanks welcome okay yeah folks everybody ' +
    'everyone sir madam ladies gentlemen story department president vice minister governor ' +
    'senator congressman congresswoman mayor chairman chair spokesman spokeswoman mr mrs ms dr ' +
    'spokesperson correspondent reporter anchor host editor ambassador moderator operator ' +
    'today tonight yesterday tomorrow week year years month day people let imagine also well ' +
    'just like look know think way thing things time times question questions answer lot ' +
    'sure right yes please great because however meanwhile here now still even only ' +
    // A programme's numbering (`SERIES 2, EPISODE 3`) names no story.
    'episode episodes series season ' +
    // A transcriber's marks kept in the words (`we had [inaudible] and then`).
    'inaudible unintelligible indiscernible incomprehensible crosstalk overlapping unclear ' +
    // What the speakers do, or the interviewer did (`We're talking…`, `conducted by phone`).
    'talking speaking saying doing getting trying conducted recorded edited every first'
  ).split(' '),
);

/** Institutions and other words a story names without being about them alone. */
const GENERIC = new Set(
  (
    'senate house congress parliament government court police council ministry office agency ' +
    'committee city state country nation white world national federal public report reports ' +
    'thousands hundreds millions dozens homes home people man woman men women family families ' +
    'force forces pass passes passed session plan plans deal talks motion resolution'
  ).split(' '),
);

/** True when most of a title's words are capitalised (`Senate Passes Border Bill`). */
function isTitleCase(title: string): boolean {
  const ws = title.split(/\s+/).filter((w) => STARTS_LETTER.test(w) && w.length > 3);
  if (ws.length < 2) return false;
  return ws.filter((w) => STARTS_UPPERCASE.test(w)).length >= ws.length * 0.6;
}

/** True when the text writes the word with a capital inside a sentence (a name, a place). */
function capitalisedInText(body: string, word: string): boolean {
  // ` ${word}` is found as the word with a space before it: a search for the word's first letter
  // stops far less often than one for a space (the same places, in the same order).
  if (word === '') return capitalisedAfterSpaces(body, word);
  for (let p = body.indexOf(word); p !== -1; p = body.indexOf(word, p + 1)) {
    if (p === 0 || body.charCodeAt(p - 1) !== 0x20) continue;
    const at = p - 1;
    const before = body[at - 1] ?? '';
    const after = body[at + 1 + word.length] ?? ' ';
    if (isLowerOrComma(before) && !isLetter(after)) return true;
  }
  return false;
}

/** {@link capitalisedInText} by a search for ` ${word}` itself (the empty word). */
function capitalisedAfterSpaces(body: string, word: string): boolean {
  const needle = ` ${word}`;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) {
    const before = body[at - 1] ?? '';
    const after = body[at + 1 + word.length] ?? ' ';
    if (isLowerOrComma(before) && !isLetter(after)) return true;
  }
  return false;
}

/** `/[\p{Ll},;]/u` on one character; ASCII without the regular expression. */
function isLowerOrComma(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || code === 0x2c || code === 0x3b;
  return HAS_LOWERCASE.test(ch);
}

/** `/\p{L}/u` on one character; ASCII without the regular expression. */
function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return HAS_LETTER.test(ch);
}

/** `foldKey` without its Unicode normalization for plain ASCII letters (most words). */
function quickKey(w: string): string {
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : foldKey(w);
}

function usable(
  w: string,
  exclude: ReadonlySet<string>,
  stop: ReadonlySet<string> | undefined,
): boolean {
  // A Hangul syllable or a kana says as much as two or three Latin letters (`여야`, `ガス`).
  const shortest = w.charCodeAt(0) >= 0x3041 && HANGUL_OR_KANA.test(w) ? 2 : 3;
  // A number, a day of the month (`11th`) or a contraction names no story.
  if (w.length < shortest || w.length > MAX_WORD_CHARS || /^\d+(?:st|nd|rd|th)?$/i.test(w))
    return false;
  if (/['’]/.test(w)) return false;
  const ascii = /^[A-Za-z]+$/.test(w);
  // A word whose slug form keeps no letter (`ニュース７` → `7`: the slug is ASCII) names nothing.
  if (!ascii && !/[A-Z]/.test(asciiWord(w))) return false;
  const key = ascii ? w.toLowerCase() : foldKey(w);
  if (STOPWORDS.has(key) || NOT_TOPICS.has(key) || stop?.has(key)) return false;
  return !(key.includes(' ') ? key.split(' ').some((k) => exclude.has(k)) : exclude.has(key));
}

/** A word without a possessive `’s` and without quotes or hyphens around it. */
function bareWord(raw: string): string {
  let w = raw;
  if (/['’]s$/u.test(w)) w = w.slice(0, -2);
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  const edge = (c: number) => c === 45 || c === 39 || c === 0x2019;
  return edge(first) || edge(last) ? w.replace(/^[-'’]+|[-'’]+$/gu, '') : w;
}

const NON_WORD_RUN_KEEPING_APOSTROPHES = lazyRegExp(String.raw`[^\p{L}\p{M}\p{N}'’-]+`, 'u');

function candidateWords(
  source: string,
  exclude: ReadonlySet<string>,
  adjacent: boolean,
  stop: ReadonlySet<string> | undefined,
): string[] {
  const out: string[] = [];
  const raws: string[] = [];
  // (Read once for the text: nearly every story has no Chinese, Japanese or Korean word.)
  const cjk = CJK.test(source);
  for (const raw of source.split(NON_WORD_RUN_KEEPING_APOSTROPHES)) {
    if (!cjk || !CJK.test(raw)) {
      raws.push(raw);
      continue;
    }
    // Chinese and Japanese write no spaces: a word of the slug is a run of one script. A run of
    // hiragana is a particle or an ending (`に`, `する`), never a topic; a Korean word ending a
    // sentence (`발표했습니다`) is a verb, and one of three syllables or more loses the particle
    // after it (`예산안을` → `예산안`).
    for (const run of raw.match(CJK_RUN) ?? []) {
      if (/^[\u3041-\u309f]+$/.test(run) || /[\uac00-\ud7a3][다요까]$/.test(run)) continue;
      raws.push(
        run.length >= 3 && /^[\uac00-\ud7a3]+[을를은는이가의에도로와과]$/.test(run)
          ? run.slice(0, -1)
          : run,
      );
    }
  }
  for (let i = 0; i < raws.length; i++) {
    // A run of letters longer than any word is cut to a word's length (a 1 MiB word of capitals).
    const w = bareWord(raws[i] ?? '').slice(0, MAX_WORD_CHARS);
    if (!usable(w, exclude, stop)) continue;
    // A first name before a speaker's surname (`Karine Jean-Pierre`) is part of the name.
    if (adjacent && exclude.size > 0 && STARTS_UPPERCASE.test(w)) {
      const next = quickKey(bareWord(raws[i + 1] ?? '')).split(' ')[0] ?? '';
      if (next && exclude.has(next)) continue;
    }
    out.push(w);
  }
  return out;
}

const CAPITALISED_PAIR = lazyRegExp(String.raw`(\p{Lu}[\p{L}'’-]+)(?= (\p{Lu}[\p{L}'’-]+))`, 'gu');

const CAPITALISED_WORD = lazyRegExp(String.raw`(?<![.!?] )\b\p{Lu}[\p{L}'’-]{2,}`, 'gu');

/**
 * The story slug: one or two of its most specific words, in capitals, at most
 * {@link MAX_SLUG_CHARS} characters. Candidates are the title's words, else the names and places
 * (capitalised words) of the text; each is ranked by how often the story repeats it. A greeting,
 * a courtesy, a weekday, a month, a generic word (`Story`, `Department`) or a speaker's name
 * alone (`exclude`: the words of the speakers' names) is never the slug.
 *
 * @example makeSlug('Kuril Islands dispute', [{ text: 'The Kuril Islands…' }]) // 'KURIL-ISLANDS'
 */
export function makeSlug(
  title: string | null,
  blocks: ReadonlyArray<{ text: string }>,
  exclude: Iterable<string> = [],
  language = 'en',
  notes: ReadonlyArray<{ text: string }> = [],
): string {
  const stop = languageStopwords(language);
  const excluded = new Set<string>();
  for (const name of exclude) for (const w of foldKey(name).split(' ')) if (w) excluded.add(w);
  let body = '';
  for (const b of blocks) {
    body += ` ${b.text}`;
    if (body.length >= SAMPLE_CHARS) break;
  }
  body = body.slice(0, SAMPLE_CHARS * 2);
  // A speaker's first name, wherever the text gives it with the surname (`Matthew Price`), is
  // the speaker's name too (`Thanks, Matthew`).
  if (excluded.size > 0) {
    // A text names its few people again and again: each name word is folded once.
    const nameKeys = new Map<string, string[]>();
    const keysOf = (word: string): string[] => {
      let keys = nameKeys.get(word);
      if (!keys) {
        keys = foldKey(word).split(' ');
        nameKeys.set(word, keys);
      }
      return keys;
    };
    for (const m of body.matchAll(CAPITALISED_PAIR)) {
      const surname = keysOf(m[2] ?? '');
      if (surname.some((k) => excluded.has(k)))
        excluded.add(foldKey(m[1] ?? '').split(' ')[0] ?? '');
    }
  }
  // Capitalised words (names, places) of the text, not the first word of a sentence.
  const capitalised = (): string => (body.match(CAPITALISED_WORD) ?? []).join(' ');
  let source = title ?? '';
  let words = candidateWords(source, excluded, true, stop);
  if (words.length === 0) {
    words = candidateWords(capitalised(), excluded, false, stop);
    source = body;
  }
  if (words.length === 0) {
    // No name at all: the longer words of the text.
    source = body;
    words = candidateWords(body, excluded, true, stop).filter(
      (w) => w.length >= (HANGUL_OR_KANA.test(w) ? 2 : 5),
    );
  }
  words = words.slice(0, MAX_CANDIDATES);
  if (words.length === 0) {
    const text = `${title ?? ''} ${body}`;
    const cjk = CJK.test(text);
    // (Or another script's, Thai say, in a language told: no Latin letter in it at all.)
    const script = /^[a-z]{2}$/.test(language) && language !== 'en' && !/[A-Za-z]/.test(text);
    if (!cjk && !script && !ARABIC_OR_HEBREW.test(text)) return FALLBACK_SLUG;
    // A text in Han characters, or in Hebrew or Arabic letters (no Latin word in either): the
    // story's date, from the title, the text, or a note (a page's dateline); else its language
    // and its content's key (`ZH-3F9A1C`), the same for the same story and another for another,
    // where `UNTITLED` would name every one alike.
    let noted = '';
    for (const n of notes) {
      noted += ` ${n.text}`;
      if (noted.length >= SAMPLE_CHARS) break;
    }
    const dated = dateSlug(title ?? '', cjk) ?? dateSlug(`${body} ${noted}`, cjk);
    const code = /^[a-z]{2}$/.test(language)
      ? language.toUpperCase()
      : cjk
        ? 'CJK'
        : /[\u0590-\u05ff]/.test(text)
          ? 'HE'
          : 'AR';
    return (
      dated ??
      `${code}-${contentKey(title ?? body)
        .slice(0, 6)
        .toUpperCase()}`
    );
  }
  // One folded copy of the sample; each candidate word is counted in it, word-bounded.
  const folded = ` ${foldKey(body)} `;
  // The folded sample's words, counted in one pass: a one-word key is looked up here.
  let tally: Map<string, number> | null = null;
  const wordCounts = (): Map<string, number> => {
    if (tally) return tally;
    tally = new Map();
    for (const t of folded.split(' ')) if (t) tally.set(t, (tally.get(t) ?? 0) + 1);
    return tally;
  };
  const counts = new Map<string, number>();
  const score = (w: string | undefined): number => {
    if (!w) return 0;
    const key = foldKey(w);
    let n = counts.get(key);
    if (n === undefined) {
      n = 0;
      // A run of Hangul or kana in a text without spaces (or with particles after the word):
      // counted where it stands in the sample (bounded: SAMPLE_CHARS, MAX_CANDIDATES).
      if (HANGUL_OR_KANA.test(w))
        for (let at = body.indexOf(w); at !== -1; at = body.indexOf(w, at + w.length)) n++;
      else if (key !== '' && !key.includes(' ')) n = wordCounts().get(key) ?? 0;
      else
        for (
          let at = folded.indexOf(` ${key} `);
          at !== -1;
          at = folded.indexOf(` ${key} `, at + 1)
        )
          n++;
      counts.set(key, n);
    }
    return n;
  };
  // A name or place (capitalised inside a sentence of the text, or inside a sentence-case title)
  // is more specific than a common word; an institution (`Senate`, `Court`) less.
  const titleCase = title !== null && isTitleCase(title);
  const ranks = new Map<number, number>();
  const capitalKnown = new Map<string, boolean>();
  const capitalisedInBody = (w: string): boolean => {
    let known = capitalKnown.get(w);
    if (known === undefined) {
      known = capitalisedInText(body, w);
      capitalKnown.set(w, known);
    }
    return known;
  };
  const rank = (w: string | undefined, i: number): number => {
    if (!w) return 0;
    const known = ranks.get(i);
    if (known !== undefined) return known;
    const key = foldKey(w);
    if (GENERIC.has(key)) {
      ranks.set(i, -1);
      return -1;
    }
    const capital = STARTS_UPPERCASE.test(w);
    const proper = capital && ((source === title && !titleCase && i > 0) || capitalisedInBody(w));
    const r = score(w) + (proper ? 2 : 0);
    ranks.set(i, r);
    return r;
  };
  let best = 0;
  // On a tie the longer word: `moderation` says more than `weighs`.
  for (let i = 1; i < words.length; i++) {
    const r = rank(words[i], i);
    const b = rank(words[best], best);
    if (r > b || (r === b && (words[i]?.length ?? 0) > (words[best]?.length ?? 0))) best = i;
  }
  // Add the neighbour in the title the story repeats more (a contraction or a word said only in
  // the title does not count): `Kuril Islands`, not `Islands Aren’t`.
  const chosen = [words[best] ?? ''];
  const next = words[best + 1];
  const prev = words[best - 1];
  // A neighbour counts when the story repeats it, or says the pair itself (`the border bill`).
  const weight = (w: string | undefined, pair: string): number => {
    if (!w || /['’]/.test(w) || !source.includes(pair) || GENERIC.has(foldKey(w))) return 0;
    if (score(w) >= 2) return score(w);
    return folded.includes(` ${foldKey(pair)} `) ? 1 : 0;
  };
  const nextWeight = weight(next, `${words[best]} ${next}`);
  const prevWeight = weight(prev, `${prev} ${words[best]}`);
  if (next && nextWeight > 0 && nextWeight >= prevWeight) chosen.push(next);
  else if (prev && prevWeight > 0) chosen.unshift(prev);
  const parts = chosen.map(asciiWord).filter(Boolean);
  let slug = parts.join('-');
  if (slug.length > MAX_SLUG_CHARS) slug = (parts[0] ?? '').slice(0, MAX_SLUG_CHARS);
  return slug || FALLBACK_SLUG;
}

/** A date as Chinese, Japanese and Korean write it (`2024年5月6日`, `2024년 5월 6일`) or ISO. */
const CJK_DATE =
  /(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u;
/** A date as Arabic and Hebrew texts write it in digits: ISO, or day first (`6/5/2024`, `6.5.2024`). */
const DAY_FIRST_DATE =
  /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
/** Arabic-Indic and Persian digits (`٢٠٢٤`, `۲۰۲۴`): their low four bits are their value. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The date of a text whose words no rule romanizes, as its slug: `YYYYMMDD`, when the text gives
 * one (`2024年5月6日外交部…` → `20240506`; in Hebrew or Arabic letters `6/5/2024` or `٦/٥/٢٠٢٤`,
 * day first as both write it); else null.
 */
function dateSlug(text: string, cjk: boolean): string | null {
  let sample = text.slice(0, SAMPLE_CHARS * 2);
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  if (cjk) {
    const m = CJK_DATE.exec(sample);
    year = m?.[1] ?? m?.[4];
    month = m?.[2] ?? m?.[5];
    day = m?.[3] ?? m?.[6];
  } else {
    sample = sample.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
    const m = DAY_FIRST_DATE.exec(sample);
    year = m?.[1] ?? m?.[6];
    month = m?.[2] ?? m?.[5];
    day = m?.[3] ?? m?.[4];
  }
  if (year === undefined || month === undefined || day === undefined) return null;
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31
    ? `${year}${month.padStart(2, '0')}${day.padStart(2, '0')}`
    : null;
}

const NON_WORD_RUN = lazyRegExp(String.raw`[^\p{L}\p{M}\p{N}]+`, 'u');

/**
 * The slug a script states (`SLUG: Flood rescue`, a story form's field), in the slug's form: its
 * words in capitals joined by hyphens, at most {@link MAX_SLUG_CHARS} characters; null when it
 * holds no letter or digit.
 *
 * @example statedSlug('flood rescue / Riverton') // 'FLOOD-RESCUE-RIVERTON'
 */
export function statedSlug(text: string): string | null {
  const parts = text
    // (A vowel sign is a mark: `प्रदूषण` is one word.)
    .split(NON_WORD_RUN)
    .map(asciiWord)
    .filter(Boolean);
  let slug = '';
  for (const part of parts) {
    const next = slug === '' ? part : `${slug}-${part}`;
    if (next.length > MAX_SLUG_CHARS) break;
    slug = next;
  }
  return slug || (parts[0]?.slice(0, MAX_SLUG_CHARS) ?? null) || null;
}
