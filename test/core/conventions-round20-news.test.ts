/**
 * Newsroom conventions of round 20, each tested on cases written for these tests in its
 * convention: two-sentence Dutch copy (its language), a bulletin's slugs on the line over their
 * copy, French interview and office tags (`ITW MAIRE DE LYON`, `M. le ministre de l’Intérieur :`),
 * a press briefing's question with its asker and outlet (`Q – Name (Outlet):`).
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectLanguage } from '../../src/core/language.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('two sentences of Dutch copy are read as Dutch', () => {
  const DUTCH = [
    'De gemeente sluit de brug voor een jaar. Automobilisten moeten omrijden.',
    'Het kabinet wil de huren bevriezen. De oppositie is tegen.',
    'Minister De Jonge presenteert vandaag zijn plannen. Volgens hem moeten er meer huizen komen.',
    'PRESENTATOR: Het kabinet wil de huren bevriezen. De oppositie is daar niet blij mee.',
  ];
  for (const text of DUTCH) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(detectLanguage(text)).toMatchObject({ language: 'nl', unsure: false });
      expect(doc(text).language).toBe('nl');
    });
  }

  it('counter-cases: English copy stays English, a Spanish name in English stays unsure', () => {
    expect(
      detectLanguage('The council closed the door of the old town hall. Drivers must wait.'),
    ).toMatchObject({ language: 'en', unsure: false });
    expect(detectLanguage('Pedro de la Cruz y los vecinos: a documentary, 2024.')).toMatchObject({
      language: 'en',
      unsure: true,
    });
  });
});

describe('a bulletin’s slugs on the line over their copy, out of a script', () => {
  it('FLOODS / WEATHER / SPORT each over its copy are the items’ cues', () => {
    const text = [
      'FLOODS',
      'The river Severn burst its banks at Bewdley overnight.',
      '',
      'WEATHER',
      'A dry day tomorrow, with sunny spells.',
      '',
      'SPORT',
      'City won two nil last night.',
    ].join('\n');
    for (const slug of ['FLOODS', 'WEATHER', 'SPORT'])
      expect(blockOf(text, slug)).toMatchObject({ type: 'direction', text: slug });
    expect(blockOf(text, 'The river Severn')?.type).toBe('narration');
    expect(blockOf(text, 'City won')?.type).toBe('narration');
  });

  it('a Dutch and a German bulletin: the weather item is a regular one', () => {
    const dutch =
      'BRUG DICHT\nDe gemeente sluit de brug voor een jaar. Automobilisten moeten omrijden.\n\nWEERBERICHT\nMorgen wordt het zonnig en warm.';
    expect(blockOf(dutch, 'BRUG DICHT')).toMatchObject({ type: 'direction', text: 'BRUG DICHT' });
    expect(blockOf(dutch, 'WEERBERICHT')?.type).toBe('direction');
    expect(blockOf(dutch, 'Morgen wordt')?.type).toBe('narration');
    const german =
      'STREIK\nDie Lokführer streiken ab Mitternacht.\n\nWETTER\nMorgen wird es sonnig und warm.';
    expect(blockOf(german, 'STREIK')?.type).toBe('direction');
    expect(blockOf(german, 'WETTER')?.type).toBe('direction');
  });

  it('mixed: one slug over its copy, one alone over its paragraph', () => {
    const text =
      'CITY COUNCIL\nThe council has approved a new bus station.\n\nTRAFFIC\n\nThe M6 is closed northbound at junction 10.';
    expect(blockOf(text, 'CITY COUNCIL')?.type).toBe('direction');
    expect(blockOf(text, 'TRAFFIC')?.type).toBe('direction');
  });

  it('counter-cases: a report’s headings over paragraphs, one slug alone', () => {
    const report =
      'SUMMARY\nThe committee found that the council had acted lawfully.\n\nBACKGROUND\nIn 2019 the council sold the land to a developer.';
    expect(doc(report).blocks.some((b) => b.type === 'direction')).toBe(false);
    const one = 'FLOODS\nThe river Severn burst its banks at Bewdley overnight.';
    expect(doc(one).blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('French interview tags describing the speaker, and offices with an elided article', () => {
  it('ITW + an office or a kind of person in capitals is described, not named', () => {
    const cases: Array<[string, string]> = [
      ['ITW MAIRE DE LYON', 'maire de lyon'],
      ['ITW ADJOINTE AU MAIRE', 'adjointe au maire'],
      ['ITW MINISTRE DE LA SANTÉ', 'ministre de la santé'],
      ['ITW ÉLUE MUNICIPALE', 'élue municipale'],
      ['ITW RIVERAIN', 'riverain'],
      ['ITW MÉDECIN URGENTISTE', 'médecin urgentiste'],
    ];
    for (const [tag, role] of cases) {
      const text = `PRÉSENTATEUR : La ville va fermer les voies sur berge.\n\n${tag} : Nous devons protéger les habitants.`;
      expect(speakerOf(text, 'Nous devons')).toMatchObject({ name: null, role });
      expect(blockOf(text, 'Nous devons')?.delivery).toBe('sot');
    }
  });

  it('counter-cases: ITW + a person’s name is that person', () => {
    for (const [tag, name] of [
      ['ITW PIERRE MAIRE', 'Pierre Maire'],
      ['ITW JEAN DUPONT', 'Jean Dupont'],
      ['ITW SOPHIE MARTIN', 'Sophie Martin'],
    ]) {
      const text = `PRÉSENTATEUR : La ville va fermer les voies.\n\n${tag} : Nous devons protéger les habitants.`;
      expect(speakerOf(text, 'Nous devons')?.name).toBe(name);
    }
  });

  it('M. le ministre de l’Intérieur :, Le ministre de l’Économie : are tags of the office', () => {
    const cases: Array<[string, string]> = [
      ["M. le ministre de l'Intérieur", "ministre de l'intérieur"],
      ['M. le ministre de l’Intérieur', "ministre de l'intérieur"],
      ["Le ministre de l'Économie", "ministre de l'économie"],
      ['Mme la ministre de l’Agriculture', "ministre de l'agriculture"],
    ];
    for (const [tag, role] of cases) {
      const text = `PRÉSENTATEUR : Les syndicats sont reçus demain.\n\n${tag} : Nous allons les recevoir et les écouter.`;
      expect(speakerOf(text, 'Nous allons')).toMatchObject({ name: null, role });
      expect(blockOf(text, 'Nous allons')?.text).toBe('Nous allons les recevoir et les écouter.');
    }
  });

  it('counter-case: an office and a lower-case elided word is no complement', () => {
    const text =
      "PRÉSENTATEUR : Les syndicats sont reçus demain.\n\nLe ministre de l'avis général : tout le monde était là.";
    expect(doc(text).speakers.map((s) => s.role)).toEqual(['anchor']);
  });
});

describe('a press briefing’s question with the asker and the outlet after a dash', () => {
  it('Q – Name (Outlet):, Q - Name, Outlet:, Q — Name, Outlet: are that reporter’s questions', () => {
    const text = [
      'MODERATOR: We will now take questions.',
      '',
      'Q – Jane Smith (Reuters): Minister, when will the talks resume?',
      '',
      'MINISTER: We expect them to resume next week.',
      '',
      'Q - John Doe, Associated Press: Is there a date?',
      '',
      'MINISTER: Not yet.',
      '',
      'Q — Li Wei, Xinhua: Will China take part?',
    ].join('\n');
    expect(speakerOf(text, 'Minister, when')).toMatchObject({
      name: 'Jane Smith',
      role: 'reporter',
    });
    expect(blockOf(text, 'Minister, when')?.text).toBe('Minister, when will the talks resume?');
    expect(speakerOf(text, 'Is there a date')).toMatchObject({
      name: 'John Doe',
      role: 'reporter',
    });
    expect(speakerOf(text, 'Will China')).toMatchObject({ name: 'Li Wei', role: 'reporter' });
  });

  it('counter-cases: a question that is no name after the dash stays the question’s words', () => {
    const text = 'MODERATOR: Questions.\n\nQ - What about the budget: is it agreed?';
    expect(doc(text).speakers.some((s) => s.name === 'What About The Budget')).toBe(false);
    expect(
      doc(text)
        .blocks.map((b) => b.text)
        .join(' '),
    ).toContain('What about the budget');
  });
});

describe('an AP video script’s restriction summary is its header’s field, not its title', () => {
  it('RESTRICTION SUMMARY: … over the shot list or under the headline is a note', () => {
    const bare =
      'RESTRICTION SUMMARY: AP CLIENTS ONLY\nSHOTLIST:\n1. Wide of protesters outside parliament\nSTORYLINE:\nThousands of workers marched on parliament on Tuesday.';
    const d = doc(bare);
    expect(d.title).toBeNull();
    expect(d.blocks[0]).toMatchObject({
      type: 'note',
      text: 'RESTRICTION SUMMARY: AP CLIENTS ONLY',
    });
    const headed =
      'Workers march on parliament over cuts\n\nRestriction Summary: No access Canada\nLENGTH: 1:45\n\nSHOTLIST:\n1. Wide of protesters\n\nSTORYLINE:\nThousands of workers marched on Tuesday.';
    expect(doc(headed).title).toBe('Workers march on parliament over cuts');
    expect(blockOf(headed, 'Restriction Summary')?.type).toBe('note');
  });

  it('counter-case: a sentence about restrictions is copy', () => {
    const text =
      'ANCHOR: Restriction summary: the council listed every road that will close this week.';
    expect(blockOf(text, 'Restriction summary')?.type).toBe('speech');
  });
});

describe('a parliament record in capitals names the office’s holder in brackets', () => {
  it('THE MINISTER OF … (SHRI NAME): is that minister, named as the member’s own tag', () => {
    const text = [
      'HON. SPEAKER: Question No. 121, Shri Rajesh Kumar.',
      '',
      'SHRI RAJESH KUMAR: Sir, I would like to ask about the railway projects.',
      '',
      'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW): Sir, the projects are progressing well.',
      '',
      'SHRI RAJESH KUMAR: When will the line open?',
      '',
      'SHRI ASHWINI VAISHNAW: Next year, Sir.',
    ].join('\n');
    const minister = speakerOf(text, 'Sir, the projects');
    expect(minister?.name).toBe('Shri Ashwini Vaishnaw');
    expect(speakerOf(text, 'Next year')?.id).toBe(minister?.id);
    const uk = 'THE PRIME MINISTER (JOHN SMITH): I thank my honourable friend.';
    expect(speakerOf(uk, 'I thank')?.name).toBe('John Smith');
  });

  it('counter-case: a holder written in mixed case stays as written', () => {
    const text = 'The Minister for Health (Deputy Aoife Brennan): I thank the Deputy.';
    expect(speakerOf(text, 'I thank')?.name).toBe('Aoife Brennan');
  });
});

describe('kremlin.ru’s pages: a bold name, then the speaker’s paragraphs without one', () => {
  const page = (
    title: string,
  ) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>
<main><article><h1>Meeting with Government members</h1>
<p>The President held a meeting with Government members via videoconference.</p>
<p><b>Vladimir Putin:</b> Good afternoon, colleagues.</p>
<p>The housing market is the first item on the agenda. Mortgage rates remain high.</p>
<p>Mr Khusnullin, please.</p>
<p><b>Deputy Prime Minister Marat Khusnullin:</b> Mr President, colleagues,</p>
<p>More than 110 million square metres of housing were commissioned this year.</p>
<p><b>Vladimir Putin:</b> Thank you.</p>
</article></main></body></html>`;
  const read = (html: string) =>
    (produce(html, 'json', optionsSchema().parse({}), 'html') as { document: ScriptDocument })
      .document;
  const speakerName = (d: ScriptDocument, words: string) => {
    const block = d.blocks.find((b) => b.text.startsWith(words));
    return d.speakers.find((s) => s.id === block?.speaker)?.name ?? null;
  };

  const blockOf2 = (d: ScriptDocument, words: string) =>
    d.blocks.find((b) => b.text.startsWith(words)) ?? null;

  it('in English and in Russian, the paragraphs go on with the turn above them', () => {
    for (const title of [
      'Meeting with Government members • President of Russia',
      'Совещание с членами Правительства • Президент России',
    ]) {
      const d = read(page(title));
      expect(speakerName(d, 'The housing market')).toBe('Vladimir Putin');
      expect(speakerName(d, 'Mr Khusnullin, please')).toBe('Vladimir Putin');
      expect(speakerName(d, 'More than 110')).toBe('Marat Khusnullin');
      expect(blockOf2(d, 'The President held')?.type).toBe('narration');
    }
  });

  it('counter-case: a news site’s article with bold labels keeps its narration', () => {
    const d = read(page('Putin meets ministers • Daily Planet'));
    expect(blockOf2(d, 'The housing market')?.type).toBe('narration');
  });
});

describe('the Lords’ Hansard: a Topic: Subtopic heading over a peer’s question', () => {
  const question = (topic: string, named: boolean) =>
    named
      ? `${topic}\n\nBaroness Smith of Newtown\n\nTo ask His Majesty's Government what support they are giving.\n\nLord Jones of Oldtown (Con)\n\nMy Lords, we are giving support.\n\nBaroness Smith of Newtown\n\nMy Lords, I thank the Minister.`
      : `${topic}\nBaroness Smith of Newtown: To ask His Majesty's Government what support they are giving.\nLord Jones of Oldtown (Con): My Lords, we are giving support.`;

  it('is the title, whether the peers’ names keep their colon or stand on their own line', () => {
    for (const topic of [
      'Energy Bills: Pensioners',
      'NHS: Waiting Lists',
      'Water Companies: Sewage',
    ])
      for (const named of [true, false]) {
        const d = doc(question(topic, named));
        expect(d.title).toBe(topic);
        expect(d.speakers.map((s) => s.name)).toEqual([
          'Baroness Smith of Newtown',
          'Lord Jones of Oldtown',
        ]);
      }
  });

  it('counter-cases: a first name’s one-word answer, a tag over a commoner’s turn', () => {
    const answer = 'Mary: Absolutely\n\nLord Sugar: Then we have a deal.\n\nMary: Great.';
    expect(doc(answer).title).toBeNull();
    const host = 'Jane Doe: Welcome to the programme.\n\nLord Sugar: Thank you for having me.';
    expect(doc(host).speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Lord Sugar']);
  });
});

describe('a US local TV script pasted from ENPS or iNEWS', () => {
  it('the rundown’s rows over the scripts are the system’s, not copy', () => {
    const spaced =
      'A01  WX TEASE        JANE    OC      0:15\nA02  FIRE ON MAIN    JANE    VO/SOT  1:05\nA03  COUNCIL VOTE    MIKE    PKG     1:45\n\n{JANE ON CAM}\nA fire tonight on Main Street sent flames into the sky.';
    const tabbed =
      'B1\tCOUNCIL VOTE\tMIKE\tVO/SOT\t:45\nB2\tWEATHER\tSAM\tLIVE\t2:30\n\n{MIKE ON CAM}\nThe council voted tonight to close the bridge.';
    for (const [text, rows] of [
      [spaced, 3],
      [tabbed, 2],
    ] as const) {
      const d = doc(text);
      expect(d.blocks.slice(0, rows).map((b) => [b.type, b.reason])).toEqual(
        Array.from({ length: rows }, () => ['note', 'story-form']),
      );
      expect(d.blocks.at(-1)?.type).toBe('narration');
    }
  });

  it('counter-case: an anchor’s sentence with a page number and a time is copy', () => {
    const text = 'ANCHOR: Tonight we have 12 stories for you.\n\nA1 is the lead story at 6:30';
    expect(doc(text).blocks.every((b) => b.type === 'speech')).toBe(true);
  });

  it('cues set in bold (**VO**, **SOT**, **ANCHOR ON CAM**) stand apart from the copy under them', () => {
    const text = [
      'FIRE-MAIN ST',
      '**ANCHOR ON CAM**',
      'A fire tonight on Main Street sent flames shooting into the sky.',
      '**VO**',
      'Crews arrived within minutes.',
      'SUPER: MAIN STREET / TONIGHT',
      '**SOT**',
      'IN: "We got everyone..."',
      'RUNS: :08',
    ].join('\n');
    expect(blockOf(text, 'ANCHOR ON CAM')).toMatchObject({
      type: 'direction',
      text: 'ANCHOR ON CAM',
    });
    expect(blockOf(text, 'A fire tonight')?.type).toBe('narration');
    expect(blockOf(text, 'VO')).toMatchObject({ type: 'direction', text: 'VO' });
    expect(blockOf(text, 'Crews arrived')?.type).toBe('narration');
  });

  it('a talent on camera by name (JANE ON CAM, MIKE/JANE ON CAM) is a cue that ends the package', () => {
    const text =
      'JANE ON CAM\nA fire tonight on Main Street.\n\nPKG\nMIKE SMITH: Crews arrived within minutes.\n\nMIKE/JANE ON CAM\nThe cause is under investigation.';
    expect(blockOf(text, 'JANE ON CAM')?.type).toBe('direction');
    expect(blockOf(text, 'A fire tonight')?.type).toBe('narration');
    expect(blockOf(text, 'MIKE/JANE ON CAM')?.type).toBe('direction');
    expect(blockOf(text, 'The cause')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('counter-case: a sentence about a camera stays copy', () => {
    const text = 'ANCHOR: The mayor was caught on camera.\n\nWe asked him about it on cam.';
    expect(doc(text).blocks.every((b) => b.type === 'speech')).toBe(true);
  });
});

describe('Spanish, Portuguese and Polish bites’ headers in capitals before the name', () => {
  it('TOTAL, SONORA and SETKA + a name and a title: the bite of that person', () => {
    const cases: Array<[string, string, string]> = [
      [
        'PRESENTADOR: El Gobierno aprueba hoy los presupuestos.',
        'TOTAL ALBERTO NÚÑEZ FEIJÓO, PRESIDENTE DEL PP: Son unos presupuestos de ficción.',
        'Alberto Núñez Feijóo',
      ],
      [
        'APRESENTADOR: O governo aprovou hoje o orçamento.',
        'SONORA JOÃO SILVA, MINISTRO DAS FINANÇAS: É um orçamento responsável.',
        'João Silva',
      ],
      [
        'PROWADZĄCY: Sejm przyjął dziś ustawę budżetową.',
        'SETKA JAN KOWALSKI, MINISTER FINANSÓW: To jest odpowiedzialny budżet.',
        'Jan Kowalski',
      ],
    ];
    for (const [anchor, bite, name] of cases) {
      const text = `${anchor}\n\n${bite}`;
      const words = bite.slice(bite.indexOf(': ') + 2, bite.indexOf(': ') + 12);
      expect(speakerOf(text, words)?.name).toBe(name);
      expect(blockOf(text, words)?.delivery).toBe('sot');
    }
  });

  it('counter-cases: the word in title case is a name, and alone on its line a cue', () => {
    expect(speakerOf('Total Alberto: Hola a todos.', 'Hola')?.name).toBe('Total Alberto');
    const cue = 'LOCUTOR: La oposición votará en contra.\n\nTOTAL\n\nLOCUTOR: El debate sigue.';
    expect(blockOf(cue, 'TOTAL')?.type).toBe('direction');
  });
});

describe('a question as the record prints it (Singapore’s and Westminster’s Hansards)', () => {
  it('Mr X asked the Minister for Y what… is the record’s narration, not the chair’s turn', () => {
    const text = [
      'MR SPEAKER: Order. Question No 3, Mr Louis Ng.',
      '',
      'Mr Louis Ng Kok Kwang asked the Minister for Manpower what is being done to protect delivery riders.',
      '',
      'The Minister of State for Manpower (Ms Gan Siow Huang): Mr Speaker, Sir, we have accepted the recommendations.',
      '',
      'Mr Speaker: Dr Tan.',
      '',
      'Dr Tan Wu Meng asked the Prime Minister (a) whether the review has started and (b) when it will end.',
    ].join('\n');
    expect(blockOf(text, 'Mr Louis Ng Kok Kwang asked')).toMatchObject({
      type: 'narration',
      speaker: null,
    });
    expect(blockOf(text, 'Dr Tan Wu Meng asked')?.type).toBe('narration');
    expect(speakerOf(text, 'Mr Speaker, Sir')?.name).toBe('Ms Gan Siow Huang');
  });

  it('counter-case: a minister saying what a member asked goes on with the minister', () => {
    const text =
      'MINISTER: Thank you.\n\nMr Ng asked the Minister a fair question, and I will answer it when I can.';
    expect(blockOf(text, 'Mr Ng asked')?.type).toBe('speech');
  });
});
