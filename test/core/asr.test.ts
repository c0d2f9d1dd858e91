import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/core/timed.ts';
import { type AsrFormat, detectAsrFormat, readAsrWords } from '../../src/ingest/asr/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { ffmpegToSrt, HAS_FFMPEG, SKIP_FFMPEG, warnWithoutFfmpeg } from './ffmpeg.ts';
import { parseSrt, parseVtt, srtErrors } from './subtitles-helpers.ts';

const ASR = join(import.meta.dirname, '..', 'fixtures', 'asr');
const read = (name: string): string => readFileSync(join(ASR, name), 'utf8');
const expected = JSON.parse(read('expected-words.json')) as {
  words: string[];
  speakers: string[];
  starts: number[];
};

interface Case {
  file: string;
  format: AsrFormat;
  /** The spoken words, as the vendor gives them (punctuation attached). */
  words: string[];
  /** Exact word start times of the input (ms), or null when the input times segments only. */
  starts: number[] | null;
  /** Speaker of each word, or null when the input has no diarization. */
  speakers: string[] | null;
}

function dgWords(file: string): Pick<Case, 'words' | 'starts' | 'speakers'> {
  const json = JSON.parse(read(file));
  const words = json.results.channels[0].alternatives[0].words as {
    punctuated_word: string;
    start: number;
    speaker?: number;
  }[];
  return {
    words: words.map((w) => w.punctuated_word),
    starts: words.map((w) => Math.round(w.start * 1000)),
    speakers: words[0]?.speaker === undefined ? null : words.map((w) => String(w.speaker)),
  };
}

function aaiWords(file: string): Pick<Case, 'words' | 'starts' | 'speakers'> {
  const json = JSON.parse(read(file));
  const words = json.words as { text: string; start: number; speaker: string }[];
  return {
    words: words.map((w) => w.text),
    starts: words.map((w) => w.start),
    speakers: words.map((w) => w.speaker),
  };
}

const unpunctuated = expected.words.map((w) => w.replace(/[.,?!]/g, '').toLowerCase());
const ours = { words: expected.words, starts: expected.starts, speakers: expected.speakers };
const CASES: Case[] = [
  { file: 'dg-speakers.json', format: 'deepgram', ...dgWords('dg-speakers.json') },
  { file: 'dg-transcription.json', format: 'deepgram', ...dgWords('dg-transcription.json') },
  {
    file: 'assemblyai-utterances.json',
    format: 'assemblyai',
    ...aaiWords('assemblyai-utterances.json'),
  },
  {
    file: 'assemblyai-transcription.json',
    format: 'assemblyai',
    ...aaiWords('assemblyai-transcription.json'),
  },
  { file: 'openai-whisper-verbose.json', format: 'whisper', ...ours, speakers: null },
  {
    file: 'openai-whisper-segments.json',
    format: 'whisper',
    ...ours,
    starts: null,
    speakers: null,
  },
  { file: 'whisper-cpp.json', format: 'whisper-cpp', ...ours, starts: null, speakers: null },
  { file: 'whisper-cpp-full.json', format: 'whisper-cpp', ...ours, speakers: null },
  { file: 'whisperx.json', format: 'whisperx', ...ours },
  { file: 'aws-transcribe.json', format: 'aws-transcribe', ...ours },
  { file: 'aws-transcribe-segments.json', format: 'aws-transcribe', ...ours },
  { file: 'revai.json', format: 'revai', ...ours },
  { file: 'speechmatics.json', format: 'speechmatics', ...ours },
  { file: 'google-speech-v1.json', format: 'google-speech', ...ours },
  { file: 'google-speech-v2.json', format: 'google-speech', ...ours },
  { file: 'azure-speech-batch.json', format: 'azure-speech', ...ours },
  { file: 'elevenlabs-scribe.json', format: 'elevenlabs', ...ours },
  { file: 'soniox.json', format: 'soniox', ...ours },
  // Vosk and YouTube's automatic captions write lower case without punctuation, as Watson does.
  { file: 'vosk.json', format: 'vosk', ...ours, words: unpunctuated, speakers: null },
  {
    file: 'youtube-json3.json',
    format: 'youtube-json3',
    ...ours,
    words: unpunctuated,
    speakers: null,
  },
  {
    file: 'ibm-watson.json',
    format: 'ibm-watson',
    ...ours,
    // Watson writes no punctuation or capitals: the words as it gives them.
    words: unpunctuated,
  },
];

const FRAME_MS = 40; // 25 fps, the default
const options = optionsSchema().parse({});

warnWithoutFfmpeg('the speech-to-text ffmpeg read-back checks');

