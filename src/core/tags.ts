/**
 * Speaker tags at the start of a paragraph, in the forms transcripts and newsrooms use:
 * `Name, Title: …`, `Name: …`, `NAME:`, `MR. NAME:`, `THE PRESIDENT:`, `Q` / `Q:` / `QUESTION:`,
 * `>>` with or without a name, `Speaker 1 (00:01:23):`, `[00:01:23] Name:`, `В.Путин:`, and
 * `President of Russia Vladimir Putin:` (title before the name).
 * Text that merely contains a colon (`These are their words: …`, `Note: …`, `10:30`) is not a tag.
 * Every regex here runs on a slice of at most MAX_TAG_CHARS characters, anchored, without nested
 * quantifiers, so tag detection is linear in the paragraph count.
 */
import { isSpace, titleCaseIfCaps } from './chars.ts';
import type { Tag } from './tree.ts';

const MAX_TAG_CHARS = 100;
const MAX_NAME_TOKENS = 5;
const MAX_TITLE_WORDS = 12;

/** Anonymous role tags (upper-cased) and the role they stand for. */
const ROLE_TAGS: Readonly<Record<string, string>> = {
  Q: 'reporter',
  QUESTION: 'reporter',
  REPORTER: 'reporter',
  JOURNALIST: 'reporter',
  MODERATOR: 'moderator',
  OPERATOR: 'operator',
  ANNOUNCER: 'announcer',
  NARRATOR: 'narrator',
  ANCHOR: 'anchor',
  HOST: 'host',
  INTERPRETER: 'interpreter',
  TRANSLATOR: 'interpreter',
  AUDIENCE: 'audience',
  'AUDIENCE MEMBER': 'audience',
  CROWD: 'audience',
  PARTICIPANT: 'participant',
  'UNIDENTIFIED MALE': 'unidentified',
  'UNIDENTIFIED FEMALE': 'unidentified',
  'UNIDENTIFIED SPEAKER': 'unidentified',
  UNIDENTIFIED: 'unidentified',
  'THE PRESIDENT': 'president',
  'THE VICE PRESIDENT': 'vice president',
  'THE FIRST LADY': 'first lady',
  'THE PRIME MINISTER': 'prime minister',
  'SENIOR ADMINISTRATION OFFICIAL': 'senior administration official',
  'ADMINISTRATION OFFICIAL': 'administration official',
  'SENIOR STATE DEPARTMENT OFFICIAL': 'senior state department official',
  'SENIOR OFFICIAL': 'senior official',
  OFFICIAL: 'official',
  'PRESS SECRETARY': 'press secretary',
  STAFF: 'staff',
  'STAFF MEMBER': 'staff',
};

/** Capitalized words that label text rather than name a speaker (`Note: …`). */
const LABELS = new Set(
  (
    'note notes update updated correction corrections source sources photo photos video audio ' +
    'editor editors warning example examples answer summary transcript caption captions related ' +
    'read watch listen date time location subject re fwd tags tag title slug keywords disclaimer ' +
    'ps breaking live exclusive advertisement background context quote translation image credit ' +
    'credits published posted filed dateline byline headline monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october ' +
    'november december today yesterday tomorrow tonight morning afternoon evening step part ' +
    'chapter section phone tel fax email web website address price total result results ' +
    'conclusion introduction the a an and or but so then also however first second third ' +
    'finally moscow washington london'
  ).split(' '),
);

/** Lower-case particles allowed inside a personal name (`Charles de Gaulle`). */
const PARTICLES = new Set(
  'de da di del della der den van von bin ibn al el la le du dos das y zu ben ter'.split(' '),
);

/** Words that start a title placed before the name (`President of Russia Vladimir Putin`). */
const TITLE_STARTS = new Set(
  (
    'president prime minister foreign deputy secretary senator governor mayor ambassador ' +
    'chancellor king queen prince general colonel professor dr chairman chairwoman chair head ' +
    'director spokesperson spokesman spokeswoman correspondent judge justice commissioner ' +
    'representative rep sen gov press vice first chief leader patriarch pope premier ' +
    'президент министр премьер-министр председатель губернатор мэр посол'
  ).split(' '),
);

/** Generic numbered speakers from transcription services (`Speaker 1`). */
const NUMBERED =
  /^(Speaker|Participant|Person|Caller|Guest|Interviewer|Interviewee|Unknown|Voice|Говорящий|Спикер) ?\d{1,3}$/iu;

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt)\.?$/i;

