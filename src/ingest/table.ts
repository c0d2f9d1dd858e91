/**
 * Transcript tables: CSV or tab-separated text with a header row, as transcription and editing
 * tools export them and as a spreadsheet pastes them (`Speaker,Start Time,End Time,Text`;
 * `Timecode<TAB>Speaker<TAB>Dialogue`). Rows with a start and an end are cues and take the path
 * SRT takes, on the table's clock; rows without both become `Speaker: text` paragraphs, a start
 * kept as the turn's `[hh:mm:ss]` anchor.
 */
import type { Message } from '../core/document.ts';
import {
  type Column,
  columnsOf,
  INTEGER,
  inferredColumns,
  inferredMessage,
  MAX_SEGMENT_SECONDS,
  readTime,
} from './columns.ts';
import { type IngestedText, joinParagraphs, type SourcedLine } from './lines.ts';
import {
  type Cue,
  cuesToLines,
  escapeCueText,
  formatAnchor,
  frameRate,
  framesMessage,
  type SubtitleIngestOptions,
} from './subtitles.ts';

/** Longest header line looked at, and longest header name. */
const HEADER_CHARS = 300;

interface Header {
  delimiter: ',' | '\t' | ';';
  columns: (Column | null)[];
  /** A time column's unit said in the header (`Start (ms)`, `start_ms`), if any. */
  millis: boolean;
  /** No header row: the columns were told by what the rows hold (see {@link inferredHeader}). */
  headerless?: boolean;
}

/** Rows looked at to tell a table without a header row. */
const SAMPLE_ROWS = 30;

/**
 * A table without a header row, as a spreadsheet or a word processor's table pastes
 * (`00:00:01<TAB>Jane Doe<TAB>Good evening.`): every line of the first rows cut by tabs into the
 * same 2 to 4 cells, read by {@link inferredColumns}. Null when the rows are not so.
 */
function inferredHeader(text: string): Header | null {
  const lines: string[][] = [];
  let wrapped = 0;
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (from < text.length && lines.length < SAMPLE_ROWS) {
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    const line = text.slice(from, end).replace(/\r$/, '');
    from = end + 1;
    if (line.trim() === '') continue;
    if (!line.includes('\t')) {
      // A row's last cell wrapped onto the line below (see {@link joinWrappedCells}); a line
      // without tabs before any row is no table's.
      if (lines.length === 0) return null;
      wrapped++;
      continue;
    }
    lines.push(line.split('\t').map((cell) => cell.trim()));
  }
  if (wrapped > 4 * lines.length) return null;
  // Avid Media Composer's marker list (`editor<TAB>01:00:02:00<TAB>V1<TAB>red<TAB>comment<TAB>1`):
  // the marker's time and its comment; the author is the editor, not a speaker.
  const columns = lines.every((cells) => AVID_MARKER.test(cells.slice(1, 4).join('\t')))
    ? Array.from({ length: Math.max(...lines.map((cells) => cells.length)) }, (_, k) =>
        k === 1 ? ('start' as const) : k === 4 ? ('text' as const) : null,
      )
    : inferredColumns(lines);
  return columns && { delimiter: '\t', columns, millis: false, headerless: true };
}

/** An Avid marker's timecode, track and colour cells. Bounded. */
const AVID_MARKER =
  /^\d{2}:\d{2}:\d{2}[:;]\d{2}\t(?:[VA]\d{1,2}|TC\d?)\t(?:red|green|blue|cyan|magenta|yellow|black|white)$/i;

/** A Markdown table's delimiter row (`|---|:---:|`). */
const MARKDOWN_RULE = /^\|?(?: *:?-{3,}:? *\|)+(?: *:?-{3,}:? *)?$/;

/**
 * A Markdown table (Notion, a wiki, a chat assistant's answer) as tab-separated text, line for
 * line (the delimiter row an empty line): `| Time | Speaker | Text |` is then a table's header
 * row. Null unless the text is one such table: every line a row of pipes, the second the rule
 * (or the third after a blank line: a copy that put a blank line after every row).
 */
export function markdownTable(text: string): string | null {
  const lines = text.split('\n');
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop();
  const rule = (lines[1] as string | undefined)?.trim() === '' ? 2 : 1;
  if (lines.length < rule + 2 || !MARKDOWN_RULE.test((lines[rule] as string).trim())) return null;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = (lines[k] as string).replace(/\r$/, '').trim();
    if (k === rule || line === '') {
      out.push('');
      continue;
    }
    if (!line.startsWith('|')) return null;
    out.push(markdownRow(line));
  }
  return out.join('\n');
}

/** A Markdown table's row (`| a | b |`, trimmed) as its cells parted by tabs. */
function markdownRow(line: string): string {
  const inner = line.slice(1, line.endsWith('|') && !line.endsWith('\\|') ? -1 : undefined);
  // Cells split at pipes a backslash does not escape; `\|` is a pipe in the text.
  return inner
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').replace(/\t/g, ' ').trim())
    .join('\t');
}

