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
