/**
 * Caption and speech-to-text conventions of round 21, each tested on cases written for these
 * tests in its convention: a Kaldi lexicon's tokens and SentencePiece's unknown piece in a
 * recognizer's words; a timed table's frame timecodes and Premiere Pro's marker export; timed
 * words in milliseconds under segments in milliseconds (Volcengine's utterances).
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(text: string, fps?: number): ScriptDocument {
  const options = optionsSchema().parse(fps === undefined ? {} : { fps });
  return produce(text, 'json', options, detectInputFormat(text)).document;
}

/** Each block as `speaker: text` (`-` for none), directions as `[text]`. */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) =>
    b.type === 'direction' ? `[${b.text}]` : `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`,
  );
}

/** A Vosk result of these words, half a second each. */
const vosk = (...words: string[]) =>
  JSON.stringify({
    result: words.map((word, i) => ({ conf: 1, start: i / 2, end: i / 2 + 0.4, word })),
    text: words.join(' '),
  });

describe('a Kaldi lexicon’s tokens and SentencePiece’s unknown piece are no words', () => {
  it('Vosk: [unk], <UNK>, [noise], <sil>, <spoken_noise>, <v-noise> dropped and counted', () => {
    const doc = read(
      vosk('the', '[unk]', 'bridge', '<UNK>', 'closed', '[noise]', 'at', '<sil>', 'noon'),
    );
    expect(turns(doc)).toEqual(['-: the bridge closed at noon']);
    const counted = doc.messages.find((m) => m.ruleId === 'asr-tool-markers');
    expect(counted?.reason).toMatch(/Dropped 4 /);
    const other = read(vosk('we', '<spoken_noise>', 'went', '<v-noise>', 'home', '<noise>'));
    expect(turns(other)).toEqual(['-: we went home']);
  });

  it('NeMo and sherpa-onnx: the unknown piece ⁇ is dropped, the words around it kept', () => {
    const nemo = read(
      JSON.stringify([
        {
          text: 'the ⁇ bridge closed',
          timestamp: { segment: [{ segment: 'the ⁇ bridge closed', start: 0.5, end: 2 }] },
        },
      ]),
    );
    expect(turns(nemo)).toEqual(['-: the bridge closed']);
    const sherpa = read(
      JSON.stringify({
        text: 'the ⁇ bridge closed',
        tokens: [' the', ' ⁇', ' bridge', ' clos', 'ed'],
        timestamps: [0.5, 0.8, 1.0, 1.4, 1.6],
      }),
    );
    expect(turns(sherpa)).toEqual(['-: the bridge closed']);
  });

  it('Soniox: the control tokens <end> and <fin> are no piece of a word', () => {
    const doc = read(
      JSON.stringify({
        text: 'Hello there. How are you?',
        tokens: [
          { text: 'Hel', start_ms: 500, end_ms: 700, speaker: '1' },
          { text: 'lo', start_ms: 700, end_ms: 800, speaker: '1' },
          { text: ' there.', start_ms: 850, end_ms: 1200, speaker: '1' },
          { text: '<end>', start_ms: 1200, end_ms: 1200, speaker: '1' },
          { text: ' How', start_ms: 2000, end_ms: 2200, speaker: '2' },
          { text: ' are', start_ms: 2200, end_ms: 2400, speaker: '2' },
          { text: ' you?', start_ms: 2400, end_ms: 2800, speaker: '2' },
          { text: '<fin>', start_ms: 2800, end_ms: 2800 },
        ],
      }),
    );
    expect(turns(doc)).toEqual(['Speaker 1: Hello there.', 'Speaker 2: How are you?']);
    expect(doc.messages.find((m) => m.ruleId === 'asr-tool-markers')?.reason).toMatch(/Dropped 2 /);
  });

  it('counter-cases: a sound the recognizer names stays a direction; sil and unk as words stay', () => {
    const doc = read(vosk('then', '[laughter]', 'the', 'sil', 'unk', 'said', 'hi'));
    expect(turns(doc)).toEqual(['-: then', '[laughter]', '-: the sil unk said hi']);
  });
});

/** Each block's speaker, start and end in ms. */
const times = (doc: ScriptDocument) => doc.blocks.map((b) => [b.startMs, b.endMs]);

