/**
 * Scripts pasted from a newsroom system (AP ENPS, Avid iNEWS, Octopus): the story form above the
 * script, production lines (captions to key, a bite's in and out cues, run times), segment
 * markers and presenter instructions. None is read, none is a speaker.
 */
import { describe, expect, it } from 'vitest';
import {
  isProductionLine,
  isScriptMarkerLine,
  runTimeMs,
  splitDirections,
} from '../../src/core/directions.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { statedSlug } from '../../src/core/slug.ts';

const ENPS_STORY = [
  'SLUG: FLOOD RESCUE',
  'FORMAT: VO/SOT',
  'ANCHOR: JANE',
  'WRITER: MSMITH',
  'EST DURATION: 0:45',
  '',
  '{***ANCHOR ON CAM***}',
  'Good evening. Flood waters are rising tonight in the river valley, and crews have been working since dawn.',
  '',
  '[TAKE VO]',
  'Crews spent the afternoon pulling residents from their homes along Mill Road.',
  'SUPER: MILL ROAD / RIVERTON',
  '',
  '[SOT]',
  'SUPER: MARIA LOPEZ / FIRE CHIEF',
  'IN: "We got here as fast..."',
  'OUT: "...everyone is safe."',
  'RUNS :12',
  '',
  '[TAG]',
  '(CAM 1)',
  'The river is expected to crest tomorrow morning.',
].join('\n');

function types(doc: ScriptDocument): string[] {
  return doc.blocks.map((b) => `${b.type}: ${b.text}`);
}

describe('production lines of a newsroom script', () => {
  it.each([
    'SUPER: MARIA LOPEZ / FIRE CHIEF',
    'CG: Jane Doe / Mayor of Riverton',
    'L3: LIVE FROM RIVERTON',
    'LOWER THIRD: MILL ROAD',
    'CHYRON: BREAKING NEWS',
    'IN: "We got here as fast..."',
    'OUT: "...everyone is safe."',
    'OUTCUE: SOC',
    'OUT CUE: "...for Channel 5 News."',
    'In: “We got here as fast…”',
    'Out: ...everyone is safe.',
    'RUNS :12',
    'RUNS: 0:12',
    'Runs: 0:12',
    'TRT 1:05',
    'TRT: 1:05',
    'DUR :20 sec',
    'Total time: 2:30',
  ])('%s is a production line', (line) => {
    expect(isProductionLine(line)).toBe(true);
  });

  it.each([
    ['RUNS :12', 12_000],
    ['Runs: 0:12', 12_000],
    ['TRT 1:05', 65_000],
    ['TRT: 00:01:05', 65_000],
    ['DUR :20 sec', 20_000],
    ['RUNS 9 secs', 9_000],
    ['SUPER: JANE DOE', null],
    ['OUT: "...for Channel 5."', null],
    ['RUNS :75', 75_000],
  ] as const)('%s runs %s ms', (line, ms) => {
    expect(runTimeMs(line)).toBe(ms);
  });

  it.each([
    'Super: the new stadium opens Friday.',
    'In: the morning we left early.',
    'Runs: the team scored twice in the ninth.',
    'IN 2024 THE CITY GREW',
    'TIME: 10:30 a.m.',
    'DURATION: forty-five minutes',
    'RT @newsdesk: the bridge is closed',
    'SMITH: Runs :12 is what the clock said.',
    'Good evening.',
  ])('%s is no production line', (line) => {
    expect(isProductionLine(line)).toBe(false);
  });

  it('a script with a story form, markers and a cued bite: no speaker, nothing read but the copy', () => {
    const doc = formatTranscript(ENPS_STORY);
    expect(doc.speakers).toEqual([]);
    expect(types(doc)).toEqual([
      'note: SLUG: FLOOD RESCUE',
      'note: FORMAT: VO/SOT',
      'note: ANCHOR: JANE',
      'note: WRITER: MSMITH',
      'note: EST DURATION: 0:45',
      'direction: ANCHOR ON CAM',
      'narration: Good evening. Flood waters are rising tonight in the river valley, and crews have been working since dawn.',
      'direction: TAKE VO',
      'narration: Crews spent the afternoon pulling residents from their homes along Mill Road.',
      'direction: SUPER: MILL ROAD / RIVERTON',
      'direction: SOT',
      'direction: SUPER: MARIA LOPEZ / FIRE CHIEF',
      'direction: IN: "We got here as fast..."',
      'direction: OUT: "...everyone is safe."',
      'direction: RUNS :12',
      'direction: TAG',
      'direction: CAM 1',
      'narration: The river is expected to crest tomorrow morning.',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.reason)).toEqual(
      Array(5).fill('story-form'),
    );
    // The slug the form states, not one guessed from the copy.
    expect(doc.slug).toBe('FLOOD-RESCUE');
    // The copy's read time and the bite's stated run time: other directions and notes add nothing.
    const read = doc.blocks.filter((b) => b.type === 'narration');
    expect(read.every((b) => b.durationMs > 0)).toBe(true);
    expect(doc.blocks.find((b) => b.text === 'RUNS :12')?.durationMs).toBe(12_000);
    expect(doc.durationMs).toBe(read.reduce((sum, b) => sum + b.durationMs, 0) + 12_000);
  });

  it('the primer’s cued bite stays one set of cues, never a speaker called OUT', () => {
    const doc = formatTranscript(
      [
        'The foreign minister spoke in New York today.',
        '',
        '[SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA]',
        'IN:  "I\'d like to call upon..."',
        'OUT: "...in a professional manner."',
        'RUNS :08',
        '',
        'He left without taking questions.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'narration',
      'direction',
      'direction',
      'direction',
      'direction',
      'narration',
    ]);
  });
});

