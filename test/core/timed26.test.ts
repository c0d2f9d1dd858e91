/**
 * Timed input as newsrooms paste and upload it (round 26):
 * - a video editor's transcript exported as text (Premiere Pro: `00:00:03:15 - 00:00:10:02` /
 *   the speaker's label / the words): every label under a range is its speaker, whatever it says
 *   (`Unknown`, a speaker renamed `Maria` or `Lund`), and two records are a transcript, not
 *   captions;
 * - YouTube's transcript panel copied with its times read out for screen readers (`0:03` / `3
 *   seconds` / the caption, `1:05` / `1 minute, 5 seconds`): the reading is the time again;
 * - a transcript tool's name line closed by the turn's time range (`Jane Doe [00:00:03 -
 *   00:00:10]`, `Jane Doe (00:03 - 00:10)`) over the words, or a turn closed by it (`Jane Doe:
 *   Welcome. [00:00:03 - 00:00:10]`): the speaker and the turn's start, not words; a schedule's
 *   clock range (`Budget vote (10:15 - 11:30)`) stays;
 * - Rev.ai / Rev.com JSON whose `speaker_name` is on some of a speaker's monologues only (an
 *   edited transcript): that number's name on all of them, not a new voice;
 * - a caption panel copied from a transcript site with each time in parentheses opening its line
 *   (`(0:03) today we are looking at…`): the times go, as `0:03 …` lines' do;
 * - OpenAI's diarized transcription (`diarized_json`: `segments` of `transcript.text.segment`)
 *   with the known speakers' names as the request gave them, in lower case (`maria`,
 *   `customer`): the names, capitalized (they were words of a narration, `agent: …`);
 * - a script's cue over its copy with its run time after it (`PKG (1:30)`, `SOT 0:45`): the
 *   cue, not a speaker `PKG` at the time 1:30;
 * - a meeting's short transcript copied with each name over its time (Teams, Stream: `Maria
 *   Lund` / `0:03` / the words), each speaker once: the speakers (a name had to come twice);
 * - Google Meet's notes document (Gemini): the tabs' labels (`📝 Notes`, `📖 Transcript`), the
 *   notes tab's summary between them, `Transcription ended after 00:07:12` (it ran into the last
 *   speaker's turn) are notes; the title `… - Transcript` over `00:00:00` is the headline;
 * - a caption's speaker ID in brackets with a hyphenated, an apostrophe's or a `Mc` surname
 *   (`[José Ortega-Ruiz]`, `[Tom O'Neil]`, `[Maria McDonald]`): the speaker (it was read as a
 *   sound, the words given to the speaker before);
 * - Whisper-style segment lines with a speaker's name before the words (MacWhisper's
 *   `[00:00:00.000 --> 00:00:03.000] Maria Lund: Welcome…`): the name takes none of the time;
 * - a name line closed by a range with hours in no brackets (`Maria Lund 00:00:00 - 00:00:03`).
 */
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { blockRows, readInput } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(readInput(text));
const messages = (text: string, ruleId: string) =>
  readInput(text)
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m) => m.actual);

/** An editor's transcript export: a range, the label, the words, a blank line between records. */
const editorExport = (records: [string, string, string][]) =>
  records.map(([range, label, words]) => `${range}\n${label}\n${words}`).join('\n\n');

