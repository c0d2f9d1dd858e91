import { describe, expect, it } from 'vitest';
import { asrToLines, detectAsrFormat, readAsrWords } from '../../src/ingest/asr/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const texts = (json: unknown) => readAsrWords(json).map((w) => w.text);

/** A Google v1 word (times as proto3 JSON durations). */
const g = (word: string, start: number, end: number, speakerTag?: number) => ({
  startTime: `${start}s`,
  endTime: `${end}s`,
  word,
  ...(speakerTag ? { speakerTag } : {}),
});

describe('Google Speech-to-Text', () => {
  it('v1 diarization: the words the last result repeats with their tags are read once', () => {
    const json = {
      results: [
        {
          alternatives: [
            { transcript: 'Hello there.', words: [g('Hello', 0.5, 0.8), g('there.', 0.8, 1.1)] },
          ],
        },
        { alternatives: [{ transcript: ' Hi.', words: [g('Hi.', 2, 2.3)] }] },
        {
          alternatives: [
            { words: [g('Hello', 0.5, 0.8, 1), g('there.', 0.8, 1.1, 1), g('Hi.', 2, 2.3, 2)] },
          ],
        },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Hello', 500, '1'],
      ['there.', 800, '1'],
      ['Hi.', 2000, '2'],
    ]);
    expect(asrToLines(JSON.stringify(json)).text).toBe('Speaker 1: Hello there.\n\nSpeaker 2: Hi.');
  });

  it('results that each carry their own tags are all read (the last is no repeat)', () => {
    const json = {
      results: [
        { alternatives: [{ words: [g('One.', 0.2, 0.5, 1)] }] },
        { alternatives: [{ words: [g('Two', 1, 1.3, 2), g('three.', 1.3, 1.6, 2)] }] },
      ],
    };
    expect(texts(json)).toEqual(['One.', 'Two', 'three.']);
  });

  it('one recognition per channel: each channel a speaker, the words merged by time', () => {
    const json = {
      results: [
        { channelTag: 1, alternatives: [{ words: [g('Hello.', 0.2, 0.6)] }] },
        { channelTag: 1, alternatives: [{ words: [g('Fine.', 3, 3.4)] }] },
        { channelTag: 2, alternatives: [{ words: [g('Hi.', 1.5, 1.8)] }] },
      ],
    };
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Hello.\n\nSpeaker 2: Hi.\n\nSpeaker 1: Fine.',
    );
  });

  it('reads {seconds, nanos} times (seconds as a string or left out), as client libraries print them', () => {
    const json = {
      results: [
        {
          alternatives: [
            {
              transcript: 'Good evening.',
              words: [
                { word: 'Good', startTime: { nanos: 400000000 }, endTime: { seconds: '1' } },
                {
                  word: 'evening.',
                  startTime: { seconds: '1', nanos: 50000000 },
                  endTime: { seconds: 1, nanos: 600000000 },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(detectAsrFormat(json)).toBe('google-speech');
    expect(readAsrWords(json).map((w) => [w.start, w.end])).toEqual([
      [400, 1000],
      [1050, 1600],
    ]);
  });

  it('a long-running operation is unwrapped; v2 speakerLabel is the speaker', () => {
    const json = {
      name: '123',
      done: true,
      response: {
        '@type': 'type.googleapis.com/google.cloud.speech.v2.BatchRecognizeResults',
        results: [
          {
            alternatives: [
              {
                words: [
                  { startOffset: '0.300s', endOffset: '0.600s', word: 'Yes.', speakerLabel: 'A' },
                  { startOffset: '1s', endOffset: '1.400s', word: 'No.', speakerLabel: 'B' },
                ],
              },
            ],
          },
        ],
      },
    };
    expect(detectAsrFormat(json)).toBe('google-speech');
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Yes.', 300, 'A'],
      ['No.', 1000, 'B'],
    ]);
  });

  it('without word times (the default), each result’s transcript is spread over its span', () => {
    const json = {
      results: [
        {
          alternatives: [{ transcript: 'Good evening.', confidence: 0.9 }],
          resultEndTime: '2.500s',
        },
        { alternatives: [{ transcript: ' The river rose.' }], resultEndTime: '5s' },
      ],
    };
    expect(detectAsrFormat(json)).toBe('google-speech');
    const words = readAsrWords(json);
    expect(words.map((w) => w.text)).toEqual(['Good', 'evening.', 'The', 'river', 'rose.']);
    expect(words[0]?.start).toBe(0);
    expect(words[2]?.start).toBe(2500);
    expect(words.at(-1)?.end).toBe(5000);
    for (let i = 1; i < words.length; i++) {
      expect(words[i]?.start).toBeGreaterThanOrEqual(words[i - 1]?.end ?? 0);
    }
  });

  it('a malformed duration is an error naming the word and value, not a guess', () => {
    const json = {
      results: [
        {
          alternatives: [
            { words: [g('Hi', 0, 0.2), { ...g('there', 0.2, 0.5), startTime: '1.5xs' }] },
          ],
        },
      ],
    };
    expect(readAsrWords(json)).toEqual([]);
    const ingested = asrToLines(JSON.stringify(json));
    expect(ingested.text).toBe('');
    const error = ingested.messages?.find((m) => m.severity === 'error');
    expect(error?.ruleId).toBe('asr-bad-time');
    expect(error?.reason).toContain('word 2 has startTime "1.5xs"');
    expect(produce(JSON.stringify(json), 'srt', options, 'json').document.blocks).toEqual([]);
  });

  it('a hostile value nesting `response` 50 000 deep is read without a stack overflow', () => {
    const deep = `${'{"response":'.repeat(50_000)}{}${'}'.repeat(50_000)}`;
    expect(() => asrToLines(deep, 'google-speech')).not.toThrow();
    expect(asrToLines(deep, 'google-speech').text).toBe('');
  });

  it('a response with no speech is recognized and gives no words', () => {
    const json = { totalBilledTime: '15s', requestId: '1' };
    expect(detectAsrFormat(json)).toBe('google-speech');
    expect(readAsrWords(json)).toEqual([]);
    expect(produce(JSON.stringify(json), 'json', options, 'json').document.blocks).toEqual([]);
  });
});

/** An Azure batch word (lexical) at `start`..`end` ms. */
const a = (word: string, start: number, end: number) => ({
  word,
  offsetInTicks: start * 10_000,
  durationInTicks: (end - start) * 10_000,
});

describe('Azure AI Speech', () => {
  it('a display word that stands for several lexical words (ITN) spans their times', () => {
    const json = {
      recognizedPhrases: [
        {
          recognitionStatus: 'Success',
          channel: 0,
          offsetInTicks: 1_000_000,
          nBest: [
            {
              lexical: 'it cost twenty five pounds',
              display: 'It cost 25 pounds.',
              words: [
                a('it', 100, 200),
                a('cost', 200, 500),
                a('twenty', 500, 800),
                a('five', 800, 1100),
                a('pounds', 1100, 1500),
              ],
            },
          ],
        },
      ],
    };
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end])).toEqual([
      ['It', 100, 200],
      ['cost', 200, 500],
      ['25', 500, 1100],
      ['pounds.', 1100, 1500],
    ]);
  });

  it('a filler the display leaves out gives its time to no word; a lone dash joins the word before', () => {
    const json = {
      recognizedPhrases: [
        {
          offsetInTicks: 0,
          nBest: [
            {
              display: 'So — the river rose.',
              words: [
                a('so', 0, 200),
                a('um', 300, 600),
                a('the', 700, 800),
                a('river', 800, 1100),
                a('rose', 1100, 1400),
              ],
            },
          ],
        },
      ],
    };
    expect(readAsrWords(json).map((w) => [w.text, w.start])).toEqual([
      ['So—', 0],
      ['the', 700],
      ['river', 800],
      ['rose.', 1100],
    ]);
  });

  it('without word times (the default), the display text is spread over its phrase', () => {
    const json = {
      recognizedPhrases: [
        {
          speaker: 1,
          offsetInTicks: 10_000_000,
          durationInTicks: 20_000_000,
          nBest: [{ lexical: 'good evening', display: 'Good evening.' }],
        },
      ],
    };
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end, w.speaker])).toEqual([
      ['Good', 1000, 1667, '1'],
      ['evening.', 1667, 3000, '1'],
    ]);
  });

  it('displayWords, when asked for, are the words with their own times', () => {
    const json = {
      recognizedPhrases: [
        {
          speaker: 2,
          offsetInTicks: 0,
          nBest: [
            {
              display: 'Dr. Lee agreed.',
              words: [a('doctor', 0, 300), a('lee', 300, 600), a('agreed', 600, 1000)],
              displayWords: [
                { displayText: 'Dr.', offsetInTicks: 0, durationInTicks: 3_000_000 },
                { displayText: 'Lee', offsetInTicks: 3_000_000, durationInTicks: 3_000_000 },
                { displayText: 'agreed.', offsetInTicks: 6_000_000, durationInTicks: 4_000_000 },
              ],
            },
          ],
        },
      ],
    };
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Dr.', 0, '2'],
      ['Lee', 300, '2'],
      ['agreed.', 600, '2'],
    ]);
  });

  it('phrases of two channels without diarization: a speaker each, in spoken order', () => {
    const phrase = (channel: number, start: number, display: string, word: string) => ({
      channel,
      offsetInTicks: start * 10_000,
      nBest: [{ display, words: [a(word, start, start + 400)] }],
    });
    const json = {
      recognizedPhrases: [
        phrase(0, 0, 'Hello.', 'hello'),
        phrase(0, 2000, 'Fine.', 'fine'),
        phrase(1, 1000, 'Hi.', 'hi'),
      ],
    };
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Hello.\n\nSpeaker 2: Hi.\n\nSpeaker 1: Fine.',
    );
  });

  it('a tick count that is not a number is an error, not a guess', () => {
    const json = {
      recognizedPhrases: [
        {
          nBest: [
            { display: 'Hi.', words: [{ word: 'hi', offsetInTicks: 'soon', durationInTicks: 10 }] },
          ],
        },
      ],
    };
    const ingested = asrToLines(JSON.stringify(json));
    expect(ingested.text).toBe('');
    expect(ingested.messages?.find((m) => m.severity === 'error')?.reason).toContain(
      'word 1 has offsetInTicks "soon"',
    );
  });

  it('no phrases: recognized, no words', () => {
    const json = { durationInTicks: 0, combinedRecognizedPhrases: [], recognizedPhrases: [] };
    expect(detectAsrFormat(json)).toBe('azure-speech');
    expect(readAsrWords(json)).toEqual([]);
  });
});

