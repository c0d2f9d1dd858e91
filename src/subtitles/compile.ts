/**
 * The subtitle compiler: ScriptDocument → timed cues with their lines, plus messages for every
 * limit a cue had to break. Format-neutral: `srt.ts` and `vtt.ts` write the cues.
 */

import { isUnspacedCode, isWhitespaceCode, titleCaseIfCaps, trimChars } from '../core/chars.ts';
import { formatHms } from '../core/clock.ts';
import type { Block, Message, ScriptDocument, Speaker, TimedWord } from '../core/document.ts';
import { isUnspacedLanguage, measureText, primaryLanguage } from '../core/language.ts';
import { speakerLabel } from '../core/speaker-label.ts';
import { defaultSpeechRateWpm, SYLLABLES_PER_WORD } from '../core/timing.ts';
import {
  layoutWidths,
  makeRun,
  sharedWordCache,
  type WordCache,
  type WordFacts,
  type WordRun,
} from './linebreak.ts';
import {
  type ResolvedSubtitleOptions,
  type SubtitleOptions,
  subtitleOptionsSchema,
} from './options.ts';
import { resolveLimits, type SubtitleLimits } from './profiles.ts';
import { type SegmentLimits, segmentWords } from './segment.ts';
import {
  graphemeCount,
  isDigitsOnly,
  splitOverlong,
  splitUnspaced,
  words as splitWords,
  wordsWithStarts,
} from './text.ts';
import { MAX_TIMESTAMP_MS, parseTimeValue } from './timecode.ts';
import { type FrameSpan, type Timing, type TimingItem, timeCues, timeWordCues } from './timing.ts';
import { endsSentence } from './words.ts';

/** Time a direction (`[APPLAUSE]`) stays on screen before the speech goes on, in ms. */
export const DIRECTION_MS = 1500;

const SUBTITLED: ReadonlySet<Block['type']> = new Set(['narration', 'throw', 'speech', 'signoff']);

/** One speaker's lines within a cue; a dialogue cue has two parts. */
export interface CuePart {
  /** Display name for WebVTT's `<v Name>`, or null (narration). */
  speaker: string | null;
  /** Display lines, labels and dialogue hyphens included. */
  lines: string[];
}

export interface SubtitleCue {
  /** 1-based position in the file. */
  index: number;
  startMs: number;
  endMs: number;
  parts: CuePart[];
  /** All display lines of the cue, in order. */
  lines: string[];
  /** The spoken words the cue shows, in order (no labels, no hyphens). */
  words: string[];
  /** Graphemes on screen (all lines, without the line breaks). */
  chars: number;
  /** Reading speed: chars per second on screen. */
  cps: number;
  /** Reading speed: spoken words per minute on screen. */
  wpm: number;
  /** Ids of the blocks the cue's words come from. */
  blockIds: string[];
  /** 1-based input line of the cue's first block. */
  line: number;
}

export interface CompiledSubtitles {
  cues: SubtitleCue[];
  messages: Message[];
  limits: SubtitleLimits;
}

/** A block ready to cut: its words, where sentences end, who speaks. */
interface Unit {
  block: Block;
  words: string[];
  sentenceEnds: boolean[];
  speakerKey: string;
  speakerName: string | null;
  direction: boolean;
  /** Each word's time in the media (timed input), else null. */
  times: WordTimes | null;
  /** Words glued to the one before (no space between: Chinese, Japanese, Thai), else null. */
  glued: Uint8Array | null;
  /** The block's text and where each word starts in it, when the words are that text joined by single spaces. */
  source: { text: string; starts: readonly number[] } | null;
}

/**
 * The words' times of a block in the media, in ms: word k from `times[k].startMs` to the later
 * of its start and `times[k].endMs` ({@link endOf}). A timed block's are its own timed words.
 */
type WordTimes = readonly TimedWord[];

/** Where word `k` ends: never before it starts. */
function endOf(times: WordTimes, k: number): number {
  const word = times[k] as TimedWord;
  return Math.max(word.startMs, word.endMs);
}

/** A cue's time in the media, in ms. */
interface WordSpan {
  start: number;
  end: number;
}

/** A cue before timing. */
interface Draft {
  parts: CuePart[];
  words: string[];
  weightMs: number;
  anchorMs: number | null;
  /** The blocks its words come from (not their units: a unit's working lists die after its cut). */
  blocks: Block[];
  speakerKey: string;
  dialogue: boolean;
  /** First word's start and last word's end (timed input), else null. */
  span: WordSpan | null;
  /** Graphemes of each line of the one part when known from its words, else null (counted). */
  widths: number[] | null;
}

function speakerDisplayName(speaker: Speaker, language: string): string {
  if (speaker.name || !speaker.role) return speakerLabel(speaker, language);
  const label = speakerLabel(speaker, language);
  // An English role word is capitalised (`Reporter`); a tag as written, in capitals, too.
  return label === label.toUpperCase() && label !== speaker.role
    ? titleCaseIfCaps(label)
    : label.charAt(0).toUpperCase() + label.slice(1);
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when `text` is `parts` joined by single spaces (compared in place, nothing built). */
function isJoinOf(text: string, parts: readonly string[]): boolean {
  let at = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    if (p > 0) {
      if (text.charCodeAt(at) !== 32) return false;
      at++;
    }
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === text.length;
}

/**
 * True when `word` is a word `splitWords` gives back unchanged: no whitespace, control character
 * or surrogate inside, and it starts with a printable ASCII character (so it is not made only of
 * invisible characters).
 */
function plainWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0xd800 && c <= 0xdfff)) return false;
    if (isWhitespaceCode(c)) return false;
  }
  return true;
}

/**
 * Sentence ends of a timed block whose text is its words and also its sentences, each joined by
 * single spaces: word k ends a sentence when it is the last word of one (counted by the spaces in
 * each sentence), the same answer as splitting every sentence, without the split. Null otherwise
 * (fewer than two sentences, words or sentences that are not the text, a word `splitWords`
 * would change). `given` must be the text's words with every word plain, checked by the
 * caller ({@link timedUnitWords}, {@link plainWord}).
 */
