import { trimAll } from '../core/chars.ts';
import type { Message } from '../core/document.ts';
import type { TimedToken } from '../core/timed.ts';
import type { IngestHints } from '../core/tree.ts';

/**
 * Text converted from another format (CMS HTML, subtitles) keeps a map back to the source, so a
 * message about line 3 of the converted text can point at the line of the uploaded file.
 */
export interface IngestedText {
  /**
   * Words of the input with their times (speech-to-text JSON, subtitle cues), in spoken order,
   * when the input is timed. The core aligns them to the clean text's words.
   */
  timedTokens?: TimedToken[];
  /** What reading the input changed (lines in the source), for the document's messages. */
  messages?: Message[];
  /** Plain transcript text: paragraphs separated by blank lines. */
  text: string;
  /**
   * 1-based line in the source of each line of `text` (index 0 is line 1), or null when `text`
   * is the source itself.
   */
  sourceLines: number[] | null;
  /** What the source's structure says about the text's lines (HTML: headline, furniture). */
  hints?: IngestHints;
}

/**
 * The source line of a line of ingested text; lines outside the map stay as they are.
 *
 * @example toSourceLine([3, 3, 7], 3) // 7
 */
export function toSourceLine(sourceLines: readonly number[] | null, line: number): number {
  if (!sourceLines || !Number.isInteger(line) || line < 1) return line;
  return sourceLines[line - 1] ?? line;
}

/**
 * Counts newlines up to increasing offsets of one string: each call continues where the last one
 * stopped, so a scan that asks for the line of every position stays linear.
 */
export function lineCounter(source: string): (offset: number) => number {
  let countedTo = 0;
  let line = 1;
  return (offset) => {
    const end = Math.min(offset, source.length);
    for (let i = countedTo; i < end; i++) if (source.charCodeAt(i) === 10) line++;
    if (end > countedTo) countedTo = end;
    return line;
  };
}

/** One line of converted text and the source line it came from. */
export interface SourcedLine {
  text: string;
  line: number;
}

/**
 * Joins paragraphs (each a list of lines with their source lines) into blank-line separated
 * text and its map back to the source. A blank line maps to the line of the paragraph after it.
 *
 * @example joinParagraphs([[{ text: 'One.', line: 2 }], [{ text: 'Two.', line: 9 }]])
 * // { text: 'One.\n\nTwo.', sourceLines: [2, 9, 9] }
 */
export function joinParagraphs(paragraphs: readonly (readonly SourcedLine[])[]): IngestedText {
  const lines: string[] = [];
  const sourceLines: number[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0) continue;
    if (lines.length > 0) {
      lines.push('');
      sourceLines.push(paragraph[0]?.line ?? 1);
    }
    for (const { text, line } of paragraph) {
      for (const part of text.split('\n')) {
        lines.push(part);
        sourceLines.push(line);
      }
    }
  }
  return { text: lines.join('\n'), sourceLines };
}

/** Longest text a reader's message quotes in `actual` (what it dropped). */
export const PREVIEW_MAX_CHARS = 200;

/** Dropped text as a message quotes it: whitespace runs as one space, at most 200 characters. */
export function droppedPreview(text: string): string {
  const t = trimAll(text.replace(/\s+/g, ' '));
  return t.length > PREVIEW_MAX_CHARS ? `${t.slice(0, PREVIEW_MAX_CHARS - 1)}…` : t;
}

/** The lines of a file's text, its byte order mark off, split at any line break (CRLF, CR, LF). */
export function sourceLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * A text whose lines end in a CR alone (an old Mac file, some CMS and caption tools) with each
 * such CR an LF: same length, so every offset and line number holds, and every reader and rule
 * that splits at LF reads its lines. CRLF breaks are left to the core, which reads them. `count`:
 * how many CRs became LFs (0: the text is returned as it is).
 */
export function macLineBreaks(text: string): { text: string; count: number } {
  let count = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1))
    if (text.charCodeAt(at + 1) !== 10) count++;
  return count === 0 ? { text, count } : { text: text.replace(/\r(?!\n)/g, '\n'), count };
}

/** Adds `message` to `messages` when there is one (a reader's {@link droppedLinesMessage}s). */
export function keepMessage(messages: Message[], message: Message | null): void {
  if (message) messages.push(message);
}

/**
 * The message for lines an input reader left out (a header, comments, styling), each line's text
 * in `actual`, placed at the first; null when there are none.
 */
export function droppedLinesMessage(
  ruleId: string,
  lines: readonly SourcedLine[],
  reason: string,
  severity: Message['severity'] = 'info',
): Message | null {
  if (lines.length === 0) return null;
  return {
    ruleId,
    reason,
    line: lines[0]?.line ?? null,
    column: 1,
    severity,
    actual: lines.map((l) => l.text).join('\n'),
  };
}
