/**
 * Figures for judging an SRT file against the words it subtitles: how many cues start on a word,
 * which limits it breaks, and where its lines and cues break. Used by the bench and the tests to
 * put scriptdesk beside another captioner on the same speech-to-text words.
 */
import { parseTiming } from '../ingest/subtitles.ts';
import { graphemeCount } from './text.ts';
import { BREAK_COST, classifyBreak } from './words.ts';

export interface SrtCue {
  startMs: number;
  endMs: number;
  lines: string[];
}

export interface CaptionFigures {
  cues: number;
  /** Share of cues (0–1) whose start is within one frame of a word's start. */
  startOnWord: number;
  linesOverMaxChars: number;
  cuesOverMaxLines: number;
  cuesOverMaxCps: number;
  cuesUnderMinDuration: number;
  cuesOverMaxDuration: number;
  /** Line and cue breaks between two words the subtitle guides say never to part. */
  badBreaks: number;
  /** Every line and cue break, and their mean cost (`words.ts`; 0 = sentence end). */
  breaks: number;
  meanBreakCost: number;
}

export interface FigureLimits {
  maxCharsPerLine: number;
  maxLines: number;
  maxCps: number;
  minDurationMs: number;
  maxDurationMs: number;
  fps: number;
}

export const NETFLIX_FIGURE_LIMITS: FigureLimits = {
  maxCharsPerLine: 42,
  maxLines: 2,
  maxCps: 20,
  minDurationMs: 833,
  maxDurationMs: 7000,
  fps: 25,
};

/** The cues of an SRT file (index, timing, text lines), in order. */
export function parseSrtCues(srt: string): SrtCue[] {
  const cues: SrtCue[] = [];
  for (const block of srt.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at === -1) continue;
    const timing = parseTiming(lines[at] ?? '');
    if (!timing) continue;
    cues.push({ ...timing, lines: lines.slice(at + 1) });
  }
  return cues;
}

/** A line that only names the speaker (`[Speaker 0]`, `(Jane Doe)`): not spoken words. */
function isLabelLine(line: string): boolean {
  return /^\[[^\]]*\]$|^\([^)]*\)$/.test(line.trim());
}

/**
 * The spoken words a cue shows: label lines dropped, a dialogue hyphen removed.
 *
 * @example cueWords({ startMs: 0, endMs: 1, lines: ['-Hi.', '-Hello.'] }) // ['Hi.', 'Hello.']
 */
export function cueWords(cue: SrtCue): string[] {
  const out: string[] = [];
  for (const line of cue.lines) {
    if (isLabelLine(line)) continue;
    const text = line.replace(/^-(?=\S)/, '');
    for (const w of text.split(/\s+/)) if (w) out.push(w);
  }
  return out;
}

/** Figures for `srt` against the words' start times (ms, any order). */
export function captionFigures(
  srt: string,
  wordStartsMs: readonly number[],
  limits: FigureLimits = NETFLIX_FIGURE_LIMITS,
): CaptionFigures {
  const cues = parseSrtCues(srt);
  const starts = [...wordStartsMs].sort((a, b) => a - b);
  const frameMs = 1000 / limits.fps;
  const nearWord = (ms: number): boolean => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < ms) lo = mid + 1;
      else hi = mid;
    }
    const after = starts[lo];
    const before = starts[lo - 1];
    return (
      (after !== undefined && after - ms <= frameMs + 1e-6) ||
      (before !== undefined && ms - before <= frameMs + 1e-6)
    );
  };
  const f: CaptionFigures = {
    cues: cues.length,
    startOnWord: 0,
    linesOverMaxChars: 0,
    cuesOverMaxLines: 0,
    cuesOverMaxCps: 0,
    cuesUnderMinDuration: 0,
    cuesOverMaxDuration: 0,
    badBreaks: 0,
    breaks: 0,
    meanBreakCost: 0,
  };
  let onWord = 0;
  let costSum = 0;
  const addBreak = (left: string | undefined, right: string | undefined) => {
    if (left === undefined || right === undefined) return;
    const cost = BREAK_COST[classifyBreak(left, right)];
    f.breaks++;
    costSum += cost;
    if (cost >= 60) f.badBreaks++;
  };
  let previousLast: string | undefined;
  for (const cue of cues) {
    if (nearWord(cue.startMs)) onWord++;
    let chars = 0;
    let lastOfLine: string | undefined = previousLast;
    cue.lines.forEach((line) => {
      const width = graphemeCount(line);
      chars += width;
      if (width > limits.maxCharsPerLine) f.linesOverMaxChars++;
      if (isLabelLine(line)) return;
      const words = line
        .replace(/^-(?=\S)/, '')
        .split(/\s+/)
        .filter(Boolean);
      addBreak(lastOfLine, words[0]);
      lastOfLine = words[words.length - 1] ?? lastOfLine;
    });
    previousLast = lastOfLine;
    if (cue.lines.length > limits.maxLines) f.cuesOverMaxLines++;
    const ms = cue.endMs - cue.startMs;
    if (ms > 0 && chars / (ms / 1000) > limits.maxCps + 1e-9) f.cuesOverMaxCps++;
    if (ms < limits.minDurationMs) f.cuesUnderMinDuration++;
    if (ms > limits.maxDurationMs) f.cuesOverMaxDuration++;
  }
  f.startOnWord = cues.length > 0 ? onWord / cues.length : 0;
  f.meanBreakCost = f.breaks > 0 ? costSum / f.breaks : 0;
  return f;
}
