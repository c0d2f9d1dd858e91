/**
 * Page furniture becomes note nodes: each source line that a classifier (../furniture.ts) or the
 * input's structure (an HTML `<nav>`, `<footer>`, `<figcaption>`…, passed as hints) marks as
 * furniture is taken out of its paragraph as a note of its own, with its reason and its line, and
 * listed in the change report (`page-furniture`). Its text stays in the document; only the
 * outputs that are read, timed or subtitled leave it out.
 *
 * Runs after the hygiene plugins (a note's text is cleaned like any other) and before repeats,
 * directions and speaker tags are read, so furniture is neither a repeat nor part of a turn.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { endsWithSentencePunctuation } from '../chars.ts';
import { avColumnHeads, isRecordSentence } from '../directions.ts';
import type { NoteReason } from '../document.ts';
import {
  ABOUT_AUTHOR,
  BROADCAST_GUESTS_LABEL,
  captionLabel,
  classifyLine,
  EXPORT_HEADER_LABEL,
  INDEX_REFERENCES,
  isBareName,
  isCourtPageLine,
  isHeaderLine,
  KEY_EVENTS,
  MATCH_TIME,
  pageField,
  readByline,
  SPEAKER_LIST_LABEL,
} from '../furniture.ts';
import { readInterviewHeader } from '../furniture-languages.ts';
import { type PlenaryFurniture, readPlenaryFurniture } from '../furniture-plenary.ts';
import {
  hardWrapWidth,
  opensInLowerCase,
  WRAPPED_LINE_MIN_CHARS,
  wrapBroke,
  wrapFellAt,
  wrapsOnto,
} from '../hard-wrap.ts';
import { lazyRegExp } from '../lazy.ts';
import {
  HAS_LOWERCASE,
  STARTS_CAPITALISED,
  STARTS_LOWERCASE,
  STARTS_UPPERCASE,
  STARTS_UPPERCASE_OR_DIGIT,
} from '../letter-patterns.ts';
import { readMeetingExportNotes } from '../meeting-exports.ts';
import { readNewsDatabase } from '../news-databases.ts';
import { joinBrokenWord } from '../parse.ts';
import { isClock, recordKind, recordLineKind } from '../record-items.ts';
import {
  agendaTitle,
  CALL_SECTION,
  isAgendaHeading,
  isAgendaHeadingLine,
  isAgendaItem,
  isCopyUnderSlug,
  isScriptText,
  isSlugLine,
  loneSlugs,
  readCertificate,
  readChapterList,
  readChatNotes,
  readCommitteeHeader,
  readEarningsCall,
  readEmailLines,
  readHearingCover,
  readMinisterHeader,
  readParticipantLines,
  readPressRelease,
  readRecordHeader,
  readRundownTable,
  readRunningHeaders,
  readRunningOrder,
  readSportsHeader,
  readStoryForm,
} from '../records.ts';
import { report } from '../report.ts';
import { parseAnchorTime, parseTag, roleWord } from '../tags.ts';
import {
  type Headline,
  type Note,
  type Paragraph,
  paragraphLine,
  type Root,
  type RootContent,
  type Segment,
  segmentsPosition,
} from '../tree.ts';
import {
  applyEdits,
  applySortedEdits,
  Changes,
  joinSegments,
  MAX_MESSAGES_PER_RULE,
  rawColumn,
} from './segments.ts';

/** Reasons read from words alone (a menu item, a `Share` link): trusted only on a line of its own. */
const WEAK: ReadonlySet<NoteReason> = new Set([
  'navigation',
  'share-links',
  'related-links',
  'subscription',
  'advertisement',
  'terms',
]);

const LABELS: Readonly<Record<NoteReason, string>> = {
  'cookie-notice': 'a cookie notice',
  subscription: 'a subscription prompt',
  advertisement: 'an advertisement label',
  navigation: 'site navigation',
  'share-links': 'share links',
  'related-links': 'related links',
  byline: 'the byline',
  dateline: 'the dateline',
  'photo-caption': 'a photo caption',
  credit: 'a photo or media credit',
  copyright: 'the copyright notice',
  terms: 'a terms or policy link',
  disclaimer: 'a transcript disclaimer',
  'programme-credit': 'a programme credit',
  'page-element':
    'a page element (form, button, aside, an official record’s header, a court caption)',
  'story-form': 'a field of the newsroom system’s story form (SLUG:, FORMAT:, WRITER:)',
  comment: 'a comment or footnote listed after the text',
};

const PREVIEW_CHARS = 60;

/** A clock time alone: `21:15`, `9:05`. */
const CLOCK = /^\d{1,2}:\d\d$/;
/** A place of one to three capitalised words, maybe with its region: `Dushanbe`, `Novo-Ogaryovo, Moscow Region`. */
const PLACE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})?$`,
  'u',
);
/** A short capitalised line that is not a sentence: a link title or an outlet and place. */
const LIST_ITEM = lazyRegExp(String.raw`^[\p{Lu}\d][^.!?:;]*$`, 'u');
/** A link title under a related-links heading: a list item that may have a colon inside. */
const RELATED_ITEM = lazyRegExp(
  String.raw`^[\p{Lu}\p{Lo}\d](?:[^.!?:;؟]|(?<=\d)[.,](?=\d))*(?:: [^.!?:;؟]+)?$`,
  'u',
);

/** A topic tag in lower case: a word or two, no mark. */
const LOWER_TAG = lazyRegExp(String.raw`^\p{Ll}[\p{L}-]{1,24}(?: \p{L}[\p{L}-]{0,24})?$`, 'u');

/** Most words of a line in a multi-line list of link titles (a longer line is a sentence). */
const RELATED_LIST_WORDS = 8;

/** A line of a list of link titles (`Mietpreisbremse: Was die Verlängerung bringt`). */
function isRelatedItem(seg: Segment): boolean {
  const t = seg.text.trim();
  return t.split(/\s+/).length <= RELATED_LIST_WORDS && RELATED_ITEM.test(t);
}

/**
 * The line after a byline or a "Related stories" heading, in the same run of lines, that carries
 * on the same furniture: `BBC News, Leeds` under `By Jane Doe`; the link titles of a related
 * list. Never a line that ends a sentence.
 */
/** A notice's point: `(i) …`, `(ii) …`, `(2) …`, `(b) …`. */
const NOTICE_POINT = /^\((?:[ivx]{1,4}|[IVX]{1,4}|\d{1,2}|[a-h]|[A-H])\) \S/;

/** A telephone number (`(202) 628-4888`, `800.211.3376`, `1-800-FOR-DEPO`). */
const PHONE = /(?:^|[\s(])(?:\d{3}\)? ?[-.]?\d{3}[-.]\d{4}|1-800-[A-Z\d]{3}-?[A-Z\d]{4})\b/;
/** A street address (`1111 14th Street, NW Suite 400`) or a town, state and ZIP (`Washington, DC 20005`). */
const ADDRESS = lazyRegExp(
  String.raw`^\d{1,6} [\p{L}\d .'-]{2,40}\b(?:Street|Avenue|Road|Boulevard|Drive|Place|Lane|Way)\b|(?:^|\s)\p{Lu}[\p{L} .'-]{1,30}, [A-Z]{2} \d{5}(?:-\d{4})?$`,
  'u',
);

/** A line of an address or telephone numbers, no sentence (a footer's contact lines). */
function isContactLine(t: string): boolean {
  return !/[.!?]$/.test(t) && (PHONE.test(t) || ADDRESS.test(t));
}

const CAPITALISED_NAMES_LIST = lazyRegExp(
  String.raw`^[\p{Lu}][\p{L}\p{N}&'’ -]*(?:, [\p{Lu}][\p{L}&'’ -]*){0,2}$`,
  'u',
);

function continuation(text: string, previous: NoteReason): NoteReason | null {
  const t = text.trim();
  // Under a date, the time and the place of the event on lines of their own (kremlin.ru:
  // `October 10, 2025` / `21:15` / `Novo-Ogaryovo, Moscow Region`).
  if (previous === 'dateline' && (CLOCK.test(t) || PLACE.test(t))) return 'dateline';
  // The numbered points of a notice (AP's `Clients are reminded:` / `(i) to check …`).
  if (previous === 'disclaimer' && NOTICE_POINT.test(t)) return 'disclaimer';
  // A court reporter's address and telephone under its name in a page's footer (`Alderson
  // Reporting Company` / `1111 14th Street, NW Suite 400` / `1-800-FOR-DEPO Washington, DC …`).
  if (previous === 'page-element' && t.length <= 80 && isContactLine(t)) return 'page-element';
  // A word index's letter heading between its entries (`A`, `B`).
  if (previous === 'page-element' && t.length === 1 && t >= 'A' && t <= 'Z') return 'page-element';
  // Its references an entry's wrap left on a line of their own (`12:9 15:2`).
  if (previous === 'page-element' && t.length <= 400 && INDEX_REFERENCES.test(t))
    return 'page-element';
  const words = t.split(/\s+/).length;
  // A related story's title may have a colon (`Mietpreisbremse: Was die Verlängerung bringt`),
  // and a number's point (`Las lluvias dejan 40.000 hogares sin luz`).
  if (previous === 'related-links' && words <= 14 && RELATED_ITEM.test(t)) return 'related-links';
  // A topic tag in lower case in the list (the Guardian's `news`).
  if (previous === 'related-links' && words <= 2 && LOWER_TAG.test(t)) return 'related-links';
  if (!LIST_ITEM.test(t)) return null;
  if (previous === 'byline' && words <= 6 && CAPITALISED_NAMES_LIST.test(t)) return 'byline';
  if (previous === 'related-links' && words <= 14) return 'related-links';
  // A sign-up box's pitch under its heading (`Daily newsletter` / `Receive essential news …`).
  if (previous === 'subscription' && words <= 10) return 'subscription';
  return null;
}

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

/**
 * True when segment `i` is a live-text entry's title: right under the entry's time (`72'`,
 * `FT`), the entry's text on the lines below, or between a live page entry's time and its
 * byline (`12:45 p.m. ET` / `Governor declares emergency` / `From CNN's Jane Doe`); a capitalized
 * line of a few words that is no sentence (`GOAL! Harbour City 2-1 Northgate Rovers (Kemi
 * Bello)`, `Full-time: City 2-1 Rovers`).
 */
/**
 * True when the lines from `k` open with a sentence: line `k` ends one, or it is a hard wrap's
 * long line and a later line of the paragraph ends the sentence.
 */
function sentenceUnder(segments: readonly Segment[], k: number): boolean {
  const first = segments[k]?.text.trim() ?? '';
  if (endsWithSentencePunctuation(first)) return true;
  if (first.length < WRAPPED_NOTE_CHARS) return false;
  for (let j = k + 1; j < segments.length; j++)
    if (endsWithSentencePunctuation(segments[j]?.text.trim() ?? '')) return true;
  return false;
}

function isEntryTitle(
  segments: readonly Segment[],
  reasons: readonly (NoteReason | null)[],
  i: number,
): boolean {
  const before = segments[i - 1];
  if (!before || reasons[i - 1] !== 'dateline' || i + 1 >= segments.length) return false;
  const after = reasons[i + 1];
  // A line the next one goes on in lower case, or a long one that stops on a word no title ends
  // on (`…für die Küste bis` / `Samstagmorgen verlängert.`), is a hard-wrapped sentence's first
  // part, no title.
  if (STARTS_LOWERCASE.test(segments[i + 1]?.text.trimStart() ?? '')) return false;
  if (wrapsOnto(segments[i]?.text.trim() ?? '', segments[i + 1]?.text.trim() ?? '')) return false;
  const time = before.text.trim();
  if (MATCH_TIME.test(time)) {
    if (after) return false;
  } else if (after !== 'byline') {
    // A live page's entry time (`14.02 GMT`, `Posted at 12:45`, `12:45 Uhr`, `1 min ago`) over
    // the entry's title and its first sentence: the title (no byline between them).
    // A name alone there is a speaker's, over their words (`Vladimir Putin` / `Good afternoon.`).
    if (
      after ||
      !isEntryTime(time) ||
      !sentenceUnder(segments, i + 1) ||
      !isPlainTitle(segments[i]?.text ?? '')
    )
      return false;
  }
  return isTitleText(segments[i]?.text.trim() ?? '');
}

/**
 * A live page entry's title over its first sentence: no name alone (a speaker's, over their
 * words: `Vladimir Putin` / `Good afternoon.`), no tag's colon, no exclamation (a greeting).
 */
function isPlainTitle(text: string): boolean {
  return !/[:!]/.test(text) && !isBareName(text);
}

/** An entry's title: a capitalized line of a few words that is no sentence. */
function isTitleText(text: string): boolean {
  return (
    text.length <= 100 &&
    STARTS_UPPERCASE.test(text) &&
    !/[.?:;,]$/.test(text) &&
    text.split(' ').length <= 14
  );
}

