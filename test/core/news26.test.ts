/**
 * Newsroom scripts and press records (round 26): a press interview of one `Q.` and one `A.`, an
 * interview pasted with its `Q.` and `A.` on one line, the Bundesregierung's and the Länder's
 * press conferences (`MP Weil:`, `Frage (dpa, Krause):`), German soundbites with a trade before
 * the name (`O-TON Hafenarbeiter Jan Meier:`), a wire video script's labels (`STORY:`,
 * `DATELINE:`, `TYPE:` …), a slug header over the script (`HAFEN HAMBURG / STREIK`).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const turns = (text: string) => blockRows(formatTranscript(text));
const speaker = (text: string, words: string) => {
  const d = formatTranscript(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};
const story = (text: string) => turns(text).filter((b) => b[0] !== 'note' && b[0] !== 'headline');

describe('a press interview of one `Q.` and its `A.`', () => {
  it('GOOD: one question and the answer right under it are two turns', () => {
    const text = 'INTERVIEW WITH THE MAYOR\n\nQ. Will the budget pass?\n\nA. Yes, on Friday.\n';
    expect(story(text)).toEqual([
      ['speech', 'reporter', 'Will the budget pass?'],
      ['speech', 'answer', 'Yes, on Friday.'],
    ]);
  });

  it('GOOD: an answer of one word, or opening with a pronoun; `Q:` over `A.`', () => {
    expect(story('Q. When does it open?\n\nA. Tuesday.\n')[1]).toEqual([
      'speech',
      'answer',
      'Tuesday.',
    ]);
    expect(story('Q: Are you running again?\n\nA. We will decide in May.\n')[1]).toEqual([
      'speech',
      'answer',
      'We will decide in May.',
    ]);
  });

  it('GOOD: the interview header names the person answering', () => {
    const text =
      'Interview with Mayor Jane Roe\n\nQ. Will the budget pass?\n\nA. I think it will.\n';
    expect(speaker(text, 'I think')?.name).toBe('Jane Roe');
  });

  it('GOOD: an answer opening with a weekday or a figure (`A. Friday at noon.`, `A. 2026 will tell.`)', () => {
    expect(story('Q. When is the vote?\n\nA. Friday at noon.\n')[1]).toEqual([
      'speech',
      'answer',
      'Friday at noon.',
    ]);
    expect(story('Q. When will you know?\n\nA. 2026 will tell.\n')[1]?.[1]).toBe('answer');
  });

  it('GOOD: a header in capitals names the one answering (`INTERVIEW: MAYOR JANE ROE`, `INTERVIEW WITH JANE ROE`)', () => {
    for (const head of ['INTERVIEW: MAYOR JANE ROE', 'INTERVIEW WITH JANE ROE']) {
      const text = `${head}\n\nQ. Will the budget pass?\n\nA. Yes, on Friday.\n`;
      expect(speaker(text, 'Yes, on')?.name).toBe('Jane Roe');
    }
  });

  it('BAD: `INTERVIEW WITH THE MAYOR` (an office, no name) names no one', () => {
    const text = 'INTERVIEW WITH THE MAYOR\n\nQ. Will the budget pass?\n\nA. Yes, on Friday.\n';
    expect(speaker(text, 'Yes, on')).toMatchObject({ name: null, role: 'answer' });
  });

  it('GOOD: an answer opening with a direction (`A. (Laughs) Nothing much.`)', () => {
    const text = 'Q. What happened?\n\nA. (Laughs) Nothing much.\n\nQ. Really?\n\nA. Yes.\n';
    expect(turns(text)).toEqual([
      ['speech', 'reporter', 'What happened?'],
      ['direction', null, 'Laughs'],
      ['speech', 'answer', 'Nothing much.'],
      ['speech', 'reporter', 'Really?'],
      ['speech', 'answer', 'Yes.'],
    ]);
  });

  it('BAD: `A. (1)` opening a list item is no answer with a direction', () => {
    const text = 'Q. What are the options?\n\nA. (1) the bridge, (2) the tunnel.\n';
    expect(turns(text).some((r) => r[0] === 'direction')).toBe(false);
  });

  it("BAD: `A.` and a surname under the question stays a name's initial", () => {
    const text = 'Q. Who wrote it?\n\nA. Lincoln wrote the letter in 1864.\n';
    expect(turns(text).at(-1)?.[2]).toBe('A. Lincoln wrote the letter in 1864.');
  });

  it('BAD: an `A.` paragraph not right under the question stays as written', () => {
    const text =
      'Q. Will the budget pass?\n\nThe mayor did not answer.\n\nA. Yes was all the clerk said.\n';
    expect(turns(text).at(-1)?.[2]).toBe('A. Yes was all the clerk said.');
  });
});

describe('an interview pasted with `Q.` and `A.` on one line', () => {
  it('GOOD: `Q. … ? A. …` on a line is the question and the answer', () => {
    const text = 'INTERVIEW\n\nQ. Will the budget pass? A. Yes, on Friday.\n';
    expect(story(text)).toEqual([
      ['speech', 'reporter', 'Will the budget pass?'],
      ['speech', 'answer', 'Yes, on Friday.'],
    ]);
  });

  it('GOOD: a run of pairs with colons on one line (`Q: … A: … Q: … A: …`)', () => {
    const text = 'Q: When does the plan start? A: In May. Q: Who pays? A: The city does.\n';
    expect(story(text)).toEqual([
      ['speech', 'reporter', 'When does the plan start?'],
      ['speech', 'answer', 'In May.'],
      ['speech', 'reporter', 'Who pays?'],
      ['speech', 'answer', 'The city does.'],
    ]);
  });

  it('GOOD: each of several lines split, the header naming the person', () => {
    const text =
      'INTERVIEW: MAYOR JANE ROE\n\nQ. Will it pass? A. Yes.\n\nQ. And the schools? A. They get more money.\n';
    expect(story(text).map((b) => b[2])).toEqual([
      'Will it pass?',
      'Yes.',
      'And the schools?',
      'They get more money.',
    ]);
  });

  it("BAD: a name's initial inside the question (`What did A. Lincoln say?`) is no answer", () => {
    const text = 'Q. What did A. Lincoln say at Gettysburg?\n\nA. Very little, and briefly.\n';
    expect(story(text)).toEqual([
      ['speech', 'reporter', 'What did A. Lincoln say at Gettysburg?'],
      ['speech', 'answer', 'Very little, and briefly.'],
    ]);
  });

  it('BAD: `Plan A.` in a question, and `A.` with a surname after one question, stay words', () => {
    expect(story('Q. Was it Plan A. Or Plan B?\n')).toEqual([
      ['speech', 'reporter', 'Was it Plan A. Or Plan B?'],
    ]);
    expect(story('Q. Who wrote it? A. Lincoln wrote it in 1864.\n')).toEqual([
      ['speech', 'reporter', 'Who wrote it? A. Lincoln wrote it in 1864.'],
    ]);
  });

  it("GOOD: a Spanish interview's `P. … R. …` pairs on one line (two or more)", () => {
    const text =
      'Entrevista con la alcaldesa\n\nP. ¿Cuándo se aprueba el presupuesto? R. El viernes. P. ¿Y la huelga? R. No hay nada nuevo.\n';
    expect(story(text).map((r) => r[1])).toEqual(['reporter', 'answer', 'reporter', 'answer']);
  });

  it('BAD: initials after a stop in prose opening with `P.` stay one paragraph', () => {
    const text = 'P. Smith and R. Jones wrote it. P. Smith signed. R. Jones did not.\n';
    expect(turns(text)).toEqual([['narration', null, text.trim()]]);
  });

  it('GOOD: whole words on one line (`Frage: … Antwort: …`, `QUESTION: … ANSWER: …`)', () => {
    for (const line of [
      'Frage: Wann kommt der Haushalt? Antwort: Im Herbst.',
      'QUESTION: Will it pass? ANSWER: Yes, on Friday.',
      'Pregunta: ¿Cuándo? Respuesta: El viernes.',
    ]) {
      expect(story(`${line}\n`).map((r) => r[1])).toEqual(['reporter', 'answer']);
    }
  });

  it('BAD: `Answer` without its colon, or lower case after it, stays in the question', () => {
    expect(story('Question: Who pays? Answer unclear, the clerk said.\n')).toHaveLength(1);
    expect(story('Frage: Wer zahlt? Antwort: keiner weiß es.\n')).toHaveLength(1);
  });

  it('BAD: prose with `A.` after a stop, no `Q.` opening it, is one paragraph', () => {
    const text = 'The memo was signed. A. Smith and B. Jones read it.\n';
    expect(turns(text)).toEqual([['narration', null, text.trim()]]);
  });
});

describe("a German government press conference's `MP Weil:` and `Frage (…)`", () => {
  const rpk =
    'Regierungspressekonferenz vom 4. März 2026\n\n' +
    'MP Weil: Guten Tag, meine Damen und Herren.\n\n' +
    'Frage (Krause): Herr Ministerpräsident, wann kommt das Gesetz?\n\n' +
    'MP Weil: Im Herbst.\n\n' +
    'Frage (dpa): Und die Kosten?\n\n' +
    'MP Weil: Die nennen wir später.\n\n' +
    'Frage (dpa, Krause): Noch eine Nachfrage.\n';

  it('GOOD: `MP Weil` is Weil, Ministerpräsident (`MP’in Schwesig`, `MPin Rehlinger` the -in)', () => {
    const s = speaker(rpk, 'Guten Tag');
    expect([s?.name, s?.title]).toEqual(['Weil', 'Ministerpräsident']);
    const two = 'MP’in Schwesig: Dazu sage ich nichts.\n\nMPin Rehlinger: Ich auch nicht.\n';
    expect([speaker(two, 'Dazu')?.name, speaker(two, 'Dazu')?.title]).toEqual([
      'Schwesig',
      'Ministerpräsidentin',
    ]);
    expect(speaker(two, 'Ich auch')?.title).toBe('Ministerpräsidentin');
  });

  it('GOOD: `Frage (Krause)` is the journalist Krause asking', () => {
    const s = speaker(rpk, 'Herr Ministerpräsident');
    expect([s?.name, s?.role]).toEqual(['Krause', 'reporter']);
  });

  it('GOOD: `Frage (dpa)`, `(epd)`, `(ARD)`, `(Tagesspiegel)` name the outlet, no person', () => {
    for (const outlet of ['dpa', 'epd', 'ARD', 'KNA', 'Tagesspiegel', 'Reuters']) {
      const text = `StS Hebestreit: Bitte.\n\nFrage (${outlet}): Und die Kosten?\n\nStS Hebestreit: Später.\n`;
      const s = speaker(text, 'Und die');
      expect([s?.name, s?.title, s?.role]).toEqual([null, outlet, 'reporter']);
    }
  });

  it('GOOD: `Frage (dpa, Krause)` and `Frage (Krause, Tagesspiegel)`: the person of that outlet', () => {
    const s = speaker(rpk, 'Noch eine');
    expect([s?.name, s?.title, s?.role]).toEqual(['Krause', 'dpa', 'reporter']);
    const text = 'StS Hebestreit: Bitte.\n\nFrage (Krause, Tagesspiegel): Und wer?\n';
    const t = speaker(text, 'Und wer');
    expect([t?.name, t?.title]).toEqual(['Krause', 'Tagesspiegel']);
  });

  it("BAD: a UK member's `MP JANE SMITH` stays as written; an agency and a place stay no person", () => {
    const uk = 'MP JANE SMITH: I rise to speak.\n\nSPEAKER: Order.\n';
    expect(speaker(uk, 'I rise')?.name).toBe('MP Jane Smith');
    const place = 'HOST: Go ahead.\n\nQUESTION (Reuters, London): What now?\n';
    expect(speaker(place, 'What now')?.name).toBe(null);
  });

  it('BAD: `Frage (…)` with words that are no name or outlet is no tag', () => {
    const text = 'MP Weil: Gut.\n\nFrage (zum Haushalt, bitte kurz): Wann?\n';
    expect(speaker(text, 'Wann')).toBe(null);
  });
});

describe('a German soundbite with a trade before the name (`O-TON Hafenarbeiter Jan Meier:`)', () => {
  const script = (bite: string) =>
    `SPRECHER: Im Hamburger Hafen wird seit heute gestreikt.\n\n${bite}\n\nSPRECHER: Die Reedereien schweigen.\n`;

  it('GOOD: `O-TON Hafenarbeiter Jan Meier:` is Jan Meier, Hafenarbeiter', () => {
    const s = speaker(script('O-TON Hafenarbeiter Jan Meier: Wir wollen mehr Lohn.'), 'Wir wollen');
    expect([s?.name, s?.title]).toEqual(['Jan Meier', 'Hafenarbeiter']);
  });

  it.each([
    ['O-TON HAFENARBEITERIN ANNA KOCH: Wir wollen mehr.', 'Anna Koch', 'Hafenarbeiterin'],
    [
      'O-Ton Feuerwehrmann Jörg Müller-Lüdenscheidt: Wir wollen mehr.',
      'Jörg Müller-Lüdenscheidt',
      'Feuerwehrmann',
    ],
    ['SYNCHRON Landwirtin Eva Roth: Wir wollen mehr.', 'Eva Roth', 'Landwirtin'],
    ["O-TON 1 (Busfahrerin Eva Roth, 0'12): Wir wollen mehr.", 'Eva Roth', 'Busfahrerin'],
    ['O-TON: Hafenarbeiter Jan Meier\nWir wollen mehr.', 'Jan Meier', 'Hafenarbeiter'],
    ['OT 2: Krankenpflegerin Ana Ruiz\nWir wollen mehr.', 'Ana Ruiz', 'Krankenpflegerin'],
  ])('GOOD: `%s`', (bite, name, title) => {
    const s = speaker(script(bite), 'Wir wollen');
    expect([s?.name, s?.title]).toEqual([name, title]);
  });

  it('BAD: a double first name (`Peter Paul Meier`, `Hermann Jan Meier`) is the full name', () => {
    for (const name of ['Peter Paul Meier', 'Hermann Jan Meier', 'Martin Jan Meier']) {
      const s = speaker(script(`O-TON ${name}: Ich weiß nichts.`), 'Ich weiß');
      expect([s?.name, s?.title]).toEqual([name, null]);
    }
  });

  it('BAD: a sentence after `O-TON:` on the line is no header', () => {
    const text = script('O-TON: Hafenarbeiter streiken seit Montag.');
    expect(speaker(text, 'Hafenarbeiter streiken')?.name ?? null).not.toBe('Streiken Seit Montag');
    expect(formatTranscript(text).speakers.some((s) => s.title === 'Hafenarbeiter')).toBe(false);
  });
});

describe("a Reuters/AP wire video script's labels", () => {
  const reuters =
    'HEADLINE: Hamburg port workers walk out over pay\n' +
    'DATELINE: HAMBURG, Germany (March 4, 2026) (Reuters)\n' +
    'TYPE: Natural sound with German speech\n' +
    'SOURCE: REUTERS\n' +
    'RESTRICTIONS: Access all\n' +
    'LENGTH: 2:14\n' +
    'LOCATION: Hamburg, Germany\n\n' +
    'SHOTLIST:\n' +
    '1. WIDE of container terminal\n' +
    '2. (SOUNDBITE) (German) DOCK WORKER JAN MEIER, SAYING:\n' +
    '"We want more pay."\n\n' +
    'STORY: Thousands of dock workers walked out on Tuesday.\n';

  it('GOOD: the header fields are notes, the headline the title, no speaker named Type', () => {
    const d = formatTranscript(reuters);
    expect(d.title).toBe('Hamburg port workers walk out over pay');
    expect(d.speakers.map((s) => s.name)).toEqual(['Jan Meier']);
    const rows = blockRows(d);
    expect(rows[1]).toEqual([
      'note',
      'dateline',
      'DATELINE: HAMBURG, Germany (March 4, 2026) (Reuters)',
    ]);
    expect(rows[2]).toEqual(['note', 'page-element', 'TYPE: Natural sound with German speech']);
    expect(rows.at(-1)).toEqual([
      'narration',
      null,
      'Thousands of dock workers walked out on Tuesday.',
    ]);
  });

  it('GOOD: in title case, a short `Story:` slug over the fields and `Story:` alone over the copy', () => {
    const text =
      'Story: Hamburg dockers strike\nHeadline: Hamburg port workers walk out over pay\n' +
      'Type: Natural sound\nDateline: Hamburg, March 4, 2026\nSource: Reuters\n\n' +
      'Story:\nThousands of dock workers walked out on Tuesday.\n';
    const d = formatTranscript(text);
    expect(d.speakers).toEqual([]);
    expect(d.title).toBe('Hamburg port workers walk out over pay');
    const rows = blockRows(d);
    expect(rows[0]).toEqual(['note', 'page-element', 'Story: Hamburg dockers strike']);
    expect(rows.at(-2)).toEqual(['direction', null, 'Story:']);
    expect(rows.at(-1)).toEqual([
      'narration',
      null,
      'Thousands of dock workers walked out on Tuesday.',
    ]);
  });

  it('GOOD: fields in capitals closed by a full stop are still fields', () => {
    const text =
      'HEADLINE: Hamburg port workers walk out over pay\nTYPE: Natural sound with German speech.\n' +
      'RESTRICTIONS: Broadcasters: None. Digital: No access Canada.\nDATELINE: Hamburg, March 4.\n\n' +
      'STORY: Thousands of dock workers walked out on Tuesday.\n';
    const d = formatTranscript(text);
    expect(d.speakers).toEqual([]);
    expect(
      blockRows(d)
        .slice(1, 4)
        .map((r) => r[0]),
    ).toEqual(['note', 'note', 'note']);
    expect(blockRows(d).at(-1)?.[0]).toBe('narration');
  });

  it("BAD: `STORY:` over the copy with a full stop stays the story's words", () => {
    const text = 'HEADLINE: Port strike\nSOURCE: REUTERS\n\nSTORY: The strike began at dawn.\n';
    const rows = blockRows(formatTranscript(text));
    expect(
      rows.some((r) => r[0] !== 'note' && String(r[2]).includes('The strike began at dawn.')),
    ).toBe(true);
  });

  it("BAD: `STORY:` over the copy wrapped at its line's width is no slug", () => {
    const text =
      'HEADLINE: Port strike\nSOURCE: REUTERS\n\n' +
      'STORY: Thousands of dock workers in Hamburg walked out on Tuesday over\n' +
      'pay, halting traffic at the port.\n';
    const rows = blockRows(formatTranscript(text));
    expect(rows.filter((r) => r[0] === 'note').map((r) => r[2])).toEqual(['SOURCE: REUTERS']);
  });

  it('BAD: a sentence opening with `Type` in a story stays narration', () => {
    const text =
      'The council met tonight.\n\nType: that is what the mayor called the plan, a type.\n';
    expect(turns(text).every((r) => r[0] === 'narration')).toBe(true);
  });
});

describe('a slug header over the script', () => {
  it.each([
    ['HAFEN HAMBURG / STREIK', 'SPRECHER: Im Hafen wird gestreikt.'],
    ['STREIK / HAFEN', 'SPRECHER: Im Hafen wird gestreikt.'],
    ['CITY COUNCIL / BUDGET VOTE', 'ANCHOR: The council voted tonight.'],
    ['CITY COUNCIL/BUDGET VOTE', 'ANCHOR: The council voted tonight.'],
    ['CITY COUNCIL / BUDGET VOTE / 3-4-26', 'ANCHOR: The council voted tonight.'],
    ['FIRE / MAIN', 'The fire started at noon on Main Street, officials said.'],
  ])('GOOD: `%s` is the title', (slug, first) => {
    const d = formatTranscript(`${slug}\n\n${first}\n`);
    expect(d.title).toBe(slug);
    expect(blockRows(d)[0]).toEqual(['headline', null, slug]);
  });

  it("BAD: a page's breadcrumb in capitals from `HOME` is navigation", () => {
    const d = formatTranscript(
      'HOME / NEWS / POLITICS\n\nThe council voted tonight on the budget.\n',
    );
    expect(blockRows(d)[0]).toEqual(['note', 'navigation', 'HOME / NEWS / POLITICS']);
  });

  it("BAD: a script's compound cue (`VO/SOT`) stays a direction", () => {
    const rows = turns('VO/SOT\n\nANCHOR: The council voted.\n');
    expect(rows[0]).toEqual(['direction', null, 'VO/SOT']);
  });
});

describe("a French press conference's `Question (Dupont, Le Monde) :`", () => {
  const text =
    'LE PREMIER MINISTRE : Bonjour.\n\n' +
    'Question (Dupont, Le Monde) : Et le budget ?\n\n' +
    'LE PREMIER MINISTRE : Nous verrons.\n\n' +
    'QUESTION (Le Figaro) : Et la grève ?\n\n' +
    'Question (Radio France) : Et demain ?\n\n' +
    'Question (Martin) : Une dernière ?\n';

  it('GOOD: the journalist by surname, of the paper after the comma', () => {
    const s = speaker(text, 'Et le budget');
    expect([s?.name, s?.title, s?.role]).toEqual(['Dupont', 'Le Monde', 'reporter']);
    expect(speaker(text, 'Une dernière')?.name).toBe('Martin');
  });

  it('GOOD: a paper or a station alone is the outlet, no person', () => {
    expect([speaker(text, 'Et la grève')?.name, speaker(text, 'Et la grève')?.title]).toEqual([
      null,
      'Le Figaro',
    ]);
    expect(speaker(text, 'Et demain')?.title).toBe('Radio France');
  });

  it('GOOD: Italian and Spanish questions so (`Domanda (Rossi, Corriere della Sera):`, `Pregunta (García, El País).-`)', () => {
    const it1 =
      'PRESIDENTE MELONI: Buongiorno.\n\nDomanda (Rossi, Corriere della Sera): E il bilancio?\n';
    const a = speaker(it1, 'E il bilancio');
    expect([a?.name, a?.title, a?.role]).toEqual(['Rossi', 'Corriere della Sera', 'reporter']);
    const es =
      'Presidente del Gobierno.- Buenos días.\n\nPregunta (García, El País).- ¿Y el presupuesto?\n';
    const b = speaker(es, '¿Y el');
    expect([b?.name, b?.title, b?.role]).toEqual(['García', 'El País', 'reporter']);
  });

  it('BAD: an agency and its city (`QUESTION (Reuters, London)`) name no person', () => {
    const t = 'HOST: Go ahead.\n\nQUESTION (Reuters, London): What now?\n';
    expect(speaker(t, 'What now')?.name).toBe(null);
  });
});

describe("a US network's line over its interview transcript", () => {
  it("GOOD: CBS's `The following is a transcript of an interview … that aired …` is a note", () => {
    const text =
      'Full transcript: Secretary of State on "Face the Nation," March 4, 2026\n\n' +
      'The following is a transcript of an interview with the Secretary of State that aired Sunday, March 4, 2026, on "Face the Nation."\n\n' +
      'MARGARET BRENNAN: Good morning.\n\nSECRETARY: Good morning, Margaret.\n';
    const rows = turns(text);
    expect(rows[1]?.[0]).toBe('note');
    expect(rows.filter((r) => r[0] === 'speech')).toHaveLength(2);
  });

  it('GOOD: `Below is the full transcript of the interview.` too', () => {
    const text =
      'Below is the full transcript of the interview.\n\nHOST: Welcome.\n\nGUEST: Thanks.\n';
    expect(turns(text)[0]?.[0]).toBe('note');
  });

  it('BAD: a sentence opening `The following is a list` stays narration', () => {
    const text = 'The following is a list of the candidates who filed by Friday.\n\nIt is short.\n';
    expect(turns(text).every((r) => r[0] === 'narration')).toBe(true);
  });
});

describe("a German interview's `F:` and `A:`, and its header naming the guest by office", () => {
  it('GOOD: `F:` over `A:` answers is the interviewer asking, no person named F', () => {
    const text =
      'F: Wann kommt der Haushalt?\n\nA: Im Herbst.\n\nF: Und die Schulen?\n\nA: Die bekommen mehr.\n';
    expect(story(text).map((r) => r[1])).toEqual(['reporter', 'answer', 'reporter', 'answer']);
  });

  it('GOOD: `Interview mit Bürgermeisterin Anna Roth` names Anna Roth as the one answering', () => {
    const text =
      'Interview mit Bürgermeisterin Anna Roth\n\nFrage: Wann kommt der Haushalt?\n\nAntwort: Im Herbst.\n';
    expect(speaker(text, 'Im Herbst')?.name).toBe('Anna Roth');
  });

  it('BAD: `M:` and `F:` (a male and a female voice) stay the letters', () => {
    const text = 'HOST: Hello.\n\nM: Where were you?\n\nF: At home.\n\nM: Alone?\n\nF: Yes.\n';
    expect(formatTranscript(text).speakers.some((s) => s.role === 'reporter')).toBe(false);
  });

  it('BAD: `F:` whose turns are statements, not questions, stays F', () => {
    const text = 'F: Wir sind da.\n\nA: Gut.\n\nF: Es regnet.\n\nA: Ja.\n';
    expect(formatTranscript(text).speakers.some((s) => s.role === 'reporter')).toBe(false);
  });
});

describe("the Bundespressekonferenz's chair and follow-up questions", () => {
  const text =
    'VORS. WEFERS: Guten Tag, meine Damen und Herren.\n\n' +
    "SRS'in Hoffmann: Guten Tag.\n\n" +
    'Frage (Krause): Eine Frage.\n\n' +
    'Zusatzfrage (Krause): Und noch eine.\n\n' +
    'Vorsitzende Wefers: Danke.\n';

  it('GOOD: `VORS. WEFERS` and `Vorsitzende Wefers` are Wefers, the chair', () => {
    expect(speaker(text, 'Guten Tag, meine')?.name).toBe('Wefers');
    expect(speaker(text, 'Danke')?.name).toBe('Wefers');
    expect(speaker(text, 'Danke')?.title).toBe('Vorsitz');
  });

  it('GOOD: `Zusatzfrage (Krause)` is Krause again', () => {
    expect(speaker(text, 'Und noch')?.name).toBe('Krause');
  });

  it('BAD: `Vorsitzende` before a sentence is no chair named so', () => {
    const t = 'MP Weil: Gut.\n\nDie Vorsitzende Wefers sagte: Danke.\n';
    expect(formatTranscript(t).speakers.map((s) => s.name)).toEqual(['Weil']);
  });
});

describe("Downing Street's lobby briefing (`PMOS:`, `Lobby:`)", () => {
  const text =
    'Lobby briefing, 4 March 2026\n\nPMOS: The Prime Minister chaired Cabinet this morning.\n\n' +
    'Q: Will the budget pass?\n\nPMOS: Yes.\n\nLobby: And the strike?\n\nPMOS: Nothing to add.\n';

  it("GOOD: `PMOS` is the spokesperson, `Lobby` a journalist's question", () => {
    expect(speaker(text, 'The Prime Minister chaired')?.role).toBe('spokesperson');
    expect(speaker(text, 'And the strike')?.role).toBe('reporter');
    expect(formatTranscript(text).speakers.every((s) => s.name === null)).toBe(true);
  });

  it('BAD: `the lobby` in a sentence names no one', () => {
    const t = 'ANCHOR: Good evening.\n\nIn the lobby: a crowd waited for hours.\n';
    expect(formatTranscript(t).speakers.map((s) => s.role)).toEqual(['anchor']);
  });
});

describe("a radio running order's rows (BBC R/O)", () => {
  it('GOOD: under `TODAY – RUNNING ORDER`, each row a story-form note, in capitals or not', () => {
    const text =
      'TODAY – RUNNING ORDER\nWEDNESDAY 4 MARCH 2026\n\n0600 NEWS\n0603 HEADLINES\n' +
      "0605 HAMBURG STRIKE – 2WAY JENNY HILL IN HAMBURG 3'00\n0609 PAPERS (2'30\")\n" +
      '07.32 Business – Simon Jack\n\nNICK: Good morning, it is six o’clock.\n';
    const rows = turns(text);
    expect(rows.filter((r) => r[1] === 'story-form').map((r) => r[2])).toEqual([
      '0600 NEWS',
      '0603 HEADLINES',
      "0605 HAMBURG STRIKE – 2WAY JENNY HILL IN HAMBURG 3'00",
      '0609 PAPERS (2\'30")',
      '07.32 Business – Simon Jack',
    ]);
    expect(rows.at(-1)?.[0]).toBe('speech');
  });

  it('GOOD: three rows in capitals with no heading', () => {
    const text = "0600 NEWS\n0603 HEADLINES\n0605 HAMBURG STRIKE 3'00\n\nANCHOR: Good morning.\n";
    expect(
      turns(text)
        .slice(0, 3)
        .map((r) => r[1]),
    ).toEqual(['story-form', 'story-form', 'story-form']);
  });

  it('BAD: timed lines of words (sentences, or in mixed case with no heading) stay words', () => {
    const caps =
      '06:05 THE MINISTER SAID THE STRIKE WILL END.\n06:06 UNIONS DISAGREE.\n06:07 TALKS RESUME FRIDAY.\n';
    expect(turns(caps).some((r) => r[0] === 'note')).toBe(false);
    const mixed = '06:05 Good morning everyone\n06:06 Welcome to the show\n06:07 Our first guest\n';
    expect(turns(mixed).some((r) => r[0] === 'note')).toBe(false);
  });

  it('BAD: one line opening with a year (`2026 BUDGET VOTE`) is no row', () => {
    expect(turns('2026 BUDGET VOTE\n\nANCHOR: Good morning.\n')[0]?.[0]).not.toBe('note');
  });
});

describe("a French journalist's outlet, a German radio feature's author, a release's notes to editors", () => {
  it('GOOD: `JOURNALISTE (France Info) :` is a reporter of France Info, no one named so', () => {
    const text =
      'LE PRÉSIDENT : Bonjour.\n\nJOURNALISTE (France Info) : Monsieur le Président, quand ?\n\n' +
      'Journaliste (Dupont, Le Monde) : Et le budget ?\n';
    const s = speaker(text, 'Monsieur le');
    expect([s?.name, s?.title, s?.role]).toEqual([null, 'France Info', 'reporter']);
    expect(speaker(text, 'Et le budget')?.name).toBe('Dupont');
  });

  it('BAD: `JOURNALIST (Kyiv)` (a place) is not read as a surname', () => {
    const text = 'ANCHOR: Over to Kyiv.\n\nJOURNALIST (Kyiv): The sirens sounded at dawn.\n';
    expect(speaker(text, 'The sirens')?.name ?? null).not.toBe('Kyiv');
  });

  it('GOOD: `AUTORIN:` and `Zitator:` in a radio manuscript are roles, no persons so named', () => {
    const text =
      'ANMODERATION: Im Hafen wird gestreikt.\n\nAUTORIN: Die Kräne stehen still.\n\n' +
      'Zitator: „Wir streiken, bis es mehr gibt.“\n\nAUTORIN: Die Reeder schweigen.\n';
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => s.role)).toEqual(['anchor', 'reporter', 'voice-over']);
    expect(d.speakers.every((s) => s.name === null)).toBe(true);
  });

  it("GOOD: a press release's `Notes to editors` and the items under it are notes", () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nCouncil passes budget\n\nThe council voted tonight.\n\nENDS\n\n' +
      'Notes to editors\n1. The budget is online.\n';
    const rows = turns(text);
    expect(rows.slice(-2).map((r) => r[0])).toEqual(['note', 'note']);
    expect(rows.filter((r) => r[0] === 'narration').map((r) => r[2])).toEqual([
      'The council voted tonight.',
    ]);
  });

  it('BAD: a story sentence about notes to editors stays narration', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nCouncil passes budget\n\nThe council sent notes to editors on Friday.\n';
    expect(turns(text).at(-1)?.[0]).toBe('narration');
  });
});

describe("a script's header under its slug, and a programme's notice on its transcripts", () => {
  it('GOOD: `Autor: Jan Meier` and `Länge: 1:30` under the slug are notes, the slug the title', () => {
    const text =
      'HAFEN HAMBURG / STREIK\nAutor: Jan Meier\nLänge: 1:30\n\nSPRECHER: Im Hafen wird gestreikt.\n';
    const d = formatTranscript(text);
    expect(d.title).toBe('HAFEN HAMBURG / STREIK');
    expect(blockRows(d).slice(1)).toEqual([
      ['note', 'programme-credit', 'Autor: Jan Meier'],
      ['note', 'page-element', 'Länge: 1:30'],
      ['speech', 'announcer', 'Im Hafen wird gestreikt.'],
    ]);
  });

  it("BAD: the author's words after `AUTORIN:` are her turn", () => {
    const text = 'ANMODERATION: Streik.\n\nAUTORIN: Die Kräne stehen still.\n';
    expect(turns(text)[1]).toEqual(['speech', 'reporter', 'Die Kräne stehen still.']);
  });

  it("GOOD: the BBC's `PLEASE NOTE: … TRANSCRIPTS ARE PRODUCED FROM A LIVE RECORDING …` is a disclaimer", () => {
    const text =
      'PLEASE NOTE: "BBC SUNDAY WITH LAURA KUENSSBERG" PROGRAMMES ARE BROADCAST LIVE AND TRANSCRIPTS ARE PRODUCED FROM A LIVE RECORDING, SO MAY NOT BE ENTIRELY ACCURATE.\n\n' +
      'LK: Good morning.\n\nRR: Good morning, Laura.\n';
    expect(turns(text)[0]?.slice(0, 2)).toEqual(['note', 'disclaimer']);
    expect(
      turns('HOST: Hi.\n\nPlease note: this transcript has been edited for length.\n')[1]?.[1],
    ).toBe('disclaimer');
  });

  it('BAD: a turn asking to note something stays words', () => {
    const text = 'HOST: Hi.\n\nGUEST: Please note that the vote is on Friday, not Thursday.\n';
    expect(turns(text)[1]?.[0]).toBe('speech');
  });
});

describe("a BBC programme's name with its presenter over turns tagged by initials", () => {
  const text =
    'SUNDAY WITH LAURA KUENSSBERG\n4TH MARCH 2026\n\n' +
    'LK: Good morning.\n\nRR: Good morning, Laura.\n';

  it("GOOD: the programme's name is its credit, no dateline; `LK` is Laura Kuenssberg", () => {
    const d = formatTranscript(text);
    expect(blockRows(d)[0]).toEqual(['note', 'programme-credit', 'SUNDAY WITH LAURA KUENSSBERG']);
    expect(speaker(text, 'Good morning.')?.name).toBe('Laura Kuenssberg');
    expect(speaker(text, 'Good morning, Laura')?.name).toBe('RR');
  });

  it('BAD: a weekday with a date is still a dateline; initials nobody names stay', () => {
    const t = 'Sunday, March 4\n\nLK: Good morning.\n\nRR: Hi.\n';
    expect(turns(t)[0]).toEqual(['note', 'dateline', 'Sunday, March 4']);
    expect(formatTranscript(t).speakers.map((s) => s.name)).toEqual(['LK', 'RR']);
  });
});

describe("a wire video's metadata fields (`COUNTRY:`, `LANGUAGE:`, `ASPECT RATIO:` …)", () => {
  const text =
    'HEADLINE: Hamburg port workers walk out over pay\nCOUNTRY: Germany\nCITY: Hamburg\n' +
    'LANGUAGE: German/Nats\nASPECT RATIO: 16:9\n' +
    'KEYWORDS: strike, port, Hamburg, unions\nEDITORIAL NOTE: Contains flashing images\n\n' +
    'SHOTLIST:\n1. WIDE of port\n\nSTORY: Thousands of dock workers walked out on Tuesday.\n';

  it('GOOD: each a note, no speaker named Country or Aspect Ratio', () => {
    const d = formatTranscript(text);
    expect(d.speakers).toEqual([]);
    expect(blockRows(d).filter((r) => r[0] === 'note')).toHaveLength(6);
    expect(blockRows(d).at(-1)).toEqual([
      'narration',
      null,
      'Thousands of dock workers walked out on Tuesday.',
    ]);
  });

  it("BAD: a two-column script's `AUDIO:` line is not made a field", () => {
    const text =
      'HEADLINE: Port strike\nLANGUAGE: German/Nats\nAUDIO: Natural sound\n\nSTORY: The strike began.\n';
    expect(turns(text).some((r) => r[0] === 'note' && r[2] === 'AUDIO: Natural sound')).toBe(false);
  });

  it('BAD: a councillor of the city is still a speaker', () => {
    const t = 'CITY COUNCILLOR JONES: We vote tonight.\n\nMAYOR: Thank you.\n';
    expect(speaker(t, 'We vote')?.name).toContain('Jones');
  });
});

describe("a US network transcript's date line (`Transcript: 3/4/26`)", () => {
  it("GOOD: MSNBC's `Transcript: 3/4/26` under the show's name is a dateline", () => {
    const text =
      'THE RACHEL MADDOW SHOW\nTranscript: 3/4/26\nGuests: Jane Roe, Tom Lee\n\n' +
      'RACHEL MADDOW, MSNBC HOST: Good evening.\n\nJANE ROE, MAYOR: Thanks.\n';
    expect(turns(text)[1]).toEqual(['note', 'dateline', 'Transcript: 3/4/26']);
    expect(turns('Transcript: March 4, 2026\n\nHOST: Hi.\n')[0]?.[1]).toBe('dateline');
  });

  it('BAD: a turn opening with `Transcript:` and a date in its words stays the turn', () => {
    const text = 'HOST: Hi.\n\nTranscript: I asked for it on 3/4/26 and never got it.\n';
    expect(turns(text).every((r) => r[0] === 'speech')).toBe(true);
  });
});

describe('variants of the round: case, spacing, colons, slashes', () => {
  it('GOOD: `Q. …? A: …` with the other stop on one line, and `Q.  …` spaced', () => {
    expect(story('Q. Will the budget pass? A: Yes, on Friday.\n').map((r) => r[1])).toEqual([
      'reporter',
      'answer',
    ]);
    expect(story('Q.  Will the budget pass?\n\nA.  Yes, on Friday.\n')[1]?.[1]).toBe('answer');
  });

  it('GOOD: `MP WEIL:` in capitals, `FRAGE (KRAUSE):`, `Frage (dpa/Krause):`', () => {
    const text =
      'MP WEIL: Guten Tag.\n\nFRAGE (KRAUSE): Wann?\n\nMP WEIL: Morgen.\n\nFrage (dpa/Krause): Sicher?\n';
    const weil = speaker(text, 'Guten Tag');
    expect([weil?.name, weil?.title]).toEqual(['Weil', 'Ministerpräsident']);
    expect(speaker(text, 'Wann')?.name).toBe('Krause');
    const k = speaker(text, 'Sicher');
    expect([k?.name, k?.role]).toEqual(['Krause', 'reporter']);
  });

  it('GOOD: `O-TON: Hafenarbeiter Jan Meier: …`, `O-TON: Jan Meier, Hafenarbeiter: …`, a run time after the name', () => {
    for (const bite of [
      'O-TON: Hafenarbeiter Jan Meier: Wir wollen mehr.',
      'O-TON: Jan Meier, Hafenarbeiter: Wir wollen mehr.',
      'O-TON Hafenarbeiter Jan Meier (0:12): Wir wollen mehr.',
    ]) {
      const s = speaker(`SPRECHER: Streik.\n\n${bite}\n`, 'Wir wollen');
      expect([s?.name, s?.title]).toEqual(['Jan Meier', 'Hafenarbeiter']);
    }
  });

  it('BAD: `O-TON:` over words with no name stays the bite label', () => {
    const text = 'SPRECHER: Streik.\n\nO-TON: Wir wollen mehr Lohn: sonst nichts.\n';
    expect(formatTranscript(text).speakers.some((s) => s.title === 'Hafenarbeiter')).toBe(false);
    expect(
      turns(text)
        .map((r) => r[2])
        .join(' '),
    ).toContain('Wir wollen mehr Lohn');
  });

  it('GOOD: `HAFEN HAMBURG/STREIK` without spaces is the title', () => {
    expect(formatTranscript('HAFEN HAMBURG/STREIK\n\nSPRECHER: Streik.\n').title).toBe(
      'HAFEN HAMBURG/STREIK',
    );
  });

  it('GOOD: a slug in title case (`Hafen Hamburg/Streik`) is the title too', () => {
    expect(formatTranscript('Hafen Hamburg/Streik\nSPRECHER: Streik.\n').title).toBe(
      'Hafen Hamburg/Streik',
    );
  });

  it("BAD: a photo's credit (`Jane Doe/AP`) stays its note", () => {
    expect(turns('Jane Doe/AP\n\nThe council voted.\n')[0]).toEqual([
      'note',
      'credit',
      'Jane Doe/AP',
    ]);
  });

  it('BAD: a wire slug without spaces (`UKRAINE-ENERGY/PARLIAMENT`) stays its note', () => {
    expect(turns('UKRAINE-ENERGY/PARLIAMENT\n\nThe parliament voted.\n')[0]?.[0]).toBe('note');
  });
});
