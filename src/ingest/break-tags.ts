/**
 * A CMS field's text whose lines are parted by line break tags and nothing else of HTML
 * (`JANE DOE: Good evening.<br>TOM BECKER: Thanks.<br><br>…`): each tag is the line break it
 * stands for, so the text is read as the lines it was (two tags in a row, a blank line between
 * paragraphs), each line mapped to the input line its tag was on. Two tags or more, and more of
 * them than real line breaks; other inline tags (`<b>`, `<i>`) are left to the core, as in any
 * text.
 */
import type { Message } from '../core/document.ts';
import type { IngestedText } from './lines.ts';

/** A line break tag: `<br>`, `<br/>`, `<br />`, in any case. */
const BREAK_TAG = /<br\s{0,8}\/?>/gi;
/** Longest text whose break tags are counted (a CMS field is far shorter). */
const MAX_CHARS = 4 << 20;

/**
 * The text with its break tags read as line breaks (see the module comment), or null when it
 * has none to read so.
 *
 * @example breakTagsText('A: Hi.<br>B: Hello.<br><br>A: Bye.')?.text // 'A: Hi.\nB: Hello.\n\nA: Bye.'
 */
export function breakTagsText(input: string): IngestedText | null {
  if (input.length > MAX_CHARS || !/<br/i.test(input)) return null;
  let tags = 0;
  BREAK_TAG.lastIndex = 0;
  while (BREAK_TAG.exec(input) !== null) tags++;
  if (tags < 2) return null;
  let breaks = 0;
  for (let at = input.indexOf('\n'); at !== -1 && breaks < tags; at = input.indexOf('\n', at + 1))
    breaks++;
  if (breaks >= tags) return null;
  const sourceLines: number[] = [];
  let line = 1;
  let out = '';
  let from = 0;
  BREAK_TAG.lastIndex = 0;
  for (let m = BREAK_TAG.exec(input); m !== null; m = BREAK_TAG.exec(input)) {
    const piece = input.slice(from, m.index);
    for (const c of piece) if (c === '\n') sourceLines.push(line++);
    out += `${piece}\n`;
    sourceLines.push(line);
    from = m.index + m[0].length;
    // A tag right before a real line break is that break (`…<br>\n…`).
    if (input.charCodeAt(from) === 0x0d) from++;
    if (input.charCodeAt(from) === 0x0a) {
      from++;
      line++;
    }
  }
  const rest = input.slice(from);
  for (const c of rest) if (c === '\n') sourceLines.push(line++);
  out += rest;
  sourceLines.push(line);
  const messages: Message[] = [
    {
      ruleId: 'break-tags',
      reason: `Read ${tags} line break tag(s) (<br>) as line breaks`,
      line: 1,
      column: 1,
      severity: 'info',
    },
  ];
  return { text: out, sourceLines, messages };
}
