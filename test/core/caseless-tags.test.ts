/**
 * Speaker tags in scripts without capitals: Chinese and Japanese (full-width colon), Korean news
 * transcripts (`[앵커]`, `[기자]`, a cued bite's `이름 / 소속 :`), Arabic and Hebrew. A Latin tag
 * is told by its capitals; these are told by role words, and a person's label by the transcript
 * using it again while somebody else speaks. Prose with a colon stays prose.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';

const run = (text: string): ScriptDocument => formatTranscript(text);

/** Each block as `speaker | text` (speaker `-` for none). */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) => `${b.speaker === null ? '-' : names.get(b.speaker)} | ${b.text}`);
}

describe('role words of scripts without capitals', () => {
  it.each([
    ['主持人：各位观众晚上好。', 'host', '各位观众晚上好。'],
    ['记者：请问发言人，中方对此有何评论？', 'reporter', '请问发言人，中方对此有何评论？'],
    ['问：你们什么时候出发？', 'reporter', '你们什么时候出发？'],
    ['キャスター：こんばんは。七時のニュースです。', 'anchor', 'こんばんは。七時のニュースです。'],
    ['앵커: 안녕하십니까.', 'anchor', '안녕하십니까.'],
    ['المذيع: مساء الخير.', 'anchor', 'مساء الخير.'],
    ['מגיש: ערב טוב.', 'host', 'ערב טוב.'],
    ['مجری: عصر بخیر.', 'host', 'عصر بخیر.'],
    ['نامہ نگار: آج پارلیمنٹ کا اجلاس ہوا۔', 'correspondent', 'آج پارلیمنٹ کا اجلاس ہوا۔'],
    ['প্রতিবেদক: আজ সংসদের অধিবেশন বসেছে।', 'reporter', 'আজ সংসদের অধিবেশন বসেছে।'],
    ['[앵커]', 'anchor', ''],
    ['[기자] 정부는 오늘 예산안을 의결했습니다.', 'reporter', '정부는 오늘 예산안을 의결했습니다.'],
    ['◀ 앵커 ▶', 'anchor', ''],
    ['【解说】今天上午，会议在北京举行。', 'narrator', '今天上午，会议在北京举行。'],
    ['发言人：是的，我们希望市民理解和支持。', 'spokesperson', '是的，我们希望市民理解和支持。'],
    ['知事：はい、来年の春に着工する予定です。', 'governor', 'はい、来年の春に着工する予定です。'],
    ['市長：ご質問ありがとうございます。', 'mayor', 'ご質問ありがとうございます。'],
    ['대변인: 정부의 입장은 변함이 없습니다.', 'spokesperson', '정부의 입장은 변함이 없습니다.'],
  ])('%s is a %s', (line, role, rest) => {
    const match = parseTag(line);
    expect(match?.tag.role).toBe(role);
    expect(match?.rest).toBe(rest);
  });

  it('an agency before the role word is its title; a Korean name before it is the name', () => {
    const agency = parseTag('法新社记者：据报道，会谈将于下周举行。');
    expect(agency?.tag).toMatchObject({ role: 'reporter', title: '法新社', name: null });
    const named = parseTag('김민수 기자: 정부는 오늘 예산안을 의결했습니다.');
    expect(named?.tag).toMatchObject({ role: 'reporter', name: '김민수' });
  });

  it.each([
    ['他说：“我们会继续努力。”'],
    ['[웃음]'],
    ['[ANCHOR]'],
    ['编辑：张三'],
    ['结论：这项政策需要更多时间。'],
  ])('%s is no role tag', (line) => {
    const match = parseTag(line);
    expect(match?.tag.role ?? null).toBeNull();
  });
});

