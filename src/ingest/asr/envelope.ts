/**
 * Results as they are saved around a service's own shape: a job API's or a storage export's
 * envelope (`{ "result": … }`, `{ "data": … }`, `{ "response": … }`), or a bare list of segments
 * (`[{ "start": 0, "end": 1.6, "text": "…", "speaker": "A" }]`, what many tools and scripts
 * write; `duration` for `end`, as youtube-transcript-api writes), read as WhisperX-style
 * `segments`. Gladia's v2 result is one: `result.transcription`
 * holds `utterances`, each a segment (`start`, `end` in seconds, `text`, `speaker`, `words` of
 * `word`, `start`, `end`).
 */
import { clockFields, clockMs } from '../../core/clock.ts';
import { capitalizedName, isCodeLabel, isObject } from './types.ts';

/** Members that hold the whole result in an envelope (or its list of segments). */
const ENVELOPES = [
  'result',
  'results',
  'data',
  'response',
  'output',
  'transcript',
  'transcription',
  'utterances',
  // A tool's own list of timed lines (read only when its items have a start and a text).
  'segments',
  'captions',
  'cues',
  'lines',
  'entries',
  // Fireflies' transcript (its GraphQL API's `data.transcript.sentences`: `speaker_name`, `text`,
  // `start_time`, `end_time` in seconds).
  'sentences',
  // Gladia's v1 result: `prediction`, segments of `transcription`, `time_begin`, `time_end`.
  'prediction',
  // Azure AI Video Indexer's index: `videos[0].insights.transcript`, lines with `speakerId` and
  // `instances` of clock-string `start`/`end`.
  'videos',
  'insights',
  // A list of timed words beside the text (Picovoice Leopard: `transcript`, `words` of `word`,
  // `startSec`, `endSec`, `speakerTag`), each word a segment.
  'words',
];

/** Each field of a segment under the names tools give it, most common first. */
const START_KEYS = [
  'start',
  'startTime',
  'start_time',
  'begin',
  'from',
  'timestamp',
  'time',
  // Scrapers' and editors' names: a debate's `minute`, a logger's `timecode`, `ts`.
  'startTimestamp',
  'start_timestamp',
  'startSeconds',
  'start_seconds',
  'startSec',
  'timecode',
  'timeCode',
  'minute',
  'ts',
  // Gladia v1's `time_begin`; Happy Scribe's `data_start`.
  'time_begin',
  'data_start',
];
const END_KEYS = [
  'end',
  'endTime',
  'end_time',
  'to',
  'endTimestamp',
  'end_timestamp',
  'endSeconds',
  'end_seconds',
  'endSec',
  'stop',
  'time_end',
  'data_end',
];
const MS_START_KEYS = [
  'startMs',
  'start_ms',
  'tStartMs',
  'offset',
  'offsetMs',
  // Amazon Transcribe Call Analytics: `BeginOffsetMillis`, `EndOffsetMillis`.
  'beginOffsetMillis',
];
const MS_END_KEYS = ['endMs', 'end_ms', 'endOffsetMillis'];
const TEXT_KEYS = [
  'text',
  'transcript',
  'content',
  'caption',
  'sentence',
  'utterance',
  'line',
  'speech',
  'dialogue',
  'body',
  // A timed word's (Picovoice: `word`).
  'word',
  // Gladia v1's segment.
  'transcription',
  // Apple Speech's (SFTranscriptionSegment) as exported: `substring`, `timestamp`, `duration`.
  'substring',
];
const SPEAKER_KEYS = [
  'speaker',
  'speaker_name',
  'speakerName',
  'speaker_label',
  'speakerLabel',
  // A scraped transcript's or a chat export's own names for who speaks.
  'name',
  'who',
  'author',
  'character',
  // Amazon Transcribe Call Analytics: `AGENT`, `CUSTOMER`.
  'participantRole',
  // Picovoice Leopard's diarized words: `speakerTag` 1, 2 …
  'speakerTag',
  // Azure AI Video Indexer's `speakerId`; others' `speaker_id`.
  'speakerId',
  'speaker_id',
];

