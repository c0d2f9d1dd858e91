/**
 * Inputs as they arrive from tools and pages not tested before (round 15), each convention tested
 * on cases written for these tests in it: a transcript set as a table without a header row (a
 * hearing's page, a word processor's table pasted), YouTube's caption XML with its text escaped
 * twice, ElevenLabs' multichannel result.
 */
import { describe, expect, it } from 'vitest';
import { readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { fixture } from '../helpers/fixtures.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const run = (input: string, format = detectInputFormat(input)) =>
  produce(input, 'json', options, format).document;
const turns = (input: string, format?: ReturnType<typeof detectInputFormat>) => {
  const d = run(input, format);
  const name = (id: string | null) => d.speakers.find((s) => s.id === id)?.name ?? null;
  return d.blocks.map((b) => [b.type, name(b.speaker), b.text]);
};
const srt = (input: string) => {
  const body = String(produce(input, 'srt', options, detectInputFormat(input)).rendered?.body);
  expect(srtErrors(body)).toEqual([]);
  return parseSrt(body);
};

describe('a transcript set as an HTML table without a header row', () => {
  const page = (rows: string) =>
    `<html><body><main><h1>Water board hearing</h1>\n<table>\n${rows}</table></main></body></html>`;

  it('GOOD: time | speaker | text rows are turns, each time the turn’s anchor', () => {
    const html = page(
      [
        '<tr><td>00:00:05</td><td>Chair Ines Varga</td><td>The board will come to order.</td></tr>',
        '<tr><td>00:00:11</td><td>Dr. Kofi Mensah</td><td>Thank you. Our lab tested ninety wells.</td></tr>',
        '<tr><td>00:00:19</td><td>Chair Ines Varga</td><td>How many failed?</td></tr>',
        '<tr><td>00:00:22</td><td>Dr. Kofi Mensah</td><td>Seven, all north of the river.</td></tr>',
        '',
      ].join('\n'),
    );
    const d = run(html);
    expect(turns(html)).toEqual([
      ['headline', null, 'Water board hearing'],
      ['speech', 'Ines Varga', 'The board will come to order.'],
      ['speech', 'Dr. Kofi Mensah', 'Thank you. Our lab tested ninety wells.'],
      ['speech', 'Ines Varga', 'How many failed?'],
      ['speech', 'Dr. Kofi Mensah', 'Seven, all north of the river.'],
    ]);
    // The times are the turns' anchors, not words of the text; each row keeps its HTML line.
    expect(d.blocks.slice(1).map((b) => [b.line, b.timestampMs])).toEqual([
      [3, 5000],
      [4, 11000],
      [5, 19000],
      [6, 22000],
    ]);
    expect(d.messages.find((m) => m.ruleId === 'table-header')).toMatchObject({
      line: 2,
      reason: expect.stringContaining('column 2 the speaker'),
    });
  });

  it('GOOD: name | text rows, the names coming back, are turns (a bold name cell too)', () => {
    const html = page(
      [
        '<tr><td><b>Ines Varga</b></td><td>Who pays for the new pipes?</td></tr>',
        '<tr><td><b>Kofi Mensah</b></td><td>The state pays half and the town the rest.</td></tr>',
        '<tr><td><b>Ines Varga</b></td><td>And if the town cannot?</td></tr>',
        '<tr><td><b>Kofi Mensah</b></td><td>Then the work waits a year.</td></tr>',
        '',
      ].join('\n'),
    );
    expect(turns(html).slice(1)).toEqual([
      ['speech', 'Ines Varga', 'Who pays for the new pipes?'],
      ['speech', 'Kofi Mensah', 'The state pays half and the town the rest.'],
      ['speech', 'Ines Varga', 'And if the town cannot?'],
      ['speech', 'Kofi Mensah', 'Then the work waits a year.'],
    ]);
  });

  it('BAD: a table of data (each name once) and an A/V script (VO, SOT) are not turns', () => {
    const data = page(
      [
        '<tr><td>Northfield</td><td>Ninety wells tested, seven failed.</td></tr>',
        '<tr><td>Eastbrook</td><td>Forty wells tested, none failed.</td></tr>',
        '<tr><td>Westmoor</td><td>Twelve wells tested, two failed.</td></tr>',
        '',
      ].join('\n'),
    );
    const read = run(data);
    expect(read.speakers).toEqual([]);
    expect(read.messages.some((m) => m.ruleId === 'table-header')).toBe(false);
    expect(read.blocks.map((b) => b.text).join(' ')).toContain('Northfield');
    const script = page(
      [
        '<tr><td>ANCHOR ON CAM</td><td>Good evening.</td></tr>',
        '<tr><td>VO</td><td>Seven wells failed the test.</td></tr>',
        '<tr><td>SOT</td><td>We drink bottled water now.</td></tr>',
        '<tr><td>VO</td><td>The board meets again in May.</td></tr>',
        '',
      ].join('\n'),
    );
    // A programme: times, events and places, no speech, no names coming back.
    const programme = page(
      [
        '<tr><td>10:00</td><td>Opening</td><td>Main stage</td></tr>',
        '<tr><td>11:30</td><td>Choir</td><td>Church hall</td></tr>',
        '<tr><td>14:00</td><td>Parade</td><td>High Street</td></tr>',
        '',
      ].join('\n'),
    );
    const agenda = run(programme);
    expect(agenda.messages.some((m) => m.ruleId === 'table-header')).toBe(false);
    expect(agenda.speakers.map((p) => p.name)).not.toContain('Opening');
    expect(agenda.blocks.map((b) => b.text).join(' ')).toContain('10:00 Opening Main stage');
    const av = run(script);
    expect(av.speakers).toEqual([]);
    expect(av.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'ANCHOR ON CAM',
      'VO',
      'SOT',
      'VO',
    ]);
  });
});

