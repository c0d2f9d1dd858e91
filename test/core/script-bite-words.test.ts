/**
 * A US or UK TV script with a bite's words written out under its cues: the bite's header names the
 * person (`SOT: MAYOR TOM REYES`, `SOT - TOM REYES / MAYOR`), its own cues follow (`IN:`, `OUT:`,
 * `RUNS :12`), then the words, unquoted, then the next segment's cue. The words are the person's
 * bite (a cue in the prompter, never the anchor's copy), and the stated run time is its time.
 */
import { describe, expect, it } from 'vitest';
import { isProductionLine } from '../../src/core/directions.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';

function script(header: string, cues: readonly string[], words: string, after: string): string {
  return [
    'SLUG: HARBOUR FIRE',
    'FORMAT: VO/SOT',
    'RUNTIME: 1:20',
    '',
    '[ANCHOR ON CAM]',
    'A fire at the harbour kept crews busy through the night.',
    '',
    '[TAKE VO]',
    'Flames reached three warehouses before dawn.',
    '',
    header,
    ...cues,
    '',
    words,
    '',
    ...(after === '' ? [] : [after, 'The harbour reopens on Monday.']),
  ].join('\n');
}

const WORDS = 'Nobody was hurt, and that is the main thing. We will rebuild every one of them.';
const IN_OUT = ['IN: "Nobody was hurt..."', 'OUT: "...every one of them."', 'RUNS :09'];

function blockOf(doc: ScriptDocument, text: string) {
  const block = doc.blocks.find((b) => b.text === text);
  if (!block) throw new Error(`no block “${text}”`);
  return block;
}

function nameOf(doc: ScriptDocument, id: string | null): string | null {
  return doc.speakers.find((s) => s.id === id)?.name ?? null;
}

describe('a bite written out under its header and cues', () => {
  it.each([
    'SOT: MAYOR TOM REYES',
    '[SOT: TOM REYES, MAYOR]',
    'SOT - TOM REYES / MAYOR',
    '[SOT - MAYOR TOM REYES]',
    'SOUNDBITE — TOM REYES, MAYOR',
  ])('%s: the words are the bite of Tom Reyes, with its stated run time', (header) => {
    const doc = formatTranscript(script(header, IN_OUT, WORDS, '[ANCHOR TAG]'));
    const bite = blockOf(doc, WORDS);
    expect(bite.type).toBe('speech');
    expect(bite.sot).toBe(true);
    expect(nameOf(doc, bite.speaker)).toBe('Tom Reyes');
    // `RUNS :09` above the words is the bite's time, counted once.
    expect(bite.durationMs).toBe(9000);
    expect(blockOf(doc, 'RUNS :09').durationMs).toBe(0);
  });

  it('the in-cue alone tells the bite, with the next segment not yet cued', () => {
    const doc = formatTranscript(
      script('SOT: MAYOR TOM REYES', ['IN: Nobody was hurt'], WORDS, ''),
    );
    expect(blockOf(doc, WORDS).type).toBe('speech');
  });

  it('BBC’s IN WORDS and OUT WORDS name the bite’s words too', () => {
    const doc = formatTranscript(
      script(
        'SOT: MAYOR TOM REYES',
        ['IN WORDS: "Nobody was hurt..."', 'OUT WORDS: "...every one of them."'],
        WORDS,
        '',
      ),
    );
    expect(blockOf(doc, WORDS).type).toBe('speech');
  });

  it('without in- and out-cues, the words closed by the next cue are the bite', () => {
    const doc = formatTranscript(script('SOT: MAYOR TOM REYES', [], WORDS, '[ANCHOR TAG]'));
    expect(blockOf(doc, WORDS).type).toBe('speech');
    // The anchor's tag after the next cue is the anchor's again.
    expect(blockOf(doc, 'The harbour reopens on Monday.').type).toBe('narration');
  });

  it('copy that is not the cued words stays the anchor’s', () => {
    // The cues name other words: what follows is the anchor reading on.
    const doc = formatTranscript(
      script('SOT: MAYOR TOM REYES', IN_OUT, 'Insurers say the damage runs to millions.', '[TAG]'),
    );
    expect(blockOf(doc, 'Insurers say the damage runs to millions.').type).toBe('narration');
  });

  it('a header naming no person opens no bite', () => {
    const doc = formatTranscript(script('[SOT]', [], WORDS, '[ANCHOR TAG]'));
    expect(blockOf(doc, WORDS).type).not.toBe('speech');
  });

  it('words after a segment cue (not a bite cue) are not the bite', () => {
    const doc = formatTranscript(
      script('SOT: MAYOR TOM REYES', ['RUNS :09', '[ON CAM]'], WORDS, '[TAG]'),
    );
    expect(blockOf(doc, WORDS).type).toBe('narration');
  });

  it('the story’s run time in the form is a field of the form, not a bite’s time', () => {
    const doc = formatTranscript(script('SOT: MAYOR TOM REYES', IN_OUT, WORDS, '[TAG]'));
    const form = blockOf(doc, 'RUNTIME: 1:20');
    expect(form.type).toBe('note');
    expect(form.durationMs).toBe(0);
  });

  it.each([
    ['SOT - TOM REYES / MAYOR', true],
    ['SOT — JANE DOE, RESIDENT', true],
    ['SOT - We are asking everyone', false],
    ['BITE - the fire started at night', false],
  ])('%s is a production line: %s', (line, expected) => {
    expect(isProductionLine(line)).toBe(expected);
  });
});

