/**
 * Meeting recorders' and transcription services' exports: Zoom's saved transcript with a name a
 * sound word closes (`[Marcus Bell] 10:02:24`), Fathom's recording link, Teams's recording name
 * and length over its transcript, a time in square brackets before a tag's colon (`SPEAKER 1
 * [00:00:09]:`), and voices' codes after a bare time (Scribie's `00:00 S1:`). Each rule with
 * counter-cases that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';
import { format, rows } from './convention-rows.ts';

const rules = (doc: ScriptDocument, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);

describe("Zoom's saved transcript: a surname that is a sound word", () => {
  it('GOOD: [Marcus Bell] 10:02:24 is a speaker, with his time', () => {
    const doc = format([
      '[Marcus Bell] 10:02:15',
      'Okay, we are recording. Thanks for joining us.',
      '',
      '[Dana Whitfield] 10:02:24',
      'Happy to be here. The county made the call on Friday.',
      '',
      '[Marcus Bell] 10:03:17',
      'What did the inspection find?',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Marcus Bell', 'Okay, we are'],
      ['speech', 'Dana Whitfield', 'Happy to be'],
      ['speech', 'Marcus Bell', 'What did the'],
    ]);
    expect(doc.blocks[0]?.timestampMs).toBe(((10 * 60 + 2) * 60 + 15) * 1000);
    expect(rules(doc, 'time-anchor')[0]?.line).toBe(1);
  });

  it('GOOD: [Menachem Begin]: text, a name in brackets and a colon', () => {
    const doc = format([
      '[Menachem Begin]: We came here to talk about peace.',
      '',
      '[Anwar Sadat]: And we will.',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual(['Menachem Begin', 'Anwar Sadat']);
  });

  it('COUNTER: sounds stay directions beside the headers ([Bell rings], [Music], [BELL RINGS])', () => {
    const doc = format([
      '[Dana Whitfield] 10:02:15',
      'Okay, we are recording.',
      '',
      '[Bell rings] 10:02:20',
      '',
      '[Music] 10:02:22',
      '',
      '[BELL RINGS] 10:02:23',
      '',
      '[Church bell] 10:02:24',
      '',
      '[Dana Whitfield] 10:02:30',
      'Sorry about that.',
    ]);
    const types = doc.blocks.map((b) => b.type);
    expect(types.filter((t) => t === 'direction')).toHaveLength(4);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Dana Whitfield']);
  });
});

describe("Meeting recorders' furniture and titles", () => {
  it("GOOD: Fathom's recording link is a note, the turns read", () => {
    const doc = format([
      'Bridge closure briefing - November 28',
      'VIEW RECORDING - 12 mins (No highlights): https://fathom.video/share/AbC123xyz',
      '',
      '---',
      '',
      '0:00 - Dana Whitfield (Tri-County Herald)',
      '  Okay, we are recording. Thanks for joining us.',
      '',
      '0:09 - Marcus Bell',
      '  Happy to be here.',
    ]);
    expect(rows(doc)).toEqual([
      ['headline', null, 'Bridge closure briefing'],
      ['note', null, 'VIEW RECORDING -'],
      ['speech', 'Dana Whitfield', 'Okay, we are'],
      ['speech', 'Marcus Bell', 'Happy to be'],
    ]);
    expect(doc.blocks[1]?.reason).toBe('share-links');
    expect(rules(doc, 'page-furniture').some((m) => m.line === 2)).toBe(true);
  });

  it('GOOD: `Recording: https://…` and `Meeting recording: https://…` are notes', () => {
    for (const line of [
      'Recording: https://example.zoom.us/rec/share/abc',
      'Meeting recording: https://example.com/r/1',
    ]) {
      const doc = format([line, '', 'Jane Doe: We start at nine.', '', 'Tom Roe: Fine.']);
      expect(doc.blocks[0]?.type, line).toBe('note');
    }
  });

  it('COUNTER: a sentence about a recording and its link is no note', () => {
    const doc = format([
      'The council met on Tuesday.',
      '',
      'Recording of the hearing is posted at https://example.gov/hearing',
      '',
      'Recording: the clerk said it would be posted at https://example.gov/hearing',
    ]);
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
    expect(rules(doc, 'page-furniture')).toEqual([]);
  });

  it("GOOD: Teams's recording name gives the meeting's title; its length is a note", () => {
    const doc = format([
      'Bridge closure briefing-20261128_150003-Meeting Recording',
      'November 28, 2026, 3:00PM',
      '1h 2m 4s',
      '',
      'Dana Whitfield   0:03',
      'Okay, we are recording. Thanks for joining us.',
      '',
      'Marcus Bell   0:09',
      'Happy to be here.',
    ]);
    expect(doc.title).toBe('Bridge closure briefing');
    expect(rows(doc).slice(1, 3)).toEqual([
      ['note', null, 'November 28, 2026,'],
      ['note', null, '1h 2m 4s'],
    ]);
    // The headline keeps the line as written: only the title is the meeting's name.
    expect(doc.blocks[0]?.text).toBe('Bridge closure briefing-20261128_150003-Meeting Recording');
  });

  it('COUNTER: a line with a length inside a sentence, and a hyphenated title, are kept', () => {
    const doc = format([
      'Budget talks-the final round',
      '',
      'The vote took 12m 4s to count.',
      '',
      'Jane Doe: We start at nine.',
    ]);
    expect(doc.title).toBe('Budget talks-the final round');
    expect(doc.blocks[1]?.type).toBe('narration');
  });
});

describe('A time in square brackets before the colon, and voices’ codes after a bare time', () => {
  it('GOOD: SPEAKER 1 [00:00:09]: text (labels) and Jane Doe [00:01:02]: text (names)', () => {
    const doc = format([
      'SPEAKER 1 [00:00:00]: Okay, we are recording.',
      '',
      'SPEAKER 2 [00:00:09]: Happy to be here.',
      '',
      'SPEAKER 1 [00:01:02]: What did it find?',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual(['SPEAKER 1', 'SPEAKER 2', 'SPEAKER 1']);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([0, 9000, 62000]);
    expect(doc.blocks[1]?.text).toBe('Happy to be here.');
    const named = format(['Dana Whitfield [00:00:00]: Okay.', '', 'Marcus Bell [00:00:09]: Sure.']);
    expect(rows(named).map((r) => r[1])).toEqual(['Dana Whitfield', 'Marcus Bell']);
  });

  it('COUNTER: a bracket that is no time stays in the tag or the text', () => {
    const doc = format([
      'Note [1]: the figures are provisional.',
      '',
      'They were published today.',
    ]);
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks[0]?.text).toContain('[1]');
  });

  it("GOOD: Scribie's `00:00 S1: text` reads the codes as voices, the times as anchors", () => {
    const doc = format([
      '00:00 S1: Okay, we are recording today.',
      '',
      '00:09 S2: Happy to be here. The county made the call.',
      '',
      '01:02 S1: What did it find?',
      '',
      '01:05 S2: Corrosion on two girders.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'S1', 'Okay, we are'],
      ['speech', 'S2', 'Happy to be'],
      ['speech', 'S1', 'What did it'],
      ['speech', 'S2', 'Corrosion on two'],
    ]);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([0, 9000, 62000, 65000]);
    expect(rules(doc, 'panel-timestamps')).toEqual([]);
  });

  it('COUNTER: a copied caption panel with times opening its lines is still one panel', () => {
    const doc = format([
      '0:00 hi everyone and welcome back',
      '0:03 to the channel today we are',
      '0:05 looking at the bridge closure',
      '0:08 and what it means for commuters',
    ]);
    expect(doc.blocks).toHaveLength(1);
    expect(rules(doc, 'panel-timestamps')).toHaveLength(1);
  });
});

describe("Podcast hosts' and newsletter platforms' lines around a transcript", () => {
  it("GOOD: Substack's appeals and Buzzsprout's advertisement are notes, not the last speaker's words", () => {
    const doc = format([
      'Dana Whitfield: Welcome back to County Lines.',
      '',
      'Marcus Bell: The county closed it on Friday.',
      '',
      'Thanks for reading County Lines! Subscribe for free to receive new posts and support my work.',
      '',
      'County Lines is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
      '',
      "Buzzsprout - Let's get your podcast launched!",
      'Start for FREE',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Dana Whitfield', 'Welcome back to'],
      ['speech', 'Marcus Bell', 'The county closed'],
      ['note', null, 'Thanks for reading'],
      ['note', null, 'County Lines is'],
      ['note', null, "Buzzsprout - Let's"],
      ['note', null, 'Start for FREE'],
    ]);
    expect(doc.blocks.slice(2).map((b) => b.reason)).toEqual([
      'subscription',
      'subscription',
      'advertisement',
      'advertisement',
    ]);
  });

  it('COUNTER: a speaker who thanks listeners for reading keeps the words', () => {
    const doc = format([
      'Dana Whitfield: Thanks for reading County Lines! Subscribe if you like it, and tell a friend.',
      '',
      'Marcus Bell: County Lines is a reader-supported publication, and we are proud of that.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });

  it('GOOD: a meeting transcript’s label under its name leaves the name the title (Webex)', () => {
    const doc = format([
      'Bridge closure briefing',
      'Meeting transcript',
      'Nov 28, 2026',
      '',
      'Dana Whitfield 00:00:02',
      'Welcome back.',
      '',
      'Marcus Bell 00:00:05',
      'Thanks.',
    ]);
    expect(doc.title).toBe('Bridge closure briefing');
    expect(rows(doc).slice(0, 3)).toEqual([
      ['headline', null, 'Bridge closure briefing'],
      ['note', null, 'Meeting transcript'],
      ['note', null, 'Nov 28, 2026'],
    ]);
  });
});

describe("A transcription export's name over its first timed turn", () => {
  it('GOOD: Trint and Descript exports: the name is the title', () => {
    for (const tag of ['[00:00:00] Dana Whitfield:', 'Dana Whitfield: [00:00:00]']) {
      const doc = format([
        'Bridge closure interview',
        '',
        `${tag} Okay, we are recording.`,
        '',
        '[00:00:09] Marcus Bell: Happy to be here.',
      ]);
      expect(doc.title, tag).toBe('Bridge closure interview');
      expect(doc.blocks[0]?.type).toBe('headline');
    }
  });

  it('COUNTER: a generic chapter label, a heading in capitals, a heading after another block', () => {
    const turns = ['', '[00:00:00] Dana Whitfield: Okay.', '', '[00:00:09] Marcus Bell: Fine.'];
    expect(format(['Introduction', ...turns]).title).toBeNull();
    expect(format(['Part 2', ...turns]).title).toBeNull();
    expect(format(['CHANCELLOR OF THE EXCHEQUER', ...turns]).title).toBeNull();
    const later = format([
      '[00:00:00] Dana Whitfield: Okay.',
      '',
      'The inspection report',
      '',
      '[00:01:09] Marcus Bell: Fine.',
    ]);
    expect(later.title).toBeNull();
  });
});

describe('Caption files: a bracketed speaker whose surname is a sound word', () => {
  const srt = (lines: string[][]) =>
    lines
      .map(
        (text, i) =>
          `${i + 1}\n00:00:0${2 * i},000 --> 00:00:0${2 * i + 1},500\n${text.join('\n')}`,
      )
      .join('\n\n');
  const read = (text: string) => prepare(text, optionsSchema().parse({}), 'srt');

  it('GOOD: `[Marcus Bell] Happy to be here.` is Marcus Bell speaking (Happy Scribe SRT)', () => {
    const doc = read(
      srt([['[Dana Whitfield] Okay, we are recording.'], ['[Marcus Bell] Happy to be here.']]),
    );
    expect(rows(doc)).toEqual([
      ['speech', 'Dana Whitfield', 'Okay, we are'],
      ['speech', 'Marcus Bell', 'Happy to be'],
    ]);
  });

  it('COUNTER: `[Bell rings]`, `[Church bell]`, `[BELL]` stay sounds', () => {
    const doc = read(
      srt([['[Bell rings]'], ['[Church bell] Class is over.'], ['[BELL] Go home.']]),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'Bell rings',
      'Church bell',
      'BELL',
    ]);
  });
});

describe('A time with hours alone between a meeting transcript’s paragraphs', () => {
  it("GOOD: Google Meet's `00:05:07` lines are the next turn's time, not words", () => {
    const doc = format([
      'Metro desk planning - 2025/03/12 09:58 GMT - Transcript',
      '00:00:00',
      '',
      'Ana Ruiz: Morning, everyone.',
      'Ben Cole: The council votes tonight.',
      '',
      '00:05:07',
      '',
      'Ben Cole: I will be in the chamber.',
    ]);
    expect(rows(doc)).toEqual([
      ['headline', null, 'Metro desk planning'],
      ['speech', 'Ana Ruiz', 'Morning, everyone.'],
      ['speech', 'Ben Cole', 'The council votes'],
      ['speech', 'Ben Cole', 'I will be'],
    ]);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([null, 0, null, 307_000]);
    expect(rules(doc, 'time-anchor').map((m) => [m.line, m.actual])).toEqual([
      [2, '00:00:00'],
      [7, '00:05:07'],
    ]);
  });

  it('GOOD: a time under a turn, before the next one, is the next turn’s (meeting exports)', () => {
    const doc = format([
      'Dana Whitfield: Okay, we are recording.',
      '00:00:09',
      '',
      'Marcus Bell: Happy to be here.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Dana Whitfield', 'Okay, we are'],
      ['speech', 'Marcus Bell', 'Happy to be'],
    ]);
    expect(doc.blocks[1]?.timestampMs).toBe(9000);
    expect(rules(doc, 'time-anchor')[0]?.line).toBe(2);
  });

  it('COUNTER: a name over its time keeps the time (`Lena Fischer` / `00:00:04`)', () => {
    const doc = format([
      'Lena Fischer',
      '00:00:04',
      'Good morning, everyone.',
      '',
      'Tom Roe',
      '00:00:09',
      'Morning.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Lena Fischer', 'Good morning, everyone.'],
      ['speech', 'Tom Roe', 'Morning.'],
    ]);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([4000, 9000]);
  });

  it('COUNTER: a clock without seconds, a time inside a sentence, a caption panel stay as they were', () => {
    const agenda = format(['10:30', '', 'Council opens.', '', '11:00', '', 'Budget vote.']);
    expect(agenda.blocks.map((b) => b.text)).toContain('10:30');
    const sentence = format(['The clip starts at 00:05:07 and runs a minute.']);
    expect(sentence.blocks[0]?.text).toContain('00:05:07');
    const panel = format([
      '1:02:03',
      'so the council has now confirmed',
      '1:02:05',
      'that the bridge stays closed',
      '1:02:08',
      'until the end of march at least',
      '1:02:11',
      'and the detour will stay in place',
    ]);
    expect(panel.blocks).toHaveLength(1);
    expect(rules(panel, 'panel-timestamps')).toHaveLength(1);
  });
});

describe("A post's header: title, subtitle, author, date (Substack)", () => {
  it('GOOD: the title is the title, the author a byline, not a programme credit', () => {
    const doc = format([
      'The Bridge Nobody Fixed',
      'Episode 42 of County Lines',
      '',
      'Dana Whitfield',
      'Nov 28, 2026',
      '',
      'Dana Whitfield: Welcome back.',
      '',
      'Marcus Bell: Thanks.',
    ]);
    expect(doc.title).toBe('The Bridge Nobody Fixed');
    expect(
      rows(doc)
        .slice(0, 4)
        .map((r) => r[0]),
    ).toEqual(['headline', 'headline', 'note', 'note']);
    expect(doc.blocks[2]?.reason).toBe('byline');
  });

  it("COUNTER: a broadcast page's programme name over the headline and airing line stays a credit", () => {
    const doc = format([
      'CNN NEWSROOM',
      'Flash Floods Sweep Valley',
      'Aired March 3, 2025 - 14:00 ET',
      '',
      'LEE: The water came fast.',
    ]);
    expect(doc.title).toBe('Flash Floods Sweep Valley');
    expect(doc.blocks[0]?.reason).toBe('programme-credit');
  });
});
