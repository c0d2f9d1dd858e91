/**
 * Conventions of the real transcripts of the fresh-eyes round 15 (the rules were written after
 * scoring them on the branch), each tested on cases written for these tests in its convention:
 * the Eduskunta's minutes, the Storting's record, the Belgian Chamber's record.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const doc = (text: string) => formatTranscript(text);
const speakerOf = (text: string, words: string) => {
  const d = doc(text);
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker) ?? null;
};

describe('the Eduskunta’s minutes (Name /party:, Name party :, Puhemies Name)', () => {
  it('GOOD: a member’s name and the party’s code after a slash, alone over the speech', () => {
    const text = [
      'Liisa Korhonen /vihr:',
      '',
      'Arvoisa puhemies! Junaliikenne pohjoiseen on ollut katkolla kolme viikkoa.',
      '',
      'Petteri Mäkelä /kok:',
      '',
      'Arvoisa puhemies! Rata korjataan ensi kuussa.',
    ].join('\n');
    expect(speakerOf(text, 'Arvoisa puhemies! Junaliikenne')).toMatchObject({
      name: 'Liisa Korhonen',
      title: 'vihr',
    });
    expect(speakerOf(text, 'Arvoisa puhemies! Rata')).toMatchObject({
      name: 'Petteri Mäkelä',
      title: 'kok',
    });
    expect(doc(text).blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });

  it('GOOD: the newer pages: the code after a space, the colon spaced or on the next line', () => {
    const text = [
      'Puhemies Aino Lehtonen',
      ':',
      '',
      'Esitellään päiväjärjestyksen 4. asia.',
      '',
      'Keijo Virtanen sd :',
      '',
      'Arvoisa rouva puhemies! Satamien rahoitus on jäänyt puolitiehen.',
      '',
      'Maria Nieminen kesk',
      ':',
      '',
      'Arvoisa puhemies! Esitys on kohtuullinen.',
    ].join('\n');
    expect(speakerOf(text, 'Esitellään')).toMatchObject({
      name: 'Aino Lehtonen',
      title: 'Puhemies',
    });
    expect(speakerOf(text, 'Arvoisa rouva')).toMatchObject({ name: 'Keijo Virtanen', title: 'sd' });
    expect(speakerOf(text, 'Arvoisa puhemies! Esitys')).toMatchObject({
      name: 'Maria Nieminen',
      title: 'kesk',
    });
    // The tags are read, not left in the words.
    expect(doc(text).blocks.some((b) => b.text.includes(' sd :'))).toBe(false);
  });

  it('BAD: a code word after one word, or after prose, is no tag', () => {
    for (const text of [
      'Katso sd: tämä on vain muistiinpano.',
      'Tänään puhuttiin paljon kok: ei sovittu mitään.',
    ]) {
      const d = doc(text);
      expect(d.speakers).toEqual([]);
      expect(d.blocks[0]?.text).toBe(text);
    }
  });
});

describe('the Storting’s record (Name (Party) []:)', () => {
  const record = [
    'Presidenten: Representanten Ola Berg vil fremsette et representantforslag.',
    '',
    'Ola Berg (KrF) []: Jeg fremmer et forslag om bedre fergetilbud på Helgeland.',
    '',
    'Presidenten: Forslaget vil bli behandlet på reglementsmessig måte.',
    '',
    'Siri Dahl (MDG) []: Jeg vil også fremsette et forslag.',
  ].join('\n');

  it('GOOD: the empty brackets of the speech’s time stand between the party and the colon', () => {
    expect(speakerOf(record, 'Jeg fremmer')).toMatchObject({ name: 'Ola Berg', title: 'KrF' });
    expect(speakerOf(record, 'Jeg vil også')).toMatchObject({ name: 'Siri Dahl', title: 'MDG' });
    expect(speakerOf(record, 'Forslaget vil')).toMatchObject({ role: 'presidenten' });
    // No tag is left in the words, and no time is made up for the empty brackets.
    const d = doc(record);
    expect(d.blocks.some((b) => b.text.includes('[]'))).toBe(false);
    expect(d.blocks.every((b) => b.timestampMs === undefined || b.timestampMs === null)).toBe(true);
  });

  it('BAD: empty brackets after words that name no one stay text', () => {
    const text = 'Listen er tom []: ingen har meldt seg.';
    expect(doc(text).speakers).toEqual([]);
    expect(doc(text).blocks[0]?.text).toBe(text);
  });
});

describe('the Belgian Chamber’s record (01.02 Name (Party):)', () => {
  const record = [
    'Le président: Nous passons à la question suivante.',
    '',
    '02.01 Anne Dubois (PS): Monsieur le ministre, les prisons sont pleines.',
    '',
    '02.02 Marc Peeters, ministre: Madame Dubois, trois ailes ouvriront en mai.',
    '',
    '02.03 Anne Dubois (PS): Je vous remercie.',
  ].join('\n');

  it('GOOD: the speech’s number in the item before the tag, with a party or a function', () => {
    expect(speakerOf(record, 'Monsieur le ministre')).toMatchObject({
      name: 'Anne Dubois',
      title: 'PS',
    });
    expect(speakerOf(record, 'Madame Dubois')).toMatchObject({
      name: 'Marc Peeters',
      title: 'ministre',
    });
    const d = doc(record);
    expect(speakerOf(record, 'Je vous')?.id).toBe(speakerOf(record, 'Monsieur le ministre')?.id);
    expect(d.blocks.some((b) => /^\d{2}\.\d{2}/.test(b.text))).toBe(false);
  });

  it('BAD: a section number before a capitalized heading or a sentence is no tag', () => {
    for (const text of [
      '01.02 Prisons: the committee heard three witnesses.',
      '12.30 Lunch is served in the members’ restaurant.',
    ]) {
      expect(doc(text).speakers).toEqual([]);
    }
  });
});

describe('the Eduskunta’s interruptions (Puhuja:, (Hälinää), (Puhemies koputtaa))', () => {
  const minutes = [
    'Liisa Korhonen /vihr:',
    '',
    'Arvoisa puhemies! Metsälaki on kiireellinen, ja siksi (Hälinää)',
    '',
    'Toinen varapuhemies:',
    '',
    '(koputtaa)',
    '',
    'Ed. Korhonen, hetkinen!',
    '',
    'Puhuja:',
    '',
    '... siksi esitän, että asia (Puhemies koputtaa) käsitellään tänään.',
  ].join('\n');

  it('GOOD: Puhuja is the member who had the floor before the chair broke in', () => {
    const d = doc(minutes);
    const korhonen = speakerOf(minutes, 'Arvoisa puhemies! Metsälaki');
    expect(korhonen).toMatchObject({ name: 'Liisa Korhonen', title: 'vihr' });
    expect(speakerOf(minutes, '... siksi esitän')?.id).toBe(korhonen?.id);
    expect(speakerOf(minutes, 'Ed. Korhonen')).toMatchObject({ role: 'toinen varapuhemies' });
    expect(d.speakers.some((s) => s.name === 'Puhuja')).toBe(false);
    expect(d.messages.some((m) => m.ruleId === 'speaker-resumes' && m.line === 11)).toBe(true);
  });

  it('GOOD: the floor’s noise and the chair’s gavel are directions, inside a paragraph too', () => {
    const d = doc(minutes);
    expect(d.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', 'Arvoisa puhemies! Metsälaki on kiireellinen, ja siksi'],
      ['direction', 'Hälinää'],
      ['direction', 'koputtaa'],
      ['speech', 'Ed. Korhonen, hetkinen!'],
      ['speech', '... siksi esitän, että asia'],
      ['direction', 'Puhemies koputtaa'],
      ['speech', 'käsitellään tänään.'],
    ]);
  });

  it('BAD: Puhuja with no one interrupted before it is a tag as written', () => {
    const d = doc('Puhuja:\n\nTämä on ensimmäinen puheenvuoro.');
    expect(d.messages.some((m) => m.ruleId === 'speaker-resumes')).toBe(false);
    expect(d.blocks[0]?.text).toBe('Tämä on ensimmäinen puheenvuoro.');
  });
});

describe('the Storting’s member speaking from the floor (Name (H) (fra salen):)', () => {
  it('GOOD: the note of where they stood is no part of who they are', () => {
    const text = [
      'Presidenten: Er det noen innvendinger?',
      '',
      'Kari Lunde (H) (fra salen): Ingen innvendinger, president.',
      '',
      'Presidenten: Da anses det vedtatt.',
    ].join('\n');
    expect(speakerOf(text, 'Ingen innvendinger')).toMatchObject({ name: 'Kari Lunde', title: 'H' });
    expect(doc(text).blocks.some((b) => b.text.includes('fra salen'))).toBe(false);
  });
});

describe('NASA’s air-to-ground transcription (04 06 45 52 CDR (EAGLE) words)', () => {
  const table = [
    '02 11 04 30\tCC\tFalcon, Houston. You are go for the burn.',
    '02 11 04 36\tCDR (FALCON)\tRoger, go for the burn.',
    '02 11 04 40\tLMP (FALCON)\tPressures are steady.',
    '02 11 04 52\tLMP (FALCON)\t...',
    '02 11 05 01\tCC\tCopy, steady pressures.',
  ].join('\n');

  it('GOOD: the elapsed time is the turn’s time, the code the speaker, the call sign no words', () => {
    const d = doc(table);
    expect(d.blocks.map((b) => b.text)).toEqual([
      'Falcon, Houston. You are go for the burn.',
      'Roger, go for the burn.',
      'Pressures are steady.',
      'Copy, steady pressures.',
    ]);
    expect(speakerOf(table, 'Roger, go')).toMatchObject({ name: 'CDR' });
    expect(speakerOf(table, 'Pressures')).toMatchObject({ name: 'LMP' });
    expect(speakerOf(table, 'Copy')?.id).toBe(speakerOf(table, 'Falcon')?.id);
    // Two days, eleven hours, four minutes and thirty seconds in.
    expect(d.blocks[0]?.timestampMs).toBe((((2 * 24 + 11) * 60 + 4) * 60 + 30) * 1000);
    const anchor = d.messages.find((m) => m.ruleId === 'time-anchor' && m.line === 2);
    expect(anchor?.actual).toBe('02 11 04 36');
  });

  it('GOOD: the typed page’s spaces instead of the table’s tabs', () => {
    const typed = '00 01 12 05 CMP Lift-off plus seventy, all good.\n\n00 01 12 09 CC Roger, copy.';
    expect(speakerOf(typed, 'Lift-off')).toMatchObject({ name: 'CMP' });
    expect(speakerOf(typed, 'Roger, copy')).toMatchObject({ name: 'CC' });
  });

  it('BAD: four numbers that are no elapsed time, or a list of numbers, stay text', () => {
    for (const text of [
      '12 75 30 10 CDR The minutes are wrong here.',
      'The numbers drawn were 04 06 45 52 CC in the evening.',
      '04 06 45 52 and then the crowd went home.',
    ]) {
      expect(doc(text).speakers).toEqual([]);
    }
  });
});

describe('the Eduskunta’s page furniture and a tag over its colon', () => {
  it('GOOD: the record’s number, the sitting’s line, the text’s state and the stamp are notes', () => {
    const text = [
      'Viimeksi julkaistu 14.2.2024 9.05',
      '',
      'Täysistunnon pöytäkirja 42/2023 vp',
      '',
      'PTK 42/2023 vp',
      '',
      '42. KESKIVIIKKONA 13. JOULUKUUTA 2023 kello 14',
      '',
      'Tarkistettu versio 2.0',
      '',
      'Poronhoidon tukien uudistus',
      '',
      'Jari Salo /kesk:',
      '',
      'Arvoisa puhemies! Porotalous tarvitsee ennustettavuutta.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.map((b) => b.type)).toEqual([
      'note',
      'note',
      'note',
      'note',
      'note',
      'headline',
      'speech',
    ]);
    expect(d.title).toBe('Poronhoidon tukien uudistus');
  });

  it('GOOD: the Swedish page’s stamp and item header, and the contents heading', () => {
    const text = [
      'Senast publicerat 02-03-2022 11:40',
      '',
      'Punkt i protokollet PR 12/2022 rd Plenum Tisdag 1.3.2022 kl. 14.00—16.10',
      '',
      'Innehåll',
    ].join('\n');
    expect(doc(text).blocks.map((b) => b.type)).toEqual(['note', 'note', 'note']);
  });

  it('GOOD: a name over a colon alone opens a turn inside the lines above it', () => {
    const text = [
      'Valiokunnan mietintöMmVM 4/2022 vp',
      'Ensimmäinen käsittely',
      'Puhemies Aino Lehtonen',
      ':',
      '',
      'Ensimmäiseen käsittelyyn esitellään päiväjärjestyksen 2. asia.',
    ].join('\n');
    expect(speakerOf(text, 'Ensimmäiseen')).toMatchObject({
      name: 'Aino Lehtonen',
      title: 'Puhemies',
    });
    expect(doc(text).blocks.some((b) => b.text.includes('Aino Lehtonen'))).toBe(false);
  });

  it('BAD: a sentence over a colon alone, or a stamp with words after it, stays text', () => {
    const d = doc('The results were as follows\n:\n\nNine votes to four.');
    expect(d.speakers).toEqual([]);
    expect(doc('Julkaistu 5.6.2021 ja päivitetty myöhemmin uudelleen.').blocks[0]?.type).not.toBe(
      'note',
    );
  });
});

describe('the record’s own sentences (the Belgian Chamber, the Storting)', () => {
  it('GOOD: the sitting’s opening in French and Dutch, on lines of their own, are directions', () => {
    const text = [
      'Commission de l’Intérieur',
      'La réunion publique de commission est ouverte à 10 h 05 et présidée par Mme Ine Claes.',
      'De openbare commissievergadering wordt geopend om 10.05 uur en voorgezeten door mevrouw Ine Claes.',
      'La présidente: Nous commençons par les questions.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'La réunion publique de commission est ouverte à 10 h 05 et présidée par Mme Ine Claes.',
      'De openbare commissievergadering wordt geopend om 10.05 uur en voorgezeten door mevrouw Ine Claes.',
    ]);
    expect(doc('De vergadering wordt gesloten om 17.40 uur.').blocks[0]?.type).toBe('direction');
  });

  it('GOOD: the Storting’s record of who brought what, who took the chair, the roll call', () => {
    const text = [
      'Presidenten: Møtet er satt.',
      '',
      'Statsråd Eva Nilsen overbrakte 3 kgl. proposisjoner (se under Referat).',
      '',
      'Presidenten: Vi går til dagens kart.',
      '',
      'Lars Holm inntok så presidentplassen.',
      '',
      'Det ble deretter foretatt navneopprop.',
      '',
      'Møtet hevet kl. 16.20.',
    ].join('\n');
    expect(doc(text).blocks.map((b) => b.type)).toEqual([
      'speech',
      'direction',
      'speech',
      'direction',
      'direction',
      'direction',
    ]);
  });

  it('BAD: a member saying the same words inside a sentence keeps them as speech', () => {
    const text = [
      'Presidenten: Møtet er satt.',
      '',
      'Kari Lunde (H): Jeg minner om at statsråd Eva Nilsen overbrakte 3 kgl. proposisjoner i går, og at Lars Holm inntok så presidentplassen etterpå.',
    ].join('\n');
    expect(doc(text).blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
  });
});

describe('a record’s office and name without the colon (Pääministeri Jyrki Katainen)', () => {
  it('GOOD: after a tagged turn, the office and full name alone over the answer are its tag', () => {
    const text = [
      'Kysymys lentoliikenteestä',
      '',
      'Sanna Rinne /vas:',
      '',
      'Arvoisa puhemies! Milloin hallitus palauttaa lennot Kajaaniin?',
      '',
      'Liikenneministeri Olli Haapala',
      '',
      'Lennot palaavat maaliskuussa, kun sopimus on allekirjoitettu.',
    ].join('\n');
    expect(speakerOf(text, 'Lennot palaavat')).toMatchObject({
      name: 'Olli Haapala',
      title: 'Liikenneministeri',
    });
    const d = doc(text);
    expect(d.blocks.some((b) => b.text === 'Liikenneministeri Olli Haapala')).toBe(false);
    expect(d.messages.some((m) => m.ruleId === 'speaker-tag' && m.line === 7)).toBe(true);
  });

  it('BAD: a headline naming a minister over a story, with no turn before it, stays a headline', () => {
    const text = [
      'Prime Minister Jyrki Katainen',
      '',
      'The prime minister visited the harbour on Monday and met the workers.',
    ].join('\n');
    const d = doc(text);
    expect(d.speakers).toEqual([]);
    expect(d.blocks[1]?.type).not.toBe('speech');
  });

  it('BAD: the line over a paragraph that has its own tag is no tag', () => {
    const text = [
      'Presidenten: Ordet er fritt.',
      '',
      'Statsråd Eva Nilsen',
      '',
      'Kari Lunde (H): Jeg har et spørsmål til statsråden.',
    ].join('\n');
    expect(speakerOf(text, 'Jeg har')).toMatchObject({ name: 'Kari Lunde' });
    expect(doc(text).speakers.some((s) => s.name === 'Eva Nilsen')).toBe(false);
  });
});

describe('a minister’s office compounded into one word (Utenriksminister, Liikenneministeri)', () => {
  it('GOOD: the office is the title, the name the speaker’s', () => {
    const text = [
      'Presidenten: Ordet går til utenriksministeren.',
      '',
      'Utenriksminister Anne Holt: Takk, president. Norge støtter forslaget.',
      '',
      'Justitieminister Karl Berg: Regeringen har fattat beslut.',
    ].join('\n');
    expect(speakerOf(text, 'Takk, president')).toMatchObject({
      name: 'Anne Holt',
      title: 'Utenriksminister',
    });
    expect(speakerOf(text, 'Regeringen')).toMatchObject({
      name: 'Karl Berg',
      title: 'Justitieminister',
    });
  });

  it('BAD: a word that only ends like it is no office', () => {
    const d = doc('Administer Jane Doe: two tablets, one now and one at night.');
    expect(d.speakers.some((s) => s.title === 'Administer')).toBe(false);
  });
});

describe('the Storting’s record of who took the floor (…, Name, tok ordet og uttalte:)', () => {
  it('GOOD: the record’s line is a direction, the paragraph under it that member’s speech', () => {
    const text = [
      'Eldste representant for Finnmark, Randi Aas, tok ordet og uttalte:',
      '',
      'Jeg ber om at vi velger en midlertidig president.',
      '',
      'Presidenten: Takk. Vi går videre.',
    ].join('\n');
    const d = doc(text);
    expect(d.blocks.map((b) => b.type)).toEqual(['direction', 'speech', 'speech']);
    expect(speakerOf(text, 'Jeg ber')).toMatchObject({
      name: 'Randi Aas',
      title: 'Eldste representant for Finnmark',
    });
    expect(speakerOf(text, 'Takk.')).toMatchObject({ role: 'presidenten' });
  });

  it('BAD: the words in a member’s own sentence are no record line', () => {
    const text =
      'Presidenten: Jeg minner om at Randi Aas tok ordet og uttalte seg om fergene i går.';
    const d = doc(text);
    expect(d.blocks.map((b) => b.type)).toEqual(['speech']);
    expect(d.speakers.some((s) => s.name === 'Randi Aas')).toBe(false);
  });
});
