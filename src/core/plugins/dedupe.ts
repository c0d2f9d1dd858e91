/**
 * Repeated paragraphs: a paragraph pasted twice (adjacent or not) is kept once and the removal
 * reported, with the removed text, at the line of the removed copy. A near copy that differs only
 * in whitespace, punctuation, case or a misspelt word goes the same way. Two versions that differ
 * in a number, a date, a name, a negation or any other word are both kept, with a
 * `revised-paragraph` warning on both lines naming the change (`12 → 15`): the producer chooses,
 * the formatter never picks one version of a fact. Short repeats that people really say twice
 * ("Thank you.", "Yes.", a chant) and a question asked again after "I beg your pardon?" are kept,
 * and a speaker tag alone on its line is never a repeat.
 *
 * Linear: every paragraph is hashed once (FNV-1a over its normalized words) and looked up in a
 * map; near copies are found through band hashes (four quarters of the words from each end, so a
 * few changed words leave two bands equal), and each of at most four candidates is compared word
 * by word with a diff bounded to 32 edits (O(words · 32)), never by comparing all pairs.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import {
  endsWithSentencePunctuation,
  isSentenceStopCode,
  isWhitespaceCode,
  SENTENCE_CLOSERS,
} from '../chars.ts';
import { boundedEditDistance } from '../edit-distance.ts';
import { CHAR, charBits } from '../language.ts';
import { STARTS_UPPERCASE } from '../letter-patterns.ts';
import { report } from '../report.ts';
import { isTagOnlyLine, parseTag } from '../tags.ts';
import {
  type Paragraph,
  paragraphLine,
  type Root,
  type RootContent,
  type Segment,
  segmentsPosition,
} from '../tree.ts';
import { applyEdits, applySortedEdits, joinSegments } from './segments.ts';

export interface DedupeOptions {
  /** A copy right after its original is removed from this many words (short ones are said twice). */
  minWords?: number;
  /** A copy further away is removed from this many words: briefings repeat set phrases. */
  minWordsApart?: number;
  /** Near-duplicates are looked for only in paragraphs of at least this many words. */
  nearMinWords?: number;
}

const DEFAULTS = { minWords: 8, minWordsApart: 20, nearMinWords: 12 } as const;
const BANDS = 4;
/** Most candidates confirmed per paragraph: bounds the work on pathological input. */
const MAX_CANDIDATES = 4;
/** Words added or removed (a changed word is two) for two paragraphs to be versions of one. */
const WORD_EDITS_SHARE = 0.1;
/** At most this many word edits are looked for: bounds the diff's cost to O(words · 32). */
const MAX_WORD_EDITS = 32;

/** A request to hear something again: the repeat after it is said on purpose. */
const REPEAT_REQUEST =
  /\b(pardon|repeat (that|the question|it)|say (that|it) again|come again|didn['’]?t (hear|catch)|could you repeat|one more time)\b|^(sorry|what)\?$/i;

/** A request to repeat closes the paragraph before the repeat: only its end is read. */
function isRepeatRequest(text: string): boolean {
  return REPEAT_REQUEST.test(text.length > 200 ? text.slice(-200) : text);
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const LOWER_CODE = new Uint16Array(0x10000);

/** ASCII letters and digits in lower case, 0 for every other ASCII character. */
const ASCII_WORD_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD_FOLD[c] =
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : 0;
}

/** Lower-case form of one UTF-16 code unit (cached; a unit whose lower case is longer stays). */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = LOWER_CODE[code] ?? 0;
  if (lower === 0) {
    const l = String.fromCharCode(code).toLowerCase();
    lower = l.length === 1 ? l.charCodeAt(0) : code;
    LOWER_CODE[code] = lower;
  }
  return lower;
}

/**
 * FNV-1a hash of each word of {@link wordTokens} (its key), computed in one scan without making the
 * word strings: the hot path of repeat detection.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  const n = text.length;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // An ASCII letter or digit, lower case (one table read); 0 for any other character.
      const folded = ASCII_WORD_FOLD[code] as number;
      if (folded !== 0) {
        h = Math.imul(h ^ folded, 0x01000193);
        inWord = true;
        continue;
      }
    } else if ((charBits(code) & CHAR.WORD) !== 0) {
      h = Math.imul(h ^ lowerCode(code), 0x01000193);
      inWord = true;
      continue;
    }
    if (
      (code === 0x27 || code === 0x2019) &&
      inWord &&
      charBits(text.charCodeAt(i + 1)) & CHAR.WORD
    )
      continue;
    if (inWord) {
      hashes.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  // The end of the text ends the last word.
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

interface Seen {
  index: number;
  node: Paragraph;
  hashes: number[];
}

/** The paragraphs under one hash: one (nearly every hash) or a few, in the order they came. */
type Bucket = Seen | Seen[];

/** Adds `seen` under `key`, up to {@link MAX_CANDIDATES} paragraphs (one array only for two or more). */
function addToBucket(map: Map<number, Bucket>, key: number, seen: Seen): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, seen);
  else if (!Array.isArray(bucket)) map.set(key, [bucket, seen]);
  else if (bucket.length < MAX_CANDIDATES) bucket.push(seen);
}

