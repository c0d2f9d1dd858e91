/**
 * AssemblyAI transcripts: top-level `words` (ms, `speaker` letters when diarized) and
 * `utterances` (each with its words). Utterances are read when the words carry no speaker.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, label, num, str } from './types.ts';

function wordsOf(list: unknown, fallbackSpeaker: string | null): AsrWord[] {
  const out: AsrWord[] = [];
  for (const w of arrayOf(list)) {
    const text = str(w.text);
    const start = num(w.start);
    const end = num(w.end);
    if (!text) continue;
    out.push({
      text,
      start: start === null ? Number.NaN : Math.round(start),
      end: end === null ? Number.NaN : Math.round(end),
      speaker: label(w.speaker) ?? fallbackSpeaker,
    });
  }
  return out;
}

export const assemblyai: AsrReader = {
  detect(json) {
    if (!isObject(json)) return false;
    const words = arrayOf(json.words);
    const first = words[0] ?? arrayOf(arrayOf(json.utterances)[0]?.words)[0];
    // Words in ms with `text`, and AssemblyAI's transcript fields.
    return (
      first !== undefined &&
      typeof first.text === 'string' &&
      typeof first.start === 'number' &&
      ('audio_url' in json || 'utterances' in json || 'status' in json || 'confidence' in json) &&
      !Array.isArray(json.segments)
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    const words = wordsOf(json.words, null);
    const utterances = arrayOf(json.utterances);
    // Each utterance starts a paragraph.
    const starts = new Set<number>();
    for (const u of utterances) {
      const start = num(u.start);
      if (start !== null) starts.add(Math.round(start));
    }
    if (starts.size > 0) for (const w of words) if (starts.has(w.start)) w.paragraph = true;
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
