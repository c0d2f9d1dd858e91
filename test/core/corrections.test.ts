import { describe, expect, it } from 'vitest';
import { contentKey } from '../../src/core/content-key.ts';
import { correctionsSchema } from '../../src/core/corrections.ts';
import { type Corrections, formatTranscript } from '../../src/core/index.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

// A briefing in the house convention: headline, narration pasted twice, tagged turns, a
// numbered speaker that is two people, and a photo credit under the last turn (a note).
const BRIEFING = `Talks on the Kuril Islands Resume

The foreign ministers met in Moscow on Tuesday to discuss a peace treaty that was never signed.

The foreign ministers met in Moscow on Tuesday to discuss a peace treaty that was never signed.

LAVROV: We are ready to continue the dialogue on all questions, as agreed by our leaders.

SPEAKER 1: Japan's position remains unchanged and we will continue to negotiate.

SPEAKER 1: Thank you, minister. Our next question comes from the press.

MR. LAVROV: The first step is trust, and trust takes time to build between neighbours.

Photo: Reuters / Maxim Shemetov`;

const NARRATION =
  'The foreign ministers met in Moscow on Tuesday to discuss a peace treaty that was never signed.';

function run(corrections: Corrections, text = BRIEFING) {
  return formatTranscript(text, {}, undefined, correctionsSchema().parse(corrections));
}
const byRule = (doc: ReturnType<typeof run>, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);
const keyAt = (text: string, line: number) => {
  const block = formatTranscript(text).blocks.find((b) => b.line === line);
  if (!block) throw new Error(`no block at line ${line}`);
  return contentKey(block.text);
};