function bucketList(bucket: Bucket | undefined): readonly Seen[] {
  if (bucket === undefined) return [];
  return Array.isArray(bucket) ? bucket : [bucket];
}

function sameWords(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Folds word hashes in [from, to) into one 32-bit hash. */
function fold(hashes: readonly number[], from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = Math.max(0, from); i < Math.min(to, hashes.length); i++) {
    h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
  }
  return h >>> 0;
}

/** Band hashes: four quarters of the words from the start and four from the end. */
function bandKeys(hashes: readonly number[], size = Math.ceil(hashes.length / BANDS)): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    keys.push(fold(hashes, b * size, (b + 1) * size, 0x811c9dc5 + b));
    const end = hashes.length - b * size;
    // Bands counted from the end survive an inserted or deleted word near the start.
    keys.push(fold(hashes, end - size, end, 0x811c9dc5 + BANDS + b));
  }
  return keys;
}

/** A word as written (`Smith`, `isn’t`) and its comparison key (`smith`, `isnt`). */
export interface WordToken {
  raw: string;
  key: string;
}

/**
 * The words {@link wordHashes} hashes (letters and digits, an apostrophe inside a word joining its
 * halves), each as written (`isn’t`) and as compared (`isnt`): case- and punctuation-blind.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (charBits(code) & CHAR.WORD) {
      if (start === -1) start = i;
      continue;
    }
    if (
      (code === 0x27 || code === 0x2019) &&
      start !== -1 &&
      charBits(text.charCodeAt(i + 1)) & CHAR.WORD
    )
      continue;
    if (start !== -1) {
      const raw = text.slice(start, i);
      tokens.push({ raw, key: raw.replace(/['’]/g, '').toLowerCase() });
      start = -1;
    }
  }
  return tokens;
}

/** Negations in the supported languages: a paragraph that gains or loses one says the opposite. */
const NEGATIONS = new Set(
  (
    'not no never nor none nobody nothing neither cannot without ' +
    'не нет ни никогда ничего никто нельзя ' +
    'nicht kein keine keinen keinem keiner keines nie niemals ' +
    'ne pas jamais aucun aucune rien ' +
    'nunca jamás ningún ninguno ninguna nada tampoco'
  ).split(' '),
);

/** Number words: `twelve` → `fifteen` changes a fact as much as `12` → `15`. */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ' +
    'ninety hundred hundreds thousand thousands million millions billion billions trillion dozen ' +
    'dozens half quarter first second third fourth fifth percent ' +
    'один одна два две три четыре пять шесть семь восемь девять десять сто тысяча тысячи тысяч ' +
    'миллион миллиона миллионов миллиард миллиарда миллиардов процент процента процентов ' +
    'eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend millionen milliarden ' +
    'un une deux trois quatre cinq sept huit neuf dix cent mille millions milliards ' +
    'uno dos tres cuatro cinco seis siete ocho nueve diez cien mil millones'
  ).split(' '),
);

/** Dates said in words, as comparison keys (lower case, apostrophes dropped: `aujourdhui`). */
const DATE_WORDS = new Set(
  (
    'today yesterday tomorrow tonight ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'сегодня вчера завтра января февраля марта апреля мая июня июля августа сентября октября ' +
    'ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь ' +
    'декабрь понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье ' +
    'heute gestern morgen januar februar märz mai juni juli oktober dezember montag dienstag ' +
    'mittwoch donnerstag freitag samstag sonntag ' +
    'aujourdhui hier demain janvier février mars avril juin juillet août septembre octobre ' +
    'novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'hoy ayer mañana enero febrero marzo abril mayo junio julio agosto septiembre octubre ' +
    'noviembre diciembre lunes martes miércoles jueves viernes sábado domingo'
  ).split(' '),
);

/** The kind of fact a word carries, or null for an ordinary word. */
export type FactKind = 'a number' | 'a date' | 'a negation' | 'a name';

function factKind(token: WordToken): FactKind | null {
  const { raw, key } = token;
  if (/\d/.test(raw) || NUMBER_WORDS.has(key)) return 'a number';
  if (DATE_WORDS.has(key)) return 'a date';
  // `isn’t`, `won’t` (English) and `n’est` (French elision) carry a negation.
  if (NEGATIONS.has(key) || /n['’]t$/i.test(raw) || /^n['’]/i.test(raw)) return 'a negation';
  // A capitalized word is taken for a name: a wrong guess keeps both versions, never loses one.
  if (STARTS_UPPERCASE.test(raw)) return 'a name';
  return null;
}

