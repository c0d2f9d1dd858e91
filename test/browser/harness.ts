/**
 * Shared helpers for browser tests: serve the Worker locally, drive Debian's Chromium with
 * playwright-core, open a page by a real form POST, and guard a page against dialogs, script
 * errors and requests to other hosts.
 *
 * @example
 * const reason = browserSkipReason();
 * describe.skipIf(reason !== null)('my page', () => {
 *   let worker: WorkerServer;
 *   let browser: Browser;
 *   beforeAll(async () => {
 *     worker = await startWorker();
 *     browser = await launchBrowser();
 *   });
 *   afterAll(async () => {
 *     await browser?.close();
 *     await worker?.close();
 *   });
 *   it('answers', async () => {
 *     const page = await browser.newPage();
 *     const guard = guardPage(page, worker.url);
 *     await submitForm(page, `${worker.url}v1/format?output=print`, { text: 'Hello.' });
 *     guard.assertClean();
 *   });
 * });
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestHarness } from 'wrangler';
import type { ScriptDocument } from '../../src/core/document.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Debian's Chromium; nothing here downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where tests put what a reviewer should look at (gitignored). */
export const RESULTS_DIR = join(ROOT, 'test-results');
export const SCREENSHOT_DIR = join(RESULTS_DIR, 'screenshots');

/** A command-line tool a test needs, and the Debian package that has it. */
export interface Tool {
  command: string;
  debianPackage: string;
}

function hasTool(tool: Tool): boolean {
  if (tool.command.startsWith('/')) return existsSync(tool.command);
  return spawnSync('sh', ['-c', `command -v ${tool.command}`]).status === 0;
}

/**
 * Null when Chromium and the given tools are installed. Otherwise: on CI (`CI=true`) it throws,
 * so the test file fails; elsewhere it warns loudly and returns the reason, for
 * `describe.skipIf(reason !== null)`.
 */
export function browserSkipReason(tools: Tool[] = []): string | null {
  const missing = [{ command: CHROMIUM_PATH, debianPackage: 'chromium' }, ...tools].filter(
    (tool) => !hasTool(tool),
  );
  if (missing.length === 0) return null;
  const names = missing.map((t) => t.command).join(', ');
  const install = `apt-get install -y ${missing.map((t) => t.debianPackage).join(' ')}`;
  const reason = `${names} not found (${install})`;
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run on CI: ${reason}`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${reason}\n`);
  return reason;
}

/** A Worker served on a loopback port. */
export interface WorkerServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the Worker from wrangler.toml on a free loopback port (wrangler's test harness: the same
 * workerd and bundling as `wrangler dev`). Run `node scripts/build-templates.mjs` first (npm test
 * does) so the templates are current.
 */
export async function startWorker(): Promise<WorkerServer> {
  // Only loopback here: do not let Miniflare fetch `Request.cf` data from the network.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  const harness = createTestHarness({ root: ROOT, workers: [{ configPath: './wrangler.toml' }] });
  const { url } = await harness.listen();
  return { url: String(url), close: () => harness.close() };
}

/** Launches Debian's Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Opens `action` the way a newsroom browser would: a real form POST of `fields` (urlencoded or
 * multipart, browsers send CRLF line ends), submitted by clicking its button, so it works with
 * JavaScript off too and the page's URL is `action` with its query string.
 */
export async function submitForm(
  page: Page,
  action: string,
  fields: Readonly<Record<string, string>>,
  enctype:
    | 'application/x-www-form-urlencoded'
    | 'multipart/form-data' = 'application/x-www-form-urlencoded',
): Promise<void> {
  // The parser drops one newline right after <textarea>: the leading \n keeps the value exact.
  const inputs = Object.entries(fields)
    .map(
      ([name, value]) => `<textarea name="${escapeHtml(name)}">\n${escapeHtml(value)}</textarea>`,
    )
    .join('');
  await page.setContent(
    `<!doctype html><title>form</title><form method="post" action="${escapeHtml(action)}" ` +
      `enctype="${enctype}">${inputs}<button type="submit" id="submit">Send</button></form>`,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
}

/** The clean document the Worker makes of `text` (`output=json`), e.g. to know what a page shows. */
export async function formatDocument(
  worker: WorkerServer,
  text: string,
  query = '',
): Promise<ScriptDocument> {
  const response = await fetch(`${worker.url}v1/format?output=json${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
  if (!response.ok) throw new Error(`format failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ScriptDocument;
}

/** A box from getBoundingClientRect, in CSS px. */
export interface PageRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The little of the DOM that page functions use. The project's TypeScript has the Worker's types,
 * not the DOM lib (adding it would let DOM globals into src/), so browser tests declare
 * `document` and `getComputedStyle` with these types.
 */
export interface PageElement {
  id: string;
  textContent: string | null;
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  offsetTop: number;
  hidden: boolean;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  closest(selector: string): PageElement | null;
}

export interface PageDocument {
  documentElement: PageElement;
  getElementById(id: string): PageElement | null;
  elementFromPoint(x: number, y: number): PageElement | null;
}

export interface PageStyle {
  transform: string;
  fontSize: string;
  textTransform: string;
  color: string;
  top: string;
}

/** What went wrong on a page: dialogs opened, uncaught errors, requests to other hosts. */
export interface PageGuard {
  dialogs: string[];
  errors: string[];
  offHostRequests: string[];
  /** Responses of 400 and up (the browser's own /favicon.ico request aside). */
  failedResponses: string[];
  /** Console errors, CSP violations among them (failed loads are in failedResponses). */
  consoleErrors: string[];
  /** Fails the test if anything at all went wrong. */
  assertClean(): void;
}

/**
 * Watches a page: any dialog (alert, confirm, prompt) is recorded and dismissed; uncaught script
 * errors, console errors (CSP violations among them), failed responses and every request that
 * is not to `allowedOrigin` (or `about:`/`data:`) are recorded.
 */
export function guardPage(page: Page, allowedOrigin: string): PageGuard {
  const origin = new URL(allowedOrigin).origin;
  const guard: PageGuard = {
    dialogs: [],
    errors: [],
    offHostRequests: [],
    failedResponses: [],
    consoleErrors: [],
    assertClean() {
      const problems = {
        dialogs: guard.dialogs,
        errors: guard.errors,
        offHostRequests: guard.offHostRequests,
        failedResponses: guard.failedResponses,
        consoleErrors: guard.consoleErrors,
      };
      const total = Object.values(problems).reduce((n, list) => n + list.length, 0);
      if (total > 0) throw new Error(`page was not clean: ${JSON.stringify(problems, null, 2)}`);
    },
  };
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => guard.errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
      guard.consoleErrors.push(text);
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') {
      guard.failedResponses.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('about:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) guard.offHostRequests.push(url);
  });
  return guard;
}

/** A path in SCREENSHOT_DIR (created on demand) for a screenshot named `name`. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/** A path in RESULTS_DIR (created on demand). */
export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}
