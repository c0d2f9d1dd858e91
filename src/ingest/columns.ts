/**
 * The columns of a transcript table, named by its header row in English, any case: which holds
 * the text, the speaker, the start and the end. Shared by transcript tables in text (./table.ts)
 * and in HTML (./html.ts).
 */

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
  if (names.length < 2) return null;
  const columns: (Column | null)[] = [];
  const seen = new Set<Column>();
  let millis = false;
  for (const raw of names) {
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
