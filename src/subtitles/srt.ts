/**
 * SRT writer. Blocks of index (from 1), `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text lines, blank line;
 * UTF-8. SRT has no escaping, so text that a reader would take for markup is neutralized: a `<`
 * that would open a tag becomes `‹` (only `<i>` is allowed, and we emit none), `{\` (an ASS
 * override for ffmpeg) becomes `(\`, and `-->` becomes `->`. Each change is reported.
 */

import type { Message, ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Renderer } from '../outputs/index.ts';
import { renderTemplate } from '../templates.ts';
import { type CompiledSubtitles, compileSubtitles, type SubtitleCue } from './compile.ts';
import { formatTimestamp } from './timecode.ts';

export const SRT_CONTENT_TYPE = 'application/x-subrip; charset=utf-8';

/** One text line made safe for SRT; `changed` when something had to be replaced. */
export function srtSafeLine(line: string): { text: string; changed: boolean } {
  const text = line
    .replace(/-->/g, '->')
    .replace(/<(?=[/A-Za-z])/g, '‹')
    .replace(/\{(?=\\)/g, '(');
  return { text, changed: text !== line };
}

/** The view the SRT template places: every field precomputed. */
export function srtView(compiled: CompiledSubtitles): { cues: object[]; messages: Message[] } {
  const messages: Message[] = [];
  const cues = compiled.cues.map((cue: SubtitleCue) => {
    const lines = cue.lines.map((line) => {
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
    });
    return {
      index: cue.index,
      start: formatTimestamp(cue.startMs, ','),
      end: formatTimestamp(cue.endMs, ','),
      text: lines.join('\n'),
    };
  });
  return { cues, messages };
}

/**
 * `output=srt`.
 *
 * @example renderSrt(doc, optionsSchema.parse({ profile: 'bbc' })).body // '1\n00:00:00,000 --> …'
 */
export const renderSrt: Renderer = (doc: ScriptDocument, options: ResolvedOptions) => {
  const compiled = compileSubtitles(doc, options);
  const view = srtView(compiled);
  return {
    body: renderTemplate('srt', options.template, { cues: view.cues }),
    contentType: SRT_CONTENT_TYPE,
    extension: 'srt',
    messages: [...compiled.messages, ...view.messages],
  };
};
