/**
 * Caption and caption-like exports as newsrooms paste or upload them: broadcast `>>` voices,
 * copied "Show transcript" panels, LRC files, and the other shapes caption tools write.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

function fromInput(input: string): ScriptDocument {
  return prepare(input, optionsSchema().parse({}), detectInputFormat(input));
}

/** Each block as [type, speaker's name or role, text]. */
function blocks(doc: ScriptDocument): [string, string | null, string][] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s]));
  return doc.blocks.map((b) => {
    const s = b.speaker ? byId.get(b.speaker) : undefined;
    return [b.type, s ? (s.name ?? s.role) : null, b.text];
  });
}

/** Speaker ids of consecutive blocks, runs of one id collapsed: the turns as the eval counts them. */
function turns(doc: ScriptDocument): (string | null)[] {
  const out: (string | null)[] = [];
  for (const b of doc.blocks) if (out.at(-1) !== b.speaker) out.push(b.speaker);
  return out;
}

const ruleIds = (doc: ScriptDocument) => doc.messages.map((m) => m.ruleId);

describe('broadcast captions: each `>>` is a new voice', () => {
  it('two `>>` on one SRT line are two voices, two turns', () => {
    const doc = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> I THINK SO. >> NOT ME.\n\n2\n00:00:03,500 --> 00:00:06,000\n>> WHAT ABOUT YOU?\n',
    );
    expect(blocks(doc)).toEqual([
      ['speech', 'unidentified #1', 'I THINK SO.'],
      ['speech', 'unidentified #2', 'NOT ME.'],
      ['speech', 'unidentified #3', 'WHAT ABOUT YOU?'],
    ]);
    expect(turns(doc)).toHaveLength(3);
    expect(ruleIds(doc)).toContain('caption-voices');
    // The `>>` is a speaker mark, not a word of the first voice.
    expect(ruleIds(doc)).not.toContain('timed-words-removed');
    expect(doc.blocks[1]?.startMs).toBeGreaterThan(doc.blocks[0]?.startMs ?? 0);
  });

  it('`>>` at line starts of roll-up captions pasted as text, and inside a line', () => {
    const doc = fromInput(
      ">> GOOD EVENING. TONIGHT THE CITY\nCOUNCIL VOTES ON THE STADIUM\nDEAL.\n>> THE VOTE WAS CLOSE. MANY\nRESIDENTS CAME TO SPEAK.\n>> I THINK IT'S A WASTE OF\nMONEY. >> WE NEED THE JOBS.\n",
    );
    expect(blocks(doc).map(([, s, t]) => [s, t.slice(0, 14)])).toEqual([
      ['unidentified #1', 'GOOD EVENING. '],
      ['unidentified #2', 'THE VOTE WAS C'],
      ['unidentified #3', 'I THINK IT’S A'],
      ['unidentified #4', 'WE NEED THE JO'],
    ]);
    expect(new Set(doc.blocks.map((b) => b.speaker)).size).toBe(4);
  });

  it('mid-video `>> … >> …` pasted as one paragraph of text', () => {
    const doc = fromInput('>> I think so. >> Not me.\n\n>> What about you? >> I am not sure.\n');
    expect(turns(doc)).toHaveLength(4);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'I think so.',
      'Not me.',
      'What about you?',
      'I am not sure.',
    ]);
  });

  it('BAD: one unnamed `>>` voice between named ones stays `unidentified`, no number', () => {
    const doc = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> ANCHOR: GOOD EVENING.\n\n2\n00:00:03,500 --> 00:00:06,000\n>> WE WANT BUSES.\n\n3\n00:00:06,500 --> 00:00:09,000\n>> ANCHOR: THANK YOU.\n',
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['anchor', 'unidentified', 'anchor']);
    expect(ruleIds(doc)).not.toContain('caption-voices');
  });

  it('BAD: `>>` inside a line of text that has no caption `>>` lines is text', () => {
    const doc = fromInput('The ratio is A >> B in this model.\n\nShift it with x >> 2 in code.\n');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The ratio is A >> B in this model.',
      'Shift it with x >> 2 in code.',
    ]);
    expect(doc.speakers).toEqual([]);
  });

  it('BAD: a `>>` speaker who names themself is that person, the others stay apart', () => {
    const doc = fromInput(
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n>> Hello, I'm Ana Ruiz. The polls\n\n00:00:02.500 --> 00:00:04.000\nclose at eight tonight.\n\n00:00:04.200 --> 00:00:06.400\n>> I'm not sure I'll vote.\n\n00:00:06.600 --> 00:00:08.800\n>> I'm voting for the levy.\n",
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual([
      'Ana Ruiz',
      'unidentified #1',
      'unidentified #2',
    ]);
  });
});
