/**
 * ElevenLabs Speech-to-Text (Scribe): top-level `words`, each with `text`, `start` and `end` in
 * seconds, a `type` (`word`, `spacing` between words, `audio_event` for a sound such as
 * `(laughter)`) and `speaker_id` (`speaker_0` …) when diarized. Spacing items carry no word; an
 * audio event is kept as its bracketed text, a direction of the turn it falls in.
 */
import {
  type AsrReader,
  type AsrWord,
  arrayOf,
  badTime,
  isObject,
  label,
  num,
  str,
} from './types.ts';

const KINDS: ReadonlySet<string> = new Set(['word', 'spacing', 'audio_event']);

export const elevenLabs: AsrReader = {
  detect(json) {
    if (!isObject(json) || Array.isArray(json.segments)) return false;
    const first = arrayOf(json.words)[0];
    return (
      first !== undefined &&
      typeof first.text === 'string' &&
      typeof first.type === 'string' &&
      KINDS.has(first.type) &&
      ('language_code' in json || 'speaker_id' in first || 'logprob' in first)
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    const out: AsrWord[] = [];
    let index = 0;
    for (const w of arrayOf(json.words)) {
      index++;
      const text = str(w.text)?.trim();
      if (!text || w.type === 'spacing') continue;
      const start = num(w.start);
      const end = num(w.end);
      if (w.start !== undefined && start === null) {
        throw badTime('ElevenLabs', index - 1, 'start', w.start, 'a number of seconds');
      }
      if (w.end !== undefined && end === null) {
        throw badTime('ElevenLabs', index - 1, 'end', w.end, 'a number of seconds');
      }
      out.push({
        text,
        start: start === null ? Number.NaN : Math.round(start * 1000),
        end: end === null ? Number.NaN : Math.round(end * 1000),
        speaker: label(w.speaker_id),
      });
    }
    return out;
  },
};
