/**
 * Quoted bites vs. turns. A tag followed by a fully quoted paragraph is a SOT bite, and the
 * untagged paragraph after it is narration again (a news package); a tag followed by unquoted text
 * is a turn that continues over the following untagged paragraphs until the next tag (a
 * briefing). A bite glued to the next sentence (`Islands.”The first step`) is split there.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { cueWithoutRunTime, hasSceneHeading, inlineScriptCue } from '../directions.ts';
import { lazyRegExp } from '../lazy.ts';
import {
  HAS_LETTER_OR_NUMBER,
  HAS_LOWERCASE,
  HAS_UPPERCASE,
  STARTS_UPPERCASE,
} from '../letter-patterns.ts';
import { report } from '../report.ts';
import {
  CUE_DELIVERIES,
  DELIVERIES,
  type Delivery,
  NAMEABLE_ROLES,
  PACKAGE_CUES,
  REPLY_WORDS,
} from '../tag-grammar.ts';
import { ADVISORY_FIELD, isHeadingText, parseTag } from '../tags.ts';
import { isTranscriptTitle } from '../title.ts';
import {
  type Headline,
  type Narration,
  type Paragraph,
  paragraphLine,
  type Root,
  type RootContent,
  type Speech,
  type Tag,
} from '../tree.ts';
import type { SpeakerData } from './speakers.ts';

const PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '\u201c': '\u201d',
  '\u201e': '\u201c',
  '\u00ab': '\u00bb',
  '\u2018': '\u2019',
};

export interface Bite {
  /** The quoted words, without the quotes. */
  quote: string;
  /** Text after the closing quote, if any (narration glued to the bite). */
  after: string;
  /** True when no space separated the closing quote from the text after it. */
  glued: boolean;
}

/** Reads a paragraph that opens with a quote: the bite and what follows its closing quote. */
function readBite(text: string): Bite | null {
  const open = text[0] ?? '';
  const close = PAIRS[open];
  if (!close) return null;
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === open && open !== close) depth++;
    else if (ch === close) {
      if (depth > 0) {
        depth--;
        continue;
      }
      // Closing quote: what follows is sentence punctuation, then maybe glued narration.
      let j = i + 1;
      let punct = '';
      while (j < text.length && '.,!?;:…'.includes(text[j] ?? '')) punct += text[j++];
      const inner = text.slice(1, i).trim();
      // Quotes around no word at all are no bite.
      if (!HAS_LETTER_OR_NUMBER.test(inner)) return null;
      const quote = /[.!?…]$/.test(inner) || !punct ? inner : inner + punct.replace(/[,;:]/g, '');
      const rest = text.slice(j);
      const after = rest.trim();
      if (!after) return { quote, after: '', glued: false };
      // A straight quote may also open a quotation inside the text; only split on a real start.
      if (!STARTS_UPPERCASE.test(after)) return null;
      return { quote, after, glued: rest.length === after.length };
    }
  }
  return null;
}

const NO_DELIVERY: Delivery = { delivery: null, translated: false };

/** A delivery in brackets opening a turn's words: `(Off-camera)`, `(Voice Over)`, `(VO)`. */
const OPENING_DELIVERY = /^\(([A-Za-z][A-Za-z ./-]{0,18})\)\s+(?=\S)/;

/**
 * The delivery a network's transcript writes before the words of a turn (ABC News: `DAVID MUIR
 * (ABC NEWS)` / `(Off-camera) Good evening.`, `(Voice Over) The water rose…`), and the words
 * after it; null when the paragraph opens otherwise.
 */
function openingDelivery(value: string): { delivery: Delivery; rest: string; raw: string } | null {
  if (value.charCodeAt(0) !== 0x28) return null;
  const m = OPENING_DELIVERY.exec(value);
  const key = m?.[1]?.toLowerCase().replace(/\.$/, '');
  const delivery = key === undefined ? undefined : DELIVERIES[key];
  if (!m || delivery === undefined) return null;
  return { delivery, rest: value.slice(m[0].length), raw: `(${m[1]})` };
}

