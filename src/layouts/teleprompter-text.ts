import { formatRunningTime } from '../core/clock.ts';
import type { ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { TextOutput } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { compileScript, type ScriptItem } from './script.ts';
import { appendAll, wrapText } from './text.ts';

/** One block of prompter text: its lines, already wrapped. */
export interface TextBlockView {
  lines: string[];
  /** The last block gets no blank line after it. */
  last: boolean;
}

export interface TeleprompterTextView {
  slug: string;
  widthColumns: number;
  blocks: TextBlockView[];
}

function itemLines(item: ScriptItem, full: boolean, wrap: (s: string) => string[]): string[] {
  const cue = (s: string): string[] => wrap(`[${s}]`);
  const lines: string[] = [];
  if (item.marker !== null) appendAll(lines, cue(item.marker));
  switch (item.segment) {
    case 'headline':
    case 'direction':
      if (item.cue !== null) appendAll(lines, cue(item.cue));
      break;
    case 'sot':
      for (const s of [item.cue, item.inCue, item.outCue, item.runsCue]) {
        if (s !== null) appendAll(lines, cue(s));
      }
      if (full) appendAll(lines, cue(item.text));
      break;
    default:
      if (item.cue !== null) appendAll(lines, cue(item.cue));
      appendAll(lines, wrap(item.text));
  }
  return lines;
}

/**
 * Plain text for hardware prompters: every line at most `width` columns (graphemes, wide CJK
 * count two), cues in square brackets (prompters drop bracketed text from the read), a blank
 * line between blocks, optional all caps.
 */
export function compileTeleprompterText(
  doc: ScriptDocument,
  options: ResolvedOptions,
): TeleprompterTextView {
  const script = compileScript(doc, {
    uppercase: options.uppercase,
    typography: options.typography,
  });
  const wrap = (s: string): string[] => wrapText(s, options.width);
  const blocks: TextBlockView[] = [
    { lines: wrap(`[${script.slug} TRT ${formatRunningTime(script.totalMs)}]`), last: false },
  ];
  for (const item of script.items) {
    const lines = itemLines(item, options.sot === 'full', wrap);
    if (lines.length > 0) blocks.push({ lines, last: false });
  }
  blocks.push({ lines: ['[END]'], last: true });
  return { slug: script.slug, widthColumns: options.width, blocks };
}

/** `output=teleprompter-text`: UTF-8 plain text. */
export function renderTeleprompterText(doc: ScriptDocument, options: ResolvedOptions): TextOutput {
  const view = compileTeleprompterText(doc, options);
  return {
    body: renderTemplate('teleprompter-text', options.template, view),
    contentType: 'text/plain; charset=utf-8',
    extension: 'txt',
    messages: [],
  };
}
