/**
 * Conventions of round 19, each tested on cases written for these tests in its convention: short
 * anchor scripts in Dutch, German and Spanish (their language), bite cues with no words under
 * them before a program voice's turn, French interview tags (`ITW` + a description, `M. le
 * ministre :`).
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/language.ts';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('short anchor scripts in Dutch, German and Spanish are read in their language', () => {
  const SHORT: Array<[string, string]> = [
    [
      'de',
      'MODERATOR: Guten Abend. Die Bundesregierung hat heute neue Pläne vorgestellt.\nREPORTER: In Berlin warten viele Menschen auf eine Wohnung.',
    ],
    [
      'es',
      'LOCUTOR: Buenas noches. El gobierno ha presentado hoy un nuevo plan de vivienda.\nREPORTERO: En Madrid miles de personas esperan un piso.',
    ],
    [
      'es',
      'PRESENTADORA: El Congreso aprueba la reforma de las pensiones.\nCORTE DE VOZ\nLOCUTOR: La oposición votó en contra.',
    ],
    [
      'nl',
      'PRESENTATOR: De gemeenteraad stemt vanavond over de begroting.\nSOT WETHOUDER\nVERSLAGGEVER: Er is veel kritiek op de bezuinigingen.',
    ],
  ];
  for (const [language, text] of SHORT) {
    it(`${JSON.stringify(text.slice(0, 30))} is ${language}, not English`, () => {
      expect(detectLanguage(text)).toMatchObject({ language, unsure: false });
      expect(doc(text).language).toBe(language);
    });
  }

  it('English scripts, English lines with a few foreign names and unlisted languages stay as they were', () => {
    const english =
      'ANCHOR: Good evening. The mayor of La Paz met the minister.\nSOT\nREPORTER: Crews worked all night.';
    expect(detectLanguage(english).language).toBe('en');
    expect(
      detectLanguage('ANCHOR: Tonight, the band Die Toten Hosen play in Berlin.').language,
    ).toBe('en');
    // Spanish names and a few function words in an English caption: too little to claim Spanish.
    expect(detectLanguage('Pedro de la Cruz y los vecinos: a documentary, 2024.')).toMatchObject({
      language: 'en',
      unsure: true,
    });
    // Romanian has no word list: unsure, not claimed as French or Spanish.
    const romanian =
      'CRAINIC: Guvernul a anunțat azi un plan nou pentru locuințe. În București sunt mii de oameni care așteaptă.';
    expect(detectLanguage(romanian)).toMatchObject({ language: 'en', unsure: true });
  });
});

describe('a bite cue with no words under it is not carried past a program voice’s own tag', () => {
  it('CORTE DE VOZ / LOCUTOR:, SOT / ANCHOR:, O-TON / SPRECHERIN: give the voice no bite', () => {
    const cases: Array<[string, string]> = [
      [
        'PRESENTADORA: El Congreso aprueba hoy la reforma de las pensiones.\n\nCORTE DE VOZ\n\nLOCUTOR: La oposición ha votado en contra de la reforma.',
        'La oposición',
      ],
      [
        'ANCHOR: The council voted tonight to close the bridge.\n\nSOT\n\nREPORTER: Drivers will need to take the long way round for months.',
        'Drivers will',
      ],
      [
        'ANCHOR: The council voted tonight.\n\nSOT\n\nANCHOR: Work on the bridge starts on Monday.',
        'Work on the bridge',
      ],
      [
        'MODERATORIN: Der Stadtrat hat den Haushalt beschlossen.\n\nO-TON\n\nSPRECHERIN: Die Opposition kritisiert die Kürzungen bei den Schulen.',
        'Die Opposition',
      ],
    ];
    for (const [text, words] of cases) {
      expect(blockOf(text, words)).toMatchObject({ type: 'speech', delivery: null });
    }
  });

  it('counter-cases: the bite’s own speaker under the cue, and a voice-over cue before the anchor', () => {
    const named = 'ANCHOR: The council voted tonight.\n\nSOT\n\nMAYOR JANE DOE: We had no choice.';
    expect(blockOf(named, 'We had no choice')?.delivery).toBe('sot');
    const role = 'ANCHOR: The council voted tonight.\n\nSOT\nMAYOR: We had no choice.';
    expect(blockOf(role, 'We had no choice')?.delivery).toBe('sot');
    const vo = 'ANCHOR: The council voted tonight.\n\nVO\nANCHOR: Work starts Monday.';
    expect(blockOf(vo, 'Work starts Monday')?.delivery).toBe('voice-over');
  });
});

describe('French interview tags', () => {
  it('ITW + a description in capitals is a bite whose speaker is described, not named', () => {
    const cases: Array<[string, string]> = [
      ['ITW CHAUFFEUR ROUTIER', 'chauffeur routier'],
      ['ITW AGRICULTRICE BRETONNE', 'agricultrice bretonne'],
      ['ITW INFIRMIÈRE', 'infirmière'],
      ['ITW COMMERÇANTE DU MARCHÉ', 'commerçante du marché'],
      ['ITW MILITANTE ÉCOLOGISTE', 'militante écologiste'],
      ['ITW PHARMACIENNE', 'pharmacienne'],
    ];
    for (const [tag, role] of cases) {
      const text = `PRÉSENTATEUR : Les routiers bloquent l'autoroute A7 depuis ce matin.\n\n${tag} : On ne peut plus travailler avec ces prix du gazole.`;
      expect(speakerOf(text, 'On ne peut plus')).toMatchObject({ name: null, role });
      expect(blockOf(text, 'On ne peut plus')?.delivery).toBe('sot');
    }
  });

  it('counter-cases: ITW + a person’s name is that person', () => {
    for (const [tag, name] of [
      ['ITW JEAN DUPONT', 'Jean Dupont'],
      ['ITW BÉATRICE MARTIN', 'Béatrice Martin'],
      ['ITW BAPTISTE LEROY', 'Baptiste Leroy'],
      ['ITW LAURENT BLANC', 'Laurent Blanc'],
      ['ITW CLAIRE MARTIN', 'Claire Martin'],
      ['ITW ÉTIENNE ROUX', 'Étienne Roux'],
      ['ITW LUCIENNE FAURE', 'Lucienne Faure'],
    ]) {
      const text = `PRÉSENTATEUR : Les routiers bloquent l'autoroute.\n\n${tag} : On ne peut plus travailler.`;
      expect(speakerOf(text, 'On ne peut plus')?.name).toBe(name);
    }
  });

  it('M. le ministre :, Mme. la présidente :, M. le maire de Lyon : are tags of an office', () => {
    const cases: Array<[string, string]> = [
      ['M. le ministre', 'ministre'],
      ['M. le président', 'président'],
      ['Mme. la présidente', 'présidente'],
      ['M. le maire de Lyon', 'maire de lyon'],
    ];
    for (const [tag, role] of cases) {
      const text = `PRÉSENTATEUR : Les syndicats sont reçus demain.\n\n${tag} : Nous allons les recevoir et les écouter.`;
      expect(speakerOf(text, 'Nous allons')).toMatchObject({ name: null, role });
    }
  });

  it('counter-case: an abbreviation and a sentence before a colon is no tag', () => {
    const text =
      'PRÉSENTATEUR : Les syndicats sont reçus demain.\n\nOk. le vote a eu lieu : tout le monde était là.';
    expect(doc(text).speakers.map((s) => s.role)).toEqual(['anchor']);
  });
});

describe('wire lines: priority flags, service lines, a radio script’s lead-in', () => {
  it('LEAD-IN and LEAD IN alone are a cue over the presenter’s words, and end a report’s turn', () => {
    for (const cue of ['LEAD-IN', 'LEAD IN']) {
      const text = `${cue}\nPolice in Manchester have arrested three men after a shooting overnight.\n\nJANE SMITH: Officers were called just after midnight.`;
      expect(blockOf(text, cue)?.type).toBe('direction');
      expect(blockOf(text, 'Police in Manchester')?.type).toBe('narration');
    }
    const after =
      'JANE SMITH: Officers were called just after midnight. Jane Smith, BBC News, Manchester.\n\nLEAD-IN\nNow to the weather, and a cold night ahead.';
    expect(blockOf(after, 'Now to the weather')).toMatchObject({
      type: 'narration',
      speaker: null,
    });
  });

  it('a dpa-AFX service line over the headline is a note, the headline the title', () => {
    for (const service of ['dpa-AFX', 'dpa-AFX Börsen-Ticker']) {
      const text = `${service}\nLufthansa hebt Prognose an\n\nFRANKFURT (dpa-AFX) - Die Lufthansa hat ihre Gewinnprognose für das laufende Jahr angehoben. Der Konzern rechnet nun mit einem höheren Ergebnis.`;
      const d = doc(text);
      expect(d.title).toBe('Lufthansa hebt Prognose an');
      expect(d.blocks[0]).toMatchObject({ type: 'note', text: service });
    }
    // Counter-case: a sentence about dpa-AFX is copy.
    const copy =
      'Lufthansa hebt Prognose an\n\ndpa-AFX hat die Zahlen am Morgen gemeldet. Der Konzern rechnet nun mit einem höheren Ergebnis.';
    expect(blockOf(copy, 'dpa-AFX hat')?.type).toBe('narration');
  });

  it('AFP’s URGENT, FLASH and ALERTE and its stamp are notes over the headline', () => {
    for (const flag of ['URGENT', 'FLASH', 'ALERTE']) {
      const text = `${flag}\nAFP 010512 GMT NOV 26\nEarthquake of magnitude 6.8 strikes off Japan coast\nTOKYO, Nov 26 (AFP) - A strong earthquake struck off the coast of northern Japan on Wednesday, the meteorological agency said.`;
      const d = doc(text);
      expect(d.title).toBe('Earthquake of magnitude 6.8 strikes off Japan coast');
      expect(d.blocks.slice(0, 2).map((b) => b.type)).toEqual(['note', 'note']);
      expect(d.blocks.some((b) => b.type !== 'note' && b.text === flag)).toBe(false);
    }
    // Counter-case: the word in a sentence is copy.
    const copy = 'ANCHOR: Urgent repairs are needed on the bridge, the council says.';
    expect(blockOf(copy, 'Urgent repairs')?.type).toBe('speech');
  });
});

describe('a radio bulletin’s item slugs alone over their copy are read alike', () => {
  it('CITY COUNCIL, WEATHER and SPORT after a blank line are all the items’ cues', () => {
    const text = [
      '0700 NEWS BULLETIN',
      '',
      'CITY COUNCIL',
      '',
      'The city council has approved plans for a new bus station.',
      '',
      'WEATHER',
      '',
      'Rain spreading from the west this evening, turning heavy overnight.',
      '',
      'SPORT',
      '',
      'City won two nil last night.',
    ].join('\n');
    for (const slug of ['CITY COUNCIL', 'WEATHER', 'SPORT'])
      expect(blockOf(text, slug)?.type).toBe('direction');
    expect(blockOf(text, 'Rain spreading')?.type).toBe('narration');
    const noHeader =
      'FLOODS\n\nThe river Severn burst its banks at Bewdley overnight.\n\nWEATHER\n\nA dry day tomorrow, with sunny spells.';
    expect(blockOf(noHeader, 'FLOODS')?.type).toBe('direction');
    expect(blockOf(noHeader, 'WEATHER')?.type).toBe('direction');
  });

  it('counter-cases: a record’s headings over turns, a report’s headings, a page’s menu', () => {
    const record =
      'PLENO\n\nSesión plenaria núm. 18, celebrada el miércoles 14 de febrero de 2024\n\nPREGUNTAS\n\nEl señor PRESIDENTE: Buenos días.';
    expect(doc(record).blocks.some((b) => b.type === 'direction')).toBe(false);
    const report =
      'SUMMARY\n\nThe committee found that the council had acted lawfully.\n\nBACKGROUND\n\nIn 2019 the council sold the land to a developer.';
    expect(doc(report).blocks.some((b) => b.type === 'direction')).toBe(false);
    const menu = 'NEWS\nSPORT\nWEATHER\n\nThe council met on Tuesday to discuss the budget.';
    expect(doc(menu).blocks[0]).toMatchObject({ type: 'note', reason: 'navigation' });
  });
});

describe('an Australian court’s examination: the witness’s answer after ?--- on counsel’s line', () => {
  const exam = [
    'MR SMITH: Did you see the vehicle leave the yard that morning?---Yes, I did.',
    '',
    'And what time was that?---About seven o’clock, I think.',
    '',
    'Were you alone?---No. My brother was with me.',
  ].join('\n');

  it('the question is counsel’s, the answer the witness’s turn', () => {
    const d = doc(exam);
    expect(speakerOf(exam, 'Did you see')?.name).toBe('Mr Smith');
    expect(speakerOf(exam, 'Yes, I did')).toMatchObject({ name: null, role: 'witness' });
    // A question on a line without its tag is still counsel’s, after the witness’s answer.
    expect(speakerOf(exam, 'And what time')?.name).toBe('Mr Smith');
    expect(speakerOf(exam, 'About seven')?.role).toBe('witness');
    expect(speakerOf(exam, 'No. My brother')?.role).toBe('witness');
    expect(d.blocks.map((b) => b.text)).toContain('Were you alone?');
  });

  it('counsel with a post-nominal and a commissioner’s questions', () => {
    const text = [
      'MS JONES SC: You were the site manager in 2019?---That’s correct.',
      '',
      'THE COMMISSIONER: Who reported to you?---Three supervisors.',
    ].join('\n');
    expect(speakerOf(text, 'That’s correct')?.role).toBe('witness');
    expect(speakerOf(text, 'Three supervisors')?.role).toBe('witness');
    expect(speakerOf(text, 'Who reported')?.role).not.toBe('witness');
  });

  it('counter-cases: a rule of three hyphens, a question trailing off, a dash in prose', () => {
    const rule = 'MR SMITH: Is that right?\n\n---\n\nTHE WITNESS: Yes.';
    expect(doc(rule).speakers.filter((s) => s.role === 'witness')).toHaveLength(1);
    const trailing = 'MR SMITH: And then what happened?---';
    expect(doc(trailing).speakers.map((s) => s.role ?? s.name)).toEqual(['Mr Smith']);
    const prose = 'MR SMITH: The yard---as you call it---was empty?';
    expect(doc(prose).speakers).toHaveLength(1);
  });
});