describe('media times set as their own HTML elements (Podcasting 2.0 HTML, timestamp links)', () => {
  it('GOOD: <cite>Name:</cite> <time>0:06</time> <p>…: the time is the turn’s anchor, no word', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Episode 12</title></head><body>',
      '<cite>Mara Quint:</cite>',
      '<time>0:00</time>',
      '<p>Welcome back. Today, the ferry timetable.</p>',
      '<cite>Olu Barrow:</cite>',
      '<time>0:07</time>',
      '<p>Thanks, Mara. The winter timetable starts Monday.</p>',
      '<cite>Mara Quint:</cite>',
      '<time>1:02:13</time>',
      '<p>And the night boat?</p>',
      '</body></html>',
    ].join('\n');
    const d = run(html);
    expect(turns(html).filter((t) => t[0] === 'speech')).toEqual([
      ['speech', 'Mara Quint', 'Welcome back. Today, the ferry timetable.'],
      ['speech', 'Olu Barrow', 'Thanks, Mara. The winter timetable starts Monday.'],
      ['speech', 'Mara Quint', 'And the night boat?'],
    ]);
    expect(d.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      0, 7000, 3733000,
    ]);
    expect(d.messages.find((m) => m.ruleId === 'html-time-stamps')).toMatchObject({ line: 3 });
  });

  it('GOOD: a timestamp link to the media opening the turn is its anchor, not a note', () => {
    const html = [
      '<html><body><main><h1>Episode 12</h1>',
      '<p><a class="timestamp" href="#t=0">00:00</a> <b>Mara Quint:</b> Welcome back.</p>',
      '<p><a class="timestamp" href="https://example.org/ep12?t=7">00:07</a> <b>Olu Barrow:</b> Thanks, Mara.</p>',
      '</main></body></html>',
    ].join('\n');
    const d = run(html);
    expect(d.blocks.map((b) => [b.type, b.text, b.timestampMs])).toEqual([
      ['headline', 'Episode 12', null],
      ['speech', 'Welcome back.', 0],
      ['speech', 'Thanks, Mara.', 7000],
    ]);
    expect(d.messages.some((m) => m.ruleId === 'whitespace')).toBe(false);
  });

  it('BAD: a time of day (a live blog’s <time datetime>, a post link) or inside a sentence stays text', () => {
    const html = [
      '<html><body><article><h1>Live: the storm</h1>',
      '<p><time datetime="2026-03-01T10:32">10:32</time> The minister arrived at the harbour.</p>',
      '<p><a href="/live/storm#post-9">10:41</a> Ferries are cancelled until noon.</p>',
      '<p>Doors open: <time>7:30</time> tonight.</p>',
      '</article></body></html>',
    ].join('\n');
    const d = run(html);
    expect(d.blocks.map((b) => b.text)).toEqual([
      'Live: the storm',
      '10:32 The minister arrived at the harbour.',
      '10:41 Ferries are cancelled until noon.',
      'Doors open: 7:30 tonight.',
    ]);
    expect(d.messages.some((m) => m.ruleId === 'html-time-stamps')).toBe(false);
  });
});

