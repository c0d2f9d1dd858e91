import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { htmlToLines } from '../../src/ingest/html.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(html: string, output: 'json' | 'srt' | 'teleprompter-text' = 'json') {
  return produce(html, output, optionsSchema().parse({}), 'html');
}

function lineOf(html: string, needle: string): number {
  return html.slice(0, html.indexOf(needle)).split('\n').length;
}

function notes(doc: ScriptDocument): [string, string | null, number][] {
  return doc.blocks.filter((b) => b.type === 'note').map((b) => [b.text, b.reason, b.line]);
}

/** A CMS story page in the layout of UK public-broadcaster sites (written for this test). */
const BBC_STYLE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Floods force thousands from homes in Yorkshire - BBC News</title>
<script>window.dataLayer = [];</script>
<style>.x { color: red }</style>
</head>
<body>
<div id="cookie-banner" role="dialog"><p>We use cookies to give you the best online experience.</p>
<button>Accept all cookies</button><button>Reject</button></div>
<header class="site-header"><a href="/">BBC</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main id="main-content">
<article>
<header>
<h1>Floods force thousands from homes in Yorkshire</h1>
<div class="byline"><span>By Jane Doe</span><span>, BBC News, Leeds</span></div>
<time datetime="2024-03-12">Published 3 hours ago</time>
</header>
<ul class="share-tools"><li>Share on Facebook</li><li>Print this page</li></ul>
<figure><img src="a.jpg" alt="Flooded street in York">
<figcaption>Image caption, Residents were moved to a school hall &middot; York</figcaption></figure>
<p>More than 3,000 people have left their homes after the River Ouse burst its banks.</p>
<p>The Environment Agency said water levels were still rising on Tuesday night.</p>
<!-- ad slot 3 -->
<p>Residents said the water came up "in minutes".</p>
<noscript>Please enable JavaScript to watch this video.</noscript>
<aside><h2>Related stories</h2><ul><li><a>River levels at record high</a></li></ul></aside>
</article>
</main>
<footer><p>Copyright 2024 BBC. All rights reserved.</p><a href="/terms">Terms of Use</a></footer>
</body></html>`;

describe('HTML page furniture (structure)', () => {
  const { document: doc } = read(BBC_STYLE);

  it('takes the <h1> as the title and headline, and the byline as the reporter', () => {
    expect(doc.title).toBe('Floods force thousands from homes in Yorkshire');
    expect(doc.blocks[0]?.type).not.toBe('headline'); // the cookie banner comes first, as a note
    const headline = doc.blocks.find((b) => b.type === 'headline');
    expect(headline?.line).toBe(lineOf(BBC_STYLE, '<h1>'));
    expect(doc.reporter).toBe('Jane Doe');
  });

  it('reads only the story: everything else is a note with its reason and its HTML line', () => {
    const read = doc.blocks.filter((b) => b.type !== 'note' && b.type !== 'headline');
    expect(read.map((b) => b.text)).toEqual([
      'More than 3,000 people have left their homes after the River Ouse burst its banks.',
      'The Environment Agency said water levels were still rising on Tuesday night.',
      'Residents said the water came up “in minutes”.',
    ]);
    const byText = new Map(notes(doc).map(([text, reason, line]) => [text, { reason, line }]));
    expect(byText.get('We use cookies to give you the best online experience.')).toEqual({
      reason: 'cookie-notice',
      line: lineOf(BBC_STYLE, 'We use cookies'),
    });
    expect(byText.get('Home')?.reason).toBe('navigation');
    expect(byText.get('Sport')?.line).toBe(lineOf(BBC_STYLE, 'Sport</a>'));
    expect(byText.get('By Jane Doe, BBC News, Leeds')?.reason).toBe('byline');
    expect(byText.get('Published 3 hours ago')?.reason).toBe('dateline');
    expect(byText.get('Share on Facebook')?.reason).toBe('share-links');
    expect(byText.get('Print this page')?.reason).toBe('share-links');
    expect(byText.get('Image caption, Residents were moved to a school hall · York')?.reason).toBe(
      'photo-caption',
    );
    expect(byText.get('Related stories')?.reason).toBe('related-links');
    expect(byText.get('River levels at record high')?.reason).toBe('related-links');
    expect(byText.get('Copyright 2024 BBC. All rights reserved.')?.reason).toBe('copyright');
    expect(byText.get('Terms of Use')?.reason).toBe('terms');
  });

  it('lists every note in the change report as page-furniture at its line', () => {
    const reported = doc.messages.filter((m) => m.ruleId === 'page-furniture').map((m) => m.line);
    expect(reported).toEqual(notes(doc).map(([, , line]) => line));
  });

  it('reports every element whose text is not kept, at its line', () => {
    const dropped = doc.messages.filter((m) => m.ruleId === 'html-dropped');
    const at = (needle: string) => dropped.find((m) => m.line === lineOf(BBC_STYLE, needle));
    expect(at('<title>')?.actual).toBe('Floods force thousands from homes in Yorkshire - BBC News');
    expect(at('<script>')?.reason).toMatch(/script/);
    expect(at('<style>')?.reason).toMatch(/style/);
    expect(at('<img')?.actual).toBe('Flooded street in York');
    expect(at('<!-- ad')?.actual).toBe('ad slot 3');
    expect(at('<noscript>')?.actual).toBe('Please enable JavaScript to watch this video.');
  });

  it('keeps notes out of every read, timed or subtitled output', () => {
    for (const b of doc.blocks.filter((x) => x.type === 'note')) expect(b.durationMs).toBe(0);
    const srt = read(BBC_STYLE, 'srt').rendered?.body ?? '';
    const prompter = read(BBC_STYLE, 'teleprompter-text').rendered?.body ?? '';
    for (const out of [srt, prompter]) {
      expect(out).toMatch(/River Ouse/);
      for (const furniture of ['cookies', 'Facebook', 'Copyright', 'Related', 'Jane Doe'])
        expect(out).not.toContain(furniture);
    }
  });
});

describe('HTML reading', () => {
  it('uses the <title> without the site name as the headline when there is no <h1>', () => {
    const html =
      '<html><head>\n<title>Budget vote delayed | CNN Politics</title></head>\n<body><p>The vote was put off until Friday.</p><p>Leaders blamed the weather.</p></body></html>';
    const { document: doc } = read(html);
    expect(doc.title).toBe('Budget vote delayed');
    expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: 'Budget vote delayed', line: 2 });
    expect(doc.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'html-title', line: 2, actual: 'CNN Politics' }),
    );
  });

  it('decodes every character reference, named and numeric', () => {
    const { text } = htmlToLines(
      '<p>a &middot; b &eacute;t&eacute; &euro;5 &#8212; &hellip; &frac12; &NotEqual;</p>',
    );
    expect(text).toBe('a · b été €5 — … ½ ≠');
  });

  it('reports template content, CDATA and comments with their text', () => {
    const { messages } = htmlToLines(
      '<p>One.</p>\n<template><p>Hidden draft</p></template>\n<p>Two.<![CDATA[ raw ]]></p>',
    );
    expect(messages?.map((m) => [m.line, m.actual])).toEqual([
      [2, 'Hidden draft'],
      [3, 'raw'],
    ]);
  });

  it('takes the biggest <article> as the content root; text outside it is a note', () => {
    const html =
      '<body><div>Trending now: Celebrity news</div>\n<article><p>The council approved the plan on Monday night after a long debate.</p><p>Work starts in May.</p></article>\n<article><p>Other story</p></article></body>';
    const { document: doc } = read(html);
    expect(doc.blocks.filter((b) => b.type !== 'note').map((b) => b.text)).toEqual([
      'The council approved the plan on Monday night after a long debate.',
      'Work starts in May.',
    ]);
    expect(notes(doc).map(([t, r]) => [t, r])).toEqual([
      ['Trending now: Celebrity news', 'related-links'],
      ['Other story', 'page-element'],
    ]);
  });

  it('splits furniture spans that share a line; a hinted link inside a sentence stays in it', () => {
    const html =
      '<main><h1>Night shift</h1>\n<div class="meta"><span class="author">By Omar Haddad</span>\n<span class="published">Published 6:15 a.m. ET Nov. 2, 2025</span></div>\n<p>Read the <a class="related-link">full report</a> on the hospital site today.</p></main>';
    const { document: doc } = read(html);
    expect(notes(doc)).toEqual([
      ['By Omar Haddad', 'byline', 2],
      ['Published 6:15 a.m. ET Nov. 2, 2025', 'dateline', 3],
    ]);
    expect(doc.blocks.at(-1)?.text).toBe('Read the full report on the hospital site today.');
  });

  it('reads CMS component names (data-component, data-testid) as class hints', () => {
    const html =
      '<main><article><h1>Chancellor rules out tax rise</h1>\n<div data-component="byline-block"><span>By Sam Francis</span></div>\n<div data-testid="share-bar"><a>Share</a></div>\n<div data-component="text-block"><p>The chancellor ruled out a rise in income tax.</p></div></article></main>';
    const { document: doc } = read(html);
    expect(notes(doc).map(([text, reason]) => [text, reason])).toEqual([
      ['By Sam Francis', 'byline'],
      ['Share', 'share-links'],
    ]);
    expect(doc.blocks.at(-1)).toMatchObject({ type: 'narration' });
  });

  it('sibling spans of furniture with no space between are lines, not one glued word', () => {
    const html =
      '<main><article><h1>Budget</h1>\n<div data-component="byline-block"><span>Sam Francis</span><span>Political reporter, BBC News</span></div>\n<p>The budget will be delivered on 26 November, the Treasury confirmed on Sunday morning.</p></article></main>';
    const { document: doc } = read(html);
    const text = notes(doc)
      .map(([t]) => t)
      .join(' | ');
    expect(text).toBe('Sam Francis | Political reporter, BBC News');
    // A byline that is a name alone names the reporter.
    expect(doc.reporter).toBe('Sam Francis');
  });

  it('a byline without a name alone names no reporter', () => {
    const html =
      '<main><article><h1>Budget</h1>\n<div class="byline"><span>Political desk, BBC News</span></div>\n<p>The budget will be delivered on 26 November, the Treasury confirmed on Sunday morning.</p></article></main>';
    const { document: doc } = read(html);
    expect(notes(doc).map(([, reason]) => reason)).toEqual(['byline']);
    expect(doc.reporter).toBeNull();
  });

  it('glued spans in the story, or a span that goes on with punctuation, stay on one line', () => {
    const html =
      '<main><h1>Night shift</h1>\n<div class="byline"><span>By Jane Doe</span><span>, BBC News</span></div>\n<p>The <span>Mc</span><span>Donald</span> family sold the farm.</p></main>';
    const { document: doc } = read(html);
    expect(notes(doc).map(([t]) => t)).toEqual(['By Jane Doe, BBC News']);
    expect(doc.blocks.at(-1)?.text).toBe('The McDonald family sold the farm.');
  });

  it('a web article with bold-labelled turns: an unlabelled paragraph not in person is narration', () => {
    const html = `<main><article><h1>Chancellor rules out tax rise</h1>
