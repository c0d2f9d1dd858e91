/**
 * Page furniture of Chinese, Japanese and Korean news pages (`src/core/furniture-cjk.ts`): each
 * rule's lines, the lines of the story that must stay, and whole pages as newsrooms copy them.
 */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import { classifyCjkLine } from '../../src/core/furniture-cjk.ts';
import { formatTranscript } from '../../src/core/index.ts';

describe('classifyCjkLine', () => {
  it.each([
    ['首页 > 新闻中心 > 国内新闻', 'navigation'],
    ['当前位置：首页 > 要闻', 'navigation'],
    ['ホーム > ニュース > 社会', 'navigation'],
    ['홈 > 정치 > 국회', 'navigation'],
    ['2024-05-06 18:30  来源：新华社', 'dateline'],
    ['2024年5月6日 18時30分', 'dateline'],
    ['2024年5月6日（月）', 'dateline'],
    ['입력 2024.05.06 18:30 수정 2024.05.06 19:10', 'dateline'],
    ['责任编辑：张三', 'credit'],
    ['来源：人民日报', 'credit'],
    ['记者 王小明 李华', 'byline'],
    ['김민수 기자 minsu@yna.co.kr', 'byline'],
    ['分享到：微信 微博 QQ空间', 'share-links'],
    ['シェアする', 'share-links'],
    ['【打印】【关闭】', 'page-element'],
    ['字号：大 中 小', 'page-element'],
    ['相关新闻', 'related-links'],
    ['関連記事', 'related-links'],
    ['관련기사', 'related-links'],
    ['版权所有 © 2024 新华网', 'copyright'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>', 'copyright'],
    [
      'Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。',
      'copyright',
    ],
  ])('%s is %s', (line, reason) => {
    expect(classifyLine(line)).toBe(reason);
  });

  it.each([
    '会议指出，今年以来我国经济运行总体平稳，主要指标符合预期。',
    '记者：请问发言人，中方对此有何评论？',
    '【解说】今天上午，会议在北京举行。',
    '[앵커]',
    '台風10号は今夜遅くにも九州南部に接近する見込みです。',
    '2024年，我国经济增长百分之五。',
    '关于相关新闻的报道，我们将继续关注。',
    '국회는 오늘 본회의를 열고 예산안을 처리했습니다.',
    'Copyright law was the subject of the hearing.',
  ])('%s is read', (line) => {
    expect(classifyCjkLine(line)).toBeNull();
    expect(classifyLine(line)).toBeNull();
  });
});

describe('Chinese, Japanese and Korean news pages', () => {
  it('a Chinese page: the story is read, its furniture is notes with their reasons', () => {
    const doc = formatTranscript(
      [
        '首页 > 新闻中心 > 国内新闻',
        '',
        '国务院常务会议部署稳定经济增长措施',
        '',
        '2024-05-06 18:30  来源：新华社',
        '',
        '会议指出，今年以来我国经济运行总体平稳，主要指标符合预期。',
        '',
        '责任编辑：张三',
        '',
        '分享到：微信 微博 QQ空间',
        '',
        '相关新闻',
        '',
        '版权所有 © 2024 新华网',
      ].join('\n'),
    );
    expect(doc.title).toBe('国务院常务会议部署稳定经济增长措施');
    expect(doc.blocks.map((b) => `${b.type}${b.reason ? `:${b.reason}` : ''}`)).toEqual([
      'note:navigation',
      'headline',
      'note:dateline',
      'narration',
      'note:credit',
      'note:share-links',
      'note:related-links',
      'note:copyright',
    ]);
  });

  it('a Japanese page with an English copyright line is Japanese', () => {
    const doc = formatTranscript(
      [
        'ホーム > ニュース > 社会',
        '',
        '台風10号 九州に接近',
        '',
        '台風10号は今夜遅くにも九州南部に接近する見込みです。気象庁は厳重な警戒を呼びかけています。',
        '',
        'Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。',
      ].join('\n'),
    );
    expect(doc.language).toBe('ja');
    expect(doc.blocks.map((b) => b.type)).toEqual(['note', 'headline', 'narration', 'note']);
  });
});
