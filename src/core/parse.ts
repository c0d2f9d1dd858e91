/**
 * The parser: raw transcript text to a tree of paragraphs. It handles what is structure, not
 * content: a BOM, line endings, YAML front matter, blank lines (including lines of only
 * no-break spaces), and which lines belong to one paragraph (blank-line separated, one paragraph
 * per line, or hard-wrapped at a fixed width and re-joined). Text cleaning is left to plugins.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { chamberTag } from './chamber-tags.ts';
import { endsWithSentencePunctuation, isCaselessLetter, isUnspacedCode, trimAll } from './chars.ts';
import {
  avColumnHeads,
  examinerOf,
  inlineScriptCue,
  isDirectionText,
  isExaminationHeading,
  isHansardMark,
  isMarkedCueLine,
  isMusicLine,
  isNumberedLine,
  isProceduralSentence,
  isProductionLine,
  isScriptCue,
  isScriptMarkerLine,
  isSoundSurnameName,
  isWireSection,
  VIDEO_CELL_PHRASES,
  VIDEO_CELL_WORDS,
} from './directions.ts';
import { classifyLine, EXPORT_HEADER_LABEL, ICON_LABEL } from './furniture.ts';
import {
  isRewrappedRest,
  type Rewrap,
  rewrapOf,
  textWrapWidth,
  WRAPPED_LINE_MIN_CHARS,
  wrapFellAt,
  wrapsOnto,
} from './hard-wrap.ts';
import { lazyRegExp } from './lazy.ts';
import {
  HAS_LETTER,
  HAS_LOWERCASE,
  HAS_UPPERCASE,
  STARTS_LOWERCASE,
  STARTS_UPPERCASE,
} from './letter-patterns.ts';
import { HEADING as MARKDOWN_HEADING } from './markdown.ts';
import { applyEdits, applySortedEdits } from './plugins/segments.ts';
import { report } from './report.ts';
import { runInCuts, runInTagNames } from './run-in-tags.ts';
import {
  ADVISORY_FIELD,
  chatExportStamp,
  ircLine,
  ircTag,
  isChatHeader,
  isEditorLabelLine,
  isIrcLog,
  isNumberedLabelLine,
  MARKED_EMAIL,
  opensWithTimeItem,
  opensWithVoiceCode,
  parseAnchorTime,
  parseTag,
  printedHearingTag,
  roleWord,
  timecodeRange,
  trailingMediaRange,
  untaggedTimeAnchor,
  zoomChatMessage,
} from './tags.ts';
import {
  type FrontMatter,
  type Paragraph,
  type Root,
  type Segment,
  segmentsPosition,
  type TagMatch,
} from './tree.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * 1-based lines that follow a `<br>` in their paragraph of a web page (ingest's hint): the
     * paragraph goes on there, a sentence's end before one is no paragraph break.
     */
    continuedLines: ReadonlySet<number>;
    /**
     * 1-based lines that open with a speaker's label the input marks as one (ingest's hint: a
     * caption's `<v Name>`, a speech-to-text result's speaker, a table's speaker column).
     */
    tagLines: ReadonlySet<number>;
    /**
     * The width the text is hard-wrapped at, read from its lines (see textWrapWidth in
     * hard-wrap.ts; 0: none), for the rules that read a line on its own.
     */
    wrapWidth: number;
  }
}

/** Widest a hard-wrapped group may be narrower than its widest line (fraction). */
const WRAP_FILL = 0.7;
/** Share of a group's lines that must be filled for the group to count as hard-wrapped. */
const WRAP_SHARE = 0.6;
/** Narrowest wrap width taken for a hard wrap, in characters. */
const WRAP_MIN_WIDTH = 40;
/** Widest wrap width taken for a hard wrap: longer lines are whole paragraphs, one per line. */
const WRAP_MAX_WIDTH = 100;
const FRONT_MATTER_MAX_LINES = 200;

interface Line {
  line: number;
  offset: number;
  text: string;
  trimmed: string;
  blank: boolean;
  /** The speaker tag `trimmed` opens with, once read (undefined: not read yet). */
  tag?: TagMatch | null;
  /** The video column's cell of a two-column script's row (see {@link twoColumnCells}). */
  videoCell?: boolean;
  /** {@link isDirectionLine} of `trimmed`, once read (a line is looked at as next and as previous). */
  direction?: boolean;
  /** A record's procedural sentence (see recordLine). */
  record?: boolean;
  /** {@link examinerOf} of `trimmed` found a US transcript's examination header, once read. */
  examiner?: boolean;
  /** The line opens with a chat export's message stamp (see {@link chatExportStamp}), once read. */
  chat?: boolean;
}

/** The time opening a line no speaker's tag opens (`[00:00.000 --> 00:04.200]  text`), or null. */
function timedLine(line: Line): ReturnType<typeof untaggedTimeAnchor> {
  const c = line.trimmed.charCodeAt(0);
  if ((c !== 0x5b && c !== 0x28) || tagOf(line) !== null) return null;
  return untaggedTimeAnchor(line.trimmed);
}

function chatLine(line: Line): boolean {
  line.chat ??= chatExportStamp(line.trimmed) !== null || zoomChatMessage(line.trimmed) !== null;
  return line.chat;
}

function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function examinerLine(line: Line): boolean {
  line.examiner ??= examinerOf(line.trimmed) !== null || isExaminationHeading(line.trimmed);
  return line.examiner;
}

/** A name in capitals, maybe its province in brackets, and a dash (the Grand National Assembly). */
const DASH_RECORD_TAG = lazyRegExp(String.raw`^\p{Lu}[\p{Lu} ]{2,40}(?: \([^()]{1,30}\))? – `, 'u');

/**
 * A Duma's or Rada's tag whose function a wrap carried to the next line: the surname, the
 * initials and the comma before the function (`ЖЕЛЕЗНЯК Я.І., голова …` / `питань фінансів
 * (…). Дякую…`, `Жуков А. Д., фракция …`).
 */
const WRAPPED_SLAVIC_TAG = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’-]{1,30} \p{Lu}\. ?\p{Lu}\., \p{L}`,
  'u',
);

function recordTagLine(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x410 && c <= 0x42f
    ? chamberTag(t) !== null || WRAPPED_SLAVIC_TAG.test(t)
    : DASH_RECORD_TAG.test(t);
}

/** A UN noon briefing's heading: `**` and a few words, never closed, no sentence. */
const OPEN_BOLD_HEADING = lazyRegExp(String.raw`^\*\* ?\p{Lu}[^*.!?:]{0,80}$`, 'u');

/** Longest subject line read over a record's tag (see subjectOver). */
const SUBJECT_LINE_CHARS = 100;

/** A short line that ends no sentence over a line opening with a continental record's tag. */
function subjectOver(prev: Line, line: Line): boolean {
  return isSubjectText(prev.trimmed) && chamberTag(line.trimmed) !== null;
}

function isSubjectText(t: string): boolean {
  return t.length <= SUBJECT_LINE_CHARS && !endsWithSentencePunctuation(t) && HEADER_START.test(t);
}

/** A record's procedural sentence alone on the line (see isProceduralSentence), read once. */
function recordLine(line: Line): boolean {
  line.record ??= isProceduralSentence(line.trimmed);
  return line.record;
}

function directionLine(line: Line): boolean {
  line.direction ??= isDirectionLine(line.trimmed) || directionTime(line.trimmed) !== null;
  return line.direction;
}

/** Longest line read as a bracketed direction and its time (`[Applause] 1:02:03`). */
const DIRECTION_TIME_CHARS = 96;

/**
 * A direction in brackets and the time it happened, alone on a line (a saved meeting transcript's
 * `[Music] 10:16:00`, where a speaker's line reads `[Jane Doe] 10:15:32`): where the time starts
 * and the time as written, or null.
 */
function directionTime(trimmed: string): { written: string } | null {
  const open = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if ((open !== 0x5b && open !== 0x28) || last < 48 || last > 57) return null;
  if (trimmed.length > DIRECTION_TIME_CHARS) return null;
  const close = trimmed.indexOf(open === 0x5b ? ']' : ')');
  if (close === -1) return null;
  const written = trimmed.slice(close + 1).trim();
  if (!/^\d{1,2}:\d{2}(?::\d{2})?$/.test(written) || parseAnchorTime(written) === null) return null;
  const inner = trimmed.slice(1, close);
  // `[Marcus Bell] 10:02:24` is a speaker's header, not a bell's.
  if (!isDirectionText(inner) || isSoundSurnameName(inner)) return null;
  return { written };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/**
 * Two-column (A/V) scripts, as producers print them and paste them from a word processor: each
 * row is the video column's cell (`ANCHOR ON CAM`, `VO: FLOOD FOOTAGE`, `SOT: MARIA LOPEZ / FIRE
 * CHIEF`), a tab, and the audio column's text. The video cell is a cue; the audio cell is the
 * script. A header row `VIDEO<tab>AUDIO` may open the table.
 */
const AV_HEADER = avColumnHeads(String.raw`\t+`);
const AV_SPACED_HEADER = avColumnHeads(' {3,}');
/** Longest video cell. */
const MAX_VIDEO_CELL = 60;
/** Lines looked at to tell a two-column script. */
const COLUMN_SCAN_LINES = 400;

/**
 * A row's video cell and where its audio cell starts, or null: one run of tabs parts two
 * non-empty cells; the left is short and no speaker's tag (`JANE:`, `Q`) or timecode.
 */
function twoColumnCells(line: string, spaced = false): { left: string; rightAt: number } | null {
  // (Copied from a PDF, the columns are parted by a run of spaces: three or more.)
  const tab = spaced ? line.indexOf('   ') : line.indexOf('\t');
  if (tab <= 0) return null;
  let rightAt = tab;
  const gap = spaced ? 32 : 9;
  while (line.charCodeAt(rightAt) === gap) rightAt++;
  if (spaced && line.includes('   ', rightAt)) return null;
  const left = line.slice(0, tab).trim();
  const right = line.slice(rightAt);
  if (left === '' || left.length > MAX_VIDEO_CELL || right.trim() === '' || right.includes('\t'))
    return null;
  if (left.endsWith(':') || left === 'Q' || left === 'A' || /^\[?\d{1,2}:\d{2}/.test(left))
    return null;
  return { left, rightAt };
}

/**
 * True when the text is a two-column script: at least three rows of two cells, at least half of
 * its first lines, with a `VIDEO<tab>AUDIO` header or two video cells in a script's words.
 */
function isTwoColumnScript(text: string, spaced = false): boolean {
  if (!text.includes(spaced ? '   ' : '\t')) return false;
  let rows = 0;
  let lines = 0;
  let cues = 0;
  let header = false;
  let start = 0;
  for (let n = 0; n < COLUMN_SCAN_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') continue;
    lines++;
    if ((spaced ? AV_SPACED_HEADER : AV_HEADER).test(line.trim())) {
      header = true;
      continue;
    }
    const cells = twoColumnCells(line, spaced);
    // (The audio cell is words: a table of figures under its heads is none.)
    if (cells === null || !HAS_LETTER.test(line.slice(cells.rightAt))) continue;
    rows++;
    // (In capitals the script's words, `ANCHOR ON CAM`; in mixed case its shots, `Anchor on
    // camera`, `Wide of the docks`.)
    if (VIDEO_CELL_WORDS.test(cells.left) || VIDEO_CELL_PHRASES.test(cells.left)) cues++;
  }
  // (Parted by spaces, most video cells are in a script's words, or the heads are over them: a
  // name in a column of its own is a speaker's, see ./column-tags.)
  if (spaced) return rows >= 3 && rows * 2 >= lines && (header || cues * 2 >= rows);
  return rows >= 3 && rows * 2 >= lines && (header || cues >= 2);
}

/**
 * A two-column script exported as labelled rows (`VIDEO: Anchor on camera` / `AUDIO: Good
 * evening…`), as script editors print it when the table is flattened: the label names the
 * column. Group 1 is the label.
 */
const AV_LABEL = /^[ \t]*(VIDEO|VISION|PICTURES?|VISUALS?|AUDIO|SOUND)[ \t]*:[ \t]+(?=\S)/i;
const VIDEO_LABEL = /^(?:VIDEO|VISION|PICTURES?|VISUALS?)$/i;

/**
 * True when the text is such a script: two video rows and two audio rows at least, among its
 * first lines.
 */
function isLabelledAvScript(text: string): boolean {
  if (!/(?:^|\n)[ \t]*(?:AUDIO|SOUND)[ \t]*:/i.test(text)) return false;
  let video = 0;
  let audio = 0;
  let start = 0;
  for (let n = 0; n < COLUMN_SCAN_LINES && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const m = AV_LABEL.exec(text.slice(start, Math.min(end, start + 40)));
    start = end + 1;
    if (m === null) continue;
    if (VIDEO_LABEL.test(m[1] as string)) video++;
    else audio++;
    if (video >= 2 && audio >= 2) return true;
  }
  return false;
}

/**
 * A tag whose colon stands alone on the next line, as the Eduskunta's pages print it (`Puhemies
 * Paula Risikko` / `:`): the name's line opens a paragraph, the colon's line is its own.
 */
function colonBelow(line: Line, next: Line | undefined): boolean {
  if (next?.trimmed !== ':' || line.trimmed.length > MAX_COLON_TAG_CHARS) return false;
  const match = parseTag(`${line.trimmed}:`);
  return match !== null && match.rest === '';
}

/** Lines opening with an e-mail address as a label (see MARKED_EMAIL). */
const EMAIL_LABELS = /^[ \t]*[\w.+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,4}:[ \t]/gim;

/** Longest name line over a colon alone. */
const MAX_COLON_TAG_CHARS = 80;

/** The line's speaker tag, read once: a line is looked at as a paragraph start and as a next line. */
function tagOf(line: Line): TagMatch | null {
  if (line.tag === undefined) line.tag = parseTag(line.trimmed);
  return line.tag;
}

/**
 * Calls `visit` with each line of `text`, in order, and returns how many CR line breaks it saw.
 * Lines are handed over one at a time, not collected: a long transcript never holds them all.
 */
function forEachLine(
  text: string,
  offsetShift: number,
  visit: (line: Line) => void,
  indent = 0,
  shape = text,
): number {
  let start = 0;
  let carriageReturns = 0;
  let n = 1;
  // The next no-break space in the text, searched forward only: a line without one is spared
  // its own search.
  let nbsp = text.indexOf('\u00a0');
  const emit = (end: number) => {
    // The text's common indent (see {@link commonIndent}) is no line's own.
    let from = start;
    while (from < start + indent && from < end && text.charCodeAt(from) === 32) from++;
    const t = text.slice(from, end);
    if (nbsp !== -1 && nbsp < from) nbsp = text.indexOf('\u00a0', from);
    // A line with a no-break space is read from the text's shape (`shape`: the same text with
    // each one a space, the same length), sliced rather than rewritten line by line.
    const trimmed =
      nbsp !== -1 && nbsp < end
        ? trimAll(shape === text ? noBreakSpaces(t) : shape.slice(from, end))
        : trimAll(t);
    visit({ line: n++, offset: from + offsetShift, text: t, trimmed, blank: trimmed === '' });
  };
  // Line breaks found with indexOf (native); a CR (alone or before LF) is looked for only once.
  const hasCr = text.includes('\r');
  let i = 0;
  while (i < text.length) {
    let at = text.indexOf('\n', i);
    if (hasCr) {
      const cr = text.indexOf('\r', i);
      if (cr !== -1 && (at === -1 || cr < at)) {
        carriageReturns++;
        emit(cr);
        i = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        start = i;
        continue;
      }
    }
    if (at === -1) at = text.length;
    if (at === text.length) break;
    emit(at);
    i = at + 1;
    start = i;
  }
  emit(text.length);
  return carriageReturns;
}

