/**
 * Non-English newsroom scripts and records: Turkish `AD SOYAD / UNVAN:` tags and Turkish case,
 * anchor-lead cues on their own line (German, French, Spanish, Italian), a Plenarprotokoll's
 * margin letters and page furniture, and a Brazilian script's `OFF` after a `VT`.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';

function speakerOf(doc: ScriptDocument, line: number) {
  const block = doc.blocks.find((b) => b.line === line);
  return doc.speakers.find((s) => s.id === block?.speaker) ?? null;
}

describe('Turkish scripts: AD SOYAD / UNVAN: metin', () => {
  const tags: ReadonlyArray<[string, string, string, string]> = [
    // [line, name, title, rest]
    [
      'AHMET YILMAZ / BELEDİYE BAŞKANI: Ekiplerimiz sabahtan beri sahada.',
      'Ahmet Yılmaz',
      'BELEDİYE BAŞKANI',
      'Ekiplerimiz sabahtan beri sahada.',
    ],
    [
      'AYŞE DEMİRCİ / ESNAF: Dükkânım su altında kaldı.',
      'Ayşe Demirci',
      'ESNAF',
      'Dükkânım su altında kaldı.',
    ],
    [
      'İSMAİL IŞIK/AFAD İL MÜDÜRÜ:  Dere yataklarından uzak durun.',
      'İsmail Işık',
      'AFAD İL MÜDÜRÜ',
      'Dere yataklarından uzak durun.',
    ],
    [
      'FATMA NUR ÇELİK  /  VATANDAŞ: Sabah beşte uyandık.',
      'Fatma Nur Çelik',
      'VATANDAŞ',
      'Sabah beşte uyandık.',
    ],
    // No Turkish letter in the tag: the words after it are Turkish (`altında`), so `I` is `ı`.
    [
      'BAYRAM KILIÇ / MUHTAR: Köprü yıkıldı, mahalle ikiye bölündü.',
      'Bayram Kılıç',
      'MUHTAR',
      'Köprü yıkıldı, mahalle ikiye bölündü.',
    ],
    [
      'Ahmet Yılmaz / Belediye Başkanı: Yarın okullar tatil.',
      'Ahmet Yılmaz',
      'Belediye Başkanı',
      'Yarın okullar tatil.',
    ],
  ];
  it.each(tags)('%s', (line, name, title, rest) => {
    const m = parseTag(line);
    expect(m?.tag.name).toBe(name);
    expect(m?.tag.title).toBe(title);
    expect(m?.tag.role).toBeNull();
    expect(m?.rest).toBe(rest);
  });

  it('the same slash form in an English script names the person, not the title', () => {
    const m = parseTag('JOHN SMITH / MAYOR: Our crews have been out since dawn.');
    expect(m?.tag.name).toBe('John Smith');
    expect(m?.tag.title).toBe('MAYOR');
  });

  it('English names keep the usual case (no Turkish letters anywhere)', () => {
    expect(parseTag('LINDA HILL / NURSE: We ran out of beds.')?.tag.name).toBe('Linda Hill');
    expect(parseTag('MIKE IRWIN: Thanks.')?.tag.name).toBe('Mike Irwin');
  });

  const notTags = [
    'AND/OR: both are fine here.',
    '9/11: the day everything changed.',
    'TCP/IP: the protocol suite.',
    'Ankara / Suriye: sınır kapısı kapandı.',
    'KUZEY IRAK / doğu bölgesi: çatışmalar sürüyor.',
    'ANCHOR/REPORTER: two roles, one line.',
  ];
  it.each(notTags)('no slash tag: %s', (line) => {
    const m = parseTag(line);
    expect(m?.tag.title ?? null).toBeNull();
  });

  it('a Turkish script: each guest is the speaker, the role their title, the anchor a host', () => {
    const doc = formatTranscript(
      [
        'SEL ALARMI',
        '',
        'SUNUCU: İyi akşamlar. Karadeniz’de yağışlar sürüyor.',
        '',
        'AHMET YILMAZ / BELEDİYE BAŞKANI: Ekiplerimiz sabahtan beri sahada.',
        '',
        'HATİCE KIRLI / ESNAF: Dükkânım tamamen su altında kaldı.',
        '',
        'AHMET YILMAZ / BELEDİYE BAŞKANI: Yarın okullar tatil.',
      ].join('\n'),
    );
    expect(speakerOf(doc, 3)?.role).toBe('host');
    const mayor = speakerOf(doc, 5);
    expect(mayor?.name).toBe('Ahmet Yılmaz');
    expect(mayor?.title).toBe('BELEDİYE BAŞKANI');
    expect(speakerOf(doc, 7)?.name).toBe('Hatice Kırlı');
    expect(speakerOf(doc, 9)?.id).toBe(mayor?.id);
    expect(doc.blocks.find((b) => b.line === 5)?.text).toBe('Ekiplerimiz sabahtan beri sahada.');
  });
});

it('a Turkish name’s dotless ı folds to i in the speaker’s id, as ş folds to s', () => {
  const doc = formatTranscript(
    'SEVGİ ALTINIŞIK / ÇAY ÜRETİCİSİ: Bahçemiz tamamen çamur altında kaldı.\n\nSUNUCU: Teşekkürler.',
  );
  expect(doc.speakers.find((s) => s.name === 'Sevgi Altınışık')?.id).toBe('sevgi-altinisik');
});
