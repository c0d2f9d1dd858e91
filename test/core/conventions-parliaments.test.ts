/**
 * Continental Europe's parliamentary verbatim records: the Bundestag's Plenarprotokoll, the
 * Assemblée nationale's compte rendu, the Cortes' Diario de Sesiones, the Camera's resoconto
 * stenografico and the Tweede Kamer's Handelingen. Each convention with cases written in it, and
 * counter-cases in prose that must not change.
 */
import { describe, expect, it } from 'vitest';
import { isDirectionText } from '../../src/core/directions.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';
import { format, rows } from './convention-rows.ts';

const words = (doc: ScriptDocument) => doc.blocks.map((b) => b.text).join(' ');

describe('German Plenarprotokoll (Bundestag, Landtage)', () => {
  it('GOOD: the chair, members with their party, a minister with the office after the name; interjections are directions', () => {
    const doc = format([
      'Vizepräsidentin Petra Pau: Das Wort hat Jens Spahn.',
      '',
      'Jens Spahn (CDU/CSU): Frau Präsidentin! Sie haben 30 Milliarden verplant. (Beifall bei der CDU/CSU – Zuruf von der SPD: Stimmt nicht!) Das bleibt wahr.',
      '',
      '(Heiterkeit bei der FDP)',
      '',
      'Dr. Anja Weber, Staatssekretärin im Bundesministerium der Finanzen: Herr Kollege, das ist falsch.',
      '',
      '(Beifall beim BÜNDNIS 90/DIE GRÜNEN und bei der SPD)',
      '',
      'Vizepräsidentin Petra Pau: Ich schließe die Aussprache.',
      '',
      '(Schluss: 17.45 Uhr)',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Petra Pau', 'Das Wort hat'],
      ['speech', 'Jens Spahn', 'Frau Präsidentin! Sie'],
      ['direction', null, 'Beifall bei der'],
      ['speech', 'Jens Spahn', 'Das bleibt wahr.'],
      ['direction', null, 'Heiterkeit bei der'],
      ['speech', 'Dr. Anja Weber', 'Herr Kollege, das'],
      ['direction', null, 'Beifall beim BÜNDNIS'],
      ['speech', 'Petra Pau', 'Ich schließe die'],
      ['direction', null, 'Schluss: 17.45 Uhr'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'Petra Pau')?.title).toBe('Vizepräsidentin');
    // The interjection's words are kept, never lost.
    expect(words(doc)).toContain('Zuruf von der SPD: Stimmt nicht!');
  });

  it('GOOD: an academic title between the office and the name is the name’s; Austria’s Abgeordneter is the title', () => {
    const tag = (t: string) => parseTag(`${t}: Danke.`)?.tag;
    expect(tag('Bundesminister Dr. Karl Lauterbach')).toMatchObject({
      name: 'Dr. Karl Lauterbach',
      title: 'Bundesminister',
    });
    expect(tag('Alterspräsident Dr. Wolfgang Schäuble')).toMatchObject({
      name: 'Dr. Wolfgang Schäuble',
      title: 'Alterspräsident',
    });
    expect(tag('Abgeordnete Sigrid Maurer (Grüne)')).toMatchObject({
      name: 'Sigrid Maurer',
      title: 'Abgeordnete, Grüne',
    });
    // A name with its doctorate and no office is read as before.
    expect(tag('Dr. Alice Weidel (AfD)')).toMatchObject({ name: 'Dr. Alice Weidel', title: 'AfD' });
  });

  it('GOOD: the running page header with its page number is a page note, the words around it one turn', () => {
    const doc = format([
      'Präsidentin Bärbel Bas: Das Wort hat Lisa Paus.',
      '',
      'Lisa Paus, Bundesministerin für Familie, Senioren, Frauen und Jugend: Wir investieren 2 Milliarden.',
      '',
      'Deutscher Bundestag – 20. Wahlperiode – 141. Sitzung. Berlin, Donnerstag, den 7. Dezember 2023 17784',
      '',
      'Das ist ein Versprechen.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Bärbel Bas', 'Das Wort hat'],
      ['speech', 'Lisa Paus', 'Wir investieren 2'],
      ['note', null, 'Deutscher Bundestag –'],
      ['speech', 'Lisa Paus', 'Das ist ein'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.line === 5)).toBe(true);
  });

  it('BAD: a parenthesis in prose that opens with no reaction word stays text', () => {
    expect(isDirectionText('Beifallsstürme erwartet niemand')).toBe(false);
    expect(isDirectionText('siehe Anlage 3')).toBe(false);
    expect(isDirectionText('Zuruf des Abg. Stephan Brandner [AfD]: Richtig!')).toBe(true);
  });
});

describe('French compte rendu (Assemblée nationale, Sénat)', () => {
  const record = [
    'M. le président. La séance est ouverte.',
    '',
    '(La séance est ouverte à quinze heures.)',
    '',
    'M. le président. La parole est à M. Jean Dupont.',
    '',
    'M. Jean Dupont. Madame la ministre, 3 millions de foyers attendent. (Applaudissements sur les bancs du groupe LR.)',
    '',
    'Mme Claire Morel, ministre de la culture. Monsieur le député, nous avons investi 5 milliards.',
    '',
    '(Exclamations sur les bancs du groupe RN.)',
    '',
    'Mme la présidente. La séance est levée.',
  ];

  it('GOOD: a full stop closes the tag; the chair is a role, the minister keeps her office', () => {
    const doc = format(record);
    expect(rows(doc)).toEqual([
      ['speech', 'president', 'La séance est'],
      ['direction', null, 'La séance est'],
      ['speech', 'president', 'La parole est'],
      ['speech', 'M. Jean Dupont', 'Madame la ministre,'],
      ['direction', null, 'Applaudissements sur les'],
      ['speech', 'Mme Claire Morel', 'Monsieur le député,'],
      ['direction', null, 'Exclamations sur les'],
      ['speech', 'president', 'La séance est'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'Mme Claire Morel')?.title).toBe(
      'ministre de la culture',
    );
    expect(doc.messages.some((m) => m.ruleId === 'speaker-tag' && m.line === 1)).toBe(true);
  });

  it('GOOD: an office with its article and a comma (`M. le garde des sceaux, ministre de la justice.`); a subject line between turns is a heading', () => {
    const doc = format([
      'Mme la présidente. La parole est à M. le garde des sceaux.',
      '',
      'M. le garde des sceaux, ministre de la justice. Nous avons recruté 1 500 magistrats.',
      '',
      '(Applaudissements sur les bancs du groupe RE.)',
      '',
      'Politique pénale',
      '',
      'Mme la présidente. La parole est à Mme Anne Roux.',
      '',
      'Mme Anne Roux. Ce n’est pas assez.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'president', 'La parole est'],
      ['speech', 'garde des sceaux, ministre de la justice', 'Nous avons recruté'],
      ['direction', null, 'Applaudissements sur les'],
      ['headline', null, 'Politique pénale'],
      ['speech', 'president', 'La parole est'],
      ['speech', 'Mme Anne Roux', 'Ce n’est pas'],
    ]);
  });

  it('BAD: French prose with `M. Dupont.` and no chair reads as text', () => {
    const doc = format([
      'M. Jean Dupont. Il est arrivé à 9 heures.',
      '',
      'Mme Claire Morel. Elle est partie à midi.',
      '',
      'M. Jean Dupont. Il est revenu le soir.',
    ]);
    expect(doc.blocks.every((b) => b.speaker === undefined || b.speaker === null)).toBe(true);
    expect(words(doc)).toContain('M. Jean Dupont. Il est arrivé');
  });
});

describe('Spanish Diario de Sesiones (Congreso, Senado)', () => {
  it('GOOD: El señor / La señora and capitals, an office with its holder; the clock lines are directions', () => {
    const doc = format([
      'Se abre la sesión a las nueve de la mañana.',
      '',
      'El señor PRESIDENTE: Tiene la palabra el señor Ruiz Soto.',
      '',
      'El señor RUIZ SOTO: Gracias. Hay 200 000 parados más. (Aplausos.)',
      '',
      'La señora MINISTRA DE HACIENDA (Montero Cuadrado): No es verdad. (Rumores.)',
      '',
      'El señor PRESIDENTE: Silencio, por favor.',
      '',
      'Se levanta la sesión a las dos de la tarde.',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'Se abre la'],
      ['speech', 'president', 'Tiene la palabra'],
      ['speech', 'Ruiz Soto', 'Gracias. Hay 200'],
      ['direction', null, 'Aplausos.'],
      ['speech', 'Montero Cuadrado', 'No es verdad.'],
      ['direction', null, 'Rumores.'],
      ['speech', 'president', 'Silencio, por favor.'],
      ['direction', null, 'Se levanta la'],
    ]);
  });

  it('BAD: a story quoting “el señor” stays prose', () => {
    const doc = format(['El señor GARCÍA: así firmaba sus cartas.', '', 'Nadie lo sabía.']);
    expect(doc.blocks.every((b) => b.type !== 'speech')).toBe(true);
  });
});

describe('Italian resoconto stenografico (Camera, Senato)', () => {
  it('GOOD: PRESIDENTE. and names in capitals with the group; applause is a direction', () => {
    const doc = format([
      'La seduta comincia alle 9,35.',
      '',
      'PRESIDENTE. Ha facoltà di parlare il deputato Bianchi.',
      '',
      'MARCO BIANCHI. Presidente, abbiamo speso 20 miliardi. (Applausi dei deputati del gruppo PD).',
      '',
      'PRESIDENTE. Ha facoltà di parlare il deputato Verdi.',
      '',
      'VERDI (FdI). Non è vero.',
      '',
      'La seduta termina alle 19,40.',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'La seduta comincia'],
      ['speech', 'president', 'Ha facoltà di'],
      ['speech', 'Marco Bianchi', 'Presidente, abbiamo speso'],
      ['direction', null, 'Applausi dei deputati'],
      ['speech', 'president', 'Ha facoltà di'],
      ['speech', 'Verdi', 'Non è vero.'],
      ['direction', null, 'La seduta termina'],
    ]);
  });

  it('BAD: an Italian story with a dateline in capitals is no record', () => {
    const doc = format([
      'ROMA. Il governo ha approvato la manovra.',
      '',
      'MILANO. La borsa chiude in rialzo.',
    ]);
    expect(doc.blocks.every((b) => b.type !== 'speech')).toBe(true);
  });
});

