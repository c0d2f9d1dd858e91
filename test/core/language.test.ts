import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countWords,
  detectLanguage,
  measureText,
  primaryLanguage,
} from '../../src/core/language.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

// Wire-style Russian written for these tests (not a published text).
const RUSSIAN =
  'Министр иностранных дел России провёл переговоры со своим японским коллегой в Москве. ' +
  'Стороны обсудили мирный договор, экономическое сотрудничество и упрощение визового режима. ' +
  'По словам министра, вопрос о суверенитете над южными Курильскими островами не обсуждается.';

describe('detectLanguage', () => {
  const files = readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `corpus/${f}`)
    .concat('seed/000_f12ffaff09c5b2fe.txt');
  for (const file of files) {
    it(`GOOD: ${file} is English with high confidence`, () => {
      const result = detectLanguage(readFileSync(join(FIXTURES, file), 'utf8'));
      expect(result.language).toBe('en');
      expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    });
  }

  const GOOD: Array<[string, string]> = [
    [RUSSIAN, 'ru'],
    ['В.Путин: Добрый день! Вопрос о ценах очень важный.', 'ru'],
    ['Міністр сказав, що переговори тривають і будуть продовжені.', 'uk'],
    // Arabic script: Urdu and Persian by the letters Arabic does not use.
    ['وزیر اعظم نے آج سیلاب سے متاثرہ علاقوں کا دورہ کیا اور امدادی کاموں کا جائزہ لیا۔', 'ur'],
    ['نخست وزیر امروز از مناطق سیل‌زده بازدید کرد و گفت که کمک‌ها به زودی می‌رسد.', 'fa'],
    ['زار رئيس الوزراء اليوم المناطق المتضررة من الفيضانات وقال إن المساعدات ستصل قريبا.', 'ar'],
    [
      'Der Minister sagte, dass die Gespräche nicht einfach sind und wir noch viel Arbeit haben.',
      'de',
    ],
    [
      "Le ministre a dit que les discussions ne sont pas faciles et qu'il y a du travail pour nous.",
      'fr',
    ],
    [
      'El ministro dijo que las conversaciones no son fáciles y que hay mucho trabajo por hacer.',
      'es',
    ],
    ['Ο υπουργός μίλησε σήμερα.', 'el'],
    ['今日は晴れです。明日は雨です。', 'ja'],
    ['今天天气很好。', 'zh'],
    // Mostly Russian with an English name: the script majority wins.
    ['Лавров встретился с Taro Kono в Москве и обсудил мирный договор.', 'ru'],
  ];
  for (const [text, language] of GOOD) {
    it(`GOOD: ${JSON.stringify(text.slice(0, 40))} → ${language}`, () => {
      const result = detectLanguage(text);
      expect(result.language).toBe(language);
      expect(result.confidence).toBeGreaterThan(0.4);
    });
  }

  const UNSURE: string[] = [
    '',
    '   ',
    '12345 67',
    '!!! ??? —',
    'Ok',
    'Kuril',
    // Mostly English with a Russian name, but one sentence: too little to be sure; English.
    'Foreign Minister Sergey Lavrov (Сергей Лавров) said the issue is not negotiable.',
  ];
  for (const text of UNSURE) {
    it(`BAD (unsure): ${JSON.stringify(text)} falls back to English with low confidence`, () => {
      const result = detectLanguage(text);
      expect(result.language).toBe('en');
      expect(result.confidence).toBeLessThanOrEqual(0.5);
    });
  }

  it('BAD: a couple of German-looking words do not outvote English', () => {
    expect(detectLanguage('The German word Zeitgeist und so.').language).toBe('en');
  });

  // Five sentences each, written for these tests (news style, not published texts).
  const OTHER_LATIN: Array<[string, string]> = [
    [
      'nl',
      'De minister zei dinsdag dat de gesprekken met de vakbonden niet eenvoudig zijn. Volgens hem is er nog veel werk te doen voordat er een akkoord kan worden gesloten. De oppositie noemde het plan van het kabinet onrealistisch en vroeg om een debat in de Tweede Kamer. Ook de werkgevers zijn kritisch over de voorgestelde maatregelen. Een besluit wordt volgende week verwacht.',
    ],
    [
      'pl',
      'Minister powiedział we wtorek, że rozmowy ze związkami zawodowymi nie są łatwe. Według niego przed zawarciem porozumienia jest jeszcze dużo pracy. Opozycja nazwała plan rządu nierealistycznym i zażądała debaty w Sejmie. Również pracodawcy krytycznie oceniają proponowane środki. Decyzja ma zapaść w przyszłym tygodniu.',
    ],
    [
      'it',
      'Il ministro ha detto martedì che i colloqui con i sindacati non sono facili. Secondo lui c’è ancora molto lavoro da fare prima di arrivare a un accordo. L’opposizione ha definito il piano del governo irrealistico e ha chiesto un dibattito in Parlamento. Anche le imprese sono critiche sulle misure proposte. Una decisione è attesa la prossima settimana.',
    ],
  ];
  for (const [expected, text] of OTHER_LATIN) {
    it(`GOOD: ${expected} is never reported as another language with confidence ≥ 0.9`, () => {
      const result = detectLanguage(text);
      if (result.language !== expected) expect(result.confidence).toBeLessThan(0.9);
      // Here detection knows it: the right language, not unsure.
      expect(result).toMatchObject({ language: expected, unsure: false });
    });
  }

  // Nordic, Finnish, Turkish and Czech have word lists of their own: detected, not claimed as
  // English (their rules: none yet, so quotes and sentences are left as they are).
  const LISTED: [string, string][] = [
    [
      'sv',
      'Ministern sade på tisdagen att samtalen med facken inte är lätta. Enligt honom återstår mycket arbete innan en överenskommelse kan nås. Oppositionen kallade regeringens plan orealistisk och krävde en debatt i riksdagen.',
    ],
    [
      'cs',
      'Ministr v úterý řekl, že rozhovory s odbory nejsou snadné. Podle něj je před uzavřením dohody ještě hodně práce. Opozice označila plán vlády za nerealistický a požadovala debatu ve sněmovně.',
    ],
    [
      'fi',
      'Ministeri sanoi tiistaina, että neuvottelut ammattiliittojen kanssa eivät ole helppoja. Hänen mukaansa työtä on vielä paljon ennen kuin sopimus voidaan saavuttaa. Oppositio kutsui hallituksen suunnitelmaa epärealistiseksi ja vaati siitä keskustelua, mutta se ei ollut mahdollista nyt.',
    ],
    [
      'tr',
      'Bakan salı günü sendikalarla görüşmelerin kolay olmadığını söyledi. Ona göre bir anlaşmaya varmadan önce daha çok iş var. Muhalefet hükümetin planını gerçekçi bulmadı ve bu konuda bir tartışma istedi.',
    ],
    // A parliament's record and a news transcript in Turkish: few free-standing function words
    // (Turkish joins them to the word), so its conjunctions and pronouns carry the vote.
    [
      'tr',
      'BAŞKAN – Sayın milletvekilleri, birleşimi açıyorum. Gündeme geçiyoruz. AHMET YILMAZ (Ankara) – Sayın Başkan, değerli milletvekilleri; bütçe görüşmeleri uzun sürdü, çünkü muhalefet tüm maddelere itiraz etti. Hükûmetin planı kendi içinde tutarlı değil ancak yine de oylanacak.',
    ],
    [
      'tr',
      'Spiker: İyi akşamlar. Belediye köprüyü üç ay kapatacağını açıkladı. Vatandaşlar ise bunun trafiği nasıl etkileyeceğini soruyor. Belediye başkanına göre onarım ertelenemez, ayrıca alternatif bir yol yok.',
    ],
    [
      'nb',
      'Ministeren sa på tirsdag at samtalene med fagforeningene ikke er lette. Ifølge ham er det fortsatt mye arbeid igjen før man kan nå en avtale. Opposisjonen kalte regjeringens plan urealistisk og krevde en debatt i Stortinget. Hva som skjer nå, er ikke klart, og det vil ta tid før vi vet mer om hva regjeringen gjør etter dette.',
    ],
    // Danish and Norwegian share most function words: the words they write differently (blev /
    // ble, havde / hadde, noget / noe, derefter / deretter, at / å before a verb) tell them apart.
    [
      'da',
      'Formanden: Mødet er åbnet. Der var i går en debat om skatten, og den blev lang. Ministeren havde ikke noget svar, men han sagde, at han vil komme tilbage med et udspil efter sommerferien. Derefter gik vi videre til næste punkt på dagsordenen.',
    ],
    [
      'nb',
      'Presidenten: Fungerende president vil anmode sekretæren om midlertidig å fungere som sekretær. Det ble deretter foretatt navneopprop. Følgende representanter hadde forfall: Kari Lunde og Per Haug. Fra de øvrige fraværende representantene forelå det søknader om permisjon, og det ble ikke tatt opp noe mot dette.',
    ],
    // A short interview's answers: German and French by the function words English lacks
    // (wenn, wann, keine, gibt, heute; quand, très, déjà, alors, donc).
    [
      'de',
      'Herr Weber, wann öffnet die Brücke? Im Frühjahr, wenn das Wetter mitspielt. Und das Budget? Es steht. Es gibt keine Mehrkosten.',
    ],
    [
      'fr',
      'Quand le pont rouvrira-t-il ? Au printemps, très probablement. Et le budget ? Il est déjà bouclé, alors tout va bien.',
    ],
  ];
  for (const [language, text] of LISTED) {
    it(`GOOD: ${JSON.stringify(text.slice(0, 30))} is ${language}`, () => {
      const result = detectLanguage(text);
      expect(result.language).toBe(language);
      expect(result.unsure).toBe(false);
    });
  }

  // Languages with no word list: unsure (English fallback) rather than a confident wrong answer.
  const UNLISTED = [
    'Ministrul a declarat marți că discuțiile cu sindicatele nu sunt ușoare. Potrivit lui, mai este mult de lucru până la un acord. Opoziția a numit planul guvernului nerealist și a cerut o dezbatere în Parlament.',
    'A miniszter kedden azt mondta, hogy a szakszervezetekkel folytatott tárgyalások nem könnyűek. Szerinte még sok munka van hátra a megállapodásig. Az ellenzék irreálisnak nevezte a kormány tervét, és vitát követelt a parlamentben.',
  ];
  for (const text of UNLISTED) {
    it(`BAD: ${JSON.stringify(text.slice(0, 30))} (no word list) is unsure, not claimed`, () => {
      const result = detectLanguage(text);
      expect(result.unsure).toBe(true);
      expect(result.language).toBe('en');
      expect(result.confidence).toBeLessThan(0.6);
    });
  }

  it('never throws and always answers a language with a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = detectLanguage(text);
        expect(result.language).toMatch(/^[a-z]{2}$/);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('countWords', () => {
  const GOOD: Array<[string, string, number]> = [
    ['So, I want to say — start by saying', 'en', 8],
    ['Nearly 800,000 good-paying manufacturing jobs.', 'en', 5],
    ['It costs $1.7 billion, 3.5 percent.', 'en', 6],
    ['At 1:15 a.m. on the South Lawn', 'en', 7],
    ['The U.S. Forest Service', 'en', 4],
    ["Biden-Harris administration’s 500th briefing, don't", 'en', 5],
    ['Tarō Kōno', 'en', 2],
    ['— – - … (Applause.)', 'en', 1],
    ['В.Путин: т.е. всё', 'ru', 3],
    ['пресс-конференция в Москве', 'ru', 3],
    ['', 'en', 0],
    ['— — —', 'en', 0],
  ];
  for (const [text, language, expected] of GOOD) {
    it(`GOOD: ${JSON.stringify(text)} has ${expected} words`, () => {
      expect(countWords(text, language)).toBe(expected);
    });
  }

  it('GOOD: Japanese is segmented into several words by Intl.Segmenter', () => {
    expect(countWords('今日は晴れです', 'ja')).toBeGreaterThan(1);
  });

  it('BAD: dashes between spaces are not words (a whitespace count says 9)', () => {
    const text = 'So, I want to say — start by saying';
    expect(text.split(/\s+/).length).toBe(9);
    expect(countWords(text, 'en')).toBe(8);
  });

  it('is additive over text joined by a space', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        // Words never span the added space, so the counts add up.
        expect(countWords(`${a} ${b}`, 'en')).toBe(countWords(a, 'en') + countWords(b, 'en'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('countSyllables', () => {
  const ENGLISH: Array<[string, number]> = [
    ['the', 1],
    ['make', 1],
    ['table', 2],
    ['people', 2],
    ['whole', 1],
    ['jumped', 1],
    ['wanted', 2],
    ['makes', 1],
    ['boxes', 2],
    ['pages', 2],
    ['president', 3],
    ['university', 5],
    ['beautiful', 3],
    ['U.S.', 2],
    ['2017', 4],
    ['Sergey Lavrov', 4],
  ];
  for (const [word, expected] of ENGLISH) {
    it(`GOOD: en ${JSON.stringify(word)} has ${expected}`, () => {
      expect(countSyllables(word, 'en')).toBe(expected);
    });
  }

  const RUSSIAN_WORDS: Array<[string, number]> = [
    ['Путин', 2],
    ['Россия', 3],
    ['в', 0],
    ['ЁЛКА', 2],
    ['Курильскими островами', 8],
  ];
  for (const [word, expected] of RUSSIAN_WORDS) {
    it(`GOOD: ru ${JSON.stringify(word)} has ${expected} (one per vowel letter)`, () => {
      expect(countSyllables(word, 'ru')).toBe(expected);
    });
  }

  it('GOOD: other languages count vowel groups, at least one per word', () => {
    expect(countSyllables('Gespräche', 'de')).toBe(3);
    expect(countSyllables('conversaciones', 'es')).toBe(5);
    expect(countSyllables('Brr', 'de')).toBe(1);
  });

  it('never throws and is zero exactly when there are no words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.constantFrom('en', 'ru', 'de', 'ja'),
        (text, language) => {
          const syllables = countSyllables(text, language);
          expect(syllables).toBeGreaterThanOrEqual(0);
          if (countWords(text, language) === 0) expect(syllables).toBe(0);
          if (language === 'en' && countWords(text, 'en') > 0) expect(syllables).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('measureText and primaryLanguage', () => {
  it('GOOD: measureText equals countWords and countSyllables, in one pass', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.constantFrom('en', 'ru', 'de', 'ja', 'en-GB'),
        (text, language) => {
          expect(measureText(text, language)).toEqual({
            words: countWords(text, language),
            syllables: countSyllables(text, language),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  const TAGS: Array<[string, string]> = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['RU', 'ru'],
    ['zh_Hant_TW', 'zh'],
    ['', ''],
  ];
  for (const [tag, expected] of TAGS) {
    it(`GOOD: primaryLanguage(${JSON.stringify(tag)}) is ${JSON.stringify(expected)}`, () => {
      expect(primaryLanguage(tag)).toBe(expected);
    });
  }

  it('GOOD: a region subtag counts like its language (English syllable rules for en-US)', () => {
    expect(countSyllables('The table makes sense', 'en-US')).toBe(5);
    expect(countSyllables('Путин', 'ru-RU')).toBe(2);
  });
});
