/**
 * Transcripts in capitals: broadcast captions (CEA-608 captions and the `>>` transcripts made of
 * them), TV and radio scripts typed in caps (ENPS, iNEWS), wire video scripts. A copy in capitals
 * reads as the mixed-case copy does (same blocks, speakers, directions and notes), its words left
 * as written; each case has a counter-case that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../../bench/eval/score.ts';
import { arrivesInCapitals, TRANSFORMS } from '../../bench/eval/variants.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { format, type Row, rows } from './convention-rows.ts';

const PT_SCRIPT = [
  'JORNAL DA MANHÃ – 03/12/2026',
  '',
  'APRESENTADORA: Um incêndio atingiu um galpão no porto de Santos. O repórter Paulo Ramos está lá.',
  '',
  'OFF',
  'REPÓRTER: As chamas começaram de madrugada. Os bombeiros ainda trabalham no local.',
  '',
  'PASSAGEM',
  'REPÓRTER: A polícia vai investigar a causa do incêndio.',
];

const EN_INTRO = [
  "HOST: From the newsroom, this is Morning Briefing. I'm Dana Whitfield.",
  '',
  'RAFAEL ORTIZ: We have lost eleven homes overnight.',
];

const FR_INTRO = [
  'PRÉSENTATRICE : Bonsoir. Les associations manifestent à Lyon.',
  '',
  'JOURNALISTE : Je suis devant la mairie, où les associations manifestent ce soir.',
];

const INEWS = [
  'BRIDGE CLOSURE',
  '<cc>CAM 2</cc>',
  'The Elm Street bridge will close for repairs on Monday.',
  '',
  '<cc>TAKE VO</cc>',
  'Crews will replace the deck over the next six weeks.',
];

const DE_SCRIPT = [
  'tagesschau 20:00 Uhr',
  'Sendemanuskript vom 02.12.2026',
  '',
  'Sprecher:',
  'Guten Abend, meine Damen und Herren. Der Bundestag hat den Haushalt beschlossen.',
  '',
  'Dieses Manuskript ist nur für den privaten Gebrauch bestimmt.',
];

const NL_SCRIPT = [
  'NOS Journaal 18.00 uur – woensdag 2 december 2026',
  'Onderwerp: Nieuwe brug over de Waal',
  '',
  'PRESENTATOR: Goedenavond. De nieuwe brug bij Nijmegen gaat vandaag open.',
];

const WIRE = [
  'FRANCE-FARMERS/PROTEST',
  '',
  'SHOTLIST:',
  'REUTERS - ACCESS ALL',
  'Paris, France - 29 January 2025',
  '1. Tractors blocking ring road',
  '2. Farmer waving flag',
  '',
  'STORY: French farmers blocked roads around Paris on Wednesday (January 29), stepping up protests against imports.',
  '',
  'The minister said she would meet the unions.',
  '',
  '(Production: Camille Roux)',
  '',
  'Clients are reminded:',
  '(i) to check the terms of their licence agreements',
];

const RADIO = [
  '0800 NEWS  READER: SAM  DUR 2\'00"',
  '',
  'STING: NEWS IN (CART 9001)',
  '',
  'HARBOUR FIRE',
  'Fire crews in Swansea [pron: SWON-zee] spent the night at a boatyard after a blaze destroyed three sheds.',
  '',
  'RAIL STRIKE',
  'Train drivers will walk out on Friday in a dispute over pay.',
  '',
  'Weather now: rain clearing by lunchtime, highs of eleven degrees.',
  '',
  'STING: NEWS OUT (CART 9002)',
];

const PANEL = [
  'Budget hearing',
  '41:12',
  '>> CHAIR: thank you the next item',
  '41:15',
  'on the agenda tonight is the',
  '41:18',
  'library budget',
  'Library budget',
  '41:31',
  '>> LIBRARIAN: thank you we have',
  '41:34',
  'opened on sundays since march',
  '41:39',
  'and visits are up by a third',
  '41:43',
  'at both branches',
  '41:52',
  '>> CHAIR: thank you for that',
  '41:55',
  '[Applause]',
  '41:58',
  'and the next speaker please',
];

/** The document of the lines and of the same lines in capitals. */
function both(lines: string[]): { mixed: ScriptDocument; caps: ScriptDocument } {
  return { mixed: format(lines), caps: format(lines.map((l) => l.toUpperCase())) };
}