describe('a timed table’s frame timecodes count frames (hh:mm:ss:ff), not whole seconds', () => {
  const table =
    'TC In,TC Out,Speaker,Dialogue\n' +
    '00:00:05:12,00:00:08:00,Maria Lopez,Good evening. The council votes tonight.\n' +
    '00:00:08:12,00:00:10:20,Tom Reed,We were never asked.\n';

  it('at 25 fps by default, at the fps option when given, said in caption-frames', () => {
    const doc = read(table);
    expect(times(doc)).toEqual([
      [5480, 8000],
      [8480, 10800],
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'caption-frames')?.reason).toMatch(/25 fps/);
    expect(doc.messages.some((m) => m.ruleId === 'table-frames')).toBe(false);
    expect(times(read(table, 24))).toEqual([
      [5500, 8000],
      [8500, 10833],
    ]);
  });

  it('a frame number of 25 or more is 30 fps; tab-separated rows the same', () => {
    const tsv =
      'Start\tEnd\tText\n00:00:01:27\t00:00:03:00\tThe storm moved east.\n00:00:03:15\t00:00:05:00\tRoads are closed.\n';
    const words = read(tsv).blocks.flatMap((b) => b.timedWords ?? []);
    expect(words.find((w) => w.text === 'The')?.startMs).toBe(1900);
    expect(words.find((w) => w.text === 'Roads')?.startMs).toBe(3500);
  });

  it('Premiere Pro’s marker export: the description is the text, ;-timecodes drop-frame 29.97', () => {
    const markers =
      'Marker Name\tDescription\tIn\tOut\tDuration\tMarker Type\n' +
      '\tDANA: Good evening, and welcome.\t00;00;01;00\t00;00;03;00\t00;00;02;00\tComment\n' +
      'Intro\tTOM: Thanks, Dana.\t00;00;03;10\t00;00;05;00\t00;00;01;20\tComment\n' +
      '\tDANA: First, the weather.\t00;10;00;02\t00;10;02;00\t00;00;01;28\tComment\n';
    const doc = read(markers);
    expect(turns(doc)).toEqual([
      'Dana: Good evening, and welcome.',
      'Tom: Thanks, Dana.',
      'Dana: First, the weather.',
    ]);
    // 00;10;00;02 drop-frame is frame 17984 at 29.97 fps: 600.07 s on the clock (as a non-drop
    // label it would be frame 18002, 600.67 s).
    expect(times(doc)).toEqual([
      [1001, 3003],
      [3337, 5005],
      [600066, 602001],
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'caption-frames')?.reason).toMatch(/29\.97 fps/);
    // The marker names and types are left out, said with what they held.
    const left = doc.messages.find((m) => m.ruleId === 'table-columns');
    expect(left?.reason).toMatch(/Marker Name, Duration, Marker Type/);
    expect(left?.actual).toMatch(/Intro/);
  });

  it('a header row ending with its delimiter (a spreadsheet’s trailing tab or comma) is the header', () => {
    for (const d of ['\t', ',']) {
      const doc = read(
        ['Start', 'End', 'Speaker', 'Text', ''].join(d) +
          '\n' +
          ['00:00:01:00', '00:00:03:00', 'Ana Ruiz', 'The ferry is back.', ''].join(d) +
          '\n' +
          ['00:00:03:10', '00:00:05:00', 'Ben Ito', 'Since when?', ''].join(d) +
          '\n',
      );
      expect(turns(doc)).toEqual(['Ana Ruiz: The ferry is back.', 'Ben Ito: Since when?']);
      expect(doc.messages.some((m) => m.ruleId === 'table-row')).toBe(false);
    }
    // Counter-case: an empty name between two others is no header.
    expect(detectInputFormat('Start,,Text\n00:00:01,x,Hello there.\n00:00:02,y,Bye.\n')).not.toBe(
      'csv',
    );
  });

  it('counter-case: rows with a start alone keep second anchors (no frame rate needed)', () => {
    const doc = read(
      'Timecode\tSpeaker\tDialogue\n00:00:05:12\tMaria Lopez\tGood evening.\n00:00:09:03\tTom Reed\tWe were never asked.\n',
    );
    expect(doc.messages.some((m) => m.ruleId === 'table-frames')).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === 'caption-frames')).toBe(false);
    expect(
      times(read('Start,End,Text\n00:00:01.500,00:00:03.000,The storm moved east.\n')),
    ).toEqual([[1500, 3000]]);
  });
});

/** The start of each timed word, in ms, as `word@ms`. */
const wordTimes = (doc: ScriptDocument) =>
  doc.blocks.flatMap((b) => (b.timedWords ?? []).map((w) => `${w.text}@${w.startMs}`));

