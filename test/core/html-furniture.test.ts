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
