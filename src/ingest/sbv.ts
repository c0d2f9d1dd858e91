/**
 * Block captions, a timing line over the text lines, a blank line between cues, as timed input:
 * each block becomes a cue and takes the path SRT and WebVTT take.
 * - YouTube SBV: `0:00:01.000,0:00:04.000`;
 * - SubViewer 2 (`.sub`): SBV's timing lines under an `[INFORMATION]` header (`[TITLE]` the
 *   title, the rest `caption-metadata`), `[br]` a line break;
 * - Avid SubCap (Media Composer's SubCap effect, saved as text): `00:00:01:00 00:00:03:12`,
 *   frames at `fps` (SubCap does not say its rate; 30 when a frame number is past it:
 *   `caption-frames`), under a header of `@` comments and `<begin subtitles>` (the preamble),
 *   `<end subtitles>` closing the file;
 * - Audacity's exported labels: `start`, `end` (seconds) and text, tab apart, a label a line;
 * - MicroDVD (`{start}{end}` in frames) and MPL2 (`[start][end]` in tenths of a second), a cue a
 *   line, `|` a line break.
 */
import type { Message } from '../core/document.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { isEditorLabelLine, isNumberedLabelLine } from '../core/tags.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import {
  droppedLinesMessage,
  type IngestedText,
  keepMessage,
  type SourcedLine,
  sourceLines,
} from './lines.ts';
import {
  type Cue,
  captionBlocks,
  cuesToLines,
  escapeCueText,
  frameRate,
  framesMessage,
  parseCueTimestamp,
  type SubtitleIngestOptions,
} from './subtitles.ts';

// One timing line: two `H:MM:SS.mmm` times and a comma. Bounded repeats: linear.
const SBV_TIMING = /^\d{1,3}:\d\d:\d\d\.\d{1,3},\d{1,3}:\d\d:\d\d\.\d{1,3}$/;
/**
 * SubCap's timing line: two timecodes, frames after the last `:` or `;`; a video editor's caption
 * text export puts a dash between them (Premiere Pro `00:00:02:15 - 00:00:05:10`).
 */
const SUBCAP_TIMING =
  /^(\d\d:\d\d:\d\d[:;]\d\d)(?:[ \t]+|[ \t]*[-–][ \t]*)(\d\d:\d\d:\d\d[:;]\d\d)$/;
/** A line opening in lower case: a caption's words going on. */
const STARTS_LOWER = lazyRegExp(String.raw`^\p{Ll}`, 'u');
/** An editor's timing line with its dash (see {@link SUBCAP_TIMING}). */
const EDITOR_TIMING = /^\d\d:\d\d:\d\d[:;]\d\d[ \t]*[-–][ \t]*\d\d:\d\d:\d\d[:;]\d\d$/;

/**
 * Captions exported as text by a video editor: blocks of a timecode range over the caption
 * (`00:00:02:15 - 00:00:05:10` / `to close the bridge`). Under a transcript export's ranges the
 * line is a speaker's label (`Speaker 2`, a name again and again, or in every block a name of two
 * words or more over words opening a sentence: `Maria Lund` / `We rebuilt the pier.`): that text
 * is the core's.
 */
function isEditorCaptions(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.trim());
  const under = new Set<string>();
  let blocks = 0;
  // Blocks of a label over words that open a sentence (`Maria Lund` / `We rebuilt the pier.`).
  let labelled = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!EDITOR_TIMING.test(lines[i] as string)) continue;
    const next = lines[i + 1] as string;
    if (next === '' || under.has(next) || isNumberedLabelLine(next)) return false;
    under.add(next);
    blocks++;
    const words = lines[i + 2] ?? '';
    // (A word alone may be a caption's first line: `Welcome` / `The ferry left at dawn.`)
    const named = next.includes(' ') || /^unknown$/i.test(next);
    if (named && isEditorLabelLine(next) && words !== '' && !STARTS_LOWER.test(words)) labelled++;
  }
  return blocks >= 2 && labelled < blocks;
}

/** Reads an SBV timing line, or null when the line is not one. */
function parseSbvTiming(line: string): { startMs: number; endMs: number } | null {
  const comma = line.indexOf(',');
  if (comma === -1) return null;
  const startMs = parseCueTimestamp(line.slice(0, comma));
  const endMs = parseCueTimestamp(line.slice(comma + 1));
  return startMs === null || endMs === null ? null : { startMs, endMs };
}

