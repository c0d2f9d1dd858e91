/**
 * Caption and caption-like exports as newsrooms paste or upload them: broadcast `>>` voices,
 * copied "Show transcript" panels, LRC files, and the other shapes caption tools write.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat, formatFromFileName } from '../../src/ingest/index.ts';
import { lrcToLines } from '../../src/ingest/lrc.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

function fromInput(input: string): ScriptDocument {
  return prepare(input, optionsSchema().parse({}), detectInputFormat(input));
}

/** Each block as [type, speaker's name or role, text]. */
function blocks(doc: ScriptDocument): [string, string | null, string][] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s]));
  return doc.blocks.map((b) => {
    const s = b.speaker ? byId.get(b.speaker) : undefined;
    return [b.type, s ? (s.name ?? s.role) : null, b.text];
  });
}

/** Speaker ids of consecutive blocks, runs of one id collapsed: the turns as the eval counts them. */
function turns(doc: ScriptDocument): (string | null)[] {
  const out: (string | null)[] = [];
  for (const b of doc.blocks) if (out.at(-1) !== b.speaker) out.push(b.speaker);
  return out;
}

const ruleIds = (doc: ScriptDocument) => doc.messages.map((m) => m.ruleId);

describe('broadcast captions: each `>>` is a new voice', () => {
  it('two `>>` on one SRT line are two voices, two turns', () => {
    const doc = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> I THINK SO. >> NOT ME.\n\n2\n00:00:03,500 --> 00:00:06,000\n>> WHAT ABOUT YOU?\n',
    );
    expect(blocks(doc)).toEqual([
      ['speech', 'unidentified #1', 'I THINK SO.'],
      ['speech', 'unidentified #2', 'NOT ME.'],
      ['speech', 'unidentified #3', 'WHAT ABOUT YOU?'],
    ]);
    expect(turns(doc)).toHaveLength(3);
    expect(ruleIds(doc)).toContain('caption-voices');
    // The `>>` is a speaker mark, not a word of the first voice.
    expect(ruleIds(doc)).not.toContain('timed-words-removed');
    expect(doc.blocks[1]?.startMs).toBeGreaterThan(doc.blocks[0]?.startMs ?? 0);
  });

  it('`>>` at line starts of roll-up captions pasted as text, and inside a line', () => {
    const doc = fromInput(
      ">> GOOD EVENING. TONIGHT THE CITY\nCOUNCIL VOTES ON THE STADIUM\nDEAL.\n>> THE VOTE WAS CLOSE. MANY\nRESIDENTS CAME TO SPEAK.\n>> I THINK IT'S A WASTE OF\nMONEY. >> WE NEED THE JOBS.\n",
    );
    expect(blocks(doc).map(([, s, t]) => [s, t.slice(0, 14)])).toEqual([
      ['unidentified #1', 'GOOD EVENING. '],
      ['unidentified #2', 'THE VOTE WAS C'],
      ['unidentified #3', 'I THINK IT’S A'],
      ['unidentified #4', 'WE NEED THE JO'],
    ]);
    expect(new Set(doc.blocks.map((b) => b.speaker)).size).toBe(4);
  });

  it('mid-video `>> … >> …` pasted as one paragraph of text', () => {
    const doc = fromInput('>> I think so. >> Not me.\n\n>> What about you? >> I am not sure.\n');
    expect(turns(doc)).toHaveLength(4);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'I think so.',
      'Not me.',
      'What about you?',
      'I am not sure.',
    ]);
  });

  it('`>>>` (a new story in the caption key) opens a new voice too, in captions and text', () => {
    const srt = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> THE VOTE IS SET FOR TUESDAY.\n\n2\n00:00:03,200 --> 00:00:05,000\n>>> IN OTHER NEWS, A FIRE\n\n3\n00:00:05,000 --> 00:00:07,000\nDESTROYED A WAREHOUSE.\n',
    );
    expect(srt.blocks.map((b) => b.text)).toEqual([
      'THE VOTE IS SET FOR TUESDAY.',
      'IN OTHER NEWS, A FIRE DESTROYED A WAREHOUSE.',
    ]);
    expect(turns(srt)).toHaveLength(2);
    const text = fromInput(
      '>>> GOOD EVENING. THE STRIKE GOES ON. >> WE ARE NOT GOING BACK.\n>>> IN SPORTS, THE TIGERS WON.\n',
    );
    expect(text.blocks.map((b) => b.text)).toEqual([
      'GOOD EVENING. THE STRIKE GOES ON.',
      'WE ARE NOT GOING BACK.',
      'IN SPORTS, THE TIGERS WON.',
    ]);
    expect(turns(text)).toHaveLength(3);
  });

  it('`>>` written against the words (`>>NOT ME.`), in a cue line and in text', () => {
    const srt = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>>I THINK SO. >>NOT ME.\n\n2\n00:00:03,500 --> 00:00:06,000\n>>WHAT ABOUT YOU?\n',
    );
    expect(blocks(srt).map(([, s, t]) => [s, t])).toEqual([
      ['unidentified #1', 'I THINK SO.'],
      ['unidentified #2', 'NOT ME.'],
      ['unidentified #3', 'WHAT ABOUT YOU?'],
    ]);
    const text = fromInput('>> I THINK SO. >>NOT ME.\n>> WHAT ABOUT YOU?\n');
    expect(text.blocks.map((b) => b.text)).toEqual(['I THINK SO.', 'NOT ME.', 'WHAT ABOUT YOU?']);
    // Not a letter after it: no voice.
    const shift = fromInput('>> THE CODE READS X >>2 AND Y.\n>> OK.\n');
    expect(shift.blocks.map((b) => b.text)).toEqual(['THE CODE READS X >>2 AND Y.', 'OK.']);
  });

  it('the `>>` voice after a hand-over is the colleague it names, for that turn only', () => {
    const doc = fromInput(
      ">> Good evening, I'm Maria Santos. Our Dan Porter is there. Dan?\n>> Maria, crews have been here all night.\n>> We lost everything.\n>> Nobody warned us.\n",
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual([
      'Maria Santos',
      'Dan Porter',
      'unidentified #1',
      'unidentified #2',
    ]);
    const caps = fromInput(
      ">> GOOD EVENING. LET'S GO TO DAN PORTER AT CITY HALL. DAN?\n>> THANKS. THE VOTE IS IN.\n>> WE WANT BUSES.\n",
    );
    expect(blocks(caps).map(([, s]) => s)).toEqual([
      'unidentified #1',
      'Dan Porter',
      'unidentified #2',
    ]);
  });

  it('BAD: no hand-over, no name: a place, a lower-case phrase, capitals not asking the name', () => {
    const names = (text: string) =>
      fromInput(text).speakers.flatMap((s) => (s.name ? [s.name] : []));
    expect(names('>> We prayed at Our Lady Of Lourdes.\n>> It was packed.\n')).toEqual([]);
    expect(names(">> Let's go to the video now.\n>> It shows the fire.\n")).toEqual([]);
    expect(names('>> We go live to City Hall, where the vote is on.\n>> Order.\n')).toEqual([]);
    expect(names(">> LET'S GO TO DAN PORTER AT CITY HALL.\n>> THE VOTE IS IN.\n")).toEqual([]);
  });

  it('BAD: one unnamed `>>` voice between named ones stays `unidentified`, no number', () => {
    const doc = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> ANCHOR: GOOD EVENING.\n\n2\n00:00:03,500 --> 00:00:06,000\n>> WE WANT BUSES.\n\n3\n00:00:06,500 --> 00:00:09,000\n>> ANCHOR: THANK YOU.\n',
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['anchor', 'unidentified', 'anchor']);
    expect(ruleIds(doc)).not.toContain('caption-voices');
  });

  it('BAD: `>>` inside a line of text that has no caption `>>` lines is text', () => {
    const doc = fromInput(
      'The ratio is A >> B in this model.\n\nShift it with x >> 2 in code, or x >>y.\n',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The ratio is A >> B in this model.',
      'Shift it with x >> 2 in code, or x >>y.',
    ]);
    expect(doc.speakers).toEqual([]);
  });

  it('BAD: a `>>` speaker who names themself is that person, the others stay apart', () => {
    const doc = fromInput(
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n>> Hello, I'm Ana Ruiz. The polls\n\n00:00:02.500 --> 00:00:04.000\nclose at eight tonight.\n\n00:00:04.200 --> 00:00:06.400\n>> I'm not sure I'll vote.\n\n00:00:06.600 --> 00:00:08.800\n>> I'm voting for the levy.\n",
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual([
      'Ana Ruiz',
      'unidentified #1',
      'unidentified #2',
    ]);
  });
});