<p>Speaking on Sunday, Helen Marsh said she would find the money elsewhere.</p>
<p><b>Nick Hart:</b> Can you promise income tax will not go up?</p>
<p><strong>Helen Marsh:</strong> I can promise the basic rate will not go up.</p>
<p>And we will keep that promise for the whole parliament.</p>
<p><b>Hart:</b> So that's not a no.</p>
<p>Shadow chancellor Tom Price said the answer would worry every family.</p>
<p>The budget will be delivered on 26 November.</p>
</article></main>`;
    const { document: doc } = read(html);
    const types = doc.blocks.map((b) => `${b.type} ${b.text.slice(0, 12)}`);
    expect(types).toEqual([
      'headline Chancellor r',
      'narration Speaking on ',
      'speech Can you prom',
      'speech I can promis',
      'speech And we will ',
      'speech So that’s no',
      'narration Shadow chanc',
      'narration The budget w',
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'turn-end').map((m) => m.line)).toEqual([
      lineOf(html, 'Shadow chancellor'),
    ]);
  });

  it.each([
    'Transcript: Mayor’s briefing on the harbour fire',
    'Harbour fire briefing (full transcript)',
    'Стенограмма брифинга мэра',
  ])('a page titled “%s”: an unlabelled paragraph goes on with the turn before it', (title) => {
    const html = `<main><article><h1>${title}</h1>
