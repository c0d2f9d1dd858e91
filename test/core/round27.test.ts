/**
 * Round 27 (the lead's stream): tag notes of language and delivery, names and titles by a dash or
 * a bar, bite cues before a tag, numbered Q&As, earnings calls without a list at the top, joint
 * tags, speaker labels as written, C1 quotes, narrow-column hyphens, quotes in French, German,
 * Chinese, Japanese and Hebrew, and news pages' furniture in seven languages.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const blocks = (text: string) =>
  formatTranscript(text).blocks.map((b) => [b.type, b.delivery, b.translated, b.text]);

/** A document's notes (page furniture) as [reason, text]. */
const notes = (text: string) =>
  formatTranscript(text)
    .blocks.filter((b) => b.type === 'note')
    .map((b) => [b.reason, b.text]);

describe('a tag note of language and delivery together', () => {
  const turn = (note: string) =>
    `HOST: Joining us now from the border.\n\nAHMED ALI (${note}): The road is closed.\n\nHOST: Stay safe.\n`;

  for (const [note, delivery] of [
    ['in Arabic, translated', null],
    ['speaking Spanish', null],
    ['spoke Arabic', null],
    ['on phone, in French', 'via-telephone'],
    ['in Arabic; through translator', 'through-translator'],
    ['via Skype, speaking Ukrainian', 'via-video-link'],
  ] as const) {
    it(`GOOD: \`(${note})\` is the note of Ahmed Ali's translated turn`, () => {
      expect(blocks(turn(note))).toEqual([
        ['speech', null, false, 'Joining us now from the border.'],
        ['speech', delivery, true, 'The road is closed.'],
        ['speech', null, false, 'Stay safe.'],
      ]);
      expect(formatTranscript(turn(note)).speakers.map((s) => s.name ?? s.role)).toEqual([
        'host',
        'Ahmed Ali',
      ]);
    });
  }

  it('BAD: a place with a delivery is no language note (`in Paris, live`): no translation', () => {
    const got = blocks(turn('in Paris, live'));
    expect(got.some((b) => b[2] === true)).toBe(false);
  });

  it('BAD: `speaking to reporters` is no language: no translation', () => {
    const got = blocks(turn('speaking to reporters'));
    expect(got.some((b) => b[2] === true)).toBe(false);
  });
});

describe('a name and its title set apart by a dash or a bar', () => {
  const rows = (text: string) => {
    const d = formatTranscript(text);
    return d.blocks.map((b) => {
      const who = d.speakers.find((s) => s.id === b.speaker);
      return [b.type, who?.name ?? null, who?.title ?? null, b.text];
    });
  };

  for (const [a, b] of [
    ['Jane Doe - Host', 'Tom Reyes - Fire Chief'],
    ['Jane Doe – Host', 'Tom Reyes – Fire Chief'],
    ['Jane Doe | Host', 'Tom Reyes | Fire Chief'],
  ] as const) {
    it(`GOOD: \`${a}:\` is Jane Doe, Host; the title never stays in the words`, () => {
      const text = `${a}: Welcome to the show.\n\n${b}: Thanks for having me.\n\n${a}: How bad is it?\n`;
      expect(rows(text)).toEqual([
        ['speech', 'Jane Doe', 'Host', 'Welcome to the show.'],
        ['speech', 'Tom Reyes', 'Fire Chief', 'Thanks for having me.'],
        ['speech', 'Jane Doe', 'Host', 'How bad is it?'],
      ]);
    });
  }

  it('GOOD: in capitals when the title is a role or a post (`JANE DOE - HOST:`)', () => {
    const text = 'JANE DOE - HOST: Welcome.\n\nTOM REYES - FIRE CHIEF: Thanks.\n';
    expect(rows(text).map((r) => r[1])).toEqual(['Jane Doe', 'Tom Reyes']);
  });

  it('BAD: a slug and its place in capitals, or a phrase with a dash, before a colon stay text', () => {
    const text =
      'FLOOD - RIVERTON: The water rose overnight.\n\nBudget vote - council reaction: it passed by two votes.\n';
    expect(rows(text)).toEqual([
      ['narration', null, null, 'FLOOD - RIVERTON: The water rose overnight.'],
      ['narration', null, null, 'Budget vote - council reaction: it passed by two votes.'],
    ]);
  });
});

describe('a Windows-1252 character read as Latin-1 (a C1 control)', () => {
  it('GOOD: `It\\u0092s`, `\\u0093big\\u0094`, `\\u0096` are the apostrophe, quotes and dash, each reported', () => {
    const d = formatTranscript(
      'REPORTER: It\u0092s closed until March. The \u0093big\u0094 flood \u0096 the worst\u0085\n',
    );
    expect(d.blocks.map((b) => b.text)).toEqual([
      'It’s closed until March. The “big” flood – the worst…',
    ]);
    const repairs = d.messages.filter((m) => m.ruleId === 'mojibake');
    expect(repairs).toHaveLength(5);
    expect(repairs[0]?.reason).toContain('Windows-1252 character read as Latin-1');
    expect(d.messages.some((m) => m.ruleId === 'control-character')).toBe(false);
  });

  it('BAD: a C1 code Windows-1252 does not define (U+0081) is removed as a control character', () => {
    const d = formatTranscript('REPORTER: It is\u0081 closed.\n');
    expect(d.blocks[0]?.text).toBe('It is closed.');
    expect(d.messages.some((m) => m.ruleId === 'control-character')).toBe(true);
  });

  it('BAD: UTF-8 read as Latin-1 (`â\\u0080\\u0099`) is one repair, not three characters', () => {
    const d = formatTranscript('REPORTER: It\u00e2\u0080\u0099s closed.\n');
    expect(d.blocks[0]?.text).toBe('It’s closed.');
  });
});

