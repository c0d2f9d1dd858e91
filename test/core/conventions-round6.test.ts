/**
 * A sixth round of conventions newsrooms paste: radio bulletins with their header line, wire copy
 * with its desk trailers, Spanish, Italian, French, German and Scandinavian TV scripts, the Federal
 * Reserve's press conference transcripts, the Indian parliament's record in Hindi, podcast app
 * transcripts and oral histories. Each rule with a
 * counter-case in ordinary prose or another convention.
 */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import { format, rows } from './convention-rows.ts';

describe('radio bulletins: the header line and the reader', () => {
  it('GOOD: the hour and the bulletin’s name, its reader and run time are a note, reported', () => {
    const doc = format([
      '0700 NEWS BULLETIN – Read by Sam Jones – Dur 4\'30"',
      '',
      'Good morning. Commuters face delays after a signal failure at Carver Junction.',
      '',
      'Weather: dry and bright, highs of fourteen.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, '0700 NEWS BULLETIN'],
      ['narration', null, 'Good morning. Commuters'],
      ['narration', null, 'Weather: dry and'],
    ]);
    expect(doc.speakers).toEqual([]);
    expect(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.line === 1)).toBe(true);
  });

  it('GOOD: a header of three lines (hour, reader, duration) and other spellings', () => {
    const doc = format([
      '1300 BULLETIN',
      'READ BY: PRIYA NAIR',
      'DURATION: 3\'00"',
      '',
      'Firefighters are still at the scene of a blaze in Dunmore.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['note', 'note', 'note', 'narration']);
    for (const line of [
      '7am News – Sam Jones',
      '07:00 RADIO KENT NEWS',
      'NEWS 08:00 MON 12 MAY',
      '18.00 Nachrichten',
    ])
      expect(classifyLine(line), line).not.toBeNull();
  });

  it('BAD: a sentence about the news, a copyright line and a year are not a bulletin header', () => {
    expect(classifyLine('The 7pm news will be read by Sam Jones.')).toBeNull();
    expect(classifyLine('At 0700 news broke that the mayor had resigned')).toBeNull();
    expect(classifyLine('(c) 2024 Cable News Network')).toBe('copyright');
    expect(classifyLine('In 2024 news outlets cut jobs')).toBeNull();
    expect(classifyLine('12 angry news')).toBeNull();
    expect(classifyLine('0700 news broke that the mayor resigned')).toBeNull();
  });
});

describe('wire copy: the desk’s trailers', () => {
  it('GOOD: AFP initials, an end mark, dpa codes and filing time are notes; the story stays', () => {
    const doc = format([
      'VALENCIA, Spain, Oct 30 (AFP) - Torrential rain flooded towns across southern Spain.',
      '',
      'The regional government said 1,200 people spent the night in shelters.',
      '',
      'mrc/jj/pb',
      '',
      '-- ENDS --',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['narration', 'narration', 'note', 'note']);
    for (const line of ['dpa mk yyzz n1 ab', '301645 Okt 25', 'EFE jmr/ja', 'bur-fz/ch', '(ENDS)'])
      expect(classifyLine(line), line).not.toBeNull();
  });

  it('BAD: words with a slash inside a sentence, and a number with a month, are text', () => {
    expect(classifyLine('He said the vote was yes/no and nothing more.')).toBeNull();
    expect(classifyLine('The fund paid 301645 euros in Okt')).toBeNull();
  });
});

describe('European TV scripts', () => {
  it('GOOD: Spanish: VTR and COLAS are cues, TOTAL names the bite’s speaker, OFF ends the anchor', () => {
    const doc = format([
      'PRESENTADORA:',
      'Buenas noches. Un incendio obliga a desalojar tres pueblos.',
      '',
      'VTR',
      'COLAS:',
      'Las llamas avanzan empujadas por el viento.',
      '',
      'TOTAL: JUAN PÉREZ / ALCALDE DE NAVALUENGA',
      '"Hemos sacado a los vecinos casa por casa."',
      '',
      'OFF:',
      'Los bomberos trabajan en la zona.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Buenas noches. Un'],
      ['direction', null, 'VTR'],
      ['direction', null, 'COLAS'],
      ['narration', null, 'Las llamas avanzan'],
      ['direction', null, 'TOTAL: JUAN PÉREZ'],
      ['speech', 'Juan Pérez', 'Hemos sacado a'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Los bomberos trabajan'],
    ]);
    expect(doc.blocks[5]?.sot).toBe(true);
  });

  it('GOOD: COLAS without VTR keeps the anchor reading over the pictures', () => {
    const doc = format([
      'PRESENTADOR:',
      'Buenas noches. Un incendio obliga a desalojar tres pueblos.',
      '',
      'COLAS:',
      'Las llamas avanzan empujadas por el viento.',
      '',
      'INSERT: ÚLTIMA HORA',
    ]);
    expect(rows(doc).slice(0, 3)).toEqual([
      ['speech', 'anchor', 'Buenas noches. Un'],
      ['direction', null, 'COLAS'],
      ['speech', 'anchor', 'Las llamas avanzan'],
    ]);
  });

  it('GOOD: Italian RVM ends the speaker’s turn; SONORO names the bite', () => {
    const doc = format([
      'SPEAKER: Allerta rossa in Liguria. Scuole chiuse domani a Genova.',
      '',
      'RVM',
      'Il fiume Bisagno è salito di due metri in poche ore.',
      '',
      'SONORO: MARCO BIANCHI, SINDACO DI GENOVA',
      '"Chiediamo a tutti di restare a casa."',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'announcer', 'Allerta rossa in'],
      ['direction', null, 'RVM'],
      ['narration', null, 'Il fiume Bisagno'],
      ['direction', null, 'SONORO: MARCO BIANCHI,'],
      ['speech', 'Marco Bianchi', 'Chiediamo a tutti'],
    ]);
  });

  it('GOOD: French LANCEMENT, SUJET, OFF, ITW and SYNTHÉ', () => {
    const doc = format([
      'LANCEMENT',
      'Bonsoir. À Marseille, les habitants attendent d’être relogés.',
      '',
      'SUJET',
      'OFF',
      'Un an après l’effondrement, les façades sont toujours étayées.',
      '',
      'ITW Claire Martin, habitante',
      '« On nous a promis un logement, on attend encore. »',
      '',
      'SYNTHÉ : Claire Martin / Habitante de Noailles',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'LANCEMENT'],
      // The words under the anchor's cue are the anchor's read.
      ['speech', 'anchor', 'Bonsoir. À Marseille,'],
      ['direction', null, 'SUJET'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Un an après'],
      ['direction', null, 'ITW Claire Martin,'],
      ['speech', 'Claire Martin', 'On nous a'],
      ['direction', null, 'SYNTHÉ : Claire'],
    ]);
  });

  it('GOOD: German MOD is the anchor, BEITRAG hands over to the report; Swedish SYNK a bite', () => {
    const doc = format([
      'MOD:',
      'Guten Abend. In Hamburg streiken die Hafenarbeiter.',
      '',
      'BEITRAG',
      'Am Terminal Altenwerder steht alles still.',
      '',
      'MOD:',
      'Die Verhandlungen gehen am Donnerstag weiter.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Guten Abend. In'],
      ['direction', null, 'BEITRAG'],
      ['narration', null, 'Am Terminal Altenwerder'],
      ['speech', 'anchor', 'Die Verhandlungen gehen'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'turn-end' && m.line === 4)).toBe(true);
    const sv = format([
      'PRAT: Hamnen i Göteborg står still.',
      '',
      'SYNK: ANNA LIND, HAMNARBETARE',
      '"Vi stannar ute tills vi får ett bud."',
    ]);
    expect(rows(sv).slice(1)).toEqual([
      ['direction', null, 'SYNK: ANNA LIND,'],
      ['speech', 'Anna Lind', 'Vi stannar ute'],
    ]);
  });

  it('BAD: the words in prose, and an English VO, keep their usual reading', () => {
    const doc = format([
      'ANCHOR: Good evening. A fire has closed the port.',
      '',
      'VO',
      'Crews worked through the night.',
      '',
      'Total: 45 people were hurt, officials said.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Good evening. A'],
      ['direction', null, 'VO'],
      ['speech', 'anchor', 'Crews worked through'],
      ['speech', 'anchor', 'Total: 45 people'],
    ]);
  });
});

