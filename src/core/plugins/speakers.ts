/**
 * Speakers, in two plugins:
 * - `speakerTags` finds the tag at the start of each paragraph (see ../tags.ts) and moves it from
 *   the text into the node's data; a paragraph holding only a tag marks the next one as its text.
 * - `speakerIdentities` resolves tags to people: the first full mention (`Sergey Lavrov, Foreign
 *   Minister of Russia`) gives name and title; later short forms (`Sergey Lavrov`, `LAVROV`,
 *   `Mr. Lavrov`) resolve to the same speaker; an office and its holder's name are one speaker
 *   (`The Secretary of State for Health (Sam Patel)`, then `Sam Patel` or `The Secretary of State
 *   for Health`). Unnamed voices (`Q`, `MODERATOR`, `VOICE ONE`) are roles; a host or a voice
 *   that names themself ("I'm Steve Ember") takes that name and keeps the role.
 * Every lookup is a hash lookup: resolving n tags costs O(n), however many speakers there are.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { caselessPersonTag, caselessTags } from '../caseless-tags.ts';
import { chamberTag, chamberTags } from '../chamber-tags.ts';
import { endsWithSentencePunctuation, foldKey, isInlineSpace, titleCaseIfCaps } from '../chars.ts';
import { formatHms } from '../clock.ts';
import { biteLeadLength, CUE_WORDS } from '../cue-languages.ts';
import {
  EXAMINATION_HEADING,
  examinerOf,
  hasSceneHeading,
  isPressTopic,
  isProductionLine,
  isScriptCue,
  presserPerson,
  SWORN_WITNESS,
  WITNESS_HEADING,
} from '../directions.ts';
import { readInterviewHeader } from '../furniture-languages.ts';
import { greekAccents } from '../greek-accents.ts';
import { wrapsOnto } from '../hard-wrap.ts';
import { lazyRegExp } from '../lazy.ts';
import {
  HAS_LETTER_OR_NUMBER,
  HAS_LOWERCASE,
  HAS_UPPERCASE,
  STARTS_LOWERCASE,
  STARTS_UPPERCASE,
} from '../letter-patterns.ts';
import { closeSpellings } from '../name-spellings.ts';
import { CALL_LIST_ENTRY, HONOURABLE, isPrintedHearing } from '../records.ts';
import { report } from '../report.ts';
import {
  INTERVIEW_OUTLETS,
  NAMEABLE_ROLES,
  NOT_NAMES,
  PEERAGE,
  POSSESSIVE_LABEL,
  PROGRAMME_WORDS,
  QUESTION_WORDS,
  SELF_INTRODUCTIONS,
} from '../tag-grammar.ts';
import {
  BLANK_TAG,
  capsTitle,
  DEVICE_ROLE,
  foldWords,
  ircTag,
  isDeviceName,
  isHeadingText,
  isNumberedLabel,
  opensWithTimeItem,
  parseAnchorTime,
  parseTag,
  printedHearingTag,
  tradeTag,
  VOICE_CODE,
} from '../tags.ts';
import {
  type Paragraph,
  paragraphLine,
  type Root,
  type RootContent,
  type Segment,
  type SpeakerEntry,
  type Tag,
  type TagMatch,
} from '../tree.ts';

const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir dame rev sen rep gov gen col capt lt sgt president secretary minister ambassador nksz nkk mnu mnr mev hon m mme mlle'.split(
    ' ',
  ),
);

/**
 * A name's folded words without its honorifics; the French record's `L'hon.` (`l hon`) is one,
 * so `L'hon. Anne Roy` and `L'hon. Paul Roy` keep their first names apart.
 */
function withoutHonorifics(words: readonly string[]): string[] {
  return words.filter(
    (w, i) => w !== '' && !HONORIFICS.has(w) && !(w === 'l' && words[i + 1] === 'hon'),
  );
}

/**
 * The label of the member who had the floor and goes on after an interruption, in the Eduskunta's
 * minutes (`Puhuja:`, `the speaker`) and their Swedish pages (`Talaren:`).
 */
const RESUMING_LABELS: ReadonlySet<string> = new Set(['puhuja', 'talaren']);

/** Characters of a turn searched for a self-introduction ("I'm Steve Ember"). */
const INTRO_WINDOW = 200;

/** `text` without its first `count` space-separated words. */
function dropWords(text: string, count: number): string {
  let i = 0;
  for (let n = 0; n < count; n++) {
    while (i < text.length && isInlineSpace(text[i] ?? '')) i++;
    while (i < text.length && !isInlineSpace(text[i] ?? '')) i++;
  }
  return text.slice(i).trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w.length > 0).length;
}

/**
 * The tag of an IRC log's message or action (see core/tags.ts ircLine), read from the line as
 * written (WeeChat's tabs are spaces in the cleaned text); its words are the paragraph's after
 * as many words as the line's time and nick take.
 */
function ircTagOf(node: Paragraph): TagMatch | null {
  const raw = node.segments[0]?.raw.trim() ?? '';
  const match = ircTag(raw);
  if (match === null) return ircTag(node.value);
  const prefix = raw.slice(0, match.end);
  const first = prefix.split(/\s/u)[0] ?? '';
  if (!node.value.startsWith(first)) return ircTag(node.value);
  return { ...match, rest: dropWords(node.value, wordCount(prefix)) };
}

/** Shortest line a wrap fills: a heading over a speech is shorter (`Budget: Statement`). */
const WRAP_FILLED_CHARS = 60;

/**
 * A paragraph hard-wrapped from its first line on: that line is as long as a wrap's and so is
 * every line under it but the last (`Presidenten: Representantene Anna Berg, Tom Lund, Kari` /
 * `Hansen og Per Dahl har igjen tatt sete.`). A heading is a short line of its own: a first line
 * this long in a wrapped paragraph is a tag's, however capitalized its words.
 */
function fillsWrap(segments: readonly { raw: string }[]): boolean {
  const width = segments[0]?.raw.trim().length ?? 0;
  if (width < WRAP_FILLED_CHARS || segments.length < 2) return false;
  for (let k = 1; k < segments.length - 1; k++) {
    const length = (segments[k]?.raw.trim().length ?? 0) / width;
    if (length < 0.8 || length > 1.2) return false;
  }
  return true;
}

/**
 * The tag of a paragraph. The first source line decides when the paragraph joins several: a
 * line that is only a tag (`Dmitry Borisov:`, Otter `Jane Doe  0:01`, `[00:00:03] Name`) tags the
 * lines below it; a first line that is a heading (`Budget: Statement`) is no tag; `Q` and two
 * spaces (White House) is read from the raw line, whose spacing cleaning has removed.
 */
function readTag(node: Paragraph): TagMatch | null {
  const read = node.data?.tagRead;
  let match = read && read.value === node.value ? read.match : parseTag(node.value);
  // A label the input marks as a speaker's (a caption's `<v Travis>`): a tag, its words short.
  if (match === null && node.segments[0]?.tag?.marked) match = parseTag(node.value, true);
  const first = node.segments[0]?.raw;
  if (first === undefined) return match;
  if (node.segments.length > 1) {
    const labelled = speakerLabelLine(first, node.value);
    if (labelled !== null) return labelled;
    const kept = node.segments[0]?.tag;
    const line = kept !== undefined ? kept : parseTag(first);
    // The paragraph still opens with that line (no rule took a piece of it off): its words after
    // the line are the tag's. Otherwise the words are counted from the value, never dropped.
    const opening = node.segments[0]?.text ?? first;
    const opens = node.value.startsWith(opening.trim());
    if (line !== null && line.rest === '' && opens) {
      if (match !== null && match.tag.raw === line.tag.raw) return match;
      // The words of the line as it is now: a time a rule took off it is no longer in the value.
      const rest = dropWords(node.value, wordCount(opening));
      return { tag: line.tag, rest, end: 0 };
    }
    const colon = first.indexOf(':');
    // (A first line that is only a time is no label: `00:00:15` / `Rosa Alvarez`, Happy Scribe.)
    // The line as it is now decides when a rule took a mark off its start (a court transcript's
    // line number: `15   JUSTICE THOMAS: Counsel, the Tax Court` is a tag, not a heading).
    if (
      match !== null &&
      line === null &&
      (opening === first || parseTag(opening.trim()) === null) &&
      colon > 0 &&
      parseAnchorTime(first.trim()) === null &&
      isHeadingText(first.slice(colon + 1).trim()) &&
      // A tag line hard-wrapped in its words (`MS JANE DOE (Mukono): Madam Speaker, I` /
      // `second the motion.`) is no heading: its words go on under it.
      !wrapsOnto(first.trim(), node.segments[1]?.raw.trim() ?? '') &&
      !fillsWrap(node.segments)
    )
      return null;
    // A headline quoting its subject over the page's next lines (`Araghchi: ‘We are ready for
    // talks’` / its standfirst): no tag.
    if (colon > 0 && QUOTE_HEADLINE.test(first.slice(colon + 1).trim())) return null;
  }
  if (match) return match;
  if (!node.value.startsWith('Q')) return null;
  const raw = parseTag(first);
  if (raw?.tag.raw !== 'Q') return null;
  return { tag: raw.tag, rest: node.value.slice(1).trim(), end: 0 };
}

/**
 * A speech-to-text tool's text export with each voice's label on a line of its own above its
 * words (Speechmatics: `SPEAKER: S1`, `SPEAKER: UU` for a voice it could not tell): the label is
 * the speaker, kept as written, `UU` an unidentified voice.
 */
const SPEAKER_LABEL_LINE = /^SPEAKER:[ \t\u00a0]+([^\s.!?:][^\n.!?:]{0,29})$/;

function speakerLabelLine(first: string, value: string): TagMatch | null {
  const m = SPEAKER_LABEL_LINE.exec(first.trim());
  if (m === null) return null;
  const label = (m[1] as string).trim();
  const rest = dropWords(value, wordCount(first));
  if (rest === '') return null;
  const tag: Tag =
    label === 'UU'
      ? { ...BLANK_TAG, raw: first.trim(), role: 'unidentified' }
      : { ...BLANK_TAG, raw: first.trim(), name: label };
  return { tag, rest, end: 0 };
}

/**
 * Hansard's topic heading with a one-word subtopic (`Winter Fuel: Pensioners`) reads like a name
 * and a one-word answer; it is a heading when an order-paper question (`1. Mrs Jane Roe
 * (Northfield) (Lab):`) follows it.
 */
function isTopicAboveQuestion(match: TagMatch, next: RootContent | undefined): boolean {
  if (next?.type !== 'paragraph' || match.tag.raw.includes('(') || match.tag.role !== null)
    return false;
  if (!isHeadingText(match.rest)) return false;
  // The Lords' questions open with a peer's name, with its colon or alone on its line
  // (`Energy Bills: Pensioners` / `Baroness Smith of Newtown`): a topic of two words or an
  // acronym (`NHS: Waiting Lists`), never a first name's answer (`Mary: Absolutely`).
  const raw = match.tag.raw;
  const first = next.segments[0]?.text.trim() ?? '';
  const peer =
    (raw.includes(' ') || raw === raw.toUpperCase()) &&
    PEERAGE.has(first.slice(0, first.indexOf(' ')).toLowerCase());
  if (peer && (parseTag(next.value) ?? parseTag(`${first}:`))?.tag.name) return true;
  if (match.rest.includes(' ')) return false;
  const question = parseTag(next.value);
  return question !== null && ORDER_PAPER_NUMBER.test(question.tag.raw);
}

const ORDER_PAPER_NUMBER = /^[TQ]?\d{1,3}\./;

/**
 * `Q` and one space opening a paragraph (a briefing pasted from the web, its spacing collapsed:
 * `Q Thanks, Josh.`): a reporter's question when at least two paragraphs open so and the
 * transcript has other speaker tags; alone, or in prose (`Q is a letter.`), it is text.
 */
const SINGLE_SPACE_Q = lazyRegExp(String.raw`^Q (?=[\p{Lu}\d"“(—–-])`, 'u');
const MIN_SINGLE_SPACE_QS = 2;

/**
 * `Q.` and `A.` (or `Q:` and `A:`) with no space before the words (`Q.Will you stand again?` /
 * `A.That is a matter for the party.`), a word in mixed case after them (no initials: `A.B.
 * Smith`, `Q.E.D.`).
 */
const UNSPACED_Q = lazyRegExp(String.raw`^Q[.:](?=\p{Lu}[\p{Ll} ])`, 'u');
const UNSPACED_A = lazyRegExp(String.raw`^A[.:](?=\p{Lu}[\p{Ll} ])`, 'u');
/** `A.` and a space opening a paragraph: an answer, once `Q.` questions are around. */
const DOTTED_A = lazyRegExp(String.raw`^A\. (?=[\p{Lu}\d"“(—–-])`, 'u');
/**
 * `A` and two spaces or a tab as typed (a US transcript's `Q   Where …?` / `A   Westfield …`;
 * the spacing is read from the line as written, a court line number before it).
 */
const SPACED_A = lazyRegExp(String.raw`^\s*(?:\d{1,2}\s+)?A(?: {2,}|\t)(?=[\p{Lu}\d"“(—–-])`, 'u');
const MIN_DOTTED_AS = 2;
/**
 * The words an interview's answer opens with (`A. Yes, on Friday.`, `A. We will.`), which no
 * surname after an initial is (`A. Lincoln wrote the letter` is a name).
 */
const ANSWER_OPENERS: ReadonlySet<string> = new Set(
  (
    "yes no yeah not well i we it its it’s it's the a an that this these those there they he she " +
    'you our my your their his her of in on at for to from by with and but so as if when what ' +
    'look sure absolutely certainly nothing everything everyone nobody all some many most none ' +
    'first let thank thanks right okay ok oh sorry again maybe perhaps probably definitely ' +
    'obviously clearly frankly honestly actually very just only never always because after ' +
    'before since until every any one two three how why who where which'
  ).split(' '),
);
/** Weekdays opening an answer (`A. Friday at noon.`): no surname. */
const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday'.split(' '),
);
/**
 * Whether an `A.` paragraph (`A. Yes, on Friday.`) reads as an answer rather than a name's
 * initial: its first word is one of {@link ANSWER_OPENERS}, or closed by a comma or a stop (`A.
 * Friday.`, `A. Absolutely!`).
 */
