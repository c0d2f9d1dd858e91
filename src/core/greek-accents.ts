/**
 * Greek written in capitals carries no accent (the monotonic system leaves the tonos off
 * capitals: `ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ`), but every Greek word of two syllables or more written in
 * lower case has one. A speaker's name title-cased from capitals (the Hellenic Parliament's
 * minutes, a Greek broadcaster's script) takes its accent back from, in order:
 * - the same word in the document's own text (`(Γεώργιος Γεωργαντάς)` in the chair's tag, `κ.
 *   Παππά` in a speech: the accusative of a name in -ας/-ης/-ος drops the ς and keeps the accent);
 * - the offices of the record and the commonest given names;
 * - surname endings whose accent never moves (`-άκης`, `-όπουλος`, `-οπούλου`, `-ίδης`, `-άδης`,
 *   a father's name in the genitive `-ίου`).
 * A word none of these gives stays as it is. Linear: one pass over the words, hash lookups.
 */

import type { SpeakerEntry } from './tree.ts';

/** Greek letters (the basic block): the cheap test before any work. */
const GREEK = /[\u0370-\u03ff]/;
/** A capitalised Greek word as title-casing capitals gives it (no accent). */
const CASED_WORD = /^[\u0391-\u03a9][\u03b1-\u03c9\u03ca\u03cb]+$/;
/** Greek words of the text, with their accents. */
const TEXT_WORD = /[\u0386-\u03ce]+/g;

/** A Greek word in lower case, its accents off and its final sigma a plain sigma. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0301\u0308]/g, '')
    .replace(/ς/g, 'σ');
}

/**
 * The chair's offices of the Hellenic Parliament's minutes (a minister's office is written in
 * lower case in the brackets) and the commonest Greek given names.
 */
const KNOWN = (
  'προεδρεύων πρόεδρος γεώργιος γιάννης ιωάννης κωνσταντίνος δημήτριος νικόλαος ' +
  'παναγιώτης βασίλειος χρήστος αθανάσιος ευάγγελος μιχαήλ σπυρίδων αντώνιος ανδρέας θεόδωρος ' +
  'σταύρος αναστάσιος απόστολος σωτήριος κυριάκος μαρία ελένη αικατερίνη βασιλική σοφία'
).split(' ');

let known: Map<string, string> | null = null;

/**
 * Surname endings whose accent never moves, the last a father's name in the genitive
 * (`Γεωργίου`, `Δημητρίου`), longest first.
 */
const ENDINGS = 'όπουλος οπούλου όγλου άκης άδης άδου ίδης ίδου άκη ίου'.split(' ');

/** The document's accented Greek words by their folded form; a form met with two accents is none. */
function textWords(texts: Iterable<string>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const text of texts) {
    if (!GREEK.test(text)) continue;
    for (const word of text.match(TEXT_WORD) ?? []) {
      const lower = word.toLowerCase();
      const key = fold(lower);
      // Only a word with its accent (its folded form is shorter when decomposed first).
      if (word.length < 3 || key === lower.replace(/ς/g, 'σ')) continue;
      const seen = out.get(key);
      if (seen === undefined) out.set(key, lower);
      else if (seen !== null && seen !== lower) out.set(key, null);
    }
  }
  return out;
}

function capitalised(lower: string): string {
  return (lower[0] ?? '').toUpperCase() + lower.slice(1);
}

/** One word's accented form, or null when nothing gives it. */
function accentWord(word: string, text: () => Map<string, string | null>): string | null {
  const lower = word.toLowerCase();
  const key = fold(lower);
  const found = text().get(key);
  if (found) return capitalised(found);
  // `Παππάς` from `κ. Παππά`: the accusative drops the nominative's ς, its accent in place.
  if (key.endsWith('σ')) {
    const stem = text().get(key.slice(0, -1));
    if (stem) return `${capitalised(stem)}ς`;
  }
  known ??= new Map(KNOWN.map((w) => [fold(w), w]));
  const listed = known.get(key);
  if (listed) return capitalised(listed);
  for (const ending of ENDINGS) {
    if (key.endsWith(fold(ending)) && key.length >= ending.length + 2)
      return capitalised(lower.slice(0, lower.length - ending.length) + ending);
  }
  return null;
}

/**
 * Gives the speakers' names and titles their accents back (see the module's comment); `texts` are
 * the document's words, read once, and only when a word needs them. Returns the changes made, as
 * `before → after`.
 *
 * @example greekAccents([{ name: 'Νικολαος Παπαδοπουλος', … }], () => []) // ['Νικολαος Παπαδοπουλος → Νικόλαος Παπαδόπουλος']
 */
export function greekAccents(entries: SpeakerEntry[], texts: () => Iterable<string>): string[] {
  let map: Map<string, string | null> | null = null;
  const words = () => {
    map ??= textWords(texts());
    return map;
  };
  const changes: string[] = [];
  const accent = (text: string | null): string | null => {
    if (text === null || !GREEK.test(text)) return text;
    // Four letters or more: a word of two syllables (a monosyllable has no accent).
    const out = text
      .split(' ')
      .map((w) => (w.length < 4 || !CASED_WORD.test(w) ? w : (accentWord(w, words) ?? w)))
      .join(' ');
    if (out !== text) changes.push(`${text} → ${out}`);
    return out;
  };
  for (const e of entries) {
    e.name = accent(e.name);
    e.title = accent(e.title);
  }
  return changes;
}