<p><strong>MAYOR TOM REYES:</strong> Good morning. At two the fire service was called.</p>
<p>Three warehouses were lost. Nobody was hurt.</p>
<p><strong>REPORTER:</strong> When will the harbour reopen?</p>
</article></main>`;
    const { document: doc } = read(html);
    const paragraph = doc.blocks.find(
      (b) => b.text === 'Three warehouses were lost. Nobody was hurt.',
    );
    expect(paragraph?.type).toBe('speech');
    expect(paragraph?.speaker).toBe(doc.blocks.find((b) => b.type === 'speech')?.speaker);
    expect(doc.messages.some((m) => m.ruleId === 'turn-end')).toBe(false);
  });

  it('a bold name with the colon after it (`<b>Hart</b>:`) is a label too', () => {
    const html = `<main><article><h1>Chancellor rules out tax rise</h1>
<p><b>Nick Hart</b>: Can you promise income tax will not go up?</p>
<p><strong>Helen Marsh</strong> : I can promise the basic rate will not go up.</p>
<p>Shadow chancellor Tom Price said the answer would worry every family.</p>
</article></main>`;
    const { document: doc } = read(html);
    expect(doc.blocks.map((b) => b.type)).toEqual(['headline', 'speech', 'speech', 'narration']);
  });

  it('a bold phrase inside a sentence, or without a colon after it, marks no turn', () => {
    const html = `<main><article><h1>Council meeting</h1>
