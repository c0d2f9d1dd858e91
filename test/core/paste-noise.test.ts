/**
 * Surface noise a paste adds without changing the reading (found by the metamorphic check,
 * `npm run eval -- --variants`): CRLF, blanks at a line's end, a margin every line shares, a
 * no-break space after a tag's colon, two blank lines for one, smart quotes in front matter, a
 * hard wrap inside a note. Each case is small, in the convention's shape, and is read the same
 * as its clean twin.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const read = (input: string): ScriptDocument => prepare(input, options, detectInputFormat(input));
const speech = (doc: ScriptDocument): [string | null, string][] =>
  doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [doc.speakers.find((s) => s.id === b.speaker)?.name ?? null, b.text]);
const types = (doc: ScriptDocument): string[] => doc.blocks.map((b) => `${b.line} ${b.type}`);
const rules = (doc: ScriptDocument): string[] => doc.messages.map((m) => m.ruleId);

/** A podcast app's transcript copied as text: name, time, words. */
const PODCAST = [
  'Priya Sethi',
  '0:00',
  'This is City Desk. The plan to charge drivers goes to a vote.',
  '',
  'Marcus Hale',
  '0:15',
  'The proposal is a flat daily charge of eight pounds.',
  '',
  '0:24',
  'It would run on weekdays only, from seven until seven.',
  '',
  'Priya Sethi',
  '0:31',
  'And who is exempt from it?',
  '',
  'Marcus Hale',
  '0:40',
  'Residents inside the zone, for the first year.',
  '',
].join('\n');

const PODCAST_SPEECH = [
  ['Priya Sethi', 'This is City Desk. The plan to charge drivers goes to a vote.'],
  ['Marcus Hale', 'The proposal is a flat daily charge of eight pounds.'],
  ['Marcus Hale', 'It would run on weekdays only, from seven until seven.'],
  ['Priya Sethi', 'And who is exempt from it?'],
  ['Marcus Hale', 'Residents inside the zone, for the first year.'],
];

describe("a podcast app's name / time / words under paste noise", () => {
  it('reads the clean text (the twin the noisy ones must match)', () => {
    expect(speech(read(PODCAST))).toEqual(PODCAST_SPEECH);
  });
  it('reads it with CRLF line endings', () => {
    expect(speech(read(PODCAST.replace(/\n/g, '\r\n')))).toEqual(PODCAST_SPEECH);
  });
  it('reads it with spaces and a tab at the end of every line', () => {
    expect(speech(read(PODCAST.replace(/\n/g, ' \t\n')))).toEqual(PODCAST_SPEECH);
  });
  it('reads it with every line two spaces in', () => {
    const doc = read(PODCAST.replace(/^(?=.)/gm, '  '));
    expect(speech(doc)).toEqual(PODCAST_SPEECH);
    expect(rules(doc)).toContain('indent');
  });
});

describe("a headerless spreadsheet paste's trailing blanks", () => {
  const rows = [
    '00:00:02\tMarta Silva\tGood morning, and thank you for coming in.',
    '00:00:07\tOwen Hale\tOf course. The board met last night.',
    '00:00:15\tMarta Silva\tWhat happens to the patients?',
  ];
  it('reads the rows with a space and a tab after the last cell as the same three columns', () => {
    const clean = speech(read(rows.join('\n')));
    expect(clean.map(([name]) => name)).toEqual(['Marta Silva', 'Owen Hale', 'Marta Silva']);
    expect(speech(read(rows.map((r) => `${r} \t`).join('\n')))).toEqual(clean);
  });
  it('still refuses rows of different widths (a cell with words after the others end)', () => {
    const ragged = [...rows.slice(0, 2), `${rows[2]}\tan extra note`].join('\n');
    expect(speech(read(ragged)).map(([name]) => name)).not.toEqual([
      'Marta Silva',
      'Owen Hale',
      'Marta Silva',
    ]);
  });
});