const panelStamps = (doc: ScriptDocument) =>
  doc.messages.filter((m) => m.ruleId === 'panel-timestamps').map((m) => m.actual);

describe('a "Show transcript" caption panel copied with a blank line after each caption', () => {
  it('reads the captions as one text, the times left out and reported', () => {
    const doc = fromInput(
      '0:00\nGood evening and welcome to the program.\n\n0:04\nTonight we look at the new tram line\n\n0:07\nthat opened on Monday in the city centre.\n\n0:11\nFirst, our reporter Ana Ruiz.\n\n0:14\n>> Thanks. The trams were full by eight.\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.line, b.text])).toEqual([
      [
        'narration',
        2,
        'Good evening and welcome to the program. Tonight we look at the new tram line that opened on Monday in the city centre. First, our reporter Ana Ruiz.',
      ],
      ['speech', 14, 'Thanks. The trams were full by eight.'],
    ]);
    expect(panelStamps(doc)).toEqual(['0:00 0:04 0:07 0:11 0:14']);
    expect(doc.blocks.some((b) => /\d:\d\d/.test(b.text))).toBe(false);
  });

  it('copied from mid-video (first time 12:41) in sentence case, spaced or not', () => {
    const captions = [
      ['12:41', 'So the council has now confirmed'],
      ['12:44', 'that the bridge will stay closed'],
      ['12:47', 'until at least the end of March.'],
      ['12:51', 'Residents say they were not consulted.'],
      ['12:53', 'We asked the mayor why.'],
    ];
    const text =
      'So the council has now confirmed that the bridge will stay closed until at least the end of March. Residents say they were not consulted. We asked the mayor why.';
    for (const sep of ['\n\n', '\n']) {
      const doc = fromInput(`${captions.map((c) => c.join('\n')).join(sep)}\n`);
      expect(doc.blocks.map((b) => b.text)).toEqual([text]);
      expect(panelStamps(doc)).toEqual(['12:41 12:44 12:47 12:51 12:53']);
    }
  });

  it('one caption after its time on each line, a blank line between, chapter titles kept', () => {
    const doc = fromInput(
      'Budget debate\n\n14:02 the chair opened the item on the\n\n14:05 budget and asked for questions from\n\n14:09 members before the vote was taken\n\n14:12 >> thank you chair I have two\n\n14:16 questions about the road fund\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['headline', 'Budget debate'],
      [
        'narration',
        'the chair opened the item on the budget and asked for questions from members before the vote was taken',
      ],
      ['speech', 'thank you chair I have two questions about the road fund'],
    ]);
    expect(panelStamps(doc)).toEqual(['14:02 14:05 14:09 14:12 14:16']);
  });

  it('a chapter title alone between the captions is a heading; a line after the panel is not', () => {
    const doc = fromInput(
      '0:00\nthe bridge will stay closed\n\n0:03\nuntil the end of march\n\nFerry service\n\n0:07\nthe ferry will run every\n\n0:10\ntwenty minutes from monday\n\nSubscribe for more\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['narration', 'the bridge will stay closed until the end of march'],
      ['headline', 'Ferry service'],
      ['narration', 'the ferry will run every twenty minutes from monday'],
      [expect.not.stringMatching(/^narration$/), 'Subscribe for more'],
    ]);
    expect(panelStamps(doc)).toEqual(['0:00 0:03 0:07 0:10']);
  });

  it('copied with a blank line after every line (the time, then the caption)', () => {
    const doc = fromInput(
      '0:00\n\nGood evening and welcome to the program.\n\n0:04\n\nTonight we look at the new tram line\n\n0:07\n\nthat opened on Monday.\n\n0:11\n\nFirst, our reporter Ana Ruiz.\n',
    );
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [
        3,
        'Good evening and welcome to the program. Tonight we look at the new tram line that opened on Monday. First, our reporter Ana Ruiz.',
      ],
    ]);
    expect(panelStamps(doc)).toEqual(['0:00 0:04 0:07 0:11']);
    const agenda = fromInput(
      '10:30\n\nCouncil opens\n\n11:00\n\nBudget vote\n\n11:30\n\nPublic comment\n\n12:00\n\nAdjourn\n',
    );
    expect(panelStamps(agenda)).toEqual([]);
    expect(agenda.blocks.map((b) => b.text).join(' ')).toContain('11:30');
  });

  it('BAD: an agenda and a timetable under their times stay as they are', () => {
    const agenda = fromInput(
      '10:30\nCouncil opens\n\n11:00\nBudget vote\n\n11:30\nPublic comment\n\n12:00\nAdjourn\n',
    );
    expect(panelStamps(agenda)).toEqual([]);
    expect(agenda.blocks.map((b) => b.text).join(' ')).toContain('11:30');
    // Times not on round minutes, a few minutes apart, but short names, not captions.
    const timetable = fromInput(
      '12:41\nHigh Street\n\n12:44\nStation Road\n\n12:48\nMarket Square\n\n12:53\nBus Station\n',
    );
    expect(panelStamps(timetable)).toEqual([]);
    expect(timetable.blocks.map((b) => b.text).join(' ')).toContain('12:41');
  });

  it('BAD: a timed transcript’s paragraphs under their times keep their paragraphs', () => {
    const para = (s: string) => `${s} `.repeat(6).trim();
    const doc = fromInput(
      `0:01\n${para('We opened the session with the budget.')}\n\n0:09\n${para('Then the members asked about roads.')}\n\n0:17\n${para('The vote was taken at noon.')}\n\n0:25\n${para('It passed by five to four.')}\n`,
    );
    expect(doc.blocks.filter((b) => b.type === 'narration' || b.type === 'speech').length).toBe(4);
  });
});

