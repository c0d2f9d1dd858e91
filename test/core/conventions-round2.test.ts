/**
 * A second round of conventions: UK radio cue sheets, UK inquiry transcripts, podcast apps'
 * transcripts, football live text, city press conferences, Brazilian, Dutch and Polish scripts.
 * Each rule with a counter-case in another convention's ordinary text.
 */
import { describe, expect, it } from 'vitest';
import {
  isDirectionText,
  isProductionLine,
  isRecordSentence,
  runTimeMs,
} from '../../src/core/directions.ts';
import { classifyLine } from '../../src/core/furniture.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';

function blockAt(doc: ScriptDocument, line: number) {
  return doc.blocks.filter((b) => b.line === line);
}
function speakerOf(doc: ScriptDocument, line: number) {
  const id = blockAt(doc, line).find((b) => b.type === 'speech')?.speaker;
  return doc.speakers.find((s) => s.id === id) ?? null;
}

describe('UK radio cue sheets', () => {
  const SHEET = [
    'TX: 12/11/2026 0630',
    'PROG: TODAY',
    'STORY: BUS FARES',
    'DUR: 2\'50"',
    '',
    'CUE: Bus fares in the county go up on Monday. Our transport correspondent Ian Hale reports.',
    '',
    'INS: FARES/HALE',
    'IN: "At the depot in Truro..."',
    'DUR: 2\'12"',
    'OUT: "...Ian Hale, BBC News, Cornwall."',
    '',
    'BACK ANNO: The council says the rise is the first in four years.',
  ].join('\n');

  it('reads the header as the story form, the cues as directions and the presenter’s copy as narration', () => {
    const doc = formatTranscript(SHEET);
    for (const line of [1, 2, 3, 4]) expect(blockAt(doc, line)[0]?.type).toBe('note');
    expect(blockAt(doc, 6)[0]?.type).toBe('narration');
    for (const line of [8, 9, 10, 11]) expect(blockAt(doc, line)[0]?.type).toBe('direction');
    expect(blockAt(doc, 13)[0]?.type).toBe('narration');
    expect(doc.speakers).toEqual([]);
    expect(doc.slug).toBe('BUS-FARES');
  });

  it('reads minutes and seconds as a run time; a quotation mark alone is none', () => {
    expect(runTimeMs('DUR: 2\'41"')).toBe(161_000);
    expect(runTimeMs('DUR: 0’18”')).toBe(18_000);
    expect(isProductionLine('INS: FERRY/CAMPBELL')).toBe(true);
    expect(isProductionLine('CLIP: Fiona Kerr, Transport Minister')).toBe(true);
    // In lower case a label is a word of the text; a sentence after `Clip:` is no caption.
    expect(isProductionLine('Clip: the minister said he would resign.')).toBe(false);
    expect(isProductionLine("DUR: 2'4 feet")).toBe(false);
  });

  it('a cue or trail label is no speaker, but a person called Cue still may be one elsewhere', () => {
    expect(parseTag('CUE: The ferry is late again.')).toBeNull();
    expect(parseTag('TRAIL: After eight, the hotel boat.')).toBeNull();
    expect(parseTag('CUE ADAMS: I was there.')?.tag.name).toBe('Cue Adams');
  });
});