function opensAnswer(value: string): boolean {
  const rest = value.slice(value.indexOf(' ') + 1).trimStart();
  const end = rest.search(/[\s,.;:!?…]/);
  const word = end === -1 ? rest : rest.slice(0, end);
  if (end !== -1 && /[,.;:!?…]/.test(rest[end] ?? '')) return true;
  // A figure, a quotation or a bracket first (`A. 2026 will…`, `A. (Laughs) Yes.`) is no initial's name.
  if (/^[\d"“([—–-]/.test(word)) return true;
  return ANSWER_OPENERS.has(word.toLowerCase()) || WEEKDAYS.has(word.toLowerCase());
}

/**
 * A Spanish, Portuguese or Italian press interview's question and answer marks, closed by a full
 * stop (`P. ¿Cuándo…?` / `R. El viernes.`, `Pregunta. …` / `Respuesta. …`, as El País prints them;
 * `D. Quando…?` / `R. In primavera.`, `Domanda. …` / `Risposta. …`, as Italian papers do): read as
 * `P:` (`D:`) and `R:` when each opens at least two paragraphs; alone, `P. Smith` is a name.
 */
const DOTTED_QUESTION = lazyRegExp(
  String.raw`^(P|Pregunta|Pergunta|D|Domanda)\. (?=[\p{Lu}\d"“«¿¡(—–-])`,
  'u',
);
/** The mark (`P`, `Pregunta`, `D` …) opening the first of the paragraphs, before its stop. */
const markOf = (nodes: readonly Paragraph[]): string => {
  const value = nodes[0]?.value ?? '';
  return value.slice(0, Math.max(0, value.indexOf('. ')));
};
const DOTTED_ANSWER = lazyRegExp(
  String.raw`^(R|Respuesta|Resposta|Risposta)\. (?=[\p{Lu}\d"“«¿¡(—–-])`,
  'u',
);

/**
 * A SOT header naming its speaker: `SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA`, a radio
 * actuality's `ACT: MAYOR TOM REYES (:09)`, a numbered grab (`GRAB 2: TOM LEE`), Hindi and
 * Urdu TV's `बाइट: राकेश शर्मा, निवासी` / `بائٹ: …`.
 */
/** A bite's run time after its speaker's name: `(:09)`, `/ TRT :09`, `- RT 0:12`, `RUNS :15`. */
const RUN_TIME_AFTER_NAME =
  /\s*(?:\((?:\d{1,2})?:\d{2}\)|(?:[/–—-]\s*)?(?:TRT|RT|RUNS|DUR)\s*:?\s*(?:\d{1,2})?:\d{2})$/i;
const SOT_HEADER =
  /^(?:SOT|SOUNDBITE|SOUND BITE|BITE|GRAB|PTC|BYTE|P2C|ACT|ACTUALITY|CLIP|TAKE SOT|SOT FULL|SYNC|SONORA|SETKA|TOTAL|SONORO|SYNK|SYNCHRON|СИНХРОН|ITW|SES|RÖPORTAJ|ΔΗΛΩΣΗ|ΣΥΝΕΝΤΕΥΞΗ|O-TOON|인터뷰|बाइट|بائٹ)(?: #?\d{1,2})?(?:\s*[:–—-]|(?<=ITW) |(?<=^(?:SOT|SOUNDBITE|GRAB|BITE)) (?=[^,/\n]{2,60}[,/]))\s*(\S.{0,118})$/iu;
/**
 * The bite headers of ./cue-languages.ts (`CORTE: PEDRO SÁNCHEZ / PRESIDENTE`, `SONORE Marie
 * Dupont, habitante`, `OT 2: Anna Schulz, Landwirtin`): the person named after the lead.
 */
function europeanBiteHeader(value: string): string | null {
  if (CUE_WORDS.has(value)) return null;
  const lead = biteLeadLength(value);
  if (lead === 0) {
    // `CORTE: …`, `CORTE DE VOZ: …`: the label before a colon.
    const colon = value.indexOf(':');
    if (colon < 2 || colon > 14) return null;
    const kind = CUE_WORDS.get(value.slice(0, colon).trimEnd());
    return kind === 'bite' || kind === 'lead' ? value.slice(colon + 1).trim() || null : null;
  }
  const rest = value.slice(lead).trim();
  if (rest.startsWith(':')) return rest.slice(1).trim() || null;
  // Without a colon, a name and who they are only (`CORTE DE VOZ` is a cue's own words), or a
  // trade and the name (`OT 2: Hafenarbeiter Jan Meier`).
  return /[,/]/.test(rest) || tradeTag(rest) !== null ? rest : null;
}
/**
 * The anchor's tag for the paragraph under an anchor's cue alone on its line (`ANMODERATION`,
 * `ABMOD`, `LANCEMENT`, `DÉSANNONCE`, `ENTRADILLA`, `LANCIO`: ./cue-languages.ts), else null.
 */
function anchorReadCue(text: string): Tag | null {
  const value = text.trim();
  // Every such cue is one word of 5 to 13 capitals: most directions are decided by their length.
  if (value.length < 5 || value.length > 13 || CUE_WORDS.get(value) !== 'anchor') return null;
  return { ...BLANK_TAG, raw: value, role: 'anchor' };
}
/**
 * The Storting's record of who took the floor, the speech on the paragraph
 * below (`Første representant for Aust-Agder fylke, Freddy de Ruiter, tok ordet og uttalte:`,
 * `Freddy de Ruiter tok ordet og uttalte:`): the name, with what the record calls them before it
 * as the title. Bounded classes, anchored.
 */
const TOOK_THE_FLOOR = /^(?:([^!?;:,]{3,120}), )?([^!?;:,]{3,60}),? tok ordet og uttalte:$/u;

function tookTheFloor(text: string): Tag | null {
  const value = text.trim();
  if (value.length > 200 || !value.endsWith(':')) return null;
  const m = TOOK_THE_FLOOR.exec(value);
  if (!m) return null;
  const person = parseTag(`${m[2] ?? ''}:`)?.tag;
  if (person?.name == null || !person.name.includes(' ')) return null;
  return { ...person, raw: value, title: person.title ?? m[1] ?? null };
}

/** A caption keyed over a bite: `SUPER: MARIA LOPEZ / FIRE CHIEF`, `CG: Lena Fischer / Captain`. */
const BITE_CAPTION =
  /^(?:(?:SUPER|CG|L3|LOWER THIRD|CHYRON|FONT)\s*:|\[(?:SUPER|CG|L3|CHYRON|FONT)\])\s*(\S.{0,118})$/;
/** The segment markers that open a bite: `SOT`, `TAKE SOT`, `VO/SOT`, `SOT/VO`, `SOUNDBITE`. */
const SOT_MARKER =
  /^(?:TAKE )?(?:SOT|VO\/SOT|SOT\/VO|VOSOT|SOUNDBITE|SOUND BITE|BITE|GRAB|BYTE|SOT FULL|SYNC|TOTAL|SONORO|SYNK)$/i;
/** A whole quotation: opening and closing marks around the paragraph, a full stop allowed after. */
/**
 * A headline's quotation after its subject's name (`Araghchi: ‘We are ready for talks’`,
 * `Mayor: "We will rebuild"`, `La alcaldesa: «¿Faltaron medios?»`): the words wholly in one pair
 * of quotation marks of any language, not closed by a full stop (`"We are ready."` is a bite).
 */
const QUOTE_HEADLINE =
  /^(?:["“'‘][^"“”'‘’\n]{3,160}(?<!\.)["”'’]|«[^«»\n]{3,160}(?<!\.)»|„[^„“”\n]{3,160}(?<!\.)[“”])$/u;
/**
 * A headline quoting its subject on a line of its own before any turn (Al Jazeera, DW:
 * `Araghchi: ‘We are ready for talks’`), the page's next paragraph no turn (its standfirst, a
 * label): the page's headline, not a turn.
 */
function opensHeader(
  match: TagMatch,
  children: readonly RootContent[],
  index: number,
  livePage = false,
): boolean {
  const node = children[index];
  if (node?.type !== 'paragraph' || node.segments.length !== 1) return false;
  if (!QUOTE_HEADLINE.test(match.rest.trim()) && !(livePage && liveTitle(match, children, index)))
    return false;
  // (The page's summary under it as a note, the page's first words: see titleOffStandfirst.)
  const under = children[index + 1];
  if (
    under?.type === 'note' &&
    under.reason === 'page-element' &&
    endsWithSentencePunctuation(under.value) &&
    children.slice(0, index).every((n) => n.type === 'note')
  )
    return true;
  for (let j = index + 1; j < children.length && j <= index + 4; j++) {
    const next = children[j];
    if (next?.type === 'paragraph') return readTag(next) === null;
  }
  return false;
}
/** Blocks above the first turn a programme's header line may stand at. */
const MAX_HEADER_LINES = 6;

/**
 * A programme's name and its airtime (`Fakty TVN, 19:00`, `Události ČT, 19:00`) read as a tag
 * with a time and no words, right above a paragraph that opens with a tag and words of its own:
 * no turn is waiting for words there; the line is the header's (it would otherwise name a
 * speaker who says nothing, and its words would be lost).
 */
function timedHeaderLine(
  match: TagMatch,
  children: readonly RootContent[],
  index: number,
): boolean {
  if (match.rest !== '' || match.tag.timestampMs === null) return false;
  // At the top: a line of the log further down (`04 06 46 52 LMP (TRANQ) ...`) is a turn.
  if (index > MAX_HEADER_LINES) return false;
  for (let j = 0; j < index; j++) {
    const before = children[j];
    if (before?.type === 'paragraph' && before.data?.tag) return false;
  }
  const next = children[index + 1];
  if (next?.type !== 'paragraph') return false;
  const own = readTag(next);
  return own !== null && own.rest !== '';
}

/**
 * A time-led line that reads as a name alone (`(12:00) Close`, `(09:00) Welcome`) with a line
 * beside it that opens with a time and goes on with words too (`(11:30) Questions from the
 * floor`): an item of a timed list, an agenda's, not a speaker's tag (`[00:00:03] Jane Doe`, a
 * transcription export's, has its words under it, never another time).
 */
function timedListItem(
  match: TagMatch,
  node: Paragraph,
  children: readonly RootContent[],
  index: number,
): boolean {
  if (match.rest !== '' || match.tag.timestampMs === null || node.segments.length !== 1)
    return false;
  if (!opensWithTimeItem((node.segments[0] as Segment).raw.trim())) return false;
  const item = (other: RootContent | undefined): boolean =>
    other?.type === 'paragraph' && opensWithTimeItem((other.segments[0]?.raw ?? '').trim());
  return item(children[index - 1]) || item(children[index + 1]);
}

/**
 * A live page's title with its topic before a colon, the page's first paragraph (`Storm Bert:
 * Flood warnings across Wales as rivers rise`): a few words and no sentence's end after the colon.
 */
function liveTitle(match: TagMatch, children: readonly RootContent[], index: number): boolean {
  const rest = match.rest.trim();
  if (!STARTS_UPPERCASE.test(rest) || /[.!?:;,]$/.test(rest) || rest.split(' ').length > 16)
    return false;
  for (let j = 0; j < index; j++) if (children[j]?.type === 'paragraph') return false;
  return true;
}
const WHOLE_QUOTE = /^["“«„].*["”»“][.!?]?$/su;
/** Sentences: no lower-case letter first (a capital, a quotation mark, Hangul), an end last. */
const BITE_SENTENCES = lazyRegExp(String.raw`^[^\p{Ll}\s].*[.!?…"”»。]$`, 'su');

/**
 * A bite's in-cue or out-cue with its words: `IN: "We are asking…"`, `OUT CUE: …stay home.`,
 * BBC's `IN WORDS:` / `OUT WORDS:`.
 */
/** A bite's closing cue's label: its timecode, its out-cue, its run time. */
const BITE_TAIL = /^\s*(?:TC|TIMECODE|OUT|OC|SOC|RUNS?|TRT|DUR)\b/i;
const BITE_WORD_CUE =
  /^(IN|IN ?CUE|IN ?WORDS|INQ|OUT|OUT ?CUE|OUT ?WORDS|OUTQ|OQ|OC)\s*:\s*(\S.*)$/i;

const NON_LETTER_OR_NUMBER_RUNS = lazyRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');

/** A cue's or a paragraph's words for comparing them: lower case, letters and digits only. */
function cueWords(text: string): string {
  return text.toLowerCase().replace(NON_LETTER_OR_NUMBER_RUNS, ' ').trim();
}

/**
 * Follows a script's cues (in document order) to the person a cued bite belongs to. A SOT header
 * names them; after a SOT marker, a caption's `NAME / TITLE` does. The person speaks the next
 * whole quotation(s); a paragraph that is no quotation, or a cue that opens another segment,
 * ends the bite. In a US or UK TV script the bite's words follow its header and its own cues
 * (`IN:`, `OUT:`, `RUNS :12`) unquoted: the first paragraph after them is the bite when it opens
 * with the in-cue's words or closes with the out-cue's, or (with no such cues) when the cue of the
 * next segment follows it at once.
 */
class ScriptBites {
  private inSot = false;
  /** The last cue was a bite's cue alone (`SOT`, `((SOT))`), no person named yet. */
  private bareSot = false;
  private person: Tag | null = null;
  /** The line of the last bite header naming its person (`SONORA: NAME / ROLE`), or -1. */
  private headerLine = -1;
  /** The person is named and only the bite's own cues came since: its words are next. */
  private awaiting = false;
  /** The words of the bite's in-cue and out-cue (see {@link cueWords}), or ''. */
  private inCue = '';
  private outCue = '';

  /** `step`: lines from a line of text to the next (2 in a copy with a blank line after each). */
  private readonly step: number;

  constructor(step = 1) {
    this.step = step;
  }

  direction(text: string, line = -1): void {
    const value = text.trim();
    const header = SOT_HEADER.exec(value)?.[1] ?? europeanBiteHeader(value);
    if (header) {
      this.inSot = true;
      // A radio actuality's run time after the name (`ACT: MAYOR TOM REYES (:09)`, `… / TRT :09`)
      // is no part of it, nor is a colon closing the header as a tag (`SOT - MAYOR KIM PARK:`).
      this.person = biteTag(header.replace(RUN_TIME_AFTER_NAME, '').replace(/[ \t]*:$/, ''));
      this.headerLine = this.person === null ? -1 : line;
      this.awaitWords();
      return;
    }
    this.headerLine = -1;
    const bare = this.bareSot;
    this.bareSot = false;
    if (SOT_MARKER.test(value)) {
      this.inSot = true;
      this.person = null;
      this.awaitWords();
      this.bareSot = true;
      return;
    }
    // A cue right under a bare bite cue that is a person in capitals, a full name with what they
    // are (`((SOT))` / `((MAYOR ALAN BROOKS))`, `((ALAN BROOKS, MAYOR))`): the bite's speaker, as a
    // header would name them. (A cue's own words read as a name have no title: `((WIDE SHOT))`.)
    if (bare && value === value.toUpperCase() && value.includes(' ')) {
      const keyed = personTag(value);
      if (keyed?.name?.includes(' ') && (keyed.title !== null || keyed.office !== null)) {
        this.person = keyed;
        this.awaiting = true;
        return;
      }
    }
    const caption = BITE_CAPTION.exec(value);
    if (caption) {
      if (!this.inSot) return;
      const keyed = personTag(caption[1] as string);
      // The caption's full name over a header's surname (`SOT: MAYOR RUIZ`, `[CG] ELENA RUIZ /
      // MAYOR`): the same person, named in full.
      const surname = this.person?.name ?? null;
      if (
        this.person === null ||
        (keyed?.name &&
          surname !== null &&
          !surname.includes(' ') &&
          keyed.name.toLowerCase().endsWith(` ${surname.toLowerCase()}`))
      )
        this.person = keyed;
      this.awaiting = this.person !== null;
      return;
    }
    // A bite's own cues (`IN:`, `OUT:`, `RUNS :12`) keep it; any other cue opens another part.
    if (!isProductionLine(value)) {
      this.inSot = false;
      this.person = null;
      this.awaiting = false;
      return;
    }
    const cue = this.inSot ? BITE_WORD_CUE.exec(value) : null;
    if (cue) {
      const words = cueWords(cue[2] as string);
      // Two words at least: `OUTCUE: SOC` (standard out-cue) names no words of the bite.
      if (words.includes(' ')) {
        if ((cue[1] as string).toUpperCase().startsWith('I')) this.inCue = words;
        else this.outCue = words;
      }
    }
  }

  private awaitWords(): void {
    this.awaiting = this.person !== null;
    this.inCue = '';
    this.outCue = '';
  }

  /**
   * The length of the bite's speaker's name in capitals opening the paragraph, its colon lost
   * (`SOT: MARTA SILVA, UNION REP` / `MARTA SILVA We have waited…`), or 0.
   */
  namedOpening(node: Paragraph): number {
    const name = this.awaiting ? (this.person?.name ?? null) : null;
    if (name === null) return 0;
    const value = node.value;
    const head = value.slice(0, name.length);
    if (head !== name.toUpperCase() || head === name || value[name.length] !== ' ') return 0;
    // The words after it open a sentence in lower case (`We have…`, `I think…`): no more name.
    const word = value.slice(name.length + 1).split(' ', 1)[0] ?? '';
    const said = STARTS_UPPERCASE.test(word) && (HAS_LOWERCASE.test(word) || word === 'I');
    return said ? name.length + 1 : 0;
  }

  /**
   * The bite's speaker for this paragraph, or null (which ends the bite). `next`: the node after
   * the paragraph.
   */
  speakerOf(
    node: Paragraph,
    next: RootContent | undefined,
    tagged: (n: Paragraph) => boolean = (n) => readTag(n) !== null,
  ): Tag | null {
    const person = this.person;
    // The bite's words: a whole quotation, or (Brazilian, Turkish, Indonesian scripts) the
    // sentences on the line right under the header naming its person, with no tag of their own.
    const value = node.value.trim();
    const underHeader =
      this.headerLine > 0 &&
      paragraphLine(node) === this.headerLine + this.step &&
      BITE_SENTENCES.test(value);
    this.headerLine = -1;
    const awaited =
      this.awaiting && BITE_SENTENCES.test(value) && this.awaitedBite(value, next, tagged);
    this.awaiting = false;
    if (
      person !== null &&
      (underHeader || awaited || WHOLE_QUOTE.test(value)) &&
      readTag(node) === null
    ) {
      return person;
    }
    this.inSot = false;
    this.person = null;
    return null;
  }

  /** The first paragraph after a bite's header and cues: its words (see the class). */
  private awaitedBite(
    value: string,
    next: RootContent | undefined,
    tagged: (n: Paragraph) => boolean,
  ): boolean {
    if (this.inCue !== '' || this.outCue !== '') {
      const words = cueWords(value);
      return (
        (this.inCue !== '' && words.startsWith(this.inCue)) ||
        (this.outCue !== '' && words.endsWith(this.outCue))
      );
    }
    // Without them, the words end where the script cues its next segment (`[ANCHOR TAG]`, `[ON
    // CAM]`), or where the next speaker's tag opens a paragraph (`ANCHOR: …`): another bite's
    // header, copy without a cue or the script's end leaves them the anchor's.
    if (next?.type === 'paragraph' && tagged(next)) return true;
    return next?.type === 'direction' && !isProductionLine(next.value.trim());
  }
}

/**
 * A court or inquiry transcript's examination: under a witness's heading (`MR GRAHAM TULLOCH
 * (affirmed)`), `A.` is the witness; under `Questions by MS ADEYEMI KC`, `Q.` is that counsel.
 * A new witness's heading ends the examination before it.
 */
/** A witness's heading or an examination's (see {@link examination}). */
function isExaminationDirection(value: string): boolean {
  return (
    value.length <= 220 &&
    (examinerOf(value) !== null ||
      WITNESS_HEADING.test(value) ||
      SWORN_WITNESS.test(value) ||
      EXAMINATION_HEADING.test(value))
  );
}

/**
 * A court's record: `THE WITNESS:` or `THE COURT:` speaks in it, counsel objects in it
 * (`MR. BROWN: Objection, form.`, a deposition's mark), or a witness's or an examination's
 * heading stands in it.
 */
function isCourtRecord(children: readonly RootContent[]): boolean {
  return children.some((node) =>
    node.type === 'paragraph'
      ? node.data?.tag?.role === 'witness' ||
        node.data?.tag?.role === 'judge' ||
        (node.data?.tag?.name != null && OBJECTION.test(node.value))
      : node.type === 'direction' && isExaminationDirection(node.value.trim()),
  );
}

/** Counsel's objection opening a turn (`Objection, form.`, `Objection to the form.`), its tag or not. */
const OBJECTION =
  /^(?:[^:]{1,60}:\s*)?Objection(?:[.,;!]|\s+to\s+(?:the\s+)?(?:form|foundation|relevance|scope)\b|$)/;

/** An office in capitals as a title (`COUNSEL TO THE INQUIRY` → `Counsel to the Inquiry`). */
function titleOfOffice(office: string): string | null {
  if (office === '') return null;
  return titleCaseIfCaps(office).replace(/ (?:To|The|Of|For)(?= )/g, (w) => w.toLowerCase());
}

function examination(children: readonly RootContent[], file: VFile): void {
  let witness: Tag | null = null;
  let examiner: Tag | null = null;
  /** Whether the examination's heading named counsel by their office only. */
  let byOffice = false;
  // In a court's record (`THE WITNESS:`, `THE COURT:` speak in it, or an examination's heading
  // stands in it), `A.` is the witness before any heading names them, as `THE WITNESS:` is, and
  // `Q.` the examining counsel, never a journalist.
  const court = isCourtRecord(children);
  const unnamedWitness: Tag = { ...BLANK_TAG, raw: 'THE WITNESS', role: 'witness' };
  const unnamedCounsel: Tag = { ...BLANK_TAG, raw: 'Q', role: 'counsel' };
  // A police interview record (\`Person interviewed: Daniel Hart\`): \`A\` is that person, \`Q\`
  // the interviewing officer, no journalist.
  const interviewed = court ? null : intervieweeOf(children);
  const officer: Tag = { ...BLANK_TAG, raw: 'Q', role: 'interviewer' };
  for (const node of children) {
    if (node.type === 'direction') {
      const value = node.value.trim();
      const heading = WITNESS_HEADING.exec(value) ?? SWORN_WITNESS.exec(value);
      if (heading) {
        witness = personTag(heading[1] as string);
        examiner = null;
      }
      const by = EXAMINATION_HEADING.exec(value)?.[1] ?? examinerOf(value);
      // Counsel named by their office (`Questions by COUNSEL TO THE INQUIRY`) is that role, until
      // the first turn under the heading names them (`MR KEITH: Professor Marsh, …`).
      if (by) {
        const named = personTag(by);
        byOffice = named === null;
        examiner = named ?? {
          ...BLANK_TAG,
          raw: by,
          role: by.toLowerCase().replace(/\s+/g, ' '),
        };
      }
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const tag = node.data?.tag;
    if (byOffice && tag?.name != null && tag.role !== 'witness')
      examiner = { ...tag, title: tag.title ?? titleOfOffice(examiner?.raw ?? '') };
    byOffice = false;
    if (!tag || tag.name !== null) continue;
    const person =
      tag.role === 'answer' || tag.role === 'witness'
        ? (witness ??
          (court && tag.role === 'answer' ? unnamedWitness : null) ??
          (tag.role === 'answer' ? interviewed : null))
        : tag.role === 'reporter'
          ? (examiner ??
            (court && tag.raw === 'Q' ? unnamedCounsel : null) ??
            (interviewed && tag.raw === 'Q' ? officer : null))
          : null;
    if (person === null) continue;
    node.data = { ...node.data, tag: { ...person, timestampMs: tag.timestampMs } };
    report(
      file,
      'speaker-tag',
      person === officer
        ? 'Read “Q” as the interviewing officer'
        : person.name === null
          ? `Read “${tag.raw}” as ${person.role === 'witness' ? 'the witness' : 'the examining counsel'} of a court's record`
          : `Read “${tag.raw}” as ${person.raw}, the ${person === interviewed ? 'person interviewed' : tag.role === 'answer' ? 'witness' : 'counsel'} the heading names`,
      { line: paragraphLine(node) },
    );
  }
}

/** A bite header's title in capitals before the full name (`SOŁTYS Jan Kowalski`). */
const CAPS_TITLE_NAME = lazyRegExp(
  String.raw`^(\p{Lu}[\p{Lu}'’.-]{3,30}(?: \p{Lu}[\p{Lu}'’.-]{1,30}){0,5}) (\p{Lu}\p{Ll}[\p{L}'’.-]{0,30}(?: \p{Lu}\p{Ll}[\p{L}'’.-]{0,30}){1,2})$`,
  'u',
);

/** The person a bite's header names; a title in capitals before the name title-cased. */
function biteTag(header: string): Tag | null {
  const traded = tradeTag(header);
  if (traded !== null) return traded;
  const m = CAPS_TITLE_NAME.exec(header);
  return m
    ? { ...BLANK_TAG, raw: header, name: m[2] as string, title: capsTitle(m[1] as string) }
    : personTag(header);
}

/** The person a police interview record's header names (`Person interviewed: Daniel Hart`). */
function intervieweeOf(children: readonly RootContent[]): Tag | null {
  for (const node of children.slice(0, MAX_HEADER_NODES)) {
    const m = node.type === 'note' ? /^Person interviewed\s?:\s+(.{3,60})$/.exec(node.value) : null;
    if (m) return personTag((m[1] as string).trim());
  }
  return null;
}

/** Fewest tagged paragraphs of a record before its office line without a colon is a tag. */
const MIN_RECORD_TAGS = 1;
/** Longest office-and-name line read so. */
const OFFICE_LINE_CHARS = 80;

/**
 * A record whose turns open with colon tags, and one turn with the office and the full name alone
 * on its line without the colon (the Eduskunta's question time: `Annika Saarikko /kesk:` … then
 * `Pääministeri Jyrki Katainen` over the answer): that line is the tag of the paragraph below.
 * Only after a tagged turn, over a paragraph without a tag of its own: a page's headline naming
 * a minister stays a headline.
 */
function officeNameLines(
  children: readonly RootContent[],
  tagged: (node: Paragraph) => boolean,
  file: VFile,
): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  let tags = 0;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'paragraph') continue;
    if (tagged(node)) {
      tags++;
      continue;
    }
    const next = children[i + 1];
    const value = node.value.trim();
    if (
      tags === 0 ||
      next?.type !== 'paragraph' ||
      node.segments.length !== 1 ||
      value.length > OFFICE_LINE_CHARS ||
      value.includes(':') ||
      /[.!?,;]$/.test(value) ||
      tagged(next)
    )
      continue;
    const match = parseTag(`${value}:`);
    if (match === null || match.rest !== '' || match.tag.office === null) continue;
    if (!(match.tag.name ?? '').includes(' ')) continue;
    found.set(node, { tag: { ...match.tag, raw: value }, rest: '', end: value.length });
  }
  if (tags < MIN_RECORD_TAGS) return new Map();
  for (const node of found.keys())
    report(file, 'speaker-tag', `Read “${node.value.trim()}” as a tag without its colon`, {
      line: paragraphLine(node),
    });
  return found;
}

/** A seat and a party in brackets alone on a line: `(Hexham) (Lab)`, `(LD)`. */
const SEAT_LINE = /^\([^()\n]{1,40}\)(?: \([^()\n]{1,40}\)){0,2}$/;

/** A page's label over its transcript panel. */
const TRANSCRIPT_LABEL = /^transcript$/i;

/** Fewest paragraphs opening with a name line before such lines are read as speakers. */
const MIN_NAME_LINES = 3;
/** Fewest script cues (directions) round a role's cue said once for it to be a voice. */
const MIN_SCRIPT_CUES = 2;

/**
 * A transcript whose speakers' names stand alone on a line above their words, with no colon:
 * a podcast or interview page (bold on the page, lost in the copy: `Leah Brandt` / `From the
 * Tribune, I'm Leah Brandt.`), a press conference's or a parliament's record copied from the web
 * (`TREASURER` / `Good morning…`, `The Speaker` / `Order.`), a script's cue alone on its line
 * (`ANNA`, `SMITH (on camera)`). The name line is the tag when the transcript's own pattern says
 * so; a name in a paragraph of its own above the words counts too. A lone name over a paragraph
 * elsewhere (a byline, a caption, a heading, a list of participants) stays what it is.
 *
 * Two readings, the wider first:
 * - any tag the grammar reads on the line (a title, a role in any case, a constituency, a
 *   surname alone), when at least three paragraphs open so, two speakers at least, the lines of
 *   speakers who come back are half of them or more, a one-word name comes back (else that line
 *   is no tag), and the speakers alternate (rarely the same one twice in a row);
 * - a full name, or a name or role in capitals, when at least three paragraphs open so and a
 *   name comes back (each one-word name twice at least, two voices at least for capitals' cues).
 */
function nameLineTags(
  children: readonly RootContent[],
  listed: readonly [string, string][] | undefined,
): Map<Paragraph, TagMatch> {
  if (listed !== undefined) return callNameLines(children, new Map(listed));
  const wide = readNameLines(children, true);
  return wide.size > 0 ? wide : readNameLines(children, false);
}

/** A 12-hour clock closing a name line after one space (`Jane Doe 10:02 AM`). */
const NAME_LINE_CLOCK = / (?:1[0-2]|0?[1-9]):[0-5]\d(?::[0-5]\d)? ?[AP]M$/;

/** The words of the clock closing a name line (`10:02 AM`: two; `10:02AM`: one). */
function clockWords(node: Paragraph, lead: number): number {
  const m = NAME_LINE_CLOCK.exec(node.segments[lead]?.text.trim() ?? '');
  return m === null ? 0 : wordCount(m[0].trim());
}

/** A name line's reading: its tag, and whether it is a one-word name. */
interface NameLine {
  node: Paragraph;
  match: TagMatch;
  key: string;
}

function readNameLines(children: readonly RootContent[], wide: boolean): Map<Paragraph, TagMatch> {
  const lines: NameLine[] = [];
  /** How often each speaker opens a paragraph. */
  const counts = new Map<string, number>();
  /** The one-word names and roles among them (script cues). */
  const cues = new Set<string>();
  /** The one-word names. */
  const single = new Set<string>();
  /** The speakers of the file's tags with a colon. */
  const tagged = new Set<string>();
  /** The speaker of the last tag read, and how often a name line names them again. */
  let lastKey: string | null = null;
  let twice = 0;
  /**
   * The text's first {@link HEADER_CHARS} characters read so far (a briefing's header and title),
   * in lower case, and the full names it holds above their name line.
   */
  let header = '';
  const introduced = new Set<string>();
  /** The speakers named by the file's tags with a colon (not their roles). */
  const colonNames = new Set<string>();
  /** The script's cues and production lines (`ЗК:`, `SOT: …`, `[MUSIC]`). */
  let cueLines = 0;
  // A paragraph's first line is read as the one under a name, then as its own: read once (the
  // last line read is kept).
  let namedText: string | null = null;
  let named: Tag | null = null;
  const nameOf = (text: string): Tag | null => {
    if (text !== namedText) {
      namedText = text;
      named = wide ? tagOnLine(text) : nameOnLine(text);
    }
    return named;
  };
  /** Where a page's `Transcript` label stands (its panel's turns under it), and the first name line's node. */
  let panelLabel = -1;
  let firstLine = -1;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (i > 0 && header.length < HEADER_CHARS) header = readHeader(header, children[i - 1]);
    if (node.type === 'note' && firstLine === -1 && TRANSCRIPT_LABEL.test(node.value.trim()))
      panelLabel = i;
    if (node.type !== 'paragraph') {
      // (A bite, a sound or a reaction between two paragraphs of one speaker.)
      if (node.type === 'direction') {
        lastKey = null;
        cueLines++;
      }
      continue;
    }
    // A member's seat and party on the line under the name (Hansard copied from its page:
    // `Sarah Collins` / `(Hexham) (Lab)`): one name line of two lines.
    // (A time taken out of the line above the name leaves that line empty: `0:03` / `Dana
    // Whitfield`, a podcast page's panel.)
    const lead = node.segments.length > 1 && node.segments[0]?.text.trim() === '' ? 1 : 0;
    const seat =
      node.segments.length > lead + 1 ? (node.segments[lead + 1]?.text.trim() ?? '') : '';
    const seated = SEAT_LINE.test(seat);
    // (A meeting export's name with the clock after one space, `Jane Doe 10:02 AM` (Webex): the
    // name line, read as the names over the words are, the clock no part of the name.)
    const first = `${(node.segments[lead]?.text.trim() ?? '').replace(NAME_LINE_CLOCK, '')}${seated ? ` ${seat}` : ''}`;
    /** The line under the name. */
    const under = lead + (seated ? 2 : 1);
    const tag = nameOf(first);
    if (!tag) {
      // The file's tags with a colon say who speaks in it too.
      const colon = wide ? readTag(node) : null;
      const other =
        colon !== null
          ? (colon.tag.name ?? `(${colon.tag.role})`)
          : // A briefing's questions (`Q Mr. President, on…`, White House).
            wide && SINGLE_SPACE_Q.test(node.value)
            ? '(reporter)'
            : null;
      if (colon?.tag.name != null) colonNames.add(colon.tag.name);
      if (other !== null) {
        tagged.add(other);
        // (A surname alone names the same speaker: `HUNT` after `KASIE HUNT:`.)
        const space = other.lastIndexOf(' ');
        if (space > 0 && colon?.tag.name === other) tagged.add(other.slice(space + 1));
      }
      // Only a name line right after the same speaker's names them twice in a row.
      lastKey = other;
      continue;
    }
    // The name on a line of its own, or in a paragraph of its own above the words (a copied
    // page that sets the name apart with a blank line).
    const alone = node.segments.length === under;
    if (alone) {
      const next = children[i + 1];
      // The words under it, not another name, nor a turn of its own (a topic heading over
      // tagged turns: `Hospital Waiting Lists` / `Mr Tom Reed (Northfield): …`).
      if (
        next?.type !== 'paragraph' ||
        nameOf(next.segments[0]?.text.trim() ?? '') !== null ||
        readTag(next) !== null
      )
        continue;
    } else if (wide && nameOf(node.segments[under]?.text.trim() ?? '') !== null) {
      // A name over a name: a list of participants, a name over their office, no words.
      continue;
    }
    if (!alone) {
      // A tag read with a colon on the first line is that tag; one read across the name line
      // (`QUESTION` / `Thanks, Matthew. On Sudan: does…`) is none.
      const colon = readTag(node);
      if (colon !== null && !(wide && colon.tag.raw.length > first.length)) continue;
    }
    // Words under a name that are no sentence (`General Assembly` / `Eightieth session`) are a
    // title page's or a heading's lines.
    if (wide && !alone && !isSaid(node.segments[under]?.text.trim() ?? '')) continue;
    const key = tag.name === null ? `(${tag.role})` : memberKey(tag.name);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key === lastKey) twice++;
    lastKey = key;
    // (An initial and a surname, `В.Путин`, is a name in full enough.)
    // A cue with its delivery (`MARK (OFF-SCREEN)`) is a script's voice, no heading.
    if (
      tag.name !== null &&
      !/[ .]/.test(tag.name) &&
      (!wide || (tag.title === null && tag.delivery === null))
    )
      single.add(key);
    if (tag.name === null || !tag.name.includes(' ')) cues.add(key);
    const clocked = NAME_LINE_CLOCK.test(node.segments[lead]?.text.trim() ?? '');
    const rest = alone
      ? ''
      : dropWords(node.value, wordCount(first) + (clocked ? clockWords(node, lead) : 0));
    if (key.includes(' ') && header.includes(key.toLowerCase())) introduced.add(key);
    lines.push({ node, match: { tag, rest, end: 0 }, key });
    if (firstLine === -1) firstLine = i;
  }
  const found = new Map<Paragraph, TagMatch>();
  // A page's transcript panel of two or three turns right under its `Transcript` label: two
  // speakers or more, full names or titled, taking turns, are its tags however few.
  if (
    wide &&
    panelLabel !== -1 &&
    firstLine === panelLabel + 1 &&
    lines.length >= 2 &&
    counts.size >= 2 &&
    twice === 0 &&
    lines.every(
      ({ key, match: { tag } }) => key.includes(' ') || tag.title !== null || tag.role !== null,
    )
  ) {
    for (const line of lines) found.set(line.node, line.match);
    return found;
  }
  // A screenplay's cues are its characters, each a voice however often it speaks.
  if (single.size > 0 && hasSceneHeading(children)) single.clear();
  if (!wide) {
    let repeated = false;
    for (const count of counts.values()) if (count > 1) repeated = true;
    // A script's cues in capitals (`ANCHOR`, `ANNA`) are voices only in a dialogue of two or more.
    if (cues.size > 0 && counts.size < 2) return found;
    // A first name alone comes back in a dialogue; a roundup's place names (`PARIS` / `CHICAGO`)
    // over their paragraphs mostly do not.
    for (const key of single) if ((counts.get(key) ?? 0) < 2) return found;
    if (lines.length < MIN_NAME_LINES || !repeated) return found;
    for (const line of lines) found.set(line.node, line.match);
    return found;
  }
  // A surname alone names the speaker a full name line named before (`MARGARET HALE` over her
  // first words, `HALE` over her next: a radio transcript's second mention).
  const surnames = new Set<string>();
  for (const key of counts.keys()) {
    const space = key.lastIndexOf(' ');
    if (space > 0 && !key.startsWith('(')) surnames.add(key.slice(space + 1));
  }
  // A briefer's full name in capitals said once over the opening words (on the next line: no
  // heading alone in its paragraph), the header above naming them (`Presenter: Pentagon Press
  // Secretary Peter Cook` … `PETER COOK` / `Hi everyone.`), in a briefing whose questions are
  // tagged: the briefer's tag.
  const briefer = (line: NameLine): boolean =>
    tagged.size > 0 && introduced.has(line.key) && line.match.rest !== '' && isCapsLine(line.node);
  const comesBack = (key: string): boolean =>
    tagged.has(key) || (counts.get(key) ?? 0) > 1 || (single.has(key) && surnames.has(key));
  for (const line of lines) if (briefer(line)) tagged.add(line.key);
  // A one-word name said once is no speaker of the dialogue (a heading, a place).
  // Nor is a plain name said once in a paragraph of its own (a header's line, a heading).
  const kept = lines.filter((line) => {
    if (comesBack(line.key)) return true;
    const { tag } = line.match;
    const plain = tag.title === null && tag.role === null && tag.delivery === null;
    return !single.has(line.key) && !(plain && line.match.rest === '');
  });
  const speakers = new Set<string>(tagged);
  let comeBack = 0;
  let plainOnce = 0;
  for (const line of kept) {
    const { tag } = line.match;
    speakers.add(line.key);
    if (comesBack(line.key)) comeBack++;
    else if (
      tag.title === null &&
      tag.role === null &&
      tag.office === null &&
      tag.delivery === null
    )
      plainOnce++;
  }
  // The chair comes back between members who speak once (a parliament's record); names said
  // once with nothing that makes them a speaker's (no title, no role) are no more than those.
  // A name line whose speaker the file tags with a colon elsewhere is that speaker's tag,
  // however few such lines there are.
  // So is a role in capitals in a script of two voices, or over two of its reads at least
  // (`REPÓRTER`, `CONDUTTORE`, a radio's `LOCUTOR` between the bites).
  const byTags = kept.length > 0 && kept.every((line) => tagged.has(line.key));
  // Or a role in capitals over the copy between a script's cues (`ВЕДУЧИЙ` over the anchor's
  // read, then `ЗК:` and the bites' cues): the script's voices are in its cues.
  // So is a chamber's or a court's role named by its place (`The Speaker`, `Some hon. members`)
  // over the words in a record whose members' tags keep their colon.
  const record = colonNames.size >= MIN_RECORD_NAMES;
  const backed =
    kept.length > 0 &&
    kept.every(
      (line) =>
        tagged.has(line.key) ||
        isRoleCue(line.match.tag, line.node) ||
        (record && isPlaceRole(line.match.tag, line.node)),
    );
  const cued = backed && cueLines >= MIN_SCRIPT_CUES && !byTags;
  // A Hansard's names, the courtesy title or article in ordinary case and the surname or office
  // in capitals (`Mr J M SIBIYA`, `The MINISTER OF FINANCE`, `An HON MEMBER`): the record's
  // tags, each member speaking once or more.
  const hansard = kept.every(({ match: { tag } }) => {
    const m = HANSARD_NAME.exec(tag.raw);
    // (`The`/`An` before an office or the members, a courtesy title before a name.)
    return m !== null && (m[1] === undefined) === (tag.name !== null);
  });
  if (
    (backed
      ? !byTags && !cued && speakers.size < 2 && kept.length < 2
      : kept.length < MIN_NAME_LINES) ||
    (!backed && (speakers.size < 2 || (comeBack < 2 && !hansard))) ||
    (!hansard && plainOnce > comeBack) ||
    // (A correspondent on camera, then in voice-over, is named twice in a row.)
    twice * 3 > kept.length
  )
    return found;
  for (const line of kept) found.set(line.node, line.match);
  return found;
}

