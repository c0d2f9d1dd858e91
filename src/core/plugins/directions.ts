/**
 * Stage directions become direction nodes: a paragraph that is one (`(Applause.)`,
 * `[ Applause ]`, `(BEGIN VIDEO CLIP)`) and the ones inside a paragraph (`excited. (Laughter.)`),
 * which split it there so the words around them stay in order. Runs before speaker tags are read,
 * so each piece is read for a tag on its own (`(Applause.) MS. JEAN-PIERRE: …`). The parentheses
 * of a speaker tag (`SMITH (voice-over):`, `LEE, MAYOR (through translator):`) belong to the tag:
 * they are never directions.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { bracketNameTags } from '../bracket-tags.ts';
import { CUE_LANGUAGES, CUE_WORDS } from '../cue-languages.ts';
import {
  inlineScriptCue,
  isDirectionText,
  isMarkedCueLine,
  isNumberedLine,
  isPressTopic,
  isProductionLine,
  isRecordSentence,
  isScriptCue,
  isScriptMarkerLine,
  isSoundDescription,
  isTitleCaseCue,
  scriptMarkerText,
  shotListSwitch,
  splitDirections,
  type TextPart,
} from '../directions.ts';
import { lazy } from '../lazy.ts';
import { STARTS_UPPERCASE } from '../letter-patterns.ts';
import { isCopyUnderSlug, isSlugLine, loneSlugs } from '../records.ts';
import { report } from '../report.ts';
import { CUE_DELIVERIES, PACKAGE_CUES } from '../tag-grammar.ts';
import { ircTag, isOutletName, parseTag } from '../tags.ts';
import {
  type Direction,
  type Headline,
  type Paragraph,
  paragraphLine,
  type Root,
  type RootContent,
  type Segment,
  segmentsPosition,
  type TagMatch,
} from '../tree.ts';

/** The paragraph's parts, its speaker tag (with any parentheses in it) kept whole. */
function partsOf(text: string, tag: TagMatch | null): TextPart[] {
  const head = tag === null ? '' : text.slice(0, tag.end);
  if (tag === null || tag.end === 0 || !(head.includes('(') || head.includes('['))) {
    return splitDirections(text);
  }
  const prefix = text.slice(0, tag.end).trim();
  const parts = splitDirections(text.slice(tag.end));
  const first = parts[0];
  if (first?.kind === 'text') parts[0] = { kind: 'text', text: `${prefix} ${first.text}` };
  else parts.unshift({ kind: 'text', text: prefix });
  return parts;
}

/**
 * A sound in brackets before a speaker's tag (an SDH script's `[door opens] JOHN: Hello.`): a
 * direction, then the tagged words; or null. (A time or a name in the brackets is read elsewhere.)
 */
