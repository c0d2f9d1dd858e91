/**
 * Timed input as real tools write it (round 24): Final Cut Pro 7 XML's text generators, FCPXML
 * titles inside compound clips, editor exports' range lines and role labels, a script's
 * `IN TC` / `SOT IN: … OUT: …` lines, and a cue opening with the last words of the one before.
 */
import { describe, expect, it } from 'vitest';
import { detectInputFormat, ingest } from '../../src/ingest/index.ts';
import { blockRows, readInput } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(readInput(text));
const cueText = (text: string) =>
  ingest(text, detectInputFormat(text), { keepCueTimes: true }).text;

/** A Final Cut Pro 7 XML sequence at `rate` holding the given generators. */
function xmeml(rate: string, items: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE xmeml>',
    '<xmeml version="5">',
    '  <sequence id="sequence-1">',
    '    <name>Harbour Story</name>',
    `    <rate>${rate}</rate>`,
    '    <media><video><track>',
    ...items,
    '    </track></video></media>',
    '  </sequence>',
    '</xmeml>',
  ].join('\n');
}

function generator(effect: string, start: number, end: number, text: string): string {
  return [
    '      <generatoritem id="Text">',
    `        <name>${effect}</name>`,
    '        <rate><timebase>30</timebase><ntsc>FALSE</ntsc></rate>',
    `        <in>0</in><out>${end - start}</out><start>${start}</start><end>${end}</end>`,
    `        <effect><name>${effect}</name><effectid>${effect}</effectid><effectcategory>Text</effectcategory>`,
    `          <parameter><parameterid>str</parameterid><name>Text</name><value>${text}</value></parameter>`,
    '          <parameter><parameterid>fontname</parameterid><name>Font</name><value>Lucida Grande</value></parameter>',
    '        </effect>',
    '      </generatoritem>',
  ].join('\n');
}

describe('Final Cut Pro 7 XML (xmeml): text generators are the subtitles', () => {
  const file = xmeml('<timebase>25</timebase><ntsc>FALSE</ntsc>', [
    generator('Text', 0, 75, 'The ferry left the harbour at dawn.'),
    generator('Outline Text', 800, 900, 'Nobody on board&#13;expected the storm.'),
  ]);

  it('GOOD: read as timed input, each generator a cue on its frames at the timebase', () => {
    expect(detectInputFormat(file)).toBe('ttml');
    expect(cueText(file)).toBe(
      '[00:00:00] The ferry left the harbour at dawn.\n\n[00:00:32] Nobody on board expected the storm.',
    );
    expect(rows(file)).toEqual([
      ['narration', null, 'The ferry left the harbour at dawn.'],
      ['narration', null, 'Nobody on board expected the storm.'],
    ]);
  });

  it('GOOD: an NTSC timebase (30, `<ntsc>TRUE`) counts 29.97 frames a second', () => {
    const ntsc = xmeml('<ntsc>TRUE</ntsc><timebase>30</timebase>', [
      generator('Text', 0, 60, 'The ferry left.'),
      generator('Text', 1799, 1900, 'It came back.'),
    ]);
    expect(cueText(ntsc)).toContain('[00:01:00] It came back.');
  });

  it('GOOD: a lower third beside the text generators is a strap, reported, not speech', () => {
    const straps = xmeml('<timebase>25</timebase>', [
      generator('Lower 3rd', 0, 75, 'Maria Lund, harbour master'),
      generator('Text', 0, 75, 'We rebuilt the pier twice.'),
    ]);
    const out = ingest(straps, 'ttml');
    expect(out.text).toBe('We rebuilt the pier twice.');
    expect(out.messages?.map((m) => [m.ruleId, m.actual])).toContainEqual([
      'caption-metadata',
      'Maria Lund, harbour master',
    ]);
  });

  it('GOOD: an edge beside a transition (-1) from the other edge and the clip’s in and out', () => {
    const faded = xmeml('<timebase>25</timebase>', [
      generator('Text', 0, 75, 'The ferry left the harbour at dawn.').replace(
        '<end>75</end>',
        '<end>-1</end>',
      ),
      generator('Text', 800, 900, 'Nobody on board expected the storm.').replace(
        '<start>800</start>',
        '<start>-1</start>',
      ),
    ]);
    expect(cueText(faded)).toBe(
      '[00:00:00] The ferry left the harbour at dawn.\n\n[00:00:32] Nobody on board expected the storm.',
    );
    const bad = faded.replace(/<in>0<\/in><out>100<\/out>/, '');
    expect(ingest(bad, 'ttml').messages?.map((m) => m.ruleId)).toContain('caption-bad-cue');
  });

  it('BAD: an XML document of another root is not read as Final Cut Pro 7 XML', () => {
    const other = '<?xml version="1.0"?>\n<project><xmeml>not a root</xmeml></project>';
    expect(detectInputFormat(other)).not.toBe('ttml');
  });
});