describe('the story form', () => {
  it('states the title and the slug, in the slug’s form', () => {
    const doc = formatTranscript(
      'TITLE: The Budget Vote\nSLUG: budget / council\nDATE: 2025-03-01\n\nThe council met tonight to vote on the budget.',
    );
    expect(doc.title).toBe('The Budget Vote');
    expect(doc.slug).toBe('BUDGET-COUNCIL');
    expect(doc.blocks.filter((b) => b.type === 'note')).toHaveLength(3);
  });

  it('a transcript that opens with speakers’ turns has no form', () => {
    const doc = formatTranscript(
      'ANCHOR: Good evening. The council met tonight.\nREPORTER: It did, and the vote was close.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech']);
    expect(doc.speakers.map((s) => s.role)).toEqual(['anchor', 'reporter']);
  });

  it('two person fields alone are no form (they may be tags)', () => {
    const doc = formatTranscript('HOST: Welcome back.\nGUEST: Thanks for having me.');
    expect(doc.blocks.every((b) => b.type === 'speech')).toBe(true);
  });

  it('a form field in the middle of a story is not read as one', () => {
    const doc = formatTranscript(
      'The mayor spoke first.\n\nFORMAT: VO\nWRITER: MSMITH\n\nThen the council voted.',
    );
    expect(doc.blocks.some((b) => b.reason === 'story-form')).toBe(false);
  });

  it('a stated slug is kept to the slug’s length and characters', () => {
    expect(statedSlug('flood rescue / Riverton')).toBe('FLOOD-RESCUE-RIVERTON');
    expect(statedSlug('ÉLECTIONS 2025')).toBe('ELECTIONS-2025');
    expect(statedSlug('---')).toBeNull();
    expect((statedSlug('a'.repeat(50)) ?? '').length).toBeLessThanOrEqual(32);
  });

  it('front matter’s slug is the slug', () => {
    const doc = formatTranscript(
      '---\nslug: harbour dredging\n---\n\nThe harbour will be dredged.',
    );
    expect(doc.slug).toBe('HARBOUR-DREDGING');
  });
});

