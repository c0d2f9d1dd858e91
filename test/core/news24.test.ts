/**
 * Newsroom and broadcast scripts of other newsrooms' conventions, and interview and record
 * transcripts (round 24): earnings calls whose speaker lines repeat the list's `Name — Title`,
 * a podcast script's breaks, a tribunal's `Q.` / `A.` after counsel's put statement, …
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { readInput, storyRows } from '../helpers/documents.ts';

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

describe("an English tribunal's caption with `and` alone between the parties", () => {
  const caption = (court: string, and: string) =>
    `${court}\nCase No: 2401234/2025\n\nBETWEEN:\nMs A Ndlovu (Claimant)\n${and}\nHarbour Logistics Ltd (Respondent)\n\n` +
    'EMPLOYMENT JUDGE REID: Good morning. Ms Ndlovu, you are affirmed?\n\nMS NDLOVU: Yes.\n';

  it('GOOD: the Employment Tribunal, `and` alone: the caption is notes, the parties the title', () => {
    const d = formatTranscript(caption('IN THE EMPLOYMENT TRIBUNAL', 'and'));
    expect(d.title).toBe('Ms A Ndlovu v. Harbour Logistics Ltd');
    expect(storyRows(d).map((b) => b[0])).toEqual(['speech', 'speech']);
  });

  it('GOOD: a court with `- and -` reads as before', () => {
    const d = formatTranscript(caption('IN THE HIGH COURT OF JUSTICE', '- and -'));
    expect(d.title).toBe('Ms A Ndlovu v. Harbour Logistics Ltd');
  });

  it('BAD: `and` alone between two lines without a court over them is no caption', () => {
    const d = formatTranscript(caption('EMPLOYMENT NEWS', 'and'));
    expect(d.title).not.toBe('Ms A Ndlovu v. Harbour Logistics Ltd');
  });
});

describe("an Indian court's hearing: `HON'BLE` before the judge, the `CORAM:` line", () => {
  const hearing =
    'IN THE HIGH COURT OF DELHI AT NEW DELHI\n\n' +
    "CORAM: HON'BLE MR. JUSTICE A. K. MEHTA\n\n" +
    'MR. R. SINGH, LEARNED COUNSEL FOR THE PETITIONER: My Lord, the order was passed without notice.\n' +
    "HON'BLE MR. JUSTICE A. K. MEHTA: Was a reply filed?\n" +
    'MR. R. SINGH: No, My Lord.\n' +
    'HON’BLE MR. JUSTICE A. K. MEHTA: Then file it this week.\n';

  it("GOOD: `HON'BLE MR. JUSTICE …:` is the judge's tag (either apostrophe); `CORAM:` a note", () => {
    const d = formatTranscript(hearing);
    expect(storyRows(d)).toEqual([
      ['speech', 'Mr. R. Singh', 'My Lord, the order was passed without notice.'],
      ['speech', 'Mr. Justice A. K. Mehta', 'Was a reply filed?'],
      ['speech', 'Mr. R. Singh', 'No, My Lord.'],
      ['speech', 'Mr. Justice A. K. Mehta', 'Then file it this week.'],
    ]);
    expect(d.blocks.find((b) => b.text.startsWith('CORAM'))?.type).toBe('note');
  });

  it("BAD: `Hon'ble` before words that name no one stays the words", () => {
    const rows2 = rows(
      "MR. R. SINGH: Yes.\nHon'ble members will recall the order: it was clear.\n",
    );
    expect(new Set(rows2.map((b) => b[1]))).toEqual(new Set(['Mr. R. Singh']));
    expect(rows2.at(-1)?.[2]).toBe("Hon'ble members will recall the order: it was clear.");
  });
});

describe('a police interview record (PACE)', () => {
  const record =
    'RECORD OF TAPED INTERVIEW\n\n' +
    'Person interviewed: Daniel Hart\n' +
    'Date of interview: 14/03/2025\n' +
    'Officers present: DC 4471 Morgan, DS 2290 Patel\n' +
    'Also present: Ms R. Kaur (solicitor)\n\n' +
    'DC MORGAN: This interview is being recorded.\n' +
    'DS PATEL: Detective Sergeant Patel.\n' +
    'SOLICITOR: My client has given a prepared statement.\n' +
    'APPROPRIATE ADULT: He would like a break.\n';

  it('GOOD: the header fields are notes; `DC`/`DS` are ranks; the solicitor is a role', () => {
    const d = formatTranscript(record);
    expect(d.blocks.filter((b) => b.type === 'note').map((b) => b.text.split(':')[0])).toEqual([
      'Person interviewed',
      'Date of interview',
      'Officers present',
      'Also present',
    ]);
    const who = d.speakers.map((s) => [s.name, s.role, s.title]);
    expect(who).toEqual([
      ['Morgan', null, 'Detective Constable'],
      ['Patel', null, 'Detective Sergeant'],
      [null, 'solicitor', null],
      [null, 'appropriate adult', null],
    ]);
  });

  it('BAD: `Date of interview:` over a sentence, and `DC:` alone, stay what they were', () => {
    const d = formatTranscript(
      'Date of interview: the officers agreed it would be Monday.\n\nDC: Washington was cold.\n',
    );
    expect(d.blocks[0]?.type).not.toBe('note');
    expect(d.speakers.map((s) => s.title)).not.toContain('Detective Constable');
  });
});

describe("a US script's reader cues in brackets (`(JANE)`) without other cues", () => {
  it('GOOD: two readers so over their copy make a script: each cue a direction, the copy narration', () => {
    const text =
      '(JANE)\nGood evening. A water main break has closed part of Route 9 tonight.\n\n' +
      '(TOM)\nCrews expect the road to reopen by morning.\n\n' +
      '(JANE)\nIn sports, the Hawks won their third straight game.\n';
    expect(rows(text)).toEqual([
      ['direction', null, 'JANE'],
      ['narration', null, 'Good evening. A water main break has closed part of Route 9 tonight.'],
      ['direction', null, 'TOM'],
      ['narration', null, 'Crews expect the road to reopen by morning.'],
      ['direction', null, 'JANE'],
      ['narration', null, 'In sports, the Hawks won their third straight game.'],
    ]);
  });

  it("BAD: a transcript's sounds over the words (`(CROSSTALK)`, `(LAUGHTER)`) make no script", () => {
    const text =
      'TAPPER: One at a time.\n\n(CROSSTALK)\nWe need to stop here.\n\n' +
      '(LAUGHTER)\nOkay, fine.\n\nTAPPER: Governor?\n';
    const story = rows(text);
    expect(story[0]).toEqual(['speech', 'Tapper', 'One at a time.']);
    expect(story.filter((b) => b[0] === 'speech').at(-1)).toEqual([
      'speech',
      'Tapper',
      'Governor?',
    ]);
  });

  it('BAD: one reader named twice is no script of readers', () => {
    const text = '(JANE)\nGood evening.\n\n(JANE)\nGood night.\n';
    expect(rows(text).some((b) => b[0] === 'direction')).toBe(false);
  });
});

describe('sounds and reports named without a colon (German `ATMO`, a cart, Polish `MATERIAŁ`)', () => {
  it('GOOD: `ATMO Sirene, Regen` alone on its line is a direction, not a headline or words', () => {
    const text =
      'MOD:\nGuten Abend. Der Sturm hat Hamburg schwer getroffen.\n\n' +
      'ATMO Sirene, Regen\n\n' +
      'SPRECHERIN:\nIn der Nacht fielen Bäume auf Autos.\n\n' +
      'ATMO Sirene\n\n' +
      'SPRECHERIN:\nDie Aufräumarbeiten dauern an.\n';
    const story = rows(text);
    expect(story.filter((b) => b[0] === 'direction').map((b) => b[2])).toEqual([
      'ATMO Sirene, Regen',
      'ATMO Sirene',
    ]);
    expect(story.filter((b) => b[0] === 'speech')).toHaveLength(3);
  });

  it('BAD: `ATMO` before a sentence stays the words', () => {
    const story = rows('MOD:\nGuten Abend.\n\nATMO war das Wort des Jahres, sagt sie.\n');
    expect(story.at(-1)?.[0]).not.toBe('direction');
  });

  it("GOOD: a radio station's sound by its cart (`SIGNATURE OUT (CART 9002)`) is one direction", () => {
    const text =
      "0700 NEWS – READ BY SAM OKAFOR – DUR 2'30\n\nFLOODS\nHeavy rain has flooded roads overnight.\n\n" +
      'SIGNATURE OUT (CART 9002)\n';
    const story = rows(text);
    expect(story.at(-1)).toEqual(['direction', null, 'SIGNATURE OUT (CART 9002)']);
    expect(story.some((b) => b[0] === 'headline')).toBe(false);
  });

  it('BAD: a heading with another bracket at its end is no cart', () => {
    const story = rows('SIGNATURE OUT (PART 2)\n\nThe show ends here tonight.\n');
    expect(story[0]?.[2]).not.toBe('SIGNATURE OUT (PART 2)');
  });

  it("GOOD: Polish `MATERIAŁ` ends the host's turn: the report's copy is narration", () => {
    const text =
      'ZAPOWIEDŹ\nPROWADZĄCY:\nDobry wieczór. Woda zalała kilka wsi.\n\n' +
      'MATERIAŁ\nStrażacy pracowali przez całą noc.\n\n' +
      'SETKA – JAN KOWALSKI, SOŁTYS\n"Woda przyszła w godzinę."\n';
    const story = rows(text);
    expect(story.find((b) => String(b[2]).startsWith('Strażacy'))?.slice(0, 2)).toEqual([
      'narration',
      null,
    ]);
    expect(story.find((b) => b[2] === 'MATERIAŁ')?.[0]).toBe('direction');
  });
});

describe("an oral history's initials for a name with a middle name", () => {
  const history = (more: string) =>
    `Interviewee: Edna Mae Collins\nInterviewer: Paul Okafor\n${more}Date: June 3, 2024\n\n` +
    'EC: I was born in Macon in 1931.\nPO: And your father?\nEC: He worked for the railroad.\n';

  it('GOOD: `EC:` is Edna Mae Collins, the header names her (first and last initials)', () => {
    const d = formatTranscript(history(''));
    expect(d.speakers.map((s) => s.name)).toEqual(['Edna Mae Collins', 'Paul Okafor']);
  });

  it('BAD: two names those initials fit name nobody', () => {
    const d = formatTranscript(history('Transcribed by Ellen Cruz\n'));
    expect(d.speakers.map((s) => s.name)).toEqual(['EC', 'Paul Okafor']);
  });
});

describe("a radio or podcast script's music cues and segments in capitals", () => {
  it('GOOD: `COLD OPEN`, `MUSIC UP AND UNDER`, `THEME MUSIC IN, THEN UNDER`, `AD BREAK 1` are directions', () => {
    const text =
      'EPISODE 12: THE NIGHT SHIFT\n\nCOLD OPEN\n\n' +
      'ROSA (V.O.): You learn to sleep when the sun comes up.\n\n' +
      'THEME MUSIC IN, THEN UNDER\n\n' +
      'MAYA: From Harbor Radio, this is The Long Shift.\n\n' +
      'MUSIC UP AND UNDER\n\nMAYA: Here is Rosa.\n\nAD BREAK 1\n\nMAYA: Welcome back.\n\nMUSIC OUT\n';
    const story = rows(text);
    expect(story.filter((b) => b[0] === 'direction').map((b) => b[2])).toEqual([
      'COLD OPEN',
      'THEME MUSIC IN, THEN UNDER',
      'MUSIC UP AND UNDER',
      'AD BREAK 1',
      'MUSIC OUT',
    ]);
    expect(story.filter((b) => b[0] === 'headline').map((b) => b[2])).toEqual([
      'EPISODE 12: THE NIGHT SHIFT',
    ]);
  });

  it('BAD: a heading that opens with `MUSIC` but names no cue (`MUSIC TO MY EARS`) stays a heading', () => {
    const story = rows(
      'MUSIC TO MY EARS\n\nThe city orchestra returns to the hall on Friday night.\n',
    );
    expect(story[0]).toEqual(['headline', null, 'MUSIC TO MY EARS']);
  });
});

describe("a role with the person's first name in its brackets (`HOST (MAYA)`), then `MAYA:`", () => {
  it('GOOD: `MAYA:` is the host, so named; the name is no title', () => {
    const d = formatTranscript(
      'HOST (MAYA): Welcome back to the show.\n\nROSA: Thanks for having me.\n\n' +
        'MAYA: Tell me about nights.\n\nROSA: They are long.\n',
    );
    expect(d.speakers.map((s) => [s.name, s.role, s.title])).toEqual([
      ['Maya', 'host', null],
      ['Rosa', null, null],
    ]);
    expect(storyRows(d).map((b) => b[1])).toEqual(['Maya', 'Rosa', 'Maya', 'Rosa']);
  });

  it('GOOD: named in full by her introduction, the bracket word is still no title', () => {
    const d = formatTranscript(
      "HOST (MAYA): Welcome back. I'm Maya Chen.\n\nROSA: Thanks.\n\nMAYA: Tell me about nights.\n",
    );
    expect(d.speakers[0]).toMatchObject({ name: 'Maya Chen', role: 'host', title: null });
  });

  it('BAD: a place in the brackets no tag names later stays the title (`CORRESPONDENT (KYIV)`)', () => {
    const d = formatTranscript(
      'CORRESPONDENT (KYIV): The sirens went off at dawn.\n\nANCHOR: Thank you.\n',
    );
    expect(d.speakers[0]).toMatchObject({ name: null, role: 'correspondent', title: 'KYIV' });
  });
});

describe("a deposition's `Q.` / `A.` set apart by spaces as columns", () => {
  it('GOOD: `Q.   Do you…?` is the question (no one named `Q.`), `A.   Yes.` the answer', () => {
    const d = readInput(
      'Q.   Do you recognize it?\nA.   Yes.\nQ.   When was it signed?\nA.   In May.\n',
    );
    expect(d.speakers.map((s) => [s.id, s.name, s.role])).toEqual([
      ['q', null, 'reporter'],
      ['answer', null, 'answer'],
    ]);
    expect(storyRows(d).map((b) => b[2])).toEqual([
      'Do you recognize it?',
      'Yes.',
      'When was it signed?',
      'In May.',
    ]);
  });

  it('BAD: a lower-case `q.` label stays no question', () => {
    const d = readInput(
      'q.   Do you recognize it?\nA.   Yes.\nq.   When was it signed?\nA.   In May.\n',
    );
    expect(d.speakers.some((s) => s.role === 'reporter')).toBe(false);
  });
});

describe("a radio bulletin's lead story by its slug (`LEAD: FERRY STRIKE`)", () => {
  it('GOOD: the slug line is a direction, the copy under it narration, no speaker named Lead', () => {
    const d = formatTranscript(
      'LEAD: FERRY STRIKE\nFerry crews walk out at noon today over pay.\n\n' +
        'CLIP: UNION REP SAM HOLT (0:12)\nIN: "We\'ve been left..."\nOUT: "...no other choice."\n\n' +
        'Talks are due to resume on Thursday.\n',
    );
    expect(d.speakers).toEqual([]);
    expect(storyRows(d).slice(0, 2)).toEqual([
      ['direction', null, 'LEAD: FERRY STRIKE'],
      ['narration', null, 'Ferry crews walk out at noon today over pay.'],
    ]);
  });

  it('BAD: `LEAD:` before a sentence is no slug', () => {
    const d = formatTranscript('LEAD: Ferry crews walk out at noon.\n\nANCHOR: More soon.\n');
    expect(d.blocks[0]?.type).not.toBe('direction');
  });
});

describe("a team's press conference transcript: topics over the answers, the header's person", () => {
  it('GOOD: `Head Coach Dan Morrow`, `Opening statement:` and `On …:` over quoted answers', () => {
    const d = formatTranscript(
      'Head Coach Dan Morrow\nPress Conference – Wednesday, November 18, 2026\n\n' +
        'Opening statement:\n"Good afternoon. Cole Reyes will not practice today."\n\n' +
        'On the quarterback\'s health:\n"He\'s getting better every day."\n\n' +
        'On the run defense:\n"We have to tackle better."\n',
    );
    expect(d.speakers.map((s) => [s.name, s.title])).toEqual([['Dan Morrow', 'Head Coach']]);
    const story = storyRows(d).filter((b) => b[0] !== 'narration');
    expect(story.map((b) => b.slice(0, 2))).toEqual([
      ['headline', null],
      ['headline', null],
      ['speech', 'Dan Morrow'],
      ['headline', null],
      ['speech', 'Dan Morrow'],
      ['headline', null],
      ['speech', 'Dan Morrow'],
    ]);
    expect(story.filter((b) => b[0] === 'headline').map((b) => b[2])).toEqual([
      'Head Coach Dan Morrow',
      'Opening statement:',
      "On the quarterback's health:",
      'On the run defense:',
    ]);
  });

  it('GOOD: `(On the win)` topics, the name before `Postgame Press Conference`', () => {
    const d = formatTranscript(
      'Dan Morrow Postgame Press Conference\n\n(On the win)\nIt was a grind. We found a way.\n\n' +
        '(On the defense)\nThey played with a lot of heart.\n',
    );
    expect(
      storyRows(d)
        .filter((b) => b[0] === 'speech')
        .map((b) => b[1]),
    ).toEqual(['Dan Morrow', 'Dan Morrow']);
  });

  it('BAD: one `On …:` line in an article is its words, no topic', () => {
    const story = rows(
      'The council met on Monday.\n\nOn the budget:\nThe council agreed to cut spending.\n\nIt votes in March.\n',
    );
    expect(story.some((b) => b[0] === 'headline' || b[0] === 'speech')).toBe(false);
  });

  it("BAD: a header of a label's words names no one (`Postgame Press Conference`)", () => {
    const d = formatTranscript(
      'Postgame Press Conference\n\nOn the win:\n"It was a grind."\n\nOn the defense:\n"Heart."\n',
    );
    expect(d.speakers).toEqual([]);
  });
});

describe("a police interview record's `Q:` / `A:` under `Person interviewed:`", () => {
  const record = (header: string) =>
    `RECORD OF TAPED INTERVIEW\n\n${header}Place of interview: Leeds Central Police Station\n\n` +
    'Q: Can you state your full name?\nA: Daniel James Hart.\nQ: Where were you on the tenth?\nA: No comment.\n';

  it('GOOD: `A:` is the person interviewed, `Q:` the interviewing officer (no journalist)', () => {
    const d = formatTranscript(record('Person interviewed: Daniel Hart\n'));
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      [null, 'interviewer'],
      ['Daniel Hart', null],
    ]);
  });

  it('BAD: without the header, `Q:` / `A:` stay the question and the answer', () => {
    const d = formatTranscript(record(''));
    expect(d.speakers.map((s) => s.role)).toEqual(['reporter', 'answer']);
  });
});
