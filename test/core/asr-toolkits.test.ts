import { describe, expect, it } from 'vitest';
import { asrToLines, detectAsrFormat, readAsrWords } from '../../src/ingest/asr/index.ts';
import { ctmToLines, looksLikeCtm, looksLikeStm, stmToLines } from '../../src/ingest/asr/nist.ts';
import { detectInputFormat, formatFromFileName } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const texts = (json: unknown) => readAsrWords(json).map((w) => w.text);
const ids = (messages: readonly { ruleId: string }[] | undefined) =>
  (messages ?? []).map((m) => m.ruleId);

/** The SRT cues of `srt`: start in ms and the words. */
function cues(srt: string): { start: number; words: string[] }[] {
  return srt
    .trim()
    .split(/\n\n+/)
    .map((block) => {
      const lines = block.split('\n');
      const m = /^(\d\d):(\d\d):(\d\d),(\d\d\d)/.exec(lines[1] ?? '');
      const start =
        ((Number(m?.[1]) * 60 + Number(m?.[2])) * 60 + Number(m?.[3])) * 1000 + Number(m?.[4]);
      return { start, words: lines.slice(2).join(' ').replace(/^-/gm, '').split(/\s+/) };
    });
}

// All fixtures below are written for these tests in each format's documented shape.

describe('CTM (time-marked words: Kaldi, NIST SCTK)', () => {
  const ctm = [
    ';; aligned by hand for a test',
    'bulletin 1 0.00 0.42 good 0.97',
    'bulletin 1 0.42 0.38 evening 0.95',
    'bulletin 1 0.80 0.30 <sil> 1.00',
    'bulletin 1 1.10 0.31 the 0.91',
    'bulletin 1 1.41 0.40 ferry 0.90',
    'bulletin 1 1.81 0.52 resumes 0.88',
    'bulletin 1 4.50 0.35 tomorrow NA',
  ].join('\n');

  it('is told by its lines; each word once at its start, silence dropped and counted', () => {
    expect(looksLikeCtm(ctm)).toBe(true);
    expect(detectInputFormat(ctm)).toBe('ctm');
    expect(formatFromFileName('news.CTM')).toBe('ctm');
    const read = ctmToLines(ctm);
    expect(read.timedTokens?.map((t) => [t.text, t.start, t.end])).toEqual([
      ['good', 0, 420],
      ['evening', 420, 800],
      ['the', 1100, 1410],
      ['ferry', 1410, 1810],
      ['resumes', 1810, 2330],
      ['tomorrow', 4500, 4850],
    ]);
    expect(ids(read.messages)).toContain('asr-tool-markers');
    const srt = String(produce(ctm, 'srt', options, 'ctm').rendered?.body);
    const got = cues(srt);
    expect(got.flatMap((c) => c.words).join(' ')).toMatch(
      /^good evening the ferry resumes tomorrow/i,
    );
    // Every cue starts on a word's start (within a frame).
    const starts = read.timedTokens?.map((t) => t.start) ?? [];
    for (const c of got) expect(starts.some((s) => Math.abs(s - c.start) <= 40)).toBe(true);
  });

  it('stereo channels are voices, their words merged in time order', () => {
    const stereo = [
      'call A 0.10 0.30 hello',
      'call A 0.40 0.30 there',
      'call A 2.50 0.40 fine',
      'call B 0.90 0.40 hi',
      'call B 1.30 0.30 again',
    ].join('\n');
    expect(detectInputFormat(stereo)).toBe('ctm');
    const read = ctmToLines(stereo);
    expect(read.text).toBe('Speaker 1: hello there\n\nSpeaker 2: hi again\n\nSpeaker 1: fine');
  });

  it('NIST RT’s type and speaker fields: a filled pause is a word, a non-lexeme is not', () => {
    const rt = [
      'mtg 1 0.10 0.30 so 0.9 lex Anna',
      'mtg 1 0.40 0.20 uh 0.5 fp Anna',
      'mtg 1 0.70 0.30 breath NA non-lex Anna',
      'mtg 1 1.50 0.40 right 0.9 lex Ben',
    ].join('\n');
    const read = ctmToLines(rt);
    expect(read.text).toBe('Anna: so uh\n\nBen: right');
    expect(ids(read.messages)).toContain('asr-tool-markers');
  });

  it('a line that is no CTM line is reported, not read as a word; words out of order are put in time order and reported', () => {
    const read = ctmToLines(
      'a 1 0.00 0.30 one\na 1 1.00 0.30 three\nthis line is prose\na 1 0.50 0.30 two\n',
    );
    expect(read.text).toBe('one two three');
    expect(read.messages?.find((m) => m.ruleId === 'nist-unread-lines')?.line).toBe(3);
    expect(ids(read.messages)).toContain('asr-time-order');
  });

  it('prose forced as CTM gives no words, and says why (an error: the 422’s reason)', () => {
    const doc = produce('hello world\nthis is prose', 'srt', options, 'ctm').document;
    expect(doc.blocks).toEqual([]);
    const why = doc.messages.find((m) => m.severity === 'error');
    expect(why?.ruleId).toBe('nist-unread-lines');
    expect(why?.reason).toContain('2 line(s) that are not CTM lines');
  });

  it('text that opens with numbers is not taken for CTM or STM', () => {
    for (const text of [
      '2024 1 10.5 2.5 apples\n2025 1 11.5 3.5 pears\n',
      'Item 1 2.00 3.00 budget\nItem 2 3.00 4.00 roads\nItem 3 4.00 5.00 parks\n',
      '1 2 3 4 5\n2 3 4 5 6\n3 4 5 6 7\n',
      '3 people 2.5 hours later arrived.\n4 cars 1.5 km away.\n',
      '10 Downing St 1.5 2.5 million pounds were spent\n',
    ]) {
      expect(detectInputFormat(text), text).toBe('text');
    }
  });
});

