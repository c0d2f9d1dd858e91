/**
 * The script syntax tree: a unist tree whose root holds one node per paragraph of the transcript.
 * The parser makes `paragraph` and `frontMatter` nodes; transformers turn paragraphs into the
 * newsroom node types. Every node keeps its `position` in the original input.
 */
import type { Data, Literal, Node, Parent, Position } from 'unist';
import type { NoteReason, TimedWord } from './document.ts';

/** One source line of a paragraph, with its 1-based line number and its text (no line break). */
export interface Segment {
  line: number;
  /** Offset of the line's first character in the original input. */
  offset: number;
  text: string;
  /**
   * The line as it was in the input, before any cleaning (tag detection reads its spacing), a
   * no-break space read as a space.
   */
  raw: string;
  /** `parseTag(raw)` as the parser read it (undefined: not read there), for a plugin's read. */
  tag?: TagMatch | null;
  /**
   * Set by the hygiene plugins once they change `text`: how each position of `text` (and its
   * end) maps back to the column in `raw` it came from, so every later change is reported where
   * it is in the input. Absent while `text` is `raw`.
   */
  origin?: ColumnMap;
}

/**
 * One cleaning step of a segment's text and the steps before it (`src/core/plugins/segments.ts`):
 * positions are mapped back through the steps only when a message needs a column.
 */
export interface ColumnMap {
  /** The map of the text this step was applied to; undefined: that text was the raw line. */
  prev: ColumnMap | undefined;
  /** Length of the text after this step. */
  length: number;
  /** The step's replacements, sorted and not overlapping (text before the step). */
  edits?: readonly { start: number; end: number; to: string }[];
  /** Where each edit starts in the text after the step (built when first needed). */
  newStarts?: Int32Array;
  /** Shift (new − old position) after each edit (built when first needed). */
  shifts?: Int32Array;
  /** Edits that were not sorted: the position before the step of each position after it. */
  table?: Int32Array;
}

/** A speaker tag found at the start of a paragraph (`Sergey Lavrov, Foreign Minister: …`). */
export interface Tag {
  /** The tag as written, without the colon (`MR. LAVROV`, `Q`, `Speaker 1 (00:01:23)`). */
  raw: string;
  /** Person's name if the tag names one (`Sergey Lavrov`), else null. */
  name: string | null;
  /** Title given with the name (`Foreign Minister of Russia`), else null. */
  title: string | null;
  /** Anonymous role (`reporter` for Q, `moderator`), else null. */
  role: string | null;
  /** Time anchor in ms from the start of the media, if the tag carries one. */
  timestampMs: number | null;
  /**
   * The anchor as written when it says more than `timestampMs` keeps: a timecode range
   * (`00:00:06:10 - 00:00:14:02`, its end and frames not kept).
   */
  timeWritten?: string;
  /**
   * True when the anchor is a time of day (a Hansard tag's `(09:31)`), not a media time:
   * `timestampMs` still holds the two fields as minutes and seconds (see clock-anchors.ts).
   */
  timeOfDay?: true;
  /** The office of an office-first tag (`The Secretary of State for Health (Sam Patel)`). */
  office: string | null;
  /** Delivery parenthetical (`(voice-over)` → `voice-over`, `(on camera)` → `on-camera`). */
  delivery: string | null;
  /** True when the words are a translation (`(through translator)`, `(spoke in Russian)`). */
  translated: boolean;
}

/** A tag read at the start of a paragraph's text (`src/core/tags.ts`). */
export interface TagMatch {
  tag: Tag;
  /** The paragraph text after the tag (and its colon), trimmed. */
  rest: string;
  /** Offset in the text where the tag ends (after its colon): `text.slice(0, end)` is the tag. */
  end: number;
  /** A tag only because the input marks its line as a speaker's label (`parseTag(…, true)`). */
  marked?: true;
}

export interface ParagraphData extends Data {
  /** Set by the speakers plugin: the tag at the start of this paragraph. */
  tag?: Tag;
  /** True when the paragraph held only a tag and its text is in the following paragraph. */
  tagOnly?: boolean;
  /** The tag read from `value` by an earlier plugin, so the next one need not read it again. */
  tagRead?: { value: string; match: TagMatch | null };
  /** A script's cued bite (`SONORA: NAME / ROLE` over its words): its speaker says only it. */
  bite?: boolean;
  /** A two-column script's video cell (`ANCHOR ON CAM`): a cue, never text to read. */
  videoCell?: boolean;
  /**
   * The time a parse rule took off the paragraph's line (a closing `… [00:01:02]`, an opening
   * `[00:00:05]`), in ms: its tag's, when a later rule reads one (reported where it was taken).
   */
  lineTimeMs?: number;
}

