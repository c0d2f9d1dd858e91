/**
 * A transcript whose line breaks arrive written out as `\n` (a JSON string's value copied with its
 * escapes, a CMS field or a webhook that encoded the text twice): `JANE DOE: Good evening.\n\nTOM
 * BECKER: Thanks.`. Read as the text it encodes, its lines and paragraphs back, when it has two
 * escaped breaks or more and less than half as many real line breaks. The JSON string escapes
 * that come with them (`\t`, `\"`, `\\`, `\/`, `\u2019`) are read too; each line of the result
 * maps to the source line its escape was on.
 */
import type { Message } from '../core/document.ts';
import type { IngestedText } from './lines.ts';

/** Fewest escaped line breaks read as the text's own. */
const MIN_ESCAPED_BREAKS = 2;

/** The simple escapes of a JSON string, by their letter. */
const SIMPLE: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

/** Counts `\n` escapes (a backslash, then `n`) and real line feeds, in one pass. */
function countBreaks(text: string): { escaped: number; real: number } {
  let escaped = 0;
  let real = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) real++;
    else if (c === 0x5c) {
      if (text.charCodeAt(i + 1) === 0x6e) escaped++;
      // An escaped backslash (`\\n` is a backslash and an n) is skipped whole.
      i++;
    }
  }
  return { escaped, real };
}

/**
 * The text `source` encodes when its line breaks are written as `\n` (see the module comment),
 * or null when they are not.
 *
 * @example unescapedText('A: Hi.\\n\\nB: Hello.')?.text // 'A: Hi.\n\nB: Hello.'
 */
export function unescapedText(source: string): IngestedText | null {
  const { escaped, real } = countBreaks(source);
  if (escaped < MIN_ESCAPED_BREAKS || 2 * real >= escaped) return null;
  // A JSON string pasted with its quotes: `"JANE: …\n…"`.
  const body =
    source.length >= 2 && source.startsWith('"') && source.trimEnd().endsWith('"')
      ? source.slice(1, source.trimEnd().length - 1)
      : source;
  let out = '';
  const sourceLines: number[] = [];
  let line = 1;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a) {
      out += body.slice(from, i + 1);
      sourceLines.push(line);
      line++;
      from = i + 1;
      continue;
    }
    if (c !== 0x5c) continue;
    const next = body.charAt(i + 1);
    let value = SIMPLE[next];
    let length = 2;
    if (value === undefined && next === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      value = String.fromCharCode(Number.parseInt(body.slice(i + 2, i + 6), 16));
      length = 6;
    }
    if (value === undefined) continue;
    out += body.slice(from, i);
    // `\r\n` is one break; a lone `\r` is one too.
    if (next === 'r' && body.charAt(i + 2) === '\\' && body.charAt(i + 3) === 'n') {
      value = '\n';
      length = 4;
    } else if (next === 'r') value = '\n';
    out += value;
    if (value === '\n') sourceLines.push(line);
    from = i + length;
    i += length - 1;
  }
  out += body.slice(from);
  sourceLines.push(line);
  const messages: Message[] = [
    {
      ruleId: 'escaped-line-breaks',
      reason: `Read ${escaped} line break(s) written as \\n (a JSON string's escapes) as line breaks`,
      line: 1,
      column: 1,
      severity: 'info',
    },
  ];
  return { text: out, sourceLines, messages };
}
