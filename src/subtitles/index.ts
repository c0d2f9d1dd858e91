/** Subtitles: SRT and WebVTT from a ScriptDocument, held to the Netflix, BBC or DCMP limits. */
export {
  type CompiledSubtitles,
  type CuePart,
  compileSubtitles,
  type SubtitleCue,
} from './compile.ts';
export { breakLines } from './linebreak.ts';
export {
  type ResolvedSubtitleOptions,
  type SubtitleOptions,
  subtitleOptionsSchema,
  subtitleOptionsShape,
} from './options.ts';
export { PROFILE_LIMITS, resolveLimits, type SubtitleLimits } from './profiles.ts';
export { renderSrt, SRT_CONTENT_TYPE } from './srt.ts';
export { formatTimestamp, parseTimeValue } from './timecode.ts';
export { renderVtt, VTT_CONTENT_TYPE } from './vtt.ts';