interface Hunk {
  removed: WordToken[];
  added: WordToken[];
  /** Index in the first paragraph's words where the hunk starts. */
  at: number;
}

/**
 * Word-level difference of `a` and `b` (Myers' O((n+m)·d) algorithm), as runs of removed and
 * added words; null when more than `maxD` words differ.
 */
export function diffWords(a: WordToken[], b: WordToken[], maxD: number): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const off = maxD + 1;
  let v: Int32Array = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= maxD && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + off] ?? 0) < (v[k + 1 + off] ?? 0));
      let x = down ? (v[k + 1 + off] ?? 0) : (v[k - 1 + off] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x]?.key === b[y]?.key) {
        x++;
        y++;
      }
      v[k + off] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return null;
  // Walk back from the end: each step of d is one removed or one added word.
  const ops: Array<{ del: boolean; i: number; j: number }> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[k - 1 + off] ?? 0) < (v[k + 1 + off] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[prevK + off] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    ops.push({ del: !down, i: prevX, j: prevY });
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  const hunks: Hunk[] = [];
  let last: Hunk | null = null;
  let lastI = -2;
  let lastJ = -2;
  for (const op of ops) {
    // Adjacent edits (no equal word between them) make one hunk.
    const contiguous = last !== null && op.i === lastI && op.j === lastJ;
    if (!contiguous || !last) {
      last = { removed: [], added: [], at: op.i };
      hunks.push(last);
    }
    if (op.del) {
      last.removed.push(a[op.i] as WordToken);
      lastI = op.i + 1;
      lastJ = op.j;
    } else {
      last.added.push(b[op.j] as WordToken);
      lastI = op.i;
      lastJ = op.j + 1;
    }
  }
  return hunks;
}

/**
 * A misspelling of the same word: one character apart in a word of six letters or more, two in
 * one of nine or more. Shorter words one letter apart are often other words (`house`/`horse`).
 */
function isTypo(a: WordToken, b: WordToken): boolean {
  const longest = Math.max(a.key.length, b.key.length);
  const allowed = longest >= 9 ? 2 : longest >= 6 ? 1 : 0;
  return allowed > 0 && boundedEditDistance(a.key, b.key, allowed) <= allowed;
}

/** What changed between two versions, for the message: `12 → 15`, `will → will not`. */
/** The date word (`March`, `марта`) right before a changed number, if there is one. */
function dateBefore(hunk: Hunk, a: WordToken[]): WordToken | null {
  const before = a[hunk.at - 1];
  const numeric = [...hunk.removed, ...hunk.added].every((t) => /^\d/.test(t.raw));
  return numeric && before && DATE_WORDS.has(before.key) ? before : null;
}