const norm = (words: readonly string[]): string[] => words.map(normalizeWord).filter(Boolean);

/** Collapses a sequence to its runs: [a, a, b, a] → [a, b, a]. */
function runs<T>(list: readonly T[]): T[] {
  return list.filter((x, i) => i === 0 || list[i - 1] !== x);
}

describe('speech-to-text JSON in every vendor’s shape', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const source = read(c.file);
      const srt = produce(source, 'srt', options, 'json');
      const body = String(srt.rendered?.body);
      const cues = parseSrt(body);
      const doc = srt.document;

      it(`is recognized as ${c.format} by its shape`, () => {
        expect(detectAsrFormat(JSON.parse(source))).toBe(c.format);
        expect(readAsrWords(JSON.parse(source)).map((w) => w.text)).toEqual(c.words);
      });

      it('gives each spoken word once, in order, in the SRT', () => {
        expect(doc.timed).toBe(true);
        expect(norm(cues.flatMap((cue) => cueWords(cue)))).toEqual(norm(c.words));
      });

      it('starts every cue on a word start (within one frame)', () => {
        const starts =
          c.starts ?? doc.blocks.flatMap((b) => b.timedWords?.map((w) => w.startMs) ?? []);
        expect(cues.length).toBeGreaterThan(0);
        for (const cue of cues) {
          const nearest = Math.min(...starts.map((s) => Math.abs(s - cue.startMs)));
          expect(nearest, `cue ${cue.index} at ${cue.startMs} ms`).toBeLessThanOrEqual(FRAME_MS);
        }
        // The first cue is the first word, not the media start.
        expect(
          Math.abs((cues[0]?.startMs ?? 0) - (c.starts?.[0] ?? cues[0]?.startMs ?? 0)),
        ).toBeLessThanOrEqual(FRAME_MS);
      });

      it('is valid SRT and WebVTT within the profile’s hard limits', () => {
        expect(srtErrors(body)).toEqual([]);
        const vtt = String(produce(source, 'vtt', options, 'json').rendered?.body);
        const parsed = parseVtt(vtt);
        expect(parsed.errors).toEqual([]);
        expect(parsed.cues.length).toBe(cues.length);
        for (const cue of cues) {
          expect(cue.lines.length).toBeLessThanOrEqual(2);
          for (const line of cue.lines) expect([...line].length).toBeLessThanOrEqual(42);
          expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(7000);
          expect(cue.endMs).toBeGreaterThan(cue.startMs);
        }
        for (let i = 1; i < cues.length; i++) {
          expect(cues[i]?.startMs ?? 0).toBeGreaterThanOrEqual(cues[i - 1]?.endMs ?? 0);
        }
      });

      it.skipIf(SKIP_FFMPEG)('is read back by ffmpeg cue for cue (SRT and WebVTT)', () => {
        expect(HAS_FFMPEG, 'ffmpeg must be installed where CI=true').toBe(true);
        const parsed = parseSrt(ffmpegToSrt(`${c.file}.srt`, body));
        expect(parsed.map((x) => x.lines)).toEqual(cues.map((x) => x.lines));
        expect(parsed.map((x) => x.startMs)).toEqual(cues.map((x) => x.startMs));
        // The WebVTT too: the same cues at the same times.
        const vtt = String(produce(source, 'vtt', options, 'json').rendered?.body);
        const vttBack = parseSrt(ffmpegToSrt(`${c.file}.vtt`, vtt));
        expect(vttBack.map((x) => x.startMs)).toEqual(cues.map((x) => x.startMs));
        expect(vttBack.map((x) => x.endMs)).toEqual(cues.map((x) => x.endMs));
      });

      if (c.speakers) {
        const speakers = c.speakers;
        it('turns the diarization into speakers and a turn at each label change', () => {
          const labels = runs(speakers);
          const distinct = new Set(speakers).size;
          expect(doc.speakers.length).toBe(distinct);
          const names = doc.speakers.map((s) => s.name ?? s.role);
          expect(names).toEqual(
            Array.from({ length: distinct }, (_, i) =>
              expect.stringMatching(new RegExp(`^Speaker ${i + 1}$`, 'i')),
            ),
          );
          const turns = runs(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker));
          expect(turns.length).toBe(labels.length);
          // The same label is the same speaker every time it comes back.
          const byLabel = new Map<string, string | null>();
          labels.forEach((label, i) => {
            const id = turns[i] ?? null;
            if (byLabel.has(label)) expect(byLabel.get(label)).toBe(id);
            byLabel.set(label, id);
          });
        });
      } else {
        it('has no speakers without diarization', () => {
          expect(doc.speakers).toEqual([]);
        });
      }
    });
  }
});
