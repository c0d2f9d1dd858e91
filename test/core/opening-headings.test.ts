/**
 * A document's headings as its conventions write them, also when the turns are timed or the tags
 * in bold: a record's name in capitals over its first timed turn is its title, and a UN
 * briefing's `**Heading` parts stay headings when its tags are in markdown bold.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

describe('a heading in capitals over the first timed turn', () => {
  it('is the title (a record with its stamps)', () => {
    const doc = formatTranscript(
      [
        'LOK SABHA DEBATES',
        '[00:00:37] HON. SPEAKER: Now, Zero Hour. Shri Arvind Rao.',
        '[00:01:14] SHRI ARVIND RAO (NALGONDA): Sir, the overbridge has been under construction for six years.',
        '[00:01:51] HON. SPEAKER: Please be brief.',
      ].join('\n\n'),
    );
    expect(doc.title).toBe('LOK SABHA DEBATES');
    expect(doc.blocks[0]?.type).toBe('headline');
  });

  it('is the title in ordinary case too', () => {
    const doc = formatTranscript(
      [
        'City council budget hearing',
        '[00:00:01] Chair Lopez: The meeting will come to order.',
        '[00:00:09] Member Reyes: Thank you, Chair.',
      ].join('\n\n'),
    );
    expect(doc.title).toBe('City council budget hearing');
  });

  it('COUNTER: a generic chapter label in capitals is no title', () => {
    const doc = formatTranscript(
      [
        'COLD OPEN',
        '[00:00:01] Chair Lopez: The meeting will come to order.',
        '[00:00:09] Member Reyes: Thank you, Chair.',
      ].join('\n\n'),
    );
    expect(doc.title).toBeNull();
  });
});

describe('a UN briefing copied with its tags in bold', () => {
  const briefing = [
    'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
    '**Gaza',
    'Good afternoon. The humanitarian situation in Gaza remains dire.',
    '** Security Council',
    'The Security Council will hold consultations on Syria at 3 p.m.',
    '**Questions and Answers',
    '**Spokesman:** Edie?',
    '**Question:** Thank you, Steph. Does the Secretary-General have a reaction?',
    '**Spokesman:** We condemn any attack on civilians.',
  ].join('\n\n');

  it('keeps the unclosed `**Heading` parts as headings, their marks reported', () => {
    const doc = formatTranscript(briefing);
    const heads = doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text);
    expect(heads).toEqual(
      expect.arrayContaining(['Gaza', 'Security Council', 'Questions and Answers']),
    );
    expect(doc.blocks.some((b) => b.text.includes('**'))).toBe(false);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.text)).toEqual([
      'Edie?',
      'Thank you, Steph. Does the Secretary-General have a reaction?',
      'We condemn any attack on civilians.',
    ]);
  });

  it('COUNTER: a markdown paragraph opening in bold that closes is no heading', () => {
    const doc = formatTranscript(
      '**Jane Doe:** Good evening.\n\n**Tom Becker:** Thanks.\n\n**Important** news tonight from the council.',
    );
    expect(doc.blocks.at(-1)?.type).not.toBe('headline');
  });
});

describe('a transcript’s header fields', () => {
  it('a guest line with an abbreviated title is a header note, not the guest speaking', () => {
    const doc = formatTranscript(
      [
        'Program: The Evening Report',
        'Guest: Dr. Amira Haddad, epidemiologist',
        'Host: Paul Greene',
        '',
        'PAUL GREENE: Dr. Haddad, thanks for joining us.',
        '',
        'DR. AMIRA HADDAD: Glad to be here, Paul.',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.text)).toEqual([
      'Dr. Haddad, thanks for joining us.',
      'Glad to be here, Paul.',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Paul Greene', 'Dr. Amira Haddad']);
  });

  it('COUNTER: the guest’s sentences after the label are the guest speaking', () => {
    const doc = formatTranscript(
      'Host: Welcome back to the show.\n\nGuest: Thanks. It is good to be here.\n\nHost: Let us begin.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
  });
});
