/**
 * Text helpers shared by the prompter, prompter-text and print compilers: grapheme-aware widths
 * and greedy wrapping, capitals in the document's language, clock times and SOT IN/OUT words.
 * Every function is linear in its input.
 */
import { lazyRegExp } from '../core/lazy.ts';

let segmenter: Intl.Segmenter | undefined;
/** The grapheme segmenter, made on first use (creating one costs milliseconds at start-up). */
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/**
 * Word separators for wrapping: the breaking spaces of Unicode (tab to CR, space, U+1680,
 * U+2000–U+2006, U+2008–U+200A, U+2028, U+2029, U+205F, U+3000). No-break spaces (U+00A0,
 * U+2007, U+202F) are left out on purpose: `10\u00a0km` must stay on one line.
 */
function isBreakingSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return false;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a && code !== 0x2007) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** East Asian wide and fullwidth ranges plus emoji: two columns on a fixed-pitch display. */
const WIDE =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Text where every UTF-16 code unit is one grapheme of one column: no combining mark, no
 * control or format character (ZWJ and variation selectors join graphemes), nothing from Thai
 * and Lao (spacing vowels), Hangul jamo, the wide CJK blocks, full-width forms or the astral
 * planes (emoji). Curly quotes, dashes, accented Latin, Greek and Cyrillic letters are; the
 * rest goes through the grapheme segmenter.
 */
const ONE_COLUMN_EACH = lazyRegExp(
  String.raw`^[^\p{M}\p{C}\u0e00-\u0eff\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef\u{10000}-\u{10ffff}]*$`,
  'u',
);

/**
 * Appends `items` to `target` one by one: `target.push(...items)` passes every item as an
 * argument and overflows the stack for the 100 000 lines of a long enough text.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Splits text into words at breaking spaces, dropping empty words. One scan. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isBreakingSpace(text.charCodeAt(i))) {
      if (start !== -1) words.push(text.slice(start, i));
      start = -1;
    } else if (start === -1) {
      start = i;
    }
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

function graphemeColumns(grapheme: string): number {
  return WIDE.test(grapheme) ? 2 : 1;
}

/** Display width in columns: one per grapheme, two for wide CJK and emoji. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text) || ONE_COLUMN_EACH.test(text)) return text.length;
  let columns = 0;
  for (const { segment } of graphemes().segment(text)) columns += graphemeColumns(segment);
  return columns;
}

/** Cuts one over-long word into pieces of at most `widthColumns`, never inside a grapheme. */
function cutWord(word: string, widthColumns: number): string[] {
  const pieces: string[] = [];
  if (PRINTABLE_ASCII.test(word)) {
    for (let i = 0; i < word.length; i += widthColumns)
      pieces.push(word.slice(i, i + widthColumns));
    return pieces;
  }
  let piece = '';
  let pieceColumns = 0;
  for (const { segment } of graphemes().segment(word)) {
    const columns = graphemeColumns(segment);
    if (pieceColumns + columns > widthColumns && piece !== '') {
      pieces.push(piece);
      piece = '';
      pieceColumns = 0;
    }
    piece += segment;
    pieceColumns += columns;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * The words of a text ready for wrapping at `widthColumns`: a word longer than a line is cut
 * between graphemes into pieces that each fill a line.
 */
export function wrapWords(text: string, widthColumns: number): string[] {
  const width = Math.max(1, Math.floor(widthColumns));
  const words: string[] = [];
  for (const word of splitWords(text)) {
    if (displayWidth(word) > width) appendAll(words, cutWord(word, width));
    else words.push(word);
  }
  return words;
}

/** Lines from a greedy wrap, and for each line the index of the first word after it. */
export interface WrappedLines {
  lines: string[];
  next: number[];
}

/**
 * Greedy wrap of `words` (from `wrapWords`) starting at word `start`, up to `maxLines` lines.
 * Greedy wrapping is prefix-stable: the first lines of a text are the same whatever follows, so
 * a page break can stop after any line and the rest can be wrapped on its own later. Costs what
 * it returns, not the whole text.
 */
export function wrapFrom(
  words: readonly string[],
  start: number,
  widthColumns: number,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedLines {
  const width = Math.max(1, Math.floor(widthColumns));
  const lines: string[] = [];
  const next: number[] = [];
  let line = '';
  let lineColumns = 0;
  let i = start;
  for (; i < words.length && lines.length < maxLines; i++) {
    const word = words[i] ?? '';
    const columns = displayWidth(word);
    if (line === '') {
      line = word;
      lineColumns = columns;
    } else if (lineColumns + 1 + columns <= width) {
      line += ` ${word}`;
      lineColumns += 1 + columns;
    } else {
      lines.push(line);
      next.push(i);
      line = word;
      lineColumns = columns;
    }
  }
  if (line !== '' && lines.length < maxLines) {
    lines.push(line);
    next.push(i);
  }
  return { lines, next };
}

/**
 * Greedy word wrap to `widthColumns` display columns. Words longer than a line are cut between
 * graphemes. Returns no line for blank text.
 *
 * @example wrapText('Tarō Kōno met Sergey Lavrov', 10) // ['Tarō Kōno', 'met Sergey', 'Lavrov']
 */
export function wrapText(text: string, widthColumns: number): string[] {
  return wrapFrom(wrapWords(text, widthColumns), 0, widthColumns).lines;
}

/** Capitals by the rules of the document's language (Turkish dotted İ, German ẞ → SS). */
export function toCaps(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase();
  }
}

/** Double quotes of any script; single quotes are left alone (they double as apostrophes). */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '「', '」', '『', '』']);
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '…']);

