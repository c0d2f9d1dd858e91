/**
 * EBU STL (EBU Tech 3264, `.stl`: the binary subtitle file of European broadcasters) as timed
 * input. The file arrives as a byte string (each character one byte, U+0000-U+00FF; the HTTP edge
 * makes it with {@link bytesToByteString}): a 1024-byte GSI block, then 128-byte TTI blocks. Each
 * subtitle (its TTI block and extension blocks) is a cue on the file's clock, and takes the path
 * SRT and WebVTT take.
 * - Frame rate from the GSI's DFC (`STL25.01` 25 fps, `STL30.01` 30; `fps` when the caller gives
 *   one of the same nominal rate, e.g. 29.97). Timecodes in (TCI) and out (TCO) are binary h/m/s/f.
 * - Times count from the programme's start (TCP) when the GSI says time codes are for use and
 *   every subtitle starts at or after it (`stl-programme-start`).
 * - Text in the character code table the GSI names (CCT `00` Latin ISO 6937 with its diacritic
 *   prefixes, `01`-`04` ISO 8859-5/6/7/8); teletext control codes are spacing (colours, boxing,
 *   double height), `0x8A` a new row, `0x8F` unused space; a row's colour goes to the cue reader as
 *   `<font color>` when the file uses two colours or more (broadcast's speaker colours). Italics
 *   and underline codes are styling (`caption-styling`).
 * - Comment blocks (CF 1) are `caption-comment`, user data blocks (EBN FE) and the GSI's text
 *   fields `caption-metadata` (the title from TPT or OPT, in the GSI's code page CPN); a
 *   cumulative set's subtitles (CS 1-3) each add their rows; a block whose timecode does not parse
 *   is `caption-bad-cue`; a file cut inside a block `stl-truncated`.
 * - Not an STL file (shorter than its GSI, or no `STLxx.01`): no text and an `stl-not-stl` error.
 */
import type { Message } from '../core/document.ts';
import { ISO6937_DIACRITICS, ISO6937_SINGLE } from '../subtitles/stl.ts';
import {
  droppedLinesMessage,
  droppedPreview,
  type IngestedText,
  keepMessage,
  type SourcedLine,
} from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

const GSI_SIZE = 1024;
const TTI_SIZE = 128;

export interface StlIngestOptions extends SubtitleIngestOptions {
  /** The video's frame rate, when the DFC's nominal rate is not the real one (29.97 for 30). */
  fps?: number;
}

/**
 * True when bytes (or a byte string) open with an EBU STL GSI block: a three-digit code page,
 * then `STLxx.01`.
 */
export function looksLikeEbuStl(bytes: ArrayLike<number> | string): boolean {
  const at = (i: number): number =>
    typeof bytes === 'string' ? bytes.charCodeAt(i) : (bytes[i] ?? -1);
  if (bytes.length < 11) return false;
  const digit = (i: number): boolean => at(i) >= 0x30 && at(i) <= 0x39;
  return (
    digit(0) &&
    digit(1) &&
    digit(2) &&
    at(3) === 0x53 &&
    at(4) === 0x54 &&
    at(5) === 0x4c &&
    digit(6) &&
    digit(7) &&
    at(8) === 0x2e &&
    digit(9) &&
    digit(10)
  );
}

