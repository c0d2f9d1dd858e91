/**
 * Results as they are saved around a service's own shape: a job API's or a storage export's
 * envelope (`{ "result": … }`, `{ "data": … }`, `{ "response": … }`), or a bare list of segments
 * (`[{ "start": 0, "end": 1.6, "text": "…", "speaker": "A" }]`, what many tools and scripts
 * write; `duration` for `end`, as youtube-transcript-api writes), read as WhisperX-style
 * `segments`. Gladia's v2 result is one: `result.transcription`
 * holds `utterances`, each a segment (`start`, `end` in seconds, `text`, `speaker`, `words` of
 * `word`, `start`, `end`).
 */
import { isObject } from './types.ts';

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
];

/**
 * A list of segments: objects with a `start` time and a `text`; a `duration` instead of an `end`
 * (youtube-transcript-api's `[{"text", "start", "duration"}]`) gives the end.
 */
function segments(value: unknown): { segments: unknown[] } | null {
  // The first item tells (no pass over an hour's list but to add ends).
  const first: unknown = Array.isArray(value) ? value[0] : undefined;
  if (!isObject(first) || typeof first.text !== 'string' || !('start' in first)) return null;
  const list = value as unknown[];
  if (inMilliseconds(list)) {
    // Amara's and other caption tools' lists count milliseconds: seconds for the reader.
    return {
      segments: list.map((s) =>
        isObject(s) && typeof s.start === 'number' && typeof s.end === 'number'
          ? { ...s, start: s.start / 1000, end: s.end / 1000 }
          : s,
      ),
    };
  }
  if ('end' in first || typeof first.duration !== 'number') return { segments: list };
  return {
    segments: list.map((s) =>
      isObject(s) && typeof s.start === 'number' && typeof s.duration === 'number'
        ? { ...s, end: s.start + s.duration }
        : s,
    ),
  };
}

/** Fewest milliseconds a segment lasts, at the median: no sentence is said in 100 seconds. */
const MIN_MEDIAN_MS = 100;

/**
 * True when a list's `start` and `end` count milliseconds (Amara's JSON: `{"start": 1000, "end":
 * 3500, "text": …}`): whole numbers, and the median segment lasts 100 or more of them (a segment
 * of speech lasts seconds; a hundred seconds or more at the median is no speech in seconds).
 */
function inMilliseconds(list: readonly unknown[]): boolean {
  const lengths: number[] = [];
  for (let i = 0; i < list.length && i < 64; i++) {
    const s = list[i];
    if (!isObject(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return false;
    lengths.push((s.end as number) - (s.start as number));
  }
  lengths.sort((a, b) => a - b);
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
  for (const key of ENVELOPES) {
    const inner = json[key];
    if (isObject(inner)) return inner;
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
 * mistyped member stays a mistake) or in an envelope. Null when there is none.
 */
export function resultText(json: unknown): string | null {
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
