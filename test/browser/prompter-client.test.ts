import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { TEMPLATE_SOURCES } from '../../src/generated/templates.ts';
import { compileTeleprompter, renderTeleprompter } from '../../src/layouts/teleprompter.ts';
import { optionsSchema } from '../../src/options.ts';
import { renderTemplate } from '../../src/templates.ts';
import {
  browserSkipReason,
  guardPage,
  launchBrowser,
  type PageDocument,
  type PageElement,
  type PageStyle,
  ROOT,
} from './harness.ts';

declare const document: PageDocument;
declare function getComputedStyle(element: PageElement): PageStyle;

const SEED = readFileSync(join(ROOT, 'test/fixtures/seed/000_f12ffaff09c5b2fe.txt'), 'utf8');

/**
 * A station's own prompter layout (what `templates/teleprompter--studio.html.mustache` would be):
 * its own markup and styles, and the controller by `{{> teleprompter.js}}`, not a copy of it.
 */
const STUDIO = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Studio · {{title}}</title>
<style nonce="{{nonce}}">
html, body { margin: 0; height: 100%; background: #001; color: #ff0; }
.scroller { position: fixed; inset: 0; overflow-y: auto; }
.script { padding: 0 10vw 100vh; font: 40px/1.3 sans-serif; }
body.mirror .stage { transform: scaleX(-1); }
body.uppercase .script { text-transform: uppercase; }
.studio-bar { position: fixed; bottom: 0; right: 0; background: #000; }
</style></head>
<body class="{{bodyClass}}" data-settings="{{settingsJson}}">
<div class="stage" id="stage">
<div class="scroller" id="scroller" tabindex="0">
<main class="script" id="script"><h1 class="studio-title">STUDIO {{title}}</h1>
{{#blocks}}<section class="block {{segment}}" id="{{id}}" data-ms="{{durationMs}}">{{#text}}<p class="read">{{text}}</p>{{/text}}{{#bite}}<p class="bite">{{bite}}</p>{{/bite}}</section>
{{/blocks}}</main>
</div>
</div>
<div class="studio-bar"><span id="status-state">PAUSED</span> <span id="status-speed">{{speedPxPerSec}}</span> <span id="status-remaining">{{totalTime}}</span><div id="progress-bar"></div></div>
<aside id="help" hidden>keys</aside>
<script nonce="{{nonce}}">{{> teleprompter.js}}</script>
</body></html>`;

const reason = browserSkipReason();

describe.skipIf(reason !== null)('the bundled prompter controller (teleprompter.js)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs in a custom layout that includes it: scrolls, mirrors, counts down under a nonce CSP', async () => {
    const nonce = 'c3R1ZGlvLWxheW91dC1ub25jZQ';
    const options = optionsSchema().parse({ template: 'studio', speed: 120 });
    const view = compileTeleprompter(formatTranscript(SEED), options, { nonce });
    const sources = { ...TEMPLATE_SOURCES, 'teleprompter--studio.html': STUDIO };
    const html = renderTemplate('teleprompter', 'studio', view, sources);
    // The layout is its own page and carries the controller whole, only once.
    expect(html).toContain('STUDIO ');
    expect(html.split('<script').length).toBe(2);
    expect(STUDIO.length).toBeLessThan(2000);
    expect(html.length - STUDIO.length).toBeGreaterThan(5000);

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const guard = guardPage(page, 'http://studio.test/');
    await page.route('http://studio.test/**', (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`,
        },
      }),
    );
    await page.goto('http://studio.test/story');
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const scrollTop = () => page.$eval('#scroller', (el) => el.scrollTop);
    const start = await scrollTop();
    await page.keyboard.press('Space');
    await expect.poll(() => page.textContent('#status-state')).toBe('RUNNING');
    await page.waitForTimeout(700);
    expect(await scrollTop()).toBeGreaterThan(start + 20);
    const remaining = await page.textContent('#status-remaining');
    expect(remaining).not.toBe(view.totalTime);
    await page.keyboard.press('Space');
    await expect.poll(() => page.textContent('#status-state')).toBe('PAUSED');

    // The layout's own styles answer the controller's classes.
    await page.keyboard.press('m');
    expect(await page.$eval('#stage', (el) => getComputedStyle(el).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    await page.keyboard.press('u');
    expect(await page.$eval('.read', (el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    guard.assertClean();
    await page.close();
  });

  it('runs inline in a stored page (no nonce) allowed only by the sha256 of its inline elements', async () => {
    // What the CMS webhook stores and /v1/stories/… serves: the page without a nonce, its inline
    // <script> and <style> allowed by their hashes (src/webhooks/read.ts), so the code stays inline.
    const html = renderTeleprompter(formatTranscript(SEED), optionsSchema().parse({})).body;
    expect(html).not.toContain('nonce');
    const hashes = (tag: string): string =>
      [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
        .map(
          (m) =>
            `'sha256-${createHash('sha256')
              .update(m[1] ?? '')
              .digest('base64')}'`,
        )
        .join(' ');
    expect(hashes('script').split(' ')).toHaveLength(1);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const guard = guardPage(page, 'http://stored.test/');
    await page.route('http://stored.test/**', (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': `default-src 'none'; script-src ${hashes('script')}; style-src ${hashes('style')}; base-uri 'none'; frame-ancestors 'none'`,
        },
      }),
    );
    await page.goto('http://stored.test/v1/stories/briefing/teleprompter');
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const start = await page.$eval('#scroller', (el) => el.scrollTop);
    await page.keyboard.press('Space');
    await page.waitForTimeout(600);
    expect(await page.$eval('#scroller', (el) => el.scrollTop)).toBeGreaterThan(start + 10);
    guard.assertClean();
    await page.close();
  });
});