/** SubViewer 2's header opening the file (`[INFORMATION]`, or `[SUBTITLE]` without one). */
const SUBVIEWER_HEADER = /^\[(?:INFORMATION|SUBTITLE)\]$/i;
/** A SubViewer header line: `[TITLE]Council vote`, `[END INFORMATION]`, `[COLF]&HFFFFFF,[STYLE]bd`. */
const SUBVIEWER_TITLE = /^\[TITLE\](.*)$/i;
/** SubViewer's line break inside a caption, read as one in any file of SBV timing lines. */
const SUBVIEWER_BREAK = /\[br\]/gi;

/**
 * SubViewer 2's header (title, author, colours, fonts: not words said), the lines before its first
 * timing line: the title it gives and the header's lines, or null when the file has none.
 */
function subViewerHeader(lines: readonly string[]): { end: number; title: string | null } | null {
  let at = 0;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  if (!SUBVIEWER_HEADER.test((lines[at] ?? '').trim())) return null;
  let title: string | null = null;
  for (; at < lines.length; at++) {
    const line = (lines[at] ?? '').trim();
    if (SBV_TIMING.test(line)) break;
    title ??= SUBVIEWER_TITLE.exec(line)?.[1]?.trim() || null;
  }
  return { end: at, title };
}

/**
 * True when the first non-blank line of the text is an SBV timing line (or SubViewer 2's header,
 * Spruce STL's, a MicroDVD or MPL2 line, an editor's timecode range over captions), or the text opens
 * with SubCap's header (`<begin subtitles>` under at most eight `@` comment lines).
 */
export function looksLikeSbv(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const first = head.split(/\r\n|\r|\n/, 1)[0]?.trim() ?? '';
  return (
    SBV_TIMING.test(first) ||
    SUBVIEWER_HEADER.test(first) ||
    /^\{QTtext\}/i.test(head) ||
    looksLikeSpruce(head) ||
    looksLikeAudacity(head) ||
    looksLikeEncore(head) ||
    lineCaptionsOf(head) !== null ||
    /^(?:@[^\n]{0,200}\s+){0,8}<begin subtitles>/i.test(head) ||
    (EDITOR_TIMING.test(first) && isEditorCaptions(head))
  );
}

/**
 * Spruce STL (DVD Studio Pro, Final Cut's caption text): one caption a line, `00:00:01:00 ,
 * 00:00:03:12 , text`, `|` a line break, `^I` `^B` `^U` toggling italic, bold, underline.
 */
const SPRUCE_LINE = /^(\d\d:\d\d:\d\d[:;]\d\d)[ \t]*,[ \t]*(\d\d:\d\d:\d\d[:;]\d\d)[ \t]*,(.*)$/;
/** Spruce STL's settings (`$FontName = Arial`) and comments (`//…`). */
const SPRUCE_SETTING = /^\$[A-Za-z]{2,30}[ \t]*=/;

/** A Spruce STL file: its first line a setting, a comment over settings, or a caption line. */
function looksLikeSpruce(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 12).map((l) => l.trim());
  const first = lines[0] ?? '';
  if (SPRUCE_LINE.test(first)) return SPRUCE_LINE.test(lines.find((l, i) => i > 0 && l) ?? '');
  return (
    (SPRUCE_SETTING.test(first) || first.startsWith('//')) &&
    lines.some((l) => SPRUCE_SETTING.test(l)) &&
    SPRUCE_LINE.test(
      head
        .split(/\r\n|\r|\n/)
        .find((l) => /^\d/.test(l.trim()))
        ?.trim() ?? '',
    )
  );
}

/**
 * Reads Spruce STL: each caption line a cue (frames at the frame rate), settings and comments
 * reported (`caption-styling`, `caption-comment`), a line of neither dropped and reported.
 */
