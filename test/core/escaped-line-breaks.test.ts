/**
 * A transcript whose line breaks arrive written out as `\n` (a JSON string's value copied with
 * its escapes, a CMS or webhook that encoded the text twice) is read as the text it encodes:
 * its turns and paragraphs back, each line mapped to the line of the input it came from.
 */
import { describe, expect, it } from 'vitest';
import { unescapedText } from '../../src/ingest/escaped.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const read = (input: string) => prepare(input, optionsSchema().parse({}), detectInputFormat(input));

describe('line breaks written as \\n', () => {
  it('a JSON string’s value copied with its escapes gives its turns back', () => {
    const input = String.raw`JANE DOE: Good evening and welcome.\n\nTOM BECKER: It\u2019s good to be here, \"really\".\n\nJANE DOE: Let us start with the floods.\n`;
    expect(detectInputFormat(input)).toBe('text');
    const doc = read(input);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening and welcome.',
      'It’s good to be here, “really”.',
      'Let us start with the floods.',
    ]);
    // Every block points at the one line of the input.
    expect(doc.blocks.every((b) => b.line === 1)).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === 'escaped-line-breaks')).toBe(true);
  });

  it('with its quotes, and Windows breaks (\\r\\n) as one break', () => {
    const input = String.raw`"ANCHOR: Flood waters are rising tonight.\r\n\r\nREPORTER: The river is above its banks."`;
    const doc = read(input);
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', 'Flood waters are rising tonight.'],
      ['speech', 'The river is above its banks.'],
    ]);
  });

  it('maps each line to the input line its escape was on', () => {
    const first = String.raw`A: One.\nB: Two.\nA: Three.`;
    const second = String.raw`B: Four.\nA: Five.\nB: Six.`;
    const got = unescapedText(`${first}\n${second}`);
    expect(got?.text).toBe('A: One.\nB: Two.\nA: Three.\nB: Four.\nA: Five.\nB: Six.');
    expect(got?.sourceLines).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('COUNTER: a text that only mentions \\n, or has its own line breaks, is read as written', () => {
    expect(unescapedText(String.raw`In the script, \n starts a new line.`)).toBeNull();
    const lines = [
      String.raw`HOST: The file uses \n for a break.`,
      String.raw`GUEST: And \n again, and C:\new\name for a path.`,
      'HOST: Right.',
      'GUEST: Yes.',
    ].join('\n');
    expect(unescapedText(lines)).toBeNull();
    expect(read(lines).blocks).toHaveLength(4);
  });
});
