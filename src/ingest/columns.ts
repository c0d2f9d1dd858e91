/**
 * The columns of a transcript table, named by its header row in English, any case: which holds
 * the text, the speaker, the start and the end. Shared by transcript tables in text (./table.ts)
 * and in HTML (./html.ts).
 */

import { VIDEO_CELL_WORDS } from '../core/directions.ts';
import type { Message } from '../core/document.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';

export type Column = 'text' | 'speaker' | 'start' | 'end';

/** Header names (lower case, spaces and `_` folded to one space) and the column each means. */
const COLUMNS: Readonly<Record<string, Column>> = {
  text: 'text',
  transcript: 'text',
  transcription: 'text',
  content: 'text',
  dialogue: 'text',
  dialog: 'text',
  caption: 'text',
  subtitle: 'text',
  words: 'text',
  utterance: 'text',
  sentence: 'text',
  speaker: 'speaker',
  'speaker name': 'speaker',
  name: 'speaker',
  character: 'speaker',
  talent: 'speaker',
  voice: 'speaker',
  start: 'start',
  'start time': 'start',
  'start timecode': 'start',
  starttime: 'start',
  begin: 'start',
  in: 'start',
  'tc in': 'start',
  'timecode in': 'start',
  time: 'start',
  timecode: 'start',
  timestamp: 'start',
  end: 'end',
  'end time': 'end',
  'end timecode': 'end',
  endtime: 'end',
  stop: 'end',
  out: 'end',
  'tc out': 'end',
  'timecode out': 'end',
  // Premiere Pro's marker export (`Marker Name, Description, In, Out, Duration, Marker Type`):
  // each marker's words are its description.
  description: 'text',
};

/** A unit after a column's name in words: ` in milliseconds`, ` in ms`, ` in seconds`. */
const SPELLED_UNIT = / in (milliseconds|ms|seconds)$/;

/** Longest header name. */
const NAME_CHARS = 24;

/** A column's name, folded, and whether it says its unit is milliseconds (`Start (ms)`). */
function columnName(raw: string): { name: string; millis: boolean } {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1);
  let millis = false;
  // `Start (s)`, `Start [ms]`, `start_ms`: the unit goes, remembered when it is milliseconds.
  const unit = name.search(/ ?[([]/);
  if (unit > 0) {
    millis = /^ ?[([]ms[)\]]$/i.test(name.slice(unit));
    name = name.slice(0, unit);
  }
  const folded = name
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
  if (folded.endsWith(' ms') && Object.hasOwn(COLUMNS, folded.slice(0, -3))) {
    return { name: folded.slice(0, -3), millis: true };
  }
  // The unit spelled out (Subtitle Edit's CSV: `Start time in milliseconds`).
  const spelled = SPELLED_UNIT.exec(folded);
  if (spelled && Object.hasOwn(COLUMNS, folded.slice(0, spelled.index))) {
    return { name: folded.slice(0, spelled.index), millis: spelled[1] !== 'seconds' };
  }
  return { name: folded, millis };
}

/**
 * What each named column of a transcript table holds (see {@link COLUMNS}): null unless there is
 * a text column and a speaker or time column among them. A column named twice keeps its first.
 *
 * @example transcriptColumns(['Time', 'Speaker', 'Text']) // ['start', 'speaker', 'text']
 */
export function transcriptColumns(names: readonly string[]): (Column | null)[] | null {
  return columnsOf(names)?.columns ?? null;
}

export function columnsOf(
  names: readonly string[],
): { columns: (Column | null)[]; millis: boolean } | null {
  // Empty names at the row's end (a spreadsheet's trailing delimiter) name no column.
  let n = names.length;
  while (n > 0 && (names[n - 1] as string).trim() === '') n--;
  if (n < 2) return null;
  const columns: (Column | null)[] = [];
  const seen = new Set<Column>();
  let millis = false;
  for (const raw of names.slice(0, n)) {
    const folded = columnName(raw);
    const name = folded.name;
    if (folded.millis) millis = true;
    if (name.length === 0 || name.length > NAME_CHARS) return null;
    const column = Object.hasOwn(COLUMNS, name) ? (COLUMNS[name] ?? null) : null;
    columns.push(column !== null && !seen.has(column) ? column : null);
    if (column !== null) seen.add(column);
  }
  if (!seen.has('text') || (!seen.has('speaker') && !seen.has('start'))) return null;
  return { columns, millis };
}

// `01:02:03.456`, `1:02:03,4`, `02:03`, `00:00:05:12` / `00:00:05;12` (frames), or seconds.
export const CLOCK = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3})|[:;](\d{2}))?$/;
const SECONDS = /^\d{1,6}(?:\.\d{1,3})?$/;
export const INTEGER = /^\d{1,9}$/;
/** Whole numbers whose segments would last longer than this as seconds are milliseconds. */
export const MAX_SEGMENT_SECONDS = 60;