describe("a video editor's transcript export: the label under each range is the speaker", () => {
  it('GOOD: `Unknown` (a voice the editor did not tell) is an unknown speaker, the ranges times', () => {
    const text = editorExport([
      [
        '00:00:03:15 - 00:00:10:02',
        'Unknown',
        'Welcome to the show. Today we look at the harbour budget.',
      ],
      ['00:00:10:02 - 00:00:15:00', 'Unknown', 'Glad to be here.'],
      ['00:00:15:00 - 00:00:21:10', 'Unknown', 'How bad is it?'],
    ]);
    expect(rows(text)).toEqual([
      ['speech', 'unknown speaker', 'Welcome to the show. Today we look at the harbour budget.'],
      ['speech', 'unknown speaker', 'Glad to be here.'],
      ['speech', 'unknown speaker', 'How bad is it?'],
    ]);
    expect(messages(text, 'time-anchor')).toEqual([
      '00:00:03:15 - 00:00:10:02',
      '00:00:10:02 - 00:00:15:00',
      '00:00:15:00 - 00:00:21:10',
    ]);
  });

  it('GOOD: `Unknown` between named speakers is nobody of theirs (it ran into the speaker before)', () => {
    const text = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'Speaker 1', 'Welcome to the show.'],
      ['00:00:10:02 - 00:00:15:00', 'unknown', 'Glad to be here.'],
      ['00:00:15:00 - 00:00:21:10', 'Speaker 1', 'How bad is it?'],
    ]);
    expect(rows(text)).toEqual([
      ['speech', 'Speaker 1', 'Welcome to the show.'],
      ['speech', 'unknown speaker', 'Glad to be here.'],
      ['speech', 'Speaker 1', 'How bad is it?'],
    ]);
  });

  it('GOOD: a speaker renamed with one word, a first name or a surname, with an accent', () => {
    const text = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'Maria', 'Welcome to the show.'],
      ['00:00:10:02 - 00:00:15:00', 'Lund', 'Glad to be here.'],
      ['00:00:15:00 - 00:00:21:10', 'José', 'How bad is it?'],
      ['00:00:21:10 - 00:00:30:00', 'Maria', 'About four million short.'],
    ]);
    expect(rows(text)).toEqual([
      ['speech', 'Maria', 'Welcome to the show.'],
      ['speech', 'Lund', 'Glad to be here.'],
      ['speech', 'José', 'How bad is it?'],
      ['speech', 'Maria', 'About four million short.'],
    ]);
  });

  it('GOOD: two records with full names are a transcript, not captions (the names were words)', () => {
    const text = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'Maria Lund', 'Welcome to the show.'],
      ['00:00:10:02 - 00:00:15:00', 'José Ortega-Ruiz', 'Glad to be here.'],
    ]);
    expect(detectInputFormat(text)).toBe('text');
    expect(rows(text)).toEqual([
      ['speech', 'Maria Lund', 'Welcome to the show.'],
      ['speech', 'José Ortega-Ruiz', 'Glad to be here.'],
    ]);
  });

  it('GOOD: an en dash between the times, a name with an initial, `Unknown` once', () => {
    const text = editorExport([
      ['00:00:03:15 – 00:00:10:02', 'Maria K. Lund', 'Welcome to the show.'],
      ['00:00:10:02 – 00:00:15:00', 'Unknown', 'Glad to be here.'],
    ]);
    expect(rows(text)).toEqual([
      ['speech', 'Maria K. Lund', 'Welcome to the show.'],
      ['speech', 'unknown speaker', 'Glad to be here.'],
    ]);
  });

  it('BAD: a word alone over each caption, none again (`Welcome`, `Goodbye`), names nobody', () => {
    const text = editorExport([
      ['00:00:00:00 - 00:00:04:12', 'Welcome', 'The ferry left at dawn.'],
      ['00:00:04:12 - 00:00:09:00', 'Goodbye', 'Thank you all.'],
    ]);
    expect(readInput(text).speakers).toEqual([]);
    expect(
      rows(text)
        .map((r) => r[2])
        .join(' '),
    ).toBe('Welcome The ferry left at dawn. Goodbye Thank you all.');
    const sounds = editorExport([
      ['00:00:00:00 - 00:00:04:12', 'MUSIC', 'The ferry left at dawn.'],
      ['00:00:04:12 - 00:00:09:00', 'APPLAUSE', 'Thank you all.'],
      ['00:00:09:00 - 00:00:12:00', 'Welcome', 'We begin.'],
    ]);
    expect(readInput(sounds).speakers).toEqual([]);
  });

  it("BAD: an editor's captions (a range over the caption's lines) stay captions", () => {
    const text = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'The ferry left the harbour', 'at dawn on Monday.'],
      ['00:00:10:02 - 00:00:15:00', 'Nobody on board', 'expected the storm.'],
    ]);
    expect(detectInputFormat(text)).toBe('sbv');
    expect(rows(text)).toEqual([
      [
        'narration',
        null,
        'The ferry left the harbour at dawn on Monday. Nobody on board expected the storm.',
      ],
    ]);
  });

  it('BAD: a caption whose first line is a name going on in lower case stays the words', () => {
    const text = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'Maria Lund', 'said the ferry was late.'],
      ['00:00:10:02 - 00:00:15:00', 'The council', 'will vote on Monday.'],
    ]);
    expect(detectInputFormat(text)).toBe('sbv');
    expect(rows(text)).toEqual([
      ['narration', null, 'Maria Lund said the ferry was late. The council will vote on Monday.'],
    ]);
  });

  it('BAD: a range over a sentence is no label; one record alone is no export', () => {
    const sentence = editorExport([
      ['00:00:03:15 - 00:00:10:02', 'Unknown', 'Welcome to the show.'],
      ['00:00:10:02 - 00:00:15:00', 'The ferry left.', 'Nobody knew why.'],
      ['00:00:15:00 - 00:00:21:10', 'Unknown', 'How bad is it?'],
    ]);
    expect(rows(sentence).map((r) => r[1])).not.toContain('unknown speaker');
    const one = '00:00:03:15 - 00:00:10:02\nMaria\nWelcome to the show.';
    expect(rows(one).map((r) => r[1])).not.toContain('Maria');
  });

  it("BAD: a rundown's cue under its time (`SOT`, `VO`) names no speaker", () => {
    const text = editorExport([
      ['00:01:16:00 - 00:01:20:00', 'SOT', 'Mayor Ruiz: We rebuilt the pier.'],
      ['00:01:20:00 - 00:01:25:00', 'VO', 'The pier reopened in May.'],
    ]);
    const speakers = readInput(text).speakers.map((s) => s.name);
    expect(speakers).not.toContain('VO');
    expect(speakers).not.toContain('SOT');
  });
});

