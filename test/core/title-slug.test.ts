import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { MAX_SLUG_CHARS, makeSlug } from '../../src/core/slug.ts';
import { meetingTitle, stripSiteName } from '../../src/core/title.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';
import { corpusFiles, fixture, SEED } from '../helpers/fixtures.ts';

describe('slugs of the real transcripts', () => {
  // Written down by reading each transcript: the words a producer would slug it by.
  const EXPECTED: Record<string, string> = {
    [SEED]: 'KURIL-ISLANDS',
    'corpus/01-wh-press-briefing-jean-pierre-500th.txt': 'PARK-FIRE',
    'corpus/02-wh-background-call-venezuela.txt': 'VENEZUELA',
    'corpus/03-wh-remarks-biden-duplicated-paragraph.txt': 'TAX',
    'corpus/07-kremlin-direct-line-2017-state-tv.txt': 'DIRECT-LINE',
  };
  for (const file of [SEED, ...corpusFiles()]) {
    it(file, () => expect(formatTranscript(fixture(file)).slug).toBe(EXPECTED[file]));
  }
});

describe('slug choice', () => {
  it('is never a greeting, a courtesy, a weekday, a month or a generic word', () => {
    const text =
      'Good Morning\n\nGood morning. Thank you. Thank you very much. On Monday in March the Department said the Story was Good.';
    const slug = formatTranscript(text).slug;
    expect(slug).toBe('UNTITLED');
    for (const bad of ['GOOD', 'THANK', 'MORNING', 'MONDAY', 'MARCH', 'DEPARTMENT', 'STORY'])
      expect(slug.split('-')).not.toContain(bad);
  });

  it('is never a speaker’s name alone', () => {
    const text =
      'MS. JEAN-PIERRE: Good afternoon. The Medicare talks resume Friday.\n\nQ Will Medicare costs fall?\n\nMS. JEAN-PIERRE: Medicare costs will fall, Jean-Pierre said.';
    expect(formatTranscript(text).slug).toBe('MEDICARE');
  });

  it('never takes a speaker’s first name, said alone elsewhere, for the topic', () => {
    const text =
      'Department Press Briefing\n\nMatthew Price, Department Spokesperson\n\nMR PRICE: Good afternoon. The Secretary announced aid for Sudan.\n\nQUESTION: Thanks, Matthew. Is the aid for Sudan new money?\n\nMR PRICE: It is, Matthew. Sudan will get it this week.';
    expect(formatTranscript(text).slug).toBe('SUDAN');
  });

  it('takes a place or a name in a sentence-case headline over a common word', () => {
    expect(
      makeSlug('Floods force thousands from homes in Yorkshire', [
        { text: 'Homes were flooded across Yorkshire and homes in York were empty.' },
      ]),
    ).toBe('YORKSHIRE');
  });

  it('pairs two words the story says together', () => {
    expect(
      makeSlug('Senate Passes Border Bill After All-Night Session', [
        { text: 'The Senate passed the border bill by 52 to 48.' },
      ]),
    ).toBe('BORDER-BILL');
  });

  it(`is at most ${MAX_SLUG_CHARS} characters, even for a 1 MiB word of capitals`, () => {
    const word = 'A'.repeat(1 << 20);
    const doc = formatTranscript(`${word}\n\nThe ${word} rose.`);
    expect(doc.slug.length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(doc.slug.length).toBeGreaterThan(0);
    expect(makeSlug(word, [{ text: word }]).length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(
      makeSlug('Antidisestablishmentarianism Constitutionalists', []).length,
    ).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    // Linear in the word: doubling it at most triples the time.
    const story = (n: number) => `${'A'.repeat(n)}\n\nThe ${'A'.repeat(n)} rose.`;
    expect(doublingRatio(story, (text) => formatTranscript(text), 1 << 18)).toBeLessThan(
      LINEAR_BOUND,
    );
  });
});

describe('title choice', () => {
  it('strips a site name after the last separator, not a subtitle', () => {
    expect(stripSiteName('Story – BBC News')).toBe('Story');
    expect(stripSiteName('Budget vote delayed | CNN Politics')).toBe('Budget vote delayed');
    expect(stripSiteName('Floods | UK | The Guardian')).toBe('Floods');
    expect(stripSiteName('Budget 2024 – what it means for you')).toBe(
      'Budget 2024 – what it means for you',
    );
    expect(stripSiteName('Just a title')).toBe('Just a title');
    expect(stripSiteName('Department Press Briefing – March 6, 2025')).toBe(
      'Department Press Briefing – March 6, 2025',
    );
  });

  it('is the first headline-like line after page furniture, never a speaker tag line', () => {
    const doc = formatTranscript(
      'Home\nNews\nPublished 3 hours ago\n\nMinister resigns over expenses row | BBC News\n\nThe minister quit on Monday.\n\nShe denied wrongdoing.',
    );
    expect(doc.title).toBe('Minister resigns over expenses row');
    // In text, a dash joins a headline's parts: only a page title's bar or bullet ends it.
    expect(
      formatTranscript('SCIENCE IN THE NEWS - Bees That Count\n\nBees can count to four.').title,
    ).toBe('SCIENCE IN THE NEWS - Bees That Count');
    const tagged = formatTranscript(
      'JONES: Nothing to add here today\n\nThe committee met on Monday.\n\nIt adjourned.',
    );
    expect(tagged.title).toBeNull();
  });

  it('takes a two-word headline only in sentence case', () => {
    expect(formatTranscript('Russian-Mongolian talks\n\nThe leaders met in Moscow.').title).toBe(
      'Russian-Mongolian talks',
    );
    expect(formatTranscript('Jane Doe\n\nThe leaders met in Moscow.').title).toBeNull();
  });

  it('never takes an excerpt’s first line, a sentence cut off in lower case, for the headline', () => {
    const doc = formatTranscript(
      'are you asking the court to do here?\n\nMR. SMITH: Your Honor, we ask that the judgment be reversed.\n\nJUSTICE THOMAS: Thank you.',
    );
    expect(doc.title).toBeNull();
    expect(doc.blocks[0]).toMatchObject({ type: 'narration' });
    expect(formatTranscript('Are you ready for the storm?\n\nThe storm hit at dawn.').title).toBe(
      'Are you ready for the storm?',
    );
  });

  it('names the reporter from the byline', () => {
    const doc = formatTranscript(
      'Bridge to close for repairs\n\nBy Jane Doe, BBC News\n\nThe bridge will close for six weeks from Monday.',
    );
    expect(doc.reporter).toBe('Jane Doe');
    expect(doc.blocks.map((b) => b.type)).toEqual(['headline', 'note', 'narration']);
  });
});

describe('Google Meet transcript title line', () => {
  it('gives the meeting name without the date and the Transcript label', () => {
    expect(meetingTitle('Metro desk planning - 2025/03/12 09:58 GMT - Transcript')).toBe(
      'Metro desk planning',
    );
    expect(meetingTitle('Budget call - 2025/11/02 14:00 CET+1 - Transcript')).toBe('Budget call');
  });

  it('leaves any other line alone', () => {
    expect(meetingTitle('Metro desk planning - Transcript')).toBeNull();
    expect(meetingTitle('Floods - 2025/03/12 09:58 GMT - the aftermath')).toBeNull();
  });
});

describe("a transcriber's mark is never the slug", () => {
  it('[inaudible] kept inside a sentence gives no slug', () => {
    const doc = formatTranscript(
      'Int: When did it start?\n\nResp: In May. We had [inaudible] and then the water came.\n\nInt: Who told you? [inaudible]',
    );
    expect(doc.slug?.toLowerCase()).not.toContain('inaudible');
  });
});
