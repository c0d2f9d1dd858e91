/**
 * Stories that arrive hard-wrapped (an e-mail client or a wire terminal breaks every line at a
 * fixed width, 66 to 76 columns) keep the header they have on one line per field: the headline a
 * wrap broke in two is still the title, and a match report's header is still read when its first
 * sentence runs over several lines.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

/** Breaks `paragraph` at `width` columns, as a mail client sending plain text does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const mailed = (paragraphs: string[], width: number) =>
  paragraphs.map((p) => wrap(p, width)).join('\n\n');

const blocks = (text: string) =>
  formatTranscript(text).blocks.map((b) => [b.type, b.text.slice(0, 40)]);

describe('a headline a hard wrap broke in two', () => {
  const story = [
    'Harbour Authority Confirms Night Closures as Dredging Work Begins Next Week',
    'The harbour authority confirmed on Tuesday that the main channel will close to shipping every night from Monday while dredging crews deepen the approach.',
    'Ferry operators said the overnight sailings would move to the evening, and freight traffic would be held at anchor until the channel reopens at six.',
    'The work is expected to last three weeks, weather permitting, and will cost the authority about four million pounds.',
  ];

  it('is the title, read as one line, at 72 columns', () => {
    const text = mailed(story, 72);
    expect(text.split('\n')[1]).toBe('Week');
    const doc = formatTranscript(text);
    expect(doc.title).toBe(story[0]);
    expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: story[0] });
    expect(doc.blocks.slice(1).map((b) => b.type)).toEqual(['narration', 'narration', 'narration']);
  });

  it('is the title at another width, in another language', () => {
    const text = mailed(
      [
        'Hochwasser an der Elbe: Pegel in Dresden steigt über sechs Meter bis Freitag',
        'Das Landeshochwasserzentrum hat am Mittwoch die dritte Alarmstufe für Dresden ausgerufen, weil der Pegel der Elbe weiter steigt und am Freitag sechs Meter erreichen soll.',
        'Die Stadt hat Sandsäcke an die Anwohner der Uferstraßen verteilt und mehrere Brücken für den Verkehr gesperrt, bis das Wasser wieder sinkt.',
        'Die Feuerwehr ist mit allen verfügbaren Kräften im Einsatz und bittet die Bevölkerung, die Uferwege zu meiden.',
      ],
      66,
    );
    expect(text.split('\n\n')[0]?.split('\n')).toHaveLength(2);
    const doc = formatTranscript(text);
    expect(doc.title).toBe(
      'Hochwasser an der Elbe: Pegel in Dresden steigt über sechs Meter bis Freitag',
    );
  });

  it('is not made of a wrapped sentence that opens the story', () => {
    const text = mailed(
      [
        'The harbour authority confirmed on Tuesday that the main channel will close every night.',
        ...story.slice(1),
      ],
      72,
    );
    const doc = formatTranscript(text);
    expect(doc.title).toBeNull();
    expect(doc.blocks[0]?.type).toBe('narration');
  });

  it('is not joined when the first line stops well short of the wrap', () => {
    // Two lines of their own (a kicker over its headline), not one line a wrap broke.
    const text = `Exclusive\nHarbour Authority Confirms Night Closures\n\n${mailed(story.slice(1), 72)}`;
    const doc = formatTranscript(text);
    expect(doc.title).not.toBe('Exclusive Harbour Authority Confirms Night Closures');
  });
});

describe('a match report header over a hard-wrapped first paragraph', () => {
  it('keeps its headline as the title and its place, date and round as notes', () => {
    const text = [
      'Varga edges Okafor in three-set thriller',
      'London, England, United Kingdom',
      'July 10, 2026',
      'Quarterfinals',
      '',
      mailed(
        [
          'Elena Varga came back from a break down in the final set to beat Mira Okafor 6-3, 4-6, 7-5 on Centre Court on Friday and reach her first semifinal.',
          'The 24-year-old saved two break points at 4-4 before breaking serve in the eleventh game with a backhand pass down the line.',
          'She will face Yui Sato, who beat her at the French Open in June, for a place in the final.',
        ],
        72,
      ),
    ].join('\n');
    expect(text.split('\n')[5]?.endsWith('.')).toBe(false);
    const doc = formatTranscript(text);
    expect(doc.title).toBe('Varga edges Okafor in three-set thriller');
    expect(blocks(text).slice(0, 5)).toEqual([
      ['headline', 'Varga edges Okafor in three-set thriller'],
      ['note', 'London, England, United Kingdom'],
      ['note', 'July 10, 2026'],
      ['note', 'Quarterfinals'],
      ['narration', 'Elena Varga came back from a break down '],
    ]);
  });

  it('in golf, at 68 columns', () => {
    const text = [
      'Lindqvist holds off late charge to win first major',
      'Augusta National Golf Club, Augusta, Georgia',
      'April 12, 2026',
      'Final round',
      '',
      mailed(
        [
          'Erik Lindqvist closed with a two-under 70 on Sunday to win by a stroke, holding off a late charge from the defending champion over the back nine.',
          'The Swede, who led by three at the turn, dropped shots at the 11th and 12th before a birdie at the 15th steadied him.',
          'He is the first player from Sweden to win the tournament.',
        ],
        68,
      ),
    ].join('\n');
    const doc = formatTranscript(text);
    expect(doc.title).toBe('Lindqvist holds off late charge to win first major');
    expect(doc.blocks.slice(1, 4).map((b) => b.type)).toEqual(['note', 'note', 'note']);
  });
});
