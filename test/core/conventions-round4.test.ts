/**
 * A fourth round of conventions nobody had pasted yet: WhatsApp's "Export chat" text (iPhone and
 * Android), US trial and English Crown Court transcripts, Whisper's text with segment times, …
 * Each rule with counter-cases in ordinary prose of other conventions.
 */
import { describe, expect, it } from 'vitest';
import { isDirectionText, isProductionLine } from '../../src/core/directions.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { chatExportStamp, parseTag, untaggedTimeAnchor } from '../../src/core/tags.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

function speechOf(doc: ScriptDocument): [string | null | undefined, string, number | null][] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.title]));
  return doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [byId.get(b.speaker ?? ''), b.text, b.timestampMs]);
}
function notesOf(doc: ScriptDocument): string[] {
  return doc.blocks.filter((b) => b.type === 'note').map((b) => b.text);
}
const at = (h: number, m: number, s = 0) => ((h * 60 + m) * 60 + s) * 1000;

describe('WhatsApp chat exports', () => {
  it('GOOD: iPhone export: each message a turn of its sender at its time of day; the app’s lines are notes', () => {
    const doc = formatTranscript(
      [
        '[04/11/2025, 07:58:10] Fire Desk: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
        '[04/11/2025, 08:01:33] Aisha Bello: Crews still on the A40 slip road.',
        'Two lanes shut eastbound.',
        '[04/11/2025, 08:02:05] Aisha Bello: \u200eimage omitted',
        '\u200e[04/11/2025, 08:03:40] Gareth Lyle added Mo Chen',
        '[04/11/2025, 08:04:12] Mo Chen: On my way with the drone',
      ].join('\n'),
    );
    expect(speechOf(doc)).toEqual([
      ['Aisha Bello', 'Crews still on the A40 slip road. Two lanes shut eastbound.', at(8, 1, 33)],
      ['Mo Chen', 'On my way with the drone', at(8, 4, 12)],
    ]);
    expect(notesOf(doc)).toHaveLength(3);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Aisha Bello', 'Mo Chen']);
    // The day and time as stamped are kept in the time-anchor message.
    expect(
      doc.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === '04/11/2025, 08:01:33'),
    ).toBe(true);
  });

  it('GOOD: Android export in 24-hour and 12-hour clocks, a phone number and a ~ pushname as senders', () => {
    const doc = formatTranscript(
      [
        '11/4/25, 9:14 PM - Messages and calls are end-to-end encrypted. Tap to learn more.',
        '11/4/25, 9:15 PM - Dee Park: Vote moved to Thursday',
        '11/4/25, 9:15 PM - Dee Park: <Media omitted>',
        '11/4/25, 9:20 PM - +1 415 555 0142: who is covering?',
        '11/4/25, 9:21 PM - ~ Sol: I can',
        '11/4/25, 9:22 PM - Dee Park: This message was deleted',
      ].join('\n'),
    );
    expect(speechOf(doc)).toEqual([
      ['Dee Park', 'Vote moved to Thursday', at(21, 15)],
      ['+1 415 555 0142', 'who is covering?', at(21, 20)],
      ['Sol', 'I can', at(21, 21)],
    ]);
    expect(notesOf(doc)).toHaveLength(3);
    const german = parseTag('04.11.25, 21:15 - Dee Park: Abstimmung am Donnerstag');
    expect(german?.tag.name).toBe('Dee Park');
    expect(german?.tag.timestampMs).toBe(at(21, 15));
    expect(german?.rest).toBe('Abstimmung am Donnerstag');
  });

  it('GOOD: the app’s note after an edited message is taken out of its words, with a message', () => {
    const doc = formatTranscript(
      [
        '12/03/2024, 09:15 - Marta Ruiz: Vote is on Thursday <This message was edited>',
        '12/03/2024, 09:17 - Jon Fairbairn: Source?',
      ].join('\n'),
    );
    expect(speechOf(doc).map((t) => t[1])).toEqual(['Vote is on Thursday', 'Source?']);
    expect(doc.messages.find((m) => m.ruleId === 'chat-edited')?.line).toBe(1);
    // Quoted in the middle of a sentence, the words stay.
    const quoted = formatTranscript(
      'JANE: It said <This message was edited> under it, so I asked.',
    );
    expect(quoted.blocks[0]?.text).toContain('<This message was edited>');
  });

  it('BAD: a date and time in prose, a schedule, a system line and a lower-case clause are no sender', () => {
    // A live blog's entry: the words after the stamp are a sentence, not a contact's name.
    expect(parseTag('12/03/2024, 14:05 - police said the road: closed')).toBeNull();
    expect(parseTag('12/03/2024, 14:05 - Tom Reed added Sam Okafor')).toBeNull();
    // No separator after the time, or a bracket that does not close: no stamp.
    expect(chatExportStamp('12/03/2024, 14:05 the council met')).toBeNull();
    expect(chatExportStamp('[12/03/2024, 14:05 - Jane: hi')).toBeNull();
    expect(chatExportStamp('12/03/2024, 25:05 - Jane: hi')).toBeNull();
    expect(chatExportStamp('3/12/24, 13:05 PM - Jane: hi')).toBeNull();
    // A single stamped line is no chat: its words are not made a note.
    const one = formatTranscript(
      '12/03/2024, 14:05 - This message was deleted\n\nThe mayor spoke.',
    );
    expect(notesOf(one)).toEqual([]);
    // Prose that mentions a deleted message or omitted media is text.
    const prose = formatTranscript(
      'PRIYA: The image omitted from the report was the key.\n\nTOM: This message was deleted by the sender, she said.',
    );
    expect(notesOf(prose)).toEqual([]);
  });
});

