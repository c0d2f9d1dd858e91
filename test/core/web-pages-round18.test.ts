/**
 * Web pages not read right before (round 18), each convention tested on pages written for these
 * tests in the markup the sites use: a parliament's record whose heading sets the member's name
 * and seat as two blocks, a broadcaster's transcript with its labels in capitals, a page's
 * `Transcript` heading over the turns, a podcast's chapter list as `<li>`s, the site's logo link,
 * a transcription tool's share page with each turn's time after the name, and a `<title>` that is
 * the site's address and a section.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { blockRows, readInput, storyRows } from '../helpers/documents.ts';

const read = readInput;
const blocks = blockRows;
const story = storyRows;
const page = (body: string, title = 'Page') =>
  `<!DOCTYPE html>\n<html lang="en"><head><title>${title}</title></head>\n<body>\n${body}\n</body></html>`;

describe('a heading whose parts are set as blocks is one line', () => {
  /** A Hansard-style contribution: the member's name and seat as two `<div>`s of the heading. */
  const contribution = (heading: string, words: string) =>
    `<div class="contribution"><h2 class="primary-info"><a href="/member">${heading}</a></h2>\n<div class="content"><p>${words}</p></div></div>`;

  it('reads the seat and party under the member’s name as the tag’s, not as words said', () => {
    const doc = read(
      page(
        [
          '<main><h1>Rural Bus Services</h1>',
          contribution(
            '<div class="primary-text">Sarah Collins</div><div class="secondary-text">(Hexham) (Lab)</div>',
            'What steps her Department is taking to improve rural bus services.',
          ),
          contribution(
            '<div class="primary-text">The Minister for Local Transport (Ian Marsh)</div>',
            'We have confirmed £955 million for bus services next year.',
          ),
          contribution(
            '<div class="primary-text">Sarah Collins</div><div class="secondary-text">(Hexham) (Lab)</div>',
            'Will the Minister meet me to discuss the No. 74 bus?',
          ),
          contribution(
            '<div class="primary-text">Ian Marsh</div>',
            'I would be happy to meet her.',
          ),
          '</main>',
        ].join('\n'),
      ),
    );
    expect(story(doc)).toEqual([
      ['headline', null, 'Rural Bus Services'],
      [
        'speech',
        'Sarah Collins',
        'What steps her Department is taking to improve rural bus services.',
      ],
      ['speech', 'Ian Marsh', 'We have confirmed £955 million for bus services next year.'],
      ['speech', 'Sarah Collins', 'Will the Minister meet me to discuss the No. 74 bus?'],
      ['speech', 'Ian Marsh', 'I would be happy to meet her.'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'Sarah Collins')?.title).toContain('Hexham');
  });

  it('joins a seat set as a paragraph or a span block, in a Lords-style record too', () => {
    const doc = read(
      page(
        [
          '<main><h1>Water Companies: Bonuses</h1>',
          contribution(
            '<p>Baroness Whitmore</p><p>(LD)</p>',
            'To ask His Majesty’s Government what action they are taking on bonuses.',
          ),
          contribution(
            '<p>Lord Ashdown of Kerne</p><p>(Con)</p>',
            'My Lords, the regulator has the power to block them.',
          ),
          contribution(
            '<p>Baroness Whitmore</p><p>(LD)</p>',
            'My Lords, it has never once used it.',
          ),
          '</main>',
        ].join('\n'),
      ),
    );
    const speech = story(doc).filter((b) => b[0] === 'speech');
    expect(speech.map((b) => b[2])).toEqual([
      'To ask His Majesty’s Government what action they are taking on bonuses.',
      'My Lords, the regulator has the power to block them.',
      'My Lords, it has never once used it.',
    ]);
    expect(blocks(doc).some((b) => String(b[2]).startsWith('('))).toBe(false);
  });

  it('a headline of two blocks is one headline', () => {
    const doc = read(
      page(
        '<main><h1><div>Budget 2026:</div><div>What the levy means for renters</div></h1><p>Renters in the city will pay more from April.</p></main>',
      ),
    );
    expect(doc.title).toBe('Budget 2026: What the levy means for renters');
  });
});

