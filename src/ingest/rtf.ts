/**
 * RTF (`{\rtf1\ansi …}`: Word, WordPad, TextEdit, a newsroom system's export) to transcript
 * text, in one pass over the source: `\par` ends a paragraph, `\line` breaks a line, `\tab` is a
 * tab, `\cell` parts a table's cells with a tab and `\row` ends its row, a paragraph (a two-column table
 * becomes the two-column script convention of text), `\'e9` is a byte in the document's code page
 * (`\ansicpg`, Windows-1252 by default), `\u233?` a Unicode character (its `\ucN` fallback
 * skipped). Groups that are not text are skipped and reported (`rtf-dropped`): the font, colour
 * and style tables and other `{\*\…}` destinations (once, as formatting), and the document
 * information, headers, footers, footnotes, comments and pictures (each, with their text).
 */
import type { Message } from '../core/document.ts';
import { type IngestedText, joinParagraphs, type SourcedLine } from './lines.ts';

/** Destinations whose text is content a reader could miss: each is reported with it. */
const CONTENT_GROUPS: Readonly<Record<string, string>> = {
  info: 'the document information (title, author)',
  footnote: 'a footnote',
  annotation: 'a comment',
  pict: 'a picture',
  object: 'an embedded object',
};

/** What a content destination is (`\header`, `\headerl`, `\footerf` …), or undefined. */
function contentGroup(word: string): string | undefined {
  if (word.startsWith('header')) return 'a page header';
  if (word.startsWith('footer')) return 'a page footer';
  return Object.hasOwn(CONTENT_GROUPS, word) ? CONTENT_GROUPS[word] : undefined;
}

/** Destinations of formatting, never text (others are `{\*\…}`, skipped by their star). */
const TABLE_GROUPS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'filetbl',
  'revtbl',
]);

/** Control words that are characters. */
const SYMBOLS: Readonly<Record<string, string>> = {
  tab: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  bullet: '\u2022',
};

const ACTUAL_MAX_CHARS = 200;

/** A content group being skipped: its reason, line and text so far. */
interface Dropped {
  depth: number;
  reason: string;
  line: number;
  text: string;
  keepText: boolean;
}

interface Group {
  /** Skipped: a destination that is not text. */
  skip: boolean;
  /** Characters a `\u` is followed by, in place of the Unicode one (`\ucN`). */
  uc: number;
}

