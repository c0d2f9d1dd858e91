/**
 * Newsroom and broadcast scripts of other newsrooms' conventions, and interview and record
 * transcripts (round 24): earnings calls whose speaker lines repeat the list's `Name — Title`,
 * a podcast script's breaks, a tribunal's `Q.` / `A.` after counsel's put statement, …
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { storyRows } from '../helpers/documents.ts';

/** The story's blocks as [type, speaker's name or role, text]. */
const rows = (text: string) => storyRows(formatTranscript(text));

describe("an earnings call whose speakers' lines are the list's entries", () => {
  const call = (dash: string, gap: string) =>
    'Harbor Freight Lines Q3 2026 Earnings Call\n\n' +
    'Corporate Participants\n' +
    `Dana Whitfield ${dash} Chief Executive Officer\n` +
    `Raj Patel ${dash} Chief Financial Officer\n\n` +
    'Conference Call Participants\n' +
    `Tom Becker ${dash} Northline Securities\n\n` +
    'Presentation\n\n' +
    `Operator\n${gap}Good day and welcome to the third quarter call.\n\n` +
    `Dana Whitfield ${dash} Chief Executive Officer\n${gap}Thank you, operator. Revenue grew nine percent.\n\n` +
    'Questions and Answers\n\n' +
    `Tom Becker ${dash} Northline Securities\n${gap}Thanks. Can you talk about pricing?\n\n` +
    `Raj Patel ${dash} Chief Financial Officer\n${gap}Sure. Pricing held up well.\n`;

  for (const [dash, gap] of [
    ['—', ''],
    ['—', '\n'],
    ['-', ''],
    ['–', '\n'],
  ] as const)
    it(`GOOD: \`Name ${dash} Title\` over the words${gap ? ' past a blank line' : ''} is the listed speaker's tag`, () => {
      const story = rows(call(dash, gap)).filter((b) => b[0] === 'speech');
      expect(story).toEqual([
        ['speech', 'operator', 'Good day and welcome to the third quarter call.'],
        ['speech', 'Dana Whitfield', 'Thank you, operator. Revenue grew nine percent.'],
        ['speech', 'Tom Becker', 'Thanks. Can you talk about pricing?'],
        ['speech', 'Raj Patel', 'Sure. Pricing held up well.'],
      ]);
      const d = formatTranscript(call(dash, gap));
      expect(d.speakers.find((s) => s.name === 'Raj Patel')?.title).toBe('Chief Financial Officer');
    });

  it('BAD: a name the lists do not hold, with a dash and words, stays in the words', () => {
    const text = call('—', '').replace(
      'Raj Patel — Chief Financial Officer\nSure.',
      'Nina Ross — Unlisted Fund\nSure.',
    );
    const last = rows(text).at(-1);
    expect(last?.[2]).toContain('Nina Ross — Unlisted Fund');
  });
});

describe("a podcast script's breaks in brackets", () => {
  const script =
    '[MUSIC BED: theme, up full then under]\n\n' +
    'MAYA: Welcome back to The Long Shift.\n\n' +
    '[STINGER]\n\n' +
    'Today we meet a nurse who has worked nights for thirty years.\n\n' +
    '[MIDROLL]\n\n' +
    'ROSA: You learn to sleep when the sun comes up.\n\n' +
    '[PRE-ROLL]\n';

  it('GOOD: `[STINGER]`, `[MIDROLL]`, `[PRE-ROLL]` alone on their line are directions', () => {
    const story = rows(script);
    for (const cue of ['STINGER', 'MIDROLL', 'PRE-ROLL'])
      expect(story.find((b) => b[2] === cue)?.[0]).toBe('direction');
    expect(story.filter((b) => b[0] === 'speech').map((b) => b[2])).toEqual([
      'Welcome back to The Long Shift.',
      'Today we meet a nurse who has worked nights for thirty years.',
      'You learn to sleep when the sun comes up.',
    ]);
  });

  it('BAD: a bracketed aside of ordinary words in a turn stays the words', () => {
    const story = rows('MAYA: We met at the [Harbor Inn] on Tuesday.\n');
    expect(story).toEqual([['speech', 'Maya', 'We met at the [Harbor Inn] on Tuesday.']]);
  });
});

describe("a tribunal's `Q.` / `A.` after counsel's put statement", () => {
  it('GOOD: `A.` under a `Q.` line ending in a full stop opens the answer', () => {
    const text =
      'Cross-examined by MR GRANT\n\n' +
      'Q. You were told about the rota change in May?\n' +
      'A. I was told in June.\n' +
      'Q. The email is dated the 14th of May.\n' +
      'A. I did not see it until June.\n';
    expect(rows(text).slice(1)).toEqual([
      ['speech', 'Mr Grant', 'You were told about the rota change in May?'],
      ['speech', 'witness', 'I was told in June.'],
      ['speech', 'Mr Grant', 'The email is dated the 14th of May.'],
      ['speech', 'witness', 'I did not see it until June.'],
    ]);
  });

  it('BAD: an initial opening the next line of a sentence that is no question stays in it', () => {
    const text =
      'The council wrote to the owner in May.\nA. Smith replied the next day and refused.\n';
    expect(rows(text)).toHaveLength(1);
  });
});