describe('a broadcaster’s transcript labels its turns in capitals', () => {
  const abc = (turns: string) =>
    page(
      `<main><article><h1>Treasurer defends housing target</h1>\n<div data-component="ArticleBody">\n${turns}\n</div></article></main>`,
    );

  it('a paragraph after a turn goes on with it, whatever it says', () => {
    const doc = read(
      abc(
        [
          '<p><strong>SARAH FERGUSON, PRESENTER:</strong> Approvals fell again last month. The Treasurer joined me from Canberra.</p>',
          '<p>Treasurer, welcome to 7.30.</p>',
          '<p><strong>TOM WEXFORD, TREASURER:</strong> Good evening, Sarah.</p>',
          '<p><strong>SARAH FERGUSON:</strong> Will you hit the target?</p>',
          '<p><strong>TOM WEXFORD:</strong> We are working towards it.</p>',
          '<p>Approvals are a monthly number. They bounce around.</p>',
        ].join('\n'),
      ),
    );
    expect(story(doc).slice(1)).toEqual([
      [
        'speech',
        'Sarah Ferguson',
        'Approvals fell again last month. The Treasurer joined me from Canberra.',
      ],
      ['speech', 'Sarah Ferguson', 'Treasurer, welcome to 7.30.'],
      ['speech', 'Tom Wexford', 'Good evening, Sarah.'],
      ['speech', 'Sarah Ferguson', 'Will you hit the target?'],
      ['speech', 'Tom Wexford', 'We are working towards it.'],
      ['speech', 'Tom Wexford', 'Approvals are a monthly number. They bounce around.'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'turn-end')).toBe(false);
  });

  it('with `<b>` labels and the Q and A of the interview among them', () => {
    const doc = read(
      abc(
        [
          '<p><b>DAVID LIM:</b> The port has been shut for two days.</p>',
          '<p>Three ships are waiting offshore.</p>',
          '<p><b>Q:</b> How long will it stay shut?</p>',
          '<p><b>HARBOUR MASTER ANA RUIZ:</b> Until the crane is repaired.</p>',
          '<p>Perhaps Friday.</p>',
        ].join('\n'),
      ),
    );
    const said = story(doc).filter((b) => b[0] === 'speech');
    expect(said.map((b) => b[2])).toContain('Three ships are waiting offshore.');
    expect(said.map((b) => b[2])).toContain('Perhaps Friday.');
    expect(story(doc).some((b) => b[0] === 'narration')).toBe(false);
  });

  it('COUNTER: an article’s labels in title case keep its narration between turns', () => {
    const doc = read(
      abc(
        [
          '<p><b>Sarah Ferguson:</b> Will you hit the target?</p>',
          '<p><b>Tom Wexford:</b> We are working towards it.</p>',
          '<p>Approvals rose by 4 percent in October, the bureau said.</p>',
        ].join('\n'),
      ),
    );
    expect(story(doc).at(-1)).toEqual([
      'narration',
      null,
      'Approvals rose by 4 percent in October, the bureau said.',
    ]);
  });
});

describe('a page’s Transcript heading over its turns', () => {
  const turns = [
    '<p><strong>Priya Anand:</strong> So where did all the streetcars go?</p>',
    '<p><strong>Tomas Berg:</strong> By 1950 most cities had torn up their tracks.</p>',
    '<p>The buses that replaced them were cheaper to run, at least at first.</p>',
    '<p><strong>Priya Anand:</strong> Right.</p>',
  ].join('\n');

  it.each([
    ['<h2>Transcript</h2>'],
    ['<h3>Full transcript:</h3>'],
    ['<div class="section-title">Episode Transcript</div>'],
    ['<h2>Read the transcript</h2>'],
  ])('under %s a paragraph after a turn goes on with it', (heading) => {
    const doc = read(
      page(
        `<main><article><h1>Ep. 47: The streetcar returns</h1><p>This week, host Priya Anand talks with historian Tomas Berg.</p>\n${heading}\n${turns}</article></main>`,
      ),
    );
    expect(story(doc).filter((b) => b[0] !== 'headline')).toEqual([
      ['narration', null, 'This week, host Priya Anand talks with historian Tomas Berg.'],
      ['speech', 'Priya Anand', 'So where did all the streetcars go?'],
      ['speech', 'Tomas Berg', 'By 1950 most cities had torn up their tracks.'],
      [
        'speech',
        'Tomas Berg',
        'The buses that replaced them were cheaper to run, at least at first.',
      ],
      ['speech', 'Priya Anand', 'Right.'],
    ]);
  });

  it('COUNTER: without it, the article’s narration after a turn stays narration', () => {
    const doc = read(
      page(`<main><article><h1>Ep. 47: The streetcar returns</h1>\n${turns}</article></main>`),
    );
    expect(story(doc)[3]).toEqual([
      'narration',
      null,
      'The buses that replaced them were cheaper to run, at least at first.',
    ]);
  });
});

describe('a podcast’s or a video’s chapter list set as a list', () => {
  const SAID: [string, string][] = [
    [
      'Priya Anand',
      'Welcome back to Transit Talk. I am Priya Anand, and this week we ride the rails.',
    ],
    ['Tomas Berg', 'Thanks for having me, Priya. It is a story I have wanted to tell for years.'],
    ['Priya Anand', 'So let us start with the obvious question. Where did all the streetcars go?'],
    ['Tomas Berg', 'By 1950 most cities had torn up their tracks and bought buses instead.'],
    ['Priya Anand', 'And the buses were cheaper to run, at least at first, is that right?'],
  ];
  const TURNS = SAID.map(
    ([name, words]) => `<p><strong>${name.toUpperCase()}:</strong> ${words}</p>`,
  ).join('\n');
  const episode = (list: string) =>
    page(
      `<main><article><h1>Ep. 47: The streetcar returns</h1>\n${list}\n${TURNS}</article></main>`,
    );

  it.each([
    [
      'in brackets',
      '<ul><li>(00:00) Intro</li><li>(03:12) Why the first streetcars vanished</li><li>(18:40) What changed in the 2010s</li></ul>',
    ],
    [
      'as links into the media',
      '<ol><li><a href="?t=0">0:00</a> Cold open</li><li><a href="?t=185">3:05</a> Who pays</li><li><a href="?t=1290">21:30</a> The levy, explained</li><li><a href="?t=2710">45:10</a> Listener questions</li></ol>',
    ],
    [
      'with a dash and an hour',
      '<ul>\n<li>00:00 - Introduction</li>\n<li>12:05 - The claims</li>\n<li>58:00 - The ruling</li>\n<li>1:04:30 - Outro</li>\n</ul>',
    ],
  ])('is notes, never read (%s)', (_, list) => {
    const doc = read(episode(list));
    expect(story(doc)).toEqual([
      ['headline', null, 'Ep. 47: The streetcar returns'],
      ...SAID.map(([name, words]) => ['speech', name, words]),
    ]);
    const notes = blocks(doc).filter((b) => b[0] === 'note');
    expect(notes.length).toBe(list.split('<li>').length - 1);
    expect(notes.every((b) => b[1] === 'page-element')).toBe(true);
    // The times stay the chapters' words: no time anchors.
    expect(doc.messages.some((m) => m.ruleId === 'html-time-stamps')).toBe(false);
  });

  it('COUNTER: a list of timed sentences, or of items without times, stays the story', () => {
    const doc = read(
      episode(
        '<ul><li>0:00 The river rose overnight.</li><li>1:00 Crews worked until dawn.</li><li>2:00 The road reopened at noon.</li></ul>',
      ),
    );
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
    const plain = read(episode('<ul><li>Intro</li><li>Who pays</li><li>The levy</li></ul>'));
    expect(story(plain).map((b) => b[2])).toContain('Who pays');
  });
});

describe('the site’s logo outside a heading', () => {
  it.each([
    [
      '<div class="header"><a class="logo" href="/">President of Russia</a></div>',
      'President of Russia',
    ],
    ['<div id="header"><a href="/" class="site-logo">C-SPAN</a></div>', 'C-SPAN'],
    ['<div class="top"><span class="logo-text">Harbour Gazette</span></div>', 'Harbour Gazette'],
  ])('is a navigation note: %s', (logo, name) => {
    const doc = read(
      page(
        `${logo}\n<div class="content"><h1>Meeting on the harvest</h1>\n<p><b>Vladimir Ostrov:</b> Good afternoon. Let us begin.</p>\n<p><b>Igor Pavlov:</b> The region harvested 1.2 million tonnes.</p></div>`,
      ),
    );
    expect(blocks(doc)[0]).toEqual(['note', 'navigation', name]);
  });
});

describe('a transcription tool’s share page: each turn’s time after the name', () => {
  const snippet = (name: string, time: string, words: string) =>
    `<div class="transcript-snippet"><div class="transcript-snippet__speaker"><span class="speaker-name">${name}</span><span class="timestamp">${time}</span></div>\n<div class="transcript-snippet__content"><span>${words}</span></div></div>`;

  it('reads the time as the turn’s anchor, not a dateline', () => {
    const doc = read(
      page(
        [
          '<div class="conversation"><h1>Editorial planning call</h1>',
          snippet('Dana Price', '0:00', 'Okay, let’s get going. We have three stories.'),
          snippet('Omar Siddiqui', '0:07', 'The council vote is confirmed for six.'),
          snippet('Dana Price', '0:15', 'Great. And the bridge story?'),
          snippet('Omar Siddiqui', '1:02:19', 'Still waiting on the engineer’s report.'),
          '</div>',
        ].join('\n'),
      ),
    );
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      0, 7_000, 15_000, 3_739_000,
    ]);
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
  });

  it('with the speaker’s name in a `speaker` element and the time a button to play from', () => {
    const doc = read(
      page(
        [
          '<main><h1>Budget interview</h1>',
          '<p><span class="speaker">Lena Ortiz</span><button class="seek-button">[00:00:04]</button></p><p>What does the levy pay for?</p>',
          '<p><span class="speaker">Mark Hale</span><button class="seek-button">[00:00:09]</button></p><p>Buses, mostly, and two new bridges.</p>',
          '<p><span class="speaker">Lena Ortiz</span><button class="seek-button">[00:00:15]</button></p><p>Which bridges?</p>',
          '</main>',
        ].join('\n'),
      ),
    );
    expect(story(doc).slice(1)).toEqual([
      ['speech', 'Lena Ortiz', 'What does the levy pay for?'],
      ['speech', 'Mark Hale', 'Buses, mostly, and two new bridges.'],
      ['speech', 'Lena Ortiz', 'Which bridges?'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      4_000, 9_000, 15_000,
    ]);
  });
});