function timedSentenceEnds(block: Block, given: string[]): boolean[] | null {
  const sentences = block.sentences;
  if (sentences.length < 2) return null;
  // The sentences compared with the text in place (what `isJoinOf` says), their spaces counted
  // in the same pass.
  const text = block.text;
  const ends = new Array<boolean>(given.length).fill(false);
  let k = 0;
  let at = 0;
  for (let p = 0; p < sentences.length; p++) {
    const sentence = sentences[p] as string;
    if (p > 0) {
      if (text.charCodeAt(at) !== 32) return null;
      at++;
    }
    if (at + sentence.length > text.length) return null;
    k++;
    for (let i = 0; i < sentence.length; i++) {
      const c = sentence.charCodeAt(i);
      if (text.charCodeAt(at + i) !== c) return null;
      if (c === 32) k++;
    }
    at += sentence.length;
    ends[k - 1] = true;
  }
  return at === text.length && k === given.length ? ends : null;
}

/**
 * A timed block's words, and (one pass) where each starts in `text` when `text` is the words
 * joined by single spaces (a slice of the text then holds each line) and whether every word is
 * plain.
 */
function timedUnitWords(
  text: string,
  timedWords: readonly TimedWord[],
): { words: string[]; source: { text: string; starts: number[] } | null; plain: boolean } {
  const n = timedWords.length;
  const words = new Array<string>(n);
  let starts: number[] | null = new Array<number>(n).fill(0);
  let plain = true;
  let at = 0;
  for (let k = 0; k < n; k++) {
    const word = (timedWords[k] as TimedWord).text;
    words[k] = word;
    if (plain && !plainWord(word)) plain = false;
    if (starts === null) continue;
    if (k > 0) {
      if (text.charCodeAt(at) !== 32) {
        starts = null;
        continue;
      }
      at++;
    }
    starts[k] = at;
    if (at + word.length > text.length) {
      starts = null;
      continue;
    }
    for (let i = 0; i < word.length; i++) {
      if (text.charCodeAt(at + i) !== word.charCodeAt(i)) {
        starts = null;
        break;
      }
    }
    at += word.length;
  }
  const source = starts !== null && at === text.length ? { text, starts } : null;
  return { words, source, plain };
}

/**
 * Words and sentence ends of a spoken block: the document's sentences when they match its text.
 * Untimed (`given` undefined), also where each word starts in the text when the text is the
 * words joined by single spaces, else null.
 */
function spokenWords(
  block: Block,
  given?: string[],
  plain = false,
): {
  words: string[];
  sentenceEnds: boolean[];
  source: { text: string; starts: readonly number[] } | null;
} {
  if (given !== undefined) {
    const timedEnds = plain ? timedSentenceEnds(block, given) : null;
    if (timedEnds !== null) return { words: given, sentenceEnds: timedEnds, source: null };
    return { words: given, sentenceEnds: givenSentenceEnds(block, given), source: null };
  }
  // One split of the text, each word's start kept: the words of the text joined from its
  // sentences by spaces are those of the sentences one after another, and where each word
  // starts tells its sentence.
  const text = block.text;
  const words: string[] = [];
  const starts: number[] = [];
  const asWritten = wordsWithStarts(text, words, starts);
  const n = words.length;
  let source: { text: string; starts: readonly number[] } | null = null;
  if (asWritten && n > 0 && starts[0] === 0) {
    let joined = true;
    for (let k = 1; k < n && joined; k++) {
      const end = (starts[k - 1] as number) + (words[k - 1] as string).length;
      joined = starts[k] === end + 1 && text.charCodeAt(end) === 32;
    }
    if (joined && (starts[n - 1] as number) + (words[n - 1] as string).length === text.length)
      source = { text, starts };
  }
  const sentences = block.sentences;
  if (sentences.length > 1 && isJoinOf(text, sentences)) {
    // Word k ends a sentence when it is the last word starting before the sentence's end.
    const ends = new Array<boolean>(n).fill(false);
    let k = 0;
    let at = 0;
    for (let p = 0; p < sentences.length; p++) {
      at += (sentences[p] as string).length;
      while (k < n && (starts[k] as number) < at) k++;
      if (k > 0) ends[k - 1] = true;
      at++;
    }
    return { words, sentenceEnds: ends, source };
  }
  return { words, sentenceEnds: givenSentenceEnds(block, words), source };
}

/** Sentence ends of a block's words: by its sentences when their words are these, else by punctuation. */
function givenSentenceEnds(block: Block, words: string[]): boolean[] {
  let perSentence: string[][] | null = null;
  let matches = false;
  if (block.sentences.length > 1) {
    perSentence = block.sentences.map((sentence) => splitWords(sentence));
    matches = sameWords(perSentence.flat(), words);
  }
  const ends = new Array<boolean>(words.length).fill(false);
  if (perSentence && matches) {
    let k = 0;
    for (const sentence of perSentence) {
      k += sentence.length;
      if (k > 0) ends[k - 1] = true;
    }
  } else {
    for (let k = 0; k < words.length; k++) ends[k] = endsSentence(words[k] as string);
  }
  if (words.length > 0) ends[words.length - 1] = true;
  return ends;
}

/** `(Laughter.)` → `[Laughter]`: SDH marks sounds and directions with square brackets. */
/** A newsreader's pronunciation guide opening: `[pron: LUCK-son]`, `(PRON: REK-sum)`, `[say: …]`. */
const PRONUNCIATION_OPEN = /^[[(](?:pron|pronounced|pronunciation|say)[:.]?$/i;
/** The words of a guide close at a bracket, maybe with the sentence's punctuation after it. */
const PRONUNCIATION_CLOSE = /[\])]([,.;:!?…]*)$/;
/** Longest guide, in words: a bracket left open is no guide. */
const MAX_PRONUNCIATION_WORDS = 8;

/**
 * A spoken block's words without the newsreader's pronunciation guides (`Luxon [pron:
 * LUCK-son],`): the prompter shows them, a viewer's subtitle does not. Punctuation after the
 * guide goes to the word before it; a sentence end on the guide moves there too. Null when the
 * block has no guide.
 */