describe('a written interview that numbers its questions and answers', () => {
  const rows = (text: string) => {
    const d = formatTranscript(text);
    return d.blocks.map((b) => {
      const who = d.speakers.find((s) => s.id === b.speaker);
      return [b.type, who?.name ?? who?.role ?? null, b.text];
    });
  };

  for (const [q, a] of [
    ['Q1:', 'A1:'],
    ['Q1.', 'A1.'],
    ['Q 1)', 'A 1)'],
  ] as const) {
    it(`GOOD: \`${q}\` … \`${a}\` are the interviewer's questions and the answers`, () => {
      const next = (s: string) => s.replace('1', '2');
      const text = `${q} What is your name?\n\n${a} Jane Doe.\n\n${next(q)} Where do you live?\n\n${next(a)} In Riverton, by the river.\n`;
      expect(rows(text)).toEqual([
        ['speech', 'reporter', 'What is your name?'],
        ['speech', 'answer', 'Jane Doe.'],
        ['speech', 'reporter', 'Where do you live?'],
        ['speech', 'answer', 'In Riverton, by the river.'],
      ]);
    });
  }

  it('BAD: a traffic bulletin’s road numbers (`A1:`, `A2:`) are no answers', () => {
    const text =
      'A1: Closed northbound between junctions 3 and 4.\n\nA2: Slow traffic near Dartford.\n\nM25: Clear.\n';
    expect(rows(text).every((r) => r[0] !== 'speech')).toBe(true);
  });

  it('BAD: an answer whose number is not its question’s: the labels stay text', () => {
    const text = 'Q1: First?\n\nA3: Third.\n\nQ2: Second?\n\nA2: Yes.\n';
    expect(rows(text).every((r) => r[0] !== 'speech')).toBe(true);
  });
});

describe('the speaker labels of a script in another language', () => {
  const spanish =
    'PERIODISTA: El agua subió durante la noche.\n\nVECINA: Lo perdimos todo.\n\n' +
    'MUJER: Es terrible.\n\nPERIODISTA: Mañana empieza la limpieza.\n';
  const english =
    'REPORTER: The water rose overnight.\n\nWOMAN: It is terrible.\n\nREPORTER: The clean-up starts tomorrow.\n';
  const render = (text: string, output: 'teleprompter-text' | 'vtt' | 'srt', extra = {}) =>
    String(
      produce(text, output, optionsSchema().parse({ speakerLabels: 'name', ...extra })).rendered
        ?.body,
    );

  it('GOOD: the prompter cues the roles as the Spanish tags wrote them, not in English', () => {
    const out = render(spanish, 'teleprompter-text');
    for (const label of ['[PERIODISTA]', '[VECINA]', '[MUJER]']) expect(out).toContain(label);
    expect(out).not.toContain('[REPORTER]');
    expect(out).not.toContain('[WOMAN]');
  });

  it('GOOD: the subtitles name the voices as the script does (`Periodista`, `Mujer`)', () => {
    const vtt = render(spanish, 'vtt');
    expect(vtt).toContain('<v Periodista>');
    expect(vtt).toContain('<v Mujer>');
    expect(vtt).not.toContain('<v Reporter>');
  });

  it('GOOD: the document keeps the English role words tools read alike', () => {
    const d = formatTranscript(spanish);
    expect(d.speakers.map((s) => s.role)).toEqual(['reporter', 'vecina', 'woman']);
  });

  it('BAD: an English script keeps its English role labels (`[REPORTER]`, `<v Woman>`)', () => {
    expect(render(english, 'teleprompter-text')).toContain('[REPORTER]');
    expect(render(english, 'vtt')).toContain('<v Woman>');
  });
});

