/**
 * Court, deposition and hearing transcripts as newsrooms receive them: US court reporters'
 * numbered pages (the Supreme Court's and depositions'), their page furniture and word index,
 * depositions' and trials' examinations, English courts' and inquiries' transcripts and printed
 * congressional hearings. Each rule with counter-cases that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { format, rows } from './convention-rows.ts';

const rules = (doc: ScriptDocument, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);
const noteLines = (doc: ScriptDocument) =>
  doc.blocks.filter((b) => b.type === 'note').map((b) => b.line);

/** Two pages of a Supreme Court argument as a PDF pastes them (numbers 1–25, single spacing). */
const ARGUMENT_PAGES = [
  '                                                                     3', // 1
  '                      Official - Subject to Final Review',
  ' 1                      P R O C E E D I N G S',
  ' 2                                   (10:04 a.m.)',
  ' 3             CHIEF JUSTICE ROBERTS: We will hear', // 5
  ' 4   argument first this morning in Case 25-318,',
  ' 5   Wendell Orchards versus Commissioner.',
  ' 6             Ms. Holloway.',
  ' 7              ORAL ARGUMENT OF MARGARET T. HOLLOWAY',
  ' 8                  ON BEHALF OF THE PETITIONER', // 10
  ' 9             MS. HOLLOWAY: Mr. Chief Justice, and may',
  '10   it please the Court:',
  '11             JUSTICE THOMAS: Counsel, the Tax Court',
  '12   found the blight spread over three years. Is',
  '13   that sudden?', // 15
  '14             MS. HOLLOWAY: Termite damage, Justice',
  '',
  '                        Heritage Reporting Corporation',
  '                                                                     4',
  '                      Official - Subject to Final Review', // 20
  ' 1   Thomas, which the Commissioner treats as',
  ' 2   gradual. We lost 40 percent of the trees.',
  ' 3             (Laughter.)',
  ' 4             CHIEF JUSTICE ROBERTS: Thank you,',
  ' 5   counsel. The case is submitted.', // 25
  ' 6             (Whereupon, at 11:03 a.m., the case was',
  ' 7   submitted.)',
  '',
  '                        Heritage Reporting Corporation',
];