describe('segment markers and presenter instructions', () => {
  it.each([
    '[TAG]',
    '(READER)',
    '[PKG]',
    '[ANCHOR]',
    '{ANCHOR ON CAM}',
    '{***PAUSE***}',
    '[TAKE VO]',
    '(ROLL SOT)',
    '(CAM 2)',
    '[CAMERA 3]',
  ])('%s on a line of its own is a marker', (line) => {
    expect(isScriptMarkerLine(line)).toBe(true);
  });

  it.each([
    '[Smith]',
    '(2024)',
    '{\\an8}',
    '{"a": 1}',
    '[tag line]',
    '[take care]',
    '(camera 2000)',
  ])('%s is no marker', (line) => {
    expect(isScriptMarkerLine(line)).toBe(false);
  });

  it('an instruction in braces inside the copy splits it, in order', () => {
    expect(splitDirections('Good evening {PAUSE} and welcome.')).toEqual([
      { kind: 'text', text: 'Good evening' },
      { kind: 'direction', text: 'PAUSE' },
      { kind: 'text', text: 'and welcome.' },
    ]);
    const doc = formatTranscript('Good evening {PAUSE} and welcome to the news.');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening',
      'PAUSE',
      'and welcome to the news.',
    ]);
    expect(doc.blocks[1]?.type).toBe('direction');
  });

  it('template markers quoted in the text stay text', () => {
    const text = 'And {{title}} {{{slug}}} {{#blocks}} markers stay text.';
    expect(splitDirections(text)).toEqual([{ kind: 'text', text }]);
    expect(formatTranscript(`The anchor reads on.\n\n${text}`).blocks[1]?.text).toBe(text);
  });

  it('a subtitle override or a one-word aside in a sentence stays text', () => {
    expect(splitDirections('{\\an8}Hello there.')).toEqual([
      { kind: 'text', text: '{\\an8}Hello there.' },
    ]);
    const doc = formatTranscript('Jane Smith (anchor) opened the broadcast at six.');
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
    expect(doc.blocks[0]?.text).toContain('(anchor)');
  });
});

describe('a bite the script cues', () => {
  const SCRIPT = [
    'Crews spent the afternoon pulling residents from their homes along Mill Road.',
    '',
    '[SOT]',
    'SUPER: MARIA LOPEZ / FIRE CHIEF',
    '"We got here as fast as we could. Everyone on this street is safe tonight."',
    'RUNS :08',
    '',
    '[SOT: SERGEY LAVROV, FOREIGN MINISTER OF RUSSIA]',
    '"I\'d like to call upon our partners to do the work in a professional manner."',
    '',
    'The river is expected to crest tomorrow morning.',
  ].join('\n');

  it('is spoken by the person its header or its caption names, as a SOT', () => {
    const doc = formatTranscript(SCRIPT);
    const bites = doc.blocks.filter((b) => b.type === 'speech');
    expect(bites.map((b) => [b.speaker, b.sot])).toEqual([
      ['maria-lopez', true],
      ['sergey-lavrov', true],
    ]);
    expect(doc.speakers.map((s) => [s.name, s.title])).toEqual([
      ['Maria Lopez', 'FIRE CHIEF'],
      ['Sergey Lavrov', 'FOREIGN MINISTER OF RUSSIA'],
    ]);
    // The narration around the bites stays the anchor's copy.
    expect(doc.blocks.filter((b) => b.type === 'narration')).toHaveLength(2);
    expect(doc.messages.filter((m) => m.ruleId === 'speaker-tag')).toHaveLength(2);
  });

  it('takes the run time the script states, counted once', () => {
    const doc = formatTranscript(SCRIPT);
    const lopez = doc.blocks.find((b) => b.speaker === 'maria-lopez');
    expect(lopez?.durationMs).toBe(8000);
    expect(doc.blocks.find((b) => b.text === 'RUNS :08')?.durationMs).toBe(0);
    expect(doc.durationMs).toBe(doc.blocks.reduce((sum, b) => sum + b.durationMs, 0));
  });

  it('a caption over pictures (no SOT) names no one, and unquoted copy after a bite is narration', () => {
    const doc = formatTranscript(
      [
        '[VO]',
        'SUPER: MARIA LOPEZ / FIRE CHIEF',
        '"Stay off the roads," the chief told residents.',
        '',
        '[SOT]',
        'SUPER: TOM ALVAREZ / CITY ENGINEER',
        'The bridge reopens in six weeks.',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'speech')).toEqual([]);
  });

  it('a quotation in a transcript without cues is not given to anyone', () => {
    const doc = formatTranscript(
      'The mayor spoke at noon.\n\n"We will rebuild," she said.\n\n"Every street of it."',
    );
    expect(doc.blocks.some((b) => b.type === 'speech')).toBe(false);
  });
});

