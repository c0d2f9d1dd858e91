/**
 * The headings and header lines of three parliaments' records copied from their pages, read only
 * once the record's own header says which record it is (see {@link recordKind}):
 *
 * - **The Eduskunta's minutes** (Finnish and Swedish pages): the agenda item's heading, numbered
 *   (`3.  Lakialoite laiksi …`, older pages `1) Puhemiesneuvoston ehdotus …`), the first one the
 *   record's title; the stage of its reading (`Ensimmäinen käsittely`, `Keskustelu`,
 *   `Remissdebatt`, `Debatt`), the debate's heading with the time of its first speech on the line
 *   under it (`Keskustelu` / `14.42`); the item's documents, their links run together
 *   (`LakialoiteLA 84/2018 vp`, `Talmanskonferensens förslagTKF 1/2021 rd`): notes.
 * - **The Storting's record** (referat): its parts' headings (`Formalia`, `Referat`, `Votering`,
 *   `Sak nr. 1 [10:02:10]` and the item's title under it, `Votering i sak nr. 6, …`); the
 *   header's chair (`President: Name`), the volume's title line (`Stortingstidende …`), the
 *   item's documents (`Dokumenter: (Innst. …)`) and its links (`Talere`, `Søk`): notes. (A
 *   heading in capitals, `STORTINGETS SAMMENTREDEN`, is one as in any text, once its paragraph
 *   is its own.)
 * - **The Belgian Chamber's record** (CRIV): the bilingual header, a committee's over the date
 *   lines ending in a rule (`van Woensdag 3 april 2019 Namiddag ______` / `du Mercredi 3 avril
 *   2019 Après-midi ______`), the plenary's a short line to a paragraph (`Plenumvergadering` /
 *   `du` / `Mardi 13 octobre 2020` / `______`): notes; the agenda's numbered headings in both languages (`01 Question de …` /
 *   `01 Vraag van …`, the members' turns are `01.01 Name (Party):`), the first one the title.
 *
 * Each test is anchored and bounded, one line at a time: linear in the input.
 */
import { lazyRegExp } from './lazy.ts';

export type RecordKind = 'fi' | 'no' | 'be';

/**
 * The Eduskunta's record number in its header (`PTK 170/2018 vp`, `Pöytäkirjan asiakohta PTK
 * 170/2018 vp Täysistunto …`, `Punkt i protokollet PR 35/2021 rd …`): a few words before it, the
 * line ending there or going on in a header's capital (a sentence citing a bill goes on in lower
 * case: `… HE 131/2021 vp eduskunnalle.`).
 */
const FI_HEADER = /^(?:[A-Za-zÄÖÅäöå]+ ){0,4}\d{1,3}\/\d{4} (?:vp|rd)(?:$| [A-ZÄÖÅ])/u;
/** The Storting's page title (`Stortinget - Møte torsdag den 11. april 2019`). */
const NO_HEADER = /^Stortinget - \S/;
/** The Chamber's date line over its rule (`du Mercredi 3 avril 2019 Après-midi ______`). */
const BE_DATE = /^(?:van|du) [^_]{10,50}_{3,}$/;

/** Which record the header lines (the first few, trimmed) are of, or null. */
export function recordKind(lines: readonly string[]): RecordKind | null {
  for (const t of lines) {
    if (t.length > 160) continue;
    if (FI_HEADER.test(t)) return 'fi';
    if (NO_HEADER.test(t)) return 'no';
    if ((t.endsWith('___') && BE_DATE.test(t)) || t === 'Plenumvergadering') return 'be';
  }
  return null;
}

/** An item's heading: `3.  Heading`, `1) Heading`; the Chamber's `01 Heading`. */
const FI_ITEM = lazyRegExp(String.raw`^\d{1,3}(?:\.|\)) {1,3}\p{Lu}`, 'u');
const BE_ITEM = lazyRegExp(String.raw`^\d{2} \p{Lu}\p{Ll}`, 'u');
/** The stage of an item's reading, a debate, the roll call and the notices, in Finnish and Swedish. */
const FI_STAGE =
  /^(?:(?:Ensimmäinen|Toinen|Ainoa) käsittely(?:, ainoa käsittely)?|(?:Lähete|Palaute|Yleis)?[Kk]eskustelu|(?:Remiss)?[Dd]ebatt|Nimenhuuto|Upprop|Ilmoitusasiat|(?:Första|Andra|Enda) behandlingen(?:, enda behandlingen)?)$/u;
/**
 * The Storting's parts: `Formalia`, `Referat`, `Votering`, `Sak nr. 1 [10:02:10]`, `Votering i sak
 * nr. 6, debattert 12. mai 2020`, the sitting's `Møte torsdag den 14. mai 2020`; an item's title
 * under its number (`Innstilling fra … (Innst. 253 S (2019–2020))`).
 */
const NO_PART = lazyRegExp(
  String.raw`^(?:Formalia|Referat|Dagsorden|Voteringe?r?|(?:(?:Votering|Debatt) i )?[Ss]ak nr\. \d{1,3}(?: \[[\d:]{5,8}\])?(?:, [^!?;:]{4,40})?|Møte \p{Ll}{6,7} den \d{1,2}\. \p{Ll}{3,9} \d{4}(?: kl\. \d{1,2})?|(?:Innstilling fr[aå]|Interpellasjon fra|Redegjørelse (?:av|fra)|(?:Representant|Grunnlovs)forslag fra) .+)$`,
  'u',
);
/** The time of a debate's first speech under its heading (`14.42`). */
export function isClock(t: string): boolean {
  return /^\d{1,2}[.:]\d\d$/.test(t);
}

/** The item's documents (`LakialoiteLA 84/2018 vp`), the Storting's header lines. */
const FI_DOCUMENT = lazyRegExp(String.raw`^\p{Lu}[\p{L} -]{2,80} \d{1,4}\/\d{4} (?:vp|rd)$`, 'u');
const NO_CHAIR = lazyRegExp(String.raw`^President: \p{Lu}[\p{L} .'’-]{3,60}$`, 'u');

/**
 * What a line of a record of `kind` is: `heading` (a heading, `item` the agenda item's that may be
 * the title), a note's reason, or null (its words).
 */
export function recordLineKind(
  t: string,
  kind: RecordKind,
): 'item' | 'heading' | 'related-links' | 'page-element' | 'navigation' | null {
  if (t.length > 800 || /[.!?:;,]$/.test(t)) return null;
  if (kind === 'fi') {
    if (FI_ITEM.test(t)) return 'item';
    if (FI_STAGE.test(t)) return 'heading';
    return t.includes('/') && FI_DOCUMENT.test(t) ? 'related-links' : null;
  }
  if (kind === 'be') return BE_ITEM.test(t) && !t.includes('):') ? 'item' : null;
  if (NO_PART.test(t)) return 'heading';
  // The page's links: its search, the item's speakers' list, the item's documents.
  if (t === 'Søk' || t === 'Talere') return 'navigation';
  if (t.startsWith('Dokumenter: (')) return 'related-links';
  return t.startsWith('Stortingstidende') || NO_CHAIR.test(t) ? 'page-element' : null;
}