<p>Nick Hart: Can you promise the tax will not go up?</p>
<p><b>Important</b> the budget is due: on 26 November.</p>
<p>The budget will be delivered on 26 November.</p>
</article></main>`;
    const { document: doc } = read(html);
    expect(doc.blocks.at(-1)?.type).toBe('speech');
  });

  it('without bold labels, or in a pasted text transcript, the turn goes on', () => {
    const html = `<main><article><h1>Council meeting</h1>
<p>Nick Hart: Can you promise the tax will not go up?</p>
<p>Helen Marsh: The basic rate will not go up.</p>
<p>The budget will be delivered on 26 November.</p>
</article></main>`;
    const { document: doc } = read(html);
    expect(doc.blocks.at(-1)?.type).toBe('speech');
    const text = produce(
      'HART: Can you promise?\n\nMARSH: The rate will not go up.\n\nThe budget will be delivered on 26 November.',
      'json',
      optionsSchema().parse({}),
      'text',
    ).document;
    expect(text.blocks.at(-1)?.type).toBe('speech');
  });

  it('never lets a class hint swallow the story', () => {
    const story = '<p>The minister resigned on Tuesday after the report was published.</p>'.repeat(
      40,
    );
    const { document: doc } = read(
      `<body><div class="content has-ads share-enabled">${story}</div></body>`,
    );
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });

  it('reads deeply nested HTML without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(20_000)}<p>Deep text.</p>`;
    const { document: doc } = read(deep);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('Deep text.');
  });
});