/** Rows with the speaker's name folded: a name read from capitals is the same person. */
function folded(doc: ScriptDocument): Row[] {
  return rows(doc).map(([type, speaker, words]) => [
    type,
    speaker === null ? null : speaker.toLowerCase(),
    words.toLowerCase(),
  ]);
}

/** The words of the document's blocks, as written. */
const words = (doc: ScriptDocument): string => doc.blocks.map((b) => b.text).join(' ');

describe('a TV script in capitals: the throw names the correspondent', () => {
  it('GOOD: `O REPÓRTER PAULO RAMOS ESTÁ LÁ.` names the reporter, as in mixed case', () => {
    const { mixed, caps } = both(PT_SCRIPT);
    const reporter = caps.speakers.find((s) => s.role === 'reporter');
    expect(reporter?.name).toBe('Paulo Ramos');
    expect(folded(caps)).toEqual(folded(mixed));
    // The words are kept as written: nothing is put back in lower case.
    expect(words(caps)).toContain('AS CHAMAS COMEÇARAM DE MADRUGADA.');
  });

  it('GOOD: a Russian throw in capitals ends the name at its stop', () => {
    const doc = format([
      'ВЕДУЩИЙ:',
      'ДОБРЫЙ ВЕЧЕР! ИЗ ХАБАРОВСКА — НАШ КОРРЕСПОНДЕНТ ИГОРЬ СЕМЁНОВ.',
      '',
      'КОРР.:',
      'ВОДА В АМУРЕ ПОДНЯЛАСЬ ЗА СУТКИ НА ПОЛМЕТРА.',
    ]);
    expect(doc.speakers.find((s) => s.role === 'correspondent')?.name).toBe('Игорь Семёнов');
  });

  it('COUNTER: a throw in capitals that says no name where it ends names nobody', () => {
    const doc = format([
      'APRESENTADORA: UM INCÊNDIO ATINGIU UM GALPÃO. O REPÓRTER PAULO RAMOS SANTOS LIMA ACOMPANHA TUDO',
      '',
      'REPÓRTER: AS CHAMAS COMEÇARAM DE MADRUGADA.',
    ]);
    expect(doc.speakers.find((s) => s.role === 'reporter')?.name ?? null).toBeNull();
  });
});

describe("a radio cue sheet's throw in capitals", () => {
  const lines = [
    'TX: 0700 BULLETIN',
    'STORY: BRIDGE REPAIRS',
    '',
    'CUE: The Severn bridge will close for three weekends from Friday. Our reporter Tom Hale has the details.',
    '',
    'INS: HALE/BRIDGE',
    'IN: "The bridge carries..."',
    'OUT: "...before the summer."',
  ];

  it('GOOD: `OUR REPORTER TOM HALE HAS THE DETAILS.` is the throw to Tom Hale, as in mixed case', () => {
    const { mixed, caps } = both(lines);
    const cue = caps.blocks.find((b) => b.type === 'throw');
    expect(cue?.text).toMatch(/^CUE: THE SEVERN BRIDGE/);
    expect(caps.reporter).toBe('Tom Hale');
    expect(mixed.reporter).toBe('Tom Hale');
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: `THE COUNCIL HAS THE DETAILS.` hands over to no one', () => {
    const doc = format([
      'CUE: THE BRIDGE WILL CLOSE FOR THREE WEEKENDS. THE COUNCIL HAS THE DETAILS.',
      '',
      'INS: HALE/BRIDGE',
    ]);
    expect(doc.blocks.some((b) => b.type === 'throw')).toBe(false);
  });
});