describe('a bite’s audio cue before its speaker (English radio and TV scripts)', () => {
  const rows = (text: string) => {
    const d = formatTranscript(text);
    return d.blocks.map((b) => {
      const who = d.speakers.find((s) => s.id === b.speaker);
      return [b.type, who?.name ?? who?.role ?? null, b.delivery, b.text];
    });
  };
  const script = (bite: string) =>
    `ANCHOR: The river rose overnight.\n\n${bite}\n\nANCHOR: More rain is forecast.\n`;

  for (const bite of [
    'ACT: MAYOR ANA RUIZ: We opened the shelters at six.',
    'ACTUALITY: ANA RUIZ, MAYOR: We opened the shelters at six.',
    'TAPE 2: ANA RUIZ: We opened the shelters at six.',
    'CLIP (Ana Ruiz, mayor): We opened the shelters at six.',
    'GRAB: ANA RUIZ, MAYOR: We opened the shelters at six.',
  ]) {
    it(`GOOD: \`${bite.slice(0, bite.indexOf(':', 8) + 1)}\` is Ana Ruiz's bite, her words kept`, () => {
      expect(rows(script(bite))).toEqual([
        ['speech', 'anchor', null, 'The river rose overnight.'],
        ['speech', 'Ana Ruiz', 'sot', 'We opened the shelters at six.'],
        ['speech', 'anchor', null, 'More rain is forecast.'],
      ]);
    });
  }

  it('BAD: a cue naming only what is played stays a direction (`ACT: SIRENS`, `CUT: FLOOD-RUIZ`)', () => {
    for (const cue of ['ACT: SIRENS AND RAIN', 'CUT: FLOOD-RUIZ']) {
      expect(rows(script(cue))[1]?.[0]).toBe('direction');
    }
  });

  it('BAD: `Act:` in mixed case before a clause is no cue (`Act: Section 12: …`)', () => {
    const got = rows('Act: Section 12: the minister may close the bridge.\n');
    expect(got.some((r) => r[2] === 'sot')).toBe(false);
  });
});

describe('a speech-to-text export’s lettered or coded voices', () => {
  it('GOOD: `Speaker S1:` (Speechmatics) is a voice as `Speaker A:` is', () => {
    const d = formatTranscript(
      'Speaker S1: Hello there, and welcome to the council meeting.\nSpeaker S2: Thank you, Chair.\nSpeaker S1: First item, the budget.\n',
    );
    expect(d.blocks.map((b) => d.speakers.find((s) => s.id === b.speaker)?.name)).toEqual([
      'Speaker S1',
      'Speaker S2',
      'Speaker S1',
    ]);
  });

  it('BAD: `Speaker Smith:` stays a name with its word, no code', () => {
    const d = formatTranscript('Speaker Smith: Order. Order.\n\nMr Jones: Thank you.\n');
    expect(d.speakers[0]?.name).not.toBe('Speaker S1');
  });
});

describe('an English word that opens with an apostrophe', () => {
  it("GOOD: `rock 'n' roll`, `'em`, `'til`, `'cause` take apostrophes, no opening quote", () => {
    const d = formatTranscript(
      "REPORTER: It was rock 'n' roll, so we told 'em to wait 'til noon 'cause of the rain.\n",
      { language: 'en' },
    );
    expect(d.blocks[0]?.text).toBe(
      'It was rock ’n’ roll, so we told ’em to wait ’til noon ’cause of the rain.',
    );
  });

  it("BAD: a quotation that opens with such letters still opens (`'emergency' was the word`)", () => {
    const d = formatTranscript("REPORTER: He said 'emergency' twice, and 'never' once.\n", {
      language: 'en',
    });
    expect(d.blocks[0]?.text).toBe('He said ‘emergency’ twice, and ‘never’ once.');
  });
});

describe('words broken at the ends of a narrow column’s lines', () => {
  it('GOOD: two broken words in a paragraph of short lines are joined, a compound keeps its hyphen', () => {
    const d = formatTranscript(
      'MR. SMITH: The gov-\nernment has not said when the bridge will re-\nopen, and the well-\nknown contractor has not started work.\n\nMS. JONES: That is not ac-\ncurate. Work started on Mon-\nday.\n',
    );
    expect(d.blocks.map((b) => b.text)).toEqual([
      'The government has not said when the bridge will reopen, and the well-known contractor has not started work.',
      'That is not accurate. Work started on Monday.',
    ]);
    expect(d.messages.filter((m) => m.ruleId === 'hyphenation')).toHaveLength(5);
  });

  it('BAD: a speaker’s restarts at line ends stay as said (`go-` / `going`, `the-` / `the`)', () => {
    const d = formatTranscript(
      'WITNESS: I was go-\ngoing to say, the-\nthe bridge was\nclosed, and I- I left.\n\nQ. And then?\n',
    );
    expect(d.blocks[0]?.text).toBe(
      'I was go- going to say, the- the bridge was closed, and I- I left.',
    );
    expect(d.messages.some((m) => m.ruleId === 'hyphenation')).toBe(false);
  });

  it('BAD: one line ending in a hyphen among short lines is left as it was (`recon-` / `sider`)', () => {
    const d = formatTranscript(
      'MS. JONES: We need to recon-\nsider the plan.\n\nMR. SMITH: Agreed.\n',
    );
    expect(d.messages.some((m) => m.ruleId === 'hyphenation')).toBe(false);
  });
});