describe('a BBC radio script: the presenter’s cue, an insert, a sound cue', () => {
  const RADIO = [
    'TITLE: HARBOUR FIRE',
    'DUR: 2\'10"',
    '',
    'PRESENTER: Fire crews spent the night at the harbour in Dover. Our reporter Sam Patel was there.',
    '',
    'INS: HARBOUR FIRE PKG',
    'IN WORDS: "The smoke could be seen..."',
    'OUT WORDS: "...BBC News, Dover."',
    'DUR: 1\'45"',
    '',
    'The smoke could be seen for miles. Sam Patel, BBC News, Dover.',
  ].join('\n');

  it('the insert’s words are not the presenter’s: the insert cue ends the turn', () => {
    const doc = formatTranscript(RADIO);
    const insert = blockOf(doc, 'The smoke could be seen for miles. Sam Patel, BBC News, Dover.');
    expect(insert.type).toBe('narration');
    expect(doc.messages.some((m) => m.ruleId === 'turn-end')).toBe(true);
  });

  it('CUE: over a sound in capitals is a cue to play it, read by nobody', () => {
    const doc = formatTranscript('CUE: SIGNATURE TUNE\n\nPRESENTER: Good morning.');
    expect(blockOf(doc, 'CUE: SIGNATURE TUNE').type).toBe('direction');
    expect(isProductionLine('CUE: Bus fares go up on Monday.')).toBe(false);
  });
});

describe('an Australian or New Zealand TV script: VISION, GRAB, PTC, SIGN-OFF', () => {
  const SCRIPT = [
    'SLUG: HARBOUR FIRE',
    'PRESENTER: Fire crews spent the night at the harbour.',
    '',
    'VISION: Flames over warehouses, night.',
    'Three warehouses were destroyed before dawn.',
    '',
    'GRAB: TOM REYES, MAYOR',
    '"Nobody was hurt, and that is the main thing."',
    '',
    'PTC: SAM PATEL',
    'The harbour reopens on Monday.',
    '',
    'GRAB - Jo Kim, resident',
    'It was terrifying. We could see it from our kitchen.',
    '',
    'SIGN-OFF: Sam Patel, ABC News, Geelong.',
  ].join('\n');

  it('reads the cues as directions, none of them a speaker, and the stated slug', () => {
    const doc = formatTranscript(SCRIPT);
    for (const cue of [
      'VISION: Flames over warehouses, night.',
      'GRAB: TOM REYES, MAYOR',
      'PTC: SAM PATEL',
      'GRAB - Jo Kim, resident',
      'SIGN-OFF: Sam Patel, ABC News, Geelong.',
    ]) {
      expect(blockOf(doc, cue).type).toBe('direction');
    }
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual([
      'presenter',
      'Tom Reyes',
      'Sam Patel',
      'Jo Kim',
    ]);
    expect(doc.slug).toBe('HARBOUR-FIRE');
  });

  it('a grab’s and a piece to camera’s words are the person’s, not the presenter’s', () => {
    const doc = formatTranscript(SCRIPT);
    for (const [words, name] of [
      ['Nobody was hurt, and that is the main thing.', 'Tom Reyes'],
      ['The harbour reopens on Monday.', 'Sam Patel'],
      ['It was terrifying. We could see it from our kitchen.', 'Jo Kim'],
    ] as const) {
      const block = blockOf(doc, words);
      expect(block.sot).toBe(true);
      expect(nameOf(doc, block.speaker)).toBe(name);
    }
  });

  it('GRAB and PTC in a sentence or in lower case are words, not cues', () => {
    expect(isProductionLine('Grab: the last word goes to the mayor.')).toBe(false);
    expect(isProductionLine('GRAB - take whatever you can carry')).toBe(false);
  });
});