describe('IBM Watson Speech to Text', () => {
  it('%HESITATION is a marker, not a word: dropped and reported', () => {
    const json = {
      result_index: 0,
      results: [
        {
          final: true,
          alternatives: [
            {
              transcript: 'well %HESITATION yes ',
              timestamps: [
                ['well', 0.1, 0.4],
                ['%HESITATION', 0.5, 0.9],
                ['yes', 1.0, 1.3],
              ],
            },
          ],
        },
      ],
    };
    const ingested = asrToLines(JSON.stringify(json));
    expect(ingested.text).toBe('well yes');
    expect(ingested.messages?.some((m) => m.ruleId === 'asr-tool-markers')).toBe(true);
  });

  it('an interim result (final: false) is skipped; an asynchronous job’s responses are read in turn', () => {
    const response = (words: [string, number, number][], final = true) => ({
      result_index: 0,
      results: [{ final, alternatives: [{ transcript: '', timestamps: words }] }],
    });
    const json = {
      id: 'job',
      status: 'completed',
      results: [
        response([['good', 0.1, 0.4]]),
        response([['goo', 0.5, 0.7]], false),
        response([['evening', 0.5, 0.9]]),
      ],
    };
    expect(detectAsrFormat(json)).toBe('ibm-watson');
    expect(texts(json)).toEqual(['good', 'evening']);
  });

  it('a time that is not seconds is an error naming the word', () => {
    const json = {
      result_index: 0,
      results: [
        { final: true, alternatives: [{ transcript: 'hi ', timestamps: [['hi', 'noon', 0.5]] }] },
      ],
    };
    expect(asrToLines(JSON.stringify(json)).messages?.[0]).toMatchObject({
      ruleId: 'asr-bad-time',
      severity: 'error',
    });
  });

  it('no speech (results empty): recognized, no words', () => {
    const json = { result_index: 0, results: [] };
    expect(detectAsrFormat(json)).toBe('ibm-watson');
    expect(readAsrWords(json)).toEqual([]);
  });
});