/**
 * A name line's speaker: the name without the courtesy titles before it, so that one member
 * named in two languages' titles (`Nksz P TSHWETE`, then `Ms P TSHWETE`) comes back.
 */
function memberKey(name: string): string {
  const words = name.split(' ');
  let i = 0;
  while (
    i < words.length - 1 &&
    HONORIFICS.has((words[i] as string).toLowerCase().replace(/\.$/, ''))
  )
    i++;
  return i === 0 ? name : words.slice(i).join(' ');
}

/** See `hansard` in {@link readNameLines}. */
const HANSARD_NAME = lazyRegExp(
  String.raw`^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Adv|Rev|Nksz|Nkk|Mnu|Mnr|Mev|Senator|Hon|(The|An))\.? (?:\p{Lu}\.? ?){0,3}(?:Mc|Mac)?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,6}$`,
  'u',
);

/** A role alone in capitals on the paragraph's first line (`REPÓRTER`, `ANCHOR`). */
function isRoleCue(tag: Tag, node: Paragraph): boolean {
  if (tag.name !== null || tag.role === null) return false;
  return isCapsLine(node);
}

/** The paragraph's first line in capitals. */
function isCapsLine(node: Paragraph): boolean {
  const first = node.segments[0]?.text.trim() ?? '';
  return first === first.toUpperCase() && first !== first.toLowerCase();
}

/** Characters of a transcript's header read for the names it introduces. */
const HEADER_CHARS = 2000;

/** The header read so far with the node's text after it, in lower case, to {@link HEADER_CHARS}. */
function readHeader(header: string, node: RootContent | undefined): string {
  if (node === undefined || !('value' in node) || typeof node.value !== 'string') return header;
  const text = node.value.slice(0, HEADER_CHARS).toLowerCase().replace(/\s+/g, ' ');
  return `${header} ${text}`.slice(0, HEADER_CHARS);
}

/** Fewest speakers a record's tags with a colon name before its roles alone are read as tags. */
const MIN_RECORD_NAMES = 2;

/**
 * A role named by its place in the chamber or the court, after an article or a quantity (`The
 * Speaker`, `Some hon. members`, `The Deputy Chair`, `The Court`): no heading's one word
 * (`Question`), no host's or moderator's role.
 */
function isPlaceRole(tag: Tag, node: Paragraph): boolean {
  if (tag.name !== null || tag.role === null) return false;
  // The chair's office, the members, the court's own voices.
  const chamber =
    tag.office !== null ||
    tag.role.endsWith('members') ||
    tag.role === 'judge' ||
    tag.role === 'witness';
  // (In French: `Des voix`, `Le Président`, `Une voix`.)
  return (
    chamber &&
    /^(?:The|Some|All|Several|Des|Le|La|Les|Une|Plusieurs) \S/.test(
      node.segments[0]?.text.trim() ?? '',
    )
  );
}

/** Words someone says: a sentence's end or a pause in them, or five words at least. */
function isSaid(text: string): boolean {
  return /[.?!…,;:—–"”»)\]]$/.test(text) || text.split(' ').length >= 5;
}

/**
 * Any tag alone on a line (`TREASURER`, `The Speaker`, `Fiona Drummond (Glasgow Kelvin) (Lab)`,
 * `Moderator`, `Vogel`), read as it would be with a colon; else null.
 */
function tagOnLine(text: string): Tag | null {
  const first = text.trim();
  // (A member's riding or office in brackets makes a longer line: `M. Paul Roy (secrétaire
  // parlementaire du ministre du Logement, Lib.)`.)
  if (first.length > (first.endsWith(')') ? 100 : 60)) return null;
  if (first.includes(':') || /[.!?,;]$/.test(first)) return null;
  // (A continental chamber's tag, `El señor PRESIDENTE`, `La señora GAMARRA RUIZ-CLAVIJO`.)
  const line = parseTag(`${first}:`) ?? chamberTag(`${first}:`)?.match;
  if (line?.rest !== '') return null;
  return line.tag.name !== null || line.tag.role !== null ? line.tag : null;
}

/**
 * A person's full name alone, read as the tag it would be with a colon; in capitals, a first name
 * or a role alone too (a script's cue over the words: `ANNA`, `ANCHOR`); else null.
 */
function nameOnLine(text: string): Tag | null {
  const first = text.trim();
  if (first.length > 40 || first.includes(':') || /[.!?,]$/.test(first)) return null;
  const line = parseTag(`${first}:`);
  const tag = line?.tag;
  if (!tag || line.rest !== '' || tag.title !== null) return null;
  const caps = first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase();
  if (tag.name === null) return caps && tag.role !== null ? tag : null;
  if (tag.role !== null) return null;
  return caps || tag.name.includes(' ') ? tag : null;
}

/**
 * An earnings call's speakers: a participant the lists name (or `Operator`) alone on its line, or
 * as listed (`Raj Patel — Chief Financial Officer`), above a paragraph of words or the words on
 * the next lines, is that speaker's tag.
 */
function callNameLines(
  children: readonly RootContent[],
  listed: ReadonlyMap<string, string>,
): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'paragraph') continue;
    const first = node.segments[0]?.text.trim() ?? '';
    const entry = listed.has(first) ? null : CALL_LIST_ENTRY.exec(first);
    const name = entry ? (entry[1] as string) : first;
    const title = listed.get(name);
    const alone = node.segments.length === 1;
    if ((alone && children[i + 1]?.type !== 'paragraph') || title === undefined) continue;
    // The title the list gives (`Marcus Olsen - Chief Executive Officer`), when it reads as one.
    const line = (title && parseTag(`${name}, ${title}:`)) || parseTag(`${name}:`);
    const rest = alone ? '' : dropWords(node.value, wordCount(first));
    if (line !== null && line.rest === '') found.set(node, { tag: line.tag, rest, end: 0 });
  }
  return found;
}

/**
 * The person a team's press conference header names (`Head Coach Dan Morrow`), above its first
 * topic line (`On the run defense:`), as a tag with the role as the title; null for none.
 */
function presserTag(children: readonly RootContent[]): Tag | null {
  for (const node of children.slice(0, MAX_HEADER_NODES)) {
    if (node.type === 'headline' && isPressTopic(node.value)) return null;
    if (node.type !== 'headline' && node.type !== 'note' && node.type !== 'paragraph') continue;
    const lines = node.type === 'paragraph' ? node.segments.map((seg) => seg.text) : [node.value];
    for (const line of lines) {
      const person = presserPerson(line.trim());
      if (person) return { ...BLANK_TAG, raw: person[0], name: person[0], title: person[1] };
    }
  }
  return null;
}

/** A caption or header's person (`MARIA LOPEZ / FIRE CHIEF`) as a tag naming them, or null. */
function personTag(text: string): Tag | null {
  const match = parseTag(`${text.replace(/\s+\/\s+/g, ', ')}:`);
  if (match !== null && match.rest === '' && match.tag.name !== null) return match.tag;
  // A name in a script without capitals (a Hindi bite's `राकेश शर्मा, निवासी`).
  return caselessPersonTag(text);
}

/**
 * An interview printed with its questions in bold and no labels (a magazine's Q&A: `**Why
 * now?**` / `Because …`, `<p><strong>Why now?</strong></p>`): from the first bold question on,
 * each paragraph all in bold is the interviewer's (`Q`), the paragraph after it the answer's
 * (`A`). Two bold questions at least, most bold paragraphs ending in `?`, each followed by a
 * plain one, and no tag among them.
 */
function boldQuestions(
  children: readonly RootContent[],
  boldLines: ReadonlySet<number> | undefined,
  tagged: (node: Paragraph) => boolean,
  file: VFile,
): Map<Paragraph, TagMatch> {
  const out = new Map<Paragraph, TagMatch>();
  if (boldLines === undefined || boldLines.size < 2) return out;
  const paragraphs = children.filter((n): n is Paragraph => n.type === 'paragraph');
  const bold = (node: Paragraph | undefined) => boldLines.has(node?.segments[0]?.line ?? 0);
  const pairs: [Paragraph, Paragraph][] = [];
  let questions = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const node = paragraphs[i] as Paragraph;
    if (!bold(node)) continue;
    const question = node.value.trimEnd().endsWith('?');
    if (pairs.length === 0 && !question) continue;
    const answer = paragraphs[i + 1];
    if (answer === undefined || bold(answer) || tagged(node) || tagged(answer)) return out;
    if (question) questions++;
    pairs.push([node, answer]);
  }
  if (questions < 2 || questions * 2 < pairs.length) return out;
  const as = (raw: string, role: string, node: Paragraph): TagMatch => ({
    tag: { ...BLANK_TAG, raw, role },
    rest: node.value,
    end: 0,
  });
  for (const [question, answer] of pairs) {
    out.set(question, as('Q', 'reporter', question));
    out.set(answer, as('A', 'answer', answer));
  }
  report(
    file,
    'speaker-tag',
    `Read ${pairs.length} bold paragraphs as questions, each answered by the next`,
    { line: paragraphLine(pairs[0]?.[0] as Paragraph) },
  );
  return out;
}

/**
 * A name in capitals closed by a full stop, the words after it (the Federal Reserve's press
 * conference transcripts: `CHAIR POWELL. Good afternoon.`, `MICHELLE SMITH. Thank you.`): two
 * or three words, or one to three after an abbreviated rank (the Philippine Senate's record:
 * `SEN. ZUBIRI. Mr. President, …`, `THE PRESIDENT. …`); no nested quantifier.
 */
