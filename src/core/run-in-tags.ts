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
import { HONORIFICS, RANKS } from './tag-grammar.ts';
import { parseTag } from './tags.ts';

/** A time before a tag (`[00:00:09] `) or after its name (` (00:05)`): bounded digits. */
const STAMP = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** A time before a tag, in square brackets or in parentheses (`(00:00:09) Jane Doe:`). */
const LEADING_STAMP = String.raw`(?:\[${STAMP}\]|\(${STAMP}\))[ \t]+`;
/**
 * A name: one to four words, the first opening with a capital (particles in lower case between:
 * `Ursula von der Leyen`; a number after a label: `Speaker 2`). Each word is a run of non-space
 * characters: linear.
 */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,3}`;

/**
 * What may follow a name in its tag: a role in capitals after a comma (`ANA CABRERA, CNN
 * ANCHOR`), a note or a time in brackets (`LEE (voice-over)`, `Speaker 2 (00:05)`). Bounded.
 */
const ROLE = String.raw`,[ \t][\p{Lu}\p{N}][\p{Lu}\p{N}\p{M}'’.&-]*(?:[ \t][\p{Lu}\p{N}][\p{Lu}\p{N}\p{M}'’.&-]*){0,5}`;
const NOTE = String.raw`[ \t]\([^()\n]{1,30}\)`;

/**
 * A tag inside a line: a sentence's end (a closing quote or bracket may follow it) or a
 * direction's closing bracket (`(END VIDEOTAPE) LEE:`), space, a time maybe (`[00:00:09] `, group
 * 1), the name (group 2), its role (group 3) and its note or time (group 4) maybe, a colon
 * (French sets a space before it: `Le PRÉSIDENT :`) and a space.
 */
const RUN_IN_TAG = lazyRegExp(
  String.raw`(?:[.?!…]["”’)]?|\))[ \t]+(${LEADING_STAMP})?(${NAME})((?:${ROLE}){1,3})?(${NOTE})?[ \t\u00a0]?:[ \t]`,
  'gu',
);

/** A tag opening a line (the same words, the same times). */
const LINE_TAG = lazyRegExp(
  String.raw`^[ \t]*(?:${LEADING_STAMP})?(${NAME})(?:${ROLE}){0,3}(?:${NOTE})?[ \t\u00a0]?:[ \t]`,
  'gmu',
);

/** A time alone (`00:00:09`), the words inside a bracket. */
const TIME_ALONE = lazyRegExp(`^${STAMP}$`, '');

/** A time alone in brackets (`(00:05)`): a tag's stamp, not its note. */
const BRACKETED_TIME = lazyRegExp(String.raw`^[ \t]\(${STAMP}\)$`, 'u');

/** A name in capitals (no lower-case letter): the caps convention of broadcast transcripts. */
const HAS_LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u');

/** Tags in capitals inside lines, with words in lower case after them, that make a convention. */
const MIN_CAPS_TAGS = 3;

/**
 * Abbreviations a full stop closes before a name (`MS. LEAVITT:`, `Hon. Speaker:`, `SEN. LEE:`):
 * the tag grammar's courtesy titles and ranks, and a few more (`St.`, `Jr.`, `vs.`). No sentence
 * ends there. A single capital is an initial (`J. SMITH:`).
 */
const MORE_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'jr', 'vs', 'dra', 'messrs']);

function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return HONORIFICS.has(key) || Object.hasOwn(RANKS, key) || MORE_ABBREVIATIONS.has(key);
}

/**
 * True when the match at `index` opens where no turn ends: a full stop after an abbreviation or
 * an initial, or a closing bracket of no direction (a direction is in capitals, `(END
 * VIDEOTAPE)`; `Hon. (Ms.) Grace Achieng` is one tag).
 */
function afterAbbreviation(text: string, index: number): boolean {
  if (text.charCodeAt(index) === 0x29) {
    const open = text.lastIndexOf('(', index);
    const inside = open === -1 || index - open > 60 ? '' : text.slice(open + 1, index);
    // A time in brackets before a name is the tag's own stamp (`(00:00:09) Jane Doe:`).
    return inside.length < 3 || HAS_LOWER.test(inside) || TIME_ALONE.test(inside);
  }
  if (text.charCodeAt(index) !== 0x2e) return false;
  let start = index;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  // (A French elided article before it: `L'hon. Anne Roy:`.)
  const word = text
    .slice(start, index)
    .replace(/^[("“‘[]+/, '')
    .replace(/^[LlDd]['’]/, '');
  return word.length <= 1 || (word.length <= 8 && isAbbreviation(word));
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
  let stamped = 0;
  const stampedNames = new Set<string>();
  let caps = 0;
  const capsNames = new Set<string>();
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const name = m[2] as string;
    if (!afterAbbreviation(text, m.index)) {
      inside.set(name, (inside.get(name) ?? 0) + 1);
      const note = m[4];
      if (m[1] !== undefined || (note !== undefined && BRACKETED_TIME.test(note))) {
        stamped++;
        stampedNames.add(name);
      }
      // A name in capitals before words in lower case (`… thank you. LEE (voice-over): By
      // late afternoon…`): the caps convention, read once it is the text's.
      const end = m.index + m[0].length;
      if (!HAS_LOWER.test(name) && HAS_LOWER.test(text.slice(end, end + 40))) {
        caps++;
        capsNames.add(name);
      }
    }
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
    // A time beside a tag marks it as one: stamped tags inside lines twice or more are turns,
    // each speaker's once too (`[00:00:09] TOM BECKER:`, `Speaker 2 (00:05):`); so are names in
    // capitals over words in lower case, three or more in the text.
    const marked =
      (stampedNames.has(name) && stamped >= 2) || (capsNames.has(name) && caps >= MIN_CAPS_TAGS);
    if (!opening.has(name) && count < 2 && !marked) continue;
    const match = parseTag(`${name}: words`);
    if (match?.rest !== 'words' || (match.tag.name === null && match.tag.role === null)) continue;
    names.add(name);
  }
  return names.size > 0 ? names : null;
}

/**
 * Where `line` is cut for the tags of `names` inside it: the index each turn run on starts at
 * (its time's or its tag's first character), in order; empty when none is.
 */
export function runInCuts(line: string, names: ReadonlySet<string>): number[] {
  const cuts: number[] = [];
  const pattern = RUN_IN_TAG;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const name = m[2] as string;
    // The turn starts at its time, else at its name (the sentence's end before them is no
    // capital or bracket: the first place either is found).
    const cut = m.index + m[0].indexOf(m[1] ?? name);
    if (names.has(name) && !afterAbbreviation(line, m.index) && cut > (cuts.at(-1) ?? 0))
      cuts.push(cut);
    pattern.lastIndex = m.index + 1;
  }
  return cuts;
}