describe('ElevenLabs Speech-to-Text (Scribe)', () => {
  const word = (
    text: string,
    start: number,
    end: number,
    speaker = 'speaker_0',
    type = 'word',
  ) => ({
    text,
    start,
    end,
    type,
    speaker_id: speaker,
  });
  const scribe = {
    language_code: 'en',
    language_probability: 0.98,
    text: 'Good evening. (applause) The council votes tonight.',
    words: [
      word('Good', 0, 0.4),
      word(' ', 0.4, 0.4, 'speaker_0', 'spacing'),
      word('evening.', 0.4, 0.9),
      word(' ', 0.9, 1.2, 'speaker_0', 'spacing'),
      word('(applause)', 1.2, 2.0, 'speaker_0', 'audio_event'),
      word('The', 2.1, 2.3, 'speaker_1'),
      word(' ', 2.3, 2.3, 'speaker_1', 'spacing'),
      word('council', 2.3, 2.8, 'speaker_1'),
      word('votes', 2.9, 3.1, 'speaker_1'),
      word('tonight.', 3.1, 3.6, 'speaker_1'),
    ],
  };

  it('is told by its shape; spacing items are no words; times in seconds', () => {
    expect(detectAsrFormat(scribe)).toBe('elevenlabs');
    expect(detectAsrFormat({ text: 'Good evening.' })).toBeNull();
    const words = readAsrWords(scribe);
    expect(words.map((w) => w.text)).toEqual([
      'Good',
      'evening.',
      '(applause)',
      'The',
      'council',
      'votes',
      'tonight.',
    ]);
    expect(words[3]).toMatchObject({ start: 2100, end: 2300, speaker: 'speaker_1' });
  });

  it('an audio event is a direction, not subtitled; the speakers are turns', () => {
    const source = JSON.stringify(scribe);
    const doc = produce(source, 'json', options, 'json').document;
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', 'Good evening.'],
      ['direction', 'applause'],
      ['speech', 'The council votes tonight.'],
    ]);
    expect(doc.blocks[2]?.startMs).toBe(2100);
    const srt = String(produce(source, 'srt', options, 'json').rendered?.body);
    expect(srt).not.toContain('applause');
    expect(srt).toContain('The council votes tonight.');
  });

  it('a time that is not a number of seconds is refused, naming the word', () => {
    const bad = {
      ...scribe,
      words: [word('Good', 0, 0.4), { ...word('evening.', 0.4, 0.9), start: '0.4s' }],
    };
    const read = asrToLines(JSON.stringify(bad));
    expect(read.text).toBe('');
    expect(read.messages?.map((m) => m.ruleId)).toContain('asr-bad-time');
    expect(read.messages?.find((m) => m.ruleId === 'asr-bad-time')?.reason).toContain(
      'ElevenLabs word 2',
    );
  });
});