describe('Swedish riksdag protocol', () => {
  it('GOOD: `Anf. N` before the office and name in capitals; TALMANNEN is the chair', () => {
    const doc = format([
      'Anf. 12 STATSMINISTER ULF KRISTERSSON (M):',
      'Fru talman! Vi satsar 10 miljarder.',
      '',
      'Anf. 13 TALMANNEN:',
      'Överläggningen är avslutad.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Ulf Kristersson', 'Fru talman! Vi'],
      ['speech', 'talmannen', 'Överläggningen är avslutad.'],
    ]);
    // `Anf.` with no tag after it stays text.
    expect(parseTag('Anf. 12 i protokollet är fel.')).toBeNull();
  });
});

describe('Dutch Handelingen (Tweede Kamer)', () => {
  it('GOOD: De voorzitter, De heer / Mevrouw with the party, Minister and the name', () => {
    const doc = format([
      'De voorzitter:',
      'Ik open de vergadering.',
      '',
      'De heer Van Dijk (PVV):',
      'Dat is onzin.',
      '',
      'Minister De Jonge:',
      'Ik ben het daar niet mee eens.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'voorzitter', 'Ik open de'],
      ['speech', 'Van Dijk', 'Dat is onzin.'],
      ['speech', 'De Jonge', 'Ik ben het'],
    ]);
  });
});