describe('FCPXML: titles inside a compound clip are timed where the clip is placed', () => {
  const title = (offset: string, duration: string, text: string) =>
    `<title ref="r2" lane="1" offset="${offset}" start="3600s" duration="${duration}"><text><text-style ref="ts">${text}</text-style></text></title>`;
  const file = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE fcpxml>',
    '<fcpxml version="1.10">',
    '  <resources>',
    '    <format id="r1" frameDuration="100/2500s"/>',
    '    <effect id="r2" name="Basic Title"/>',
    '    <media id="r3" name="Interview compound">',
    '      <sequence format="r1" duration="20s" tcStart="0s">',
    '        <spine><gap offset="0s" duration="20s" start="3600s">',
    `          ${title('3601s', '4s', 'We rebuilt the pier twice.')}`,
    `          ${title('3606s', '4s', 'The second time it held.')}`,
    '        </gap></spine>',
    '      </sequence>',
    '    </media>',
    '  </resources>',
    '  <library><event name="Harbour"><project name="Harbour cut">',
    '    <sequence format="r1" duration="60s" tcStart="0s">',
    '      <spine>',
    '        <gap offset="0s" duration="10s" start="3600s">',
    `          ${title('3602s', '3s', 'Morning on the quay.')}`,
    '        </gap>',
    '        <ref-clip ref="r3" offset="10s" duration="12s" start="0s"/>',
    '        <gap offset="22s" duration="10s" start="3600s">',
    `          ${title('3601s', '3s', 'Evening again.')}`,
    '        </gap>',
    '      </spine>',
    '    </sequence>',
    '  </project></event></library>',
    '</fcpxml>',
  ].join('\n');

  it('GOOD: the compound clip’s titles at its offset in the project, in order', () => {
    expect(cueText(file)).toBe(
      '[00:00:02] Morning on the quay.\n\n[00:00:11] We rebuilt the pier twice. The second time it held.\n\n[00:00:23] Evening again.',
    );
  });

  it('GOOD: placed twice, trimmed each time: the titles of the part seen, where it is seen', () => {
    const twice = file.replace(
      '<ref-clip ref="r3" offset="10s" duration="12s" start="0s"/>',
      '<ref-clip ref="r3" offset="10s" duration="6s" start="0s"/><ref-clip ref="r3" offset="40s" duration="10s" start="5s"/>',
    );
    const out = ingest(twice, 'ttml', { keepCueTimes: true });
    expect(out.text).toBe(
      '[00:00:02] Morning on the quay.\n\n[00:00:11] We rebuilt the pier twice.\n\n[00:00:23] Evening again.\n\n[00:00:41] The second time it held.',
    );
    expect(out.messages?.find((m) => m.ruleId === 'caption-trimmed')?.actual).toBe(
      'The second time it held.\nWe rebuilt the pier twice.',
    );
  });

  it('BAD: a compound clip no project places shows nothing', () => {
    const unused = file.replace(/<ref-clip [^>]*\/>/, '');
    expect(cueText(unused)).not.toContain('We rebuilt');
  });
});

