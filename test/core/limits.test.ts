import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import {
  blockLimit,
  CHARS_PER_BLOCK,
  clip,
  countParagraphGroups,
  MAX_OUTPUT_RATIO,
  MAX_SLUG_CHARS,
  MIN_BLOCK_LIMIT,
  MIN_OUTPUT_LIMIT,
  outputLimit,
} from '../../src/core/limits.ts';
import { compilePrint } from '../../src/layouts/print.ts';
import { OUTPUTS, optionsSchema } from '../../src/options.ts';
import {
  INDENT_JSON_MAX_CHARS,
  OutputTooLargeError,
  TooManyBlocksError,
} from '../../src/outputs/index.ts';
import { produce, produceAll } from '../../src/produce.ts';

const options = optionsSchema().parse({ date: '2026-11-29' });

/** Every output's size divided by the input's. */
function ratios(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, result] of produceAll(text, OUTPUTS, options))
    out[name] = (result.rendered?.body.length ?? 0) / text.length;
  return out;
}

describe('one-word paragraphs (the 100k × "a" reproduction, smaller)', () => {
  it('answers too-many-blocks instead of an answer hundreds of times the input', () => {
    const text = 'a\n\n'.repeat(5_000);
    expect(() => produce(text, 'json', options)).toThrow(TooManyBlocksError);
    try {
      produce(text, 'print', options);
    } catch (error) {
      expect(error).toBeInstanceOf(TooManyBlocksError);
      const e = error as TooManyBlocksError;
      expect(e.limit).toBe(blockLimit(text.length));
      // Refused before formatting: the quick count stops just past twice the limit.
      expect(e.blocks).toBe(2 * e.limit + 1);
      expect(e.message).toContain(`${2 * e.limit + 1} paragraphs or more`);
    }
  });

  it('formats up to the limit: MIN_BLOCK_LIMIT blocks always, then one per CHARS_PER_BLOCK characters', () => {
    expect(blockLimit(0)).toBe(MIN_BLOCK_LIMIT);
    expect(blockLimit(CHARS_PER_BLOCK * 5_000)).toBe(5_000);
    const text = 'a\n\n'.repeat(MIN_BLOCK_LIMIT);
    expect(produce(text, 'json', options).document.blocks).toHaveLength(MIN_BLOCK_LIMIT);
    expect(() => produce(`${text}b\n\n`, 'json', options)).toThrow(TooManyBlocksError);
  });

  it('refuses after formatting when the blocks (not the paragraphs) are over the limit', () => {
    // 3,000 paragraphs of 'a': under twice the limit, so formatted, then refused by block count.
    const text = 'a\n\n'.repeat(3_000);
    expect(() => produce(text, 'json', options)).toThrow(/makes 3000 blocks/);
  });

  it('counts blank-line separated paragraphs in one pass, as a lower bound', () => {
    expect(countParagraphGroups('')).toBe(0);
    expect(countParagraphGroups('a\nb\n\n \u00a0\n\nc\r\n\r\nd')).toBe(3);
    expect(countParagraphGroups('a\n\n'.repeat(100), 10)).toBe(11);
    // Never more than the parser's paragraphs.
    for (const text of ['Q:\n\nYes.\n\nA: No.', 'one\ntwo.\nThree.\n\n(Applause.)', '\u200b\n\na'])
      expect(countParagraphGroups(text)).toBeLessThanOrEqual(
        formatTranscript(text, { dedupe: false }).blocks.length + 1,
      );
  });

  it('reports repeats of a short paragraph once, not once per repeat', () => {
    const doc = formatTranscript('Thank you.\n\n'.repeat(500));
    const kept = doc.messages.filter((m) => m.ruleId === 'repeat-kept');
    expect(kept).toHaveLength(1);
    expect(kept[0]?.reason).toContain('499 repeats');
    expect(doc.blocks).toHaveLength(500);
  });
});

