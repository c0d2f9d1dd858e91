/**
 * Conventions of round 16, each tested on cases written for these tests in its convention: the
 * Brazilian Câmara's and Senado's notas taquigráficas, Arabic talk-show transcripts (Al Jazeera's
 * pages), the Knesset's committee protocols.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const doc = (text: string) => formatTranscript(text);
const speakerOf = (text: string, words: string) => {
  const d = doc(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};
const typeOf = (text: string, words: string) =>
  doc(text).blocks.find((b) => b.text.startsWith(words))?.type ?? null;

describe('the Brazilian Câmara’s and Senado’s notas taquigráficas (O SR. NAME (…) - )', () => {
  const camara = [
    'O SR. PRESIDENTE (Arthur Lira. PP - AL) - Está aberta a sessão.',
    'A SRA. TABATA AMARAL (PSB - SP. Pela ordem. Sem revisão da oradora.) - Sr. Presidente, quero registrar o voto favorável da bancada.',
    'O SR. GLAUBER BRAGA (PSOL - RJ. Sem revisão do orador.) - Presidente, a matéria precisa de mais debate.',
    '(Manifestação no plenário.)',
    'O SR. PRESIDENTE (Arthur Lira. PP - AL) - Peço silêncio ao plenário.',
  ].join('\n');

  it('GOOD: the chair named in the bracket, the office its title', () => {
    expect(speakerOf(camara, 'Está aberta')).toMatchObject({
      name: 'Arthur Lira',
      title: 'Presidente',
    });
    expect(speakerOf(camara, 'Peço silêncio')?.name).toBe('Arthur Lira');
  });

  it('GOOD: a member’s name in capitals, the party and state the title, the note kept in the tag', () => {
    expect(speakerOf(camara, 'Sr. Presidente, quero')).toMatchObject({
      name: 'Tabata Amaral',
      title: 'PSB - SP',
    });
    const glauber = speakerOf(camara, 'Presidente, a matéria');
    expect(glauber?.name).toBe('Glauber Braga');
    expect(glauber?.aliases[0]).toContain('Sem revisão do orador.');
  });

  it('GOOD: the Senado’s en dash and its long bloc names; particles in lower case', () => {
    const text = [
      'O SR. PRESIDENTE (Rodrigo Pacheco. Bloco Parlamentar Resistência Democrática/PSD - MG) – Havendo número regimental, declaro aberta a sessão.',
      'A SRA. ELIZIANE GAMA (Bloco Parlamentar da Resistência Democrática/PSD - MA. Para discursar.) – Sr. Presidente, venho tratar da seca no Nordeste.',
      'O SR. JOSÉ DA SILVA DOS SANTOS (PT - BA) – Presidente, peço a palavra pela ordem.',
      '(Levanta-se a sessão às 18 horas e 12 minutos.)',
    ].join('\n');
    expect(speakerOf(text, 'Havendo número')?.name).toBe('Rodrigo Pacheco');
    expect(speakerOf(text, 'Sr. Presidente, venho')).toMatchObject({
      name: 'Eliziane Gama',
      title: 'Bloco Parlamentar da Resistência Democrática/PSD - MA',
    });
    expect(speakerOf(text, 'Presidente, peço')?.name).toBe('José da Silva dos Santos');
    expect(typeOf(text, 'Levanta-se')).toBe('direction');
  });

  it('GOOD: the floor’s doing in brackets is a direction: (Palmas.), (Pausa.), (Manifestação…)', () => {
    expect(typeOf(camara, 'Manifestação')).toBe('direction');
    const text = [
      'O SR. ZÉ VITOR (PL - MG. Para orientar a bancada.) - O PL orienta “sim”, Sr. Presidente.',
      '(Palmas.)',
      'O SR. PRESIDENTE (Arthur Lira. PP - AL) - Há quórum?',
      '(Pausa.)',
      'O SR. PRESIDENTE (Arthur Lira. PP - AL) - Encerrada a votação.',
    ].join('\n');
    expect(typeOf(text, 'Palmas')).toBe('direction');
    expect(typeOf(text, 'Pausa')).toBe('direction');
    expect(speakerOf(text, 'O PL orienta')?.name).toBe('Zé Vitor');
  });

  it('GOOD: the record’s notes: the microphone cut, the chair changing hands, the close', () => {
    const text = [
      'O SR. IVAN VALENTE (Bloco/PSOL - SP. Sem revisão do orador.) - Não vai ter continuidade o golpe neste País...',
      '',
      '(Desligamento do microfone.)',
      '',
      '(Durante o discurso do Sr. Bacelar, o Sr. Paulo Folletto, 2º Suplente de Secretário, deixa a cadeira',
      'da Presidência, que é ocupada pelo Sr. Charles Fernandes, nos termos do § 2º do art. 18 do',
      'Regimento Interno.)',
      '',
      'O SR. PRESIDENTE (Charles Fernandes. Bloco/PSD - BA) - Conclua, Deputado, por favor.',
      '',
      '(Encerra-se a sessão à 0 hora e 19 minutos.)',
    ].join('\n');
    expect(typeOf(text, 'Desligamento')).toBe('direction');
    expect(typeOf(text, 'Durante o discurso')).toBe('direction');
    expect(typeOf(text, 'Encerra-se')).toBe('direction');
    expect(speakerOf(text, 'Conclua')?.name).toBe('Charles Fernandes');
  });

  it('BAD: prose that names a senator with a dash is no tag', () => {
    const text =
      'O SR. PRESIDENTE disse que a sessão (marcada para hoje) - segundo a Mesa - começa às 14h.';
    expect(doc(text).speakers).toEqual([]);
  });
});

describe('Arabic talk-show transcripts (Name: words, [فاصل إعلاني])', () => {
  const aj = [
    'عثمان آي فرح: مشاهدينا الكرام أهلاً بكم في حلقة جديدة. نناقش اليوم أزمة المياه.',
    'محمد المختار: شكراً لك. الأزمة سببها الجفاف وسوء الإدارة معاً.',
    'عثمان آي فرح: سيد المختار، ما الحل في رأيك؟',
    'محمد المختار: الحل في التعاون الإقليمي وتحديث شبكات الري.',
  ];

  it('GOOD: a question mark (؟) ends a turn’s line as a full stop does', () => {
    const text = aj.join('\n');
    expect(speakerOf(text, 'سيد المختار')?.name).toBe('عثمان آي فرح');
    expect(speakerOf(text, 'الحل في')?.name).toBe('محمد المختار');
    expect(doc(text).blocks).toHaveLength(4);
  });

  it('GOOD: the break in brackets is a direction and parts the turns', () => {
    const text = [...aj.slice(0, 2), '[فاصل إعلاني]', ...aj.slice(2)].join('\n');
    expect(typeOf(text, 'فاصل')).toBe('direction');
    expect(speakerOf(text, 'سيد المختار')?.name).toBe('عثمان آي فرح');
  });

  it('GOOD: applause and laughter in brackets are directions', () => {
    const text = [aj[0], '(تصفيق)', aj[1], '(ضحك)', aj[2], aj[3]].join('\n\n');
    expect(typeOf(text, 'تصفيق')).toBe('direction');
    expect(typeOf(text, 'ضحك')).toBe('direction');
  });

  it('GOOD: the programme page’s presenter and guests lines are nobody’s turns', () => {
    const text = ['مقدم الحلقة: عثمان آي فرح', 'ضيوف الحلقة: محمد المختار - باحث', '', ...aj].join(
      '\n',
    );
    const names = doc(text).speakers.map((s) => s.name);
    expect(names).toEqual(['عثمان آي فرح', 'محمد المختار']);
    expect(names).not.toContain('مقدم الحلقة');
    expect(names).not.toContain('ضيوف الحلقة');
  });

  it('GOOD: an Urdu interview’s full stop (۔) ends the line too', () => {
    const text = [
      'میزبان: آج ہمارے ساتھ وزیر خزانہ ہیں۔',
      'وزیر خزانہ: شکریہ، بجٹ متوازن ہے۔',
      'میزبان: کیا ٹیکس بڑھیں گے؟',
      'وزیر خزانہ: نہیں، کوئی نیا ٹیکس نہیں۔',
    ].join('\n');
    expect(doc(text).blocks.filter((b) => b.type === 'speech')).toHaveLength(4);
  });
});

describe('the Knesset’s committee protocols (היו"ר Name:, Name (party):)', () => {
  const protocol = [
    'היו"ר שמחה רוטמן:',
    'בוקר טוב, אני פותח את ישיבת הוועדה.',
    'גלעד קריב (העבודה):',
    'אדוני היושב ראש, הדיון הזה נערך בחיפזון.',
    'היו"ר שמחה רוטמן:',
    'חבר הכנסת קריב, תקבל את רשות הדיבור אחר כך.',
    'גור בליי:',
    'אני רוצה להציג את עמדת הייעוץ המשפטי.',
  ];

  it('GOOD: the chair’s abbreviation with its gershayim is the title, the rest the name', () => {
    const text = protocol.join('\n');
    expect(speakerOf(text, 'בוקר טוב')).toMatchObject({ name: 'שמחה רוטמן', title: 'היו"ר' });
    expect(speakerOf(text, 'חבר הכנסת')?.name).toBe('שמחה רוטמן');
  });

  it('GOOD: a member’s party in brackets after a name of any length', () => {
    const text = protocol.join('\n');
    expect(speakerOf(text, 'אדוני')).toMatchObject({ name: 'גלעד קריב', title: 'העבודה' });
    expect(speakerOf(text, 'אני רוצה')?.name).toBe('גור בליי');
  });

  it('GOOD: the typographic gershayim (״) and the blank lines of a Word export', () => {
    const text = protocol.map((l) => l.replace('"', '\u05f4')).join('\n\n');
    expect(speakerOf(text, 'בוקר טוב')?.name).toBe('שמחה רוטמן');
    expect(speakerOf(text, 'אדוני')?.name).toBe('גלעד קריב');
  });

  it('GOOD: the header’s labels and a bill’s name are nobody’s; the closing note a direction', () => {
    const text = [
      'סדר היום:',
      'הצעת חוק יסוד: השפיטה (תיקון)',
      'חברי הוועדה: שמחה רוטמן – היו"ר',
      '',
      ...protocol,
      '(הישיבה ננעלה בשעה 12:30.)',
    ].join('\n');
    const names = doc(text).speakers.map((s) => s.name);
    expect(names).not.toContain('הצעת חוק יסוד');
    expect(names).not.toContain('חברי הוועדה');
    expect(typeOf(text, 'הישיבה ננעלה')).toBe('direction');
  });
});

describe('the Duma’s and the Rada’s stenograms (Председательствующий., Surname I. O., faction.)', () => {
  const duma = [
    'Председательствующий. Доброе утро, уважаемые коллеги! Прошу подготовиться к регистрации.',
    'Слово предоставляется Гартунгу Валерию Карловичу.',
    'Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ». Уважаемый Вячеслав Викторович, прошу включить законопроект.',
    'Председательствующий. Спасибо. Жуков Александр Дмитриевич.',
    'Жуков А. Д., фракция «ЕДИНАЯ РОССИЯ». Уважаемые коллеги, комитет поддерживает законопроект.',
    '(Аплодисменты.)',
  ].join('\n');

  it('GOOD: the chair’s office with its full stop is the chair’s tag', () => {
    expect(speakerOf(duma, 'Доброе утро')).toMatchObject({
      title: 'Председательствующий',
      role: 'president',
    });
    expect(speakerOf(duma, 'Спасибо. Жуков')?.title).toBe('Председательствующий');
    expect(speakerOf(duma, 'Слово предоставляется')?.title).toBe('Председательствующий');
  });

  it('GOOD: a member’s surname and initials, the faction after a comma the title', () => {
    expect(speakerOf(duma, 'Уважаемый Вячеслав')).toMatchObject({
      name: 'Гартунг В. К.',
      title: 'фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ»',
    });
    expect(speakerOf(duma, 'Уважаемые коллеги')?.name).toBe('Жуков А. Д.');
    expect(typeOf(duma, 'Аплодисменты')).toBe('direction');
  });

  it('GOOD: the Rada’s capitals, initials without a space, a member without a function', () => {
    const text = [
      'ГОЛОВУЮЧИЙ. Доброго ранку, шановні народні депутати! Прошу підготуватися до реєстрації.',
      'ЖЕЛЕЗНЯК Я.І., голова підкомітету з питань фінансів (одномандатний виборчий округ № 45). Дякую, пане головуючий. Прошу підтримати законопроект.',
      'ГОЛОВУЮЧИЙ. Дякую. Гончаренко, будь ласка.',
      'ГОНЧАРЕНКО О.О. Шановні колеги, цей законопроект треба повернути на доопрацювання.',
      '(Оплески)',
    ].join('\n\n');
    expect(speakerOf(text, 'Доброго ранку')).toMatchObject({ title: 'Головуючий' });
    expect(speakerOf(text, 'Дякую, пане')).toMatchObject({
      name: 'Железняк Я.І.',
      title: 'голова підкомітету з питань фінансів (одномандатний виборчий округ № 45)',
    });
    expect(speakerOf(text, 'Шановні колеги')?.name).toBe('Гончаренко О.О.');
    expect(typeOf(text, 'Оплески')).toBe('direction');
  });

  it('BAD: a news story naming someone by surname and initials is no record', () => {
    const text = [
      'Путин В. В. Провел совещание с членами правительства.',
      'Министр доложил о ходе работ. Совещание продолжалось два часа.',
      'Иванов И. И. Сообщил, что проект завершат к осени.',
    ].join('\n\n');
    expect(doc(text).speakers).toEqual([]);
  });
});

describe('Westminster-style records’ procedural lines and members (South Africa, Seanad, Rajya Sabha)', () => {
  it('GOOD: South Africa’s An HON MEMBER: and HON MEMBERS: without full stops are the floor', () => {
    const text = [
      'The SPEAKER: Order, hon members!',
      'An HON MEMBER: Shame!',
      'Mr J S MALEMA: Speaker, on a point of order.',
      'HON MEMBERS: Hear, hear!',
    ].join('\n');
    expect(speakerOf(text, 'Shame')?.role).toBe('hon. member');
    expect(speakerOf(text, 'Hear, hear')?.role).toBe('hon. members');
  });

  it('GOOD: the question’s and the motion’s fate on a line of its own is a direction', () => {
    const text = [
      'The SPEAKER: I now put the question.',
      'Question put.',
      'Motion agreed to.',
      'The SPEAKER: The Bill will be sent to the Council.',
      'Question put and agreed to.',
      'Debate concluded.',
      'Amendment negatived.',
    ].join('\n');
    for (const line of [
      'Question put.',
      'Motion agreed to',
      'Question put and',
      'Debate concluded',
      'Amendment negatived',
    ])
      expect(typeOf(text, line)).toBe('direction');
    expect(typeOf(text, 'The Bill will')).toBe('speech');
  });

  it('GOOD: who took the chair, the sitting’s end, and interjections in brackets', () => {
    const text = [
      'The House met at 14:00.',
      'The Speaker took the Chair and requested members to observe a moment of silence for prayers or meditation.',
      'The SPEAKER: Hon members, the Minister will now reply.',
      'The MINISTER OF FINANCE: The budget protects the poor. [Interjections.] It protects them all.',
      'MR. CHAIRMAN: The House is adjourned.',
      'The House then adjourned at forty-five minutes past eleven of the clock.',
    ].join('\n');
    expect(typeOf(text, 'The Speaker took the Chair')).toBe('direction');
    expect(typeOf(text, 'Interjections')).toBe('direction');
    expect(typeOf(text, 'The House then adjourned')).toBe('direction');
  });

  it('GOOD: the whips’ offices are tags; a draft resolution’s Agreed to. a direction', () => {
    const text = [
      'The CHIEF WHIP OF THE MAJORITY PARTY: Madam Speaker, we move without notice:',
      '',
      '  That the House notes the passing of Mr Aggrey Klaaste.',
      '',
      'Agreed to.',
      '',
      'The CHIEF WHIP OF THE OPPOSITION: Deputy Speaker, on a point of order.',
      '',
      'The HOUSE CHAIRPERSON: Order, hon members!',
    ].join('\n');
    expect(speakerOf(text, 'Madam Speaker, we move')?.title).toBe(
      'Chief Whip of the Majority Party',
    );
    expect(speakerOf(text, 'Deputy Speaker, on')?.title).toBe('Chief Whip of the Opposition');
    expect(speakerOf(text, 'Order, hon')?.title).toBe('House Chairperson');
    expect(typeOf(text, 'Agreed to')).toBe('direction');
  });

  it('GOOD: a member tagged in isiXhosa and in English is one speaker (Nksz and Ms)', () => {
    const text = [
      'The SPEAKER: I now call the hon Tshwete.',
      '',
      'Nksz P TSHWETE: Somlomo, amalungu eNdlu yoWiso-mthetho abekekileyo.',
      '',
      'HON MEMBERS: Malibongwe!',
      '',
      'Ms P TSHWETE: South Africa is one of only three countries.',
      '',
      'Mnu S NKOSI: Sihlalo, ngiyabonga.',
      '',
      'Mr S NKOSI: Chairperson, I thank you.',
    ].join('\n');
    const tshwete = speakerOf(text, 'Somlomo');
    expect(speakerOf(text, 'South Africa is')?.id).toBe(tshwete?.id);
    expect(speakerOf(text, 'Chairperson, I thank')?.id).toBe(speakerOf(text, 'Sihlalo')?.id);
  });

  it('BAD: a member who says the motion was agreed to is speaking', () => {
    const text = [
      'The SPEAKER: Order!',
      'Ms N V MENTOR: Motion agreed to, and yet nothing has been done since.',
    ].join('\n');
    expect(typeOf(text, 'Motion agreed to, and yet')).toBe('speech');
  });
});

describe('the New Zealand Prime Minister’s post-Cabinet transcripts (PM:, Media:)', () => {
  const text = [
    'PM: Kia ora koutou. Today I want to update you on the cyclone recovery.',
    'Media: Prime Minister, how much of that is new money?',
    'PM: All of it is new money.',
    'Media: Will you rule out a new tax?',
    'PM: Yes.',
    '',
    'conclusion of press conference',
  ].join('\n');

  it('GOOD: Media: is a reporter’s question', () => {
    expect(speakerOf(text, 'Prime Minister, how')?.role).toBe('reporter');
    expect(speakerOf(text, 'Will you rule')?.role).toBe('reporter');
  });

  it('GOOD: the closing line is a direction, not the Prime Minister’s words', () => {
    expect(typeOf(text, 'conclusion of press')).toBe('direction');
  });
});

describe('the Austrian Nationalrat’s Stenographisches Protokoll (Bundesminister für … Name:)', () => {
  it('GOOD: a minister’s office with its field after für, a doctor’s and a master’s degree', () => {
    const text = [
      'Präsident Mag. Wolfgang Sobotka: Zu Wort gelangt der Herr Bundesminister.',
      '',
      'Bundesminister für Finanzen Dr. Magnus Brunner, MA: Sehr geehrter Herr Präsident! Das Budget ist solide.',
      '',
      'Abgeordnete Sigrid Maurer, BA (Grüne): Herr Präsident! Wir haben die Mieten gedeckelt.',
      '',
      'Bundesministerin für Justiz Dr. Alma Zadić, LL.M.: Herr Präsident! Die Reform kommt.',
    ].join('\n');
    expect(speakerOf(text, 'Sehr geehrter')?.name).toBe('Magnus Brunner');
    expect(speakerOf(text, 'Herr Präsident! Wir')?.name).toBe('Sigrid Maurer');
    expect(speakerOf(text, 'Herr Präsident! Die Reform')?.name).toBe('Alma Zadić');
  });
});

describe('India’s MEA briefings (Official Spokesperson, Shri Name:)', () => {
  it('GOOD: the function before the comma, the named person with a courtesy title after it', () => {
    const text = [
      'Official Spokesperson, Shri Randhir Jaiswal: Good afternoon friends. Welcome to this weekly media briefing.',
      '',
      'Question: Sir, my question is on the visit of the Bhutan Prime Minister.',
      '',
      'Official Spokesperson, Shri Randhir Jaiswal: The visit was very productive.',
      '',
      'Joint Secretary (Americas), Smt. Anita Rao: Let me add a word.',
      '',
      'Press Officer, Mr Daniel Cole: The text will be shared.',
    ].join('\n');
    expect(speakerOf(text, 'Good afternoon friends')).toMatchObject({
      name: 'Shri Randhir Jaiswal',
      title: 'Official Spokesperson',
    });
    expect(speakerOf(text, 'The text will')).toMatchObject({
      name: 'Mr Daniel Cole',
      title: 'Press Officer',
    });
    expect(speakerOf(text, 'Sir, my question')?.role).toBe('reporter');
  });

  it('BAD: a name and a description after the comma keep their order', () => {
    const text = 'Jane Doe, Mr Smith’s lawyer: We will appeal.\n\nJOHN ROE: We will not.';
    expect(speakerOf(text, 'We will appeal')?.name).toBe('Jane Doe');
  });
});

describe('Hong Kong government transcripts (Reporter:, Chief Executive:, Ends/…, Issued at HKT …)', () => {
  const text = [
    'Transcript of remarks by CE at media session before ExCo meeting',
    '',
    'Reporter: Mr Lee, will the Government extend the subsidy for the elderly?',
    '',
    'Chief Executive: The Government will review the scheme.',
    '',
    '(Please also refer to the Chinese portion of the remarks.)',
    '',
    'Ends/Tuesday, March 12, 2024',
    'Issued at HKT 11:45',
  ].join('\n');

  it('GOOD: the note on the Chinese portion is not the Chief Executive’s words', () => {
    expect(typeOf(text, 'Please also refer')).toBe('direction');
    expect(speakerOf(text, 'The Government will')?.title).toBe('Chief Executive');
  });

  it('GOOD: the release’s issue time is a dateline note', () => {
    const issued = doc(text).blocks.find((b) => b.text.startsWith('Issued at'));
    expect(issued).toMatchObject({ type: 'note', reason: 'dateline' });
  });

  it('BAD: a sentence about what was issued at a time is no dateline', () => {
    const story =
      'REPORTER: The warning was issued at noon.\n\nIssued at 11:45, the order closed every school in the district.';
    expect(doc(story).blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('the Turkish Grand National Assembly’s record (BAŞKAN –, NAME (Province) –)', () => {
  const text = [
    'BAŞKAN – Türkiye Büyük Millet Meclisinin 45’inci Birleşimini açıyorum.',
    'Söz sırası Manisa Milletvekili Özgür Özel’de.',
    'ÖZGÜR ÖZEL (Manisa) – Sayın Başkan, değerli milletvekilleri; asgari ücret konusunda söz aldım.',
    '(CHP sıralarından alkışlar)',
    'BAŞKAN – Teşekkür ediyorum Sayın Özel.',
    'ABDULLAH GÜLER (İstanbul) – Sayın Başkan, Hükûmetimiz asgari ücreti artırmıştır.',
    '(AK PARTİ sıralarından alkışlar, CHP sıralarından gürültüler)',
    'BAŞKAN – Birleşimi kapatıyorum.',
  ].join('\n');

  it('GOOD: the chair’s BAŞKAN and a member’s name with the province in brackets, then a dash', () => {
    expect(speakerOf(text, 'Türkiye Büyük')?.role).toBe('president');
    expect(speakerOf(text, 'Söz sırası')?.role).toBe('president');
    expect(speakerOf(text, 'Sayın Başkan, değerli')).toMatchObject({
      name: 'Özgür Özel',
      title: 'Manisa',
    });
    expect(speakerOf(text, 'Sayın Başkan, Hükûmetimiz')?.name).toBe('Abdullah Güler');
    expect(speakerOf(text, 'Birleşimi')?.role).toBe('president');
  });

  it('GOOD: the benches’ applause and noise in brackets are directions', () => {
    expect(typeOf(text, 'CHP sıralarından alkışlar')).toBe('direction');
    expect(typeOf(text, 'AK PARTİ')).toBe('direction');
  });

  it('BAD: a wire dateline with a bracket is no speaker', () => {
    const story = 'ANKARA (AA) – Meclis bugün toplandı.\n\nMilletvekilleri bütçeyi görüştü.';
    expect(doc(story).speakers).toEqual([]);
  });
});

describe('the Hellenic Parliament’s minutes (ΠΡΟΕΔΡΕΥΩΝ (Name):, (Χειροκροτήματα …))', () => {
  it('GOOD: the chair’s office with its holder in brackets; applause a direction', () => {
    const text = [
      'ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Γεωργαντάς): Κυρίες και κύριοι συνάδελφοι, αρχίζει η συνεδρίαση.',
      'ΝΙΚΟΛΑΟΣ ΠΑΠΠΑΣ: Ευχαριστώ, κύριε Πρόεδρε. Το νομοσχέδιο είναι πρόχειρο.',
      '(Χειροκροτήματα από την πτέρυγα του ΣΥΡΙΖΑ)',
      'ΠΡΟΕΔΡΟΣ (Κωνσταντίνος Τασούλας): Ευχαριστούμε τον κ. Παππά.',
    ].join('\n');
    expect(speakerOf(text, 'Κυρίες και')?.name).toBe('Γεώργιος Γεωργαντάς');
    expect(speakerOf(text, 'Ευχαριστούμε')?.name).toBe('Κωνσταντίνος Τασούλας');
    expect(typeOf(text, 'Χειροκροτήματα')).toBe('direction');
  });
});

describe('a plain-text Hansard’s agenda heading centred over two lines (South Africa)', () => {
  const text = [
    'The SPEAKER: The condolences of the House will be conveyed.',
    '',
    ' CONGRATULATIONS TO RETIEF GOOSEN ON WINNING US OPEN AND TO SPRINGBOK RUGBY',
    '                       TEAM ON SERIES WIN OVER IRELAND',
    '',
    'Mr T D LEE: Madam Speaker, I hereby move without notice.',
  ].join('\n');

  it('GOOD: the long heading in capitals is a headline, not the Speaker’s words', () => {
    expect(typeOf(text, 'CONGRATULATIONS')).toBe('headline');
    expect(speakerOf(text, 'Madam Speaker')?.name).toBe('Mr T D Lee');
  });

  it('BAD: a speech in capitals hard-wrapped without a centred line stays speech', () => {
    const caps = [
      'The SPEAKER: Order.',
      '',
      'Mr T D LEE: WE WILL NOT ACCEPT THIS RULING FROM THE CHAIR AND WE WILL SAY SO',
      'AGAIN AND AGAIN IN THIS HOUSE',
    ].join('\n');
    expect(typeOf(caps, 'WE WILL NOT')).toBe('speech');
  });
});

describe('records whose tags close with a full stop or a dash, hard-wrapped as a PDF copy gives them', () => {
  it('GOOD: the Duma’s turns stay apart when the lines are wrapped', () => {
    const text = [
      'Председательствующий. Уважаемые коллеги, переходим к рассмотрению пункта 5',
      'порядка работы. Слово предоставляется Гартунгу Валерию Карловичу.',
      'Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ». Уважаемые коллеги!',
      'Законопроект касается индексации пенсий работающим пенсионерам.',
      'Председательствующий. Спасибо. Жуков Александр Дмитриевич, пожалуйста.',
      'Жуков А. Д., фракция «ЕДИНАЯ РОССИЯ». Комитет рассмотрел законопроект и',
      'рекомендует принять его в первом чтении.',
    ].join('\n');
    expect(speakerOf(text, 'Уважаемые коллеги!')?.name).toBe('Гартунг В. К.');
    expect(speakerOf(text, 'Спасибо. Жуков')?.title).toBe('Председательствующий');
    expect(speakerOf(text, 'Комитет рассмотрел')?.name).toBe('Жуков А. Д.');
  });

  it('GOOD: the Grand National Assembly’s turns stay apart when the lines are wrapped', () => {
    const text = [
      'BAŞKAN – Türkiye Büyük Millet Meclisinin 45’inci Birleşimini açıyorum. Toplantı',
      'yeter sayısı vardır, görüşmelere başlıyoruz.',
      'ÖZGÜR ÖZEL (Manisa) – Sayın Başkan, değerli milletvekilleri; asgari ücret konusunda',
      'söz almış bulunuyorum.',
      'BAŞKAN – Teşekkür ediyorum Sayın Özel. Söz sırası Sayın Güler’de.',
      'ABDULLAH GÜLER (İstanbul) – Sayın Başkan, Hükûmetimiz asgari ücreti artırmıştır.',
    ].join('\n');
    expect(speakerOf(text, 'Sayın Başkan, değerli')?.name).toBe('Özgür Özel');
    expect(speakerOf(text, 'Teşekkür')?.role).toBe('president');
    expect(speakerOf(text, 'Sayın Başkan, Hükûmetimiz')?.name).toBe('Abdullah Güler');
  });
});
