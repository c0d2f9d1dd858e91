import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { prompterSettingsTable } from '../../src/layouts/options.ts';
import { compileScript } from '../../src/layouts/script.ts';
import { compileTeleprompter, renderTeleprompter } from '../../src/layouts/teleprompter.ts';
import {
  compileTeleprompterText,
  renderTeleprompterText,
} from '../../src/layouts/teleprompter-text.ts';
import { displayWidth } from '../../src/layouts/text.ts';
import { type Options, optionsSchema } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { BRIEFING_DOCUMENT, KURIL_DOCUMENT, XSS_PAYLOADS } from './layouts-fixture.ts';
import { decodeEntities, squash, visibleText } from './layouts-html.ts';

const SEED = readFileSync(
  join(import.meta.dirname, '../fixtures/seed/000_f12ffaff09c5b2fe.txt'),
  'utf8',
);
const options = (input: Options = {}) => optionsSchema().parse(input);

/** What of a block must be on the prompter: its text, or for a SOT its cue and IN/OUT words. */
function expectedPieces(doc: ScriptDocument, full: boolean): string[][] {
  return compileScript(doc, { uppercase: false, typography: 'smart' }).items.map((item) => {
    if (item.segment === 'sot') {
      const pieces = [item.cue, item.inCue, item.outCue, item.runsCue];
      return [...pieces.filter((p): p is string => p !== null), ...(full ? [item.text] : [])];
    }
    if (item.segment === 'headline' || item.segment === 'direction') return [item.cue ?? ''];
    return [item.text];
  });
}

