/**
 * LRC, the timed-lyrics format podcast and audio tools also export transcripts in, as timed
 * input: each `[mm:ss.xx]` line is a cue that runs to the next one and takes the path SRT and
 * WebVTT take.
 * - Header tags (`[ti:Title]`, `[ar:…]`, `[al:…]`, `[au:…]`, `[by:…]`, `[re:…]`, `[ve:…]`,
 *   `[length:…]`, `[offset:…]`, `[#:comment]`) are metadata, not words: `[ti:]` is the title,
 *   the others are reported (`lrc-metadata`, the lines in `actual`).
 * - `[offset:+250]` moves every time 250 ms earlier (a negative offset later), reported.
 * - A line with several times (`[00:12.00][01:15.00]text`, a repeated line) is a cue at each.
 * - Enhanced LRC's word times (`<00:12.40>word`) time the words after them.
 * - Enhanced LRC's duet markers (`M:`, `F:`, `D:` opening a line, two of them in the file) are
 *   voices: `Male`, `Female`, `Duet` (both), until the next marker.
 * - A time with no text after it ends the line before it (a player's blank screen).
 */
import { clockFields, clockMs, formatHms } from '../core/clock.ts';
import type { Message } from '../core/document.ts';
import type { IngestedText, SourcedLine } from './lines.ts';
import { type Cue, captionBlocks, cuesToLines, type SubtitleIngestOptions } from './subtitles.ts';

/** A header tag alone on its line: `[ti:Budget Hearing]`, `[offset:+250]`, `[#:comment]`. */
const HEADER_TAG = /^\[(ar|al|ti|au|by|re|ve|length|offset|la|lang|tool|#):([^\]\n]{0,300})\]$/i;
/** A time tag opening a line (or following another): `[01:02.34]`, `[1:02]`, `[01:02.345]`. */
const TIME_TAG = /\[(\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?)\]/y;
/** The hallmark of an LRC line: a `[mm:ss.xx]` time opening the line. */
const LRC_LINE = /^\[\d{1,3}:\d\d[.,]\d{2,3}\]/;
/** A header tag that only LRC writes, at the top of the file. */
const LRC_HEADER = /^\[(?:ar|al|ti|au|by|re|ve|length|offset):[^\]\n]{0,300}\]$/i;
/** An enhanced LRC word time (`<00:12.40>`), kept for the cue reader. */
const WORD_TIME = /&lt;(\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?)&gt;/g;
/** Enhanced LRC's duet marker opening a line: `M:`, `F:`, `D:`. */
const DUET_MARKER = /^([MFD]):[ \t]*/;
/** The last line (no next time ends it) lasts this long a word, at least a second. */
const LAST_LINE_MS_PER_WORD = 400;

/**
 * The time of an LRC time tag's text (`01:02.34`) in ms, or null. LRC counts minutes: a long
 * recording's `[75:10.00]` is 75 minutes in.
 */
function lrcTime(text: string): number | null {
  const fields = clockFields(text.replace(',', '.'));
  if (!fields) return null;
  if (fields.hours !== undefined || Number(fields.minutes) < 60) return clockMs(fields);
  const rest = clockMs({ ...fields, minutes: '0' });
  return rest === null ? null : Number(fields.minutes) * 60_000 + rest;
}

/**
 * True when the text is LRC: its first line is one of LRC's own header tags, or its first two
 * lines open with a `[mm:ss.xx]` time (a transcript's `[00:01] Jane:` has no hundredths).
 */
export function looksLikeLrc(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim());
  const filled = lines.filter((l) => l !== '');
  const first = filled[0] ?? '';
  const timed = filled.filter((l) => LRC_LINE.test(l)).length;
  if (LRC_HEADER.test(first)) return timed >= 1 || filled.every((l) => HEADER_TAG.test(l));
  return LRC_LINE.test(first) && LRC_LINE.test(filled[1] ?? '');
}

/** Escapes a line's text for the cue reader, keeping enhanced LRC's word times as tags. */
function cueText(text: string, offsetMs: number): string {
  if (!/[&<>]/.test(text)) return text;
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Moved by the file's offset as its line times are; LRC counts minutes past the hour.
  return escaped.replace(
    WORD_TIME,
    (_, t: string) => `<${formatHms(Math.max(0, (lrcTime(t) ?? 0) - offsetMs), '.')}>`,
  );
}

interface LrcEntry {
  startMs: number;
  /** The text after the time tags, null for a time alone (the end of the line before). */
  text: SourcedLine | null;
}

/**
 * Reads LRC to cues: header tags become the title and messages, each time tag a cue running to
 * the next time, text before the first time the preamble (reported), an untimed line after it the
 * cue before it.
 *
 * @example lrcToLines('[ti:Budget]\n[00:01.00]Good evening.\n').hints?.title // 'Budget'
 */