/**
 * `text` with each no-break space a plain space: a word processor's or a web page's paste
 * (`JANE DOE:\u00a0Good evening`, `Jane\u00a0Doe  0:01`, every space a no-break one) is read as
 * the same text typed with spaces. The line's shape is told from this copy; the segment's text
 * keeps the characters, which the whitespace rule replaces and reports. Same length, so offsets
 * and columns hold.
 */
function noBreakSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/**
 * The spaces every line that is not blank opens with (a text pasted from an indented block, a
 * quote or a mail client's view: every line two spaces in), or 0. Read until the first line
 * without an indent: most texts tell at their first line. A first-line indent, a centred
 * heading or a screenplay's columns stay relative to it.
 */
function commonIndent(text: string): number {
  let min = Number.POSITIVE_INFINITY;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    let i = at;
    while (i < end && text.charCodeAt(i) === 32) i++;
    let j = i;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j < end && !(j === end - 1 && text.charCodeAt(j) === 13)) {
      min = Math.min(min, i - at);
      if (min === 0) return 0;
    }
    at = end + 1;
  }
  return Number.isFinite(min) ? min : 0;
}

/** Fewest blank lines inside sentences or records that tell a copy with a blank line after every line. */
const MIN_SPACED_BREAKS = 2;

/** A time alone on its line (`0:15`, `00:00:04`): a panel's, a meeting tool's, a podcast app's. */
const BARE_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** A header line that ends with its time (`Rachel Osei  9:02 AM`, `Host 00:01:05`). */
const ENDS_WITH_TIME = /\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?$/;

/** A speaker's label alone on its line: `Reporterin:`, `SPEAKER: S1`, `SONORA:`. */
const LABEL_LINE = /^[^\s:][^:]{0,30}:(?:\s*\S{1,12})?$/;

/** A cue's or speaker's label in brackets opening its line: `[앵커]`, `【同期】北京市民`, `(Reporter)`. */
const BRACKET_LABEL = /^[[【(（〔][^\]】)）〕]{1,30}[\]】)）〕]/;

/** A time range alone on its line (`00:00:00:00 - 00:00:07:12`), or a time in brackets. */
const TIME_RANGE =
  /^[[(]?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d{1,3})?[\])]?(?:\s*(?:-->|-|–)\s*[[(]?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d{1,3})?[\])]?)?$/;

/** A time in brackets opening the words (`(00:00:14) Thanks for having me`). */
const OPENING_TIME = /^[[(]\d{1,2}(?::\d{2}){1,2}[\])]\s/;

/** A live text's minute alone (`72'`, `90+3'`). */
const MATCH_MINUTE = /^\d{1,3}(?:\+\d{1,2})?['’]$/;

/**
 * A line of a tool's export that opens every line with its stamp: whisper.cpp's segment
 * (`[00:00:03.480 --> 00:00:06.920]`), a chat export's date and time (`14/10/2025, 06:41 -`).
 */
const STAMPED_LINE =
  /^(?:\[\d{1,2}:\d{2}:\d{2}[.,]\d{3} --> |\[?\d{1,4}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2})/;

/**
 * What tells that one blank line between two lines of text is a line break a copy put there, not
 * a paragraph break: 1 when the line below goes on a sentence the line above has not ended (in
 * lower case), or the two are one record of a convention: a time, a time range or a header
 * ending in a time over its words (a caption panel's, an editor's, a chat's), a name over its
 * words opening with a bracketed time, a live text's minute over its entry, a speaker's or cue's
 * label over its words (`SPEAKER: S1`, `Sprecher:`, `[앵커]`, `【同期】…：`, `(Reporter)`); 2 (a
 * record whose lines read the same apart or together) when a name is over its time (a meeting
 * tool's, a podcast app's), a caption's `>>` line is over a line of its voice, both are a
 * markdown table's rows or lines stamped alike (whisper.cpp's, a chat export's); 0 when nothing
 * tells. (A court transcript's numbered lines double-spaced are the line-numbers plugin's.)
 */
function spacedBreak(above: string, below: string): number {
  if (above.charCodeAt(0) === 124 && below.charCodeAt(0) === 124) {
    if (above.endsWith('|') && below.endsWith('|')) return 2;
  }
  if (STAMPED_LINE.test(above) && STAMPED_LINE.test(below)) return 2;
  // A caption's `>>` opens a voice whether its lines touch or not; the lines under it are its.
  if (above.startsWith('>> ') && !below.startsWith('>')) return 2;
  const sentenceEnd = endsWithSentencePunctuation(above);
  if (!sentenceEnd && opensLowerCase(below.slice(0, 2))) return 1;
  // A line that stops mid-sentence (`MARTA ALVAREZ,`, `as follows;`): no paragraph ends so.
  const end = above.charCodeAt(above.length - 1);
  if (end === 44 || end === 59 || end === 0x3001 || end === 0xff0c) return 1;
  if (BARE_TIME.test(above)) return BARE_TIME.test(below) ? 0 : 1;
  if (above.length <= 60 && !sentenceEnd) {
    if (BARE_TIME.test(below) && !above.includes(':')) return 2;
    if (TIME_RANGE.test(below) || TIME_RANGE.test(above))
      return TIME_RANGE.test(below) && TIME_RANGE.test(above) ? 0 : 1;
    if (OPENING_TIME.test(below) && !above.includes(':')) return 1;
    if (ENDS_WITH_TIME.test(above) || MATCH_MINUTE.test(above)) return 1;
    if (LABEL_LINE.test(above) || BRACKET_LABEL.test(above)) return 1;
    // A label's colon after a time in it (`Intervenant 1 (00:00:03) :`), or a full-width one.
    const last = above.charCodeAt(above.length - 1);
    if (last === 58 || last === 0xff1a) return 1;
  }
  return 0;
}

/**
 * A copy that put a blank line after every line (a page whose every line was a paragraph, some
 * editors' paste): no two lines of text touch, and lines parted by one blank line are told as
 * one paragraph's by {@link spacedBreak} at least twice and at least once in four single blank
 * lines, with paragraphs parted by two blank lines or more. A copy of a text that had no blank
 * line has no such paragraph break: there records that read the same apart (a name over its
 * time, table rows) must tell at least one single blank line in three. A text of one-line
 * paragraphs parted by blank lines has no such break: a paragraph ends its sentence, or the next
 * opens a new one; an agenda's time over its item alone is no record that reads the same.
 * Linear: read until the first two lines of text that touch (most texts tell at their second).
 */
function isSpacedCopy(text: string): boolean {
  let prevFrom = -1;
  let prevTo = -1;
  let blanks = 0;
  let singles = 0;
  let inside = 0;
  let same = 0;
  let doubles = 0;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    let from = at;
    // (A CRLF line's CR is no text.)
    while (from < end && (isSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 13)) from++;
    at = end + 1;
    if (from === end) {
      blanks++;
      continue;
    }
    if (prevFrom !== -1) {
      // Two lines of text touching: no copy of this kind (most texts tell at their second line).
      if (blanks === 0) return false;
      if (blanks === 1) {
        singles++;
        const told = spacedBreak(
          text.slice(prevFrom, prevTo).trimEnd(),
          trimAll(text.slice(from, end)),
        );
        if (told > 0) inside++;
        if (told === 2) same++;
      } else doubles++;
    }
    prevFrom = from;
    prevTo = end;
    blanks = 0;
  }
  if (doubles > 0) return inside >= MIN_SPACED_BREAKS && inside * 4 >= singles;
  return same >= MIN_SPACED_BREAKS && same * 3 >= singles;
}

/**
 * A copy with a blank line after every line without those blank lines (one pass): a single blank
 * line dropped, a run of two or more one shorter. Only the text-wide shape reads it.
 */
function unspacedCopy(text: string): string {
  const out: string[] = [];
  let blanks = 0;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.trim() === '') {
      blanks++;
      continue;
    }
    for (let k = 1; k < blanks; k++) out.push('');
    out.push(line);
    blanks = 0;
  }
  for (let k = 1; k < blanks; k++) out.push('');
  return out.join('\n');
}

/** A paragraph's lines joined by single spaces, or by none between two unspaced characters. */
function joinLines(para: readonly Line[]): string {
  let glued = false;
  for (let k = 1; k < para.length && !glued; k++) {
    const before = (para[k - 1] as Line).trimmed;
    glued =
      isUnspacedCode(before.charCodeAt(before.length - 1)) &&
      isUnspacedCode((para[k] as Line).trimmed.charCodeAt(0));
  }
  // Nearly every text: one join (never a character read off the growing string, which would
  // flatten it again for every line).
  if (!glued) return para.map((l) => l.trimmed).join(' ');
  const parts: string[] = [(para[0] as Line).trimmed];
  for (let k = 1; k < para.length; k++) {
    const before = (para[k - 1] as Line).trimmed;
    const next = (para[k] as Line).trimmed;
    const tight =
      isUnspacedCode(before.charCodeAt(before.length - 1)) && isUnspacedCode(next.charCodeAt(0));
    parts.push(tight ? next : ` ${next}`);
  }
  return parts.join('');
}

