/**
 * Timed formats of tools the first readers had not met: Adobe Premiere Pro's transcript JSON,
 * Google Cloud Video Intelligence's speech transcription, sherpa-onnx results, oTranscribe's
 * `.otr`, Transcriber's `.trs` and Audacity's exported labels. Each is read as its tool writes it:
 * every spoken word once and in order, cues starting on their first word (within a frame),
 * speakers from the tool's own diarization or names, valid SRT and WebVTT; and a counter-case
 * for each, a look-alike that is not the format. XML files in the encoding their declaration names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { readAsrWords } from '../../src/ingest/asr/index.ts';
import { decodeBytes } from '../../src/ingest/encoding.ts';
import {
  detectAsrFormat,
  detectInputFormat,
  formatFromFileName,
  type InputFormat,
  ingest,
} from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare, produce } from '../../src/produce.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';
import { parseSrt, parseVtt, shownWords, spokenWords, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const FRAME_MS = 40;

function fixture(dir: string, name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', dir, name), 'utf8');
}

const COUNCIL =
  'Good evening, the council voted tonight. We expected that. Nine to four. Thank you.'.split(' ');

/** Reads `text` as detected; checks SRT and WebVTT are valid and show every word once. */
function check(text: string, words: readonly string[]): ScriptDocument {
  const format = detectInputFormat(text);
  const srt = produce(text, 'srt', options, format);
  const doc = srt.document;
  expect(doc.timed).toBe(true);
  expect(spokenWords(doc)).toEqual(words);
  const body = String(srt.rendered?.body ?? '');
  expect(srtErrors(body)).toEqual([]);
  const cues = parseSrt(body);
  expect(shownWords(cues)).toEqual(words);
  // Each cue starts on the start of its first word, within a frame.
  const timed = doc.blocks.flatMap((b) => b.timedWords ?? []);
  let w = 0;
  for (const cue of cues) {
    const first = timed[w];
    expect(first).toBeDefined();
    expect(Math.abs(cue.startMs - (first?.startMs ?? 0))).toBeLessThanOrEqual(FRAME_MS);
    w += shownWords([cue]).length;
  }
  const vtt = produce(text, 'vtt', options, format);
  expect(parseVtt(String(vtt.rendered?.body ?? '')).errors).toEqual([]);
  return doc;
}

function speakersOf(doc: ScriptDocument): string[] {
  return doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name ?? '');
}

