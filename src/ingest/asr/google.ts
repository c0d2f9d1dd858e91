/**
 * Google Cloud Speech-to-Text: `results[].alternatives[0].words[]`, each `word` with its
 * punctuation attached; v1/v1p1beta1 times `startTime`/`endTime` and `speakerTag` (1, 2 …) or
 * `speakerLabel`, v2 times `startOffset`/`endOffset` and `speakerLabel`. A time is a proto3 JSON
 * duration (`"1.500s"`) or, as client libraries print it, `{seconds, nanos}` (seconds may be a
 * string); NVIDIA Riva's results, of the same shape, count whole milliseconds. With v1 diarization the last result repeats every word of the results before it, now
 * with its speaker tag: then that result alone is read, so each word counts once. A long-running
 * operation (`response.results`) and a v2 batch result inline (`results[uri]`) are unwrapped.
 * Cloud Video Intelligence's speech transcription (`annotationResults[0].speechTranscriptions`,
 * in camelCase or, as Python's `proto` writes it, snake_case) has the same results and words.
 * With one recognition per channel (`channelTag`), each channel is a voice unless diarized.
 * Without word times a result's `transcript` is spread by length over the result's span.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  label,
  num,
  str,
} from './types.ts';
import { spread } from './whisper.ts';

/** A proto3 JSON duration: seconds with up to nine decimals and an `s`. */
const DURATION = /^\d{1,9}(?:\.\d{1,9})?s$/;

/**
 * The results of a response, of a finished operation, of a v2 batch result's first file, or of
 * a Video Intelligence annotation (its one video's `speechTranscriptions`, read as results).
 */
function resultsOf(value: unknown): Json[] {
  if (!isObject(value)) return [];
  // One level only: a nested `response` in a hostile value is not followed down.
  const json = isObject(value.response) ? value.response : value;
  const annotations = json.annotationResults ?? json.annotation_results;
  if (annotations !== undefined) {
    const video = arrayOf(annotations)[0];
    return video ? arrayOf(video.speechTranscriptions ?? video.speech_transcriptions) : [];
  }
  if (isObject(json.results)) {
    const file = Object.values(json.results)[0];
    if (!isObject(file)) return [];
    const inline = isObject(file.inlineResult) ? file.inlineResult : file;
    return isObject(inline.transcript) ? arrayOf(inline.transcript.results) : [];
  }
  return arrayOf(json.results);
}

function wordsOf(result: Json): Json[] {
  return arrayOf(arrayOf(result.alternatives)[0]?.words);
}

/** `speakerLabel`, else `speakerTag` (0 is proto3's "unset"). */
function speakerOf(word: Json): string | null {
  const tag = num(word.speakerTag ?? word.speaker_tag);
  return label(word.speakerLabel ?? word.speaker_label) ?? (tag ? String(tag) : null);
}

/** ms of a duration field, NaN when absent; a value that is no duration throws. */
function timeOf(word: Json, index: number, fields: readonly string[]): number {
  for (const field of fields) {
    const value = word[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && DURATION.test(value)) {
      return Math.round(Number(value.slice(0, -1)) * 1000);
    }
    // NVIDIA Riva's results, Google's shape, count whole milliseconds (`"startTime": 1500`).
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    if (isObject(value)) {
      const seconds = num(value.seconds ?? 0);
      const nanos = num(value.nanos ?? 0);
      if (seconds !== null && nanos !== null) return Math.round(seconds * 1000 + nanos / 1e6);
    }
    throw badTime('Google Speech-to-Text', index, field, value, 'a duration like "1.500s"');
  }
  return Number.NaN;
}

const START = ['startTime', 'startOffset', 'start_time', 'start_offset'];
const END = ['endTime', 'endOffset', 'end_time', 'end_offset'];

/** The same word at the same time (the diarization summary's first word is the first word). */
function sameWord(a: Json | undefined, b: Json | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.word === b.word &&
    timeOf(a, 0, START) === timeOf(b, 0, START)
  );
}

export const googleSpeech: AsrReader = {
  detect(json) {
    const results = resultsOf(json);
    const first = arrayOf(results.find((r) => Array.isArray(r.alternatives))?.alternatives)[0];
    if (first === undefined) {
      // No speech: Google leaves out the empty `results` but still bills.
      const body = isObject(json) && isObject(json.response) ? json.response : json;
      return (
        isObject(body) &&
        ('totalBilledTime' in body ||
          (isObject(body.metadata) && 'totalBilledDuration' in body.metadata))
      );
    }
    // Watson's alternatives have `timestamps`, Speechmatics' results a `type`.
    return (
      !('timestamps' in first) &&
      !results.some((r) => 'type' in r) &&
      (Array.isArray(first.words) || typeof first.transcript === 'string')
    );
  },
  read(json) {
    const results = resultsOf(json);
    let lists = results.map(wordsOf);
    const last = lists[lists.length - 1] ?? [];
    const earlier = lists.slice(0, -1).filter((l) => l.length > 0);
    const before = earlier.reduce((n, l) => n + l.length, 0);
    // v1 diarization: the last result holds all the words again, each with its speaker.
    const summary =
      before > 0 &&
      last.length >= before &&
      last.every((w) => speakerOf(w) !== null) &&
      sameWord(last[0], earlier[0]?.[0]);
    if (summary) lists = [last];
    // Separate recognition per channel: each channel a voice, the words merged by time.
    const channelOf = (i: number) =>
      label(results[summary ? results.length - 1 : i]?.channelTag) ?? null;
    const tags = results.map((r) => label(r.channelTag)).filter((t) => t !== null);
    const channels = new Set(tags).size > 1;
    const words: AsrWord[] = [];
    // Without word times (`enableWordTimeOffsets` is off by default) a result's transcript is
    // spread by length from the end of the result before to its own `resultEndTime`.
    let resultStart = 0;
    lists.forEach((list, i) => {
      const result = results[summary ? results.length - 1 : i] as Json;
      const resultEnd = timeOf(result, words.length, ['resultEndTime', 'resultEndOffset']);
      const transcript = str(arrayOf(result.alternatives)[0]?.transcript);
      if (list.length === 0 && transcript && Number.isFinite(resultEnd)) {
        words.push(...spread(transcript, resultStart, Math.max(resultStart, resultEnd), null));
      }
      if (Number.isFinite(resultEnd)) resultStart = resultEnd;
      for (const w of list) {
        const text = str(w.word)?.trim();
        if (!text) continue;
        words.push({
          text,
          start: timeOf(w, words.length, START),
          end: timeOf(w, words.length, END),
          speaker: speakerOf(w) ?? (channels ? channelOf(i) : null),
        });
      }
    });
    // Array.prototype.sort is stable: a channel's words keep their order.
    return channels ? words.sort((a, b) => (a.start || 0) - (b.start || 0)) : words;
  },
};