/**
 * True when a paragraph opens with a live page entry's title right under the entry's time, the
 * last note before it (an earlier rule cut the paragraph there): `12:45 Uhr` / `Bahn stellt
 * Fernverkehr ein` / `Die Deutsche Bahn hat …`.
 */
function opensUnderEntryTime(
  segments: readonly Segment[],
  last: RootContent | undefined,
  next: RootContent | undefined,
): boolean {
  const first = segments[0];
  // The entry's text on the next line, in this paragraph or (cut there too) the next.
  // (HTML puts each element on a paragraph of its own; a blank line may part them.)
  const line = first?.line ?? 0;
  const near = (at: number): boolean => at >= line && at <= line + 2;
  const text =
    segments[1] ??
    (next?.type === 'paragraph' && near(next.segments[0]?.line ?? -1)
      ? next.segments[0]
      : undefined);
  return (
    first !== undefined &&
    text !== undefined &&
    last?.type === 'note' &&
    last.reason === 'dateline' &&
    last.line >= line - 2 &&
    last.line <= line &&
    isEntryTime(last.value) &&
    isTitleText(first.text.trim()) &&
    !/[:!]/.test(first.text) &&
    !wrapsOnto(first.text.trim(), text.text.trim()) &&
    // Its first sentence (a name over it is a speaker's), or its byline (`From CNN's Jane Doe`).
    ((endsWithSentencePunctuation(text.text) && !isBareName(first.text)) ||
      (segments.length === 1 && classifyLine(text.text.trim()) === 'byline'))
  );
}

/**
 * A live page entry's time: a clock time with its zone (`14.02 GMT`, `12:45 p.m. ET, November
 * 29, 2026`, `12:45 Uhr`), `Posted at 12:45`, `12h45`, or counted back (`2 hours ago (12:45
 * GMT)`, `vor 5 Minuten`); not a story's own `Published …` / `Updated …` line, nor a record's
 * time alone (`3.07 pm`) or its date and place.
 */
const ENTRY_TIME =
  /^(?:Posted at \d{1,2}[:.]\d\d|\d{1,2}h\d\d|\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)? ?(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|AEST|AEDT|IST|JST|Uhr|h)\b|\d{1,3} ?(?:mins?|minutes?|hrs?|hours?|h) ago\b|(?:[Vv]or|[Ii]l y a|[Hh]ace) \d)/;
function isEntryTime(time: string): boolean {
  return time.length <= 40 && ENTRY_TIME.test(time);
}

/**
 * An episode's heading: `Episode 12: Why rivers rise`, `Ep. 12 – …`, `#12: …` (not a standfirst
 * naming it: `Episode 42 of County Lines: …`).
 */
