/**
 * Quotes and apostrophes made consistent for the text's language: English “…” ‘…’ and ’,
 * Russian «…» with „…“ inside; or plain ASCII (`typography: 'ascii'`).
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isWordChar } from '../chars.ts';
import { Tally } from '../report.ts';
import type { Root } from '../tree.ts';

export interface TypographyOptions {
  mode: 'smart' | 'ascii';
}

const DOUBLE = '"\u201c\u201d\u201e\u00ab\u00bb\u201f';
const SINGLE = "'\u2018\u2019\u201a\u201b`\u00b4";
const OPENERS_BEFORE = ' ([{\u2014\u2013-/\u201c\u00ab\u2018\u201e';

interface QuoteStyle {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

const STYLES: Readonly<Record<string, QuoteStyle>> = {
  en: { open: '\u201c', close: '\u201d', innerOpen: '\u2018', innerClose: '\u2019' },
  ru: { open: '\u00ab', close: '\u00bb', innerOpen: '\u201e', innerClose: '\u201c' },
  de: { open: '\u201e', close: '\u201c', innerOpen: '\u201a', innerClose: '\u2018' },
  fr: { open: '\u00ab', close: '\u00bb', innerOpen: '\u201c', innerClose: '\u201d' },
};
const ASCII: QuoteStyle = { open: '"', close: '"', innerOpen: "'", innerClose: "'" };
const APOSTROPHE = '\u2019';

/**
 * Rewrites the quotes of one paragraph. A double quote opens at the start, after a space or an
 * opening bracket, else it closes; a single quote between letters is an apostrophe.
 */
export function fixQuotes(text: string, language: string, mode: 'smart' | 'ascii'): string {
  const style = mode === 'ascii' ? ASCII : (STYLES[language] ?? STYLES.en ?? ASCII);
  const apostrophe = mode === 'ascii' ? "'" : APOSTROPHE;
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const prev = i === 0 ? ' ' : (text[i - 1] as string);
    const next = text[i + 1] ?? ' ';
    if (DOUBLE.includes(ch)) {
      const opening =
        ch === '\u201c'
          ? !(language === 'de' || (language === 'ru' && depth > 0))
          : ch === '\u201d' || ch === '\u00bb'
            ? false
            : ch === '\u00ab' || ch === '\u201e'
              ? true
              : OPENERS_BEFORE.includes(prev) && next !== ' ';
      if (opening) {
        out += depth % 2 === 0 ? style.open : style.innerOpen;
        depth++;
      } else {
        depth = Math.max(0, depth - 1);
        out += depth % 2 === 0 ? style.close : style.innerClose;
      }
      continue;
    }
    if (SINGLE.includes(ch)) {
      if (isWordChar(prev) && (isWordChar(next) || next === ' ' || '.,;:!?'.includes(next))) {
        out += apostrophe;
      } else if (OPENERS_BEFORE.includes(prev) && /\d/.test(next)) {
        out += apostrophe; // ’90s
      } else if (OPENERS_BEFORE.includes(prev) && next !== ' ') {
        out += mode === 'ascii' ? "'" : '\u2018';
      } else {
        out += mode === 'ascii' ? "'" : '\u2019';
      }
      continue;
    }
    out += ch;
  }
  return out;
}

export const typography: Plugin<[TypographyOptions?], Root> = (options) => (tree: Root, file: VFile) => {
  const mode = options?.mode ?? 'smart';
  const language = tree.data?.language ?? 'en';
  const changed = new Tally();
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const fixed = fixQuotes(node.value, language, mode);
    if (fixed !== node.value) {
      let n = 0;
      for (let i = 0; i < fixed.length; i++) if (fixed[i] !== node.value[i]) n++;
      changed.add(node.position?.start.line ?? 1, Math.max(1, n));
      node.value = fixed;
    }
  }
  const what = mode === 'ascii' ? 'plain ASCII quotes' : `${language === 'ru' ? 'Russian «»' : 'curly “”'} quotes and ’ apostrophes`;
  changed.flush(file, 'typography', (n, lines) => `Made ${n} quote(s) and apostrophe(s) consistent (${what}) in ${lines} paragraph(s)`);
};