describe('LRC files (timed lyrics, a transcript as LRC)', () => {
  const LRC =
    '[ar:City Council]\n[ti:Budget Hearing Highlights]\n[al:Council Audio]\n[by:Newsdesk]\n[offset:+250]\n[length:03:12]\n\n[00:01.20]Good evening, the council met tonight\n[00:04.85]to debate the 2026 budget.\n[00:08.10]The vote was five to four.\n[00:12.40]\n[00:13.00]Residents filled the chamber.\n';

  it('header tags are metadata (the title from [ti:]), line times timed input', () => {
    expect(detectInputFormat(LRC)).toBe('lrc');
    const doc = fromInput(LRC);
    expect(doc.title).toBe('Budget Hearing Highlights');
    expect(doc.blocks.map((b) => [b.type, b.line, b.text])).toEqual([
      [
        'narration',
        8,
        'Good evening, the council met tonight to debate the 2026 budget. The vote was five to four. Residents filled the chamber.',
      ],
    ]);
    const meta = doc.messages.find((m) => m.ruleId === 'lrc-metadata');
    expect(meta?.line).toBe(1);
    expect(meta?.actual).toContain('[ar:City Council]');
    // `[offset:+250]`: every time 250 ms earlier.
    expect(doc.messages.find((m) => m.ruleId === 'lrc-offset')?.line).toBe(5);
    const words = doc.blocks[0]?.timedWords ?? [];
    expect(words[0]).toMatchObject({ text: 'Good', startMs: 950 });
    expect(words.find((w) => w.text === 'Residents')?.startMs).toBe(12_750);
    // The time alone at 00:12.40 ends the line before it.
    expect(words.find((w) => w.text === 'four.')?.endMs).toBe(12_150);
  });

  it("enhanced LRC's word times time the words; a line of several times is said at each", () => {
    const doc = fromInput(
      '[ti:Interview]\n[00:00.00]<00:00.00>Thanks <00:00.40>for <00:00.60>joining <00:01.00>us.\n[00:02.00][00:09.00]It is a pleasure.\n[00:05.00]Let us start with the budget.\n',
    );
    expect(doc.title).toBe('Interview');
    const words = doc.blocks.flatMap((b) => b.timedWords ?? []);
    expect(words.slice(0, 4).map((w) => [w.text, w.startMs])).toEqual([
      ['Thanks', 0],
      ['for', 400],
      ['joining', 600],
      ['us.', 1000],
    ]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'Thanks for joining us. It is a pleasure. Let us start with the budget. It is a pleasure.',
    );
    expect(doc.messages.map((m) => m.ruleId)).toContain('lrc-repeated-lines');
    expect(doc.blocks.some((b) => /<|\[\d/.test(b.text))).toBe(false);
  });

  it('speakers in LRC lines, minutes past the hour, and the .lrc file name', () => {
    const doc = fromInput(
      '[ti:Late sitting]\n[61:02.50]SPEAKER: Order, order.\n[61:05.00]The House will now divide.\n[75:10.00]CLERK: The ayes to the right, 301.\n',
    );
    expect(blocks(doc).map(([, s, t]) => [s, t])).toEqual([
      ['speaker', 'Order, order. The House will now divide.'],
      ['clerk', 'The ayes to the right, 301.'],
    ]);
    expect(doc.blocks[1]?.startMs).toBe(75 * 60_000 + 10_000);
    expect(formatFromFileName('late-sitting.LRC')).toBe('lrc');
  });

  it('BAD: transcripts with bracketed times and JSON lists are not LRC', () => {
    expect(detectInputFormat('[00:00:01] Jane: Hello.\n[00:00:04] Tom: Hi.\n')).not.toBe('lrc');
    expect(detectInputFormat('[00:01] Jane: Hello.\n[00:04] Tom: Hi.\n')).not.toBe('lrc');
    expect(detectInputFormat('[{"start": 0.5, "end": 1.2, "text": "Hello"}]')).not.toBe('lrc');
    expect(detectInputFormat('[Script Info]\nTitle: x\n\n[Events]\n')).toBe('ass');
    expect(detectInputFormat('[MUSIC]\n[00:01.20] not a header first\n')).not.toBe('lrc');
  });
});

describe('broadcast captions: a label inside a cue of `>>` captions', () => {
  const cue = (n: number, text: string) => `${n}\n00:00:0${n},000 --> 00:00:0${n},900\n${text}\n`;

  it('is the caption’s words when no `>>` names it (`OUR TOP STORY:`)', () => {
    const doc = fromInput(
      [
        cue(1, ">> GOOD EVENING. I'M LAURA CHEN.\nOUR TOP STORY: THE TRANSIT STRIKE"),
        cue(2, 'ENTERS ITS THIRD DAY.'),
        cue(3, '>> IT HAS BEEN A NIGHTMARE.'),
        cue(4, '>> LAURA: THANK YOU.'),
      ].join('\n'),
    );
    expect(blocks(doc).map(([, s, t]) => [s, t.slice(0, 40)])).toEqual([
      ['Laura Chen', 'GOOD EVENING. I’M LAURA CHEN. OUR TOP ST'],
      ['unidentified', 'IT HAS BEEN A NIGHTMARE.'],
      ['Laura Chen', 'THANK YOU.'],
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'caption-label-text')?.line).toBe(4);
  });

  it('opening a cue too, when it opens with a possessive (`OUR TOP STORY:`)', () => {
    const doc = fromInput(
      [
        cue(1, ">> GOOD EVENING. I'M LAURA CHEN."),
        cue(2, 'OUR TOP STORY: THE TRANSIT STRIKE.'),
        cue(3, '>> IT HAS BEEN A NIGHTMARE.'),
        cue(4, '>> LAURA: THANK YOU.'),
      ].join('\n'),
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['Laura Chen', 'unidentified', 'Laura Chen']);
  });

  it('BAD: a name a `>>` gives, and a label opening a cue, still change the speaker', () => {
    const doc = fromInput(
      [
        cue(1, '>> MAYOR: WE WILL VOTE TONIGHT.\nREPORTER: WHEN EXACTLY?'),
        cue(2, '>> REPORTER: AND THE BUDGET?'),
        cue(3, 'ANNOUNCER: THIS IS CITY HALL LIVE.'),
      ].join('\n'),
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['mayor', 'reporter', 'announcer']);
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-label-text');
  });

  it('in `>>` captions pasted as text too: a label going on from the line before is words', () => {
    const doc = fromInput(
      ">> GOOD EVENING. I'M LAURA CHEN.\nOUR TOP STORY: THE TRANSIT STRIKE\nENTERS ITS THIRD DAY.\n>> IT HAS BEEN A NIGHTMARE.\n>> LAURA: THANK YOU.\n",
    );
    expect(blocks(doc).map(([, s, t]) => [s, t])).toEqual([
      ['Laura Chen', 'GOOD EVENING. I’M LAURA CHEN.'],
      ['Laura Chen', 'OUR TOP STORY: THE TRANSIT STRIKE ENTERS ITS THIRD DAY.'],
      ['unidentified', 'IT HAS BEEN A NIGHTMARE.'],
      ['Laura Chen', 'THANK YOU.'],
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'caption-label-text')?.line).toBe(2);
  });

  it('BAD: in text, a label a `>>` gives, or after a blank line, stays a speaker', () => {
    const doc = fromInput(
      '>> MAYOR: WE WILL VOTE TONIGHT.\nMAYOR: AND WE WILL WIN.\n>> WHEN?\n\nANNOUNCER: THIS IS CITY HALL LIVE.\n',
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['mayor', 'mayor', 'unidentified', 'announcer']);
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-label-text');
    // Without `>>` lines, consecutive labels are speakers as ever.
    const plain = fromInput('JANE: Hello.\nTOM: Hi.\n');
    expect(blocks(plain).map(([, s]) => s)).toEqual(['Jane', 'Tom']);
  });

  it('BAD: without `>>` in the file, a label on a cue’s second line is a speaker (Zoom)', () => {
    const doc = fromInput(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nJane Doe: Can everyone hear me?\nTom Reed: Yes, loud and clear.\n',
    );
    expect(blocks(doc).map(([, s]) => s)).toEqual(['Jane Doe', 'Tom Reed']);
  });
});

describe('a video editor’s captions exported as text (timecode range over each caption)', () => {
  const CAPTIONS =
    '00:00:00:00 - 00:00:02:15\nGood evening, the council voted tonight\n\n00:00:02:15 - 00:00:05:10\nto close the Harbour Bridge until March.\n\n00:00:05:10 - 00:00:08:00\nResidents say they were not consulted.\n\n00:00:10:05 - 00:00:12:00\nThe ferry will run every twenty minutes.\n';

  it('is read as timed captions: ranges out of the text, frames at the frame rate', () => {
    expect(detectInputFormat(CAPTIONS)).toBe('sbv');
    const doc = fromInput(CAPTIONS);
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [
        2,
        'Good evening, the council voted tonight to close the Harbour Bridge until March. Residents say they were not consulted.',
      ],
      [11, 'The ferry will run every twenty minutes.'],
    ]);
    expect(doc.blocks[0]?.startMs).toBe(0);
    // 00:00:10:05 at 25 fps.
    expect(doc.blocks[1]?.startMs).toBe(10_200);
    expect(doc.messages.map((m) => m.ruleId)).toContain('caption-frames');
  });

  it('BAD: a transcript export, a speaker’s label under each range, stays the core’s', () => {
    const transcript =
      '00:00:00:00 - 00:00:07:12\nSpeaker 1\nGood evening. The harbour authority approved a terminal.\n\n00:00:07:12 - 00:00:15:03\nSpeaker 2\nEvery morning the queue goes back past the market.\n';
    expect(detectInputFormat(transcript)).toBe('text');
    const named =
      '00:00:00:00 - 00:00:07:12\nDana Kovacs\nGood evening.\n\n00:00:07:12 - 00:00:15:03\nTom Reed\nThanks, Dana.\n\n00:00:15:03 - 00:00:19:00\nDana Kovacs\nLet us begin.\n';
    expect(detectInputFormat(named)).toBe('text');
    expect(blocks(fromInput(named)).map(([, s]) => s)).toEqual([
      'Dana Kovacs',
      'Tom Reed',
      'Dana Kovacs',
    ]);
  });
});