describe('Adobe Premiere Pro transcript JSON', () => {
  const text = fixture('asr', 'premiere-pro-transcript.json');

  it('GOOD: words of start and duration, punctuation items joined, speakers named by the list', () => {
    expect(detectAsrFormat(JSON.parse(text))).toBe('premiere-pro');
    const doc = check(text, COUNCIL);
    // `Maria Lopez` is a name someone gave; Premiere's own `Speaker 2` is a code, numbered.
    expect(speakersOf(doc)).toEqual(['Maria Lopez', 'Speaker 1', 'Maria Lopez']);
    const words = readAsrWords(JSON.parse(text));
    expect(words[1]).toMatchObject({ text: 'evening,', start: 820, end: 1270 });
  });

  it('COUNTER: a speaker id the list does not name is a numbered voice, never its id', () => {
    const json = JSON.parse(text);
    json.speakers = [];
    const doc = prepare(JSON.stringify(json), options, 'json');
    expect(speakersOf(doc)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1']);
    expect(doc.speakers.map((s) => s.name).join(' ')).not.toMatch(/[0-9a-f]{8}-/);
  });

  it('GOOD: `speakerId` and whole milliseconds, as tools writing the shape for Premiere do', () => {
    const json = JSON.parse(text) as { segments: Record<string, unknown>[] };
    for (const segment of json.segments) {
      segment.speakerId = segment.speaker;
      delete segment.speaker;
      for (const w of segment.words as { start: number; duration: number }[]) {
        w.start = Math.round(w.start * 1000);
        w.duration = Math.round(w.duration * 1000) || 40;
      }
    }
    const words = readAsrWords(json);
    expect(words.map((w) => w.text)).toEqual(COUNCIL);
    expect(words[1]).toMatchObject({ start: 820, end: 1270 });
  });

  it('COUNTER: WhisperX segments (words with `end`, no speaker list) stay WhisperX', () => {
    const whisperx = {
      segments: [
        {
          start: 0,
          end: 1,
          text: 'Hello.',
          speaker: 'A',
          words: [{ word: 'Hello.', start: 0, end: 1 }],
        },
      ],
    };
    expect(detectAsrFormat(whisperx)).toBe('whisperx');
  });
});

describe('Google Cloud Video Intelligence speech transcription', () => {
  const text = fixture('asr', 'google-video-intelligence.json');

  it('GOOD: annotationResults[0].speechTranscriptions read as Speech results, diarized once', () => {
    const doc = check(text, COUNCIL);
    expect(speakersOf(doc)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1']);
  });

  it('GOOD: the snake_case fields Python writes', () => {
    const snake = text
      .replaceAll('annotationResults', 'annotation_results')
      .replaceAll('speechTranscriptions', 'speech_transcriptions')
      .replaceAll('startTime', 'start_time')
      .replaceAll('endTime', 'end_time')
      .replaceAll('speakerTag', 'speaker_tag');
    expect(readAsrWords(JSON.parse(snake)).map((w) => w.text)).toEqual(COUNCIL);
  });

  it('COUNTER: an annotation of shots and labels only is no transcript', () => {
    const labels = { annotationResults: [{ shotAnnotations: [{ startTimeOffset: '0s' }] }] };
    expect(detectAsrFormat(labels)).toBeNull();
  });
});

describe('sherpa-onnx', () => {
  it('GOOD: BPE tokens with a leading space start words; the upper-case text as given', () => {
    const text = fixture('asr', 'sherpa-onnx-zipformer.json');
    const said = 'GOOD EVENING THE COUNCIL VOTED TONIGHT WE EXPECTED THAT NINE TO FOUR'.split(' ');
    check(text, said);
    const words = readAsrWords(JSON.parse(text));
    // A word ends at most half a second after its last token starts: the pause stays a pause.
    expect(words.find((w) => w.text === 'TONIGHT')).toMatchObject({ start: 2160, end: 2900 });
  });

  it('GOOD: SentencePiece `▁` tokens with durations; the punctuated, normalized text shown', () => {
    const text = fixture('asr', 'sherpa-onnx-parakeet-tdt.json');
    check(text, 'Good evening, the council voted tonight. We expected that, 9 to 4.'.split(' '));
    expect(readAsrWords(JSON.parse(text))[1]).toMatchObject({ text: 'evening,', end: 1440 });
  });

  it('COUNTER: tokens and timestamps of different lengths are not a sherpa-onnx result', () => {
    expect(
      detectAsrFormat({ text: 'hi', tokens: [' HI', ' THERE'], timestamps: [0.1] }),
    ).toBeNull();
  });
});

describe('oTranscribe .otr', () => {
  const text = fixture('asr', 'otranscribe.otr');

  it('GOOD: the editor HTML, each stamp timing the words after it; typed labels are speakers', () => {
    expect(formatFromFileName('interview.otr')).toBe('json');
    const doc = check(text, COUNCIL);
    expect(speakersOf(doc)).toEqual(['Maria', 'Tom', 'Maria']);
    // The label takes no time: the first word said starts on the stamp.
    expect(doc.blocks.map((b) => b.startMs)).toEqual([500, 4100, 7200]);
  });

  it('COUNTER: `{"text": …}` without the media members is a request, not an .otr', () => {
    expect(detectAsrFormat({ text: '<p>Hello</p>' })).toBeNull();
  });

  it('COUNTER: words before the first stamp have no time of their own and are reported', () => {
    const otr = JSON.stringify({
      text: '<p>Before any stamp.</p><p><span class="timestamp" data-timestamp="2">0:02</span> After it.</p>',
      media: 'x.mp3',
      'media-time': '3',
    });
    const doc = prepare(otr, options, 'json');
    expect(doc.messages.some((m) => m.ruleId === 'asr-untimed-words')).toBe(true);
    expect(spokenWords(doc)).toEqual(['Before', 'any', 'stamp.', 'After', 'it.']);
  });
});

describe('Transcriber .trs', () => {
  const text = fixture('captions', 'transcriber.trs');
  const words = [...COUNCIL, 'Thanks.', ...'The vote takes effect in March.'.split(' ')];

  it('GOOD: turns by speaker name, sync marks timing the text, marks no words', () => {
    expect(detectInputFormat(text)).toBe('trs');
    expect(formatFromFileName('night.trs')).toBe('trs');
    // Saved as `.xml` (read as TTML by its name): still read as Transcriber.
    expect(spokenWords(prepare(text, options, 'ttml'))).toEqual(words);
    const doc = check(text, words);
    expect(speakersOf(doc)).toEqual([
      'Maria Lopez',
      'Tom Hale',
      'Maria Lopez',
      'Tom Hale',
      'Maria Lopez',
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'trs-events')?.reason).toMatch(/Dropped 3 /);
    // A turn of two voices: each `<Who>` part said in turn within the turn's span.
    const thanks = doc.blocks[3];
    expect(thanks?.startMs).toBeGreaterThan(7200);
    expect(thanks?.endMs).toBeLessThanOrEqual(9000);
  });

  it('COUNTER: a turn with no speaker is an unnamed voice, not the speaker before', () => {
    const trs = text.replace(
      '<Turn startTime="3.5" endTime="4.1">\n<Sync time="3.5"/>',
      '<Turn startTime="3.5" endTime="4.1">\n<Sync time="3.5"/>\nOrder, order.',
    );
    const doc = prepare(trs, options, detectInputFormat(trs));
    const order = doc.blocks.find((b) => b.text.includes('Order, order.'));
    expect(order).toBeDefined();
    expect(order?.speaker).not.toBe(doc.blocks[0]?.speaker);
  });

  it('GOOD: a name in lower case is capitalized (a role read as one), a code name is a numbered voice', () => {
    const trs = text
      .replace('name="Maria Lopez"', 'name="interviewer"')
      .replace('name="Tom Hale"', 'name="spk2"');
    const doc = prepare(trs, options, 'trs');
    expect(doc.blocks.map((b) => b.speaker)).toEqual([
      'interviewer',
      'speaker-1',
      'interviewer',
      'speaker-1',
      'interviewer',
    ]);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/interviewer:|spk2/);
    expect(doc.messages.find((m) => m.ruleId === 'caption-voices')?.reason).toMatch(
      /interviewer → Interviewer/,
    );
  });

  it('GOOD: a turn of three voices shares its span among the three, in turn', () => {
    const trs = text
      .replace('<Speaker id="spk2"', '<Speaker id="spk3" name="Ann Roe"/>\n<Speaker id="spk2"')
      .replace('speaker="spk1 spk2"', 'speaker="spk1 spk2 spk3"')
      .replace('Thanks.\n</Turn>', 'Thanks.\n<Who nb="3"/>\nGood night.\n</Turn>');
    const doc = prepare(trs, options, 'trs');
    const starts = doc.blocks.slice(2, 5).map((b) => b.startMs ?? 0);
    expect(doc.blocks.slice(2, 5).map((b) => b.text)).toEqual([
      'Thank you.',
      'Thanks.',
      'Good night.',
    ]);
    expect(starts[0]).toBe(7200);
    expect(starts[1]).toBeGreaterThan(7200);
    expect(starts[2]).toBeGreaterThan(starts[1] ?? 0);
    expect(doc.blocks[4]?.endMs).toBeLessThanOrEqual(9000);
  });

  it('COUNTER: an XML document of another root is not Transcriber', () => {
    expect(detectInputFormat('<?xml version="1.0"?>\n<Transcript><p>Hi</p></Transcript>')).not.toBe(
      'trs',
    );
  });
});

describe('Audacity labels', () => {
  const text = fixture('captions', 'audacity-labels.txt');

  it('GOOD: a label a line (seconds, tab apart), the frequency line dropped and reported', () => {
    expect(detectInputFormat(text)).toBe('sbv');
    check(text, [...COUNCIL, ...'The vote takes effect in March.'.split(' ')]);
    const doc = prepare(text, options, 'sbv');
    expect(doc.messages.some((m) => m.ruleId === 'caption-metadata')).toBe(true);
  });

  it('COUNTER: tab-separated whole numbers (a table pasted) are no labels', () => {
    expect(detectInputFormat('1\t2\tOne line.\n3\t4\tAnother line.\n')).not.toBe('sbv');
  });
});

describe('an XML file in the encoding its declaration names (Transcriber, caption XML)', () => {
  const head = '<?xml version="1.0" encoding="ISO-8859-2"?>\n<Trans><Episode><Section>';
  const turn = '<Turn startTime="0" endTime="2"><Sync time="0"/>';
  const tail = ' i Gda\u0144sk.</Turn></Section></Episode></Trans>';
  // `Łódź` and `ń` in ISO-8859-2: A3 F3 64 BC, F1 (Windows-1252 would read `£ód¼`, `ñ`).
  const bytes = (declaration: string) =>
    new Uint8Array([
      ...Buffer.from(declaration + turn, 'latin1'),
      0xa3,
      0xf3,
      0x64,
      0xbc,
      ...Buffer.from(tail.replace('\u0144', '\u00f1'), 'latin1'),
    ]);

  it('GOOD: read in the declared encoding, reported', () => {
    const decoded = decodeBytes(bytes(head));
    expect(decoded.text).toContain('Łódź i Gdańsk.');
    expect(decoded.note).toMatch(/XML declaration/);
    const doc = prepare(decoded.text, options, detectInputFormat(decoded.text));
    expect(spokenWords(doc)).toEqual(['Łódź', 'i', 'Gdańsk.']);
  });

  it('COUNTER: a charset the request names wins over the declaration', () => {
    expect(decodeBytes(bytes(head), 'windows-1252').text).toContain('£ód¼');
  });

  it('COUNTER: valid UTF-8 stays UTF-8 whatever the declaration says', () => {
    const utf8 = new TextEncoder().encode(`${head}${turn}Łódź.</Turn></Section></Episode></Trans>`);
    expect(decodeBytes(utf8).text).toContain('Łódź.');
  });
});

describe('Gentle forced alignment (a real result, lowerquality/gentle test data)', () => {
  const text = fixture('asr', 'gentle-harvard-sentences.json');

  it("GOOD: the transcript's own words (punctuation, capitals), a paragraph a line", () => {
    const json = JSON.parse(text) as { transcript: string };
    expect(detectAsrFormat(JSON.parse(text))).toBe('gentle');
    const said = json.transcript.split(/\s+/).filter(Boolean);
    const doc = check(text, said);
    expect(doc.blocks.map((b) => b.text)).toEqual(json.transcript.trim().split('\n'));
    expect(doc.blocks[0]?.startMs).toBe(1030);
  });

  it('COUNTER: a word not found in the audio keeps its place, between its neighbours', () => {
    const json = {
      transcript: 'Good evening, "the council" voted.',
      words: [
        { case: 'success', word: 'Good', startOffset: 0, endOffset: 4, start: 0.5, end: 0.8 },
        { case: 'success', word: 'evening', startOffset: 5, endOffset: 12, start: 0.8, end: 1.3 },
        { case: 'not-found-in-audio', word: 'the', startOffset: 15, endOffset: 18 },
        { case: 'success', word: 'council', startOffset: 19, endOffset: 26, start: 1.6, end: 2 },
        { case: 'not-found-in-transcript', alignedWord: 'um', start: 2, end: 2.1 },
        { case: 'success', word: 'voted', startOffset: 28, endOffset: 33, start: 2.1, end: 2.4 },
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => w.text)).toEqual(['Good', 'evening,', '"the', 'council"', 'voted.']);
    const doc = prepare(JSON.stringify(json), options, 'json');
    expect(doc.messages.some((m) => m.ruleId === 'asr-untimed-words')).toBe(true);
    expect(doc.messages.find((m) => m.ruleId === 'asr-left-out')?.reason).toMatch(/Left out 1 /);
    const the = doc.blocks[0]?.timedWords?.[2];
    expect(the?.startMs).toBeGreaterThanOrEqual(1300);
    expect(the?.endMs).toBeLessThanOrEqual(1600);
  });
});

describe('Praat TextGrid (Montreal Forced Aligner, tiers per speaker)', () => {
  const text = fixture('asr', 'mfa-speakers.TextGrid');
  const said = COUNCIL.map((w) => w.toLowerCase().replace(/[.,]/g, ''));

  it('GOOD: MFA word tiers by speaker, phone tiers left out and reported', () => {
    expect(detectInputFormat(text)).toBe('textgrid');
    expect(formatFromFileName('council.TextGrid')).toBe('textgrid');
    const doc = check(text, said);
    expect(speakersOf(doc)).toEqual(['Maria Lopez', 'Tom Hale', 'Maria Lopez']);
    expect(doc.messages.find((m) => m.ruleId === 'textgrid-tiers')?.reason).toMatch(
      /2 tier\(s\).*Maria Lopez - phones/,
    );
  });

  it('GOOD: a real MFA test grid (short format, a tier per speaker, lower-case tier names)', () => {
    const real = fixture('asr', 'mfa-michaelandsickmichael.TextGrid');
    const labels = [...real.matchAll(/"((?:[^"]|"")*)"/g)]
      .map((m) => m[1] as string)
      .filter(
        (l) =>
          !['ooTextFile', 'TextGrid', 'IntervalTier', 'michael', 'sickmichael', ''].includes(l),
      );
    const said = labels.join(' ').split(/\s+/).filter(Boolean);
    // The label written over two lines (`who` / `cares`) is one label, its words kept.
    expect(said).toContain('cares');
    const format = detectInputFormat(real);
    expect(format).toBe('textgrid');
    const doc = prepare(real, options, format);
    expect(
      doc.blocks.flatMap((b) => b.timedWords ?? []).map((w) => w.text.replace(/’/g, "'")),
    ).toEqual(said);
    // A speaker folder's name in lower case reads as a name; the message names the tier.
    expect(doc.speakers.map((s) => s.name)).toEqual(['Michael', 'Sickmichael']);
    expect(doc.messages.find((m) => m.ruleId === 'asr-input')?.reason).toMatch(
      /"michael" → Michael/,
    );
    const srt = produce(real, 'srt', options, format);
    expect(srtErrors(String(srt.rendered?.body ?? ''))).toEqual([]);
  });

  it('GOOD: the short format, a tier of utterances per speaker', () => {
    const short = [
      'File type = "ooTextFile short"',
      'Object class = "TextGrid"',
      '',
      '0',
      '6',
      '<exists>',
      '2',
      '"IntervalTier"',
      '"Interviewer"',
      '0',
      '6',
      '2',
      '0.5',
      '2.5',
      '"So what ""happened"" next?"',
      '2.5',
      '6',
      '""',
      '"IntervalTier"',
      '"Jane Doe"',
      '0',
      '6',
      '2',
      '0',
      '3',
      '""',
      '3',
      '5.5',
      '"The river rose overnight."',
      '',
    ].join('\n');
    const doc = check(short, 'So what "happened" next? The river rose overnight.'.split(' '));
    // `Interviewer` is a role (no one's name), Jane Doe a person.
    expect(doc.blocks.map((b) => b.speaker)).toEqual(['interviewer', 'jane-doe']);
    expect(doc.speakers[0]?.role).toBe('interviewer');
    expect(doc.blocks[1]?.startMs).toBe(3000);
  });

  it('COUNTER: a single tier named for the transcript names no speaker; text quoting a header is text', () => {
    const one = text
      .replace('size = 4', 'size = 1')
      .replace('"Maria Lopez - words"', '"transcript"');
    const doc = prepare(one.slice(0, one.indexOf('item [2]')), options, 'textgrid');
    expect(doc.speakers).toEqual([]);
    expect(detectInputFormat('The file says File type = "ooTextFile" and nothing more.')).toBe(
      'text',
    );
  });
});

