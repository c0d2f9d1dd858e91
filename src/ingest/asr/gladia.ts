/**
 * Gladia pre-recorded transcription (API v2): `result.transcription.utterances`, each with
 * `start`/`end` in seconds, `text`, `speaker` (a number, with diarization) and its `words`
 * (`word` with a leading space, `start`, `end`). Each utterance starts a paragraph.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, type Json, label, str } from './types.ts';
import { spread } from './whisper.ts';

/** The `transcription` object, at the top or under `result`. */
function transcription(json: unknown): Json | null {
  if (!isObject(json)) return null;
  const inner = isObject(json.result) ? json.result.transcription : json.transcription;
  if (!isObject(inner) || !Array.isArray(inner.utterances)) return null;
  return inner;
}

export const gladia: AsrReader = {
  detect(json) {
    const t = transcription(json);
    const first = t ? arrayOf(t.utterances)[0] : undefined;
    return first !== undefined && typeof first.text === 'string' && 'start' in first;
  },
  read(json) {
    const out: AsrWord[] = [];
    for (const u of arrayOf(transcription(json)?.utterances)) {
      const speaker = label(u.speaker);
      const start = Math.round(Number(u.start) * 1000);
      const end = Math.round(Number(u.end) * 1000);
      const words: AsrWord[] = [];
      for (const w of arrayOf(u.words)) {
        const text = str(w.word)?.trim();
        if (!text) continue;
        const from = Number(w.start);
        const to = Number(w.end);
        words.push({
          text,
          start: typeof w.start === 'number' ? Math.round(from * 1000) : Number.NaN,
          end: typeof w.end === 'number' ? Math.round(to * 1000) : Number.NaN,
          speaker,
        });
      }
      // No words (`words` left out): the utterance's text spread over its span.
      const list =
        words.length > 0
          ? words
          : Number.isFinite(start) && Number.isFinite(end)
            ? spread(str(u.text) ?? '', start, end, speaker)
            : [];
      if (list[0]) list[0].paragraph = true;
      out.push(...list);
    }
    return out;
  },
};
