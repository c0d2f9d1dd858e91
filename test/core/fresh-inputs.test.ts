/**
 * Machine-made inputs of shapes the earlier rounds did not read: YouTube's caption XML, web
 * pages' speaker conventions, speech-to-text JSON in envelopes or trimmed responses. Each rule is
 * checked on its convention and on a counter-case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat, type InputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare, produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const fixture = (dir: string, name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', dir, name), 'utf8');
const read = (input: string, format: InputFormat = detectInputFormat(input)): ScriptDocument =>
  prepare(input, options, format);
const speech = (doc: ScriptDocument): [string | null, string][] =>
  doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [doc.speakers.find((s) => s.id === b.speaker)?.name ?? null, b.text]);
const rules = (doc: ScriptDocument): string[] => doc.messages.map((m) => m.ruleId);

describe('YouTube caption XML (timedtext srv3, srv2, srv1)', () => {
  it('reads srv3 auto-captions word by word on their own times', () => {
    const input = fixture('captions', 'youtube-srv3-auto.xml');
    expect(detectInputFormat(input)).toBe('ttml');
    const doc = read(input);
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => b.text)).toEqual(["so today we're looking at the budget"]);
    const words = doc.blocks[0]?.timedWords ?? [];
    // `<s t="640">` is 640 ms after its caption's `t="160"`.
    expect(words.map((w) => w.startMs)).toEqual([160, 480, 800, 1280, 2540, 2940, 3340]);
    expect(rules(doc)).toContain('caption-styling');
    const srt = produce(input, 'srt', options, 'ttml').rendered?.body ?? '';
    expect(srt).toContain('00:00:00,160 -->');
    expect(srt).not.toMatch(/<s|t=|pen/);
  });

  it('reads srv1 (<transcript><text start dur>, seconds) and keeps every word once', () => {
    const input =
      '<?xml version="1.0" encoding="utf-8" ?><transcript><text start="1.2" dur="2.4">Welcome back.</text><text start="3.8" dur="2.1">Fees rise by 5% &amp;amp; rents too.</text></transcript>';
    expect(detectInputFormat(input)).toBe('ttml');
    const doc = read(input);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'Welcome back. Fees rise by 5% & rents too.',
    );
    expect(doc.blocks[0]?.startMs).toBe(1200);
    expect(doc.blocks.at(-1)?.endMs).toBe(5900);
  });

  it('reports a caption whose time does not parse, and a paste that only names timedtext stays text', () => {
    const doc = read(
      '<timedtext format="3"><body><p t="0" d="900">One two.</p><p t="x" d="500">Lost words.</p></body></timedtext>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['One two.']);
    expect(doc.messages.find((m) => m.ruleId === 'caption-bad-cue')?.actual).toBe('Lost words.');
    expect(detectInputFormat('The timedtext endpoint <timedtext> was down.')).toBe('text');
    expect(detectInputFormat('<transcript>Jane: hello</transcript>')).not.toBe('ttml');
  });
});