describe('the new readers are linear in their input', () => {
  const stamp = (i: number) =>
    `<p><span class="timestamp" data-timestamp="${i}">0:00</span> Maria: Word number ${i}.</p>`;
  const trsTurn = (i: number) =>
    `<Turn speaker="spk${i % 3}" startTime="${i}" endTime="${i + 1}">\n<Sync time="${i}"/>\nWord number ${i}.\n</Turn>\n`;
  const cases: [string, (n: number) => string, InputFormat, number][] = [
    [
      'oTranscribe',
      (n) =>
        JSON.stringify({
          text: Array.from({ length: n }, (_, i) => stamp(i)).join(''),
          media: 'a.mp3',
        }),
      'json',
      // Large enough that a pass over the stretches after each one would show.
      20_000,
    ],
    [
      'Transcriber',
      (n) =>
        `<Trans><Episode><Section>\n${Array.from({ length: n }, (_, i) => trsTurn(i)).join('')}</Section></Episode></Trans>`,
      'trs',
      1_000,
    ],
    [
      'TextGrid',
      (n) =>
        `File type = "ooTextFile short"\n"TextGrid"\n0\n${n}\n<exists>\n1\n"IntervalTier"\n"words"\n0\n${n}\n${n}\n${Array.from(
          { length: n },
          (_, i) => `${i}\n${i + 0.5}\n"w${i} ""q"""`,
        ).join('\n')}\n`,
      'textgrid',
      4_000,
    ],
  ];
  for (const [name, make, format, n] of cases) {
    it(`${name}: the reader's time doubles, no more, when its input does`, () => {
      expect(doublingRatio(make, (text) => ingest(text, format), n)).toBeLessThan(LINEAR_BOUND);
    });
  }
});
