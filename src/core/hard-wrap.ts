/**
 * A hard-wrapped line's continuation (an e-mail client, a PDF copy, a terminal or a wire feed
 * breaks prose at a fixed width, ~72 columns): the line above runs near a wrap's width without
 * ending its sentence, and the line under it goes on with it, in lower case or after a word no
 * phrase ends on (`…the Chief of the` / `Verbatim Reporting Service`). The rules of each
 * convention ask this before they read a line on its own (a tag line, a title, a notice), so the
 * wrapped paste reads as the same text on one line does. Every line of a text may be asked:
 * the length and one character decide before any pattern runs.
 */
import { endsWithSentencePunctuation } from './chars.ts';
import { STARTS_LOWERCASE } from './letter-patterns.ts';

/** Shortest line a wrap leaves above its continuation (a wrap's width is 60 to 100 columns). */
export const WRAPPED_LINE_MIN_CHARS = 40;

/**
 * Words a phrase, a sentence or a title never ends on, in the languages of the labelled set:
 * articles, conjunctions, and prepositions that are no verb's particle (English `in`, `on`, `up`,
 * German `an`, `auf`, `ein` end sentences and titles: `Talks drag on`, `Bahn stellt Verkehr ein`),
 * and no word another of these languages ends a sentence on (`die`, `do`, `da`).
 */
const OPEN_WORDS: ReadonlySet<string> = new Set(
  [
    // English (not `an`, German's particle, nor `do`, `die`: verbs that end sentences; German
    // `die` is read with the word before it)
    'the a of and or but nor to for with from by that whose',
    // German
    'der das dem des eine einen einem einer und oder aber sowie für von zum zur im bis wegen während trotz seit dass',
    // French
    'le la les un une des du de et ou au aux pour par sur dans avec que',
    // Spanish, Italian, Portuguese
    'el los las del y al en por para con il lo gli della delle e os das ao',
  ]
    .join(' ')
    .split(' '),
);

/** Longest word looked at at a line's end (every word of {@link OPEN_WORDS} is shorter). */
const OPEN_WORD_MAX_CHARS = 8;

/**
 * True when `line` stops where no phrase ends: on a comma, a dash, or a word of
 * {@link OPEN_WORDS} (`…Hamburg und Hannover bis`).
 */
export function endsOpen(line: string): boolean {
  const end = line.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  // `,` `;` `-` `–` `—`
  if (last === 0x2c || last === 0x3b || last === 0x2d || last === 0x2013 || last === 0x2014)
    return true;
  // A letter last (ASCII lower case, or beyond ASCII): the word before it is looked at.
  if (!((last >= 0x61 && last <= 0x7a) || last > 0x7f)) return false;
  const space = end.lastIndexOf(' ');
  if (space === -1 || end.length - space - 1 > OPEN_WORD_MAX_CHARS) return false;
  const word = end.slice(space + 1).toLowerCase();
  if (OPEN_WORDS.has(word)) return true;
  // German `die` is an article after a preposition or a conjunction (`für die`, `und die`);
  // English `die` is a verb (`could die`).
  if (word !== 'die') return false;
  const before = end.lastIndexOf(' ', space - 1);
  return GERMAN_BEFORE_ARTICLE.has(end.slice(before + 1, space).toLowerCase());
}

/** German prepositions and conjunctions an article follows (`für die`, `dass die`). */
const GERMAN_BEFORE_ARTICLE: ReadonlySet<string> = new Set(
  'für auf an in über unter um durch gegen ohne und oder aber dass sowie vor nach bei mit zu von aus hinter neben zwischen wie als ob weil wenn'.split(
    ' ',
  ),
);

/** True when `text` (trimmed) opens with a lower-case letter. ASCII without a pattern. */
export function opensInLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return STARTS_LOWERCASE.test(text);
}