/**
 * The Markdown tables inside a text that is not one transcript table (a two-column script's
 * `| VIDEO | AUDIO |` under its slug, a transcript table under a page's title), line for line,
 * the delimiter row an empty line. A transcript table's rows (its header names a text column and
 * a speaker or time column, as {@link readHeader} reads) become `[time] Speaker: text` lines, the
 * header said in a `table-header` message; any other table's rows become their cells parted by
 * tabs, read as the same table pasted from a word processor. Null when the text has none.
 */
export function markdownTablesText(text: string): IngestedText | null {
  if (!text.includes('|')) return null;
  const lines = text.split('\n');
  const messages: Message[] = [];
  let found = false;
  for (let k = 1; k < lines.length; k++) {
    const rule = (lines[k] as string).trim();
    const header = (lines[k - 1] as string).trim();
    if (!header.startsWith('|') || !MARKDOWN_RULE.test(rule)) continue;
    found = true;
    const names = markdownRow(header).split('\t');
    // A transcript table's columns (a text column and a speaker or a time column), else null.
    const columns = columnsOf(names)?.columns ?? null;
    const transcript = columns !== null;
    if (transcript) {
      messages.push({
        ruleId: 'table-header',
        reason: `Read the Markdown table's first row as its header: ${names.join(', ')}`,
        line: k,
        column: 1,
        severity: 'info',
        actual: header,
      });
    }
    lines[k - 1] = transcript ? '' : markdownRow(header);
    lines[k] = '';
    for (k++; k < lines.length; k++) {
      const row = (lines[k] as string).replace(/\r$/, '').trim();
      // A copy that put a blank line after every row goes on with the table.
      if (row === '') continue;
      if (!row.startsWith('|')) break;
      if (MARKDOWN_RULE.test(row)) lines[k] = '';
      else if (columns !== null) lines[k] = transcriptRow(markdownRow(row), columns);
      else lines[k] = markdownRow(row);
    }
  }
  if (!found) return null;
  return { text: lines.join('\n'), sourceLines: null, ...(messages.length ? { messages } : {}) };
}

/** A transcript table's row (cells parted by tabs) as `[start] Speaker: text`. */
function transcriptRow(cells: string, columns: readonly (Column | null)[]): string {
  const fields = cells.split('\t');
  const at = (column: Column) => {
    const k = columns.indexOf(column);
    return k === -1 ? '' : (fields[k] ?? '').trim();
  };
  const start = at('start');
  const speaker = at('speaker').replace(/\s*:$/, '');
  return `${start ? `[${start}] ` : ''}${speaker ? `${speaker}: ` : ''}${at('text')}`;
}

/**
 * The table's header: the first line split at tabs, else semicolons, else commas, every name
 * short, a text column and a speaker or time column among them; or null.
 */
function readHeader(text: string): Header | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.indexOf('\n', start);
  if (end === -1) return null;
  if (end - start > HEADER_CHARS) return null;
  if (text[end - 1] === '\r') end--;
  const line = text.slice(start, end);
  const delimiter = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  const read = columnsOf(line.split(delimiter));
  return read && { delimiter, ...read };
}

/**
 * The table's header (see {@link readHeader}), else the columns a table without a header row
 * shows (see {@link inferredHeader}).
 */
function tableHeader(text: string): Header | null {
  return readHeader(text) ?? inferredHeader(text);
}

/**
 * True when the text starts with a transcript table's header row (see {@link readHeader}), is a
 * table without one (see {@link inferredHeader}), or is a Markdown table of either.
 */
export function looksLikeTable(text: string): boolean {
  if (tableHeader(text) !== null) return true;
  const markdown = text.trimStart().startsWith('|') ? markdownTable(text) : null;
  return markdown !== null && tableHeader(markdown) !== null;
}

interface Row {
  fields: string[];
  /** 1-based source line where the row starts. */
  line: number;
}

/**
 * Splits delimited text into rows (RFC 4180: a quoted field may hold the delimiter, a newline
 * and `""` for a quote). One pass, linear.
 */
function readRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/**
 * A tab-separated table whose long cells were hard-wrapped in the copy (an e-mail's or a PDF's
 * line length): a line without a tab right under a row goes on that row's last cell, as words of
 * the same cell. A line without tabs before any row, or after a blank line, stays as it is.
 */
