/**
 * The speaker tags of continental Europe's verbatim records, read by the convention of the whole
 * record, not the line: the French Assemblée nationale's and Sénat's compte rendu (`M. le
 * président.`, `Mme Marie Martin, ministre de la culture.`: a full stop closes the tag), the
 * Italian Camera's and Senato's resoconto stenografico (`PRESIDENTE.`, `GIUSEPPE CONTE.`, `CONTE
 * (M5S).`), the Spanish Cortes' Diario de Sesiones (`El señor PRESIDENTE:`, `La señora MINISTRA
 * DE HACIENDA (Montero Cuadrado):`) and the Dutch Handelingen's `De heer Van Dijk (PVV):`.
 * Alone each reads like prose (`M. Dupont. Il est parti.`, a dateline `ROMA.`): they are tags
 * only in a record: three such tags at least, the chair's twice, or once and a speaker coming back.
 */
import { titleCaseIfCaps } from './chars.ts';
import { lazyRegExp } from './lazy.ts';
import { BLANK_TAG, parseAnchorTime, parseTag } from './tags.ts';
import type { Paragraph, RootContent, TagMatch } from './tree.ts';

/**
 * French: a courtesy title, then the office with its article (`M. le président`, `Mme la
 * ministre`, `M. le garde des sceaux`) or a name of up to four words with an optional function
 * after a comma, then a full stop and a sentence. Bounded classes, no nested quantifier over the
 * same characters.
 */
const FRENCH_TAG = lazyRegExp(
  String.raw`^(?:M\.|Mme|Mlle) (?:(?:le|la|l[’']) ?([\p{Ll}\p{Lu}][\p{L}’', -]{2,120}?)|(\p{Lu}[^\s.,()]*(?: (?:de |d’|d'|du |des )?\p{Lu}[^\s.,()]*){0,3})(?:, ([^.()]{2,200}))?)\.(?= [\p{Lu}«"“(\d¿¡]| ?$)`,
  'u',
);

/** Italian: a name or office in capitals (one to four words), its group, a function, a full stop. */
const ITALIAN_TAG = lazyRegExp(
  String.raw`^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,3})(?: \(([^()]{1,40})\))?(?:, ([^.()]{2,160}))?\.(?= [\p{Lu}«"“(\d]| ?$)`,
  'u',
);

/**
 * Spanish `El señor` / `La señora` and Dutch `De heer`, the surnames or the office, what is in
 * brackets (the Cortes' office holder, the Kamer's party), a colon; Chile's Diario de Sesiones
 * closes with `.-`, its brackets the office (`El señor HUENCHUMILLA (Presidente).-`).
 */
const LEAD_TAG =
  /^(El señor|La señora|De heer) ([^():.\n]{2,80}?)(?: \(([^()]{2,60})\))?(:|\.-)(?=[ \t\n]|$)/u;

/**
 * The Russian Duma's and the Ukrainian Rada's stenograms: the chair's office (`Председательствующий.`,
 * `ГОЛОВУЮЧИЙ.`), or a surname and its initials (`Жуков А. Д.`, `ГОНЧАРЕНКО О.О.`) with the
 * faction or function after a comma (`…, фракция «ЕДИНАЯ РОССИЯ».`), then the words.
 */
const SLAVIC_TAG = lazyRegExp(
  String.raw`^(?:(Председательствующий|ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ|Головуючий|ГОЛОВУЮЧИЙ)\.|(\p{Lu}[\p{L}'’-]{1,30}) (\p{Lu}\. ?\p{Lu}\.)(?:, ([^.]{2,200})\.)?)(?= [\p{Lu}«"„“(]| ?$)`,
  'u',
);

/**
 * Mexico's Diario de los Debates: the office and the chamber in lower case before the name
 * (`La presidenta diputada Name:`, `El senador Name (Morena):`), a colon.
 */
const MEXICAN_TAG =
  /^(?:El|La) (?:((?:vice)?president[ae]|secretari[ao]) )?(?:diputad[oa]|senadora?) ([^():\n]{2,80}?)(?: \(([^()]{2,60})\))?:(?=[ \t\n]|$)/u;

