import { formatRunningTime } from '../core/clock.ts';
import type { Block, ScriptDocument, Speaker } from '../core/document.ts';
import { clip, MAX_HEADER_CHARS, MAX_SLUG_CHARS } from '../core/limits.ts';
import { speakerLabel } from '../core/speaker-label.ts';
import { biteCues, type QuoteMarks, quoteMarks, toCaps, unquote } from './text.ts';

/**
 * What a block is on air, in the words of a two-column script. Narration before the anchor's
 * throw is the anchor's; narration after it is the reporter's voice-over track.
 */
export type Segment = 'headline' | 'anchor' | 'throw' | 'vo' | 'sot' | 'live' | 'direction' | 'soc';

/** One block of the document as the layouts see it: every label and time already worked out. */
export interface ScriptItem {
  block: Block;
  segment: Segment;
  /** Left-column name of the segment in capitals: `ANCHOR`, `VO`, `SOT`, `CUE`, … */
  segmentLabel: string;
  /** Read aloud by the presenter (prose on the prompter) rather than cued. */
  read: boolean;
  /** Prompter marker where the reader's part changes (`ANCHOR`, `VO`, `SOC`), else null. */
  marker: string | null;
  /** Speaker in capitals (name, else role, else id) for speech, else null. */
  speakerCaps: string | null;
  /** The speaker's title in capitals on their first appearance only, else null. */
  titleCaps: string | null;
  /**
   * Cue text without brackets: `SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA`, `APPLAUSE`; for
   * a live turn the speaker, only when the speaker changes.
   */
  cue: string | null;
  /** `IN: "I'd like to call upon..."` for a SOT, else null. */
  inCue: string | null;
  /** `OUT: "...in a professional manner."` for a SOT, else null. */
  outCue: string | null;
  /** `RUNS :08` for a SOT, else null. */
  runsCue: string | null;
  /** The block's text, in capitals when the script is all caps; a SOT's bite without its quotes. */
  text: string;
  /** A SOT's bite in the script's quotation marks, else null. */
  quoted: string | null;
  /** Running time at the start and the end of the block, in ms from the top of the story. */
  startMs: number;
  endMs: number;
}

export interface Script {
  /** Quotation marks the cues use. */
  marks: QuoteMarks;
  slug: string;
  title: string | null;
  reporter: string | null;
  language: string;
  items: ScriptItem[];
  /** Total running time, in ms. */
  totalMs: number;
}

export interface CompileOptions {
  /** All caps: transcript text in capitals, in the document's language. */
  uppercase: boolean;
  /** Quotation marks of IN/OUT cues and printed bites: the language's (`smart`) or ASCII. */
  typography?: 'smart' | 'ascii';
}

const SEGMENT_LABELS: Readonly<Record<Segment, string>> = {
  headline: 'TITLE',
  anchor: 'ANCHOR',
  throw: 'ANCHOR / THROW',
  vo: 'VO',
  sot: 'SOT',
  live: 'LIVE',
  direction: 'CUE',
  soc: 'SOC',
};

/** The reader's part a segment belongs to, for prompter markers; null for cued segments. */
const READER_PART: Readonly<Partial<Record<Segment, string>>> = {
  anchor: 'ANCHOR',
  throw: 'ANCHOR',
  vo: 'VO',
  soc: 'SOC',
};

const OPENERS = new Set(['[', '(', '<', '{']);
const CLOSERS = new Set([']', ')', '>', '}']);

/** `[APPLAUSE]`, `(CROSSTALK)` and `APPLAUSE` all become the cue `APPLAUSE`. */
function directionCue(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  const last = trimmed.charAt(trimmed.length - 1);
  if (trimmed.length >= 2 && OPENERS.has(first) && CLOSERS.has(last)) {
    return trimmed.slice(1, -1).trim();
  }
  return trimmed;
}

function labelOf(speaker: Speaker | undefined, id: string | null, language: string): string | null {
  if (speaker) return speaker.name ?? (speaker.role ? speakerLabel(speaker, language) : speaker.id);
  return id;
}

/**
 * Cues over the reporter's voice-over, the words under them up to the next cue (Brazilian,
 * French, Spanish `OFF` in a report after `VT` or `SUJET`; Turkish `DIŞ SES`): the prompter's VO,
 * never the anchor's read.
 */
const VOICE_OVER_CUES: ReadonlySet<string> = new Set(['OFF', 'DIŞ SES']);

/** True when a direction is a voice-over cue alone (`OFF`, `OFF:`, `[OFF]`). */
function isVoiceOverCue(text: string): boolean {
  const cue = directionCue(text);
  if (cue.length > 8) return false;
  return VOICE_OVER_CUES.has((cue.endsWith(':') ? cue.slice(0, -1) : cue).trim());
}

