/**
 * Newsroom conventions of German, French, Spanish, Italian and Russian transcripts, each written
 * here in that convention: the tags (GOOD) give the right speaker, role and block, and the
 * counter-cases (BAD: a sentence with a colon, a role word inside a sentence) stay text. Also the
 * furniture, the title, the sentence boundaries and the slug of each language.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { splitSentences } from '../../src/core/sentences.ts';

/** Each block as `type who: text` (who: the name, else `(role)`; none for unattributed blocks). */
function blocks(doc: ScriptDocument): string[] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s]));
  return doc.blocks.map((b) => {
    const s = b.speaker ? byId.get(b.speaker) : undefined;
    const who = s ? ` ${s.name ?? `(${s.role})`}` : '';
    return `${b.type}${who}: ${b.text}`;
  });
}

/** A counter-case: no speaker, and every word of the input still in the text, in order. */
function expectNoTag(input: string): ScriptDocument {
  const doc = formatTranscript(input);
  expect(doc.speakers, input).toEqual([]);
  expect(doc.blocks.every((b) => b.type !== 'speech')).toBe(true);
  const words = (t: string) =>
    t
      .replace(/[“”«»„]/g, '"')
      .split(/\s+/)
      .filter(Boolean);
  expect(doc.blocks.flatMap((b) => words(b.text))).toEqual(words(input));
  return doc;
}

/** The slug's words must not be function words, greetings or roles of the language. */
function expectTopicSlug(doc: ScriptDocument, topic: string): void {
  expect(doc.slug.split('-')).toContain(topic);
}

describe('Spanish: La Moncloa dash tags (`Presidente del Gobierno.-`, `P.-`)', () => {
  const MONCLOA = [
    'Rueda de prensa del presidente del Gobierno sobre el plan de vivienda',
    '',
    'Presidente del Gobierno.- Buenas tardes. Hemos acordado un plan de vivienda.',
    '',
    'Moderadora.- Abrimos el turno de preguntas.',
    '',
    'P.- Lucía Méndez, de El Mundo. ¿Cuándo llegarán los fondos de vivienda?',
    '',
    'Presidente del Gobierno.- En el primer trimestre. ¡Ojalá todas se sumen!',
    '',
    '(Transcripción editada por la Secretaría de Estado de Comunicación)',
  ].join('\n');

  it('GOOD: the office, the moderator and the question are three speakers; the note is kept', () => {
    const doc = formatTranscript(MONCLOA);
    expect(blocks(doc)).toEqual([
      'headline: Rueda de prensa del presidente del Gobierno sobre el plan de vivienda',
      'speech (presidente del gobierno): Buenas tardes. Hemos acordado un plan de vivienda.',
      'speech (moderator): Abrimos el turno de preguntas.',
      'speech (reporter): Lucía Méndez, de El Mundo. ¿Cuándo llegarán los fondos de vivienda?',
      'speech (presidente del gobierno): En el primer trimestre. ¡Ojalá todas se sumen!',
      'note: (Transcripción editada por la Secretaría de Estado de Comunicación)',
    ]);
    expect(doc.speakers[0]?.title).toBe('Presidente del Gobierno');
    expect(doc.blocks.at(-1)?.reason).toBe('disclaimer');
    expectTopicSlug(doc, 'VIVIENDA');
  });

  it('GOOD: `R.-` is the answer; a named tag with the dash is the person', () => {
    const doc = formatTranscript('P.- ¿Habrá elecciones?\n\nSr. García.- No este año.');
    expect(blocks(doc)).toEqual([
      'speech (reporter): ¿Habrá elecciones?',
      'speech Sr. García: No este año.',
    ]);
  });

  it('GOOD: the place and full date under the title is the dateline; a sentence with a date is not', () => {
    const doc = formatTranscript(
      'Palacio de la Moncloa, Madrid, lunes 23 de noviembre de 2026\n\nMadrid, Sevilla y Valencia votaron el 23 de noviembre de 2026.',
    );
    expect(doc.blocks.map((b) => [b.type, b.reason])).toEqual([
      ['note', 'dateline'],
      ['narration', null],
    ]);
  });

  it.each([
    'La pregunta es otra: ¿quién paga la vivienda?',
    'El presidente lo dijo claro: no habrá subida de impuestos.',
    'La cifra cerró en 2025.- Nada más que añadir.',
    'MADRID.- El Gobierno aprobó hoy el plan de vivienda.',
    'Washington.- La Casa Blanca anunció nuevas medidas.',
  ])('BAD: %s stays text', (input) => {
    expectNoTag(input);
  });

  it('splits sentences at ¿? and ¡! and keeps Sr. and Sra. inside', () => {
    expect(
      splitSentences(
        '¿Cuándo llegarán? ¡Ojalá pronto! El Sr. García habló con la Sra. López.',
        'es',
      ),
    ).toEqual(['¿Cuándo llegarán?', '¡Ojalá pronto!', 'El Sr. García habló con la Sra. López.']);
  });
});