describe('WebVTT header lines, NOTE, STYLE and REGION blocks', () => {
  it('are dropped with a message each, their text in `actual`; cue settings and ids go', () => {
    const doc = fromInput(
      'WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\nKind: captions\n\nSTYLE\n::cue { color: yellow; }\n\nNOTE Exported from the caption encoder\non 2026-03-02.\n\nREGION\nid:fred\n\nintro\n00:00:01.000 --> 00:00:04.000 line:0 position:50% align:middle\n<v Maria Lopez>The fire started after ten.</v>\n\n00:00:04.200 --> 00:00:07.000 align:start\n<v Tom Reed><c.yellow>How many crews are out?</c>\n',
    );
    expect(blocks(doc)).toEqual([
      ['speech', 'Maria Lopez', 'The fire started after ten.'],
      ['speech', 'Tom Reed', 'How many crews are out?'],
    ]);
    const byRule = (id: string) => doc.messages.find((m) => m.ruleId === id);
    expect(byRule('caption-metadata')).toMatchObject({
      line: 2,
      actual: 'X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\nKind: captions',
    });
    expect(byRule('caption-comment')).toMatchObject({
      line: 8,
      actual: 'Exported from the caption encoder\non 2026-03-02.',
    });
    expect(byRule('caption-styling')?.actual).toBe(
      'STYLE\n::cue { color: yellow; }\nREGION\nid:fred',
    );
  });

  it('BAD: a plain WEBVTT header reports nothing', () => {
    const doc = fromInput('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n');
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-metadata');
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-comment');
  });
});

