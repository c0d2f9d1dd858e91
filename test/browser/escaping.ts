/**
 * Shared checks that an HTML layout shows hostile transcript text as text: the payloads, the page
 * served from a hand-built document, and what a reader must (and must not) find on the page.
 *
 * @example
 * const { page, guard } = await openHtml(browser, renderPrint(BRIEFING_DOCUMENT, options).body);
 * await expectShownAsText(page, guard, { selector: 'body', texts: XSS_PAYLOADS, scripts: 0 });
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { squash } from '../core/layouts-html.ts';
import { formatDocument, guardPage, type PageGuard, type WorkerServer } from './harness.ts';

/** A transcript whose text holds markup and Mustache markers: each must reach the page as text. */
export const XSS_TEXT = [
  'The anchor reads <script>alert(1)</script> aloud.',
  'Then "><img src=x onerror=alert(1)> appears.',
  'And {{title}} {{{slug}}} {{#blocks}} markers stay text.',
].join('\n\n');

/** Settings under which XSS_TEXT is formatted: ASCII typography keeps `"` and `'` as typed. */
export const XSS_QUERY = '&typography=ascii';

/**
 * What the real pipeline keeps of XSS_TEXT, block by block: whatever it keeps must show as text.
 * Asserts that it keeps markup and template markers, so the page checks have something to check.
 */
export async function keptXssTexts(worker: WorkerServer): Promise<string[]> {
  const doc = await formatDocument(worker, XSS_TEXT, XSS_QUERY);
  const texts = doc.blocks.map((block) => block.text);
  const kept = texts.join(' ');
  expect(kept).toContain('{{title}} {{{slug}}} {{#blocks}}');
  expect(kept).toContain('<');
  return texts;
}

/** Opens `html` as a page on a host of its own (`http://layout.test/page`), guarded. */
export async function openHtml(
  browser: Browser,
  html: string,
): Promise<{ page: Page; guard: PageGuard }> {
  const page = await browser.newPage();
  const guard = guardPage(page, 'http://layout.test/');
  await page.route('http://layout.test/**', (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('http://layout.test/page');
  return { page, guard };
}

export interface ShownAsTextExpectation {
  /** Where the text is read (`innerText`, CSS applied). */
  selector: string;
  /** Every one must appear in that text (whitespace collapsed, case ignored). */
  texts: readonly string[];
  /** How many `<script>` elements the layout has of its own. */
  scripts: number;
}

/**
 * Waits for the page to settle, then asserts that every text shows as text, that no `<img>` and
 * no script beyond the layout's own came from the transcript, and that nothing went wrong on the
 * page (no dialog above all). Closes the page.
 */
export async function expectShownAsText(
  page: Page,
  guard: PageGuard,
  expected: ShownAsTextExpectation,
): Promise<void> {
  await page.waitForTimeout(300);
  // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, CSS applied
  const text = squash(await page.locator(expected.selector).innerText()).toLowerCase();
  for (const shown of expected.texts) expect(text).toContain(squash(shown).toLowerCase());
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('script').count()).toBe(expected.scripts);
  expect(guard.dialogs).toEqual([]);
  guard.assertClean();
  await page.close();
}