describe('Soniox', () => {
  const t = (text: string, start: number, end: number, speaker?: string, extra = {}) => ({
    text,
    start_ms: start,
    end_ms: end,
    confidence: 0.9,
    ...(speaker ? { speaker } : {}),
    ...extra,
  });

  it('joins word pieces, attaches punctuation and starts a word at a space or a new speaker', () => {
    const json = {
      text: 'Floodwater rose. Yes.',
      tokens: [
        t('Flood', 100, 300, '1'),
        t('water', 300, 600, '1'),
        t(' rose', 650, 900, '1'),
        t('.', 900, 900, '1'),
        t('Yes', 1200, 1400, '2'),
        t('.', 1400, 1400, '2'),
      ],
    };
    expect(detectAsrFormat(json)).toBe('soniox');
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end, w.speaker])).toEqual([
      ['Floodwater', 100, 600, '1'],
      ['rose.', 650, 900, '1'],
      ['Yes.', 1200, 1400, '2'],
    ]);
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Floodwater rose.\n\nSpeaker 2: Yes.',
    );
  });

  it('leaves out the translation it was asked for: only what was said is subtitled', () => {
    const json = {
      tokens: [
        t('Hello', 0, 400, undefined, { translation_status: 'original' }),
        t('.', 400, 400, undefined, { translation_status: 'original' }),
        { text: ' Hola', translation_status: 'translation', language: 'es' },
        { text: '.', translation_status: 'translation', language: 'es' },
      ],
    };
    expect(texts(json)).toEqual(['Hello.']);
  });
});