/** The Dutch lead, whose tag needs no record around it (the party makes it one). */
const DUTCH_LEAD = 'De heer ';

/** The chairs' offices, in the four conventions. */
const CHAIRS: ReadonlySet<string> = new Set([
  'président',
  'présidente',
  'presidente',
  'presidenta',
  'voorzitter',
]);

/** Fewest tags of one convention before any is read so. */
const MIN_TAGS = 3;

/** An office in capitals as the Diario prints it: `MINISTRA DE HACIENDA` → `Ministra de Hacienda`. */
const officeCase = (s: string): string =>
  titleCaseIfCaps(s).replace(/ (?:De|Del|La|Las|Los|El|Y|E|Para|Con|En)(?= )/g, (w) =>
    w.toLowerCase(),
  );

/** A tag as the colon grammar reads `label: rest`, its raw text the label as written. */
function asColonTag(label: string, raw: string, rest: string): TagMatch | null {
  const m = parseTag(`${label}: ${rest}`);
  if (m === null || m.tag.raw !== label) return null;
  return { ...m, tag: { ...m.tag, raw } };
}

/** An office's tag: its holder (or null) and its role (the chair's `president`). */
const officeMatch = (
  raw: string,
  name: string | null,
  office: string,
  role: string | null,
  rest: string,
): TagMatch => ({ tag: { ...BLANK_TAG, raw, name, title: office, role, office }, rest, end: 0 });

/** The tag of a continental record opening `text` (see the module's note), or null. */
export function chamberTag(text: string): ChamberTag | null {
  const c = text.charCodeAt(0);
  if (c === 0x4d /* M */) {
    const m = FRENCH_TAG.exec(text.slice(0, 280));
    if (m) return frenchTag(text, m);
  }
  if (c === 0x45 /* E */ || c === 0x4c /* L */ || c === 0x44 /* D */) {
    const x = MEXICAN_TAG.exec(text.slice(0, 200));
    if (x) {
      const [all, office, name, party] = x;
      const match = asColonTag(
        party ? `${name} (${party})` : `${name}`,
        all.slice(0, -1),
        text.slice(all.length).trim(),
      );
      if (match && office) match.tag.title = office[0]?.toUpperCase() + office.slice(1);
      return match && { match, chair: office?.startsWith('president') === true };
    }
    const m = LEAD_TAG.exec(text.slice(0, 200));
    // The Cortes' brackets name the office's holder; the Kamer's, the party; Chile's, the office.
    if (m) {
      const colon = m[4] === ':';
      const raw = m[0].slice(0, colon ? -1 : -2);
      return labelled(raw, m[2] as string, m[3], undefined, text, m[0], colon && c !== 0x44);
    }
  }
  if (c >= 0x400) {
    const m = SLAVIC_TAG.exec(text.slice(0, 280));
    if (m === null) return null;
    const raw = m[1] ?? m[0].slice(0, m[4] === undefined ? undefined : -1);
    const rest = text.slice(m[0].length).trim();
    if (m[1] !== undefined)
      return {
        match: officeMatch(raw, null, titleCaseIfCaps(m[1]), 'president', rest),
        chair: true,
      };
    const name = `${titleCaseIfCaps(m[2] as string)} ${m[3]}`;
    const tag = { ...BLANK_TAG, raw, name, title: m[4]?.trim() ?? null };
    return { match: { tag, rest, end: 0 }, chair: false };
  }
  // The Italian tag's first word is in capitals: most paragraphs show it by their second letter.
  const c1 = text.charCodeAt(1);
  if (c1 >= 0x61 && c1 <= 0x7a) return null;
  const m = ITALIAN_TAG.exec(text.slice(0, 240));
  return m && labelled(m[0].slice(0, -1), m[1] as string, m[2], m[3], text, m[0], false);
}

type ChamberTag = { match: TagMatch; chair: boolean };