const CAPS_DOT_TAG = /^((?:[A-Z]{2,4}\. )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})\. (?=[A-Z"“(\d])/;
/** Fewest paragraphs opening with such a tag before any is read so (one name at least twice). */
const MIN_CAPS_DOT_TAGS = 3;

/**
 * The paragraphs opening with a {@link CAPS_DOT_TAG}, each with its tag read as if closed by a
 * colon, when at least three do and a name comes back; alone, `BREAKING NEWS. The …` is a
 * heading's words, not a speaker.
 */
function capsDotTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const names = new Set<string>();
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const m = CAPS_DOT_TAG.exec(node.value);
    if (!m) continue;
    const label = m[1] as string;
    // One word is a name only after its rank (`SEN. ZUBIRI`): `BREAKING. The …` is none.
    if (!label.includes(' ')) continue;
    const match = parseTag(`${label}: ${node.value.slice(m[0].length)}`);
    if (match === null || match.tag.raw !== label) continue;
    found.set(node, match);
    names.add(label);
  }
  return found.size >= MIN_CAPS_DOT_TAGS && names.size < found.size ? found : new Map();
}

/**
 * A name, in capitals or capitalised (one to four words), an em or en dash and the words, a
 * sentence's start (`MARIA LOPEZ — When did you know?`, `Maria Lopez – Honestly…`: some
 * scripts' and magazine Q&As' speaker tags; `Pros — cheap` is a note's list). Bounded classes,
 * no nested quantifier. A wire story's dateline has the same shape (`WASHINGTON — The Senate
 * voted…`), see {@link dashTags}.
 */
const DASH_TAG = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’.-]{0,24}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,24}){0,3}(?: \([^()]{1,40}\))?)(?: ?— ?| – | -- | - )(?=[\p{Lu}\p{N}"“‘'¿¡(])`,
  'u',
);
/** A dash opening an aside within the first sentence after a tag-like name (`Smith — who … — said`). */
const ASIDE_DASH = /^[^.!?]{0,200}? (?:[—–]|--) /u;

/** Fewest turns of a dash interview whose labels are words alone (see {@link isDashInterview}). */
const MIN_DASH_INTERVIEW_TURNS = 4;

/**
 * Dash-tagged paragraphs that are an interview's turns: two labels only, in turn (each paragraph's
 * label is not the one before's), four turns at least, and most of one label's paragraphs end
 * in a question mark. A live page's datelines (`KYIV —`, `MOSCOW —`) ask nothing.
 */
function isDashInterview(found: readonly { label: string; match: TagMatch }[]): boolean {
  if (found.length < MIN_DASH_INTERVIEW_TURNS) return false;
  const labels = new Map<string, { turns: number; questions: number }>();
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as { label: string; match: TagMatch };
    if (k > 0 && found[k - 1]?.label === f.label) return false;
    const seen = labels.get(f.label) ?? { turns: 0, questions: 0 };
    seen.turns++;
    if (/[?？¿]\P{L}{0,3}$/u.test(f.match.rest)) seen.questions++;
    labels.set(f.label, seen);
    if (labels.size > 2) return false;
  }
  for (const { turns, questions } of labels.values()) if (questions * 2 > turns) return true;
  return false;
}

/**
 * The paragraphs opening with a {@link DASH_TAG}, each with its tag read as if closed by a colon,
 * by the convention, not the line: in a text where two names or more open paragraphs so and one
 * comes back, a name that comes back is a speaker's tag; and a name opening one paragraph is a
 * tag too, but for the first such paragraph of the text, where a wire story puts its dateline
 * (`WASHINGTON —`, once, at the top). A name whose dash opens an aside (`Smith — who chairs it —
 * said`) is prose. A place with its country or agency (`KYIV, Ukraine —`, `LONDON (Reuters) —`)
 * is never this shape.
 */
/** A day or date alone (`Wednesday`, `Wednesday, 4 March 2026`, `4/3/2026`). */
const DAY_OR_DATE =
  /^(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:st|nd|rd|th)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}|\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,? |$)){1,4}$/i;

function dashTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found: { node: Paragraph; label: string; match: TagMatch }[] = [];
  const counts = new Map<string, number>();
  let first = true;
  let firstNode: Paragraph | null = null;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    // The dash after a name is within the first 110 characters: looked for before the pattern.
    const value = node.value;
    const limit = Math.min(value.length, 110);
    // A name of four words at most before it: four spaces at most.
    let dash = 2;
    let spaces = 0;
    for (; dash < limit && spaces <= 4; dash++) {
      const c = value.charCodeAt(dash);
      if (c === 0x2014 || c === 0x2013) break;
      // A typewriter's dash: two hyphens after a space (`LENA MARSH -- When…`), or one between
      // spaces (`LENA MARSH - When…`, a hand-typed transcript's).
      if (
        c === 0x2d &&
        value.charCodeAt(dash - 1) === 0x20 &&
        (value.charCodeAt(dash + 1) === 0x2d || value.charCodeAt(dash + 1) === 0x20)
      )
        break;
      if (c === 0x20) spaces++;
    }
    if (dash >= limit || spaces > 4) continue;
    const m = DASH_TAG.exec(value);
    if (!m) continue;
    if (first) firstNode = node;
    first = false;
    const label = m[1] as string;
    const rest = node.value.slice(m[0].length);
    // A script's cue (`VO — River footage`, `SOT — Mayor`) names no speaker.
    // A heading's day or date after the dash (`Press Conference – Wednesday`) names no speaker.
    if (ASIDE_DASH.test(rest) || isScriptCue(label) || DAY_OR_DATE.test(rest)) continue;
    const match = parseTag(`${label}: ${rest}`);
    if (match === null || match.tag.raw !== label) continue;
    found.push({ node, label, match });
  }
  // One word names a role (`Q`, `INTERVIEWER`) or the surname of a full name the text tags
  // (`CARTER —` after `JAMES CARTER —`); a city alone is a dateline (`KYIV —` over each entry
  // of a live page).
  const surnames = new Set<string>();
  for (const f of found) {
    const space = f.label.lastIndexOf(' ');
    if (space > 0) surnames.add(f.label.slice(space + 1));
  }
  // A paper's interview puts the outlet and the guest's surname alone before the dash (`Folha –
  // Quando…?` / `Silva – Na primavera.`): one word each, in turn, one of them asking.
  const interview = isDashInterview(found);
  const named = found.filter(
    (f) => interview || f.label.includes(' ') || f.match.tag.role !== null || surnames.has(f.label),
  );
  for (const f of named) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const out = new Map<Paragraph, TagMatch>();
  // A conversation: two names at least, one of them back (two stories pasted from one city
  // have one `WASHINGTON —` twice, and nobody answering).
  let recurring = false;
  for (const n of counts.values()) if (n >= 2) recurring = true;
  if (!recurring || counts.size < 2) return out;
  for (const f of named) {
    // The first such paragraph is a speaker's when the name comes back, whole or its surname.
    const space = f.label.lastIndexOf(' ');
    const back =
      (counts.get(f.label) ?? 0) >= 2 || (space > 0 && counts.has(f.label.slice(space + 1)));
    if (back || f.node !== firstNode) out.set(f.node, f.match);
  }
  return out;
}

/**
 * A transcription service's code for a voice ({@link VOICE_CODE}: `S1:`, `S2:`), after a time in
 * brackets or not (GoTranscript `[00:00:01] S1:`, Scribie `00:00 S1:`), or none.
 */
const CODE = VOICE_CODE;
const CODE_TAG = lazyRegExp(
  `^(?:\\[(\\d{1,2}:\\d{2}(?::\\d{2})?)\\][ \\t]+|(\\d{1,2}:\\d{2}(?::\\d{2})?)[ \\t]+)?(${CODE}):[ \\t]+(?=\\S)`,
  'i',
);
/** A voice's code alone (see {@link CODE_TAG}): `S2`, `Spk1`. */
const CODE_NAME = lazyRegExp(`^${CODE}$`, 'i');
/** Paragraphs that open with a code, and codes, a transcript needs before codes are voices. */
const MIN_CODE_TAGS = 2;

/**
 * The paragraphs opening with a {@link CODE_TAG}, each the voice the code names (kept as
 * written), when two codes or more open paragraphs; alone, `P1: the first priority` is a note's
 * numbering, not a speaker.
 */
/** Two voices' tags joined opening a paragraph (`JANE AND TOM:`, `Jane & Tom:`, `JANE/TOM:`). */
const JOINT_TAG = /^([^:\n/&+]{1,40}?)(?: (?:and|AND|And|&|\+) |\/)([^:\n/&+]{1,40}?):[ \t]+(?=\S)/;

/**
 * Two speakers the text tags elsewhere speaking together (co-hosts' `JANE AND TOM: Happy new
 * year!`, `Jane & Tom:`, `JANE/TOM:`): the voice of several speakers (its tag as written), never
 * the words of the speaker before. Both sides must be tags of the text's own turns: `PROCTER AND GAMBLE:`
 * or `Q&A:` are none.
 */
function jointTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const candidates: [Paragraph, RegExpExecArray][] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    // A joint tag holds a colon early: one search decides for nearly every paragraph.
    const colon = node.value.indexOf(':');
    if (colon < 3 || colon > 84) continue;
    const m = JOINT_TAG.exec(node.value);
    if (m !== null) candidates.push([node, m]);
  }
  // Nearly every text has none: the text's tags are read only for one that has.
  if (candidates.length === 0) return found;
  const tags = new Map<string, Tag>();
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const read = readTag(node);
    if (read !== null && (read.rest !== '' || node.segments.length > 1))
      tags.set(foldKey(read.tag.raw), read.tag);
  }
  for (const [node, m] of candidates) {
    if (readTag(node) !== null) continue;
    const one = tags.get(foldKey((m[1] as string).trim()));
    const two = tags.get(foldKey((m[2] as string).trim()));
    if (one === undefined || two === undefined || one === two) continue;
    const raw = m[0].slice(0, m[0].lastIndexOf(':'));
    // (The voice of both, kept as written: a name made of theirs would take one's turns.)
    const tag: Tag = { ...BLANK_TAG, raw, role: 'several speakers' };
    found.set(node, { tag, rest: node.value.slice(m[0].length).trim(), end: m[0].length });
  }
  return found;
}

/** A written interview's numbered question or answer opening a paragraph (`Q1:`, `A1.`, `Q 12)`). */
const NUMBERED_QA = /^([QA]) ?(\d{1,3})[:.)][ \t]+(?=\S)/;

/**
 * The paragraphs of a written interview that numbers its questions and answers (`Q1: …` /
 * `A1: …`, a survey's or an agency's Q&A): the questions the interviewer's (`reporter`), the
 * answers `answer`. Only when two questions and two answers at least open paragraphs and every
 * answer carries its question's number (a traffic bulletin's `A1: Closed northbound` has none).
 */
function numberedQuestions(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  let questions = 0;
  let answers = 0;
  let asked: string | null = null;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const c = node.value.charCodeAt(0);
    if (c !== 0x51 && c !== 0x41) continue;
    const m = NUMBERED_QA.exec(node.value);
    if (!m) continue;
    const question = m[1] === 'Q';
    if (question) {
      questions++;
      asked = m[2] as string;
    } else {
      answers++;
      if (asked !== m[2]) return new Map();
    }
    const raw = `${m[1]}${m[2]}`;
    const tag: Tag = { ...BLANK_TAG, raw, role: question ? 'reporter' : 'answer' };
    found.set(node, { tag, rest: node.value.slice(m[0].length).trim(), end: m[0].length });
  }
  return questions >= 2 && answers >= 2 ? found : new Map();
}

function codeTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const codes = new Set<string>();
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    // One character decides for nearly every paragraph.
    const c = node.value.charCodeAt(0) | 0x20;
    const digit = c >= 0x30 && c <= 0x39;
    if (!digit && c !== 0x7b && c !== 0x73 && c !== 0x70 && c !== 0x72 && c !== 0x69) continue;
    const m = CODE_TAG.exec(node.value);
    if (!m) continue;
    const code = m[3] as string;
    const written = m[1] ?? m[2];
    const timestampMs = written === undefined ? null : parseAnchorTime(written);
    const tag: Tag = { ...BLANK_TAG, raw: code, name: code, timestampMs };
    found.set(node, { tag, rest: node.value.slice(m[0].length).trim(), end: m[0].length });
    codes.add(code.toUpperCase());
  }
  return found.size >= MIN_CODE_TAGS && codes.size >= MIN_CODE_TAGS ? found : new Map();
}

/** An officer in a police record's header by rank, collar number and name (`DC 4471 MORGAN`). */
const COLLAR_OFFICER = lazyRegExp(
  String.raw`\b((?:[DT]?[CSI]|DCI|DSU?|PS|Sgt|Insp)\.?) (\d{2,6}) (\p{Lu}[\p{L}'’-]{1,30})`,
  'gu',
);

/**
 * A police interview record's turns tagged by collar number (`4471:`) when its header lists the
 * officer (`Officers present: DC 4471 Morgan`): each is that officer (rank and name); and the
 * person interviewed by their surname (`PRICE:`, a word no tag otherwise).
 */
function collarTags(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const officers = new Map<string, Tag>();
  for (const node of children.slice(0, MAX_HEADER_NODES))
    if (node.type !== 'paragraph' || node.data?.tag == null)
      for (const m of 'value' in node ? String(node.value).matchAll(COLLAR_OFFICER) : []) {
        const tag = personTag(`${m[1]} ${m[3]}`);
        if (tag) officers.set(m[2] as string, tag);
      }
  if (officers.size === 0) return found;
  const person = intervieweeOf(children);
  const surname = person?.name?.split(' ').pop()?.toUpperCase();
  for (const node of children) {
    const m = node.type === 'paragraph' ? /^([^\s:]{2,30}):[ \t]/.exec(node.value) : null;
    const tag = m && (officers.get(m[1] as string) ?? (m[1] === surname ? person : null));
    if (m && tag && node.type === 'paragraph')
      found.set(node, {
        tag: { ...tag, raw: m[1] as string },
        rest: node.value.slice(m[0].length).trim(),
        end: m[0].length,
      });
  }
  return found;
}

/**
 * A print interview written as dialogue (Russian, Ukrainian, Spanish, Bulgarian papers): each
 * turn opens with a dash, the question's then the answer's, no names (`— Когда вы поняли?` /
 * `— Около полуночи.`). Read when four turns or more open so and they alternate: most of the
 * first, third … end with a question mark, few of the others do.
 */
const DIALOGUE_DASH = /^(?:[—–―]|--(?!-))[ \u00a0]*(?=\S)/;
const MIN_DIALOGUE_TURNS = 4;

function dialogueTurns(children: readonly RootContent[]): Map<Paragraph, TagMatch> {
  const turns: Paragraph[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const c = node.value.charCodeAt(0);
    if (c !== 0x2014 && c !== 0x2013 && c !== 0x2015 && c !== 0x2d) continue;
    if (DIALOGUE_DASH.test(node.value)) turns.push(node);
  }
  if (turns.length < MIN_DIALOGUE_TURNS) return new Map();
  let asked = 0;
  let answeredAsking = 0;
  for (let k = 0; k < turns.length; k++) {
    const asks = /\?["»”]?$/.test((turns[k] as Paragraph).value.trimEnd());
    if (k % 2 === 0 && asks) asked++;
    if (k % 2 === 1 && asks) answeredAsking++;
  }
  const questions = Math.ceil(turns.length / 2);
  const answers = turns.length - questions;
  if (asked * 2 < questions || answeredAsking * 4 > answers) return new Map();
  const found = new Map<Paragraph, TagMatch>();
  turns.forEach((node, k) => {
    const dash = DIALOGUE_DASH.exec(node.value) as RegExpExecArray;
    const role = k % 2 === 0 ? 'reporter' : 'answer';
    const tag: Tag = { ...BLANK_TAG, raw: dash[0].trim(), role };
    found.set(node, { tag, rest: node.value.slice(dash[0].length).trim(), end: dash[0].length });
  });
  return found;
}

/** Words in capitals with no sentence's end: a heading's second half (`SECOND ROUND`). */
const CAPS_HEADING_REST = lazyRegExp(String.raw`^[\p{Lu}\d][\p{Lu}\p{M}\d '’&,/–-]{0,60}$`, 'u');

/**
 * A document's first paragraph that reads as a tag only because its title has a colon (`NCAA
 * MEN'S BASKETBALL CHAMPIONSHIP: SECOND ROUND`, a sports transcript's header): the words after
 * the colon in capitals without a sentence's end, no role, and a "speaker" who never speaks
 * again. It is the title, not a turn; else null.
 */
function titleTag(children: readonly RootContent[]): Paragraph | null {
  const first = children.find((c) => c.type === 'paragraph');
  if (first?.type !== 'paragraph' || first.segments.length !== 1) return null;
  const match = parseTag(first.value);
  // A match's `v.` or `vs` between the teams is no lower-case sentence.
  const rest = match?.rest.replace(/\b(?:v|vs)\b\.?/g, 'V') ?? '';
  if (match === null || match.tag.role !== null || !CAPS_HEADING_REST.test(rest)) return null;
  const raw = match.tag.raw;
  for (const node of children)
    if (node !== first && node.type === 'paragraph' && node.value.startsWith(raw)) return null;
  return first;
}

/**
 * The labels `>> NAME:` gives (lower case) in captions pasted as text whose speakers change at
 * `>>` (two paragraphs or more open with it), or null in any other text.
 */
function broadcastLabels(children: readonly RootContent[]): Set<string> | null {
  const labels = new Set<string>();
  let chevrons = 0;
  for (const node of children) {
    if (node.type !== 'paragraph' || !node.value.startsWith('>>')) continue;
    chevrons++;
    const tag = parseTag(node.value)?.tag;
    if (tag && tag.raw !== '>>') labels.add(tag.raw.toLowerCase());
  }
  return chevrons >= 2 ? labels : null;
}

/**
 * A label in mixed case (`This Sunday: rising waters.`) opening the paragraph under a tag in
 * capitals alone on its line (NBC's `KRISTEN WELKER:` / its words): the words of that tag's
 * speaker, when no other paragraph opens with the label.
 */
function isWordsUnderCapsTag(
  match: TagMatch,
  children: readonly RootContent[],
  index: number,
): boolean {
  const before = children[index - 1];
  const raw = match.tag.raw;
  if (before?.type !== 'paragraph' || !before.data?.tagOnly || match.rest === '') return false;
  const above = before.data.tag?.raw ?? '';
  if (!HAS_UPPERCASE.test(above) || HAS_LOWERCASE.test(above) || !HAS_LOWERCASE.test(raw))
    return false;
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    if (k === index || c?.type !== 'paragraph') continue;
    if (c.data?.tag?.raw === raw || c.value.startsWith(`${raw}:`)) return false;
  }
  return true;
}

/**
 * A plain `LABEL:` in captions whose speakers change at `>>` that is the caption's words: no `>>`
 * gives it, and it opens with a possessive (`OUR TOP STORY:`) or goes on from the line before
 * without a blank line (the turn of the voice before).
 */
function isCaptionWords(
  match: TagMatch,
  node: Paragraph,
  before: RootContent | undefined,
  labels: ReadonlySet<string>,
): boolean {
  if (match.tag.raw === '>>' || node.value.startsWith('>>')) return false;
  if (labels.has(match.tag.raw.toLowerCase())) return false;
  if (POSSESSIVE_LABEL.test(match.tag.raw)) return true;
  const end = before?.type === 'paragraph' ? before.position?.end.line : undefined;
  return end !== undefined && node.position?.start.line === end + 1;
}

/**
 * An Australian court's examination (`MR SMITH: Did you see it?---Yes, I did.`): the witness's
 * answer follows three hyphens on counsel's question line. Each such paragraph is split in two:
 * the question (counsel's, when its line has no tag: the last tag's), the answer the witness's.
 */
function witnessAnswers(tree: Root, file: VFile): Map<Paragraph, TagMatch> {
  const turns = new Map<Paragraph, TagMatch>();
  if (!tree.children.some((n) => n.type === 'paragraph' && n.value.includes('?---'))) return turns;
  const out: RootContent[] = [];
  let counsel: TagMatch['tag'] | null = null;
  for (const node of tree.children) {
    out.push(node);
    if (node.type !== 'paragraph') continue;
    const at = node.value.indexOf('?---');
    const own = parseTag(node.value);
    if (own !== null && at === -1) counsel = own.tag;
    const answer = at > 0 ? node.value.slice(at + 4).trim() : '';
    if (answer === '' || answer.startsWith('-')) continue;
    if (own === null && counsel !== null)
      turns.set(node, { tag: counsel, rest: node.value.slice(0, at + 1), end: 0 });
    else if (own !== null) counsel = own.tag;
    const witness = parseTag('WITNESS: …')?.tag;
    if (!witness) continue;
    const reply: Paragraph = { ...node, value: answer, segments: [], data: {} };
    node.value = node.value.slice(0, at + 1);
    out.push(reply);
    turns.set(reply, { tag: witness, rest: answer, end: 0 });
    report(file, 'speaker-tag', 'Read the words after ?--- as the witness’s answer', {
      line: paragraphLine(node),
    });
  }
  if (turns.size > 0) tree.children = out;
  return turns;
}

/**
 * An interview pasted with the question and its answer on one line (`Q. Will it pass? A. Yes, on
 * Friday.`, `Q: When? A: Monday.`): after a question's `Q.` and the end of a sentence, `A.` and
 * a capital open the answer (and `Q.` so the next question, in a run of pairs). The first words
 * after `Q.` go to the end of a sentence before an `A.`; a name's initial inside it (`What did A.
 * Lincoln say?`) follows no full stop.
 */
