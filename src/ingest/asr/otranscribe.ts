/**
 * oTranscribe's `.otr` file (a transcript typed against the audio in the oTranscribe web app):
 * JSON of `text`, the transcript as the editor's HTML, with `media`, `media-source` and
 * `media-time` (where playback stopped). A timestamp the transcriber put in is
 * `<span class="timestamp" data-timestamp="12.3">0:12</span>`: the words after it, up to the next
 * one, are said from that time, spread over the stretch by length (no longer than they take said
 * slowly, 0.6 s a word, so a pause before the next stamp stays a pause); the shown `0:12` is no
 * word. A paragraph (`<p>`, `<div>`, `<br>`) starts one in the text, where a typed `Name:` label
 * is read as any transcript's (it takes no time of the stretch). Words before the first stamp have no time: placed before it
 * (`asr-untimed-words`).
 */
import { Parser } from 'htmlparser2';
import { type AsrReader, type AsrWord, isObject, type Json } from './types.ts';

/** The seconds a word takes said slowly (100 words a minute), and at a newsroom pace. */
const SLOW_MS_PER_WORD = 600;
const MS_PER_WORD = 400;

function isOtr(json: unknown): json is Json {
  return (
    isObject(json) &&
    typeof json.text === 'string' &&
    ('media-time' in json || 'media-source' in json || 'media' in json) &&
    Object.keys(json).every((k) => k === 'text' || k.startsWith('media'))
  );
}

/** Block elements of the editor's HTML: each starts a paragraph. */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3']);

interface Stretch {
  start: number;
  /** The stretch's words, each with whether it opens a paragraph. */
  words: { text: string; paragraph: boolean }[];
}

export const oTranscribe: AsrReader = {
  detect: isOtr,
  read(json) {
    if (!isOtr(json)) return [];
    const stretches: Stretch[] = [{ start: Number.NaN, words: [] }];
    let paragraph = true;
    /** Depth inside a timestamp span (its shown time is no word). */
    let inStamp = 0;
    let pending = '';
    const flush = () => {
      const current = stretches[stretches.length - 1] as Stretch;
      for (const text of pending.split(/\s+/)) {
        if (!text) continue;
        current.words.push({ text, paragraph });
        paragraph = false;
      }
      pending = '';
    };
    const parser = new Parser(
      {
        onopentag(tag, attrs) {
          if (inStamp > 0) {
            inStamp++;
            return;
          }
          if (BLOCKS.has(tag)) {
            flush();
            paragraph = true;
          }
          const stamp = attrs['data-timestamp'];
          if (stamp !== undefined && /\btimestamp\b/.test(attrs.class ?? '')) {
            flush();
            const seconds = /^\s*\d{1,7}(?:\.\d{1,6})?\s*$/.test(stamp) ? Number(stamp) : null;
            if (seconds !== null) stretches.push({ start: Math.round(seconds * 1000), words: [] });
            if (tag !== 'br') inStamp = 1;
          }
        },
        ontext(data) {
          if (inStamp === 0) pending += data;
        },
        onclosetag(tag) {
          if (inStamp > 0) {
            inStamp--;
            return;
          }
          if (BLOCKS.has(tag)) {
            flush();
            paragraph = true;
          }
        },
      },
      { decodeEntities: true },
    );
    parser.write(json.text as string);
    parser.end();
    flush();
    const out: AsrWord[] = [];
    // Each stretch's next stretch with words (its start ends this one), found in one pass back.
    const nextStart: (number | undefined)[] = new Array(stretches.length);
    let following: number | undefined;
    for (let i = stretches.length - 1; i >= 0; i--) {
      nextStart[i] = following;
      const s = stretches[i] as Stretch;
      if (s.words.length > 0) following = s.start;
    }
    for (let i = 0; i < stretches.length; i++) {
      const { start, words } = stretches[i] as Stretch;
      if (words.length === 0) continue;
      const next = nextStart[i];
      const timed = Number.isFinite(start);
      const end = timed
        ? next === undefined
          ? start + words.length * MS_PER_WORD
          : Math.max(start, Math.min(next, start + words.length * SLOW_MS_PER_WORD))
        : Number.NaN;
      // A label typed at a paragraph's start (`Maria:`, `Tom Hale:`) is not said: it takes no
      // time, the words after it start on the stamp.
      const label = words.map(() => false);
      for (let w = 0; w < words.length; w++) {
        if (!(words[w] as { paragraph: boolean }).paragraph) continue;
        for (let k = w; k < Math.min(words.length, w + 4); k++) {
          if (k > w && (words[k] as { paragraph: boolean }).paragraph) break;
          if (!(words[k] as { text: string }).text.endsWith(':')) continue;
          for (let j = w; j <= k; j++) label[j] = true;
          break;
        }
      }
      const total = words.reduce((n, w, k) => n + (label[k] ? 0 : w.text.length), 0) || 1;
      let at = start;
      for (const [k, w] of words.entries()) {
        const share = !timed ? Number.NaN : label[k] ? 0 : ((end - start) * w.text.length) / total;
        out.push({
          text: w.text,
          start: timed ? Math.round(at) : Number.NaN,
          end: timed ? Math.round(at + share) : Number.NaN,
          speaker: null,
          ...(w.paragraph ? { paragraph: true } : {}),
        });
        at += share;
      }
    }
    return out;
  },
};