describe('a word processor’s two-column transcript pasted as text (name TAB words)', () => {
  it('GOOD: each row a turn of its speaker; Q and A rows too', () => {
    const text = [
      'Ines Varga\tWho pays for the new pipes?',
      'Kofi Mensah\tThe state pays half and the town the rest.',
      'Ines Varga\tAnd if the town cannot?',
      'Kofi Mensah\tThen the work waits a year.',
      '',
    ].join('\n');
    expect(detectInputFormat(text)).toBe('csv');
    expect(turns(text)).toEqual([
      ['speech', 'Ines Varga', 'Who pays for the new pipes?'],
      ['speech', 'Kofi Mensah', 'The state pays half and the town the rest.'],
      ['speech', 'Ines Varga', 'And if the town cannot?'],
      ['speech', 'Kofi Mensah', 'Then the work waits a year.'],
    ]);
    const qa = 'Q\tWhen did the pipes fail?\nA\tIn March.\nQ\tAll of them?\nA\tNo, seven.\n';
    const d = run(qa);
    expect(d.blocks.map((b) => b.text)).toEqual([
      'When did the pipes fail?',
      'In March.',
      'All of them?',
      'No, seven.',
    ]);
    expect(new Set(d.blocks.map((b) => b.speaker)).size).toBe(2);
  });

  it('BAD: tag lines with a colon, a glossary and two rows stay text', () => {
    for (const text of [
      'INES VARGA:\tWho pays?\nKOFI MENSAH:\tThe state.\nINES VARGA:\tAll of it?\n',
      'Northfield\tNinety wells tested.\nEastbrook\tForty wells tested.\nWestmoor\tTwelve wells.\n',
      'Ines Varga\tWho pays?\nKofi Mensah\tThe state.\n',
    ])
      expect(detectInputFormat(text), text).toBe('text');
  });
});

describe('YouTube caption XML, its text escaped twice (&amp;#39;)', () => {
  it('GOOD: srv1 <transcript> and srv3 <timedtext>: the words decoded once more, on their times', () => {
    const srv1 = [
      '<?xml version="1.0" encoding="utf-8" ?><transcript>',
      '<text start="1.5" dur="2.5">It&amp;#39;s the town&amp;#39;s water</text>',
      '<text start="4.2" dur="2.1">and it&amp;#39;s &amp;quot;safe&amp;quot; &amp;amp; clean</text>',
      '</transcript>',
    ].join('\n');
    const cues = srt(srv1);
    expect(
      cues
        .map((c) => c.lines.join(' '))
        .join(' ')
        .replace(/’/g, "'"),
    ).toBe("It's the town's water and it's “safe” & clean");
    expect(cues[0]?.startMs).toBe(1520);
    expect(cues.at(-1)?.endMs).toBeGreaterThan(6000);
    const srv3 = [
      '<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body>',
      '<p t="1920" d="4320">We&amp;#39;re testing &amp;amp; fixing</p>',
      '<p t="6240" d="3100">the town&amp;#39;s pipes</p>',
      '</body></timedtext>',
    ].join('\n');
    const d = run(srv3);
    // The apostrophes as the typography rule leaves them (curly or not): the words themselves.
    expect(d.blocks.map((b) => b.text.replace(/’/g, "'"))).toEqual([
      "We're testing & fixing the town's pipes",
    ]);
    expect(d.blocks[0]?.startMs).toBe(1920);
    expect(d.messages.find((m) => m.ruleId === 'html-entity')).toMatchObject({
      line: 2,
      reason: expect.stringContaining('of 2 caption text(s)'),
    });
    expect(srt(srv3)[0]?.startMs).toBe(1920);
  });

  it('BAD: an ampersand that starts no reference stays as it is, and nothing is reported', () => {
    const srv1 =
      '<?xml version="1.0" encoding="utf-8" ?><transcript><text start="1" dur="2">Q&amp;A at AT&amp;T; today</text></transcript>';
    const d = run(srv1);
    expect(d.blocks.map((b) => b.text)).toEqual(['Q&A at AT&T; today']);
    expect(d.messages.some((m) => m.ruleId === 'html-entity')).toBe(false);
  });
});