describe('Federal Reserve press conferences: NAME. tags', () => {
  it('GOOD: names in capitals closed by a full stop are the speakers', () => {
    const doc = format([
      'CHAIR POWELL. Good afternoon. My colleagues and I remain focused on our goals.',
      '',
      'I look forward to your questions.',
      '',
      'MICHELLE SMITH. Thank you. We’ll go to Howard.',
      '',
      'HOWARD SCHNEIDER. Thank you. Howard Schneider with Reuters. How long can you wait?',
      '',
      'CHAIR POWELL. We think our policy is in a good place.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Powell', 'Good afternoon. My'],
      ['speech', 'Powell', 'I look forward'],
      ['speech', 'Michelle Smith', 'Thank you. We’ll'],
      ['speech', 'Howard Schneider', 'Thank you. Howard'],
      ['speech', 'Powell', 'We think our'],
    ]);
    expect(doc.speakers[0]?.title).toBe('Chair');
  });

  it('BAD: headings in capitals closed by a full stop, none recurring, are text', () => {
    const doc = format([
      'BREAKING NEWS. The bridge has reopened.',
      '',
      'TRAFFIC UPDATE. Delays are easing on the ring road.',
      '',
      'WEATHER WARNING. Storms are expected tonight.',
    ]);
    expect(doc.speakers).toEqual([]);
    expect(rows(doc).every((r) => r[0] !== 'speech')).toBe(true);
  });
});