describe('a Zoom meeting’s saved chat', () => {
  it('GOOD: `16:02:11 From  Jane Doe  to  Everyone:` and the message after a tab', () => {
    const doc = formatTranscript(
      '16:02:11 From  Jane Doe  to  Everyone:\tCan everyone hear me?\n16:02:30 From  John Roe  to  Everyone:\tYes, loud and clear.\n16:03:05 From  Jane Doe  to  John Roe(Direct Message):\tThanks.\n',
    );
    expect(speechOf(doc)).toEqual([
      ['Jane Doe', 'Can everyone hear me?', at(16, 2, 11)],
      ['John Roe', 'Yes, loud and clear.', at(16, 2, 30)],
      ['Jane Doe', 'Thanks.', at(16, 3, 5)],
    ]);
    // A message to one person, not to everyone, says so.
    expect(doc.blocks.map((b) => b.delivery)).toEqual([null, null, 'direct message to John Roe']);
  });

  it('GOOD: newer clients put the message on the next line, indented; a message may run on', () => {
    const doc = formatTranscript(
      '00:01:23 From Jane Doe to Everyone:\n\tCan everyone hear me?\n00:01:40 From John Roe to Everyone:\n\tYes. The river rose\n\ttwo metres overnight.\n00:02:05 From Jane Doe : Great.\n',
    );
    expect(speechOf(doc)).toEqual([
      ['Jane Doe', 'Can everyone hear me?', at(0, 1, 23)],
      ['John Roe', 'Yes. The river rose two metres overnight.', at(0, 1, 40)],
      ['Jane Doe', 'Great.', at(0, 2, 5)],
    ]);
  });

  it('BAD: a time and `From` in prose is no chat message', () => {
    expect(parseTag('10:15:00 From the bridge: the river is rising.')).toBeNull();
    const doc = formatTranscript('09:00:00 from the top: the council met.');
    expect(doc.speakers).toEqual([]);
  });
});

