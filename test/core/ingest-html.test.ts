import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLines, htmlToText, looksLikeHtml } from '../../src/ingest/html.ts';

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
    expect(decodeEntities('&amp;&#x41;&#66;&nbsp;&bogus;&#xD800;&')).toBe(
      '&AB\u00a0&bogus;&#xD800;&',
    );
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
