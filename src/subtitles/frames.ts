/**
 * Frame rates and SMPTE timecodes for the broadcast deliverables (IMSC, EBU-TT-D, SCC, STL), and
 * the options every one of them reads: the rate, drop-frame or not, the start timecode and the
 * line-limit profile the format needs. The cue list comes from `compileSubtitles`; these helpers
 * only turn its millisecond times back into frames and labels.
 */

import type { Message } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { SubtitleProfile } from './options.ts';
import { PROFILE_LIMITS } from './profiles.ts';

/** A frame rate as an exact fraction (29.97 is 30000/1001) with its nominal (label) rate. */
export interface FrameRate {
  /** Frames per second, e.g. 29.97002997. */
  fps: number;
  numerator: number;
  denominator: number;
  /** Frames counted per labelled second: 24, 25, 30. */
  nominal: number;
  /** Labels skip frame numbers 00 and 01 each minute but every tenth (SMPTE 12M, 29.97 only). */
  dropFrame: boolean;
}

/** True when `fps` is one of the NTSC rates (23.976, 29.97, 59.94): nominal × 1000/1001. */
function isNtsc(fps: number): boolean {
  const nominal = Math.round(fps);
  return Math.abs(fps - (nominal * 1000) / 1001) < 0.005 && Math.abs(fps - nominal) > 0.005;
}

/**
 * The exact rate for an `fps` option value. `dropFrame` only applies to 29.97 and 59.94.
 *
 * @example frameRate(29.97, true) // { numerator: 30000, denominator: 1001, nominal: 30, dropFrame: true, … }
 */
export function frameRate(fps: number, dropFrame: boolean): FrameRate {
  const nominal = Math.round(fps);
  if (isNtsc(fps)) {
    return {
      fps: (nominal * 1000) / 1001,
      numerator: nominal * 1000,
      denominator: 1001,
      nominal,
      dropFrame: dropFrame && nominal % 30 === 0,
    };
  }
  return { fps, numerator: nominal, denominator: 1, nominal, dropFrame: false };
}

/** The frame a time in ms falls on (cue times are whole frames already, rounded to the ms). */
export function msToFrame(ms: number, rate: FrameRate): number {
  return Math.round((ms * rate.numerator) / (rate.denominator * 1000));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Hours, minutes, seconds and frames of a frame count, as the labels read (drop-frame aware). */
export function timecodeParts(
  frame: number,
  rate: FrameRate,
): { h: number; m: number; s: number; f: number } {
  let n = Math.max(0, Math.round(frame));
  const nominal = rate.nominal;
  if (rate.dropFrame) {
    // SMPTE 12M: 2 (4 at 59.94) labels dropped per minute except every tenth minute.
    const drop = (nominal / 30) * 2;
    const perTenMinutes = nominal * 600 - drop * 9;
    const perMinute = nominal * 60 - drop;
    const tens = Math.floor(n / perTenMinutes);
    const rest = n % perTenMinutes;
    n += drop * 9 * tens + (rest > drop ? drop * Math.floor((rest - drop) / perMinute) : 0);
  }
  const f = n % nominal;
  const totalSeconds = Math.floor(n / nominal);
  return {
    h: Math.floor(totalSeconds / 3600) % 24,
    m: Math.floor(totalSeconds / 60) % 60,
    s: totalSeconds % 60,
    f,
  };
}

/**
 * `HH:MM:SS:FF`, or `HH:MM:SS;FF` when the labels are drop-frame.
 *
 * @example formatTimecode(1800, frameRate(29.97, true)) // '00:01:00;02'
 */
export function formatTimecode(frame: number, rate: FrameRate): string {
  const { h, m, s, f } = timecodeParts(frame, rate);
  return `${pad(h)}:${pad(m)}:${pad(s)}${rate.dropFrame ? ';' : ':'}${pad(f)}`;
}

/** Line limits a format imposes whatever the profile: SCC's 32 columns, Teletext's row. */
export interface FormatLimits {
  /** The profile used when the request names none. */
  profile: SubtitleProfile;
  maxCharsPerLine: number;
  maxLines: number;
  /** Frame rates the format can carry (others are replaced by `fallbackFps`, with a message). */
  rates: readonly number[] | null;
  fallbackFps: number;
}

/**
 * The options a deliverable is compiled with: its default profile when none is given, its frame
 * rate, and `start` read in the output's timecode mode (`10:00:00:00` is drop-frame at 29.97 when
 * `dropFrame` is on, as broadcast rundowns write it).
 */
export function deliverableOptions(
  options: ResolvedOptions,
  limits: FormatLimits,
): { options: ResolvedOptions; notes: string[] } {
  const notes: string[] = [];
  let fps = options.fps;
  if (limits.rates && !limits.rates.some((r) => Math.abs(r - fps) < 0.005)) {
    const shown = (r: number): string => String(Number(r.toFixed(3)));
    const rates = [...new Set(limits.rates.map(shown))].join(', ');
    notes.push(
      `fps=${shown(fps)} is not a rate this format carries (${rates}); using ${shown(limits.fallbackFps)}.`,
    );
    fps = limits.fallbackFps;
  }
  const rate = frameRate(fps, options.dropFrame);
  let start = options.start;
  if (rate.dropFrame && /^\d{1,3}:\d\d:\d\d:\d{1,3}$/.test(start)) {
    start = `${start.slice(0, start.lastIndexOf(':'))};${start.slice(start.lastIndexOf(':') + 1)}`;
  }
  const profile = options.profile ?? limits.profile;
  let maxCharsPerLine = options.maxCharsPerLine;
  if (maxCharsPerLine !== undefined && maxCharsPerLine > limits.maxCharsPerLine) {
    notes.push(
      `maxCharsPerLine=${maxCharsPerLine} is more than the format shows; using ${limits.maxCharsPerLine}.`,
    );
    maxCharsPerLine = limits.maxCharsPerLine;
  }
  let maxLines = options.maxLines;
  if (maxLines !== undefined && maxLines > limits.maxLines) {
    notes.push(`maxLines=${maxLines} is more than the format shows; using ${limits.maxLines}.`);
    maxLines = limits.maxLines;
  }
  if (
    maxCharsPerLine === undefined &&
    PROFILE_LIMITS[profile].maxCharsPerLine > limits.maxCharsPerLine
  ) {
    // A web profile's 42 characters do not fit: the format's own line length applies.
    maxCharsPerLine = limits.maxCharsPerLine;
  }
  return {
    options: {
      ...options,
      fps: rate.fps,
      start,
      profile,
      ...(maxCharsPerLine !== undefined ? { maxCharsPerLine } : {}),
      ...(maxLines !== undefined ? { maxLines } : {}),
    },
    notes,
  };
}

/** The notes of `deliverableOptions` as messages (`deliverable-option`, info). */
export function optionMessages(notes: readonly string[]): Message[] {
  return notes.map((reason) => ({
    ruleId: 'deliverable-option',
    reason,
    line: null,
    column: null,
    severity: 'info' as const,
  }));
}
