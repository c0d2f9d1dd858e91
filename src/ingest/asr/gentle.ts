/**
 * Gentle (lowerquality/gentle, the Kaldi forced aligner newsrooms and podcast tools align a
 * transcript to its audio with): `transcript`, the text as given, and `words`, each with its
 * `case`, its place in the transcript (`startOffset`, `endOffset`) and, aligned (`success`), its
 * `start` and `end` in seconds. The words shown are the transcript's (their punctuation and
 * capitals: `word` alone drops them): a mark after a word joins it, one before a word (an opening
 * quotation mark) opens the next; a line break in the transcript starts a paragraph. A word the
 * aligner did not find in the audio (`not-found-in-audio`) has no time: placed between its
 * neighbours (`asr-untimed-words`). A word it heard that the transcript does not have
 * (`not-found-in-transcript`, the full-transcription mode) is left out, as Gentle's own CSV does.
 */
import { type AsrReader, type AsrWord, arrayOf, isObject, type Json, num } from './types.ts';

function isGentle(json: unknown): json is Json {
  if (!isObject(json) || typeof json.transcript !== 'string') return false;
  const first = arrayOf(json.words)[0];
  return first !== undefined && typeof first.case === 'string' && 'startOffset' in first;
}

/** Whitespace: the gaps between a transcript's words are split at it. */
const SPACE = /\s/;

export const gentle: AsrReader = {
  detect: isGentle,
  leftOut(json) {
    if (!isGentle(json)) return [];
    let heard = 0;
    for (const w of arrayOf(json.words)) if (w.case === 'not-found-in-transcript') heard++;
    return heard === 0
      ? []
      : [
          {
            ruleId: 'asr-left-out',
            reason: `Left out ${heard} word(s) Gentle heard that the transcript does not have (not-found-in-transcript), as its own CSV does`,
          },
        ];
  },
  read(json) {
    if (!isGentle(json)) return [];
    const transcript = json.transcript as string;
    const placed: { from: number; to: number; start: number; end: number }[] = [];
    for (const w of arrayOf(json.words)) {
      if (w.case === 'not-found-in-transcript') continue;
      const from = num(w.startOffset);
      const to = num(w.endOffset);
      if (from === null || to === null || from < 0 || to > transcript.length || to <= from)
        continue;
      // Offsets go forward: a word placed before the one read last is no place in the text.
      if (from < (placed[placed.length - 1]?.to ?? 0)) continue;
      const aligned = w.case === 'success';
      const start = aligned ? num(w.start) : null;
      const end = aligned ? num(w.end) : null;
      placed.push({
        from,
        to,
        start: start === null ? Number.NaN : Math.round(start * 1000),
        end: end === null ? Number.NaN : Math.round(end * 1000),
      });
    }
    const out: AsrWord[] = [];
    // What comes before the first word (an opening quotation mark) opens it.
    let prefix = transcript.slice(0, placed[0]?.from ?? 0).trimStart();
    let paragraph = false;
    for (let i = 0; i < placed.length; i++) {
      const word = placed[i] as { from: number; to: number; start: number; end: number };
      const next = placed[i + 1];
      const gap = transcript.slice(word.to, next ? next.from : transcript.length);
      // The gap: what touches this word ends it, what touches the next opens it, and what stands
      // alone between spaces (a dash) goes with this word.
      let a = 0;
      while (a < gap.length && !SPACE.test(gap.charAt(a))) a++;
      let b = gap.length;
      while (b > a && !SPACE.test(gap.charAt(b - 1))) b--;
      const middle = gap.slice(a, b).trim();
      const text = `${prefix}${transcript.slice(word.from, word.to)}${gap.slice(0, a)}${middle ? ` ${middle}` : ''}`;
      out.push({
        text: next ? text : `${text}${gap.slice(b)}`.trim(),
        start: word.start,
        end: word.end,
        speaker: null,
        ...(paragraph ? { paragraph: true } : {}),
      });
      prefix = next ? gap.slice(b) : '';
      paragraph = gap.slice(a, b).includes('\n');
    }
    // A transcript of several paragraphs marks each; one of a single paragraph marks none.
    if (out.some((w) => w.paragraph) && out[0]) out[0].paragraph = true;
    return out;
  },
};
