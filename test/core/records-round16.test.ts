/**
 * Round 16: the headings and header lines of the parliaments' records of round 15 (the
 * Eduskunta's minutes on their Finnish and Swedish pages, the Storting's referat, the Belgian
 * Chamber's CRIV) and a source's citation over a transcript's extract, each on cases written for
 * these tests in its convention.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const doc = (lines: string[]) => formatTranscript(lines.join('\n'));
/** The block whose text starts with `words`: its type (and a note's reason). */
const kindOf = (d: ReturnType<typeof formatTranscript>, words: string) => {
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return block ? (block.type === 'note' ? `note:${block.reason}` : block.type) : 'none';
};
const speakerOf = (d: ReturnType<typeof formatTranscript>, words: string) => {
  const block = d.blocks.find((b) => b.text.startsWith(words));
  return d.speakers.find((s) => s.id === block?.speaker)?.name ?? null;
};

describe('the Eduskunta’s minutes: the item’s heading, its stages, its documents', () => {
  it('GOOD: an item’s page in Finnish (the heading the title, the stage and the debate headings)', () => {
    const d = doc([
      'Viimeksi julkaistu 2.5.2022 10.15',
      '',
      'Pöytäkirjan asiakohta PTK 45/2022 vp Täysistunto Keskiviikko 6.4.2022 klo 14.00—16.02',
      '',
      '5.  Hallituksen esitys eduskunnalle laiksi ajoneuvoverolain muuttamisesta',
      '',
      'Hallituksen esitysHE 31/2022 vp',
      'Valiokunnan mietintöVaVM 4/2022 vp',
      'Toinen käsittely',
      'Puhemies Matti Vanhanen',
      ':',
      '',
      'Toiseen käsittelyyn esitellään päiväjärjestyksen 5. asia. — Keskustelu, edustaja Kivelä.',
      '',
      'Keskustelu',
      '14.07 ',
      'Merja Kivelä vas :',
      '',
      'Arvoisa puhemies! Ajoneuvovero on monelle maaseudun perheelle iso menoerä.',
    ]);
    expect(d.title).toBe(
      '5. Hallituksen esitys eduskunnalle laiksi ajoneuvoverolain muuttamisesta',
    );
    expect(kindOf(d, '5.')).toBe('headline');
    expect(kindOf(d, 'Hallituksen esitysHE')).toBe('note:related-links');
    expect(kindOf(d, 'Valiokunnan mietintöVaVM')).toBe('note:related-links');
    expect(kindOf(d, 'Toinen käsittely')).toBe('headline');
    // The debate's heading keeps the time of its first speech under it: no turn of the chair.
    expect(kindOf(d, 'Keskustelu')).toBe('headline');
    expect(d.blocks.find((b) => b.text.startsWith('Keskustelu'))?.text).toBe('Keskustelu 14.07');
    expect(speakerOf(d, 'Toiseen käsittelyyn')).toBe('Matti Vanhanen');
    expect(speakerOf(d, 'Arvoisa puhemies!')).toBe('Merja Kivelä');
  });

  it('GOOD: the Swedish page (Punkt i protokollet, Remissdebatt, Första behandlingen, Debatt)', () => {
    const d = doc([
      'Senast publicerat 12-05-2022 09:40',
      '',
      'Punkt i protokollet PR 51/2022 rd Plenum Tisdag 3.5.2022 kl. 14.00—17.31',
      '',
      '4.  Regeringens proposition till riksdagen med förslag till lag om ändring av lagen om kommunikationstjänster',
      '',
      'Regeringens propositionRP 60/2022 rd',
      'Första behandlingen',
      'Förste vice talman Juho Eerola',
      ':',
      '',
      'Ärende 4 på dagordningen presenteras för första behandlingen.',
      '',
      'Debatt',
      '14.31 ',
      'Anders Adlercreutz r :',
      '',
      'Arvoisa puhemies! Ärade talman! Lagen behöver förnyas.',
    ]);
    expect(d.title).toBe(
      '4. Regeringens proposition till riksdagen med förslag till lag om ändring av lagen om kommunikationstjänster',
    );
    expect(kindOf(d, 'Regeringens propositionRP')).toBe('note:related-links');
    expect(kindOf(d, 'Första behandlingen')).toBe('headline');
    expect(kindOf(d, 'Debatt')).toBe('headline');
    expect(speakerOf(d, 'Ärende 4')).toBe('Juho Eerola');
    expect(speakerOf(d, 'Arvoisa puhemies! Ärade')).toBe('Anders Adlercreutz');
  });

  it('GOOD: the older pages: the item numbered with a bracket under the sitting’s header', () => {
    const d = doc([
      'Täysistunnon pöytäkirja 88/2004 vp',
      '',
      'PTK 88/2004 vp',
      '',
      '88. TIISTAINA 12. LOKAKUUTA 2004 kello 14',
      '',
      'Tarkistettu versio 2.0',
      '',
      '2) Hallituksen esitys laiksi kuntien valtionosuuksista',
      '',
      'Kari Uotila /vas:',
      '',
      'Arvoisa puhemies! Kuntien talous on tiukalla, ja valtionosuuksia on leikattu.',
      '',
      '3) Hallituksen esitys laiksi kunnallisverosta',
      '',
      'Pia Viitanen /sd:',
      '',
      'Arvoisa puhemies! Kunnallisvero on kiristynyt monessa kunnassa.',
    ]);
    expect(d.title).toBe('2) Hallituksen esitys laiksi kuntien valtionosuuksista');
    expect(kindOf(d, '2)')).toBe('headline');
    // A later item's heading ends the turn before it.
    expect(kindOf(d, '3)')).toBe('headline');
    expect(speakerOf(d, 'Arvoisa puhemies! Kunnallisvero')).toBe('Pia Viitanen');
  });

  it('GOOD: a sitting’s page: who chairs, the roll call’s heading, the sitting’s close', () => {
    const d = doc([
      'Täysistunnon pöytäkirja 52/2006 vp',
      '',
      'PTK 52/2006 vp',
      '',
      '52. TIISTAINA 9. TOUKOKUUTA 2006',
      '',
      'Puhetta johtaa puhemies Paavo Lipponen.',
      '',
      'Nimenhuuto',
      '',
      'Nimenhuudossa merkitään täysistunnosta poissa oleviksi seuraavat edustajat:',
      '',
      '1) Hallituksen esitys laiksi kalastuslain muuttamisesta',
      '',
      'Kalle Kivinen /kesk:',
      '',
      'Arvoisa puhemies! Kalastuslaki on vanhentunut monin kohdin.',
      '',
      'Keskustelu päättyy.',
      '',
      'Asian ensimmäinen käsittely julistetaan päättyneeksi.',
      '',
      'Täysistunto lopetetaan kello 17.45.',
    ]);
    expect(kindOf(d, 'Puhetta johtaa')).toBe('direction');
    expect(kindOf(d, 'Nimenhuuto')).toBe('headline');
    // The chair's words closing the debate are said: no record's sentence.
    expect(kindOf(d, 'Keskustelu päättyy')).toBe('speech');
    expect(kindOf(d, 'Täysistunto lopetetaan')).toBe('direction');
    expect(speakerOf(d, 'Arvoisa puhemies!')).toBe('Kalle Kivinen');
  });

  it('BAD: without the Eduskunta’s header a numbered line or a stage word is left as it was', () => {
    const list = doc([
      'Muistiinpanot kokouksesta',
      '',
      '3.  Lakialoite jätettiin viime viikolla',
      '',
      'Keskustelu',
      '14.42',
      'Jatketaan ensi viikolla.',
    ]);
    expect(list.blocks.some((b) => b.type === 'headline' && b.text.startsWith('3.'))).toBe(false);
    expect(list.blocks.some((b) => b.type === 'headline' && b.text.startsWith('Keskustelu'))).toBe(
      false,
    );
    // A news story citing a bill in its first lines is no record: its list stays as it was.
    const story = doc([
      'Hallitus antoi esityksen HE 131/2021 vp eduskunnalle tiistaina.',
      '',
      '1. Kunnat saavat lisää aikaa',
      '',
      'Keskustelu',
      '',
      'Ministeri vastasi kysymyksiin illalla.',
    ]);
    expect(story.blocks.some((b) => b.type === 'headline' && b.text.startsWith('1.'))).toBe(false);
    expect(story.blocks.some((b) => b.text === 'Keskustelu' && b.type === 'headline')).toBe(false);
    // In a record, a line that ends a sentence is no heading nor a document's link.
    const record = doc([
      'PTK 12/2020 vp',
      '',
      '1.  Ilmoitus tehtiin.',
      '',
      'Puhemies Anu Vehviläinen',
      ':',
      '',
      'Asia käsitellään HE 3/2020 vp.',
    ]);
    expect(kindOf(record, '1.')).not.toBe('headline');
    expect(kindOf(record, 'Asia käsitellään')).toBe('speech');
  });
});