describe('the Indian parliament’s record in Hindi', () => {
  it('GOOD: माननीय अध्यक्ष is the Speaker; a member named with श्री and a constituency speaks once', () => {
    const doc = format([
      'HON. SPEAKER: Now, Zero Hour.',
      '',
      'माननीय अध्यक्ष : श्री गौरव गोगोई।',
      '',
      'श्री गौरव गोगोई (कलियाबोर): अध्यक्ष महोदय, किसानों को खाद नहीं मिल रही है।',
      '',
      '12.15 hrs',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'speaker', 'Now, Zero Hour.'],
      ['speech', 'speaker', 'श्री गौरव गोगोई।'],
      ['speech', 'श्री गौरव गोगोई', 'अध्यक्ष महोदय, किसानों'],
      ['note', null, '12.15 hrs'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'श्री गौरव गोगोई')?.title).toBe('कलियाबोर');
  });

  it('BAD: a Hindi line with a colon and no honorific, used once, is text', () => {
    const doc = format(['मुख्य बात: किसानों को खाद नहीं मिल रही है और कतारें लंबी हैं।']);
    expect(doc.speakers).toEqual([]);
  });
});

describe('podcast app transcripts and times closing a line', () => {
  it('GOOD: Apple Podcasts: name, a time without hours, the words; a time alone continues the speaker', () => {
    const doc = format([
      'Ellen Marsh',
      '0:00',
      'Welcome back to Ground Truth.',
      '',
      '0:07',
      'With me is the economist Dev Patel.',
      '',
      'Dev Patel',
      '0:12',
      'Thanks for having me, Ellen.',
      '',
      'Ellen Marsh',
      '1:14',
      'Why are rents still rising?',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Ellen Marsh', 'Welcome back to'],
      ['speech', 'Ellen Marsh', 'With me is'],
      ['speech', 'Dev Patel', 'Thanks for having'],
      ['speech', 'Ellen Marsh', 'Why are rents'],
    ]);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([0, null, 12_000, 74_000]);
    expect(doc.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === '0:07')).toBe(true);
  });

  it('BAD: an agenda’s item over a clock time is no speaker', () => {
    const doc = format([
      'Budget Vote',
      '11:00',
      'The council will vote on the budget.',
      '',
      'Public Questions',
      '11:30',
      'Residents may ask questions.',
    ]);
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.some((b) => b.text.includes('11:00'))).toBe(true);
  });

  it('GOOD: a time in brackets closing each line is the tag’s time, taken off the words', () => {
    const doc = format([
      'Ellen Marsh: Welcome back to Ground Truth. [00:00:01]',
      '',
      'Dev Patel: Thanks for having me, Ellen. [00:00:12]',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Ellen Marsh', 'Welcome back to'],
      ['speech', 'Dev Patel', 'Thanks for having'],
    ]);
    expect(doc.blocks.map((b) => [b.text, b.timestampMs])).toEqual([
      ['Welcome back to Ground Truth.', 1000],
      ['Thanks for having me, Ellen.', 12_000],
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'time-anchor')).toHaveLength(2);
  });

  it('GOOD: a name and its time over the words (`Jane Doe [00:01:23]`) keep every word, each turn', () => {
    const doc = format([
      'Jane Doe [00:01:23]',
      'Good evening and welcome to the program.',
      '',
      'John Roe [00:01:30]',
      'Thanks, Jane. The river rose overnight.',
      '',
      'Jane Doe [00:01:41]',
      'How many homes?',
    ]);
    expect(doc.blocks.map((b) => [b.text, b.timestampMs])).toEqual([
      ['Good evening and welcome to the program.', 83_000],
      ['Thanks, Jane. The river rose overnight.', 90_000],
      ['How many homes?', 101_000],
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual(['Jane Doe', 'John Roe', 'Jane Doe']);
  });

  it('BAD: one such time, and a transcriber’s mark with a time, stay as written', () => {
    const doc = format([
      'NARRATOR: We left [inaudible 00:12:03] in the spring.',
      '',
      'INTERVIEWER: The clip ends at [00:04:10]',
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'We left [inaudible 00:12:03] in the spring.',
      'The clip ends at [00:04:10]',
    ]);
  });
});