describe('UK inquiry transcripts: numbered pages with hanging indents', () => {
  const PAGE = [
    '                                                      Page 3',
    ' 1   (10.00 am)',
    ' 2   THE CHAIR: Good morning. Mr Ross, your witness.',
    ' 3   MR ROSS KC: Thank you. The inquiry calls Ms Ada Penn.',
    ' 4                      MS ADA PENN (sworn)',
    ' 5                  Questions by MR ROSS KC',
    ' 6   Q. Ms Penn, what was your role in 2020?',
    ' 7   A. I ran the laboratory at the',
    ' 8       Northfield site.',
    ' 9   Q. For how long?',
    '10   A. Six years.',
  ].join('\n');

  it('splits each turn, reads the headings as directions and gives Q. and A. to the people they name', () => {
    const doc = formatTranscript(PAGE);
    expect(blockAt(doc, 1)[0]?.type).toBe('note');
    expect(blockAt(doc, 5)[0]?.type).toBe('direction');
    expect(blockAt(doc, 6)[0]?.type).toBe('direction');
    expect(speakerOf(doc, 4)?.name).toBe('Mr Ross');
    expect(speakerOf(doc, 4)?.title).toBe('KC');
    expect(speakerOf(doc, 7)?.id).toBe(speakerOf(doc, 4)?.id);
    expect(speakerOf(doc, 8)?.name).toBe('Ms Ada Penn');
    // The answer's continuation line stays in its paragraph.
    expect(blockAt(doc, 8)[0]?.text).toBe('I ran the laboratory at the Northfield site.');
    expect(speakerOf(doc, 11)?.name).toBe('Ms Ada Penn');
  });

  it('witness and examination headings are directions; sentences about them are not', () => {
    expect(isRecordSentence('DR ANNA MARSH (affirmed)')).toBe(true);
    expect(isRecordSentence('Cross-examination by MR HOLT')).toBe(true);
    expect(isRecordSentence('Questions by the committee were sharp (and long)')).toBe(false);
    expect(isRecordSentence('He said he was sworn in (reluctantly)')).toBe(false);
  });

  it('Q. and A. without headings stay a reporter and an answer', () => {
    const doc = formatTranscript(
      'Q. When did you start?\n\nA. In May.\n\nQ. Why?\n\nA. The pay was better.',
    );
    expect(doc.speakers.map((s) => s.role).sort()).toEqual(['answer', 'reporter']);
  });

  it('US pleading paper (first lines deeper than the continuations) keeps its paragraphs', () => {
    const doc = formatTranscript(
      [
        '16           CHIEF JUSTICE ROBERTS:  Thank you, counsel.',
        '17   The case is submitted.',
        '18           (Whereupon, at 10:58 a.m., the case in the',
        '19   above-entitled matter was submitted.)',
        '20           JUSTICE KAGAN:  One more point.',
        '21           MR. LEE:  Yes.',
      ].join('\n'),
    );
    const direction = doc.blocks.find((b) => b.type === 'direction');
    expect(direction?.text).toContain('above-entitled matter was submitted');
  });

  it('a page header is a note alone on its line, never in a sentence', () => {
    expect(classifyLine('Page 14')).toBe('page-element');
    expect(classifyLine('Page 3 of 40')).toBe('page-element');
    expect(classifyLine('Page 14 of the report says otherwise.')).toBeNull();
  });

  it('KC after a name is a title, a name ending in Kc-like letters is not', () => {
    expect(parseTag('MS ADEYEMI KC: Thank you.')?.tag).toMatchObject({
      name: 'Ms Adeyemi',
      title: 'KC',
    });
    expect(parseTag('JANE KACEY: Hello.')?.tag.name).toBe('Jane Kacey');
  });
});

describe('podcast apps’ transcripts', () => {
  const EPISODE = [
    'Transcript',
    'Auto-generated',
    '',
    '0:00',
    'Speaker 1',
    'This episode is brought to you by Lumen, the reading lamp for night owls.',
    '0:09',
    "Hi, I'm Rosa Kim. Welcome back to the show about small towns.",
    '0:35',
    'Speaker 2',
    'Thanks, Rosa. Glad to be here.',
    '0:39',
    'Speaker 1',
    'Tell me about the mill.',
    '0:42',
    'Speaker 2',
    'It closed in 1998 and nothing replaced it.',
  ].join('\n');

  it('reads the time over a speaker label as the tag, the sponsor read as an advertisement', () => {
    const doc = formatTranscript(EPISODE);
    expect(blockAt(doc, 2)[0]).toMatchObject({ type: 'note' });
    expect(blockAt(doc, 6)[0]).toMatchObject({ type: 'note', reason: 'advertisement' });
    expect(speakerOf(doc, 8)?.name).toBe('Rosa Kim');
    expect(speakerOf(doc, 11)?.name).toBe('Speaker 2');
    expect(speakerOf(doc, 14)?.name).toBe('Rosa Kim');
    expect(doc.blocks.some((b) => b.type === 'headline')).toBe(false);
  });

  it('a sponsor mentioned in a sentence is no advertisement', () => {
    expect(classifyLine('The episode was brought to you by mistake, she joked.')).toBeNull();
    expect(classifyLine('This episode is brought to you by Lumen.')).toBe('advertisement');
  });

  it('a YouTube panel without speaker labels still keeps its chapter titles', () => {
    const doc = formatTranscript(
      [
        'Intro',
        '0:00',
        'hello everyone',
        '0:04',
        'today we look at tides',
        'Tides',
        '0:09',
        'the moon pulls the sea',
        '0:13',
        'twice a day',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Intro',
      'Tides',
    ]);
  });
});