/**
 * True when `after` is the hard-wrapped rest of `before` (both lines, trimmed): `before` runs to
 * a wrap's width ({@link WRAPPED_LINE_MIN_CHARS} or more), does not end its sentence or a label
 * (`:`), and `after` goes on in lower case or `before` stops on a word no phrase ends on.
 */
export function wrapsOnto(before: string, after: string): boolean {
  if (before.length < WRAPPED_LINE_MIN_CHARS || after.length === 0) return false;
  if (before.charCodeAt(before.length - 1) === 0x3a || endsWithSentencePunctuation(before))
    return false;
  return opensInLowerCase(after) || endsOpen(before);
}

/**
 * The text of line `from` of a paragraph's lines (its segments) with the lines that are its hard-wrapped
 * rest (see {@link wrapsOnto}), joined with single spaces, and the index of the last line taken.
 * At most `maxLines` lines are joined.
 */
export function withWrappedRest(
  lines: readonly { readonly text: string }[],
  from: number,
  maxLines = 8,
): { text: string; last: number } {
  let text = (lines[from]?.text ?? '').trim();
  let before = text;
  let last = from;
  for (let j = from + 1; j < lines.length && j - from < maxLines; j++) {
    const after = (lines[j]?.text ?? '').trim();
    if (!wrapsOnto(before, after)) break;
    text = `${text} ${after}`;
    before = after;
    last = j;
  }
  return { text, last };
}

/** Widest wrap read: longer lines are paragraphs of their own, one per line. */
const WRAP_MAX_CHARS = 100;
/** Share of a paragraph's line ends (all but its last line's) a wrap must have broken. */
const WRAP_BROKEN_SHARE = 0.75;

/** Length of the first word of `text` (trimmed): up to its first space. */
function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space === -1 ? text.length : space;
}

/**
 * The width a paragraph's lines (its segments, trimmed) are hard-wrapped at: the widest line,
 * when the paragraph has three lines or more and a wrap broke most of its line ends (the next
 * line's first word would not have fit on the line: `…to the Chief` / `of the Verbatim…` at 66
 * columns). 0 when it is no hard-wrapped paragraph.
 */
export function hardWrapWidth(lines: readonly { readonly text: string }[]): number {
  const n = lines.length;
  if (n < 3) return 0;
  let width = 0;
  for (const line of lines) width = Math.max(width, line.text.trim().length);
  if (width < WRAPPED_LINE_MIN_CHARS || width > WRAP_MAX_CHARS) return 0;
  let broken = 0;
  for (let i = 0; i < n - 1; i++)
    if (wrapBroke(lines[i]?.text.trim() ?? '', lines[i + 1]?.text.trim() ?? '', width)) broken++;
  return broken >= (n - 1) * WRAP_BROKEN_SHARE ? width : 0;
}

/**
 * True when a wrap at `width` columns broke `line` before `next`: the next line's first word
 * would not have fit after it (a paragraph's end leaves room for it).
 */
export function wrapBroke(line: string, next: string, width: number): boolean {
  return next !== '' && line.length + 1 + firstWordLength(next) > width;
}

/** Share of a text's lines near its wrap's width that lines wider than it may reach (see {@link textWrapWidth}). */
const WIDER_LINES_SHARE = 0.5;
/** A line at least this share of a wrap's width runs near it. */
const NEAR_WIDTH_SHARE = 0.8;

/**
 * The width a text is hard-wrapped at, as its wraps tell it (0 when they tell none): each line a
 * wrap broke inside its sentence ({@link wrapsOnto}) is no wider than the width, and the next
 * line's first word would not have fit on it, so the width lies between the line's length and
 * that length with the word, less one. The widest width most of these wraps agree on is taken (a
 * line broken for another reason, shorter, tells another width), unless the text's paragraphs
 * run past it on one line: lines wider than it that end a sentence are more than half as many as
 * the lines near it (a text of one line per paragraph with a line broken inside a sentence is no
 * wrapped text). One pass over the lines, one sort of the wraps found.
 */
