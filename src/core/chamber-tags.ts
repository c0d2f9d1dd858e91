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
import { BLANK_TAG, parseTag } from './tags.ts';
import type { Paragraph, RootContent, TagMatch } from './tree.ts';

/**
 * French: a courtesy title, then the office with its article (`M. le président`, `Mme la
 * ministre`, `M. le garde des sceaux`) or a name of up to four words with an optional function
 * after a comma, then a full stop and a sentence. Bounded classes, no nested quantifier over the
 * same characters.
 */
const FRENCH_TAG =
  /^(?:M\.|Mme|Mlle) (?:(?:le|la|l[’']) ?([\p{Ll}\p{Lu}][\p{L}’', -]{2,120}?)|(\p{Lu}[^\s.,()]*(?: (?:de |d’|d'|du |des )?\p{Lu}[^\s.,()]*){0,3})(?:, ([^.()]{2,200}))?)\.(?= [\p{Lu}«"“(\d¿¡]| ?$)/u;

/** Italian: a name or office in capitals (one to four words), its group, a function, a full stop. */
const ITALIAN_TAG =
  /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,3})(?: \(([^()]{1,40})\))?(?:, ([^.()]{2,160}))?\.(?= [\p{Lu}«"“(\d]| ?$)/u;

/** Spanish: `El señor` / `La señora`, the surnames or office in capitals, a holder, a colon. */
const SPANISH_TAG =
  /^(?:El señor|La señora) (\p{Lu}[\p{Lu}\p{M}'’ -]{1,80}?)(?: \(([^()]{2,60})\))?:(?=[ \t\n]|$)/u;

/** Dutch: `De heer` before a name (`De heer Van Dijk (PVV):`), the colon closing it. */
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
  if (c === 0x45 /* E */ || c === 0x4c /* L */) {
    const m = SPANISH_TAG.exec(text.slice(0, 200));
    if (m) return spanishTag(text, m);
  }
  if (c === 0x44 /* D */ && text.startsWith(DUTCH_LEAD)) {
    const colon = text.indexOf(':', DUTCH_LEAD.length);
    if (colon === -1 || colon > 120 || text.lastIndexOf('\n', colon) !== -1) return null;
    const raw = text.slice(0, colon);
    const match = asColonTag(raw.slice(DUTCH_LEAD.length), raw, text.slice(colon + 1).trim());
    return match && { match, chair: false };
  }
  return c >= 0x41 && c <= 0x5a ? italianTag(text) : null;
}

type ChamberTag = { match: TagMatch; chair: boolean };

function frenchTag(text: string, m: RegExpExecArray): ChamberTag | null {
  const raw = m[0].slice(0, -1);
  const rest = text.slice(m[0].length).trim();
  if (m[1] !== undefined) {
    const office = m[1].trim();
    const chair = CHAIRS.has(office.toLowerCase());
    return {
      match: officeMatch(raw, null, office, chair ? 'president' : office.toLowerCase(), rest),
      chair,
    };
  }
  const label = m[3] === undefined ? raw : `${raw.slice(0, raw.indexOf(','))}, ${m[3].trim()}`;
  const match = asColonTag(label, raw, rest);
  return match && { match, chair: false };
}

function spanishTag(text: string, m: RegExpExecArray): ChamberTag | null {
  const raw = m[0].slice(0, -1);
  const head = (m[1] as string).trim();
  const rest = text.slice(m[0].length).trim();
  const chair = CHAIRS.has(head.toLowerCase());
  if (m[2] !== undefined) {
    // `MINISTRA DE HACIENDA (Montero Cuadrado)`: the office, then its holder.
    const match = asColonTag(m[2].trim(), raw, rest);
    if (match === null) return null;
    const office = officeCase(head);
    return { match: officeMatch(raw, match.tag.name, office, null, rest), chair };
  }
  if (chair)
    return { match: officeMatch(raw, null, titleCaseIfCaps(head), 'president', rest), chair };
  const match = asColonTag(head, raw, rest);
  return match && { match, chair: false };
}

function italianTag(text: string): ChamberTag | null {
  const m = ITALIAN_TAG.exec(text.slice(0, 240));
  if (!m) return null;
  const raw = m[0].slice(0, -1);
  const head = m[1] as string;
  const rest = text.slice(m[0].length).trim();
  if (CHAIRS.has(head.toLowerCase()) && m[2] === undefined && m[3] === undefined) {
    return {
      match: officeMatch(raw, null, titleCaseIfCaps(head), 'president', rest),
      chair: true,
    };
  }
  const label = `${head}${m[2] === undefined ? '' : ` (${m[2]})`}${m[3] === undefined ? '' : `, ${m[3].trim()}`}`;
  const match = asColonTag(label, raw, rest);
  return match && { match, chair: false };
}

/**
 * The paragraphs opening with a continental record's tag (see {@link chamberTag}) that the colon
 * grammar did not read, in a record (three at least, the chair's twice, or once and a tag coming
 * back); a Dutch member's tag with the party (`De heer Van Dijk (PVV):`) anywhere.
 */
export function chamberTags(
  children: readonly RootContent[],
  colonTag: (node: Paragraph) => boolean,
): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const raws = new Set<string>();
  let chairs = 0;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const c = node.value.charCodeAt(0);
    // Only paragraphs opening with a capital pay for a pattern.
    if (c < 0x41 || c > 0x5a) continue;
    const read = chamberTag(node.value);
    if (read === null || colonTag(node)) continue;
    found.set(node, read.match);
    raws.add(read.match.tag.raw);
    if (read.chair) chairs++;
  }
  const record = found.size >= MIN_TAGS && (chairs >= 2 || (chairs > 0 && raws.size < found.size));
  if (record) return found;
  // `De heer Van Dijk (PVV):` needs no record around it: the colon and the party make it a tag.
  return new Map(
    [...found].filter(([, m]) => m.tag.raw.startsWith(DUTCH_LEAD) && m.tag.raw.endsWith(')')),
  );
}