function withoutPronunciations(
  words: readonly string[],
  ends: readonly boolean[],
): { words: string[]; sentenceEnds: boolean[]; removed: string[] } | null {
  if (!words.some((w) => PRONUNCIATION_OPEN.test(w))) return null;
  const out: string[] = [];
  const outEnds: boolean[] = [];
  const removed: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let close = -1;
    if (PRONUNCIATION_OPEN.test(word)) {
      for (let k = i + 1; k < words.length && k <= i + MAX_PRONUNCIATION_WORDS; k++) {
        if (PRONUNCIATION_CLOSE.test(words[k] as string)) {
          close = k;
          break;
        }
        if (/[[(]/.test(words[k] as string)) break;
      }
    }
    if (close === -1) {
      out.push(word);
      outEnds.push(ends[i] === true);
      continue;
    }
    const closing = words[close] as string;
    const after = PRONUNCIATION_CLOSE.exec(closing)?.[1] ?? '';
    // The guide without the punctuation that goes on to the word before it.
    const guide = [...words.slice(i, close), closing.slice(0, closing.length - after.length)];
    removed.push(guide.join(' '));
    const last = out.length - 1;
    if (last >= 0) {
      if (after !== '') out[last] = `${out[last]}${after}`;
      if (ends[close] === true) outEnds[last] = true;
    }
    i = close;
  }
  return removed.length > 0 ? { words: out, sentenceEnds: outEnds, removed } : null;
}

/** A pronunciation guide opens with a bracket: a text without one has none to leave out. */
function hasBracket(text: string): boolean {
  return text.includes('[') || text.includes('(');
}

/**
 * The words of a direction the input timed (a caption's `[door slams]` at its cue's time), its
 * span shared by length; null when it has no time (it is then placed after the speech before it).
 */
function spanTimes(
  words: readonly string[],
  startMs: number | null,
  endMs: number | null,
): TimedWord[] | null {
  if (startMs === null || endMs === null || endMs <= startMs || words.length === 0) return null;
  let total = 0;
  for (const w of words) total += w.length + 1;
  const out: TimedWord[] = new Array(words.length);
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const text = words[k] as string;
    const from = startMs + ((endMs - startMs) * at) / total;
    at += text.length + 1;
    out[k] = {
      text,
      startMs: Math.round(from),
      endMs: Math.round(startMs + ((endMs - startMs) * at) / total),
    };
  }
  return out;
}

function directionWords(text: string): string[] {
  const words = splitWords(text);
  while (words.length > 0) {
    const trimmed = trimChars(words[0] ?? '', '[({<', '');
    if (trimmed !== '') {
      words[0] = trimmed;
      break;
    }
    words.shift();
  }
  for (let last = words.length - 1; last >= 0; last = words.length - 1) {
    const trimmed = trimChars(words[last] ?? '', '', '])}>').replace(/\.$/, '');
    if (trimmed !== '') {
      words[last] = trimmed;
      break;
    }
    words.pop();
  }
  if (words.length === 0) return [];
  words[0] = `[${words[0]}`;
  words[words.length - 1] = `${words[words.length - 1]}]`;
  return words;
}

/**
 * {@link splitUnspaced} for a timed block: each word split into the words the segmenter finds,
 * each piece with its share of the word's time by characters, and a word glued to the one before
 * when a Chinese or Japanese character meets another across the space the input was joined by.
 */
function splitUnspacedTimed(
  words: readonly string[],
  sentenceEnds: readonly boolean[],
  times: WordTimes,
  language: string,
): { words: string[]; sentenceEnds: boolean[]; glued: Uint8Array; times: TimedWord[] } {
  const out: string[] = [];
  const ends: boolean[] = [];
  const glue: number[] = [];
  const pieces: TimedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const time = times[k] as TimedWord;
    const split = splitUnspaced([word], [sentenceEnds[k] === true], language);
    const previous = k > 0 ? (words[k - 1] as string) : '';
    const across =
      k > 0 &&
      isUnspacedCode(previous.charCodeAt(previous.length - 1)) &&
      isUnspacedCode(word.charCodeAt(0));
    const span = Math.max(0, time.endMs - time.startMs);
    let at = 0;
    for (let p = 0; p < split.words.length; p++) {
      const piece = split.words[p] as string;
      const startMs = time.startMs + Math.round((span * at) / word.length);
      at += piece.length;
      const endMs = time.startMs + Math.round((span * at) / word.length);
      out.push(piece);
      ends.push(split.sentenceEnds[p] === true);
      glue.push(p > 0 || across ? 1 : 0);
      pieces.push({ ...time, text: piece, startMs, endMs });
    }
  }
  return { words: out, sentenceEnds: ends, glued: Uint8Array.from(glue), times: pieces };
}

/**
 * The unit of each subtitled block with words, in order, handed to `visit` as soon as it is made
 * (an untimed compile cuts it at once, and its words' working lists are gone before the next).
 */
