import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { lazy } from '../core/lazy.ts';
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

const timeValue = lazy(() =>
  z.coerce
    .string()
    .check(z.trim())
    .check(
      z.regex(
        TIME_VALUE_PATTERN,
        'expected a timecode (10:00:00:00), a clock time (00:02:00.000) or seconds (120s)',
      ),
    )
    // SRT and WebVTT write two hour digits: every time must stay under 100 hours.
    .check(
      z.refine((value) => (parseTimeValue(value, 30) ?? 0) < MAX_TIMESTAMP_MS, {
        message: 'must be under 100 hours (SRT and WebVTT timestamps have two hour digits)',
      }),
    ),
);

/** The outputs these options matter for (read by the edge's form and OpenAPI document). */
const FOR_SUBTITLES = { 'x-outputs': ['srt', 'vtt', 'imsc', 'ebu-tt-d', 'scc', 'stl'] };

/**
 * Subtitle options (SRT and WebVTT). Limits left unset come from the profile and the document's
 * language; numbers also accept numeric strings (query strings, form fields).
 */
export const subtitleOptionsShape = lazy(() => ({
  profile: z
    .optional(z.enum(SUBTITLE_PROFILES))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Subtitle style guide: `netflix` (42 chars/line, 20 chars/s, 5/6 s to 7 s; the default), `bbc` (37 chars/line, at most 180 words/min), `dcmp` (32 chars/line, at most 160 words/min, at least 2 s), `scc` (CEA-608: 32 columns, 2 rows; the default for SCC) or `stl` (Teletext: 37 chars/line, 2 rows; the default for EBU STL). Sets every limit below that is not given.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  maxCharsPerLine: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(10)).check(z.maximum(120))))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Most characters (graphemes, spaces included) on one subtitle line. Default from the profile and language (Netflix: 42, Russian 39).',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  maxLines: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(1)).check(z.maximum(4))))
    .clone()
    .register(z.globalRegistry, { description: 'Most lines in one subtitle (default 2).' })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  maxCps: z
    .optional(decimal(z.number().check(z.minimum(5)).check(z.maximum(60))))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Highest reading speed in characters per second; faster cues are still written and reported as `cps-too-high`. Default 20.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  maxWpm: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(60)).check(z.maximum(600))))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Highest reading speed in words per minute, reported as `wpm-too-high` (BBC: 180, DCMP: 160; Netflix sets none).',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  minDurationMs: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(40)).check(z.maximum(60_000))))
    .clone()
    .register(z.globalRegistry, {
      description: 'Shortest time a subtitle stays on screen, in ms (Netflix: 833, i.e. 5/6 s).',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  maxDurationMs: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(500)).check(z.maximum(60_000))))
    .clone()
    .register(z.globalRegistry, {
      description: 'Longest time a subtitle stays on screen, in ms (default 7000).',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  fps: z
    ._default(decimal(z.number().check(z.minimum(10)).check(z.maximum(120))), 25)
    .clone()
    .register(z.globalRegistry, {
      description:
        'Frame rate of the video, frames per second (e.g. 23.976, 25, 29.97). Cues start and end on frames; the gap between cues is at least 2 frames.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  speechRate: z
    .optional(decimal(z.number().check(z.int()).check(z.minimum(60)).check(z.maximum(400))))
    .clone()
    .register(z.globalRegistry, {
      description:
        'Speaking speed for timing without audio, in words per minute (default 160 for English, 133 for Russian, 151 otherwise). Cues are timed by their syllables at the pace of an average word of the language.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  start: z
    ._default(timeValue(), '0s')
    .clone()
    .register(z.globalRegistry, {
      description:
        'Time of the first word: timecode at `fps` (`10:00:00:00`), clock time (`00:00:05.000`) or seconds (`36000s`). Shifts every cue.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  duration: z
    .optional(timeValue())
    .clone()
    .register(z.globalRegistry, {
      description:
        'Length of the media (`120s`, `00:02:00.000`): the cues share it in proportion to their speech time and the last one ends there.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  pauseMs: z
    ._default(
      decimal(z.number().check(z.int()).check(z.minimum(100)).check(z.maximum(10_000))),
      500,
    )
    .clone()
    .register(z.globalRegistry, {
      description:
        'Timed input (speech-to-text JSON, SRT, WebVTT): a silence this long between two words, in ms, always ends a subtitle.',
    })
    // Only input with word times has silences (`x-inputs`: the form shows it for those).
    .clone()
    .register(z.globalRegistry, { ...FOR_SUBTITLES, 'x-inputs': ['srt', 'vtt', 'json'] }),
  dropFrame: flag(
    true,
    'At 29.97 fps, write drop-frame timecodes (`10:00:00;00`, SMPTE 12M) in SCC and EBU STL, and read a `start` timecode as drop-frame; off writes non-drop labels.',
  )
    .clone()
    .register(z.globalRegistry, { 'x-outputs': ['scc', 'stl'] }),
  stlDoubleHeight: flag(
    false,
    'EBU STL: Teletext double-height rows (each subtitle row takes two Teletext rows).',
  )
    .clone()
    .register(z.globalRegistry, { 'x-outputs': ['stl'] }),
  directions: flag(
    false,
    'Also subtitle directions (`[APPLAUSE]`, `(LAUGHTER)`) in square brackets, as SDH does.',
  )
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
  speakerLabels: z
    ._default(z.enum(SPEAKER_LABELS), 'dash')
    .clone()
    .register(z.globalRegistry, {
      description:
        'How a change of speaker shows: `dash` puts two short turns in one subtitle, each line with a leading hyphen; `name` puts the speaker’s name in parentheses on its own line when a turn starts; `none` shows nothing. WebVTT always marks speakers with `<v Name>`.',
    })
    .clone()
    .register(z.globalRegistry, FOR_SUBTITLES),
}));

export const subtitleOptionsSchema = lazy(() => z.object(subtitleOptionsShape()));
/** Subtitle options as a caller gives them (everything optional). */
export type SubtitleOptions = z.input<ReturnType<typeof subtitleOptionsSchema>>;
export type ResolvedSubtitleOptions = z.output<ReturnType<typeof subtitleOptionsSchema>>;
