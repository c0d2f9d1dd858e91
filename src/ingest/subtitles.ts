/**
 * Subtitles (SRT, WebVTT) back to transcript text: cue numbers, timings, settings and tags go,
 * the words stay, and cues are re-joined into paragraphs (a subtitle is a screenful, not a
 * paragraph). One pass over the lines, following the WebVTT parser's block structure
 * (https://www.w3.org/TR/webvtt1/#file-parsing) loosely enough to read real-world SRT too.
 */
import { clockFields, clockMs, formatHms } from '../core/clock.ts';
import {
  isSoundDescription,
  isSoundSurnameName,
  isSoundWord,
  SDH_SOUND,
  splitDirections,
  type TextPart,
} from '../core/directions.ts';
import type { Message } from '../core/document.ts';
import { declaredLanguage } from '../core/language.ts';
import { lazy, lazyRegExp } from '../core/lazy.ts';
import {
  HAS_LETTER,
  HAS_LOWERCASE,
  HAS_TWO_UPPERCASE,
  HAS_UPPERCASE,
  STARTS_UPPERCASE,
} from '../core/letter-patterns.ts';
import { OFFICES, POSSESSIVE_LABEL, RANKS, ROLE_WORDS } from '../core/tag-grammar.ts';
import { isDeviceName } from '../core/tags.ts';
import { normalizeWord, type TimedToken } from '../core/timed.ts';
import type { DirectionSpan } from '../core/tree.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import { decodeEntities } from './html.ts';
import {
  droppedLinesMessage,
  type IngestedText,
  joinParagraphs,
  type SourcedLine,
  sourceLines,
} from './lines.ts';

export interface SubtitleIngestOptions {
  /** Start each paragraph with its first cue's start time as a `[00:01:23]` anchor. */
  keepCueTimes?: boolean;
  /** The video's frame rate, for timing lines in frame timecodes (`00:00:01:12`; default 25). */
  fps?: number;
}

/** A pause this long between two cues starts a new paragraph (ms). */
export const PARAGRAPH_GAP_MS = 2000;
/** After this many words a paragraph ends at the next sentence end. */
const PARAGRAPH_MAX_WORDS = 80;

export interface Cue {
  startMs: number;
  endMs: number;
  /** Text lines of the cue, with their 1-based source line. */
  lines: SourcedLine[];
}

/**
 * Parses one WebVTT or SRT cue timestamp (`01:02:03.456`, `02:03,456`, `1:02:03,4`) to ms, or
 * null.
 *
 * @example parseCueTimestamp('00:01:23,500') // 83500
 */
export function parseCueTimestamp(value: string): number | null {
  const fields = clockFields(value.trim());
  // `mm:ss` without a fraction is too ambiguous to be a timestamp.
  if (!fields || (fields.hours === undefined && fields.fraction === undefined)) return null;
  return clockMs(fields);
}

/**
 * The timing line's arrow: `-->`, or as a word processor's autocorrect leaves it (`–>`, `→`:
 * a file edited in Word or Google Docs) or a hyphen short (`->`).
 */
const ARROW = /[-–—]{1,2}>|→/;

/** A broadcast tool's SRT timestamp in frames (`00:00:01:12`, `;` drop-frame). */
const FRAME_TIMECODE = /^\d\d:\d\d:\d\d[:;]\d\d$/;

/** A cue setting after the end time: WebVTT's (`align:start`, `line:84%`), SRT's `X1:40`. */
const CUE_SETTING = /^[A-Za-z][\w-]{0,20}:[^\s:]{1,64}$/;

/** A timestamp in brackets of its own (`[00:01:02]`, a transcript tool's arrow ranges). */
function unbracketed(value: string): string {
  return value.length > 2 && value[0] === '[' && value.at(-1) === ']' ? value.slice(1, -1) : value;
}

/**
 * Parses a cue timing line (`start --> end [settings]`), or null when the line is not one. Some
 * broadcast tools write SRT in frame timecodes (`00:00:01:12 --> 00:00:04:00`): read at `fps`
 * (default 25), `frames` set. Each time may stand in brackets of its own (`[00:01:02] -->
 * [00:01:09]`, transcript tools' ranges); words after the end time that are no cue settings
 * (`00:00:01,000 --> 00:00:03,000 CHAIR:`, a first caption line some exporters put there) are
 * the cue's `text`.
 */
export function parseTiming(
  line: string,
  fps = 25,
): { startMs: number; endMs: number; frames?: true; text?: string } | null {
  const arrow = ARROW.exec(line);
  if (!arrow) return null;
  // A cue number run onto its timing line (`1 00:00:01,000 --> …`) is no part of the time.
  const opening = line.slice(0, arrow.index).trim();
  const first = unbracketed(opening.replace(/^\d{1,9}[ \t]+(?=\S)/, ''));
  // WebVTT step: the end timestamp is followed by optional cue settings after whitespace.
  const rest = line.slice(arrow.index + arrow[0].length).trim();
  const space = rest.search(/\s/);
  const second = unbracketed(space === -1 ? rest : rest.slice(0, space));
  // Settings first, then words: the words from the first token that is no setting (one pass).
  let at = space === -1 ? rest.length : space;
  for (;;) {
    while (at < rest.length && /\s/.test(rest[at] as string)) at++;
    const gap = rest.slice(at, at + 96).search(/\s/);
    const end = gap === -1 ? Math.min(rest.length, at + 96) : at + gap;
    if (at >= rest.length || !CUE_SETTING.test(rest.slice(at, end))) break;
    at = end;
  }
  const text = rest.slice(at);
  const words = text === '' ? {} : { text };
  if (FRAME_TIMECODE.test(first) && FRAME_TIMECODE.test(second)) {
    const startMs = parseTimeValue(first, fps);
    const endMs = parseTimeValue(second, fps);
    return startMs === null || endMs === null ? null : { startMs, endMs, frames: true, ...words };
  }
  // Minutes and seconds alone (`[01:02] --> [01:09]`) are a time in brackets of its own.
  const time = (value: string, bracketed: boolean): number | null => {
    const fields = bracketed ? clockFields(value) : null;
    return fields ? clockMs(fields) : parseCueTimestamp(value);
  };
  const startMs = time(first, opening.endsWith(']'));
  const endMs = time(second, second.length < rest.length && rest.startsWith('['));
  if (startMs === null || endMs === null) return null;
  return { startMs, endMs, ...words };
}

/**
 * The frame rate of a file's frame timecodes: `fps` (default 25), or 30 when a frame number is
 * past it (SubCap, Spruce STL and frame-timed SRT do not say their rate).
 */
export function frameRate(source: string, given = 25): number {
  for (const m of source.matchAll(/\d\d[:;]\d\d[:;]\d\d[:;](\d\d)\b/g))
    if (Number(m[1]) >= given) return 30;
  return given;
}

/** The message saying at what rate a file's frames were read (`caption-frames`). */
export function framesMessage(fps: number): Message {
  return {
    ruleId: 'caption-frames',
    reason: `Read the frames at ${Number(fps.toFixed(3))} fps (set fps= to change)`,
    line: 1,
    column: 1,
    severity: 'info',
  };
}

/**
 * Text as WebVTT cue text: `&`, `<` and `>` escaped, so that readers of other caption formats
 * hand their words to {@link cuesToLines} without them being read as tags.
 *
 * @example escapeCueText('A <b> & c') // 'A &lt;b&gt; &amp; c'
 */
export function escapeCueText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `[HH:MM:SS]`, the time anchor the core pipeline reads back as a block's timestamp. */
export function formatAnchor(ms: number): string {
  return `[${formatHms(Math.floor(ms / 1000) * 1000)}]`;
}

/** whisper.cpp's `[BLANK_AUDIO]` and special tokens (`[_BEG_]`, `[_TT_150]`), a line alone. */
const WHISPER_MARKER = /^\[(?:BLANK_AUDIO|_[A-Z]+_(?:\d{1,5}|[A-Z]*_?))\]$/;

const BLOCK_KEYWORD = /^(NOTE|STYLE|REGION)([ \t]|$)/;
const INDEX_LINE = /^\d{1,9}$/;

/**
 * Splits the source into cues. Blocks are runs of non-blank lines; the WebVTT header and `NOTE`,
 * `STYLE` and `REGION` blocks are dropped; a block without a timing line continues the cue before
 * it (SRT files with blank lines inside a cue); text before the first cue is set apart.
 */