const EPISODE_HEADING = /^(?:Episode|Ep\.?|#) ?\d{1,4}(?: ?[:.–—|-]|$)/;

/**
 * A podcast page's show name on the line right above the episode's heading at the top of the
 * page (`The Flood Report` / `Episode 12: Why rivers rise`): the programme, the heading the title.
 */
function isShowName(segments: readonly Segment[], next: RootContent | undefined): boolean {
  const first = segments[0];
  const heading = segments[1] ?? (next?.type === 'paragraph' ? next.segments[0] : undefined);
  if (!first || !heading || first.line > 3 || heading.line > first.line + 2) return false;
  const text = first.text.trim();
  return (
    EPISODE_HEADING.test(heading.text.trim()) &&
    !endsWithSentencePunctuation(heading.text) &&
    isTitleText(text) &&
    !EPISODE_HEADING.test(text) &&
    text.split(' ').length <= 6
  );
}

/** A channel's subscribers on a video page (`1.2M subscribers`). */
const SUBSCRIBERS = /^\d[\d.,]{0,12}[KMB]? subscribers$/;

/**
 * The channel's name right above its subscribers on a copied video page (`Flood Channel` / `1.2M
 * subscribers`): the programme, not words to read.
 */
function channelNames(segments: readonly Segment[], reasons: (NoteReason | null)[]): void {
  for (let i = 1; i < segments.length; i++) {
    if (reasons[i] !== 'page-element' || reasons[i - 1] !== null) continue;
    const text = segments[i]?.text.trim() ?? '';
    const name = segments[i - 1]?.text.trim() ?? '';
    if (text.length <= 24 && SUBSCRIBERS.test(text) && isTitleText(name) && !/[.!?]$/.test(name))
      reasons[i - 1] = 'programme-credit';
  }
}

/** Two live entry times or more among the notes: a live page (its first line may be `Topic: title`). */
function isLivePage(out: readonly RootContent[]): boolean {
  let times = 0;
  for (const node of out)
    if (
      node.type === 'note' &&
      node.reason === 'dateline' &&
      isEntryTime(node.value) &&
      ++times >= 2
    )
      return true;
  return false;
}

/** A headline quoting its subject: a name, a colon and the words in quotation marks. */
const QUOTED_TITLE = /^[^:]{2,40}: ["“'‘«„].{3,120}["”'’»“]$/u;
/** Paragraphs looked at under a transcript page's headline for a turn. */
const TURN_LOOKAHEAD = 40;

/**
 * A live page's title and its standfirst pasted without the blank line between them (`Ferry
 * strike live: crossings cancelled as talks break down` / `Crews walked out at dawn; …`): the
 * page's first paragraph is cut after its first line, as the page with the blank line reads, when
 * that line is a title (capitalized, a few words, no sentence's end) that the next line does not
 * go on with (a hard-wrapped sentence's first part: see {@link wrapsOnto}).
 */
/** A two-column script's column heads, their tab read as a space (see ../parse.ts). */
const AV_COLUMN_HEADS = avColumnHeads(String.raw`[ \t]+`);
/** A two-column script's video cell (see ../parse.ts). */
const isVideoCell = (node: RootContent | undefined): boolean =>
  node?.type === 'paragraph' && node.data?.videoCell === true;

function titleOffStandfirst(out: RootContent[], file: VFile, live = true): void {
  let index = 0;
  while (out[index]?.type === 'note') index++;
  const node = out[index];
  if (node?.type !== 'paragraph') return;
  let segments = node.segments;
  // Or, on a transcript page, three lines of their own: the programme, the headline, the summary.
  let span = 1;
  // (A two-column script's video cell is a cue, no programme's name or headline.)
  if (!live && segments.length < 2 && !out.slice(index, index + 3).some(isVideoCell)) {
    const lines = out
      .slice(index, index + 3)
      .flatMap((n) => (n.type === 'paragraph' ? n.segments : []));
    if (lines.length === 3) [segments, span] = [lines, 3];
  }
  if (segments.length < 2) return;
  // A programme's name over the headline (C-SPAN's `Washington Journal`): a name of a few words.
  const programme = segments[0] as Segment;
  const named =
    !live &&
    segments.length > 2 &&
    isTitleText(programme.text.trim()) &&
    programme.text.trim().split(' ').length < 5 &&
    parseTag(programme.text) === null;
  if (named) segments = segments.slice(1);
  else if (span > 1) return;
  const [head, next] = segments as [Segment, Segment];
  const title = head.text.trim();
  const after = next.text.trim();
  // A transcript page's headline quoting its subject (`Marchuk: ‘We will get through’`).
  const quoted = !live && QUOTED_TITLE.test(title);
  if (
    !isTitleText(title) ||
    isBareName(title) ||
    opensInLowerCase(after) ||
    wrapsOnto(title, after) ||
    (!quoted && parseTag(head.text) !== null)
  )
    return;
  const rest = segments.slice(1);
  const piece = (segments: Segment[]): Paragraph => {
    const value = segments
      .map((seg) => seg.text.trim())
      .filter(Boolean)
      .join(' ');
    const paragraph: Paragraph = { ...node, value, segments };
    const position = segmentsPosition(segments);
    if (position) paragraph.position = position;
    return paragraph;
  };
  if (!live) {
    // A transcript page's headline and its summary (DW, C-SPAN), turns under them: the summary
    // is the page's, no one's words, and ends its sentence; the headline is three words or more
    // in mixed case, no script's cue or slug in capitals (`ANCHOR`, `DOVER`) over the copy; the
    // summary six words or more (a wrapped headline's last word, `Anywhere!`, is none).
    const summary = piece(rest).value;
    if (
      !endsWithSentencePunctuation(summary) ||
      parseTag(summary) !== null ||
      summary.split(' ').length < 6 ||
      title.split(' ').length < 3 ||
      !HAS_LOWERCASE.test(title) ||
      (!quoted && parseTag(`${title}:`) !== null)
    )
      return;
    let turns = false;
    for (let i = index + 1; i < Math.min(out.length, index + TURN_LOOKAHEAD) && !turns; i++) {
      const n = out[i];
      turns = n?.type === 'paragraph' && parseTag(n.value)?.rest !== undefined;
    }
    if (!turns) return;
    out.splice(
      index,
      span,
      ...(named
        ? [
            furnitureNote(
              file,
              programme.text.trim(),
              programme.line,
              'programme-credit',
              segmentsPosition([programme]) ?? undefined,
              "the programme's name over a page's headline",
            ),
          ]
        : []),
      piece([head]),
      furnitureNote(
        file,
        summary,
        next.line,
        'page-element',
        segmentsPosition(rest) ?? undefined,
        "a page's summary",
      ),
    );
    return;
  }
  out.splice(index, 1, piece([head]), piece(rest));
  report(
    file,
    'heading',
    `Read “${preview(title)}” as the live page's title over its standfirst (no blank line between them)`,
    { line: head.line },
  );
}

/**
 * A live page's `Key events` list as copied (the Guardian: `Key events` / `14.02 GMT` / `Unions
 * reject offer` / `12.45 GMT` / …): each entry's time and title under the label are the list's
 * links, up to the first line that is neither. Each line is read once.
 */
function keyEvents(segments: readonly Segment[], reasons: (NoteReason | null)[]): void {
  for (let i = 0; i < segments.length; i++) {
    if (reasons[i] !== 'navigation' || !KEY_EVENTS.test(segments[i]?.text.trim() ?? '')) continue;
    let j = i + 1;
    let afterTime = false;
    for (; j < segments.length; j++) {
      const text = segments[j]?.text.trim() ?? '';
      const time = reasons[j] === 'dateline' && isEntryTime(text);
      // A time, or a title right under one.
      if (!time && !(afterTime && reasons[j] === null && isTitleText(text))) break;
      reasons[j] = 'navigation';
      afterTime = time;
    }
    i = j - 1;
  }
}

/** A menu item copied from a page: one to three words, no sentence, no colon (`Briefings & Statements`). */
const MENU_ITEM = lazyRegExp(
  String.raw`^[\p{Lu}\d][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,2}$`,
  'u',
);
/** A menu item's full stops are an abbreviation's (`U.S. News`), never a sentence's end. */
const ABBREVIATION = lazyRegExp(String.raw`^(?:\p{L}\.){2,}`, 'u');
const MENU_ITEM_CHARS = 32;
const PAGE_ADDRESS = /^https?:\/\/[a-z\d.-]{3,64}\/\S{0,250}$/;

function isMenuItem(seg: Segment | undefined, headlineLine: number | null): boolean {
  if (!seg || seg.line === headlineLine) return false;
  const t = seg.text.trim();
  // The page's address in its share bar (`Copy URL` / `https://www.pbs.org/newshour/…` / `Email`).
  if (PAGE_ADDRESS.test(t)) return true;
  // Words in capitals (`JOINT PRESS CONFERENCE`) are a document's heading, not a menu's item.
  if (t.includes(' ') && t === t.toUpperCase()) return false;
  if (t.includes('.') && !t.split(' ').every((w) => !w.includes('.') || ABBREVIATION.test(w)))
    return false;
  return t.length > 0 && t.length <= MENU_ITEM_CHARS && MENU_ITEM.test(t);
}

/**
 * A menu word that is also a document's own label above its text (`Transcript`), and a video
 * page's caption panel control (`Search in video`), above the panel's chapter titles.
 */
const LABEL_WORD = /^(?:transcripts?|search in video)$/i;

/**
 * A line a label heads: a sentence (`Welcome to the show.`), a tag (`Jane Doe:`), a time
 * (`0:00`), or a line too long for a title. A page's title (`Pressekonferenz von Bundeskanzler Merz …`) is none.
 */
function isProse(text: string | undefined): boolean {
  if (text === undefined) return false;
  const t = text.trim();
  // A time opening a caption panel's entry (`Intro` / `0:00` / `good evening …`): the item
  // above is the chapter's title.
  if (/^\d{1,2}:\d\d/.test(t)) return true;
  return t.length > 120 || t.endsWith(':') || endsWithSentencePunctuation(t);
}

/** A note a menu run grows from: a menu item or share link, not a document's label. */
/** A page widget's word that may stand among a menu's items (see {@link extendMenus}). */
const MENU_WIDGET = /^(?:Live|LIVE|Video|Videos|Watch|Listen|Menu|Search)$/;

function isMenuSeed(reason: NoteReason | null, text: string): reason is NoteReason {
  return (
    (reason === 'navigation' || reason === 'share-links') &&
    !LABEL_WORD.test(text.trim()) &&
    // (A recording's link line, Fathom's `VIEW RECORDING - 32 mins …: https://…`, is no bar's
    // item: the meeting's name over it stays the title.)
    !text.includes('://')
  );
}

/**
 * A site's menu or share bar copied from a browser puts one item a line (`Administration` /
 * `Issues` / `News` / `Contact`; `Teilen` / `Facebook` / `X` / `Drucken`): the items no word
 * list knows, in the run of lines around an item that is known, are the menu or the bar too.
 * The last item right above prose ({@link isProse}) is that prose's label or speaker (`Jane Doe`
 * / `Welcome …`), not the menu. Each line is marked at most once: linear.
 */
function extendMenus(
  segments: readonly Segment[],
  reasons: (NoteReason | null)[],
  headlineLine: number | null,
): void {
  // (A widget's one word among the items, PBS's `Live` in its menu, is one of them.)
  const open = (j: number) =>
    (reasons[j] === null && isMenuItem(segments[j], headlineLine)) ||
    (reasons[j] === 'page-element' && MENU_WIDGET.test(segments[j]?.text.trim() ?? ''));
  for (let i = 0; i < segments.length; i++) {
    const reason = reasons[i] ?? null;
    if (!isMenuSeed(reason, segments[i]?.text ?? '')) continue;
    for (let j = i - 1; j >= 0 && open(j); j--) reasons[j] = reason;
    let end = i + 1;
    while (end < segments.length && open(end)) end++;
    // Under the run, a line of prose: the run's last item belongs to it.
    const prose = end < segments.length && reasons[end] === null && isProse(segments[end]?.text);
    for (let j = i + 1; j < end - (prose ? 1 : 0); j++) reasons[j] = reason;
    i = Math.max(i, end - 1);
  }
}

/** The one line of a one-line paragraph that is a menu item, or null. */
function menuParagraph(node: RootContent | undefined, headlineLine: number | null): Segment | null {
  // (A two-column script's video cell under its column heads is a cue: `VIDEO AUDIO` /
  // `Anchor on camera`.)
  if (node?.type !== 'paragraph' || node.segments.length !== 1 || isVideoCell(node)) return null;
  const seg = node.segments[0] as Segment;
  return isMenuItem(seg, headlineLine) ? seg : null;
}

/**
 * {@link extendMenus} across paragraphs: where an earlier step gave each copied line a
 * paragraph of its own, the one-line paragraphs on the lines right around a menu or share note
 * are its items too (never the last one right above prose). Each node is turned at most once.
 */
function extendMenuNotes(out: RootContent[], file: VFile, headlineLine: number | null): void {
  const toNote = (k: number, seg: Segment, reason: NoteReason) => {
    out[k] = furnitureNote(
      file,
      seg.text.trim(),
      seg.line,
      reason,
      segmentsPosition([seg]) ?? undefined,
      'an item of the menu or share bar it sits in',
    );
  };
  for (let i = 0; i < out.length; i++) {
    const node = out[i] as RootContent;
    if (node.type !== 'note' || !isMenuSeed(node.reason, node.value)) continue;
    const reason = node.reason;
    let line = node.line;
    for (let k = i - 1; k >= 0; k--) {
      const seg = menuParagraph(out[k], headlineLine);
      if (!seg || seg.line !== line - 1) break;
      toNote(k, seg, reason);
      line = seg.line;
    }
    line = node.line;
    let end = i + 1;
    for (; end < out.length; end++) {
      const seg = menuParagraph(out[end], headlineLine);
      if (!seg || seg.line !== line + 1) break;
      line = seg.line;
    }
    // Right under the run (no blank line between), a paragraph: the run's last item heads it.
    const after = out[end];
    const prose =
      after?.type === 'paragraph' &&
      after.segments[0]?.line === line + 1 &&
      isProse(after.segments[0]?.text);
    for (let k = i + 1; k < end - (prose ? 1 : 0); k++) {
      const seg = menuParagraph(out[k], headlineLine) as Segment;
      toNote(k, seg, reason);
    }
    i = Math.max(i, end - 1);
  }
}

const CAPITALISED_PHRASE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?:,? [\p{L}\p{M}'’.()-]+){0,7}$`,
  'u',
);

/** A name in a list of speakers: a few capitalized words, maybe an office, no sentence. */
function isListedName(text: string): boolean {
  return (
    text.length <= 80 &&
    CAPITALISED_PHRASE.test(text) &&
    !/[.!?]$/.test(text.replace(/\b(?:Jr|Sr|Dr|St)\.$/, ''))
  );
}

/**
 * A segment's furniture reason, or null. A line the input's structure marks (an HTML `<nav>`)
 * is furniture, with the classifier's more precise reason when it has one. A weak reason counts only where the line stands on its
 * own: first in its paragraph, or after a line that ends a sentence or is furniture itself (not
 * the middle of a hard-wrapped sentence).
 */
/** Shortest lines a wrapped sentence's two lines are (menu items and list links are shorter). */
const WRAPPED_LINE_CHARS = 30;

/** True when `text` goes on with the sentence `before` left open (see {@link reasonOf}). */
function continuesSentence(text: string, before: string): boolean {
  if (text.length < WRAPPED_LINE_CHARS || before.length < WRAPPED_LINE_CHARS) return false;
  const first = text.charCodeAt(0);
  if (!(first >= 0x61 && first <= 0x7a)) return false;
  const end = before.trimEnd();
  return (
    end.length >= WRAPPED_LINE_CHARS &&
    !endsWithSentencePunctuation(end) &&
    text.includes(' ') &&
    // (A byline in lower case with the post's date under the headline, The Hill's `by Jane Doe
    // - 03/12/26 10:02 AM ET`, goes on with no sentence.)
    !(first === 0x62 && text.startsWith('by ') && classifyLine(text) === 'byline')
  );
}

/** A chapter of a video's or a podcast's list: its start, then its title (`02:15 The gap`). */
const CHAPTER_LINE = /^\(?((?:\d{1,2}:)?\d{1,2}:\d{2})\)?[ \t]+(?:[-–—][ \t]+)?(\S.{0,79})$/;
/** Fewest chapters, and the least mean step between them (captions are seconds apart). */
const MIN_CHAPTERS = 3;
const MIN_CHAPTER_STEP_MS = 30_000;
/** Most words of a chapter's title. */
const MAX_CHAPTER_WORDS = 10;

/**
 * A video's or a podcast's chapter list pasted with its transcript, without its label (`00:00
 * Intro` / `02:15 The insurance gap` / `14:40 What the levy would do`): three lines or more, each a
 * time and a short title with no sentence's end, from the start, minutes apart. Page furniture
 * (a copied caption panel's times are seconds apart, over captions; an agenda starts later).
 */
function chapterList(segments: readonly Segment[]): NoteReason | null {
  if (segments.length < MIN_CHAPTERS) return null;
  let first: number | null = null;
  let last = -1;
  for (const seg of segments) {
    const m = CHAPTER_LINE.exec(seg.text.trim());
    if (!m) return null;
    const title = (m[2] as string).trim();
    if (endsWithSentencePunctuation(title) || title.split(' ').length > MAX_CHAPTER_WORDS)
      return null;
    const ms = parseAnchorTime(m[1] as string);
    if (ms === null || ms <= last) return null;
    first ??= ms;
    last = ms;
  }
  if (first !== 0) return null;
  return last / (segments.length - 1) >= MIN_CHAPTER_STEP_MS ? 'page-element' : null;
}

/** Most lines of a paragraph read again as one wrapped note line (a notice's few lines). */
const WRAPPED_NOTE_LINES = 4;

/**
 * The reason of a paragraph of 2 to 4 lines that no line of its own is a note of, read joined
 * as one line, when it is hard-wrapped (every line but the last a wrap's length): the note a
 * one-line paste of the same words is. Null otherwise.
 */
function wrappedNote(segments: readonly Segment[]): NoteReason | null {
  const n = segments.length;
  if (n < 2 || n > WRAPPED_NOTE_LINES) return null;
  for (let i = 0; i < n - 1; i++)
    if ((segments[i]?.text.trim().length ?? 0) < WRAPPED_NOTE_CHARS) return null;
  return classifyLine(segments.map((seg) => seg.text.trim()).join(' '));
}

/** Two words in capitals ending a line, and one opening the next (a phrase in capitals goes on). */
const CAPITALS_RUN_END = lazyRegExp(String.raw`\p{Lu}{2,} \p{Lu}{2,}$`, 'u');
const CAPITALS_RUN_START = lazyRegExp(String.raw`^\p{Lu}{2,}[\s.,;]`, 'u');

/** Paragraphs from either end of a text where a hard-wrapped notice is looked for. */
const WRAPPED_NOTE_EDGE = 16;

/** Shortest note line whose open sentence a wrap goes on with (a dateline is shorter). */
const WRAPPED_NOTE_CHARS = 50;

/**
 * True when `text` is the rest of a sentence a note's line left open, hard-wrapped (`…All
 * rights reserved. Visit our website terms of` / `use and permissions pages at …`): a long line
 * without a sentence's end above, the words going on in its case or to the sentence's end, no
 * speaker's tag opening it.
 */
function continuesNote(
  text: string,
  before: string,
  reason: NoteReason,
  segments: readonly Segment[],
  textWidth: number,
): boolean {
  const end = before.trimEnd();
  // In a hard-wrapped paragraph, a legal notice's line the wrap broke goes on on the next line
  // whatever it opens with: mid-sentence (`…to the Chief of the Verbatim` / `Reporting Service,
  // room U-0506`), before a long word (`…room U-0506` / `(verbatimrecords@un.org).`) or past a
  // sentence the wrap happened to end there. So in a text hard-wrapped at a width its lines tell
  // (see wrapFellAt), for a notice of two lines.
  if (
    LEGAL_NOTICES.has(reason) &&
    end.length >= WRAPPED_LINE_MIN_CHARS &&
    end.charCodeAt(end.length - 1) !== 0x3a &&
    (wrapBrokeIn(segments, end, text.trim()) || wrapFellAt(end, text.trim(), textWidth)) &&
    parseTag(text.trim()) === null
  )
    return true;
  if (end.length < WRAPPED_NOTE_CHARS) return false;
  if (endsWithSentencePunctuation(end)) return false;
  // A link's words end it (Reuters' `… Purchase Licensing Rights, opens new tab`).
  if (end.endsWith(', opens new tab')) return false;
  // (`,` `;` and words end a wrapped line; a colon ends a label over its list.)
  if (end.charCodeAt(end.length - 1) === 0x3a) return false;
  // The sentence's words go on in lower case, or in capitals under a line in capitals, or to
  // the sentence's end (`…briefing by` / `Stéphane Dujarric, Spokesman for the SG.`); a
  // breadcrumb over a page's title is no open sentence.
  const t = text.trim();
  const goesOn =
    STARTS_LOWERCASE.test(t) ||
    (end === end.toUpperCase() && t === t.toUpperCase()) ||
    endsWithSentencePunctuation(t) ||
    // A phrase in capitals broken by the wrap (`…LLC. ALL RIGHTS` / `RESERVED. Copyright …`).
    (CAPITALS_RUN_END.test(end) && CAPITALS_RUN_START.test(t));
  return goesOn && parseTag(t) === null;
}

/** An answer of a government page's feedback box (`Yes`, `No`, `Maybe`), each on its line. */
const FEEDBACK_ANSWER = /^(?:Maybe|Yes|No)(?: this page is (?:not )?useful)?$/;
/** What an answer follows: the box's question or another answer. */
const FEEDBACK_STEP =
  /^(?:Is this page useful\?|(?:Maybe|Yes|No)(?: this page is (?:not )?useful)?)$/;

/** Notes a paragraph of sentences is (a transcript's copyright, terms or disclaimer). */
const LEGAL_NOTICES: ReadonlySet<NoteReason> = new Set(['copyright', 'terms', 'disclaimer']);

/**
 * True when a wrap broke `line` before `next` in a hard-wrapped paragraph (`segments`: see
 * {@link hardWrapWidth}). Read only for a legal notice's line.
 */
function wrapBrokeIn(segments: readonly Segment[], line: string, next: string): boolean {
  if (segments.length < 3) return false;
  // Read once per paragraph (each of its lines may ask).
  if (wrapWidthOf.segments !== segments) {
    wrapWidthOf.segments = segments;
    wrapWidthOf.width = hardWrapWidth(segments);
  }
  return wrapWidthOf.width > 0 && wrapBroke(line, next, wrapWidthOf.width);
}

/** The paragraph {@link wrapBrokeIn} last read, and its wrap's width (0: no hard wrap). */
const wrapWidthOf: { segments: readonly Segment[] | null; width: number } = {
  segments: null,
  width: 0,
};

/** Fewest words of the sentence under a role word for the two to be a tag and its words. */
const ROLE_SENTENCE_WORDS = 4;

/** A role word alone on its line (`Media`) over a sentence of its paragraph. */
function isRoleOverSentence(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (next === undefined || t.includes(' ') || roleWord(t) === null) return false;
  const words = next.trim().split(' ');
  return words.length >= ROLE_SENTENCE_WORDS && endsWithSentencePunctuation(next.trim());
}

/** A number alone far right on its line: a PDF page's number (20 spaces or more before it). */
const RIGHT_PAGE_NUMBER = /^ {20,}\d{1,4}\s*$/;

function reasonOf(
  seg: Segment,
  segments: readonly Segment[],
  i: number,
  previousReason: NoteReason | null,
  hints: ReadonlyMap<number, NoteReason> | undefined,
  textWidth = 0,
): NoteReason | null {
  const previous = segments[i - 1];
  const hinted = hints?.get(seg.line);
  // A page's number alone at the right of a PDF's page (a court transcript's `12`).
  if (!hinted && seg.raw.charCodeAt(0) === 0x20 && RIGHT_PAGE_NUMBER.test(seg.raw))
    return 'page-element';
  // A wrapped sentence going on (a long line in lower case under a long line that has not ended
  // its sentence) is the sentence's words: no page element breaks into a sentence so. Most lines
  // of a hard-wrapped transcript are such lines: the classifiers are not run on them.
  if (!hinted && previousReason === null && previous && continuesSentence(seg.text, previous.text))
    return null;
  const reason = classifyLine(seg.text);
  // A voice's role alone over its words (New Zealand's post-Cabinet `Media` / `Prime Minister,
  // how much…?`): a speaker's name line, no menu item.
  if (reason === 'navigation' && !hinted && isRoleOverSentence(seg.text, segments[i + 1]?.text))
    return null;
  // The input's structure says the line is furniture; the words may say more precisely what.
  // A newsroom system's story form is read as a whole: its fields keep that reason.
  if (hinted) return hinted === 'story-form' ? hinted : (reason ?? hinted);
  // A photo's caption or credit under its label alone (the BBC's `Image caption,` / `The …`),
  // a writer's bio under its heading (CBC's `ABOUT THE AUTHOR` / `Jane Doe is a reporter …`).
  if (
    previous &&
    previousReason !== null &&
    (captionLabel(previous.text.trim()) === previousReason ||
      (previousReason === 'byline' && ABOUT_AUTHOR.test(previous.text.trim())))
  )
    return previousReason;
  // The list under an export header's label (`SPEAKERS` / `Jane Doe, Tom Becker`).
  if (
    reason === null &&
    previous &&
    previous.text.length <= 24 &&
    EXPORT_HEADER_LABEL.test(previous.text.trim())
  )
    return 'page-element';
  // A page field's value under its label (`Delivered on:` / `2 March 2026`).
  if (
    reason === null &&
    previousReason !== null &&
    previous &&
    seg.text.length <= 160 &&
    pageField(previous.text.trim())?.label &&
    parseTag(seg.text.trim()) === null
  )
    return previousReason;
  if (reason === null && previousReason !== null) {
    // A publication's description under its launch line in its subscribe box (Substack:
    // `Subscribe to County Lines` / `Launched 2 years ago` / `Local news from the east side.`).
    if (
      previousReason === 'subscription' &&
      previous &&
      seg.text.length <= 240 &&
      LAUNCHED.test(previous.text.trim())
    )
      return 'subscription';
    if (previous && continuesNote(seg.text, previous.text, previousReason, segments, textWidth))
      return previousReason;
    return continuation(seg.text, previousReason);
  }
  // A menu word in a list of related links or topic tags (`Tags` / `Education` / `Ohio`) is
  // one of the list's links: the list goes on after it.
  if (reason === 'navigation' && previousReason === 'related-links') return 'related-links';
  if (reason === null || !WEAK.has(reason)) return reason;
  // A live page's `Key events` label is its list's heading wherever it stands.
  if (reason === 'navigation' && KEY_EVENTS.test(seg.text.trim())) return reason;
  if (!previous || previousReason !== null) return reason;
  const prev = previous.text.trim();
  return endsWithSentencePunctuation(prev) || prev.length < 40 ? reason : null;
}

/**
 * A note of `text` at `line` with its reason, reported as page furniture (`why` says what made it
 * one): the one way this plugin turns a line into a note.
 */
/** A paragraph (or a note) made a furniture note of `reason`, its text trimmed, reported. */
function paragraphNote(file: VFile, node: Paragraph, reason: NoteReason, why: string): Note {
  return furnitureNote(file, node.value.trim(), paragraphLine(node), reason, node.position, why);
}

function furnitureNote(
  file: VFile,
  text: string,
  line: number,
  reason: NoteReason,
  position: Note['position'] | undefined,
  why: string,
): Note {
  const note: Note = { type: 'note', value: text, line, reason };
  if (position) note.position = position;
  tallied(
    file,
    'page-furniture',
    () => `Kept “${preview(text)}” as a note, ${LABELS[reason]} (${reason}): ${why}`,
    line,
  );
  return note;
}

/** Reports of one rule past {@link MAX_MESSAGES_PER_RULE}, counted for one summary. */
interface Tally {
  count: number;
  firstLine: number | null;
}

const TALLIES = new WeakMap<VFile, Map<string, Tally>>();

/**
 * A report of `ruleId`, one message each for the first {@link MAX_MESSAGES_PER_RULE} (the rule
 * the hygiene plugins follow), the rest counted for {@link flushTallies}: a PDF of a thousand
 * pages has a thousand page headers, each a note in the document, not a thousand messages.
 */
function tallied(file: VFile, ruleId: string, reason: () => string, line: number): void {
  let byRule = TALLIES.get(file);
  if (!byRule) {
    byRule = new Map();
    TALLIES.set(file, byRule);
  }
  let tally = byRule.get(ruleId);
  if (!tally) {
    tally = { count: 0, firstLine: null };
    byRule.set(ruleId, tally);
  }
  tally.count++;
  if (tally.count <= MAX_MESSAGES_PER_RULE) report(file, ruleId, reason(), { line });
  else tally.firstLine ??= line;
}

/** The summary of each rule's reports past the limit (see {@link tallied}). */
function flushTallies(file: VFile): void {
  for (const [ruleId, tally] of TALLIES.get(file) ?? []) {
    const rest = tally.count - MAX_MESSAGES_PER_RULE;
    if (rest <= 0) continue;
    const what =
      ruleId === 'page-furniture'
        ? 'lines kept as notes (each a note block with its reason)'
        : 'sentences joined over a page break';
    report(file, ruleId, `…and ${rest} more ${what} from line ${tally.firstLine}`, {
      line: tally.firstLine,
    });
  }
  TALLIES.delete(file);
}

/** An audio player's button a length stands under. */
const PLAYER_BUTTON = /^(?:Listen|Play|Listen to this article|Listen to article)$/;

/** An editor's credit (`Edited by Jane Doe`, `Edited by: Jane Doe`). */
const EDITED_BY = /^Edited by\b/;

/** A person's name alone on a post's header line, its author (`Dana Whitfield`). */
const AUTHOR_NAME = lazyRegExp(String.raw`^\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,2}$`, 'u');

/** Reasons of the airing line under a programme's name on a transcript page. */
const AIRING: ReadonlySet<NoteReason> = new Set(['programme-credit', 'disclaimer', 'dateline']);
const PROGRAMME_NAME_WORDS = 6;

/**
 * Broadcast transcript pages open with the programme's name above the story's headline and an
 * airing or rush-transcript line (`CNN NEWSROOM` / headline / `Aired March 3, 2025 - 14:00 ET`;
 * `Hannity` / headline / `This is a rush transcript from "Hannity," …`). That first short line is
 * a programme credit, not the headline. Also when the next line repeats the name
 * (`THE RACHEL MADDOW SHOW` / `Transcript: The Rachel Maddow Show, 10/2/25`).
 */
function programmeName(out: RootContent[], file: VFile, headlineLine: number | null): void {
  const first = out.findIndex((n) => n.type !== 'note' && n.type !== 'frontMatter');
  const name = out[first];
  // The name and the headline pasted on two lines of one paragraph, the credits under them
  // (`Radio Humber Sport – Saturday Commentary` / `Rovers v Town, Second half` / `Commentary: …`).
  if (name?.type === 'paragraph' && name.segments.length === 2) {
    const after = out[first + 1];
    const [top, headline] = name.segments as [Segment, Segment];
    const text = top.text.trim();
    if (
      after?.type === 'note' &&
      AIRING.has(after.reason) &&
      text.split(/\s+/).length <= PROGRAMME_NAME_WORDS + 2 &&
      STARTS_UPPERCASE_OR_DIGIT.test(text) &&
      !/[.!?:,;]$/.test(text) &&
      !/[.!?]$/.test(headline.text.trim()) &&
      // (A name alone under the headline, over the date, is the writer's: DW's `Jane Doe` /
      // `03/12/2026`.)
      !(after.reason === 'dateline' && AUTHOR_NAME.test(headline.text.trim()))
    ) {
      const piece: Paragraph = { ...name, value: headline.text.trim(), segments: [headline] };
      const position = segmentsPosition([headline]);
      if (position) piece.position = position;
      const note = furnitureNote(
        file,
        text,
        top.line,
        'programme-credit',
        segmentsPosition([top]) ?? undefined,
        "the programme's name above the headline",
      );
      out.splice(first, 1, note, piece);
      return;
    }
  }
  const next = out[first + 1];
  if (name?.type !== 'paragraph' || next?.type !== 'paragraph') return;
  // The headline the input marks (an HTML `<h1>`) is the headline, over a standfirst and a date.
  if (headlineLine !== null && name.segments[0]?.line === headlineLine) return;
  // The headline under the name is one line and no sentence.
  if (name.segments.length !== 1 || next.segments.length !== 1) return;
  if (/[.!?]$/.test(next.value.trim())) return;
  const text = name.value.trim();
  const words = text.split(/\s+/).length;
  // A name may open with a digit (ABC's `7.30`, `60 Minutes`).
  if (
    words > PROGRAMME_NAME_WORDS ||
    /[.!?:,;]$/.test(text) ||
    !STARTS_UPPERCASE_OR_DIGIT.test(text)
  )
    return;
  const repeated = next.value.toLowerCase().includes(text.toLowerCase());
  // A name alone under the headline, over the date, is the writer's (DW: `Jane Doe` /
  // `03/12/2026`): the line over it is the headline.
  const dated = out[first + 2];
  if (
    !repeated &&
    AUTHOR_NAME.test(next.value.trim()) &&
    dated?.type === 'note' &&
    dated.reason === 'dateline'
  )
    return;
  let aired = false;
  // The airing line under the headline (a standfirst may stand between), not under an author's
  // name: a post's title, subtitle, author and date (`Thinking Aloud` / `Episode 42 …` / `Dana
  // Whitfield` / `Nov 28, 2026`, Substack) has no programme's name.
  for (let i = first + 2; i < Math.min(out.length, first + 5); i++) {
    const n = out[i];
    if (n?.type === 'note' && AIRING.has(n.reason)) aired = true;
    if (n?.type === 'paragraph' && AUTHOR_NAME.test(n.value.trim())) break;
  }
  if (!repeated && !aired) return;
  const line = name.position?.start.line ?? 1;
  out[first] = furnitureNote(
    file,
    text,
    line,
    'programme-credit',
    name.position,
    "the programme's name above the headline",
  );
}

/** A note of a transcript's header that a place or briefer line stands next to. */
function isDatelineOrByline(node: RootContent | undefined): boolean {
  return node?.type === 'note' && (node.reason === 'dateline' || node.reason === 'byline');
}

/**
 * A transcript's header around its dateline: the place (`Washington, D.C.`) and the briefer
 * (`Matthew Price, Department Spokesperson`) on lines of their own next to the time line
 * (`2:14 p.m. EST`) are furniture too. Walked from the end so a run of such lines is found.
 */
function headerLines(out: RootContent[], file: VFile): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i];
    if (node?.type !== 'paragraph' || node.segments.length !== 1) continue;
    const near = isDatelineOrByline(out[i - 1]) || isDatelineOrByline(out[i + 1]);
    if (!near || !isHeaderLine(node.value)) continue;
    const text = node.value.trim();
    const line = paragraphLine(node);
    out[i] = furnitureNote(
      file,
      text,
      line,
      'dateline',
      node.position,
      "the place or briefer of the transcript's header",
    );
  }
}

