/**
 * Scripts and transcripts from a word processor: Word's "Save as web page" (Office HTML),
 * Google Docs' HTML export and clipboard, and two-column (video | audio) script tables.
 */
import { describe, expect, it } from 'vitest';
import type { formatTranscript } from '../../src/core/index.ts';
import { htmlToLines } from '../../src/ingest/html.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

/** The document a producer gets from HTML, as the API reads it (lines are the HTML's). */
function formatHtml(html: string) {
  return prepare(html, optionsSchema().parse({}), 'html');
}

function types(doc: ReturnType<typeof formatTranscript>): string[] {
  return doc.blocks.map((b) => `${b.type}: ${b.text}`);
}

const OFFICE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta name=ProgId content=Word.Document>
<title>Document1</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
p.MsoNormal {margin:0cm;}
-->
</style>
</head>
<body lang=EN-GB>
<div class=WordSection1>
<p class=MsoTitle>Harbour flood<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>JANE DOE:</span></b><span
style='mso-spacerun:yes'>&nbsp; </span>The water came up overnight.<o:p></o:p></p>
<p class=MsoNormal>It reached the second step by midnight.<o:p></o:p></p>
<p class=MsoNormal><b style='mso-bidi-font-weight:normal'>SAM LEE:</b> How many boats?<o:p></o:p></p>
<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Twelve boats.<o:p></o:p></p>
</div>
</body>
</html>`;

describe("Word's Save as web page (Office HTML)", () => {
  it('reads the paragraphs and nothing from the head or the conditional comments', () => {
    const { text, messages } = htmlToLines(OFFICE);
    expect(text.split('\n\n')).toEqual([
      'Harbour flood',
      'JANE DOE:\u00a0 The water came up overnight.',
      'It reached the second step by midnight.',
      'SAM LEE: How many boats?',
      '1.\u00a0\u00a0 Twelve boats.',
    ]);
    expect(text).not.toContain('Print');
    expect(text).not.toContain('margin');
    // The XML island is reported, at its line, with what it held.
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'html-dropped',
        line: 6,
        reason: 'Removed a conditional comment (Office settings, not text)',
        actual: expect.stringContaining('<w:WordDocument>'),
      }),
    );
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'html-dropped', line: 11 }));
  });

  it("takes the Title paragraph as the headline, not Word's <title>, and keeps bold labels as tags", () => {
    const doc = formatHtml(OFFICE);
    expect(doc.title).toBe('Harbour flood');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Sam Lee']);
    const jane = doc.speakers.find((s) => s.name === 'Jane Doe')?.id;
    // A paragraph after a labelled turn goes on with it: a transcript, not an article.
    const second = doc.blocks.find((b) => b.text.startsWith('It reached'));
    expect(second?.type).toBe('speech');
    expect(second?.speaker).toBe(jane);
    expect(second?.line).toBe(23);
  });

  it('on a web page, a paragraph without a label after a bold turn is still narration', () => {
    const page = formatHtml(
      '<article><h1>Budget</h1><p><b>Nick Hart:</b> We will not cut.</p><p>Shadow chancellor Tom Price said the plan was late.</p></article>',
    );
    expect(page.blocks.find((b) => b.text.startsWith('Shadow'))?.type).toBe('narration');
  });
});

const GOOGLE_STYLE =
  '<style type="text/css">.c1{color:#000000;font-weight:700;font-size:11pt}.c0{font-weight:400}.c2{padding-top:0pt}.title{font-size:26pt}</style>';

describe("Google Docs' HTML", () => {
  it('reads bold set by a class of its style sheet as a label, and the Title paragraph as headline', () => {
    const html = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">${GOOGLE_STYLE}</head><body class="c5 doc-content"><p class="c2 title" id="h.x"><span class="c1">Council vote</span></p><p class="c2"><span class="c1">ANNA REYES:</span><span class="c0">&nbsp;We voted for the bridge.</span></p><p class="c2"><span class="c1">OMAR DIAZ</span><span class="c0">: And the budget?</span></p><p class="c2"><span class="c0">Nobody asked the residents.</span></p></body></html>`;
    const { text, messages } = htmlToLines(html);
    expect(text).not.toContain('font-weight');
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'html-dropped', line: 1 }));
    const doc = formatHtml(html);
    expect(doc.title).toBe('Council vote');
    expect(types(doc)).toEqual([
      'headline: Council vote',
      'speech: We voted for the bridge.',
      'speech: And the budget?',
      'speech: Nobody asked the residents.',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Anna Reyes', 'Omar Diaz']);
  });

  it("the clipboard's normal-weight <b> wrapper is no label; an inline bold span is", () => {
    const clip =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-weight:700;">ANNA REYES:</span><span style="font-weight:400;"> We voted.</span></p><p dir="ltr"><span style="font-weight:400;">The bridge opens in May.</span></p></b>';
    const lines = htmlToLines(clip);
    expect(lines.text).toBe('ANNA REYES: We voted.\n\nThe bridge opens in May.');
    const doc = formatHtml(clip);
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Anna Reyes']);
  });
});

