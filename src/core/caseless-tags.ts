/**
 * Speaker tags in scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, the Indic
 * scripts), read from the whole transcript. A Latin tag is told by its capitals (`JANE DOE:`); a
 * Chinese one (`毛宁：`) looks like any words before a colon, so a label is a speaker only when
 * the transcript uses it so again: the same label opens two paragraphs or more, and two labels or
 * more take turns. Role words (`主持人：`, `[앵커]`) and a role after its holder (`法新社记者：`)
 * are read line by line in ./tags.ts. A Korean news transcript's cued bite (`[인터뷰]` then
 * `박지현 / 서울 마포구 : …`) names its speaker after the cue, once.
 */

import { isCaselessLetter, isHanOrKanaCode } from './chars.ts';
import { lazyRegExp } from './lazy.ts';
import { BLANK_TAG } from './tags.ts';
import type { Paragraph, RootContent, Tag, TagMatch } from './tree.ts';

/** The longest label read as a name (with an office before it: `外交部发言人毛宁`). */
const MAX_LABEL_CHARS = 16;
/** The longest name before an ideographic space that parts it from the words. */
const MAX_SPACED_NAME_CHARS = 6;
/** Fewest characters of speech after a label: a field's value (`编辑：张三`) is shorter. */
const MIN_SPEECH_CHARS = 6;
/**
 * A shorter answer is speech when it ends as a sentence does (`部长：目前没有。`, `记者：是吗？`):
 * a field's value has no full stop.
 */
const SHORT_SPEECH_END = /^[^:：]{2,5}[。！？!?؟۔।]$/u;

/**
 * Hindi honorifics a member's name opens with in India's parliamentary records and press
 * (`श्री`, `श्रीमती`, `डॉ.`): a label that opens with one is a person's, used once or more.
 */
const HINDI_HONORIFICS = /^(?:श्री|सुश्री|डॉ)/u;
/**
 * A Thai person's honorific before the name, written without a space (`นายสมชาย`, `นางสาวมาลี`,
 * `คุณวิภา`, `ดร.ประเสริฐ`): the label is a person's, said once or more.
 */
const THAI_HONORIFICS = /^(?:นาย|นาง|คุณ|ดร\.)[\u0E01-\u0E2E]/u;
/** The longest label looked for: a Hindi member's name and constituency in brackets. */
const MAX_HONOURED_CHARS = 60;

/** Labels of a page's fields, never a person: source, editor, date, place, note, photo… */
const FIELD_LABELS: ReadonlySet<string> = new Set(
  (
    '注 备注 注释 来源 消息来源 编辑 责任编辑 作者 时间 日期 地点 主题 标题 原标题 关键词 摘要 附件 ' +
    '背景 原因 结果 结论 总结 问题 要点 提示 说明 补充 更正 声明 公告 通知 链接 概要 結論 注意 ' +
    '배경 요약 결론 참고 ' +
    '图 图片 摄影 电话 邮箱 地址 网址 链接 出典 編集 日時 場所 写真 提供 주 출처 편집 일시 장소 ' +
    '사진 제공 주소 ملاحظة المصدر تحرير التاريخ المكان العنوان מקור עריכה תאריך מקום הערה'
  )
    .split(' ')
    .concat(
      // A Knesset protocol's header and an Al Jazeera programme page's, of two words.
      'סדר היום|נכחו|מוזמנים|חברי הוועדה|ייעוץ משפטי|مقدم الحلقة|ضيوف الحلقة|تاريخ الحلقة'.split(
        '|',
      ),
    ),
);

/** Words a sentence ends its reporting clause with before a quotation (`他说：`, `她表示：`). */
const SAYING_ENDINGS = ['说', '道', '表示', '指出', '强调', '称', '认为', '介绍', '問', '言う'];

/** Cues of a Korean or Chinese script that the next words are a recorded bite. */
const BITE_CUES: ReadonlySet<string> = new Set([
  '[인터뷰]',
  '[녹취]',
  '【同期】',
  '【同期声】',
  // Japanese TV scripts: `【インタビュー】鹿児島市の男性`.
  '【インタビュー】',
]);