function joinWrappedCells(rows: Row[], width: number): Row[] {
  if (width < 2) return rows;
  const out: Row[] = [];
  // The line the row before ends on: a line after a blank one (a closing note) is no wrap.
  let endLine = 0;
  for (const row of rows) {
    const previous = out[out.length - 1];
    const joins = row.fields.length === 1 && previous !== undefined && row.line === endLine + 1;
    endLine = row.line + row.fields.join('').split('\n').length - 1;
    if (joins && previous.fields.length > 1) {
      const last = previous.fields.length - 1;
      previous.fields[last] =
        `${(previous.fields[last] as string).trimEnd()} ${(row.fields[0] as string).trim()}`;
      continue;
    }
    out.push(row);
  }
  return out;
}

function isWholeOrEmpty(cell: string): boolean {
  return cell === '' || INTEGER.test(cell);
}

/**
 * Reads a transcript table. Rows whose every start and end reads as a time are cues (the SRT
 * path: on the table's clock); otherwise each row is a paragraph, its speaker as a `Name:` tag
 * and its start, when it has one, as a `[hh:mm:ss]` anchor. A row without text is dropped and
 * reported; the cells of a row past the header's columns (an unquoted comma) are text, kept.
 *
 * @example tableToLines('Speaker,Text\nAna,Hello.\n').text // 'Ana: Hello.'
 */
