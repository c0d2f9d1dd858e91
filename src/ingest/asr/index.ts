/**
 * Speech-to-text JSON (word-timed) to transcript text plus timed tokens. Each vendor's reader
 * gives the spoken words with times and diarization labels; this module turns labels into
 * `Speaker N:` turns (numbered in order of first appearance, a turn wherever the label changes),
 * starts a paragraph where the vendor does (Deepgram paragraphs, AssemblyAI utterances), else
 * after a pause, and after a long run at a sentence end, and hands the core the words' times. Pure: no Hono, no Worker globals.
 */
import type { Message } from '../../core/document.ts';
import { lazyRegExp } from '../../core/lazy.ts';
import type { TimedToken } from '../../core/timed.ts';
import type { IngestedText } from '../lines.ts';
import { assemblyai } from './assemblyai.ts';
import { awsTranscribe } from './aws.ts';
import { azureSpeech } from './azure.ts';
import { coquiStt } from './coqui.ts';
import { deepgram } from './deepgram.ts';
import { elevenLabs } from './elevenlabs.ts';
import { resultText, unwrap } from './envelope.ts';
import { gentle } from './gentle.ts';
import { googleSpeech } from './google.ts';
import { asrLanguage } from './language.ts';
import { nemo } from './nemo.ts';
import { oTranscribe } from './otranscribe.ts';
import { premierePro } from './premiere.ts';
import { revai } from './revai.ts';
import { sherpaOnnx } from './sherpa.ts';
import { soniox } from './soniox.ts';
import { speechmatics } from './speechmatics.ts';
import { jsonLines, unstream } from './streaming.ts';
import { transformersPipeline } from './transformers.ts';
import {
  type AsrReader,
  AsrTimeError,
  type AsrWord,
  capitalizedName,
  isCodeLabel,
  isObject,
  UNKNOWN_VOICE,
} from './types.ts';
import { vosk } from './vosk.ts';
import { ibmWatson } from './watson.ts';
import { whisperCpp, whisperOpenAi, whisperX } from './whisper.ts';
import { youtubeJson3 } from './youtube.ts';

export { resultText } from './envelope.ts';
export type { AsrWord } from './types.ts';
export { isCodeLabel } from './types.ts';

/** Speech-to-text formats, in the order their shapes are tried. */
export const ASR_FORMATS = [
  'deepgram',
  'aws-transcribe',
  'revai',
  'speechmatics',
  'whisper-cpp',
  'premiere-pro',
  'whisperx',
  'whisper',
  'assemblyai',
  'ibm-watson',
  'google-speech',
  'azure-speech',
  'elevenlabs',
  'soniox',
  'vosk',
  'youtube-json3',
  'nemo',
  'transformers',
  'coqui-stt',
  'sherpa-onnx',
  'otranscribe',
  'gentle',
] as const;
export type AsrFormat = (typeof ASR_FORMATS)[number];

const READERS: Readonly<Record<AsrFormat, AsrReader>> = {
  deepgram,
  'aws-transcribe': awsTranscribe,
  revai,
  speechmatics,
  'whisper-cpp': whisperCpp,
  'premiere-pro': premierePro,
  whisperx: whisperX,
  whisper: whisperOpenAi,
  assemblyai,
  'ibm-watson': ibmWatson,
  'google-speech': googleSpeech,
  'azure-speech': azureSpeech,
  elevenlabs: elevenLabs,
  soniox,
  vosk,
  'youtube-json3': youtubeJson3,
  nemo,
  transformers: transformersPipeline,
  'coqui-stt': coquiStt,
  'sherpa-onnx': sherpaOnnx,
  otranscribe: oTranscribe,
  gentle,
};

/** The latest time a word may have: 100 hours, where a subtitle's clock (99:59:59,999) ends. */
const MAX_TIME_MS = 100 * 3_600_000;

/** A pause this long between two words of one speaker starts a new paragraph (ms). */
const ASR_PARAGRAPH_GAP_MS = 2000;
/** After this many words a paragraph ends at the next sentence end. */
const ASR_PARAGRAPH_MAX_WORDS = 80;

