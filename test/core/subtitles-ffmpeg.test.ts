import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { renderSrt, srtSafeLine } from '../../src/subtitles/srt.ts';
import { renderVtt } from '../../src/subtitles/vtt.ts';
import { ffmpegToSrt, HAS_FFMPEG, SKIP_FFMPEG, warnWithoutFfmpeg } from './ffmpeg.ts';
import { makeDoc, parseSrt } from './subtitles-helpers.ts';

// ffmpeg is the reader most pipelines use: it must read back every cue with the same text.
// It comes from Debian (`apt-get install -y ffmpeg`). Without it the test skips loudly, except in
// CI (CI=true), where it fails.
warnWithoutFfmpeg('the ffmpeg read-back tests');

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const INPUTS: [string, string][] = [
  ['seed', readFileSync(join(FIXTURES, 'seed', '000_f12ffaff09c5b2fe.txt'), 'utf8')],
  ...readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(FIXTURES, 'corpus', f), 'utf8')] as [string, string]),
];

/** ffmpeg's reading of a subtitle file, written back out as SRT. */
describe.skipIf(SKIP_FFMPEG)('ffmpeg reads back every cue with the same text', () => {
  const options = optionsSchema().parse({});
  for (const [name, text] of INPUTS) {
    it(name, () => {
      expect(HAS_FFMPEG, 'ffmpeg must be installed where CI=true').toBe(true);
      const doc = formatTranscript(text, options);
      const expected = compileSubtitles(doc, options).cues;
      const srt = parseSrt(ffmpegToSrt(`${name}.srt`, renderSrt(doc, options).body));
      expect(srt.length).toBe(expected.length);
      // SRT has no escapes: markup-like text was neutralized (`<s>` → `‹s>`), and reported.
      expect(srt.map((c) => c.lines)).toEqual(
        expected.map((c) => c.lines.map((l) => srtSafeLine(l).text)),
      );
      expect(srt.map((c) => [c.startMs, c.endMs])).toEqual(
        expected.map((c) => [c.startMs, c.endMs]),
      );
      const vtt = parseSrt(ffmpegToSrt(`${name}.vtt`, renderVtt(doc, options).body));
      expect(vtt.map((c) => c.lines)).toEqual(expected.map((c) => c.lines));
    });
  }

  it('a number alone and markup-like text survive', () => {
    expect(HAS_FFMPEG, 'ffmpeg must be installed where CI=true').toBe(true);
    const doc = makeDoc([
      { text: 'The final vote count in the district came to 2024' },
      { text: '500' },
      { text: 'Ratings for <b>Tom & Jerry</b> rose {\\an8} sharply, a\\Nb --> c' },
    ]);
    const options = optionsSchema().parse({});
    const expected = compileSubtitles(doc, options).cues;
    const srt = parseSrt(ffmpegToSrt('numbers.srt', renderSrt(doc, options).body));
    // ffmpeg shows the text as written: no bold, no override, no extra line break.
    expect(srt.map((c) => c.lines)).toEqual(
      expected.map((c) => c.lines.map((l) => srtSafeLine(l).text)),
    );
    // Through WebVTT, ffmpeg writes `{` as ASS's `\\{` in its SRT: its conversion, not a misreading.
    const vtt = parseSrt(ffmpegToSrt('numbers.vtt', renderVtt(doc, options).body));
    expect(vtt.map((c) => c.lines.map((l) => l.replace(/\\([{}])/g, '$1')))).toEqual(
      expected.map((c) => c.lines.map((l) => l.replace(/\\(?=[Nnh])/g, '\\\u2060'))),
    );
  });

  it('random documents: every cue, with the same text', () => {
    expect(HAS_FFMPEG, 'ffmpeg must be installed where CI=true').toBe(true);
    const word = fc.oneof(
      fc.constantFrom(
        'the',
        'Russia',
        '60',
        '2024',
        '—',
        '&',
        '<b>',
        '-->',
        '-',
        '{x}',
        '\\N',
        '&amp;',
      ),
      fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }),
    );
    const options = optionsSchema().parse({});
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 }),
        (paragraphs) => {
          const doc = makeDoc(paragraphs.map((p) => ({ text: p.join(' ') })));
          const cues = compileSubtitles(doc, options).cues;
          if (cues.length === 0) return;
          const srt = parseSrt(ffmpegToSrt('random.srt', renderSrt(doc, options).body));
          expect(srt.map((c) => c.lines)).toEqual(
            cues.map((c) => c.lines.map((l) => srtSafeLine(l).text)),
          );
          const vtt = parseSrt(ffmpegToSrt('random.vtt', renderVtt(doc, options).body));
          expect(vtt.map((c) => c.lines.map((l) => l.replace(/\\([{}])/g, '$1')))).toEqual(
            cues.map((c) => c.lines.map((l) => l.replace(/\\(?=[Nnh])/g, '\\\u2060'))),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
