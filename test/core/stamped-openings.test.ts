/**
 * Paragraphs each opened by a time with no brackets (`00:00:17 Our reporter has been…`): a
 * transcription export with times and no names, a video tool's copy. The times are stamps, taken
 * out of the words (each reported as a `time-anchor`, as a bracketed time is); an agenda's clock
 * times stay words.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const PARAGRAPHS = [
  'Good evening, and welcome to the programme. Tonight the council votes on the budget.',
  'Our reporter has been at the chamber all day. What is the mood there tonight?',
  'Thank you. It has been a long day here, and the councillors are only now arriving.',
  'And do we expect the vote to pass?',
  'Most people I have spoken to think it will, but only just.',
];

const stamped = (times: string[], texts = PARAGRAPHS) =>
  times.map((t, i) => `${t} ${texts[i]}`).join('\n\n');

const anchors = (doc: ReturnType<typeof formatTranscript>) =>
  doc.messages.filter((m) => m.ruleId === 'time-anchor').map((m) => m.actual);

describe('paragraphs opened by a bare time', () => {
  it('hours, minutes and seconds: the times leave the words, each reported', () => {
    const doc = formatTranscript(
      stamped(['00:00:01', '00:00:17', '00:00:29', '00:00:41', '00:00:44']),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(anchors(doc)).toEqual(['00:00:01', '00:00:17', '00:00:29', '00:00:41', '00:00:44']);
  });

  it('minutes and seconds from the recording’s start', () => {
    const doc = formatTranscript(stamped(['0:02', '0:18', '0:31', '0:43']));
    expect(doc.blocks.map((b) => b.text)).toEqual(PARAGRAPHS.slice(0, 4));
    expect(anchors(doc)).toEqual(['0:02', '0:18', '0:31', '0:43']);
  });

  it('copied from mid-recording: times not all on round seconds', () => {
    const doc = formatTranscript(stamped(['12:41', '12:57', '13:09', '13:21', '13:24']));
    expect(doc.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
  });

  it('two paragraphs with hours under a heading', () => {
    const doc = formatTranscript(
      `Budget hearing\n\n${stamped(['00:00:01', '00:00:09'], ['Good evening, and welcome.', 'Thank you. It is good to be here.'])}`,
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['headline', 'Budget hearing'],
      ['narration', 'Good evening, and welcome.'],
      ['narration', 'Thank you. It is good to be here.'],
    ]);
  });

  it('a tag after the time is still read as the speaker’s', () => {
    const doc = formatTranscript(
      stamped(
        ['00:00:01', '00:00:17', '00:00:29'],
        [
          'Jane Doe: Good evening, and welcome.',
          'Tom Becker: Thanks for having me.',
          'Jane Doe: Let us begin with the numbers.',
        ],
      ),
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening, and welcome.',
      'Thanks for having me.',
      'Let us begin with the numbers.',
    ]);
  });

  it('COUNTER: an agenda’s round clock times stay in its items', () => {
    const doc = formatTranscript(
      '10:30 Council opens with prayers\n\n11:00 Budget vote on the library\n\n11:45 Public comment on parking',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '10:30 Council opens with prayers',
      '11:00 Budget vote on the library',
      '11:45 Public comment on parking',
    ]);
    expect(anchors(doc)).toEqual([]);
  });

  it('COUNTER: times running backwards are no stamps', () => {
    const doc = formatTranscript(stamped(['0:43', '0:31', '0:18', '0:02']));
    expect(doc.blocks[0]?.text.startsWith('0:43 ')).toBe(true);
    expect(anchors(doc)).toEqual([]);
  });

  it('COUNTER: a few times among many paragraphs without one stay words', () => {
    const other = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the report goes on.`);
    const text = [
      `0:05 ${PARAGRAPHS[0]}`,
      ...other.slice(0, 3),
      `0:17 ${PARAGRAPHS[1]}`,
      ...other.slice(3),
      `0:29 ${PARAGRAPHS[2]}`,
    ].join('\n\n');
    const doc = formatTranscript(text);
    expect(doc.blocks[0]?.text.startsWith('0:05 ')).toBe(true);
  });
});

describe('a caption panel copied with a blank line after each caption', () => {
  it('is still read as one running text, not a paragraph a caption', () => {
    const captions = [
      '0:02 good evening and welcome to the',
      '0:04 Thursday briefing tonight we look',
      '0:07 at the council budget and what it',
      '0:10 means for the libraries',
    ];
    const doc = formatTranscript(captions.join('\n\n'));
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]?.text).toMatch(/^good evening and welcome to the Thursday briefing/i);
  });
});

describe('times in brackets inside the words', () => {
  it('an export’s stamps every few seconds leave the words, each reported', () => {
    const doc = formatTranscript(
      'JANE DOE: Good evening and welcome. [00:00:07] Tonight we look at the floods. [00:00:15] Our reporter is there.\n\nTOM BECKER: Thanks, Jane. (00:00:21) The water is still rising.\n\nJane Doe: Back to you. (00:31) Thank you.',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening and welcome. Tonight we look at the floods. Our reporter is there.',
      'Thanks, Jane. The water is still rising.',
      'Back to you. Thank you.',
    ]);
    expect(anchors(doc)).toEqual(['[00:00:07]', '[00:00:15]', '(00:00:21)', '(00:31)']);
  });

  it('COUNTER: a tag’s own time, a name’s time before the words, a length in brackets stay', () => {
    const doc = formatTranscript(
      'Jane Doe (00:01:23): Good evening.\n\nCaller [00:00:06] Hi, Mayor.\n\nCaller [00:00:09] The package runs (2:30) long.',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening.',
      'Hi, Mayor.',
      'The package runs (2:30) long.',
    ]);
  });
});