/**
 * The speech-to-text format a parsed JSON value has, or null.
 *
 * @example detectAsrFormat({ results: { channels: [{ alternatives: [] }] } }) // 'deepgram'
 */
export function detectAsrFormat(json: unknown): AsrFormat | null {
  return shaped(json)?.format ?? null;
}

/**
 * The format of `json` and the value its reader takes: `json` itself, or what its envelope
 * holds (`{ "result": … }`, a bare list of segments: ./envelope.ts), three levels deep at most.
 */
function shaped(json: unknown): { format: AsrFormat; value: unknown } | null {
  // A live session's messages are read as the batch result of its final results.
  let value = unstream(json)?.value ?? json;
  for (let depth = 0; depth < 4 && value !== null; depth++) {
    for (const format of ASR_FORMATS) if (READERS[format].detect(value)) return { format, value };
    value = unwrap(value);
  }
  return null;
}

/**
 * The value of the last JSON text parsed to tell what it is (the edge's request-or-transcript
 * check, {@link detectAsrText}), kept for the reader of that same text, which takes it once: an
 * hour of speech-to-text JSON (1.6 MB) is parsed once per request, not twice.
 */
let parsedAhead: { source: string; value: unknown } | null = null;

/** Hands the reader the value `source` parsed to (see {@link parsedAhead}). */
export function keepParsedJson(source: string, value: unknown): void {
  parsedAhead = { source, value };
}

/** Parses JSON text (a leading byte order mark allowed), or null when it does not parse. */
function parseJson(source: string): unknown {
  const ahead = parsedAhead;
  parsedAhead = null;
  if (ahead !== null && ahead.source === source) return ahead.value;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A live session's log: JSON Lines, one message a line.
    return jsonLines(text);
  }
}

/** The speech-to-text format of JSON text, or null (not JSON, or no known shape). */
export function detectAsrText(source: string): AsrFormat | null {
  const head = source.trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return null;
  const value = parseJson(head);
  const format = detectAsrFormat(value);
  // The reader that follows takes the value rather than parsing the text again.
  if (format !== null) keepParsedJson(head, value);
  return format;
}

/** The words of a speech-to-text JSON value, read as `format` (`auto`: by its shape). */
export function readAsrWords(json: unknown, format: AsrFormat | 'auto' = 'auto'): AsrWord[] {
  const chosen = format === 'auto' ? detectAsrFormat(json) : format;
  return chosen ? readOrError(chosen, json) : [];
}

/** The words `format`'s reader gives, or the reason it refused a time (none then). */
function readOrError(
  format: AsrFormat,
  json: unknown,
  why: string[] = [],
  notes: Message[] = [],
): AsrWord[] {
  // A live session's messages as the batch result of its final results; a result in an
  // envelope is read from inside it.
  const given = unstream(json)?.value ?? json;
  const value =
    unwrap(given) === null || READERS[format].detect(given)
      ? given
      : (shaped(given)?.value ?? given);
  try {
    const words = READERS[format].read(value);
    for (const note of READERS[format].leftOut?.(value) ?? [])
      notes.push(message(note.ruleId, note.reason, 'info'));
    // A time no recording reaches (past 100 hours, a subtitle's last clock time): a unit
    // mistaken or a corrupt number, refused rather than pushing every later word past it.
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as AsrWord;
      if (w.start > MAX_TIME_MS || w.end > MAX_TIME_MS) {
        why.push(
          `${format} word ${i + 1} ("${w.text.slice(0, 40)}") is timed at ${Math.round(Math.max(w.start, w.end) / 3_600_000)} hours, past the 100 hours a subtitle clock counts`,
        );
        return [];
      }
    }
    return words;
  } catch (error) {
    if (!(error instanceof AsrTimeError)) throw error;
    why.push(error.message);
    return [];
  }
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/**
 * A recognizer's own marker, not a word: whisper.cpp's `[BLANK_AUDIO]` for silence and its
 * special tokens (`[_BEG_]`, `[_TT_150]`, `<|endoftext|>`) when printed into the text, IBM
 * Watson's `%HESITATION` where someone hesitated, and the marks for words not made out (`<unk>`,
 * Rev.ai's `<unknown>`, `<inaudible>`, `<crosstalk>`); a Kaldi lexicon's tokens in a Vosk or
 * Kaldi result (`[unk]`, `<UNK>`, `[noise]`, `<noise>`, `<v-noise>`, `<spoken_noise>`, `<sil>`)
 * and SentencePiece's unknown piece as NeMo and sherpa-onnx print it (`⁇`). A sound a recognizer
 * names (`[laughter]`, `[music]`) is no marker: it stays a direction. Soniox's control tokens
 * `<end>` and `<fin>` are markers too.
 */
