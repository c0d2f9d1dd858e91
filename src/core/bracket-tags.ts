/**
 * Speakers' names in square brackets opening their turns, no colon (`[Jane Doe] Good evening…`,
 * an SDH script's `[JANE] Hello.`, a transcription tool's text export): the bracket is the tag,
 * not a direction. Read by the convention, not by one line: three paragraphs or more open so, two
 * names or more, one of them back. A full name, a role or one name; a sound or a direction in
 * brackets (`[Applause]`, `[MUSIC]`, `[PHONE RINGS]`, `[SCREAMING]`) names nobody.
 */
import { hasDirectionWord, isDirectionText, isSoundSurnameName } from './directions.ts';
import { parseTag } from './tags.ts';
import type { Paragraph, RootContent, TagMatch } from './tree.ts';

/** Longest text inside the brackets read as a name (with a place: `[Correspondent Anna Volkova, on Iturup]`). */
const MAX_LABEL_CHARS = 64;
/**
 * Where a monitoring service's label says the person was (`, on Iturup`, `, in Kyiv`, `, speaking
 * to camera`): after the last comma, a word in lower case, then anything but another comma.
 */
const WHERE_TAIL = /, ((?:on|in|at|from|by|via|speaking|reporting|live|over)\b[^,]{0,40})$/;
/** Fewest paragraphs opened by a name in brackets for the brackets to be tags. */
const MIN_BRACKET_TAGS = 3;
/** One word in brackets ending as a sound or a manner does (`[BEEPING]`, `[QUIETLY]`). */
const SOUND_END = /(?:ing|ly|[^\w'’-])$/i;

/** The name in brackets opening `text` and its tag, read as if a colon closed it; or null. */
function bracketOpening(text: string): { label: string; match: TagMatch } | null {
  if (text.charCodeAt(0) !== 0x5b) return null;
  const close = text.indexOf(']', 1);
  if (close < 2 || close > MAX_LABEL_CHARS + 1) return null;
  const label = text.slice(1, close).trim();
  // A time, a colon or a second bracket inside: a stamp or a tag of another shape.
  if (/[\d:[(]/.test(label)) return null;
  let start = close + 1;
  if (text.charCodeAt(start) !== 0x20 && text.charCodeAt(start) !== 0x09) return null;
  while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start++;
  if (start >= text.length) return null;
  // (Any text in capitals in brackets reads as a direction: a sound's word is one.)
  const caps = label === label.toUpperCase();
  // (Where the person is, `speaking to camera`, is no sound of the label's.)
  const where = WHERE_TAIL.exec(label);
  const who = where ? label.slice(0, where.index) : label;
  const sound = hasDirectionWord(who) || (!caps && isDirectionText(who));
  if (sound && !isSoundSurnameName(who)) return null;
  let parsed = parseTag(`${label}: ${text.slice(start)}`);
  if (parsed !== null && parsed.tag.raw !== label) return null;
  if (parsed === null) {
    // The label with where the person is after a comma (BBC Monitoring: `[Correspondent Anna
    // Volkova, on Iturup]`): the person before it, the place their title.
    const head = where ? who : '';
    const read = head ? parseTag(`${head}: ${text.slice(start)}`) : null;
    if (read === null || read.tag.raw !== head) return null;
    const title = [read.tag.title, where?.[1]].filter((t) => t != null).join(', ');
    parsed = { ...read, tag: { ...read.tag, raw: label, title } };
  }
  const { tag } = parsed;
  // A role, a full name, or an SDH script's one name (`[JANE]`); a sound's word in -ing or -ly
  // (`[SCREAMING]`, `[SOFTLY]`) is none (the lexicon's `[GUNFIRE]` was set apart above).
  if (tag.role === null && (tag.name === null || (!label.includes(' ') && SOUND_END.test(label))))
    return null;
  return { label, match: { tag, rest: text.slice(start).trim(), end: start } };
}

/** The paragraphs whose name in brackets is their speaker's tag (see the module's comment). */
export function bracketNameTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found: { node: Paragraph; label: string; match: TagMatch }[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph' || node.value.charCodeAt(0) !== 0x5b) continue;
    const opening = bracketOpening(node.value);
    if (opening !== null) found.push({ node, ...opening });
  }
  const out = new Map<Paragraph, TagMatch>();
  if (found.length < MIN_BRACKET_TAGS) return out;
  // One speaker however the label is written (`[Correspondent Anna Volkova, on Iturup]`, then
  // `[Correspondent]`): by name, or by role when the label names nobody.
  const counts = new Map<string, number>();
  for (const f of found) {
    const { name, role } = f.match.tag;
    const key = role !== null || name === null ? `(${role})` : name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let back = false;
  for (const n of counts.values()) if (n >= 2) back = true;
  if (!back || counts.size < 2) return out;
  for (const f of found) out.set(f.node, f.match);
  return out;
}