/** The question's mark opening the line, its stop or colon, the first words after it. */
const INLINE_Q =
  /^(Q|P|D|Question|QUESTION|Frage|FRAGE|Pregunta|PREGUNTA|Domanda|DOMANDA|Pergunta|PERGUNTA|Vraag|VRAAG)([.:]) +\S/;
/** The answer's mark of each question's (`Frage` → `Antwort`); a letter's stop may differ. */
const INLINE_REPLIES: Readonly<Record<string, string>> = {
  Q: 'A',
  P: 'R',
  D: 'R',
  question: 'answer',
  frage: 'antwort',
  pregunta: 'respuesta',
  domanda: 'risposta',
  pergunta: 'resposta',
  vraag: 'antwoord',
};
/** A mark after the end of a sentence, its stop or colon, and a capital after it. */
const INLINE_MARK = lazyRegExp(
  String.raw`(?<=[?.!…"”]) +(Q|A|P|D|R|Question|QUESTION|Answer|ANSWER|Frage|FRAGE|Antwort|ANTWORT|Pregunta|PREGUNTA|Respuesta|RESPUESTA|Domanda|DOMANDA|Risposta|RISPOSTA|Pergunta|PERGUNTA|Resposta|RESPOSTA|Vraag|VRAAG|Antwoord|ANTWOORD)([.:]) +(?=[\p{Lu}\d"“(¿¡«])`,
  'gu',
);

/**
 * Each paragraph opening with a question's mark (`Q.`, `Frage:`, `QUESTION:`) and holding its
 * answer's (`A.`, `Antwort:`, `ANSWER:`) is split at each mark.
 */
function inlineAnswers(tree: Root, file: VFile): void {
  if (!tree.children.some((n) => n.type === 'paragraph' && INLINE_Q.test(n.value))) return;
  const out: RootContent[] = [];
  let split = 0;
  for (const node of tree.children) {
    out.push(node);
    const opening = node.type === 'paragraph' ? INLINE_Q.exec(node.value) : null;
    if (node.type !== 'paragraph' || opening === null) continue;
    // The marks alternate, each closing a sentence and with the stop or colon of the question's;
    // a Spanish or Italian interview's `P.` (`D.`) is answered by `R.`, in two pairs or more.
    const asks = opening[1] as string;
    const letter = asks.length === 1;
    const replies = letter ? (INLINE_REPLIES[asks] as string) : INLINE_REPLIES[asks.toLowerCase()];
    if (replies === undefined) continue;
    const stop = opening[2];
    const key = (mark: string) => (letter ? mark : mark.toLowerCase());
    let expect = replies;
    const cuts: number[] = [];
    for (const m of node.value.matchAll(INLINE_MARK)) {
      // (The answer's mark may take the other stop: `Q. When? A: Monday.`)
      const mark = key(m[1] as string);
      if (mark !== expect || (m[2] !== stop && mark === key(asks))) continue;
      cuts.push((m.index ?? 0) + (m[0].length - m[0].trimStart().length));
      expect = expect === replies ? key(asks) : replies;
    }
    const value = node.value;
    // One question and its answer on the line: the answer's words as one opens (not `A. Lincoln`).
    if (
      cuts.length === 0 ||
      (asks === 'Q' && cuts.length === 1 && !opensAnswer(value.slice(cuts[0])))
    )
      continue;
    if ((asks === 'P' || asks === 'D') && cuts.length < 3) continue;
    node.value = value.slice(0, cuts[0]).trimEnd();
    for (let k = 0; k < cuts.length; k++) {
      const part = value.slice(cuts[k], cuts[k + 1]).trimEnd();
      out.push({ ...node, value: part, segments: [], data: {} });
    }
    split++;
    report(
      file,
      'speaker-tag',
      `Read the “${value.slice(cuts[0] ?? 0).split(/[.:]/)[0]}${stop}” after the question on its line as the answer's turn (${cuts.length + 1} turns on the line)`,
      { line: paragraphLine(node) },
    );
  }
  if (split > 0) tree.children = out;
}

export const speakerTags: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  inlineAnswers(tree, file);
  const answers = witnessAnswers(tree, file);
  const children = tree.children;
  const singleQs: Paragraph[] = [];
  const dottedAs: Paragraph[] = [];
  const dottedPs: Paragraph[] = [];
  const unspacedQs: Paragraph[] = [];
  const unspacedAs: Paragraph[] = [];
  const dottedRs: Paragraph[] = [];
  let questions = 0;
  // The `A.` paragraphs right under a `Q.` question (a press interview of one question and its
  // answer: `Q. Will it pass?` / `A. Yes, on Friday.`).
  let answersUnderQ = 0;
  let otherTags = 0;
  // The headings the input marks (an HTML `<h1>`, a live blog entry's `<h2>`) are never tags:
  // `Minister: no new money` is a heading, not the minister speaking.
  const hints = tree.data?.hints;
  const headlineLine = hints?.headlineLine ?? null;
  const subheads = hints?.subheadLines;
  const headingTag = titleTag(children);
  const marked = (node: Paragraph): boolean => {
    const line = node.segments[0]?.line;
    return (
      node === headingTag ||
      (line !== undefined && (line === headlineLine || subheads?.has(line) === true))
    );
  };
  // A script's cued bite: the person a SOT header (`[SOT: SERGEY LAVROV, FOREIGN MINISTER]`) or
  // the caption keyed over a SOT (`[SOT]` then `SUPER: MARIA LOPEZ / FIRE CHIEF`) names speaks
  // the quotation that follows.
  const bites = new ScriptBites(tree.data?.lineStep);
  const nameLines = nameLineTags(children, tree.data?.callSpeakers);
  if (nameLines.size > 0) {
    const [node, match] = nameLines.entries().next().value as [Paragraph, TagMatch];
    report(
      file,
      'speaker-tag',
      `Read the names alone on their line without a colon as speakers' tags (${nameLines.size} paragraph${nameLines.size === 1 ? '' : 's'}, “${match.tag.raw}” first)`,
      { line: paragraphLine(node) },
    );
  }
  // Labels in scripts without capitals (`毛宁：`), read from the whole transcript.
  const caseless = caselessTags(children, (node) => readTag(node) !== null);
  // A magazine's interview with its questions in bold.
  const interview = boldQuestions(children, hints?.boldLines, (n) => readTag(n) !== null, file);
  // A printed hearing's tags with the surname as written (`Mr. Nehls.`, House hearings).
  const hearing = isPrintedHearing(children);
  const capsDot = capsDotTags(children);
  // A continental chamber's record (`M. le président.`, `PRESIDENTE.`, `El señor PRESIDENTE:`).
  const chamber = chamberTags(children, (n) => readTag(n) !== null, nameLines.values());
  // A record's office-and-name line that lost its colon (`Pääministeri Jyrki Katainen`).
  const offices = officeNameLines(children, (n) => readTag(n) !== null, file);
  if (chamber.size > 0) {
    const [node, match] = chamber.entries().next().value as [Paragraph, TagMatch];
    report(
      file,
      'speaker-tag',
      `Read a parliamentary record's tags (${chamber.size} paragraph${chamber.size === 1 ? '' : 's'}, “${match.tag.raw}” first)`,
      { line: paragraphLine(node) },
    );
  }
  const dashed = dashTags(children);
  if (dashed.size > 0) {
    const [node, match] = dashed.entries().next().value as [Paragraph, TagMatch];
    report(
      file,
      'dash-tag',
      `Read a name and a dash opening a paragraph as a speaker's tag (${dashed.size} paragraphs, “${match.tag.raw} —” first)`,
      { line: paragraphLine(node) },
    );
  }
  // An IRC log's messages and actions: the nick is the tag (see core/tags.ts ircLine).
  const irc = tree.data?.chatLog === 'irc';
  const codes = codeTags(children);
  const numbered = numberedQuestions(children);
  const joint = jointTags(children);
  const collars = collarTags(children);
  const dialogue = dialogueTurns(children);
  const chevronLabels = broadcastLabels(children);
  // The anchor's cue alone on its line (`ANMODERATION`, `LANCEMENT`, `ENTRADILLA`, `LANCIO`):
  // the paragraph under it, without a tag of its own, is the anchor's read.
  let anchorCue: Tag | null = null;
  // The record's line saying who took the floor (`…, Freddy de Ruiter, tok ordet og uttalte:`):
  // the paragraph under it, without a tag of its own, is that member's.
  let floorTaker: Tag | null = null;
  // A team's press conference: the answers under the topics are the one person its header names.
  const presser = presserTag(children);
  let topic: Tag | null = null;
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    if (node.type === 'headline' && presser !== null && isPressTopic(node.value)) topic = presser;
    if (node.type === 'direction') {
      bites.direction(node.value, node.line);
      anchorCue = anchorReadCue(node.value);
      floorTaker = tookTheFloor(node.value);
    }
    if (node.type !== 'paragraph') continue;
    // The bite's speaker named before the words without a colon: the name is the tag.
    const opening = bites.namedOpening(node);
    if (opening > 0) {
      report(
        file,
        'speaker-tag',
        `Read “${node.value.slice(0, opening - 1)}” before the bite as its speaker's tag (the script's cue names them)`,
        { line: paragraphLine(node) },
      );
      node.value = node.value.slice(opening);
    }
    // The bite's own cues after its words (`TC OUT: 00:14:29:05`, `RUNS: :07`) are passed over.
    let after = index + 1;
    for (let d = children[after]; d?.type === 'direction' && BITE_TAIL.test(d.value); ) {
      if (!isProductionLine(d.value.trim())) break;
      d = children[++after];
    }
    // (A tag without its colon, alone on its line over the words, is the next speaker's too.)
    const bite = bites.speakerOf(
      node,
      children[after],
      (n) => readTag(n) !== null || nameLines.has(n) || capsDot.has(n) || dashed.has(n),
    );
    const underAnchorCue = anchorCue;
    anchorCue = null;
    const underFloorTaker = floorTaker;
    floorTaker = null;
    if (bite !== null) {
      node.data = { ...node.data, tag: bite, tagOnly: false, bite: true };
      report(
        file,
        'speaker-tag',
        `Read the quotation as the bite of ${bite.raw}, from the script's cue`,
        {
          line: paragraphLine(node),
        },
      );
      continue;
    }
    let match = marked(node)
      ? null
      : ((irc ? ircTagOf(node) : null) ??
        // (A name line over words holding a colon is read first: its tag is the name line's.)
        nameLines.get(node) ??
        answers.get(node) ??
        collars.get(node) ??
        readTag(node) ??
        caseless.get(node) ??
        interview.get(node) ??
        (hearing ? printedHearingTag(node.value) : null) ??
        capsDot.get(node) ??
        chamber.get(node) ??
        offices.get(node) ??
        dashed.get(node) ??
        codes.get(node) ??
        numbered.get(node) ??
        joint.get(node) ??
        dialogue.get(node) ??
        null);
    if (match === null && underFloorTaker !== null && node.value.trim() !== '') {
      match = { tag: underFloorTaker, rest: node.value.trim(), end: 0 };
      report(
        file,
        'speaker-tag',
        `Read the words as ${underFloorTaker.name}'s, who took the floor`,
        { line: paragraphLine(node) },
      );
    }
    if (match !== null) topic = null;
    else if (topic !== null && !marked(node) && node.value.trim() !== '') {
      match = { tag: topic, rest: node.value.trim(), end: 0 };
      report(file, 'speaker-tag', `Read the answer as ${topic.raw}'s, whom the header names`, {
        line: paragraphLine(node),
      });
    }
    if (match === null && underAnchorCue !== null && !marked(node) && node.value.trim() !== '') {
      match = { tag: underAnchorCue, rest: node.value.trim(), end: 0 };
      report(
        file,
        'speaker-tag',
        `Read the words under the cue ${underAnchorCue.raw} as the anchor's`,
        { line: paragraphLine(node) },
      );
    }
    if (
      match !== null &&
      chevronLabels !== null &&
      isCaptionWords(match, node, children[index - 1], chevronLabels)
    ) {
      report(
        file,
        'caption-label-text',
        `Read '${match.tag.raw}:' as the caption's words, not a new speaker (in these captions a speaker changes at >>)`,
        { line: paragraphLine(node) },
      );
      match = null;
    }
    if (match !== null && isWordsUnderCapsTag(match, children, index)) {
      report(file, 'speaker-tag', `Read '${match.tag.raw}:' as words, not a new speaker`, {
        line: paragraphLine(node),
      });
      match = null;
    }
    if (
      match !== null &&
      otherTags === 0 &&
      questions === 0 &&
      opensHeader(match, children, index, tree.data?.livePage === true)
    ) {
      report(
        file,
        'speaker-tag',
        `Read '${match.tag.raw}:' and the quotation after it as the page's headline, not a turn`,
        { line: paragraphLine(node) },
      );
      match = null;
    }
    if (match !== null && timedListItem(match, node, children, index)) {
      report(
        file,
        'speaker-tag',
        `Read '${node.value.trim()}' as an agenda's timed item, not a speaker's tag`,
        { line: paragraphLine(node), severity: 'info' },
      );
      match = null;
    }
    if (match !== null && timedHeaderLine(match, children, index)) {
      report(
        file,
        'speaker-tag',
        `Read '${node.value.trim()}' as a header line (a name and a time, the turns' own tags below), not a speaker's tag`,
        { line: paragraphLine(node) },
      );
      match = null;
    }
    if (node.data?.tagRead) {
      // A copy without it (deleting a key would make the object slow to read from).
      const { tagRead: _read, ...data } = node.data;
      node.data = data;
    }
    if (match === null && SINGLE_SPACE_Q.test(node.value)) singleQs.push(node);
    else if (
      match === null &&
      (DOTTED_A.test(node.value) ||
        (node.value.startsWith('A ') && SPACED_A.test(node.segments[0]?.raw ?? '')))
    ) {
      dottedAs.push(node);
      // (A direction between them, `(Laughs)` opening the answer, is passed over.)
      let back = index - 1;
      while (children[back]?.type === 'direction') back--;
      const before = children[back];
      if (
        before?.type === 'paragraph' &&
        before.data?.tag?.raw === 'Q' &&
        before.value !== '' &&
        opensAnswer(node.value)
      )
        answersUnderQ++;
    } else if (match === null && DOTTED_QUESTION.test(node.value)) dottedPs.push(node);
    else if (match === null && DOTTED_ANSWER.test(node.value)) dottedRs.push(node);
    else if (match === null && UNSPACED_Q.test(node.value)) unspacedQs.push(node);
    else if (match === null && UNSPACED_A.test(node.value)) unspacedAs.push(node);
    else if (match !== null && match.tag.raw !== 'Q') otherTags++;
    if (match !== null && match.tag.raw === 'Q') questions++;
    if (!match || isTopicAboveQuestion(match, children[index + 1])) continue;
    // A bare `>>` (a caption's "new speaker") that no text follows names nobody and starts no
    // turn: like a `>>` line alone, it makes no speaker (its time is still reported below).
    const bareChevrons = match.tag.raw === '>>' && match.rest === '';
    // A time closing the tag's line (`Jane Doe: Hello. [00:00:01]`) is the tag's.
    const closing = node.data?.lineTimeMs;
    // (Reported where it was taken off the line.)
    const closed = closing !== undefined && match.tag.timestampMs === null;
    if (closed) match.tag = { ...match.tag, timestampMs: closing };
    if (!bareChevrons) node.data = { ...node.data, tag: match.tag, tagOnly: match.rest === '' };
    node.value = match.rest;
    if (match.tag.timeOfDay === true) {
      // (The document's anchors are then read as the clock: see clock-anchors.ts.)
      const lines = file.data.timeOfDayLines ?? new Set<number>();
      lines.add(paragraphLine(node));
      file.data.timeOfDayLines = lines;
    }
    if (match.tag.timestampMs !== null && !closed) {
      report(
        file,
        'time-anchor',
        // A chat's clock time (`10:15 AM`), or an exported or copied chat's stamp with its day
        // (`12/03/2024, 14:05`, `12.03.2024 14:05`), or NASA's elapsed time (`04 06 45 52`), is
        // kept as written in `actual`.
        match.tag.timeOfDay === true
          ? `Kept the time of day ${match.tag.timeWritten} of ${match.tag.raw} as a time anchor`
          : match.tag.timeWritten === undefined ||
              match.tag.timeWritten.endsWith('M') ||
              /\d[./-]\d{1,2}[./-]\d|^\d\d \d\d /.test(match.tag.timeWritten)
            ? `Kept the time ${formatHms(match.tag.timestampMs)} of ${match.tag.raw} as a time anchor`
            : `Kept ${formatHms(match.tag.timestampMs)} of the timecode ${match.tag.timeWritten} of ${match.tag.raw} as a time anchor (its start to the second: frames and a range's end are not kept)`,
        {
          line: paragraphLine(node),
          actual: match.tag.timeWritten ?? formatHms(match.tag.timestampMs),
        },
      );
    }
  }
  // `A.` opening a paragraph answers a `Q.` (a question-and-answer interview: `Q. When?` / `A.
  // Monday.`) when both open at least two paragraphs; alone, `A. Lincoln wrote` is a name. In a
  // court's record one question and its answer are enough.
  // Or the input marks each `A.` as a label (a page's `<b>A.</b>`): one answer is enough. So is
  // one interview's one question and the answer right under it (nothing else opening so).
  const markedAs =
    dottedAs.length > 0 &&
    dottedAs.every((node) => hints?.labelledLines?.has(paragraphLine(node)) === true);
  if (
    (dottedAs.length >= MIN_DOTTED_AS && questions >= MIN_DOTTED_AS) ||
    (dottedAs.length > 0 && questions > 0 && (markedAs || isCourtRecord(children))) ||
    (dottedAs.length === 1 && questions === 1 && answersUnderQ === 1)
  ) {
    retag(
      file,
      dottedAs,
      (value) => `A: ${value.slice(2).trimStart()}`,
      () =>
        `Read “A.” as the answer to the questions (${dottedAs.length} paragraphs open so after “Q.”)`,
    );
  }
  // `Q.Will you…?` / `A.That is…` (the space after the stop lost in a copy): the questions and
  // answers, when two questions open so and an answer or another speaker's tag replies.
  if (unspacedQs.length >= MIN_DOTTED_AS && (unspacedAs.length > 0 || otherTags > 0)) {
    for (const [nodes, mark] of [
      [unspacedQs, 'Q'],
      [unspacedAs, 'A'],
    ] as const)
      retag(
        file,
        nodes,
        (value) => `${mark}: ${value.slice(2)}`,
        () =>
          `Read “${mark}.” with no space after it as ${mark === 'Q' ? "the interviewer's question" : 'the answer'} (${nodes.length} paragraphs open so)`,
      );
  }
  if (dottedPs.length >= MIN_DOTTED_AS && dottedRs.length >= MIN_DOTTED_AS) {
    const colon = (value: string) => value.replace('. ', ': ');
    // (Read before the paragraphs lose their marks.)
    const question = markOf(dottedPs);
    const answer = markOf(dottedRs);
    retag(
      file,
      dottedPs,
      colon,
      () =>
        `Read “${question}.” as the interviewer's question (${dottedPs.length} paragraphs open so)`,
    );
    retag(
      file,
      dottedRs,
      colon,
      () =>
        `Read “${answer}.” as the answer (${dottedRs.length} paragraphs open so after “${question}.”)`,
    );
  }
  maleFemaleVoices(children, file);
  outletInterviewer(children, file);
  questionLetter(children, file);
  examination(children, file);
  if (singleQs.length < MIN_SINGLE_SPACE_QS || otherTags === 0) return;
  retag(
    file,
    singleQs,
    (value) => `Q  ${value.slice(2)}`,
    () =>
      `Read “Q” and one space as a reporter's question (${singleQs.length} paragraphs open so in this briefing)`,
  );
};

/** A paper's name as the interviewer's tag, its article kept (`DER SPIEGEL`, `The Economist`). */
const OUTLET_LABEL = lazyRegExp(
  String.raw`^(?:(?:the|der|die|das|le|la|el|il|de)\s|l['’])?(\p{L}[\p{L}.' ]{0,30}?)\s?:\s`,
  'iu',
);

/** The paper a paragraph's label names (see {@link OUTLET_LABEL}), or null. */
function outletLabel(node: Paragraph): { label: string; rest: string } | null {
  const tag = node.data?.tag;
  const text = tag ? `${tag.raw}: ${node.value}` : node.value;
  const m = OUTLET_LABEL.exec(text.slice(0, 48));
  if (m === null || !INTERVIEW_OUTLETS.has(foldWords(m[1] as string))) return null;
  return { label: m[0].slice(0, m[0].lastIndexOf(':')).trim(), rest: text.slice(m[0].length) };
}

/**
 * A print interview tagged with the paper's name for its questions (`SPIEGEL: Frau Ministerin,
 * …?` / `Baerbock: …`, `The Economist: Why …?` / `Mr Sunak: …`): the paper is the interviewer,
 * no person named Spiegel. Only when one paper asks two questions or more, most of its turns end
 * with a question mark, and another speaker's tag answers.
 */
