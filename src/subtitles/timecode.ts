/**
 * Time values of the `start` and `duration` options, and the timestamps SRT and WebVTT write.
 * Small pure functions: `parseTimeValue(s, fps): number | null`.
 */

import { clockFields, clockMs, formatHms } from '../core/clock.ts';

const TIMECODE = /^(\d{1,3}):(\d\d):(\d\d)([:;])(\d{1,3})$/;
const SECONDS = /^(\d{1,9}(?:\.\d{1,6})?)(s|ms)?$/;

/** Frame rates whose `;` timecodes drop frame numbers (SMPTE 12M drop-frame). */
function dropFramesPerMinute(fps: number): number {
  if (Math.abs(fps - 30_000 / 1001) < 0.01) return 2;
  if (Math.abs(fps - 60_000 / 1001) < 0.01) return 4;
  return 0;
}

/**
 * Parses a `start` or `duration` value into milliseconds, or null when it does not parse.
 * - `HH:MM:SS:FF`: non-drop timecode, counting `round(fps)` frames a second (so `10:00:00:00`
 *   at 25 fps is 36 000 s); `HH:MM:SS;FF` is drop-frame at 29.97 and 59.94 fps.
 * - `[HH:]MM:SS[.mmm]` (or `,mmm`): clock time.
 * - `120`, `120s`, `1.5s`, `1500ms`: seconds unless `ms` is given.
 *
 * @example parseTimeValue('10:00:00:00', 25) // 36_000_000
 */
export function parseTimeValue(value: string, fps: number): number | null {
  const text = value.trim();
  const tc = TIMECODE.exec(text);
  if (tc) {
    const [h, m, s, ff] = [tc[1], tc[2], tc[3], tc[5]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const nominal = Math.round(fps);
    if (m > 59 || s > 59 || ff >= nominal) return null;
    let frames = ((h * 60 + m) * 60 + s) * nominal + ff;
    const drop = tc[4] === ';' ? dropFramesPerMinute(fps) : 0;
    if (drop > 0) {
      const minutes = h * 60 + m;
      frames -= drop * (minutes - Math.floor(minutes / 10));
    }
    return (frames * 1000) / fps;
  }
  const clock = clockFields(text);
  if (clock && clock.seconds.length === 2) return clockMs(clock);
  const sec = SECONDS.exec(text);
  if (sec) {
    const n = Number(sec[1]);
    return sec[2] === 'ms' ? n : n * 1000;
  }
  return null;
}

/** 99:59:59.999 is the last time two hour digits can write; options refuse later starts. */
export const MAX_TIMESTAMP_MS = 100 * 3_600_000;

/**
 * `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (WebVTT) for a time in whole milliseconds, never past
 * 99:59:59.999 (the two hour digits both formats allow).
 *
 * @example formatTimestamp(3_723_004, ',') // '01:02:03,004'
 */
export function formatTimestamp(ms: number, separator: ',' | '.'): string {
  return formatHms(Math.min(MAX_TIMESTAMP_MS - 1, Math.round(ms)), separator);
}