describe('SubViewer 2 (.sub): SBV timing lines under an [INFORMATION] header', () => {
  it('the header is metadata (its [TITLE] the title), [br] breaks a line, cues are timed', () => {
    const sub =
      '[INFORMATION]\n[TITLE]Council Budget Vote\n[AUTHOR]Newsdesk\n[SOURCE]\n[PRG]\n[FILEPATH]\n[DELAY]0\n[CD TRACK]0\n[COMMENT]\n[END INFORMATION]\n[SUBTITLE]\n[COLF]&HFFFFFF,[STYLE]bd,[SIZE]18,[FONT]Arial\n00:00:01.00,00:00:03.50\nGood evening,[br]the council met tonight.\n\n00:00:03.50,00:00:06.00\nThe vote was five to four.\n';
    expect(detectInputFormat(sub)).toBe('sbv');
    const doc = fromInput(sub);
    expect(doc.title).toBe('Council Budget Vote');
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [14, 'Good evening, the council met tonight. The vote was five to four.'],
    ]);
    expect(doc.blocks[0]?.startMs).toBe(1000);
    const meta = doc.messages.find((m) => m.ruleId === 'caption-metadata');
    expect(meta?.line).toBe(1);
    expect(meta?.actual).toContain('[AUTHOR]Newsdesk');
  });

  it('BAD: a YouTube SBV file has no header to drop', () => {
    const doc = fromInput(
      '0:00:01.000,0:00:02.000\n[Music]\n\n0:00:02.500,0:00:04.000\nHello there.\n',
    );
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-metadata');
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['direction', 'Music'],
      ['narration', 'Hello there.'],
    ]);
  });
});

