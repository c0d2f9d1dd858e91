/**
 * Official records and caption speakers (issue 10): UN verbatim records in the UN's languages,
 * Supreme Court captions, type labels under a title, `>>` speakers who introduce themselves.
 * Every transcript here was written for these tests in its convention; none is a copy of the
 * eval set's files.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { partyName } from '../../src/core/records.ts';
import { parseTag } from '../../src/core/tags.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';

/** `line type[/reason]` of every block, in order. */
function kinds(doc: ScriptDocument): string[] {
  return doc.blocks.map((b) => `${b.line} ${b.type}${b.type === 'note' ? `/${b.reason}` : ''}`);
}

function typeAt(doc: ScriptDocument, line: number): string[] {
  return doc.blocks.filter((b) => b.line === line).map((b) => b.type);
}

/** The name (or role) of the speaker of the block that starts so (apostrophes folded). */
function speakerOf(doc: ScriptDocument, startsWith: string): string | null {
  const fold = (t: string) => t.replace(/\u2019/g, "'");
  const block = doc.blocks.find((b) => fold(b.text).startsWith(fold(startsWith)));
  const speaker = doc.speakers.find((s) => s.id === block?.speaker);
  return speaker ? (speaker.name ?? speaker.role) : null;
}

function fromInput(input: string): ScriptDocument {
  return prepare(input, optionsSchema().parse({}), detectInputFormat(input));
}

// --- UN verbatim records -----------------------------------------------------------------------

const GA_RECORD = `United Nations A/79/PV.34
General Assembly Provisional
Seventy-ninth session

34th plenary meeting
Tuesday, 15 October 2024, 3 p.m.
New York

President: Mr. Philemon Yang . . . . . . . . . . . . . . . . . . . . (Cameroon)

In the absence of the President, Mr. Rae (Canada), Vice-President, took the Chair.

The meeting was called to order at 3.05 p.m.

Agenda item 68 (continued)

Promotion and protection of human rights

The Acting President: I now give the floor to the representative of Chile.

Mr. Soto (Chile) (spoke in Spanish): Chile reaffirms its commitment to the universal periodic review. We will table the draft resolution next week.

Ms. Okonkwo (Nigeria): My delegation thanks the Secretary-General for his report.

24-29876 (E)
A/79/PV.34 Promotion and protection of human rights 15/10/2024

Agenda item 27

Social development

The Acting President: We turn now to social development. I give the floor to the representative of Norway.

Mr. Lunde (Norway): Norway has doubled its contribution to the fund this year.

The meeting rose at 6 p.m.

This record contains the text of speeches delivered in English and of the translation of speeches delivered in other languages. Corrections should be submitted to the original languages only.`;

const SC_RECORD_SPANISH = `Naciones Unidas S/PV.9901
Consejo de Seguridad
Octogésimo año

9901ª sesión
Martes 6 de mayo de 2025, a las 15.00 horas
Nueva York

Presidente: Sr. Ramírez . . . . . . . . . . . . . . . . . . (Panamá)

Aprobación del orden del día

Se aprueba el orden del día.

Informes del Secretario General sobre el Sudán y Sudán del Sur

El Presidente: De conformidad con el artículo 37 del reglamento provisional del Consejo, invito al representante del Sudán a participar en esta sesión.

Sr. Ali (Sudán) (habla en árabe): Agradezco al Presidente la convocatoria de esta sesión.`;

const GA_RECORD_RUSSIAN = `Генеральная Ассамблея
Восьмидесятая сессия

12-е пленарное заседание
Вторник, 23 сентября 2025 года, 15 ч. 00 м.
Нью-Йорк

Председатель: г-жа Бербок (Германия)

Пункт 8 повестки дня

Общие прения

Председатель: Слово предоставляется представителю Чили.

Г-н Сото (Чили) (говорит по-испански): Чили поддерживает эту резолюцию.`;

describe('UN verbatim records', () => {
  it('keeps the whole header as notes: symbol, organ, session, meeting, date, place, chair', () => {
    const doc = formatTranscript(GA_RECORD);
    expect(kinds(doc).slice(0, 7)).toEqual([
      '1 note/page-element',
      '2 note/page-element',
      '3 note/page-element',
      '5 note/page-element',
      '6 note/dateline',
      '7 note/dateline',
      '9 note/programme-credit',
    ]);
    // The chair on the roster is no speech, and nobody speaks the roster's words.
    expect(doc.blocks.some((b) => b.type === 'speech' && b.text.includes('Yang'))).toBe(false);
  });

  it('reads agenda items as notes and the headings under them as headlines; the title is the first', () => {
    const doc = formatTranscript(GA_RECORD);
    expect(typeAt(doc, 15)).toEqual(['note']);
    expect(typeAt(doc, 17)).toEqual(['headline']);
    expect(typeAt(doc, 28)).toEqual(['note']);
    expect(typeAt(doc, 30)).toEqual(['headline']);
    expect(doc.title).toBe('Promotion and protection of human rights');
  });

  it('keeps running headers, job numbers and the corrections footer as notes, speeches as speech', () => {
    const doc = formatTranscript(GA_RECORD);
    expect(typeAt(doc, 25)).toEqual(['note']);
    expect(typeAt(doc, 26)).toEqual(['note']);
    expect(doc.blocks.at(-1)?.type).toBe('note');
    expect(doc.blocks.at(-1)?.reason).toBe('disclaimer');
    expect(speakerOf(doc, 'Chile reaffirms')).toBe('Mr. Soto');
    expect(speakerOf(doc, 'Norway has doubled')).toBe('Mr. Lunde');
    // Procedural sentences are directions, also at a whole hour and for the chair's substitute.
    expect(typeAt(doc, 11)).toEqual(['direction']);
    expect(typeAt(doc, 36)).toEqual(['direction']);
  });

  it('reads a Spanish record: the roster is no tag, the procedural heading is not the title', () => {
    const doc = formatTranscript(SC_RECORD_SPANISH);
    expect(
      kinds(doc)
        .slice(0, 7)
        .every((k) => k.includes(' note/')),
    ).toBe(true);
    expect(typeAt(doc, 11)).toEqual(['headline']);
    expect(typeAt(doc, 13)).toEqual(['direction']);
    expect(typeAt(doc, 15)).toEqual(['headline']);
    expect(doc.title).toBe('Informes del Secretario General sobre el Sudán y Sudán del Sur');
    // `El Presidente:` is the chair's office, as `The President:` is: the role, not a person.
    expect(speakerOf(doc, 'De conformidad')).toBe('presidente');
  });

  it('reads a Russian record without a symbol, and the Russian language note of a tag', () => {
    const doc = formatTranscript(GA_RECORD_RUSSIAN);
    expect(kinds(doc).slice(0, 7)).toEqual([
      '1 note/page-element',
      '2 note/page-element',
      '4 note/page-element',
      '5 note/dateline',
      '6 note/dateline',
      '8 note/programme-credit',
      '10 note/page-element',
    ]);
    expect(doc.title).toBe('Общие прения');
    // `Председатель:` with words after it is the chair speaking, not the roster.
    expect(typeAt(doc, 14)).toEqual(['speech']);
    expect(speakerOf(doc, 'Чили поддерживает')).toBe('Г-н Сото');
    expect(doc.blocks.find((b) => b.text.startsWith('Чили'))?.translated).toBe(true);
  });

  it('leaves a news script about the Council alone: one header-like line is no record', () => {
    const doc = formatTranscript(
      'Security Council\n\nLast year the council met more than 300 times, diplomats say.\n\nThe President: Mr. Speaker, thank you for having me.\n\nPresident: Mr. Fu Cong said the vote would wait until Friday.',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
    expect(typeAt(doc, 5)).toEqual(['speech']);
    expect(typeAt(doc, 7)).toEqual(['speech']);
    expect(doc.blocks.find((b) => b.line === 7)?.text).toContain('Fu Cong said');
  });

  it('does not read an agenda line inside a speech, nor a line after the header without an item', () => {
    const doc = formatTranscript(
      `${GA_RECORD_RUSSIAN}\n\nГ-н Ли (Китай): Agenda item 8 is important to us.\n\nThe council must act now`,
    );
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Общие прения',
    ]);
  });
});

