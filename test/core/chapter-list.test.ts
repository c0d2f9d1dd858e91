/**
 * A video's or a podcast's chapter list pasted above its transcript without its `Chapters` label
 * (`00:00 Intro` / `02:15 The insurance gap` / …) is page furniture: notes, never read on air or
 * subtitled. A copied caption panel (times seconds apart over captions) and an agenda (starting
 * later in the day) are not chapters.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const types = (text: string) => formatTranscript(text).blocks.map((b) => b.type);

const TURNS =
  '\n\nJANE DOE: Welcome to the show. Today we are talking about the floods.\n\nAMIR HADDAD: Thanks for having me, it is good to be here.';

describe('a chapter list without its label', () => {
  it.each([
    ['00:00 Intro\n02:15 The insurance gap\n14:40 What the levy would do'],
    ['(0:00) Cold open\n(3:05) Who pays\n(21:30) The levy, explained\n(45:10) Listener questions'],
    ['0:00 - Introduction\n12:05 - The claims\n58:00 - Outro'],
  ])('is notes: %s', (chapters) => {
    expect(types(`Episode 212: Who pays for the floods?\n\n${chapters}${TURNS}`)).toEqual([
      'headline',
      ...chapters.split('\n').map(() => 'note'),
      'speech',
      'speech',
    ]);
  });

  it('COUNTER: a caption panel’s times, an agenda and a timed sentence list stay', () => {
    const panel = formatTranscript(
      '0:00 good evening and welcome to the program\n0:03 tonight we are looking at the floods\n0:06 in the north of the country\n0:09 and what comes next',
    );
    expect(panel.blocks.some((b) => b.type === 'note')).toBe(false);
    const agenda = formatTranscript('10:30 Council opens\n11:00 Budget vote\n12:30 Lunch');
    expect(agenda.blocks.some((b) => b.type === 'note')).toBe(false);
    const said = formatTranscript(
      '0:00 The river rose overnight.\n1:00 Crews worked until dawn.\n2:00 The road reopened at noon.',
    );
    expect(said.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});