function frenchTag(text: string, m: RegExpExecArray): ChamberTag | null {
  const raw = m[0].slice(0, -1);
  if (m[1] === undefined) {
    const head = m[3] === undefined ? raw : raw.slice(0, raw.indexOf(','));
    return labelled(raw, head, undefined, m[3], text, m[0], false);
  }
  const office = m[1].trim();
  const chair = CHAIRS.has(office.toLowerCase());
  const role = chair ? 'president' : office.toLowerCase();
  return { match: officeMatch(raw, null, office, role, text.slice(m[0].length).trim()), chair };
}

/**
 * The tag whose head (a name or an office), bracket and function a pattern read: the chair's
 * office alone, an office and its holder in brackets, or what the colon grammar makes of
 * `head (bracket), function`.
 */
function labelled(
  raw: string,
  head: string,
  given: string | undefined,
  func: string | undefined,
  text: string,
  tag: string,
  holder: boolean,
): ChamberTag | null {
  // A time in the brackets (`El señor PRESIDENTE (00:37):`, a record indexed to its video) is
  // the turn's time, no office or party: the tag is read without it, the time its anchor.
  const at = given === undefined ? null : parseAnchorTime(given);
  if (at !== null) {
    const read = labelled(raw, head, undefined, func, text, tag, holder);
    if (read) read.match = { ...read.match, tag: { ...read.match.tag, timestampMs: at } };
    return read;
  }
  const bracket = given;
  const rest = text.slice(tag.length).trim();
  const chair = CHAIRS.has(head.toLowerCase());
  if (holder && bracket !== undefined) {
    // `MINISTRA DE HACIENDA (Montero Cuadrado)`: the office, then its holder.
    const match = asColonTag(bracket, bracket, rest);
    return (
      match && { match: officeMatch(raw, match.tag.name, officeCase(head), null, rest), chair }
    );
  }
  if (chair && bracket === undefined && func === undefined) {
    return { match: officeMatch(raw, null, titleCaseIfCaps(head), 'president', rest), chair };
  }
  const label = `${head}${bracket === undefined ? '' : ` (${bracket})`}${func === undefined ? '' : `, ${func.trim()}`}`;
  const match = asColonTag(label, raw, rest);
  // Chile's chair is named with the office in brackets (`El señor NAME (Presidente).-`).
  return match && { match, chair: CHAIRS.has(bracket?.toLowerCase() ?? '') };
}

/**
 * The paragraphs opening with a continental record's tag (see {@link chamberTag}) that the colon
 * grammar did not read, in a record (three at least, the chair's twice, or once and a tag coming
 * back); a Dutch member's tag with the party (`De heer Van Dijk (PVV):`) anywhere.
 */
export function chamberTags(
  children: readonly RootContent[],
  colonTag: (node: Paragraph) => boolean,
  lineTags: Iterable<TagMatch> = [],
): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const raws = new Set<string>();
  let chairs = 0;
  // The record's tags alone on their lines, without the colon (`El señor PRESIDENTE` / words),
  // are its tags too.
  let others = 0;
  for (const { tag } of lineTags) {
    const read = chamberTag(`${tag.raw}:`);
    if (read === null) continue;
    others++;
    raws.add(read.match.tag.raw);
    if (read.chair) chairs++;
  }
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const c = node.value.charCodeAt(0);
    // Only paragraphs opening with a capital (Latin or Cyrillic) pay for a pattern.
    if ((c < 0x41 || c > 0x5a) && (c < 0x400 || c > 0x42f)) continue;
    const read = chamberTag(node.value);
    if (read === null || colonTag(node)) continue;
    found.set(node, read.match);
    raws.add(read.match.tag.raw);
    if (read.chair) chairs++;
  }
  const tags = found.size + others;
  const record =
    found.size > 0 && tags >= MIN_TAGS && (chairs >= 2 || (chairs > 0 && raws.size < tags));
  if (record) return found;
  // `De heer Van Dijk (PVV):` needs no record around it: the colon and the party make it a tag.
  return new Map(
    [...found].filter(([, m]) => m.tag.raw.startsWith(DUTCH_LEAD) && m.tag.raw.endsWith(')')),
  );
}
