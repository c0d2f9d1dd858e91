/**
 * Praat TextGrid files (`.TextGrid`), the long text format and the short one, as Praat, the
 * Montreal Forced Aligner, WebMAUS and other aligners write them, read as timed words. Each
 * interval tier's labelled intervals are words or utterances (spread over the interval by
 * length); an empty label, `sil`, `sp` or `<eps>` is silence. Which tiers are read:
 * - with word tiers (`words`, MFA's `Jane Doe - words`), those alone, the speaker from the part
 *   before ` - `;
 * - else every interval tier that is no phone tier, each a speaker named by the tier when there
 *   are two or more (a tier per speaker: `Interviewer`, `Jane Doe`), none when one, or when the
 *   name says it is the transcript (`transcript`, `text`, `utterance`, `ortho`).
 * A speaker's name is kept when written as one (capitalized words); one written in lower case
 * (`michael`, a speaker folder's name) is capitalized (`Michael`), a code (`spk1`, `61`) is a
 * voice, `Speaker N` in order; the message names each tier so read.
 * Phone tiers (`phones`, `Jane Doe - phones`), the tiers the rule leaves out and point tiers
 * (`TextTier`) are no words: dropped and reported (`textgrid-tiers`). The tiers' words are
 * merged by time. A word's line is the line of its label in the file. Read as Praat reads a text
 * file: numbers, quoted strings (`""` a quotation mark) and `<exists>` flags in order, all else
 * (the long format's `xmin =`, `intervals [1]:`, `!` comments) skipped; one pass, linear.
 */
import type { Message } from '../../core/document.ts';
import type { IngestedText } from '../lines.ts';
import { asrWordsToText } from './index.ts';
import { type AsrWord, capitalizedName, isCodeLabel } from './types.ts';
import { spread } from './whisper.ts';

/** True when the text opens with a TextGrid's header lines. */
export function looksLikeTextGrid(text: string): boolean {
  return /^\uFEFF?\s*File type\s*=\s*"ooTextFile(?: short)?"\s*\r?\n\s*Object class\s*=\s*"TextGrid"/.test(
    text.slice(0, 256),
  );
}

type Token =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'number'; value: number; line: number }
  | { kind: 'flag'; value: string; line: number };

const DIGIT_OR_SIGN = /[0-9+\-.]/;
const NUMBER_CHAR = /[0-9+\-.eE]/;

/** The values of a Praat text file in order (see the module comment). */
function tokenize(source: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charAt(i);
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '"') {
      // Up to the closing quotation mark: a doubled one (`""`) is a mark in the text.
      const at = line;
      let value = '';
      i++;
      while (i < n) {
        let close = source.indexOf('"', i);
        if (close === -1) close = n;
        const part = source.slice(i, close);
        for (let j = part.indexOf('\n'); j !== -1; j = part.indexOf('\n', j + 1)) line++;
        value += part;
        if (source.charAt(close + 1) === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      out.push({ kind: 'string', value, line: at });
    } else if (c === '!') {
      while (i < n && source.charAt(i) !== '\n') i++;
    } else if (c === '[') {
      // An index (`item [1]:`, `intervals [3]:`) is no value.
      while (i < n && source.charAt(i) !== ']' && source.charAt(i) !== '\n') i++;
    } else if (c === '<') {
      let j = i + 1;
      while (j < n && j - i <= 20 && /[a-z]/i.test(source.charAt(j))) j++;
      if (source.charAt(j) === '>') out.push({ kind: 'flag', value: source.slice(i + 1, j), line });
      i = j + 1;
    } else if (DIGIT_OR_SIGN.test(c)) {
      let j = i + 1;
      while (j < n && NUMBER_CHAR.test(source.charAt(j))) j++;
      const value = Number(source.slice(i, j));
      if (Number.isFinite(value)) out.push({ kind: 'number', value, line });
      i = j;
    } else if (/[A-Za-z_]/.test(c)) {
      // A label of the long format (`xmin`, `class`, `tiers?`): no value; so is a word and its
      // digits (`item`, `x1`).
      let j = i + 1;
      while (j < n && /[A-Za-z_0-9?]/.test(source.charAt(j))) j++;
      i = j;
    } else i++;
  }
  return out;
}

/** Labels that mark silence, not words. */
const SILENCE = /^(?:sil|sp|<eps>|<sil>|#)?$/i;
/** A person's name as a tier gives it: capitalized words (`Jane Doe`, `Jane_Doe`, `Interviewer`). */
const PERSON = /^\p{Lu}[\p{L}'.-]*(?:[ _]\p{Lu}[\p{L}'.-]*){0,4}$/u;
/** Tiers of phones or other units below the word. */
const PHONE_TIER = /^(?:.{1,200} - )?(?:phones?|phonemes?|phonetic|segments?|syllables?|mau|mas)$/i;
/** MFA's and others' word tiers: `words`, `Jane Doe - words`. */
const WORD_TIER = /^(?:(.{1,200}) - )?(?:words?|wrd|ort)$/i;
/** A tier's name that names the transcript, not a speaker. */
const TRANSCRIPT_TIER =
  /^(?:transcript(?:ion)?|text|utterances?|sentences?|ortho(?:graphy)?|trans)$/i;