const TOOL_MARKER = lazyRegExp(
  String.raw`^(?:\[BLANK_AUDIO\]|\[_[A-Z_0-9]+_?\]|<\|[a-z_0-9]+\|>|%HESITATION|<(?:unk|unknown|inaudible|crosstalk)>[.,;:?!]*|<(?:unk|noise|v-noise|spoken_noise|sil|end|fin)>|\[(?:unk|noise|vocalized-noise)\]|\u2047+)$`,
  'i',
);
/** Whitespace anywhere (a word with none needs no collapsing or trimming). */
const HAS_SPACE = /\s/;

/**
 * True when `text` may hold whitespace: a character at or below the space, or any non-ASCII one
 * (then {@link HAS_SPACE} decides). Most words are short ASCII: no regular expression for them.
 */
function mayHaveSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return HAS_SPACE.test(text);
  }
  return false;
}

function message(ruleId: string, reason: string, severity: Message['severity']): Message {
  // The whole input is one JSON value: messages point at its first line.
  return { ruleId, reason, line: 1, column: 1, severity };
}

/**
 * Times for words the service left untimed (NaN): between the timed words around them, shared
 * evenly; reported once with the count.
 */
function fillUntimed(words: readonly AsrWord[]): { words: readonly AsrWord[]; filled: number } {
  // Nearly every result times every word: no copy then.
  if (words.every((w) => Number.isFinite(w.start) && Number.isFinite(w.end))) {
    return { words, filled: 0 };
  }
  const out = words.map((w) => ({ ...w }));
  let filled = 0;
  let i = 0;
  while (i < out.length) {
    if (Number.isFinite(out[i]?.start) && Number.isFinite(out[i]?.end)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && !(Number.isFinite(out[j]?.start) && Number.isFinite(out[j]?.end))) j++;
    const before = i > 0 ? (out[i - 1]?.end ?? 0) : 0;
    const after = j < out.length ? (out[j]?.start ?? before) : before;
    const to = Math.max(before, after);
    const each = (to - before) / (j - i);
    for (let k = i; k < j; k++) {
      const w = out[k] as AsrWord;
      w.start = Math.round(before + (k - i) * each);
      w.end = Math.round(before + (k - i + 1) * each);
    }
    filled += j - i;
    i = j;
  }
  return { words: out, filled };
}

/**
 * Words of several voices saved one voice after another (a multichannel result written channel
 * by channel: Rev.ai's monologues, a per-speaker export) merged by start time, stable; each
 * voice's own order kept. Null when the words are in time order already, or when a voice's own
 * words are out of order (a glitch, not a layout: repaired downstream, `timed-words-reordered`).
 */
function mergeVoices(words: readonly AsrWord[]): AsrWord[] | null {
  let last = Number.NEGATIVE_INFINITY;
  let sorted = true;
  for (let i = 0; i < words.length && sorted; i++) {
    const start = (words[i] as AsrWord).start;
    if (start < last) sorted = false;
    else if (start > last) last = start;
  }
  if (sorted) return null;
  const voices = new Map<string | null, number>();
  const keyed: { word: AsrWord; at: number; i: number }[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as AsrWord;
    const before = voices.get(word.speaker);
    if (before !== undefined && word.start < before) return null;
    if (Number.isFinite(word.start)) {
      voices.set(word.speaker, word.start);
      at = word.start;
    }
    keyed.push({ word, at, i });
  }
  if (voices.size < 2) return null;
  return keyed.sort((a, b) => a.at - b.at || a.i - b.i).map((k) => k.word);
}