/** Bytes as a byte string, one character (U+0000-U+00FF) a byte: how STL reaches the reader. */
export function bytesToByteString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * The accented letters of code pages 850 and 437 (0x80-0xA5, the GSI's text fields; the two agree
 * but for 0x9B-0x9F, given as 850's). Box drawing and symbols above them are not title text.
 */
const CP850_LETTERS = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑ';

/** The ISO 6937 (code table 00) character of a byte above ASCII, by the writer's own table. */
let iso6937Chars: Map<number, string> | null = null;
let iso6937Marks: Map<number, string> | null = null;
function iso6937(): { chars: Map<number, string>; marks: Map<number, string> } {
  if (!iso6937Chars || !iso6937Marks) {
    iso6937Chars = new Map(Object.entries(ISO6937_SINGLE).map(([ch, b]) => [b, ch]));
    iso6937Chars.set(0xa4, '$');
    iso6937Chars.set(0xa6, '#');
    iso6937Marks = new Map(Object.entries(ISO6937_DIACRITICS).map(([ch, b]) => [b, ch]));
    // 0xC9: the umlaut's old place; 0xCC: underline (no letter).
    iso6937Marks.set(0xc9, '\u0308');
  }
  return { chars: iso6937Chars, marks: iso6937Marks };
}

/** The character code tables of the GSI's CCT field other than ISO 6937. */
const ISO8859: Readonly<Record<string, string>> = {
  '01': 'iso-8859-5',
  '02': 'iso-8859-6',
  '03': 'iso-8859-7',
  '04': 'iso-8859-8',
};

/** Decodes the upper half (0xA0-0xFF) of an ISO 8859 table, once per file. */
function upperHalf(label: string): string[] | null {
  try {
    const decoder = new TextDecoder(label);
    const bytes = new Uint8Array(96);
    for (let i = 0; i < 96; i++) bytes[i] = 0xa0 + i;
    // One byte at a time: a byte the table leaves undefined decodes to U+FFFD alone.
    return [...bytes].map((b) => decoder.decode(new Uint8Array([b])));
  } catch {
    return null;
  }
}

/** Teletext alphanumeric colours (0x00-0x07), as the cue reader's `<font color>` names. */
const COLOURS = ['black', 'red', 'lime', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

interface Row {
  text: string;
  /** The row's colour code, if it sets one. */
  colour: string | null;
}

/** A GSI field as text: ASCII and code page 850's letters, trimmed. */
function gsiField(data: string, from: number, size: number): string {
  let out = '';
  for (let i = from; i < from + size && i < data.length; i++) {
    const c = data.charCodeAt(i);
    out += c >= 0x80 ? (CP850_LETTERS[c - 0x80] ?? ' ') : c >= 0x20 && c < 0x7f ? data[i] : ' ';
  }
  return out.trim();
}

interface ReadStl {
  cues: Cue[];
  messages: Message[];
  title: string | null;
  /** False when the bytes are no EBU STL file (an `stl-not-stl` message says why). */
  stl: boolean;
}

/**
 * Reads EBU STL from a byte string (see {@link bytesToByteString}).
 *
 * @example stlToLines(bytesToByteString(stlBytes)).text // the subtitles' words, in paragraphs
 */
export function stlToLines(data: string, options: StlIngestOptions = {}): IngestedText {
  const read = readStl(data, options);
  if (!read.stl) return { text: '', sourceLines: [], messages: read.messages };
  const result = cuesToLines(read.cues, options, [], read.messages);
  if (read.title) result.hints = { ...result.hints, title: read.title };
  return result;
}

const srtTime = (ms: number): string => {
  const t = Math.max(0, Math.round(ms));
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)},${pad(t % 1000, 3)}`;
};

/**
 * EBU STL's subtitles as SRT text, on the same clock (the form shows an uploaded STL file so, for
 * editing); null when the bytes are no EBU STL file.
 */
export function stlToSrt(data: string, options: StlIngestOptions = {}): string | null {
  const read = readStl(data, options);
  if (!read.stl) return null;
  return read.cues
    .map(
      (cue, i) =>
        `${i + 1}\n${srtTime(cue.startMs)} --> ${srtTime(cue.endMs)}\n${cue.lines.map((l) => l.text).join('\n')}\n`,
    )
    .join('\n');
}

function readStl(data: string, options: StlIngestOptions): ReadStl {
  if (data.length < GSI_SIZE || !looksLikeEbuStl(data)) {
    return {
      cues: [],
      title: null,
      stl: false,
      messages: [
        {
          ruleId: 'stl-not-stl',
          reason:
            data.length < GSI_SIZE
              ? `Not an EBU STL file: ${data.length} bytes, shorter than the 1024-byte GSI block`
              : 'Not an EBU STL file: the GSI block does not open with a code page and STLxx.01',
          line: 1,
          column: 1,
          severity: 'error',
        },
      ],
    };
  }
  const dfc = data.slice(3, 11);
  const nominal = Number(dfc.slice(3, 5));
  const rate = ((): number => {
    if (options.fps && Math.round(options.fps) === nominal) return options.fps;
    if (nominal === 23) return 24_000 / 1001;
    if (nominal === 29) return 30_000 / 1001;
    return nominal > 0 ? nominal : 25;
  })();
  const perSecond = Math.round(rate);
  const cct = data.slice(12, 14);
  const upper = cct === '00' || !ISO8859[cct] ? null : upperHalf(ISO8859[cct] as string);
  const { chars, marks } = iso6937();

  const messages: Message[] = [];
  const metadata: SourcedLine[] = [];
  const fields: [string, number, number][] = [
    ['Original title', 16, 32],
    ['Original episode title', 48, 32],
    ['Translated title', 80, 32],
    ['Translated episode title', 112, 32],
    ['Translator', 144, 32],
    ['Translator contact', 176, 32],
    ['Subtitle list reference', 208, 16],
    ['Publisher', 277, 32],
    ['Editor', 309, 32],
    ['Editor contact', 341, 32],
    ['User-defined area', 448, 576],
  ];
  for (const [label, from, size] of fields) {
    const value = gsiField(data, from, size);
    if (value) metadata.push({ text: `${label}: ${droppedPreview(value)}`, line: 1 });
  }
  const title = gsiField(data, 80, 32) || gsiField(data, 16, 32) || null;

  const labelMs = (h: number, m: number, s: number, f: number): number | null => {
    if (m > 59 || s > 59 || f >= perSecond || h > 23) return null;
    return ((((h * 60 + m) * 60 + s) * perSecond + f) * 1000) / rate;
  };
  // The programme's start, `HHMMSSFF`, when the time codes are for use (TCS 1).
  const tcp = /^\d{8}$/.test(data.slice(256, 264))
    ? labelMs(
        Number(data.slice(256, 258)),
        Number(data.slice(258, 260)),
        Number(data.slice(260, 262)),
        Number(data.slice(262, 264)),
      )
    : null;

  interface Subtitle {
    number: number;
    startMs: number | null;
    endMs: number | null;
    cumulative: boolean;
    comment: boolean;
    bytes: number[];
  }
  const subtitles: Subtitle[] = [];
  let userData = 0;
  const blocks = Math.floor((data.length - GSI_SIZE) / TTI_SIZE);
  let current: Subtitle | null = null;
  for (let b = 0; b < blocks; b++) {
    const at = GSI_SIZE + b * TTI_SIZE;
    const byte = (i: number): number => data.charCodeAt(at + i);
    const ebn = byte(3);
    if (ebn === 0xfe) {
      userData++;
      continue;
    }
    const number = byte(1) | (byte(2) << 8);
    if (!current || current.number !== number) {
      current = {
        number,
        startMs: labelMs(byte(5), byte(6), byte(7), byte(8)),
        endMs: labelMs(byte(9), byte(10), byte(11), byte(12)),
        cumulative: byte(4) !== 0,
        comment: byte(15) === 1,
        bytes: [],
      };
      subtitles.push(current);
    }
    for (let i = 16; i < TTI_SIZE; i++) {
      const c = byte(i);
      // Unused space: the rest of the block is padding.
      if (c === 0x8f) break;
      current.bytes.push(c);
    }
    // The last block of a subtitle (EBN FF); extension blocks (EBN 00-EF) go on in the next one.
    if (ebn === 0xff) current = null;
    else current.bytes.push(-1);
  }

  let styling = 0;
  let stylingLine: number | null = null;
  const rowsOf = (bytes: number[], number: number): Row[] => {
    const rows: Row[] = [];
    let text = '';
    let colour: string | null = null;
    const end = (): void => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) rows.push({ text: t, colour });
      text = '';
      colour = null;
    };
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i] as number;
      if (c === -1) continue;
      if (c === 0x8a) {
        end();
        continue;
      }
      if (c < 0x20) {
        // Teletext spacing attributes: a colour (0x00-0x07) is kept, the rest shown as a space.
        if (c <= 0x07 && text.trim() === '') colour ??= COLOURS[c] ?? null;
        text += ' ';
        continue;
      }
      if (c >= 0x80 && c < 0xa0) {
        if (c <= 0x85) {
          styling++;
          stylingLine ??= number;
        }
        continue;
      }
      if (c === 0x7f) continue;
      if (c < 0x80) {
        text += String.fromCharCode(c);
        continue;
      }
      if (upper) {
        text += upper[c - 0xa0] ?? '';
        continue;
      }
      const mark = marks.get(c);
      if (mark !== undefined) {
        const base = bytes[i + 1];
        if (base !== undefined && base >= 0x20 && base < 0x7f) {
          text += `${String.fromCharCode(base)}${mark}`.normalize('NFC');
          i++;
        }
        continue;
      }
      text += chars.get(c) ?? '';
    }
    end();
    return rows;
  };

  const cues: Cue[] = [];
  const comments: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let cumulative = 0;
  const built: { startMs: number; endMs: number; number: number; rows: Row[] }[] = [];
  for (const sub of subtitles) {
    // The subtitle number is the position messages give (there are no lines in a binary file).
    const line = sub.number + 1;
    const rows = rowsOf(sub.bytes, line);
    const words = rows.map((r) => r.text).join('\n');
    if (sub.comment) {
      if (words) comments.push({ text: words, line });
      continue;
    }
    if (sub.startMs === null || sub.endMs === null) {
      bad.push({ text: words || `subtitle ${sub.number}`, line });
      continue;
    }
    if (rows.length === 0) continue;
    if (sub.cumulative) cumulative++;
    built.push({ startMs: sub.startMs, endMs: sub.endMs, number: line, rows });
  }
  // Count from the programme's start when every subtitle starts at or after it.
  const shift =
    data.charCodeAt(255) === 0x31 &&
    tcp !== null &&
    tcp > 0 &&
    built.length > 0 &&
    built.every((s) => s.startMs >= tcp)
      ? tcp
      : 0;
  const colours = new Set(built.flatMap((s) => s.rows.map((r) => r.colour ?? 'white')));
  for (const sub of built) {
    cues.push({
      startMs: sub.startMs - shift,
      endMs: sub.endMs - shift,
      lines: sub.rows.map((r) => {
        const text = escapeCueText(r.text);
        return {
          text: colours.size > 1 ? `<font color="${r.colour ?? 'white'}">${text}</font>` : text,
          line: sub.number,
        };
      }),
    });
  }

  const truncated = (data.length - GSI_SIZE) % TTI_SIZE;
  const language = data.slice(14, 16);
  const header = `Read the EBU STL header: ${dfc.trim()} at ${Number.isInteger(rate) ? rate : rate.toFixed(3)} fps, character code table ${cct}${upper === null && cct !== '00' ? ' (unknown: read as Latin)' : ''}, language code ${language}, code page ${data.slice(0, 3)}`;
  messages.push({
    ruleId: 'caption-metadata',
    reason: `${header}${title ? ' (the title from the GSI)' : ''}`,
    line: 1,
    column: 1,
    severity: 'info',
    ...(metadata.length > 0 ? { actual: metadata.map((l) => l.text).join('\n') } : {}),
  });
  if (shift > 0) {
    messages.push({
      ruleId: 'stl-programme-start',
      reason: `Times count from the programme's start, ${data.slice(256, 258)}:${data.slice(258, 260)}:${data.slice(260, 262)}:${data.slice(262, 264)} (the GSI's TCP)`,
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  if (userData > 0) {
    messages.push({
      ruleId: 'caption-metadata',
      reason: `Dropped ${userData} user data block(s) (EBN FE): not subtitles`,
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  if (cumulative > 0) {
    messages.push({
      ruleId: 'stl-cumulative',
      reason: `${cumulative} subtitle(s) of cumulative sets, each read for the rows it adds`,
      line: built.find((s) => s.rows.length > 0)?.number ?? 1,
      column: 1,
      severity: 'info',
    });
  }
  if (styling > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped ${styling} italics, underline or boxing code(s)`,
      line: stylingLine,
      column: 1,
      severity: 'info',
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-comment',
      comments,
      'Dropped comment subtitle(s) (CF 1): not shown',
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} subtitle(s) whose time code is not one at ${perSecond} frames a second`,
      'warning',
    ),
  );
  if (truncated > 0) {
    messages.push({
      ruleId: 'stl-truncated',
      reason: `The file ends ${truncated} bytes into a TTI block: that block is left out`,
      line: blocks + 1,
      column: 1,
      severity: 'warning',
    });
  }
  return { cues, messages, title, stl: true };
}
