/**
 * Subtitles of languages written without spaces (Chinese, Japanese) and the line lengths of the
 * Netflix language guides (Chinese and Korean 16 characters a line, Japanese 13). A line breaks
 * between the words `Intl.Segmenter` finds, never adds a space, never starts with punctuation or
 * a particle; Korean keeps its spaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { renderSrt } from '../../src/subtitles/srt.ts';
import { graphemeCount } from '../../src/subtitles/text.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const CHINESE = [
  '主持人：各位观众晚上好，欢迎收看今天的新闻联播。今天的主要内容有：国务院召开常务会议，部署进一步稳定经济增长的措施。',
  '',
  '记者：今天上午，在北京举行的新闻发布会上，发言人介绍了今年前三季度的经济运行情况。',
].join('\n');

const JAPANESE = [
  'アナウンサー：こんばんは。七時のニュースです。今日、東京都内では気温が三十五度を超え、今年一番の暑さとなりました。',
  '',
  '記者：気象庁によりますと、この暑さは週末まで続く見込みです。',
].join('\n');

const KOREAN = [
  '앵커: 정부가 오늘 내년도 예산안을 발표했습니다. 복지 예산이 크게 늘었고 국방 예산도 소폭 증가했습니다.',
  '',
  '기자: 정부는 오늘 오전 국무회의에서 내년도 예산안을 의결했습니다. 총지출 규모는 올해보다 3% 늘어난 656조 원입니다.',
].join('\n');

function srtOf(text: string, language?: string) {
  const options = optionsSchema().parse(language ? { language } : {});
  const doc = formatTranscript(text, options);
  const body = renderSrt(doc, options).body as string;
  return { doc, body, cues: parseSrt(body), options };
}

/** The document's spoken text without spaces, and the SRT's lines joined the same way. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('subtitles of text written without spaces', () => {
  it('Chinese: lines of at most 16 characters, no space added, nothing lost', () => {
    const { doc, body, cues } = srtOf(CHINESE);
    expect(doc.language).toBe('zh');
    expect(srtErrors(body)).toEqual([]);
    const lines = cues.flatMap((c) => c.lines);
    for (const line of lines) {
      expect(graphemeCount(line)).toBeLessThanOrEqual(16);
      expect(line).not.toContain(' ');
      expect('，。、：；！？').not.toContain(line[0]);
    }
    expect(squeeze(lines.join(''))).toBe(squeeze(doc.blocks.map((b) => b.text).join('')));
    // Breaks after a clause's punctuation where one fits.
    expect(lines).toContain('各位观众晚上好，');
  });

  it('Japanese: lines of at most 13 characters, never starting with a particle', () => {
    const { doc, cues } = srtOf(JAPANESE);
    expect(doc.language).toBe('ja');
    const lines = cues.flatMap((c) => c.lines);
    for (const line of lines) {
      expect(graphemeCount(line)).toBeLessThanOrEqual(13);
      expect(line).not.toContain(' ');
      expect(['が', 'を', 'は', 'の', 'に', 'で', '、', '。']).not.toContain(line[0]);
    }
    expect(squeeze(lines.join(''))).toBe(squeeze(doc.blocks.map((b) => b.text).join('')));
  });

  it('Korean: 16 characters a line, its spaces kept', () => {
    const { doc, cues } = srtOf(KOREAN);
    expect(doc.language).toBe('ko');
    const lines = cues.flatMap((c) => c.lines);
    for (const line of lines) expect(graphemeCount(line)).toBeLessThanOrEqual(16);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(
      doc.blocks
        .map((b) => b.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  });

  it('an explicit line length still wins over the language guide', () => {
    const options = optionsSchema().parse({ maxCharsPerLine: 10 });
    const doc = formatTranscript(CHINESE, options);
    const { cues } = compileSubtitles(doc, options);
    for (const line of cues.flatMap((c) => c.lines))
      expect(graphemeCount(line)).toBeLessThanOrEqual(10);
  });

  it('any Chinese text: every character once, in order, lines within the limit', () => {
    const pieces = [
      '北京',
      '今天',
      '发布',
      '会议',
      '经济',
      '增长',
      '的',
      '了',
      '，',
      '。',
      '、',
      '我们',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 120 }),
        (parts) => {
          const text = `主持人：${parts.join('')}。`;
          const options = optionsSchema().parse({ language: 'zh' });
          const doc = formatTranscript(text, options);
          const { cues } = compileSubtitles(doc, options);
          const lines = cues.flatMap((c) => c.lines);
          expect(squeeze(lines.join(''))).toBe(squeeze(doc.blocks.map((b) => b.text).join('')));
          for (const line of lines) expect(graphemeCount(line)).toBeLessThanOrEqual(16);
        },
      ),
      { numRuns: 60 },
    );
  });
});