describe('an earnings call as The Motley Fool prints it (its participants listed at the end)', () => {
  const call = [
    'Acme Corp (ACME) Q3 2026 Earnings Call Transcript',
    '',
    'Prepared Remarks:',
    '',
    'Operator',
    '',
    'Good day, and welcome to the Acme third-quarter 2026 earnings conference call.',
    '',
    'Jane Doe -- Chief Executive Officer',
    '',
    'Thank you, operator. Revenue grew 12% in the quarter.',
    '',
    'Tom Reyes -- Chief Financial Officer',
    '',
    'Thanks, Jane. Gross margin was 41%.',
    '',
    'Questions & Answers:',
    '',
    'Operator',
    '',
    'Our first question comes from Ana Ruiz with Goldman Sachs.',
    '',
    'Ana Ruiz -- Goldman Sachs -- Analyst',
    '',
    'What drove the margin?',
    '',
    'Jane Doe -- Chief Executive Officer',
    '',
    'Mostly pricing.',
    '',
    'Duration: 45 minutes',
    '',
    'Call participants:',
    '',
    'Jane Doe -- Chief Executive Officer',
    '',
    'Tom Reyes -- Chief Financial Officer',
    '',
    'Ana Ruiz -- Goldman Sachs -- Analyst',
    '',
  ].join('\n');

  it('GOOD: each name line is its speaker’s tag, the operator too, the list and sections no words', () => {
    const d = formatTranscript(call);
    const rows = d.blocks.map((b) => {
      const who = d.speakers.find((s) => s.id === b.speaker);
      return [b.type, who?.name ?? who?.role ?? null, b.text.slice(0, 24)];
    });
    expect(rows.filter((r) => r[0] === 'speech')).toEqual([
      ['speech', 'operator', 'Good day, and welcome to'],
      ['speech', 'Jane Doe', 'Thank you, operator. Rev'],
      ['speech', 'Tom Reyes', 'Thanks, Jane. Gross marg'],
      ['speech', 'operator', 'Our first question comes'],
      ['speech', 'Ana Ruiz', 'What drove the margin?'],
      ['speech', 'Jane Doe', 'Mostly pricing.'],
    ]);
    expect(d.speakers.find((s) => s.name === 'Jane Doe')?.title).toBe('Chief Executive Officer');
    expect(rows.filter((r) => r[0] === 'note').map((r) => r[2])).toContain('Call participants:');
  });

  it('GOOD: copied without its list, `Operator` and the entries over the words name the speakers', () => {
    const d = formatTranscript(call.slice(0, call.indexOf('Duration:')));
    const speech = d.blocks.filter((b) => b.type === 'speech');
    expect(
      speech.map((b) => d.speakers.find((s) => s.id === b.speaker)?.name ?? 'operator'),
    ).toEqual(['operator', 'Jane Doe', 'Tom Reyes', 'operator', 'Ana Ruiz', 'Jane Doe']);
    expect(d.speakers.some((s) => s.name === 'Prepared Remarks')).toBe(false);
  });

  it('BAD: `Prepared Remarks:` alone in any text is no speaker', () => {
    const d = formatTranscript(
      'Prepared Remarks:\n\nThe council met on Monday.\n\nIt voted on the budget.\n',
    );
    expect(d.speakers).toEqual([]);
  });

  it('BAD: names and dashes in a story’s list at its end make no call of it', () => {
    const story =
      'The council met on Monday.\n\nThe vote was close.\n\nAnalysts:\n\nJane Doe - first vote\n\nIt passed by two votes.\n';
    const d = formatTranscript(story);
    expect(d.speakers).toEqual([]);
  });
});

describe('Chinese and Japanese scripts: a bite named on its cue’s line, a vox pop in brackets', () => {
  const who = (text: string) => {
    const d = formatTranscript(text);
    return d.blocks.map((b) => {
      const s = d.speakers.find((x) => x.id === b.speaker);
      return [s?.name ?? s?.role ?? null, s?.title ?? null, b.delivery, b.text];
    });
  };

  it('GOOD: `【同期声】市长 露丝·奥卡福` over the words is her bite, the office her title', () => {
    const text =
      '【导语】\n今天凌晨，米尔布鲁克河水暴涨。\n\n【同期声】市长 露丝·奥卡福\n我们三点开放了社区中心，五点就满了。\n\n【解说】\n当地政府表示，下周将开始全面调查。\n';
    expect(who(text)).toEqual([
      ['anchor', null, null, '今天凌晨，米尔布鲁克河水暴涨。'],
      ['露丝·奥卡福', '市长', 'sot', '我们三点开放了社区中心，五点就满了。'],
      ['narrator', null, null, '当地政府表示，下周将开始全面调查。'],
    ]);
  });

  it('GOOD: NHK’s `【住民】` over the words is a resident’s voice, no words of the reporter', () => {
    const text =
      '【アナウンサー】\nけさ、川が氾濫しました。\n\n【記者】\n午前2時すぎ、水が商店街に流れ込みました。\n\n【住民】\n車を動かすように言われませんでした。\n';
    expect(who(text).map((r) => [r[0], r[3]])).toEqual([
      ['announcer', 'けさ、川が氾濫しました。'],
      ['reporter', '午前2時すぎ、水が商店街に流れ込みました。'],
      ['住民', '車を動かすように言われませんでした。'],
    ]);
  });

  it('BAD: a cue line holding a sentence is no name (`【同期声】他说：…` stays the bite’s words)', () => {
    const text =
      '【解说】\n凌晨两点，洪水涌入商业街。\n\n【同期声】我们三点开放了社区中心。\n五点就满了。\n';
    expect(who(text).some((r) => r[0] === '我们三点开放了社区中心。')).toBe(false);
  });
});

