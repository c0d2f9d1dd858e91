/**
 * Conventions of round 19, each tested on cases written for these tests in its convention: short
 * anchor scripts in Dutch, German and Spanish (their language), bite cues with no words under
 * them before a program voice's turn, French interview tags (`ITW` + a description, `M. le
 * ministre :`).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { detectLanguage } from '../../src/core/language.ts';

const doc = (text: string) => formatTranscript(text);
const blockOf = (text: string, words: string) =>
  doc(text).blocks.find((b) => b.text.startsWith(words)) ?? null;
const speakerOf = (text: string, words: string) => {
  const d = doc(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};

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