const cell = (text: string) => `<td valign=top><p class=MsoNormal>${text}<o:p></o:p></p></td>`;
const tableOf = (rows: [string, string][]) =>
  `<table class=MsoTableGrid border=1>${rows.map(([v, a]) => `\n<tr>${cell(v)}\n${cell(a)}</tr>`).join('')}\n</table>`;

describe('a two-column table (video | audio) from a word processor', () => {
  const SCRIPT = tableOf([
    ['<b>VIDEO</b>', '<b>AUDIO</b>'],
    ['ANCHOR ON CAM', 'Good evening. The river is rising.'],
    ['VO: FLOOD FOOTAGE', 'Crews worked all night.</p><p class=MsoNormal>Boats reached Mill Road.'],
    ['<o:p>&nbsp;</o:p>', 'The water is still rising.'],
    ['SOT: MARIA LOPEZ / FIRE CHIEF', '"We got here as fast as we could."'],
  ]);

  it('reads each row as the text convention does: the video cell a direction, the audio the script', () => {
    const { text } = htmlToLines(SCRIPT);
    expect(text.split('\n\n')).toEqual([
      'VIDEO\tAUDIO',
      'ANCHOR ON CAM\tGood evening. The river is rising.',
      'VO: FLOOD FOOTAGE\tCrews worked all night. Boats reached Mill Road.',
      '\tThe water is still rising.',
      'SOT: MARIA LOPEZ / FIRE CHIEF\t"We got here as fast as we could."',
    ]);
    const doc = formatHtml(SCRIPT);
    expect(types(doc).slice(1)).toEqual([
      'direction: ANCHOR ON CAM',
      'narration: Good evening. The river is rising.',
      'direction: VO: FLOOD FOOTAGE',
      'narration: Crews worked all night. Boats reached Mill Road.',
      'narration: The water is still rising.',
      'direction: SOT: MARIA LOPEZ / FIRE CHIEF',
      'speech: We got here as fast as we could.',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Maria Lopez']);
    expect(doc.messages.some((m) => m.ruleId === 'two-column-script')).toBe(true);
    // Each row keeps the line of its <tr> in the HTML.
    expect(doc.blocks.find((b) => b.text.startsWith('Crews'))?.line).toBe(6);
  });

  it('a table of figures in two columns stays data, and a wider table is not read as columns', () => {
    const figures = formatHtml(
      `<p>The council published the figures.</p>${tableOf([
        ['Year', 'Amount'],
        ['2023', '4.1 million'],
        ['2024', '4.6 million'],
        ['2025', '5.2 million'],
      ])}`,
    );
    expect(figures.blocks.some((b) => b.type === 'direction')).toBe(false);
    expect(figures.messages.some((m) => m.ruleId === 'two-column-script')).toBe(false);
    // A paragraph per row, as a table was read before.
    expect(types(figures).slice(-3)).toEqual([
      'narration: 2023 4.1 million',
      'narration: 2024 4.6 million',
      'narration: 2025 5.2 million',
    ]);
    const wide = htmlToLines(
      '<table><tr><td>A</td><td>B</td><td>C</td></tr><tr><td>D</td><td>E</td></tr><tr><td>F</td><td>G</td></tr><tr><td>H</td><td>I</td></tr></table>',
    );
    expect(wide.text).not.toContain('\t');
    // One or two rows of two cells are no script table either.
    expect(htmlToLines('<table><tr><td>A</td><td>B</td></tr></table>').text).toBe('A B');
  });
});
