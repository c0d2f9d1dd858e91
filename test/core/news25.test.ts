/**
 * Newsroom scripts and records (round 25): a police interview record's collar-number tags, a
 * podcast's ad read, a heading's dash and day, a UK tribunal's judge, a bulletin's `LEAD:` label
 * over its copy, titles in capitals in bite headers.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const turns = (text: string) => blockRows(formatTranscript(text));
const speaker = (text: string, words: string) => {
  const d = formatTranscript(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};

describe("a police interview record's tags by collar number", () => {
  const record = (header: string) =>
    'RECORD OF TAPED INTERVIEW\n\n' +
    'Person interviewed: Daniel Price\n' +
    `${header}\n\n` +
    '4471: This interview is being recorded. The time is 14:05.\n\n' +
    'PRICE: Yes.\n\n' +
    '4471: Where were you on Friday night?\n\n' +
    'PRICE: At home, all night.\n\n' +
    '2210: Can anyone confirm that?\n\n' +
    'PRICE: My sister.\n';

  it('GOOD: `Officers present: DC 4471 Morgan, DS 2210 Hughes`: each number is that officer', () => {
    const text = record('Officers present: DC 4471 Morgan, DS 2210 Hughes');
    expect(turns(text).filter((b) => b[0] !== 'note' && b[0] !== 'headline')).toEqual([
      ['speech', 'Morgan', 'This interview is being recorded. The time is 14:05.'],
      ['speech', 'Daniel Price', 'Yes.'],
      ['speech', 'Morgan', 'Where were you on Friday night?'],
      ['speech', 'Daniel Price', 'At home, all night.'],
      ['speech', 'Hughes', 'Can anyone confirm that?'],
      ['speech', 'Daniel Price', 'My sister.'],
    ]);
    expect(speaker(text, 'Can anyone')?.title).toBe('Detective Sergeant');
    expect(speaker(text, 'Where were')?.title).toBe('Detective Constable');
  });

  it('GOOD: the officers in capitals on their own lines (`DC 4471 MORGAN`)', () => {
    const text = record('Interviewing officers:\nDC 4471 MORGAN\nDS 2210 HUGHES');
    const rows = turns(text).filter((b) => b[0] === 'speech');
    expect(rows.map((b) => b[1])).toEqual([
      'Morgan',
      'Daniel Price',
      'Morgan',
      'Daniel Price',
      'Hughes',
      'Daniel Price',
    ]);
  });

  it('BAD: numbers opening paragraphs with no officer listed stay as written', () => {
    const text =
      'BUDGET LINES\n\n4471: Roads and bridges, second phase.\n\n2210: Schools, repairs.\n';
    expect(turns(text).some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe("a podcast script's ad read", () => {
  it('GOOD: `AD READ – HARBOR MATTRESS (60 SEC)` is one direction', () => {
    const text =
      'HOST: Welcome back to the show.\n\n' +
      'AD READ – HARBOR MATTRESS (60 SEC)\n\n' +
      'HOST: This episode is brought to you by Harbor Mattress.\n';
    expect(turns(text)[1]).toEqual(['direction', null, 'AD READ – HARBOR MATTRESS (60 SEC)']);
    expect(turns(text)).toHaveLength(3);
  });

  it('GOOD: `SPONSOR READ 2 – FERNLEAF :30` too', () => {
    const text =
      'HOST: We will be right back.\n\nSPONSOR READ 2 – FERNLEAF :30\n\nHOST: And we are back.\n';
    expect(turns(text)[1]).toEqual(['direction', null, 'SPONSOR READ 2 – FERNLEAF :30']);
  });

  it('BAD: a sentence about an ad read stays words', () => {
    const text = 'HOST: Welcome back.\n\nAd read sales fell this year, the network said.\n';
    expect(turns(text)[1]?.[0]).not.toBe('direction');
  });
});

describe('a heading with a dash and a day among dash tags', () => {
  it('GOOD: `Press Conference – Wednesday` between turns is no speaker', () => {
    const text =
      'MAYOR – Good morning, everyone.\n\n' +
      'REPORTER – Thank you. What about the budget?\n\n' +
      'Press Conference – Wednesday\n\n' +
      'MAYOR – We will publish it Friday.\n';
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => s.id)).toEqual(['mayor', 'reporter']);
    expect(blockRows(d)[2]?.[2]).toBe('Press Conference – Wednesday');
    expect(blockRows(d)[3]).toEqual(['speech', 'mayor', 'We will publish it Friday.']);
  });

  it('GOOD: with a date (`Briefing – 4 March 2026`)', () => {
    const text =
      'MAYOR – Good morning.\n\nREPORTER – Thanks. When?\n\nBriefing – 4 March 2026\n\nMAYOR – Soon.\n';
    expect(formatTranscript(text).speakers.map((s) => s.id)).toEqual(['mayor', 'reporter']);
  });

  it("BAD: an answer naming a day with its full stop is still the speaker's", () => {
    const text =
      'MAYOR – Good morning.\n\nREPORTER – When is the vote?\n\nMAYOR – Wednesday.\n\nREPORTER – Thanks.\n';
    expect(turns(text)[2]).toEqual(['speech', 'mayor', 'Wednesday.']);
  });
});

describe("a UK employment tribunal's judge", () => {
  const text =
    'EMPLOYMENT JUDGE REID: Good morning. Please sit down.\n\n' +
    'MS PATEL: Thank you, sir.\n\n' +
    'THE EMPLOYMENT JUDGE: Let us begin.\n';

  it('GOOD: `EMPLOYMENT JUDGE REID` is Reid, Employment Judge (as `JUDGE REID` is Reid, Judge)', () => {
    const s = speaker(text, 'Good morning');
    expect([s?.name, s?.title]).toEqual(['Reid', 'Employment Judge']);
  });

  it('GOOD: `THE EMPLOYMENT JUDGE` is the judge by role', () => {
    expect(speaker(text, 'Let us')?.role).toBe('judge');
  });

  it('BAD: counsel in the same record keeps the name', () => {
    expect(speaker(text, 'Thank you')?.name).toBe('Ms Patel');
  });
});

describe("a radio bulletin's LEAD label over its copy", () => {
  it('GOOD: `LEAD:` before a sentence is the lead cue, the copy narration', () => {
    const text =
      '0600 BULLETIN\n\n' +
      'LEAD: Ferry workers on the island route walk out at midnight over pay.\n\n' +
      'CLIP: (UNION REP) "We have no choice."\n\n' +
      'NEWSREADER: Talks resume tomorrow.\n';
    const d = formatTranscript(text);
    expect(d.speakers.some((s) => /lead/i.test(s.id))).toBe(false);
    expect(blockRows(d).slice(1, 3)).toEqual([
      ['direction', null, 'LEAD'],
      ['narration', null, 'Ferry workers on the island route walk out at midnight over pay.'],
    ]);
  });

  it('BAD: a person named Lead (`MR LEAD:`) is that person', () => {
    const text =
      'MR LEAD: I was at the depot that night.\n\nTHE CHAIR: Thank you, Mr Lead.\n\nMR LEAD: Until six.\n';
    expect(speaker(text, 'Until six')?.name).toBe('Mr Lead');
  });
});

describe("a bite header's title in capitals", () => {
  it('GOOD: the title before the name (`SOT: SOŁTYS Jan Kowalski`) is title-cased', () => {
    const text =
      'SOT: SOŁTYS Jan Kowalski\n"Woda przyszła w nocy."\n\n' +
      'SOT: LEARNED COUNSEL FOR THE PETITIONER Ravi Menon\n"The order is bad in law."\n';
    const a = speaker(text, 'Woda');
    const b = speaker(text, 'The order');
    expect([a?.name, a?.title]).toEqual(['Jan Kowalski', 'Sołtys']);
    expect([b?.name, b?.title]).toEqual(['Ravi Menon', 'Learned Counsel for the Petitioner']);
  });

  it('BAD: a header all in capitals (`SOT: KIM PARK, FIRE CHIEF`) is read as before: the name, the title as written', () => {
    const s = speaker('SOT: KIM PARK, FIRE CHIEF\n"We got there fast."\n', 'We got');
    expect([s?.name, s?.title]).toEqual(['Kim Park', 'FIRE CHIEF']);
  });
});

describe("a deposition's wrapped (Whereupon …) at the very start of an excerpt", () => {
  it('GOOD: set in deeper than the Q and A lines, it is one direction, the Q and A lines turns', () => {
    const text =
      '                    (Whereupon, Exhibit 12 was\n' +
      '               marked for identification.)\n' +
      '               BY MR. HOLT:\n' +
      '          Q    What is it?\n' +
      '          A    My contract.\n' +
      '          Q    Who signed it?\n' +
      '          A    I did.\n';
    const rows = turns(text);
    expect(rows[0]).toEqual([
      'direction',
      null,
      'Whereupon, Exhibit 12 was marked for identification.',
    ]);
    expect(rows.filter((b) => b[0] === 'speech').map((b) => b[2])).toEqual([
      'What is it?',
      'My contract.',
      'Who signed it?',
      'I did.',
    ]);
  });

  it('BAD: a record whose paragraphs open with an indent, flush left after, keeps that reading', () => {
    const text =
      '  Mr. SMITH. Madam Speaker, I rise today in support of this bill, which\n' +
      'would fund the roads and the bridges in my district for ten years.\n' +
      '  Ms. JONES. Will the gentleman yield for a question on the schools\n' +
      'in his district and in mine?\n';
    const rows = turns(text);
    expect(rows.map((b) => b[0])).toEqual(['speech', 'speech']);
    expect(rows[0]?.[2]).toMatch(/roads and the bridges in my district for ten years\.$/);
  });
});