describe('Vosk', () => {
  const w = (word: string, start: number, end: number) => ({ conf: 1, start, end, word });

  it('one result, or its first alternative: words in seconds, no speakers', () => {
    const one = { result: [w('the', 0.5, 0.62), w('bridge', 0.62, 1.1)], text: 'the bridge' };
    expect(detectAsrFormat(one)).toBe('vosk');
    expect(readAsrWords(one).map((x) => [x.text, x.start, x.end, x.speaker])).toEqual([
      ['the', 500, 620, null],
      ['bridge', 620, 1100, null],
    ]);
    const alternatives = { alternatives: [{ confidence: 210.5, ...one }, { text: 'a bridge' }] };
    expect(detectAsrFormat(alternatives)).toBe('vosk');
    expect(texts(alternatives)).toEqual(['the', 'bridge']);
  });

  it('a list of results: each utterance a paragraph, a silent one skipped', () => {
    const json = [
      { result: [w('good', 0.2, 0.5), w('evening', 0.5, 1)], text: 'good evening' },
      { text: '' },
      { result: [w('the', 1.2, 1.3), w('river', 1.3, 1.7)], text: 'the river' },
    ];
    expect(detectAsrFormat(json)).toBe('vosk');
    expect(asrToLines(JSON.stringify(json)).text).toBe('good evening\n\nthe river');
  });

  it('a request body with text is not a Vosk result', () => {
    expect(detectAsrFormat({ text: 'good evening', output: 'srt' })).toBeNull();
    expect(detectAsrFormat({ result: [{ text: 'x', start: 0 }] })).not.toBe('vosk');
  });
});