const TIMESTAMP = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/;

/** `01:02:03.5` / `1:23` → milliseconds, or null. */
export function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [, a = '0', b = '0', c, frac] = m;
  const hasHours = c !== undefined;
  const h = hasHours ? Number(a) : 0;
  const min = hasHours ? Number(b) : Number(a);
  const s = hasHours ? Number(c) : Number(b);
  if (min > 59 || s > 59) return null;
  const ms = frac ? Number(frac.padEnd(3, '0')) : 0;
  return ((h * 60 + min) * 60 + s) * 1000 + ms;
}

export interface TagMatch {
  tag: Tag;
  /** The paragraph text after the tag (and its colon), trimmed. */
  rest: string;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j] ?? '')) j++;
  return j;
}

function countSpaces(text: string, i: number): { end: number; count: number; nbsp: boolean } {
  let j = i;
  let nbsp = false;
  while (j < text.length && isSpace(text[j] ?? '')) {
    if (text[j] !== ' ') nbsp = true;
    j++;
  }
  return { end: j, count: j - i, nbsp };
}

function isUpperWord(token: string): boolean {
  return /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token);
}

/** A capitalized name token: `Sergey`, `Jean-Pierre`, `O'Brien`, `J.`, `В.Путин`, `Kōno`. */
function isNameToken(token: string): boolean {
  return /^(\p{Lu}\.)*\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(token) || /^\p{Lu}\.$/u.test(token);
}

function isTitleText(title: string): boolean {
  const words = title.split(' ');
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (!/^[\p{Lu}\d]/u.test(title)) return false;
  return !/[.!?]$/.test(title) || /\.$/.test(words[words.length - 1] ?? '');
}

function tokens(text: string): string[] {
  return text.split(' ').filter((t) => t.length > 0);
}

interface NameParse {
  name: string | null;
  title: string | null;
  role: string | null;
}