function spruceToLines(
  source: string,
  options: SubtitleIngestOptions & { fps?: number },
): IngestedText {
  const fps = frameRate(source, options.fps);
  const cues: Cue[] = [];
  const settings: SourcedLine[] = [];
  const comments: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let toggles = 0;
  for (const [i, raw] of sourceLines(source).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const at = { text: line, line: i + 1 };
    if (line.startsWith('//')) {
      comments.push({ ...at, text: line.slice(2).trim() });
      continue;
    }
    if (SPRUCE_SETTING.test(line)) {
      settings.push(at);
      continue;
    }
    const m = SPRUCE_LINE.exec(line);
    const startMs = m ? parseTimeValue(m[1] as string, fps) : null;
    const endMs = m ? parseTimeValue(m[2] as string, fps) : null;
    if (!m || startMs === null || endMs === null) {
      bad.push(at);
      continue;
    }
    const text = (m[3] as string).replace(/\^[IBU]/g, () => {
      toggles++;
      return '';
    });
    cues.push({
      startMs,
      endMs,
      lines: [{ text: escapeCueText(text.trim()).replace(/\|/g, '<br>'), line: i + 1 }],
    });
  }
  const messages: Message[] = [framesMessage(fps)];
  const list = (
    ruleId: string,
    found: SourcedLine[],
    reason: string,
    severity: Message['severity'],
  ) => {
    const message = droppedLinesMessage(ruleId, found, reason, severity);
    if (message) messages.push(message);
  };
  list(
    'caption-styling',
    settings,
    `Dropped ${settings.length} setting line(s) of the captions (font, colour, position)`,
    'info',
  );
  list('caption-comment', comments, `Dropped ${comments.length} comment line(s) (//)`, 'info');
  list('caption-bad-cue', bad, `Dropped ${bad.length} line(s) that are no caption line`, 'warning');
  if (toggles > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped ${toggles} style toggle(s) (^I, ^B, ^U) from the caption text`,
      line: cues[0]?.lines[0]?.line ?? null,
      column: 1,
      severity: 'info',
    });
  }
  return cuesToLines(cues, options, [], messages);
}

/**
 * Audacity's label track exported as text (`Export Labels`): a label a line, its start and end in
 * seconds (six decimals) and its text, tab apart; a point label has its start as its end. A line
 * opening with a backslash gives the label before its frequency range (spectral selection): no
 * words. Each label is a cue.
 */
const AUDACITY_LINE = /^(\d{1,7}\.\d{1,9})\t(\d{1,7}\.\d{1,9})\t(.*)$/;
const AUDACITY_SPECTRAL = /^\\\t/;

/** Audacity labels: the first two lines that are no frequency line are label lines. */
function looksLikeAudacity(head: string): boolean {
  const lines = head
    .split(/\r\n|\r|\n/, 8)
    .filter((l) => l.trim() !== '' && !AUDACITY_SPECTRAL.test(l));
  return (
    lines.length >= 2 && AUDACITY_LINE.test(lines[0] ?? '') && AUDACITY_LINE.test(lines[1] ?? '')
  );
}

function audacityToLines(source: string, options: SubtitleIngestOptions): IngestedText {
  const cues: Cue[] = [];
  const bad: SourcedLine[] = [];
  let spectral = 0;
  for (const [i, raw] of sourceLines(source).entries()) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    if (AUDACITY_SPECTRAL.test(line)) {
      spectral++;
      continue;
    }
    const m = AUDACITY_LINE.exec(line);
    if (!m) {
      bad.push({ text: line.trim(), line: i + 1 });
      continue;
    }
    const startMs = Math.round(Number(m[1]) * 1000);
    const endMs = Math.round(Number(m[2]) * 1000);
    const text = (m[3] as string).trim();
    if (text === '') continue;
    cues.push({
      startMs,
      endMs: Math.max(startMs, endMs),
      lines: [{ text: escapeCueText(text), line: i + 1 }],
    });
  }
  const messages: Message[] = [];
  if (spectral > 0) {
    messages.push({
      ruleId: 'caption-metadata',
      reason: `Dropped ${spectral} frequency line(s) of the labels (spectral selection: no words)`,
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} line(s) that are no label line`,
      'warning',
    ),
  );
  return cuesToLines(cues, options, [], messages);
}

/**
 * Adobe Encore's subtitle script (and the tab-separated timecode lists of other DVD tools): one
 * caption a line, an optional number, in and out timecodes (`00:00:05:10`, NTSC `00;00;05;10`)
 * and the text; a line after it that is none continues the caption (its second row).
 */