describe('football live text', () => {
  const LIVE = [
    'Rovers 1-0 United',
    '',
    "90+2'",
    'GOAL! Rovers 1-0 United (Sam Cole)',
    'Cole heads in at the far post.',
    '',
    'HT',
    'Goalless at the break.',
  ].join('\n');

  it('reads match minutes as entry times and the entry’s title as a heading', () => {
    const doc = formatTranscript(LIVE);
    expect(blockAt(doc, 3)[0]).toMatchObject({ type: 'note', reason: 'dateline' });
    expect(blockAt(doc, 4)[0]?.type).toBe('headline');
    expect(blockAt(doc, 5)[0]?.type).toBe('narration');
    expect(blockAt(doc, 7)[0]?.type).toBe('note');
    // One line under the time is the entry's text, not a title.
    expect(blockAt(doc, 8)[0]?.type).toBe('narration');
    expect(doc.speakers).toEqual([]);
  });

  it('an entry hard-wrapped under its minute is the entry’s text, not a title', () => {
    const doc = formatTranscript(
      [
        "90+2'",
        'Cole heads in at the far post after a corner from the left and',
        'the keeper gets nowhere near it.',
      ].join('\n'),
    );
    expect(doc.blocks.some((b) => b.type === 'headline')).toBe(false);
    expect(doc.blocks.at(-1)?.text).toBe(
      'Cole heads in at the far post after a corner from the left and the keeper gets nowhere near it.',
    );
  });

  it('a minute inside a sentence or a measurement with more words is text', () => {
    expect(classifyLine("72'")).toBe('dateline');
    expect(classifyLine('45+2 min')).toBe('dateline');
    expect(classifyLine("In the 72' minute he scored.")).toBeNull();
    expect(classifyLine('6\' 2" tall')).toBeNull();
  });

  it('a venue with a full date is a dateline; a sentence with a date is not', () => {
    expect(classifyLine('Premier Division, Kingsway Stadium, Saturday 14 November 2026')).toBe(
      'dateline',
    );
    expect(
      classifyLine('The Kingsway Stadium opened on Saturday 14 November 2026 to a full house.'),
    ).toBeNull();
  });
});

describe('a newsroom’s live page', () => {
  it('reads each entry’s time, its title between the time and the byline, and the byline', () => {
    const doc = formatTranscript(
      [
        'Live updates: Storm hits the coast',
        '',
        '12:45 p.m. ET, November 29, 2026',
        'Governor declares emergency',
        'From CNN’s Jane Doe',
        '',
        'The governor declared a state of emergency on Sunday.',
        '',
        '12:30 p.m. ET, November 29, 2026',
        'The council met.',
        'From CNN’s John Roe',
        '',
        'Utilities said 100,000 customers lost power.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.reason ?? null, b.text])).toEqual([
      ['headline', null, 'Live updates: Storm hits the coast'],
      ['note', 'dateline', '12:45 p.m. ET, November 29, 2026'],
      ['headline', null, 'Governor declares emergency'],
      ['note', 'byline', 'From CNN’s Jane Doe'],
      ['narration', null, 'The governor declared a state of emergency on Sunday.'],
      ['note', 'dateline', '12:30 p.m. ET, November 29, 2026'],
      // A sentence between them is the entry's text, not its title.
      ['narration', null, 'The council met.'],
      ['note', 'byline', 'From CNN’s John Roe'],
      ['narration', null, 'Utilities said 100,000 customers lost power.'],
    ]);
  });
});

