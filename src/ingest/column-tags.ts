/**
 * A transcript laid out in two columns with spaces, the speaker's name on the left and the words
 * on the right (a PDF's or a word processor's table copied as text, a typewriter-style script):
 * `JANE DOE        Good evening.` / `TOM BECKER      Thanks.`. Without the gap the names would
 * be the first words of the speech. Read as the tags they are (`JANE DOE: Good evening.`) when
 * the layout is the text's: three lines or more, two speakers or more and one of them back, each
 * name read as a speaker's tag (a name, a role). The lines keep their places (one message).
 */

import type { Message } from '../core/document.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { HAS_LETTER } from '../core/letter-patterns.ts';
import { parseTag } from '../core/tags.ts';
import type { IngestedText } from './lines.ts';

/**
 * A name of one to four words (single spaces between), a gap of two spaces or more, the words.
 * Each word is a run of non-space characters: linear.
 */
const COLUMN_LINE = lazyRegExp(
  String.raw`^[ \t]{0,3}(\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,3})(?: {2,}|\t)(\S.*)$`,
  'u',
);

/** A capitalised word, then a gap of two spaces within the line's first 60 characters. */
const COLUMN_HINT = lazyRegExp(String.raw`^[ \t]{0,3}\p{Lu}[^\n]{0,60}? {2}\S`, 'mu');

/** A time opening the right column (`0:01`, `9:02 AM`, `00:01:15`). */
const TIME_FIRST = /^\d{1,2}:\d{2}(?::\d{2})?\b/;

/** Words said open with a letter, a quote or an opening mark. */
const SAID_START = lazyRegExp(String.raw`^[\p{L}"“‘'¿¡(]`, 'u');

/** Fewest lines laid out so. */
const MIN_LINES = 3;

/**
 * The text with its column layout read as tags (see the module comment), or null when it has
 * none.
 */
export function columnTagsText(input: string): IngestedText | null {
  // Cheap first: a gap of two spaces after a capitalised word somewhere near the top.
  if (!COLUMN_HINT.test(input.slice(0, 4096))) return null;
  const lines = input.split('\n');
  const found: { index: number; name: string; rest: string }[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length > 2000) continue;
    const m = COLUMN_LINE.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    const name = m[1] as string;
    const rest = m[2] as string;
    // A name over its time (Otter's `Jane Doe  0:01`, a chat's `Rachel Osei  9:02 AM`): a
    // header of the words below, no column of words.
    if (!HAS_LETTER.test(rest) || TIME_FIRST.test(rest)) continue;
    found.push({ index: i, name, rest });
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (found.length < MIN_LINES || counts.size < 2) return null;
  let recurring = false;
  for (const n of counts.values()) if (n >= 2) recurring = true;
  if (!recurring) return null;
  const tags = new Map<string, boolean>();
  for (const name of counts.keys()) {
    const match = parseTag(`${name}: words`);
    tags.set(name, match?.rest === 'words' && (match.tag.name !== null || match.tag.role !== null));
  }
  // Most of the layout's names are speakers' (a table of places and figures is not a script).
  const speaking = found.filter((f) => tags.get(f.name) === true);
  if (speaking.length < MIN_LINES || speaking.length < found.length * 0.8) return null;
  // And the right column is words said, opening with a letter or a quote (a table's figures
  // beside its places are not: `Hereford  1,204 homes`).
  let said = 0;
  for (const f of speaking) if (SAID_START.test(f.rest)) said++;
  if (said < speaking.length * 0.8) return null;
  const out = lines.slice();
  for (const f of speaking) {
    const cr = (lines[f.index] as string).endsWith('\r') ? '\r' : '';
    out[f.index] = `${f.name}: ${f.rest.replace(/\r$/, '')}${cr}`;
  }
  const messages: Message[] = [
    {
      ruleId: 'column-tags',
      reason: `Read ${speaking.length} lines laid out in two columns (a name, a gap, the words) as the speakers' tags`,
      line: (speaking[0]?.index ?? 0) + 1,
      column: 1,
      severity: 'info',
    },
  ];
  return { text: out.join('\n'), sourceLines: null, messages };
}
