/**
 * Script and transcript conventions of round 21, each tested on cases written for these tests in
 * its convention: a script's numbered people in capitals (`STUDENT 1:`, `POLICE OFFICER 2:`), a
 * clip's timecode lines in an ENPS or iNEWS script (`TC IN: 01:02:15`, `TC OUT: 01:02:32`), a
 * SOT cue and its caption (`SUPER: NAME / TITLE`) over a bite followed by the next speaker's tag,
 * a radio or ENPS script's announcer (`ANNCR:`, `(ANNC)`), slugs that name no story (`JAHR`,
 * `TALKING`, `CONDUCTED`), a German or Swedish script's sections under the anchor's part
 * (`ANMODERATION:` / `BEITRAG:` / `O-TON …:`, Swedish `PÅA:`), the script's copy after a bite its
 * tag names (`O-TON Name, Rolle:`, `SOT JANE DOE:`), the Dutch bite's lead (`O-TOON Name, rol:`), the
 * closing words' cue of Spanish and Italian scripts (`DESPEDIDA:`, `CHIUSURA:`), the Canadian
 * Commons' record in French (`Des voix:`).
 */
import { describe, expect, it } from 'vitest';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('a script’s numbered people in capitals are different voices, the number kept', () => {
  it('a vox pop: STUDENT 1, STUDENT 2, NURSE 1 each speak their own words', () => {
    const text = [
      'REPORTER: We asked people on campus about the fees rise.',
      '',
      'STUDENT 1: I’ll be paying this off until I’m fifty.',
      '',
      'STUDENT 2: Honestly, I think it’s fair if the teaching gets better.',
      '',
      'NURSE 1: My daughter has decided not to go at all.',
      '',
      'STUDENT 1: And the rent is even worse than the fees.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.map((b) => b.text.slice(0, 12))).toEqual([
      'We asked peo',
      'I’ll be payi',
      'Honestly, I ',
      'My daughter ',
      'And the rent',
    ]);
    expect(speakerOf(text, 'I’ll be')).toMatchObject({ name: null, role: 'student #1' });
    expect(speakerOf(text, 'Honestly')).toMatchObject({ name: null, role: 'student #2' });
    expect(speakerOf(text, 'My daughter')).toMatchObject({ role: 'nurse #1' });
    expect(speakerOf(text, 'And the rent')?.id).toBe(speakerOf(text, 'I’ll be')?.id);
  });

  it('two words, and the endings of nouns of people (PROTESTER, POLICE OFFICER, TENANT)', () => {
    for (const [label, role] of [
      ['PROTESTER 2', 'protester #2'],
      ['POLICE OFFICER 1', 'police officer #1'],
      ['TENANT 3', 'tenant #3'],
      ['PANELLIST 1', 'panellist #1'],
      ['FARMER 2', 'farmer #2'],
      ['DOCTOR 1', 'doctor #1'],
      ['MALE 1', 'male #1'],
      ['VOX POP 4', 'vox pop #4'],
      ['VOX 2', 'vox #2'],
    ]) {
      const text = `ANCHOR: Here is what people told us.\n\n${label}: We have had enough of this.\n\nANCHOR: Strong words.`;
      expect(doc(text).blocks[1]?.text).toBe('We have had enough of this.');
      expect(speakerOf(text, 'We have had')).toMatchObject({ name: null, role });
    }
  });

  it('counter-cases: a thing with a number opens a paragraph, no one speaks', () => {
    for (const label of ['CHAPTER 1', 'ROUTE 66', 'SEGMENT 3', 'UNDER 21', 'LAYER 2', 'SUMMER 1']) {
      const text = `ANCHOR: Here is what people told us.\n\n${label}: We have had enough of this.`;
      expect(doc(text).blocks.some((b) => b.text === 'We have had enough of this.')).toBe(false);
    }
    // In title case it is no script's label.
    const title = 'ANCHOR: Here is the news.\n\nStudent 1: the first draft of the essay.';
    expect(doc(title).speakers.some((s) => s.role === 'student #1')).toBe(false);
  });
});