export function textWrapWidth(text: string): number {
  // Each wrap's widths: low and high ends, sorted apart (an interval's count at a width is the
  // number of lows at or under it less the number of highs under it).
  const lows: number[] = [];
  const highs: number[] = [];
  // Lengths of the lines up to the widest wrap read (longer ones counted last), and of the lines
  // among them that end a sentence.
  const lengths = new Uint32Array(WRAP_MAX_CHARS + 2);
  const ended = new Uint32Array(WRAP_MAX_CHARS + 2);
  let before = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = end - start;
    // A line too short to be wrapped or to go on a wrapped one is read only for its first word.
    const line = raw === 0 ? '' : text.slice(start, end).trim();
    const n = line.length;
    const closed = n > 0 && endsWithSentencePunctuation(line);
    if (n > 0) {
      const k = Math.min(n, WRAP_MAX_CHARS + 1);
      lengths[k] = (lengths[k] as number) + 1;
      if (closed) ended[k] = (ended[k] as number) + 1;
    }
    if (before !== '' && n > 0 && wrapsOnto(before, line)) {
      lows.push(before.length);
      highs.push(before.length + firstWordLength(line));
    }
    before = n >= WRAPPED_LINE_MIN_CHARS && n <= WRAP_MAX_CHARS && !closed ? line : '';
    start = end + 1;
  }
  if (lows.length === 0) return 0;
  lows.sort((a, b) => a - b);
  highs.sort((a, b) => a - b);
  // The widths most wraps agree on: counted at each low (a count only rises at a low); the widest
  // of the best counts taken, up to the first high that ends one of its wraps.
  let best = 0;
  let width = 0;
  let h = 0;
  for (let l = 0; l < lows.length; l++) {
    const low = lows[l] as number;
    while (h < highs.length && (highs[h] as number) < low) h++;
    const count = l + 1 - h;
    if (count >= best) {
      best = count;
      // The widest width every wrap counted here allows: the lowest high not under `low`.
      width = highs[h] as number;
    }
  }
  let near = 0;
  let wider = 0;
  for (let n = Math.ceil(width * NEAR_WIDTH_SHARE); n < lengths.length; n++) {
    if (n <= width) near += lengths[n] as number;
    else wider += ended[n] as number;
  }
  return wider <= near * WIDER_LINES_SHARE ? width : 0;
}

/**
 * True when a wrap at the text's width (see {@link textWrapWidth}) fell after `line` (trimmed)
 * before `next`: the line runs near the width and the next line's first word would not have fit
 * on it at any width the text's wraps allow. Read for a line ending a sentence (no paragraph's end
 * then: a sentence's end well short of the width is one) and for an opening line that would read
 * as a header's (`Guten Abend. In Hamburg streiken seit heute Morgen die` / `Hafenarbeiter.`).
 */
export function wrapFellAt(line: string, next: string, width: number): boolean {
  const n = line.length;
  if (width === 0 || n < WRAPPED_LINE_MIN_CHARS || n > width || n < width * NEAR_WIDTH_SHARE)
    return false;
  const word = firstWordLength(next);
  // A next line opening with a label (`Slug: …`, `Date: …`) is a field of its own.
  return n + 1 + word > width && next.charCodeAt(word - 1) !== 0x3a;
}

/** A line under this share of a wrap's width, between two lines, may be a re-wrapped line's rest. */
const REST_MAX_SHARE = 0.5;

/**
 * What a paragraph's lines re-wrapped narrower tell of the width they had before (an e-mail
 * client re-wrapping a quoted text, a wrapped page copied into a narrower box): each line wider
 * than the new width was broken once, leaving its rest short on a line of its own (`…instructions
 * to this` / `effect.` / `These salaries…`), so lines run full, short, full. Each rest joined with
 * the line above is a line as it was: no wider than the width before, and the next line's first
 * word did not fit on it. `lines` are the paragraph's lines, trimmed.
 */
