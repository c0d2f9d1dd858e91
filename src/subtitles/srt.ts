/**
 * SRT writer. Blocks of index (from 1), `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text lines, blank line;
 * UTF-8. SRT has no escaping, and readers (ffmpeg, VLC, players) take `<b>`, `<font …>` for HTML
 * tags, `{\an8}` for ASS overrides and `\N` for a line break. So a WORD JOINER (U+2060, invisible)
 * goes after the `<` of anything that looks like a tag (only `<i>` is allowed, and we emit none),
 * after the `{` of `{\`, after the `\` of `\N`, `\n`, `\h`, and between `--` and `>`: the text
 * reads the same and no reader sees markup. Each change is reported.
 */

import type { Message, ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RenderContext, TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { type CompiledSubtitles, compileShared, type SubtitleCue } from './compile.ts';
import { formatTimestamp } from './timecode.ts';

export const SRT_CONTENT_TYPE = 'application/x-subrip; charset=utf-8';

/** U+2060: invisible, never a break, splits what readers would take for markup. */
const WORD_JOINER = '\u2060';

/** One text line made safe for SRT; `changed` when something had to be replaced. */
export function srtSafeLine(line: string): { text: string; changed: boolean } {
  // Nearly every line has none of the characters that start markup: no regex passes then.
  if (!line.includes('<') && !line.includes('{') && !line.includes('\\') && !line.includes('--')) {
    return { text: line, changed: false };
  }
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
    if (safe.changed) {
      messages.push({
        ruleId: 'srt-markup-neutralized',
        reason: `Cue ${cue.index}: text that SRT readers take for markup was replaced.`,
        line: cue.line,
        column: null,
        severity: 'info',
        actual: line,
        expected: [safe.text],
      });
    }
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
  const view = srtView(compiled);
  return {
    body: renderTemplate('srt', options.template, { cues: view.cues }),
    contentType: SRT_CONTENT_TYPE,
    extension: 'srt',
    messages: [...compiled.messages, ...view.messages],
  };
};