describe('oral histories', () => {
  it('GOOD: the header names the narrator and the interviewer', () => {
    for (const header of ['Interview with Margaret Okafor', 'Narrator: Margaret Okafor']) {
      const doc = format([
        'Oral History Project',
        header,
        'Interviewer: James Lund',
        'Date: March 3, 2019',
        '',
        'INTERVIEWER: Can you tell me where you were born?',
        '',
        'NARRATOR: I was born in Lagos in 1948.',
      ]);
      expect(rows(doc).slice(-2), header).toEqual([
        ['speech', 'James Lund', 'Can you tell'],
        ['speech', 'Margaret Okafor', 'I was born'],
      ]);
    }
  });

  it('BAD: a narrator without a header name stays the narrator', () => {
    const doc = format(['NARRATOR: Long ago, the river ran here.', '', 'HOST: And now?']);
    expect(doc.speakers.map((s) => [s.name, s.role])).toEqual([
      [null, 'narrator'],
      [null, 'host'],
    ]);
  });
});

describe('Commonwealth Hansards (South Africa, Kenya)', () => {
  it('GOOD: The DEPUTY PRESIDENT is an office; (Loud consultations) a direction; Page: 1 a note', () => {
    const doc = format([
      'Page: 1',
      '',
      'The SPEAKER: Hon members, order!',
      '',
      'The DEPUTY PRESIDENT: Thank you, Speaker.',
      '',
      '(Loud consultations)',
      '',
      'Hon. Speaker: Order!',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Page: 1'],
      ['speech', 'speaker', 'Hon members, order!'],
      ['speech', 'deputy president', 'Thank you, Speaker.'],
      ['direction', null, 'Loud consultations'],
      ['speech', 'speaker', 'Order!'],
    ]);
  });

  it('GOOD: the sitting’s procedural lines are directions', () => {
    const doc = format([
      'The House met at 2.30 p.m.',
      '',
      '[The Speaker (Hon. Moses Wetangula) in the Chair]',
      '',
      'PRAYERS',
      '',
      'Hon. Speaker: Order, Hon. Members.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['direction', 'direction', 'direction', 'speech']);
  });

  it('BAD: consultations in a sentence and a deputy president in prose stay words', () => {
    const doc = format([
      'The deputy president held consultations with the unions on Monday.',
      '',
      'The House met at night, he said, and nobody told the public!',
    ]);
    expect(rows(doc)).toEqual([
      ['narration', null, 'The deputy president'],
      ['narration', null, 'The House met'],
    ]);
  });
});