function eachUnit(
  doc: ScriptDocument,
  options: ResolvedSubtitleOptions,
  maxChars: number,
  messages: Message[],
  visit: (unit: Unit) => void,
): void {
  const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
  const unspaced = isUnspacedLanguage(doc.language);
  for (const block of doc.blocks) {
    const direction = block.type === 'direction';
    if (!SUBTITLED.has(block.type) && !(direction && options.directions)) continue;
    const speaker = block.speaker === null ? undefined : speakers.get(block.speaker);
    const speakerName = speaker
      ? speakerDisplayName(speaker, doc.language)
      : block.speaker !== null
        ? block.speaker
        : null;
    const timedWords = direction ? null : block.timedWords;
    const times = timedWords && timedWords.length > 0 ? timedWords : null;
    const directionText = direction ? directionWords(block.text) : null;
    // A block's words are its text joined by single spaces nearly always: then its lines are
    // slices of the text, and (timed) its sentence ends need no split when every word is plain.
    const timed = times ? timedUnitWords(block.text, times) : null;
    const source = timed ? timed.source : null;
    const spoken = directionText
      ? {
          words: directionText,
          sentenceEnds: directionText.map((_, k) => k === directionText.length - 1),
          source: null,
        }
      : spokenWords(block, timed?.words, source !== null && timed?.plain === true);
    // Text written without spaces: its words found by the segmenter, glued on a line (timed:
    // each piece of a word takes its share of the word's time).
    const timedSplit =
      unspaced && times
        ? splitUnspacedTimed(spoken.words, spoken.sentenceEnds, times, doc.language)
        : null;
    const split =
      timedSplit ??
      (unspaced && !direction
        ? splitUnspaced(spoken.words, spoken.sentenceEnds, doc.language)
        : // A word longer than a line (a web address, a sentence of Chinese quoted in English):
          // its pieces, so no line is longer than the limit. Untimed text only.
          times === null
          ? splitOverlong(spoken.words, spoken.sentenceEnds, maxChars)
          : null);
    // A newsreader's pronunciation guides are not subtitled (untimed text only: a timed word was said).
    const guided =
      split || times || direction || !hasBracket(block.text)
        ? null
        : withoutPronunciations(spoken.words, spoken.sentenceEnds);
    if (guided) {
      messages.push({
        ...message(
          'pronunciation-guide',
          `Left the pronunciation guide${guided.removed.length > 1 ? 's' : ''} ${guided.removed.join(', ')} out of the subtitles (the document and the prompter keep ${guided.removed.length > 1 ? 'them' : 'it'})`,
          block.line,
          'info',
        ),
        actual: guided.removed.join(' '),
      });
    }
    const words = guided ? guided.words : split ? split.words : spoken.words;
    const sentenceEnds = guided
      ? guided.sentenceEnds
      : split
        ? split.sentenceEnds
        : spoken.sentenceEnds;
    if (words.length === 0) continue;
    visit({
      times: timedSplit
        ? timedSplit.times
        : directionText
          ? spanTimes(directionText, block.startMs, block.endMs)
          : times,
      glued: split ? split.glued : null,
      // Split words are no slices of the text: their lines are joined from the words.
      source: split || guided ? null : timed || direction ? source : spoken.source,
      block,
      words,
      sentenceEnds,
      speakerKey: block.speaker ?? (direction ? '(direction)' : '(narrator)'),
      speakerName,
      direction,
    });
  }
}

/**
 * Speech time of one word, in ms: the core's estimate (`estimateSpeechMs` in core/timing.ts),
 * syllables at the language's syllables-per-word pace, or whole words where the language has no
 * syllable figure. Kept unrounded so a cue's time is the sum of its words'.
 */
function wordSpeechMs(word: string, language: string, speechRateWpm: number): number {
  const { words, syllables } = measureText(word, language);
  const perWord = SYLLABLES_PER_WORD[language];
  return perWord === undefined
    ? (60_000 * words) / speechRateWpm
    : (60_000 * syllables) / (speechRateWpm * perWord);
}

/** The speech pace of one compile, with each distinct word's speech time found once. */
interface Speech {
  language: string;
  rateWpm: number;
  /** Language and rate as one number (`WordFacts.speechPace`, see {@link paceNumber}). */
  pace: number;
  msOf: Map<string, number>;
}

/** Each language and speech rate met so far, numbered from 1: a word's speech time names its pace. */
const PACES = new Map<string, number>();

function paceNumber(language: string, rateWpm: number): number {
  const key = `${language} ${rateWpm}`;
  let pace = PACES.get(key);
  if (pace === undefined) {
    pace = PACES.size + 1;
    PACES.set(key, pace);
  }
  return pace;
}

function speechMsOf(word: string, speech: Speech): number {
  let ms = speech.msOf.get(word);
  if (ms === undefined) {
    ms = wordSpeechMs(word, speech.language, speech.rateWpm);
    speech.msOf.set(word, ms);
  }
  return ms;
}

/**
 * In a timed document, a block without word times (a direction subtitled with `directions=true`,
 * a block the input did not time) gets times after the timed words before it: at speech pace (a
 * direction: {@link DIRECTION_MS}), never past the next timed word.
 */
function fillUntimedUnits(units: Unit[], speech: Speech): void {
  const nextStart: (number | null)[] = new Array(units.length).fill(null);
  let upcoming: number | null = null;
  for (let u = units.length - 1; u >= 0; u--) {
    nextStart[u] = upcoming;
    const times = units[u]?.times;
    if (times && times.length > 0) upcoming = (times[0] as TimedWord).startMs;
  }
  let prevEnd = 0;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    if (unit.times) {
      if (unit.times.length > 0) prevEnd = endOf(unit.times, unit.times.length - 1);
      continue;
    }
    let wanted = DIRECTION_MS;
    if (!unit.direction) {
      wanted = 0;
      for (const w of unit.words) wanted += speechMsOf(w, speech);
    }
    const limit = nextStart[u] ?? Number.POSITIVE_INFINITY;
    const end = Math.max(prevEnd, Math.min(prevEnd + wanted, limit));
    const each = (end - prevEnd) / unit.words.length;
    const n = unit.words.length;
    const times: TimedWord[] = new Array(n);
    for (let k = 0; k < n; k++) {
      times[k] = {
        text: unit.words[k] as string,
        startMs: Math.round(prevEnd + k * each),
        endMs: Math.round(prevEnd + (k + 1) * each),
      };
    }
    unit.times = times;
    prevEnd = end;
  }
}

/** A scratch array for the speech times of one cut, grown as needed (read only during the cut). */
let speechTimes = new Float64Array(256);

function speechScratch(size: number): Float64Array {
  if (speechTimes.length < size)
    speechTimes = new Float64Array(Math.max(size, 2 * speechTimes.length));
  return speechTimes;
}

/**
 * Timed words: chunks of words between pauses of at least `pauseMs` (a pause always ends a cue),
 * each cut by the segmentation with the real speech times.
 */