describe('court transcripts: the courtroom’s voices named by their place', () => {
  it('GOOD: THE COURT is the judge; the videographer, the interpreter, a prospective juror are roles', () => {
    const doc = formatTranscript(
      [
        'MS. PARK:  Objection, Your Honor.  Leading.',
        'THE COURT:  Overruled.  You may answer.',
        'THE WITNESS:  I was on patrol.',
        'THE INTERPRETER:  The witness asks for the question again.',
        'PROSPECTIVE JUROR 12:  I know the officer.',
        'The Court: Thank you. You are excused.',
      ].join('\n'),
    );
    const roles = doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.role);
    expect(roles).toEqual([null, 'judge', 'witness', 'interpreter', 'juror #12', 'judge']);
    expect(doc.blocks[1]?.text).toBe('Overruled. You may answer.');
    expect(parseTag('THE VIDEOGRAPHER: We are on the record.')?.tag.role).toBe('videographer');
    expect(parseTag('THE REPORTER: Could you spell that?')?.tag.role).toBe('court reporter');
  });

  it('BAD: the court in prose, a heading and a newsroom reporter stay what they were', () => {
    expect(parseTag('The court heard: the car was stolen')).toBeNull();
    expect(parseTag('In the court: a packed gallery')).toBeNull();
    // Without `THE`, a reporter is a journalist, as before.
    expect(parseTag('REPORTER: Crews arrived at midnight.')?.tag.role).toBe('reporter');
    expect(parseTag('Court: Adjourned until Monday')?.tag.role ?? null).not.toBe('judge');
  });

  it('GOOD: an English Crown Court caption: the case number beside the court, R E X - v - the defendant, appearances', () => {
    const doc = formatTranscript(
      [
        'IN THE CROWN COURT AT BRISTOL            Case No: T20251188',
        '',
        'Friday, 7 November 2025',
        '',
        'Before:',
        'HER HONOUR JUDGE OKAFOR',
        '',
        'R E G I N A',
        '',
        '- v -',
        '',
        'LIAM FOSTER',
        '',
        'MR P. GRAY appeared on behalf of the Prosecution',
        'MISS L. HOOD appeared on behalf of the Defendant',
        '',
        'JUDGE OKAFOR:  Mr Foster, please stand.',
        '',
        '(Defendant stood)',
        '',
        'JUDGE OKAFOR:  You will serve 18 months.',
        '',
        '(Defendant taken down)',
        '',
        'Epiq Europe Ltd hereby certify that the above is an accurate and complete record of the proceedings or part thereof.',
        'Lower Ground, 46 Chancery Lane, London WC2A 1JE',
      ].join('\n'),
    );
    expect(doc.title).toBe('Regina v. Liam Foster');
    const types = doc.blocks.map((b) => `${b.line}:${b.type}`);
    expect(types).toEqual([
      '1:note',
      '3:note',
      '5:note',
      '6:note',
      '8:note',
      '10:note',
      '12:note',
      '14:note',
      '15:note',
      '17:speech',
      '19:direction',
      '21:speech',
      '23:direction',
      '25:note',
      '26:note',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Okafor']);
  });

  it('BAD: a certification inside a speech, a case number in prose, a bracket of prose stay text', () => {
    const doc = formatTranscript(
      [
        'MAYOR: I certify that the above is an accurate record of the vote, and I will sign it.',
        '',
        'The clerk read the case no. 12 list aloud.',
        '',
        'MAYOR: We stood (the defendant stood by his word) and waited.',
      ].join('\n'),
    );
    // No note, no direction: the certification is the mayor's, the case number the clerk's story.
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
    expect(doc.title).toBeNull();
    expect(doc.blocks[2]?.text).toContain('(the defendant stood by his word)');
    expect(isDirectionText('Defendant stood')).toBe(true);
    expect(isDirectionText('The witness was sworn')).toBe(true);
    expect(isDirectionText('In the absence of the jury')).toBe(true);
    expect(isDirectionText('the defendant stood by his word')).toBe(false);
    expect(isDirectionText('jury duty')).toBe(false);
  });
});

describe('speech-to-text segments with their times and no speaker (Whisper, whisper.cpp)', () => {
  it('GOOD: each segment’s time is taken out of the text and kept in a message; segments join into sentences', () => {
    const doc = formatTranscript(
      [
        '[00:00.000 --> 00:03.100]  The harbour board met this morning and agreed',
        '[00:03.100 --> 00:05.900]  to dredge the channel by spring.',
        '[00:05.900 --> 00:08.000]  [BLANK_AUDIO]',
        '[01:02:03.500 --> 01:02:06.000]  Fishermen welcomed the decision.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      [
        'narration',
        'The harbour board met this morning and agreed to dredge the channel by spring.',
      ],
      ['direction', 'BLANK_AUDIO'],
      ['narration', 'Fishermen welcomed the decision.'],
    ]);
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.actual);
    expect(anchors).toEqual([
      '[00:00.000 --> 00:03.100]',
      '[00:03.100 --> 00:05.900]',
      '[00:05.900 --> 00:08.000]',
      '[01:02:03.500 --> 01:02:06.000]',
    ]);
    expect(untaggedTimeAnchor('[01:02:03.500 --> 01:02:06.000]  Fishermen')?.ms).toBe(3_723_500);
    expect(untaggedTimeAnchor('[00:00:00.000 --> 00:00:04.200]   Good')?.ms).toBe(0);
  });

  it('BAD: an agenda clock in parentheses, a bracketed word, a time alone and a tagged line stay as they were', () => {
    expect(untaggedTimeAnchor('(10:30) Council opens')).toBeNull();
    expect(untaggedTimeAnchor('[Music] 10:16:00')).toBeNull();
    expect(untaggedTimeAnchor('[00:08.000 --> 00:10.000]')).toBeNull();
    expect(untaggedTimeAnchor('10:30 Council opens')).toBeNull();
    const tagged = formatTranscript('[00:00:05] Jane Doe: We are live.');
    expect(tagged.blocks[0]?.timestampMs).toBe(5000);
    expect(tagged.blocks[0]?.text).toBe('We are live.');
    const agenda = formatTranscript('(10:30) Council opens\n(11:00) Budget vote');
    expect(agenda.blocks.map((b) => b.text).join(' ')).toContain('(10:30) Council opens');
  });
});

