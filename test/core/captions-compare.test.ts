/**
 * scriptdesk beside @deepgram/captions on the same real Deepgram JSON (both samples): the caption
 * figures of both tools are printed, and scriptdesk must start every cue on a word, break no hard
 * limit, and break lines no worse than deepgram does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { srt as deepgramSrt } from '@deepgram/captions';
import { describe, expect, it } from 'vitest';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { captionFigures } from '../../src/subtitles/quality.ts';

const ASR = join(import.meta.dirname, '..', 'fixtures', 'asr');
const options = optionsSchema().parse({});

describe('against @deepgram/captions on the same Deepgram JSON', () => {
  for (const name of ['dg-speakers.json', 'dg-transcription.json']) {
    it(name, () => {
      const source = readFileSync(join(ASR, name), 'utf8');
      const json = JSON.parse(source);
      const words = json.results.channels[0].alternatives[0].words as { start: number }[];
      const starts = words.map((w) => Math.round(w.start * 1000));
      const ours = captionFigures(
        String(produce(source, 'srt', options, 'json').rendered?.body),
        starts,
      );
      const theirs = captionFigures(deepgramSrt(json), starts);
      console.log(`${name}: scriptdesk vs @deepgram/captions`);
      console.table({ scriptdesk: ours, '@deepgram/captions': theirs });

      // Both tools were measured (a figure that cannot see a problem would prove nothing).
      expect(theirs.cues).toBeGreaterThan(0);
      expect(theirs.breaks).toBeGreaterThan(0);
      // scriptdesk: every cue on a word start, no hard limit broken.
      expect(ours.startOnWord).toBe(1);
      expect(ours.linesOverMaxChars).toBe(0);
      expect(ours.cuesOverMaxLines).toBe(0);
      expect(ours.cuesOverMaxDuration).toBe(0);
      // Never worse than deepgram on what the guides ask.
      expect(ours.cuesUnderMinDuration).toBeLessThanOrEqual(theirs.cuesUnderMinDuration);
      expect(ours.cuesOverMaxCps).toBeLessThanOrEqual(theirs.cuesOverMaxCps);
      expect(ours.badBreaks).toBeLessThanOrEqual(theirs.badBreaks);
      expect(ours.meanBreakCost).toBeLessThan(theirs.meanBreakCost);
    });
  }

  it('sees the problems it counts (deepgram’s long lines on the diarized sample)', () => {
    const json = JSON.parse(readFileSync(join(ASR, 'dg-speakers.json'), 'utf8'));
    const figures = captionFigures(deepgramSrt(json), [3040]);
    expect(figures.linesOverMaxChars).toBeGreaterThan(0);
    // Only the first cue starts on the one word start given.
    expect(figures.startOnWord).toBeCloseTo(1 / figures.cues, 5);
  });
});

describe('caption figures', () => {
  it('counts each limit on a hand-made SRT', () => {
    const srt = [
      '1\n00:00:01,000 --> 00:00:01,500\nToo short.\n',
      '2\n00:00:02,000 --> 00:00:10,000\nFar too long on screen.\n',
      '3\n00:00:11,000 --> 00:00:12,000\nThis line is longer than forty-two characters, far longer.\nA second line\nand a third.\n',
      '4\n00:00:13,000 --> 00:00:14,000\nWe saw the\nman.\n',
    ].join('\n');
    const f = captionFigures(srt, [1000, 2000, 11000]);
    expect(f.cues).toBe(4);
    expect(f.startOnWord).toBe(0.75);
    expect(f.cuesUnderMinDuration).toBe(1);
    expect(f.cuesOverMaxDuration).toBe(1);
    expect(f.linesOverMaxChars).toBe(1);
    expect(f.cuesOverMaxLines).toBe(1);
    expect(f.cuesOverMaxCps).toBe(1);
    // `the | man` parts an article from its noun.
    expect(f.badBreaks).toBeGreaterThanOrEqual(1);
  });
});
