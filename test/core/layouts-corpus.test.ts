import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { compilePrint, PRINT_METRICS } from '../../src/layouts/print.ts';
import { compileScript } from '../../src/layouts/script.ts';
import { renderTeleprompter } from '../../src/layouts/teleprompter.ts';
import { renderTeleprompterText } from '../../src/layouts/teleprompter-text.ts';
import { displayWidth } from '../../src/layouts/text.ts';
import { optionsSchema } from '../../src/options.ts';
import { corpusFiles, fixture, SEED } from '../helpers/fixtures.ts';
import { squash, visibleText } from './layouts-html.ts';

const options = optionsSchema().parse({ date: '2026-11-20' });
const m = PRINT_METRICS;

/** Every layout on every real transcript, through the real core pipeline. */
describe.each([SEED, ...corpusFiles()])('layouts of %s', (file) => {
  const doc = formatTranscript(fixture(file), options);
  const items = compileScript(doc, { uppercase: false, typography: options.typography }).items;

  it('prompter text: no line over width, every block present in order', () => {
    const { body } = renderTeleprompterText(doc, options);
    for (const line of body.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(32);
    const flat = squash(body);
    let from = 0;
    for (const item of items) {
      const piece = squash(
        item.segment === 'sot' ? (item.cue ?? '') : item.read ? item.text : (item.cue ?? ''),
      );
      const at = flat.indexOf(piece, from);
      expect(
        at,
        `${item.block.id} missing or out of order: ${piece.slice(0, 80)}`,
      ).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('prompter page: every text to read is on the page', () => {
    const text = visibleText(renderTeleprompter(doc, options).body);
    for (const item of items.filter((i) => i.read)) expect(text).toContain(squash(item.text));
  });

  it('print: every row fits its page, every word of every block is printed once', () => {
    const view = compilePrint(doc, options);
    const bodyPt =
      (view.pageHeightMm - m.padTopMm - m.padBottomMm) * (72 / 25.4) - m.headerPt - m.footerPt;
    const printed = new Map<string, string[]>();
    for (const page of view.pages) {
      let used = 0;
      for (const row of page.rows) {
        used += Math.max(row.left.length, row.right.length) * m.lineHeightPt + m.rowGapPt;
        const lines = row.right.filter((l) => l.kind !== 'cue').map((l) => l.text);
        printed.set(row.id, [...(printed.get(row.id) ?? []), ...lines]);
      }
      expect(used).toBeLessThanOrEqual(bodyPt);
    }
    for (const item of items) {
      if (item.segment !== 'sot' && item.segment !== 'headline' && item.segment !== 'direction') {
        expect(squash((printed.get(item.block.id) ?? []).join(' '))).toBe(squash(item.text));
      }
    }
  });
});