describe('a direction and the time it happened on its line (`[Music] 10:16:00`)', () => {
  it('GOOD: in a saved meeting transcript the direction is a direction, its time a message, not text', () => {
    const doc = formatTranscript(
      [
        '[Jane Doe] 10:15:32',
        'Good morning everyone, we are live from the harbour.',
        '',
        '[Music] 10:16:00',
        '',
        '[Tom Reed] 10:16:05',
        'Thanks Jane.',
        '(Applause) 10:16:40',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['speech', 'Good morning everyone, we are live from the harbour.'],
      ['direction', 'Music'],
      ['speech', 'Thanks Jane.'],
      ['direction', 'Applause'],
    ]);
    const anchors = doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.actual);
    expect(anchors).toContain('10:16:00');
    expect(anchors).toContain('10:16:40');
  });

  it('BAD: a bracketed label or name before a time, and a direction before other words, keep their time', () => {
    const doc = formatTranscript('[Update] 10:30\n\n[Music] plays until 10:16');
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('10:30');
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('10:16');
    const named = formatTranscript('[Jane Doe] 10:15:32\nHello.');
    expect(named.blocks.map((b) => [b.type, b.text])).toEqual([['speech', 'Hello.']]);
  });
});

describe('a radio bulletin’s running order: carts and cuts by number, the station’s stings', () => {
  it('GOOD: numbered carts and cuts with their cue or run time, and stings in capitals, are directions', () => {
    for (const line of [
      'CART 2041  /  IN: "We got the call..."  /  OUT: "...nobody was hurt."  /  DUR :18',
      'CUT 12  (:14)  OQ: "protects the water table"',
      'CART #318 (0:22)',
      'ACT 3 IN: "The council" OUT: "next year"',
      'STING: NEWS IN  (CART 9001)',
      'JINGLE: TRAVEL',
    ])
      expect(isProductionLine(line), line).toBe(true);
    const doc = formatTranscript(
      [
        'STING: NEWS IN  (CART 9001)',
        '',
        'Good morning. Fire crews spent the night at the boatyard.',
        '',
        'CART 2041  /  IN: "We got the call..."  /  OUT: "...nobody was hurt."  /  DUR :18',
        '',
        'The county board voted to close the landfill.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'direction',
      'narration',
      'direction',
      'narration',
    ]);
  });

  it('BAD: a number in a headline, a cut in prose and the musician Sting speaking stay text and tags', () => {
    for (const line of [
      'CUT 40 JOBS AT THE PLANT',
      'Cut 12 (:14) of the budget went to roads',
      'CART 2041 WAS STOLEN FROM THE CAR PARK',
      'STING: I wrote that song in 1983.',
    ])
      expect(isProductionLine(line), line).toBe(false);
    expect(parseTag('STING: I wrote that song in 1983.')?.tag.name).toBe('Sting');
  });
});