/** A Volcengine result: utterances and their words timed in ms (`start_time`, `end_time`). */
const volcengine = (speakers: boolean) =>
  JSON.stringify({
    audio_info: { duration: 9000 },
    result: {
      text: 'Good evening. The council met today.',
      utterances: [
        {
          definite: true,
          start_time: 500,
          end_time: 1500,
          text: 'Good evening.',
          words: [
            { start_time: 500, end_time: 900, text: 'Good' },
            { start_time: 900, end_time: 1500, text: 'evening' },
          ],
          ...(speakers ? { additions: { speaker: '1' } } : {}),
        },
        {
          definite: true,
          start_time: 4000,
          end_time: 6000,
          text: 'The council met today.',
          words: [
            { start_time: 4000, end_time: 4300, text: 'The' },
            { start_time: 4300, end_time: 4900, text: 'council' },
            { start_time: 4900, end_time: 5300, text: 'met' },
            { start_time: 5300, end_time: 6000, text: 'today' },
          ],
          ...(speakers ? { additions: { speaker: '2' } } : {}),
        },
      ],
    },
  });

describe('timed words in milliseconds under segments in milliseconds (Volcengine)', () => {
  it('the words are on the segments’ clock, not a thousand times later', () => {
    const doc = read(volcengine(false));
    expect(wordTimes(doc)).toEqual([
      'Good@500',
      'evening.@900',
      'The@4000',
      'council@4300',
      'met@4900',
      'today.@5300',
    ]);
    expect(doc.blocks.map((b) => b.endMs)).toEqual([1500, 6000]);
  });

  it('Chinese characters timed one by one, the same', () => {
    const doc = read(
      JSON.stringify({
        result: {
          text: '今天很好。我们走吧。',
          utterances: [
            {
              start_time: 500,
              end_time: 1700,
              text: '今天很好。',
              words: ['今', '天', '很', '好'].map((text, i) => ({
                text,
                start_time: 500 + 300 * i,
                end_time: 800 + 300 * i,
              })),
            },
            {
              start_time: 3000,
              end_time: 4600,
              text: '我们走吧。',
              words: ['我', '们', '走', '吧'].map((text, i) => ({
                text,
                start_time: 3000 + 400 * i,
                end_time: 3400 + 400 * i,
              })),
            },
          ],
        },
      }),
    );
    expect(doc.blocks[0]?.startMs).toBe(500);
    expect(doc.blocks.at(-1)?.endMs).toBe(4600);
  });

  it('the voice under `additions` is the speaker', () => {
    expect(turns(read(volcengine(true)))).toEqual([
      'Speaker 1: Good evening.',
      'Speaker 2: The council met today.',
    ]);
  });

  it('counter-case: words in seconds under segments in seconds keep their times', () => {
    const doc = read(
      JSON.stringify([
        {
          speaker: 'Ana',
          start_time: 0.5,
          end_time: 1.5,
          words: [
            { text: 'Good', start_time: 0.5, end_time: 0.9 },
            { text: 'evening.', start_time: 0.9, end_time: 1.5 },
          ],
        },
        {
          speaker: 'Ben',
          start_time: 2,
          end_time: 3,
          words: [
            { text: 'Hi', start_time: 2, end_time: 2.4 },
            { text: 'there.', start_time: 2.4, end_time: 3 },
          ],
        },
      ]),
    );
    expect(wordTimes(doc)).toEqual(['Good@500', 'evening.@900', 'Hi@2000', 'there.@2400']);
  });
});

describe('a list of one segment in milliseconds tells its unit by its words', () => {
  it('one utterance copied out of a result in ms (AssemblyAI’s), its words too', () => {
    const doc = read(
      JSON.stringify([
        {
          speaker: 'A',
          text: 'Good evening everyone.',
          start: 500,
          end: 2500,
          words: [
            { text: 'Good', start: 500, end: 900 },
            { text: 'evening', start: 900, end: 1500 },
            { text: 'everyone.', start: 1500, end: 2500 },
          ],
        },
      ]),
    );
    expect(wordTimes(doc)).toEqual(['Good@500', 'evening@900', 'everyone.@1500']);
    expect(doc.blocks[0]?.endMs).toBe(2500);
    const plain = read(JSON.stringify([{ start: 1000, end: 4000, text: 'The boats were gone.' }]));
    expect(plain.blocks.map((b) => [b.startMs, b.endMs])).toEqual([[1000, 4000]]);
  });

  it('counter-cases: whole seconds of a long segment or a short caption stay seconds', () => {
    const long = read(
      JSON.stringify([
        {
          start: 0,
          end: 120,
          text: 'So we went down to the harbour and the boats were all gone by then.',
        },
      ]),
    );
    expect(long.blocks.at(-1)?.endMs).toBe(120000);
    const short = read(JSON.stringify([{ start: 2, end: 15, text: 'Welcome back.' }]));
    expect(short.blocks.map((b) => [b.startMs, b.endMs])).toEqual([[2000, 15000]]);
  });
});