describe('the Storting’s referat: its parts, its header’s chair, its roll call', () => {
  it('GOOD: a sitting’s header lines (President: Name) notes, Formalia and Sak nr. headings', () => {
    const d = doc([
      'Stortinget - Møte tirsdag den 7. mars 2023',
      '',
      'Dato: 07.03.2023',
      'President: Masud Gharahkhani',
      '',
      'Innhold',
      '',
      'Formalia',
      '',
      'President: Masud Gharahkhani',
      '',
      'Presidenten []: Representanten Ingunn Foss vil fremsette et representantforslag.',
      '',
      'Ingunn Foss (H) []: På vegne av representantene fra Høyre vil jeg fremsette et forslag om fiskeri.',
      '',
      'Presidenten []: Forslaget vil bli behandlet på reglementsmessig måte.',
      '',
      'Sak nr. 1 [10:02:10]',
      '',
      'Presidenten []: Etter ønske fra finanskomiteen vil presidenten foreslå at taletiden begrenses.',
    ]);
    expect(d.title).toBe('Stortinget - Møte tirsdag den 7. mars 2023');
    const chair = d.blocks.filter((b) => b.text === 'President: Masud Gharahkhani');
    expect(chair.map((b) => b.type)).toEqual(['note', 'note']);
    expect(kindOf(d, 'Formalia')).toBe('headline');
    expect(kindOf(d, 'Sak nr. 1')).toBe('headline');
    expect(speakerOf(d, 'På vegne')).toBe('Ingunn Foss');
  });

  it('GOOD: a constituent sitting: the volume’s title line a note, its heading in capitals, the roll call the record’s own', () => {
    const d = doc([
      'Stortinget - Møte fredag den 1. oktober 2021',
      '',
      'Dato: 01.10.2021',
      '',
      'Formalia',
      '',
      'StortingstidendeInneholdendedet 166. stortings forhandlinger2021–2022Forhandlinger i Stortinget',
      'STORTINGETS SAMMENTREDEN',
      '',
      'År 2021 fredag den 1. oktober trådte Norges 166. storting sammen i stortingsbygningen i Oslo.',
      '',
      'Eva Kristin Hansen (A) (fra salen): Hvis ingen har noe å innvende, vil jeg etterkomme anmodningen.',
      '',
      'Presidenten []: Fungerende president vil anmode sekretæren om midlertidig å fungere som sekretær.',
      '',
      'Det ble deretter foretatt navneopprop.',
      '',
      'Følgende representanter var fraværende: Kari Nordmann, Ola Nordmann og Per Hansen.',
      '',
      'Følgende representant hadde meldt forfall: Nina Berg.',
      '',
      'Fra de øvrige fraværende representantene forelå det permisjonssøknader (se nedenfor).',
      '',
      'Presidenten []: Fungerende president foreslår at den sist benyttede forretningsorden blir gjort gjeldende.',
    ]);
    expect(kindOf(d, 'Stortingstidende')).toBe('note:page-element');
    expect(kindOf(d, 'STORTINGETS SAMMENTREDEN')).toBe('headline');
    expect(kindOf(d, 'År 2021')).toBe('direction');
    expect(kindOf(d, 'Følgende representanter var')).toBe('direction');
    expect(kindOf(d, 'Følgende representant hadde')).toBe('direction');
    expect(kindOf(d, 'Fra de øvrige')).toBe('direction');
    expect(kindOf(d, 'Fungerende president foreslår')).toBe('speech');
  });

  it('GOOD: an item’s page: its documents and speakers’ links notes, its number and title headings, a member’s part in the debate after the time', () => {
    const d = doc([
      'Stortinget - Møte onsdag den 3. juni 2015 kl. 10',
      '',
      'Dato: 03.06.2015',
      '',
      'Dokumenter: (Innst. 290 S (2014–2015), jf. Dokument 8:61 S (2014–2015))',
      '',
      'Sak nr. 4 [11:02:33]',
      '',
      'Innstilling fra transport- og kommunikasjonskomiteen om representantforslag om bedre vedlikehold av fylkesveiene',
      '',
      'Talere',
      '',
      'Votering i sak nr. 4',
      '',
      'Presidenten: Etter ønske fra komiteen vil presidenten foreslå at taletiden blir begrenset til 5 minutter til hver gruppe.',
      '',
      'Kari Nilsen (A) [11:03:10] (komiteens leder og ordfører for saken): Fylkesveiene forfaller, og etterslepet vokser.',
      '',
      'Per Hansen (H) [11:08:41]: Regjeringen har økt bevilgningene til fylkene kraftig.',
      '',
      'Lise Berg (Sp) (ordfører for saken): Det er ikke nok.',
    ]);
    expect(kindOf(d, 'Dokumenter:')).toBe('note:related-links');
    expect(kindOf(d, 'Talere')).toBe('note:navigation');
    expect(kindOf(d, 'Sak nr. 4')).toBe('headline');
    expect(kindOf(d, 'Innstilling fra')).toBe('headline');
    expect(kindOf(d, 'Votering i sak')).toBe('headline');
    expect(speakerOf(d, 'Fylkesveiene')).toBe('Kari Nilsen');
    expect(speakerOf(d, 'Regjeringen har')).toBe('Per Hansen');
    expect(speakerOf(d, 'Det er ikke nok')).toBe('Lise Berg');
  });

  it('GOOD: a vote’s page: the sitting’s and the vote’s headings', () => {
    const d = doc([
      'Stortinget - Møte mandag den 7. desember 2020',
      '',
      'Dato: 07.12.2020',
      'President: Tone Wilhelmsen Trøen',
      '',
      'Voteringer',
      '',
      'Votering i sak nr. 1, debattert 4. desember 2020',
      '',
      'Innstilling fra Stortingets presidentskap om evaluering av byggeprosjektet (Innst. 112 S (2020–2021))',
      '',
      'Debatt i sak nr. 1, fredag 4. desember',
      '',
      'Presidenten: Under debatten er det ikke satt fram noen forslag.',
    ]);
    expect(kindOf(d, 'President: Tone')).toBe('note:page-element');
    for (const heading of ['Voteringer', 'Votering i sak nr. 1', 'Innstilling fra', 'Debatt i sak'])
      expect(kindOf(d, heading)).toBe('headline');
    expect(kindOf(d, 'Under debatten')).toBe('speech');
  });

  it('GOOD: the chair’s tag with the speech time’s brackets left empty (Presidenten []:)', () => {
    const d = doc([
      'Stortinget - Møte tirsdag den 22. oktober 2024',
      '',
      'Dato: 22.10.2024',
      '',
      'Presidenten []: Representantene Silje Hjemdal og Jenny Klinge, som har vært permitterte, har igjen tatt sete.',
      '',
      'Presidenten []: Forslaget vil bli behandlet på reglementsmessig måte.',
    ]);
    const speech = d.blocks.filter((b) => b.type === 'speech');
    expect(speech.map((b) => b.text)).toEqual([
      'Representantene Silje Hjemdal og Jenny Klinge, som har vært permitterte, har igjen tatt sete.',
      'Forslaget vil bli behandlet på reglementsmessig måte.',
    ]);
    expect(d.speakers.find((s) => s.id === speech[0]?.speaker)?.title).toMatch(/^Presidenten/);
  });

  it('BAD: a chair’s line and a part’s word outside the Storting’s record stay words', () => {
    const d = doc([
      'Interview with the club',
      '',
      'Reporter: Who leads the meeting tonight?',
      '',
      'Secretary: President: Anna Berg takes the chair.',
      '',
      'Reporter: And the vote?',
      '',
      'Secretary: Formalia first, then the vote.',
    ]);
    expect(d.blocks.filter((b) => b.type === 'note')).toEqual([]);
    expect(d.blocks.filter((b) => b.type === 'headline' && b.text === 'Formalia')).toEqual([]);
    // A member who says who was away is no roll call of the record.
    const said = doc([
      'Stortinget - Møte onsdag den 8. mars 2023',
      '',
      'Presidenten []: Følgende representanter var fraværende i går, og det beklager jeg!',
    ]);
    expect(said.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('the Belgian Chamber’s CRIV: the bilingual header, the numbered headings', () => {
  it('GOOD: a committee’s header one note, its numbered headings in both languages, the first the title', () => {
    const d = doc([
      'Commissie voor de Binnenlandse Zaken',
      'Commission',
      "de l'Intérieur",
      'van Dinsdag 14 mei 2019 Voormiddag ______',
      'du Mardi 14 mai 2019 Matin ______',
      'La réunion publique de commission est ouverte à 10 h 05 et présidée par M. Brecht Vermeulen.',
      'De openbare commissievergadering wordt geopend om 10.05 uur en voorgezeten door de heer Brecht Vermeulen.',
      '02 Questions jointes de M. Koen Metsu au ministre de la Sécurité sur "la police des chemins de fer" (n° 29301)',
      '02 Samengevoegde vragen van de heer Koen Metsu aan de minister van Veiligheid over "de spoorwegpolitie" (nr. 29301)',
      '02.01 Koen Metsu (N-VA): Mijnheer de minister, de spoorwegpolitie kampt met een tekort aan personeel.',
      '02.02 Pieter De Crem, ministre: Monsieur Metsu, le recrutement est en cours.',
    ]);
    expect(d.title).toBe(
      '02 Questions jointes de M. Koen Metsu au ministre de la Sécurité sur "la police des chemins de fer" (n° 29301)',
    );
    const header = d.blocks.filter((b) => b.line <= 5);
    expect(header.map((b) => b.type)).toEqual(['note', 'note', 'note', 'note', 'note']);
    expect(kindOf(d, '02 Questions')).toBe('headline');
    expect(kindOf(d, '02 Samengevoegde')).toBe('headline');
    expect(speakerOf(d, 'Mijnheer de minister')).toBe('Koen Metsu');
  });

  it('GOOD: the plenary’s header, a short line to a paragraph, is notes down to the opening', () => {
    const d = doc([
      'Séance plénière',
      '',
      'Plenumvergadering',
      '',
      'du',
      '',
      'Jeudi 5 novembre 2020',
      '',
      'Après-midi',
      '',
      '______',
      '',
      'van',
      '',
      'Donderdag 5 november 2020',
      '',
      'Namiddag',
      '',
      'La séance est ouverte à 14 h 17 et présidée par Mme Eliane Tillieux, présidente.',
      '',
      '01 Questions jointes de Mme Sophie Rohonyi au premier ministre sur "la stratégie de vaccination" (n° 55000812P)',
      '',
      '01 Samengevoegde vragen van mevrouw Sophie Rohonyi aan de eerste minister over "de vaccinatiestrategie" (nr. 55000812P)',
      '',
      '01.01 Sophie Rohonyi (DéFI): Monsieur le premier ministre, la stratégie de vaccination reste floue.',
    ]);
    const opening = d.blocks.findIndex((b) => b.text.startsWith('La séance'));
    expect(d.blocks.slice(0, opening).every((b) => b.type === 'note')).toBe(true);
    expect(d.blocks.slice(0, opening).map((b) => b.text)).toContain('Plenumvergadering');
    expect(d.title).toMatch(/^01 Questions jointes/);
    expect(kindOf(d, '01 Samengevoegde')).toBe('headline');
  });

  it('BAD: without the header’s date lines a line opening with two digits is left as it was', () => {
    const d = doc([
      'Rundown for tonight',
      '',
      '01 Opening titles and the weather',
      '02 Interview with the mayor',
    ]);
    expect(d.blocks.some((b) => b.type === 'headline' && b.text.startsWith('01'))).toBe(false);
    expect(d.title).not.toContain('01 Opening');
  });
});

describe('a source’s citation over a transcript’s extract', () => {
  it('GOOD: a citation with its title in quotes, the date and the pages is a note', () => {
    for (const citation of [
      'NASA, Manned Spacecraft Center, “Apollo 13 Technical Air-to-Ground Voice Transcription,” April 1970, pp. 160-62, NASA Historical Reference Collection, Washington, D.C.',
      'Johnson Space Center, "Gemini VII Air-to-Ground Transcription," December 1965, p. 14.',
    ]) {
      const d = doc([
        citation,
        '02 07 55 35\tCDR\tHouston, we have a problem.',
        '02 07 55 42\tCC\tThis is Houston. Say again, please.',
        '02 07 55 49\tCDR\tHouston, we have had a problem.',
      ]);
      expect(d.blocks[0]?.type).toBe('note');
      expect(d.blocks[0]?.text).toBe(citation);
      expect(d.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
    }
  });

  it('BAD: a sentence with a quotation and a year but no pages is no citation', () => {
    const text = 'He said, “we will get there,” in July 1969, and the crew cheered at page 3.';
    const d = doc([text]);
    expect(d.blocks[0]?.type).not.toBe('note');
  });
});
