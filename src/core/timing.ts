/**
 * Timing estimates: how long a block takes to read on air (prompter, rundown) or to speak
 * (subtitle cues without audio). Pure functions of the text; the caller decides what is timed
 * (directions and other text that is not read aloud take no time: do not pass it here).
 *
 * Formula (both estimates): a rate in words per minute is turned into a syllable pace with the
 * language's average syllables per word, and the text's own syllables are timed at that pace:
 *
 *   durationMs = 60 000 × syllables / (rateWpm × SYLLABLES_PER_WORD[language])
 *
 * so a text with the language's average word length takes exactly `words / rateWpm` minutes,
 * and a text of long words (figures, names, Latin terms) takes longer than one of short words.
 * Languages without a reference figure are timed by words alone: `60 000 × words / rateWpm`.
 */
import { measureText, primaryLanguage } from './language.ts';

/**
 * Default read rates in words per minute. English 180 is the newsroom systems' default (three
 * words a second). Russian is lower, 150, because a Russian word carries more syllables (about
 * 2.6 against 1.6 in English news copy, see {@link SYLLABLES_PER_WORD}), so fewer words fit in
 * a minute at a presenter's pace. Other languages: {@link FALLBACK_READ_RATE_WPM}.
 */
export const DEFAULT_READ_RATE_WPM: Readonly<Record<string, number>> = { en: 180, ru: 150 };

/** Read rate for languages missing from {@link DEFAULT_READ_RATE_WPM}, in words per minute. */
export const FALLBACK_READ_RATE_WPM = 170;

/**
 * Default speech rates for subtitles, in words per minute: people speaking (a SOT, a briefing)
 * are slower than a presenter reading copy. English 160; other languages scale their read rate
 * by the same 160/180 (Russian 133, others 151).
 */
export const DEFAULT_SPEECH_RATE_WPM: Readonly<Record<string, number>> = { en: 160, ru: 133 };

/** Speech rate for languages missing from {@link DEFAULT_SPEECH_RATE_WPM}, in words per minute. */
const FALLBACK_SPEECH_RATE_WPM = 151;

/**
 * Average syllables per word of running text, as counted by `countSyllables`/`countWords`.
 * English 1.6: the corpus in test/fixtures measures 1.62 (wire copy, briefings, remarks).
 * Russian 2.6: vowel letters per word in Russian news copy (our own wire-style sample in
 * test/core/timing.test.ts measures 2.68; literary prose runs lower, near 2.3).
 */
export const SYLLABLES_PER_WORD: Readonly<Record<string, number>> = { en: 1.6, ru: 2.6 };

/** Default read rate of a language (BCP 47 tag), in words per minute. */
export function defaultReadRateWpm(language: string): number {
  return DEFAULT_READ_RATE_WPM[primaryLanguage(language)] ?? FALLBACK_READ_RATE_WPM;
}

/** Default speech rate of a language (BCP 47 tag), in words per minute. */
export function defaultSpeechRateWpm(language: string): number {
  return DEFAULT_SPEECH_RATE_WPM[primaryLanguage(language)] ?? FALLBACK_SPEECH_RATE_WPM;
}

/**
 * Duration in ms of a text already counted: `words` and `syllables` of it, timed at `rateWpm`
 * words per minute (see the module comment for the formula). Returns 0 for no words or a rate
 * that is not a positive number. Words without a syllable (Russian в, с) take no time of their
 * own: they are said with the next word.
 *
 * @example
 * durationMsFromCounts(180, 288, 'en', 180); // 60000 (average English: one minute)
 */
export function durationMsFromCounts(
  words: number,
  syllables: number,
  language: string,
  rateWpm: number,
): number {
  if (!(words > 0) || !(rateWpm > 0) || !Number.isFinite(rateWpm)) return 0;
  const perWord = SYLLABLES_PER_WORD[primaryLanguage(language)];
  if (perWord === undefined) return Math.round((60_000 * words) / rateWpm);
  return Math.round((60_000 * Math.max(0, syllables)) / (rateWpm * perWord));
}

function rateOrDefault(rateWpm: number | undefined, fallback: number): number {
  return rateWpm !== undefined && rateWpm > 0 && Number.isFinite(rateWpm) ? rateWpm : fallback;
}

/**
 * Estimated time for a presenter to read `text` aloud, in ms, at `readRateWpm` words per minute
 * (default: {@link defaultReadRateWpm} of the language; a rate that is not a positive number
 * falls back to it). Syllable-based, normalized so that average text of the language takes
 * `words / readRateWpm` minutes.
 *
 * @example
 * estimateReadMs('The issue of sovereignty is not negotiable.', 'en'); // 2917
 */
export function estimateReadMs(text: string, language: string, readRateWpm?: number): number {
  const rate = rateOrDefault(readRateWpm, defaultReadRateWpm(language));
  const { words, syllables } = measureText(text, language);
  return durationMsFromCounts(words, syllables, language, rate);
}

/**
 * Estimated time for a person to say `text`, in ms, for subtitle timing without audio, at
 * `speechRateWpm` words per minute (default: {@link defaultSpeechRateWpm}). Same syllable-based
 * formula as {@link estimateReadMs}.
 *
 * @example
 * estimateSpeechMs('I would like to call upon our colleagues.', 'en'); // 2578
 */
export function estimateSpeechMs(text: string, language: string, speechRateWpm?: number): number {
  const rate = rateOrDefault(speechRateWpm, defaultSpeechRateWpm(language));
  const { words, syllables } = measureText(text, language);
  return durationMsFromCounts(words, syllables, language, rate);
}
