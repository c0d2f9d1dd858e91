/**
 * The speaker-tag matcher: one grammar for every tag form transcripts use, read in one pass over
 * the first characters of a paragraph. The word lists live in ./tag-grammar.ts; this file holds
 * only the grammar's shape:
 *
 *   tag      := [`>>`] [time] head `:` [time] text
 *             | [time] head [time]                   (a line of its own; the text is below)
 *             | head `[`time`]` text                 (Trint)
 *   head     := core { `(` note `)` } [`,` title { `(` note `)` }]
 *   core     := role [number] | unnamed voice | numbered label | [The|honorific] office
 *             | {rank} [honorific] name | office name
 *   note     := delivery | language note | time | party | place | holder's name
 *
 * `Q` followed by two or more spaces (White House transcripts) is a tag without a colon. Not a
 * tag: labels and headings (`UPDATE: …`, `Budget: Statement`), times (`10:30`), sentences with a
 * colon (`He said: "…"`), datelines (`PARIS (Reuters): …`). Every step reads at most
 * MAX_TAG_CHARS characters of the paragraph, each once or a few times: matching is linear in
 * the size of the text.
 */
import {
  hasTurkishLetters,
  isCaselessLetter,
  isInlineSpace,
  lowerCase,
  titleCaseIfCaps,
} from './chars.ts';
import { clockFields, clockMs, halfDayMs, TELEGRAM_STAMP } from './clock.ts';
import { biteLeadLength } from './cue-languages.ts';
import {
  hasDirectionWord,
  isDirectionText,
  isProductionLine,
  isScriptCue,
  isSoundSurnameName,
} from './directions.ts';
import { endsOpen } from './hard-wrap.ts';
import { HTML_ELEMENTS } from './html-elements.ts';
import { lazy, lazyRegExp } from './lazy.ts';
import {
  HAS_LETTER_OR_NUMBER,
  HAS_MARK,
  STARTS_CAPITALISED,
  STARTS_LETTER,
  STARTS_UPPERCASE,
} from './letter-patterns.ts';
import {
  AGENCIES,
  CAPITAL_BITE_LEADS,
  CLAUSE_WORDS,
  DELIVERIES,
  type Delivery,
  EDUSKUNTA_PARTIES,
  FUNCTION_WORDS,
  HONORIFICS,
  LABEL_ENDINGS,
  LABEL_PHRASES,
  LABELS,
  LANGUAGE_NAMES,
  LANGUAGE_NOTES,
  MANNERS,
  NUMBER_WORDS,
  NUMBERED_LABELS,
  OFFICE_ARTICLES,
  OFFICE_CONNECTORS,
  OFFICE_MODIFIERS,
  OFFICES,
  PARTICLES,
  PARTIES,
  PEERAGE,
  RANKS,
  REPLY_WORDS,
  ROLE_WORDS,
  SOUND_BITE_LEADS,
  UNNAMED_LEADS,
  UNNAMED_NOUNS,
  VOX_POP_WORDS,
} from './tag-grammar.ts';
import { isCompoundTrade, tradeAndName } from './trades.ts';
import type { Tag, TagMatch } from './tree.ts';