describe('a podcast’s show notes above its transcript', () => {
  it('GOOD: the chapter list under its label, the appeal and the sponsor’s code are notes', () => {
    const doc = formatTranscript(
      [
        'Chapters',
        '00:00 Intro',
        '03:12 - Why the ferry matters',
        '[21:40] The vote',
        '',
        'Support the show: patreon.com/harbourpodcast',
        'Sponsored by Tidewater Outdoor Gear. Use code HARBOUR for 15% off.',
        '',
        'Niamh Keane: Welcome to Harbour Lines.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.line, b.type, b.reason])).toEqual([
      [1, 'note', 'page-element'],
      [2, 'note', 'page-element'],
      [3, 'note', 'page-element'],
      [4, 'note', 'page-element'],
      [6, 'note', 'advertisement'],
      [7, 'note', 'advertisement'],
      [9, 'speech', null],
    ]);
    expect(doc.title).toBeNull();
    expect(doc.speakers.map((s) => s.name)).toEqual(['Niamh Keane']);
  });

  it('BAD: a schedule without the label, a sponsor in a sentence and the word in a tag position stay text', () => {
    const doc = formatTranscript(
      [
        'MAYOR: The fair was sponsored by the city. Use code words if you must.',
        '',
        '10:30 Council opens',
        '11:00 Budget vote',
        '',
        'Sponsored by local firms, the fair drew 10,000 people.',
      ].join('\n'),
    );
    expect(doc.blocks.every((b) => b.type !== 'note')).toBe(true);
    expect(parseTag('Timestamps: (00:00) Intro')).toBeNull();
  });
});

describe('a magazine interview with its questions in bold and no labels', () => {
  const roles = (doc: ScriptDocument) =>
    doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.role ?? b.type);

  it('GOOD: markdown: each bold paragraph is the interviewer’s, the paragraph after it the answer', () => {
    const doc = formatTranscript(
      [
        '# "Nobody called me"',
        '',
        'A plant worker on the closure.',
        '',
        '**When did you hear about the closure?**',
        '',
        'In January, from a text message.',
        '',
        '**Nobody from the company called you.**',
        '',
        'Nobody. Not one manager.',
        '',
        'We had worked there eleven years.',
        '',
        '**What will you do now?**',
        '',
        'Retrain, maybe.',
      ].join('\n'),
    );
    expect(roles(doc)).toEqual([
      'headline',
      'narration',
      'reporter',
      'answer',
      'reporter',
      'answer',
      'answer',
      'reporter',
      'answer',
    ]);
    expect(doc.blocks[2]?.text).toBe('When did you hear about the closure?');
  });

  it('GOOD: HTML: a paragraph all in <strong> is a question', () => {
    const html = [
      '<article><h1>On the night shift</h1>',
      '<p><strong>What is the hardest hour?</strong></p>',
      '<p>Three in the morning.</p>',
      '<p><b>Why?</b></p>',
      '<p>Everyone is tired and the ward is full.</p></article>',
    ].join('\n');
    const doc = prepare(html, optionsSchema().parse({}), 'html');
    expect(roles(doc)).toEqual(['headline', 'reporter', 'answer', 'reporter', 'answer']);
    // A CMS that sets each paragraph as a `<div>`: the same interview.
    const divs = html.replace(/<(\/?)p>/g, '<$1div>');
    expect(roles(prepare(divs, optionsSchema().parse({}), 'html'))).toEqual(roles(doc));
    // A `<div>` wrapping paragraphs is no paragraph: its first bold question is still read.
    const wrapped = html
      .replace('<article>', '<article><div>')
      .replace('</article>', '</div></article>');
    expect(roles(prepare(wrapped, optionsSchema().parse({}), 'html'))).toEqual(roles(doc));
    // An older CMS: one paragraph, each question a bold line ended by `<br>`.
    const breaks = [
      '<article><h1>On the night shift</h1>',
      '<p><strong>What is the hardest hour?</strong><br>Three in the morning.<br><br>',
      '<b>Why?</b> <br>Everyone is tired and the ward is full.</p></article>',
    ].join('\n');
    expect(roles(prepare(breaks, optionsSchema().parse({}), 'html'))).toEqual(roles(doc));
  });

  it('BAD: HTML: bold lead-ins ended by <br> (an update, a section) stay narration', () => {
    const html = [
      '<article><h1>Storm live</h1>',
      '<p><strong>Update</strong><br>Two roads closed.<br><br><b>Schools</b><br>All shut today.</p>',
      '<p>The council meets at noon.</p></article>',
    ].join('\n');
    const doc = prepare(html, optionsSchema().parse({}), 'html');
    expect(doc.speakers).toEqual([]);
    expect(roles(doc).filter((r) => r === 'reporter' || r === 'answer')).toEqual([]);
  });

  it('BAD: bold headings over sections, one bold question, a bold line in a sentence stay narration', () => {
    const sections = formatTranscript(
      [
        '**Flood defences**',
        '',
        'The wall is finished.',
        '',
        '**Budget**',
        '',
        'It cost more than planned.',
      ].join('\n'),
    );
    expect(sections.speakers).toEqual([]);
    const one = formatTranscript(
      '**Why now?**\n\nBecause the money ran out.\n\nThe council met on **Tuesday**.',
    );
    expect(one.speakers).toEqual([]);
    // Two bold questions in a row are a list of questions, not an interview.
    const list = formatTranscript(
      '**Who pays?**\n\n**Who decides?**\n\nThe council has not said.\n\n**When?**\n\nSoon.',
    );
    expect(list.speakers).toEqual([]);
  });
});