function outletInterviewer(children: readonly RootContent[], file: VFile): void {
  let paper: string | null = null;
  const asks: { node: Paragraph; rest: string }[] = [];
  let questions = 0;
  let others = 0;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const found = outletLabel(node);
    if (found === null) {
      if (node.data?.tag) others++;
      continue;
    }
    const key = foldWords(found.label);
    if (paper !== null && paper !== key) return;
    paper = key;
    asks.push({ node, rest: found.rest });
    if (/\?["”»]?$/.test(found.rest.trim())) questions++;
  }
  if (asks.length < 2 || others === 0 || questions * 2 < asks.length) return;
  for (const { node, rest } of asks) {
    const label = (outletLabel(node) as { label: string }).label;
    node.value = rest;
    node.data = {
      ...node.data,
      tag: {
        ...BLANK_TAG,
        raw: label,
        title: label,
        role: 'interviewer',
        timestampMs: node.data?.tag?.timestampMs ?? null,
      },
      tagOnly: false,
    };
  }
  report(
    file,
    'speaker-tag',
    `Read “${(asks[0] as { node: Paragraph }).node.data?.tag?.raw}:” as the paper's interviewer (${asks.length} questions), no person of that name`,
    { line: paragraphLine((asks[0] as { node: Paragraph }).node) },
  );
}

/** An indefinite article opening a role's tag (`UNE JOURNALISTE`, `A REPORTER`, `EIN MANN`). */
const INDEFINITE_ROLE = /^(?:une?|a|an|eine?|una?|uno)\s/i;

/** `M:` opening a paragraph no tag opens (a single letter is no name tag on its own). */
const MALE_LETTER = /^M: (?=\S)/;

/**
 * A vox pop's `M:` and `F:` or `W:` (a male and a female voice, a man and a woman, as scripts
 * mark the passers-by they asked): the voices, no people named M and F. Only when both letters
 * open turns.
 */
function maleFemaleVoices(children: readonly RootContent[], file: VFile): void {
  const ms: Paragraph[] = [];
  const fs: Paragraph[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const tag = node.data?.tag;
    if ((tag?.raw === 'F' || tag?.raw === 'W') && tag.name === tag.raw) fs.push(node);
    else if (tag === undefined && MALE_LETTER.test(node.value)) ms.push(node);
  }
  if (ms.length === 0 || fs.length === 0) return;
  const female = parseTag('FEMALE VOICE: …')?.tag;
  const male = parseTag('MALE VOICE: …')?.tag;
  if (!female || !male) return;
  for (const node of fs)
    node.data = {
      ...node.data,
      tag: {
        ...female,
        raw: node.data?.tag?.raw ?? 'F',
        timestampMs: node.data?.tag?.timestampMs ?? null,
      },
    };
  for (const node of ms) {
    node.value = node.value.slice(2).trimStart();
    node.data = { ...node.data, tag: { ...male, raw: 'M' }, tagOnly: false };
  }
  report(
    file,
    'speaker-tag',
    `Read “M:” and “${fs[0]?.data?.tag?.raw ?? 'F'}:” as a male and a female voice (${ms.length + fs.length} turns open so), no people named so`,
    { line: paragraphLine((ms[0] ?? fs[0]) as Paragraph) },
  );
}

/**
 * A German interview's `F:` (Frage) over its `A:` (Antwort) answers: the questions are the
 * interviewer's, no person named F. Only when `A:` answers are there, most `F:` turns end in a
 * question mark and no `M:` marks a male voice beside a female `F:`.
 */
function questionLetter(children: readonly RootContent[], file: VFile): void {
  const fs: Paragraph[] = [];
  let answers = 0;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const raw = node.data?.tag?.raw;
    if (raw === 'F' && node.data?.tag?.name === 'F') fs.push(node);
    else if (raw === 'A' && node.data?.tag?.role === 'answer') answers++;
    else if (raw === 'M') return;
  }
  if (fs.length === 0 || answers === 0) return;
  const asking = fs.filter((node) => /\?["”»]?$/.test(node.value.trim())).length;
  if (asking * 2 <= fs.length) return;
  const frage = parseTag('Frage: …')?.tag;
  if (!frage) return;
  for (const node of fs) {
    node.data = {
      ...node.data,
      tag: { ...frage, raw: 'F', timestampMs: node.data?.tag?.timestampMs ?? null },
    };
  }
  report(file, 'speaker-tag', `Read “F:” as the interviewer's question (Frage), answered by “A:”`, {
    line: paragraphLine(fs[0] as Paragraph),
  });
}

/**
 * Gives each paragraph the tag its text reads as once rewritten by `as` (`A. Monday.` → `A:
 * Monday.`), reporting each as a `speaker-tag` message.
 */
function retag(
  file: VFile,
  nodes: readonly Paragraph[],
  as: (value: string) => string,
  reason: () => string,
): void {
  for (const node of nodes) {
    const match = parseTag(as(node.value));
    if (!match) continue;
    node.data = { ...node.data, tag: match.tag, tagOnly: match.rest === '' };
    node.value = match.rest;
    report(file, 'speaker-tag', reason(), { line: paragraphLine(node) });
  }
}

/** A name's folded words without honorifics, whether it had one, and the words joined. */
interface FoldedName {
  keys: string[];
  courtesy: boolean;
  joined: string;
}

/** Name words without honorifics, folded: `Mr. Lavrov` → ['lavrov']. */
function nameKeys(name: string): string[] {
  return withoutHonorifics(foldKey(name).split(' '));
}

const NON_ID_CHARS = lazyRegExp(String.raw`[^a-z0-9\p{L}\p{M}]+`, 'gu');

function slugId(text: string): string {
  return foldKey(text).replace(NON_ID_CHARS, '-').replace(/^-|-$/g, '') || 'speaker';
}

const NAME_WORD_CHARS = lazyRegExp(String.raw`^[\p{L}\p{M}.'’-]+$`, 'u');

function isNameWord(word: string): boolean {
  const first = word[0] ?? '';
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return NAME_WORD_CHARS.test(word);
}

/** Any of the self-introduction phrases, anywhere, in any case and with either apostrophe. */
const ANY_INTRODUCTION = lazyRegExp(
  SELF_INTRODUCTIONS.map((p) =>
    p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/'/g, "['\u2019]"),
  ).join('|'),
  'i',
);

/**
 * The name a speaker gives themself in the first words of a turn ("I'm Steve Ember.", "This is
 * Jane Doe reporting", «Я — Дмитрий Борисов»): two or three capitalized words, else null.
 */
function selfIntroducedName(text: string): string | null {
  return selfIntroduction(text)?.name ?? null;
}

/** The name a speaker introduces in a turn's first words, and the text before the phrase. */
function selfIntroduction(text: string): { name: string; before: string } | null {
  const head = text.slice(0, INTRO_WINDOW);
  // One pass first: most paragraphs hold none of the phrases.
  if (!ANY_INTRODUCTION.test(head)) return null;
  const lower = head.toLowerCase().replace(/\u2019/g, "'");
  for (const phrase of SELF_INTRODUCTIONS) {
    let at = lower.indexOf(phrase);
    while (at !== -1) {
      const before = lower[at - 1];
      if (at === 0 || before === undefined || !HAS_LETTER_OR_NUMBER.test(before)) {
        const name = nameAfter(head, at + phrase.length);
        if (name) return { name, before: head.slice(0, at).trim() };
      }
      at = lower.indexOf(phrase, at + 1);
    }
  }
  return null;
}

/** How much of a turn's end is read for the guest it introduces. */
const GUEST_WINDOW = 240;

/**
 * A host introducing the guest at the end of a turn, the name after the phrase: `My guest today
 * is Dolores Quinn.`, `Joining me now is Dr. Amir Haddad.`, `I'm joined by Lena Fischer.`, `With
 * me in the studio is Tom Reed.` Bounded alternatives.
 */
const GUEST_BEFORE_NAME =
  /(?:^|[\s.,;:!?])(?:my (?:guest|guests?)(?: (?:today|tonight|this (?:week|morning|evening)|now|here))? is|joining (?:me|us)(?: (?:now|today|tonight|here|this (?:week|morning|evening)))? is|i['’]m joined(?: (?:now|today|tonight|here))? by|i am joined(?: (?:now|today|tonight|here))? by|with me(?: (?:now|today|tonight|here|in the studio))? is) /giu;

/** `…Dolores Quinn, welcome to the program.`, `Welcome, Dolores Quinn.` at a turn's end. */
const WELCOME_AFTER_NAME = lazyRegExp(
  String.raw`(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}), welcome(?: (?:back )?to (?:the |our )?(?:show|program|programme|podcast|studio))?[.!]?$`,
  'u',
);
const WELCOME_BEFORE_NAME = lazyRegExp(
  String.raw`(?:^|[.!?] )welcome(?: back)?, (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})[.!]?$`,
  'u',
);

/**
 * The guest a host's turn introduces at its end (see {@link GUEST_BEFORE_NAME}), for the next
 * speaker when the transcript only numbers them (`Speaker 2`). The last introduction counts.
 */
function guestIntroducedName(text: string): string | null {
  const tail = text.length > GUEST_WINDOW ? text.slice(text.length - GUEST_WINDOW) : text;
  const end = tail.trimEnd();
  // Both welcome patterns hold a lower-case `welcome` (case-sensitive): no pass without one.
  const welcomed = end.includes('welcome')
    ? (WELCOME_AFTER_NAME.exec(end) ?? WELCOME_BEFORE_NAME.exec(end))
    : null;
  if (welcomed?.[1]) return nameAfter(`${welcomed[1]}.`, honorificEnd(welcomed[1], 0));
  let last: string | null = null;
  GUEST_BEFORE_NAME.lastIndex = 0;
  for (let m = GUEST_BEFORE_NAME.exec(tail); m !== null; m = GUEST_BEFORE_NAME.exec(tail)) {
    const name = nameAfter(tail, honorificEnd(tail, m.index + m[0].length));
    if (name) last = name;
  }
  return last;
}

/** `Dr. Amir Haddad`: where the name starts after a courtesy title at `at`, if there is one. */
const HONORIFIC = /(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.? /y;

function honorificEnd(text: string, at: number): number {
  HONORIFIC.lastIndex = at;
  return HONORIFIC.test(text) ? HONORIFIC.lastIndex : at;
}

/** A greeting before a self-introduction: `GOOD EVENING. I'M KAREN WELLS.` */
const GREETING =
  /^(?:(?:and )?good (?:morning|afternoon|evening|night)|hello|hi|(?:and )?welcome(?: back)?|thanks for joining us|thank you for joining us)(?:,? (?:everyone|everybody|and welcome))?[.,!]?$/i;

/**
 * The name an anonymous caption speaker (`>>`, a new speaker without a name) gives in the first
 * words of the turn: that turn's speaker, not every `>>` voice's. In text all in capitals every
 * word looks like a name (`I'M TELLING YOU`), so there the introduction must follow a greeting or
 * open the turn, and a word of the name must be a tag elsewhere (`>> KAREN: THANKS, MIKE.`).
 */
function chevronIntroduction(text: string, tagWords: ReadonlySet<string>): string | null {
  const intro = selfIntroduction(text);
  if (!intro) return null;
  const head = text.slice(0, INTRO_WINDOW);
  if (head !== head.toUpperCase()) return intro.name;
  // A co-anchor's `AND I'M TOM ROE.`: the name ends its clause right after it.
  if (/^and$/i.test(intro.before))
    return endsClause(head, intro.name) ? titleCaseIfCaps(intro.name) : null;
  if (intro.before !== '' && !GREETING.test(intro.before)) return null;
  const known = nameKeys(intro.name).some((k) => tagWords.has(k));
  return known || intro.before !== '' ? titleCaseIfCaps(intro.name) : null;
}

/**
 * The name a tagged turn typed in capitals introduces: as a `>>` voice's
 * ({@link chevronIntroduction}), or one that ends its clause (`I'M DANA WHITFIELD.`, `I'M GRACE
 * NWOSU, AND I RUN …`; never `I'M TELLING YOU THE TRUTH`, nor a place: `JE SUIS DEVANT LA MAIRIE,`).
 */
function capsIntroduction(text: string, tagWords: ReadonlySet<string>): string | null {
  const own = chevronIntroduction(text, tagWords);
  if (own) return own;
  const intro = selfIntroduction(text);
  if (!intro) return null;
  const at = text.indexOf(intro.name);
  const after = text.charAt(at + intro.name.length);
  return at !== -1 && (after === '.' || after === ',' || after === '!' || after === '')
    ? titleCaseIfCaps(intro.name)
    : null;
}

/** How much of a turn's end is read for the colleague it hands over to. */
const THROW_WINDOW = 200;

/**
 * An anchor handing over to a named colleague (`Our Dan Porter is there.`, `Let's go to
 * reporter Dan Porter.`, `We turn now to Dan Porter`): first name and surname. Bounded, no nested
 * quantifier; the words are checked for capitals after.
 */
const HAND_OVER = lazyRegExp(
  String.raw`(?:\bour (?:own )?(?:(?:senior |chief |political |local )?(?:reporter|correspondent) )?|\b(?:let['’]s go|we go|we turn|turning) (?:now )?(?:live )?to (?:our )?(?:(?:reporter|correspondent) )?)([\p{L}'’-]{2,30}) ([\p{L}'’-]{2,30})(?= (?:is|joins|reports|has|at|in|from|on|outside|live)\b|[.,?!]|$)`,
  'giu',
);

/** A colleague's part in a hand-over: `our`, a reporter or correspondent. */
const COLLEAGUE = /^our |reporter|correspondent/i;
/** What a named colleague does after the name (`Dan Porter joins us`, `… reports`). */
const HANDED_OVER = /^ (?:joins|reports|has|is live|is standing by)\b/i;

const NON_LETTERS = lazyRegExp(String.raw`[^\p{L}]`, 'gu');

/**
 * The colleague the end of a turn hands over to (see {@link HAND_OVER}), for the `>>` voice that
 * follows: the turn's last sentences, the name in capitals (`Dan Porter`), said to be a colleague
 * (`our`, `reporter`), doing a colleague's part (`joins us`, `reports`) or asked by the first
 * name at the turn's end (`Dan?`), the only proof in text all in capitals (`OUR DAN PORTER IS
 * THERE. DAN?`). A place (`We go live to City Hall.`) is none of these.
 */
function throwTarget(text: string): string | null {
  const tail = text.length > THROW_WINDOW ? text.slice(text.length - THROW_WINDOW) : text;
  const caps = tail === tail.toUpperCase();
  let found: string | null = null;
  HAND_OVER.lastIndex = 0;
  for (let m = HAND_OVER.exec(tail); m !== null; m = HAND_OVER.exec(tail)) {
    const first = m[1] as string;
    const last = m[2] as string;
    if (NOT_NAMES.has(first.toLowerCase())) continue;
    const asked = new RegExp(`\\b${first.replace(NON_LETTERS, '')}\\?\\s*$`, 'iu').test(tail);
    if (caps ? !asked : !isNameWord(first) || !isNameWord(last)) continue;
    const after = tail.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!asked && !COLLEAGUE.test(m[0].trimStart()) && !HANDED_OVER.test(after)) continue;
    found = titleCaseIfCaps(`${first} ${last}`);
  }
  return found;
}

/** True when `name` in `text` is followed by a full stop or a comma (`I'M TOM ROE.`). */
function endsClause(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at === -1) return false;
  const after = text.charAt(at + name.length);
  return after === '.' || after === ',' || after === '!';
}

function nameAfter(text: string, start: number): string | null {
  const tokens = text.slice(start).trim().split(/\s+/u).slice(0, 4);
  const name: string[] = [];
  for (const token of tokens) {
    const word = token.replace(/[,.!?;:»”"]+$/u, '');
    if (!isNameWord(word)) break;
    name.push(word);
    if (word !== token || name.length === 3) break;
  }
  if (name.length < 2 || NOT_NAMES.has((name[0] ?? '').toLowerCase())) return null;
  // `This is Statehouse Report`: a programme's name, not the speaker's.
  if (name.some((w) => PROGRAMME_WORDS.has(w.toLowerCase()))) return null;
  return name.join(' ');
}

const AMBIGUOUS = Symbol('ambiguous');
/** Two or three capital letters alone: a speaker's initials (`LK`, `HM`). */
const INITIALS = lazyRegExp(String.raw`^\p{Lu}{2,3}$`, 'u');
/** Aliases searched as a list up to this many; a speaker with more gets a set. */
const SHORT_LIST = 8;

/** Records `entry` under `key`, or AMBIGUOUS when another speaker is already there. */
function mark(
  map: Map<string, SpeakerEntry | typeof AMBIGUOUS>,
  key: string,
  entry: SpeakerEntry,
): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, entry);
  else if (known !== entry) map.set(key, AMBIGUOUS);
}

/** One word in capitals, a first name's shape (`MAYA`, `JO-ANN`). */
const BRACKET_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{Lu}'’-]{1,20}$`, 'u');

class Registry {
  readonly entries: SpeakerEntry[] = [];
  /** Full name keys (`sergey lavrov`), `role:<role>` and `office:<office>` → speaker. */
  private readonly byKey = new Map<string, SpeakerEntry>();
  /** Roles several named people hold (`CALLER (MARGARET)`, `CALLER (DEV)`): a bare tag is none. */
  private readonly sharedRoles = new Set<string>();
  /**
   * An office's head without its portfolio (`cabinet secretary` of `Cabinet Secretary for Health
   * and Social Care`) → its one named holder, or null when two holders share it.
   */
  private readonly officeHeads = new Map<string, SpeakerEntry | null>();
  /** Surname → the speaker with it, or AMBIGUOUS when there are several. */
  private readonly bySurname = new Map<string, SpeakerEntry | typeof AMBIGUOUS>();
  /** Initials of a full name (`lk` for Laura Kuenssberg) → the speaker, or AMBIGUOUS. */
  private readonly byInitials = new Map<string, SpeakerEntry | typeof AMBIGUOUS>();
  /** First name → the speaker with it, or AMBIGUOUS when there are several. */
  private readonly byFirst = new Map<string, SpeakerEntry | typeof AMBIGUOUS>();
  /**
   * A role's one word in capitals in its brackets (`HOST (MAYA)`), folded → that voice, or
   * AMBIGUOUS: a later tag of that one name (`MAYA:`) is the same person, so named.
   */
  private readonly byBracketWord = new Map<string, SpeakerEntry | typeof AMBIGUOUS>();
  /** `first|last` → the speaker with that first name and surname, or AMBIGUOUS. */
  private readonly byFirstLast = new Map<string, SpeakerEntry | typeof AMBIGUOUS>();
  private readonly keysOf = new Map<SpeakerEntry, string[]>();
  /** Alias sets of speakers with many aliases (a short list is searched as it is). */
  private readonly aliasesOf = new Map<SpeakerEntry, Set<string>>();
  private readonly ids = new Set<string>();
  /** Devices seen so far (`iPhone:`, `Galaxy S21:`): each one numbers a voice. */
  private devices = 0;
  /** Anonymous caption voices numbered so far (see {@link Registry.voice}). */
  private voices = 0;
  /** Names introduced in untagged text ("I'm Neal Carver"), by folded surname. */
  readonly introduced = new Map<string, { name: string; line: number; title?: string | null }>();
  /** Speakers of question tags (`Q`): many people, never named. */
  readonly questioners = new Set<SpeakerEntry>();
  private readonly nextSuffix = new Map<string, number>();
  /** A tag's name, folded once: a transcript repeats its few names in every turn. */
  private readonly folded = new Map<string, FoldedName>();
  /** Key lists already indexed for each speaker (indexing them again changes nothing). */
  private readonly indexed = new Map<SpeakerEntry, Set<string[]>>();

  private foldName(name: string): FoldedName {
    let folded = this.folded.get(name);
    if (!folded) {
      const words = foldKey(name)
        .split(' ')
        .filter((w) => w !== '');
      const keys = withoutHonorifics(words);
      folded = { keys, courtesy: keys.length < words.length, joined: keys.join(' ') };
      this.folded.set(name, folded);
    }
    return folded;
  }

  private uniqueId(base: string): string {
    let id = base;
    if (this.ids.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.ids.has(`${base}-${n}`)) n++;
      this.nextSuffix.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.ids.add(id);
    return id;
  }

  private add(entry: SpeakerEntry): SpeakerEntry {
    this.entries.push(entry);
    return entry;
  }

  /** Adds `alias` to the entry; true when it is new. */
  private alias(entry: SpeakerEntry, alias: string): boolean {
    const seen = this.aliasesOf.get(entry);
    if (seen ? seen.has(alias) : entry.aliases.includes(alias)) return false;
    entry.aliases.push(alias);
    if (seen) seen.add(alias);
    else if (entry.aliases.length > SHORT_LIST) this.aliasesOf.set(entry, new Set(entry.aliases));
    return true;
  }

  private index(entry: SpeakerEntry, keys: string[], joined = keys.join(' ')): void {
    if (keys.length === 0) return;
    // The same list again, its full key still this speaker's: every map already says so (the
    // others only ever move to AMBIGUOUS, which a second mark keeps).
    const done = this.indexed.get(entry);
    if (done?.has(keys) && this.byKey.get(joined) === entry) return;
    if (done) done.add(keys);
    else this.indexed.set(entry, new Set([keys]));
    this.byKey.set(joined, entry);
    const surname = keys[keys.length - 1] ?? '';
    mark(this.bySurname, surname, entry);
    if (keys.length > 1) {
      mark(this.byFirstLast, `${keys[0]}|${surname}`, entry);
      mark(this.byFirst, keys[0] ?? '', entry);
      if (keys.length <= 3) mark(this.byInitials, keys.map((k) => k[0] ?? '').join(''), entry);
    }
    const known = this.keysOf.get(entry);
    if (!known || keys.length > known.length) this.keysOf.set(entry, keys);
  }

  /**
   * The one known speaker a name refers to, or null (none, or more than one). `courtesy` is true
   * when the tag had an honorific (`Mr. James`): then one word is a surname, never a first name.
   */
  private findByName(
    keys: string[],
    courtesy: boolean,
    initials: boolean,
    joined = keys.join(' '),
  ): SpeakerEntry | null {
    const exact = this.byKey.get(joined);
    if (exact) return exact;
    const surname = keys[keys.length - 1] ?? '';
    if (keys.length === 1) {
      // A short form (`LAVROV`, `Mr. Lavrov`) joins the one known speaker with that surname;
      // a first name alone (`>> KAREN:` after "I'm Karen Wells") the one speaker with that first
      // name, when no speaker has it as a surname.
      const same = this.bySurname.get(surname);
      if (same !== undefined) return same === AMBIGUOUS ? null : same;
      const first = courtesy ? undefined : this.byFirst.get(surname);
      if (first !== undefined) return first === AMBIGUOUS ? null : first;
      // Initials in capitals (`LK:` after `LAURA KUENSSBERG:`, BBC interview transcripts).
      const byInitials = initials ? this.byInitials.get(surname) : undefined;
      return byInitials === undefined || byInitials === AMBIGUOUS ? null : byInitials;
    }
    // A full name joins a speaker known so far only by that surname, or by the same first name.
    const short = this.byKey.get(surname);
    const bySurname = short && this.keysOf.get(short)?.length === 1 ? short : null;
    const byFirst = this.byFirstLast.get(`${keys[0]}|${surname}`) ?? null;
    if (byFirst === AMBIGUOUS) return null;
    if (bySurname && byFirst && bySurname !== byFirst) return null;
    return bySurname ?? byFirst;
  }

  private resolveRole(tag: Tag, asked: string): SpeakerEntry {
    const question = QUESTION_WORDS.has(foldWords(tag.raw));
    // A research interview's `I:` / `R:`: the `R` answering an interviewer is the respondent (the
    // `R` of a Spanish briefing's `P.-` / `R.-` answers a reporter).
    const role =
      asked === 'answer' &&
      foldWords(tag.raw) === 'r' &&
      (this.byKey.has('role:interviewer') || this.byKey.has('role:respondent')) &&
      !this.byKey.has('role:reporter') &&
      !this.byKey.has('question:reporter')
        ? 'respondent'
        : asked;
    // Each device (`iPhone:`, `Galaxy S21:`) is a voice of its own, numbered in order of first
    // appearance: `unidentified speaker #1`, `#2`.
    const device = role === DEVICE_ROLE && isDeviceName(tag.raw);
    // Reporters of different outlets are different people (`REPORTER (KTVU):`, `REPORTER (SF
    // CHRONICLE):`, `QUESTION (Reuters):`): each outlet a voice of its own.
    const outlet = role === 'reporter' && tag.title !== null ? `|${foldKey(tag.title)}` : '';
    let key = device
      ? `device:${tag.raw}`
      : question
        ? `question:${role}${outlet}`
        : `role:${role}${outlet}`;
    // `UNE JOURNALISTE :` after `UN JOURNALISTE (Patrick Martin) :`: a journalist, not the one
    // named before (an indefinite article names nobody); the same tag again is the same voice.
    if (INDEFINITE_ROLE.test(tag.raw) && this.byKey.get(key)?.name != null)
      key = `${key}|${foldKey(tag.raw)}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      const voiceRole = device ? `${role} #${++this.devices}` : role;
      entry = this.add({
        id: this.uniqueId(tag.raw === 'Q' || tag.raw === 'Q.' ? 'q' : slugId(voiceRole)),
        name: null,
        title: tag.title,
        role: voiceRole,
        aliases: [],
      });
      this.byKey.set(key, entry);
      if (question) this.questioners.add(entry);
      if (tag.title && tag.raw.endsWith(`(${tag.title})`) && BRACKET_WORD.test(tag.title))
        mark(this.byBracketWord, foldKey(tag.title), entry);
      // An office of two or three words answers to its initials too (`Prime minister:` then
      // `PM:`, as a newspaper's interview transcript shortens its labels).
      const words = device || question ? [] : voiceRole.split(' ');
      if (words.length >= 2 && words.length <= 3 && words.every((w) => STARTS_LOWERCASE.test(w)))
        mark(this.byInitials, words.map((w) => w[0] ?? '').join(''), entry);
    }
    this.alias(entry, tag.raw);
    return entry;
  }

  private resolveName(tag: Tag, name: string, file: VFile, line: number): SpeakerEntry {
    // An honorific (`Mr. James`) makes one word a surname, never a first name.
    const { keys, courtesy, joined } = this.foldName(name);
    const initials = tag.raw.length <= 3 && INITIALS.test(tag.raw);
    const entry = keys.length > 0 ? this.findByName(keys, courtesy, initials, joined) : null;
    if (entry) {
      const before = this.keysOf.get(entry) ?? nameKeys(entry.name ?? '');
      // Initials that stand for an office (`PM` for the prime minister) name nobody.
      const office = initials && entry.name === null && entry.role !== null;
      if (!office && (entry.name === null || keys.length > before.length)) entry.name = name;
      if (tag.title && !entry.title) entry.title = tag.title;
      // (The word in the role's brackets was this name, no title: `HOST (MAYA)` then `MAYA:`.)
      else if (keys.length === 1 && this.byBracketWord.get(keys[0] ?? '') === entry)
        entry.title = null;
      const written = tag.title ? `${name}, ${tag.title}` : name;
      if (this.alias(entry, tag.raw)) {
        const known = entry.title ? `${entry.name}, ${entry.title}` : (entry.name ?? '');
        if (foldKey(written) !== foldKey(known) || tag.raw !== written) {
          report(file, 'speaker-alias', `Merged '${tag.raw}' with '${known}'`, { line });
        }
      }
      this.index(entry, keys, joined);
      return entry;
    }
    // `MAYA:` after `HOST (MAYA):`: the host so named.
    const bracketed = keys.length === 1 ? this.byBracketWord.get(keys[0] ?? '') : undefined;
    if (bracketed !== undefined && bracketed !== AMBIGUOUS && bracketed.name === null) {
      report(file, 'speaker-alias', `Merged '${tag.raw}' with '${bracketed.aliases[0] ?? ''}'`, {
        line,
      });
      bracketed.name = name;
      bracketed.title = null;
      this.alias(bracketed, tag.raw);
      this.index(bracketed, keys, joined);
      return bracketed;
    }
    // `CARVER:` after "I'm Neal Carver in Washington.": the surname of a name introduced earlier.
    const intro = keys.length === 1 ? this.introduced.get(keys[0] ?? '') : undefined;
    const full = intro && !this.byKey.has(nameKeys(intro.name).join(' ')) ? intro : undefined;
    const created = this.add({
      id: this.uniqueId(slugId(full?.name ?? name)),
      name: full?.name ?? name,
      title: tag.title ?? full?.title ?? null,
      role: null,
      aliases: [tag.raw],
    });
    if (full) {
      report(
        file,
        'speaker-alias',
        `Took the full name '${full.name}' for '${tag.raw}' from the introduction at line ${full.line}`,
        { line },
      );
      this.index(created, nameKeys(full.name));
    }
    this.index(created, keys, joined);
    return created;
  }

  /** Resolves a tag; reports a merge when a different written form joins a known speaker. */
  resolve(tag: Tag, file: VFile, line: number): SpeakerEntry {
    if (tag.office !== null) {
      const key = `office:${foldKey(tag.office)}`;
      const holder = this.byKey.get(key);
      if (tag.name === null) {
        if (holder) {
          if (this.alias(holder, tag.raw) && holder.name !== null) {
            report(file, 'speaker-alias', `Merged '${tag.raw}' with '${holder.name}'`, { line });
          }
          return holder;
        }
        // `The Cabinet Secretary:` after `The Cabinet Secretary for Health (Name):`: the one holder.
        const head = this.officeHeads.get(foldKey(tag.office));
        if (head) {
          this.alias(head, tag.raw);
          report(file, 'speaker-alias', `Merged '${tag.raw}' with '${head.name}'`, { line });
          return head;
        }
        const entry = this.resolveRole(tag, tag.role ?? foldKey(tag.office));
        this.byKey.set(key, entry);
        return entry;
      }
      if (holder && holder.name === null) {
        // `The Prime Minister:` first, `The Prime Minister (Jane Roe):` later: one speaker.
        holder.name = tag.name;
        holder.title = tag.title;
        holder.role = null;
        this.alias(holder, tag.raw);
        this.index(holder, nameKeys(tag.name));
        report(file, 'speaker-alias', `Merged '${tag.raw}' with '${tag.office}'`, { line });
        return holder;
      }
      const entry = this.resolveName(tag, tag.name, file, line);
      this.byKey.set(key, entry);
      const office = foldKey(tag.office);
      const portfolio = office.indexOf(' for ');
      if (portfolio > 0) {
        const head = office.slice(0, portfolio);
        const known = this.officeHeads.get(head);
        this.officeHeads.set(head, known === undefined || known === entry ? entry : null);
      }
      return entry;
    }
    if (tag.role !== null && tag.name === null) return this.resolveRole(tag, tag.role);
    if (tag.role !== null && tag.name !== null) {
      // `ANCHOR:` first, `ANCHOR (MARIA LOPEZ):` later: the role's voice gets its name.
      const voice = this.byKey.get(`role:${tag.role}`);
      if (
        voice &&
        voice.name === null &&
        !this.questioners.has(voice) &&
        !this.sharedRoles.has(`role:${tag.role}`)
      ) {
        voice.name = tag.name;
        this.alias(voice, tag.raw);
        this.index(voice, nameKeys(tag.name));
        report(
          file,
          'speaker-alias',
          `Merged '${tag.raw}' with '${voice.aliases[0] ?? tag.role}'`,
          {
            line,
          },
        );
        return voice;
      }
    }
    const entry = this.resolveName(tag, tag.name ?? tag.raw, file, line);
    // `ANCHOR (MARIA LOPEZ):` is Maria Lopez in the anchor's role: a later `ANCHOR:` is her too,
    // unless the role already has a voice of its own.
    if (tag.role !== null && tag.name !== null) {
      entry.role ??= tag.role;
      const key = `role:${tag.role}`;
      const known = this.byKey.get(key);
      if (!known && !this.sharedRoles.has(key)) this.byKey.set(key, entry);
      // A second person named in the role (a phone-in's `CALLER (DEV, CHIPPENHAM)` after
      // `CALLER (MARGARET, SWINDON)`): a later bare `CALLER:` is none of them, a voice of its own.
      else if (known && known !== entry && known.name !== null) {
        this.byKey.delete(key);
        this.sharedRoles.add(key);
      }
    }
    return entry;
  }

  /** A role speaker who named themself takes the name; later tags with the name join them. */
  /**
   * A voice of its own for an anonymous caption speaker (`>>`): `unidentified #1`, `#2`… in order,
   * each `>>` turn one (nothing in the captions says two of them are one person).
   */
  voice(tag: Tag, role: string): SpeakerEntry {
    const voiceRole = `${role} #${++this.voices}`;
    return this.add({
      id: this.uniqueId(slugId(voiceRole)),
      name: null,
      title: tag.title,
      role: voiceRole,
      aliases: [tag.raw],
    });
  }

  name(entry: SpeakerEntry, name: string): boolean {
    const keys = nameKeys(name);
    if (keys.length === 0 || this.byKey.has(keys.join(' '))) return false;
    entry.name = name;
    this.index(entry, keys);
    return true;
  }
}

export interface SpeakerData {
  speakerId?: string;
}

/** {@link isNumberedLabel} of the few names a transcript repeats in every turn, kept. */
const NUMBERED = new Map<string, boolean>();
const MAX_NUMBERED = 256;

function numberedLabel(name: string): boolean {
  let known = NUMBERED.get(name);
  if (known === undefined) {
    known = isNumberedLabel(name);
    if (NUMBERED.size >= MAX_NUMBERED) NUMBERED.clear();
    NUMBERED.set(name, known);
  }
  return known;
}

function nameable(entry: SpeakerEntry, registry: Registry): boolean {
  // A transcription service's `Speaker 2` (or `S2`) who says "I'm Dolores Quinn" is Dolores Quinn.
  if (
    entry.name !== null &&
    entry.role === null &&
    (numberedLabel(entry.name) || CODE_NAME.test(entry.name))
  )
    return true;
  if (entry.role === null || registry.questioners.has(entry)) return false;
  // A role named by a first name only (`HOST (MAYA)`, `Host (Jane)`) may say its full name: see
  // {@link completesFirstName}.
  if (entry.name !== null && entry.name.includes(' ')) return false;
  const hash = entry.role.indexOf(' #');
  return NAMEABLE_ROLES.has(hash === -1 ? entry.role : entry.role.slice(0, hash));
}

/** A name introduced for `entry` fits it: any, or the full name its first name opens. */
function completesFirstName(entry: SpeakerEntry, name: string): boolean {
  return entry.name === null || entry.role === null || name.startsWith(`${entry.name} `);
}

/** Folded words of the names in the tags, for checking a name introduced in capitals. */
function tagNameWords(tree: Root): Set<string> {
  const out = new Set<string>();
  for (const node of tree.children) {
    const name = node.type === 'paragraph' ? node.data?.tag?.name : null;
    if (name) for (const key of nameKeys(name)) out.add(key);
  }
  return out;
}

/**
 * The people a record's or a hearing's header lists before the first turn (`Witnesses: Professor
 * Mary Jones, University of Leeds`, `Members present: Jane Doe (Chair); Tom Becker`, `Panel:`,
 * `Guests:`): a turn tagged with a surname alone (`Professor Jones:`) is the one listed person of
 * that surname, as after a self-introduction. Two listed people of one surname name nobody.
 */
const ROSTER_LINE =
  /^(?:Witness(?:es)?|Members present|Present|Also present|Panel(?:lists)?|Guests?|Participants|Interviewees?|Interviewers?|Narrators?|Respondents?)\s?:\s*(\S.{0,400})$/i;

/** A full name of two or three capitalized words (a courtesy title dropped first). */
const ROSTER_NAME = lazyRegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$`, 'u');

function rosterNames(tree: Root, registry: Registry): void {
  const seen = new Map<string, string | null>();
  for (const { text, line } of headerLines(tree)) {
    const list = ROSTER_LINE.exec(text)?.[1];
    if (list === undefined) continue;
    for (const part of list.split(/;|, | and /)) {
      const piece = part
        .replace(/\([^()]*\)/g, '')
        .replace(/[.]$/, '')
        .trim();
      const name = piece.slice(honorificEnd(piece, 0)).trim();
      if (!ROSTER_NAME.test(name)) continue;
      const surname = nameKeys(name).pop();
      if (surname === undefined) continue;
      const prior = seen.get(surname);
      seen.set(surname, prior === undefined || prior === name ? name : null);
      if (prior === undefined) registry.introduced.set(surname, { name, line });
      else if (prior !== name) registry.introduced.delete(surname);
    }
  }
}

/**
 * A hearing record's heading over a witness's testimony (`STATEMENT OF MARIA ALVAREZ, DEPUTY
 * ASSOCIATE ADMINISTRATOR, FEDERAL EMERGENCY MANAGEMENT AGENCY`, U.S. congressional hearings):
 * the name, then after a comma the office.
 */
const STATEMENT_OF =
  /^(?:PREPARED |OPENING )?(?:STATEMENT|TESTIMONY) OF (?:THE )?(?:HON(?:ORABLE|\.)? |DR\.? )?([^,]{3,60})(?:, (.{3,300}))?$/;

const STATEMENT_START = new Set(['STATEMENT', 'TESTIMONY', 'PREPARED', 'OPENING']);

/** Small words a caps office keeps in lower case once title-cased (`Department of Energy`). */
const OFFICE_SMALL = /(?<= )(?:Of|The|And|For|On|In|To|At)(?= )/g;

/**
 * Witnesses named by their statement's heading anywhere in a hearing: a turn tagged with the
 * surname alone (`Ms. ALVAREZ.`) is that person, with that office, as after an introduction.
 */
function statementNames(tree: Root, registry: Registry): void {
  for (const node of tree.children) {
    const text =
      node.type === 'paragraph'
        ? node.segments.length === 1
          ? (node.segments[0]?.text.trim() ?? '')
          : ''
        : 'value' in node && typeof node.value === 'string'
          ? node.value.trim()
          : '';
    if (text.length < 16 || !STATEMENT_START.has(text.slice(0, text.indexOf(' ')))) continue;
    const match = STATEMENT_OF.exec(text);
    if (!match || text !== text.toUpperCase()) continue;
    const name = titleCaseIfCaps(match[1] ?? '');
    if (!ROSTER_NAME.test(name)) continue;
    const surname = nameKeys(name).pop();
    if (surname === undefined) continue;
    // Two witnesses of one surname name neither.
    const had = registry.introduced.get(surname);
    if (had !== undefined) {
      if (had.name !== name) registry.introduced.delete(surname);
      continue;
    }
    const office = match[2]
      ? titleCaseIfCaps(match[2]).replace(OFFICE_SMALL, (w) => w.toLowerCase())
      : null;
    const line =
      node.type === 'paragraph' ? paragraphLine(node) : 'line' in node ? Number(node.line) : 0;
    registry.introduced.set(surname, { name, line, title: office });
  }
}

export const speakerIdentities: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const registry = new Registry();
  rosterNames(tree, registry);
  statementNames(tree, registry);
  /** A role speaker whose tag stood alone: their words are the next paragraph. */
  let waiting: SpeakerEntry | null = null;
  let tagWords: Set<string> | null = null;
  /** The last turn's speaker and words, for the guest a host introduces at its end. */
  let previous: { entry: SpeakerEntry; text: string } | null = null;
  // Each `>>` opens a new voice: two turns or more of unnamed `>>` voices are each a voice of
  // their own (one alone stays `unidentified`), never one speaker whose turns run together.
  // A `>>` voice is named by its own introduction, else by the throw the turn before ends with.
  const introduced = new Map<Paragraph, { name: string; thrown: boolean } | null>();
  let anonymous = 0;
  let before: Paragraph | null = null;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const last = before;
    before = node;
    const tag = node.data?.tag;
    if (tag?.raw !== '>>' || tag.name !== null) continue;
    tagWords ??= tagNameWords(tree);
    const own = chevronIntroduction(node.value, tagWords);
    const thrown = own === null && last !== null ? throwTarget(last.value) : null;
    const name = own ?? thrown;
    introduced.set(node, name === null ? null : { name, thrown: own === null });
    if (name === null) anonymous++;
  }
  let numbered = 0;
  /** The speaker of the turn under way, and of the one before it (whom an interruption cut). */
  let current: SpeakerEntry | null = null;
  let interrupted: SpeakerEntry | null = null;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    let entry: SpeakerEntry | null = null;
    if (node.data?.tag) {
      let tag = node.data.tag;
      const chevrons = introduced.has(node);
      if (chevrons) {
        const named = introduced.get(node) ?? null;
        if (named) {
          tag = { ...tag, name: named.name, role: null };
          report(
            file,
            'speaker-named',
            named.thrown
              ? `The new speaker at >> is ${named.name}, whom the turn before hands over to`
              : `The new speaker at >> introduced themself as ${named.name}`,
            { line: paragraphLine(node) },
          );
        }
      }
      const voice = chevrons && tag.name === null && anonymous > 1;
      // `Puhuja:` (the Eduskunta's minutes), `Talaren:` (their Swedish pages): the member who had
      // the floor goes on after the chair's interruption.
      const resumes: SpeakerEntry | null = RESUMING_LABELS.has(tag.raw.toLowerCase())
        ? interrupted
        : null;
      if (resumes)
        report(file, 'speaker-resumes', `"${tag.raw}" is who had the floor`, {
          line: paragraphLine(node),
          actual: tag.raw,
        });
      entry =
        resumes ??
        (voice
          ? registry.voice(tag, tag.role ?? 'unidentified')
          : registry.resolve(tag, file, paragraphLine(node)));
      if (entry !== current) [interrupted, current] = [current, entry];
      if (voice && ++numbered === 1)
        report(
          file,
          'caption-voices',
          `Read ${anonymous} unnamed >> turns as ${anonymous} voices (unidentified #1 to #${anonymous}): each >> is a new speaker`,
          { line: paragraphLine(node), severity: 'info' },
        );
      (node.data as SpeakerData).speakerId = entry.id;
      waiting = node.data.tagOnly ? entry : null;
      if (node.data.tagOnly) continue;
    } else {
      entry = waiting;
      waiting = null;
      if (!entry) {
        // An untagged paragraph ("This is TALK OF THE NATION. I'm Neal Carver.") may introduce
        // the host whose surname tags the turns below.
        const name = selfIntroducedName(node.value);
        const surname = name ? nameKeys(name).pop() : undefined;
        if (name && surname && !registry.introduced.has(surname)) {
          registry.introduced.set(surname, { name, line: paragraphLine(node) });
        }
      }
    }
    const before = previous;
    if (entry) previous = { entry, text: node.value };
    if (!entry || !nameable(entry, registry)) continue;
    const label = entry.role === null ? entry.name : `The ${entry.role}`;
    // A turn in capitals (`JOURNALISTE : JE SUIS DEVANT LA MAIRIE, OÙ …`) is read as a `>>`
    // voice's, or the name must end its clause (`… THIS IS MORNING BRIEFING. I'M DANA WHITFIELD.`).
    const head = node.value.slice(0, INTRO_WINDOW);
    const caps = HAS_UPPERCASE.test(head) && !HAS_LOWERCASE.test(head);
    if (caps) tagWords ??= tagNameWords(tree);
    const name =
      caps && tagWords ? capsIntroduction(node.value, tagWords) : selfIntroducedName(node.value);
    if (name && completesFirstName(entry, name) && registry.name(entry, name)) {
      report(file, 'speaker-named', `${label} introduced themself as ${name}`, {
        line: paragraphLine(node),
      });
      continue;
    }
    // `Speaker 1: … My guest today is Dolores Quinn.` / `Speaker 2: Thanks for having me.`: the
    // next voice, a numbered one not yet named, is the guest (never the host's own voice).
    if (before === null || before.entry === entry || entry.role !== null) continue;
    const guest = guestIntroducedName(before.text);
    if (guest && registry.name(entry, guest)) {
      report(file, 'speaker-named', `${label} is the guest the turn before introduced, ${guest}`, {
        line: paragraphLine(node),
      });
    }
  }
  nameFromHeader(tree, registry, file);
  presenterInitials(tree, registry, file);
  nameOfficeHolders(tree, registry, file);
  nameFromInitials(tree, registry, file);
  nameFromListedSpeakers(tree, registry, file);
  nameFromThrow(tree, registry, file);
  greekNames(tree, registry.entries, file);
  reportCloseSpellings(tree, registry.entries, file);
  tree.data = { ...tree.data, speakers: registry.entries };
};

