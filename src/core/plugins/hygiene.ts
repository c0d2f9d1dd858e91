/**
 * Text hygiene, one plugin per concern, each working line by line on the paragraphs' source
 * segments so every change is reported at the line it happened:
 * - `repairMojibake`: UTF-8 read as Windows-1252 or Latin-1 (`â€™` → `’`), repaired.
 * - `stripMarkup`: stray HTML tags (`<s>`), character references (`&amp;`), markdown escapes (`\[`).
 * - `cleanWhitespace`: control and zero-width characters, no-break spaces, tabs, runs of spaces,
 *   Unicode NFC.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isInlineSpaceCode, isInvisibleCode } from '../chars.ts';
import { decodeEntities } from '../entities.ts';
import { report, Tally } from '../report.ts';
import type { Paragraph, Root } from '../tree.ts';

/** Applies `fix` to every source line of every paragraph, then re-joins the paragraph text. */
function eachSegment(tree: Root, fix: (text: string, line: number) => string): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    let changed = false;
    for (const seg of node.segments) {
      const fixed = fix(seg.text, seg.line);
      if (fixed !== seg.text) {
        seg.text = fixed;
        changed = true;
      }
    }
    if (changed) node.value = joinSegments(node);
  }
}

function joinSegments(node: Paragraph): string {
  // Array#join makes one flat string; `a + b` chains would leave a rope every later scan pays for.
  const parts: string[] = [];
  for (const seg of node.segments) {
    const t = seg.text.trim();
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

// --- mojibake -------------------------------------------------------------------------------

/** Windows-1252 characters for bytes 0x80–0x9F (the rest of the byte range is Latin-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252].map((ch, i) => [ch, 0x80 + i]));
const MAX_MOJIBAKE_PASSES = 3;

function byteOf(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_BYTE.get(ch) ?? -1;
}

/** Russian and Ukrainian letters: what Cyrillic mojibake in these transcripts stands for. */
const CYRILLIC =
  /^[\u0401\u0404\u0406\u0407\u040e\u0410-\u044f\u0451\u0454\u0456\u0457\u045e\u0490\u0491]$/;

/**
 * Characters mojibake stands for in news text: Latin letters with accents, Greek, Russian and
 * Ukrainian letters, punctuation, currency, ™ and №, emoji. Anything else (a C1 control, a
 * Canadian syllable) means the bytes were meant as they are: `Â’` is a letter and a quote.
 */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x370 && cp <= 0x3ff) ||
    CYRILLIC.test(String.fromCodePoint(cp)) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  );
}

/** Decodes one UTF-8 sequence of 2–4 bytes, or returns null if it is not valid UTF-8. */
function decodeUtf8(bytes: number[]): string | null {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bytes;
  let cp: number;
  if (bytes.length === 2) cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  else if (bytes.length === 3) cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  else cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  const min = bytes.length === 2 ? 0x80 : bytes.length === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return plausible(cp) ? String.fromCodePoint(cp) : null;
}

/**
 * True when `text` ending in `ch` would end in a mojibake sequence a later pass would repair
 * (`Ã` + `’` reads as `Ò`). Typography asks before it writes a curly quote.
 */
export function endsInMojibake(text: string, ch: string): boolean {
  const last = byteOf(ch);
  if (last < 0x80 || last > 0xbf) return false;
  for (let need = 1; need <= 3; need++) {
    const start = text.length - need;
    if (start < 0) return false;
    const lead = byteOf(text[start]);
    const expected =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (expected === need) {
      const bytes = [lead];
      for (let k = start + 1; k < text.length; k++) bytes.push(byteOf(text[k]));
      bytes.push(last);
      if (bytes.slice(1).every((b) => b >= 0x80 && b <= 0xbf) && decodeUtf8(bytes) !== null)
        return true;
    }
  }
  return false;
}