/** A turn tagged by initials: two or three capitals and a colon (`ML: Thanks for …`). */
const INITIALS_TAG = /^([A-Z]{2,3}): \S/;
/** Paragraphs looked at for turns tagged by initials. */
const MAX_KEY_SCAN = 400;

/**
 * `Jane Doe (JD), Harbour City Council`: a name, its initials in brackets, what the person is.
 * The name is two to four capitalized words, particles allowed between.
 */
const INITIALS_KEY_LINE = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]*(?: (?:(?:de|van|von|der|da|al|bin|le|la) )?\p{Lu}[\p{L}'’.-]*){1,3}) \((\p{Lu}{2,3})\)(?: ?[,:;–—-] ?[^\n]{0,120})?$`,
  'u',
);

/** The capitals that open the words of `name` (`Jane van Doe` → `JD`, `JVD` not needed). */
function initialsOf(name: string): string {
  let out = '';
  for (const word of name.split(' ')) {
    const c = word.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) out += word[0];
  }
  return out;
}

/** A line of the key whose initials tag turns (`used`) and are the name's. */
function isKeyLine(text: string, used: ReadonlySet<string>): boolean {
  const m = INITIALS_KEY_LINE.exec(text);
  const initials = m?.[2] ?? '';
  return m !== null && used.has(initials) && initialsOf(m[1] as string) === initials;
}

