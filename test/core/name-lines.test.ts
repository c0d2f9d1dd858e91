/**
 * Speaker tags without a colon, alone on their line above the words: a press conference's or a
 * parliament's record copied from the web (the bold lost in the copy), an interview page, a
 * script's cue with its delivery. Read as tags only when the transcript's own pattern says so
 * (the speakers come back, alternating; a title or role; the file's other tags); a byline, a
 * heading over a paragraph, a list of names or a one-speaker page's name heading stay text.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';

/** Each speech block as [the speaker's name or role, its first words]. */
function turns(doc: ScriptDocument): [string | null, string][] {
  return doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => {
      const speaker = doc.speakers.find((s) => s.id === b.speaker);
      return [speaker?.name ?? speaker?.role ?? null, b.text.split(' ').slice(0, 3).join(' ')];
    });
}

function texts(doc: ScriptDocument): string[] {
  return doc.blocks.map((b) => b.text);
}

describe('press conference transcripts: offices and roles over the words', () => {
  const header = [
    'THE HON PETA LYNCH MP',
    'TREASURER',
    '',
    'SENATOR THE HON OMAR FAROUK',
    'MINISTER FOR FINANCE',
    '',
    'JOINT PRESS CONFERENCE',
    'PARLIAMENT HOUSE, CANBERRA',
    '',
  ];
  const body = [
    'TREASURER',
    'Morning all. The mid-year update shows a smaller deficit than we forecast in May.',
    '',
    'MINISTER FOR FINANCE',
    'Thanks, Peta. Most of the change comes from higher company tax receipts.',
    '',
    'JOURNALIST',
    'Treasurer, will the fuel excise relief be extended?',
    '',
    'TREASURER',
    'Not in this update. We will look at it before the Budget.',
    '',
    'JOURNALIST',
    'Minister, how much of the saving is from consultants?',
    '',
    'MINISTER FOR FINANCE',
    'About a third of it, and we have published the list.',
  ];

  it('reads a role or an office alone on its line as the tag of the paragraph under it', () => {
    const doc = formatTranscript([...header, ...body].join('\n'));
    // The header names each office's holder.
    expect(turns(doc)).toEqual([
      ['Peta Lynch', 'Morning all. The'],
      ['Omar Farouk', 'Thanks, Peta. Most'],
      ['reporter', 'Treasurer, will the'],
      ['Peta Lynch', 'Not in this'],
      ['reporter', 'Minister, how much'],
      ['Omar Farouk', 'About a third'],
    ]);
    // The header's names over their offices are no turn: neither is said by anyone.
    for (const line of ['TREASURER', 'MINISTER FOR FINANCE', 'JOINT PRESS CONFERENCE'])
      expect(
        doc.blocks.some((b) => b.type === 'speech' && b.text.startsWith(line)),
        line,
      ).toBe(false);
    expect(
      doc.messages.some((m) => m.ruleId === 'speaker-tag' || m.ruleId === 'page-furniture'),
    ).toBe(true);
  });

  it('a city briefing: titled names, a speakers list above them, a reporter', () => {
    const doc = formatTranscript(
      [
        'Update on the Harbour Road gas leak',
        '',
        'Speakers:',
        'Mayor Lena Park',
        'Fire Chief Owen Hart',
        '',
        'MAYOR LENA PARK',
        'Good morning. Crews capped the leak at four this morning.',
        '',
        'FIRE CHIEF OWEN HART',
        'Thank you, Mayor. Residents can go home from noon.',
        '',
        'MAYOR LENA PARK',
        'Chief Hart.',
        '',
        'REPORTER',
        'Chief, was anyone hurt?',
        '',
        'FIRE CHIEF OWEN HART',
        'No one was hurt, and the school reopens tomorrow.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['Lena Park', 'Good morning. Crews'],
      ['Owen Hart', 'Thank you, Mayor.'],
      ['Lena Park', 'Chief Hart.'],
      ['reporter', 'Chief, was anyone'],
      ['Owen Hart', 'No one was'],
    ]);
  });

  it('a White House copy: THE PRESIDENT over the words between the reporters’ Q lines', () => {
    const doc = formatTranscript(
      [
        'THE PRESIDENT',
        'Thank you. We are heading to Ohio to see the new plant.',
        '',
        'Q Mr. President, on the rail strike —',
        '',
        'THE PRESIDENT',
        'We are talking to both sides. Nobody wants a strike.',
        '',
        'Q Will you step in?',
        '',
        'THE PRESIDENT',
        'If we have to, we will.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual([
      'president',
      'reporter',
      'president',
      'reporter',
      'president',
    ]);
  });
});

