/**
 * A select committee's, a hearing's or a panel show's header lists its people before the first
 * turn (`Witnesses: Professor Mary Jones, University of Leeds`), and the turns tag them by
 * surname (`Professor Jones:`, `Haddad:`): the speaker is the listed person, by full name.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const speakers = (text: string) =>
  formatTranscript(text).speakers.map((s) => ({ name: s.name, title: s.title }));

describe('a surname tag and the header’s list of people', () => {
  it('a UK select committee’s witness is named in full', () => {
    const text = `Oral evidence: Flood resilience, HC 123

Tuesday 25 November 2026

Members present: Jane Doe (Chair); Tom Becker; Ann Smith.

Questions 1 - 24

Witnesses: Professor Mary Jones, University of Leeds; Dr Sam Patel, Environment Agency.

Q1 Chair: Good morning. Could you introduce yourselves?

Professor Jones: Good morning. I am a professor of hydrology at Leeds.

Dr Patel: I lead flood forecasting at the Agency.

Q2 Tom Becker: How prepared are we?

Professor Jones: Not well enough, frankly.
`;
    const found = speakers(text);
    expect(found).toContainEqual({ name: 'Mary Jones', title: 'Professor' });
    expect(found.map((s) => s.name)).toContain('Sam Patel');
    const doc = formatTranscript(text);
    const jones = doc.speakers.find((s) => s.name === 'Mary Jones');
    expect(doc.blocks.filter((b) => b.speaker === jones?.id)).toHaveLength(2);
  });

  it('a podcast page’s guests, listed with commas and “and”', () => {
    const text = `Episode 212: Who pays for the floods?

Guests: Dr. Amir Haddad, Lena Ortiz and Paul Brandt

HADDAD: The insurance market has simply stopped pricing this risk properly.

ORTIZ: And the people who pay are the ones who cannot move.

BRANDT: That is what the new levy is meant to fix.
`;
    expect(speakers(text).map((s) => s.name)).toEqual(['Amir Haddad', 'Lena Ortiz', 'Paul Brandt']);
  });

  it('two listed people of one surname name nobody', () => {
    const text = `Members present: Mary Jones (Chair); Tom Jones; Ann Smith.

Chair: Good morning.

Jones: Thank you, Chair. My question is on the budget for the new flood barriers.
`;
    const names = speakers(text).map((s) => s.name);
    expect(names).toContain('Jones');
    expect(names).not.toContain('Tom Jones');
  });

  it('a name in the story’s text, not in a list, does not name a surname tag', () => {
    const text = `Flood barrier plan approved

Engineers led by Mary Jones presented the plan on Monday.

JONES: We start work in the spring, as soon as the river falls.
`;
    expect(speakers(text).map((s) => s.name)).not.toContain('Mary Jones');
  });
});