describe('a throw that opens its sentence', () => {
  it('GOOD: `Nuestra enviada especial Marta Gil está allí.` names the reporter, in either case', () => {
    const { mixed, caps } = both([
      'PRESENTADORA: Buenas noches. Las lluvias han dejado cien litros en Valencia. Nuestra enviada especial Marta Gil está allí.',
      '',
      'DIRECTO',
      'REPORTERA: Aquí la situación sigue siendo complicada.',
    ]);
    expect(mixed.speakers.find((s) => s.role === 'reporter')?.name).toBe('Marta Gil');
    expect(caps.speakers.find((s) => s.role === 'reporter')?.name).toBe('Marta Gil');
  });

  it('GOOD: `Unsere Korrespondentin Eva Lang berichtet aus München.` names the reporter, in either case', () => {
    const { mixed, caps } = both([
      'SPRECHER:',
      'Guten Abend. In Bayern hat es heftig geschneit. Unsere Korrespondentin Eva Lang berichtet aus München.',
      '',
      'REPORTERIN:',
      'Die Stadt ist weiß, der Verkehr steht fast still.',
    ]);
    expect(mixed.speakers.find((s) => s.role === 'reporter')?.name).toBe('Eva Lang');
    expect(caps.speakers.find((s) => s.role === 'reporter')?.name).toBe('Eva Lang');
  });

  it('COUNTER: a throw without a name (`Unsere Korrespondentin berichtet.`) names nobody', () => {
    const { mixed, caps } = both([
      'SPRECHER:',
      'Guten Abend. Unsere Korrespondentin berichtet aus München.',
      '',
      'REPORTERIN:',
      'Die Stadt ist weiß.',
    ]);
    expect(mixed.speakers.find((s) => s.role === 'reporter')?.name ?? null).toBeNull();
    expect(caps.speakers.find((s) => s.role === 'reporter')?.name ?? null).toBeNull();
  });
});

describe('a turn in capitals introduces its speaker only where the name ends a sentence', () => {
  it('GOOD: `… THIS IS MORNING BRIEFING. I’M DANA WHITFIELD.` names the host', () => {
    const { mixed, caps } = both(EN_INTRO);
    expect(caps.speakers.find((s) => s.role === 'host')?.name).toBe('Dana Whitfield');
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: `JE SUIS DEVANT LA MAIRIE, OÙ …` is where the reporter is, not a name', () => {
    const { mixed, caps } = both(FR_INTRO);
    expect(caps.speakers.find((s) => s.role === 'reporter')?.name ?? null).toBeNull();
    expect(folded(caps)).toEqual(folded(mixed));
  });
});

describe('an iNEWS story in capitals', () => {
  it('GOOD: `<CC>TAKE VO</CC>` is a production cue as `<cc>` is', () => {
    const { mixed, caps } = both(INEWS);
    expect(rows(caps).filter((r) => r[0] === 'direction')).toEqual([
      ['direction', null, 'CAM 2'],
      ['direction', null, 'TAKE VO'],
    ]);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a `<CC>` that is never closed is left in the text', () => {
    const doc = format(['<CC>TAKE VO', 'CREWS WILL REPLACE THE DECK OVER THE NEXT SIX WEEKS.']);
    expect(doc.blocks.some((b) => b.type === 'direction' && b.text === 'TAKE VO')).toBe(false);
  });
});