export interface Rewrap {
  /** The widest line (≤ {@link WRAP_MAX_CHARS}): the width before was no narrower. */
  widestLine: number;
  /** Each line's joined length as a rest (see {@link restLength}), 0 for no rest. */
  joined: readonly number[];
  /** The two widest joined rests' line indices (-1: none): the width before is no narrower. */
  wide: readonly [number, number];
  /** The two rests whose next word came closest to fitting (-1: none): the width is narrower. */
  close: readonly [number, number];
}

/** The joined length of line `i` with the line above when it may be a re-wrapped line's short rest. */
function restLength(lines: readonly string[], i: number, width: number): number {
  const line = lines[i] as string;
  const head = lines[i - 1];
  if (head === undefined || i + 1 >= lines.length || line.length >= width * REST_MAX_SHARE)
    return 0;
  // The head runs to a wrap's width without ending its sentence or a label.
  if (
    head.length < WRAPPED_LINE_MIN_CHARS ||
    head.charCodeAt(head.length - 1) === 0x3a ||
    endsWithSentencePunctuation(head)
  )
    return 0;
  const n = head.length + 1 + line.length;
  return n <= WRAP_MAX_CHARS ? n : 0;
}

/** A rest's length with the next line's first word: the width before was narrower. */
function restReach(lines: readonly string[], i: number, joined: number): number {
  return joined + 1 + firstWordLength(lines[i + 1] as string);
}

/** The {@link Rewrap} of a paragraph's lines (trimmed), `width` its widest line. */
export function rewrapOf(lines: readonly string[], width: number): Rewrap {
  let widestLine = 0;
  for (const line of lines)
    if (line.length <= WRAP_MAX_CHARS) widestLine = Math.max(widestLine, line.length);
  const joined: number[] = [];
  let w0 = -1;
  let w1 = -1;
  let c0 = -1;
  let c1 = -1;
  for (let i = 0; i < lines.length; i++) {
    const n = i === 0 ? 0 : restLength(lines, i, width);
    joined.push(n);
    if (n === 0) continue;
    if (w0 === -1 || n > (joined[w0] as number)) {
      w1 = w0;
      w0 = i;
    } else if (w1 === -1 || n > (joined[w1] as number)) w1 = i;
    const reach = restReach(lines, i, n);
    if (c0 === -1 || reach < restReach(lines, c0, joined[c0] as number)) {
      c1 = c0;
      c0 = i;
    } else if (c1 === -1 || reach < restReach(lines, c1, joined[c1] as number)) c1 = i;
  }
  return { widestLine, joined, wide: [w0, w1], close: [c0, c1] };
}

/**
 * True when line `i` of a paragraph's lines (trimmed) ends a sentence as the short rest of a line
 * re-wrapped narrower (see {@link Rewrap}), and the line it was, joined with the line above, ran
 * near the width the text had before with no room for the next line's first word at any width the
 * other lines and rests allow (the widest of them when no other rest bounds it): where the first
 * wrap fell, no paragraph's end. A paragraph's short last line under one wrap is wider joined than
 * any of its lines: it stays the paragraph's end.
 */
export function isRewrappedRest(
  lines: readonly string[],
  i: number,
  width: number,
  rewrap: () => Rewrap,
): boolean {
  const n = restLength(lines, i, width);
  if (n === 0) return false;
  const { widestLine, joined, wide, close } = rewrap();
  const other = (pair: readonly [number, number]) => (pair[0] === i ? pair[1] : pair[0]);
  const w = other(wide);
  const c = other(close);
  const low = Math.max(widestLine, w === -1 ? 0 : (joined[w] as number));
  const high = c === -1 ? low : restReach(lines, c, joined[c] as number) - 1;
  return low <= high && n <= high && n >= high * NEAR_WIDTH_SHARE && restReach(lines, i, n) > high;
}
