/**
 * The plain-text time-marked formats of speech recognition toolkits (NIST SCTK, Kaldi, ESPnet,
 * NeMo, k2), read as timed words:
 * - **CTM** (time-marked conversation), a word a line:
 *   `<file> <channel> <start> <duration> <word> [<confidence> [<type> [<speaker>]]]`, times in
 *   seconds; `;;` opens a comment. The rich form (NIST RT) adds the token's type (`lex`, `fp`,
 *   `frag`, `non-lex` …) and the speaker. Two channels or more with no speaker field: each
 *   channel a voice.
 * - **STM** (segment time mark), a segment a line:
 *   `<file> <channel> <speaker> <start> <end> [<label>] <text>`, the text spread over the
 *   segment by length. `ignore_time_segment_in_scoring` segments and `inter_segment_gap`
 *   speakers are no speech.
 *
 * Both are told by every line (comments and blanks aside) having their fields, two lines at
 * least, with times as decimal numbers: ordinary text that opens with numbers is never taken.
 * Pure: no Hono, no Worker globals.
 */
import type { Message } from '../../core/document.ts';
import { lazyRegExp } from '../../core/lazy.ts';
import { type IngestedText, sourceLines } from '../lines.ts';
import { asrWordsToText } from './index.ts';
import { type AsrWord, isCodeLabel } from './types.ts';
import { spread } from './whisper.ts';

/** Seconds as a decimal number (`0.35`, `12`, `1.2e1` is not one). */
const SECONDS = /^\d{1,7}(?:\.\d{1,6})?$/;
/** A confidence: a number, or `NA`/`-` when none was computed. */
const CONFIDENCE = /^(?:\d(?:\.\d+)?|\.\d+|NA|-)$/i;
/** NIST RT's token types. */
const CTM_TYPES = new Set(['lex', 'fp', 'frag', 'un-lex', 'for-lex', 'non-lex', 'misc']);
/** Tokens that are no words: silence, noise and other sounds a lexicon names in brackets. */
const NON_WORD = /^(?:<[^<>\s]{1,20}>|\[[^[\]\s]{1,20}\]|!sil|sil|sp|spn|nsn)$/i;
/** An STM segment label: `<o,f0,male>`. */
const STM_LABEL = /^<[^<>\s]{0,60}>$/;
/** How many lines the detector looks at. */
const SNIFF_LINES = 20;

/** The lines of `source` that are neither blank nor `;;` comments, at most `limit`. */
function contentLines(source: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let from = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (from < source.length && out.length < limit) {
    let to = source.indexOf('\n', from);
    if (to === -1) to = source.length;
    const line = source.slice(from, to).trim();
    if (line !== '' && !line.startsWith(';;')) out.push(line);
    from = to + 1;
  }
  return out;
}

/** A CTM line's fields: the word's, its type and speaker when written; null when the line is none. */
interface CtmLine {
  file: string;
  channel: string;
  start: string;
  duration: string;
  word: string;
  type: string | null;
  speaker: string | null;
}

/**
 * A CTM line, or null. After the word, in the order tools write them: a confidence (a number or
 * `NA`), NIST RT's token type (`lex`, `fp`, `non-lex` …), the speaker (last).
 */
function ctmFields(line: string): CtmLine | null {
  const f = line.split(/\s+/);
  if (f.length < 5 || f.length > 8) return null;
  const [file, channel, start, duration, word] = f as [string, string, string, string, string];
  if (!SECONDS.test(start) || !SECONDS.test(duration)) return null;
  let confidence = false;
  let type: string | null = null;
  let speaker: string | null = null;
  for (let i = 5; i < f.length; i++) {
    const field = f[i] as string;
    if (!confidence && type === null && CONFIDENCE.test(field)) confidence = true;
    else if (type === null && CTM_TYPES.has(field.toLowerCase())) type = field.toLowerCase();
    else if (i === f.length - 1 && (confidence || type !== null) && !SECONDS.test(field))
      speaker = field;
    else if (i === f.length - 1 && type !== null && CONFIDENCE.test(field)) confidence = true;
    else return null;
  }
  return { file, channel, start, duration, word, type, speaker };
}