/** A front matter value as YAML reads it (quotes a word processor made curly read as YAML's). */
function unquoteYaml(value: string): string {
  const v = smartQuotedYaml(value.trim());
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v.slice(1, -1).replace(/\\(["\\/_ntN]|u[0-9a-fA-F]{4})/g, (_m, e: string) => {
      if (e === '_') return '\u00a0';
      if (e === 'n') return '\n';
      if (e === 't') return '\t';
      if (e === 'N') return '\u0085';
      if (e.startsWith('u')) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
      return e;
    });
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'"))
    return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** `“…”` and `‘…’` around a whole value (smart quotes over YAML's straight ones) as `"…"`, `'…'`. */
function smartQuotedYaml(v: string): string {
  if (v.length < 2) return v;
  const open = v.charCodeAt(0);
  const close = v.charCodeAt(v.length - 1);
  if (open === 0x201c && close === 0x201d) return `"${v.slice(1, -1)}"`;
  if (open === 0x2018 && close === 0x2019) return `'${v.slice(1, -1)}'`;
  return v;
}

function readFrontMatter(lines: Line[]): { node: FrontMatter; next: number } | null {
  const first = lines[0];
  if (first?.text.trim() !== '---') return null;
  const limit = Math.min(lines.length, FRONT_MATTER_MAX_LINES);
  for (let i = 1; i < limit; i++) {
    const t = lines[i]?.text.trim();
    if (t !== '---' && t !== '...') continue;
    const body = lines.slice(1, i);
    const fields: Record<string, string> = {};
    let yamlish = body.length > 0;
    for (const l of body) {
      const m = /^([A-Za-z_][\w-]{0,40}):(?:\s(.*))?$/.exec(l.text);
      if (m?.[1]) fields[m[1]] = unquoteYaml(m[2] ?? '');
      else if (!/^\s/.test(l.text) && l.text.trim() !== '') yamlish = false;
    }
    if (!yamlish) return null;
    const last = lines[i] ?? first;
    const node: FrontMatter = {
      type: 'frontMatter',
      value: lines
        .slice(0, i + 1)
        .map((l) => l.text)
        .join('\n'),
      fields,
      position: {
        start: { line: first.line, column: 1, offset: first.offset },
        end: {
          line: last.line,
          column: last.text.length + 1,
          offset: last.offset + last.text.length,
        },
      },
    };
    return { node, next: i + 1 };
  }
  return null;
}

/** Fewest line ends that tell a group of lines ending their sentences from a wrap. */
const MIN_ENDED_LINES = 4;

function isHardWrapped(group: Line[]): boolean {
  if (group.length < 2) return false;
  let width = 0;
  for (const l of group) width = Math.max(width, l.trimmed.length);
  if (width < WRAP_MIN_WIDTH || width > WRAP_MAX_WIDTH) return false;
  let filled = 0;
  // In a script without capitals, lines that end their sentences, most of them: a wrap breaks
  // lines inside sentences, and no lower-case start tells it there (`…أزمة المياه.` / `محمد
  // المختار: …`).
  let ends = 0;
  // In any script, lines that all end their sentences, most of them, with none going on in lower
  // case: a web page's paragraphs one a line (a transcript's turns of one width), no wrap.
  let lower = 0;
  // (A text in capitals tells no continuation by its case: captions, a script.)
  let cased = false;
  const caseless = isCaselessLetter((group[0] as Line).trimmed[0] ?? '');
  for (let i = 0; i < group.length - 1; i++) {
    const t = group[i]?.trimmed ?? '';
    if (t.length >= width * WRAP_FILL) filled++;
    if (endsWithSentencePunctuation(t)) ends++;
    if (!caseless && STARTS_LOWERCASE.test(group[i + 1]?.trimmed ?? '')) lower++;
    if (!cased && HAS_LOWERCASE.test(t)) cased = true;
  }
  return (
    filled >= (group.length - 1) * WRAP_SHARE &&
    ((!caseless && (lower > 0 || !cased || group.length < MIN_ENDED_LINES + 1)) ||
      ends * 2 <= group.length - 1)
  );
}

/** A question's or an answer's mark and a spaced dash opening a line (`Q – `, `R — `). */
const DASHED_MARK = /^[QAPR] [—–-] [^ ]/;

function isDirectionLine(trimmed: string): boolean {
  const open = trimmed[0];
  const close = trimmed[trimmed.length - 1];
  // A cue set in bold, as a script pasted with its markdown writes it (`**VO**`, `**SOT**`).
  if (open === '*' && trimmed.length > 4 && trimmed.startsWith('**') && trimmed.endsWith('**'))
    return isDirectionLine(trimmed.slice(2, -2).trim());
  // In brackets or braces: a segment marker or instruction (`[TAG]`, `{ANCHOR ON CAM}`), a stage
  // direction (`(APPLAUSE)`); between music notes, music.
  if ((open === '(' && close === ')') || (open === '[' && close === ']') || open === '{') {
    return (
      isScriptMarkerLine(trimmed) ||
      isHansardMark(trimmed) ||
      (open !== '{' && isDirectionText(trimmed.slice(1, -1)))
    );
  }
  if (isMusicLine(trimmed)) return true;
  // A script's cue in angle brackets (`<ANCHOR ON CAM>`, `<<TAKE VO>>`).
  if (open === '<' && close === '>') return isScriptMarkerLine(trimmed);
  // An iNEWS instruction between double hashes (`##TAKE VO##`).
  if (open === '#' && isMarkedCueLine(trimmed)) return true;
  // A Japanese or Chinese script's cue in its own brackets (`【VTR】`, `（拍手）`).
  if ((open === '【' && close === '】') || (open === '（' && close === '）'))
    return isScriptMarkerLine(trimmed);
  // A script cue on a line of its own (`СИНХРОН`, `лайф`, `SOT`), a wire section, a Hansard mark:
  // short lines only.
  if (
    trimmed.length <= 16 &&
    (isScriptCue(trimmed) || isWireSection(trimmed) || isHansardMark(trimmed))
  )
    return true;
  // A newsroom script's production line (`SUPER: …`, `IN: "…"`, `RUNS :12`).
  return isProductionLine(trimmed);
}

/**
 * A sentence ends inside the line and the next one goes on (`…Good evening. We're joined now by
 * the county's`): a hard-wrapped paragraph's line, no header's. A word of two lower-case letters
 * or more before the stop (`Mr. Smith at`, `U.S. Capitol`, `Jan. 5` are no sentence's end);
 * lines shorter than a wrap are not searched.
 */
const SENTENCE_INSIDE = lazyRegExp(String.raw`\p{Ll}{2}[.!?] \p{Lu}[\p{Ll}'’]* \p{Ll}`, 'u');
const SENTENCE_INSIDE_MIN_CHARS = 40;

function endsSentenceInside(t: string): boolean {
  return t.length >= SENTENCE_INSIDE_MIN_CHARS && SENTENCE_INSIDE.test(t);
}

/** Most lines of a document's opening block read as separate header lines. */
const HEADER_MAX_LINES = 12;
/** Longest header line: a headline, a date line, a programme or a file name. */
const HEADER_MAX_CHARS = 100;

const HEADER_START = lazyRegExp(String.raw`^[\p{Lu}\d[(\p{Script=Arabic}\p{Script=Hebrew}]`, 'u');

/**
 * The opening lines of a document that are separate header lines (a programme name, a headline, a
 * date, `Attendees`, a file name): short lines opening with a capital, a digit or a bracket, none
 * ending a sentence, in a block that is not a hard-wrapped paragraph. Returns how many lines open
 * the group so (0 under two: a wrapped sentence's next line opens in lower case, prose ends its
 * sentences).
 */
function headerLines(group: Line[], wrapped: boolean, bare = false, textWidth = 0): number {
  // A transcript's timed speaker lines (`00:00:00` / `Speaker 1` / text) are no header.
  if (
    wrapped ||
    (group.length > 2 && isTimedNamePair(group[0] as Line, group[1] as Line, group[2], bare))
  )
    return 0;
  let k = 0;
  while (k < group.length && k < HEADER_MAX_LINES) {
    const t = (group[k] as Line).trimmed;
    // An icon font's glyph name (`search`, `play`) copied with a page's header is one of its lines.
    if (
      t.length > HEADER_MAX_CHARS ||
      (!HEADER_START.test(t) && !(t.length <= 14 && ICON_LABEL.test(t))) ||
      endsWithSentencePunctuation(t) ||
      endsSentenceInside(t) ||
      // A line the text's wrap broke before the next (see wrapFellAt): prose, no header's line.
      (k + 1 < group.length && wrapFellAt(t, (group[k + 1] as Line).trimmed, textWidth))
    )
      break;
    k++;
  }
  // A story page's headline over its standfirst, the byline or the date a few lines below
  // (`Ferry operator warns of $4M shortfall` / `The service could stop by summer.` / `By Jane
  // Doe`): the headline is a line of its own.
  if (k === 1 && isHeadlineOverStandfirst(group)) return 1;
  // A longer run is a pasted page, read line by line by the furniture rules; a prefix whose next
  // line opens in lower case is a wrapped sentence (`could now go` / `Home` / `after the water`).
  if (k < 2 || k >= HEADER_MAX_LINES) return 0;
  const next = group[k]?.trimmed ?? '';
  return STARTS_LOWERCASE.test(next) ? 0 : k;
}

/** Lines under a standfirst looked at for the page's byline or date. */
const STANDFIRST_BYLINE_LINES = 3;
/** Longest standfirst: a sentence or two under the headline. */
const STANDFIRST_MAX_CHARS = 300;

/**
 * The opening group is a story page's headline (its first line, no sentence), a standfirst of a
 * sentence or two opening in a capital, then within three lines the byline or the date.
 */
function isHeadlineOverStandfirst(group: readonly Line[]): boolean {
  const standfirst = group[1]?.trimmed ?? '';
  if (
    group.length < 3 ||
    standfirst.length > STANDFIRST_MAX_CHARS ||
    !endsWithSentencePunctuation(standfirst) ||
    !STARTS_UPPERCASE.test(standfirst) ||
    tagOf(group[1] as Line) !== null
  )
    return false;
  for (let i = 2; i < Math.min(group.length, 2 + STANDFIRST_BYLINE_LINES); i++) {
    const reason = classifyLine((group[i] as Line).trimmed);
    if (reason === 'byline' || reason === 'dateline') return true;
  }
  return false;
}

/** A line that is only an elapsed time with hours and seconds (`00:05:07`, `1:02:03`). */
const ELAPSED_TIME_LINE = /^\d{1,2}:[0-5]\d:[0-5]\d$/;

/** Longest line that is only a time (`00:00:15`, `1:02:03.45`). */
const TIME_LINE_CHARS = 12;

/**
 * A line that is only an elapsed time with hours (`00:00:15`, `1:02:03.5`): a clock reading
 * (`10:30`) may be an agenda's, so the two-field form is not enough here.
 */
function isTimeLine(line: Line): boolean {
  const t = line.trimmed;
  if (t.length > TIME_LINE_CHARS) return t.length <= TIMECODE_LINE_CHARS && isTimecodeRange(t);
  return /^\d{1,3}:\d{2}:\d{2}/.test(t) && parseAnchorTime(t) !== null;
}

/** Longest line that is only a timecode range (`[00:00:06.400 --> 00:00:14.080]`). */
const TIMECODE_LINE_CHARS = 36;

/**
 * The start (ms) of a line that is only a timecode range (Premiere Pro `00:00:06:10 -
 * 00:00:14:02`, a transcript tool's `[00:01:02] --> [00:01:09]` or `[01:02] --> [01:09]`), or null.
 */
function rangeLineMs(t: string): number | null {
  const range = timecodeRange(t, 0);
  return range !== null && range.end === t.length ? range.ms : null;
}

function isTimecodeRange(t: string): boolean {
  return rangeLineMs(t) !== null;
}

/**
 * A time alone on its line and a speaker's name alone on the next, or the name first, the words
 * on the lines after (Happy Scribe: `00:00:15` / `Rosa Alvarez` / text; meeting exports: `Lena
 * Fischer` / `00:00:04` / text; Premiere Pro: `00:00:06:10 - 00:00:14:02` / `Speaker 2` / text):
 * the two lines are the tag.
 */
function isTimedNamePair(first: Line, second: Line, text: Line | undefined, bare = false): boolean {
  if (text === undefined) return false;
  // In a podcast app's transcript (see {@link hasStampedNames}) the name's time has no hours.
  const timeFirst = isTimeLine(first) || (bare && isBareTimestamp(first));
  const timeSecond = isTimeLine(second) || (bare && !timeFirst && isBareTimestamp(second));
  if (timeFirst === timeSecond) return false;
  if ((timeFirst ? second : first).trimmed.includes(':')) return false;
  const match = parseTag(`${first.trimmed} ${second.trimmed}`);
  return match !== null && match.rest === '' && tagOf(text) === null;
}

/** Fewest records of an editor's transcript export (see {@link editorTranscriptLabels}). */
const MIN_EDITOR_RECORDS = 2;

/**
 * A video editor's transcript exported as text (Premiere Pro: `00:00:06:10 - 00:00:14:02` /
 * `Speaker 2` / the words, a blank line between): the line under each range is its speaker's
 * label whatever it says (`Unknown`, a speaker renamed `Maria` or `Lund`), when every range
 * alone on its line opens such a record, two or more (with a label of one word, a label twice).
 * The labels, or null for another text.
 */
function editorTranscriptLabels(text: string): Set<string> | null {
  if (text.indexOf(' - ') === -1 && text.indexOf(' – ') === -1) return null;
  const lines = text.split('\n');
  const labels = new Set<string>();
  let records = 0;
  let oneWord = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.length > TIMECODE_LINE_CHARS || !/^\d/.test(t) || !isTimecodeRange(t)) continue;
    const label = (lines[i + 1] ?? '').trim();
    const words = (lines[i + 2] ?? '').trim();
    // (A script's cue under its time, `SOT`, `VO`: a rundown's, not a transcript's speaker.)
    if (!isEditorLabelLine(label) || isScriptCue(label) || words === '' || isTimecodeRange(words))
      return null;
    labels.add(label);
    records++;
    if (!label.includes(' ') && !UNKNOWN_LABEL.test(label)) oneWord = true;
  }
  // A word alone under each range may be a caption's (`Welcome` / `The ferry left…`): labels
  // of one word are speakers when one of them speaks again.
  if (oneWord && labels.size === records) return null;
  return records >= MIN_EDITOR_RECORDS ? labels : null;
}

/** Premiere Pro's label for a voice it did not tell: an unnamed speaker, not a person `Unknown`. */
const UNKNOWN_LABEL = /^unknown$/i;

/**
 * The tag of an editor's speaker label (see {@link editorTranscriptLabels}), the whole line;
 * null when it names nobody.
 */
function editorLabelTag(label: string): TagMatch | null {
  const read = parseTag(UNKNOWN_LABEL.test(label) ? 'Unknown Speaker:' : `${label}:`);
  if (read === null || read.rest !== '') return null;
  return { tag: { ...read.tag, raw: label }, rest: '', end: label.length };
}

/** A line opening with two spaces or a tab: a first-line indent. */
function isIndented(line: Line): boolean {
  const t = line.text;
  return t.startsWith('  ') || t.startsWith('\t');
}

/**
 * A block whose paragraphs open with an indent (the Congressional Record's two spaces, the
 * continuation lines flush left): at least two lines of each kind, the first line indented.
 */
function hasFirstLineIndents(group: Line[]): boolean {
  // (Its first paragraph goes on flush left: two lines indented first are one wrapped paragraph
  // set in, a deposition's `(Whereupon, Exhibit 12 was` / `marked for identification.)`.)
  if (group.length < 4 || !isIndented(group[0] as Line) || isIndented(group[1] as Line))
    return false;
  let indented = 0;
  for (const line of group) if (isIndented(line)) indented++;
  return indented >= 2 && group.length - indented >= 2;
}

/** A time alone on its line (`0:00`, `12:04`, `1:02:03`): a copied caption panel's timestamp. */
function isBareTimestamp(line: Line | undefined): boolean {
  const t = line?.trimmed ?? '';
  return t.length <= 8 && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(t);
}

/** A caption's time opening its line (`0:03 channel today we're`), not a clock (`10:04 a.m.`). */
const STAMP_OPENING = /^(\d{1,2}:\d{2}(?::\d{2})?)[ \t]+(?![AaPp]\.?[Mm]\b)(?=\S)/;

/** A caption's time in parentheses opening its line (a transcript site's `(0:03) channel today`). */
const PAREN_STAMP_OPENING = /^\((\d{1,2}:\d{2}(?::\d{2})?)\)[ \t]+(?=\S)/;

/**
 * A caption panel copied one caption a line after its time (`0:00 hi everyone`, a transcript
 * extension's copy; `(0:00) hi everyone`, a transcript site's): the group as time lines and
 * caption lines, the shape {@link splitPanel} reads, or null. Lines without a time (a chapter
 * title, `[Music]`) stay as they are; a line a speaker's tag opens (`00:00:05 Speaker 1: …`)
 * leaves the group to the tag reader.
 */
function inlinePanel(group: readonly Line[]): Line[] | null {
  // Made at the first time only: nearly every group has none, and then no copy of its lines.
  let out: Line[] | null = null;
  let inline = 0;
  for (let i = 0; i < group.length; i++) {
    const line = group[i] as Line;
    const m = STAMP_OPENING.exec(line.trimmed) ?? PAREN_STAMP_OPENING.exec(line.trimmed);
    if (m === null) {
      out?.push(line);
      continue;
    }
    out ??= group.slice(0, i);
    // A voice's code after the time (Scribie's `00:00 S1: …`) is a tag the speakers plugin reads.
    if (tagOf(line) !== null || opensWithVoiceCode(line.trimmed.slice(m[0].length))) return null;
    inline++;
    // The time (only its line and text are read), then the caption where it starts.
    const at = line.text.length - line.text.trimStart().length + m[0].length;
    const rest = line.text.slice(at);
    const stamp = m[1] as string;
    out.push(
      { ...line, text: stamp, trimmed: stamp },
      { ...line, offset: line.offset + at, text: rest, trimmed: trimAll(rest), tag: undefined },
    );
  }
  return out !== null && inline * 2 >= group.length ? out : null;
}

/**
 * A caption panel's time read out for a screen reader, copied with it (YouTube's transcript
 * panel: `0:03` / `3 seconds` / the caption, `1:05` / `1 minute, 5 seconds`): the units of the
 * time in English, German, French, Spanish, Italian or Portuguese. Bounded: linear.
 */
const SPOKEN_TIME =
  /^(?:(\d{1,2}) (?:hours?|stunden?|heures?|horas?|ore|ora)(?:,? | (?:and|und|et|y|e) |$))?(?:(\d{1,2}) (?:minutes?|minuten?|minutos?|minuti|minuto)(?:,? | (?:and|und|et|y|e) |$))?(?:(\d{1,2}) (?:seconds?|sekunden?|secondes?|segundos?|secondi|secondo|segundo))?$/i;

/** A time alone on its line, then a number and a word opening the next line of text. */
const SPOKEN_STAMP_HINT = lazyRegExp(
  String.raw`\d:\d\d[ \t]*\r?\n(?:[ \t]*\r?\n){0,3}[ \t]*\d{1,2} \p{L}`,
  'u',
);
/** Fewest times read out of a panel that reads its times out. */
const MIN_SPOKEN_STAMPS = 2;

/**
 * A caption panel copied with its times read out (see {@link SPOKEN_TIME}): two times or more,
 * half the panel's times or more, each with its reading on the next line of text. A plan's
 * `0:30` / `30 seconds` (a length, not the time again) is no such panel.
 */
function hasSpokenStamps(text: string): boolean {
  if (!SPOKEN_STAMP_HINT.test(text)) return false;
  const lines = text.split('\n');
  let stamps = 0;
  let spoken = 0;
  let stamp: string | null = null;
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '') continue;
    if (stamp !== null && isSpokenStamp(stamp, t)) spoken++;
    stamp = null;
    if (t.length <= 8 && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(t)) {
      stamps++;
      stamp = t;
    }
  }
  return spoken >= MIN_SPOKEN_STAMPS && spoken * 2 >= stamps;
}

/** True when `line` reads out the time `stamp` (`1 minute, 5 seconds` under `1:05`). */
function isSpokenStamp(stamp: string, line: string): boolean {
  if (line.length > 60 || !/^\d/.test(line)) return false;
  const m = SPOKEN_TIME.exec(line);
  if (m === null) return false;
  const fields = stamp.split(':').map(Number);
  const seconds = fields.reduce((sum, f) => sum * 60 + f, 0);
  const said = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return said === seconds;
}

/** Fewest timestamps of a copied caption panel. */
const MIN_PANEL_STAMPS = 4;

/**
 * A caption panel copied as text (YouTube's "Show transcript"): timestamp lines alternating with
 * caption lines, each timestamp followed by its caption, timestamps a third of the lines or more.
 */
