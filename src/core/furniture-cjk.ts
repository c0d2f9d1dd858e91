/**
 * Page furniture of Chinese, Japanese and Korean news pages, copied with the story: the
 * breadcrumb (`首页 > 新闻中心`, `当前位置：`), the date and source line (`2024-05-06 18:30
 * 来源：新华社`), the editor's and reporter's credit (`责任编辑：张三`, `김민수 기자
 * minsu@yna.co.kr`), share and print controls (`分享到：`, `【打印】【关闭】`), related links
 * (`相关新闻`, `関連記事`, `관련기사`) and the copyright or reprint notice (`版权所有`, `無断転載`,
 * `무단 전재 및 재배포 금지`). Every pattern is anchored, with bounded classes.
 */
import type { NoteReason } from './document.ts';
import { lazyRegExp } from './lazy.ts';

const BREADCRUMB = /^(?:首页|主页|首頁|ホーム|トップ|홈)\s?[>＞›»/]/u;
const LOCATION = /^(?:当前位置|您的位置|當前位置|現在位置|현재\s?위치)\s?[:：]/u;
/** A date and maybe a time: `2024-05-06 18:30`, `2024年5月6日（月） 18時30分`, `2024년 5월 6일`. */
const STAMP =
  '\\d{4}(?:[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{1,2}|年\\d{1,2}月\\d{1,2}日|년\\s?\\d{1,2}월\\s?\\d{1,2}일)(?:\\s?[（(][^）)]{1,3}[）)])?(?:\\s{0,2}(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?|\\d{1,2}時\\d{1,2}分))?';
/** Labels of a page's times: posted, updated (Korean, Japanese, Chinese). */
const STAMP_LABEL =
  '(?:(?:기사\\s?)?입력|(?:최종\\s?)?수정|업데이트|発表|更新|公開|配信|发布时间|發佈時間|发布|發佈|时间|時間)\\s?[:：]?\\s?';
/** Dates with their labels, then maybe the source, author or editor fields. */
const DATE_LINE = lazyRegExp(
  `^(?:${STAMP_LABEL})?${STAMP}(?:\\s{1,4}${STAMP_LABEL}${STAMP})?(?:\\s{1,4}(?:来源|來源|出典|출처|作者|编辑|編集|편집)\\s?[:：]?\\s?[^\\s:：]{1,30}){0,3}$`,
  'u',
);
/** A source, editor or author field alone. */
const CREDIT_FIELD =
  /^(?:来源|來源|消息来源|稿源|出典|출처|责任编辑|責任編輯|编辑|編輯|編集|편집|作者|撰文|图|圖|摄影|攝影|写真|사진)\s?[:：／/]\s?[^\s，。,.]{1,20}(?:\s[^\s，。,.]{1,20}){0,3}$/u;
/** The reporter's credit: a name of two to four characters before or after the word. */
const REPORTER_CREDIT = lazyRegExp(
  String.raw`^(?:(?:记者|記者|通讯员)(?!会|招待|クラブ)\s?[:：]?\s?[\p{L}·・]{2,4}(?:\s[\p{L}·・]{2,4}){0,3}|[\p{L}]{2,4}\s?기자(?:\s+[\w.+-]{1,40}@[\w.-]{1,60})?|[\p{L}]{2,4}\s?記者)$`,
  'u',
);
const SHARE =
  /^(?:(?:分享到|分享至|转发到)\s?[:：]?|(?:分享|シェア(?:する)?|공유하기|공유)(?:\s?[:：]|\s|$))/u;
const RELATED =
  /^(?:相关新闻|相关阅读|相关报道|相关链接|延伸阅读|推荐阅读|热点推荐|相關新聞|相關閱讀|関連記事|関連ニュース|관련\s?기사|관련\s?뉴스|많이\s?본\s?뉴스)$/u;
/** Controls of the page, alone or in brackets, one or more on the line. */
const PAGE_ACTIONS: ReadonlySet<string> = new Set(
  (
    '打印 关闭 收藏 纠错 推荐 返回 顶部 返回顶部 打印本页 关闭窗口 字号 字体 字體 大 中 小 扫一扫 ' +
    '列印 關閉 印刷 印刷する ページの先頭へ 閉じる 인쇄 닫기 스크랩 맨위로'
  ).split(' '),
);

/** Every part of the line (in brackets or apart by spaces) is a control of the page. */
function isPageActions(line: string): boolean {
  if (line.length > 40) return false;
  const parts = line
    .replace(/[【】[\]]/g, ' ')
    .replace(/(字号|字体|字體)\s?[:：]/, '$1 ')
    .split(/\s+/)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => PAGE_ACTIONS.has(p));
}

/** A reprint or copyright notice. */
function isCopyright(line: string): boolean {
  return (
    line.includes('版权所有') ||
    line.includes('版權所有') ||
    (line.includes('未经') && line.includes('转载')) ||
    line.includes('無断転載') ||
    (line.includes('転載') && line.includes('禁')) ||
    line.includes('無断複製') ||
    (line.includes('무단') && (line.includes('전재') || line.includes('배포'))) ||
    line.includes('저작권자') ||
    /ICP[备備证]/.test(line)
  );
}

/** True when `line` has a Chinese, Japanese or Korean character (read only from 0x3000 on). */
function hasCjk(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  }
  return false;
}

/**
 * The furniture reason of a line of a Chinese, Japanese or Korean page, or null. Lines longer
 * than a notice and lines without a character of these scripts are never read.
 */
export function classifyCjkLine(line: string): NoteReason | null {
  if (line.length > 120 || !hasCjk(line)) return null;
  if (BREADCRUMB.test(line) || LOCATION.test(line)) return 'navigation';
  if (isCopyright(line)) return 'copyright';
  if (line.length > 80) return null;
  if (DATE_LINE.test(line)) return 'dateline';
  if (REPORTER_CREDIT.test(line)) return 'byline';
  if (CREDIT_FIELD.test(line)) return 'credit';
  if (SHARE.test(line)) return 'share-links';
  if (RELATED.test(line)) return 'related-links';
  if (isPageActions(line)) return 'page-element';
  return null;
}
