/**
 * Clock times (`[H:]M:S[.mmm]`) as transcripts and subtitle files write them: ONE grammar and one
 * writer. Each convention adds its own rule on top (a tag's time anchor, a cue timestamp, the
 * `start` option); see the callers.
 */

/** The fields of a clock time, as written. */
export interface ClockFields {
  /** 1 to 3 digits, when the time has hours. */
  hours: string | undefined;
  /** 1 or 2 digits. */
  minutes: string;
  /** 1 or 2 digits. */
  seconds: string;
  /** 1 to 3 digits after `.` or `,`, when given. */
  fraction: string | undefined;
}

// Bounded repeats only: linear, no backtracking.
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/**
 * Splits `[H:]M:S[.f]` (or `,f`) into its fields, or null when the text is not that shape.
 *
 * @example clockFields('1:02:03,5') // { hours: '1', minutes: '02', seconds: '03', fraction: '5' }
 */
export function clockFields(text: string): ClockFields | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  const [, hours, minutes = '0', seconds = '0', fraction] = match;
  return { hours, minutes, seconds, fraction };
}

/**
 * Milliseconds of a clock time, or null when minutes or seconds are past 59. The fraction is
 * read as a decimal (`.5` is 500 ms).
 */
export function clockMs(fields: ClockFields): number | null {
  const minutes = Number(fields.minutes);
  const seconds = Number(fields.seconds);
  if (minutes > 59 || seconds > 59) return null;
  const ms = Number((fields.fraction ?? '0').padEnd(3, '0'));
  return ((Number(fields.hours ?? '0') * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/**
 * Milliseconds into the day of a 12-hour clock time: `hours` 1–12, `half` `a` or `p` (any case);
 * null for an hour out of range or minutes or seconds past 59.
 *
 * @example halfDayMs(6, 2, 13, 'p') // 64_933_000 (18:02:13)
 */
export function halfDayMs(
  hours: number,
  minutes: number,
  seconds: number,
  half: string,
): number | null {
  if (hours < 1 || hours > 12 || minutes > 59 || seconds > 59) return null;
  const pm = half.toLowerCase() === 'p';
  return (((hours % 12) + (pm ? 12 : 0)) * 3600 + minutes * 60 + seconds) * 1000;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Two digits of 0–99 (a subtitle file writes four of these per cue). */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Three digits of 0–999. */
function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/**
 * `HH:MM:SS` for a time in ms (seconds rounded down), or `HH:MM:SS,mmm` / `HH:MM:SS.mmm` with a
 * separator. Negative times are 0; hours take more than two digits when they need them.
 *
 * @example formatHms(3_723_004) // '01:02:03'
 * @example formatHms(3_723_004, ',') // '01:02:03,004'
 */
export function formatHms(ms: number, separator?: ',' | '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const hours = h < 100 ? pad2(h) : String(h);
  const clock = `${hours}:${pad2(m)}:${pad2(s)}`;
  return separator ? `${clock}${separator}${pad3(total % 1000)}` : clock;
}

/**
 * Newsroom running time, as scripts and prompters print it: `:08` under a minute, `1:05`,
 * `1:02:09` past the hour; rounded to the second.
 *
 * @example formatRunningTime(8_400) // ':08'
 */
export function formatRunningTime(durationMs: number): string {
  const totalSeconds = Math.max(0, Math.round(durationMs / 1000));
  const seconds = pad(totalSeconds % 60, 2);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  if (hours > 0) return `${hours}:${pad(minutes, 2)}:${seconds}`;
  if (minutes > 0) return `${minutes}:${seconds}`;
  return `:${seconds}`;
}

/**
 * Telegram Desktop's header of a copied message after the sender's name (`Jane Doe, [12.03.2024
 * 14:05]`): the date and time as written, the hours and minutes. A sender's tag (./tags.ts),
 * never a page's dateline (./furniture.ts).
 */
export const TELEGRAM_STAMP =
  /, \[(\d{1,2}\.\d{1,2}\.\d{2,4},? (\d{1,2}):([0-5]\d)(?::[0-5]\d)?)\]$/;