/**
 * An interview's key to the initials that tag its turns, above the first turn (`Jane Doe (JD),
 * Harbour City Council` / `Mark Lee (ML), interviewer`, then `ML: …` / `JD: …`): page furniture
 * that names the speakers (the speakers plugin reads the names from the note), neither the title
 * nor narration. Only initials that do tag turns below, and that are the name's.
 */
function initialsKey(out: RootContent[], file: VFile): void {
  const keys: number[] = [];
  const used = new Set<string>();
  let firstTurn = -1;
  for (let i = 0; i < out.length && i < MAX_KEY_SCAN; i++) {
    const node = out[i];
    if (node?.type !== 'paragraph') continue;
    const m = INITIALS_TAG.exec(node.segments[0]?.text ?? '');
    if (!m) continue;
    used.add(m[1] as string);
    if (firstTurn === -1) firstTurn = i;
  }
  if (used.size < 2) return;
  for (let i = 0; i < firstTurn; i++) {
    const node = out[i];
    // (The first line may have been read as the headline already.)
    if (node?.type === 'headline' && isKeyLine(node.value, used)) {
      out[i] = furnitureNote(
        file,
        node.value,
        node.line,
        'programme-credit',
        node.position,
        'the key to the initials that tag the turns',
      );
      continue;
    }
    if (node?.type !== 'paragraph' || node.segments.length > 6) continue;
    const keyed = node.segments.every((seg) => isKeyLine(seg.text.trim(), used));
    if (keyed) keys.push(i);
  }

  // From the end, so that the indices before stay right: a note for each line of the key.
  for (let k = keys.length - 1; k >= 0; k--) {
    const i = keys[k] as number;
    const node = out[i] as Paragraph;
    const notes = node.segments.map((seg) =>
      furnitureNote(
        file,
        seg.text.trim(),
        seg.line,
        'programme-credit',
        segmentsPosition([seg]),
        'the key to the initials that tag the turns',
      ),
    );
    out.splice(i, 1, ...notes);
  }
}

/**
 * A post's counts on a line of their own (Medium's claps and responses `312` / `1.2K`; Substack's
 * likes and restacks `24`, `24 Likes ∙ 3 Restacks`).
 */
const POST_COUNT = lazyRegExp(
  '^N(?: U(?: [·∙•] N U)*)?$'
    .replaceAll('N', String.raw`\d{1,5}(?:[.,]\d)?K?`)
    .replaceAll('U', '(?:like|clap|response|comment|restack|share)s?'),
  'i',
);

/** A publication's launch line in its subscribe box (`By Dana Whitfield · Launched 2 years ago`). */
const LAUNCHED = lazyRegExp(String.raw`^(?:By [^·∙•]{1,60} [·∙•] )?Launched \w{1,2} \w{3,6} ago$`);

/** A paragraph's lines joined by spaces when it is short (a post's controls), else null. */
function shortText(node: RootContent | undefined): string | null {
  if (node?.type !== 'paragraph' || node.segments.length > 3 || node.value.length > 60) return null;
  return node.segments.map((seg) => seg.text.trim()).join(' ');
}

/** A post's count (on one line or a few: `24 Likes` / `∙` / `3 Restacks`), or Medium's `Listen`. */
function isPostControl(node: RootContent | undefined): node is Paragraph {
  const t = shortText(node);
  return t !== null && (t === 'Listen' || POST_COUNT.test(t));
}

/** The paragraphs `out[from]` to `out[to - 1]` as page-element notes, `why` reported. */
function pageElements(
  out: RootContent[],
  from: number,
  to: number,
  file: VFile,
  why: string,
): void {
  for (let k = from; k < to; k++) {
    const node = out[k] as Paragraph;
    out[k] = paragraphNote(file, node, 'page-element', why);
  }
}

/**
 * Google Meet's notes document copied whole: its `📝 Notes` tab (the tool's summary, details and
 * next steps, written by it, not said) before its `📖 Transcript` tab. Every paragraph between
 * the two tabs' labels is a note; so is every paragraph of a newsletter box between its marks.
 */
function meetingNotes(out: RootContent[], file: VFile): void {
  boxBetween(out, file, '📝 Notes', '📖 Transcript', 'page-element', "the meeting tool's notes");
  // The Guardian's newsletter box between its marks (its pitch, `Privacy Notice: …`).
  const skip = 'Skip past newsletter promotion';
  boxBetween(out, file, skip, 'after newsletter promotion', 'subscription', 'a newsletter box');
}

/** A writer's full name opening their bio, then what they are or do (`Jane Doe is an …`). */
const BIO_OPEN = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){1,3} (?:is (?:an?|the|a senior|a former)|covers|reports (?:on|from|for)|writes (?:about|on|for)|joined|has (?:covered|reported|written))\b`,
  'u',
);
/** A journalist's work in a bio's words. */
const BIO_WORK =
  /\b(?:reporter|correspondent|writer|editor|journalist|producer|photographer|photojournalist|videojournalist|columnist|bureau chief|contributor|covers|covering|reports|reporting)\b/;
/** A news agency or outlet a wire story's author bio names. */
const BIO_OUTLET =
  /\b(?:(?:The )?Associated Press|AP|Reuters|AFP|Bloomberg|CNN|BBC|NPR|dpa|EFE|ANSA|Kyodo|Yonhap)\b/;
/** An outlet named after the writer's work (`… correspondent for The Washington Post`). */
const BIO_FOR = lazyRegExp(
  String.raw`\b(?:reporter|correspondent|writer|editor|journalist|producer|photographer|columnist|contributor)s? (?:for|with|at) (?:The )?\p{Lu}`,
  'u',
);
/** A reporting verb: the story's words, never a bio's. */
const REPORTED = /\b(?:said|says|told)\b/;
/** Most paragraphs under an `About the author` heading (a bio each). */
const MAX_BIOS_UNDER_HEADING = 3;
/** Longest author bio read (a few sentences). */
const MAX_BIO_CHARS = 600;

/**
 * A wire story's author bios at its end (AP's and Reuters' pages: `Jane Doe is an Associated
 * Press reporter based in Miami. She covers …`, `John Smith covers politics for Reuters from
 * Washington.`): the writer's full name, what they are or do as a journalist and the outlet. Only
 * the last paragraphs, up from the end (notes passed over): the same words inside the story (a
 * reporter who is its subject) stay its words.
 */
function authorBios(out: RootContent[], file: VFile): void {
  // Paragraphs that are no bio on their own: a bio only under an `About the author` heading.
  const under: number[] = [];
  let heading = false;
  for (let i = out.length - 1; i > 0 && !heading; i--) {
    const node = out[i] as RootContent;
    if (node.type === 'note') {
      heading = node.reason === 'byline' && ABOUT_AUTHOR.test(node.value.trim());
      continue;
    }
    if (node.type !== 'paragraph') return;
    const text = node.value.trim();
    const bio =
      text.length <= MAX_BIO_CHARS &&
      BIO_OPEN.test(text) &&
      BIO_WORK.test(text) &&
      (BIO_OUTLET.test(text) || BIO_FOR.test(text)) &&
      // (A report about a journalist says who told it: `…, the paper said.`)
      !REPORTED.test(text);
    if (!bio || under.length > 0) {
      under.push(i);
      if (under.length > MAX_BIOS_UNDER_HEADING || text.length > MAX_BIO_CHARS) return;
      continue;
    }
    out[i] = bioNote(node, file);
  }
  if (heading) for (const i of under) out[i] = bioNote(out[i] as Paragraph, file);
}

/** A bio paragraph as a byline note. */
function bioNote(node: Paragraph, file: VFile): Note {
  return paragraphNote(file, node, 'byline', "the writer's bio at the story's end");
}

/** Every paragraph between two notes of the given texts becomes a note of `reason`. */
function boxBetween(
  out: RootContent[],
  file: VFile,
  open: string,
  close: string,
  reason: NoteReason,
  why: string,
): void {
  const mark = (n: RootContent | undefined, label: string) =>
    n?.type === 'note' && n.value.trim() === label;
  for (let from = 0; from < out.length; from++) {
    if (!mark(out[from], open)) continue;
    let to = from + 1;
    while (to < out.length && !mark(out[to], close)) to++;
    if (to === out.length) return;
    for (let i = from + 1; i < to; i++) {
      const node = out[i];
      if (node?.type !== 'paragraph') continue;
      out[i] = paragraphNote(file, node, reason, why);
    }
    from = to;
  }
}

/**
 * A post's counts and audio button around its share button (Medium: `312` / `4` / `Listen` /
 * `Share`; Substack: `24` / `3` / `Share`), and the same counts (two at least) ending the page
 * under the post: the page's controls, not words said. A count alone elsewhere is left.
 */
function postControls(out: RootContent[], file: VFile): void {
  const mark = (from: number, to: number) => pageElements(out, from, to, file, "a post's counts");
  let header = false;
  for (let i = 0; i < out.length; i++) {
    if (!isPostControl(out[i])) continue;
    let j = i;
    while (isPostControl(out[j])) j++;
    const before = out[i - 1];
    const after = out[j];
    const share = [before, after].some((n) => n?.type === 'note' && n.reason === 'share-links');
    let counts = 0;
    for (let k = i; k < j; k++) if (shortText(out[k]) !== 'Listen') counts++;
    let end = true;
    for (let k = j; k < out.length && end; k++) end = out[k]?.type === 'note';
    // (`Listen` alone between header notes: a post without counts, or counts another rule read.)
    if ((counts > 0 || before?.type === 'note') && share) {
      mark(i, j);
      header = true;
    } else if (
      (header && end && counts >= 2 && counts === j - i) ||
      // Counts that name what they count, two at least (`24 Likes ∙ 3 Restacks`): no words said.
      (j === i + 1 && /[·∙•]/.test(shortText(out[i]) ?? ''))
    )
      mark(i, j);
    i = j;
  }
}

/** An audio player's length under its button, a note (Bloomberg's `Listen` / `4:32`). */
function playerLengths(out: RootContent[], file: VFile): void {
  for (let i = 1; i < out.length; i++) {
    const button = out[i - 1];
    const node = out[i];
    if (
      button?.type === 'note' &&
      button.reason === 'page-element' &&
      PLAYER_BUTTON.test(button.value.trim()) &&
      node?.type === 'paragraph' &&
      /^\d{1,2}:\d{2}$/.test(node.value.trim())
    )
      pageElements(out, i, i + 1, file, "an audio player's length");
  }
}

/**
 * A writer's beat under the name in a byline (`Transport correspondent`, `Chief political
 * correspondent`, `Staff writer`, `Deputy editor`): one to five words, the last a newsroom's job,
 * maybe the outlet after a comma (the BBC's `Transport correspondent, BBC News`), maybe the
 * writer's handle (Sky News' `Political reporter @janedoe`).
 */
const BEAT_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3} (?:correspondent|editor|reporter|writer|columnist|contributor|critic)(?:, \p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3})?(?: @\w{1,30})?$`,
  'u',
);

function isBeatLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && BEAT_LINE.test(t);
}

/** The first two words of a line (a name before the beat run into it). */
function words2(text: string): string {
  return text.trim().split(/\s+/).slice(0, 2).join(' ');
}

/** Nodes after the headline a name and beat byline may stand at. */
const BEAT_HEADER_NODES = 6;
/** Where the writer reports from, under the byline: `Reporting from Portland, Maine`. */
const REPORTING_FROM = lazyRegExp(String.raw`^Reporting from \p{Lu}[\p{L}\p{M}.'’ ,-]{0,60}$`, 'u');

