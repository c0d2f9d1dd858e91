/**
 * Size limits that keep every answer proportional to its input: a derived field (the slug, a
 * title or a name in a page header) never grows with the input, and a document has at most one
 * block for every {@link CHARS_PER_BLOCK} characters of input beyond the first
 * {@link MIN_BLOCK_LIMIT} blocks (see `blockLimit`), so that no output is more than about ten
 * times its input plus a fixed page.
 */

/** Longest slug, in characters: it names files and heads every printed page. */
export const MAX_SLUG_CHARS = 40;

/** Longest title, reporter or name printed in a page or prompter header, in characters. */
export const MAX_HEADER_CHARS = 120;

/** A document may always have this many blocks, whatever the input's size. */
export const MIN_BLOCK_LIMIT = 1_000;

/**
 * Beyond {@link MIN_BLOCK_LIMIT}, at least this many input characters per block on average: the
 * fixed cost of a block in the largest output (a print row, about 300 bytes) stays under ten
 * times the input it came from. Real transcripts average 100 to 1,000 characters a block.
 */
export const CHARS_PER_BLOCK = 32;

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