/** An STM line's fields (the label apart, the text as one), or null when the line is none. */
function stmFields(
  line: string,
): { channel: string; speaker: string; start: number; end: number; text: string } | null {
  const f = line.split(/\s+/);
  if (f.length < 5) return null;
  const [, channel, speaker, start, end] = f as [string, string, string, string, string];
  if (!SECONDS.test(start) || !SECONDS.test(end) || Number(end) < Number(start)) return null;
  // A speaker is no number (that would be a CTM's time).
  if (SECONDS.test(speaker)) return null;
  const rest = f.slice(5);
  if (rest[0] !== undefined && STM_LABEL.test(rest[0])) rest.shift();
  return { channel, speaker, start: Number(start), end: Number(end), text: rest.join(' ') };
}

/** The longest a word of a CTM lasts, in seconds (a list's numbers are no durations). */
const MAX_WORD_SECONDS = 30;

/**
 * True when the lines look as a recognizer writes them, not as a list that opens with numbers:
 * most times written with a decimal point, and each recording's channel on two lines or more
 * on average (a recording has many words or segments, a line each).
 */
function toolkitLines(times: readonly string[], keys: readonly string[]): boolean {
  let decimal = 0;
  for (const t of times) if (t.includes('.')) decimal++;
  return decimal * 2 >= times.length && new Set(keys).size * 2 <= keys.length;
}

/**
 * True when the text is CTM: three lines or more (comments aside), each with a file, a channel, a
 * start and a duration in seconds and one word, perhaps a confidence, type and speaker; each
 * channel of a recording on two lines or more on average.
 *
 * @example looksLikeCtm('a 1 0.00 0.30 hello 0.98\na 1 0.30 0.25 big 0.95\na 1 0.55 0.4 world\n') // true
 */
export function looksLikeCtm(text: string): boolean {
  const lines = contentLines(text.slice(0, 4096), SNIFF_LINES + 1);
  // The last line of the slice may be cut.
  if (lines.length > SNIFF_LINES) lines.pop();
  if (lines.length < 3) return false;
  const times: string[] = [];
  const keys: string[] = [];
  for (const line of lines) {
    const f = ctmFields(line);
    if (!f || Number(f.duration) > MAX_WORD_SECONDS) return false;
    times.push(f.start, f.duration);
    keys.push(`${f.file} ${f.channel}`);
  }
  return toolkitLines(times, keys);
}

/**
 * True when the text is STM: two lines or more (comments aside), each with a file, a channel, a
 * speaker, a start and an end in seconds, then the text; each recording on two lines or more.
 *
 * @example looksLikeStm('a A spk1 0.00 2.10 good evening\na A spk2 2.10 3.00 hello\n') // true
 */
export function looksLikeStm(text: string): boolean {
  const lines = contentLines(text.slice(0, 8192), SNIFF_LINES + 1);
  if (lines.length > SNIFF_LINES) lines.pop();
  if (lines.length < 2) return false;
  const times: string[] = [];
  const keys: string[] = [];
  for (const line of lines) {
    const f = line.split(/\s+/);
    if (!stmFields(line)) return false;
    times.push(f[3] as string, f[4] as string);
    keys.push(`${f[0]} ${f[1]}`);
  }
  return toolkitLines(times, keys);
}

function message(ruleId: string, reason: string, severity: Message['severity']): Message {
  return { ruleId, reason, line: 1, column: 1, severity };
}

/** Words read, lines that were not, tokens that are no words, and words the sort moved. */
interface Read {
  words: AsrWord[];
  /** 1-based numbers of lines that are not lines of the format. */
  unread: number[];
  nonWords: number;
}

/**
 * Words merged by start time, stable (a channel's own order holds at equal times); how many
 * words came before a word of their own channel that started earlier (out of order in the file).
 */