/** A reporting clause's verb at the start (Arabic `وقال الوزير:`, Hebrew `אמר השר:`). */
const SAYING_STARTS = [
  'قال',
  'وقال',
  'أضاف',
  'وأضاف',
  'أكد',
  'وأكد',
  'يقول',
  'ويقول',
  'אמר',
  'אמרה',
];

const OPENING_QUOTES = '“「『"\'«‘';

interface Label {
  /** The label as written (without the colon). */
  raw: string;
  /** Offset of the words after the colon. */
  end: number;
}

/**
 * The Japanese Diet's record (国会会議録): `○議長（額賀福志郎君）　これより会議を開きます。`, the
 * office and the member's name with the record's `君` in full-width parentheses, or the name
 * alone (`○岸田文雄君　`); then an ideographic space and the speech.
 */
const DIET_TAG =
  /^[○◯](?:([^（()\s\u3000]{1,20}?)[（(]([^）)\s\u3000]{1,20}?)(?:君|さん)?[）)]|([^（()\s\u3000]{1,20}?)君)[\s\u3000]+/u;
/**
 * The Korean National Assembly's minutes (국회 회의록): `○위원장 김철수  의사일정 …` or `○김영희
 * 위원  …`, an office and a name of two to four syllables in either order, then two spaces.
 */
const ASSEMBLY_TAG = lazyRegExp(
  String.raw`^[○◯]\s?(?:(\p{Script=Hangul}{1,8})\s)?(\p{Script=Hangul}{2,4})(?:\s(\p{Script=Hangul}{1,8}))?(?:\s{2,}|\u3000)`,
  'u',
);

/** Korean offices of the Assembly's minutes, to tell them from the name beside them. */
const ASSEMBLY_OFFICES: ReadonlySet<string> = new Set(
  '의장 부의장 위원장 위원 의원 장관 차관 총리 국무총리 처장 청장 원장 실장 국장 간사 진술인 참고인 증인'.split(
    ' ',
  ),
);

/**
 * A record's tag at the start of a paragraph that opens with a circle, or null. `written` is the
 * first line as written: the text has its runs of spaces made single, and the Korean minutes part
 * the tag from the speech by two.
 */
function recordTag(text: string, written: string): TagMatch | null {
  const korean = ASSEMBLY_TAG.exec(written);
  const diet = korean ? null : DIET_TAG.exec(written);
  let name: string | null = null;
  let office: string | null = null;
  let whole = '';
  if (korean) {
    // An office and a name in either order: the office is the word the minutes use for one.
    const words = korean.slice(1).filter((w): w is string => w !== undefined);
    office = words.find((w) => ASSEMBLY_OFFICES.has(w)) ?? null;
    const names = words.filter((w) => !ASSEMBLY_OFFICES.has(w));
    name = names.length === 1 && (names[0] as string).length <= 4 ? (names[0] as string) : null;
    whole = korean[0];
  } else if (diet) {
    const [all, head, inner, alone] = diet;
    name = inner ?? alone ?? null;
    office = inner ? (head ?? null) : null;
    whole = all;
  }
  if (name === null) return null;
  const raw = whole.slice(1).trim();
  // The same words off the text as the tag took off the line.
  let at = 0;
  for (const _ of raw.split(/[\s\u3000]+/)) {
    const space = text.indexOf(' ', at + 1);
    at = space === -1 ? text.length : space;
  }
  const tag: Tag = { ...labelTag(raw, null), name, title: office, office };
  return { tag, rest: text.slice(at).trim(), end: at };
}

/** Dashes a Japanese interview opens a question with (`――`, `——`, `──`). */
const QUESTION_DASHES = ['――', '——', '──', '－－'];

/** Length of the double dash that opens `text` before Japanese words, or 0. */
function questionDashes(text: string): number {
  const c = text.charCodeAt(0);
  if (c !== 0x2015 && c !== 0x2014 && c !== 0x2500 && c !== 0xff0d) return 0;
  const lead = text.slice(0, 2);
  if (!QUESTION_DASHES.includes(lead)) return 0;
  let end = 2;
  while (text[end] === lead[0] || text[end] === ' ' || text[end] === '\u3000') end++;
  return isCaselessLetter(text[end] ?? '') || text[end] === '「' ? end : 0;
}

