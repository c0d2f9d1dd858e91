/**
 * Conventions of round 18, each tested on cases written for these tests in its convention: US
 * public radio scripts (host parts, back announcements, ambience), US TV package scripts (the
 * reporter's parts in a tag's parentheses, the cues that hand back to the studio).
 */
import { describe, expect, it } from 'vitest';
import { blockOf, doc, speakerOf } from '../helpers/documents.ts';

describe('radio scripts: the host’s parts and the back announcement are no people', () => {
  it('HOST INTRO:, HOST OUTRO:, PRESENTER INTRO: are the host’s and presenter’s roles', () => {
    const npr = [
      'HOST INTRO: Heavy snow is falling across the north this morning. Our reporter Sam Gill has more.',
      '',
      'SAM GILL: By dawn some towns had a foot of snow.',
      '',
      'HOST OUTRO: That was Sam Gill. Schools in six districts are closed today.',
    ].join('\n');
    const d = doc(npr);
    expect(d.speakers.some((s) => s.name === 'Host Intro' || s.name === 'Host Outro')).toBe(false);
    expect(speakerOf(npr, 'Heavy snow')).toMatchObject({ name: null, role: 'host' });
    expect(speakerOf(npr, 'That was Sam Gill')?.role).toBe('host');
    const bbc = 'PRESENTER INTRO: Good morning, this is the Farming Hour.\n\nTOM: Thanks, Ann.';
    expect(speakerOf(bbc, 'Good morning')).toMatchObject({ name: null, role: 'presenter' });
  });

  it('BACK ANNOUNCE: and BACK-ANNOUNCE: are labels over the host’s words, no speaker', () => {
    for (const label of ['BACK ANNOUNCE:', 'BACK-ANNOUNCE:', 'BACK-ANNO:']) {
      const text = `CUE: The dry summer cut the harvest by a third.\n\n${label} That was Owen Price in Herefordshire.`;
      const d = doc(text);
      expect(d.speakers).toEqual([]);
      expect(blockOf(text, label)?.type).toBe('narration');
    }
  });

  it('BACK ANNOUNCE alone on its line is a cue that ends the reporter’s turn', () => {
    const text = [
      'KIRK MASON: Patel says people should check air quality maps. Kirk Mason, NPR News.',
      '',
      'BACK ANNOUNCE',
      'That’s NPR’s Kirk Mason in Redding.',
    ].join('\n');
    expect(blockOf(text, 'BACK ANNOUNCE')?.type).toBe('direction');
    expect(blockOf(text, 'That’s NPR’s')).toMatchObject({ type: 'narration', speaker: null });
    const spaced = [
      'LENA ORTIZ: The count resumes at nine. Lena Ortiz, WBUR News, Boston.',
      '',
      'BACK ANNO',
      '',
      'Lena Ortiz reporting. Results are expected by noon.',
    ].join('\n');
    expect(blockOf(spaced, 'Lena Ortiz reporting')).toMatchObject({
      type: 'narration',
      speaker: null,
    });
  });
});

describe('radio and TV scripts: natural sound and ambience are production lines', () => {
  it('AMBI:, NATS:, NAT SOUND:, AMBIENCE:, MUSIC: with what is heard are directions', () => {
    const text = [
      'HOST INTRO: Wildfire smoke is drifting east again.',
      '',
      'AMBI: wind, crackling fire (fade under)',
      '',
      'KIRK MASON: Standing on a ridge above Redding, you can smell the smoke.',
      '',
      'NATS: Traffic horns',
      '',
      'NAT SOUND: Crowd cheering at the finish line',
      '',
      'AMBIENCE: Market stalls',
      '',
      'MUSIC: Theme up, then under',
    ].join('\n');
    const d = doc(text);
    for (const line of [3, 7, 9, 11, 13]) {
      expect(d.blocks.filter((b) => b.line === line).map((b) => b.type)).toEqual(['direction']);
    }
    expect(d.speakers.map((s) => s.name ?? s.role).sort()).toEqual(['Kirk Mason', 'host']);
  });

  it('a name that opens with a sound label’s letters is still a speaker', () => {
    const text = 'NATSUKO ITO: I was there when it opened.\n\nAMBIKA RAO: So was I.';
    expect(speakerOf(text, 'I was there')?.name).toBe('Natsuko Ito');
    expect(speakerOf(text, 'So was I')?.name).toBe('Ambika Rao');
  });
});