/**
 * A bite's words without the quotation marks around it: `"…manner".` becomes `…manner.`. Only
 * the leading and trailing runs of quotes and end punctuation are looked at.
 */
export function unquote(text: string): string {
  const chars = Array.from(text.trim());
  let start = 0;
  while (start < chars.length && QUOTE_MARKS.has(chars[start] ?? '')) start++;
  let end = chars.length;
  while (
    end > start &&
    (QUOTE_MARKS.has(chars[end - 1] ?? '') || CLOSING_PUNCTUATION.has(chars[end - 1] ?? ''))
  ) {
    end--;
  }
  const tail = chars.slice(end).filter((c) => !QUOTE_MARKS.has(c));
  return [...chars.slice(start, end), ...tail].join('').trim();
}

/** IN and OUT cues of a SOT: 3 to 5 words, more while the cue is under this many characters. */
const CUE_MIN_WORDS = 3;
const CUE_MAX_WORDS = 5;
const CUE_TARGET_CHARS = 24;

function takeCue(words: readonly string[]): number {
  let count = 0;
  let chars = -1;
  while (count < words.length && count < CUE_MAX_WORDS) {
    if (count >= CUE_MIN_WORDS && chars >= CUE_TARGET_CHARS) break;
    chars += 1 + (words[count]?.length ?? 0);
    count++;
  }
  return count;
}

/** Quotation marks and ellipsis for cues: typographic per language, or plain ASCII. */
export interface QuoteMarks {
  open: string;
  close: string;
  ellipsis: string;
}

export const ASCII_MARKS: QuoteMarks = { open: '"', close: '"', ellipsis: '...' };

/** Primary quotation marks by language (CLDR); English curly quotes for the rest. */
const SMART_QUOTES: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  fr: ['«\u00a0', '\u00a0»'],
  es: ['«', '»'],
  it: ['«', '»'],
  de: ['„', '“'],
  pl: ['„', '”'],
  cs: ['„', '“'],
  ja: ['「', '」'],
  zh: ['“', '”'],
};

/** The marks for a document: `smart` typography in its language, else ASCII. */
export function quoteMarks(language: string, typography: 'smart' | 'ascii'): QuoteMarks {
  if (typography === 'ascii') return ASCII_MARKS;
  const [open, close] = SMART_QUOTES[language] ?? ['“', '”'];
  return { open, close, ellipsis: '…' };
}

/** `IN: "I'd like to call upon..."` and `OUT: "...in a professional manner."` words of a bite. */
export function biteCues(
  text: string,
  marks: QuoteMarks = ASCII_MARKS,
): { inCue: string; outCue: string } {
  const { open, close, ellipsis } = marks;
  const words = splitWords(unquote(text));
  if (words.length === 0) return { inCue: `${open}${close}`, outCue: `${open}${close}` };
  const inCount = takeCue(words);
  const outCount = takeCue([...words].reverse());
  const whole = words.join(' ');
  if (inCount >= words.length)
    return { inCue: `${open}${whole}${close}`, outCue: `${open}${whole}${close}` };
  const inWords = words
    .slice(0, inCount)
    .join(' ')
    .replace(/[,;:\u2013\u2014-]$/u, '');
  const outWords = words.slice(words.length - outCount).join(' ');
  return {
    inCue: `${open}${inWords}${ellipsis}${close}`,
    outCue: `${open}${ellipsis}${outWords}${close}`,
  };
}
