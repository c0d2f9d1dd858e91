/**
 * Speechmatics JSON v2 (`json-v2`): `results` of `word` and `punctuation` items with
 * `start_time`/`end_time` in seconds and `alternatives[0].content` and `.speaker` (`S1`, `S2`,
 * `UU` for unknown), or the item's `channel` with channel diarization; punctuation attaches to the word before (`attaches_to: previous`) or, for an
 * opening mark, to the word after (`attaches_to: next`). The sounds it tags (`audio_events`:
 * `music`, `laughter`, `applause`) are sounds in brackets at their times.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  attachPunctuation,
  isObject,
  label,
  secondsToMs,
  str,
  UNKNOWN_VOICE,
} from './types.ts';

export const speechmatics: AsrReader = {
  detect(json) {
    if (!isObject(json) || !Array.isArray(json.results)) return false;
    // The first word or mark (a `speaker_change` or `entity` item may come first).
    const first = arrayOf(json.results).find((r) => r.type === 'word' || r.type === 'punctuation');
    return first !== undefined && Array.isArray(first.alternatives);
  },
  read(json) {
    if (!isObject(json)) return [];
    const words: AsrWord[] = [];
    // An opening mark (`attaches_to: next`, e.g. an opening quote) waits for the next word.
    let prefix = '';
    const lastOfChannel = new Map<string, AsrWord>();
    for (const item of arrayOf(json.results)) {
      const alternative = arrayOf(item.alternatives)[0];
      const content = str(alternative?.content);
      if (!content) continue;
      // With channel diarization the channels' items interleave by time: a mark belongs to the
      // last word of its own channel.
      const channel = label(item.channel);
      if (item.type === 'punctuation') {
        const own = channel === null ? undefined : lastOfChannel.get(channel);
        if (item.attaches_to === 'next') prefix += content;
        else if (own) own.text += content;
        else attachPunctuation(words, content);
        continue;
      }
      const start = secondsToMs(item.start_time);
      const end = secondsToMs(item.end_time);
      // A word without times keeps its place; its time is filled in from its neighbours.
      // Channel diarization labels the item's `channel` (`channel_1`) instead of a speaker.
      const speaker = label(alternative?.speaker) ?? channel;
      const word: AsrWord = {
        text: prefix + content,
        start: start ?? Number.NaN,
        end: end ?? Number.NaN,
        speaker: speaker === 'UU' ? UNKNOWN_VOICE : speaker,
      };
      words.push(word);
      if (channel !== null) lastOfChannel.set(channel, word);
      prefix = '';
    }
    return withSounds(words, arrayOf(json.audio_events));
  },
};

/** The words with the tagged sounds (`[laughter]`) set in among them by their start times. */
function withSounds(words: AsrWord[], events: readonly Record<string, unknown>[]): AsrWord[] {
  const sounds: AsrWord[] = [];
  for (const event of events) {
    const type = str(event.type);
    const start = secondsToMs(event.start_time);
    if (type && start !== null)
      sounds.push({
        text: `[${type}]`,
        start,
        end: secondsToMs(event.end_time) ?? start,
        speaker: null,
      });
  }
  if (sounds.length === 0) return words;
  sounds.sort((a, b) => a.start - b.start);
  const out: AsrWord[] = [];
  let k = 0;
  for (const word of words) {
    while (k < sounds.length && (sounds[k] as AsrWord).start < word.start)
      out.push(sounds[k++] as AsrWord);
    out.push(word);
  }
  return out.concat(sounds.slice(k));
}
