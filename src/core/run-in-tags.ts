/**
 * Turns run together on one line: a transcript whose line breaks were lost (pasted into a CMS's
 * one-line field, a JSON string, a PDF copy that joined its lines) keeps each speaker's tag after
 * the sentence the turn before ended (`JANE DOE: Good evening. TOM BECKER: Thanks, Jane. JANE DOE:
 * Let us start.`). Without a split every word would be the first speaker's.
 *
 * A tag is read inside a line only when it follows a sentence's end and the text tags that
 * speaker elsewhere: at the start of a line, or inside lines twice or more. Its words must read
 * as a speaker's tag (a name, a role, an office: see `parseTag`). One pass over the text finds
 * the candidates; each line is then cut where one of the accepted tags opens a turn.
 */
import { lazyRegExp } from './lazy.ts';
import { parseTag } from './tags.ts';

/**
 * A tag inside a line: a sentence's end (a closing quote or bracket may follow it), space, then
 * one to four words opening with a capital (particles in lower case between: `Ursula von der
 * Leyen`), a colon and a space. Each word is a run of non-space characters: linear.
 */
const RUN_IN_TAG = lazyRegExp(
  String.raw`[.?!…]["”’)]?[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{L}[\p{L}\p{M}'’.-]*){0,3}):[ \t]`,
  'gu',
);

/** A tag opening a line (the same words). */
const LINE_TAG = lazyRegExp(
  String.raw`^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{L}[\p{L}\p{M}'’.-]*){0,3}):[ \t]`,
  'gmu',
);

/**
 * Abbreviations a full stop closes before a name (`MS. LEAVITT:`, `Hon. Speaker:`, `Dr. Lee:`):
 * no sentence ends there. A single capital is an initial (`J. SMITH:`).
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr hon rt sen rep gov prof rev gen col lt sgt capt cmdr adm maj st sr jr mme mlle m fr pres supt insp det cllr messrs sra sr srta dra vs'.split(
    ' ',
  ),
);

/** True when the match at `index` opens with a full stop after an abbreviation or an initial. */
function afterAbbreviation(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x2e) return false;
  let start = index;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, index);
  return word.length <= 1 || (word.length <= 6 && ABBREVIATIONS.has(word.toLowerCase()));
}

/** Longest line looked at for turns run together (a lost-breaks paste can be one long line). */
const MAX_LINE_CHARS = 1_000_000;

/**
 * The tags read inside lines of `text` (see the module comment), or null when there are none:
 * most texts have no tag after a sentence's end inside a line, and cost one search.
 */
export function runInTagNames(text: string): ReadonlySet<string> | null {
  if (text.length > MAX_LINE_CHARS) return null;
  const pattern = RUN_IN_TAG;
  pattern.lastIndex = 0;
  const inside = new Map<string, number>();
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const name = m[1] as string;
    if (!afterAbbreviation(text, m.index)) inside.set(name, (inside.get(name) ?? 0) + 1);
    // The words taken for a name may hold a sentence's end and the real tag after it (`Good
    // morning. Q:`): the search goes on from the next character, each stop looked at once.
    pattern.lastIndex = m.index + 1;
  }
  if (inside.size === 0) return null;
  const opening = new Set<string>();
  const lines = LINE_TAG;
  lines.lastIndex = 0;
  for (let m = lines.exec(text); m !== null; m = lines.exec(text)) {
    const name = m[1] as string;
    if (inside.has(name)) opening.add(name);
  }
  const names = new Set<string>();
  for (const [name, count] of inside) {
    if (!opening.has(name) && count < 2) continue;
    const match = parseTag(`${name}: words`);
    if (match?.rest !== 'words' || (match.tag.name === null && match.tag.role === null)) continue;
    names.add(name);
  }
  return names.size > 0 ? names : null;
}

/**
 * Where `line` is cut for the tags of `names` inside it: the index each turn run on starts at
 * (its tag's first character), in order; empty when none is.
 */
export function runInCuts(line: string, names: ReadonlySet<string>): number[] {
  const cuts: number[] = [];
  const pattern = RUN_IN_TAG;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const name = m[1] as string;
    const cut = m.index + m[0].length - name.length - 2;
    if (names.has(name) && !afterAbbreviation(line, m.index) && cut > (cuts.at(-1) ?? 0))
      cuts.push(cut);
    pattern.lastIndex = m.index + 1;
  }
  return cuts;
}
