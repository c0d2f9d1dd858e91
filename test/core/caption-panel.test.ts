import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const kinds = (text: string) => formatTranscript(text).blocks.map((b) => [b.type, b.text] as const);
const stamps = (text: string) =>
  formatTranscript(text)
    .messages.filter((m) => m.ruleId === 'panel-timestamps')
    .map((m) => m.actual);

describe("YouTube's Show transcript panel in the shapes a copy takes", () => {
  it('times opening each caption line are left out (reported), not read as words', () => {
    const text =
      "0:00 hi everyone and welcome back to the\n0:03 channel today we're looking at the new\n0:06 tram line that opened on Monday\n0:09 [Music]\n0:15 the first thing you notice is how quiet";
    expect(kinds(text)).toEqual([
      [
        'narration',
        'hi everyone and welcome back to the channel today we’re looking at the new tram line that opened on Monday',
      ],
      ['direction', 'Music'],
      ['narration', 'the first thing you notice is how quiet'],
    ]);
    expect(stamps(text)).toEqual(['0:00 0:03 0:06 0:09 0:15']);
  });

  it('`>>` in the captions starts a new voice; hour-long times are times', () => {
    const text =
      '58:41\nand that brings us to the budget\n59:58\nthe council split down the middle\n1:00:02\n>> we had no choice but to delay it\n1:00:05\n>> but you told voters it was\n1:00:08\nsettled';
    const doc = formatTranscript(text);
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['narration', 'and that brings us to the budget the council split down the middle'],
      ['speech', 'we had no choice but to delay it'],
      ['speech', 'but you told voters it was settled'],
    ]);
    expect(stamps(text)).toEqual(['58:41 59:58 1:00:02 1:00:05 1:00:08']);
  });

  it('a chapter title inside a turn is a heading that ends it, not the speaker’s words', () => {
    const doc = formatTranscript(
      '0:00\n>> CHAIR: the next speaker is\n0:03\nfrom the harbour group\nHarbour residents\n0:09\n>> RESIDENT: thank you we have\n0:12\nlived here for 30 years',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'headline', 'speech']);
    expect(doc.blocks[1]?.text).toBe('Harbour residents');
  });

  it('the panel’s own controls are page furniture', () => {
    const doc = formatTranscript(
      'Transcript\nSearch in video\nIntro\n0:00\ngood evening and welcome\n0:03\nto the debate\n0:05\nbetween the three\n0:08\ncandidates for mayor',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['note', 'note', 'headline', 'narration']);
  });

  it('schedules and clock times stay text', () => {
    const schedule = '10:30 Council opens\n11:00 Budget vote\n11:30 Public comment\n12:00 Adjourn';
    expect(stamps(schedule)).toEqual([]);
    expect(
      kinds(schedule)
        .map(([, t]) => t)
        .join(' '),
    ).toContain('10:30 Council opens');
    const spaced =
      '10:30\nCouncil opens\n\n11:00\nBudget vote\n\n11:30\nPublic comment\n\n12:00\nAdjourn';
    expect(stamps(spaced)).toEqual([]);
    expect(
      kinds(spaced)
        .map(([, t]) => t)
        .join(' '),
    ).toContain('11:30');
    const clock =
      '10:04 a.m. the meeting opened\n10:09 a.m. the vote\n10:15 a.m. adjourned\n10:20 a.m. done';
    expect(
      kinds(clock)
        .map(([, t]) => t)
        .join(' '),
    ).toContain('10:04 a.m.');
  });
});