describe("a script's header and disclaimer in capitals", () => {
  it('GOOD: the programme line and the manuscript line are notes, as in mixed case', () => {
    const { mixed, caps } = both(DE_SCRIPT);
    expect(rows(caps).filter((r) => r[0] === 'note')).toEqual([
      ['note', null, 'TAGESSCHAU 20:00 UHR'],
      ['note', null, 'SENDEMANUSKRIPT VOM 02.12.2026'],
      ['note', null, 'DIESES MANUSKRIPT IST'],
    ]);
    expect(caps.title).toBeNull();
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('GOOD: a Dutch programme line with `UUR` is the programme, not the copy', () => {
    const { mixed, caps } = both(NL_SCRIPT);
    expect(rows(caps)[0]).toEqual(['note', null, 'NOS JOURNAAL 18.00']);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a sentence in capitals opening with the same words is no note', () => {
    const doc = format([
      'SPRECHER: DIESES MANUSKRIPT HABEN WIR GESTERN GESCHRIEBEN, UND ES IST LANG.',
      '',
      'REPORTER: DAS STIMMT.',
    ]);
    expect(doc.blocks.every((b) => b.type === 'speech')).toBe(true);
  });
});

describe('a wire video script in capitals', () => {
  it('GOOD: the dateline, the credit and the clients notice are notes; `(JANUARY 29)` stays in its sentence', () => {
    const { mixed, caps } = both(WIRE);
    const notes = rows(caps)
      .filter((r) => r[0] === 'note')
      .map((r) => r[2]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'PARIS, FRANCE -',
        '(PRODUCTION: CAMILLE ROUX)',
        'CLIENTS ARE REMINDED:',
      ]),
    );
    expect(caps.blocks.some((b) => b.type === 'direction' && b.text === 'JANUARY 29')).toBe(false);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it("GOOD: a wire story in capitals keeps dpa's codes and filing time as notes", () => {
    const { mixed, caps } = both([
      'Lübeck (dpa/lno) - Nach dem Sturm bleiben mehrere Strände gesperrt. Die Arbeiten dauern an.',
      '',
      'In Travemünde liefen bereits erste Arbeiten.',
      '',
      'dpa lno yyno a3 kr',
      '241132 Nov 25',
    ]);
    expect(rows(caps).slice(-2)).toEqual([
      ['note', null, 'DPA LNO YYNO'],
      ['note', null, '241132 NOV 25'],
    ]);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('GOOD: a TV transcript’s airing line in capitals is a note, not the title', () => {
    const { mixed, caps } = both([
      'Telejornal – RTP1',
      'Emissão de 2 de dezembro de 2026',
      '',
      'APRESENTADOR: Boa noite. O temporal deixou milhares de casas sem luz.',
    ]);
    expect(rows(caps)[1]).toEqual(['note', null, 'EMISSÃO DE 2']);
    expect(caps.title).toBe(mixed.title === null ? null : mixed.title.toUpperCase());
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a sound in brackets in capitals is still a direction', () => {
    const doc = format([
      'PRESIDENT: THANK YOU ALL FOR COMING TONIGHT. (APPLAUSE AND CHEERS) WE HAVE WORK TO DO.',
    ]);
    expect(doc.blocks.some((b) => b.type === 'direction' && b.text === 'APPLAUSE AND CHEERS')).toBe(
      true,
    );
  });
});

describe('a radio bulletin in capitals', () => {
  it('GOOD: each slug over its copy is a cue, `[PRON: …]` stays in its sentence, `WEATHER NOW:` is no speaker', () => {
    const { mixed, caps } = both(RADIO);
    expect(rows(caps)).toEqual([
      ['note', null, '0800 NEWS READER:'],
      ['direction', null, 'STING: NEWS IN'],
      ['direction', null, 'HARBOUR FIRE'],
      ['narration', null, 'FIRE CREWS IN'],
      ['direction', null, 'RAIL STRIKE'],
      ['narration', null, 'TRAIN DRIVERS WILL'],
      ['narration', null, 'WEATHER NOW: RAIN'],
      ['direction', null, 'STING: NEWS OUT'],
    ]);
    expect(caps.speakers).toEqual([]);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: two short lines in capitals with no sentence under them stay together', () => {
    const doc = format([
      'STING: NEWS IN (CART 9001)',
      '',
      'RAIL STRIKE',
      'FRIDAY WALKOUT',
      '',
      'STING: NEWS OUT (CART 9002)',
    ]);
    expect(doc.blocks.some((b) => b.type === 'direction' && b.text === 'RAIL STRIKE')).toBe(false);
  });
});

describe("a TV transcript's header in capitals", () => {
  it('GOOD: `GUESTS: …` and `TRANSCRIPT, 00:58 TO 01:24` are the header, not a speaker or a heading', () => {
    const { mixed, caps } = both([
      'VALLEY TV — ELECTION NIGHT SPECIAL',
      'Transcript, 00:58 to 01:24',
      '',
      'Guests: Alan Brooks, Nia Coleman',
      '',
      "PRESENTER (Hannah Voss): It's just coming up to one o'clock in Dunmere West.",
      '',
      'ALAN BROOKS: A very close count here tonight.',
    ]);
    expect(rows(caps).slice(1, 3)).toEqual([
      ['note', null, 'TRANSCRIPT, 00:58 TO'],
      ['note', null, 'GUESTS: ALAN BROOKS,'],
    ]);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a guest tagged in capitals (`GUEST: THANK YOU.`) still speaks', () => {
    const doc = format(['HOST: WELCOME TO THE SHOW.', '', 'GUEST: THANK YOU FOR HAVING ME.']);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech']);
  });
});

describe("a radio commentary's credits in capitals", () => {
  it('GOOD: `COMMENTARY: PHIL DAWSON. SUMMARISER: KAREN LOWE.` is a credit, no speaker', () => {
    const { mixed, caps } = both([
      'Commentary: Phil Dawson. Summariser: Karen Lowe.',
      '',
      'PHIL: And Rovers win a corner in the sixty-third minute.',
      '',
      'KAREN: They have had the better of this half, Phil.',
    ]);
    expect(rows(caps)[0]).toEqual(['note', null, 'COMMENTARY: PHIL DAWSON.']);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a commentator tagged in capitals still speaks', () => {
    const doc = format(['COMMENTARY: WHAT A GOAL THAT IS FROM THE EDGE OF THE BOX!']);
    expect(doc.blocks[0]?.type).not.toBe('note');
  });
});

describe('broadcast captions in capitals copied from a video panel', () => {
  it('GOOD: the times are left out, the chapter titles are headings, each >> voice a turn', () => {
    const { mixed, caps } = both(PANEL);
    expect(rows(caps)).toEqual([
      ['headline', null, 'BUDGET HEARING'],
      ['speech', 'chair', 'THANK YOU THE'],
      ['headline', null, 'LIBRARY BUDGET'],
      ['speech', 'Librarian', 'THANK YOU WE'],
      ['speech', 'chair', 'THANK YOU FOR'],
      ['direction', null, 'APPLAUSE'],
      ['speech', 'chair', 'AND THE NEXT'],
    ]);
    expect(folded(caps)).toEqual(folded(mixed));
  });

  it('COUNTER: a schedule in capitals (times over short items) is no caption panel', () => {
    const doc = format([
      'AGENDA',
      '10:30',
      'COUNCIL OPENS',
      '11:00',
      'BUDGET VOTE',
      '11:30',
      'PUBLIC COMMENT',
    ]);
    expect(words(doc)).toContain('10:30');
  });
});

describe('COUNTER: the mixed-case copies read as they did before capitals were read', () => {
  const expected: Record<string, [string[], Row[]]> = {
    PT_SCRIPT: [
      PT_SCRIPT,
      [
        ['note', null, 'JORNAL DA MANHÃ'],
        ['speech', 'anchor', 'Um incêndio atingiu'],
        ['direction', null, 'OFF'],
        ['speech', 'Paulo Ramos', 'As chamas começaram'],
        ['direction', null, 'PASSAGEM'],
        ['speech', 'Paulo Ramos', 'A polícia vai'],
      ],
    ],
    EN_INTRO: [
      EN_INTRO,
      [
        ['speech', 'Dana Whitfield', 'From the newsroom,'],
        ['speech', 'Rafael Ortiz', 'We have lost'],
      ],
    ],
    FR_INTRO: [
      FR_INTRO,
      [
        ['speech', 'anchor', 'Bonsoir. Les associations'],
        ['speech', 'reporter', 'Je suis devant'],
      ],
    ],
    INEWS: [
      INEWS,
      [
        ['note', null, 'BRIDGE CLOSURE'],
        ['direction', null, 'CAM 2'],
        ['narration', null, 'The Elm Street'],
        ['direction', null, 'TAKE VO'],
        ['narration', null, 'Crews will replace'],
      ],
    ],
    DE_SCRIPT: [
      DE_SCRIPT,
      [
        ['note', null, 'tagesschau 20:00 Uhr'],
        ['note', null, 'Sendemanuskript vom 02.12.2026'],
        ['speech', 'announcer', 'Guten Abend, meine'],
        ['note', null, 'Dieses Manuskript ist'],
      ],
    ],
    NL_SCRIPT: [
      NL_SCRIPT,
      [
        ['note', null, 'NOS Journaal 18.00'],
        ['headline', null, 'Onderwerp: Nieuwe brug'],
        ['speech', 'presenter', 'Goedenavond. De nieuwe'],
      ],
    ],
    WIRE: [
      WIRE,
      [
        ['note', null, 'FRANCE-FARMERS/PROTEST'],
        ['direction', null, 'SHOTLIST:'],
        ['note', null, 'REUTERS - ACCESS'],
        ['note', null, 'Paris, France -'],
        ['direction', null, '1. Tractors blocking'],
        ['direction', null, '2. Farmer waving'],
        ['direction', null, 'STORY'],
        ['narration', null, 'French farmers blocked'],
        ['narration', null, 'The minister said'],
        ['note', null, '(Production: Camille Roux)'],
        ['note', null, 'Clients are reminded:'],
        ['note', null, '(i) to check'],
      ],
    ],
    RADIO: [
      RADIO,
      [
        ['note', null, '0800 NEWS READER:'],
        ['direction', null, 'STING: NEWS IN'],
        ['direction', null, 'HARBOUR FIRE'],
        ['narration', null, 'Fire crews in'],
        ['direction', null, 'RAIL STRIKE'],
        ['narration', null, 'Train drivers will'],
        ['narration', null, 'Weather now: rain'],
        ['direction', null, 'STING: NEWS OUT'],
      ],
    ],
    PANEL: [
      PANEL,
      [
        ['headline', null, 'Budget hearing'],
        ['speech', 'chair', 'thank you the'],
        ['headline', null, 'Library budget'],
        ['speech', 'Librarian', 'thank you we'],
        ['speech', 'chair', 'thank you for'],
        ['direction', null, 'Applause'],
        ['speech', 'chair', 'and the next'],
      ],
    ],
  };
  for (const [name, [lines, want]] of Object.entries(expected)) {
    it(name, () => {
      expect(rows(format(lines))).toEqual(want);
    });
  }
});

describe('the `upper` variant of the labelled set', () => {
  const item = (convention: string): EvalCase => ({
    name: 'x',
    file: 'x.txt',
    input: '',
    gold: { convention, language: 'en', title: null, speakers: {}, turns: [], blocks: [] },
  });

  it('is applied to the conventions that arrive in capitals only, by the kind the gold names', () => {
    expect(arrivesInCapitals(item('Spanish TV script (TVE): ENTRADILLA alone …'))).toBe(true);
    expect(arrivesInCapitals(item('Broadcast closed captions in mixed case pasted as text'))).toBe(
      true,
    );
    expect(arrivesInCapitals(item('Reuters video script (slug, headline …)'))).toBe(true);
    expect(arrivesInCapitals(item('BBC radio cue sheet: TX/PROG/STORY …'))).toBe(true);
    // A court's caption box and a podcast page's subtitle are no captions; a hansard never
    // arrives in capitals.
    expect(arrivesInCapitals(item('English High Court hearing transcript: … caption'))).toBe(false);
    expect(arrivesInCapitals(item('Hansard Commons (office-first tag, heading)'))).toBe(false);
    expect(
      arrivesInCapitals(item('A Substack podcast post copied from the page: the subtitle')),
    ).toBe(false);
  });

  it('puts the whole text in capitals, line for line', () => {
    const variant = TRANSFORMS.upper?.('Anchor: Good evening.\nReporter: Thanks.\n');
    expect(variant?.text).toBe('ANCHOR: GOOD EVENING.\nREPORTER: THANKS.\n');
    expect(variant?.mapLine(2)).toBe(2);
  });
});
