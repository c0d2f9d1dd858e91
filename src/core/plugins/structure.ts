/**
 * Story structure: the headline, the anchor's throw to a reporter ("X has the details",
 * "X reports"), and the sign-off credits ("A, B and C for Vesti." / "Name, Outlet, City").
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { endsWithSentencePunctuation, isHanOrKanaCode, titleCaseIfCaps } from '../chars.ts';
import { readInterviewHeader } from '../furniture-languages.ts';
import { wrapFellAt } from '../hard-wrap.ts';
import { lazyRegExp } from '../lazy.ts';
import { HAS_LETTER_OR_NUMBER, HAS_LOWERCASE, STARTS_LOWERCASE } from '../letter-patterns.ts';
import { report } from '../report.ts';
import { NOT_NAMES } from '../tag-grammar.ts';
import { isHeadingText, parseTag } from '../tags.ts';
import {
  meetingTitle,
  PAGE_TITLE_SEPARATORS,
  stripSiteName,
  withoutAiringSlot,
  withoutWirePrefix,
} from '../title.ts';
import type {
  Headline,
  Narration,
  Note,
  Root,
  RootContent,
  Signoff,
  SpeakerEntry,
  Throw,
} from '../tree.ts';

const MAX_HEADLINE_WORDS = 20;
const MAX_THROW_WORDS = 40;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?: \\p{Lu}[\\p{L}\\p{M}'’-]+){1,2}";
const THROW_PATTERNS: readonly RegExp[] = [
  lazyRegExp(
    `^(?:(?:Our|Correspondent|Reporter) (?:correspondent |reporter )?)?(${NAME}) (?:has|brings us|is following|joins us with|is here with|now has) (?:the |more |all the |some )?(?:details|story|report|more|latest|background)`,
    'u',
  ),
  lazyRegExp(
    `^(?:Our (?:correspondent|reporter) )?(${NAME}) reports(?: from [^.!?]{1,60})?[.!]?$`,
    'u',
  ),
  lazyRegExp(`^(?:Here's|Here is) (${NAME})(?: with [^.!?]{1,80})?[.!]?$`, 'u'),
  lazyRegExp(`^(${NAME}) (?:explains|takes up the story|picks up the story)[.!]?$`, 'u'),
];
/**
 * {@link THROW_PATTERNS} for a throw typed in capitals (`OUR REPORTER TOM HALE HAS THE DETAILS.`):
 * any case matches, the words after the name still end it.
 */
const CAPS_THROW_PATTERNS: readonly RegExp[] = THROW_PATTERNS.map((p) =>
  lazyRegExp(p.source, 'iu'),
);
const NAME_ONLY = lazyRegExp(`^${NAME}$`, 'u');
const OUTLET = lazyRegExp(
  String.raw`^(?:«[^»]{1,40}»|\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{Lu}\d][\p{L}\p{N}&.'’-]*){0,3})$`,
  'u',
);

function wordCount(text: string): number {
  return text.split(' ').filter((w) => HAS_LETTER_OR_NUMBER.test(w)).length;
}

const SENTENCE_BREAK = lazyRegExp(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, 'u');

function lastSentence(text: string): string {
  const parts = text.split(SENTENCE_BREAK);
  return (parts[parts.length - 1] ?? text).trim();
}

/** The reporter a throw hands over to, or null when the text is not a throw. */
function readThrow(text: string): string | null {
  if (wordCount(text) > MAX_THROW_WORDS) return null;
  const sentence = lastSentence(text);
  const caps = !HAS_LOWERCASE.test(sentence);
  for (const pattern of caps ? CAPS_THROW_PATTERNS : THROW_PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m?.[1]) continue;
    if (!caps) return m[1];
    // In capitals every word matches a name's: `HERE IS THE WEATHER.` hands over to no one.
    if (m[1].split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
    return titleCaseIfCaps(m[1]);
  }
  return null;
}