describe('ElevenLabs Scribe multichannel (use_multi_channel: transcripts per channel)', () => {
  const channel = (index: number, words: [string, number, number][]) => ({
    language_code: 'en',
    language_probability: 0.98,
    text: words.map((w) => w[0]).join(' '),
    channel_index: index,
    words: words.flatMap(([text, start, end], k) => [
      ...(k > 0 ? [{ text: ' ', start, end: start, type: 'spacing' }] : []),
      { text, start, end, type: 'word', speaker_id: `speaker_${index}`, logprob: -0.1 },
    ]),
  });
  const result = {
    transcripts: [
      channel(0, [
        ['Welcome', 0.2, 0.6],
        ['back.', 0.6, 1.0],
        ['Go', 3.0, 3.2],
        ['on.', 3.2, 3.5],
      ]),
      channel(1, [
        ['Thanks', 1.4, 1.8],
        ['for', 1.8, 1.9],
        ['having', 1.9, 2.2],
        ['me.', 2.2, 2.5],
      ]),
    ],
    transcription_id: 'x1',
  };

  it('GOOD: every channel’s words, merged by time, each channel a speaker', () => {
    const json = JSON.stringify(result);
    expect(detectInputFormat(json)).toBe('json');
    expect(readAsrWords(result, 'elevenlabs').map((w) => [w.text, w.speaker])).toEqual([
      ['Welcome', 'speaker_0'],
      ['back.', 'speaker_0'],
      ['Go', 'speaker_0'],
      ['on.', 'speaker_0'],
      ['Thanks', 'speaker_1'],
      ['for', 'speaker_1'],
      ['having', 'speaker_1'],
      ['me.', 'speaker_1'],
    ]);
    const d = run(json);
    const speeches = d.blocks.filter((b) => b.type === 'speech');
    expect(speeches.map((b) => b.text)).toEqual([
      'Welcome back.',
      'Thanks for having me.',
      'Go on.',
    ]);
    expect(speeches[0]?.speaker).toBe(speeches[2]?.speaker);
    expect(speeches[1]?.speaker).not.toBe(speeches[0]?.speaker);
  });

  it('BAD: a channel without speaker ids is still its own voice; one channel is one result', () => {
    const bare = structuredClone(result);
    for (const t of bare.transcripts)
      for (const w of t.words) delete (w as { speaker_id?: string }).speaker_id;
    const speeches = run(JSON.stringify(bare)).blocks.filter((b) => b.type === 'speech');
    expect(new Set(speeches.map((b) => b.speaker)).size).toBe(2);
    const single = { transcripts: [result.transcripts[0]] };
    const one = run(JSON.stringify(single)).blocks;
    expect(one.map((b) => b.text)).toEqual(['Welcome back.', 'Go on.']);
    expect(one[0]?.speaker).toBe(one[1]?.speaker);
  });
});