/** A paragraph as parsed, before it is classified. `value` is its cleaned text on one line. */
export interface Paragraph extends Literal {
  type: 'paragraph';
  value: string;
  segments: Segment[];
  data?: ParagraphData;
}

/** YAML front matter at the top of the input (`---` … `---`), as key/value strings. */
export interface FrontMatter extends Literal {
  type: 'frontMatter';
  value: string;
  fields: Record<string, string>;
}

/** A word of a block (nlcst-like), with its time in ms when the input is timed. */
export interface WordNode extends Node {
  type: 'word';
  value: string;
  /** Start of the word in the media, in ms, or null (untimed input). */
  start: number | null;
  /** End of the word in the media, in ms, or null. */
  end: number | null;
}

/** A sentence of a block (nlcst-like): its words in order. */
export interface SentenceNode extends Parent {
  type: 'sentence';
  children: WordNode[];
  /** The sentence as the splitter gave it. */
  data?: Data & { text?: string };
}

interface BlockNode extends Literal {
  value: string;
  /** 1-based line of the input where the block starts. */
  line: number;
  /** Sentences and words of `value`, built by the `words` plugin after every text change. */
  children?: SentenceNode[];
  /**
   * Set when the `words` plugin builds the tree for the document (`wordNodes: false`) in place of
   * sentence and word nodes: the block's sentences, and its words with their times (null when
   * it has none).
   */
  data?: Data & {
    sentences?: string[];
    timedWords?: TimedWord[] | null;
    span?: DirectionSpan;
    /** A script's talent cue (`(JANE)`): who reads next, the studio's voice again. */
    talent?: boolean;
  };
}

/** A direction's time in the input, in ms (see `directionTimes` of the hints). */
export interface DirectionSpan {
  startMs: number;
  endMs: number;
}

export interface Headline extends BlockNode {
  type: 'headline';
}
export interface Narration extends BlockNode {
  type: 'narration';
}
export interface Throw extends BlockNode {
  type: 'throw';
  reporter: string | null;
}
export interface Speech extends BlockNode {
  type: 'speech';
  speaker: string;
  sot: boolean;
  timestampMs: number | null;
  delivery: string | null;
  translated: boolean;
}
export interface Direction extends BlockNode {
  type: 'direction';
  speaker: string | null;
}
export interface Signoff extends BlockNode {
  type: 'signoff';
  credits: string[];
  outlet: string | null;
}

/** Page furniture kept as a note: in the document, never read, timed or subtitled. */
export interface Note extends BlockNode {
  type: 'note';
  reason: NoteReason;
}

export type BlockContent = Headline | Narration | Throw | Speech | Direction | Signoff | Note;
export type RootContent = Paragraph | FrontMatter | BlockContent;

export interface SpeakerEntry {
  id: string;
  name: string | null;
  title: string | null;
  role: string | null;
  aliases: string[];
}

export interface RootData extends Data {
  frontMatter?: Record<string, string>;
  language?: string;
  /**
   * Set by the language plugin: true when the language was given (`language=`) or detected with
   * confidence, and scriptdesk has rules for it. Language-specific quotes follow only then.
   */
  languageSure?: boolean;
  /**
   * Set by the language plugin when the text was too short to tell its language for sure: the
   * best candidate (null with no evidence at all); `language` is then English.
   */
  languageGuess?: string | null;
  title?: string | null;
  reporter?: string | null;
  outlet?: string | null;
  credits?: string[];
  speakers?: SpeakerEntry[];
  /** True when the input had word times and the blocks' words carry them. */
  timed?: boolean;
  /** Reporter named by a byline note (`By Jane Doe, BBC News` → `Jane Doe`). */
  byline?: string | null;
  /**
   * Title an official record's header gives (`src/core/records.ts`): a court caption's case name,
   * a UN record's first substantive agenda heading.
   */
  recordTitle?: string | null;
  /** An earnings call's listed participants [name, title] and `Operator`: alone on a line, each is a tag. */
  callSpeakers?: [string, string][];
  /** The slug the input states (a story form's `SLUG:`, front matter's `slug:`), as written. */
  statedSlug?: string | null;
  /** Two live entry times or more among the notes (`14.02 GMT`, `Posted at 12:45`): a live page. */
  livePage?: boolean;
  /** The chat log convention the text is in (`irc`: `<nick> text` lines, see core/tags.ts ircLine). */
  chatLog?: 'irc';
  /**
   * Lines from one line of text to the next of its paragraph: 2 in a copy with a blank line after
   * every line (parse.ts isSpacedCopy), else 1 (unset). "The line under" a label is this far down.
   */
  lineStep?: number;
  /** Hints from the input's structure (an HTML `<h1>`, `<nav>`…), in lines of the text. */
  hints?: IngestHints;
  /** A line-numbered court transcript's pages (see {@link CourtPages}). */
  courtPages?: CourtPages;
}