function deliveryOf(tag: Tag | undefined): Delivery {
  return tag ? { delivery: tag.delivery, translated: tag.translated } : NO_DELIVERY;
}

/** Longest line read as a heading inside the text (`Budget: Statement`), in words. */
const MAX_HEADING_WORDS = 12;

/**
 * A heading inside the transcript (`Budget: Statement`, `ORAL ARGUMENT OF ELLEN MARSH ON BEHALF
 * OF THE PETITIONER`): one source line of two or more capitalized words with no closing
 * punctuation. It ends the turn before it and is not read.
 */
function isHeading(node: Paragraph): boolean {
  // Its source lines with words (a double-spaced page's blank lines between them are none).
  const position = node.position;
  const span = position ? position.end.line - position.start.line + 1 : 1;
  const lines = Math.min(span, Math.max(1, node.segments.length));
  // A hearing's statement heading is centred over two or three lines in the printed record; so
  // is a plain-text Hansard's agenda heading in capitals, however long (South Africa's).
  if (lines > 1) {
    if (lines > 3) return false;
    if (!ARGUMENT_HEADING.test(node.value))
      return (
        node.value === node.value.toUpperCase() &&
        /[A-Z]$/.test(node.value) &&
        // (Its last line centred under a full one.)
        node.segments[node.segments.length - 1]?.raw.startsWith('        ') === true
      );
  }
  if (node.value.length > MAX_HEADING_WORDS * 20 || ADVISORY_FIELD.test(node.value)) return false;
  // What `split(' ').length` gives, without the array: the spaces and one.
  let count = 1;
  for (let at = node.value.indexOf(' '); at !== -1; at = node.value.indexOf(' ', at + 1)) count++;
  // A court transcript's argument heading may be long (`ORAL ARGUMENT OF DANIEL WEBB FOR THE
  // UNITED STATES, AS AMICUS CURIAE, SUPPORTING THE RESPONDENTS`).
  if (ARGUMENT_HEADING.test(node.value)) {
    return (
      count <= MAX_ARGUMENT_HEADING_WORDS &&
      node.value === node.value.toUpperCase() &&
      /[A-Z]$/.test(node.value)
    );
  }
  // A US transcript's examination heading, one word in capitals (`EXAMINATION`, `CROSS-EXAMINATION`).
  if (count === 1) return EXAMINATION_WORD.test(node.value) || isTopicHeading(node.value);
  return count <= MAX_HEADING_WORDS && isHeadingText(node.value);
}

