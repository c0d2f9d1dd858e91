/**
 * Round 25 (web25): C-SPAN's programme name over a page's headline and summary, each on its own
 * line; the Bundesregierung's `PM Name:`; a script's timecodes closed by the clip's length; Final
 * Cut Pro 7 XML's nested sequences and caption files with no words; a media monitor's log of a
 * time, a role in capitals and the words with no colon.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { detectInputFormat, ingest } from '../../src/ingest/index.ts';
import { blockRows, readInput } from '../helpers/documents.ts';

const turns = (text: string) => blockRows(formatTranscript(text));
const cueText = (text: string) =>
  ingest(text, detectInputFormat(text), { keepCueTimes: true }).text;

const TURNS =
  'ANA RUIZ: Thank you for having me.\nTOM LEE: Glad to be here.\nANA RUIZ: The bill matters for every port town.\n';
const PAGE =
  'Washington Journal\nLawmakers Debate the Harbor Funding Bill\nRepresentatives Ana Ruiz and Tom Lee discuss the harbor funding bill and its prospects in the Senate.\n';

describe('a programme page: the programme’s name over the headline and the summary', () => {
  it('GOOD: C-SPAN, each on its own line over the tagged turns', () => {
    const d = formatTranscript(PAGE + TURNS);
    expect(d.title).toBe('Lawmakers Debate the Harbor Funding Bill');
    expect(blockRows(d).map((b) => b.slice(0, 2))).toEqual([
      ['note', 'programme-credit'],
      ['headline', null],
      ['note', 'page-element'],
      ['speech', 'Ana Ruiz'],
      ['speech', 'Tom Lee'],
      ['speech', 'Ana Ruiz'],
    ]);
  });

  it('GOOD: the same with a blank line after each line', () => {
    const d = formatTranscript(`${PAGE.replaceAll('\n', '\n\n')}${TURNS.replaceAll('\n', '\n\n')}`);
    expect(d.title).toBe('Lawmakers Debate the Harbor Funding Bill');
    expect(blockRows(d)[0]?.slice(0, 3)).toEqual([
      'note',
      'programme-credit',
      'Washington Journal',
    ]);
  });

  it('BAD: the three lines with no turns under them stay as written', () => {
    const rows = turns(`${PAGE}\nThe harbor bill passed the House last week.\n`);
    expect(rows.some((r) => r[1] === 'programme-credit' || r[1] === 'page-element')).toBe(false);
  });

  it('BAD: a short line over a sentence and the turns is no programme over a headline', () => {
    const rows = turns(
      `Good evening\nThe harbor bill passed the House last week.\nIt goes to the Senate now.\n${TURNS}`,
    );
    expect(rows.some((r) => r[1] === 'programme-credit')).toBe(false);
  });
});

describe('the Bundesregierung’s Mitschrift: `PM Name:` is a prime minister', () => {
  it('GOOD: `PM Dubois:` beside `BK Weber:` is Dubois, Prime Minister', () => {
    const d = formatTranscript(
      'BK Weber: Guten Tag, meine Damen und Herren.\n\nPM Dubois: Merci beaucoup.\n\nBK Weber: Wir haben viel besprochen.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('PM Dubois'))).toMatchObject({
      name: 'Dubois',
      title: 'Prime Minister',
    });
  });

  it('BAD: `PM:` alone stays a label, not an office', () => {
    const d = formatTranscript('HOST: Welcome back.\n\nPM: That is at five.\n');
    expect(d.speakers.some((s) => s.title === 'Prime Minister')).toBe(false);
  });
});

describe('a role word before a surname alone in mixed case (`Frage Krause:`, `Reporter Jones:`)', () => {
  it('GOOD: the journalist asking in the Bundesregierung’s Mitschrift is Krause, a reporter', () => {
    const d = formatTranscript(
      'BK Weber: Guten Tag.\n\nFrage Krause: Wann kommt das Gesetz?\n\nBK Weber: Bald.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('Frage Krause'))).toMatchObject({
      name: 'Krause',
      role: 'reporter',
    });
  });

  it('GOOD: an English newsroom’s `Reporter Jones:` the same', () => {
    const d = formatTranscript(
      'MAYOR PARK: Good morning.\n\nReporter Jones: When?\n\nMAYOR PARK: Soon.\n',
    );
    expect(d.speakers.find((s) => s.name === 'Jones')?.role).toBe('reporter');
  });

  it('BAD: two words in capitals (a script’s `REPORTER TRACK`, `HOST SARAH`) stay as they were', () => {
    const d = formatTranscript(
      'ANCHOR: Good evening.\n\nREPORTER TRACK: The ferry left.\n\nANCHOR: Thanks.\n',
    );
    expect(d.speakers.some((s) => s.name === 'Track')).toBe(false);
  });

  it('BAD: a letter before the surname (`P Macron:`, the Präsident) is no reporter', () => {
    const d = formatTranscript('BK Weber: Guten Tag.\n\nP Macron: Vielen Dank.\n\nFrage: Wann?\n');
    expect(d.speakers.find((s) => s.aliases.includes('P Macron'))?.role ?? null).toBe(null);
  });
});

describe('a script’s in and out timecodes closed by the clip’s length', () => {
  it('GOOD: `DUR :07` and `DUR 0:45` after the timecodes are part of the cue', () => {
    const text =
      'REPORTER: The ferry left.\nIN 10:01:12 OUT 10:01:19 DUR :07\nFISHERMAN: Nobody expected it.\nIN TC 10:00:01:00 DUR 0:45\nREPORTER: Then the harbour closed.\n';
    expect(turns(text).filter((r) => r[0] === 'direction')).toEqual([
      ['direction', null, 'IN 10:01:12 OUT 10:01:19 DUR :07'],
      ['direction', null, 'IN TC 10:00:01:00 DUR 0:45'],
    ]);
  });

  it('BAD: a sentence with `In` and a duration is words', () => {
    const text = 'REPORTER: The ferry left.\nIn 10:30 minutes the storm came, dur 5:00.\n';
    expect(turns(text).some((r) => r[0] === 'direction')).toBe(false);
  });
});

/** A Final Cut Pro 7 text generator from `start` to `end` (frames). */
const generator = (start: number, end: number, text: string) =>
  `<generatoritem id="t"><name>Text</name><start>${start}</start><end>${end}</end><in>0</in><out>${end - start}</out><effect><name>Text</name><effectid>Text</effectid><parameter><parameterid>str</parameterid><value>${text}</value></parameter></effect></generatoritem>`;