describe('Italian: press interview with `D:` and `R:`', () => {
  const INTERVISTA = [
    '«Le città non possono aspettare il governo»',
    '',
    'Intervista a Giulia Ferri, sindaca di Bologna, sul trasporto pubblico',
    '',
    'di Marco Bellini',
    '',
    'D: Sindaca, quanto costa il trasporto gratuito?',
    '',
    'R: Circa 12 milioni di euro. La domanda che mi fanno tutti è una: quando tocca agli anziani?',
    '',
    'D: E se i fondi del trasporto non bastano?',
    '',
    'R: Allora chiederemo aiuto alla Regione.',
    '',
    'Riproduzione riservata © Copyright',
  ].join('\n');

  it('GOOD: D is the question, R the guest the header names; byline and copyright are notes', () => {
    const doc = formatTranscript(INTERVISTA);
    const read = blocks(doc);
    expect(read.filter((b) => b.startsWith('speech'))).toEqual([
      'speech (reporter): Sindaca, quanto costa il trasporto gratuito?',
      'speech Giulia Ferri: Circa 12 milioni di euro. La domanda che mi fanno tutti è una: quando tocca agli anziani?',
      'speech (reporter): E se i fondi del trasporto non bastano?',
      'speech Giulia Ferri: Allora chiederemo aiuto alla Regione.',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => [b.text, b.reason])).toEqual([
      ['di Marco Bellini', 'byline'],
      ['Riproduzione riservata © Copyright', 'copyright'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'speaker-named' && m.line === 3)).toBe(true);
    // The standfirst naming the guest is a subheading, not narration read on air.
    expect(read[1]).toBe(
      'headline: Intervista a Giulia Ferri, sindaca di Bologna, sul trasporto pubblico',
    );
    // The title is a quotation: its slug is its content word, never `NON`, `POSSONO` or `CITTA`.
    expectTopicSlug(doc, 'ASPETTARE');
  });

  it('GOOD: without a header naming the guest, R stays the answer role', () => {
    const doc = formatTranscript('D: Quanto costa?\n\nR: Dodici milioni.');
    expect(blocks(doc)).toEqual([
      'speech (reporter): Quanto costa?',
      'speech (answer): Dodici milioni.',
    ]);
  });

  it.each([
    'La domanda è una: quando tocca agli anziani?',
    'Il sindaco ha detto: non torneremo indietro.',
  ])('BAD: %s stays text', (input) => {
    expectNoTag(input);
  });
});

describe('German: broadcast script and radio interview page', () => {
  const SCRIPT = [
    'tagesschau 20:00 Uhr',
    'Sendemanuskript vom 24.11.2026',
    '',
    'Thema: Warnstreik bei der Bahn',
    '',
    'Sprecher:',
    'Guten Abend. Ein Warnstreik hat heute den Bahnverkehr lahmgelegt.',
    '',
    'O-Ton Pendlerin:',
    '„Ich stehe hier seit einer Stunde am Bahnsteig.“',
    '',
    'O-Ton Martin Burkert, EVG-Vorsitzender:',
    '„Jetzt ist Schluss mit dem Warten bei der Bahn.“',
    '',
    'Dieses Manuskript ist nur für den privaten Gebrauch bestimmt. Es gilt das gesprochene Wort.',
  ].join('\n');

  it('GOOD: header notes, the topic line as the title, O-Ton bites with their speaker', () => {
    const doc = formatTranscript(SCRIPT);
    expect(doc.title).toBe('Warnstreik bei der Bahn');
    expect(blocks(doc)).toEqual([
      'note: tagesschau 20:00 Uhr',
      'note: Sendemanuskript vom 24.11.2026',
      'headline: Thema: Warnstreik bei der Bahn',
      'speech (announcer): Guten Abend. Ein Warnstreik hat heute den Bahnverkehr lahmgelegt.',
      // The quotation marks around a whole bite are the script's, not the speaker's.
      'speech (pendlerin): Ich stehe hier seit einer Stunde am Bahnsteig.',
      'speech Martin Burkert: Jetzt ist Schluss mit dem Warten bei der Bahn.',
      'note: Dieses Manuskript ist nur für den privaten Gebrauch bestimmt. Es gilt das gesprochene Wort.',
    ]);
    const burkert = doc.speakers.find((s) => s.name === 'Martin Burkert');
    expect(burkert?.title).toBe('EVG-Vorsitzender');
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.delivery)).toEqual([
      null,
      'sot',
      'sot',
    ]);
    expectTopicSlug(doc, 'WARNSTREIK');
  });

  it('GOOD: `X im Gespräch mit Y` is the byline and names the Moderator; the DLF disclaimer is a note', () => {
    const doc = formatTranscript(
      [
        'Städtetag zum Wohnungsbau: „Die Kommunen sind am Limit“',
        '',
        'Katrin Vogel im Gespräch mit Jasper Barenberg | 17.11.2026',
        '',
        'Moderator: Frau Vogel, reicht das Geld für den Wohnungsbau?',
        '',
        'Vogel: Nein. Wir brauchen das Doppelte für den Wohnungsbau.',
        '',
        'Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder.',
      ].join('\n'),
    );
    expect(blocks(doc)).toEqual([
      'headline: Städtetag zum Wohnungsbau: „Die Kommunen sind am Limit“',
      'note: Katrin Vogel im Gespräch mit Jasper Barenberg | 17.11.2026',
      'speech Jasper Barenberg: Frau Vogel, reicht das Geld für den Wohnungsbau?',
      'speech Vogel: Nein. Wir brauchen das Doppelte für den Wohnungsbau.',
      'note: Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder.',
    ]);
    expect(doc.speakers[0]?.role).toBe('moderator');
    expect(doc.reporter).toBe('Jasper Barenberg');
    expect(doc.blocks.map((b) => b.reason).filter(Boolean)).toEqual(['byline', 'disclaimer']);
    expectTopicSlug(doc, 'WOHNUNGSBAU');
  });

  it('GOOD: the link titles under `Mehr zum Thema` are related links, colon and all', () => {
    const doc = formatTranscript(
      [
        'Vogel: Wir brauchen Planungssicherheit.',
        '',
        'Mehr zum Thema',
        '',
        'Mietpreisbremse: Was die Verlängerung bringt',
        'Baugenehmigungen auf Tiefstand',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => `${b.type} ${b.reason ?? ''}`.trim())).toEqual([
      'speech',
      'note related-links',
      'note related-links',
      'note related-links',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Vogel']);
  });

  it('GOOD: parliamentary reactions in brackets are directions (Bundestag, Assemblée, Congreso)', () => {
    const doc = formatTranscript(
      'Dr. Alice Weidel (AfD): Frau Präsidentin! (Beifall bei der AfD) Wir lehnen das ab.\n\nM. Jean Dupont (LR) : Merci. (Applaudissements sur les bancs du groupe LR.)\n\nAlberto Núñez Feijóo (PP): No. (Rumores)',
    );
    expect(doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'Beifall bei der AfD',
      'Applaudissements sur les bancs du groupe LR.',
      'Rumores',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.text)).toEqual([
      'Frau Präsidentin!',
      'Wir lehnen das ab.',
      'Merci.',
      'No.',
    ]);
  });

  it('GOOD: `SOT Name:` is a bite; `Sot Khem:` is a person named Sot Khem', () => {
    const doc = formatTranscript('SOT JANE DOE: We lost everything.\n\nSot Khem: I farm rice.');
    expect(blocks(doc)).toEqual([
      'speech Jane Doe: We lost everything.',
      'speech Sot Khem: I farm rice.',
    ]);
    expect(doc.blocks.map((b) => b.delivery)).toEqual(['sot', null]);
  });

  it.each([
    'Der Bauminister sagt: Das Geld ist da, es wird nur nicht abgerufen.',
    'Ein Moderator im Stadtrat hat es gesagt: Wer bauen will, braucht Planungssicherheit.',
    'Die Frage ist: Wer zahlt am Ende?',
    'Der Beifall im Saal war laut: Alle standen auf.',
  ])('BAD: %s stays text', (input) => {
    expectNoTag(input);
  });

  it('BAD: a programme word and a running time with a name is no script header (Otter)', () => {
    const doc = formatTranscript('Jane Doe 0:01\nGuten Morgen aus Berlin.');
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('French: franceinfo interview transcript (`Journaliste :`, « »)', () => {
  const PAGE = [
    '« Les agriculteurs ne peuvent plus attendre » : la ministre invitée de franceinfo',
    '',
    'Publié le 18/11/2026 09:12',
    '',
    'Temps de lecture : 3 min',
    '',
    'Journaliste : Bonjour Annie Genevard. Les agriculteurs bloquent les autoroutes.',
    '',
    'Annie Genevard : Leur colère est légitime : les prix ont baissé.',
    '',
    'Question : Que répondez-vous aux agriculteurs ?',
    '',
    'Partager : Facebook Twitter LinkedIn E-mail',
  ].join('\n');

  it('GOOD: guillemets keep their direction; the headline is the title; notes are notes', () => {
    const doc = formatTranscript(PAGE);
    expect(doc.title).toBe(
      '« Les agriculteurs ne peuvent plus attendre » : la ministre invitée de franceinfo',
    );
    expect(blocks(doc).slice(1)).toEqual([
      'note: Publié le 18/11/2026 09:12',
      'note: Temps de lecture : 3 min',
      'speech (reporter): Bonjour Annie Genevard. Les agriculteurs bloquent les autoroutes.',
      'speech Annie Genevard: Leur colère est légitime : les prix ont baissé.',
      'speech (reporter): Que répondez-vous aux agriculteurs ?',
      'note: Partager : Facebook Twitter LinkedIn E-mail',
    ]);
    expectTopicSlug(doc, 'AGRICULTEURS');
  });

  it('GOOD: an office after its article is the office (`Le Premier ministre :`), in every language', () => {
    const doc = formatTranscript(
      'Le Premier ministre : Merci à tous.\n\nQuestion : Quand ?\n\nLe Premier ministre : Demain.\n\nDer Präsident: Die Sitzung ist eröffnet.\n\nEl Presidente: Buenas tardes.',
    );
    expect(blocks(doc)).toEqual([
      'speech (premier ministre): Merci à tous.',
      'speech (reporter): Quand ?',
      'speech (premier ministre): Demain.',
      'speech (präsident): Die Sitzung ist eröffnet.',
      'speech (presidente): Buenas tardes.',
    ]);
    const office = formatTranscript(
      'LE PRÉSIDENT DE LA RÉPUBLIQUE : Mesdames et messieurs, bonsoir.',
    );
    expect(office.speakers[0]?.title).toBe('Président de la République');
  });

  it.each([
    "Le ministre l'a dit clairement : il n'y aura pas de report.",
    'La question est simple : qui va payer ?',
    'Le ministre a répondu : non.',
    'Die Regierung sagt: Nein.',
  ])('BAD: %s stays text', (input) => {
    expectNoTag(input);
  });
});

describe('Russian: TV news script (`ВЕДУЩИЙ:`, `КОРР.:`, cues)', () => {
  const SCRIPT = [
    'ТЕМА: ПАВОДОК В ПРИМОРЬЕ',
    '',
    'ВЕДУЩИЙ:',
    'Добрый вечер! В Приморье продолжается паводок.',
    '',
    'ЗК',
    'КОРР.:',
    'Улицы Уссурийска превратились в реки.',
    '',
    'лайф',
    'СТЕНДАП',
    'КОРР.:',
    'Дожди прекратятся только к выходным.',
  ].join('\n');

  it('GOOD: roles, the abbreviated correspondent, stacked cues as directions, the topic as title', () => {
    const doc = formatTranscript(SCRIPT);
    expect(doc.title).toBe('ПАВОДОК В ПРИМОРЬЕ');
    expect(blocks(doc)).toEqual([
      'headline: ТЕМА: ПАВОДОК В ПРИМОРЬЕ',
      'speech (host): Добрый вечер! В Приморье продолжается паводок.',
      'direction: ЗК',
      'speech (correspondent): Улицы Уссурийска превратились в реки.',
      'direction: лайф',
      'direction: СТЕНДАП',
      'speech (correspondent): Дожди прекратятся только к выходным.',
    ]);
    expectTopicSlug(doc, 'PRIMORE');
  });

  it('GOOD: ЗК and СТЕНДАП give the next turn its delivery; the throw names the correspondent', () => {
    const doc = formatTranscript(
      [
        'ВЕДУЩИЙ:',
        'Добрый вечер! Из Уссурийска — наш корреспондент Анна Морозова.',
        '',
        'ЗК',
        'КОРР.:',
        'Улицы Уссурийска превратились в реки.',
        '',
        'СТЕНДАП',
        'КОРР.:',
        'Дожди прекратятся только к выходным.',
        '',
        'ВЕДУЩИЙ:',
        'Мы будем следить за ситуацией.',
      ].join('\n'),
    );
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => b.delivery)).toEqual([null, 'voice-over', 'on-camera', null]);
    const corr = doc.speakers.find((s) => s.role === 'correspondent');
    expect(corr?.name).toBe('Анна Морозова');
    expect(
      doc.messages.some((m) => m.ruleId === 'speaker-named' && m.reason.includes('Анна Морозова')),
    ).toBe(true);
  });

  it('BAD: a throw naming nobody, or two correspondents, names no one', () => {
    const doc = formatTranscript(
      'ВЕДУЩИЙ: Слово нашему корреспонденту.\n\nКОРР.: Вода уходит.\n\nКОРРЕСПОНДЕНТ: Дожди идут.',
    );
    expect(doc.speakers.every((s) => s.name === null)).toBe(true);
  });

  it.each([
    'Глава МЧС сказал: вода начала уходить.',
    'Корреспондент нашего канала передаёт: дожди прекратятся к выходным.',
    'лайф и стендап сняли утром',
  ])('BAD: %s stays text', (input) => {
    expectNoTag(input);
  });
});

describe('sentence boundaries of the other languages', () => {
  it('German: a day ordinal before a month and `Mio.` go on; a sentence end stays', () => {
    expect(
      splitSentences(
        'Am 3. Oktober kam die Flut. Die Stadt zahlt 1,5 Mio. Euro. Danach kam Hilfe.',
        'de',
      ),
    ).toEqual([
      'Am 3. Oktober kam die Flut.',
      'Die Stadt zahlt 1,5 Mio. Euro.',
      'Danach kam Hilfe.',
    ]);
    // A count before a capitalized noun that is no month ends the sentence.
    expect(splitSentences('Es kamen 12. Danach war Ruhe.', 'de')).toEqual([
      'Es kamen 12.',
      'Danach war Ruhe.',
    ]);
  });

  it('French: a spaced closing guillemet stays with its sentence', () => {
    expect(
      splitSentences('« Nous ne lâcherons rien ! » a-t-elle dit. Est-ce clair ? Oui.', 'fr'),
    ).toEqual(['« Nous ne lâcherons rien ! » a-t-elle dit.', 'Est-ce clair ?', 'Oui.']);
    expect(splitSentences('Il a dit « non. » Puis il est parti.', 'fr')).toEqual([
      'Il a dit « non. »',
      'Puis il est parti.',
    ]);
  });

  it('Spanish and Italian: courtesy titles go on', () => {
    expect(splitSentences('Viajó a EE. UU. Luego votaron.', 'es')).toEqual([
      'Viajó a EE. UU.',
      'Luego votaron.',
    ]);
    expect(splitSentences('Il sig. Rossi è arrivato. La dott. Ferri ha parlato.', 'it')).toEqual([
      'Il sig. Rossi è arrivato.',
      'La dott. Ferri ha parlato.',
    ]);
  });
});
