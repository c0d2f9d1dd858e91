import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPrint } from '../../src/layouts/print.ts';
import { optionsSchema } from '../../src/options.ts';
import { BRIEFING_DOCUMENT, XSS_PAYLOADS } from '../core/layouts-fixture.ts';
import { expectShownAsText, keptXssTexts, openHtml, XSS_QUERY, XSS_TEXT } from './escaping.ts';
import {
  browserSkipReason,
  guardPage,
  launchBrowser,
  type PageElement,
  type PageGuard,
  ROOT,
  resultPath,
  screenshotPath,
  startWorker,
  submitForm,
  type WorkerServer,
} from './harness.ts';

const SEED = readFileSync(join(ROOT, 'test/fixtures/seed/000_f12ffaff09c5b2fe.txt'), 'utf8');

/** A story long enough for several pages: the seed's paragraphs, five times over, renumbered. */
const LONG_TEXT = Array.from({ length: 5 }, (_, i) =>
  SEED.split('\n\n')
    .slice(3)
    .map((p) => `Part ${i + 1}. ${p}`)
    .join('\n\n'),
).join('\n\n');

const reason = browserSkipReason([{ command: 'pdftotext', debianPackage: 'poppler-utils' }]);

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** Text of each page of a PDF, by poppler's pdftotext, whitespace collapsed. */
function pdfPages(path: string): string[] {
  const info = run('pdfinfo', [path]);
  const count = Number(info.match(/^Pages:\s+(\d+)/m)?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', path, '-'])
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

interface RowInfo {
  page: number;
  block: string;
  first: string;
  last: string;
}

describe.skipIf(reason !== null)('print page in Chromium', () => {
  let worker: WorkerServer;
  let browser: Browser;

  beforeAll(async () => {
    worker = await startWorker();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
  });

  async function openPrint(query: string, text: string): Promise<{ page: Page; guard: PageGuard }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const guard = guardPage(page, worker.url);
    await submitForm(page, `${worker.url}v1/format?output=print${query}`, { text });
    return { page, guard };
  }

  /** First and last line of each row's text column, and the page section it is in. */
  const rowsOf = (page: Page) =>
    page.$$eval('.page', (pages: PageElement[]) =>
      pages.flatMap((section, i) =>
        Array.from(section.querySelectorAll('.row'), (row) => {
          const lines = Array.from(row.querySelectorAll('.av-right .l'), (l: PageElement) =>
            (l.textContent ?? '').replace(/\s+/g, ' ').trim(),
          );
          return {
            page: i + 1,
            block: row.getAttribute('data-block') ?? '',
            first: lines[0] ?? '',
            last: lines.at(-1) ?? '',
          };
        }),
      ),
    );

  for (const paper of ['a4', 'letter'] as const) {
    it(`prints to PDF on ${paper}: page numbers and slug on every page, no row across a break`, async () => {
      const { page, guard } = await openPrint(`&paper=${paper}&date=2026-11-20`, LONG_TEXT);
      const sections = await page.locator('.page').count();
      expect(sections).toBeGreaterThan(2);
      const slug = (await page.locator('.slug').first().textContent()) ?? '';
      expect(slug).toMatch(/^[A-Z0-9-]+( [A-Z0-9-]+)?$/);

      const pdfPath = resultPath(`print-${paper}.pdf`);
      writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      console.log(`printed PDF: ${pdfPath}`);
      const size = run('pdfinfo', [pdfPath]).match(/^Page size:\s+(.*)$/m)?.[1] ?? '';
      expect(size).toContain(paper === 'a4' ? '(A4)' : '(letter)');

      // One printed sheet per page section: the browser added no page of its own.
      const pages = pdfPages(pdfPath);
      expect(pages).toHaveLength(sections);
      pages.forEach((text, i) => {
        expect(text, `sheet ${i + 1}`).toContain(slug);
        expect(text, `sheet ${i + 1}`).toContain(`Page ${i + 1} of ${sections}`);
        expect(text, `sheet ${i + 1}`).toContain('2026-11-20');
        expect(text.includes('(MORE)'), `sheet ${i + 1}`).toBe(i < sections - 1);
      });
      expect(pages.at(-1)).toContain('###');

      // In the PDF itself: the first and the last line of every row are on the sheet of the
      // section that holds the row. A row cut by a page break would have its last line overleaf.
      const rows: RowInfo[] = await rowsOf(page);
      expect(rows.length).toBeGreaterThan(sections);
      for (const row of rows) {
        const sheet = pages[row.page - 1] ?? '';
        expect(sheet, `row ${row.block} first line`).toContain(row.first);
        expect(sheet, `row ${row.block} last line`).toContain(row.last);
      }

      // In print layout: every row box lies inside its page box, and no page box overflows.
      await page.emulateMedia({ media: 'print' });
      const boxes = await page.$$eval('.page', (sections: PageElement[]) =>
        sections.map((section) => {
          const box = section.getBoundingClientRect();
          const body = section.querySelector('.body') as PageElement;
          const rowsOutside = Array.from(section.querySelectorAll('.row')).filter((row) => {
            const r = row.getBoundingClientRect();
            return r.top < box.top || r.bottom > box.bottom;
          }).length;
          return {
            overflow: section.scrollHeight - section.clientHeight,
            bodyOverflow: body.scrollHeight - body.clientHeight,
            rowsOutside,
          };
        }),
      );
      for (const box of boxes)
        expect(box).toEqual({ overflow: 0, bodyOverflow: 0, rowsOutside: 0 });
      guard.assertClean();
      await page.close();
    });
  }

  it('prints the seed: header on every page, every row in the PDF, first page screenshot', async () => {
    const { page, guard } = await openPrint('&date=2026-11-20', SEED);
    const sections = await page.locator('.page').count();
    const pdfPath = resultPath('print-seed.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdfPages(pdfPath);
    expect(pages).toHaveLength(sections);
    const slug = (await page.locator('.slug').first().textContent()) ?? '';
    pages.forEach((text, i) => {
      expect(text).toContain(slug);
      expect(text).toContain(`Page ${i + 1} of ${sections}`);
    });
    // Every row's first and last line is in the PDF, macrons and all.
    const all = pages.join(' ');
    for (const row of await rowsOf(page)) {
      expect(all).toContain(row.first);
      expect(all).toContain(row.last);
    }
    expect(all).toContain('Tarō Kōno');

    await page.setViewportSize({ width: 860, height: 1160 });
    const path = screenshotPath('print-page-1.png');
    await page.locator('.page').first().screenshot({ path });
    console.log(`screenshot: ${path}\nprinted PDF: ${pdfPath}`);
    guard.assertClean();
    await page.close();
  });

  it('shows markup and template markers from the transcript as text; no dialog, no script', async () => {
    const texts = await keptXssTexts(worker);
    const { page, guard } = await openPrint(XSS_QUERY, XSS_TEXT);
    await expectShownAsText(page, guard, { selector: 'body', texts, scripts: 0 });
  });

  it('escapes every field of a hand-built document: text, title, reporter, speaker title', async () => {
    const html = renderPrint(BRIEFING_DOCUMENT, optionsSchema().parse({})).body;
    const { page, guard } = await openHtml(browser, html);
    await expectShownAsText(page, guard, { selector: 'body', texts: XSS_PAYLOADS, scripts: 0 });
  });
});
