/** RTF pasted or uploaded (Word, WordPad, TextEdit): src/ingest/rtf.ts, on documents written here. */
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { looksLikeRtf, rtfToLines } from '../../src/ingest/rtf.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const RTF = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\colortbl ;\red255\green0\blue0;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
{\info{\title Flood}{\author Desk}}
\pard\sa200\b\f0\fs22 Harbour flood\b0\par
\b JANE DOE:\b0  The caf\'e9 flooded \u8212? twice, at 9:30 and 11:15.\par
It reached the second\tab step\line and the door.\par
{\header \pard Page 1\par}
\b SAM LEE:\b0  How many boats? \{none\} \\ sure\par
{\*\annotation A comment here}
}`;

describe('RTF to text', () => {
  it('reads paragraphs, tabs, line breaks, code-page and Unicode escapes; skips the tables', () => {
    expect(looksLikeRtf(RTF)).toBe(true);
    expect(detectInputFormat(RTF)).toBe('rtf');
    expect(detectInputFormat('The {rtf} of it.')).toBe('text');
    const { text, sourceLines } = rtfToLines(RTF);
    expect(text).toBe(
      [
        'Harbour flood',
        '',
        'JANE DOE: The café flooded — twice, at 9:30 and 11:15.',
        '',
        'It reached the second\tstep',
        'and the door.',
        '',
        'SAM LEE: How many boats? {none} \\ sure',
      ].join('\n'),
    );
    // Each line at the RTF line its text starts on.
    expect(sourceLines).toEqual([5, 6, 6, 7, 7, 7, 9, 9]);
  });

  it('reports every group it skips, content groups with their text', () => {
    const got = rtfToLines(RTF).messages?.map((m) => [m.ruleId, m.line, m.reason, m.actual]);
    expect(got).toEqual([
      [
        'rtf-dropped',
        1,
        'Removed the RTF font, colour and style tables (formatting, not text)',
        undefined,
      ],
      ['rtf-dropped', 4, 'Dropped the document information (title, author)', 'Flood Desk'],
      ['rtf-dropped', 8, 'Dropped a page header', 'Page 1'],
      ['rtf-dropped', 10, 'Dropped a comment', 'A comment here'],
    ]);
  });

  it('the \\ucN fallback of a Unicode escape is skipped, and another code page is decoded', () => {
    expect(rtfToLines(String.raw`{\rtf1\ansi\uc2 na\u239\'69\'69ve\par}`).text).toBe('naïve');
    expect(rtfToLines(String.raw`{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}`).text).toBe(
      'Привет',
    );
    // A picture's hex is reported without its data.
    const pict = rtfToLines(String.raw`{\rtf1 Text.{\pict\pngblip 89504e47}\par}`);
    expect(pict.text).toBe('Text.');
    expect(pict.messages?.[0]).toMatchObject({ reason: 'Dropped a picture' });
    expect(pict.messages?.[0]?.actual).toBeUndefined();
  });

  it('formats as a transcript: tags read, a table of two columns as a two-column script', () => {
    const doc = prepare(RTF, optionsSchema().parse({}), 'rtf');
    expect(doc.title).toBe('Harbour flood');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Sam Lee']);
    expect(doc.blocks.find((b) => b.text.includes('café'))?.text).toContain('9:30 and 11:15');
    const row = (v: string, a: string) =>
      `\\trowd\\cellx3000\\cellx9000\\pard\\intbl ${v}\\cell ${a}\\cell\\row\n`;
    const script =
      String.raw`{\rtf1\ansi FLOOD\par` +
      '\n' +
      row('VIDEO', 'AUDIO') +
      row('ANCHOR ON CAM', 'Good evening.') +
      row('VO: FLOOD FOOTAGE', String.raw`Crews worked.\par Boats came.`) +
      row('SOT: MARIA LOPEZ / FIRE CHIEF', '"We came fast."') +
      String.raw`\pard After the table.\par}`;
    expect(rtfToLines(script).text).toBe(
      [
        'FLOOD',
        'VIDEO\tAUDIO',
        'ANCHOR ON CAM\tGood evening.',
        'VO: FLOOD FOOTAGE\tCrews worked. Boats came.',
        'SOT: MARIA LOPEZ / FIRE CHIEF\t"We came fast."',
        'After the table.',
      ].join('\n\n'),
    );
    const av = prepare(script, optionsSchema().parse({}), 'rtf');
    expect(av.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'ANCHOR ON CAM',
      'VO: FLOOD FOOTAGE',
      'SOT: MARIA LOPEZ / FIRE CHIEF',
    ]);
  });

  it('reads in linear time, whatever the nesting', () => {
    const time = (n: number) => {
      const rtf = `{\\rtf1 ${'{\\b x}'.repeat(n)}${'A line.\\par '.repeat(n)}${'{'.repeat(n)}}`;
      const start = performance.now();
      rtfToLines(rtf);
      return performance.now() - start;
    };
    time(5_000);
    const small = time(50_000);
    const large = time(100_000);
    expect(large / small).toBeLessThan(3.5);
  });
});