describe('a <title> that is the site’s address and a section', () => {
  const cnn = (title: string) =>
    `<html><head><title>${title}</title></head>\n<body>\n<div class="cnnTransStoryHead">The Lead with Jake Tapper</div>\n<div class="cnnTransSubHead">Storm Closes Interstate; Senate Vote Delayed. Aired 4-5p ET</div>\n<div class="cnnTransProvider">Aired November 20, 2026 - 16:00&nbsp;&nbsp;ET</div>\n<div class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>\n<div class="cnnBodyText">JAKE TAPPER, CNN ANCHOR: Welcome to THE LEAD.<br><br>MARIA LOPEZ, CNN CORRESPONDENT: Jake, the snow has not let up.</div>\n</body></html>`;

  it.each([['CNN.com - Transcripts'], ['www.harbourgazette.co.uk | Archive']])(
    'is no headline (%s): it is reported, and the page’s own heading is the title',
    (title) => {
      const doc = read(cnn(title));
      expect(doc.title).toBe('Storm Closes Interstate; Senate Vote Delayed');
      const dropped = doc.messages.find((m) => m.ruleId === 'html-dropped' && m.line === 1);
      expect(dropped?.actual).toBe(title);
    },
  );

  it('COUNTER: a story’s title with the site’s address after it keeps the story', () => {
    expect(read(cnn('Storm closes Interstate 90 - CNN.com')).title).toBe(
      'Storm closes Interstate 90',
    );
  });
});

