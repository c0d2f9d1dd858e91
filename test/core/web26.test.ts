/**
 * News pages pasted as text (round 26):
 * - the Guardian's newsletter box marks (`Skip past newsletter promotion` / … / `after newsletter
 *   promotion`): subscription notes, not narration;
 * - a photo's credit in parentheses under it (`(Photo by Jane Doe/Getty Images)`, AP's `(AP
 *   Photo/Jane Doe, File)`): a credit, not a direction run into the next paragraph; the Times'
 *   `Credit...Jane Doe for The New York Times`, `Credit: …` of up to ten words, Reuters'
 *   `REUTERS/Jane Doe`; a caption copied with its credit on one line (the Guardian's `The ferry
 *   at dawn. Photograph: Jane Doe/Reuters`, the Times' `…dawn.Credit...Jane Doe`): a caption;
 *   the Guardian's `View image in fullscreen`, `Reuse this content`, `This article is more than
 *   1 year old`, `Explore more on these topics`; AP's and Reuters' gallery captions (`1 of 2 | …`, `Item 1 of 2 …`,
 *   `[1/2]…`, `… Purchase Licensing Rights, opens new tab`); the Times'
 *   footer (`… for The Times. More about Maria Lund`, `A version of this article appears in print
 *   on …`);
 * - the audio player's line with its length as a clock (`Listen to this article · 4:32 min`);
 * - a byline of the writer's name over the beat (`Maria Lund` / `Transport correspondent`) under
 *   the headline, over the date: both lines the byline;
 * - story pages' buttons and lists: the New York Times' `Listen to this article · 5:32 min Learn
 *   more` and `See more on: …`, Reuters' `Suggested Topics:` over its topics (it was a speaker),
 *   the Washington Post's `Comment on this story` and `Add to your saved stories`, an author
 *   box's icon names (`twitter`, `mailto`);
 * - CNN's dateline alone on its line over the lede (`Portland, Maine CNN —`) and its topic box
 *   (`Follow:` / the topics / `See all topics`), Al Jazeera's related list with its words for
 *   screen readers (`list of 4 items`, `list 1 of 4`, `end of list`): notes, none run into the lede;
 * - ad markers (`Advertisement - Scroll to continue`, `ADVERTISEMENT - CONTINUE READING BELOW`,
 *   `Scroll to continue with content`, `Article continues below this ad`, `Skip Ad`), audio
 *   players' lines (`Listen to this article 4 min`, `… now`, `Audio player loading…`, `Voiced by
 *   Amazon Polly`, `Estimated reading time: 4 minutes`, `0:00 / 4:32`, `Audio for this article is not
 *   available.`, `Your browser doesn't support HTML5 audio`, `Listen · 4 min`), `Enter your email`,
 *   an author's follow button (`Follow Maria Lund`), a byline with its reading time after a dot
 *   (MSN's `Story by Maria Lund • 3h • 4 min read`), Yahoo's `Continue article`, `Read full
 *   article`, Axios' `Go deeper: …` link: notes (its `Why it matters:` labels name no speaker);
 * - a page copied from its headline, the standfirst on the next line, the byline or the date under
 *   it (Politico, the Washington Post, Al Jazeera): the headline a line of its own, the title (it
 *   ran into the standfirst as narration).
 */
import { describe, expect, it } from 'vitest';
import { blockRows, readInput } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(readInput(text));
const HEADLINE = 'Ferry operator warns of four million shortfall';
const LEDE =
  'The harbour ferry service faces a four million pound shortfall, its operator said on Tuesday.';
const MORE = 'The council’s transport chief said the contract would be reviewed.';

