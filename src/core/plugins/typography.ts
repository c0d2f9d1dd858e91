/**
 * Quotes and apostrophes made consistent for the text's language: English “…” ‘…’ and ’,
 * Russian «…» with „…“ inside; or plain ASCII (`typography: 'ascii'`).
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { endsInMojibake } from '../mojibake.ts';
import { Tally } from '../report.ts';
import { paragraphLine, type Root } from '../tree.ts';

export interface TypographyOptions {
  mode: 'smart' | 'ascii';
}

const DOUBLE = '"\u201c\u201d\u201e\u00ab\u00bb\u201f';
const SINGLE = "'\u2018\u2019\u201a\u201b`\u00b4";
/** Every quote character this rewrites, double and single. */
const QUOTE = /["'\u201c\u201d\u201e\u00ab\u00bb\u201f\u2018\u2019\u201a\u201b`\u00b4]/g;
const OPENERS_BEFORE = ' ([{\u2014\u2013-/\u201c\u00ab\u2018\u201e';
/** The spaces French writes inside guillemets (a space, a no-break space, a narrow one). */
const SPACES = ' \u00a0\u202f';

interface QuoteStyle {
  open: string;
  close: string;
  singleOpen: string;
  apostrophe: string;
}

const STYLES: Readonly<Record<string, QuoteStyle>> = {
  en: { open: '\u201c', close: '\u201d', singleOpen: '\u2018', apostrophe: '\u2019' },
  ru: { open: '\u00ab', close: '\u00bb', singleOpen: '\u2018', apostrophe: '\u2019' },
  de: { open: '\u201e', close: '\u201c', singleOpen: '\u201a', apostrophe: '\u2019' },
  fr: { open: '\u00ab', close: '\u00bb', singleOpen: '\u2018', apostrophe: '\u2019' },
};
const ASCII: QuoteStyle = { open: '"', close: '"', singleOpen: "'", apostrophe: "'" };

/**
 * Rewrites the quotes of one paragraph by context only, never by the glyph it finds: a quote
 * opens at the start or after a space, bracket, dash or another opening quote, and closes
 * elsewhere; a single quote after a letter is an apostrophe. The context is read from the text
 * already written, so applying it twice gives what applying it once gave.
 */
function fixQuotes(text: string, language: string, mode: 'smart' | 'ascii'): string {
  const style = mode === 'ascii' ? ASCII : (STYLES[language] ?? STYLES.en ?? ASCII);
  const openers = OPENERS_BEFORE + style.open + style.singleOpen;
  QUOTE.lastIndex = 0;
  if (!QUOTE.test(text)) return text;
  // The output is built as parts and only its last three characters (`tail`) are ever read:
  // reading the growing output for every quote made this quadratic.
  const parts: string[] = [];
  let tail = '';
  let prev = ' ';
  let copied = 0;
  const spacedGuillemets = mode !== 'ascii' && language === 'fr';
  let doubleOpen = false;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const i = m.index;
    if (i > copied) {
      parts.push(text.slice(copied, i));
      tail = i - copied >= 3 ? text.slice(i - 3, i) : (tail + text.slice(copied, i)).slice(-3);
      prev = text[i - 1] as string;
    }
    copied = i + 1;
    const ch = text[i] as string;
    const next = text[i + 1] ?? ' ';
    let mapped = ch;
    if (DOUBLE.includes(ch)) {
      if (spacedGuillemets && openers.includes(prev) && SPACES.includes(next)) {
        // French `« Nous ne lâcherons rien »`: a space inside each guillemet, so a quote between
        // spaces opens when none is open and closes the one that is.
        mapped = doubleOpen ? style.close : style.open;
      } else mapped = openers.includes(prev) && next !== ' ' ? style.open : style.close;
      doubleOpen = mapped === style.open;
    } else if (SINGLE.includes(ch)) {
      if (openers.includes(prev) && next !== ' ' && !(prev === ' ' && /\d/.test(next)))
        mapped = style.singleOpen;
      else mapped = style.apostrophe;
    }
    // A curly quote that would make the text before it read as mojibake stays as it was typed.
    if (mapped !== ch && endsInMojibake(tail, mapped)) mapped = ch;
    parts.push(mapped);
    tail = (tail + mapped).slice(-3);
    prev = mapped;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

export const typography: Plugin<[TypographyOptions?], Root> =
  (options) => (tree: Root, file: VFile) => {
    const mode = options?.mode ?? 'smart';
    const language = tree.data?.language ?? 'en';
    // Language-specific quotes follow only a sure language (given, or detected with confidence
    // and supported); plain ASCII quotes need no language.
    if (mode === 'smart' && tree.data?.languageSure === false) return;
    const changed = new Tally();
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const fixed = fixQuotes(node.value, language, mode);
      if (fixed !== node.value) {
        let n = 0;
        for (let i = 0; i < fixed.length; i++) if (fixed[i] !== node.value[i]) n++;
        changed.add(paragraphLine(node), Math.max(1, n));
        node.value = fixed;
      }
    }
    const what =
      mode === 'ascii'
        ? 'plain ASCII quotes'
        : `${language === 'ru' ? 'Russian «»' : 'curly “”'} quotes and ’ apostrophes`;
    changed.flush(
      file,
      'typography',
      (n, lines) =>
        `Made ${n} quote(s) and apostrophe(s) consistent (${what}) in ${lines} paragraph(s)`,
    );
  };
