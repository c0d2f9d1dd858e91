/**
 * Speech-to-text printed as text with its diarization labels: WhisperX and pyannote write a voice
 * as `[SPEAKER_00]` before its words (with or without a colon, after the segment's range or
 * alone), faster-whisper's example prints each segment's range in seconds (`[3.48s -> 6.92s]`).
 * The labels are turns, the ranges the audio's clock, and neither is a word of the speech.
 */
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { parseSrt } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const read = (text: string) => produce(text, 'json', options, detectInputFormat(text)).document;
const turns = (text: string) => {
  const doc = read(text);
  const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
  return doc.blocks.map((b) => [b.type, name(b.speaker), b.text]);
};
const srtStarts = (text: string) =>
  parseSrt(String(produce(text, 'srt', options, detectInputFormat(text)).rendered?.body)).map(
    (cue) => cue.startMs,
  );

const SPOKEN: [string, string][] = [
  ['Good evening, and welcome.', 'Speaker 1'],
  ['Thanks for having me.', 'Speaker 2'],
  ['We begin in the valley.', 'Speaker 1'],
];

describe('diarization labels in brackets before the words', () => {
  it('`[SPEAKER_00] words` lines are turns, alone or after a Whisper range', () => {
    const bare =
      '[SPEAKER_00] Good evening, and welcome.\n[SPEAKER_01] Thanks for having me.\n[SPEAKER_00] We begin in the valley.\n';
    const expected = SPOKEN.map(([text, name]) => ['speech', name, text]);
    expect(turns(bare)).toEqual(expected);
    const ranged =
      '[00:00:00.000 --> 00:00:03.480] [SPEAKER_00] Good evening, and welcome.\n[00:00:03.480 --> 00:00:06.920] [SPEAKER_01] Thanks for having me.\n[00:00:06.920 --> 00:00:09.100] [SPEAKER_00] We begin in the valley.\n';
    expect(turns(ranged)).toEqual(expected);
    // AWS's label in brackets, numbered from 0 as well.
    expect(turns('[spk_0] Good evening, and welcome.\n[spk_1] Thanks for having me.\n')).toEqual(
      expected.slice(0, 2),
    );
  });

  it('the label takes no share of its segment’s time: the first cue starts at the segment', () => {
    const ranged =
      '[00:00:00.000 --> 00:00:03.480] [SPEAKER_00] Good evening, and welcome.\n[00:00:03.480 --> 00:00:06.920] [SPEAKER_01] Thanks for having me.\n[00:00:06.920 --> 00:00:09.100] SPEAKER_00: We begin in the valley.\n';
    const doc = read(ranged);
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => b.startMs)).toEqual([0, 3480, 6920]);
    expect(srtStarts(ranged)[0]).toBe(0);
  });

  it('COUNTER: a word in brackets, a label with no words after it, a sound, are no such tag', () => {
    const doc = read('[NOTE_1] The council met on Tuesday.\n[Applause] Thank you all.\n');
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('[NOTE_1] The council met');
    expect(turns('[SPEAKER_00]\nGood evening.\n').some(([, , text]) => text === 'SPEAKER_00')).toBe(
      false,
    );
  });
});

describe('segments printed with ranges in seconds (faster-whisper)', () => {
  const SECONDS =
    '[0.00s -> 3.48s]  Good evening, and welcome to the programme.\n[3.48s -> 6.92s]  Tonight, the floods that cut off three villages.\n[6.92s -> 9.10s]  We begin in the valley.\n';

  it('each range is a segment’s time, taken out of the text; the subtitles keep the clock', () => {
    const doc = read(SECONDS);
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening, and welcome to the programme.',
      'Tonight, the floods that cut off three villages.',
      'We begin in the valley.',
    ]);
    expect(doc.blocks.map((b) => b.startMs)).toEqual([0, 3480, 6920]);
    expect(doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.line)).toEqual([
      1, 2, 3,
    ]);
    // Each range is reported as written: nothing of the input is lost.
    expect(doc.messages.find((m) => m.ruleId === 'time-anchor')?.reason).toContain(
      '[0.00s -> 3.48s]',
    );
    expect(srtStarts(SECONDS)).toEqual([0, 3480, 6920]);
  });

  it('with diarization labels after the ranges: turns on the clock', () => {
    const labelled =
      '[0.00s -> 3.48s] [SPEAKER_00] Good evening, and welcome.\n[3.48s -> 6.92s] [SPEAKER_01] Thanks for having me.\n[6.92s -> 9.10s] [SPEAKER_00] We begin in the valley.\n';
    expect(turns(labelled)).toEqual(SPOKEN.map(([text, name]) => ['speech', name, text]));
    expect(read(labelled).blocks.map((b) => b.startMs)).toEqual([0, 3480, 6920]);
  });

  it('COUNTER: a range in seconds inside prose is the prose’s', () => {
    const prose = 'The clip runs [0.5s -> 2s] in the edit.\nThen the anchor reads the link.\n';
    const doc = read(prose);
    expect(doc.timed).toBe(false);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('[0.5s -> 2s]');
  });
});
