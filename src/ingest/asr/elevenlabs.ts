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
  type Json,
  label,
  num,
  str,
} from './types.ts';

const KINDS: ReadonlySet<string> = new Set(['word', 'spacing', 'audio_event']);

/** One ElevenLabs transcript: top-level `words` of the kinds above. */
function isTranscript(json: unknown): boolean {
  if (!isObject(json) || Array.isArray(json.segments)) return false;
  const first = arrayOf(json.words)[0];
  return (
    first !== undefined &&
    typeof first.text === 'string' &&
    typeof first.type === 'string' &&
    KINDS.has(first.type) &&
    ('language_code' in json || 'speaker_id' in first || 'logprob' in first)
  );
}

/**
 * The words of one transcript; a word without its `speaker_id` is the `voice` given (a
 * multichannel result's channel), else nobody's. `offset` counts the words of the transcripts
 * before, for the messages.
 */
function transcriptWords(json: Json, voice: string | null, offset: number): AsrWord[] {
  const out: AsrWord[] = [];
  let index = offset;
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
      speaker: label(w.speaker_id) ?? voice,
    });
  }
  return out;
}

/**
 * A result, or a multichannel one (`use_multi_channel`: `transcripts`, one per channel, each with
 * its `channel_index`): every channel's words in turn, each channel a voice (`speaker_0` for
 * channel 0, as ElevenLabs labels them), merged by time downstream (`asr-time-order`).
 */
export const elevenLabs: AsrReader = {
  detect(json) {
    if (isTranscript(json)) return true;
    if (!isObject(json) || !Array.isArray(json.transcripts)) return false;
    const first = arrayOf(json.transcripts)[0];
    return first !== undefined && isTranscript(first);
  },
  read(json) {
    if (!isObject(json)) return [];
    if (!Array.isArray(json.transcripts)) return transcriptWords(json, null, 0);
    const out: AsrWord[] = [];
    let offset = 0;
    arrayOf(json.transcripts).forEach((t, i) => {
      const channel = num(t.channel_index) ?? i;
      for (const word of transcriptWords(t, `speaker_${channel}`, offset)) out.push(word);
      offset += arrayOf(t.words).length;
    });
    return out;
  },
};