/**
 * Words to transcript text and timed tokens. Diarization labels become `Speaker 1`, `Speaker 2`…
 * in order of first appearance; each turn starts with `Speaker N: `.
 *
 * @example asrWordsToText([{ text: 'Hi.', start: 0, end: 300, speaker: 'A' }]).text // 'Speaker 1: Hi.'
 */
export function asrWordsToText(given: readonly AsrWord[]): IngestedText {
  const merged = mergeVoices(given);
  const { words, filled } = fillUntimed(merged ?? given);
  const names = new Map<string, string>();
  let coded = 0;
  // At most one token per word: sized once (an hour has ten thousand), cut to length at the end.
  const tokens: TimedToken[] = new Array(words.length);
  let tokenCount = 0;
  // The text so far, paragraphs apart by a blank line; the open paragraph's word count and last
  // word (one string built as it goes: no array of words per paragraph).
  let body = '';
  let count = 0;
  let lastWord = '';
  let speaker: string | null | undefined;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let markers = 0;
  /** Words with no text (empty or spaces), times before zero, ends before starts. */
  let empty = 0;
  let negative = 0;
  let backwards = 0;
  /** Turns of a voice the service could not tell (`UU`). */
  let unknown = 0;
  // The vendor's paragraphs when it gives them, else a pause starts one.
  const vendorParagraphs = words.some((w) => w.paragraph === true);
  // A line-based file (CTM, STM): each line of the text maps to the file's line of its first word,
  // so the document's blocks and messages point into the file.
  const lines: number[] | null = words[0]?.line !== undefined ? [] : null;
  // The text's lines that open with a speaker's name (a paragraph is one line, a blank between).
  const tagLines = new Set<number>();
  let paragraphs = 0;
  const flush = () => {
    count = 0;
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as AsrWord;
    const text = mayHaveSpace(word.text) ? word.text.replace(/\s+/g, ' ').trim() : word.text;
    if (!text) {
      empty++;
      continue;
    }
    // A marker opens with `[`, `<` or `%`.
    const open = text.charCodeAt(0);
    if (
      (open === 0x5b || open === 0x3c || open === 0x25 || open === 0x2047) &&
      TOOL_MARKER.test(text)
    ) {
      markers++;
      continue;
    }
    // A word without a label (a filler AWS left unassigned) belongs to the turn it falls in.
    const label = word.speaker ?? speaker ?? null;
    let prefix = '';
    if (label !== speaker) {
      flush();
      speaker = label;
      if (label === UNKNOWN_VOICE) {
        // A voice the service could not tell: a new voice, unnamed (as captions' `>>`).
        prefix = '>> ';
        unknown++;
      } else if (label !== null) {
        let name = names.get(label);
        if (!name) {
          // A service's code (`SPEAKER_00`, `spk_0`, `A`, `1`) is Speaker N; a name a tool or a
          // person gave the voice (`Jane Doe`, `Interviewer`) is kept as it is, capitalized when
          // written all in lower case (OpenAI's `known_speaker_names` as given: `agent`, `maria`).
          name = isCodeLabel(label) ? `Speaker ${++coded}` : (capitalizedName(label) ?? label);
          names.set(label, name);
        }
        prefix = `${name}: `;
      }
    } else if (
      (vendorParagraphs ? word.paragraph === true : word.start - lastEnd >= ASR_PARAGRAPH_GAP_MS) ||
      (count >= ASR_PARAGRAPH_MAX_WORDS && SENTENCE_END.test(lastWord))
    ) {
      flush();
    }
    lastWord = prefix + text;
    if (count === 0) {
      if (prefix !== '' && prefix !== '>> ') tagLines.add(1 + 2 * paragraphs);
      paragraphs++;
    }
    if (lines !== null && count === 0) {
      const at = word.line ?? lines[lines.length - 1] ?? 1;
      // The blank line before a paragraph maps where the paragraph does.
      if (body !== '') lines.push(at);
      lines.push(at);
    }
    body += count > 0 ? ` ${lastWord}` : body === '' ? lastWord : `\n\n${lastWord}`;
    count++;
    const start = Math.max(0, word.start);
    const end = Math.max(start, word.end);
    if (word.start < 0 || word.end < 0) negative++;
    else if (word.end < word.start) backwards++;
    // A word the text takes as it is, is its own token (no copy of each of an hour's words).
    // (Minus zero is not as given: `Math.max` makes it zero.)
    if (
      text === word.text &&
      label === word.speaker &&
      start === word.start &&
      end === word.end &&
      (start !== 0 || 1 / word.start > 0) &&
      (end !== 0 || 1 / word.end > 0)
    )
      tokens[tokenCount++] = word;
    else tokens[tokenCount++] = { text, start, end, speaker: label };
    lastEnd = word.end;
  }
  flush();
  tokens.length = tokenCount;
  const messages: Message[] = [];
  if (filled > 0) {
    messages.push(
      message(
        'asr-untimed-words',
        `${filled} word(s) had no time in the speech-to-text result; each was placed between the words around it`,
        'warning',
      ),
    );
  }
  if (merged) {
    messages.push(
      message(
        'asr-time-order',
        'The voices’ words were given one voice after another: merged in time order, each voice’s own order kept',
        'info',
      ),
    );
  }
  if (empty > 0) {
    messages.push(
      message('asr-empty-words', `Skipped ${empty} word(s) with no text (empty or spaces)`, 'info'),
    );
  }
  if (negative > 0 || backwards > 0) {
    const parts: string[] = [];
    if (negative > 0) parts.push(`${negative} word(s) timed before zero were moved to 0`);
    if (backwards > 0)
      parts.push(`${backwards} word(s) ending before they start were given their start as end`);
    messages.push(message('asr-time-repair', parts.join('; '), 'warning'));
  }
  if (markers > 0) {
    messages.push(
      message(
        'asr-tool-markers',
        `Dropped ${markers} recognizer marker(s) that are not words ([BLANK_AUDIO], special tokens, %HESITATION, <unk>)`,
        'info',
      ),
    );
  }
  if (unknown > 0) {
    messages.push(
      message('asr-unknown-speaker', `Read ${unknown} UU turn(s) as unnamed voices`, 'info'),
    );
  }
  if (names.size > 0) {
    // A loop, not `[...names].map(…).join(…)`: the optimizing compiler's inlined `map` gives an
    // array of another kind than the one its feedback saw, and the function was thrown back to
    // the interpreter on every call (a deoptimization loop).
    let list = '';
    for (const [l, n] of names) list += list === '' ? `${l} → ${n}` : `, ${l} → ${n}`;
    messages.push(
      message('diarization', `Read ${names.size} speaker label(s) as speakers: ${list}`, 'info'),
    );
  }
  const result: IngestedText = { text: body, sourceLines: lines, timedTokens: tokens, messages };
  // The speakers are the result's: each name opens its turn, whatever its words look like.
  if (tagLines.size > 0) result.hints = { tagLines };
  return result;
}