describe('a chapter list of four times or more, copied as text', () => {
  it.each([
    ['0:00 Cold open\n3:05 Who pays\n21:30 The levy, explained\n45:10 Listener questions'],
    [
      '00:00 Intro\n04:12 The first ferry\n19:40 Why the service ended\n33:05 What comes next\n51:20 Outro',
    ],
  ])('is notes, not a caption panel: %s', (chapters) => {
    const doc = read(
      `Episode 48: The ferry that stopped\n\n${chapters}\n\nNORA QUILL: Welcome back. Today, the last captain of the Kestrel.\n\nOWEN PRYCE: Thanks for having me, Nora.`,
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'headline',
      ...chapters.split('\n').map(() => 'note'),
      'speech',
      'speech',
    ]);
    // The times stay with their titles.
    expect(doc.blocks[1]?.text).toBe(chapters.split('\n')[0]);
  });

  it('COUNTER: a panel’s captions seconds apart stay a panel', () => {
    const doc = read(
      '0:00 good evening and welcome\n0:03 tonight we look at the floods\n0:06 in the north of the country\n0:09 and what comes next',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('a broadcaster’s story page copied as text: its header and share box', () => {
  const copied = (header: string, footer = '') =>
    [
      'Skip to main content',
      'News',
      'Politics',
      'Nation',
      'How small towns are rebuilding after the floods',
      'Nov 20, 2026 6:45 PM EST',
      header,
      'Transcript',
      'Audio',
      '',
      'Amna Nawaz:',
      'Three months after record rain, small towns across Vermont are still rebuilding.',
      '',
      'Lena Ortiz:',
      'The water came up fast here, nearly six feet on Main Street.',
      '',
      'Amna Nawaz:',
      'Lena Ortiz, thank you.',
      footer,
    ].join('\n');
  const notes = (doc: ScriptDocument) =>
    blocks(doc)
      .filter((b) => b[0] === 'note')
      .map((b) => [b[1], b[2]]);

  it('`By —` over each name is the byline, the first name the reporter', () => {
    const doc = read(copied('By —\nLena Ortiz\nBy —\nMark Hale\nShare\nFacebook\nTwitter'));
    expect(notes(doc)).toContainEqual(['byline', 'By —']);
    expect(notes(doc)).toContainEqual(['byline', 'Lena Ortiz']);
    expect(notes(doc)).toContainEqual(['byline', 'Mark Hale']);
    expect(doc.reporter).toBe('Lena Ortiz');
    expect(story(doc).filter((b) => b[0] === 'narration')).toEqual([]);
  });

  it.each([
    ['https://www.pbs.org/newshour/show/how-small-towns-are-rebuilding-after-the-floods'],
    ['https://example.com/news/2026/11/20/floods-vermont?utm_source=share'],
  ])('the page’s address under `Copy URL` is a share link: %s', (url) => {
    const doc = read(copied(`By Lena Ortiz\nShare\nCopy URL\n${url}\nEmail\nFacebook`));
    expect(notes(doc)).toContainEqual(['share-links', url]);
  });

  it('the sponsor’s `Learn more` and a newsletter box’s thanks are notes', () => {
    const doc = read(
      copied(
        'By Lena Ortiz',
        '\n\nSupport Provided By:\nLearn more\n\nSubscribe to our politics newsletter.\nThank you. Please check your inbox to confirm.',
      ),
    );
    expect(notes(doc)).toContainEqual(['navigation', 'Learn more']);
    expect(notes(doc)).toContainEqual([
      'subscription',
      'Thank you. Please check your inbox to confirm.',
    ]);
    expect(story(doc).at(-1)).toEqual(['speech', 'Amna Nawaz', 'Lena Ortiz, thank you.']);
  });

  it('COUNTER: `By` in a sentence and a link inside one stay the story', () => {
    const doc = read(
      'Flood levy explained\n\nBy — and large, the town agreed.\n\nThe plan is online at https://example.gov/levy for anyone to read.',
    );
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
  });
});

describe('an interview page’s note that the Q&A was edited', () => {
  const qa = (footer: string) =>
    page(
      `<main><h1>Why this town pays people to move there</h1>\n<div class="story">\n<p>Mayor Lee Marchand spoke with host Nil Köksal.</p>\n<p><strong>Mayor Marchand, why pay people to move there?</strong></p>\n<p>We have jobs we can't fill.</p>\n<p><strong>Is $5,000 enough?</strong></p>\n<p>For some people, yes.</p>\n${footer}\n</div></main>`,
    );

  it.each([
    ['<p><em>Produced by Sam Dunn. Q&amp;A edited for length and clarity.</em></p>'],
    ['<p><em>Interview edited for length and clarity.</em></p>'],
    ['<p>Q&amp;A condensed and edited for clarity.</p>'],
    ['<p><em>Transcription of the questions and answers is provided by a third party.</em></p>'],
  ])('is a disclaimer, not the last answer’s words: %s', (footer) => {
    const doc = read(qa(footer));
    expect(blocks(doc).at(-1)?.slice(0, 2)).toEqual(['note', 'disclaimer']);
    expect(story(doc).at(-1)?.[2]).toBe('For some people, yes.');
  });

  it('COUNTER: a sentence about an edit stays the story', () => {
    const doc = read(qa('<p>The interview was edited for length in our view.</p>'));
    expect(blocks(doc).at(-1)?.[0]).not.toBe('note');
  });
});

describe('page furniture of government and broadcasters’ pages', () => {
  it.each([['Speech'], ['Press release'], ['News story']])(
    'GOV.UK’s document type over the title is a note: %s',
    (kind) => {
      const doc = read(
        page(
          `<main class="govuk-main-wrapper"><div class="gem-c-title"><span class="gem-c-title__context">${kind}</span><h1 class="gem-c-title__text">PM remarks at the flood response meeting</h1></div>\n<div class="govuk-govspeak"><p>Thank you all for coming.</p><p>Today I can announce an extra £40 million for the recovery.</p></div></main>`,
        ),
      );
      expect(blocks(doc)[0]).toEqual(['note', 'page-element', kind]);
      expect(story(doc).map((b) => b[0])).toEqual(['headline', 'narration', 'narration']);
    },
  );

  it.each([
    ['CLICK HERE TO GET THE FOX NEWS APP'],
    ['CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM'],
    ['Click here to sign up for our politics newsletter'],
  ])('a rush transcript’s in-story promo is a note, not a heading: %s', (promo) => {
    const doc = read(
      page(
        `<main><article><h1>Senator on the border deal</h1><div class="article-body">\n<p>SHANNON BREAM, FOX NEWS ANCHOR: Is there a deal?</p>\n<p>SEN. MARK DELL (R-OH): We're close.</p>\n<p class="speakable">${promo}</p>\n<p>BREAM: Senator, thank you.</p></div></article></main>`,
      ),
    );
    expect(blocks(doc)).toContainEqual(['note', 'page-element', promo]);
    expect(story(doc).at(-1)).toEqual(['speech', 'Shannon Bream', 'Senator, thank you.']);
  });

  it('COUNTER: a sentence that asks to click stays the story', () => {
    const doc = read('Tutorial\n\nClick here to download the report. It has all the data.');
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
  });

  it.each([
    ['<a>U.S.</a><a>Politics</a><a>Media</a>', ['U.S.', 'Politics', 'Media']],
    ['<a>Sport</a><a>Weather (UK)</a><a>World</a>', ['Sport', 'Weather (UK)', 'World']],
    ['<a>Opinion</a><a>Inc.</a><a>Markets</a>', ['Opinion', 'Inc.', 'Markets']],
  ])('a menu’s items after an abbreviation’s point are not glued: %s', (menu, items) => {
    const doc = read(
      page(
        `<header class="site-header"><nav>${menu}</nav></header>\n<main><h1>Border deal close</h1><p>The Senate may vote on Thursday.</p></main>`,
      ),
    );
    expect(
      blocks(doc)
        .filter((b) => b[0] === 'note')
        .map((b) => b[2]),
    ).toEqual(items);
  });
});

describe('a page whose <title> calls it a transcript over an <h1> that does not', () => {
  const aj = (title: string) =>
    page(
      `<main><header><h1>Can the Nile deal hold?</h1></header>\n<div class="wysiwyg">\n<p><strong>Presenter:</strong> Hello and welcome to Inside Story.</p>\n<p>Egypt, Sudan and Ethiopia have signed an agreement on the Nile.</p>\n<p><strong>Amira Said:</strong> Thank you.</p>\n<p><strong>Presenter:</strong> Is this deal different?</p>\n<p><strong>Amira Said:</strong> It is.</p>\n<p>It has a dispute mechanism at last.</p>\n</div></main>`,
      title,
    );

  it.each([
    ['Transcript: Can the Nile deal hold? | Inside Story | Al Jazeera'],
    ['Can the Nile deal hold? | Transcripts | World Radio'],
    ['Can the Nile deal hold? (full transcript) - World Radio'],
  ])('has no narration between its turns: %s', (title) => {
    const doc = read(aj(title));
    expect(story(doc).filter((b) => b[0] === 'narration')).toEqual([]);
    expect(story(doc)[2]).toEqual([
      'speech',
      'presenter',
      'Egypt, Sudan and Ethiopia have signed an agreement on the Nile.',
    ]);
    expect(story(doc).at(-1)).toEqual([
      'speech',
      'Amira Said',
      'It has a dispute mechanism at last.',
    ]);
  });

  it('COUNTER: an article’s <title> keeps its narration', () => {
    const doc = read(aj('Can the Nile deal hold? | Al Jazeera'));
    expect(story(doc).filter((b) => b[0] === 'narration').length).toBe(2);
  });
});

describe('a newsletter e-mail’s own lines', () => {
  const mail = (top: string, foot: string) =>
    `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head><title>The Morning Brief</title></head><body>\n<table role="presentation" width="100%"><tr><td style="font-size:11px">${top}</td></tr>\n<tr><td><h1>The ferry strike, in their words</h1>\n<p><b>Tom Reyes:</b> How long will the strike last?</p>\n<p><b>Mara Quinn:</b> As long as it takes.</p>\n</td></tr>\n<tr><td style="font-size:12px">${foot}</td></tr></table></body></html>`;

  it.each([
    [
      'View this email in your browser',
      '<p>You are receiving this email because you signed up for The Morning Brief.</p><p><a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a></p>',
    ],
    [
      'View in browser',
      '<p>You’re receiving this newsletter because you subscribed on our website.</p><p>Manage your subscription</p>',
    ],
    ['View online', '<p>Unsubscribe here</p>'],
  ])('are notes, not the last speaker’s words: %s', (top, foot) => {
    const doc = read(mail(top, foot));
    expect(blocks(doc)[0]).toEqual(['note', 'subscription', top]);
    expect(story(doc).at(-1)).toEqual(['speech', 'Mara Quinn', 'As long as it takes.']);
    expect(
      blocks(doc)
        .filter((b) => b[0] === 'note')
        .every((b) => b[1] === 'subscription'),
    ).toBe(true);
  });

  it('COUNTER: a sentence about receiving or unsubscribing stays the story', () => {
    const doc = read(
      'Mailbag\n\nYou are receiving this because I asked the readers.\n\nUnsubscribe from the noise, he said.',
    );
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
  });
});

describe('a parliament’s record copied from its page: the seat under the name', () => {
  const said = (doc: ScriptDocument) =>
    story(doc)
      .filter((b) => b[0] === 'speech')
      .map((b) => [b[1], b[2]]);

  it.each([
    ['with the words a paragraph of their own', '\n\n'],
    ['with the words right under it', '\n'],
  ])('the seat and party are the tag’s title, %s', (_, gap) => {
    const doc = read(
      [
        'Rural Bus Services',
        '',
        `Sarah Collins\n(Hexham) (Lab)${gap}What steps her Department is taking to improve rural bus services.`,
        '',
        `The Minister for Local Transport (Ian Marsh)${gap}We have confirmed £955 million for bus services next year.`,
        '',
        `Sarah Collins\n(Hexham) (Lab)${gap}Will the Minister meet me?`,
        '',
        `Ian Marsh${gap}I would be happy to meet her.`,
      ].join('\n'),
    );
    expect(said(doc)).toEqual([
      ['Sarah Collins', 'What steps her Department is taking to improve rural bus services.'],
      ['Ian Marsh', 'We have confirmed £955 million for bus services next year.'],
      ['Sarah Collins', 'Will the Minister meet me?'],
      ['Ian Marsh', 'I would be happy to meet her.'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'Sarah Collins')?.title).toContain('Hexham');
  });

  it('a Lords record: the party alone under each name', () => {
    const doc = read(
      [
        'Water Company Bonuses',
        '',
        'Baroness Whitmore\n(LD)\n\nTo ask His Majesty’s Government what action they are taking on bonuses.',
        '',
        'Lord Ashdown of Kerne\n(Con)\n\nMy Lords, the regulator has the power to block them.',
        '',
        'Baroness Whitmore\n(LD)\n\nMy Lords, it has never once used it.',
      ].join('\n'),
    );
    expect(said(doc).map((t) => t[1])).toEqual([
      'To ask His Majesty’s Government what action they are taking on bonuses.',
      'My Lords, the regulator has the power to block them.',
      'My Lords, it has never once used it.',
    ]);
    expect(blocks(doc).some((b) => String(b[2]).startsWith('('))).toBe(false);
  });
});

describe('links set as buttons and a podcast’s platform links', () => {
  const episode = (buttons: string) =>
    page(
      `<main class="wp-block-group"><h1 class="wp-block-post-title">Episode 31: The bakers who stayed</h1>\n<div class="entry-content">\n<p><strong>LUCY HART:</strong> This is Small Town Radio.</p>\n<p><strong>JESS OKAFOR:</strong> We open at five every morning.</p>\n${buttons}\n</div></main>`,
    );

  it.each([
    [
      '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">Listen on Spotify</a></div><div class="wp-block-button"><a class="wp-block-button__link">Listen on Apple Podcasts</a></div></div>',
      ['Listen on Spotify', 'Listen on Apple Podcasts'],
    ],
    [
      '<p><a class="btn btn-primary" href="/ep31">Download the episode</a></p>',
      ['Download the episode'],
    ],
    [
      '<div class="cta-button">Get tickets for the live show</div>',
      ['Get tickets for the live show'],
    ],
  ])('are notes, not headings of the story: %s', (buttons, texts) => {
    const doc = read(episode(buttons));
    expect(
      blocks(doc)
        .filter((b) => b[0] === 'note')
        .map((b) => b[2]),
    ).toEqual(texts);
    expect(story(doc).at(-1)).toEqual(['speech', 'Jess Okafor', 'We open at five every morning.']);
  });

  it.each([['Listen on Spotify'], ['Watch on YouTube'], ['Listen on Pocket Casts']])(
    'copied as text, %s is a share link',
    (line) => {
      const doc = read(
        `Episode 31: The bakers who stayed\n\nLUCY HART: This is Small Town Radio.\n\nJESS OKAFOR: We open at five every morning.\n\n${line}`,
      );
      expect(blocks(doc).at(-1)).toEqual(['note', 'share-links', line]);
    },
  );
});

describe('COUNTER: a menu’s Transcript link is no Transcript heading', () => {
  it('keeps the article’s narration between bold-labelled turns', () => {
    const doc = read(
      page(
        `<nav><a href="/listen">Listen</a><a href="/t">Transcript</a></nav>\n<main><article><h1>The streetcar returns</h1>\n<p><strong>Priya Anand:</strong> Where did the streetcars go?</p>\n<p><strong>Tomas Berg:</strong> They were torn up.</p>\n<p>Berg, a historian, has written two books on the subject.</p></article></main>`,
      ),
    );
    expect(story(doc).at(-1)?.[0]).toBe('narration');
  });
});

describe('a transcript set in its own container inside an article', () => {
  const article = (open: string, close: string) =>
    page(
      `<main><article><h1>The housing vote explained</h1>\n<p>Council votes on the rezoning plan tonight.</p>\n${open}\n<p><b>MARA QUINN:</b> Ed, what exactly is being voted on?</p>\n<p><b>ED FROST:</b> The rezoning of the old rail yard for 900 homes.</p>\n<p>About a third of them would be affordable.</p>\n<p><b>MARA QUINN:</b> Thank you.</p>\n${close}\n<p>The vote is expected after 9 p.m.</p>\n</article></main>`,
    );

  it.each([
    ['<details class="transcript-toggle"><summary>Show transcript</summary>', '</details>'],
    ['<div class="audio-transcript">', '</div>'],
    ['<section><h2>Transcript</h2>', '</section>'],
  ])(
    'its turns go on inside it, and the article’s narration after it is narration: %s',
    (open, close) => {
      const doc = read(article(open, close));
      expect(story(doc).filter((b) => b[0] !== 'headline')).toEqual([
        ['narration', null, 'Council votes on the rezoning plan tonight.'],
        ['speech', 'Mara Quinn', 'Ed, what exactly is being voted on?'],
        ['speech', 'Ed Frost', 'The rezoning of the old rail yard for 900 homes.'],
        ['speech', 'Ed Frost', 'About a third of them would be affordable.'],
        ['speech', 'Mara Quinn', 'Thank you.'],
        ['narration', null, 'The vote is expected after 9 p.m.'],
      ]);
    },
  );
});

describe('a transcript table whose name cell is left empty where the turn goes on', () => {
  const ROWS: [string, string][] = [
    ['CHAIR VARGA', 'The board will come to order.'],
    ['', 'First item is the well report.'],
    ['DR. MENSAH', 'Thank you. Our lab tested ninety wells.'],
    ['CHAIR VARGA', 'How many failed?'],
    ['DR. MENSAH', 'Seven, all north of the river.'],
    ['', 'We will retest them in March.'],
  ];
  const SAID = [
    ['Varga', 'The board will come to order.'],
    ['Varga', 'First item is the well report.'],
    ['Dr. Mensah', 'Thank you. Our lab tested ninety wells.'],
    ['Varga', 'How many failed?'],
    ['Dr. Mensah', 'Seven, all north of the river.'],
    ['Dr. Mensah', 'We will retest them in March.'],
  ];
  const said = (doc: ScriptDocument) =>
    story(doc)
      .filter((b) => b[0] === 'speech')
      .map((b) => [b[1], b[2]]);

  it.each([
    ['<td>', '</td>'],
    ['<th scope="row">', '</th>'],
    ['<td><b>', '</b></td>'],
  ])('on a page, each row with its speaker: %s', (open, close) => {
    const rows = ROWS.map(
      ([name, text]) => `<tr>${name ? `${open}${name}${close}` : '<td></td>'}<td>${text}</td></tr>`,
    ).join('\n');
    const doc = read(page(`<main><h1>Water board hearing</h1>\n<table>\n${rows}\n</table></main>`));
    expect(said(doc)).toEqual(SAID);
  });

  it('pasted from a spreadsheet (tab-separated)', () => {
    const doc = read(ROWS.map(([name, text]) => `${name}\t${text}`).join('\n'));
    expect(said(doc)).toEqual(SAID);
  });

  it('COUNTER: a glossary with gaps stays a table of text', () => {
    const doc = read(
      page(
        '<main><h1>Terms</h1><table><tr><td>Levee</td><td>A wall against floods.</td></tr><tr><td></td><td>Also called a dike.</td></tr><tr><td>Weir</td><td>A low dam.</td></tr><tr><td>Sluice</td><td>A gate for water.</td></tr></table></main>',
      ),
    );
    expect(blocks(doc).some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe('a news page copied as text: its photo controls and reading widgets', () => {
  const notes = (doc: ScriptDocument) =>
    blocks(doc)
      .filter((b) => b[0] === 'note')
      .map((b) => [b[1], b[2]]);

  it.each([
    [
      'Hens at a farm outside Des Moines.\nJane Kim/NPR\nhide caption\n\ntoggle caption\nJane Kim/NPR',
    ],
    ['A dozen eggs on a scale in Chicago, Nov. 3.\nScott Olson/Getty Images\nhide caption'],
  ])('NPR: the byline, the photo’s controls and its caption are notes (%#)', (photo) => {
    const doc = read(
      `Egg prices fell this winter. Here is why\n\nNovember 20, 2026 5:04 PM ET\n\nHeard on All Things Considered\n\nSam Reyes\n\nEnlarge this image\n\n${photo}\n\nTranscript\n\nMARY LOUISE KELLY, HOST:\n\nA dozen eggs costs less this winter.\n\nSAM REYES, BYLINE: At a farm outside Des Moines, the hens are back.`,
    );
    expect(story(doc)).toEqual([
      ['headline', null, 'Egg prices fell this winter. Here is why'],
      ['speech', 'Mary Louise Kelly', 'A dozen eggs costs less this winter.'],
      ['speech', 'Sam Reyes', 'At a farm outside Des Moines, the hens are back.'],
    ]);
    expect(doc.reporter).toBe('Sam Reyes');
    expect(notes(doc)).toContainEqual(['photo-caption', photo.split('\n')[0]]);
  });

  it('a paper’s page: its advertising slots and reading widgets are notes', () => {
    const doc = read(
      'Supported by\n\nSKIP ADVERTISEMENT\n\nThe Ferry That Stopped\n\nBy Nora Quill\n\nNov. 17, 2026\n\nListen to article\n\nOwen Pryce captained the Kestrel for nineteen years.\n\nArticle continues after this advertisement\n\n“It was very quiet,” he said.\n\nADVERTISING\n\nPryce now runs a repair yard.\n\nContinue Reading\n\nDownload the app',
    );
    expect(doc.title).toBe('The Ferry That Stopped');
    expect(story(doc).map((b) => b[2])).toEqual([
      'The Ferry That Stopped',
      'Owen Pryce captained the Kestrel for nineteen years.',
      '“It was very quiet,” he said.',
      'Pryce now runs a repair yard.',
    ]);
  });

  it('COUNTER: sentences that open so stay the story', () => {
    const doc = read(
      'Notes\n\nSupported by the council, the plan went ahead.\n\nContinue reading the letter aloud, she said.',
    );
    expect(blocks(doc).some((b) => b[0] === 'note')).toBe(false);
  });
});

describe('an interview whose questions are set in italics', () => {
  const qa = (q: (text: string) => string) =>
    page(
      `<main><article><h1>A farmer on the drought</h1>\n<p>Ruth Keller has farmed in the valley for 40 years.</p>\n<p>${q('When did you notice the wells dropping?')}</p>\n<p>In June. By July the shallow ones were dry.</p>\n<p>${q('You had no warning. What did you do?')}</p>\n<p>We trucked water in.</p>\n<p>${q('Will you farm next year?')}</p>\n<p>If it rains.</p>\n</article></main>`,
    );

  it.each([
    [(t: string) => `<em>${t}</em>`],
    [(t: string) => `<i>${t}</i>`],
    [(t: string) => ` <em>${t} </em> `],
  ])('reads each question and the answer under it (%#)', (q) => {
    const doc = read(qa(q));
    expect(story(doc).slice(1)).toEqual([
      ['narration', null, 'Ruth Keller has farmed in the valley for 40 years.'],
      ['speech', 'reporter', 'When did you notice the wells dropping?'],
      ['speech', 'answer', 'In June. By July the shallow ones were dry.'],
      ['speech', 'reporter', 'You had no warning. What did you do?'],
      ['speech', 'answer', 'We trucked water in.'],
      ['speech', 'reporter', 'Will you farm next year?'],
      ['speech', 'answer', 'If it rains.'],
    ]);
  });

  it('COUNTER: italic paragraphs that ask nothing stay the article', () => {
    const doc = read(qa((t) => `<em>${t.replace('?', '.')}</em>`));
    expect(story(doc).every((b) => b[0] !== 'speech')).toBe(true);
  });
});

describe('a European page copied as text: its advertising slots and read-on links', () => {
  it.each([
    ['fr', 'Publicité', 'Lire la suite'],
    ['de', 'Anzeige', 'Weiterlesen'],
    ['de', 'Werbung', 'Weiterlesen'],
    ['es', 'Publicidad', 'Leer más'],
    ['it', 'Pubblicità', 'Continua a leggere'],
  ])('%s: %s and %s are notes, the interview’s turns go on', (_, ad, more) => {
    const doc = read(
      `Entretien\n\nJOURNALISTE : Quand le port rouvrira-t-il ?\n\n${ad}\n\nANA RUIZ : Vendredi, nous l'espérons.\n\n${more}`,
    );
    expect(
      blocks(doc)
        .filter((b) => b[0] === 'note')
        .map((b) => b[2]),
    ).toEqual([ad, more]);
    expect(story(doc).filter((b) => b[0] === 'speech').length).toBe(2);
  });
});