/** One left-to-right pass replacing mojibake sequences; returns the text and what it replaced. */
function repairMojibakeOnce(text: string): { text: string; fixes: string[] } {
  let out = '';
  const fixes: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const b0 = byteOf(ch);
    const need =
      b0 >= 0xc2 && b0 <= 0xdf
        ? 1
        : b0 >= 0xe0 && b0 <= 0xef
          ? 2
          : b0 >= 0xf0 && b0 <= 0xf4
            ? 3
            : 0;
    if (need > 0) {
      const bytes = [b0];
      for (let k = 1; k <= need; k++) {
        const b = byteOf(text[i + k]);
        if (b < 0x80 || b > 0xbf) break;
        bytes.push(b);
      }
      const decoded = bytes.length === need + 1 ? decodeUtf8(bytes) : null;
      if (decoded !== null) {
        fixes.push(text.slice(i, i + need + 1));
        out += decoded;
        i += need + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return { text: out, fixes };
}

/** Unicode NFC first, so every later step sees composed characters (`Š`, not `S` + caron). */
export const normalizeUnicode: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const nfc = new Tally();
  eachSegment(tree, (text, line) => {
    const normalized = text.normalize('NFC');
    if (normalized !== text) nfc.add(line);
    return normalized;
  });
  nfc.flush(file, 'unicode-normalization', (_n, l) => `Normalized ${l} line(s) to Unicode NFC`);
};

/** A lead byte of a 2–4 byte UTF-8 sequence read as Latin-1/Windows-1252: no mojibake without one. */
const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;

export const repairMojibake: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  eachSegment(tree, (text, line) => {
    if (!MOJIBAKE_LEAD.test(text)) return text;
    let current = text;
    const fixes: string[] = [];
    for (let pass = 0; pass < MAX_MOJIBAKE_PASSES; pass++) {
      const result = repairMojibakeOnce(current);
      if (result.fixes.length === 0) break;
      fixes.push(...result.fixes);
      current = result.text;
    }
    if (fixes.length > 0) {
      report(
        file,
        'mojibake',
        `Repaired ${fixes.length} garbled character(s) (UTF-8 read as Windows-1252): ${fixes.slice(0, 3).join(' ')}`,
        {
          line,
          severity: 'warning',
          actual: fixes.join(' '),
        },
      );
    }
    return current;
  });
};

// --- markup ---------------------------------------------------------------------------------

const HTML_ELEMENTS = new Set(
  (
    'a abbr b big blockquote br cite code del dfn div em font h1 h2 h3 h4 h5 h6 hr i img ins ' +
    'kbd li mark ol p pre q s samp small span strike strong sub sup table tbody td th thead tr ' +
    'tt u ul wbr section article header footer nav figure figcaption'
  ).split(' '),
);
const MARKDOWN_ESCAPABLE = '[]()*_#!`>{}.-+|~<';
const MAX_MARKUP_PASSES = 10;

/** Removes known HTML tags (keeping their content); `<br>` becomes a space. */
function stripTagsOnce(text: string): { text: string; removed: string[] } {
  let out = '';
  const removed: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, lt);
    const gt = text.indexOf('>', lt + 1);
    const inner = gt === -1 || gt - lt > 200 ? '' : text.slice(lt + 1, gt);
    const m = /^\/?([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?\/?$/.exec(inner);
    const name = m?.[1]?.toLowerCase();
    if (name && HTML_ELEMENTS.has(name)) {
      removed.push(text.slice(lt, gt + 1));
      if (name === 'br' || name === 'p' || name === 'div') out += ' ';
      i = gt + 1;
    } else {
      out += '<';
      i = lt + 1;
    }
  }
  return { text: out, removed };
}

/** Drops backslashes that escape markdown punctuation (`\[` → `[`), a whole run at a time. */
function unescapeMarkdown(text: string): { text: string; count: number } {
  let out = '';
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '\\') {
      out += text[i];
      i++;
      continue;
    }
    let j = i;
    while (text[j] === '\\') j++;
    const next = text[j];
    if (next !== undefined && MARKDOWN_ESCAPABLE.includes(next)) {
      count++;
      i = j;
    } else {
      out += text.slice(i, j);
      i = j;
    }
  }
  return { text: out, count };
}

/** Characters markup needs: a line without them has no tag, reference or escape. */
const MARKUP_CHARS = /[<&\\]/;