/** A chapter's title: a few words, the first capitalized, no sentence punctuation (`Why rivers flood`). */
const CHAPTER_TITLE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’&-]+){0,7}$`,
  'u',
);

/** A record's subject line: longer than a chapter's (`Seguito della discussione del disegno di legge di bilancio`). */
const RECORD_SUBJECT = lazyRegExp(
  String.raw`^(?:\d{1,2}\. )?\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’&,-]+){0,15}$`,
  'u',
);

/**
 * A podcast or interview page's chapter titles: a short line of its own (`Introduction`,
 * `Rivers`, `The Science of Floods`) right before a turn whose tag carries its time or stands on
 * a line of its own (`Lex Fridman` / `(00:01:05) …`). Not a speaker's one-word reply (`Yes`,
 * `Exactly`), nor a line before an inline tag (`JONES: …`). In a parliamentary record (a tag
 * closed by a full stop, `Mme la présidente.`, `PRESIDENTE.`, or the Cortes' `El señor …:`) the
 * subject line between turns or after a direction is one too (`Questions au Gouvernement`).
 */
function chapterTitles(children: Root['children']): Set<Paragraph> {
  const out = new Set<Paragraph>();
  // Before the first turn only the document's very first block: a record's subject under its
  // header (`QUESTIONS WITHOUT NOTICE` / `Cost of Living`) is the structure's to read.
  let first = true;
  for (let i = 0; i + 1 < children.length; i++) {
    const node = children[i];
    const next = children[i + 1];
    const opens = first;
    if (node?.type !== 'frontMatter') first = false;
    if (node?.type !== 'paragraph' || next?.type !== 'paragraph') continue;
    const nextTag = next.data?.tag;
    if (!nextTag || next.data?.tagOnly) continue;
    // A parliamentary record's tag closed by a full stop (`Mme la présidente.`, `PRESIDENTE.`,
    // `Mr. SMITH.`): a subject line after the chair's words or a direction is the record's heading.
    // The Cortes' `El señor PRESIDENTE:` is the same convention with a colon.
    const recordTag =
      next.segments[0]?.text.trimStart().startsWith(`${nextTag.raw}.`) === true ||
      nextTag.raw.startsWith('El señor ') ||
      nextTag.raw.startsWith('La señora ');
    // A record's subject lines one under another (`2. Projet de loi de finances` / `Discussion
    // générale`) over the tag: the first of them stands where one would.
    let from = i;
    while (recordTag && i - from < 3 && isSubjectLine(children[from - 1])) from--;
    const above = children[from - 1];
    const afterTurn =
      above?.type === 'paragraph' && (above.data as SpeakerData | undefined)?.speakerId;
    if (!opens && !afterTurn && !(recordTag && above?.type === 'direction')) continue;
    if ((node.data as SpeakerData | undefined)?.speakerId || node.data?.tag) continue;
    // The turn's tag has its time, or is its name on a line of its own (`Lex Fridman` /
    // `(00:01:05) Why …`).
    const nameLine = next.segments.length > 1 && next.segments[0]?.text.trim() === nextTag.raw;
    if (nextTag.timestampMs === null && !nameLine && !recordTag) continue;
    if (node.segments.length !== 1) continue;
    if (!CHAPTER_TITLE.test(node.value) && !(recordTag && RECORD_SUBJECT.test(node.value)))
      continue;
    if (!node.value.includes(' ') && REPLY_WORDS.has(node.value.toLowerCase())) continue;
    out.add(node);
    for (let k = from; k < i; k++) out.add(children[k] as Paragraph);
  }
  return out;
}

/**
 * A record's subject line alone in its paragraph, no one's turn (see {@link chapterTitles}); three
 * at most are read one under another (an item, its stage, its article).
 */
function isSubjectLine(node: RootContent | undefined): boolean {
  return (
    node?.type === 'paragraph' &&
    node.segments.length === 1 &&
    !node.data?.tag &&
    !(node.data as SpeakerData | undefined)?.speakerId &&
    RECORD_SUBJECT.test(node.value)
  );
}

/**
 * A podcast's or a programme's numbered chapter (`Chapter 2: The river`, `Part 3 – Recovery`,
 * `Segment 4`, `Kapitel 2: Der Fluss`, `Chapitre 2 : La crue`): a heading wherever it stands,
 * whatever the case of its title; never a sentence (no full stop, question or exclamation mark
 * closes it).
 */
const NUMBERED_CHAPTER = lazyRegExp(
  String.raw`^(?:Chapter|CHAPTER|Part|PART|Segment|SEGMENT|Kapitel|Teil|Chapitre|Partie|Capítulo|Capitolo|Parte)\s(?:\d{1,3}|[IVX]{1,6})(?:\s?[:.–—-]\s[^.!?]{1,80}[^.!?\s,;:])?$`,
  'u',
);

const EXAMINATION_WORD = /^(?:(?:CROSS|REDIRECT|RECROSS|DIRECT|FURTHER)-?)?EXAMINATION$/;

/**
 * A court's argument heading or a hearing's witness heading: `ORAL ARGUMENT OF …`, `STATEMENT OF
 * JOHN DOE, ADMINISTRATOR, …`, `OPENING STATEMENT OF HON. …`, `TESTIMONY OF …`.
 */