describe('an editor’s timecode range over a role label in capitals (Premiere Pro export)', () => {
  it('GOOD: `REPORTER` / `FISHERMAN` under each range are the speakers, the start their time', () => {
    const text = [
      '00:00:00:00 - 00:00:04:12',
      'REPORTER',
      'The ferry left the harbour at dawn, as it does every day.',
      '',
      '00:00:04:12 - 00:00:09:00',
      'FISHERMAN',
      'Nobody on board expected the storm that came in.',
      '',
      '00:00:09:00 - 00:00:14:05',
      'REPORTER',
      'By noon the crossing was closed.',
    ].join('\n');
    const d = readInput(text);
    expect(blockRows(d)).toEqual([
      ['speech', 'reporter', 'The ferry left the harbour at dawn, as it does every day.'],
      ['speech', 'Fisherman', 'Nobody on board expected the storm that came in.'],
      ['speech', 'reporter', 'By noon the crossing was closed.'],
    ]);
    expect(d.blocks.map((b) => b.timestampMs)).toEqual([0, 4000, 9000]);
  });

  it('BAD: a bare time over a one-word label, or a range over a word in ordinary case, is no tag', () => {
    expect(rows('00:00:15\nREPORTER\nThe ferry left the harbour at dawn.\n')[0]?.[0]).not.toBe(
      'speech',
    );
    const heading = rows('00:00:00:00 - 00:00:04:12\nWelcome\nThe ferry left at dawn.\n');
    expect(heading.some((r) => r[0] === 'speech')).toBe(false);
    const sound = readInput('00:00:00:00 - 00:00:04:12\nMUSIC\nThe ferry left at dawn.\n');
    expect(sound.speakers).toEqual([]);
  });
});

describe('a range with each end in brackets alone over the words, after a header', () => {
  it('GOOD: minutes and seconds (`[00:02] --> [00:09]`) over a tagged turn: its time', () => {
    const text = [
      'Harbour interview - transcript',
      '',
      '[00:02] --> [00:09]',
      'Maria Lund: We rebuilt the pier twice after the flood.',
      '',
      '[00:09] --> [00:15]',
      'Tom Berg: And the second time?',
    ].join('\n');
    const d = readInput(text);
    expect(blockRows(d).slice(1)).toEqual([
      ['speech', 'Maria Lund', 'We rebuilt the pier twice after the flood.'],
      ['speech', 'Tom Berg', 'And the second time?'],
    ]);
    expect(d.blocks.slice(1).map((b) => b.timestampMs)).toEqual([2000, 9000]);
  });

  it('GOOD: with hours, the words on the next line: no arrow or time left in them', () => {
    const text = [
      'Transcript: Harbour interview',
      '',
      '[00:01:02] --> [00:01:09]',
      'We rebuilt the pier twice after the flood.',
      '',
      '[00:01:09] --> [00:01:15]',
      'And the second time?',
    ].join('\n');
    expect(rows(text).slice(1)).toEqual([
      ['narration', null, 'We rebuilt the pier twice after the flood.'],
      ['narration', null, 'And the second time?'],
    ]);
  });

  it('GOOD: minutes and seconds opening each tagged line after a header: the tag’s time', () => {
    const text = [
      'Harbour Committee',
      '',
      '[01:02] --> [01:09] Chair: The meeting is open.',
      '[01:10] --> [01:15] Morag Bell: The report is late again.',
      '[01:16] --> [01:20] Chair: Then next month.',
    ].join('\n');
    const d = readInput(text);
    expect(blockRows(d).slice(1)).toEqual([
      ['speech', 'chair', 'The meeting is open.'],
      ['speech', 'Morag Bell', 'The report is late again.'],
      ['speech', 'chair', 'Then next month.'],
    ]);
    expect(d.blocks.slice(1).map((b) => b.timestampMs)).toEqual([62000, 70000, 76000]);
  });

  it('BAD: a clock range (`10:00 - 11:00`) over an agenda item stays text', () => {
    const text = 'Harbour Committee\n\n10:00 - 11:00\nWelcome and apologies.\n';
    expect(rows(text).some((r) => String(r[2]).includes('10:00 - 11:00'))).toBe(true);
  });
});

