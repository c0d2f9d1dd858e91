/**
 * Round 9 leftovers: slugs of stories in Hebrew and Arabic-script languages (Arabic, Persian,
 * Urdu), and short timed paragraphs (Otter's export with times and no names, a podcast app's
 * transcript copied as text) told from a copied caption panel.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { makeSlug } from '../../src/core/slug.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

/** The document the API makes of a pasted text. */
function fromInput(input: string): ScriptDocument {
  return prepare(input, optionsSchema().parse({}), detectInputFormat(input));
}

const anchors = (doc: ScriptDocument) =>
  doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => [m.line, m.actual]);
const panelStamps = (doc: ScriptDocument) =>
  doc.messages.filter((m) => m.ruleId === 'panel-timestamps').map((m) => m.actual);

const ARABIC =
  'ناقش مجلس النواب اليوم مشروع الموازنة العامة للدولة للعام المقبل وسط خلافات حادة بين الكتل النيابية.\n\nوقال رئيس لجنة المالية إن الموازنة تركز على دعم قطاعي الصحة والتعليم.\n';
const HEBREW =
  'הכנסת אישרה הלילה בקריאה ראשונה את תקציב המדינה לשנה הבאה לאחר דיון סוער במליאה.\n\nשר האוצר אמר כי התקציב מתמקד בבריאות ובחינוך.\n';
const URDU =
  'قومی اسمبلی نے آج آئندہ مالی سال کے بجٹ پر بحث شروع کی جس میں حکومت اور حزب اختلاف کے درمیان شدید اختلافات سامنے آئے۔';
const PERSIAN =
  'مجلس شورای اسلامی امروز بررسی لایحه بودجه سال آینده را آغاز کرد و نمایندگان درباره اولویت‌های هزینه‌ای بحث کردند.';

describe('slugs of stories in Hebrew and Arabic letters (no rule romanizes unvowelled words)', () => {
  it('no Latin word and no date: the language and the content’s key, one per story', () => {
    const ar = fromInput(ARABIC);
    expect(ar.language).toBe('ar');
    expect(ar.slug).toMatch(/^AR-[0-9A-F]{6}$/);
    expect(fromInput(ARABIC).slug).toBe(ar.slug);
    expect(fromInput(ARABIC.replace('الصحة', 'الزراعة')).slug).not.toBe(ar.slug);
    const he = fromInput(HEBREW);
    expect(he.slug).toMatch(/^HE-[0-9A-F]{6}$/);
    // Urdu and Persian take the code of the language they are given as.
    expect(makeSlug(null, [{ text: URDU }], [], 'ur')).toMatch(/^UR-[0-9A-F]{6}$/);
    expect(makeSlug(null, [{ text: PERSIAN }], [], 'fa')).toMatch(/^FA-[0-9A-F]{6}$/);
    expect(makeSlug(null, [{ text: URDU }], [], 'ur')).not.toBe(
      makeSlug(null, [{ text: PERSIAN }], [], 'ur'),
    );
  });

  it('a Latin word the story contains first', () => {
    expect(
      fromInput(
        'ناقش مجلس النواب مشروع الموازنة بعد تقرير صندوق النقد الدولي IMF حول العجز.\n\nوقال رئيس اللجنة إن توصيات IMF ستؤخذ بعين الاعتبار.\n',
      ).slug,
    ).toBe('IMF');
    expect(fromInput('שר החוץ נפגש היום עם מזכ"ל NATO בבריסל.\n\nהפגישה עסקה בסיוע.\n').slug).toBe(
      'NATO',
    );
  });

  it('else the story’s date, day first as both write it, in any of their digits', () => {
    expect(fromInput(`القاهرة ٦/٥/٢٠٢٤\n\n${ARABIC}`).slug).toBe('20240506');
    expect(fromInput(`ירושלים 6.5.2024\n\n${HEBREW}`).slug).toBe('20240506');
    expect(makeSlug(null, [{ text: `2024-05-06 ${ARABIC}` }], [], 'ar')).toBe('20240506');
    expect(makeSlug(null, [{ text: `تهران ۱۴۰۳/۰۲/۱۷ ${PERSIAN}` }], [], 'fa')).toBe('14030217');
    // The title's date before the text's; a page's dateline note when neither has one.
    expect(makeSlug('الموازنة 1/2/2025', [{ text: `6/5/2024 ${ARABIC}` }], [], 'ar')).toBe(
      '20250201',
    );
    expect(makeSlug(null, [{ text: HEBREW }], [], 'he', [{ text: '12.03.2024 11:00' }])).toBe(
      '20240312',
    );
  });

  it('BAD: no date where the digits are none; Chinese dates and Latin slugs unchanged', () => {
    expect(makeSlug(null, [{ text: `35/13/2024 ${ARABIC}` }], [], 'ar')).toMatch(/^AR-/);
    // Chinese writes no day-first date: `6/5/2024` is not one there.
    expect(makeSlug('国务院常务会议', [{ text: '6/5/2024 会议指出。' }], [], 'zh')).toMatch(
      /^ZH-[0-9A-F]{6}$/,
    );
    expect(makeSlug('2024年5月6日外交部发言人', [{ text: '毛宁。' }], [], 'zh')).toBe('20240506');
    expect(makeSlug('Good morning', [{ text: 'Thank you.' }])).toBe('UNTITLED');
    expect(
      fromInput('Kuril Islands dispute\n\nThe Kuril Islands are disputed. Kuril.\n').slug,
    ).toBe('KURIL-ISLANDS');
  });
});

