/**
 * Conventions of the transcripts added to the labelled set in one round (written for these
 * tests, in each convention's shape): a government page's press conference, an election night's
 * declarations, a subtitle producer's as-broadcast script, a released emergency call.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const typed = (text: string) => formatTranscript(text).blocks.map((b) => [b.type, b.text]);

describe('a government page’s furniture (GOV.UK)', () => {
  it('GOOD: the publisher line under the date and the feedback box are notes', () => {
    const doc = formatTranscript(
      [
        'Published 3 December 2026',
        'From: Department for Transport',
        '',
        'Secretary of State Amir Khan: The line reopens on Monday.',
        '',
        'ENDS',
        '',
        'Is this page useful?',
        'Yes',
        'No',
        'Report a problem with this page',
      ].join('\n'),
    );
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => b.text);
    expect(notes).toEqual([
      'Published 3 December 2026',
      'From: Department for Transport',
      'ENDS',
      'Is this page useful?',
      'Yes',
      'No',
      'Report a problem with this page',
    ]);
  });

  it('BAD: a reply of yes or no, a sentence from a department, stay words', () => {
    expect(
      typed('REPORTER: Is it safe?\n\nMINISTER: Yes\n\nREPORTER: And cheap?\n\nMINISTER: No'),
    ).toEqual([
      ['speech', 'Is it safe?'],
      ['speech', 'Yes'],
      ['speech', 'And cheap?'],
      ['speech', 'No'],
    ]);
    // Answers right under a question of another kind are a turn's words, not a box's.
    expect(typed('Is this the right road?\nYes\nNo').map((b) => b[0])).not.toContain('note');
    expect(
      typed(
        'From: Department for Transport officials came the news last night.\n\nThe end.',
      )[0]?.[0],
    ).toBe('narration');
  });
});

describe('an election night’s declaration of a poll', () => {
  const declaration = [
    'RETURNING OFFICER: I hereby give notice that the votes cast were as follows.',
    'BRANDT, Sofia Helen, Green Party: 3,204.',
    'MORLEY, James, Reform UK: 11,950.',
    'The number of ballot papers rejected was 97.',
  ].join('\n');

  it('GOOD: each candidate’s line is the returning officer’s words, no speaker’s tag', () => {
    const doc = formatTranscript(declaration);
    expect(doc.speakers).toHaveLength(1);
    expect(doc.blocks.map((b) => b.text)).toContain('BRANDT, Sofia Helen, Green Party: 3,204.');
    expect(doc.blocks.every((b) => b.speaker === doc.speakers[0]?.id)).toBe(true);
  });

  it('BAD: a tag over words, a name over a number in a sentence, are still tags', () => {
    const doc = formatTranscript(
      'PRESENTER: Who won?\n\nJAMES MORLEY: 11,950 people backed us tonight.',
    );
    expect(doc.speakers).toHaveLength(2);
    const tally = formatTranscript('PRESENTER: And the Greens?\n\nBRANDT, Sofia: 3,204.');
    // A surname and forename without a description is a person's tag (a results row has three).
    expect(tally.speakers).toHaveLength(2);
  });
});

describe('a subtitle producer’s as-broadcast script', () => {
  it('GOOD: forced narrative is on-screen text (a direction); the script’s header lines are notes', () => {
    const doc = formatTranscript(
      [
        'HARBOUR LIVES  —  EPISODE 5',
        'SUBTITLE SCRIPT (AS BROADCAST)',
        'TX: 04/12/2026',
        '',
        'FORCED NARRATIVE: NEWLYN, CORNWALL',
        '',
        'NARRATOR: The first boats leave before dawn.',
        '',
        'FN: 04:10',
        '',
        'SKIPPER (ON RADIO): Newlyn harbour, this is the Morvah, leaving now.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['headline', 'HARBOUR LIVES — EPISODE 5'],
      ['note', 'SUBTITLE SCRIPT (AS BROADCAST)'],
      ['note', 'TX: 04/12/2026'],
      ['direction', 'FORCED NARRATIVE: NEWLYN, CORNWALL'],
      ['speech', 'The first boats leave before dawn.'],
      ['direction', 'FN: 04:10'],
      ['speech', 'Newlyn harbour, this is the Morvah, leaving now.'],
    ]);
    const skipper = doc.blocks[doc.blocks.length - 1] as { delivery?: string | null };
    expect(skipper.delivery).toBe('via-radio');
  });

  it('BAD: FN as a person’s initials, a sentence about a transmission, a script in a sentence stay words', () => {
    const doc = formatTranscript(
      'FN: I think we should go now.\n\nTX: the signal dropped at six.\n\nThe subtitle script was late.',
    );
    expect(doc.blocks.map((b) => b.type)).not.toContain('direction');
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
  });
});

describe('a released emergency call’s transcript header', () => {
  it('GOOD: the exhibit, the call’s time and the redaction note are notes under the heading', () => {
    const doc = formatTranscript(
      [
        'TRANSCRIPT OF 999 CALL',
        'Exhibit JB/2 — Inquest into the death of Ellen Marsh',
        'Call received: 23:41:05, 9 June 2026',
        '',
        'NOTE: The caller’s address has been redacted.',
        '',
        '[00:00:00] CALL HANDLER: Emergency, which service?',
        '',
        '[00:00:03] CALLER: Ambulance, please.',
      ].join('\n'),
    );
    expect(doc.title).toBe('TRANSCRIPT OF 999 CALL');
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'headline',
      'note',
      'note',
      'note',
      'speech',
      'speech',
    ]);
  });

  it('BAD: an exhibit, a call, a note in a sentence stay words', () => {
    const doc = formatTranscript(
      [
        'Exhibits were shown to the jury on Monday.',
        '',
        'Call received no answer, the officer said.',
        '',
        'Notes from the meeting were redacted before the hearing.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'narration', 'narration']);
  });
});

describe('a programme transcript’s time window', () => {
  it('GOOD: `Transcript, 00:58 to 01:24` under the title is a note', () => {
    expect(
      typed('ELECTION NIGHT SPECIAL\nTranscript, 00:58 to 01:24\n\nHOST: Good evening.'),
    ).toEqual([
      ['headline', 'ELECTION NIGHT SPECIAL'],
      ['note', 'Transcript, 00:58 to 01:24'],
      ['speech', 'Good evening.'],
    ]);
  });

  it('BAD: a sentence about a transcript with a time stays words', () => {
    expect(typed('Transcript, 00:58 to 01:24 was missing from the file.')[0]?.[0]).toBe(
      'narration',
    );
  });
});

describe('a programme’s numbering in its title names no story', () => {
  it('GOOD: `SERIES 2, EPISODE 3` is never the slug; the programme’s name is', () => {
    const doc = formatTranscript(
      'COAST WATCH — SERIES 2, EPISODE 3\n\nNARRATOR: The lifeboat launched.',
    );
    expect(doc.slug).not.toMatch(/EPISODE|SERIES/);
    expect(doc.slug).toContain('COAST');
  });

  it('BAD: a topic word of the title still leads', () => {
    expect(formatTranscript('Episode 4: The flood barrier\n\nHOST: Hello.').slug).toContain(
      'FLOOD',
    );
  });
});

describe('a broadcast transcript’s CAPTION: strap', () => {
  it('GOOD: the label in capitals is an on-screen caption, a direction', () => {
    expect(
      typed('HOST: Good evening.\n\nCAPTION: DUNMERE WEST — LAB GAIN FROM CON. Majority 1,563.'),
    ).toEqual([
      ['speech', 'Good evening.'],
      ['direction', 'CAPTION: DUNMERE WEST — LAB GAIN FROM CON. Majority 1,563.'],
    ]);
  });

  it('BAD: a web page’s photo caption (`Caption:`, `Image caption,`) stays a note', () => {
    expect(typed('Caption: A firefighter at the scene.\n\nThe fire started at noon.')[0]).toEqual([
      'note',
      'Caption: A firefighter at the scene.',
    ]);
    expect(typed('Image caption, Crews at the scene\n\nThe fire started at noon.')[0]?.[0]).toBe(
      'note',
    );
  });
});

describe('a media monitoring clip’s and a police interview record’s header fields', () => {
  it('GOOD: the clip’s label and fields, the record’s fields and the end marks are notes', () => {
    const clip = formatTranscript(
      [
        'MEDIA MONITORING CLIP',
        'Station: Harbour Radio',
        'Programme: Drive with Mo Ellis',
        'Date: 02/12/2026',
        'Time: 17:10:04 - 17:12:30',
        'Clip ref: HR-1710',
        '',
        '[17:10:04] MO ELLIS: The bridge reopens tonight.',
        '',
        'END OF CLIP',
      ].join('\n'),
    );
    expect(clip.title).toBeNull();
    expect(clip.blocks.map((b) => b.type)).toEqual([
      'note',
      'note',
      'note',
      'note',
      'note',
      'note',
      'speech',
      'note',
    ]);
    const record = formatTranscript(
      [
        'RECORD OF TAPED INTERVIEW',
        '',
        'Person interviewed: Lee Hart',
        'Place of interview: Castle Street Police Station',
        'Time commenced: 09:12',
        'Interviewing officers: DC 2210 Price',
        'Persons present: Mr Owen Bell (solicitor)',
        '',
        'DC PRICE: The time is 09:12.',
        '',
        'HART: No comment.',
        '',
        'END OF RECORD',
      ].join('\n'),
    );
    expect(record.title).toBe('RECORD OF TAPED INTERVIEW');
    expect(record.blocks.map((b) => b.type)).toEqual([
      'headline',
      'note',
      'note',
      'note',
      'note',
      'note',
      'speech',
      'speech',
      'note',
    ]);
  });

  it('BAD: a date in words, a sentence after a label, a station in a turn stay as they were', () => {
    const doc = formatTranscript(
      [
        'HOST: What did the station say?',
        '',
        'GUEST: Station: closed until Friday, they said.',
        '',
        'Programme: the new schedule starts next week and runs until May.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
  });
});
