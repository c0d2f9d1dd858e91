/**
 * Newsroom scripts of more systems and countries: a cue over the copy on its own line (`VO: …`,
 * `OFF: …`, Hindi `वीओ: …`), BBC/ITN `IN WORDS` / `OUT WORDS` / `SOUP` / `ASTON`, Brazilian `GC:`
 * and `PASSAGEM:`, iNEWS `<cc>` cues and `[[…]]` instructions, bite headers in Hindi, Urdu,
 * Ukrainian and Czech, NHK's `【アナ】` / `【VTR】`, KBS's `[리포트]`, a radio bulletin's story
 * slugs and a phone-in's callers. Each rule with counter-cases that must not change.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptCue, isProductionLine } from '../../src/core/directions.ts';
import { romanizeDevanagari, romanizeGreek } from '../../src/core/romanize.ts';
import { statedSlug } from '../../src/core/slug.ts';
import { parseTag } from '../../src/core/tags.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { format, rows } from './convention-rows.ts';

describe('a script cue over its copy on one line', () => {
  it('GOOD: `VO: …` in a script is the cue, then the copy (no speaker named VO)', () => {
    const doc = format([
      'ANCHOR: Good evening. A fire has destroyed a warehouse on the north side.',
      'VO: Flames could be seen for miles.',
      'SOT: JIM BOND / FIRE CHIEF',
      '"We got here as fast as we could."',
      'ANCHOR: Nobody was hurt.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Good evening. A'],
      ['direction', null, 'VO'],
      ['speech', 'anchor', 'Flames could be'],
      ['direction', null, 'SOT: JIM BOND'],
      ['speech', 'Jim Bond', 'We got here'],
      ['speech', 'anchor', 'Nobody was hurt.'],
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).not.toContain('VO');
  });

  it('GOOD: Brazilian `OFF:` on the copy line, `PASSAGEM:` naming the reporter, `GC:` caption', () => {
    const doc = format([
      'RETRANCA: ENCHENTE RS',
      'CABEÇA:',
      'A chuva forte voltou a atingir o Rio Grande do Sul.',
      "OFF: Em Porto Alegre, ruas inteiras ficaram debaixo d'água.",
      'GC: PORTO ALEGRE (RS)',
      'PASSAGEM: REPÓRTER ANA LIMA',
      'A Defesa Civil pede que os moradores deixem as áreas de risco.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'RETRANCA: ENCHENTE RS'],
      ['direction', null, 'CABEÇA'],
      ['narration', null, 'A chuva forte'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Em Porto Alegre,'],
      ['direction', null, 'GC: PORTO ALEGRE'],
      ['direction', null, 'PASSAGEM: REPÓRTER ANA'],
      ['narration', null, 'A Defesa Civil'],
    ]);
    // RETRANCA is the story's slug.
    expect(doc.slug).toBe('ENCHENTE-RS');
  });

  it('GOOD: a designation in capitals alone after the cue is the cue whole (`VO: FLOOD FOOTAGE`)', () => {
    expect(inlineScriptCue('VO: Flames could be seen.')).toEqual({
      cue: 'VO',
      rest: 'Flames could be seen.',
    });
    const doc = format(['[ANCHOR ON CAM]', 'Good evening.', '', 'VO: FLOOD FOOTAGE', '', 'SOT']);
    expect(rows(doc).map((r) => r.slice(0, 1).concat(r[2]))).toContainEqual([
      'direction',
      'VO: FLOOD FOOTAGE',
    ]);
  });

  it('BAD: initials `VO:` and `GC:` in an interview with no script cues stay speakers', () => {
    const doc = format([
      'GC: When did you start painting?',
      'VO: In 1990, after I left the navy.',
      'GC: And the first show?',
      'VO: Two years later, in Lisbon.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.speakers).toHaveLength(2);
    // A word a label also is (`ANCHOR:`) is no cue; lower case is no cue.
    expect(inlineScriptCue('ANCHOR: Good evening.')).toBeNull();
    expect(inlineScriptCue('Off: we went home.')).toBeNull();
  });
});

describe('BBC and ITN scripts: IN WORDS, OUT WORDS, SOUP, ASTON, PACKAGE', () => {
  it('GOOD: each is a production line', () => {
    for (const line of [
      'IN WORDS: "The water came up..."',
      'OUT WORDS: "...and it is still rising."',
      'SOUP: TOM BLACK, BBC NEWS, CARLISLE',
      'ASTON: Warwick Road, Carlisle',
      'PACKAGE: FLOODS PKG',
      'VT: FLOODS',
    ]) {
      expect(isProductionLine(line), line).toBe(true);
    }
  });

  it('BAD: a sentence after PACKAGE or a person with the initials VT or GC is no production line', () => {
    for (const line of [
      'PACKAGE: The package includes tax cuts for small firms.',
      'VT: I was there when it happened.',
      'GC: Yes, absolutely.',
      'In words of one syllable: no.',
    ]) {
      expect(isProductionLine(line), line).toBe(false);
    }
  });
});

describe('Avid iNEWS production cues and instructions', () => {
  it('GOOD: `<cc>…</cc>` and `[[…]]` are cues, the marks reported, the copy read', () => {
    const doc = format([
      'WATER MAIN BREAK',
      '<cc>CAM 1 / 2SHOT</cc>',
      '[[ANCHOR: SARAH]]',
      '',
      'A water main break left hundreds of homes without water.',
      '',
      '<cc>TAKE VO</cc>',
      'Crews spent most of the day digging. [[PAUSE]] The city says service is back.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'WATER MAIN BREAK'],
      ['direction', null, 'CAM 1 /'],
      ['direction', null, 'ANCHOR: SARAH'],
      ['narration', null, 'A water main'],
      ['direction', null, 'TAKE VO'],
      ['narration', null, 'Crews spent most'],
      ['direction', null, 'PAUSE'],
      ['narration', null, 'The city says'],
    ]);
    const marks = doc.messages.filter((m) => m.ruleId === 'production-cue');
    expect(marks.map((m) => m.line)).toEqual([2, 7]);
    expect(marks.every((m) => m.actual === '<cc> </cc>')).toBe(true);
    // No stray bracket is left to drop.
    expect(doc.messages.filter((m) => m.ruleId === 'no-words')).toEqual([]);
    // The copy below a cue is placed on its own line.
    expect(doc.blocks.find((b) => b.text.startsWith('Crews'))?.line).toBe(8);
  });

  it('BAD: one pair of brackets in a sentence is unchanged; a `<cc>` with nothing in it stays', () => {
    const doc = format(['We were there [inaudible] all night.']);
    expect(rows(doc)).toEqual([['narration', null, 'We were there']]);
    const empty = format(['Copy with <cc></cc> an empty mark.']);
    expect(empty.blocks.map((b) => b.type)).toEqual(['narration']);
  });
});

describe('bite headers in Hindi, Urdu, Ukrainian and Czech scripts', () => {
  it('GOOD: Hindi `स्लग:`, `वीओ:`, `बाइट: name, role` over the quotation, `पीटीसी:`', () => {
    const doc = format([
      'स्लग: दिल्ली प्रदूषण',
      'एंकर: दिल्ली में प्रदूषण का स्तर आज फिर खतरनाक हो गया है।',
      'वीओ: सुबह से ही शहर पर धुंध की मोटी चादर छाई रही।',
      'बाइट: राकेश शर्मा, निवासी',
      '"सांस लेना मुश्किल हो गया है।"',
      'पीटीसी: संवाददाता प्रिया सिंह',
      'सरकार ने स्कूल बंद करने का फैसला किया है।',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'स्लग: दिल्ली प्रदूषण'],
      ['speech', 'anchor', 'दिल्ली में प्रदूषण'],
      ['direction', null, 'वीओ'],
      ['speech', 'anchor', 'सुबह से ही'],
      ['direction', null, 'बाइट: राकेश शर्मा,'],
      ['speech', 'राकेश शर्मा', 'सांस लेना मुश्किल'],
      ['direction', null, 'पीटीसी: संवाददाता प्रिया'],
      ['narration', null, 'सरकार ने स्कूल'],
    ]);
    expect(doc.speakers.find((s) => s.name === 'राकेश शर्मा')?.title).toBe('निवासी');
    expect(doc.title).toBeNull();
  });

  it('GOOD: Ukrainian `СИНХРОН: name, role` and Czech `SYNCHRON:` over the bite', () => {
    const ua = format([
      'ВЕДУЧИЙ: Добрий вечір. У Києві відновили рух метро.',
      'ЗК:',
      'Перші потяги вийшли на лінію о шостій ранку.',
      'СИНХРОН: Олена Коваль, пасажирка',
      '«Ми дуже чекали на це.»',
    ]);
    expect(rows(ua).slice(3)).toEqual([
      ['direction', null, 'СИНХРОН: Олена Коваль,'],
      ['speech', 'Олена Коваль', 'Ми дуже чекали'],
    ]);
    const cz = format([
      'MODERÁTOR: Dobrý večer. Česko zasáhly silné bouřky.',
      'SYNCHRON: Petr Novák, mluvčí hasičů',
      '„Nejvíc práce bylo s popadanými stromy.“',
    ]);
    expect(rows(cz).slice(1)).toEqual([
      ['direction', null, 'SYNCHRON: Petr Novák,'],
      ['speech', 'Petr Novák', 'Nejvíc práce bylo'],
    ]);
  });

  it('BAD: `СИНХРОН:` before a sentence is the cue and the words, no person made of them', () => {
    const doc = format([
      'ВЕДУЧИЙ: Добрий вечір.',
      'ЗК:',
      'Перші потяги вийшли на лінію.',
      'СИНХРОН: Ми дуже чекали на це.',
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['host']);
    expect(rows(doc).at(-2)).toEqual(['direction', null, 'СИНХРОН']);
  });
});

describe('NHK and KBS cues in their brackets', () => {
  it('GOOD: `【アナ】` is the announcer, `【VTR】` a cue that hands over to the report', () => {
    const doc = format([
      '【アナ】',
      '台風10号は、今夜、九州南部に上陸する見込みです。',
      '【VTR】',
      '鹿児島市では、朝から強い雨が降り続いています。',
    ]);
    expect(rows(doc).map((r) => [r[0], r[1]])).toEqual([
      ['speech', 'announcer'],
      ['direction', null],
      ['narration', null],
    ]);
  });

  it('GOOD: KBS `[리포트]` is a cue, not the anchor’s words', () => {
    const doc = format([
      '[앵커]',
      '오늘 서울에 올 겨울 첫눈이 내렸습니다.',
      '[리포트]',
      '출근길 시민들은 두꺼운 외투를 꺼내 입었습니다.',
    ]);
    expect(rows(doc)[1]).toEqual(['direction', null, '리포트']);
  });
});

describe('radio: a bulletin’s story slugs, a phone-in’s callers', () => {
  it('GOOD: a slug in capitals over its copy in a script is a cue, the copy read', () => {
    const doc = format([
      'STING: NEWS IN (CART 9001)',
      '',
      'FIRE',
      'A fire at a warehouse in Leeds is being tackled by sixty firefighters.',
      'CART 4512  IN: "The blaze started..."  OUT: "...no one was hurt."  DUR :18',
      '',
      'NURSES',
      'Nurses at Leeds General will strike on Friday over pay.',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'STING: NEWS IN'],
      ['direction', null, 'FIRE'],
      ['narration', null, 'A fire at'],
      ['direction', null, 'CART 4512 IN:'],
      ['direction', null, 'NURSES'],
      ['narration', null, 'Nurses at Leeds'],
    ]);
  });

  it('BAD: a line in capitals over prose outside a script is left to the other readers', () => {
    const doc = format(['FIRE', 'A fire at a warehouse in Leeds is being tackled tonight.']);
    expect(doc.blocks.some((b) => b.type === 'direction')).toBe(false);
  });

  it('GOOD: `CALLER (MARGARET, SWINDON)` and `CALLER (DEV, CHIPPENHAM)` are two people', () => {
    const doc = format([
      'PRESENTER: Margaret from Swindon, good morning.',
      'CALLER (MARGARET, SWINDON): Good morning. The bus cuts are a disgrace.',
      'PRESENTER: Dev in Chippenham now.',
      'CALLER (DEV, CHIPPENHAM): Hiya. The council had no choice.',
      'CALLER: Can I come back on that?',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual([
      'presenter',
      'Margaret',
      'presenter',
      'Dev',
      'caller',
    ]);
    const margaret = doc.speakers.find((s) => s.name === 'Margaret');
    expect(margaret?.title).toBe('Swindon');
    expect(margaret?.role).toBe('caller');
  });

  it('BAD: a caller’s delivery or an unnamed noun is no name; one named holder keeps the role', () => {
    expect(parseTag('CALLER (ON PHONE): Hi')?.tag.name).toBeNull();
    expect(parseTag('CALLER (MALE): Hi')?.tag.name ?? null).toBeNull();
    // `ANCHOR (MARIA LOPEZ)` then `ANCHOR:`: still one person.
    const doc = format([
      'ANCHOR (MARIA LOPEZ): Good evening.',
      'REPORTER: Thanks, Maria.',
      'ANCHOR: Back to you later.',
    ]);
    expect(rows(doc).map((r) => r[1])).toEqual(['Maria Lopez', 'reporter', 'Maria Lopez']);
  });
});

describe('a Hindi script’s stated slug in Latin letters', () => {
  it('GOOD: `स्लग: दिल्ली प्रदूषण` → DILLI-PRADUSHAN; names as newspapers write them', () => {
    expect(romanizeDevanagari('दिल्ली प्रदूषण')).toBe('dilli pradushan');
    expect(romanizeDevanagari('राकेश शर्मा')).toBe('rakesh sharma');
    expect(romanizeDevanagari('मुंबई')).toBe('mumbai');
    expect(romanizeDevanagari('ज़मीन')).toBe('zamin');
    expect(romanizeDevanagari('चुनाव २०२४')).toBe('chunav 2024');
    expect(statedSlug('दिल्ली प्रदूषण')).toBe('DILLI-PRADUSHAN');
    const doc = format([
      'स्लग: दिल्ली प्रदूषण',
      'एंकर: दिल्ली में प्रदूषण का स्तर आज फिर बढ़ा।',
      'वीओ: धुंध छाई रही।',
      'बाइट: राकेश शर्मा, निवासी',
      '"सांस लेना मुश्किल है।"',
    ]);
    expect(doc.slug).toBe('DILLI-PRADUSHAN');
  });

  it('BAD: other scripts and Latin text are left as they are', () => {
    expect(romanizeDevanagari('Delhi smog')).toBe('Delhi smog');
    expect(romanizeDevanagari('دہلی')).toBe('دہلی');
    expect(statedSlug('Flood rescue')).toBe('FLOOD-RESCUE');
  });
});

describe('AP ENPS: a rundown printed above the scripts, `[CG]` captions in brackets', () => {
  it('GOOD: the column heads and rows are notes; `[CG] NAME / TITLE` names the bite in full', () => {
    const doc = format([
      'PAGE  SLUG                  TALENT  FORMAT   EST    BACK',
      'A01   OPEN                  DANA    VO       0:20   18:00:00',
      'A02   COUNCIL VOTE          DANA    VO/SOT   0:45   18:00:20',
      '',
      '[CG] COUNCIL VOTE / CITY HALL',
      '{ON CAM DANA}',
      'The city council voted six to three tonight.',
      '{SOT: MAYOR RUIZ}',
      '[CG] ELENA RUIZ / MAYOR',
      '"We had to find the money somewhere."',
      '{TRT :12}',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'PAGE SLUG TALENT'],
      ['note', null, 'A01 OPEN DANA'],
      ['note', null, 'A02 COUNCIL VOTE'],
      ['direction', null, '[CG] COUNCIL VOTE'],
      ['direction', null, 'ON CAM DANA'],
      ['narration', null, 'The city council'],
      ['direction', null, 'SOT: MAYOR RUIZ'],
      ['direction', null, '[CG] ELENA RUIZ'],
      ['speech', 'Elena Ruiz', 'We had to'],
      ['direction', null, 'TRT :12'],
    ]);
    expect(isProductionLine('[SUPER] JANE DOE / WITNESS')).toBe(true);
  });

  it('BAD: column words in prose, heads with no row, and a bracketed word in speech stay', () => {
    const prose = format([
      'Page slug format',
      'We talked about the page, the slug and the format for an hour.',
    ]);
    expect(prose.blocks.some((b) => b.type === 'note')).toBe(false);
    const heads = format(['PAGE SLUG TALENT', 'Good evening and welcome.']);
    expect(heads.blocks.some((b) => b.type === 'note')).toBe(false);
    expect(isProductionLine('[CG is what we call the captions]')).toBe(false);
    expect(isProductionLine('[laughter] CG has the name.')).toBe(false);
  });
});

describe('a radio bulletin header with its fields spaced out', () => {
  it("GOOD: `1200 NEWS  READER: ALEX  DUR 2'00` is a programme credit, not copy", () => {
    const doc = format([
      "1200 NEWS  READER: ALEX  DUR 2'00",
      '',
      'Police in Wrexham [pron: REK-sum] have charged a man with arson.',
    ]);
    expect(doc.blocks[0]?.type).toBe('note');
    expect(doc.blocks[0]?.reason).toBe('programme-credit');
    // The pronunciation stays with the word it guides.
    expect(doc.blocks[1]?.text).toContain('Wrexham [pron: REK-sum] have');
  });

  it('BAD: a sentence about news readers is copy', () => {
    const doc = format(['1200 news readers wrote in, and most of them agreed.']);
    expect(doc.blocks[0]?.type).toBe('narration');
  });
});

describe('Czech and Greek reports, Greek slugs', () => {
  it('GOOD: Czech `REPORTÁŽ` hands over to the report; a Greek title gives a Latin slug', () => {
    const cz = format([
      'MODERÁTOR: Dobrý večer. Česko zasáhly silné bouřky.',
      'REPORTÁŽ:',
      'Hasiči vyjížděli k více než tisíci zásahům.',
      'SYNCHRON: Petr Novák, mluvčí hasičů',
      '„Nejvíc práce bylo s popadanými stromy.“',
    ]);
    expect(rows(cz).slice(0, 3)).toEqual([
      ['speech', 'moderator', 'Dobrý večer. Česko'],
      ['direction', null, 'REPORTÁŽ'],
      ['narration', null, 'Hasiči vyjížděli k'],
    ]);
    expect(romanizeGreek('πυρκαγια στην αττικη')).toBe('pyrkagia stin attiki');
    expect(romanizeGreek('ουρανος')).toBe('ouranos');
    expect(statedSlug('ΠΥΡΚΑΓΙΑ ΣΤΗΝ ΑΤΤΙΚΗ')).toBe('PYRKAGIA-STIN-ATTIKI');
  });

  it('BAD: a Latin slug is unchanged by the Greek table', () => {
    expect(statedSlug('Fire in Attica')).toBe('FIRE-IN-ATTICA');
    expect(romanizeGreek('attica')).toBe('attica');
  });
});

describe('a bite’s language in its header', () => {
  it('GOOD: `SOT: NAME / FARMER (ARABIC)` is the farmer, the words a translation', () => {
    const doc = format([
      'SLUG: SUDAN FLOODS',
      'PRESENTER: Floods in Sudan have destroyed thousands of homes.',
      'VO:',
      'Water has swept through villages along the Nile.',
      'SOT: MOHAMED OSMAN / FARMER (ARABIC)',
      '"We lost everything in one night."',
    ]);
    const osman = doc.speakers.find((s) => s.name === 'Mohamed Osman');
    expect(osman?.title).toBe('FARMER');
    const bite = doc.blocks.find((b) => b.speaker === osman?.id);
    expect(bite?.translated).toBe(true);
    expect(parseTag('AMIRA HASSAN (IN FRENCH): Merci.')?.tag.translated).toBe(true);
  });

  it('BAD: a place or a party in the parentheses is no language', () => {
    const tag = parseTag('SEN. JANE DOE (D-NY): Thank you.')?.tag;
    expect(tag?.translated).toBe(false);
    expect(parseTag('Mr. Nebenzia (Russian Federation): Thank you.')?.tag.translated).toBe(false);
  });
});

describe('a newsreader’s pronunciation guides', () => {
  it('GOOD: kept in the document and on the prompter, left out of the subtitles (reported)', () => {
    const doc = format([
      'The Prime Minister, Christopher Luxon [pron: LUCK-son], has arrived in Nuku’alofa [PRON: noo-koo-ah-LOH-fah].',
      'Police in Wrexham (say: REK-sum) have charged a man.',
    ]);
    expect(doc.blocks[0]?.text).toContain('Luxon [pron: LUCK-son], has');
    const compiled = compileSubtitles(doc);
    const text = compiled.cues.map((c) => c.lines.join(' ')).join(' ');
    expect(text).toContain('Christopher Luxon, has arrived');
    expect(text).toContain('Nuku’alofa.');
    expect(text).toContain('Police in Wrexham have charged');
    expect(text).not.toMatch(/pron|LUCK-son|REK-sum|say:/i);
    const notes = compiled.messages.filter((m) => m.ruleId === 'pronunciation-guide');
    expect(notes.map((m) => m.actual)).toEqual([
      '[pron: LUCK-son] [PRON: noo-koo-ah-LOH-fah]',
      '(say: REK-sum)',
    ]);
  });

  it('BAD: brackets that are no guide stay in the subtitles', () => {
    const doc = format(['The minister said (and I quote) that prices will say the same.']);
    const text = compileSubtitles(doc)
      .cues.map((c) => c.lines.join(' '))
      .join(' ');
    expect(text).toContain('(and I quote)');
    expect(compileSubtitles(doc).messages.some((m) => m.ruleId === 'pronunciation-guide')).toBe(
      false,
    );
  });
});

describe('copy in capitals after a cue is read, a designation is not', () => {
  it('BAD: iNEWS copy in capitals after `VO:` stays copy; a Hindi line alone after `वीओ:` too', () => {
    const doc = format([
      'ANCHOR ON CAM',
      'A WATER MAIN BREAK LEFT HOMES WITHOUT WATER.',
      '',
      'VO: CREWS SPENT MOST OF THE DAY DIGGING UP MAPLE AVENUE',
      '',
      'SOT',
    ]);
    expect(rows(doc)).toContainEqual(['direction', null, 'VO']);
    expect(rows(doc).some((r) => r[2].startsWith('CREWS SPENT'))).toBe(true);
    const hi = format([
      'एंकर: दिल्ली में प्रदूषण बढ़ा।',
      'वीओ: धुंध छाई रही',
      '',
      'बाइट: राकेश शर्मा, निवासी',
    ]);
    expect(rows(hi)[1]).toEqual(['direction', null, 'वीओ']);
    expect(rows(hi)[2]?.[2]).toBe('धुंध छाई रही');
  });
});

describe('Nordic and Indonesian scripts', () => {
  it('GOOD: SVT `PRATARE` is the anchor, `SPEAK:` over its copy a cue; Indonesian `PAKET:` a report', () => {
    const sv = format([
      'PRATARE: Snöovädret har slagit ut elen för tusentals hushåll i Norrland.',
      'INSLAG',
      'SPEAK: Över 20 000 kunder var utan ström i morse.',
      'SYNK: Anna Berg, Vattenfall',
      '"Vi jobbar för fullt för att få tillbaka strömmen."',
    ]);
    expect(rows(sv)).toEqual([
      ['speech', 'anchor', 'Snöovädret har slagit'],
      ['direction', null, 'INSLAG'],
      ['direction', null, 'SPEAK'],
      ['narration', null, 'Över 20 000'],
      ['direction', null, 'SYNK: Anna Berg,'],
      ['speech', 'Anna Berg', 'Vi jobbar för'],
    ]);
    const id = format([
      'PRESENTER: Selamat malam. Banjir kembali merendam Jakarta.',
      'PAKET:',
      'Ketinggian air di Kampung Melayu mencapai satu meter.',
      'SOT: Budi Santoso, warga',
      '"Air masuk rumah sejak subuh."',
    ]);
    expect(rows(id).slice(1, 3)).toEqual([
      ['direction', null, 'PAKET'],
      ['narration', null, 'Ketinggian air di'],
    ]);
  });

  it('BAD: `Speak:` and `Paket:` in lower case, outside a script, stay what they were', () => {
    const doc = format(['Speak: the word of the day.', 'Paket: a parcel, in Indonesian.']);
    expect(doc.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('German scripts (OpenMedia): MAZ, OFF:, ANMOD and ABMOD', () => {
  it('GOOD: `MAZ` hands over to the report, `OFF:` is copy, `ABMOD:` the anchor again', () => {
    const doc = format([
      'MOD: Guten Abend. Ein Sturm hat in der Nacht Norddeutschland getroffen.',
      'MAZ',
      'OFF: Der Sturm hat zahlreiche Bäume umgerissen.',
      'O-TON Klaus Braun, Feuerwehrsprecher:',
      '"Wir hatten mehr als 300 Einsätze in der Nacht."',
      'ABMOD: Die Bahn rechnet mit Einschränkungen bis morgen Mittag.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Guten Abend. Ein'],
      ['direction', null, 'MAZ'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Der Sturm hat'],
      ['speech', 'Klaus Braun', 'Wir hatten mehr'],
      ['speech', 'anchor', 'Die Bahn rechnet'],
    ]);
  });

  it('BAD: initials `MAZ:` in an interview with no other cue stay a speaker', () => {
    const doc = format([
      'MAZ: Wann haben Sie angefangen?',
      'KB: Im Jahr 1990.',
      'MAZ: Und warum?',
      'KB: Aus Neugier.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
  });
});

describe('a bulletin story slugged like a site’s menu word', () => {
  it('GOOD: `WEATHER` over its copy in a script is the story’s cue, not navigation', () => {
    const doc = format([
      'STING: NEWS IN (CART 9001)',
      '',
      'WEATHER',
      'Rain will spread from the west this afternoon.',
      '',
      'STING: NEWS OUT (CART 9002)',
    ]);
    expect(rows(doc)[1]).toEqual(['direction', null, 'WEATHER']);
    expect(rows(doc)[2]).toEqual(['narration', null, 'Rain will spread']);
  });

  it('BAD: a page’s menu words stay navigation', () => {
    const doc = format([
      'NEWS',
      'SPORT',
      'WEATHER',
      '',
      'The council met on Tuesday to discuss the budget.',
    ]);
    expect(doc.blocks[0]?.type).toBe('note');
    expect(doc.blocks[0]?.reason).toBe('navigation');
  });
});

describe('an Arabic script: the report by its reporter', () => {
  it('GOOD: `تقرير: أحمد علي` is the report’s cue and ends the anchor’s turn', () => {
    const doc = format([
      'المذيع: أهلا بكم في نشرة الأخبار. قالت السلطات السودانية إن الفيضانات دمرت آلاف المنازل.',
      'تقرير: أحمد علي',
      'VO:',
      'غمرت المياه قرى بأكملها في ولاية نهر النيل.',
      'SOT: محمد عثمان، مزارع',
      '"فقدنا كل شيء في ليلة واحدة."',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'أهلا بكم في'],
      ['direction', null, 'تقرير: أحمد علي'],
      ['direction', null, 'VO'],
      ['narration', null, 'غمرت المياه قرى'],
      ['direction', null, 'SOT: محمد عثمان،'],
      ['speech', 'محمد عثمان', 'فقدنا كل شيء'],
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).not.toContain('تقرير');
  });

  it('BAD: a voice-over cue’s short copy in a script without capitals is read', () => {
    const doc = format(['एंकर: दिल्ली में प्रदूषण बढ़ा।', 'वीओ: धुंध छाई रही', 'पीटीसी: प्रिया सिंह']);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'दिल्ली में प्रदूषण'],
      ['direction', null, 'वीओ'],
      ['speech', 'anchor', 'धुंध छाई रही'],
      ['direction', null, 'पीटीसी: प्रिया सिंह'],
    ]);
  });
});
