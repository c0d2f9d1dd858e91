import { describe, expect, it } from 'vitest';
import {
  breakLines,
  layoutLines,
  layoutWidths,
  layoutWords,
  makeRun,
  WordCache,
} from '../../src/subtitles/linebreak.ts';
import { graphemeCount, isDigitsOnly, words, wordsWithStarts } from '../../src/subtitles/text.ts';
import { type BreakKind, classifyBreak } from '../../src/subtitles/words.ts';

/**
 * What a naive breaker does: fill the top line as far as the limit allows. Each BAD example
 * below is exactly that, so the test fails if the rule stops steering the break.
 */
function greedyLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (graphemeCount(next) > maxChars && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

interface Case {
  rule: string;
  /** The gap the greedy break falls on, and how the classifier must see it. */
  bad: [left: string, right: string, kind: BreakKind];
  good: string[];
  maxChars?: number;
}

// GOOD: the breaker's lines. BAD: the greedy split, which separates `bad[0] | bad[1]`.
const NEVER_SEPARATE: Case[] = [
  {
    rule: 'article + noun',
    bad: ['the', 'committee', 'article-noun'],
    good: ['Protesters gathered outside', 'to greet the committee members'],
  },
  {
    rule: 'adjective + noun',
    bad: ['economic', 'cooperation', 'adjective-noun'],
    good: ['Both sides have agreed', 'to deepen economic cooperation'],
  },
  {
    rule: 'first name + last name',
    bad: ['Sergey', 'Lavrov', 'name'],
    good: ['Reporters outside the ministry', 'saw Sergey Lavrov'],
  },
  {
    rule: 'title + name',
    bad: ['President', 'Putin', 'title-name'],
    good: ['The delegation was received', 'by President Putin'],
  },
  {
    rule: 'abbreviated title + name',
    bad: ['Mr.', 'Lavrov', 'title-name'],
    good: ['The statement was read', 'to reporters by Mr. Lavrov'],
  },
  {
    rule: 'number + unit',
    bad: ['60', 'years', 'number-unit'],
    good: ['The dispute over the islands', 'has lasted 60 years'],
  },
  {
    rule: 'number + multiplier + noun',
    bad: ['million', 'calls', 'number-unit'],
    good: ['The call centre', 'has received 1.1 million calls'],
  },
  {
    rule: 'auxiliary + verb',
    bad: ['will', 'be', 'auxiliary-verb'],
    good: ['Both governments say', 'the peace treaty will be signed'],
  },
  {
    rule: 'negation + verb',
    bad: ['not', 'negotiate', 'negation-verb'],
    good: ['The minister said', 'that Russia would not negotiate'],
  },
  {
    rule: 'pronoun + verb',
    bad: ['they', 'discussed', 'pronoun-verb'],
    good: ['After the first round of negotiations', 'they discussed a treaty'],
  },
  {
    rule: 'preposition + its object',
    bad: ['of', 'the', 'preposition-object'],
    good: ['The two ministers discussed', 'the future of the islands'],
  },
  {
    rule: 'conjunction + its clause',
    bad: ['and', 'talked', 'conjunction-clause'],
    good: ['The ministers met in Moscow', 'on Tuesday and talked for hours'],
  },
  {
    rule: 'prepositional verb + its preposition',
    bad: ['call', 'upon', 'prepositional-verb'],
    good: ['Officials said they would like', 'to call upon the Japanese side'],
  },
  {
    rule: 'verb + reflexive pronoun',
    bad: ['taught', 'herself', 'verb-reflexive'],
    good: ['The young reporter', 'had simply taught herself Japanese'],
  },
  {
    rule: 'Russian preposition + noun',
    bad: ['в', 'Москве', 'preposition-object'],
    good: ['Министры встретились', 'во вторник в Москве'],
    maxChars: 33,
  },
];

const PREFER: Case[] = [
  {
    rule: 'after punctuation',
    bad: ['but', 'the', 'conjunction-clause'],
    good: ['There are still some disagreements,', 'but the dialogue is being maintained.'],
  },
  {
    rule: 'before a conjunction',
    bad: ['because', 'neither', 'conjunction-clause'],
    good: ['The talks went on for hours', 'because neither side would move'],
  },
  {
    rule: 'before a preposition',
    bad: ['a', 'state', 'article-noun'],
    good: ['Russia and Japan are still formally', 'in a state of war.'],
  },
  {
    rule: 'no line that is only digits',
    bad: ['to', '2024', 'preposition-object'],
    good: ['The final count', 'in the district came to 2024'],
  },
];

describe('line breaking: never separate (primer, section 3)', () => {
  it.each(NEVER_SEPARATE)('$rule', ({ bad, good, maxChars = 42 }) => {
    const text = good.join(' ');
    const greedy = greedyLines(text, maxChars);
    // BAD: the greedy split separates the pair.
    expect(greedy).toHaveLength(2);
    expect(greedy[0]?.endsWith(` ${bad[0]}`)).toBe(true);
    expect(greedy[1]?.startsWith(`${bad[1]} `) || greedy[1] === bad[1]).toBe(true);
    expect(classifyBreak(bad[0], bad[1])).toBe(bad[2]);
    // GOOD: the breaker keeps the pair together.
    const lines = breakLines(text, maxChars);
    expect(lines).toEqual(good);
    for (const line of lines) expect(graphemeCount(line)).toBeLessThanOrEqual(maxChars);
  });
});

describe('line breaking: preferred places', () => {
  it.each(PREFER)('$rule', ({ bad, good, maxChars = 42 }) => {
    const text = good.join(' ');
    const greedy = greedyLines(text, maxChars);
    expect(greedy[0]?.endsWith(` ${bad[0]}`)).toBe(true);
    expect(classifyBreak(bad[0], bad[1])).toBe(bad[2]);
    expect(breakLines(text, maxChars)).toEqual(good);
  });

  it('GOOD: one line when it fits, even if two lines would look balanced', () => {
    const text = 'Russia and Japan are still at war today.';
    expect(graphemeCount(text)).toBe(40);
    expect(breakLines(text, 42)).toEqual([text]);
    // BAD: the same text over two lines once the limit forces it.
    expect(breakLines(text, 39)).toHaveLength(2);
  });

  it('GOOD: bottom-heavy when two breaks are equally good', () => {
    const top = 'The war in the east is finally over,';
    const bottom = 'and the talks will begin again soon.';
    expect(graphemeCount(top)).toBe(graphemeCount(bottom));
    const text = `${top} yes, ${bottom}`;
    // Both gaps around "yes," are after punctuation; the mirror layouts differ only in shape.
    expect(classifyBreak('over,', 'yes,')).toBe('clause');
    expect(classifyBreak('yes,', 'and')).toBe('clause');
    expect(breakLines(text, 42)).toEqual([top, `yes, ${bottom}`]);
  });

  it('counts graphemes, not UTF-16 units: Tarō Kōno with a combining macron fits 42', () => {
    const combining = 'Taro\u0304 Ko\u0304no met the minister in Tokyo today.';
    expect(combining.length).toBe(44);
    expect(graphemeCount(combining)).toBe(42);
    expect(breakLines(combining, 42)).toEqual([combining]);
  });

  it('never splits a word: one word longer than a line stands alone on its line', () => {
    const lines = breakLines('See https://example.com/a/very/long/path/that/never/ends now', 20);
    expect(lines).toEqual(['See', 'https://example.com/a/very/long/path/that/never/ends', 'now']);
  });
});

describe('classifyBreak', () => {
  const table: [string, string, BreakKind][] = [
    ['maintained.', 'Then', 'sentence'],
    ['Mr.', 'Lavrov', 'title-name'],
    ['J.', 'Smith', 'name'],
    ['disagreements,', 'but', 'clause'],
    ['Islands', '—', 'dash-start'],
    ['Kunashir', '(called', 'before-bracket'],
    ['Ministry', 'of', 'name-link'],
    ['inside', 'wouldn’t', 'neutral'],
    ['had', 'to', 'auxiliary-verb'],
    ['Russia’s', 'position', 'possessive'],
    ['Japanese', 'colleagues', 'adjective-noun'],
    ['told', 'her', 'neutral'],
    // Verbs with their fixed preposition, in every form (stems: -s, -ed, -ing, -ied).
    ['agreed', 'with', 'prepositional-verb'],
    ['relies', 'on', 'prepositional-verb'],
    ['looking', 'for', 'prepositional-verb'],
    ['prepared', 'for', 'prepositional-verb'],
    ['talked', 'about', 'prepositional-verb'],
    ['walked', 'with', 'before-preposition'],
    ['agreed', 'about', 'before-preposition'],
  ];
  it.each(table)('%s | %s → %s', (left, right, kind) => {
    expect(
      classifyBreak(left, right, {
        leftStartsSentence: false,
        upperCaseText: false,
        afterRight: 'Foreign',
      }),
    ).toBe(kind);
  });
});

describe('word runs with a shared cache', () => {
  it('classify, measure and cost each word as a run without a cache does', () => {
    const cache = new WordCache();
    const texts = [
      'THE MINISTER SAID THE TALKS WILL GO ON.',
      'The minister agreed with the plan, and the talks will go on in Moscow.',
      'We rely on 1,000 of them: 2024 was the year Mr. Smith called upon the Ministry of Foreign Affairs.',
      'Tarō 🇯🇵 said “no” — and the minister said THE TALKS.',
    ];
    for (const text of [...texts, ...texts.reverse()]) {
      const words = text.split(' ');
      expect(makeRun(words, undefined, cache)).toEqual(makeRun(words));
    }
  });
});

describe('the word table', () => {
  it('keeps one entry per distinct word as it grows, each the facts a fresh table finds', () => {
    const cache = new WordCache();
    // Far more distinct words than its first slots hold: the table grows several times.
    const many = Array.from(
      { length: 3000 },
      (_, i) => `w${i.toString(36)}${i % 7 === 0 ? ',' : ''}`,
    );
    const first = makeRun(many, undefined, cache);
    expect(cache.size).toBe(3000);
    // Asked again (new string objects, same words): the same facts objects, no new entries.
    const again = makeRun(
      many.map((w) => ` ${w}`.slice(1)),
      undefined,
      cache,
    );
    expect(cache.size).toBe(3000);
    for (let k = 0; k < many.length; k++) expect(again.facts[k]).toBe(first.facts[k]);
    expect(first).toEqual(makeRun(many));
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('words with their starts', () => {
  it('gives the words of `words()` and where each starts in the text', () => {
    const text = '  The minister\tsaid:\u00a0“no”.\n Tarō 🇯🇵 left. ';
    const out: string[] = [];
    const starts: number[] = [];
    expect(wordsWithStarts(text, out, starts)).toBe(true);
    expect(out).toEqual(words(text));
    expect(starts).toHaveLength(out.length);
    for (const [k, word] of out.entries()) expect(text.startsWith(word, starts[k])).toBe(true);
  });

  it('says when a word is not the text as written (cleaned or dropped)', () => {
    for (const text of ['one t\u0007wo three', 'one \u200b two', 'one \ud800x two']) {
      const out: string[] = [];
      expect(wordsWithStarts(text, out, [])).toBe(false);
      expect(out).toEqual(words(text));
    }
  });
});

describe('line widths from the words', () => {
  it('gives each line its graphemes when every word is simple, as counting the line does', () => {
    const words =
      'Ministers said on Tuesday – “at last” – that the £40m plan would go ahead.'.split(' ');
    const run = makeRun(words);
    const layout = layoutWords(run, 0, words.length, 42, 2);
    if (!layout) throw new Error('no layout');
    const lines = layoutLines(run, 0, words.length, layout);
    expect(lines.length).toBe(2);
    expect(layoutWidths(run, 0, words.length, layout)).toEqual(lines.map(graphemeCount));
  });

  it('gives null when a word has units that are not graphemes of their own (the lines are counted)', () => {
    // A combining macron (Tarō), and a mark that would join the space before it.
    for (const word of ['Taro\u0304', '\u0301ok', '👍🏽']) {
      const words = ['A', word, 'here'];
      const run = makeRun(words);
      const layout = layoutWords(run, 0, 3, 42, 2);
      if (!layout) throw new Error('no layout');
      expect(layoutWidths(run, 0, 3, layout)).toBeNull();
    }
  });
});

describe('digits-only lines', () => {
  it('are ASCII digits and spaces, starting with a digit', () => {
    for (const line of ['1', '2024', '12 345', '1 ', '0 0 0'])
      expect(isDigitsOnly(line)).toBe(true);
    for (const line of ['', ' 1', '1a', '1.5', '１２', '٣', '12\t3', '1\n2', 'One'])
      expect(isDigitsOnly(line)).toBe(false);
  });
});