describe('a no-break space after a colon', () => {
  it("reads Speechmatics' `SPEAKER:\\u00a0S1` label lines as with a space", () => {
    const text = (space: string) =>
      `SPEAKER:${space}S1\nGood evening. We are joined by the flood officer.\n\nSPEAKER:${space}S2\nThe river peaked at about six.\n\nSPEAKER:${space}S1\nWhen will it fall?\n`;
    const clean = speech(read(text(' ')));
    expect(clean.map(([name]) => name)).toEqual(['S1', 'S2', 'S1']);
    expect(speech(read(text('\u00a0')))).toEqual(clean);
  });
  it("reads a Hindi script's cues over their copy (`वीओ:\\u00a0…`) as cues", () => {
    const text = (space: string) =>
      [
        `स्लग:${space}दिल्ली प्रदूषण`,
        `एंकर:${space}दिल्ली में प्रदूषण का स्तर आज फिर खतरनाक हो गया है।`,
        `वीओ:${space}सुबह से ही शहर पर धुंध छाई रही।`,
        `बाइट:${space}राकेश शर्मा, निवासी`,
        '"सांस लेना मुश्किल हो गया है।"',
        `वीओ:${space}सरकार ने स्कूल बंद करने का फैसला किया है।`,
        '',
      ].join('\n');
    const clean = read(text(' '));
    expect(types(clean)).toContain('3 direction');
    const noisy = read(text('\u00a0'));
    expect(types(noisy)).toEqual(types(clean));
    expect(speech(noisy)).toEqual(speech(clean));
  });
});

describe('a margin every line shares', () => {
  it("keeps a printed record's first-line indents relative to it", () => {
    const record = [
      '[Congressional Record Volume 171, Number 58 (Tuesday, April 1, 2025)]',
      '[Senate]',
      '',
      '                       RURAL BRIDGE REPAIR ACT',
      '',
      '  Mr. HOLLOWAY. Mr. President, I rise today to speak about the',
      'condition of the bridges that carry school buses.',
      '  I suggest the absence of a quorum.',
      '  The PRESIDING OFFICER. The clerk will call the roll.',
      '  The legislative clerk proceeded to call the roll.',
      '  Ms. VANCE. Mr. President, I ask unanimous consent that the order for',
      'the quorum call be rescinded.',
      '  The PRESIDING OFFICER. Without objection, it is so ordered.',
      '',
    ].join('\n');
    const clean = types(read(record));
    expect(clean).toContain('10 direction');
    const indented = record.replace(/^(?=.)/gm, '  ');
    expect(types(read(indented))).toEqual(clean);
  });
  it('reads indented front matter as front matter', () => {
    const page =
      '---\ntitle: "Briefing on the river"\ndate: 2026-01-02\n---\n\nJANE DOE: Good morning.\n\nJOHN ROE: Thank you.\n';
    expect(read(page).title).toBe('Briefing on the river');
    expect(read(page.replace(/^(?=.)/gm, '  ')).title).toBe('Briefing on the river');
  });
  it('leaves a text with one line at the margin as it was (no message)', () => {
    const doc = read('Title line\n\n  JANE DOE: Good morning.\n\n  JOHN ROE: Thank you.\n');
    expect(rules(doc)).not.toContain('indent');
  });
});

describe('smart quotes over front matter', () => {
  it('reads a value in curly quotes as a quoted YAML value (its escapes too)', () => {
    const page = (open: string, close: string) =>
      `---\ntitle: ${open}Press Call on\\_Venezuela${close}\n---\n\nJANE DOE: Good morning.\n\nJOHN ROE: Thank you.\n`;
    const straight = read(page('"', '"')).title;
    expect(straight).toMatch(/^Press Call on\sVenezuela$/);
    expect(read(page('\u201c', '\u201d')).title).toBe(straight);
  });
});

describe('a double-spaced court page with two blank lines between its lines', () => {
  it('reads the argument heading centred over two numbered lines as a heading', () => {
    const page = (gap: string) =>
      [
        ' 5           CHIEF JUSTICE ROBERTS:  We will hear',
        ' 6   argument next in Case 24-88.',
        ' 7           ORAL ARGUMENT OF MAY CHEN',
        ' 8               ON BEHALF OF THE PETITIONER',
        ' 9           MS. CHEN:  Mr. Chief Justice, and may it',
        '10   please the Court.',
        '',
      ].join(gap);
    const single = read(page('\n\n'));
    const heading = (doc: ScriptDocument) =>
      doc.blocks.find((b) => b.text.startsWith('ORAL ARGUMENT'))?.type;
    expect(heading(single)).toBe('headline');
    expect(heading(read(page('\n\n\n')))).toBe('headline');
  });
});