function timedDraftsOfUnit(
  unit: Unit,
  times: WordTimes,
  limits: SubtitleLimits,
  segmentLimits: SegmentLimits,
  pauseMs: number,
  label: string | null,
  cache: WordCache,
): Draft[] {
  const drafts: Draft[] = [];
  let from = 0;
  const n = unit.words.length;
  // Words classified once for the whole block, then cut at the pauses.
  const whole = makeRun(unit.words, unit.sentenceEnds, cache, unit.glued);
  whole.source = unit.source;
  for (let k = 1; k <= n; k++) {
    const pause = k < n && (times[k] as TimedWord).startMs - endOf(times, k - 1) >= pauseMs;
    if (k < n && !pause) continue;
    const origin = (times[from] as TimedWord).startMs;
    const prefix = speechScratch(k - from + 1);
    for (let t = from; t < k; t++) prefix[t - from] = (times[t] as TimedWord).startMs - origin;
    prefix[k - from] = endOf(times, k - 1) - origin;
    const first = drafts.length === 0 && label !== null;
    const segments = segmentWords(
      whole,
      unit.sentenceEnds,
      prefix,
      segmentLimits,
      first ? limits.maxLines - 1 : limits.maxLines,
      from,
      k,
    );
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as (typeof segments)[number];
      const labelled = first && i === 0;
      const lines = labelled ? [label ?? '', ...segment.lines] : segment.lines;
      const widths = layoutWidths(whole, segment.from, segment.to, segment.layout);
      const start = (times[segment.from] as TimedWord).startMs;
      const end = endOf(times, segment.to - 1);
      drafts.push({
        parts: [{ speaker: unit.speakerName, lines }],
        words: unit.words.slice(segment.from, segment.to),
        weightMs: end - start,
        anchorMs: null,
        blocks: [unit.block],
        speakerKey: unit.speakerKey,
        dialogue: false,
        span: { start, end },
        widths: widths && labelled ? [graphemeCount(label ?? ''), ...widths] : widths,
      });
    }
    from = k;
  }
  return drafts;
}

/** The run of an untimed unit's words, its lines slices of the block's text when they can be. */
function untimedRun(unit: Unit, cache: WordCache): WordRun {
  const run = makeRun(unit.words, unit.sentenceEnds, cache, unit.glued);
  run.source = unit.source;
  return run;
}

function draftsOfUnit(
  unit: Unit,
  run: WordRun,
  limits: SubtitleLimits,
  speech: Speech,
  label: string | null,
): Draft[] {
  const n = unit.words.length;
  // A typed array: its doubles are stored unboxed (a plain array here held a boxed number each);
  // the shared scratch one (read only in this call), as a new typed array per block costs more
  // than the sums it holds.
  const speechPrefix = speechScratch(n + 1);
  speechPrefix[0] = 0;
  for (let k = 0; k < n; k++) {
    let ms = 0;
    if (!unit.direction) {
      const facts = run.facts[k] as WordFacts;
      if (facts.speechPace !== speech.pace) {
        facts.speechMs = wordSpeechMs(unit.words[k] as string, speech.language, speech.rateWpm);
        facts.speechPace = speech.pace;
      }
      ms = facts.speechMs;
    }
    speechPrefix[k + 1] = (speechPrefix[k] as number) + ms;
  }
  const firstCueLines = label !== null ? limits.maxLines - 1 : limits.maxLines;
  const segments = segmentWords(run, unit.sentenceEnds, speechPrefix, limits, firstCueLines);
  return segments.map((segment, i) => {
    const labelled = i === 0 && label !== null;
    const lines = labelled ? [label, ...segment.lines] : segment.lines;
    const widths = layoutWidths(run, segment.from, segment.to, segment.layout);
    const speechMs = (speechPrefix[segment.to] ?? 0) - (speechPrefix[segment.from] ?? 0);
    return {
      parts: [{ speaker: unit.speakerName, lines }],
      words: unit.words.slice(segment.from, segment.to),
      weightMs: unit.direction ? DIRECTION_MS : speechMs,
      anchorMs: i === 0 ? unit.block.timestampMs : null,
      blocks: [unit.block],
      speakerKey: unit.speakerKey,
      dialogue: false,
      span: null,
      widths: widths && labelled ? [graphemeCount(label), ...widths] : widths,
    };
  });
}

/**
 * Two short turns of different speakers share one subtitle as a dialogue, each line with a
 * leading hyphen (Netflix English: no space after it).
 */
function mergeDialogues(drafts: Draft[][], limits: SubtitleLimits, pauseMs: number): Draft[] {
  const out: Draft[] = [];
  for (let u = 0; u < drafts.length; u++) {
    const own = drafts[u] ?? [];
    const next = drafts[u + 1];
    const a = own[0];
    const b = next?.[0];
    // A turn: a speech block of a known speaker, one line long, not starting with a dash of its
    // own (`-ish.` would read as `--ish.`, an interruption).
    const short = (d: Draft): boolean =>
      d.parts.length === 1 &&
      d.parts[0]?.lines.length === 1 &&
      d.blocks[0]?.type === 'speech' &&
      d.blocks[0]?.speaker !== null &&
      !/^[-—–]/.test(d.parts[0]?.lines[0] ?? '') &&
      (d.widths?.[0] ?? graphemeCount(d.parts[0]?.lines[0] ?? '')) + 1 <= limits.maxCharsPerLine;
    if (
      own.length === 1 &&
      next?.length === 1 &&
      a &&
      b &&
      limits.maxLines >= 2 &&
      a.speakerKey !== b.speakerKey &&
      b.anchorMs === null &&
      short(a) &&
      short(b) &&
      a.weightMs + b.weightMs <= limits.maxDurationMs &&
      // Timed: one subtitle only when the second turn follows without a pause.
      (a.span === null) === (b.span === null) &&
      (a.span === null ||
        b.span === null ||
        (b.span.start - a.span.end < pauseMs && b.span.end - a.span.start <= limits.maxDurationMs))
    ) {
      out.push({
        parts: [a, b].map((d) => ({
          speaker: d.parts[0]?.speaker ?? null,
          lines: [`-${d.parts[0]?.lines[0] ?? ''}`],
        })),
        words: [...a.words, ...b.words],
        weightMs: a.weightMs + b.weightMs,
        anchorMs: a.anchorMs,
        blocks: [...a.blocks, ...b.blocks],
        speakerKey: b.speakerKey,
        dialogue: true,
        span: a.span && b.span ? { start: a.span.start, end: b.span.end } : null,
        widths: null,
      });
      u++;
      continue;
    }
    out.push(...own);
  }
  return out;
}