describe('caption exports as CSV (start, end and text columns)', () => {
  it('Subtitle Edit’s CSV: times in milliseconds by the header’s words, other columns reported', () => {
    const csv =
      'Number,Start time in milliseconds,End time in milliseconds,Duration in milliseconds,Text\n1,1000,3500,2500,"Good evening, the council voted tonight"\n2,3500,6000,2500,"to close the Harbour Bridge until March."\n3,6200,9000,2800,">> We found out from a sign."\n';
    expect(detectInputFormat(csv)).toBe('csv');
    const doc = fromInput(csv);
    expect(doc.blocks.map((b) => [b.type, b.startMs, b.endMs, b.text])).toEqual([
      [
        'narration',
        1000,
        6000,
        'Good evening, the council voted tonight to close the Harbour Bridge until March.',
      ],
      ['speech', 6200, 9000, 'We found out from a sign.'],
    ]);
    const columns = doc.messages.find((m) => m.ruleId === 'table-columns');
    expect(columns?.reason).toContain('Number, Duration in milliseconds');
    expect(columns?.actual?.split('\n')).toEqual(['1', '2500', '2', '2500', '3', '2800']);
  });

  it('BAD: a table of only known columns reports none left out; seconds stay seconds', () => {
    const doc = fromInput(
      'Start time in seconds,End,Text\n1.5,3.0,Good evening.\n3.0,4.5,The vote was close.\n',
    );
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('table-columns');
    expect(doc.blocks[0]?.startMs).toBe(1500);
  });
});

