/**
 * Cue timing without audio. Every cue has a weight (its estimated speech time); transcript
 * timestamps anchor some cues; `duration` fixes where the last one ends. Times are whole frames,
 * so every cue starts and ends on a frame and the gap is counted in frames.
 *
 * The cues are cut into spans at the anchors. In a span closed by the next anchor the cues run at
 * speech pace from the span's start, and are squeezed in proportion only when they would run into
 * the anchor. The span closed by `duration` is shared exactly in proportion to speech time, and
 * the last cue ends on the duration. Without `duration` the last span runs at speech pace.
 * Display times are clamped to the minimum and maximum durations; a cue never overlaps the next
 * and keeps the gap.
 */

export interface TimingItem {
  /** Estimated speech time of the cue, in ms. */
  weightMs: number;
  /** Where the cue must start, in ms from the media start, or null. */
  anchorMs: number | null;
}

export interface TimingSettings {
  fps: number;
  /** Time of the media start (the `start` option), in ms. */
  startMs: number;
  /** Media length (the `duration` option), in ms, or null. */
  durationMs: number | null;
  minDurationMs: number;
  maxDurationMs: number;
  minGapFrames: number;
}

/** A cue's place on the timeline, in frames from zero. */
export interface FrameSpan {
  startFrame: number;
  endFrame: number;
}

/** Something the timing could not honour, about item `item`. */
export interface TimingIssue {
  item: number;
  ruleId: 'timestamp-ignored' | 'timestamp-missed' | 'media-too-short';
  reason: string;
}

export interface Timing {
  spans: FrameSpan[];
  issues: TimingIssue[];
  /** Frame duration in ms (1000 / fps). */
  frameMs: number;
}

interface Frames {
  min: number;
  max: number;
  gap: number;
}

/**
 * Places items one after another at speech pace from frame `a`. A cue shows while its words are
 * spoken, at least `min` frames (pushing the next cue when needed, catching up afterwards) and at
 * most `max`; a cue that would touch the next gives back frames to keep the gap, down to `min`.
 */
function placeAtSpeechPace(
  weights: number[],
  a: number,
  f: Frames,
  previousEnd: number,
): FrameSpan[] {
  const spans: FrameSpan[] = [];
  let cursor = a;
  let prevEnd = previousEnd;
  for (const w of weights) {
    const wanted = Math.round(cursor);
    const prev = spans[spans.length - 1];
    if (prev && prevEnd + f.gap > wanted) {
      const give = Math.min(prevEnd + f.gap - wanted, prevEnd - (prev.startFrame + f.min));
      if (give > 0) {
        prev.endFrame -= give;
        prevEnd = prev.endFrame;
      }
    }
    const start = Math.max(wanted, prevEnd + f.gap);
    const speechEnd = Math.round(cursor + w);
    const end = Math.min(start + f.max, Math.max(start + f.min, speechEnd));
    spans.push({ startFrame: start, endFrame: end });
    prevEnd = end;
    cursor += w;
  }
  return spans;
}

/**
 * Shares frames [a, b] among the items in proportion to their weights, the last one ending on
 * `b`: water-filling so that no share is under `min`, then capping displays at `max` (the rest
 * of a capped share is silence). Returns null when even `min` frames each cannot fit.
 */
function shareInProportion(weights: number[], a: number, b: number, f: Frames): FrameSpan[] | null {
  const n = weights.length;
  const available = b - a - (n - 1) * f.gap;
  if (available < n * f.min) return null;
  const fixed = new Array<boolean>(n).fill(false);
  let rest = available;
  let weightLeft = weights.reduce((s, w) => s + w, 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < n; k++) {
      if (fixed[k]) continue;
      const w = weights[k] ?? 0;
      const share = weightLeft > 0 ? (w * rest) / weightLeft : rest / n;
      if (share < f.min) {
        fixed[k] = true;
        rest -= f.min;
        weightLeft -= w;
        changed = true;
      }
    }
  }
  const unfixed = fixed.filter((x) => !x).length;
  const spans: FrameSpan[] = [];
  let cursor = a;
  for (let k = 0; k < n; k++) {
    const w = weights[k] ?? 0;
    const share = fixed[k]
      ? f.min
      : weightLeft > 0
        ? (w * rest) / weightLeft
        : rest / Math.max(1, unfixed);
    const start = Math.round(cursor);
    const end = k === n - 1 ? b : Math.round(cursor + share);
    spans.push({ startFrame: start, endFrame: end });
    cursor += share + f.gap;
  }
  for (let k = 0; k < n; k++) {
    const span = spans[k] as FrameSpan;
    if (span.endFrame - span.startFrame <= f.max) continue;
    if (k === n - 1) span.startFrame = span.endFrame - f.max;
    else span.endFrame = span.startFrame + f.max;
  }
  return spans;
}

/**
 * Squeezes items into [a, b] when `min` frames each do not fit: equal shares ending on `b`; when
 * not even one frame each fits, one frame each from `a` (running past `b`, reported by the caller).
 */
function squeeze(n: number, a: number, b: number, gap: number): FrameSpan[] {
  const spans: FrameSpan[] = [];
  const each = (b - a - (n - 1) * gap) / n;
  if (each < 1) {
    for (let k = 0, start = a; k < n; k++, start += 1 + gap) {
      spans.push({ startFrame: start, endFrame: start + 1 });
    }
    return spans;
  }
  let cursor = a;
  for (let k = 0; k < n; k++) {
    const start = Math.round(cursor);
    const end = k === n - 1 ? b : Math.max(start + 1, Math.round(cursor + each));
    spans.push({ startFrame: start, endFrame: end });
    cursor += each + gap;
  }
  return spans;
}