describe("YouTube's transcript panel copied with its times read out", () => {
  const panel = [
    '0:00',
    '0 seconds',
    'hello and welcome back to the channel today',
    '0:03',
    '3 seconds',
    "we're looking at the harbour budget and",
    '1:05',
    '1 minute, 5 seconds',
    'why the ferry costs four million more',
    '1:02:03',
    '1 hour, 2 minutes, 3 seconds',
    "so let's get into it",
  ].join('\n');

  it('GOOD: the readings go with the times, the captions one narration, nothing a heading', () => {
    expect(rows(panel)).toEqual([
      [
        'narration',
        null,
        'hello and welcome back to the channel today we’re looking at the harbour budget and why the ferry costs four million more so let’s get into it',
      ],
    ]);
    expect(messages(panel, 'panel-time-labels')).toEqual([
      '0 seconds\n3 seconds\n1 minute, 5 seconds\n1 hour, 2 minutes, 3 seconds',
    ]);
  });

  it('GOOD: with chapter titles, a whole minute (`1 minute`) and a blank line after every line', () => {
    const chapters = [
      'Intro',
      '0:00',
      '0 seconds',
      'hello and welcome back',
      'The ferry deal',
      '0:06',
      '6 seconds',
      'why the ferry costs more',
      '0:09',
      '9 seconds',
      'and who pays for it',
      '1:00',
      '1 minute',
      "so let's get into it",
    ];
    const expected = [
      ['headline', null, 'Intro'],
      ['narration', null, 'hello and welcome back'],
      ['headline', null, 'The ferry deal'],
      ['narration', null, 'why the ferry costs more and who pays for it so let’s get into it'],
    ];
    expect(rows(chapters.join('\n'))).toEqual(expected);
    const spaced = chapters.slice(1).join('\n\n');
    expect(
      rows(spaced)
        .map((r) => r[2])
        .join(' '),
    ).not.toMatch(/seconds|minute\b/);
  });

  it('GOOD: in German, the panel of a German interface (`1 Minute und 5 Sekunden`)', () => {
    const de = [
      '0:00',
      '0 Sekunden',
      'hallo und willkommen zurück',
      '0:04',
      '4 Sekunden',
      'heute geht es um den Hafen',
      '1:05',
      '1 Minute und 5 Sekunden',
      'und um die Fähre',
    ].join('\n');
    expect(
      rows(de)
        .map((r) => r[2])
        .join(' '),
    ).toBe('hallo und willkommen zurück heute geht es um den Hafen und um die Fähre');
  });

  it("BAD: a plan's length under its time (`0:30` / `30 seconds`) is no reading: kept", () => {
    const plan = [
      'Interval training plan',
      '0:00',
      '30 seconds',
      'Warm up at an easy pace.',
      '0:30',
      '30 seconds',
      'Sprint as hard as you can.',
    ].join('\n');
    const text = rows(plan)
      .map((r) => r[2])
      .join(' ');
    expect(text.match(/30 seconds/g)).toHaveLength(2);
    expect(messages(plan, 'panel-time-labels')).toEqual([]);
  });

  it('BAD: one reading alone, or a sentence that opens with a length, stays words', () => {
    const once = [
      '0:00',
      '0 seconds',
      'hello there',
      '0:03',
      'we begin',
      '0:06',
      'at the port',
      '0:09',
      'today',
    ].join('\n');
    expect(
      rows(once)
        .map((r) => r[2])
        .join(' '),
    ).toContain('0 seconds');
    const sentence = [
      '0:00',
      '3 seconds of silence followed the vote',
      '0:03',
      '3 seconds later the mayor spoke',
    ].join('\n');
    expect(
      rows(sentence)
        .map((r) => r[2])
        .join(' '),
    ).toContain('3 seconds of silence');
  });
});

