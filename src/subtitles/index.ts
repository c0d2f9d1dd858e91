/**
 * Subtitles: SRT, WebVTT and the broadcast deliverables (IMSC, EBU-TT-D, SCC, EBU STL) from a
 * ScriptDocument, held to the Netflix, BBC, DCMP, SCC or STL limits.
 */
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
export { renderScc, SCC_CONTENT_TYPE } from './scc.ts';
export { renderSrt, SRT_CONTENT_TYPE } from './srt.ts';
export { renderStl, STL_CONTENT_TYPE } from './stl.ts';
export { formatTimestamp, parseTimeValue } from './timecode.ts';
export { renderEbuTtD, renderImsc, TTML_CONTENT_TYPE } from './ttml.ts';
export { renderVtt, VTT_CONTENT_TYPE } from './vtt.ts';
