/**
 * Non-English newsroom scripts and records: Turkish `AD SOYAD / UNVAN:` tags and Turkish case,
 * anchor-lead cues on their own line (German, French, Spanish, Italian), a Plenarprotokoll's
 * margin letters and page furniture, and a Brazilian script's `OFF` after a `VT`.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';
import { compileScript } from '../../src/layouts/script.ts';

function speakerOf(doc: ScriptDocument, line: number) {
  const block = doc.blocks.find((b) => b.line === line);
  return doc.speakers.find((s) => s.id === block?.speaker) ?? null;
}

describe('Turkish scripts: AD SOYAD / UNVAN: metin', () => {
  const tags: ReadonlyArray<[string, string, string, string]> = [
    // [line, name, title, rest]
    [
      'AHMET YILMAZ / BELEDİYE BAŞKANI: Ekiplerimiz sabahtan beri sahada.',
      'Ahmet Yılmaz',
      'BELEDİYE BAŞKANI',
      'Ekiplerimiz sabahtan beri sahada.',
    ],
    [
      'AYŞE DEMİRCİ / ESNAF: Dükkânım su altında kaldı.',
      'Ayşe Demirci',
      'ESNAF',
      'Dükkânım su altında kaldı.',
    ],
    [
      'İSMAİL IŞIK/AFAD İL MÜDÜRÜ:  Dere yataklarından uzak durun.',
      'İsmail Işık',
      'AFAD İL MÜDÜRÜ',
      'Dere yataklarından uzak durun.',
    ],
    [
      'FATMA NUR ÇELİK  /  VATANDAŞ: Sabah beşte uyandık.',
      'Fatma Nur Çelik',
      'VATANDAŞ',
      'Sabah beşte uyandık.',
    ],
    // No Turkish letter in the tag: the words after it are Turkish (`altında`), so `I` is `ı`.
    [
      'BAYRAM KILIÇ / MUHTAR: Köprü yıkıldı, mahalle ikiye bölündü.',
      'Bayram Kılıç',
      'MUHTAR',
      'Köprü yıkıldı, mahalle ikiye bölündü.',
    ],
    [
      'Ahmet Yılmaz / Belediye Başkanı: Yarın okullar tatil.',
      'Ahmet Yılmaz',
      'Belediye Başkanı',
      'Yarın okullar tatil.',
    ],
  ];
  it.each(tags)('%s', (line, name, title, rest) => {
    const m = parseTag(line);
    expect(m?.tag.name).toBe(name);
    expect(m?.tag.title).toBe(title);
    expect(m?.tag.role).toBeNull();
    expect(m?.rest).toBe(rest);
  });

  it('the same slash form in an English script names the person, not the title', () => {
    const m = parseTag('JOHN SMITH / MAYOR: Our crews have been out since dawn.');
    expect(m?.tag.name).toBe('John Smith');
    expect(m?.tag.title).toBe('MAYOR');
  });

  it('English names keep the usual case (no Turkish letters anywhere)', () => {
    expect(parseTag('LINDA HILL / NURSE: We ran out of beds.')?.tag.name).toBe('Linda Hill');
    expect(parseTag('MIKE IRWIN: Thanks.')?.tag.name).toBe('Mike Irwin');
  });

  const notTags = [
    'AND/OR: both are fine here.',
    '9/11: the day everything changed.',
    'TCP/IP: the protocol suite.',
    'Ankara / Suriye: sınır kapısı kapandı.',
    'KUZEY IRAK / doğu bölgesi: çatışmalar sürüyor.',
    'ANCHOR/REPORTER: two roles, one line.',
    'MR. SMITH/MRS. SMITH: Together, we thank you.',
  ];
  it.each(notTags)('no slash tag: %s', (line) => {
    const m = parseTag(line);
    expect(m?.tag.title ?? null).toBeNull();
  });

  it('a Turkish script: each guest is the speaker, the role their title, the anchor a host', () => {
    const doc = formatTranscript(
      [
        'SEL ALARMI',
        '',
        'SUNUCU: İyi akşamlar. Karadeniz’de yağışlar sürüyor.',
        '',
        'AHMET YILMAZ / BELEDİYE BAŞKANI: Ekiplerimiz sabahtan beri sahada.',
        '',
        'HATİCE KIRLI / ESNAF: Dükkânım tamamen su altında kaldı.',
        '',
        'AHMET YILMAZ / BELEDİYE BAŞKANI: Yarın okullar tatil.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 3)?.role).toBe('host');
    const mayor = speakerOf(doc, 5);
    expect(mayor?.name).toBe('Ahmet Yılmaz');
    expect(mayor?.title).toBe('BELEDİYE BAŞKANI');
    expect(speakerOf(doc, 7)?.name).toBe('Hatice Kırlı');
    expect(speakerOf(doc, 9)?.id).toBe(mayor?.id);
    expect(doc.blocks.find((b) => b.line === 5)?.text).toBe('Ekiplerimiz sabahtan beri sahada.');
  });
});

it('a surname alone later, with no Turkish letter near it, is the same speaker', () => {
  const doc = formatTranscript(
    [
      'AHMET YILMAZ / BELEDİYE BAŞKANI: Ekiplerimiz sabahtan beri sahada.',
      '',
      'SUNUCU: Okullar ne olacak?',
      '',
      'YILMAZ: Yarin tatil.',
    ].join('\n'),
  );
  expect(speakerOf(doc, 5)?.id).toBe(speakerOf(doc, 1)?.id);
  expect(speakerOf(doc, 1)?.name).toBe('Ahmet Yılmaz');
});

it('a Turkish name’s dotless ı folds to i in the speaker’s id, as ş folds to s', () => {
  const doc = formatTranscript(
    'SEVGİ ALTINIŞIK / ÇAY ÜRETİCİSİ: Bahçemiz tamamen çamur altında kaldı.\n\nSUNUCU: Teşekkürler.',
  );
  expect(doc.speakers.find((s) => s.name === 'Sevgi Altınışık')?.id).toBe('sevgi-altinisik');
});

describe('an anchor’s cue alone on its line: the words under it are the anchor’s read', () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    // [script, cue, the anchor's first words]
    [
      'ANMODERATION\nGuten Abend. An der Oder steigen die Pegel weiter.\n\nNiF\nSeit dem Morgen ist das THW im Einsatz.',
      'ANMODERATION',
      'Guten Abend.',
    ],
    [
      'BEITRAG\nDie Felder stehen unter Wasser.\n\nABMODERATION\n\nDer Wetterdienst erwartet bis Freitag weiteren Regen.',
      'ABMODERATION',
      'Der Wetterdienst',
    ],
    [
      'ANMOD\nIn Kiel streiken seit heute die Werftarbeiter.\n\nBERICHT\nAm Tor stehen rund 300 Beschäftigte.',
      'ANMOD',
      'In Kiel',
    ],
    [
      'LANCEMENT\nBonsoir. Les agriculteurs bloquent de nouveau l’autoroute A7.\n\nSUJET\nDepuis l’aube, les tracteurs avancent au pas.',
      'LANCEMENT',
      'Bonsoir.',
    ],
    [
      'SUJET\nLes routes restent coupées.\n\nDÉSANNONCE\nLe gouvernement recevra les syndicats lundi.',
      'DÉSANNONCE',
      'Le gouvernement',
    ],
    [
      'SUJET\nLe port reste bloqué.\n\nDESANNONCE\nLa préfecture fera le point demain matin.',
      'DESANNONCE',
      'La préfecture',
    ],
    [
      'ENTRADILLA\nBuenas noches. El temporal obliga a cerrar los puertos de Galicia.\n\nVÍDEO\nLas olas superaron los ocho metros.',
      'ENTRADILLA',
      'Buenas noches.',
    ],
    [
      'LANCIO\nBuonasera. Sciopero dei treni in tutta Italia.\n\nSERVIZIO\nStazioni affollate fin dal mattino.',
      'LANCIO',
      'Buonasera.',
    ],
  ];
  it.each(cases)('%s', (script, cue, first) => {
    const doc = formatTranscript(script);
    const cueBlock = doc.blocks.find((b) => b.text === cue);
    expect(cueBlock?.type).toBe('direction');
    const read = doc.blocks.find((b) => b.text.startsWith(first));
    expect(read?.type).toBe('speech');
    const anchor = doc.speakers.find((s) => s.id === read?.speaker);
    expect(anchor?.role).toBe('anchor');
    expect(anchor?.name).toBeNull();
    expect(doc.messages.some((m) => m.ruleId === 'speaker-tag' && m.line === read?.line)).toBe(
      true,
    );
    // The report after the next cue is no one's: the anchor's turn ends at the cue.
    const last = doc.blocks[doc.blocks.length - 1];
    if (last?.text !== read?.text) expect(last?.type).toBe('narration');
  });

  it('the lead runs over the paragraphs up to the next cue, and is one anchor with MODERATION:', () => {
    const doc = formatTranscript(
      'ANMODERATION\nGuten Abend.\n\nDie Pegel steigen weiter.\n\nNiF\nDas THW ist im Einsatz.\n\nMODERATION: Und nun zum Sport.',
    );
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => b.text)).toEqual([
      'Guten Abend.',
      'Die Pegel steigen weiter.',
      'Und nun zum Sport.',
    ]);
    expect(new Set(speech.map((b) => b.speaker)).size).toBe(1);
    expect(doc.speakers).toHaveLength(1);
  });

  it('a slug above the cue leaves the cue a direction, not the writer’s name', () => {
    const doc = formatTranscript(
      'HOCHWASSER ODER\n\nANMODERATION\nGuten Abend. Die Pegel steigen.\n\nNiF\nDas THW ist im Einsatz.',
    );
    expect(doc.blocks.find((b) => b.text === 'ANMODERATION')?.type).toBe('direction');
    expect(doc.blocks.find((b) => b.text.startsWith('Guten Abend'))?.type).toBe('speech');
  });

  const unchanged: ReadonlyArray<[string, string]> = [
    // A tag under the cue keeps its own speaker.
    ['ANMODERATION\nREPORTERIN: Die Stimmung hier ist angespannt.', 'Die Stimmung'],
    // Other cues hand over to no anchor: the report's words stay narration.
    ['SUJET\nDepuis l’aube, les tracteurs avancent au pas.', 'Depuis'],
    ['NiF\nSeit dem Morgen ist das THW im Einsatz.', 'Seit dem'],
    ['VÍDEO\nLas olas superaron los ocho metros.', 'Las olas'],
  ];
  it.each(unchanged)('unchanged: %s', (script, first) => {
    const doc = formatTranscript(script);
    const block = doc.blocks.find((b) => b.text.startsWith(first));
    const speaker = doc.speakers.find((s) => s.id === block?.speaker);
    expect(speaker?.role ?? null).not.toBe('anchor');
  });

  it('a cue word in title case or inside a sentence is no cue', () => {
    const doc = formatTranscript('Lancement\nLe lancement de la fusée est prévu demain.');
    expect(doc.speakers).toHaveLength(0);
  });
});

describe('a Plenarprotokoll copied from its PDF: margin letters and page numbers are page furniture', () => {
  const HEAD =
    'Deutscher Bundestag – 20. Wahlperiode – 141. Sitzung. Berlin, Donnerstag, den 7. Dezember 2023';

  it('margin letters on their own lines and a lone page number are notes, never speech or a tag', () => {
    const doc = formatTranscript(
      [
        HEAD,
        '',
        'Präsidentin Bärbel Bas: Guten Morgen! Die Sitzung ist eröffnet.',
        '(A)',
        '',
        'Dr. Mathias Middelberg (CDU/CSU): Ihnen fehlen 17 Milliarden Euro.',
        '',
        '(C)',
        '',
        '17784',
        '',
        '(D)',
        'Das ist keine Kleinigkeit.',
      ].join('\n'),
    );
    for (const line of [4, 8, 10, 12]) {
      const block = doc.blocks.find((b) => b.line === line);
      expect(block?.type).toBe('note');
      expect(block?.reason).toBe('page-element');
      expect(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.line === line)).toBe(true);
    }
    // `(A)` and `(D)` are no speakers (`A` the answer, `D` …).
    expect(doc.speakers.map((s) => s.name)).toEqual(['Bärbel Bas', 'Dr. Mathias Middelberg']);
    const last = doc.blocks.find((b) => b.text === 'Das ist keine Kleinigkeit.');
    expect(last?.type).toBe('speech');
    expect(doc.blocks.some((b) => b.type === 'speech' && /\(\w\)|17784/.test(b.text))).toBe(false);
  });

  it('a margin letter at a line’s end is removed and reported; a sentence cut by the page is whole again', () => {
    const doc = formatTranscript(
      [
        'Landtag Nordrhein-Westfalen – 18. Wahlperiode',
        '',
        'Josef Hovenjürgen (CDU): Meine Damen und Herren, die Kommunen brauchen   (B)',
        'mehr Geld für die Schulen, und zwar',
        '',
        '(C) (D)',
        '',
        '4512',
        '',
        'Landtag Nordrhein-Westfalen – 18. Wahlperiode',
        '',
        'noch in diesem Jahr. (A)',
        '',
        'Präsident André Kuper: Vielen Dank.',
      ].join('\n'),
    );
    const speech = doc.blocks.find((b) => b.text.startsWith('Meine Damen'));
    expect(speech?.text).toBe(
      'Meine Damen und Herren, die Kommunen brauchen mehr Geld für die Schulen, und zwar noch in diesem Jahr.',
    );
    const removed = doc.messages.filter(
      (m) => m.ruleId === 'page-furniture' && (m.actual ?? '').includes('('),
    );
    expect(removed.map((m) => [m.line, m.actual?.trim()])).toEqual([
      [3, '(B)'],
      [12, '(A)'],
    ]);
    expect(doc.blocks.find((b) => b.line === 6)?.type).toBe('note');
    expect(doc.blocks.find((b) => b.line === 8)?.type).toBe('note');
  });

  it('a page number before the running header makes the line a note', () => {
    const doc = formatTranscript(
      `Vizepräsidentin Petra Pau: Das Wort hat die Kollegin.\n(B)\n\n17786 ${HEAD}\n\nLisa Paus, Bundesministerin: Vielen Dank.`,
    );
    expect(doc.blocks.find((b) => b.line === 4)?.type).toBe('note');
    expect(doc.blocks.find((b) => b.line === 2)?.type).toBe('note');
  });

  it('the page’s column title under the running header is a note; the turn goes on over the page', () => {
    for (const title of [
      'Dr. Mathias Middelberg',
      'Bundesminister Christian Lindner',
      'Ursula von der Leyen',
    ]) {
      const doc = formatTranscript(
        [
          'Dr. Mathias Middelberg (CDU/CSU): Ihnen fehlen 17 Milliarden Euro. (B)',
          '',
          `17785 ${HEAD}`,
          '',
          title,
          '',
          '(A) (C)',
          'Sie haben die Schuldenbremse nicht ernst genommen.',
        ].join('\n'),
      );
      expect(doc.blocks.find((b) => b.line === 5)?.type).toBe('note');
      const after = doc.blocks.find((b) => b.text.startsWith('Sie haben'));
      expect(after?.type).toBe('speech');
      expect(after?.speaker).toBe(doc.blocks[0]?.speaker);
    }
  });

  it('under the running header, a sentence, a tag or an agenda line is no column title', () => {
    const doc = formatTranscript(
      [
        HEAD,
        '',
        'Die Sitzung ist eröffnet.',
        '',
        '17785',
        '',
        HEAD,
        '',
        'Tagesordnungspunkt 5: Haushaltsgesetz 2024',
        '',
        '(C)',
        '',
        HEAD,
        '',
        'Vizepräsidentin Petra Pau: Das Wort hat Lisa Paus.',
      ].join('\n'),
    );
    for (const start of ['Die Sitzung', 'Tagesordnungspunkt 5', 'Das Wort hat'])
      expect(doc.blocks.find((b) => b.text.startsWith(start))?.type).not.toBe('note');
  });

  const unchanged: ReadonlyArray<[string, string]> = [
    // No parliament's running header: `(B)` is an answer's letter, a number a number.
    [
      'Frage 3: Welche Antwort stimmt? Die richtige Antwort ist (B)',
      'Die richtige Antwort ist (B)',
    ],
    ['QUIZMASTER: Which one is it?\n(B)\n\n2024', '(B)'],
    // In a record: `(E)`, a party in parentheses, an interjection and a number in a sentence stay.
    [
      `${HEAD}\n\nKarl Lauterbach (SPD): Das steht in Anlage (E)\n(Beifall bei der SPD)`,
      'Anlage (E)',
    ],
    [`${HEAD}\n\nKarl Lauterbach (SPD): Es geht um 17784 Fälle. (B)`, 'Es geht um 17784 Fälle.'],
  ];
  it.each(unchanged)('unchanged: %s', (input, kept) => {
    const doc = formatTranscript(input);
    expect(doc.blocks.some((b) => b.type !== 'note' && b.text.includes(kept))).toBe(true);
  });
});

describe('a Brazilian script’s OFF after VT: the reporter’s voice-over on the prompter', () => {
  const segments = (text: string) =>
    compileScript(formatTranscript(text), { uppercase: false }).items.map((i) => [
      i.block.text.slice(0, 12),
      i.segment,
      i.marker,
    ]);

  it('OFF over its copy, after VT: VO; the CABEÇA and the NOTA PÉ stay the anchor’s', () => {
    const items = segments(
      [
        'CABEÇA:',
        'A seca no Pantanal já é a pior em quarenta anos.',
        '',
        'VT',
        '',
        'OFF:',
        'Os barcos não conseguem mais chegar à fazenda.',
        '',
        'SONORA: JOSÉ PEREIRA / PESCADOR',
        'Nunca vi o rio assim.',
        '',
        'OFF',
        'As queimadas também preocupam os brigadistas.',
        '',
        'NOTA PÉ:',
        'O governo prometeu enviar mais aviões.',
      ].join('\n'),
    );
    expect(items.find((i) => i[0] === 'A seca no Pa')?.slice(1)).toEqual(['anchor', 'ANCHOR']);
    expect(items.find((i) => i[0] === 'Os barcos nã')?.slice(1)).toEqual(['vo', 'VO']);
    expect(items.find((i) => i[0] === 'As queimadas')?.[1]).toBe('vo');
    expect(items.find((i) => i[0] === 'O governo pr')?.slice(1)).toEqual(['anchor', 'ANCHOR']);
  });

  it('OFF: with its copy on the same line, a French SUJET’s OFF and a Turkish DIŞ SES: VO', () => {
    const inline = segments(
      'CABEÇA:\nA chuva voltou ao Sul.\n\nOFF: Em Porto Alegre, ruas inteiras ficaram debaixo d’água.\n\nPASSAGEM:\nA Defesa Civil pede cautela.',
    );
    expect(inline.find((i) => i[0] === 'Em Porto Ale')?.[1]).toBe('vo');
    expect(inline.find((i) => i[0] === 'A chuva volt')?.[1]).toBe('anchor');
    const french = segments(
      'LANCEMENT\nBonsoir.\n\nSUJET\nOFF\nDepuis trois semaines, les clients se font rares.',
    );
    expect(french.find((i) => i[0] === 'Depuis trois')?.[1]).toBe('vo');
    const turkish = segments(
      'SUNUCU: İyi akşamlar.\n\nRÖPORTAJ\n\nDIŞ SES: Sabah saatlerinde başlayan yağmur trafiği felç etti.',
    );
    expect(turkish.find((i) => i[0] === 'Sabah saatle')?.[1]).toBe('vo');
  });

  it('unchanged: narration under another cue, and an English script’s VO (the anchor’s read)', () => {
    const globo = segments(
      'CABEÇA:\nA chuva voltou.\n\nARTE: MAPA DAS CHUVAS\n\nO mapa mostra o avanço.',
    );
    expect(globo.find((i) => i[0] === 'O mapa mostr')?.[1]).toBe('anchor');
    const english = segments('FLOODS\n\n[VO]\nCrews worked all day to clear the roads.');
    expect(english.find((i) => i[0] === 'Crews worked')?.[1]).toBe('anchor');
  });
});

describe('an English script’s anchor parts over their copy are the anchor, not a person', () => {
  it.each([
    ['ANCHOR LEAD: Good evening. The river keeps rising tonight.', 'Good evening.'],
    ['ANCHOR INTRO:\nCrews worked through the night.', 'Crews worked'],
    ['Anchor Tag: The bridge reopens on Monday.', 'The bridge'],
  ])('%s', (input, first) => {
    const doc = formatTranscript(input);
    const block = doc.blocks.find((b) => b.text.startsWith(first));
    expect(block?.type).toBe('speech');
    const speaker = doc.speakers.find((s) => s.id === block?.speaker);
    expect(speaker?.role).toBe('anchor');
    expect(speaker?.name).toBeNull();
  });
  it('a person named Lead keeps the name', () => {
    expect(parseTag('JAMES LEAD: Thanks for having me.')?.tag.name).toBe('James Lead');
  });
});