const ENCORE_LINE =
  /^(?:\d{1,5}[ \t\u00a0]+)?(\d\d[:;]\d\d[:;]\d\d[:;]\d\d)[ \t\u00a0]+(\d\d[:;]\d\d[:;]\d\d[:;]\d\d)[ \t\u00a0]+(\S.*)$/;

/** A short column of a name before a tab (no colon, a letter in it). Bounded: linear. */
const SPEAKER_COLUMN = lazyRegExp(String.raw`^([^\t:]{0,40}\p{L}[^\t:]{0,40})\t+(?=\S)`, 'u');

/** Encore: its first line and another of the first twelve are caption lines. */
function looksLikeEncore(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 12).map((l) => l.trim());
  return ENCORE_LINE.test(lines[0] ?? '') && lines.slice(1).some((l) => ENCORE_LINE.test(l));
}

/** An Encore timecode as the timecode reader takes it: `00;00;05;10` is `00:00:05;10`. */
const encoreTime = (tc: string, fps: number): number | null =>
  parseTimeValue(`${tc.slice(0, 2)}:${tc.slice(3, 5)}:${tc.slice(6)}`, fps);

/** Reads an Encore script: each caption line a cue (frames at the frame rate), rows after it its own. */
function encoreToLines(
  source: string,
  options: SubtitleIngestOptions & { fps?: number },
): IngestedText {
  // Encore writes NTSC timecodes with semicolons: 29.97 fps, drop-frame labels.
  const ntsc = /^(?:\d{1,5}[ \t]+)?\d\d;\d\d;\d\d;\d\d/.test(
    source.replace(/^\uFEFF/, '').trimStart(),
  );
  const fps = options.fps ?? (ntsc ? 30_000 / 1001 : frameRate(source));
  const cues: Cue[] = [];
  const bad: SourcedLine[] = [];
  for (const [i, raw] of sourceLines(source).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const m = ENCORE_LINE.exec(line);
    const startMs = m ? encoreTime(m[1] as string, fps) : null;
    const endMs = m ? encoreTime(m[2] as string, fps) : null;
    // A speaker's column between the timecodes and the words (`Name⇥text`, an editor's list):
    // the speaker's label.
    const words = m ? (m[3] as string).trim().replace(SPEAKER_COLUMN, '$1: ') : line;
    const text = { text: escapeCueText(words), line: i + 1 };
    if (m && (startMs === null || endMs === null)) bad.push({ text: line, line: i + 1 });
    else if (m && startMs !== null && endMs !== null) cues.push({ startMs, endMs, lines: [text] });
    else {
      const last = cues.at(-1);
      if (last) last.lines.push(text);
      else bad.push(text);
    }
  }
  const messages: Message[] = [framesMessage(fps)];
  const dropped = droppedLinesMessage(
    'caption-bad-cue',
    bad,
    `Dropped ${bad.length} line(s) whose timecodes do not parse, or before the first caption`,
    'warning',
  );
  if (dropped) messages.push(dropped);
  return cuesToLines(cues, options, [], messages);
}

/**
 * QuickTime text (`{QTtext}`, the text track format of QuickTime and its caption tools): text
 * descriptors in braces, then `[00:00:01.15]` time stamps, each starting the text after it until
 * the next stamp (a stamp with no text clears). A stamp's fraction counts `{timeScale:…}` units
 * (frames at 30); without a time scale it is a decimal fraction of a second.
 */
const QT_STAMP = /^\[(\d{1,2}):(\d\d):(\d\d)(?:\.(\d{1,4}))?\][ \t]*(.*)$/;
/** A text descriptor: `{font:Geneva}`, `{plain}`, `{timeScale:30}`. */
const QT_DESCRIPTOR = /\{[A-Za-z][A-Za-z ]{0,30}(?::[^{}]{0,100})?\}/g;