/** What `plugins/line-numbers.ts` reads of a line-numbered court transcript's pages. */
export interface CourtPages {
  /** Lines of the pages' headers and footers (no line number, where the numbers start again). */
  furniture: ReadonlySet<number>;
  /** Each page's first line that goes on with the speech of the page before. */
  continues: ReadonlySet<number>;
  /** Every numbered line indented as a paragraph's continuation: words of it, never furniture. */
  inside: ReadonlySet<number>;
}

/**
 * What a structured input (HTML) says about its lines, passed to the core with the text: the
 * story's title, the text line that is its headline, and lines that are page furniture.
 */
export interface IngestHints {
  /** The story's title from the input's structure (`<h1>`, else `<title>` without the site name). */
  title?: string | null;
  /** 1-based line of the text that holds the headline (the `<h1>`), if it is in the text. */
  headlineLine?: number | null;
  /** 1-based lines of the text that are page furniture, with the reason. */
  notes?: ReadonlyMap<number, NoteReason>;
  /** Reporter named by the page's byline markup (`rel=author`, `.byline`). */
  reporter?: string | null;
  /** 1-based lines of the text whose paragraph opens with a bold label (`<b>Nick Hart:</b>`). */
  labelledLines?: ReadonlySet<number>;
  /** 1-based lines of the text whose paragraph is all in bold (`<p><b>Why now?</b></p>`, `**Why now?**`). */
  boldLines?: ReadonlySet<number>;
  /** 1-based lines of the text that follow a `<br>` in their paragraph: the line before goes on. */
  continuedLines?: ReadonlySet<number>;
  /**
   * 1-based lines of the text that are the headings of parts of the story (a live blog's entry
   * titles): headline blocks, never the title.
   */
  subheadLines?: ReadonlySet<number>;
  /** 1-based lines of the text whose paragraph the input marks as a direction (caption sounds, lyrics). */
  directionLines?: ReadonlySet<number>;
  /**
   * The times (ms) the input gives a direction's line (a caption's `[door slams]` cue): the
   * direction block's start and end, so a sound subtitled (`directions=true`) stays where it was.
   */
  directionTimes?: ReadonlyMap<number, DirectionSpan>;
  /**
   * 1-based lines of the text that open with a speaker's label the input marks as one (a caption's
   * `<v Name>`, a speech-to-text result's speaker, a table's speaker column): a tag even where
   * its words would read as a heading (`Travis: Absolutely`).
   */
  tagLines?: ReadonlySet<number>;
  /**
   * The language the input declares (a speech-to-text result's `language`, a WebVTT `Language:`
   * header, TTML's `xml:lang`, HTML's `lang`), as a BCP 47 primary subtag.
   */
  language?: string;
}

export interface Root extends Parent {
  type: 'root';
  children: RootContent[];
  data?: RootData;
}

export type { Node, Position };

/** Position spanning a paragraph's segments. */
export function segmentsPosition(segments: readonly Segment[]): Position | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return undefined;
  return {
    start: { line: first.line, column: 1, offset: first.offset },
    end: {
      line: last.line,
      column: last.text.length + 1,
      offset: last.offset + last.text.length,
    },
  };
}

/** 1-based line in the input where a paragraph starts (1 for a paragraph made of nothing). */
export function paragraphLine(node: Paragraph): number {
  return node.position?.start.line ?? node.segments[0]?.line ?? 1;
}