describe('messages copied from Telegram Desktop and Discord (a header over each message)', () => {
  it('GOOD: the header’s sender is the tag, its time of day the anchor, the day kept in the message', () => {
    const telegram = formatTranscript(
      [
        'Kyiv Desk, [12.03.2024 14:05]',
        'Air raid alert in the capital region',
        '',
        'Oksana Melnyk, [12.03.2024 14:09]',
        'Explosions heard on the left bank',
      ].join('\n'),
    );
    expect(speechOf(telegram)).toEqual([
      ['Kyiv Desk', 'Air raid alert in the capital region', at(14, 5)],
      ['Oksana Melnyk', 'Explosions heard on the left bank', at(14, 9)],
    ]);
    expect(notesOf(telegram)).toEqual([]);
    expect(
      telegram.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === '12.03.2024 14:05'),
    ).toBe(true);
    const discord = formatTranscript(
      [
        'marcus_b — Today at 2:05 PM',
        'bridge closed northbound',
        'Ines Costa — 03/12/2024 9:41 AM',
        'Photos?',
      ].join('\n'),
    );
    expect(speechOf(discord)).toEqual([
      ['marcus_b', 'bridge closed northbound', at(14, 5)],
      ['Ines Costa', 'Photos?', at(9, 41)],
    ]);
  });

  it('BAD: a dateline with a bracketed time, a heading with a dash and a time, a sentence stay what they were', () => {
    expect(parseTag('London, [updated 14:05]')).toBeNull();
    expect(parseTag('Council meeting — Today at 2:05 PM: agenda')?.tag.name ?? null).toBeNull();
    expect(parseTag('The vote was held, [12.03.2024 25:05]')).toBeNull();
    const doc = formatTranscript('Published 12.03.2024 14:05\n\nThe council met.');
    expect(doc.speakers).toEqual([]);
  });
});