export interface Credits {
  names: string[];
  outlet: string | null;
}

/** Reads sign-off credits: `A, B and C for Vesti.` or `Name, Outlet, City`. */
function readSignoff(text: string): Credits | null {
  const t = text.trim().replace(/[.!]$/, '');
  if (wordCount(t) > 30) return null;
  const forAt = Math.max(t.lastIndexOf(' for '), t.lastIndexOf(' для '));
  if (forAt > 0) {
    const outlet = t.slice(forAt + (t.startsWith(' for ', forAt) ? 5 : 5)).trim();
    const names = t
      .slice(0, forAt)
      .split(/,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+/u)
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    if (names.length > 0 && names.every((n) => NAME_ONLY.test(n)) && OUTLET.test(outlet)) {
      return { names, outlet };
    }
  }
  const parts = t.split(/,\s*/);
  if (parts.length === 3) {
    const [name = '', outlet = '', place = ''] = parts;
    if (NAME_ONLY.test(name) && OUTLET.test(outlet) && OUTLET.test(place))
      return { names: [name], outlet };
  }
  return null;
}

function spaceCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** The longest one-line title in a script written without spaces (Chinese, Japanese). */
const MAX_CJK_HEADLINE_CHARS = 40;
/** A date or time written in Chinese or Japanese characters and digits only (`2024年5月6日`). */
const CJK_DATE_ONLY = /^[\d年月日号時时分秒（）()]+$/u;

const CAPITAL_THEN_LOWER_WORD = lazyRegExp(String.raw`^\p{Lu}\S* \p{Ll}`, 'u');

