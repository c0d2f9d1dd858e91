/**
 * Deepgram pre-recorded responses: `results.channels[].alternatives[0].words` with
 * `punctuated_word` and, when diarized, `speaker`; `results.utterances` (each with its words)
 * when the words carry no speaker; `paragraphs` (smart formatting) mark where paragraphs start,
 * and give the speakers when only they carry them;
 * with `multichannel=true`, each channel is a speaker (in the utterances too). Times are seconds.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  type Json,
  label,
  secondsToMs,
  str,
} from './types.ts';
import { spread } from './whisper.ts';

function wordsOf(list: unknown, fallbackSpeaker: string | null): AsrWord[] {
  if (!Array.isArray(list)) return [];
  // At most one word per item: sized once (an hour has ten thousand), cut to length at the end.
  const out: AsrWord[] = new Array(list.length);
  let count = 0;
  // The list as it is (no filtered copy of an hour's words): what is not an object is skipped.
  for (let i = 0; i < list.length; i++) {
    const w: unknown = list[i];
    if (!isObject(w)) continue;
    const text = str(w.punctuated_word) ?? str(w.word);
    // A time in seconds as a number (nearly always), converted here: through the shared
    // helper each time cost a heap number per time of each of an hour's words.
    const s = w.start;
    const e = w.end;
    const start =
      typeof s === 'number' && Number.isFinite(s) ? Math.round(s * 1000) : secondsToMs(s);
    const end = typeof e === 'number' && Number.isFinite(e) ? Math.round(e * 1000) : secondsToMs(e);
    // An empty word is counted (asr-empty-words), not lost without a word.
    if (text === null) continue;
    // A time written but no number of seconds (`"NaN"`, `"1.5x"`): refused, naming the word.
    if (start === null && s != null) throw badTime('Deepgram', count, 'start', s, 'seconds');
    if (end === null && e != null) throw badTime('Deepgram', count, 'end', e, 'seconds');
    out[count++] = {
      text,
      start: start ?? Number.NaN,
      end: end ?? Number.NaN,
      speaker: label(w.speaker) ?? fallbackSpeaker,
    };
  }
  out.length = count;
  return out;
}

/**
 * `multichannel=true`: one transcript per channel, each channel a voice. With words in more than
 * one channel, all channels' words merge by start time (stable, so a channel's own order holds),
 * each labelled by its channel (and its diarized speaker, when there is one); else null.
 */
function multichannel(channels: readonly Json[]): AsrWord[] | null {
  // One channel with words (nearly every response): nothing to merge, and nothing read twice.
  const lists = channels.map((c) => arrayOf(c.alternatives)[0]?.words);
  if (lists.filter((l) => Array.isArray(l) && l.length > 0).length < 2) return null;
  const keyed: { word: AsrWord; at: number }[] = [];
  let voiced = 0;
  lists.forEach((list, i) => {
    const words = wordsOf(list, null);
    if (words.length > 0) voiced++;
    const diarized = words.some((w) => w.speaker !== null);
    // An untimed word sorts with the timed word before it in its channel.
    let at = 0;
    for (const word of words) {
      word.speaker = diarized ? `${i}:${word.speaker ?? ''}` : String(i);
      if (Number.isFinite(word.start)) at = word.start;
      keyed.push({ word, at });
    }
  });
  if (voiced < 2) return null;
  // Array.prototype.sort is stable: equal starts keep channel order.
  return keyed.sort((a, b) => a.at - b.at).map((k) => k.word);
}

/**
 * A response whose words were left out but its `paragraphs` kept (a trimmed export): each
 * sentence's text spread over its span, each paragraph's speaker and start.
 */
function paragraphSentences(paragraphs: unknown): AsrWord[] {
  return arrayOf(paragraphs).flatMap((p) => {
    const list = arrayOf(p.sentences).flatMap((s) => {
      const start = secondsToMs(s.start);
      const end = secondsToMs(s.end);
      const text = str(s.text);
      return text && start !== null && end !== null
        ? spread(text, start, end, label(p.speaker))
        : [];
    });
    if (list[0]) list[0].paragraph = true;
    return list;
  });
}

export const deepgram: AsrReader = {
  detect(json) {
    if (!isObject(json) || !isObject(json.results)) return false;
    const channels = json.results.channels;
    if (Array.isArray(channels))
      return arrayOf(channels).some((c) => Array.isArray(c.alternatives));
    // A response saved with its utterances only (`utterances=true`, channels left out).
    return arrayOf(json.results.utterances).some((u) => Array.isArray(u.words));
  },
  read(json) {
    if (!isObject(json) || !isObject(json.results)) return [];
    const channels = arrayOf(json.results.channels);
    const merged = multichannel(channels);
    if (merged) return merged;
    const channel = channels[0];
    const alternative = arrayOf(channel?.alternatives)[0];
    const words = wordsOf(alternative?.words, null);
    // Deepgram's own paragraphs (smart formatting): a paragraph starts at its first word.
    const paragraphs = isObject(alternative?.paragraphs) ? alternative.paragraphs.paragraphs : [];
    const starts = new Set<number>();
    for (const p of arrayOf(paragraphs)) {
      const start = secondsToMs(p.start);
      if (start !== null) starts.add(start);
    }
    if (starts.size > 0) for (const w of words) if (starts.has(w.start)) w.paragraph = true;
    // Diarization given only per paragraph: its speaker for the words in its span (both lists
    // run forward in time: one pass).
    if (words.length > 0 && words.every((w) => w.speaker === null)) {
      let k = 0;
      for (const p of arrayOf(paragraphs)) {
        const speaker = label(p.speaker);
        const start = secondsToMs(p.start);
        const end = secondsToMs(p.end);
        if (speaker === null || start === null || end === null) continue;
        while (k < words.length && !((words[k] as AsrWord).start >= start)) k++;
        while (k < words.length && (words[k] as AsrWord).start <= end) {
          (words[k] as AsrWord).speaker = speaker;
          k++;
        }
      }
    }
    const utterances = arrayOf(json.results.utterances);
    // Diarization given only per utterance: its speaker for each of its words.
    if (utterances.length > 0 && (words.length === 0 || words.every((w) => w.speaker === null))) {
      // Utterances of more than one channel (`multichannel=true`): each channel a voice, as above.
      const channelled = new Set(utterances.map((u) => u.channel)).size > 1;
      const fromUtterances = utterances.flatMap((u) => {
        const list = wordsOf(u.words, label(u.speaker));
        if (channelled)
          for (const w of list)
            w.speaker = w.speaker === null ? String(u.channel) : `${u.channel}:${w.speaker}`;
        if (list[0]) list[0].paragraph = true;
        return list;
      });
      if (fromUtterances.length > 0) return fromUtterances;
    }
    return words.length > 0 ? words : paragraphSentences(paragraphs);
  },
};