export const stripMarkup: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const escapes = new Tally();
  eachSegment(tree, (text, line) => {
    if (!MARKUP_CHARS.test(text)) return text;
    let current = text;
    const removed: string[] = [];
    const entities: string[] = [];
    for (let pass = 0; pass < MAX_MARKUP_PASSES; pass++) {
      const tags = stripTagsOnce(current);
      const decoded = decodeEntities(tags.text);
      if (decoded !== tags.text) {
        for (const m of tags.text.matchAll(/&#?[A-Za-z0-9]{1,8};/g)) entities.push(m[0]);
      }
      removed.push(...tags.removed);
      if (decoded === current) break;
      current = decoded;
    }
    const md = unescapeMarkdown(current);
    escapes.add(line, md.count);
    current = md.text;
    if (removed.length > 0) {
      report(
        file,
        'html-tag',
        `Removed ${removed.length} HTML tag(s): ${removed.slice(0, 3).join(' ')}`,
        {
          line,
          actual: removed.join(' '),
        },
      );
    }
    if (entities.length > 0) {
      report(
        file,
        'html-entity',
        `Decoded ${entities.length} HTML character reference(s): ${entities.slice(0, 3).join(' ')}`,
        {
          line,
          actual: entities.join(' '),
        },
      );
    }
    return current;
  });
  escapes.flush(
    file,
    'markdown-escape',
    (n, lines) => `Removed ${n} markdown escape backslash(es) (\\[ → [) on ${lines} line(s)`,
  );
};

// --- whitespace and invisible characters ------------------------------------------------------

/**
 * True when `cleanWhitespace` would change the line: a control, invisible or special space
 * character, or a space at either end or next to another. One native regex test; its class is
 * built from code points (the linter rightly flags control characters written in a literal).
 */
const SPECIAL = [
  [0x00, 0x08],
  [0x0a, 0x1f],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200b],
  [0x2028, 0x202f],
  [0x205f, 0x2060],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]
  .map(
    ([a = 0, b = 0]) =>
      `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`,
  )
  .join('');
const NEEDS_WHITESPACE_WORK = new RegExp(`[\t${SPECIAL}]|^ | {2}| $`);

function needsWhitespaceWork(text: string): boolean {
  return NEEDS_WHITESPACE_WORK.test(text);
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
}

export const cleanWhitespace: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const nbsp = new Tally();
  const tabs = new Tally();
  const runs = new Tally();
  const invisible = new Tally();
  const control = new Tally();
  const nfc = new Tally();
  eachSegment(tree, (text, line) => {
    if (!needsWhitespaceWork(text)) return text;
    // Copy runs of ordinary characters as slices; decide only at the special ones.
    let out = '';
    let runStart = 0;
    let pendingSpace = false;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const plain = code > 0x20 && code < 0x7f;
      const space = !plain && isInlineSpaceCode(code);
      const dropped = !plain && !space && (isControl(code) || isInvisibleCode(code));
      if (!space && !dropped) {
        if (pendingSpace) {
          if (out.length > 0) {
            if (run > 1) runs.add(line);
            out += ' ';
          }
          pendingSpace = false;
          run = 0;
          runStart = i;
        }
        continue;
      }
      if (!pendingSpace) out += text.slice(runStart, i);
      runStart = i + 1;
      if (dropped) {
        if (isControl(code)) control.add(line);
        else invisible.add(line);
        continue;
      }
      if (code === 0x09) tabs.add(line);
      else if (code !== 0x20) nbsp.add(line);
      run++;
      pendingSpace = true;
    }
    if (!pendingSpace) out += text.slice(runStart);
    const normalized = out.normalize('NFC');
    if (normalized !== out) nfc.add(line);
    return normalized;
  });
  control.flush(
    file,
    'control-character',
    (n, l) => `Removed ${n} control character(s) on ${l} line(s)`,
  );
  invisible.flush(
    file,
    'zero-width',
    (n, l) => `Removed ${n} zero-width or invisible character(s) on ${l} line(s)`,
  );
  nbsp.flush(
    file,
    'no-break-space',
    (n, l) => `Replaced ${n} no-break or special space(s) with plain spaces on ${l} line(s)`,
  );
  tabs.flush(file, 'tab', (n, l) => `Replaced ${n} tab(s) with spaces on ${l} line(s)`);
  runs.flush(file, 'whitespace', (n, l) => `Collapsed ${n} run(s) of spaces on ${l} line(s)`);
  nfc.flush(
    file,
    'unicode-normalization',
    (_n, l) => `Normalized ${l} line(s) to Unicode NFC after cleaning`,
  );
  // A paragraph whose every line was invisible characters is empty now: drop it.
  tree.children = tree.children.filter((n) => n.type !== 'paragraph' || n.value !== '');
};
