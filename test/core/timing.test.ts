import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSyllables, countWords } from '../../src/core/language.ts';
import {
  DEFAULT_READ_RATE_WPM,
  DEFAULT_SPEECH_RATE_WPM,
  defaultReadRateWpm,
  defaultSpeechRateWpm,
  durationMsFromCounts,
  estimateReadMs,
  estimateSpeechMs,
  FALLBACK_READ_RATE_WPM,
  SYLLABLES_PER_WORD,
} from '../../src/core/timing.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

// Wire-style Russian written for these tests (not a published text): the sample that
// SYLLABLES_PER_WORD.ru is checked against.
const RUSSIAN =
  'Министр иностранных дел России провёл переговоры со своим японским коллегой в Москве. ' +
  'Стороны обсудили мирный договор, экономическое сотрудничество и упрощение визового режима ' +
  'для туристов. По словам министра, вопрос о суверенитете над южными Курильскими островами не ' +
  'обсуждается. Японская делегация отказалась от совместной пресс-конференции после встречи. ' +
  'Эксперты считают, что следующий этап переговоров может пройти уже весной, если лидеры двух ' +
  'стран договорятся о новой встрече. В Токио заявление вызвало широкий резонанс, а в Москве ' +
  'его назвали взвешенным и спокойным.';

function englishCorpus(): string {
  return readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(FIXTURES, 'corpus', f), 'utf8'))
    .join('\n\n');
}

describe('default rates', () => {
  it('English reads at 180, Russian at 150, other languages at 170 words per minute', () => {
    expect(DEFAULT_READ_RATE_WPM.en).toBe(180);
    expect(DEFAULT_READ_RATE_WPM.ru).toBe(150);
    expect(FALLBACK_READ_RATE_WPM).toBe(170);
    expect(defaultReadRateWpm('en-GB')).toBe(180);
    expect(defaultReadRateWpm('RU')).toBe(150);
    expect(defaultReadRateWpm('de')).toBe(170);
  });
  it('speech is slower than reading, English 160', () => {
    expect(DEFAULT_SPEECH_RATE_WPM.en).toBe(160);
    for (const language of ['en', 'ru', 'de']) {
      expect(defaultSpeechRateWpm(language)).toBeLessThan(defaultReadRateWpm(language));
    }
  });
});

describe('SYLLABLES_PER_WORD matches what the counters measure', () => {
  it('English: the corpus averages within 5 % of the reference', () => {
    const text = englishCorpus();
    const perWord = countSyllables(text, 'en') / countWords(text, 'en');
    expect(Math.abs(perWord / (SYLLABLES_PER_WORD.en ?? 0) - 1)).toBeLessThan(0.05);
  });
  it('Russian: the wire-style sample averages within 10 % of the reference', () => {
    const perWord = countSyllables(RUSSIAN, 'ru') / countWords(RUSSIAN, 'ru');
    expect(Math.abs(perWord / (SYLLABLES_PER_WORD.ru ?? 0) - 1)).toBeLessThan(0.1);
  });
});

describe('estimateReadMs', () => {
  it('GOOD: the English corpus at 180 wpm takes about words / 180 minutes (within 5 %)', () => {
    const text = englishCorpus();
    const byWords = (countWords(text, 'en') / 180) * 60_000;
    const estimate = estimateReadMs(text, 'en');
    expect(Math.abs(estimate / byWords - 1)).toBeLessThan(0.05);
  });

  it('GOOD: average English text gives exactly words / rate', () => {
    // 180 words carrying 1.6 syllables each read in one minute at 180 wpm.
    expect(durationMsFromCounts(180, 288, 'en', 180)).toBe(60_000);
    expect(durationMsFromCounts(150, 390, 'ru', 150)).toBe(60_000);
  });

  it('GOOD: long words take longer than as many short words', () => {
    const short = 'We go to the bar and we get a cup of tea now.';
    const long =
      'Administration officials negotiated comprehensive international agreements yesterday afternoon.';
    expect(countWords(short, 'en')).toBeGreaterThan(countWords(long, 'en'));
    expect(estimateReadMs(long, 'en')).toBeGreaterThan(estimateReadMs(short, 'en'));
  });

  it('GOOD: the rate is honoured: half the rate, twice the time', () => {
    const text = 'The issue of sovereignty over the southernmost Kuril Islands is not negotiable.';
    const at180 = estimateReadMs(text, 'en', 180);
    expect(Math.abs(estimateReadMs(text, 'en', 90) - 2 * at180)).toBeLessThanOrEqual(1);
    expect(estimateReadMs(text, 'en')).toBe(at180);
  });

  it('GOOD: Russian defaults to 150 wpm and is timed by vowels', () => {
    const words = countWords(RUSSIAN, 'ru');
    const byWords = (words / 150) * 60_000;
    expect(Math.abs(estimateReadMs(RUSSIAN, 'ru') / byWords - 1)).toBeLessThan(0.1);
    expect(estimateReadMs(RUSSIAN, 'ru-RU')).toBe(estimateReadMs(RUSSIAN, 'ru'));
  });

  it('GOOD: a language without a syllable reference is timed by words at 170 wpm', () => {
    const text = 'Der Minister sagte heute in Moskau etwas Wichtiges.';
    expect(estimateReadMs(text, 'de')).toBe(Math.round((countWords(text, 'de') * 60_000) / 170));
  });

  it('BAD: empty text, punctuation only and bad rates never give NaN, Infinity or a negative', () => {
    expect(estimateReadMs('', 'en')).toBe(0);
    expect(estimateReadMs(' — … ', 'en')).toBe(0);
    const text = 'Thank you.';
    const fallback = estimateReadMs(text, 'en');
    for (const rate of [0, -10, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(estimateReadMs(text, 'en', rate)).toBe(fallback);
    }
    expect(durationMsFromCounts(10, 15, 'en', 0)).toBe(0);
    expect(durationMsFromCounts(0, 0, 'en', 180)).toBe(0);
  });

  it('is additive: two texts take about as long as each alone (rounding only)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        fc.constantFrom('en', 'ru', 'de'),
        (a, b, language) => {
          const whole = estimateReadMs(`${a} ${b}`, language);
          const parts = estimateReadMs(a, language) + estimateReadMs(b, language);
          expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1);
          expect(Number.isInteger(whole)).toBe(true);
          expect(whole).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('estimateSpeechMs', () => {
  it('GOOD: speech takes longer than reading the same text (160 vs 180 wpm)', () => {
    const text = 'I would like to call upon our Japanese colleagues to abide by the agreements.';
    const read = estimateReadMs(text, 'en');
    const speech = estimateSpeechMs(text, 'en');
    expect(Math.abs(speech - (read * 180) / 160)).toBeLessThanOrEqual(1);
  });

  it('GOOD: a custom speech rate is honoured', () => {
    const text = 'We’ve facilitated the visa regime for groups of Russian tourists.';
    expect(
      Math.abs(estimateSpeechMs(text, 'en', 80) - 2 * estimateSpeechMs(text, 'en', 160)),
    ).toBeLessThanOrEqual(1);
  });
});