describe('US court reporter pages: line numbers, page furniture, a speech over the page', () => {
  it('GOOD: a Supreme Court argument: furniture notes, the page’s first line goes on with the speaker before', () => {
    const doc = format(ARGUMENT_PAGES);
    expect(rows(doc)).toEqual([
      ['note', null, '3'],
      ['note', null, 'Official - Subject'],
      ['note', null, 'P R O'],
      ['direction', null, '10:04 a.m.'],
      ['speech', 'Roberts', 'We will hear'],
      ['speech', 'Roberts', 'Ms. Holloway.'],
      ['headline', null, 'ORAL ARGUMENT OF'],
      ['speech', 'Ms. Holloway', 'Mr. Chief Justice,'],
      ['speech', 'Thomas', 'Counsel, the Tax'],
      ['speech', 'Ms. Holloway', 'Termite damage, Justice'],
      ['note', null, 'Heritage Reporting Corporation'],
      ['note', null, '4'],
      ['note', null, 'Official - Subject'],
      ['direction', null, 'Laughter.'],
      ['speech', 'Roberts', 'Thank you, counsel.'],
      ['direction', null, 'Whereupon, at 11:03'],
      ['note', null, 'Heritage Reporting Corporation'],
    ]);
    // The heading centred over two lines is one; the speech cut by the page is one paragraph,
    // every word and number kept.
    expect(doc.blocks[6]?.text).toBe(
      'ORAL ARGUMENT OF MARGARET T. HOLLOWAY ON BEHALF OF THE PETITIONER',
    );
    expect(doc.blocks[9]?.text).toBe(
      'Termite damage, Justice Thomas, which the Commissioner treats as gradual. We lost 40 percent of the trees.',
    );
    expect(rules(doc, 'page-break').map((m) => m.line)).toEqual([21]);
    // Every note is reported, none silently: the footer, the page number, the header.
    const reported = rules(doc, 'page-furniture').map((m) => m.line);
    for (const line of noteLines(doc)) expect(reported).toContain(line);
    expect(doc.title).toBeNull();
  });

  it('GOOD: double-spaced pages: the heading’s two lines are one heading, the page’s first line goes on', () => {
    const lines: string[] = [];
    for (const line of ARGUMENT_PAGES) lines.push(line, '');
    const doc = format(lines);
    const headlines = doc.blocks.filter((b) => b.type === 'headline').map((b) => b.text);
    expect(headlines).toEqual([
      'ORAL ARGUMENT OF MARGARET T. HOLLOWAY ON BEHALF OF THE PETITIONER',
    ]);
    const cut = doc.blocks.find((b) => b.text.startsWith('Termite damage'));
    expect(cut?.text).toContain('Justice Thomas, which the Commissioner');
    expect(rules(doc, 'page-break')).toHaveLength(1);
  });

  it('GOOD: any reporter’s footer between two pages is furniture, and its words are never read', () => {
    const doc = format([
      '                                                              Page 22',
      ' 1       Q.   Did you write that down?',
      ' 2            MS. OKAFOR:  Objection to form.',
      ' 3            THE WITNESS:  I did not write it down.  I',
      ' 4   texted my wife about it.',
      ' 5       Q.   Did you tell Ms. Novak that you had sent',
      '',
      '                    Veritext Legal Solutions',
      '        800-567-8658                         973-410-4098',
      '                                                              Page 23',
      ' 1   the text?',
      ' 2       A.   No.  I did not think it mattered.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Page 22'],
      ['speech', 'counsel', 'Did you write'],
      ['speech', 'Ms. Okafor', 'Objection to form.'],
      ['speech', 'witness', 'I did not'],
      ['speech', 'counsel', 'Did you tell'],
      ['note', null, 'Veritext Legal Solutions'],
      ['note', null, '800-567-8658 973-410-4098'],
      ['note', null, 'Page 23'],
      ['speech', 'witness', 'No. I did'],
    ]);
    expect(doc.blocks[4]?.text).toBe('Did you tell Ms. Novak that you had sent the text?');
    // `A.` and `THE WITNESS:` are one speaker, the witness; `Q.` is counsel, not a journalist.
    expect(doc.speakers.filter((s) => s.role === 'witness')).toHaveLength(1);
    expect(doc.speakers.some((s) => s.role === 'reporter')).toBe(false);
  });

  it('GOOD: a page set at the margin (Q., A. and their lines alike): BY stands alone, the question goes on over the page', () => {
    const lines = [
      '                                                        Page 12',
      '1 Q. Did you see the memo?',
      '2 A. Later. Around noon.',
      '3 THE WITNESS: Karen gave it to me.',
      '4 BY MR. DALEY:',
      '5 Q. And what did you do with it? Did you',
      '6 forward it to anyone at the plant or',
    ];
    for (let n = 7; n <= 25; n++) lines.push(String(n));
    lines.push(
      '                     Esquire Deposition Solutions',
      '                                                        Page 13',
      '1 outside it?',
      '2 A. No. I kept it.',
    );
    const doc = format(lines);
    expect(rows(doc)).toEqual([
      ['note', null, 'Page 12'],
      ['speech', 'counsel', 'Did you see'],
      ['speech', 'witness', 'Later. Around noon.'],
      ['speech', 'witness', 'Karen gave it'],
      ['direction', null, 'BY MR. DALEY:'],
      ['speech', 'Mr. Daley', 'And what did'],
      ['note', null, 'Esquire Deposition Solutions'],
      ['note', null, 'Page 13'],
      ['speech', 'witness', 'No. I kept'],
    ]);
    expect(doc.blocks[5]?.text).toBe(
      'And what did you do with it? Did you forward it to anyone at the plant or outside it?',
    );
  });

  it('BAD: a line without a number inside a page is no page furniture', () => {
    const doc = format([
      ' 1             THE COURT:  Please be seated.',
      ' 2   Counsel, you may proceed.',
      'Veritext Legal Solutions',
      ' 3             MR. HERRERA:  Thank you, Your Honor.',
      ' 4   The State calls Officer Kaye.',
      ' 5             THE COURT:  Very well.',
    ]);
    expect(doc.blocks.some((b) => b.type === 'note' && b.text === 'Veritext Legal Solutions')).toBe(
      false,
    );
    expect(doc.blocks.find((b) => b.text.includes('Veritext'))?.type).not.toBe('note');
  });

  it('GOOD: an unnumbered paste: the en-dash header, the page number at the right, the reporter’s address', () => {
    const doc = format([
      'Official – Subject to Final Review',
      '',
      '                                                                  12',
      '',
      '            JUSTICE SCALIA: Well, why is that?',
      '',
      'Alderson Reporting Company',
      '1111 14th Street, NW Suite 400',
      '1-800-FOR-DEPO Washington, DC 20005',
      '',
      '            MR. LANDAU: Because the parties agreed to it.',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Official – Subject'],
      ['note', null, '12'],
      ['speech', 'Scalia', 'Well, why is'],
      ['note', null, 'Alderson Reporting Company'],
      ['note', null, '1111 14th Street,'],
      ['note', null, '1-800-FOR-DEPO Washington, DC'],
      ['speech', 'Mr. Landau', 'Because the parties'],
    ]);
  });

  it('GOOD: pages pasted without their numbers: the page number beside the header, the cut sentence joined', () => {
    const doc = format([
      'Official - Subject to Final Review',
      '3',
      'JUSTICE KAGAN: But every disease spreads over time.',
      'MS. HOLLOWAY: Termite damage, Justice',
      'Heritage Reporting Corporation',
      'Official - Subject to Final Review',
      '4',
      "Kagan, which the Commissioner's own rulings treat as gradual.",
      'JUSTICE GORSUCH: And the trees died in one season?',
    ]);
    expect(rows(doc)).toEqual([
      ['note', null, 'Official - Subject'],
      ['note', null, '3'],
      ['speech', 'Kagan', 'But every disease'],
      ['speech', 'Ms. Holloway', 'Termite damage, Justice'],
      ['note', null, 'Heritage Reporting Corporation'],
      ['note', null, 'Official - Subject'],
      ['note', null, '4'],
      ['speech', 'Gorsuch', 'And the trees'],
    ]);
    expect(doc.blocks[3]?.text).toBe(
      'Termite damage, Justice Kagan, which the Commissioner’s own rulings treat as gradual.',
    );
  });

  it('BAD: over such a page, a new turn, an ended sentence and a direction stay apart', () => {
    const doc = format([
      'MS. HOLLOWAY: Termite damage, Justice',
      'Heritage Reporting Corporation',
      'JUSTICE KAGAN: Which rulings?',
      'MS. HOLLOWAY: The Commissioner’s own.',
      'Heritage Reporting Corporation',
      'Blight is different.',
      'MR. WEBB: Two points',
      'Heritage Reporting Corporation',
      '(Laughter.)',
    ]);
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['speech', 'Ms. Holloway', 'Termite damage, Justice'],
      ['speech', 'Kagan', 'Which rulings?'],
      ['speech', 'Ms. Holloway', 'The Commissioner’s own.'],
      ['speech', 'Ms. Holloway', 'Blight is different.'],
      ['speech', 'Mr. Webb', 'Two points'],
      ['direction', null, 'Laughter.'],
    ]);
    expect(rules(doc, 'page-break')).toEqual([]);
  });

  it('BAD: a telephone number or an address in a speech, a number at the left, stay words', () => {
    const doc = format([
      'MAYOR REYES: Call 800-567-8658 if you need a ride.',
      '',
      'The shelter is at 1111 14th Street, NW Suite 400',
      '',
      '12',
      '',
      'people were still missing on Friday.',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
    expect(doc.blocks[0]?.text).toContain('800-567-8658');
  });

  it('GOOD: the word index at the end of a transcript is furniture', () => {
    const doc = format([
      'CHIEF JUSTICE ROBERTS: Thank you, counsel. The case is submitted.',
      '',
      '(Whereupon, at 11:03 a.m., the case was submitted.)',
      '',
      'Heritage Reporting Corporation',
      'A',
      'a.m [2] 1:16 60:3 ahead [1] 22:8',
      'able [3] 12:4 30:2 44:19 Alvarez [4] 1:3 3:5',
      '12:9 15:2',
      'B',
      'blight [6] 3:12 4:14 5:2',
    ]);
    expect(rows(doc).map(([type]) => type)).toEqual([
      'speech',
      'direction',
      ...Array<string>(7).fill('note'),
    ]);
  });

  it('BAD: a verse, a score or times in a sentence are no index', () => {
    const doc = format([
      'PASTOR GREEN: Read John 3:16 with me.',
      '',
      'The final was 2:1 [3] 4:5 in their favour, he said.',
      '',
      'We met at 10:30 and 11:15',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });
});

/** A deposition as a reporter's text export gives it: caption, appearances, index, testimony. */
const DEPOSITION = [
  'UNITED STATES DISTRICT COURT', // 1
  'NORTHERN DISTRICT OF ILLINOIS',
  '',
  'MARTA ALVAREZ,                )',
  '          Plaintiff,          )', // 5
  '     vs.                      )   No. 1:25-cv-04412',
  'LAKESHORE FREIGHT, INC.,      )',
  '          Defendant.          )',
  '',
  '          The videotaped deposition of DENNIS KOWALSKI, taken before Ruth A. Fenner, CSR, on October 9, 2026.', // 10
  '',
  'APPEARANCES:',
  '',
  '     BROWN & LEE LLP, by',
  '     MR. ARTHUR BROWN', // 15
  '     on behalf of the Plaintiff;',
  '',
  '     HALSTEAD GREENE, by',
  '     MS. NINA OKAFOR',
  '     on behalf of the Defendant.', // 20
  '',
  'ALSO PRESENT: Tom Reyes, Videographer',
  '',
  '                         I N D E X',
  'WITNESS                                        PAGE', // 25
  '  Examination by Mr. Brown                        4',
  '',
  '                       E X H I B I T S',
  'Kowalski Exhibit 1   Dispatch log               12',
  '', // 30
  '          THE VIDEOGRAPHER: We are on the record at 9:32 a.m.',
  '',
  '                    DENNIS KOWALSKI,',
  'called as a witness herein, having been first duly sworn, was examined and testified as follows:',
  '', // 35
  '                        EXAMINATION',
  'BY MR. BROWN:',
  '     Q. Please state your name for the record.',
  '     A. Dennis Michael Kowalski.',
  '     Q. Were you working on March 4, 2024?', // 40
  '          MS. OKAFOR: Objection, form.',
  '     A. Yes, on the night shift.',
  '          (Discussion off the record.)',
  '          (Kowalski Exhibit 1 marked for identification.)',
  '     A. It is the dispatch log.', // 45
  '',
  '                        CROSS-EXAMINATION',
  'BY MS. OKAFOR:',
  '     Q. Did you log every call that night?',
  '     A. Every one I took.', // 50
];

describe('Depositions and trial examinations', () => {
  it('GOOD: the caption gives the title; appearances, index and exhibits are notes; Q. is the counsel the last BY line names', () => {
    const doc = format(DEPOSITION);
    expect(doc.title).toBe('Marta Alvarez v. Lakeshore Freight, Inc.');
    // Everything above the videographer's first words is the transcript's front matter.
    const firstSpeech = doc.blocks.findIndex((b) => b.type === 'speech');
    expect(doc.blocks.slice(0, firstSpeech).every((b) => b.type === 'note')).toBe(true);
    expect(noteLines(doc)).toEqual(
      expect.arrayContaining([1, 2, 4, 6, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 29]),
    );
    expect(rows(doc).slice(firstSpeech)).toEqual([
      ['speech', 'videographer', 'We are on'],
      ['direction', null, 'DENNIS KOWALSKI, called'],
      ['headline', null, 'EXAMINATION'],
      ['direction', null, 'BY MR. BROWN:'],
      ['speech', 'Mr. Brown', 'Please state your'],
      ['speech', 'Dennis Kowalski', 'Dennis Michael Kowalski.'],
      ['speech', 'Mr. Brown', 'Were you working'],
      ['speech', 'Ms. Okafor', 'Objection, form.'],
      ['speech', 'Dennis Kowalski', 'Yes, on the'],
      ['direction', null, 'Discussion off the'],
      ['direction', null, 'Kowalski Exhibit 1'],
      ['speech', 'Dennis Kowalski', 'It is the'],
      ['headline', null, 'CROSS-EXAMINATION'],
      ['direction', null, 'BY MS. OKAFOR:'],
      ['speech', 'Ms. Okafor', 'Did you log'],
      ['speech', 'Dennis Kowalski', 'Every one I'],
    ]);
  });

  it('GOOD: a state court’s caption and a deposition’s cover page: a case number with spaces, the reporter, the stipulation', () => {
    const doc = format([
      '           IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS',
      '               COUNTY DEPARTMENT, LAW DIVISION',
      '',
      'GRACE OYELARAN,               )',
      '          Plaintiff,          )',
      '     v.                       )   Case No. 2025 L 004417',
      'NORTHSHORE TRANSIT AUTHORITY, )',
      '          Defendant.          )',
      '',
      '          VIDEOTAPED DEPOSITION OF PAUL HENDRICKS',
      '                   Chicago, Illinois',
      '',
      'Reported by: Ana M. Ruiz, CSR No. 084-005102',
      '',
      '          IT IS HEREBY STIPULATED AND AGREED by and between counsel that the deposition of PAUL HENDRICKS may be taken.',
      '',
      '                    PAUL HENDRICKS,',
      'called as a witness herein, having been first duly sworn, was examined and testified as follows:',
      '',
      'BY MS. GRANT:',
      '     Q. Please state your name.',
      '     A. Paul Hendricks.',
    ]);
    expect(doc.title).toBe('Grace Oyelaran v. Northshore Transit Authority');
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['direction', null, 'PAUL HENDRICKS, called'],
      ['direction', null, 'BY MS. GRANT:'],
      ['speech', 'Ms. Grant', 'Please state your'],
      ['speech', 'Paul Hendricks', 'Paul Hendricks.'],
    ]);
    expect(doc.blocks.find((b) => b.text.startsWith('v.'))?.text).toContain('2025 L 004417');
  });

  it('BAD: without a caption, “Taken by surprise” and a stipulation in a speech stay words', () => {
    const doc = format([
      'Taken by surprise, the council voted at midnight.',
      '',
      'MAYOR REYES: It is hereby stipulated that we meet again.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'speech']);
  });

  it('GOOD: the closing pages: the deponent’s acknowledgment, the errata sheet, the reporter’s certificate', () => {
    const doc = format([
      'MR. BROWN: Nothing further.',
      '',
      '(Whereupon, the deposition concluded at 11:02 a.m.)',
      '',
      'ACKNOWLEDGMENT OF DEPONENT',
      '',
      'I, DENNIS KOWALSKI, do hereby declare that I have read the foregoing transcript.',
      '',
      'ERRATA SHEET',
      'PAGE LINE CHANGE REASON',
      '',
      'CERTIFICATE OF REPORTER',
      '',
      'I, Ruth A. Fenner, do hereby certify that the foregoing is a true record.',
    ]);
    expect(rows(doc).map(([type]) => type)).toEqual([
      'speech',
      'direction',
      ...Array<string>(6).fill('note'),
    ]);
  });

  it('BAD: such a heading that nothing under it declares or certifies stays', () => {
    const doc = format([
      'MR. BROWN: Nothing further.',
      '',
      'ERRATA SHEET',
      '',
      'THE COURT: We will correct the record tomorrow.',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });

  it('GOOD: an examination header on one line names the examiner', () => {
    const doc = format([
      'THE COURT: You may cross-examine.',
      '',
      'CROSS-EXAMINATION BY MS. PARK:',
      '',
      'Q. Officer, you did not see the car yourself?',
      '',
      'A. No.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'judge', 'You may cross-examine.'],
      ['direction', null, 'CROSS-EXAMINATION BY MS.'],
      ['speech', 'Ms. Park', 'Officer, you did'],
      ['speech', 'witness', 'No.'],
    ]);
  });

  it('BAD: a press conference’s Q. and A. stay a reporter and an answer; “By Mr. Brown’s account” is prose', () => {
    const doc = format([
      'THE MODERATOR: Questions, please.',
      '',
      'Q. Coach, what changed at halftime?',
      '',
      'A. We moved the ball.',
      '',
      'Q. And the defence?',
      '',
      'A. Better.',
      '',
      "By Mr. Brown's account, the team was ready.",
    ]);
    const roles = doc.speakers.map((s) => s.role);
    expect(roles).toContain('reporter');
    expect(roles).not.toContain('counsel');
    expect(roles).not.toContain('witness');
    expect(doc.blocks.at(-1)?.type).not.toBe('direction');
  });

  it('GOOD: a deposition excerpt with no heading: counsel’s objection marks the record, Q. is counsel and A. the witness', () => {
    const doc = format([
      'Q. Where were you on the night of June 3rd?',
      'A. I was at home.',
      'Q. Was anyone with you?',
      'A. My wife was there.',
      '          MR. BROWN: Objection, form.',
      'Q. You can answer.',
      'A. Yes.',
    ]);
    expect(doc.speakers.map((s) => s.role ?? s.name)).toEqual(['counsel', 'witness', 'Mr. Brown']);
    // A named speaker's objection to a plan, in a press conference, marks no court.
    const press = format([
      'Q. Mayor, what about the bridge?',
      'A. It reopens in May.',
      'JANE DOE: Objection to the plan is growing, Mayor.',
    ]);
    expect(press.speakers.map((s) => s.role)).toContain('reporter');
    expect(press.speakers.map((s) => s.role)).not.toContain('counsel');
  });

  it('GOOD: a trial’s sworn witnesses in other words, Q and A typed with spaces, a new witness resets the examiner', () => {
    const doc = format([
      'THE COURT: Call your next witness.',
      '',
      'LINDA KAYE, being first duly sworn, testified as follows:',
      '',
      'DIRECT EXAMINATION',
      '',
      'BY MR. HERRERA:',
      '',
      'Q   Where are you employed?',
      '',
      'A   Westfield Police Department.',
      '',
      'JOHN DOE, a witness called on behalf of the Plaintiff, having been first duly sworn, testified as follows:',
      '',
      'Q: Mr. Doe, where do you live?',
      '',
      'A: In Dayton.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'judge', 'Call your next'],
      ['direction', null, 'LINDA KAYE, being'],
      ['headline', null, 'DIRECT EXAMINATION'],
      ['direction', null, 'BY MR. HERRERA:'],
      ['speech', 'Mr. Herrera', 'Where are you'],
      ['speech', 'Linda Kaye', 'Westfield Police Department.'],
      ['direction', null, 'JOHN DOE, a'],
      ['speech', 'counsel', 'Mr. Doe, where'],
      ['speech', 'John Doe', 'In Dayton.'],
    ]);
  });

  it('BAD: a name in capitals sworn in as mayor, and “A” before a word, stay prose', () => {
    const doc = format([
      'MAYOR REYES, being sworn in on Monday, promised lower fares.',
      '',
      'A  great many people came.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'narration']);
  });

  it('GOOD: the courtroom’s voices by their place', () => {
    const doc = format([
      'THE CLERK: All rise.',
      '',
      'THE COURT REPORTER: Could you repeat that?',
      '',
      'THE STENOGRAPHER: Please slow down.',
      '',
      'THE COURT OFFICER: Jury entering.',
    ]);
    expect(rows(doc).map(([, who]) => who)).toEqual([
      'clerk',
      'court reporter',
      'court reporter',
      'court officer',
    ]);
  });

  it('GOOD: the court reporter’s parentheticals are directions', () => {
    const notes = [
      '(Discussion off the record.)',
      '(Sidebar conference.)',
      '(Indicating.)',
      '(Record read.)',
      '(Exhibits 4 and 5 received in evidence.)',
      '(Jury exits courtroom.)',
      '(Off the record at 10:14 a.m.)',
      '(Exhibits 14 through 16 were marked for identification.)',
      '(Smith Exhibit 2, e-mail dated 3/4/24, marked for identification.)',
      '(Witness reviews document.)',
      '(Videotape played.)',
      '(Counsel confer.)',
      '(Off-the-record discussion.)',
    ];
    const lines = ['THE COURT: Go ahead.'];
    for (const note of notes) lines.push('', note, '', 'THE WITNESS: Yes.');
    const doc = format(lines);
    const directions = doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text);
    expect(directions).toEqual(notes.map((n) => n.slice(1, -1)));
  });

  it('BAD: a sentence about a record or a jury is no direction', () => {
    const doc = format([
      'The discussion was held off the record, she said.',
      '',
      'The jury exits the courtroom every day at noon, he said.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration', 'narration']);
  });

  it('GOOD: numbered pages: a parenthetical over two lines is one; a time going on with its line stays in the speech', () => {
    const doc = format([
      ' 1       Q.   Let us turn to Exhibit 2.',
      ' 2            (Kowalski Exhibit 2 was marked for',
      ' 3            identification.)',
      ' 4            THE VIDEOGRAPHER:  Going off the record at',
      ' 5   10:41 a.m.',
      ' 6            (Recess taken.)',
      ' 7            THE COURT:  Be seated.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'counsel', 'Let us turn'],
      ['direction', null, 'Kowalski Exhibit 2'],
      ['speech', 'videographer', 'Going off the'],
      ['direction', null, 'Recess taken.'],
      ['speech', 'judge', 'Be seated.'],
    ]);
    expect(doc.blocks[2]?.text).toBe('Going off the record at 10:41 a.m.');
  });
});

describe('UK courts and inquiries', () => {
  it('GOOD: a High Court caption with the roles at the right; counsel’s appearances; the adjournment', () => {
    const doc = format([
      'IN THE HIGH COURT OF JUSTICE',
      "KING'S BENCH DIVISION",
      '',
      'Before:',
      '',
      'MR JUSTICE HARGREAVES',
      '',
      'B E T W E E N:',
      '',
      'ALDERTON LOGISTICS LIMITED                    Claimant',
      '',
      '- and -',
      '',
      'PELHAM TRADING LLP                            Defendant',
      '',
      'MR OWEN DAVIES KC (instructed by Marsh & Cole LLP) appeared on behalf of the Claimant',
      '',
      '(10.30 am)',
      '',
      'MR JUSTICE HARGREAVES: Yes, Mr Davies.',
      '',
      'MR DAVIES: My Lord, the contract was terminated on 3 March.',
      '',
      '(Luncheon adjournment)',
      '',
      'MR JUSTICE HARGREAVES: I will give judgment at 3 o’clock.',
      '',
      '(The hearing adjourned until 10.30 am on Wednesday, 11 November 2026)',
    ]);
    expect(doc.title).toBe('Alderton Logistics Limited v. Pelham Trading LLP');
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['direction', null, '10.30 am'],
      ['speech', 'Mr Justice Hargreaves', 'Yes, Mr Davies.'],
      ['speech', 'Mr Davies', 'My Lord, the'],
      ['direction', null, 'Luncheon adjournment'],
      ['speech', 'Mr Justice Hargreaves', 'I will give'],
      ['direction', null, 'The hearing adjourned'],
    ]);
    expect(doc.blocks.find((b) => b.line === 16)?.type).toBe('note');
  });

  it('GOOD: an inquiry’s day: Q. is the counsel the heading names by office, A. the sworn witness', () => {
    const doc = format([
      'THE HARBOURSIDE FIRE INQUIRY',
      '',
      'Day 37',
      '',
      'Thursday, 5 November 2026',
      '',
      '(10.00 am)',
      '',
      'SIR MALCOLM REID: Good morning. Yes, Mr Okoro.',
      '',
      'MS FIONA HALE (sworn)',
      '',
      'Questions by COUNSEL TO THE INQUIRY',
      '',
      'Q. You were the fire safety officer from 2019?',
      '',
      'A. From June 2019, yes.',
      '',
      '(The inquiry adjourned until 10.00 am the following day)',
    ]);
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['headline', null, 'THE HARBOURSIDE FIRE'],
      ['direction', null, '10.00 am'],
      ['speech', 'Sir Malcolm Reid', 'Good morning. Yes,'],
      ['direction', null, 'MS FIONA HALE'],
      ['direction', null, 'Questions by COUNSEL'],
      ['speech', 'counsel to the inquiry', 'You were the'],
      ['speech', 'Ms Fiona Hale', 'From June 2019,'],
      ['direction', null, 'The inquiry adjourned'],
    ]);
  });

  it('GOOD: a tribunal’s numbered questions lose their numbers, each reported; Q. and A. are the turns', () => {
    const doc = format([
      'CHAIRMAN: Mr Doyle, please.',
      '',
      '148 Q. Did you meet him?',
      '',
      'A. I did.',
      '',
      '149 Q. When was that?',
      '',
      'A. In May 2019.',
    ]);
    expect(rows(doc).map(([type, , words]) => [type, words])).toEqual([
      ['speech', 'Mr Doyle, please.'],
      ['speech', 'Did you meet'],
      ['speech', 'I did.'],
      ['speech', 'When was that?'],
      ['speech', 'In May 2019.'],
    ]);
    expect(rules(doc, 'question-number').map((m) => [m.line, m.actual])).toEqual([
      [3, '148 '],
      [7, '149 '],
    ]);
    expect(doc.blocks[3]?.speaker).toBe(doc.blocks[1]?.speaker);
  });

  it('BAD: numbers before Q. that do not count up, and a count in a sentence, stay', () => {
    const doc = format([
      '12 Q. What?',
      '',
      'A. Yes.',
      '',
      '3 Q. Why?',
      '',
      'We asked 12 questions.',
    ]);
    expect(rules(doc, 'question-number')).toEqual([]);
    expect(doc.blocks[0]?.text).toContain('12');
  });

  it('GOOD: a sheet of four pages: its label is a note, the next page’s lines go on', () => {
    const doc = format([
      ' 1   THE CHAIR: Good morning. Ms Barnes.',
      ' 2   MS BARNES: Thank you, Chair. The next witness is',
      ' 3       Mr Aiden Cole.',
      ' 4                     MR AIDEN COLE (affirmed)',
      ' 5                  Questions by MS BARNES',
      ' 6   Q. Mr Cole, you were the site manager in 2017?',
      ' 7   A. I was, from the spring of that year until the',
      ' 1                                            (Pages 1 to 4)',
      ' 1       handover.',
      ' 2   Q. Who appointed you?',
      ' 3   A. The main contractor.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'chair', 'Good morning. Ms'],
      ['speech', 'Ms Barnes', 'Thank you, Chair.'],
      ['direction', null, 'MR AIDEN COLE'],
      ['direction', null, 'Questions by MS'],
      ['speech', 'Ms Barnes', 'Mr Cole, you'],
      ['speech', 'Mr Aiden Cole', 'I was, from'],
      ['note', null, '(Pages 1 to'],
      ['speech', 'Ms Barnes', 'Who appointed you?'],
      ['speech', 'Mr Aiden Cole', 'The main contractor.'],
    ]);
    expect(doc.blocks[5]?.text).toBe('I was, from the spring of that year until the handover.');
  });

  it('GOOD: English judges by their style: THE RECORDER, HHJ, and a judge’s letters after the name', () => {
    const doc = format([
      'HHJ PATEL: Sit down, please.',
      '',
      'THE RECORDER: Members of the jury.',
      '',
      'SIR GEOFFREY VOS MR: The appeal is allowed.',
      '',
      'CARR J: I agree.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'HHJ Patel', 'Sit down, please.'],
      ['speech', 'judge', 'Members of the'],
      ['speech', 'Sir Geoffrey Vos', 'The appeal is'],
      ['speech', 'Carr', 'I agree.'],
    ]);
    expect(doc.speakers.map((s) => s.title)).toEqual([null, null, 'MR', 'J']);
  });

  it('BAD: honorifics keep their case; a name without a vowel in title case stays as written', () => {
    const doc = format(['MR SMITH: My Lady.', '', 'DR HALL: Yes.', '', 'Lynn: Hello.']);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Mr Smith', 'Dr Hall', 'Lynn']);
  });

  it('BAD: a party named in prose, a council’s adjourned vote, stay what they were', () => {
    const doc = format([
      'The claimant, Alderton Logistics Limited, sued the Defendant in March.',
      '',
      'COUNCILLOR WEBB: The vote was adjourned until May.',
    ]);
    expect(rows(doc)).toEqual([
      ['narration', null, 'The claimant, Alderton'],
      ['speech', 'Webb', 'The vote was'],
    ]);
  });
});

describe('Printed congressional hearings (GPO text)', () => {
  const HEARING = [
    '[House Hearing, 119 Congress]',
    '[From the U.S. Government Publishing Office]',
    '',
    '                    OVERSIGHT OF FEDERAL DAM SAFETY PROGRAMS',
    '',
    '=======================================================================',
    '',
    '    The subcommittee met, pursuant to notice, at 10:00 a.m., in room',
    '2167, Rayburn House Office Building, Hon. David Rouzer presiding.',
    '    Chairman Rouzer. Thank you. We will now take a short recess.',
    '    [Recess.]',
    '    Chairman Rouzer. The subcommittee will come back to order.',
    '    Mr. Collins. Ms. Miller, how many dams are rated high hazard?',
    '    Ms. Miller. About 16,000, Congressman.',
    '    [Whereupon, at 11:48 a.m., the subcommittee was adjourned.]',
  ];

  it('GOOD: one-line turns, every line indented, are turns of their own', () => {
    const doc = format(HEARING);
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['headline', null, 'OVERSIGHT OF FEDERAL'],
      ['direction', null, 'The subcommittee met,'],
      ['speech', 'Rouzer', 'Thank you. We'],
      ['direction', null, 'Recess.'],
      ['speech', 'Rouzer', 'The subcommittee will'],
      ['speech', 'Mr. Collins', 'Ms. Miller, how'],
      ['speech', 'Ms. Miller', 'About 16,000, Congressman.'],
      ['direction', null, 'Whereupon, at 11:48'],
    ]);
  });

  it('GOOD: a nomination hearing’s title names the nominee; The CHAIRMAN., Senator DURBIN., [Witness sworn.]', () => {
    const doc = format([
      '[Senate Hearing 119-52]',
      '[From the U.S. Government Publishing Office]',
      '',
      '                    NOMINATION OF JANE DOE',
      '',
      '=======================================================================',
      '',
      '    The CHAIRMAN. Good morning. I welcome the nominee.',
      '    Senator DURBIN. Thank you, Mr. Chairman.',
      '    [Witness sworn.]',
      '    Ms. DOE. Thank you, Chairman Grassley.',
    ]);
    expect(doc.title).toBe('NOMINATION OF JANE DOE');
    expect(rows(doc).filter(([type]) => type !== 'note')).toEqual([
      ['headline', null, 'NOMINATION OF JANE'],
      ['speech', 'chairman', 'Good morning. I'],
      ['speech', 'Durbin', 'Thank you, Mr.'],
      ['direction', null, 'Witness sworn.'],
      ['speech', 'Ms. Doe', 'Thank you, Chairman'],
    ]);
  });

  it('BAD: outside a printed hearing, `Mr. Collins.` opening an indented line is prose', () => {
    const doc = format([
      '    The minister arrived late.',
      '    Mr. Collins. That was the only name on the list.',
    ]);
    expect(doc.speakers).toEqual([]);
  });
});