function isTimestampPanel(group: Line[]): boolean {
  let stamps = 0;
  /** Caption lines under a caption line of a wrap's width: the caption's words hard-wrapped. */
  let wrappedLines = 0;
  let firstMs: number | null = null;
  let lastMs = -1;
  for (let i = 0; i < group.length; i++) {
    const line = group[i] as Line;
    if (!isBareTimestamp(line)) {
      // (A time alone is shorter than a wrap: the length alone tells the line above a caption.)
      if (i > 0 && (group[i - 1] as Line).trimmed.length >= WRAPPED_LINE_MIN_CHARS) wrappedLines++;
      continue;
    }
    const next = group[i + 1];
    if (next === undefined || isBareTimestamp(next)) return false;
    // The panel's times run forward from the video's start.
    const ms = parseAnchorTime(line.trimmed);
    if (ms === null || ms <= lastMs) return false;
    firstMs ??= ms;
    lastMs = ms;
    stamps++;
  }
  if (stamps * 3 < group.length - wrappedLines) return false;
  if (stamps < MIN_PANEL_STAMPS) return isShortClipPanel(group, stamps, firstMs);
  if (firstMs === 0 && isChapterTimes(group, stamps, lastMs)) return false;
  // From the video's first minute, or captions in lower case (automatic captions): not a
  // schedule (`10:30` / `Council opens` / `11:00` / `Budget vote`). The captions are read for
  // their case only here, in a group of timestamps (not in every group of the text).
  if ((firstMs ?? 0) < PANEL_START_MS) return true;
  let lower = 0;
  // Broadcast captions are in capitals (`>> CHAIR: THANK YOU THE NEXT SPEAKER`): captions in
  // capitals of several words each, or with a `>>` voice change, read as lower case ones do.
  let caps = 0;
  let capsWords = 0;
  let chevrons = false;
  for (const line of group) {
    if (isBareTimestamp(line)) continue;
    const t = line.trimmed;
    if (STARTS_LOWERCASE.test(t)) lower++;
    else if (HAS_UPPERCASE.test(t) && !HAS_LOWERCASE.test(t)) {
      caps++;
      capsWords += t.split(' ').length;
      if (t.startsWith('>>')) chevrons = true;
    }
  }
  const captions = group.length - stamps;
  if (lower * 2 >= captions) return true;
  if (caps * 2 >= captions && (chevrons || capsWords >= PANEL_CAPTION_WORDS * caps)) return true;
  return isMidVideoPanel(group, stamps, lastMs - (firstMs ?? 0));
}

/** Least mean step between a chapter list's times (a panel's captions are seconds apart). */
const CHAPTER_STEP_MS = 30_000;

/**
 * A podcast's or a video's chapter list (`0:00 Cold open` / `3:05 Who pays` / `21:30 …`), no
 * panel: from the start, its times minutes apart on average, under short titles in capitals (no
 * sentence, no colon). The furniture plugin reads it as the page's chapter list.
 */
function isChapterTimes(group: readonly Line[], stamps: number, lastMs: number): boolean {
  if (lastMs / (stamps - 1) < CHAPTER_STEP_MS) return false;
  for (const line of group)
    if (!isBareTimestamp(line) && (!isChapterLine([line]) || STARTS_LOWERCASE.test(line.trimmed)))
      return false;
  return true;
}

/**
 * A short clip's panel, two or three times (`0:00` / `good evening and welcome` / `0:03` /
 * `tonight we look at…`): from the video's first minute, every caption in lower case, as
 * automatic captions are (an agenda's or a recipe's steps open with capitals).
 */
function isShortClipPanel(group: readonly Line[], stamps: number, firstMs: number | null): boolean {
  if (stamps < 2 || (firstMs ?? 0) >= PANEL_START_MS) return false;
  for (const line of group)
    if (!isBareTimestamp(line) && !STARTS_LOWERCASE.test(line.trimmed)) return false;
  return true;
}

/** A copied panel starts within the video's first minute. */
const PANEL_START_MS = 60_000;

/** Longest mean step between a panel's times copied from mid-video (captions last seconds). */
const PANEL_MEAN_STEP_MS = 10_000;
/** Longest line of a piece of a panel copied with blank lines (a caption, two caption lines). */
const PANEL_CAPTION_CHARS = 120;
/** Fewest words a caption of a panel copied from mid-video has on average. */
const PANEL_CAPTION_WORDS = 3;

/**
 * Captions copied from mid-video (`12:41` / `So the council has now confirmed` / `12:44` / …):
 * the times a few seconds apart on average, not all on a multiple of five seconds, under captions
 * of several words. An agenda (`10:30` / `Council opens` / `11:00`) keeps its round times, a
 * timetable its short names.
 */
function isMidVideoPanel(group: readonly Line[], stamps: number, spanMs: number): boolean {
  if (stamps < 2 || spanMs / (stamps - 1) > PANEL_MEAN_STEP_MS) return false;
  let offRound = false;
  let words = 0;
  let captions = 0;
  for (const line of group) {
    if (isBareTimestamp(line)) {
      const seconds = Number(line.trimmed.slice(line.trimmed.lastIndexOf(':') + 1));
      if (seconds % 5 !== 0) offRound = true;
      continue;
    }
    captions++;
    words += line.trimmed.split(/\s+/).length;
  }
  return offRound && words >= PANEL_CAPTION_WORDS * captions;
}

/** Longest chapter title of a copied panel. */
const CHAPTER_CHARS = 80;

/** A group of one short line without a sentence's end or a colon: a video chapter's title. */
function isChapterLine(group: readonly Line[]): boolean {
  const t = group.length === 1 ? (group[0] as Line).trimmed : '';
  return (
    t !== '' &&
    t.length <= CHAPTER_CHARS &&
    !t.includes(':') &&
    !endsWithSentencePunctuation(t) &&
    !isBareTimestamp(group[0])
  );
}

/** A caption alone in its group (a copy with a blank line after every line): short lines, no time. */
function isPanelCaption(group: readonly Line[]): boolean {
  if (group.length > 2) return false;
  for (const line of group)
    if (line.trimmed.length > PANEL_CAPTION_CHARS || isBareTimestamp(line)) return false;
  return true;
}

/**
 * A piece of a caption panel copied with a blank line after each caption: a time over its
 * caption (`0:04` / `Tonight we look at`), a chapter title over both, or a caption after its
 * time on one line (`0:04 Tonight we look at`).
 */
function isPanelPiece(group: readonly Line[]): boolean {
  if (group.length > 4) return false;
  // A caption is a screenful; a timed transcript's paragraph under its time is not one.
  for (const line of group) if (line.trimmed.length > PANEL_CAPTION_CHARS) return false;
  const first = group[0] as Line;
  const opening = group.length <= 2 ? STAMP_OPENING.exec(first.trimmed) : null;
  if (opening !== null && tagOf(first) === null) {
    if (opensWithVoiceCode(first.trimmed.slice(opening[0].length))) return false;
    return !isBareTimestamp(group[1]);
  }
  let stamps = 0;
  for (let i = 0; i < group.length; i++) {
    if (!isBareTimestamp(group[i])) continue;
    const next = group[i + 1];
    if (next === undefined || isBareTimestamp(next)) return false;
    stamps++;
  }
  return stamps > 0;
}

interface PanelSplit {
  paragraphs: Line[][];
  /** Chapter titles: a line before a timestamp that no timestamp precedes (`Intro` / `0:00`). */
  chapters: Line[];
  /** The timestamp lines, left out of the text. */
  stamps: Line[];
}

/** The times alone on their lines in a group. */
function stampCount(group: readonly Line[]): number {
  let n = 0;
  for (const line of group) if (isBareTimestamp(line)) n++;
  return n;
}

/**
 * A copied caption panel's paragraphs: the captions between chapter titles and directions, the
 * timestamp lines left out (the caller reports them), each chapter title a paragraph of its own.
 * With `timed` (a text of timed paragraphs, {@link hasTimedParagraphs}), each time opens the
 * paragraph under it instead, its anchor.
 */
function splitPanel(group: Line[], timed = false): PanelSplit {
  const out: PanelSplit = { paragraphs: [], chapters: [], stamps: [] };
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) out.paragraphs.push(current);
    current = [];
  };
  const named = namesOverStamps(group);
  // In broadcast captions a speaker changes at `>>`: a caption in capitals under its time
  // (`58:48` / `RESIDENTS GROUP`) is no podcast app's label.
  let chevrons = false;
  for (const line of group) if (line.trimmed.startsWith('>>')) chevrons = true;
  for (let i = 0; i < group.length; i++) {
    const line = group[i] as Line;
    if (named.has(i)) {
      // A speaker's name over the time (`Jane Doe` / `0:05`): the two are the tag.
      flush();
      out.paragraphs.push([line, group[++i] as Line]);
      continue;
    }
    if (isBareTimestamp(line)) {
      // A podcast app's time over a speaker's label (`0:41` / `Speaker 2`): the two are the tag
      // of the captions that follow.
      const name = group[i + 1];
      if (name !== undefined && !chevrons && isStampedName(line, name)) {
        flush();
        out.paragraphs.push([line, name]);
        i++;
        continue;
      }
      if (timed) {
        flush();
        current.push(line);
      } else out.stamps.push(line);
      continue;
    }
    const previous = group[i - 1];
    // (A timed paragraph may run over several lines: only a line opening the group is a title.)
    const chapter =
      isBareTimestamp(group[i + 1]) &&
      (previous === undefined ||
        (!timed &&
          !isBareTimestamp(previous) &&
          !(
            !chevrons &&
            group[i - 2] !== undefined &&
            isStampedName(group[i - 2] as Line, previous)
          ) &&
          !wrappedCaptionEnd(previous, line)));
    if (chapter || directionLine(line)) {
      flush();
      out.paragraphs.push([line]);
      if (chapter) out.chapters.push(line);
      continue;
    }
    // A new voice in the captions (`>> we had no choice`, `MAYOR: …`) opens a paragraph.
    // (Not from the time it opens: `0:03` / `>> WE ARE HERE TODAY…`, a hearing's captions.)
    const opened = timed && current.length === 1 && isBareTimestamp(current[0]);
    if ((line.trimmed.startsWith('>>') || tagOf(line) !== null) && !opened) flush();
    current.push(line);
  }
  flush();
  return out;
}

/**
 * True when `line` is the end of a caption hard-wrapped over the lines above it (`…in five
 * minutes at` / `fernleaf dot com slash table.`): under a caption line of a wrap's width, it goes
 * on with it or ends a sentence (a chapter's title ends none).
 */
function wrappedCaptionEnd(previous: Line, line: Line): boolean {
  return (
    previous.trimmed.length >= WRAPPED_LINE_MIN_CHARS &&
    (endsWithSentencePunctuation(line.trimmed) || wrapsOnto(previous.trimmed, line.trimmed))
  );
}

/**
 * Word parts a hyphen joins to the next word even at a line's end (`self-employed`,
 * `well-known`): the hyphen stays when the break falls after one of them.
 */
const COMPOUND_PARTS: ReadonlySet<string> = new Set(
  'self well ex non all half cross long short high low full part so anti pro post pre mid multi'.split(
    ' ',
  ),
);
/** Whole short words a speaker may be cut off after, never the start of a broken word. */
const CUT_OFF_WORDS: ReadonlySet<string> = new Set(
  'to in of on at it is be we he me an as by do go if my no or up us am'.split(' '),
);
/** The longest word part looked at before a line's final hyphen (with what precedes it). */
const MAX_BROKEN_PART = 48;
/** The end of a line broken inside a word: two letters or more and a hyphen (`gov-`). */
const BROKEN_WORD_END = lazyRegExp(String.raw`(?:^|[\s(“"'‘])([\p{L}\p{M}]{2,})-$`, 'u');
/** The rest of that word at the next line's start, in lower case, with what is glued to it (`ber.`). */
const WORD_REST = lazyRegExp(String.raw`^\p{Ll}\S*`, 'u');

/**
 * A hard-wrapped paragraph (a page pasted from a PDF, a terminal's fixed width; or a line as long
 * as a wrapped one) breaks words at its line ends with a hyphen: `The gov-` / `ernment grant` is `The government grant`; a
 * compound keeps its hyphen (`self-` / `employed` → `self-employed`). Each join is an edit of the
 * two lines (their columns stay true) and an `hyphenation` message. Returns whether any was made.
 */
function joinHyphenation(segments: Segment[], wrapped: boolean, file: VFile): boolean {
  let joined = false;
  // A narrow column (a newspaper's, a PDF's) wraps short lines: two lines or more of one
  // paragraph that end inside a word (`gov-` / `ernment`, `ac-` / `curate`) say it is typeset.
  if (!wrapped && segments.length >= 3) wrapped = brokenLineEnds(segments) >= 2;
  for (let k = 0; k + 1 < segments.length; k++) {
    const seg = segments[k] as Segment;
    // Nearly every line ends otherwise: one character decides before any pattern runs.
    const end = seg.text.trimEnd();
    if (end.charCodeAt(end.length - 1) !== 45) continue;
    // A wrapped group's lines, or a line as long as a wrapped one (two lines say too little).
    if (!wrapped && end.length < WRAP_MIN_WIDTH) continue;
    if (joinBrokenWord(seg, segments[k + 1] as Segment, file)) joined = true;
  }
  return joined;
}

/** A short word part the next word starts with again: a speaker's restart, no broken word. */
function isRestart(part: string, rest: string): boolean {
  return part.length <= 4 && rest.toLowerCase().startsWith(part.toLowerCase());
}

/** Lines of a paragraph that end in a word part and a hyphen over a line in lower case. */
function brokenLineEnds(segments: readonly Segment[]): number {
  let count = 0;
  for (let k = 0; k + 1 < segments.length; k++) {
    const end = (segments[k] as Segment).text.trimEnd();
    if (end.charCodeAt(end.length - 1) !== 45) continue;
    const broken = BROKEN_WORD_END.exec(end.slice(-MAX_BROKEN_PART));
    if (broken === null || CUT_OFF_WORDS.has((broken[1] as string).toLowerCase())) continue;
    const rest = WORD_REST.exec((segments[k + 1] as Segment).text.trimStart());
    if (rest !== null && !isRestart(broken[1] as string, rest[0])) count++;
  }
  return count;
}

/**
 * A word broken with a hyphen at the end of `seg` and going on at the start of `next` (`gov-` /
 * `ernment`), in hard-wrapped text: joined into `seg` (a compound keeps its hyphen), an edit of
 * both lines and an `hyphenation` message. Returns whether it was.
 */
export function joinBrokenWord(seg: Segment, next: Segment, file: VFile): boolean {
  const end = seg.text.trimEnd();
  if (end.charCodeAt(end.length - 1) !== 45) return false;
  const broken = BROKEN_WORD_END.exec(end.slice(-MAX_BROKEN_PART));
  if (broken === null) return false;
  const lead = next.text.length - next.text.trimStart().length;
  const rest = WORD_REST.exec(next.text.slice(lead));
  if (rest === null) return false;
  const part = broken[1] as string;
  // A speaker cut off after a short word (`I was going to-`) is no broken word, nor a restart
  // that says the start again (`I was go-` / `going`, `the-` / `the bridge`).
  if (CUT_OFF_WORDS.has(part.toLowerCase()) || isRestart(part, rest[0])) return false;
  const keep = COMPOUND_PARTS.has(part.toLowerCase());
  const hyphenAt = end.length - 1;
  const to = `${keep ? '-' : ''}${rest[0]}`;
  let restEnd = lead + rest[0].length;
  while (next.text.charCodeAt(restEnd) === 32) restEnd++;
  applyEdits(seg, `${seg.text.slice(0, hyphenAt)}${to}${seg.text.slice(hyphenAt + 1)}`, [
    { start: hyphenAt, end: hyphenAt + 1, to },
  ]);
  applyEdits(next, next.text.slice(restEnd), [{ start: 0, end: restEnd, to: '' }]);
  report(
    file,
    'hyphenation',
    `Joined “${part}-” and “${rest[0]}” broken at the end of a line into “${part}${to}”`,
    {
      line: seg.line,
      source: 'parse',
      actual: `${part}- ${rest[0]}`,
      expected: [`${part}${to}`],
    },
  );
  return true;
}