export function tableToLines(
  given: string,
  options: SubtitleIngestOptions & { fps?: number } = {},
): IngestedText {
  const markdown =
    readHeader(given) === null && given.trimStart().startsWith('|') ? markdownTable(given) : null;
  const source = markdown ?? given;
  const header = tableHeader(source);
  if (header === null) {
    return { text: given, sourceLines: null };
  }
  const read = readRows(source, header.delimiter);
  const all = header.delimiter === '\t' ? joinWrappedCells(read, header.columns.length) : read;
  const rows = all.slice(header.headerless ? 0 : 1);
  const at = (row: Row, column: Column) => {
    const k = header.columns.indexOf(column);
    return k === -1 ? '' : (row.fields[k] ?? '').trim();
  };
  const frames: { value: boolean; drop?: boolean } = { value: false };
  const dropped: Row[] = [];
  const widened: Row[] = [];
  const textColumn = header.columns.indexOf('text');
  const kept: {
    row: Row;
    text: string;
    speaker: string;
    startCell: string;
    endCell: string;
    start: number | null;
    end: number | null;
  }[] = [];
  for (const row of rows) {
    let text = at(row, 'text');
    // More cells than the header names: a comma inside text nobody quoted. The extra cells
    // are text, kept where they belong (after a last text column) or at the end, reported.
    const extra = row.fields.slice(header.columns.length).join(header.delimiter);
    if (extra.trim() !== '') {
      if (textColumn === header.columns.length - 1) {
        text = `${row.fields[textColumn] ?? ''}${header.delimiter}${extra}`.trim();
      } else {
        text = `${text} ${extra.trim()}`.trim();
        widened.push(row);
      }
    }
    if (text === '') {
      if (row.fields.some((f) => f.trim() !== '')) dropped.push(row);
      continue;
    }
    kept.push({
      row,
      text,
      // A speaker cell written as a label (`Jane Doe:`) keeps one colon in the tag.
      speaker: at(row, 'speaker').replace(/\s*:$/, ''),
      startCell: at(row, 'start'),
      endCell: at(row, 'end'),
      start: null,
      end: null,
    });
  }
  const messages: Message[] = [];
  // The header row names the columns: said, with its cells as written (nothing is lost).
  const headerRow = header.headerless ? undefined : all[0];
  if (header.headerless) messages.push(inferredMessage(header.columns, all[0]?.line ?? 1));
  if (headerRow !== undefined) {
    const named = header.columns
      .map((column, k) => (column === null ? null : `${headerRow.fields[k]?.trim()} (${column})`))
      .filter((x) => x !== null);
    messages.push({
      ruleId: 'table-header',
      reason: `Read the first row as the table's header: ${named.join(', ')}`,
      line: headerRow.line,
      column: 1,
      severity: 'info',
      actual: headerRow.fields.map((f) => f.trim()).join(' | '),
    });
  }
  // Whole numbers: seconds, or milliseconds when the header says so (`Start (ms)`) or when as
  // seconds the segments would run over a minute (Whisper's TSV: `start`, `end` in ms).
  let millis = header.millis;
  if (!millis && kept.every((r) => isWholeOrEmpty(r.startCell) && isWholeOrEmpty(r.endCell))) {
    const spans: number[] = [];
    for (let k = 0; k < kept.length; k++) {
      const r = kept[k] as (typeof kept)[number];
      const to = r.endCell !== '' ? r.endCell : (kept[k + 1]?.startCell ?? '');
      if (r.startCell !== '' && to !== '' && Number(to) > Number(r.startCell)) {
        spans.push(Number(to) - Number(r.startCell));
      }
    }
    spans.sort((a, b) => a - b);
    millis = (spans[spans.length >> 1] ?? 0) > MAX_SEGMENT_SECONDS;
    if (millis) {
      messages.push({
        ruleId: 'table-units',
        reason: `Read the time columns as milliseconds: as seconds, their segments would last over ${MAX_SEGMENT_SECONDS} s`,
        line: kept[0]?.row.line ?? null,
        column: 1,
        severity: 'info',
      });
    }
  }
  for (const r of kept) {
    r.start = r.startCell === '' ? null : readTime(r.startCell, frames, millis);
    r.end = r.endCell === '' ? null : readTime(r.endCell, frames, millis);
  }
  // Cues timed in frames (`00:00:05:12`, Premiere's drop-frame `00;00;05;12`) start on their
  // frame: counted at the `fps` option (25 by default; 30 when a frame number reaches 25), as the other caption readers count them; drop-frame is 29.97 (or 59.94).
  let fps: number | null = null;
  if (frames.value && kept.length > 0 && kept.every((r) => r.start !== null && r.end !== null)) {
    const given = options.fps ?? 25;
    fps =
      frames.drop !== true ? frameRate(source, given) : given > 50 ? 60_000 / 1001 : 30_000 / 1001;
    for (const r of kept) {
      r.start = readTime(r.startCell, frames, millis, fps);
      r.end = readTime(r.endCell, frames, millis, fps);
    }
    messages.push(framesMessage(fps));
  }
  if (dropped.length > 0) {
    messages.push({
      ruleId: 'table-row',
      reason: `Dropped ${dropped.length} row(s) of the table with no text in its text column`,
      line: dropped[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: dropped.map((r) => r.fields.join(header.delimiter)).join('\n'),
    });
  }
  if (widened.length > 0) {
    messages.push({
      ruleId: 'table-row',
      reason: `Kept the cells past the header's columns of ${widened.length} row(s) at the end of the row's text`,
      line: widened[0]?.line ?? null,
      column: 1,
      severity: 'warning',
    });
  }
  // Columns that are none of text, speaker, start and end (a cue number, a duration, a
  // confidence, notes): left out, their name and what they held reported.
  const names = header.headerless ? undefined : all[0]?.fields;
  const other = header.columns.flatMap((c, k) => (c === null ? [k] : []));
  if (other.length > 0) {
    const cells: string[] = [];
    for (const row of rows)
      for (const k of other) {
        const cell = (row.fields[k] ?? '').trim();
        if (cell !== '') cells.push(cell);
      }
    messages.push({
      ruleId: 'table-columns',
      reason: `Left out ${other.length} column(s) that are not the text, speaker or times: ${other.map((k) => names?.[k]?.trim() || `#${k + 1}`).join(', ')}`,
      line: all[0]?.line ?? 1,
      column: 1,
      severity: 'info',
      ...(cells.length > 0 ? { actual: cells.join('\n') } : {}),
    });
  }
  if (frames.value && fps === null) {
    messages.push({
      ruleId: 'table-frames',
      reason:
        'Read timecodes with frames (hh:mm:ss:ff) to the second: a frame count needs a frame rate the table does not give',
      line: kept[0]?.row.line ?? null,
      column: 1,
      severity: 'info',
    });
  }
  const timed =
    kept.length > 0 &&
    kept.every(
      (r) => r.start !== null && r.end !== null && (r.end as number) > (r.start as number),
    );
  if (timed) {
    const cues: Cue[] = kept.map((r) => ({
      startMs: r.start as number,
      endMs: r.end as number,
      lines: r.text.split(/\r?\n/).map((part, k) => ({
        text:
          k === 0 && r.speaker !== ''
            ? `<v ${escapeCueText(r.speaker)}>${escapeCueText(part.trim())}`
            : escapeCueText(part.trim()),
        line: r.row.line + k,
      })),
    }));
    return cuesToLines(cues, options, [], messages);
  }
  const paragraphs: SourcedLine[][] = kept.map((r) => {
    const anchor = r.start === null ? '' : `${formatAnchor(r.start)} `;
    const tag = r.speaker === '' ? '' : `${r.speaker}: `;
    return [{ text: `${anchor}${tag}${r.text}`, line: r.row.line }];
  });
  const joined: IngestedText = joinParagraphs(paragraphs);
  // Each row's speaker cell is a speaker's label, whatever the words after it look like: the
  // line of each labelled paragraph (a blank line between paragraphs, a cell's own breaks kept).
  const tagLines = new Set<number>();
  let textLine = 1;
  for (const r of kept) {
    if (r.speaker !== '') tagLines.add(textLine);
    let breaks = 0;
    for (let k = r.text.indexOf('\n'); k !== -1; k = r.text.indexOf('\n', k + 1)) breaks++;
    textLine += breaks + 2;
  }
  if (tagLines.size > 0) joined.hints = { tagLines };
  return messages.length > 0 ? { ...joined, messages } : joined;
}