function inTimeOrder(words: AsrWord[], channels: readonly string[]): number {
  let disorder = 0;
  const last = new Map<string, number>();
  words.forEach((w, i) => {
    const channel = channels[i] as string;
    if (w.start < (last.get(channel) ?? Number.NEGATIVE_INFINITY)) disorder++;
    last.set(channel, Math.max(w.start, last.get(channel) ?? w.start));
  });
  const sorted = words
    .map((word, i) => ({ word, i }))
    .sort((a, b) => a.word.start - b.word.start || a.i - b.i);
  for (let i = 0; i < sorted.length; i++) words[i] = (sorted[i] as { word: AsrWord }).word;
  return disorder;
}

function readCtm(source: string): Read & { disorder: number } {
  const words: AsrWord[] = [];
  const channels: string[] = [];
  const unread: number[] = [];
  let nonWords = 0;
  const seen = new Set<string>();
  let line = 0;
  for (const raw of sourceLines(source)) {
    line++;
    const text = raw.trim();
    if (text === '' || text.startsWith(';;')) continue;
    const f = ctmFields(text);
    if (!f) {
      unread.push(line);
      continue;
    }
    if (f.type === 'non-lex' || f.type === 'misc' || NON_WORD.test(f.word)) {
      nonWords++;
      continue;
    }
    const start = Math.round(Number(f.start) * 1000);
    const end = start + Math.round(Number(f.duration) * 1000);
    const channel = `${f.file} ${f.channel}`;
    seen.add(channel);
    channels.push(channel);
    words.push({ text: f.word, start, end, speaker: f.speaker, line });
  }
  // Several recordings' channels (or several channels) and no speaker field: each a voice.
  if (seen.size > 1 && words.every((w) => w.speaker === null)) {
    const numbers = new Map([...seen].map((c, i) => [c, String(i + 1)]));
    words.forEach((w, i) => {
      w.speaker = numbers.get(channels[i] as string) ?? null;
    });
  }
  return { words, unread, nonWords, disorder: inTimeOrder(words, channels) };
}

/** STM's own markup in a segment's text: `(uh)` an optional word, `{ a / b }` alternatives. */
function stmText(text: string, read: { alternatives: number }): string {
  // One pass over each brace's content (no pattern that can match a run of spaces two ways).
  return text
    .replace(/\{([^{}]*)\}/g, (_, inner: string) => {
      const choices = inner.split('/');
      read.alternatives += choices.length - 1;
      return choices[0] ?? '';
    })
    .replace(/\(([^()\s]{1,30})\)/g, '$1')
    .trim();
}

/** A speaker id that is a person's name: capitalized words, no digits (`Jane_Doe`, `Maria`). */
const NAME_ID = lazyRegExp(String.raw`^\p{Lu}[\p{L}'.-]*(?:_\p{Lu}[\p{L}'.-]*)*$`, 'u');