/**
 * Speakers whose names are one letter apart (`Jane Doe` / `Jane Dow`): both kept, a warning at
 * the second one's first turn for a person to choose (a correction merges them).
 */
function reportCloseSpellings(tree: Root, entries: readonly SpeakerEntry[], file: VFile): void {
  const pairs = closeSpellings(entries);
  if (pairs.length === 0) return;
  const firstLine = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const id = (node.data as SpeakerData | undefined)?.speakerId;
    if (id !== undefined && !firstLine.has(id)) firstLine.set(id, paragraphLine(node));
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const [a, b] of pairs) {
    const one = byId.get(a);
    const other = byId.get(b);
    if (!one?.name || !other?.name) continue;
    const lineA = firstLine.get(a) ?? null;
    const lineB = firstLine.get(b) ?? null;
    report(
      file,
      'speaker-spelling',
      `“${other.name}” and “${one.name}”${lineA !== null ? ` (line ${lineA})` : ''} are one letter apart: one speaker's name mistyped, or two people? Both are kept; the correction \`merge: [{ speaker: '${other.id}', into: '${one.id}' }]\` makes them one`,
      { line: lineB ?? lineA ?? 1, severity: 'warning' },
    );
  }
}

/**
 * Greek names and offices title-cased from capitals take their accents back (see
 * ../greek-accents.ts): `ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ` is Νικόλαος Παπαδόπουλος, reported.
 */