describe('two versions of a paragraph that differ in a number', () => {
  it('GOOD: the warning shows each number whole (`4.2 → 4.5`), both versions kept', () => {
    const text =
      'REPORTER: The council approved a budget of 4.2 million dollars on Monday night after a four-hour debate.\n\n' +
      'REPORTER: The council approved a budget of 4.5 million dollars on Monday night after a four-hour debate.\n';
    const d = formatTranscript(text);
    expect(d.blocks).toHaveLength(2);
    const revised = d.messages.filter((m) => m.ruleId === 'revised-paragraph');
    expect(revised).toHaveLength(2);
    expect(revised[0]?.reason).toContain('(“4.2 → 4.5”)');
  });

  it('BAD: a negation changed is shown by its words, not as a number', () => {
    const text =
      'MAYOR: We did not raise taxes this year, and we kept every library open.\n\n' +
      'MAYOR: We did raise taxes this year, and we kept every library open.\n';
    const revised = formatTranscript(text).messages.find((m) => m.ruleId === 'revised-paragraph');
    expect(revised?.reason).toContain('did not → did');
  });
});

describe('two speakers of the text speaking together', () => {
  const names = (text: string) => {
    const d = formatTranscript(text);
    return d.blocks.map((b) => {
      const s = d.speakers.find((x) => x.id === b.speaker);
      return [s?.name ?? s?.role ?? null, b.text];
    });
  };

  it('GOOD: `JANE AND TOM:`, `JANE & TOM:`, `JANE/TOM:` are both voices, their words no one else’s', () => {
    const text =
      'JANE: Welcome back.\n\nTOM: Thanks.\n\nJANE AND TOM: Happy new year!\n\nJANE & TOM: Cheers!\n\nJANE/TOM: Bye!\n';
    expect(names(text)).toEqual([
      ['Jane', 'Welcome back.'],
      ['Tom', 'Thanks.'],
      ['several speakers', 'Happy new year!'],
      ['several speakers', 'Cheers!'],
      ['several speakers', 'Bye!'],
    ]);
  });

  it('GOOD: the prompter cues them as the tag says who (`[JANE AND TOM]`)', () => {
    const text =
      'Jane Doe: Welcome back.\n\nTom Reyes: Thanks.\n\nJane Doe and Tom Reyes: Happy new year!\n';
    const out = String(
      produce(text, 'teleprompter-text', optionsSchema().parse({})).rendered?.body,
    );
    expect(out).toContain('[JANE DOE AND TOM REYES]');
  });

  it('BAD: a firm or a label with `and` is no joint tag when its sides tag no turns', () => {
    const text = 'JANE: Welcome back.\n\nPROCTER AND GAMBLE: a statement was issued on Monday.\n';
    expect(names(text)[1]?.[0]).not.toBe('several speakers');
  });
});

describe('a Spanish name in capitals with its particles', () => {
  it('GOOD: `MARÍA DE LOS ÁNGELES GARCÍA` is María de los Ángeles García', () => {
    const d = formatTranscript(
      'MARÍA DE LOS ÁNGELES GARCÍA: Hola a todos.\n\nPERIODISTA: Gracias.\n',
    );
    expect(d.speakers[0]?.name).toBe('María de los Ángeles García');
  });

  it('BAD: `LOS ANGELES` opening a name stays capitalised (`Los Angeles`)', () => {
    const d = formatTranscript('LOS ANGELES: It rained all night.\n\nREPORTER: Thanks.\n');
    expect(d.speakers.some((s) => s.name === 'los Angeles')).toBe(false);
  });
});

describe('German quotes as the text writes them', () => {
  const text = (q: string) =>
    `Der Minister sagte: ${q} Dann ging er. "Es war ein langer Tag", sagte die Bürgermeisterin der Stadt am Abend zu den Journalisten vor Ort.\n`;

  it('GOOD: a text that writes `»…«` (Der Spiegel, books) keeps them, its straight quotes so too', () => {
    const d = formatTranscript(text('»Wir haben das Zentrum um drei geöffnet.«'));
    expect(d.blocks[0]?.text).toContain('»Wir haben das Zentrum um drei geöffnet.«');
    expect(d.blocks[0]?.text).toContain('»Es war ein langer Tag«, sagte');
  });

  it('GOOD: a Swiss text that writes `«…»` keeps them', () => {
    const d = formatTranscript(text('«Wir haben das Zentrum um drei geöffnet.»'));
    expect(d.blocks[0]?.text).toContain('«Es war ein langer Tag», sagte');
  });

  it('BAD: a German text without guillemets takes `„…“`', () => {
    const d = formatTranscript(text('"Wir haben das Zentrum um drei geöffnet."'));
    expect(d.blocks[0]?.text).toContain('„Es war ein langer Tag“, sagte');
  });
});