/**
 * Times every cue. Never overlaps cues and keeps the gap; reports anchors it had to ignore or
 * miss and a media length too short for the text.
 */
export function timeCues(items: TimingItem[], settings: TimingSettings): Timing {
  const frameMs = 1000 / settings.fps;
  const toFrames = (ms: number): number => Math.round(ms / frameMs);
  const min = Math.max(1, Math.ceil(settings.minDurationMs / frameMs - 1e-9));
  const f: Frames = {
    min,
    max: Math.max(min, Math.floor(settings.maxDurationMs / frameMs + 1e-9)),
    gap: Math.max(0, settings.minGapFrames),
  };
  const issues: TimingIssue[] = [];
  const startFrame = toFrames(settings.startMs);
  const endFrame = settings.durationMs === null ? null : startFrame + toFrames(settings.durationMs);
  const weights = items.map((it) => Math.max(0, it.weightMs / frameMs));

  // Anchors: strictly increasing, inside the media; others are reported and ignored.
  const anchors = new Map<number, number>();
  let lastAnchor = startFrame - 1;
  items.forEach((it, k) => {
    if (it.anchorMs === null) return;
    const frame = startFrame + toFrames(it.anchorMs);
    if (frame <= lastAnchor || (endFrame !== null && frame >= endFrame)) {
      issues.push({
        item: k,
        ruleId: 'timestamp-ignored',
        reason:
          endFrame !== null && frame >= endFrame
            ? 'its timestamp is at or after the end of the media (`duration`)'
            : 'its timestamp is not after the previous one',
      });
      return;
    }
    anchors.set(k, frame);
    lastAnchor = frame;
  });

  const spans: FrameSpan[] = [];
  let k = 0;
  let prevEnd = Number.NEGATIVE_INFINITY;
  while (k < items.length) {
    let next = k + 1;
    while (next < items.length && !anchors.has(next)) next++;
    const anchor = anchors.get(k) ?? (k === 0 ? startFrame : null);
    const wantedStart = anchor ?? prevEnd + f.gap;
    const a = Math.max(wantedStart, prevEnd + f.gap);
    if (anchor !== null && a > anchor) {
      issues.push({
        item: k,
        ruleId: 'timestamp-missed',
        reason: 'the cues before it could not fit before its timestamp',
      });
    }
    const group = weights.slice(k, next);
    const closedBy = next < items.length ? (anchors.get(next) ?? null) : endFrame;
    let placed: FrameSpan[];
    if (closedBy === null) {
      placed = placeAtSpeechPace(group, a, f, prevEnd);
    } else {
      const limit = next < items.length ? closedBy - f.gap : closedBy;
      const natural = placeAtSpeechPace(group, a, f, prevEnd);
      const fits = (natural[natural.length - 1]?.endFrame ?? a) <= limit;
      if (fits && next < items.length) placed = natural;
      else {
        const shared = shareInProportion(group, a, limit, f);
        if (shared) placed = shared;
        else {
          issues.push({
            item: k,
            ruleId: 'media-too-short',
            reason: `${group.length} cues cannot each stay the minimum time before ${next < items.length ? 'the next timestamp' : 'the end of the media'}`,
          });
          placed = squeeze(group.length, a, limit, f.gap);
        }
      }
    }
    spans.push(...placed);
    prevEnd = placed[placed.length - 1]?.endFrame ?? prevEnd;
    k = next;
  }
  return { spans, issues, frameMs };
}

/**
 * Times cues of timed words: each starts on the frame of its first word's start and ends on the
 * frame of its last word's end. A cue shorter than the minimum is extended only into the silence
 * after it, up to the gap before the next cue; a cue that reaches into the next one's gap gives
 * back frames (its start never moves); none stays longer than the maximum. `startMs` shifts all.
 */
export function timeWordCues(
  spans: readonly { start: number; end: number }[],
  settings: TimingSettings,
): Timing {
  const frameMs = 1000 / settings.fps;
  const offset = settings.startMs;
  const min = Math.max(1, Math.ceil(settings.minDurationMs / frameMs - 1e-9));
  const max = Math.max(min, Math.floor(settings.maxDurationMs / frameMs + 1e-9));
  const gap = Math.max(0, settings.minGapFrames);
  const starts = spans.map((s) => Math.round((s.start + offset) / frameMs));
  const out: FrameSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    // Never before the previous cue's end (times out of order in the input).
    const start = Math.max(starts[k] ?? 0, (out[k - 1]?.endFrame ?? Number.NEGATIVE_INFINITY) + 0);
    if (start !== starts[k]) starts[k] = start;
    const span = spans[k] as { start: number; end: number };
    let end = Math.max(start + 1, Math.round((span.end + offset) / frameMs));
    const next = starts[k + 1];
    const room = next === undefined ? Number.POSITIVE_INFINITY : next - gap;
    if (end - start < min) end = Math.max(end, Math.min(start + min, room));
    end = Math.min(end, room, start + max);
    out.push({ startFrame: start, endFrame: Math.max(start + 1, end) });
  }
  return { spans: out, issues: [], frameMs };
}
