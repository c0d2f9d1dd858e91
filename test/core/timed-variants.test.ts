import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/core/timed.ts';
import { readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat, type InputFormat, ingest } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { ffmpegToSrt, HAS_FFMPEG, SKIP_FFMPEG, warnWithoutFfmpeg } from './ffmpeg.ts';
import { parseSrt, parseVtt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
warnWithoutFfmpeg('the timed-variant ffmpeg read-back checks');
const FRAME_MS = 40;
const norm = (words: readonly string[]): string[] => words.map(normalizeWord).filter(Boolean);
const split = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function runs<T>(list: readonly T[]): T[] {
  return list.filter((x, i) => i === 0 || list[i - 1] !== x);
}

interface Variant {
  name: string;
  format: InputFormat;
  source: string;
  /** The spoken words, in order. */
  words: string[];
  /** Word start times of the input (ms); else the times the reader gives its words. */
  starts?: number[];
  /** Diarization label of each word (any distinct values), or null: no speakers. */
  speakers?: (string | number)[] | null;
  /** The first cue must start here (ms), within a frame. */
  firstStartMs?: number;
}

/** Seconds-timed words from `[text, start, end]` rows. */
const sec = (rows: [string, number, number][]) =>
  rows.map(([word, start, end]) => ({ word, start, end }));

// --- Speech-to-text JSON ---------------------------------------------------------------------

const SENTENCE: [string, number, number][] = [
  ['The', 0.32, 0.5],
  ['council', 0.5, 0.92],
  ['voted', 0.92, 1.3],
  ['to', 1.3, 1.42],
  ['close', 1.42, 1.8],
  ['the', 1.8, 1.92],
  ['old', 1.92, 2.2],
  ['bridge', 2.2, 2.7],
  ['on', 3.4, 3.55],
  ['Monday', 3.55, 4.1],
];

/** OpenAI verbose_json with `timestamp_granularities=["word"]` only: words, no segments. */
const whisperWordsOnly: Variant = {
  name: 'OpenAI verbose_json, words without segments',
  format: 'json',
  source: JSON.stringify({
    task: 'transcribe',
    language: 'english',
    duration: 4.3,
    text: 'The council voted to close the old bridge on Monday.',
    words: sec(SENTENCE),
  }),
  words: ['The', 'council', 'voted', 'to', 'close', 'the', 'old', 'bridge', 'on', 'Monday.'],
  starts: SENTENCE.map(([, s]) => Math.round(s * 1000)),
  speakers: null,
};

/** whisper.cpp `-ojf`: sub-word tokens with `[_BEG_]` and `[_TT_n]` specials, `t_dtw`, `p`. */
function cppToken(text: string, from: number, to: number, id: number) {
  const hms = (ms: number) =>
    `00:00:${String(Math.floor(ms / 1000)).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`;
  return {
    text,
    timestamps: { from: hms(from), to: hms(to) },
    offsets: { from, to },
    id,
    p: 0.9,
    t_dtw: -1,
  };
}
const whisperCppTokens: Variant = {
  name: 'whisper.cpp -ojf, tokens with [_BEG_] and [_TT_] specials',
  format: 'json',
  source: JSON.stringify({
    systeminfo: 'AVX = 1 | NEON = 0',
    model: { type: 'base', multilingual: false, vocab: 51864 },
    params: { model: 'models/ggml-base.en.bin', language: 'en', translate: false },
    result: { language: 'en' },
    transcription: [
      {
        timestamps: { from: '00:00:00,000', to: '00:00:02,700' },
        offsets: { from: 0, to: 2700 },
        text: ' The council voted to close the old bridge.',
        tokens: [
          cppToken('[_BEG_]', 0, 0, 50363),
          cppToken(' The', 320, 500, 383),
          cppToken(' coun', 500, 700, 1913),
          cppToken('cil', 700, 920, 2856),
          cppToken(' voted', 920, 1300, 7052),
          cppToken(' to', 1300, 1420, 284),
          cppToken(' close', 1420, 1800, 1969),
          cppToken(' the', 1800, 1920, 262),
          cppToken(' old', 1920, 2200, 1468),
          cppToken(' bridge', 2200, 2650, 7696),
          cppToken('.', 2650, 2700, 13),
          cppToken('[_TT_135]', 2700, 2700, 50498),
        ],
      },
      {
        timestamps: { from: '00:00:03,400', to: '00:00:04,100' },
        offsets: { from: 3400, to: 4100 },
        text: ' On Monday.',
        tokens: [
          cppToken('[_BEG_]', 3400, 3400, 50363),
          cppToken(' On', 3400, 3550, 1550),
          cppToken(' Monday', 3550, 4050, 3321),
          cppToken('.', 4050, 4100, 13),
          cppToken('[_TT_205]', 4100, 4100, 50568),
        ],
      },
    ],
  }),
  words: ['The', 'council', 'voted', 'to', 'close', 'the', 'old', 'bridge.', 'On', 'Monday.'],
  starts: [320, 500, 920, 1300, 1420, 1800, 1920, 2200, 3400, 3550],
  speakers: null,
};

/** WhisperX: words the aligner could not place (digits) have no start, end or score. */
const whisperXUnaligned: Variant = {
  name: 'WhisperX, numbers without times',
  format: 'json',
  source: JSON.stringify({
    segments: [
      {
        start: 0.31,
        end: 2.9,
        text: ' The bridge opened in 1990 and cost $5 million.',
        words: [
          { word: 'The', start: 0.31, end: 0.45, score: 0.9, speaker: 'SPEAKER_00' },
          { word: 'bridge', start: 0.45, end: 0.8, score: 0.88, speaker: 'SPEAKER_00' },
          { word: 'opened', start: 0.8, end: 1.1, score: 0.91, speaker: 'SPEAKER_00' },
          { word: 'in', start: 1.1, end: 1.2, score: 0.99, speaker: 'SPEAKER_00' },
          { word: '1990' },
          { word: 'and', start: 1.9, end: 2.0, score: 0.8, speaker: 'SPEAKER_00' },
          { word: 'cost', start: 2.0, end: 2.3, score: 0.8, speaker: 'SPEAKER_00' },
          { word: '$5' },
          { word: 'million.', start: 2.5, end: 2.9, score: 0.7, speaker: 'SPEAKER_00' },
        ],
        speaker: 'SPEAKER_00',
      },
      {
        start: 3.6,
        end: 4.5,
        text: ' That was 35 years ago.',
        words: [
          { word: 'That', start: 3.6, end: 3.8, score: 0.9, speaker: 'SPEAKER_01' },
          { word: 'was', start: 3.8, end: 3.95, score: 0.9, speaker: 'SPEAKER_01' },
          { word: '35' },
          { word: 'years', start: 4.1, end: 4.3, score: 0.9, speaker: 'SPEAKER_01' },
          { word: 'ago.', start: 4.3, end: 4.5, score: 0.9, speaker: 'SPEAKER_01' },
        ],
        speaker: 'SPEAKER_01',
      },
    ],
    word_segments: [],
  }),
  words: split('The bridge opened in 1990 and cost $5 million. That was 35 years ago.'),
  speakers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
  firstStartMs: 310,
};

/** Deepgram `multichannel=true` (no diarization): one transcript per channel, times interleave. */
function dgChannel(rows: [string, number, number][]) {
  const words = rows.map(([w, start, end]) => ({
    word: w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''),
    start,
    end,
    confidence: 0.98,
    punctuated_word: w,
  }));
  return {
    alternatives: [{ transcript: rows.map(([w]) => w).join(' '), confidence: 0.98, words }],
  };
}
const CALLER: [string, number, number][] = [
  ['Hello,', 0.4, 0.7],
  ['is', 0.7, 0.8],
  ['this', 0.8, 1.0],
  ['the', 1.0, 1.1],
  ['newsroom?', 1.1, 1.6],
  ['Thanks.', 4.2, 4.6],
];
const DESK: [string, number, number][] = [
  ['Yes,', 2.0, 2.3],
  ['how', 2.3, 2.5],
  ['can', 2.5, 2.6],
  ['I', 2.6, 2.7],
  ['help?', 2.7, 3.1],
];
const deepgramMultichannel: Variant = {
  name: 'Deepgram multichannel, two channels',
  format: 'json',
  source: JSON.stringify({
    metadata: { request_id: 'x', duration: 5, channels: 2, models: ['m'] },
    results: { channels: [dgChannel(CALLER), dgChannel(DESK)] },
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help? Thanks.'),
  starts: [400, 700, 800, 1000, 1100, 2000, 2300, 2500, 2600, 2700, 4200],
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0],
};

/** Deepgram with `utterances=true` but no diarization on the words, utterance speakers only. */
const deepgramUtterances: Variant = {
  name: 'Deepgram, speakers only in utterances',
  format: 'json',
  source: JSON.stringify({
    metadata: { request_id: 'x', duration: 5, channels: 1 },
    results: {
      channels: [dgChannel([...CALLER.slice(0, 5), ...DESK, ...CALLER.slice(5)])],
      utterances: [
        {
          start: 0.4,
          end: 1.6,
          confidence: 0.9,
          channel: 0,
          transcript: 'Hello, is this the newsroom?',
          words: dgChannel(CALLER.slice(0, 5)).alternatives[0]?.words.map((w) => ({
            ...w,
            speaker: 0,
          })),
          speaker: 0,
          id: 'a',
        },
        {
          start: 2.0,
          end: 3.1,
          confidence: 0.9,
          channel: 0,
          transcript: 'Yes, how can I help?',
          words: dgChannel(DESK).alternatives[0]?.words.map((w) => ({ ...w, speaker: 1 })),
          speaker: 1,
          id: 'b',
        },
        {
          start: 4.2,
          end: 4.6,
          confidence: 0.9,
          channel: 0,
          transcript: 'Thanks.',
          words: dgChannel(CALLER.slice(5)).alternatives[0]?.words.map((w) => ({
            ...w,
            speaker: 0,
          })),
          speaker: 0,
          id: 'c',
        },
      ],
    },
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help? Thanks.'),
  starts: [400, 700, 800, 1000, 1100, 2000, 2300, 2500, 2600, 2700, 4200],
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0],
};

/** AssemblyAI without diarization: `speaker: null` on every word, `utterances: null`. */
const assemblyNullSpeaker: Variant = {
  name: 'AssemblyAI, speaker null',
  format: 'json',
  source: JSON.stringify({
    id: 'abc',
    status: 'completed',
    audio_url: 'https://example.org/a.mp3',
    text: 'The council voted to close the old bridge on Monday.',
    words: SENTENCE.map(([text, start, end], i) => ({
      text: i === SENTENCE.length - 1 ? `${text}.` : text,
      start: Math.round(start * 1000),
      end: Math.round(end * 1000),
      confidence: 0.97,
      speaker: null,
    })),
    utterances: null,
    confidence: 0.97,
    audio_duration: 5,
  }),
  words: split('The council voted to close the old bridge on Monday.'),
  starts: SENTENCE.map(([, s]) => Math.round(s * 1000)),
  speakers: null,
};

/** AWS Transcribe with `speaker_labels.segments` only, confidences as strings. */
function awsItems(rows: [string, number, number][], punct: Record<number, string>) {
  const items: Record<string, unknown>[] = [];
  rows.forEach(([w, s, e], i) => {
    items.push({
      id: items.length,
      start_time: s.toFixed(3),
      end_time: e.toFixed(3),
      alternatives: [{ confidence: '0.9987', content: w }],
      type: 'pronunciation',
    });
    const p = punct[i];
    if (p) {
      items.push({
        id: items.length,
        alternatives: [{ confidence: '0.0', content: p }],
        type: 'punctuation',
      });
    }
  });
  return items;
}
const AWS_ROWS: [string, number, number][] = [
  ['Hello', 0.4, 0.7],
  ['is', 0.7, 0.8],
  ['this', 0.8, 1.0],
  ['the', 1.0, 1.1],
  ['newsroom', 1.1, 1.6],
  ['Yes', 2.0, 2.3],
  ['how', 2.3, 2.5],
  ['can', 2.5, 2.6],
  ['I', 2.6, 2.7],
  ['help', 2.7, 3.1],
];
const awsItemsList = awsItems(AWS_ROWS, { 0: ',', 4: '?', 5: ',', 9: '?' });
const awsSpeakerSegments: Variant = {
  name: 'AWS Transcribe, speaker_labels.segments',
  format: 'json',
  source: JSON.stringify({
    jobName: 'job',
    accountId: '1',
    status: 'COMPLETED',
    results: {
      transcripts: [{ transcript: 'Hello, is this the newsroom? Yes, how can I help?' }],
      speaker_labels: {
        speakers: 2,
        segments: [
          {
            start_time: '0.400',
            end_time: '1.600',
            speaker_label: 'spk_0',
            items: AWS_ROWS.slice(0, 5).map(([, s, e]) => ({
              start_time: s.toFixed(3),
              end_time: e.toFixed(3),
              speaker_label: 'spk_0',
            })),
          },
          {
            start_time: '2.000',
            end_time: '3.100',
            speaker_label: 'spk_1',
            items: AWS_ROWS.slice(5).map(([, s, e]) => ({
              start_time: s.toFixed(3),
              end_time: e.toFixed(3),
              speaker_label: 'spk_1',
            })),
          },
        ],
      },
      items: awsItemsList,
    },
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help?'),
  starts: AWS_ROWS.map(([, s]) => Math.round(s * 1000)),
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
};

/** Rev.ai with `punct` elements (spaces and marks), a null speaker, and an `unknown` tag. */
const revaiPunct: Variant = {
  name: 'Rev.ai, punct elements and null speakers',
  format: 'json',
  source: JSON.stringify({
    monologues: [
      {
        speaker: null,
        elements: [
          { type: 'text', value: 'Hello', ts: 0.4, end_ts: 0.7, confidence: 1 },
          { type: 'punct', value: ',' },
          { type: 'punct', value: ' ' },
          { type: 'text', value: 'is', ts: 0.7, end_ts: 0.8, confidence: 1 },
          { type: 'punct', value: ' ' },
          { type: 'text', value: 'this', ts: 0.8, end_ts: 1.0, confidence: 1 },
          { type: 'punct', value: ' ' },
          { type: 'unknown', value: '<inaudible>', ts: 1.0, end_ts: 1.1 },
          { type: 'punct', value: ' ' },
          { type: 'text', value: 'newsroom', ts: 1.1, end_ts: 1.6, confidence: 1 },
          { type: 'punct', value: '?' },
        ],
      },
      {
        speaker: null,
        elements: [
          { type: 'text', value: 'Yes', ts: 2.0, end_ts: 2.3, confidence: 1 },
          { type: 'punct', value: '.' },
        ],
      },
    ],
  }),
  words: split('Hello, is this newsroom? Yes.'),
  starts: [400, 700, 800, 1100, 2000],
  speakers: null,
};

/** Speechmatics json-v2: punctuation `attaches_to: previous` with `is_eos`, speakers S1/S2. */
function smWord(content: string, s: number, e: number, speaker: string) {
  return {
    type: 'word',
    start_time: s,
    end_time: e,
    alternatives: [{ content, confidence: 0.99, language: 'en', speaker }],
  };
}
function smPunct(content: string, at: number, speaker: string, eos: boolean) {
  return {
    type: 'punctuation',
    start_time: at,
    end_time: at,
    attaches_to: 'previous',
    is_eos: eos,
    alternatives: [{ content, confidence: 1, language: 'en', speaker }],
  };
}
const speechmaticsEos: Variant = {
  name: 'Speechmatics json-v2, attaches_to and is_eos',
  format: 'json',
  source: JSON.stringify({
    format: '2.9',
    job: { id: 'j', created_at: '2024-01-01T00:00:00.000Z', data_name: 'a.wav', duration: 5 },
    metadata: {
      created_at: '2024-01-01T00:00:00.000Z',
      type: 'transcription',
      transcription_config: { language: 'en', diarization: 'speaker' },
    },
    results: [
      smWord('Hello', 0.4, 0.7, 'S1'),
      smPunct(',', 0.7, 'S1', false),
      smWord('is', 0.7, 0.8, 'S1'),
      smWord('this', 0.8, 1.0, 'S1'),
      smWord('the', 1.0, 1.1, 'S1'),
      smWord('newsroom', 1.1, 1.6, 'S1'),
      smPunct('?', 1.6, 'S1', true),
      smWord('Yes', 2.0, 2.3, 'S2'),
      smPunct('.', 2.3, 'S2', true),
    ],
  }),
  words: split('Hello, is this the newsroom? Yes.'),
  starts: [400, 700, 800, 1000, 1100, 2000],
  speakers: [0, 0, 0, 0, 0, 1],
};

// --- Caption files ---------------------------------------------------------------------------

const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

/** SRT from a desktop subtitle editor: BOM, CRLF, styling and ASS position tags, no final newline. */
const srtStyled: Variant = {
  name: 'SRT with BOM, CRLF, <i>/<b>/<font> and {\\an8}, no final blank line',
  format: 'srt',
  source: `\uFEFF${crlf(`1
00:00:01,000 --> 00:00:02,800
{\\an8}<i>The council voted</i>
<b>to close</b> the old bridge.

2
00:00:03,000 --> 00:00:04,500
<font color="#ffff00">Work starts</font> on Monday.

3
00:00:04,600 --> 00:00:06,000
<font face="Arial" size="24">It will take</font>
{\\an2}{\\i1}two years.{\\i0}`)}`,
  words: split(
    'The council voted to close the old bridge. Work starts on Monday. It will take two years.',
  ),
  firstStartMs: 1000,
};

/** SRT as people edit it: a lost cue number, blank lines inside a cue, dots in times, dashes. */
const srtMessy: Variant = {
  name: 'SRT with a missing number, blank lines in a cue, dot milliseconds, dialogue dashes',
  format: 'srt',
  source: `1
00:00:01.000 --> 00:00:02.500
Are you coming to the meeting?


00:00:02.600 --> 00:00:04.000
- Not tonight.
- Why not?

3
00:00:04.200 --> 00:00:06.000
I have to finish

the report first.



4
00:00:06.100 --> 00:00:07.500
-Fine.
-Thanks.
`,
  words: split(
    'Are you coming to the meeting? Not tonight. Why not? I have to finish the report first. Fine. Thanks.',
  ),
  firstStartMs: 1000,
};

/** WebVTT with every block kind: STYLE, REGION, NOTE, identifiers, settings, classes, ruby. */
const vttFull: Variant = {
  name: 'WebVTT with STYLE, REGION, NOTE, identifiers, settings, <c>, <i>, <ruby>, mm:ss times',
  format: 'vtt',
  source: `WEBVTT - Council meeting

STYLE
::cue(.yellow) {
  color: yellow;
}

REGION
id:fred
width:40%
lines:3
regionanchor:0%,100%
viewportanchor:10%,90%
scroll:up

NOTE This file was edited by hand.
It has two lines of notes.

intro
00:01.000 --> 00:02.500 align:start line:0
<c.yellow>The council</c> <i>voted</i>

2
00:02.600 --> 00:04.000 region:fred align:left
to close the <b>old</b> bridge.

NOTE a note between cues

00:00:04.200 --> 00:00:06.000 position:10%,line-left size:80%
<v Mayor Jane Smith>We had no choice.</v>

chapter-2
00:06.100 --> 00:08.000
<v.loud John Doe>The <ruby>river<rt>RIV-er</rt></ruby> rose.
`,
  words: split('The council voted to close the old bridge. We had no choice. The river rose.'),
  speakers: [null, null, null, null, null, null, null, 'j', 'j', 'j', 'j', 'd', 'd', 'd'].map(
    (s) => s ?? 'none',
  ),
  firstStartMs: 1000,
};

/** YouTube auto-captions with a music cue, a colour class and an empty first cue. */
const youtubeMusic: Variant = {
  name: 'YouTube auto-captions with [Music] and <c.colorE5E5E5>',
  format: 'vtt',
  source: `WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:01.990 align:start position:0%
 
[Music]

00:00:01.990 --> 00:00:02.000 align:start position:0%
[Music]
 

00:00:02.000 --> 00:00:04.070 align:start position:0%
[Music]
welcome<00:00:02.480><c> back</c><00:00:02.800><c.colorE5E5E5> to</c><00:00:03.000><c> the</c><00:00:03.200><c> show</c>

00:00:04.070 --> 00:00:04.080 align:start position:0%
welcome back to the show
 

00:00:04.080 --> 00:00:06.000 align:start position:0%
welcome back to the show
tonight<00:00:04.600><c> we</c><00:00:04.800><c> look</c><00:00:05.100><c> at</c><00:00:05.300><c> bridges</c>
`,
  words: split('welcome back to the show tonight we look at bridges'),
  starts: [2000, 2480, 2800, 3000, 3200, 4080, 4600, 4800, 5100, 5300],
  firstStartMs: 2000,
};

/** AWS channel identification (`channel_labels`), as documented: channel items by channel. */
function awsChannel(
  label: string,
  rows: [string, number, number][],
  punct: Record<number, string>,
) {
  return {
    channel_label: label,
    items: awsItems(rows, punct).map(({ id: _id, ...item }) => ({ channel_label: label, ...item })),
  };
}
const AWS_CH0: [string, number, number][] = [
  ['I', 4.86, 5.01],
  ['have', 5.01, 5.16],
  ['been', 5.16, 5.28],
  ['on', 5.28, 5.4],
  ['hold', 5.4, 5.62],
];
const AWS_CH1: [string, number, number][] = [
  ['Sorry', 8.5, 8.89],
  ['about', 8.89, 9.1],
  ['that', 9.1, 9.4],
];
const awsChannelLabels = {
  transcripts: [{ transcript: 'I have been on hold. Sorry about that.' }],
  channel_labels: {
    channels: [awsChannel('ch_0', AWS_CH0, { 4: '.' }), awsChannel('ch_1', AWS_CH1, { 2: '.' })],
    number_of_channels: 2,
  },
};
const awsChannelWords = split('I have been on hold. Sorry about that.');
const awsChannelStarts = [4860, 5010, 5160, 5280, 5400, 8500, 8890, 9100];
const awsChannelItems: Variant = {
  name: 'AWS Transcribe, channel identification with the standard items',
  format: 'json',
  source: JSON.stringify({
    jobName: 'job',
    status: 'COMPLETED',
    results: {
      ...awsChannelLabels,
      items: awsItems([...AWS_CH0, ...AWS_CH1], { 4: '.', 7: '.' }),
    },
  }),
  words: awsChannelWords,
  starts: awsChannelStarts,
  speakers: [0, 0, 0, 0, 0, 1, 1, 1],
};
const awsChannelOnly: Variant = {
  name: 'AWS Transcribe, channel identification without results.items',
  format: 'json',
  source: JSON.stringify({ jobName: 'job', status: 'COMPLETED', results: awsChannelLabels }),
  words: awsChannelWords,
  starts: awsChannelStarts,
  speakers: [0, 0, 0, 0, 0, 1, 1, 1],
};

/** whisper.cpp `-oj` (no tokens) with a `[BLANK_AUDIO]` segment between speech. */
const whisperCppBlank: Variant = {
  name: 'whisper.cpp -oj with a [BLANK_AUDIO] segment',
  format: 'json',
  source: JSON.stringify({
    systeminfo: 'AVX = 1',
    model: { type: 'base' },
    params: { language: 'en' },
    result: { language: 'en' },
    transcription: [
      {
        timestamps: { from: '00:00:00,000', to: '00:00:02,000' },
        offsets: { from: 0, to: 2000 },
        text: ' The meeting is open.',
      },
      {
        timestamps: { from: '00:00:02,000', to: '00:00:06,000' },
        offsets: { from: 2000, to: 6000 },
        text: ' [BLANK_AUDIO]',
      },
      {
        timestamps: { from: '00:00:06,000', to: '00:00:08,500' },
        offsets: { from: 6000, to: 8500 },
        text: ' First item, the bridge.',
      },
    ],
  }),
  words: split('The meeting is open. First item, the bridge.'),
  speakers: null,
  firstStartMs: 0,
};

/** Broadcast SRT: `>>` speaker changes, entities, an empty cue, coordinates, loose timestamps. */
const srtBroadcast: Variant = {
  name: 'SRT with >> turns, entities, an empty cue, X1/Y1 coordinates, 1-digit hours',
  format: 'srt',
  source: `1
0:00:01,000 --> 0:00:03,000 X1:100 X2:600 Y1:400 Y2:450
>> THE COUNCIL MET &amp; VOTED
TONIGHT.

2
0:00:03,200 --> 0:00:04,000


3
0:00:04,200 --> 0:00:06,00
>> WE HAD NO CHOICE &lt;REALLY&gt;.

4
00:00:06,100 --> 00:00:08,000
&gt;&gt; THE BRIDGE CLOSES MONDAY.
`,
  words: split(
    'THE COUNCIL MET & VOTED TONIGHT. WE HAD NO CHOICE <REALLY>. >> THE BRIDGE CLOSES MONDAY.',
  ),
  firstStartMs: 1000,
};

/** HLS WebVTT segment: X-TIMESTAMP-MAP in the header, character references in the text. */
const vttHls: Variant = {
  name: 'HLS WebVTT with X-TIMESTAMP-MAP and &nbsp; / &amp;',
  format: 'vtt',
  source: `WEBVTT
X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000

1
00:00:10.000 --> 00:00:12.000 line:85%
Smith&nbsp;&amp;&nbsp;Jones won.

2
00:00:12.200 --> 00:00:14.000 line:85%
The vote was 5&#8211;4.
`,
  words: split('Smith & Jones won. The vote was 5–4.'),
  firstStartMs: 10000,
};

/** faster-whisper / stable-ts JSON: segments with `words` (leading spaces, `probability`). */
const fasterWhisper: Variant = {
  name: 'faster-whisper segments with words (leading spaces, probability)',
  format: 'json',
  source: JSON.stringify({
    language: 'en',
    segments: [
      {
        id: 0,
        seek: 0,
        start: 0.32,
        end: 2.7,
        text: ' The council voted to close the old bridge.',
        tokens: [50364, 440, 9209, 13415, 281, 1998, 264, 1331, 7283, 13],
        temperature: 0,
        avg_logprob: -0.2,
        compression_ratio: 1.1,
        no_speech_prob: 0.01,
        words: SENTENCE.slice(0, 8).map(([w, start, end], i) => ({
          start,
          end,
          word: ` ${w}${i === 7 ? '.' : ''}`,
          probability: 0.9,
        })),
      },
      {
        id: 1,
        seek: 0,
        start: 3.4,
        end: 4.1,
        text: ' On Monday.',
        tokens: [50534, 1282, 8138, 13],
        temperature: 0,
        avg_logprob: -0.2,
        compression_ratio: 1.1,
        no_speech_prob: 0.01,
        words: [
          { start: 3.4, end: 3.55, word: ' On', probability: 0.9 },
          { start: 3.55, end: 4.1, word: ' Monday.', probability: 0.9 },
        ],
      },
    ],
  }),
  words: split('The council voted to close the old bridge. On Monday.'),
  starts: SENTENCE.map(([, s]) => Math.round(s * 1000)),
  speakers: null,
};

/** A badly cut SRT: one cue of 12 s with long lines (the output must be re-cut within limits). */
const srtLongCue: Variant = {
  name: 'SRT with a 12 s cue of long lines',
  format: 'srt',
  source: `1
00:00:00,500 --> 00:00:12,500
The regional council met on Tuesday evening to discuss the future of the old stone bridge
that has carried traffic across the river since the nineteenth century and needs repairs
that the engineers say will cost more than the council can afford this year.
`,
  words: split(
    'The regional council met on Tuesday evening to discuss the future of the old stone bridge that has carried traffic across the river since the nineteenth century and needs repairs that the engineers say will cost more than the council can afford this year.',
  ),
  firstStartMs: 500,
};

/** SRT exported by a careless tool: a zero-length cue, an end before its start, cues out of order. */
const srtBrokenTimes: Variant = {
  name: 'SRT with a zero-length cue, an end before its start, cues out of order',
  format: 'srt',
  source: `1
00:00:01,000 --> 00:00:02,500
The council met.

2
00:00:03,000 --> 00:00:03,000
It voted.

4
00:00:07,000 --> 00:00:08,500
It adjourned.

3
00:00:05,000 --> 00:00:04,000
The bridge closes.
`,
  words: split('The council met. It voted. The bridge closes. It adjourned.'),
  firstStartMs: 1000,
};

/** AssemblyAI `GET /v2/transcript/{id}/paragraphs`: paragraphs, each with its words. */
const aaiWord = (text: string, start: number, end: number) => ({
  text,
  start,
  end,
  confidence: 0.98,
  speaker: null,
});
const assemblyParagraphs: Variant = {
  name: 'AssemblyAI /paragraphs export',
  format: 'json',
  source: JSON.stringify({
    paragraphs: [
      {
        text: 'The council met. It voted.',
        start: 250,
        end: 2400,
        confidence: 0.97,
        words: [
          aaiWord('The', 250, 400),
          aaiWord('council', 400, 800),
          aaiWord('met.', 800, 1200),
          aaiWord('It', 1500, 1700),
          aaiWord('voted.', 1700, 2400),
        ],
      },
      {
        text: 'The bridge closes.',
        start: 3000,
        end: 4200,
        confidence: 0.97,
        words: [
          aaiWord('The', 3000, 3200),
          aaiWord('bridge', 3200, 3700),
          aaiWord('closes.', 3700, 4200),
        ],
      },
    ],
    id: 'abc',
    confidence: 0.97,
    audio_duration: 5,
  }),
  words: split('The council met. It voted. The bridge closes.'),
  starts: [250, 400, 800, 1500, 1700, 3000, 3200, 3700],
  speakers: null,
};

/** OpenAI `gpt-4o-transcribe-diarize` with `response_format=diarized_json`: segments, speakers. */
const openaiDiarized: Variant = {
  name: 'OpenAI diarized_json (speaker segments, no words)',
  format: 'json',
  source: JSON.stringify({
    task: 'transcribe',
    duration: 6.2,
    text: 'Hello, is this the newsroom? Yes, how can I help?',
    segments: [
      {
        type: 'transcript.text.segment',
        id: 'seg_001',
        start: 0.4,
        end: 1.6,
        text: 'Hello, is this the newsroom?',
        speaker: 'A',
      },
      {
        type: 'transcript.text.segment',
        id: 'seg_002',
        start: 2.0,
        end: 3.1,
        text: 'Yes, how can I help?',
        speaker: 'B',
      },
    ],
    usage: { type: 'duration', seconds: 7 },
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help?'),
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
  firstStartMs: 400,
};

/** SRT converted from ASS or HTML: `\N` hard breaks and `<br>` inside a line. */
const srtBreaks: Variant = {
  name: 'SRT with \\N hard breaks and <br> tags inside lines',
  format: 'srt',
  source: `1
00:00:01,000 --> 00:00:03,000
The council met\\Non Tuesday.

2
00:00:03,200 --> 00:00:05,000
It voted<br>to close<br/>the bridge.
`,
  words: split('The council met on Tuesday. It voted to close the bridge.'),
  firstStartMs: 1000,
};

/** Speechmatics json-v2 with channel diarization: items carry `channel`, interleaved by time. */
const smChannel = (item: Record<string, unknown>, channel: string) => {
  const { alternatives, ...rest } = item as { alternatives: Record<string, unknown>[] };
  return {
    ...rest,
    channel,
    alternatives: alternatives.map(({ speaker: _s, ...a }) => a),
  };
};
const speechmaticsChannels: Variant = {
  name: 'Speechmatics json-v2, channel diarization, channels interleaved',
  format: 'json',
  source: JSON.stringify({
    format: '2.9',
    metadata: {
      type: 'transcription',
      transcription_config: { language: 'en', diarization: 'channel' },
    },
    results: [
      smChannel(smWord('Hello', 0.4, 0.7, ''), 'channel_1'),
      smChannel(smWord('Hi', 0.6, 0.8, ''), 'channel_2'),
      smChannel(smPunct('.', 0.7, '', true), 'channel_1'),
      smChannel(smPunct('!', 0.8, '', true), 'channel_2'),
      smChannel(smWord('Thanks', 1.5, 1.9, ''), 'channel_1'),
      smChannel(smPunct('.', 1.9, '', true), 'channel_1'),
    ],
  }),
  words: split('Hello. Hi! Thanks.'),
  starts: [400, 600, 1500],
  speakers: [1, 2, 1],
};

/** SDH SRT: two cues shown at once (one on top, `{\an8}`), and cues overlapping in time. */
const srtOverlap: Variant = {
  name: 'SRT with stacked simultaneous cues and overlapping cues',
  format: 'srt',
  source: `1
00:00:01,000 --> 00:00:03,000
{\\an8}[SIREN WAILING]

2
00:00:01,000 --> 00:00:03,000
Get off the bridge!

3
00:00:02,800 --> 00:00:04,500
We're going, we're going.

4
00:00:04,000 --> 00:00:06,000
Everyone out now.
`,
  words: split("Get off the bridge! We're going, we're going. Everyone out now."),
  firstStartMs: 1000,
};

/** YouTube auto-captions converted to SRT (yt-dlp `--convert-subs srt`): the roll stays, the
 * inline times go, and the blank-looking lines hold a single space. */
const youtubeSrt: Variant = {
  name: 'YouTube auto-captions converted to SRT (space-only lines, 10 ms hold cues)',
  format: 'srt',
  source: `1
00:00:00,030 --> 00:00:02,270
 
hey everyone welcome back

2
00:00:02,270 --> 00:00:02,280
hey everyone welcome back
 

3
00:00:02,280 --> 00:00:04,430
hey everyone welcome back
to the channel today we

4
00:00:04,430 --> 00:00:04,440
to the channel today we
 

5
00:00:04,440 --> 00:00:06,900
to the channel today we
are looking at bridges
`,
  words: split('hey everyone welcome back to the channel today we are looking at bridges'),
  firstStartMs: 30,
};

/** An OpenAI-compatible server's verbose_json: top-level `words`, segments with empty `words`. */
const whisperCompatible: Variant = {
  name: 'OpenAI-compatible verbose_json, segments with empty words plus top-level words',
  format: 'json',
  source: JSON.stringify({
    task: 'transcribe',
    language: 'en',
    duration: 4.3,
    text: 'The council voted to close the old bridge. On Monday.',
    segments: [
      {
        id: 0,
        start: 0.3,
        end: 2.7,
        text: ' The council voted to close the old bridge.',
        words: [],
      },
      { id: 1, start: 3.4, end: 4.1, text: ' On Monday.', words: [] },
    ],
    words: sec(SENTENCE),
  }),
  words: split('The council voted to close the old bridge. On Monday.'),
  starts: SENTENCE.map(([, s]) => Math.round(s * 1000)),
  speakers: null,
  firstStartMs: 320,
};

/** The Whisper command line's VTT with `--highlight_words True`: the segment shown once per
 * word, the word being said underlined, plain cues for the pauses between words. */
const whisperHighlight: Variant = {
  name: 'Whisper CLI VTT with --highlight_words (<u> per word)',
  format: 'vtt',
  source: `WEBVTT

00:00.320 --> 00:00.500
<u>The</u> council voted

00:00.500 --> 00:00.920
The <u>council</u> voted

00:00.920 --> 00:01.300
The council <u>voted</u>

00:01.300 --> 00:01.420
<u>to</u> close the bridge.

00:01.420 --> 00:01.800
to <u>close</u> the bridge.

00:01.800 --> 00:01.920
to close <u>the</u> bridge.

00:01.920 --> 00:02.200
to close the bridge.

00:02.200 --> 00:02.700
to close the <u>bridge.</u>
`,
  words: split('The council voted to close the bridge.'),
  starts: [320, 500, 920, 1300, 1420, 1800, 2200],
  firstStartMs: 320,
};

/** whisper.cpp `-oj -di` on stereo: each segment's `speaker` (`0`, `1`, `?` for unsure). */
const cppSegment = (from: number, to: number, text: string, extra: Record<string, unknown>) => ({
  timestamps: { from: '', to: '' },
  offsets: { from, to },
  text,
  ...extra,
});
const whisperCppStereo: Variant = {
  name: 'whisper.cpp -oj -di (stereo speakers 0/1/?)',
  format: 'json',
  source: JSON.stringify({
    result: { language: 'en' },
    transcription: [
      cppSegment(0, 1600, ' Hello, is this the newsroom?', { speaker: '0' }),
      cppSegment(2000, 3100, ' Yes, how can I help?', { speaker: '1' }),
      cppSegment(3300, 3900, ' Well,', { speaker: '?' }),
      cppSegment(4200, 4600, ' Thanks.', { speaker: '0' }),
    ],
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help? Well, Thanks.'),
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0],
  firstStartMs: 0,
};

/** whisper.cpp `-oj -tdrz` (tinydiarize): `speaker_turn_next` after a segment, no speaker ids. */
const whisperCppTinydiarize: Variant = {
  name: 'whisper.cpp -oj -tdrz (speaker_turn_next)',
  format: 'json',
  source: JSON.stringify({
    result: { language: 'en' },
    transcription: [
      cppSegment(0, 1600, ' Hello, is this the newsroom?', { speaker_turn_next: true }),
      cppSegment(1700, 3100, ' Yes, how can I help?', { speaker_turn_next: false }),
      cppSegment(3200, 3900, ' Can you put me through?', { speaker_turn_next: false }),
    ],
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help? Can you put me through?'),
  speakers: null,
  firstStartMs: 0,
};

/** Broadcast SRT naming the speaker on a line of its own above the words. */
const srtNameLines: Variant = {
  name: 'SRT with speaker names alone on their line (JANE:, Jane Doe:)',
  format: 'srt',
  source: `1
00:00:01,000 --> 00:00:03,000
JANE:
Hello there.

2
00:00:03,200 --> 00:00:05,000
John Doe:
Hi, Jane.

3
00:00:05,200 --> 00:00:07,000
How are you?

4
00:00:07,200 --> 00:00:08,500
Remember:
we start at nine.
`,
  words: split('Hello there. Hi, Jane. How are you? Remember: we start at nine.'),
  speakers: ['j', 'j', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd'],
  firstStartMs: 1000,
};

/** Deepgram with `paragraphs=true&diarize=true` where only the paragraphs carry the speaker. */
const dgWordsOf = (rows: [string, number, number][]) => dgChannel(rows).alternatives[0]?.words;
const deepgramParagraphs: Variant = {
  name: 'Deepgram, speakers only in paragraphs',
  format: 'json',
  source: JSON.stringify({
    metadata: { request_id: 'x', duration: 5, channels: 1 },
    results: {
      channels: [
        {
          alternatives: [
            {
              transcript: 'Hello, is this the newsroom? Yes, how can I help? Thanks.',
              confidence: 0.98,
              words: dgWordsOf([...CALLER.slice(0, 5), ...DESK, ...CALLER.slice(5)]),
              paragraphs: {
                transcript:
                  '\nSpeaker 0: Hello, is this the newsroom?\n\nSpeaker 1: Yes, how can I help?\n\nSpeaker 0: Thanks.',
                paragraphs: [
                  {
                    sentences: [{ text: 'Hello, is this the newsroom?', start: 0.4, end: 1.6 }],
                    speaker: 0,
                    num_words: 5,
                    start: 0.4,
                    end: 1.6,
                  },
                  {
                    sentences: [{ text: 'Yes, how can I help?', start: 2.0, end: 3.1 }],
                    speaker: 1,
                    num_words: 5,
                    start: 2.0,
                    end: 3.1,
                  },
                  {
                    sentences: [{ text: 'Thanks.', start: 4.2, end: 4.6 }],
                    speaker: 0,
                    num_words: 1,
                    start: 4.2,
                    end: 4.6,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  }),
  words: split('Hello, is this the newsroom? Yes, how can I help? Thanks.'),
  starts: [400, 700, 800, 1000, 1100, 2000, 2300, 2500, 2600, 2700, 4200],
  speakers: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0],
};

/** Google Speech-to-Text v1 as the Node client prints it: `{seconds, nanos}` times (seconds a
 * string, left out under a second), and the diarization summary result repeating every word. */
const gTime = (ms: number) => ({
  ...(ms >= 1000 ? { seconds: String(Math.floor(ms / 1000)) } : {}),
  nanos: (ms % 1000) * 1e6,
});
const gRows: [string, number, number, number][] = [
  ['Hello,', 400, 700, 1],
  ['is', 700, 800, 1],
  ['this', 800, 1000, 1],
  ['the', 1000, 1100, 1],
  ['newsroom?', 1100, 1600, 1],
  ['Yes,', 2000, 2300, 2],
  ['go', 2300, 2500, 2],
  ['ahead.', 2500, 2900, 2],
];
const gWord = ([word, s, e, tag]: (typeof gRows)[number], tagged: boolean) => ({
  startTime: gTime(s),
  endTime: gTime(e),
  word,
  confidence: 0,
  speakerTag: tagged ? tag : 0,
});
const googleNodeClient: Variant = {
  name: 'Google v1 from the Node client, {seconds, nanos} and the diarization summary',
  format: 'json',
  source: JSON.stringify({
    results: [
      {
        alternatives: [
          {
            transcript: 'Hello, is this the newsroom?',
            confidence: 0.9,
            words: gRows.slice(0, 5).map((r) => gWord(r, false)),
          },
        ],
        channelTag: 0,
        resultEndTime: gTime(1600),
        languageCode: 'en-us',
      },
      {
        alternatives: [
          {
            transcript: ' Yes, go ahead.',
            confidence: 0.9,
            words: gRows.slice(5).map((r) => gWord(r, false)),
          },
        ],
        channelTag: 0,
        resultEndTime: gTime(2900),
        languageCode: 'en-us',
      },
      {
        alternatives: [{ transcript: '', confidence: 0, words: gRows.map((r) => gWord(r, true)) }],
        channelTag: 0,
        resultEndTime: gTime(2900),
        languageCode: 'en-us',
      },
    ],
    totalBilledTime: { seconds: '3', nanos: 0 },
    requestId: '0',
  }),
  words: gRows.map(([w]) => w),
  starts: gRows.map(([, s]) => s),
  speakers: gRows.map(([, , , tag]) => tag),
};

/** Azure real-time detailed output: one phrase, `NBest[0].Display` and lexical `Words` in ticks,
 * inverse text normalization joining two lexical words into "10". */
const azureRealtime: Variant = {
  name: 'Azure real-time detailed result, ITN joining words',
  format: 'json',
  source: JSON.stringify({
    Id: 'e3c4b8d1',
    RecognitionStatus: 'Success',
    Offset: 5_000_000,
    Duration: 25_000_000,
    DisplayText: 'The vote is at 10 tonight.',
    NBest: [
      {
        Confidence: 0.93,
        Lexical: 'the vote is at ten tonight',
        ITN: 'the vote is at 10 tonight',
        MaskedITN: 'the vote is at 10 tonight',
        Display: 'The vote is at 10 tonight.',
        Words: [
          ['the', 500, 700],
          ['vote', 700, 1100],
          ['is', 1100, 1300],
          ['at', 1300, 1500],
          ['ten', 1500, 1900],
          ['tonight', 1900, 3000],
        ].map(([Word, s, e]) => ({
          Word,
          Offset: Number(s) * 1e4,
          Duration: (Number(e) - Number(s)) * 1e4,
        })),
      },
    ],
  }),
  words: split('The vote is at 10 tonight.'),
  starts: [500, 700, 1100, 1300, 1500, 1900],
  speakers: null,
};

/** IBM Watson asynchronous job: `results[]` of responses, %HESITATION, an interim result. */
const watsonJob: Variant = {
  name: 'IBM Watson job with %HESITATION, an interim result and speaker labels',
  format: 'json',
  source: JSON.stringify({
    id: '4bd734c0',
    status: 'completed',
    created: '2026-11-29T19:00:00.000Z',
    results: [
      {
        result_index: 0,
        results: [
          {
            final: true,
            alternatives: [
              {
                transcript: 'is the %HESITATION bridge open ',
                confidence: 0.9,
                timestamps: [
                  ['is', 0.4, 0.6],
                  ['the', 0.6, 0.7],
                  ['%HESITATION', 0.7, 1.1],
                  ['bridge', 1.2, 1.6],
                  ['open', 1.6, 2.0],
                ],
              },
            ],
          },
          { final: false, alternatives: [{ transcript: 'no ', timestamps: [['no', 2.5, 2.7]] }] },
          {
            final: true,
            alternatives: [
              {
                transcript: 'not until friday ',
                confidence: 0.9,
                timestamps: [
                  ['not', 2.5, 2.8],
                  ['until', 2.8, 3.1],
                  ['friday', 3.1, 3.6],
                ],
              },
            ],
          },
        ],
        speaker_labels: [
          [0.4, 0],
          [0.6, 0],
          [0.7, 0],
          [1.2, 0],
          [1.6, 0],
          [2.5, 1],
          [2.8, 1],
          [3.1, 1],
        ].map(([from, speaker]) => ({ from, to: from, speaker, confidence: 0.5, final: true })),
      },
    ],
  }),
  words: split('is the bridge open not until friday'),
  starts: [400, 600, 1200, 1600, 2500, 2800, 3100],
  speakers: [0, 0, 0, 0, 1, 1, 1],
};

/** Google v1 without `enableWordTimeOffsets` (the default): transcripts and result ends only. */
const googleNoWordTimes: Variant = {
  name: 'Google v1 without word times, transcripts spread over their results',
  format: 'json',
  source: JSON.stringify({
    results: [
      {
        alternatives: [
          { transcript: 'The council voted to close the old bridge.', confidence: 0.9 },
        ],
        resultEndTime: '2.700s',
        languageCode: 'en-us',
      },
      {
        alternatives: [{ transcript: ' Work starts on Monday.', confidence: 0.9 }],
        resultEndTime: '4.100s',
        languageCode: 'en-us',
      },
    ],
    totalBilledTime: '5s',
  }),
  words: split('The council voted to close the old bridge. Work starts on Monday.'),
  speakers: null,
  firstStartMs: 0,
};

const VARIANTS: Variant[] = [
  whisperWordsOnly,
  whisperCppTokens,
  whisperXUnaligned,
  deepgramMultichannel,
  deepgramUtterances,
  assemblyNullSpeaker,
  awsSpeakerSegments,
  revaiPunct,
  speechmaticsEos,
  srtStyled,
  srtMessy,
  vttFull,
  youtubeMusic,
  awsChannelItems,
  awsChannelOnly,
  whisperCppBlank,
  srtBroadcast,
  vttHls,
  fasterWhisper,
  srtLongCue,
  srtBrokenTimes,
  assemblyParagraphs,
  openaiDiarized,
  srtBreaks,
  speechmaticsChannels,
  srtOverlap,
  youtubeSrt,
  whisperCompatible,
  whisperHighlight,
  whisperCppStereo,
  whisperCppTinydiarize,
  srtNameLines,
  deepgramParagraphs,
  googleNodeClient,
  azureRealtime,
  watsonJob,
  googleNoWordTimes,
];

/** Markup or position codes that must never reach a cue. */
const LEAK =
  /<\/?(?:i|b|u|c|v|font|ruby|rt|lang|span)\b[^>]*>|<\d\d:|\{\\|\\an\d|&[a-z]+;|-->|RIV-er|::cue|BLANK_AUDIO|\\N|<br/i;

describe('timed input variants', () => {
  for (const v of VARIANTS) {
    describe(v.name, () => {
      const srt = produce(v.source, 'srt', options, v.format);
      const body = String(srt.rendered?.body);
      let cues: ReturnType<typeof parseSrt> = [];
      try {
        cues = parseSrt(body);
      } catch {
        // An unparsable SRT fails the validity test below.
      }
      const doc = srt.document;
      const tokens = ingest(v.source, v.format).timedTokens ?? [];

      it('reads the input as timed', () => {
        expect(doc.timed).toBe(true);
        expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
      });

      it('gives each spoken word once, in order', () => {
        expect(norm(cues.flatMap((cue) => cueWords(cue)))).toEqual(norm(v.words));
      });

      it('starts every cue on a word start (within one frame)', () => {
        const starts = v.starts ?? tokens.map((t) => t.start);
        expect(cues.length).toBeGreaterThan(0);
        for (const cue of cues) {
          const nearest = Math.min(...starts.map((s) => Math.abs(s - cue.startMs)));
          expect(nearest, `cue ${cue.index} at ${cue.startMs} ms`).toBeLessThanOrEqual(FRAME_MS);
        }
        const first = v.firstStartMs ?? v.starts?.[0];
        if (first !== undefined) {
          expect(Math.abs((cues[0]?.startMs ?? 0) - first)).toBeLessThanOrEqual(FRAME_MS);
        }
        // Word times move forward.
        for (let i = 1; i < tokens.length; i++) {
          expect(tokens[i]?.start ?? 0).toBeGreaterThanOrEqual(tokens[i - 1]?.start ?? 0);
        }
      });

      it('is valid SRT and WebVTT within the hard limits, with no markup in the text', () => {
        expect(srtErrors(body)).toEqual([]);
        const vtt = parseVtt(String(produce(v.source, 'vtt', options, v.format).rendered?.body));
        expect(vtt.errors).toEqual([]);
        expect(vtt.cues.length).toBe(cues.length);
        for (const cue of cues) {
          expect(cue.lines.length).toBeLessThanOrEqual(2);
          for (const line of cue.lines) {
            expect([...line].length).toBeLessThanOrEqual(42);
            expect(line).not.toMatch(LEAK);
          }
          expect(cue.endMs).toBeGreaterThan(cue.startMs);
          expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(7000);
        }
        for (let i = 1; i < cues.length; i++) {
          expect(cues[i]?.startMs ?? 0).toBeGreaterThanOrEqual(cues[i - 1]?.endMs ?? 0);
        }
        for (const b of doc.blocks) expect(b.text).not.toMatch(LEAK);
      });

      it.skipIf(SKIP_FFMPEG)('is read back by ffmpeg cue for cue (SRT and WebVTT)', () => {
        expect(HAS_FFMPEG, 'ffmpeg must be installed where CI=true').toBe(true);
        const name = v.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
        const back = parseSrt(ffmpegToSrt(`${name}.srt`, body));
        expect(back.map((x) => x.startMs)).toEqual(cues.map((x) => x.startMs));
        expect(back.map((x) => x.lines)).toEqual(cues.map((x) => x.lines));
        const vtt = String(produce(v.source, 'vtt', options, v.format).rendered?.body);
        const vttBack = parseSrt(ffmpegToSrt(`${name}.vtt`, vtt));
        expect(vttBack.map((x) => [x.startMs, x.endMs])).toEqual(
          cues.map((x) => [x.startMs, x.endMs]),
        );
      });

      if (v.speakers !== undefined) {
        const speakers = v.speakers;
        it(speakers ? 'has a turn at each speaker change' : 'has no speakers', () => {
          if (!speakers) {
            expect(doc.speakers).toEqual([]);
            return;
          }
          const labelled = speakers.filter((s) => s !== 'none');
          const distinct = new Set(labelled).size;
          expect(doc.speakers.length).toBe(distinct);
          const turns = runs(
            doc.blocks
              .filter((b) => b.type === 'speech' || b.type === 'narration')
              .map((b) => b.speaker ?? 'none'),
          );
          expect(turns.length).toBe(runs(speakers).length);
        });
      }
    });
  }
});

describe('speech-to-text JSON with a byte order mark', () => {
  it('is read like the same JSON without it', () => {
    const source = `\uFEFF${assemblyNullSpeaker.source}`;
    expect(ingest(source, 'json').text).toBe(ingest(assemblyNullSpeaker.source, 'json').text);
    expect(ingest(source, 'json').timedTokens?.length).toBe(assemblyNullSpeaker.words.length);
  });
});

describe('Speechmatics results opening with a speaker_change item', () => {
  it('are recognized and read', () => {
    const json = JSON.parse(speechmaticsEos.source);
    json.results.unshift({
      type: 'speaker_change',
      start_time: 0.4,
      end_time: 0.4,
      alternatives: [],
    });
    expect(readAsrWords(json).map((w) => w.text)).toEqual(speechmaticsEos.words);
  });
});

describe('AWS speaker_labels written with other decimals than the items', () => {
  it('still give each word its speaker', () => {
    const json = JSON.parse(awsSpeakerSegments.source);
    for (const segment of json.results.speaker_labels.segments) {
      for (const item of segment.items) item.start_time = String(Number(item.start_time));
    }
    const speakers = readAsrWords(json).map((w) => w.speaker);
    expect(speakers).toEqual([...Array(5).fill('spk_0'), ...Array(5).fill('spk_1')]);
  });
});

describe('text before the first cue', () => {
  it('is reported with what was dropped; the first cue number and identifiers are not', () => {
    const srt = `Subtitles by the Newsroom\nDraft 2\n\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n`;
    const pre = ingest(srt, 'srt').messages?.filter((m) => m.ruleId === 'subtitle-preamble');
    expect(pre).toHaveLength(1);
    expect(pre?.[0]?.line).toBe(1);
    expect(pre?.[0]?.actual).toBe('Subtitles by the Newsroom\nDraft 2');
    expect(ingest(srt, 'srt').text).toBe('Hello.');
    // Pasted without a format, it is still told to be SRT; prose with a `1` line is not.
    expect(detectInputFormat(srt)).toBe('srt');
    expect(detectInputFormat('Agenda\n\n1\nThe budget.\n')).toBe('text');
    // A VTT header, STYLE/NOTE blocks and the first cue's identifier are no preamble.
    expect(ingest(vttFull.source, 'vtt').messages?.map((m) => m.ruleId)).not.toContain(
      'subtitle-preamble',
    );
    expect(ingest(srtMessy.source, 'srt').messages ?? []).toEqual([]);
  });
});

describe('bad timed input', () => {
  it('a JSON of no known shape is an error, not a crash', () => {
    const out = ingest(JSON.stringify({ results: { foo: [] } }), 'json');
    expect(out.text).toBe('');
    expect(out.messages?.some((m) => m.ruleId === 'asr-unreadable')).toBe(true);
  });
});

describe('what the readers drop is reported', () => {
  it('WebVTT ruby text goes with a ruby-text message on its line', () => {
    const out = ingest(vttFull.source, 'vtt');
    expect(out.text).toContain('The river rose.');
    const ruby = out.messages?.filter((m) => m.ruleId === 'ruby-text') ?? [];
    expect(ruby).toHaveLength(1);
    expect(ruby[0]?.reason).toMatch(/Dropped 6 character/);
    expect(ruby[0]?.line).toBe(
      vttFull.source.split('\n').findIndex((l) => l.includes('<ruby>')) + 1,
    );
  });

  it('whisper.cpp markers are counted in asr-tool-markers, and no word is timed as one', () => {
    const out = ingest(whisperCppBlank.source, 'json');
    expect(out.messages?.find((m) => m.ruleId === 'asr-tool-markers')?.reason).toMatch(
      /Dropped 1 /,
    );
    expect(out.timedTokens?.map((t) => t.text)).not.toContain('[BLANK_AUDIO]');
  });

  it('YouTube hold cues make a short file rolling; ordinary cues repeated stay', () => {
    expect(ingest(youtubeMusic.source, 'vtt').messages?.map((m) => m.ruleId)).toContain(
      'rolling-captions',
    );
    // The same line twice at speaking length is speech said twice.
    const twice = `1\n00:00:01,000 --> 00:00:02,000\nNo, no.\n\n2\n00:00:02,000 --> 00:00:03,000\nNo, no.\n`;
    expect(ingest(twice, 'srt').text).toBe('No, no. No, no.');
  });

  it('cues out of time order are read in time order, reported at the first one out of place', () => {
    const out = ingest(srtBrokenTimes.source, 'srt');
    const reordered = out.messages?.filter((m) => m.ruleId === 'cues-reordered') ?? [];
    expect(reordered).toHaveLength(1);
    expect(reordered[0]?.line).toBe(
      srtBrokenTimes.source.split('\n').indexOf('The bridge closes.') + 1,
    );
    expect(out.messages?.find((m) => m.ruleId === 'cue-ends-before-start')?.line).toBe(
      reordered[0]?.line,
    );
    // In order already: no message.
    expect(ingest(srtMessy.source, 'srt').messages ?? []).toEqual([]);
  });

  it('overlapping cues: words timed before the next cue, reported at the first', () => {
    const out = ingest(srtOverlap.source, 'srt');
    const overlap = out.messages?.filter((m) => m.ruleId === 'cues-overlap') ?? [];
    expect(overlap).toHaveLength(1);
    expect(overlap[0]?.reason).toMatch(/^2 cue/);
    expect(overlap[0]?.line).toBe(srtOverlap.source.split('\n').indexOf('Get off the bridge!') + 1);
  });

  it('top-level Whisper words time the segments’ text even when segments carry empty words', () => {
    const words = readAsrWords(JSON.parse(whisperCompatible.source));
    expect(words.map((w) => w.start)).toEqual(SENTENCE.map(([, s]) => Math.round(s * 1000)));
    expect(words.map((w) => w.text)).toEqual(whisperCompatible.words);
  });

  it('word-highlight captions: each word once, at the start of the cue underlining it', () => {
    const out = ingest(whisperHighlight.source, 'vtt');
    expect(out.timedTokens?.map((t) => [t.text, t.start])).toEqual([
      ['The', 320],
      ['council', 500],
      ['voted', 920],
      ['to', 1300],
      ['close', 1420],
      ['the', 1800],
      ['bridge.', 2200],
    ]);
    expect(out.messages?.find((m) => m.ruleId === 'highlight-captions')?.reason).toMatch(/: 6 cue/);
  });

  it('whisper.cpp tinydiarize turns start paragraphs (whose turn it is is not known)', () => {
    expect(ingest(whisperCppTinydiarize.source, 'json').text).toBe(
      'Hello, is this the newsroom?\n\nYes, how can I help? Can you put me through?',
    );
  });

  it('Speechmatics channel punctuation stays with its own channel’s word', () => {
    expect(readAsrWords(JSON.parse(speechmaticsChannels.source)).map((w) => w.text)).toEqual([
      'Hello.',
      'Hi!',
      'Thanks.',
    ]);
  });

  it('Deepgram multichannel with diarization inside a channel keeps both', () => {
    const words = (rows: [string, number, number, number][]) =>
      rows.map(([w, start, end, speaker]) => ({
        word: w,
        punctuated_word: w,
        start,
        end,
        speaker,
      }));
    const json = {
      results: {
        channels: [
          {
            alternatives: [
              {
                words: words([
                  ['One.', 0, 0.5, 0],
                  ['Two.', 3, 3.5, 1],
                ]),
              },
            ],
          },
          { alternatives: [{ words: words([['Three.', 1, 1.5, 0]]) }] },
        ],
      },
    };
    const text = ingest(JSON.stringify(json), 'json').text;
    expect(text).toBe('Speaker 1: One.\n\nSpeaker 2: Three.\n\nSpeaker 3: Two.');
  });
});
