/**
 * Timed input in a language written without spaces: Chinese speech-to-text words and Chinese
 * caption files. The document writes the text without the spaces the words were joined by (each
 * word keeping its time), and the subtitles cut it at the words, on their times.
 */
import { describe, expect, it } from 'vitest';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { graphemeCount } from '../../src/subtitles/text.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const TOKENS: [string, number, number][] = [
  ['各位', 0, 0.3],
  ['观众', 0.3, 0.6],
  ['晚上好', 0.6, 1.1],
  ['欢迎', 1.1, 1.4],
  ['收看', 1.4, 1.7],
  ['今天的', 1.7, 2.1],
  ['新闻联播', 2.1, 2.8],
  ['国务院', 3.0, 3.4],
  ['召开', 3.4, 3.7],
  ['常务会议', 3.7, 4.3],
  ['部署', 4.3, 4.6],
  ['稳定', 4.6, 4.9],
  ['经济增长的措施', 4.9, 6.0],
];
const TEXT = '各位观众晚上好，欢迎收看今天的新闻联播。国务院召开常务会议，部署稳定经济增长的措施。';

/** Whisper verbose_json with word timestamps: its words leave the punctuation out. */
const WHISPER = JSON.stringify({
  task: 'transcribe',
  language: 'chinese',
  duration: 6,
  text: TEXT,
  segments: [{ id: 0, start: 0, end: 6, text: TEXT }],
  words: TOKENS.map(([word, start, end]) => ({ word, start, end })),
});

const options = optionsSchema().parse({});
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('Chinese speech-to-text words', () => {
  const result = produce(WHISPER, 'srt', options, 'json');
  const doc = result.document;
  const body = String(result.rendered?.body);
  const cues = parseSrt(body);

  it('the document writes the text without spaces; each word keeps its time and punctuation', () => {
    expect(doc.language).toBe('zh');
    expect(doc.blocks.map((b) => b.text).join('')).toBe(TEXT);
    const words = doc.blocks.flatMap((b) => b.timedWords ?? []);
    expect(words.map((w) => w.text).join('')).toBe(TEXT);
    expect(words.map((w) => w.startMs)).toEqual(
      TOKENS.map(([, start]) => Math.round(start * 1000)),
    );
    expect(words[2]?.text).toBe('晚上好，');
    expect(doc.messages.some((m) => m.ruleId === 'unspaced-text')).toBe(true);
  });

  it('the subtitles: every character once, in order, lines of 16 without spaces, cues on word starts', () => {
    expect(srtErrors(body)).toEqual([]);
    const lines = cues.flatMap((c) => c.lines);
    expect(squeeze(lines.join(''))).toBe(TEXT);
    for (const line of lines) {
      expect(line).not.toContain(' ');
      expect(graphemeCount(line)).toBeLessThanOrEqual(16);
    }
    const starts = new Set(TOKENS.map(([, start]) => Math.round(start * 1000)));
    for (const cue of cues) expect(starts.has(cue.startMs)).toBe(true);
    // The pause before 国务院 ends the first cue at its last word's end.
    expect(cues[0]?.endMs).toBe(2800);
  });
});

describe('a Chinese caption file as input', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:03,000',
    '各位观众晚上好，',
    '欢迎收看今天的新闻联播。',
    '',
    '2',
    '00:00:03,500 --> 00:00:06,000',
    '今天的主要内容有：国务院召开常务会议，部署进一步稳定经济增长的措施。',
    '',
  ].join('\n');
  const result = produce(srt, 'srt', options, 'srt');

  it('the document joins the cue lines without a space', () => {
    expect(result.document.blocks.map((b) => b.text).join('')).toBe(
      '各位观众晚上好，欢迎收看今天的新闻联播。今天的主要内容有：国务院召开常务会议，部署进一步稳定经济增长的措施。',
    );
  });

  it('a cue line longer than a subtitle line is cut at its words, on the same clock', () => {
    const cues = parseSrt(String(result.rendered?.body));
    const lines = cues.flatMap((c) => c.lines);
    for (const line of lines) expect(graphemeCount(line)).toBeLessThanOrEqual(16);
    expect(squeeze(lines.join(''))).toBe(
      squeeze(result.document.blocks.map((b) => b.text).join('')),
    );
    expect(cues[0]?.startMs).toBe(1000);
    for (const cue of cues) {
      expect(cue.startMs).toBeGreaterThanOrEqual(1000);
      expect(cue.endMs).toBeLessThanOrEqual(6000);
    }
  });
});