describe("a note's sentence hard-wrapped onto the next line", () => {
  const top = 'Today programme: the winter price cap\n\n';
  const turn = '\n\nNICK ROBINSON: The price cap rises again in January.\n';
  it('keeps the wrapped rest of a disclaimer in capitals in the note', () => {
    const doc = read(
      `${top}PLEASE NOTE: THIS TRANSCRIPT WAS TYPED FROM A RECORDING AND NOT COPIED\nFROM AN ORIGINAL SCRIPT. BECAUSE OF THE RISK OF MISHEARING, THE BBC\nCANNOT VOUCH FOR ITS COMPLETE ACCURACY.${turn}`,
    );
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.line)).toEqual([3, 4, 5]);
    expect(doc.blocks.some((b) => b.type === 'narration')).toBe(false);
  });
  it("keeps a copyright line's wrapped rest in lower case in the note", () => {
    const doc = read(
      `JANE DOE: Thank you for having me.${turn}\nCopyright © 2025 NPR. All rights reserved. Visit our website terms of\nuse and permissions pages at www.npr.org for further information.\n`,
    );
    const last = doc.blocks.slice(-2);
    expect(last.map((b) => b.type)).toEqual(['note', 'note']);
  });
  it('keeps a phrase in capitals the wrap broke (`ALL RIGHTS` / `RESERVED. …`) in the note', () => {
    const doc = read(
      `JANE DOE: Thank you for having me.${turn}\nContent and Programming Copyright 2025 Fox News Network, LLC. ALL RIGHTS\nRESERVED. Copyright 2025 VIQ Media Transcription, Inc. All materials\nherein are protected by United States copyright law.\n`,
    );
    expect(doc.blocks.slice(-3).map((b) => b.type)).toEqual(['note', 'note', 'note']);
  });
  it("reads a broadcaster's notice wrapped over two lines as the note it is on one", () => {
    const notice = (gap: string) =>
      `MODERATORIN: Vielen Dank für das Gespräch.\n\nDiese Nachricht wurde am 17.11.2026 im Programm Deutschlandfunk${gap}gesendet.\n`;
    const one = read(notice(' '));
    expect(one.blocks.at(-1)?.type).toBe('note');
    expect(read(notice('\n')).blocks.at(-1)?.type).toBe('note');
  });
  it('does not read a wrapped turn of short lines as a note', () => {
    const doc = read(
      'JANE DOE: The river rose again overnight, and the council\nsays the bridge stays shut until Friday.\n\nJOHN ROE: Thank you.\n',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
  it('does not take a page title under a long breadcrumb into the breadcrumb', () => {
    const doc = read(
      'Home > News > Speeches and Statements by the Prime Minister > January 2026\nPress Conference by the Prime Minister\n\nJanuary 13, 2026\n\nPRIME MINISTER: Good evening.\n',
    );
    expect(doc.title).toBe('Press Conference by the Prime Minister');
  });
});

describe("a first turn's words hard-wrapped under its label line", () => {
  it('reads the wrapped lines as the turn, not as header lines of the page', () => {
    const text =
      "SPEAKER: S1\nGood evening. We're joined now by the county's flood officer, Ruth\nOkoye. Ruth, where do things stand tonight?\n\nSPEAKER: S2\nThe river peaked at about six.\n";
    expect(speech(read(text))).toEqual([
      [
        'S1',
        'Good evening. We’re joined now by the county’s flood officer, Ruth Okoye. Ruth, where do things stand tonight?',
      ],
      ['S2', 'The river peaked at about six.'],
    ]);
  });
  it('still reads short opening lines as header lines (`Mr. Smith at …` ends no sentence)', () => {
    const doc = read(
      'Remarks by Dr. Smith at the U.S. Capitol on the Budget\nJanuary 5, 2026\n\nDR. SMITH: Thank you all for coming.\n',
    );
    expect(doc.title).toBe('Remarks by Dr. Smith at the U.S. Capitol on the Budget');
  });
});

describe('an old Mac file: a CR alone ends each line', () => {
  const mac = (text: string): string => text.replace(/\n/g, '\r');
  it('reads the podcast copy as its LF twin and says it normalized the line endings', () => {
    const doc = read(mac(PODCAST));
    expect(speech(doc)).toEqual(PODCAST_SPEECH);
    const message = doc.messages.find((m) => m.ruleId === 'line-endings');
    expect(message?.reason).toBe('Normalized 18 old Mac line endings (CR alone) to LF');
    expect(message?.line).toBe(1);
  });
  it('keeps each block on its own line number', () => {
    expect(types(read(mac(PODCAST)))).toEqual(types(read(PODCAST)));
  });
  it('detects a markdown table by its rows and reads each row as a turn', () => {
    const table = [
      '| Time | Speaker | Text |',
      '|---|---|---|',
      '| 00:00 | Lena Okafor | Welcome back. With me is the harbour master. |',
      '| 00:06 | Piet Jansen | Thanks, Lena. It has been a long week. |',
      '',
    ].join('\n');
    expect(detectInputFormat(mac(table))).toBe(detectInputFormat(table));
    expect(speech(read(mac(table)))).toEqual(speech(read(table)));
    expect(speech(read(table)).map(([name]) => name)).toEqual(['Lena Okafor', 'Piet Jansen']);
  });
  it('reads an IRC log by its lines', () => {
    const log = [
      '[10:01] <dmorales> morning. River gauge at Alder Bridge is 4.3m',
      '[10:02] <priya_k> I have the county on the phone.',
      '[10:03] <dmorales> Good. Get the shelter list.',
      '',
    ].join('\n');
    expect(speech(read(mac(log)))).toEqual(speech(read(log)));
    expect(speech(read(log))).toHaveLength(3);
  });
  it('leaves CRLF to the core (no old-Mac message)', () => {
    const doc = read(PODCAST.replace(/\n/g, '\r\n'));
    expect(doc.messages.filter((m) => m.ruleId === 'line-endings')).toHaveLength(1);
    expect(doc.messages.find((m) => m.ruleId === 'line-endings')?.reason).not.toContain('alone');
  });
});

describe('a copy with a no-break space between every two words', () => {
  const nbsp = (text: string): string => text.replace(/(\S) (?=\S)/g, '$1\u00a0');
  it('reads Otter names over their times (`Jane Doe  0:01`)', () => {
    const text =
      'Jane Doe  0:01\nThanks for making time.\n\nTom Becker  0:07\nIf the permits come through, in April.\n\nJane Doe  0:15\nAnd the cost?\n';
    expect(speech(read(nbsp(text)))).toEqual(speech(read(text)));
    expect(speech(read(text)).map(([name]) => name)).toEqual([
      'Jane Doe',
      'Tom Becker',
      'Jane Doe',
    ]);
  });
  it('reports each no-break space it replaced', () => {
    const doc = read(nbsp('JANE DOE: Good evening and welcome.\n'));
    expect(doc.blocks[0]?.text).toBe('Good evening and welcome.');
    expect(rules(doc).filter((r) => r === 'no-break-space').length).toBeGreaterThan(0);
  });
  it('reads a markdown heading as a headline', () => {
    const text =
      '# Harbour Talk, Episode 31\n\n**Host (Priya Nair):** Welcome to Harbour Talk.\n\n**Owen Blake:** Thanks for having me.\n';
    expect(types(read(nbsp(text)))).toEqual(types(read(text)));
    expect(read(nbsp(text)).blocks[0]).toMatchObject({
      type: 'headline',
      text: 'Harbour Talk, Episode 31',
    });
  });
  it("reads a UN briefing's `** Heading` as a heading", () => {
    const text =
      'The Secretary-General is in Geneva today.\n\n** Security Council\n\nThis morning, the Council met on Haiti.\n';
    expect(types(read(nbsp(text)))).toEqual(types(read(text)));
    expect(types(read(text))).toContain('3 headline');
  });
  it("splits captions at a `>>` inside a line (a new speaker's words)", () => {
    const text =
      '>> Good evening, I am Maria Santos. Tonight, the flood.\n>> We lost everything in the basement. >> The water came up so fast.\n';
    expect(speech(read(nbsp(text)))).toEqual(speech(read(text)));
    expect(speech(read(text))).toHaveLength(3);
  });
  it('reads an Adobe Encore script line by line', () => {
    const text =
      '1 00:00:01:05 00:00:04:10 ANCHOR: The harbour authority says\n2 00:00:04:12 00:00:07:20 the new terminal opens in June.\n';
    expect(detectInputFormat(nbsp(text))).toBe('sbv');
    expect(speech(read(nbsp(text)))).toEqual(speech(read(text)));
  });
});

describe('a copy with a blank line after every line', () => {
  const spacedCopy = (text: string): string =>
    text
      .split('\n')
      .flatMap((line) => (line.trim() === '' ? [line] : [line, '']))
      .join('\n');
  const WRAPPED = [
    'MAYOR DIAZ: Good morning. The river crested overnight at',
    'twenty-one feet, and the levee held. Crews are',
    'still pumping water out of the east side.',
    '',
    'Q: When do schools reopen?',
    '',
    'MAYOR DIAZ: Monday, if the power is back on the',
    'east side by then.',
    '',
  ].join('\n');
  it('reads one blank line as a line break and two as a paragraph break', () => {
    const doc = read(spacedCopy(WRAPPED));
    expect(speech(doc)).toEqual(speech(read(WRAPPED)));
    expect(speech(doc)[0]?.[1]).toBe(
      'Good morning. The river crested overnight at twenty-one feet, and the levee held. Crews are still pumping water out of the east side.',
    );
    expect(doc.messages.find((m) => m.ruleId === 'blank-line')?.reason).toContain(
      'a blank line after every line',
    );
    expect(speech(read(spacedCopy(WRAPPED).replace(/\n/g, '\r\n')))).toEqual(speech(doc));
  });
  it('keeps one-line paragraphs apart when each ends its sentence', () => {
    const text = [
      'ANCHOR: Good evening.',
      '',
      'The council met tonight.',
      '',
      '',
      'REPORTER: It voted to close the pool.',
      '',
      'The vote was five to two.',
      '',
    ].join('\n');
    const doc = read(text);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening.',
      'The council met tonight.',
      'It voted to close the pool.',
      'The vote was five to two.',
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'blank-line')).toBe(false);
  });
  const spacedNote = (doc: ScriptDocument): boolean =>
    doc.messages.some((m) => String(m.reason).includes('a blank line after every line'));
  it("reads a podcast app's name, time and words, each parted by one blank line, as one turn", () => {
    const doc = read(spacedCopy(PODCAST));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(PODCAST)));
    expect(speech(doc).map(([name]) => name)).toEqual([
      'Priya Sethi',
      'Marcus Hale',
      'Marcus Hale',
      'Priya Sethi',
      'Marcus Hale',
    ]);
  });
  it("reads a meeting tool's copy without blank lines, spaced out, as its name over time turns", () => {
    const teams = [
      'Ines Duarte',
      '0:03',
      'Morning. One item today: the bridge closure.',
      'Tomas Berg',
      '0:11',
      'The council confirmed it. Six weeks from Monday.',
      'Ines Duarte',
      '0:19',
      'Do we have the diversion map?',
      'Tomas Berg',
      '0:24',
      'By noon.',
    ].join('\n');
    const doc = read(spacedCopy(teams));
    expect(speech(doc)).toEqual(speech(read(teams)));
    expect(speech(doc).map(([name]) => name)).toEqual([
      'Ines Duarte',
      'Tomas Berg',
      'Ines Duarte',
      'Tomas Berg',
    ]);
  });
  it("reads a chat export's name and time header over its message, spaced out, as one message", () => {
    const chat = [
      'Rachel Osei  9:02 AM',
      'Vote moved to 2 p.m., not 11.',
      '',
      'Dev Malhotra  9:04 AM',
      'Got it. Do we have the final figure yet?',
      '',
      'Rachel Osei  9:05 AM',
      'Clerk says 0.35% now.',
      '',
    ].join('\n');
    const doc = read(spacedCopy(chat));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(chat)));
    expect(speech(doc).map(([name]) => name)).toEqual([
      'Rachel Osei',
      'Dev Malhotra',
      'Rachel Osei',
    ]);
  });
  it("reads a speaker's label line over its words, spaced out, as one turn", () => {
    const labels = [
      'SPEAKER: S1',
      'Good evening. Where do things stand tonight?',
      '',
      'SPEAKER: S2',
      'The river peaked at six, and it is falling slowly.',
      '',
      'SPEAKER: S1',
      'When will the bridge reopen?',
      '',
    ].join('\n');
    const doc = read(spacedCopy(labels));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(labels)));
    expect(speech(doc)).toHaveLength(3);
  });
  it("reads a markdown table's rows parted by blank lines as one table", () => {
    const table = [
      '| Time | Speaker | Text |',
      '|---|---|---|',
      '| 00:00 | Lena Okafor | Welcome back to the harbour. |',
      '| 00:06 | Piet Jansen | Thanks, Lena. A long week on the quays. |',
      '| 00:11 | Lena Okafor | How many ships are still waiting? |',
    ].join('\n');
    const doc = read(spacedCopy(table));
    expect(speech(doc)).toEqual(speech(read(table)));
    expect(speech(doc).map(([name]) => name)).toEqual([
      'Lena Okafor',
      'Piet Jansen',
      'Lena Okafor',
    ]);
  });
  it('keeps one-line paragraphs under headings apart, two blank lines between the parts', () => {
    const text = [
      'Flood update',
      '',
      'The river rose overnight.',
      '',
      'Crews are pumping on the east side.',
      '',
      '',
      'Schools',
      '',
      'They reopen on Monday.',
      '',
    ].join('\n');
    const doc = read(text);
    expect(spacedNote(doc)).toBe(false);
    expect(doc.blocks.map((b) => b.text)).toContain('The river rose overnight.');
    expect(doc.blocks.map((b) => b.text)).toContain('Crews are pumping on the east side.');
  });
  it("reads a TV script's bracketed cue labels over their words, spaced out, as its turns", () => {
    const ko = [
      '[앵커]',
      '시청은 오늘 새 버스 노선을 발표했습니다.',
      '',
      '[기자]',
      '새 노선은 다음 달부터 운행합니다.',
      '요금은 그대로입니다.',
      '',
      '[인터뷰]',
      '이수진 / 서울 은평구 : 출근이 훨씬 편해질 것 같아요.',
      '',
    ].join('\n');
    const zh = [
      '【导语】',
      '今天上午，本市迎来第一场降雪。',
      '',
      '【同期】市民 李女士：',
      '下雪了，孩子们特别高兴。',
      '',
    ].join('\n');
    for (const text of [ko, zh]) {
      const doc = read(spacedCopy(text));
      expect(spacedNote(doc)).toBe(true);
      expect(types(doc).map((t) => t.replace(/^\d+ /, ''))).toEqual(
        types(read(text)).map((t) => t.replace(/^\d+ /, '')),
      );
      expect(doc.blocks.map((b) => b.text)).toEqual(read(text).blocks.map((b) => b.text));
    }
  });
  it("reads an export's label with its time before the colon, spaced out, as one turn", () => {
    const text = [
      'Intervenant 1 (00:00:03) :',
      "Bonjour à tous et merci d'être là.",
      '',
      'Intervenant 2 (00:00:11) :',
      'Merci. Les travaux ont repris lundi.',
      '',
      'Intervenant 1 (00:00:19) :',
      'Pourquoi ce retard ?',
      '',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(text)));
    expect(speech(doc)).toHaveLength(3);
  });
  it("reads an editor's time range over a speaker over the words, spaced out, as one turn", () => {
    const text = [
      '00:00:00:00 - 00:00:07:12',
      'Speaker 1',
      'Good evening. The harbour authority met today.',
      '',
      '00:00:07:12 - 00:00:15:03',
      'Speaker 2',
      'Every morning the queue goes back to the bridge.',
      '',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(text)));
    expect(speech(doc)).toHaveLength(2);
  });
  it('reads whisper.cpp segments and a chat export, spaced out, as their lines', () => {
    const whisper = [
      '[00:00:00.000 --> 00:00:03.480]   Good evening. The county board voted tonight',
      '[00:00:03.480 --> 00:00:06.920]   to close the landfill by the end of 2027.',
      '[00:00:06.920 --> 00:00:10.000]   Residents packed the meeting room.',
      '[00:00:10.000 --> 00:00:13.200]   The chair said it was not an easy decision.',
    ].join('\n');
    const chat = [
      '14/10/2025, 06:45 - Helen Marsh: River gauge hit 4.1m overnight.',
      '14/10/2025, 06:47 - Callum Reid: Water over the path by the golf course',
      'Council workers putting out barriers now',
      '14/10/2025, 06:52 - Helen Marsh: Can you get pictures?',
      '14/10/2025, 06:55 - Callum Reid: On it.',
    ].join('\n');
    for (const text of [whisper, chat]) {
      const doc = read(spacedCopy(text));
      expect(spacedNote(doc)).toBe(true);
      expect(doc.blocks.map((b) => `${b.type} ${b.text}`)).toEqual(
        read(text).blocks.map((b) => `${b.type} ${b.text}`),
      );
    }
  });
  it("reads a live text's minute over its entry, spaced out, as one entry", () => {
    const text = [
      'Harbour City 2-1 Northgate',
      '',
      "90+1'",
      'GOAL! Harbour City 2-1 Northgate.',
      'What a finish from Bello.',
      '',
      "72'",
      'Yellow card for Northgate.',
      '',
      "64'",
      'Substitution for Harbour City.',
      '',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(doc.blocks.map((b) => `${b.type} ${b.text}`)).toEqual(
      read(text).blocks.map((b) => `${b.type} ${b.text}`),
    );
  });
  it("reads captions whose voices open with `>>`, spaced out, as the caption text's turns", () => {
    const text = [
      ">> Good evening, I'm Maria Santos. Tonight, the",
      'water main break downtown.',
      'Our Dan Porter is there. Dan?',
      '>> Maria, crews have been here since 4:00 this',
      'morning. The pipe is 90 years old.',
      'Neighbors told me they had no warning.',
      '>> We lost everything in the basement.',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc).map(([, words]) => words)).toEqual(speech(read(text)).map(([, w]) => w));
    expect(speech(doc)).toHaveLength(3);
  });
  it("reads a script's bite header over its words, spaced out, as that person's words", () => {
    const text = [
      'CABEÇA:',
      'A chuva forte atingiu a capital nesta madrugada.',
      '',
      'VT:',
      'Ruas ficaram alagadas em vários bairros da zona norte.',
      '',
      'SONORA: JOÃO SILVA / MORADOR',
      'A água subiu muito rápido, não deu tempo de tirar nada.',
      '',
      'SONORA: MARIA SOUZA / COMERCIANTE',
      'Perdi toda a mercadoria da loja.',
      '',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(speech(doc)).toEqual(speech(read(text)));
    expect(speech(doc).map(([name]) => name)).toContain('João Silva');
  });
  it("reads a UK inquiry page's numbered lines, spaced out, with each turn's indented lines joined", () => {
    const text = [
      ' 1   THE CHAIR: Good morning, everyone. Before we begin, a',
      ' 2       reminder that the livestream runs on a short delay.',
      ' 3   MS ADEYEMI: I am, Chair. The inquiry calls',
      ' 4       Mr Graham Tulloch.',
      ' 5   Q.  Mr Tulloch, you were the facilities manager in',
      ' 6       the spring of 2019?',
      ' 7   A.  That is right, for about three years by then.',
      ' 8   Q.  Who did you report to?',
      ' 9   A.  To the estates director, and through her to the',
      '10       board.',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(speech(doc).map(([, words]) => words)).toEqual(speech(read(text)).map(([, w]) => w));
    expect(speech(doc)[0]?.[1]).toBe(
      'Good morning, everyone. Before we begin, a reminder that the livestream runs on a short delay.',
    );
    expect(rules(doc)).toContain('double-spacing');
  });
  it("reads a deposition's parenthetical wrapped at its own indent, double-spaced, as one direction", () => {
    const text = [
      ' 1       Q.   Let us turn to Exhibit 2.',
      ' 2            (Kowalski Exhibit 2 was marked for',
      ' 3            identification.)',
      ' 4       Q.   Is this the e-mail you received?',
      ' 5       A.   Yes, that is it.',
      ' 6       Q.   Who sent it to you?',
      ' 7       A.   The project manager, on the',
      ' 8   Monday after the inspection.',
    ].join('\n');
    const doc = read(spacedCopy(text));
    const directions = doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text);
    expect(directions).toContain('Kowalski Exhibit 2 was marked for identification.');
    expect(speech(doc).map(([, w]) => w)).toContain(
      'The project manager, on the Monday after the inspection.',
    );
    expect(rules(doc)).toContain('double-spacing');
  });
  it('keeps a closed parenthetical and the deeper line under it apart', () => {
    const text = [
      ' 1       Q.   Let us turn to Exhibit 2.',
      ' 2            (Exhibit 2 was marked.)',
      ' 3            (Pause.)',
      ' 4       Q.   Is this the e-mail you received?',
      ' 5       A.   Yes, that is it.',
      ' 6       Q.   Who sent it?',
    ].join('\n\n');
    const directions = read(text)
      .blocks.filter((b) => b.type === 'direction')
      .map((b) => b.text);
    expect(directions).toEqual(['Exhibit 2 was marked.', 'Pause.']);
  });
  it("reads lines that stop at a comma, spaced out, as a printed hearing's lines", () => {
    const text = [
      'ROADS AND BRIDGES',
      '',
      'House of Representatives,',
      'Subcommittee on Water Resources and Environment,',
      'Committee on Transportation and Infrastructure,',
      'Washington, DC.',
      '',
      'The subcommittee met, pursuant to notice, at 10 a.m.',
      '',
      'Mr. Collins. Thank you, Mr. Chairman.',
      '',
      'Mr. Rouzer. Ms. Pettersen, you are recognized.',
      '',
    ].join('\n');
    const doc = read(spacedCopy(text));
    expect(spacedNote(doc)).toBe(true);
    expect(doc.blocks.map((b) => `${b.type} ${b.text}`)).toEqual(
      read(text).blocks.map((b) => `${b.type} ${b.text}`),
    );
  });
  it('keeps one-line paragraphs stamped with a clock apart: a live log is no stamped export', () => {
    const log = [
      '10:32 GMT The council has opened the session.',
      '',
      '10:41 GMT The budget vote is next.',
      '',
      '10:58 GMT The budget passed.',
      '',
    ].join('\n');
    expect(spacedNote(read(log))).toBe(false);
  });
  it("keeps an agenda's times and items apart: a time over its words alone is no such copy", () => {
    const agenda = ['10:30', '', 'Council opens.', '', '11:00', '', 'Budget vote.', ''].join('\n');
    const doc = read(agenda);
    expect(spacedNote(doc)).toBe(false);
    expect(doc.blocks.map((b) => b.text)).toContain('Budget vote.');
  });
});