/**
 * A speech-to-text segment's time opening a paragraph no tag opens (Whisper's `[00:00.000 -->
 * 00:04.200]  text`, `[00:01:23] text`): taken out of the text, the time as written kept in a
 * `time-anchor` message. Returns the time as written, and its ms when it opened the line (a time
 * after a direction is the direction's); null when the line has none. `bare`: a time without
 * brackets (`00:01:23 text`) too, in a text of such paragraphs ({@link hasStampedOpenings}).
 */
function timeAnchorOut(
  line: Line,
  seg: Segment,
  file: VFile,
  bare = false,
): { written: string; ms: number | null } | null {
  const after = directionTime(line.trimmed);
  let written: string;
  if (after !== null) {
    // `[Music] 10:16:00`: the time after the direction, taken out the same way.
    written = after.written;
    let start = seg.text.lastIndexOf(written);
    while (start > 0 && isSpace(seg.text.charCodeAt(start - 1))) start--;
    applyEdits(seg, seg.text.slice(0, start), [{ start, end: seg.text.length, to: '' }]);
  } else {
    const anchor = timedLine(line) ?? (bare ? bareTimeAnchor(line) : null);
    if (anchor === null) return null;
    written = anchor.written;
    const lead = seg.text.length - seg.text.trimStart().length;
    applyEdits(seg, seg.text.slice(lead + anchor.end), [
      { start: 0, end: lead + anchor.end, to: '' },
    ]);
    anchored(file, line.line, written);
    return { written, ms: anchor.ms };
  }
  anchored(file, line.line, written);
  return { written, ms: null };
}

/** A time, then a role in capitals and the words, no colon (`0:00:03 HOST Hi.`, `[0:00:03] HOST`). */
const STAMPED_ROLE = /^(\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+[A-Z]{2,12}) (?=\S)/;
/** Fewest lines of a media monitor's log, each a time, a role and the words. */
const MIN_STAMPED_ROLES = 3;

/**
 * A media monitor's log with no colons (`0:00:03 HOST Good evening.` / `0:00:07 GUEST Thanks.`):
 * in a group of three lines or more, each a time, a role word of the tables in capitals and the
 * words, each role is the line's tag (`0:00:03 NASA said today …` stays words).
 */
function stampedRoles(group: Line[]): void {
  if (group.length < MIN_STAMPED_ROLES) return;
  const heads: string[] = [];
  for (const line of group) {
    const m = STAMPED_ROLE.exec(line.trimmed);
    if (m === null || line.tag || roleWord((m[1] as string).split(/[ \t]+/)[1] as string) === null)
      return;
    heads.push(m[1] as string);
  }
  group.forEach((line, i) => {
    const head = heads[i] as string;
    const tag = parseTag(`${head}: ${line.trimmed.slice(head.length + 1)}`);
    if (tag) line.tag = { ...tag, end: tag.end - 1 };
  });
}

/** A time with no brackets opening a line no tag opens (see {@link hasStampedOpenings}). */
function bareTimeAnchor(line: Line): { written: string; ms: number; end: number } | null {
  const m = STAMP_OPENING.exec(line.trimmed);
  if (m === null || tagOf(line) !== null) return null;
  const written = m[1] as string;
  const ms = parseAnchorTime(written);
  return ms === null ? null : { written, ms, end: m[0].length };
}

/** A time in brackets inside a line (`[00:00:07]`, `[1:02:03.5]`, `(00:00:07)`, `(00:07)`). */
const INLINE_STAMP = /[[(](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]/y;
/** The head of a line where a speaker's tag may hold its time (`Jane Doe (00:01:23):`). */
const TAG_HEAD_CHARS = 80;

/**
 * Times in brackets inside a line's words (an export's stamps every few seconds: `Good evening.
 * [00:00:07] Tonight we look at…`): taken out with a space beside them, each reported as a
 * `time-anchor`. A time inside a speaker's tag (`Jane Doe (00:01:23):`, before the line's colon,
 * or after a name with no colon: `Caller [00:00:06] Hi`) is the tag's; in parentheses only a time
 * with hours or from `00:` (`(2:30)` may be a length).
 */
function inlineTimesOut(seg: Segment, file: VFile): boolean {
  const text = seg.text;
  if (text.indexOf('[') === -1 && text.indexOf('(') === -1) return false;
  // The line's first colon closing a tag: a space or the line's end after it.
  let colon = text.indexOf(':');
  while (colon !== -1 && colon + 1 < text.length && text.charCodeAt(colon + 1) !== 0x20)
    colon = text.indexOf(':', colon + 1);
  const headEnd = colon !== -1 && colon < TAG_HEAD_CHARS ? colon : -1;
  const edits: { start: number; end: number; to: string }[] = [];
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x5b && c !== 0x28) continue;
    const d = text.charCodeAt(i + 1);
    if (d < 0x30 || d > 0x39 || i <= headEnd) continue;
    INLINE_STAMP.lastIndex = i;
    const m = INLINE_STAMP.exec(text);
    if (m === null) continue;
    const written = m[1] as string;
    if (c === 0x28 && written.split(':').length < 3 && !written.startsWith('00:')) continue;
    if (text.charCodeAt(i + m[0].length) === 0x3a) continue;
    let start = i;
    let end = i + m[0].length;
    // The stamp and one space beside it go: the words either side keep one space between them.
    if (text.charCodeAt(end) === 0x20) end++;
    else if (start > 0 && text.charCodeAt(start - 1) === 0x20) start--;
    // A stamp at the line's start is the opening rules' (see timeAnchorOut); one after a few
    // words that end no sentence is a name's (`Mayor Lucía Ferrer [00:00:01] Good morning`).
    const before = text.slice(0, start).trim();
    if (before === '' || (before.length <= TAG_HEAD_CHARS && !/[.!?…]/.test(before))) continue;
    edits.push({ start, end, to: '' });
    found.push(m[0]);
    i = end - 1;
  }
  if (edits.length === 0) return false;
  applySortedEdits(seg, edits);
  for (const written of found) anchored(file, seg.line, written);
  return true;
}

/** Reports a time taken out of a line's text (`time-anchor`, the time as written). */
function anchored(file: VFile, line: number, written: string): true {
  report(file, 'time-anchor', `Took the time ${written} out of the line's text`, {
    line,
    source: 'parse',
    actual: written,
  });
  return true;
}

/**
 * A podcast app's transcript copied as text (Apple Podcasts: `Ellen Marsh` / `0:14` / the words,
 * then `0:19` / more words of the same speaker): a name line over a time without hours opens a
 * paragraph two times or more, one name twice, or two full names or more from the recording's
 * first minute (see below). Alone, `Budget Vote` / `11:00` is an agenda's.
 */
// Spaces around the time and a CR before its line break are a paste's (CRLF, trailing blanks).
const STAMP_LINE = /\n[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*\r?\n(?=[ \t]*\S)/g;
const STAMPED_NAME = lazyRegExp(String.raw`^\p{Lu}[^\n:]{1,59}$`, 'u');
const MIN_STAMPED_NAMES = 3;

function hasStampedNames(text: string): boolean {
  const names = new Set<string>();
  let count = 0;
  // Or the time over the name (a podcast page's panel: `0:03` / `Dana Whitfield` / the words).
  const below = new Set<string>();
  let belowCount = 0;
  // The names' times: forward from the recording's first minute, not all on fives of seconds.
  let recording = true;
  let offRound = false;
  let stamps = 0;
  let firstMs: number | null = null;
  let lastMs = -1;
  // The time lines first (a newline and a digit: few places to look), then the name above each.
  STAMP_LINE.lastIndex = 0;
  for (let m = STAMP_LINE.exec(text); m !== null; m = STAMP_LINE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const name = text.slice(lineStart, m.index).trim();
    const after = m.index + m[0].length;
    const end = text.indexOf('\n', after);
    const under = text.slice(after, end === -1 ? text.length : end).trim();
    if (end !== -1 && under.length <= 40 && NAME_UNDER_TIME.test(under)) {
      belowCount++;
      below.add(under);
    }
    stamps++;
    if (!STAMPED_NAME.test(name)) continue;
    count++;
    names.add(name.trim());
    // A person's full name over a time of the recording, forward from the one before, the
    // words under it a sentence's (a panel's chapter title over captions in lower case is none).
    const ms = parseAnchorTime(m[0].trim());
    if (
      ms === null ||
      ms <= lastMs ||
      name.length > 40 ||
      !NAME_UNDER_TIME.test(name) ||
      ARTICLE_FIRST.test(name) ||
      !STARTS_UPPERCASE.test(under)
    )
      recording = false;
    else if ((ms / 1000) % 5 !== 0) offRound = true;
    firstMs ??= ms;
    lastMs = ms ?? lastMs;
    // The words line may itself open the next match: look again from its start.
    STAMP_LINE.lastIndex = m.index + m[0].length - 1;
  }
  return (
    (count >= MIN_STAMPED_NAMES && names.size < count) ||
    (belowCount >= MIN_STAMPED_NAMES && below.size < belowCount) ||
    // Two turns or more of full names from the recording's first minute, a name over every
    // time, not all on round seconds (a meeting's short transcript, each speaker once: `Maria
    // Lund` / `0:03` / …); a plan's `Warm Up` / `0:00` / `Sprint` / `0:30` keeps its round times.
    (count >= MIN_RECORDING_NAMES &&
      count === stamps &&
      recording &&
      offRound &&
      firstMs !== null &&
      firstMs < PANEL_START_MS)
  );
}

/** Fewest turns of a short meeting transcript copied with a name over each time. */
const MIN_RECORDING_NAMES = 2;
/** A title's article opening the line (`The Ferry Deal`): no person's name. */
const ARTICLE_FIRST = /^(?:The|A|An) /;

/** A name under its time: two to four capitalized words, no sentence's mark. */
const NAME_UNDER_TIME = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}$`,
  'u',
);

/** Fewest characters of a paragraph under its time (a caption, two lines of 42, is shorter). */
const TIMED_PARAGRAPH_CHARS = 100;

/** Fewest paragraphs of whole sentences under their times ({@link hasTimedParagraphs}). */
const MIN_TIMED_SENTENCES = 2;
/** Times read under which a text copied without blank lines shows its paragraphs' kind. */
const TIMED_SAMPLE = 20;

/** A line opening with a lower-case letter (a caption's running words); ASCII without a pattern. */
/**
 * Breaks mid-sentence across a blank line a text needs before any is read as a wrap, and
 * paragraphs ending a sentence so: a punctuated text (a list of lower-case words, an
 * unpunctuated speech-to-text output are no wrapped page).
 */
const MIN_BLANK_WRAPS = 3;
/** Narrowest a wrapped page's lines run (the widest line before a wrap's blank line). */
const BLANK_WRAP_WIDTH = 50;
/** A courtesy title's abbreviation closing a line: `O Sr.`, `A Sr.ª`, `Mr.`, `Dr.` (no sentence's end). */
const COURTESY_END = /(?:^|\s)(?:Sr|Sra|Srs|Sr\.ª|Dr|Dra|Mr|Mrs|Ms|Ex\.ª)\.?$/u;

const ENDS_LETTER = lazyRegExp(String.raw`\p{L}$`, 'u');

/** A line that goes on a sentence: it closes with a letter, a digit or a comma. */
function endsMidSentence(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  if (c === 0x2c) return true;
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return ENDS_LETTER.test(line);
}

/**
 * True when `below`, after a blank line, goes on the paragraph `above` ends (trimmed lines;
 * `width`: the widest of the paragraph's last lines, a wrapped page's width).
 */
function blankWrapGoesOn(above: string, below: string, width: number): boolean {
  if (above === '' || below === '') return false;
  if (width >= BLANK_WRAP_WIDTH && endsMidSentence(above) && opensLowerCase(below)) return true;
  return STARTS_UPPERCASE.test(below) && COURTESY_END.test(above.slice(-8));
}

/**
 * How many times a line that goes on a sentence is followed, across blank lines, by a line in
 * lower case, and how many blank lines part them (one, or two in a copy that doubled them; the
 * first such break says): one pass, counting stops at {@link MIN_BLANK_WRAPS}.
 */
function countBlankWraps(text: string): { count: number; ends: number; run: number } {
  let count = 0;
  let ends = 0;
  let run = 0;
  let above = '';
  // The widest line since the last blank line: a wrapped page's lines run near its width.
  let width = 0;
  let blanks = 0;
  let at = 0;
  while (at <= text.length && (count < MIN_BLANK_WRAPS || ends < MIN_BLANK_WRAPS)) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    // (A CRLF line's CR is no text.)
    const line = trimAll(text.slice(at, text.charCodeAt(end - 1) === 13 ? end - 1 : end));
    at = end + 1;
    if (line === '') {
      blanks++;
      continue;
    }
    if (blanks > 0 && above !== '') {
      if (endsWithSentencePunctuation(above)) ends++;
      else if (width >= BLANK_WRAP_WIDTH && endsMidSentence(above) && opensLowerCase(line)) {
        // The blank lines a wrap was given (one, or two in a copy that doubled them).
        if (count === 0) run = blanks;
        if (blanks === run) count++;
      }
      width = 0;
    }
    width = Math.max(width, line.length);
    above = line;
    blanks = 0;
  }
  return { count, ends, run };
}

function opensLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return STARTS_LOWERCASE.test(text);
}

/** Fewest paragraphs a time opens on their first line for the times to be read as stamps. */
const MIN_STAMPED_OPENINGS = 3;

/**
 * Paragraphs each opened by a time on their first line, no brackets (`00:00:17 Our reporter has
 * been…`, a blank line, `00:00:29 Thank you…`: a transcription export with times and no names,
 * a video tool's copy): three or more (two with hours), half the paragraphs or more, the times
 * running forward, from the recording's first minute or not all on round seconds, whole sentences
 * or longer than a caption under every time but one in ten (a caption panel copied with blank
 * lines is pieces of running sentences: `0:02 welcome to the Thursday`). An agenda's items
 * (`10:30 Council opens`) keep their round clock times; a clock (`7:15 a.m.`) is no stamp; a
 * line a tag opens after its time is the tag reader's.
 */
function hasStampedOpenings(text: string): boolean {
  let count = 0;
  let paragraphs = 0;
  /** Stamped paragraphs of a caption's length that are no whole sentences: a panel's captions. */
  let fragments = 0;
  let lastMs = -1;
  let firstMs: number | null = null;
  let offRound = false;
  /** Every time with its hours (`00:00:09`): two are enough. */
  let hours = true;
  // The stamped paragraph being read: its length, its opening's case and its last line.
  let stamped = false;
  let chars = 0;
  let capital = false;
  let last = '';
  let at = 0;
  let blankBefore = true;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    let first = at;
    while (first < end && (isSpace(text.charCodeAt(first)) || text.charCodeAt(first) === 0x0d))
      first++;
    const c = text.charCodeAt(first);
    if (first === end) {
      if (
        stamped &&
        chars <= PANEL_CAPTION_CHARS &&
        !(capital && endsWithSentencePunctuation(last))
      )
        fragments++;
      stamped = false;
      blankBefore = true;
      at = end + 1;
      continue;
    }
    const opens = blankBefore;
    blankBefore = false;
    if (!opens) {
      if (stamped) {
        last = text.slice(first, end).trimEnd();
        chars += last.length;
      }
      at = end + 1;
      continue;
    }
    paragraphs++;
    // A text whose first paragraphs open with no time is no such export: not read to its end.
    if (count === 0 && paragraphs > 40) return false;
    if (c < 0x30 || c > 0x39) {
      at = end + 1;
      continue;
    }
    const line = text.slice(first, end).trimEnd();
    const m = STAMP_OPENING.exec(line);
    const ms = m ? parseAnchorTime(m[1] as string) : null;
    const rest = m === null ? '' : line.slice(m[0].length);
    if (m === null || ms === null || !HAS_LETTER.test(rest.slice(0, 2))) {
      at = end + 1;
      continue;
    }
    if (ms <= lastMs) return false;
    firstMs ??= ms;
    lastMs = ms;
    if (Math.floor(ms / 1000) % 5 !== 0) offRound = true;
    if ((m[1] as string).length < 7) hours = false;
    count++;
    stamped = true;
    chars = rest.length;
    capital = !STARTS_LOWERCASE.test(rest);
    last = rest;
    at = end + 1;
  }
  return (
    count >= (hours ? 2 : MIN_STAMPED_OPENINGS) &&
    count * 2 >= paragraphs &&
    fragments * 10 <= count &&
    ((firstMs ?? 0) < PANEL_START_MS || offRound)
  );
}

/**
 * An interactive transcript copied as text (a talk's or a programme page's: `0:11` / a
 * paragraph, a blank line, `0:45` / a paragraph): paragraphs of more than a caption's length
 * under a time alone on the line above, two or more, the times running forward, from the
 * video's first minute or not all on round seconds (an agenda's `10:30` / `11:00` are). Short
 * paragraphs are timed paragraphs too when they are whole sentences, a capital to a full stop,
 * under every time but one in ten (Otter's export with times and no names, a podcast app's
 * transcript copied without blank lines: `0:00` / `Welcome back. I'm Dana Whitfield.` / `0:05`
 * / …); a caption panel's captions are pieces of running sentences (`welcome to the Thursday
 * briefing I'm`), and a time over nothing is a panel's too.
 */