function describeHunk(hunk: Hunk, a: WordToken[]): string {
  const words = (list: WordToken[]) => {
    const text = list.map((t) => t.raw).join(' ');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  if (hunk.removed.length > 0 && hunk.added.length > 0) {
    // A day of the month is shown with its month: `March 3 → March 4`.
    const month = dateBefore(hunk, a);
    if (month) return `${month.raw} ${words(hunk.removed)} → ${month.raw} ${words(hunk.added)}`;
    return `${words(hunk.removed)} → ${words(hunk.added)}`;
  }
  // A word only added or only removed is shown with the word before it (or after it).
  const context = a[hunk.at - 1] ?? a[hunk.at + hunk.removed.length];
  if (!context)
    return hunk.added.length > 0 ? `+ ${words(hunk.added)}` : `− ${words(hunk.removed)}`;
  const before = hunk.at > 0;
  const join = (list: WordToken[]) => (before ? [context, ...list] : [...list, context]);
  return hunk.added.length > 0
    ? `${context.raw} → ${words(join(hunk.added))}`
    : `${words(join(hunk.removed))} → ${context.raw}`;
}

export interface Comparison {
  /** True when the copy differs only in spacing, punctuation, case or typos: it may go. */
  cosmetic: boolean;
  /** The most important kind of change: a fact, else a change of wording; null for none. */
  kind: FactKind | 'wording' | 'too-different' | null;
  /** The differences, for the message (`12 → 15`), at most three. */
  changes: string[];
}

const KIND_ORDER: ReadonlyArray<FactKind | 'wording'> = [
  'a date',
  'a number',
  'a negation',
  'a name',
  'wording',
];

/**
 * Compares two versions of a paragraph word by word. Any changed number, date, name or negation,
 * or any changed word that is not a misspelling, makes them two versions to keep.
 */
export function compareVersions(first: string, second: string, maxD: number): Comparison {
  const a = wordTokens(first);
  const b = wordTokens(second);
  const hunks = diffWords(a, b, maxD);
  if (!hunks) return { cosmetic: false, kind: 'too-different', changes: [] };
  let kind: FactKind | 'wording' | null = null;
  const changes: string[] = [];
  const worse = (k: FactKind | 'wording') => {
    if (kind === null || KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(kind)) kind = k;
  };
  for (const hunk of hunks) {
    // Words split or joined (`any one` / `anyone`) are the same words.
    if (
      hunk.removed.map((t) => t.key).join('') === hunk.added.map((t) => t.key).join('') &&
      [...hunk.removed, ...hunk.added].every((t) => !/\d/.test(t.raw))
    )
      continue;
    let fact: FactKind | null = null;
    for (const t of [...hunk.removed, ...hunk.added]) {
      const f = factKind(t);
      if (f && (fact === null || KIND_ORDER.indexOf(f) < KIND_ORDER.indexOf(fact))) fact = f;
    }
    // `3` after `March` is a date (and `3 марта`, `le 3 mars` read the other way round).
    const next = a[hunk.at + hunk.removed.length];
    if (fact === 'a number' && (dateBefore(hunk, a) || (next && DATE_WORDS.has(next.key))))
      fact = 'a date';
    const typos =
      hunk.removed.length === hunk.added.length &&
      hunk.removed.every((t, i) => isTypo(t, hunk.added[i] as WordToken));
    if (fact) worse(fact);
    else if (!typos) worse('wording');
    if (changes.length < 3) changes.push(describeHunk(hunk, a));
    else if (changes.length === 3) changes.push('…');
  }
  return { cosmetic: kind === null, kind, changes };
}

/** Numbers as written, with their signs and separators (`$12`, `1.5`, `-3`, `40%`). */
function numbersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[$€£¥₽+\-−]?\d[\d.,:/]*%?/gu)) {
    // Trailing separators are punctuation (`12.`): trimmed by a loop, not a backtracking regex.
    const n = m[0];
    let end = n.length;
    while (end > 0 && '.,:/'.includes(n[end - 1] ?? '')) end--;
    out.push(n.slice(0, end));
  }
  return out;
}

/** The first number written differently in two paragraphs of the same words, or null. */
function numberChange(first: string, second: string): string | null {
  const a = numbersOf(first);
  const b = numbersOf(second);
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `${a[i] ?? '—'} → ${b[i] ?? '—'}`;
  return null;
}

/**
 * The numbers written differently in two versions that hold as many numbers (up to three, then
 * `…`), each whole (`4.2 → 4.5`, `$1,200 → $1,500`); null when they hold different counts.
 */
function wholeNumberChanges(first: string, second: string): string[] | null {
  const a = numbersOf(first);
  const b = numbersOf(second);
  if (a.length !== b.length) return null;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (out.length === 3) {
      out.push('…');
      break;
    }
    out.push(`${a[i]} → ${b[i]}`);
  }
  return out.length > 0 ? out : null;
}

/** The speaker tag a paragraph opens with (`MR. SMITH`), or '' for none. */
function speakerOf(node: Paragraph): string {
  const read = node.data?.tagRead;
  return (read && read.value === node.value ? read.match : parseTag(node.value))?.tag.raw ?? '';
}

/**
 * True when the paragraph is only a speaker tag. The tag read is kept on the node (`tagRead`) for
 * the plugins after this one, which read the same text for its tag.
 */
function tagOnly(node: Paragraph): boolean {
  const value = node.value;
  // `trim` removes exactly the whitespace `isWhitespaceCode` knows: test the two ends only.
  if (isWhitespaceCode(value.charCodeAt(0)) || isWhitespaceCode(value.charCodeAt(value.length - 1)))
    return isTagOnlyLine(value.trim());
  // A paragraph of one line whose text is still the line's: the parser read its tag.
  const only = node.segments.length === 1 ? node.segments[0] : undefined;
  const match = only?.tag !== undefined && only.raw === value ? only.tag : parseTag(value);
  node.data = { ...node.data, tagRead: { value, match } };
  return match !== null && match.rest === '';
}

interface Revision {
  other: Seen;
  kind: FactKind | 'wording';
  changes: string[];
}

/** Paragraphs a page's header may hold before its summary (the post's title). */
const MAX_TEASER_PARAGRAPHS = 1;
/** Nodes a page's header holds at most, before its summary and from it to the date: a bound. */
const MAX_HEADER_NODES = 12;

/**
 * True when the paragraph kept at `index` is a page's summary (teaser) repeating the transcript's
 * first paragraph: only notes and at most the title above it, and the page's dateline between it
 * and the copy (a republished record: title, byline, summary, then the record's own date and
 * headings). The copy under the date is the one in its place.
 */