function segmentOf(block: Block, afterThrow: boolean): Segment {
  switch (block.type) {
    case 'headline':
      return 'headline';
    case 'narration':
      return afterThrow ? 'vo' : 'anchor';
    case 'throw':
      return 'throw';
    case 'speech':
      return block.sot ? 'sot' : 'live';
    case 'direction':
      return 'direction';
    case 'signoff':
      return 'soc';
    case 'note':
      return 'direction';
  }
}

/**
 * Turns the document into the items every layout renders: segment names, cue labels with the
 * speaker's title on first appearance, IN/OUT/RUNS for each SOT, running times. One pass.
 */
export function compileScript(doc: ScriptDocument, options: CompileOptions): Script {
  const caps = (text: string): string => toCaps(text, doc.language);
  const body = (text: string): string => (options.uppercase ? caps(text) : text);
  const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const marks: QuoteMarks = quoteMarks(doc.language, options.typography ?? 'ascii');
  const items: ScriptItem[] = [];
  let afterThrow = false;
  let part: string | null = null;
  // Speaker of the live turn before, so a speaker who goes on is not cued again (a cue between
  // two paragraphs of one speaker, like [LAUGHTER], does not count as a change).
  let liveSpeaker: string | null = null;
  let clockMs = 0;
  const origin = doc.timed ? (doc.blocks.find((b) => b.startMs !== null)?.startMs ?? null) : null;
  // Under an `OFF` cue, up to the next cue or turn: the reporter's voice-over.
  let underVoiceOver = false;
  for (const block of doc.blocks) {
    // Page furniture (a note) is not part of the script: not read, not cued, not timed.
    if (block.type === 'note') continue;
    if (block.type === 'direction') underVoiceOver = isVoiceOverCue(block.text);
    else if (block.type !== 'narration') underVoiceOver = false;
    const segment =
      block.type === 'narration' && underVoiceOver ? 'vo' : segmentOf(block, afterThrow);
    if (block.type === 'throw') afterThrow = true;
    const speaker = block.speaker === null ? undefined : speakers.get(block.speaker);
    const name = block.type === 'speech' ? labelOf(speaker, block.speaker, doc.language) : null;
    const first = block.speaker !== null && block.type === 'speech' && !seen.has(block.speaker);
    if (block.type === 'speech' && block.speaker !== null) seen.add(block.speaker);
    const speakerCaps = name === null ? null : caps(name);
    // A title the label already says (an office with no name: `FIRE CHIEF`) is not said twice.
    const titleCaps =
      first && speaker?.title && caps(speaker.title) !== speakerCaps ? caps(speaker.title) : null;
    const who = [speakerCaps, titleCaps].filter((s): s is string => s !== null).join(', ');
    const itemPart = READER_PART[segment] ?? null;
    const marker = itemPart !== null && itemPart !== part ? itemPart : null;
    if (itemPart !== null) part = itemPart;
    // Timed input: the running time is the audio's, pauses between blocks included.
    const timedAt =
      origin !== null && block.startMs !== null && block.endMs !== null
        ? { start: block.startMs - origin, end: block.endMs - origin }
        : null;
    const startMs = timedAt ? timedAt.start : clockMs;
    clockMs = timedAt ? Math.max(clockMs, timedAt.end) : clockMs + block.durationMs;
    const item: ScriptItem = {
      block,
      segment,
      segmentLabel: SEGMENT_LABELS[segment],
      read: segment !== 'headline' && segment !== 'sot' && segment !== 'direction',
      marker,
      speakerCaps,
      titleCaps,
      cue: null,
      inCue: null,
      outCue: null,
      runsCue: null,
      text: body(block.text),
      quoted: null,
      startMs,
      endMs: clockMs,
    };
    if (segment === 'headline') item.cue = caps(block.text);
    else if (segment === 'direction') item.cue = caps(directionCue(block.text));
    else if (segment === 'live') {
      item.cue = who === '' || (block.speaker === liveSpeaker && !first) ? null : who;
    } else if (segment === 'sot') {
      const bite = body(unquote(block.text));
      const { inCue, outCue } = biteCues(bite, marks);
      item.text = bite;
      item.quoted = `${marks.open}${bite}${marks.close}`;
      item.cue = who === '' ? 'SOT' : `SOT: ${who}`;
      item.inCue = `IN: ${inCue}`;
      item.outCue = `OUT: ${outCue}`;
      item.runsCue = `RUNS ${formatRunningTime(block.durationMs)}`;
    }
    if (segment === 'live') liveSpeaker = block.speaker;
    else if (segment !== 'direction') liveSpeaker = null;
    items.push(item);
  }
  return {
    marks,
    // Header fields repeat on every page: bounded, so that output stays linear in the input.
    slug: clip(doc.slug, MAX_SLUG_CHARS, false),
    title: doc.title === null ? null : clip(doc.title, MAX_HEADER_CHARS),
    reporter: doc.reporter === null ? null : clip(doc.reporter, MAX_HEADER_CHARS),
    language: doc.language,
    items,
    totalMs: clockMs,
  };
}
