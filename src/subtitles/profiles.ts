import type { ResolvedSubtitleOptions, SubtitleProfile } from './options.ts';

/** The numbers a subtitle file is held to. */
export interface SubtitleLimits {
  /** Graphemes per line, spaces and punctuation included. */
  maxCharsPerLine: number;
  maxLines: number;
  /** Reading speed limit, characters (graphemes) per second. */
  maxCps: number;
  /** Reading speed limit in words per minute (BBC, DCMP state theirs so), or null. */
  maxWpm: number | null;
  minDurationMs: number;
  maxDurationMs: number;
  /** Least gap between two cues, in frames. */
  minGapFrames: number;
  fps: number;
}

type ProfileLimits = Omit<SubtitleLimits, 'fps'>;

/**
 * Profile defaults (broadcast primer, section 3). Where a guide sets no number we keep Netflix's
 * (20 chars/s as a ceiling, 5/6 s to 7 s, 2-frame gap) so every profile is fully specified.
 * - Netflix English (adult): 42 chars, 2 lines, 20 chars/s, 5/6 s to 7 s, 2 frames.
 * - BBC: 37 chars (Teletext), 2 lines, at most 180 words/min (the top of its 160–180 range).
 * - DCMP: 32 chars, 2 lines, at most 160 words/min (the top of 120–160), at least 2 s on screen.
 */
export const PROFILE_LIMITS: Readonly<Record<SubtitleProfile, ProfileLimits>> = {
  netflix: {
    maxCharsPerLine: 42,
    maxLines: 2,
    maxCps: 20,
    maxWpm: null,
    minDurationMs: 833,
    maxDurationMs: 7000,
    minGapFrames: 2,
  },
  bbc: {
    maxCharsPerLine: 37,
    maxLines: 2,
    maxCps: 20,
    maxWpm: 180,
    minDurationMs: 833,
    maxDurationMs: 7000,
    minGapFrames: 2,
  },
  dcmp: {
    maxCharsPerLine: 32,
    maxLines: 2,
    maxCps: 20,
    maxWpm: 160,
    minDurationMs: 2000,
    maxDurationMs: 7000,
    minGapFrames: 2,
  },
  // CEA-608 pop-on captions (SCC): 32 columns, 2 of the 4 rows a caption may hold, DCMP pace.
  scc: {
    maxCharsPerLine: 32,
    maxLines: 2,
    maxCps: 20,
    maxWpm: 160,
    minDurationMs: 1000,
    maxDurationMs: 7000,
    minGapFrames: 2,
  },
  // EBU STL for Teletext: 37 characters (a 40-column row less the boxing and colour codes), BBC pace.
  stl: {
    maxCharsPerLine: 37,
    maxLines: 2,
    maxCps: 20,
    maxWpm: 180,
    minDurationMs: 833,
    maxDurationMs: 7000,
    minGapFrames: 2,
  },
};

/**
 * Per-language overrides of a profile, keyed by BCP 47 primary subtag. Netflix's language guides
 * set their own line length: Russian 39 characters per line; Simplified and Traditional Chinese
 * 16; Korean 16; Japanese 13 full-width characters (horizontal subtitles; a half-width one counts
 * half, so counting each as one is on the safe side).
 */
export const LANGUAGE_LIMITS: Readonly<
  Partial<Record<SubtitleProfile, Readonly<Record<string, Partial<ProfileLimits>>>>>
> = {
  netflix: {
    ru: { maxCharsPerLine: 39 },
    zh: { maxCharsPerLine: 16 },
    ko: { maxCharsPerLine: 16 },
    ja: { maxCharsPerLine: 13 },
  },
};

/**
 * The limits for one run: explicit options win over the language's defaults, which win over the
 * profile's. `language` is the document's (`en`, `ru`, …).
 *
 * @example resolveLimits({ profile: 'netflix', fps: 25, … }, 'ru').maxCharsPerLine // 39
 */
export function resolveLimits(
  options: Pick<
    ResolvedSubtitleOptions,
    | 'profile'
    | 'maxCharsPerLine'
    | 'maxLines'
    | 'maxCps'
    | 'maxWpm'
    | 'minDurationMs'
    | 'maxDurationMs'
    | 'fps'
  >,
  language: string,
): SubtitleLimits {
  const profile = options.profile ?? 'netflix';
  const base = PROFILE_LIMITS[profile];
  const lang = LANGUAGE_LIMITS[profile]?.[language.toLowerCase().split('-')[0] ?? ''] ?? {};
  return {
    maxCharsPerLine: options.maxCharsPerLine ?? lang.maxCharsPerLine ?? base.maxCharsPerLine,
    maxLines: options.maxLines ?? lang.maxLines ?? base.maxLines,
    maxCps: options.maxCps ?? lang.maxCps ?? base.maxCps,
    maxWpm: options.maxWpm ?? lang.maxWpm ?? base.maxWpm,
    minDurationMs: options.minDurationMs ?? lang.minDurationMs ?? base.minDurationMs,
    maxDurationMs: options.maxDurationMs ?? lang.maxDurationMs ?? base.maxDurationMs,
    minGapFrames: lang.minGapFrames ?? base.minGapFrames,
    fps: options.fps,
  };
}