describe('a script’s in and out timecodes (`IN TC 10:00:01:00`, `SOT IN: … OUT: …`)', () => {
  it('GOOD: directions, never a heading nor the words of the turn above', () => {
    const text = [
      'FERRY STORM / PKG / 1:45',
      '',
      'IN TC 10:00:01:00',
      'REPORTER: The ferry left the harbour at dawn.',
      '',
      'SOT IN: 10:01:12:05 OUT: 10:01:19:10',
      'FISHERMAN: Nobody on board expected the storm.',
      '',
      'REPORTER: By noon the crossing was closed.',
      'OUT TC 10:01:45:00',
    ].join('\n');
    expect(rows(text).slice(1)).toEqual([
      ['direction', null, 'IN TC 10:00:01:00'],
      ['speech', 'reporter', 'The ferry left the harbour at dawn.'],
      ['direction', null, 'SOT IN: 10:01:12:05 OUT: 10:01:19:10'],
      ['speech', 'Fisherman', 'Nobody on board expected the storm.'],
      ['speech', 'reporter', 'By noon the crossing was closed.'],
      ['direction', null, 'OUT TC 10:01:45:00'],
    ]);
  });

  it('BAD: a sentence opening with `In` and a time is words', () => {
    const text = 'REPORTER: The ferry left.\nIn 10:30 minutes the storm came.\n';
    expect(rows(text).some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe('a cue opening with the last words of the cue before (no rolling captions)', () => {
  const srt = (texts: string[]) =>
    texts
      .map(
        (t, i) =>
          `${i + 1}\n00:01:${String(2 + 7 * i).padStart(2, '0')},000 --> 00:01:${String(8 + 7 * i).padStart(2, '0')},000\n${t}\n`,
      )
      .join('\n');

  it('GOOD: once in a short file, the words are kept (a question echoed in the answer)', () => {
    const text = srt([
      'We rebuilt the pier twice after the flood.',
      'And the second time?',
      'The second time it held through the winter.',
    ]);
    expect(ingest(text, 'srt').text).toBe(
      'We rebuilt the pier twice after the flood. And the second time? The second time it held through the winter.',
    );
  });

  it('BAD: cues that roll up (each repeating the line before) still drop the repeats', () => {
    const text = srt([
      'the ferry left',
      'the ferry left the harbour at dawn',
      'the harbour at dawn and nobody expected',
      'and nobody expected the storm',
    ]);
    expect(ingest(text, 'srt').text).toBe(
      'the ferry left the harbour at dawn and nobody expected the storm',
    );
  });
});

describe('segments of several channels (Gladia v2 `utterances` with `channel`)', () => {
  const utterance = (channel: number, speaker: number, start: number, text: string) => ({
    language: 'en',
    start,
    end: start + 1.5,
    confidence: 0.9,
    channel,
    speaker,
    text,
    words: text.split(' ').map((word, i) => ({
      word: `${i ? ' ' : ''}${word}`,
      start: start + i * 0.3,
      end: start + i * 0.3 + 0.25,
      confidence: 0.9,
    })),
  });
  const gladia = (utterances: unknown[]) =>
    JSON.stringify({
      id: 'g1',
      status: 'done',
      kind: 'pre-recorded',
      file: { number_of_channels: 2 },
      result: {
        metadata: { audio_duration: 9, number_of_distinct_channels: 2 },
        transcription: { languages: ['en'], full_transcript: '', utterances },
      },
    });

  it('GOOD: each channel a voice, though each channel’s diarization says speaker 0', () => {
    const d = readInput(
      gladia([
        utterance(0, 0, 0.3, 'We rebuilt the pier twice.'),
        utterance(1, 0, 3.1, 'And the second time?'),
        utterance(0, 0, 5.2, 'It held.'),
      ]),
    );
    expect(d.blocks.map((b) => [b.speaker, b.text, b.timedWords?.[0]?.startMs])).toEqual([
      ['speaker-1', 'We rebuilt the pier twice.', 300],
      ['speaker-2', 'And the second time?', 3100],
      ['speaker-1', 'It held.', 5200],
    ]);
  });

  it('GOOD: two voices on one channel stay two', () => {
    const d = readInput(
      gladia([
        utterance(0, 0, 0.3, 'We rebuilt the pier twice.'),
        utterance(0, 1, 3.1, 'And the second time?'),
        utterance(1, 0, 5.2, 'It held.'),
      ]),
    );
    expect(new Set(d.blocks.map((b) => b.speaker)).size).toBe(3);
  });

  it('BAD: one channel only: the diarization’s speakers as they are', () => {
    const d = readInput(
      gladia([
        utterance(0, 0, 0.3, 'We rebuilt the pier twice.'),
        utterance(0, 0, 3.1, 'And the second time?'),
      ]),
    );
    expect(new Set(d.blocks.map((b) => b.speaker)).size).toBe(1);
  });
});

describe('Deepgram saved with its utterances only, `multichannel=true`', () => {
  const word = (w: string, start: number, speaker?: number) => ({
    word: w.toLowerCase().replace(/[.?]/g, ''),
    punctuated_word: w,
    start,
    end: start + 0.25,
    confidence: 0.9,
    ...(speaker === undefined ? {} : { speaker }),
  });
  const utterance = (channel: number, start: number, text: string, speaker?: number) => ({
    id: `u${start}`,
    channel,
    start,
    end: start + 1.5,
    confidence: 0.9,
    transcript: text,
    ...(speaker === undefined ? {} : { speaker }),
    words: text.split(' ').map((w, i) => word(w, start + i * 0.3, speaker)),
  });
  const response = (utterances: unknown[]) =>
    JSON.stringify({ metadata: { request_id: 'r', channels: 2 }, results: { utterances } });

  it('GOOD: each channel a voice, though each channel’s diarization says speaker 0', () => {
    const d = readInput(
      response([
        utterance(0, 0.3, 'We rebuilt the pier twice.', 0),
        utterance(1, 3.1, 'And the second time?', 0),
        utterance(0, 5.2, 'It held.', 0),
      ]),
    );
    expect(d.blocks.map((b) => [b.speaker, b.text])).toEqual([
      ['speaker-1', 'We rebuilt the pier twice.'],
      ['speaker-2', 'And the second time?'],
      ['speaker-1', 'It held.'],
    ]);
  });

  it('GOOD: without diarization, the channels alone', () => {
    const d = readInput(
      response([
        utterance(0, 0.3, 'We rebuilt the pier twice.'),
        utterance(1, 3.1, 'And the second time?'),
      ]),
    );
    expect(d.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it('BAD: utterances of one channel keep the diarization’s speakers', () => {
    const d = readInput(
      response([
        utterance(0, 0.3, 'We rebuilt the pier twice.', 0),
        utterance(0, 3.1, 'And the second time?', 0),
      ]),
    );
    expect(new Set(d.blocks.map((b) => b.speaker)).size).toBe(1);
  });
});

describe('titles switched off are not in the cut', () => {
  it('GOOD: Final Cut Pro 7: a generator with `<enabled>FALSE`', () => {
    const off = (item: string) =>
      item.replace('</generatoritem>', '<enabled>FALSE</enabled></generatoritem>');
    const file = xmeml('<timebase>25</timebase>', [
      generator('Text', 0, 75, 'The ferry left the harbour at dawn.'),
      off(generator('Text', 100, 150, 'A draft line.')),
      generator('Text', 800, 900, 'Nobody on board expected the storm.'),
    ]);
    const out = ingest(file, 'ttml');
    expect(out.text).toBe(
      'The ferry left the harbour at dawn.\n\nNobody on board expected the storm.',
    );
    expect(out.messages?.find((m) => m.ruleId === 'caption-trimmed')?.actual).toBe('A draft line.');
  });

  it('GOOD: FCPXML: a clip with `enabled="0"` and the titles it holds', () => {
    const file = [
      '<fcpxml version="1.10"><library><event name="E"><project name="P">',
      '<sequence duration="60s" tcStart="0s"><spine>',
      '<gap offset="0s" duration="10s" start="3600s"><title lane="1" offset="3601s" start="3600s" duration="3s"><text><text-style>Morning on the quay.</text-style></text></title></gap>',
      '<gap offset="10s" duration="10s" start="3600s" enabled="0"><title lane="1" offset="3601s" start="3600s" duration="3s"><text><text-style>A draft line.</text-style></text></title></gap>',
      '</spine></sequence></project></event></library></fcpxml>',
    ].join('\n');
    const out = ingest(file, 'ttml');
    expect(out.text).toBe('Morning on the quay.');
    expect(out.messages?.map((m) => m.ruleId)).toContain('caption-trimmed');
  });

  it('BAD: `<enabled>TRUE` (and `enabled="1"`) change nothing', () => {
    const file = xmeml('<timebase>25</timebase>', [
      generator('Text', 0, 75, 'The ferry left.').replace(
        '</generatoritem>',
        '<enabled>TRUE</enabled></generatoritem>',
      ),
    ]);
    expect(ingest(file, 'ttml').text).toBe('The ferry left.');
  });
});

describe('live transcription sessions saved as JSON Lines (OpenAI Realtime, ElevenLabs Scribe)', () => {
  const lines = (messages: unknown[]) => messages.map((m) => JSON.stringify(m)).join('\n');

  it('GOOD: OpenAI Realtime: each completed item’s transcript once, a paragraph each', () => {
    const item = (id: string, parts: string[]) => [
      ...parts.map((delta, i) => ({
        type: 'conversation.item.input_audio_transcription.delta',
        event_id: `${id}-${i}`,
        item_id: id,
        content_index: 0,
        delta,
      })),
      {
        type: 'conversation.item.input_audio_transcription.completed',
        event_id: `${id}-done`,
        item_id: id,
        content_index: 0,
        transcript: parts.join(''),
      },
    ];
    const text = lines([
      ...item('item_1', ['We rebuilt', ' the pier twice.']),
      ...item('item_2', ['And the second', ' time?']),
    ]);
    expect(detectInputFormat(text)).toBe('json');
    expect(rows(text)).toEqual([
      ['narration', null, 'We rebuilt the pier twice.'],
      ['narration', null, 'And the second time?'],
    ]);
  });

  it('GOOD: ElevenLabs: the commits with their words, each once, on their times', () => {
    const words = (text: string, start: number) =>
      text.split(' ').flatMap((w, i) => [
        ...(i
          ? [{ text: ' ', start: start + i * 0.3, end: start + i * 0.3, type: 'spacing' }]
          : []),
        {
          text: w,
          start: start + i * 0.3,
          end: start + i * 0.3 + 0.25,
          type: 'word',
          logprob: 0,
        },
      ]);
    const commit = (text: string, start: number) => [
      { message_type: 'committed_transcript', text },
      {
        message_type: 'committed_transcript_with_timestamps',
        text,
        language_code: 'en',
        words: words(text, start),
      },
    ];
    const text = lines([
      { message_type: 'session_started', session_id: 's1' },
      { message_type: 'partial_transcript', text: 'We rebuilt' },
      ...commit('We rebuilt the pier twice.', 0.3),
      { message_type: 'partial_transcript', text: 'And the' },
      ...commit('And the second time?', 3.1),
    ]);
    const d = readInput(text);
    expect(d.blocks.map((b) => b.text).join(' ')).toBe(
      'We rebuilt the pier twice. And the second time?',
    );
    expect(d.blocks.flatMap((b) => b.timedWords?.map((w) => w.startMs) ?? [])).toEqual([
      300, 600, 900, 1200, 1500, 3100, 3400, 3700, 4000,
    ]);
  });

  it('GOOD: ElevenLabs without timestamps: the committed texts, untimed', () => {
    const text = lines([
      { message_type: 'partial_transcript', text: 'We rebuilt' },
      { message_type: 'committed_transcript', text: 'We rebuilt the pier twice.' },
      { message_type: 'committed_transcript', text: 'And the second time?' },
    ]);
    expect(rows(text).map((r) => r[2])).toEqual([
      'We rebuilt the pier twice.',
      'And the second time?',
    ]);
  });

  it('BAD: JSON Lines of no live session stay text', () => {
    const text = lines([
      { type: 'log', message: 'started' },
      { type: 'log', message: 'stopped' },
    ]);
    expect(detectInputFormat(text)).toBe('text');
  });
});

describe('Avid Media Composer’s marker list (tab-separated, no header)', () => {
  const markers = [
    'editor\t01:00:02:00\tV1\tred\tWe rebuilt the pier twice after the flood.\t1\t',
    'editor\t01:00:09:00\tV1\tred\tAnd the second time?\t1\t',
    'editor\t01:00:15:00\tA2\tgreen\tThe second time it held through the winter.\t1\t',
  ].join('\n');

  it('GOOD: each marker’s comment at its timecode; author, track, colour and length left out', () => {
    expect(detectInputFormat(markers)).toBe('csv');
    expect(ingest(markers, 'csv', { keepCueTimes: true }).text).toBe(
      '[01:00:02] We rebuilt the pier twice after the flood.\n\n[01:00:09] And the second time?\n\n[01:00:15] The second time it held through the winter.',
    );
  });

  it('BAD: a tab-separated table of six columns that are no markers is not read as markers', () => {
    const data = [
      'north\t01:00:02:00\tpier\t12\tRebuilt twice.\t1',
      'south\t01:00:09:00\tquay\t14\tPainted.\t2',
      'east\t01:00:15:00\tslip\t9\tClosed.\t3',
    ].join('\n');
    expect(ingest(data, 'csv').text).not.toBe('Rebuilt twice. Painted. Closed.');
  });
});

describe('FCPXML: an audition’s first clip is the pick', () => {
  const title = (text: string) =>
    `<title ref="r2" lane="1" offset="3601s" start="3600s" duration="3s"><text><text-style>${text}</text-style></text></title>`;
  const file = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<fcpxml version="1.10">',
    '  <resources><format id="r1" frameDuration="100/2500s"/><effect id="r2" name="Basic Title"/></resources>',
    '  <library><event name="E"><project name="P"><sequence format="r1" duration="60s" tcStart="0s"><spine>',
    `    <gap offset="0s" duration="10s" start="3600s">${title('Morning on the quay.')}</gap>`,
    '    <audition offset="10s">',
    `      <gap name="Take A" offset="10s" duration="10s" start="3600s">${title('The chosen take.')}</gap>`,
    `      <gap name="Take B" offset="10s" duration="10s" start="3600s">${title('The other take.')}</gap>`,
    '    </audition>',
    '  </spine></sequence></project></event></library>',
    '</fcpxml>',
  ].join('\n');

  it('GOOD: the pick’s title at the audition’s offset; the other take’s reported', () => {
    const out = ingest(file, 'ttml', { keepCueTimes: true });
    expect(out.text).toBe('[00:00:01] Morning on the quay.\n\n[00:00:11] The chosen take.');
    expect(out.messages?.find((m) => m.ruleId === 'caption-trimmed')?.actual).toBe(
      'The other take.',
    );
  });

  it('BAD: two clips side by side in a storyline are both in the cut', () => {
    const spine = file.replace('<audition offset="10s">', '').replace('</audition>', '');
    expect(ingest(spine, 'ttml').text).toContain('The other take.');
  });
});

describe('Final Cut Pro 7: a track switched off', () => {
  it('GOOD: the titles of a track with `<enabled>FALSE` are not in the cut, reported', () => {
    const file = xmeml('<timebase>25</timebase>', [
      generator('Text', 0, 75, 'The ferry left the harbour at dawn.'),
    ]).replace(
      '</track></video>',
      `</track><track>${generator('Text', 0, 50, 'An old version.')}<enabled>FALSE</enabled></track></video>`,
    );
    const out = ingest(file, 'ttml');
    expect(out.text).toBe('The ferry left the harbour at dawn.');
    expect(out.messages?.find((m) => m.ruleId === 'caption-trimmed')?.actual).toBe(
      'An old version.',
    );
  });

  it('BAD: a track switched on keeps its titles', () => {
    const file = xmeml('<timebase>25</timebase>', [
      generator('Text', 0, 75, 'The ferry left the harbour at dawn.'),
    ]).replace(
      '</track></video>',
      `</track><track>${generator('Text', 100, 150, 'Nobody expected the storm.')}<enabled>TRUE</enabled></track></video>`,
    );
    const text = ingest(file, 'ttml').text;
    expect(text).toContain('The ferry left the harbour at dawn.');
    expect(text).toContain('Nobody expected the storm.');
  });
});
