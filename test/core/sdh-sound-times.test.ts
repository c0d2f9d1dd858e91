/**
 * A subtitle producer re-cutting an SDH file: the sounds the captions describe (`[door slams]`,
 * `(phone ringing)`, `♪ music ♪`) are directions, and with `directions=true` they are subtitled
 * at the time the input gives them, not placed after the speech before them by an estimate.
 */
import { validator as srtValidator } from 'srt-validator';
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const run = (input: string, output: 'srt' | 'vtt' | 'json', directions = true) =>
  produce(input, output, optionsSchema().parse({ directions }), detectInputFormat(input));

/** Each cue of an SRT or WebVTT body: its start and end in ms and its text. */
function cues(body: string): { start: number; end: number; text: string }[] {
  const ms = (t: string) => {
    const [h, m, s] = t.replace(',', '.').split(':');
    return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
  };
  return [
    ...body.matchAll(
      /^(\d\d:\d\d:\d\d[,.]\d{3}) --> (\d\d:\d\d:\d\d[,.]\d{3})[^\n]*\n([\s\S]*?)(?:\n\n|\n?$)/gm,
    ),
  ].map((m) => ({
    start: ms(m[1] as string),
    end: ms(m[2] as string),
    text: (m[3] as string).trim(),
  }));
}

const SRT = `1
00:00:01,000 --> 00:00:03,500
Where are you going?

2
00:00:04,000 --> 00:00:06,000
[door slams]

3
00:00:06,500 --> 00:00:09,000
JOHN: I told you already,
I am not staying here tonight.

4
00:00:12,000 --> 00:00:14,500
(phone ringing)

5
00:00:15,000 --> 00:00:17,000
MARY: Hello?
`;

describe('a sound cue of an SRT posted in', () => {
  it('is subtitled at its own time, within a frame', () => {
    const body = String(run(SRT, 'srt').rendered?.body ?? '');
    expect(srtValidator(body)).toEqual([]);
    const door = cues(body).find((c) => c.text === '[door slams]');
    const phone = cues(body).find((c) => c.text === '[phone ringing]');
    expect(door?.start).toBeGreaterThanOrEqual(4000 - 40);
    expect(door?.start).toBeLessThanOrEqual(4000 + 40);
    expect(door?.end).toBeGreaterThanOrEqual(6000 - 40);
    expect(phone?.start).toBeGreaterThanOrEqual(12000 - 40);
    expect(phone?.start).toBeLessThanOrEqual(12000 + 40);
  });

  it('keeps its time in the document’s direction block, which takes no air time', () => {
    const doc = run(SRT, 'json').document;
    const door = doc.blocks.find((b) => b.type === 'direction' && b.text === 'door slams');
    expect(door).toMatchObject({ startMs: 4000, endMs: 6000, durationMs: 0 });
  });

  it('in WebVTT too, and a sound sharing a cue with words takes its share of the cue', () => {
    const vtt = `WEBVTT

00:00:01.000 --> 00:00:03.000
<v Jane>We should leave now.

00:00:05.000 --> 00:00:08.000
[thunder]
<v Tom>It's getting closer.
`;
    const found = cues(String(run(vtt, 'vtt').rendered?.body ?? ''));
    const thunder = found.find((c) => c.text === '[thunder]');
    expect(thunder?.start).toBeGreaterThanOrEqual(5000 - 40);
    expect(thunder?.start).toBeLessThanOrEqual(5000 + 40);
    // Its share of the cue ends before the words do.
    expect(thunder?.end).toBeLessThan(8000);
  });

  it('is left out without directions=true, and the speech keeps its times', () => {
    const body = String(run(SRT, 'srt', false).rendered?.body ?? '');
    expect(body).not.toContain('door slams');
    expect(cues(body).map((c) => c.start)).toContain(15000);
  });
});
