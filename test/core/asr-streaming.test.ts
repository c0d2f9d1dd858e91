/**
 * Live speech-to-text sessions saved as they arrived (a list of messages, or JSON Lines): each
 * service's final results are read as its batch result; interim results, which the final ones
 * repeat, are left out and counted. The messages are written here in each service's documented
 * streaming shape; the words are our own.
 */
import { describe, expect, it } from 'vitest';
import { asrToLines, detectAsrFormat, readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const words = (json: unknown) => readAsrWords(json).map((w) => [w.text, w.start, w.speaker]);
const lines = (list: unknown[]) => list.map((m) => JSON.stringify(m)).join('\n');

const dg = (w: string, start: number, end: number, speaker?: number) => ({
  word: w.toLowerCase().replace(/[.,?]/g, ''),
  punctuated_word: w,
  start,
  end,
  confidence: 0.9,
  ...(speaker === undefined ? {} : { speaker }),
});
const dgResults = (isFinal: boolean, list: ReturnType<typeof dg>[]) => ({
  type: 'Results',
  channel_index: [0, 1],
  start: list[0]?.start ?? 0,
  duration: 2,
  is_final: isFinal,
  speech_final: isFinal,
  channel: {
    alternatives: [{ transcript: list.map((w) => w.punctuated_word).join(' '), words: list }],
  },
});
const DEEPGRAM_LIVE = [
  { type: 'Metadata', request_id: 'f1', channels: 1 },
  dgResults(false, [dg('Good', 0.1, 0.4, 0)]),
  dgResults(true, [dg('Good', 0.1, 0.4, 0), dg('evening.', 0.4, 0.9, 0)]),
  dgResults(false, [dg('The', 2.1, 2.3, 1)]),
  dgResults(true, [dg('The', 2.1, 2.3, 1), dg('river', 2.3, 2.6, 1), dg('rose.', 2.6, 3, 1)]),
  { type: 'UtteranceEnd', last_word_end: 3 },
];

describe('live speech-to-text sessions', () => {
  it('Deepgram live: the final results only, read as a Deepgram result, with the speakers', () => {
    expect(detectAsrFormat(DEEPGRAM_LIVE)).toBe('deepgram');
    expect(words(DEEPGRAM_LIVE)).toEqual([
      ['Good', 100, '0'],
      ['evening.', 400, '0'],
      ['The', 2100, '1'],
      ['river', 2300, '1'],
      ['rose.', 2600, '1'],
    ]);
    const read = asrToLines(JSON.stringify(DEEPGRAM_LIVE));
    expect(read.text).toBe('Speaker 1: Good evening.\n\nSpeaker 2: The river rose.');
    const streamed = read.messages?.find((m) => m.ruleId === 'asr-streaming');
    expect(streamed?.reason).toMatch(/2 final result\(s\) of a Deepgram live session; 2 interim/);
  });

  it('JSON Lines, as a session is logged: the same words; pasted, it is told as JSON', () => {
    const log = lines(DEEPGRAM_LIVE);
    expect(asrToLines(log).text).toBe('Speaker 1: Good evening.\n\nSpeaker 2: The river rose.');
    expect(detectInputFormat(log)).toBe('json');
    const srt = String(produce(log, 'srt', options, 'json').rendered?.body);
    expect(srt.startsWith('1\n00:00:00,120 --> ')).toBe(true);
    // A line that is not JSON: not a log, refused as JSON that does not parse.
    expect(asrToLines(`${log}\nnot json`).text).toBe('');
  });

  it('Amazon Transcribe streaming: results that are no longer partial, punctuation attached', () => {
    const item = (Content: string, StartTime: number, EndTime: number, Type = 'pronunciation') => ({
      Content,
      StartTime,
      EndTime,
      Type,
      VocabularyFilterMatch: false,
      ...(Type === 'pronunciation' ? { Speaker: '0' } : {}),
    });
    const log = [
      {
        Transcript: {
          Results: [
            {
              ResultId: 'r1',
              IsPartial: true,
              StartTime: 0.1,
              EndTime: 0.4,
              Alternatives: [{ Transcript: 'Good', Items: [item('Good', 0.1, 0.4)] }],
            },
          ],
        },
      },
      {
        Transcript: {
          Results: [
            {
              ResultId: 'r1',
              IsPartial: false,
              StartTime: 0.1,
              EndTime: 0.9,
              Alternatives: [
                {
                  Transcript: 'Good evening.',
                  Items: [
                    item('Good', 0.1, 0.4),
                    item('evening', 0.4, 0.9),
                    item('.', 0.9, 0.9, 'punctuation'),
                  ],
                },
              ],
            },
          ],
        },
      },
    ];
    expect(detectAsrFormat(log)).toBe('aws-transcribe');
    expect(words(log)).toEqual([
      ['Good', 100, 'spk_0'],
      ['evening.', 400, 'spk_0'],
    ]);
  });

  it('Speechmatics real-time: AddTranscript results, partial transcripts left out', () => {
    const word = (content: string, start: number, end: number) => ({
      type: 'word',
      start_time: start,
      end_time: end,
      alternatives: [{ content, confidence: 0.9, speaker: 'S1' }],
    });
    const log = [
      { message: 'RecognitionStarted', id: 's1' },
      { message: 'AddPartialTranscript', results: [word('Good', 0.1, 0.4)] },
      {
        message: 'AddTranscript',
        metadata: { transcript: 'Good evening.', start_time: 0.1, end_time: 0.9 },
        results: [
          word('Good', 0.1, 0.4),
          word('evening', 0.4, 0.9),
          {
            type: 'punctuation',
            start_time: 0.9,
            end_time: 0.9,
            attaches_to: 'previous',
            alternatives: [{ content: '.', confidence: 1, speaker: 'S1' }],
          },
        ],
      },
      { message: 'EndOfTranscript' },
    ];
    expect(detectAsrFormat(log)).toBe('speechmatics');
    expect(words(log)).toEqual([
      ['Good', 100, 'S1'],
      ['evening.', 400, 'S1'],
    ]);
  });

  it('AssemblyAI streaming: each turn once, the formatted end of turn over the unformatted', () => {
    const w = (text: string, start: number, end: number) => ({
      text,
      start,
      end,
      confidence: 0.9,
      word_is_final: true,
    });
    const log = [
      { type: 'Begin', id: 'a1', expires_at: 1760000000 },
      { type: 'Turn', turn_order: 0, end_of_turn: false, words: [w('good', 100, 400)] },
      {
        type: 'Turn',
        turn_order: 0,
        end_of_turn: true,
        turn_is_formatted: false,
        words: [w('good', 100, 400), w('evening', 400, 900)],
      },
      {
        type: 'Turn',
        turn_order: 0,
        end_of_turn: true,
        turn_is_formatted: true,
        words: [w('Good', 100, 400), w('evening.', 400, 900)],
      },
      { type: 'Turn', turn_order: 1, end_of_turn: true, words: [w('Thanks.', 1500, 1900)] },
      { type: 'Termination', audio_duration_seconds: 2 },
    ];
    expect(detectAsrFormat(log)).toBe('assemblyai');
    expect(readAsrWords(log).map((x) => x.text)).toEqual(['Good', 'evening.', 'Thanks.']);
    // The older API's final transcripts.
    const v2 = [
      { message_type: 'SessionBegins', session_id: 'x' },
      { message_type: 'PartialTranscript', words: [w('good', 100, 400)] },
      { message_type: 'FinalTranscript', words: [w('Good', 100, 400), w('evening.', 400, 900)] },
    ];
    expect(readAsrWords(v2).map((x) => x.text)).toEqual(['Good', 'evening.']);
  });

  it('Google streaming recognition: the final results', () => {
    const gw = (word: string, start: number, end: number) => ({
      startTime: `${start}s`,
      endTime: `${end}s`,
      word,
    });
    const log = [
      { results: [{ alternatives: [{ transcript: 'good' }], stability: 0.8 }] },
      { results: [{ alternatives: [{ transcript: 'good', words: [] }], isFinal: false }] },
      {
        results: [
          {
            alternatives: [
              {
                transcript: 'Good evening.',
                words: [gw('Good', 0.1, 0.4), gw('evening.', 0.4, 0.9)],
              },
            ],
            isFinal: true,
            resultEndTime: '0.900s',
          },
        ],
      },
    ];
    expect(detectAsrFormat(log)).toBe('google-speech');
    expect(words(log)).toEqual([
      ['Good', 100, null],
      ['evening.', 400, null],
    ]);
  });

  it('a list that is no session is not read as one', () => {
    expect(detectAsrFormat([{ type: 'Results' }, { type: 'Metadata' }])).toBeNull();
    expect(detectAsrFormat([{ message: 'hello' }])).toBeNull();
  });
});

describe('live sessions: hostile messages', () => {
  it('a channel index of a billion makes no list of a billion channels', () => {
    const log = [
      { ...dgResults(true, [dg('One.', 0.1, 0.4)]), channel_index: [1e9, 2] },
      { ...dgResults(true, [dg('Two.', 0.5, 0.9)]), channel_index: [0, 2] },
    ];
    // The index is clamped to the channels known so far: both are channel 0's words.
    expect(readAsrWords(log).map((w) => w.text)).toEqual(['One.', 'Two.']);
  });
});