/** Capitalised words parted by a slash: a slug (`STREIK / HAFEN`, `Hafen Hamburg/Streik`). */
const CAPS_SLUG = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\d'’-]+(?: \p{Lu}[\p{L}\d'’-]+)? ?/ ?\p{Lu}[\p{L}\d'’-]+(?: \p{Lu}[\p{L}\d'’-]+)?$`,
  'u',
);

const LETTER_OR_QUOTE_START = lazyRegExp(String.raw`^[\p{L}"“«‘']`, 'u');

function isHeadline(node: Narration, title: string | null, wrapped = false): boolean {
  const text = node.value;
  // With a title known (front matter), the line is the headline when it is that title, maybe
  // with the site name after it (`Direct Line • President of Russia`).
  if (title !== null) {
    const t = text.trim();
    return t === title.trim() || stripSiteName(t, PAGE_TITLE_SEPARATORS) === title.trim();
  }
  const position = node.position;
  if (position && position.start.line !== position.end.line && !wrapped) return false;
  // Chinese and Japanese write no spaces: a one-line title is counted in characters.
  const trimmed = text.trim();
  // A date may lead it (`2024年5月6日外交部…`); a date alone is no title.
  // A bracketed programme or section name may lead it too (`【ニュース７】台風10号 九州に接近`), and a
  // space may part its two halves.
  const bracket = trimmed.startsWith('【') ? trimmed.indexOf('】') + 1 : 0;
  const lead = trimmed.slice(bracket).search(/\D/) + bracket;
  if (lead >= bracket && isHanOrKanaCode(trimmed.charCodeAt(lead)) && spaceCount(trimmed) <= 2) {
    return (
      !CJK_DATE_ONLY.test(trimmed) &&
      trimmed.length >= 4 &&
      trimmed.length <= MAX_CJK_HEADLINE_CHARS &&
      !/[。，、；：！？:;,.]$/u.test(trimmed) &&
      !trimmed.includes('：')
    );
  }
  const words = wordCount(text);
  // Two words only in sentence case (`Russian-Mongolian talks`), never a name (`Jane Doe`); or a
  // newsroom's slug of two words in capitals parted by a slash (`STREIK / HAFEN`, `FIRE/MAIN`).
  const twoWords =
    words === 2 && (CAPITAL_THEN_LOWER_WORD.test(text.trim()) || CAPS_SLUG.test(text.trim()));
  if ((words < 3 && !twoWords) || words > MAX_HEADLINE_WORDS) return false;
  if (!LETTER_OR_QUOTE_START.test(text)) return false;
  // A line opening in lower case is a sentence's end cut off (an excerpt that starts mid-page).
  if (STARTS_LOWERCASE.test(text.trim())) return false;
  const lastChar = text.trimEnd().slice(-1);
  if (lastChar === '.' || lastChar === ',' || lastChar === ':') return false;
  return !endsWithSentencePunctuation(text) || /[!?]$/.test(text.trim());
}

const ONE_OR_TWO_NAME_WORDS = lazyRegExp(
  String.raw`^\p{Lu}\p{Ll}+(?:['’]s?)?(?: \p{Lu}?\p{Ll}+(?:['’]s?)?)?$`,
  'u',
);

/** One or two capitalized words on one line, no punctuation: a record's subject heading (`Housing`). */
function isRecordSubject(node: Narration): boolean {
  const position = node.position;
  if (position && position.start.line !== position.end.line) return false;
  const text = node.value.trim();
  // A possessive too: the Dáil's `Leaders' Questions`.
  return wordCount(text) <= 2 && ONE_OR_TWO_NAME_WORDS.test(text);
}

/** The first block that is story content (not page furniture or a direction), or -1. */
/** A chapter's generic label, no story's name (`Introduction`, `Part 2`, `Cold open`). */
const GENERIC_CHAPTER = lazyRegExp(
  String.raw`^(?:intro(?:duction)?|opening|cold open|preview|welcome|outro|conclusion|(?:part|chapter|segment|section|episode) [\p{N}\p{L}]{1,6})$`,
  'iu',
);

/**
 * The document's very first block, a heading of two words or more over the first turn: an
 * export's or a record's name for the recording (`Bridge closure interview`, `LOK SABHA
 * DEBATES`). A generic chapter label, one under anything else, or in capitals an office or a
 * speaker's name (a cover sheet's field: `CHANCELLOR OF THE EXCHEQUER`) is not.
 */
function isOpeningName(
  children: readonly RootContent[],
  index: number,
  speakers: readonly SpeakerEntry[] | undefined,
): boolean {
  const node = children[index];
  if (node?.type !== 'headline' || children[index + 1]?.type !== 'speech') return false;
  for (let i = 0; i < index; i++) if (children[i]?.type !== 'frontMatter') return false;
  const text = node.value.trim();
  const count = wordCount(text);
  if (count < 2 || count > MAX_HEADLINE_WORDS || GENERIC_CHAPTER.test(text)) return false;
  if (text !== text.toUpperCase()) return true;
  const tag = parseTag(`${text}: .`)?.tag;
  return tag?.office == null && tag?.role == null && !namesSpeakers(text, speakers);
}

/**
 * A line that only names speakers of the turns: their names, titles or roles, apart by `;`, `,`
 * or `and` (`Prime Minister`, `Prime Minister; Minister for Energy`). Case is folded.
 */
function namesSpeakers(text: string, speakers: readonly SpeakerEntry[] | undefined): boolean {
  if (!speakers || speakers.length === 0 || text.length > 120) return false;
  const known = new Set<string>();
  for (const s of speakers.slice(0, 50))
    for (const n of [s.name, s.title, s.role, ...s.aliases.slice(0, 5)])
      if (n) known.add(n.toLowerCase());
  const parts = text
    .trim()
    .toLowerCase()
    .split(/\s*[;,]\s*|\s+and\s+/);
  return parts.length <= 4 && parts.every((p) => known.has(p));
}

/** Most masthead lines (site, government, office) over a release's title. */
const MAX_MASTHEAD_LINES = 4;

/**
 * The index of a title under a masthead of short lines and over the page's dateline, or -1:
 * from `index`, one to four one-line narrations of six words at most with no sentence mark,
 * then a headline-like line, then a dateline note.
 */
function titleOverDateline(children: readonly RootContent[], index: number): number {
  if (index < 0) return -1;
  for (let j = index + 1; j <= index + MAX_MASTHEAD_LINES; j++) {
    const at = children[j];
    if (at?.type !== 'narration') return -1;
    const above = children[j - 1];
    if (above?.type !== 'narration') return -1;
    const pos = above.position;
    const text = above.value.trim();
    if ((pos && pos.start.line !== pos.end.line) || wordCount(text) > 6 || /[.!?:;,]$/.test(text))
      return -1;
    const next = children[j + 1];
    if (next?.type === 'note' && next.reason === 'dateline') return isHeadline(at, null) ? j : -1;
  }
  return -1;
}

/**
 * True when `node` is one line a hard wrap broke in two (an e-mailed story's headline at 72
 * columns: `…Kuril Islands Aren't Going` / `Anywhere!`): two lines of the source, the wrap of the
 * text's width (see {@link wrapFellAt}) falling after the first.
 */
function wrappedOnce(node: Narration, file: VFile): boolean {
  const width = file.data.wrapWidth ?? 0;
  const position = node.position;
  if (width === 0 || !position || position.end.line !== position.start.line + 1) return false;
  const start = position.start.offset;
  const end = position.end.offset;
  if (start === undefined || end === undefined || end - start > 2 * width + 2) return false;
  const source = String(file.value).slice(start, end);
  const newline = source.indexOf('\n');
  if (newline === -1) return false;
  const second = source.slice(newline + 1).trim();
  return !second.includes('\n') && wrapFellAt(source.slice(0, newline).trim(), second, width);
}

function firstContent(children: readonly RootContent[]): number {
  for (let i = 0; i < children.length; i++) {
    const type = children[i]?.type;
    if (type !== 'note' && type !== 'direction') return i;
  }
  return -1;
}

/**
 * A script's topic line (`Thema: Warnstreik bei der Bahn`, `ТЕМА: ПАВОДОК В ПРИМОРЬЕ`, `Topic:
 * …`, `Sujet : …`, a wire video's `Headline: …`, a media advisory's `WHAT: …`, a minister's
 * `TRANSCRIPT: …`): the headline, and the words after the label are the title.
 */
const TOPIC_LINE =
  /^(?:Thema|THEMA|Topic|TOPIC|Тема|ТЕМА|Sujet|SUJET|Tema|TEMA|Headline|HEADLINE|Onderwerp|ONDERWERP|Temat|TEMAT|Assunto|ASSUNTO|WHAT|TRANSCRIPT)\s?:\s+(\S.{0,200})$/u;

/** The title a topic line gives, or null. */
function topicTitle(text: string): string | null {
  const m = TOPIC_LINE.exec(text.trim());
  const rest = m?.[1]?.trim();
  if (!rest || wordCount(rest) > MAX_HEADLINE_WORDS || /[.,:;]$/.test(rest)) return null;
  return rest;
}

/** Typographic quotes and apostrophes as ASCII: a raw line compared with its typeset text. */
function foldQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** How far into the blocks an interview's standfirst is looked for. */
const MAX_STANDFIRST_INDEX = 8;

/** Fewest words of a heading in capitals taken as the title when it opens the story. */
const MIN_HEADING_TITLE_WORDS = 5;

export const structure: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const data = tree.data ?? {};
  const hints = data.hints ?? {};
  const fmTitle = data.frontMatter?.title?.trim() || null;
  const children = tree.children;
  let title: string | null = hints.title?.trim() || fmTitle || data.recordTitle?.trim() || null;
  let reporter: string | null = null;
  let outlet: string | null = null;
  let credits: string[] = [];

  const toHeadline = (index: number, node: Narration): void => {
    children[index] = { ...node, type: 'headline' } satisfies Headline;
  };
  // The headings of the story's parts the input marks (HTML: a nested `<article>`'s `<h2>`).
  const subheads = hints.subheadLines;
  if (subheads && subheads.size > 0)
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node?.type === 'narration' && subheads.has(node.line)) toHeadline(i, node);
    }
  const headlineLine = hints.headlineLine ?? null;
  const hinted =
    headlineLine === null
      ? -1
      : children.findIndex((c) => c.type === 'narration' && c.line === headlineLine);
  const hintedNode = children[hinted];
  if (hintedNode?.type === 'narration') {
    // The input's own headline (HTML `<h1>`, else its `<title>`).
    toHeadline(hinted, hintedNode);
    title = withoutWirePrefix(withoutAiringSlot(hintedNode.value));
  } else {
    const index = firstContent(children);
    const first = children[index];
    const expected = hints.title?.trim() || fmTitle;
    // The line a record's header gives as its title (a press conference's `WIMBLEDON`), as the
    // typography plugin wrote it (`MEN’S`).
    const recordLine =
      expected === null &&
      first?.type === 'narration' &&
      data.recordTitle != null &&
      foldQuotes(first.value.trim()) === foldQuotes(data.recordTitle.trim());
    // A French script's `SUJET :` is also the cue of a package, read as a direction; as the
    // script's first line, above its copy, it is the topic (`SUJET : GRÈVE DES CONTRÔLEURS`).
    const top = children.findIndex((c) => c.type !== 'note');
    const topNode = children[top];
    const topicCue =
      title === null && topNode?.type === 'direction' && top < index
        ? topicTitle(topNode.value)
        : null;
    if (topicCue !== null && topNode?.type === 'direction') {
      children[top] = { ...topNode, type: 'headline' } satisfies Headline;
      title = topicCue;
    }
    const topic =
      title === null && (first?.type === 'narration' || first?.type === 'headline')
        ? topicTitle(first.value)
        : null;
    const dated = title === null ? titleOverDateline(children, index) : -1;
    const datedNode = children[dated];
    if (datedNode?.type === 'narration') {
      // A copied release's masthead lines over its title and dateline (India's PIB: `Press
      // Information Bureau` / `Government of India` / `Prime Minister's Office` / the title /
      // `Posted On: …`): the line over the dateline is the title.
      toHeadline(dated, datedNode);
      title = datedNode.value.trim();
    } else if (
      topic !== null &&
      first &&
      (first.type === 'narration' || first.type === 'headline')
    ) {
      if (first.type === 'narration') toHeadline(index, first);
      title = topic;
    } else if (
      first?.type === 'narration' &&
      index < children.length - 1 &&
      (isHeadline(first, expected, expected === null && wrappedOnce(first, file)) || recordLine)
    ) {
      toHeadline(index, first);
      title =
        expected ??
        (recordLine ? first.value.trim() : null) ??
        (data.recordTitle?.trim() ||
          meetingTitle(first.value) ||
          stripSiteName(withoutWirePrefix(withoutAiringSlot(first.value)), PAGE_TITLE_SEPARATORS) ||
          first.value);
    } else if (
      first?.type === 'narration' &&
      index > 0 &&
      children[index + 1]?.type === 'speech' &&
      isRecordSubject(first)
    ) {
      // A record's subject heading of one or two words under its header (`Housing` under
      // Canadian Hansard's `ORAL QUESTIONS`), the first speech right after it: the title.
      toHeadline(index, first);
      title = first.value.trim();
    } else if (
      first?.type === 'headline' &&
      title === null &&
      index < children.length - 1 &&
      wordCount(first.value) >= MIN_HEADING_TITLE_WORDS
    ) {
      // A heading in capitals the turns already read (`PRESS BRIEFING BY PRESS SECRETARY JOSH
      // EARNEST` under a masthead and a dateline) is the first content: the title. Not a cover
      // sheet's short field (`CHANCELLOR OF THE EXCHEQUER` under the guest's name).
      title = first.value.trim();
    } else if (
      first?.type === 'headline' &&
      title === null &&
      subheads?.has(first.line) !== true &&
      isOpeningName(children, index, data.speakers)
    ) {
      // A transcription export's name over its first timed turn (Trint, Descript: `Bridge closure
      // interview` / `[00:00:00] Jane Doe: …`), which the turns read as a chapter's title; not a
      // copied caption panel's chapter (`Public comment` over its first time).
      title = first.value.trim();
    }
  }

  // A record's subheading between its title and the first turn (the Scottish Parliament's
  // `Portfolio Question Time` / `14:00` / `Health and Social Care` / first speech).
  const top = firstContent(children);
  if (children[top]?.type === 'headline') {
    let j = top + 1;
    while (children[j]?.type === 'direction' || children[j]?.type === 'note') j++;
    const sub = children[j];
    let k = j + 1;
    while (children[k]?.type === 'direction' || children[k]?.type === 'note') k++;
    if (
      sub?.type === 'narration' &&
      children[k]?.type === 'speech' &&
      sub.position?.start.line === sub.position?.end.line &&
      wordCount(sub.value) >= 2 &&
      namesSpeakers(sub.value, data.speakers)
    ) {
      // The header's line naming who speaks (an Australian PM transcript's `Prime Minister`
      // under its date), the office or name a tag below gives: the header's byline, no heading.
      children[j] = { type: 'note', value: sub.value, line: sub.line, reason: 'byline' };
      if (sub.position) children[j] = { ...children[j], position: sub.position } as Note;
      report(
        file,
        'page-furniture',
        `Kept “${sub.value.trim()}” as a note, the header's byline (byline): it names a speaker of the turns below`,
        { line: sub.line },
      );
    } else if (
      sub?.type === 'narration' &&
      children[k]?.type === 'speech' &&
      sub.position?.start.line === sub.position?.end.line &&
      wordCount(sub.value) >= 2 &&
      isHeadingText(sub.value.trim())
    ) {
      toHeadline(j, sub);
      report(file, 'heading', `Read “${sub.value.trim()}” as a subheading above the first turn`, {
        line: sub.line,
      });
    }
  }

  // An interview's standfirst naming its guest (`Intervista a Giulia Ferri, sindaca di Bologna,
  // sul trasporto pubblico`) above the first turn is a subheading, not narration to read.
  for (let i = 0; i < Math.min(children.length, MAX_STANDFIRST_INDEX); i++) {
    const node = children[i];
    if (node?.type === 'speech') break;
    if (node?.type !== 'narration' || endsWithSentencePunctuation(node.value)) continue;
    if (readInterviewHeader(node.value).guest !== null) toHeadline(i, node);
  }

  // The sign-off: the last block but for directions after it.
  let lastIndex = children.length - 1;
  while (lastIndex >= 0 && children[lastIndex]?.type === 'direction') lastIndex--;
  const last = children[lastIndex];
  if (last?.type === 'narration') {
    const signoff = readSignoff(last.value);
    if (signoff) {
      children[lastIndex] = {
        ...last,
        type: 'signoff',
        credits: signoff.names,
        outlet: signoff.outlet,
      } satisfies Signoff;
      credits = signoff.names;
      outlet = signoff.outlet;
      report(
        file,
        'signoff',
        `Read the sign-off credits: ${signoff.names.join(', ')}${signoff.outlet ? ` (${signoff.outlet})` : ''}`,
        {
          line: last.line,
        },
      );
    }
  }

  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'narration') continue;
    const name = readThrow(node.value);
    if (!name) continue;
    children[i] = { ...node, type: 'throw', reporter: name } satisfies Throw;
    reporter ??= name;
    report(file, 'throw', `Read the anchor's throw to ${name}`, { line: node.line });
  }

  reporter = data.byline ?? hints.reporter ?? reporter ?? credits[0] ?? null;
  tree.data = { ...data, title, reporter, outlet, credits };
};
