/**
 * What every speech-to-text reader gives: the spoken words in order, each with its display text
 * (punctuation attached), start and end in ms, and the diarization label when there is one.
 */
import { lazyRegExp } from '../../core/lazy.ts';
import { HAS_LOWERCASE, HAS_UPPERCASE } from '../../core/letter-patterns.ts';

export interface AsrWord {
  text: string;
  /** Start in ms; NaN when the service gave the word no time (filled in from its neighbours). */
  start: number;
  /** End in ms; NaN when the service gave the word no time. */
  end: number;
  /**
   * The vendor's speaker label as written (`SPEAKER_00`, `spk_0`, `A`, `1`), or null;
   * {@link UNKNOWN_VOICE} for a voice the vendor says it could not tell (Speechmatics' `UU`).
   */
  speaker: string | null;
  /** True when the vendor starts a paragraph (or utterance) at this word. */
  paragraph?: boolean;
  /** 1-based line of the file the word was read from (a line-based format: CTM, STM). */
  line?: number;
}

/** The label of a voice the service could not tell (`UU`): no person's name, never a speaker of its own. */
export const UNKNOWN_VOICE = '\u0000UU';

/** A reader of one vendor's JSON: `detect` looks at the shape only, `read` gives the words. */
export interface AsrReader {
  detect(json: unknown): boolean;
  read(json: unknown): AsrWord[];
  /**
   * What the result holds that `read` leaves out on purpose (a tool's words that are not the
   * transcript's), each a message's rule and reason; none when nothing was left out.
   */
  leftOut?(json: unknown): { ruleId: string; reason: string }[];
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A speaker label as a string: numbers become their decimal form, empty means none. */
export function label(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

/** Seconds (a number or a numeric string) to whole ms. */
export function secondsToMs(value: unknown): number | null {
  const n = num(value);
  return n === null ? null : Math.round(n * 1000);
}

/** Appends punctuation to the last word (AWS, Rev.ai, Speechmatics give it as its own item). */
export function attachPunctuation(words: AsrWord[], mark: string): void {
  const last = words[words.length - 1];
  if (last) last.text += mark;
}

/**
 * A time the vendor wrote that is not a time (`"1.5xs"` where a duration belongs): the result is
 * refused with a message that names the word, never guessed at. Readers throw it; `read` callers
 * catch it (`asrToLines` turns it into an `asr-bad-time` error, a 422 over HTTP).
 */
export class AsrTimeError extends Error {}

/** The error for word `index` (0-based) whose `field` holds `value`, which is not a `what`. */
export function badTime(
  vendor: string,
  index: number,
  field: string,
  value: unknown,
  what: string,
): AsrTimeError {
  return new AsrTimeError(
    `${vendor} word ${index + 1} has ${field} ${JSON.stringify(value)?.slice(0, 40)}, which is not ${what}`,
  );
}

/**
 * A diarization code rather than a name: digits, a letter or two, a vendor's prefix and a number
 * (`SPEAKER_00`, `spk_0`, `speaker_1`, `S2`, `channel_1`, `Speaker A`, `UU`).
 */
export function isCodeLabel(label: string): boolean {
  // A channel's label with the speaker in it (`0:1`, `channel_1:0`): each part a code.
  if (label.includes(':') || label.includes('/')) return label.split(/[:/]/).every(isCodeLabel);
  return (
    /^[A-Z]{1,2}$/i.test(label) ||
    /^(?:spk|spkr|speaker|s|ch|channel|voice|person|participant|guest|talker)?[ _-]?(?:\d{1,3}|[A-Z])$/i.test(
      label,
    )
  );
}

const WORD_INITIAL_LOWERCASE = lazyRegExp(String.raw`(^|[\s-])(\p{Ll})`, 'gu');

/**
 * A speaker's name a person wrote all in lower case (`michael`, `jane_doe`, `interviewer`), as
 * it reads as a label: each word capitalized, `_` a space (`Michael`, `Jane Doe`,
 * `Interviewer`); null for a name with a capital already, a code (`spk2`, `61`) or no letters.
 */
export function capitalizedName(name: string): string | null {
  if (isCodeLabel(name) || HAS_UPPERCASE.test(name) || !HAS_LOWERCASE.test(name)) return null;
  return name
    .replace(/_/g, ' ')
    .replace(
      WORD_INITIAL_LOWERCASE,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