/**
 * The first of `keys` the item has, or null; in any case when none is written as listed (.NET
 * and AWS write `Text`, `Speaker`, `Transcript`).
 */
function keyOf(item: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) if (Object.hasOwn(item, key)) return key;
  const folded = new Map<string, string>();
  for (const key of Object.keys(item)) {
    const lower = key.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, key);
  }
  for (const key of keys) {
    const found = folded.get(key.toLowerCase());
    if (found !== undefined) return found;
  }
  return null;
}

/** The members of `json` that are envelopes ({@link ENVELOPES}), in that order, in any case. */
function envelopeMembers(json: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const key of ENVELOPES) if (Object.hasOwn(json, key)) out.push(json[key]);
  if (out.length > 0) return out;
  for (const key of Object.keys(json)) {
    if (ENVELOPES.includes(key.toLowerCase())) out.push(json[key]);
  }
  return out;
}

/** A timecode (`00:01:02.500`, `01:02,5`, `62.5`, `62.5s`) in seconds, or a number as it is. */
function timeOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // A clock time, read by the project's one clock grammar; else seconds (`62.5`, `62.5s`).
  const fields = text.includes(':') ? clockFields(text) : null;
  if (fields) {
    const ms = clockMs(fields);
    return ms === null ? null : ms / 1000;
  }
  return /^\d{1,6}(?:\.\d{1,3})?s?$/.test(text) ? Number.parseFloat(text) : null;
}

/**
 * A list of segments: objects with a start time and a text, under the names tools give them
 * (`start`/`end`, `startTime`/`endTime`, `start_time`, `begin`, `timestamp`; `text`,
 * `transcript`, `content`, `caption`; `speaker`, `speaker_name`, `speakerName`), times in
 * seconds, as timecodes (`00:00:01,000`), or in milliseconds (`startMs`; whole numbers a
 * segment lasts a hundred or more of, as Amara's JSON counts); a `duration` for the end
 * (youtube-transcript-api), else the next segment's start. Read as WhisperX-style segments.
 */