function isTeaser(keep: readonly RootContent[], index: number): boolean {
  if (index > MAX_HEADER_NODES) return false;
  let paragraphs = 0;
  for (let k = 0; k < index; k++) {
    if ((keep[k] as RootContent).type === 'paragraph' && ++paragraphs > MAX_TEASER_PARAGRAPHS)
      return false;
  }
  const end = Math.min(keep.length, index + 1 + MAX_HEADER_NODES);
  for (let k = index + 1; k < end; k++) {
    const n = keep[k] as RootContent;
    if (n.type === 'note' && n.reason === 'dateline') return true;
  }
  return false;
}

/** The first `count` letters and digits of two lines, in lower case, are the same. */
function sameOpening(first: string, second: string, count: number): boolean {
  let i = 0;
  let j = 0;
  for (let k = 0; k < count; k++) {
    let a = 0;
    let b = 0;
    while (i < first.length && a === 0) a = foldedCode(first.charCodeAt(i++));
    while (j < second.length && b === 0) b = foldedCode(second.charCodeAt(j++));
    if (a !== b) return false;
    if (a === 0) return true;
  }
  return true;
}

/** A letter or digit in lower case (any other ASCII character 0; past ASCII as it is, lowered). */
function foldedCode(code: number): number {
  return code < 128 ? (ASCII_WORD_FOLD[code] ?? 0) : isWhitespaceCode(code) ? 0 : lowerCode(code);
}

/** Two lines with the same words and numbers, `minWords` or more (see {@link dropRepeatedLines}). */
function sameLineWords(first: string, second: string, minWords: number): boolean {
  if (!sameOpening(first, second, 8)) return false;
  const hashes = wordHashes(second);
  return (
    hashes.length >= minWords &&
    sameWords(wordHashes(first), hashes) &&
    numberChange(first, second) === null
  );
}

/**
 * A line pasted twice inside a paragraph (no blank line between the copies): the copy right under
 * its original, of `minWords` words or more and the same words and numbers, is removed and
 * reported as a repeated paragraph is (its text in `actual`, so it can be restored). Shorter
 * lines said twice ("Thank you.") stay.
 */
function dropRepeatedLines(node: Paragraph, file: VFile, minWords: number): void {
  const kept: Segment[] = [];
  let previous: Segment | null = null;
  for (const segment of node.segments) {
    // Only a line about as long as the one above it can hold its words: most lines are hashed
    // never (a paragraph's lines differ in length).
    if (
      previous !== null &&
      Math.abs(previous.text.length - segment.text.length) <= 8 &&
      segment.text.length >= minWords * 2 &&
      sameLineWords(previous.text, segment.text, minWords)
    ) {
      report(
        file,
        'duplicate-paragraph',
        `Removed a repeated line at line ${segment.line}: a copy of line ${previous.line}`,
        { line: segment.line, severity: 'warning', actual: segment.text.trim() },
      );
      continue;
    }
    kept.push(segment);
    previous = segment;
  }
  if (kept.length === node.segments.length) return;
  node.segments = kept;
  node.value = joinSegments(node);
  const position = segmentsPosition(kept);
  if (position) node.position = position;
}

/** Fewest words of an overlap between two pieces of a text for it to be a copy, not speech. */
const MIN_OVERLAP_WORDS = 3;
/** Most words of an overlap looked for. */
const MAX_OVERLAP_WORDS = 12;
/** The end of a line searched for an overlap: about twelve words. */
const OVERLAP_CHARS = 120;

/** Each word of the text: where it starts and ends, and its key (as {@link wordTokens}). */
function wordSpans(text: string): { start: number; end: number; key: string }[] {
  const spans: { start: number; end: number; key: string }[] = [];
  let at = 0;
  for (const token of wordTokens(text)) {
    const start = text.indexOf(token.raw, at);
    at = start + token.raw.length;
    spans.push({ start, end: at, key: token.key });
  }
  return spans;
}

/**
 * Captions or chunks copied with their overlap (a rolling caption's line repeated at the start of
 * the next, a speech-to-text chunk's last words again at the start of the next chunk): a line cut
 * mid-sentence whose last words, three or more and the same text, open the next line again (`…to close the central
 * library` / `close the central library on the high street…`). The copy at the start of the next
 * line goes, reported with its text; a line ending its sentence, or breaking off with a dash (the
 * speaker starting again), is never cut so.
 */
