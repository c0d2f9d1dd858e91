import * as z from 'zod';
import { decimal, flag } from '../options-flag.ts';
import { MAX_TIMESTAMP_MS, parseTimeValue } from './timecode.ts';

/** Style-guide profiles: the limits each one sets are in `profiles.ts`. */
export const SUBTITLE_PROFILES = ['netflix', 'bbc', 'dcmp', 'scc', 'stl'] as const;
export type SubtitleProfile = (typeof SUBTITLE_PROFILES)[number];

export const SPEAKER_LABELS = ['none', 'dash', 'name'] as const;

/**
 * A time value for `start` and `duration`: SMPTE timecode `HH:MM:SS:FF` (or `HH:MM:SS;FF` for
 * drop-frame) at `fps`, clock time `[HH:]MM:SS[.mmm]` (a comma works too), or a number of
 * seconds with an optional `s` / `ms` unit. Bounded quantifiers only: no backtracking blow-up.
 */
export const TIME_VALUE_PATTERN =
  /^(?:\d{1,3}:[0-5]\d:[0-5]\d[:;]\d{1,3}|(?:\d{1,3}:)?[0-5]?\d:[0-5]\d(?:[.,]\d{1,3})?|\d{1,9}(?:\.\d{1,6})?(?:s|ms)?)$/;

const timeValue = z.coerce
  .string()
  .trim()
  .regex(
    TIME_VALUE_PATTERN,
    'expected a timecode (10:00:00:00), a clock time (00:02:00.000) or seconds (120s)',
  )
  // SRT and WebVTT write two hour digits: every time must stay under 100 hours.
  .refine((value) => (parseTimeValue(value, 30) ?? 0) < MAX_TIMESTAMP_MS, {
    message: 'must be under 100 hours (SRT and WebVTT timestamps have two hour digits)',
  });

/** The outputs these options matter for (read by the edge's form and OpenAPI document). */
const FOR_SUBTITLES = { 'x-outputs': ['srt', 'vtt', 'imsc', 'ebu-tt-d', 'scc', 'stl'] };

/**
 * Subtitle options (SRT and WebVTT). Limits left unset come from the profile and the document's
 * language; numbers also accept numeric strings (query strings, form fields).
 */
export const subtitleOptionsShape = {
  profile: z
    .enum(SUBTITLE_PROFILES)
    .optional()
    .describe(
      'Subtitle style guide: `netflix` (42 chars/line, 20 chars/s, 5/6 s to 7 s; the default), `bbc` (37 chars/line, at most 180 words/min), `dcmp` (32 chars/line, at most 160 words/min, at least 2 s), `scc` (CEA-608: 32 columns, 2 rows; the default for SCC) or `stl` (Teletext: 37 chars/line, 2 rows; the default for EBU STL). Sets every limit below that is not given.',
    )
    .meta(FOR_SUBTITLES),
  maxCharsPerLine: decimal(z.number().int().min(10).max(120))
    .optional()
    .describe(
      'Most characters (graphemes, spaces included) on one subtitle line. Default from the profile and language (Netflix: 42, Russian 39).',
    )
    .meta(FOR_SUBTITLES),
  maxLines: decimal(z.number().int().min(1).max(4))
    .optional()
    .describe('Most lines in one subtitle (default 2).')
    .meta(FOR_SUBTITLES),
  maxCps: decimal(z.number().min(5).max(60))
    .optional()
    .describe(
      'Highest reading speed in characters per second; faster cues are still written and reported as `cps-too-high`. Default 20.',
    )
    .meta(FOR_SUBTITLES),
  maxWpm: decimal(z.number().int().min(60).max(600))
    .optional()
    .describe(
      'Highest reading speed in words per minute, reported as `wpm-too-high` (BBC: 180, DCMP: 160; Netflix sets none).',
    )
    .meta(FOR_SUBTITLES),
  minDurationMs: decimal(z.number().int().min(40).max(60_000))
    .optional()
    .describe('Shortest time a subtitle stays on screen, in ms (Netflix: 833, i.e. 5/6 s).')
    .meta(FOR_SUBTITLES),
  maxDurationMs: decimal(z.number().int().min(500).max(60_000))
    .optional()
    .describe('Longest time a subtitle stays on screen, in ms (default 7000).')
    .meta(FOR_SUBTITLES),
  fps: decimal(z.number().min(10).max(120))
    .default(25)
    .describe(
      'Frame rate of the video, frames per second (e.g. 23.976, 25, 29.97). Cues start and end on frames; the gap between cues is at least 2 frames.',
    )
    .meta(FOR_SUBTITLES),
  speechRate: decimal(z.number().int().min(60).max(400))
    .optional()
    .describe(
      'Speaking speed for timing without audio, in words per minute (default 160 for English, 133 for Russian, 151 otherwise). Cues are timed by their syllables at the pace of an average word of the language.',
    )
    .meta(FOR_SUBTITLES),
  start: timeValue
    .default('0s')
    .describe(
      'Time of the first word: timecode at `fps` (`10:00:00:00`), clock time (`00:00:05.000`) or seconds (`36000s`). Shifts every cue.',
    )
    .meta(FOR_SUBTITLES),
  duration: timeValue
    .optional()
    .describe(
      'Length of the media (`120s`, `00:02:00.000`): the cues share it in proportion to their speech time and the last one ends there.',
    )
    .meta(FOR_SUBTITLES),
  pauseMs: decimal(z.number().int().min(100).max(10_000))
    .default(500)
    .describe(
      'Timed input (speech-to-text JSON, SRT, WebVTT): a silence this long between two words, in ms, always ends a subtitle.',
    )
    // Only input with word times has silences (`x-inputs`: the form shows it for those).
    .meta({ ...FOR_SUBTITLES, 'x-inputs': ['srt', 'vtt', 'json'] }),
  dropFrame: flag(
    true,
    'At 29.97 fps, write drop-frame timecodes (`10:00:00;00`, SMPTE 12M) in SCC and EBU STL, and read a `start` timecode as drop-frame; off writes non-drop labels.',
  ).meta({ 'x-outputs': ['scc', 'stl'] }),
  stlDoubleHeight: flag(
    false,
    'EBU STL: Teletext double-height rows (each subtitle row takes two Teletext rows).',
  ).meta({ 'x-outputs': ['stl'] }),
  directions: flag(
    false,
    'Also subtitle directions (`[APPLAUSE]`, `(LAUGHTER)`) in square brackets, as SDH does.',
  ).meta(FOR_SUBTITLES),
  speakerLabels: z
    .enum(SPEAKER_LABELS)
    .default('dash')
    .describe(
      'How a change of speaker shows: `dash` puts two short turns in one subtitle, each line with a leading hyphen; `name` puts the speaker’s name in parentheses on its own line when a turn starts; `none` shows nothing. WebVTT always marks speakers with `<v Name>`.',
    )
    .meta(FOR_SUBTITLES),
};

export const subtitleOptionsSchema = z.object(subtitleOptionsShape);
/** Subtitle options as a caller gives them (everything optional). */
export type SubtitleOptions = z.input<typeof subtitleOptionsSchema>;
export type ResolvedSubtitleOptions = z.output<typeof subtitleOptionsSchema>;