const ARGUMENT_HEADING =
  /^(?:(?:ORAL|REBUTTAL) ARGUMENT OF|(?:OPENING |PREPARED )?STATEMENTS? OF|TESTIMONY OF) [A-Z]/;
const MAX_ARGUMENT_HEADING_WORDS = 30;

/**
 * `Offshore Wind: Supply Chain`, `Housing—Supply` (New Zealand Hansard's em dash, no spaces): a
 * parliamentary heading, a topic and a subtopic.
 */
function isTopicHeading(text: string): boolean {
  const colon = text.indexOf(': ');
  if (colon > 0 && text.indexOf(': ', colon + 1) === -1) {
    return isHeadingText(text.slice(0, colon)) && isHeadingText(text.slice(colon + 2));
  }
  const dash = text.indexOf('—');
  if (dash <= 0 || text.indexOf('—', dash + 1) !== -1 || text[dash - 1] === ' ') return false;
  if (text[dash + 1] === ' ' || /[.!?]$/.test(text)) return false;
  return isHeadingText(text.slice(0, dash)) && isHeadingText(text.slice(dash + 1));
}

/**
 * Words of a speaker speaking in person (first or second person) in the five languages. A web
 * article's paragraph without them, after a bold-labelled turn, is the article's narration.
 */
const IN_PERSON = lazyRegExp(
  String.raw`(?:^|[^\p{L}'’])(?:i|i['’](?:m|ve|ll|d)|me|my|mine|we|we['’](?:re|ve|ll|d)|us|our|ours|you|you['’](?:re|ve|ll|d)|your|yours|я|мы|вы|мой|моя|наш|наша|ваш|ich|wir|sie|mein|unser|je|j['’]|nous|vous|mon|ma|notre|yo|nosotros|usted|mi|nuestro)(?=$|[^\p{L}'’])`,
  'iu',
);

/**
 * A member's question as the record prints it: honorific, name, `asked the`, an office and the
 * question's word (`what`, `whether`, `(a) how`).
 */
const ORDER_PAPER_QUESTION = lazyRegExp(
  String.raw`^(?:Mr|Mrs|Ms|Miss|Mdm|Dr|Prof|Assoc Prof|Er|Sir|Dame)\.? \p{Lu}[^.!?:]{1,60}? asked the (?:Deputy |Coordinating |Senior )?(?:Prime Minister|Minister|Secretary|Chancellor|Attorney)[^.!?,]{0,80}? (?:\(a\) )?(?:what|whether|how|if|when|why|which) `,
  'u',
);

/**
 * A radio or TV script's cue to play a recording (`INS: HARBOUR FIRE PKG`, `CLIP: HARBOUR MASTER`,
 * `CART 2041`, `CUT 12 (:14)`, `VT: FLOODS`): another voice, so the presenter's turn (a BBC
 * script's `CUE:`) ends there.
 */
const RECORDED_INSERT =
  /^\s*(?:INS|INSERT|PACKAGE|PKG|VT|CLIP|ACT|ACTUALITY|CUT|CART|TAPE|WRAP|VOICER)(?:\s*:|\s+#?\d)/;

/**
 * A script's cues that hand back to the studio after a report (`TAG`, `SOQ`, `(ANCHOR)`, `BACK
 * ANNOUNCE`): the reporter's words end there, whoever reads next.
 */
const STUDIO_CUES: ReadonlySet<string> = new Set(
  'tag|vo tag|anchor tag|anchor|anchor on cam|on set|soq|soc|back anno|back-anno|back announce|back-announce|lead-in|lead in|annc|anncr'.split(
    '|',
  ),
);

/** A page's title: the one its structure states, else its headline's line (an HTML `<h1>`). */
function pageTitle(tree: Root): string {
  const hints = tree.data?.hints;
  if (hints?.title) return hints.title;
  const line = hints?.headlineLine;
  if (line == null) return '';
  for (const node of tree.children) {
    if (node.type === 'paragraph' && paragraphLine(node) === line) return node.value;
  }
  return '';
}

const FOOTER_NOTES: ReadonlySet<string> = new Set(['copyright', 'disclaimer', 'terms']);

/** The block with the paragraph's position when it has one (no spread of a copy per block). */
function placed<T extends { position?: Paragraph['position'] }>(
  block: T,
  position: Paragraph['position'],
): T {
  if (position) block.position = position;
  return block;
}

/**
 * True for broadcast captions in capitals: paragraphs with capitals and no lower-case letter, the
 * speaker changing at `>>`. There a short caption is no heading by its case (a record in
 * capitals keeps its headings inside the turns: `ORAL ANSWERS TO QUESTIONS`).
 */
function isCapsCaptions(tree: Root): boolean {
  let upper = false;
  let chevrons = false;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    if (HAS_LOWERCASE.test(node.value)) return false;
    if (!upper && HAS_UPPERCASE.test(node.value)) upper = true;
    if (node.segments[0]?.raw.trimStart().startsWith('>>')) chevrons = true;
  }
  return upper && chevrons;
}