/** The marks a Hebrew abbreviation is written with (gershayim, geresh, or quotes for them). */
const HEBREW_ABBREVIATION_MARKS = '\u05f4\u05f3"\'\u201d\u2019';

function isHebrewCode(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/**
 * The offices a Knesset protocol writes before a name (`היו"ר שמחה רוטמן:`, `ח"כ …`, `השר …`),
 * in any of the abbreviation's spellings: the title, the rest the name.
 */
const HEBREW_OFFICE =
  /^(?:היו["\u05f4\u201d]ר|ח["\u05f4\u201d]כ|השר|השרה|סגן השר|סגנית השר|עו["\u05f4\u201d]ד|ד["\u05f4\u201d]ר) (?=\S)/u;

/** The label before a colon at the start of `text`, in a script without capitals, or null. */
function caselessLabel(text: string, from = 0, written = text): Label | null {
  if (!isCaselessLetter(text[from] ?? '')) return null;
  // (A Hindi member's name and constituency are longer: see {@link isPersonLabel}.)
  const limit = Math.min(text.length, from + MAX_HONOURED_CHARS);
  for (let i = from + 1; i < limit; i++) {
    const ch = text[i] ?? '';
    // A Japanese interview writes the name and an ideographic space (`山田　ありがとう…`).
    // (The text has its spaces made plain; the line as written still has the ideographic one.)
    const space =
      (ch === '\u3000' || (ch === ' ' && written[i] === '\u3000')) &&
      i - from <= MAX_SPACED_NAME_CHARS;
    if (ch === ':' || ch === '\uff1a' || space) {
      const raw = text.slice(from, i).trim();
      let end = i + 1;
      while (text[end] === ' ' || text[end] === '\u3000') end++;
      return { raw, end };
    }
    // A Hindi record's constituency in brackets after the name (`श्री गौरव गोगोई (कलियाबोर):`).
    if (ch === '(' || ch === ')' || (ch === '.' && i - from === 2)) continue;
    // A Hebrew abbreviation's gershayim or geresh between letters (`היו"ר`, `ח"כ`, `עו"ד`).
    if (HEBREW_ABBREVIATION_MARKS.includes(ch) && isHebrewCode(text.charCodeAt(i - 1)))
      if (isHebrewCode(text.charCodeAt(i + 1))) continue;
    if (!isCaselessLetter(ch) && ch !== ' ' && ch !== '·' && ch !== '・' && ch !== '/') return null;
  }
  return null;
}

/** Who a cued bite's description names, up to its quotation: `住民「…」`, `鹿児島市の男性「…」`. */
function quotedLabel(text: string, from: number): Label | null {
  const limit = Math.min(text.length, from + MAX_LABEL_CHARS + 1);
  for (let i = from; i < limit; i++) {
    const ch = text[i] ?? '';
    if (ch === '「' || ch === '“' || ch === '"') {
      const raw = text.slice(from, i).trim();
      return raw === '' ? null : { raw, end: i };
    }
    if (!isCaselessLetter(ch) && ch !== ' ' && ch !== '・' && ch !== '/') return null;
  }
  return null;
}

/** A cued bite's label: as {@link isPersonLabel}, but a quotation may follow (the bite). */
function isBiteLabel(text: string, label: Label, colon: boolean): boolean {
  if (colon && isPersonLabel(text, label)) return true;
  const name = label.raw.split('/')[0]?.trim() ?? '';
  if (name === '' || name.length > MAX_LABEL_CHARS || FIELD_LABELS.has(name)) return false;
  const rest = text.slice(label.end);
  return rest.length >= MIN_SPEECH_CHARS && OPENING_QUOTES.includes(rest[0] ?? '');
}

/** A label that can be a person: not a field, not a reporting clause, speech after it. */
function isPersonLabel(text: string, label: Label): boolean {
  // (A party in brackets after the name is not counted: `גלעד קריב (העבודה)`.)
  const name = (label.raw.split('/')[0] ?? '').replace(/ \([^()]*\)$/u, '').trim();
  if (name === '' || name.length > MAX_LABEL_CHARS || FIELD_LABELS.has(name)) return false;
  // A bill's name before its colon (`הצעת חוק יסוד: השפיטה`) is no one's.
  if (name.startsWith('הצעת ')) return false;
  if (SAYING_ENDINGS.some((w) => name.endsWith(w))) return false;
  if (SAYING_STARTS.some((w) => name === w || name.startsWith(`${w} `))) return false;
  const rest = text.slice(label.end);
  // A Knesset protocol's name alone on its paragraph, its speech the next (a Word export's).
  if (rest === '' && text.endsWith(':') && isHebrewCode(name.charCodeAt(0))) return true;
  if (OPENING_QUOTES.includes(rest[0] ?? '')) return false;
  return rest.length >= MIN_SPEECH_CHARS || SHORT_SPEECH_END.test(rest);
}

/** The tag of a label `NAME`, `NAME / TITLE` or `NAME (TITLE)`. */
function labelTag(raw: string, delivery: string | null): Tag {
  const slash = raw.indexOf('/');
  const open = slash === -1 && raw.endsWith(')') ? raw.indexOf('(') : -1;
  const cut = slash === -1 ? open : slash;
  let name = (cut <= 0 ? raw : raw.slice(0, cut)).trim();
  let title = cut <= 0 ? null : raw.slice(cut + 1, open > 0 ? -1 : undefined).trim() || null;
  const office = isHebrewCode(name.charCodeAt(0)) ? HEBREW_OFFICE.exec(name) : null;
  if (office !== null && title === null) {
    title = office[0].trim();
    name = name.slice(office[0].length);
  }
  // Chinese and Japanese write no space inside a name: `北京市民 张先生` is who, then the name.
  const space = name.lastIndexOf(' ');
  if (title === null && space > 0 && isHanOrKanaCode(name.charCodeAt(0))) {
    title = name.slice(0, space).trim();
    name = name.slice(space + 1);
  }
  return { ...BLANK_TAG, raw, name, title, delivery };
}

/** The longest person designation read after a script's cue. */
const MAX_DESIGNATION_CHARS = 80;

/**
 * The person a script's cue names in a script without capitals (Hindi `बाइट: राकेश शर्मा,
 * निवासी`, Urdu `بائٹ: محمد علی، شہری`): the name, then after a comma or a slash who they are. Null
 * for a text that opens with no such letter, or holds a sentence's end.
 */
export function caselessPersonTag(text: string): Tag | null {
  const raw = text.trim();
  if (raw.length > MAX_DESIGNATION_CHARS || !isCaselessLetter(raw[0] ?? '')) return null;
  if (/[.!?。।۔؟"“”«»]/u.test(raw)) return null;
  const comma = raw.search(/[,،]/u);
  if (comma <= 0) return labelTag(raw, null);
  const name = raw.slice(0, comma).trim();
  const title = raw.slice(comma + 1).trim() || null;
  return { ...BLANK_TAG, raw, name, title };
}

/**
 * Who the cue's line names when the bite's words are on the lines under it (`【同期声】市长 露丝·奥卡福`
 * / `我们三点…`): the rest of the cue's line, short and no sentence; or null.
 */
function cueLineLabel(text: string, from: number, firstLine: string | null): Label | null {
  if (firstLine === null || !text.startsWith(firstLine)) return null;
  const raw = text.slice(from, firstLine.length).trim();
  if (raw === '' || raw.length > MAX_LABEL_CHARS || /[。！？!?：:「」“”]/u.test(raw)) return null;
  return text.length - firstLine.length >= MIN_SPEECH_CHARS ? { raw, end: firstLine.length } : null;
}

/** A cued bite's speaker: `[인터뷰] 박지현 / 서울 마포구 : …`, or null. */
function biteTag(text: string, firstLine: string | null = null): TagMatch | null {
  const close = text[0] === '[' ? text.indexOf(']') : text[0] === '【' ? text.indexOf('】') : -1;
  if (close === -1 || !BITE_CUES.has(text.slice(0, close + 1))) return null;
  let from = close + 1;
  while (text[from] === ' ') from++;
  const colon = caselessLabel(text, from);
  // After the cue, the quotation is the bite's (`【インタビュー】住民：「…」`), and the speaker may be
  // described on the cue's line with the quotation on the next (`【インタビュー】住民` / `「…」`),
  // or with the words, unquoted, on the lines under it (`【同期声】市长 露丝·奥卡福` / `我们…`).
  const quoted = colon ?? quotedLabel(text, from);
  const under = quoted === null ? cueLineLabel(text, from, firstLine) : null;
  const label = quoted ?? under;
  if (label === null || (under === null && !isBiteLabel(text, label, colon !== null))) return null;
  // The cue stays in the tag as written (`[인터뷰] 박지현 / 서울 마포구`): reported, never dropped.
  const tag = { ...labelTag(label.raw, 'sot'), raw: `${text.slice(0, close + 1)} ${label.raw}` };
  return { tag, rest: text.slice(label.end).trim(), end: label.end };
}

/**
 * Paragraphs opened by a speaker's label in a script without capitals → their tags. `tagged` says
 * whether an earlier reader found a tag in the paragraph already (those are left as they are,
 * but count as turns).
 */
export function caselessTags(
  children: readonly RootContent[],
  tagged: (node: Paragraph) => boolean,
): Map<Paragraph, TagMatch> {
  const found = new Map<Paragraph, TagMatch>();
  const candidates: [Paragraph, Label][] = [];
  const questions: [Paragraph, number][] = [];
  const records: [Paragraph, TagMatch][] = [];
  const counts = new Map<string, number>();
  let otherTurns = 0;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    const text = node.value;
    // Cheap gate: the first character is of a script without capitals, or a cue's bracket.
    const first = text[0] ?? '';
    if (first === '[' || first === '【') {
      const lines = node.segments.length > 1 ? (node.segments[0]?.text.trim() ?? null) : null;
      const bite = biteTag(text, lines);
      if (bite) found.set(node, bite);
      continue;
    }
    if (first === '○' || first === '◯') {
      const record = recordTag(text, node.segments[0]?.raw.trimStart() ?? text);
      if (record) records.push([node, record]);
      continue;
    }
    const dashes = questionDashes(text);
    if (dashes > 0) {
      questions.push([node, dashes]);
      continue;
    }
    if (!isCaselessLetter(first)) continue;
    if (tagged(node)) {
      otherTurns++;
      continue;
    }
    const label = caselessLabel(text, 0, node.segments[0]?.raw.trimStart() ?? text);
    if (label === null) continue;
    // A member named with an honorific (a person's label, however long) makes the record's
    // labels turns, used once or more.
    if (HINDI_HONORIFICS.test(label.raw) || THAI_HONORIFICS.test(label.raw)) otherTurns += 2;
    else if (!isPersonLabel(text, label)) continue;
    candidates.push([node, label]);
    counts.set(label.raw, (counts.get(label.raw) ?? 0) + 1);
  }
  // Turns: one label opens two paragraphs or more and somebody else speaks too (another label or
  // a role's tag), or roles take two turns or more (`主持人：` … `记者：`, then a guest's `王毅：`
  // once). Then every label of the transcript is a speaker's.
  // A parliament's record: every speech opens with a circle (two or more).
  if (records.length >= 2) {
    otherTurns += records.length;
    for (const [node, match] of records) found.set(node, match);
  }
  // A Japanese interview's questions, each after a double dash (`――今回の受賞について…`): the
  // interviewer's, when there are two or more.
  if (questions.length >= 2) {
    otherTurns += questions.length;
    for (const [node, dashes] of questions) {
      const rest = node.value.slice(dashes).trim();
      const raw = node.value.slice(0, dashes);
      found.set(node, {
        tag: { ...labelTag(raw, null), name: null, role: 'interviewer' },
        rest,
        end: dashes,
      });
    }
  }
  const repeated = [...counts.values()].some((n) => n >= 2);
  const turns = (repeated && (counts.size >= 2 || otherTurns > 0)) || otherTurns >= 2;
  if (!turns) return found;
  for (const [node, label] of candidates) {
    const end = label.end;
    found.set(node, { tag: labelTag(label.raw, null), rest: node.value.slice(end).trim(), end });
  }
  return found;
}
