/**
 * Speakers' full names in square brackets opening their turns, no colon (`[Jane Doe] Good
 * evening…`): tags, read by the convention (three turns or more, two names, one back), never a
 * sound or a direction in brackets.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const turns = (doc: ReturnType<typeof formatTranscript>) =>
  doc.blocks.map((b) => [
    b.type,
    doc.speakers.find((s) => s.id === b.speaker)?.name ?? null,
    b.text,
  ]);

describe('a full name in brackets opening each turn', () => {
  it('is the speaker’s tag, in ordinary case', () => {
    const doc = formatTranscript(
      '[Jane Doe] Good evening and welcome.\n\n[Tom Becker] Thanks for having me.\n\n[Jane Doe] How many homes?',
    );
    expect(turns(doc)).toEqual([
      ['speech', 'Jane Doe', 'Good evening and welcome.'],
      ['speech', 'Tom Becker', 'Thanks for having me.'],
      ['speech', 'Jane Doe', 'How many homes?'],
    ]);
  });

  it('is the speaker’s tag in capitals, one turn a line', () => {
    const doc = formatTranscript(
      '[JANE DOE] Good evening and welcome.\n[TOM BECKER] Thanks for having me.\n[JANE DOE] How many homes?\n[TOM BECKER] About four hundred.',
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
    expect(doc.blocks.every((b) => b.type === 'speech')).toBe(true);
    expect(doc.blocks.some((b) => b.text.includes('['))).toBe(false);
  });

  it('COUNTER: sounds in brackets opening lines stay directions', () => {
    const doc = formatTranscript(
      '[APPLAUSE] Thank you all.\n\n[LAUGHTER] Yes, well.\n\n[APPLAUSE] Good night.',
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'APPLAUSE',
      'LAUGHTER',
      'APPLAUSE',
    ]);
  });

  it('COUNTER: one name in brackets once is not read as a convention', () => {
    const doc = formatTranscript(
      '[Jane Doe] Good evening and welcome.\n\nThe council met tonight.\n\nIt voted to close the library.',
    );
    expect(doc.speakers).toEqual([]);
  });
});