/**
 * A cue that is nothing but a number (a block reading `2024`) would be a digits-only line: join
 * it to the end of the previous cue's last line, or the start of the next cue's first line, of
 * the same speaker when the line has room.
 */
function joinNumberCues(drafts: Draft[], maxChars: number): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const lines = d.parts[0]?.lines ?? [];
    const numberOnly = d.parts.length === 1 && lines.length === 1 && isDigitsOnly(lines[0] ?? '');
    if (!numberOnly) {
      out.push(d);
      continue;
    }
    const text = lines[0] ?? '';
    const prev = out[out.length - 1];
    const prevPart = prev?.parts[prev.parts.length - 1];
    const prevLast = prevPart?.lines[prevPart.lines.length - 1];
    if (
      prev &&
      prevPart &&
      (prev.span === null) === (d.span === null) &&
      prevLast !== undefined &&
      !prev.dialogue &&
      d.anchorMs === null &&
      prev.speakerKey === d.speakerKey &&
      graphemeCount(prevLast) + 1 + graphemeCount(text) <= maxChars
    ) {
      prevPart.lines[prevPart.lines.length - 1] = `${prevLast} ${text}`;
      prev.widths = null;
      if (prev.span && d.span) prev.span.end = Math.max(prev.span.end, d.span.end);
      prev.words.push(...d.words);
      prev.weightMs += d.weightMs;
      prev.blocks.push(...d.blocks.filter((b) => !prev.blocks.includes(b)));
      continue;
    }
    const next = drafts[i + 1];
    const nextPart = next?.parts[0];
    const nextFirst = nextPart?.lines[0];
    if (
      next &&
      nextPart &&
      (next.span === null) === (d.span === null) &&
      nextFirst !== undefined &&
      !next.dialogue &&
      next.anchorMs === null &&
      next.speakerKey === d.speakerKey &&
      graphemeCount(nextFirst) + 1 + graphemeCount(text) <= maxChars
    ) {
      nextPart.lines[0] = `${text} ${nextFirst}`;
      next.widths = null;
      if (next.span && d.span) next.span.start = Math.min(next.span.start, d.span.start);
      next.words.unshift(...d.words);
      next.weightMs += d.weightMs;
      next.anchorMs = d.anchorMs;
      next.blocks.unshift(...d.blocks.filter((b) => !next.blocks.includes(b)));
      continue;
    }
    out.push(d);
  }
  return out;
}

function message(
  ruleId: string,
  reason: string,
  line: number | null,
  severity: Message['severity'] = 'warning',
): Message {
  return { ruleId, reason, line, column: null, severity };
}

/**
 * `(ms / 1000).toFixed(2)`, for a message. A whole number of ms not ending in 5 has no tie to
 * settle: its hundredths are its tens rounded, written without the number-to-text call (a cue
 * message each of an hour's fast cues; `toFixed` cost more than the rest of the message).
 */
function seconds(ms: number): string {
  if (Number.isInteger(ms) && ms >= 0 && ms < 1e12 && ms % 10 !== 5) {
    const hundredths = Math.round(ms / 10);
    const fraction = hundredths % 100;
    return `${Math.floor(hundredths / 100)}.${fraction < 10 ? '0' : ''}${fraction}`;
  }
  return (ms / 1000).toFixed(2);
}

/**
 * `value.toFixed(1)` for a message's reading speed: tenths rounded when the value is no tie
 * (checked on the value times ten, far from a half), else the number-to-text call.
 */
function tenths(value: number): string {
  const scaled = value * 10;
  if (value >= 0 && scaled < 1e8) {
    const whole = Math.floor(scaled);
    const rest = scaled - whole;
    if (Math.abs(rest - 0.5) > 1e-6) {
      const n = rest > 0.5 ? whole + 1 : whole;
      return `${Math.floor(n / 10)}.${n % 10}`;
    }
  }
  return value.toFixed(1);
}

/** A cue of `timing` ends past 99:59:59.999, the last time SRT and WebVTT can write. */
function pastClock(timing: Timing): boolean {
  let end = 0;
  for (const span of timing.spans) if (span.endFrame > end) end = span.endFrame;
  return end * timing.frameMs >= MAX_TIMESTAMP_MS;
}

/** The earliest time the drafts give (their words' or their anchors'), in ms; 0 with none. */
function firstTime(drafts: readonly Draft[], timed: boolean): number {
  let first = Number.POSITIVE_INFINITY;
  for (const d of drafts) {
    const at = timed ? d.span?.start : d.anchorMs;
    if (at != null && at < first) first = at;
  }
  return Number.isFinite(first) ? Math.max(0, first) : 0;
}

/** Time a cue is on screen, for a message. */
const shown = (cue: SubtitleCue): string => seconds(cue.endMs - cue.startMs);

/**
 * Every limit one cue breaks, as messages naming the cue added to `out` (the cue is written
 * anyway). `widths` are its lines' graphemes; `minFrames` and `maxFrames` the shortest and
 * longest durations in frames.
 */