/** True when text is an RTF document. */
export function looksLikeRtf(text: string): boolean {
  return /^\s*\{\\rtf/.test(text.slice(0, 64));
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Converts an RTF document to paragraphs, each at the line of the RTF where its text starts. */
export function rtfToLines(rtf: string): IngestedText {
  const messages: Message[] = [];
  const paragraphs: SourcedLine[][] = [];
  let lines: string[] = [''];
  /** The RTF line each of `lines` starts on (0: no text yet). */
  let lineAt: number[] = [0];
  /** A `\*` opened the group: its destination is named by the next control word. */
  let starPending = false;
  let sourceLine = 1;
  let decoder = new TextDecoder('windows-1252');
  const stack: Group[] = [];
  let group: Group = { skip: false, uc: 1 };
  /** Characters still to skip after a `\u` (its fallback). */
  let fallback = 0;
  /** Inside a table cell (`\intbl`): a paragraph ends in the cell, not the document. */
  let inTable = false;
  let tablesReported = false;
  /** The content group being skipped: its reason, line and text so far. */
  let dropped = null as Dropped | null;

  const emit = (text: string): void => {
    if (group.skip) {
      if (dropped?.keepText && dropped.text.length < ACTUAL_MAX_CHARS) dropped.text += text;
      return;
    }
    const last = lines.length - 1;
    if (lineAt[last] === 0 && text.trim() !== '') lineAt[last] = sourceLine;
    lines[last] += text;
  };
  const newLine = (): void => {
    lines.push('');
    lineAt.push(0);
  };
  const endParagraph = (): void => {
    const kept: SourcedLine[] = [];
    lines.forEach((l, k) => {
      const text = l.replace(/ {2,}/g, ' ').trim();
      // A row whose video cell is empty keeps its tab: the audio goes on.
      const cells = l.startsWith('\t') && text ? `\t${text}` : text;
      if (text) kept.push({ text: cells, line: lineAt[k] || sourceLine });
    });
    if (kept.length > 0) paragraphs.push(kept);
    lines = [''];
    lineAt = [0];
  };
  const skipGroup = (word: string): void => {
    group.skip = true;
    const what = contentGroup(word);
    const reason = what && `Dropped ${what}`;
    if (reason !== undefined && !dropped) {
      // A picture's or an object's data is hex, not words: reported without it.
      const keepText = word !== 'pict' && word !== 'object';
      dropped = { depth: stack.length, reason, line: sourceLine, text: '', keepText };
    } else if (reason === undefined && !tablesReported) {
      tablesReported = true;
      messages.push({
        ruleId: 'rtf-dropped',
        reason: 'Removed the RTF font, colour and style tables (formatting, not text)',
        line: sourceLine,
        column: 1,
        severity: 'info',
      });
    }
  };

  let i = 0;
  /** The group just opened: its first control word may name a destination. */
  let groupStart = false;
  while (i < rtf.length) {
    const ch = rtf.charCodeAt(i);
    if (ch === 10) {
      sourceLine++;
      i++;
      continue;
    }
    if (ch === 13) {
      i++;
      continue;
    }
    if (ch === 123) {
      // `{`
      stack.push(group);
      group = { ...group };
      groupStart = true;
      i++;
      continue;
    }
    if (ch === 125) {
      // `}`
      if (dropped && stack.length > dropped.depth) dropped.text += ' ';
      else if (dropped) {
        const text = dropped.text.replace(/\s+/g, ' ').trim();
        const m: Message = {
          ruleId: 'rtf-dropped',
          reason: dropped.reason,
          line: dropped.line,
          column: 1,
          severity: 'info',
        };
        if (text) m.actual = text;
        messages.push(m);
        dropped = null;
      }
      group = stack.pop() ?? { skip: false, uc: 1 };
      groupStart = false;
      starPending = false;
      fallback = 0;
      i++;
      continue;
    }
    if (ch !== 92) {
      // Text.
      let end = i;
      while (end < rtf.length) {
        const c = rtf.charCodeAt(end);
        if (c === 92 || c === 123 || c === 125 || c === 10 || c === 13) break;
        end++;
      }
      let text = rtf.slice(i, end);
      if (fallback > 0) {
        const cut = Math.min(fallback, text.length);
        text = text.slice(cut);
        fallback -= cut;
      }
      if (text) emit(text);
      groupStart = false;
      i = end;
      continue;
    }
    // A control symbol or word.
    const next = rtf.charCodeAt(i + 1);
    if (!isLetter(next)) {
      const sym = rtf[i + 1] ?? '';
      i += 2;
      if (sym === '*') {
        // `{\*\dest …}`: a destination a reader may ignore, named by the next word.
        if (!group.skip) starPending = true;
        continue;
      }
      if (sym === "'") {
        const hex = rtf.slice(i, i + 2);
        i += 2;
        if (fallback > 0) {
          fallback--;
          continue;
        }
        const byte = Number.parseInt(hex, 16);
        if (Number.isFinite(byte)) emit(decoder.decode(new Uint8Array([byte])));
        continue;
      }
      if (fallback > 0) {
        fallback--;
        continue;
      }
      if (sym === '\\' || sym === '{' || sym === '}') emit(sym);
      else if (sym === '~') emit('\u00a0');
      else if (sym === '_') emit('\u2011');
      else if (sym === '\n' || sym === '\r') {
        if (sym === '\n') sourceLine++;
        if (inTable) emit(' ');
        else endParagraph();
      }
      groupStart = false;
      continue;
    }
    let end = i + 1;
    while (end < rtf.length && isLetter(rtf.charCodeAt(end))) end++;
    const word = rtf.slice(i + 1, end);
    let numberEnd = end;
    if (rtf[numberEnd] === '-') numberEnd++;
    while (
      numberEnd < rtf.length &&
      rtf.charCodeAt(numberEnd) >= 48 &&
      rtf.charCodeAt(numberEnd) <= 57
    )
      numberEnd++;
    const param = numberEnd > end ? Number(rtf.slice(end, numberEnd)) : null;
    i = rtf[numberEnd] === ' ' ? numberEnd + 1 : numberEnd;
    const first = groupStart;
    groupStart = false;
    if (group.skip) continue;
    if (starPending) {
      starPending = false;
      skipGroup(word);
      continue;
    }
    if (first && (TABLE_GROUPS.has(word) || contentGroup(word))) {
      skipGroup(word);
      continue;
    }
    switch (word) {
      case 'par':
        if (inTable) emit(' ');
        else endParagraph();
        break;
      case 'line':
        if (inTable) emit(' ');
        else newLine();
        break;
      case 'cell':
        emit('\t');
        break;
      case 'row': {
        // The row's last cell leaves a tab at its end.
        const last = lines.length - 1;
        lines[last] = (lines[last] as string).replace(/\t$/, '');
        endParagraph();
        inTable = false;
        break;
      }
      case 'intbl':
        inTable = true;
        break;
      case 'pard':
        inTable = false;
        break;
      case 'sect':
      case 'page':
        endParagraph();
        break;
      case 'uc':
        group.uc = param ?? 1;
        break;
      case 'u':
        if (param !== null) {
          emit(String.fromCharCode(param < 0 ? param + 65536 : param));
          fallback = group.uc;
        }
        break;
      case 'ansicpg':
        if (param !== null) {
          try {
            decoder = new TextDecoder(`windows-${param}`);
          } catch {
            // A code page the runtime does not know: Windows-1252 stays.
          }
        }
        break;
      default:
        if (Object.hasOwn(SYMBOLS, word)) emit(SYMBOLS[word] as string);
    }
  }
  endParagraph();
  // Cells read as a tab: a row of two cells is `video<tab>audio`, rows of a table are lines.
  return { ...joinParagraphs(paragraphs), messages };
}