describe('people named by their label in a transcript', () => {
  it('a Chinese press conference: the spokesperson by name, reporters by agency', () => {
    const doc = run(
      [
        '外交部发言人毛宁主持例行记者会',
        '',
        '毛宁：各位记者朋友，下午好。今天我没有要发布的消息。',
        '',
        '法新社记者：据报道，有关方面将于下周举行会谈。中方对此有何评论？',
        '',
        '毛宁：我们注意到有关报道。中方一贯主张通过对话协商解决分歧。',
        '',
        '彭博社记者：中方是否会派代表出席？',
        '',
        '毛宁：关于你提到的具体问题，我目前没有可以提供的信息。',
      ].join('\n'),
    );
    expect(doc.title).toBe('外交部发言人毛宁主持例行记者会');
    expect(turns(doc).slice(1)).toEqual([
      '毛宁 | 各位记者朋友，下午好。今天我没有要发布的消息。',
      'reporter | 据报道，有关方面将于下周举行会谈。中方对此有何评论？',
      '毛宁 | 我们注意到有关报道。中方一贯主张通过对话协商解决分歧。',
      'reporter | 中方是否会派代表出席？',
      '毛宁 | 关于你提到的具体问题，我目前没有可以提供的信息。',
    ]);
  });

  it('two people taking turns in Arabic, each named by the label', () => {
    const doc = run(
      [
        'أحمد خالد: مساء الخير، ومعنا اليوم وزير الاقتصاد للحديث عن الموازنة.',
        '',
        'سامي يوسف: شكراً لك. الموازنة الجديدة تركز على دعم الأسر.',
        '',
        'أحمد خالد: وما هو حجم العجز المتوقع هذا العام؟',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      'أحمد خالد | مساء الخير، ومعنا اليوم وزير الاقتصاد للحديث عن الموازنة.',
      'سامي يوسف | شكراً لك. الموازنة الجديدة تركز على دعم الأسر.',
      'أحمد خالد | وما هو حجم العجز المتوقع هذا العام؟',
    ]);
  });

  it('a Korean news transcript: anchor, reporter, and the cued bite of a named citizen', () => {
    const doc = run(
      [
        '[앵커]',
        '정부가 오늘 내년도 예산안을 발표했습니다.',
        '',
        '[기자]',
        '정부는 오늘 오전 국무회의에서 내년도 예산안을 의결했습니다.',
        '',
        '[인터뷰]',
        '박지현 / 서울 마포구 : 물가가 너무 올라서 생활이 어렵습니다.',
        '',
        '[기자]',
        '정부는 이번 예산안을 다음 달 국회에 제출할 계획입니다.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      'anchor | 정부가 오늘 내년도 예산안을 발표했습니다.',
      'reporter | 정부는 오늘 오전 국무회의에서 내년도 예산안을 의결했습니다.',
      '박지현 | 물가가 너무 올라서 생활이 어렵습니다.',
      'reporter | 정부는 이번 예산안을 다음 달 국회에 제출할 계획입니다.',
    ]);
    const citizen = doc.speakers.find((s) => s.name === '박지현');
    expect(citizen?.title).toBe('서울 마포구');
  });

  it('prose with a colon, once or as a quotation, names nobody', () => {
    const doc = run(
      [
        '会议指出：今年经济运行总体平稳，主要指标符合预期。',
        '',
        '他说：“我们会继续努力，确保目标实现。”',
        '',
        '他说：“明年的任务更加艰巨。”',
        '',
        '编辑：张三',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.every((b) => b.speaker === null)).toBe(true);
  });

  it('one label alone, with nobody else speaking, is not read as a speaker', () => {
    const doc = run(
      [
        '背景：该项目于去年启动，目前已进入第二阶段。',
        '',
        '背景：项目总投资约为五十亿元人民币。',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('a Japanese news script: the bracketed programme title, a vox pop by what they are', () => {
    const doc = run(
      [
        '【ニュース７】台風10号 九州に接近',
        '',
        'キャスター：台風10号は、今夜遅くにも九州南部に接近する見込みです。',
        '',
        '記者：鹿児島市内です。午後から雨と風が強まっています。',
        '',
        '住民：こんなに強い風は初めてです。早めに避難しようと思います。',
        '',
        'キャスター：現地から中継でお伝えしました。',
      ].join('\n'),
    );
    expect(doc.title).toBe('【ニュース７】台風10号 九州に接近');
    // The slug is ASCII: the title's katakana (`ニュース`, news) and kanji leave no topic word,
    // never its digit alone; the language and the content's key name the story instead.
    expect(doc.slug).toMatch(/^JA-[0-9A-F]{6}$/);
    expect(turns(doc).slice(1)).toEqual([
      'anchor | 台風10号は、今夜遅くにも九州南部に接近する見込みです。',
      'reporter | 鹿児島市内です。午後から雨と風が強まっています。',
      '住民 | こんなに強い風は初めてです。早めに避難しようと思います。',
      'anchor | 現地から中継でお伝えしました。',
    ]);
  });

  it('a guest named once, between role turns, is a speaker; a section label is not', () => {
    const doc = run(
      [
        '主持人：欢迎收看今天的访谈节目，我们请到了经济学家。',
        '',
        '王建国：谢谢主持人，很高兴来到这里。',
        '',
        '主持人：您怎么看今年的经济形势？',
        '',
        '背景：今年前三季度国内生产总值同比增长百分之五。',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      'host | 欢迎收看今天的访谈节目，我们请到了经济学家。',
      '王建国 | 谢谢主持人，很高兴来到这里。',
      'host | 您怎么看今年的经济形势？',
      // Not a tag: the words stay in the host's turn, `背景：` and all.
      'host | 背景：今年前三季度国内生产总值同比增长百分之五。',
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['host', '王建国']);
  });

  it('Arabic reported speech (`وقال الوزير:`) is no tag, even twice', () => {
    const doc = run(
      [
        'وقال الوزير: إن الحكومة ستواصل دعم القطاع الزراعي.',
        '',
        'المذيع: شكراً. ننتقل إلى موضوع آخر.',
        '',
        'وقال الوزير: إن الموازنة ستعرض على البرلمان الشهر المقبل.',
      ].join('\n'),
    );
    expect(doc.speakers.map((s) => s.role ?? s.name)).toEqual(['anchor']);
  });
});

describe('a Japanese magazine interview', () => {
  const interview = [
    '受賞者インタビュー 山田太郎さん',
    '',
    '――今回の受賞について、率直な感想を教えてください。',
    '',
    '山田\u3000ありがとうございます。正直、とても驚いています。',
    '',
    '――受賞の知らせはどこで聞きましたか？',
    '',
    '山田\u3000自宅で家族と一緒にいるときでした。本当にうれしかったです。',
  ].join('\n');

  it('questions after a double dash are the interviewer’s; the name before an ideographic space answers', () => {
    const doc = run(interview);
    expect(doc.title).toBe('受賞者インタビュー 山田太郎さん');
    expect(turns(doc).slice(1)).toEqual([
      'interviewer | 今回の受賞について、率直な感想を教えてください。',
      '山田 | ありがとうございます。正直、とても驚いています。',
      'interviewer | 受賞の知らせはどこで聞きましたか？',
      '山田 | 自宅で家族と一緒にいるときでした。本当にうれしかったです。',
    ]);
  });

  it('one dash-led paragraph, or a name before a plain space, is no tag', () => {
    const doc = run(
      '――それは長い一日だった。朝から雨が降り続いていた。\n\n山田 さんは駅まで歩いて向かった。\n\n山田 さんは電車に乗った。',
    );
    expect(doc.speakers).toEqual([]);
  });
});

describe('a Chinese TV script', () => {
  it('the lead, the narration, a cued bite with who and the name, and a sound cue', () => {
    const doc = run(
      [
        '【导语】',
        '今天上午，北京迎来今年第一场降雪。',
        '',
        '【解说】',
        '雪后的故宫银装素裹，吸引了大批游客前来拍照。',
        '',
        '【同期】北京市民 张先生：',
        '下雪了特别高兴，专门带孩子过来看看。',
        '',
        '【现场声】',
        '',
        '【解说】',
        '气象部门提醒，雪天路滑，市民出行注意安全。',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      'anchor | 今天上午，北京迎来今年第一场降雪。',
      'narrator | 雪后的故宫银装素裹，吸引了大批游客前来拍照。',
      '张先生 | 下雪了特别高兴，专门带孩子过来看看。',
      '- | 现场声',
      'narrator | 气象部门提醒，雪天路滑，市民出行注意安全。',
    ]);
    expect(doc.blocks[3]?.type).toBe('direction');
    expect(doc.speakers.find((s) => s.name === '张先生')?.title).toBe('北京市民');
  });

  it('a bracketed line that is no cue stays text', () => {
    const doc = run('主持人：今天的节目到此结束。\n\n【谢谢收看】');
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe('parliament records opened with a circle', () => {
  it('the Japanese Diet: office and name with 君 in parentheses, or the name with 君', () => {
    const doc = run(
      [
        '○議長（額賀福志郎君）\u3000これより会議を開きます。',
        '',
        '○岸田文雄君\u3000ただいま議題となりました法律案について、その趣旨を説明いたします。',
        '',
        '○議長（額賀福志郎君）\u3000質疑の通告があります。順次これを許します。',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      '額賀福志郎 | これより会議を開きます。',
      '岸田文雄 | ただいま議題となりました法律案について、その趣旨を説明いたします。',
      '額賀福志郎 | 質疑の通告があります。順次これを許します。',
    ]);
    expect(doc.speakers.find((s) => s.name === '額賀福志郎')?.title).toBe('議長');
  });

  it('the Korean National Assembly: an office and a name in either order, then two spaces', () => {
    const doc = run(
      [
        '○위원장 김철수  의사일정 제1항을 상정합니다.',
        '',
        '○김영희 위원  장관께 질의하겠습니다. 예산이 충분합니까?',
        '',
        '○장관 박민호  네, 충분하다고 생각합니다.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      '김철수 | 의사일정 제1항을 상정합니다.',
      '김영희 | 장관께 질의하겠습니다. 예산이 충분합니까?',
      '박민호 | 네, 충분하다고 생각합니다.',
    ]);
    expect(doc.speakers.map((s) => s.title)).toEqual(['위원장', '위원', '장관']);
  });

  it('one circled paragraph, or a circle before a sentence, names nobody', () => {
    expect(run('○ 今日は晴れです。明日も晴れるでしょう。').speakers).toEqual([]);
    expect(
      run(
        '○ 회의 일정 안내  다음 주에 회의가 열립니다.\n\n○ 참고 사항  자료는 홈페이지에 있습니다.',
      ).speakers,
    ).toEqual([]);
  });
});

describe('titles written without spaces', () => {
  it('a one-line Chinese title is the headline, a date before it too', () => {
    const doc = run('2024年5月6日外交部例行记者会\n\n主持人：各位观众晚上好，欢迎收看。');
    expect(doc.title).toBe('2024年5月6日外交部例行记者会');
  });

  it('a date alone, or a line ending in a full stop, is no title', () => {
    expect(run('2024年5月6日\n\n主持人：各位观众晚上好，欢迎收看。').title).toBeNull();
    expect(run('今天北京天气晴朗。\n\n主持人：各位观众晚上好，欢迎收看。').title).toBeNull();
  });

  it('a Korean bite cue stays in the tag as written, not dropped', () => {
    const doc = run('[인터뷰]\n박지현 / 서울 마포구 : 물가가 너무 올라서 생활이 어렵습니다.');
    expect(doc.speakers[0]?.aliases).toEqual(['[인터뷰] 박지현 / 서울 마포구']);
    expect(doc.blocks.map((b) => b.text)).toEqual(['물가가 너무 올라서 생활이 어렵습니다.']);
  });
});

describe('lines of text written without spaces', () => {
  it('hard-wrapped Chinese lines join without a space; nothing is lost', () => {
    const doc = run('记者：今天上午，在北京举行的新闻\n发布会上，发言人介绍了有关情况。');
    expect(turns(doc)).toEqual([
      'reporter | 今天上午，在北京举行的新闻发布会上，发言人介绍了有关情况。',
    ]);
  });

  it('a tag line above its words in brackets or with a colon is still the tag', () => {
    const doc = run('【解说】\n今天上午，会议在北京举行。\n\n主持人：\n各位观众晚上好。');
    expect(turns(doc)).toEqual([
      'narrator | 今天上午，会议在北京举行。',
      'host | 各位观众晚上好。',
    ]);
  });

  it('lines of other scripts, or a Chinese line beside a Latin one, keep their space', () => {
    expect(run('ANCHOR: The council met\ntoday at noon.').blocks[0]?.text).toBe(
      'The council met today at noon.',
    );
    expect(run('主持人：欢迎收看 BBC\nNews 中文节目。').blocks[0]?.text).toBe(
      '欢迎收看 BBC News 中文节目。',
    );
    expect(run('앵커: 정부가 오늘\n예산안을 발표했습니다.').blocks[0]?.text).toBe(
      '정부가 오늘 예산안을 발표했습니다.',
    );
  });
});