export function lrcToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const { lines, blocks } = captionBlocks(source);
  const entries: LrcEntry[] = [];
  const header: SourcedLine[] = [];
  const preamble: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let title: string | null = null;
  let offsetMs = 0;
  let lengthMs: number | null = null;
  let repeated = 0;
  let repeatedLine: number | null = null;
  for (const [from, to] of blocks) {
    for (let i = from; i < to; i++) {
      const raw = (lines[i] ?? '').trim();
      const line = i + 1;
      const tag = HEADER_TAG.exec(raw);
      if (tag) {
        const key = (tag[1] as string).toLowerCase();
        const value = (tag[2] as string).trim();
        header.push({ text: raw, line });
        if (key === 'ti' && value !== '') title ??= value;
        else if (key === 'offset' && /^[+-]?\d{1,7}$/.test(value)) offsetMs = Number(value);
        else if (key === 'length') lengthMs = lrcTime(value);
        continue;
      }
      const times: number[] = [];
      let at = 0;
      let unreadable = false;
      TIME_TAG.lastIndex = 0;
      for (let m = TIME_TAG.exec(raw); m !== null; m = TIME_TAG.exec(raw)) {
        const ms = lrcTime(m[1] as string);
        if (ms === null) unreadable = true;
        else times.push(ms);
        at = TIME_TAG.lastIndex;
        while (raw.charCodeAt(TIME_TAG.lastIndex) === 0x20) TIME_TAG.lastIndex++;
      }
      if (unreadable) {
        bad.push({ text: raw, line });
        continue;
      }
      const text = raw.slice(at).trim();
      if (times.length === 0) {
        // A line without a time: the cue before it goes on (or, before any, the preamble).
        const last = entries.at(-1);
        if (!last) preamble.push({ text: raw, line });
        else if (last.text)
          last.text = { ...last.text, text: `${last.text.text}\n${cueText(raw, offsetMs)}` };
        // After a time alone, the words start at that time.
        else last.text = { text: cueText(raw, offsetMs), line };
        continue;
      }
      if (times.length > 1 && text !== '') {
        repeated++;
        repeatedLine ??= line;
      }
      for (const ms of times)
        entries.push({
          startMs: ms,
          text: text === '' ? null : { text: cueText(text, offsetMs), line },
        });
    }
  }
  // A repeated line's later times come after the lines between: the entries in time order.
  entries.sort((a, b) => a.startMs - b.startMs);
  const shift = (ms: number) => Math.max(0, ms - offsetMs);
  // Each entry's next later time, from the end (lines at one time share it): linear.
  const later: (number | undefined)[] = new Array(entries.length);
  for (let k = entries.length - 2; k >= 0; k--) {
    const after = entries[k + 1] as LrcEntry;
    later[k] = after.startMs > (entries[k] as LrcEntry).startMs ? after.startMs : later[k + 1];
  }
  // Enhanced LRC's duet markers: a line opening `M:`, `F:` or `D:` (a man's, a woman's voice,
  // both), told by two of them in the file: the voice of its line and the lines after it.
  const used = new Set<string>();
  for (const entry of entries) {
    const marker = entry.text && DUET_MARKER.exec(entry.text.text);
    if (marker) used.add(marker[1] as string);
  }
  const duet = used.size >= 2;
  const cues: Cue[] = [];
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as LrcEntry;
    if (entry.text === null) continue;
    const next = later[k];
    // The last line: as long as its words take to say, within the length the file gives.
    const said =
      entry.startMs + Math.max(1000, entry.text.text.split(/\s+/).length * LAST_LINE_MS_PER_WORD);
    const endMs =
      next ?? (lengthMs !== null && lengthMs > entry.startMs ? Math.min(said, lengthMs) : said);
    const text = duet
      ? {
          ...entry.text,
          text: entry.text.text.replace(
            DUET_MARKER,
            (_, m: string) => `<v ${m === 'M' ? 'Male' : m === 'F' ? 'Female' : 'Duet'}>`,
          ),
        }
      : entry.text;
    cues.push({ startMs: shift(entry.startMs), endMs: shift(endMs), lines: [text] });
  }
  const messages: Message[] = [];
  if (header.length > 0) {
    messages.push({
      ruleId: 'lrc-metadata',
      reason: `Read ${header.length} LRC header tag(s) as metadata, not words${title ? ` (the title from [ti:])` : ''}`,
      line: header[0]?.line ?? null,
      column: 1,
      severity: 'info',
      actual: header.map((l) => l.text).join('\n'),
    });
  }
  if (offsetMs !== 0) {
    messages.push({
      ruleId: 'lrc-offset',
      reason: `Moved every time ${Math.abs(offsetMs)} ms ${offsetMs > 0 ? 'earlier' : 'later'}, as the file's [offset:] says`,
      line: header.find((l) => /^\[offset:/i.test(l.text))?.line ?? null,
      column: 1,
      severity: 'info',
    });
  }
  if (repeated > 0) {
    messages.push({
      ruleId: 'lrc-repeated-lines',
      reason: `${repeated} line(s) with several times were read once at each time`,
      line: repeatedLine,
      column: 1,
      severity: 'info',
    });
  }
  if (bad.length > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `Dropped ${bad.length} line(s) whose time does not parse`,
      line: bad[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: bad.map((l) => l.text).join('\n'),
    });
  }
  const result = cuesToLines(cues, options, preamble, messages);
  if (title) result.hints = { ...result.hints, title };
  return result;
}