function readStm(
  source: string,
): Read & { disorder: number; ignored: number; alternatives: number } {
  const counts = { alternatives: 0 };
  const speakers = new Map<string, string>();
  const words: AsrWord[] = [];
  const channels: string[] = [];
  const unread: number[] = [];
  let nonWords = 0;
  let ignored = 0;
  let line = 0;
  for (const raw of sourceLines(source)) {
    line++;
    const text = raw.trim();
    if (text === '' || text.startsWith(';;')) continue;
    const f = stmFields(text);
    if (!f) {
      unread.push(line);
      continue;
    }
    if (
      f.text === 'ignore_time_segment_in_scoring' ||
      f.speaker === 'inter_segment_gap' ||
      f.speaker === 'excluded_region'
    ) {
      ignored++;
      continue;
    }
    const kept: string[] = [];
    for (const w of stmText(f.text, counts).split(/\s+/)) {
      if (w === '') continue;
      if (NON_WORD.test(w)) nonWords++;
      else kept.push(w);
    }
    if (kept.length === 0) continue;
    // A speaker written as a name (`Jane_Doe`) is the name (`Jane Doe`); any other id
    // (`caller1`, `en_4156_A`) is a code, numbered in order (`spk_1` …: Speaker N).
    let speaker = speakers.get(f.speaker);
    if (speaker === undefined) {
      speaker =
        NAME_ID.test(f.speaker) && !isCodeLabel(f.speaker)
          ? f.speaker.replace(/_/g, ' ')
          : isCodeLabel(f.speaker)
            ? f.speaker
            : `spk_${speakers.size + 1}`;
      speakers.set(f.speaker, speaker);
    }
    const segment = spread(
      kept.join(' '),
      Math.round(f.start * 1000),
      Math.round(f.end * 1000),
      speaker,
    );
    const first = segment[0];
    if (first) first.paragraph = true;
    for (const w of segment) {
      w.line = line;
      words.push(w);
      channels.push(`${f.channel}`);
    }
  }
  return {
    words,
    unread,
    nonWords,
    ignored,
    alternatives: counts.alternatives,
    disorder: inTimeOrder(words, channels),
  };
}

/** The messages every reading gives: what was read, what was left out, what was moved. */
function readMessages(
  what: string,
  read: Read & { disorder: number; ignored?: number; alternatives?: number },
): Message[] {
  const messages = [
    message('asr-input', `Read ${what} (${read.words.length} timed words)`, 'info'),
  ];
  if (read.unread.length > 0) {
    const lines = read.unread.slice(0, 5).join(', ');
    messages.push({
      ...message(
        'nist-unread-lines',
        `Left out ${read.unread.length} line(s) that are not ${what.split(' ')[0]} lines (line ${lines}${read.unread.length > 5 ? ' …' : ''})`,
        // No word read: the reason the input gives no text (a 422 that says it).
        read.words.length === 0 ? 'error' : 'warning',
      ),
      line: read.unread[0] as number,
    });
  }
  if (read.nonWords > 0) {
    messages.push(
      message(
        'asr-tool-markers',
        `Dropped ${read.nonWords} token(s) that are no words (silence, noise: <sil>, [noise], non-lex)`,
        'info',
      ),
    );
  }
  if ((read.ignored ?? 0) > 0) {
    messages.push(
      message(
        'nist-ignored-segments',
        `Left out ${read.ignored} segment(s) marked as no speech (ignore_time_segment_in_scoring, inter_segment_gap)`,
        'info',
      ),
    );
  }
  if ((read.alternatives ?? 0) > 0) {
    messages.push(
      message(
        'nist-alternatives',
        `Kept the first of each set of alternative transcriptions ({ a / b }): ${read.alternatives} alternative(s) left out`,
        'info',
      ),
    );
  }
  if (read.disorder > 0) {
    messages.push(
      message(
        'asr-time-order',
        `${read.disorder} word(s) came after a later word of their channel; all words are read in time order`,
        'warning',
      ),
    );
  }
  return messages;
}

function toLines(
  what: string,
  read: Read & { disorder: number; ignored?: number; alternatives?: number },
): IngestedText {
  const result = asrWordsToText(read.words);
  result.messages = [...readMessages(what, read), ...(result.messages ?? [])];
  return result;
}

/**
 * CTM text to transcript text and timed words.
 *
 * @example ctmToLines('a 1 0.00 0.30 hello\na 1 0.30 0.25 world\n').text // 'hello world'
 */
export function ctmToLines(source: string): IngestedText {
  return toLines('CTM (time-marked words)', readCtm(source));
}

/**
 * STM text to transcript text and timed words, each segment's text spread over it by length.
 *
 * @example stmToLines('a A spk1 0.0 1.0 hello\na A spk2 1.0 2.0 hi\n').text // 'Speaker 1: hello\n\nSpeaker 2: hi'
 */
export function stmToLines(source: string): IngestedText {
  return toLines('STM (time-marked segments)', readStm(source));
}
