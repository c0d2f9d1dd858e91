/**
 * Subtitles (SRT, WebVTT) back to transcript text: cue numbers, timings, settings and tags go,
 * the words stay, and cues are re-joined into paragraphs (a subtitle is a screenful, not a
 * paragraph). One pass over the lines, following the WebVTT parser's block structure
 * (https://www.w3.org/TR/webvtt1/#file-parsing) loosely enough to read real-world SRT too.
 */
import { decodeEntities } from './html.ts';
import { type IngestedText, joinParagraphs, type SourcedLine } from './lines.ts';

export interface SubtitleIngestOptions {
  /** Start each paragraph with its first cue's start time as a `[00:01:23]` anchor. */
  keepCueTimes?: boolean;
}

/** A pause this long between two cues starts a new paragraph (ms). */
export const PARAGRAPH_GAP_MS = 2000;
/** After this many words a paragraph ends at the next sentence end. */
export const PARAGRAPH_MAX_WORDS = 80;

interface Cue {
  startMs: number;
  endMs: number;
  /** Text lines of the cue, with their 1-based source line. */
  lines: SourcedLine[];
}

/**
 * Parses one WebVTT or SRT timestamp (`01:02:03.456`, `02:03,456`, `1:02:03,4`) to ms, or null.
 *
 * @example parseTimestamp('00:01:23,500') // 83500
 */
export function parseTimestamp(value: string): number | null {
  const match = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(value);
  // `mm:ss` without a fraction is too ambiguous to be a timestamp.
  if (!match || (match[1] === undefined && match[4] === undefined)) return null;
  const hours = Number(match[1] ?? 0);
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  if (minutes > 59 || seconds > 59) return null;
  const fraction = (match[4] ?? '').padEnd(3, '0');
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(fraction);
}

/** Parses a cue timing line (`start --> end [settings]`), or null when the line is not one. */
export function parseTiming(line: string): { startMs: number; endMs: number } | null {
  const arrow = line.indexOf('-->');
  if (arrow === -1) return null;
  const startMs = parseTimestamp(line.slice(0, arrow));
  // WebVTT step: the end timestamp is followed by optional cue settings after whitespace.
  const rest = line.slice(arrow + 3).trim();
  const space = rest.search(/\s/);
  const endMs = parseTimestamp(space === -1 ? rest : rest.slice(0, space));
  if (startMs === null || endMs === null) return null;
  return { startMs, endMs };
}

/** `[HH:MM:SS]`, the time anchor the core pipeline reads back as a block's timestamp. */
export function formatAnchor(ms: number): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `[${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}]`;
}

const BLOCK_KEYWORD = /^(NOTE|STYLE|REGION)([ \t]|$)/;
const INDEX_LINE = /^\d{1,9}$/;

/**
 * Splits the source into cues. Blocks are runs of non-blank lines; the WebVTT header and `NOTE`,
 * `STYLE` and `REGION` blocks are dropped; a block without a timing line continues the cue before
 * it (SRT files with blank lines inside a cue); text before the first cue is dropped.
 */
function parseCues(source: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let cue: Cue | null = null;
  let first = true;
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').trim()) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').trim()) end++;
    const head = (lines[i] ?? '').trim();
    const header = first && head.startsWith('WEBVTT');
    first = false;
    if (!header && !BLOCK_KEYWORD.test(head)) {
      for (let j = i; j < end; j++) {
        const line = (lines[j] ?? '').trim();
        const timing = line.includes('-->') ? parseTiming(line) : null;
        if (!timing) {
          if (cue) cue.lines.push({ text: line, line: j + 1 });
          continue;
        }
        // The line before a timing line is its cue number or identifier, not text: always at
        // the start of a block, and a bare number when cues are not separated by blank lines.
        const before = cue?.lines.at(-1);
        if (cue && before && before.line === j && (j === i + 1 || INDEX_LINE.test(before.text))) {
          cue.lines.pop();
        }
        cue = { ...timing, lines: [] };
        cues.push(cue);
      }
    }
    i = end;
  }
  return cues;
}

