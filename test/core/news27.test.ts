/**
 * Newsroom conventions (round 27): a two-column script pasted with tabs whose video cells are in
 * mixed case (`Anchor on camera<tab>Good evening…`); Italian and Spanish scripts' `SPEAKER:` (the
 * programme's announcer, reading the copy); `MP Smith:` outside German (a member of parliament, no Ministerpräsident).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(formatTranscript(text));

describe('a two-column script with tabs, its video cells in mixed case', () => {
  const story = [
    ['Anchor on camera', 'Good evening. Flooding has closed the Mill Road bridge.'],
    ['Aerials of the river', 'Water rose more than a metre overnight at Mill Road.'],
    ['Wide of sandbags', 'Volunteers filled sandbags until dawn.'],
    ['Anchor on camera', 'The bridge stays shut until Friday.'],
  ];
  const table = (head: string | null) =>
    `${head === null ? '' : `${head}\n`}${story.map(([v, a]) => `${v}\t${a}`).join('\n')}\n`;
  const expected = story.flatMap(([v, a]) => [
    ['direction', null, v],
    ['narration', null, a],
  ]);

  it('GOOD: under `VIDEO<tab>AUDIO`, the first cell is the cue, no menu item', () => {
    const d = formatTranscript(table('VIDEO\tAUDIO'));
    expect(blockRows(d).slice(1)).toEqual(expected);
    expect(blockRows(d)[0]?.[0]).toBe('note');
    expect(d.messages.some((m) => m.ruleId === 'two-column-script')).toBe(true);
  });

  for (const head of ['VISION\tSCRIPT', 'Pictures\tSound']) {
    it(`GOOD: \`${head.replace('\t', '<tab>')}\` over the rows is the table's heads, never read out`, () => {
      const got = rows(table(head));
      expect(got[0]?.[0]).toBe('note');
      expect(got.slice(1)).toEqual(expected);
    });
  }

  it('GOOD: with no column heads, shots in mixed case make the table a script', () => {
    expect(rows(table(null))).toEqual(expected);
  });

  it('GOOD: as the same script in capitals reads', () => {
    const caps = rows(
      `VIDEO\tAUDIO\n${story.map(([v, a]) => `${v?.toUpperCase()}\t${a}`).join('\n')}\n`,
    );
    expect(caps.slice(1).map((r) => r[0])).toEqual(expected.map((r) => r[0]));
  });

  it('BAD: a site menu copied over a story is still the menu', () => {
    const got = rows(
      'Home\nNews\nSport\nWeather\n\nThe council met tonight to discuss the budget for next year.\n',
    );
    expect(got.slice(0, 4).every((r) => r[0] === 'note')).toBe(true);
  });

  it('BAD: a table of days and plans with tabs is no script', () => {
    const text =
      'Monday\tThe council meets at ten.\nTuesday\tThe mayor visits the school.\n' +
      'Wednesday\tThe budget vote is held.\n';
    expect(rows(text).some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe("`SPEAKER:` in Italian and Spanish scripts: the programme's announcer", () => {
  const italian =
    'CONDUTTRICE: Buonasera. Il maltempo ha colpito la Liguria nella notte.\n\n' +
    'SPEAKER: Le strade di Genova sono allagate e le scuole resteranno chiuse domani.\n\n' +
    'INVIATO: Siamo a Genova, dove il fiume è esondato poco dopo la mezzanotte.\n\n' +
    'SPEAKER: La Protezione civile ha aperto tre centri di accoglienza.\n';

  it('GOOD: Italian: the speaker is the announcer (as `SPRECHER:` is), no house Speaker', () => {
    const d = formatTranscript(italian);
    const voice = blockRows(d).filter(
      (r) => r[2]?.startsWith('Le strade') || r[2]?.startsWith('La Protezione'),
    );
    expect(voice.map((r) => r[1])).toEqual(['announcer', 'announcer']);
    expect(d.speakers.some((s) => s.role === 'speaker' || s.title === 'Speaker')).toBe(false);
    expect(d.messages.some((m) => m.ruleId === 'speaker-role')).toBe(true);
  });

  it('GOOD: Spanish, beside a `LOCUTOR:`: one announcer; `VOZ EN OFF:` the voice-over', () => {
    const d = formatTranscript(
      'PRESENTADOR: Buenas noches. La tormenta golpeó Valencia esta tarde.\n\n' +
        'VOZ EN OFF: Miles de personas siguen sin luz en toda la provincia.\n\n' +
        'SPEAKER: Los bomberos han realizado más de doscientas salidas.\n\n' +
        'LOCUTOR: La alerta roja sigue activa hasta mañana.\n\n' +
        'PRESENTADOR: Vamos con nuestra corresponsal en la zona.\n',
    );
    expect(blockRows(d).map((r) => r[1])).toEqual([
      'anchor',
      'voice-over',
      'announcer',
      'announcer',
      'anchor',
    ]);
    expect(d.speakers.filter((s) => s.role === 'announcer')).toHaveLength(1);
  });

  it('BAD: in English, `SPEAKER:` is still the house Speaker', () => {
    const d = formatTranscript(
      'SPEAKER: Order. Questions to the Prime Minister.\n\nMR SMITH: Thank you, Mr Speaker.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('SPEAKER'))?.role).toBe('speaker');
  });

  it('BAD: an Italian text that addresses a house Speaker keeps the Speaker', () => {
    const d = formatTranscript(
      'SPEAKER: Order, order. La seduta è aperta e diamo la parola al deputato.\n\n' +
        'ROSSI: Grazie, Mr Speaker. Il governo deve rispondere alla Camera oggi stesso.\n',
    );
    expect(d.speakers.find((s) => s.aliases.includes('SPEAKER'))?.role).toBe('speaker');
  });

  it('BAD: `Mr Speaker:` in a Spanish text is the house Speaker', () => {
    const d = formatTranscript(
      'MR SPEAKER: Orden. El diputado tiene la palabra para su pregunta al gobierno.\n\n' +
        'DIPUTADO GARCÍA: Gracias. El gobierno debe responder hoy mismo.\n',
    );
    expect(d.speakers.some((s) => s.role === 'announcer')).toBe(false);
  });
});

describe('`MP Smith:`: Ministerpräsident only in German', () => {
  it('GOOD: in English, `MP` stays the title (a member of parliament)', () => {
    const d = formatTranscript(
      'MP Smith: I want to ask the minister about the hospital closures in my constituency.\n\n' +
        'Minister Brown: The honourable member knows we are investing more than ever.\n',
    );
    const smith = d.speakers.find((s) => s.name === 'Smith');
    expect(smith?.title).toBe('MP');
    expect(d.messages.some((m) => m.ruleId === 'speaker-title')).toBe(true);
  });

  it('GOOD: a short English exchange too', () => {
    const d = formatTranscript('MP Smith: Thank you.\n\nHOST: Thanks for coming in.\n');
    expect(d.speakers.find((s) => s.name === 'Smith')?.title).toBe('MP');
  });

  it('BAD: in German, `MP Weil` is still the Ministerpräsident', () => {
    const d = formatTranscript(
      'MP Weil: Wir werden die Schulen in Niedersachsen nicht schließen, das verspreche ich.\n\n' +
        'Frage (dpa): Herr Ministerpräsident, wann kommt die Entscheidung?\n',
    );
    expect(d.speakers.find((s) => s.name === 'Weil')?.title).toBe('Ministerpräsident');
  });

  it('BAD: a short German exchange keeps it (`MP Weil: Gut.`)', () => {
    const d = formatTranscript('MP Weil: Gut.\n\nFrage (dpa): Wann?\n');
    expect(d.speakers.find((s) => s.name === 'Weil')?.title).toBe('Ministerpräsident');
  });
});