describe('YouTube timed text as JSON (json3)', () => {
  it('automatic captions: each seg a word at its offset, ending where the next one starts', () => {
    const json = {
      wireMagic: 'pb3',
      events: [
        { tStartMs: 0, dDurationMs: 9000, id: 1 },
        {
          tStartMs: 400,
          dDurationMs: 4000,
          wWinId: 1,
          segs: [{ utf8: 'the' }, { utf8: ' river', tOffsetMs: 300 }],
        },
        { tStartMs: 1300, dDurationMs: 3100, wWinId: 1, aAppend: 1, segs: [{ utf8: '\n' }] },
        { tStartMs: 1500, dDurationMs: 3000, wWinId: 1, segs: [{ utf8: 'rose' }] },
      ],
    };
    expect(detectAsrFormat(json)).toBe('youtube-json3');
    expect(readAsrWords(json).map((x) => [x.text, x.start, x.end])).toEqual([
      ['the', 400, 700],
      // The roll-up event lasts into the next line: the word ends where the next starts.
      ['river', 700, 1500],
      ['rose', 1500, 4500],
    ]);
  });

  it('written captions: an event’s words are spread over its time by their length', () => {
    const json = {
      events: [
        { tStartMs: 1000, dDurationMs: 2000, segs: [{ utf8: 'Good evening,\nand welcome.' }] },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((x) => x.text)).toEqual(['Good', 'evening,', 'and', 'welcome.']);
    expect(words[0]?.start).toBe(1000);
    expect(words.at(-1)?.end).toBe(3000);
    const srt = String(produce(JSON.stringify(json), 'srt', options, 'json').rendered?.body);
    expect(srt).toContain('00:00:01,000 --> ');
    expect(srt).toContain('Good evening, and welcome.');
  });
});

describe('a bare list of captions in milliseconds (Amara’s JSON)', () => {
  it('is read in milliseconds; whole seconds stay seconds', () => {
    const amara = [
      { start: 1000, end: 3500, text: 'Good evening.', position: 1, meta: { new_paragraph: true } },
      { start: 3600, end: 6200, text: 'The river rose.', position: 2, meta: {} },
    ];
    const words = readAsrWords(amara);
    expect(words[0]?.start).toBe(1000);
    expect(words.at(-1)?.end).toBe(6200);
    // Whole seconds (a script's list): four seconds is four seconds.
    const seconds = [
      { start: 0, end: 4, text: 'Good evening.' },
      { start: 4, end: 7, text: 'The river rose.' },
    ];
    expect(readAsrWords(seconds).at(-1)?.end).toBe(7000);
  });
});

describe('a tool’s own JSON list of timed lines', () => {
  const speakers = (json: unknown) => asrToLines(JSON.stringify(json)).text;

  it('timecode strings and other field names (startTime, transcript, speaker_name) are read', () => {
    const json = [
      {
        startTime: '00:00:01,000',
        endTime: '00:00:03,500',
        text: 'Good evening.',
        speaker: 'Jane Doe',
      },
      { startTime: '00:00:03,600', endTime: '00:00:06,200', text: 'Hello.', speaker: 'John Roe' },
    ];
    const words = readAsrWords(json);
    expect(words.map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Good', 1000, 'Jane Doe'],
      ['evening.', expect.any(Number), 'Jane Doe'],
      ['Hello.', 3600, 'John Roe'],
    ]);
    // A name a tool gave the voice is kept; a service's code is Speaker N.
    expect(speakers(json)).toBe('Jane Doe: Good evening.\n\nJohn Roe: Hello.');
    expect(
      speakers([
        { start: 0, end: 1, text: 'One.', speaker: 'SPEAKER_00' },
        { start: 1, end: 2, text: 'Two.', speaker: 'SPEAKER_01' },
      ]),
    ).toBe('Speaker 1: One.\n\nSpeaker 2: Two.');
  });

  it('a list under `transcript`, times at the start only: each line lasts until the next', () => {
    const json = {
      transcript: [
        { speaker: 'Jane Doe', text: 'Good evening.', timestamp: '00:00:01' },
        { speaker: 'John Roe', text: 'When will it reopen?', timestamp: '00:00:04' },
      ],
    };
    expect(detectAsrFormat(json)).toBe('whisperx');
    const words = readAsrWords(json);
    expect(words[0]?.start).toBe(1000);
    expect(words[1]?.end).toBeLessThanOrEqual(4000);
    expect(words[2]?.start).toBe(4000);
  });

  it('segments with timecode strings under `segments` are read', () => {
    const json = {
      segments: [
        { start: '00:00:01.000', end: '00:00:03.500', text: 'Good evening.' },
        { start: '00:00:03.600', end: '00:00:06.200', text: 'The river rose.' },
      ],
    };
    expect(readAsrWords(json).map((w) => w.start)).toEqual([
      1000,
      expect.any(Number),
      3600,
      expect.any(Number),
      expect.any(Number),
    ]);
  });

  it('a scraped debate (`minute`, `timecode`, `name`, `line`): each turn starts at its time', () => {
    const debate = [
      { speaker: 'Chris Wallace', minute: '01:20', text: 'Good evening from Cleveland.' },
      { speaker: 'Vice President Joe Biden', minute: '02:49', text: 'How you doing, man?' },
    ];
    expect(readAsrWords(debate).map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Good', 80000, 'Chris Wallace'],
      ['evening', expect.any(Number), 'Chris Wallace'],
      ['from', expect.any(Number), 'Chris Wallace'],
      ['Cleveland.', expect.any(Number), 'Chris Wallace'],
      ['How', 169000, 'Vice President Joe Biden'],
      ['you', expect.any(Number), 'Vice President Joe Biden'],
      ['doing,', expect.any(Number), 'Vice President Joe Biden'],
      ['man?', expect.any(Number), 'Vice President Joe Biden'],
    ]);
    // A stamp starts a turn; others may speak long before the next stamp: the turn's words take
    // the time they take said slowly, not the whole gap (one word a cue, seven seconds each).
    const opening = readAsrWords(debate).filter((w) => w.speaker === 'Chris Wallace');
    expect((opening[opening.length - 1]?.end ?? 0) - 80_000).toBeLessThanOrEqual(4 * 600);
    const logged = [
      { name: 'Ann Lee', timecode: '00:00:05', line: 'We are live.' },
      { name: 'Tom Ray', timecode: '00:00:07.5', line: 'Thanks, Ann.' },
    ];
    expect(speakers(logged)).toBe('Ann Lee: We are live.\n\nTom Ray: Thanks, Ann.');
    expect(readAsrWords(logged)[0]?.start).toBe(5000);
  });
});