describe('an Indian English TV script: BYTE and P2C', () => {
  const SCRIPT = [
    'SLUG: DELHI SMOG',
    'ANCHOR: Delhi woke up to another morning of thick smog.',
    '',
    'VO: Visibility dropped below fifty metres at several places.',
    '',
    'BYTE: RAKESH SHARMA, RESIDENT',
    '"We cannot breathe. The children are coughing all night."',
    '',
    'P2C: PRIYA SINGH',
    'Schools will stay shut till Friday.',
  ].join('\n');

  it('a byte’s and a piece to camera’s words are the person’s; VO is a cue', () => {
    const doc = formatTranscript(SCRIPT);
    expect(blockOf(doc, 'BYTE: RAKESH SHARMA, RESIDENT').type).toBe('direction');
    expect(blockOf(doc, 'P2C: PRIYA SINGH').type).toBe('direction');
    const byte = blockOf(doc, 'We cannot breathe. The children are coughing all night.');
    expect(nameOf(doc, byte.speaker)).toBe('Rakesh Sharma');
    expect(nameOf(doc, blockOf(doc, 'Schools will stay shut till Friday.').speaker)).toBe(
      'Priya Singh',
    );
    expect(doc.speakers.some((s) => s.name === 'VO' || s.name === 'Byte')).toBe(false);
    expect(doc.slug).toBe('DELHI-SMOG');
  });
});

describe('a radio script’s host intro and extro around a clip', () => {
  it.each(['INTRO', 'EXTRO', 'OUTRO', 'Intro'])(
    '%s: labels the host’s copy, names no one',
    (label) => {
      const doc = formatTranscript(
        [
          `${label}: Fire crews spent the night at the harbour.`,
          '',
          'CLIP: SAM PATEL (1:45)',
          'OUTCUE: "...Sam Patel, CBC News, Halifax."',
          '',
          'EXTRO: The harbour reopens on Monday.',
        ].join('\n'),
      );
      expect(doc.speakers).toEqual([]);
      expect(doc.blocks.filter((b) => b.type === 'speech')).toEqual([]);
    },
  );
});

describe('a US radio script’s actuality with its words written out', () => {
  const SCRIPT = [
    'HARBOUR FIRE / 6A / JD',
    '',
    'Fire crews spent the night fighting a blaze at the harbour.',
    '',
    'ACT: MAYOR TOM REYES (:09)',
    'OC: "...main thing."',
    'Nobody was hurt, and that is the main thing.',
    '',
    'Investigators return Monday.',
  ].join('\n');

  it('the words closed by the out-cue are the actuality’s speaker’s, the copy after the anchor’s', () => {
    const doc = formatTranscript(SCRIPT);
    const act = blockOf(doc, 'Nobody was hurt, and that is the main thing.');
    expect(act.type).toBe('speech');
    expect(nameOf(doc, act.speaker)).toBe('Tom Reyes');
    expect(blockOf(doc, 'Investigators return Monday.').type).toBe('narration');
  });

  it('a cart named by its slug names nobody', () => {
    const doc = formatTranscript(SCRIPT.replace('ACT: MAYOR TOM REYES (:09)', 'CUT: FIRE-REYES'));
    expect(doc.speakers).toEqual([]);
  });
});

describe('a Dutch TV transcript’s O-TOON header without other cues', () => {
  it('names the bite’s person, as German O-TON does', () => {
    const doc = formatTranscript(
      [
        'PRESENTATOR: Goedenavond. In Rotterdam is vannacht een brand uitgebroken in de haven.',
        '',
        'O-TOON: Jan de Vries, havenmeester',
        '"Er zijn gelukkig geen gewonden gevallen."',
        '',
        'PRESENTATOR: De haven gaat maandag weer open.',
      ].join('\n'),
    );
    expect(blockOf(doc, 'O-TOON: Jan de Vries, havenmeester').type).toBe('direction');
    const bite = blockOf(doc, 'Er zijn gelukkig geen gewonden gevallen.');
    expect(nameOf(doc, bite.speaker)).toBe('Jan de Vries');
    expect(doc.speakers.some((s) => s.name === 'O-Toon')).toBe(false);
  });

  it('an O-TOON line naming no one (no role after a comma) is no header', () => {
    expect(isProductionLine('O-TOON: het water stond hoog')).toBe(false);
  });
});