interface Tier {
  kind: string;
  name: string;
  intervals: { start: number; end: number; text: string; line: number }[];
}

/** The tiers of a TextGrid, or null when the values are not one. */
function readTiers(tokens: Token[]): Tier[] | null {
  let k = 0;
  const take = <K extends Token['kind']>(kind: K): Extract<Token, { kind: K }> | null => {
    const t = tokens[k];
    if (t === undefined || t.kind !== kind) return null;
    k++;
    return t as Extract<Token, { kind: K }>;
  };
  if (take('string')?.value.startsWith('ooTextFile') !== true) return null;
  if (take('string')?.value !== 'TextGrid') return null;
  if (take('number') === null || take('number') === null) return null;
  const exists = take('flag');
  if (exists?.value !== 'exists') return [];
  const size = take('number')?.value ?? 0;
  const tiers: Tier[] = [];
  for (let t = 0; t < size; t++) {
    const kind = take('string')?.value;
    const name = take('string')?.value;
    if (kind === undefined || name === undefined) return tiers;
    if (take('number') === null || take('number') === null) return tiers;
    const count = take('number')?.value ?? 0;
    const tier: Tier = { kind, name, intervals: [] };
    for (let i = 0; i < count; i++) {
      const start = take('number');
      const end = kind === 'IntervalTier' ? take('number') : start;
      const text = take('string');
      if (start === null || end === null || text === null) return [...tiers, tier];
      tier.intervals.push({
        start: start.value,
        end: end.value,
        text: text.value,
        line: text.line,
      });
    }
    tiers.push(tier);
  }
  return tiers;
}

/**
 * A TextGrid to transcript text and timed words (see the module comment).
 *
 * @example textGridToLines(grid).text // 'Jane Doe: good evening'
 */
export function textGridToLines(source: string): IngestedText {
  const tiers = readTiers(tokenize(source)) ?? [];
  const intervalTiers = tiers.filter((t) => t.kind === 'IntervalTier');
  const wordTiers = intervalTiers.filter((t) => WORD_TIER.test(t.name.trim()));
  const read =
    wordTiers.length > 0 ? wordTiers : intervalTiers.filter((t) => !PHONE_TIER.test(t.name.trim()));
  // A tier's speaker as written (`Jane Doe`, MFA's `Jane Doe - words`); one written in lower case
  // (`michael`) capitalized; a code (`spk1`, a speaker folder's `61`) a voice numbered in order.
  const voices = new Map<string, string>();
  const speakerOf = (tier: Tier): string | null => {
    const name = tier.name.trim();
    const word = WORD_TIER.exec(name);
    const given = word
      ? word[1]?.trim() || null
      : read.length > 1 && name !== '' && !TRANSCRIPT_TIER.test(name)
        ? name
        : null;
    if (given === null || (PERSON.test(given) && !isCodeLabel(given)))
      return given?.replace(/_/g, ' ') ?? null;
    let voice = voices.get(given);
    if (voice === undefined) {
      // A name written in lower case reads as one capitalized; a code is a numbered voice.
      voice =
        capitalizedName(given) ??
        `voice ${[...voices.values()].filter((v) => v.startsWith('voice ')).length + 1}`;
      voices.set(given, voice);
    }
    return voice;
  };
  const words: AsrWord[] = [];
  for (const tier of read) {
    const speaker = speakerOf(tier);
    for (const interval of tier.intervals) {
      const text = interval.text.replace(/\s+/g, ' ').trim();
      if (SILENCE.test(text)) continue;
      const start = Math.round(interval.start * 1000);
      const end = Math.max(start, Math.round(interval.end * 1000));
      for (const w of spread(text, start, end, speaker)) words.push({ ...w, line: interval.line });
    }
  }
  // Tier after tier: in time order, stable (a tier's own order kept).
  words.sort((a, b) => a.start - b.start);
  const result = asrWordsToText(words);
  const dropped = tiers.filter((t) => !read.includes(t));
  let numbered = '';
  for (const [given, voice] of voices)
    numbered += `${numbered === '' ? '; tiers read as speakers: ' : ', '}"${given.slice(0, 40)}" → ${voice}`;
  const messages: Message[] = [
    {
      ruleId: 'asr-input',
      reason: `Read a Praat TextGrid: ${read.length} tier(s) of words (${read.map((t) => `"${t.name.slice(0, 40)}"`).join(', ')}), ${words.length} timed word(s)${numbered}`,
      line: 1,
      column: 1,
      severity: words.length > 0 ? 'info' : 'warning',
    },
  ];
  if (dropped.length > 0) {
    messages.push({
      ruleId: 'textgrid-tiers',
      reason: `Left out ${dropped.length} tier(s) that are no words of the transcript (phones, point tiers, other levels): ${dropped
        .slice(0, 8)
        .map((t) => `"${t.name.slice(0, 40)}"`)
        .join(', ')}`,
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  result.messages = [...messages, ...(result.messages ?? [])];
  return result;
}