function hasTimedParagraphs(text: string): boolean {
  let count = 0;
  let sentences = 0;
  let fragments = 0;
  let lastMs = -1;
  let firstMs: number | null = null;
  let offRound = false;
  let at = 0;
  let blankBefore = true;
  // True after a paragraph under a time that ends where the next time is (no blank line).
  let afterTimed = false;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    // Most lines are words: told by their first character, not cut out of the text.
    let first = at;
    while (first < end && (isSpace(text.charCodeAt(first)) || text.charCodeAt(first) === 0x0d))
      first++;
    const c = text.charCodeAt(first);
    const opens = blankBefore || afterTimed;
    if (first < end && (!opens || c < 0x30 || c > 0x39 || end - first > 12)) {
      blankBefore = false;
      afterTimed = false;
      at = end + 1;
      continue;
    }
    const line = text.slice(at, end).trim();
    if (opens && line.length <= 8 && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(line)) {
      // The paragraph under it: its lines up to the next blank line or time (a speaker's name
      // over more lines under the time makes the two a tag: Happy Scribe's `00:00:15` / `Rosa
      // Alvarez`).
      let chars = 0;
      let next = end + 1;
      let short = false;
      let named = false;
      let firstLine = '';
      let lastLine = '';
      afterTimed = false;
      while (next < text.length) {
        let stop = text.indexOf('\n', next);
        if (stop === -1) stop = text.length;
        const under = text.slice(next, stop).trim();
        if (under === '') break;
        if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(under)) {
          // (A panel's captions tell themselves in its first times: the rest are not read.)
          afterTimed =
            chars > 0 && (fragments * 10 <= sentences || sentences + fragments < TIMED_SAMPLE);
          break;
        }
        if (short) named = true;
        if (chars === 0) {
          short = under.length <= 60 && !endsWithSentencePunctuation(under);
          firstLine = under;
        }
        lastLine = under;
        chars += under.length;
        next = stop + 1;
      }
      const ms = parseAnchorTime(line);
      if (named) return false;
      if (ms !== null && (chars > 0 || blankBefore)) {
        if (ms <= lastMs) return false;
        firstMs ??= ms;
        lastMs = ms;
        if (Number(line.slice(line.lastIndexOf(':') + 1)) % 5 !== 0) offRound = true;
        if (chars > TIMED_PARAGRAPH_CHARS && blankBefore) count++;
        if (chars > 0 && !opensLowerCase(firstLine) && endsWithSentencePunctuation(lastLine))
          sentences++;
        else fragments++;
      }
      // The lines under it were read: go on after them.
      blankBefore = false;
      at = Math.max(next, end + 1);
      continue;
    }
    blankBefore = line === '';
    afterTimed = false;
    at = end + 1;
  }
  return (
    (count >= 2 || (sentences >= MIN_TIMED_SENTENCES && fragments * 10 <= sentences)) &&
    ((firstMs ?? 0) < PANEL_START_MS || offRound)
  );
}

/**
 * A time in brackets closing a line (Riverside-style exports: `Ellen Marsh: Welcome back.
 * [00:00:01]`), or a range in brackets, or in parentheses with hours (`Ellen Marsh: Welcome.
 * [00:00:01 - 00:00:09]`; a time alone in parentheses may be a length, `PKG (1:30)`, and `(10:02
 * - 10:17)` a schedule's): read as the paragraph's time when two lines or more close so. The
 * range's start is group 1 (brackets) or 2 (parentheses).
 */
