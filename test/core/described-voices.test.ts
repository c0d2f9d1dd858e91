/**
 * Unnamed voices an English report describes rather than names (`LOCAL RESIDENT:`, `Police
 * officer:`, `SHOP OWNER:`, `MAN IN CROWD:`): the description is the voice's role, in capitals or
 * in sentence case, and the turn's words never carry the tag.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(formatTranscript(text));
const report = (tag: string, anchor = 'REPORTER:') =>
  `${anchor} The water came in overnight.\n\n${tag} We lost everything in an hour.\n\n` +
  `${anchor} The clean-up starts tomorrow.\n`;

describe('a voice described by what it is', () => {
  for (const [tag, role] of [
    ['LOCAL RESIDENT:', 'local resident'],
    ['Local resident:', 'local resident'],
    ['POLICE OFFICER:', 'police officer'],
    ['Police officer:', 'police officer'],
    ['SHOP OWNER:', 'shop owner'],
    ['Shop owner:', 'shop owner'],
    ['FARM WORKER:', 'farm worker'],
    ['BUS DRIVER:', 'bus driver'],
    ['Dairy farmer:', 'dairy farmer'],
    ['RETIRED TEACHER:', 'retired teacher'],
    ['MAN IN CROWD:', 'man in crowd'],
    ['Woman at the rally:', 'woman at the rally'],
    ['VOICE FROM THE CROWD:', 'voice from the crowd'],
    ['LOCAL SHOP OWNER:', 'local shop owner'],
  ] as const) {
    it(`GOOD: \`${tag}\` is the role of an unnamed voice, its words without the tag`, () => {
      const anchor = tag === tag.toUpperCase() ? 'REPORTER:' : 'Reporter:';
      expect(rows(report(tag, anchor))).toEqual([
        ['speech', 'reporter', 'The water came in overnight.'],
        ['speech', role, 'We lost everything in an hour.'],
        ['speech', 'reporter', 'The clean-up starts tomorrow.'],
      ]);
    });
  }

  it('GOOD: a numbered description keeps its number (`POLICE OFFICER 2:`)', () => {
    expect(rows(report('POLICE OFFICER 2:'))[1]?.[1]).toBe('police officer #2');
  });

  it('GOOD: a described voice after a named one, in a caption-style exchange', () => {
    const text =
      'ANNA: Is the bridge open?\n\nPOLICE OFFICER: Not until tomorrow.\n\nANNA: And the ferry?\n\n' +
      'FIRE CHIEF: The ferry runs at six.\n\nSHOP OWNER: We lost everything.\n';
    expect(rows(text).map((r) => r[1])).toEqual([
      'Anna',
      'police officer',
      'Anna',
      'fire chief',
      'shop owner',
    ]);
  });
});

describe('look-alikes that are names or labels', () => {
  it('BAD: a name whose surname is a trade stays the name (`Tom Driver:`, `JANE FARMER:`)', () => {
    const mixed = rows(
      'Tom Driver: Hello, and welcome.\n\nJane Farmer: Thank you, Tom.\n\nTom Driver: Let us begin.\n',
    );
    expect(mixed.map((r) => r[1])).toEqual(['Tom Driver', 'Jane Farmer', 'Tom Driver']);
    const caps = rows(
      'JANE FARMER: Thank you.\n\nTOM DRIVER: Let us begin.\n\nJANE FARMER: Right.\n',
    );
    expect(caps.map((r) => r[1])).toEqual(['Jane Farmer', 'Tom Driver', 'Jane Farmer']);
  });

  it('BAD: a release’s or a form’s label before a noun of people is text, no voice', () => {
    const text =
      'The victim: a 34-year-old man from Leeds.\n\nName of victim: not released.\n\n' +
      'My mother: she never said a word about it.\n';
    expect(rows(text)).toEqual([
      ['narration', null, 'The victim: a 34-year-old man from Leeds.'],
      ['narration', null, 'Name of victim: not released.'],
      ['narration', null, 'My mother: she never said a word about it.'],
    ]);
  });

  it('BAD: a courtesy before the noun is a name (`MR OWNER:`), not a description', () => {
    const text = 'MR OWNER: Thank you.\n\nMS PATEL: Next question.\n\nMR OWNER: Certainly.\n';
    expect(rows(text)[0]?.[1]).not.toBe('mr owner');
  });

  it('BAD: the nouns inside a sentence name no voice', () => {
    const text =
      'Police said the victim was taken to hospital. A witness told reporters the car did not stop.\n';
    expect(rows(text)).toEqual([
      [
        'narration',
        null,
        'Police said the victim was taken to hospital. A witness told reporters the car did not stop.',
      ],
    ]);
  });
});

describe('unnamed voices of reports in other languages', () => {
  for (const [text, roles] of [
    [
      "JOURNALISTE : L'eau est montée pendant la nuit.\n\nUNE COMMERÇANTE : Personne ne nous a prévenus.\n\nFEMME : C'est terrible.\n\nHOMME : On attend les secours.\n",
      ['reporter', 'commerçante', 'woman', 'man'],
    ],
    [
      'REPORTERIN: Das Wasser kam in der Nacht.\n\nLADENBESITZERIN: Niemand hat uns gewarnt.\n\nFRAU: Es ist schrecklich.\n\nMANN: Wir warten auf Hilfe.\n',
      ['reporter', 'ladenbesitzerin', 'woman', 'man'],
    ],
    [
      'PERIODISTA: El agua subió durante la noche.\n\nCOMERCIANTE: Nadie nos avisó.\n\nMUJER: Es terrible.\n\nHOMBRE: Esperamos ayuda.\n',
      ['reporter', 'comerciante', 'woman', 'man'],
    ],
    [
      "GIORNALISTA: L'acqua è salita durante la notte.\n\nNEGOZIANTE: Nessuno ci ha avvisati.\n\nDONNA: È terribile.\n\nUOMO: Aspettiamo aiuto.\n",
      ['reporter', 'negoziante', 'woman', 'man'],
    ],
  ] as const) {
    it(`GOOD: ${roles.join(', ')}: each tag is an unnamed voice's role, not a name`, () => {
      const got = rows(text);
      expect(got.map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
      expect(got.map((r) => r[1])).toEqual([...roles]);
    });
  }

  it('BAD: a German surname that is a trade or ends in -mann stays a name (`FISCHER:`, `ZIMMERMANN:`)', () => {
    const text =
      'FISCHER: Herr Präsident, meine Damen und Herren!\n\nZIMMERMANN: Das ist falsch.\n\nFISCHER: Doch.\n';
    expect(rows(text).map((r) => r[1])).toEqual(['Fischer', 'Zimmermann', 'Fischer']);
  });

  it('BAD: `Frau` and `Herr` before a surname stay the courtesy of a name', () => {
    const text = 'Frau Merkel: Wir schaffen das.\n\nHerr Scholz: Danke.\n\nFrau Merkel: Bitte.\n';
    expect(rows(text).map((r) => r[1])).toEqual(['Frau Merkel', 'Herr Scholz', 'Frau Merkel']);
  });
});

describe('a vox pop in Hindi', () => {
  it('GOOD: `स्थानीय निवासी:` (a local resident) is an unnamed voice, not a name', () => {
    const text =
      'एंकर: नमस्कार। आज सुबह नदी का पानी बढ़ गया।\n\nसंवाददाता: जी, मैं इस समय नदी के किनारे हूँ।\n\n' +
      'स्थानीय निवासी: हमारा सब कुछ बह गया।\n\nएंकर: धन्यवाद।\n';
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      [null, 'anchor'],
      [null, 'correspondent'],
      [null, 'स्थानीय निवासी'],
    ]);
  });
});

describe('one word for an unnamed voice', () => {
  it('GOOD: `OWNER:`, `NURSE:`, `VOLUNTEER:` are roles; `Nurse Jane Doe:` is Jane Doe, Nurse', () => {
    const text =
      'REPORTER: The clinic flooded.\n\nOWNER: We lost everything.\n\nNURSE: The patients are safe.\n\n' +
      'VOLUNTEER: We carried them out.\n\nNurse Jane Doe: It took all night.\n';
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => [s.name, s.role, s.title])).toEqual([
      [null, 'reporter', null],
      [null, 'owner', null],
      [null, 'nurse', null],
      [null, 'volunteer', null],
      ['Jane Doe', null, 'Nurse'],
    ]);
  });
});
