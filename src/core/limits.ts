/**
 * Size limits that keep every answer proportional to its input: a derived field (the slug, a
 * title or a name in a page header) never grows with the input; a document has at most
 * {@link MIN_BLOCK_LIMIT} blocks, or one for every {@link CHARS_PER_BLOCK} characters of input
 * when that is more (see `blockLimit`); and no rendered answer is longer than
 * {@link MAX_OUTPUT_RATIO} times its input or {@link MIN_OUTPUT_LIMIT} characters, whichever is
 * larger (see `outputLimit`).
 */

/** Longest slug, in characters: it names files and heads every printed page. */
export const MAX_SLUG_CHARS = 40;

/** Longest title, reporter or name printed in a page or prompter header, in characters. */
export const MAX_HEADER_CHARS = 120;

/** A document may always have this many blocks, whatever the input's size. */
export const MIN_BLOCK_LIMIT = 2_000;

/**
 * Beyond {@link MIN_BLOCK_LIMIT}, at least this many input characters per block on average. The
 * bundled transcripts have 150 to 320 characters a block, a rapid-fire interview about 25;
 * 100,000 one-word paragraphs have 3.
 */
export const CHARS_PER_BLOCK = 16;

/** No answer is longer than this many times its input… */
export const MAX_OUTPUT_RATIO = 10;

/** …unless it is at most this long (characters): the pages of a short text. */
export const MIN_OUTPUT_LIMIT = 1024 * 1024;

/**
 * Thrown when a document has more blocks than its input's size allows (see {@link blockLimit}):
 * 100,000 one-word paragraphs are not a transcript, and formatting them would answer hundreds of
 * times the input. `src/produce.ts` also throws it before formatting when a quick count of the
 * paragraphs ({@link countParagraphGroups}) is far over the limit, so that such a text costs
 * little. The edge answers 422 `too-many-blocks`.
 */
export class TooManyBlocksError extends Error {
  /** Blocks made, or paragraphs counted when it was stopped before formatting. */
  readonly blocks: number;
  readonly limit: number;
  readonly inputChars: number;

  constructor(blocks: number, limit: number, inputChars: number, unit = 'blocks') {
    super(
      `The text makes ${blocks} ${unit} from ${inputChars} characters; at most ${limit} blocks are formatted for a text of this size (one block per ${CHARS_PER_BLOCK} characters on average, or ${MIN_BLOCK_LIMIT} blocks). Join the short paragraphs or send the transcript in parts.`,
    );
    this.name = 'TooManyBlocksError';
    this.blocks = blocks;
    this.limit = limit;
    this.inputChars = inputChars;
  }
}

/**
 * What the JSON document's fields cost a block besides its text (id, type, speaker, counts,
 * times, flags: about 300 characters): the JSON answer may add this much per block, so a
 * rapid-fire interview of short turns still gets its document. The block limit keeps it linear.
 */
const JSON_CHARS_PER_BLOCK = 400;

/**
 * Longest answer, in characters, for an input of `inputChars` characters; for the JSON document
 * of `blocks` blocks, plus {@link JSON_CHARS_PER_BLOCK} a block.
 */
export function outputLimit(inputChars: number, jsonBlocks = 0): number {
  return (
    Math.max(MIN_OUTPUT_LIMIT, MAX_OUTPUT_RATIO * inputChars) + JSON_CHARS_PER_BLOCK * jsonBlocks
  );
}

/** Most blocks a document made from `inputChars` characters may have. */
export function blockLimit(inputChars: number): number {
  return Math.max(MIN_BLOCK_LIMIT, Math.floor(inputChars / CHARS_PER_BLOCK));
}

/**
 * `text` cut to at most `max` characters, at the last space (or hyphen, for a slug) in its second
 * half when there is one, with `…` when `ellipsis` is set. Unchanged when it fits.
 */
export function clip(text: string, max: number, ellipsis = true): string {
  if (text.length <= max) return text;
  const room = ellipsis ? max - 1 : max;
  const head = text.slice(0, room + 1);
  const at = Math.max(head.lastIndexOf(' '), head.lastIndexOf('-'));
  const cut = at >= room / 2 ? head.slice(0, at) : head.slice(0, room);
  return ellipsis ? `${cut.trimEnd()}…` : cut;
}

/**
 * Groups of non-blank lines separated by blank lines, counted in one pass without building
 * anything, up to just past `stopAt`: a lower bound of the paragraphs the parser makes (it never
 * joins across a blank line; any line of only spaces, invisibles or controls counts as blank here).
 */
export function countParagraphGroups(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let groups = 0;
  let inGroup = false;
  const n = text.length;
  // Line ends found with indexOf (native); the next CR is kept, looked for again only once
  // passed (a CR far ahead is not searched for from every line).
  let nextCr = text.indexOf('\r');
  if (nextCr === -1) nextCr = n;
  let i = 0;
  for (;;) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = n;
    if (nextCr < i) {
      nextCr = text.indexOf('\r', i);
      if (nextCr === -1) nextCr = n;
    }
    if (nextCr < end) end = nextCr;
    // Usually the line's first character already says it has text.
    let lineHasText = false;
    for (let k = i; k < end; k++) {
      if (!isBlankCode(text.charCodeAt(k))) {
        lineHasText = true;
        break;
      }
    }
    if (!lineHasText) inGroup = false;
    else if (!inGroup) {
      inGroup = true;
      if (++groups > stopAt) return groups;
    }
    if (end >= n) return groups;
    i = end + 1;
  }
}

/** Spaces, controls and invisible characters (a superset of what the parser trims). */
function isBlankCode(c: number): boolean {
  return (
    c <= 32 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
