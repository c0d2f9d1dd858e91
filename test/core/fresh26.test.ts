/**
 * Fresh-eyes conventions (round 26): a script cue of any language alone in its brackets
 * (`[REPORTAGE]`, `(BEITRAG)`, `[СИНХРОН]`), and Australia's Hansard tags whose note names the
 * seat and every office held (`Senator WONG (South Australia—Minister for Foreign Affairs and
 * Leader of the Government in the Senate) (14:00):`).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

const rows = (text: string) => blockRows(formatTranscript(text));

describe('a script cue alone in its brackets, in any language', () => {
  const script = (cue: string, anchor = 'PRÉSENTATRICE :', voice = 'VOIX OFF :') =>
    `${anchor} Bonsoir à tous. La grève des dockers se poursuit au Havre.\n\n${cue}\n\n` +
    `${voice} Depuis six jours, le port est à l’arrêt.\n`;

  for (const [cue, value] of [
    ['[REPORTAGE]', 'REPORTAGE'],
    ['[SUJET]', 'SUJET'],
    ['(BEITRAG)', 'BEITRAG'],
    ['[СИНХРОН]', 'СИНХРОН'],
    ['[SOT]', 'SOT'],
    ['[ VO ]', 'VO'],
  ] as const) {
    it(`GOOD: \`${cue}\` between two turns is the cue, no one's words`, () => {
      expect(rows(script(cue))).toEqual([
        ['speech', 'anchor', 'Bonsoir à tous. La grève des dockers se poursuit au Havre.'],
        ['direction', null, value],
        ['speech', 'voice-over', 'Depuis six jours, le port est à l’arrêt.'],
      ]);
    });
  }

  it('GOOD: in an English script too (`[REPORTAGE]` under `ANCHOR:`)', () => {
    const text = script('[REPORTAGE]', 'ANCHOR:', 'REPORTER:');
    expect(rows(text)[1]).toEqual(['direction', null, 'REPORTAGE']);
  });

  it('BAD: the same word in mixed case in brackets is written text, kept in the turn', () => {
    const kept = rows(script('[Reportage]'));
    expect(kept.some((r) => r[0] === 'direction')).toBe(false);
    expect(kept.map((r) => r[2]).join(' ')).toContain('[Reportage]');
  });

  it('BAD: words in capitals in brackets that are no cue stay words', () => {
    const kept = rows(script('[LE PORT EST FERMÉ]'));
    expect(kept.map((r) => r[2]).join(' ')).toContain('LE PORT EST FERMÉ');
  });
});

describe("Australia's Hansard: the seat, a dash, then every office held", () => {
  const senate =
    'Senator BIRMINGHAM (South Australia—Leader of the Opposition in the Senate) (09:31): ' +
    'My question is to the Minister for Finance. Will the minister confirm the deficit?\n\n' +
    'Senator WONG (South Australia—Minister for Foreign Affairs and Leader of the Government ' +
    'in the Senate) (09:32): I thank the senator for his question. No, I will not.\n\n' +
    'Senator Birmingham: Why not?\n';

  it('GOOD: a long office after the seat is the title; the turns are the senators', () => {
    const d = formatTranscript(senate);
    expect(blockRows(d)).toEqual([
      [
        'speech',
        'Birmingham',
        'My question is to the Minister for Finance. Will the minister confirm the deficit?',
      ],
      ['speech', 'Wong', 'I thank the senator for his question. No, I will not.'],
      ['speech', 'Birmingham', 'Why not?'],
    ]);
    const wong = d.speakers.find((s) => s.name === 'Wong');
    expect(wong?.title).toBe(
      'Senator, South Australia—Minister for Foreign Affairs and Leader of the Government in the Senate',
    );
  });

  it('GOOD: a minister holding four offices, the colon 170 characters in', () => {
    const text =
      'Senator GALLAGHER (Australian Capital Territory—Minister for Finance, Minister for Women, ' +
      'Minister for the Public Service and Vice-President of the Executive Council) (14:01): ' +
      'I thank Senator Birmingham for his question.\n\nThe PRESIDENT: Order!\n';
    const d = formatTranscript(text);
    expect(blockRows(d)[0]).toEqual([
      'speech',
      'Gallagher',
      'I thank Senator Birmingham for his question.',
    ]);
    expect(d.speakers[0]?.title).toContain('Vice-President of the Executive Council');
  });

  it('GOOD: the House of Representatives form (`Mr DUTTON (Dickson—Leader of the Opposition)`)', () => {
    const text =
      'Mr DUTTON (Dickson—Leader of the Opposition) (14:02): My question is to the Prime Minister.\n\n' +
      'Mr ALBANESE (Grayndler—Prime Minister and Minister for the Public Service) (14:03): ' +
      'I thank the Leader of the Opposition for his question.\n';
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      ['speech', 'Mr Dutton'],
      ['speech', 'Mr Albanese'],
    ]);
  });

  it('BAD: a name over a dash and a clause in lower case is no tag', () => {
    const text =
      'JOHN (Sydney—the city where I was born and raised and still live): hello there.\n';
    expect(rows(text).some((r) => r[1] === 'John')).toBe(false);
  });
});

describe("continental Europe's verbatim records: their header is furniture", () => {
  it('GOOD: the Assemblée nationale’s compte rendu (legislature, session, kind, sitting)', () => {
    const text =
      'Assemblée nationale\nXVIIe législature\nSession ordinaire de 2026-2027\n' +
      'Compte rendu intégral\nPremière séance du mardi 24 novembre 2026\n\n' +
      'Présidence de Mme Yaël Braun-Pivet\n\n' +
      'Mme la présidente. La séance est ouverte.\n\n' +
      'Mme la présidente. La parole est à M. Olivier Marleix.\n\n' +
      'M. Olivier Marleix. Madame la ministre, votre budget est insincère.\n\n' +
      'Mme Amélie de Montchalin, ministre chargée des comptes publics. Monsieur le député, non.\n';
    const d = formatTranscript(text);
    expect(blockRows(d).slice(0, 5)).toEqual([
      ['note', 'page-element', 'Assemblée nationale'],
      ['note', 'page-element', 'XVIIe législature'],
      ['note', 'page-element', 'Session ordinaire de 2026-2027'],
      // The record's kind is its heading; the sitting its dateline, never words read out.
      ['headline', null, 'Compte rendu intégral'],
      ['note', 'dateline', 'Première séance du mardi 24 novembre 2026'],
    ]);
    expect(d.title).toBe('Compte rendu intégral');
    // Who chairs the sitting heads it: furniture too.
    expect(blockRows(d)[5]).toEqual(['note', 'page-element', 'Présidence de Mme Yaël Braun-Pivet']);
    expect(blockRows(d).filter((r) => r[0] === 'narration')).toEqual([]);
    expect(blockRows(d).filter((r) => r[0] === 'narration')).toEqual([]);
  });

  it('GOOD: the Camera’s resoconto in capitals, and the Bundestag’s Plenarprotokoll', () => {
    const camera = formatTranscript(
      'CAMERA DEI DEPUTATI\nXIX LEGISLATURA\nResoconto stenografico\n' +
        'Seduta n. 512 di martedì 24 novembre 2026\n\n' +
        'PRESIDENTE. La seduta è aperta. Ha facoltà di parlare l’onorevole Rossi.\n\n' +
        'MARIO ROSSI (PD-IDP). Grazie, Presidente. Il Governo deve rispondere.\n\n' +
        'PRESIDENTE. Ha facoltà di rispondere il Ministro.\n',
    );
    expect(
      blockRows(camera)
        .filter((r) => r[0] === 'note')
        .map((r) => r[2]),
    ).toEqual([
      'CAMERA DEI DEPUTATI',
      'XIX LEGISLATURA',
      'Seduta n. 512 di martedì 24 novembre 2026',
    ]);
    expect(camera.title).toBe('Resoconto stenografico');
    expect(blockRows(camera).filter((r) => r[0] === 'narration')).toEqual([]);
    const bundestag = formatTranscript(
      'Plenarprotokoll 21/45\n\nDeutscher Bundestag\nStenografischer Bericht\n45. Sitzung\n' +
        'Berlin, Mittwoch, den 25. November 2026\n\n' +
        'Präsidentin Julia Klöckner:\nDie Sitzung ist eröffnet. Das Wort hat Friedrich Merz.\n\n' +
        'Friedrich Merz, Bundeskanzler:\nFrau Präsidentin! Wir legen einen soliden Haushalt vor.\n',
    );
    expect(blockRows(bundestag).slice(0, 5)).toEqual([
      ['note', 'page-element', 'Plenarprotokoll 21/45'],
      ['note', 'page-element', 'Deutscher Bundestag'],
      ['note', 'page-element', 'Stenografischer Bericht'],
      ['note', 'page-element', '45. Sitzung'],
      ['note', 'dateline', 'Berlin, Mittwoch, den 25. November 2026'],
    ]);
  });

  it('GOOD: a German letter’s date with `den` is a dateline', () => {
    const d = formatTranscript(
      'Hamburg, den 3. März 2026\n\nSPRECHER: Der Hafen steht still. Seit sechs Tagen wird gestreikt.\n',
    );
    expect(blockRows(d)[0]).toEqual(['note', 'dateline', 'Hamburg, den 3. März 2026']);
  });

  it('GOOD: the Cortes’ Diario de Sesiones: legislature and sitting', () => {
    const d = formatTranscript(
      'DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS\nXV LEGISLATURA\n' +
        'Sesión plenaria núm. 145, celebrada el martes 24 de noviembre de 2026\n\n' +
        'La señora PRESIDENTA: Se abre la sesión.\n\n' +
        'El señor NÚÑEZ FEIJÓO: Gracias, señora presidenta. ¿Cuándo presentará los presupuestos?\n',
    );
    expect(blockRows(d).slice(1, 3)).toEqual([
      ['note', 'page-element', 'XV LEGISLATURA'],
      ['note', 'dateline', 'Sesión plenaria núm. 145, celebrada el martes 24 de noviembre de 2026'],
    ]);
  });

  it('BAD: a chamber’s name alone over a story, with no record header, stays its heading', () => {
    const d = formatTranscript(
      'Assemblée nationale : le budget adopté de justesse\n\n' +
        'Les députés ont adopté mardi soir le projet de budget, par 289 voix contre 270.\n',
    );
    expect(blockRows(d).some((r) => r[0] === 'note' && r[1] === 'page-element')).toBe(false);
  });

  it('BAD: `Den Haag` and a sentence about a sitting stay words', () => {
    const d = formatTranscript(
      'REPORTER: Den Haag. The session of 24 November 2026 was suspended after an hour of debate.\n',
    );
    expect(blockRows(d).filter((r) => r[0] === 'note')).toEqual([]);
  });
});

describe('names in capitals: member letters and Mc surnames', () => {
  const phoneIn =
    'THE NOLAN SHOW — BBC RADIO ULSTER\n\n' +
    'STEPHEN NOLAN: Good morning. Margaret in Lisburn, you are on the air.\n\n' +
    'CALLER (MARGARET, LISBURN): Stephen, I have been waiting three years for a hip operation.\n\n' +
    'MIKE NESBITT MLA, HEALTH MINISTER: Good morning, Stephen.\n\n' +
    'MARY LOU MCDONALD TD: The minister should apologise.\n';

  it('GOOD: `MLA` after a name stays in capitals, as `MP` and `TD` do', () => {
    const d = formatTranscript(phoneIn);
    const names = d.speakers.map((s) => s.name);
    expect(names).toContain('Mike Nesbitt MLA');
    expect(d.speakers.find((s) => s.name === 'Mike Nesbitt MLA')?.title).toBe('HEALTH MINISTER');
  });

  it('GOOD: `MCDONALD` is McDonald, `SEN. MCCONNELL` McConnell', () => {
    expect(formatTranscript(phoneIn).speakers.map((s) => s.name)).toContain('Mary Lou McDonald TD');
    const senate = formatTranscript(
      'SEN. MCCONNELL: The Senate will come to order.\n\nSEN. SCHUMER: Thank you.\n',
    );
    expect(senate.speakers.map((s) => s.name)).toContain('McConnell');
  });

  it('BAD: `MC HAMMER` (two letters, a stage name) and `MEP` alone keep their letters', () => {
    const d = formatTranscript('MC HAMMER: Hello there, everybody.\n\nHOST: Welcome.\n');
    expect(d.speakers.map((s) => s.name)).toContain('MC Hammer');
  });
});

describe("a programme's segment label is no speaker (`Phone-in:`, `Wrap-up:`)", () => {
  for (const label of ['Phone-in', 'PHONE-IN', 'Call-in', 'Wrap-up', 'Round-up']) {
    it(`GOOD: \`${label}: Hospital waiting lists\` names nobody`, () => {
      const d = formatTranscript(
        `THE NOLAN SHOW\n\n${label}: Hospital waiting lists\n\n` +
          'STEPHEN NOLAN: Good morning. Let us go straight to the phones.\n\n' +
          'CALLER: I have waited three years.\n',
      );
      expect(d.speakers.map((s) => s.name ?? s.role)).toEqual(['Stephen Nolan', 'caller']);
      expect(d.blocks.map((b) => b.text)).toContain(`${label}: Hospital waiting lists`);
    });
  }

  it('BAD: hyphenated given names stay speakers (`Jean-Luc:`, `Moon Jae-in:`)', () => {
    const d = formatTranscript(
      'Jean-Luc: Bonjour à tous.\n\nMoon Jae-in: Thank you.\n\nJean-Luc: Merci.\n',
    );
    expect(d.speakers.map((s) => s.name)).toEqual(['Jean-Luc', 'Moon Jae-in']);
  });
});

describe("India's Lok Sabha and Rajya Sabha: the sitting's clock lines", () => {
  const record =
    'LOK SABHA DEBATES\n\nHON. SPEAKER: Question No. 41, Shri Rahul Gandhi.\n\n' +
    'The Lok Sabha met at Eleven of the Clock.\n\n' +
    'SHRI RAHUL GANDHI (RAE BARELI): Sir, my question is about unemployment.\n\n' +
    'The Lok Sabha re-assembled after lunch at Two of the Clock.\n\n' +
    'The Rajya Sabha then adjourned for lunch at one of the clock.\n';

  it('GOOD: `The Lok Sabha met at Eleven of the Clock.` and its kin are directions', () => {
    const directions = blockRows(formatTranscript(record)).filter((r) => r[0] === 'direction');
    expect(directions.map((r) => r[2])).toEqual([
      'The Lok Sabha met at Eleven of the Clock.',
      'The Lok Sabha re-assembled after lunch at Two of the Clock.',
      'The Rajya Sabha then adjourned for lunch at one of the clock.',
    ]);
  });

  it('BAD: a sentence that goes on after `met` is the speaker’s words', () => {
    const text = 'HON. SPEAKER: Order.\n\nThe House met his demands at once, she said.\n';
    expect(blockRows(formatTranscript(text)).some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe('a first name in brackets after a programme role or a numbered label', () => {
  const show = (a: string, b: string) =>
    `${a}: Welcome back to the show. Today we talk about the port.\n\n` +
    `${b}: Thanks for having me. It has been a long week.\n\n` +
    `${a}: Let us start with the strike.\n`;

  for (const [a, b, names] of [
    ['Host (Jane)', 'Guest (Tom)', ['Jane', 'Tom']],
    ['HOST (JANE)', 'GUEST 2 (TOM)', ['Jane', 'Tom']],
    ['Speaker 1 (Jane)', 'Speaker 2 (Tom)', ['Jane', 'Tom']],
    ['Moderator (Jane)', 'Guest (Tom)', ['Jane', 'Tom']],
  ] as const) {
    it(`GOOD: \`${a}:\` and \`${b}:\` are Jane and Tom`, () => {
      const d = formatTranscript(show(a, b));
      expect(blockRows(d).map((r) => r[1])).toEqual([...names, names[0]]);
    });
  }

  it('GOOD: a first name the person completes in their first words (`I’m Jane Doe`)', () => {
    const d = formatTranscript(
      "Host (Jane): Welcome back. I'm Jane Doe.\n\nGuest (Tom): Thanks.\n\nHost (Jane): Let us begin.\n",
    );
    expect(d.speakers[0]).toMatchObject({ name: 'Jane Doe', role: 'host' });
    // Another person's name is no completion of hers.
    const other = formatTranscript(
      "Host (Jane): Welcome back. I'm Maya Chen.\n\nGuest (Tom): Thanks.\n",
    );
    expect(other.speakers[0]).toMatchObject({ name: 'Jane', role: 'host' });
  });

  it('BAD: an outlet, a role word or a place stays what it was', () => {
    const guest = formatTranscript(show('Host (BBC)', 'Speaker 2 (Interviewer)'));
    expect(guest.speakers.map((s) => s.name)).not.toContain('BBC');
    expect(guest.speakers.map((s) => s.name)).not.toContain('Interviewer');
    const wire = formatTranscript(show('ANCHOR', 'REPORTER (LONDON)'));
    expect(wire.speakers.find((s) => s.role === 'reporter')?.name ?? null).toBeNull();
  });
});

describe("an Italian script's `LANCIO SERVIZIO` alone on its line", () => {
  const script = (cue: string) =>
    'SCIOPERO PORTO DI GENOVA\n\nCONDUTTORE: Buonasera. Il porto è fermo da sei giorni.\n\n' +
    `${cue}\n\nBIANCHI: Non molliamo.\n`;

  it('GOOD: the cue that rolls the report, no heading', () => {
    expect(blockRows(formatTranscript(script('LANCIO SERVIZIO')))[2]).toEqual([
      'direction',
      null,
      'LANCIO SERVIZIO',
    ]);
  });

  it('BAD: the words in a sentence stay the anchor’s', () => {
    const rows = blockRows(formatTranscript(script('Lancio servizio della sera, poi il meteo.')));
    expect(rows.some((r) => r[0] === 'direction')).toBe(false);
  });
});

describe('a time, a dash or a bar, then the tag (meeting notes, transcription exports)', () => {
  for (const sep of ['-', '–', '|']) {
    it(`GOOD: \`00:00:05 ${sep} Tom Lee:\` is Tom Lee at 5 s`, () => {
      const text =
        `00:00:01 ${sep} Jane Doe: Good evening.\n00:00:05 ${sep} Tom Lee: Thanks, Jane.\n` +
        `00:00:09 ${sep} Jane Doe: Let us begin.\n`;
      const d = formatTranscript(text);
      expect(blockRows(d)).toEqual([
        ['speech', 'Jane Doe', 'Good evening.'],
        ['speech', 'Tom Lee', 'Thanks, Jane.'],
        ['speech', 'Jane Doe', 'Let us begin.'],
      ]);
      expect(d.messages.filter((m) => m.ruleId === 'time-anchor').length).toBe(3);
    });
  }

  it('BAD: a time, a dash and a sentence with a colon stay words; so does a time range', () => {
    const d = formatTranscript(
      '12:45 - The council met: it voted.\n\n10:30 - 11:00: Budget session\n',
    );
    expect(d.speakers).toEqual([]);
  });
});

describe('a two-column script flattened into labelled rows (`VIDEO:` / `AUDIO:`)', () => {
  const script = (video: string[]) =>
    'HARBOUR STRIKE\n\n' +
    `VIDEO: ${video[0]}\nAUDIO: Good evening. Dock workers walked off the job today.\n\n` +
    `VIDEO: ${video[1]}\nAUDIO: The strike began at six this morning.\n\n` +
    `VIDEO: ${video[2]}\nAUDIO: SOT: "We are not going back."\n`;

  it('GOOD: each video cell a cue, each audio cell the copy, the labels the columns', () => {
    const d = formatTranscript(
      script(['Anchor on camera', 'Wide of empty docks', 'SOT Mike Alvarez']),
    );
    expect(blockRows(d).slice(1)).toEqual([
      ['direction', null, 'Anchor on camera'],
      ['narration', null, 'Good evening. Dock workers walked off the job today.'],
      ['direction', null, 'Wide of empty docks'],
      ['narration', null, 'The strike began at six this morning.'],
      ['direction', null, 'SOT Mike Alvarez'],
      ['speech', 'Sot', 'We are not going back.'],
    ]);
    expect(d.messages.some((m) => m.ruleId === 'two-column-script')).toBe(true);
  });

  it('GOOD: in capitals, as the tab-separated table reads', () => {
    const labelled = formatTranscript(
      script(['ANCHOR ON CAM', 'WIDE OF DOCKS', 'SOT MIKE ALVAREZ']),
    );
    const tabbed = formatTranscript(
      'HARBOUR STRIKE\n\nVIDEO\tAUDIO\n' +
        'ANCHOR ON CAM\tGood evening. Dock workers walked off the job today.\n' +
        'WIDE OF DOCKS\tThe strike began at six this morning.\n' +
        'SOT MIKE ALVAREZ\tSOT: "We are not going back."\n',
    );
    const story = (d: ReturnType<typeof formatTranscript>) =>
      blockRows(d).filter((r) => r[0] !== 'note');
    expect(story(labelled)).toEqual(story(tabbed));
  });

  it('BAD: one `Audio:` line in a story is its words, label and all', () => {
    const d = formatTranscript(
      'REPORTER: The council met tonight.\n\nAudio: the recording was poor in places.\n',
    );
    expect(d.blocks.map((b) => b.text).join(' ')).toContain('Audio: the recording');
  });
});

describe('script cues run together with slashes, spaced or not', () => {
  const script = (cue: string) =>
    `ANCHOR: Good evening.\n\n${cue}\n\nREPORTER: The docks are empty.\n`;

  for (const cue of ['SOT / PKG', 'VO / SOT', 'VO / SOT / VO', 'SOT/PKG']) {
    it(`GOOD: \`${cue}\` between turns is the cue, not the anchor's words`, () => {
      expect(blockRows(formatTranscript(script(cue)))[1]).toEqual(['direction', null, cue]);
    });
  }

  it('BAD: words in capitals with a slash that are no cues stay out of the directions', () => {
    const rows = blockRows(formatTranscript(script('TAG / MORE')));
    expect(rows.some((r) => r[0] === 'direction')).toBe(false);
  });
});
