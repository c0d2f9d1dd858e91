/**
 * Conventions found probing unseen inputs by hand (round 21): a press interview's rubric over its
 * questions and answers in other languages; an official interviewed by office in languages
 * without capitals and in Turkish; a short answer in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const turns = (text: string) => {
  const doc = formatTranscript(text);
  const who = (id: string | null) => {
    const s = doc.speakers.find((x) => x.id === id);
    return s ? (s.name ?? s.role) : null;
  };
  return doc.blocks.map((b) => [b.type, who(b.speaker), b.text]);
};

describe("a press interview's rubric over its questions and answers", () => {
  const interview = (rubric: string, q: string, a: string) =>
    `${rubric}\n\n${q}: Buenos días. ¿Cómo está la situación en los hospitales?\n\n${a}: Buenos días. La situación es estable, pero seguimos vigilando.\n\n${q}: ¿Habrá nuevas restricciones?\n\n${a}: No por ahora.\n`;

  it.each([
    ['ENTREVISTA: Ministra de Sanidad'],
    ['INTERVISTA: il ministro della Salute'],
    ['ИНТЕРВЬЮ: министр здравоохранения'],
    ['WYWIAD: minister zdrowia'],
    ['RÖPORTAJ: Sağlık Bakanı'],
    ['Entretien : la ministre de la Santé'],
  ])('`%s` is the headline, no one speaking it', (rubric) => {
    const doc = formatTranscript(interview(rubric, 'P', 'R'));
    expect(doc.blocks[0]?.type).toBe('headline');
    expect(doc.blocks[0]?.speaker).toBeNull();
    expect(doc.speakers.map((s) => s.role)).toEqual(['reporter', 'answer']);
  });

  it('COUNTER: an Italian bite header naming who speaks keeps its speaker', () => {
    expect(
      turns(
        'INTERVISTA: MARIO ROSSI, SINDACO DI BOLOGNA\nAbbiamo evacuato duecento persone questa notte.\n\nLANCIO: Buonasera. A Bologna la piena del Reno.\n',
      ).slice(1),
    ).toEqual([
      ['speech', 'Mario Rossi', 'Abbiamo evacuato duecento persone questa notte.'],
      ['speech', 'anchor', 'Buonasera. A Bologna la piena del Reno.'],
    ]);
  });
});

describe('an official interviewed by office', () => {
  it.each([
    [
      '记者：部长您好，目前医院的情况怎么样？\n\n部长：你好。情况稳定，但我们仍在密切关注。\n\n记者：会有新的限制措施吗？\n\n部长：目前没有。\n',
    ],
    [
      'المذيع: صباح الخير يا معالي الوزير. كيف هو الوضع في المستشفيات؟\n\nالوزير: صباح النور. الوضع مستقر، لكننا نتابعه عن كثب.\n\nالمذيع: هل ستكون هناك قيود جديدة؟\n\nالوزير: ليس في الوقت الحالي.\n',
    ],
    [
      'Muhabir: Günaydın Sayın Bakan. Hastanelerde durum nasıl?\n\nBakan: Günaydın. Durum istikrarlı ama yakından takip ediyoruz.\n\nMuhabir: Yeni kısıtlamalar gelecek mi?\n\nBakan: Şimdilik hayır.\n',
    ],
  ])(
    'the office is the speaker’s role, not a name; every answer is the minister’s (%#)',
    (text) => {
      const t = turns(text);
      expect(t.map(([type]) => type)).toEqual(['speech', 'speech', 'speech', 'speech']);
      expect(t[1]?.[1]).toBe('minister');
      expect(t[3]?.[1]).toBe('minister');
      // The last answer is the minister's own turn, its label not left in the text.
      expect(String(t[3]?.[2])).not.toMatch(/^(?:部长|الوزير|Bakan)/u);
    },
  );

  it('a short Chinese answer ending as a sentence is speech; a field without a full stop is not', () => {
    const doc = formatTranscript(
      '记者：会有新的限制措施吗？\n\n部长：目前没有。\n\n记者：学校呢？\n\n部长：照常开放。\n\n编辑：张三\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', '会有新的限制措施吗？'],
      ['speech', '目前没有。'],
      ['speech', '学校呢？'],
      ['speech', '照常开放。'],
      ['note', '编辑：张三'],
    ]);
  });
});

describe("a podcast's guest and its numbered chapters", () => {
  it('`GUEST (Name, what they are):` is that person, a guest; their first name later is them', () => {
    const doc = formatTranscript(
      'HOST (Dana Reyes): It started raining on a Tuesday.\n\nGUEST (Tom Adeyemi, hydrologist): Which is four feet above the old record.\n\nDANA: Tom, what did the models say?\n\nTOM: They said 27. We were wrong by a lot.\n',
    );
    expect(doc.speakers.map((s) => [s.name, s.role, s.title])).toEqual([
      ['Dana Reyes', 'host', null],
      ['Tom Adeyemi', 'guest', 'hydrologist'],
    ]);
    expect(doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name)).toEqual([
      'Dana Reyes',
      'Tom Adeyemi',
      'Dana Reyes',
      'Tom Adeyemi',
    ]);
  });

  it('a bare `Guest:` is the guest, unnamed; numbered guests stay as the service wrote them', () => {
    expect(
      formatTranscript('Host: Welcome back.\n\nGuest: Thanks for having me.\n').speakers.map(
        (s) => [s.name, s.role],
      ),
    ).toEqual([
      [null, 'host'],
      [null, 'guest'],
    ]);
    expect(
      formatTranscript('Guest 1: Hello there.\n\nGuest 2: Hi, nice to be here.\n').speakers.map(
        (s) => s.name,
      ),
    ).toEqual(['Guest 1', 'Guest 2']);
  });

  it.each([
    ['Chapter 2: The river'],
    ['[00:01:12] Chapter 2: The river'],
    ['Part 3 – Recovery'],
    ['Segment 4'],
    ['CHAPTER II: AFTER THE FLOOD'],
    ['Kapitel 2: Der Fluss'],
  ])('`%s` between turns is a heading, not the words of the turn before it', (mark) => {
    const doc = formatTranscript(
      `[00:00:05] DANA: It started raining on a Tuesday.\n\n${mark}\n\n[00:01:15] DANA: The river crested at 31 feet.\n\n[00:01:20] TOM: Four feet above the old record.\n`,
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'headline', 'speech', 'speech']);
    expect(doc.blocks[0]?.text).toBe('It started raining on a Tuesday.');
  });

  it('COUNTER: a sentence about a chapter, or a part of a list, stays the speaker’s', () => {
    for (const line of [
      'Chapter 2 is where it gets interesting.',
      'Part 3 – that was the hard part.',
      'Part 3 of the plan, we think, is the key?',
    ]) {
      const doc = formatTranscript(
        `DANA: It started raining on a Tuesday.\n\n${line}\n\nTOM: Four feet above the old record.\n`,
      );
      expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
    }
  });
});

describe("an Australian minister's transcript: E&OE", () => {
  it.each([['E&OE'], ['E & OE'], ['E&OE TRANSCRIPT'], ['E&OE - PROOF ONLY']])(
    '`%s` is a disclaimer note, neither the title nor spoken',
    (mark) => {
      const doc = formatTranscript(
        `TRANSCRIPT: PM press conference, Parliament House, Canberra\n${mark}\n\nPRIME MINISTER: Thanks very much for coming.\n\nJOURNALIST: Prime Minister, when will the money flow?\n\nPRIME MINISTER: From Monday.\n`,
      );
      expect(doc.title).toBe('PM press conference, Parliament House, Canberra');
      const note = doc.blocks.find((b) => b.text === mark);
      expect(note?.type).toBe('note');
      expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
    },
  );

  it('COUNTER: a sentence about E&O cover is speech', () => {
    const doc = formatTranscript(
      'HOST: What cover do you need?\n\nGUEST: E&O cover, mostly. Errors and omissions.\n',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe("an interview's key to the initials that tag its turns", () => {
  const interview = (key: string) =>
    `Interview with Jane Doe\n\n${key}\n\nML: Thanks for joining us. How bad was the flooding?\n\nJD: It was the worst in forty years.\n\nML: And the clean-up?\n\nJD: It will take weeks.\n`;

  it('`Name (XX), what they are` lines above the turns are notes, one a line, and name the speakers', () => {
    const doc = formatTranscript(
      interview('Jane Doe (JD), Harbour City Council\nMark Lee (ML), interviewer'),
    );
    expect(doc.title).toBe('Interview with Jane Doe');
    expect(doc.blocks.map((b) => [b.type, b.line])).toEqual([
      ['headline', 1],
      ['note', 3],
      ['note', 4],
      ['speech', 6],
      ['speech', 8],
      ['speech', 10],
      ['speech', 12],
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Mark Lee', 'Jane Doe']);
  });

  it('the key as the first lines, with a dash or nothing after the initials', () => {
    const doc = formatTranscript(
      interview('Jane Doe (JD) – Harbour City Council\nMark Lee (ML)').replace(
        'Interview with Jane Doe\n\n',
        '',
      ),
    );
    expect(doc.title).toBeNull();
    expect(doc.blocks.slice(0, 2).map((b) => b.type)).toEqual(['note', 'note']);
  });

  it('COUNTER: initials that tag no turn, or that are not the name’s, and a sentence, stay', () => {
    const stays = [
      'Jane Doe (JD), Harbour City Council\nPeter Fox (ML), interviewer',
      'Jane Doe (JD) said the council was ready.',
      'World Health Organization (WHO)',
    ];
    for (const key of stays) {
      const doc = formatTranscript(interview(key));
      expect(doc.blocks.find((b) => b.line === 3)?.type).not.toBe('note');
    }
  });
});

describe("a short newscast's language", () => {
  it.each([
    [
      'de',
      'Tagesschau, 20:00 Uhr\n\nSprecherin: Guten Abend, meine Damen und Herren. Heftige Regenfälle haben in Bayern zu Überschwemmungen geführt.\n\nReporter (Max Müller): Das Wasser stand einen Meter hoch in der Innenstadt.\n\nAnwohnerin: Wir haben alles verloren.\n\nSprecherin: Danke, Max.\n',
    ],
    [
      'pt',
      'Jornal Nacional – 6 de março de 2025\n\nWILLIAM BONNER (APRESENTADOR): Boa noite. A chuva causou enchentes em Porto Alegre.\n\nREPÓRTER (Ana Souza): A água chegou a um metro no centro da cidade.\n\nMORADORA: A gente perdeu tudo.\n\nBONNER: Obrigado, Ana.\n',
    ],
    [
      'en',
      'Evening News\n\nANCHOR: Good evening. Heavy rain flooded the valley overnight.\n\nREPORTER (Max Miller): The water stood a metre deep in the town centre.\n\nRESIDENT: We lost everything.\n\nANCHOR: Thanks, Max.\n',
    ],
  ])('a few lines of %s copy with no English words are read as that language', (language, text) => {
    expect(formatTranscript(text).language).toBe(language);
  });
});

describe('a vox pop after an indefinite article', () => {
  it.each([
    ['Une habitante : On a tout perdu.', 'habitante'],
    ['Un riverain : On a tout perdu.', 'riverain'],
    ['Una vecina: Lo hemos perdido todo.', 'vecina'],
    ['Eine Anwohnerin: Wir haben alles verloren.', 'anwohnerin'],
    ['Uma moradora: A gente perdeu tudo.', 'moradora'],
    ['A resident: We lost everything.', 'resident'],
  ])('`%s` is an unnamed voice, not the reporter’s words', (line, role) => {
    const doc = formatTranscript(
      `REPORTER (Paul Martin): The water reached a metre in the town centre.\n\n${line}\n\nANCHOR: Thank you, Paul.\n`,
    );
    const block = doc.blocks[1];
    expect(doc.speakers.find((s) => s.id === block?.speaker)).toMatchObject({ name: null, role });
  });

  it('COUNTER: a name after a one-letter word stays a name (NPR’s A Martínez)', () => {
    const doc = formatTranscript(
      'A MARTÍNEZ, HOST: Good morning.\n\nSTEVE INSKEEP, HOST: And good morning to you.\n',
    );
    expect(doc.speakers[0]?.name).toBe('A Martínez');
  });
});

describe("a programme's name and airtime over its turns", () => {
  it.each([['Fakty TVN, 19:00'], ['Události ČT, 19:00'], ['Evening Report, 18:30']])(
    '`%s` is the headline, not a speaker who says nothing (its words kept)',
    (header) => {
      const doc = formatTranscript(
        `${header}\n\nANCHOR: Good evening. Heavy rain flooded the valley.\n\nREPORTER (Anna Nowak): The water is a metre deep.\n`,
      );
      expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: header, speaker: null });
      expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['anchor', 'Anna Nowak']);
    },
  );

  it('COUNTER: a name and time over untagged words is that speaker’s turn; so is a timed log line with no words', () => {
    const doc = formatTranscript(
      'Fakty TVN, 19:00\n\nDobry wieczór. Ulewne deszcze spowodowały powódź.\n',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech']);
    const log = formatTranscript(
      'CDR: Houston, Tranquility Base here.\n\nLMP, 46:52\n\nCC: We copy you down, Eagle.\n',
    );
    expect(log.speakers.map((s) => s.name ?? s.role)).toContain('LMP');
  });
});

describe('vox pops in Nordic languages, Czech, Indonesian', () => {
  it.each([
    ['En boende: Vi har förlorat allt.', 'boende'],
    ['En beboer: Vi har mistet alt.', 'beboer'],
    ['Obyvatelka: Přišli jsme o všechno.', 'obyvatelka'],
    ['Warga: Kami kehilangan segalanya.', 'warga'],
  ])('`%s` is an unnamed voice', (line, role) => {
    const doc = formatTranscript(
      `REPORTER (Anna Lind): The water is a metre deep.\n\n${line}\n\nANCHOR: Thank you, Anna.\n`,
    );
    expect(doc.speakers.find((s) => s.id === doc.blocks[1]?.speaker)).toMatchObject({
      name: null,
      role,
    });
  });
});

describe('a tag alone that no words follow', () => {
  it('is reported (empty-turn) with the tag as written: no label leaves the text unsaid', () => {
    const doc = formatTranscript(
      'JANE DOE:\n\nJOHN ROE: Hi there, how are you?\n\nJANE DOE: Fine.\n\nJOHN ROE:\n',
    );
    const empty = doc.messages.filter((m) => m.ruleId === 'empty-turn');
    expect(empty.map((m) => [m.line, m.actual])).toEqual([
      [1, 'JANE DOE'],
      [7, 'JOHN ROE'],
    ]);
  });

  it('COUNTER: a tag alone over its words is no empty turn', () => {
    const doc = formatTranscript('JANE DOE:\nHello there.\n\nJOHN ROE:\n\nHi, Jane.\n');
    expect(doc.messages.filter((m) => m.ruleId === 'empty-turn')).toEqual([]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe("an Australian minister's radio interview transcript", () => {
  const transcript = (event: string) =>
    `THE HON MARK LEE MP\nMINISTER FOR WATER\n\nTRANSCRIPT\n${event}\nFRIDAY, 7 MARCH 2025\n\nE&OE\n\nREBECCA HALL, HOST: Minister, good morning.\n\nMARK LEE, MINISTER FOR WATER: Good morning, Rebecca.\n`;

  it('the event under TRANSCRIPT that names the station is the headline and title, not a place', () => {
    const doc = formatTranscript(transcript('RADIO INTERVIEW – ABC RADIO BRISBANE, MORNINGS'));
    expect(doc.title).toBe('RADIO INTERVIEW – ABC RADIO BRISBANE, MORNINGS');
    expect(doc.blocks.find((b) => b.line === 5)?.type).toBe('headline');
    expect(doc.blocks.find((b) => b.line === 6)?.type).toBe('note');
  });

  it('COUNTER: a press conference’s place under its event stays the dateline', () => {
    const doc = formatTranscript(
      'THE HON MARK LEE MP\nMINISTER FOR WATER\n\nTRANSCRIPT\nPRESS CONFERENCE\nPARLIAMENT HOUSE, CANBERRA\nFRIDAY, 7 MARCH 2025\n\nMARK LEE: Good morning.\n\nJOURNALIST: Minister, when?\n',
    );
    expect(doc.title).toBe('PRESS CONFERENCE');
    expect(doc.blocks.find((b) => b.line === 6)).toMatchObject({ type: 'note' });
  });
});

describe('a US newsroom script’s cues in double parentheses', () => {
  const script = (nameCue: string) =>
    `((JANE))\nGOOD EVENING. FLOODWATERS ARE RISING TONIGHT ALONG THE CEDAR RIVER.\n\n((JANE/VO))\nCREWS SPENT THE AFTERNOON FILLING SANDBAGS ALONG FRONT STREET.\n\n((SOT))\n((${nameCue}))\n"WE'RE ASKING EVERYONE IN THE LOW-LYING AREAS TO LEAVE NOW."\n\n((JANE))\nSHELTERS OPEN AT SIX AT THE HIGH SCHOOL.\n`;

  it('each cue is a direction of its own; the copy under it is read without it', () => {
    const doc = formatTranscript(script('MAYOR ALAN BROOKS'));
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['direction', 'JANE'],
      ['narration', 'GOOD EVENING. FLOODWATERS ARE RISING TONIGHT ALONG THE CEDAR RIVER.'],
      ['direction', 'JANE/VO'],
      ['narration', 'CREWS SPENT THE AFTERNOON FILLING SANDBAGS ALONG FRONT STREET.'],
      ['direction', 'SOT'],
      ['direction', 'MAYOR ALAN BROOKS'],
      ['speech', 'WE’RE ASKING EVERYONE IN THE LOW-LYING AREAS TO LEAVE NOW.'],
      ['direction', 'JANE'],
      ['narration', 'SHELTERS OPEN AT SIX AT THE HIGH SCHOOL.'],
    ]);
  });

  it.each([['MAYOR ALAN BROOKS'], ['ALAN BROOKS, MAYOR']])(
    'the person cued under a bare ((SOT)) (`%s`) speaks the bite',
    (cue) => {
      const doc = formatTranscript(script(cue));
      const bite = doc.blocks.find((b) => b.type === 'speech');
      expect(doc.speakers.find((s) => s.id === bite?.speaker)?.name).toBe('Alan Brooks');
      expect(bite?.delivery).toBe('sot');
    },
  );

  it.each([['FULL SCREEN GRAPHIC'], ['TAKE VO'], ['NAT SOUND UP'], ['WIDE SHOT']])(
    'COUNTER: a production cue under ((SOT)) (`%s`) names no one',
    (cue) => {
      expect(formatTranscript(script(cue)).speakers).toEqual([]);
    },
  );

  it('COUNTER: words in double parentheses with small letters stay text', () => {
    const doc = formatTranscript('ANCHOR: Good evening.\n\n((this is an aside))\n');
    expect(doc.blocks.some((b) => b.type === 'direction' && b.text === 'this is an aside')).toBe(
      false,
    );
  });
});

describe('Thai and Vietnamese newscasts', () => {
  it('Thai role words are roles, the villager an unnamed voice', () => {
    const doc = formatTranscript(
      'ผู้ประกาศข่าว: สวัสดีครับ ฝนตกหนักทำให้เกิดน้ำท่วมในเชียงใหม่\n\nผู้สื่อข่าว: น้ำสูงประมาณหนึ่งเมตรในตัวเมือง\n\nชาวบ้าน: เราสูญเสียทุกอย่าง\n\nผู้ประกาศข่าว: ขอบคุณครับ\n',
    );
    expect(doc.speakers.map((s) => [s.name, s.role])).toEqual([
      [null, 'announcer'],
      [null, 'reporter'],
      [null, 'ชาวบ้าน'],
    ]);
  });

  it('a Vietnamese vox pop (`Người dân:`) is its own turn, not the reporter’s words', () => {
    const doc = formatTranscript(
      'Người dẫn chương trình: Xin chào quý vị. Mưa lớn gây ngập lụt ở Hà Nội.\n\nPhóng viên: Nước ngập sâu một mét ở trung tâm thành phố.\n\nNgười dân: Chúng tôi mất hết mọi thứ.\n\nNgười dẫn chương trình: Cảm ơn.\n',
    );
    expect(doc.blocks[2]?.text).toBe('Chúng tôi mất hết mọi thứ.');
    expect(doc.speakers.find((s) => s.id === doc.blocks[2]?.speaker)?.role).toBe('người dân');
  });
});

describe("a Korean or Chinese anchor's throw names the reporter", () => {
  it.each([
    [
      '[앵커]\n폭우로 서울 도심이 물에 잠겼습니다. 김민수 기자입니다.\n\n[기자]\n도심 곳곳이 1미터 넘게 잠겼습니다.\n\n[앵커]\n내일까지 비가 더 온다고 합니다.\n',
      '김민수',
    ],
    [
      '主持人：暴雨袭击北京。来看本台记者张伟报道。\n\n记者：市中心积水超过一米。\n\n主持人：谢谢。\n',
      '张伟',
    ],
  ])('the unnamed reporter is the one the throw names (%#)', (text, name) => {
    const doc = formatTranscript(text);
    expect(doc.speakers.find((s) => s.role === 'reporter')?.name).toBe(name);
  });

  it('COUNTER: a reporter mentioned without the throw’s formula stays unnamed', () => {
    const doc = formatTranscript(
      '主持人：暴雨袭击北京，记者们都在现场。\n\n记者：市中心积水超过一米。\n\n主持人：谢谢。\n',
    );
    expect(doc.speakers.find((s) => s.role === 'reporter')?.name).toBeNull();
  });
});

describe('a screenplay’s character cue with its extension', () => {
  it('`TOM (V.O.)` over the dialogue is Tom in voice-over, the extension no direction', () => {
    const doc = formatTranscript(
      '                    DANA\n          Where is it?\n\n                    TOM (V.O.)\n          Coming through now.\n\n                    DANA\n          Put it on the prompter.\n\n                    NARRATOR (V.O.)\n          It was the longest night.\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.delivery ?? null, b.text])).toEqual([
      ['speech', null, 'Where is it?'],
      ['speech', 'voice-over', 'Coming through now.'],
      ['speech', null, 'Put it on the prompter.'],
      ['speech', 'voice-over', 'It was the longest night.'],
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['Dana', 'Tom', 'narrator']);
  });

  it('COUNTER: a stage direction in brackets alone on its line stays a direction', () => {
    const doc = formatTranscript('DANA: Where is it?\n\n(V.O.)\n\nTOM: Here.\n');
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'direction', 'speech']);
  });
});