/** Turns under a name line closed by `range(i)`, three turns of two voices. */
const rangedTurns = (range: (i: number) => string) =>
  [
    ['Jane Doe', 'Welcome to the show, everyone.'],
    ['José Ortega-Ruiz', 'Glad to be here.'],
    ['Jane Doe', 'Let us begin.'],
  ]
    .map(([name, words], i) => `${name} ${range(i)}\n${words}`)
    .join('\n\n');

describe("a name line closed by the turn's time range", () => {
  const expected = [
    ['speech', 'Jane Doe', 'Welcome to the show, everyone.'],
    ['speech', 'José Ortega-Ruiz', 'Glad to be here.'],
    ['speech', 'Jane Doe', 'Let us begin.'],
  ];
  const starts = ['00:00:03', '00:00:11', '00:00:17'];
  const ends = ['00:00:11', '00:00:17', '00:00:24'];

  it('GOOD: in brackets or parentheses, hours or not, a hyphen or an en dash', () => {
    const shapes = [
      (i: number) => `[${starts[i]} - ${ends[i]}]`,
      (i: number) => `(${starts[i]} - ${ends[i]})`,
      (i: number) => `(${starts[i]?.slice(3)} - ${ends[i]?.slice(3)})`,
      (i: number) => `[${starts[i]}.250–${ends[i]}.900]`,
    ];
    for (const shape of shapes) {
      const d = readInput(rangedTurns(shape));
      expect(blockRows(d)).toEqual(expected);
      expect(d.blocks.map((b) => b.timestampMs)).toEqual([3000, 11000, 17000]);
    }
  });

  it('GOOD: the first turn from 0 (`[00:00:00 - 00:00:10]`) keeps its time', () => {
    const d = readInput(rangedTurns((i) => `[${i === 0 ? '00:00:00' : starts[i]} - ${ends[i]}]`));
    expect(blockRows(d)).toEqual(expected);
    expect(d.blocks[0]?.timestampMs).toBe(0);
  });

  it("GOOD: a range closing a tagged turn's words is the turn's time, not its words", () => {
    const text =
      'Jane Doe: Welcome to the show. [00:00:03 - 00:00:11]\nJosé Ortega-Ruiz: Glad to be here. [00:00:11 - 00:00:17]\n';
    expect(rows(text)).toEqual([
      ['speech', 'Jane Doe', 'Welcome to the show.'],
      ['speech', 'José Ortega-Ruiz', 'Glad to be here.'],
    ]);
    expect(messages(text, 'time-anchor')).toEqual(['00:00:03 - 00:00:11', '00:00:11 - 00:00:17']);
  });

  it("BAD: a schedule's clock ranges (`Budget Vote (10:15 - 11:30)`) name nobody, keep their times", () => {
    const agenda = [
      'Agenda',
      '',
      'Welcome (10:00 - 10:15)',
      'The mayor opens the meeting.',
      '',
      'Budget Vote (10:15 - 11:30)',
      'Members vote on the budget.',
      '',
      'Maria Lund (11:30 - 12:00)',
      'Residents ask questions.',
    ].join('\n');
    const d = readInput(agenda);
    expect(d.speakers).toEqual([]);
    expect(
      blockRows(d)
        .map((r) => r[2])
        .join(' '),
    ).toContain('Budget Vote (10:15 - 11:30)');
    const brackets =
      'Council Session [9:00 - 12:00]\nOpening remarks.\n\nPress Conference [12:30 - 13:00]\nQuestions.\n';
    expect(readInput(brackets).speakers).toEqual([]);
  });

  it("BAD: a clock range in parentheses closing a turn's words (`(10:02 - 10:47)`) stays words", () => {
    const text = 'JANE: The first half runs (10:02 - 10:47)\nTOM: And the second (11:03 - 11:48)\n';
    expect(rows(text).map((r) => r[2])).toEqual([
      'The first half runs (10:02 - 10:47)',
      'And the second (11:03 - 11:48)',
    ]);
  });

  it('BAD: a range running backwards names nobody', () => {
    const backwards = rangedTurns((i) => `(${ends[i]} - ${starts[i]})`);
    expect(readInput(backwards).speakers).toEqual([]);
  });
});

