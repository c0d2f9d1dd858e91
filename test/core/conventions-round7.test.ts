/**
 * A seventh round of conventions: IRC chat logs, `NAME — text` speaker tags (and the wire
 * datelines of the same shape), parliamentary mastheads over a Hansard, the header of a sports
 * press conference and of a match report, and the slugs of Korean, Japanese and Chinese stories.
 * Each rule with counter-cases in ordinary prose or another convention that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { isParliamentMasthead } from '../../src/core/records.ts';
import { romanizeHangulKana } from '../../src/core/romanize.ts';
import { makeSlug } from '../../src/core/slug.ts';
import { ircLine } from '../../src/core/tags.ts';
import { format, rows } from './convention-rows.ts';

const rules = (doc: ScriptDocument, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);

describe('IRC logs: each nick is a speaker', () => {
  it('GOOD: a timed log (irssi): messages, an action, join and quit lines as notes', () => {
    const doc = format([
      '[12:01] *** jdoe has joined #newsroom',
      '[12:01] <jdoe> morning all, is the flood package ready?',
      '[12:02] <msmith> almost, waiting on the <b>mayor</b> quote',
      '[12:03] * jdoe waves',
      '[12:04] <msmith> the mayor said 300 homes were evacuated',
      '[12:05] *** msmith has quit (Quit: leaving)',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, '*** jdoe has'],
      ['speech', 'jdoe', 'morning all, is'],
      ['speech', 'msmith', 'almost, waiting on'],
      ['speech', 'jdoe', 'jdoe waves'],
      ['speech', 'msmith', 'the mayor said'],
      ['note', null, '*** msmith has'],
    ]);
    // The time of day is each message's anchor; the number is kept.
    expect(doc.blocks[1]?.timestampMs).toBe((12 * 60 + 1) * 60_000);
    expect(doc.blocks[4]?.text).toContain('300 homes');
    expect(rules(doc, 'chat-log')[0]?.line).toBe(1);
    // The markup in a message is removed and reported; the join and quit lines are reported.
    expect(rules(doc, 'html-tag').map((m) => m.line)).toEqual([3, 3]);
    const notes = rules(doc, 'page-furniture').map((m) => m.line);
    expect(notes).toEqual([1, 6]);
  });

  it('GOOD: an untimed log with modes (@, +), -!- events and HexChat’s “* nick has quit”', () => {
    const doc = format([
      '<@anna> desk, the council vote is at 3',
      '<+ben> copy. I will cover it',
      '* ben grabs a camera',
      '-!- carla [~carla@example.org] has joined #metro',
      '<carla> I can do the VO',
      '* carla has quit (Ping timeout)',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anna', 'desk, the council'],
      ['speech', 'ben', 'copy. I will'],
      ['speech', 'ben', 'ben grabs a'],
      ['note', null, '-!- carla [~carla@example.org]'],
      ['speech', 'carla', 'I can do'],
      ['note', null, 'carla has quit'],
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['anna', 'ben', 'carla']);
  });

  it('GOOD: a WeeChat log (date, time, tab, nick, tab): the tabs are no part of the words', () => {
    const doc = format([
      '2026-11-30 10:01:02\t-->\tpriya_k (~p@example.org) has joined #metro',
      '2026-11-30 10:01:05\t@dmorales\tmorning, gauge is at 4.3m',
      '2026-11-30 10:01:09\tpriya_k\tEOC says 140 homes',
      '2026-11-30 10:02:00\t *\tpriya_k checks the feed',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, '2026-11-30 10:01:02 -->'],
      ['speech', 'dmorales', 'morning, gauge is'],
      ['speech', 'priya_k', 'EOC says 140'],
      ['speech', 'priya_k', 'priya_k checks the'],
    ]);
    expect(doc.blocks[1]?.timestampMs).toBe((10 * 60 + 1) * 60_000 + 5000);
  });

  it('GOOD: HexChat’s month and day, irssi’s log lines, a 12-hour clock in brackets', () => {
    const doc = format([
      '--- Log opened Mon Nov 30 10:00:00 2026',
      'Nov 30 10:01:05 <dmorales>\tmorning, gauge is at 4.3m',
      'Nov 30 10:01:09 <priya_k>\tEOC says 140 homes',
      '--- Day changed Tue Dec 01 2026',
      '[12:03 PM] <jdoe> late lunch, back at 1',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, '--- Log opened'],
      ['speech', 'dmorales', 'morning, gauge is'],
      ['speech', 'priya_k', 'EOC says 140'],
      ['note', null, '--- Day changed'],
      ['speech', 'jdoe', 'late lunch, back'],
    ]);
    // 12:03 PM is 12:03 of the day, the 12-hour clock read as the 24-hour one it stands for.
    expect(doc.blocks[4]?.timestampMs).toBe((12 * 60 + 3) * 60_000);
  });

  it('the line grammar: messages, actions, events; markup and cues are no nicks', () => {
    expect(ircLine('[12:03:45] <jdoe> hi')).toMatchObject({ kind: 'message', nick: 'jdoe' });
    expect(ircLine('12:03 <jdoe> hi')?.ms).toBe((12 * 60 + 3) * 60_000);
    expect(ircLine('[12:03 AM] <jdoe> hi')?.ms).toBe(3 * 60_000);
    expect(ircLine('[1:03 pm] <jdoe> hi')?.ms).toBe((13 * 60 + 3) * 60_000);
    expect(ircLine('[13:03 PM] <jdoe> hi')).toBeNull();
    expect(ircLine('2026-11-30 09:15 <jdoe> hi')?.nick).toBe('jdoe');
    expect(ircLine('* jdoe waves')).toMatchObject({ kind: 'action', nick: 'jdoe' });
    expect(ircLine('--> jdoe (~j@host) has joined #news')?.kind).toBe('event');
    expect(ircLine('<-- jdoe has quit')?.kind).toBe('event');
    expect(ircLine('* jdoe is now known as jdoe_away')?.kind).toBe('event');
    expect(ircLine('[12:00] * Joins: jdoe (~j@host)')?.kind).toBe('event');
    expect(ircLine('-NickServ- This nickname is registered')?.kind).toBe('event');
    for (const line of [
      '<b> Key point</b> budget cut',
      '<p> The mayor spoke first.',
      '<v Jane Doe>Hello there.',
      '<SOT> MAYOR: We will rebuild.',
      '<VO> The river crested at noon.',
      '* * *',
      'The <jdoe> tag',
      '[25:61] <jdoe> hi',
    ])
      expect(ircLine(line), line).toBeNull();
  });

  it('COUNTER: HTML-ish text, a WebVTT voice span and script cues in angle brackets are no log', () => {
    for (const lines of [
      ['Notes from the call', '', '<p> The mayor spoke first.', '<p> Then the chief.'],
      ['Interview', '', '<v Jane Doe>Hello there.', '<v Bob>Hi Jane.'],
      ['FLOOD', '', '<SOT> The river crested at noon.', '<VO> Crews worked all night.'],
    ]) {
      const doc = format(lines);
      expect(rules(doc, 'chat-log'), lines[2]).toEqual([]);
      expect(doc.blocks.every((b) => b.type !== 'speech')).toBe(true);
    }
  });

  it('COUNTER: a bullet list (`* item`) and one quoted `<nick>` line stay what they were', () => {
    const list = format(['To do', '', '* Remember to file by 5', '* Check the spelling of Ortiz']);
    expect(rows(list).slice(1)).toEqual([
      ['narration', null, 'Remember to file'],
      ['narration', null, 'Check the spelling'],
    ]);
    expect(rules(list, 'list-marker').length).toBeGreaterThan(0);
    const one = format([
      'The chat log showed one line:',
      '',
      '<jdoe> we go at noon',
      '',
      'Nobody answered.',
    ]);
    expect(rules(one, 'chat-log')).toEqual([]);
    expect(one.speakers).toEqual([]);
  });
});

describe('`NAME — text` speaker tags, and datelines of the same shape', () => {
  it('GOOD: names in capitals and an em dash, turn after turn', () => {
    const doc = format([
      'The Long Road Back',
      '',
      'MARIA LOPEZ — When did you first know the season was over?',
      '',
      'JAMES CARTER — Honestly, the moment the knee went. I heard it.',
      '',
      'MARIA LOPEZ — And the surgery?',
      '',
      'JAMES CARTER — Nine months. I missed 40 games.',
    ]);
    expect(rows(doc)).toEqual([
      ['headline', null, 'The Long Road'],
      ['speech', 'Maria Lopez', 'When did you'],
      ['speech', 'James Carter', 'Honestly, the moment'],
      ['speech', 'Maria Lopez', 'And the surgery?'],
      ['speech', 'James Carter', 'Nine months. I'],
    ]);
    expect(doc.blocks[4]?.text).toBe('Nine months. I missed 40 games.');
    expect(rules(doc, 'dash-tag')[0]?.line).toBe(3);
  });

  it('GOOD: titled names and an en dash; a third voice heard once, later, is a tag too', () => {
    const doc = format([
      'Maria Lopez – When did you first know?',
      '',
      'James Carter – Honestly, the moment the knee went.',
      '',
      'Maria Lopez – And then?',
      '',
      'James Carter – Then surgery.',
      '',
      'COACH ORTIZ — I want to add one thing.',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual([
      'Maria Lopez',
      'James Carter',
      'Maria Lopez',
      'James Carter',
      'Coach Ortiz',
    ]);
  });

  it('GOOD: a dateline over a Q&A stays the prose it opens; Q and A are the turns', () => {
    const doc = format([
      'NEW YORK — The author of a new memoir sat down with us this week.',
      '',
      'Q — Why write it now?',
      '',
      'A — Because my mother asked me to.',
      '',
      'Q — Was it hard?',
      '',
      'A — Every page.',
    ]);
    expect(rows(doc)[0]).toEqual(['narration', null, 'NEW YORK —']);
    expect(doc.blocks[0]?.text).toBe(
      'NEW YORK — The author of a new memoir sat down with us this week.',
    );
    expect(
      rows(doc)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.speakers.map((s) => s.role)).toEqual(['reporter', expect.any(String)]);
  });

  it('GOOD: the full name first, the surname after (`JAMES CARTER —`, then `CARTER —`)', () => {
    const doc = format([
      'JAMES CARTER — I heard it go.',
      '',
      'MARIA LOPEZ — And then?',
      '',
      'CARTER — Surgery.',
      '',
      'LOPEZ — How long?',
      '',
      'CARTER — Nine months.',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual([
      'James Carter',
      'Maria Lopez',
      'James Carter',
      'Maria Lopez',
      'James Carter',
    ]);
  });

  it('COUNTER: a live page’s entries under their cities (`KYIV —` twice, `MOSCOW —`)', () => {
    const doc = format([
      'Live: war updates',
      '',
      'KYIV — Sirens sounded at dawn.',
      '',
      'KYIV — Power was cut in two districts.',
      '',
      'MOSCOW — The ministry said drones were downed.',
    ]);
    expect(doc.speakers).toEqual([]);
    expect(
      rows(doc)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['narration', 'narration', 'narration']);
  });

  it('GOOD: roles and another language (`PERIODISTA — ¿…?`, `MINISTRA — …`)', () => {
    const doc = format([
      'PERIODISTA — ¿Cuándo llegará la ayuda?',
      '',
      'MINISTRA — Mañana a primera hora.',
      '',
      'PERIODISTA — ¿Y los fondos?',
      '',
      'MINISTRA — Están aprobados.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.blocks[0]?.text).toBe('¿Cuándo llegará la ayuda?');
  });

  it('COUNTER: a rundown’s cues and a list of notes are no speakers', () => {
    for (const lines of [
      [
        'VO — River footage from the bridge at dawn.',
        '',
        'SOT — Mayor says the shelters are open.',
        '',
        'VO — Crews sandbagging on Main Street.',
        '',
        'SOT — Fire chief on the rescues.',
      ],
      ['Pros — cheap, fast.', '', 'Cons — fragile.', '', 'Pros — easy to fix.', '', 'Cons — slow.'],
      [
        'June 3 — The dam was inspected.',
        '',
        'June 9 — Cracks were found.',
        '',
        'June 3 — A second inspection was ordered.',
      ],
    ]) {
      const doc = format(lines);
      expect(doc.speakers, lines[0]).toEqual([]);
      expect(doc.blocks[0]?.text).toBe(lines[0]);
    }
  });

  it('COUNTER: wire datelines (a city, with its country, with the agency) are prose', () => {
    for (const dateline of [
      'WASHINGTON — The Senate voted 68-30 late Thursday to keep the government open.',
      'KYIV, Ukraine — Air raid sirens sounded across the capital before dawn on Tuesday.',
      'LONDON (Reuters) — Britain’s economy grew 0.2% in the third quarter.',
      'NEW YORK (AP) – Stocks fell on Wall Street.',
      'MADRID — El Gobierno aprobó el decreto.',
    ]) {
      const doc = format(['Headline of the story', '', dateline, '', 'Officials said more later.']);
      expect(doc.speakers, dateline).toEqual([]);
      expect(doc.blocks[1]?.text, dateline).toBe(dateline);
      expect(rules(doc, 'dash-tag')).toEqual([]);
    }
  });

  it('COUNTER: two stories from one city, and names opening an aside between dashes', () => {
    const stories = format([
      'Story one',
      '',
      'WASHINGTON — The Senate voted on Thursday.',
      '',
      'More prose here about the vote.',
      '',
      'Story two',
      '',
      'WASHINGTON — The House met on Friday.',
      '',
      'It adjourned early.',
    ]);
    expect(stories.speakers).toEqual([]);
    const asides = format([
      'Smith — who chairs the panel — said the vote was close.',
      '',
      'Jones — a former mayor — disagreed with Smith.',
      '',
      'Smith — never one to concede — called again.',
      '',
      'Jones — as ever — hung up.',
    ]);
    expect(asides.speakers).toEqual([]);
    expect(asides.blocks.map((b) => b.type)).toEqual([
      'narration',
      'narration',
      'narration',
      'narration',
    ]);
  });
});

describe('parliamentary mastheads over a Hansard', () => {
  const kenya = [
    'PARLIAMENT OF KENYA',
    '',
    'THE HANSARD',
    '',
    'NATIONAL ASSEMBLY',
    '',
    'OFFICIAL REPORT',
    '',
    'Thursday, 6th March 2025',
    '',
    'The House met at 2.30 p.m.',
    '',
    "[The Speaker (Hon. Moses Wetang'ula) in the Chair]",
    '',
    'PRAYERS',
    '',
    'QUESTIONS AND STATEMENTS',
    '',
    'DELAYED COMPLETION OF NYAMASARIA WATER PIPELINE',
    '',
    'Hon. Speaker: Order, Hon. Members. Next Order.',
    '',
    'Hon. (Ms.) Grace Achieng (Kisumu East, ODM): Thank you, Hon. Speaker.',
  ];

  it('GOOD: the masthead and the order of business are notes; the agenda heading is the title', () => {
    const doc = format(kenya);
    expect(doc.title).toBe('DELAYED COMPLETION OF NYAMASARIA WATER PIPELINE');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'note',
      'note',
      'note',
      'note',
      'note',
      'direction',
      'direction',
      'direction',
      'note',
      'headline',
      'speech',
      'speech',
    ]);
    const reported = rules(doc, 'page-furniture').map((m) => m.line);
    for (const line of [1, 3, 5, 7, 17]) expect(reported).toContain(line);
  });

  it('GOOD: a Senate’s masthead with its parliament and session; no agenda heading: the sitting is the title', () => {
    const doc = format([
      'REPUBLIC OF KENYA',
      'THIRTEENTH PARLIAMENT (FOURTH SESSION)',
      'THE SENATE',
      'THE HANSARD',
      '',
      'Tuesday, 11th March 2025',
      '',
      'The Senate met at 2.30 p.m.',
      '',
      'The Speaker: Order, Senators.',
      '',
      'Sen. Ali Roba: Thank you, Mr. Speaker.',
    ]);
    expect(doc.title).toBe('Senate, Tuesday, 11th March 2025');
    expect(doc.slug).not.toBe('11TH');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'note',
      'note',
      'note',
      'note',
      'note',
      'direction',
      'speech',
      'speech',
    ]);
  });

  it('GOOD: below the first speech, the order of business is a note, an agenda heading a headline, the House’s notes in brackets directions', () => {
    const doc = format([
      'PARLIAMENT OF THE REPUBLIC OF UGANDA',
      '',
      'OFFICIAL HANSARD REPORT',
      '',
      'Parliament met at 2.00 p.m. in Parliament House, Kampala.',
      '',
      '(The Speaker, Ms Anita Among, in the Chair.)',
      '',
      'THE SPEAKER: Honourable members, good afternoon.',
      '',
      'MOTIONS',
      '',
      'MOTION ON THE STATE OF THE MASAKA ROAD',
      '',
      'MR JAMES OKELLO (NRM, Aruu County): Madam Speaker, I beg to move.',
      '',
      '(Members rose)',
      '',
      '(Question put and agreed to.)',
      '',
      'THE SPEAKER: ORDER, ORDER!',
    ]);
    expect(doc.title).toBe('MOTION ON THE STATE OF THE MASAKA ROAD');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'note',
      'note',
      'direction',
      'direction',
      'speech',
      'note',
      'headline',
      'speech',
      'direction',
      'direction',
      'speech',
    ]);
    expect(rules(doc, 'agenda-heading').map((m) => m.line)).toEqual([13]);
  });

  it('GOOD: a Hansard copied from its PDF: each page’s running header is a note', () => {
    const doc = format([
      'NATIONAL ASSEMBLY',
      'OFFICIAL REPORT',
      'Thursday, 6th March 2025',
      '[The Speaker (Hon. Moses Wetang’ula) in the Chair]',
      'PRAYERS',
      'Hon. Speaker: Next Order.',
      'Thursday, 6th March 2025 NATIONAL ASSEMBLY DEBATES 2',
      'Hon. Grace Achieng (Kisumu East, ODM): Thank you, Hon. Speaker.',
      '4 SENATE DEBATES Tuesday, 11th March 2025',
      'Hon. Speaker: Proceed.',
      'Hon. Peter Kamau (Githunguri, UDA): I ask that my words be read',
      'into the Hansard',
      'for the record of this House.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual([
      'note',
      'note',
      'note',
      'direction',
      'direction',
      'speech',
      'note',
      'speech',
      'note',
      'speech',
      'speech',
    ]);
    expect(doc.blocks.at(-1)?.text).toBe(
      'I ask that my words be read into the Hansard for the record of this House.',
    );
  });

  it('COUNTER: without a masthead, a line in capitals after a speech stays as it was read', () => {
    const lines = [
      'THE SPEAKER: Honourable members, good afternoon.',
      '',
      'MOTION ON THE STATE OF THE MASAKA ROAD',
      '',
      'MR JAMES OKELLO (NRM, Aruu County): Madam Speaker, I beg to move.',
    ];
    const doc = format(lines);
    expect(rules(doc, 'agenda-heading')).toEqual([]);
    expect(doc.blocks.find((b) => b.line === 3)?.type).not.toBe('note');
  });

  it('the masthead grammar, and lines that only look like one', () => {
    for (const line of [
      'THE HANSARD',
      'Official Report',
      'OFFICIAL HANSARD REPORT',
      'PARLIAMENT OF THE REPUBLIC OF UGANDA',
      'National Assembly',
      'PARLIAMENTARY DEBATES',
      '(FIFTH SESSION)',
      'UNREVISED HANSARD',
      'VOTES AND PROCEEDINGS',
      'FOURTH SERIES VOL. 12 No. 5',
      'NATIONAL COUNCIL OF PROVINCES',
    ])
      expect(isParliamentMasthead(line), line).toBe(true);
    for (const line of [
      'National Assembly passes the budget',
      'The Hansard Society said',
      'LOK SABHA DEBATES',
      'PROCEEDINGS',
      'OFFICIAL REPORT OF THE COMMISSION ON FLOODS',
    ])
      expect(isParliamentMasthead(line), line).toBe(false);
  });

  it('COUNTER: one section line (`NATIONAL ASSEMBLY`) over a story makes no record of it', () => {
    const doc = format([
      'NATIONAL ASSEMBLY',
      '',
      'Finance bill passes after all-night sitting',
      '',
      'FULL TEXT OF THE AMENDMENTS',
      '',
      'Lawmakers approved the bill by 185 votes to 90 on Tuesday.',
    ]);
    expect(rules(doc, 'agenda-heading')).toEqual([]);
    expect(doc.title).not.toBe('FULL TEXT OF THE AMENDMENTS');
  });

  it('COUNTER: a story about the National Assembly keeps its headline and its title', () => {
    const doc = format([
      'National Assembly passes the finance bill',
      '',
      'NAIROBI — Lawmakers approved the bill by 185 votes to 90 on Tuesday.',
    ]);
    expect(doc.title).toBe('National Assembly passes the finance bill');
    expect(rows(doc).map((r) => r[0])).toEqual(['headline', 'narration']);
  });
});

describe('sports press conferences and match reports: the header under the title', () => {
  it('GOOD: date, venue, round, player and the label are notes; the event is the title', () => {
    const doc = format([
      'WIMBLEDON',
      'July 5, 2026',
      'Wimbledon, London, England',
      'Semifinal',
      '',
      'Ana Petrova',
      '',
      'Press Conference',
      '',
      'THE MODERATOR: Questions for Ana, please.',
      '',
      'Q. How did you feel in the third set?',
      '',
      'ANA PETROVA: Tired, but I knew I could hold serve.',
    ]);
    expect(doc.title).toBe('WIMBLEDON');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'headline',
      'note',
      'note',
      'note',
      'note',
      'note',
      'speech',
      'speech',
      'speech',
    ]);
    const reasons = doc.blocks.filter((b) => b.type === 'note').map((b) => b.reason);
    expect(reasons).toEqual([
      'dateline',
      'dateline',
      'page-element',
      'page-element',
      'page-element',
    ]);
  });

  it('GOOD: under a `Postgame Press Conference` label, a coach’s opening statement is the first turn', () => {
    const doc = format([
      'RIVERTON HAWKS vs NORTHFIELD',
      'November 28, 2026',
      'Harbor Arena, Riverton, Ohio',
      '',
      'Coach Dana Ruiz',
      '',
      'Postgame Press Conference',
      '',
      'COACH RUIZ: Opening statement. I thought we defended well for forty minutes.',
      '',
      'Q. What did you tell Jackson at halftime?',
    ]);
    expect(doc.title).toBe('RIVERTON HAWKS vs NORTHFIELD');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'headline',
      'note',
      'note',
      'note',
      'note',
      'speech',
      'speech',
    ]);
  });

  it('COUNTER: a standfirst in sentence case over a Q&A is no header line', () => {
    const doc = format([
      'The Last Ferry Captain',
      'March 3, 2026',
      'After 31 years, Ruth retires',
      '',
      'Q: When did you start?',
      '',
      'A: In 1994.',
    ]);
    expect(doc.blocks.find((b) => b.line === 3)?.type).toBe('narration');
  });

  it('COUNTER: a programme header over a first turn that is no press conference’s stays', () => {
    const doc = format([
      '7.30',
      'Murray-Darling water buybacks anger irrigators',
      'Broadcast: 14/05/2025',
      '',
      'KATE MORRIS, PRESENTER: The plan faces fierce resistance.',
    ]);
    expect(doc.title).toBe('Murray-Darling water buybacks anger irrigators');
  });

  it('GOOD: an older transcript’s `AN INTERVIEW WITH:` over the player, the course as the venue', () => {
    const doc = format([
      'THE MASTERS TOURNAMENT',
      'April 12, 2026',
      'Augusta, Georgia, USA',
      'Augusta National Golf Club',
      '',
      'AN INTERVIEW WITH:',
      '',
      'TOMAS REYES',
      '',
      'THE MODERATOR: Welcome back, Tomas.',
      '',
      'Q. How did the back nine play?',
      '',
      'TOMAS REYES: Firm and fast. I made two good putts.',
    ]);
    expect(doc.title).toBe('THE MASTERS TOURNAMENT');
    expect(rows(doc).map((r) => r[0])).toEqual([
      'headline',
      'note',
      'note',
      'note',
      'note',
      'note',
      'speech',
      'speech',
      'speech',
    ]);
  });

  it('GOOD: a match report’s venue, date and round under its headline', () => {
    const doc = format([
      'Marin into final after five-set epic',
      'Wimbledon, London, England',
      'July 5, 2026',
      'Semifinal',
      '',
      'Luka Marin reached his tenth Wimbledon final on Friday, beating the second seed in four hours.',
    ]);
    expect(doc.title).toBe('Marin into final after five-set epic');
    expect(rows(doc).map((r) => r[0])).toEqual(['headline', 'note', 'note', 'note', 'narration']);
  });

  it('COUNTER: a standfirst under a headline is no header line; a sentence ends the header', () => {
    const standfirst = format([
      'Council approves new budget',
      'A plan to fix the roads first',
      'July 5, 2026',
      '',
      'The city council approved a budget of 40 million dollars on Friday, after a long debate.',
    ]);
    expect(standfirst.blocks.find((b) => b.line === 2)?.type).not.toBe('note');
    const intro = format([
      'CUP FINAL',
      'March 23, 2026',
      'The coach spoke after the game, and the captain joined him later on.',
      '',
      'THE MODERATOR: Questions, please.',
    ]);
    expect(intro.blocks.find((b) => b.line === 3)?.type).toBe('narration');
  });
});

describe('slugs of Korean, Japanese and Chinese stories', () => {
  it('Hangul and kana romanized by rule (Revised Romanization, modified Hepburn)', () => {
    const cases: [string, string][] = [
      ['한국어', 'hangugeo'],
      ['서울', 'seoul'],
      ['몰래', 'mollae'],
      ['예산안', 'yesanan'],
      ['トランプ', 'toranpu'],
      ['ニュース', 'nyusu'],
      ['がっこう', 'gakkou'],
      ['マッチ', 'matchi'],
      ['ジェット', 'jetto'],
      ['ウィキ', 'wiki'],
      ['チーム・スピリット', 'chimu supiritto'],
      ['東京', '東京'],
    ];
    for (const [text, latin] of cases) expect(romanizeHangulKana(text), text).toBe(latin);
  });

  it('a Korean title’s word, a Japanese title’s katakana, a Chinese story’s date', () => {
    expect(
      makeSlug(
        '예산안 합의 처리',
        [{ text: '예산안을 합의했습니다. 예산안은 656조 원입니다.' }],
        [],
        'ko',
      ),
    ).toBe('YESANAN');
    expect(
      makeSlug('トランプ氏が来日', [{ text: 'トランプ大統領は東京に到着しました。' }], [], 'ja'),
    ).toBe('TORANPU');
    expect(
      makeSlug(
        '2024年5月6日外交部发言人主持例行记者会',
        [{ text: '毛宁：各位记者朋友。' }],
        [],
        'zh',
      ),
    ).toBe('20240506');
    // The date a page's note gives (its dateline), when the title and the text have none.
    expect(
      makeSlug('国务院常务会议部署稳定经济增长措施', [{ text: '会议指出。' }], [], 'zh', [
        { text: '2024-05-06 18:30 来源：新华社' },
      ]),
    ).toBe('20240506');
  });

  it('no date and no kana: the language and the content’s key, one per story; Latin slugs unchanged', () => {
    const one = makeSlug('国务院常务会议', [{ text: '会议指出。' }], [], 'zh');
    expect(one).toMatch(/^ZH-[0-9A-F]{6}$/);
    expect(makeSlug('国务院常务会议', [{ text: '会议指出。' }], [], 'zh')).toBe(one);
    expect(makeSlug('国务院全体会议', [{ text: '会议指出。' }], [], 'zh')).not.toBe(one);
    // A text of no word in any script still has none.
    expect(makeSlug('Good morning', [{ text: 'Thank you.' }])).toBe('UNTITLED');
    expect(makeSlug('APEC峰会开幕', [{ text: 'APEC峰会今天开幕。' }], [], 'zh')).toBe('APEC');
    expect(
      makeSlug('Kuril Islands dispute', [{ text: 'The Kuril Islands are disputed. Kuril.' }]),
    ).toBe('KURIL-ISLANDS');
  });
});