describe('Spruce STL (DVD Studio Pro, Final Cut caption text)', () => {
  it('caption lines are timed cues; settings, comments and style toggles are reported', () => {
    const stl =
      '//Font select and font size\n$FontName       = Arial\n$FontSize       = 30\n\n00:00:01:00 , 00:00:03:12 , Good evening, the council voted tonight\n00:00:03:12 , 00:00:06:00 , to close the Harbour Bridge|until the end of March.\n00:00:06:05 , 00:00:09:00 , ^IResidents say^I they were not consulted.\n';
    expect(detectInputFormat(stl)).toBe('sbv');
    const doc = fromInput(stl);
    expect(doc.blocks.map((b) => [b.line, b.startMs, b.text])).toEqual([
      [
        5,
        1000,
        'Good evening, the council voted tonight to close the Harbour Bridge until the end of March. Residents say they were not consulted.',
      ],
    ]);
    const rules = doc.messages.map((m) => m.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining(['caption-frames', 'caption-comment', 'caption-styling']),
    );
    expect(doc.messages.find((m) => m.ruleId === 'caption-styling')?.actual).toContain('$FontName');
  });

  it('BAD: prose with dollar amounts and a comment-like line stays text', () => {
    const text =
      '//Notes from the desk\n$5 million was approved tonight.\n\nThe vote was 00:00 close.\n';
    expect(detectInputFormat(text)).toBe('text');
  });
});