const sequence = (items: string) =>
  `<sequence id="s"><name>Story</name><rate><timebase>25</timebase><ntsc>FALSE</ntsc></rate><media><video><track>${items}</track></video></media></sequence>`;
const xmeml = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n<xmeml version="5">\n${sequence(items)}\n</xmeml>\n`;

describe('Final Cut Pro 7 XML: a nested sequence’s titles, a file with none', () => {
  it('GOOD: a title inside a nested sequence is moved to where its clip is placed', () => {
    // The clip at frame 250 (10 s) shows the nested sequence from its frame 25 (1 s): the title
    // at the nested frame 50 (2 s) is at 11 s.
    const nested = `<clipitem id="c"><name>Nest</name><start>250</start><end>400</end><in>25</in><out>175</out>${sequence(generator(50, 100, 'The harbour reopened.'))}</clipitem>`;
    expect(cueText(xmeml(generator(0, 50, 'Good evening.') + nested))).toBe(
      '[00:00:00] Good evening.\n\n[00:00:11] The harbour reopened.',
    );
  });

  it('BAD: a clip that is no sequence moves nothing after it', () => {
    const clip =
      '<clipitem id="c"><name>Shot</name><start>250</start><end>400</end><in>25</in><out>175</out></clipitem>';
    expect(cueText(xmeml(clip + generator(500, 550, 'The harbour reopened.')))).toBe(
      '[00:00:20] The harbour reopened.',
    );
  });

  it('GOOD: a file with no titles says so', () => {
    for (const file of [
      xmeml(''),
      '<?xml version="1.0"?>\n<fcpxml version="1.9"><library><event><project name="x"><sequence><spine></spine></sequence></project></event></library></fcpxml>\n',
    ]) {
      const out = ingest(file, detectInputFormat(file), {});
      expect(out.text).toBe('');
      expect(out.messages?.map((m) => m.ruleId)).toContain('caption-empty');
    }
  });

  it('BAD: a file with a title gives no such message', () => {
    const file = xmeml(generator(0, 50, 'Good evening.'));
    expect(
      ingest(file, detectInputFormat(file), {}).messages?.map((m) => m.ruleId) ?? [],
    ).not.toContain('caption-empty');
  });
});

describe('a media monitor’s log: a time, a role in capitals and the words, no colon', () => {
  it('GOOD: each line’s role is its speaker', () => {
    const text =
      '0:00:03 HOST Good evening and welcome.\n0:00:07 GUEST Thanks for having me.\n0:00:11 HOST Let us begin with the harbor.\n';
    expect(blockRows(readInput(text))).toEqual([
      ['speech', 'host', 'Good evening and welcome.'],
      ['speech', 'guest', 'Thanks for having me.'],
      ['speech', 'host', 'Let us begin with the harbor.'],
    ]);
  });

  it('GOOD: the times in brackets the same', () => {
    const text =
      '[0:00:03] ANCHOR Good evening and welcome.\n[0:00:07] REPORTER The ferry left at dawn.\n[0:00:11] ANCHOR Thank you.\n';
    expect(blockRows(readInput(text)).map((r) => r.slice(0, 2))).toEqual([
      ['speech', 'anchor'],
      ['speech', 'reporter'],
      ['speech', 'anchor'],
    ]);
  });

  it('BAD: an agency in capitals opening each line is words', () => {
    const text =
      '0:00:03 NASA said today the launch slipped.\n0:00:07 CNN reported the crew was safe.\n0:00:11 FEMA sent teams to the coast.\n';
    expect(turns(text).some((r) => r[0] === 'speech')).toBe(false);
  });

  it('BAD: two such lines, or a block with one line of words, stay as they were', () => {
    const two = '0:00:03 HOST Good evening and welcome.\n0:00:07 GUEST Thanks for having me.\n';
    expect(turns(two).some((r) => r[0] === 'speech')).toBe(false);
    const mixed = `${two}0:00:11 NASA said today the launch slipped.\n`;
    expect(turns(mixed).some((r) => r[0] === 'speech')).toBe(false);
  });
});