describe('CMS page conventions: logos, live blogs, wire stories, players (issue 10)', () => {
  const types = (doc: ScriptDocument): [string, string][] =>
    doc.blocks.map((b) => [b.type, b.text]);

  it('a site logo set as the <h1> is a note; the itemprop=headline heading is the headline', () => {
    const html = `<body><header role="banner"><h1 class="brand"><a href="/">The Coastal Star</a></h1></header>
<main><div class="item-page"><h2 itemprop="headline">Harbour dredging to resume</h2>
<p>Dredging of the inner harbour will restart next month after a court ruling.</p></div></main></body>`;
    const { document: doc } = read(html);
    expect(doc.title).toBe('Harbour dredging to resume');
    expect(types(doc)).toEqual([
      ['note', 'The Coastal Star'],
      ['headline', 'Harbour dredging to resume'],
      ['narration', 'Dredging of the inner harbour will restart next month after a court ruling.'],
    ]);
  });

  it('the heading that matches the <title> is found across curly and straight quotes', () => {
    const html = `<head><title>Mayor's plan "dead on arrival" - The Courier</title></head><body>
<div class="page"><h2>Mayor’s plan “dead on arrival”</h2><p>The council rejected the plan on Tuesday night.</p></div></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.map((b) => b.type)).toEqual(['headline', 'narration']);
    expect(doc.title).toBe('Mayor’s plan “dead on arrival”');
  });

  it("the story's itemprop=headline wins over a teaser card's before the story", () => {
    const html = `<body><div class="top-stories"><div itemscope><span itemprop="headline">Ferry cuts confirmed</span></div></div>
<main><div itemprop="articleBody"><h2 itemprop="headline">Harbour dredging to resume</h2>
<p>Dredging of the inner harbour will restart next month after a court ruling.</p></div></main></body>`;
    const { document: doc } = read(html);
    expect(doc.title).toBe('Harbour dredging to resume');
    expect(notes(doc).map(([t]) => t)).toEqual(['Ferry cuts confirmed']);
  });

  it('an <h1> that only links home is the logo even without a class; the title decides', () => {
    const html = `<head><title>Ferry cuts confirmed | Island Times</title></head><body>
<div class="top"><h1><a href="https://islandtimes.example/" rel="home">Island Times</a></h1></div>
<div id="content"><h2>Ferry cuts confirmed</h2><p>The weekend ferry will stop running in January, the operator said.</p>
<h2>What happens next</h2><p>A consultation opens on Monday.</p></div></body>`;
    const { document: doc } = read(html);
    expect(doc.title).toBe('Ferry cuts confirmed');
    expect(doc.blocks.find((b) => b.type === 'headline')?.text).toBe('Ferry cuts confirmed');
    // A heading that is not the title stays story text; the logo is a note, never the title.
    expect(doc.blocks.find((b) => b.text === 'What happens next')?.type).toBe('narration');
    expect(notes(doc).map(([t]) => t)).toEqual(['Island Times']);
  });

  it('a story <h1> that links to its own article, or holds a long headline, stays the headline', () => {
    const html = `<body><article><h1><a href="/news/2025/11/budget-vote">Council passes budget after all-night session</a></h1>
<p>The council passed its budget at 6 a.m. on Thursday.</p></article></body>`;
    const { document: doc } = read(html);
    expect(doc.title).toBe('Council passes budget after all-night session');
    expect(doc.blocks[0]?.type).toBe('headline');
  });

  it('an <address> of contributors is one byline, "and" included', () => {
    const html = `<body><article><h1>Rail strike talks resume</h1>
<address><a rel="author" href="/p/a">Samira Khan</a> and <a rel="author" href="/p/b">Tom Reid</a></address>
<p>Union and industry negotiators arrived at the talks shortly before 11am.</p></article></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.filter((b) => b.type === 'narration').map((b) => b.text)).toEqual([
      'Union and industry negotiators arrived at the talks shortly before 11am.',
    ]);
    expect(notes(doc).every(([, reason]) => reason === 'byline')).toBe(true);
    expect(
      notes(doc)
        .map(([t]) => t)
        .join(' '),
    ).toContain('and Tom Reid');
  });

  it('a list of in-page links (key events, contents) is navigation; a footnote link is not', () => {
    const html = `<body><article><h1>Rail strike live</h1>
<div id="keyevents"><h2>Key events</h2><ul><li><a href="#block-3">Talks under way</a></li><li><a href="#block-2">No new money</a></li></ul></div>
<p>Negotiators met at 11am, the union said<a href="#fn1">1</a>.</p>
<p>Trains will run on <a href="#map">the map below</a> and <a href="#table">the table</a> routes only, and the operators urged passengers to check before travelling on Friday.</p>
</article></body>`;
    const { document: doc } = read(html);
    expect(notes(doc).map(([t, r]) => [t, r])).toEqual([
      ['Key events', 'navigation'],
      ['Talks under way', 'navigation'],
      ['No new money', 'navigation'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'narration')).toHaveLength(2);
  });

  it("a live blog's entry titles are headline blocks; the page's own <h2> standfirst is not", () => {
    const html = `<body><main><article><h1>Rail strike live: talks resume</h1>
<h2 class="standfirst">Half of services cancelled across the south-east</h2>
<div id="liveblog-body">
<article class="block pinned"><h2>Talks under way</h2><p>Negotiators arrived shortly before 11am.</p></article>
<article class="block"><p><time>11.40 GMT</time></p><h2>Talks under way</h2><p>Negotiators arrived shortly before 11am.</p></article>
<section class="block"><h3>Minister: no new money</h3><p>The transport secretary ruled out new money.</p></section>
</div></article></main></body>`;
    const { document: doc } = read(html);
    expect(doc.title).toBe('Rail strike live: talks resume');
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Rail strike live: talks resume',
      'Talks under way',
      'Minister: no new money',
    ]);
    expect(doc.blocks.find((b) => b.text.startsWith('Half of services'))?.type).toBe('narration');
    // The pinned copy of an entry is a note, its words kept.
    expect(notes(doc).map(([t]) => t)).toEqual(
      expect.arrayContaining(['Talks under way', 'Negotiators arrived shortly before 11am.']),
    );
  });

  it('a pull quote set as a <figure> is the story; its attribution a credit; a photo stays a caption', () => {
    const html = `<body><article><h1>Flood barrier delayed again</h1>
<p>Residents said they had not been told about the delay before the meeting.</p>
<figure class="wp-block-pullquote"><blockquote><p>Nobody can tell us when it ends.</p></blockquote><figcaption>Margaret Hollis, Riverside Terrace</figcaption></figure>
<figure class="wp-caption"><img src="wall.jpg" alt="Flood wall"><figcaption>Work on the wall stopped in September.</figcaption></figure>
</article></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.find((b) => b.text === 'Nobody can tell us when it ends.')?.type).toBe(
      'narration',
    );
    expect(notes(doc).map(([t, r]) => [t, r])).toEqual([
      ['Margaret Hollis, Riverside Terrace', 'credit'],
      ['Work on the wall stopped in September.', 'photo-caption'],
    ]);
  });

  it("readers' comments inside the article are notes; a story sentence about comments is not", () => {
    const html = `<body><article><h1>Flood barrier delayed again</h1>
<p>The committee report and the comments submitted by residents are on the council's website.</p>
<div id="comments" class="comments-area"><h2>3 thoughts on the barrier</h2>
<ol class="comment-list"><li><p>Same story every year.</p></li><li><p>Steel prices went up everywhere.</p></li></ol></div>
<div id="disqus_thread"><p>Join 40 readers in the discussion below.</p></div>
</article></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.filter((b) => b.type !== 'note').map((b) => b.text)).toEqual([
      'Flood barrier delayed again',
      'The committee report and the comments submitted by residents are on the council’s website.',
    ]);
    expect(notes(doc).map(([t]) => t)).toEqual([
      '3 thoughts on the barrier',
      'Same story every year.',
      'Steel prices went up everywhere.',
      'Join 40 readers in the discussion below.',
    ]);
  });

  it('each line of a <pre> transcript keeps its own HTML line', () => {
    const html = `<body><main><h1>Governor on wildfire response</h1>
<div class="jw-player"><span class="jw-duration">12:04</span></div>
<pre class="transcript">
GOV. TOM HALE: We have 2,000 firefighters on the line.

ANCHOR: When can people go home?

HALE: Not before Thursday.
</pre></main></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.map((b) => [b.type, b.line])).toEqual([
      ['headline', 1],
      ['note', 2],
      ['speech', 4],
      ['speech', 6],
      ['speech', 8],
    ]);
    expect(doc.blocks.at(-1)?.text).toBe('Not before Thursday.');
  });

  it('a question set as a section heading (`Q: …`) stays a turn, not a part heading', () => {
    const html = `<body><article><h1>The nurse who runs the night shift</h1>
<section><h3>Q: What is the hardest hour of the night?</h3>
<p><strong>Alvarez:</strong> Three a.m. That is when people decide they cannot wait.</p></section>
<section><h3>The night shift in numbers</h3><p>Nine nurses work nights for 40 beds.</p></section>
</article></body>`;
    const { document: doc } = read(html);
    const question = doc.blocks.find((b) => b.text.includes('hardest hour'));
    expect(question?.type).toBe('speech');
    expect(doc.blocks.find((b) => b.text === 'The night shift in numbers')?.type).toBe('headline');
  });

  it('reads page parts by their CMS class names: meta, pagers, tags, kickers, players, appeals', () => {
    const html = `<body><article>
<div class="dcr-series"><a href="/transport">Rail transport</a></div>
<h1 class="entry-title">Flood barrier delayed again</h1>
<span class="posted-on">Posted on November 14, 2025</span>
<dl class="article-info"><dt>Details</dt><dd>Hits: 1342</dd></dl>
<div class="video-player"><button>Play</button><span class="video-player__duration">7:42</span></div>
<p>The flood barrier will not be finished before spring 2027, the council confirmed.</p>
<p>Residents can share their comments, subscribe to updates or donate sandbags at the depot, and a pinned notice in the library gives the dates.</p>
<blockquote class="wp-block-quote"><p>We have had sandbags in the hall for two winters.</p></blockquote>
<div class="tags">Tagged flooding, county council</div>
<ul class="pager pagenav"><li><a href="/prev">Prev</a></li><li><a href="/next">Next</a></li></ul>
<div class="support-banner"><p>Your donation keeps our journalism free for everyone.</p></div>
</article></body>`;
    const { document: doc } = read(html);
    expect(doc.blocks.filter((b) => b.type !== 'note').map((b) => [b.type, b.text])).toEqual([
      ['headline', 'Flood barrier delayed again'],
      [
        'narration',
        'The flood barrier will not be finished before spring 2027, the council confirmed.',
      ],
      [
        'narration',
        'Residents can share their comments, subscribe to updates or donate sandbags at the depot, and a pinned notice in the library gives the dates.',
      ],
      ['narration', 'We have had sandbags in the hall for two winters.'],
    ]);
    expect(notes(doc).map(([t]) => t)).toEqual([
      'Rail transport',
      'Posted on November 14, 2025',
      'Details',
      'Hits: 1342',
      'Play',
      '7:42',
      'Tagged flooding, county council',
      'Prev',
      'Next',
      'Your donation keeps our journalism free for everyone.',
    ]);
  });

  it('a wire story keeps its dateline lead; the contributor line after it is a credit', () => {
    const html = `<body><article><h1>Senate passes stopgap bill</h1>
<p>WASHINGTON (AP) &mdash; The Senate passed a short-term spending bill late Tuesday.</p>
<p>Staff shortages and late amendments contributed to this year's delay, senators said.</p>
<p>Associated Press writers Sam Oduya and Rachel Finch contributed to this report.</p>
</article></body>`;
    const { document: doc } = read(html);
    expect(
      doc.blocks.map((b) => [b.type, (b as { reason?: string | null }).reason ?? null]),
    ).toEqual([
      ['headline', null],
      ['narration', null],
      ['narration', null],
      ['note', 'credit'],
    ]);
  });

  it("a transcript page's 'Read the Full Transcript' heading is a note, not the first turn", () => {
    const html = `<body><main><h1>Farmers face hard choices</h1>
<div class="transcript"><h2>Read the Full Transcript</h2>
<p><strong>Leila Grant:</strong></p><p>How unusual is a zero allocation?</p>
<p><strong>Owen Hart:</strong></p><p>It has happened only twice before. I read the full transcript of the hearing.</p></div></main></body>`;
    const { document: doc } = read(html);
    expect(notes(doc).map(([t, r]) => [t, r])).toEqual([
      ['Read the Full Transcript', 'page-element'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker)).toHaveLength(2);
  });
});

describe('section headings directly in an HTML story', () => {
  const page = (h2: string, lead = '') =>
    `<html><body><article><h1>Port strike enters second week</h1>${lead}<p>Dock workers stayed off the job for an eighth day on Monday.</p><h2>${h2}</h2><p>Talks broke down on 3 November.</p></article></body></html>`;

  it('a Label: text heading after the first paragraph is a heading, not a speaker', () => {
    const html = page('Timeline: how the dispute began');
    const { document: doc } = read(html);
    const block = doc.blocks.find((b) => b.text.startsWith('Timeline'));
    expect(block?.type).toBe('headline');
    expect(block?.speaker).toBeNull();
    expect(doc.speakers).toEqual([]);
  });

  it('a standfirst heading before the story text is not made a section heading', () => {
    const html = `<html><body><article><h1>Port strike</h1><h2>Dock workers stayed off the job again on Monday, with ships waiting.</h2><p>Talks broke down on 3 November.</p></article></body></html>`;
    const { document: doc } = read(html);
    expect(doc.blocks.find((b) => b.text.startsWith('Dock workers'))?.type).toBe('narration');
  });

  it('a Q: heading after the text stays a question of the interview', () => {
    const html = page('Q: Why did the talks fail?');
    const { document: doc } = read(html);
    expect(doc.blocks.find((b) => b.text.includes('Why did the talks fail'))?.type).not.toBe(
      'headline',
    );
  });
});

describe('a <br> inside a paragraph is a line break, not a paragraph break', () => {
  const options = optionsSchema().parse({});
  const blocks = (html: string) =>
    produce(html, 'json', options, 'html').document.blocks.map((b) => [b.type, b.text]);

  it('GOOD: a turn’s sentence after a <br> stays in its block, whatever its length', () => {
    const page = [
      '<article>',
      '<p>Council officers said on Monday the ferry would be back.<br>No date was given.</p>',
      '<p>ANA RUIZ: Let’s start simple.<br>What actually fails?</p>',
      '<p>TOM LEE: The gearbox. It is thirty-one years old and the parts are not made any more.<br>So every repair is a one-off.</p>',
      '</article>',
    ].join('\n');
    expect(blocks(page)).toEqual([
      ['narration', 'Council officers said on Monday the ferry would be back. No date was given.'],
      ['speech', 'Let’s start simple. What actually fails?'],
      [
        'speech',
        'The gearbox. It is thirty-one years old and the parts are not made any more. So every repair is a one-off.',
      ],
    ]);
  });

  it('BAD: separate paragraphs, a double <br>, and a new speaker after a <br> still break', () => {
    const page = [
      '<article>',
      '<p>ANA RUIZ: Let’s start simple.</p>',
      '<p>What actually fails?</p>',
      '<p>Ferry services resume on Friday.<br><br>Buses replace the morning sailing.</p>',
      '<p>Q: Why now?<br>A: Because the part came.</p>',
      '</article>',
    ].join('\n');
    const got = blocks(page);
    expect(got.slice(0, 2)).toEqual([
      ['speech', 'Let’s start simple.'],
      ['speech', 'What actually fails?'],
    ]);
    expect(got.map((b) => b[1])).toContain('Ferry services resume on Friday.');
    expect(got.map((b) => b[1])).toContain('Buses replace the morning sailing.');
    expect(got.slice(-2).map((b) => b[1])).toEqual(['Why now?', 'Because the part came.']);
  });
});
