/**
 * Deepgram pre-recorded responses: `results.channels[].alternatives[0].words` with
 * `punctuated_word` and, when diarized, `speaker`; `results.utterances` (each with its words)
 * when the words carry no speaker; `paragraphs` (smart formatting) mark where paragraphs start.
 * Times are seconds.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  isObject,
  label,
  secondsToMs,
  str,
} from './types.ts';

function wordsOf(list: unknown, fallbackSpeaker: string | null): AsrWord[] {
  const out: AsrWord[] = [];
  for (const w of arrayOf(list)) {
    const text = str(w.punctuated_word) ?? str(w.word);
    const start = secondsToMs(w.start);
    const end = secondsToMs(w.end);
    if (!text) continue;
    out.push({
      text,
      start: start ?? Number.NaN,
      end: end ?? Number.NaN,
      speaker: label(w.speaker) ?? fallbackSpeaker,
    });
  }
  return out;
}

export const deepgram: AsrReader = {
  detect(json) {
    if (!isObject(json) || !isObject(json.results)) return false;
    const channels = json.results.channels;
    return Array.isArray(channels) && arrayOf(channels).some((c) => Array.isArray(c.alternatives));
  },
  read(json) {
    if (!isObject(json) || !isObject(json.results)) return [];
    const channel = arrayOf(json.results.channels)[0];
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
    const utterances = arrayOf(json.results.utterances);
    // Diarization given only per utterance: its speaker for each of its words.
    if (utterances.length > 0 && (words.length === 0 || words.every((w) => w.speaker === null))) {
      const fromUtterances = utterances.flatMap((u) => {
        const list = wordsOf(u.words, label(u.speaker));
        if (list[0]) list[0].paragraph = true;
        return list;
      });
      if (fromUtterances.length > 0) return fromUtterances;
    }
    return words;
  },
};