describe('content keys', () => {
  it('ignore case, punctuation, quotes and spacing, and tell different words apart', () => {
    expect(contentKey('He said: "It’s done."')).toBe(contentKey('he said  its done'));
    expect(contentKey('Japan’s position')).toBe(contentKey("JAPAN'S POSITION!"));
    expect(contentKey('We will not sign.')).not.toBe(contentKey('We will sign.'));
    expect(contentKey('12 ships')).not.toBe(contentKey('15 ships'));
    expect(contentKey('x')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('corrections', () => {
  it('restores a paragraph removed as a repeat, in its place, as the producer’s choice', () => {
    const before = formatTranscript(BRIEFING);
    expect(before.blocks.filter((b) => b.text === NARRATION)).toHaveLength(1);
    const doc = run({ restore: [{ key: contentKey(NARRATION), line: 5 }] });
    const copies = doc.blocks.filter((b) => b.text === NARRATION);
    expect(copies.map((b) => [b.line, b.type])).toEqual([
      [3, 'narration'],
      [5, 'narration'],
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual(
      [...doc.blocks.map((b) => b.line)].sort((a, b) => a - b),
    );
    const [message] = byRule(doc, 'correction');
    expect(message).toMatchObject({ line: 5, correction: 'restore.0', severity: 'info' });
    expect(message?.reason).toMatch(/Restored .*line 5.*producer’s choice/);
    // The formatter's own report stays: the change report shows both.
    expect(byRule(doc, 'duplicate-paragraph')).toHaveLength(1);
  });

  it('keeps one version of a paragraph and drops the other', () => {
    const text = `Ships in the Strait

The navy said 12 ships were in the strait on Monday morning.

The navy said on Monday that fifteen warships had entered the strait overnight.`;
    const keep = keyAt(text, 5);
    const drop = keyAt(text, 3);
    const doc = run(
      { versions: [{ keep: { key: keep, line: 5 }, drop: { key: drop, line: 3 } }] },
      text,
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Ships in the Strait',
      'The navy said on Monday that fifteen warships had entered the strait overnight.',
    ]);
    const [message] = byRule(doc, 'correction');
    expect(message).toMatchObject({ line: 3, correction: 'versions.0' });
    expect(message?.actual).toContain('12 ships');
  });

  it('renames a speaker and sets a title, keeping the id', () => {
    const doc = run({
      rename: [{ speaker: 'lavrov', name: 'Sergey Lavrov' }],
      titles: [{ speaker: 'lavrov', title: 'Foreign Minister of Russia' }],
    });
    expect(doc.speakers.find((s) => s.id === 'lavrov')).toMatchObject({
      name: 'Sergey Lavrov',
      title: 'Foreign Minister of Russia',
    });
    expect(byRule(doc, 'correction').map((m) => [m.correction, m.line])).toEqual([
      ['rename.0', 7],
      ['titles.0', 7],
    ]);
  });

  it('merges two speakers into one', () => {
    const doc = run({ merge: [{ speaker: 'speaker-1', into: 'lavrov' }] });
    expect(doc.speakers.map((s) => s.id)).toEqual(['lavrov']);
    // The photo credit under the last turn is a note (page furniture), not Lavrov's words.
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker)).toEqual([
      'lavrov',
      'lavrov',
      'lavrov',
      'lavrov',
    ]);
    expect(doc.speakers[0]?.aliases).toContain('SPEAKER 1');
    expect(byRule(doc, 'correction')[0]?.reason).toMatch(/Merged .*SPEAKER 1.*Lavrov/);
  });

  it('splits a speaker from a paragraph on', () => {
    const from = keyAt(BRIEFING, 11);
    const doc = run({
      split: [
        {
          speaker: 'speaker-1',
          from: { key: from, line: 11 },
          name: 'Maria Zakharova',
          title: 'Spokeswoman',
        },
      ],
    });
    const speech = doc.blocks.filter((b) => b.type === 'speech').map((b) => [b.line, b.speaker]);
    expect(speech).toEqual([
      [7, 'lavrov'],
      [9, 'speaker-1'],
      [11, 'maria-zakharova'],
      [13, 'lavrov'],
    ]);
    expect(doc.speakers.map((s) => s.id)).toEqual(['lavrov', 'speaker-1', 'maria-zakharova']);
    expect(doc.speakers[2]).toMatchObject({ name: 'Maria Zakharova', title: 'Spokeswoman' });
    expect(byRule(doc, 'correction')[0]).toMatchObject({ line: 11, correction: 'split.0' });
  });

  it('sets block types: narration, throw, SOT, live turn, direction', () => {
    const credit = keyAt(BRIEFING, 15);
    const narration = contentKey(NARRATION);
    const doc = run({
      blocks: [
        { key: credit, line: 15, type: 'direction' },
        { key: narration, line: 3, type: 'sot', speaker: 'lavrov' },
        { key: keyAt(BRIEFING, 9), type: 'narration' },
        { key: keyAt(BRIEFING, 11), type: 'throw' },
        { key: keyAt(BRIEFING, 13), type: 'live', speaker: 'speaker-1' },
      ],
    });
    const at = (line: number) => doc.blocks.find((b) => b.line === line);
    expect(at(15)).toMatchObject({ type: 'direction', durationMs: 0 });
    expect(at(3)).toMatchObject({ type: 'speech', sot: true, speaker: 'lavrov' });
    expect(at(9)).toMatchObject({ type: 'narration', speaker: null });
    expect(at(11)).toMatchObject({ type: 'throw' });
    expect(at(13)).toMatchObject({ type: 'speech', sot: false, speaker: 'speaker-1' });
    expect(byRule(doc, 'correction')).toHaveLength(5);
    expect(byRule(doc, 'correction').every((m) => m.reason.endsWith('the producer’s choice'))).toBe(
      true,
    );
  });

  it('marks a paragraph as a note and a note as read', () => {
    const credit = keyAt(BRIEFING, 15);
    const doc = run({ blocks: [{ key: credit, line: 15, type: 'note' }] });
    const block = doc.blocks.find((b) => b.line === 15);
    expect(byRule(doc, 'correction-stale')).toHaveLength(0);
    expect(block?.type).toBe('note');
    expect(block?.durationMs).toBe(0);
    const read = run({
      blocks: [
        { key: credit, type: 'note' },
        { key: credit, type: 'narration' },
      ],
    });
    expect(read.blocks.find((b) => b.line === 15)?.type).toBe('narration');
    expect(byRule(read, 'correction')[1]?.reason).toMatch(/Marked the note at line 15 as read/);
  });

  it('survives edits elsewhere and small edits to the paragraph (the line is only a hint)', () => {
    const edited = `Update: new quotes added.\n\n${BRIEFING.replace('LAVROV: We are ready', 'LAVROV:  we are READY')}`;
    const key = keyAt(BRIEFING, 7);
    const doc = run({ blocks: [{ key, line: 7, type: 'narration' }] }, edited);
    expect(doc.blocks.find((b) => b.text.startsWith('we are READY'))).toMatchObject({
      type: 'narration',
      line: 9,
    });
    expect(byRule(doc, 'correction-stale')).toEqual([]);
  });

  it('chooses among equal paragraphs by the line hint', () => {
    const text =
      'Intro line here for the story.\n\nYes, we agree.\n\nMore words in between them.\n\nYes, we agree.';
    const key = contentKey('Yes, we agree.');
    const doc = run({ blocks: [{ key, line: 7, type: 'direction' }] }, text);
    expect(doc.blocks.filter((b) => b.text === 'Yes, we agree.').map((b) => b.type)).toEqual([
      'narration',
      'direction',
    ]);
  });

  it('reports a correction that no longer applies as correction-stale, and changes nothing', () => {
    const plain = formatTranscript(BRIEFING);
    const doc = run({
      restore: [{ key: '00000000', line: 5 }],
      versions: [{ keep: { key: '00000001' }, drop: { key: contentKey(NARRATION) } }],
      rename: [{ speaker: 'nobody', name: 'X' }],
      merge: [{ speaker: 'lavrov', into: 'lavrov' }],
      split: [{ speaker: 'lavrov', from: { key: keyAt(BRIEFING, 9) }, name: 'Y' }],
      titles: [{ speaker: 'nobody', title: 'Z' }],
      blocks: [
        { key: 'ffffffff', line: 3, type: 'narration' },
        { key: keyAt(BRIEFING, 3), type: 'live' },
      ],
    });
    expect(doc.blocks).toEqual(plain.blocks);
    expect(doc.speakers).toEqual(plain.speakers);
    const stale = byRule(doc, 'correction-stale');
    expect(stale.map((m) => m.correction).sort()).toEqual([
      'blocks.0',
      'blocks.1',
      'merge.0',
      'rename.0',
      'restore.0',
      'split.0',
      'titles.0',
      'versions.0',
    ]);
    expect(stale.every((m) => m.severity === 'warning')).toBe(true);
    expect(byRule(doc, 'correction')).toEqual([]);
  });

  it('refuses malformed corrections in the schema', () => {
    expect(
      correctionsSchema().safeParse({ blocks: [{ key: 'xyz', type: 'narration' }] }).success,
    ).toBe(false);
    expect(
      correctionsSchema().safeParse({ blocks: [{ key: '0000abcd', type: 'headline' }] }).success,
    ).toBe(false);
    expect(correctionsSchema().safeParse({ rename: [{ speaker: 'a', name: '   ' }] }).success).toBe(
      false,
    );
    expect(correctionsSchema().safeParse({ unknown: [] }).success).toBe(false);
    expect(correctionsSchema().safeParse({ rename: [{ speaker: 'a', name: 'B' }] }).success).toBe(
      true,
    );
  });

  it('stays linear: twice the corrections on twice the text take at most three times as long', () => {
    /** `n` corrections on a text of 4n paragraphs. */
    const make = (n: number) => ({
      text: Array.from(
        { length: 4 * n },
        (_, i) => `Paragraph number ${i} says something new.`,
      ).join('\n\n'),
      blocks: Array.from({ length: n }, (_, i) => ({
        key: contentKey(`Paragraph number ${i * 4} says something new.`),
        type: 'direction' as const,
      })),
    });
    const { text, blocks } = make(500);
    expect(run({ blocks }, text).blocks.filter((b) => b.type === 'direction')).toHaveLength(500);
    expect(doublingRatio(make, (c) => run({ blocks: c.blocks }, c.text), 250)).toBeLessThan(
      LINEAR_BOUND,
    );
  });
});

describe('corrections answer the formatter’s reports', () => {
  it('keeps the version the producer chooses of a revised paragraph (revised-paragraph)', () => {
    const text = `Ships in the Strait

The navy said 12 ships were in the strait on Monday morning, more than at any time last week.

The navy said 15 ships were in the strait on Monday morning, more than at any time last week.`;
    const plain = formatTranscript(text);
    const revised = plain.messages.filter((m) => m.ruleId === 'revised-paragraph');
    expect(revised.map((m) => m.line)).toEqual([3, 5]);
    // The form reads the two lines from the report and keys the blocks on them.
    const [, first, second] = /lines (\d+) and (\d+)/.exec(revised[0]?.reason ?? '') ?? [];
    expect([Number(first), Number(second)]).toEqual([3, 5]);
    const doc = run(
      {
        versions: [
          { keep: { key: keyAt(text, 5), line: 5 }, drop: { key: keyAt(text, 3), line: 3 } },
        ],
      },
      text,
    );
    expect(doc.blocks.map((b) => b.text).filter((t) => t.includes('ships'))).toEqual([
      'The navy said 15 ships were in the strait on Monday morning, more than at any time last week.',
    ]);
    expect(byRule(doc, 'correction')[0]).toMatchObject({ line: 3, correction: 'versions.0' });
  });
});