function parseCues(
  source: string,
  given?: number,
): {
  cues: Cue[];
  preamble: SourcedLine[];
  messages: Message[];
  language: string | null;
} {
  const { lines, blocks } = captionBlocks(source);
  // Frame timecodes (see parseTiming): read at the rate the file's frame numbers allow.
  const fps = /\d[:;]\d\d[ \t]*(?:[-–—]{1,2}>|→)/.test(source) ? frameRate(source, given) : 25;
  let frames = false;
  const markers: SourcedLine[] = [];
  /** Cues that held a marker: one left without words is a silence, not a cue. */
  const silent = new Set<Cue>();
  let cues: Cue[] = [];
  // Text before the first cue (a title or credit line), without the first cue's number.
  const preamble: SourcedLine[] = [];
  // What the file says about itself, not shown: its header's lines, notes, styles and regions.
  const dropped: Record<'metadata' | 'comment' | 'styling', SourcedLine[]> = {
    metadata: [],
    comment: [],
    styling: [],
  };
  let cue: Cue | null = null;
  let first = true;
  for (const [i, end] of blocks) {
    const head = (lines[i] ?? '').trim();
    // Files joined end to end (HLS segments, `cat *.vtt`): each later `WEBVTT` opens a header.
    const header = first ? head.startsWith('WEBVTT') : /^WEBVTT(?:[ \t]|$)/.test(head);
    first = false;
    const keyword = BLOCK_KEYWORD.exec(head)?.[1];
    // A header with no blank line before the first cue (`WEBVTT` / `00:00:01.000 --> …`, as
    // some tools write it): the header ends at the first timing line, the cues go on from there.
    let cuesFrom = header ? end : i;
    if (header)
      for (let j = i + 1; j < end && cuesFrom === end; j++)
        if (parseTiming((lines[j] ?? '').trim(), fps)) cuesFrom = j;
    if (header || keyword) {
      const kind = header ? 'metadata' : keyword === 'NOTE' ? 'comment' : 'styling';
      // The header's `WEBVTT` and a note's `NOTE` are the format's words, not the file's.
      for (let j = i; j < (header ? cuesFrom : end); j++) {
        const text = (lines[j] ?? '').trim();
        const own =
          j === i && (header || keyword === 'NOTE')
            ? text.replace(/^(?:WEBVTT|NOTE)\s*/, '')
            : text;
        if (own !== '') dropped[kind].push({ text: own, line: j + 1 });
      }
    }
    if (!keyword && cuesFrom < end) {
      for (let j = cuesFrom; j < end; j++) {
        const line = (lines[j] ?? '').trim();
        const timing = parseTiming(line, fps);
        // whisper.cpp's mark of silence (and its special tokens) is no caption: dropped, as the
        // speech-to-text reader drops it (`asr-tool-markers`).
        if (!timing && cue && WHISPER_MARKER.test(line)) {
          markers.push({ text: line, line: j + 1 });
          silent.add(cue);
          continue;
        }
        if (!timing) {
          (cue ? cue.lines : preamble).push({ text: line, line: j + 1 });
          continue;
        }
        if (!cue && preamble.at(-1)?.line === j) preamble.pop();
        // The line before a timing line is its cue number or identifier, not text: always at
        // the start of a block, and a bare number when cues are not separated by blank lines.
        const before = cue?.lines.at(-1);
        // (Not the words of the timing line before it.)
        if (
          cue &&
          before &&
          before.line === j &&
          (j === i + 1 || INDEX_LINE.test(before.text)) &&
          !parseTiming((lines[j - 1] ?? '').trim(), fps)
        ) {
          cue.lines.pop();
        }
        if (timing.frames) frames = true;
        cue = { startMs: timing.startMs, endMs: timing.endMs, lines: [] };
        if (timing.text) cue.lines.push({ text: timing.text, line: j + 1 });
        cues.push(cue);
      }
    }
  }
  if (silent.size > 0) cues = cues.filter((c) => c.lines.length > 0 || !silent.has(c));
  const messages: Message[] = frames ? [framesMessage(fps)] : [];
  const report = (ruleId: string, list: SourcedLine[], reason: string) => {
    const message = droppedLinesMessage(ruleId, list, reason);
    if (message) messages.push(message);
  };
  report(
    'asr-tool-markers',
    markers,
    `Dropped ${markers.length} recognizer marker(s) that are not words ([BLANK_AUDIO])`,
  );
  report(
    'caption-metadata',
    dropped.metadata,
    `Dropped ${dropped.metadata.length} line(s) of the WebVTT header (not spoken text)`,
  );
  report(
    'caption-comment',
    dropped.comment,
    `Dropped ${dropped.comment.length} line(s) of NOTE blocks (comments are not shown)`,
  );
  report(
    'caption-styling',
    dropped.styling,
    `Dropped ${dropped.styling.length} line(s) of STYLE and REGION blocks (how the captions look)`,
  );
  // The header's `Language: fr` (YouTube's and most tools' WebVTT): the captions' language.
  let language: string | null = null;
  for (const { text } of dropped.metadata) {
    const [name, value] = text.split(':');
    if (value !== undefined && name?.trim().toLowerCase() === 'language')
      language = declaredLanguage(value);
  }
  return { cues, preamble, messages, language };
}

/**
 * A caption file's lines (byte order mark dropped, any line break) and its blocks: runs of
 * non-blank lines, as [first, end) line indexes.
 */
export function captionBlocks(source: string): { lines: string[]; blocks: [number, number][] } {
  const lines = sourceLines(source);
  const blocks: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').trim()) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').trim()) end++;
    blocks.push([i, end]);
    i = end;
  }
  return { lines, blocks };
}

/** One word of a cue line, with the inline time before it (`<00:00:01.480>`), if any. */
interface CueWord {
  text: string;
  inlineMs: number | null;
  /** Underlined (`<u>word</u>`): the word a word-highlight cue shows being said. */
  highlighted?: boolean;
}

/**
 * A directory display name in a voice span, `Surname, Given` (Teams and Outlook in many
 * organisations: `<v Natarajan, Priya>`), with an optional suffix (`(Guest)`, `(Contoso)`).
 * One to three capitalised words before the comma, one or two after. Each word is a run of
 * letters: no nested quantifier.
 */
