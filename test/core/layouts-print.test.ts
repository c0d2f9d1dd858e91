import { describe, expect, it } from 'vitest';
import { TEMPLATE_SOURCES } from '../../src/generated/templates.ts';
import { compilePrint, PRINT_METRICS, renderPrint } from '../../src/layouts/print.ts';
import { displayWidth } from '../../src/layouts/text.ts';
import { type Options, optionsSchema } from '../../src/options.ts';
import { RENDERERS, UnknownTemplateError } from '../../src/outputs/index.ts';
import { renderTemplate, templateNames } from '../../src/templates.ts';
import {
  BRIEFING_DOCUMENT,
  buildDocument,
  KURIL_DOCUMENT,
  XSS_PAYLOADS,
} from './layouts-fixture.ts';
import { squash, visibleText } from './layouts-html.ts';

const options = (input: Options = {}) => optionsSchema().parse({ date: '2026-11-20', ...input });
const PT_PER_MM = 72 / 25.4;
const m = PRINT_METRICS;

/** Height of the rows area of a page, in points, as the template lays it out. */
function bodyPt(pageHeightMm: number): number {
  return (pageHeightMm - m.padTopMm - m.padBottomMm) * PT_PER_MM - m.headerPt - m.footerPt;
}

/** A long story: 40 paragraphs of 60 to 140 words, one of 900 words in a single sentence. */
function longDocument() {
  const sentence = (n: number, i: number) =>
    `${Array.from({ length: n }, (_, k) => `word${(i * 7 + k) % 97}`).join(' ')}.`;
  const specs = Array.from({ length: 40 }, (_, i) => ({
    type: 'narration' as const,
    text: Array.from({ length: 4 + (i % 5) }, (_, k) => sentence(12 + ((i + k) % 9), i + k)).join(
      ' ',
    ),
  }));
  specs.splice(20, 0, { type: 'narration', text: sentence(900, 3) });
  return buildDocument(specs, { slug: 'LONG-STORY', reporter: 'A. Reporter' });
}

