/**
 * Avid SubCap captions (Media Composer's SubCap effect, exported as text): header lines (`@`
 * comments, `<begin subtitles>`), then captions, each a line of two timecodes
 * (`00:00:01:00 00:00:03:12`, frames; `;` drop-frame) over its text, a blank line between, and
 * `<end subtitles>`. Each caption becomes a cue and takes the path SRT and WebVTT take. SubCap
 * does not say its frame rate: frames are read at `fps` (the video's, default 25), or at 30 when
 * a frame number is past it (`caption-frames`).
 */
import type { Message } from '../core/document.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import type { IngestedText, SourcedLine } from './lines.ts';
import {
  type Cue,
  captionBlocks,
  cuesToLines,
  escapeCueText,
  type SubtitleIngestOptions,
} from './subtitles.ts';

/** Two timecodes, frames after the last `:` or `;`. Bounded repeats: linear. */
const TIMING = /^(\d\d:\d\d:\d\d[:;.]\d\d)[ \t]+(\d\d:\d\d:\d\d[:;.]\d\d)$/;

/** True when the text opens with SubCap's header (`@ …` comments, `<begin subtitles>`). */
export function looksLikeSubcap(text: string): boolean {
  return /^(?:\uFEFF)?(?:[ \t]*(?:@[^\n]{0,200})?\r?\n){0,8}[ \t]*<begin subtitles>/i.test(
    text.slice(0, 2048),
  );
}

/**
 * Reads SubCap to cues; the header and `<end subtitles>` are not text. A caption whose timing
 * does not parse is dropped (`caption-bad-cue`, its lines in `actual`).
 *
 * @example subcapToLines('<begin subtitles>\n00:00:01:00 00:00:02:00\nHi.\n<end subtitles>').text // 'Hi.'
 */
export function subcapToLines(
  source: string,
  options: SubtitleIngestOptions & { fps?: number } = {},
): IngestedText {
  const { lines, blocks } = captionBlocks(source);
  const timed: { cue: Cue; start: string; end: string }[] = [];
  const bad: SourcedLine[] = [];
  let maxFrame = 0;
  let cue: Cue | null = null;
  for (const [i, end] of blocks) {
    for (let j = i; j < end; j++) {
      const line = (lines[j] ?? '').trim();
      if (/^<(?:begin|end) subtitles>$/i.test(line) || line.startsWith('@')) continue;
      const timing = TIMING.exec(line);
      if (timing) {
        cue = { startMs: 0, endMs: 0, lines: [] };
        timed.push({ cue, start: timing[1] as string, end: timing[2] as string });
        for (const tc of [timing[1], timing[2]])
          maxFrame = Math.max(maxFrame, Number(tc?.slice(-2)));
      } else if (cue) cue.lines.push({ text: escapeCueText(line), line: j + 1 });
      else bad.push({ text: line, line: j + 1 });
    }
    cue = null;
  }
  const given = options.fps ?? 25;
  const fps = maxFrame >= Math.round(given) ? 30 : given;
  const cues: Cue[] = [];
  for (const { cue: c, start, end } of timed) {
    const from = parseTimeValue(start.replace('.', ':'), fps);
    const to = parseTimeValue(end.replace('.', ':'), fps);
    if (from === null || to === null) {
      bad.push(...c.lines);
      continue;
    }
    c.startMs = from;
    c.endMs = to;
    cues.push(c);
  }
  const messages: Message[] = [
    {
      ruleId: 'caption-frames',
      reason: `Read the SubCap timecodes' frames at ${fps} fps${fps === given ? '' : `: a frame number is past ${given}`} (SubCap does not say its frame rate; set fps=)`,
      line: 1,
      column: 1,
      severity: 'info',
    },
  ];
  if (bad.length > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `Dropped ${bad.length} line(s) outside a caption with a timing that parses`,
      line: bad[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: bad.map((l) => l.text).join('\n'),
    });
  }
  return cuesToLines(cues, options, [], messages);
}