/** A Rev.ai monologue of one word at `at` seconds. */
const monologue = (speaker: number, word: string, at: number, name?: string) => ({
  speaker,
  ...(name === undefined ? {} : { speaker_name: name }),
  elements: [
    { type: 'text', value: word, ts: at, end_ts: at + 0.4, confidence: 1 },
    { type: 'punct', value: '.' },
  ],
});

describe("Rev.ai JSON with a speaker's name on some of its monologues", () => {
  it("GOOD: the number's name on its unnamed monologues (it was a voice of its own)", () => {
    const json = JSON.stringify({
      monologues: [
        monologue(0, 'Hello', 0.1, 'María Lund-Ortega'),
        monologue(1, 'Hi', 1.0),
        monologue(0, 'Welcome', 2.0),
        monologue(1, 'Thanks', 3.0, 'Tom Berg'),
      ],
    });
    expect(rows(json)).toEqual([
      ['speech', 'María Lund-Ortega', 'Hello.'],
      ['speech', 'Tom Berg', 'Hi.'],
      ['speech', 'María Lund-Ortega', 'Welcome.'],
      ['speech', 'Tom Berg', 'Thanks.'],
    ]);
  });

  it('BAD: another number is not the named speaker; no names at all stay numbered voices', () => {
    const json = JSON.stringify({
      monologues: [
        monologue(0, 'Hello', 0.1, 'Maria Lund'),
        monologue(1, 'Hi', 1.0),
        monologue(0, 'Bye', 2.0),
      ],
    });
    const speakers = readInput(json).speakers.map((s) => s.name);
    expect(speakers).toHaveLength(2);
    expect(rows(json)[1]?.[1]).not.toBe('Maria Lund');
    const plain = JSON.stringify({
      monologues: [monologue(0, 'Hello', 0.1), monologue(1, 'Hi', 1.0)],
    });
    expect(readInput(plain).speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });
});

describe('a caption panel with each time in parentheses opening its line', () => {
  it('GOOD: the times go (panel-timestamps), the captions one narration, any case', () => {
    for (const captions of [
      [
        'hello and welcome back',
        'today we are looking at the harbour budget',
        'and why the ferry costs more',
        'so let us get into it',
      ],
      [
        'Hello and welcome back.',
        'Today we look at the harbour budget.',
        'And why the ferry costs more.',
        'So let us get into it.',
      ],
    ]) {
      const text = captions.map((c, i) => `(0:0${i * 3}) ${c}`).join('\n');
      expect(rows(text)).toEqual([['narration', null, captions.join(' ')]]);
      expect(messages(text, 'panel-timestamps')).toEqual(['0:00 0:03 0:06 0:09']);
    }
  });

  it("BAD: an agenda's clock times in parentheses stay with their items", () => {
    const agenda = 'Agenda\n(10:30) Council opens\n(11:00) Budget vote\n(11:30) Public questions\n';
    expect(rows(agenda).map((r) => r[2])).toContain('(11:00) Budget vote');
    expect(messages(agenda, 'panel-timestamps')).toEqual([]);
  });
});

/** OpenAI's `diarized_json` response: segments with their speakers. */
const diarized = (turns: [string, string][]) =>
  JSON.stringify({
    task: 'transcribe',
    duration: turns.length * 2,
    text: turns.map(([, t]) => t).join(' '),
    segments: turns.map(([speaker, text], i) => ({
      type: 'transcript.text.segment',
      id: `seg_00${i + 1}`,
      start: i * 2,
      end: i * 2 + 1.8,
      text,
      speaker,
    })),
    usage: { type: 'duration', seconds: turns.length * 2 },
  });

describe("OpenAI's diarized transcription with known speakers' names in lower case", () => {
  it('GOOD: each name a speaker, capitalized; a snake-case name spaced', () => {
    const json = diarized([
      ['maria', 'The ferry left at dawn.'],
      ['josé_ortega', 'Nobody expected the storm.'],
      ['maria', 'Really?'],
    ]);
    expect(rows(json)).toEqual([
      ['speech', 'Maria', 'The ferry left at dawn.'],
      ['speech', 'José Ortega', 'Nobody expected the storm.'],
      ['speech', 'Maria', 'Really?'],
    ]);
  });

  it('GOOD: a role word as a name (`customer`) is that role, not words of the turn', () => {
    const json = diarized([
      ['agent', 'The ferry left at dawn.'],
      ['customer', 'Nobody expected the storm.'],
    ]);
    expect(rows(json).map((r) => r[2])).toEqual([
      'The ferry left at dawn.',
      'Nobody expected the storm.',
    ]);
    expect(readInput(json).speakers).toHaveLength(2);
  });

  it("BAD: the service's codes stay numbered voices; a name with capitals stays as written", () => {
    const coded = diarized([
      ['A', 'The ferry left at dawn.'],
      ['B', 'Nobody expected the storm.'],
    ]);
    expect(readInput(coded).speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    const named = diarized([
      ['Maria McDonald', 'The ferry left at dawn.'],
      ['Tom O’Neil', 'Nobody expected the storm.'],
    ]);
    expect(rows(named).map((r) => r[1])).toEqual(['Maria McDonald', 'Tom O’Neil']);
  });
});

describe("a script's cue with its run time over the copy", () => {
  it('GOOD: the cue is a direction, its length no anchor, the copy narration', () => {
    const script =
      'PKG (1:30)\nThe ferry story.\n\nSOT 0:45\nThe pier reopened.\n\nVO/SOT (0:20)\nMore on the pier.\n';
    const d = readInput(script);
    expect(d.speakers).toEqual([]);
    expect(blockRows(d)).toEqual([
      ['direction', null, 'PKG (1:30)'],
      ['narration', null, 'The ferry story.'],
      ['direction', null, 'SOT 0:45'],
      ['narration', null, 'The pier reopened.'],
      ['direction', null, 'VO/SOT (0:20)'],
      ['narration', null, 'More on the pier.'],
    ]);
  });

  it('BAD: a name with its time over the words is still the speaker', () => {
    const text =
      'Maria Lund (00:00:03)\nWelcome to the show.\n\nTom Berg (00:00:10)\nGlad to be here.\n';
    expect(rows(text).map((r) => r[1])).toEqual(['Maria Lund', 'Tom Berg']);
  });
});

describe("a meeting's short transcript, a name over each time, each speaker once", () => {
  it('GOOD: with or without blank lines, the transcription notices around it', () => {
    const records = [
      ['Maria Lund', '0:03', 'Good morning everyone, can you hear me?'],
      ['José Ortega-Ruiz', '0:08', 'Yes, loud and clear.'],
    ];
    const expected = [
      ['speech', 'Maria Lund', 'Good morning everyone, can you hear me?'],
      ['speech', 'José Ortega-Ruiz', 'Yes, loud and clear.'],
    ];
    expect(rows(records.map((r) => r.join('\n')).join('\n\n'))).toEqual(expected);
    const noticed = `Maria Lund started transcription\n\n${records.map((r) => r.join('\n')).join('\n\n')}\n\nMaria Lund stopped transcription\n`;
    expect(rows(noticed).filter((r) => r[0] !== 'note')).toEqual(expected);
  });

  it("BAD: a video panel's chapter titles over its captions name nobody", () => {
    const oneEach =
      'Opening Remarks\n0:00\nhello and welcome back to the channel today\n\nThe Ferry Deal\n0:07\nwhy the ferry costs four million more\n';
    expect(readInput(oneEach).speakers).toEqual([]);
    const panel =
      'Opening Remarks\n0:00\nHello and welcome back.\n0:03\nToday we look at the budget.\nFerry Costs\n0:07\nWhy the ferry costs more.\n0:11\nLet us begin.\n';
    expect(readInput(panel).speakers).toEqual([]);
  });

  it("BAD: a plan's steps on round times, an agenda's clock times, keep no speakers", () => {
    const plan =
      'Warm Up\n0:00\nJog slowly.\n\nSprint Hard\n0:30\nRun as fast as you can.\n\nCool Down\n1:00\nWalk.\n';
    expect(readInput(plan).speakers).toEqual([]);
    const agenda =
      'Council Opens\n10:32\nThe mayor welcomes members.\n\nBudget Vote\n11:07\nMembers vote.\n';
    expect(readInput(agenda).speakers).toEqual([]);
  });
});

describe("Google Meet's notes document with its transcript tab", () => {
  const transcriptTab = [
    '📖 Transcript',
    'Mar 4, 2026',
    'Harbour budget sync - Transcript',
    '00:00:00',
    ' ',
    'Maria Lund: Good morning everyone, can you hear me?',
    'José Ortega-Ruiz: Yes, loud and clear.',
    '00:05:00',
    ' ',
    'José Ortega-Ruiz: The ferry contract ends in June.',
    ' ',
    ' ',
    'Transcription ended after 00:07:12',
    'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.',
  ];
  const story = [
    ['headline', null, 'Harbour budget sync - Transcript'],
    ['speech', 'Maria Lund', 'Good morning everyone, can you hear me?'],
    ['speech', 'José Ortega-Ruiz', 'Yes, loud and clear.'],
    ['speech', 'José Ortega-Ruiz', 'The ferry contract ends in June.'],
  ];

  it('GOOD: the transcript tab: its label, its end line notes, the title the headline', () => {
    const d = readInput(transcriptTab.join('\n'));
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual(story);
    expect(blockRows(d)).toContainEqual([
      'note',
      'page-element',
      'Transcription ended after 00:07:12',
    ]);
    expect(blockRows(d)[0]).toEqual(['note', 'navigation', '📖 Transcript']);
  });

  it("GOOD: the notes tab above it: the tool's summary is notes, not narration", () => {
    const notesTab = [
      '📝 Notes',
      'Mar 4, 2026',
      'Harbour budget sync',
      'Invited Maria Lund José Ortega-Ruiz',
      ' ',
      'Summary',
      'Maria Lund and José Ortega-Ruiz discussed the ferry contract, which ends in June.',
      ' ',
      'Suggested next steps',
      'José Ortega-Ruiz will review the ferry contract before April.',
      ' ',
    ];
    const d = readInput([...notesTab, ...transcriptTab].join('\n'));
    expect(blockRows(d).filter((r) => r[0] !== 'note')).toEqual(story);
  });

  it('BAD: without the transcript tab nothing is taken as notes; a turn saying the words stays', () => {
    const alone =
      '📝 Notes\n\nMaria Lund: The ferry contract ends in June.\n\nJosé Ortega-Ruiz: Transcription ended after the vote, I think.\n';
    expect(rows(alone).filter((r) => r[0] !== 'note')).toEqual([
      ['speech', 'Maria Lund', 'The ferry contract ends in June.'],
      ['speech', 'José Ortega-Ruiz', 'Transcription ended after the vote, I think.'],
    ]);
  });
});

/** An SRT of one cue a line, each `[id, words]`. */
const srt = (cues: [string, string][]) =>
  cues
    .map(
      ([id, words], i) =>
        `${i + 1}\n00:00:0${i * 2},000 --> 00:00:0${i * 2 + 1},500\n[${id}] ${words}\n`,
    )
    .join('\n');

describe("a caption's speaker ID in brackets with a hyphen, an apostrophe or Mc in the name", () => {
  it('GOOD: each name is the speaker of its words', () => {
    for (const name of [
      'José Ortega-Ruiz',
      'Anna-Lena Berg',
      "Tom O'Neil",
      'Tom O’Neil',
      'Maria McDonald',
      'Iain MacLeod',
    ]) {
      const file = srt([
        ['Maria Lund', 'Welcome to the show.'],
        [name, 'Glad to be here.'],
      ]);
      expect(rows(file)).toEqual([
        ['speech', 'Maria Lund', 'Welcome to the show.'],
        ['speech', name, 'Glad to be here.'],
      ]);
    }
  });

  it('BAD: a sound in brackets, in any case, is still a direction', () => {
    for (const sound of ['door slams', 'DOOR SLAMS', 'Door Slams', 'Phone Rings', 'Bell rings']) {
      const file = srt([
        ['Maria Lund', 'Welcome to the show.'],
        [sound, 'Who is that?'],
      ]);
      expect(rows(file)[1]).toEqual(['direction', null, sound]);
    }
  });
});

describe("Whisper-style segment lines with a speaker's name before the words", () => {
  it('GOOD: each turn starts at its segment, the name taking none of its time', () => {
    const text = [
      '[00:00:00.000 --> 00:00:03.000] Maria Lund: Welcome to the show.',
      '[00:00:03.000 --> 00:00:05.000] José Ortega-Ruiz: Glad to be here.',
      '[00:00:05.000 --> 00:00:07.000] Maria Lund: Let us begin.',
    ].join('\n');
    const d = readInput(text);
    expect(blockRows(d).map((r) => r[1])).toEqual(['Maria Lund', 'José Ortega-Ruiz', 'Maria Lund']);
    expect(d.blocks.map((b) => [b.startMs, b.endMs])).toEqual([
      [0, 3000],
      [3000, 5000],
      [5000, 7000],
    ]);
  });

  it('BAD: segments without names keep their words spread over the whole segment', () => {
    const text =
      '[00:00:00.000 --> 00:00:03.000]  The ferry left at dawn.\n[00:00:03.000 --> 00:00:05.000]  Nobody expected it.\n';
    const d = readInput(text);
    expect(d.blocks.map((b) => [b.startMs, b.endMs])).toEqual([
      [0, 3000],
      [3000, 5000],
    ]);
    expect(d.speakers).toEqual([]);
  });
});

describe('a name line closed by a range with hours in no brackets', () => {
  it('GOOD: the speaker and the turn start', () => {
    const text =
      'Maria Lund 00:00:00 - 00:00:03\nWelcome to the show.\n\nJosé Ortega-Ruiz 00:00:03 - 00:00:05\nGlad to be here.\n';
    const d = readInput(text);
    expect(blockRows(d)).toEqual([
      ['speech', 'Maria Lund', 'Welcome to the show.'],
      ['speech', 'José Ortega-Ruiz', 'Glad to be here.'],
    ]);
    expect(d.blocks.map((b) => b.timestampMs)).toEqual([0, 3000]);
  });

  it("BAD: a schedule's clock with its seconds (`10:00:00 - 11:30:00`) names nobody", () => {
    const agenda =
      'Budget Vote 10:00:00 - 11:30:00\nMembers vote.\n\nClose 11:30:00 - 12:00:00\nThe end.\n';
    expect(readInput(agenda).speakers).toEqual([]);
  });
});
