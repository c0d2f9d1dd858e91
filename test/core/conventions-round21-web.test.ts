/**
 * Conventions of transcripts copied from web pages and transcription apps (round 21), each tested
 * on cases written for these tests in its convention, with counter-cases.
 */
import { describe, expect, it } from 'vitest';
import { blockRows, readInput, storyRows } from '../helpers/documents.ts';

const read = readInput;
const blocks = blockRows;
const story = storyRows;

describe('an office’s HTML record with initials glued to the surname (`<b>V.Putin:</b>`) and no <title>', () => {
  const page = (labels: [string, string], body: string[]) =>
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<div class="read">\n<h1>Meeting with Government members</h1>\n<div class="entry-content">\n${body
      .map((p) => p.replace('{A}', `<b>${labels[0]}:</b>`).replace('{B}', `<b>${labels[1]}:</b>`))
      .map((p) => `<p>${p}</p>`)
      .join('\n')}\n</div></div></body></html>`;
  const body = [
    'The President held a meeting with Government members via videoconference.',
    '{A} Good afternoon, colleagues. Let us begin with the spring floods.',
    'The water has reached several districts of the region. Mr Kurenkov, please.',
    '{B} Mr President, colleagues. The water level on the river is falling.',
    'Some eight hundred homes remain flooded, and the pumping goes on.',
    '{A} Thank you.',
  ];

  it('reads a paragraph after a labelled turn as the same speaker’s, in English and Russian', () => {
    const cases: Array<[string, string]> = [
      ['V.Putin', 'A.Kurenkov'],
      ['В.Путин', 'А.Куренков'],
      ['S.Lavrov', 'M.Zakharova'],
      ['V.Putin', 'A.Rimsky-Korsakov'],
    ];
    for (const labels of cases) {
      const doc = read(page(labels, body));
      expect(story(doc)).toEqual([
        ['headline', null, 'Meeting with Government members'],
        ['narration', null, body[0]],
        ['speech', labels[0], 'Good afternoon, colleagues. Let us begin with the spring floods.'],
        ['speech', labels[0], body[2]],
        ['speech', labels[1], 'Mr President, colleagues. The water level on the river is falling.'],
        ['speech', labels[1], body[4]],
        ['speech', labels[0], 'Thank you.'],
      ]);
    }
  });

  it('keeps an article’s narration after bold labels written as full names or with a spaced initial', () => {
    for (const labels of [
      ['Nick Hart', 'Tom Price'],
      ['V. Putin', 'A. Kurenkov'],
    ] as Array<[string, string]>) {
      const doc = read(page(labels, body));
      const after = story(doc).find((b) => b[2] === body[4]);
      expect(after?.[0]).toBe('narration');
    }
  });
});

describe('a post’s counts and controls around its share button (Medium, Substack)', () => {
  const turns = [
    'Dana Whitfield: Omar, thanks for joining us.',
    'Omar Reyes: Happy to be here, Dana.',
    'Dana Whitfield: Why is the river rising every spring now?',
    'Omar Reyes: The snowpack melts earlier, and the levees were built for another climate.',
  ];
  const medium = (claps: string, responses: string, footer: string[]) =>
    [
      'Episode 42: Why the River Keeps Rising',
      'Dana Whitfield',
      'Follow',
      '7 min read',
      'Mar 3, 2026',
      claps,
      responses,
      'Listen',
      'Share',
      ...turns,
      ...footer,
    ].join('\n\n');

  it('Medium: the author over Follow is the byline; claps, responses and Listen are the page’s', () => {
    for (const [claps, responses] of [
      ['312', '4'],
      ['1.2K', '38'],
      ['7', '1'],
    ] as Array<[string, string]>) {
      const doc = read(medium(claps, responses, [claps, responses]));
      const b = blocks(doc);
      expect(b.slice(0, 9)).toEqual([
        ['headline', null, 'Episode 42: Why the River Keeps Rising'],
        ['note', 'byline', 'Dana Whitfield'],
        ['note', 'page-element', 'Follow'],
        ['note', 'page-element', '7 min read'],
        ['note', 'dateline', 'Mar 3, 2026'],
        ['note', 'page-element', claps],
        ['note', 'page-element', responses],
        ['note', 'page-element', 'Listen'],
        ['note', 'share-links', 'Share'],
      ]);
      // The same counts under the post are the page's too, not the last speaker's words.
      expect(b.slice(-2)).toEqual([
        ['note', 'page-element', claps],
        ['note', 'page-element', responses],
      ]);
      expect(story(doc).filter((x) => x[0] === 'speech')).toHaveLength(4);
      expect(doc.messages.filter((m) => m.ruleId === 'page-furniture').length).toBeGreaterThan(6);
    }
  });

  it('Substack: the likes and restacks over Share and under the post', () => {
    const text = [
      'Ep. 18: The Levee Question',
      'Dana Whitfield',
      'Mar 03, 2026',
      '24',
      '3',
      'Share',
      ...turns,
      '24 Likes\n∙\n3 Restacks',
    ].join('\n\n');
    const b = blocks(read(text));
    expect(b.slice(3, 6)).toEqual([
      ['note', 'page-element', '24'],
      ['note', 'page-element', '3'],
      ['note', 'share-links', 'Share'],
    ]);
    expect(b.at(-1)?.slice(0, 2)).toEqual(['note', 'page-element']);
    for (const counts of ['24 Likes ∙ 3 Restacks', '1.1K likes · 52 comments · 12 restacks'])
      expect(
        blocks(read([...turns, counts].join('\n\n')))
          .at(-1)
          ?.slice(0, 2),
      ).toEqual(['note', 'page-element']);
  });

  it('counter-cases: a number or Listen said in a turn, counts with no share button, one count at the end', () => {
    const said = [
      'Dana Whitfield: How many homes were flooded?',
      'Omar Reyes: Let me check the list.',
      '312',
      'Listen',
      'That is the county’s number, and it is still rising.',
    ].join('\n\n');
    const doc = read(said);
    expect(story(doc).map((x) => x[0])).toEqual(['speech', 'speech', 'speech', 'speech', 'speech']);
    // Counts under a post whose header had none, and a single count: the speaker's.
    for (const footer of [['312', '4'], ['312']]) {
      const d = read([...turns, ...footer].join('\n\n'));
      expect(story(d).at(-1)).toEqual(['speech', 'Omar Reyes', footer.at(-1)]);
    }
    // A count with its unit alone in a turn is words said.
    expect(story(read([...turns, '24 likes'].join('\n\n'))).at(-1)?.[0]).toBe('speech');
  });
});

describe('a publication’s subscribe box under a post (Substack)', () => {
  const turns = [
    'Dana Whitfield: Priya, welcome to the show.',
    'Priya Nair: Thanks for having me.',
    'Dana Whitfield: How old are the levees?',
    'Priya Nair: Most were built in the fifties, and some have never been raised.',
  ];
  it('reads its heading, launch line and description as the box, not the last speaker’s words', () => {
    for (const [name, launched, description] of [
      [
        'The Watershed',
        'Launched 2 years ago',
        'Stories about water and the people who manage it.',
      ],
      [
        'County Lines',
        'By Dana Whitfield · Launched 3 months ago',
        'Local news from the east side.',
      ],
      ['Metro Matters', 'Launched a year ago', 'A weekly letter on city hall, transit and housing'],
    ]) {
      const text = [
        ...turns,
        `Subscribe to ${name}\n${launched}\n${description}`,
        'Subscribe',
      ].join('\n\n');
      expect(blocks(read(text)).slice(-4)).toEqual([
        ['note', 'subscription', `Subscribe to ${name}`],
        ['note', 'subscription', launched],
        ['note', 'subscription', description],
        ['note', 'subscription', 'Subscribe'],
      ]);
    }
  });

  it('counter-cases: asking to subscribe in a sentence, a description with no launch line', () => {
    const asked = [...turns, 'Dana Whitfield: Subscribe to The Watershed.'].join('\n\n');
    expect(story(read(asked)).at(-1)).toEqual([
      'speech',
      'Dana Whitfield',
      'Subscribe to The Watershed.',
    ]);
    const text = [
      ...turns,
      'Dana Whitfield: Thanks, Priya.\nSubscribe to the show wherever you listen.\nWe are back next week.',
    ].join('\n\n');
    expect(story(read(text)).at(-1)?.[0]).toBe('speech');
  });
});

describe('a transcripts site’s section link over the programme’s name (CNN’s `Transcripts`)', () => {
  const page = (top: string[]) =>
    [
      ...top,
      'CNN NEWSROOM',
      'Flash Floods Sweep Through River Towns. Aired 10-11a ET',
      'Aired March 3, 2026 - 10:00   ET',
      'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
      'JIM SCIUTTO, CNN ANCHOR: Good morning. We begin with the floods.',
      'MARCUS LEE, CNN CORRESPONDENT: Jim, the water came up overnight.',
    ].join('\n\n');

  it('is the menu’s: the programme’s name is a credit and the headline the title', () => {
    for (const top of [
      ['Transcripts'],
      ['Skip to main content\nCNN\nAudio\nLive TV', 'Transcripts'],
      ['Home\nTranscripts'],
    ]) {
      const doc = read(page(top));
      expect(doc.title).toBe('Flash Floods Sweep Through River Towns');
      const b = blocks(doc);
      expect(b.find((x) => x[2] === 'Transcripts')?.slice(0, 2)).toEqual(['note', 'navigation']);
      expect(b.find((x) => x[2] === 'CNN NEWSROOM')?.slice(0, 2)).toEqual([
        'note',
        'programme-credit',
      ]);
    }
  });

  it('counter-case: the word in a sentence or a turn is words said', () => {
    const doc = read(
      'JANE DOE: We asked for the transcripts.\n\nJOHN ROE: Transcripts of what?\n\nJANE DOE: Of the hearing.',
    );
    expect(story(doc).map((x) => x[0])).toEqual(['speech', 'speech', 'speech']);
  });
});

describe('a mixed-case label opening the words under a tag in capitals alone on its line (NBC)', () => {
  const page = (openings: string[]) =>
    [
      'Meet the Press – March 3, 2026',
      'KRISTEN WELKER:',
      openings[0],
      'GOV. ANA RUIZ:',
      openings[1],
      'KRISTEN WELKER:',
      'Governor, thank you for being here.',
    ].join('\n\n');

  it('reads the label as the words of the speaker named above: no new speaker', () => {
    let reported = false;
    for (const openings of [
      ['This Sunday: rising waters. Floods across three states.', 'We need the federal help now.'],
      ['Good Sunday morning. Coming up: the floods.', 'Bottom line: we need help now.'],
      ['Plus, Senator Dan Cole: his first interview.', 'Here is the thing: the levees failed.'],
    ]) {
      const doc = read(page(openings));
      expect(doc.speakers.map((s) => s.name)).toEqual(['Kristen Welker', 'Ana Ruiz']);
      expect(story(doc).slice(1)).toEqual([
        ['speech', 'Kristen Welker', openings[0]],
        ['speech', 'Ana Ruiz', openings[1]],
        ['speech', 'Kristen Welker', 'Governor, thank you for being here.'],
      ]);
      reported ||= doc.messages.some((m) => m.reason.includes('as words, not a new speaker'));
    }
    expect(reported).toBe(true);
  });

  it('counter-cases: a mixed-case speaker who speaks again, a mixed-case tag line above', () => {
    // The label opens another paragraph too: a speaker of the transcript.
    const again = [
      'MODERATOR:',
      'Jane Doe: Thank you for having me.',
      'John Roe: And me.',
      'Jane Doe: The levees failed.',
    ].join('\n\n');
    expect(story(read(again)).map((b) => b[1])).toEqual(['Jane Doe', 'John Roe', 'Jane Doe']);
    // A tag in mixed case alone on its line: the label under it is no words of its.
    const mixed = [
      'Kristen Welker:',
      'Ana Ruiz: We need help now.',
      'Kristen Welker:',
      'Thanks.',
    ].join('\n\n');
    expect(story(read(mixed)).map((b) => b[1])).toEqual(['Ana Ruiz', 'Kristen Welker']);
  });
});

describe('a footer’s legal notice link with the privacy links (European Parliament: `Legal notice - Privacy policy`)', () => {
  const record = (footer: string) =>
    [
      'Verbatim report of proceedings',
      '4. Flood protection in the Union (debate)',
      'President. – The next item is the debate on flood protection in the Union.',
      'Ana Ruiz, Member of the Commission. – Madam President, the floods showed how fragile our defences are.',
      'President. – The debate is closed.',
      footer,
    ].join('\n\n');

  it('is the page’s terms, not the last speaker’s words', () => {
    for (const footer of [
      'Legal notice - Privacy policy',
      'Legal notice | Privacy policy | Accessibility',
      'Legal notice',
      'Last updated: 4 March 2026\nLegal notice - Privacy policy',
    ]) {
      const b = blocks(read(record(footer)));
      expect(b.at(-1)?.slice(0, 2)).toEqual(['note', 'terms']);
      expect(b.filter((x) => x[0] === 'speech')).toHaveLength(3);
    }
  });

  it('counter-case: a sentence about a legal notice is words said', () => {
    const b = blocks(read(record('The legal notice was served on Monday.')));
    expect(b.at(-1)?.[0]).toBe('speech');
    const said = blocks(
      read(record('Legal notice was served on the company on Monday, and it has not answered.')),
    );
    expect(said.at(-1)?.[0]).toBe('speech');
  });
});

describe('a page’s byline label with its name on the same line (FRANCE 24: `Text by: FRANCE 24`, `Video by: …`)', () => {
  it('is the byline, not narration or a headline', () => {
    for (const credits of [
      ['Text by: FRANCE 24', 'Video by: Dana Whitfield'],
      ['Video by: Dana Whitfield'],
      ['Text by: NEWS WIRES'],
      ['Text by:\nFRANCE 24'],
    ]) {
      const text = [
        [
          "'We need help now', governor says of floods",
          'Issued on: 03/03/2026 - 12:41',
          ...credits,
        ].join('\n'),
        'Dana Whitfield: Governor, thank you for joining us.',
        'Ana Ruiz: Thank you.',
      ].join('\n\n');
      const doc = read(text);
      expect(doc.title).toBe('‘We need help now’, governor says of floods');
      const b = blocks(doc);
      for (const credit of credits.flatMap((c) => c.split('\n')))
        expect(b.find((x) => x[2] === credit)?.slice(0, 2)).toEqual(['note', 'byline']);
      expect(story(doc).filter((x) => x[0] !== 'headline')).toEqual([
        ['speech', 'Dana Whitfield', 'Governor, thank you for joining us.'],
        ['speech', 'Ana Ruiz', 'Thank you.'],
      ]);
    }
  });

  it('counter-case: a long line or a sentence after the label is words', () => {
    const doc = read(
      'Dana Whitfield: Who shot this?\n\nVideo by: the fire crew. They sent it this morning.',
    );
    expect(story(doc).at(-1)?.[0]).toBe('speech');
  });
});

describe('Medium’s Listen button between the date and Share, on a post with no counts', () => {
  it('is the page’s control', () => {
    const text = [
      'Episode 42: Why the River Keeps Rising',
      'Dana Whitfield',
      'Follow',
      '7 min read',
      'Mar 3, 2026',
      'Listen',
      'Share',
      'Dana Whitfield: Omar, thanks for joining us.',
      'Omar Reyes: Happy to be here, Dana.',
    ].join('\n\n');
    expect(blocks(read(text)).slice(5, 7)).toEqual([
      ['note', 'page-element', 'Listen'],
      ['note', 'share-links', 'Share'],
    ]);
  });

  it('counter-case: Listen said as a turn’s paragraph, no note before it', () => {
    const text = [
      'Dana Whitfield: Omar, thanks for joining us.',
      'Listen',
      'Omar Reyes: Happy to be here, Dana.',
    ].join('\n\n');
    expect(story(read(text)).map((b) => b[0])).toEqual(['speech', 'speech', 'speech']);
  });
});
