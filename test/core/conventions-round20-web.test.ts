/**
 * Conventions of transcripts copied from web pages and transcription services (round 20), each
 * tested on cases written for these tests in its convention: emoji before a speaker's tag (podcast
 * pages, chats), e-mail addresses as labels in a meeting's or a chat's plain copy, sounds described
 * in brackets inside a line (`[Door slams]`).
 */
import { describe, expect, it } from 'vitest';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('a sound described in brackets inside a line is a direction', () => {
  it('[Door slams], [dog barking], [Glass shatters], (giggles) inside or opening a turn', () => {
    const cases: Array<[string, string]> = [
      ['Jane Doe: [Door slams] Who was that?', 'Door slams'],
      ['Jane Doe: Anyway [dog barking] the point is the bridge.', 'dog barking'],
      ['Jane Doe: Right. [Glass shatters] Oh no.', 'Glass shatters'],
      ['Jane Doe: I told her so (giggles) and she agreed.', 'giggles'],
      ['Jane Doe: We were live when [phone buzzes] somebody called.', 'phone buzzes'],
      ['JANE DOE: WE WERE LIVE WHEN [DOOR BANGING] SOMEBODY CAME IN.', 'DOOR BANGING'],
    ];
    for (const [line, sound] of cases) {
      const text = `${line}\n\nTom Reyes: That was the wind.`;
      const d = doc(text);
      expect(d.blocks.find((b) => b.text === sound)?.type).toBe('direction');
      expect(d.blocks.some((b) => b.type === 'speech' && b.text.includes(sound))).toBe(false);
    }
  });

  it('counter-case: an editor’s words in brackets stay in the quote', () => {
    const text =
      'Jane Doe: He said [the mayor] slams the door on every plan.\n\nTom Reyes: That was the wind.';
    expect(blockOf(text, 'He said [the mayor] slams')?.type).toBe('speech');
  });
});
