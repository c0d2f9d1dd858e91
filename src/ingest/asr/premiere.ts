/**
 * Adobe Premiere Pro's transcript JSON (Text panel: Export and "Import Static Transcript", schema
 * `https://schemas.adobe.com/transcript/v1.0.0`): `segments`, each with its `speaker` id and
 * `words` of `text`, `start` and `duration` in seconds, `type` `word` or `punctuation` (a mark
 * given as its own item, joined to the word before); `speakers` of `id` and `name` name the ids.
 * Tools that write the shape for Premiere also write `speakerId`, and times in whole milliseconds
 * (told by the words' lengths); a word with no text (a `disfluency` tag's place) is no word.
 * A name Premiere gave (`Speaker 1`) is a code, numbered as any service's; one a person typed in
 * is kept. A speaker id no `speakers` item names is a voice numbered in order, never its id.
 * Segments are utterances or sentences (tools write either): paragraphs follow pauses and voices.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  num,
  str,
} from './types.ts';

/** True for a `speakers` list of `{id, name}` items beside `segments` of timed `words`. */
function isPremiere(json: unknown): json is Json {
  if (!isObject(json) || !Array.isArray(json.speakers) || !Array.isArray(json.segments))
    return false;
  const speaker = arrayOf(json.speakers)[0];
  if (speaker !== undefined && !('id' in speaker)) return false;
  const segment = arrayOf(json.segments)[0];
  const word = arrayOf(segment?.words)[0];
  return (
    segment !== undefined &&
    ('speaker' in segment || 'speakerId' in segment) &&
    word !== undefined &&
    typeof word.text === 'string' &&
    'duration' in word &&
    !('end' in word)
  );
}

/** Fewest units a word lasts, at the median, for whole-number times to count milliseconds. */
const MIN_MEDIAN_MS = 20;

/**
 * Milliseconds per unit of the file's times: 1 when they count milliseconds (whole numbers a word
 * lasts 20 or more of, at the median, as some tools write the shape), else 1000 (seconds, as
 * Premiere writes it). Looks at the first 64 words.
 */
function unitMs(segments: Json[]): number {
  const lengths: number[] = [];
  for (const segment of segments) {
    for (const w of arrayOf(segment.words)) {
      if (lengths.length >= 64) break;
      const d = w.duration;
      if (typeof d !== 'number' || !Number.isInteger(d) || !Number.isInteger(w.start)) return 1000;
      lengths.push(d);
    }
    if (lengths.length >= 64) break;
  }
  lengths.sort((a, b) => a - b);
  return (lengths[lengths.length >> 1] ?? 0) >= MIN_MEDIAN_MS ? 1 : 1000;
}

/** A time in the file's unit to ms, or a thrown {@link badTime} naming the word. */
function timeMs(word: Json, index: number, field: string, unit: number): number {
  const n = num(word[field]);
  if (n === null || n < 0)
    throw badTime(
      'Premiere Pro',
      index,
      field,
      word[field],
      unit === 1 ? 'milliseconds' : 'seconds',
    );
  return Math.round(n * unit);
}

export const premierePro: AsrReader = {
  detect: isPremiere,
  read(json) {
    if (!isPremiere(json)) return [];
    const names = new Map<string, string>();
    for (const s of arrayOf(json.speakers)) {
      const id = str(s.id);
      const name = str(s.name)?.trim();
      if (id !== null && name) names.set(id, name);
    }
    // An id no item names: a voice of its own, numbered (`voice 1`, a code label) in order.
    const unnamed = new Map<string, string>();
    const words: AsrWord[] = [];
    const segments = arrayOf(json.segments);
    const unit = unitMs(segments);
    for (const segment of segments) {
      const id = str(segment.speaker ?? segment.speakerId);
      let speaker: string | null = null;
      if (id !== null && id !== '') {
        speaker = names.get(id) ?? unnamed.get(id) ?? null;
        if (speaker === null) {
          speaker = `voice ${unnamed.size + 1}`;
          unnamed.set(id, speaker);
        }
      }
      for (const w of arrayOf(segment.words)) {
        const text = str(w.text)?.trim();
        if (!text) continue;
        const last = words[words.length - 1];
        if (w.type === 'punctuation' && last !== undefined) {
          last.text += text;
          continue;
        }
        const start = timeMs(w, words.length, 'start', unit);
        const duration = num(w.duration);
        words.push({
          text,
          start,
          end: duration !== null && duration >= 0 ? start + Math.round(duration * unit) : start,
          speaker,
        });
      }
    }
    return words;
  },
};
