import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASR_FORMATS, asrToLines, readAsrWords } from '../../src/ingest/asr/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});

describe('speech-to-text readers on hostile JSON', () => {
  it('never throw, whatever the value and the vendor forced', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        fc.constantFrom(...ASR_FORMATS),
        (json, format) => {
          const words = readAsrWords(json, format);
          for (const w of words) {
            expect(typeof w.text).toBe('string');
            expect(typeof w.start).toBe('number');
          }
          const source = JSON.stringify(json) ?? 'null';
          const ingested = asrToLines(source, format);
          // Every timed word handed on has a real time, moving forward.
          for (const t of ingested.timedTokens ?? []) {
            expect(Number.isFinite(t.start) && Number.isFinite(t.end)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads Speechmatics opening marks onto the next word', () => {
    const json = {
      format: '2.9',
      results: [
        {
          type: 'punctuation',
          attaches_to: 'next',
          start_time: 0,
          end_time: 0,
          alternatives: [{ content: '“' }],
        },
        {
          type: 'word',
          start_time: 0.1,
          end_time: 0.4,
          alternatives: [{ content: 'Hello', speaker: 'S1' }],
        },
        {
          type: 'punctuation',
          attaches_to: 'previous',
          start_time: 0.4,
          end_time: 0.4,
          alternatives: [{ content: '”' }],
        },
      ],
    };
    expect(readAsrWords(json).map((w) => w.text)).toEqual(['“Hello”']);
  });

  it('words out of order or ending before they start still give valid, ordered subtitles', () => {
    const words = [
      { word: 'first', punctuated_word: 'First', start: 5, end: 5.4 },
      { word: 'second', punctuated_word: 'second', start: 2, end: 2.5 },
      { word: 'third', punctuated_word: 'third', start: 6, end: 5.5 },
      { word: 'fourth', punctuated_word: 'fourth.', start: 9, end: 9.5 },
    ];
    const json = JSON.stringify({ results: { channels: [{ alternatives: [{ words }] }] } });
    const { rendered, document } = produce(json, 'srt', options, 'json');
    const body = String(rendered?.body);
    expect(srtErrors(body)).toEqual([]);
    const cues = parseSrt(body);
    for (let i = 1; i < cues.length; i++) {
      expect(cues[i]?.startMs ?? 0).toBeGreaterThanOrEqual(cues[i - 1]?.endMs ?? 0);
    }
    expect(document.messages.some((m) => m.ruleId === 'timed-words-reordered')).toBe(true);
  });

  it('one hour of one-word cues stays linear (no search from every word)', () => {
    const hour = (n: number) => {
      const words = Array.from({ length: n }, (_, i) => ({
        word: `w${i % 50}`,
        punctuated_word: `w${i % 50}${i % 9 === 8 ? '.' : ''}`,
        start: i * 0.18,
        end: i * 0.18 + 0.15,
        speaker: Math.floor(i / 40) % 3,
      }));
      return JSON.stringify({ results: { channels: [{ alternatives: [{ words }] }] } });
    };
    const { rendered } = produce(hour(20_000), 'srt', options, 'json');
    expect(parseSrt(String(rendered?.body)).length).toBeGreaterThan(1000);
    // Twice the words at most triple the time.
    const srt = (json: string) => produce(json, 'srt', options, 'json');
    expect(doublingRatio(hour, srt, 5_000, 3)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('diarization labels', () => {
  it('a word without a label stays in the turn it falls in', async () => {
    const { asrWordsToText } = await import('../../src/ingest/asr/index.ts');
    const text = asrWordsToText([
      { text: 'Hello', start: 0, end: 200, speaker: 'spk_0' },
      { text: 'um', start: 300, end: 400, speaker: null },
      { text: 'there.', start: 500, end: 700, speaker: 'spk_0' },
      { text: 'Hi.', start: 1000, end: 1200, speaker: 'spk_1' },
      { text: 'Again.', start: 1300, end: 1500, speaker: 'spk_0' },
    ]).text;
    expect(text).toBe('Speaker 1: Hello um there.\n\nSpeaker 2: Hi.\n\nSpeaker 1: Again.');
  });
});

describe('vendor paragraphs', () => {
  it('Deepgram’s paragraphs are the transcript’s paragraphs', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const source = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'asr', 'dg-speakers.json'),
      'utf8',
    );
    const json = JSON.parse(source);
    const paragraphs = json.results.channels[0].alternatives[0].paragraphs.paragraphs as {
      num_words: number;
    }[];
    const text = asrToLines(source).text.split('\n\n');
    expect(text).toHaveLength(paragraphs.length);
    // Each paragraph has the vendor's number of words (the tag not counted).
    expect(text.map((p) => p.replace(/^Speaker \d+: /, '').split(' ').length)).toEqual(
      paragraphs.map((p) => p.num_words),
    );
  });

  it('without vendor paragraphs, a pause of 2 s starts one', async () => {
    const { asrWordsToText } = await import('../../src/ingest/asr/index.ts');
    const text = asrWordsToText([
      { text: 'One.', start: 0, end: 300, speaker: null },
      { text: 'Two.', start: 500, end: 800, speaker: null },
      { text: 'Three.', start: 2900, end: 3200, speaker: null },
    ]).text;
    expect(text).toBe('One. Two.\n\nThree.');
  });
});

describe('words without times', () => {
  it('are kept in place, timed between their neighbours, and reported', () => {
    const words = [
      { word: 'the', punctuated_word: 'The', start: 1, end: 1.2 },
      { word: 'vote', punctuated_word: 'vote' },
      { word: 'passed', punctuated_word: 'passed.', start: 2, end: 2.5 },
    ];
    const json = { results: { channels: [{ alternatives: [{ words }] }] } };
    const read = readAsrWords(json);
    expect(read.map((w) => w.text)).toEqual(['The', 'vote', 'passed.']);
    const ingested = asrToLines(JSON.stringify(json));
    expect(ingested.text).toBe('The vote passed.');
    expect(ingested.timedTokens?.[1]).toMatchObject({ start: 1200, end: 2000 });
    expect(ingested.messages?.some((m) => m.ruleId === 'asr-untimed-words')).toBe(true);
  });
});