function segments(value: unknown): { segments: unknown[] } | null {
  // The first item tells (no pass over an hour's list to find out).
  const first: unknown = Array.isArray(value) ? value[0] : undefined;
  if (!isObject(first)) return null;
  const textKey = keyOf(first, TEXT_KEYS);
  const msStart = keyOf(first, MS_START_KEYS);
  const startKey = msStart ?? keyOf(first, START_KEYS);
  // A segment given by its words alone (Sonix, Happy Scribe: a speaker and timed `words`).
  const byWords = textKey === null && wordList(first) !== null;
  // A line timed by its `instances` (Video Indexer: where it is said, clock strings).
  const byInstance = startKey === null && instance(first) !== null;
  if (!byWords) {
    if (textKey === null || typeof first[textKey] !== 'string') return null;
    if (!byInstance && (startKey === null || timeOf(first[startKey]) === null)) return null;
  }
  const list = value as unknown[];
  // The common shape as it is: no copy of an hour's list.
  const plain =
    textKey === 'text' &&
    startKey === 'start' &&
    typeof first.start === 'number' &&
    ('end' in first ? typeof first.end === 'number' : typeof first.duration !== 'number') &&
    timedWordsPlain(first);
  // Segments of several channels (Gladia's `channel`, each channel diarized on its own): each
  // channel's speaker a voice (`channel_1:0`).
  const byChannel =
    'channel' in first && list.some((item) => isObject(item) && item.channel !== first.channel);
  if (plain && !byChannel && !inMilliseconds(list, 'start', 'end', 'text'))
    return { segments: list };
  const endKey = msStart ? keyOf(first, MS_END_KEYS) : keyOf(first, END_KEYS);
  const scale =
    startKey !== null && (msStart || inMilliseconds(list, startKey, endKey, textKey))
      ? 1 / 1000
      : 1;
  const speakerKey = keyOf(first, SPEAKER_KEYS);
  const out: Record<string, unknown>[] = [];
  for (const item of list) {
    if (!isObject(item)) continue;
    const words = wordList(item);
    const text = textKey === null ? (words?.text ?? null) : item[textKey];
    const at = byInstance ? instance(item) : null;
    let start = startKey === null ? (at?.start ?? null) : timeOf(item[startKey]);
    if (start === null && words !== null) start = words.start;
    if (typeof text !== 'string' || start === null) continue;
    let end = endKey === null ? (at?.end ?? null) : timeOf(item[endKey]);
    if (end === null && words !== null) end = words.end;
    const duration = timeOf(item.duration);
    const segment: Record<string, unknown> = {
      start: start * scale,
      end: end !== null ? end * scale : duration !== null ? (start + duration) * scale : null,
      text,
    };
    if (words !== null) {
      // Words counted in the segment's unit (Volcengine's `start_time` in ms, the utterance's and
      // its words' alike) scale with it; words already in seconds stay as they are.
      const same =
        scale !== 1 && Math.abs(words.start - start) <= Math.abs(words.start * 1000 - start);
      segment.words = same
        ? words.words.map((w) => ({ word: w.word, start: w.start * scale, end: w.end * scale }))
        : words.words;
    }
    // A negative tag is no speaker (Picovoice's `-1` when it was not asked to tell voices).
    // Volcengine's utterance names its voice under `additions` (`{"speaker": "1"}`).
    const speaker =
      speakerKey !== null
        ? item[speakerKey]
        : isObject(item.additions)
          ? item.additions.speaker
          : null;
    if (speaker != null && !(typeof speaker === 'number' && speaker < 0)) segment.speaker = speaker;
    if (byChannel) segment.speaker = `channel_${item.channel}:${segment.speaker ?? 0}`;
    out.push(segment);
  }
  // Without ends, a segment lasts until the next one starts, but no longer than its words take
  // said slowly (a scraped debate's `minute` stamps a turn, then others speak before the next
  // stamp); the last, as long as its words take at a newsroom pace.
  for (let i = 0; i < out.length; i++) {
    const segment = out[i] as Record<string, unknown>;
    if (segment.end !== null) continue;
    const next = out[i + 1]?.start as number | undefined;
    const start = segment.start as number;
    const words = String(segment.text).split(' ').length;
    segment.end =
      next === undefined
        ? start + Math.max(1, words * SECONDS_PER_WORD)
        : Math.min(next, start + Math.max(1, words * SLOW_SECONDS_PER_WORD));
  }
  return { segments: out };
}

/** The span of a line's first `instances` item (`start`, `end` as clock strings), or null. */
function instance(item: Record<string, unknown>): { start: number; end: number | null } | null {
  const first: unknown = Array.isArray(item.instances) ? item.instances[0] : undefined;
  if (!isObject(first)) return null;
  const start = timeOf(first.start ?? first.adjustedStart);
  return start === null ? null : { start, end: timeOf(first.end ?? first.adjustedEnd) };
}

/** True when a segment has no words, or words as WhisperX writes them (`word`, `start`, `end`). */
function timedWordsPlain(segment: Record<string, unknown>): boolean {
  const first: unknown = Array.isArray(segment.words) ? segment.words[0] : undefined;
  return !isObject(first) || (typeof first.start === 'number' && 'end' in first);
}

/** Punctuation alone: a mark a tool gives as its own word, joined to the word before. */
const MARK_ONLY = /^[.,!?;:…%)\]}»”’"'-]+$/;

/**
 * A segment's timed words under the names tools give them (Sonix's and Happy Scribe's `text`,
 * Gladia v1's `word` and `time_begin`), as WhisperX words in seconds, with the text they make
 * (words written with their spaces joined as written, else a space apart; a mark alone joins the
 * word before); null when it has none.
 */
