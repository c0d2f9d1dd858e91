/**
 * Speech-to-text results of more services, read by the readers already there: Picovoice
 * Leopard's `words` (`word`, `startSec`, `endSec`, `speakerTag`, `-1` when not diarized), NVIDIA
 * Riva's Google-shaped results in whole milliseconds, OpenAI's `diarized_json`.
 */
import { describe, expect, it } from 'vitest';
import { asrToLines, readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const options = optionsSchema().parse({});

const leopard = (tags: [number, number]) => ({
  transcript: 'Okay we are recording. Happy to be here.',
  words: [
    { word: 'Okay', startSec: 0.1, endSec: 0.4, confidence: 0.9, speakerTag: tags[0] },
    { word: 'we', startSec: 0.45, endSec: 0.6, confidence: 0.9, speakerTag: tags[0] },
    { word: 'are', startSec: 0.6, endSec: 0.7, confidence: 0.9, speakerTag: tags[0] },
    { word: 'recording.', startSec: 0.7, endSec: 1.1, confidence: 0.9, speakerTag: tags[0] },
    { word: 'Happy', startSec: 1.5, endSec: 1.8, confidence: 0.9, speakerTag: tags[1] },
    { word: 'to', startSec: 1.8, endSec: 1.9, confidence: 0.9, speakerTag: tags[1] },
    { word: 'be', startSec: 1.9, endSec: 2.0, confidence: 0.9, speakerTag: tags[1] },
    { word: 'here.', startSec: 2.0, endSec: 2.3, confidence: 0.9, speakerTag: tags[1] },
  ],
});

describe('Picovoice Leopard', () => {
  it('GOOD: words in seconds with their speaker tags, each word once, on its time', () => {
    const json = leopard([1, 2]);
    const words = readAsrWords(json);
    expect(words.map((w) => w.text).join(' ')).toBe('Okay we are recording. Happy to be here.');
    expect(words[4]?.start).toBe(1500);
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Okay we are recording.\n\nSpeaker 2: Happy to be here.',
    );
  });

  it('COUNTER: `speakerTag: -1` (no diarization) names no speaker', () => {
    const text = JSON.stringify(leopard([-1, -1]));
    const doc = prepare(text, options, detectInputFormat(text));
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'Okay we are recording. Happy to be here.',
    );
  });
});

describe('NVIDIA Riva', () => {
  const riva = (start: unknown) => ({
    results: [
      {
        alternatives: [
          {
            transcript: 'Okay we are recording.',
            words: [
              { word: 'Okay', startTime: start, endTime: 400, speakerTag: 1 },
              { word: 'recording.', startTime: 600, endTime: 1100, speakerTag: 1 },
            ],
          },
        ],
        channelTag: 1,
        audioProcessed: 1.2,
      },
      {
        alternatives: [
          {
            transcript: 'Fine.',
            words: [{ word: 'Fine.', startTime: 1500, endTime: 1800, speakerTag: 2 }],
          },
        ],
        channelTag: 1,
        audioProcessed: 2.4,
      },
    ],
  });

  it('GOOD: whole milliseconds, speaker tags', () => {
    const words = readAsrWords(riva(100));
    expect(words.map((w) => [w.text, w.start, w.end, w.speaker])).toEqual([
      ['Okay', 100, 400, '1'],
      ['recording.', 600, 1100, '1'],
      ['Fine.', 1500, 1800, '2'],
    ]);
  });

  it('COUNTER: a time that is no duration nor whole milliseconds is still refused', () => {
    for (const bad of [1.5, '1.5xs', -100]) {
      const text = JSON.stringify(riva(bad));
      const run = () => prepare(text, options, detectInputFormat(text));
      let ids: string[];
      try {
        ids = run().messages.map((m) => m.ruleId);
      } catch (error) {
        ids = [(error as Error).constructor.name];
      }
      expect(
        ids.some((id) => /bad-time|AsrTimeError/i.test(id)),
        String(bad),
      ).toBe(true);
    }
  });
});

describe("OpenAI's diarized_json", () => {
  it('GOOD: each segment under its speaker, the text read once', () => {
    const json = {
      task: 'transcribe',
      duration: 10,
      text: 'Okay, we are recording. Happy to be here. What did it find?',
      segments: [
        {
          type: 'transcript.text.segment',
          id: 'seg_0',
          start: 0,
          end: 3.1,
          text: 'Okay, we are recording.',
          speaker: 'A',
        },
        {
          type: 'transcript.text.segment',
          id: 'seg_1',
          start: 3.4,
          end: 5.2,
          text: 'Happy to be here.',
          speaker: 'B',
        },
        {
          type: 'transcript.text.segment',
          id: 'seg_2',
          start: 5.5,
          end: 7,
          text: 'What did it find?',
          speaker: 'A',
        },
      ],
      usage: { type: 'duration', seconds: 10 },
    };
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Okay, we are recording.\n\nSpeaker 2: Happy to be here.\n\nSpeaker 1: What did it find?',
    );
  });
});

describe("Fireflies' transcript from its API", () => {
  const fireflies = {
    data: {
      transcript: {
        id: 'OvwNiwrXX',
        title: 'Bridge closure briefing',
        speakers: [
          { id: 0, name: 'Dana Whitfield' },
          { id: 1, name: 'Marcus Bell' },
        ],
        sentences: [
          {
            index: 0,
            speaker_name: 'Dana Whitfield',
            speaker_id: 0,
            text: 'Okay, we are recording.',
            raw_text: 'okay we are recording',
            start_time: 0.1,
            end_time: 1.2,
          },
          {
            index: 1,
            speaker_name: 'Dana Whitfield',
            speaker_id: 0,
            text: 'Thanks for joining us.',
            raw_text: 'thanks for joining us',
            start_time: 1.3,
            end_time: 2.5,
          },
          {
            index: 2,
            speaker_name: 'Marcus Bell',
            speaker_id: 1,
            text: 'Happy to be here.',
            raw_text: 'happy to be here',
            start_time: 3,
            end_time: 4.1,
          },
        ],
      },
    },
  };

  it('GOOD: `data.transcript.sentences` under the speakers’ names, on their times', () => {
    expect(asrToLines(JSON.stringify(fireflies)).text).toBe(
      'Dana Whitfield: Okay, we are recording. Thanks for joining us.\n\nMarcus Bell: Happy to be here.',
    );
    expect(readAsrWords(fireflies)[0]?.start).toBe(100);
  });

  it('COUNTER: a list of sentences without times is no timed result', () => {
    const text = JSON.stringify({ sentences: [{ text: 'Okay.' }, { text: 'Fine.' }], id: 'x' });
    expect(detectInputFormat(text)).toBe('json');
    expect(() => readAsrWords(JSON.parse(text))).not.toThrow();
    expect(readAsrWords(JSON.parse(text))).toEqual([]);
  });
});
