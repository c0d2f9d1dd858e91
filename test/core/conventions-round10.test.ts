/**
 * A tenth round of conventions: Brazilian (Globo, Record) and Portuguese (RTP, SIC) TV scripts and
 * their quotes, the bite headers of Turkish, Greek, Dutch, Polish, Indonesian, Korean and Japanese
 * scripts, and newsroom-system printouts (Octopus, Dalet, MOS objects). Each rule with cases
 * written in its convention and counter-cases that must not change.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptCue } from '../../src/core/directions.ts';
import { classifyLine } from '../../src/core/furniture.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { format, rows } from './convention-rows.ts';

const rules = (doc: ScriptDocument, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);
const speechOf = (doc: ScriptDocument, start: string) =>
  doc.blocks.find((b) => b.text.startsWith(start));

describe('Brazilian TV scripts (Globo, Record)', () => {
  it('GOOD: RETRANCA is the slug, VT and DEIXA are cues, SONORA names the bite on the line below', () => {
    const doc = format([
      'RETRANCA: ENCHENTES RS',
      'CABEÇA:',
      'A chuva forte voltou a atingir o Rio Grande do Sul nesta terça-feira.',
      'VT',
      'OFF:',
      "Em Porto Alegre, ruas inteiras ficaram debaixo d'água.",
      'SONORA: JOÃO SILVA / MORADOR',
      'A água subiu muito rápido, não deu tempo de tirar nada.',
      'PASSAGEM:',
      'A Defesa Civil pede que os moradores deixem as áreas de risco.',
      'DEIXA: "...áreas de risco."',
      'NOTA PÉ:',
      'O governo estadual decretou situação de emergência em 40 municípios.',
      'ENCERRAMENTO',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'RETRANCA: ENCHENTES RS'],
      ['direction', null, 'CABEÇA'],
      ['narration', null, 'A chuva forte'],
      ['direction', null, 'VT'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Em Porto Alegre,'],
      ['direction', null, 'SONORA: JOÃO SILVA'],
      ['speech', 'João Silva', 'A água subiu'],
      ['direction', null, 'PASSAGEM'],
      ['narration', null, 'A Defesa Civil'],
      ['direction', null, 'DEIXA: "...áreas de'],
      ['direction', null, 'NOTA PÉ'],
      ['narration', null, 'O governo estadual'],
      ['direction', null, 'ENCERRAMENTO'],
    ]);
    expect(doc.slug).toBe('ENCHENTES-RS');
    // The bite is the interviewee's, cued (sot), titled as the header says; the number is kept.
    const bite = speechOf(doc, 'A água subiu');
    expect(bite?.type === 'speech' && bite.sot).toBe(true);
    expect(doc.speakers.find((s) => s.name === 'João Silva')?.title).toBe('MORADOR');
    expect(speechOf(doc, 'O governo')?.text).toContain('40 municípios');
    expect(doc.speakers.map((s) => s.name ?? s.role)).not.toContain('Retranca');
    expect(doc.speakers.map((s) => s.name ?? s.role)).not.toContain('Deixa');
  });

  it('GOOD: (VT) and a bare VT hand over from the anchor; ARTE and a GC in title case are captions', () => {
    const doc = format([
      'APRESENTADOR: Boa noite. A chuva voltou ao Sul.',
      '',
      '(VT)',
      '',
      'REPÓRTER (OFF): Em Porto Alegre, ruas inteiras ficaram debaixo de água.',
      '',
      'ARTE: MAPA DAS CHUVAS',
      '',
      'GC: Maria Souza - Moradora',
      '',
      'VT',
      '',
      'Mais informações no nosso site.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Boa noite. A'],
      ['direction', null, 'VT'],
      ['speech', 'reporter', 'Em Porto Alegre,'],
      ['direction', null, 'ARTE: MAPA DAS'],
      ['direction', null, 'GC: Maria Souza'],
      ['direction', null, 'VT'],
      ['narration', null, 'Mais informações no'],
    ]);
    // `(OFF)` in the tag is the delivery, not a title.
    const off = speechOf(doc, 'Em Porto Alegre');
    expect(off?.type === 'speech' && off.delivery).toBe('voice-over');
    expect(doc.speakers.find((s) => s.role === 'reporter')?.title ?? null).toBeNull();
    expect(rules(doc, 'turn-end').length).toBeGreaterThan(0);
  });

  it('GOOD: a script pasted in title case (Retranca:, Cabeça:, Off:, Sonora: Name, role)', () => {
    const doc = format([
      'Retranca: Seca no Nordeste',
      'Cabeça: O açude de Orós está com apenas 8% da capacidade.',
      'Off: Os agricultores perderam a safra de milho pelo segundo ano.',
      'Sonora: José Bezerra, agricultor',
      '"Não choveu nada este ano."',
      'Passagem: A previsão é de chuva só em março.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Retranca: Seca no'],
      ['direction', null, 'Cabeça'],
      ['narration', null, 'O açude de'],
      ['direction', null, 'Off'],
      ['narration', null, 'Os agricultores perderam'],
      ['direction', null, 'Sonora: José Bezerra,'],
      ['speech', 'José Bezerra', 'Não choveu nada'],
      ['direction', null, 'Passagem'],
      ['narration', null, 'A previsão é'],
    ]);
    expect(doc.slug).toBe('SECA-NO-NORDESTE');
    expect(speechOf(doc, 'O açude')?.text).toContain('8%');
  });

  it('BAD: title-case cue words alone, or before lower-case words, are ordinary text', () => {
    const doc = format([
      'Sonora',
      '',
      'The state of Sonora borders Arizona. Its capital is Hermosillo.',
      '',
      'Off',
      '',
      'The lights went off.',
    ]);
    expect(rows(doc).map((r) => r[0])).not.toContain('direction');
    expect(inlineScriptCue('Sonora: a terra do deserto.')).toBeNull();
    expect(inlineScriptCue('Cabeça: A chuva voltou.')).toEqual({
      cue: 'Cabeça',
      rest: 'A chuva voltou.',
    });
  });

  it('GOOD: each story of a printed rundown has its RETRANCA: a note, the first is the slug', () => {
    const doc = format([
      'JORNAL HOJE – 30/11/2026',
      '',
      'RETRANCA: ENCHENTES RS',
      'CABEÇA: A chuva não dá trégua no Rio Grande do Sul.',
      'VT',
      'DEIXA: ...continua em alerta.',
      '',
      'RETRANCA: GREVE METRÔ',
      'CABEÇA: Os metroviários de São Paulo entraram em greve nesta manhã.',
      'NOTA COBERTA: Passageiros enfrentaram filas nas estações da Zona Leste.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'JORNAL HOJE –'],
      ['note', null, 'RETRANCA: ENCHENTES RS'],
      ['direction', null, 'CABEÇA'],
      ['narration', null, 'A chuva não'],
      ['direction', null, 'VT'],
      ['direction', null, 'DEIXA: ...continua em'],
      ['note', null, 'RETRANCA: GREVE METRÔ'],
      ['direction', null, 'CABEÇA'],
      ['narration', null, 'Os metroviários de'],
      ['direction', null, 'NOTA COBERTA'],
      ['narration', null, 'Passageiros enfrentaram filas'],
    ]);
    expect(doc.slug).toBe('ENCHENTES-RS');
    expect(doc.speakers).toEqual([]);
  });

  it('BAD: a bite header over a paragraph a blank line below, or over a tagged turn, names no one', () => {
    const doc = format([
      'ANCHOR: Good evening.',
      '',
      'SOT: MARIA LOPEZ / FIRE CHIEF',
      '',
      'Crews worked through the night to hold the fire line.',
      '',
      'SOT: JIM BOND / RESIDENT',
      'ANCHOR: Nobody was hurt.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Good evening.'],
      ['direction', null, 'SOT: MARIA LOPEZ'],
      ['speech', 'anchor', 'Crews worked through'],
      ['direction', null, 'SOT: JIM BOND'],
      ['speech', 'anchor', 'Nobody was hurt.'],
    ]);
    expect(doc.speakers.map((s) => s.name)).not.toContain('Maria Lopez');
  });

  it('BAD: initials GC and VO in an interview keep their turns, a sentence after GC: too', () => {
    const doc = format([
      'GC: Where were you born?',
      'VO: Maria Souza - Moradora, my mother said.',
      'GC: Paris, in 1990?',
      'VO: No. In Lisbon.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.speakers).toHaveLength(2);
  });
});

describe('Portuguese quotes and Portugal’s scripts (RTP, SIC)', () => {
  it('GOOD: PIVOT is the anchor, VIVO a cue, and the author’s guillemets stay «…»', () => {
    const doc = format([
      'PIVOT: Boa noite. O ministro disse que «a situação está controlada» e que não há perigo.',
      '',
      'OFF',
      'As chamas obrigaram à evacuação de três aldeias.',
      '',
      'VIVO',
      'REPÓRTER: O comandante disse: "Estamos a acompanhar." O fogo está controlado.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Boa noite. O'],
      ['direction', null, 'OFF'],
      ['narration', null, 'As chamas obrigaram'],
      ['direction', null, 'VIVO'],
      ['speech', 'reporter', 'O comandante disse:'],
    ]);
    expect(doc.language).toBe('pt');
    expect(speechOf(doc, 'O comandante')?.text).toContain('«Estamos a acompanhar.»');
    expect(speechOf(doc, 'Boa noite')?.text).toContain('«a situação está controlada»');
  });

  it('GOOD: a Brazilian text with straight quotes gets “…”; the change is reported', () => {
    const doc = formatTranscript(
      [
        'APRESENTADOR: Boa noite. O prefeito disse que "a situação está sob controle" e que não há risco.',
        '',
        'REPÓRTER: A Defesa Civil não confirmou a informação. Também não há previsão de chuva para a região.',
      ].join('\n'),
    );
    expect(doc.language).toBe('pt');
    expect(speechOf(doc, 'Boa noite')?.text).toContain('“a situação está sob controle”');
    expect(rules(doc, 'typography')[0]?.line).toBe(1);
    // No message says Portuguese has no rules.
    expect(rules(doc, 'language').some((m) => /no rules/.test(String(m.reason)))).toBe(false);
  });

  it('BAD: Italian stays as typed (no rules for it), whatever its quotes', () => {
    const text =
      'Il sindaco ha detto che "la situazione è sotto controllo" e che non ci sono rischi per la popolazione della città.';
    const doc = formatTranscript(text);
    expect(doc.blocks[0]?.text).toContain('"la situazione è sotto controllo"');
  });
});

describe('bite headers and cues of other countries’ scripts', () => {
  it('GOOD: Turkish SES names the bite, KJ is a caption, RÖPORTAJ a cue', () => {
    const doc = format([
      "SUNUCU: İyi akşamlar. İstanbul'da yağış etkili oluyor.",
      '',
      'RÖPORTAJ',
      '',
      'SES: MEHMET KAYA / VATANDAŞ',
      'Evimize girmek için iki saat bekledik.',
      '',
      'KJ: BELEDİYE BAŞKANI',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', "İyi akşamlar. İstanbul'da"],
      ['direction', null, 'RÖPORTAJ'],
      ['direction', null, 'SES: MEHMET KAYA'],
      ['speech', 'Mehmet Kaya', 'Evimize girmek için'],
      ['direction', null, 'KJ: BELEDİYE BAŞKANI'],
    ]);
    const bite = speechOf(doc, 'Evimize');
    expect(bite?.type === 'speech' && bite.sot).toBe(true);
  });

  it('BAD: `SES:` or `KJ:` before a sentence is a speaker’s turn (initials, a name)', () => {
    const doc = format([
      'KJ: Bugün hava çok güzel, değil mi?',
      'SES: Evet, çok güzel. Yarın da güzel olacak.',
      'KJ: Peki, haftaya?',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech']);
    expect(doc.speakers).toHaveLength(2);
  });

  it('GOOD: Greek ΔΗΛΩΣΗ names the bite, ΣΥΝΕΝΤΕΥΞΗ is a cue', () => {
    const doc = format([
      'ΠΑΡΟΥΣΙΑΣΤΗΣ: Καλησπέρα σας. Μεγάλη φωτιά στην Αττική.',
      '',
      'ΡΕΠΟΡΤΑΖ',
      '',
      'ΔΗΛΩΣΗ: ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ, ΔΗΜΑΡΧΟΣ',
      'Η κατάσταση είναι δύσκολη.',
      '',
      'ΣΥΝΕΝΤΕΥΞΗ',
      'ΜΑΡΙΑ ΓΕΩΡΓΙΟΥ: Φύγαμε νωρίς από το σπίτι.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', 'Καλησπέρα σας. Μεγάλη'],
      ['direction', null, 'ΡΕΠΟΡΤΑΖ'],
      ['direction', null, 'ΔΗΛΩΣΗ: ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ,'],
      ['speech', 'Γιάννης Παπαδόπουλος', 'Η κατάσταση είναι'],
      ['direction', null, 'ΣΥΝΕΝΤΕΥΞΗ'],
      ['speech', 'Μαρία Γεωργίου', 'Φύγαμε νωρίς από'],
    ]);
    // The interview cue gives the next turn its delivery.
    const interview = speechOf(doc, 'Φύγαμε');
    expect(interview?.type === 'speech' && interview.delivery).toBe('sot');
  });

  it('GOOD: Dutch O-TOON, Polish PREZENTER and SETKA, Indonesian SOT and NARASI', () => {
    const dutch = format([
      'PRESENTATOR: Goedenavond. In Limburg is de Maas buiten haar oevers getreden.',
      '',
      'VO',
      '',
      'O-TOON: Marieke de Vries, bewoonster',
      '"Het water stond tot aan de deur."',
    ]);
    expect(rows(dutch).slice(2)).toEqual([
      ['direction', null, 'O-TOON: Marieke de'],
      ['speech', 'Marieke de Vries', 'Het water stond'],
    ]);
    const polish = format([
      'PREZENTER: Dobry wieczór. Powódź na południu Polski.',
      '',
      'OFF',
      'Woda w Kłodzku podniosła się o dwa metry.',
      '',
      'SETKA: JAN KOWALSKI, MIESZKANIEC',
      'Straciliśmy wszystko.',
      '',
      'PREZENTER: Sytuacja jest wciąż poważna.',
    ]);
    expect(rows(polish)).toEqual([
      ['speech', 'presenter', 'Dobry wieczór. Powódź'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Woda w Kłodzku'],
      ['direction', null, 'SETKA: JAN KOWALSKI,'],
      ['speech', 'Jan Kowalski', 'Straciliśmy wszystko.'],
      ['speech', 'presenter', 'Sytuacja jest wciąż'],
    ]);
    const indonesian = format([
      'PRESENTER: Selamat malam. Banjir kembali melanda Jakarta.',
      '',
      'SOT: BUDI SANTOSO / WARGA',
      'Air masuk ke rumah sejak subuh.',
      '',
      'NARASI:',
      'Pemerintah provinsi menyiapkan posko pengungsian.',
    ]);
    expect(rows(indonesian)).toEqual([
      ['speech', 'presenter', 'Selamat malam. Banjir'],
      ['direction', null, 'SOT: BUDI SANTOSO'],
      ['speech', 'Budi Santoso', 'Air masuk ke'],
      ['direction', null, 'NARASI'],
      ['narration', null, 'Pemerintah provinsi menyiapkan'],
    ]);
  });

  it('BAD: a Polish first name Jan or a name May beside other words is no dateline', () => {
    expect(classifyLine('JAN KOWALSKI, MIESZKANIEC')).toBeNull();
    expect(classifyLine('May Lee, Councillor')).toBeNull();
    // Datelines still are: a digit, or a weekday.
    expect(classifyLine('Monday, 3 November 2026')).toBe('dateline');
    expect(classifyLine('Jan 12, 2026')).toBe('dateline');
  });

  it('GOOD: Korean <리포트> over its copy hands over from the anchor; 인터뷰 names the bite', () => {
    const doc = format([
      '앵커: 오늘 서울에 많은 비가 내렸습니다.',
      '',
      '<리포트>',
      '강남역 일대가 물에 잠겼습니다.',
      '',
      '인터뷰: 김민수 / 서울 강남구',
      '물이 무릎까지 찼어요.',
      '',
      '기자: 비는 내일 오전까지 이어지겠습니다.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', '오늘 서울에 많은'],
      ['direction', null, '리포트'],
      ['narration', null, '강남역 일대가 물에'],
      ['direction', null, '인터뷰: 김민수 /'],
      ['speech', '김민수', '물이 무릎까지 찼어요.'],
      ['speech', 'reporter', '비는 내일 오전까지'],
    ]);
    expect(rules(doc, 'turn-end').some((m) => m.line === 3)).toBe(true);
  });

  it('GOOD: Japanese 【インタビュー】 and （インタビュー） are cues, not words of the quotation', () => {
    const doc = format([
      '【アナ】',
      '台風１０号は今夜、九州に上陸する見通しです。',
      '',
      '【インタビュー】',
      '「こんなに強い雨は初めてです」',
      '',
      '（インタビュー）',
      '「早めに避難しました」',
    ]);
    // The announcer's turn ends at the interview: the quotation is another voice's.
    expect(rows(doc).map((r) => r.slice(0, 1).concat(r[2]))).toEqual([
      ['speech', '台風１０号は今夜、九州に上陸する見通しです。'],
      ['direction', 'インタビュー'],
      ['narration', '「こんなに強い雨は初めてです」'],
      ['direction', 'インタビュー'],
      ['narration', '「早めに避難しました」'],
    ]);
  });

  it('GOOD: 【リポート】 hands over; 【インタビュー】 with who speaks names the quotation below', () => {
    const doc = format([
      '【アナ】',
      '大雨の影響で、九州では交通が乱れています。',
      '',
      '【リポート】',
      '福岡市の中心部では、道路が冠水しました。',
      '',
      '【インタビュー】鹿児島市の男性',
      '「こんなに強い雨は初めてです」',
    ]);
    expect(rows(doc).map((r) => r.slice(0, 2))).toEqual([
      ['speech', 'announcer'],
      ['direction', null],
      ['narration', null],
      ['speech', '鹿児島市の男性'],
    ]);
    const bite = speechOf(doc, '「こんなに');
    expect(bite?.type === 'speech' && bite.delivery).toBe('sot');
    // The cue stays in the speaker's tag as written.
    expect(doc.speakers.find((s) => s.name === '鹿児島市の男性')?.aliases).toContain(
      '【インタビュー】 鹿児島市の男性',
    );
  });

  it('BAD: a reporting clause before a quotation names no speaker without the cue', () => {
    const doc = format(['【アナ】', '首相は記者団に', '「増税はしない」と述べました。']);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['announcer']);
  });

  it('GOOD: Dutch REPORTAGE ends the presenter’s turn; Malaysian PEMBACA BERITA and PENYAMPAI', () => {
    const dutch = format([
      'PRESENTATOR: Goedenavond. Het kabinet is gevallen.',
      '',
      'REPORTAGE',
      '',
      'VO: Vanmiddag bood de premier zijn ontslag aan bij de koning.',
    ]);
    expect(rows(dutch)).toEqual([
      ['speech', 'presenter', 'Goedenavond. Het kabinet'],
      ['direction', null, 'REPORTAGE'],
      ['direction', null, 'VO'],
      ['narration', null, 'Vanmiddag bood de'],
    ]);
    const malay = format([
      'PEMBACA BERITA: Selamat malam. Banjir melanda Kelantan sejak pagi tadi.',
      '',
      'SOT: AHMAD ZAKI / PENDUDUK KAMPUNG',
      'Air naik terlalu cepat, kami tak sempat selamatkan barang.',
      '',
      'PENYAMPAI: Kita akan kembali selepas ini.',
    ]);
    expect(rows(malay)).toEqual([
      ['speech', 'anchor', 'Selamat malam. Banjir'],
      ['direction', null, 'SOT: AHMAD ZAKI'],
      ['speech', 'Ahmad Zaki', 'Air naik terlalu'],
      ['speech', 'presenter', 'Kita akan kembali'],
    ]);
  });

  it('BAD: `Reportage` in a sentence, or in title case alone, is text', () => {
    const doc = format([
      'ANCHOR: Good evening.',
      '',
      'Reportage',
      '',
      'ANCHOR: Reportage matters.',
    ]);
    expect(rows(doc).map((r) => r[0])).not.toContain('direction');
  });

  it('BAD: インタビュー inside a sentence stays in it', () => {
    const doc = format(['【アナ】', '首相はインタビューで「増税はしない」と述べました。']);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech']);
  });
});

describe('newsroom-system printouts (Octopus, Dalet, MOS objects)', () => {
  it('GOOD: an Octopus printout: each story’s header line is a note, CAM cues directions', () => {
    const doc = format([
      'Story: FLOODS-LEAD   Page: 12   Presenter: Jana Novak   Duration: 01:30   Backtime: 19:12:30',
      'CAM 2',
      'Good evening. Floodwater has reached the centre of Brno for the first time in 20 years.',
      'CG: JANA NOVAK / MAYOR',
      'SOT: JANA NOVAK / MAYOR',
      '"We are evacuating three districts tonight."',
      'RUNS :12',
      '',
      'Story: FLOODS-VO   Page: 13   Presenter: Jana Novak   Duration: 00:40',
      'CAM 1',
      'Rescue teams worked through the night to reinforce the dams.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Story: FLOODS-LEAD Page:'],
      ['direction', null, 'CAM 2'],
      ['narration', null, 'Good evening. Floodwater'],
      ['direction', null, 'CG: JANA NOVAK'],
      ['direction', null, 'SOT: JANA NOVAK'],
      ['speech', 'Jana Novak', 'We are evacuating'],
      ['direction', null, 'RUNS :12'],
      ['note', null, 'Story: FLOODS-VO Page:'],
      ['direction', null, 'CAM 1'],
      ['narration', null, 'Rescue teams worked'],
    ]);
    expect(doc.slug).toBe('FLOODS-LEAD');
    expect(
      doc.blocks.filter((b) => b.type === 'note').every((b) => b.reason === 'story-form'),
    ).toBe(true);
    expect(speechOf(doc, 'Good evening')?.text).toContain('20 years');
  });

  it('GOOD: a Dalet printout with bars, its presenter line, and a MOS object line', () => {
    const doc = format([
      'Title: STRIKE TALKS | Duration: 0:45 | Status: Ready | Modified by: P. Hall',
      'Presenter: Sam Reid',
      'The rail union says talks with the operator broke down this afternoon.',
      '<MOS> L3 Name | Tom Baker | Union Secretary </MOS>',
      'SOT: TOM BAKER / UNION SECRETARY',
      '"We had no choice but to walk out."',
      '',
      'Title: WEATHER | Duration: 0:30 | Status: Ready',
      'Presenter: Sam Reid',
      'More rain is expected across the north tomorrow.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Title: STRIKE TALKS'],
      ['note', null, 'Presenter: Sam Reid'],
      ['narration', null, 'The rail union'],
      ['direction', null, 'L3 Name |'],
      ['direction', null, 'SOT: TOM BAKER'],
      ['speech', 'Tom Baker', 'We had no'],
      ['note', null, 'Title: WEATHER |'],
      ['note', null, 'Presenter: Sam Reid'],
      ['narration', null, 'More rain is'],
    ]);
    expect(doc.title).toBe('STRIKE TALKS');
    // The MOS marks are taken off and reported with the line.
    expect(rules(doc, 'production-cue').map((m) => m.line)).toEqual([4]);
  });

  it('BAD: in prose, a line of two labels and a later `Slug:` stay text', () => {
    const doc = format([
      'The council met on Tuesday to discuss the new bus routes through the town centre.',
      '',
      'Time: 7 p.m. Place: City Hall, and the public may attend.',
      '',
      'Slug: a small land snail without a shell, common in gardens after rain.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['narration', 'narration', 'narration']);
  });

  it('BAD: `CAM 2` in lower case or inside a sentence is text', () => {
    const doc = format([
      'ANCHOR: Good evening.',
      '',
      'cam 2',
      '',
      'ANCHOR: Cam 2 is broken tonight.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech']);
  });
});