describe('US package scripts: the reporter’s part in the tag’s parentheses', () => {
  it('(ON CAM), (STANDUP), (STAND-UP), (PTC) are on camera; (LIVE) a live delivery', () => {
    const text = [
      'JOHN LEE (VO): The bridge opened in 1962.',
      'JOHN LEE (ON CAM): It has held up well, until now.',
      'JOHN LEE (STANDUP): Engineers say it needs new cables.',
      'RITA DIAZ (STAND-UP): The council meets on Monday.',
      'RITA DIAZ (PTC): I’m standing where the water reached.',
      'JOHN LEE (LIVE): Back to you in the studio.',
    ].join('\n');
    const d = doc(text);
    const lee = d.speakers.find((s) => s.name === 'John Lee');
    expect(lee?.title).toBeNull();
    expect(d.speakers.find((s) => s.name === 'Rita Diaz')?.title).toBeNull();
    expect(blockOf(text, 'It has held')?.delivery).toBe('on-camera');
    expect(blockOf(text, 'Engineers say')?.delivery).toBe('on-camera');
    expect(blockOf(text, 'The council meets')?.delivery).toBe('on-camera');
    expect(blockOf(text, 'I’m standing')?.delivery).toBe('on-camera');
    expect(blockOf(text, 'Back to you')?.delivery).toBe('live');
  });

  it('a title in parentheses stays a title', () => {
    const text = 'JOHN LEE (MAYOR): We will rebuild.\n\nANA RUIZ (RESIDENT): We hope so.';
    expect(speakerOf(text, 'We will')?.title).toBe('MAYOR');
  });
});