// --- Supreme Court captions -----------------------------------------------------------------------

const CAPTION_COLONS = `IN THE SUPREME COURT OF THE UNITED STATES
- - - - - - - - - - - - - - - - - - x
NATIONAL BOARD OF PHARMACY,            :
             Petitioner,               :
        v.                             :  No. 23-1187
DELGADO PHARMACEUTICALS, LLC, ET AL.,  :
             Respondents.              :
- - - - - - - - - - - - - - - - - - x
Washington, D.C.
Wednesday, November 12, 2025

CHIEF JUSTICE ROBERTS: We'll hear argument this morning in Case 23-1187, National Board of Pharmacy versus Delgado.

MR. IBARRA: Mr. Chief Justice, and may it please the Court: The board acted within its authority.`;

const COVER_PAGE = `Official - Subject to Final Review
IN THE SUPREME COURT OF THE UNITED STATES
In the Matter of:                )
MARTA OKAFOR,                    )
             Petitioner,         )
        v.                       )  No. 24-301
UNITED STATES,                   )
             Respondent.         )

Pages: 1 through 58
Place: Washington, D.C.
Date: January 14, 2026

HERITAGE REPORTING CORPORATION
Official Reporters

CHIEF JUSTICE ROBERTS: We'll hear argument first this morning in Case 24-301, Okafor versus United States. Mr. Dale.

MR. DALE: Mr. Chief Justice, and may it please the Court: The sentence rests on a miscount.`;

const BARE_CAPTION = `IN THE SUPREME COURT OF THE UNITED STATES
O'BRIEN TRUCKING CO.,
Petitioner,
v. No. 24-77
FEDERAL MOTOR CARRIER SAFETY ADMINISTRATION,
Respondent.

JUSTICE GORSUCH: Counsel, what is the harm here?

MS. LIN: The harm is a fine of $40,000 a day, Your Honor.`;