describe('a meeting transcript copied from Microsoft Teams or Stream (name, then time, then words)', () => {
  const teams = [
    'Jane Doe',
    '0:05',
    'Good morning, everyone.',
    'Tom Reed',
    '0:12',
    'Morning. The council vote is at two.',
    'Jane Doe',
    '0:20',
    'Great, we lead with it.',
    'Amy Lin',
    '0:31',
    'I have the graphics ready.',
    'Tom Reed',
    '0:40',
    'Thanks, Amy.',
  ].join('\n');

  it('GOOD: each name over its time is the tag of the words under it; no word is lost', () => {
    const doc = formatTranscript(teams);
    expect(speechOf(doc)).toEqual([
      ['Jane Doe', 'Good morning, everyone.', 5000],
      ['Tom Reed', 'Morning. The council vote is at two.', 12_000],
      ['Jane Doe', 'Great, we lead with it.', 20_000],
      ['Amy Lin', 'I have the graphics ready.', 31_000],
      ['Tom Reed', 'Thanks, Amy.', 40_000],
    ]);
  });

  it('BAD: a video’s chapter titles over its times, and a sentence under a time, are no speakers', () => {
    const chapters = formatTranscript(
      [
        'Flood Defences',
        '0:00',
        'so the wall went up in May',
        '0:04',
        'and it held in the storm',
        'Council Vote',
        '1:10',
        'the council met on Tuesday',
        '1:14',
        'and approved the money',
      ].join('\n'),
    );
    expect(chapters.speakers).toEqual([]);
    expect(chapters.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Flood Defences',
      'Council Vote',
    ]);
    // A podcast app's time over a label (`0:41` / `Speaker 2`); a sentence under a time is text.
    const panel = formatTranscript(
      '0:00\nSpeaker 1\nwelcome back\n0:03\nto the show\n0:06\nThanks, Amy.\n0:09\ngood to be here',
    );
    expect(panel.blocks.map((b) => b.text).join(' ')).toContain('Thanks, Amy.');
  });
});

describe('captions for the deaf and hard of hearing (SDH)', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:03,500',
    '[SIRENS WAILING]',
    '',
    '2',
    '00:00:04,000 --> 00:00:06,200',
    'REPORTER: Crews arrived',
    'just after midnight.',
    '',
    '3',
    '00:00:06,400 --> 00:00:08,900',
    'Two people got out.',
    '',
    '4',
    '00:00:09,000 --> 00:00:11,000',
    '♪ somber music ♪',
    '',
    '5',
    '00:00:14,200 --> 00:00:16,000',
    '[man coughing]',
  ].join('\n');

  it('GOOD: a sound described in brackets and music between notes are directions, not words', () => {
    const doc = prepare(srt, optionsSchema().parse({}), 'srt');
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['direction', 'SIRENS WAILING'],
      ['speech', 'Crews arrived just after midnight. Two people got out.'],
      ['direction', '♪ somber music ♪'],
      ['direction', 'man coughing'],
    ]);
    expect(isDirectionText('door creaking')).toBe(true);
    expect(isDirectionText('indistinct chatter')).toBe(true);
  });

  it('BAD: the same words in a sentence, or a lyric line inside a cue, stay text', () => {
    const doc = formatTranscript('JANE: The man was coughing and the door was creaking all night.');
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech']);
    expect(isDirectionText('the knocking stopped at midnight and we went to sleep again')).toBe(
      false,
    );
    // Places named like sounds: a riding, a constituency in a speech's brackets.
    expect(isDirectionText('Thunder Bay—Rainy River')).toBe(false);
    expect(isDirectionText('Barking')).toBe(false);
  });
});

describe('a Q&A tagged with initials, its people named above the first turn', () => {
  it('GOOD: initials are the full names the byline and the introduction give', () => {
    const doc = formatTranscript(
      [
        'Interview by Clara Voss',
        '',
        'Hannah Moyo worked at the Eastfield plant for eleven years.',
        '',
        'CV: When did you hear about the closure?',
        '',
        'HM: In January, from a text message.',
      ].join('\n'),
    );
    expect(speechOf(doc).map((t) => t[0])).toEqual(['Clara Voss', 'Hannah Moyo']);
    expect(doc.blocks[0]?.reason).toBe('byline');
    // The tag as written stays an alias.
    expect(doc.speakers.find((s) => s.name === 'Hannah Moyo')?.aliases).toEqual(['HM']);
  });

  it('BAD: two names with the same initials, or none, leave the initials as written', () => {
    const doc = formatTranscript(
      [
        'Jane Dunn and John Doe spoke to the council.',
        '',
        'JD: We need the money.',
        '',
        'TK: The vote is on Monday.',
      ].join('\n'),
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['JD', 'TK']);
  });
});