describe('US package scripts: the cues that hand back to the studio end the reporter’s turn', () => {
  const pkg = (end: string) =>
    [
      'PKG',
      '',
      'LISA CHO (VO): The vote came after nearly three hours of public comment.',
      '',
      'SOT: TOM BECK / PARENT',
      '"We just want our kids to be safe."',
      '',
      'LISA CHO (STANDUP): The board says it will revisit the plan next month.',
      '',
      end,
      'THE BOARD MEETS AGAIN DECEMBER 12TH.',
    ].join('\n');

  it('SOQ (the standard out-cue) is a direction, no words of the reporter', () => {
    const text = pkg('SOQ');
    expect(blockOf(text, 'SOQ')?.type).toBe('direction');
    expect(blockOf(text, 'THE BOARD MEETS')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('TAG, (ANCHOR), ANCHOR ON CAM hand the copy below back to the anchor', () => {
    for (const end of ['TAG', '(ANCHOR)', 'ANCHOR ON CAM', 'SOQ\nTAG\n(ANCHOR)']) {
      const text = pkg(end);
      expect(blockOf(text, 'THE BOARD MEETS')?.speaker).toBeNull();
    }
  });
});

describe('media advisories: WHAT / WHEN / WHERE / WHO are fields, no speakers', () => {
  const advisory = [
    'MEDIA ADVISORY',
    '',
    'WHAT: Governor Ellis to sign flood relief bill',
    'WHEN: Thursday, Dec. 3, 2026, 10:00 a.m.',
    'WHERE: State Capitol, Room 204',
    'WHO: Gov. Ruth Ellis; Sen. Carl Diaz; local mayors',
    '',
    'Media should arrive by 9:30 a.m. for security screening.',
  ].join('\n');

  it('names no speaker, and the WHAT line gives the title', () => {
    const d = doc(advisory);
    expect(d.speakers).toEqual([]);
    expect(d.title).toBe('Governor Ellis to sign flood relief bill');
    expect(d.blocks[0]).toMatchObject({ type: 'note', text: 'MEDIA ADVISORY' });
  });

  it('keeps each field on its own line, read as the advisory’s words', () => {
    expect(blockOf(advisory, 'WHERE:')?.text).toBe('WHERE: State Capitol, Room 204');
    expect(blockOf(advisory, 'WHERE:')?.type).toBe('narration');
    expect(blockOf(advisory, 'WHO:')?.type).toBe('narration');
    expect(blockOf(advisory, 'Media should')?.speaker).toBeNull();
  });

  it('a planning note’s fields in another order, with WHY and VISUALS', () => {
    const text = [
      'FOR PLANNING PURPOSES',
      '',
      'WHAT: Mayor Daniel Okafor opens the new Eastside library',
      'WHERE: 400 Harbor Street',
      'WHY: The branch is the first new library in the city in twenty years.',
      'VISUALS: Ribbon cutting, children’s reading hour',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers).toEqual([]);
    expect(d.title).toBe('Mayor Daniel Okafor opens the new Eastside library');
    expect(d.blocks[0]).toMatchObject({ type: 'note', text: 'FOR PLANNING PURPOSES' });
    expect(blockOf(text, 'WHERE:')?.type).toBe('narration');
    expect(d.blocks.filter((b) => b.text.startsWith('WHY:'))).toHaveLength(1);
  });

  it('a wire headline on the World Health Organization is no speaker’s turn', () => {
    const text =
      'WHO: Measles cases rise across Europe\n\nGENEVA (Reuters) - Measles cases in Europe rose sharply last year, the World Health Organization said on Tuesday.';
    const d = doc(text);
    expect(d.speakers).toEqual([]);
    expect(blockOf(text, 'GENEVA')?.type).toBe('narration');
  });

  it('a person’s tag in a transcript is still a tag', () => {
    const text = 'WHITNEY: Where were you?\n\nWHO ELSE KNEW: Nobody.\n\nWHITNEY: Good.';
    expect(speakerOf(text, 'Where were')?.name).toBe('Whitney');
  });
});

describe('Octopus and iNEWS printouts: a caption in square brackets, its value in any case', () => {
  const script = [
    '[CAM 1]',
    'Good evening. The Mill Road bridge is closed tonight after inspectors found cracks.',
    '',
    '[SUPER: Mill Road, Harlow]',
    '[VO]',
    'Engineers say the supports have moved.',
    '',
    '[SOT]',
    '[CG: Ann Ruiz / County Engineer]',
    '"We could not take the risk."',
    '',
    '[L3: Tom Hale reporting]',
    '[CAM 2]',
    'The council says repairs will take a month.',
  ].join('\n');

  it('is a direction, not copy to read', () => {
    const d = doc(script);
    for (const words of ['SUPER: Mill Road', 'CG: Ann Ruiz', 'L3: Tom Hale']) {
      expect(d.blocks.find((b) => b.text.includes(words))?.type).toBe('direction');
    }
    expect(d.blocks.filter((b) => b.type === 'narration').map((b) => b.line)).toEqual([2, 6, 14]);
  });

  it('names the bite’s speaker under a SOT marker', () => {
    expect(speakerOf(script, 'We could not')).toMatchObject({
      name: 'Ann Ruiz',
      title: 'County Engineer',
    });
  });

  it('a reporter’s note in brackets in the copy is no caption', () => {
    const text = 'The council met tonight.\n\n[Editor: check the figures with the council]';
    expect(blockOf(text, '[Editor')?.type).not.toBe('direction');
  });
});

describe('scripts: a cue with its run time after it is the cue', () => {
  it('PKG (1:30), SOT (:12), VO :20 are directions; the package’s cue ends the anchor’s turn', () => {
    const text = [
      'ANCHOR: Good evening. A fire has destroyed a warehouse in Dayton.',
      '',
      'PKG (1:30)',
      '',
      'Flames could be seen for miles as crews arrived.',
      '',
      'SOT :12',
      '',
      'VO (:20)',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers.map((s) => s.name ?? s.role)).toEqual(['anchor']);
    for (const cue of ['PKG (1:30)', 'SOT :12', 'VO (:20)'])
      expect(blockOf(text, cue)?.type).toBe('direction');
    expect(blockOf(text, 'Flames could')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('German, Spanish and French cues with minutes and seconds', () => {
    const de = [
      'MODERATION: Guten Morgen. In Hamburg streiken heute die Hafenarbeiter.',
      '',
      'BEITRAG 1’45',
      '',
      'Seit sechs Uhr steht im Hafen alles still.',
      '',
      'MAZ (1:45)',
    ].join('\n');
    expect(blockOf(de, 'BEITRAG')?.type).toBe('direction');
    expect(blockOf(de, 'MAZ')?.type).toBe('direction');
    expect(blockOf(de, 'Seit sechs')?.speaker).toBeNull();
    const es =
      'PRESENTADOR: Buenas noches. La lluvia ha cerrado tres carreteras.\n\nVTR (1:20)\n\nLas máquinas trabajan desde esta mañana.';
    expect(blockOf(es, 'VTR')?.type).toBe('direction');
    expect(blockOf(es, 'Las máquinas')?.speaker).toBeNull();
    const fr =
      'PRÉSENTATEUR : Bonsoir. La neige paralyse l’Isère.\n\nSUJET (1’30)\n\nSur l’autoroute, les camions sont bloqués.';
    expect(blockOf(fr, 'SUJET')?.type).toBe('direction');
    expect(blockOf(fr, 'Sur l’autoroute')?.speaker).toBeNull();
  });

  it('a name with a time is still a speaker’s tag, and a time in copy stays copy', () => {
    const text = 'ANNA (2:15): The doors open at seven.\n\nTOM (2:20): Thanks, Anna.';
    expect(speakerOf(text, 'The doors')?.name).toBe('Anna');
    const copy = 'ANCHOR: The game starts at 7:30.\n\nKICKOFF 7:30';
    expect(blockOf(copy, 'The game')?.type).toBe('speech');
  });
});

describe('German radio manuscripts: the O-Ton’s run time is no part of who speaks', () => {
  it('O-TON 1 (Anwohnerin, 0’12): over the quotation is the bite of that voice', () => {
    const text = [
      'ANMODERATION:',
      'Die Stadt München will die Mieten deckeln. Unser Reporter Felix Braun berichtet.',
      '',
      'BEITRAG (1’30)',
      'Felix Braun: Im Stadtteil Neuperlach stehen viele Wohnungen leer.',
      '',
      'O-TON 1 (Anwohnerin, 0’12):',
      '„Ich zahle jetzt schon die Hälfte meines Einkommens für die Miete.“',
      '',
      'Felix Braun: Der Stadtrat stimmt im Januar ab.',
    ].join('\n');
    const bite = blockOf(text, 'Ich zahle');
    expect(bite).toMatchObject({ type: 'speech', sot: true });
    expect(bite?.text.startsWith('Ich zahle')).toBe(true);
    expect(speakerOf(text, 'Ich zahle')?.name).not.toBe('Felix Braun');
    expect(speakerOf(text, 'Im Stadtteil')?.name).toBe('Felix Braun');
  });

  it('a name and role with the run time in brackets: the role is the title', () => {
    const text = [
      'MODERATION: In Hamburg streiken heute die Hafenarbeiter.',
      '',
      'O-Ton Jens Möller, Betriebsrat (0’20):',
      '„Die Gespräche sind gescheitert.“',
      '',
      'O-TON (Hafenarbeiter, 0’15):',
      '„Wir wollen einfach fair bezahlt werden.“',
    ].join('\n');
    expect(speakerOf(text, 'Die Gespräche')).toMatchObject({
      name: 'Jens Möller',
      title: 'Betriebsrat',
    });
    // An unnamed dock worker: the trade is the voice's role (as `ANWOHNERIN:` is), no name.
    expect(speakerOf(text, 'Wir wollen')).toMatchObject({ name: null, role: 'hafenarbeiter' });
  });

  it('an English tag with the bite’s run time in brackets: TOM REYES, MAYOR (:09)', () => {
    const text = 'TOM REYES, MAYOR (:09): Nobody was hurt.\n\nANCHOR: Good news.';
    expect(speakerOf(text, 'Nobody')).toMatchObject({ name: 'Tom Reyes', title: 'MAYOR' });
  });
});

describe('Avid iNEWS: an instruction between double hashes is a production cue', () => {
  const script = [
    '{[ANCHOR]}',
    'THE CITY COUNCIL VOTED LATE TONIGHT TO APPROVE A NEW BUDGET.',
    '##TAKE VO##',
    'COUNCIL MEMBERS DEBATED FOR MORE THAN FOUR HOURS.',
    '## CG: CITY HALL / TONIGHT ##',
    'THE BUDGET TAKES EFFECT IN JULY.',
  ].join('\n');

  it('is a direction of its own, its marks taken off and reported', () => {
    const d = doc(script);
    expect(d.blocks.find((b) => b.line === 3)).toMatchObject({
      type: 'direction',
      text: 'TAKE VO',
    });
    expect(d.blocks.find((b) => b.line === 5)).toMatchObject({
      type: 'direction',
      text: 'CG: CITY HALL / TONIGHT',
    });
    expect(blockOf(script, 'COUNCIL MEMBERS')?.type).toBe('narration');
    expect(d.messages.filter((m) => m.ruleId === 'production-cue').map((m) => m.line)).toEqual([
      3, 5,
    ]);
  });

  it('a markdown heading keeps its reading, and a hashtag in the copy stays', () => {
    const md = '# Interview\n\n**Host:** Welcome.\n\n## Part two ##\n\n**Guest:** Thanks.';
    expect(doc(md).blocks.find((b) => b.line === 5)?.type).toBe('headline');
    const tag = 'ANCHOR: Fans posted with ##GoTeam## all night.';
    expect(blockOf(tag, 'Fans posted')?.text).toContain('##GoTeam##');
  });
});

describe('Nordic scripts (NRK, DR, SVT, Yle): reports, bites and the anchor’s parts', () => {
  it('Norwegian and Swedish INTERVJU: NAME, ROLE names the bite below', () => {
    const no = [
      'PROGRAMLEDER: God kveld. Stormen har ført til strømbrudd i hele Vestland.',
      '',
      'INTERVJU: KARI NORDMANN, BEBOER',
      '«Vi har ikke hatt strøm siden klokken to.»',
      '',
      'PROGRAMLEDER: Nettselskapet håper å rette feilen i løpet av natten.',
    ].join('\n');
    expect(blockOf(no, 'INTERVJU')?.type).toBe('direction');
    expect(speakerOf(no, 'Vi har ikke')).toMatchObject({ name: 'Kari Nordmann', title: 'BEBOER' });
    const sv =
      'PRATARE\nGod kväll. Snön har slagit ut elen.\n\nINTERVJU: ANNA LIND, BOENDE\n"Vi har eldat i kaminen hela dagen."';
    expect(speakerOf(sv, 'Vi har eldat')?.name).toBe('Anna Lind');
  });

  it('Yle’s JUONTO is the anchor’s read, INSERTTI the report, HAASTATTELU a bite', () => {
    const fi = [
      'JUONTO',
      'Hyvää iltaa. Helsingissä on satanut lunta koko päivän.',
      '',
      'INSERTTI',
      'Aurausautot ovat olleet liikkeellä aamusta asti.',
      '',
      'HAASTATTELU: MATTI VIRTANEN, AURAUSKULJETTAJA',
      '"Tämä on vuoden kiireisin päivä."',
      '',
      'LOPPUJUONTO',
      'Lumisade jatkuu huomenna.',
    ].join('\n');
    const d = doc(fi);
    expect(speakerOf(fi, 'Hyvää iltaa')?.role).toBe('anchor');
    expect(blockOf(fi, 'Aurausautot')).toMatchObject({ type: 'narration', speaker: null });
    expect(speakerOf(fi, 'Tämä on')?.name).toBe('Matti Virtanen');
    expect(speakerOf(fi, 'Lumisade')?.role).toBe('anchor');
    expect(d.speakers.some((s) => s.name === 'Haastattelu' || s.name === 'Juonto')).toBe(false);
  });

  it('Danish INDSLAG and Norwegian INNSLAG end the host’s turn', () => {
    for (const cue of ['INDSLAG', 'INNSLAG']) {
      const text = `VÆRT: Godaften. Regeringen har fremlagt finansloven.\n\n${cue}\n\nForslaget indeholder penge til ældreplejen.`;
      expect(blockOf(text, 'Forslaget')?.speaker).toBeNull();
    }
  });
});

describe('role words of other newsrooms’ scripts', () => {
  it('Spanish REDACTOR/REDACTORA and ENVIADA ESPECIAL are the reporter, never a name', () => {
    const text = [
      'CONDUCTOR: Buenas tardes. El Banco de España ha rebajado su previsión.',
      '',
      'REDACTORA: La institución cree que el paro seguirá bajando.',
      '',
      'ENVIADA ESPECIAL: Desde Bruselas, las negociaciones siguen abiertas.',
    ].join('\n');
    expect(speakerOf(text, 'La institución')).toMatchObject({ name: null, role: 'reporter' });
    expect(speakerOf(text, 'Desde Bruselas')).toMatchObject({ name: null, role: 'correspondent' });
  });

  it('Finnish KIRJEENVAIHTAJA and HAASTATTELIJA, Swedish INTERVJUARE', () => {
    const fi = 'JUONTAJA: Mitä Brysselissä tapahtuu?\n\nKIRJEENVAIHTAJA: Neuvottelut jatkuvat.';
    expect(speakerOf(fi, 'Neuvottelut')?.role).toBe('correspondent');
    const sv = 'INTERVJUARE: Hur länge har du bott här?\n\nSVAR: I tjugo år.';
    expect(speakerOf(sv, 'Hur länge')?.role).toBe('interviewer');
  });
});

describe('wire copy: the desk’s lines around an AP or Reuters story', () => {
  const ap = [
    'BC-US--Winter Storm,1st Ld-Writethru',
    'Winter storm closes schools across the Midwest',
    'Eds: UPDATES with school closures in Iowa. With AP Photos.',
    '',
    'DES MOINES, Iowa (AP) — A winter storm dumped more than a foot of snow across the Midwest on Tuesday.',
    '',
    '"We\'re telling people to stay home if they can," said state patrol Sgt. Ana Lopez.',
    '',
    '___',
    '',
    'Follow Tom Baker on X: https://x.com/tombaker',
    '',
    'Find more AP coverage of the storm: https://apnews.com/hub/weather',
  ].join('\n');

  it('the slug line and the editors’ note are notes, and the headline is the title', () => {
    const d = doc(ap);
    expect(d.blocks[0]).toMatchObject({ type: 'note', reason: 'story-form' });
    expect(blockOf(ap, 'Eds:')).toMatchObject({ type: 'note', reason: 'story-form' });
    expect(d.title).toBe('Winter storm closes schools across the Midwest');
    expect(d.speakers).toEqual([]);
  });

  it('the reporter’s follow link and the hub link are page elements', () => {
    expect(blockOf(ap, 'Follow Tom Baker')?.type).toBe('note');
    expect(blockOf(ap, 'Find more AP')?.type).toBe('note');
    expect(blockOf(ap, 'DES MOINES')?.type).toBe('narration');
  });

  it('another slug and Reuters’ writing and additional reporting credits', () => {
    const text = [
      'BC-EU--Germany-Coalition',
      'German coalition agrees budget after all-night talks',
      '',
      'BERLIN, Nov 30 (Reuters) - Germany’s coalition parties agreed a budget on Monday.',
      '',
      '(Writing by Kate Holton; Editing by Alex Richardson)',
      '(Additional reporting by Petra Wolf in Munich)',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks[0]?.type).toBe('note');
    expect(d.title).toBe('German coalition agrees budget after all-night talks');
    expect(blockOf(text, '(Writing by')).toMatchObject({ type: 'note', reason: 'credit' });
    expect(blockOf(text, '(Additional reporting')).toMatchObject({
      type: 'note',
      reason: 'credit',
    });
  });

  it('a sentence about editors or following a story stays narration', () => {
    const text =
      'Eds say the paper will close.\n\nFollow the money, investigators told the court on Monday.';
    expect(blockOf(text, 'Eds say')?.type).toBe('narration');
    expect(blockOf(text, 'Follow the money')?.type).toBe('narration');
  });
});

describe('two-ways and press conferences: who the tags are', () => {
  it('a correspondent tagged by initials is the name the host’s throw gives (BBC two-ways)', () => {
    const text = [
      'HOST: Joining me now from Kyiv is our correspondent Ivan Petrenko. Ivan, what’s the latest?',
      '',
      'IP: The air raid sirens sounded twice overnight.',
      '',
      'HOST: Any damage?',
      '',
      'IP: A power station was hit in the east.',
    ].join('\n');
    expect(speakerOf(text, 'The air raid')?.name).toBe('Ivan Petrenko');
    const two = [
      'PRESENTER: Our political editor Laura Kent is in Westminster. Laura?',
      '',
      'LK: The vote is expected just after seven.',
    ].join('\n');
    expect(speakerOf(two, 'The vote')?.name).toBe('Laura Kent');
  });

  it('initials stay initials when the throw names two people with them', () => {
    const text = ['HOST: With me are Ivan Petrenko and Irina Pavlova.', '', 'IP: Thank you.'].join(
      '\n',
    );
    expect(speakerOf(text, 'Thank you')?.name).toBe('IP');
  });

  it('the Mexican morning conference’s INTERLOCUTOR and INTERLOCUTORA are reporters', () => {
    const text = [
      'PRESIDENTA CLAUDIA SHEINBAUM PARDO: Buenos días. Vamos a empezar con el informe.',
      '',
      'INTERLOCUTORA: Presidenta, buenos días. ¿Qué opina de la reforma judicial?',
      '',
      'PRESIDENTA CLAUDIA SHEINBAUM PARDO: Es una reforma necesaria.',
      '',
      'INTERLOCUTOR: Gracias, presidenta.',
    ].join('\n');
    const d = doc(text);
    expect(speakerOf(text, 'Presidenta, buenos')?.role).toBe('reporter');
    expect(speakerOf(text, 'Gracias')?.role).toBe('reporter');
    expect(d.speakers.some((s) => s.name?.startsWith('Interlocutor'))).toBe(false);
  });

  it('a French office after the courtesy title and its article is the office', () => {
    const text = [
      'QUESTION : Monsieur le ministre, allez-vous augmenter les impôts ?',
      '',
      'M. LE MINISTRE : Non, ce n’est pas prévu.',
      '',
      'Mme la ministre : Je le confirme.',
      '',
      'Monsieur le Président : Merci.',
    ].join('\n');
    expect(speakerOf(text, 'Non, ce')).toMatchObject({ name: null, role: 'ministre' });
    expect(speakerOf(text, 'Je le confirme')).toMatchObject({ name: null, role: 'ministre' });
    expect(speakerOf(text, 'Merci')).toMatchObject({ name: null, role: 'président' });
    expect(speakerOf('MONSIEUR DUPONT : Bonjour.', 'Bonjour')?.name).toBe('Monsieur Dupont');
  });
});

describe('Australian courts and royal commissions', () => {
  const commission = [
    'THE COMMISSIONER: Yes, Ms Grant.',
    '',
    'MS GRANT: Commissioner, I call Daniel Morrow.',
    '',
    '<DANIEL JAMES MORROW, sworn: [10.04am]',
    '',
    '<EXAMINATION BY MS GRANT:',
    '',
    'MS GRANT: Q. Mr Morrow, what is your current position?',
    'A. I’m the regional manager of the aged care provider.',
    '',
    'Q. How long have you held that role?',
    'A. Since March 2019.',
    '',
    'THE COMMISSIONER: Thank you.',
    '',
    '<THE WITNESS WITHDREW [11.15am]',
  ].join('\n');

  it('the witness’s and the examination’s lines marked with < are directions, the mark reported', () => {
    const d = doc(commission);
    expect(d.blocks.find((b) => b.line === 5)?.type).toBe('direction');
    expect(d.blocks.find((b) => b.line === 7)?.type).toBe('direction');
    expect(d.blocks.find((b) => b.line === 17)?.type).toBe('direction');
    expect(d.messages.filter((m) => m.ruleId === 'list-marker').map((m) => m.line)).toEqual([
      5, 7, 17,
    ]);
    expect(d.speakers.some((s) => s.title === 'sworn')).toBe(false);
  });

  it('A. on the line under the question is the sworn witness, Q. the examining counsel', () => {
    expect(speakerOf(commission, 'I’m the regional')?.name).toBe('Daniel James Morrow');
    expect(speakerOf(commission, 'Since March')?.name).toBe('Daniel James Morrow');
    expect(speakerOf(commission, 'How long')?.name).toBe('Ms Grant');
  });

  it('a witness sworn or affirmed with a comma, without the mark', () => {
    const text = [
      'MR HALE: I call Priya Raman.',
      '',
      'PRIYA RAMAN, affirmed:',
      '',
      'EXAMINATION BY MR HALE:',
      '',
      'Q. Ms Raman, where do you work?',
      '',
      'A. At the Westmead clinic.',
      '',
      'Q. Since when?',
      '',
      'A. Since 2020.',
    ].join('\n');
    expect(blockOf(text, 'PRIYA RAMAN')?.type).toBe('direction');
    expect(speakerOf(text, 'At the Westmead')?.name).toBe('Priya Raman');
  });

  it('HIS HONOUR and HER HONOUR are the judge', () => {
    const text =
      'HIS HONOUR: Yes, Mr Walsh.\n\nMR WALSH: The Crown calls Senior Constable Amy Roberts.\n\nHER HONOUR: Please be seated.';
    expect(speakerOf(text, 'Yes, Mr Walsh')).toMatchObject({ name: null, role: 'judge' });
    expect(speakerOf(text, 'Please be seated')?.role).toBe('judge');
  });

  it('a comparison sign in copy is no mark', () => {
    const text = 'ANCHOR: Prices rose.\n\n<5% of homes were affected, officials said.';
    expect(blockOf(text, '<5%')?.text.startsWith('<5%')).toBe(true);
  });
});

describe('ENPS scripts: the slug line’s format and page, the talent under it', () => {
  it('the page and talent lines under the slug are the story form, the format no part of the slug', () => {
    const text = [
      'BRIDGE REPAIRS-VO/SOT',
      'PAGE B12',
      'ANCHOR: MARK',
      '',
      '(MARK)',
      'DRIVERS ON ROUTE 9 WILL FACE DETOURS STARTING MONDAY AS CREWS REPAIR THE BRIDGE.',
      '',
      'VO',
      'SUPER: HARLOW RIVER BRIDGE',
      'THE STATE SAYS THE WORK WILL TAKE AT LEAST SIX WEEKS.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.slice(0, 3).map((b) => b.type)).toEqual(['note', 'note', 'note']);
    expect(d.slug).toBe('BRIDGE-REPAIRS');
    expect(d.speakers).toEqual([]);
  });

  it('other formats after the slug: -PKG, /VO, -READER', () => {
    const script = (slug: string) =>
      `${slug}\nTRT 1:42\n\n(ANCHOR)\nPARENTS PACKED TONIGHT’S SCHOOL BOARD MEETING.\n\nPKG`;
    expect(doc(script('SCHOOL BOARD-PKG')).slug).toBe('SCHOOL-BOARD');
    expect(doc(script('SCHOOL BOARD/VO')).slug).toBe('SCHOOL-BOARD');
    expect(doc(script('SCHOOL BOARD-READER')).slug).toBe('SCHOOL-BOARD');
  });
});

describe('two-column scripts: the column heads name no story', () => {
  it('VIDEO / AUDIO over the rows gives no slug; the story’s words do', () => {
    for (const head of ['VIDEO\tAUDIO', 'PICTURES\tSOUND', 'VISION\tSCRIPT']) {
      const text = [
        head,
        'ANCHOR ON CAM\tGood evening. Flooding has closed the Mill Road bridge.',
        'VO\tWater rose more than a metre overnight at Mill Road.',
        'SOT: PAT DUNN / RESIDENT\t"I have never seen it this high."',
        'ANCHOR ON CAM\tThe bridge will stay shut until Friday.',
      ].join('\n');
      const d = doc(text);
      expect(d.slug).toBe('MILL-ROAD');
      expect(d.blocks[0]?.type).toBe('note');
    }
  });
});

describe('BBC scripts: in vision, out of vision, and the sound labels', () => {
  it('(IN VISION), (IV) are on camera and (OOV) over pictures, never a title', () => {
    const text = [
      'PRESENTER (IN VISION): Good evening. Rail passengers face more disruption tomorrow.',
      '',
      'PRESENTER (OOV): Engineers worked through the night at Reading.',
      '',
      'PRESENTER (IV): The operator says services will return by Friday.',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers).toHaveLength(1);
    expect(d.speakers[0]?.title).toBeNull();
    expect(blockOf(text, 'Good evening')?.delivery).toBe('on-camera');
    expect(blockOf(text, 'Engineers')?.delivery).toBe('voice-over');
    expect(blockOf(text, 'The operator')?.delivery).toBe('on-camera');
  });

  it('IN VISION and OOV alone over the copy are cues', () => {
    const text = [
      'IN VISION',
      'Good evening. Rail passengers face more disruption tomorrow.',
      '',
      'OOV',
      'Engineers worked through the night at Reading.',
    ].join('\n');
    expect(blockOf(text, 'IN VISION')?.type).toBe('direction');
    expect(blockOf(text, 'OOV')?.type).toBe('direction');
    expect(blockOf(text, 'Engineers')?.text).toBe('Engineers worked through the night at Reading.');
  });

  it('FX:, GRAMS:, ATMOS: are what is heard, no speakers', () => {
    const text = [
      'PRESENTER: Rail passengers face more disruption.',
      '',
      'FX: Train horn',
      '',
      'GRAMS: Theme music fades',
      '',
      'ATMOS: Busy station concourse',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers.map((s) => s.role)).toEqual(['presenter']);
    for (const w of ['FX:', 'GRAMS:', 'ATMOS:']) expect(blockOf(text, w)?.type).toBe('direction');
  });
});

describe('Australian ministers’ transcripts: the TRANSCRIPT: label is no part of the title', () => {
  it('the words after the label are the title', () => {
    const text = [
      'TRANSCRIPT: PRIME MINISTER’S DOORSTOP, BRISBANE',
      '',
      'JOURNALIST: Prime Minister, will the budget include relief for renters?',
      '',
      'PRIME MINISTER: We will have more to say on budget night.',
      '',
      'ENDS',
    ].join('\n');
    const d = doc(text);
    expect(d.title).toBe('PRIME MINISTER’S DOORSTOP, BRISBANE');
    expect(d.blocks[0]?.type).toBe('headline');
    const radio =
      'TRANSCRIPT: INTERVIEW WITH SARAH KENT, ABC RADIO HOBART\n\nSARAH KENT: Minister, thanks for joining us.\n\nMINISTER: Good morning.';
    expect(doc(radio).title).toBe('INTERVIEW WITH SARAH KENT, ABC RADIO HOBART');
  });
});

describe('US rundown scripts: a compound format alone on its line is a cue', () => {
  it('VO/SOT/VO, SOT/TAG, VO/NATS are directions (they print in the video column), no notes', () => {
    const text = [
      'ANCHOR: Good evening.',
      '',
      'VO/SOT/VO',
      '',
      'Crews worked overnight to clear the road.',
      '',
      'SOT/TAG',
      '',
      'VO/NATS',
      '',
      'VO/SOT',
    ].join('\n');
    for (const cue of ['VO/SOT/VO', 'SOT/TAG', 'VO/NATS', 'VO/SOT'])
      expect(doc(text).blocks.find((b) => b.text === cue)?.type).toBe('direction');
  });

  it('a wire video’s slug with a slash stays a note', () => {
    const text =
      'UKRAINE-ENERGY/PARLIAMENT\n\nKYIV, UKRAINE (MAY 3, 2025) (REUTERS) -\n\nLawmakers voted on Tuesday.';
    expect(doc(text).blocks[0]?.type).toBe('note');
  });
});
