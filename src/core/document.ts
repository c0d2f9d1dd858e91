/**
 * The clean document every output renders from: what `POST /v1/format?output=json` returns and
 * what the subtitle, prompter and print compilers read. Plain data, JSON-serializable.
 */

/**
 * Block types in newsroom terms. A `note` is page furniture pasted with the transcript (a cookie
 * notice, navigation, a byline, a copyright line…): kept in the document with its `reason`, never
 * read, timed, subtitled or put on the prompter.
 */
export type BlockType =
  | 'headline'
  | 'narration'
  | 'throw'
  | 'speech'
  | 'direction'
  | 'signoff'
  | 'note';

/** Why a block is a note (page furniture), as reported in `Block.reason`. */
export type NoteReason =
  | 'cookie-notice'
  | 'subscription'
  | 'advertisement'
  | 'navigation'
  | 'share-links'
  | 'related-links'
  | 'byline'
  | 'dateline'
  | 'photo-caption'
  | 'credit'
  | 'copyright'
  | 'terms'
  | 'disclaimer'
  | 'programme-credit'
  | 'page-element';

export type Severity = 'info' | 'warning' | 'error';

export interface Speaker {
  /** Stable id within the document, e.g. `sergey-lavrov` or `q`. */
  id: string;
  /** Person's name as first fully given (`Tarō Kōno`), null for anonymous roles. */
  name: string | null;
  /** Title from the first full mention (`Foreign Minister of Japan`), else null. */
  title: string | null;
  /** Role for anonymous tags (`Q` → `reporter`, `MODERATOR` → `moderator`), else null. */
  role: string | null;
  /** Every tag form seen for this speaker, as written (`LAVROV`, `Mr. Lavrov`). */
  aliases: string[];
}

export interface Block {
  /** Stable id within the document: `b1`, `b2`, … in order. */
  id: string;
  type: BlockType;
  /** Speaker id for speech blocks (and a tagged direction), else null. */
  speaker: string | null;
  /** Clean text of the block, one paragraph, no tag. */
  text: string;
  /** Sentences of `text`, in order; joining them with single spaces gives `text`. */
  sentences: string[];
  /** Word count of `text`. */
  words: number;
  /** Estimated time to speak or read it, in ms; 0 for headline and direction. */
  durationMs: number;
  /** 1-based line in the original input where this block starts. */
  line: number;
  /** A speech block whose words are a quoted bite (SOT), as opposed to a live turn. */
  sot: boolean;
  /** Time anchor from the transcript (`Speaker 1 (00:01:23):`), in ms from the start, else null. */
  timestampMs: number | null;
  /** For a note: what kind of page furniture it is (`navigation`, `byline`, …); else null. */
  reason: NoteReason | null;
  /**
   * How the words were delivered, from the tag's parenthetical (`SMITH (voice-over):`):
   * `voice-over`, `on-camera`, `off-camera`, `through-translator`, `via-telephone`, `on-tape`,
   * `sot`, …; null when the tag has none (and for untagged blocks).
   */
  delivery: string | null;
  /** The words are a translation (`(through translator)`, UN `(spoke in Russian)`). */
  translated: boolean;
  /** Start of the block's first word in the media, in ms, when the input is timed; else null. */
  startMs: number | null;
  /** End of the block's last word in the media, in ms, when the input is timed; else null. */
  endMs: number | null;
  /**
   * The block's words (whitespace-separated, as in `text`) with their times, when the input is
   * timed; else null. Words the input did not time are interpolated between their neighbours.
   */
  timedWords: TimedWord[] | null;
}

/** One word of a timed block. */
export interface TimedWord {
  text: string;
  startMs: number;
  endMs: number;
}

export interface Message {
  ruleId: string;
  reason: string;
  /** 1-based line in the original input, or null when the message is about the whole text. */
  line: number | null;
  column: number | null;
  /** End of the changed range (line and column just past it), when the change has one. */
  endLine?: number;
  endColumn?: number;
  /** The plugin that reported it (`mojibake`, `entities`, `list-markers`, …), or `scriptdesk`. */
  source?: string;
  severity: Severity;
  /** What was removed or replaced, when the message reports a change. */
  actual?: string;
  /** What it became, when the message reports a replacement. */
  expected?: string[];
  /** For `correction` and `correction-stale`: the correction's place in the request (`blocks.2`). */
  correction?: string;
}

export interface ScriptDocument {
  title: string | null;
  /**
   * One or two UPPERCASE topic words naming the story (`KURIL-ISLANDS`), at most 32 characters,
   * never empty (`UNTITLED` when the text names nothing).
   */
  slug: string;
  /** BCP 47 primary language: `en`, `ru`, … */
  language: string;
  reporter: string | null;
  outlet: string | null;
  credits: string[];
  speakers: Speaker[];
  blocks: Block[];
  /** Sum of the blocks' durations, in ms. */
  durationMs: number;
  /** True when the input had word times (speech-to-text JSON, SRT/WebVTT): blocks carry them. */
  timed: boolean;
  /** Read rate used for the estimate, in words per minute. */
  readRateWpm: number;
  messages: Message[];
}
