/**
 * Hard-wrapped pastes (an e-mail client, a PDF copy, a terminal, a wire feed breaks prose at ~72
 * columns): a line's continuation joins its paragraph in each convention that reads lines on their
 * own (src/core/hard-wrap.ts), and a real short line (a heading, a title, a chapter) stays one.
 * Cases written in each convention, not copied from the labelled set.
 */
import { describe, expect, it } from 'vitest';
import {
  endsOpen,
  isRewrappedRest,
  rewrapOf,
  textWrapWidth,
  wrapFellAt,
  wrapsOnto,
} from '../../src/core/hard-wrap.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { format, rows } from './convention-rows.ts';

const notes = (doc: ScriptDocument) =>
  doc.blocks.filter((b) => b.type === 'note').map((b) => [b.reason, b.text.split(' ')[0]]);
const typeOf = (doc: ScriptDocument, start: string) =>
  doc.blocks.find((b) => b.text.startsWith(start))?.type;

describe('the continuation test', () => {
  it('a long line without a sentence end goes on in lower case or after an open word', () => {
    expect(wrapsOnto('The committee heard evidence from the chief executive of', 'Northern')).toBe(
      true,
    );
    expect(wrapsOnto('The committee heard evidence from the chief executive and', 'then')).toBe(
      true,
    );
    expect(wrapsOnto('Der Wetterdienst hat die Warnung für die Küste bis', 'Samstag')).toBe(true);
    expect(wrapsOnto('Der Wetterdienst hat die Unwetterwarnung für die', 'Küste')).toBe(true);
  });

  it('COUNTER: a sentence end, a label, a short line, a capital after a closed word', () => {
    expect(wrapsOnto('The committee heard evidence from the chief executive.', 'then')).toBe(false);
    expect(wrapsOnto('The committee heard evidence from these witnesses:', 'two')).toBe(false);
    expect(wrapsOnto('Council votes on the budget', 'today')).toBe(false);
    expect(wrapsOnto('Regierung kündigt nach dem Sturm neue Hilfen für Landwirte an', 'Die')).toBe(
      false,
    );
    expect(endsOpen('Talks drag on')).toBe(false);
    expect(endsOpen('Scientists warn that millions of honeybees could die')).toBe(false);
    expect(endsOpen('Plan A')).toBe(false);
    expect(endsOpen('the bank account that rounds,')).toBe(true);
  });
});

describe('a Hansard speaker’s tag line hard-wrapped in its words', () => {
  it('GOOD: the words after the tag go on under it: a speech, not a heading', () => {
    const doc = format([
      'THE SPEAKER: Order. Next item.',
      '',
      'MS GRACE AKINYI (ODM, Woman Representative, Kisumu): Honourable Speaker, I',
      'rise to support the motion on school feeding.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'speaker', 'Order. Next item.'],
      ['speech', 'Ms Grace Akinyi', 'Honourable Speaker, I'],
    ]);
  });

  it('COUNTER: a heading with a colon over a new sentence is no speaker’s tag', () => {
    const doc = format([
      'Budget Statement: Tax Changes Ahead For Small Firms In The Coming Year',
      'The Treasury said on Tuesday that the changes would start in April.',
    ]);
    expect(doc.blocks.some((b) => b.type === 'speech')).toBe(false);
  });
});