describe('every answer stays within ten times its input', () => {
  it('answers output-too-large for an output over ten times its input (and 1 MiB), not others', () => {
    expect(outputLimit(1_000)).toBe(MIN_OUTPUT_LIMIT);
    expect(outputLimit(1_000_000)).toBe(MAX_OUTPUT_RATIO * 1_000_000);
    // 5,000 paragraphs of 30 characters: a print row each, over ten times the text.
    const text = Array.from({ length: 5_000 }, (_, i) => `We went there at ${i}.`).join('\n\n');
    expect(() => produce(text, 'print', options)).toThrow(OutputTooLargeError);
    expect(() => produceAll(text, ['json', 'print'], options)).toThrow(OutputTooLargeError);
    const json = produce(text, 'json', options).rendered?.body ?? '';
    const blocks = produce(text, 'json', options).document.blocks.length;
    expect(json.length).toBeLessThanOrEqual(outputLimit(text.length, blocks));
  });

  it('short paragraphs at the block limit (one per 40 characters): every output ≤ 10×', () => {
    const paragraphs = Array.from({ length: 3_000 }, (_, i) =>
      `Yes, we are going there at ${i}.`.padEnd(38, '!'),
    );
    const text = paragraphs.join('\n\n');
    expect(text.length / paragraphs.length).toBeGreaterThan(CHARS_PER_BLOCK);
    const r = ratios(text);
    for (const [name, ratio] of Object.entries(r)) expect(ratio, name).toBeLessThanOrEqual(10);
  });

  it('indents a small JSON answer and writes a large one compact, with the same content', () => {
    const small = produce('Hello there.\n\nGoodbye now.', 'json', options);
    expect(small.rendered?.body).toContain('\n  "blocks"');
    const text = Array.from(
      { length: 3_000 },
      (_, i) => `Paragraph number ${i} of the story.`,
    ).join('\n\n');
    const large = produce(text, 'json', options);
    const body = String(large.rendered?.body ?? '');
    expect(body.length).toBeGreaterThan(INDENT_JSON_MAX_CHARS);
    expect(body).not.toContain('\n  ');
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(large.document)));
  });
});

describe('one long word of capitals (the 1 MiB reproduction, smaller)', () => {
  it('caps the slug, so it is not repeated on every printed page', () => {
    const doc = formatTranscript('A'.repeat(64 * 1024));
    expect(doc.slug.length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(doc.slug).toMatch(/^A+$/);
  });

  it('keeps print and teleprompter output linear in the input', () => {
    const small = ratios('A'.repeat(32 * 1024));
    const large = ratios('A'.repeat(128 * 1024));
    for (const name of ['print', 'teleprompter', 'teleprompter-text', 'json'] as const) {
      // Linear: the ratio to the input does not grow with the input (it grew 4× before).
      expect(large[name] ?? 0, name).toBeLessThanOrEqual((small[name] ?? 0) * 1.2);
      expect(large[name] ?? 0, name).toBeLessThanOrEqual(10);
    }
  });

  it('caps a long title and reporter in the page headers', () => {
    const name = `${'B'.repeat(5_000)} ${'C'.repeat(5_000)}`;
    const text = `---\ntitle: ${'Title '.repeat(2_000)}\n---\n\nThe story.\n\n${name} for Vesti.`;
    const doc = formatTranscript(text);
    expect(doc.reporter).toBe(name);
    const view = compilePrint(doc, options);
    expect(view.reporter?.length).toBeLessThanOrEqual(120);
    expect(view.title?.length).toBeLessThanOrEqual(120);
    expect(view.slug.length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
  });
});

describe('clip', () => {
  it('cuts at a word or hyphen in the second half, else hard', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('KURIL-ISLANDS-AGAIN', 15, false)).toBe('KURIL-ISLANDS');
    expect(clip('A'.repeat(50), 10, false)).toBe('A'.repeat(10));
    expect(clip('one two three four', 12)).toBe('one two…');
  });
});