/**
 * The words of JSON text and the format read, the text of a result without times, or the message
 * that says why there are none.
 */
function readAsrText(
  source: string,
  format: AsrFormat | 'auto',
):
  | {
      words: AsrWord[];
      chosen: AsrFormat;
      notes: Message[];
      streamed?: Message;
      language: string | null;
    }
  | { untimed: string; language: string | null }
  | Message {
  const parsed = parseJson(source);
  // A live session's messages: the batch result of its final results.
  const streamed = unstream(parsed);
  const json = streamed ? streamed.value : parsed;
  const chosen = format === 'auto' ? detectAsrFormat(json) : format;
  const untimed = chosen === null ? resultText(json) : null;
  const language = asrLanguage(json);
  if (untimed !== null) return { untimed, language };
  // A failed job, or a result that heard no speech: said so, not "not a result".
  const silent = noSpeech(json);
  if (silent !== null && (chosen === null || silent !== NO_WORDS))
    return message('asr-no-speech', silent, 'error');
  if (json === null || chosen === null) {
    // Its members say what it is (a request, another service's result).
    const members =
      json !== null && typeof json === 'object' && !Array.isArray(json)
        ? Object.keys(json).slice(0, 8)
        : [];
    return message(
      'asr-unreadable',
      `The JSON is not a speech-to-text result scriptdesk reads${members.length > 0 ? ` (its members: ${members.join(', ')})` : ''}`,
      'error',
    );
  }
  const why: string[] = [];
  const notes: Message[] = [];
  const words = readOrError(chosen, json, why, notes);
  if (why.length > 0) {
    return message('asr-bad-time', `A time in the result cannot be read: ${why[0]}`, 'error');
  }
  if (!streamed) return { words, chosen, notes, language };
  const interims =
    streamed.interims > 0
      ? `; ${streamed.interims} interim result(s) left out (the final ones give their words again)`
      : '';
  const what = `Read the ${streamed.finals} final result(s) of a ${streamed.service} session${interims}`;
  return { words, chosen, notes, streamed: message('asr-streaming', what, 'info'), language };
}