describe('a Hansard tag hard-wrapped under a heading', () => {
  it('GOOD: a tag line stopping on `the` is a tag, not a heading, under the statement’s title', () => {
    const doc = format([
      'Harbour Dredging in Nova Scotia',
      'Mr. Alan Price (Halifax West, Lib.): Mr. Speaker, the',
      'dredging of the harbour has stopped and the ferries cannot dock.',
    ]);
    expect(rows(doc)).toEqual([
      ['headline', null, 'Harbour Dredging in'],
      ['speech', 'Mr. Alan Price', 'Mr. Speaker, the'],
    ]);
  });

  it('GOOD: a minister’s office wrapped over two lines is one tag (Lords Hansard)', () => {
    const doc = format([
      'Baroness Hale (LD): My Lords, how many rural routes have closed this year?',
      '',
      'The Parliamentary Under-Secretary of State, Department for',
      'Transport (Lord Ferrers) (Con): My Lords, some 400 routes have been',
      'withdrawn since January.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech']);
    expect(doc.blocks[1]?.text.startsWith('My Lords, some 400')).toBe(true);
    expect(doc.speakers.find((s) => s.id === doc.blocks[1]?.speaker)?.name).not.toBe('Transport');
  });

  it('COUNTER: a speech cut off mid-sentence before the next speaker keeps both turns', () => {
    const doc = format([
      'JANE DOE: We need to talk about the budget and about the cost of the',
      'JOHN ROE: No, we need to talk about the schools first.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Jane Doe', 'We need to'],
      ['speech', 'John Roe', 'No, we need'],
    ]);
  });
});

describe('an English court transcript’s certificate hard-wrapped', () => {
  it('GOOD: the certificate’s wrapped sentence and the firm’s address under it are notes', () => {
    const doc = format([
      'JUDGE HARLOW: Take him down.',
      '',
      'Northgate Transcription Ltd hereby certify that the above is an accurate',
      'and complete record of the proceedings or part thereof.',
      '',
      '12 Mill Street, Leeds LS1 4AA',
    ]);
    expect(notes(doc)).toEqual([
      ['page-element', 'Northgate'],
      ['page-element', 'and'],
      ['page-element', '12'],
    ]);
  });

  it('COUNTER: a judge certifying something in a wrapped speech keeps it speech', () => {
    const doc = format([
      'JUDGE HARLOW: I certify that the defendant has served the time on remand and',
      'that it counts towards the sentence.',
    ]);
    expect(rows(doc)).toEqual([['speech', 'Harlow', 'I certify that']]);
  });
});