function wordList(segment: Record<string, unknown>): {
  words: { word: string; start: number; end: number }[];
  text: string;
  start: number;
  end: number;
} | null {
  const list = segment.words;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  if (!isObject(first)) return null;
  const textKey = keyOf(first, TEXT_KEYS);
  const startKey = keyOf(first, START_KEYS);
  if (textKey === null || startKey === null) return null;
  const endKey = keyOf(first, END_KEYS);
  const words: { word: string; start: number; end: number }[] = [];
  let text = '';
  let spaced = false;
  for (const w of list as unknown[]) {
    if (!isObject(w)) continue;
    const said = w[textKey];
    if (typeof said !== 'string' || said.trim() === '') {
      if (typeof said === 'string' && said !== '') spaced = true;
      continue;
    }
    if (/^\s|\s$/.test(said)) spaced = true;
    const start = timeOf(w[startKey]);
    if (start === null) continue;
    const end = endKey === null ? null : timeOf(w[endKey]);
    words.push({ word: said.trim(), start, end: end ?? start });
  }
  if (words.length === 0) return null;
  for (const w of list as unknown[]) {
    const said = isObject(w) ? w[textKey] : null;
    if (typeof said !== 'string') continue;
    if (spaced) text += said;
    else if (said.trim() !== '')
      text += text === '' || MARK_ONLY.test(said.trim()) ? said.trim() : ` ${said.trim()}`;
  }
  // A mark alone is no word to time: it joins the word before (in the text, where it is).
  const timed = words.filter((w, i) => i === 0 || !MARK_ONLY.test(w.word));
  return {
    words: timed,
    text: text.trim(),
    start: (words[0] as { start: number }).start,
    end: words.reduce((to, w) => Math.max(to, w.end), 0),
  };
}

/** Seconds a word takes at a newsroom pace (150 words a minute), and said slowly (100). */
const SECONDS_PER_WORD = 0.4;
const SLOW_SECONDS_PER_WORD = 0.6;

/** Fewest milliseconds a segment lasts, at the median: no sentence is said in 100 seconds. */
const MIN_MEDIAN_MS = 100;
/** Units a word of a lone segment takes, between a word in seconds (0.4) and in ms (400). */
const ONE_SEGMENT_SPLIT = 12;

/**
 * True when a list's times count milliseconds (Amara's JSON: `{"start": 1000, "end": 3500, …}`):
 * whole numbers, and the median segment (or the gap to the next start, without ends) lasts 100
 * or more of them: a segment of speech lasts seconds, never a hundred seconds at the median. A
 * list of one segment tells by its words: in milliseconds when it lasts 100 or more and, as
 * seconds, each word would take longer than {@link ONE_SEGMENT_SPLIT} (a word is said in about
 * 0.4 s, 400 ms).
 */
function inMilliseconds(
  list: readonly unknown[],
  startKey: string,
  endKey: string | null,
  textKey: string | null,
): boolean {
  const only = list.length === 1 ? list[0] : undefined;
  if (isObject(only) && endKey !== null) {
    const span = only[endKey];
    const from = only[startKey];
    if (!Number.isInteger(span) || !Number.isInteger(from)) return false;
    const text = textKey === null ? '' : String(only[textKey] ?? '');
    // Words told by spaces, or by length in a script written without them, or timed one by one.
    const timed = Array.isArray(only.words) ? only.words.length : 0;
    const words = Math.max(text.split(' ').length, Math.ceil(text.length / 8), timed);
    const lasts = (span as number) - (from as number);
    return lasts >= MIN_MEDIAN_MS && lasts / words > ONE_SEGMENT_SPLIT;
  }
  const lengths: number[] = [];
  for (let i = 0; i + 1 < list.length && i < 64; i++) {
    const s = list[i];
    const next = list[i + 1];
    if (!isObject(s) || !Number.isInteger(s[startKey])) return false;
    const to = endKey === null ? (isObject(next) ? next[startKey] : undefined) : s[endKey];
    if (!Number.isInteger(to)) return false;
    lengths.push((to as number) - (s[startKey] as number));
  }
  lengths.sort((x, y) => x - y);
  return (lengths[lengths.length >> 1] ?? 0) >= MIN_MEDIAN_MS;
}