function dropLineOverlaps(node: Paragraph, file: VFile): boolean {
  let changed = false;
  for (let i = 1; i < node.segments.length; i++) {
    const above = node.segments[i - 1] as Segment;
    const seg = node.segments[i] as Segment;
    const top = above.text.trimEnd();
    if (top.length < 12 || endsWithStop(top)) continue;
    const text = seg.text;
    let lead = 0;
    while (lead < text.length && isWhitespaceCode(text.charCodeAt(lead))) lead++;
    const space = text.indexOf(' ', lead);
    const first = text.slice(lead, space === -1 ? text.length : space);
    if (first.length === 0) continue;
    // The copy is the same text: the line above ends with a run of words, from one that opens
    // this line, that this line opens with (the longest such run, searched from the left).
    const from = Math.max(0, top.length - OVERLAP_CHARS);
    let copyEnd = -1;
    for (let at = top.indexOf(first, from); at !== -1; at = top.indexOf(first, at + 1)) {
      if (at > 0 && !isWhitespaceCode(top.charCodeAt(at - 1))) continue;
      const run = top.slice(at);
      if (!text.startsWith(run, lead)) continue;
      const after = text.charCodeAt(lead + run.length);
      if (!isWhitespaceCode(after) || wordCount(run) < MIN_OVERLAP_WORDS) continue;
      // The line keeps a word of its own.
      if (wordCount(text.slice(lead + run.length)) === 0) continue;
      copyEnd = lead + run.length;
      break;
    }
    if (copyEnd === -1) continue;
    let end = copyEnd;
    while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) end++;
    const copy = text.slice(lead, copyEnd);
    report(
      file,
      'duplicate-paragraph',
      `Removed “${copy}” at the start of line ${seg.line}: a copy of the end of line ${above.line} (an overlap of captions or chunks)`,
      { line: seg.line, severity: 'warning', actual: copy },
    );
    applyEdits(seg, text.slice(end), [{ start: 0, end, to: '' }]);
    changed = true;
  }
  if (changed) node.value = joinSegments(node);
  return changed;
}

/** Words of a run of text: its runs of non-space characters. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A paragraph cut mid-sentence whose unfinished sentence opens the next paragraph of the same
 * speaker again, whole (`…after midnight. Opponents say the building` / `Opponents say the
 * building is the heart of the town…`: chunks of a transcription copied with their overlap): the
 * unfinished copy at the end of the first goes, reported with its text.
 */
function dropChunkOverlap(previous: Paragraph, node: Paragraph, file: VFile): boolean {
  const seg = previous.segments.at(-1);
  if (!seg) return false;
  const text = seg.text.trimEnd();
  if (text.length < 12 || endsWithStop(text)) return false;
  // The unfinished sentence: after the line's last sentence stop, three words or more.
  let from = 0;
  for (let i = text.length - 1; i > 0; i--) {
    if (isSentenceStopCode(text.charCodeAt(i)) && isWhitespaceCode(text.charCodeAt(i + 1))) {
      from = i + 1;
      break;
    }
  }
  // (A line of a few words alone, a heading over the words that open the paragraph, is none.)
  if (from === 0 || text.length - from > MAX_OVERLAP_WORDS * 24) return false;
  const tail = wordSpans(text.slice(from));
  if (tail.length < MIN_OVERLAP_WORDS || tail.length > MAX_OVERLAP_WORDS) return false;
  const tag = parseTag(node.value);
  const own = parseTag(previous.value);
  if ((tag?.tag.raw ?? own?.tag.raw ?? '') !== (own?.tag.raw ?? '')) return false;
  const body = tag ? node.value.slice(tag.end) : node.value;
  const head = wordSpans(body.slice(0, MAX_OVERLAP_WORDS * 24));
  if (head.length <= tail.length) return false;
  for (let j = 0; j < tail.length; j++) if (tail[j]?.key !== head[j]?.key) return false;
  let start = from + (tail[0] as { start: number }).start;
  while (start > 0 && isWhitespaceCode(seg.text.charCodeAt(start - 1))) start--;
  const copy = seg.text.slice(start).trim();
  report(
    file,
    'duplicate-paragraph',
    `Removed “${copy}” at the end of line ${seg.line}: its unfinished sentence opens the next paragraph again, whole (an overlap of chunks)`,
    { line: seg.line, severity: 'warning', actual: copy },
  );
  applyEdits(seg, seg.text.slice(0, start), [{ start, end: seg.text.length, to: '' }]);
  previous.value = joinSegments(previous);
  return true;
}

/**
 * True when the text ends a sentence (a stop, maybe closing quotes or brackets after it) or
 * breaks off (a dash, an ellipsis: the speaker starts again, `ballooned the deficit —` /
 * `ballooned the deficit by over 40 percent`, said twice, no copy).
 */
function endsWithStop(text: string): boolean {
  return endsWithSentencePunctuation(text) || BREAK_OFF.includes(text.charAt(text.length - 1));
}

/** Marks a line breaks off with (a dash, an ellipsis, a comma, a semicolon). */
const BREAK_OFF = '-–—…,;';

/**
 * Where each sentence of a line starts and ends: a stop (`.`, `!`, `?`, `…`), closing quotes or
 * brackets after it, then a space. An abbreviation's stop cuts too: pieces are only compared.
 */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceStopCode(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && SENTENCE_CLOSERS.includes(text.charAt(end))) end++;
    if (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) continue;
    spans.push([start, end]);
    while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) end++;
    start = end;
    i = end - 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