describe('a speaker the input marks, its words short (`<v Travis>Absolutely`)', () => {
  // A one-word name and a one-word reply, alone, read as a heading (`Budget: Statement`); a
  // caption's voice, a speech-to-text result's speaker or a table's speaker column say otherwise.
  const speeches = (input: string) =>
    turns(input)
      .filter((t) => t[0] === 'speech')
      .map((t) => [t[1], t[2]]);
  const expected = [
    ['Sarah', 'So should every show have a trailer?'],
    ['Travis', 'Absolutely'],
    ['Sarah', 'Why?'],
    ['Travis', 'It tells new listeners what to expect.'],
  ];

  it('GOOD: WebVTT voices, and a label the caption opens with', () => {
    const cue = (n: number, from: string, to: string, text: string) =>
      `${n}\n00:00:${from} --> 00:00:${to}\n${text}\n`;
    const vtt = `WEBVTT\n\n${[
      cue(1, '00.500', '02.500', '<v Sarah>So should every show have a trailer?'),
      cue(2, '02.750', '03.300', '<v Travis>Absolutely'),
      cue(3, '03.500', '05.000', '<v Sarah>Why?'),
      cue(4, '05.500', '07.000', '<v Travis>It tells new listeners what to expect.'),
    ].join('\n')}`;
    expect(speeches(vtt)).toEqual(expected);
    expect(speeches(vtt.replace(/<v (\w+)>/g, '$1: '))).toEqual(expected);
  });

  it('GOOD: a speech-to-text result’s named speakers, a table’s speaker column', () => {
    const segments = expected.map(([speaker, text], k) => ({
      start: k * 2,
      end: k * 2 + 1.5,
      text,
      speaker,
    }));
    expect(speeches(JSON.stringify({ segments }))).toEqual(expected);
    const csv = `Speaker,Text\n${expected.map(([who, text]) => `${who},"${text}"`).join('\n')}\n`;
    expect(speeches(csv)).toEqual(expected);
  });

  it('GOOD: the Podcasting 2.0 examples (CC0): every turn, its speaker and time', () => {
    const json = run(fixture('podcast-namespace/example.json'));
    expect(turns(fixture('podcast-namespace/example.json'))).toEqual([
      ['speech', 'Darth Vader', 'I am your father.'],
      ['speech', 'Luke', 'Nooooo'],
    ]);
    expect(json.blocks.map((b) => b.startMs)).toEqual([500, 2750]);
    const html = fixture('podcast-namespace/example.html');
    const d = run(html);
    const spoken = d.blocks.filter((b) => b.type === 'speech');
    expect(spoken).toHaveLength(10);
    expect(d.blocks.every((b) => b.type === 'speech' || b.type === 'headline')).toBe(true);
    // Every <time> is its turn's anchor, none a word: the times in order, from 0:00.
    const times = spoken.map((b) => b.timestampMs);
    expect(times[0]).toBe(0);
    expect(times.every((t, k) => t !== null && (k === 0 || t > (times[k - 1] as number)))).toBe(
      true,
    );
    expect(spoken.some((b) => /^\d+:\d\d/.test(b.text))).toBe(false);
  });

  it('BAD: pasted text gives no such mark: `Budget: Statement` stays a heading', () => {
    const text = 'Jane Doe: Good evening.\n\nBudget: Statement\n\nJane Doe: The council met.\n';
    expect(turns(text)).toEqual([
      ['speech', 'Jane Doe', 'Good evening.'],
      ['headline', null, 'Budget: Statement'],
      ['speech', 'Jane Doe', 'The council met.'],
    ]);
  });
});

describe('caption files as tools really write them (pycaption’s test shapes)', () => {
  const words = (input: string) => run(input).blocks.map((b) => b.text);

  it('GOOD: a WebVTT header with no blank line before the first cue keeps that cue', () => {
    const vtt =
      'WEBVTT\nKind: captions\n00:00:01.000 --> 00:00:03.000\nThe ferry is late.\n\n00:00:03.500 --> 00:00:05.000\nAgain.\n';
    expect(words(vtt)).toEqual(['The ferry is late. Again.']);
    const cues = srt(vtt);
    expect(cues[0]?.startMs).toBe(1000);
    expect(run(vtt).messages.find((m) => m.ruleId === 'caption-metadata')?.actual).toBe(
      'Kind: captions',
    );
  });

  const ttml = (...ps: string[]) =>
    `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>\n${ps.join('\n')}\n</div></body></tt>`;

  it('GOOD: TTML clock times with one hour digit, and an empty end, are read', () => {
    const one = ttml(
      '<p begin="0:00:02.700" end="0:00:05.700">The ferry is late.</p>',
      '<p begin="0:00:06.000" end="">Again.</p>',
    );
    expect(words(one)).toEqual(['The ferry is late. Again.']);
    const cues = srt(one);
    expect(cues[0]?.startMs).toBe(2720);
    expect(cues.at(-1)?.endMs).toBeGreaterThan(6000);
  });

  it('GOOD: a “<” typed into a caption is text; the captions after it stay', () => {
    const stray = ttml(
      '<p begin="00:00:01.000" end="00:00:03.000">>> I am fine << she said.</p>',
      '<p begin="00:00:03.500" end="00:00:05.000">The ferry is late.</p>',
    );
    const d = run(stray);
    expect(d.blocks.map((b) => b.text).join(' ')).toBe('I am fine << she said. The ferry is late.');
    expect(d.messages.find((m) => m.ruleId === 'xml-malformed')).toMatchObject({ line: 2 });
  });

  it('BAD: a time that is none, and real elements, stay as they were', () => {
    const bad = ttml(
      '<p begin="soon" end="later">Never shown.</p>',
      '<p begin="00:00:03.500" end="00:00:05.000">The <span>ferry</span><br/>is late.</p>',
    );
    const d = run(bad);
    expect(d.blocks.map((b) => b.text)).toEqual(['The ferry is late.']);
    expect(d.messages.find((m) => m.ruleId === 'caption-bad-time')?.actual).toBe('Never shown.');
    expect(d.messages.some((m) => m.ruleId === 'xml-malformed')).toBe(false);
  });
});