const DIRECTORY_NAME = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}), (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?)((?: \([^()]{1,40}\))?)$`,
  'u',
);

/**
 * Words that make the part after the comma a title or a role, not a given name (`Doe, Reporter`),
 * made on first use.
 */
const TITLE_WORDS: () => ReadonlySet<string> = lazy(
  () =>
    new Set([
      ...OFFICES,
      ...Object.keys(RANKS),
      ...Object.values(ROLE_WORDS()).flatMap((words) => Object.keys(words)),
      'ceo',
      'cfo',
      'editor',
      'producer',
      'guest',
      'staff',
      'intern',
      'jr',
      'sr',
      'ii',
      'iii',
    ]),
);

/**
 * The voice of a `<v>` span as the speaker's name: `Natarajan, Priya` → `Priya Natarajan`
 * (`flipped` true); any other voice as it is. Not when the part after the comma is in capitals
 * or a title or role word (`Doe, Reporter`, `Smith, Jr.`).
 */
export function voiceName(voice: string): { name: string; flipped: boolean } {
  const m = DIRECTORY_NAME.exec(voice);
  if (!m) return { name: voice, flipped: false };
  const given = m[2] ?? '';
  const isTitle = given
    .toLowerCase()
    .split(' ')
    .some((w) => TITLE_WORDS().has(w.replace(/[.'’]/g, '')));
  if (isTitle || (given.length > 1 && given === given.toUpperCase())) {
    return { name: voice, flipped: false };
  }
  return { name: `${given} ${m[1] ?? ''}${m[3] ?? ''}`, flipped: true };
}

/** A cue line read: its words, the `<v Name>` voice it opens, and ruby text it dropped. */
interface CueLine {
  words: CueWord[];
  voice: string | null;
  /** Characters of `<rt>` ruby text (a reading shown above the words, not spoken words). */
  ruby: number;
  /** The colour the line opens in (`<font color="#ffff00">`, `<c.yellow>`), or null. */
  colour: string | null;
}

/**
 * Reads one cue line: HTML-like tags and ASS overrides (`{\an8}`) go, `<br>` and ASS breaks
 * (`\N`) separate words, ruby text (`<rt>`) goes, character references are
 * decoded, a `<v Name>` voice is noted, and inline timestamps (YouTube: `<00:00:01.480><c> for</c>`)
 * give the time of the word after them. One pass.
 */
function readCueLine(text: string): CueLine {
  const words: CueWord[] = [];
  let voice: string | null = null;
  let colour: string | null = null;
  let pending = '';
  let pendingMs: number | null = null;
  // Inside `<rt>…</rt>`: ruby text, dropped (the annotated base text is what is said).
  let inRuby = false;
  let ruby = 0;
  // After `<u>` at a word start: the next word is the highlighted one.
  let highlightNext = false;
  let unclosedBrace = false;
  const flushText = (): void => {
    const decoded = decodeEntities(pending);
    pending = '';
    let first = true;
    for (const w of decoded.split(/\s+/)) {
      if (!w) continue;
      const word: CueWord = { text: w, inlineMs: first ? pendingMs : null };
      if (first && highlightNext) word.highlighted = true;
      words.push(word);
      first = false;
      pendingMs = null;
      highlightNext = false;
    }
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      const gt = text.indexOf('>', i + 1);
      if (gt === -1) {
        pending += text.slice(i);
        break;
      }
      const tag = text.slice(i + 1, gt);
      const name = tag.split(/[\s.]/, 1)[0]?.toLowerCase() ?? '';
      if (name === 'rt') inRuby = true;
      else if (name === '/rt' || name === '/ruby') inRuby = false;
      // A line break inside a line (`<br>`, `<br/>`) separates words.
      else if (name === 'br' || name === 'br/') pending += ' ';
      // `<u>` opening at a word start (not inside a word) marks the next word.
      else if (name === 'u' && (pending === '' || /\s$/.test(pending))) {
        flushText();
        highlightNext = true;
      }
      // Broadcast captions tell speakers apart by the colour of their text.
      if (words.length === 0 && !pending.trim()) colour ??= tagColour(tag);
      if (/^v[ .\t]/.test(tag)) {
        const space = tag.search(/[ \t]/);
        if (space !== -1) voice = decodeEntities(tag.slice(space + 1).trim()) || null;
      } else {
        const ms = parseCueTimestamp(tag);
        if (ms !== null) {
          // The words so far end before this time; the next word starts at it.
          flushText();
          pendingMs = ms;
          i = gt + 1;
          continue;
        }
      }
      // A tag separates words only where the text has a space (`<c> for</c>`).
      i = gt + 1;
      continue;
    }
    // ASS hard line break and hard space (`\N`, `\n`, `\h`) in captions converted from ASS.
    if (ch === '\\' && (text[i + 1] === 'N' || text[i + 1] === 'n' || text[i + 1] === 'h')) {
      pending += ' ';
      i += 2;
      continue;
    }
    if (ch === '{' && text[i + 1] === '\\' && !unclosedBrace) {
      const close = text.indexOf('}', i + 2);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
      // No `}` after this: none after a later `{\` either (one search, not one per brace).
      unclosedBrace = true;
    }
    if (inRuby) ruby++;
    else pending += ch;
    i++;
  }
  flushText();
  return { words, voice, ruby, colour };
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** A cue line that is a direction: in brackets (`[APPLAUSE]`), or music between notes (`♪ tense music ♪`). */
/** A text colour opening a cue line: `<font color="#ffff00">`, WebVTT's colour classes `<c.yellow>`. */
const COLOUR_TAG =
  /^(?:font [^>]*color=["']?|c\.(?=(?:white|yellow|cyan|green|lime|magenta|red|blue)\b))(#?\w+)/i;
/** WebVTT colour classes named by their hex value, as some exporters write them (`<c.colorFFFF00>`). */
const HEX_CLASS = /^c\.colou?r_?([0-9a-f]{6}|[0-9a-f]{3})\b/i;
/** Colours by their channels at or over half (red, green, blue): greys and white are one. */
const CHANNEL_COLOURS = ['white', 'blue', 'green', 'cyan', 'red', 'magenta', 'yellow', 'white'];

/**
 * The colour a cue line's tag opens in, or null: a hex class as the named class of its hue
 * (`c.colorFFFF00` is `yellow`), a grey or white (`c.colorE5E5E5`, YouTube's) as `white`.
 */
function tagColour(tag: string): string | null {
  const hex = HEX_CLASS.exec(tag)?.[1];
  if (hex === undefined) return COLOUR_TAG.exec(tag)?.[1]?.toLowerCase() ?? null;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  const rgb = [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16));
  const [r, g, b] = rgb as [number, number, number];
  // A colour whose channels are near one another is a grey: no hue.
  if (Math.max(r, g, b) - Math.min(r, g, b) < 64) return 'white';
  return CHANNEL_COLOURS[(r >= 128 ? 4 : 0) + (g >= 128 ? 2 : 0) + (b >= 128 ? 1 : 0)] ?? null;
}

const DIRECTION = /^(?:[[(][^\])]*[\])]|[♪♫][^♪♫]*[♪♫])$/;
const DIALOGUE_DASH = /^[-–—]$/;
/** `>>` or `>> NAME:` (broadcast captions). */
const CHEVRONS = '>>';

const CAPITALISED_WORD = lazyRegExp(String.raw`^[\p{Lu}][\p{L}\p{M}.'’-]{0,30}$`, 'u');

/**
 * A speaker label opening a cue line: `NAME:` in capitals (broadcast), or a name of one to four
 * capitalised words followed by a colon (Zoom: `Jane Doe: text`). Read word by word, no regex
 * over the whole line. Returns the number of words the label takes, or 0.
 */
function labelWords(words: readonly CueWord[]): number {
  let device = false;
  let paren = 0;
  let caps = false;
  for (let k = 0; k < Math.min(words.length - 1, 5 + paren); k++) {
    const w = words[k]?.text ?? '';
    const last = w.endsWith(':');
    const core = last ? w.slice(0, -1) : w;
    // A note after the name in a meeting's display name: `Jane Doe (she/her):`, `(Guest):`; a
    // manner after a name in capitals, as SDH captions write it (`JANE (whispering):`).
    if (paren > 0 || (k > 0 && core.startsWith('('))) {
      const note = core.replace(/^\(|\)$/g, '');
      if (paren === 0) caps = textOf(words.slice(0, k)) === textOf(words.slice(0, k)).toUpperCase();
      if (
        ++paren > 3 ||
        !(
          STARTS_UPPERCASE.test(note) ||
          /^[a-z]+\/[a-z]/i.test(note) ||
          (caps && /^[a-z]+$/.test(note))
        )
      )
        return 0;
      if (!core.endsWith(')')) continue;
      return last ? k + 1 : 0;
    }
    if (DEVICE_WORD.test(core)) device = true;
    else if (!CAPITALISED_WORD.test(core) && !/^\d{1,2}$/.test(core)) return 0;
    if (last) {
      // A device's name (`iPhone:`, `Galaxy S21:`) is a label only when it is one whole.
      if (device && !isDeviceName(labelName(words.slice(0, k + 1).map((x) => x.text)))) return 0;
      return k + 1;
    }
  }
  return 0;
}

/**
 * A word of a device's name that no personal name has (`iPhone`, `iPad`, `S21`, `7a`), or a
 * dial-in caller's phone number (`14155550123`).
 */
const DEVICE_WORD = lazyRegExp(
  String.raw`^(?:iPhone|iPad|\p{Lu}{1,2}\d{1,3}|\d{1,2}a|\+?\d{10,15})$`,
  'u',
);

/**
 * A speaker label alone on its line, naming who says the lines after it (`JANE:`, `Jane Doe:`):
 * a name in capitals, or of two to four capitalised words (one word like `Remember:` is speech).
 */
function wholeLineLabel(words: readonly CueWord[]): boolean {
  const n = words.length;
  const lastText = words[n - 1]?.text ?? '';
  if (n === 0 || n > 4 || !lastText.endsWith(':')) return false;
  if (labelWords([...words, { text: '', inlineMs: null }]) !== n) return false;
  const letters = words.map((w) => w.text).join('');
  return n >= 2 || (letters === letters.toUpperCase() && HAS_TWO_UPPERCASE.test(letters));
}

/** The name of a label's words: `JOHN`, `DOE:` → `JOHN DOE`. */
function labelName(words: readonly string[]): string {
  return words.join(' ').slice(0, -1);
}

/** Longest k: the last k of `tail` equal the first k of `head` (prefix function, linear). */
function longestOverlap(tail: readonly string[], head: readonly string[]): number {
  const n = Math.min(head.length, tail.length, ROLLING_MAX_WORDS);
  if (n === 0) return 0;
  const seq = [...head.slice(0, n), '\u0000', ...tail.slice(tail.length - n)];
  const pi = new Array<number>(seq.length).fill(0);
  for (let i = 1; i < seq.length; i++) {
    let k = pi[i - 1] ?? 0;
    while (k > 0 && seq[i] !== seq[k]) k = pi[k - 1] ?? 0;
    if (seq[i] === seq[k]) k++;
    pi[i] = k;
  }
  return pi[seq.length - 1] ?? 0;
}

/** Longest run of words a rolling cue can repeat from the cues before it. */
const ROLLING_MAX_WORDS = 200;
/** A cue this short repeating the cue before it whole holds a finished roll-up line (ms). */
const ROLLING_HOLD_MS = 50;
/** Share of cues repeating the words before them that makes a file rolling captions. */
const ROLLING_SHARE = 0.3;

/**
 * A bracket opening a caption line (`[JOHN]`, `(FIRE CHIEF)`, `[MARY:]`, `[JOHN, OFF-SCREEN]`,
 * `(NARRATOR V.O.)`, `[MOM ON PHONE]`): its inside, and what follows a name in it. Anchored,
 * bounded.
 */
const SDH_BRACKET =
  /^[[(]([^[\]()]{1,60}?)(?:,? \(?(V\.?O\.?|O\.?S\.?|OFF[- ]?SCREEN|ON (?:PHONE|TV|RADIO|PA)|CONT'D)\)?)?:?[\])]:?$/i;
/** A word opening a sound or a manner, not a name: `[IN SPANISH]`, `[A DOOR OPENS]`. */
const SDH_NOT_NAME = /^(?:in|on|over|to|at|a|an)$/;
/**
 * Sounds SDH captions bracket besides the directions' lexicon (`[GUNSHOT]`, `[TIRES SCREECH]`, YouTube's `[Música]`),
 * and any word in -ing or -ly (`[MUSIC PLAYING]`, `[SOFTLY]`). Words are at most 31 letters.
 */

const CAPITALISED_OR_NUMBER_WORD = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}.'’&-]*|#?\d{1,2})$`,
  'u',
);

const NON_LETTERS_OR_HYPHENS = lazyRegExp(String.raw`[^\p{L}-]`, 'gu');
/** `Mc`, `Mac` before a capital opening a surname (`McDonald`, `MacLeod`). */
const MAC_PREFIX = lazyRegExp(String.raw`^Ma?c(?=\p{Lu})`, 'u');

/**
 * A word capitalised as a name is, each part after a hyphen or an apostrophe too
 * (`Ortega-Ruiz`, `O'Neil`, `McDonald`): no capital inside a part (`DOOR Slams` is none).
 */
function capitalisedOnly(word: string): boolean {
  for (const piece of word.replace(MAC_PREFIX, '').split(/[-'’]/))
    if (HAS_UPPERCASE.test(piece.slice(1))) return false;
  return true;
}

/**
 * A bracket opening an SDH caption line: the words it takes and, for a speaker ID (`[JOHN] Where
 * were you?`, `(FIRE CHIEF)`, `[MARY:]`, Netflix's `[Mary]`), the name as a tag (`JOHN
 * (OFF-SCREEN)`); the name is null for a sound (`[door slams]`, `(LAUGHTER)`, `[PHONE RINGS]`,
 * `[MUSIC PLAYING]`, `[SOFTLY]`). An ID is one to four words in capitals or capitalised, none a
 * sound ({@link SDH_SOUND}, the directions' lexicon but for a role), no verb last, no preposition
 * or article first.
 */
function sdhLabel(words: readonly CueWord[]): { n: number; name: string | null } | null {
  const k = words.slice(0, 6).findIndex((w) => /[\])]:?$/.test(w.text));
  const m = SDH_BRACKET.exec(
    words
      .slice(0, k + 1)
      .map((w) => w.text)
      .join(' '),
  );
  const name = m?.[1] ?? '';
  if (!HAS_LETTER.test(name)) return null;
  const parts = name.split(' ');
  const caps = name === name.toUpperCase();
  // A surname that is a sound word closes a name (`[Marcus Bell]`), not a sound (`[Bell rings]`).
  const surname = isSoundSurnameName(name);
  const named =
    parts.length < 5 &&
    parts.every((part, i) => {
      const w = part.toLowerCase().replace(NON_LETTERS_OR_HYPHENS, '');
      return (
        CAPITALISED_OR_NUMBER_WORD.test(part) &&
        (caps || capitalisedOnly(part)) &&
        !SDH_SOUND.test(w) &&
        !(i === 0 && SDH_NOT_NAME.test(w)) &&
        // A verb ending a description (`[DOOR SLAMS]`), not a name after a courtesy title.
        !(
          i > 0 &&
          i === parts.length - 1 &&
          /[^s]s$/.test(w) &&
          !/^(?:mrs?|ms|dr)\.? /i.test(name)
        ) &&
        // A role word the directions' lexicon holds is an ID (`[MALE VOICE]`, `(CROWD)`).
        (!isSoundWord(w) || TITLE_WORDS().has(w) || (surname && i === parts.length - 1))
      );
    });
  // Netflix's lower-case IDs: a role word, a number after it (`[narrator]`, `[woman 2]`).
  const role =
    !named &&
    name === name.toLowerCase() &&
    parts.every((part, i) => (i ? /^\d{1,2}$/.test(part) : TITLE_WORDS().has(part))) &&
    (parts[0]?.length ?? 0) > 2;
  // The tag grammar reads the qualifier in capitals: `Man (ON RADIO)`.
  const how = m?.[2]?.toUpperCase();
  const id = role ? name[0]?.toUpperCase() + name.slice(1) : name;
  return { n: k + 1, name: named || role ? (how ? `${id} (${how})` : id) : null };
}

/** How a cue line marks its speaker, and its spoken words. */
interface ParsedLine {
  /** `voice`: a dialogue dash after another voice's line in the cue (see {@link dashKind}). */
  kind: 'none' | 'name' | 'dash' | 'voice' | 'chevron';
  /** `NAME:` / `Jane Doe:` / `>> NAME:`, or null. */
  name: string | null;
  voice: string | null;
  spoken: CueWord[];
  /** The diarization label the name was read from (`[SPEAKER_00]:`). */
  diarized?: string;
  /** The name is a plain label (`NAME:`, `Jane Doe:`), without `>>` before it. */
  plainLabel?: boolean;
  /**
   * Heard, not said: song lyrics or music between notes (`♪ … ♪`, `# … #`), or a sound in
   * brackets before the words (`[door slams] What?`). A direction.
   */
  heard?: 'music' | 'sound';
}

/** An e-mail address as a label (`jane.doe@example.org:`), bounded, no nested quantifier. */
const EMAIL_LABEL = /^[\w.+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,4}:$/i;

/** A diarization label opening a cue line: `[SPEAKER_00]:`, `SPEAKER_01:` (WhisperX, pyannote). */
const DIARIZED = /^\[?SPEAKER_(\d{1,3})\]?:$/i;

/**
 * Reads the speaker mark at the start of a cue line: a dialogue dash (`- Are you coming?`,
 * `-In a minute.`), `>>` or `>> NAME:`, or a name label (`NAME:`, Zoom's `Jane Doe:`).
 */
function parseLine(
  words: readonly CueWord[],
  voice: string | null,
  whole: boolean,
  above = false,
): ParsedLine {
  const out: ParsedLine = { kind: 'none', name: null, voice, spoken: [...words] };
  const first = words[0]?.text ?? '';
  if (!whole || !first) return out;
  const head = words[0] as CueWord;
  if (DIALOGUE_DASH.test(first) || /^[-–—][^\s\d\-–—]/u.test(first)) {
    out.kind = 'dash';
    out.spoken = DIALOGUE_DASH.test(first)
      ? words.slice(1)
      : [{ ...head, text: first.slice(1) }, ...words.slice(1)];
    // A dashed line naming its speaker (`-[Owen] Last night.`): that speaker's words.
    const sdh = sdhLabel(out.spoken);
    if (sdh?.name && sdh.n < out.spoken.length) {
      out.kind = 'name';
      out.name = sdh.name;
      out.spoken = out.spoken.slice(sdh.n);
      return out;
    }
    // A dashed line naming its speaker with a label in capitals (`-JANE: Hi.`): that speaker's
    // words, the label no word of theirs (it takes none of the cue's time). `- Note: the …` and
    // `-Fine: we go.` keep their dash.
    const n = out.spoken.length > 1 ? labelWords(out.spoken) : 0;
    const label = out.spoken
      .slice(0, n)
      .map((w) => w.text)
      .join(' ');
    if (n > 0 && n < out.spoken.length && !HAS_LOWERCASE.test(label)) {
      out.kind = 'name';
      out.name = labelName(out.spoken.slice(0, n).map((w) => w.text));
      out.plainLabel = true;
      out.spoken = out.spoken.slice(n);
    }
    return out;
  }
  let rest = [...words];
  if (first.startsWith(CHEVRONS)) {
    out.kind = 'chevron';
    // `>>>` (a new story, in the broadcast caption key) opens a new voice as `>>` does.
    const after = first.replace(/^>+/, '');
    const alone = after === '';
    rest = alone ? words.slice(1) : [{ ...head, text: after }, ...words.slice(1)];
    // The time of `>>` belongs to the first word after it.
    if (alone && rest[0] && rest[0].inlineMs === null) {
      rest[0] = { ...rest[0], inlineMs: head.inlineMs };
    }
  }
  // A diarization label (WhisperX's `[SPEAKER_00]:`) is Speaker 1, as in speech-to-text JSON.
  const diarized = DIARIZED.exec(rest[0]?.text ?? '');
  // An SDH speaker ID in brackets, before the words or alone above them in the cue.
  // Zoom labels a participant with no display name by their e-mail address: kept as the name.
  const email = !diarized && rest.length > 1 && EMAIL_LABEL.test(rest[0]?.text ?? '');
  const found = diarized || email ? null : sdhLabel(rest);
  // (An ID alone on a line names the words on the cue's lines below it: `[JANE]` / `Hi.`.)
  const sdh = found?.name && (found.n < rest.length || above) ? found : null;
  // A sound before the speaker's mark (`[door opens] JOHN: Hello.`, `[SCREAMING] [TOM] Run!`):
  // the mark names the words after it; the sound stays first, for splitHeard to set apart.
  if (found && !found.name && found.n < rest.length) {
    const after = parseLine(rest.slice(found.n), null, true);
    if (after.kind === 'name' && !after.diarized) {
      if (after.plainLabel && out.kind !== 'chevron') out.plainLabel = true;
      out.kind = 'name';
      out.name = after.name;
      out.spoken = [...rest.slice(0, found.n), ...after.spoken];
      return out;
    }
  }
  const n =
    diarized || email
      ? 1
      : sdh
        ? sdh.n
        : rest.length > 0 && wholeLineLabel(rest)
          ? rest.length
          : labelWords(rest);
  if (n > 0) {
    const chevron = out.kind === 'chevron';
    out.kind = 'name';
    out.name = diarized
      ? `Speaker ${Number(diarized[1]) + 1}`
      : sdh
        ? sdh.name
        : labelName(rest.slice(0, n).map((w) => w.text));
    if (diarized) out.diarized = diarized[0];
    else if (!sdh && !chevron) out.plainLabel = true;
    // A time given to the label belongs to the first word said after it.
    const labelTime = rest[0]?.inlineMs ?? null;
    rest = rest.slice(n);
    const head = rest[0];
    if (head && head.inlineMs === null) rest[0] = { ...head, inlineMs: labelTime };
  }
  out.spoken = rest;
  return out;
}

/**
 * A name alone on a cue's first line, no colon, the words below it (`Lena Fischer`, `Fischer,
 * Lena`, `Speaker 1`): one to four capitalised words in mixed case, or a directory name.
 */
function nameAlone(words: readonly CueWord[]): boolean {
  const text = textOf(words);
  // A lyric or a title in Title Case has words no name has (`Out On The Road`).
  if (
    words.length > 4 ||
    !HAS_LOWERCASE.test(text) ||
    /[.:,]$|\b(?:The|And|Of|To|In|On|For|With|You|My|Me|We|It|Is)\b/.test(text)
  )
    return false;
  if (DIRECTORY_NAME.test(text)) return true;
  return words.every(
    (w, k) => CAPITALISED_WORD.test(w.text) || (k > 0 && /^\d{1,2}$/.test(w.text)),
  );
}

/**
 * Cue lines that name the speaker of the words under them, as meeting transcripts set it (Teams
 * and Stream: `0:0:1.290 --> 0:0:4.120` / `Fischer, Lena` / the words): the first line of a cue
 * of two lines or more is a name alone, in half the cues or more, one name in several (or each
 * `Surname, Given`), few names.
 */
function nameLines(read: readonly (readonly ReadLine[])[]): Set<ReadLine> {
  const found = new Set<ReadLine>();
  const counts = new Map<string, number>();
  let cues = 0;
  for (const lines of read) {
    const said = lines.filter((l) => l.words.length > 0);
    const first = said[0];
    if (!first) continue;
    cues++;
    if (said.length < 2 || first.voice || !nameAlone(first.words)) continue;
    const name = textOf(first.words);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    found.add(first);
  }
  // One name in several cues, or names in the directory's order (`Fischer, Lena`) only.
  const recurs =
    [...counts.values()].some((n) => n > 1) ||
    [...counts.keys()].every((name) => voiceName(name).flipped);
  return recurs && 2 * found.size >= cues && 3 * counts.size <= Math.max(6, found.size)
    ? found
    : new Set();
}

/** A caption line opening music or lyrics: a note (`♪`, `♫`) or, in UK SDH, `# ` first. */
const OPENS_SONG = /^(?:[♪♫]|# )/;
/** A caption line closing music or lyrics: a note or ` #` last. */
const CLOSES_SONG = /(?:[♪♫]| #)$/;
/** Lines an open song may run over without notes before it counts as unclosed (words said). */
const SONG_SPAN = 6;

/** The text of a line's words. */
const textOf = (words: readonly CueWord[]): string => words.map((w) => w.text).join(' ');

/**
 * Caption lines inside a song whose notes open on one line and close on a later one (`♪ Happy
 * birthday to you` … `happy birthday, dear Tom ♪`): the lines between, without a note of their
 * own, are lyrics too. A song not closed within {@link SONG_SPAN} lines leaves them words said.
 */
function songLines(read: readonly ReadLine[][]): Set<ReadLine> {
  const out = new Set<ReadLine>();
  let pending: ReadLine[] | null = null;
  for (const l of read.flat()) {
    const text = textOf(l.words);
    if (OPENS_SONG.test(text)) pending = CLOSES_SONG.test(text) ? null : [];
    else if (pending !== null) {
      pending.push(l);
      if (CLOSES_SONG.test(text)) {
        for (const p of pending) out.add(p);
        pending = null;
      } else if (pending.length >= SONG_SPAN) pending = null;
    }
  }
  return out;
}

type Piece = ParsedLine & { line: number };

/**
 * A cue line split at what is heard in it: a sound in brackets before the words (`[door slams]
 * What?`, `(SOFTLY) I know.`; the line's speaker mark goes with the words), then the rest as music
 * when it opens with a note (`♪ … ♪`, `# … #`; the mark stays with it) or is inside a song
 * ({@link songLines}).
 */
function splitHeard(line: Piece, inSong: boolean): Piece[] {
  const out: Piece[] = [];
  let p = line;
  const sound = sdhLabel(p.spoken);
  if (sound && sound.name === null && sound.n < p.spoken.length) {
    out.push({
      ...p,
      kind: 'none',
      name: null,
      spoken: p.spoken.slice(0, sound.n),
      heard: 'sound',
    });
    p = { ...p, spoken: p.spoken.slice(sound.n) };
  }
  // A sound inside the words (`Really? [DOOR SLAMS] Who's that?`, or ending them) that the
  // core sets apart as a direction: a piece of its own, so it keeps its share of the cue's time;
  // the words after go on in the same turn. A transcriber's `[inaudible]` in a sentence stays.
  let parts: TextPart[] | null = null;
  const song = inSong || OPENS_SONG.test(textOf(p.spoken));
  for (let k = 1; !song && k < p.spoken.length; k++) {
    const open = p.spoken[k]?.text.charCodeAt(0);
    if (open !== 0x5b && open !== 0x28) continue;
    const mid = sdhLabel(p.spoken.slice(k));
    if (!mid || mid.name !== null) continue;
    const inner = textOf(p.spoken.slice(k, k + mid.n))
      .slice(1, -1)
      .trim();
    if (!(open === 0x5b && isSoundDescription(inner))) {
      parts ??= splitDirections(textOf(p.spoken));
      if (!parts.some((part) => part.kind === 'direction' && part.text === inner)) continue;
    }
    out.push({ ...p, spoken: p.spoken.slice(0, k) });
    out.push({
      ...p,
      kind: 'none',
      name: null,
      spoken: p.spoken.slice(k, k + mid.n),
      heard: 'sound',
    });
    p = { ...p, kind: 'none', name: null, spoken: p.spoken.slice(k + mid.n) };
    k = 0;
  }
  if (p.spoken.length === 0 && out.length > 0) return out;
  out.push(song || OPENS_SONG.test(textOf(p.spoken)) ? { ...p, heard: 'music' } : p);
  return out;
}

/** Fewest lines opening with `>>` of a file whose speakers change at `>>` (broadcast captions). */
const MIN_CHEVRON_LINES = 2;

/**
 * The names and roles `>> NAME:` gives in captions whose speakers change at `>>` (lower case),
 * or null when fewer than {@link MIN_CHEVRON_LINES} lines open with `>>`.
 */
function broadcastNames(read: readonly (readonly ReadLine[])[]): Set<string> | null {
  const names = new Set<string>();
  let lines = 0;
  for (const cue of read) {
    for (const l of cue) {
      if (!l.words[0]?.text.startsWith(CHEVRONS)) continue;
      lines++;
      const name = parseLine(l.words, null, true).name;
      if (name) names.add(name.toLowerCase());
    }
  }
  return lines >= MIN_CHEVRON_LINES ? names : null;
}

/**
 * A caption line's words cut before each word opening with `>>` after its first word (`>> I
 * THINK SO. >> NOT ME.`, `>>NOT ME.`, `>>>`: a roll-up line holding two voices): each piece opens
 * with its own speaker mark.
 */
function chevronPieces(words: CueWord[]): CueWord[][] {
  const pieces: CueWord[][] = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    if (!words[i]?.text.startsWith(CHEVRONS)) continue;
    pieces.push(words.slice(start, i));
    start = i;
  }
  if (start === 0) return [words];
  pieces.push(words.slice(start));
  return pieces;
}

/** A line that ends what its speaker says: a sentence end or a break-off dash (`going to—`). */
const UTTERANCE_END = /[.!?…\-–—]["'”’»)\]]*$/;
/** Text whose first letter is lower case (a sentence running on, a list item). */
const LOWER_START = lazyRegExp(String.raw`^[^\p{L}]*\p{Ll}`, 'u');

/**
 * What a line's leading dash means, in the subtitle convention for two voices in one cue
 * (Netflix: `-Are you coming?` / `-In a minute.`, both lines dashed; DVD and Nordic style: the
 * second line only, `- In a minute.`). `before` is the spoken text of the line before it in the
 * cue (null for the cue's first line), `opensWithDash` whether the cue's first line has one.
 * - `voice`: a different voice from the line before it: the cue opened with a dash too, or the
 *   line before ends what it says (a sentence end, a break-off `I was going to—`, a bracketed
 *   direction) and this one does not start in lower case. Marked `>>`, an unnamed new speaker.
 * - `dash`: the cue's first line. Its dash says the cue holds two voices, not who spoke in the
 *   cue before (Netflix dashes the first line whoever spoke last): a new paragraph, as before,
 *   and no claim of a new speaker.
 * - `none`: no speaker mark, the dash stays in the text: the line before leads in with a colon
 *   (`Bring:` then `- Water`), or the words start in lower case outside a two-voice cue (a
 *   sentence running on after a break-off, `—to tell you`, a list item `- water`).
 */
function dashKind(
  spoken: readonly CueWord[],
  before: string | null,
  opensWithDash: boolean,
): 'voice' | 'dash' | 'none' {
  if (before?.trimEnd().endsWith(':')) return 'none';
  if (before !== null && opensWithDash) return 'voice';
  if (LOWER_START.test(spoken.map((w) => w.text).join(' '))) return 'none';
  if (before === null) return 'dash';
  return UTTERANCE_END.test(before) || DIRECTION.test(before) ? 'voice' : 'none';
}

/**
 * Re-segments SRT or WebVTT into transcript paragraphs, and gives each spoken word its time: a
 * YouTube inline timestamp where there is one, else the cue's time shared by length. A new
 * paragraph starts at a new speaker (`<v Name>`, `>>`, `>> NAME:`, `NAME:` or Zoom's
 * `Jane Doe:`, a dialogue dash), at a bracketed direction, after a pause of
 * {@link PARAGRAPH_GAP_MS}, or at a sentence end once a paragraph is long; consecutive cues of
 * one speaker are one turn. Rolling captions (each cue repeating the line before it: YouTube auto
 * captions, broadcast roll-up) lose the words a cue repeats, reported once.
 *
 * @example subtitlesToLines('1\n00:00:01,000 --> 00:00:02,000\nHello.\n').text // 'Hello.'
 */
export function subtitlesToLines(
  source: string,
  options: SubtitleIngestOptions = {},
): IngestedText {
  const { cues, preamble, messages, language } = parseCues(source, options.fps);
  const result = cuesToLines(cues, options, preamble, messages);
  if (language !== null) result.hints = { ...result.hints, language };
  return result;
}

/**
 * Cues of any caption format to transcript paragraphs and timed words: the one path every timed
 * caption reader takes (SRT and WebVTT here; TTML, SBV and ASS convert their events to cues whose
 * lines are WebVTT cue text). `readerMessages` (what the format's reader dropped) come first.
 */
export function cuesToLines(
  inFile: Cue[],
  options: SubtitleIngestOptions = {},
  preamble: readonly SourcedLine[] = [],
  readerMessages: readonly Message[] = [],
): IngestedText {
  // Cues are shown by time, not by their place in the file: a file whose cues are out of order
  // (an editor's insertions, a merge) is read in time order, stable for equal starts.
  const outOfOrder = inFile.findIndex(
    (cue, i) => i > 0 && cue.startMs < (inFile[i - 1] as Cue).startMs,
  );
  let cues = outOfOrder === -1 ? inFile : [...inFile].sort((a, b) => a.startMs - b.startMs);
  const highlight = mergeHighlightRuns(
    cues,
    // A line holding two voices' spans (`<v Jane>Hi.</v> <v Tom>Hey.</v>`) is read as a line each.
    cues.map((cue) =>
      cue.lines.flatMap((l) =>
        (l.text.indexOf('<v', 1) === -1 ? [l.text] : l.text.split(/(?=<v[ .\t])/)).map((t) => ({
          line: l.line,
          ...readCueLine(t),
        })),
      ),
    ),
  );
  const read = highlight.read;
  cues = highlight.cues;

  // Rolling captions: decided on the whole file, then dropped cue by cue.
  let repeating = 0;
  let withWords = 0;
  let tail: string[] = [];
  for (const [c, lines] of read.entries()) {
    const keys = lines.flatMap((l) => l.words.map((w) => normalizeWord(w.text)));
    if (keys.length === 0) continue;
    withWords++;
    // The roll's signature: a cue repeats words of the one before and adds new ones, or holds
    // the finished line for an instant (YouTube's 10 ms cues) repeating it whole.
    const overlap = longestOverlap(tail, keys);
    const cue = cues[c] as Cue;
    const hold = cue.endMs - cue.startMs <= ROLLING_HOLD_MS && overlap === keys.length;
    if ((overlap >= 2 && overlap < keys.length) || (overlap >= 1 && hold)) repeating++;
    tail = keys.slice(-ROLLING_MAX_WORDS);
  }
  // Two repeating cues at least: one cue opening with the last words of another is speech.
  const rolling = repeating > 1 && repeating >= ROLLING_SHARE * (withWords - 1);

  const paragraphs: SourcedLine[][] = [];
  const tokens: TimedToken[] = [];
  let parts: string[] = [];
  let firstLine = 1;
  let words = 0;
  let firstStartMs = 0;
  let speaker: string | null = null;
  let previousEndMs = Number.NEGATIVE_INFINITY;
  let directionOnly = false;
  let dropped = 0;
  /** Diarization labels read (`[SPEAKER_00]:` → `Speaker 1`), for one message. */
  const labels = new Map<string, string>();
  let labelLine: number | null = null;
  let overlapping = 0;
  let carried: string | null = null;
  /** The line of the label alone that `carried` holds, and of the one the next words take. */
  let carriedLine = 0;
  let carriedAt: number | null = null;
  /** A `>>` with no words after it on its line: the next line's words are a new voice's. */
  let newVoice = false;
  let overlapLine: number | null = null;
  let firstDropLine: number | null = null;
  const emitted: string[] = [];
  const messages: Message[] = [...readerMessages];
  const inSong = songLines(read);
  const names = nameLines(read);
  const chevronNames = broadcastNames(read);
  let notLabels = 0;
  let notLabelLine: number | null = null;
  // Two or more text colours: each colour a voice of its own, numbered in order of appearance.
  const colours = new Map<string, string>();
  for (const l of read.flat())
    if (l.colour && !l.voice && !colours.has(l.colour))
      colours.set(l.colour, `Speaker ${colours.size + 1}`);
  // A colour whose lines one name labels (`JOHN: Where were you?` in yellow) is that speaker's;
  // a colour two names label is no one's.
  const named = new Map<string, string | null>();
  if (colours.size > 1)
    for (const l of read.flat()) {
      const p = l.colour && !l.voice ? parseLine(l.words, null, true) : null;
      if (p?.kind !== 'name' || !p.name) continue;
      const c = l.colour as string;
      named.set(c, named.has(c) && named.get(c) !== p.name ? null : p.name);
    }
  for (const [c, name] of named) if (name) colours.set(c, name);
  let lyrics = 0;
  let lyricLine: number | null = null;
  /** Lines of the text whose paragraph is a sound or music alone, unlabelled. */
  const heard = new Set<number>();
  const heardTimes = new Map<number, DirectionSpan>();
  /** Lines of the text that open with a speaker's label the captions give. */
  const tagged = new Set<number>();
  /** Voices read as `Surname, Given`, reported once each. */
  const flipped = new Set<string>();

  const flush = (): void => {
    if (parts.length === 0) return;
    // A direction (`[APPLAUSE]`) is not spoken: it gets no time anchor of its own.
    const anchor = options.keepCueTimes && !directionOnly ? `${formatAnchor(firstStartMs)} ` : '';
    paragraphs.push([{ text: anchor + parts.join(' '), line: firstLine }]);
    parts = [];
    words = 0;
  };

  cues.forEach((cue, c) => {
    const lines = read[c] ?? [];
    if (cue.startMs - previousEndMs >= PARAGRAPH_GAP_MS) flush();
    previousEndMs = Math.max(previousEndMs, cue.endMs);
    // The words this cue repeats from the ones before it (rolling captions).
    let skip = 0;
    if (rolling) {
      const keys = lines.flatMap((l) => l.words.map((w) => normalizeWord(w.text)));
      const overlap = longestOverlap(emitted, keys);
      // One repeated word only when it is a whole line: `the` ending one cue and starting the
      // next is speech, a repeated line is the roll.
      let lineEnd = 0;
      let wholeLines = false;
      for (const l of lines) {
        lineEnd += l.words.length;
        if (lineEnd === overlap) wholeLines = true;
      }
      if (overlap >= 2 || (overlap === 1 && wholeLines)) skip = overlap;
      if (skip > 0) {
        dropped += skip;
        firstDropLine ??= lines[0]?.line ?? null;
      }
    }
    // Each line's new words, its speaker mark read off (labels and marks are not spoken).
    const parsed: (ParsedLine & { line: number })[] = [];
    let seen = 0;
    for (const [i, l] of lines.entries()) {
      const all = l.words.filter(() => seen++ >= skip);
      for (const w of all) emitted.push(normalizeWord(w.text));
      // A line the roll cut into keeps no mark: its start was shown before.
      const cut = all.length !== l.words.length;
      // `>> I THINK SO. >> NOT ME.`: each `>>` inside the line opens another voice's words.
      for (const [k, fresh] of chevronPieces(all).entries()) {
        const whole = k > 0 || !cut;
        // A name line over the words: that speaker's, as a `<v Name>` voice would say.
        const named = !cut && names.has(l);
        const line = {
          line: l.line,
          ...(named
            ? { kind: 'name' as const, name: null, voice: textOf(l.words), spoken: [] }
            : parseLine(fresh, k === 0 && whole ? l.voice : null, whole, i < lines.length - 1)),
        };
        // Broadcast captions change speaker at `>>`: inside a cue, a `LABEL:` no `>>` names
        // elsewhere is the caption's words (`OUR TOP STORY: THE STRIKE`), not a new speaker;
        // opening a cue too when it opens with a possessive (no name does).
        if (
          line.plainLabel &&
          chevronNames !== null &&
          (parsed.length > 0 || k > 0 || POSSESSIVE_LABEL.test(line.name ?? '')) &&
          !chevronNames.has((line.name ?? '').toLowerCase())
        ) {
          line.kind = 'none';
          line.name = null;
          line.spoken = fresh;
          notLabels++;
          notLabelLine ??= l.line;
        }
        if (line.kind === 'dash') {
          // A label alone on the line before (`JANE:`) leaves no text: as if first.
          const before =
            parsed
              .at(-1)
              ?.spoken.map((w) => w.text)
              .join(' ') || null;
          line.kind = dashKind(line.spoken, before, parsed[0]?.kind === 'dash');
          if (line.kind === 'none') line.spoken = fresh;
        }
        if (
          colours.size > 1 &&
          l.colour &&
          line.kind === 'none' &&
          !line.voice &&
          !DIRECTION.test(l.words.map((w) => w.text).join(' '))
        ) {
          line.kind = 'name';
          line.name = colours.get(l.colour) as string;
        }
        parsed.push(...splitHeard(line, inSong.has(l)));
        if (line.diarized && !labels.has(line.diarized)) {
          labels.set(line.diarized, line.name as string);
          labelLine ??= line.line;
        }
      }
    }
    if (emitted.length > ROLLING_MAX_WORDS * 4)
      emitted.splice(0, emitted.length - ROLLING_MAX_WORDS);
    // Times of the spoken words: inline times where given, else the cue's time shared by length.
    // A cue running on under the next one shares out only its time before the next starts: the
    // next cue's words are said after its words (the words' times keep their order).
    const nextStart = cues[c + 1]?.startMs ?? Number.POSITIVE_INFINITY;
    const overlaps = nextStart > cue.startMs && nextStart < cue.endMs;
    if (overlaps) {
      overlapping++;
      overlapLine ??= cue.lines[0]?.line ?? null;
    }
    const times = cueWordTimes(
      parsed.flatMap((p) => p.spoken),
      cue.startMs,
      overlaps ? nextStart : cue.endMs,
    );
    let t = 0;
    for (const p of parsed) {
      const spokenTimes = times.slice(t, t + p.spoken.length);
      t += p.spoken.length;
      let label: string | null = null;
      let turn = false;
      if (p.kind === 'name' && p.name !== null) {
        // The same speaker again in the next cue (Zoom repeats the name): one turn.
        if (p.name !== speaker || parts.length === 0) label = p.name;
      } else if (p.kind === 'dash' || p.kind === 'voice' || p.kind === 'chevron') {
        turn = true;
        speaker = null;
      }
      if (p.voice && label === null) {
        const voice = voiceName(p.voice);
        if (voice.flipped && !flipped.has(p.voice)) {
          flipped.add(p.voice);
          messages.push({
            ruleId: 'voice-name-order',
            reason: `Read the voice '${p.voice}' (surname, given name) as ${voice.name}`,
            line: p.line,
            column: 1,
            severity: 'info',
          });
        }
        if (voice.name !== speaker) label = voice.name;
      }
      if (label !== null) {
        speaker = label;
        turn = true;
      }
      // A label alone on its line names who says the next line, dashed or not (`JANE:` over
      // `- Where were you?`, as cinema and DVD subtitles set it).
      if (
        carried !== null &&
        label === null &&
        (p.kind === 'none' || p.kind === 'dash') &&
        p.spoken.length > 0
      ) {
        label = carried;
        carriedAt = carriedLine;
        turn = true;
      }
      carried = null;
      const text = p.spoken.map((w) => w.text).join(' ');
      if (!text) {
        if (p.kind === 'name' && label !== null) {
          carried = label;
          carriedLine = p.line;
        }
        // `>>` ending a roll-up line: the new voice's words are on the next line.
        if (p.kind === 'chevron') newVoice = true;
        continue;
      }
      // (A sound between them leaves the new voice to the words after it.)
      if (newVoice && p.heard === undefined && !DIRECTION.test(text)) {
        if (!turn && label === null) {
          turn = true;
          p.kind = 'chevron';
        }
        newVoice = false;
      }
      const direction = p.heard !== undefined || DIRECTION.test(text);
      if (p.heard === 'music') {
        lyrics++;
        lyricLine ??= p.line;
      }
      if (turn || direction) flush();
      if (parts.length === 0) {
        // The turn starts on its label's line when the label stands alone over the words.
        firstLine = carriedAt ?? p.line;
        firstStartMs = spokenTimes[0]?.start ?? cue.startMs;
        directionOnly = direction;
        // A turn continuing after a paragraph break keeps its speaker's tag.
        if (!turn && speaker !== null && !direction) label = speaker;
      }
      carriedAt = null;
      const mark = p.heard
        ? ''
        : label !== null
          ? `${label}: `
          : p.kind === 'chevron' || p.kind === 'voice'
            ? `${CHEVRONS} `
            : '';
      // A speaker's label the captions give (`<v Name>`, a label the cue opens with) opens a
      // turn whatever its words look like (`Travis: Absolutely`).
      if (label !== null && !p.heard && parts.length === 0) tagged.add(2 * paragraphs.length + 1);
      parts.push(mark + text);
      // A sound or song of its own: a direction block, whatever the core's lexicon says.
      // Each paragraph is one line of the text, a blank line between: its line is 2i + 1.
      if (direction && !mark) {
        heard.add(2 * paragraphs.length + 1);
        // Its time in the captions, for a sound subtitled where it was heard.
        const first = spokenTimes[0];
        const last = spokenTimes[spokenTimes.length - 1];
        if (first && last && last.end > first.start)
          heardTimes.set(2 * paragraphs.length + 1, { startMs: first.start, endMs: last.end });
      }
      words += p.spoken.length;
      if (!direction) {
        p.spoken.forEach((w, i) => {
          const time = spokenTimes[i];
          if (time) tokens.push({ text: w.text, start: time.start, end: time.end, speaker });
        });
      }
      if (direction || (words >= PARAGRAPH_MAX_WORDS && SENTENCE_END.test(text))) flush();
    }
  });
  flush();
  const result = joinParagraphs(paragraphs);
  if (tokens.length > 0) result.timedTokens = tokens;
  if (heard.size > 0 || tagged.size > 0)
    result.hints = {
      ...(heard.size > 0 ? { directionLines: heard } : {}),
      ...(heardTimes.size > 0 ? { directionTimes: heardTimes } : {}),
      ...(tagged.size > 0 ? { tagLines: tagged } : {}),
    };
  if (colours.size > 1) {
    messages.push({
      ruleId: 'caption-colour-speakers',
      reason: `Read ${colours.size} text colours as speakers: ${[...colours].map(([c, n]) => `${c} → ${n}`).join(', ')}`,
      line: read.flat().find((l) => l.colour)?.line ?? null,
      column: 1,
      severity: 'info',
    });
  }
  if (names.size > 0) {
    messages.push({
      ruleId: 'caption-name-lines',
      reason: `Read ${names.size} name line(s) over a cue's words as its speaker`,
      line: [...names][0]?.line ?? null,
      column: 1,
      severity: 'info',
      actual: [...new Set([...names].map((l) => textOf(l.words)))].join('\n'),
    });
  }
  if (notLabels > 0) {
    messages.push({
      ruleId: 'caption-label-text',
      reason: `Read ${notLabels} label(s) inside a cue of >> captions as words, not a new speaker (a speaker changes at >>)`,
      line: notLabelLine,
      column: 1,
      severity: 'info',
    });
  }
  if (lyrics > 0) {
    messages.push({
      ruleId: 'caption-music',
      reason: `Read ${lyrics} caption line(s) of music as directions`,
      line: lyricLine,
      column: 1,
      severity: 'info',
    });
  }
  if (labels.size > 0) {
    messages.push({
      ruleId: 'diarization',
      reason: `Read ${labels.size} speaker label(s) as speakers: ${[...labels].map(([l, n]) => `${l} → ${n}`).join(', ')}`,
      line: labelLine,
      column: 1,
      severity: 'info',
      actual: [...labels.keys()].join(' '),
    });
  }
  if (rolling && dropped > 0) {
    messages.push({
      ruleId: 'rolling-captions',
      reason: `Read rolling captions: dropped ${dropped} word(s) repeated from the cues before`,
      line: firstDropLine,
      column: 1,
      severity: 'info',
    });
  }
  if (outOfOrder !== -1) {
    messages.push({
      ruleId: 'cues-reordered',
      reason: 'The cues are not in time order in the file: read in time order',
      line: inFile[outOfOrder]?.lines[0]?.line ?? null,
      column: 1,
      severity: 'warning',
    });
  }
  // A cue ending before it starts: its words take its start (the writer times the cue anew).
  const backwards = inFile.filter((cue) => cue.endMs < cue.startMs);
  if (backwards.length > 0) {
    messages.push({
      ruleId: 'cue-ends-before-start',
      reason: `${backwards.length} cue(s) end before they start: their words were timed at the cue start`,
      line: backwards[0]?.lines[0]?.line ?? null,
      column: 1,
      severity: 'warning',
    });
  }
  if (overlapping > 0) {
    messages.push({
      ruleId: 'cues-overlap',
      reason: `${overlapping} cue(s) run on under the next one: their words were timed before it`,
      line: overlapLine,
      column: 1,
      severity: 'info',
    });
  }
  if (highlight.merged > 0) {
    messages.push({
      ruleId: 'highlight-captions',
      reason: `Read word-highlight captions: ${highlight.merged} cue(s) showing a line again with the next word underlined were joined`,
      line: highlight.line,
      column: 1,
      severity: 'info',
    });
  }
  if (preamble.length > 0) {
    messages.push({
      ruleId: 'subtitle-preamble',
      reason: `Dropped ${preamble.length} line(s) before the first cue (no cue time; not subtitle text)`,
      line: preamble[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: preamble.map((l) => l.text).join('\n'),
    });
  }
  let rubyChars = 0;
  let rubyLine: number | null = null;
  for (const lines of read) {
    for (const l of lines) {
      if (l.ruby === 0) continue;
      rubyChars += l.ruby;
      rubyLine ??= l.line;
    }
  }
  if (rubyChars > 0) {
    messages.push({
      ruleId: 'ruby-text',
      reason: `Dropped ${rubyChars} character(s) of ruby text (<rt>), a reading over the words`,
      line: rubyLine,
      column: 1,
      severity: 'info',
    });
  }
  if (messages.length > 0) result.messages = messages;
  return result;
}

type ReadLine = CueLine & { line: number };

/**
 * Word-highlight captions (the Whisper command line's `--highlight_words`, karaoke exports): a
 * run of consecutive cues showing the same words, each underlining (`<u>`) the word being said,
 * with plain cues for the pauses between. A run is one cue from its first start to its last end;
 * each word takes the start of the cue that underlines it. One pass, comparing neighbours only.
 */
function mergeHighlightRuns(
  cues: Cue[],
  read: ReadLine[][],
): { cues: Cue[]; read: ReadLine[][]; merged: number; line: number | null } {
  if (!read.some((lines) => lines.some((l) => l.words.some((w) => w.highlighted)))) {
    return { cues, read, merged: 0, line: null };
  }
  const keyOf = (lines: ReadLine[]): string =>
    lines.flatMap((l) => l.words.map((w) => normalizeWord(w.text))).join(' ');
  const outCues: Cue[] = [];
  const outRead: ReadLine[][] = [];
  let merged = 0;
  let line: number | null = null;
  let i = 0;
  while (i < cues.length) {
    const k = keyOf(read[i] ?? []);
    let j = i + 1;
    while (j < cues.length && k !== '' && keyOf(read[j] ?? []) === k) j++;
    const highlighted = read
      .slice(i, j)
      .some((lines) => lines.some((l) => l.words.some((w) => w.highlighted)));
    if (j - i < 2 || !highlighted) {
      outCues.push(cues[i] as Cue);
      outRead.push(read[i] ?? []);
      i++;
      continue;
    }
    // Each word's time: the start of the first cue of the run that underlines it.
    const times = new Map<number, number>();
    for (let c = i; c < j; c++) {
      let n = 0;
      for (const l of read[c] ?? []) {
        for (const w of l.words) {
          if (w.highlighted && !times.has(n)) times.set(n, (cues[c] as Cue).startMs);
          n++;
        }
      }
    }
    let n = 0;
    const lines = (read[i] ?? []).map((l) => ({
      ...l,
      words: l.words.map((w) => ({ text: w.text, inlineMs: times.get(n++) ?? null })),
    }));
    let endMs = (cues[i] as Cue).endMs;
    for (let c = i + 1; c < j; c++) endMs = Math.max(endMs, (cues[c] as Cue).endMs);
    outCues.push({ ...(cues[i] as Cue), endMs });
    outRead.push(lines);
    merged += j - i - 1;
    line ??= (cues[i + 1] as Cue).lines[0]?.line ?? null;
    i = j;
  }
  return { cues: outCues, read: outRead, merged, line };
}

/** Word times in a cue: inline times where given, the rest shared by length between them. */
function cueWordTimes(
  words: readonly CueWord[],
  startMs: number,
  endMs: number,
): { start: number; end: number }[] {
  const n = words.length;
  const starts: (number | null)[] = words.map((w) => w.inlineMs);
  if (n > 0 && starts[0] === null) starts[0] = startMs;
  const out: { start: number; end: number }[] = new Array(n);
  let i = 0;
  while (i < n) {
    // Words i..j-1 share [starts[i], next known start or the cue end] by length.
    let j = i + 1;
    while (j < n && starts[j] === null) j++;
    const from = Math.max(startMs, starts[i] ?? startMs);
    const to = Math.max(from, Math.min(endMs, j < n ? (starts[j] ?? endMs) : endMs));
    let total = 0;
    for (let k = i; k < j; k++) total += Math.max(1, words[k]?.text.length ?? 1);
    let at = from;
    for (let k = i; k < j; k++) {
      const share = ((to - from) * Math.max(1, words[k]?.text.length ?? 1)) / total;
      out[k] = { start: Math.round(at), end: Math.round(at + share) };
      at += share;
    }
    i = j;
  }
  return out;
}

/** Re-segments SRT or WebVTT into transcript paragraphs (see {@link subtitlesToLines}). */
export function subtitlesToText(source: string, options?: SubtitleIngestOptions): string {
  return subtitlesToLines(source, options).text;
}

/** True when the text starts like a WebVTT file. */
export function looksLikeVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT([ \t\r\n]|$)/.test(text.slice(0, 16));
}

/**
 * True when the text starts like an SRT file: a cue number line, then a timing line (after a
 * line or two of title, the first cue `1` after a blank line). Frame timecodes count up to 60.
 */
export function looksLikeSrt(text: string): boolean {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r\n|\r|\n/, 8);
  const first = (head[0] ?? '').trim();
  if (INDEX_LINE.test(first)) return parseTiming(head[1] ?? '', 60) !== null;
  if (parseTiming(first, 60) !== null) return true;
  // A title or credit line or two before the first cue: `1` then a timing line, after a blank.
  for (let i = 1; i + 1 < head.length; i++) {
    const blank = !(head[i - 1] ?? '').trim();
    if (blank && (head[i] ?? '').trim() === '1' && parseTiming(head[i + 1] ?? '', 60) !== null) {
      return true;
    }
  }
  return false;
}
