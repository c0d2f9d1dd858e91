/**
 * Markdown transcripts (an AI tool's export, a document copied as markdown): the marks go, the
 * words stay, every removal is reported; a plain transcript's asterisks are left alone.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { isMarkdownText, markdownEdits } from '../../src/core/markdown.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

const INTERVIEW = [
  '## Weekly Council Podcast – Episode 12',
  '',
  '> Recorded on March 3 at City Hall.',
  '',
  '**HOST (Ana Ruiz):** Welcome back. Today we talk about the [new budget report](https://example.org/budget_2025.pdf) and what it means.',
  '',
  '**Councillor Ben Ode:** Thanks, Ana. The *short* version: we cut spending by 4 percent.',
  '',
  '**HOST (Ana Ruiz):** And the __long__ version?',
  '',
  "**Councillor Ben Ode**: It's in the report. Names like snake_case_names stay, and 5 * 3 = 15.",
  '',
  '*[crosstalk]*',
  '',
  '![chart](https://example.org/chart.png)',
].join('\n');

function apply(text: string): string {
  let out = '';
  let at = 0;
  for (const e of markdownEdits(text)) {
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + text.slice(at);
}

describe('markdown marks', () => {
  it.each([
    ['**Jane Doe:** Good evening.', 'Jane Doe: Good evening.'],
    ['**Jane Doe**: Good evening.', 'Jane Doe: Good evening.'],
    ['__JANE DOE:__ Good evening.', 'JANE DOE: Good evening.'],
    ['# Interview with the Mayor', 'Interview with the Mayor'],
    ['### Part two ###', 'Part two'],
    ['> A quoted line.', 'A quoted line.'],
    ['See [the report](https://x.org/a_b_c) now.', 'See the report now.'],
    ['A chart: ![chart](https://x.org/c.png) here.', 'A chart:  here.'],
    [
      'The *short* and **long** and ***both*** and _under_.',
      'The short and long and both and under.',
    ],
    ['*[crosstalk]*', '[crosstalk]'],
  ])('%s → %s', (input, output) => {
    expect(apply(input)).toBe(output);
  });

  it.each([
    'snake_case_names and file_name.txt',
    '5 * 3 * 2 = 30',
    'What the f*** was that?',
    '* a list item',
    '>> New speaker on a caption.',
    '#hashtag and #2 in line',
    '[sic] and [inaudible] stay',
  ])('%s is left as it is', (text) => {
    expect(apply(text)).toBe(text);
  });

  it('a text is markdown with a bold speaker tag, or two of its marks; a chat log is not', () => {
    expect(isMarkdownText(['**Jane:** Hi.'])).toBe(true);
    expect(isMarkdownText(['# Title', 'See [x](https://x.org).'])).toBe(true);
    expect(isMarkdownText(['# Title', 'Plain text.'])).toBe(false);
    expect(isMarkdownText(['JANE: *laughs* That is f***ing great.', 'TOM: 5 * 3.'])).toBe(false);
  });

  it('is linear in a line of unpaired marks and unclosed links', () => {
    const stars = (n: number): string => '*a '.repeat(n);
    const links = (n: number): string => '[a]( '.repeat(n);
    expect(doublingRatio(stars, markdownEdits, 20_000)).toBeLessThan(LINEAR_BOUND);
    expect(doublingRatio(links, markdownEdits, 20_000)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('a markdown transcript', () => {
  const doc = formatTranscript(INTERVIEW);

  it('reads bold tags as speakers and the heading as the title', () => {
    expect(doc.title).toBe('Weekly Council Podcast – Episode 12');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker)).toEqual([
      'ana-ruiz',
      'ben-ode',
      'ana-ruiz',
      'ben-ode',
    ]);
    expect(doc.blocks.find((b) => b.type === 'direction')?.text).toBe('crosstalk');
  });

  it('keeps every word and reports every mark it removed, the link and the image with them', () => {
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('the new budget report and what it means');
    expect(text).toContain('The short version');
    expect(text).toContain('snake_case_names');
    expect(text).not.toMatch(/\*\*|\*short|\]\(|##/);
    const removed = doc.messages.filter((m) => m.ruleId === 'markdown').map((m) => m.actual);
    expect(removed).toContain('](https://example.org/budget_2025.pdf)');
    expect(removed).toContain('![chart](https://example.org/chart.png)');
    expect(removed).toContain('## ');
    // Each reported at its place in the input.
    const image = doc.messages.find((m) => m.actual === '![chart](https://example.org/chart.png)');
    expect(image?.line).toBe(15);
    expect(image?.column).toBe(1);
  });

  it('a heading further down is a heading, not the words of the turn before it, with or without a blank line under it', () => {
    for (const gap of ['\n\n', '\n']) {
      const parts = formatTranscript(
        `# Interview with the mayor\n\n**Reporter:** What happens next?\n\n**Mayor Ana Ruiz:** We rebuild.\n\n## Part two${gap}**Reporter:** When?\n\n**Mayor Ana Ruiz:** This spring.`,
      );
      expect(parts.blocks.map((b) => [b.type, b.speaker, b.text])).toEqual([
        ['headline', null, 'Interview with the mayor'],
        ['speech', 'reporter', 'What happens next?'],
        ['speech', 'ana-ruiz', 'We rebuild.'],
        ['headline', null, 'Part two'],
        ['speech', 'reporter', 'When?'],
        ['speech', 'ana-ruiz', 'This spring.'],
      ]);
    }
  });

  it('a plain transcript keeps its asterisks', () => {
    const plain = formatTranscript('JANE: That was f***ing great. *laughs*\nTOM: Five * three.');
    expect(plain.blocks.map((b) => b.text).join(' ')).toContain('f***ing');
    expect(plain.messages.some((m) => m.ruleId === 'markdown')).toBe(false);
  });
});
