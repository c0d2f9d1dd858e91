/**
 * Conventions of transcripts copied from web pages and transcription services (round 20), each
 * tested on cases written for these tests in its convention: emoji before a speaker's tag (podcast
 * pages, chats), e-mail addresses as labels in a meeting's or a chat's plain copy, sounds described
 * in brackets inside a line (`[Door slams]`).
 */
import { describe, expect, it } from 'vitest';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('an emoji before a speaker’s tag is decoration: the tag is the speaker', () => {
  it('🎙️, 👤, ▶, 🎤, 🗣️ and an emoji with a skin tone before names and roles', () => {
    const cases: Array<[string, string | null, string | null, string]> = [
      ['🎙️ Jane Doe', 'Jane Doe', null, 'Welcome back'],
      ['👤 Host', null, 'host', 'Welcome back'],
      ['▶ John Smith', 'John Smith', null, 'Welcome back'],
      ['🎤 MARIA LOPEZ', 'Maria Lopez', null, 'Welcome back'],
      ['🗣️ Reporter', null, 'reporter', 'Welcome back'],
      ['👩🏽‍💼 Priya Shah', 'Priya Shah', null, 'Welcome back'],
    ];
    for (const [tag, name, role, words] of cases) {
      const text = `${tag}: Welcome back to the show, today we talk about the bridge.\n\nTom Reyes: Thanks for having me.`;
      const speaker = speakerOf(text, words);
      if (name !== null) expect(speaker?.name).toBe(name);
      else expect(speaker?.role).toBe(role);
      expect(blockOf(text, words)?.type).toBe('speech');
    }
  });

  it('turns on consecutive lines, each behind its emoji, are each a turn; the removal is reported', () => {
    const text =
      'Transcript: The bridge, episode 4\n🎙️ Jane Doe: Welcome back to the show.\n👤 Tom Reyes: Thanks for having me here.\n🎙️ Jane Doe: So what happens next?';
    const d = doc(text);
    expect(d.blocks.map((b) => [b.type, b.text])).toEqual([
      ['headline', 'Transcript: The bridge, episode 4'],
      ['speech', 'Welcome back to the show.'],
      ['speech', 'Thanks for having me here.'],
      ['speech', 'So what happens next?'],
    ]);
    expect(d.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Reyes']);
    expect(d.messages.filter((m) => m.ruleId === 'list-marker')).toHaveLength(3);
  });

  it('counter-cases: an emoji before words that are no tag, and ©, stay in the text', () => {
    const live = '🔴 Live updates from the bridge closure\n\nJane Doe: The bridge is shut.';
    expect(blockOf(live, '🔴 Live updates')).not.toBeNull();
    const copyright = 'Jane Doe: The bridge is shut.\n\n© 2026 Harbour Daily: all rights reserved.';
    expect(doc(copyright).blocks.some((b) => b.text.includes('©'))).toBe(true);
  });
});

describe('e-mail addresses as speakers’ labels in a plain copy (Zoom, Teams, a chat)', () => {
  it('two lines or more labelled by address: each address is a speaker, as written', () => {
    const cases = [
      'jane.doe@example.com: Can everyone hear me?\njohn.smith@newsroom.org: Yes, loud and clear.\njane.doe@example.com: Great, let us start with the budget.',
      'Weekly planning call\n\njane.doe@example.com: Can everyone hear me?\n\nj_smith+desk@city.gov.uk: Yes, loud and clear.\n\nTom Reyes: I can take the budget.',
      '  jane.doe@example.com: Can everyone hear me?\n  JOHN.SMITH@NEWSROOM.ORG: Yes, loud and clear.',
    ];
    for (const text of cases) {
      const d = doc(text);
      expect(speakerOf(text, 'Can everyone')?.name).toBe('jane.doe@example.com');
      expect(speakerOf(text, 'Yes, loud')?.name).toMatch(/smith.*@/i);
      expect(d.blocks.find((b) => b.text.includes('@'))).toBeUndefined();
    }
  });

  it('counter-cases: one address alone, and an address inside the words, name no one', () => {
    expect(doc('jane.doe@example.org: The vote is on Tuesday.').speakers).toEqual([]);
    const inside =
      'ANCHOR: Write to us at news@example.org: we read everything.\n\nANCHOR: Or call us.';
    expect(doc(inside).speakers.map((s) => s.role)).toEqual(['anchor']);
  });
});

describe('a sound described in brackets inside a line is a direction', () => {
  it('[Door slams], [dog barks], [Glass shatters], (giggles) inside or opening a turn', () => {
    const cases: Array<[string, string]> = [
      ['Jane Doe: [Door slams] Who was that?', 'Door slams'],
      ['Jane Doe: Anyway [dog barks] the point is the bridge.', 'dog barks'],
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

describe('Zoom’s saved chat from a participant given by address', () => {
  it('`From jane.doe@example.org to Everyone:` is that address’s message, on its line or below', () => {
    const cases = [
      '10:01:22 From Jane Doe to Everyone:\n\tCan everyone see the rundown?\n10:02:05 From jane.doe@example.org to Everyone:\n\tThe bridge story is first.',
      '10:01:22 From  Jane Doe  to  Everyone:\tCan everyone see the rundown?\n10:02:05 From  j_smith+desk@city.gov.uk  to  Everyone:\tThe bridge story is first.',
      '00:12:09 From tom.reyes@example.co.uk : Can everyone see the rundown?\n00:12:30 From Priya Shah : The bridge story is first.',
    ];
    for (const text of cases) {
      expect(speakerOf(text, 'Can everyone')?.name).toMatch(
        /^(Jane Doe|tom\.reyes@example\.co\.uk)$/,
      );
      expect(speakerOf(text, 'The bridge story')?.name).toMatch(
        /^(jane\.doe@example\.org|j_smith\+desk@city\.gov\.uk|Priya Shah)$/,
      );
      expect(doc(text).blocks.every((b) => b.type === 'speech' && !b.text.includes('From'))).toBe(
        true,
      );
    }
  });
});

describe('a meeting’s title line with its date and zone in brackets (Google Meet’s older name)', () => {
  it('the meeting’s name is the title; the bracket is no direction', () => {
    const cases: Array<[string, string]> = [
      ['Newsroom planning (2026-11-30 at 10:02 GMT-8) - Transcript', 'Newsroom planning'],
      ['Metro desk (2026-03-12 09:58 GMT) - Transcript', 'Metro desk'],
      [
        'Council budget briefing (2026-11-30 at 18:00 GMT+1) - Transcript',
        'Council budget briefing',
      ],
    ];
    for (const [line, title] of cases) {
      const text = `${line}\n\nJane Doe: Okay, can everyone hear me?\nTom Reyes: Yes, loud and clear.`;
      const d = doc(text);
      expect(d.title).toBe(title);
      expect(d.blocks[0]).toMatchObject({ type: 'headline', text: line });
      expect(d.blocks.filter((b) => b.type === 'direction')).toEqual([]);
    }
  });

  it('counter-cases: a script’s cue in capitals stays a direction', () => {
    const text =
      'ANCHOR: The council voted tonight.\n\n(BEGIN VIDEO CLIP)\n\nMAYOR: We had no choice.';
    expect(blockOf(text, 'BEGIN VIDEO CLIP')?.type).toBe('direction');
  });
});

describe('a panel copied with each time on its own line over a tagged caption', () => {
  it('the time opens the turn under it, never a speaker’s words (C-SPAN captions, a briefing’s panel)', () => {
    const cases: Array<[string, string[]]> = [
      [
        '0:00\n>> THE COMMITTEE WILL COME TO ORDER.\n0:03\n>> WE ARE HERE TODAY TO DISCUSS BRIDGE SAFETY.\n0:08\n>> MR. CHAIRMAN, THANK YOU FOR HOLDING THIS HEARING.\n0:12\n>> THE GENTLEMAN IS RECOGNIZED.',
        ['THE COMMITTEE', 'WE ARE HERE', 'MR. CHAIRMAN', 'THE GENTLEMAN'],
      ],
      [
        '0:00\n>> CHAIRMAN GRAVES: THE COMMITTEE WILL COME TO ORDER.\n0:04\n>> REP. LARSEN: THANK YOU, MR. CHAIRMAN. I WANT TO THANK THE WITNESSES.\n0:09\n>> CHAIRMAN GRAVES: THE GENTLEMAN YIELDS BACK.\n0:13\n>> REP. LARSEN: I YIELD BACK.',
        ['THE COMMITTEE', 'THANK YOU', 'THE GENTLEMAN', 'I YIELD'],
      ],
      [
        '0:00\nMayor Jane Doe: Good morning and welcome.\n0:06\nReporter: When does the bridge reopen?\n0:11\nMayor Jane Doe: In the spring, we hope.\n0:15\nReporter: And the cost?',
        ['Good morning', 'When does', 'In the spring', 'And the cost'],
      ],
    ];
    for (const [text, openings] of cases) {
      const d = doc(text);
      expect(d.blocks.map((b) => b.type)).toEqual(openings.map(() => 'speech'));
      expect(d.blocks.map((b, k) => b.text.startsWith(openings[k] ?? '-'))).toEqual(
        openings.map(() => true),
      );
      expect(d.messages.filter((m) => m.ruleId === 'time-anchor')).toHaveLength(4);
    }
  });
});

describe('page furniture around a transcript: footers, bylines with the post’s dates, transcript notices', () => {
  const turns =
    'GOV. SMITH: Good afternoon. The storm has left 40,000 homes without power.\n\nREPORTER: When will power be back?';

  it('GOV.UK’s licence footer (`OGL` / `All content is available under the Open Government Licence…`) is furniture', () => {
    for (const footer of [
      'OGL\nAll content is available under the Open Government Licence v3.0, except where otherwise stated\n© Crown copyright',
      'OGL\n\nAll content is available under the Open Government Licence v3.0, except where otherwise stated\n\n© Crown copyright',
    ]) {
      const d = doc(`${turns}\n\n${footer}`);
      expect(d.blocks.filter((b) => b.type === 'note').map((b) => b.reason)).toEqual([
        'copyright',
        'copyright',
        'copyright',
      ]);
    }
  });

  it('a byline with the post’s dates after a bar is a byline', () => {
    for (const byline of [
      'By Jane Doe | Published November 30, 2026 at 4:15 PM EST | Updated 5 hours ago',
      'By Jane Doe and Tom Reyes | November 30, 2026, 4:15 PM | 6 min read',
      'Written by Jane Doe | Updated on: 30/11/2026 16:15 GMT',
    ]) {
      const text = `Transcript: Governor's storm briefing\n\n${byline}\n\n${turns}`;
      expect(blockOf(text, byline.slice(0, 12))).toMatchObject({ type: 'note', reason: 'byline' });
    }
  });

  it('a podcast app’s notice that its transcript was generated automatically is a disclaimer', () => {
    for (const notice of [
      'Generated automatically. May contain errors.',
      'Auto-generated transcript. May contain errors.',
      'Transcripts are automatically generated and may contain errors.',
      'Automatically generated, may contain mistakes',
    ]) {
      const text = `Episode transcript\n${notice}\n\n0:00\nHey everybody and welcome back to Metro Matters. I'm Jane Doe.\n\n0:05\nToday we're talking about the bridge and what happens next.`;
      expect(blockOf(text, notice)).toMatchObject({ type: 'note', reason: 'disclaimer' });
      expect(blockOf(text, 'Hey everybody')?.type).toBe('narration');
    }
  });

  it('counter-cases: a sentence that opens as a byline, and a speaker on errors, stay words', () => {
    const by = `${turns}\n\nBy the time the crews arrived | the river had risen by 2 metres.`;
    expect(blockOf(by, 'By the time')?.type).not.toBe('note');
    const said = `${turns}\n\nGOV. SMITH: Generated automatically, these estimates may contain errors.`;
    expect(blockOf(said, 'Generated automatically')?.type).toBe('speech');
  });
});

describe('a part of a printed hearing copied without GovInfo’s header (congress.gov’s text)', () => {
  it('`Mr. Graves. The committee will come to order.`: the surname’s tag, in three turns or more of two speakers', () => {
    const cases: Array<[string, string, string]> = [
      [
        '    Mr. Graves. The committee will come to order.\n    I ask unanimous consent that the chair be authorized to declare recesses.\n    Mr. Larsen. Thank you, Mr. Chairman.\n    Ms. Doe. Thank you, Chairman Graves, Ranking Member Larsen.\n\n                  STATEMENT OF JANE DOE, ADMINISTRATOR\n\n    Ms. Doe. Our bridges are aging.',
        'Our bridges',
        'Ms. Doe',
      ],
      [
        'Chairman Graves. The subcommittee will come to order.\n\nMrs. Napolitano. Thank you, Mr. Chairman.\n\nChairman Graves. The gentlewoman yields back. Dr. Reyes, you may proceed.\n\nDr. Reyes. Thank you. Our dams are old.',
        'Thank you. Our dams',
        'Dr. Reyes',
      ],
    ];
    for (const [text, words, alias] of cases) {
      expect(speakerOf(text, words)?.aliases).toContain(alias);
      expect(doc(text).blocks.filter((b) => b.type === 'narration')).toEqual([]);
    }
  });

  it('counter-cases: prose with one or two such openings stays prose', () => {
    const prose =
      'Mr. Smith. He left the hearing early that day.\n\nThe committee met again on Tuesday.\n\nMr. Smith. Again he left early.';
    expect(doc(prose).speakers).toEqual([]);
  });
});