function checkCue(
  cue: SubtitleCue,
  widths: readonly number[],
  span: FrameSpan,
  prev: FrameSpan | undefined,
  limits: SubtitleLimits,
  minFrames: number,
  maxFrames: number,
  out: Message[],
): void {
  for (let n = 0; n < cue.lines.length; n++) {
    const text = cue.lines[n] as string;
    const width = widths[n] as number;
    if (width > limits.maxCharsPerLine) {
      out.push(
        message(
          'line-too-long',
          `Cue ${cue.index}, line ${n + 1} has ${width} characters (limit ${limits.maxCharsPerLine}): “${text}” cannot be broken further.`,
          cue.line,
        ),
      );
    }
    if (isDigitsOnly(text)) {
      out.push(
        message(
          'digits-only-line',
          `Cue ${cue.index}, line ${n + 1} is only digits (“${text}”): an SRT reader may take it for a cue number.`,
          cue.line,
        ),
      );
    }
  }
  if (cue.lines.length > limits.maxLines) {
    out.push(
      message(
        'too-many-lines',
        `Cue ${cue.index} has ${cue.lines.length} lines (limit ${limits.maxLines}).`,
        cue.line,
      ),
    );
  }
  const length = span.endFrame - span.startFrame;
  if (length < minFrames) {
    out.push(
      message(
        'duration-too-short',
        `Cue ${cue.index} is on screen ${shown(cue)} s (minimum ${seconds(limits.minDurationMs)} s): the time available was too short for its text.`,
        cue.line,
      ),
    );
  }
  if (length > maxFrames) {
    out.push(
      message(
        'duration-too-long',
        `Cue ${cue.index} is on screen ${shown(cue)} s (maximum ${seconds(limits.maxDurationMs)} s).`,
        cue.line,
      ),
    );
  }
  if (prev && span.startFrame - prev.endFrame < limits.minGapFrames) {
    out.push(
      message(
        'gap-too-short',
        `Cue ${cue.index} starts ${span.startFrame - prev.endFrame} frames after the previous one (minimum ${limits.minGapFrames}).`,
        cue.line,
      ),
    );
  }
  if (cue.cps > limits.maxCps + 1e-9) {
    out.push(
      message(
        'cps-too-high',
        `Cue ${cue.index} needs ${tenths(cue.cps)} chars/s (limit ${limits.maxCps}): ${cue.chars} characters in ${shown(cue)} s; the speech is faster than viewers can read.`,
        cue.line,
      ),
    );
  }
  if (limits.maxWpm !== null && cue.wpm > limits.maxWpm + 1e-9) {
    out.push(
      message(
        'wpm-too-high',
        `Cue ${cue.index} needs ${Math.round(cue.wpm)} words/min (limit ${limits.maxWpm}): ${cue.words.length} words in ${shown(cue)} s.`,
        cue.line,
      ),
    );
  }
}

/**
 * Cue lists already compiled, by document and by the compile options that matter (one request's
 * outputs share one cache): see {@link compileShared}.
 */
export type CompileCache = WeakMap<ScriptDocument, Map<string, CompiledSubtitles>>;

/** A new, empty {@link CompileCache}. */
export function newCompileCache(): CompileCache {
  return new WeakMap();
}

/**
 * {@link compileSubtitles} once per document and compile options within `cache`: SRT, WebVTT and
 * the broadcast writers of one request share the compile when their options agree (a writer that
 * sets its own profile, rate or limits gets its own). The result is shared: callers only read it.
 * Without a cache, it compiles.
 */
export function compileShared(
  doc: ScriptDocument,
  options: SubtitleOptions,
  cache: CompileCache | undefined,
): CompiledSubtitles {
  if (cache === undefined) return compileSubtitles(doc, options);
  // Only the subtitle options change a compile (the schema drops every other option); no
  // profile means Netflix's (`resolveLimits`), so both name the same compile.
  const { profile, ...rest } = subtitleOptionsSchema().parse(options);
  const key = JSON.stringify({ profile: profile ?? 'netflix', ...rest });
  let byOptions = cache.get(doc);
  if (byOptions === undefined) {
    byOptions = new Map();
    cache.set(doc, byOptions);
  }
  let compiled = byOptions.get(key);
  if (compiled === undefined) {
    compiled = compileSubtitles(doc, options);
    byOptions.set(key, compiled);
  }
  return compiled;
}

/**
 * Compiles a document into timed subtitle cues, checks each against the limits, and reports every
 * cue that breaks one (the cue is still written).
 *
 * @example compileSubtitles(doc, { profile: 'bbc', duration: '120s' }).cues[0].lines
 */