/** Longest speaker's tag before a line's first sentence. */
const MAX_TAG_CHARS = 48;

/**
 * A sentence pasted twice in a row inside a line (`The council voted to close the bridge. The
 * council voted to close the bridge.`): the copy right after its original, of `minWords` words or
 * more and the same words and numbers, is removed and reported as a repeated line is (its text in
 * `actual`). Shorter sentences said twice ("Thank you. Thank you.") stay.
 */
function dropRepeatedSentences(node: Paragraph, file: VFile, minWords: number): boolean {
  let changed = false;
  for (const seg of node.segments) {
    const text = seg.text;
    // Two sentences of `minWords` words each: at least twice that many characters.
    if (text.length < minWords * 4) continue;
    const spans = sentenceSpans(text);
    if (spans.length < 2) continue;
    const edits: { start: number; end: number; to: string }[] = [];
    let previous = spans[0] as [number, number];
    for (let k = 1; k < spans.length; k++) {
      const span = spans[k] as [number, number];
      const [first, a1] = previous;
      const [b0, b1] = span;
      // The line's first sentence after its speaker's tag (`ANCHOR: The council …`).
      const colon = k === 1 ? text.indexOf(': ', first) : -1;
      const a0 = colon > first && colon < first + MAX_TAG_CHARS && colon < a1 ? colon + 2 : first;
      if (
        Math.abs(a1 - a0 - (b1 - b0)) <= 8 &&
        b1 - b0 >= minWords * 2 &&
        sameLineWords(text.slice(a0, a1), text.slice(b0, b1), minWords)
      ) {
        // The copy and the space before it go.
        edits.push({ start: a1, end: b1, to: '' });
        report(
          file,
          'duplicate-paragraph',
          `Removed a repeated sentence in line ${seg.line}: a copy of the sentence before it`,
          { line: seg.line, severity: 'warning', actual: text.slice(b0, b1) },
        );
        continue;
      }
      previous = span;
    }
    if (edits.length === 0) continue;
    applySortedEdits(seg, edits);
    changed = true;
  }
  if (changed) node.value = joinSegments(node);
  return changed;
}

