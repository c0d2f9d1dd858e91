/**
 * Conventions found probing unseen inputs by hand (round 22): a screenplay's character cues and
 * its action between the dialogue.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const turns = (text: string) => {
  const doc = formatTranscript(text);
  const who = (id: string | null) => {
    const s = doc.speakers.find((x) => x.id === id);
    return s ? (s.name ?? s.role) : null;
  };
  return doc.blocks.map((b) => [b.type, who(b.speaker), b.text]);
};

describe('a screenplay: scene headings, character cues over dialogue, action between', () => {
  const scene = (heading: string, father: string) =>
    `${heading}\n\nMaria stands at the sink. The tap drips.\n\nMARIA\nI told you not to wait up.\n\n${father}\nSomeone had to.\n\nMARIA\nGo to bed, Dad.\n\nShe turns off the light.\n`;

  it.each([
    ['INT. KITCHEN - NIGHT', 'FATHER'],
    ['EXT. HARBOUR – DAY', 'FATHER'],
    ['INT./EXT. CAR - MOVING - NIGHT', 'FATHER'],
    ['I/E. FARMHOUSE PORCH - DAWN', 'FATHER'],
    ['INT. KITCHEN - NIGHT', 'FATHER (O.S.)'],
  ])(
    'under `%s`, a cue said once (`%s`) is a voice; the action is narration',
    (heading, father) => {
      const blocks = turns(scene(heading, father));
      expect(blocks.slice(1)).toEqual([
        ['narration', null, 'Maria stands at the sink. The tap drips.'],
        ['speech', 'Maria', 'I told you not to wait up.'],
        ['speech', 'Father', 'Someone had to.'],
        ['speech', 'Maria', 'Go to bed, Dad.'],
        ['narration', null, 'She turns off the light.'],
      ]);
    },
  );

  it('the action after the dialogue is reported as the end of the turn', () => {
    const doc = formatTranscript(scene('INT. KITCHEN - NIGHT', 'FATHER'));
    const ends = doc.messages.filter((m) => m.ruleId === 'turn-end');
    expect(ends.map((m) => m.line)).toEqual([14]);
  });

  it('COUNTER: without a scene heading, place names said once over paragraphs are no voices', () => {
    const roundup =
      'PARIS\nThe river rose overnight and closed two bridges.\n\nBERLIN\nTrains ran late after a signal fault.\n\nMADRID\nThe heat broke a record for November.\n';
    expect(formatTranscript(roundup).speakers).toEqual([]);
  });

  it('COUNTER: a transcript of name lines keeps a speaker over paragraphs of their own', () => {
    const text =
      'MARIA\nI told you not to wait up.\n\nAnd I meant it.\n\nFATHER\nSomeone had to.\n\nMARIA\nGo to bed.\n\nFATHER\nNot yet.\n';
    expect(turns(text)[1]).toEqual(['speech', 'Maria', 'And I meant it.']);
  });
});