/** Otter's export with times and no names: a time alone over each paragraph, a blank line after. */
const OTTER =
  '0:00\nGood evening, and welcome to the council meeting.\n\n0:04\nThank you for having me here tonight.\n\n0:09\nLet’s start with the budget for the library.\n\n0:15\nThe library needs a new roof this year.\n\n0:21\nHow much will that cost the town?\n\n0:26\nAbout two hundred thousand dollars.\n';

describe('Otter’s export with times only: short paragraphs keep their times', () => {
  it('each paragraph a block, its time an anchor, none left out as a panel’s', () => {
    const doc = fromInput(OTTER);
    expect(doc.blocks.map((b) => [b.line, b.type, b.text])).toEqual([
      [1, 'narration', 'Good evening, and welcome to the council meeting.'],
      [4, 'narration', 'Thank you for having me here tonight.'],
      [7, 'narration', 'Let’s start with the budget for the library.'],
      [10, 'narration', 'The library needs a new roof this year.'],
      [13, 'narration', 'How much will that cost the town?'],
      [16, 'narration', 'About two hundred thousand dollars.'],
    ]);
    expect(anchors(doc)).toEqual([
      [1, '0:00'],
      [4, '0:04'],
      [7, '0:09'],
      [10, '0:15'],
      [13, '0:21'],
      [16, '0:26'],
    ]);
    expect(panelStamps(doc)).toEqual([]);
  });

  it('a run of short paragraphs between long ones is not read as a panel', () => {
    const long =
      'The library has asked for money for three years running, and each time the council has said the roof could wait another winter.';
    const doc = fromInput(
      `0:00\n${long}\n\n0:12\nThat was a mistake.\n\n0:15\nThe roof leaked in March.\n\n0:19\nBooks were lost.\n\n0:22\nNow it must be fixed.\n\n0:26\nThe works will start in the spring, the council said, and the branch will close for six weeks while the roofers are on site.\n`,
    );
    expect(doc.blocks).toHaveLength(6);
    expect(anchors(doc)).toHaveLength(6);
  });

  it('BAD: a caption panel copied with blank lines, captions a few seconds apart, stays one', () => {
    const doc = fromInput(
      "0:00\nwelcome to the Thursday briefing I'm\n\n0:03\nhere with our health correspondent\n\n0:05\nand we're talking about the new\n\n0:08\nvaccine clinic at the library\n",
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
    expect(panelStamps(doc)).toEqual(['0:00 0:03 0:05 0:08']);
    expect(anchors(doc)).toEqual([]);
  });

  it('BAD: a panel of edited captions (capitals, a few full stops) stays one', () => {
    const doc = fromInput(
      '0:00\nGood evening and welcome to\n\n0:02\nthe programme.\n\n0:04\nTonight the council voted to\n\n0:07\nclose the Harbour Bridge.\n\n0:09\nResidents say they were not\n\n0:11\nconsulted.\n',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
    expect(panelStamps(doc)).toHaveLength(1);
  });

  it('BAD: an agenda’s round times over short items stay in the text', () => {
    const doc = fromInput(
      '10:30\nThe council opens.\n\n11:00\nThe budget vote.\n\n11:30\nQuestions from the public.\n',
    );
    expect(anchors(doc)).toEqual([]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('10:30');
  });
});

/** A podcast app's transcript (Spotify's) copied as text: a time over a sentence or two, no blank lines. */
const SPOTIFY =
  '0:00\nWelcome back to The Harbour Report. I’m Dana Whitfield.\n0:05\nToday we’re looking at why the ferry to Carrow Island stopped running in March.\n0:12\nIt’s a story about money, weather and a boat that is forty years old.\n0:19\nWe spoke to the people who depend on it every day.\n0:25\nSome of them have not left the island in six weeks.\n';

describe('a podcast app’s transcript copied as text: a time over each sentence or two', () => {
  it('each time opens its paragraph and is its anchor', () => {
    const doc = fromInput(SPOTIFY);
    expect(doc.blocks.map((b) => [b.line, b.text.slice(0, 20)])).toEqual([
      [1, 'Welcome back to The '],
      [3, 'Today we’re looking '],
      [5, 'It’s a story about m'],
      [7, 'We spoke to the peop'],
      [9, 'Some of them have no'],
    ]);
    expect(anchors(doc).map(([, time]) => time)).toEqual(['0:00', '0:05', '0:12', '0:19', '0:25']);
    expect(panelStamps(doc)).toEqual([]);
  });

  it('a paragraph over two lines under its time stays one paragraph (no chapter title)', () => {
    const doc = fromInput(
      '0:00\nWelcome back to The Harbour Report.\nI’m Dana Whitfield.\n0:05\nToday we look at the ferry.\n0:12\nIt stopped running in March.\n0:19\nThe boat is forty years old.\n',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Welcome back to The Harbour Report. I’m Dana Whitfield.',
      'Today we look at the ferry.',
      'It stopped running in March.',
      'The boat is forty years old.',
    ]);
    expect(doc.blocks.map((b) => b.type)).not.toContain('headline');
  });

  it('longer paragraphs (over a caption’s length) too; from mid-episode off round seconds', () => {
    const doc = fromInput(
      '12:41\nThe operator told us the engines failed an inspection in February, and that it had warned the council two years ago.\n12:53\nThe council says a replacement boat will cost twelve million pounds.\n13:02\nIt has applied for money from the government.\n13:09\nA decision is expected in the summer.\n',
    );
    expect(doc.blocks).toHaveLength(4);
    expect(anchors(doc).map(([, time]) => time)).toEqual(['12:41', '12:53', '13:02', '13:09']);
  });

  it('BAD: YouTube’s panel copied as text, captions of running words, stays one', () => {
    const doc = fromInput(
      "0:00\nhi everyone and welcome back to the\n0:03\nchannel today we're looking at the new\n0:06\ntram line that opened on Monday\n0:09\nand the first thing you notice is\n0:12\nhow quiet it is.\n",
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
    expect(panelStamps(doc)).toEqual(['0:00 0:03 0:06 0:09 0:12']);
    expect(anchors(doc)).toEqual([]);
  });

  it('BAD: a mid-video panel of edited captions stays one', () => {
    const doc = fromInput(
      '12:41\nSo the council has now confirmed\n12:44\nthat the bridge will close.\n12:47\nResidents were told on Friday\n12:49\nand many of them are angry.\n',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
    expect(panelStamps(doc)).toHaveLength(1);
  });
});

/** A time as a player prints it: `m:ss`, `h:mm:ss` past the hour. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

describe('timed paragraphs of whole sentences: tolerance and growth', () => {
  const copy = (n: number, fragmentEvery: number) => {
    let out = '';
    for (let i = 0; i < n; i++)
      out += `${clock(i * 6)}\n${i % fragmentEvery === fragmentEvery - 1 ? 'and then the' : `The ferry sailed on day ${i + 1}.`}\n`;
    return out;
  };

  it('one paragraph in twelve not a whole sentence still leaves every time an anchor', () => {
    const doc = fromInput(copy(24, 12));
    expect(doc.blocks).toHaveLength(24);
    expect(anchors(doc)).toHaveLength(24);
  });

  it('BAD: one in three pieces of sentences is a caption panel', () => {
    const doc = fromInput(copy(24, 3));
    expect(doc.blocks).toHaveLength(1);
    expect(panelStamps(doc)).toHaveLength(1);
  });

  it('linear in the input, paragraphs and panels alike', () => {
    expect(doublingRatio((n) => copy(n, 100), fromInput, 400)).toBeLessThan(LINEAR_BOUND);
    expect(doublingRatio((n) => copy(n, 2), fromInput, 400)).toBeLessThan(LINEAR_BOUND);
  });
});
