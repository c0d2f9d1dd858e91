/**
 * Round 17's real-world inputs, each tested on cases written for these tests in its convention:
 * WhisperX's `word_segments`, long logs' elapsed times past 99 hours, MPL2 captions, a web page's
 * language in its metadata, Greek names from capitals, South Africa's Hansard language notes and
 * India's MEA briefings' office-first tags.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { readAsrWords } from '../../src/ingest/asr/index.ts';
import { detectInputFormat, type InputFormat, ingest } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const read = (input: string, format: InputFormat = detectInputFormat(input)): ScriptDocument =>
  prepare(input, options, format);
const speakerOf = (doc: ScriptDocument, words: string) => {
  const block = doc.blocks.find((b) => b.text.startsWith(words));
  return doc.speakers.find((s) => s.id === block?.speaker) ?? null;
};
const blockOf = (doc: ScriptDocument, words: string) =>
  doc.blocks.find((b) => b.text.startsWith(words)) ?? null;

describe('WhisperX results with their words in top-level `word_segments` only', () => {
  const word = (w: string, start?: number, end?: number, speaker?: string) => ({
    word: w,
    ...(start === undefined ? {} : { start, end, score: 0.9 }),
    ...(speaker ? { speaker } : {}),
  });

  it('GOOD: the aligned words alone, diarized: each word its time and its speaker', () => {
    const json = {
      word_segments: [
        word('Good', 0.52, 0.71, 'SPEAKER_00'),
        word('evening,', 0.75, 1.2, 'SPEAKER_00'),
        word('and', 1.3, 1.4, 'SPEAKER_00'),
        word('welcome.', 1.45, 1.9, 'SPEAKER_00'),
        word('Thank', 2.5, 2.7, 'SPEAKER_01'),
        word('you.', 2.71, 2.9, 'SPEAKER_01'),
      ],
      language: 'en',
    };
    const words = readAsrWords(json);
    expect(words.map((w) => w.text)).toEqual([
      'Good',
      'evening,',
      'and',
      'welcome.',
      'Thank',
      'you.',
    ]);
    expect(words.map((w) => w.start)).toEqual([520, 750, 1300, 1450, 2500, 2710]);
    const doc = read(JSON.stringify(json));
    expect(doc.speakers).toHaveLength(2);
    expect(blockOf(doc, 'Thank you.')?.speaker).not.toBe(blockOf(doc, 'Good evening')?.speaker);
  });

  it('GOOD: no diarization, a number the aligner could not place takes its neighbour’s time', () => {
    const json = {
      segments: [],
      word_segments: [
        word('The', 10.0, 10.2),
        word('bridge', 10.2, 10.6),
        word('opened', 10.6, 11.0),
        word('in'),
        word('1990.'),
        word('It', 12.0, 12.1),
        word('cost', 12.1, 12.4),
        word('millions.', 12.4, 13.0),
      ],
    };
    const words = readAsrWords(json);
    expect(words.map((w) => w.text).join(' ')).toBe('The bridge opened in 1990. It cost millions.');
    expect(words[3]?.start).toBe(11000);
    expect(words[4]?.start).toBe(11000);
    expect(words[5]?.start).toBe(12000);
    expect(read(JSON.stringify(json)).blocks[0]?.text).toBe(
      'The bridge opened in 1990. It cost millions.',
    );
  });

  it('GOOD: segments saved without their words take the times of the top-level words in them', () => {
    const json = {
      segments: [
        { start: 3.0, end: 5.2, text: ' Council meets at noon.', speaker: 'SPEAKER_00' },
        { start: 6.0, end: 7.5, text: ' We will be there.', speaker: 'SPEAKER_01' },
      ],
      word_segments: [
        word('Council', 3.0, 3.4, 'SPEAKER_00'),
        word('meets', 3.5, 3.8, 'SPEAKER_00'),
        word('at', 4.4, 4.5, 'SPEAKER_00'),
        word('noon.', 4.6, 5.2, 'SPEAKER_00'),
        word('We', 6.0, 6.1, 'SPEAKER_01'),
        word('will', 6.2, 6.4, 'SPEAKER_01'),
        word('be', 6.5, 6.6, 'SPEAKER_01'),
        word('there.', 6.9, 7.5, 'SPEAKER_01'),
      ],
    };
    expect(readAsrWords(json).map((w) => w.start)).toEqual([
      3000, 3500, 4400, 4600, 6000, 6200, 6500, 6900,
    ]);
  });

  it('GOOD: OpenAI-shaped segments without speakers and WhisperX’s word_segments', () => {
    const json = {
      segments: [{ id: 0, start: 0.0, end: 2.0, text: ' Hello there, Ana.' }],
      word_segments: [word('Hello', 0.1, 0.4), word('there,', 0.5, 0.9), word('Ana.', 1.2, 1.9)],
    };
    expect(readAsrWords(json).map((w) => w.start)).toEqual([100, 500, 1200]);
  });
});

describe('elapsed times past 99 hours as time anchors (mission transcripts, long live logs)', () => {
  it('GOOD: a mission’s air-to-ground log: `[101:36:20] CDR:` is the commander’s turn at that time', () => {
    const doc = read(
      [
        'APOLLO 11 AIR-TO-GROUND VOICE TRANSCRIPTION',
        '',
        '[102:45:40] CDR: Houston, Tranquility Base here. The Eagle has landed.',
        '[102:45:43] CAPCOM: Roger, Tranquility. We copy you on the ground.',
        '[102:45:57] CDR: Thank you.',
      ].join('\n'),
      'text',
    );
    expect(blockOf(doc, 'Houston, Tranquility')?.text).toBe(
      'Houston, Tranquility Base here. The Eagle has landed.',
    );
    expect(speakerOf(doc, 'Roger, Tranquility')?.name).toBe('Capcom');
    expect(speakerOf(doc, 'Thank you.')?.name).toBe('CDR');
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor');
    expect(anchors.map((m) => m.reason)).toContain(
      'Kept the time 102:45:40 of CDR as a time anchor',
    );
  });

  it('GOOD: a telethon’s live log crossing the hundredth hour keeps its turns apart', () => {
    const doc = read(
      [
        '[99:58:10] Anchor: We are nearly at the hundred-hour mark.',
        '[100:00:02] Anchor: And there it is, one hundred hours.',
        '[100:01:30] Guest: Incredible effort from everybody here.',
      ].join('\n'),
      'text',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'We are nearly at the hundred-hour mark.',
      'And there it is, one hundred hours.',
      'Incredible effort from everybody here.',
    ]);
    // `Guest` is the guest's role, as `Anchor` is the anchor's (round 21).
    expect(speakerOf(doc, 'Incredible')).toMatchObject({ name: null, role: 'guest' });
  });

  it('GOOD: an untagged line’s time and a time alone on its line over a speaker’s words', () => {
    const doc = read(
      [
        'Mission log',
        '',
        '[142:10:05] Crew reports cabin temperature is nominal.',
        '',
        'CAPCOM',
        '101:36:24',
        'Roger, Tranquility. We copy you on the ground.',
      ].join('\n'),
      'text',
    );
    expect(blockOf(doc, 'Crew reports')?.text).toBe('Crew reports cabin temperature is nominal.');
    expect(speakerOf(doc, 'Roger, Tranquility')?.name).toBe('Capcom');
  });

  it('BAD: four-digit hours are no elapsed time a log writes: left as text', () => {
    const doc = read('[1010:02:03] Anchor: The count goes on.', 'text');
    expect(doc.blocks.some((b) => b.text.includes('1010:02:03'))).toBe(true);
  });
});

describe('MPL2 captions (`[start][end]` in tenths of a second, `|` a line break, `/` italics)', () => {
  const mpl2 = [
    '[10][42]Dzień dobry państwu.|/Witamy w programie.',
    '[45][80]Dziś rozmawiamy o budżecie miasta.',
    '[85][130]- Panie prezydencie, ile to kosztuje?|- Około dwustu milionów złotych.',
    '[1200][1265]/To już wszystko na dziś.',
  ].join('\n');

  it('GOOD: told apart from text and read as timed cues', () => {
    expect(detectInputFormat(mpl2)).toBe('sbv');
    const ingested = ingest(mpl2, 'sbv', { keepCueTimes: false });
    expect(ingested.text).not.toContain('[10]');
    expect(ingested.text).toContain('Dzień dobry państwu.');
    expect(ingested.timedTokens?.[0]?.start).toBe(1000);
    const last = ingested.timedTokens?.find((t) => t.text === 'To');
    expect(last?.start).toBe(120_000);
  });

  it('GOOD: the italics marks are dropped and reported, the words kept', () => {
    const doc = read(mpl2);
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('Witamy w programie.');
    expect(text).not.toContain('/');
    expect(doc.messages.some((m) => m.ruleId === 'caption-styling')).toBe(true);
  });

  it('GOOD: an English fansub’s file with its speakers and a cue with no end', () => {
    const text = [
      '[0][25]JOHN: Where were you last night?',
      '[26][]MARY: At the station, waiting.',
      '[60][95]JOHN: I called you three times.',
    ].join('\n');
    const doc = read(text);
    expect(speakerOf(doc, 'Where were')?.name).toBe('John');
    expect(speakerOf(doc, 'At the station')?.name).toBe('Mary');
  });

  it('BAD: a text whose first line alone opens with bracketed numbers stays text', () => {
    expect(detectInputFormat('[1][2] See the notes below.\nThe council met today.')).toBe('text');
  });
});

describe('a web page’s language declared in its metadata, not on <html>', () => {
  const FR = 'Le maire a dit : "Nous fermons le pont."';
  const page = (head: string, lang = '') =>
    `<!doctype html><html${lang}><head><title>Conseil</title>${head}</head><body><p>${FR}</p></body></html>`;

  it('GOOD: Open Graph’s og:locale (`fr_FR`)', () => {
    expect(read(page('<meta property="og:locale" content="fr_FR">'), 'html').language).toBe('fr');
  });

  it('GOOD: the content-language header in a meta (the first of a list) and name="language"', () => {
    expect(
      read(page('<meta http-equiv="Content-Language" content="fr, en">'), 'html').language,
    ).toBe('fr');
    expect(read(page('<meta name="language" content="French">'), 'html').language).toBe('fr');
    expect(read(page('<meta name="DC.language" content="fr-CA">'), 'html').language).toBe('fr');
  });

  it('GOOD: <html lang> still wins over the metadata; none at all is unsure English', () => {
    const both = page('<meta property="og:locale" content="de_DE">', ' lang="fr"');
    expect(read(both, 'html').language).toBe('fr');
    expect(read(page(''), 'html').language).toBe('en');
  });
});

describe('Greek speakers’ names from capitals (the Hellenic Parliament’s minutes)', () => {
  it('GOOD: given names and surnames with fixed endings take their accents back', () => {
    const doc = formatTranscript(
      [
        'ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Γεωργαντάς): Κυρίες και κύριοι συνάδελφοι, αρχίζει η συνεδρίαση.',
        'ΚΩΝΣΤΑΝΤΙΝΟΣ ΧΑΤΖΗΔΑΚΗΣ (Υπουργός Εθνικής Οικονομίας και Οικονομικών): Ευχαριστώ, κύριε Πρόεδρε.',
        'ΕΛΕΝΗ ΖΑΧΑΡΟΠΟΥΛΟΥ: Κύριε Πρόεδρε, ζητώ τον λόγο.',
        'ΑΝΔΡΕΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ: Ευχαριστώ.',
        'ΣΑΒΒΑΣ ΑΝΑΣΤΑΣΙΑΔΗΣ: Συμφωνώ.',
      ].join('\n'),
    );
    const names = doc.speakers.map((s) => s.name);
    expect(names).toContain('Κωνσταντίνος Χατζηδάκης');
    expect(names).toContain('Ελένη Ζαχαροπούλου');
    expect(names).toContain('Ανδρέας Παπαδόπουλος');
    expect(speakerOf(doc, 'Συμφωνώ')?.name).toBe('Σαββας Αναστασιάδης');
    expect(doc.messages.some((m) => m.ruleId === 'speaker-accents')).toBe(true);
  });

  it('GOOD: the chair’s office in capitals is Προεδρεύων; a name the minutes write in lower case lends its accent', () => {
    const doc = formatTranscript(
      [
        'ΠΡΟΕΔΡΕΥΩΝ (Ιωάννης Πλακιωτάκης): Τον λόγο έχει ο κ. Παππάς.',
        'ΝΙΚΟΛΑΟΣ ΠΑΠΠΑΣ: Ευχαριστώ, κύριε Πρόεδρε. Το νομοσχέδιο είναι πρόχειρο.',
        'ΠΡΟΕΔΡΕΥΩΝ (Ιωάννης Πλακιωτάκης): Ευχαριστούμε τον κ. Παππά. Τον λόγο έχει ο κ. Φάμελλος.',
        'ΣΩΤΗΡΙΟΣ ΦΑΜΕΛΛΟΣ: Κύριε Πρόεδρε, θα ήθελα να πω δύο λόγια.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'Τον λόγο έχει ο κ. Παππάς')).toMatchObject({
      name: 'Ιωάννης Πλακιωτάκης',
      title: 'Προεδρεύων',
    });
    expect(speakerOf(doc, 'Ευχαριστώ, κύριε')?.name).toBe('Νικόλαος Παππάς');
    expect(speakerOf(doc, 'Κύριε Πρόεδρε, θα')?.name).toBe('Σωτήριος Φάμελλος');
  });

  it('GOOD: the accusative the speeches use (`τον κ. Μητσοτάκη`) gives the nominative its accent', () => {
    const doc = formatTranscript(
      [
        'ΠΡΟΕΔΡΟΣ (Κωνσταντίνος Τασούλας): Καλώ στο Βήμα τον κ. Βελόπουλο.',
        'ΚΥΡΙΑΚΟΣ ΒΕΛΟΠΟΥΛΟΣ: Ευχαριστώ, κύριε Πρόεδρε.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'Ευχαριστώ')?.name).toBe('Κυριάκος Βελόπουλος');
  });

  it('GOOD: the chair’s office kept with its accent in capitals (`ΠΡΟΕΔΡΕΎΩΝ`) still names its holder', () => {
    const doc = formatTranscript(
      'ΠΡΟΕΔΡΕΎΩΝ (Γεώργιος Γεωργαντάς): Κυρίες και κύριοι συνάδελφοι, αρχίζει η συνεδρίαση.',
    );
    expect(doc.speakers[0]).toMatchObject({ name: 'Γεώργιος Γεωργαντάς', title: 'Προεδρεύων' });
  });

  it('BAD: a word nothing gives an accent to stays as it was; the final sigma stays final', () => {
    const doc = formatTranscript('ΑΘΑΝΑΣΙΟΣ ΜΠΟΥΡΑΣ: Ευχαριστώ, κύριε Πρόεδρε.');
    expect(doc.speakers[0]?.name).toBe('Αθανάσιος Μπουρας');
  });
});

describe('South Africa’s Hansard: a speaker’s tag with a language note', () => {
  const text = [
    'The SPEAKER: Order! I now call upon the hon Minister of Finance.',
    '',
    'The MINISTER OF FINANCE: [Translation of isiZulu paragraphs follows.]',
    '',
    'Madam Speaker, I rise to table the Budget for this financial year.',
    '',
    'Ms P TSHWETE (Translation): Thank you, Speaker. We welcome the budget.',
    '',
    'Mr M WATERS: Madam Speaker, on a point of order.',
    '',
    '[English paragraphs follow.]',
    '',
    'Ms N V MENTE: Chair, this is not acceptable.',
    '',
    'Mrs A T DIDIZA (Translation of Afrikaans speech): Speaker, we agree.',
  ].join('\n');
  const doc = formatTranscript(text);

  it('GOOD: `(Translation)` after the name marks the words a translation, not the member’s title', () => {
    const tshwete = speakerOf(doc, 'Thank you, Speaker');
    expect(tshwete?.name).toBe('Ms P Tshwete');
    expect(tshwete?.title).toBeNull();
    expect(blockOf(doc, 'Thank you, Speaker')?.translated).toBe(true);
    expect(speakerOf(doc, 'Speaker, we agree')?.name).toBe('Mrs A T Didiza');
    expect(blockOf(doc, 'Speaker, we agree')?.translated).toBe(true);
  });

  it('GOOD: the note of the language that follows is a direction, alone or after a tag', () => {
    expect(blockOf(doc, 'English paragraphs follow')?.type).toBe('direction');
    expect(blockOf(doc, 'Translation of isiZulu')?.type).toBe('direction');
    expect(speakerOf(doc, 'Madam Speaker, I rise')?.title).toBe('Minister of Finance');
  });

  it('BAD: a sentence that says paragraphs follow, with more words, stays the member’s speech', () => {
    const said = formatTranscript(
      'Mr M WATERS: Speaker, the English paragraphs follow the order of the report we tabled.',
    );
    expect(said.blocks[0]?.type).toBe('speech');
  });
});

describe('India’s MEA briefings: the office, its division in brackets, then the officer', () => {
  const text = [
    'Transcript of Weekly Media Briefing by the Official Spokesperson (March 14, 2025)',
    '',
    'Official Spokesperson, Shri Randhir Jaiswal: Good afternoon friends.',
    '',
    'Secretary (East), Smt. Neena Malhotra: Good afternoon. Let me give you an overview.',
    '',
    'Joint Secretary (BM), Shri Puneet Agrawal: We have had a very productive visit.',
    '',
    'Question (Sidhant, WION): Sir, on the trade talks.',
    '',
    'Secretary (ER), Shri Dammu Ravi: The agreements were signed this morning.',
  ].join('\n');
  const doc = formatTranscript(text);

  it('GOOD: the officer is the name, the office with its division the title', () => {
    expect(speakerOf(doc, 'Good afternoon. Let')).toMatchObject({
      name: 'Smt. Neena Malhotra',
      title: 'Secretary (East)',
    });
    expect(speakerOf(doc, 'We have had')).toMatchObject({
      name: 'Shri Puneet Agrawal',
      title: 'Joint Secretary (BM)',
    });
    expect(speakerOf(doc, 'The agreements')).toMatchObject({
      name: 'Shri Dammu Ravi',
      title: 'Secretary (ER)',
    });
  });

  it('GOOD: the spokesperson as before; a questioner’s outlet in brackets stays the questioner’s', () => {
    expect(speakerOf(doc, 'Good afternoon friends')).toMatchObject({
      name: 'Shri Randhir Jaiswal',
      title: 'Official Spokesperson',
    });
    expect(speakerOf(doc, 'Sir, on the trade')?.role).toBe('reporter');
  });
});

describe('a wire video script’s shot list of short lines: a shot after a bite’s quotation', () => {
  it('GOOD: AP’s SHOTLIST: the shot after the quotation is a direction, the STORYLINE narration', () => {
    const doc = formatTranscript(
      [
        'SHOTLIST:',
        '1. Wide of flooded street',
        '2. Mid of rescue boat',
        '3. SOUNDBITE (English) Jane Roe, resident:',
        '"The water came in so fast, we had no time."',
        '4. Various of volunteers sandbagging',
        '',
        'STORYLINE:',
        'Heavy rain caused severe flooding across the region on Tuesday.',
        'Residents said the water rose within minutes.',
      ].join('\n'),
    );
    expect(blockOf(doc, 'The water came')?.text).toBe('The water came in so fast, we had no time.');
    expect(blockOf(doc, '4. Various')?.type).toBe('direction');
    expect(blockOf(doc, 'Heavy rain')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('GOOD: Reuters’ SHOWS: a shot in capitals after the bite, then the STORY', () => {
    const doc = formatTranscript(
      [
        'SHOWS: LONDON, ENGLAND (MARCH 3, 2025) (REUTERS - ACCESS ALL)',
        '',
        '1. VARIOUS OF PROTESTERS MARCHING',
        '2. (SOUNDBITE) (English) PROTESTER, JOHN SMITH, SAYING:',
        '"We are here because nobody is listening to us."',
        '3. POLICE OFFICERS STANDING GUARD',
        '',
        'STORY: Thousands of protesters marched through central London on Monday.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'We are here')?.name).toBe('John Smith');
    expect(blockOf(doc, '3. POLICE')?.type).toBe('direction');
    expect(blockOf(doc, 'STORY')?.type).toBe('direction');
    expect(blockOf(doc, 'Thousands')).toMatchObject({ type: 'narration', speaker: null });
  });

  it('BAD: a hard-wrapped paragraph whose line opens with a number mid-sentence stays one', () => {
    const doc = formatTranscript(
      [
        'The council said the repairs would start in March and take about',
        '3. weeks was the first estimate, but the engineers now expect more',
        'time because the ground under the bridge has moved since winter.',
      ].join('\n'),
    );
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('Australia’s Hansard: surnames in capitals after Mc and Mac (`Senator McKENZIE:`)', () => {
  const doc = formatTranscript(
    [
      'CHAIR: I declare open this hearing of the Economics Legislation Committee.',
      '',
      'Senator McKENZIE: Can I ask a follow-up question?',
      '',
      'Ms MacDONALD: I second that.',
      '',
      'Mr McKENZIE-SMITH: On the same issue, Chair.',
      '',
      'CHAIR: Senator McKenzie, you have the call.',
    ].join('\n'),
  );

  it('GOOD: the prefix kept, the rest in title case', () => {
    expect(speakerOf(doc, 'Can I ask')).toMatchObject({ name: 'McKenzie', title: 'Senator' });
    expect(speakerOf(doc, 'I second')?.name).toBe('Ms MacDonald');
    expect(speakerOf(doc, 'On the same')?.name).toBe('Mr McKenzie-Smith');
  });

  it('GOOD: other surnames in capitals as before', () => {
    const other = formatTranscript("Mr O'BRIEN: On a point of order.\n\nSenator WONG: Thank you.");
    expect(speakerOf(other, 'On a point')?.name).toBe("Mr O'Brien");
    expect(speakerOf(other, 'Thank you')?.name).toBe('Wong');
  });
});

describe('the Philippine Senate’s record: `SEN. ZUBIRI.` and `THE PRESIDENT.` closed by a full stop', () => {
  const doc = formatTranscript(
    [
      'THE PRESIDENT. The session is resumed.',
      '',
      'SEN. HONTIVEROS. Mr. President, I move that we consider Senate Bill No. 1234.',
      '',
      'THE PRESIDENT. Is there any objection? [Silence] There being none, the motion is approved.',
      '',
      'SEN. ZUBIRI. Mr. President, may I ask the sponsor a few questions?',
      '',
      'SEN. HONTIVEROS. Gladly, Mr. President.',
    ].join('\n'),
  );

  it('GOOD: each senator’s name after the rank, the chair its office', () => {
    expect(speakerOf(doc, 'Mr. President, I move')).toMatchObject({
      name: 'Hontiveros',
      title: 'Senator',
    });
    expect(speakerOf(doc, 'Mr. President, may I')?.name).toBe('Zubiri');
    expect(speakerOf(doc, 'The session is resumed')?.role).toBe('president');
    expect(speakerOf(doc, 'Gladly')?.name).toBe('Hontiveros');
  });

  it('BAD: one word in capitals closed by a full stop is no tag (`BREAKING. …`)', () => {
    const text = formatTranscript(
      [
        'BREAKING. The council has voted to close the bridge.',
        '',
        'UPDATE. The vote was seven to two.',
        '',
        'BREAKING. The mayor will speak at noon.',
      ].join('\n'),
    );
    expect(text.speakers).toEqual([]);
  });
});

describe('Malaysia’s Dewan Rakyat Hansard: `Tuan Yang di-Pertua:`, the seat in square brackets', () => {
  const doc = formatTranscript(
    [
      'Tuan Yang di-Pertua: Sila duduk. Ahli Yang Berhormat Tambun.',
      '',
      "Dato' Sri Anwar bin Ibrahim [Tambun]: Terima kasih, Tuan Yang di-Pertua.",
      '',
      'Tuan Lim Guan Eng [Bagan]: Tuan Yang di-Pertua, saya ingin bertanya.',
      '',
      'Timbalan Yang di-Pertua [Ramli bin Mohd Nor]: Sila, Yang Berhormat.',
    ].join('\n'),
  );

  it('GOOD: the Speaker’s office is a speaker, a member’s seat in brackets the title', () => {
    expect(speakerOf(doc, 'Sila duduk')?.title).toBe('Tuan Yang di-Pertua');
    expect(speakerOf(doc, 'Terima kasih')).toMatchObject({
      name: "Dato' Sri Anwar bin Ibrahim",
      title: 'Tambun',
    });
    expect(speakerOf(doc, 'Tuan Yang di-Pertua, saya')).toMatchObject({
      name: 'Tuan Lim Guan Eng',
      title: 'Bagan',
    });
  });

  it('GOOD: the Deputy Speaker’s holder in the brackets is the name', () => {
    expect(speakerOf(doc, 'Sila, Yang')).toMatchObject({
      name: 'Ramli bin Mohd Nor',
      title: 'Timbalan Yang di-Pertua',
    });
  });
});

describe('the Senedd’s Record of Proceedings: offices in Welsh and English, names as written', () => {
  const doc = formatTranscript(
    [
      'Y Llywydd / The Presiding Officer: Good afternoon and welcome to this Plenary session.',
      '',
      'Andrew RT Davies: Thank you, Presiding Officer. First Minister, waiting lists are rising.',
      '',
      'Y Prif Weinidog / The First Minister: Well, Llywydd, I thank the Member for that question.',
      '',
      'Y Dirprwy Lywydd / The Deputy Presiding Officer: Order. Rhun ap Iorwerth.',
      '',
      'Rhun ap Iorwerth: Diolch, Llywydd.',
    ].join('\n'),
  );

  it('GOOD: the bilingual office is the office, not a person named “Y Llywydd”', () => {
    expect(speakerOf(doc, 'Good afternoon')).toMatchObject({
      name: null,
      role: 'presiding officer',
    });
    expect(speakerOf(doc, 'Well, Llywydd')).toMatchObject({ name: null, role: 'first minister' });
    expect(speakerOf(doc, 'Order. Rhun')?.role).toBe('deputy presiding officer');
  });

  it('GOOD: a member’s initials that spell an honorific stay initials (`Andrew RT Davies`)', () => {
    expect(speakerOf(doc, 'Thank you, Presiding')?.name).toBe('Andrew RT Davies');
    expect(speakerOf(doc, 'Diolch')?.name).toBe('Rhun ap Iorwerth');
  });

  it('BAD: a name and an office after a slash stays the person (`JOHN SMITH / MAYOR:`); RT HON first is title-cased', () => {
    const other = formatTranscript(
      'JOHN SMITH / MAYOR: Our crews have been out since dawn.\n\nRT HON JANE DOE: Thank you.',
    );
    expect(speakerOf(other, 'Our crews')).toMatchObject({ name: 'John Smith', title: 'MAYOR' });
    expect(speakerOf(other, 'Thank you')?.name).toBe('Rt Hon Jane Doe');
  });
});

describe('Australia’s Hansard: the chair taken, its holder in brackets', () => {
  it('GOOD: the House’s and the Senate’s opening lines are directions, not narration', () => {
    const doc = formatTranscript(
      [
        'The SPEAKER (Hon. Milton Dick) took the chair at 12:00, made an acknowledgement of country and read prayers.',
        '',
        'Mr ALBANESE (Grayndler—Prime Minister): I move that the House take note of the document.',
        '',
        'The PRESIDENT (Senator the Hon. Sue Lines) took the chair at 09:30, made an acknowledgement of country and read prayers.',
        '',
        'Senator WONG: I table the document.',
      ].join('\n'),
    );
    expect(blockOf(doc, 'The SPEAKER (Hon.')?.type).toBe('direction');
    expect(blockOf(doc, 'The PRESIDENT (Senator')?.type).toBe('direction');
    expect(speakerOf(doc, 'I move that')?.name).toBe('Mr Albanese');
  });

  it('BAD: a speech that says the Speaker took the chair too early stays the member’s', () => {
    const doc = formatTranscript(
      'Mr DUTTON: The Speaker took the chair too early today, and we all know why that happened!',
    );
    expect(doc.blocks[0]?.type).toBe('speech');
  });
});

describe('the International Criminal Court’s transcripts: the usher, the presiding judge, session notes', () => {
  const doc = formatTranscript(
    [
      'International Criminal Court',
      'Trial Chamber V',
      '',
      '(The hearing starts in open session at 9.31 a.m.)',
      'THE COURT USHER: [9:31:12] All rise.',
      'The International Criminal Court is now in session.',
      'PRESIDING JUDGE SCHMITT: [9:31:37] Good morning, everyone.',
      'Could the court officer please call the case.',
      'THE COURT OFFICER: [9:31:50] Thank you, Mr President.',
      'PRESIDING JUDGE SCHMITT: [9:32:05] Thank you. Mr Vanderpuye, please.',
      'MR VANDERPUYE: [9:32:10] Good morning, Mr President.',
      '(Private session at 9.45 a.m.)',
      '(Recess taken at 11.00 a.m.)',
      '(Upon resuming in open session at 11.30 a.m.)',
    ].join('\n'),
  );

  it('GOOD: the usher opens the hearing; the presiding judge is named, the office the title', () => {
    expect(speakerOf(doc, 'All rise')?.role).toBe('court usher');
    expect(speakerOf(doc, 'Good morning, everyone')).toMatchObject({
      name: 'Schmitt',
      title: 'Presiding Judge',
    });
    expect(speakerOf(doc, 'Thank you. Mr Vanderpuye')?.name).toBe('Schmitt');
  });

  it('GOOD: the record’s session notes are directions, never a speaker’s words', () => {
    for (const note of [
      'The hearing starts in open session',
      'Private session at',
      'Recess taken at',
      'Upon resuming in open session',
    ])
      expect(blockOf(doc, note)?.type).toBe('direction');
    expect(blockOf(doc, 'Good morning, Mr President')?.text).toBe('Good morning, Mr President.');
  });
});

describe('subtitles whose colours mark the speakers and whose labels name them', () => {
  const srt = (cues: [string, string][]) =>
    cues
      .map(
        ([colour, text], i) =>
          `${i + 1}\n00:00:0${2 * i + 1},000 --> 00:00:0${2 * i + 2},000\n<font color="${colour}">${text}</font>\n`,
      )
      .join('\n');

  it('GOOD: a colour a name labels once is that speaker’s in its unlabelled cues', () => {
    const doc = read(
      srt([
        ['#ffff00', 'JOHN: Where were you?'],
        ['#00ffff', 'At the station.'],
        ['#ffff00', 'Why?'],
        ['#00ffff', 'MARY: I was waiting.'],
      ]),
      'srt',
    );
    expect(doc.speakers.map((s) => s.name).sort()).toEqual(['John', 'Mary']);
    expect(speakerOf(doc, 'Why?')?.name).toBe('John');
    expect(speakerOf(doc, 'At the station')?.name).toBe('Mary');
  });

  it('BAD: a colour two names label is no one’s: its unlabelled cues stay a numbered voice', () => {
    const doc = read(
      srt([
        ['#ffffff', 'JOHN: Where were you?'],
        ['#ffffff', 'MARY: At the station.'],
        ['#ffff00', 'Why?'],
        ['#ffffff', 'I was waiting.'],
      ]),
      'srt',
    );
    expect(speakerOf(doc, 'I was waiting')?.name).toMatch(/^Speaker \d$/);
    expect(speakerOf(doc, 'At the station')?.name).toBe('Mary');
  });
});

describe('square brackets in a tag: a note only after a name of two words or more', () => {
  it('BAD: one word before the brackets is no tag (`MJ [Foo BAR]:`, `NEWS [LIVE]:`)', () => {
    expect(formatTranscript('MJ [Foo HALVORSEN]: Please be seated.').speakers).toEqual([]);
    expect(formatTranscript('NEWS [LIVE]: Storm warning for the coast.').speakers).toEqual([]);
  });
});

describe('Latin American records: Chile’s `El señor NAME (Office).-`, Mexico’s `La presidenta diputada Name:`', () => {
  it('GOOD: the Chilean Senate’s tags closed by `.-`, the office in brackets the title', () => {
    const doc = formatTranscript(
      [
        'El señor HUENCHUMILLA (Presidente).- En el nombre de Dios y de la Patria, se abre la sesión.',
        '',
        'El señor GUZMÁN (Secretario General).- Se han recibido los siguientes documentos.',
        '',
        'La señora PROVOSTE.- Gracias, señor Presidente.',
        '',
        'El señor HUENCHUMILLA (Presidente).- Tiene la palabra el Senador Moreira.',
        '',
        'El señor MOREIRA.- Gracias.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'En el nombre')).toMatchObject({
      name: 'Huenchumilla',
      title: 'Presidente',
    });
    expect(speakerOf(doc, 'Se han recibido')).toMatchObject({
      name: 'Guzmán',
      title: 'Secretario General',
    });
    expect(speakerOf(doc, 'Gracias, señor')?.name).toBe('Provoste');
    expect(speakerOf(doc, 'Tiene la palabra')?.name).toBe('Huenchumilla');
  });

  it('GOOD: Mexico’s Diario de los Debates: the chair’s office and chamber before the name', () => {
    const doc = formatTranscript(
      [
        'La presidenta diputada Marcela Guerra Castillo: Se abre la sesión.',
        '',
        'La secretaria diputada Fuensanta Guadalupe Guerrero Esquivel: Hay quórum, presidenta.',
        '',
        'El diputado Ricardo Monreal Ávila (Morena): Gracias, presidenta.',
        '',
        'La presidenta diputada Marcela Guerra Castillo: Gracias, diputado.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'Se abre')).toMatchObject({
      name: 'Marcela Guerra Castillo',
      title: 'Presidenta',
    });
    expect(speakerOf(doc, 'Hay quórum')?.name).toBe('Fuensanta Guadalupe Guerrero Esquivel');
    expect(speakerOf(doc, 'Gracias, presidenta')?.name).toBe('Ricardo Monreal Ávila');
    expect(speakerOf(doc, 'Gracias, diputado')?.name).toBe('Marcela Guerra Castillo');
  });

  it('BAD: a sentence about a deputy is no tag', () => {
    const doc = formatTranscript(
      'El diputado dijo que votará en contra: no hay acuerdo todavía.\n\nLa sesión sigue.',
    );
    expect(doc.speakers).toEqual([]);
  });
});

describe('the Japanese Diet’s record copied without blank lines: each `○` opens a speech', () => {
  it('GOOD: the chair, a member and the Prime Minister are three speakers, their speeches apart', () => {
    const doc = formatTranscript(
      [
        '○議長（額賀福志郎君）　これより会議を開きます。',
        '○議長（額賀福志郎君）　日程第一、国務大臣の演説に対する質疑を行います。泉健太君。',
        '○泉健太君　立憲民主党の泉健太です。総理に質問いたします。',
        '○内閣総理大臣（石破茂君）　泉議員の御質問にお答えいたします。',
      ].join('\n'),
    );
    expect(doc.blocks).toHaveLength(4);
    expect(speakerOf(doc, 'これより')).toMatchObject({ name: '額賀福志郎', title: '議長' });
    expect(speakerOf(doc, '立憲民主党')?.name).toBe('泉健太');
    expect(speakerOf(doc, '泉議員の')).toMatchObject({ name: '石破茂', title: '内閣総理大臣' });
  });

  it('GOOD: the Korean Assembly’s minutes, one speech a line, as before', () => {
    const doc = formatTranscript(
      [
        '◯의장 우원식  성원이 되었으므로 본회의를 개의하겠습니다.',
        '◯국무총리 한덕수  답변드리겠습니다.',
      ].join('\n'),
    );
    expect(speakerOf(doc, '답변드리겠습니다')?.name).toBe('한덕수');
  });
});
