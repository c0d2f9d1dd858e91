/**
 * Newsroom conventions (round 27): a two-column script pasted with tabs whose video cells are in
 * mixed case (`Anchor on camera<tab>Good evening…`); Italian and Spanish scripts' `SPEAKER:` (the
 * programme's announcer, reading the copy); `MP Smith:` outside German (a member of parliament, no Ministerpräsident).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows, readInput } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(formatTranscript(text));

describe('a two-column script with tabs, its video cells in mixed case', () => {
  const story = [
    ['Anchor on camera', 'Good evening. Flooding has closed the Mill Road bridge.'],
    ['Aerials of the river', 'Water rose more than a metre overnight at Mill Road.'],
    ['Wide of sandbags', 'Volunteers filled sandbags until dawn.'],
    ['Anchor on camera', 'The bridge stays shut until Friday.'],
  ];
  const table = (head: string | null) =>
    `${head === null ? '' : `${head}\n`}${story.map(([v, a]) => `${v}\t${a}`).join('\n')}\n`;
  const expected = story.flatMap(([v, a]) => [
    ['direction', null, v],
    ['narration', null, a],
  ]);

  it('GOOD: under `VIDEO<tab>AUDIO`, the first cell is the cue, no menu item', () => {
    const d = formatTranscript(table('VIDEO\tAUDIO'));
    expect(blockRows(d).slice(1)).toEqual(expected);
    expect(blockRows(d)[0]?.[0]).toBe('note');
    expect(d.messages.some((m) => m.ruleId === 'two-column-script')).toBe(true);
  });

  for (const head of ['VISION\tSCRIPT', 'Pictures\tSound']) {
    it(`GOOD: \`${head.replace('\t', '<tab>')}\` over the rows is the table's heads, never read out`, () => {
      const got = rows(table(head));
      expect(got[0]?.[0]).toBe('note');
      expect(got.slice(1)).toEqual(expected);
    });
  }

  it('GOOD: with no column heads, shots in mixed case make the table a script', () => {
    expect(rows(table(null))).toEqual(expected);
  });

  it('GOOD: as the same script in capitals reads', () => {
    const caps = rows(
      `VIDEO\tAUDIO\n${story.map(([v, a]) => `${v?.toUpperCase()}\t${a}`).join('\n')}\n`,
    );
    expect(caps.slice(1).map((r) => r[0])).toEqual(expected.map((r) => r[0]));
  });

  it('BAD: a site menu copied over a story is still the menu', () => {
    const got = rows(
      'Home\nNews\nSport\nWeather\n\nThe council met tonight to discuss the budget for next year.\n',
    );
    expect(got.slice(0, 4).every((r) => r[0] === 'note')).toBe(true);
  });

  it('BAD: a table of days and plans with tabs is no script', () => {
    const text =
      'Monday\tThe council meets at ten.\nTuesday\tThe mayor visits the school.\n' +
      'Wednesday\tThe budget vote is held.\n';
    expect(rows(text).some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe("`SPEAKER:` in Italian and Spanish scripts: the programme's announcer", () => {
  const italian =
    'CONDUTTRICE: Buonasera. Il maltempo ha colpito la Liguria nella notte.\n\n' +
    'SPEAKER: Le strade di Genova sono allagate e le scuole resteranno chiuse domani.\n\n' +
    'INVIATO: Siamo a Genova, dove il fiume è esondato poco dopo la mezzanotte.\n\n' +
    'SPEAKER: La Protezione civile ha aperto tre centri di accoglienza.\n';

  it('GOOD: Italian: the speaker is the announcer (as `SPRECHER:` is), no house Speaker', () => {
    const d = formatTranscript(italian);
    const voice = blockRows(d).filter(
      (r) => r[2]?.startsWith('Le strade') || r[2]?.startsWith('La Protezione'),
    );
    expect(voice.map((r) => r[1])).toEqual(['announcer', 'announcer']);
    expect(d.speakers.some((s) => s.role === 'speaker' || s.title === 'Speaker')).toBe(false);
    expect(d.messages.some((m) => m.ruleId === 'speaker-role')).toBe(true);
  });

  it('GOOD: Spanish, beside a `LOCUTOR:`: one announcer; `VOZ EN OFF:` the voice-over', () => {
    const d = formatTranscript(
      'PRESENTADOR: Buenas noches. La tormenta golpeó Valencia esta tarde.\n\n' +
        'VOZ EN OFF: Miles de personas siguen sin luz en toda la provincia.\n\n' +
        'SPEAKER: Los bomberos han realizado más de doscientas salidas.\n\n' +
        'LOCUTOR: La alerta roja sigue activa hasta mañana.\n\n' +
        'PRESENTADOR: Vamos con nuestra corresponsal en la zona.\n',
    );
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'anchor',
      'voice-over',
      'announcer',
      'announcer',
      'anchor',
    ]);
    expect(d.speakers.filter((s) => s.role === 'announcer')).toHaveLength(1);
  });

  it('BAD: in English, `SPEAKER:` is still the house Speaker', () => {
    const d = formatTranscript(
      'SPEAKER: Order. Questions to the Prime Minister.\n\nMR SMITH: Thank you, Mr Speaker.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('SPEAKER'))?.role).toBe('speaker');
  });

  it('BAD: an Italian text that addresses a house Speaker keeps the Speaker', () => {
    const d = formatTranscript(
      'SPEAKER: Order, order. La seduta è aperta e diamo la parola al deputato.\n\n' +
        'ROSSI: Grazie, Mr Speaker. Il governo deve rispondere alla Camera oggi stesso.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('SPEAKER'))?.role).toBe('speaker');
  });

  it('BAD: `Mr Speaker:` in a Spanish text is the house Speaker', () => {
    const d = formatTranscript(
      'MR SPEAKER: Orden. El diputado tiene la palabra para su pregunta al gobierno.\n\n' +
        'DIPUTADO GARCÍA: Gracias. El gobierno debe responder hoy mismo.\n',
    );
    expect(d.speakers.some((s) => s.role === 'announcer')).toBe(false);
  });
});

describe('`MP Smith:`: Ministerpräsident only in German', () => {
  it('GOOD: in English, `MP` stays the title (a member of parliament)', () => {
    const d = formatTranscript(
      'MP Smith: I want to ask the minister about the hospital closures in my constituency.\n\n' +
        'Minister Brown: The honourable member knows we are investing more than ever.\n',
    );
    const smith = d.speakers.find((s) => s.name === 'Smith');
    expect(smith?.title).toBe('MP');
    expect(d.messages.some((m) => m.ruleId === 'speaker-title')).toBe(true);
  });

  it('GOOD: a short English exchange too', () => {
    const d = formatTranscript('MP Smith: Thank you.\n\nHOST: Thanks for coming in.\n');
    expect(d.speakers.find((s) => s.name === 'Smith')?.title).toBe('MP');
  });

  it('BAD: in German, `MP Weil` is still the Ministerpräsident', () => {
    const d = formatTranscript(
      'MP Weil: Wir werden die Schulen in Niedersachsen nicht schließen, das verspreche ich.\n\n' +
        'Frage (dpa): Herr Ministerpräsident, wann kommt die Entscheidung?\n',
    );
    expect(d.speakers.find((s) => s.name === 'Weil')?.title).toBe('Ministerpräsident');
  });

  it('BAD: a short German exchange keeps it (`MP Weil: Gut.`)', () => {
    const d = formatTranscript('MP Weil: Gut.\n\nFrage (dpa): Wann?\n');
    expect(d.speakers.find((s) => s.name === 'Weil')?.title).toBe('Ministerpräsident');
  });
});

describe("a vox pop's `M:` and `F:`: a male and a female voice", () => {
  const vox =
    'REPORTER: We asked shoppers on the high street what they think of the new parking charges.\n\n' +
    "M: It's daylight robbery, I won't be coming back here.\n\n" +
    "F: I think it's fair enough, the town needs the money.\n\n" +
    'M: Nobody asked us, did they?\n\n' +
    'REPORTER: The council says the charges start in March.\n';

  it('GOOD: each letter is a voice, no person named M or F', () => {
    const d = formatTranscript(vox);
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'reporter',
      'male voice',
      'female voice',
      'male voice',
      'reporter',
    ]);
    expect(d.blocks[1]?.text.startsWith('It')).toBe(true);
  });

  it("BAD: a German interview's `F:` (Frage) answered by `A:` stays the question", () => {
    const d = formatTranscript(
      'F: Herr Minister, wann kommt das Gesetz?\n\nA: Im Herbst.\n\nF: Und die Kosten?\n\nA: Die nennen wir später.\n',
    );
    expect(d.speakers.some((s) => s.role === 'female voice')).toBe(false);
  });

  it('BAD: `M:` with no `F:` in the text stays as written', () => {
    const text = 'REPORTER: The results are in.\n\nM: 24 seats, up from 19.\n';
    expect(
      rows(text)
        .map((r) => r[2])
        .join(' '),
    ).toContain('M: 24 seats');
  });
});

describe("a print interview tagged with the paper's name (`SPIEGEL:`, `The Economist:`)", () => {
  it('GOOD: `SPIEGEL:` asks, the politician answers', () => {
    const d = formatTranscript(
      'SPIEGEL: Frau Ministerin, wie lange hält die Koalition noch?\n\n' +
        'Baerbock: Solange wir gemeinsam Verantwortung tragen.\n\n' +
        'SPIEGEL: Das klingt nicht nach Begeisterung. Sind Sie müde?\n\n' +
        'Baerbock: Nein.\n',
    );
    const paper = d.speakers.find((s) => s.aliases.includes('SPIEGEL'));
    expect([paper?.name, paper?.title, paper?.role]).toEqual([null, 'SPIEGEL', 'interviewer']);
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'interviewer',
      'Baerbock',
      'interviewer',
      'Baerbock',
    ]);
  });

  it('GOOD: `DIE ZEIT:` and `The Economist:` with their articles', () => {
    for (const paper of ['DIE ZEIT', 'The Economist']) {
      const d = formatTranscript(
        `${paper}: Why did you call an early election?\n\nMr Sunak: Because the country needed certainty.\n\n` +
          `${paper}: Do you regret it?\n\nMr Sunak: No. I would do it again.\n`,
      );
      expect(blockRows(d)).toEqual([
        ['speech', 'interviewer', 'Why did you call an early election?'],
        ['speech', 'Mr Sunak', 'Because the country needed certainty.'],
        ['speech', 'interviewer', 'Do you regret it?'],
        ['speech', 'Mr Sunak', 'No. I would do it again.'],
      ]);
      expect(d.speakers[0]?.title).toBe(paper);
    }
  });

  it('BAD: a person named Spiegel who answers stays that person', () => {
    const d = formatTranscript(
      'HOST: Why did you start the company?\n\nSPIEGEL: We wanted photos to disappear.\n\n' +
        'HOST: And now?\n\nSPIEGEL: Now we build cameras.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('SPIEGEL'))?.name).toBe('Spiegel');
  });

  it('BAD: one paper quoted with a colon in a story is no interviewer', () => {
    const text =
      'The minister spoke on Monday.\n\nThe Economist: is the country ready for an election?\n';
    expect(formatTranscript(text).speakers).toEqual([]);
  });
});

describe('`Q.Will you…` with no space after the mark', () => {
  it('GOOD: the questions and the answers', () => {
    expect(
      rows(
        'Q.Will you stand again at the next election?\n\nA.That is a matter for the party.\n\n' +
          'Q.But would you like to?\n\nA.I have said all I am going to say.\n',
      ),
    ).toEqual([
      ['speech', 'reporter', 'Will you stand again at the next election?'],
      ['speech', 'answer', 'That is a matter for the party.'],
      ['speech', 'reporter', 'But would you like to?'],
      ['speech', 'answer', 'I have said all I am going to say.'],
    ]);
  });

  it('GOOD: with a colon and no space (`Q:Will you…` / `A:That is…`)', () => {
    expect(
      rows('Q:Will you stand again?\n\nA:That is for the party.\n\nQ:And?\n\nA:No comment.\n').map(
        (r) => r[1],
      ),
    ).toEqual(['reporter', 'answer', 'reporter', 'answer']);
  });

  it('BAD: `Q.E.D.` and one such line in prose stay words', () => {
    const got = rows('Q.E.D. That settles it.\n\nA.B. Smith wrote the proof in 1931.\n');
    expect(got.every((r) => r[0] !== 'speech')).toBe(true);
  });
});

describe('a level of government before an office and a surname (`CITY COUNCILLOR JONES:`)', () => {
  for (const [tag, title] of [
    ['CITY COUNCILLOR JONES', 'City Councillor'],
    ['COUNTY COMMISSIONER JONES', 'County Commissioner'],
    ['State Senator Jones', 'State Senator'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is Jones, ${title}`, () => {
      const d = formatTranscript(
        `MAYOR LEWIS: The budget is balanced.\n\n${tag}: Only because you cut the library hours.\n\nMAYOR LEWIS: We made hard choices.\n`,
      );
      const jones = d.speakers.find((s) => s.name === 'Jones');
      expect(jones?.title).toBe(title);
    });
  }

  it('BAD: words before a surname that are no office stay the name', () => {
    const d = formatTranscript(
      'MAYOR LEWIS: The budget is balanced.\n\nTOWN CRIER JONES: Hear ye.\n\nMAYOR LEWIS: Thank you.\n',
    );
    expect(d.speakers.some((s) => s.name === 'Jones')).toBe(false);
  });
});

describe('`UNE JOURNALISTE :` after a named journalist: another journalist', () => {
  const debate = (named: string) =>
    'PRÉSENTATEUR : Bonsoir. Retour sur la grève à Marseille.\n\n' +
    `${named} : Nous sommes devant le port, où rien ne bouge depuis ce matin.\n\n` +
    'UNE JOURNALISTE : Et du côté des syndicats, la ligne est claire : pas de reprise sans accord.\n\n' +
    'PRÉSENTATEUR : Merci à tous les deux.\n\n' +
    'UNE JOURNALISTE : Merci.\n';

  for (const named of ['UN JOURNALISTE (Patrick Martin)', 'JOURNALISTE Patrick Martin']) {
    it(`GOOD: after \`${named}\`, her own unnamed voice (the same again later)`, () => {
      const d = formatTranscript(debate(named));
      expect(blockRows(d).map((r) => r[1])).toEqual([
        'anchor',
        'Patrick Martin',
        'reporter',
        'anchor',
        'reporter',
      ]);
      expect(d.speakers).toHaveLength(3);
    });
  }

  it('BAD: a bare `JOURNALISTE :` after the named one is still him', () => {
    const d = formatTranscript(
      'PRÉSENTATEUR : Bonsoir.\n\nJOURNALISTE (Patrick Martin) : Nous sommes devant le port.\n\n' +
        'PRÉSENTATEUR : Et les syndicats ?\n\nJOURNALISTE : La ligne est claire.\n',
    );
    expect(blockRows(d)[3]?.[1]).toBe('Patrick Martin');
  });
});

describe("a Russian script's bite header (`СИНХРОН: ИВАН ПЕТРОВ, ДВОРНИК`) over its words", () => {
  const script = (header: string) =>
    'ВЕДУЩИЙ: Добрый вечер. В Москве выпал первый снег.\n\n' +
    `${header}\nСнега много, но мы справимся.\n\nВЕДУЩИЙ: Спасибо.\n`;

  for (const [header, title] of [
    ['СИНХРОН: ИВАН ПЕТРОВ, ДВОРНИК', 'ДВОРНИК'],
    ['СИНХРОН: Иван Петров, дворник', 'дворник'],
    ['СИНХРОН – ИВАН ПЕТРОВ / ДВОРНИК', 'ДВОРНИК'],
  ] as const) {
    it(`GOOD: \`${header}\` is the cue; the words under it are Иван Петров's`, () => {
      const d = formatTranscript(script(header));
      expect(blockRows(d).slice(1, 3)).toEqual([
        ['direction', null, header],
        ['speech', 'Иван Петров', 'Снега много, но мы справимся.'],
      ]);
      expect(d.speakers.find((s) => s.name === 'Иван Петров')?.title).toBe(title);
    });
  }

  it('BAD: `СИНХРОН:` before a sentence is no header naming anyone', () => {
    const got = rows(script('СИНХРОН: Снег шёл всю ночь, и утром город встал.'));
    expect(got.some((r) => r[1] === 'Иван Петров')).toBe(false);
    expect(got.map((r) => r[2]).join(' ')).toContain('Снег шёл всю ночь');
  });
});

describe('a name in Cyrillic or Greek capitals is title-cased whole', () => {
  for (const [tag, name] of [
    ['ИВАН ПЕТРОВ', 'Иван Петров'],
    ['ОЛЕГ СИДОРОВ', 'Олег Сидоров'],
    ['ÅSA LUND', 'Åsa Lund'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is ${name} (its short first name has vowels: no initials)`, () => {
      const d = formatTranscript(`${tag}: Да.\n\nВЕДУЩИЙ: Спасибо.\n\n${tag}: Пожалуйста.\n`);
      expect(d.speakers.some((s) => s.name?.toLowerCase() === name.toLowerCase())).toBe(true);
      expect(d.speakers.some((s) => s.name?.startsWith(tag.split(' ')[0] as string))).toBe(false);
    });
  }

  it("BAD: a judge's initials without vowels stay in capitals (`HHJ PATEL`)", () => {
    const d = formatTranscript('HHJ PATEL: Sit down.\n\nMR JONES: Thank you, my Lord.\n');
    expect(d.speakers[0]?.name).toBe('HHJ Patel');
  });
});

describe('a Japanese press conference: full-width brackets in a tag', () => {
  const text =
    '記者会見\n\n司会：それでは、質問をお受けします。\n\n' +
    '記者（NHK）：総理、解散の時期についてお聞かせください。\n\n' +
    '石破総理：現時点では考えておりません。\n\n記者（共同通信）：経済対策はいつまとめますか。\n\n' +
    '石破総理：月内にまとめます。\n';

  it("GOOD: `記者（NHK）：` is a reporter of NHK, never the host's words", () => {
    const d = formatTranscript(text);
    // (`石破総理` is the prime minister, the name before the office its title, as `石破首相` is.)
    expect(
      blockRows(d)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['host', 'reporter', 'prime minister', 'reporter', 'prime minister']);
    expect(d.speakers.find((s) => s.aliases.includes('記者（NHK）'))?.title).toBe('NHK');
  });

  it('GOOD: `記者会見` (press conference) heads it, no reporter’s byline', () => {
    expect(rows(text)[0]).toEqual(['headline', null, '記者会見']);
  });

  it('BAD: a reporter’s credit line is still the byline (`記者 山田太郎`)', () => {
    const got = rows(
      '記者 山田太郎\n\n東京では今日、初雪が観測されました。平年より早い観測です。\n',
    );
    expect(got[0]?.[0]).toBe('note');
  });

  it('BAD: full-width brackets after the colon stay the words', () => {
    const d = formatTranscript('司会：では（笑）始めます。\n\n記者：はい。\n');
    expect(d.blocks[0]?.text).toContain('（笑）');
  });
});

describe("Scandinavian TV's `SPEAKER:` (the voice over pictures)", () => {
  it('GOOD: a short Swedish script: the announcer, no house Speaker', () => {
    const d = formatTranscript(
      'PROGRAMLEDARE: God kväll. Stormen har nått Norrland.\n\n' +
        'SPEAKER: Tusentals hushåll är utan ström i kväll.\n\n' +
        'REPORTER: Vi står i Sundsvall där träden har fallit över vägarna.\n',
    );
    expect(blockRows(d)[1]?.[1]).toBe('announcer');
  });
});

describe("a Korean or Japanese press conference's office tags (`대통령:`, `総理：`)", () => {
  it('GOOD: `대통령:` is the president, no person named so', () => {
    const d = formatTranscript(
      '사회자: 지금부터 기자회견을 시작하겠습니다.\n\n대통령: 국민 여러분, 안녕하십니까.\n\n' +
        '기자(연합뉴스): 대통령님, 개헌 계획이 있으십니까?\n\n대통령: 검토하고 있습니다.\n',
    );
    expect(blockRows(d).map((r) => r[1])).toEqual(['host', 'president', 'reporter', 'president']);
  });

  it('GOOD: `総理：` is the prime minister', () => {
    const d = formatTranscript(
      '司会：質問をどうぞ。\n\n記者：解散はいつですか。\n\n総理：考えておりません。\n',
    );
    expect(blockRows(d)[2]?.[1]).toBe('prime minister');
  });

  it('BAD: the word inside a sentence is no tag', () => {
    const d = formatTranscript('오늘 대통령은 기자회견을 열었습니다.\n');
    expect(d.speakers).toEqual([]);
  });
});

describe("an agency's copyright line without a year (`(c) Agencia EFE`, `(C) dpa`)", () => {
  for (const line of ['(c) Agencia EFE', '(C) dpa', '(c) AFP']) {
    it(`GOOD: \`${line}\` under the story is its copyright note`, () => {
      expect(rows(`El Gobierno aprobó este martes la ley de vivienda.\n\n${line}\n`)[1]).toEqual([
        'note',
        'copyright',
        line,
      ]);
    });
  }

  it('BAD: `(c)` before words that are no agency stays (a list item)', () => {
    const got = rows('The options are:\n\n(c) Agencies will bid for the contract.\n');
    expect(got.some((r) => r[0] === 'note')).toBe(false);
  });
});

describe("an organisation's spokesperson, unnamed (`POLICE SPOKESPERSON:`, `WOORDVOERDER POLITIE:`)", () => {
  const script = (tag: string) =>
    `ANCHOR: Good evening. A fire broke out at the docks.\n\n${tag}: We had forty firefighters on scene.\n\nANCHOR: Thank you.\n`;

  for (const [tag, title] of [
    ['POLICE SPOKESPERSON', 'Police Spokesperson'],
    ['FIRE DEPARTMENT SPOKESMAN', 'Fire Department Spokesman'],
    ['WOORDVOERDER POLITIE', 'Woordvoerder Politie'],
    ['Woordvoerster gemeente', 'Woordvoerster gemeente'],
    ['Sprecher Feuerwehr', 'Sprecher Feuerwehr'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is a spokesperson, no person named so`, () => {
      const d = formatTranscript(script(tag));
      const s = d.speakers.find((x) => x.aliases.includes(tag));
      expect([s?.name, s?.title]).toEqual([null, title]);
    });
  }

  it('GOOD: `SPOKESPERSON, FIRE DEPARTMENT:` is the office, the organisation no name', () => {
    const s = formatTranscript(script('SPOKESPERSON, FIRE DEPARTMENT')).speakers[1];
    expect([s?.name, s?.role]).toEqual([null, 'spokesperson']);
    expect(s?.title).toContain('FIRE DEPARTMENT');
  });

  for (const [tag, name] of [
    ['SPOKESMAN KIRBY', 'Kirby'],
    ['JAN SPRECHER', 'Jan Sprecher'],
    ['JOHN KIRBY, SPOKESMAN', 'John Kirby'],
  ] as const) {
    it(`BAD: \`${tag}:\` is still ${name}`, () => {
      expect(formatTranscript(script(tag)).speakers[1]?.name).toBe(name);
    });
  }
});

describe("a remote contributor's line and place (`REPORTER (down the line from Kyiv):`)", () => {
  for (const [note, delivery, title] of [
    ['down the line from Kyiv', 'down-the-line', 'Kyiv'],
    ['live from Kyiv', 'live', 'Kyiv'],
    ['by phone from Gaza', 'via-telephone', 'Gaza'],
    ['live from the courthouse', 'live', 'the courthouse'],
  ] as const) {
    it(`GOOD: \`(${note})\` is the delivery, the place the title`, () => {
      const d = formatTranscript(
        `NEWSREADER: The headlines at six.\n\nREPORTER (${note}): Sirens sounded across the city.\n\nNEWSREADER: Thank you.\n`,
      );
      expect(d.blocks[1]?.delivery).toBe(delivery);
      expect(d.speakers.find((s) => s.role === 'reporter')?.title).toBe(title);
    });
  }

  it('BAD: a note that is words, not a line and a place, is no tag', () => {
    const text =
      'NEWSREADER: The headlines.\n\nREPORTER (who came from Kyiv last night): Sirens sounded.\n';
    expect(formatTranscript(text).speakers.some((s) => s.role === 'reporter')).toBe(false);
  });
});

describe("a Vietnamese press interview's `PV:` (phóng viên, the reporter)", () => {
  const interview =
    'PV: Thưa ông, khi nào dự án sẽ hoàn thành?\n\n' +
    'Ông Nguyễn Văn An: Chúng tôi dự kiến hoàn thành vào cuối năm nay.\n\n' +
    'PV: Kinh phí là bao nhiêu?\n\nÔng Nguyễn Văn An: Khoảng 500 tỷ đồng.\n';

  it('GOOD: `PV:` is the reporter asking, no person named PV', () => {
    const d = formatTranscript(interview);
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'reporter',
      'Ông Nguyễn Văn An',
      'reporter',
      'Ông Nguyễn Văn An',
    ]);
    expect(d.messages.some((m) => m.ruleId === 'speaker-role')).toBe(true);
  });

  it('BAD: in English, `PV:` is still someone’s initials', () => {
    const d = formatTranscript(
      'PV: I think the budget is too small for what the council wants to do.\n\n' +
        'JS: I disagree, it is exactly what the town can afford this year.\n',
    );
    expect(d.speakers[0]?.name).toBe('PV');
  });
});

describe('an office of two words before a surname (`DEPUTY MAYOR SMITH:`, `SECRETARY GENERAL RUTTE:`)', () => {
  for (const [tag, name, title] of [
    ['DEPUTY MAYOR SMITH', 'Smith', 'Deputy Mayor'],
    ['SECRETARY GENERAL RUTTE', 'Rutte', 'Secretary General'],
    ['DEPUTY MAYOR JANE SMITH', 'Jane Smith', 'Deputy Mayor'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is ${name}, ${title}`, () => {
      const s = formatTranscript(`HOST: Welcome.\n\n${tag}: Thank you.\n\nHOST: Next.\n`)
        .speakers[1];
      expect([s?.name, s?.title]).toEqual([name, title]);
    });
  }

  it('BAD: an office before a full name keeps the full name (`MINISTER JOHN SMITH`)', () => {
    const s = formatTranscript('HOST: Welcome.\n\nMINISTER JOHN SMITH: Thank you.\n').speakers[1];
    expect([s?.name, s?.title]).toEqual(['John Smith', 'Minister']);
  });
});

describe("other newsrooms' script labels (`INTRO:`, `PISO:`, `O-TON Reisender:`)", () => {
  it("GOOD: an Australian script's `INTRO:` over the copy is the cue, as `TAG:` is", () => {
    const got = rows(
      'INTRO: Good evening. Floods in the north.\n\nPTC: SAM PATEL\nI’m standing on the main street.\n\n' +
        'TAG: The clean-up begins tomorrow.\n',
    );
    expect(got[0]).toEqual(['direction', null, 'INTRO']);
    expect(got[1]).toEqual(['narration', null, 'Good evening. Floods in the north.']);
  });

  it("GOOD: an Argentine script's `PISO:` (the studio) is the anchor", () => {
    const got = rows(
      'PISO: Buenas noches. Paro de transporte en Buenos Aires.\n\nVTR\nLos colectivos no circulan.\n\nPISO: Vamos a los móviles.\n',
    );
    expect(got[0]?.[1]).toBe('anchor');
  });

  it('GOOD: `O-TON Reisender:` is a traveller, no one named Reisender', () => {
    const d = formatTranscript(
      'MOD: Guten Abend. Streik bei der Bahn.\n\nO-TON Reisender: Ich komme zu spät zur Arbeit.\n\nMOD: Die Gewerkschaft streikt weiter.\n',
    );
    expect(d.speakers.some((s) => s.name === 'Reisender')).toBe(false);
  });

  it('BAD: `Intro:` in mixed case before a sentence stays the words', () => {
    const got = rows('HOST: Welcome back.\n\nIntro: the first thing you hear is the bass.\n');
    expect(got.some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe('Romance press transcripts: an article, the office, the holder (`Il ministro Giorgetti:`)', () => {
  for (const [tag, name, title] of [
    ['Il ministro Giorgetti', 'Giorgetti', 'ministro'],
    ['El presidente Sánchez', 'Sánchez', 'presidente'],
    ['La ministra Montero', 'Montero', 'ministra'],
    ['La portavoz del Gobierno, Pilar Alegría', 'Pilar Alegría', 'portavoz del Gobierno'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is ${name}, ${title}`, () => {
      const d = formatTranscript(
        `MODERADOR: Buenos días.\n\n${tag}: Gracias a todos por venir.\n\nPREGUNTA: ¿Cuándo?\n`,
      );
      const s = d.speakers.find((x) => x.name === name);
      expect(s?.title).toBe(title);
    });
  }

  it('BAD: an article and a capitalised name that is no office stays as written', () => {
    const d = formatTranscript('MODERADOR: Buenos días.\n\nEl Gobierno: No habrá cambios.\n');
    expect(d.speakers.some((s) => s.name === 'Gobierno')).toBe(false);
  });

  it('BAD: `The Prime Minister:` is still the office alone', () => {
    const d = formatTranscript('HOST: Welcome.\n\nThe Prime Minister: Thank you.\n');
    expect(d.speakers[1]?.role).toBe('prime minister');
  });
});

describe("a vox pop's label without a number (`VOX:`, `VOX POP:`) and its cue alone (`VOX`)", () => {
  for (const [tag, role] of [
    ['VOX', 'vox'],
    ['VOX POP', 'vox pop'],
    ['VOXPOP', 'vox pop'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is a passer-by (${role}), no one named ${tag}`, () => {
      const d = formatTranscript(
        `REPORTER: We asked people in the square.\n\n${tag}: It is terrible, nobody asked us.\n`,
      );
      expect(blockRows(d)[1]?.[1]).toBe(role);
    });
  }

  it('GOOD: `VOX` alone on its line over the words is a cue, not the words', () => {
    const got = rows('ANCHOR: Good evening.\n\nVOX\nIt is terrible, nobody asked us.\n');
    expect(got[1]).toEqual(['direction', null, 'VOX']);
    expect(got[2]?.[2]).toBe('It is terrible, nobody asked us.');
  });

  it('BAD: `Vox` in mixed case opening a sentence stays the words', () => {
    const got = rows('The magazine was founded in 2014.\n\nVox said the story was wrong.\n');
    expect(got.some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe("an Indonesian or Malay interview's `Tanya:` / `Jawab:`", () => {
  it('GOOD: the question and the answer, no people named Tanya and Jawab', () => {
    const got = rows(
      'Tanya: Bagaimana rencana pemerintah untuk mengatasi banjir di Jakarta?\n\n' +
        'Jawab: Kami akan membangun tanggul baru di pantai utara.\n\n' +
        'Tanya: Kapan proyek itu selesai?\n\nJawab: Akhir tahun depan.\n',
    );
    expect(got.map((r) => r[1])).toEqual(['reporter', 'answer', 'reporter', 'answer']);
  });

  it('BAD: a person named Tanya with no `Jawab:` stays Tanya', () => {
    const d = formatTranscript(
      'Tanya: I think we should start with the budget tonight.\n\nMark: Agreed, let us start there.\n',
    );
    expect(d.speakers[0]?.name).toBe('Tanya');
  });
});

describe("wire services' closing lines (Xinhua, Kyodo, Reuters, dpa-AFX)", () => {
  const story =
    'BEIJING, Dec. 2 (Xinhua) -- Exports rose 5 percent in November.\n\nThe growth beat forecasts.\n\n';
  for (const [line, reason] of [
    ['Enditem', 'page-element'],
    ['==Kyodo', 'page-element'],
    ['((Reporting by Jane Doe; Editing by John Roe; jane.doe@thomsonreuters.com))', 'credit'],
    ['dpa-AFX/abc/def', 'credit'],
  ] as const) {
    it(`GOOD: \`${line}\` closing the story is a ${reason} note`, () => {
      expect(rows(`${story}${line}\n`).at(-1)).toEqual(['note', reason, line]);
    });
  }

  it('BAD: a sentence opening with `Enditem` or double brackets in prose stays words', () => {
    const got = rows(`${story}((The figures were revised later, officials said.))\n`);
    expect(got.at(-1)?.[0]).not.toBe('note');
  });
});

describe("a two-column script's column heads in other languages (`BILD<tab>TEXT`, `IMAGE<tab>SON`)", () => {
  for (const [heads, video, audio] of [
    ['BILD\tTEXT', 'Moderatorin im Bild', 'Guten Abend. Der Streik legt den Hafen lahm.'],
    ['IMAGE\tSON', 'Présentatrice plateau', 'Bonsoir. La grève paralyse le port.'],
    ['IMAGEN\tAUDIO', 'Presentadora en plató', 'Buenas noches. La huelga paraliza el puerto.'],
    ['BEELD\tGELUID', 'Presentator in beeld', 'Goedenavond. De staking legt de haven plat.'],
  ] as const) {
    it(`GOOD: under \`${heads.replace('\t', '<tab>')}\` each video cell is a cue`, () => {
      const got = rows(
        `${heads}\n${video}\t${audio}\nTotale Hafen\tSeit sechs Uhr ruht die Arbeit.\n` +
          'Hafenarbeiter\tWir wollen mehr Lohn, sagen die Arbeiter.\n',
      );
      expect(got[0]?.[0]).toBe('note');
      expect(got.slice(1, 3)).toEqual([
        ['direction', null, video],
        ['narration', null, audio],
      ]);
    });
  }

  it('BAD: a word and a tab over rows of a table of figures stays no script', () => {
    const got = rows('BILD\tTEXT\nSeite 1\t12\nSeite 2\t14\nSeite 3\t9\n');
    expect(got.some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe("a journalist's outlet of several words with a connector (`JORNALISTA (Folha de S.Paulo):`)", () => {
  const presser = (note: string) =>
    'PRESIDENTE LULA: Bom dia a todos.\n\n' +
    `JORNALISTA (${note}): Presidente, quando sai a reforma?\n\n` +
    'PRESIDENTE LULA: Ainda este ano.\n\nJORNALISTA: E o orçamento?\n';

  for (const outlet of ['Folha de S.Paulo', 'Corriere della Sera', 'Diario de Sevilla']) {
    it(`GOOD: \`(${outlet})\` is the reporter's outlet, no person; a bare \`JORNALISTA:\` is not it`, () => {
      const d = formatTranscript(presser(outlet));
      const asked = d.speakers.find((s) => s.aliases.some((a) => a.includes(outlet)));
      expect([asked?.name, asked?.title, asked?.role]).toEqual([null, outlet, 'reporter']);
      expect(d.speakers.some((s) => s.name === outlet)).toBe(false);
    });
  }

  it('BAD: a journalist named with a connector (`Maria da Silva`) stays that person', () => {
    const d = formatTranscript(presser('Maria da Silva'));
    expect(d.speakers.some((s) => s.name === 'Maria da Silva')).toBe(true);
  });
});

describe('a two-column script copied from a PDF, its columns parted by spaces', () => {
  const pdf = (head: string) =>
    `${head}\n` +
    'ANCHOR ON CAM                  Good evening. Flooding has closed the Mill Road bridge.\n' +
    'AERIALS OF RIVER               Water rose more than a metre overnight.\n' +
    'SOT: PAT DUNN / RESIDENT       "I have never seen it this high."\n' +
    'ANCHOR ON CAM                  The bridge stays shut until Friday.\n';

  it('GOOD: under `VIDEO   AUDIO` the rows read as the tab-separated table does', () => {
    const got = rows(pdf('VIDEO                          AUDIO'));
    expect(got[0]?.[0]).toBe('note');
    expect(got.slice(1, 5)).toEqual([
      ['direction', null, 'ANCHOR ON CAM'],
      ['narration', null, 'Good evening. Flooding has closed the Mill Road bridge.'],
      ['direction', null, 'AERIALS OF RIVER'],
      ['narration', null, 'Water rose more than a metre overnight.'],
    ]);
    expect(got[6]).toEqual(['speech', 'Pat Dunn', 'I have never seen it this high.']);
  });

  it('GOOD: through the API too (no column of speakers’ names)', () => {
    expect(blockRows(readInput(pdf('VIDEO                          AUDIO')))[1]).toEqual([
      'direction',
      null,
      'ANCHOR ON CAM',
    ]);
  });

  it('BAD: names in a column of their own stay speakers’ tags', () => {
    const d = readInput(
      'JANE DOE        Good evening. Flood waters are rising tonight.\n' +
        'TOM BECKER      The river is above its banks here.\n' +
        'JANE DOE        How many homes are affected?\n' +
        'TOM BECKER      Officials say about two hundred.\n',
    );
    expect(d.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
  });
});

describe("a presenter's note naming the studio or the camera (`ANCHOR (IN STUDIO):`, `(CAM 2)`)", () => {
  for (const note of ['IN STUDIO', 'CAM 2', 'Camera 3']) {
    it(`GOOD: \`(${note})\` is on camera, no title`, () => {
      const d = formatTranscript(`ANCHOR (${note}): Good evening.\n\nREPORTER: The river rose.\n`);
      expect(d.blocks[0]?.delivery).toBe('on-camera');
      expect(d.speakers[0]?.title).toBeNull();
    });
  }

  it('BAD: a camera of a number past the studio’s (`CAM 42`) stays a note', () => {
    const d = formatTranscript('ANCHOR (CAM 42): Good evening.\n\nREPORTER: The river rose.\n');
    expect(d.blocks[0]?.delivery).not.toBe('on-camera');
  });
});

describe("a speech manuscript's notes in other languages: check against delivery, embargo", () => {
  const speech = (line: string) =>
    `${line}\n\nSehr geehrte Damen und Herren, ich danke Ihnen für die Einladung nach Brüssel.\n`;
  for (const line of [
    'Fa fede il testo pronunciato',
    'Sólo vale lo pronunciado',
    'Alleen het gesproken woord geldt.',
    'Det talade ordet gäller',
    'EMBARGOED UNTIL 10:00 GMT',
    'Strictly embargoed until 00:01 Tuesday 3 December',
  ]) {
    it(`GOOD: \`${line}\` is a disclaimer note, never read out`, () => {
      expect(rows(speech(line))[0]).toEqual(['note', 'disclaimer', line]);
    });
  }

  it('BAD: a sentence about an embargo stays the words', () => {
    const got = rows(speech('Embargoed until the talks end, the report says almost nothing new.'));
    expect(got[0]?.[0]).not.toBe('note');
  });
});

describe("a vox pop's `M:` and `W:` (a man, a woman)", () => {
  it('GOOD: `W:` beside `M:` is the female voice', () => {
    const got = rows(
      'REPORTER: We asked shoppers.\n\nM: Daylight robbery.\n\nW: Fair enough, the town needs it.\n',
    );
    expect(got.map((r) => r[1])).toEqual(['reporter', 'male voice', 'female voice']);
  });

  it('BAD: `W:` alone stays as it was', () => {
    const d = formatTranscript(
      'REPORTER: We asked shoppers.\n\nW: Fair enough, the town needs it.\n',
    );
    expect(d.speakers.some((s) => s.role === 'female voice')).toBe(false);
  });
});

describe("a newsroom's post and a guest's description before the person (`POLITICAL EDITOR (LAURA SMITH):`)", () => {
  const show = (tag: string) =>
    `PRESENTER: Our guests are here.\n\n${tag}: It has been a dramatic day.\n\nPRESENTER: Thank you.\n`;

  for (const [tag, name, title] of [
    ['POLITICAL EDITOR (LAURA SMITH)', 'Laura Smith', 'Political Editor'],
    ['POLITICAL EDITOR LAURA SMITH', 'Laura Smith', 'Political Editor'],
    ['HEALTH CORRESPONDENT (JANE DOE)', 'Jane Doe', 'Health Correspondent'],
    ['BUSINESS OWNER (SARAH KIM)', 'Sarah Kim', 'Business Owner'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is ${name}, ${title}`, () => {
      const s = formatTranscript(show(tag)).speakers[1];
      expect([s?.name, s?.title]).toEqual([name, title]);
    });
  }

  it('GOOD: `EUROPE EDITOR:` alone is the post, no person named so', () => {
    const s = formatTranscript(show('EUROPE EDITOR')).speakers[1];
    expect([s?.name, s?.role]).toEqual([null, 'europe editor']);
  });

  it('GOOD: `AUDIENCE QUESTION 2:` is an audience member, never the minister’s words', () => {
    const got = rows(
      'MODERATOR: First question.\n\nAUDIENCE QUESTION: Why are the buses late?\n\n' +
        'MINISTER: We are buying new ones.\n\nAUDIENCE QUESTION 2: When?\n\nMINISTER: Next year.\n',
    );
    expect(got.map((r) => r[1])).toEqual([
      'moderator',
      'audience member',
      'minister',
      'audience member #2',
      'minister',
    ]);
  });

  it('BAD: a name before `, EDITOR` stays the name with its title', () => {
    const s = formatTranscript(show('JANE DOE, EDITOR')).speakers[1];
    expect(s?.name).toBe('Jane Doe');
  });
});

describe("a US script's reader by its slug (`READER: FIRE`)", () => {
  it('GOOD: the line is the cue; the copy under it is the anchor’s, no speaker named Reader', () => {
    const d = formatTranscript(
      'ANCHOR: Good evening. Here are tonight’s headlines.\n\nREADER: FIRE\n' +
        'A fire destroyed a warehouse on the east side this afternoon.\n\n' +
        'READER: WEATHER\nExpect rain through the weekend.\n',
    );
    expect(blockRows(d).slice(1)).toEqual([
      ['direction', null, 'READER: FIRE'],
      ['speech', 'anchor', 'A fire destroyed a warehouse on the east side this afternoon.'],
      ['direction', null, 'READER: WEATHER'],
      ['speech', 'anchor', 'Expect rain through the weekend.'],
    ]);
  });

  it('BAD: `Reader:` before a sentence (a letters page) stays a tag', () => {
    const d = formatTranscript(
      'Editor: Thank you for writing.\n\nReader: I disagree with your story.\n',
    );
    expect(d.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe("a print interview's credit in other languages (`Das Gespräch führte …`, `Propos recueillis par …`)", () => {
  const interview = (credit: string) =>
    'SPIEGEL: Frau Ministerin, wie lange hält die Koalition noch?\n\n' +
    'Baerbock: Solange wir gemeinsam Verantwortung tragen.\n\n' +
    `SPIEGEL: Sind Sie müde?\n\nBaerbock: Nein.\n\n${credit}\n`;

  for (const credit of [
    'Das Gespräch führten Jane Doe und John Roe.',
    'Das Interview führte Jane Doe.',
    'Propos recueillis par Jane Doe',
    'Entrevista realizada por Jane Doe',
    'Intervista a cura di Jane Doe',
  ]) {
    it(`GOOD: \`${credit}\` is the byline, not the last answer's words`, () => {
      expect(rows(interview(credit)).at(-1)).toEqual(['note', 'byline', credit]);
    });
  }

  it('GOOD: `Le Monde :` asking twice is the paper’s interviewer', () => {
    const d = formatTranscript(
      'Le Monde : Madame la ministre, que pensez-vous de la réforme ?\n\nMme Dupont : Elle est nécessaire.\n\n' +
        'Le Monde : Pourquoi ?\n\nMme Dupont : Parce que le système est à bout.\n',
    );
    expect(d.speakers[0]?.role).toBe('interviewer');
  });

  it('BAD: `Das Gespräch führte zu nichts.` is a sentence, kept as the words', () => {
    expect(rows(interview('Das Gespräch führte zu nichts.')).at(-1)?.[0]).not.toBe('note');
  });
});

describe("a programme's presenters together (`ANCHORS:`, `BOTH HOSTS:`), reporters at once (`REPORTERS:`)", () => {
  for (const tag of ['ANCHORS', 'BOTH ANCHORS', 'HOSTS', 'REPORTERS']) {
    it(`GOOD: \`${tag}:\` is several speakers, no one named ${tag}`, () => {
      const d = formatTranscript(`ANCHOR: That is all for tonight.\n\n${tag}: Good night!\n`);
      expect(blockRows(d)[1]?.[1]).toBe('several speakers');
    });
  }

  it('BAD: one anchor stays the anchor', () => {
    expect(rows('ANCHOR: Good night.\n')[0]?.[1]).toBe('anchor');
  });
});

describe('voices told apart by a letter (`記者A：`, `REPORTER B:`)', () => {
  it('GOOD: a Japanese press conference’s `記者A：` and `記者B：` are two reporters, never the host’s words', () => {
    const d = formatTranscript(
      '司会：それでは質問をどうぞ。\n\n記者A：解散はいつですか。\n\n総理：考えておりません。\n\n' +
        '記者B：経済対策は。\n\n総理：月内にまとめます。\n',
    );
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'host',
      'reporter A',
      'prime minister',
      'reporter B',
      'prime minister',
    ]);
  });

  it('GOOD: `REPORTER A:` and `REPORTER B:` in English, `質問者：` a questioner', () => {
    const got = rows(
      'REPORTER A: When?\n\nMAYOR: Soon.\n\nREPORTER B: How soon?\n\n質問者：いつですか。\n',
    );
    expect(got.map((r) => r[1])).toEqual(['reporter A', 'mayor', 'reporter B', 'reporter']);
  });

  it('BAD: a capital letter after a word that is no role stays a name (`PLAN B:`)', () => {
    const d = formatTranscript('HOST: What is the fallback?\n\nPLAN B: There is none.\n');
    expect(d.speakers.some((s) => s.role?.startsWith('plan'))).toBe(false);
  });
});