/** Premiere Pro's drop-frame timecode, every field after a semicolon (`00;01;02;15`). */
const DROP_FRAME = /^(\d{1,2});(\d{2});(\d{2});(\d{2})$/;

/**
 * A time cell → ms, or null. Tells whether frames were seen, and whether a frame count followed
 * a semicolon (drop-frame). Frames count at `fps` when it is given, else are dropped (whole
 * seconds). A whole number is seconds, or milliseconds when `millis`.
 */
export function readTime(
  raw: string,
  framesSeen: { value: boolean; drop?: boolean },
  millis: boolean,
  fps?: number,
): number | null {
  const cell = raw.trim();
  if (millis && INTEGER.test(cell)) return Number(cell);
  if (SECONDS.test(cell)) return Math.round(Number(cell) * 1000);
  const m = CLOCK.exec(cell) ?? DROP_FRAME.exec(cell);
  if (!m) return null;
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds > 59 || (m[1] !== undefined && minutes > 59)) return null;
  const frames = m.length === 5 ? m[4] : m[5];
  if (frames !== undefined) {
    framesSeen.value = true;
    const semicolon = cell[cell.length - 3] === ';';
    if (semicolon) framesSeen.drop = true;
    if (fps !== undefined) {
      const at = parseTimeValue(
        `${m[1] ?? '0'}:${m[2]}:${m[3]}${semicolon ? ';' : ':'}${frames}`,
        fps,
      );
      if (at !== null) return Math.round(at);
    }
    return ((Number(m[1] ?? '0') * 60 + minutes) * 60 + seconds) * 1000;
  }
  const fraction = Number((m[4] ?? '0').padEnd(3, '0'));
  return ((Number(m[1] ?? '0') * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

/** Longest speaker cell, and longest mean, of a table without a header row. */
const SPEAKER_CELL_CHARS = 60;
const SPEAKER_MEAN_CHARS = 40;

/**
 * A speaker's label in a table without a header: one to five words, each capitalized (a
 * particle such as `de`, `van` between them, a number after them: `Speaker 2`), no colon (a
 * `JANE DOE:<TAB>…` line is a tag the core reads). `Jane Doe`, `JANE DOE`, `Dr. Sam Ito`, `Q`.
 */
const SPEAKER_CELL = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,3}|de|da|del|der|di|du|dos|van|von|bin|ibn|al|el|la|le|y))*$`,
  'u',
);
/** Most words in a speaker cell of a table without a header. */
const SPEAKER_CELL_WORDS = 5;
/** Longest speaker cell of a table without times or a header. */
const NAME_CELL_CHARS = 40;
/\b(?:ANCHOR|CAM|CAMERA|VO|SOT|NATS?|PKG|SUPER|CG|GFX|OTS|TAKE|ROLL|STANDUP|STAND-UP|FULL ?SCREEN|WIDE|SHOT|B-ROLL|TAG|READER|LIVE|BOX|WIPE|MONITOR|SOUNDBITE|UPSOUND|GRAPHICS?)\b/;

/**
 * What the columns of a table without a header row hold, told by its cells (each row's cells,
 * trimmed; a row's empty cells at its end are no column): one or two columns of clock times in
 * every row (start, then end), the text the longest of the others and a speaker the short one
 * beside it; or, with no times, two columns, the first a speaker's name in every row and a
 * name coming back (`Jane Doe | Good evening.`, `Q | …`), the second the text. Null otherwise
 * (a table of data, an A/V script's `VO | …` rows). `page`: a web page's table, read only when its
 * text is said (sentences) and its speakers' names come back: a page's tables are mostly data.
 */
export function inferredColumns(
  rows: readonly (readonly string[])[],
  page = false,
): (Column | null)[] | null {
  // A row's empty cells at its end (a paste's trailing blanks after its last tab) are no column:
  // every row has the table's cells, and any more only empty ones.
  let width = 0;
  for (const cells of rows) {
    let n = cells.length;
    while (n > 0 && cells[n - 1] === '') n--;
    width = Math.max(width, n);
  }
  if (rows.length < 2 || width < 2 || width > 4) return null;
  if (rows.some((cells) => cells.length < width)) return null;
  const lines = rows.map((cells) => cells.slice(0, width));
  const frames = { value: false };
  const columns: (Column | null)[] = new Array(width).fill(null);
  const times: number[] = [];
  const others: number[] = [];
  for (let k = 0; k < width; k++) {
    const cells = lines.map((cells) => cells[k] ?? '');
    // A clock time (`00:01:02`), not a bare number (a row's number is no time).
    const clock = (cell: string) => CLOCK.test(cell) && readTime(cell, frames, false) !== null;
    if (cells.every(clock)) times.push(k);
    else others.push(k);
  }
  if (times.length === 0) return width === 2 && namesColumn(lines) ? ['speaker', 'text'] : null;
  if (times.length > 2 || others.length === 0 || others.length > 2) return null;
  columns[times[0] as number] = 'start';
  if (times[1] !== undefined) columns[times[1]] = 'end';
  const mean = (k: number) => lines.reduce((sum, cells) => sum + (cells[k]?.length ?? 0), 0);
  const [textColumn, speakerColumn] = [...others].sort((a, b) => mean(b) - mean(a));
  columns[textColumn as number] = 'text';
  if (speakerColumn !== undefined) {
    const short =
      mean(speakerColumn) <= SPEAKER_MEAN_CHARS * lines.length &&
      lines.every((cells) => (cells[speakerColumn] ?? '').length <= SPEAKER_CELL_CHARS);
    if (!short) return null;
    // On a page, a table of times is a transcript only when its names come back (a programme's
    // `10:00 | Opening | Main stage` is no interview).
    const pairs = lines.map((cells) => [
      cells[speakerColumn] ?? '',
      cells[textColumn as number] ?? '',
    ]);
    if (page && !namesColumn(pairs)) return null;
    columns[speakerColumn] = 'speaker';
  }
  // On a page, the text column is said: most of its cells end a sentence or run on (an agenda's
  // `10:00 | Opening remarks` is a schedule, its times facts of the text).
  if (page) {
    let said = 0;
    for (const cells of lines) {
      const text = cells[textColumn as number] ?? '';
      if (SAID.test(text) || text.split(' ').length >= SAID_WORDS) said++;
    }
    if (said * 2 < lines.length) return null;
  }
  return columns;
}

/** A cell that ends a sentence (`.`, `?`, `!`, `…`, a closing quote or bracket after it). */
const SAID = /[.?!…]["”’)]?$/;
/** Words of a cell that runs on as speech does without closing a sentence. */
const SAID_WORDS = 8;

/** The message saying how the columns of a table without a header row were read. */
export function inferredMessage(columns: readonly (Column | null)[], line: number): Message {
  const said = columns.flatMap((c, k) => (c === null ? [] : [`column ${k + 1} the ${c}`]));
  return {
    ruleId: 'table-header',
    reason: `Read a table without a header row: ${said.join(', ')}`,
    line,
    column: 1,
    severity: 'info',
  };
}

/**
 * True when the first of two columns names the speaker of the second: three rows or more, every
 * first cell a name (see {@link SPEAKER_CELL}) and none an A/V script's video cue, at most half
 * as many names as rows (the names come back: an interview, not a glossary), and the second
 * column longer. A first cell left empty (not the first row's, at most a third of them) goes on
 * with the speaker above, as a transcript's table sets a turn of several rows.
 */
function namesColumn(lines: readonly (readonly string[])[]): boolean {
  if (lines.length < 3) return false;
  const names = new Set<string>();
  let nameChars = 0;
  let textChars = 0;
  let empty = 0;
  for (const [cell = '', text = ''] of lines) {
    const name = cell.replace(/\s+/g, ' ');
    if (name === '' && names.size > 0 && text !== '') {
      empty++;
      continue;
    }
    if (name.length > NAME_CELL_CHARS || text === '') return false;
    if (name.split(' ').length > SPEAKER_CELL_WORDS || !SPEAKER_CELL.test(name)) return false;
    if (VIDEO_CELL_WORDS.test(name)) return false;
    names.add(name.toLowerCase());
    nameChars += name.length;
    textChars += text.length;
  }
  return (
    empty * 3 <= lines.length && names.size * 2 <= lines.length - empty + 1 && textChars > nameChars
  );
}
