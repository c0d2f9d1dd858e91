/**
 * Conventions of the real transcripts of the fresh-eyes round 14 (the rules were written after
 * scoring them on main), each tested on cases written for these tests in its convention: a US
 * military commission's transcript copied from its PDF, the Portuguese Assembleia's Diário.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const doc = (text: string) => formatTranscript(text);
const typed = (text: string) => doc(text).blocks.map((b) => [b.type, b.text]);
const speakerOf = (text: string, words: string) => {
  const d = doc(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};

describe('a military commission’s transcript (MJ [Col NAME]:)', () => {
  // Pleading-paper line numbers, a blank line between the lines, as a PDF copy gives them.
  const page = [
    'UNOFFICIAL/UNAUTHENTICATED TRANSCRIPT',
    '',
    '1 [The R.M.C. 803 session was called to order at 1302, 4 June',
    '',
    '2 2025.]',
    '',
    '3 MJ [Col HALVORSEN]: Please be seated. The commission is',
    '',
    '4 called to order.',
    '',
    '5 TC [LCDR OKAFOR]: Good afternoon, Your Honor. The',
    '',
    '6 government is present and ready to proceed.',
    '',
    '7 DDC [MS. VARGA]: Judge, the defense is ready.',
    '',
    '8 MJ [Col HALVORSEN]: Thank you. Call your first witness.',
  ].join('\n');

  it('GOOD: each coded tag opens a turn; the code is the role, the rank the title', () => {
    const d = doc(page);
    const speeches = d.blocks.filter((b) => b.type === 'speech');
    expect(speeches.map((b) => b.text)).toEqual([
      'Please be seated. The commission is called to order.',
      'Good afternoon, Your Honor. The government is present and ready to proceed.',
      'Judge, the defense is ready.',
      'Thank you. Call your first witness.',
    ]);
    const judge = speakerOf(page, 'Please be seated');
    expect(judge).toMatchObject({ name: 'Halvorsen', title: 'Colonel', role: 'military judge' });
    expect(speakerOf(page, 'Good afternoon')).toMatchObject({
      name: 'Okafor',
      title: 'Lieutenant Commander',
      role: 'trial counsel',
    });
    expect(speakerOf(page, 'Judge, the defense')).toMatchObject({
      name: 'Ms. Varga',
      role: 'detailed defense counsel',
    });
    expect(speeches[3]?.speaker).toBe(speeches[0]?.speaker);
    // The record's bracketed note of the session is a direction, not words.
    expect(d.blocks.find((b) => b.text.includes('called to order at 1302'))?.type).toBe(
      'direction',
    );
  });

  it('BAD: an unknown code, a bracketed word, a session sentence in a speech stay as they are', () => {
    // `US [NOW]:` has no commission code; a bracketed aside inside words is no tag.
    expect(doc('NEWS [LIVE]: Storm warning for the coast.').speakers).toEqual([]);
    const spoken = doc(
      'MJ [Col HALVORSEN]: The session was called to order at 0900 yesterday, as you know.',
    );
    expect(spoken.blocks.map((b) => b.type)).toEqual(['speech']);
    // A rank the convention does not write is no tag (`[Foo BAR]`).
    expect(doc('MJ [Foo HALVORSEN]: Please be seated.').speakers).toEqual([]);
  });
});

describe('the Portuguese Assembleia’s Diário (O Sr. Name (PARTY): —)', () => {
  const record = [
    'O Sr. Presidente: — Tem a palavra o Sr. Deputado Rui Tavares.',
    '',
    'O Sr. Rui Tavares (L): — Sr. Presidente, a habitação é o problema do País.',
    '',
    'Aplausos do L.',
    '',
    'A Sr.ª Inês Sousa Real (PAN): — Muito bem!',
    '',
    'Protestos do CH, batendo nas bancadas.',
    '',
    'A Sr.ª Ministra da Habitação (Marina Gonçalves): — Sr. Deputado, respondo já.',
  ].join('\n');

  it('GOOD: the courtesy title is no part of the name, the dash no part of the words', () => {
    expect(typed(record)).toEqual([
      ['speech', 'Tem a palavra o Sr. Deputado Rui Tavares.'],
      ['speech', 'Sr. Presidente, a habitação é o problema do País.'],
      ['direction', 'Aplausos do L.'],
      ['speech', 'Muito bem!'],
      ['direction', 'Protestos do CH, batendo nas bancadas.'],
      ['speech', 'Sr. Deputado, respondo já.'],
    ]);
    expect(speakerOf(record, 'Tem a palavra')).toMatchObject({
      name: null,
      role: 'presidente',
    });
    expect(speakerOf(record, 'Sr. Presidente, a')).toMatchObject({
      name: 'Rui Tavares',
      title: 'L',
    });
    expect(speakerOf(record, 'Muito bem')).toMatchObject({ name: 'Inês Sousa Real' });
    expect(speakerOf(record, 'Sr. Deputado, respondo')).toMatchObject({
      name: 'Marina Gonçalves',
      title: 'Ministra da Habitação',
    });
  });

  it('BAD: prose naming o Sr. Silva, a sentence about applause, stay words', () => {
    const prose = [
      'O Sr. Silva disse que não: a proposta ficou para depois.',
      '',
      'Aplausos do PS foram ouvidos na sala durante a votação, disse a deputada.',
    ].join('\n');
    const d = doc(prose);
    expect(d.speakers).toEqual([]);
    expect(d.blocks.map((b) => b.type)).not.toContain('direction');
  });
});

describe('a mailing list’s copy of a briefing (its RFC 5322 date header)', () => {
  it('GOOD: the message’s date line under the title is a dateline note', () => {
    const d = doc(
      [
        'Press Briefing with the Harbour Authority Spokesperson',
        'Tue, 14 Oct 2025 09:30:00 +0100',
        'MS. OYELARAN: Good morning. The ferry resumes on Friday.',
        'Q When exactly?',
        'MS. OYELARAN: At six.',
      ].join('\n'),
    );
    const line = d.blocks.find((b) => b.text.startsWith('Tue, 14 Oct'));
    expect(line).toMatchObject({ type: 'note', reason: 'dateline' });
  });

  it('BAD: a sentence that opens with a date stays words', () => {
    const d = doc(
      'MS. OYELARAN: Tue, 14 Oct 2025 09:30:00 +0100 is when the ferry left, and it came back.',
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['speech']);
  });
});

describe('a briefing’s `Q` and one space, hard-wrapped without blank lines', () => {
  const briefing = [
    'MR. ABARA: Good afternoon. I have one item on the harbour works before I',
    'take your questions, and then I will go to the back of the room first.',
    'Q Can you say when the works will start, and whether the ferry will keep',
    'running through the winter months when the weather turns?',
    'MR. ABARA: They start in March, after the tenders close. The ferry keeps',
    'running on its winter timetable, as it did last year.',
    'Q And the cost of the works, in total, including the new pier and the',
    'dredging of the channel?',
    'MR. ABARA: About four million, most of it for the dredging of the',
    'channel.',
  ].join('\n');

  it('GOOD: each `Q` line opens the reporter’s question, its wrapped line goes on with it', () => {
    const d = doc(briefing);
    expect(d.blocks.map((b) => [b.type, b.text.slice(0, 24)])).toEqual([
      ['speech', 'Good afternoon. I have o'],
      ['speech', 'Can you say when the wor'],
      ['speech', 'They start in March, aft'],
      ['speech', 'And the cost of the work'],
      ['speech', 'About four million, most'],
    ]);
    expect(d.blocks[1]?.text.endsWith('when the weather turns?')).toBe(true);
    expect(d.speakers.find((s) => s.id === d.blocks[1]?.speaker)?.role).toBe('reporter');
  });

  it('BAD: one line opening with `Q` in wrapped prose goes on with its sentence', () => {
    const prose = [
      'MR. ABARA: The survey team marked the piers in order, starting with the',
      'Q Pier at the north end and finishing with the R Pier by the old station.',
    ].join('\n');
    expect(typed(prose)).toEqual([
      [
        'speech',
        'The survey team marked the piers in order, starting with the Q Pier at the north end and finishing with the R Pier by the old station.',
      ],
    ]);
  });
});

describe('the Polish Sejm’s stenographic record', () => {
  const record = [
    '10. kadencja, 15. posiedzenie, 2. dzień (12-06-2024)',
    '',
    '    (Początek posiedzenia o godz. 9 min 02)',
    '',
    'Marszałek:',
    '',
    '    Wznawiam posiedzenie.',
    '',
    '    Głos ma pan poseł Tomasz Wierzbicki.',
    '',
    'Poseł Tomasz Wierzbicki:',
    '',
    '    Panie Marszałku! Wysoka Izbo! Ustawa o ochronie lasów jest potrzebna. (Oklaski)',
    '',
    '    (Głos z sali: Za późno.)',
    '',
    'Posłanka Ewa Łęcka:',
    '',
    '    Dziękuję. Lasy należą do wszystkich.',
  ].join('\n');

  it('GOOD: the header is a dateline, the marks in brackets are directions, Poseł is a title', () => {
    const d = doc(record);
    expect(d.blocks.map((b) => [b.type, b.text])).toEqual([
      ['note', '10. kadencja, 15. posiedzenie, 2. dzień (12-06-2024)'],
      ['direction', 'Początek posiedzenia o godz. 9 min 02'],
      ['speech', 'Wznawiam posiedzenie.'],
      ['speech', 'Głos ma pan poseł Tomasz Wierzbicki.'],
      ['speech', 'Panie Marszałku! Wysoka Izbo! Ustawa o ochronie lasów jest potrzebna.'],
      ['direction', 'Oklaski'],
      ['direction', 'Głos z sali: Za późno.'],
      ['speech', 'Dziękuję. Lasy należą do wszystkich.'],
    ]);
    expect(speakerOf(record, 'Panie Marszałku')).toMatchObject({
      name: 'Tomasz Wierzbicki',
      title: 'Poseł',
    });
    expect(speakerOf(record, 'Dziękuję. Lasy')).toMatchObject({
      name: 'Ewa Łęcka',
      title: 'Posłanka',
    });
  });

  it('GOOD: a slug keeps the Polish ł as l', () => {
    const d = doc('Ławka w parku\n\nReporter: Ławka w parku stoi od stu lat. Ławka ma tabliczkę.');
    expect(d.slug.startsWith('LAWKA')).toBe(true);
  });

  it('BAD: a sentence about applause or a sitting, in brackets inside words, stays words', () => {
    const d = doc(
      [
        'Marszałek:',
        '',
        '    Sejm obradował długo (posiedzenie trwało do północy, jak wszyscy pamiętamy z relacji).',
        '',
        '10. kadencja Sejmu zaczęła się w listopadzie.',
      ].join('\n'),
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe('a US department’s news transcript masthead (the Pentagon’s)', () => {
  const page = [
    'U.S. Department of Defense',
    'Office of the Assistant Secretary of Defense (Public Affairs)',
    'News Transcript',
    '',
    'Presenter: Pentagon Press Secretary Dana Whitlock March 3, 2026',
    '',
    'Department of Defense Press Briefing by Pentagon Press Secretary Dana Whitlock in the Pentagon Briefing Room',
    '',
    'DANA WHITLOCK: Good afternoon. I have two updates before your questions.',
    '',
    'Q: Can you confirm the deployment?',
  ].join('\n');

  it('GOOD: the masthead and the dated presenter line are notes; the briefing’s line is the title', () => {
    const d = doc(page);
    expect(d.blocks.slice(0, 4).map((b) => [b.type, b.reason])).toEqual([
      ['note', 'programme-credit'],
      ['note', 'programme-credit'],
      ['note', 'navigation'],
      ['note', 'dateline'],
    ]);
    expect(d.title).toBe(
      'Department of Defense Press Briefing by Pentagon Press Secretary Dana Whitlock in the Pentagon Briefing Room',
    );
    expect(d.speakers.map((s) => s.role)).not.toContain('presenter');
  });

  it('BAD: a presenter’s tag over words, a sentence about the department, stay words', () => {
    const d = doc(
      [
        'PRESENTER: Welcome back. The Department of Defense says the exercise ends in May.',
        '',
        'GUEST: The U.S. Department of Defense confirmed it on Friday.',
      ].join('\n'),
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe('a parliament’s record republished on a news site (NZ oral questions)', () => {
  const page = [
    'Questions And Answers March 12',
    '',
    'by News Desk on Thursday, March 12, 2026 — 6:10 PM',
    '',
    'Press Release – Office of the Clerk',
    '',
    '1. RAWIRI TAMIHANA (Labour—Rotorua) to the Minister of Transport: What progress has been made on the Rotorua rail link?',
    '(uncorrected transcript—subject to correction and further editing)',
    '',
    'THURSDAY, 12 MARCH 2026',
    '',
    'QUESTIONS FOR ORAL ANSWER',
    '',
    'Transport—Rail Link',
    '',
    '1. RAWIRI TAMIHANA (Labour—Rotorua) to the Minister of Transport: What progress has been made on the Rotorua rail link?',
    '',
    'Hon MEREANA HOLT (Minister of Transport): The business case was approved last week and work starts in June.',
  ].join('\n');

  it('GOOD: the post’s title is the title; byline, source and notice are notes; the summary gives way to the question in its place', () => {
    const d = doc(page);
    expect(d.title).toBe('Questions And Answers March 12');
    const byLine = (n: number) => d.blocks.find((b) => b.line === n);
    expect(byLine(3)).toMatchObject({ type: 'note', reason: 'byline' });
    expect(byLine(5)).toMatchObject({ type: 'note', reason: 'credit' });
    expect(byLine(8)).toMatchObject({ type: 'note', reason: 'disclaimer' });
    // The summary at line 7 is removed as a copy, reported with its words; line 16 is kept.
    expect(byLine(7)).toBeUndefined();
    expect(byLine(16)).toMatchObject({ type: 'speech' });
    const removed = d.messages.find((m) => m.ruleId === 'duplicate-paragraph');
    expect(removed).toMatchObject({ line: 7 });
    expect(removed?.actual).toContain('Rotorua rail link');
  });

  it('BAD: a repeat in the body, a byline without a date, a place before a date, keep their reading', () => {
    const body = [
      'Storm Update Brief',
      '',
      'REPORTER: The bridge is closed until further notice, the council said this morning, and the ferry will run every half hour from the south quay until the engineers have finished their inspection of the damaged piers.',
      '',
      'ANCHOR: Thanks.',
      '',
      'REPORTER: The bridge is closed until further notice, the council said this morning, and the ferry will run every half hour from the south quay until the engineers have finished their inspection of the damaged piers.',
    ].join('\n');
    const d = doc(body);
    // No dateline between them: the later copy is the one removed, as before.
    expect(d.messages.find((m) => m.ruleId === 'duplicate-paragraph')?.line).toBe(7);
    // A place and its comma before a date is still a dateline.
    expect(doc('Kingsway Stadium, March 12\n\nREPORTER: Full time.').blocks[0]).toMatchObject({
      type: 'note',
      reason: 'dateline',
    });
    // `by` and a name alone, lower case, is a sentence's end, not a byline.
    expect(
      doc('REPORTER: It was written\nby Jane Doe on the back of a napkin.').blocks.map(
        (b) => b.type,
      ),
    ).toEqual(['speech']);
  });
});

describe('a page of the Portuguese Diário as its debates site gives it', () => {
  const page = [
    'O texto apresentado é obtido de forma automática, não levando em conta elementos gráficos e podendo conter erros. Se encontrar algum erro, por favor informe os serviços através da página de contactos.',
    'Não foi possivel carregar a página pretendida. Reportar Erro',
    '',
    'I SÉRIE — NÚMERO 12',
    '',
    '7',
    '',
    'O Sr. Rui Tavares (L): — Sr. Presidente, a habitação é um problema que o Governo não',
    '',
    'resolveu em oito anos, e os jovens continuam a sair do País.',
    '',
    'Aplausos do L.',
    '',
    'O Sr. Presidente: — Tem a palavra o Sr.',
    '',
    'Deputado Hugo Soares, para responder. O Governo tem tempo para',
    '',
    'responder depois, se o quiser.',
    '',
    'A Sr.ª Ministra da Habitação (Marina Gonçalves): — Sr. Deputado, os números que',
    '',
    'apresentou não são os do Instituto Nacional de Estatística.',
  ].join('\n');

  it('GOOD: the site’s notices, the running head and the page number are notes; wrapped lines join across their blank line', () => {
    expect(typed(page)).toEqual([
      ['note', page.split('\n')[0]],
      ['note', 'Não foi possivel carregar a página pretendida. Reportar Erro'],
      ['note', 'I SÉRIE — NÚMERO 12'],
      ['note', '7'],
      [
        'speech',
        'Sr. Presidente, a habitação é um problema que o Governo não resolveu em oito anos, e os jovens continuam a sair do País.',
      ],
      ['direction', 'Aplausos do L.'],
      [
        'speech',
        'Tem a palavra o Sr. Deputado Hugo Soares, para responder. O Governo tem tempo para responder depois, se o quiser.',
      ],
      [
        'speech',
        'Sr. Deputado, os números que apresentou não são os do Instituto Nacional de Estatística.',
      ],
    ]);
  });

  it('BAD: two breaks mid-sentence across blank lines are not yet a wrapped copy; paragraphs stay apart', () => {
    const text = [
      'REPORTER: The list of items included',
      '',
      'apples, pears and plums.',
      '',
      'ANCHOR: And then',
      '',
      'more.',
    ].join('\n');
    expect(typed(text).map((b) => b[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
    // A speech-to-text output without punctuation, its long segments parted by blank lines:
    // no sentence ends anywhere, so no segment is read as a wrapped line.
    const unpunctuated = [
      'so we went down to the harbour early in the morning and the boats were already out',
      '',
      'and the fishermen told us the catch had been poor for three weeks running now',
      '',
      'because the water was warmer than anyone could remember for this time of year',
      '',
      'and nobody knew when it would turn again or what the council would do about it',
    ].join('\n');
    expect(typed(unpunctuated)).toHaveLength(4);
    // A running head of another shape, a number in words, stay as they are.
    expect(typed('I SÉRIE DE PERGUNTAS\n\nO Sr. Presidente: — Vamos começar.')[0]?.[0]).not.toBe(
      'note',
    );
  });
});

describe('a debate copied from TheyWorkForYou (the Senedd, Westminster)', () => {
  const page = [
    'Health Board Finances',
    '',
    '3. Questions to the Cabinet Secretary – in the Senedd at 2:15 pm on 4 June 2025.',
    '',
    'Alert me about debates like this',
    '',
    'Photo of Carys Lloyd Carys Lloyd Plaid Cymru 2:15, 4 June 2025',
    '',
    'Will the Cabinet Secretary publish the board’s recovery plan before the summer recess?',
    '',
    'Photo of Owen Parry Owen Parry Labour',
    '',
    'I will, and I will make a statement to the Chamber when it is published.',
  ].join('\n');

  it('GOOD: the context line and the alert are notes; each photo line names the speech under it', () => {
    const d = doc(page);
    expect(d.title).toBe('Health Board Finances');
    expect(d.blocks.map((b) => [b.type, b.text.slice(0, 20)])).toEqual([
      ['headline', 'Health Board Finance'],
      ['note', '3. Questions to the '],
      ['note', 'Alert me about debat'],
      ['speech', 'Will the Cabinet Sec'],
      ['speech', 'I will, and I will m'],
    ]);
    expect(speakerOf(page, 'Will the Cabinet')).toMatchObject({
      name: 'Carys Lloyd',
      title: 'Plaid Cymru',
    });
    expect(speakerOf(page, 'I will, and')).toMatchObject({ name: 'Owen Parry', title: 'Labour' });
  });

  it('BAD: a photo caption naming someone once, a sentence about a debate, stay as they are', () => {
    const d = doc(
      [
        'Photo of Carys Lloyd at the hospital gates on Monday',
        '',
        'REPORTER: She raised it – in the Senedd on 4 June 2025 – and again today.',
      ].join('\n'),
    );
    expect(d.speakers.map((s) => s.name)).toEqual([null]);
    expect(d.blocks.map((b) => b.type)).not.toContain('note');
  });
});

describe('the Czech Chamber’s stenographic record (Poslanec Name:)', () => {
  const record = [
    'Čtvrtek 12. března 2026',
    '',
    'Poslankyně Jana Dvořáková: Navrhuji vypustit odstavec 2.',
    '',
    'Místopředseda PSP Petr Malý: Zahájil jsem hlasování č. 41.',
    '',
    'Pro 88. Proti 60. Návrh byl přijat.',
  ].join('\n');

  it('GOOD: the day’s date is a dateline; the office before the name is the title', () => {
    const d = doc(record);
    expect(d.blocks[0]).toMatchObject({ type: 'note', reason: 'dateline' });
    expect(d.title).toBeNull();
    expect(speakerOf(record, 'Navrhuji')).toMatchObject({
      name: 'Jana Dvořáková',
      title: 'Poslankyně',
    });
    expect(speakerOf(record, 'Zahájil')).toMatchObject({
      name: 'Petr Malý',
      title: 'Místopředseda PSP',
    });
    expect(speakerOf(record, 'Pro 88')?.name).toBe('Petr Malý');
  });

  it('BAD: a sentence naming a weekday and a month, a word that is an office alone, stay words', () => {
    const d = doc(
      'REPORTER: Ve středu 12. března 2026 poslanec Novák řekl, že se hlasovat nebude, a odešel ze sálu.',
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['speech']);
  });
});
