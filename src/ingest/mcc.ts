/**
 * MacCaption MCC (`File Format=MacCaption_MCC V1.0`: Telestream MacCaption and CaptionMaker's
 * broadcast export) as timed input, read as SCC. Each line is a time code and one frame's
 * caption distribution packet (SMPTE 334 ANC data holding a CEA-708 CDP), in hex with MCC's
 * run-length letters. The CEA-608 field 1 pairs of each frame's `cc_data` become an SCC line on
 * that frame, which the SCC reader decodes (pop-on, roll-up, paint-on, channel 1), so a line's
 * position is kept. Field 2 and CEA-708 (DTVCC) data are left out and counted
 * (`mcc-other-data`); the header's lines are `caption-metadata`; a line that is no time code and
 * packet, or whose packet holds no CDP, is `caption-bad-cue`.
 */
import type { Message } from '../core/document.ts';
import { frameRate, timecodeParts } from '../subtitles/frames.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import { droppedLinesMessage, type IngestedText, type SourcedLine, sourceLines } from './lines.ts';
import { sccToLines } from './scc.ts';
import type { SubtitleIngestOptions } from './subtitles.ts';

/** True when the text opens with MCC's `File Format=MacCaption_MCC` line. */
export function looksLikeMcc(text: string): boolean {
  return /^\uFEFF?\s{0,16}File Format=MacCaption_MCC V\d/i.test(text.slice(0, 64));
}

/** MCC's run-length letters: `G`-`O` one to nine `FA 00 00`, then fixed byte runs. */
const RUNS: Readonly<Record<string, string>> = {
  P: 'FB8080',
  Q: 'FC8080',
  R: 'FD8080',
  S: '9669',
  T: '6101',
  U: 'E1000000',
  Z: '00',
};

/** A packet's hex with the letters expanded, as bytes, or null when it is not hex. */
function packetBytes(text: string): number[] | null {
  let hex = '';
  for (const ch of text.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code >= 0x47 && code <= 0x4f) hex += 'FA0000'.repeat(code - 0x46);
    else if (RUNS[ch] !== undefined) hex += RUNS[ch];
    else if (/[0-9A-F]/.test(ch)) hex += ch;
    else return null;
  }
  if (hex.length % 2 !== 0) return null;
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2), 16));
  return bytes;
}

/**
 * The CEA-608 field 1 byte pairs of a packet's CDP (nulls left out) and how many other `cc_data`
 * entries it held; null when the packet holds no CDP.
 */
function field1Pairs(bytes: readonly number[]): { pairs: number[]; other: number } | null {
  let at = -1;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x96 && bytes[i + 1] === 0x69) {
      at = i;
      break;
    }
  }
  if (at === -1) return null;
  // Identifier (2), length, frame rate, flags, sequence counter (2); a time code section.
  let j = at + 7;
  if (bytes[j] === 0x71) j += 5;
  const pairs: number[] = [];
  let other = 0;
  if (bytes[j] !== 0x72) return { pairs, other };
  const count = (bytes[j + 1] ?? 0) & 0x1f;
  for (let k = 0; k < count; k++) {
    const head = bytes[j + 2 + 3 * k];
    const b1 = bytes[j + 3 + 3 * k];
    const b2 = bytes[j + 4 + 3 * k];
    if (head === undefined || b1 === undefined || b2 === undefined) break;
    const valid = (head & 0x04) !== 0;
    const type = head & 0x03;
    if (!valid) continue;
    if (type === 0) {
      if ((b1 & 0x7f) !== 0 || (b2 & 0x7f) !== 0) pairs.push((b1 << 8) | b2);
    } else if ((b1 & 0x7f) !== 0 || (b2 & 0x7f) !== 0 || type >= 2) other++;
  }
  return { pairs, other };
}

const MCC_LINE = /^(\d\d:\d\d:\d\d[:;.,]\d\d(?:\.\d)?)\s+(\S+)$/;

/**
 * Reads MCC by way of the SCC reader: each frame's field 1 pairs on that frame, line for line.
 *
 * @example mccToLines('File Format=MacCaption_MCC V1.0\n\nTime Code Rate=30DF\n\n00:00:00;00\tT52S524F43ZZ72F4FC9420…').text
 */
export function mccToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lines = sourceLines(source);
  const rateLine = /^Time Code Rate=(\d\d)(DF)?/im.exec(source.slice(0, 4096));
  const nominal = Number(rateLine?.[1] ?? 30);
  const drop = rateLine?.[2] !== undefined;
  // The time code's rate: 24, 25, 30 (29.97) or 60 (59.94) labels.
  const fps = nominal === 30 || nominal === 60 ? (nominal * 1000) / 1001 : nominal;
  const scc = frameRate(30_000 / 1001, false);
  const out: string[] = [];
  const header: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let other = 0;
  let otherLine: number | null = null;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (i === 0) {
      out.push('Scenarist_SCC V1.0');
      continue;
    }
    if (line === '' || line.startsWith('//')) {
      out.push('');
      continue;
    }
    const m = line.charCodeAt(0) <= 0x39 ? MCC_LINE.exec(line) : null;
    if (!m) {
      // The header's `Key=Value` lines (UUID, creation program and date, time code rate).
      if (/^[A-Za-z][\w ]{0,40}=/.test(line)) header.push({ text: line, line: i + 1 });
      else bad.push({ text: line, line: i + 1 });
      out.push('');
      continue;
    }
    const label = (m[1] as string).replace(/\.\d$/, '');
    const ms = parseTimeValue(drop ? label.replace(/[:.,](\d\d)$/, ';$1') : label, fps);
    const bytes = packetBytes(m[2] as string);
    const read = bytes ? field1Pairs(bytes) : null;
    if (ms === null || !read) {
      bad.push({ text: line, line: i + 1 });
      out.push('');
      continue;
    }
    if (read.other > 0) {
      other += read.other;
      otherLine ??= i + 1;
    }
    if (read.pairs.length === 0) {
      out.push('');
      continue;
    }
    // On the SCC reader's clock: 29.97 fps, non-drop labels.
    const { h, m: mm, s, f } = timecodeParts(Math.round((ms * 30_000) / 1001 / 1000), scc);
    const pad = (n: number): string => String(n).padStart(2, '0');
    out.push(
      `${pad(h)}:${pad(mm)}:${pad(s)}:${pad(f)}\t${read.pairs.map((p) => p.toString(16).padStart(4, '0')).join(' ')}`,
    );
  }
  const messages: Message[] = [];
  const add = (message: Message | null): void => {
    if (message) messages.push(message);
  };
  add(
    droppedLinesMessage(
      'caption-metadata',
      header,
      `Read ${header.length} MCC header line(s) as metadata (time code rate ${nominal}${drop ? ' drop-frame' : ''})`,
    ),
  );
  if (other > 0) {
    messages.push({
      ruleId: 'mcc-other-data',
      reason: `Read the CEA-608 field 1 captions; left out ${other} field 2 and CEA-708 (DTVCC) data entries`,
      line: otherLine,
      column: 1,
      severity: 'info',
    });
  }
  add(
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} line(s) that are no time code and caption packet`,
      'warning',
    ),
  );
  const read = sccToLines(out.join('\n'), options);
  return { ...read, messages: [...messages, ...(read.messages ?? [])] };
}
