/**
 * The content key that names a paragraph in a correction. No imports: the form's client code
 * bundles this module, so the browser and the core compute the same keys.
 */

const LETTER_DIGIT_RUNS = String.raw`[\p{L}\p{N}]+`;
let letterDigitRunsMade: RegExp | undefined;

/**
 * Runs of letters and digits, made on first use: a Unicode-property literal is parsed when the
 * bundle is compiled, though most requests never key a paragraph.
 */
function letterDigitRuns(): RegExp {
  if (letterDigitRunsMade === undefined) letterDigitRunsMade = new RegExp(LETTER_DIGIT_RUNS, 'gu');
  return letterDigitRunsMade;
}

/**
 * Content key of a paragraph's text: FNV-1a (32 bits, 8 hex digits) of its words of letters and
 * digits, lower-cased, apostrophes inside a word removed, joined by single spaces.
 *
 * @example contentKey('He said: "It’s done."') === contentKey('he said its done') // true
 */
export function contentKey(text: string): string {
  const words = text.toLowerCase().replace(/['’]/g, '').match(letterDigitRuns()) ?? [];
  const normalized = words.join(' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    h ^= normalized.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