/**
 * A name alone (a paragraph of one line, or a menu's or share links' note a copy ran it into)
 * over the writer's beat, the date, another note or where the writer reports from under them.
 */
function isBeatByline(
  node: RootContent | undefined,
  beat: RootContent | undefined,
  under: RootContent | undefined,
): boolean {
  const nameOk =
    (node?.type === 'paragraph' && node.segments.length === 1) ||
    (node?.type === 'note' && (node.reason === 'share-links' || node.reason === 'navigation'));
  if (!nameOk || !isBareName((node as Paragraph | Note).value)) return false;
  if (beat?.type !== 'paragraph' || beat.segments.length !== 1 || !isBeatLine(beat.value))
    return false;
  return (
    under?.type === 'note' ||
    (under?.type === 'paragraph' && REPORTING_FROM.test(under.value.trim()))
  );
}

/** Header notes a story page's bare byline stands between. */
const HEADER_NOTES: ReadonlySet<NoteReason> = new Set([
  'programme-credit',
  'dateline',
  'byline',
  'share-links',
  'photo-caption',
]);

/**
 * A story page's bare byline: a name alone on its line (`Elena Ortiz`) between two notes of the
 * page's header, one of them the programme or the date (`Heard on Weekend Edition Sunday` /
 * `Elena Ortiz` / `4-Minute Listen`). A name line above a speaker's words is a tag, not this.
 * A line between a photo's controls and its credit is the photo's caption. Returns the name, or
 * null.
 */
function bareByline(out: RootContent[], file: VFile): string | null {
  let name: string | null = null;
  // The first paragraph of the story is its headline, never a byline (`CNN NEWS CENTRAL` /
  // `Hurricane Nears Florida Coast` / `Aired …`).
  const first = out.findIndex((n) => n.type !== 'note' && n.type !== 'frontMatter');
  for (let i = first + 1; i < out.length - 1; i++) {
    const node = out[i];
    const before = out[i - 1];
    const after = out[i + 1];
    // A name over the writer's beat in the page's header, the date or another note under them
    // (the Guardian: `Maria Lund` / `Transport correspondent` / `Tue 4 Mar 2026 10.02 GMT`; the
    // BBC: `Maria Lund` / `Transport correspondent, BBC News` / `Reporting from Portland`): the
    // lines are the byline (the name a note already when a menu took it in).
    if (i <= first + BEAT_HEADER_NODES && isBeatByline(node, after, out[i + 2])) {
      const named = node as Paragraph | Note;
      for (const k of [i, i + 1]) {
        const line = out[k] as Paragraph | Note;
        out[k] =
          line.type === 'note'
            ? { ...line, reason: 'byline' }
            : paragraphNote(file, line, 'byline', "a writer's name and beat in the page's header");
      }
      const under = out[i + 2];
      if (under?.type === 'paragraph' && REPORTING_FROM.test(under.value.trim()))
        out[i + 2] = paragraphNote(
          file,
          under,
          'byline',
          'where the writer reports from, under the byline',
        );
      name ??= named.value.trim();
      i++;
      continue;
    }
    // The name and the beat on two lines of one paragraph (Sky News: `Jane Doe` / `Political
    // reporter @janedoe`, over the date).
    const pair = node?.type === 'paragraph' && node.segments.length === 2 ? node.segments : null;
    const named =
      pair !== null &&
      isBareName((pair[0] as Segment).text.trim()) &&
      isBeatLine((pair[1] as Segment).text);
    if (node?.type !== 'paragraph' || (node.segments.length !== 1 && !named)) continue;
    // The name and the beat run together over the date (the Guardian: `Maria Lund Transport
    // correspondent` / `Tue 4 Mar 2026 10.02 GMT`).
    if (
      i <= first + BEAT_HEADER_NODES &&
      after?.type === 'note' &&
      after.reason === 'dateline' &&
      (named || (isBeatLine(node.value) && isBareName(words2(node.value))))
    ) {
      out[i] = paragraphNote(file, node, 'byline', "a writer's name and beat over the page's date");
      name ??= named ? (pair[0] as Segment).text.trim() : words2(node.value);
      continue;
    }
    if (after?.type !== 'note') continue;
    // A photo's caption between its controls and its credit (NPR: `Enlarge this image` / `Hens
    // at a farm …` / `Jane Kim/NPR`).
    if (
      before?.type === 'note' &&
      before.reason === 'photo-caption' &&
      (after.reason === 'photo-caption' || after.reason === 'credit') &&
      // (The next photo's label alone, `Image caption,`, opens that photo's caption: the
      // paragraph before it is the story's.)
      captionLabel(after.value.trim()) === null
    ) {
      out[i] = paragraphNote(file, node, 'photo-caption', "a photo's caption");
      continue;
    }
    // A contributor's name over where they report from (a live page: `Ana Ruiz` / `Reporting
    // from Millbrook`): the byline's.
    if (
      after.reason === 'byline' &&
      after.value.trimStart().startsWith('Reporting ') &&
      node.type === 'paragraph' &&
      node.segments.length === 1 &&
      isBareName(node.value)
    ) {
      out[i] = paragraphNote(file, node, 'byline', 'a contributor over where they report from');
      continue;
    }
    // (Or over its `Follow` button, Medium.)
    const follow = after.reason === 'page-element' && after.value.trim() === 'Follow';
    if (!HEADER_NOTES.has(after.reason) && !follow) continue;
    // Or right under the title and its subtitle, over the date (a post's author: `Episode 42 of
    // County Lines` / `Dana Whitfield` / `Nov 28, 2026`, Substack).
    // Or under the story's kind, over the date (DW: `Interview` / `Tom Baker` / `11/20/2026`).
    // (A page's age warning may stand between: the Guardian's `This article is more than 2
    // years old` / standfirst / `Jane Doe` / `Thu 12 Mar 2026 10.02 GMT`.)
    const postAuthor =
      (i <= first + 2 ||
        (i <= first + 3 && before?.type === 'paragraph') ||
        (before?.type === 'note' && before.reason === 'page-element' && i <= first + 4)) &&
      (after.reason === 'dateline' || follow);
    if (!postAuthor && (before?.type !== 'note' || !HEADER_NOTES.has(before.reason))) continue;
    const dated =
      follow ||
      [before, after].some(
        (n) => n?.type === 'note' && (n.reason === 'programme-credit' || n.reason === 'dateline'),
      );
    if (!dated || !isBareName(node.value)) continue;
    const text = node.value.trim();
    const line = paragraphLine(node);
    out[i] = furnitureNote(
      file,
      text,
      line,
      'byline',
      node.position,
      "a name alone between the page's header notes",
    );
    name ??= text;
  }
  return name;
}

/**
 * A UN verbatim record's agenda headings (`Adoption of the agenda`, `The situation in the Middle
 * East`) become headlines: the unpunctuated lines of its header, and the line under an agenda
 * item (`Agenda item 73`) anywhere. Returns their texts, in order.
 */
function agendaHeadings(out: RootContent[], headerEnd: number, file: VFile): string[] {
  const headings: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const node = out[i];
    if (node?.type !== 'paragraph') continue;
    const previous = out[i - 1];
    const line = paragraphLine(node);
    const afterItem = previous?.type === 'note' && isAgendaItem(previous.value);
    if (!(line <= headerEnd || afterItem) || !isAgendaHeading(node.value, node.segments.length))
      continue;
    const value = node.value.trim();
    const headline: Headline = { type: 'headline', value, line };
    if (node.position) headline.position = node.position;
    out[i] = headline;
    headings.push(value);
    report(file, 'agenda-heading', `Read “${preview(value)}” as a heading of the record's agenda`, {
      line,
    });
  }
  return headings;
}

/**
 * A debate item's heading in the European Parliament's verbatim report: `12. Energy security
 * ahead of next winter (debate)`, `Written statements (Rule 178)`. Group 1 is the item's name.
 * Bounded, the lazy run stops at the one bracket.
 */
const EP_ITEM = lazyRegExp(
  String.raw`^(?:\d{1,2}(?:\.\d{1,2})?\. )?(\p{Lu}[^()\n]{2,150}?) \((?:debate|vote|continuation of debate|topical debate|announcement by the President|Rule \d{1,3}[a-z]?)\)$`,
  'u',
);

/**
 * The European Parliament's item headings become headlines, wherever they stand (a turn does not
 * run on into the next item). Returns the first item's name: the record's title.
 */
function parliamentItems(out: RootContent[], file: VFile): string | null {
  let first: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const node = out[i];
    if (node?.type !== 'paragraph' || node.segments.length !== 1) continue;
    const value = node.value.trim();
    const m = value.length <= 200 ? EP_ITEM.exec(value) : null;
    if (!m) continue;
    const line = paragraphLine(node);
    const headline: Headline = { type: 'headline', value, line };
    if (node.position) headline.position = node.position;
    out[i] = headline;
    first ??= m[1] ?? null;
    report(file, 'agenda-heading', `Read “${preview(value)}” as the heading of a debate item`, {
      line,
    });
  }
  return first;
}

/**
 * Under a parliament's masthead, each paragraph of one line in capitals that is an agenda
 * heading (`MOTION FOR A RESOLUTION OF PARLIAMENT ON …`, see `isAgendaHeadingLine`), wherever it
 * stands: a headline, reported. Returns the first one's text (the record's title), or null.
 */
function hansardHeadings(out: RootContent[], file: VFile): string | null {
  let first: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const node = out[i];
    if (node?.type !== 'paragraph' || node.segments.length !== 1) continue;
    const value = node.value.trim();
    if (!isAgendaHeadingLine(value)) continue;
    const line = paragraphLine(node);
    const headline: Headline = { type: 'headline', value, line };
    if (node.position) headline.position = node.position;
    out[i] = headline;
    first ??= value;
    report(file, 'agenda-heading', `Read “${preview(value)}” as an agenda heading of the record`, {
      line,
    });
  }
  return first;
}

/**
 * The Eduskunta's, the Storting's and the Belgian Chamber's records (see ../record-items.ts),
 * once their header says which: each paragraph's heading lines become headlines (a debate's
 * time under its heading stays with it), their header and document lines notes, reported; the
 * Chamber's header over its date lines one note. Returns the first agenda item's heading, the
 * record's title, or null.
 */
function recordItems(out: RootContent[], file: VFile): string | null {
  const kind = recordKind(
    out
      .slice(0, 12)
      .flatMap((n) =>
        n.type === 'note'
          ? [n.value]
          : n.type === 'paragraph'
            ? n.segments.map((s) => s.text.trim())
            : [],
      ),
  );
  if (!kind) return null;
  let title: string | null = null;
  // The Chamber's header: its short lines with no sentence's end, down to the first other.
  let header = kind === 'be';
  const result: RootContent[] = [];
  for (const node of out) {
    if (node.type !== 'paragraph') {
      result.push(node);
      continue;
    }
    const segs = node.segments;
    const pieces: RootContent[] = [];
    let run: Segment[] = [];
    const flush = () => {
      if (run.length > 0)
        pieces.push({
          ...node,
          value: run.map((s) => s.text.trim()).join(' '),
          segments: run,
          position: segmentsPosition(run),
        });
      run = [];
    };
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i] as Segment;
      const text = seg.text.trim();
      header &&= text.length <= 60 && !/[.!?:]$/.test(text);
      const k = header ? 'page-element' : recordLineKind(text, kind);
      if (!k) {
        run.push(seg);
        continue;
      }
      flush();
      if (k === 'item' || k === 'heading') {
        // The debate's time under its heading (`Keskustelu` / `14.42`) stays with it.
        const pair = isClock(segs[i + 1]?.text.trim() ?? '') ? [seg, segs[++i] as Segment] : [seg];
        const value = pair.map((s) => s.text.trim()).join(' ');
        pieces.push({ type: 'headline', value, line: seg.line, position: segmentsPosition(pair) });
        if (k === 'item') title ??= text;
        report(file, 'agenda-heading', `Read “${preview(value)}” as a heading of the record`, {
          line: seg.line,
        });
      } else
        pieces.push(
          furnitureNote(file, text, seg.line, k, segmentsPosition([seg]), "the record's header"),
        );
    }
    flush();
    if (pieces.length > 1 || pieces[0]?.type !== 'paragraph') result.push(...pieces);
    else result.push(node);
  }
  out.splice(0, out.length, ...result);
  return title;
}

/**
 * The margin letters at the end of a Plenarprotokoll's lines (`… im Haushalt 2024. (B)`): page
 * furniture, removed from the line and reported.
 */