/** Classifies the text before the colon. Returns null when it is not a speaker tag. */
function classifyTagText(raw: string): NameParse | null {
  const text = raw.trim();
  if (!text || text.length > MAX_TAG_CHARS) return null;
  if (/^\d/.test(text)) return null;
  const upper = text.toUpperCase();
  const role = ROLE_TAGS[upper];
  if (role && (isUpperWord(text) || /^\p{Lu}\p{Ll}+( \p{Ll}+)*$/u.test(text))) {
    return { name: null, title: null, role };
  }
  if (NUMBERED.test(text)) return { name: text, title: null, role: null };

  const comma = text.indexOf(',');
  const namePart = (comma === -1 ? text : text.slice(0, comma)).trim();
  const titlePart = comma === -1 ? null : text.slice(comma + 1).trim();
  if (titlePart !== null && !isTitleText(titlePart)) return null;

  const words = tokens(namePart);
  if (words.length === 0) return null;
  if (words.length === 1 && LABELS.has((words[0] ?? '').toLowerCase().replace(/[.’']/g, ''))) {
    return null;
  }
  if (words.every((w) => LABELS.has(w.toLowerCase()))) return null;

  const allCaps = isUpperWord(namePart);
  if (allCaps) {
    // `MR. LAVROV`, `MS. JEAN-PIERRE`, `LAVROV`, `SECRETARY BLINKEN`.
    if (words.length > 4) return null;
    if (!words.every((w) => /^\p{Lu}[\p{Lu}\p{M}.'’-]*$/u.test(w))) return null;
    return { name: titleCaseIfCaps(namePart), title: titlePart, role: null };
  }

  if (
    words.length <= MAX_NAME_TOKENS &&
    words.every((w, i) => isNameToken(w) || (i > 0 && PARTICLES.has(w)))
  ) {
    const last = words[words.length - 1] ?? '';
    if (HONORIFIC.test(last)) return null;
    return { name: namePart, title: titlePart, role: null };
  }

  // Title before the name: `President of Russia Vladimir Putin`, `Foreign Minister Sergey Lavrov`.
  if (titlePart === null && words.length <= MAX_NAME_TOKENS + 6) {
    const first = (words[0] ?? '').toLowerCase();
    if (TITLE_STARTS.has(first) && words.length >= 3) {
      const nameWords = words.slice(-2);
      const titleWords = words.slice(0, -2);
      if (
        nameWords.every(isNameToken) &&
        titleWords.every((w) => isNameToken(w) || /^\p{Ll}{1,4}$/u.test(w))
      ) {
        return { name: nameWords.join(' '), title: titleWords.join(' '), role: null };
      }
    }
  }
  return null;
}

/**
 * Finds a speaker tag at the start of `text` (a paragraph's text, whitespace not yet collapsed).
 *
 * @example parseTag('Sergey Lavrov, Foreign Minister of Russia: "I’d like…"')
 *   // { tag: { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', … }, rest: '"I’d like…"' }
 */
export function parseTag(text: string): TagMatch | null {
  // Cheap rejection first: a tag needs a colon near the start, or is `Q` or `>>`.
  const head = text.slice(0, MAX_TAG_CHARS + 40);
  if (!head.includes(':') && !/^\s*(Q|>>)/u.test(head)) return null;
  let i = skipSpaces(text, 0);
  let timestampMs: number | null = null;
  let chevrons = false;

  if (text.startsWith('>>', i)) {
    chevrons = true;
    i += 2;
    while (text[i] === '>') i++;
    i = skipSpaces(text, i);
  }

  // Leading time anchor: `[00:01:23] Name: …` or `(00:01:23) Name: …` or `00:01:23 Name: …`.
  const open = text[i];
  if (open === '[' || open === '(') {
    const close = text.indexOf(open === '[' ? ']' : ')', i + 1);
    if (close !== -1 && close - i <= 14) {
      const ms = parseTimestamp(text.slice(i + 1, close).trim());
      if (ms !== null) {
        timestampMs = ms;
        i = skipSpaces(text, close + 1);
      }
    }
  }

  // `Q` / `Q:` / `Q.` / `QUESTION:` followed by the question.
  if (text[i] === 'Q') {
    const after = text[i + 1];
    if (after === ':' || after === '.') {
      const start = skipSpaces(text, i + 2);
      if (start > i + 2 || start === text.length) {
        return roleMatch('Q', 'reporter', timestampMs, text.slice(start).trim());
      }
    } else if (after === undefined) {
      return roleMatch('Q', 'reporter', timestampMs, '');
    } else if (isSpace(after)) {
      const gap = countSpaces(text, i + 1);
      if (gap.end === text.length || gap.count >= 2 || gap.nbsp) {
        return roleMatch('Q', 'reporter', timestampMs, text.slice(gap.end).trim());
      }
    }
  }

  // `Name…:` within the first MAX_TAG_CHARS characters, the colon followed by space or end.
  const window = text.slice(i, i + MAX_TAG_CHARS + 1);
  let colon = -1;
  let depth = 0;
  for (let j = 0; j < window.length; j++) {
    const ch = window[j];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ':' && depth === 0) {
      const next = window[j + 1];
      if (next === undefined || isSpace(next) || '"“«„\''.includes(next)) colon = j;
      break;
    }
    const sentenceEnd = ch === '.' && window[j + 1] === ' ' && /\p{Ll}/u.test(window[j + 2] ?? '');
    if (ch === '\n' || sentenceEnd) break;
  }
  if (colon === -1) {
    if (chevrons) return roleMatch('>>', 'unidentified', timestampMs, text.slice(i).trim(), '>>');
    return null;
  }
  let tagText = window.slice(0, colon).replace(/\s+/gu, ' ').trim();
  // Trailing time anchor: `Speaker 1 (00:01:23)`, `Name [1:23]`.
  const trail = /[([](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[)\]]$/.exec(tagText);
  if (trail) {
    const ms = parseTimestamp(trail[1] ?? '');
    if (ms !== null) {
      timestampMs = ms;
      tagText = tagText.slice(0, trail.index).trim();
    }
  }
  const parsed = classifyTagText(tagText);
  if (!parsed) {
    if (chevrons) return roleMatch('>>', 'unidentified', timestampMs, text.slice(i).trim(), '>>');
    return null;
  }
  return {
    tag: { raw: tagText, ...parsed, timestampMs },
    rest: text.slice(i + colon + 1).trim(),
  };
}

function roleMatch(
  raw: string,
  role: string,
  timestampMs: number | null,
  rest: string,
  display = raw,
): TagMatch {
  return { tag: { raw: display, name: null, title: null, role, timestampMs }, rest };
}

/** True when a whole line is a tag and nothing else (`Dmitry Borisov:`), text on the next line. */
export function isTagOnlyLine(line: string): boolean {
  const match = parseTag(line);
  return match !== null && match.rest === '';
}