describe('member names in another case (.NET tools, Amazon Transcribe Call Analytics)', () => {
  it('`Transcript` of `Content`, `BeginOffsetMillis`, `EndOffsetMillis`, `ParticipantRole`', () => {
    const json = {
      JobStatus: 'COMPLETED',
      Transcript: [
        {
          Content: 'Thank you for calling.',
          BeginOffsetMillis: 300,
          EndOffsetMillis: 2600,
          ParticipantRole: 'AGENT',
        },
        {
          Content: 'My flight was cancelled.',
          BeginOffsetMillis: 2900,
          EndOffsetMillis: 4400,
          ParticipantRole: 'CUSTOMER',
        },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => [w.text, w.start, w.speaker])).toEqual([
      ['Thank', 300, 'AGENT'],
      ['you', expect.any(Number), 'AGENT'],
      ['for', expect.any(Number), 'AGENT'],
      ['calling.', expect.any(Number), 'AGENT'],
      ['My', 2900, 'CUSTOMER'],
      ['flight', expect.any(Number), 'CUSTOMER'],
      ['was', expect.any(Number), 'CUSTOMER'],
      ['cancelled.', expect.any(Number), 'CUSTOMER'],
    ]);
    expect(words[3]?.end).toBeLessThanOrEqual(2600);
    const pascal = [
      { Start: 1, End: 2.5, Text: 'Good evening.', Speaker: 'Jane Doe' },
      { Start: 2.6, End: 4, Text: 'Hello.', Speaker: 'John Roe' },
    ];
    expect(asrToLines(JSON.stringify(pascal)).text).toBe(
      'Jane Doe: Good evening.\n\nJohn Roe: Hello.',
    );
  });
});

describe('the Podcasting 2.0 JSON transcript (podcast namespace)', () => {
  it('`segments` of `speaker`, `startTime`, `endTime`, `body`: a word or phrase each, turns by speaker', () => {
    const json = {
      version: '1.0.0',
      segments: [
        { speaker: 'Adam Curry', startTime: 0, endTime: 1.5, body: 'Welcome' },
        { speaker: 'Adam Curry', startTime: 1.5, endTime: 2, body: 'to' },
        { speaker: 'Adam Curry', startTime: 2, endTime: 3.1, body: 'the show.' },
        { speaker: 'Dave Jones', startTime: 3.4, endTime: 4, body: 'Thanks,' },
        { speaker: 'Dave Jones', startTime: 4, endTime: 5, body: 'Adam.' },
      ],
    };
    expect(detectAsrFormat(json)).toBe('whisperx');
    expect(readAsrWords(json).map((w) => [w.text, w.start])).toEqual([
      ['Welcome', 0],
      ['to', 1500],
      ['the', 2000],
      ['show.', expect.any(Number)],
      ['Thanks,', 3400],
      ['Adam.', 4000],
    ]);
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Adam Curry: Welcome to the show.\n\nDave Jones: Thanks, Adam.',
    );
  });
});

describe('a JSON list of turns without times', () => {
  const options = optionsSchema().parse({});

  it('is read as untimed turns (a scraper’s or CMS’s export), codes as Speaker N, said to be untimed', () => {
    const turns = {
      data: [
        { speaker: 'Chris Wallace', text: 'Good evening. I am Chris Wallace.' },
        { speaker: 'A', text: 'Thank you.' },
        { speaker: 'Chris Wallace', text: 'First question.' },
        { text: '' },
      ],
    };
    const read = asrToLines(JSON.stringify(turns));
    expect(read.text).toBe(
      'Chris Wallace: Good evening. I am Chris Wallace.\n\nSpeaker 1: Thank you.\n\nChris Wallace: First question.',
    );
    expect(read.timedTokens).toBeUndefined();
    expect(read.messages?.map((m) => [m.ruleId, m.severity])).toEqual([['asr-input', 'warning']]);
    const doc = produce(JSON.stringify(turns.data), 'json', options, 'json').document;
    expect(doc.blocks.map((b) => [b.speaker, b.startMs])).toEqual([
      ['chris-wallace', null],
      ['speaker-1', null],
      ['chris-wallace', null],
    ]);
  });

  it('a list without any text member, or of strings, is still no transcript', () => {
    expect(asrToLines(JSON.stringify([{ id: 1, title: 'x' }])).messages?.[0]?.ruleId).toBe(
      'asr-unreadable',
    );
    expect(asrToLines(JSON.stringify(['a', 'b'])).messages?.[0]?.ruleId).toBe('asr-unreadable');
  });
});
