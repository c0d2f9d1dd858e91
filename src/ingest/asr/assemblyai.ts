/**
 * AssemblyAI transcripts: top-level `words` (ms, `speaker` letters when diarized) and
 * `utterances` (each with its words). Utterances are read when the words carry no speaker. The
 * `/paragraphs` and `/sentences` exports (a list of paragraphs or sentences with their words)
 * are read too. A multichannel transcript (`multichannel: true`) gives each word its `channel`:
 * each channel is a voice (unless diarized), the words in time order.
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

function wordsOf(list: unknown, fallbackSpeaker: string | null, channels = false): AsrWord[] {
  const out: AsrWord[] = [];
  for (const w of arrayOf(list)) {
    const text = str(w.text);
    const start = num(w.start);
    const end = num(w.end);
    if (text === null) continue;
    // A time written but no number of ms: refused, naming the word.
    if (start === null && w.start != null)
      throw badTime('AssemblyAI', out.length, 'start', w.start, 'ms');
    if (end === null && w.end != null) throw badTime('AssemblyAI', out.length, 'end', w.end, 'ms');
    out.push({
      text,
      start: start === null ? Number.NaN : Math.round(start),
      end: end === null ? Number.NaN : Math.round(end),
      speaker: label(w.speaker) ?? (channels ? label(w.channel) : null) ?? fallbackSpeaker,
    });
  }
  return out;
}

/** Words of several channels in time order (stable: each channel's own order holds). */
function inTimeOrder(words: AsrWord[]): AsrWord[] {
  for (let i = 1; i < words.length; i++) {
    if ((words[i] as AsrWord).start < (words[i - 1] as AsrWord).start) {
      return words
        .map((word, at) => ({ word, at }))
        .sort((a, b) => a.word.start - b.word.start || a.at - b.at)
        .map((k) => k.word);
    }
  }
  return words;
}

/**
 * The `/paragraphs` and `/sentences` exports of a transcript: `paragraphs` (or `sentences`), each
 * with `text`, `start`, `end` (ms) and its `words`; the list, or null for another shape.
 */
function exportList(json: Json): Json[] | null {
  if (Array.isArray(json.segments) || 'results' in json) return null;
  for (const key of ['paragraphs', 'sentences'] as const) {
    const list = arrayOf(json[key]);
    const first = arrayOf(list[0]?.words)[0];
    if (first && typeof first.text === 'string' && typeof first.start === 'number') return list;
  }
  return null;
}

export const assemblyai: AsrReader = {
  detect(json) {
    if (!isObject(json)) return false;
    if (exportList(json)) return true;
    const words = arrayOf(json.words);
    const first = words[0] ?? arrayOf(arrayOf(json.utterances)[0]?.words)[0];
    // Words in ms with `text`, and AssemblyAI's transcript fields.
    return (
      first !== undefined &&
      typeof first.text === 'string' &&
      'start' in first &&
      ('audio_url' in json || 'utterances' in json || 'status' in json || 'confidence' in json) &&
      !Array.isArray(json.segments)
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    const exported = arrayOf(json.words).length === 0 ? exportList(json) : null;
    if (exported) {
      // Each exported paragraph starts one (a sentence export marks no paragraphs).
      const paragraphs = Array.isArray(json.paragraphs);
      return exported.flatMap((p) => {
        const list = wordsOf(p.words, null);
        if (paragraphs && list[0]) list[0].paragraph = true;
        return list;
      });
    }
    // Multichannel: each word's channel is its voice.
    const channels = json.multichannel === true || (num(json.audio_channels) ?? 1) > 1;
    const words = wordsOf(json.words, null, channels);
    if (channels && words.length > 0) return inTimeOrder(words);
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
