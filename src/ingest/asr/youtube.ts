/**
 * YouTube's timed text as JSON (`fmt=json3`, what yt-dlp saves as `.json3`): `events`, each a
 * caption event from `tStartMs` lasting `dDurationMs`, its text in `segs` of `utf8`. Automatic
 * captions time each word: a seg is a word (a space before it) at `tStartMs + tOffsetMs`, and
 * events of only a line break (`"\n"`) roll the lines up. A seg of several words (written
 * captions) spreads them over its time by length. A word ends where the next one starts, or
 * with its event.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, type Json, num, str } from './types.ts';
import { spread } from './whisper.ts';

export const youtubeJson3: AsrReader = {
  detect(json) {
    if (!isObject(json) || !Array.isArray(json.events)) return false;
    const first = arrayOf(json.events).find((e) => Array.isArray(e.segs));
    return first !== undefined && typeof first.tStartMs === 'number';
  },
  read(json) {
    if (!isObject(json)) return [];
    const out: AsrWord[] = [];
    for (const event of arrayOf(json.events)) {
      const segs = arrayOf(event.segs);
      const base = num(event.tStartMs);
      if (base === null || segs.length === 0) continue;
      const eventEnd = base + (num(event.dDurationMs) ?? 0);
      for (let k = 0; k < segs.length; k++) {
        const seg = segs[k] as Json;
        const text = (str(seg.utf8) ?? '').replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const start = base + (num(seg.tOffsetMs) ?? 0);
        const next = segs[k + 1];
        const nextAt = next === undefined ? null : num(next.tOffsetMs);
        const end = Math.max(start, nextAt === null ? eventEnd : base + nextAt);
        const words = text.includes(' ')
          ? spread(text, start, end, null)
          : [{ text, start, end, speaker: null }];
        for (const word of words) out.push(word);
      }
    }
    // Rolled-up events overlap the next: a word ends at the latest where the next one starts.
    for (let i = 0; i + 1 < out.length; i++) {
      const word = out[i] as AsrWord;
      const nextStart = (out[i + 1] as AsrWord).start;
      if (nextStart >= word.start && word.end > nextStart) word.end = nextStart;
    }
    return out;
  },
};