describe('a script’s slug line and lone form field', () => {
  const SCRIPT = [
    'FLOOD RESCUE',
    'ANCHOR: JANE',
    '(CAM 2)',
    'Good evening. Flood waters are rising tonight in the river valley.',
    '',
    '[TAKE VO]',
    'Crews spent the afternoon pulling residents from their homes.',
    '',
    '[TAG]',
    'The river is expected to crest tomorrow morning.',
  ].join('\n');

  it('in a script, the first line in capitals is the slug and a lone field is a form line', () => {
    const doc = formatTranscript(SCRIPT);
    expect(doc.slug).toBe('FLOOD-RESCUE');
    expect(doc.blocks.slice(0, 2).map((b) => [b.type, b.reason])).toEqual([
      ['note', 'story-form'],
      ['note', 'story-form'],
    ]);
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'narration')).toHaveLength(3);
  });

  it('without a script’s cues, the same lines are read as before', () => {
    const doc = formatTranscript(
      'FLOOD RESCUE\nANCHOR: JANE\nGood evening. Flood waters are rising tonight in the river valley.',
    );
    expect(doc.blocks.some((b) => b.reason === 'story-form')).toBe(false);
    expect(doc.speakers.map((s) => s.role)).toEqual(['anchor']);
  });

  it('a heading in capitals over a script’s copy that is a sentence is no slug', () => {
    const doc = formatTranscript(
      'THE FLOODS: WHAT WE KNOW SO FAR.\n\n[VO]\nCrews worked all day.\n\n[SOT]\nSUPER: MARIA LOPEZ / FIRE CHIEF',
    );
    expect(doc.blocks[0]?.reason).not.toBe('story-form');
  });
});

