/**
 * Amazon Transcribe: `results.items`, `pronunciation` items with `start_time`/`end_time`
 * (seconds, as strings) and `punctuation` items with no time that attach to the word before.
 * Speakers come from the item's `speaker_label`, else from `results.speaker_labels.segments`
 * (each lists the times of its items), else from `results.audio_segments` (item ids).
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  isObject,
  label,
  num,
  secondsToMs,
  str,
} from './types.ts';

export const awsTranscribe: AsrReader = {
  detect(json) {
    if (!isObject(json) || !isObject(json.results)) return false;
    const items = arrayOf(json.results.items);
    return (
      items.length > 0 &&
      items.some((i) => i.type === 'pronunciation' || i.type === 'punctuation') &&
      arrayOf(items[0]?.alternatives).length > 0
    );
  },
  read(json) {
    if (!isObject(json) || !isObject(json.results)) return [];
    const results = json.results;
    // Speakers by item start time (speaker_labels) and by item id (audio_segments).
    const byStart = new Map<string, string>();
    for (const segment of arrayOf(
      isObject(results.speaker_labels) ? results.speaker_labels.segments : [],
    )) {
      for (const item of arrayOf(segment.items)) {
        const speaker = label(item.speaker_label) ?? label(segment.speaker_label);
        const start = str(item.start_time) ?? String(num(item.start_time));
        if (speaker) byStart.set(start, speaker);
      }
    }
    const byId = new Map<number, string>();
    for (const segment of arrayOf(results.audio_segments)) {
      const speaker = label(segment.speaker_label);
      if (!speaker || !Array.isArray(segment.items)) continue;
      for (const id of segment.items) if (typeof id === 'number') byId.set(id, speaker);
    }
    const words: AsrWord[] = [];
    arrayOf(results.items).forEach((item, index) => {
      const content = str(arrayOf(item.alternatives)[0]?.content);
      if (!content) return;
      if (item.type === 'punctuation') {
        attachPunctuation(words, content);
        return;
      }
      const start = secondsToMs(item.start_time);
      const end = secondsToMs(item.end_time);
      // A word without times keeps its place; its time is filled in from its neighbours.
      const id = num(item.id) ?? index;
      const startKey = str(item.start_time) ?? String(num(item.start_time));
      const speaker = label(item.speaker_label) ?? byStart.get(startKey) ?? byId.get(id) ?? null;
      words.push({ text: content, start: start ?? Number.NaN, end: end ?? Number.NaN, speaker });
    });
    return words;
  },
};