describe('Supreme Court captions', () => {
  it('titles the transcript with the case name and keeps the caption box as notes', () => {
    const doc = formatTranscript(CAPTION_COLONS);
    expect(doc.title).toBe('National Board of Pharmacy v. Delgado Pharmaceuticals, LLC');
    for (let line = 1; line <= 10; line++) expect(typeAt(doc, line)).toEqual(['note']);
    expect(speakerOf(doc, 'Mr. Chief Justice, and may it please the Court: The board')).toBe(
      'Mr. Ibarra',
    );
  });

  it('reads the cover page: In the Matter of, Pages, Place, Date and the reporter are notes', () => {
    const doc = formatTranscript(COVER_PAGE);
    expect(doc.title).toBe('Marta Okafor v. United States');
    for (const line of [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15]) {
      expect(typeAt(doc, line), `line ${line}`).toEqual(['note']);
    }
    expect(doc.blocks.some((b) => b.type === 'headline')).toBe(false);
  });

  it('reads a caption whose bracket column was lost in the paste', () => {
    const doc = formatTranscript(BARE_CAPTION);
    expect(doc.title).toBe("O'Brien Trucking Co. v. Federal Motor Carrier Safety Administration");
    expect(
      kinds(doc)
        .slice(0, 6)
        .every((k) => k.endsWith('note/page-element')),
    ).toBe(true);
    expect(speakerOf(doc, 'The harm is')).toBe('Ms. Lin');
  });

  it('writes party names as a producer would', () => {
    expect(partyName('HARLAN COUNTY, KENTUCKY, ET AL.,')).toBe('Harlan County, Kentucky');
    expect(partyName('U.S. BANK NATIONAL ASSOCIATION,')).toBe('U.S. Bank National Association');
    expect(partyName('FCC')).toBe('FCC');
    expect(partyName('MCDONALD CORP.')).toBe('McDonald Corp.');
    expect(partyName('Department of Labor,')).toBe('Department of Labor');
    expect(partyName('SECRETARY OF THE INTERIOR')).toBe('Secretary of the Interior');
  });

  it('leaves a court in a sentence and a case name in narration alone', () => {
    const doc = formatTranscript(
      'IN THE COURT OF PUBLIC OPINION, HE HAS LOST.\n\nThe case, Smith v. Jones, was decided in 1990.\n\nv.\n\nANCHOR: Legal analysts say the ruling stands.',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
    expect(doc.title).toBeNull();
  });

  it('needs the parties on both sides of v. under the court line', () => {
    const doc = formatTranscript(
      'IN THE SUPREME COURT OF THE UNITED STATES\n\nJUSTICE ALITO: The court is in session.',
    );
    expect(doc.title).toBeNull();
    expect(typeAt(doc, 3)).toEqual(['speech']);
  });
});

// --- Type labels and issuing offices under a title -----------------------------------------------

describe('type labels under a title', () => {
  it('Hansard: the business type under the heading is a note, the heading the title', () => {
    const doc = formatTranscript(
      'Knife Crime: Young People\nUrgent Question\n\nVolume 770: debated on Wednesday 5 November 2025\n\n11.34 am\n\nMs Priya Nair (Leicester West) (Lab): To ask the Secretary of State for the Home Department if she will make a statement on knife crime among young people.\n\nThe Minister for Policing (Tom Ashdown): The Government are determined to halve knife crime within a decade.',
    );
    expect(doc.title).toBe('Knife Crime: Young People');
    expect(kinds(doc).slice(0, 4)).toEqual([
      '1 headline',
      '2 note/page-element',
      '4 note/dateline',
      '6 note/dateline',
    ]);
  });

  it('a government page: the type label and the issuing office are notes', () => {
    const doc = formatTranscript(
      "Secretary's Call with Kenyan Foreign Minister\n\nReadout\n\nOffice of the Spokesperson\n\nSecretary Rubio spoke today with Kenyan Foreign Minister Musalia Mudavadi about regional security.",
    );
    expect(kinds(doc)).toEqual([
      '1 headline',
      '3 note/page-element',
      '5 note/byline',
      '7 narration',
    ]);
  });

  it('only right under the title and before the first speech', () => {
    const doc = formatTranscript(
      'Remarks by the Vice President on Broadband\n\nFor Immediate Release\n\nTHE VICE PRESIDENT: Thank you, everyone. Please, sit down.\n\nQuestion\n\nIt is a question every family asks.',
    );
    expect(typeAt(doc, 3)).toEqual(['note']);
    expect(typeAt(doc, 7)).toEqual(['speech']);
  });

  it('a label word as the first line, or in a sentence, is not a label', () => {
    const doc = formatTranscript(
      'Question\n\nWhy did the bridge close? Engineers found a crack on Tuesday.\n\nQuestions remain over the budget.',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

// --- Speakers in captions and numbered labels ----------------------------------------------------

const ROLLUP_SRT = `1
00:00:00,400 --> 00:00:02,600
>> GOOD MORNING. I'M DANA PRICE.
THE RIVER CRESTED OVERNIGHT

2
00:00:02,600 --> 00:00:05,100
AT 31 FEET.

3
00:00:05,300 --> 00:00:07,800
>> I'M TELLING YOU, IT CAME UP
FAST. WE HAD AN HOUR.

4
00:00:08,000 --> 00:00:10,200
>> ANNOUNCER: FROM THE COUNTY
BUILDING, THIS IS VALLEY REPORT.

5
00:00:10,400 --> 00:00:12,000
>> DANA: BACK TO YOU, JIM.
`;

const CAPTIONS_VTT = `WEBVTT

00:00:00.000 --> 00:00:02.500
>> Hello, I'm Ana Ruiz. The polls

00:00:02.500 --> 00:00:04.000
close at eight tonight.

00:00:04.200 --> 00:00:06.400
>> I'm not sure I'll vote this year.

00:00:06.600 --> 00:00:08.800
>> I'm voting for the school levy.
`;

describe('speakers who introduce themselves', () => {
  it('a >> speaker in capitals who greets and gives a name is that person, for that turn only', () => {
    const doc = fromInput(ROLLUP_SRT);
    expect(speakerOf(doc, 'GOOD MORNING')).toBe('Dana Price');
    // The next anonymous voice is not Dana Price, and `I'M TELLING YOU` names nobody.
    expect(speakerOf(doc, 'I’M TELLING YOU')).toBe('unidentified');
  });

  it('a later >> tag with the first name of the one speaker so named is that speaker', () => {
    const doc = fromInput(ROLLUP_SRT);
    expect(speakerOf(doc, 'BACK TO YOU')).toBe('Dana Price');
    expect(doc.speakers.filter((s) => s.name === 'Dana')).toEqual([]);
    expect(doc.messages.some((m) => m.ruleId === 'speaker-alias' && /DANA/.test(m.reason))).toBe(
      true,
    );
  });

  it('an announcer saying "this is <programme>" keeps the role', () => {
    const doc = fromInput(ROLLUP_SRT);
    expect(speakerOf(doc, 'FROM THE COUNTY')).toBe('announcer');
  });

  it('in mixed case a >> speaker is named by the introduction alone', () => {
    const doc = fromInput(CAPTIONS_VTT);
    expect(speakerOf(doc, 'Hello, I’m Ana Ruiz')).toBe('Ana Ruiz');
    // Two `>>` voices in a row, neither named: two voices, two turns.
    expect(speakerOf(doc, 'I’m not sure')).toBe('unidentified #1');
    expect(speakerOf(doc, 'I’m voting')).toBe('unidentified #2');
  });

  it('a numbered Speaker N takes the name they give, not a phrase', () => {
    const doc = formatTranscript(
      "Speaker 1 (00:00:01):\nWelcome in. Who am I talking to?\n\nSpeaker 2 (00:00:04):\nHi, I'm Omar Haddad. I coach the under-12 team.\n\nSpeaker 1 (00:00:09):\nI'm glad you came, Omar.",
    );
    expect(speakerOf(doc, 'Hi, I’m Omar')).toBe('Omar Haddad');
    expect(speakerOf(doc, 'Welcome in')).toBe('Speaker 1');
    expect(speakerOf(doc, 'I’m glad')).toBe('Speaker 1');
  });
});

describe('not tags, not words of a turn', () => {
  it('a sentence after "Look," is no name-and-title tag', () => {
    expect(parseTag('Look, I came here to talk about one thing: pensions.')).toBeNull();
    expect(parseTag('Sergey Lavrov, Foreign Minister: Thank you.')?.tag.name).toBe('Sergey Lavrov');
  });

  it('an omission mark alone is a direction, inside a line it is text', () => {
    const doc = formatTranscript(
      'Vladimir Putin: Good afternoon, colleagues.\n\n<…>\n\nVladimir Putin: [...] and so we agreed.',
    );
    expect(typeAt(doc, 3)).toEqual(['direction']);
    expect(typeAt(doc, 5)).toEqual(['speech']);
  });
});

// --- Parliamentary question time ------------------------------------------------------------------

const QUESTION_TIME = `Oral Answers to Questions

Work and Pensions

The Secretary of State was asked—

Winter Fuel: Pensioners

1. Mrs Jane Roe (Northfield) (Lab): What steps she is taking to help pensioners with winter fuel costs. [906001]

The Minister for Pensions (Amir Shah): We have restored the payment for every pensioner under the income threshold.

T2. [906010] Mr Sam Lee (Eastbourne) (LD): Will the Minister meet the Eastbourne pensioners' forum?

Amir Shah: Yes.

The minister was asked about the figures last week and gave none.

1. Preheat the oven: 200 degrees.`;

describe('Hansard question time', () => {
  it('the section label is a note, the department the title, "was asked—" a direction', () => {
    const doc = formatTranscript(QUESTION_TIME);
    expect(kinds(doc).slice(0, 4)).toEqual([
      '1 note/page-element',
      '3 headline',
      '5 direction',
      '7 headline',
    ]);
    expect(doc.title).toBe('Work and Pensions');
  });

  it('reads numbered and topical questions as tags, keeping the number in the tag', () => {
    const doc = formatTranscript(QUESTION_TIME);
    expect(speakerOf(doc, 'What steps she')).toBe('Mrs Jane Roe');
    expect(speakerOf(doc, 'Will the Minister meet')).toBe('Mr Sam Lee');
    const lee = doc.speakers.find((s) => s.name === 'Mr Sam Lee');
    expect(lee?.aliases).toContain('T2. [906010] Mr Sam Lee (Eastbourne) (LD)');
    expect(speakerOf(doc, 'Yes.')).toBe('Amir Shah');
  });

  it('a numbered list item and a sentence with "was asked" stay text', () => {
    const doc = formatTranscript(QUESTION_TIME);
    const last = doc.blocks.at(-1);
    expect(last?.text).toBe('1. Preheat the oven: 200 degrees.');
    expect(last?.type).toBe('speech');
    expect(doc.blocks.find((b) => b.text.startsWith('The minister was asked'))?.type).toBe(
      'speech',
    );
    expect(doc.speakers.some((s) => s.name?.includes('Preheat'))).toBe(false);
  });

  it('a one-word answer stays a turn when no order-paper question follows', () => {
    const doc = formatTranscript(
      'Amir Shah: We will look at it.\n\nJane Doe: Thanks\n\nAmir Shah: And the second point is this.',
    );
    expect(speakerOf(doc, 'Thanks')).toBe('Jane Doe');
  });

  it('a colon heading is a headline only after the story began, and with capitalised halves', () => {
    const doc = formatTranscript(
      'Transcript: The Evening Show, 3/4/26\n\nANCHOR: Good evening.\n\nBudget: the chancellor said taxes will rise.',
    );
    expect(doc.title).toBe('Transcript: The Evening Show, 3/4/26');
    expect(doc.blocks.find((b) => b.text.startsWith('Budget'))?.type).not.toBe('headline');
  });
});

describe('more record sentences and front matter', () => {
  it('"It was so decided." alone is a direction; inside a sentence it is not', () => {
    const doc = formatTranscript(
      'It was so decided, the chair said, after a long night.\n\nIt was so decided.\n\nIl en est ainsi décidé.',
    );
    expect(kinds(doc)).toEqual(['1 narration', '3 direction', '5 direction']);
  });

  it("the General Assembly's 'Official Records' line is header furniture, not the title", () => {
    const doc = formatTranscript(
      GA_RECORD.replace('Seventy-ninth session', 'Seventy-ninth session\nOfficial Records'),
    );
    expect(typeAt(doc, 4)).toEqual(['note']);
    expect(doc.title).toBe('Promotion and protection of human rights');
  });

  it('appearances and contents under a caption are notes; a long argument heading is a headline', () => {
    const doc = formatTranscript(`${BARE_CAPTION.split('\n\n')[0]}

APPEARANCES:
RUTH ABARA, ESQUIRE, Chicago, Illinois; on behalf of the Petitioner.

C O N T E N T S
ORAL ARGUMENT OF:                 PAGE:
RUTH ABARA, ESQ.                     3

ORAL ARGUMENT OF RUTH ABARA ON BEHALF OF THE PETITIONER, O'BRIEN TRUCKING COMPANY, AND OF THE INTERVENORS

MS. ABARA: Mr. Chief Justice, and may it please the Court.`);
    for (const line of [8, 9, 11, 12, 13])
      expect(typeAt(doc, line), `line ${line}`).toEqual(['note']);
    expect(typeAt(doc, 15)).toEqual(['headline']);
    expect(speakerOf(doc, 'Mr. Chief Justice')).toBe('Ms. Abara');
  });

  it('a list runs to its blank line, even where an entry reads like a tag', () => {
    const doc = formatTranscript(`${BARE_CAPTION.split('\n\n')[0]}

APPEARANCES:
RUTH ABARA, ESQUIRE, Chicago, Illinois; on behalf of the Petitioner.
TOMAS VEGA, Assistant to the Solicitor General, Department of Justice, Washington, D.C.; for the United States.

C O N T E N T S
ORAL ARGUMENT OF:                 PAGE:
RUTH ABARA, ESQ.
On behalf of the Petitioner          3
TOMAS VEGA, ESQ.
For the United States               25

MS. ABARA: Mr. Chief Justice, and may it please the Court.

The case turns on the filing deadline.`);
    for (const line of [8, 9, 10, 12, 13, 14, 15, 16, 17])
      expect(typeAt(doc, line), `line ${line}`).toEqual(['note']);
    expect(speakerOf(doc, 'Mr. Chief Justice')).toBe('Ms. Abara');
    expect(doc.blocks.at(-1)?.type).not.toBe('note');
  });

  it('an APPEARANCES list without a court caption is left alone', () => {
    const doc = formatTranscript(
      'Evening Arts Review\n\nAPPEARANCES:\nThe quartet plays Friday at the Orpheum.\n\nHOST: Welcome back.',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('linear on hostile headers', () => {
  it('a caption line of spaces and a header of dot leaders: doubling the line at most triples the time', () => {
    const spaces = (n: number) =>
      `IN THE SUPREME COURT OF THE UNITED STATES\nSMITH,${' '.repeat(n)}x\nv.\nJONES,\n\nMR. LEE: Thank you.`;
    const dots = (n: number) =>
      `United Nations S/PV.1\nPresident: Mr. A ${'. '.repeat(n)}(B)\n\nThe President: Thank you.`;
    const format = (text: string) => formatTranscript(text);
    expect(doublingRatio(spaces, format, 100_000)).toBeLessThan(LINEAR_BOUND);
    expect(doublingRatio(dots, format, 50_000)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('US Congressional Record', () => {
  const RECORD = [
    '[Congressional Record Volume 171, Number 58 (Tuesday, April 1, 2025)]',
    '[Senate]',
    '[Pages S2101-S2102]',
    'From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]',
    '',
    '                       RURAL BRIDGE REPAIR ACT',
    '',
    '  Mr. HOLLOWAY. Mr. President, I rise today to speak about the',
    'condition of the bridges that carry school buses across rural America.',
    '  In my State alone, 612 bridges are rated structurally deficient. Some',
    'of them were built before the Second World War.',
    '  The PRESIDING OFFICER (Mr. Ortiz). Without objection, it is so',
    'ordered.',
    '  (See exhibit 1.)',
    '  Ms. VANCE. I suggest the absence of a quorum.',
    '  The legislative clerk proceeded to call the roll.',
  ].join('\n');

  it('reads the tags, the indented paragraphs, the clerk lines and the GPO header', () => {
    const doc = formatTranscript(RECORD);
    // The item heading under the GPO header is the title, four words or not.
    expect(doc.title).toBe('RURAL BRIDGE REPAIR ACT');
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(doc.blocks.map((b) => [b.type, name(b.speaker), b.text.slice(0, 14)])).toEqual([
      ['note', null, '[Congressional'],
      ['note', null, '[Senate]'],
      ['note', null, '[Pages S2101-S'],
      ['note', null, 'From the Congr'],
      ['headline', null, 'RURAL BRIDGE R'],
      ['speech', 'Mr. Holloway', 'Mr. President,'],
      ['speech', 'Mr. Holloway', 'In my State al'],
      ['speech', 'Mr. Ortiz', 'Without object'],
      ['direction', null, 'See exhibit 1.'],
      ['speech', 'Ms. Vance', 'I suggest the '],
      ['direction', null, 'The legislativ'],
    ]);
  });

  it('under the GPO header, a speech is no title', () => {
    const doc = formatTranscript(
      '[Senate]\n[Pages S2101-S2102]\n\n  Mr. HOLLOWAY. Mr. President, I rise today.\n\n  Ms. VANCE. I thank my colleague.',
    );
    expect(doc.title).toBeNull();
  });

  it('a courtesy title and a surname in capitals before a full stop, or the chair', () => {
    expect(parseTag('Mr. SMITH of Texas. I yield back.')?.tag).toMatchObject({
      name: 'Mr. Smith',
      title: 'Texas',
    });
    expect(parseTag('The SPEAKER pro tempore. The gentleman is recognized.')?.tag.role).toBe(
      'speaker',
    );
  });

  it('a sentence about a person, an agency or an initial is no tag', () => {
    for (const text of [
      'Mr. Smith. He left the chamber at noon.',
      'The FBI. It said nothing more.',
      'Mr. T. He was famous for it.',
      'The PRESIDENT said he would sign it.',
      'Ms. VANCE said the bill was late.',
    ]) {
      expect(parseTag(text)).toBeNull();
    }
  });

  it('an indented text with flush-left continuation lines only: prose without indents is unchanged', () => {
    const doc = formatTranscript(
      'The storm moved east overnight and\nreached the coast by morning, officials\nsaid on Tuesday.\nMore rain is expected.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'narration']);
  });
});

describe('US congressional hearings: the printed cover, statement headings, indents', () => {
  const COVER = [
    '[House Hearing, 118 Congress]',
    '[From the U.S. Government Publishing Office]',
    '',
    '                    FERRY SAFETY ON INLAND WATERS',
    '',
    '=====================================================',
    '',
    '                               HEARING',
    '',
    '                              BEFORE THE',
    '',
    '               SUBCOMMITTEE ON COAST GUARD AND MARITIME',
    '                          TRANSPORTATION',
    '',
    '                    ONE HUNDRED EIGHTEENTH CONGRESS',
    '',
    '                             Serial No. 118-12',
    '',
    '    The subcommittee met, pursuant to notice, at 10 a.m., in room 2167.',
    '    Chairman WEBER. The subcommittee will come to order. Ferries',
    'carry four million people a year.',
    '',
    '   STATEMENT OF ANA RUIZ, DIRECTOR, OFFICE OF MARINE',
    '                             SAFETY',
    '',
    '    Ms. RUIZ. Thank you, Chairman. Our inspectors are stretched.',
    'Some vessels wait two years for an inspection.',
    '    Chairman WEBER. Two years?',
  ].join('\n');

  it('the cover above the proceedings is furniture; its heading is the title', () => {
    const doc = formatTranscript(COVER);
    expect(doc.title).toBe('FERRY SAFETY ON INLAND WATERS');
    const noteLines = doc.blocks.filter((b) => b.type === 'note').map((b) => b.line);
    for (const line of [1, 2, 8, 10, 12, 15, 17]) expect(noteLines).toContain(line);
    expect(doc.blocks.some((b) => b.type !== 'note' && b.text.includes('BEFORE THE'))).toBe(false);
  });

  it("a two-line STATEMENT OF heading is a heading; a line's full stop under indents ends no paragraph", () => {
    const doc = formatTranscript(COVER);
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    const body = doc.blocks.filter((b) => b.type !== 'note' && b.line >= 19);
    expect(body.map((b) => [b.type, name(b.speaker), b.text.slice(0, 24)])).toEqual([
      ['direction', null, 'The subcommittee met, pu'],
      ['speech', 'Weber', 'The subcommittee will co'],
      ['headline', null, 'STATEMENT OF ANA RUIZ, D'],
      ['speech', 'Ms. Ruiz', 'Thank you, Chairman. Our'],
      ['speech', 'Weber', 'Two years?'],
    ]);
  });

  it('not a hearing: a bracketed first line of another kind keeps its lines', () => {
    const doc = formatTranscript('[Music]\n\nHEARING\n\nJANE DOE: We start tonight.');
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });
});

describe('US congressional hearings (GPO transcripts)', () => {
  const HEARING = [
    '    Chairman SMITH. The committee will come to order. Today we examine the',
    "safety of the nation's rail bridges.",
    '    Senator JONES. Thank you, Mr. Chairman. I want to welcome our',
    'witnesses.',
    '',
    '  STATEMENT OF JOHN DOE, ADMINISTRATOR, FEDERAL RAILROAD ADMINISTRATION',
    '',
    '    Mr. DOE. Thank you, Chairman Smith. Our bridges are safe, but they',
    'are old.',
    '    Senator JONES. How old?',
    '    Mr. DOE. The median age is 84 years.',
    '    Attorney General GARLAND. I would add one point.',
    '    Ranking Member KLOBUCHAR. Thank you.',
  ].join('\n');

  it("a title and the surname in capitals is a member's or a witness's tag", () => {
    const doc = formatTranscript(HEARING);
    const who = (id: string | null) => {
      const s = doc.speakers.find((x) => x.id === id);
      return s ? `${s.title ?? ''} ${s.name ?? ''}`.trim() : null;
    };
    expect(
      doc.blocks
        .filter((b) => b.type === 'speech')
        .map((b) => [who(b.speaker), b.text.slice(0, 12)]),
    ).toEqual([
      ['Chairman Smith', 'The committe'],
      ['Senator Jones', 'Thank you, M'],
      // (`Mr. DOE` is the John Doe of the statement heading over his testimony, with its office.)
      ['Administrator, Federal Railroad Administration John Doe', 'Thank you, C'],
      ['Senator Jones', 'How old?'],
      ['Administrator, Federal Railroad Administration John Doe', 'The median a'],
      ['Attorney General Garland', 'I would add '],
      ['Ranking Member Klobuchar', 'Thank you.'],
    ]);
  });

  it('not a tag: the title before a name in ordinary case, or before a sentence', () => {
    expect(parseTag('Senator Jones. He left.')).toBeNull();
    expect(parseTag('Chairman of the board. He left.')).toBeNull();
    expect(parseTag('Senator JONES said the vote was close.')).toBeNull();
    expect(parseTag('Mayor ADAMS. he said')).toBeNull();
  });
});

describe('Canadian and Australian order-of-business labels', () => {
  it('QUESTIONS WITHOUT NOTICE above the subject heading is a note; the subject is the title', () => {
    const doc = formatTranscript(
      'QUESTIONS WITHOUT NOTICE\nCost of Living\n\nMr HARGREAVES (Dickson—Leader of the Opposition) (14:01): My question is to the Prime Minister.\n\nMr WHITFIELD (Grayndler—Prime Minister) (14:02): I thank the member.',
    );
    expect(doc.blocks[0]?.type).toBe('note');
    expect(doc.title).toBe('Cost of Living');
  });
});

describe('Canadian House of Commons Debates', () => {
  const DEBATES = [
    'House of Commons Debates',
    'VOLUME 152 NUMBER 087',
    '1st SESSION 45th PARLIAMENT',
    '',
    'ORAL QUESTIONS',
    '[Oral Questions]',
    '(1420)',
    '[English]',
    'Housing',
    'Mr. John Smith (Calgary Centre, CPC):',
    'Mr. Speaker, rents have gone up 14% in a year.',
    'Hon. Jane Doe (Minister of Housing, Infrastructure and Communities, Lib.):',
    'Mr. Speaker, we funded 41,000 units.',
    'Some hon. members: Oh, oh!',
    'The Speaker:',
    'Order.',
  ].join('\n');

  it('reads the header, the marks, the subject title and the tags', () => {
    const doc = formatTranscript(DEBATES);
    const who = (id: string | null) => {
      const s = doc.speakers.find((x) => x.id === id);
      return s?.name ?? s?.role ?? null;
    };
    expect(doc.title).toBe('Housing');
    expect(doc.blocks.map((b) => [b.type, who(b.speaker), b.text.slice(0, 12)])).toEqual([
      ['note', null, 'House of Com'],
      ['note', null, 'VOLUME 152 N'],
      ['note', null, '1st SESSION '],
      ['note', null, 'ORAL QUESTIO'],
      ['note', null, '[Oral Questi'],
      ['direction', null, '(1420)'],
      ['direction', null, '[English]'],
      ['headline', null, 'Housing'],
      ['speech', 'Mr. John Smith', 'Mr. Speaker,'],
      ['speech', 'Hon. Jane Doe', 'Mr. Speaker,'],
      ['speech', 'hon. members', 'Oh, oh!'],
      ['speech', 'speaker', 'Order.'],
    ]);
  });

  it('a year in brackets, an English phrase in brackets, or a long non-party note are not marks', () => {
    const doc = formatTranscript('(2019)\n\n[English version follows]\n\nThe vote passed.');
    expect(doc.blocks.filter((b) => b.type === 'direction')).toEqual([]);
    // Without a party after the comma, a note stays short: a parenthesis of prose is no tag.
    expect(
      parseTag('Jane Doe (who was minister of housing and then of finance, later): Yes.'),
    ).toBeNull();
    expect(parseTag('Hon. members of the House were told. the vote: today')).toBeNull();
  });

  it('Australian Hansard: members interjecting is a direction, not a speech', () => {
    const doc = formatTranscript(
      'Mr WHITFIELD (Grayndler—Prime Minister) (14:02): I thank the member.\n\nOpposition members interjecting—\n\nThe SPEAKER: Order!',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'direction', 'speech']);
    const narration = formatTranscript('Protesters were interjecting all night.');
    expect(narration.blocks[0]?.type).toBe('narration');
  });
});

describe('European Parliament verbatim report', () => {
  const CRE = [
    '12. Energy security ahead of next winter (debate)',
    '',
    'President. – The next item is the debate on energy security.',
    '',
    'Maria Costa, on behalf of the PPE Group. – Madam President, we welcome the numbers.',
    '',
    '(The speaker agreed to take a blue-card question)',
    '',
    'Luc Martin (ECR), blue-card question. – Mr Hartmann, does your group agree?',
    '',
    'IN THE CHAIR: SOFIA RAMOS',
    'Vice-President',
    '',
    'President. – The debate is closed.',
    '',
    'Written statements (Rule 178)',
  ].join('\n');

  it('item headings are headlines and name the title; procedural lines are directions', () => {
    const doc = formatTranscript(CRE);
    expect(doc.title).toBe('Energy security ahead of next winter');
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'headline',
      'speech',
      'speech',
      'direction',
      'speech',
      'direction',
      'speech',
      'headline',
    ]);
  });

  it('a numbered line or a bracket in prose is no item heading', () => {
    const doc = formatTranscript(
      'President. – We vote at noon.\n\n2. The committee met on Monday (and Tuesday).\n\n(The speaker said nothing more)',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
  });
});

describe('long record forms', () => {
  it("a European Parliament function too long for a title stays the speaker's title", () => {
    const tag = parseTag(
      'Lucia Ferrante, Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy. – Mr President, three years ago we had four missions.',
    )?.tag;
    expect(tag?.name).toBe('Lucia Ferrante');
    expect(tag?.title).toBe(
      'Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy',
    );
    // A sentence with a spaced dash far on is no tag, nor a colon beyond a tag's length.
    expect(
      parseTag(
        'The ministers met for many hours on Monday and again on Tuesday, and the talks about the budget went on late into the night. – Then they left.',
      ),
    ).toBeNull();
  });

  it("the Congressional Record's permission parenthesis is a direction, however long", () => {
    const doc = formatTranscript(
      '  (Mr. GARZA of Texas asked and was given permission to address the\nHouse for 1 minute and to revise and extend his remarks.)\n  Mr. GARZA of Texas. Madam Speaker, I rise today.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['direction', 'speech']);
    const prose = formatTranscript(
      'The senator spoke at length (Mr. GARZA of Texas asked and was given permission to speak after the vote, which was unusual for a freshman member) and left.',
    );
    expect(prose.blocks.map((b) => b.type)).toEqual(['narration']);
  });
});

describe('US House hearings: tags with the surname as written', () => {
  it('in a printed hearing, `Mr. Webster.` and `Ms. Ruiz.` are tags', () => {
    const doc = formatTranscript(
      [
        '[House Hearing, 118 Congress]',
        '[From the U.S. Government Publishing Office]',
        '',
        '    Mr. Webster. The subcommittee will come to order. Ferries',
        'carry four million people a year.',
        '    Ms. Ruiz. Thank you, Chairman Webster. Our inspectors are',
        'stretched.',
        '    Mr. Webster. Two years?',
      ].join('\n'),
    );
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(
      doc.blocks
        .filter((b) => b.type === 'speech')
        .map((b) => [name(b.speaker), b.text.slice(0, 16)]),
    ).toEqual([
      ['Mr. Webster', 'The subcommittee'],
      ['Ms. Ruiz', 'Thank you, Chair'],
      ['Mr. Webster', 'Two years?'],
    ]);
  });

  it('elsewhere `Mr. Smith. He left.` is prose', () => {
    const doc = formatTranscript('Mr. Smith. He left.\n\nMs. Jones. She stayed.');
    expect(doc.speakers).toEqual([]);
  });
});

describe('Earnings call transcripts: participants lists, section headings, names over words', () => {
  const call = [
    'Kestrel Mining Corp. (KMC) Q2 2026 Earnings Call Transcript',
    '',
    'Corporate Participants',
    '',
    'Hanna Ruiz - Director, Investor Relations',
    'Oskar Lind - President and Chief Executive Officer',
    '',
    'Conference Call Participants',
    '',
    'Maya Chen - Brightwater Capital',
    '',
    'Prepared Remarks',
    '',
    'Operator',
    '',
    'Welcome to the Kestrel Mining second quarter call. [Operator Instructions]',
    '',
    'Hanna Ruiz',
    '',
    'Thanks, operator. With me is Oskar Lind.',
    '',
    'Oskar Lind',
    '',
    'Copper output rose 14% to 61,000 tonnes.',
    '',
    'Questions and Answers',
    '',
    'Operator',
    '',
    'Our first question comes from Maya Chen with Brightwater Capital.',
    '',
    'Maya Chen',
    '',
    'Oskar, what drove the grade improvement?',
    '',
    'Oskar Lind',
    '',
    'The new stope at the north pit.',
  ].join('\n');

  it('the lists are notes, the sections headings, and a listed name alone is its speaker’s tag', () => {
    const doc = formatTranscript(call);
    expect(typeAt(doc, 3)).toEqual(['note']);
    expect(typeAt(doc, 5)).toEqual(['note']);
    expect(typeAt(doc, 10)).toEqual(['note']);
    expect(typeAt(doc, 12)).toEqual(['headline']);
    expect(typeAt(doc, 26)).toEqual(['headline']);
    expect(speakerOf(doc, 'Welcome to the Kestrel')).toBe('operator');
    expect(speakerOf(doc, 'Thanks, operator')).toBe('Hanna Ruiz');
    expect(speakerOf(doc, 'Copper output')).toBe('Oskar Lind');
    expect(speakerOf(doc, 'Oskar, what drove')).toBe('Maya Chen');
    expect(speakerOf(doc, 'The new stope')).toBe('Oskar Lind');
    // The title the list gives is the speaker's title; nothing of the list is lost.
    expect(doc.speakers.find((s) => s.name === 'Oskar Lind')?.title).toBe(
      'President and Chief Executive Officer',
    );
    expect(doc.title).toBe('Kestrel Mining Corp. (KMC) Q2 2026 Earnings Call Transcript');
    expect(doc.messages.some((m) => m.ruleId === 'heading' && m.line === 12)).toBe(true);
  });

  it('the capitals disclaimer under a call is a disclaimer note', () => {
    const doc = formatTranscript(
      `${call}\n\nTHE INFORMATION CONTAINED HERE IS A TEXTUAL REPRESENTATION OF THE APPLICABLE COMPANY'S CONFERENCE CALL AND THERE MAY BE MATERIAL ERRORS.`,
    );
    expect(doc.blocks.at(-1)?.reason).toBe('disclaimer');
  });

  it('without a participants list, a name alone over a paragraph is no tag, nor `Presentation` a heading', () => {
    const plain = [
      'Team notes',
      '',
      'Presentation',
      '',
      'Oskar Lind',
      '',
      'Copper output rose 14% to 61,000 tonnes.',
      '',
      'Operator',
      '',
      'The operator of the mine said output rose.',
    ].join('\n');
    const doc = formatTranscript(plain);
    expect(doc.speakers).toEqual([]);
    expect(doc.messages.some((m) => m.ruleId === 'heading' && m.line === 3)).toBe(false);
  });

  it('a name in the list not alone on its line stays text, and a list without dashes is no call list', () => {
    const doc = formatTranscript(
      [
        'Executives',
        '',
        'Oskar Lind - Chief Executive Officer',
        '',
        'Oskar Lind said copper output rose.',
        '',
        'Operator',
      ].join('\n'),
    );
    expect(speakerOf(doc, 'Oskar Lind said')).toBe(null);
    const noList = formatTranscript(
      ['Analysts', '', 'Several analysts asked about copper.'].join('\n'),
    );
    expect(noList.blocks.map((b) => b.type)).not.toContain('note');
  });
});

describe('US deposition pages: line numbers, examination headers, the witness, the certificate', () => {
  const page = (n: number, lines: readonly string[]): string[] => [
    `${' '.repeat(60)}${n}`,
    ...Array.from(
      { length: 25 },
      (_, i) => `${String(i + 1).padStart(2)}${lines[i] ? `   ${lines[i]}` : ''}`,
    ),
  ];
  const pages = [
    ...page(12, [
      '              MARCUS BELL,',
      'having been first duly sworn, was examined and',
      'testified as follows:',
      '                   CROSS-EXAMINATION',
      'BY MS. ORTIZ:',
      '     Q.   Mr. Bell, where were you on the night',
      'of June 3rd?',
      '     A.   At the depot on Fifth Street.',
      '          MR. KANE:  Objection.  Foundation.',
      '          THE WITNESS:  I was at the depot.',
      '          (Exhibit 4 marked for identification.)',
      '     Q.   Is this your signature?',
      '     A.   Yes, it is.',
    ]),
    ...page(13, [
      "               REPORTER'S CERTIFICATE",
      '',
      '          I, Dana Wu, Certified Shorthand Reporter, do',
      'hereby certify that the witness was duly sworn.',
    ]),
  ].join('\n');

  it('Q. is the counsel the header names, A. and THE WITNESS the sworn witness; numbers, page marks and the certificate are furniture', () => {
    const doc = formatTranscript(pages);
    expect(speakerOf(doc, 'Mr. Bell, where were')).toBe('Ms. Ortiz');
    expect(speakerOf(doc, 'At the depot on')).toBe('Marcus Bell');
    expect(speakerOf(doc, 'I was at the depot')).toBe('Marcus Bell');
    expect(speakerOf(doc, 'Objection.')).toBe('Mr. Kane');
    expect(speakerOf(doc, 'Is this your signature')).toBe('Ms. Ortiz');
    expect(typeAt(doc, 1)).toEqual(['note']);
    expect(typeAt(doc, 2)).toEqual(['direction']);
    expect(typeAt(doc, 5)).toEqual(['headline']);
    expect(typeAt(doc, 6)).toEqual(['direction']);
    expect(typeAt(doc, 12)).toEqual(['direction']);
    // The continuation joins its question; a blank numbered line leaves no block.
    expect(doc.blocks.find((b) => b.text.startsWith('Mr. Bell'))?.text).toContain('of June 3rd?');
    expect(doc.blocks.some((b) => /^\d+$/.test(b.text) && b.type !== 'note')).toBe(false);
    expect(typeAt(doc, 28)).toEqual(['note']);
    const cert = doc.blocks.filter((b) => b.line >= 28);
    expect(cert.every((b) => b.type === 'note')).toBe(true);
    expect(doc.messages.filter((m) => m.ruleId === 'line-number').length).toBeGreaterThan(0);
  });

  it('BAD: a certificate heading without certifying words, a “BY” sentence and a sworn clause in prose stay text', () => {
    const doc = formatTranscript(
      [
        'CERTIFICATE',
        '',
        'The school awarded the certificate on Monday.',
        '',
        'BY MR. DALEY: the motion was filed late.',
        '',
        'Jenkins, having been sworn in as mayor, spoke for an hour about the budget and the roads.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).not.toContain('note');
    expect(doc.blocks.map((b) => b.type)).not.toContain('direction');
  });
});

describe('a sentence the page break cut (PDF transcripts copied as text)', () => {
  const texts = (doc: ScriptDocument) => doc.blocks.map((b) => `${b.type}: ${b.text}`);

  it('joins a paragraph cut by a running header when the next goes on in lower case', () => {
    const doc = formatTranscript(
      [
        'CITY COUNCIL TRANSCRIPT    Page 1 of 3',
        '',
        'MAYOR SMITH: The council will now',
        '',
        'CITY COUNCIL TRANSCRIPT    Page 2 of 3',
        '',
        'consider the budget for next year. Any objections?',
        '',
        'MS. JONES: Yes. It cuts three pools.',
        '',
        'CITY COUNCIL TRANSCRIPT    Page 3 of 3',
        '',
        'And the libraries.',
      ].join('\n'),
    );
    expect(texts(doc)).toEqual([
      'note: CITY COUNCIL TRANSCRIPT Page 1 of 3',
      'speech: The council will now consider the budget for next year. Any objections?',
      'note: CITY COUNCIL TRANSCRIPT Page 2 of 3',
      'speech: Yes. It cuts three pools.',
      'note: CITY COUNCIL TRANSCRIPT Page 3 of 3',
      // A sentence that ended before the page and a capital after it: two paragraphs still.
      'speech: And the libraries.',
    ]);
    const joined = doc.messages.filter((m) => m.ruleId === 'page-break');
    expect(joined.map((m) => m.line)).toEqual([7]);
  });

  it('joins over a page number alone and after a comma, in a line-numbered deposition', () => {
    const doc = formatTranscript(
      [
        '                                                      14',
        '',
        ' 1   Q.   And where were you on the night of',
        ' 2   the fire?',
        ' 3   A.   I was at home with my',
        '',
        '                                                      15',
        '',
        ' 1   brother, watching the game.',
        ' 2   Q.   Did you see anyone,',
        '',
        '- 16 -',
        '',
        ' 3   Anyone at all, near the shed?',
        ' 4   A.   No.',
      ].join('\n'),
    );
    expect(texts(doc).filter((t) => t.startsWith('speech'))).toEqual([
      'speech: And where were you on the night of the fire?',
      'speech: I was at home with my brother, watching the game.',
      'speech: Did you see anyone, Anyone at all, near the shed?',
      'speech: No.',
    ]);
    // The page numbers stay, as notes after the paragraph they stood in.
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([
      '14',
      '15',
      '- 16 -',
    ]);
  });

  it('keeps apart what a page break did not cut: a heading, a note that is not a page mark', () => {
    const doc = formatTranscript(
      [
        'HEARING ON WATER RATES    Page 1',
        '',
        'CHAIR LEE: We turn to item four',
        '',
        'Posted: May 3, 2025',
        '',
        'the water rates.',
        '',
        'HEARING ON WATER RATES    Page 2',
      ].join('\n'),
    );
    expect(doc.messages.some((m) => m.ruleId === 'page-break')).toBe(false);
  });
});

describe('a word the page break cut', () => {
  it('is whole again on the page before (a compound keeps its hyphen)', () => {
    const doc = formatTranscript(
      [
        'BUDGET HEARING    Page 1',
        '',
        'CHAIR LEE: The plan before the gov-',
        '',
        'BUDGET HEARING    Page 2',
        '',
        'ernment is well-',
        '',
        'BUDGET HEARING    Page 3',
        '',
        'known to all of us.',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b) => b.type !== 'note').map((b) => b.text)).toEqual([
      'The plan before the government is well-known to all of us.',
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'hyphenation').map((m) => m.line)).toEqual([
      3, 7,
    ]);
  });
});

describe('a select committee’s oral evidence (UK Parliament)', () => {
  const text = [
    'Oral evidence: Flood resilience, HC 412',
    '',
    'Watch the meeting',
    '',
    'Members present: Jane Hollis (Chair); Tom Adeyemi; Priya Shah.',
    '',
    'Questions 1-12',
    '',
    'Witnesses',
    '',
    'I: Dr Mark Ellis, Chief Engineer, Environment Agency.',
    '',
    'Q1            Chair: Good morning, Dr Ellis. How many homes flooded?',
    '',
    'Dr Ellis: About 4,000.',
    '',
    'Q2',
    'Tom Adeyemi: Were the barriers ready?',
    '',
    'Dr Ellis: Most were.',
  ].join('\n');

  it('the header is notes, the question numbers go, the roster names the Chair', () => {
    const doc = formatTranscript(text);
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([
      'Watch the meeting',
      'Members present: Jane Hollis (Chair); Tom Adeyemi; Priya Shah.',
      'Questions 1-12',
      'Witnesses',
      'I: Dr Mark Ellis, Chief Engineer, Environment Agency.',
    ]);
    expect(
      doc.blocks
        .filter((b) => b.type === 'speech')
        .map((b) => `${speakerOf(doc, b.text)}: ${b.text}`),
    ).toEqual([
      'Jane Hollis: Good morning, Dr Ellis. How many homes flooded?',
      'Dr Ellis: About 4,000.',
      'Tom Adeyemi: Were the barriers ready?',
      'Dr Ellis: Most were.',
    ]);
    const numbers = doc.messages.filter((m) => m.ruleId === 'question-number');
    expect(numbers.map((m) => m.line)).toEqual([13, 17]);
  });

  it('one Q-number, or an interview’s I: without a Witnesses heading, is left as it is', () => {
    const doc = formatTranscript('Q1 Chair: Good morning.\n\nI: Where were you?\n\nR: At home.');
    expect(doc.messages.some((m) => m.ruleId === 'question-number')).toBe(false);
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('a sports press conference transcript (ASAP Sports style)', () => {
  const text = [
    "NCAA MEN'S BASKETBALL CHAMPIONSHIP: SECOND ROUND",
    'March 23, 2026',
    '',
    'John Smith',
    'Mike Jones',
    '',
    'THE MODERATOR: We’ll take questions for the student-athletes.',
    '',
    'Q. Mike, talk about the third quarter.',
    '',
    'MIKE JONES: We came out flat.',
    '',
    'Q. John, what changed?',
    '',
    'JOHN SMITH: We switched everything.',
    '',
    'FastScripts Transcript by ASAP Sports',
  ].join('\n');

  it('the header’s title with a colon is the title, the players listed are notes', () => {
    const doc = formatTranscript(text);
    expect(doc.title).toBe('NCAA MEN’S BASKETBALL CHAMPIONSHIP: SECOND ROUND');
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual([
      'moderator',
      'reporter',
      'Mike Jones',
      'John Smith',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([
      'March 23, 2026',
      'John Smith',
      'Mike Jones',
      'FastScripts Transcript by ASAP Sports',
    ]);
  });

  it('a first line whose “speaker” speaks again, or that ends a sentence, is a turn', () => {
    const again = formatTranscript(
      'COACH DAVIS: PROUD OF THESE GUYS\n\nQ. And Lee?\n\nCOACH DAVIS: He is fine.',
    );
    expect(again.blocks[0]?.type).toBe('speech');
    const sentence = formatTranscript('JONES: WE WON.\n\nSMITH: Yes.');
    expect(sentence.blocks[0]?.type).toBe('speech');
  });
});

describe('a thousand pages: page notes and joins reported as the hygiene rules report', () => {
  it('the first 20 one message each, the rest counted in one; every note stays a block', () => {
    const pages = Array.from(
      { length: 60 },
      (_, i) => `we went on\n\nCITY COUNCIL TRANSCRIPT    Page ${i + 1} of 60\n\n`,
    ).join('');
    const doc = formatTranscript(`${pages}and on.`);
    expect(doc.blocks.filter((b) => b.type === 'note')).toHaveLength(60);
    const furniture = doc.messages.filter((m) => m.ruleId === 'page-furniture');
    expect(furniture).toHaveLength(21);
    expect(furniture.at(-1)?.reason).toMatch(/^…and 40 more lines kept as notes/);
    const joins = doc.messages.filter((m) => m.ruleId === 'page-break');
    expect(joins).toHaveLength(21);
    expect(joins.at(-1)?.reason).toMatch(/^…and 40 more sentences joined/);
  });
});
