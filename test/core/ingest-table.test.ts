/**
 * Transcript tables (CSV and tab-separated, as transcription and editing tools export them and
 * spreadsheets paste them): timed rows are cues on the table's clock, untimed rows are turns.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/core/timed.ts';
import { detectInputFormat, formatFromFileName, ingest } from '../../src/ingest/index.ts';
import { looksLikeTable, tableToLines } from '../../src/ingest/table.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const FRAME_MS = 40;
const norm = (text: string): string[] => text.split(/\s+/).map(normalizeWord).filter(Boolean);

const TIMED_CSV = [
  'Speaker,Start Time,End Time,Text',
  'Speaker 1,00:00:00.000,00:00:05.800,"Good evening. Tonight, the council votes on bus lanes."',
  'Speaker 2,00:00:06.400,00:00:09.000,"We were never asked, not once."',
  'Speaker 2,00:00:09.200,00:00:13.100,"Nobody came to the meeting, because nobody knew."',
  'Speaker 1,00:00:14.000,00:00:18.500,"The council says the consultation ran for six weeks."',
].join('\n');
const SPOKEN =
  'Good evening. Tonight, the council votes on bus lanes. We were never asked, not once. Nobody came to the meeting, because nobody knew. The council says the consultation ran for six weeks.';

describe('transcript tables: detection', () => {
  it('a header row with a text column and a speaker or time column is a table', () => {
    expect(detectInputFormat(TIMED_CSV)).toBe('csv');
    expect(detectInputFormat('Timecode\tSpeaker\tDialogue\n00:00:05\tAna\tHello.')).toBe('csv');
    expect(detectInputFormat('\uFEFF"Name";"Transcript"\n"Ana";"Hola."')).toBe('csv');
    expect(detectInputFormat('start_time,end_time,speaker,text\n0.5,1.2,A,Hi.')).toBe('csv');
    expect(formatFromFileName('interview.CSV')).toBe('csv');
    expect(formatFromFileName('interview.tsv')).toBe('csv');
  });

  it('not a table: prose with commas, a tag line, a header with no text column', () => {
    expect(looksLikeTable('Speaker, text and time were all wrong.\nThe next line.')).toBe(false);
    expect(looksLikeTable('MARIA LOPEZ: Good evening, and welcome.\nMore.')).toBe(false);
    expect(looksLikeTable('Name,Start,End\nAna,0,1')).toBe(false);
    expect(looksLikeTable('Text,Notes\nHello,none')).toBe(false);
    expect(detectInputFormat('Good evening, Tonight, Text\nMore text.')).toBe('text');
  });
});

describe('transcript tables: rows with a start and an end are cues on the table clock', () => {
  it('each word once, in order; every SRT cue starts on a row time within a frame', () => {
    const ingested = ingest(TIMED_CSV, 'csv');
    const tokens = ingested.timedTokens ?? [];
    expect(norm(tokens.map((t) => t.text).join(' '))).toEqual(norm(SPOKEN));
    const { rendered, document } = produce(TIMED_CSV, 'srt', options, 'csv');
    expect(document.timed).toBe(true);
    const body = String(rendered?.body);
    expect(srtErrors(body)).toEqual([]);
    const cues = parseSrt(body);
    expect(norm(cues.flatMap(cueWords).join(' '))).toEqual(norm(SPOKEN));
    const starts = tokens.map((t) => t.start);
    for (const cue of cues) {
      expect(Math.min(...starts.map((s) => Math.abs(s - cue.startMs)))).toBeLessThanOrEqual(
        FRAME_MS,
      );
    }
    expect(cues[0]?.startMs).toBe(0);
    expect(cues.some((c) => Math.abs(c.startMs - 6400) <= FRAME_MS)).toBe(true);
  });

  it('the speaker column gives the turns; a block starts at its first row', () => {
    const { document } = produce(TIMED_CSV, 'json', options, 'csv');
    const name = (id: string | null) => document.speakers.find((s) => s.id === id)?.name;
    expect(document.blocks.map((b) => [name(b.speaker), b.startMs])).toEqual([
      ['Speaker 1', 0],
      ['Speaker 2', 6400],
      ['Speaker 1', 14000],
    ]);
  });

  it('whole milliseconds (Whisper TSV), by the header or by segment length, are read as ms', () => {
    const whisper =
      'start\tend\ttext\n0\t2480\tGood evening.\n2480\t5120\tThe council votes tonight.\n';
    const doc = produce(whisper, 'json', options, 'csv').document;
    expect(doc.blocks.map((b) => [b.startMs, b.endMs])).toEqual([[0, 5120]]);
    expect(doc.messages.map((m) => m.ruleId)).toContain('table-units');
    const said = 'Start (ms),End (ms),Text\n0,2,A word.\n3,5,More words.';
    expect(produce(said, 'json', options, 'csv').document.blocks[0]?.endMs).toBe(5);
    // Whole seconds stay seconds: segments of a few seconds each.
    const seconds = 'start,end,text\n0,3,Good evening.\n4,6,The council votes.';
    const read = produce(seconds, 'json', options, 'csv').document;
    expect(read.blocks.map((b) => b.startMs)).toEqual([0]);
    expect(read.blocks.at(-1)?.endMs).toBe(6000);
    expect(read.messages.map((m) => m.ruleId)).not.toContain('table-units');
  });

  it('seconds as numbers are times too', () => {
    const csv = 'start,end,speaker,text\n0.5,2.25,A,First words here.\n3,5.5,B,Second words there.';
    const { document } = produce(csv, 'json', options, 'csv');
    expect(document.timed).toBe(true);
    expect(document.blocks.map((b) => b.startMs)).toEqual([500, 3000]);
  });
});

describe('transcript tables: rows without both times are turns', () => {
  const TSV =
    'Timecode\tSpeaker\tDialogue\n00:00:05:12\tMaria Lopez\tGood evening. The council votes tonight.\n00:00:09:03\tTom Reed\tWe were never asked.\n';

  it('the speaker is the tag, the start the anchor, each line maps to its row', () => {
    const { document } = produce(TSV, 'json', options, 'csv');
    const name = (id: string | null) => document.speakers.find((s) => s.id === id)?.name;
    expect(document.blocks.map((b) => [b.type, name(b.speaker), b.line, b.text])).toEqual([
      ['speech', 'Maria Lopez', 2, 'Good evening. The council votes tonight.'],
      ['speech', 'Tom Reed', 3, 'We were never asked.'],
    ]);
    const anchors = document.messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => [m.line, m.actual])).toEqual([
      [2, '00:00:05'],
      [3, '00:00:09'],
    ]);
    // Frames need a frame rate: read to the second, and said so.
    expect(document.messages.some((m) => m.ruleId === 'table-frames')).toBe(true);
  });

  it('quoted cells keep commas, quotes and line breaks', () => {
    const csv = 'Speaker,Text\nAna,"She said ""no"", twice."\nBen,"First line,\nsecond line."\n';
    const read = tableToLines(csv);
    expect(read.text).toBe('Ana: She said "no", twice.\n\nBen: First line,\nsecond line.');
    expect(read.sourceLines).toEqual([2, 3, 3, 3]);
  });

  it('nothing is lost: unquoted commas stay in the text; a row without text is reported', () => {
    const csv = 'Speaker,Text\nAna,Good evening, and welcome, everyone.\nBen,\n';
    const read = tableToLines(csv);
    expect(read.text).toBe('Ana: Good evening, and welcome, everyone.');
    // The header row is said with its cells as written; the row without text with its own.
    expect(read.messages?.map((m) => [m.ruleId, m.line, m.actual])).toEqual([
      ['table-header', 1, 'Speaker | Text'],
      ['table-row', 3, 'Ben,'],
    ]);
    const middle = tableToLines('Text,Speaker\nHello, there,Ana\n');
    expect(middle.text).toContain('Hello');
    expect(middle.text).toContain('there');
    expect(middle.messages?.map((m) => m.ruleId)).toEqual(['table-header', 'table-row']);
  });
});

describe('tables without a header row, and Markdown tables', () => {
  const speakersOf = (text: string) => {
    const { document } = produce(text, 'json', options, detectInputFormat(text));
    const name = (id: string | null) => document.speakers.find((s) => s.id === id)?.name;
    return document.blocks.map((b) => [name(b.speaker) ?? null, b.line, b.text]);
  };

  it('a pasted spreadsheet (time, speaker, text by tabs, no header) is a table', () => {
    const tsv =
      '00:00:01\tJane Doe\tGood evening, and welcome.\n00:00:04\tJohn Roe\tThanks, Jane. The river rose overnight.\n';
    expect(detectInputFormat(tsv)).toBe('csv');
    expect(speakersOf(tsv)).toEqual([
      ['Jane Doe', 1, 'Good evening, and welcome.'],
      ['John Roe', 2, 'Thanks, Jane. The river rose overnight.'],
    ]);
    // Start and end columns, the text first: cues on the table's clock.
    const cues =
      'Good evening.\t00:00:01.000\t00:00:03.000\nThe river rose.\t00:00:03.200\t00:00:05.000\n';
    const { document } = produce(cues, 'json', options, detectInputFormat(cues));
    expect(document.timed).toBe(true);
    expect(document.blocks.map((b) => [b.text, b.startMs])).toEqual([
      ['Good evening. The river rose.', 1000],
    ]);
  });

  it('not a table without a header: rows of numbers, uneven rows, tab-indented prose, tag lines', () => {
    for (const text of [
      '1\tJane Doe\tGood evening.\n2\tJohn Roe\tThanks.\n',
      '00:00:01\tJane Doe\tGood evening.\n00:00:04\tThanks, Jane.\n',
      '\tThe council met on Tuesday.\n\tIt voted to close the pool.\n',
      'JANE DOE:\tGood evening.\nJOHN ROE:\tThanks, Jane.\n',
      '00:00:01\tGood evening.\n',
    ]) {
      expect(looksLikeTable(text), text).toBe(false);
    }
  });

  it('a Markdown table (Notion, a wiki) with a header row is a table; pipes in a cell stay', () => {
    const md =
      '| Time | Speaker | Text |\n|---|:---|---|\n| 00:01 | Jane Doe | Good evening, and welcome. |\n| 00:04 | John Roe | Thanks, Jane. A \\| B. |\n';
    expect(detectInputFormat(md)).toBe('csv');
    expect(speakersOf(md)).toEqual([
      ['Jane Doe', 3, 'Good evening, and welcome.'],
      ['John Roe', 4, 'Thanks, Jane. A | B.'],
    ]);
    // A Markdown table of anything else is not a transcript table.
    expect(looksLikeTable('| Name | Age |\n|---|---|\n| Ann | 30 |\n')).toBe(false);
    expect(looksLikeTable('| Speaker | Text |\n| Ann | Hi. |\n')).toBe(false);
  });

  it('a Markdown transcript table under a title or a slug is read as turns, its time as anchors', () => {
    const withTitle =
      'Council meeting, 3 May\n\n| Time | Speaker | Text |\n| --- | --- | --- |\n| 00:00:05 | Chair | We will begin with the budget. |\n| 00:00:12 | Cllr Patel | Thank you, Chair. I have concerns. |\n';
    expect(detectInputFormat(withTitle)).toBe('text');
    const { document } = produce(withTitle, 'json', options, 'text');
    expect(document.title).toBe('Council meeting, 3 May');
    expect(speakersOf(withTitle)).toEqual([
      [null, 1, 'Council meeting, 3 May'],
      [null, 5, 'We will begin with the budget.'],
      ['Patel', 6, 'Thank you, Chair. I have concerns.'],
    ]);
    expect(document.speakers.find((s) => s.id === document.blocks[1]?.speaker)?.role).toBe('chair');
    expect(document.blocks.map((b) => b.timestampMs)).toEqual([null, 5000, 12000]);
    expect(document.messages.some((m) => m.ruleId === 'table-header' && m.line === 3)).toBe(true);
    // A slug over a two-column table of names and words, a blank line after every row.
    const slugged =
      'FLOODS 6PM\n\n| Speaker | Text |\n|---|---|\n\n| Jane Doe | Good evening. |\n\n| John Roe | The river rose. |\n';
    expect(speakersOf(slugged).slice(1)).toEqual([
      ['Jane Doe', 6, 'Good evening.'],
      ['John Roe', 8, 'The river rose.'],
    ]);
  });

  it("a two-column script as a Markdown table (VIDEO | AUDIO) is read as the word processor's table", () => {
    const script =
      'FLOODS 6PM\n\n| VIDEO | AUDIO |\n|---|---|\n| ANCHOR ON CAM | Good evening. Floods have cut off three villages. |\n| VO: aerials of the fields | The river burst its banks after midnight. |\n| SOT: Jane Doe, farmer | We lost everything. |\n';
    const tabbed =
      'FLOODS 6PM\n\nVIDEO\tAUDIO\n\nANCHOR ON CAM\tGood evening. Floods have cut off three villages.\nVO: aerials of the fields\tThe river burst its banks after midnight.\nSOT: Jane Doe, farmer\tWe lost everything.\n';
    const blocks = (text: string) =>
      produce(text, 'json', options, detectInputFormat(text)).document.blocks.map((b) => [
        b.type,
        b.text,
      ]);
    expect(blocks(script)).toEqual(blocks(tabbed));
    expect(blocks(script)).toContainEqual(['direction', 'ANCHOR ON CAM']);
    expect(blocks(script)).toContainEqual([
      'narration',
      'The river burst its banks after midnight.',
    ]);
    expect(blocks(script).some(([, text]) => text?.includes('|'))).toBe(false);
  });
});