describe('STM (time-marked segments: NIST SCTK)', () => {
  const stm = [
    ';; CATEGORY "0" "" ""',
    'show1 A Jane_Doe 0.00 2.50 <o,f0,female> good evening and welcome',
    'show1 A spk2 2.50 4.00 thanks (uh) for { having / hosting } me',
    'show1 A inter_segment_gap 4.00 5.00 ignore_time_segment_in_scoring',
    'show1 A Jane_Doe 5.00 6.00 first the weather',
  ].join('\n');

  it('each segment a turn of its speaker, its words spread over it; no-speech segments counted', () => {
    expect(looksLikeStm(stm)).toBe(true);
    expect(detectInputFormat(stm)).toBe('stm');
    const read = stmToLines(stm);
    expect(read.text).toBe(
      'Jane Doe: good evening and welcome\n\nSpeaker 1: thanks uh for having me\n\nJane Doe: first the weather',
    );
    expect(read.timedTokens?.[0]?.start).toBe(0);
    expect(read.timedTokens?.[4]?.start).toBe(2500);
    expect(read.timedTokens?.at(-1)?.end).toBe(6000);
    expect(ids(read.messages)).toContain('nist-ignored-segments');
    expect(read.messages?.find((m) => m.ruleId === 'nist-alternatives')?.reason).toContain(
      '1 alternative(s) left out',
    );
    const doc = produce(stm, 'json', options, 'stm').document;
    expect(doc.timed).toBe(true);
  });
});