export function compileSubtitles(
  doc: ScriptDocument,
  options?: SubtitleOptions,
): CompiledSubtitles {
  const o = subtitleOptionsSchema().parse(options ?? {});
  const messages: Message[] = [];
  const limits = resolveLimits(o, doc.language);
  if (limits.minDurationMs > limits.maxDurationMs) {
    messages.push(
      message(
        'subtitle-limits-conflict',
        `minDurationMs (${limits.minDurationMs}) is above maxDurationMs (${limits.maxDurationMs}); using ${limits.minDurationMs} for both.`,
        null,
      ),
    );
    limits.maxDurationMs = limits.minDurationMs;
  }
  const startMs = parseTimeValue(o.start, limits.fps);
  if (startMs === null) {
    messages.push(
      message(
        'bad-timecode',
        `start=${o.start} is not a valid time at ${limits.fps} fps; starting at 0.`,
        null,
      ),
    );
  }
  const durationMs = o.duration === undefined ? null : parseTimeValue(o.duration, limits.fps);
  if (o.duration !== undefined && durationMs === null) {
    messages.push(
      message(
        'bad-timecode',
        `duration=${o.duration} is not a valid time at ${limits.fps} fps; ignored.`,
        null,
      ),
    );
  }

  const language = primaryLanguage(doc.language);
  const rateWpm = o.speechRate ?? defaultSpeechRateWpm(language);
  const pace = paceNumber(language, rateWpm);
  const speech: Speech = { language, rateWpm, pace, msOf: new Map() };
  const cache = sharedWordCache();
  const perUnit: Draft[][] = [];
  // Timed words cut with the real speech times: the limits of every timed unit's segmentation.
  const segmentLimits: SegmentLimits = {
    ...limits,
    realMinDurationMs: limits.minDurationMs,
    realMaxCps: limits.maxCps,
  };
  let previousSpeaker: string | null = null;
  const cut = (unit: Unit): void => {
    const label =
      o.speakerLabels === 'name' &&
      limits.maxLines >= 2 &&
      unit.speakerName !== null &&
      !unit.direction &&
      unit.speakerKey !== previousSpeaker
        ? `(${unit.speakerName})`
        : null;
    perUnit.push(
      unit.times
        ? timedDraftsOfUnit(unit, unit.times, limits, segmentLimits, o.pauseMs, label, cache)
        : draftsOfUnit(unit, untimedRun(unit, cache), limits, speech, label),
    );
    if (!unit.direction) previousSpeaker = unit.speakerKey;
  };
  // Without timed words each unit is cut as soon as it is made. With them, every unit is made
  // first: a block without times gets its times from the timed words around it.
  let timed = false;
  if (doc.blocks.some((b) => (b.timedWords?.length ?? 0) > 0)) {
    const units: Unit[] = [];
    eachUnit(doc, o, limits.maxCharsPerLine, messages, (unit) => units.push(unit));
    timed = units.some((u) => u.times !== null);
    if (timed) fillUntimedUnits(units, speech);
    for (const unit of units) cut(unit);
  } else eachUnit(doc, o, limits.maxCharsPerLine, messages, cut);
  const merged =
    o.speakerLabels === 'dash' ? mergeDialogues(perUnit, limits, o.pauseMs) : perUnit.flat();
  const drafts = joinNumberCues(merged, limits.maxCharsPerLine);

  const settings = {
    fps: limits.fps,
    startMs: startMs ?? 0,
    durationMs,
    minDurationMs: limits.minDurationMs,
    maxDurationMs: limits.maxDurationMs,
    minGapFrames: limits.minGapFrames,
  };
  // Lists here and below made by loops at their length, not `map`: the optimizing compiler's
  // inlined `map` makes a list of another kind than the interpreter's, and every function
  // reading it was thrown back to the interpreter when the compiled one took over.
  const timeAll = (shiftMs: number, byReading = false): Timing => {
    if (timed && !byReading) {
      const spans: WordSpan[] = new Array(drafts.length);
      for (let i = 0; i < drafts.length; i++) {
        const span = (drafts[i] as Draft).span ?? { start: 0, end: 0 };
        spans[i] = shiftMs === 0 ? span : { start: span.start - shiftMs, end: span.end - shiftMs };
      }
      return timeWordCues(spans, settings);
    }
    const weights: TimingItem[] = new Array(drafts.length);
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      const anchorMs = d.anchorMs === null || byReading ? null : d.anchorMs - shiftMs;
      // By reading speed: its words at the speech rate, not the time its words were given.
      const weightMs = byReading
        ? (Math.max(1, d.words.length) * 60_000) / speech.rateWpm
        : d.weightMs;
      weights[i] = { weightMs, anchorMs };
    }
    return timeCues(weights, settings);
  };
  let timing = timeAll(0);
  // A clock that runs past 99:59:59.999, the last time SRT and WebVTT can write (a mission's
  // elapsed time, `04 06 45 52`): every time goes back by the whole hours before the first one,
  // so the cues keep their spacing and no two end up on the clock's last millisecond.
  if (pastClock(timing)) {
    const first = firstTime(drafts, timed);
    const shiftMs = Math.floor(first / 3_600_000) * 3_600_000;
    const shifted = shiftMs > 0 ? timeAll(shiftMs) : timing;
    if (pastClock(shifted)) {
      // Times spanning more than the clock itself (a tick rate lost): the cues are timed as
      // text with no times is, by reading speed.
      timing = timeAll(0, true);
      messages.push(
        message(
          'clock-shifted',
          'The transcript’s times span more than 100 hours, more than SRT and WebVTT can write: its cues are timed by reading speed instead.',
          null,
          'warning',
        ),
      );
    } else if (shiftMs > 0) {
      timing = shifted;
      messages.push(
        message(
          'clock-shifted',
          `The transcript’s times run past 99:59:59.999, the last time SRT and WebVTT can write: every time is written ${shiftMs / 3_600_000} hours earlier (${formatHms(first, '.')} is ${formatHms(first - shiftMs, '.')}).`,
          null,
          'warning',
        ),
      );
    }
  }
  if (timed && durationMs !== null) {
    messages.push(
      message(
        'duration-ignored',
        'The input is timed: cues follow the words’ times, and duration= is not used.',
        null,
        'info',
      ),
    );
  }
  const frameMs = timing.frameMs;
  const minFrames = Math.max(1, Math.ceil(limits.minDurationMs / frameMs - 1e-9));
  const maxFrames = Math.max(minFrames, Math.floor(limits.maxDurationMs / frameMs + 1e-9));

  // Graphemes of each cue's lines, measured once for the reading speed and the checks.
  const widths: number[][] = [];
  const cues: SubtitleCue[] = new Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const span = timing.spans[i] ?? { startFrame: 0, endFrame: 1 };
    const startMsOf = Math.round(span.startFrame * frameMs);
    const endMsOf = Math.round(span.endFrame * frameMs);
    // One part: its lines are the cue's (nothing changes either list once the cue is made).
    let lines: string[];
    if (d.parts.length === 1) lines = (d.parts[0] as CuePart).lines;
    else {
      lines = [];
      for (const part of d.parts) for (const line of part.lines) lines.push(line);
    }
    let lineWidths = d.parts.length === 1 ? d.widths : null;
    if (lineWidths === null) {
      lineWidths = new Array(lines.length);
      for (let n = 0; n < lines.length; n++) lineWidths[n] = graphemeCount(lines[n] as string);
    }
    widths.push(lineWidths);
    let chars = 0;
    for (const width of lineWidths) chars += width;
    const shownMs = Math.max(1, endMsOf - startMsOf);
    const blockIds: string[] = new Array(d.blocks.length);
    for (let b = 0; b < d.blocks.length; b++) blockIds[b] = (d.blocks[b] as Block).id;
    cues[i] = {
      index: i + 1,
      startMs: startMsOf,
      endMs: endMsOf,
      parts: d.parts,
      lines,
      words: d.words,
      chars,
      cps: chars / (shownMs / 1000),
      wpm: d.words.length / (shownMs / 60_000),
      blockIds,
      line: d.blocks[0]?.line ?? 1,
    };
  }

  for (const issue of timing.issues) {
    const cue = cues[issue.item];
    if (cue) messages.push(message(issue.ruleId, `Cue ${cue.index}: ${issue.reason}.`, cue.line));
  }
  for (let i = 0; i < cues.length; i++) {
    const prev = timing.spans[i - 1];
    const span = timing.spans[i] ?? { startFrame: 0, endFrame: 0 };
    checkCue(
      cues[i] as SubtitleCue,
      widths[i] ?? [],
      span,
      prev,
      limits,
      minFrames,
      maxFrames,
      messages,
    );
  }
  if (cues.length === 0) {
    messages.push(
      message('no-subtitles', 'The document has no spoken text to subtitle.', null, 'info'),
    );
  }
  return { cues, messages, limits };
}
