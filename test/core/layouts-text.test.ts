import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRunningTime } from '../../src/core/clock.ts';
import { compileScript } from '../../src/layouts/script.ts';
import {
  biteCues,
  displayWidth,
  quoteMarks,
  splitWords,
  toCaps,
  unquote,
  wrapFrom,
  wrapText,
  wrapWords,
} from '../../src/layouts/text.ts';
import { BRIEFING_DOCUMENT, buildDocument, KURIL_DOCUMENT } from './layouts-fixture.ts';

describe('displayWidth', () => {
  it.each([
    ['Lavrov', 6],
    ['Tarō', 4],
    ['Taro\u0304', 4], // decomposed macron: still 4 graphemes
    ['東京', 4], // wide CJK: two columns each
    ['👨‍👩‍👧', 2], // one emoji grapheme of several code points
    ['', 0],
  ])('GOOD: %j is %i columns', (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });
});

describe('wrapText', () => {
  it('wraps greedily at spaces and keeps names with macrons whole', () => {
    expect(wrapText('Tarō Kōno met Sergey Lavrov', 10)).toEqual([
      'Tarō Kōno',
      'met Sergey',
      'Lavrov',
    ]);
  });

  it('never breaks at a no-break space', () => {
    expect(wrapText('a distance of 10\u00a0km today', 12)).toEqual([
      'a distance',
      'of 10\u00a0km',
      'today',
    ]);
  });

  it('cuts a word longer than a line between graphemes, never inside one', () => {
    const lines = wrapText('x Taro\u0304Ko\u0304noTaro\u0304Ko\u0304no', 5);
    expect(lines).toEqual(['x', 'Taro\u0304K', 'o\u0304noTa', 'ro\u0304Ko\u0304n', 'o']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(5);
  });

  it('returns no line for blank text', () => {
    expect(wrapText(' \n\t ', 20)).toEqual([]);
  });

  it('property: no line over the width, words kept in order', () => {
    const grapheme = fc.constantFrom('a', 'Z', 'ō', 'e\u0301', '東', '👍', '👨‍👩‍👧');
    const word = fc.array(grapheme, { minLength: 1, maxLength: 14 }).map((g) => g.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 4, max: 40 }), (ws, w) => {
        const lines = wrapText(ws.join(' '), w);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(w);
        // Nothing lost, nothing added: cut words come back whole when the pieces are glued.
        expect(lines.join('').replaceAll(' ', '')).toBe(ws.join(''));
      }),
    );
  });

  it('property: greedy wrapping is prefix-stable (what pagination relies on)', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        (ws, w, k) => {
          const words = wrapWords(ws.join(' '), w);
          const all = wrapFrom(words, 0, w);
          const some = wrapFrom(words, 0, w, k);
          expect(some.lines).toEqual(all.lines.slice(0, k));
          // The rest, wrapped on its own from where the first k lines stopped, is the same text.
          const rest = wrapFrom(words, some.next.at(-1) ?? 0, w);
          expect([...some.lines, ...rest.lines].join(' ')).toBe(words.join(' '));
        },
      ),
    );
  });
});

describe('splitWords', () => {
  it('splits at breaking spaces only', () => {
    expect(splitWords(' one\u2003two\u00a0three\nfour ')).toEqual([
      'one',
      'two\u00a0three',
      'four',
    ]);
  });
});

describe('formatRunningTime', () => {
  it.each([
    [0, ':00'],
    [8_400, ':08'],
    [59_500, '1:00'],
    [65_000, '1:05'],
    [600_000, '10:00'],
    [3_729_000, '1:02:09'],
    [-5, ':00'],
  ])('GOOD: %i ms is %s', (ms, clock) => {
    expect(formatRunningTime(ms)).toBe(clock);
  });
});

describe('toCaps', () => {
  it('keeps macrons and follows the language', () => {
    expect(toCaps('Tarō Kōno', 'en')).toBe('TARŌ KŌNO');
    expect(toCaps('istanbul', 'tr')).toBe('İSTANBUL');
    expect(toCaps('istanbul', 'not a tag!')).toBe('ISTANBUL');
  });
});

describe('unquote and biteCues', () => {
  it.each([
    [
      '"The work should be done in a professional manner".',
      'The work should be done in a professional manner.',
    ],
    ['“As the very first step.”', 'As the very first step.'],
    ['«Да, конечно»', 'Да, конечно'],
    ["It's 'fine'", "It's 'fine'"],
  ])('GOOD: unquote(%j)', (input, output) => {
    expect(unquote(input)).toBe(output);
  });

  it('takes 3–5 words for IN and OUT, as in the primer', () => {
    const { inCue, outCue } = biteCues(
      '"I\'d like to call upon our Japanese colleagues to strictly abide by the agreements between our leaders. The work on the peace treaty should be done in a professional manner".',
    );
    expect(inCue).toBe('"I\'d like to call upon..."');
    expect(outCue).toBe('"...in a professional manner."');
  });

  it('drops a comma at the end of the IN words', () => {
    expect(biteCues('As the very first step, our neighbors should recognize it.').inCue).toBe(
      '"As the very first step..."',
    );
  });

  it('uses the language’s quotation marks and a real ellipsis for smart typography', () => {
    const bite = 'Мы готовы продолжать работу над мирным договором без предварительных условий.';
    expect(biteCues(bite, quoteMarks('ru', 'smart'))).toEqual({
      inCue: '«Мы готовы продолжать работу…»',
      outCue: '«…без предварительных условий.»',
    });
    expect(quoteMarks('en', 'smart')).toEqual({ open: '“', close: '”', ellipsis: '…' });
    expect(quoteMarks('xx', 'smart').open).toBe('“');
    expect(quoteMarks('ru', 'ascii')).toEqual({ open: '"', close: '"', ellipsis: '...' });
  });

  it('quotes a short bite whole for both cues', () => {
    expect(biteCues('No comment.')).toEqual({ inCue: '"No comment."', outCue: '"No comment."' });
  });
});

