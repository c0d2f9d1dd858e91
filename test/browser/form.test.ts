/**
 * The web form in a real browser (Debian Chromium through playwright-core), against the Worker
 * served locally: paste, preview and changes, downloads, JavaScript off, upload, console errors,
 * accessibility (axe-core), layouts for a laptop and a tablet, and no request to another host.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import srtValidator from 'srt-validator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/document.ts';
import { browserSkipReason, launchBrowser, startWorker, type WorkerServer } from './harness.ts';

const SEED = readFileSync(
  join(process.cwd(), 'test/fixtures/seed/000_f12ffaff09c5b2fe.txt'),
  'utf8',
);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const run = browserSkipReason() === null;

/**
 * The little of the DOM the page callbacks use. Callbacks run in the browser, so they reach it as
 * `(globalThis as unknown as Dom)`, a cast that vanishes when the function is sent.
 */
interface DomElement {
  id: string;
  textContent: string | null;
  value: string;
  selectionStart: number;
  selectionEnd: number;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { width: number; top: number; bottom: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
}
interface Dom {
  document: {
    activeElement: DomElement | null;
    scrollingElement: DomElement | null;
    querySelector(selector: string): DomElement | null;
  };
  innerHeight: number;
  getComputedStyle(element: DomElement): { outlineStyle: string };
  axe: {
    run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
  };
}

describe.skipIf(!run)('the web form in Chromium', () => {
  let worker: WorkerServer;
  let browser: Browser;
  let context: BrowserContext | null = null;
  let problems: string[] = [];
  let foreign: string[] = [];
  let allowed: RegExp[] = [];
  const FAILED_422 = /Failed to load resource: the server responded with a status of 422/;

  beforeAll(async () => {
    worker = await startWorker();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = null;
    // Every test: no console error, no uncaught exception, no request to another host. A test
    // that provokes a 4xx on purpose lists the browser's "Failed to load resource" line for it.
    const seen = { problems: problems.filter((p) => !allowed.some((re) => re.test(p))), foreign };
    problems = [];
    foreign = [];
    allowed = [];
    expect(seen).toEqual({ problems: [], foreign: [] });
  });

  async function open(
    path: string,
    options: {
      javaScriptEnabled?: boolean;
      viewport?: { width: number; height: number };
      bypassCSP?: boolean;
    } = {},
  ): Promise<Page> {
    context = await browser.newContext({ acceptDownloads: true, ...options });
    const host = new URL(worker.url).host;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === host || url.protocol === 'data:' || url.protocol === 'about:')
        return route.continue();
      foreign.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(new URL(path, worker.url).href);
    return page;
  }

  async function apiMessages(text: string): Promise<Message[]> {
    const res = await fetch(`${worker.url}v1/format?output=json`, {
      method: 'POST',
      body: text,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { messages: Message[] }).messages;
  }

  /** The change list as shown: each item's line link and text. */
  async function shownChanges(page: Page): Promise<{ line: number | null; text: string }[]> {
    return page.$$eval('#changes li', (items) =>
      items.map((item) => {
        const link = item.querySelector('[data-line]');
        return {
          line: link ? Number(link.getAttribute('data-line')) : null,
          text: item.textContent ?? '',
        };
      }),
    );
  }

  function expectSameChanges(
    shown: { line: number | null; text: string }[],
    messages: Message[],
  ): void {
    expect(shown.map((s) => s.line)).toEqual(messages.map((m) => m.line));
    shown.forEach((s, i) => {
      expect(s.text).toContain(messages[i]?.reason ?? '');
      expect(s.text).toContain(messages[i]?.ruleId ?? '');
    });
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as Dom).axe;
      const result = await axe.run((globalThis as unknown as Dom).document);
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    });
    return violations;
  }

  it('pasting the seed shows the preview and the list of changes, each linked to its line', async () => {
    const page = await open('/');
    await page.fill('#text', SEED);
    await page.waitForFunction(
      () =>
        (globalThis as unknown as Dom).document.querySelector('#preview pre, #preview iframe') !==
        null,
    );
    await page.waitForFunction(() =>
      /block/.test(
        (globalThis as unknown as Dom).document.querySelector('#changes-summary')?.textContent ??
          '',
      ),
    );
    await expect.poll(() => page.textContent('#status')).toMatch(/updated/);
    const messages = await apiMessages(SEED);
    expectSameChanges(await shownChanges(page), messages);
    const linked = messages.find((m) => m.line !== null);
    if (linked?.line) {
      await page.click(`#changes [data-line="${linked.line}"]`);
      const selected = await page.evaluate(() => {
        const dom = globalThis as unknown as Dom;
        const text = dom.document.querySelector('#text') as DomElement;
        const box = text.getBoundingClientRect();
        return {
          focused: dom.document.activeElement === text,
          start: text.selectionStart,
          end: text.selectionEnd,
          inView: box.top < dom.innerHeight && box.bottom > 0,
        };
      });
      const lines = SEED.split('\n');
      const start = lines.slice(0, linked.line - 1).join('\n').length + (linked.line > 1 ? 1 : 0);
      expect(selected).toEqual({
        inView: true,
        focused: true,
        start,
        end: start + (lines[linked.line - 1] ?? '').length,
      });
    }
  });

  it('the preview follows the chosen output and its options', async () => {
    const page = await open('/');
    await page.fill('#text', SEED);
    await page.check('#output-json');
    await page.waitForFunction(() =>
      (
        (globalThis as unknown as Dom).document.querySelector('#preview pre')?.textContent ?? ''
      ).includes('"readRateWpm"'),
    );
    await page.fill('#opt-readRate', '150');
    await page.waitForFunction(() =>
      (
        (globalThis as unknown as Dom).document.querySelector('#preview pre')?.textContent ?? ''
      ).includes('"readRateWpm": 150'),
    );
    allowed = [FAILED_422];
    await page.fill('#opt-readRate', '5');
    await expect.poll(() => page.textContent('#status')).toContain('readRate');
  });

  it('shows the timed-input options for a pasted Transcriber file and a Praat TextGrid', async () => {
    const page = await open('/');
    // The option's field carries `hidden` when the input as it looks has no use for it.
    const hidden = async (id: string) =>
      (await page.locator(`.field:has(#${id})`).getAttribute('hidden')) !== null;
    await page.check('#output-srt');
    await page.fill('#text', SEED);
    expect(await hidden('opt-keepCueTimes')).toBe(true);
    expect(await hidden('opt-pauseMs')).toBe(true);
    const trs = readFileSync(join(process.cwd(), 'test/fixtures/captions/transcriber.trs'), 'utf8');
    await page.fill('#text', trs);
    expect(await hidden('opt-keepCueTimes')).toBe(false);
    const grid = readFileSync(
      join(process.cwd(), 'test/fixtures/asr/mfa-speakers.TextGrid'),
      'utf8',
    );
    await page.fill('#text', grid);
    expect(await hidden('opt-pauseMs')).toBe(false);
    expect(await hidden('opt-keepCueTimes')).toBe(true);
  });

  it('downloads an SRT that srt-validator accepts', async () => {
    const page = await open('/');
    await page.fill('#text', SEED);
    await page.check('#output-srt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[value="download"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.srt$/);
    const srt = readFileSync((await download.path()) ?? '', 'utf8');
    expect(srtValidator(srt)).toEqual([]);
    expect(srt).toContain('Lavrov');
  });

  it('previews the binary EBU STL as a hex dump and downloads the file', async () => {
    const page = await open('/');
    await page.fill('#text', SEED);
    await page.check('#output-stl');
    await page.waitForFunction(() =>
      (
        (globalThis as unknown as Dom).document.querySelector('#preview pre')?.textContent ?? ''
      ).includes('000000  38 35 30 53 54 4c 32 35'),
    );
    expect(await page.textContent('#preview pre')).toContain('binary file: use Download');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[value="download"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.stl$/);
    const bytes = readFileSync((await download.path()) ?? '');
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('850STL25.01');
    expect((bytes.length - 1024) % 128).toBe(0);
  });

  it('works without JavaScript: preview page with the changes, and the file download', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    await page.fill('#text', SEED);
    await page.check('#output-json');
    await Promise.all([page.waitForURL(worker.url), page.click('button[value="preview"]')]);
    await page.waitForSelector('#preview pre');
    expect(await page.inputValue('#text')).toBe(SEED.replace(/\r\n?/g, '\n'));
    expect(await page.textContent('#preview pre')).toContain('"blocks"');
    expectSameChanges(await shownChanges(page), await apiMessages(SEED));
    await page.check('#output-srt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[value="download"]'),
    ]);
    const file = readFileSync((await download.path()) ?? '', 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.srt$/);
    expect(srtValidator(file)).toEqual([]);
  });

  it('the prompter previewed in the form keeps working in its sandboxed frame (keys, resize, no error)', async () => {
    const page = await open('/');
    await page.check('#output-teleprompter');
    await page.fill('#text', SEED);
    await expect.poll(() => page.textContent('#status')).toMatch(/Teleprompter.*updated/i);
    const frame = page.frameLocator('#preview iframe');
    await frame.locator('#scroller').waitFor();
    const started = () =>
      frame
        .locator('body')
        .evaluate(
          (b) =>
            (b as unknown as { ownerDocument: { documentElement: { className: string } } })
              .ownerDocument.documentElement.className,
        );
    await expect.poll(started).toMatch(/\bjs\b/); // the prompter's script has run

    // The preview stays the one on screen: the prompter in it does not take the focus from the
    // transcript, and leaving the transcript box ('change' after the 'input' events) does not
    // send the same request again, so the operator's settings in the preview are kept.
    expect(
      await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.id),
    ).toBe('text');
    const formatCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/format')) formatCalls.push(request.url());
    });
    await page.locator('#preview iframe').evaluate((el) => el.setAttribute('data-first', ''));
    await page.locator('#text').blur();
    await page.waitForTimeout(1500); // three times the form's debounce

    // The keys go to the frame's window as the prompter's own listener sees them (focus across
    // an opaque-origin frame is the browser's business, not the page's). Keys that change
    // settings write them to the URL on a real page; in the preview frame (about:srcdoc, opaque
    // origin) there is no URL to write, and nothing may throw.
    const bodyClass = () => frame.locator('body').evaluate((b) => b.className);
    const press = (key: string) =>
      frame.locator('body').evaluate((_, k) => {
        const win = globalThis as unknown as {
          dispatchEvent(event: unknown): boolean;
          KeyboardEvent: new (type: string, init: { key: string; cancelable: boolean }) => unknown;
        };
        win.dispatchEvent(new win.KeyboardEvent('keydown', { key: k, cancelable: true }));
      }, key);
    await press('m');
    await expect.poll(bodyClass).toMatch(/\bmirror\b/);
    const speed = Number(await frame.locator('#status-speed').textContent());
    await press('ArrowUp');
    await expect
      .poll(async () => Number(await frame.locator('#status-speed').textContent()))
      .toBeGreaterThan(speed);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.setViewportSize({ width: 1200, height: 800 });
    await press('m');
    await expect.poll(bodyClass).not.toMatch(/\bmirror\b/);
    expect(formatCalls).toEqual([]);
    expect(await page.locator('#preview iframe[data-first]').count()).toBe(1);
  });

  it('uploading a .txt file fills the transcript and previews it (with JavaScript)', async () => {
    const page = await open('/');
    await page.check('#output-json');
    await page.setInputFiles('#file', {
      name: 'story.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SEED),
    });
    await page.waitForFunction(
      () =>
        ((globalThis as unknown as Dom).document.querySelector('#text') as DomElement).value
          .length > 100,
    );
    expect(await page.inputValue('#text')).toBe(SEED);
    // A `.txt` file is told apart like a paste (captions are saved as text too).
    expect(await page.inputValue('#input')).toBe('auto');
    await page.waitForFunction(() =>
      (
        (globalThis as unknown as Dom).document.querySelector('#preview pre')?.textContent ?? ''
      ).includes('Kuril'),
    );
  });

  it('uploading a .txt file works without JavaScript', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    await page.check('#output-json');
    await page.setInputFiles('#file', {
      name: 'story.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SEED),
    });
    await Promise.all([page.waitForURL(worker.url), page.click('button[value="preview"]')]);
    await page.waitForSelector('#preview pre');
    expect(await page.textContent('#preview pre')).toContain('Kuril');
    expect(await page.inputValue('#text')).toBe(SEED.replace(/\r\n?/g, '\n'));
  });

  it('an empty submission without JavaScript explains the problem on the page', async () => {
    allowed = [FAILED_422];
    const page = await open('/', { javaScriptEnabled: false });
    const [response] = await Promise.all([
      page.waitForResponse(worker.url),
      page.click('button[value="preview"]'),
    ]);
    expect(response.status()).toBe(422);
    expect(await page.textContent('[role="alert"]')).toContain('No text to format');
  });

  it('passes axe-core: the empty form, the form with a preview, the problem page and /docs', async () => {
    const empty = await open('/', { bypassCSP: true });
    expect(await axeViolations(empty)).toEqual([]);
    await empty.fill('#text', SEED);
    await empty.waitForFunction(
      () =>
        (globalThis as unknown as Dom).document.querySelector('#preview pre, #preview iframe') !==
        null,
    );
    await expect.poll(() => empty.textContent('#status')).toMatch(/updated/);
    expect(await axeViolations(empty)).toEqual([]);
    await context?.close();

    allowed = [FAILED_422];
    const problem = await open('/', { bypassCSP: true });
    await Promise.all([
      problem.waitForResponse(worker.url),
      problem.click('button[value="download"]'),
    ]);
    await problem.waitForSelector('[role="alert"]');
    expect(await axeViolations(problem)).toEqual([]);
    await context?.close();

    const docs = await open('/docs', { bypassCSP: true });
    expect(await axeViolations(docs)).toEqual([]);
  });

  it('is usable with the keyboard: the skip link reaches the transcript, focus is visible', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.textContent),
    ).toBe('Skip to the transcript');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = (globalThis as unknown as Dom).document.activeElement as DomElement;
      return {
        id: element.id,
        outline: (globalThis as unknown as Dom).getComputedStyle(element).outlineStyle,
      };
    });
    expect(focused.id).toBe('input');
    expect(focused.outline).not.toBe('none');
  });

  it.each([
    ['laptop', { width: 1366, height: 768 }],
    ['tablet', { width: 768, height: 1024 }],
    ['tablet landscape', { width: 1024, height: 768 }],
  ] as const)('fits a %s screen without sideways scrolling', async (_name, viewport) => {
    const page = await open('/', { viewport });
    await page.fill('#text', SEED);
    await page.waitForFunction(
      () =>
        (globalThis as unknown as Dom).document.querySelector('#preview pre, #preview iframe') !==
        null,
    );
    const layout = await page.evaluate(() => {
      const root = (globalThis as unknown as Dom).document.scrollingElement as DomElement;
      const box = (selector: string) =>
        (globalThis as unknown as Dom).document.querySelector(selector)?.getBoundingClientRect();
      return {
        scroll: root.scrollWidth,
        width: root.clientWidth,
        text: box('#text')?.width ?? 0,
        preview: box('#preview')?.width ?? 0,
      };
    });
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.text).toBeGreaterThan(300);
    expect(layout.preview).toBeGreaterThan(300);
  });
});
