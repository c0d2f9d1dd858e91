import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { editMismatchCount } from '../../src/core/plugins/segments.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const LONG = 'The city council voted tonight to close the old bridge for repairs.';

const removed = (doc: ScriptDocument) =>
  doc.messages.filter((m) => m.ruleId === 'duplicate-paragraph');

describe('a sentence pasted twice in a row inside one line', () => {
  it('is removed once, reported with its text so it can be put back', () => {
    const doc = formatTranscript(`ANCHOR: Good evening. ${LONG} ${LONG} Work starts on Monday.`);
    expect(doc.blocks.map((b) => b.text)).toEqual([`Good evening. ${LONG} Work starts on Monday.`]);
    const [message] = removed(doc);
    expect(message?.severity).toBe('warning');
    expect(message?.line).toBe(1);
    expect(message?.actual).toBe(LONG);
    expect(message?.reason).toContain('repeated sentence');
  });

  it('is removed as often as it was pasted, in any line of a paragraph', () => {
    const doc = formatTranscript(`Good evening, and welcome.\n${LONG} ${LONG} ${LONG}`);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(`Good evening, and welcome. ${LONG}`);
    expect(removed(doc).map((m) => m.line)).toEqual([2, 2]);
  });

  it('with its case or punctuation changed is still the same words', () => {
    const shout = LONG.toUpperCase().replace('.', '!');
    const doc = formatTranscript(`${LONG} ${shout}`);
    expect(doc.blocks[0]?.text).toBe(LONG);
  });

  it('after a speaker’s tag, and the rules after it read the line as cut', () => {
    const before = editMismatchCount();
    const doc = formatTranscript(`ANCHOR: ${LONG} ${LONG} (LAUGHTER) Work starts on "Monday".`);
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', LONG],
      ['direction', 'LAUGHTER'],
      ['speech', 'Work starts on “Monday”.'],
    ]);
    expect(removed(doc)).toHaveLength(1);
    // The cut is recorded as an edit of the line: later rules' columns stay true to the input.
    expect(editMismatchCount()).toBe(before);
  });

  it('short sentences said twice stay: people say "Thank you. Thank you."', () => {
    const doc = formatTranscript('REPORTER: Thank you. Thank you. Back to you in the studio.');
    expect(doc.blocks[0]?.text).toBe('Thank you. Thank you. Back to you in the studio.');
    expect(removed(doc)).toEqual([]);
  });

  it('two versions of a number, or a negation, both stay', () => {
    const weeks = 'The council voted tonight to close the old bridge for 12 weeks of repairs.';
    const numbers = formatTranscript(`${weeks} ${weeks.replace('12', '10')}`);
    expect(numbers.blocks[0]?.text).toBe(`${weeks} ${weeks.replace('12', '10')}`);
    const not = formatTranscript(`${LONG} ${LONG.replace('voted', 'did not vote')}`);
    expect(not.blocks[0]?.text).toContain('did not vote');
    expect(removed(numbers)).toEqual([]);
    expect(removed(not)).toEqual([]);
  });

  it('said twice in timed speech stays: a speaker repeating is on the record', () => {
    const srt = `1\n00:00:01,000 --> 00:00:05,000\n${LONG}\n\n2\n00:00:05,000 --> 00:00:09,000\n${LONG}\n`;
    const doc = prepare(srt, optionsSchema().parse({}), 'srt');
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(`${LONG} ${LONG}`);
  });

  it('with dedupe off, stays', () => {
    const doc = formatTranscript(`${LONG} ${LONG}`, { dedupe: false });
    expect(doc.blocks[0]?.text).toBe(`${LONG} ${LONG}`);
  });
});