describe('city press conferences', () => {
  it('reads the Speakers: list and the posted-on line as furniture, the end mark too', () => {
    const doc = formatTranscript(
      [
        'Transcript: Mayor update on the snowstorm',
        'Posted on: January 8, 2026 | Office of the Mayor',
        '',
        'Speakers:',
        'Mayor Dana Reyes',
        'Public Works Director Tom Hale',
        '',
        'MAYOR DANA REYES: Good morning. Plows have been out since midnight.',
        '',
        'QUESTION FROM THE FLOOR: When will the side streets be cleared?',
        '',
        'MAYOR DANA REYES: By tomorrow night.',
        '',
        '[END OF TRANSCRIPT]',
      ].join('\n'),
    );
    for (const line of [2, 4, 5, 6, 14]) expect(blockAt(doc, line)[0]?.type).toBe('note');
    expect(speakerOf(doc, 10)?.role).toBe('reporter');
    expect(doc.title).toBe('Transcript: Mayor update on the snowstorm');
  });

  it('a paragraph that opens with “Speakers:” and a sentence is text', () => {
    const doc = formatTranscript(
      'Speakers:\nThe council heard from eleven residents, most of them opposed to the plan.',
    );
    expect(doc.blocks.some((b) => b.type === 'narration')).toBe(true);
  });
});

describe('Brazilian, Dutch and Polish scripts', () => {
  it('Globo: segment names are cues that give the delivery, SONORA names the bite’s speaker', () => {
    const doc = formatTranscript(
      [
        'JORNAL DA TARDE – 02/12/2026',
        'RETRANCA: ENCHENTE',
        '',
        'CABEÇA',
        'APRESENTADORA: A chuva não para no litoral. O repórter Paulo Reis está em Ubatuba.',
        '',
        'OFF',
        'REPÓRTER: O rio subiu dois metros durante a noite.',
        '',
        'SONORA – ANA LIMA, MORADORA',
        '"A água entrou em casa às três da manhã."',
        '',
        'PASSAGEM',
        'REPÓRTER: A Defesa Civil pede que os moradores deixem as áreas de risco.',
      ].join('\n'),
    );
    expect(blockAt(doc, 1)[0]?.type).toBe('note');
    expect(blockAt(doc, 4)[0]?.type).toBe('direction');
    expect(speakerOf(doc, 8)?.name).toBe('Paulo Reis');
    expect(blockAt(doc, 8)[0]?.delivery).toBe('voice-over');
    expect(speakerOf(doc, 11)?.name).toBe('Ana Lima');
    expect(blockAt(doc, 14)[0]?.delivery).toBe('on-camera');
  });

  it('NOS: presenter and reporter roles, the topic line, the throw naming the reporter, a resident’s name', () => {
    const doc = formatTranscript(
      [
        'NOS Journaal 18.00 uur – maandag 9 november 2026',
        'Onderwerp: Nieuwe brug over de IJssel',
        '',
        'PRESENTATOR: Goedenavond. Verslaggever Tim van Dam was bij de opening.',
        '',
        'VERSLAGGEVER: De brug is na drie jaar klaar.',
        '',
        'Bewoner Kees de Boer:',
        '"Eindelijk hoeven we niet meer om te rijden."',
      ].join('\n'),
    );
    expect(blockAt(doc, 1)[0]).toMatchObject({ type: 'note', reason: 'programme-credit' });
    expect(doc.title).toBe('Nieuwe brug over de IJssel');
    expect(speakerOf(doc, 4)?.role).toBe('presenter');
    expect(speakerOf(doc, 6)?.name).toBe('Tim van Dam');
    expect(doc.speakers.find((s) => s.name === 'Kees de Boer')?.title).toBe('Bewoner');
  });

  it('Polish role words are roles', () => {
    expect(parseTag('PROWADZĄCY: Dobry wieczór.')?.tag.role).toBe('host');
    expect(parseTag('REPORTERKA: Jestem w Gdańsku.')?.tag.role).toBe('reporter');
    expect(parseTag('Burmistrz Jan Nowak: Dziękuję.')?.tag).toMatchObject({
      name: 'Jan Nowak',
      title: 'Burmistrz',
    });
  });

  it('counter-cases: OFF in a sentence, a lower-case cue word and an English line with “uur” stay text', () => {
    const doc = formatTranscript('The lights went off.\n\noff\n\nWe met at 10.00 uur and left.');
    expect(doc.blocks.filter((b) => b.type === 'direction')).toEqual([]);
    expect(classifyLine('We met at 10.00 uur and left.')).toBeNull();
    // A resident word alone is a role, never a name.
    expect(parseTag('Bewoner: Het is hier stil.')?.tag.name).toBeNull();
  });
});