describe('a WhatsApp export’s encryption notice hard-wrapped', () => {
  it('GOOD: the notice’s lines are the app’s, not a message', () => {
    const doc = format([
      '[14/05/2026, 08:01:10] Flood Desk: \u200eMessages and calls are end-to-end',
      'encrypted. No one outside of this chat, not even WhatsApp, can read or',
      'listen to them.',
      '[14/05/2026, 08:02:00] Ana Ruiz: River is over the bank at Millford.',
      '[14/05/2026, 08:02:40] Tom Becker: On my way with the camera.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['note', 'note', 'note', 'speech', 'speech']);
  });

  it('GOOD: Android’s notice wrapped after its first sentence keeps its lines', () => {
    const doc = format([
      '02/03/2026, 09:12 - Messages and calls are end-to-end encrypted.',
      'No one outside of this chat, not even WhatsApp, can read or',
      'listen to them. Tap to learn more.',
      '02/03/2026, 09:14 - Ana Ruiz: River is over the bank at Millford.',
      '02/03/2026, 09:15 - Tom Becker: On my way with the camera.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['note', 'note', 'note', 'speech', 'speech']);
  });

  it('COUNTER: a member’s own wrapped message stays their speech', () => {
    const doc = format([
      '[14/05/2026, 08:02:00] Ana Ruiz: The river is over the bank at Millford and',
      'messages from the council say the bridge is closed.',
      '[14/05/2026, 08:02:40] Tom Becker: On my way with the camera.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Ana Ruiz', 'The river is'],
      ['speech', 'Tom Becker', 'On my way'],
    ]);
  });
});

const UN_RECORD = [
  'United Nations A/81/PV.7',
  'General Assembly',
  'Eighty-first session',
  '7th plenary meeting',
  'Wednesday, 23 September 2026, 3 p.m.',
  'New York',
  '',
  'President: Mr. Jan Novak . . . . . . . . . . . . . . . . . . . . (Czechia)',
  '',
  'The meeting was called to order at 3.05 p.m.',
  '',
  'The President: I give the floor to the representative of Chile.',
  '',
  'Mr. Rojas (Chile): Chile supports the draft resolution before the Assembly.',
  '',
  'The meeting rose at 6 p.m.',
  '',
];

describe('a UN verbatim record’s footer hard-wrapped', () => {
  it('GOOD: a line of the notice opening in capitals mid-sentence is still the notice', () => {
    const doc = format([
      ...UN_RECORD,
      'This record contains the text of speeches delivered in English and of the',
      'translation of speeches delivered in other languages. Corrections should be',
      'sent under the signature of a member of the delegation to the Chief of the',
      'Verbatim Reporting Service, room U-0506 (verbatimrecords@un.org). Corrected',
      'records will be reissued electronically.',
    ]);
    expect(typeOf(doc, 'Verbatim Reporting')).toBe('note');
  });

  it('COUNTER: the record’s last speech is not taken into the notice', () => {
    const doc = format(UN_RECORD);
    expect(typeOf(doc, 'Chile supports')).toBe('speech');
  });
});

describe('a broadcast transcript’s copyright notice hard-wrapped', () => {
  const turns = ['ANCHOR: Good evening. The storm has passed.', ''];
  it('GOOD: a sentence ending at the wrap’s width does not end the notice', () => {
    const doc = format([
      ...turns,
      'Copyright 2026 Example Broadcasting Company. All rights reserved. This',
      'transcript may not be copied, reproduced, sold or distributed in whole',
      'or in part without the written permission of Example Broadcasting Co.',
      'Any use of this material must credit Example Broadcasting Company and',
      'may not alter its text.',
    ]);
    expect(typeOf(doc, 'Any use')).toBe('note');
    expect(doc.blocks.filter((b) => b.type === 'narration')).toEqual([]);
  });

  it('GOOD: a short line the wrap broke before a long word goes on too', () => {
    const doc = format([
      ...turns,
      'Copyright 2026 Example Broadcasting Company. All rights reserved.',
      'Requests to reproduce this transcript go to the rights desk at',
      '(rights-and-permissions@example-broadcasting.com). Allow ten days',
      'for a reply.',
    ]);
    expect(typeOf(doc, '(rights-and-permissions')).toBe('note');
  });

  it('COUNTER: the wrapped notice ends where its last line leaves room for the next word', () => {
    const doc = format([
      ...turns,
      'Copyright 2026 Example Broadcasting Company. All rights reserved. This',
      'transcript may not be copied, reproduced, sold or distributed in whole',
      'or in part without permission.',
      'Good evening. The clean-up after the storm starts in the morning.',
    ]);
    expect(typeOf(doc, 'or in part')).toBe('note');
    expect(typeOf(doc, 'Good evening.')).not.toBe('note');
  });

  it('COUNTER: a notice without its full stop over lines of their own is not a wrap', () => {
    const doc = format([
      'This transcript has been edited for clarity and for length by our staff',
      'Good evening from Leeds',
      'Tonight the storm, the clean-up and the cost of it all to the county.',
    ]);
    expect(typeOf(doc, 'This transcript')).toBe('note');
    expect(typeOf(doc, 'Good evening')).not.toBe('note');
  });

  it('COUNTER: a short notice line over a sentence of two lines is not a wrap', () => {
    const doc = format([
      ...turns,
      'Copyright 2026 Example Broadcasting Company. All rights reserved.',
      'Jane Doe reports from Leeds on the clean-up after the storm.',
    ]);
    expect(typeOf(doc, 'Jane Doe reports')).not.toBe('note');
    expect(typeOf(doc, 'Jane Doe reports')).toBeDefined();
  });
});

describe('a podcast app’s transcript hard-wrapped', () => {
  it('GOOD: the times and speakers’ labels still open the turns', () => {
    const doc = format([
      '0:00',
      'Speaker 1',
      'Welcome back to the show. Today we are talking about the price of',
      'bread and why it keeps going up in every shop on the high street.',
      '0:12',
      'Speaker 2',
      'Thanks for having me. It is mostly the cost of flour and of energy for',
      'the ovens, and the wages of the people who work through the night.',
      '0:25',
      'Speaker 1',
      'So what can a family do about it when the weekly shop keeps rising?',
      '0:31',
      'Speaker 2',
      'Not much, honestly. Buy what is on offer and bake at the weekend.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Speaker 1', 'Welcome back to'],
      ['speech', 'Speaker 2', 'Thanks for having'],
      ['speech', 'Speaker 1', 'So what can'],
      ['speech', 'Speaker 2', 'Not much, honestly.'],
    ]);
  });
});

describe('a live page entry’s first sentence hard-wrapped under its time', () => {
  it('GOOD: a long first line stopping on an open word is no entry title', () => {
    const doc = format([
      'Liveblog: Streik bei der Bahn',
      '',
      '14:05 Uhr',
      'Die Gewerkschaft hat die Beschäftigten im Fernverkehr bundesweit zum',
      'Warnstreik aufgerufen.',
      '13:40 Uhr',
      'Pendler müssen mit Ausfällen rechnen',
      'Die Bahn rät, Reisen zu verschieben.',
    ]);
    expect(typeOf(doc, 'Die Gewerkschaft')).toBe('narration');
    expect(typeOf(doc, 'Pendler müssen')).toBe('headline');
  });

  it('COUNTER: a long title ending on a verb’s particle stays the entry’s title', () => {
    const doc = format([
      'Liveblog: Sturm über dem Norden',
      '',
      '14:05 Uhr',
      'Regierung kündigt nach dem Sturm neue Hilfen für Landwirte an',
      'Betroffene Betriebe sollen bis Ende des Monats Geld bekommen.',
      '13:40 Uhr',
      'Pendler müssen mit Ausfällen rechnen',
      'Die Bahn rät, Reisen zu verschieben.',
    ]);
    expect(typeOf(doc, 'Regierung kündigt')).toBe('headline');
  });
});

describe('a live page’s title and standfirst pasted without a blank line', () => {
  const entries = [
    '',
    '14.02 GMT',
    'Unions reject new offer',
    'The union said the offer was not enough.',
    '12.45 GMT',
    'Ministers call for calm',
    'The transport secretary urged both sides to talk.',
  ];
  it('GOOD: the title reads as the title, the standfirst as narration', () => {
    const doc = format([
      'Ferry strike live: crossings cancelled as talks break down',
      'Crews walked out at dawn; operators say half of the sailings are cancelled.',
      ...entries,
    ]);
    expect(doc.title).toBe('Ferry strike live: crossings cancelled as talks break down');
    expect(rows(doc).slice(0, 2)).toEqual([
      ['headline', null, 'Ferry strike live:'],
      ['narration', null, 'Crews walked out'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'heading' && m.line === 1)).toBe(true);
    // As the same page with the blank line reads.
    const spaced = format([
      'Ferry strike live: crossings cancelled as talks break down',
      '',
      'Crews walked out at dawn; operators say half of the sailings are cancelled.',
      ...entries,
    ]);
    expect(rows(doc)).toEqual(rows(spaced));
    expect(doc.title).toBe(spaced.title);
  });

  it('GOOD: the same in German', () => {
    const doc = format([
      'Liveblog: Fähren fallen wegen des Streiks aus',
      'Die Gewerkschaft hat zum Streik aufgerufen. Alle Entwicklungen im Liveblog.',
      '',
      '14:02 Uhr',
      'Gewerkschaft lehnt Angebot ab',
      'Das Angebot reiche nicht, sagte ein Sprecher.',
      '12:45 Uhr',
      'Minister rufen zur Ruhe auf',
      'Beide Seiten sollen verhandeln.',
    ]);
    expect(doc.title).toBe('Liveblog: Fähren fallen wegen des Streiks aus');
    expect(typeOf(doc, 'Die Gewerkschaft hat')).toBe('narration');
  });

  it('COUNTER: a live page opening with a wrapped sentence keeps it one paragraph', () => {
    const doc = format([
      'Follow the latest updates on the ferry strike as crews walk out and',
      'operators cancel half of the sailings.',
      ...entries,
    ]);
    expect(typeOf(doc, 'Follow the latest')).toBe('narration');
    expect(doc.blocks[0]?.text).toContain('operators cancel');
  });
});

describe('a sentence’s end where a hard wrap fell (the text’s wrap width)', () => {
  // A paragraph wrapped at 72 columns whose line happens to end a sentence at the width: `They`
  // would not have fit on it, so the wrap, not the writer, broke the line there.
  const wrapped = [
    'Speaker 1',
    'The council met on Tuesday night to decide the future of the harbour',
    'ferry. It voted to keep the service running through the winter, at a',
    'cost of two million.',
    '',
    'Speaker 2',
    'We asked for a longer timetable and a cheaper fare for the islanders.',
    'They said that would come later in the year, once the new boats arrive.',
    '',
    'Speaker 1',
    'And the crews?',
  ];

  it('the width is read from the lines a wrap broke inside a sentence', () => {
    // `harbour` / `ferry.` (68, next word 6: 68 to 74) and `at a` / `cost` (68, 4: 68 to 72).
    expect(textWrapWidth(wrapped.join('\n'))).toBe(72);
    expect(wrapFellAt(wrapped[6] as string, wrapped[7] as string, 72)).toBe(true);
  });

  it('GOOD: a transcript’s turn under its name line stays one paragraph', () => {
    expect(rows(format(wrapped))).toEqual([
      ['speech', 'Speaker 1', 'The council met'],
      ['speech', 'Speaker 2', 'We asked for'],
      ['speech', 'Speaker 1', 'And the crews?'],
    ]);
  });

  it('GOOD: a newsroom script’s read under its cue line stays one paragraph', () => {
    // The reporter's read shows the wrap (`town,` / `but`): 69 to 72 columns.
    const doc = format([
      'ANCHOR:',
      'Storms swept across the north coast overnight and closed the harbour.',
      'Thousands of homes are still without power this morning.',
      '',
      'REPORTER:',
      'Crews have worked through the night to clear the roads into the town,',
      'but the council says the coast road will stay shut until the weekend.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Storms swept across'],
      ['speech', 'reporter', 'Crews have worked'],
    ]);
    expect(doc.blocks[0]?.text).toContain('harbour. Thousands');
  });

  it('GOOD: a parliament’s record (German) keeps the President’s words whole', () => {
    const doc = format([
      'Präsidentin Dr. Anna Weber:',
      'Wir kommen zu Punkt drei der Tagesordnung, der Brücke über die Lenne.',
      'Das Wort hat der Abgeordnete Jonas Brandt.',
      '',
      'Jonas Brandt (CDU):',
      'Frau Präsidentin! Die Brücke in Altena ist seit drei Jahren gesperrt,',
      'und die Pendler stehen jeden Morgen im Stau vor der Umleitung.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Dr. Anna Weber', 'Wir kommen zu'],
      ['speech', 'Jonas Brandt', 'Frau Präsidentin! Die'],
    ]);
  });

  it('GOOD: a wire shot list’s soundbite wrapped in its quote stays one paragraph', () => {
    const doc = format([
      'SHOWS: DOVER, ENGLAND (MARCH 3, 2026) (REUTERS - ACCESS ALL)',
      '',
      '1. WIDE OF PORT',
      '2. CRANES ON QUAY',
      '3. (SOUNDBITE) (English) HARBOUR MASTER, JOHN MILLS, SAYING:',
      '"We lost two of the cranes in the storm, and the third one is damaged.',
      'Nothing moves until the engineers have checked the quay wall, and that',
      'takes a week."',
      '4. VARIOUS OF DAMAGED CRANES',
    ]);
    expect(rows(doc).filter((r) => r[0] === 'speech')).toEqual([
      ['speech', 'John Mills', 'We lost two'],
    ]);
  });

  it('COUNTER: a sentence’s end well short of the width is a paragraph’s end', () => {
    // Wrapped at 72 (`harbour` / `ferry`, `at a` / `cost`); the read ends on a short line.
    const doc = format([
      'ANCHOR:',
      'The council met on Tuesday night to decide the future of the harbour',
      'ferry. It voted to keep the service running through the winter, at a',
      'cost of two million.',
      'Councillors also approved the harbour budget for the coming year.',
    ]);
    expect(rows(doc).map((r) => r[2])).toEqual(['The council met', 'Councillors also approved']);
    // Near the width, but `The` would have fit on the line: the writer ended the paragraph.
    const line = 'It voted to keep the service running through the winter, at a cost.';
    expect(wrapFellAt(line, 'The', 72)).toBe(false);
    expect(wrapFellAt('It voted to keep the service.', 'Thousands', 72)).toBe(false);
  });

  it('COUNTER: one-line items of a text no wrap broke stay apart', () => {
    const items = [
      'ANCHOR:',
      'The ferry keeps running through the winter at a cost of two million.',
      'Harbour fees go up by four percent from May.',
      'Islanders keep their discount, and students travel free on weekdays.',
      'The pier closes in March.',
    ];
    // No line is broken inside a sentence: no wrap width.
    expect(textWrapWidth(items.join('\n'))).toBe(0);
    expect(rows(format(items)).map((r) => r[2])).toEqual([
      'The ferry keeps',
      'Harbour fees go',
      'Islanders keep their',
      'The pier closes',
    ]);
  });

  it('COUNTER: paragraphs on one line each, one broken inside a sentence, are no wrapped text', () => {
    const text = [
      'The council met on Tuesday night to decide the future of the harbour ferry service.',
      'It voted to keep the service running through the winter, at a cost of two million pounds.',
      'Members asked for a longer timetable and a cheaper fare for the islanders and',
      'their families.',
      'Officers said that would come later in the year, once the two new boats arrive in May.',
      'The vote was carried by eleven to four after a debate that lasted three hours.',
    ].join('\n');
    expect(textWrapWidth(text)).toBe(0);
  });

  it('COUNTER: a speaker’s tag line after a line ending at the width opens a turn', () => {
    const doc = format([
      'JANE DOE: The council met on Tuesday night to decide the future of the',
      'harbour ferry, and it voted to keep the service running all winter.',
      'JOHN ROE: That is a cost of two million, and the islanders will pay it.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'Jane Doe', 'The council met'],
      ['speech', 'John Roe', 'That is a'],
    ]);
  });
});

describe('a text re-wrapped narrower (full, short, full lines)', () => {
  // Wrapped at 76 columns, then each line wider than 60 broken again: every rest is short.
  const rewrapped = [
    'ANCHOR:',
    'The new timetable starts in the spring, once the rail unions',
    'have',
    'agreed to the changes on the night shifts of the whole',
    'coastal network.',
    'Passengers will see the first late trains from May, and',
    'fares stay as',
    'they are until the end of the year.',
  ];

  it('the rest of a line that ended a sentence at the width before is no paragraph’s end', () => {
    const lines = rewrapped.slice(1);
    const rewrap = () => rewrapOf(lines, 60);
    // `…of the whole` / `coastal network.`: 71 joined; `Passengers` would not have fit at any width
    // the other rests allow (`…rail unions have` 65 joined, `fares stay as` 69, 73 with `they`).
    expect(isRewrappedRest(lines, 3, 60, rewrap)).toBe(true);
  });

  it('GOOD: the read stays one paragraph', () => {
    expect(rows(format(rewrapped))).toEqual([['speech', 'anchor', 'The new timetable']]);
  });

  it('COUNTER: a paragraph’s short last line under one wrap stays its end', () => {
    const doc = format([
      'ANCHOR:',
      'The new timetable starts in the spring, once the rail unions have',
      'agreed to the changes on the night shifts of the whole coastal',
      'network.',
      'Passengers will see the first late trains from May.',
    ]);
    expect(rows(doc).map((r) => r[2])).toEqual(['The new timetable', 'Passengers will see']);
  });
});

describe('an opening line the text’s wrap broke is prose, no header line', () => {
  it('GOOD: a German script’s first read under its cue keeps its wrapped last word', () => {
    // `…und die Schiffe` / `warten` shows a wrap of 67 to 73 columns; `Hafenarbeiter.` would not
    // have fit after `alle` (61).
    const doc = format([
      'MODERATION:',
      'Guten Abend. In Hamburg streiken seit dem frühen Morgen alle',
      'Hafenarbeiter.',
      '',
      'NiF',
      'Am Containerterminal Altenwerder steht alles still, und die Schiffe',
      'warten vor der Elbmündung auf einen Liegeplatz.',
    ]);
    expect(rows(doc)[0]).toEqual(['speech', 'anchor', 'Guten Abend. In']);
    expect(doc.blocks[0]?.text).toContain('alle Hafenarbeiter.');
    expect(doc.blocks.filter((b) => b.text.startsWith('Hafenarbeiter'))).toEqual([]);
  });

  it('COUNTER: a header line near the width over a field line (`Slug: …`) stays apart', () => {
    const header = 'Headline: Dutch crews race to raise river dikes before spring storms';
    const doc = format([
      'AP Video',
      header,
      'Slug: Netherlands Dike Repairs',
      'Location: Kinderdijk, Netherlands',
      '',
      'STORYLINE:',
      'Dutch crews worked through the weekend to raise the river dikes, and',
      'the engineers say the work must be done before the spring storms.',
    ]);
    // The text is wrapped at 68 to 71 columns, and `Slug:` would not have fit after the headline:
    // a label opens its own line all the same.
    expect(wrapFellAt(header, 'Slug: Netherlands Dike Repairs', 71)).toBe(false);
    expect(wrapFellAt(header, 'Slugs of Netherlands Dike Repairs', 71)).toBe(true);
    expect(doc.blocks.find((b) => b.text.startsWith('Headline'))?.text).toBe(header);
    expect(typeOf(doc, 'Slug:')).toBe('note');
  });
});

describe('a legal notice of two lines in a hard-wrapped text', () => {
  // The turns show a wrap of 72 to 76 columns (`council` / `said`, `the` / `unions.`).
  const turns = [
    'HOST: The harbour ferry will keep running through the winter, the council',
    'said on Tuesday, after a vote that ended two months of talks with the',
    'unions.',
    '',
    'GUEST: We asked for a cheaper fare and a longer timetable for the islands.',
    '',
  ];
  const kinds = (doc: ScriptDocument) =>
    doc.blocks.map((b) => [b.type, b.type === 'note' ? b.reason : null, b.text.split(' ')[0]]);

  it('GOOD: the notice goes on past a sentence the wrap ended at the width', () => {
    const doc = format([
      ...turns,
      'Copyright © 2026 Harbour Radio. All rights reserved. For personal use only.',
      'Visit our website for the terms of use and permissions for other uses.',
    ]);
    expect(kinds(doc).slice(2)).toEqual([
      ['note', 'copyright', 'Copyright'],
      ['note', 'copyright', 'Visit'],
    ]);
  });

  it('COUNTER: a notice’s line ending well short of the width ends the notice', () => {
    const doc = format([
      ...turns,
      'Copyright © 2026 Harbour Radio. All rights reserved.',
      'Visit our website for the terms of use and permissions for other uses.',
    ]);
    expect(kinds(doc).slice(2)).toEqual([
      ['note', 'copyright', 'Copyright'],
      ['narration', null, 'Visit'],
    ]);
  });
});
