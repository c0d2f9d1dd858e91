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
    if (!text || start === null || end === null) continue;
    out.push({
      text,
      start: Math.round(start),
      end: Math.round(end),
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
    if (utterances.length > 0 && (words.length === 0 || words.every((w) => w.speaker === null))) {
      const fromUtterances = utterances.flatMap((u) => wordsOf(u.words, label(u.speaker)));
      if (fromUtterances.length > 0) return fromUtterances;
    }
    return words;
  },
};
