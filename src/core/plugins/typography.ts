/**
 * Quotes and apostrophes made consistent for the text's language: English “…” ‘…’ and ’,
 * Russian, French, Spanish, Italian … «…», German and Czech „…“, Polish „…”, Portuguese “…” (or
 * «…» where the author writes them); or plain ASCII
 * (`typography: 'ascii'`).
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { lazyRegExp } from '../lazy.ts';
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

const GUILLEMETS: QuoteStyle = {
  open: '\u00ab',
  close: '\u00bb',
  singleOpen: '\u2018',
  apostrophe: '\u2019',
};
/** `„…”` (Polish, Hungarian, Romanian, Croatian). */
const LOW_HIGH_RIGHT: QuoteStyle = {
  open: '\u201e',
  close: '\u201d',
  singleOpen: '\u2018',
  apostrophe: '\u2019',
};
/** `„…“` (Czech, Slovak, Bulgarian, Slovenian, Lithuanian, like German). */
const LOW_HIGH_LEFT: QuoteStyle = {
  open: '\u201e',
  close: '\u201c',
  singleOpen: '\u201a',
  apostrophe: '\u2019',
};
/**
 * Each language's quotes as its newsrooms print them; a language not listed takes English's.
 * Spanish, Italian, Catalan, Greek, Ukrainian, Belarusian and Norwegian print guillemets, which
 * English quotes would replace.
 */
const STYLES: Readonly<Record<string, QuoteStyle>> = {
  en: { open: '\u201c', close: '\u201d', singleOpen: '\u2018', apostrophe: '\u2019' },
  ru: GUILLEMETS,
  de: { open: '\u201e', close: '\u201c', singleOpen: '\u201a', apostrophe: '\u2019' },
  fr: GUILLEMETS,
  es: GUILLEMETS,
  it: GUILLEMETS,
  ca: GUILLEMETS,
  el: GUILLEMETS,
  uk: GUILLEMETS,
  be: GUILLEMETS,
  no: GUILLEMETS,
  nb: GUILLEMETS,
  pl: LOW_HIGH_RIGHT,
  hu: LOW_HIGH_RIGHT,
  ro: LOW_HIGH_RIGHT,
  hr: LOW_HIGH_RIGHT,
  cs: LOW_HIGH_LEFT,
  sk: LOW_HIGH_LEFT,
  bg: LOW_HIGH_LEFT,
  sl: LOW_HIGH_LEFT,
  lt: LOW_HIGH_LEFT,
  // Portuguese: Brazil prints “…”, Portugal «…» (and “…” as often); the two are not told apart by
  // the words, so a text that writes guillemets anywhere keeps them (`pt-guillemets`).
  pt: { open: '\u201c', close: '\u201d', singleOpen: '\u2018', apostrophe: '\u2019' },
  'pt-guillemets': GUILLEMETS,
  // German as Der Spiegel and books print it (`»…«`, `›…‹`), and as Switzerland does (`«…»`).
  'de-guillemets': { open: '\u00bb', close: '\u00ab', singleOpen: '\u203a', apostrophe: '\u2019' },
  'de-ch': GUILLEMETS,
};
const ASCII: QuoteStyle = { open: '"', close: '"', singleOpen: "'", apostrophe: "'" };

/** The quotes of `language` (English's for a language not listed). */
function quoteStyle(language: string): QuoteStyle {
  return STYLES[language] ?? STYLES.en ?? ASCII;
}

/**
 * Rewrites the quotes of one paragraph by context only, never by the glyph it finds: a quote
 * opens at the start or after a space, bracket, dash or another opening quote, and closes
 * elsewhere; a single quote after a letter is an apostrophe. The context is read from the text
 * already written, so applying it twice gives what applying it once gave.
 */
/**
 * English words that open with an apostrophe where letters were left out (`rock 'n' roll`,
 * `'em`, `'til`, `'cause`, `'tis`): an apostrophe, no opening quote.
 */
const ELISION = /^(?:n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b)/i;

/** Hebrew letters that join the next word as a prefix (`ש`, `ה`, `ב`, `ל`, `מ`, `כ`, `ו`). */
const HEBREW_PREFIXES = 'שהבלמכו';

function isHebrewLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x5d0 && c <= 0x5ea;
}

/** A letter or digit: what a quotation opens on. */
const WORD_START = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** How many quotes the last {@link fixQuotes} call changed (each changes one character). */
let quotesChanged = 0;