describe('a two-column (video | audio) script pasted from a word processor', () => {
  const AV = [
    'VIDEO\tAUDIO',
    'ANCHOR ON CAM\tGood evening. Flood waters are rising tonight in the valley.',
    'VO: FLOOD FOOTAGE\tCrews spent the afternoon pulling residents from their homes.',
    '\tBoats reached the last houses on Mill Road before dark.',
    'SOT: MARIA LOPEZ / FIRE CHIEF\t"We got here as fast as we could."',
    'ANCHOR ON CAM\tThe river is expected to crest tomorrow.',
  ].join('\n');

  it('reads each video cell as a cue and the audio column as the script', () => {
    const doc = formatTranscript(AV);
    expect(types(doc).slice(1)).toEqual([
      'direction: ANCHOR ON CAM',
      'narration: Good evening. Flood waters are rising tonight in the valley.',
      'direction: VO: FLOOD FOOTAGE',
      'narration: Crews spent the afternoon pulling residents from their homes.',
      'narration: Boats reached the last houses on Mill Road before dark.',
      'direction: SOT: MARIA LOPEZ / FIRE CHIEF',
      'speech: We got here as fast as we could.',
      'direction: ANCHOR ON CAM',
      'narration: The river is expected to crest tomorrow.',
    ]);
    expect(doc.blocks[0]?.type).toBe('note');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Maria Lopez']);
    expect(doc.messages.some((m) => m.ruleId === 'two-column-script' && m.line === 2)).toBe(true);
    // Every cell keeps its line in the input.
    expect(doc.blocks.find((b) => b.text.startsWith('Boats'))?.line).toBe(4);
  });

  it('a transcript with tabs after its tags, or a table of figures, is no two-column script', () => {
    const tagged = formatTranscript(
      'JANE DOE:\tGood evening.\nJOHN ROE:\tThanks, Jane.\nJANE DOE:\tLet us begin.\nJOHN ROE:\tGladly.',
    );
    expect(tagged.blocks.every((b) => b.type === 'speech')).toBe(true);
    const table = formatTranscript(
      'The council published the figures.\n\nYear\tAmount\n2023\t4.1 million\n2024\t4.6 million\n2025\t5.2 million',
    );
    expect(table.messages.some((m) => m.ruleId === 'two-column-script')).toBe(false);
    expect(table.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('segment names in capitals on a line of their own', () => {
  it('are directions, and are no slug', () => {
    const doc = formatTranscript(
      'READER\nThe council met tonight to vote on the budget.\n\nTAKE VO\nCrews worked all day on the bridge.\n\nTAG\nThe bridge reopens Monday.',
    );
    expect(types(doc)).toEqual([
      'direction: READER',
      'narration: The council met tonight to vote on the budget.',
      'direction: TAKE VO',
      'narration: Crews worked all day on the bridge.',
      'direction: TAG',
      'narration: The bridge reopens Monday.',
    ]);
  });

  it('in lower case they are words', () => {
    const doc = formatTranscript('The last word was\n\ntag\n\nand then the game ended.');
    expect(doc.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('talent cues', () => {
  it('in a script, a name alone in brackets above the copy says who reads it', () => {
    const doc = formatTranscript(
      '[JANE]\nGood evening. The council met tonight.\n\n[TAKE VO]\nCrews worked all day.\n\n[DAN]\nIn sports, the Hawks won again.\n\nTAG\nMore at eleven.',
    );
    expect(types(doc)).toEqual([
      'direction: JANE',
      'narration: Good evening. The council met tonight.',
      'direction: TAKE VO',
      'narration: Crews worked all day.',
      'direction: DAN',
      'narration: In sports, the Hawks won again.',
      'direction: TAG',
      'narration: More at eleven.',
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
  });

  it('outside a script, the same line is left as it is', () => {
    const doc = formatTranscript('[JANE]\nGood evening. The council met tonight.');
    expect(doc.blocks.some((b) => b.type === 'direction')).toBe(false);
  });
});

describe('a radio script', () => {
  const RADIO = [
    'WEATHER/FLOODS',
    '3/3 6A',
    'JANE',
    '',
    'GOOD MORNING. FLOOD WATERS ARE RISING ALONG THE CEDAR RIVER THIS MORNING.',
    '',
    'CART: FLOOD-LOPEZ',
    'OUTCUE: "...STAY OFF THE ROADS."',
    'TRT: :14',
    '',
    'FIRE CHIEF MARIA LOPEZ SAYS SANDBAGS ARE AVAILABLE AT THE CITY GARAGE UNTIL NOON.',
  ].join('\n');

  it('reads its slug, date and writer as the form, its cart as a cue, and the copy as copy', () => {
    const doc = formatTranscript(RADIO);
    expect(doc.slug).toBe('WEATHER-FLOODS');
    expect(types(doc)).toEqual([
      'note: WEATHER/FLOODS',
      'note: 3/3 6A',
      'note: JANE',
      'narration: GOOD MORNING. FLOOD WATERS ARE RISING ALONG THE CEDAR RIVER THIS MORNING.',
      'direction: CART: FLOOD-LOPEZ',
      'direction: OUTCUE: "...STAY OFF THE ROADS."',
      'direction: TRT: :14',
      'narration: FIRE CHIEF MARIA LOPEZ SAYS SANDBAGS ARE AVAILABLE AT THE CITY GARAGE UNTIL NOON.',
    ]);
    expect(doc.speakers).toEqual([]);
  });

  it('an audio label in a transcript is a speaker only when it is no label (CART in capitals is)', () => {
    expect(isProductionLine('CART: FLOOD-LOPEZ')).toBe(true);
    expect(isProductionLine('ACT: MAYOR 3')).toBe(true);
    expect(isProductionLine('Cart: we pushed the cart up the hill.')).toBe(false);
  });
});

describe('a bite header without brackets', () => {
  it('SOT: NAME / TITLE names the bite below; SOT: with the words is not a header', () => {
    const doc = formatTranscript(
      'Crews worked all day.\n\nSOT: MARIA LOPEZ / FIRE CHIEF\n"We got here as fast as we could."\nRUNS :06\n\nThe river crests tomorrow.',
    );
    expect(types(doc)).toEqual([
      'narration: Crews worked all day.',
      'direction: SOT: MARIA LOPEZ / FIRE CHIEF',
      'speech: We got here as fast as we could.',
      'direction: RUNS :06',
      'narration: The river crests tomorrow.',
    ]);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Maria Lopez']);
    expect(isProductionLine('SOT: "We got here as fast as we could."')).toBe(false);
    expect(isProductionLine('SOT: We got here as fast as we could.')).toBe(false);
  });
});

describe('music in captions', () => {
  it('a line between music notes is a cue, on its own even inside a paragraph', () => {
    const doc = formatTranscript('♪ upbeat music ♪\nGood evening, and welcome.\n\n♪♪');
    expect(types(doc)).toEqual([
      'direction: ♪ upbeat music ♪',
      'narration: Good evening, and welcome.',
      'direction: ♪♪',
    ]);
  });

  it('a note inside a sentence stays text', () => {
    const doc = formatTranscript('She hummed ♪ and then stopped.');
    expect(doc.blocks.map((b) => b.type)).toEqual(['narration']);
  });
});