/**
 * What an envelope holds (one level), or a list of segments as `{ segments }`; null when `json`
 * is neither.
 *
 * @example unwrap({ result: { segments: [] } }) // { segments: [] }
 */
export function unwrap(json: unknown): unknown {
  if (Array.isArray(json)) return segments(json);
  if (!isObject(json)) return null;
  for (const inner of envelopeMembers(json)) {
    if (isObject(inner)) return inner;
    // Video Indexer's `videos`: the one video's index (several are no one transcript).
    if (Array.isArray(inner) && inner.length === 1 && isObject(inner[0]) && 'insights' in inner[0])
      return inner[0];
    const list = segments(inner);
    if (list) return list;
  }
  return null;
}

/** Members of a result that gives only its text, beside `text` (OpenAI, Whisper, job APIs). */
const TEXT_RESULT = new Set([
  'text',
  'task',
  'language',
  'duration',
  'usage',
  'logprobs',
  'segments',
  'words',
  'model',
  'id',
  'status',
  'created_at',
  'confidence',
]);

/**
 * The transcript of a result that gives only its text, no times: OpenAI's `json` response
 * (`{"text": …}`, with `usage` or `logprobs` from the gpt-4o models), Whisper's `verbose_json`
 * without segments or words; at the top (all its members such a result's: a request with a
 * mistyped member stays a mistake) or in an envelope; or a list of turns without times
 * ({@link untimedTurns}). Null when there is none.
 */
export function resultText(json: unknown): string | null {
  return textOnly(json) ?? untimedTurns(json);
}

function textOnly(json: unknown): string | null {
  if (isObject(json) && typeof json.text === 'string') {
    for (const key of Object.keys(json)) if (!TEXT_RESULT.has(key)) return null;
    return json.text.trim() ? json.text : null;
  }
  for (let value = unwrap(json), depth = 0; depth < 2 && isObject(value); depth++) {
    if (typeof value.text === 'string' && value.text.trim()) return value.text;
    value = unwrap(value);
  }
  return null;
}

/**
 * A list of turns without times, as scrapers and CMS exports save a transcript
 * (`[{ "speaker": "Chris Wallace", "text": "Good evening…" }]`, at the top or in an envelope):
 * each turn a paragraph, `Name: text`, a service's code (`A`, `spk_0`) as `Speaker N`. Null
 * when `json` is no such list (its first item has no text).
 *
 * @example untimedTurns([{ speaker: 'Ann Lee', text: 'Hello.' }]) // 'Ann Lee: Hello.'
 */
function untimedTurns(json: unknown): string | null {
  let list: unknown = json;
  if (isObject(json)) {
    list = null;
    list = envelopeMembers(json).find((inner) => Array.isArray(inner)) ?? null;
  }
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  if (!isObject(first)) return null;
  const textKey = keyOf(first, TEXT_KEYS);
  if (textKey === null || typeof first[textKey] !== 'string') return null;
  const speakerKey = keyOf(first, SPEAKER_KEYS);
  const names = new Map<string, string>();
  let coded = 0;
  const paragraphs: string[] = [];
  for (const item of list as unknown[]) {
    if (!isObject(item)) continue;
    const text = item[textKey];
    if (typeof text !== 'string' || !text.trim()) continue;
    const said = speakerKey === null ? null : item[speakerKey];
    const label =
      typeof said === 'string' ? said.trim() : typeof said === 'number' ? String(said) : '';
    let name = label === '' ? '' : names.get(label);
    if (name === undefined) {
      name = isCodeLabel(label) ? `Speaker ${++coded}` : (capitalizedName(label) ?? label);
      names.set(label, name);
    }
    paragraphs.push(name === '' ? text.trim() : `${name}: ${text.trim()}`);
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : null;
}