/** Removes markup from one cue line: HTML-like tags, ASS overrides (`{\an8}`), references. */
function cleanCueText(text: string): { text: string; voice: string | null } {
  let out = '';
  let voice: string | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      const gt = text.indexOf('>', i + 1);
      if (gt === -1) {
        out += text.slice(i);
        break;
      }
      const tag = text.slice(i + 1, gt);
      // WebVTT voice span: `<v Sergey Lavrov>` or `<v.loud Sergey Lavrov>`.
      if (/^v[ .\t]/.test(tag)) {
        const space = tag.search(/[ \t]/);
        if (space !== -1) voice = decodeEntities(tag.slice(space + 1).trim()) || null;
      }
      i = gt + 1;
      continue;
    }
    if (ch === '{' && text[i + 1] === '\\') {
      const close = text.indexOf('}', i + 2);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return { text: decodeEntities(out).replace(/\s+/g, ' ').trim(), voice };
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
const DIRECTION = /^[[(][^\])]*[\])]$/;
const SPEAKER_LABEL = /^(>>|[\p{Lu}][\p{Lu}\p{M} .'’-]{0,40}:\s)/u;
const DIALOGUE_DASH = /^[-–—]\s*/;

/**
 * Re-segments SRT or WebVTT into transcript paragraphs. A new paragraph starts at a new speaker
 * (a `<v Name>` voice, a `>>` or `NAME:` label, a dialogue dash), at a bracketed direction, after
 * a pause of {@link PARAGRAPH_GAP_MS}, or at a sentence end once a paragraph is long.
 *
 * @example subtitlesToLines('1\n00:00:01,000 --> 00:00:02,000\nHello.\n').text // 'Hello.'
 */
export function subtitlesToLines(
  source: string,
  options: SubtitleIngestOptions = {},
): IngestedText {
  const paragraphs: SourcedLine[][] = [];
  // The paragraph being built: its parts, first source line, word count and first cue start.
  let parts: string[] = [];
  let firstLine = 1;
  let words = 0;
  let firstStartMs = 0;
  let voice: string | null = null;
  let previousEndMs = Number.NEGATIVE_INFINITY;

  let directionOnly = false;

  const flush = (): void => {
    if (parts.length === 0) return;
    // A direction (`[APPLAUSE]`) is not spoken: it gets no time anchor of its own.
    const anchor = options.keepCueTimes && !directionOnly ? `${formatAnchor(firstStartMs)} ` : '';
    paragraphs.push([{ text: anchor + parts.join(' '), line: firstLine }]);
    parts = [];
    words = 0;
  };

  for (const cue of parseCues(source)) {
    if (cue.startMs - previousEndMs >= PARAGRAPH_GAP_MS) flush();
    previousEndMs = cue.endMs;
    for (const { text: raw, line } of cue.lines) {
      const cleaned = cleanCueText(raw);
      let text = cleaned.text;
      if (!text) continue;
      let prefix = '';
      if (cleaned.voice && cleaned.voice !== voice) {
        voice = cleaned.voice;
        flush();
        prefix = `${voice}: `;
      }
      if (DIALOGUE_DASH.test(text) && text.length > 2) {
        text = text.replace(DIALOGUE_DASH, '');
        flush();
      } else if (SPEAKER_LABEL.test(text)) {
        flush();
      }
      const direction = DIRECTION.test(text);
      if (direction) flush();
      if (parts.length === 0) {
        firstLine = line;
        firstStartMs = cue.startMs;
        directionOnly = direction;
      }
      parts.push(prefix + text);
      words += text.split(' ').length;
      if (direction || (words >= PARAGRAPH_MAX_WORDS && SENTENCE_END.test(text))) flush();
    }
  }
  flush();
  return joinParagraphs(paragraphs);
}

/** Re-segments SRT or WebVTT into transcript paragraphs (see {@link subtitlesToLines}). */
export function subtitlesToText(source: string, options?: SubtitleIngestOptions): string {
  return subtitlesToLines(source, options).text;
}

/** True when the text starts like a WebVTT file. */
export function looksLikeVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT([ \t\r\n]|$)/.test(text.slice(0, 16));
}

/** True when the text starts like an SRT file: a cue number line, then a timing line. */
export function looksLikeSrt(text: string): boolean {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r\n|\r|\n/, 3);
  const first = (head[0] ?? '').trim();
  if (INDEX_LINE.test(first)) return parseTiming(head[1] ?? '') !== null;
  return parseTiming(first) !== null;
}
