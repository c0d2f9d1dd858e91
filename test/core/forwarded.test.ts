/**
 * A transcript as it reaches a newsroom by e-mail: the mail's header, signature and footer are
 * not the story; a question-and-answer transcript written `Q.` / `A.`.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const MAIL = [
  '---------- Forwarded message ---------',
  'From: Desk Editor <desk@example.org>',
  'Sent: Monday, March 3, 2025 9:14 AM',
  'To: Night Team',
  'Subject: FW: transcript of mayor presser',
  '',
  'Q. Mayor, when does the bridge reopen?',
  '',
  'A. We expect six weeks, weather permitting.',
  '',
  'Q. And the cost?',
  '',
  'A. About four million dollars.',
  '',
  '--',
  'Desk Editor',
  'Channel 5 News',
  '',
  'Sent from my iPhone',
].join('\n');

describe('a transcript forwarded by e-mail', () => {
  const doc = formatTranscript(MAIL);

  it('keeps the mail’s header, signature and footer out of the story, as notes', () => {
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => b.text);
    expect(notes).toEqual([
      '---------- Forwarded message ---------',
      'From: Desk Editor <desk@example.org>',
      'Sent: Monday, March 3, 2025 9:14 AM',
      'To: Night Team',
      'Subject: FW: transcript of mayor presser',
      '--',
      'Desk Editor',
      'Channel 5 News',
      'Sent from my iPhone',
    ]);
    expect(doc.title).toBeNull();
  });

  it('reads Q. and A. as question and answer', () => {
    const turns = doc.blocks.filter((b) => b.type === 'speech');
    expect(turns.map((b) => b.speaker)).toEqual(['q', 'answer', 'q', 'answer']);
    expect(turns[1]?.text).toBe('We expect six weeks, weather permitting.');
    expect(doc.speakers.map((s) => s.role)).toEqual(['reporter', 'answer']);
  });

  it('a single field, or a dash line in the middle of a story, is no mail', () => {
    const one = formatTranscript('Subject: the budget\n\nThe council met tonight.');
    expect(one.blocks[0]?.type).not.toBe('note');
    const dash = formatTranscript(
      'The council met.\n\n--\n\nThen it voted. ' +
        'It voted on the budget and on the bridge and on the ferry and on the library, '.repeat(3) +
        '\n\nAnd it adjourned.\n\nThe mayor left.\n\nThe clerk stayed.\n\nThe lights went out.\n\nThe end came.\n\nThen night.',
    );
    expect(dash.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });

  it('A. alone is an initial, not an answer', () => {
    const doc2 = formatTranscript('A. Lincoln wrote the letter in 1864.\n\nIt was short.');
    expect(doc2.blocks.every((b) => b.type !== 'speech')).toBe(true);
    const doc3 = formatTranscript('Q. When?\n\nA. Lincoln wrote it. A. Lincoln signed it.');
    expect(doc3.blocks.filter((b) => b.speaker === 'answer')).toEqual([]);
  });
});

describe('a transcript pasted from a PDF', () => {
  const PDF = [
    'CITY OF RIVERTON – COUNCIL MEETING TRANSCRIPT                         Page 3 of 12',
    '',
    'MAYOR REYES: The next item is the bridge. The grant covers about half of the cost.',
    '',
    'COUNCILLOR RUIZ: I support the repair. My concern is the timeline.',
    '',
    'CITY OF RIVERTON – COUNCIL MEETING TRANSCRIPT                         Page 4 of 12',
    '',
    'MAYOR REYES: Noted. We will ask the engineer to report back next month.',
    '',
    '- 5 -',
  ].join('\n');

  it('keeps its running headers and page marks out of the turns, and takes its title from them', () => {
    const doc = formatTranscript(PDF);
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'note',
      'speech',
      'speech',
      'note',
      'speech',
      'note',
    ]);
    expect(doc.title).toBe('CITY OF RIVERTON – COUNCIL MEETING TRANSCRIPT');
    expect(doc.blocks.filter((b) => b.speaker === 'ruiz')).toHaveLength(1);
  });

  it('a page mentioned once in the text, or a sentence about page 3, stays text', () => {
    const doc = formatTranscript(
      'The report is long.\n\nThe figures are on page 3\n\nMAYOR: Turn to page 4\n\nMAYOR: Turn to page 6\n\nWe read on page 7\n\nWe read on page 9',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});

describe('words broken at the end of a wrapped line', () => {
  const WRAPPED = [
    'The council met on Monday night to discuss the gov-',
    'ernment grant for the bridge, which a self-',
    'employed engineer had inspected in Decem-',
    'ber. The mayor said the work would begin in',
    'the spring and end before the summer season.',
  ].join('\n');

  it('are joined, a compound keeping its hyphen, each join reported', () => {
    const doc = formatTranscript(WRAPPED);
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('the government grant');
    expect(text).toContain('a self-employed engineer');
    expect(text).toContain('in December. The mayor');
    const joins = doc.messages.filter((m) => m.ruleId === 'hyphenation');
    expect(joins.map((m) => m.expected?.[0])).toEqual(['government', 'self-employed', 'December.']);
    expect(joins.map((m) => m.line)).toEqual([1, 2, 3]);
  });

  it('a dash before a capital, a short line or a speaker’s cut-off word stays', () => {
    const doc = formatTranscript(
      'JANE: I was going to tell you all of this, and I was going to-\nwell, anyway.\n\nThe report covers the North-\nEast region and its roads in full detail.',
    );
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('going to- well');
    expect(text).toContain('North- East');
    expect(doc.messages.some((m) => m.ruleId === 'hyphenation')).toBe(false);
  });
});

describe('a transcript quoted in a reply', () => {
  it('loses its quote marks, each run reported, a `>` alone keeping the paragraphs apart', () => {
    const doc = formatTranscript(
      [
        'Here is the transcript you asked for.',
        '',
        '> REPORTER: What happens next?',
        '>',
        '> MAYOR RUIZ: We rebuild.',
        '> > REPORTER: When?',
        '>',
        '> MAYOR RUIZ: This spring.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['narration', 'Here is the transcript you asked for.'],
      ['speech', 'What happens next?'],
      ['speech', 'We rebuild.'],
      ['speech', 'When?'],
      ['speech', 'This spring.'],
    ]);
    const [asks, answers] = doc.speakers.map((s) => s.id);
    expect(doc.blocks.slice(1).map((b) => b.speaker)).toEqual([asks, answers, asks, answers]);
    expect(doc.speakers.map((s) => s.role ?? s.name)).toEqual(['reporter', 'Ruiz']);
    const quote = doc.messages.filter((m) => m.ruleId === 'mail-quote');
    expect(quote.map((m) => [m.line, m.actual])).toEqual([[3, '>']]);
  });

  it('a caption’s speaker changes (`>>` on every line) and one quoted line stay as they are', () => {
    const captions = formatTranscript(
      '>> REPORTER: What happens next?\n>> MAYOR RUIZ: We rebuild.',
    );
    expect(captions.messages.some((m) => m.ruleId === 'mail-quote')).toBe(false);
    expect(captions.blocks.map((b) => b.text)).toEqual(['What happens next?', 'We rebuild.']);
    const one = formatTranscript('She wrote:\n\n> We rebuild.');
    expect(one.messages.some((m) => m.ruleId === 'mail-quote')).toBe(false);
  });
});