describe('a clip’s timecode lines in an ENPS or iNEWS script are directions', () => {
  it('TC IN: and TC OUT: around the bite: no speaker named TC Out, the bite its own', () => {
    const text = [
      'SOT - BOARD PRESIDENT LINDA HALL',
      'TC IN: 00:14:22:10',
      '"We made some very hard choices tonight."',
      'TC OUT: 00:14:29:05',
      'RUNS: :07',
      '',
      'ANCHOR: The new budget takes effect in July.',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers.map((s) => s.name ?? s.role)).not.toContain('TC Out');
    for (const line of ['TC IN: 00:14:22:10', 'TC OUT: 00:14:29:05'])
      expect(d.blocks.find((b) => b.text === line)?.type).toBe('direction');
    expect(speakerOf(text, 'We made')?.name).toBe('Linda Hall');
  });

  it('one line, no colon, a range, frames or seconds: TC IN 10:02:14 TC OUT 10:02:31', () => {
    for (const line of [
      'TC IN 10:02:14 TC OUT 10:02:31',
      'TC 10:02:14-10:02:31',
      'TIMECODE: 00:14:22',
      'TC IN: 14:22',
    ]) {
      const text = `ANCHOR: Fire crews fought the blaze all night.\n\n${line}\nFIRE CHIEF DAN MORRIS: It took us six hours.`;
      const d = doc(text);
      expect(d.blocks.find((b) => b.text === line)?.type).toBe('direction');
      expect(speakerOf(text, 'It took us')?.name).toBe('Dan Morris');
    }
  });

  it('counter-cases: TC as a speaker’s initials over words, a line going on after the times', () => {
    const initials = 'TC: We open at ten tomorrow.\n\nJD: And close at six.';
    expect(doc(initials).blocks[0]).toMatchObject({
      type: 'speech',
      text: 'We open at ten tomorrow.',
    });
    const prose = 'ANCHOR: Here is the news.\n\nTC IN 10:02:14 and then the mayor spoke at length.';
    expect(doc(prose).blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('a SOT cue and the caption keyed over it name who speaks the bite before the next tag', () => {
  const script = (cue: string, after: string) =>
    [
      'ANCHOR: The state has passed a budget that cuts funding for community colleges.',
      '',
      cue,
      'SUPER: MARIA LOPEZ / DEAN, VALLEY COLLEGE',
      'We are going to have to turn students away.',
      '',
      after,
    ].join('\n');

  it('SOT, [SOT], {SOT}: the bite is Maria Lopez’s, the anchor’s tag after it hers', () => {
    for (const cue of ['SOT', '[SOT]', '{SOT}']) {
      const text = script(cue, 'ANCHOR: The governor is expected to sign the bill on Friday.');
      expect(speakerOf(text, 'We are going')?.name).toBe('Maria Lopez');
      expect(blockOf(text, 'We are going')).toMatchObject({ type: 'speech', delivery: 'sot' });
      expect(speakerOf(text, 'The governor')?.role).toBe('anchor');
    }
  });

  it('a reporter’s tag after it', () => {
    const reporter = script('SOT', 'REPORTER: Lawmakers say the cuts are temporary.');
    expect(speakerOf(reporter, 'We are going')?.name).toBe('Maria Lopez');
    expect(speakerOf(reporter, 'Lawmakers')?.role).toBe('reporter');
  });

  it('the bite’s own closing cues between (TC OUT:, RUNS:) keep it the bite', () => {
    const text = [
      'ANCHOR: The state has passed a budget that cuts funding for community colleges.',
      '',
      'SOT',
      'TC IN: 00:14:22:10',
      'SUPER: MARIA LOPEZ / DEAN, VALLEY COLLEGE',
      'We are going to have to turn students away.',
      'TC OUT: 00:14:29:05',
      'RUNS: :07',
      '',
      'ANCHOR: The governor is expected to sign the bill on Friday.',
    ].join('\n');
    expect(speakerOf(text, 'We are going')?.name).toBe('Maria Lopez');
    expect(speakerOf(text, 'The governor')?.role).toBe('anchor');
    // The next tags alone on their lines, without a colon.
    const alone = text.replace('ANCHOR: The', 'ANCHOR\nThe');
    const next = 'VOX 1\nI come here every day.\n\nANCHOR\nThanks.';
    expect(speakerOf(`${alone}\n\n${next}`, 'We are going')?.name).toBe('Maria Lopez');
  });

  it('counter-case: copy without a tag after the words leaves them the anchor’s', () => {
    const text = script('SOT', 'The governor is expected to sign the bill on Friday.');
    expect(speakerOf(text, 'We are going')?.name).not.toBe('Maria Lopez');
  });
});

describe('a radio or ENPS script’s announcer: ANNCR:, ANNC:, (ANNC) over the copy', () => {
  it('ANNCR: and ANNC: are the announcer, not people named Anncr and Annc', () => {
    const text = [
      'ANNCR: This weekend only, every mattress in the store is half price.',
      '',
      'CUSTOMER: Half price? Really?',
      '',
      'ANNC: Valley Beds, on Route 9 in Fairview.',
    ].join('\n');
    const d = doc(text);
    expect(speakerOf(text, 'This weekend')).toMatchObject({ name: null, role: 'announcer' });
    expect(speakerOf(text, 'Valley Beds')?.id).toBe(speakerOf(text, 'This weekend')?.id);
    expect(d.speakers.map((s) => s.name)).not.toContain('Anncr');
  });

  it('(ANNC) alone over the copy of an ENPS script is its cue, the copy read below it', () => {
    const text = [
      'COLLEGE BUDGET',
      '',
      '(ANNC)',
      'THE STATE LEGISLATURE HAS PASSED A BUDGET THAT CUTS FUNDING FOR COMMUNITY COLLEGES.',
      '',
      'SOT',
      'TC IN: 01:02:15',
      '"WE ARE GOING TO HAVE TO TURN STUDENTS AWAY."',
      'TC OUT: 01:02:19',
      '',
      '(ANNC)',
      'THE GOVERNOR IS EXPECTED TO SIGN THE BILL ON FRIDAY.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.filter((b) => b.text === 'ANNC').map((b) => b.type)).toEqual([
      'direction',
      'direction',
    ]);
    expect(blockOf(text, 'THE GOVERNOR')?.type).toBe('narration');
  });

  it('(ANNC) after a vox pop hands the copy back: no voice of the vox pop reads it', () => {
    const text = [
      'ANCHOR: We asked people what they think.',
      '',
      'STUDENT 1: This is the only place I can study.',
      '',
      '(ANNC)',
      'THE BRANCHES CLOSE IN JUNE.',
    ].join('\n');
    // The announcer’s (as `(ANCHOR)` is the anchor’s), never the last voice’s.
    expect(speakerOf(text, 'THE BRANCHES')?.role ?? 'none').toMatch(/^(?:announcer|none)$/);
    const script = `SOT\nRUNS: :05\n\n${text}`;
    expect(blockOf(script, 'THE BRANCHES')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('counter-case: a name that begins so (ANNIE:) is a person', () => {
    expect(speakerOf('ANNIE: We close at six.\n\nBOB: Fine.', 'We close')?.name).toBe('Annie');
  });
});

describe('a slug names the story, not the year, the talking or the interview', () => {
  it('German copy that says Jahr again and again: the topic, not JAHR', () => {
    const text = [
      'MODERATORIN: Im vergangenen Jahr sind so viele Menschen nach Deutschland gezogen wie seit Jahren nicht.',
      '',
      'REPORTER: Im Jahr 2025 kamen mehr als eine Million Menschen. Die Städte brauchen Wohnungen, jedes Jahr mehr Wohnungen.',
      '',
      'MODERATORIN: Die Bundesregierung will im nächsten Jahr ein Gesetz vorlegen.',
    ].join('\n');
    expect(doc(text).slug).not.toMatch(/JAHR/);
  });

  it('a talk show that is talking about housing: not TALKING', () => {
    const text = [
      'HOST: We’re talking today about the housing crisis. Talking with me is the mayor.',
      '',
      'MAYOR: Thanks for having me. We’ve been talking about this for years.',
      '',
      'HOST: What are you doing about rents?',
      '',
      'MAYOR: We’re building, and we’re talking to developers every week.',
    ].join('\n');
    expect(doc(text).slug).not.toMatch(/TALKING|EVERY|DOING/);
  });

  it('an interview conducted and recorded: the slug is its subject', () => {
    const text = [
      'Interview conducted and recorded on the picket line, conducted by phone.',
      '',
      'Q: When did the strike start, and was it conducted by ballot?',
      '',
      'A: The strike started on Monday, when the union rejected the offer.',
    ].join('\n');
    expect(doc(text).slug).not.toMatch(/CONDUCTED|RECORDED/);
  });

  it('counter-case: the story’s own word is still the slug (BAHN)', () => {
    const text = 'ANCHOR: The Bahn strike is over. The Bahn says trains run again tomorrow.';
    expect(doc(text).slug).toMatch(/BAHN/);
  });
});

describe('a German or Swedish script: the anchor’s part alone on its line makes the text a script', () => {
  const openMedia = [
    'ANMODERATION:',
    'Die Bundesregierung will das Bürgergeld reformieren.',
    '',
    'BEITRAG:',
    'Seit Jahren wird über das Bürgergeld gestritten.',
    '',
    'O-TON Hubertus Heil, Bundesarbeitsminister:',
    'Wir wollen, dass Arbeit sich lohnt.',
    '',
    'ABMODERATION:',
    'Der Bundestag soll im Herbst abstimmen.',
  ].join('\n');

  it('BEITRAG: is the report’s cue, its copy no speaker’s; the anchor’s parts the anchor’s', () => {
    const d = doc(openMedia);
    expect(d.speakers.map((s) => s.name)).not.toContain('Beitrag');
    expect(blockOf(openMedia, 'BEITRAG')?.type).toBe('direction');
    expect(blockOf(openMedia, 'Seit Jahren')).toMatchObject({ type: 'narration', speaker: null });
    expect(speakerOf(openMedia, 'Die Bundesregierung')?.role).toBe('anchor');
    expect(speakerOf(openMedia, 'Der Bundestag')?.role).toBe('anchor');
    expect(speakerOf(openMedia, 'Wir wollen')?.name).toBe('Hubertus Heil');
  });

  it('Swedish radio: PÅA: is the anchor’s lead-in, no person named Påa', () => {
    const text = [
      'PÅA:',
      'Regeringen vill höja skatten på bensin. Oppositionen protesterar.',
      '',
      'SYNK: Magdalena Andersson, S-ledare',
      '– Det här slår hårt mot landsbygden.',
    ].join('\n');
    expect(speakerOf(text, 'Regeringen')).toMatchObject({ name: null, role: 'anchor' });
    expect(speakerOf(text, '– Det här')?.name).toBe('Magdalena Andersson');
  });

  it('counter-case: an interview under the anchor’s part keeps its speakers’ tags', () => {
    const text = [
      'ANMODERATION:',
      'Heute zu Gast ist die Ministerin.',
      '',
      'MÜLLER:',
      'Frau Ministerin, wann kommt das Gesetz?',
      '',
      'SCHMIDT:',
      'Noch in diesem Herbst.',
    ].join('\n');
    expect(speakerOf(text, 'Frau Ministerin')?.name).toBe('Müller');
    expect(speakerOf(text, 'Noch in diesem')?.name).toBe('Schmidt');
  });
});

describe('a bite its tag names is its paragraph: the script’s copy after it is no one’s turn', () => {
  it('German O-TON, then the report goes on', () => {
    const text = [
      'BEITRAG:',
      'Das Hallenbad Süd ist seit 1972 in Betrieb.',
      '',
      'O-TON Jana Brückner, Stadtkämmerin:',
      'Wir können uns drei Bäder nicht mehr leisten.',
      '',
      'Schwimmvereine und Schulen protestieren gegen die Schließung.',
    ].join('\n');
    expect(speakerOf(text, 'Wir können')?.name).toBe('Jana Brückner');
    expect(blockOf(text, 'Schwimmvereine')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('an English SOT tag, then the copy', () => {
    const text = [
      'ANCHOR: The city is closing three pools.',
      '',
      'SOT JANE BRUCK, CITY TREASURER: We cannot afford three pools.',
      '',
      'Swimming clubs and schools are protesting.',
    ].join('\n');
    expect(speakerOf(text, 'We cannot')?.name).toBe('Jane Bruck');
    expect(speakerOf(text, 'Swimming clubs')?.name ?? null).not.toBe('Jane Bruck');
  });

  it('counter-case: a speaker’s second paragraph without a bite’s tag goes on with the turn', () => {
    const text = 'JANE BRUCK: We cannot afford three pools.\n\nAnd the roof leaks too.';
    expect(speakerOf(text, 'And the roof')?.name).toBe('Jane Bruck');
    // A cue over the tag (`SOT` / `JANE BRUCK:`) is no tag’s lead: the turn goes on.
    const cued = `ANCHOR: The pools close.\n\nSOT\n\n${text}`;
    expect(speakerOf(cued, 'And the roof')?.name).toBe('Jane Bruck');
  });
});

describe('a Dutch bite’s lead, and the closing words’ cue of Spanish and Italian scripts', () => {
  it('O-TOON Jan de Vries, machinist: is Jan de Vries’s bite, not O-Toon Jan de Vries', () => {
    const text = [
      'PRESENTATOR: Goedenavond. De NS staakt morgen in het hele land.',
      '',
      'O-TOON Jan de Vries, machinist:',
      'We hebben geen keus meer.',
      '',
      'De vakbond wil een hoger loon.',
    ].join('\n');
    expect(speakerOf(text, 'We hebben')).toMatchObject({
      name: 'Jan de Vries',
      title: 'machinist',
    });
    expect(blockOf(text, 'We hebben')?.delivery).toBe('sot');
    expect(blockOf(text, 'De vakbond')?.speaker).toBeNull();
  });

  it('DESPEDIDA: and CHIUSURA: over the closing copy are cues, no one named so', () => {
    const es = [
      'ENTRADILLA:',
      'El Gobierno aprueba hoy la subida del salario mínimo.',
      '',
      'CORTE: YOLANDA DÍAZ / VICEPRESIDENTA',
      'Es una buena noticia para la gente trabajadora.',
      '',
      'DESPEDIDA:',
      'La medida se publicará mañana en el BOE.',
    ].join('\n');
    expect(doc(es).speakers.map((s) => s.name)).not.toContain('Despedida');
    expect(blockOf(es, 'DESPEDIDA')?.type).toBe('direction');
    const it = [
      'LANCIO:',
      'Sciopero dei treni domani in tutta Italia.',
      '',
      'SERVIZIO:',
      'I sindacati chiedono il rinnovo del contratto.',
      '',
      'CHIUSURA:',
      'Lo sciopero durerà fino alle 21.',
    ].join('\n');
    expect(doc(it).speakers.map((s) => s.name)).not.toContain('Chiusura');
    expect(blockOf(it, 'CHIUSURA')?.type).toBe('direction');
  });

  it('counter-case: a Dutch name that opens with O is a name (O’Brien:)', () => {
    expect(speakerOf('O’BRIEN: We close at six.\n\nBOB: Fine.', 'We close')?.name).toBe('O’Brien');
  });
});

describe('the House of Commons of Canada’s record in French: Des voix: are hon. members', () => {
  it('Des voix: Oh, oh! is the members’ reaction, not the Speaker’s words', () => {
    const text = [
      'M. Pierre Poilievre (Carleton, PCC):',
      'Monsieur le Président, les Canadiens ne peuvent plus payer leur loyer.',
      '',
      'Le Président:',
      'À l’ordre, s’il vous plaît.',
      '',
      'Des voix: Oh, oh!',
    ].join('\n');
    expect(speakerOf(text, 'Oh, oh!')).toMatchObject({ name: null, role: 'hon. members' });
    expect(speakerOf(text, 'À l’ordre')?.role).toBe('président');
  });

  it('counter-case: “des voix” inside a sentence is no tag', () => {
    const text = 'Le Président: Des voix se sont élevées: il faut voter.';
    expect(doc(text).speakers.some((s) => s.role === 'hon. members')).toBe(false);
  });
});