describe('linear in the input', () => {
  it('LRC lines all at one time, and a spaced panel of `>>` captions', () => {
    const sameTime = (n: number) => `[ti:x]\n${'[00:01.00]word again\n'.repeat(n)}`;
    expect(doublingRatio(sameTime, (t) => lrcToLines(t), 4000)).toBeLessThan(LINEAR_BOUND);
    const panel = (n: number) => {
      let out = '';
      for (let i = 0; i < n; i++) {
        const s = i % 3600;
        out += `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}\n>> caption words here ${i} >> and more\n\n`;
      }
      return out;
    };
    expect(doublingRatio(panel, fromInput, 400)).toBeLessThan(LINEAR_BOUND);
    const talk = (n: number) => {
      let out = '';
      for (let i = 0; i < n; i++)
        out += `${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}\n${'A sentence of the talk goes on here. '.repeat(4)}\n\n`;
      return out;
    };
    expect(doublingRatio(talk, fromInput, 200)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('roll-up captions: a `>>` ending a line', () => {
  it('opens the voice whose words are on the next line, in captions and in text', () => {
    const srt = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> GOOD EVENING. WE ASKED\nRESIDENTS WHAT THEY THINK. >>\n\n2\n00:00:03,200 --> 00:00:05,000\nI THINK IT IS A WASTE. >> I\nDISAGREE. WE NEED IT.\n',
    );
    expect(blocks(srt).map(([, s, t]) => [s, t])).toEqual([
      ['unidentified #1', 'GOOD EVENING. WE ASKED RESIDENTS WHAT THEY THINK.'],
      ['unidentified #2', 'I THINK IT IS A WASTE.'],
      ['unidentified #3', 'I DISAGREE. WE NEED IT.'],
    ]);
    const text = fromInput(
      '>> GOOD EVENING. WE ASKED\nRESIDENTS WHAT THEY THINK. >>\nI THINK IT IS A WASTE. >> I\nDISAGREE. WE NEED IT.\n',
    );
    expect(turns(text)).toHaveLength(3);
    expect(text.blocks.map((b) => b.text).slice(-2)).toEqual([
      'I THINK IT IS A WASTE.',
      'I DISAGREE. WE NEED IT.',
    ]);
  });

  it('BAD: a sound after the `>>` leaves the new voice to the words after it', () => {
    const srt = fromInput(
      '1\n00:00:01,000 --> 00:00:03,000\n>> WE ASKED RESIDENTS. >>\n[CROWD CHEERING]\nWE WANT BUSES.\n\n2\n00:00:03,200 --> 00:00:05,000\n>> THANK YOU.\n',
    );
    expect(blocks(srt).map(([type, s]) => [type, s])).toEqual([
      ['speech', 'unidentified #1'],
      ['direction', null],
      ['speech', 'unidentified #2'],
      ['speech', 'unidentified #3'],
    ]);
  });
});

describe('an interactive transcript copied as text (a time alone over each paragraph)', () => {
  const talk =
    '0:11\nI want to talk today about the harbour, and about what happens to a city when the water that made it starts to turn against it.\n\n0:45\nNobody on my street had flood insurance. Why would they? The maps said we were safe, and the maps were drawn in 1974.\n\n1:20\nSo we started measuring. Every high tide, every storm.\n';

  it('each paragraph’s time comes off its text as a time anchor', () => {
    const doc = fromInput(talk);
    expect(doc.blocks.map((b) => b.text.slice(0, 24))).toEqual([
      'I want to talk today abo',
      'Nobody on my street had ',
      'So we started measuring.',
    ]);
    expect(
      doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => [m.line, m.actual]),
    ).toEqual([
      [1, '0:11'],
      [4, '0:45'],
      [7, '1:20'],
    ]);
  });

  it('BAD: an agenda’s round times over long items stay in the text', () => {
    const agenda =
      '10:30\nThe council opens with the minutes of the last meeting, apologies for absence and the declarations of interest of members.\n\n11:00\nThe budget vote on the harbour bridge repairs, with the report of the works committee and the comments of the public.\n';
    const doc = fromInput(agenda);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('10:30');
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('time-anchor');
  });
});

describe('MicroDVD (.sub): captions on frame numbers', () => {
  it('each line a cue at the rate its first line gives; style codes reported; .sub is read', () => {
    const sub =
      '{1}{1}25\n{25}{87}Good evening, the council voted tonight|to close the Harbour Bridge.\n{90}{150}{y:i}Residents say they were not consulted.\n';
    expect(detectInputFormat(sub)).toBe('sbv');
    expect(formatFromFileName('bridge.sub')).toBe('sbv');
    const doc = fromInput(sub);
    expect(doc.blocks.map((b) => [b.line, b.startMs, b.endMs, b.text])).toEqual([
      [
        2,
        1000,
        6000,
        'Good evening, the council voted tonight to close the Harbour Bridge. Residents say they were not consulted.',
      ],
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'caption-frames')?.line).toBe(1);
    expect(doc.messages.map((m) => m.ruleId)).toContain('caption-styling');
    // Without the rate line, frames count at 25 a second (or fps=).
    const bare = prepare(
      '{30}{60}Hello there.\n{90}{120}Good night.\n',
      optionsSchema().parse({ fps: 30 }),
      'sbv',
    );
    expect(bare.blocks[0]?.startMs).toBe(1000);
  });

  it('BAD: text opening with braces is not MicroDVD', () => {
    expect(detectInputFormat('{note} The vote is tonight.\n{update} It passed.\n')).toBe('text');
  });
});