describe('teleprompter-text', () => {
  it('registers as an output', () => {
    expect(RENDERERS['teleprompter-text']).toBe(renderTeleprompterText);
  });

  for (const [name, doc] of [
    ['the seed through formatTranscript', formatTranscript(SEED)],
    ['the hand-built seed document', KURIL_DOCUMENT],
  ] as const) {
    it(`${name}: no line over width 32, every block present, in order`, () => {
      const { body, contentType } = renderTeleprompterText(doc, options());
      expect(contentType).toBe('text/plain; charset=utf-8');
      expect(doc.blocks.length).toBeGreaterThan(3);
      const lines = body.split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(32);
      const flat = squash(body);
      let from = 0;
      for (const pieces of expectedPieces(doc, false)) {
        for (const piece of pieces) {
          const at = flat.indexOf(squash(piece), from);
          expect(at, `missing or out of order: ${piece}`).toBeGreaterThanOrEqual(from);
          from = at;
        }
      }
    });
  }

  it('separates blocks by one blank line, cues in brackets', () => {
    const { body } = renderTeleprompterText(KURIL_DOCUMENT, options());
    const chunks = body.trimEnd().split('\n\n');
    // Slug line, one chunk per block, [END].
    expect(chunks).toHaveLength(KURIL_DOCUMENT.blocks.length + 2);
    expect(body).not.toMatch(/\n\n\n/);
    expect(chunks[0]).toMatch(/^\[KURIL-ISLANDS TRT \d+:\d\d\]$/);
    expect(chunks.at(-1)).toBe('[END]');
    expect(chunks[5]).toContain('[SOT: SERGEY LAVROV, FOREIGN\nMINISTER OF RUSSIA]');
    expect(chunks[5]).toContain('[IN: “I’d like to call upon…”]');
    expect(chunks[5]).toContain('[OUT: “…in a professional\nmanner.”]');
    expect(chunks[5]).toMatch(/\[RUNS :\d\d\]$/);
    // A bracket opened in a chunk closes in it: hardware prompters drop what is between.
    for (const chunk of chunks) {
      let depth = 0;
      for (const c of chunk) depth += c === '[' ? 1 : c === ']' ? -1 : 0;
      expect(depth, chunk).toBe(0);
    }
  });

  it('honours width, all caps and sot=full', () => {
    const { body } = renderTeleprompterText(
      KURIL_DOCUMENT,
      options({ width: 20, uppercase: '1', sot: 'full' }),
    );
    for (const line of body.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(body).toBe(body.toUpperCase());
    expect(squash(body)).toContain('STRICTLY ABIDE BY THE AGREEMENTS');
    const cue = renderTeleprompterText(KURIL_DOCUMENT, options({ sot: 'cue' })).body;
    expect(squash(cue)).not.toContain('strictly abide by the agreements');
  });

  it('quotes IN/OUT cues in ASCII with typography=ascii', () => {
    const { body } = renderTeleprompterText(KURIL_DOCUMENT, options({ typography: 'ascii' }));
    expect(body).toContain('[IN: "I’d like to call upon..."]');
  });

  it('places transcript text as it is: a text layout escapes nothing', () => {
    const { body } = renderTeleprompterText(BRIEFING_DOCUMENT, options({ width: 80 }));
    for (const payload of XSS_PAYLOADS) expect(squash(body)).toContain(payload);
    expect(body).not.toContain('&lt;');
  });

  it('builds its view with every line already wrapped', () => {
    const view = compileTeleprompterText(KURIL_DOCUMENT, options({ width: 24 }));
    expect(view.widthColumns).toBe(24);
    expect(view.blocks.filter((b) => b.last)).toHaveLength(1);
  });
});

describe('teleprompter page (HTML)', () => {
  it('registers as an output', () => {
    expect(RENDERERS.teleprompter).toBe(renderTeleprompter);
  });

  it('shows every block: text to read, SOT cues, directions', () => {
    const { body, contentType } = renderTeleprompter(KURIL_DOCUMENT, options());
    expect(contentType).toBe('text/html; charset=utf-8');
    const text = visibleText(body);
    let from = 0;
    for (const pieces of expectedPieces(KURIL_DOCUMENT, false)) {
      for (const piece of pieces) {
        const at = text.indexOf(squash(piece), from);
        expect(at, `missing or out of order: ${piece}`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    }
    expect(text).toContain('[SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA]');
    expect(text).toContain('[NATSOT: CAMERAS]');
    expect(text).not.toContain('strictly abide by the agreements');
  });

  it('shows the whole bite with sot=full', () => {
    const text = visibleText(renderTeleprompter(KURIL_DOCUMENT, options({ sot: 'full' })).body);
    expect(text).toContain('strictly abide by the agreements');
  });

  it('escapes transcript text everywhere and runs one script only: its own', () => {
    const { body } = renderTeleprompter(BRIEFING_DOCUMENT, options());
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img');
    expect(body.match(/<script\b/g)).toHaveLength(1);
    const text = visibleText(body);
    for (const payload of XSS_PAYLOADS) expect(text).toContain(payload);
  });

  it('asks for nothing from another host', () => {
    const { body } = renderTeleprompter(KURIL_DOCUMENT, options());
    expect(body).not.toMatch(/\s(src|href|action|srcset|poster)="|\burl\(|@import|https?:\/\//i);
    expect(body).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|import\(/);
  });

  it('puts the CSP nonce on its <style> and <script>, only when it is well formed', () => {
    const nonce = 'dGVzdC1ub25jZS0xMjM0NQ==';
    const withNonce = renderTeleprompter(KURIL_DOCUMENT, options(), { nonce }).body;
    expect(withNonce).toContain(`<style nonce="${nonce.replace(/=/g, '&#x3D;')}">`);
    expect(withNonce.match(/<script nonce="[^"]+">/g)).toHaveLength(1);
    expect(renderTeleprompter(KURIL_DOCUMENT, options()).body).not.toContain('nonce=');
    const bad = renderTeleprompter(KURIL_DOCUMENT, options(), { nonce: '"><b>x' }).body;
    expect(bad).not.toContain('nonce=');
  });

  it('is set up from the options before any script runs', () => {
    const { body } = renderTeleprompter(
      KURIL_DOCUMENT,
      options({ mirror: 1, uppercase: 'true', fontSize: 64, eyeline: 40, margin: 5, marker: 0 }),
    );
    expect(body).toMatch(/<body class="prompter mirror uppercase"/);
    expect(body).toContain('--font-size: 64px;');
    expect(body).toContain('--eyeline: 40vh;');
    expect(body).toContain('--margin: 5vw;');
  });

  it('hands its script the URL table derived from the schema, and the current values', () => {
    const { body } = renderTeleprompter(KURIL_DOCUMENT, options({ speed: 90, flip: 'on' }));
    const attribute = body.match(/data-settings="([^"]*)"/)?.[1];
    expect(attribute).toBeDefined();
    const settings = JSON.parse(decodeEntities(attribute ?? '')) as {
      table: unknown;
      values: Record<string, unknown>;
      defaults: Record<string, unknown>;
      totalMs: number;
    };
    expect(settings.table).toEqual(prompterSettingsTable());
    expect(settings.values).toMatchObject({ speed: 90, flip: true, mirror: false, fontSize: 56 });
    expect(settings.defaults).toMatchObject({ speed: 60, flip: false, marker: true });
    expect(settings.totalMs).toBe(KURIL_DOCUMENT.durationMs);
  });

  it('times each block for the time-remaining display', () => {
    const view = compileTeleprompter(KURIL_DOCUMENT, options());
    expect(view.blocks.map((b) => b.durationMs)).toEqual(
      KURIL_DOCUMENT.blocks.map((b) => b.durationMs),
    );
    expect(view.blocks.map((b) => b.mode)).toEqual([
      'cued',
      'read',
      'read',
      'read',
      'cued',
      'read',
      'cued',
      'read',
      'read',
      'cued',
      'cued',
      'read',
      'read',
    ]);
  });
});

describe('HTML templates', () => {
  it('never place a value unescaped ({{{x}}} or {{&x}})', () => {
    for (const file of ['teleprompter.html.mustache', 'print.html.mustache']) {
      const source = readFileSync(join(import.meta.dirname, '../../templates', file), 'utf8');
      expect(source, file).not.toMatch(/\{\{\{|\{\{\s*&/);
    }
  });
});

describe('right-to-left scripts', () => {
  const arabic = formatTranscript(
    'المذيع: مساء الخير، وأهلاً بكم في نشرة الأخبار.\n\nالمراسل: ناقش المجلس عدداً من القضايا الاقتصادية.',
  );

  it('an Arabic script is a right-to-left page, on the prompter and in print', () => {
    expect(arabic.language).toBe('ar');
    for (const output of ['teleprompter', 'print'] as const) {
      const body = String(RENDERERS[output]?.(arabic, options(), {})?.body);
      expect(body).toMatch(/^<!DOCTYPE html>\s*<html lang="ar" dir="rtl">/i);
    }
  });

  it('an English script stays left to right', () => {
    const english = formatTranscript('ANCHOR: Good evening.\n\nREPORTER: The council met today.');
    const body = String(RENDERERS.teleprompter?.(english, options(), {})?.body);
    expect(body).toContain('<html lang="en" dir="ltr">');
  });
});