describe("the Guardian's newsletter box marks", () => {
  it('GOOD: both marks and the box between them are notes', () => {
    const page = `${HEADLINE}\n\n${[
      LEDE,
      'Skip past newsletter promotion',
      'Sign up to Morning Briefing',
      'after newsletter promotion',
      MORE,
    ].join('\n')}`;
    expect(rows(page)).toEqual([
      ['headline', null, HEADLINE],
      ['narration', null, LEDE],
      ['note', 'subscription', 'Skip past newsletter promotion'],
      ['note', 'subscription', 'Sign up to Morning Briefing'],
      ['note', 'subscription', 'after newsletter promotion'],
      ['narration', null, MORE],
    ]);
  });

  it("GOOD: the box's pitch and its `Privacy Notice:` between the marks are the box's (no speaker)", () => {
    const page = `${HEADLINE}\n\n${[
      LEDE,
      'Skip past newsletter promotion',
      'Sign up to First Edition',
      'Our morning email breaks down the key stories of the day',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
      'after newsletter promotion',
      MORE,
    ].join('\n')}`;
    const d = readInput(page);
    expect(d.speakers).toEqual([]);
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual([
      ['headline', null, HEADLINE],
      ['narration', null, LEDE],
      ['narration', null, MORE],
    ]);
  });

  it('BAD: a sentence about a newsletter promotion stays words', () => {
    const page = [
      HEADLINE,
      LEDE,
      'The council ran an after newsletter promotion for the ferry.',
      MORE,
    ].join('\n');
    expect(rows(page).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe('a photo credit in parentheses', () => {
  it('GOOD: `(Photo by …/Getty Images)` between paragraphs is a credit, the next paragraph whole', () => {
    for (const credit of [
      '(Photo by Karen Wu/Getty Images)',
      '(Photograph by José Ortega-Ruiz for The Times)',
      '(Image by Lena Fischer/AFP)',
    ]) {
      const page = `${HEADLINE}\n\n${[LEDE, credit, MORE].join('\n')}`;
      expect(rows(page)).toEqual([
        ['headline', null, HEADLINE],
        ['narration', null, LEDE],
        ['note', 'credit', credit],
        ['narration', null, MORE],
      ]);
    }
  });

  it('BAD: a bracketed direction or aside stays as it was read', () => {
    const aside = [HEADLINE, LEDE, '(photo by the harbour master, not us)', MORE].join('\n');
    expect(rows(aside).some((r) => r[1] === 'credit')).toBe(false);
    const caps = [HEADLINE, LEDE, '(PHOTO BY POOL)', MORE].join('\n');
    expect(rows(caps).some((r) => r[1] === 'credit')).toBe(false);
  });
});

describe("the audio player's line with its length as a clock", () => {
  it('GOOD: `Listen to this article · 4:32 min` is a page element', () => {
    for (const player of [
      'Listen to this article · 4:32 min',
      'Listen to this story • 12:05 mins',
      'Listen to this article - 4 min',
    ]) {
      const page = [HEADLINE, player, LEDE].join('\n');
      expect(rows(page)[1]).toEqual(['note', 'page-element', player]);
    }
  });

  it('BAD: a sentence telling the reader to listen stays words', () => {
    const page = [
      HEADLINE,
      LEDE,
      'Listen to this article · 4:32 min of the minister dodging.',
      MORE,
    ].join('\n');
    expect(rows(page).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe("a byline of the writer's name over the beat", () => {
  it('GOOD: the name and the beat under the headline, over the date, are the byline', () => {
    for (const beat of [
      'Transport correspondent',
      'Chief political correspondent',
      'Staff writer',
      'Deputy editor',
    ]) {
      const page = [HEADLINE, 'Maria Lund', beat, 'Tue 4 Mar 2026 10.02 GMT', LEDE].join('\n');
      expect(rows(page)).toEqual([
        ['headline', null, HEADLINE],
        ['note', 'byline', 'Maria Lund'],
        ['note', 'byline', beat],
        ['note', 'dateline', 'Tue 4 Mar 2026 10.02 GMT'],
        ['narration', null, LEDE],
      ]);
    }
  });

  it("GOOD: the BBC's name over the beat with the outlet, where the writer reports from under them", () => {
    const page = [
      HEADLINE,
      '4 March 2026',
      'Share',
      'Save',
      'Maria Lund',
      'Transport correspondent, BBC News',
      'Reporting from Portland',
      LEDE,
    ].join('\n');
    expect(rows(page).slice(4)).toEqual([
      ['note', 'byline', 'Maria Lund'],
      ['note', 'byline', 'Transport correspondent, BBC News'],
      ['note', 'byline', 'Reporting from Portland'],
      ['narration', null, LEDE],
    ]);
  });

  it("GOOD: the Guardian's name and beat run together on one line over the date", () => {
    const page = [
      HEADLINE,
      'Maria Lund Transport correspondent',
      'Tue 4 Mar 2026 10.02 GMT',
      LEDE,
    ].join('\n');
    expect(rows(page)[1]).toEqual(['note', 'byline', 'Maria Lund Transport correspondent']);
  });

  it('GOOD: a hyphenated name with an accent', () => {
    const page = [HEADLINE, 'José Ortega-Ruiz', 'Economics editor', '4 March 2026', LEDE].join(
      '\n',
    );
    expect(rows(page).slice(1, 3)).toEqual([
      ['note', 'byline', 'José Ortega-Ruiz'],
      ['note', 'byline', 'Economics editor'],
    ]);
  });

  it('BAD: without the date under it, or a beat that is a sentence, nothing is taken', () => {
    const undated = [HEADLINE, 'Maria Lund', 'Transport correspondent', LEDE].join('\n');
    expect(rows(undated).filter((r) => r[0] === 'note')).toEqual([]);
    const sentence = [
      HEADLINE,
      'Maria Lund',
      'She is our transport correspondent.',
      'Tue 4 Mar 2026 10.02 GMT',
      LEDE,
    ].join('\n');
    expect(
      rows(sentence).some((r) => r[2] === 'She is our transport correspondent.' && r[0] === 'note'),
    ).toBe(false);
  });

  it('BAD: a speaker named over a role line in a transcript, no date under it, keeps the words', () => {
    const transcript = [
      'Panel on the ferry',
      'Maria Lund',
      'Transport correspondent',
      'MARIA LUND: The ferry is late.',
      'HOST: Why?',
    ].join('\n');
    const text = rows(transcript).map((r) => r[2]);
    expect(text).toContain('The ferry is late.');
  });
});

describe("story pages' buttons and topic lists", () => {
  it("GOOD: the Times' player with `Learn more`, its share button and `See more on:` are notes", () => {
    const page = [
      'Ferry Operator Warns of $4 Million Shortfall',
      'The harbor service could stop running by summer, officials said.',
      'Listen to this article · 5:32 min Learn more',
      'Share full article',
      'By Maria Lund',
      'March 4, 2026',
      'The harbor ferry service faces a $4 million shortfall, its operator said on Tuesday.',
      'See more on: Portland Ferry Service',
    ].join('\n');
    const notes = rows(page).filter((r) => r[0] === 'note');
    expect(notes).toContainEqual([
      'note',
      'page-element',
      'Listen to this article · 5:32 min Learn more',
    ]);
    expect(notes).toContainEqual(['note', 'share-links', 'Share full article']);
    expect(notes).toContainEqual(['note', 'related-links', 'See more on: Portland Ferry Service']);
  });

  it("GOOD: Reuters' `Suggested Topics:` over its topics names no speaker", () => {
    const page = [
      HEADLINE,
      'By Maria Lund',
      'March 4, 2026 10:02 AM GMT Updated 2 hours ago',
      LEDE,
      'Reporting by Maria Lund; Editing by José Ortega-Ruiz',
      'Suggested Topics:',
      'Americas',
    ].join('\n');
    const d = readInput(page);
    expect(d.speakers).toEqual([]);
    expect(blockRows(d).slice(-2)).toEqual([
      ['note', 'related-links', 'Suggested Topics:'],
      ['note', 'related-links', 'Americas'],
    ]);
  });

  it("GOOD: the Post's comment and save buttons, an author box's icon names", () => {
    const page = [
      HEADLINE,
      'March 4, 2026 at 10:02 a.m. EST',
      'Share',
      'Comment on this story',
      'Comment',
      'Add to your saved stories',
      'Save',
      LEDE,
      'twitter',
      'mailto',
    ].join('\n');
    const story = rows(page).filter((r) => r[0] !== 'note');
    expect(story.map((r) => r[2])).toEqual([HEADLINE, LEDE]);
  });

  it('BAD: sentences that open the same way stay words', () => {
    const page = [
      HEADLINE,
      LEDE,
      'See more on the ferry’s finances below.',
      'Suggested topics: we discussed the ferry, the budget and fares.',
      'Comment on this story if you saw the ferry.',
      MORE,
    ].join('\n\n');
    expect(rows(page).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe("CNN's dateline line and topic box, Al Jazeera's list words for screen readers", () => {
  it('GOOD: the topic box and the dateline are notes; the lede alone', () => {
    for (const place of [
      'Portland, Maine CNN —',
      'Rio de Janeiro CNN —',
      'WASHINGTON (CNN) —',
      'Hong Kong CNN Business —',
    ]) {
      const page = [
        HEADLINE,
        'By Maria Lund, CNN',
        'Updated 10:02 AM EST, Tue March 4, 2026',
        'Follow:',
        'Ferry',
        'See all topics',
        place,
        LEDE,
      ].join('\n');
      expect(rows(page).slice(3)).toEqual([
        ['note', 'related-links', 'Follow:'],
        ['note', 'related-links', 'Ferry'],
        ['note', 'related-links', 'See all topics'],
        ['note', 'dateline', place],
        ['narration', null, LEDE],
      ]);
    }
  });

  it("GOOD: Al Jazeera's related list, its titles between the list's words", () => {
    const page = [
      HEADLINE,
      'By Maria Lund',
      LEDE,
      'Recommended Stories',
      'list of 2 items',
      'list 1 of 2',
      'Council votes to cut bus routes',
      'list 2 of 2',
      'Bus fares to rise in April',
      'end of list',
      MORE,
    ].join('\n');
    expect(
      rows(page)
        .filter((r) => r[0] !== 'note')
        .map((r) => r[2]),
    ).toEqual([HEADLINE, LEDE, MORE]);
  });

  it('BAD: a sentence broken off at CNN, and words about a list, stay words', () => {
    const page = `${HEADLINE}\n\n${LEDE}\nI told CNN —\nand they never called back.\n\nThe end of list prices came in May.`;
    expect(rows(page).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe('a headline over its standfirst, the byline or the date under them', () => {
  const STANDFIRST = 'The harbor service could stop running by summer, officials said.';

  it('GOOD: the headline is the title, the standfirst its own paragraph', () => {
    for (const under of [
      'By Maria Lund',
      '03/04/2026 10:02 AM EST',
      'March 4, 2026 at 10:02 a.m. EST',
      'Published On 4 Mar 2026',
    ]) {
      const page = [HEADLINE, STANDFIRST, under, LEDE].join('\n');
      const d = readInput(page);
      expect(d.title).toBe(HEADLINE);
      expect(blockRows(d).slice(0, 2)).toEqual([
        ['headline', null, HEADLINE],
        ['narration', null, STANDFIRST],
      ]);
    }
  });

  it('GOOD: with a share button between the standfirst and the date', () => {
    const page = [HEADLINE, STANDFIRST, 'Share', 'March 4, 2026', LEDE].join('\n');
    expect(readInput(page).title).toBe(HEADLINE);
  });

  it('BAD: no byline or date under them, or a wrapped sentence, stays as it was', () => {
    const plain = [HEADLINE, STANDFIRST, LEDE].join('\n');
    expect(rows(plain)[0]?.[0]).not.toBe('headline');
    const wrapped = [
      'The council said the ferry',
      'would stop by summer, officials said.',
      'By Maria Lund',
      LEDE,
    ].join('\n');
    expect(rows(wrapped).map((r) => r[2])).toContain(
      'The council said the ferry would stop by summer, officials said.',
    );
  });
});

describe('photo credits and captions as news pages copy them', () => {
  const page = (line: string) => `${HEADLINE}\n\n${[LEDE, line, MORE].join('\n')}`;
  const between = (line: string) => rows(page(line))[2];

  it('GOOD: credits on their own lines', () => {
    for (const credit of [
      '(AP Photo/Karen Wu)',
      '(AP Photo/José Ortega-Ruiz, File)',
      'Credit...Karen Wu for The New York Times',
      'Credit: Karen Wu for The New York Times',
      'REUTERS/Karen Wu',
    ])
      expect(between(credit)).toEqual(['note', 'credit', credit]);
  });

  it('GOOD: a caption with its credit on one line is the photo caption', () => {
    for (const caption of [
      'Passengers wait at the pier on Tuesday. Photograph: Karen Wu/Reuters',
      'The ferry at dawn. Composite: Guardian Design/Getty Images',
      'The ferry at dawn on Tuesday.Credit...Karen Wu for The New York Times',
    ])
      expect(between(caption)).toEqual(['note', 'photo-caption', caption]);
  });

  it("GOOD: the Guardian's photo and page controls", () => {
    expect(between('View image in fullscreen')).toEqual([
      'note',
      'page-element',
      'View image in fullscreen',
    ]);
    expect(between('This article is more than 1 year old')?.[0]).toBe('note');
    const end = `${HEADLINE}\n\n${[LEDE, 'Explore more on these topics', 'Ferries', 'news', 'Reuse this content'].join('\n')}`;
    expect(rows(end).slice(2)).toEqual([
      ['note', 'related-links', 'Explore more on these topics'],
      ['note', 'related-links', 'Ferries'],
      ['note', 'related-links', 'news'],
      ['note', 'page-element', 'Reuse this content'],
    ]);
  });

  it("GOOD: AP's gallery captions with their place under the headline, the headline the title", () => {
    const page = [
      HEADLINE,
      '1 of 2 | Passengers wait at the pier in Portland, Maine, on Tuesday. (AP Photo/Karen Wu)',
      'Read More',
      '2 of 2 | The ferry leaves the harbor. (AP Photo/Karen Wu, File)',
      'BY MARIA LUND',
      'Updated 3:04 PM GMT, March 4, 2026',
      LEDE,
    ].join('\n');
    const d = readInput(page);
    expect(d.title).toBe(HEADLINE);
    expect(blockRows(d).filter((r) => r[1] === 'photo-caption')).toHaveLength(2);
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual([
      ['headline', null, HEADLINE],
      ['narration', null, LEDE],
    ]);
  });

  it("GOOD: Reuters' gallery captions with their licensing link, the lede under them whole", () => {
    const reutersLede =
      'PORTLAND, Maine, March 4 (Reuters) - The harbor ferry service faces a $4 million shortfall.';
    const page = [
      HEADLINE,
      'By Maria Lund',
      'March 4, 2026 10:02 AM GMT Updated 2 hours ago',
      'Item 1 of 2 Passengers wait at the pier in Portland, Maine, U.S., March 4, 2026. REUTERS/Karen Wu/File Photo Purchase Licensing Rights, opens new tab',
      '[1/2]Passengers wait at the pier in Portland, Maine, U.S., March 4, 2026. REUTERS/Karen Wu/File Photo Purchase Licensing Rights, opens new tab',
      reutersLede,
    ].join('\n');
    expect(rows(page).slice(3)).toEqual([
      ['note', 'photo-caption', expect.stringMatching(/^Item 1 of 2/)],
      ['note', 'photo-caption', expect.stringMatching(/^\[1\/2\]/)],
      ['narration', null, reutersLede],
    ]);
  });

  it('BAD: sentences that hold the same words stay words', () => {
    for (const sentence of [
      '1 of 2 people said no, the poll found.',
      'Item 1 of 2 on the agenda was the ferry.',
      'He said the plan was clear. Photograph: the council had none.',
      'JANE: Look at this picture. Photo: Karen Wu',
      'Credit card fees rose in March.',
      'This article is more than a year late, the editor said.',
      '(AP and Reuters both reported the vote.)',
    ])
      expect(between(sentence)?.[0]).not.toBe('note');
  });
});

describe("ad markers, audio players' lines and sign-up boxes between paragraphs", () => {
  const between = (line: string) => rows(`${HEADLINE}\n\n${[LEDE, line, MORE].join('\n')}`)[2];

  it('GOOD: each is a note of its kind, the paragraphs around it whole', () => {
    const cases: [string, string][] = [
      ['Advertisement - Scroll to continue', 'advertisement'],
      ['ADVERTISEMENT - CONTINUE READING BELOW', 'advertisement'],
      ['Advertisement · Scroll to continue', 'advertisement'],
      ['Scroll to continue with content', 'advertisement'],
      ['Article continues below this ad', 'advertisement'],
      ['Skip Ad', 'advertisement'],
      ['Listen to this article 4 min', 'page-element'],
      ['Listen to this article now', 'page-element'],
      ['Estimated reading time: 4 minutes', 'page-element'],
      ['Voiced by Amazon Polly', 'page-element'],
      ['Audio player loading…', 'page-element'],
      ['0:00 / 4:32', 'page-element'],
      ['Audio for this article is not available.', 'page-element'],
      ["Your browser doesn't support HTML5 audio", 'page-element'],
      ['Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'page-element'],
      ['Enter your email address', 'subscription'],
      ['Listen · 4 min', 'share-links'],
      ['Follow Maria Lund', 'page-element'],
      ['Follow José Ortega-Ruiz', 'page-element'],
      ['Story by Maria Lund • 3h • 4 min read', 'byline'],
      ['By Maria Lund · 4 min read', 'byline'],
      ['Continue article', 'page-element'],
      ['Read full article', 'page-element'],
    ];
    for (const [line, reason] of cases) expect(between(line)).toEqual(['note', reason, line]);
  });

  it('BAD: sentences that open with the same words stay words', () => {
    for (const sentence of [
      'Skip ad breaks, the producer said.',
      'Scroll to continue with content of the report.',
      'Enter your email to vote, the council said.',
      'The story continues below the bridge.',
      'Listen to this article now, he said.',
      'Follow the money.',
      'Listen, I have 4 minutes.',
      'Listen for 5 min',
      'Read the full story here, the editor said.',
    ])
      expect(between(sentence)?.[0]).not.toBe('note');
  });
});

describe("Axios' labelled paragraphs and its link to more", () => {
  const page = [
    'Ferry operator warns of $4M shortfall',
    '',
    'The harbor ferry service faces a $4 million shortfall, its operator said Tuesday.',
    '',
    'Why it matters: The ferry carries 3,000 commuters a day.',
    '',
    'What to watch: The council votes in April.',
    '',
    'Go deeper: Portland bus cuts',
  ].join('\n');

  it('GOOD: `Go deeper: …` is a related link; the labels name no speaker', () => {
    const d = readInput(page);
    expect(d.speakers).toEqual([]);
    expect(blockRows(d).at(-1)).toEqual(['note', 'related-links', 'Go deeper: Portland bus cuts']);
    expect(blockRows(d)[2]).toEqual([
      'narration',
      null,
      'Why it matters: The ferry carries 3,000 commuters a day.',
    ]);
  });

  it('BAD: `Go deeper` said, or a sentence after the label, stays words', () => {
    const said = `${HEADLINE}\n\n${LEDE}\n\nGo deeper\n\nGo deeper: the tunnel was dug in 1920.`;
    expect(rows(said).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe("the Times' footer under a story", () => {
  it("GOOD: the writer's line with its link, the print line and its links are notes", () => {
    const page = [
      'Ferry Operator Warns of $4 Million Shortfall',
      'By Maria Lund',
      'March 4, 2026',
      LEDE,
      '“We are not going to let the ferry stop,” said José Ortega-Ruiz, the city’s transport chief.',
      'Maria Lund covers transportation for The Times. More about Maria Lund',
      'A version of this article appears in print on March 5, 2026, Section A, Page 18 of the New York edition with the headline: Ferry Operator Warns of Shortfall. Order Reprints | Today’s Paper | Subscribe',
      'See more on: Portland Ferry Service',
    ].join('\n');
    const d = readInput(page);
    expect(
      blockRows(d)
        .filter((r) => r[0] !== 'note')
        .map((r) => r[2]),
    ).toEqual([
      'Ferry Operator Warns of $4 Million Shortfall',
      LEDE,
      '“We are not going to let the ferry stop,” said José Ortega-Ruiz, the city’s transport chief.',
    ]);
    expect(
      blockRows(d)
        .slice(-3)
        .map((r) => r[1]),
    ).toEqual(['byline', 'page-element', 'related-links']);
  });

  it("BAD: a sentence about another person's work, or about a print version, stays words", () => {
    const page = `${HEADLINE}\n\n${LEDE}\n\nMaria Lund covers transportation. More about the ferry later.\n\nA version of the plan appeared in the council papers.`;
    expect(rows(page).filter((r) => r[0] === 'note')).toEqual([]);
  });
});
