/**
 * `Content-Disposition: attachment` (RFC 6266) with a plain ASCII `filename` for old clients and
 * the exact name as `filename*` (RFC 8187 UTF-8 encoding) for the rest.
 */
import { lazyRegExp } from '../core/lazy.ts';

const COMBINING_MARKS = lazyRegExp(String.raw`\p{M}`, 'gu');
/** Control and format characters, path separators and quotes: not in a file name. */
const UNSAFE_IN_NAME = lazyRegExp(String.raw`[\p{Cc}\p{Cf}/\\"]+`, 'gu');

/** The ASCII fallback of a file name stem: accents folded, anything else a dash. */
export function asciiFileStem(stem: string): string {
  const folded = stem.slice(0, 100).normalize('NFKD').replace(COMBINING_MARKS, '');
  let out = '';
  for (const ch of folded) {
    out += /[A-Za-z0-9._-]/.test(ch) ? ch : '-';
  }
  out = out.replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return out || 'script';
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const ATTR_CHAR = /[A-Za-z0-9!#$&+.^_`|~-]/;

function encodeRfc8187(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const ch = String.fromCharCode(byte);
    out +=
      byte < 0x80 && ATTR_CHAR.test(ch)
        ? ch
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The header value for downloading `<stem>.<extension>`; the stem loses path separators,
 * quotes and control characters.
 *
 * @example attachment('KURIL-ISLANDS', 'srt') // 'attachment; filename="KURIL-ISLANDS.srt"; filename*=UTF-8\'\'KURIL-ISLANDS.srt'
 */
export function attachment(stem: string, extension: string): string {
  const clean = stem.slice(0, 100).replace(UNSAFE_IN_NAME, '-').trim() || 'script';
  const ascii = `${asciiFileStem(clean)}.${asciiFileStem(extension)}`;
  const utf8 = `${clean}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(utf8)}`;
}