describe("a typewriter's dash: two hyphens for an em dash", () => {
  it('reads a print Q&A tag closed by `--` as the `—` tag', () => {
    const text = [
      'The Last Ferry Captain',
      '',
      'LENA MARSH -- When did you first take the wheel?',
      '',
      'RUTH ADEYEMI -- In 1994, on the winter run.',
      '',
      'LENA MARSH -- And the worst crossing?',
      '',
      'RUTH ADEYEMI -- The ice storm of 1998.',
      '',
    ].join('\n');
    expect(speech(read(text))).toEqual(speech(read(text.replace(/ -- /g, ' — '))));
    expect(speech(read(text)).map(([name]) => name)).toEqual([
      'Lena Marsh',
      'Ruth Adeyemi',
      'Lena Marsh',
      'Ruth Adeyemi',
    ]);
  });
  it('reads a dialogue interview opened by `--` as alternating turns', () => {
    const text = [
      '-- Когда вы поняли, что вода поднимется?',
      '',
      '-- Около полуночи. Уровень за час вырос на сорок сантиметров.',
      '',
      '-- Сколько людей пришлось эвакуировать?',
      '',
      '-- Около двухсот человек, в основном из частного сектора.',
      '',
    ].join('\n');
    const doc = read(text);
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.blocks[1]?.text).toBe('Около полуночи. Уровень за час вырос на сорок сантиметров.');
  });
  it('keeps a line opening with `--` that is no dialogue as it is (an e-mail signature)', () => {
    const doc = read('The council meets on Monday.\n\n-- Jane Doe, City Desk\n');
    expect(doc.blocks.some((b) => b.type === 'speech')).toBe(false);
  });
  it("reads Hansard's `interjecting--` and `was asked--` as directions", () => {
    const text = [
      'The Secretary of State was asked--',
      '',
      'Mr SMITH: What is the plan for the harbour?',
      '',
      'Opposition members interjecting--',
      '',
      'Ms JONES: The plan is on the table.',
      '',
    ].join('\n');
    expect(types(read(text))).toEqual(types(read(text.replace(/--/g, '—'))));
    expect(types(read(text))).toEqual(['1 direction', '3 speech', '5 direction', '7 speech']);
  });
});