describe('CTM and STM blocks point at the lines of the file', () => {
  it('a segment’s block is on its STM line, past comments, gaps and a skipped segment', () => {
    const stm = [
      ';; CATEGORY "0" "" ""', // 1
      ';; a phone-in, written for this test', // 2
      'call A Ann_Lee 0.0 2.0 good morning caller', // 3
      '', // 4
      'call A caller1 2.0 4.0 hi ann i drive the ferry road', // 5
      'call A inter_segment_gap 4.0 5.0 ignore_time_segment_in_scoring', // 6
      'call A Ann_Lee 5.0 6.0 go on', // 7
    ].join('\n');
    const doc = produce(stm, 'json', options, 'stm').document;
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [3, 'good morning caller'],
      [5, 'hi ann i drive the ferry road'],
      [7, 'go on'],
    ]);
  });

  it('a CTM paragraph starts on the line of its first word', () => {
    const ctm = [
      ';; header', // 1
      'news 1 0.00 0.40 good', // 2
      'news 1 0.40 0.40 evening', // 3
      'news 1 5.00 0.40 later', // 4: a pause opens a paragraph
      'news 1 5.40 0.40 tonight', // 5
    ].join('\n');
    const doc = produce(ctm, 'json', options, 'ctm').document;
    expect(doc.blocks.map((b) => b.line)).toEqual([2, 4]);
  });

  it('counter-case: speech-to-text JSON has no lines to point at, its blocks keep the text’s', () => {
    const json = JSON.stringify({
      results: {
        channels: [
          {
            alternatives: [
              {
                words: [
                  { word: 'hello', start: 0, end: 0.4, speaker: 0 },
                  { word: 'there', start: 0.4, end: 0.8, speaker: 0 },
                  { word: 'hi', start: 1, end: 1.3, speaker: 1 },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(asrToLines(json, 'auto').sourceLines).toBeNull();
  });
});

describe('STM speaker ids', () => {
  it('an id that is no name (caller1, en_4156_A) is a voice numbered in order, never a name', () => {
    const read = stmToLines(
      [
        'call A caller1 0.0 1.0 hello',
        'call A en_4156_A 1.0 2.0 hi',
        'call A caller1 2.0 3.0 bye',
      ].join('\n'),
    );
    expect(read.text).toBe('Speaker 1: hello\n\nSpeaker 2: hi\n\nSpeaker 1: bye');
  });
});

describe('CTM and STM on hostile input', () => {
  it('a long line of spaces after an open brace, and an hour of CTM, read in linear time', () => {
    const line = `f A s 0.00 1.00 {${' '.repeat(200_000)}x`;
    const t0 = performance.now();
    stmToLines(`${line}\n${line}\n`);
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(`f 1 ${(i * 0.36).toFixed(2)} 0.30 w${i}`);
    const read = ctmToLines(lines.join('\n'));
    expect(read.timedTokens?.length).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('multichannel results: each channel a voice, words in time order', () => {
  it('AssemblyAI multichannel: each word’s channel', () => {
    const json = {
      id: 'x',
      status: 'completed',
      multichannel: true,
      audio_channels: 2,
      words: [
        { text: 'Morning.', start: 100, end: 500, speaker: null, channel: '1' },
        { text: 'Hello', start: 900, end: 1200, speaker: null, channel: '2' },
        { text: 'How', start: 700, end: 850, speaker: null, channel: '1' },
        { text: 'there.', start: 1200, end: 1500, speaker: null, channel: '2' },
      ],
    };
    expect(detectAsrFormat(json)).toBe('assemblyai');
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Morning. How\n\nSpeaker 2: Hello there.',
    );
  });
});

describe('voices saved one after another', () => {
  it('Rev.ai monologues written channel by channel are merged in time order, each voice’s order kept', () => {
    const el = (value: string, ts: number) => [
      { type: 'text', value, ts, end_ts: ts + 0.3 },
      { type: 'punct', value: '.' },
    ];
    const json = {
      monologues: [
        { speaker: 0, elements: [...el('Hello', 0.1), ...el('Fine', 3)] },
        { speaker: 1, elements: el('Hi', 1) },
      ],
    };
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('Speaker 1: Hello.\n\nSpeaker 2: Hi.\n\nSpeaker 1: Fine.');
    expect(ids(read.messages)).toContain('asr-time-order');
  });

  it('one voice’s own words out of order are not re-sorted here (repaired downstream and reported)', () => {
    const json = {
      status: 'completed',
      words: [
        { text: 'b', start: 1000, end: 1200 },
        { text: 'a', start: 0, end: 200 },
      ],
    };
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('b a');
    expect(ids(read.messages)).not.toContain('asr-time-order');
  });
});

describe('Rev.com human transcripts', () => {
  it('clock-string times (timestamp/end_timestamp) and speaker names', () => {
    const json = {
      speakers: [{ id: 1, name: 'Anna Berg' }],
      monologues: [
        {
          speaker: 1,
          speaker_name: 'Anna Berg',
          elements: [
            {
              type: 'text',
              value: 'Roads',
              timestamp: '00:01:02.250',
              end_timestamp: '00:01:02.600',
            },
            { type: 'punct', value: ' ' },
            {
              type: 'text',
              value: 'reopen',
              timestamp: '00:01:02.600',
              end_timestamp: '00:01:03.100',
            },
            { type: 'punct', value: '.' },
          ],
        },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['Roads', 62250, 62600],
      ['reopen.', 62600, 63100],
    ]);
    expect(asrToLines(JSON.stringify(json)).text).toBe('Anna Berg: Roads reopen.');
    const bad = structuredClone(json);
    (bad.monologues[0]?.elements[2] as { timestamp: string }).timestamp = 'soon';
    const refused = asrToLines(JSON.stringify(bad));
    expect(refused.text).toBe('');
    expect(refused.messages?.[0]?.reason).toContain('word 2 has timestamp "soon"');
  });
});

describe('NVIDIA NeMo / Parakeet', () => {
  const hypothesis = {
    text: 'Tides rise tonight.',
    timestamp: {
      word: [
        { word: 'Tides', start: 0.08, end: 0.4, start_offset: 1, end_offset: 5 },
        { word: 'rise', start: 0.48, end: 0.8, start_offset: 6, end_offset: 10 },
        { word: 'tonight.', start: 0.88, end: 1.36, start_offset: 11, end_offset: 17 },
      ],
      segment: [{ segment: 'Tides rise tonight.', start: 0.08, end: 1.36 }],
    },
  };

  it('word timestamps in seconds, one hypothesis or a list', () => {
    expect(detectAsrFormat(hypothesis)).toBe('nemo');
    expect(readAsrWords(hypothesis).map((w) => [w.text, w.start, w.end])).toEqual([
      ['Tides', 80, 400],
      ['rise', 480, 800],
      ['tonight.', 880, 1360],
    ]);
    const second = {
      text: 'Stay away.',
      timestamp: {
        word: [
          { word: 'Stay', start: 2, end: 2.3 },
          { word: 'away.', start: 2.3, end: 2.8 },
        ],
      },
    };
    expect(texts([hypothesis, second])).toEqual(['Tides', 'rise', 'tonight.', 'Stay', 'away.']);
  });

  it('segments only: each spread over its span; frame offsets without seconds are refused', () => {
    const segments = {
      text: 'x',
      timestamp: { segment: [{ segment: 'Calm seas.', start: 1, end: 2 }] },
    };
    // By length: `Calm` takes 4 of the 9 letters' second.
    expect(readAsrWords(segments).map((w) => [w.text, w.start, w.end])).toEqual([
      ['Calm', 1000, 1444],
      ['seas.', 1444, 2000],
    ]);
    const frames = {
      text: 'x',
      timestamp: { word: [{ word: 'Calm', start_offset: 3, end_offset: 7 }] },
    };
    const read = asrToLines(JSON.stringify(frames));
    expect(read.messages?.[0]?.ruleId).toBe('asr-bad-time');
  });
});

describe('Hugging Face transformers pipeline (chunks with [start, end])', () => {
  const chunks = [
    { timestamp: [0.0, 0.4], text: ' Bridge' },
    { timestamp: [0.4, 0.9], text: ' closed.' },
    { timestamp: [2.0, null], text: ' Detour' },
  ];

  it('word chunks in seconds; an open last chunk ends at a newsroom pace', () => {
    const json = { text: ' Bridge closed. Detour', chunks };
    expect(detectAsrFormat(json)).toBe('transformers');
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end])).toEqual([
      ['Bridge', 0, 400],
      ['closed.', 400, 900],
      ['Detour', 2000, 2400],
    ]);
  });

  it('insanely-fast-whisper’s speakers: each word takes the turn it starts in', () => {
    const json = {
      speakers: [
        { speaker: 'SPEAKER_00', text: ' Bridge closed.', timestamp: [0.0, 0.9] },
        { speaker: 'SPEAKER_01', text: ' Detour', timestamp: [2.0, 2.4] },
      ],
      chunks,
      text: ' Bridge closed. Detour',
    };
    expect(asrToLines(JSON.stringify(json)).text).toBe(
      'Speaker 1: Bridge closed.\n\nSpeaker 2: Detour',
    );
    const { chunks: _, ...turnsOnly } = json;
    expect(asrToLines(JSON.stringify(turnsOnly)).text).toBe(
      'Speaker 1: Bridge closed.\n\nSpeaker 2: Detour',
    );
  });
});

describe('Coqui STT / DeepSpeech, Azure Video Indexer, Apple Speech', () => {
  it('Coqui STT: the best of the candidate transcripts, start_time and duration', () => {
    const json = {
      transcripts: [
        {
          confidence: -4.1,
          words: [
            { word: 'polls', start_time: 0.5, duration: 0.3 },
            { word: 'close', start_time: 0.82, duration: 0.4 },
          ],
        },
        { confidence: -8.7, words: [{ word: 'poles', start_time: 0.5, duration: 0.3 }] },
      ],
    };
    expect(detectAsrFormat(json)).toBe('coqui-stt');
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end])).toEqual([
      ['polls', 500, 800],
      ['close', 820, 1220],
    ]);
  });

  it('Video Indexer: videos[0].insights.transcript, speakerId, instances as clock strings', () => {
    const line = (id: number, text: string, speakerId: number, start: string, end: string) => ({
      id,
      text,
      confidence: 0.9,
      speakerId,
      language: 'en-US',
      instances: [{ adjustedStart: start, adjustedEnd: end, start, end }],
    });
    const json = {
      name: 'clip',
      videos: [
        {
          id: 'v1',
          insights: {
            transcript: [
              line(1, 'Vote counting continues.', 1, '0:00:00.5', '0:00:02'),
              line(2, 'Any result yet?', 2, '0:00:02.4', '0:00:03.6'),
            ],
          },
        },
      ],
    };
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('Speaker 1: Vote counting continues.\n\nSpeaker 2: Any result yet?');
    expect(read.timedTokens?.[0]?.start).toBe(500);
    expect(read.timedTokens?.[3]?.start).toBe(2400);
  });

  it('Apple Speech segments: substring, timestamp, duration', () => {
    const json = {
      formattedString: 'Doors open',
      segments: [
        { substring: 'Doors', timestamp: 0.5, duration: 0.3, confidence: 0.9 },
        { substring: 'open', timestamp: 0.8, duration: 0.4, confidence: 0.9 },
      ],
    };
    expect(readAsrWords(json).map((w) => [w.text, w.start, w.end])).toEqual([
      ['Doors', 500, 800],
      ['open', 800, 1200],
    ]);
  });
});

describe('exports whose segments are given by their timed words', () => {
  it('Sonix: speaker, start_time/end_time, words of text', () => {
    const json = {
      name: 'council',
      transcript: [
        {
          speaker: 'Mayor Lund',
          start_time: 0.2,
          end_time: 1.6,
          words: [
            { text: 'Order', start_time: 0.2, end_time: 0.6 },
            { text: ' please.', start_time: 0.6, end_time: 1.6 },
          ],
        },
        {
          speaker: 'Clerk',
          start_time: 2,
          end_time: 2.5,
          words: [{ text: 'Noted.', start_time: 2, end_time: 2.5 }],
        },
      ],
    };
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('Mayor Lund: Order please.\n\nClerk: Noted.');
    expect(read.timedTokens?.map((t) => t.start)).toEqual([200, 600, 2000]);
  });

  it('Happy Scribe: data_start/data_end, spaces as their own words, punctuation joined', () => {
    const json = [
      {
        speaker: 'Host',
        speaker_number: 1,
        words: [
          { text: 'Welcome', type: 'text', data_start: 0.1, data_end: 0.5 },
          { text: ' ', type: 'text', data_start: 0.5, data_end: 0.5 },
          { text: 'back', type: 'text', data_start: 0.5, data_end: 0.9 },
          { text: '.', type: 'punctuation', data_start: 0.9, data_end: 0.9 },
        ],
        data_start: 0.1,
      },
      {
        speaker: 'Guest',
        words: [{ text: 'Thanks.', type: 'text', data_start: 1.4, data_end: 2 }],
      },
    ];
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('Host: Welcome back.\n\nGuest: Thanks.');
    expect(read.timedTokens?.map((t) => [t.text, t.start])).toEqual([
      ['Welcome', 100],
      ['back.', 500],
      ['Thanks.', 1400],
    ]);
  });

  it('Gladia v1: prediction of transcription, time_begin/time_end, speaker numbers', () => {
    const json = {
      prediction: [
        {
          time_begin: 0.1,
          time_end: 0.8,
          transcription: 'Lines open.',
          speaker: 0,
          words: [
            { word: 'Lines', time_begin: 0.1, time_end: 0.4 },
            { word: 'open.', time_begin: 0.4, time_end: 0.8 },
          ],
        },
        {
          time_begin: 1,
          time_end: 1.4,
          transcription: 'Good.',
          speaker: 1,
          words: [{ word: 'Good.', time_begin: 1, time_end: 1.4 }],
        },
      ],
    };
    const read = asrToLines(JSON.stringify(json));
    expect(read.text).toBe('Speaker 1: Lines open.\n\nSpeaker 2: Good.');
    expect(read.timedTokens?.map((t) => t.start)).toEqual([100, 400, 1000]);
  });
});

describe('edge cases of timed words', () => {
  const dw = (w: string, start: unknown, end: unknown) => ({
    word: w,
    punctuated_word: w,
    start,
    end,
  });
  const dg = (words: unknown[]) => ({ results: { channels: [{ alternatives: [{ words }] }] } });

  it('words without text are skipped and counted', () => {
    const read = asrToLines(
      JSON.stringify(
        dg([dw('One', 0, 0.3), dw('', 0.3, 0.5), dw(' ', 0.5, 0.6), dw('two.', 0.6, 1)]),
      ),
    );
    expect(read.text).toBe('One two.');
    expect(read.messages?.find((m) => m.ruleId === 'asr-empty-words')?.reason).toContain('2 word');
  });

  it('times before zero and ends before starts are repaired and reported', () => {
    const read = asrToLines(
      JSON.stringify(dg([dw('One', -0.5, -0.2), dw('two', 0.8, 0.5), dw('three.', 1, 1.3)])),
    );
    expect(read.timedTokens?.map((t) => [t.start, t.end])).toEqual([
      [0, 0],
      [800, 800],
      [1000, 1300],
    ]);
    const reason = read.messages?.find((m) => m.ruleId === 'asr-time-repair')?.reason ?? '';
    expect(reason).toContain('1 word(s) timed before zero');
    expect(reason).toContain('1 word(s) ending before they start');
  });

  it('a time that is no number, or past 100 hours, is refused naming the word (a 422, not a guess)', () => {
    const nan = asrToLines(JSON.stringify(dg([dw('One', 0, 0.3), dw('two', 'NaN', 'NaN')])));
    expect(nan.text).toBe('');
    expect(nan.messages?.[0]?.reason).toContain('word 2 has start "NaN"');
    const far = asrToLines(JSON.stringify(dg([dw('One', 0, 0.3), dw('two', 1e12, 1e12 + 1)])));
    expect(far.text).toBe('');
    expect(far.messages?.[0]?.reason).toContain('word 2 ("two")');
    const aai = asrToLines(
      JSON.stringify({ status: 'completed', words: [{ text: 'Hi', start: 'abc', end: 100 }] }),
    );
    expect(aai.messages?.[0]?.reason).toContain('AssemblyAI word 1 has start "abc"');
  });

  it('a word with no time (null) is placed between its neighbours and reported', () => {
    const read = asrToLines(
      JSON.stringify(dg([dw('One', 0, 0.3), dw('two', null, null), dw('three.', 1, 1.3)])),
    );
    expect(read.text).toBe('One two three.');
    expect(read.timedTokens?.[1]).toMatchObject({ start: 300, end: 1000 });
    expect(ids(read.messages)).toContain('asr-untimed-words');
  });
});
