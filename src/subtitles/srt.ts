/**
 * SRT writer. Blocks of index (from 1), `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text lines, blank line;
 * UTF-8. SRT has no escaping, and readers (ffmpeg, VLC, players) take `<b>`, `<font …>` for HTML
 * tags, `{\an8}` for ASS overrides and `\N` for a line break. So a WORD JOINER (U+2060, invisible)
 * goes after the `<` of anything that looks like a tag (only `<i>` is allowed, and we emit none),
 * after the `{` of `{\`, after the `\` of `\N`, `\n`, `\h`, and between `--` and `>`: the text
 * reads the same and no reader sees markup. Each change is reported.
 */

import type { Message, ScriptDocument } from '../core/document.ts';
import { TEMPLATE_SOURCES } from '../generated/templates.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RenderContext, TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { type CompiledSubtitles, compileShared, type SubtitleCue } from './compile.ts';
import { formatTimestamp, MAX_TIMESTAMP_MS } from './timecode.ts';

export const SRT_CONTENT_TYPE = 'application/x-subrip; charset=utf-8';

/** U+2060: invisible, never a break, splits what readers would take for markup. */
const WORD_JOINER = '\u2060';

/** True when `line` holds a character that may start markup (`<`, `{`, `\\`) or `--`. */
function mayHoldMarkup(line: string): boolean {
  // Native searches: faster than one loop over the characters here.
  return line.includes('<') || line.includes('{') || line.includes('\\') || line.includes('--');
}

/** One text line made safe for SRT; `changed` when something had to be replaced. */
export function srtSafeLine(line: string): { text: string; changed: boolean } {
  // Nearly every line has none of the characters that start markup: no regex passes then.
  if (!mayHoldMarkup(line)) return { text: line, changed: false };
  const text = line
    .replace(/--(?=>)/g, `--${WORD_JOINER}`)
    .replace(/<(?=[/A-Za-z])/g, `<${WORD_JOINER}`)
    .replace(/\{(?=\\)/g, `{${WORD_JOINER}`)
    .replace(/\\(?=[Nnh])/g, `\\${WORD_JOINER}`);
  return { text, changed: text !== line };
}

/** The view the SRT template places: every field precomputed. */
export function srtView(compiled: CompiledSubtitles): { cues: object[]; messages: Message[] } {
  const messages: Message[] = [];
  /** One line made safe, each change reported. */
  const safeLine = (cue: SubtitleCue, line: string): string => {
    const safe = srtSafeLine(line);
    if (safe.changed) messages.push(neutralized(cue, line, safe.text));
    return safe.text;
  };
  const cues = compiled.cues.map((cue: SubtitleCue) => {
    let text = '';
    for (let n = 0; n < cue.lines.length; n++) {
      text +=
        n === 0
          ? safeLine(cue, cue.lines[n] as string)
          : `\n${safeLine(cue, cue.lines[n] as string)}`;
    }
    return {
      index: cue.index,
      start: formatTimestamp(cue.startMs, ','),
      end: formatTimestamp(cue.endMs, ','),
      text,
    };
  });
  return { cues, messages };
}

/** The default SRT layout (templates/srt.mustache): each cue's index, times, text, blank line. */
const DEFAULT_SRT = '{{#cues}}\n{{index}}\n{{start}} --> {{end}}\n{{text}}\n\n{{/cues}}\n';

/**
 * The body the default layout gives for these cues, written directly (no view object per cue, no
 * template pass): the same text, each line made safe and each change reported as in
 * {@link srtView}.
 */
function defaultSrtBody(compiled: CompiledSubtitles, messages: Message[]): string {
  // One string grown piece by piece (what the template does too): a list of the pieces joined
  // at the end costs more (measured: 4 to 6 % of the SRT step at 4 and 64 KB).
  let body = '';
  for (let i = 0; i < compiled.cues.length; i++) {
    const cue = compiled.cues[i] as SubtitleCue;
    body += `${cue.index}\n${srtTimes(cue.startMs, cue.endMs)}`;
    for (let n = 0; n < cue.lines.length; n++) {
      const line = cue.lines[n] as string;
      if (!mayHoldMarkup(line)) {
        body += `\n${line}`;
        continue;
      }
      const safe = srtSafeLine(line);
      if (safe.changed) messages.push(neutralized(cue, line, safe.text));
      body += `\n${safe.text}`;
    }
    body += '\n\n';
  }
  return body;
}

/** Whole milliseconds of `ms` as `formatTimestamp(ms, ',')` writes them, or NaN. */
function srtMs(ms: number): number {
  return Math.max(0, Math.round(Math.min(MAX_TIMESTAMP_MS - 1, Math.round(ms))));
}

/** ASCII code of digit `d` (0-9). */
const digit = (d: number): number => 48 + d;

/**
 * `HH:MM:SS,mmm --> HH:MM:SS,mmm` for a cue's times (what `formatTimestamp(ms, ',')` gives for
 * each), made as one string from its character codes.
 */
function srtTimes(startMs: number, endMs: number): string {
  const a = srtMs(startMs);
  const b = srtMs(endMs);
  if (!Number.isFinite(a) || !Number.isFinite(b))
    return `${formatTimestamp(startMs, ',')} --> ${formatTimestamp(endMs, ',')}`;
  const ah = Math.floor(a / 3_600_000);
  const am = Math.floor(a / 60_000) % 60;
  const as = Math.floor(a / 1000) % 60;
  const af = a % 1000;
  const bh = Math.floor(b / 3_600_000);
  const bm = Math.floor(b / 60_000) % 60;
  const bs = Math.floor(b / 1000) % 60;
  const bf = b % 1000;
  return String.fromCharCode(
    digit(Math.floor(ah / 10)),
    digit(ah % 10),
    58,
    digit(Math.floor(am / 10)),
    digit(am % 10),
    58,
    digit(Math.floor(as / 10)),
    digit(as % 10),
    44,
    digit(Math.floor(af / 100)),
    digit(Math.floor(af / 10) % 10),
    digit(af % 10),
    32,
    45,
    45,
    62,
    32,
    digit(Math.floor(bh / 10)),
    digit(bh % 10),
    58,
    digit(Math.floor(bm / 10)),
    digit(bm % 10),
    58,
    digit(Math.floor(bs / 10)),
    digit(bs % 10),
    44,
    digit(Math.floor(bf / 100)),
    digit(Math.floor(bf / 10) % 10),
    digit(bf % 10),
  );
}

function neutralized(cue: SubtitleCue, line: string, text: string): Message {
  return {
    ruleId: 'srt-markup-neutralized',
    reason: `Cue ${cue.index}: text that SRT readers take for markup was replaced.`,
    line: cue.line,
    column: null,
    severity: 'info',
    actual: line,
    expected: [text],
  };
}

/**
 * `output=srt`.
 *
 * @example renderSrt(doc, optionsSchema().parse({ profile: 'bbc' })).body // '1\n00:00:00,000 --> …'
 */
export const renderSrt: TextRenderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => {
  const compiled = compileShared(doc, options, context?.subtitles);
  if (options.template === 'default' && TEMPLATE_SOURCES.srt === DEFAULT_SRT) {
    const messages: Message[] = [];
    const body = defaultSrtBody(compiled, messages);
    return {
      body,
      contentType: SRT_CONTENT_TYPE,
      extension: 'srt',
      messages: [...compiled.messages, ...messages],
    };
  }
  const view = srtView(compiled);
  return {
    body: renderTemplate('srt', options.template, { cues: view.cues }),
    contentType: SRT_CONTENT_TYPE,
    extension: 'srt',
    messages: [...compiled.messages, ...view.messages],
  };
};