function fixQuotes(text: string, language: string, mode: 'smart' | 'ascii'): string {
  quotesChanged = 0;
  QUOTE.lastIndex = 0;
  if (!QUOTE.test(text)) return text;
  const style = mode === 'ascii' ? ASCII : quoteStyle(language);
  const openers = OPENERS_BEFORE + style.open + style.singleOpen;
  // Each quote becomes one character: the output is the text with the changed quotes put in,
  // built only when one changes. The output before a quote (its last character, and the last
  // three for the mojibake test) is read from the text and the last changes, never from the
  // growing output (that made this quadratic).
  let parts: string[] | null = null;
  let copied = 0;
  // The last three changes: positions (ascending) and their new characters.
  const changedAt = [-1, -1, -1];
  const changedTo = ['', '', ''];
  const outputAt = (k: number): string => {
    for (let c = 2; c >= 0; c--) if (changedAt[c] === k) return changedTo[c] as string;
    return text[k] as string;
  };
  const spacedGuillemets = mode !== 'ascii' && language === 'fr';
  // Chinese and Japanese write no space before a quotation (`居民称"没有人提醒我们"`, `说："…"`):
  // their quotes open and close in turn.
  const unspaced = mode !== 'ascii' && (language === 'zh' || language === 'ja');
  let singleOpen = false;
  let doubleOpen = false;
  const hebrew = mode !== 'ascii' && language === 'he';
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const i = m.index;
    const prev = i === 0 ? ' ' : outputAt(i - 1);
    const ch = text[i] as string;
    const next = text[i + 1] ?? ' ';
    let mapped = ch;
    if (unspaced && (DOUBLE.includes(ch) || SINGLE.includes(ch))) {
      const double = DOUBLE.includes(ch);
      const inside: boolean = double ? doubleOpen : singleOpen;
      mapped = inside
        ? double
          ? style.close
          : style.apostrophe
        : double
          ? style.open
          : style.singleOpen;
      if (double) doubleOpen = !inside;
      else singleOpen = !inside;
    } else if (hebrew && ch === '"' && isHebrewLetter(prev) && isHebrewLetter(next)) {
      // Between two Hebrew letters: after a one-letter prefix (`ש"אף אחד`) the quotation opens;
      // else it is an acronym's gershayim (`צה"ל`), kept as typed.
      const before = i >= 2 ? (text[i - 2] as string) : ' ';
      if (!isHebrewLetter(before) && HEBREW_PREFIXES.includes(prev)) {
        mapped = style.open;
        doubleOpen = true;
      }
    } else if (DOUBLE.includes(ch)) {
      if (spacedGuillemets && openers.includes(prev) && SPACES.includes(next)) {
        // French `« Nous ne lâcherons rien »`: a space inside each guillemet, so a quote between
        // spaces opens when none is open and closes the one that is.
        mapped = doubleOpen ? style.close : style.open;
      } else if (
        spacedGuillemets &&
        SPACES.includes(prev) &&
        doubleOpen &&
        !WORD_START.test(next)
      ) {
        // The spaced closing guillemet before a comma or a stop (`« … à trois heures », a
        // déclaré`): it closes the open quotation.
        mapped = style.close;
      } else mapped = openers.includes(prev) && next !== ' ' ? style.open : style.close;
      doubleOpen = mapped === style.open;
    } else if (SINGLE.includes(ch)) {
      if (
        openers.includes(prev) &&
        next !== ' ' &&
        !(prev === ' ' && /\d/.test(next)) &&
        !(language === 'en' && ELISION.test(text.slice(i + 1, i + 7)))
      )
        mapped = style.singleOpen;
      else mapped = style.apostrophe;
    }
    if (mapped === ch) continue;
    // A curly quote that would make the text before it read as mojibake stays as it was typed.
    let tail = '';
    for (let k = Math.max(0, i - 3); k < i; k++) tail += outputAt(k);
    if (endsInMojibake(tail, mapped)) continue;
    parts ??= [];
    quotesChanged++;
    parts.push(text.slice(copied, i), mapped);
    copied = i + 1;
    changedAt[0] = changedAt[1] as number;
    changedAt[1] = changedAt[2] as number;
    changedAt[2] = i;
    changedTo[0] = changedTo[1] as string;
    changedTo[1] = changedTo[2] as string;
    changedTo[2] = mapped;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** True when a paragraph of the text holds a guillemet (`«`, `»`): one search of each. */
function writesGuillemets(tree: Root): boolean {
  return firstGuillemet(tree) !== null;
}

/** The first guillemet a paragraph of the text writes (`«` or `»`), or null. */
function firstGuillemet(tree: Root): string | null {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const at = node.value.search(/[«»]/);
    if (at !== -1) return node.value[at] as string;
  }
  return null;
}

export const typography: Plugin<[TypographyOptions?], Root> =
  (options) => (tree: Root, file: VFile) => {
    const mode = options?.mode ?? 'smart';
    let language = tree.data?.language ?? 'en';
    // Language-specific quotes follow only a sure language (given, or detected with confidence
    // and supported); plain ASCII quotes need no language.
    if (mode === 'smart' && tree.data?.languageSure === false) return;
    // Portuguese keeps the author's guillemets (Portugal's «…») when the text writes any.
    if (language === 'pt' && mode === 'smart' && writesGuillemets(tree)) language = 'pt-guillemets';
    // German keeps the guillemets a text writes: `»…«` (books, Der Spiegel), Switzerland's `«…»`.
    if (language === 'de' && mode === 'smart') {
      const first = firstGuillemet(tree);
      if (first !== null) language = first === '»' ? 'de-guillemets' : 'de-ch';
    }
    const changed = new Tally();
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const fixed = fixQuotes(node.value, language, mode);
      if (fixed !== node.value) {
        changed.add(paragraphLine(node), Math.max(1, quotesChanged));
        node.value = fixed;
      }
    }
    const what =
      mode === 'ascii'
        ? 'plain ASCII quotes'
        : `${quoteStyle(language).open}${quoteStyle(language).close} quotes and ’ apostrophes`;
    changed.flush(
      file,
      'typography',
      (n, lines) =>
        `Made ${n} quote(s) and apostrophe(s) consistent (${what}) in ${lines} paragraph(s)`,
    );
  };
