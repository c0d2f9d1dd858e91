/**
 * The Hugging Face `transformers` speech-recognition pipeline's output (Whisper, Distil-Whisper
 * with `return_timestamps`; transformers.js; insanely-fast-whisper): `text` and `chunks`, each a
 * `text` with `timestamp: [start, end]` in seconds (a word with `return_timestamps="word"`, else a
 * segment, spread over its span by length). The last chunk's end may be null (the pipeline could
 * not close it): its words take a newsroom pace. insanely-fast-whisper's diarized file adds
 * `speakers`, turns with `speaker` and `timestamp`: each word takes the turn it starts in; a file
 * with only `speakers` is read from its turns.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, type Json, label, str } from './types.ts';
import { spread } from './whisper.ts';

/** Ms a word takes at a newsroom pace (150 words a minute), for a chunk left open. */
const MS_PER_WORD = 400;

/** A chunk's `[start, end]` in ms (end null when open), or null when it has no start. */
function span(item: Json): { start: number; end: number | null } | null {
  const t = item.timestamp;
  if (!Array.isArray(t)) return null;
  const [from, to] = t as unknown[];
  if (typeof from !== 'number' || !Number.isFinite(from)) return null;
  const end = typeof to === 'number' && Number.isFinite(to) ? Math.round(to * 1000) : null;
  return { start: Math.round(from * 1000), end };
}

function timedList(list: unknown): Json[] {
  const items = arrayOf(list);
  const first = items[0];
  return first && typeof first.text === 'string' && span(first) ? items : [];
}

/** The words of timed items, each item's text spread over its span. */
function wordsOf(items: readonly Json[], speakerOf: (item: Json) => string | null): AsrWord[] {
  const out: AsrWord[] = [];
  items.forEach((item, i) => {
    const text = str(item.text);
    const at = span(item);
    if (!text?.trim() || !at) return;
    const next = items[i + 1] ? span(items[i + 1] as Json) : null;
    const count = text.trim().split(/\s+/).length;
    const end =
      at.end ??
      Math.max(at.start, Math.min(next?.start ?? Infinity, at.start + count * MS_PER_WORD));
    out.push(...spread(text, at.start, Math.max(at.start, end), speakerOf(item)));
  });
  return out;
}

export const transformersPipeline: AsrReader = {
  detect(json) {
    return (
      isObject(json) && (timedList(json.chunks).length > 0 || timedList(json.speakers).length > 0)
    );
  },
  read(json) {
    if (!isObject(json)) return [];
    const turns = timedList(json.speakers);
    const chunks = timedList(json.chunks);
    if (chunks.length === 0) {
      return wordsOf(turns, (t) => label(t.speaker)).map((w, i, all) => {
        if (i === 0 || all[i - 1]?.speaker !== w.speaker) w.paragraph = true;
        return w;
      });
    }
    const words = wordsOf(chunks, () => null);
    // Each word takes the turn it starts in (both lists run forward in time: one pass).
    let k = 0;
    for (const w of words) {
      while (k < turns.length - 1 && (span(turns[k] as Json)?.end ?? Infinity) <= w.start) k++;
      const turn = turns[k];
      if (turn) w.speaker = label(turn.speaker);
    }
    return words;
  },
};