describe('parliament records copied from the web', () => {
  it('the chair comes back between members who each speak once', () => {
    const doc = formatTranscript(
      [
        'The Speaker',
        'Order. Questions to the Secretary of State for Transport.',
        '',
        'Helen Marsh (Eastleigh North) (LD)',
        'What steps is the Secretary of State taking to restore the Sunday bus services?',
        '',
        'The Secretary of State for Transport (Amir Dalton)',
        'We have given councils a further £40 million this year for exactly that.',
        '',
        'The Speaker',
        'I call the shadow Minister.',
        '',
        'Gareth Lowe (Penrith) (Con)',
        'The money arrives after the timetables are cut. Will he bring it forward?',
        '',
        'The Speaker',
        'Order. We must move on.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual([
      'speaker',
      'Helen Marsh',
      'Amir Dalton',
      'speaker',
      'Gareth Lowe',
      'speaker',
    ]);
  });
});

describe('interview pages: the speakers’ names in mixed case over their words', () => {
  it('surnames alone that come back, alternating, and a role word', () => {
    const doc = formatTranscript(
      [
        'Moderatorin',
        'Frau Keller, guten Morgen. Wie ist die Lage am Deich?',
        '',
        'Keller',
        'Guten Morgen. Der Pegel sinkt langsam, aber die Deiche sind nass.',
        '',
        'Moderatorin',
        'Reicht das Personal?',
        '',
        'Keller',
        'Nein. Wir brauchen Hilfe aus den Nachbarkreisen.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual(['moderator', 'Keller', 'moderator', 'Keller']);
  });

  it('a script’s cues with their delivery (CNN): the correspondent on camera, then in voice-over', () => {
    const doc = formatTranscript(
      [
        'BLAKE (on camera)',
        'Dana, the water has reached the first floor of these homes.',
        '',
        'BLAKE (voice-over)',
        'Rescue boats have been out since dawn.',
        '',
        'RIVERA',
        'Tom Blake in Dayton, thank you. When do the boats stop?',
        '',
        'BLAKE',
        'At dark, Ana.',
        '',
        'RIVERA',
        'Tom Blake, thank you.',
      ].join('\n'),
    );
    const blocks = turns(doc);
    expect(blocks.map(([who]) => who)).toEqual(['Blake', 'Blake', 'Rivera', 'Blake', 'Rivera']);
    expect(texts(doc).some((t) => t.includes('BLAKE'))).toBe(false);
    // The delivery is the turn's, the block starts on the cue's line: no direction of its own.
    expect(doc.blocks.filter((b) => b.type === 'direction')).toEqual([]);
    expect(doc.blocks[0]).toMatchObject({ line: 1, delivery: 'on-camera' });
    expect(doc.blocks[1]).toMatchObject({ line: 4, delivery: 'voice-over' });
  });
});

describe('subtitle and drama scripts: one-word cues with their delivery', () => {
  it('a character who speaks once is a voice when the cue gives a delivery', () => {
    const doc = formatTranscript(
      [
        'HARBOUR LIGHTS  —  EPISODE 4',
        'SUBTITLE SCRIPT',
        '',
        'NARRATOR',
        'The ferry has crossed this water every morning since 1952.',
        '',
        'OWEN (OFF-SCREEN)',
        'Ropes off! We go in two minutes.',
        '',
        'NARRATOR',
        'This morning the fog came in early.',
        '',
        'HARBOURMASTER (ON RADIO)',
        'Ferry Lowena, hold at the buoy. Visibility nil.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['narrator', 'The ferry has'],
      ['Owen', 'Ropes off! We'],
      ['narrator', 'This morning the'],
      ['Harbourmaster', 'Ferry Lowena, hold'],
    ]);
  });
});

describe('TV scripts: a role’s cue alone on its line over the copy', () => {
  it('the script’s roles, some with a colon, some over their copy', () => {
    const doc = formatTranscript(
      [
        'APRESENTADORA: Boa noite. A greve dos comboios entra hoje no terceiro dia.',
        '',
        'OFF',
        'Na estação do Oriente, os passageiros esperaram mais de uma hora.',
        '',
        'REPÓRTER',
        'Estamos na estação de Santa Apolónia. Os comboios regionais continuam parados.',
        '',
        'APRESENTADORA',
        'Voltaremos a este assunto no fim do jornal.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual(['anchor', 'reporter', 'anchor']);
  });

  it('a cue said once without its colon, the same cue with its colon further down', () => {
    const doc = formatTranscript(
      [
        'SUNUCU',
        'İyi akşamlar. Ankara’da kar yağışı ulaşımı aksattı.',
        '',
        'SES: AYŞE DEMİR / SÜRÜCÜ',
        'Üç saattir yoldayız, hiçbir şey ilerlemiyor.',
        '',
        'SUNUCU: Karayolları, yolların gece boyunca açık tutulacağını açıkladı.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['host', 'İyi akşamlar. Ankara’da'],
      ['Ayşe Demir', 'Üç saattir yoldayız,'],
      ['host', 'Karayolları, yolların gece'],
    ]);
  });

  it('a radio script’s announcer between the bites, the cue on the first line no slug', () => {
    const doc = formatTranscript(
      [
        'LOCUTOR',
        'Son las nueve. El incendio de la sierra de Gata sigue activo esta mañana.',
        '',
        'CORTE: ANA RUIZ / ALCALDESA DE HOYOS',
        '"Hemos desalojado dos urbanizaciones durante la noche."',
        '',
        'LOCUTOR',
        'Los bomberos esperan estabilizarlo antes de que suba el viento.',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
    expect(turns(doc).map(([who]) => who)).toEqual(['announcer', 'Ana Ruiz', 'announcer']);
  });
});

describe('lone name lines that are no tags', () => {
  it('a byline, a heading over a paragraph and a photo caption stay text', () => {
    const doc = formatTranscript(
      [
        'Council votes to close the Harbour Road depot',
        '',
        'Jane Holloway',
        'Local democracy reporter',
        '',
        'Councillors voted on Tuesday to close the depot by March.',
        '',
        'Reaction',
        'The union said it would ballot its members over the closure.',
        '',
        'Tom Baker',
        'The depot opened in 1968 and employs 40 people.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('an article’s section heads in capitals, each once', () => {
    const doc = formatTranscript(
      [
        'Flood barrier fails its first test',
        '',
        'WHAT HAPPENED',
        'The barrier stayed open for forty minutes after the alarm on Sunday night.',
        '',
        'REACTION',
        'Residents said they had been told the barrier would close on its own.',
        '',
        'POLICE',
        'Officers closed the riverside road until the water went down.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('a list of the participants, one a line, is no dialogue', () => {
    const doc = formatTranscript(
      [
        'Panel',
        '',
        'Treasurer',
        'Minister for Finance',
        'Governor of the Reserve Bank',
        '',
        'The panel met for an hour and agreed to publish the minutes on Friday.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('a panel’s names over who they are, above the same names over their words', () => {
    const doc = formatTranscript(
      [
        'Ports and the tariff: a panel',
        '',
        'Jane Holt',
        'Chief economist, Harbour Bank',
        '',
        'Tom Baines',
        'Chief executive, Port of Eastmouth',
        '',
        'JANE HOLT',
        'Volumes fell by a tenth in the first quarter, and the tariff explains most of it.',
        '',
        'TOM BAINES',
        'We saw the same. Two lines moved their calls to Rotterdam in March.',
        '',
        'JANE HOLT',
        'And they have not come back.',
      ].join('\n'),
    );
    // The panel's lines are no turns: a name over who they are says nothing.
    expect(turns(doc)).toEqual([
      ['Jane Holt', 'Volumes fell by'],
      ['Tom Baines', 'We saw the'],
      ['Jane Holt', 'And they have'],
    ]);
  });

  it('a one-speaker page with the speaker’s name as its heading', () => {
    const doc = formatTranscript(
      [
        'Minister Clara Whitmore',
        'Statement on the rail timetable.',
        '',
        'Minister Clara Whitmore',
        'Today I am announcing a review of the December timetable.',
        '',
        'The review will report in the spring.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('headings that each come once over their paragraphs (a report’s chapters)', () => {
    const doc = formatTranscript(
      [
        'Chapter One',
        'The plant opened in 1971 and employed 900 people at its peak.',
        '',
        'Chapter Two',
        'By 1990 the workforce had halved, and the night shift had gone.',
        '',
        'Chapter Three',
        'The last furnace was lit in 2004 and closed a year later.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });
});

describe('a speaker’s name said once without its colon, the file naming them elsewhere', () => {
  it('a subtitle script: a full name in capitals over the words, its first name tagged later', () => {
    const doc = formatTranscript(
      [
        'TIDE LINE  —  SERIES 1, EPISODE 2',
        'SUBTITLE SCRIPT (AS BROADCAST)',
        '',
        '[ENGINE STARTS]',
        '',
        'NARRATOR',
        'The crab boats leave Newlyn before the light comes up.',
        '',
        'SAM KELLOW',
        'We check the pots first, then we look at the sky.',
        '',
        '[ENGINE ROARS]',
        '',
        'SAM: If the swell is over two metres we stay in.',
        '',
        'NARRATOR',
        'This morning the swell is under a metre.',
        '',
        'SAM',
        'Then we go. Lines off.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['narrator', 'The crab boats'],
      ['Sam Kellow', 'We check the'],
      ['Sam Kellow', 'If the swell'],
      ['narrator', 'This morning the'],
      ['Sam Kellow', 'Then we go.'],
    ]);
    // No slug made of a name, no word lost.
    expect(doc.blocks.some((b) => b.type === 'direction' && /SAM/.test(b.text))).toBe(false);
    // The reading is reported where its first name line is (`NARRATOR`, line 6).
    expect(
      doc.messages.some(
        (m) => m.ruleId === 'speaker-tag' && m.line === 6 && /\(4 paragraphs,/.test(m.reason),
      ),
    ).toBe(true);
  });

  it('a bulletin’s story slug over its copy stays a slug beside the tagged bites', () => {
    const doc = formatTranscript(
      [
        'MIDDAY BULLETIN',
        'RUNS 2:00',
        '',
        'FERRY STRIKE',
        'Ferry crews in Plymouth walked out at noon over a new rota.',
        '',
        'SOT: DAN PERRY, CREW REPRESENTATIVE',
        'DAN PERRY: We were given a week to agree to it.',
        '',
        'BRIDGE REPAIRS',
        'The Tamar crossing will close for two nights from Monday.',
      ].join('\n'),
    );
    const speakers = doc.speakers.map((s) => s.name ?? s.role);
    expect(speakers).not.toContain('Ferry Strike');
    expect(speakers).not.toContain('Bridge Repairs');
    for (const slug of ['FERRY STRIKE', 'BRIDGE REPAIRS'])
      expect(doc.blocks.some((b) => b.type === 'direction' && b.text === slug)).toBe(true);
  });

  it('a radio transcript: the full name over a guest’s first words, the surname later', () => {
    const doc = formatTranscript(
      [
        'Transcript',
        '',
        'LENA MARSH, HOST:',
        '',
        'The harbour wall at Seaton has held through three storms this winter.',
        '',
        'OWEN DAVIES, BYLINE: It is low tide, and Ruth Carver is walking the wall with a torch.',
        '',
        'RUTH CARVER',
        'You look for the cracks that were not there last week.',
        '',
        'DAVIES',
        'Carver has walked this wall every week for eleven years.',
        '',
        'CARVER',
        'The sea always finds the weak stone first.',
        '',
        'DAVIES',
        'For the station, I am Owen Davies in Seaton.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual([
      'Lena Marsh',
      'Owen Davies',
      'Ruth Carver',
      'Owen Davies',
      'Ruth Carver',
      'Owen Davies',
    ]);
  });

  it('places in capitals over a roundup’s paragraphs, one the last word of another, are no voices', () => {
    const doc = formatTranscript(
      [
        'Weekend weather roundup',
        '',
        'NEW SOUTH WALES',
        'Showers will clear from the coast by Saturday afternoon.',
        '',
        'WALES',
        'Gales along the Cardigan Bay coast are expected overnight.',
        '',
        'VICTORIA',
        'A warm and dry weekend with light northerly winds.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });

  it('a TV script: the anchor’s role once over the read, the script’s cues round it', () => {
    const doc = formatTranscript(
      [
        'ANCHOR',
        'Good evening. The bridge on Mill Lane reopened today after eight months of repairs.',
        '',
        'VO:',
        'Drivers were queuing before the barriers lifted at six this morning.',
        '',
        'SOT: PRIYA SHAH, SHOP OWNER',
        '"We lost a third of our trade while it was shut."',
      ].join('\n'),
    );
    expect(turns(doc)[0]).toEqual(['anchor', 'Good evening. The']);
    expect(texts(doc).some((t) => t.startsWith('ANCHOR'))).toBe(false);
  });

  it('a place’s name once over the copy between the script’s cues is its slug, no voice', () => {
    const doc = formatTranscript(
      [
        'DOVER',
        'Good evening. The port at Dover reopened today after the overnight storm.',
        '',
        'VO:',
        'Lorries were queuing on the A20 before the barriers lifted at six this morning.',
        '',
        'SOT: PRIYA SHAH, HAULIER',
        '"We lost a whole day of deliveries."',
      ].join('\n'),
    );
    expect(doc.speakers.map((s) => s.name ?? s.role)).not.toContain('Dover');
    expect(turns(doc).some(([, words]) => words.startsWith('Good evening.'))).toBe(false);
  });
});

describe('a record copied without blank lines: the chair’s and the members’ tags without a colon', () => {
  const record = [
    'Oral Questions',
    'Rail Services',
    'Mr. Tom Reed (Northfield, CPC): Mr. Speaker, the bypass was promised in 2019. When will the first lane open?',
    'Hon. Ann Clarke (Minister of Transport, Lib.): Mr. Speaker, the tender closes in March and the work starts in the summer.',
    'Some hon. members',
    'Oh, oh!',
    'The Speaker',
    'Order. The hon. member for Northfield.',
    'Mr. Tom Reed: Mr. Speaker, the minister said the same thing last year.',
  ];

  it('reads the chair’s office and the members over their words as their tags', () => {
    const doc = formatTranscript(record.join('\n'));
    expect(turns(doc)).toEqual([
      ['Mr. Tom Reed', 'Mr. Speaker, the'],
      ['Hon. Ann Clarke', 'Mr. Speaker, the'],
      ['hon. members', 'Oh, oh!'],
      ['speaker', 'Order. The hon.'],
      ['Mr. Tom Reed', 'Mr. Speaker, the'],
    ]);
    expect(texts(doc).some((t) => t.startsWith('The Speaker') || t.startsWith('Some hon.'))).toBe(
      false,
    );
  });

  it('a topic heading with an article over a tagged turn stays a heading', () => {
    const doc = formatTranscript(
      [
        ...record.slice(0, 4),
        'The Economy',
        'Ms. Priya Nair (Vancouver East, NDP): Mr. Speaker, rents rose again in October.',
      ].join('\n'),
    );
    expect(turns(doc).map(([who]) => who)).toEqual([
      'Mr. Tom Reed',
      'Hon. Ann Clarke',
      'Ms. Priya Nair',
    ]);
    expect(doc.speakers.some((s) => /econom/i.test(`${s.name} ${s.role}`))).toBe(false);
  });

  it('a host’s role with an article over a paragraph of a page with two named speakers is no tag', () => {
    const doc = formatTranscript(
      [
        'Ann Lee: Welcome, everyone, to the spring lecture.',
        '',
        'Tom Fry: Thank you, Ann. It is a pleasure to be here.',
        '',
        'The Host',
        'Ann Lee has presented the lecture series since 2015.',
      ].join('\n'),
    );
    expect(doc.speakers.map((s) => s.role)).not.toContain('host');
  });
});

describe('the turn’s line when its tag is a paragraph of its own', () => {
  it('a name line right above the words (under a header) starts the turn on the name’s line', () => {
    const doc = formatTranscript(
      [
        'Press Briefing with Secretary Lane at the Ministry',
        'Tue, 4 Mar 2025 14:00:00 -0500',
        'MS. LANE',
        'Good afternoon. I have two announcements before your questions.',
        'Q Thank you. On the budget, when will it be published?',
        'MS. LANE',
        'Next week, on Tuesday.',
        'Q And the rail plan?',
        'MS. LANE',
        'The same day.',
      ].join('\n'),
    );
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => b.line)).toEqual([3, 5, 6, 8, 9]);
    expect(speech[0]?.text.startsWith('Good afternoon.')).toBe(true);
  });

  it('a tag with a blank line under it: the turn starts where the words do', () => {
    const doc = formatTranscript(
      [
        'Jane Doe:',
        '',
        'Good afternoon. Thank you for coming.',
        '',
        'John Roe:',
        '',
        'Thank you, Jane.',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.line)).toEqual([3, 7]);
  });
});

describe('a briefer named once over the opening words, the header introducing them', () => {
  const header = [
    'Ministry of Transport',
    'Press Office',
    '',
    'Briefer: Deputy Press Secretary Laura Finch, March 4, 2025',
    '',
    'Press Briefing by Deputy Press Secretary Laura Finch in the Briefing Room',
    '',
  ];
  const body = [
    'LAURA FINCH',
    'Good morning. I have one announcement before your questions. The rail timetable will be published on Friday.',
    '',
    'It covers the whole network for the first time.',
    '',
    'Q: Will the fares change with it?',
    '',
    'Not in this timetable. Fares are reviewed in January.',
  ];

  it('reads the name in capitals as the briefer’s tag', () => {
    const doc = formatTranscript([...header, ...body].join('\n'));
    expect(
      turns(doc)
        .map(([who]) => who)
        .slice(0, 3),
    ).toEqual(['Laura Finch', 'Laura Finch', 'reporter']);
    expect(doc.messages.some((m) => m.ruleId === 'speaker-tag' && m.line === 8)).toBe(true);
    expect(texts(doc).some((t) => t.startsWith('LAURA FINCH'))).toBe(false);
  });

  it('without the header naming them, the name said once stays the paragraph’s line', () => {
    const doc = formatTranscript(
      [
        'Ministry of Transport',
        'Press Office',
        '',
        'Press Briefing in the Briefing Room',
        '',
        ...body,
      ].join('\n'),
    );
    expect(doc.speakers.some((s) => s.name === 'Laura Finch')).toBe(false);
  });

  it('a profile whose byline names its subject, no tags in it, stays an article', () => {
    const doc = formatTranscript(
      [
        'The engineer who rebuilt the Tamar line: Laura Finch',
        '',
        'LAURA FINCH',
        'Laura Finch joined the railway at sixteen and has worked on every bridge of the line.',
        '',
        'She retires this spring after forty years.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
  });
});

describe('an inquiry’s witness heading in capitals, the counsel naming the witness before it', () => {
  it('stays no turn of the witness', () => {
    const doc = formatTranscript(
      [
        'THE RIVERSIDE COLLAPSE INQUIRY',
        '',
        'SIR ALAN GRANT: GOOD MORNING. YES, MS BELL.',
        '',
        'MS BELL: GOOD MORNING, CHAIRMAN. THE NEXT WITNESS IS MR TOM HARDY.',
        '',
        'MR TOM HARDY (AFFIRMED)',
        '',
        'QUESTIONS BY COUNSEL TO THE INQUIRY',
        '',
        'MS BELL: MR HARDY, WHEN DID YOU FIRST INSPECT THE BRIDGE?',
      ].join('\n'),
    );
    expect(
      doc.blocks.some((b) => b.type === 'speech' && b.text.startsWith('QUESTIONS BY COUNSEL')),
    ).toBe(false);
  });
});

describe('a Hansard under its masthead: the chair’s tag alone on its line is no agenda heading', () => {
  const record = (heading: string) =>
    [
      'PARLIAMENT OF THE REPUBLIC OF ZAMBIA',
      '',
      'OFFICIAL HANSARD REPORT',
      '',
      'Tuesday, 3 June 2025',
      '',
      'THE SPEAKER',
      'Honourable members, I have one communication before the business of the day.',
      '',
      heading,
      '',
      'MR PETER BANDA (Kabwe Central): Madam Speaker, I beg to move that the road be repaired.',
      '',
      'THE SPEAKER',
      'Is the motion seconded?',
    ].join('\n');

  it('the first agenda heading, not `THE SPEAKER`, is the title; the chair speaks', () => {
    const doc = formatTranscript(record('MOTION ON THE STATE OF THE GREAT NORTH ROAD'));
    expect(doc.title).toBe('MOTION ON THE STATE OF THE GREAT NORTH ROAD');
    expect(turns(doc).map(([who]) => who)).toEqual(['speaker', 'Mr Peter Banda', 'speaker']);
  });

  it('an agenda heading that names an office’s business stays a heading', () => {
    const doc = formatTranscript(record('QUESTIONS TO THE MINISTER OF TRANSPORT'));
    expect(doc.title).toBe('QUESTIONS TO THE MINISTER OF TRANSPORT');
  });
});

describe('a UN verbatim record with its tags alone on their line: the header ends at the first', () => {
  const lines = [
    'United Nations S/PV.9999',
    'Security Council',
    'Eighty-first year',
    '9999th meeting',
    'Tuesday, 3 March 2026, 10 a.m.',
    'New York',
    '',
    'President: Mr. Tan . . . . . . . . . . . . . . . . . . . . . . . . (Singapore)',
    '',
    'The meeting was called to order at 10.05 a.m.',
    '',
    'The President:',
    'I welcome the representatives of the countries invited to this meeting today.',
    '',
    'Ms. Costa (Brazil):',
    'Brazil thanks the briefers for their clear and useful remarks this morning.',
    '',
    'The President:',
    'I now give the floor to the representative of Norway for a statement.',
    '',
    'Mr. Berg (Norway):',
    'Norway supports the extension of the mission for a further twelve months.',
    '',
    'The meeting rose at 11.05 a.m.',
    '',
    '26-01234 (E)',
  ];
  const jobNumber = (doc: ScriptDocument) => doc.blocks.find((b) => b.text === '26-01234 (E)');

  it('the printing office’s job number at the foot stays a note (tags with their colon)', () => {
    const doc = formatTranscript(lines.join('\n'));
    expect(jobNumber(doc)).toMatchObject({ type: 'note' });
    expect(turns(doc).map(([who]) => who)).toEqual([
      'president',
      'Ms. Costa',
      'president',
      'Mr. Berg',
    ]);
  });

  it('and with the tags’ colons lost (`The President` over the words)', () => {
    const doc = formatTranscript(
      lines
        .map((l) => (l.endsWith('):') || l === 'The President:' ? l.slice(0, -1) : l))
        .join('\n'),
    );
    expect(jobNumber(doc)).toMatchObject({ type: 'note' });
  });

  it('a roster’s label alone over a list is no tag that ends the header', () => {
    const doc = formatTranscript(
      [
        'United Nations S/PV.9998',
        'Security Council',
        'Eighty-first year',
        '9998th meeting',
        'Monday, 2 March 2026, 3 p.m.',
        'New York',
        '',
        'Members:',
        'Algeria, China, Denmark, France, Greece',
        '',
        'The President:',
        'I welcome the representatives of the countries invited to this meeting today.',
      ].join('\n'),
    );
    expect(doc.blocks.find((b) => b.text.startsWith('Algeria'))?.type).not.toBe('speech');
  });
});

describe('a question that opens with thanks and a topic’s colon under its name line', () => {
  it('reads `QUESTION` / `Thanks, Ana. On the port: …` as the question, no tag in the words', () => {
    const doc = formatTranscript(
      [
        'MR COLE',
        'Good afternoon. I have nothing at the top, so I will go to your questions.',
        '',
        'QUESTION',
        'Thanks, Ana. On the port: will the ships be allowed to dock this week?',
        '',
        'MR COLE',
        'We expect the first two to dock on Thursday.',
        '',
        'QUESTION',
        'And the fuel convoy?',
        '',
        'MR COLE',
        'It left this morning.',
      ].join('\n'),
    );
    expect(turns(doc)).toEqual([
      ['Mr Cole', 'Good afternoon. I'],
      ['reporter', 'Thanks, Ana. On'],
      ['Mr Cole', 'We expect the'],
      ['reporter', 'And the fuel'],
      ['Mr Cole', 'It left this'],
    ]);
  });

  it('a name with its outlet after the comma stays a tag', () => {
    expect(parseTag('Kasie Hunt, CNN: Thank you, Senator.')?.tag.name).toBe('Kasie Hunt');
    expect(parseTag('Thanks, Matthew. On Sudan: does the money go through the UN?')).toBeNull();
    expect(parseTag('Okay, Ben. Next: the weather.')).toBeNull();
  });
});

describe('a hard-wrapped turn under its tag alone on its line', () => {
  const turnsOf = (colon: string) =>
    [
      `Anna Berg${colon}`,
      'Still, many of our listeners write to us about',
      'the ferry timetable. Here are some of the messages we received this week from people on the islands who depend on the morning boat.',
      'The first one is from Hilde in Utsira. Can the boat leave earlier?',
      '',
      `Per Lund${colon}`,
      'We are looking at it, and we will say more next week.',
      '',
      `Anna Berg${colon}`,
      'Thank you. We will hold you to that.',
    ].join('\n');

  for (const [layout, colon] of [
    ['with its colon', ':'],
    ['without it', ''],
  ] as const)
    it(`keeps the wrapped paragraph whole (${layout}): the tag's line is no break of the wrap`, () => {
      const doc = formatTranscript(turnsOf(colon));
      expect(turns(doc)).toEqual([
        ['Anna Berg', 'Still, many of'],
        ['Per Lund', 'We are looking'],
        ['Anna Berg', 'Thank you. We'],
      ]);
    });
});