function greekNames(tree: Root, entries: SpeakerEntry[], file: VFile): void {
  // The document's words, and the names and offices its tags wrote in lower case.
  const changes = greekAccents(entries, function* () {
    for (const node of tree.children) if (node.type === 'paragraph') yield node.value;
    for (const e of entries) yield `${e.name} ${e.title}`;
  });
  if (changes.length > 0)
    report(file, 'speaker-accents', `Restored Greek accents: ${changes.slice(0, 5).join(', ')}`, {
      severity: 'info',
    });
}

/** Lines of the header read for the interview's guest and interviewer (before the first turn). */
const MAX_HEADER_NODES = 12;

/**
 * An interview page names its guest and its interviewer above the first turn (`Intervista a
 * Giulia Ferri, sindaca di Bologna`, `Interview mit Katrin Vogel`, `Katrin Vogel im Gespräch
 * mit Jasper Barenberg`): the unnamed answer voice (`R:`, `A:`, `Antwort:`) is the guest, and
 * the one unnamed moderator, interviewer or host is the interviewer.
 */
function nameFromHeader(tree: Root, registry: Registry, file: VFile): void {
  let guest: { name: string; line: number } | null = null;
  let interviewer: { name: string; line: number } | null = null;
  let seen = 0;
  for (const node of tree.children) {
    if (node.type === 'paragraph' && node.data?.tag) break;
    if (++seen > MAX_HEADER_NODES) break;
    if (!('value' in node) || typeof node.value !== 'string') continue;
    const line =
      'line' in node && typeof node.line === 'number'
        ? node.line
        : paragraphLine(node as Paragraph);
    const found = readInterviewHeader(node.value);
    // A header in capitals names the guest with the office (`INTERVIEW: MAYOR JANE ROE`): the
    // name as a tag reads it, in its case (Jane Roe); an office alone (`THE MAYOR`) names no one.
    const named =
      found.guest !== null && found.guest === found.guest.toUpperCase()
        ? (personTag(found.guest)?.name ?? null)
        : found.guest;
    if (named && !guest) guest = { name: named, line };
    if (found.interviewer && !interviewer) interviewer = { name: found.interviewer, line };
  }
  if (!guest && !interviewer) return;
  const unnamed = (roles: ReadonlySet<string>) =>
    registry.entries.filter((e) => e.name === null && e.role !== null && roles.has(e.role));
  if (guest) {
    const answers = unnamed(ANSWER_ROLES);
    const answer = answers[0];
    if (answers.length === 1 && answer && registry.name(answer, guest.name)) {
      report(
        file,
        'speaker-named',
        `The answer voice is the guest the header names, ${guest.name}`,
        {
          line: guest.line,
        },
      );
    }
  }
  if (interviewer) {
    const asking = unnamed(INTERVIEWER_ROLES);
    const one = asking[0];
    if (asking.length === 1 && one && registry.name(one, interviewer.name)) {
      report(
        file,
        'speaker-named',
        `The ${one.role ?? 'interviewer'} is the interviewer the header names, ${interviewer.name}`,
        { line: interviewer.line },
      );
    }
  }
}

/** A programme's name with its presenter's (`SUNDAY WITH LAURA KUENSSBERG`, `Today with Amol Rajan`). */
const PROGRAMME_WITH = lazyRegExp(
  String.raw`\b(?:with|WITH|With) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$`,
  'u',
);

/**
 * A BBC interview transcript tags its turns by initials (`LK:`, `RR:`) under the programme's name
 * with its presenter's (`SUNDAY WITH LAURA KUENSSBERG`): the tag of the presenter's initials, and
 * no full name, is the presenter.
 */
function presenterInitials(tree: Root, registry: Registry, file: VFile): void {
  let seen = 0;
  for (const node of tree.children) {
    if (node.type === 'paragraph' && node.data?.tag) return;
    if (++seen > MAX_HEADER_NODES) return;
    if (!('value' in node) || typeof node.value !== 'string' || node.value.length > 80) continue;
    const m = PROGRAMME_WITH.exec(node.value.trim());
    if (!m) continue;
    const full = titleCaseIfCaps(m[1] as string);
    const initials = full
      .split(' ')
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const tagged = registry.entries.filter((e) => e.name === initials);
    const one = tagged[0];
    if (tagged.length !== 1 || !one || !registry.name(one, full)) return;
    report(file, 'speaker-named', `Read ${initials} as ${full}, whom the programme's name names`, {
      line: 'line' in node && typeof node.line === 'number' ? node.line : 1,
    });
    return;
  }
}

/** A name and, in brackets after it, the office its holder has (`Jane Hollis (Chair)`). */
const NAME_WITH_OFFICE = lazyRegExp(
  String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) \(([^()]{2,40})\)`,
  'gu',
);

/** The header's lines: each line of a paragraph, each other block's text (before the first turn). */
function headerLines(tree: Root): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const node of tree.children) {
    if (out.length > 2 * MAX_HEADER_NODES) break;
    if (node.type === 'paragraph') {
      if (node.data?.tag) break;
      for (const seg of node.segments) out.push({ text: seg.text.trim(), line: seg.line });
    } else if ('value' in node && typeof node.value === 'string' && 'line' in node) {
      out.push({ text: node.value.trim(), line: typeof node.line === 'number' ? node.line : 0 });
    }
  }
  return out;
}

/**
 * A minister's transcript names the office holder in its header, beside the office the tags
 * use (`PRIME MINISTER` / `THE HON JANE PARKER MP`, or `THE HON SAM LEE MP` / `TREASURER`): the
 * unnamed speaker of that office (`PRIME MINISTER:`) is that person. With one holder and one
 * unnamed office speaker, the two are the same even with no office line beside the name.
 */
function nameOfficeHolders(tree: Root, registry: Registry, file: VFile): void {
  const lines = headerLines(tree);
  const holders: { name: string; line: number; at: number }[] = [];
  for (let at = 0; at < lines.length; at++) {
    const text = lines[at]?.text ?? '';
    const m = text.length <= 80 ? HONOURABLE.exec(text) : null;
    if (m) holders.push({ name: titleCaseIfCaps(m[1] as string), line: lines[at]?.line ?? 0, at });
  }
  const offices = registry.entries.filter(
    (e) => e.name === null && e.role !== null && e.title !== null && foldKey(e.title) === e.role,
  );
  const name = (entry: SpeakerEntry, holder: { name: string; line: number }) => {
    if (!registry.name(entry, holder.name)) return;
    report(
      file,
      'speaker-named',
      `The ${entry.role} is the office holder the header names, ${holder.name}`,
      { line: holder.line },
    );
  };
  for (const holder of holders) {
    for (const near of [holder.at - 1, holder.at + 1]) {
      const office = foldKey(lines[near]?.text ?? '');
      const entry = offices.find((e) => e.name === null && e.role === office);
      if (entry) {
        name(entry, holder);
        break;
      }
    }
  }
  // A roster naming the office in brackets (`Members present: Jane Hollis (Chair); Tom Lee`).
  for (const { text, line } of lines) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(NAME_WITH_OFFICE)) {
      const entry = offices.find((e) => e.name === null && e.role === foldKey(m[2] as string));
      if (entry) name(entry, { name: m[1] as string, line });
    }
  }
  const left = offices.filter((e) => e.name === null);
  const holder = holders[0];
  if (holders.length === 1 && left.length === 1 && offices.length === 1 && holder)
    name(left[0] as SpeakerEntry, holder);
}

/** A person's full name in running text: two or three capitalized words. */
const FULL_NAME = lazyRegExp(String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}`, 'gu');

const TWO_OR_THREE_CAPITALS = lazyRegExp(String.raw`^\p{Lu}{2,3}$`, 'u');

const LOWERCASE_RUNS = lazyRegExp(String.raw`\p{Ll}+ ?`, 'gu');

/**
 * A Q&A that tags its turns with initials (`CV:` / `HM:`) names its people above the first turn
 * the initials tag (`Interview by Clara Voss`, `Hannah Moyo worked at the plant …`, a host's
 * throw `our correspondent Ivan Petrenko`): a speaker named by two or three
 * capitals is the one full name there with those initials, the middle name's left out or not
 * (`EC` or `EMC` for Edna Mae Collins; two names with the same initials name nobody).
 */
function nameFromInitials(tree: Root, registry: Registry, file: VFile): void {
  const initialled = registry.entries.filter(
    (e) => e.role === null && e.name !== null && TWO_OR_THREE_CAPITALS.test(e.name),
  );
  if (initialled.length === 0) return;
  const found = new Map<string, { name: string; line: number } | null>();
  let seen = 0;
  for (const node of tree.children) {
    // Up to the first turn the initials tag: a host's throw before it names them too (`our
    // correspondent Ivan Petrenko` / `IP: The sirens …`, BBC two-ways).
    const raw = node.type === 'paragraph' ? node.data?.tag?.raw : undefined;
    if (raw !== undefined && TWO_OR_THREE_CAPITALS.test(raw)) break;
    if (++seen > MAX_HEADER_NODES) break;
    if (node.type !== 'paragraph' && node.type !== 'note' && node.type !== 'headline') continue;
    const line = 'line' in node ? node.line : paragraphLine(node);
    for (const m of node.value.matchAll(FULL_NAME)) {
      const initials = m[0].replace(LOWERCASE_RUNS, '');
      // A middle name's initial may be left out (`EC:` for Edna Mae Collins).
      for (const key of initials.length === 3
        ? [initials, initials.charAt(0) + initials.charAt(2)]
        : [initials]) {
        const prior = found.get(key);
        found.set(key, prior === undefined || prior?.name === m[0] ? { name: m[0], line } : null);
      }
    }
  }
  for (const entry of initialled) {
    const hit = found.get(entry.name as string);
    if (hit && registry.name(entry, hit.name))
      report(file, 'speaker-named', `${entry.aliases[0] ?? ''} is ${hit.name}, named above`, {
        line: hit.line,
      });
  }
}

/** A header's list of the people who speak (`SPEAKERS: KIM PARK, MAYOR OF RIVERTON`, `Guests: …`). */
const LISTED_SPEAKERS =
  /^(?:SPEAKERS?|PARTICIPANTS|PANELISTS|GUESTS?|WITNESSES|Speakers?|Participants|Panelists|Guests?|Witnesses)[ \t]*:[ \t]+(\S.{0,400})$/;
const LISTED_NAME = lazyRegExp(String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$`, 'u');

/**
 * A header listing who speaks (a transcription service's `SPEAKERS: KIM PARK, MAYOR OF
 * RIVERTON`, a database's `Guests: Kim Park; Tom Lee`): a speaker tagged by a surname alone
 * (`MAYOR PARK:`) is the one listed person of that surname, named in full.
 */
function nameFromListedSpeakers(tree: Root, registry: Registry, file: VFile): void {
  const listed: { name: string; line: number }[] = [];
  let seen = 0;
  for (const node of tree.children) {
    if (node.type === 'paragraph' && node.data?.tag) break;
    if (++seen > 2 * MAX_HEADER_NODES) break;
    if (node.type !== 'note' && node.type !== 'paragraph') continue;
    const m = LISTED_SPEAKERS.exec(node.value.trim());
    if (!m) continue;
    const line = node.type === 'note' ? node.line : paragraphLine(node);
    for (const item of (m[1] as string).split(/;| AND | and /)) {
      const name = titleCaseIfCaps((item.split(',')[0] ?? '').trim());
      if (LISTED_NAME.test(name)) listed.push({ name, line });
    }
  }
  if (listed.length === 0) return;
  for (const entry of registry.entries) {
    const surname = entry.name;
    if (surname === null || surname.includes(' ')) continue;
    const key = surname.toLowerCase();
    const hits = listed.filter((l) => l.name.toLowerCase().endsWith(` ${key}`));
    const hit = hits[0];
    if (hits.length !== 1 || hit === undefined || !registry.name(entry, hit.name)) continue;
    report(file, 'speaker-named', `${surname} is ${hit.name}, whom the header lists as a speaker`, {
      line: hit.line,
    });
  }
}

// An oral history's `NARRATOR:` is the person interviewed, as are a study's interviewee and respondent.
const ANSWER_ROLES: ReadonlySet<string> = new Set([
  'answer',
  'narrator',
  'interviewee',
  'respondent',
]);
const CORRESPONDENT_ROLES: ReadonlySet<string> = new Set(['correspondent', 'reporter']);

/**
 * The anchor's throw names the correspondent (`Из Уссурийска — наш корреспондент Анна
 * Морозова.`, `our correspondent Jane Doe reports`, `unsere Korrespondentin Eva Lang`): the one
 * unnamed correspondent or reporter tag (`КОРР.:`) of the script is that person.
 */
const THROW_NAME = lazyRegExp(
  String.raw`(?:^|[\s—–-])(?:[Нн]аш(?:а|его)? (?:корреспондент|корреспондентка|спецкор)|[Oo]ur (?:\p{Lu}\p{L}+ )?(?:correspondent|reporter)|[Uu]nser(?:e|)? (?:Korrespondent(?:in)?|Reporter(?:in)?)|[Nn]otre (?:correspondante?|envoyée? spéciale?)|[Nn]uestr[oa] (?:corresponsal|enviad[oa] especial)|[Ii]l nostro inviato|[Ll]a nostra inviata|[AaOo] (?:repórter|jornalista)|[Nn]oss[oa] (?:correspondente|repórter|enviad[oa] especial)|[Vv]erslaggever(?:ster)?|[Cc]orrespondent(?:e)?|[Nn]asz(?:a)? (?:reporter|reporterka|korespondent|korespondentka|wysłanniczka|wysłannik)|[Rr]eporterka) (\p{Lu}[\p{L}'’-]+(?: (?:(?:de|van|der|den|ter|da|dos|do|von) ){0,2}\p{Lu}[\p{L}'’-]+){1,2})(?=$|[\s.,!?;:])`,
  'u',
);
const THROW_WORDS =
  /корреспондент|спецкор|correspondent|reporter|Korrespondent|Reporter|correspondant|envoyé|corresponsal|enviad|inviat|repórter|jornalista|erslaggever|orespondent|eporterka|wysłanni/u;

/** Paragraphs in capitals read for a throw ({@link capsThrowName} reads the whole text each). */
const MAX_CAPS_THROWS = 4;

/** A Korean throw (`김민수 기자입니다`, `… 기자가 보도합니다`) or a Chinese one (`记者张伟报道`). */
const CJK_THROW = lazyRegExp(
  String.raw`(?:^|[\s.,])([가-힣]{2,4}) 기자(?:입니다|가 (?:보도|전)합니다)|记者([一-鿿]{2,3})(?:报道|的报道)`,
  'u',
);

/** {@link THROW_NAME} for a throw in capitals: any case matches, so the name's end is unknown. */
const THROW_NAME_CAPS = lazyRegExp(THROW_NAME.source, 'iu');
const THROW_WORDS_CAPS = lazyRegExp(THROW_WORDS.source, 'iu');

/**
 * The name a throw typed in capitals gives (`A REPÓRTER CAROLINA MENDES FOI ATÉ LÁ.`): nothing
 * tells the name's last word from the verb after it, so the name is the longest of the words
 * read that the script writes elsewhere in the same capitals (its `REPÓRTER: CAROLINA MENDES`
 * field), else the words read when a stop follows them (`НАШ КОРРЕСПОНДЕНТ АННА МОРОЗОВА.`).
 */
function capsThrowName(text: string, tree: Root): string | undefined {
  const m = THROW_NAME_CAPS.exec(text);
  const read = m?.[1];
  if (!m || !read) return undefined;
  const words = read.split(' ');
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (/^(?:DE|VAN|DER|DEN|TER|DA|DOS|DO|VON)$/u.test(words[n - 1] ?? '')) continue;
    for (const other of tree.children) {
      if (!('value' in other) || typeof other.value !== 'string' || other.value === text) continue;
      const at = other.value.indexOf(name);
      if (at === -1) continue;
      const after = other.value.charAt(at + name.length);
      if (after === '' || !HAS_LETTER_OR_NUMBER.test(after)) return name;
    }
  }
  // A verb or preposition after the name ends it (`VERSLAGGEVER SANNE DE WIT WAS VANDAAG …`).
  // A verb straight after the role word names nobody (`UNSERE KORRESPONDENTIN BERICHTET AUS …`).
  const stop = words.findIndex((w) => AFTER_THROWN_NAME.has(w));
  if (stop !== -1) return stop >= 2 ? words.slice(0, stop).join(' ') : undefined;
  const after = text.charAt(m.index + m[0].length);
  return words.length >= 2 && (after === '' || /[.,!?;:\n]/u.test(after)) ? read : undefined;
}

/**
 * Words that follow a correspondent's name in a throw and are never part of it (in capitals):
 * a verb (`IS`, `WAS`, `STAAT`, `BERICHTET`, `FOI`) or a place's preposition (`IN`, `AT`, `AUS`).
 */
const AFTER_THROWN_NAME: ReadonlySet<string> = new Set(
  (
    'IS WAS HAS REPORTS JOINS IN AT FROM ON ' +
    'STAAT MELDT BIJ OP UIT ' +
    'IST WAR BERICHTET MELDET AUS ' +
    'EST ÉTAIT EN À ' +
    'ESTÁ ESTABA DESDE ' +
    'FOI ESTEVE EM ' +
    'È ERA ' +
    'JEST BYŁ BYŁA RELACJONUJE Z W ' +
    'В ИЗ СООБЩАЕТ'
  ).split(' '),
);

function nameFromThrow(tree: Root, registry: Registry, file: VFile): void {
  const unnamed = registry.entries.filter(
    (e) =>
      e.name === null &&
      e.role !== null &&
      CORRESPONDENT_ROLES.has(e.role) &&
      !registry.questioners.has(e),
  );
  const one = unnamed[0];
  if (unnamed.length !== 1 || !one) return;
  // Each throw read in capitals looks for its name in the whole text: a few only.
  let capsTries = 0;
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.value.length > 2000) continue;
    const caps = !HAS_LOWERCASE.test(node.value);
    // Korean and Chinese throws name the reporter around the role word (`김민수 기자입니다`,
    // `记者张伟报道`): scripts without capitals, read before the capitals' test.
    const cjk = node.value.includes('기자') || node.value.includes('记者');
    const cjkName = cjk ? CJK_THROW.exec(node.value) : null;
    if (cjkName) {
      const name = cjkName[1] ?? cjkName[2];
      if (name && registry.name(one, name))
        report(file, 'speaker-named', `The ${one.role} is the reporter the throw names, ${name}`, {
          line: paragraphLine(node),
        });
      return;
    }
    if (!(caps ? THROW_WORDS_CAPS : THROW_WORDS).test(node.value)) continue;
    if (caps && ++capsTries > MAX_CAPS_THROWS) return;
    const read = caps ? capsThrowName(node.value, tree) : THROW_NAME.exec(node.value)?.[1];
    // A name read from capitals is written as the tags' names in capitals are (`Anna Morozova`).
    const name = read && caps ? titleCaseIfCaps(read) : read;
    if (!name) continue;
    if (registry.name(one, name)) {
      report(
        file,
        'speaker-named',
        `The ${one.role} is the correspondent the throw names, ${name}`,
        {
          line: paragraphLine(node),
        },
      );
    }
    return;
  }
}
const INTERVIEWER_ROLES: ReadonlySet<string> = new Set([
  'moderator',
  'interviewer',
  'host',
  'presenter',
  'anchor',
]);