describe('Spanish and German news pages’ furniture', () => {
  it('GOOD: El País’s byline, place and date, share buttons, `Archivado En` tags and related story', () => {
    const text =
      'Inicio > Internacional > Europa\n\nLas inundaciones cortan la ciudad de Millbrook\n\nLos vecinos hacen recuento de los daños tras la crecida del río\n\nAna Ruiz\nLondres - 01 dic 2026 - 08:14 CET\nCompartir en Facebook Compartir en Twitter Copiar enlace\n\nEl agua entró en la calle principal poco después de las dos de la madrugada.\n\nArchivado En\nInundaciones\nReino Unido\n\nMás información\nLas lluvias dejan 40.000 hogares sin luz\n';
    const got = notes(text);
    expect(got).toContainEqual(['dateline', 'Londres - 01 dic 2026 - 08:14 CET']);
    expect(got).toContainEqual([
      'share-links',
      'Compartir en Facebook Compartir en Twitter Copiar enlace',
    ]);
    expect(got).toContainEqual(['related-links', 'Inundaciones']);
    expect(got).toContainEqual(['related-links', 'Las lluvias dejan 40.000 hogares sin luz']);
    const said = formatTranscript(text)
      .blocks.filter((b) => b.type !== 'note')
      .map((b) => b.text);
    expect(said).toContain(
      'El agua entró en la calle principal poco después de las dos de la madrugada.',
    );
  });

  it('GOOD: Der Spiegel’s player and reading-list buttons are page elements', () => {
    const text =
      'Überschwemmung in Millbrook\n\nVon Ana Ruiz, London\n01.12.2026, 08.14 Uhr\nArtikel anhören • 3 Min\nZur Merkliste hinzufügen\n\nDas Wasser kam kurz nach zwei Uhr nachts in die Hauptstraße.\n';
    expect(notes(text)).toContainEqual(['page-element', 'Artikel anhören • 3 Min']);
    expect(notes(text)).toContainEqual(['page-element', 'Zur Merkliste hinzufügen']);
  });

  it('BAD: a sentence of the story with a place, a dash and a date stays words', () => {
    const text =
      'Los vecinos de Londres - 01 dic 2026 - recuerdan la crecida del río como la peor en un siglo.\n';
    expect(notes(text)).toEqual([]);
  });
});

describe('a French news page (Le Monde)', () => {
  const page =
    'Inondations à Millbrook : « Personne ne nous a prévenus »\n\nLes habitants font le compte des dégâts.\n\n' +
    'Par Ana Ruiz (Londres, correspondante)\nPublié le 01 décembre 2026 à 08h14, modifié à 09h02\nTemps de Lecture 3 min.\n\n' +
    "L'eau est entrée dans la rue principale peu après deux heures du matin.\n\n" +
    '« Nous avons ouvert la salle communale à trois heures », a déclaré la maire.\n\n' +
    "Lire aussi | Les pluies privent 40 000 foyers d'électricité\n";

  it('GOOD: the byline with its bracket, the dates, the reading time and the inline related story are notes', () => {
    const notes = formatTranscript(page)
      .blocks.filter((b) => b.type === 'note')
      .map((b) => [b.reason, b.text]);
    expect(notes).toEqual([
      ['byline', 'Par Ana Ruiz (Londres, correspondante)'],
      ['dateline', 'Publié le 01 décembre 2026 à 08h14, modifié à 09h02'],
      ['page-element', 'Temps de Lecture 3 min.'],
      ['related-links', "Lire aussi | Les pluies privent 40 000 foyers d'électricité"],
    ]);
  });

  it('GOOD: a spaced closing guillemet before a comma closes the quotation (`… heures », a déclaré`)', () => {
    const d = formatTranscript(page);
    expect(d.blocks.map((b) => b.text)).toContain(
      '« Nous avons ouvert la salle communale à trois heures », a déclaré la maire.',
    );
  });

  it('BAD: a guillemet opening a quotation after a space still opens (`Puis « non » et « oui ».`)', () => {
    const d = formatTranscript(
      'La maire a répondu aux questions des habitants. Puis « non » et « oui », a-t-elle dit devant la salle communale.\n',
    );
    expect(d.blocks[0]?.text).toContain('Puis « non » et « oui », a-t-elle dit');
  });
});

describe('Italian and Brazilian news pages', () => {
  it('GOOD: Corriere’s date with its update and place is the dateline', () => {
    const text =
      'Alluvione a Millbrook\n\ndi Anna Rossi\n01 dicembre 2026 (modifica alle 09:02) - LONDRA\n\nL’acqua è entrata nella via principale poco dopo le due di notte.\n';
    expect(notes(text)).toContainEqual([
      'dateline',
      '01 dicembre 2026 (modifica alle 09:02) - LONDRA',
    ]);
  });

  it('GOOD: G1’s breadcrumb under its lower-case brand, its date and `Veja também` are notes; the headline is the title', () => {
    const text =
      'g1 > Mundo\n\nEnchente em Millbrook: moradores contam os prejuízos\n\nPor Ana Ruiz, g1 — Londres\n01/12/2026 08h14 · Atualizado há 2 horas\n\nA água entrou na rua principal pouco depois das duas da manhã.\n\nVeja também\nChuvas deixam 40 mil casas sem luz\n';
    const d = formatTranscript(text);
    expect(d.title).toBe('Enchente em Millbrook: moradores contam os prejuízos');
    expect(notes(text)).toEqual([
      ['navigation', 'g1 > Mundo'],
      ['byline', 'Por Ana Ruiz, g1 — Londres'],
      ['dateline', '01/12/2026 08h14 · Atualizado há 2 horas'],
      ['related-links', 'Veja também'],
      ['related-links', 'Chuvas deixam 40 mil casas sem luz'],
    ]);
  });

  it('BAD: a sentence with `>` in lower case stays words (`if a > b then …`)', () => {
    expect(notes('if a > b then the vote fails.\n\nThe council met on Monday.\n')).toEqual([]);
  });
});

