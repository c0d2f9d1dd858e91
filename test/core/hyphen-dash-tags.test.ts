/**
 * A hand-typed transcript parts each speaker's name from the words with a hyphen between spaces
 * (`JANE DOE - Good evening.`), as others do with a dash (`JANE DOE — …`): read by the same
 * convention, a conversation of two names or more, one coming back; a wire story's dateline
 * (`WASHINGTON - The Senate…`) and a list's item (`Pros - cheap`) stay words.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const read = (lines: string[]) => {
  const doc = formatTranscript(lines.join('\n'));
  const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
  return doc.blocks.map((b) => [b.type, name(b.speaker), b.text]);
};

describe('a name, a hyphen between spaces, the words', () => {
  it('in capitals, one turn a line', () => {
    expect(
      read([
        'JANE DOE - Good evening and welcome to the program.',
        'TOM BECKER - Thanks for having me.',
        'JANE DOE - Let us start with the floods.',
      ]),
    ).toEqual([
      ['speech', 'Jane Doe', 'Good evening and welcome to the program.'],
      ['speech', 'Tom Becker', 'Thanks for having me.'],
      ['speech', 'Jane Doe', 'Let us start with the floods.'],
    ]);
  });

  it('capitalised, with blank lines between the turns', () => {
    const found = read([
      'Maria Lopez - When did you first know the river would flood?',
      '',
      'Sam Patel - On Thursday night, when the gauge passed four metres.',
      '',
      'Maria Lopez - And what did you do?',
    ]);
    expect(found.map(([, who]) => who)).toEqual(['Maria Lopez', 'Sam Patel', 'Maria Lopez']);
  });

  it('COUNTER: a dateline and a list of pros and cons stay words', () => {
    const story = read([
      'WASHINGTON - The Senate voted on Tuesday to pass the flood relief bill.',
      '',
      'The vote was 51 to 49, with two members absent.',
    ]);
    expect(story.every(([type]) => type === 'narration')).toBe(true);
    expect(story[0]?.[2]).toBe(
      'WASHINGTON - The Senate voted on Tuesday to pass the flood relief bill.',
    );
    const list = read(['Pros - Cheap to run.', 'Cons - Slow to build.', 'Pros - Quiet.']);
    expect(list.some(([type]) => type === 'speech')).toBe(false);
  });
});