/** Reads QuickTime text: each stamp's text a cue to the next stamp; descriptors reported. */
function qtTextToLines(
  source: string,
  options: SubtitleIngestOptions & { fps?: number },
): IngestedText {
  const lines = sourceLines(source);
  const header: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let styles = 0;
  let styleLine: number | null = null;
  let timeScale: number | null = null;
  let relative = false;
  const inline: string[] = [];
  let clock = 0;
  const entries: { startMs: number; lines: SourcedLine[] }[] = [];
  const descriptors = (text: string, line: number): string =>
    text.replace(QT_DESCRIPTOR, (d) => {
      const m = /^\{\s*([A-Za-z ]+?)\s*(?::\s*([^}]*?)\s*)?\}$/.exec(d);
      const key = (m?.[1] ?? '').toLowerCase();
      if (key === 'timescale' && Number(m?.[2]) > 0) timeScale = Number(m?.[2]);
      else if (key === 'timestamps') relative = /relative/i.test(m?.[2] ?? '');
      if (entries.length > 0) {
        styles++;
        styleLine ??= line;
        if (inline.length < 20) inline.push(d);
      }
      return '';
    });
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const stamp = line.charCodeAt(0) === 0x5b ? QT_STAMP.exec(line) : null;
    if (stamp) {
      const [h, m, sec] = [stamp[1], stamp[2], stamp[3]].map(Number) as [number, number, number];
      const fraction = stamp[4] ?? '';
      const scale: number | null = timeScale;
      const part =
        fraction === ''
          ? 0
          : scale !== null
            ? (Number(fraction) * 1000) / scale
            : Number(`0.${fraction}`) * 1000;
      if (m > 59 || sec > 59 || part >= 1000) {
        bad.push({ text: line, line: i + 1 });
        continue;
      }
      const ms = Math.round(((h * 60 + m) * 60 + sec) * 1000 + part);
      clock = relative ? clock + ms : ms;
      entries.push({ startMs: clock, lines: [] });
      const rest = descriptors(stamp[5] ?? '', i + 1).trim();
      if (rest) entries.at(-1)?.lines.push({ text: escapeCueText(rest), line: i + 1 });
      continue;
    }
    if (entries.length === 0) {
      header.push({ text: line, line: i + 1 });
      descriptors(line, i + 1);
      continue;
    }
    const text = descriptors(line, i + 1).trim();
    if (text) entries.at(-1)?.lines.push({ text: escapeCueText(text), line: i + 1 });
  }
  // Each stamp's next later time, from the end: linear.
  const later: (number | undefined)[] = new Array(entries.length);
  for (let k = entries.length - 2; k >= 0; k--) {
    const after = (entries[k + 1] as (typeof entries)[number]).startMs;
    later[k] = after > (entries[k] as (typeof entries)[number]).startMs ? after : later[k + 1];
  }
  const cues: Cue[] = [];
  for (const [k, entry] of entries.entries()) {
    if (entry.lines.length === 0) continue;
    const words = entry.lines
      .map((l) => l.text)
      .join(' ')
      .split(/\s+/).length;
    const next = later[k];
    cues.push({
      startMs: entry.startMs,
      endMs: next ?? entry.startMs + Math.max(1000, words * 400),
      lines: entry.lines,
    });
  }
  const messages: Message[] = [
    {
      ruleId: 'caption-frames',
      reason:
        timeScale === null
          ? "Read the time stamps' fractions as decimal seconds (the file gives no {timeScale:})"
          : `Read the time stamps' fractions in units of {timeScale:${timeScale}}`,
      line: 1,
      column: 1,
      severity: 'info',
    },
  ];
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-styling',
      header,
      `Dropped ${header.length} line(s) of QuickTime text descriptors (font, size, colour, time scale)`,
    ),
  );
  if (styles > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped ${styles} text descriptor(s) ({italic}, {plain} …) from the caption text`,
      line: styleLine,
      column: 1,
      severity: 'info',
      actual: inline.join(' '),
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} time stamp(s) that are no time`,
      'warning',
    ),
  );
  return cuesToLines(cues, options, [], messages);
}

/** A MicroDVD line (`.sub`): `{start frame}{end frame}` and the caption, `|` a line break. */
const MICRODVD_LINE = /^\{(\d{1,9})\}\{(\d{0,9})\}(.*)$/;
/** MicroDVD's style codes (`{y:i}`, `{c:$0000FF}`, `{f:Arial}`): how the caption looks. */
const MICRODVD_STYLE = /\{[a-zA-Z]:[^}]{0,60}\}/g;
/**
 * An MPL2 line (`.txt`, Polish players' and fansubs' format): `[start][end]` in tenths of a
 * second and the caption, `|` a line break, a `/` opening a line its italics.
 */
const MPL2_LINE = /^\[(\d{1,9})\]\[(\d{0,9})\](.*)$/;
/** MPL2's italics: a `/` opening the caption or a line of it. */
const MPL2_ITALIC = /(^|\|)[ \t]*\//g;