describe('rules from the held-out batch', () => {
  it('a topic field inside a story form is the headline and the title, the other fields notes', () => {
    const doc = formatTranscript(
      [
        'WIADOMOŚCI – 12.11.2026',
        'TEMAT: MOST NA WIŚLE',
        'REPORTER: EWA LIS',
        '',
        'ZAPOWIEDŹ',
        'PROWADZĄCY: Dobry wieczór. Nasza reporterka Ewa Lis jest na miejscu.',
        '',
        'REPORTER: Most jest zamknięty od rana.',
        '',
        'SETKA – JAN NOWAK, KIEROWCA',
        '„Stoję tu od godziny.”',
      ].join('\n'),
    );
    expect(blockAt(doc, 1)[0]?.type).toBe('note');
    expect(blockAt(doc, 2)[0]?.type).toBe('headline');
    expect(doc.title).toBe('MOST NA WIŚLE');
    expect(blockAt(doc, 3)[0]?.type).toBe('note');
    expect(blockAt(doc, 5)[0]?.type).toBe('direction');
    expect(speakerOf(doc, 8)?.name).toBe('Ewa Lis');
    expect(speakerOf(doc, 11)?.name).toBe('Jan Nowak');
  });

  it('a commentary’s bracketed minutes are entry times, its credits a programme credit', () => {
    expect(classifyLine("[63']")).toBe('dateline');
    expect(classifyLine("(90+2')")).toBe('dateline');
    expect(classifyLine('[63 people]')).toBeNull();
    expect(classifyLine('Commentary: Phil Dawson. Summariser: Karen Lowe.')).toBe(
      'programme-credit',
    );
    expect(classifyLine('Commentary: the minister was wrong, and he knows it.')).toBeNull();
  });

  it('a sign-language interpreter note is a direction; a sentence about interpreters is not', () => {
    const doc = formatTranscript(
      '[An ASL interpreter appears on screen throughout the briefing.]\n\nGOVERNOR JO LEE: Good afternoon.',
    );
    expect(blockAt(doc, 1)[0]?.type).toBe('direction');
    expect(isDirectionText('An ASL interpreter appears on screen throughout the briefing.')).toBe(
      true,
    );
    expect(isDirectionText('The state will hire more ASL interpreters next year')).toBe(false);
  });

  it('Portuguese airing and channel lines are programme credits; a sentence with a channel is not', () => {
    expect(classifyLine('Emissão de 25 de novembro de 2026')).toBe('programme-credit');
    expect(classifyLine('Telejornal – RTP1')).toBe('programme-credit');
    expect(classifyLine('Fakty – TVN')).toBe('programme-credit');
    expect(classifyLine('O debate passou ontem na RTP1 – e ninguém viu.')).toBeNull();
  });

  it('an office before the comma and a full name after it: the name is the speaker', () => {
    expect(parseTag('COMANDANTE DOS BOMBEIROS, RUI TEIXEIRA: Tivemos.')?.tag).toMatchObject({
      name: 'Rui Teixeira',
      title: 'COMANDANTE DOS BOMBEIROS',
    });
    expect(parseTag('FIRE CHIEF, JANE DOE: We are here.')?.tag.name).toBe('Jane Doe');
    // A name before the comma, or an office after it, stays as written.
    expect(parseTag('JUDGE CAROL BEAN, FOX NEWS CONTRIBUTOR: x')?.tag.name).toBe('Carol Bean');
    expect(parseTag('MARIA DA SILVA, DIRECTORA GERAL: x')?.tag.name).toBe('Maria da Silva');
    expect(parseTag('Mayor, Police Chief: x')?.tag.role).toBe('mayor');
  });

  it('names alone on a line above their words are tags when they come back; a lone name is not', () => {
    const page = [
      'Leah Brandt',
      'From the Tribune, I am Leah Brandt.',
      '',
      '[THEME MUSIC]',
      '',
      'Sam Ortega',
      'So when you drive into town, you see a water truck.',
      '',
      'Leah Brandt',
      'Why trucks?',
    ].join('\n');
    const doc = formatTranscript(page);
    // The block starts on the name's line.
    expect(speakerOf(doc, 1)?.name).toBe('Leah Brandt');
    expect(blockAt(doc, 1)[0]?.text).toBe('From the Tribune, I am Leah Brandt.');
    expect(speakerOf(doc, 6)?.name).toBe('Sam Ortega');
    expect(speakerOf(doc, 9)?.id).toBe(speakerOf(doc, 1)?.id);
    const story = formatTranscript(
      'Jane Doe\nThe council met on Tuesday.\n\nSam Lee\nIt voted on the budget.\n\nAnn Cole\nNo one objected.',
    );
    expect(story.speakers).toEqual([]);
    expect(classifyLine('This is a transcript of an episode of "The Morning Brief."')).toBe(
      'disclaimer',
    );
  });

  it('a script’s cues in capitals over the words (a role, a first name) are tags in a dialogue', () => {
    const roles = formatTranscript(
      'ANCHOR\nGood evening and welcome.\n\nREPORTER\nThe river rose overnight.\n\nANCHOR\nHow high?\n\nREPORTER\nTwo metres.',
    );
    expect(
      roles.blocks.map((b) => [roles.speakers.find((s) => s.id === b.speaker)?.role, b.text]),
    ).toEqual([
      ['anchor', 'Good evening and welcome.'],
      ['reporter', 'The river rose overnight.'],
      ['anchor', 'How high?'],
      ['reporter', 'Two metres.'],
    ]);
    // Indented as a screenplay or a radio drama sets them; first names that come back.
    const drama = formatTranscript(
      [
        '                    ANNA',
        '     The storm has reached the coast.',
        '',
        '                    TOM',
        '     We lost power an hour ago.',
        '',
        '                    ANNA',
        '     Stay with us.',
        '',
        '                    TOM',
        '     We will.',
      ].join('\n'),
    );
    expect(drama.speakers.map((s) => s.name)).toEqual(['Anna', 'Tom']);
    expect(drama.blocks.map((b) => b.text)).toEqual([
      'The storm has reached the coast.',
      'We lost power an hour ago.',
      'Stay with us.',
      'We will.',
    ]);
    // A roundup's places over their paragraphs, which do not come back, are not voices; nor is
    // one cue alone.
    for (const text of [
      'PARIS\nRain moves in tonight.\n\nCHICAGO\nThe home side won again.\n\nPARIS\nClearing by Sunday.',
      'ANCHOR\nGood evening.\n\nANCHOR\nMore after the break.\n\nANCHOR\nGood night.',
    ]) {
      const doc = formatTranscript(text);
      expect(doc.speakers).toEqual([]);
      expect(doc.blocks.every((b) => b.type !== 'speech')).toBe(true);
    }
  });

  it('an English caption: BETWEEN: parties around “- and -” give the case name, the lists are notes', () => {
    const doc = formatTranscript(
      [
        'IN THE HIGH COURT OF JUSTICE (KING’S BENCH DIVISION)',
        '',
        'Before:',
        'MR JUSTICE HALE',
        '',
        'BETWEEN:',
        'ANNA COLE (Claimant)',
        '- and -',
        'NORTHERN RAIL LIMITED (Defendant)',
        '',
        'MS RUTH FINN appeared on behalf of the Claimant',
        '',
        '(10.30 am)',
        '',
        'MR JUSTICE HALE: Yes, Ms Finn.',
      ].join('\n'),
    );
    expect(doc.title).toBe('Anna Cole v. Northern Rail Limited');
    for (const line of [3, 6, 7, 8, 9, 11]) expect(blockAt(doc, line)[0]?.type).toBe('note');
    expect(blockAt(doc, 15)[0]?.type).toBe('speech');
  });

  it('a programme’s name over the headline on one paragraph, credits under them: the name is a note', () => {
    const doc = formatTranscript(
      [
        'Radio Humber Sport – Saturday Commentary',
        'Northgate Rovers v Castleford Town, Second half',
        'Commentary: Phil Dawson. Summariser: Karen Lowe.',
        '',
        'PHIL DAWSON: Rovers win it back in midfield.',
      ].join('\n'),
    );
    expect(blockAt(doc, 1)[0]).toMatchObject({ type: 'note', reason: 'programme-credit' });
    expect(doc.title).toBe('Northgate Rovers v Castleford Town, Second half');
    // Without the credits under them, two opening lines stay the story's.
    const plain = formatTranscript(
      'Rovers win at home\nNorthgate beat Castleford two goals to one on Saturday.\n\nThe crowd was the biggest of the season.',
    );
    expect(plain.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});