function removeMarginLetters(trailing: PlenaryFurniture['trailing'], file: VFile): void {
  if (trailing.length === 0) return;
  const changes = new Changes(file, 'furniture', 'page-furniture');
  const touched = new Set<Paragraph>();
  for (const { node, seg, start } of trailing) {
    const text = seg.text;
    let cut = start;
    while (cut > 0 && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--;
    const letters = text.slice(start).trimEnd();
    changes.add(
      seg,
      cut,
      text.length,
      text.slice(cut),
      '',
      `Removed the margin letter${letters.length > 3 ? 's' : ''} ${letters} at the end of the line: a parliamentary record's page furniture`,
    );
    applyEdits(seg, text.slice(0, cut), [{ start: cut, end: text.length, to: '' }]);
    touched.add(node);
  }
  for (const node of touched) node.value = joinSegments(node);
  changes.flush("margin letter(s) of a parliamentary record's pages removed");
}

/** The input's structural hints and an official record's header furniture, by line. */
function lineHints(
  hints: ReadonlyMap<number, NoteReason> | undefined,
  record: ReadonlyMap<number, NoteReason>,
): ReadonlyMap<number, NoteReason> | undefined {
  if (record.size === 0) return hints;
  const merged = new Map(hints);
  for (const [line, reason] of record) if (!merged.has(line)) merged.set(line, reason);
  return merged;
}

/**
 * A court transcript's word index split into paragraphs (a numbered transcript's lines without a
 * number stand alone): its letter heading (`A`) or an entry's wrapped references (`12:9 15:2`)
 * right after a page element, and before an index entry or a page element, are the index too.
 */
function indexPieces(out: RootContent[], file: VFile): void {
  const isPiece = (node: RootContent | undefined): node is Paragraph => {
    if (node?.type !== 'paragraph' || node.segments.length !== 1) return false;
    const value = node.value.trim();
    return value.length === 1
      ? value >= 'A' && value <= 'Z'
      : value.length <= 400 && INDEX_REFERENCES.test(value);
  };
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1];
    if (!isPiece(out[i]) || before?.type !== 'note' || before.reason !== 'page-element') continue;
    let j = i;
    while (isPiece(out[j])) j++;
    const after = out[j];
    const next =
      after?.type === 'note'
        ? after.reason === 'page-element'
        : after?.type === 'paragraph' &&
          classifyLine(after.segments[0]?.text ?? '') === 'page-element';
    if (!next) continue;
    pageElements(
      out,
      i,
      j,
      file,
      "not read, timed or subtitled (a piece of the transcript's word index)",
    );
    i = j - 1;
  }
}

/** A page's number alone on its line. */
const LONE_PAGE_NUMBER = /^\s*\d{1,4}\s*$/;

/**
 * A page's number alone in a paragraph of its own right before or after a page element (a court
 * transcript's header pasted without its layout): the page's mark too.
 */
function pageNumbers(out: RootContent[], file: VFile): void {
  const isPageElement = (node: RootContent | undefined): boolean =>
    node?.type === 'note' && node.reason === 'page-element';
  for (let i = 0; i < out.length; i++) {
    const node = out[i] as RootContent;
    if (node.type !== 'paragraph' || node.segments.length !== 1) continue;
    if (!LONE_PAGE_NUMBER.test(node.value)) continue;
    if (!isPageElement(out[i - 1]) && !isPageElement(out[i + 1])) continue;
    out[i] = paragraphNote(
      file,
      node,
      'page-element',
      "not read, timed or subtitled (the page's number)",
    );
  }
}

/** A word starting in a lower-case letter: a sentence going on, never a new one or a tag. */
const GOES_ON = lazyRegExp(String.raw`^\p{Ll}`, 'u');
/** A page's number alone, as a note (`14`, `- 16 -`). */
const PAGE_NUMBER = /^[-–—]?\s*\d{1,4}\s*[-–—]?$/;
/** A paragraph ending in a comma, semicolon or dash: its sentence goes on. */
const BROKEN_OFF = /[,;\u2013\u2014-]$/;

/**
 * A PDF transcript copied as text breaks its paragraphs at the page: the running header and page
 * mark stand inside a sentence (`The council will now` / `CITY COUNCIL Page 2 of 12` /
 * `consider the budget.`). When the paragraph before a page's notes has not ended its sentence
 * and the one after goes on with it (a lower-case word, or the first ended on a comma or a dash),
 * the two are one paragraph again, and the notes follow it (`page-break`). Only page notes
 * (`pageLines`, or a page's number alone) stand between: anything else ends the paragraph.
 */
function joinPageBreaks(
  out: RootContent[],
  pageLines: ReadonlySet<number>,
  file: VFile,
  continues?: ReadonlySet<number>,
): void {
  // On a numbered transcript's pages, any page element between (a sheet's `(Pages 1 to 4)`).
  const isPageNote = (node: RootContent | undefined): boolean =>
    node?.type === 'note' &&
    (pageLines.has(node.line) ||
      PAGE_NUMBER.test(node.value) ||
      isCourtPageLine(node.value) ||
      (continues !== undefined && node.reason === 'page-element'));
  const result: RootContent[] = [];
  let i = 0;
  while (i < out.length) {
    const node = out[i] as RootContent;
    i++;
    if (node.type !== 'paragraph' || !isPageNote(out[i])) {
      result.push(node);
      continue;
    }
    // The pieces of one paragraph and the page notes between them, joined once at the end: a
    // paragraph may go on over many pages.
    const pieces: Paragraph[] = [node];
    const values: string[] = [node.value.trim()];
    const notes: RootContent[] = [];
    for (;;) {
      let j = i;
      while (isPageNote(out[j])) j++;
      const next = out[j];
      const last = pieces[pieces.length - 1] as Paragraph;
      // A numbered transcript says which page's first line goes on (see line-numbers.ts); on a
      // court transcript's pages pasted without their numbers, a speech whose sentence the page
      // cut goes on with the next page's first words when no speaker's tag or heading opens them
      // (`MS. HOLLOWAY: Termite damage, Justice` / `Kagan, which …`).
      const continued =
        next?.type === 'paragraph' &&
        (continues?.has(paragraphLine(next)) === true ||
          (courtBreak(out, i, j) && cutSpeech(last.value, next.value)));
      if (j === i || next?.type !== 'paragraph' || !(continued || goesOn(last.value, next.value)))
        break;
      for (let k = i; k < j; k++) notes.push(out[k] as RootContent);
      pieces.push(next);
      // A word the page broke (`gov-` / `ernment`): whole again on the page before.
      const lastSeg = last.segments[last.segments.length - 1];
      const firstSeg = next.segments[0];
      if (lastSeg && firstSeg && joinBrokenWord(lastSeg, firstSeg, file)) {
        values[values.length - 1] = segmentsText(last.segments);
        values.push(segmentsText(next.segments));
      } else values.push(next.value.trim());
      tallied(
        file,
        'page-break',
        () =>
          `Joined the sentence the page break cut (“${preview(last.value.trimEnd().slice(-30))}” / “${preview(next.value.trimStart().slice(0, 30))}”): the page's header is a note after it`,
        paragraphLine(next),
      );
      i = j + 1;
    }
    if (pieces.length === 1) {
      result.push(node);
      continue;
    }
    const segments = pieces.flatMap((p) => p.segments);
    const value = values.filter(Boolean).join(' ');
    const joined: Paragraph = { ...node, value, segments };
    const position = segmentsPosition(segments);
    if (position) joined.position = position;
    result.push(joined);
    for (const note of notes) result.push(note);
  }
  out.length = 0;
  for (const node of result) out.push(node);
}

/** A court transcript's page header or footer among the notes from `i` to `j`. */
function courtBreak(out: readonly RootContent[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const node = out[k];
    if (node?.type === 'note' && isCourtPageLine(node.value)) return true;
  }
  return false;
}

const ENDS_WITH_LETTER = lazyRegExp(String.raw`\p{L}$`, 'u');

/**
 * A speech cut in its sentence (`before` ends in a word, no sentence's end) and words that go on
 * with it: no tag, no heading in capitals, a capital word that ends no sentence right away.
 */
function cutSpeech(before: string, after: string): boolean {
  const end = before.trimEnd();
  if (endsWithSentencePunctuation(end) || !ENDS_WITH_LETTER.test(end)) return false;
  const next = after.trimStart();
  return (
    STARTS_CAPITALISED.test(next) &&
    parseTag(next) === null &&
    !isRecordSentence(next.slice(0, 400))
  );
}

/** The text of a paragraph's lines, as its value holds it. */
function segmentsText(segments: readonly Segment[]): string {
  return segments
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join(' ');
}

/** A paragraph whose sentence is not ended (`before`) and one that goes on with it (`after`). */
function goesOn(before: string, after: string): boolean {
  const end = before.trimEnd();
  return (
    !endsWithSentencePunctuation(end) && (GOES_ON.test(after.trimStart()) || BROKEN_OFF.test(end))
  );
}

/** An audio player's time left (`-38:14`). */
const TIME_LEFT = /^-\d{1,2}:\d{2}(?::\d{2})?$/;

/** The first line of a paragraph, or undefined for any other node. */
function firstSegmentText(node: RootContent | undefined): string | undefined {
  return node?.type === 'paragraph' ? node.segments[0]?.text : undefined;
}

/**
 * Factiva's `LP` and `TD` opening a line of the text (`LP  The council voted …`): the code and
 * its spaces come off the line (`codes`: line → length), each reported.
 */
function takeFieldCodes(tree: Root, codes: ReadonlyMap<number, number>, file: VFile): void {
  if (codes.size === 0) return;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    let changed = false;
    for (const seg of node.segments) {
      const end = codes.get(seg.line);
      if (end === undefined || end <= 0) continue;
      const code = seg.text.slice(0, end);
      report(
        file,
        'page-furniture',
        `Took the database's field code “${code.trim()}” off the text`,
        {
          line: seg.line,
          column: rawColumn(seg, 0) + 1,
          source: 'furniture',
          actual: code,
        },
      );
      applySortedEdits(seg, [{ start: 0, end, to: '' }]);
      changed = true;
    }
    if (changed) node.value = joinSegments(node);
  }
}

