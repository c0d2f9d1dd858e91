/**
 * HTML character references left in pasted text: the full HTML5 named set (`&eacute;`,
 * `&euro;`, `&middot;`, via the `entities` package) and numeric references (`&#233;`,
 * `&#x20AC;`). Only a reference closed by `;` is decoded (`AT&T` and `R&D` stay), and only what
 * was decoded is reported. A double-escaped reference (`&amp;eacute;`) takes a second pass.
 */
import { decodeHTMLStrict } from 'entities/decode';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Root } from '../tree.ts';
import { applyEdits, Changes, eachSegment, show } from './segments.ts';

export const SOURCE = 'entities';

/** Longest HTML5 reference name is 31 characters (`&CounterClockwiseContourIntegral;`). */
const MAX_REFERENCE = 34;
const PASSES = 2;

function isNameChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x23 // '#'
  );
}

export interface DecodedReference {
  start: number;
  end: number;
  from: string;
  to: string;
}

/**
 * Decodes the character references of `text` in one pass. Each `&` looks at most
 * {@link MAX_REFERENCE} characters ahead and stops at the first that cannot be in a reference,
 * so a run of `&` costs one step each.
 */
export function decodeReferences(text: string): { text: string; decoded: DecodedReference[] } {
  const decoded: DecodedReference[] = [];
  if (!text.includes('&')) return { text, decoded };
  const parts: string[] = [];
  let copied = 0;
  let i = text.indexOf('&');
  while (i !== -1) {
    let j = i + 1;
    const limit = Math.min(text.length, i + MAX_REFERENCE);
    while (j < limit && isNameChar(text.charCodeAt(j))) j++;
    let next = j;
    if (j > i + 1 && text.charCodeAt(j) === 0x3b /* ; */) {
      const from = text.slice(i, j + 1);
      const to = decodeHTMLStrict(from);
      if (to !== from) {
        parts.push(text.slice(copied, i), to);
        decoded.push({ start: i, end: j + 1, from, to });
        copied = j + 1;
        next = j + 1;
      }
    }
    i = text.indexOf('&', next);
  }
  if (decoded.length === 0) return { text, decoded };
  parts.push(text.slice(copied));
  return { text: parts.join(''), decoded };
}

export const decodeCharacterReferences: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const changes = new Changes(file, SOURCE, 'html-entity');
  eachSegment(tree, (text, _line, seg) => {
    let current = text;
    for (let pass = 0; pass < PASSES; pass++) {
      const result = decodeReferences(current);
      if (result.decoded.length === 0) break;
      for (const ref of result.decoded) {
        changes.add(
          seg,
          ref.start,
          ref.end,
          ref.from,
          ref.to,
          () => `Decoded the HTML character reference ${show(ref.from)} → ${show(ref.to)}`,
        );
      }
      applyEdits(seg, result.text, result.decoded);
      current = result.text;
    }
    return current;
  });
  changes.flush('HTML character reference(s) decoded');
};