const MAX_TAG_CHARS = 120;
const MAX_NAME_TOKENS = 5;
const MAX_TITLE_WORDS = 12;
const MAX_OFFICE_WORDS = 4;
const MAX_NOTE_WORDS = 6;
/** Longest note in parentheses that ends in a party (`Minister of …, Lib.`). */
const MAX_PARTY_NOTE_WORDS = 12;
/** Longest note naming a seat, a dash, then the offices held (Australia's Hansard). */
const MAX_SEAT_OFFICE_NOTE_WORDS = 30;
/** `Grayndler—Prime Minister`, `South Australia—Leader of the Opposition in the Senate`. */
const SEAT_OFFICE_NOTE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}—\p{Lu}[\p{L}'’-]*(?: [\p{L}'’,-]+){0,30}$`,
  'u',
);
const isSeatOfficeNote = (note: string): boolean =>
  note.length <= MAX_SEAT_OFFICE_NOTE_CHARS && SEAT_OFFICE_NOTE.test(note);
const MAX_SEAT_OFFICE_NOTE_CHARS = 220;
/** A name, then a parenthesis opening with the seat and a dash (`Senator GALLAGHER (Australian Capital Territory—`). */
const SEAT_OFFICE_OPEN = lazyRegExp(
  String.raw`^[^():\n]{2,60} \(\p{Lu}[^()—:\n]{1,40}—\p{Lu}`,
  'u',
);
/** Longest rest after a colon still read as a heading's second half (`Budget: Statement`). */
const MAX_HEADING_WORDS = 10;
const HEADING_SMALL_WORDS = new Set(
  'of the and for on in to a an at by with vs from or de la le du des del y und der die das'.split(
    ' ',
  ),
);

/** Every role word of every language in one map (lookups are by folded key), made on first use. */
const ROLES: () => ReadonlyMap<string, string> = lazy(() => {
  const map = new Map<string, string>();
  for (const table of Object.values(ROLE_WORDS())) {
    for (const [word, role] of Object.entries(table)) if (!map.has(word)) map.set(word, role);
  }
  return map;
});

/** The role a word names in any language (`Question` → reporter, `HOST` → host), or null. */
export function roleWord(text: string): string | null {
  return ROLES().get(foldWords(text)) ?? null;
}

/** Role words of other languages' tables that are English words as well. */
const ENGLISH_TOO = new Set(['conductor', 'interlocutor', 'moderation', 'pivot', 'redactor']);

/**
 * Each role word of one language's table alone, not English's → that language (`programledare` →
 * sv; `reporter`, in English's and others', is none). Norwegian's and Danish's table is `nb`.
 */
const ROLE_LANGUAGES: () => ReadonlyMap<string, string | null> = lazy(() => {
  const map = new Map<string, string | null>();
  for (const [code, table] of Object.entries(ROLE_WORDS())) {
    const language = code === 'no' ? 'nb' : code;
    for (const word of Object.keys(table)) {
      const had = map.get(word);
      // (Letters and short words, `R`, `MOD`, tag any language's interviews; some words are
      // English too.)
      const shared = word.length <= 3 || ENGLISH_TOO.has(word);
      map.set(word, had === undefined && code !== 'en' && !shared ? language : null);
    }
  }
  return map;
});

/** The one language whose role word `text` is (`Programledare` → sv), or null. */
export function roleWordLanguage(text: string): string | null {
  return ROLE_LANGUAGES().get(foldWords(text)) ?? null;
}

/**
 * A speaker tag's time anchor, `01:02:03.5` or `1:23` (minutes and seconds without a fraction are
 * the usual anchor), → milliseconds, or null. Seconds, and minutes after hours, have two digits;
 * hours at most three (a long live log's or a space mission's elapsed time, `101:36:20`).
 */
export function parseAnchorTime(text: string): number | null {
  if (text.length > 12) return null;
  const fields = clockFields(text);
  if (fields?.seconds.length !== 2) return null;
  if (fields.hours !== undefined && (fields.hours.length > 3 || fields.minutes.length !== 2)) {
    return null;
  }
  return clockMs(fields);
}

// Callers that read tags take the match type from here too (it lives in tree.ts, beside Tag).
export type { TagMatch } from './tree.ts';

// ---------------------------------------------------------------------------------------------
// Characters and words

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True when the text has a capital letter and no small one. */
function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Lower case, `’` as `'`, one space between words, no trailing full stop. */
export function foldWords(text: string): string {
  const lower = lowerCase(text);
  // Fast path: single ASCII spaces inside, none at the ends, no ’.
  if (!/\s\s|[^\S ]|^\s|\s$|\u2019/u.test(lower)) {
    return lower.endsWith('.') ? lower.slice(0, -1) : lower;
  }
  let out = '';
  let space = false;
  for (const ch of lower) {
    if (isInlineSpace(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch === '\u2019' ? "'" : ch;
  }
  return out.endsWith('.') ? out.slice(0, -1) : out;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isInlineSpace(text[j] ?? '')) j++;
  return j;
}

function countSpaces(text: string, i: number): { end: number; count: number; nbsp: boolean } {
  let j = i;
  let nbsp = false;
  while (j < text.length && isInlineSpace(text[j] ?? '')) {
    if (text[j] !== ' ') nbsp = true;
    j++;
  }
  return { end: j, count: j - i, nbsp };
}

/** The words of a text whose spaces are single ASCII spaces (or not yet). */
function words(text: string): string[] {
  const list = text.split(' ');
  return list.includes('') ? list.filter((t) => t.length > 0) : list;
}

/**
 * A capitalized name token: `Sergey`, `Jean-Pierre`, `O'Brien`, `J.`, `В.Путин`, `Kōno`, `JONES`:
 * a capital, then letters, marks, `.`, `'`, `’` or `-`, and no digit.
 */
function isNameToken(token: string): boolean {
  if (!isUpper(token[0] ?? '')) return false;
  for (const ch of token) {
    if (ch === '.' || ch === "'" || ch === '\u2019' || ch === '-') continue;
    if (ch === ch.toLowerCase() && ch === ch.toUpperCase() && !HAS_MARK.test(ch)) return false;
  }
  return true;
}

/** A noun made of a word and an adverb particle (`phone-in`, `wrap-up`, `sign-off`). */
const PHRASAL_NOUN = /^[A-Za-z]{2,12}-(?:in|up|out|on|off|over|by|down|back|away)$/i;

/** Name words: capitalized, or a particle inside (`de`, and `of` in a peer's name). */
function isNameWords(list: readonly string[], peer = false): boolean {
  if (list.length === 0 || list.length > MAX_NAME_TOKENS) return false;
  // One hyphenated word ending in an adverb particle is a programme's segment (`Phone-in:`,
  // `CALL-IN:`, `Wrap-up:`, `Round-up:`), not a person (a given name so written, `Jae-in`, comes
  // with its surname).
  if (list.length === 1 && PHRASAL_NOUN.test(list[0] as string)) return false;
  if (
    list.some(
      // One letter may be an initial (`A MARTÍNEZ`): only longer function words count. `An` last
      // after a name is a given name (Vietnamese `Nguyễn Văn An`, Korean `Jung An`).
      (w, i) =>
        w.length > 1 &&
        FUNCTION_WORDS.has(w.toLowerCase()) &&
        !(peer && w === 'of') &&
        !(w === 'An' && i > 0 && i === list.length - 1),
    )
  )
    return false;
  return list.every(
    (w, i) => isNameToken(w) || (i > 0 && (PARTICLES.has(w) || (peer && w === 'of'))),
  );
}

/**
 * A name as speech-to-text and caption labels write it, lower case first: a surname's particle
 * opening it (`da Silva`, `van Dyke`, `de la Cruz`), or a given name's prefix before its capital
 * (`deShawn`, `daQuan`, `laToya`), then up to three capitalized words. Bounded, no nested
 * quantifier over the same characters.
 */
const LOWER_FIRST_NAME = lazyRegExp(
  String.raw`^(?:(?:de|da|di|del|della|der|den|van|von|du|dos|das|ter|ten|bin|ibn)(?: (?:de|la|der|den|los|las))? \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|(?:de|da|la|le|di|du|ja|ke|ka|ta|sha|mc|mac)\p{Lu}\p{Ll}{2,}[\p{L}\p{M}'’-]*)(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,3}$`,
  'u',
);

function bare(word: string): string {
  const key = foldWords(word);
  const last = key[key.length - 1];
  return last === '.' || last === ',' ? key.slice(0, -1) : key;
}

function isHonorific(word: string): boolean {
  return HONORIFICS.has(bare(word));
}

/** Subject pronouns that open a clause, never a title (`I`, `We`, `Je`, `Wir`, `Мы`). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  'i we you he she they je nous vous ich wir du yo nosotros я мы вы он она они'.split(' '),
);

const OPENING_QUOTES = '"“‘\'';
const QUOTED_OUTLET_TITLE = lazyRegExp(
  String.raw`^["“‘'][\p{Lu}\d][\p{L}\p{N}&'’ -]{0,40}["”’'] [\p{Lu}][\p{L}\p{N}&'’., -]{0,80}$`,
  'u',
);

/** `"THE ATLANTIC" STAFF WRITER`: a quoted outlet in capitals, then the role, no sentence. */
function isQuotedOutletTitle(title: string): boolean {
  return QUOTED_OUTLET_TITLE.test(title) && !/[!?]$/.test(title);
}

function isTitleText(title: string): boolean {
  const list = words(title);
  if (list.length === 0 || list.length > MAX_TITLE_WORDS) return false;
  const first = title[0] ?? '';
  // A lower-case title (French, Spanish, Russian style) must not open like a clause.
  const opening = foldWords(list[0] ?? '');
  // `on behalf of the PPE Group` (European Parliament) is the one title that opens with `on`.
  if (
    isLower(first) &&
    (CLAUSE_WORDS.has(opening) || opening.includes("'")) &&
    !title.startsWith('on behalf of ')
  )
    return false;
  // Nor a title of any case that opens with a subject pronoun: `Look, I came here to talk about
  // one thing: pensions.` is a sentence, not a name and a title.
  if (SUBJECT_PRONOUNS.has(opening)) return false;
  // A title may open with a quoted outlet and go on after it (`"THE ATLANTIC" STAFF WRITER`,
  // CNN and MSNBC); a quotation alone after a comma (`Mayor Price, "No deal":`) is no title.
  if (OPENING_QUOTES.includes(first)) return isQuotedOutletTitle(title);
  if (!isUpper(first) && !isDigit(first) && !isLower(first)) return false;
  const last = title[title.length - 1] ?? '';
  return !'!?'.includes(last) && !(last === '.' && (list[list.length - 1] ?? '').length > 5);
}

/** `Budget Statement`, `Oral Answers to Questions`: capitalized words, no closing punctuation. */
/**
 * A media advisory's field in capitals over its value (`WHAT: Governor signs the bill`, `WHERE:
 * State Capitol`, `WHO: …`): a line of its own, no speaker's tag and no heading.
 */
export const ADVISORY_FIELD = /^(?:WHAT|WHEN|WHERE|WHO|WHY|VISUALS|CONTACT|RSVP) ?:[ \t]/;

export function isHeadingText(input: string): boolean {
  // A place or a qualifier in brackets at the end (`Hospital Waiting Times (Highlands)`).
  const text =
    input.endsWith(')') && input.length <= 120 ? input.replace(BRACKETED_TAIL, '') : input;
  // The two ends first (a sentence ends in punctuation): the words only for what passes.
  const last = text[text.length - 1] ?? '';
  if (!HAS_LETTER_OR_NUMBER.test(last)) return false;
  if (!isUpper(text[0] ?? '') && !isDigit(text[0] ?? '')) return false;
  const list = words(text);
  if (list.length === 0 || list.length > MAX_HEADING_WORDS) return false;
  return list.every((w, i) => {
    const first = w[0] ?? '';
    // A dash between a heading's two languages or parts (`Ceisteanna Ó Bhéal - Oral Questions`),
    // between words in capitals (not between timecodes: `00:00:00:00 - 00:00:07:12`).
    const dash =
      w.length === 1 &&
      (first === '-' || first === '–' || first === '—') &&
      isUpper(list[i - 1]?.[0] ?? '') &&
      isUpper(list[i + 1]?.[0] ?? '');
    return isUpper(first) || isDigit(first) || dash || HEADING_SMALL_WORDS.has(w);
  });
}

// ---------------------------------------------------------------------------------------------
// The head: core, notes in parentheses, title after a comma

interface Head {
  core: string;
  title: string | null;
  notes: string[];
  /** How many notes came before the comma (they qualify the name, not the title). */
  notesBeforeComma: number;
  /** The title came after a slash, not a comma (`AHMET YILMAZ / BELEDİYE BAŞKANI`). */
  slash: boolean;
}

/** Splits the text before the colon into core, parenthesized notes and the title. One pass. */
function splitHead(text: string): Head | null {
  let core = '';
  let title: string | null = null;
  const notes: string[] = [];
  let notesBeforeComma = -1;
  let note: string | null = null;
  let slash = false;
  let square = false;
  for (let ch of text) {
    // Square brackets after a name of two words or more hold a note as parentheses do
    // (Malaysia's Hansard: `Tuan Lim Guan Eng [Bagan]:`; `MJ [Foo BAR]:` is none).
    if (ch === '[' && note === null && core.trim().includes(' ')) {
      square = true;
      ch = '(';
    } else if (ch === ']' && square) {
      square = false;
      ch = ')';
    }
    if (note !== null) {
      if (ch === ')') {
        notes.push(note.trim());
        note = null;
      } else if (ch === '(') return null;
      else note += ch;
      continue;
    }
    if (ch === '(') {
      // A tag opens with its name, never with a parenthesis (`(Applause.) MS. X:` is two things).
      if (core.trim() === '') return null;
      note = '';
      if (title === null) core += ' ';
      else title += ' ';
      continue;
    }
    if (ch === ')') return null;
    // Turkish (and other) scripts' `AD SOYAD / UNVAN`: a slash parts the name from the title as a
    // comma does (checked in classifyText: a full name before it).
    if ((ch === ',' || ch === '/') && title === null) {
      title = '';
      notesBeforeComma = notes.length;
      slash = ch === '/';
      continue;
    }
    if (title === null) core += ch;
    else title += ch;
  }
  if (note !== null) return null;
  const squash = (s: string) => words(s).join(' ');
  const t = title === null ? null : squash(title);
  return {
    core: squash(core),
    title: t === '' ? null : t,
    notes,
    notesBeforeComma: notesBeforeComma === -1 ? notes.length : notesBeforeComma,
    slash,
  };
}

interface Qualifier {
  text: string;
  party: boolean;
  /** Written before the comma: it qualifies the name, not the title after the comma. */
  beforeComma: boolean;
}

interface Notes {
  delivery: string | null;
  translated: boolean;
  timestampMs: number | null;
  /** Party, constituency or country (`D-NY`, `Northfield`, `Russian Federation`), in order. */
  qualifiers: Qualifier[];
  /** A name in parentheses after an office (`The Secretary of State for Health (Sam Patel)`). */
  holder: string | null;
  /** A time note of two-digit hours and minutes (`(09:31)`), as written: maybe a time of day. */
  clock?: string;
  /** True when that time note came after the member's seat or party (`(Hampstead) (Lab) (09:31)`). */
  clockAfterSeat?: boolean;
}

/** Parts written in lower case after a name that are no role word of the grammar. */
const NOTE_PARTS: ReadonlySet<string> = new Set([
  'guest',
  'panelist',
  'panellist',
  'chair',
  'expert',
  'speaker',
  'co-host',
  'co-anchor',
]);

/** A level of government before an office (`CITY COUNCILLOR`, `COUNTY COMMISSIONER`). */
const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set(
  'city county state town district borough parish municipal regional provincial federal'.split(' '),
);

/** The Ministerpräsident's abbreviations in German government transcripts (`MP Weil:`). */
const MINISTERPRASIDENT: Readonly<Record<string, string>> = {
  MP: 'Ministerpräsident',
  "MP'in": 'Ministerpräsidentin',
  'MP’in': 'Ministerpräsidentin',
  MPin: 'Ministerpräsidentin',
};

/**
 * The person a bite header names with their trade before the name (`OT 2: Hafenarbeiter Jan
 * Meier` on its own line), or null.
 */
export function tradeTag(text: string): Tag | null {
  const traded = tradeBeforeName(text.trim(), false);
  return traded === null ? null : { ...BLANK_TAG, raw: text.trim(), ...traded };
}

/**
 * A bite's trade and the person's name after it (`Hafenarbeiter Jan Meier`, in capitals too),
 * or null.
 */
function tradeBeforeName(rest: string, turkish: boolean): { name: string; title: string } | null {
  // (A run time or a note in brackets after the name is no part of it: `… Jan Meier (0:12)`.)
  const parts = tradeAndName(rest.replace(/\s*\([^()]{0,40}\)$/, ''));
  if (parts === null || !isNameWords(parts.name)) return null;
  return { name: nameCase(parts.name, turkish), title: parts.trade };
}

/** A note that says the speaker is not named (`Q (unidentified):`, `QUESTION (name inaudible):`). */
const UNNAMED_NOTES: ReadonlySet<string> = new Set([
  'unidentified',
  'unknown',
  'unnamed',
  'name inaudible',
]);

/** A script's mark that a speaker's lines go on after an action (`JANE (CONT'D):`): no title. */
const CONTINUED_NOTES: ReadonlySet<string> = new Set([
  "cont'd",
  'contd',
  'cont',
  'continued',
  'continuing',
]);

/** Pronouns in a display name: `she/her`, `they/them/theirs`, `he/they`, `any/all`. */
const PRONOUNS =
  /^(?:she|he|they|ze|xe|any)(?: ?\/ ?(?:her|hers|him|his|they|them|theirs|she|he|zir|xem|all|any))+$/;

/**
 * Where a member spoke from, in the Storting's record (`(fra salen)`: from the floor), and the
 * member's part in the item's debate (`(komiteens leder og ordfører for saken)`: the committee's
 * chair and rapporteur).
 */
const FLOOR_NOTES: ReadonlySet<string> = new Set([
  'fra salen',
  'fra talerstolen',
  'ordfører for saken',
  'komiteens leder',
  'komiteens nestleder',
  'komiteens leder og ordfører for saken',
]);

/** Two or three name words in ordinary case (`Jane Doe`), not a place in capitals. */
function isJournalistName(core: string): boolean {
  const list = words(core);
  return list.length >= 2 && list.length <= 3 && core !== core.toUpperCase() && isNameWords(list);
}

function isParty(note: string): boolean {
  const key = foldWords(note);
  if (PARTIES.has(key)) return true;
  // `D-NY`, `R-Texas`, `I-Vt.`: a party letter, a hyphen, a state.
  const dash = key.indexOf('-');
  return dash > 0 && PARTIES.has(key.slice(0, dash)) && STARTS_LETTER.test(key.slice(dash + 1));
}

/**
 * Reads the notes in parentheses; null when one of them is not a note a tag can carry. An
 * agency in parentheses is a dateline's (`BEIRUT (Reuters):`) unless `questioner`: after a
 * reporter's role word it is the questioner's outlet (`Frage (AFP):`, `QUESTION (Reuters):`).
 */
/** A bite's run time at the end of a note (`0'20`, `Betriebsrat, 0'20`, `:12`). */
const NOTE_RUN_TIME = /(?:^|,[ \t]*)(?::\d{1,2}|\d{1,2}['’′]\d{2}["”″]?)$/;

/** A note's words without the run time after them (`Anwohnerin, 0'12` → `Anwohnerin`). */
function withoutRunTime(note: string): string {
  const m = note.length <= 80 ? NOTE_RUN_TIME.exec(note) : null;
  return m ? note.slice(0, m.index).trim() : note;
}

/**
 * Papers, channels and agencies whose names, in mixed case or lower case, a press conference's
 * record puts after a question (`Frage (Tagesspiegel):`, `Q (Axios):`), beside AGENCIES and the
 * acronyms in capitals (`ARD`, `ZDF`, `RND`).
 */
const PRESS_OUTLETS: ReadonlySet<string> = new Set(
  (
    'epd kna taz n-tv ntv phoenix spiegel zeit welt bild stern focus handelsblatt tagesspiegel ' +
    'deutschlandfunk deutschlandradio tagesschau tagesthemen funke table.media correctiv ' +
    'politico axios semafor newsweek forbes fortune yahoo newsmax breitbart vox slate time ' +
    'bloomberg reuters apa sda keystone belga anp ritzau tt ntb stt ctk pap mti'
  ).split(' '),
);
/** An outlet's name's ending (`Handelsblatt`, `Süddeutsche Zeitung`, `Deutschlandfunk`). */
const OUTLET_ENDING =
  /.(?:zeitung|blatt|spiegel|funk|radio|presse|post|kurier|rundschau|anzeiger|nachrichten|echo|welle|news|media|medien|online|\.de|\.com)$/i;
/** A surname in capitals of five letters or more (`KRAUSE`): an outlet's acronym has fewer. */
const CAPS_SURNAME = lazyRegExp(String.raw`^\p{Lu}{5,}(?:-\p{Lu}{2,})?$`, 'u');
/** A surname or a full name in mixed case (`Krause`, `Tilo Jung`, `Müller-Lüdenscheidt`). */
const ASKER_NAME = lazyRegExp(
  String.raw`^\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2}$`,
  'u',
);

/** The words for a question whose brackets name the asker (`Frage (Krause):`, `Q (Axios):`). */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  'frage',
  'zusatzfrage',
  'nachfrage',
  'q',
  'question',
  'domanda',
  'pregunta',
  'pergunta',
  'vraag',
]);

/** A journalist's words, whose brackets name the outlet (`JOURNALISTE (France Info) :`). */
const JOURNALIST_WORDS: ReadonlySet<string> = new Set([
  'journaliste',
  'journalist',
  'journalistin',
  'periodista',
  'giornalista',
  'jornalista',
]);
/** A broadcaster's second word (`France Info`, `France Inter`, `Radio Canada`). */
const BROADCAST_SECOND: ReadonlySet<string> = new Set(
  'info inter culture bleu télévisions tv radio 2 3 5 24'.split(' '),
);

/** Words in lower case inside an outlet's name (`Folha de S.Paulo`, `Corriere della Sera`). */
const OUTLET_CONNECTORS: ReadonlySet<string> = new Set(
  'de do da dos das del della di des du of the'.split(' '),
);

/** Whether a bracket's word after a question names an outlet: `dpa`, `ARD`, `Tagesspiegel`. */
function isPressOutlet(text: string): boolean {
  // A paper's name after its article (`Le Monde`, `El País`, `Der Spiegel`), or with an outlet's
  // word (`Financial Times`, `Radio France`).
  if (text.includes(' ')) {
    const list = words(text);
    // (An outlet's word lets a connector in lower case in: `Folha de S.Paulo`.)
    const outlet = isOutletName(text);
    return (
      list.length <= 4 &&
      (OUTLET_ARTICLES.has(list[0] as string) ||
        outlet ||
        BROADCAST_SECOND.has((list[1] ?? '').toLowerCase())) &&
      list.every(
        (w, i) =>
          STARTS_CAPITALISED.test(w) ||
          w === w.toUpperCase() ||
          (outlet && i > 0 && OUTLET_CONNECTORS.has(w)),
      )
    );
  }
  const key = text.toLowerCase();
  if (AGENCIES.has(key) || PRESS_OUTLETS.has(key) || OUTLET_ENDING.test(text)) return true;
  // An acronym in capitals (`ARD`, `WDR`, `RTL`), or a name in lower case (`epd`, `taz`).
  return /^[A-Z][A-Z0-9.-]{1,4}$|^[a-z][a-z.-]{1,8}$/.test(text);
}

/**
 * A question's brackets in a government press conference's record (`Frage (Krause):`, `Frage
 * (dpa):`, `Frage (dpa, Krause):`): the journalist by name, the outlet, or both. Null when the
 * bracket is neither (left to the notes' other readings).
 */
function questionerNote(
  note: string,
  german: boolean,
  asking: boolean,
): { person: string | null; outlet: string | null } | null {
  // (A slash parts them as a comma does: `Frage (dpa/Krause)`.)
  const comma = note.includes(',') ? note.indexOf(',') : note.indexOf('/');
  if (comma === -1) {
    if (isPressOutlet(note)) return { person: null, outlet: note };
    // A surname in a record in capitals (`FRAGE (KRAUSE)`), longer than an outlet's letters.
    if (asking && CAPS_SURNAME.test(note)) return { person: titleCaseIfCaps(note), outlet: null };
    // One surname after a question (after `JOURNALIST` it may be a place); a full name is read
    // as any role's holder is.
    return asking && !note.includes(' ') && ASKER_NAME.test(note)
      ? { person: note, outlet: null }
      : null;
  }
  if (note.indexOf(note[comma] as string, comma + 1) !== -1) return null;
  const a = note.slice(0, comma).trim();
  const b = note.slice(comma + 1).trim();
  // The outlet first is the German record's order (`Frage (dpa, Krause)`); elsewhere a place
  // follows it (`QUESTION (Reuters, London)`).
  if (german && isPressOutlet(a) && !isPressOutlet(b) && ASKER_NAME.test(b))
    return { person: b, outlet: a };
  // The surname first, the paper after it (`Question (Dupont, Le Monde)`, `Domanda (Rossi,
  // Corriere della Sera)`): any paper's name of a few words opening with a capital.
  if (
    !isPressOutlet(a) &&
    !a.includes(' ') &&
    ASKER_NAME.test(a) &&
    (isPressOutlet(b) || (isUpper(b[0] ?? '') && words(b).length <= 5 && !/[.!?]$/.test(b)))
  )
    return { person: a, outlet: b };
  return null;
}

/** A time note that reads as a time of day: two-digit hours 00–23 and minutes (`09:31`, `14:00`). */
const CLOCK_NOTE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * True when a tag's time note is a Hansard's time of day (`Jane Doe (Hampstead) (Lab) (09:31):`,
 * Australia's `Senator WONG (South Australia—…) (14:00):`, `Mr Speaker (09:31):`): two-digit
 * hours and minutes after the member's seat or party, or after an office, are the sitting's clock,
 * never minutes and seconds into a recording (Rev's `Jane Doe (01:23):` is one). The tag keeps
 * the two fields as read; the document's anchors are read as the clock (see clock-anchors.ts).
 */
function isClockNote(notes: Notes, office: string | null): boolean {
  return notes.clock !== undefined && (notes.clockAfterSeat === true || office !== null);
}

/** Longest note in a script without capitals after a role word (`共同通信`, `新华社`). */
const MAX_CASELESS_NOTE_CHARS = 12;

function readNotes(head: Head, questioner = false): Notes | null {
  const out: Notes = {
    delivery: null,
    translated: false,
    timestampMs: null,
    qualifiers: [],
    holder: null,
  };
  for (let index = 0; index < head.notes.length; index++) {
    // A script's run time is no part of who speaks (`Jens Möller, Betriebsrat (0'20)`).
    const note = withoutRunTime(head.notes[index] ?? '');
    if (note === '') continue;
    const lead = questioner && head.notes.length === 1 ? foldWords(head.core) : '';
    const asking = ASKING_WORDS.has(lead);
    const asker =
      asking || JOURNALIST_WORDS.has(lead)
        ? questionerNote(note, lead.endsWith('frage'), asking)
        : null;
    if (asker !== null) {
      if (asker.outlet !== null)
        out.qualifiers.push({ text: asker.outlet, party: false, beforeComma: true });
      out.holder = asker.person;
      continue;
    }
    const key = foldWords(note);
    const delivery = DELIVERIES[key];
    if (delivery) {
      out.delivery ??= delivery.delivery;
      out.translated ||= delivery.translated;
      continue;
    }
    // A remote contributor's line and where from (`REPORTER (live from Kyiv)`, `(down the line
    // from Edinburgh)`, `(by phone from Gaza)`): the delivery, the place the title.
    const from = key.length <= 60 ? key.indexOf(' from ') : -1;
    const remote = from > 0 ? DELIVERIES[key.slice(0, from)] : undefined;
    const place = from > 0 ? note.slice(from + 6).trim() : '';
    if (
      remote &&
      (STARTS_CAPITALISED.test(place) || place.startsWith('the ')) &&
      place.length <= 40 &&
      !/[.!?]$/.test(place)
    ) {
      out.delivery ??= remote.delivery;
      out.qualifiers.push({
        text: place,
        party: false,
        beforeComma: index < head.notesBeforeComma,
      });
      continue;
    }
    // Or any manner as SDH captions and scripts write it, in lower case (`quietly`, `mumbling`).
    if (MANNERS.has(key) || /^[a-z]{3,}(?:ly|ing)$/.test(note)) {
      out.delivery ??= key;
      continue;
    }
    // The transcriber could not name the speaker (`Q (unidentified):`): no note of the tag. The
    // Storting's record notes a member who speaks from the floor or the rostrum (`Name (H) (fra
    // salen):`): where they stood, kept in the raw tag, no part of who they are.
    // A meeting's display name gives the person's pronouns (`Jane Doe (she/her):`): no office.
    if (
      UNNAMED_NOTES.has(key) ||
      FLOOR_NOTES.has(key) ||
      CONTINUED_NOTES.has(key) ||
      PRONOUNS.test(key)
    )
      continue;
    // `говорит по-испански`: a lead ending in a hyphen runs on into the language's name.
    if (LANGUAGE_NOTES.some((lead) => key.startsWith(lead.endsWith('-') ? lead : `${lead} `))) {
      out.translated = true;
      continue;
    }
    if (AGENCIES.has(key)) {
      // A journalist's full name in ordinary case with the outlet (`Jane Doe (Reuters):`, a
      // briefing's question) is that journalist; a dateline's place is in capitals.
      if (!questioner && !isJournalistName(head.core)) return null;
      out.qualifiers.push({ text: note, party: false, beforeComma: index < head.notesBeforeComma });
      continue;
    }
    // A bite's language alone (`(ARABIC)`, `(IN FRENCH)`): the words are a translation.
    if (LANGUAGE_NAMES.has(key.startsWith('in ') ? key.slice(3) : key)) {
      out.translated = true;
      continue;
    }
    // A language and a delivery together (`in Arabic, translated`, `speaking Spanish`, `on
    // phone, in French`): each part read as it would be alone.
    const joint = jointNote(key);
    if (joint !== null) {
      out.delivery ??= joint.delivery;
      out.translated ||= joint.translated;
      continue;
    }
    const ms = parseAnchorTime(note);
    if (ms !== null) {
      out.timestampMs = ms;
      if (CLOCK_NOTE.test(note)) {
        out.clock = note;
        out.clockAfterSeat = out.qualifiers.length > 0;
      }
      continue;
    }
    const list = words(note);
    const first = note[0] ?? '';
    // A part in lower case after a name (a podcast's or a panel's `Jane Doe (host):`, `(guest)`,
    // `(moderator)`): the speaker's title, as `(Host)` is.
    if (isLower(first) && (ROLES().has(key) || NOTE_PARTS.has(key))) {
      out.qualifiers.push({ text: note, party: false, beforeComma: index < head.notesBeforeComma });
      continue;
    }
    // A role word's note in a script without capitals (`記者（共同通信）`, `记者（新华社）`): the
    // outlet or the place, a few characters and no sentence.
    if (
      isCaselessLetter(first) &&
      note.length >= 2 &&
      note.length <= MAX_CASELESS_NOTE_CHARS &&
      !/[。、，！？!?.,]/.test(note) &&
      readRole(head.core) !== null
    ) {
      out.qualifiers.push({ text: note, party: false, beforeComma: index < head.notesBeforeComma });
      continue;
    }
    // Any other note must be a short capitalized qualifier; `(laughs)` or prose is no tag note.
    // Canadian Hansard's office and party may run longer (`Minister of Housing, Infrastructure
    // and Communities, Lib.`): a note that ends in a party after a comma.
    // The French record writes the office in lower case (`ministre du Logement, Lib.`).
    const comma = note.lastIndexOf(',');
    const partyNote = comma > 0 && PARTIES.has(foldWords(note.slice(comma + 1).trim()));
    // Australia's Hansard writes the seat, a dash, then the offices held (`South
    // Australia—Minister for Foreign Affairs and Leader of the Government in the Senate`).
    const maxWords = partyNote
      ? MAX_PARTY_NOTE_WORDS
      : isSeatOfficeNote(note)
        ? MAX_SEAT_OFFICE_NOTE_WORDS
        : MAX_NOTE_WORDS;
    if (
      list.length === 0 ||
      list.length > maxWords ||
      !(isUpper(first) || isDigit(first) || partyNote)
    ) {
      return null;
    }
    const party = isParty(note);
    // (An outlet is no holder: `REPORTER (SF CHRONICLE)` is a reporter of that paper.)
    if (
      !party &&
      out.holder === null &&
      list.length >= 2 &&
      isNameWords(list) &&
      !list.some((w) => OUTLET_WORDS.has(bare(w)) || AGENCIES.has(bare(w)))
    ) {
      // Kept as a qualifier unless the core turns out to be an office (see classify).
      out.holder = note;
    }
    out.qualifiers.push({ text: note, party, beforeComma: index < head.notesBeforeComma });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The core

interface Core {
  name: string | null;
  /** Title written before the name (`Chief Justice`), or the office of an office tag. */
  title: string | null;
  role: string | null;
  /** The office of an office-first tag (`Secretary of State for Health`), for resolving. */
  office: string | null;
}

/** `#2`, `2`: the number of a numbered voice, or null. */
function voiceNumber(word: string): string | null {
  const digits = word.startsWith('#') ? word.slice(1) : word;
  if (digits.length === 0 || digits.length > 3) return null;
  for (const ch of digits) if (!isDigit(ch)) return null;
  return digits;
}

/** A note's parts: by commas, semicolons, slashes or `and`. */
const NOTE_PARTS_SPLIT = /\s*[,;/]\s*|\s+and\s+/;
/** Verbs before a language's name without `in` (`speaking Spanish`, `spoke Arabic`). */
const SPEAKING_LEAD = /^(?:speaking|speaks|spoke|in) /;

/**
 * A note of a language said and how the words come (`in Arabic, translated`, `speaking Spanish`,
 * `on phone, in French`): every part a delivery, a translation or a language, or null.
 */
function jointNote(key: string): Delivery | null {
  const parts = key.split(NOTE_PARTS_SPLIT);
  const single = parts.length === 1;
  let delivery: string | null = null;
  let translated = false;
  for (const part of parts) {
    const known = DELIVERIES[part];
    if (known) {
      if (single) return null;
      delivery ??= known.delivery;
      translated ||= known.translated;
      continue;
    }
    const lead = SPEAKING_LEAD.exec(part);
    if (lead !== null && LANGUAGE_NAMES.has(part.slice(lead[0].length))) {
      translated = true;
      continue;
    }
    return null;
  }
  return { delivery, translated };
}

/** Definite articles before a role word in French, Spanish, Italian and German tags. */
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'el', 'il', 'lo', 'der', 'die']);

/**
 * A role word after its article (`Le journaliste :`, `La présentatrice :`, `L'animateur :`,
 * `El periodista:`, `Il giornalista:`, `Die Moderatorin:`), or null.
 */
function articleRole(core: string): string | null {
  const apostrophe = core[1] === "'" || core[1] === '’';
  const cut = apostrophe && (core[0] === 'L' || core[0] === 'l') ? 2 : core.indexOf(' ');
  if (cut < 1 || (!apostrophe && !ROLE_ARTICLES.has(core.slice(0, cut).toLowerCase()))) return null;
  return ROLES().get(foldWords(core.slice(apostrophe ? cut : cut + 1))) ?? null;
}

/** Indefinite articles before a vox pop's word (`Une habitante :`, `Eine Anwohnerin:`). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(
  'a an un une una uno um uma ein eine einer een en ett et ei jeden jedna'.split(' '),
);

/**
 * An unnamed voice a report quotes after an indefinite article (`Une habitante :`, `Un
 * riverain :`, `Una vecina:`, `Eine Anwohnerin:`, `A resident:`): the vox pop's word, or null.
 */
function indefiniteVoxPop(core: string): string | null {
  const space = core.indexOf(' ');
  if (space < 1 || core.indexOf(' ', space + 1) !== -1) return null;
  if (!INDEFINITE_ARTICLES.has(core.slice(0, space).toLowerCase())) return null;
  const word = foldWords(core.slice(space + 1));
  return VOX_POP_WORDS.has(word) ? word : null;
}

/** A role word of any language, in capitals or capitalized (`HOST`, `Ведущий`, `Hon. Members`). */
/** The last words of posts (`Harbour Master`, `Fire Chief`) whose holder a bracket may name. */
const POST_NOUNS: ReadonlySet<string> = new Set(
  (
    'master officer manager director chief clerk coordinator spokesperson spokesman spokeswoman ' +
    'inspector commissioner superintendent warden engineer administrator adviser advisor ' +
    'controller supervisor ranger harbourmaster harbormaster commander ' +
    // A programme's guests and a newsroom's posts (`BUSINESS OWNER (SARAH KIM)`, `POLITICAL
    // EDITOR (LAURA SMITH)`).
    'owner editor correspondent analyst producer economist teacher nurse doctor farmer worker ' +
    'driver student leader organiser organizer founder chair chairman chairwoman'
  ).split(' '),
);

/** The roles of a programme's people whose word may stand before the person's full name. */
const NAMED_ROLES: ReadonlySet<string> = new Set([
  'host',
  'co-host',
  'anchor',
  'reporter',
  'correspondent',
  'presenter',
  'moderator',
  'interviewer',
  'narrator',
  'announcer',
  'newsreader',
  'commentator',
  'analyst',
]);

/** A role word and a capital letter after a space, or a caseless role word and a letter or a number. */
const LETTERED_VOICE = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}-]{1,30} |[^\p{Lu}\p{Ll}\s\d]{1,6})([A-Z]|(?<=[^\p{Lu}\p{Ll}\s\d])\d{1,2})$`,
  'u',
);

function readRole(core: string): string | null {
  if (!isUpper(core[0] ?? '') && !isCaselessLetter(core[0] ?? '')) return null;
  const list = words(core);
  const lastWord = list[list.length - 1] ?? '';
  const digits = list.length > 1 ? voiceNumber(lastWord) : null;
  const spelled = list.length > 1 && NUMBER_WORDS.has(foldWords(lastWord));
  const number = digits === null ? (spelled ? foldWords(lastWord) : null) : `#${digits}`;
  const base = number === null ? core : list.slice(0, -1).join(' ');
  const key = foldWords(base);
  // (`Q.` as a deposition's columns set it apart: `Q.   Do you recognize it?`.)
  if (key === 'q' && base !== 'Q' && base !== 'Q.') return null;
  // A police interview's or body camera's `SUBJECT:` in capitals; an e-mail's `Subject:` is none.
  if (key === 'subject' && base !== 'SUBJECT') return null;
  const whole = ROLES().get(foldWords(core)) ?? articleRole(core) ?? indefiniteVoxPop(core);
  if (whole) return whole;
  // Voices told apart by a letter (`REPORTER A`, `Journalist B`; Japanese `記者A`, `記者1`
  // without a space): that role, the letter or number kept.
  const lettered = LETTERED_VOICE.exec(core);
  if (lettered !== null) {
    const role = ROLES().get(foldWords((lettered[1] as string).trimEnd()));
    const mark = lettered[2] as string;
    if (role && (lettered[1] as string).trimEnd().length >= 2)
      return /\d/.test(mark) ? `${role} #${Number(mark)}` : `${role} ${mark}`;
  }
  // (A vox pop's word with a number is a script's voice in capitals only: `Student 1: the
  // first draft` is a list's item.)
  const vox =
    (number === null || base === base.toUpperCase()) &&
    (VOX_POP_WORDS.has(key) || (!key.includes(' ') && isCompoundTrade(base)));
  const role = ROLES().get(key) ?? (vox ? key : undefined);
  if (role) return number === null ? role : `${role} ${number}`;
  // `UNIDENTIFIED MALE`, `UNIDENTIFIED PERSON #1`, `Unknown Speaker 2`.
  const baseWords = words(key);
  const lead = baseWords[0] ?? '';
  const nouns = baseWords.slice(1);
  if (
    UNNAMED_LEADS.has(lead) &&
    nouns.length >= 1 &&
    nouns.length <= 2 &&
    nouns.every((n) => UNNAMED_NOUNS.has(n))
  ) {
    return number === null ? key : `${key} ${number}`;
  }
  // A script's or a phone-in's numbered people in capitals (`STUDENT 1`, `NURSE 2`, `POLICE
  // OFFICER 1`): different voices of that role, the number kept.
  if (digits !== null && base === base.toUpperCase() && numberedPerson(baseWords)) {
    return `${key} ${number}`;
  }
  const described =
    number === null || base === base.toUpperCase() ? describedPerson(base, baseWords) : null;
  if (described !== null) return number === null ? described : `${described} ${number}`;
  return null;
}

/**
 * Nouns of people an English report describes its unnamed voices by (`LOCAL RESIDENT`, `Shop
 * owner`, `POLICE OFFICER`): none of them a common surname, so a word or two before one is a
 * description, never a given name.
 */
const DESCRIBED_HEADS: ReadonlySet<string> = new Set(
  (
    'resident residents owner owners worker workers teacher nurse student students parent ' +
    'parents shopper shoppers commuter commuters volunteer volunteers protester protesters ' +
    'protestor voter voters neighbour neighbor shopkeeper survivor victim passenger passengers ' +
    'customer visitor visitors supporter supporters officer firefighter paramedic motorist ' +
    'homeowner employee spectator pilgrim refugee migrant villager passerby passer-by bystander ' +
    'eyewitness witness fan fans'
  ).split(' '),
);

/**
 * Nouns of people that are surnames too (`Minnie Driver`, `Tom Farmer`): a description only
 * after a word that names no one (`BUS DRIVER`, `Dairy farmer`) or in sentence case.
 */
const SURNAME_HEADS: ReadonlySet<string> = new Set(
  'driver drivers farmer farmers trader traders fisherman fishermen tenant'.split(' '),
);
const DESCRIBING_WORDS: ReadonlySet<string> = new Set(
  (
    'bus taxi cab lorry truck delivery train tram van ambulance tractor dairy cattle sheep ' +
    'market street stall fish local young old elderly retired another second third'
  ).split(' '),
);

/** Unnamed people by where they stand (`MAN IN CROWD`, `Voice from the crowd`, `WOMAN AT RALLY`). */
const PLACED_PEOPLE: ReadonlySet<string> = new Set(
  'man woman men women boy girl voice voices person people someone heckler member members'.split(
    ' ',
  ),
);
const PLACING_WORDS: ReadonlySet<string> = new Set(
  'in at from outside inside near on of'.split(' '),
);

/** Words that make a label or a phrase of the words before a noun of people. */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(
  (
    'the this that these those my our your his her their its every each some no any name ' +
    'number of for to and or with per by'
  ).split(' '),
);

/** Lower-case English words of a description (no digits, no initials). */
const DESCRIPTION_WORD = /^[a-z][a-z'’-]{1,20}$/;

/**
 * An unnamed voice an English report describes (`LOCAL RESIDENT`, `Police officer`, `SHOP
 * OWNER`, `MAN IN CROWD`, `Voice from the crowd`): the description in lower case as the role, or
 * null. Two or three words before a noun of people; or a person, a word of place and one or two
 * words. In capitals, sentence case (`Bus driver`) or title case; never after a courtesy or a
 * rank (`MR OWNER`).
 */
function describedPerson(base: string, keys: readonly string[]): string | null {
  if (keys.length < 2 || keys.length > 5 || !keys.every((w) => DESCRIPTION_WORD.test(w)))
    return null;
  const first = keys[0] ?? '';
  if (HONORIFICS.has(first) || Object.hasOwn(RANKS, first)) return null;
  const head = keys[keys.length - 1] ?? '';
  // (A form's or a release's label, `Name of victim:`, `The victim:`, `My mother:`, is no voice.)
  if (keys.length <= 3 && !keys.slice(0, -1).some((w) => NOT_DESCRIBING.has(w))) {
    if (DESCRIBED_HEADS.has(head)) return keys.join(' ');
    if (SURNAME_HEADS.has(head)) {
      const sentenceCase = base.slice(1) === base.slice(1).toLowerCase();
      if (sentenceCase || keys.slice(0, -1).every((w) => DESCRIBING_WORDS.has(w)))
        return keys.join(' ');
    }
  }
  // (In mixed case the place is in lower case: `Voice of America` is a name.)
  const lowerAfterFirst = base.slice(1) === base.slice(1).toLowerCase();
  if (
    keys.length >= 3 &&
    PLACED_PEOPLE.has(first) &&
    PLACING_WORDS.has(keys[1] ?? '') &&
    (base === base.toUpperCase() || lowerAfterFirst)
  ) {
    const place = keys[2] === 'the' ? keys.slice(3) : keys.slice(2);
    if (place.length >= 1 && place.length <= 2 && place.every((w) => !PLACING_WORDS.has(w)))
      return keys.join(' ');
  }
  return null;
}

/** Endings of English nouns of people (`protester`, `student`, `panellist`, `fireman`, `doctor`). */
const PERSON_ENDING = /(?:ist|[^m]ent|ant|ian|man|ee|[kdvgslyi]er|cher|ster|rmer|tor)$/;

/**
 * Nouns of people without such an ending (`+nurse`), and the words with one that name things
 * (`sector`, `event`): one list.
 */
const PERSON_NOUNS = lazy(
  () =>
    new Set(
      (
        '+nurse +parent +fan +male +female +pupil +guest +child +medic +mum +dad +member ' +
        '+officer +volunteer +owner +neighbour +pop +vox +official layer sector event content ' +
        'percent incident variant plant list under order border over river trailer coffee ' +
        'committee degree monitor'
      ).split(' '),
    ),
);

/** Nouns of people a vox pop's two-word description ends with (`BOAT OWNER`, `LOCAL RESIDENT`). */
const VOX_NOUNS: ReadonlySet<string> = new Set(
  (
    'owner resident residents worker driver farmer teacher nurse student parent shopper commuter ' +
    'fisherman volunteer protester protestor voter neighbour neighbor trader shopkeeper ' +
    'survivor witness victim patient passenger tenant landlord customer visitor supporter fan'
  ).split(' '),
);

/** Capital words of a numbered person (`STUDENT`, `POLICE OFFICER`, `VOX POP`), at most two. */
function numberedPerson(list: readonly string[]): boolean {
  if (list.length === 0 || list.length > 2 || !list.every((w) => /^[a-zäöüéèß-]{2,16}$/.test(w)))
    return false;
  const head = list[list.length - 1] ?? '';
  const known = PERSON_NOUNS().has(`+${head}`);
  return (known || (PERSON_ENDING.test(head) && !PERSON_NOUNS().has(head))) && !isLabel(head);
}

/**
 * A role word after who holds it, in a script without capitals: `法新社记者` (an agency's
 * reporter, Chinese press conferences) is a reporter with the agency as title; `김민수 기자`
 * (Korean: the name, a space, the role) is the reporter Kim Min-su. Else null: a person's name
 * alone is read from the whole transcript (`./caseless-tags.ts`).
 */
function caselessRoleCore(core: string): Core | null {
  if (core.length > 16) return null;
  for (let cut = 1; cut < core.length - 1; cut++) {
    const role = ROLES().get(core.slice(cut).trim());
    if (role === undefined) continue;
    const before = core.slice(0, cut);
    const holder = before.trim();
    if (holder === '' || !isCaselessLetter(holder[0] ?? '')) return null;
    // Arabic and Hebrew put the role before who holds it: a word before a role is a sentence's
    // (`وقال الوزير:`, and the minister said).
    const first = holder.charCodeAt(0);
    if ((first >= 0x590 && first <= 0x6ff) || (first >= 0x750 && first <= 0x77f)) return null;
    const named = core[cut] === ' ' || before.endsWith(' ');
    return { name: named ? holder : null, title: named ? null : holder, role, office: null };
  }
  return null;
}

/** A numbered label written as one word: its letters, then its number (`Speaker1`). */
const JOINED_LABEL = lazyRegExp(String.raw`^(\p{Lu}\p{Ll}+)\d{1,3}$`, 'u');

/** `Speaker 1`, `Говорящий 2`: a transcription service's numbered label, kept as the name. */
export function isNumberedLabel(core: string): boolean {
  const list = words(core);
  // `Speaker1` (Sonix and other exports write the label and its number as one word).
  if (list.length === 1) {
    const joined = JOINED_LABEL.exec(core);
    return joined !== null && NUMBERED_LABELS.has(foldWords(joined[1] ?? ''));
  }
  if (list.length !== 2 || !(isUpper(core[0] ?? '') || isCaselessLetter(core[0] ?? ''))) {
    return false;
  }
  const label = foldWords(list[0] ?? '');
  const voice = list[1] ?? '';
  // `Speaker A` (AssemblyAI's text export letters its voices), `Speaker S1` (Speechmatics').
  if (label === 'speaker' && /^(?:[A-Z]|S\d{1,2})$/.test(voice)) return true;
  return NUMBERED_LABELS.has(label) && voiceNumber(voice) !== null;
}

function isLabel(core: string): boolean {
  const key = foldWords(core);
  if (LABEL_PHRASES.has(key)) return true;
  const list = words(key);
  if (list.length > 1 && LABEL_ENDINGS.has(list[list.length - 1] ?? '')) return true;
  // A label and its number (`CHAPTER II`, `Part 3`, `Step 2`): a section's, no one's name.
  if (
    list.length === 2 &&
    LABELS.has(list[0] ?? '') &&
    /^(?:\d{1,3}|[ivx]{1,6})$/.test(list[1] ?? '')
  )
    return true;
  return list.length <= 3 && list.every((w) => LABELS.has(w.replace(/[.']/g, '')));
}

/**
 * Length of the office phrase at `list[start]` (modifiers, an office, then `of|for …`
 * complements up to `limit`), or 0. `Secretary of State for Health` → 5.
 */
function officeLength(
  list: readonly string[],
  keys: readonly string[],
  start: number,
  limit: number,
): number {
  let i = start;
  while (i < limit && OFFICE_MODIFIERS.has(keys[i] ?? '') && i - start < 2) i++;
  // The longest office from the table at i (the modifiers may also be part of it: `Chief Justice`).
  let best = 0;
  for (const from of [start, i]) {
    let key = '';
    for (let n = 1; n <= MAX_OFFICE_WORDS && from + n <= limit; n++) {
      key = key ? `${key} ${keys[from + n - 1] ?? ''}` : (keys[from] ?? '');
      if (OFFICES.has(key) || (n === 1 && isCompoundMinister(key))) best = Math.max(best, from + n);
    }
  }
  if (best === 0) return 0;
  // Complements: `of State`, `for Health and Social Care`, `of the Exchequer`.
  let end = best;
  let j = best;
  while (j < limit && OFFICE_CONNECTORS.has(keys[j] ?? '')) {
    let k = j + 1;
    while (k < limit && OFFICE_CONNECTORS.has(keys[k] ?? '')) k++;
    if (k >= limit || !isComplementWord(list[k] ?? '')) break;
    while (k < limit && isComplementWord(list[k] ?? '') && !OFFICE_CONNECTORS.has(keys[k] ?? ''))
      k++;
    end = k;
    j = k;
  }
  return end - start;
}

/** A capitalized word of an office's complement, after a French elided article (`l’Intérieur`). */
function isComplementWord(word: string): boolean {
  const elided = /^[ld]['’]/.test(word) ? 2 : 0;
  return isUpper(word[elided] ?? '');
}

/**
 * A minister's office written as one word, as the Nordic languages and Dutch compound it
 * (`Liikenneministeri`, `Utenriksminister`, `Justitieminister`, `Onderwijsminister`): the word
 * ends in the minister's word after a field of three letters or more (`administer` is none).
 */
function isCompoundMinister(key: string): boolean {
  if (key.endsWith('ministeri')) return key.length >= 12;
  return key.length >= 11 && key.endsWith('minister') && !key.endsWith('administer');
}

function officeText(list: readonly string[]): string {
  const text = list.join(' ');
  const cased = titleCaseIfCaps(text);
  if (cased === text) return text;
  // `LE PRÉSIDENT DE LA RÉPUBLIQUE` → `Président de la République`, `Secretary of State`.
  return cased
    .split(' ')
    .map((w, i) => (i > 0 && OFFICE_CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

/**
 * A title in capitals before a bite's name, title-cased as offices are (`SOŁTYS` → `Sołtys`,
 * `LEARNED COUNSEL FOR THE PETITIONER` → `Learned Counsel for the Petitioner`); a short word
 * stays as written (`CEO`, `FBI`).
 */
export function capsTitle(text: string): string {
  if (titleCaseIfCaps(text) === text) return text;
  return text.replace(/[^\s,/()]+/g, (w, at: number) =>
    at > 0 && OFFICE_CONNECTORS.has(w.toLowerCase())
      ? w.toLowerCase()
      : w.length > 3
        ? titleCaseIfCaps(w)
        : w,
  );
}

/** The articles before a paper's or a channel's name, as written: `Le Monde`, `Der Spiegel`. */
const OUTLET_ARTICLES: ReadonlySet<string> = new Set(
  'Le La Les Der Die Das El Il Het Lo O'.split(' '),
);

/**
 * The person a role's parentheses name (`ANCHOR (MARIA LOPEZ)`), or null: never an outlet
 * (`REPORTER (CNN Washington)`), nor an acronym among capitalised words.
 */
function roleHolder(holder: string | null): string | null {
  if (holder === null) return null;
  const list = words(holder);
  if (list.some((w) => AGENCIES.has(foldWords(w)))) return null;
  // A paper's or a channel's name after its article (`JOURNALIST (Le Monde)`, `Q (Der Spiegel)`,
  // `REPORTER (El País)`): the outlet, as `(The Guardian)` is.
  if (list.length === 2 && OUTLET_ARTICLES.has(list[0] as string)) return null;
  if (!isAllCaps(holder) && list.some((w) => w.length > 1 && isAllCaps(w))) return null;
  return nameCase(list);
}

/**
 * An office's holder without the member's own office or rank before the name: the Dáil's
 * `Minister for Health (Deputy Aoife Brennan)` is Aoife Brennan, as `Deputy Aoife Brennan:` later
 * is; a council's `Chair (Cllr Ewan Drummond)` is Ewan Drummond.
 */
function holderName(holder: string): string {
  const list = words(holder);
  const rest = list.slice(1);
  const first = bare(list[0] ?? '');
  if (list.length >= 3 && (OFFICES.has(first) || Object.hasOwn(RANKS, first)) && isNameWords(rest))
    return rest.join(' ');
  // A record in capitals names the holder so (`THE MINISTER OF RAILWAYS (SHRI A. VAISHNAW)`).
  return list.length > 1 && isAllCaps(holder) ? nameCase(list) : holder;
}

/**
 * Broadcasters whose name holds a number, as an interview's label names the interviewer
 * (`FRANCE 24: Minister, …`): a name with a number is otherwise a numbered label or no tag.
 */
const NUMBERED_CHANNELS: ReadonlySet<string> = new Set([
  'france 24',
  'france 2',
  'france 3',
  'channel 4',
  'channel 5',
  'channel 7',
  'channel 9',
  'channel 10',
  'radio 4',
  'bbc radio 4',
  'tf1',
  'rai 1',
  'rai 3',
  'canale 5',
  'antena 3',
  'tvn24',
  'i24news',
  'sky tg24',
  'tg1',
]);

/** The roles of a newsroom's staff, named before the person or after the outlet. */
const NEWSROOM_ROLES: ReadonlySet<string> = new Set([
  'reporter',
  'correspondent',
  'anchor',
  'host',
  'presenter',
]);
/**
 * An outlet's name in capitals: a call sign (`KXYZ`, `WXYZ-TV`), a network, or a word before
 * `NEWS`/`TV`/`RADIO`, then those words or a channel number (`CHANNEL 9 NEWS`, `FOX 5`); or the
 * desk the role works for (`SPORTS ANCHOR`, `WEATHER ANCHOR`, `POLITICAL CORRESPONDENT`).
 */
const OUTLET =
  /^(?:(?:[A-Z]+ )?(?:[CKW][A-Z]{2,3}(?:-TV|-FM)?|NEWS|TV|RADIO|CHANNEL|CBS|NBC|ABC|FOX|CNN|BBC|CBC|NPR|PBS|ITV|SKY|RTÉ|AP|REUTERS)(?: (?:NEWS|TV|RADIO|\d{1,2}))*|SPORTS|WEATHER|TRAFFIC|BUSINESS|POLITICAL|FOREIGN)$/;

/** `[OUTLET] ROLE [FULL NAME]` in capitals (see {@link NEWSROOM_ROLES}), or null. */
function newsroomStaff(list: readonly string[], keys: readonly string[]): Core | null {
  const end = Math.min(list.length, 5);
  for (let r = 0; r < end; r++) {
    const role = ROLES().get(keys[r] ?? '');
    // (`PRES.`, `REP.` before a name are ranks: President, Representative.)
    if (role === undefined || !NEWSROOM_ROLES.has(role) || RANKS[keys[r] ?? ''] !== undefined)
      continue;
    const outlet = list.slice(0, r);
    const person = list.slice(r + 1);
    if (outlet.length > 0 && !OUTLET.test(outlet.join(' '))) return null;
    if (person.length === 0) {
      if (outlet.length === 0) return null;
      return { name: null, title: outlet.join(' '), role, office: null };
    }
    if (person.length < 2 || person.length > 3 || !isNameWords(person)) return null;
    if (person.some((w, i) => ROLES().has(keys[r + 1 + i] ?? '') || isHonorific(w))) return null;
    const title = outlet.length > 0 ? outlet.join(' ') : null;
    return { name: nameCase(person, false), title, role, office: null };
  }
  return null;
}

/** A spokesperson's word in English (no one's surname). */
const SPOKES_EN: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/** A spokesperson's word in other languages, read beside an organisation's word only. */
const SPOKES_WORDS: ReadonlySet<string> = new Set([
  ...SPOKES_EN,
  ...(
    'woordvoerder woordvoerster woordvoerdster porte-parole portavoz portavoce rzecznik ' +
    'rzeczniczka pressesprecher pressesprecherin sprecher sprecherin talsperson ' +
    'pressetalsperson tiedottaja'
  ).split(' '),
]);
/** Words of an organisation a spokesperson speaks for (`POLICE`, `GEMEENTE`, `FEUERWEHR`). */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'police politie polizei policía polizia policja polisen politiet poliisi gendarmerie fire ' +
    'brandweer feuerwehr bomberos pompiers vigili department ministry ministerie ministerium ' +
    'ministère ministerio ministero council gemeente stadt ayuntamiento comune mairie ' +
    'government regering regierung gobierno governo army military defence defense defensie ' +
    'hospital ziekenhuis klinikum company union board agency office commission authority court ' +
    'prosecutor prosecutors embassy airport airline railway university school district county ' +
    'city state club federation prefecture préfecture prefettura questura nato un eu kremlin ' +
    'pentagon coastguard ambulance rescue'
  ).split(' '),
);

/** A newsroom's post after its beat (`POLITICAL EDITOR`, `HEALTH CORRESPONDENT`). */
const NEWSROOM_POSTS: ReadonlySet<string> = new Set([
  'editor',
  'correspondent',
  'analyst',
  'commentator',
]);

/**
 * A newsroom's post after its beat, in a few capitalised words (`EUROPE EDITOR`, `HEALTH
 * CORRESPONDENT`, `Political editor`), unnamed or before its holder's full name (`POLITICAL
 * EDITOR LAURA SMITH`): the post is the title. Null for anything else.
 */
function newsroomPostCore(
  list: readonly string[],
  keys: readonly string[],
  turkish: boolean,
): Core | null {
  if (list.length < 2 || list.length > 6) return null;
  let post = -1;
  for (let i = 1; i < list.length && i <= 3; i++) if (NEWSROOM_POSTS.has(keys[i] ?? '')) post = i;
  if (post === -1) return null;
  const beat = list.slice(0, post);
  if (!beat.every((w) => STARTS_LETTER.test(w) && !isHonorific(w) && isUpper(w[0] ?? '')))
    return null;
  // (An outlet before the post is the staff's: `NBC NEWS CORRESPONDENT`, see newsroomStaff.)
  if (beat.some((w) => OUTLET_WORDS.has(bare(w)) || AGENCIES.has(bare(w)))) return null;
  if (beat.some((w) => OFFICE_CONNECTORS.has(bare(w)))) return null;
  const office = officeText(list.slice(0, post + 1));
  const person = list.slice(post + 1);
  if (person.length === 0)
    return { name: null, title: office, role: foldWords(list.join(' ')), office };
  if (person.length < 2 || person.length > 3 || !isNameWords(person)) return null;
  return { name: nameCase(person, turkish), title: office, role: null, office };
}

/**
 * An organisation's spokesperson, unnamed (`POLICE SPOKESPERSON`, `FIRE DEPARTMENT SPOKESMAN`,
 * `WOORDVOERDER POLITIE`, `Sprecher Feuerwehr`): the office, the organisation in it; null for
 * anything else (`SPOKESMAN KIRBY` is Kirby, `JAN SPRECHER` a name).
 */
function spokespersonCore(list: readonly string[], keys: readonly string[]): Core | null {
  if (list.length < 2 || list.length > 5) return null;
  const last = keys[keys.length - 1] ?? '';
  const first = keys[0] ?? '';
  const organisation = (from: number, to: number) =>
    keys.slice(from, to).some((k) => ORGANISATION_WORDS.has(k));
  const capitalised = (from: number, to: number) =>
    list.slice(from, to).every((w) => isUpper(w[0] ?? '') && !isHonorific(w));
  const before =
    SPOKES_WORDS.has(last) &&
    capitalised(0, -1) &&
    (SPOKES_EN.has(last) || organisation(0, list.length - 1));
  // (After the word, the organisation may be in lower case: `Woordvoerder politie`.)
  const after =
    !before &&
    SPOKES_WORDS.has(first) &&
    list.slice(1).every((w) => STARTS_LETTER.test(w) && !isHonorific(w)) &&
    organisation(1, list.length);
  if (!before && !after) return null;
  const office = officeText(list);
  return { name: null, title: office, role: foldWords(list.join(' ')), office };
}

function readCore(core: string, holder: string | null, turkish = false): Core | null {
  if (core.length === 0 || core.length > MAX_TAG_CHARS) return null;
  const first = core[0] ?? '';
  if (isDigit(first)) return null;
  // A service's numbered label (`Sprecher 1`, `Locutor 2`) before a role of the same word.
  if (isNumberedLabel(core)) return { name: core, title: null, role: null, office: null };
  // A channel whose name holds its number asks the questions (`FRANCE 24:`, `Channel 4:`).
  if (core.length <= 16 && NUMBERED_CHANNELS.has(foldWords(core)))
    return { name: core, title: null, role: null, office: null };
  const role = readRole(core);
  if (!role && isCaselessLetter(first)) return caselessRoleCore(core);
  // A role with its holder's name in parentheses (`ANCHOR (MARIA LOPEZ)`) is that person in
  // that role: `LOPEZ:` later is the same voice.
  if (role) {
    const named = roleHolder(holder);
    // A description with its holder (`BUSINESS OWNER (SARAH KIM)`) is the person's title, as a
    // vox pop's words before a full name are (`BOAT OWNER TOM LEE`).
    if (named !== null && !ROLES().has(role) && describedPerson(core, words(foldWords(core)))) {
      const post = titleCaseIfCaps(core);
      return { name: named, title: post, role: null, office: post };
    }
    return { name: named, title: null, role, office: null };
  }
  if (!isUpper(first)) {
    // (`da Silva:`, `deShawn:`: a speech-to-text label's name, as written.)
    return isLower(first) && LOWER_FIRST_NAME.test(core)
      ? { name: core, title: null, role: null, office: null }
      : null;
  }
  if (isLabel(core)) return null;

  const list = words(core);
  const keys = list.map(bare);
  const caps = isAllCaps(core);

  const spokes =
    spokespersonCore(list, keys) ??
    (holder === null ? newsroomPostCore(list, keys, turkish) : null);
  if (spokes !== null) return spokes;

  const lead = keys[0] ?? '';
  let skip = OFFICE_ARTICLES.has(lead) || (isHonorific(list[0] ?? '') && list.length > 1) ? 1 : 0;
  // A courtesy title and an article before the office (`M. le ministre`, `Mme la présidente`).
  if (
    skip === 1 &&
    list.length > 2 &&
    (keys[1] === 'le' || keys[1] === 'la') &&
    !OFFICE_ARTICLES.has(lead)
  )
    skip = 2;

  // Office before a name: `CHIEF JUSTICE ROBERTS`, `President of Russia Vladimir Putin`,
  // `Foreign Minister Sergey Lavrov`. The name is the last one to three name words; never words
  // of an office in the table (`SPEAKER PRO TEMPORE` is an office, not Speaker Pro Tempore).
  if (skip === 0 && !OFFICES.has(keys.join(' '))) {
    for (const nameLen of [2, 1, 3]) {
      const at = list.length - nameLen;
      if (at < 1) continue;
      const nameWords = list.slice(at);
      if (!isNameWords(nameWords) || nameWords.some((w) => isHonorific(w))) continue;
      // An office's own word is no name (`DEPUTY PREMIER`, `SHADOW TREASURER`).
      if (nameWords.every((w) => OFFICES.has(bare(w)))) continue;
      // Nor is an office's last word before a surname (`DEPUTY MAYOR SMITH`, `SECRETARY GENERAL
      // RUTTE`): the longer office, the shorter name.
      // (The name's first word an office's own, not a portfolio's: `President of Russia Vladimir
      // Putin` is Vladimir Putin.)
      if (
        nameLen > 1 &&
        (OFFICES.has(keys[at] ?? '') || OFFICES.has(keys.slice(0, at + 1).join(' '))) &&
        officeLength(list, keys, 0, at + 1) === at + 1
      )
        continue;
      const len = officeLength(list, keys, 0, at);
      // A portfolio before the office, outside the table (`Agriculture Minister Oksana Lut`,
      // `Economic Development Minister …`): one or two capitalised words, before a full name.
      let portfolio = 0;
      // Or the level of government before the office, before a surname alone (`CITY COUNCILLOR
      // JONES`, `COUNTY COMMISSIONER REYES`, `STATE SENATOR DIAZ`).
      if (
        len !== at &&
        nameLen === 1 &&
        at === 2 &&
        GOVERNMENT_LEVELS.has(keys[0] ?? '') &&
        officeLength(list, keys, 1, at) === 1
      )
        portfolio = 1;
      if (len !== at && nameLen >= 2) {
        for (const pre of [1, 2]) {
          if (at - pre < 1 || !list.slice(0, pre).every((w) => isUpper(w[0] ?? ''))) continue;
          if (
            list
              .slice(0, pre)
              .some((w, i) => isHonorific(w) || OFFICE_CONNECTORS.has(keys[i] ?? ''))
          )
            continue;
          if (officeLength(list, keys, pre, at) === at - pre) {
            portfolio = pre;
            break;
          }
        }
      }
      // An academic title between the office and the name stays the name's (`Bundesminister Dr.
      // Karl Lauterbach`, `Alterspräsident Dr. Wolfgang Schäuble`, the Bundestag's Plenarprotokoll).
      if (
        len !== at &&
        at >= 2 &&
        isHonorific(list[at - 1] ?? '') &&
        officeLength(list, keys, 0, at - 1) === at - 1
      ) {
        const office = officeText(list.slice(0, at - 1));
        return { name: nameCase(list.slice(at - 1), turkish), title: office, role: null, office };
      }
      if (len === at || portfolio > 0) {
        const office = officeText(list.slice(0, at));
        return { name: nameCase(nameWords, turkish), title: office, role: null, office };
      }
    }
  }

  // An article, an office in lower case and the holder's surname (`Il ministro Giorgetti`, `El
  // presidente Sánchez`, `Le ministre Lecornu`, as Romance transcripts name them): the holder.
  if (skip === 1 && OFFICE_ARTICLES.has(lead) && list.length >= 3 && !caps) {
    // (A portfolio in capitals after its connector, `El ministro de Hacienda Carlos Cuerpo`, or a
    // German office, a noun, `Der Bundeskanzler Friedrich Merz`: a full name is likelier then.)
    const capitalOffice = list.slice(1, -1).some((w) => isUpper(w[0] ?? ''));
    for (const nameLen of capitalOffice ? [2, 1] : [1, 2]) {
      const at = list.length - nameLen;
      if (at < 2) continue;
      const nameWords = list.slice(at);
      if (!isNameWords(nameWords) || !nameWords.every((w) => isUpper(w[0] ?? ''))) continue;
      const officeWords = list.slice(1, at);
      if (
        !officeWords.every(
          (w, k) =>
            isLower(w[0] ?? '') ||
            OFFICE_CONNECTORS.has(bare(w)) ||
            // A portfolio after its connector; a German office noun opening the office.
            (k > 0 && OFFICE_CONNECTORS.has(bare(officeWords[k - 1] ?? ''))) ||
            (k === 0 && (lead === 'der' || lead === 'die')),
        )
      )
        continue;
      if (officeLength(list, keys, 1, at) !== at - 1) continue;
      const office = officeText(list.slice(1, at));
      return { name: nameCase(nameWords, turkish), title: office, role: null, office };
    }
  }

  // Office-first: `The Prime Minister`, `The Secretary of State for Health (Sam Patel)`,
  // `Mr Speaker`, `Madam Deputy Speaker`, and an office alone (`Prime Minister`).
  const officeLen = officeLength(list, keys, skip, list.length);
  if (officeLen > 0 && skip + officeLen === list.length) {
    const office = officeText(list.slice(skip));
    if (holder !== null) return { name: holderName(holder), title: office, role: null, office };
    return { name: null, title: office, role: foldWords(list.slice(skip).join(' ')), office };
  }

  // A post outside the table over its holder in brackets (`Harbour Master (Morag Bell)`, `Fire
  // Chief (Dan Reyes)`, `Site Manager (Ola Berg)`): the last word a post's, the holder the name.
  if (
    holder !== null &&
    skip === 0 &&
    list.length <= 4 &&
    POST_NOUNS.has(keys[keys.length - 1] ?? '') &&
    isNameWords(words(holderName(holder)))
  ) {
    const office = officeText(list);
    return { name: holderName(holder), title: office, role: null, office };
  }
  // A newsroom's role before a full name (`REPORTER JOHN SMITH`) or after its outlet (`KXYZ NEWS
  // REPORTER`, `CBS NEWS CORRESPONDENT JOHN SMITH`): the person in that role, the outlet the title.
  if (skip === 0 && caps && list.length >= 2) {
    const staff = newsroomStaff(list, keys);
    if (staff) return staff;
  }
  // A programme's role word before a full name (`HOST SARAH LEE`, `Moderator Jane Doe`,
  // `Correspondent Anna Volkova`; a surname alone in mixed case after a word, not a letter, `Frage Krause`): that person
  // in that role, as `ANCHOR (MARIA LOPEZ)` is.
  // (A rank's abbreviation is the rank: `PRES. JANE ROE` is Jane Roe, President.)
  if (
    skip === 0 &&
    list.length >= 2 &&
    (list.length > 2 || (!caps && (keys[0] ?? '').length > 3)) &&
    list.length <= 5 &&
    !VOX_POP_WORDS.has(keys[0] ?? '') &&
    !(list[0] ?? '').endsWith('.') &&
    !Object.hasOwn(RANKS, keys[0] ?? '')
  ) {
    const lead = readRole(list[0] ?? '');
    const person = list.slice(1);
    if (lead !== null && NAMED_ROLES.has(lead) && isNameWords(person, false))
      return { name: nameCase(person, turkish), title: null, role: lead, office: null };
  }
  // A vox pop's word before a full name is the title (`Bewoner Henk van Rijn`, `Resident Jo Lee`).
  if (skip === 0 && list.length >= 3 && VOX_POP_WORDS.has(keys[0] ?? '')) {
    const person = list.slice(1);
    if (isNameWords(person, false))
      return { name: nameCase(person, turkish), title: list[0] ?? null, role: null, office: null };
  }
  // Two words saying who a vox pop is before the full name (`BOAT OWNER TOM LEE`, `LOCAL
  // RESIDENT ANA RUIZ`): the second a noun of people, the two the title.
  if (skip === 0 && (list.length === 4 || list.length === 5) && caps) {
    const person = list.slice(2);
    if (VOX_NOUNS.has(keys[1] ?? '') && isNameWords(person, false)) {
      const title = titleCaseIfCaps(list.slice(0, 2).join(' '));
      return { name: nameCase(person, turkish), title, role: null, office: null };
    }
  }

  // Ranks (`SEN.`, `GOV.`, `LT. GEN.`) are the title; courtesy honorifics (`MR.`, `Ms.`, `Lord`)
  // stay in the name: `SEN. JANE DOE` is Jane Doe, Senator; `MS. JEAN-PIERRE` is Ms. Jean-Pierre.
  let at = 0;
  const ranks: string[] = [];
  while (at < list.length - 1 && RANKS[bare(list[at] ?? '')] !== undefined) {
    ranks.push(RANKS[bare(list[at] ?? '')] ?? '');
    at++;
  }
  // The German government's `P Macron:` (a head of state): a capital `P` before one surname
  // only, never an initial before a full name (`P Jane Doe`) or in lower case.
  if (at === 0 && list.length === 2 && list[0] === 'P' && STARTS_CAPITALISED.test(list[1] ?? '')) {
    ranks.push('Präsident');
    at = 1;
  }
  // A Land's head of government in the same transcripts and the Länder's (`MP Weil:`, `MP’in
  // Schwesig:`, `MPin Rehlinger:`, `MP WEIL:`): the Ministerpräsident(in), before one surname
  // only (a UK member's `MP JANE SMITH` stays as it was).
  const premier = at === 0 && list.length === 2 ? MINISTERPRASIDENT[list[0] ?? ''] : undefined;
  if (premier !== undefined && STARTS_LETTER.test(list[1] ?? '') && isUpper(list[1]?.[0] ?? '')) {
    ranks.push(premier);
    at = 1;
  }
  let rest = list.slice(at);
  // A barrister's rank after the name is a title (`MS ADEYEMI KC` is Ms Adeyemi, KC).
  const postNominal =
    rest.length > 1 && POST_NOMINALS.has(bare(rest[rest.length - 1] ?? ''))
      ? (rest[rest.length - 1] as string)
      : null;
  if (postNominal) {
    rest = rest.slice(0, -1);
    ranks.push(postNominal);
  }
  const courtesy = isHonorific(rest[0] ?? '') && rest.length > 1;
  const peer = courtesy && PEERAGE.has(bare(rest[0] ?? ''));
  const nameWords = courtesy ? rest.slice(1) : rest;
  if (caps && list.length > 5) return null;
  if (!isNameWords(nameWords, peer)) return null;
  // (A courtesy title closes no name; `Sr.` after a full name is its generation: `John Smith Sr.`.)
  const last = nameWords[nameWords.length - 1] ?? '';
  if (isHonorific(last) && !(nameWords.length >= 3 && nameSuffix(last) !== null)) return null;
  return {
    name: nameCase(rest, turkish),
    title: ranks.length > 0 ? ranks.join(' ') : null,
    role: null,
    office: null,
  };
}

/**
 * An office before the comma and a full name after it (`COMANDANTE DOS BOMBEIROS, RUI TEIXEIRA`,
 * `FIRE CHIEF, JANE DOE`): the name is the core and the office its title, as `NAME, OFFICE` reads.
 */
function officeFirst(head: Head): Head {
  if (head.title === null) return head;
  // The office's division in brackets before the comma is the office's (India's MEA: `Secretary
  // (East), Smt. Neena Malhotra`, `Joint Secretary (BM), Shri …`); a note after it is the name's.
  const division = head.notes.length > 0 && head.notesBeforeComma === head.notes.length;
  if (head.notes.length > 0 && !division) return head;
  const list = words(head.core);
  let person = words(head.title);
  // A name with its courtesy title after the comma is the person's, whatever the function
  // before it (India's MEA: `Official Spokesperson, Shri Randhir Jaiswal`).
  const courtesy = person.length > 2 && isHonorific(person[0] as string);
  // (An article may open the office: `La portavoz del Gobierno, Pilar Alegría`.)
  const article = list.length > 1 && OFFICE_ARTICLES.has(bare(list[0] ?? '')) ? 1 : 0;
  if (courtesy) person = person.slice(1);
  else if (officeLength(list, list.map(bare), article, list.length) !== list.length - article)
    return head;
  if (person.length < 2 || person.length > 3 || !isNameWords(person)) return head;
  // (An organisation after an office is no person: `SPOKESPERSON, FIRE DEPARTMENT`.)
  if (person.some((w) => ORGANISATION_WORDS.has(bare(w)))) return head;
  const core = readCore(head.title, null);
  if (core?.name == null || core.title !== null || core.role !== null) return head;
  if (!division)
    return {
      ...head,
      core: head.title,
      title: article > 0 && !courtesy ? list.slice(article).join(' ') : head.core,
    };
  const office = `${head.core} ${head.notes.map((n) => `(${n})`).join(' ')}`;
  return { ...head, core: head.title, title: office, notes: [], notesBeforeComma: 0 };
}

/**
 * Ranks written after a barrister's or judge's name (`KC`, `QC`, `SC`; an English judge's `LJ`,
 * `J`, `MR` for the Master of the Rolls, `CJ`, `JSC`: `SIR GEOFFREY VOS MR`, `CARR J`).
 */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'kc',
  'qc',
  'sc',
  'lj',
  'ljj',
  'j',
  'mr',
  'cj',
  'lcj',
  'jsc',
  'psc',
  'dpsc',
]);

/**
 * The particles of European and Arabic names, written in lower case inside a full name
 * (`Ursula von der Leyen`, `Charles de Gaulle`, `Luiz Inácio Lula da Silva`, `Mohammed bin
 * Salman`), never as its first or last word (`Van Morrison`, `DE LA CRUZ:` → `De la Cruz`).
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de du da di del della dos das do la le las los zu ter ten bin ibn y'.split(' '),
);

/** A generation's Roman numeral (`II` to `VIII`). */
const ROMAN_GENERATION = /^(?:II|III|IV|VI|VII|VIII)$/;

/** A generational suffix in capitals (`JR.`, `SR`) → `Jr.`, `Sr`; null for any other word. */
function nameSuffix(word: string): string | null {
  const lower = word.toLowerCase();
  return lower === 'jr' || lower === 'jr.' || lower === 'sr' || lower === 'sr.'
    ? `${word.charAt(0)}${lower.slice(1)}`
    : null;
}

/**
 * Post-nominal letters with a vowel, kept in the name as `MP` is (those without one stay as
 * initials do: `MP`, `MSP`, `TD`).
 */
const MEMBER_LETTERS: ReadonlySet<string> = new Set(
  'MLA MEP MHA MHK OBE MBE CBE KBE DBE AO AC AM OAM'.split(' '),
);

/** A `Mc` surname all in capitals, four letters at least after the prefix (`MCDONALD`, `MCCARTHY`). */
const MC_ALL_CAPS = /^MC[A-Z][A-Z'-]{2,}$/;

/** A `Mc`/`Mac` surname whose rest is in capitals (`McKENZIE`, `MacDONALD`, `McKENZIE-SMITH`). */
const MC_CAPS = /^(Mac|Mc)[A-Z][A-Z'-]+$/;

/** A name as written, but a word in capitals in title case (`Mr. TOMAS HERRERA` → `Mr. Tomas Herrera`). */
/**
 * Capital vowels of the Latin, Cyrillic and Greek alphabets, accents taken off (`ИВАН`, `ÜLKÜ`,
 * `ΕΛΕΝΗ` have them; initials, `HHJ`, `RT`, have none).
 */
const CAPITAL_VOWEL = /[AEIOUYÆØАЕИОУЫЭЮЯІЄΑΕΗΙΟΥΩ]/u;

function hasVowel(word: string): boolean {
  return CAPITAL_VOWEL.test(word) || CAPITAL_VOWEL.test(word.normalize('NFD'));
}

function nameCase(list: readonly string[], turkish = false): string {
  // A speaker's initials alone stay as written (`JD:`, `LK:`, `HMT:`): `Jd` names nobody.
  const only = list.length === 1 ? (list[0] ?? '') : '';
  if (only.length === 2 || (only.length === 3 && !hasVowel(only))) {
    if (isAllCaps(only)) return only;
  }
  // A judge's style of initials without a vowel stays (`HHJ PATEL` is HHJ Patel, `DJ`).
  return list
    .map((w, i) => {
      // A surname in capitals after its own `Mc`/`Mac` (Australia's Hansard: `Senator
      // McKENZIE`, `Ms MacDONALD`) keeps the prefix: McKenzie.
      const mc = MC_CAPS.exec(w);
      if (mc) return (mc[1] as string) + titleCaseIfCaps(w.slice((mc[1] as string).length));
      if (w.length < 2 || !isAllCaps(w)) return w;
      const suffix = i > 0 ? nameSuffix(w) : null;
      if (suffix !== null) return suffix;
      // A generation's Roman numeral after the name stays in capitals (`JOHN SMITH III`).
      if (i > 0 && ROMAN_GENERATION.test(w)) return w;
      // Post-nominal letters stay in capitals (`MIKE NESBITT MLA`, `JANE DOE MEP`, `OBE`).
      if (i > 0 && MEMBER_LETTERS.has(w)) return w;
      // An Irish or Scottish `Mc` surname in capitals (`MCDONALD` → McDonald).
      if (MC_ALL_CAPS.test(w)) return `Mc${titleCaseIfCaps(w.slice(2))}`;
      if (i > 0 && i < list.length - 1 && NAME_PARTICLES.has(w.toLowerCase()))
        return w.toLowerCase();
      // An honorific's letters after a name's word are its initials (`Andrew RT Davies`).
      return w.length <= 4 && !hasVowel(w) && !(isHonorific(w) && isHonorific(list[0] ?? ''))
        ? w
        : titleCaseIfCaps(w, turkish);
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// The tag

interface Parsed {
  name: string | null;
  title: string | null;
  role: string | null;
  office: string | null;
  delivery: string | null;
  translated: boolean;
  timestampMs: number | null;
  /** The time of day a Hansard tag's note gives, as written (`09:31`; see isClockNote). */
  clockTime?: string;
}

/**
 * Tag texts already classified: a transcript repeats its few speakers' tags hundreds of times.
 * Bounded (cleared when full); the results are flat and handed out as copies.
 */
const CLASSIFIED = new Map<string, Parsed | null>();
const CLASSIFIED_MAX = 512;

/** Classifies the text before the colon. Returns null when it is not a speaker tag. */
/** A US script's delivery after the role in capitals (`ANCHOR VO`, `REPORTER/SOT`, `ANCHOR ON CAM`). */
const ROLE_DELIVERY =
  /^([A-Z][A-Z -]{1,28}?)(?: ?\/ ?| )(VO|V\/O|SOT|OC|O\/C|ON CAM|VO\/SOT|SOT\/VO)$/;
const SCRIPT_DELIVERIES: Readonly<Record<string, string>> = {
  VO: 'voice-over',
  'V/O': 'voice-over',
  SOT: 'sot',
  OC: 'on-camera',
  'O/C': 'on-camera',
  'ON CAM': 'on-camera',
  'VO/SOT': 'voice-over',
  'SOT/VO': 'sot',
};

/**
 * A role in capitals and the delivery a US script writes after it, without brackets (`ANCHOR
 * VO:`, `ANCHOR/VO:`, `REPORTER SOT:`): that role so delivered; a name before it is none (`VO` is
 * a surname too).
 */
function roleWithDelivery(raw: string): Parsed | null {
  if (raw.length > 40 || raw.charCodeAt(raw.length - 1) > 0x5a) return null;
  const m = ROLE_DELIVERY.exec(raw);
  if (!m) return null;
  const role = readRole(m[1] as string);
  if (role === null) return null;
  return { ...NO_PARTS, role, delivery: SCRIPT_DELIVERIES[m[2] as string] ?? null };
}

function classify(raw: string, turkish = false): Parsed | null {
  // A name's case depends on its language (`YILMAZ` is `Yılmaz` in a Turkish script).
  const key = turkish ? `tr\u0000${raw}` : raw;
  const known = CLASSIFIED.get(key);
  if (known !== undefined) return known && { ...known };
  const parsed = roleWithDelivery(raw) ?? classifyText(raw, turkish);
  if (raw.length <= 2 * MAX_TAG_CHARS) {
    if (CLASSIFIED.size >= CLASSIFIED_MAX) CLASSIFIED.clear();
    CLASSIFIED.set(key, parsed && { ...parsed });
  }
  return parsed;
}

/**
 * The lead of a wire-service video script's sound bite (AP `4. SOUNDBITE (Dutch) Name, title:`,
 * Reuters `(SOUNDBITE) (English) TITLE, NAME, SAYING:`): the shot number, the word in capitals,
 * with or without parentheses, and the language in parentheses. Bounded classes, no nesting.
 */
const WIRE_SOUNDBITE =
  /^(?:\d{1,3}\.[ \t]+)?(?:\(SOUNDBITE\)|SOUNDBITE)(?:[ \t]+\([^()]{1,40}\))?[ \t]+/;
/** AP's lead with a colon after the word (`3. SOUNDBITE: (English) Name, title:`). */
const WIRE_SOUNDBITE_COLON = /^(?:\d{1,3}\.[ \t]+)?SOUNDBITE(?=:[ \t])/;
/** Reuters' `…, SAYING` after the speaker: the tag's name is the last part before it. */
const SAYING = /,?[ \t]+SAYING$/;

/**
 * A wire sound bite's speaker (see {@link WIRE_SOUNDBITE}): Reuters writes the title first and
 * ends with `SAYING` (`KYIV RESIDENT, OKSANA HRYTSENKO, SAYING`), AP the name first (`Tom Bakker,
 * farmer`). The language stays in the tag's raw text; the delivery is a sound bite.
 */
function classifyWireSoundBite(raw: string, lead: number): Parsed | null {
  let rest = raw.slice(lead);
  const saying = SAYING.exec(rest);
  if (saying) {
    rest = rest.slice(0, saying.index);
    const comma = rest.lastIndexOf(',');
    if (comma > 0) rest = `${rest.slice(comma + 1).trim()}, ${rest.slice(0, comma).trim()}`;
  }
  const inner = classifyText(rest);
  if (inner && inner.delivery === null) inner.delivery = 'sot';
  return inner;
}

/**
 * A meeting participant shown by their device's name (Zoom, Webex, Teams: `iPhone:`, `iPad Pro:`,
 * `Galaxy S21:`, `Pixel 7:`) or, dialled in, by their phone number (`14155550123:`, `+44 20 7946
 * 0011:`): nobody's name. Anchored, bounded alternatives.
 */
const DEVICE =
  /^(?:\+?\d{10,15}|\+\d{1,3}(?: \d{2,5}){2,4}|iPhone|iPad(?: (?:Pro|Air|mini))?|Galaxy (?:[A-Z]{1,2}\d{1,3}|Note ?\d{1,2}|Tab [A-Z]\d{1,2})(?: (?:Ultra|Plus|FE))?\+?|Pixel \d{1,2}a?(?: (?:Pro|XL))?|Android|OnePlus \d{1,2}(?: Pro)?|MacBook(?: (?:Pro|Air))?|Chromebook)(?: \(\d{1,2}\))?$/;

/** True when a tag's text is a device's name or a phone number (`iPhone`, `Galaxy S21`): an unnamed voice. */
export function isDeviceName(raw: string): boolean {
  return raw.length <= 30 && DEVICE.test(raw);
}

/** The role of a voice known only by a device: each device is a voice of its own. */
export const DEVICE_ROLE = 'unidentified speaker';

/**
 * A diarization label written out as a tag (WhisperX and pyannote text: `[SPEAKER_00]:`,
 * `SPEAKER_01:`; AWS `spk_0:`): numbered from 0, named from 1 (`Speaker 1`), as speech-to-text
 * JSON's labels are.
 */
const DIARIZATION_LABEL = /^\[?(?:SPEAKER|[Ss]peaker|spk)_(\d{1,3})\]?$/;
/** A speech-to-text export's voice in lower case (`speaker 1:`), numbered from 1 as written. */
const LOWER_SPEAKER_LABEL = /^speaker (\d{1,3})$/;

/**
 * A French agent noun in capitals, as a description's first word (`CHAUFFEUR`, `VENDEUSE`,
 * `AGRICULTRICE`, `COMMERÇANTE`, `INFIRMIÈRE`, `PHARMACIENNE`); given names with those endings
 * (`BÉATRICE`, `PATRICE`, `BAPTISTE`, `CLAIRE`, `LUCIENNE`) are not.
 */
const FRENCH_AGENT =
  /^(?!(?:BÉA|BEA|PA)TRICE\b|BAPTISTE\b|CLAIRE\b|HILAIRE\b|LUCIENNE\b)[A-ZÀ-Ý]{2,}(?:EUR|EUSE|TRICE|ISTE|IÈRE|CIENNE|ANTE?|AIRE)(?![A-ZÀ-Ý])/;

/** People a French report describes by what they are (`ITW ADJOINTE AU MAIRE`, `ITW ÉLUE`). */
const FRENCH_PEOPLE = new Set(
  'adjoint adjointe élu élue député députée préfet préfète riverain riveraine témoin médecin policier policière gendarme pompier salarié salariée étudiant étudiante élève mère père client cliente avocat avocate expert experte patron patronne chef cheffe'.split(
    ' ',
  ),
);

/** A description in capitals after `ITW`: an agent noun, an office or a person's kind first. */
function isFrenchDescription(rest: string): boolean {
  const first = rest.slice(0, (rest + ' ').indexOf(' ')).toLowerCase();
  return FRENCH_AGENT.test(rest) || FRENCH_PEOPLE.has(first) || OFFICES.has(first);
}

function classifyText(raw: string, turkish = false): Parsed | null {
  const c0 = raw.charCodeAt(0);
  if (c0 === 0x5b || c0 === 0x53 || c0 === 0x73) {
    const label = DIARIZATION_LABEL.exec(raw);
    if (label) return { ...NO_PARTS, name: `Speaker ${Number(label[1]) + 1}` };
    const lower = c0 === 0x73 ? LOWER_SPEAKER_LABEL.exec(raw) : null;
    if (lower) return { ...NO_PARTS, name: `Speaker ${Number(lower[1])}` };
  }
  const wire = WIRE_SOUNDBITE.exec(raw);
  if (wire) return classifyWireSoundBite(raw, wire[0].length);
  if (isDeviceName(raw)) {
    return {
      name: null,
      title: raw,
      role: DEVICE_ROLE,
      office: null,
      delivery: null,
      translated: false,
      timestampMs: null,
    };
  }
  // `O-Ton Martin Burkert, EVG-Vorsitzender`: a sound bite; the speaker is the rest.
  const space = raw.indexOf(' ');
  const lead = space > 0 ? raw.slice(0, space) : '';
  // `SOT` only in capitals: `Sot Khem:` is a person's name.
  const european = CAPITAL_BITE_LEADS.has(lead) ? biteLeadLength(raw) : 0;
  if (european > 0 || (SOUND_BITE_LEADS.has(foldWords(lead)) && lead !== 'Sot' && lead !== 'sot')) {
    // A numbered bite in title case (`O-Ton 1 Anna Berg, Ärztin`): the number is the lead's.
    const number = european > 0 ? null : /^ \d{1,2}(?= )/.exec(raw.slice(space));
    let rest = raw.slice((european || space + (number?.[0].length ?? 0)) + 1).trim();
    // Who speaks in brackets, with the bite's run time (`O-TON 1 (Anwohnerin, 0'12)`).
    if (rest.startsWith('(') && rest.endsWith(')')) rest = withoutRunTime(rest.slice(1, -1));
    // A French bite's speaker described in capitals (`ITW CHAUFFEUR ROUTIER`, `ITW AGRICULTRICE
    // BRETONNE`): an agent noun first, no person's name.
    if (lead === 'ITW' && rest === rest.toUpperCase() && isFrenchDescription(rest))
      return { ...NO_PARTS, role: rest.toLowerCase(), delivery: 'sot' };
    // A trade before the name (`O-TON Hafenarbeiter Jan Meier`, `O-Ton Landwirtin Eva Roth`):
    // the person, the trade their title.
    const traded = tradeBeforeName(rest, turkish);
    if (traded !== null) return { ...NO_PARTS, ...traded, delivery: 'sot' };
    const inner = rest === '' ? null : classifyText(rest, turkish);
    if (inner && inner.delivery === null) inner.delivery = 'sot';
    return inner;
  }
  const eduskunta = eduskuntaMember(raw, turkish);
  if (eduskunta) return eduskunta;
  const split = splitHead(raw);
  if (!split) return null;
  // The Senedd's offices in Welsh and English (`Y Llywydd / The Presiding Officer:`): the office
  // (`JOHN SMITH / MAYOR:` is the mayor's name and office).
  if (split.slash && split.title?.startsWith('The ')) {
    const english = classifyText(split.title, turkish);
    if (english?.office != null && english.name === null) return english;
  }
  const head = officeFirst(split);
  const notes = readNotes(head, ROLES().get(foldWords(head.core)) === 'reporter');
  if (!notes) return null;
  if (head.title !== null && !isTitleText(head.title)) return null;
  // A lower-case title follows a full name only (`Claire Dubois, secrétaire générale :`), never
  // one word (`Folks, that's the agenda: …`).
  if (head.title !== null && isLower(head.title[0] ?? '') && words(head.core).length < 2)
    return null;
  const core = readCore(head.core, notes.holder, turkish);
  if (!core) return null;
  // `AD SOYAD / UNVAN`: a person's full name before the slash, a capitalized title after it
  // (`AND/OR:`, `9/11:`, `Ankara / Suriye:` are no tag; nor two people, `MR. X/MRS. X:`).
  if (
    head.slash &&
    (core.name === null ||
      core.role !== null ||
      core.office !== null ||
      words(head.core).length < 2 ||
      !isUpper(head.title?.[0] ?? '') ||
      isHonorific(words(head.title ?? '')[0] ?? ''))
  )
    return null;
  const caller = callerName(core, notes.qualifiers) ?? roleNamedWithPlace(core, notes.qualifiers);
  if (caller !== null) {
    const { delivery, translated, timestampMs } = notes;
    return { ...caller, role: core.role, office: null, delivery, translated, timestampMs };
  }
  // The holder's name is no qualifier once it named the office's holder.
  const holderNamed =
    notes.holder !== null &&
    ((core.office !== null && core.name === holderName(notes.holder)) ||
      (core.role !== null && core.name !== null));
  const qualifiers = holderNamed
    ? notes.qualifiers.filter((q) => q.text !== notes.holder)
    : notes.qualifiers;
  // `Senator (D-NY)`, `Governor (R), TEXAS`, `Northfield (Con)`: a party goes in parentheses
  // after what it qualifies; anything else is one more part of the title.
  const parts: string[] = [];
  const add = (text: string | null) => {
    if (text) parts.push(text);
  };
  const qualify = (q: Qualifier) => {
    const last = parts.length - 1;
    if (q.party && last >= 0) parts[last] = `${parts[last]} (${q.text})`;
    else parts.push(q.text);
  };
  add(core.title);
  for (const q of qualifiers) if (q.beforeComma) qualify(q);
  add(head.title);
  for (const q of qualifiers) if (!q.beforeComma) qualify(q);
  const parsed: Parsed = {
    name: core.name,
    title: parts.length > 0 ? parts.join(', ') : null,
    role: core.role,
    office: core.office,
    delivery: notes.delivery,
    translated: notes.translated,
    timestampMs: notes.timestampMs,
  };
  if (isClockNote(notes, core.office)) parsed.clockTime = notes.clock;
  return parsed;
}

/**
 * A member of the Eduskunta as its minutes write them: the name, then the party's code in lower
 * case, after a slash (`Marja-Liisa Tykkyläinen /sd`, older pages) or a space (`Antero Laukkanen
 * kd`, with the colon after a space or on the next line). The code is the title, as a party in
 * parentheses is elsewhere; a full name of two words or more only (`Katso sd` is no one).
 */
function eduskuntaMember(raw: string, turkish: boolean): Parsed | null {
  const space = raw.lastIndexOf(' ');
  if (space < 3) return null;
  const slash = raw[space + 1] === '/';
  const code = raw.slice(space + (slash ? 2 : 1));
  if (!EDUSKUNTA_PARTIES.has(code)) return null;
  const person = raw.slice(0, space).trimEnd();
  const inner = classify(person, turkish);
  if (inner === null || inner.name === null || inner.role !== null) return null;
  if (words(inner.name).length < 2 || !isNameWords(words(inner.name))) return null;
  return { ...inner, title: inner.title ? `${inner.title}, ${code}` : code };
}

/**
 * A phone-in's caller by first name and town (`CALLER (MARGARET, SWINDON)`, `CALLER (Dev)`): that
 * person, the town their title; each caller is a voice of their own. Null for anything else.
 */
function callerName(
  core: Core,
  qualifiers: readonly Qualifier[],
): { name: string; title: string | null } | null {
  if (qualifiers.length !== 1) return null;
  const text = qualifiers[0]?.text ?? '';
  const comma = text.indexOf(',');
  const who = words(comma === -1 ? text : text.slice(0, comma));
  if (who.length > 2 || !isNameWords(who)) return null;
  // A programme's guest, host or panellist, or a numbered label, by first name (`Host (Jane)`,
  // `GUEST 2 (TOM)`, `Speaker 1 (Tom)`): that person. Never a role word (`Speaker 1
  // (Interviewer)`), an outlet (`Guest (BBC)`) or a party; no place after a comma.
  const role = core.role?.replace(/ #\d{1,3}$/, '') ?? null;
  const label = core.role === null && core.name !== null && NUMBERED_LABEL.test(core.name);
  if (role !== 'caller') {
    if (
      comma !== -1 ||
      !(label || (core.name === null && role !== null && FIRST_NAMED_ROLES.has(role)))
    )
      return null;
    const key = foldWords(text);
    if (ROLES().has(key) || isParty(text) || isOutletName(text) || NOTE_PARTS.has(key)) return null;
  } else if (core.name !== null) return null;
  if (who.some((w) => UNNAMED_NOUNS.has(w.toLowerCase()) || UNNAMED_LEADS.has(w.toLowerCase())))
    return null;
  const place = comma === -1 ? '' : text.slice(comma + 1).trim();
  return { name: nameCase(who), title: place === '' ? null : titleCaseIfCaps(place) };
}

/** Roles a first name in brackets names (`Host (Jane)`, `GUEST 2 (TOM)`): never a town's. */
const FIRST_NAMED_ROLES: ReadonlySet<string> = new Set(
  'guest host co-host cohost panelist panellist moderator interviewer interviewee participant contestant'.split(
    ' ',
  ),
);

/** A transcription tool's numbered label read as a name (`Speaker 1`, `Guest 2`). */
const NUMBERED_LABEL = /^(?:Speaker|Guest|Participant|Person) \d{1,3}$/i;

/** Words of an outlet's name, never of a person's (`Northern Echo`, `BBC Radio Kent`). */
const OUTLET_WORDS: ReadonlySet<string> = new Set(
  (
    'news radio tv television times post herald echo journal gazette press channel network ' +
    'daily weekly fm am media tribune observer guardian telegraph mail express chronicle wire ' +
    'agency broadcasting online magazine review standard courier record ' +
    // Other languages' papers, agencies and channels (`Folha de S.Paulo`, `Corriere della Sera`).
    'folha jornal diário diario correio corriere gazzetta gazeta revista rádio agência agencia ' +
    'agenzia noticias notícias notizie televisión televisão televisione emisora quotidien ' +
    'zeitung krant dagblad'
  ).split(' '),
);

/**
 * An outlet's name (`ABC NEWS`, `Reuters`, `BBC Radio Kent`): one of its words an outlet's or an
 * agency's. What a network's transcript puts in brackets after its correspondent's name.
 */
export function isOutletName(text: string): boolean {
  const list = text.split(' ');
  return list.length <= 5 && list.some((w) => OUTLET_WORDS.has(bare(w)) || AGENCIES.has(bare(w)));
}

/**
 * A role with the person and what places them in its parentheses, after a comma (`Q (Dan Reilly,
 * Northern Echo)`, `ANALYST (Prof. Neil Carden, Wexley University)`, `REPORTER (Luke Amadi, at
 * the count)`): that person, the rest their title. The name is two to four name words (a courtesy
 * title before them kept); an outlet's words (`Fox News, Washington`) are no name. Null otherwise.
 */
function roleNamedWithPlace(
  core: Core,
  qualifiers: readonly Qualifier[],
): { name: string; title: string | null } | null {
  if (core.role === null || core.name !== null || qualifiers.length !== 1) return null;
  const text = qualifiers[0]?.text ?? '';
  const comma = text.indexOf(',');
  if (comma === -1) return null;
  const all = words(text.slice(0, comma));
  const who = all.length > 1 && isHonorific(all[0] ?? '') ? all.slice(1) : all;
  if (who.length < 2 || who.length > 4 || !isNameWords(who)) return null;
  if (who.some((w) => OUTLET_WORDS.has(bare(w)) || AGENCIES.has(bare(w)))) return null;
  if (who.some((w) => UNNAMED_NOUNS.has(w.toLowerCase()) || UNNAMED_LEADS.has(w.toLowerCase())))
    return null;
  const place = text.slice(comma + 1).trim();
  return { name: nameCase(all), title: place === '' ? null : titleCaseIfCaps(place) };
}

function makeTag(raw: string, parsed: Parsed, timestampMs: number | null): Tag {
  const tag: Tag = {
    raw,
    name: parsed.name,
    title: parsed.title,
    role: parsed.role,
    office: parsed.office,
    delivery: parsed.delivery,
    translated: parsed.translated,
    timestampMs: parsed.timestampMs ?? timestampMs,
  };
  if (parsed.clockTime !== undefined && parsed.timestampMs !== null && timestampMs === null) {
    tag.timeWritten = parsed.clockTime;
    tag.timeOfDay = true;
  }
  return tag;
}

function roleMatch(
  raw: string,
  role: string,
  timestampMs: number | null,
  text: string,
  start: number,
): TagMatch {
  return {
    tag: {
      raw,
      name: null,
      title: null,
      role,
      office: null,
      delivery: null,
      translated: false,
      timestampMs,
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

/**
 * TheyWorkForYou's line over each speech, copied from the page: the member's photo's alt text,
 * the name again, the party, and the time and date when it changed (`Photo of David Rees David
 * Rees Labour 1:51, 19 March 2024`, `Photo of Andrew RT Davies Andrew RT Davies Conservative`).
 * The name said twice makes it a tag line; the words are the paragraphs under it.
 */
const PHOTO_NAME_LINE = lazyRegExp(
  String.raw`^Photo of (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}) \1 (\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4})(?: \d{1,2}:\d{2}(?: ?[ap]m)?, \d{1,2} \p{L}{3,9} \d{4})?$`,
  'u',
);

function photoNameLine(text: string, i: number): TagMatch | null {
  const end = text.indexOf('\n', i);
  const line = text.slice(i, end === -1 ? text.length : end).trimEnd();
  if (line.length > 200) return null;
  const m = PHOTO_NAME_LINE.exec(line);
  if (!m) return null;
  const start = i + line.length;
  return {
    tag: {
      raw: line,
      name: m[1] as string,
      title: m[2] as string,
      role: null,
      office: null,
      delivery: null,
      translated: false,
      timestampMs: null,
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

/**
 * The Portuguese Assembleia da República's tag (its Diário, and the Brazilian Câmara's notas
 * taquigráficas in its older form): an article and the courtesy title (`O Sr.`, `A Sr.ª`, `A
 * Sra.`), the name or the office, the party or the office's holder in brackets, a colon and a
 * dash before the words (`O Sr. João Oliveira (PCP): — Apoiado!`, `O Sr. Presidente: — …`, `O
 * Sr. Primeiro-Ministro: — …`, `O Sr. Presidente (José de Matos Correia): — …`, older `: - `).
 * The dash makes it a tag: prose that names `o Sr. Silva` never has it. The courtesy title is
 * dropped from the name; an office alone is the role.
 */
const PT_TAG =
  /^(?:O|A) Sr(?:\.ª|ª\.?|a\.|\.) ([^():\n]{2,80}?)(?: \(([^()\n]{1,80})\))?: ?[—–-] /u;
/** The offices a Portuguese record names alone (`O Sr. Presidente`, `A Sr.ª Ministra da Saúde`). */
const PT_OFFICE =
  /^(?:Vice-)?President[ea]|^Primeir[oa]-Ministr[oa]|^Ministr[oa]\b|^Secretári[oa]\b|^Deputad[oa] Únic[oa]/u;

/**
 * The Brazilian Câmara's and Senado's notas taquigráficas: the courtesy title in capitals, the
 * name or the office in capitals, in brackets the chair's name and party (`O SR. PRESIDENTE
 * (Arthur Lira. PP - AL) - `) or the member's party and state and the record's note (`A SRA.
 * TABATA AMARAL (PSB - SP. Pela ordem. Sem revisão da oradora.) - `), then a dash, no colon.
 */
const BR_TAG = /^(?:O|A) SRA?\. ([^():\n]{2,80}?) \(([^()\n]{1,200})\) ?[—–-] /u;

/** The tag's bracket read: the name before the first full stop (the chair's), or the party. */
function brazilianTag(text: string, i: number): TagMatch | null {
  const m = BR_TAG.exec(text.slice(i, i + 300));
  if (!m) return null;
  const head = (m[1] ?? '').trim();
  const bracket = (m[2] ?? '').trim();
  const stop = bracket.indexOf('. ');
  const first = (stop === -1 ? bracket.replace(/\.$/, '') : bracket.slice(0, stop)).trim();
  // (The head in capitals, as the record writes it: prose's `O SR. PRESIDENTE disse …` is no tag.)
  if (head !== head.toUpperCase()) return null;
  const titled = head.charAt(0) + head.slice(1).toLowerCase();
  const office = PT_OFFICE.test(titled);
  if (!office && !isNameWords(words(head))) return null;
  const start = skipSpaces(text, i + m[0].length);
  return {
    tag: {
      raw: m[0].replace(/ ?[—–-] $/u, ''),
      name: office
        ? STARTS_CAPITALISED.test(first)
          ? first
          : null
        : titleCaseIfCaps(head).replace(/ (?:D[aeo]s?|E)(?= )/g, (w) => w.toLowerCase()),
      title: office ? titled : first || null,
      role: office ? titled.toLowerCase() : null,
      office: office ? titled : null,
      delivery: null,
      translated: false,
      timestampMs: null,
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

function portugueseTag(text: string, i: number): TagMatch | null {
  const c = text.charCodeAt(i);
  if ((c !== 0x4f && c !== 0x41) || text.charCodeAt(i + 1) !== 0x20) return null;
  if (text.charCodeAt(i + 3) === 0x52) return brazilianTag(text, i);
  const m = PT_TAG.exec(text.slice(i, i + 200));
  if (!m) return null;
  const head = (m[1] ?? '').trim();
  const bracket = m[2]?.trim() ?? null;
  const office = PT_OFFICE.test(head);
  const start = skipSpaces(text, i + m[0].length);
  let name: string | null = office ? bracket : head;
  let title: string | null = office ? head : bracket;
  if (!office && !isNameWords(words(head))) return null;
  if (name !== null && !STARTS_UPPERCASE.test(name)) name = null;
  if (title === '') title = null;
  return {
    tag: {
      raw: m[0].replace(/: ?[—–-] $/u, ''),
      name,
      title,
      role: office ? head.toLowerCase() : null,
      office: office ? head : null,
      delivery: null,
      translated: false,
      timestampMs: null,
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

/**
 * Role codes of US military commission transcripts (Guantánamo's Office of Military
 * Commissions), set before the speaker's rank or courtesy title and name in brackets:
 * `MJ [Col PARRELLA]:`, `CP [BG MARTINS]:`, `LDC [MR. NEVIN]:`, `WIT:` aside.
 */
const COMMISSION_CODES: Readonly<Record<string, string>> = {
  MJ: 'military judge',
  CP: 'chief prosecutor',
  TC: 'trial counsel',
  MTC: 'managing trial counsel',
  ATC: 'assistant trial counsel',
  DC: 'defense counsel',
  LDC: 'learned defense counsel',
  DDC: 'detailed defense counsel',
  ADC: 'assistant defense counsel',
  CDC: 'civilian defense counsel',
  WIT: 'witness',
  ACC: 'accused',
  INTERP: 'interpreter',
};
/**
 * A line of NASA's technical air-to-ground (or onboard) voice transcription: the ground elapsed
 * time as days, hours, minutes and seconds apart by spaces (`04 06 45 52`), the crew position's
 * or the ground's code in capitals (`CDR`, `LMP`, `CC`), maybe the spacecraft's call sign in
 * parentheses (`LMP (EAGLE)`), then the words after a tab (a copied table's cell) or a space.
 * Bounded classes, no nesting.
 */
const AIR_TO_GROUND =
  /^(\d{2}) (\d{2}) (\d{2}) (\d{2})[ \t]+([A-Z]{2,4}\d?)(?: \([A-Z0-9]{2,12}\))?(?=[ \t]|$)/;

/**
 * The speaker of an air-to-ground line (see {@link AIR_TO_GROUND}): the code as written, the
 * call sign kept in the raw tag, the elapsed time the turn's time. Null for four numbers that
 * are no elapsed time (an hour past 23, a minute or second past 59).
 */
function airToGroundTag(text: string, i: number): TagMatch | null {
  const m = AIR_TO_GROUND.exec(text.slice(i, i + 40));
  if (!m) return null;
  const [days, hours, minutes, seconds] = [m[1], m[2], m[3], m[4]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  // A row whose words were only dots (`LMP (TRANQ)` over `...`) is the tag alone.
  const start = skipSpaces(text, i + m[0].length);
  const code = m[5] ?? '';
  return {
    tag: {
      ...BLANK_TAG,
      raw: m[0].slice(11).trim(),
      name: code,
      timestampMs: (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000,
      timeWritten: m[0].slice(0, 11),
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

/** Military ranks these transcripts abbreviate in the brackets, beyond the common ones. */
const COMMISSION_RANKS: Readonly<Record<string, string>> = {
  bg: 'Brigadier General',
  mg: 'Major General',
  ltc: 'Lieutenant Colonel',
  lcdr: 'Lieutenant Commander',
  cdr: 'Commander',
  capt: 'Captain',
  ssgt: 'Staff Sergeant',
};
/** `CODE [Rank NAME]:` (bounded classes, one pass). */
const CODED_TAG =
  /^([A-Z]{2,6}) \[(?:([A-Za-z]{1,5})\.? )?([A-Z][A-Za-z'’-]{0,30}(?: [A-Z][A-Za-z'’-]{0,30}){0,2})\]:(?=\s|$)/;

/**
 * A military commission's tag: a known role code, then the rank or courtesy title and the
 * surname in brackets. The code is the role, the rank the title (`Col` is Colonel), the name
 * keeps a courtesy title (`Mr. Nevin`). Only a known code: `US [NOW]:` is no tag.
 */
function codedTag(text: string, i: number): TagMatch | null {
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return null;
  const bracket = text.indexOf(' [', i);
  if (bracket === -1 || bracket - i > 6) return null;
  const m = CODED_TAG.exec(text.slice(i, i + 60));
  if (!m) return null;
  const role = COMMISSION_CODES[m[1] ?? ''];
  if (role === undefined) return null;
  const prefix = m[2] ?? '';
  const lower = prefix.toLowerCase();
  const surname = nameCase((m[3] ?? '').split(' '));
  const courtesy = prefix !== '' && isHonorific(prefix);
  const rank = courtesy ? null : (COMMISSION_RANKS[lower] ?? RANKS[lower] ?? null);
  if (prefix !== '' && !courtesy && rank === null) return null;
  const name = courtesy ? `${prefix[0]}${lower.slice(1)}. ${surname}` : surname;
  const start = skipSpaces(text, i + m[0].length);
  return {
    tag: {
      raw: m[0].slice(0, -1),
      name,
      title: rank,
      role,
      office: null,
      delivery: null,
      translated: false,
      timestampMs: null,
    },
    rest: text.slice(start).trim(),
    end: start,
  };
}

/** Brackets a news transcript in a script without capitals puts around a role word. */
const ROLE_BRACKETS: Readonly<Record<string, string>> = { '[': ']', '【': '】', '◀': '▶' };

/**
 * A role word in brackets, in a script without capitals: Korean news transcripts mark each
 * voice so (`[앵커]`, `[기자]`, MBC's `◀ 앵커 ▶`), Chinese scripts the narration (`【解说】`). The
 * words may follow on the same line or the next. English `[ANCHOR]` is a talent cue (a
 * direction), not read here.
 */
function bracketedRole(text: string, i: number): TagMatch | null {
  // `[`, `【`, `◀`: nearly every paragraph opens with none of them.
  const c = text.charCodeAt(i);
  if (c !== 0x5b && c !== 0x3010 && c !== 0x25c0) return null;
  const close = ROLE_BRACKETS[text[i] ?? ''];
  if (close === undefined) return null;
  const from = skipSpaces(text, i + 1);
  if (!isCaselessLetter(text[from] ?? '')) return null;
  const end = text.indexOf(close, from);
  if (end === -1 || end - from > 12) return null;
  const inner = text.slice(from, end).trim();
  const key = foldWords(inner);
  // (A vox pop's word too: NHK's `【住民】`, `[주민]`.)
  const role = ROLES().get(key) ?? (VOX_POP_WORDS.has(key) ? key : undefined);
  return role === undefined ? null : roleMatch(inner, role, null, text, skipSpaces(text, end + 1));
}

/** Longest label a press conference puts in parentheses on a line of its own. */
const PAREN_LABEL_CHARS = 40;
/** A Japanese office or role at a label's end (`石破総理`, `内閣広報官`, `官房長官`, `記者`). */
const JA_OFFICE = lazyRegExp(
  String.raw`^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}・ー]{0,14}(?:総理|大臣|長官|広報官|報道官|記者|司会者|知事|市長|委員長|議長|政務官|会長|社長)$`,
  'u',
);
/** An English label's office or role word (`Cabinet Public Relations Secretary`, `Prime Minister Ishiba`). */
const EN_OFFICE =
  /\b(?:Secretary|Minister|Reporter|Moderator|President|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairperson|Governor|Mayor|Interpreter|Questioner|Ambassador|Director|Commissioner)\b/;
/** Every word capitalized, one to six: a label, never a stage direction (`(Prime Minister enters)`). */
const EN_LABEL = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?: (?:of |for |and )?\p{Lu}[\p{L}.'’-]*){0,5}$`,
  'u',
);

/**
 * A speaker's label in parentheses on a line of its own, the words on the lines below: the
 * convention of Japan's government press conferences (the Prime Minister's Office's `(記者)`,
 * `(内閣広報官)`, `(石破総理)`, in English `(Reporter)`, `(Cabinet Public Relations Secretary)`).
 * Only a role word, a Japanese office, or capitalized words holding an office word: `(Laughter)`,
 * `(Opening Statement)`, `(On the summit meeting …)` are no label. Bounded scans.
 */
function parenthesizedLabelLine(text: string, i: number): TagMatch | null {
  const open = text[i];
  if (open !== '(' && open !== '\uff08') return null;
  const close = text.indexOf(open === '(' ? ')' : '\uff09', i + 1);
  if (close === -1 || close - i > PAREN_LABEL_CHARS) return null;
  let after = close + 1;
  while (after < text.length && isInlineSpace(text[after] ?? '')) after++;
  if (after < text.length && text[after] !== '\n' && text[after] !== '\r') return null;
  const inner = text.slice(i + 1, close).trim();
  if (inner === '') return null;
  const start = skipSpaces(text, after);
  const role = ROLES().get(foldWords(inner));
  if (role !== undefined) return roleMatch(inner, role, null, text, start);
  if (JA_OFFICE.test(inner)) {
    // The office is part of how the page names the speaker (`石破総理`): kept as the name.
    const match = roleMatch(inner, '', null, text, start);
    return { ...match, tag: { ...match.tag, name: inner, role: null } };
  }
  if (!(EN_LABEL.test(inner) && EN_OFFICE.test(inner))) return null;
  const read = readTag(`${inner}: `);
  if (read === null || read.rest !== '') return null;
  return { tag: { ...read.tag, raw: inner }, rest: text.slice(start).trim(), end: start };
}

/** A time in brackets at `i` (`[00:00:03]`, `(1:23)`): its value and where it ends, or null. */
function bracketTime(text: string, i: number): { ms: number; end: number } | null {
  const open = text[i];
  if (open !== '[' && open !== '(') return null;
  const close = text.indexOf(open === '[' ? ']' : ')', i + 1);
  if (close === -1 || close - i > 16) return null;
  const inner = text.slice(i + 1, close).trim();
  const ms = parseAnchorTime(inner) ?? twelveHourMs(inner);
  return ms === null ? null : { ms, end: close + 1 };
}

/**
 * True when `line` opens with a time and goes on with words on the same line, no colon after the
 * time (an agenda's `(09:15) Budget review`, `10:30 Panel discussion`): the form of a time-led
 * name line (`[00:00:03] Jane Doe`, Descript), and of each item of a timed list. A run of two
 * such lines is the list: a name line is followed by its words, never by another time.
 */
export function opensWithTimeItem(line: string): boolean {
  const time = bracketTime(line, 0) ?? bareTime(line, 0);
  if (time === null || !isInlineSpace(line[time.end] ?? '')) return false;
  const start = skipSpaces(line, time.end);
  const c = line[start] ?? '';
  return (isUpper(c) || isLower(c)) && !line.includes(':', start);
}

/** A clock time of a 12-hour day (`6:02:13 PM`, `11:58 a.m.`), as media monitors stamp the words. */
const TWELVE_HOUR = /^(\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp])\.?[Mm]\.?$/;

/** Milliseconds into the day of a {@link TWELVE_HOUR} time, or null. */
function twelveHourMs(text: string): number | null {
  const m = TWELVE_HOUR.exec(text);
  return m && halfDayMs(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4] as string);
}

/** A bare time at `i` (`0:01`, `00:01:23`) followed by a space or the end, or null. */
function bareTime(text: string, i: number): { ms: number; end: number } | null {
  if (!isDigit(text[i] ?? '')) return null;
  let j = i;
  while (j < text.length && j - i < 13 && !isInlineSpace(text[j] ?? '')) j++;
  const ms = parseAnchorTime(text.slice(i, j));
  return ms === null ? null : { ms, end: j };
}

/**
 * An editor's timecode: a range, as a video editor's transcript export writes it over each
 * speaker's label (Premiere Pro `00:00:06:10 - 00:00:14:02`, frames after the last colon or a
 * `;` when drop-frame; Resolve's in brackets; `00:00:06.400 --> 00:00:14.080`; each end in
 * brackets of its own, `[00:01:02] --> [00:01:09]` or `[01:02] --> [01:09]`, as transcript tools
 * write it), or one timecode with frames (`[00:00:05:12] Speaker 1:`). Bounded, no nested
 * quantifier.
 */
const TIMECODE =
  /\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:([:;])\d{2}|[.,](\d{1,3}))?(\]? ?(?:-->|[-–—]) ?\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[:;]\d{2}|[.,]\d{1,3})?)?\]?(?=\s|$)/y;

/**
 * An editor's timecode at `i` (see {@link TIMECODE}): its start, where it ends, and the timecode
 * as written; null for a plain time (`00:01:23`, read as an anchor elsewhere). Without a frame
 * rate, frames are not converted: the start is kept to the second (to the millisecond when
 * written with a fraction), and the message says so.
 */
export function timecodeRange(
  text: string,
  i: number,
): { ms: number; end: number; written: string } | null {
  const first = text.charCodeAt(i);
  if (first !== 91 && (first < 48 || first > 57)) return null;
  TIMECODE.lastIndex = i;
  const m = TIMECODE.exec(text);
  if (!m || (m[4] === undefined && m[6] === undefined)) return null;
  // Without hours, only a range each end of which is in brackets (`[01:02] --> [01:09]`).
  if (m[1] === undefined && !(first === 91 && m[6]?.includes('-->'))) return null;
  const ms = clockMs({
    hours: m[1],
    minutes: m[2] ?? '0',
    seconds: m[3] ?? '0',
    fraction: m[5],
  });
  if (ms === null || m[0].startsWith('[') !== m[0].endsWith(']')) return null;
  return { ms, end: i + m[0].length, written: m[0] };
}

/**
 * A line that is only a name and a time, no colon: `Jane Doe  0:01` (Otter), `Name 00:01:23`,
 * `[00:00:03] Name` (Descript, Trint), `Name (00:01:23)`. Its text is the next line.
 */
function timedNameLine(text: string, start: number, leadingMs: number | null): TagMatch | null {
  let body = text.slice(start).trimEnd();
  // `0:12 - John Roe` (Fathom): a dash or a bar between the time and the name.
  let separated = false;
  if (leadingMs !== null && NAME_TIME_SEPARATOR_START.test(body)) {
    body = body.replace(NAME_TIME_SEPARATOR_START, '');
    separated = true;
  }
  if (body.length === 0) return null;
  // `Name [00:00:05] text` (Trint): a name, a bracketed time, the text on the same line.
  if (leadingMs === null) {
    const limit = Math.min(body.length, MAX_TAG_CHARS);
    for (let j = 1; j < limit; j++) {
      const ch = body[j];
      if (ch !== '[' && ch !== '(') continue;
      const time = bracketTime(body, j);
      if (!time || !isInlineSpace(body[j - 1] ?? '')) break;
      const raw = words(body.slice(0, j).replace(/\s+/gu, ' ')).join(' ');
      // A script's cue and its run time (`PKG (1:30)`, `VO (0:45)`): the cue's length, no one's.
      if (isScriptCue(raw)) return null;
      const parsed = classify(raw);
      if (!parsed || nameless(parsed)) return null;
      const restStart = skipSpaces(text, start + time.end);
      return {
        tag: makeTag(raw, parsed, time.ms),
        rest: text.slice(restStart).trim(),
        end: restStart,
      };
    }
  }
  if (body.length > MAX_TAG_CHARS) return null;
  // A chat's message header (Slack, pasted): `Jane Doe  10:15 AM`, a clock time of the day.
  if (leadingMs === null) {
    const chat = chatHeader(body);
    if (chat) return chat;
  }
  let nameText = body;
  let ms = leadingMs;
  const lastSpace = Math.max(
    body.lastIndexOf(' '),
    body.lastIndexOf('\t'),
    body.lastIndexOf('\u00a0'),
  );
  // A range in brackets or parentheses after the name (`Jane Doe [00:00:03 - 00:00:10]`,
  // `Jane Doe (00:03 - 00:10)`): the turn's start.
  const range = leadingMs === null ? trailingMediaRange(body) : null;
  if (range !== null) {
    ms = range.ms;
    nameText = body.slice(0, range.index);
  } else if (lastSpace > 0) {
    const tail = body.slice(lastSpace + 1);
    const trailing = bareTime(tail, 0) ?? bracketTime(tail, 0);
    if (trailing && trailing.end === tail.length) {
      ms = trailing.ms;
      // `Jane Doe - 00:00` (Fireflies): a dash or a bar between the name and the time.
      nameText = body.slice(0, lastSpace);
      if (NAME_TIME_SEPARATOR_END.test(nameText)) {
        nameText = nameText.replace(NAME_TIME_SEPARATOR_END, '');
        separated = true;
      }
    }
  }
  // A script's timecode over a bite (`TCOUT 00:02:25`, `TC 00:02:10`): the editor's, no one's.
  if (ms === null || isProductionLine(body)) return null;
  // (So is one with its run time after a space: `SOT 0:45`.)
  if (isScriptCue(words(nameText).join(' '))) return null;
  // A sentence after the time is the text, not a name (`(00:00:44) Exactly.`, `[00:01:02] No!`).
  if (/[.!?…]$/.test(nameText) || REPLY_WORDS.has(nameText.toLowerCase())) return null;
  // A directory's `Surname, Given` over the words (Teams: `Fischer, Lena   0:03`): the person.
  const raw = words(nameText).join(' ');
  const directory = DIRECTORY_ORDER.exec(raw);
  const given = directory?.[2] ?? '';
  const key = foldWords(given);
  const person = directory && !OFFICES.has(key) && !(key in RANKS) && readRole(given) === null;
  const parsed = classify(person ? `${given} ${directory[1]}` : raw);
  if (!parsed || nameless(parsed)) return null;
  // With a dash between them, a full name or a role: an agenda's `09:00 - Welcome`, a match
  // report's `Smith - 45:12` are no speakers.
  if (separated && parsed.role === null && !(parsed.name ?? '').includes(' ')) return null;
  return { tag: makeTag(raw, parsed, ms), rest: '', end: text.length };
}

/** `Fischer, Lena`, `Van Dyke, Mary Ann`: one or two capitalised words, a comma, one or two. */
const DIRECTORY_ORDER = lazyRegExp(
  String.raw`^(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?), (\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?)$`,
  'u',
);

/** A time range closing a line, in brackets or parentheses (see trailingMediaRange). */
const TRAILING_RANGE =
  /[ \t]+[[(]((?:\d{1,2}:)?\d{1,2}:(\d{2}))(?:[.,]\d{1,3})?[ \t]?[-–][ \t]?(?:\d{1,2}:)?\d{1,2}:(\d{2})(?:[.,]\d{1,3})?[\])]$/;

/** The same with hours, in no brackets (`Jane Doe 00:00:03 - 00:00:10`). */
const TRAILING_BARE_RANGE =
  /[ \t]+(\d{1,2}:\d{2}:(\d{2}))(?:[.,]\d{1,3})?[ \t]?[-–][ \t]?\d{1,2}:\d{2}:(\d{2})(?:[.,]\d{1,3})?$/;

/**
 * A recording's time range closing a line, in brackets or parentheses (a transcript tool's
 * `Jane Doe [00:00:03 - 00:00:10]`, `Jane Doe (00:03 - 00:10)`), or with hours in none (`Jane
 * Doe 00:00:03 - 00:00:10`): its start and where it starts;
 * null for none, a range running backwards, or a schedule's clock times (`Budget vote (10:15 -
 * 11:30)`: no hours and both ends on round minutes or fives of seconds).
 */
export function trailingMediaRange(line: string): { ms: number; index: number } | null {
  const closer = line.charCodeAt(line.length - 1);
  const bracketed = closer === 0x5d || closer === 0x29;
  if (!bracketed && (closer < 0x30 || closer > 0x39)) return null;
  const m = (bracketed ? TRAILING_RANGE : TRAILING_BARE_RANGE).exec(line);
  if (m === null) return null;
  const start = m[1] as string;
  const ms = parseAnchorTime(start);
  const endText = m[0].slice(m[0].search(/[-–]/) + 1).replace(/[\])\s]/g, '');
  const endMs = parseAnchorTime(endText.replace(',', '.'));
  if (ms === null || endMs === null || endMs < ms) return null;
  const hours = start.split(':').length === 3;
  if (!hours && Number(m[2]) % 5 === 0 && Number(m[3]) % 5 === 0) return null;
  // (A schedule's clock with its seconds, `10:00:00 - 11:30:00`, in no brackets.)
  if (!bracketed && m[2] === '00' && m[3] === '00') return null;
  return { ms, index: m.index };
}

const BRACKETED_TAIL = lazyRegExp(String.raw` \(\p{Lu}[\p{L}\p{M}'’ ,.-]{0,40}\)$`, 'u');
/** A dash, a bar or a dot between a name and its time on a line alone (`Jane Doe - 00:00`). */
const NAME_TIME_SEPARATOR_START = /^[-–—|·•][ \t]+/;
const NAME_TIME_SEPARATOR_END = /[ \t]+[-–—|·•]$/;

/** A chat's clock time after two spaces or a tab: `10:15 AM`, `9:02 PM`. */
const CHAT_CLOCK = /(?: {2,8}|\t)(\d{1,2}):([0-5]\d) ([AP])M$/;

/** True when a line is a chat message's header (`Jane Doe  10:15 AM`, see {@link chatHeader}). */
export function isChatHeader(line: string): boolean {
  return line.length <= MAX_TAG_CHARS && chatHeader(line) !== null;
}

/** A 12-hour clock time (`10:15 PM`: hours 1–12) as ms since midnight. */
function clockOfDayMs(hours: number, minutes: number, pm: boolean): number {
  return ((hours % 12) + (pm ? 12 : 0)) * 3_600_000 + minutes * 60_000;
}

/**
 * A chat message's header, a person's name of two to four words and the clock time (Slack:
 * `Jane Doe  10:15 AM`): a tag whose time is the time of day. `Press Briefing 12:45 PM`, with
 * one space, is a line of text.
 */
function chatHeader(body: string): TagMatch | null {
  const app = body.endsWith(']')
    ? appHeader(body, TELEGRAM_STAMP)
    : body.endsWith('M')
      ? appHeader(body, DISCORD_STAMP)
      : null;
  if (app) return app;
  const m = body.endsWith('M') ? CHAT_CLOCK.exec(body) : null;
  const hours = Number(m?.[1]);
  if (!m || hours < 1 || hours > 12) return null;
  const nameText = words(body.slice(0, m.index)).join(' ');
  const parsed = classify(nameText);
  if (parsed?.name == null || parsed.role !== null || parsed.title !== null) return null;
  if (!/^\S+(?: \S+){1,3}$/.test(nameText)) return null;
  const tag = makeTag(nameText, parsed, clockOfDayMs(hours, Number(m[2]), m[3] === 'P'));
  tag.timeWritten = body.slice(m.index).trim();
  return { tag, rest: '', end: body.length };
}

/** Discord's: `Jane Doe — Today at 2:05 PM`, `Jane Doe — 12/03/2024 2:05 PM`. */
const DISCORD_STAMP =
  / [—–] ((?:Today at|Yesterday at|\d{1,2}\/\d{1,2}\/\d{2,4},?) (\d{1,2}):([0-5]\d) ?([AP])M)$/;

/**
 * A chat app's header over a copied message (see {@link TELEGRAM_STAMP}, {@link DISCORD_STAMP}):
 * the sender (a contact's or channel's name, or a handle: kept as written) at the time of day.
 */
function appHeader(body: string, stamp: RegExp): TagMatch | null {
  const m = stamp.exec(body);
  if (!m) return null;
  const hours = Number(m[2]);
  const half = m[4];
  if (half ? hours < 1 || hours > 12 : hours > 23) return null;
  const nameText = body.slice(0, m.index).trim();
  if (nameText.length === 0 || nameText.length > 60 || nameText.includes(':')) return null;
  const parsed = classify(nameText);
  const tag = makeTag(
    nameText,
    parsed?.name ? parsed : { ...NO_PARTS, name: nameText },
    half ? clockOfDayMs(hours, Number(m[3]), half === 'P') : (hours * 60 + Number(m[3])) * 60_000,
  );
  tag.timeWritten = m[1] as string;
  return { tag, rest: '', end: body.length };
}

/**
 * A name in square brackets, then a time (Zoom's saved transcript: `[Jane Doe] 10:15:32`, the
 * words on the next line or after the time): a tag with its time; or then a colon (`[Jane Doe]:
 * text`, a full name or a role). A bracketed direction (`[Music] 00:01:23`) names nobody and is
 * none.
 */
function bracketedNameLine(text: string, i: number): TagMatch | null {
  const close = text.indexOf(']', i + 1);
  if (close === -1 || close - i > MAX_TAG_CHARS) return null;
  const raw = text.slice(i + 1, close).trim();
  const clock = BRACKET_CLOCK.exec(raw);
  if (clock) return clockNameLine(text, close + 1, clock);
  if (raw === '' || /[\d:\n]/.test(raw) || (isDirectionText(raw) && !isSoundSurnameName(raw)))
    return null;
  const at = skipSpaces(text, close + 1);
  // `[Jane Doe]: text` (a tool's export): a full name or a role in brackets, then a colon.
  if (text[close + 1] === ':' && isInlineSpace(text[close + 2] ?? ' ')) {
    const parsed = classify(raw);
    if (!parsed || (parsed.role === null && (parsed.name ?? '').split(' ').length < 2)) return null;
    const start = skipSpaces(text, close + 2);
    return { tag: makeTag(raw, parsed, null), rest: text.slice(start).trim(), end: start };
  }
  const time = bareTime(text, at);
  if (!time) return null;
  const parsed = classify(raw);
  if (!parsed || parsed.name === null) return null;
  const start = skipSpaces(text, time.end);
  return { tag: makeTag(raw, parsed, time.ms), rest: text.slice(start).trim(), end: start };
}

/**
 * A diarization label in square brackets, then a space and the words, as WhisperX's and
 * pyannote's printed segments write a voice (`[SPEAKER_00] Good evening`, `[spk_1] Thanks`): the
 * underscore and number of a tool's label, never a word's; null otherwise.
 */
function bracketedDiarizationLabel(
  text: string,
  i: number,
  timestampMs: number | null,
): TagMatch | null {
  const close = text.indexOf(']', i + 1);
  if (close === -1 || close - i > 16 || !isInlineSpace(text[close + 1] ?? '')) return null;
  const raw = text.slice(i, close + 1);
  if (!raw.includes('_') || !DIARIZATION_LABEL.test(raw)) return null;
  const start = skipSpaces(text, close + 1);
  if (start === text.length) return null;
  const parsed = classify(raw);
  if (!parsed) return null;
  return { tag: makeTag(raw, parsed, timestampMs), rest: text.slice(start).trim(), end: start };
}

/**
 * A chat app's exported message stamp, a date and a time of day before the sender (WhatsApp's
 * "Export chat": `[12/03/2024, 14:05:12] ` on iPhone, `12/03/2024, 14:05 - ` on Android, the
 * date in the phone's order and separators, a 12-hour clock with `AM`/`PM` in some locales).
 * Bounded classes, no nested quantifier.
 */
const CHAT_EXPORT_STAMP =
  /\u200e?(\[?)(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? (\d{1,2})[:.]([0-5]\d)(?:[:.]([0-5]\d))?(?:[ \u202f\u00a0]?([AaPp])\.? ?[Mm]\.?)?)(\]|[ \u202f\u00a0][-–])[ \t]+/y;

/**
 * The message stamp of a chat export at `i` (see {@link CHAT_EXPORT_STAMP}): the time of day in
 * ms, the stamp as written (date and time) and where the sender starts; null when none.
 */
export function chatExportStamp(
  text: string,
  i = 0,
): { ms: number; written: string; end: number } | null {
  // Three characters decide for nearly every line: a date's separator (`/`, `.`, `-`) after its
  // first number, past a bracket or the mark before it.
  let p = i;
  while (p < i + 2 && (text.charCodeAt(p) === 0x5b || text.charCodeAt(p) === 0x200e)) p++;
  const d = text.charCodeAt(p);
  if (d < 48 || d > 57) return null;
  if (!isDateSeparator(text, p + 1) && !isDateSeparator(text, p + 2)) {
    if (!isDateSeparator(text, p + 4)) return null;
  }
  CHAT_EXPORT_STAMP.lastIndex = i;
  const m = CHAT_EXPORT_STAMP.exec(text);
  if (!m || (m[1] === '[') !== (m[7] === ']')) return null;
  const hours = Number(m[3]);
  const half = m[6];
  if (half ? hours < 1 || hours > 12 : hours > 23) return null;
  const minutes = Number(m[4]);
  const ms =
    (half
      ? clockOfDayMs(hours, minutes, half === 'P' || half === 'p')
      : hours * 3_600_000 + minutes * 60_000) +
    Number(m[5] ?? 0) * 1000;
  return { ms, written: m[2] as string, end: i + m[0].length };
}

/** `/`, `.` or `-` at `k`: what parts a date's numbers. */
function isDateSeparator(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 0x2f || c === 0x2e || c === 0x2d;
}

/** A contact's name as a chat export writes it: words that do not open in lower case. */
const CHAT_SENDER = lazyRegExp(
  String.raw`^[^\s\p{Ll}"“”:][^\s"“”:]*(?: [^\s\p{Ll}"“”:][^\s"“”:]*){0,3}$`,
  'u',
);

/**
 * A chat export's message (`[12/03/2024, 14:05:12] Jane Doe: text`, `12/03/2024, 14:05 - Jane
 * Doe: text`): the sender is the tag, its time the time of day, its date and time as written. A
 * system line (`Tom added Sam`, no sender before a colon) is no tag. The sender is a saved
 * contact's name, a phone number or a pushname (`~ Dana`): read as a tag when it is one, else
 * kept as written when no word of it opens in lower case.
 */
function chatExportMessage(text: string, i: number): TagMatch | null {
  const stamp = chatExportStamp(text, i);
  if (!stamp) return null;
  let from = stamp.end;
  if (text[from] === '~') from = skipSpaces(text, from + 1);
  const colon = text.indexOf(': ', from);
  const eol = text.indexOf('\n', from);
  if (colon === -1 || colon - from > 60 || (eol !== -1 && eol < colon)) return null;
  const sender = text
    .slice(from, colon)
    .replace(/[\s\u202f]+/gu, ' ')
    .trim();
  const named = chatSender(sender);
  if (!named) return null;
  const tag = makeTag(sender, named, stamp.ms);
  tag.timeWritten = stamp.written;
  const start = skipSpaces(text, colon + 1);
  return { tag, rest: text.slice(start).trim(), end: start };
}

/**
 * A chat message's sender: a tag when it reads as one, else the contact's name as written when no
 * word of it opens in lower case ({@link CHAT_SENDER}); null otherwise.
 */
function chatSender(sender: string): Parsed | null {
  const parsed = classify(sender);
  if (parsed && !nameless(parsed)) return parsed;
  // A participant without a name is given by address (Zoom's `From jane.doe@example.org to`).
  return CHAT_SENDER.test(sender) || MARKED_EMAIL.test(`${sender}: `)
    ? { ...NO_PARTS, name: sender }
    : null;
}

/**
 * A Zoom meeting's saved chat (`meeting_saved_chat.txt`): `16:02:11 From  Jane Doe  to
 * Everyone:` and the message after a tab, or (newer clients) on the next line; `to Everyone`, a
 * direct message's `to John Roe(Direct Message)` (the tag's delivery: `direct message to John
 * Roe`) or nothing before the colon. The time is the clock's or the recording's. Bounded
 * repeats, tried only where a line opens with a time.
 */
const ZOOM_CHAT =
  /(\d{1,2}):([0-5]\d):([0-5]\d)[ \t]+From[ \t]+(\S[^\n:]{0,59}?)(?:[ \t]+to[ \t]+(\S[^\n:]{0,79}?))?[ \t]*:(?=[ \t\n]|$)/y;

/** The Zoom chat message at `i` (see {@link ZOOM_CHAT}), its sender the tag; or null. */
export function zoomChatMessage(text: string, i = 0): TagMatch | null {
  const d = text.charCodeAt(i);
  if (d < 48 || d > 57) return null;
  ZOOM_CHAT.lastIndex = i;
  const m = ZOOM_CHAT.exec(text);
  if (!m) return null;
  const sender = (m[4] as string).replace(/\s+/g, ' ').trim();
  const named = chatSender(sender);
  if (!named) return null;
  const written = `${m[1]}:${m[2]}:${m[3]}`;
  const fields = clockFields(written);
  const ms = fields ? clockMs(fields) : null;
  if (ms === null) return null;
  // A message to someone rather than to everyone is said so: `direct message to Carla Reyes`.
  const to = (m[5] ?? '').replace(/\s+/g, ' ').trim();
  const kind = /^(.*?) ?\(([^()]{1,30})\)$/.exec(to);
  const delivery =
    to === '' || /^everyone$/i.test(to)
      ? named.delivery
      : kind
        ? `${(kind[2] as string).toLowerCase()} to ${kind[1]}`
        : `to ${to}`;
  const tag = makeTag(sender, { ...named, delivery }, ms);
  tag.timeWritten = written;
  let start = i + m[0].length;
  // The message after a tab, or on the next line (indented with a tab).
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  return { tag, rest: text.slice(start).trim(), end: start };
}

const NO_PARTS: Parsed = {
  name: null,
  title: null,
  role: null,
  office: null,
  delivery: null,
  translated: false,
  timestampMs: null,
};

/** A tag that says nothing yet: what a reader of its own spreads its few fields over. */
export const BLANK_TAG: Readonly<Tag> = { ...NO_PARTS, raw: '' };

/** A chat message's time of day in brackets: `10:15 AM`, `9:02 PM` (Teams). */
const BRACKET_CLOCK = /^(\d{1,2}):([0-5]\d) ?([AaPp])\.?[Mm]\.?$/;

/**
 * A chat message copied from Teams: `[10:15 AM] Jane Doe`, the name alone after the time, the
 * message on the lines below. A tag whose time is the time of day, as written.
 */
function clockNameLine(text: string, after: number, clock: RegExpExecArray): TagMatch | null {
  const hours = Number(clock[1]);
  if (hours < 1 || hours > 12) return null;
  const at = skipSpaces(text, after);
  let end = text.indexOf('\n', at);
  if (end === -1) end = text.length;
  if (end - at > MAX_TAG_CHARS) return null;
  const nameText = text.slice(at, end).trim();
  if (!/^\S+(?: \S+){1,3}$/.test(nameText)) return null;
  const parsed = classify(nameText);
  if (parsed?.name == null || parsed.role !== null || parsed.title !== null) return null;
  const pm = clock[3] === 'P' || clock[3] === 'p';
  const tag = makeTag(nameText, parsed, clockOfDayMs(hours, Number(clock[2]), pm));
  tag.timeWritten = clock[0];
  const start = end < text.length ? skipSpaces(text, end + 1) : end;
  return { tag, rest: text.slice(start).trim(), end: start };
}

/**
 * A question's tag that names the minister it is put to (New Zealand Hansard: `CHLÖE SWARBRICK
 * (Green—Auckland Central) to the Minister of Housing:`): the asker is the tag, the addressee
 * stays in the tag as written.
 */
function classifyAskedOf(tagText: string): Parsed | null {
  const to = tagText.indexOf(') to the ');
  if (to <= 0) return null;
  const parsed = classify(tagText.slice(0, to + 1));
  return parsed !== null && parsed.name !== null ? parsed : null;
}

/** Office-only tags and roles are fine; anything else needs a name. */
function nameless(parsed: Parsed): boolean {
  return parsed.name === null && parsed.role === null;
}

/**
 * The number of a question on a parliament's order paper before its tag (Hansard `1. Mrs Jane
 * Roe (Northfield) (Lab):`, topical `T2.`, Prime Minister's `Q1.`, with the question's
 * `[905112]` number): kept in the tag as written. Only before a tag with a name and a bracket
 * (constituency, party), so a numbered list item is never read as a tag.
 */
/**
 * A speaker tag of the US Congressional Record: a courtesy title and the surname in capitals, or
 * the chair's office, then a full stop (`Mr. HOLLOWAY. Mr. President, I rise…`, `Ms. VANCE.`,
 * `Mr. SMITH of Texas.`, `Mr. McCONNELL.`, `The PRESIDING OFFICER (Mr. Ortiz).`, `The SPEAKER pro
 * tempore.`). The surname's capitals set it apart from a sentence (`Mr. Smith. He left.`).
 * Bounded alternatives, no nested quantifier.
 */
const RECORD_TAG = lazyRegExp(
  String.raw`^(?:(?:Mr|Mrs|Ms|Miss|Dr)\. (?:Mc|Mac|De|Di|Le|La|O'|O’)?\p{Lu}{2}[\p{Lu}'’-]*(?: \p{Lu}{2}[\p{Lu}'’-]*)?(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?|The (?:PRESIDING OFFICER|ACTING PRESIDENT pro tempore|PRESIDENT pro tempore|SPEAKER pro tempore|SPEAKER|PRESIDENT|VICE PRESIDENT|CHAIR|CHAIRMAN|CHAIRWOMAN|CLERK|CHIEF JUSTICE)(?: \((?:Mr|Mrs|Ms|Miss|Dr)\. \p{Lu}[\p{L}'’-]+(?: of \p{Lu}\p{Ll}+)?\))?)\.(?=[ \t]+[\p{Lu}"“(\d]|[ \t]*$)`,
  'u',
);

/**
 * The title words a congressional hearing's transcript puts before a witness's or a member's
 * surname in capitals (GPO hearings: `Chairman SMITH.`, `Senator JONES.`, `Secretary BLINKEN.`,
 * `Attorney General GARLAND.`, `General MILLEY.`): the first word of each, to look up before
 * the pattern runs.
 */
const HEARING_FIRST_WORDS: ReadonlySet<string> = new Set(
  'Chairman Chairwoman Chair Vice Ranking Senator Representative Congressman Congresswoman Delegate Secretary Deputy Under Assistant Attorney Inspector General Admiral Judge Justice Commissioner Governor Lieutenant Mayor Ambassador Director Administrator Sheriff Professor Reverend Rabbi Bishop'.split(
    ' ',
  ),
);

/**
 * A hearing's tag: a title (see {@link HEARING_FIRST_WORDS}), the surname in capitals, a full
 * stop, then a sentence. The capitals set it apart from prose (`Senator Jones. He left.`).
 * Bounded alternatives, no nested quantifier.
 */
const HEARING_TAG = lazyRegExp(
  String.raw`^(?:(?:Vice |Deputy |Under |Assistant |Lieutenant )?(?:Chairman|Chairwoman|Chair|Secretary|Governor|Director|Administrator|General)|Ranking Member|Senator|Representative|Congressman|Congresswoman|Delegate|Attorney General|Inspector General|Admiral|Judge|Justice|Commissioner|Mayor|Ambassador|Sheriff|Professor|Reverend|Rabbi|Bishop) (?:Mc|Mac|De|Di|Le|La|O'|O’)?\p{Lu}{2}[\p{Lu}'’-]*(?: \p{Lu}{2}[\p{Lu}'’-]*)?\.(?=[ \t]+[\p{Lu}"“(\d]|[ \t]*$)`,
  'u',
);

/** A congressional hearing's tag at `i` (see {@link HEARING_TAG}), or null. */
function hearingTag(text: string, i: number): TagMatch | null {
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return null;
  const space = text.indexOf(' ', i);
  if (space === -1 || space - i > 14 || !HEARING_FIRST_WORDS.has(text.slice(i, space))) {
    return null;
  }
  return hearingMatch(text, i, HEARING_TAG.exec(text.slice(i, i + MAX_TAG_CHARS)));
}

/** The tag a hearing pattern matched at `i` (its full stop included), or null. */
function hearingMatch(text: string, i: number, m: RegExpExecArray | null): TagMatch | null {
  if (!m) return null;
  const raw = m[0].slice(0, -1);
  // `Ranking Member` is no office the grammar knows: the surname is the name, the rest the title.
  const ranking = raw.startsWith('Ranking Member ');
  const surname = ranking ? classify(raw.slice('Ranking Member '.length)) : null;
  const parsed =
    surname === null
      ? classify(raw)
      : { ...surname, title: 'Ranking Member', office: 'Ranking Member' };
  if (!parsed || nameless(parsed)) return null;
  const start = skipSpaces(text, i + m[0].length);
  return { tag: makeTag(raw, parsed, null), rest: text.slice(start).trim(), end: start };
}

/**
 * A printed hearing's tag with the surname as a name is written (`Mr. Nehls. The subcommittee
 * will come to order.`, `Chairman Graves. Thank you.`): how House hearings print them. Alone it
 * reads like prose (`Mr. Smith. He left.`), so it is read only in a printed hearing (the
 * speakers plugin asks when the document opens with GovInfo's hearing header).
 */
const PRINTED_HEARING_TAG = lazyRegExp(
  String.raw`^(?:Mr|Mrs|Ms|Miss|Dr|Chairman|Chairwoman|Chair|Vice Chairman|Vice Chair|Ranking Member|Senator|Representative|Delegate|Secretary|Admiral|General|Ambassador|Director|Administrator|Commissioner|Governor|Mayor|Judge)\.? (?:Mc|Mac|De|Di|Le|La|O'|O’)?\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?\.(?=[ \t]+[\p{Lu}"“(\d])`,
  'u',
);

/** A printed hearing's tag at the start of `text` (see {@link PRINTED_HEARING_TAG}), or null. */
export function printedHearingTag(text: string): TagMatch | null {
  const i = skipSpaces(text, 0);
  return (
    hearingTag(text, i) ??
    hearingMatch(text, i, PRINTED_HEARING_TAG.exec(text.slice(i, i + MAX_TAG_CHARS)))
  );
}

/** `Mr. SMITH of Texas` → `Mr. SMITH (Texas)`; `The SPEAKER pro tempore` → `The SPEAKER`. */
function recordTagCore(raw: string): string {
  const pro = raw.indexOf(' pro tempore');
  if (pro > 0) return raw.slice(0, pro) + raw.slice(pro + ' pro tempore'.length);
  const of = raw.indexOf(' of ');
  if (of > 0 && !raw.startsWith('The ')) return `${raw.slice(0, of)} (${raw.slice(of + 4)})`;
  return raw;
}

/** A Congressional Record tag at `i` (see {@link RECORD_TAG}), or null. */
function recordTag(text: string, i: number, timestampMs: number | null): TagMatch | null {
  const m = RECORD_TAG.exec(text.slice(i, i + MAX_TAG_CHARS));
  if (!m) return null;
  const raw = m[0].slice(0, -1);
  const parsed = classify(recordTagCore(raw));
  if (!parsed || nameless(parsed)) return null;
  const start = skipSpaces(text, i + m[0].length);
  return { tag: makeTag(raw, parsed, timestampMs), rest: text.slice(start).trim(), end: start };
}

/** Longest line that is only a numbered label (`Unknown Speaker 12`). */
const LABEL_LINE_CHARS = 24;

/**
 * A transcription service's numbered label alone on its line, no colon, no time (`Speaker 1` /
 * text, as Premiere Pro writes a transcript exported without timecodes): the label is the tag and
 * the lines after it are the words. Only the generic numbered labels: a name alone on a line may
 * be a heading or a byline.
 */
function numberedLabelLine(text: string, i: number): TagMatch | null {
  let end = i;
  while (end < text.length && end - i <= LABEL_LINE_CHARS && text.charCodeAt(end) !== 10) end++;
  if (end === text.length) return null;
  // No line break within a label's length and no space at either end to trim: longer than any
  // label (nearly every paragraph stops here, before a slice).
  if (
    text.charCodeAt(end) !== 10 &&
    isSureNonSpace(text.charCodeAt(i)) &&
    isSureNonSpace(text.charCodeAt(end - 1))
  )
    return null;
  if (!isNumberedLabelLine(text.slice(i, end))) return null;
  // The words start on the next line, as a sentence does (`Participant 1` / `was older…` is
  // a wrapped sentence).
  const start = skipSpaces(text, end + 1);
  if (start === text.length || isLower(text[start] ?? '')) return null;
  const raw = text.slice(i, end).trim();
  const parsed = classify(raw);
  if (!parsed || nameless(parsed)) return null;
  return { tag: makeTag(raw, parsed, null), rest: text.slice(start).trim(), end: start };
}

/** A code unit that `trim` never removes (below the first Unicode space past Latin-1). */
function isSureNonSpace(code: number): boolean {
  return code > 0x20 && code !== 0xa0 && code < 0x1680;
}

/** A line that is only a transcription service's numbered label (`Speaker 1`, `Sprecher 2`). */
export function isNumberedLabelLine(line: string): boolean {
  const t = line.trim();
  return t.length <= LABEL_LINE_CHARS && isDigit(t[t.length - 1] ?? '') && isNumberedLabel(t);
}

/**
 * A video editor's speaker label alone on its line under a transcript export's timecode range
 * (Premiere Pro's `Speaker 1`, `Unknown` in any case, a speaker renamed `Maria`, `José
 * Ortega-Ruiz`): one to four words each opening in a capital or a digit, no colon, no sentence's
 * or clause's mark at its end. Bounded: linear.
 */
const EDITOR_LABEL = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: [\p{Lu}\d][\p{L}\p{M}\d'’.-]{0,30}){0,3}$`,
  'u',
);

export function isEditorLabelLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 40 && !t.endsWith('.') && (EDITOR_LABEL.test(t) || t.toLowerCase() === 'unknown')
  );
}

/** Longest name after a bare time that reads as a tag line (`00:00:15 Rosa Alvarez`). */
const BARE_TIMED_NAME_CHARS = 60;
/** What follows a clock time of day (`12:45 P.M. EDT`): no name. */
const CLOCK_SUFFIX = /^(?:[AaPp]\.?[Mm]\b|[AaPp]\.[Mm]\.|Uhr\b|h\b)/;

const QUESTION_NUMBER = lazyRegExp(
  String.raw`^(?:[TQ]?\d{1,3}\.|Anf\. \d{1,4}|\d{2}\.\d{2})[ \t]+(?:\[\d{4,8}\][ \t]+)?(?=\p{Lu})`,
  'u',
);

/** An e-mail address as a marked label (`jane.doe@example.org:`), bounded. */
export const MARKED_EMAIL = /^([\w.+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,4}):[ \t]/i;

/**
 * Finds a speaker tag at the start of `text` (a paragraph's text, whitespace not yet collapsed).
 *
 * `marked`: the input marks the line as opening with a speaker's label (a caption's `<v Name>`, a
 * speech-to-text result's speaker): a tag even where its words read as a heading would
 * (`Travis: Absolutely`, which alone reads as `Budget: Statement`).
 *
 * @example parseTag('Sergey Lavrov, Foreign Minister of Russia: "I’d like…"')
 *   // { tag: { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', … }, rest: '"I’d like…"' }
 */
const HONBLE = /^hon['’]ble /i;
/** Furthest a tag's full-width bracket opens, and its colon after it. */
const MAX_WIDE_NOTE_AT = 40;

/** A name, a spaced dash or bar, a title, a colon: `Jane Doe - Host:`, `Tom Reyes | Fire Chief:`. */
const DASH_TITLE = /^([^\s:|–—-][^:|–—]{1,60}?) (?:--?|–|—|\|) ([^\s:|–—-][^:|–—]{1,60}?):[ \t]/u;

/**
 * A podcast's or a meeting export's name and title set apart by a dash or a bar (`Jane Doe -
 * Host:`, `Tom Reyes – Fire Chief:`, `Ana Ruiz | Mayor:`), read as `Jane Doe, Host:` is: the name
 * and its title, or null. In capitals only when the title is a role or a post (`JANE DOE - HOST:`),
 * as a slug and its place in capitals (`FLOOD - RIVERTON:`) are no tag.
 */
function dashTitleTag(text: string, marked: boolean): TagMatch | null {
  const m = DASH_TITLE.exec(text.length > 130 ? text.slice(0, 130) : text);
  if (m === null) return null;
  const name = m[1] as string;
  const title = m[2] as string;
  if (words(name).length > 4 || words(title).length > 6) return null;
  if (name === name.toUpperCase()) {
    const keys = words(foldWords(title));
    if (!ROLES().has(foldWords(title)) && !POST_NOUNS.has(keys[keys.length - 1] ?? '')) return null;
  }
  const joined = `${name}, ${title}:${text.slice(m[0].length - 1)}`;
  const inner = readTag(joined, marked);
  if (inner === null || inner.tag.name === null || inner.tag.raw !== `${name}, ${title}`)
    return null;
  const separator = m[0].length - name.length - title.length - 2;
  const raw = `${name}${text.slice(name.length, name.length + separator)}${title}`;
  return { ...inner, tag: { ...inner.tag, raw }, end: inner.end + separator - 2 };
}

/**
 * A bite's audio cue before its speaker (English radio and TV scripts): the tag after its colon
 * (`ACT: MAYOR ANA RUIZ: We opened…`, `GRAB: TOM REYES, FIRE CHIEF: …`) or the person in its
 * brackets (`CLIP (Ana Ruiz, mayor): …`, CBC). `SOT:` is read after the tag grammar (below).
 */
const BITE_CUE_LEAD =
  /^(?:ACT|ACTUALITY|TAPE|CUT|CLIP|GRAB|BITE|SOUNDBITE|SYNC|BYTE)(?: #?\d{1,2})?(?:: | \(([^()]{3,80})\): )/;

function biteCueTag(text: string, marked: boolean): TagMatch | null {
  const c = text.charCodeAt(0);
  if (c !== 0x41 && c !== 0x42 && c !== 0x43 && c !== 0x47 && c !== 0x53 && c !== 0x54) return null;
  const lead = BITE_CUE_LEAD.exec(text);
  if (lead === null) return null;
  const held = lead[1];
  const after = text.slice(lead[0].length);
  const inner = held === undefined ? readTag(after, marked) : readTag(`${held}: ${after}`, marked);
  if (inner === null || inner.rest === '' || (inner.tag.name === null && inner.tag.role === null))
    return null;
  // (The person in brackets is the whole tag: no more of the words is.)
  if (held !== undefined && inner.tag.raw !== held) return null;
  const raw = held === undefined ? `${lead[0]}${inner.tag.raw}` : lead[0].slice(0, -2);
  const end = held === undefined ? lead[0].length + inner.end : lead[0].length;
  const tag = { ...inner.tag, raw, delivery: inner.tag.delivery ?? 'sot' };
  return { ...inner, tag, end };
}

export function parseTag(text: string, marked = false): TagMatch | null {
  // A label the input marks that is an e-mail address (Zoom's, for a participant without a
  // name): the address is the name, as written.
  const email = marked ? MARKED_EMAIL.exec(text) : null;
  if (email) {
    const raw = email[1] as string;
    const tag = { raw, name: raw, title: null, role: null, timestampMs: null };
    const end = email[0].length;
    return {
      tag: { ...tag, office: null, delivery: null, translated: false },
      rest: text.slice(end).trim(),
      end,
      marked: true,
    };
  }
  // An Indian court's honorific before the judge (`HON'BLE MR. JUSTICE A. K. MEHTA:`, `Hon’ble
  // the Chief Justice:`): the judge the rest names, the honorific kept in the tag as written.
  const honble = (text.charCodeAt(0) | 0x20) === 0x68 ? HONBLE.exec(text) : null;
  if (honble) {
    const inner = parseTag(text.slice(honble[0].length), marked);
    if (inner !== null && (inner.tag.name !== null || inner.tag.role !== null)) {
      const tag = { ...inner.tag, raw: `${honble[0]}${inner.tag.raw}` };
      return { ...inner, tag, end: inner.end + honble[0].length };
    }
  }
  // AP's `SOUNDBITE: (English) Name, title:`: the colon after the word is the lead's, the tag
  // ends at the speaker's (read as `SOUNDBITE (English) Name, title:`).
  const lead = text.charCodeAt(0) <= 0x53 ? WIRE_SOUNDBITE_COLON.exec(text) : null;
  if (lead) {
    const cut = lead[0].length;
    const inner = parseTag(text.slice(0, cut) + text.slice(cut + 1), marked);
    if (inner !== null && inner.end > cut && inner.tag.raw.startsWith(lead[0])) {
      const raw = `${lead[0]}:${inner.tag.raw.slice(cut)}`;
      return { ...inner, tag: { ...inner.tag, raw }, end: inner.end + 1 };
    }
  }
  const bite = biteCueTag(text, marked);
  if (bite !== null) return bite;
  // Full-width brackets in a tag (Japanese and Chinese transcripts: `記者（NHK）：`, `石破総理（首相）：`)
  // are its notes, read as brackets are; the tag keeps them as written.
  const wide = text.indexOf('（');
  if (wide > 0 && wide < MAX_WIDE_NOTE_AT) {
    const colon = text.slice(wide, wide + MAX_WIDE_NOTE_AT).search(/[:：]/);
    if (colon > 0) {
      const cut = wide + colon;
      const head = text.slice(0, cut).replaceAll('（', '(').replaceAll('）', ')');
      const inner = parseTag(head + text.slice(cut), marked);
      if (inner !== null && inner.end > cut) {
        // (The brackets are one code unit each: the raw tag is at the same place.)
        const at = head.indexOf(inner.tag.raw);
        const raw = at === -1 ? inner.tag.raw : text.slice(at, at + inner.tag.raw.length);
        return { ...inner, tag: { ...inner.tag, raw } };
      }
    }
  }
  const match = readTag(text, marked) ?? dashTitleTag(text, marked);
  // A reply and who it thanks before a topic's colon (`Thanks, Matthew. On Sudan: does…`): the
  // words of a question, no name with its title (unless the input marks the label).
  if (!marked && match !== null && match.tag.name !== null && opensWithReply(match.tag.raw))
    return null;
  // A declaration of a poll's candidate and votes (`ALDER, Ruth Margaret, Green Party: 4,118.`):
  // the returning officer's words, no one's tag. Its words are a number only: looked at then.
  if (match !== null && isDigitCode(match.rest.charCodeAt(0)) && isPollRow(match)) return null;
  // A timecode range's end and frames are not kept in the anchor: the tag says how it was
  // written, for the message that reports the anchor.
  if (match !== null && match.tag.timestampMs !== null) {
    const at = skipSpaces(text, text.startsWith('>>') ? skipChevrons(text) : 0);
    const range = timecodeRange(text, at);
    if (range !== null && range.ms === match.tag.timestampMs) match.tag.timeWritten = range.written;
    const seconds = range === null ? secondsRange(text, at) : null;
    if (seconds !== null && seconds.ms === match.tag.timestampMs)
      match.tag.timeWritten = text.slice(at, seconds.end);
  }
  // A bite's cue before its speaker's tag on one line (`SOT: JANE DOE: The river rose…`): the
  // speaker's tag, delivered as a bite; the cue names nobody.
  if (match !== null && match.tag.raw === 'SOT' && match.rest !== '') {
    const inner = readTag(match.rest, marked);
    if (inner !== null && (inner.tag.name !== null || inner.tag.role !== null)) {
      const end = text.indexOf(match.rest, match.end) + inner.end;
      return { ...inner, tag: { ...inner.tag, delivery: inner.tag.delivery ?? 'sot' }, end };
    }
  }
  // So is a German bite's label closed by its colon (`O-TON: Hafenarbeiter Jan Meier: Wir …`,
  // `O-TON: Jan Meier, Hafenarbeiter: …`): read as the label before the name without it.
  if (
    match !== null &&
    match.rest !== '' &&
    match.tag.name !== null &&
    match.tag.raw !== 'SOT' &&
    SOUND_BITE_LEADS.has(foldWords(match.tag.raw))
  ) {
    const inner = readTag(`${match.tag.raw} ${match.rest}`, marked);
    if (inner !== null && inner.tag.delivery === 'sot' && inner.tag.name !== null) {
      const end = text.indexOf(match.rest, match.end) + inner.end - match.tag.raw.length - 1;
      return { ...inner, end };
    }
  }
  return match;
}

/** A tag's text opening with a reply word and a comma (`Thanks, …`, `Okay, …`). */
function opensWithReply(raw: string): boolean {
  const comma = raw.indexOf(',');
  return comma > 0 && comma <= 12 && REPLY_WORDS.has(raw.slice(0, comma).toLowerCase());
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A candidate as a poll's declaration names them: surname in capitals, forenames, description. */
const POLL_CANDIDATE = lazyRegExp(
  String.raw`^\p{Lu}[\p{Lu}'’ -]*\p{Lu}, \p{Lu}[\p{L}'’. -]*, \S[^:]{1,80}$`,
  'u',
);
/** Their votes: a number (thousands grouped or not), maybe `votes`, maybe a full stop. */
const POLL_VOTES = /^\d{1,3}(?:[,.\u202f ]?\d{3})*(?: votes?)?\.?$/;

function isPollRow(match: TagMatch): boolean {
  return POLL_VOTES.test(match.rest) && POLL_CANDIDATE.test(match.tag.raw);
}

function skipChevrons(text: string): number {
  let i = 0;
  while (text[i] === '>') i++;
  return skipSpaces(text, i);
}

function readTag(text: string, marked = false): TagMatch | null {
  const numbered = QUESTION_NUMBER.exec(text);
  if (numbered) {
    const inner = parseTag(text.slice(numbered[0].length));
    // The riksdag numbers every turn (`Anf. 14 TALMANNEN:`): any tag after its number. The
    // Belgian Chamber's record numbers each speech in its item (`01.02 Name (Party):`, `01.03
    // Name, ministre:`): a speaker's full name after the two-part number.
    const intervention =
      numbered[0][2] === '.' && numbered[0][3] !== ' ' && (inner?.tag.name ?? '').includes(' ');
    if (
      inner &&
      ((inner.tag.name && (inner.tag.raw.includes('(') || intervention)) || text[0] === 'A')
    ) {
      const raw = `${numbered[0].trim()} ${inner.tag.raw}`;
      return { ...inner, tag: { ...inner.tag, raw }, end: inner.end + numbered[0].length };
    }
  }
  // Cheap rejection first: a tag needs a colon near the start, or is `Q` or `>>`.
  const headText = text.slice(0, MAX_TAG_CHARS + 40);
  let i = skipSpaces(text, 0);
  // A chat export's stamp (`[12/03/2024, 14:05:12] Jane Doe:`, `12/03/2024, 14:05 - Jane Doe:`).
  const c0 = text.charCodeAt(i);
  if (c0 === 0x5b || c0 === 0x200e || (c0 >= 48 && c0 <= 57)) {
    const chat = chatExportMessage(text, i) ?? zoomChatMessage(text, i);
    if (chat) return chat;
    const loop = c0 === 0x5b || c0 === 0x200e ? null : airToGroundTag(text, i);
    if (loop) return loop;
    // A diarization label in brackets before the words, no colon (`[SPEAKER_00] Good evening`).
    const label = c0 === 0x5b ? bracketedDiarizationLabel(text, i, null) : null;
    if (label) return label;
  }
  // A Congressional Record tag (`Mr. SMITH.`, `The PRESIDING OFFICER.`): a capital after the
  // courtesy title or `The ` (prose's `The council` never pays for the pattern).
  const recordAt = text.startsWith('The ', i)
    ? i + 4
    : text[i + 2] === '.'
      ? i + 4
      : text[i + 3] === '.'
        ? i + 5
        : -1;
  if (recordAt !== -1) {
    const c = text.charCodeAt(recordAt);
    if (c >= 65 && c <= 90) {
      const record = recordTag(text, i, null);
      if (record) return record;
    }
  }
  const photo = text.startsWith('Photo of ', i) ? photoNameLine(text, i) : null;
  if (photo) return photo;
  const portuguese = portugueseTag(text, i);
  if (portuguese) return portuguese;
  const coded = codedTag(text, i);
  if (coded) return coded;
  const hearing = hearingTag(text, i);
  if (hearing) return hearing;
  const roleInBrackets = bracketedRole(text, i);
  if (roleInBrackets) return roleInBrackets;
  const labelInParentheses = parenthesizedLabelLine(text, i);
  if (labelInParentheses) return labelInParentheses;
  const q = text[i] === 'Q';
  const chevrons = text.startsWith('>>', i);
  if (
    !q &&
    !chevrons &&
    !headText.includes(':') &&
    !headText.includes('\uff1a') &&
    !hasDashTag(headText) &&
    !(SEAT_OFFICE_OPEN.test(headText) && text.slice(0, EP_TAG_CHARS + 40).includes(':'))
  ) {
    return numberedLabelLine(text, i);
  }
  let timestampMs: number | null = null;

  if (chevrons) {
    i += 2;
    while (text[i] === '>') i++;
    i = skipSpaces(text, i);
  }

  // Zoom's saved transcript: `[Jane Doe] 10:15:32`, the name in brackets, then the time.
  if (text[i] === '[' && !chevrons) {
    const named = bracketedNameLine(text, i);
    if (named) return named;
  }

  // Leading time anchor: `[00:01:23] Name: …`, `(00:01:23) Name: …`, `00:01:23 Name: …` (a
  // bare time only before a tag with a colon: `12:45 P.M. EDT` is no tag).
  const range = timecodeRange(text, i) ?? secondsRange(text, i);
  const bracketed = range === null ? bracketTime(text, i) : null;
  const leading = range ?? bracketed ?? bareTime(text, i);
  if (leading) {
    timestampMs = leading.ms;
    i = skipSpaces(text, leading.end);
    // A dash or a bar between the time and the tag (`00:00:01 - Jane Doe:`, `[00:01] | Tom:`),
    // as meeting notes and transcription exports write them.
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7c) && text[i + 1] === ' ')
      i = skipSpaces(text, i + 1);
  }
  // The same label after a time (`[00:00:00.000 --> 00:00:03.480] [SPEAKER_00] Good evening`).
  if (leading && text[i] === '[') {
    const label = bracketedDiarizationLabel(text, i, timestampMs);
    if (label) return label;
  }

  // `Q` / `Q:` / `Q.` followed by the question, or `Q` and two spaces.
  if (text[i] === 'Q') {
    const after = text[i + 1];
    if (after === ':' || after === '.') {
      const start = skipSpaces(text, i + 2);
      if (start > i + 2 || start === text.length) {
        return roleMatch('Q', 'reporter', timestampMs, text, start);
      }
    } else if (after === undefined) {
      return roleMatch('Q', 'reporter', timestampMs, text, i + 1);
    } else if (after === ' ' && /^[–—-] /.test(text.slice(i + 2, i + 4))) {
      // A press briefing's question with the asker and outlet (`Q – Jane Smith (Reuters):`).
      const asker = readTag(text.slice(i + 4));
      if (asker?.tag.name && asker.tag.role === null)
        return {
          tag: { ...asker.tag, raw: `Q ${asker.tag.raw}`, role: 'reporter', timestampMs },
          rest: asker.rest,
          end: i + 4 + asker.end,
        };
    } else if (isInlineSpace(after)) {
      const gap = countSpaces(text, i + 1);
      if (gap.end === text.length || gap.count >= 2 || gap.nbsp) {
        return roleMatch('Q', 'reporter', timestampMs, text, gap.end);
      }
    }
  }

  // The colon within the first MAX_TAG_CHARS characters, outside brackets, followed by a space,
  // a quote or the end; no sentence may end before it.
  // The European Parliament's functions run long (`Name, Vice-President of the Commission /
  // High Representative of … Policy. – `): with a spaced dash near, the window is longer, for
  // that separator only.
  const spacedDash = text.slice(i, i + EP_TAG_CHARS + 3);
  const long = spacedDash.includes('. –') || spacedDash.includes('. —');
  // Australia's Hansard lists every office a minister holds after the seat and a dash
  // (`Senator GALLAGHER (Australian Capital Territory—Minister for Finance, Minister for Women,
  // …) (14:01):`): after such a note the colon may come as late.
  const seatOffice = !long && SEAT_OFFICE_OPEN.test(text.slice(i, i + 100));
  const window = text.slice(i, i + (long || seatOffice ? EP_TAG_CHARS : MAX_TAG_CHARS) + 1);
  let colon = -1;
  let separator = 1;
  let depth = 0;
  for (let j = 0; j < window.length; j++) {
    const ch = window[j];
    const beyond = j > MAX_TAG_CHARS;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ':' && depth === 0) {
      if (beyond && !seatOffice) break;
      const next = window[j + 1];
      if (next === undefined || isInlineSpace(next) || '"“«„\''.includes(next)) colon = j;
      break;
    } else if (ch === '\uff1a' && depth === 0) {
      // Chinese and Japanese write the full-width colon, the words right after it (`主持人：各位`).
      if (!beyond) colon = j;
      break;
    } else if (ch === '.' && depth === 0 && !beyond && isDashTag(window, j)) {
      // `Presidente del Gobierno.- Buenas tardes`, `P.- ¿…?` (La Moncloa, Latin American
      // government transcripts): a full stop and a dash end the tag as a colon does.
      colon = j;
      separator = 2;
      break;
    } else if (ch === '.' && depth === 0 && isSpacedDashTag(window, j)) {
      // `President. – The next item is …`, `Jane Doe, on behalf of the PPE Group. – Madam
      // President, …` (European Parliament verbatim reports): a full stop, a spaced en dash.
      colon = j;
      separator = 3;
      break;
    }
    // A full stop before a lower-case word ends a sentence, but for an abbreviation's
    // (`Some hon. members:`, Canadian Hansard) and a French courtesy title's before the office's
    // article (`M. le ministre :`, `Mme la présidente :`).
    const sentenceEnd =
      ch === '.' &&
      window[j + 1] === ' ' &&
      isLower(window[j + 2] ?? '') &&
      !window.endsWith(' hon', j) &&
      !window.endsWith(' Hon', j) &&
      !(j <= 4 && isHonorific(window.slice(0, j)) && /^ l(?:e |a |'|’)/.test(window.slice(j + 1)));
    // The Eduskunta's pages print a tag's colon alone on the next line (`Puhemies Paula
    // Risikko` / `:`): the colon there ends the tag.
    if (ch === '\n' && depth === 0 && j > 0) {
      const k = skipSpaces(window, j + 1);
      const after = window[k + 1];
      if (window[k] === ':' && (after === undefined || after === '\n' || isInlineSpace(after)))
        colon = k;
    }
    if (ch === '\n' || sentenceEnd) break;
  }
  if (colon === -1) {
    // `00:00:15 Rosa Alvarez` (Happy Scribe: a time line, then the speaker's line): a bare time
    // and a name alone, no sentence after it.
    const bareTimedName =
      leading !== null &&
      bracketed === null &&
      text.length - i <= BARE_TIMED_NAME_CHARS &&
      !CLOCK_SUFFIX.test(text.slice(i));
    if (bracketed !== null || bareTimedName || (leading === null && text.includes(':', i))) {
      const timed = timedNameLine(text, i, timestampMs);
      // After a bare time, a person's full name only (`14:02 Prime Minister`, `09:00 Welcome`
      // are an agenda's lines); after an editor's timecode range, a role or a label in capitals
      // (`REPORTER`, `FISHERMAN`; `Welcome` is a heading, `MUSIC` a sound).
      const { name, role, raw } = timed?.tag ?? {};
      if (
        timed &&
        (!bareTimedName ||
          (name ?? '').includes(' ') ||
          (range !== null &&
            (role !== null || raw === raw?.toUpperCase()) &&
            !hasDirectionWord(raw ?? '')))
      )
        return timed;
    }
    if (chevrons) return roleMatch('>>', 'unidentified', timestampMs, text, i);
    return null;
  }
  const tagText = singleSpaced(window.slice(0, colon));
  const parsed =
    classify(tagText, isTurkishTag(tagText, text, i + colon)) ??
    (separator === 3 ? nameAndFunction(tagText) : null) ??
    classifyAskedOf(tagText) ??
    (timestampMs === null && separator === 1 ? squareTimedTag(tagText) : null);
  let start = skipSpaces(text, i + colon + separator);
  // A time right after the colon (Descript `Name: [00:00:05] text`, Rev `Name: (00:00:05)`),
  // when the tag has no time yet: a second time stays in the text, never dropped.
  const untimed = timestampMs === null && parsed?.timestampMs === null;
  const after = parsed && untimed ? bracketTime(text, start) : null;
  if (parsed && after) {
    parsed.timestampMs = after.ms;
    start = skipSpaces(text, after.end);
  }
  const rest = text.slice(start).trim();
  // `Budget: Statement`: a heading (a one-word label, or capitalized words after the colon).
  // Role words (`Q: Why Now`) are tags whatever follows; a name or an office is not when what
  // follows reads as a heading (`Mayor: Budget Cuts Ahead`).
  const headingLike =
    parsed !== null &&
    (parsed.role === null || parsed.office !== null) &&
    !isAllCaps(tagText) &&
    rest.length <= MAX_TAG_CHARS &&
    isHeadingText(rest) &&
    (words(rest).length >= 2 || words(tagText).length === 1) &&
    // A heading never stops on `the` or a comma: a tag line hard-wrapped in its words does
    // (`Mr. Paul Roy (Timmins, NDP): Mr. Speaker, the` / `closure of the mine…`).
    !endsOpen(rest);
  // A label the input marks as a speaker's is a tag whatever its words look like.
  const heading = headingLike && !marked;
  // A dash tag of one name word is a wire story's dateline (`MADRID.- El Gobierno aprobó …`),
  // not a speaker: the dash form needs a role, an office or a fuller name (`Sr. García.-`).
  const dateline =
    separator >= 2 &&
    parsed !== null &&
    parsed.role === null &&
    parsed.office === null &&
    words(tagText).length < 2;
  if (!parsed || heading || dateline) {
    if (chevrons) return roleMatch('>>', 'unidentified', timestampMs, text, i);
    return null;
  }
  const raw = parsed.timestampMs !== null ? stripTrailingTime(tagText) : tagText;
  const match: TagMatch = { tag: makeTag(raw, parsed, timestampMs), rest, end: start };
  if (headingLike) match.marked = true;
  return match;
}

/** How much of a tagged paragraph is looked at for Turkish letters. */
const TURKISH_CONTEXT_CHARS = 400;

/**
 * A tag whose capital `I` is Turkish's dotless one (`AHMET YILMAZ` is Ahmet Yılmaz): the tag or
 * the start of its words has letters only Turkish writes (`İ`, `ı`, `ğ`). Only a tag with an `I`
 * pays for the look.
 */
function isTurkishTag(tagText: string, text: string, colon: number): boolean {
  if (!tagText.includes('I')) return false;
  return (
    hasTurkishLetters(tagText) || hasTurkishLetters(text, colon, colon + TURKISH_CONTEXT_CHARS)
  );
}

/**
 * The text with each run of whitespace one space and none at the ends. Text of printable ASCII
 * with single inner spaces (nearly every tag) is that already: no regular expression, no copy.
 */
function singleSpaced(text: string): string {
  let clean = text.length > 0;
  for (let i = 0; i < text.length && clean; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      clean = i > 0 && i < text.length - 1 && text.charCodeAt(i + 1) !== 0x20;
    } else if (c < 0x21 || c > 0x7e) clean = false;
  }
  return clean ? text : words(text.replace(/\s+/gu, ' ')).join(' ');
}

/** A `.-` dash tag anywhere in the head of a paragraph (the cheap test before the scan). */
function hasDashTag(head: string): boolean {
  // One pass over the full stops (this runs for every paragraph without a colon).
  for (let i = head.indexOf('.'); i !== -1; i = head.indexOf('.', i + 1)) {
    const next = head.charCodeAt(i + 1);
    if (next === 0x2d || next === 0x2013 || next === 0x2014) return true;
    if (next === 0x20) {
      const after = head.charCodeAt(i + 2);
      if (after === 0x2013 || after === 0x2014) return true;
    }
  }
  return false;
}

/** `.-` (or `.–`) at `j`, then a space or the end: the dash tag of Spanish transcripts. */
function isDashTag(window: string, j: number): boolean {
  const dash = window[j + 1];
  if (dash !== '-' && dash !== '–' && dash !== '—') return false;
  const next = window[j + 2];
  return next === undefined || isInlineSpace(next) || next === '\n';
}

/** Longest European Parliament tag before its spaced dash (name and a long function). */
const EP_TAG_CHARS = 240;

/**
 * A European Parliament tag whose function is too long for a title (`Lucia Ferrante,
 * Vice-President of the Commission / High Representative of … Policy`): a full name before the
 * comma, the function after it as written.
 */
function nameAndFunction(tagText: string): Parsed | null {
  const comma = tagText.indexOf(',');
  if (comma <= 0) return null;
  const head = classify(tagText.slice(0, comma));
  const rest = tagText.slice(comma + 1).trim();
  if (!head || head.name === null || head.title !== null || words(head.name).length < 2)
    return null;
  if (!isUpper(rest[0] ?? '') && !rest.startsWith('on behalf of ')) return null;
  return { ...head, title: rest };
}

/** `. – ` at `j` (a full stop, a space, an en or em dash, a space or the end). */
function isSpacedDashTag(window: string, j: number): boolean {
  if (window[j + 1] !== ' ') return false;
  const dash = window[j + 2];
  if (dash !== '–' && dash !== '—') return false;
  const next = window[j + 3];
  return next === undefined || isInlineSpace(next) || next === '\n';
}

/** `Speaker 1 (00:01:23)` → `Speaker 1`. */
/**
 * A label or a name with its time in square brackets before the colon (a transcription service's
 * `SPEAKER 1 [00:00:09]: text`, `Jane Doe [00:01:02]: text`): the tag, the time its anchor.
 */
function squareTimedTag(text: string): Parsed | null {
  // The Storting's note after the time (`Name (A) [11:03:10] (ordfører for saken)`).
  const note = text.endsWith(')') ? text.lastIndexOf('] (') : -1;
  const tagText =
    note > 0 && FLOOR_NOTES.has(foldWords(text.slice(note + 3, -1)))
      ? text.slice(0, note + 1)
      : text;
  if (!tagText.endsWith(']')) return null;
  const open = tagText.lastIndexOf('[');
  // The Storting's record copied from its page leaves the brackets of the speech's time empty
  // (`Per Olaf Lundteigen (Sp) []:`, the chair's `Presidenten []:`): the tag before them, with no
  // time (the raw tag keeps them).
  if (open > 0 && open === tagText.length - 2) {
    const parsed = classify(tagText.slice(0, open).trim());
    return parsed?.name || parsed?.role ? parsed : null;
  }
  if (open <= 0 || bracketTime(tagText, open)?.end !== tagText.length) return null;
  const parsed = classify(tagText.slice(0, open).trim());
  if (parsed === null || parsed.timestampMs !== null) return null;
  parsed.timestampMs = bracketTime(tagText, open)?.ms ?? null;
  return parsed;
}

/**
 * A transcription service's code for a voice (GoTranscript, Scribie, TranscribeMe: `S1`, `S2`;
 * research transcripts: `P1`, `R2`, `IV1`; `Spk1`), read as a speaker by the speakers plugin
 * when two codes or more open paragraphs.
 */
export const VOICE_CODE = '(?:S|Sp|Spk|Spkr|P|R|I|IV|Int|IE|Resp)[ _-]?\\d{1,2}';
const VOICE_CODE_OPENING = lazyRegExp(`^${VOICE_CODE}:[ \\t]`, 'i');

/** True when the text opens with a voice's code and its colon (`S1: Okay`). */
export function opensWithVoiceCode(text: string): boolean {
  return VOICE_CODE_OPENING.test(text);
}

function stripTrailingTime(tagText: string): string {
  const open = Math.max(tagText.lastIndexOf('('), tagText.lastIndexOf('['));
  if (open <= 0 || bracketTime(tagText, open)?.end !== tagText.length) return tagText;
  return tagText.slice(0, open).trim();
}

/**
 * A speech-to-text tool's segment time in square brackets (Whisper's `[00:00.000 --> 00:04.200]`,
 * minutes first under an hour), both ends with milliseconds. Bounded, no nested quantifier.
 */
const SEGMENT_RANGE =
  /\[((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}) ?--> ?(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\]/y;

/**
 * A segment's range in seconds, as faster-whisper's example prints it (`[3.48s -> 6.92s]`).
 * Bounded, no nested quantifier.
 */
const SECONDS_RANGE = /\[(\d{1,6}(?:\.\d{1,3})?)s? -> \d{1,6}(?:\.\d{1,3})?s?\]/y;

/** The segment range in seconds at `i` (see {@link SECONDS_RANGE}): its start in ms, its end. */
function secondsRange(text: string, i: number): { ms: number; end: number } | null {
  if (text.charCodeAt(i) !== 0x5b) return null;
  SECONDS_RANGE.lastIndex = i;
  const m = SECONDS_RANGE.exec(text);
  return m ? { ms: Math.round(Number(m[1]) * 1000), end: i + m[0].length } : null;
}

/**
 * The time opening a paragraph no speaker's tag opens (speech-to-text segments: whisper.cpp's
 * `[00:00:00.000 --> 00:00:04.200]   text`, Whisper's `[00:00.000 --> 00:04.200]  text`, a
 * `[00:01:23] text` or `(00:01:23) text` export without speakers): its start in ms, the time as
 * written and where the text starts; null when none or nothing follows it. A clock in
 * parentheses without seconds (`(10:30) Council opens`, an agenda's) is no anchor.
 */
export function untaggedTimeAnchor(
  text: string,
): { ms: number; written: string; end: number } | null {
  const open = text.charCodeAt(0);
  if (open !== 0x5b && open !== 0x28) return null;
  let found: { ms: number; end: number } | null = timecodeRange(text, 0);
  if (found === null && open === 0x5b) {
    SEGMENT_RANGE.lastIndex = 0;
    const m = SEGMENT_RANGE.exec(text);
    const start = m ? parseAnchorTime((m[1] as string).replace(',', '.')) : null;
    if (m && start !== null) found = { ms: start, end: m[0].length };
    else found = secondsRange(text, 0);
  }
  if (found === null) {
    const time = bracketTime(text, 0);
    if (time && (open === 0x5b || text.slice(1, time.end - 1).split(':').length === 3))
      found = time;
  }
  if (found === null) return null;
  const end = skipSpaces(text, found.end);
  if (end >= text.length) return null;
  return { ms: found.ms, written: text.slice(0, found.end), end };
}

/** True when a whole line is a tag and nothing else (`Dmitry Borisov:`), text on the next line. */
export function isTagOnlyLine(line: string): boolean {
  const match = parseTag(line);
  return match !== null && match.rest === '';
}

// --- IRC logs ---------------------------------------------------------------------------------

/**
 * A line of an IRC log as clients print and log it (irssi, HexChat, mIRC, WeeChat, ZNC): an
 * optional time of day (`[12:03]`, `[12:03:45]`, `12:03`, `(12:03)`, `[12:03 PM]`, a date before
 * it: `2026-11-30 12:03`, HexChat's `Nov 30 12:03:45`), then a
 * message (`<jdoe> text`, the nick's mode `@`/`+` before it; WeeChat's log: the time, a tab,
 * `jdoe`, a tab, the text), an action (`* jdoe waves`, the
 * client's `/me`) or an event of the channel (`*** jdoe has joined #newsroom`, `-!- …`, `--> …`,
 * `<-- …`, irssi's `--- Log opened …` and `--- Day changed …`, a server's or a service's notice
 * `-NickServ- …`, mIRC's `* Joins: jdoe` and HexChat's
 * `* jdoe has quit`). Bounded patterns, no nested quantifier.
 */
export interface IrcLine {
  kind: 'message' | 'action' | 'event';
  /** The nick of a message or an action, as written (without its mode); null for an event. */
  nick: string | null;
  /** The time of day in ms, or null when the line has none. */
  ms: number | null;
  /** Where the text after the time starts (the `<`, `*` or the event's marker). */
  start: number;
  /** Where the words start: after `<nick>` for a message, at the nick for an action. */
  end: number;
}

const IRC_TIME =
  /^[[(]?(?:\d{4}-\d{2}-\d{2}[ T]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} )?(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?: ?([AaPp])[Mm])?[\])]?[ \t]+/;
const IRC_NICK = '[A-Za-z_\\[\\]\\\\`^{|}][A-Za-z0-9_\\[\\]\\\\`^{|}-]{0,31}';
const IRC_MESSAGE = lazyRegExp(`^<[@+%&~]?(${IRC_NICK})>(?:[ \\t]+|$)`);
/** WeeChat's log: the time, a tab, the nick, a tab, the words (`2026-11-30 10:01:05\tjdoe\thi`). */
const IRC_TAB_MESSAGE = lazyRegExp(`^[@+%&~]?(${IRC_NICK})\\t+(?=\\S)`);
const IRC_ACTION = lazyRegExp(`^\\*[ \\t]+[@+]?(${IRC_NICK})[ \\t]+\\S`);
const IRC_EVENT_MARK = /^(?:\*{2,3}|-!-|-->|<--|<->|-{2,3}|-[^\s-]{1,32}-)[ \t]+\S/;
/** What a client's event line says after `* ` (HexChat, mIRC): not a `/me` action. */
const IRC_EVENT_WORDS =
  /\b(?:has (?:joined|left|quit|parted)|is now known as|sets? mode|has changed the topic|changes topic to|was kicked|Joins:|Parts:|Quits:|Now talking in|Topic (?:is|for|set by))/i;
/**
 * The element names of markup (HTML's the markup plugin takes out; WebVTT's and a page's own):
 * `<b> text`, `<p> text`, `<v> text` are markup, never a nick (`<v Jane>` has a space and never
 * reads as one).
 */
const MARKUP_NAMES: ReadonlySet<string> = new Set([
  ...HTML_ELEMENTS,
  ...'body head html title caption center dd dl dt lang c v rt ruby'.split(' '),
]);

/** The IRC line `text` is (see {@link IrcLine}), or null. */
export function ircLine(text: string): IrcLine | null {
  // `<`, `*`, `-`, `[`, `(`, a digit or a month's capital opens every such line; a capital only
  // a month's name and its day (`Nov 30 12:03:45`, HexChat).
  if (!IRC_FIRST.test(text)) return null;
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90 && !IRC_MONTH_DAY.test(text)) return null;
  let start = 0;
  let ms: number | null = null;
  const time = IRC_TIME.exec(text);
  if (time) {
    // A 12-hour clock (`[12:03 PM]`, Textual) is read as the 24-hour one it stands for.
    const half = time[4];
    const hours = Number(time[1]);
    if (half) ms = halfDayMs(hours, Number(time[2]), Number(time[3] ?? 0), half);
    else {
      const fields = clockFields(`${hours}:${time[2]}:${time[3] ?? '00'}`);
      ms = fields && hours < 24 ? clockMs(fields) : null;
    }
    if (ms === null) return null;
    start = time[0].length;
  }
  const body = start > 0 ? text.slice(start) : text;
  const message =
    IRC_MESSAGE.exec(body) ?? (time?.[0].endsWith('\t') ? IRC_TAB_MESSAGE.exec(body) : null);
  if (message) {
    const nick = message[1] as string;
    // A script's cue in angle brackets (`<SOT>`, `<VO>`, `<CG>`) is no nick either.
    if (MARKUP_NAMES.has(nick.toLowerCase()) || isScriptCue(nick) || /^[A-Z]{1,5}$/.test(nick))
      return null;
    return { kind: 'message', nick, ms, start, end: start + message[0].length };
  }
  if (IRC_EVENT_MARK.test(body)) return { kind: 'event', nick: null, ms, start, end: start };
  // mIRC's and HexChat's events after one star (`* Joins: jdoe`, `* jdoe has quit`).
  if (body.startsWith('* ') && IRC_EVENT_WORDS.test(body.slice(0, 300)))
    return { kind: 'event', nick: null, ms, start, end: start };
  const action = IRC_ACTION.exec(body);
  if (action) {
    const at = body.indexOf(action[1] as string);
    return { kind: 'action', nick: action[1] as string, ms, start, end: start + at };
  }
  return null;
}

/** The first character of an IRC log's line, and of a message's line. */
const IRC_FIRST = /^[<*\-[(\dJFMASOND]/;
const IRC_MONTH_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/;
const IRC_MONTH_DAY_AT = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/y;

/** Messages needed to read a text as an IRC log. */
const MIN_IRC_MESSAGES = 2;
/** Lines looked at for an IRC log's messages. */
const IRC_LINES = 300;

/**
 * True when a text is an IRC log: at least two lines are messages (`<jdoe> text`, a time before
 * it or not). One pass over the lines' first characters; stops once enough are seen.
 */
export function isIrcLog(text: string): boolean {
  let count = 0;
  // A log's messages are on its first lines: a text without two there is no log.
  let lines = 0;
  for (let at = 0; at < text.length && lines < IRC_LINES; lines++) {
    let eol = text.indexOf('\n', at);
    if (eol === -1) eol = text.length;
    let i = at;
    while (i < eol && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    // A message opens with `<`, `[`, `(`, a digit, or a month's name and its day: the line is
    // cut out only then.
    const c = text.charCodeAt(i);
    IRC_MONTH_DAY_AT.lastIndex = i;
    const opens =
      c === 0x3c ||
      c === 0x5b ||
      c === 0x28 ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a && IRC_MONTH_DAY_AT.test(text));
    if (opens) {
      const line = ircLine(text.slice(i, Math.min(eol, i + 120)));
      if (line?.kind === 'message' && ++count >= MIN_IRC_MESSAGES) return true;
    }
    at = eol + 1;
  }
  return false;
}

/**
 * The tag of an IRC log's message or action at the start of `text` (see {@link ircLine}): the
 * nick, as written, is the speaker, the time of day its anchor. An action keeps its words from
 * the nick on (`jdoe waves`); an event or any other line is no tag.
 */
export function ircTag(text: string): TagMatch | null {
  const line = ircLine(text);
  if (line === null || line.nick === null) return null;
  const tag = makeTag(line.nick, { ...NO_PARTS, name: line.nick }, line.ms);
  return { tag, rest: text.slice(line.end).trim(), end: line.end };
}
