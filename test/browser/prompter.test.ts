import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { renderTeleprompter } from '../../src/layouts/teleprompter.ts';
import { optionsSchema } from '../../src/options.ts';
import { BRIEFING_DOCUMENT, XSS_PAYLOADS } from '../core/layouts-fixture.ts';
import { expectShownAsText, keptXssTexts, openHtml, XSS_QUERY, XSS_TEXT } from './escaping.ts';
import {
  browserSkipReason,
  guardPage,
  launchBrowser,
  type PageDocument,
  type PageElement,
  type PageGuard,
  type PageStyle,
  ROOT,
  screenshotPath,
  startWorker,
  submitForm,
  type WorkerServer,
} from './harness.ts';

// Browser globals, for the page functions below (run in Chromium, not in Node).
declare const document: PageDocument;
declare function getComputedStyle(element: PageElement): PageStyle;

const SEED = readFileSync(join(ROOT, 'test/fixtures/seed/000_f12ffaff09c5b2fe.txt'), 'utf8');

const reason = browserSkipReason();

describe.skipIf(reason !== null)('teleprompter page in Chromium', () => {
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

  /** The prompter for `text`, reached by a form POST to /v1/format with `query` settings. */
  async function openPrompter(query = '', text = SEED): Promise<{ page: Page; guard: PageGuard }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const guard = guardPage(page, worker.url);
    await submitForm(page, `${worker.url}v1/format?output=teleprompter${query}`, { text });
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    return { page, guard };
  }

  const scrollTop = (page: Page) => page.$eval('#scroller', (el) => el.scrollTop);
  const stageTransform = (page: Page) =>
    page.$eval('#stage', (el) => getComputedStyle(el).transform);

  /** Scroll speed measured in the page over `ms`, in px per second. */
  const measureSpeed = (page: Page, ms: number) =>
    page.evaluate(
      (ms) =>
        new Promise<number>((resolve) => {
          const scroller = document.getElementById('scroller') as PageElement;
          const startPx = scroller.scrollTop;
          const startMs = performance.now();
          setTimeout(() => {
            resolve(((scroller.scrollTop - startPx) * 1000) / (performance.now() - startMs));
          }, ms);
        }),
      ms,
    );

  it('scrolls after space and stops on the second space', async () => {
    const { page, guard } = await openPrompter();
    const start = await scrollTop(page);
    await page.waitForTimeout(300);
    expect(await scrollTop(page)).toBe(start);
    await page.keyboard.press('Space');
    await page.waitForTimeout(800);
    const moving = await scrollTop(page);
    expect(moving).toBeGreaterThan(start + 10);
    expect(await page.textContent('#status-state')).toBe('RUNNING');
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    const stopped = await scrollTop(page);
    await page.waitForTimeout(600);
    expect(await scrollTop(page)).toBe(stopped);
    expect(await page.textContent('#status-state')).toBe('PAUSED');
    guard.assertClean();
    await page.close();
  });

  it('speeds up on the up arrow (measured, in px per second)', async () => {
    const { page, guard } = await openPrompter('&speed=30');
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    const slow = await measureSpeed(page, 1000);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    expect(await page.textContent('#status-speed')).toBe('90');
    await page.waitForTimeout(100);
    const fast = await measureSpeed(page, 1000);
    expect(slow).toBeGreaterThan(15);
    expect(slow).toBeLessThan(45);
    expect(fast).toBeGreaterThan(slow * 2);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.textContent('#status-speed')).toBe('60');
    guard.assertClean();
    await page.close();
  });

  it('mirrors on m and flips on f, checked through the computed transform', async () => {
    const { page, guard } = await openPrompter();
    expect(await stageTransform(page)).toBe('none');
    await page.keyboard.press('m');
    expect(await stageTransform(page)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await page.keyboard.press('f');
    expect(await stageTransform(page)).toBe('matrix(-1, 0, 0, -1, 0, 0)');
    await page.keyboard.press('m');
    await page.keyboard.press('f');
    expect(await stageTransform(page)).toBe('none');
    guard.assertClean();
    await page.close();
  });

  it('honours URL settings: mirror=1&fontSize=64&uppercase=1', async () => {
    const { page, guard } = await openPrompter('&mirror=1&fontSize=64&uppercase=1&eyeline=40');
    expect(await stageTransform(page)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const read = page.locator('.read').first();
    expect(await read.evaluate((el) => getComputedStyle(el).fontSize)).toBe('64px');
    expect(await read.evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    // The eye-line marker sits at 40 % of the screen height.
    const markerTop = await page.$eval('.eyeline', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(markerTop - 0.4 * 720)).toBeLessThan(2);
    guard.assertClean();
    await page.close();
  });

  it('reads settings from its own URL through the schema table (a stored page reopened)', async () => {
    // A page rendered with every default, served at a URL that carries settings: only the page's
    // own parser can apply them. Invalid values are ignored the way the schema rejects them.
    const html = renderTeleprompter(formatTranscript(SEED), optionsSchema().parse({})).body;
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const guard = guardPage(page, 'http://prompter.test/');
    await page.route('http://prompter.test/**', (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(
      'http://prompter.test/view?mirror=on&fontSize=72&uppercase=true&speed=fast&eyeline=95&marker=0',
    );
    expect(await stageTransform(page)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const read = page.locator('.read').first();
    expect(await read.evaluate((el) => getComputedStyle(el).fontSize)).toBe('72px');
    expect(await read.evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    expect(await page.isVisible('.eyeline')).toBe(false);
    expect(await page.textContent('#status-speed')).toBe('60');
    const markerTop = await page.$eval('.eyeline', (el) => getComputedStyle(el).top);
    expect(markerTop).toBe(`${0.3 * 720}px`);
    // The URL keeps what the operator set, in the schema's own words.
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowUp');
    // The page writes its URL after handling the keys: polled, as a loaded machine may be slow.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('speed'), { timeout: 5000 })
      .toBe('70');
    const params = new URL(page.url()).searchParams;
    expect(params.get('mirror')).toBeNull();
    expect(params.get('speed')).toBe('70');
    expect(params.get('fontSize')).toBe('72');
    guard.assertClean();
    await page.close();
  });

  it('jumps block by block, resizes text, toggles caps, marker and help, counts time down', async () => {
    const { page, guard } = await openPrompter();
    const total = await page.textContent('#status-remaining');
    const blockTops = await page.$$eval('.block', (els) =>
      els.map((el) => (el as PageElement).offsetTop),
    );
    expect(blockTops.length).toBeGreaterThan(3);
    const eyelinePx = 0.3 * 720;
    await page.keyboard.press('PageDown');
    expect(Math.abs((await scrollTop(page)) - (blockTops[1] ?? 0) + eyelinePx)).toBeLessThan(2);
    await page.keyboard.press('ArrowRight');
    expect(Math.abs((await scrollTop(page)) - (blockTops[2] ?? 0) + eyelinePx)).toBeLessThan(2);
    expect(await page.textContent('#status-remaining')).not.toBe(total);
    await page.keyboard.press('PageUp');
    expect(Math.abs((await scrollTop(page)) - (blockTops[1] ?? 0) + eyelinePx)).toBeLessThan(2);

    const fontSize = () =>
      page
        .locator('.read')
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize);
    expect(await fontSize()).toBe('56px');
    await page.keyboard.press('+');
    expect(await fontSize()).toBe('60px');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await fontSize()).toBe('52px');
    // The block under the eye-line stays there when the text changes size.
    const under = await page.$eval('#scroller', (el) => {
      const y = el.getBoundingClientRect().top + 0.3 * el.clientHeight + 1;
      return document.elementFromPoint(640, y)?.closest('.block')?.id ?? null;
    });
    expect(under).toBe(await page.$$eval('.block', (els) => els[1]?.id ?? null));

    const caps = () =>
      page
        .locator('.read')
        .first()
        .evaluate((el) => getComputedStyle(el).textTransform);
    expect(await caps()).toBe('none');
    await page.keyboard.press('u');
    expect(await caps()).toBe('uppercase');
    expect(await page.isVisible('.eyeline')).toBe(true);
    await page.keyboard.press('e');
    expect(await page.isVisible('.eyeline')).toBe(false);
    expect(await page.isVisible('#help')).toBe(false);
    await page.keyboard.press('?');
    expect(await page.isVisible('#help')).toBe(true);
    await page.keyboard.press('End');
    expect(await page.textContent('#status-remaining')).toBe(':00');
    expect(await page.$eval('#progress-bar', (el) => getComputedStyle(el).transform)).toBe(
      'matrix(1, 0, 0, 1, 0, 0)',
    );
    guard.assertClean();
    await page.close();
  });

  it('is fully readable without JavaScript, set up by the server', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    const guard = guardPage(page, worker.url);
    await submitForm(page, `${worker.url}v1/format?output=teleprompter&mirror=1&fontSize=40`, {
      text: SEED,
    });
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(
      false,
    );
    expect(await stageTransform(page)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, CSS applied
    const text = (await page.locator('#script').innerText()).replace(/\s+/g, ' ');
    for (const block of formatTranscript(SEED).blocks) {
      if (block.type === 'speech' && block.sot) continue;
      const words = block.text.split(/\s+/).slice(0, 6).join(' ');
      expect(text).toContain(words);
    }
    // Nothing that needs the script shows, and the script can still be scrolled by hand.
    expect(await page.isVisible('#status')).toBe(false);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 600);
    // The wheel's scroll lands when the browser gets to it (later on a loaded machine): polled.
    await expect.poll(() => scrollTop(page), { timeout: 5000 }).toBeGreaterThan(100);
    guard.assertClean();
    await context.close();
  });

  it('runs under a strict nonce CSP, the one the edge will send', async () => {
    const nonce = 'cHJvbXB0ZXItbm9uY2UtMTIz';
    const html = renderTeleprompter(formatTranscript(SEED), optionsSchema().parse({}), {
      nonce,
    }).body;
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const guard = guardPage(page, 'http://prompter.test/');
    await page.route('http://prompter.test/**', (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
        },
      }),
    );
    await page.goto('http://prompter.test/view?fontSize=44');
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const read = page.locator('.read').first();
    expect(await read.evaluate((el) => getComputedStyle(el).fontSize)).toBe('44px');
    expect(await read.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
    const start = await scrollTop(page);
    await page.keyboard.press('Space');
    await page.waitForTimeout(600);
    expect(await scrollTop(page)).toBeGreaterThan(start + 10);
    guard.assertClean();
    await page.close();
  });

  it('shows markup and template markers from the transcript as text; no dialog, no script', async () => {
    const texts = await keptXssTexts(worker);
    const { page, guard } = await openPrompter(XSS_QUERY, XSS_TEXT);
    await expectShownAsText(page, guard, { selector: '#script', texts, scripts: 1 });
  });

  it('escapes every field of a hand-built document: text, title, reporter, speaker title', async () => {
    const html = renderTeleprompter(BRIEFING_DOCUMENT, optionsSchema().parse({})).body;
    const { page, guard } = await openHtml(browser, html);
    await expectShownAsText(page, guard, { selector: 'body', texts: XSS_PAYLOADS, scripts: 1 });
  });

  it('takes screenshots a reviewer can look at', async () => {
    const { page, guard } = await openPrompter('&sot=cue');
    // Bring the first SOT cue (or the third block) to the eye-line.
    const target = await page.$$eval('.block', (els: PageElement[]) => {
      const sot = els.findIndex((el) => el.classList.contains('sot'));
      return sot > 0 ? sot : 2;
    });
    for (let i = 0; i < target; i++) await page.keyboard.press('PageDown');
    const path = screenshotPath('prompter.png');
    await page.screenshot({ path });
    await page.keyboard.press('m');
    const mirrored = screenshotPath('prompter-mirrored.png');
    await page.screenshot({ path: mirrored });
    console.log(`screenshots: ${path}\n             ${mirrored}`);
    guard.assertClean();
    await page.close();
  });
});
