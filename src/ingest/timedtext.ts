/**
 * YouTube's own caption XML, as its `timedtext` endpoint and downloaders (`--sub-format srv3`,
 * `srv1`) save it, as timed input: each caption becomes a cue and takes the path SRT and WebVTT
 * take.
 * - srv3 (`<timedtext format="3">`): `<p t="1200" d="2400">` in ms; in auto-captions each word a
 *   `<s>`, whose `t` is its time from the caption's start (an inline cue timestamp then);
 * - srv2 (`<timedtext>` with `<text t d>`), ms as srv3;
 * - srv1 (`<transcript><text start="1.2" dur="2.4">`), seconds; its text escaped twice (`&amp;#39;`:
 *   the second reference is left to the core, which decodes and reports it).
 * `<head>` (pens, window styles) is layout, reported as `caption-styling`.
 */
import { formatHms } from '../core/clock.ts';
import type { Message } from '../core/document.ts';
import { type HtmlElement, type HtmlNode, parseHtml } from './html-tree.ts';
import type { IngestedText, SourcedLine } from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/** The root element after the XML prolog: `<timedtext` or `<transcript>` holding `<text`. */
const ROOT =
  /^(?:\uFEFF)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,500}-->\s*)?<(timedtext|transcript)[\s>]/;

/** True when the text is YouTube caption XML (see the module comment). */
export function looksLikeTimedText(text: string): boolean {
  const head = text.slice(0, 1024);
  const root = ROOT.exec(head);
  if (!root) return false;
  return root[1] === 'timedtext' || /<text\s[^>]{0,100}start=/.test(head);
}

/** A time attribute: whole ms (`t`, `d`), or seconds (`start`, `dur`); null when absent or bad. */
function timeOf(el: HtmlElement, ms: string, seconds: string): number | null {
  const m = el.attrs[ms];
  const s = el.attrs[seconds];
  const value = m !== undefined ? Number(m) : s !== undefined ? Number(s) * 1000 : Number.NaN;
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** Text of a node as cue text: words escaped, `<br>` and newlines break the line. */
function cueText(node: HtmlNode, start: number, out: string[]): void {
  if (node.type === 'text') {
    const parts = node.value.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) out.push('\n');
      out.push(escapeCueText(part));
    });
    return;
  }
  if (node.type !== 'element') return;
  if (node.tagName === 'br') {
    out.push('\n');
    return;
  }
  // An auto-caption word's own time, from the caption's start.
  const offset = node.tagName === 's' ? Number(node.attrs.t) : 0;
  if (offset > 0 && Number.isFinite(offset)) out.push(`<${formatHms(start + offset, '.')}>`);
  for (const child of node.children) cueText(child, start, out);
}

/**
 * Reads YouTube caption XML to cues: a caption with no text (srv3's appended line breaks) is
 * skipped; one whose time does not parse is dropped and reported (`caption-bad-cue`).
 *
 * @example timedTextToLines('<timedtext><body><p t="0" d="900">Hi.</p></body></timedtext>').text // 'Hi.'
 */
export function timedTextToLines(
  source: string,
  options: SubtitleIngestOptions = {},
): IngestedText {
  const { root } = parseHtml(source);
  const cues: Cue[] = [];
  const messages: Message[] = [];
  const bad: SourcedLine[] = [];
  let head: HtmlElement | null = null;
  // Iterative walk: captions are `<p>` (srv3) or `<text>` (srv1, srv2), anywhere under the root.
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node.type !== 'element') continue;
    if (node.tagName === 'head') {
      head ??= node;
      continue;
    }
    if (node.tagName !== 'p' && node.tagName !== 'text') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
      continue;
    }
    const start = timeOf(node, 't', 'start');
    const duration = timeOf(node, 'd', 'dur');
    const parts: string[] = [];
    for (const child of node.children) cueText(child, start ?? 0, parts);
    const lines = parts
      .join('')
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text !== '' && !/^(?:<[\d:.]+>)+$/.test(text));
    if (lines.length === 0) continue;
    if (start === null || duration === null || duration < 0) {
      bad.push({ text: lines.join(' '), line: node.line });
      continue;
    }
    cues.push({
      startMs: start,
      endMs: start + duration,
      lines: lines.map((text) => ({ text, line: node.line })),
    });
  }
  if (head) {
    messages.push({
      ruleId: 'caption-styling',
      reason: 'Dropped the captions’ pens and window styles (<head>): layout, not transcript text',
      line: head.line,
      column: head.column,
      severity: 'info',
    });
  }
  if (bad.length > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `Dropped ${bad.length} caption(s) whose time does not parse`,
      line: bad[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: bad.map((l) => l.text).join('\n'),
    });
  }
  return cuesToLines(cues, options, [], messages);
}
