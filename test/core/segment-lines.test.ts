/**
 * Speech-to-text segments as Whisper's and whisper.cpp's command lines print them, one a line
 * with its time range: read as text as before (each range a `time-anchor`, the segments joined
 * into sentences), and now timed, each segment's words sharing its range, so the subtitles run
 * on the audio's clock instead of an estimated read rate.
 */
import { validator as srtValidator } from 'srt-validator';
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { segmentLinesText } from '../../src/ingest/segment-lines.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const WHISPER_CPP = [
  '[00:00:00.000 --> 00:00:03.480]   Good evening. The county board voted four to one tonight',
  '[00:00:03.480 --> 00:00:06.920]   to close the Riverside landfill by the end of 2027.',
  '[00:00:06.920 --> 00:00:10.000]   Residents packed the meeting room and many stood in the hallway.',
  '[00:00:10.000 --> 00:00:12.000]   [BLANK_AUDIO]',
  '[00:00:12.000 --> 00:00:15.640]   Board chair Maria Santos said the decision was not an easy one.',
].join('\n');

const srtStarts = (input: string) => {
  const body = String(
    produce(input, 'srt', optionsSchema().parse({}), detectInputFormat(input)).rendered?.body,
  );
  expect(srtValidator(body)).toEqual([]);
  return [...body.matchAll(/^(\d\d):(\d\d):(\d\d),(\d{3}) -->/gm)].map(
    (m) => Number(m[1]) * 3_600_000 + Number(m[2]) * 60_000 + Number(m[3]) * 1000 + Number(m[4]),
  );
};

describe('Whisper’s printed segments', () => {
  it('time the subtitles: a cue starts at each segment that opens a sentence', () => {
    const starts = srtStarts(WHISPER_CPP);
    for (const segment of [0, 6920, 12000])
      expect(starts.some((s) => Math.abs(s - segment) <= 40)).toBe(true);
    // Not the estimate: nothing is placed in the blank audio between 10 and 12 seconds.
    expect(starts.some((s) => s > 10_000 && s < 11_960)).toBe(false);
  });

  it('the document is timed, its ranges still reported as time anchors', () => {
    const doc = produce(WHISPER_CPP, 'json', optionsSchema().parse({}), 'text').document;
    expect(doc.timed).toBe(true);
    expect(doc.blocks.find((b) => b.text.startsWith('Board chair'))?.startMs).toBe(12000);
    expect(doc.messages.filter((m) => m.ruleId === 'time-anchor').length).toBeGreaterThan(0);
  });

  it('in openai-whisper’s minutes-and-seconds form too', () => {
    const got = segmentLinesText(
      '[00:00.000 --> 00:03.100]  The harbour board met this morning\n[00:03.100 --> 00:05.900]  and agreed to dredge the channel.',
    );
    expect(got?.timedTokens?.map((t) => t.text)).toEqual([
      'The',
      'harbour',
      'board',
      'met',
      'this',
      'morning',
      'and',
      'agreed',
      'to',
      'dredge',
      'the',
      'channel.',
    ]);
    expect(got?.timedTokens?.[6]?.start).toBe(3100);
  });

  it('COUNTER: a transcript with one range among its lines is no segment list', () => {
    expect(
      segmentLinesText('[00:00:05.000 --> 00:00:09.000] Clip one\nJANE: Good evening.\nTOM: Hi.'),
    ).toBeNull();
  });
});