describe('print layout', () => {
  it('registers as an output', () => {
    expect(RENDERERS.print).toBe(renderPrint);
  });

  it('puts slug, date, reporter, total time and Page N of M on every page', () => {
    const view = compilePrint(KURIL_DOCUMENT, options());
    expect(view.pageCount).toBeGreaterThan(1);
    const { body } = renderPrint(KURIL_DOCUMENT, options());
    const pages = body.split('<section class="page"').slice(1);
    expect(pages).toHaveLength(view.pageCount);
    pages.forEach((page, i) => {
      const text = visibleText(page);
      expect(text).toContain('KURIL-ISLANDS');
      expect(text).toContain('2026-11-20');
      expect(text).toContain('Andrey Grigoriev');
      expect(text).toContain(`TRT ${view.totalTime}`);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      // (MORE) at the foot of every page but the last, ### only after the last row.
      expect(text.includes('(MORE)'), `page ${i + 1}`).toBe(i < pages.length - 1);
      expect(text.includes('###'), `page ${i + 1}`).toBe(i === pages.length - 1);
    });
  });

  it('fills the left column: segment, CG on first appearance, RUNS and running time', () => {
    const rows = compilePrint(KURIL_DOCUMENT, options()).pages.flatMap((p) => p.rows);
    const left = (id: string) => rows.find((r) => r.id === id)?.left.map((l) => l.text);
    expect(left('b2')?.[0]).toBe('ANCHOR');
    expect(left('b4')?.[0]).toBe('VO');
    expect(left('b5')).toEqual([
      'SOT',
      'CG: SERGEY LAVROV',
      'FOREIGN MINISTER OF',
      'RUSSIA',
      expect.stringMatching(/^RUNS :\d\d$/),
      expect.stringMatching(/^RT (\d+)?:\d\d$/),
    ]);
    expect(left('b10')?.slice(0, 2)).toEqual(['SOT', 'SERGEY LAVROV']);
    expect(left('b13')?.[0]).toBe('SOC');
    const last = rows.at(-1)?.left.at(-1)?.text;
    expect(last).toBe(`RT ${compilePrint(KURIL_DOCUMENT, options()).totalTime}`);
  });

  it('keeps every row inside its page, each column inside its width', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const view = compilePrint(longDocument(), options({ paper }));
      expect(view.pageCount).toBeGreaterThan(5);
      for (const page of view.pages) {
        let used = 0;
        for (const row of page.rows) {
          used += Math.max(row.left.length, row.right.length) * m.lineHeightPt + m.rowGapPt;
          for (const l of row.left) expect(displayWidth(l.text)).toBeLessThanOrEqual(m.leftCh);
          for (const l of row.right) expect(displayWidth(l.text)).toBeLessThanOrEqual(m.rightCh);
        }
        if (page.last) used += m.lineHeightPt;
        expect(used, `${paper} page ${page.number}`).toBeLessThanOrEqual(bodyPt(view.pageHeightMm));
      }
    }
  });

  it('splits a long block at sentence ends and loses no word', () => {
    const doc = longDocument();
    const rows = compilePrint(doc, options()).pages.flatMap((p) => p.rows);
    for (const block of doc.blocks) {
      const parts = rows.filter((r) => r.id === block.id);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.slice(1).every((r) => r.continued)).toBe(true);
      expect(parts.slice(1).every((r) => r.left[0]?.text.endsWith("(CONT'D)"))).toBe(true);
      const text = parts.flatMap((r) => r.right.map((l) => l.text)).join(' ');
      expect(squash(text)).toBe(squash(block.text));
      // Only the one 900-word sentence is taller than a page and may break mid-sentence.
      if (block.words < 900) {
        for (const part of parts.slice(0, -1)) expect(part.right.at(-1)?.text).toMatch(/\.$/);
      }
    }
  });

  it('lays Letter out on Letter paper and A4 on A4', () => {
    const a4 = renderPrint(KURIL_DOCUMENT, options({ paper: 'a4' })).body;
    const letter = renderPrint(KURIL_DOCUMENT, options({ paper: 'letter' })).body;
    expect(a4).toContain('@page { size: A4; margin: 0; }');
    expect(a4).toContain('height: 296.5mm');
    expect(letter).toContain('@page { size: letter; margin: 0; }');
    expect(letter).toContain('width: 215.9mm; height: 278.9mm');
  });

  it('shows the whole bite with IN and OUT cues, all caps on request', () => {
    const text = visibleText(renderPrint(KURIL_DOCUMENT, options({ uppercase: 1 })).body);
    expect(text).toContain('IN: “I’D LIKE TO CALL UPON…”');
    expect(text).toContain('“I’D LIKE TO CALL UPON OUR JAPANESE');
    expect(text).toContain('STRICTLY ABIDE BY THE AGREEMENTS');
  });

  it('dates the header from date=, else from the request time', () => {
    const now = new Date('2027-03-04T23:59:00Z');
    const view = compilePrint(KURIL_DOCUMENT, optionsSchema().parse({}), { now });
    expect(view.date).toBe('2027-03-04');
  });

  it('escapes transcript text everywhere and carries no script', () => {
    const { body } = renderPrint(BRIEFING_DOCUMENT, options());
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    const text = visibleText(body);
    expect(text).toContain(`Reporter ${XSS_PAYLOADS[0]}`);
    for (const payload of XSS_PAYLOADS) expect(squash(text)).toContain(payload);
  });

  it('puts the CSP nonce on its <style>', () => {
    const { body } = renderPrint(KURIL_DOCUMENT, options(), { nonce: 'abcdefgh12345678' });
    expect(body).toContain('<style nonce="abcdefgh12345678">');
  });
});

describe('editing templates/print.html changes the print with no code change', () => {
  const view = compilePrint(KURIL_DOCUMENT, options());
  const base = 'print.html';
  const original = TEMPLATE_SOURCES[base] ?? '';

  it('renders an edited copy of the default layout', () => {
    expect(original).toContain('<span class="slug">{{slug}}</span>');
    const edited = original.replace(
      '<span class="slug">{{slug}}</span>',
      '<span class="station">WKRP-TV CINCINNATI</span> <span class="slug">{{slug}}</span>',
    );
    const sources = { ...TEMPLATE_SOURCES, [base]: edited };
    const before = renderTemplate('print', 'default', view);
    const after = renderTemplate('print', 'default', view, sources);
    expect(before).not.toContain('WKRP-TV');
    expect(after.match(/WKRP-TV CINCINNATI/g)).toHaveLength(view.pageCount);
    expect(after.replaceAll(/<span class="station">WKRP-TV CINCINNATI<\/span> /g, '')).toBe(before);
  });

  it('adds a named layout by adding a file, chosen with template=', () => {
    const sources = {
      ...TEMPLATE_SOURCES,
      'print--station.html': original.replace('<title>', '<title>KXYZ · '),
    };
    expect(templateNames('print', sources)).toEqual(['default', 'station']);
    expect(renderTemplate('print', 'station', view, sources)).toContain('<title>KXYZ · ');
    expect(() => renderTemplate('print', 'nope', view, sources)).toThrow(UnknownTemplateError);
    try {
      renderTemplate('print', 'nope', view, sources);
    } catch (error) {
      expect((error as UnknownTemplateError).available).toEqual(['default', 'station']);
    }
  });

  it('renderPrint goes through the template registry (template= reaches it)', () => {
    expect(() => renderPrint(KURIL_DOCUMENT, options({ template: 'no-such-layout' }))).toThrow(
      UnknownTemplateError,
    );
  });
});
