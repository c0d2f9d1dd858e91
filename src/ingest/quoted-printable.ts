/**
 * A transcript copied from an e-mail's source (a saved `.eml`, "show original"), its text still
 * in the mail's quoted-printable transfer encoding (RFC 2045 §6.7): lines broken at 76 columns
 * by a soft break (`=` at the line's end: `…to cov=` / `er tonight`), and every byte beyond ASCII
 * written as `=XX` (`It=E2=80=99s` is `It’s` in UTF-8). Read as the text it encodes when the
 * encoding says so (a `Content-Transfer-Encoding: quoted-printable` line), or when its marks do:
 * two soft breaks or more and an escaped byte, or three escaped UTF-8 characters. The bytes are
 * UTF-8, else Windows-1252 (an older mail's `=92` for `’`). Each line of the result maps to the
 * source line it starts on.
 */
import type { Message } from '../core/document.ts';
import type { IngestedText } from './lines.ts';

/** The mail header that names the encoding. */
const DECLARED = /^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$/im;
/** An escaped byte: `=` and two upper-case hex digits. */
const ESCAPED_BYTE = /=[0-9A-F]{2}/g;
/** A UTF-8 character of two or three bytes, escaped (`=C3=A9`, `=E2=80=99`). */
const ESCAPED_UTF8 = /=(?:C[2-9A-F]|D[0-9A-F])=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}/g;
/** Longest text looked at (a mail is far shorter). */
const MAX_CHARS = 4 << 20;

function count(pattern: RegExp, text: string, enough: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < enough && pattern.exec(text) !== null) n++;
  return n;
}

/** Soft line breaks: a line ending in a single `=` (not `==`, a heading's rule). */
function softBreaks(text: string, enough: number): number {
  let n = 0;
  for (let at = text.indexOf('=\n'); at !== -1 && n < enough; at = text.indexOf('=\n', at + 2))
    if (text.charCodeAt(at - 1) !== 0x3d) n++;
  return n;
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The text `source` encodes when it is quoted-printable (see the module comment), or null.
 *
 * @example quotedPrintableText('It=E2=80=99s a lo=\nng day. Caf=C3=A9 =E2=80=94 ok')?.text
 * // 'It’s a long day. Café — ok'
 */
export function quotedPrintableText(source: string): IngestedText | null {
  if (source.length > MAX_CHARS || !source.includes('=')) return null;
  const text = source.replace(/\r\n/g, '\n');
  const declared = DECLARED.test(text);
  if (
    !declared &&
    !(softBreaks(text, 2) >= 2 && count(ESCAPED_BYTE, text, 1) >= 1) &&
    count(ESCAPED_UTF8, text, 3) < 3
  )
    return null;
  const lines = text.split('\n');
  const outLines: string[] = [];
  const sourceLines: number[] = [];
  let bytes: number[] = [];
  let pending: number | null = null;
  const flushBytes = (into: string): string => {
    if (bytes.length === 0) return into;
    const decoded = decodeBytes(Uint8Array.from(bytes));
    bytes = [];
    return into + decoded;
  };
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    pending ??= i + 1;
    // A soft break: the line goes on on the next one.
    const soft = raw.endsWith('=') && !raw.endsWith('==');
    const body = soft ? raw.slice(0, -1) : raw;
    let from = 0;
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) !== 0x3d) continue;
      const hex = body.slice(k + 1, k + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) continue;
      if (k > from) {
        current = flushBytes(current);
        current += body.slice(from, k);
      }
      bytes.push(Number.parseInt(hex, 16));
      from = k + 3;
      k += 2;
    }
    if (from < body.length) {
      current = flushBytes(current);
      current += body.slice(from);
    }
    if (soft) continue;
    current = flushBytes(current);
    outLines.push(current);
    sourceLines.push(pending);
    current = '';
    pending = null;
  }
  if (current !== '' || bytes.length > 0) {
    outLines.push(flushBytes(current));
    sourceLines.push(pending ?? lines.length);
  }
  const messages: Message[] = [
    {
      ruleId: 'quoted-printable',
      reason: `Read the text as the e-mail's quoted-printable encoding${declared ? ' it declares' : ''}: soft line breaks joined, =XX bytes decoded`,
      line: 1,
      column: 1,
      severity: 'info',
    },
  ];
  return { text: outLines.join('\n'), sourceLines, messages };
}
