import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLines, htmlToText, looksLikeHtml } from '../../src/ingest/html.ts';
import {
  type HtmlElement,
  HtmlTooDeepError,
  MAX_HTML_DEPTH,
  parseHtml,
} from '../../src/ingest/html-tree.ts';

const CMS = `<!DOCTYPE html>
<html><head><title>ignored</title><style>p { color: red }</style></head>
<body>
<h1>Russia&rsquo;s Sovereignty Non-Negotiable!</h1>
<p>The issue of Russia's sovereignty
over the southernmost Kuril Islands isn&#8217;t negotiable.</p>
<script>alert("no")</script>
<!-- a comment <p>not text</p> -->
<p>Sergey Lavrov, Foreign Minister of Russia: &ldquo;I'd like to call upon&hellip;&rdquo;<br>
second line</p>
<table><tr><td>A</td><td>B</td></tr></table>
<p>a &lt; b &amp;&amp; c > d</p>
</body></html>`;

describe('CMS HTML to transcript text', () => {
  it('makes block elements paragraphs, drops tags, scripts, styles and comments', () => {
    expect(htmlToText(CMS)).toBe(
      [
        'Russia’s Sovereignty Non-Negotiable!',
        "The issue of Russia's sovereignty over the southernmost Kuril Islands isn’t negotiable.",
        "Sergey Lavrov, Foreign Minister of Russia: “I'd like to call upon…”\nsecond line",
        'A B',
        'a < b && c > d',
      ].join('\n\n'),
    );
  });

  it('maps every line of the text to the HTML line its words start on', () => {
    const { text, sourceLines } = htmlToLines(CMS);
    const lines = text.split('\n');
    expect(sourceLines).toHaveLength(lines.length);
    const at = (needle: string): number | undefined =>
      sourceLines?.[lines.findIndex((l) => l.startsWith(needle))];
    expect(at('Russia’s')).toBe(4);
    expect(at('The issue')).toBe(5);
    expect(at('Sergey Lavrov')).toBe(9);
    expect(at('second line')).toBe(10);
    expect(at('A B')).toBe(11);
    expect(at('a < b')).toBe(12);
  });

  it('turns two <br> into a paragraph break and keeps text without tags as it is', () => {
    expect(htmlToText('One<br><br>Two')).toBe('One\n\nTwo');
    expect(htmlToText('plain   text')).toBe('plain text');
    // The HTML parser drops a tag left open at the end (as browsers do); a message keeps it.
    const unclosed = htmlToLines('<p>unclosed <b');
    expect(unclosed.text).toBe('unclosed');
    expect(unclosed.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'html-dropped', line: 1, actual: '<b' }),
    );
    expect(htmlToText('<p></p><div> </div>')).toBe('');
  });

  it('decodes character references and leaves broken ones alone', () => {
    // A reference to a surrogate is the replacement character, as browsers read it.
    expect(decodeEntities('&amp;&#x41;&#66;&nbsp;&bogus;&#xD800;&')).toBe(
      '&AB\u00a0&bogus;\ufffd&',
    );
    expect(decodeEntities('AT&T &eacute; &rsquo;')).toBe('AT&T é ’');
  });

  it('recognizes HTML documents and block fragments only', () => {
    expect(looksLikeHtml('  <!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('<p class="lead">x')).toBe(true);
    expect(looksLikeHtml('<b>bold</b> start')).toBe(false);
    expect(looksLikeHtml('Text with <p> later')).toBe(false);
  });

  it('keeps the line map consistent on arbitrary markup', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<br>', '<div>', 'word', ' ', '\n', '&amp;', '<');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { text, sourceLines } = htmlToLines(pieces.join(''));
        if (text) expect(sourceLines).toHaveLength(text.split('\n').length);
        expect(text).toBe(text.trim());
      }),
    );
  });
});

describe('the HTML tree (src/ingest/html-tree.ts)', () => {
  it('gives every node its source line and column, CR LF and a lone CR being line breaks', () => {
    const { root } = parseHtml('<p>one</p>\r\n<p class="a b">two</p>\r<!-- three -->');
    const body = root.children[0] as HtmlElement;
    expect(body.tagName).toBe('body');
    const [first, second] = body.children.filter((n) => n.type === 'element') as HtmlElement[];
    expect([first?.line, first?.column, second?.line, second?.column]).toEqual([1, 1, 2, 1]);
    expect(second?.attrs.class).toBe('a b');
    const comment = body.children.find((n) => n.type === 'comment');
    expect(comment).toMatchObject({ value: ' three ', line: 3, column: 1 });
  });

  it('joins the text around character references into one node, decoded', () => {
    const { root } = parseHtml('<p title="R&amp;D">a &amp; b &rsquo;x</p>');
    const p = (root.children[0] as HtmlElement).children[0] as HtmlElement;
    expect(p.attrs.title).toBe('R&D');
    expect(p.children).toEqual([{ type: 'text', value: 'a & b ’x', line: 1, column: 20 }]);
  });

  it('keeps content after </body> in the body and drops the newline that opens a <pre>', () => {
    const { root } = parseHtml('<html><body><p>x</p></body></html><p>after</p>');
    const html = root.children[0] as HtmlElement;
    const body = html.children[0] as HtmlElement;
    expect(body.children.map((n) => (n.type === 'element' ? n.tagName : n.type))).toEqual([
      'p',
      'p',
    ]);
    const pre = parseHtml('<pre>\nline one\nline two</pre>').root.children[0] as HtmlElement;
    expect((pre.children[0] as HtmlElement).children[0]).toMatchObject({
      value: 'line one\nline two',
      line: 2,
    });
  });

  it('reports a tag left open at the end, also after an end tag the parser ignores', () => {
    expect(parseHtml('<p>x</p></span><div class="a').unfinished).toMatchObject({
      source: '<div class="a',
      line: 1,
      column: 16,
    });
    expect(parseHtml('<p>x</p>\n  <b').unfinished).toMatchObject({ source: '<b', line: 2 });
    expect(parseHtml('<p>x</p> a < b').unfinished).toBeNull();
    expect(parseHtml('<p>x</p><!-- open').unfinished).toBeNull();
  });

  it('refuses nesting deeper than the cap (linear time), which the ingest reads as text', () => {
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}text`;
    expect(() => parseHtml(deep)).toThrow(HtmlTooDeepError);
    expect(() => parseHtml(`${'<div>'.repeat(MAX_HTML_DEPTH - 1)}text`)).not.toThrow();
    const read = htmlToLines(deep);
    expect(read.messages?.map((m) => m.ruleId)).toEqual(['html-unparsed']);
  });

  it('reads a long line of inline elements in linear time', () => {
    const time = (n: number): number => {
      const html = `<p>${'<b>x</b> '.repeat(n)}</p>`;
      const start = performance.now();
      expect(htmlToLines(html).text.length).toBe(2 * n - 1);
      return performance.now() - start;
    };
    time(1_000);
    // The best of three runs each: a collection or another process's burst during one run (CI's
    // two cores run several test files at once) is no part of the reading's cost.
    const small = Math.min(time(4_000), time(4_000), time(4_000));
    const big = Math.min(time(64_000), time(64_000), time(64_000));
    // Sixteen times the input: a linear reading takes about 16 times as long, a quadratic one
    // 256 (re-trimming the growing line on every element measured 54 here).
    expect(big / small).toBeLessThan(32);
  });
});