describe('a Russian news page (RIA Novosti)', () => {
  const page =
    'Главная > В мире\n\nНаводнение в Миллбруке: «Нас никто не предупредил»\n\n01.12.2026, 08:14 (обновлено: 09:02)\n\n' +
    'ЛОНДОН, 1 дек — РИА Новости. Вода вошла на главную улицу вскоре после двух часов ночи.\n\n' +
    '«Мы открыли центр в три часа», — сказала мэр города.\n\nПодписывайтесь на наш канал в Telegram\n';

  it('GOOD: the two-item breadcrumb, the date with its update and the call to subscribe are notes; the headline is the title', () => {
    const d = formatTranscript(page);
    expect(d.title).toBe('Наводнение в Миллбруке: «Нас никто не предупредил»');
    expect(d.blocks.filter((b) => b.type === 'note').map((b) => [b.reason, b.text])).toEqual([
      ['navigation', 'Главная > В мире'],
      ['dateline', '01.12.2026, 08:14 (обновлено: 09:02)'],
      ['subscription', 'Подписывайтесь на наш канал в Telegram'],
    ]);
  });

  it('BAD: a sentence that asks to subscribe, with its stop, stays words', () => {
    const d = formatTranscript(
      'Мэр сказала жителям: подписывайтесь на наш канал, там будут новости.\n',
    );
    expect(d.blocks.every((b) => b.type !== 'note')).toBe(true);
  });
});

describe('an Arabic news page', () => {
  it('GOOD: its breadcrumb, correspondent line, related stories and source line are notes', () => {
    const page =
      'الرئيسية > أخبار > العالم\n\nفيضانات في ميلبروك\n\nمراسلة الجزيرة - لندن\n\n' +
      'دخلت المياه الشارع الرئيسي بعد الساعة الثانية فجرا بقليل.\n\nاقرأ أيضا\nالأمطار تقطع الكهرباء عن 40 ألف منزل\n\nالمصدر: الجزيرة\n';
    const d = formatTranscript(page);
    expect(d.title).toBe('فيضانات في ميلبروك');
    expect(d.blocks.filter((b) => b.type === 'note').map((b) => [b.reason, b.text])).toEqual([
      ['navigation', 'الرئيسية > أخبار > العالم'],
      ['byline', 'مراسلة الجزيرة - لندن'],
      ['related-links', 'اقرأ أيضا'],
      ['related-links', 'الأمطار تقطع الكهرباء عن 40 ألف منزل'],
      ['credit', 'المصدر: الجزيرة'],
    ]);
  });

  it('BAD: a sentence naming the correspondent, with its stop, stays words', () => {
    const d = formatTranscript('مراسلة الجزيرة قالت إن المياه ارتفعت بسرعة كبيرة في الليل.\n');
    expect(d.blocks.every((b) => b.type !== 'note')).toBe(true);
  });
});

describe('Chinese and Japanese quotes and a Chinese page’s font control', () => {
  it('GOOD: straight quotes with no space before them open and close in turn (`居民称“…”`, `说：“…”`)', () => {
    const d = formatTranscript(
      '米尔布鲁克遭遇洪水，居民称"没有人提醒我们"。市长说："我们三点开放了社区中心。"当地政府表示，下周将开始全面调查。\n',
      { language: 'zh' },
    );
    expect(d.blocks[0]?.text).toBe(
      '米尔布鲁克遭遇洪水，居民称“没有人提醒我们”。市长说：“我们三点开放了社区中心。”当地政府表示，下周将开始全面调查。',
    );
  });

  it('GOOD: `【字体：大 中 小】` is a control of the page', () => {
    const d = formatTranscript(
      '米尔布鲁克遭遇洪水\n\n【字体：大 中 小】\n\n当地时间凌晨两点，洪水涌入商业街。\n',
    );
    expect(d.blocks.find((b) => b.text === '【字体：大 中 小】')?.reason).toBe('page-element');
  });

  it('BAD: English quotes keep reading their spaces (`he said "yes"` opens after the space)', () => {
    const d = formatTranscript('REPORTER: He said "yes" and then "no" to the council.\n', {
      language: 'en',
    });
    expect(d.blocks[0]?.text).toBe('He said “yes” and then “no” to the council.');
  });
});