describe('compileScript', () => {
  const script = compileScript(KURIL_DOCUMENT, { uppercase: false });
  const byId = new Map(script.items.map((i) => [i.block.id, i]));

  it('names the segments: anchor before the throw, VO after it, SOT, SOC', () => {
    expect(script.items.map((i) => i.segmentLabel)).toEqual([
      'TITLE',
      'ANCHOR',
      'ANCHOR / THROW',
      'VO',
      'SOT',
      'VO',
      'SOT',
      'VO',
      'VO',
      'SOT',
      'CUE',
      'VO',
      'SOC',
    ]);
  });

  it('says an office with no name once, not as name and title (`[FIRE CHIEF]`)', () => {
    const doc = buildDocument([{ type: 'speech', speaker: 'c', text: 'We got here at six.' }], {
      speakers: [{ id: 'c', name: null, title: 'Fire Chief', role: 'fire chief', aliases: [] }],
    });
    const [item] = compileScript(doc, { uppercase: false }).items;
    expect(item?.cue).toBe('FIRE CHIEF');
    expect(item?.titleCaps).toBeNull();
  });

  it('gives the title on a speaker’s first appearance only', () => {
    expect(byId.get('b5')?.cue).toBe('SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA');
    expect(byId.get('b7')?.cue).toBe('SOT: TARŌ KŌNO, FOREIGN MINISTER OF JAPAN');
    expect(byId.get('b10')?.cue).toBe('SOT: SERGEY LAVROV');
    expect(byId.get('b10')?.titleCaps).toBeNull();
  });

  it('cues each SOT with IN, OUT and RUNS, and strips the bite’s quotes', () => {
    const sot = byId.get('b5');
    expect(sot?.inCue).toBe('IN: "I’d like to call upon..."');
    expect(sot?.outCue).toBe('OUT: "...in a professional manner."');
    expect(sot?.runsCue).toBe(
      `RUNS ${formatRunningTime(KURIL_DOCUMENT.blocks[4]?.durationMs ?? -1)}`,
    );
    expect(sot?.text.startsWith('I’d like')).toBe(true);
    expect(sot?.read).toBe(false);
  });

  it('turns directions into bracket-less cues in capitals', () => {
    expect(byId.get('b11')?.cue).toBe('NATSOT: CAMERAS');
    const briefing = compileScript(BRIEFING_DOCUMENT, { uppercase: false });
    expect(briefing.items[0]?.cue).toBe('BEGIN VIDEO CLIP');
    expect(briefing.items[2]?.cue).toBe('REPORTER');
    expect(briefing.items[2]?.read).toBe(true);
  });

  it('cues a live speaker on a change of speaker only, a cue between not counting', () => {
    const doc = buildDocument(
      [
        { type: 'speech', speaker: 'a', text: 'One.' },
        { type: 'speech', speaker: 'a', text: 'Two.' },
        { type: 'direction', text: '[LAUGHTER]' },
        { type: 'speech', speaker: 'a', text: 'Three.' },
        { type: 'speech', speaker: 'q', text: 'Four?' },
        { type: 'speech', speaker: 'a', text: 'Five.' },
        { type: 'narration', text: 'Six.' },
        { type: 'speech', speaker: 'a', text: 'Seven.' },
      ],
      {
        speakers: [
          { id: 'a', name: 'Ann Lee', title: 'Mayor', role: null, aliases: [] },
          { id: 'q', name: null, title: null, role: 'reporter', aliases: [] },
        ],
      },
    );
    const cues = compileScript(doc, { uppercase: false }).items.map((i) => i.cue);
    expect(cues).toEqual([
      'ANN LEE, MAYOR',
      null,
      'LAUGHTER',
      null,
      'REPORTER',
      'ANN LEE',
      null,
      'ANN LEE',
    ]);
  });

  it('marks where the reader’s part changes', () => {
    expect(script.items.filter((i) => i.marker !== null).map((i) => i.marker)).toEqual([
      'ANCHOR',
      'VO',
      'SOC',
    ]);
  });

  it('runs the clock through every block', () => {
    let clock = 0;
    for (const item of script.items) {
      expect(item.startMs).toBe(clock);
      clock += item.block.durationMs;
      expect(item.endMs).toBe(clock);
    }
    expect(script.totalMs).toBe(KURIL_DOCUMENT.durationMs);
  });

  it('puts the text in capitals when all caps is on, never the document', () => {
    const caps = compileScript(KURIL_DOCUMENT, { uppercase: true });
    expect(caps.items[1]?.text).toBe(KURIL_DOCUMENT.blocks[1]?.text.toUpperCase());
    expect(KURIL_DOCUMENT.blocks[1]?.text).not.toBe(KURIL_DOCUMENT.blocks[1]?.text.toUpperCase());
  });
});