export const dedupe: Plugin<[DedupeOptions?], Root> = (options) => (tree: Root, file: VFile) => {
  const minWords = options?.minWords ?? DEFAULTS.minWords;
  const minWordsApart = options?.minWordsApart ?? DEFAULTS.minWordsApart;
  const nearMinWords = options?.nearMinWords ?? DEFAULTS.nearMinWords;
  const exact = new Map<number, Bucket>();
  const bands = new Map<number, Bucket>();
  const keep: typeof tree.children = [];
  let previousText = '';
  const keptShort = new Map<Seen, { lines: number[]; why: string }>();
  const teasers = new Set<RootContent>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      keep.push(node);
      continue;
    }
    // A speaker tag alone on its line (`VOICE ONE:`) is never a repeat: it names who speaks.
    if (tagOnly(node)) {
      keep.push(node);
      continue;
    }
    if (node.segments.length > 1) {
      dropRepeatedLines(node, file, minWords);
      dropLineOverlaps(node, file);
    }
    dropRepeatedSentences(node, file, minWords);
    const before = keep.at(-1);
    if (before?.type === 'paragraph' && !tagOnly(before)) dropChunkOverlap(before, node, file);
    const hashes = wordHashes(node.value);
    const wordCount = hashes.length;
    const hash = fold(hashes, 0, hashes.length, 0x811c9dc5);
    const previous = previousText;
    previousText = node.value;
    const current: Seen = { index: keep.length, node, hashes };
    let original: Seen | undefined;
    let revision: Revision | null = null;
    let nearChanges: string[] | null = null;
    // Same hash of the whole, then the same 32-bit hash for every word: the same words. A copy
    // whose numbers are written differently (`$12` / `€12`) is a revision, not a repeat.
    let tried = 0;
    for (const s of bucketList(exact.get(hash))) {
      if (!sameWords(s.hashes, hashes)) continue;
      const change = numberChange(s.node.value, node.value);
      if (change === null) {
        original = s;
        break;
      }
      revision ??= { other: s, kind: 'a number', changes: [change] };
      if (++tried >= MAX_CANDIDATES) break;
    }
    const keys = wordCount >= nearMinWords ? bandKeys(hashes) : [];
    if (!original && !revision && wordCount >= nearMinWords) {
      // A candidate must share at least two of the eight bands: one changed word spoils two.
      let shared: Map<Seen, number> | null = null;
      // The other version's bands are a word longer or shorter when a word was added or taken
      // out across a quarter's boundary (16 words and 17): looked up at those sizes too.
      // (A word more or fewer changes the size only from a multiple of four words, or one over.)
      const size = Math.ceil(wordCount / BANDS);
      const over = wordCount % BANDS;
      const lookup =
        over === 0
          ? [...keys, ...bandKeys(hashes, size + 1)]
          : over === 1
            ? [...keys, ...bandKeys(hashes, size - 1)]
            : keys;
      for (const k of lookup) {
        const bucket = bands.get(k);
        if (!bucket) continue;
        shared ??= new Map();
        for (const s of bucketList(bucket)) shared.set(s, (shared.get(s) ?? 0) + 1);
      }
      let candidates = 0;
      const maxWordEdits = Math.min(
        MAX_WORD_EDITS,
        Math.max(3, Math.ceil(wordCount * WORD_EDITS_SHARE)),
      );
      for (const [s, count] of shared ?? []) {
        if (count < 2) continue;
        if (candidates++ >= MAX_CANDIDATES) break;
        // Two speakers saying the same words are two turns, not two versions of one paragraph.
        if (speakerOf(s.node) !== speakerOf(node)) continue;
        // Word by word: a changed fact or word keeps both versions; too many changes, no copy.
        const comparison = compareVersions(s.node.value, node.value, maxWordEdits);
        if (comparison.kind === 'too-different') continue;
        if (comparison.cosmetic) {
          original = s;
          nearChanges = comparison.changes;
          break;
        }
        revision ??= {
          other: s,
          kind: comparison.kind === null ? 'wording' : comparison.kind,
          // A number's change shown whole (`4.2 → 4.5`, not the words `2 → 5` around its point).
          changes:
            (comparison.kind === 'a number'
              ? wholeNumberChanges(s.node.value, node.value)
              : null) ?? comparison.changes,
        };
      }
    }
    const line = paragraphLine(node);
    if (!original && revision) {
      const first = paragraphLine(revision.other.node);
      const what = revision.kind === 'wording' ? 'their wording' : revision.kind;
      const reason = `Kept both versions of a revised paragraph (lines ${first} and ${line}): they differ in ${what} (“${revision.changes.join('; ')}”); choose one`;
      report(file, 'revised-paragraph', reason, { line: first, severity: 'warning' });
      report(file, 'revised-paragraph', reason, { line, severity: 'warning' });
    }
    if (original && wordCount > 0) {
      const first = paragraphLine(original.node);
      const afterRequest = isRepeatRequest(previous);
      const adjacent = original.index === keep.length - 1;
      const needed = adjacent ? minWords : minWordsApart;
      if (afterRequest) {
        report(
          file,
          'repeat-kept',
          `Kept a repeated paragraph at line ${line} (same as line ${first}): it follows a request to repeat`,
          { line },
        );
        keep.push(node);
        continue;
      }
      if (wordCount < needed) {
        // Short repeats of one paragraph ("Thank you.", a chant) make one message, not one each.
        const kept = keptShort.get(original);
        if (kept) kept.lines.push(line);
        else
          keptShort.set(original, {
            lines: [line],
            why: `it is short (${wordCount} words)${adjacent ? '' : ' and far from the first'}, so it was likely said twice`,
          });
        // A kept repeat is found through its first copy: it is not indexed again.
        keep.push(node);
        continue;
      }
      if (isTeaser(keep, original.index)) {
        // The page's teaser above the transcript's date: the copy in its place is kept.
        teasers.add(original.node);
        report(
          file,
          'duplicate-paragraph',
          `Removed a repeated paragraph at line ${first}: the page's summary above the transcript, a copy of line ${line}, which is kept where the transcript has it`,
          { line: first, severity: 'warning', actual: original.node.value },
        );
        keep.push(node);
        continue;
      }
      const how =
        nearChanges === null
          ? `a copy of line ${first}`
          : `nearly identical to line ${first}${nearChanges.length > 0 ? ` (“${nearChanges.join('; ')}”)` : ''}`;
      report(file, 'duplicate-paragraph', `Removed a repeated paragraph at line ${line}: ${how}`, {
        line,
        severity: 'warning',
        actual: node.value,
      });
      continue;
    }
    keep.push(node);
    if (wordCount === 0) continue;
    addToBucket(exact, hash, current);
    if (wordCount >= nearMinWords) for (const k of keys) addToBucket(bands, k, current);
  }
  for (const [original, { lines, why }] of keptShort) {
    const first = paragraphLine(original.node);
    const [line = first] = lines;
    const reason =
      lines.length === 1
        ? `Kept a repeated paragraph at line ${line} (same as line ${first}): ${why}`
        : `Kept ${lines.length} repeats of the paragraph at line ${first} (lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}): it is short, so it was likely said again`;
    report(file, 'repeat-kept', reason, { line });
  }
  tree.children = teasers.size === 0 ? keep : keep.filter((n) => !teasers.has(n));
};