const NO_WORDS = 'The speech-to-text result holds no words: no speech was recognised';
/** Members that hold words' text; members only a result of words has. */
const TEXT_KEY = /^(?:text|transcript|content|value|word|display|lexical|punctuated_word|utf8)$/;
const SPEECH_KEY =
  /^(?:words|segments|utterances|monologues|transcripts|transcription(?:_config)?|recognizedPhrases|word_segments)$/;

/**
 * Why a result has no words: its job failed (`"status": "error"`, AWS `FAILED`, with the
 * service's reason), or it has members of a result's words or text (`words`, `transcript`, …)
 * and no word's text anywhere; else null. Walks at most 20 000 values.
 */
export function noSpeech(json: unknown): string | null {
  if (!isObject(json)) return null;
  if (/^(?:error|failed)$/i.test(String(json.status ?? json.TranscriptionJobStatus))) {
    const why = json.error ?? json.FailureReason;
    return `The speech-to-text job failed${typeof why === 'string' ? `: ${why.slice(0, 200)}` : ''}`;
  }
  let budget = 20_000;
  let speech = false;
  const stack: unknown[] = [json];
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, v] of Object.entries(value)) {
      const text = TEXT_KEY.test(key);
      if (text && typeof v === 'string' && v.trim()) return null;
      speech ||= text || SPEECH_KEY.test(key);
      stack.push(v);
    }
  }
  return speech && budget >= 0 ? NO_WORDS : null;
}

/** Speech-to-text JSON text to transcript text and timed tokens; unreadable JSON gives no text. */
export function asrToLines(source: string, format: AsrFormat | 'auto' = 'auto'): IngestedText {
  // The parsed JSON lives only while its words are read (in {@link readAsrText}): an hour's
  // value (1.6 MB of objects) is not held while the text is built.
  const read = readAsrText(source, format);
  if ('ruleId' in read) return { text: '', sourceLines: null, messages: [read] };
  // A result without times: its text is the transcript, untimed.
  if ('untimed' in read) {
    const why = 'Read the text of a result without word or segment times: untimed';
    return {
      text: read.untimed,
      sourceLines: null,
      messages: [message('asr-input', why, 'warning')],
      ...(read.language !== null ? { hints: { language: read.language } } : {}),
    };
  }
  const result = asrWordsToText(read.words);
  // A result of a known service with no word: why the transcript is empty.
  const silent = read.words.length === 0 ? [message('asr-no-speech', NO_WORDS, 'error')] : [];
  if (read.language !== null) result.hints = { ...result.hints, language: read.language };
  result.messages = [
    message(
      'asr-input',
      `Read ${read.chosen} speech-to-text JSON (${result.timedTokens?.length ?? 0} timed words)`,
      'info',
    ),
    ...(read.streamed ? [read.streamed] : []),
    ...read.notes,
    ...(result.messages ?? []),
    ...silent,
  ];
  return result;
}