/** A caption text format of a cue a line: its line and its styling. */
interface LineCaptions {
  name: string;
  line: RegExp;
  style: RegExp;
}
const MICRODVD: LineCaptions = { name: 'MicroDVD', line: MICRODVD_LINE, style: MICRODVD_STYLE };
const MPL2: LineCaptions = { name: 'MPL2', line: MPL2_LINE, style: MPL2_ITALIC };

/** MicroDVD or MPL2: the first two caption lines are its lines. */
function lineCaptionsOf(head: string): LineCaptions | null {
  const lines = head.split(/\r\n|\r|\n/, 3).map((l) => l.trim());
  for (const format of [MICRODVD, MPL2])
    if (format.line.test(lines[0] ?? '') && format.line.test(lines[1] ?? '')) return format;
  return null;
}

/**
 * Reads MicroDVD or MPL2, each line a cue. MicroDVD counts frames at the rate its first line
 * gives (`{1}{1}25`, the player's convention), else `fps` (default 25); MPL2 tenths of a second.
 * Style codes and the rate line are reported.
 */
function lineCaptionsToLines(
  source: string,
  format: LineCaptions,
  options: SubtitleIngestOptions & { fps?: number },
): IngestedText {
  const lines = sourceLines(source);
  const frames = format === MICRODVD;
  let fps = options.fps ?? 25;
  const cues: Cue[] = [];
  const bad: SourcedLine[] = [];
  let styles = 0;
  let rateLine: number | null = null;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const m = format.line.exec(line);
    if (!m) {
      bad.push({ text: line, line: i + 1 });
      continue;
    }
    const text = (m[3] as string).trim();
    // `{1}{1}23.976` opening the file: the frame rate, not a caption.
    if (frames && cues.length === 0 && rateLine === null && /^\d{1,3}(?:\.\d{1,3})?$/.test(text)) {
      if (options.fps === undefined && Number(text) > 0) fps = Number(text);
      rateLine = i + 1;
      continue;
    }
    const toMs = (n: string) => (frames ? Math.round((Number(n) * 1000) / fps) : Number(n) * 100);
    const startMs = toMs(m[1] as string);
    const endMs = m[2] === '' ? startMs : toMs(m[2] as string);
    const plain = text.replace(format.style, (_, before?: string) => {
      styles++;
      return typeof before === 'string' ? before : '';
    });
    cues.push({
      startMs,
      endMs,
      lines: [{ text: escapeCueText(plain.trim()).replace(/\|/g, '<br>'), line: i + 1 }],
    });
  }
  const messages: Message[] = [];
  if (frames) {
    messages.push({
      ruleId: 'caption-frames',
      reason: `Read the frames at ${fps} fps (${rateLine !== null && options.fps === undefined ? "the file's first line" : 'set fps= to change'})`,
      line: rateLine ?? 1,
      column: 1,
      severity: 'info',
    });
  }
  if (styles > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped ${styles} ${format.name} style code(s) from the caption text`,
      line: cues[0]?.lines[0]?.line ?? null,
      column: 1,
      severity: 'info',
    });
  }
  if (bad.length > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `Dropped ${bad.length} line(s) that are no ${format.name} caption line`,
      line: bad[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: bad.map((l) => l.text).join('\n'),
    });
  }
  return cuesToLines(cues, options, [], messages);
}

/**
 * Reads SBV or SubCap: a block whose first line is a timing line is a cue; a block without one
 * continues the cue before it (a blank line inside a caption), or, before the first cue, is
 * dropped and reported. A timing-like first line whose times do not parse drops its block,
 * reported.
 *
 * @example sbvToLines('0:00:01.000,0:00:02.000\nHello.\n').text // 'Hello.'
 */
export function sbvToLines(
  source: string,
  options: SubtitleIngestOptions & { fps?: number } = {},
): IngestedText {
  const head = source
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^\{QTtext\}/i.test(head)) return qtTextToLines(source, options);
  if (looksLikeSpruce(head)) return spruceToLines(source, options);
  if (looksLikeAudacity(head)) return audacityToLines(source, options);
  if (looksLikeEncore(head)) return encoreToLines(source, options);
  const lineCaptions = lineCaptionsOf(head);
  if (lineCaptions) return lineCaptionsToLines(source, lineCaptions, options);
  const read = captionBlocks(source);
  // SubViewer 2: its header is metadata; the cues are SBV's.
  const subViewer = subViewerHeader(read.lines);
  const header: string[] = [];
  let headerLine: number | null = null;
  if (subViewer) {
    for (let i = 0; i < subViewer.end; i++) {
      const line = (read.lines[i] ?? '').trim();
      if (line === '') continue;
      header.push(line);
      headerLine ??= i + 1;
    }
  }
  // Avid SubCap / DS: the header down to `<begin subtitles>` is the preamble, though the first
  // caption follows it without a blank line.
  const preamble: SourcedLine[] = [];
  let begin = -1;
  if (!subViewer) {
    for (let i = 0; i < Math.min(read.lines.length, 12); i++) {
      if (/^\s*<begin subtitles>\s*$/i.test(read.lines[i] ?? '')) {
        begin = i;
        break;
      }
    }
    for (let i = 0; i <= begin; i++) {
      const line = (read.lines[i] ?? '').trim();
      if (line) preamble.push({ text: line, line: i + 1 });
    }
  }
  const skip = subViewer ? subViewer.end : begin + 1;
  const { lines, blocks } =
    skip > 0 ? captionBlocks(read.lines.map((l, i) => (i < skip ? '' : l)).join('\n')) : read;
  const fps = frameRate(source, options.fps);
  let subcap = false;
  const cues: Cue[] = [];
  const bad: SourcedLine[] = [];
  let cue: Cue | null = null;
  for (const [i, end] of blocks) {
    const head = (lines[i] ?? '').trim();
    const tc = SUBCAP_TIMING.exec(head);
    const startMs = tc ? parseTimeValue(tc[1] as string, fps) : null;
    const endMs = tc ? parseTimeValue(tc[2] as string, fps) : null;
    if (tc) subcap = true;
    const timing =
      startMs !== null && endMs !== null ? { startMs, endMs } : tc ? null : parseSbvTiming(head);
    let from = i;
    if (timing) {
      cue = { ...timing, lines: [] };
      cues.push(cue);
      from = i + 1;
    } else if (tc || /^\d{1,3}:\d\d[^,\s]*,/.test(head)) {
      // A timing line that does not parse (`0:00:75.000,…`): its cue cannot be placed.
      for (let j = i; j < end; j++) bad.push({ text: (lines[j] ?? '').trim(), line: j + 1 });
      cue = null;
      continue;
    }
    for (let j = from; j < end; j++) {
      const raw = (lines[j] ?? '').trim();
      // SubCap's closing marker is the file's, not a caption's.
      if (cues.length > 0 && /^<end subtitles>$/i.test(raw)) continue;
      // A SubCap caption written without a blank line before it: its timing line starts it.
      const next = subcap && raw.charCodeAt(2) === 0x3a ? SUBCAP_TIMING.exec(raw) : null;
      const nextStart = next ? parseTimeValue(next[1] as string, fps) : null;
      const nextEnd = next ? parseTimeValue(next[2] as string, fps) : null;
      if (nextStart !== null && nextEnd !== null) {
        cue = { startMs: nextStart, endMs: nextEnd, lines: [] };
        cues.push(cue);
        continue;
      }
      const escaped = escapeCueText(raw);
      const text = {
        text: escaped.replace(SUBVIEWER_BREAK, '<br>'),
        line: j + 1,
      };
      if (cue) cue.lines.push(text);
      else if (cues.length === 0) preamble.push(text);
      else bad.push(text);
    }
  }
  const messages: Message[] = [];
  if (subcap) messages.push(framesMessage(fps));
  if (bad.length > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `Dropped ${bad.length} line(s) of cues whose timing line does not parse`,
      line: bad[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: bad.map((l) => l.text).join('\n'),
    });
  }
  if (header.length > 0) {
    messages.push({
      ruleId: 'caption-metadata',
      reason: `Dropped ${header.length} line(s) of the SubViewer header (title, author, style: not spoken text)`,
      line: headerLine,
      column: 1,
      severity: 'info',
      actual: header.join('\n'),
    });
  }
  const result = cuesToLines(cues, options, preamble, messages);
  if (subViewer?.title) result.hints = { ...result.hints, title: subViewer.title };
  return result;
}
