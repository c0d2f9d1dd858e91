/**
 * Layouts the metamorphic check (`npm run eval -- --variants`) found breaking (round 23): a
 * record's tagged paragraph hard-wrapped with a list of names on its first line; and conventions
 * found probing by hand: an Italian paper's `D.` / `R.` interview, a Brazilian paper's `Folha –` /
 * `Silva –` one.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

/** Each block as [type, speaker's name or role (a note: its reason), text]. */
const turns = (text: string) => blockRows(formatTranscript(text));

describe('a tag over a hard-wrapped paragraph whose first line lists names', () => {
  it('GOOD: a Storting presiding officer reading out names, the paragraph wrapped at 72', () => {
    const text =
      'Presidenten: Representantene Åsmund Aukrust, Morten Wold, Knut Arild\n' +
      'Hareide og Marianne Marthinsen, som har vært permittert, har igjen tatt\n' +
      'sete.\n\n' +
      'Per Olaf Lundteigen (Sp): Det er forslag fra representantene.\n';
    const blocks = turns(text);
    expect(blocks[0]?.slice(0, 2)).toEqual(['speech', 'presidenten']);
    expect(blocks[0]?.[2]).toMatch(/^Representantene Åsmund Aukrust, .* tatt sete\.$/);
    expect(blocks[1]?.slice(0, 2)).toEqual(['speech', 'Per Olaf Lundteigen']);
  });

  it('GOOD: an English chair the same way (the names run on to the next line)', () => {
    const text =
      'The Chair: Members Anna Berg, Tom Lund, Kari Hansen, Per Dahl, Mary\n' +
      'Jones and Sam Ortiz have returned from their leave and take their seats\n' +
      'again today.\n\n' +
      'Tom Lund (Labour): Thank you, Chair.\n';
    const blocks = turns(text);
    expect(blocks[0]?.[0]).toBe('speech');
    expect(blocks[0]?.[2]).toMatch(/^Members Anna Berg/);
    expect(blocks[1]?.slice(0, 2)).toEqual(['speech', 'Tom Lund']);
  });

  it('BAD: a short heading over its text in one paragraph stays a heading, not a tag', () => {
    const text =
      'Budget: Schools And Roads\nThe council will vote on the plan on Monday evening.\n';
    const blocks = turns(text);
    expect(blocks.some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe("a continental record's tags with the turn's time in the brackets", () => {
  it('GOOD: the Cortes (`El señor PRESIDENTE (00:37):`): the chair and members, each with the time', () => {
    const text =
      'El señor PRESIDENTE (00:37): Buenos días. Tiene la palabra la señora Gamarra.\n\n' +
      'La señora GAMARRA RUIZ-CLAVIJO (01:14): Gracias, presidenta. La deuda ha subido.\n\n' +
      'El señor PRESIDENTE (01:51): Gracias, señora Gamarra.\n\n' +
      'La señora MINISTRA DE HACIENDA (Montero Cuadrado): Gracias, señor presidente.\n';
    const doc = formatTranscript(text);
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech).toHaveLength(4);
    expect(speech.map((b) => b.timestampMs)).toEqual([37_000, 74_000, 111_000, null]);
    const names = speech.map((b) => {
      const s = doc.speakers.find((x) => x.id === b.speaker);
      return s?.name ?? s?.role;
    });
    expect(names).toEqual(['president', 'Gamarra Ruiz-Clavijo', 'president', 'Montero Cuadrado']);
    // The time is no office: nobody is titled `00:37`.
    expect(doc.speakers.some((s) => /\d:\d/.test(s.title ?? ''))).toBe(false);
  });
});

describe("an Italian paper's interview: `D.` and `R.` (or `Domanda.` and `Risposta.`) opening the paragraphs", () => {
  const interview = (q: string, a: string) =>
    `Intervista a Luca Bianchi, sindaco di Orvieto\n\n${q}. Quando riaprirà il ponte?\n\n${a}. In primavera, se il tempo lo permette.\n\n${q}. E il bilancio?\n\n${a}. È chiuso. Non ci saranno extra.\n`;
  it.each([
    ['D', 'R'],
    ['Domanda', 'Risposta'],
  ])('GOOD: `%s.` is the interviewer, `%s.` the mayor the header names', (q, a) => {
    const doc = formatTranscript(interview(q, a));
    expect(turns(interview(q, a)).slice(1)).toEqual([
      ['speech', 'reporter', 'Quando riaprirà il ponte?'],
      ['speech', 'Luca Bianchi', 'In primavera, se il tempo lo permette.'],
      ['speech', 'reporter', 'E il bilancio?'],
      ['speech', 'Luca Bianchi', 'È chiuso. Non ci saranno extra.'],
    ]);
    const read = doc.messages.filter((m) => m.ruleId === 'speaker-tag').map((m) => m.reason);
    expect(read[0]).toContain(`Read “${q}.” as the interviewer's question`);
  });

  it('BAD: an initial opening one paragraph (`D. Rossi ha detto`) is a name, no question', () => {
    const text =
      'D. Rossi ha detto che il ponte riaprirà in primavera.\n\nR. Neri non era d’accordo.\n';
    expect(turns(text).map((b) => b[0])).toEqual(['narration', 'narration']);
  });
});

describe("a Brazilian paper's interview: the outlet and the guest's surname before a dash", () => {
  const interview = (q: string, a: string) =>
    `Entrevista com Ana Silva, prefeita de Itu\n\n${q} Quando reabre a ponte?\n\n${a} Na primavera, se o tempo ajudar.\n\n${q} E o orçamento, vai estourar?\n\n${a} Não. Está fechado.\n`;

  it.each([
    ['Folha –', 'Silva –'],
    ['FOLHA -', 'SILVA -'],
    ['Estadão —', 'Silva —'],
  ])('GOOD: `%s` asks, `%s` answers: two speakers, in turn', (q, a) => {
    const blocks = turns(interview(q, a));
    expect(blocks.map((b) => b[0])).toEqual(['headline', 'speech', 'speech', 'speech', 'speech']);
    expect(blocks[1]?.[2]).toBe('Quando reabre a ponte?');
    expect(blocks[1]?.[1]).toBe(blocks[3]?.[1]);
    expect(blocks[2]?.[1]).toBe(blocks[4]?.[1]);
    expect(blocks[1]?.[1]).not.toBe(blocks[2]?.[1]);
  });

  it('BAD: a live page whose entries open with two places in turn, asking nothing, has no speakers', () => {
    const text =
      'Lima — Las lluvias cortaron la carretera central.\n\nCusco — El tren a Machu Picchu no circula.\n\nLima — El gobierno declaró la emergencia.\n\nCusco — Los turistas esperan en la estación.\n';
    expect(turns(text).map((b) => b[0])).toEqual([
      'narration',
      'narration',
      'narration',
      'narration',
    ]);
  });
});

describe("a US network's transcript (ABC News): the name with the network over the words, the delivery before them", () => {
  const lexis =
    'DAVID MARSH (ABC NEWS)\n\n(Off-camera) Good evening. We begin tonight with the storm.\n\n' +
    'LINDA CHO (ABC NEWS)\n\n(Voice Over) The water rose fast in the night.\n\n' +
    'UNIDENTIFIED MALE\n\nWe lost everything.\n\n' +
    'LINDA CHO (ABC NEWS)\n\n(Off-camera) The cleanup starts tomorrow. David?\n\n' +
    'DAVID MARSH (ABC NEWS)\n\n(Off-camera) Linda, thank you.\n';

  it('GOOD: each name line is its turn (the network the title), no `ABC NEWS` direction', () => {
    const doc = formatTranscript(lexis);
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'speech',
      'speech',
      'speech',
      'speech',
      'speech',
    ]);
    const marsh = doc.speakers.find((s) => s.name === 'David Marsh');
    expect(marsh?.title).toBe('ABC NEWS');
    expect(doc.blocks[0]?.speaker).toBe(marsh?.id);
    expect(doc.blocks[1]?.speaker).toBe(doc.blocks[3]?.speaker);
  });

  it('GOOD: `(Off-camera)` and `(Voice Over)` are the turns’ deliveries, taken off the words and reported', () => {
    const doc = formatTranscript(lexis);
    expect(doc.blocks.map((b) => [b.delivery, b.text.slice(0, 12)])).toEqual([
      ['off-camera', 'Good evening'],
      ['voice-over', 'The water ro'],
      [null, 'We lost ever'],
      ['off-camera', 'The cleanup '],
      ['off-camera', 'Linda, thank'],
    ]);
    const read = doc.messages.filter((m) => m.ruleId === 'delivery');
    expect(read.map((m) => m.actual)).toEqual([
      '(Off-camera)',
      '(Voice Over)',
      '(Off-camera)',
      '(Off-camera)',
    ]);
  });

  it('GOOD: with colons too, and a paragraph of the turn in another delivery starts a turn', () => {
    const text =
      'LINDA CHO (ABC NEWS): (Off-camera) The storm hit at dawn.\n\n(Voice Over) Roads were closed by noon.\n\nTOM REYES: Thanks, Linda.\n';
    const doc = formatTranscript(text);
    expect(doc.blocks.map((b) => [b.type, b.delivery, b.text])).toEqual([
      ['speech', 'off-camera', 'The storm hit at dawn.'],
      ['speech', 'voice-over', 'Roads were closed by noon.'],
      ['speech', null, 'Thanks, Linda.'],
    ]);
    expect(doc.blocks[0]?.speaker).toBe(doc.blocks[1]?.speaker);
  });

  it('BAD: a bracket of other words opening the words stays text (`(Laughs) Well…` is no delivery)', () => {
    const doc = formatTranscript('JANE DOE: (Laughs) Well, maybe.\n\nJOHN ROE: Sure.\n');
    expect(doc.blocks[0]?.delivery).toBeNull();
    expect(doc.messages.some((m) => m.ruleId === 'delivery')).toBe(false);
  });
});

describe('a monitoring service’s transcript (BBC Monitoring): speakers in brackets, its notes', () => {
  const bbcm =
    'Russian TV reports on Kuril Islands visit\n\n' +
    'Rossiya 1, Moscow, in Russian 1600 gmt 12 Mar 24\n\n' +
    '[Presenter] Good evening. The prime minister arrived on Iturup today.\n\n' +
    '[Correspondent Anna Volkova, on Iturup] The visit was announced only this morning. [Video shows the plane landing]\n\n' +
    '[Mikhail Orlov, governor, speaking to camera] We are building a new port here.\n\n' +
    '[Correspondent] Work is due to finish next year. [Passage omitted]\n\n' +
    '(Description of source: Rossiya 1 is Russian state TV)\n';

  it('GOOD: the labels are the speakers; the correspondent named once is the same later', () => {
    expect(turns(bbcm)).toEqual([
      ['headline', null, 'Russian TV reports on Kuril Islands visit'],
      ['note', 'programme-credit', 'Rossiya 1, Moscow, in Russian 1600 gmt 12 Mar 24'],
      ['speech', 'presenter', 'Good evening. The prime minister arrived on Iturup today.'],
      ['speech', 'Anna Volkova', 'The visit was announced only this morning.'],
      ['direction', null, 'Video shows the plane landing'],
      ['speech', 'Mikhail Orlov', 'We are building a new port here.'],
      ['speech', 'Anna Volkova', 'Work is due to finish next year.'],
      ['direction', null, 'Passage omitted'],
      ['note', 'programme-credit', '(Description of source: Rossiya 1 is Russian state TV)'],
    ]);
    const doc = formatTranscript(bbcm);
    const volkova = doc.speakers.find((s) => s.name === 'Anna Volkova');
    expect(volkova?.role).toBe('correspondent');
    expect(volkova?.title).toBe('on Iturup');
  });

  it('GOOD: a role word before a full name is the person in that role (`HOST SARAH LEE:`)', () => {
    const doc = formatTranscript(
      'HOST SARAH LEE: Welcome to the show.\n\nTOM REYES: Thanks for having me.\n\nLEE: Let us start with the port.\n',
    );
    const lee = doc.speakers.find((s) => s.id === doc.blocks[0]?.speaker);
    expect(lee?.name).toBe('Sarah Lee');
    expect(lee?.role).toBe('host');
    expect(doc.blocks[2]?.speaker).toBe(lee?.id);
  });

  it('BAD: a bracketed aside that names a place opens no turn when no label comes back', () => {
    const text =
      '[Kyiv, in the morning] The sirens sounded at dawn.\n\n[Lviv, at noon] Trains ran late.\n\n[Odesa, at night] The port was quiet.\n';
    expect(turns(text).some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe('an oral history’s header naming the interviewer with the initials that tag the turns', () => {
  it('GOOD: `Interviewer: Tom Reyes (TR)` is a header note, and TR is Tom Reyes', () => {
    const text =
      'Interview with Jane Doe, 12 March 2024\nInterviewer: Tom Reyes (TR)\n\nTR: When did you come to the city?\n\nJD: In 1962, with my parents.\n\nTR: And the harbour?\n\nJD: It was busier then.\n';
    expect(turns(text)).toEqual([
      ['headline', null, 'Interview with Jane Doe, 12 March 2024'],
      ['note', 'programme-credit', 'Interviewer: Tom Reyes (TR)'],
      ['speech', 'Tom Reyes', 'When did you come to the city?'],
      ['speech', 'Jane Doe', 'In 1962, with my parents.'],
      ['speech', 'Tom Reyes', 'And the harbour?'],
      ['speech', 'Jane Doe', 'It was busier then.'],
    ]);
  });
});

describe('a post outside the table of offices, its holder in brackets', () => {
  it.each([
    ['Harbour Master (Morag Bell)', 'Morag Bell', 'Harbour Master'],
    ['FIRE CHIEF (DAN REYES)', 'Dan Reyes', 'Fire Chief'],
    ['Project Manager (Ola Berg)', 'Ola Berg', 'Project Manager'],
  ])('GOOD: `%s:` is %s, %s', (label, name, title) => {
    const doc = formatTranscript(`${label}: The ferry runs at six.\n\nTOM REYES: Thanks.\n`);
    const who = doc.speakers.find((s) => s.id === doc.blocks[0]?.speaker);
    expect([who?.name, who?.title]).toEqual([name, title]);
  });

  it('BAD: a name with its party or council in brackets stays that name', () => {
    const doc = formatTranscript(
      'Jane Baker (Acme Council): Thanks.\n\nTom Reyes (Labour): Yes.\n',
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Baker', 'Tom Reyes']);
  });
});

describe('a transcription tool’s line on how and when its file was made', () => {
  it.each([
    'Transcript exported 13/11/2026',
    'Generated by Descript',
    'Created with Trint',
    'Exported from Riverside.fm on 12/03/2024',
    'Auto-transcribed by Zoom',
  ])('GOOD: `%s` over the turns is a note, no headline', (line) => {
    const blocks = turns(`${line}\n\nJane Doe: Hello there.\n\nTom Reyes: Hi.\n`);
    expect(blocks[0]?.slice(0, 1)).toEqual(['note']);
    expect(blocks.slice(1).map((b) => b[0])).toEqual(['speech', 'speech']);
  });

  it('BAD: a sentence with the same verb is no tool’s line (`Created by the council in 1990`)', () => {
    const blocks = turns('Created by the council in 1990\n\nJane Doe: Hello there.\n');
    expect(blocks[0]?.[0]).not.toBe('note');
  });
});

describe('a US script’s delivery after the role, without brackets', () => {
  it('GOOD: `ANCHOR VO:`, `ANCHOR/VO:`, `REPORTER SOT:`, `ANCHOR ON CAM:` are the role so delivered', () => {
    const doc = formatTranscript(
      'ANCHOR: Good evening. A fire broke out downtown.\n\nANCHOR VO: Crews arrived within minutes.\n\nANCHOR/VO: The roof fell in.\n\nREPORTER SOT: We are live at the scene.\n\nANCHOR ON CAM: We will keep you posted.\n',
    );
    const rows = blockRows(doc).map((r, i) => [r[1], doc.blocks[i]?.delivery]);
    expect(rows).toEqual([
      ['anchor', null],
      ['anchor', 'voice-over'],
      ['anchor', 'voice-over'],
      ['reporter', 'sot'],
      ['anchor', 'on-camera'],
    ]);
    expect(doc.speakers.map((s) => s.role)).toEqual(['anchor', 'reporter']);
  });

  it('BAD: a name before `VO` is a name (`NGUYEN VO:` is Nguyen Vo)', () => {
    const doc = formatTranscript('NGUYEN VO: Hello.\n\nTOM REYES: Hi.\n');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Nguyen Vo', 'Tom Reyes']);
  });
});

describe('a vox pop described in two words before the full name, in capitals', () => {
  it.each([
    ['BOAT OWNER TOM LEE', 'Tom Lee', 'Boat Owner'],
    ['LOCAL RESIDENT ANA RUIZ', 'Ana Ruiz', 'Local Resident'],
  ])('GOOD: `%s:` is %s, %s', (label, name, title) => {
    const doc = formatTranscript(`REPORTER: The harbour flooded.\n\n${label}: We lost the boat.\n`);
    const who = doc.speakers.find((s) => s.id === doc.blocks[1]?.speaker);
    expect([who?.name, who?.title]).toEqual([name, title]);
  });

  it('BAD: four name words stay one name (`TOM LEE WALKER SMITH:`)', () => {
    const doc = formatTranscript('TOM LEE WALKER SMITH: Hello.\n\nANA RUIZ: Hi.\n');
    expect(doc.speakers[0]?.name).toBe('Tom Lee Walker Smith');
  });
});

describe('an oral history’s header with its labels in capitals', () => {
  it('GOOD: `INTERVIEWER: Tom Reyes` is a header note, and `REYES:` is Tom Reyes', () => {
    const text =
      'INTERVIEWEE: Jane Doe\nINTERVIEWER: Tom Reyes\nDATE: 12 March 2024\n\nREYES: When did you come to the city?\n\nDOE: In 1962, with my parents.\n\nREYES: And the harbour?\n';
    expect(turns(text)).toEqual([
      ['note', 'programme-credit', 'INTERVIEWEE: Jane Doe'],
      ['note', 'programme-credit', 'INTERVIEWER: Tom Reyes'],
      ['note', 'dateline', 'DATE: 12 March 2024'],
      ['speech', 'Tom Reyes', 'When did you come to the city?'],
      ['speech', 'Jane Doe', 'In 1962, with my parents.'],
      ['speech', 'Tom Reyes', 'And the harbour?'],
    ]);
  });

  it('BAD: a moderator calling on a senator by name is the moderator’s turn', () => {
    const text = 'MODERATOR: Senator Smith\n\nSENATOR SMITH: Thank you.\n';
    expect(turns(text)[0]?.slice(0, 2)).toEqual(['speech', 'moderator']);
  });
});