function soundBeforeTag(text: string): TextPart[] | null {
  if (text.charCodeAt(0) !== 0x5b) return null;
  const close = text.indexOf(']');
  const inner = text.slice(1, close).trim();
  if (close < 2 || close > 60 || /[\d[(:]/.test(inner)) return null;
  // A sound, as the directions' lexicon or SDH captions describe one; not any word in brackets.
  if (!isDirectionText(inner) && !isSoundDescription(inner)) return null;
  const rest = text.slice(close + 1).trim();
  const tag = parseTag(rest);
  if (tag === null || (tag.tag.name === null && tag.tag.role === null)) return null;
  return [{ kind: 'direction', text: inner }, ...partsOf(rest, tag)];
}

/**
 * An interview's answer opening with a direction (`A. (Laughs) Nothing much.`): the direction,
 * then the words with their `A.` (the speaker rules read it as the answer's mark), or null.
 */
function dottedAnswerParts(text: string): TextPart[] | null {
  if (!text.startsWith('A. ') || !/^A\. +[([]/.test(text)) return null;
  const parts = splitDirections(text.slice(2).trimStart());
  const words = parts.findIndex((p) => p.kind === 'text');
  const first = parts[words];
  if (parts[0]?.kind !== 'direction' || first === undefined) return null;
  parts[words] = { ...first, text: `A. ${first.text}` };
  return parts;
}

/**
 * The tag of a paragraph whose first line is a tag alone with a bracket in it (Teams' `[10:15
 * AM] Jane Doe` over the message): that whole line is the tag, its bracket no direction.
 */
function lineTag(node: Paragraph, tag: TagMatch | null): TagMatch | null {
  if (tag !== null || node.segments.length < 2) return tag;
  const first = node.segments[0]?.text.trim() ?? '';
  if (!first.startsWith('[') || !node.value.startsWith(first)) return null;
  const line = parseTag(first);
  if (line === null || line.rest !== '') return null;
  return { tag: line.tag, rest: node.value.slice(first.length).trim(), end: first.length };
}

/**
 * A script's cue alone on the paragraph's first line with its delivery, without a colon (`SMITH
 * (on camera)`, `MARK (OFF-SCREEN)`): kept whole, its parenthesis no direction (whether the line
 * is a tag is the speaker rules' to say), or null.
 */
function cueWithDelivery(node: Paragraph): TagMatch | null {
  const first = node.segments[0]?.text.trim() ?? '';
  // (Or alone in its paragraph, the words in the next: a screenplay's `TOM (V.O.)`.)
  if (node.segments.length < 2 && node.value.trim() !== first) return null;
  if (!first.endsWith(')') || first.length > 60 || !node.value.startsWith(first)) return null;
  const line = parseTag(`${first}:`);
  if (line === null || line.rest !== '') return null;
  // Or a name with its outlet, a network transcript's name line (`DAVID MUIR (ABC NEWS)`): the
  // outlet is the title, no direction.
  const outlet = line.tag.name !== null && line.tag.title !== null && isOutletName(line.tag.title);
  if (line.tag.delivery === null && !outlet) return null;
  return { tag: line.tag, rest: node.value.slice(first.length).trim(), end: first.length };
}

/**
 * Where each line of a paragraph starts in its text, as a function from an offset in the text to
 * that line and its segment (the paragraph's first line before any).
 */
function partLines(node: Paragraph): (offset: number) => { line: number; segment?: Segment } {
  const starts: number[] = [];
  let from = 0;
  for (const seg of node.segments) {
    const t = seg.text.trim();
    const at = t === '' ? -1 : node.value.indexOf(t, from);
    starts.push(at === -1 ? from : at);
    if (at !== -1) from = at + t.length;
  }
  // Offsets only grow from one call to the next: the scan goes on from where it stopped.
  let k = 0;
  return (offset) => {
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= offset) k++;
    const segment = node.segments[k];
    return { line: segment?.line ?? paragraphLine(node), ...(segment ? { segment } : {}) };
  };
}

/** A short quotation of dropped text for a message. */
function quoted(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Paragraphs looked at for a script's cues, and how many make the text a script. */
const SCRIPT_SCAN = 200;
const SCRIPT_CUES = 2;

/** True when the first paragraphs hold a script's cues (production lines, markers, cue lines). */
function isScript(children: readonly RootContent[]): boolean {
  let cues = 0;
  // A cue over its copy counts once a label: an interview's initials (`VO:`) come back each turn.
  const inline = new Set<string>();
  const end = Math.min(children.length, SCRIPT_SCAN);
  for (let i = 0; i < end && cues < SCRIPT_CUES; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'paragraph') continue;
    const v = node.value;
    const first = node.segments[0]?.text.trim() ?? '';
    if (
      isProductionLine(v) ||
      isScriptMarkerLine(v) ||
      isScriptCue(v.trim()) ||
      isScriptCue(first) ||
      isTitleCaseCue(first) ||
      isMarkedCueLine(first) ||
      (first.charCodeAt(0) === 0x3c && isScriptMarkerLine(first)) ||
      // The anchor's part alone on its line over the copy (`ANMODERATION:`, Swedish `PÅA:`).
      (node.segments.length > 1 && CUE_WORDS.get(first.slice(0, -1)) === 'anchor')
    )
      cues++;
    // A talent cue over its copy (`(JANE)` / `THE OLD STREET BRIDGE…`), each reader once: two
    // readers so make a script (a sound's word, `(CROSSTALK)`, is none).
    const cue =
      inlineScriptCue(first)?.cue ??
      (node.segments.length > 1 && TALENT_CUE.test(first) && !isDirectionText(first.slice(1, -1))
        ? first
        : undefined);
    if (cue !== undefined && !inline.has(cue)) {
      inline.add(cue);
      cues++;
    }
  }
  return cues >= SCRIPT_CUES;
}

/**
 * In a script, a talent cue alone in brackets on its line (`[JANE]`, `(DAN)`, `[JANE AND DAN]`):
 * who reads the copy below, not words to read. One to three words, in capitals.
 */
const TALENT_CUE = /^[[(][A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}[\])]$/;

/**
 * A person's or place's designation after a cue (`REPÓRTER ANA LIMA`, `FLOOD FOOTAGE`): short,
 * and no sentence (no closing stop or quotation). In capitals after any cue; after a cue that
 * names someone (a bite, a stand-up, a report by its reporter: `СИНХРОН: Олена Коваль,
 * пасажирка`, Hindi `बाइट: राकेश शर्मा, निवासी`, Arabic `تقرير: أحمد علي`), a name and who they
 * are in any case: over the bite's lines, or in a script without capitals. A voice-over's cue
 * (`VO:`, `वीओ:`) takes copy: only capitals make its words a designation.
 */
function isCueDesignation(cue: string, text: string, below: boolean): boolean {
  const t = text.trim();
  if (t.length > 80 || /[.!?…"”»।۔。]$/u.test(t) || /^["“«„]/u.test(t)) return false;
  // A few words, or a name and who they are (copy in capitals, as iNEWS keeps it, runs longer).
  const words = t.split(/\s+/).length;
  const named = /[,،/]/u.test(t);
  if (words > (named ? 8 : 5)) return false;
  const cased = t.toUpperCase() !== t.toLowerCase();
  if (cased && t.length <= 60 && t === t.toUpperCase()) return true;
  const key = cue.toLowerCase();
  const delivery = CUE_DELIVERIES[key];
  const naming =
    delivery === 'sot' ||
    delivery === 'on-camera' ||
    (PACKAGE_CUES.has(key) && delivery !== 'voice-over');
  if (!naming) return false;
  if (!cased) return named || words <= 4;
  return below && STARTS_UPPERCASE.test(t) && named;
}

/** One pair of brackets round the whole text: `[door slams]`, `(LAUGHTER)`. */
const bracketed = (text: string): boolean => /^(?:\[[^[\]]*\]|\([^()]*\))$/.test(text.trim());

/** A 24-hour clock alone: `14:00`. */
const CLOCK_24 = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A role alone that names a voice (`SPRECHER`, `LOCUTOR`, `ANCHOR`), as a tag would. */
function isVoiceCue(line: string): boolean {
  const tag = parseTag(`${line}:`)?.tag;
  return tag !== undefined && tag.name === null && tag.role !== null;
}

/**
 * The words of the speakers' names the script's tags with a colon give (`JEN: Four minutes…`),
 * in lower case: the first and the last word of each (`jen`, `tregenza` of `JEN TREGENZA:`).
 */
function taggedNameWords(children: readonly RootContent[]): Set<string> {
  const words = new Set<string>();
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const name = parseTag(node.value)?.tag.name;
    if (!name) continue;
    const lower = name.toLowerCase();
    const space = lower.indexOf(' ');
    words.add(space === -1 ? lower : lower.slice(0, space));
    words.add(lower.slice(lower.lastIndexOf(' ') + 1));
  }
  return words;
}

/**
 * A person's name alone over the copy (`JEN TREGENZA`, `JEN`) whose first or last word names a
 * speaker the script tags with a colon elsewhere (`JEN: Four minutes…`): that speaker's cue
 * without its colon, no story's slug.
 */
/**
 * A full name alone over the copy that the cue right above names (`[SOT: MARTA SILVA, UNION REP]`
 * / `MARTA SILVA` / `We have waited…`): the bite's speaker, its tag without a colon, no slug.
 */
function namedByCueAbove(line: string, above: RootContent | undefined): boolean {
  if (above?.type !== 'direction' || !line.includes(' ')) return false;
  return above.value.toUpperCase().includes(line.toUpperCase());
}

function namesTaggedSpeaker(line: string, tagged: ReadonlySet<string>): boolean {
  if (tagged.size === 0) return false;
  const name = parseTag(`${line}:`)?.tag.name?.toLowerCase();
  if (!name) return false;
  const space = name.indexOf(' ');
  return (
    tagged.has(space === -1 ? name : name.slice(0, space)) ||
    tagged.has(name.slice(name.lastIndexOf(' ') + 1))
  );
}

/**
 * A script paragraph whose first line is a cue over the copy it cues: the cue (`value`) as a
 * direction on that line, and the lines below it, if any, as the paragraph that goes on.
 */
function cueOverCopy(node: Paragraph, value: string): (Direction | Paragraph)[] {
  const firstLine = node.segments[0] as Segment;
  const direction: Direction = { type: 'direction', value, line: firstLine.line, speaker: null };
  const cuePosition = segmentsPosition([firstLine]);
  if (cuePosition) direction.position = cuePosition;
  const rest = node.segments.slice(1);
  if (rest.length === 0) return [direction];
  const piece: Paragraph = {
    type: 'paragraph',
    value: rest.map((seg) => seg.text.trim()).join(' '),
    segments: rest,
  };
  const position = segmentsPosition(rest);
  if (position) piece.position = position;
  return [direction, piece];
}

/** Topic lines of a team's press conference, over the answers (see {@link isPressTopic}). */
const MIN_PRESS_TOPICS = 2;
function pressTopics(children: readonly RootContent[]): number {
  let topics = 0;
  for (let i = 0; i < children.length && topics < MIN_PRESS_TOPICS; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'paragraph') continue;
    const first = node.segments[0]?.text.trim() ?? '';
    if (isPressTopic(first) && (node.segments.length > 1 || children[i + 1]?.type === 'paragraph'))
      topics++;
  }
  return topics;
}

/** A Danish or Norwegian package's voice-over, read over the pictures (`SPEAKER:`, `SPEAK:`). */
const NORDIC_VOICE_OVER = /^(SPEAKER|SPEAK)[ \t]*:[ \t]*(.*)$/s;

/**
 * True when a paragraph of the first ones opens with a Nordic script's cue (`INNSLAG`, `OPLÆG:`,
 * `INTERVJU: …`): there `SPEAKER:` is the package's voice-over, not a parliament's Speaker.
 */
function isNordicScript(children: readonly RootContent[]): boolean {
  const cues = { ...CUE_LANGUAGES.no, ...CUE_LANGUAGES.sv, ...CUE_LANGUAGES.fi };
  return children
    .slice(0, SCRIPT_SCAN)
    .some(
      (n) =>
        n.type === 'paragraph' &&
        Object.hasOwn(cues, (n.segments[0]?.text ?? '').split(':', 1)[0]?.trim() ?? ''),
    );
}

export const directions: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const out: RootContent[] = [];
  // Inside a wire script's shot list (after `SHOTLIST:` or `SHOWS:`, before `STORYLINE:`), a
  // numbered paragraph that is no sound bite's tag is a shot: a direction, not narration.
  let shots = false;
  const script = isScript(tree.children);
  const tagged = script ? taggedNameWords(tree.children) : new Set<string>();
  // An IRC log's time (`[12:03 PM] <jdoe>`) is its message's, no direction.
  const irc = tree.data?.chatLog === 'irc';
  // The Scottish Parliament's Official Report marks the clock on a line of its own (`14:00`).
  const holyrood = tree.children.some(
    (n) =>
      n.type === 'note' &&
      n.reason === 'programme-credit' &&
      n.value === 'Meeting of the Parliament',
  );
  // Names in brackets opening the turns (`[Jane Doe] Good evening…`): tags, not directions.
  const bracketNames = bracketNameTags(tree.children);
  const slugs = lazy(() => loneSlugs(tree.children, script));
  const nordic = lazy(() => isNordicScript(tree.children));
  const presser = pressTopics(tree.children) >= MIN_PRESS_TOPICS;
  for (const node of tree.children) {
    // Reuters' `SHOWS: KYIV, UKRAINE (…)` line is already a dateline note: it still opens the list.
    if (node.type === 'note') shots = shotListSwitch(node.value) ?? shots;
    if (node.type !== 'paragraph') {
      out.push(node);
      continue;
    }
    const afterShots = shots;
    shots = shotListSwitch(node.value) ?? shots;
    const shot = shots && isNumberedLine(node.value) && parseTag(node.value) === null;
    const firstLine = node.segments[0];
    const cueLine = firstLine?.text.trim() ?? '';
    // A team's press conference: the question's topic over the answer is a heading.
    if (presser && firstLine && isPressTopic(cueLine)) {
      const [cue, ...rest] = cueOverCopy(node, cueLine);
      const heading: Headline = { type: 'headline', value: cueLine, line: firstLine.line };
      if (cue?.position) heading.position = cue.position;
      out.push(heading, ...rest);
      report(file, 'heading', `Read “${cueLine}” as the topic of the answer under it`, {
        line: firstLine.line,
      });
      continue;
    }
    // In a Nordic script, `SPEAKER:` cues the package's voice-over: the copy is narration.
    const voiceOver =
      firstLine && cueLine.startsWith('SPEAK') && nordic() ? NORDIC_VOICE_OVER.exec(cueLine) : null;
    if (voiceOver?.[2] === '') {
      out.push(...cueOverCopy(node, voiceOver[1] as string));
      continue;
    }
    // The label closing the shots before the story on its line (Reuters `STORY: Ukraine's…`):
    // the label is the script's, the words after it the story's narration.
    const colon = cueLine.indexOf(':');
    const closing =
      (afterShots && !shots && colon < cueLine.length - 1
        ? { cue: cueLine.slice(0, colon).trimEnd(), rest: cueLine.slice(colon + 1).trim() }
        : null) ??
      (voiceOver ? { cue: voiceOver[1] as string, rest: voiceOver[2] as string } : null);
    // Or a script cue closed by a colon over the copy it cues (`COLAS:`, `OFF:`).
    if (
      script &&
      firstLine &&
      (TALENT_CUE.test(cueLine) ||
        (cueLine.endsWith(':') && (isScriptCue(cueLine) || isTitleCaseCue(cueLine))) ||
        // A Korean script's cue in angle brackets over its copy (`<리포트>`).
        (cueLine.charCodeAt(0) === 0x3c && node.segments.length > 1 && isScriptMarkerLine(cueLine)))
    ) {
      // The cue's line is a direction; the lines below it, if any, go on as the paragraph.
      const value =
        cueLine.endsWith(':') && cueLine.charCodeAt(0) !== 0x3c
          ? cueLine.slice(0, -1).trimEnd()
          : scriptMarkerText(firstLine.text);
      const parts = cueOverCopy(node, value);
      // A talent cue says the studio reads next: the turn before it ends (./turns.ts).
      if (TALENT_CUE.test(cueLine) && parts[0]) parts[0].data = { talent: true };
      out.push(...parts);
      continue;
    }
    // (A two-column script's video cell, `VO: FLOOD FOOTAGE`, is a cue whole: read below.)
    const inline =
      closing ??
      (script && firstLine && node.data?.videoCell !== true && !isProductionLine(cueLine)
        ? inlineScriptCue(cueLine)
        : null);
    if (inline !== null && firstLine) {
      // A cue's designation (`PASSAGEM: REPÓRTER ANA LIMA`, Hindi `बाइट: राकेश शर्मा, निवासी`,
      // `VO: FLOOD FOOTAGE`) is the cue's: the whole line is the direction.
      const below = node.segments.slice(1).map((seg) => seg.text.trim());
      const designation = isCueDesignation(inline.cue, inline.rest, below.length > 0);
      const direction: Direction = {
        type: 'direction',
        value: designation ? cueLine : inline.cue,
        line: firstLine.line,
        speaker: null,
      };
      const cuePosition = segmentsPosition([firstLine]);
      if (cuePosition) direction.position = cuePosition;
      out.push(direction);
      if (designation && below.length === 0) continue;
      // The copy after the colon and the lines below: no tag to read in them.
      const copy = designation ? below : [inline.rest.trim(), ...below];
      const rest = node.segments.slice(1);
      const piece: Paragraph = {
        ...node,
        value: copy.join(' '),
        segments: designation ? rest : [],
      };
      if (designation) {
        const position = segmentsPosition(rest);
        if (position) piece.position = position;
      }
      out.push(piece);
      continue;
    }
    // A bulletin's story slug on the line above its copy (`FIRE` / `A fire at a warehouse…`):
    // a cue for the reader, not words to read.
    if (
      firstLine &&
      node.segments.length > 1 &&
      (script || slugs().has(node)) &&
      isSlugLine(cueLine) &&
      isCopyUnderSlug(node.segments[1]?.text ?? '', node.segments.at(-1)?.text ?? '') &&
      parseTag(cueLine) === null &&
      // A voice's role alone over its words (`SPRECHERIN`, `LOCUTOR`): who reads them, a tag
      // without its colon (the speaker rules read it), no story's slug.
      !isVoiceCue(cueLine) &&
      !namesTaggedSpeaker(cueLine, tagged) &&
      !namedByCueAbove(cueLine, out.at(-1))
    ) {
      out.push(...cueOverCopy(node, cueLine));
      continue;
    }
    // A bulletin's slug alone over its copy's paragraph (`CITY COUNCIL` / blank / `The city…`).
    if (
      node.segments.length === 1 &&
      isSlugLine(cueLine) &&
      slugs().has(node) &&
      !isVoiceCue(cueLine) &&
      !namesTaggedSpeaker(cueLine, tagged)
    ) {
      out.push(...cueOverCopy(node, cueLine));
      continue;
    }
    // A record's procedural sentence, a script cue or production line (`SUPER: …`, `RUNS :12`)
    // as written; a segment marker or instruction (`[TAG]`, `{ANCHOR ON CAM}`) without brackets.
    const marker = isScriptMarkerLine(node.value);
    // A caption's sound or lyrics, as the caption reader found them (`[door slams]`, `♪ … ♪`).
    const hinted = tree.data?.hints?.directionLines?.has(firstLine?.line ?? 0) === true;
    const cell = node.data?.videoCell === true || hinted;
    const clock = holyrood && node.value.length === 5 && CLOCK_24.test(node.value);
    if (
      shot ||
      cell ||
      marker ||
      clock ||
      isRecordSentence(node.value) ||
      isProductionLine(node.value)
    ) {
      const line = node.position?.start.line ?? 1;
      const direction: Direction = {
        type: 'direction',
        value:
          marker || (hinted && bracketed(node.value))
            ? scriptMarkerText(node.value)
            : node.value.trim(),
        line,
        speaker: null,
      };
      if (node.position) direction.position = node.position;
      out.push(direction);
      continue;
    }
    const read = node.data?.tagRead;
    // A paragraph of one line whose text is still the line's: the parser read its tag (a marked
    // label's reading aside, which no strict reading gives).
    const only = node.segments.length === 1 && !irc ? node.segments[0] : undefined;
    const parsed =
      only?.tag !== undefined && only.raw === node.value && only.tag?.marked !== true
        ? only.tag
        : undefined;
    const tag =
      lineTag(
        node,
        (irc ? ircTag(node.value) : null) ??
          (read && read.value === node.value
            ? read.match
            : parsed !== undefined
              ? parsed
              : parseTag(node.value)),
      ) ??
      bracketNames.get(node) ??
      null;
    const parts =
      (tag === null ? soundBeforeTag(node.value) : null) ??
      (tag === null ? dottedAnswerParts(node.value) : null) ??
      partsOf(node.value, tag ?? cueWithDelivery(node));
    if (parts.length === 1 && parts[0]?.kind === 'text') {
      // Unchanged: the speakers plugin reuses the tag read here.
      node.data = { ...node.data, tagRead: { value: node.value, match: tag } };
      out.push(node);
      continue;
    }
    const lineAt = partLines(node);
    let cursor = 0;
    let first = true;
    for (const part of parts) {
      // Each piece on the line of the input it starts on (a cue on the line below the copy).
      const at = node.value.indexOf(part.text, cursor);
      if (at !== -1) cursor = at + part.text.length;
      const { line, segment } = lineAt(at === -1 ? cursor : at);
      if (part.kind === 'dropped') {
        report(
          file,
          'no-words',
          `Removed “${quoted(part.text)}”: no words to read (a separator line or stray punctuation)`,
          { line, source: 'directions', actual: part.text },
        );
        continue;
      }
      if (part.kind === 'direction') {
        const direction: Direction = { type: 'direction', value: part.text, line, speaker: null };
        if (node.position) direction.position = node.position;
        out.push(direction);
        if (part.marks !== undefined) {
          report(
            file,
            'production-cue',
            `Took the marks ${part.marks} off the production cue “${quoted(part.text)}”: a cue, not words to read`,
            { line, source: 'directions', actual: part.marks },
          );
        }
        continue;
      }
      // Later pieces no longer start the source line: they keep no raw segments to read a tag from.
      const piece: Paragraph = { ...node, value: part.text, segments: first ? node.segments : [] };
      // The first piece opens with the tag read here (a name in brackets, which the speakers
      // plugin would not read from the piece alone): it keeps it, without the directions.
      const opening = first && tag !== null ? node.value.slice(0, tag.end) : '';
      if (tag !== null && opening !== '' && part.text.startsWith(opening)) {
        const rest = part.text.slice(opening.length).trim();
        piece.data = { ...piece.data, tagRead: { value: part.text, match: { ...tag, rest } } };
      }
      if (segment !== undefined && node.position && segment.line !== node.position.start.line) {
        piece.position = {
          start: { line: segment.line, column: 1, offset: segment.offset },
          end: node.position.end,
        };
      }
      first = false;
      out.push(piece);
    }
  }
  tree.children = out;
};