describe('Hebrew quotes', () => {
  it('GOOD: a quotation after a one-letter prefix opens (`ש"אף אחד…"` → `ש“אף אחד…”`); an acronym’s gershayim stays (`צה"ל`)', () => {
    const d = formatTranscript(
      'דובר צה"ל אמר: "הכוחות נכנסו לעיר". התושבים אומרים ש"אף אחד לא הזהיר אותנו". הרשויות הודיעו על חקירה בשבוע הבא לפי ארה"ב.\n',
      { language: 'he' },
    );
    expect(d.blocks[0]?.text).toBe(
      'דובר צה"ל אמר: “הכוחות נכנסו לעיר”. התושבים אומרים ש“אף אחד לא הזהיר אותנו”. הרשויות הודיעו על חקירה בשבוע הבא לפי ארה"ב.',
    );
  });
});

describe('a meeting export’s name lines with the clock after one space (Webex)', () => {
  it('GOOD: `Jane Doe 10:02 AM` over the words is her turn, the clock no part of the words', () => {
    const d = formatTranscript(
      'Jane Doe 10:02 AM\nWelcome, everyone.\nTom Reyes 10:02 AM\nThanks, Jane.\nJane Doe 10:03 AM\nFirst item, the budget.\n',
    );
    expect(d.blocks.map((b) => [d.speakers.find((s) => s.id === b.speaker)?.name, b.text])).toEqual(
      [
        ['Jane Doe', 'Welcome, everyone.'],
        ['Tom Reyes', 'Thanks, Jane.'],
        ['Jane Doe', 'First item, the budget.'],
      ],
    );
  });

  it('BAD: a briefing’s title with its time (`Press Briefing 12:45 PM`) names no speaker', () => {
    const d = formatTranscript(
      'Press Briefing 12:45 PM\nThe White House\n\nThe press secretary took questions on the budget and the flood.\n',
    );
    expect(d.speakers).toEqual([]);
  });
});

describe('an office with its portfolio or a German office before a full name', () => {
  for (const [tag, name, title] of [
    ['El ministro de Hacienda Carlos Cuerpo', 'Carlos Cuerpo', 'ministro de Hacienda'],
    ['La ministra de Sanidad Mónica García', 'Mónica García', 'ministra de Sanidad'],
    ['Der Bundeskanzler Friedrich Merz', 'Friedrich Merz', 'Bundeskanzler'],
    ['Die Bundesministerin Nancy Faeser', 'Nancy Faeser', 'Bundesministerin'],
  ] as const) {
    it(`GOOD: \`${tag}:\` is ${name}, ${title}`, () => {
      const d = formatTranscript(
        `${tag}: Gracias a todos por venir hoy.\n\nPERIODISTA: Una pregunta.\n`,
      );
      expect([d.speakers[0]?.name, d.speakers[0]?.title]).toEqual([name, title]);
    });
  }

  it('BAD: an office before a surname alone keeps the surname as the name (`El presidente Sánchez`)', () => {
    const d = formatTranscript('El presidente Sánchez: Buenos días.\n\nPERIODISTA: Gracias.\n');
    expect([d.speakers[0]?.name, d.speakers[0]?.title]).toEqual(['Sánchez', 'presidente']);
  });
});

describe('a live page’s contributor line', () => {
  it('GOOD: `Reporting from Millbrook` under a contributor’s name is a byline note', () => {
    const d = formatTranscript(
      'Live: Floods in Millbrook\n\n10:15 GMT\nRiver level still rising\n\nAna Ruiz\nReporting from Millbrook\n\nThe water is now at the steps of the town hall.\n',
    );
    expect(d.blocks.find((b) => b.text === 'Reporting from Millbrook')?.reason).toBe('byline');
    // The name over it is the contributor's: not read out.
    expect(d.blocks.find((b) => b.text === 'Ana Ruiz')?.reason).toBe('byline');
  });

  it('BAD: a sentence that says where the reporting is from stays words', () => {
    const d = formatTranscript('Reporting from Millbrook, our correspondent saw the water rise.\n');
    expect(d.blocks[0]?.type).toBe('narration');
  });
});

describe('a bite header without its colon (English scripts)', () => {
  const script = (header: string) =>
    `ANCHOR: The river rose overnight.\n\n${header}\n"We lost everything in an hour."\n\nANCHOR: More rain is forecast.\n`;

  for (const header of [
    'SOT PAT DUNN, RESIDENT',
    'SOUNDBITE Pat Dunn, resident',
    'GRAB PAT DUNN / RESIDENT',
  ]) {
    it(`GOOD: \`${header}\` is a cue, the quote under it Pat Dunn's bite`, () => {
      const d = formatTranscript(script(header));
      const bite = d.blocks.find((b) => b.text === 'We lost everything in an hour.');
      expect(d.speakers.find((s) => s.id === bite?.speaker)?.name).toBe('Pat Dunn');
      expect(d.blocks.find((b) => b.text === header)?.type).toBe('direction');
    });
  }

  it('BAD: a sentence opening with the word (`Grab a coat, it is cold.`) stays words', () => {
    const d = formatTranscript(
      'ANCHOR: Grab a coat, it is cold out there tonight.\n\nGrab a coat, it is cold.\n',
    );
    expect(d.blocks.every((b) => b.type !== 'direction')).toBe(true);
  });
});