export const furniture: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  /** Whether the text is a newsroom script, read once when a line needs it. */
  let script: boolean | undefined;
  let slugs: Set<RootContent> | undefined;
  const record = readRecordHeader(tree.children);
  // A transcript as a news database delivers it (Nexis Uni, Factiva): its fields are notes.
  const database = readNewsDatabase(tree.children);
  if (database) {
    for (const [line, reason] of database.notes) record.notes.set(line, reason);
    takeFieldCodes(tree, database.codes, file);
  }
  // A newsroom system's story form above the script (`SLUG:`, `FORMAT:`, `WRITER:`).
  const form = readStoryForm(tree.children);
  for (const line of form.lines) if (!record.notes.has(line)) record.notes.set(line, 'story-form');
  // A rundown printed above the scripts: its column heads and rows.
  for (const line of readRundownTable(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, 'story-form');
  // A radio running order's rows (`0605 HAMBURG STRIKE – 2WAY 3'00`).
  for (const line of readRunningOrder(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, 'story-form');
  // A congressional hearing's cover pages, roster and contents (GPO), above the proceedings.
  const hearing = readHearingCover(tree.children);
  for (const line of hearing.lines)
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A minister's transcript's header: the office holder, the office, the place.
  const minister = readMinisterHeader(tree.children);
  for (const [line, reason] of minister.notes)
    if (!record.notes.has(line)) record.notes.set(line, reason);
  // A sports press conference's header: the date, the venue, the round, the players.
  const sports = readSportsHeader(tree.children);
  for (const [line, reason] of sports.notes)
    if (!record.notes.has(line)) record.notes.set(line, reason);
  // The people a transcript has, listed one a line above its first turn.
  for (const line of readParticipantLines(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A select committee's evidence header.
  for (const line of readCommitteeHeader(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A German parliament's record copied from its PDF: margin letters, page numbers, headers.
  const plenary = readPlenaryFurniture(tree.children);
  for (const line of plenary.lines)
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  removeMarginLetters(plenary.trailing, file);
  // A PDF's running headers and page marks.
  const running = readRunningHeaders(tree.children);
  for (const line of running.lines)
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // The e-mail a transcript was forwarded in: its header, signature and footer.
  for (const line of readEmailLines(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A chat's day dividers and thread counts (Slack).
  for (const [line, reason] of readChatNotes(tree.children, tree.data?.chatLog === 'irc'))
    if (!record.notes.has(line)) record.notes.set(line, reason);
  // A court reporter's certificate ending a transcript; a podcast's chapter list.
  for (const line of [...readCertificate(tree.children), ...readChapterList(tree.children)])
    if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A press release's release line, boilerplate, contacts and source line.
  const release = readPressRelease(tree.children);
  if (release)
    for (const [line, reason] of release.notes)
      if (!record.notes.has(line)) record.notes.set(line, reason);
  // An earnings call's participants lists (the names under them are its speakers' tags).
  const call = readEarningsCall(tree.children);
  if (call)
    for (const line of call.notes)
      if (!record.notes.has(line)) record.notes.set(line, 'page-element');
  // A meeting tool's export: its AI notes above the transcript, its avatars' initials.
  for (const [line, reason] of readMeetingExportNotes(tree.children))
    if (!record.notes.has(line)) record.notes.set(line, reason);
  const hints = lineHints(tree.data?.hints?.notes, record.notes);
  // A numbered transcript's lines that go on with their paragraph (`Going off the record at` /
  // `10:41 a.m.`) are its words, whatever they look like on their own (a record's reader may
  // still say otherwise: the certificate's lines).
  const courtInside = tree.data?.courtPages?.inside;
  // The line under a line of text (two down in a copy with a blank line after every line).
  const lineStep = tree.data?.lineStep ?? 1;
  const headlineLine = tree.data?.hints?.headlineLine ?? minister.titleLine ?? null;
  const out: RootContent[] = [];
  /** The line of the last name of a list under a `Guests:` label, the list going on after it. */
  let listLine = -1;
  let byline: string | null = null;
  let editor: string | null = null;
  let index = -1;
  for (const node of tree.children) {
    index++;
    if (node.type !== 'paragraph' || node.segments.length === 0) {
      out.push(node);
      continue;
    }
    // A two-column script's video cell (a cue) and the audio cell after it (the script) are
    // never page furniture, whatever their words look like (`Anchor on camera`, `Good evening.`).
    const above = tree.children[index - 1];
    if (isVideoCell(node) || (above !== undefined && isVideoCell(above))) {
      out.push(node);
      continue;
    }
    const only = node.segments.length === 1 ? (node.segments[0] as Segment) : null;
    if (
      only &&
      ((call && CALL_SECTION.test(only.text.trim())) || release?.subheadLine === only.line)
    ) {
      // An earnings call's section heading (`Presentation`, `Question-and-Answer Session`).
      const value = only.text.trim();
      const headline: Headline = { type: 'headline', value, line: only.line };
      if (node.position) headline.position = node.position;
      out.push(headline);
      report(file, 'heading', `Read “${preview(value)}” as a heading`, {
        line: only.line,
      });
      continue;
    }
    const reasons: (NoteReason | null)[] = [];
    let any = false;
    // A related list pasted from a page puts each link on a paragraph of its own (`Related
    // Topics` / `Ukraine` / `Shipping industry`): a one-line paragraph right after one of its
    // notes carries the list on.
    const last = out[out.length - 1];
    // So does the name under a byline's label on the next line (`Text by:` / `FRANCE 24`).
    // A page field's value in the paragraph under its label (`Delivered on:` / `2 March 2026`).
    const fieldValue =
      last?.type === 'note' &&
      node.segments.length === 1 &&
      (node.segments[0]?.line ?? 0) <= last.line + 3 &&
      (node.segments[0]?.text.length ?? 0) <= 160 &&
      (pageField(last.value.trim())?.label === true || captionLabel(last.value.trim()) !== null) &&
      parseTag(node.segments[0]?.text.trim() ?? '') === null
        ? last.reason
        : null;
    const carried: NoteReason | null =
      last?.type === 'note' &&
      last.reason === 'related-links' &&
      (node.segments.length === 1 || node.segments.every(isRelatedItem))
        ? 'related-links'
        : last?.type === 'note' &&
            last.reason === 'byline' &&
            node.segments.length === 1 &&
            node.segments[0]?.line === last.line + lineStep
          ? 'byline'
          : null;
    // Under a `Speakers:` label, the names listed one a line are the list.
    // A list's names one a paragraph (copied from a page's list items) go on with the list; a
    // name over words after the list's names is the transcript's first turn (`MAYOR ANGELA RUIZ`
    // / `Good afternoon.`), where the paragraph under the label is the list's own.
    let speakerList =
      last?.type === 'note' &&
      last.line === listLine &&
      (!isListedName(last.value.trim()) ||
        node.segments.every((seg) => isListedName(seg.text.trim())));
    for (let i = 0; i < node.segments.length; i++) {
      const seg = node.segments[i] as Segment;
      const text = seg.text.trim();
      speakerList &&= isListedName(text);
      // A government page's feedback box: its answers under its question (`Is this page
      // useful?` / `Yes` / `No`), in the question's paragraph or the next.
      const feedback =
        text.length <= 40 &&
        FEEDBACK_ANSWER.test(text) &&
        (i === 0
          ? last?.type === 'note' &&
            last.reason === 'page-element' &&
            FEEDBACK_STEP.test(last.value)
          : reasons[i - 1] === 'page-element' &&
            FEEDBACK_STEP.test(node.segments[i - 1]?.text.trim() ?? ''));
      const reason =
        speakerList || feedback
          ? 'page-element'
          : fieldValue !== null
            ? (classifyLine(text) ?? fieldValue)
            : text &&
                seg.line !== headlineLine &&
                !(i > 0 && courtInside?.has(seg.line) && !hints?.has(seg.line))
              ? reasonOf(
                  seg,
                  node.segments,
                  i,
                  reasons[i - 1] ?? carried,
                  hints,
                  file.data.wrapWidth ?? 0,
                )
              : null;
      speakerList ||=
        (text.length <= 20 && SPEAKER_LIST_LABEL.test(text)) ||
        (text.length <= 140 && text.startsWith('On this ') && BROADCAST_GUESTS_LABEL.test(text));
      if (speakerList) listLine = seg.line;
      // In a script, a story's slug over its copy (`WEATHER` / `Rain will spread…`) is the
      // story's cue, not a site's menu: the directions plugin reads it.
      // So is a bulletin's slug alone over its copy's paragraph (`WEATHER` / blank / `Rain…`).
      if (reason === 'navigation' && i === 0 && isSlugLine(text)) {
        const lone = node.segments.length === 1;
        if (
          lone ||
          isCopyUnderSlug(node.segments[1]?.text ?? '', node.segments.at(-1)?.text ?? '')
        ) {
          script ??= isScriptText(tree.children);
          slugs ??= loneSlugs(tree.children, script);
          if (slugs.has(node) || (!lone && script)) {
            reasons.push(null);
            continue;
          }
        }
      }
      reasons.push(reason);
      if (reason) any = true;
    }
    // An audio player's time played over its time left (`0:00` / `-38:14`, Substack): the
    // player's, in the paragraph or the next.
    for (let i = 0; i < reasons.length; i++) {
      if (reasons[i] !== null || node.segments[i]?.text.trim() !== '0:00') continue;
      const below =
        i + 1 < node.segments.length
          ? node.segments[i + 1]?.text
          : firstSegmentText(tree.children[index + 1]);
      if (below !== undefined && TIME_LEFT.test(below.trim())) {
        reasons[i] = 'share-links';
        any = true;
      }
    }
    // A page's number alone next to its header or footer (`Official - Subject to Final Review`
    // / `4`): the page's mark too.
    if (any)
      for (let i = 0; i < reasons.length; i++)
        if (
          reasons[i] === null &&
          (reasons[i - 1] === 'page-element' || reasons[i + 1] === 'page-element') &&
          LONE_PAGE_NUMBER.test(node.segments[i]?.text ?? '')
        )
          reasons[i] = 'page-element';
    // (In HTML the marked headline, an `<h1>`, is read by its own rule.)
    if (
      reasons[0] === null &&
      node.segments[0]?.line !== headlineLine &&
      isShowName(node.segments, tree.children[index + 1])
    ) {
      reasons[0] = 'programme-credit';
      any = true;
    }
    if (any) {
      keyEvents(node.segments, reasons);
      channelNames(node.segments, reasons);
    }
    // Menu items no word list knows, next to one it knows.
    if (any) extendMenus(node.segments, reasons, headlineLine);
    // A note's sentences hard-wrapped (`Diese Nachricht wurde am 17.11.2026 im Programm` /
    // `Deutschlandfunk gesendet.`): read as the one line they were.
    // Notices open or close a text: only its first and last paragraphs are joined to be read.
    const edge = index < WRAPPED_NOTE_EDGE || index >= tree.children.length - WRAPPED_NOTE_EDGE;
    const wrapped =
      any || !edge ? null : (wrappedNote(node.segments) ?? chapterList(node.segments));
    if (wrapped) {
      reasons.fill(wrapped);
      any = true;
    }
    // A two-column script's column heads over its first row (`VISION SCRIPT` / `Presenter in
    // vision`): the table's, never words read out.
    if (
      !any &&
      only &&
      isVideoCell(tree.children[index + 1]) &&
      AV_COLUMN_HEADS.test(only.text.trim())
    ) {
      reasons[0] = 'page-element';
      any = true;
    }
    const underTime =
      reasons[0] === null &&
      opensUnderEntryTime(node.segments, out.at(-1), tree.children[index + 1]);
    if (!any && !underTime) {
      out.push(node);
      continue;
    }
    let run: Segment[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const value = run
        .map((s) => s.text.trim())
        .filter(Boolean)
        .join(' ');
      if (value) {
        const piece: Paragraph = { ...node, value, segments: run };
        const position = segmentsPosition(run);
        if (position) piece.position = position;
        out.push(piece);
      }
      run = [];
    };
    for (let i = 0; i < node.segments.length; i++) {
      const seg = node.segments[i] as Segment;
      const reason = reasons[i];
      if (
        !reason &&
        run.length === 0 &&
        ((i === 0 && underTime) || isEntryTitle(node.segments, reasons, i))
      ) {
        // A live-text entry's title under its time (`90+1'` / `GOAL! City 2-1 Rovers (Bello)`).
        const value = seg.text.trim();
        const headline: Headline = { type: 'headline', value, line: seg.line };
        const position = segmentsPosition([seg]);
        if (position) headline.position = position;
        out.push(headline);
        report(file, 'heading', `Read “${preview(value)}” as the title of a live-text entry`, {
          line: seg.line,
        });
        continue;
      }
      if (!reason) {
        run.push(seg);
        continue;
      }
      flush();
      const text = seg.text.trim();
      out.push(
        furnitureNote(
          file,
          text,
          seg.line,
          reason,
          segmentsPosition([seg]) ?? undefined,
          'not read, timed or subtitled',
        ),
      );
      // `By Jane Doe, BBC News` gives its name; a byline that is a name alone (`Elena Ortiz`,
      // marked by the page's structure) is the name.
      if (reason === 'byline') {
        // An editor's credit (`Edited by: Jane Doe`, DW's at the story's end, a live page's) is
        // the reporter only when no writer is named.
        if (EDITED_BY.test(text)) editor ??= readByline(text);
        // `Katrin Vogel im Gespräch mit Jasper Barenberg`: the interviewer is the reporter.
        else
          byline ??=
            readByline(text) ??
            readInterviewHeader(text).interviewer ??
            (isBareName(text) ? text : null);
      }
    }
    flush();
  }
  extendMenuNotes(out, file, headlineLine);
  indexPieces(out, file);
  pageNumbers(out, file);
  programmeName(out, file, headlineLine);
  postControls(out, file);
  playerLengths(out, file);
  meetingNotes(out, file);
  authorBios(out, file);
  headerLines(out, file);
  initialsKey(out, file);
  const bare = bareByline(out, file);
  if (bare) byline ??= bare;
  byline ??= editor;
  const court = tree.data?.courtPages;
  const pageLines = [...running.lines, ...plenary.lines];
  joinPageBreaks(
    out,
    court ? new Set([...pageLines, ...court.furniture]) : new Set(pageLines),
    file,
    court?.continues,
  );
  const items = parliamentItems(out, file);
  const hansardTitle = record.hansard ? hansardHeadings(out, file) : null;
  const itemTitle = recordItems(out, file);
  const recordTitle =
    database?.title ??
    (record.unRecord
      ? agendaTitle(agendaHeadings(out, record.headerEnd, file))
      : (record.title ?? items ?? hansardTitle ?? itemTitle ?? record.sitting));
  flushTallies(file);
  tree.children = out;
  if (call) tree.data = { ...tree.data, callSpeakers: [...call.names] };
  if (byline) tree.data = { ...tree.data, byline };
  if (isLivePage(out)) {
    tree.data = { ...tree.data, livePage: true };
    titleOffStandfirst(out, file);
  } else if (recordTitle == null) titleOffStandfirst(out, file, false);
  if (recordTitle) tree.data = { ...tree.data, recordTitle };
  // A printed hearing's title under its header (`NOMINATION OF JANE DOE`), whatever it names.
  else if (hearing.title) tree.data = { ...tree.data, recordTitle: hearing.title };
  else if (form.title) tree.data = { ...tree.data, recordTitle: form.title };
  else if (running.title) tree.data = { ...tree.data, recordTitle: running.title };
  else if (minister.title) tree.data = { ...tree.data, recordTitle: minister.title };
  else if (sports.title) tree.data = { ...tree.data, recordTitle: sports.title };
  if (form.slug) tree.data = { ...tree.data, statedSlug: form.slug };
};