export const turns: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const out: RootContent[] = [];
  /** Lines of a web page whose turn opens with a bold label (`<b>Nick Hart:</b>`). */
  const labelled = tree.data?.hints?.labelledLines;
  const continued = tree.data?.hints?.continuedLines;
  let currentLabelled = false;
  let current: string | null = null;
  // Broadcast captions all in capitals ({@link isCapsCaptions}): no case tells a heading there.
  let capsText: boolean | null = null;
  const inCapitals = (): boolean => {
    capsText ??= isCapsCaptions(tree);
    return capsText;
  };
  /** How the current turn is delivered: its continuation paragraphs keep it. */
  let currentDelivery: Delivery = NO_DELIVERY;
  let pending: {
    id: string;
    timestampMs: number | null;
    delivery: Delivery;
    /** The tag's line, and the last line of its paragraph. */
    line: number;
    end: number | undefined;
    /** The tag as written, for the report when no words follow it. */
    raw: string;
  } | null = null;
  /** A tag alone on its line that no words followed before the next tag: said, not lost. */
  const unspoken = (): void => {
    if (pending === null) return;
    report(
      file,
      'empty-turn',
      `The tag ${pending.raw} has no words before the next tag or the end: kept as a speaker with no block`,
      { line: pending.line, severity: 'info', actual: pending.raw },
    );
  };
  /** True once a block of the story (not a note) is out: the first is the structure's to read. */
  let content = false;
  let scanned = 0;
  /** The delivery a script cue before the next turn gives it (`ЗК`, `СТЕНДАП`), or null. */
  let cue: string | null = null;
  /** True right after a heading that ended a turn (and the subheadings under it). */
  let afterTurnHeading = false;
  const chapters = chapterTitles(tree.children);
  // A page that calls itself a transcript has no narration of its own between its turns.
  const transcriptPage = isTranscriptTitle(pageTitle(tree));
  // A screenplay's dialogue is the lines under its character's cue: a paragraph of its own
  // after them is the scene's action.
  const screenplay = hasSceneHeading(tree.children);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      out.push(node);
      if (node.type === 'direction') {
        // A cue with its run time (`PKG (1:30)`, `SOT :12`) is the cue.
        const written = node.value.trim();
        const key = (cueWithoutRunTime(written) ?? written).toLowerCase();
        cue = CUE_DELIVERIES[key] ?? cue;
        // A report's cue with its reporter (`تقرير: أحمد علي`, `MAZ: …`) hands over as the cue does.
        const label = inlineScriptCue(node.value.trim())?.cue.toLowerCase() ?? key;
        if (
          current !== null &&
          (PACKAGE_CUES.has(key) ||
            PACKAGE_CUES.has(label) ||
            STUDIO_CUES.has(key) ||
            // A presenter named in brackets alone on the line (`(JANE)`): the studio reads next.
            node.data?.talent === true ||
            // A presenter on camera by name (`JANE ON CAM`) is the studio again.
            key.endsWith(' on cam') ||
            RECORDED_INSERT.test(node.value))
        ) {
          report(file, 'turn-end', `Ended the turn at the cue ${node.value.trim()}`, {
            line: node.line,
          });
          current = null;
        }
      }
      // A page's footer (copyright, disclaimer, terms) ends the turn: no one speaks past it.
      if (node.type === 'note' && FOOTER_NOTES.has(node.reason)) current = null;
      continue;
    }
    const data = node.data ?? {};
    const tagged = (data as SpeakerData).speakerId ?? null;
    if (data.tagOnly) {
      unspoken();
      pending = tagged
        ? {
            id: tagged,
            timestampMs: data.tag?.timestampMs ?? null,
            delivery: deliveryOf(data.tag),
            line: paragraphLine(node),
            end: node.position?.end.line,
            raw: data.tag?.raw ?? node.value,
          }
        : null;
      continue;
    }
    if (tagged) unspoken();
    const line = paragraphLine(node);
    const speaker = tagged ?? pending?.id ?? null;
    // A tag alone on the line right above the words (`Owen Tate` / `Thanks, Nadia.`): the turn
    // starts on the tag's line, as it does when the two lines are one paragraph. (A time over a
    // label, `0:35` / `Speaker 2`, is a tag of two lines: the turn starts where the words do.)
    const turnLine =
      !tagged && pending !== null && pending.end === pending.line && pending.end + 1 === line
        ? pending.line
        : line;
    const timestampMs = data.tag?.timestampMs ?? pending?.timestampMs ?? null;
    let delivery = data.tag ? deliveryOf(data.tag) : (pending?.delivery ?? NO_DELIVERY);
    const opensTurn = speaker !== null;
    // A cue before the turn gives its delivery when the tag gives none; a bite's cue with no
    // words under it (`SOT`, `CORTE DE VOZ`) is not the next turn's when that turn is a program
    // voice's own (`LOCUTOR:`): the bite ran before it.
    const voice = data.tag && data.tag.name === null && NAMEABLE_ROLES.has(data.tag.role ?? '');
    if (opensTurn && cue !== null && delivery.delivery === null && !(cue === 'sot' && voice))
      delivery = { ...delivery, delivery: cue };
    if (!data.tagOnly) cue = null;
    pending = null;
    const position = node.position;
    // The turn's delivery written before its words (`(Off-camera) Good evening.`): the turn's,
    // taken off the words; a paragraph of the turn going on in another delivery starts a turn.
    const opening = opensTurn || current !== null ? openingDelivery(node.value) : null;
    if (opening) {
      node.value = opening.rest;
      report(file, 'delivery', `Read ${opening.raw} before the words as the turn's delivery`, {
        line,
        severity: 'info',
        actual: opening.raw,
      });
      if (opensTurn) delivery = opening.delivery;
      // (A paragraph going on in another delivery is the same speaker's, in that delivery.)
      else if (current !== null) currentDelivery = opening.delivery;
    }
    if (opensTurn) {
      const read = readBite(node.value);
      // Text glued after the quote that is itself a speaker tag is not narration: keep the turn whole.
      const bite = read && !(read.after && parseTag(read.after)) ? read : null;
      if (bite) {
        out.push(
          placed<Speech>(
            {
              type: 'speech',
              value: bite.quote,
              speaker,
              sot: true,
              timestampMs,
              delivery: delivery.delivery,
              translated: delivery.translated,
              line: turnLine,
            },
            position,
          ),
        );
        if (bite.after) {
          out.push(placed<Narration>({ type: 'narration', value: bite.after, line }, position));
          if (bite.glued) {
            report(
              file,
              'glued-bite',
              'Split a quoted bite from the narration glued to its closing quote',
              {
                line,
                severity: 'warning',
              },
            );
          }
        }
        current = null;
        continue;
      }
      // A script's cued bite without quotation marks is the bite whole: the turn ends with it.
      const cued = data.bite === true;
      out.push(
        placed<Speech>(
          {
            type: 'speech',
            value: node.value,
            speaker,
            sot: cued,
            timestampMs,
            delivery: delivery.delivery,
            translated: delivery.translated,
            line: turnLine,
          },
          position,
        ),
      );
      // So is a bite its tag names (`O-TON Name, Rolle:`, `SOT JANE DOE:`): the copy after it is
      // the script's again. (A cue over a tag, `SOT` / `JANE DOE:`, leaves the turn going on.)
      if (cued || (data.tag !== undefined && deliveryOf(data.tag).delivery === 'sot')) {
        current = null;
        continue;
      }
      current = speaker;
      currentDelivery = delivery;
      currentLabelled = labelled?.has(line) ?? false;
      continue;
    }
    // A heading after the first block ends the turn; the first block is the structure's to read.
    // Outside a turn only a heading in capitals (`Asked by Baroness Whitmore` is narration). In
    // captions all in capitals a line inside a turn is no heading by its case (`>> CHAIR: …` /
    // `AND THE NEXT SPEAKER PLEASE`).
    while (!content && scanned < out.length) {
      const type = out[scanned++]?.type;
      content = type !== 'note' && type !== 'frontMatter';
    }
    // A heading the input marks (a copied caption panel's chapter title) is one in a turn too.
    const chapter =
      chapters.has(node) ||
      tree.data?.hints?.subheadLines?.has(line) === true ||
      (node.segments.length === 1 && NUMBERED_CHAPTER.test(node.value));
    const heading =
      chapter ||
      (isHeading(node) &&
        ((current !== null ? !inCapitals() : node.value === node.value.toUpperCase()) ||
          (content && isTopicHeading(node.value)) ||
          // A subheading right under a heading that ended a turn (the Dáil's `Ceisteanna Ó Bhéal -
          // Oral Questions` / `Hospital Waiting Lists`).
          (content && afterTurnHeading && out[out.length - 1]?.type === 'headline')));
    if ((out.length > 0 || chapter) && heading) {
      out.push(placed<Headline>({ type: 'headline', value: node.value, line }, position));
      if (current !== null) {
        report(file, 'heading', 'Read a heading here: it ends the turn before it and is not read', {
          line,
        });
      }
      afterTurnHeading = current !== null || afterTurnHeading;
      current = null;
      continue;
    }
    afterTurnHeading = false;
    // A web article that marks each turn with a bold label: a paragraph without one, that does
    // not speak in person, is the article again (`Shadow chancellor Tom Price said …`).
    if (
      current !== null &&
      currentLabelled &&
      !transcriptPage &&
      !continued?.has(line) &&
      !IN_PERSON.test(node.value)
    ) {
      report(
        file,
        'turn-end',
        'Read an unlabelled paragraph after a bold-labelled turn as the article’s narration',
        { line },
      );
      current = null;
    }
    if (current !== null && screenplay) {
      report(file, 'turn-end', 'Read a paragraph after a screenplay’s dialogue as its action', {
        line,
      });
      current = null;
    }
    // A question on the order paper as the record prints it (`Mr Louis Ng asked the Minister for
    // Manpower what…`, Singapore's and Westminster's Hansards): the record's, no one's turn.
    if (
      current !== null &&
      node.value.includes(' asked the ') &&
      ORDER_PAPER_QUESTION.test(node.value)
    ) {
      report(file, 'turn-end', 'Read a question as the record prints it as narration', { line });
      current = null;
    }
    if (current !== null) {
      out.push(
        placed<Speech>(
          {
            type: 'speech',
            value: node.value,
            speaker: current,
            sot: false,
            timestampMs: null,
            delivery: currentDelivery.delivery,
            translated: currentDelivery.translated,
            line,
          },
          position,
        ),
      );
      continue;
    }
    out.push(placed<Narration>({ type: 'narration', value: node.value, line }, position));
  }
  unspoken();
  tree.children = out;
};