const CLOSING_TIME =
  /(?<=\S)[ \t]+(?:\[((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:[ \t]?[-–][ \t]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)?\]|\((\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[ \t]?[-–][ \t]?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\))[ \t]*$/;

function hasClosingTimes(text: string): boolean {
  // Each `]` that ends its line, the line then tried: no pattern run at every character.
  let found = 0;
  for (const close of [']', ')']) {
    for (let at = text.indexOf(close); at !== -1 && found < 2; at = text.indexOf(close, at + 1)) {
      let end = at + 1;
      while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end++;
      if (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d)
        continue;
      // The line's last 80 characters at most, looked back over without passing them.
      let start = at;
      while (start > 0 && at - start < 80 && text.charCodeAt(start - 1) !== 0x0a) start--;
      if (CLOSING_TIME.test(text.slice(start, end))) found++;
    }
  }
  return found >= 2;
}

/** Takes a closing time off the line (see {@link CLOSING_TIME}): its ms, or null. */
function closingTimeOut(line: Line, seg: Segment, file: VFile): number | null {
  const last = line.trimmed.charCodeAt(line.trimmed.length - 1);
  if (last !== 0x5d && last !== 0x29) return null;
  const m = CLOSING_TIME.exec(seg.text);
  const ms = m ? parseAnchorTime(((m[1] ?? m[2]) as string).replace(',', '.')) : null;
  if (m === null || ms === null) return null;
  // A range must be a recording's, not a schedule's (`Budget vote (10:15 - 11:30)`).
  if (/[-–]/.test(m[0]) && trailingMediaRange(seg.text.trimEnd()) === null) return null;
  applyEdits(seg, seg.text.slice(0, m.index), [{ start: m.index, end: seg.text.length, to: '' }]);
  // (A range as written: `00:00:03 - 00:00:10`.)
  anchored(file, line.line, m[0].trim().slice(1, -1));
  return ms;
}

/** A name line closed by a time in brackets (`Jane Doe [00:01:23]`). */
function isTimedNameLine(line: Line): boolean {
  const m = CLOSING_TIME.exec(line.trimmed);
  if (m === null) return false;
  const name = line.trimmed.slice(0, m.index);
  return name.length <= 60 && !name.includes(':') && !endsWithSentencePunctuation(name);
}

/** A time and a speaker's name or label alone on the next line (`0:41` / `Speaker 2`). */
function isStampedName(stamp: Line, name: Line): boolean {
  if (!isBareTimestamp(stamp) || !isNameLine(name)) return false;
  return parseTag(`${stamp.trimmed} ${name.trimmed}`)?.rest === '';
}

/** A line that may be a speaker's name or label: short, no colon, no sentence (`Thanks, Amy.`). */
function isNameLine(line: Line): boolean {
  const t = line.trimmed;
  return t.length <= 60 && !t.includes(':') && !endsWithSentencePunctuation(t);
}

/**
 * A meeting tool's transcript copied with the speaker's name over each time (Microsoft Teams,
 * Stream: `Jane Doe` / `0:05` / text): the indexes of the name lines, when names open at least
 * half the panel's times and one of them speaks twice (a video's chapter titles do not recur).
 */
function namesOverStamps(group: readonly Line[]): Set<number> {
  const named = new Set<number>();
  const names = new Set<string>();
  let stamps = 0;
  for (let i = 0; i < group.length; i++) {
    const line = group[i] as Line;
    if (isBareTimestamp(line)) {
      stamps++;
      continue;
    }
    const stamp = group[i + 1];
    if (stamp === undefined || !isBareTimestamp(stamp) || !isNameLine(line)) continue;
    const tag = parseTag(`${line.trimmed} ${stamp.trimmed}`);
    if (tag?.rest !== '' || tag.tag.name === null) continue;
    named.add(i);
    names.add(tag.tag.name);
  }
  return named.size * 2 >= stamps && names.size < named.size ? named : new Set();
}

/** A line opening with a caption's change of speaker (`>> I think so.`). */
const CHEVRON_LINE = /^[ \t]*>>>?[ \t]/m;

/**
 * A caption line holding several voices (`>> I think so. >> Not me.`, broadcast captions pasted
 * as text) as one line per voice, each opening with its `>>` (the same source line).
 */
function chevronPieces(line: Line): Line[] {
  const out: Line[] = [];
  let start = 0;
  // Marks found in the line's shape (a no-break space read as a space), pieces cut from its text.
  const shape = line.text.indexOf('\u00a0') === -1 ? line.text : noBreakSpaces(line.text);
  for (let at = shape.indexOf(' >>'); at !== -1; at = shape.indexOf(' >>', at + 3)) {
    // `>>`, or `>>>` (a new story), after a space and before a space or a letter (`>>NOT ME`),
    // or ending the line (roll-up captions: the new voice's words on the next line).
    const mark = shape.charCodeAt(at + 3) === 0x3e ? 4 : 3;
    const next = shape[at + mark] ?? '';
    const ends = shape.slice(at + mark).trim() === '';
    if (next !== ' ' && !ends && !HAS_LETTER.test(next)) continue;
    const piece = line.text.slice(start, at);
    if (trimAll(piece) === '') continue;
    out.push({
      ...line,
      offset: line.offset + start,
      text: piece,
      trimmed: trimAll(piece),
      tag: undefined,
    });
    start = at + 1;
  }
  const rest = line.text.slice(start);
  out.push({
    ...line,
    offset: line.offset + start,
    text: rest,
    trimmed: trimAll(rest),
    tag: undefined,
  });
  return out;
}

/** A markdown heading's line (`## Part two`): one to six `#`, a space, words. */
function isMarkdownHeading(trimmed: string): boolean {
  return trimmed.charCodeAt(0) === 0x23 && MARKDOWN_HEADING.test(trimmed);
}

/**
 * True when a speaker's tag starts on `first` (a paragraph's first line) and the wrap carried its
 * rest onto `line`, which reads as a tag of its own (`The Parliamentary Under-Secretary of State,
 * Department for` / `Transport (Lord Kenning) (Lab): My Lords, …`): `first` stops where no phrase
 * ends, and the two lines read as one tag that starts on `first`. A speech cut off mid-sentence
 * before the next speaker (`JANE DOE: We need to look at the` / `JOHN ROE: No.`) reads as
 * Jane's tag, which ends on her line: the two stay apart.
 */
function tagWrappedOnto(first: Line, line: Line): boolean {
  if (!wrapsOnto(first.trimmed, line.trimmed)) return false;
  const joined = parseTag(`${first.trimmed} ${line.trimmed}`);
  return joined !== null && joined.end > first.trimmed.length;
}

/** `Q` and one space before a question's first word (see `singleQ` in {@link splitGroup}). */
const SINGLE_SPACE_Q = lazyRegExp(String.raw`^Q (?=[\p{Lu}\d"“(—–-])`, 'u');
const MIN_SINGLE_SPACE_QS = 2;

/**
 * Splits a group of consecutive non-blank lines into paragraphs. `textWidth`: the width the whole
 * text is hard-wrapped at (see {@link textWrapWidth}; 0: none), where a sentence's end on a line
 * of that width is where the wrap fell, no paragraph's end.
 */
function splitGroup(
  group: Line[],
  opening = false,
  bare = false,
  continued?: ReadonlySet<number>,
  textWidth = 0,
): Line[][] {
  // One line (every paragraph of a speech-to-text text): one paragraph, no lists to build.
  if (group.length === 1) return [group];
  const wrapped = isHardWrapped(group);
  const indents = hasFirstLineIndents(group);
  const header = opening ? headerLines(group, wrapped, bare, textWidth) : 0;
  if (header > 0) {
    // An export header's label keeps its list under it (`Attendees` / `Ana Ruiz, Ben Cole`).
    const lines: Line[][] = [];
    let end = header;
    for (let i = 0; i < end; i++) {
      const line = group[i] as Line;
      // So does a tag over its colon alone (`Puhemies Paula Risikko` / `:`, see colonBelow),
      // the colon's line past the header's or not.
      const colon = colonBelow(line, group[i + 1]);
      if (colon && i + 1 === end) end++;
      const label = i + 1 < end && (EXPORT_HEADER_LABEL.test(line.trimmed) || colon);
      lines.push(label ? [line, group[++i] as Line] : [line]);
    }
    return end < group.length
      ? [...lines, ...splitGroup(group.slice(end), false, bare, continued, textWidth)]
      : lines;
  }
  // A chat's message under its header (Slack's `Jane Doe  9:02 AM`): its lines are one message,
  // a sentence's end breaks none; a follow-up message opens under its bare time (`9:06`).
  const chat = isChatHeader((group[0] as Line).trimmed);
  // Lines broken inside sentences at least as often as not (a hard wrap with a line or two the
  // paste joined, too long for the width test): a sentence's end on a line of the wrap's width is
  // no break; on a short line it ends the paragraph.
  let wrapWidth: number | undefined;
  const wrapsOn = (prev: Line): boolean => {
    if (wrapWidth === undefined) wrapWidth = midSentenceWrapWidth(group);
    return wrapWidth > 0 && prev.trimmed.length >= wrapWidth * WRAP_FILL;
  };
  // A short line ending a sentence as the rest of a line re-wrapped narrower (see isRewrappedRest):
  // the group's lines and widths, read for the first such line only.
  let texts: string[] | undefined;
  let widest = 0;
  let rewrap: Rewrap | undefined;
  const rewrapOfGroup = (): Rewrap => {
    rewrap ??= rewrapOf(texts as string[], widest);
    return rewrap;
  };
  const rewrappedRest = (k: number): boolean => {
    // The rest and the line above it are the paragraph's (its short line, under half a wrap).
    if (current.length < 2 || (group[k] as Line).trimmed.length >= WRAP_MAX_WIDTH * 0.5)
      return false;
    if (texts === undefined) {
      texts = group.map((l) => l.trimmed);
      for (const t of texts) widest = Math.max(widest, t.length);
    }
    return isRewrappedRest(texts, k, widest, rewrapOfGroup);
  };
  // A briefing's questions as `Q` and one space (the Pentagon's and the White House's older
  // transcripts: `Q Does the secretary …`), hard-wrapped: each opens a paragraph once two lines
  // of the group open so and a speaker's tag is among them. Counted once, on the first look.
  let singleQs: boolean | undefined;
  const singleQ = (line: Line): boolean => {
    if (!SINGLE_SPACE_Q.test(line.trimmed)) return false;
    if (singleQs === undefined) {
      let qs = 0;
      let tags = 0;
      for (const l of group) {
        if (SINGLE_SPACE_Q.test(l.trimmed)) qs++;
        else if (tags === 0 && l.trimmed.includes(':') && tagOf(l) !== null) tags++;
      }
      singleQs = qs >= MIN_SINGLE_SPACE_QS && tags > 0;
    }
    return singleQs;
  };
  // A continental record's tags opening lines of the group (three at least, as chamberTags
  // reads a record), counted once, on the first look.
  let chamberLines: number | undefined;
  const inRecord = (): boolean => {
    if (chamberLines === undefined) {
      chamberLines = 0;
      for (const l of group) if (chamberTag(l.trimmed) !== null && ++chamberLines >= 3) break;
    }
    return chamberLines >= 3;
  };
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  // Index of the time line of the last timed-name pair (see isTimedNamePair); none yet.
  let pair = Number.NEGATIVE_INFINITY;
  // Index of the last numbered label line that opened a paragraph; none yet.
  let label = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < group.length; i++) {
    const line = group[i] as Line;
    const prev = current[current.length - 1];
    const next = group[i + 1];
    const pairStarts = next !== undefined && isTimedNamePair(line, next, group[i + 2], bare);
    // A numbered label alone (`Speaker 2`) over its words: the two lines open a paragraph.
    const labelStarts =
      next !== undefined &&
      !pairStarts &&
      pair !== i - 1 &&
      isNumberedLabelLine(line.trimmed) &&
      !STARTS_LOWERCASE.test(next.trimmed);
    if (prev) {
      // A timed list's items one under another (an agenda's `(09:00) Welcome` / `(09:15) Budget
      // review`): the line under a time-led line that read as a name is the next item, no words.
      const timeItems = opensWithTimeItem(prev.trimmed) && opensWithTimeItem(line.trimmed);
      const prevTagOnly = current.length === 1 && tagOf(prev)?.rest === '' && !timeItems;
      // A chat export: each stamped line opens a message, the lines under it are its own.
      const stamped = chatLine(line);
      const breakHere =
        stamped ||
        (!chatLine(current[0] as Line) &&
          pair !== i - 1 &&
          label !== i - 1 &&
          (pair === i - 2 || pairStarts || labelStarts || !prevTagOnly) &&
          (pairStarts ||
            (timeItems && current.length === 1 && tagOf(prev)?.rest === '') ||
            labelStarts ||
            pair === i - 2 ||
            // A sentence's end before an unwrapped line (the cheap test most breaks pass).
            (!wrapped &&
              !indents &&
              endsWithSentencePunctuation(prev.trimmed) &&
              // A courtesy title's full stop (`… honra. O Sr.` / `Deputado …`) ends no sentence.
              !COURTESY_END.test(prev.trimmed.slice(-8)) &&
              (!chat || chatBreak(line)) &&
              continued?.has(line.line) !== true &&
              !wrapsOn(prev) &&
              !wrapFellAt(prev.trimmed, line.trimmed, textWidth) &&
              !rewrappedRest(i - 1)) ||
            (tagOf(line) !== null && !(current.length === 1 && tagWrappedOnto(prev, line))) ||
            // The Japanese Diet's and the Korean Assembly's records open each speech with `○`.
            /^[○◯]/.test(line.trimmed) ||
            colonBelow(line, next) ||
            singleQ(line) ||
            // A speech-to-text segment's time opens a paragraph where a sentence ended.
            (timedLine(line) !== null && endsWithSentencePunctuation(prev.trimmed)) ||
            line.videoCell === true ||
            prev.videoCell === true ||
            directionLine(line) ||
            directionLine(prev) ||
            // A record's procedural sentence on its line (`La séance est ouverte à 14 h 15 …`).
            recordLine(line) ||
            // A record's tag after a sentence's end, in a wrapped group too: the Duma's and the
            // Rada's (`Жуков А. Д., …. `, `ГОЛОВУЮЧИЙ.`), the Grand National Assembly's (`BAŞKAN –`).
            (endsWithSentencePunctuation(prev.trimmed) && recordTagLine(line.trimmed)) ||
            // A continental record's tag under its subject line, copied with no blank line
            // (`Politique énergétique` / `M. Paul Girard. Madame la ministre, …`).
            (!wrapped &&
              (subjectOver(prev, line) ||
                // (Subject lines one under another over it: `2. Projet de loi …` /
                // `Discussion générale` / the tag.)
                (next !== undefined && isSubjectText(prev.trimmed) && subjectOver(line, next))) &&
              inRecord()) ||
            // A US transcript's examination header (`BY MR. DALEY:`) stands alone.
            examinerLine(line) ||
            // An answer after its question on the next line (`Q. …?` / `A. Since March.`), or
            // after counsel's put statement (`Q. The email is dated May.` / `A. I did not see it.`).
            (line.trimmed.startsWith('A. ') &&
              (prev.trimmed.endsWith('?') ||
                (current[0]?.trimmed.startsWith('Q. ') === true &&
                  endsWithSentencePunctuation(prev.trimmed)))) ||
            // A question's or an answer's dashed mark after a sentence's end (`Q – When?` / `A –
            // Monday.`, Portuguese `P –` / `R –`).
            (DASHED_MARK.test(line.trimmed) && endsWithSentencePunctuation(prev.trimmed)) ||
            examinerLine(prev) ||
            // A printed hearing's turn on an indented line of its own after a sentence's end
            // (`    Mr. Collins. Ms. Miller, how many …`), when every line is indented.
            (isIndented(line) &&
              isAsciiCapital(line.trimmed.charCodeAt(0)) &&
              endsWithSentencePunctuation(prev.trimmed) &&
              printedHearingTag(line.trimmed) !== null) ||
            // A script cue over its copy (`VO: Flames…`, Hindi `वीओ: सुबह…`) opens a paragraph.
            inlineScriptCue(line.trimmed) !== null ||
            // A media advisory's field (`WHERE: State Capitol`, `WHO: …`) is a line of its own.
            ADVISORY_FIELD.test(line.trimmed) ||
            // A numbered line (a wire script's shot, a list item) opens a paragraph of its own; in
            // a group of lines of one width too, after a sentence's end (a shot after a bite's
            // quotation: `"…move anything."` / `4. Various of volunteers`).
            ((!wrapped || endsWithSentencePunctuation(prev.trimmed)) &&
              isNumberedLine(line.trimmed)) ||
            // A markdown heading (`## Part two`) is a paragraph of its own, and so is a UN noon
            // briefing's heading opened by `**` and never closed (`**Sudan`).
            isMarkdownHeading(line.trimmed) ||
            isMarkdownHeading(prev.trimmed) ||
            OPEN_BOLD_HEADING.test(line.trimmed) ||
            (OPEN_BOLD_HEADING.test(prev.trimmed) && !STARTS_LOWERCASE.test(line.trimmed)) ||
            // An indented line opens a paragraph of a text with first-line indents.
            (indents && isIndented(line))));
      if (breakHere) {
        paragraphs.push(current);
        current = [];
      }
    }
    if (pairStarts) pair = i;
    if (labelStarts) label = i;
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * When at least half of a group's line breaks fall inside a sentence (the line ends without a
 * sentence's end and the next goes on in lower case: `…complain about` / `low wages.`), the width
 * the text is wrapped at: the median length of those lines; else 0.
 */
function midSentenceWrapWidth(group: Line[]): number {
  const widths: number[] = [];
  let breaks = 0;
  for (let i = 0; i + 1 < group.length; i++) {
    const next = (group[i + 1] as Line).trimmed;
    const c = next.charCodeAt(0);
    // Lower case: ASCII first, any other letter by its class.
    const lower = (c >= 0x61 && c <= 0x7a) || (c > 0x7f && STARTS_LOWERCASE.test(next));
    const line = (group[i] as Line).trimmed;
    if (lower && !endsWithSentencePunctuation(line)) widths.push(line.length);
    // A speaker's tag alone over the words (`Jane Doe:`, `Jane Doe`) is no break of the wrap.
    else if (!lower && isTagLine(group[i] as Line)) continue;
    breaks++;
  }
  if (widths.length === 0 || widths.length * 2 < breaks) return 0;
  widths.sort((a, b) => a - b);
  return widths[widths.length >> 1] as number;
}

/** A speaker's tag alone on its line, with its colon or without (`Jane Doe:`, `Jane Doe`). */
function isTagLine(line: Line): boolean {
  const t = line.trimmed;
  if (t.length > 60 || endsWithSentencePunctuation(t)) return false;
  if (t.endsWith(':')) return tagOf(line)?.rest === '';
  const tag = t.includes(':') ? null : parseTag(`${t}:`);
  return tag?.rest === '' && (tag.tag.name !== null || tag.tag.role !== null);
}

/** A line under a chat's header that is no line of its message: a bare time, a thread's count. */
function chatBreak(line: Line): boolean {
  return isBareTimestamp(line) || CHAT_DIVIDER.test(line.trimmed);
}

/** A chat's thread count (`3 replies`) or day divider (`Today`), Slack's as pasted. */
const CHAT_DIVIDER = /^(?:\d{1,4} repl(?:y|ies)|Today|Yesterday)$/;

/** An e-mail's quote marks opening a line: `>`, nested `> >` or `>>`, and the space after. */
const MAIL_QUOTE = /^>(?:[ \t]?>)*[ \t]?/;

/**
 * A transcript forwarded or replied to by e-mail, its lines quoted (`> REPORTER: What now?`, a
 * `>` alone between paragraphs): the marks of each run of two quoted lines or more go, replaced
 * by as many spaces (every offset and column stays), so a `>` alone is the blank line between
 * paragraphs it was. A run is quoted mail when a line in it is marks alone or most of its lines
 * open with one `>`: a caption's speaker changes (`>> NAME:` on every line) are no quote.
 */
function unquoteMail(text: string, file: VFile): string {
  if (text.charCodeAt(0) !== 0x3e && !text.includes('\n>')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    if ((lines[i] as string).charCodeAt(0) !== 0x3e) {
      i++;
      continue;
    }
    let end = i;
    let bare = false;
    let single = 0;
    while (end < lines.length && (lines[end] as string).charCodeAt(0) === 0x3e) {
      const line = lines[end] as string;
      const marks = MAIL_QUOTE.exec(line)?.[0] ?? '>';
      if (line.slice(marks.length).trim() === '') bare = true;
      if (line.charCodeAt(1) !== 0x3e) single++;
      end++;
    }
    if (end - i >= 2 && (bare || single * 2 > end - i)) {
      for (let k = i; k < end; k++) {
        const line = lines[k] as string;
        const marks = MAIL_QUOTE.exec(line)?.[0] ?? '';
        lines[k] = ' '.repeat(marks.length) + line.slice(marks.length);
      }
      report(file, 'mail-quote', `Removed the e-mail quote marks (>) of lines ${i + 1}–${end}`, {
        line: i + 1,
        endLine: end,
        actual: '>',
      });
      changed = true;
    }
    i = end;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Parses transcript text into a Root of paragraphs (and front matter).
 *
 * @example parseScript('Title\n\nFirst paragraph.', new VFile()).children.length // 2
 */
function parseScript(input: string, file: VFile): Root {
  let text = input;
  let bomOffset = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bomOffset = 1;
    report(file, 'bom', 'Removed a byte order mark at the start of the text', { line: 1 });
  }
  text = unquoteMail(text, file);
  const root: Root = { type: 'root', children: [] };
  let spaceLines = 0;
  let firstSpaceLine: number | null = null;
  let group: Line[] = [];
  const chapters = new Set<number>();
  let seenParagraph = false;
  // The whole text's shape is read as the lines' is: a no-break space as a space.
  const shape = text.indexOf('\u00a0') === -1 ? text : noBreakSpaces(text);
  // A copy with a blank line after every line is read as the text it was copied from: its lines
  // and records by the shape without the blank line each line was given.
  const spaced = isSpacedCopy(shape);
  const whole = spaced ? unspacedCopy(shape) : shape;
  // A page copied from a PDF whose every line, wrapped or not, came with a blank line after it
  // (the Portuguese Assembleia's Diário on its debates site): paragraphs are parted alike, so
  // only a line that cannot end one (mid-sentence before a lower-case line, or a courtesy
  // title's abbreviation before a name) goes on across its blank line. Read only where three
  // breaks or more fall mid-sentence.
  const wraps = spaced ? null : countBlankWraps(shape);
  const blankWraps =
    wraps !== null && wraps.count >= MIN_BLANK_WRAPS && wraps.ends >= MIN_BLANK_WRAPS;
  const wrapRun = wraps?.run ?? 1;
  const stampedNames = hasStampedNames(whole);
  const timedParagraphs = !stampedNames && hasTimedParagraphs(whole);
  const stampedOpenings = !stampedNames && !timedParagraphs && hasStampedOpenings(whole);
  const closingTimes = hasClosingTimes(whole);
  const editorLabels = editorTranscriptLabels(whole);
  // A meeting's or a chat's copy labelling people by address (`jane.doe@example.org: …`): two such
  // lines or more mark their labels as tags (one alone may be a sentence's address).
  const emailLabels = whole.includes('@') && (whole.match(EMAIL_LABELS)?.length ?? 0) > 1;
  // The width the text is hard-wrapped at, if it is (0: none).
  const textWidth = textWrapWidth(whole);
  file.data.wrapWidth = textWidth;
  // A caption panel copied with a blank line after each caption (`0:00` / caption / blank):
  // its pieces are held, then read as one panel when together they are one.
  let held: Line[][] = [];
  // An IRC log: each message, action and event line is a paragraph of its own; a message's or
  // an action's nick is its tag (read again by the speakers plugin), its time not taken out.
  const irc = isIrcLog(whole);
  let ircLines = 0;
  let firstIrcLine: number | null = null;
  const flush = () => {
    if (group.length === 0) return;
    // A chapter title alone between the pieces (`Ferry service`) is held with them, and so is a
    // time alone and its caption when a copy put a blank line after every line.
    const afterStamp = isBareTimestamp(held.at(-1)?.at(-1));
    if (
      !stampedNames &&
      !timedParagraphs &&
      !stampedOpenings &&
      (isPanelPiece(group) ||
        (group.length === 1 && isBareTimestamp(group[0]) && !afterStamp) ||
        (afterStamp && isPanelCaption(group)) ||
        (held.length > 0 && isChapterLine(group)))
    ) {
      held.push(group);
      group = [];
      return;
    }
    release();
    flushGroup();
  };
  const release = () => {
    if (held.length === 0) return;
    const pieces = held;
    const after = group;
    held = [];
    // A title after the last piece titles nothing of the panel: it is read on its own (a
    // caption under its time is not one).
    const trailing =
      isChapterLine(pieces.at(-1) as Line[]) && !isBareTimestamp(pieces.at(-2)?.at(-1))
        ? pieces.pop()
        : undefined;
    const joined = pieces.flat();
    const inline = pieces.length > 1 ? inlinePanel(joined) : null;
    if (pieces.length > 1 && (isTimestampPanel(joined) || (inline && isTimestampPanel(inline)))) {
      group = joined;
      flushGroup();
    } else {
      for (const piece of pieces) {
        group = piece;
        flushGroup();
      }
    }
    if (trailing) {
      group = trailing;
      flushGroup();
    }
    group = after;
  };
  // The time of a paragraph alone on the lines above it (see below), for the paragraph's tag.
  let pendingMs: number | null = null;
  const flushGroup = () => {
    if (group.length === 0) return;
    stampedRoles(group);
    // An editor's transcript export: the label under each range is its speaker's tag.
    if (editorLabels !== null) {
      for (let i = 0; i + 2 < group.length; i++) {
        const label = group[i + 1] as Line;
        if (isTimecodeRange((group[i] as Line).trimmed) && editorLabels.has(label.trimmed))
          label.tag ??= editorLabelTag(label.trimmed);
      }
    }
    // A time with hours closing a group (`… - Transcript` / `00:00:00`, Google Meet's header over
    // the first turns): the time of the paragraph after it, read apart from the lines above. Not
    // under a speaker's name, whose time it is (`Lena Fischer` / `00:00:04`).
    // One time only: the lines above it end in words, so the group is split once.
    const last = group.length > 1 ? (group[group.length - 1] as Line) : null;
    const above = group[group.length - 2];
    if (
      last !== null &&
      above !== undefined &&
      ELAPSED_TIME_LINE.test(last.trimmed) &&
      !ELAPSED_TIME_LINE.test(above.trimmed) &&
      // (Meet's title, `Harbour budget sync - Transcript`, is no speaker's name over a time.)
      (!isNameLine(above) || above.trimmed.endsWith(' - Transcript')) &&
      !isTimestampPanel(group)
    ) {
      group.pop();
      flushGroup();
      group = [last];
    }
    const opening = !seenParagraph;
    let paragraphs: Line[][];
    const inline = inlinePanel(group);
    if (inline !== null && isTimestampPanel(inline)) group = inline;
    // A text of timed paragraphs copied without blank lines: each time opens its paragraph.
    if (timedParagraphs ? stampCount(group) > 1 : isTimestampPanel(group)) {
      const panel = splitPanel(group, timedParagraphs);
      paragraphs = panel.paragraphs;
      for (const line of panel.chapters) chapters.add(line.line);
      const first = panel.stamps[0];
      if (first)
        report(
          file,
          'panel-timestamps',
          `Left out ${panel.stamps.length} timestamp lines of a copied caption panel (${first.trimmed} to ${panel.stamps[panel.stamps.length - 1]?.trimmed})`,
          { line: first.line, actual: panel.stamps.map((l) => l.trimmed).join(' ') },
        );
    } else
      paragraphs = splitGroup(group, opening, stampedNames, file.data.continuedLines, textWidth);
    if (paragraphs.length > 0) seenParagraph = true;
    // Words broken at a line's end: looked for only in a group with a line ending in a hyphen.
    let broken = false;
    for (const l of group) if (l.trimmed.charCodeAt(l.trimmed.length - 1) === 45) broken = true;
    const wrapped = broken && group.length > 2 && isHardWrapped(group);
    for (const para of paragraphs) {
      // A time with hours alone between a meeting transcript's paragraphs (Google Meet's
      // `00:05:07` every few minutes, an export's `00:00:09` over each turn): the next
      // paragraph's time, not words. A caption panel's times were read above; a clock (`10:30`)
      // has no seconds.
      const only = para.length === 1 ? (para[0] as Line) : null;
      // So is a range alone (`[00:01:02] --> [00:01:09]` over a turn, `00:00:06:10 - 00:00:14:02`).
      const elapsed =
        only === null
          ? null
          : ELAPSED_TIME_LINE.test(only.trimmed)
            ? parseAnchorTime(only.trimmed)
            : rangeLineMs(only.trimmed);
      if (only !== null && elapsed !== null) {
        pendingMs = elapsed;
        anchored(file, only.line, only.trimmed);
        continue;
      }
      const segments: Segment[] = para.map((l) => {
        const raw = l.text.indexOf('\u00a0') === -1 ? l.text : noBreakSpaces(l.text);
        // The line's tag as read here, for a plugin reading the raw line's tag again.
        const tag = raw === l.trimmed ? l.tag : undefined;
        return { line: l.line, offset: l.offset, text: l.text, raw, tag };
      });
      const joined = broken && para.length > 1 && joinHyphenation(segments, wrapped, file);
      let timed = false;
      let lineMs: number | null = null;
      // A range alone over the words is read whole below, neither end a time of its own.
      const ranged = para.length > 1 && isTimecodeRange((para[0] as Line).trimmed);
      for (let k = ranged ? 1 : 0; k < para.length; k++) {
        const opening = timeAnchorOut(
          para[k] as Line,
          segments[k] as Segment,
          file,
          stampedOpenings && k === 0,
        );
        if (opening !== null) {
          timed = true;
          // The first line's own time (`[00:00:05] S1: …`), for a tag a later rule may read.
          if (k === 0) lineMs ??= opening.ms;
        }
        // A name and its time over the words (`Jane Doe [00:01:23]` / `Good evening…`) is the
        // turn's heading, read as a name line with its time, not a paragraph's closing time.
        const heading =
          closingTimes && k === 0 && para.length > 1 && isTimedNameLine(para[0] as Line);
        const closing =
          closingTimes && !heading
            ? closingTimeOut(para[k] as Line, segments[k] as Segment, file)
            : null;
        if (closing !== null) {
          timed = true;
          lineMs ??= closing;
        }
        if (inlineTimesOut(segments[k] as Segment, file)) timed = true;
      }
      // A podcast app's paragraph under the same speaker opens with its time alone on a line,
      // and so does each paragraph of an interactive transcript copied as text (a short line
      // under the time is a name, the two a tag, unless it opens in lower case).
      if (
        para.length > 1 &&
        isBareTimestamp(para[0]) &&
        (stampedNames ||
          (timedParagraphs &&
            (!isNameLine(para[1] as Line) || opensLowerCase((para[1] as Line).trimmed))))
      ) {
        const stamp = (para[0] as Line).trimmed;
        applyEdits(segments[0] as Segment, '', [
          { start: 0, end: (segments[0] as Segment).text.length, to: '' },
        ]);
        timed = anchored(file, (para[0] as Line).line, stamp);
      } else if (
        // A caption's time range alone over its words, no speaker named (an editor's export,
        // `00:01:16:00 - 00:01:20:00` / the words): the paragraph's time, not words.
        !timed &&
        para.length > 1 &&
        isTimecodeRange((para[0] as Line).trimmed) &&
        tagOf(para[1] as Line) === null &&
        !isNameLine(para[1] as Line)
      ) {
        const stamp = (para[0] as Line).trimmed;
        applyEdits(segments[0] as Segment, '', [
          { start: 0, end: (segments[0] as Segment).text.length, to: '' },
        ]);
        lineMs ??= rangeLineMs(stamp);
        timed = anchored(file, (para[0] as Line).line, stamp);
      }
      const node: Paragraph = {
        type: 'paragraph',
        value:
          joined || timed
            ? segments
                .map((seg) => seg.text.trim())
                .filter(Boolean)
                .join(' ')
            : para.length === 1
              ? (para[0] as Line).trimmed
              : joinLines(para),
        segments,
      };
      if (para.length === 1 && para[0]?.videoCell) node.data = { videoCell: true };
      lineMs ??= pendingMs;
      pendingMs = null;
      if (lineMs !== null) node.data = { ...node.data, lineTimeMs: lineMs };
      const position = segmentsPosition(segments);
      if (position) node.position = position;
      root.children.push(node);
    }
    group = [];
  };
  // Captions whose lines open with `>>`: a `>>` inside a line opens another voice's words too.
  const chevronText = text.includes('>>') && CHEVRON_LINE.test(whole);
  const columns = isTwoColumnScript(whole);
  const spacedColumns = !columns && isTwoColumnScript(whole, true);
  const labelledColumns = !columns && isLabelledAvScript(whole);
  let blankRun = 0;
  // Lines parted by one blank line that may be one paragraph's (see blankWraps below).
  let deferred = false;
  if (spaced) {
    report(
      file,
      'blank-line',
      'Read a copy with a blank line after every line: one blank line as a line break, two or more as a paragraph break',
      { line: 1, severity: 'info' },
    );
  }
  let columnRows = 0;
  let firstRow: number | null = null;
  // Times read out under a panel's timestamps, left out (see isSpokenStamp), in a panel that
  // reads its times out; the last line of text consumed.
  const spokenTimes = hasSpokenStamps(whole);
  const spokenStamps: Line[] = [];
  let lastText: Line | undefined;
  const consume = (l: Line) => {
    // A label the input marks is a tag whatever its words look like (`Travis: Absolutely`).
    if (
      l.tag === undefined &&
      (file.data.tagLines?.has(l.line) || (emailLabels && MARKED_EMAIL.test(l.trimmed)))
    )
      l.tag = parseTag(l.trimmed) ?? parseTag(l.trimmed, true);
    const cells =
      (columns || spacedColumns) && !l.blank ? twoColumnCells(l.text, spacedColumns) : null;
    if (cells !== null && !(spacedColumns ? AV_SPACED_HEADER : AV_HEADER).test(l.trimmed)) {
      // The row as two lines: the video cell, a paragraph of its own, then the audio cell.
      columnRows++;
      firstRow ??= l.line;
      const left = l.text.slice(0, l.text.indexOf(spacedColumns ? '   ' : '\t'));
      group.push({
        line: l.line,
        offset: l.offset,
        text: left,
        trimmed: trimAll(left),
        blank: false,
        videoCell: true,
      });
      const right = l.text.slice(cells.rightAt);
      group.push({
        line: l.line,
        offset: l.offset + cells.rightAt,
        text: right,
        trimmed: trimAll(right),
        blank: false,
      });
      return;
    }
    // A labelled row (`VIDEO: Wide of the docks`, `AUDIO: The strike began…`): the label names
    // the column; the video cell is a paragraph of its own, the audio cell opens the text.
    const labelled = labelledColumns && !l.blank ? AV_LABEL.exec(l.text) : null;
    if (labelled !== null) {
      columnRows++;
      firstRow ??= l.line;
      const at = labelled[0].length;
      const cell = l.text.slice(at);
      const video = VIDEO_LABEL.test(labelled[1] as string);
      if (!video && group.length > 0) flush();
      group.push({
        line: l.line,
        offset: l.offset + at,
        text: cell,
        trimmed: trimAll(cell),
        blank: false,
        ...(video ? { videoCell: true } : {}),
      });
      return;
    }
    if (irc && !l.blank) {
      const kind = ircLine(l.trimmed)?.kind;
      if (kind !== undefined) {
        l.chat = true;
        if (kind !== 'event') l.tag = ircTag(l.trimmed);
        ircLines++;
        firstIrcLine ??= l.line;
      }
    }
    if (l.blank) {
      if (l.text.length > 0) {
        spaceLines++;
        firstSpaceLine ??= l.line;
      }
      // A copy with a blank line after every line: one blank line is a line break.
      if (spaced) {
        if (++blankRun >= 2) flush();
      } else if (blankWraps) {
        // A PDF's wrapped lines spaced apart: the line below tells (see blankWrapGoesOn).
        if (++blankRun > wrapRun) flush();
        else deferred = true;
      } else flush();
      return;
    }
    if (deferred) {
      deferred = false;
      const above = group[group.length - 1];
      let width = 0;
      for (let k = Math.max(0, group.length - 3); k < group.length; k++)
        width = Math.max(width, (group[k] as Line).trimmed.length);
      if (above === undefined || !blankWrapGoesOn(above.trimmed, l.trimmed, width)) flush();
    }
    blankRun = 0;
    // A panel's time read out under it (`0:03` / `3 seconds`): the time again, not a caption.
    const above = lastText;
    lastText = l;
    if (spokenTimes && isBareTimestamp(above) && isSpokenStamp(above?.trimmed ?? '', l.trimmed)) {
      spokenStamps.push(l);
      return;
    }
    if (chevronText && l.trimmed.includes(' >>')) {
      for (const piece of chevronPieces(l)) group.push(piece);
    } else group.push(l);
  };
  const indent = commonIndent(text);
  if (indent > 0) {
    report(
      file,
      'indent',
      `Read the ${indent} spaces every line opens with as the text's margin, not an indent`,
      { line: 1, actual: ' '.repeat(indent) },
    );
  }
  // Front matter can only open the text: its first lines are held until the fence closes.
  let head: Line[] | null = /^ *---[ \t]*\r?\n/.test(text) ? [] : null;
  const settleHead = () => {
    if (!head) return;
    const fm = readFrontMatter(head);
    if (fm) root.children.push(fm.node);
    for (const l of head.slice(fm ? fm.next : 0)) consume(l);
    head = null;
  };
  let last: Line | null = null;
  const take = (l: Line) => {
    if (!head) {
      consume(l);
      return;
    }
    head.push(l);
    const fence = head.length > 1 && (l.text.trim() === '---' || l.text.trim() === '...');
    if (fence || head.length >= FRONT_MATTER_MAX_LINES) settleHead();
  };
  // Turns run together on one line (its breaks lost) are read as the lines they were.
  const runIn = irc ? null : runInTagNames(shape);
  let runInTurns = 0;
  let runInLine: number | null = null;
  const carriageReturns = forEachLine(
    text,
    bomOffset,
    (l) => {
      last = l;
      const cuts = runIn === null || l.blank ? null : runInCuts(l.text, runIn);
      if (!cuts || cuts.length === 0) {
        take(l);
        return;
      }
      runInTurns += cuts.length;
      runInLine ??= l.line;
      let from = 0;
      for (const to of [...cuts, l.text.length]) {
        const piece = l.text.slice(from, to);
        const trimmed = trimAll(piece);
        take({
          line: l.line,
          offset: l.offset + from,
          text: piece,
          trimmed,
          blank: trimmed === '',
        });
        from = to;
      }
    },
    indent,
    shape,
  );
  const firstSpoken = spokenStamps[0];
  if (firstSpoken !== undefined) {
    report(
      file,
      'panel-time-labels',
      `Left out ${spokenStamps.length} line(s) reading out a copied caption panel's time (${firstSpoken.trimmed})`,
      { line: firstSpoken.line, actual: spokenStamps.map((l) => l.trimmed).join('\n') },
    );
  }
  if (runInTurns > 0) {
    report(
      file,
      'run-in-tag',
      `Read ${runInTurns} speaker tag(s) inside lines as the start of their turns (the text's line breaks were lost)`,
      { line: runInLine, severity: 'info' },
    );
  }
  settleHead();
  flush();
  release();
  if (columnRows > 0) {
    report(
      file,
      'two-column-script',
      `Read ${columnRows} rows of a two-column script: each video cell is a cue (a direction), the audio column the text`,
      { line: firstRow, severity: 'info' },
    );
  }
  if (carriageReturns > 0) {
    report(
      file,
      'line-endings',
      `Normalized ${carriageReturns} Windows or old Mac line endings (CR) to LF`,
      { line: 1 },
    );
  }
  if (spaceLines > 0) {
    report(
      file,
      'blank-line',
      `Read ${spaceLines} line(s) of only spaces or no-break spaces as blank lines`,
      {
        line: firstSpaceLine,
      },
    );
  }
  // A copied caption panel's chapter titles are the headings of its parts.
  if (chapters.size > 0) root.data = { hints: { subheadLines: chapters } };
  if (spaced) root.data = { ...root.data, lineStep: 2 };
  if (irc) {
    root.data = { ...root.data, chatLog: 'irc' };
    report(
      file,
      'chat-log',
      `Read ${ircLines} lines of an IRC log: each <nick> is a speaker, a “* nick” line their action, join and part lines notes`,
      { line: firstIrcLine, severity: 'info' },
    );
  }
  const end = last as Line | null;
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: end?.line ?? 1, column: (end?.text.length ?? 0) + 1, offset: input.length },
  };
  return root;
}

/** unified parser plugin: text → script tree. */
export const scriptParse: Plugin<[], string, Root> = function scriptParse() {
  this.parser = (doc: string, file: VFile) => parseScript(doc, file);
};
