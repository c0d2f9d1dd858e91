import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const options = optionsSchema().parse({});

/** An SRT of one cue per entry (lines of a cue joined by `\n`), two seconds apart. */
function srt(cues: readonly string[]): string {
  const at = (s: number) => `00:00:${String(s).padStart(2, '0')},000`;
  return cues.map((text, i) => `${i + 1}\n${at(i * 2)} --> ${at(i * 2 + 1)}\n${text}\n`).join('\n');
}

function read(input: string): ScriptDocument {
  return prepare(input, options, detectInputFormat(input));
}

/** Each block as `type speaker-name: text`. */
function blocks(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map(
    (b) => `${b.type} ${b.speaker === null ? '-' : names.get(b.speaker)}: ${b.text}`,
  );
}

describe('SDH captions: speaker IDs in brackets', () => {
  it('reads [NAME], (ROLE), [NAME:] opening a cue line as the speaker of its words', () => {
    const doc = read(
      srt([
        '(FIRE CHIEF) We got here at six.',
        '[JOHN] Where were you?',
        '[MARY:] At the depot, all night.',
        '[JOHN] Then who locked it?',
      ]),
    );
    expect(blocks(doc)).toEqual([
      'speech fire chief: We got here at six.',
      'speech John: Where were you?',
      'speech Mary: At the depot, all night.',
      'speech John: Then who locked it?',
    ]);
  });

  it('reads off-screen and voice-over forms as the speaker with the delivery', () => {
    const doc = read(
      srt([
        '[JOHN] Open up.',
        '[JOHN, OFF-SCREEN] Nobody answered.',
        '(NARRATOR V.O.) By morning the yard was empty.',
        '[MOM ON PHONE] Call me back.',
      ]),
    );
    const john = doc.speakers.filter((s) => s.name === 'John');
    expect(john).toHaveLength(1);
    expect(doc.blocks.map((b) => [b.text, b.delivery])).toEqual([
      ['Open up.', null],
      ['Nobody answered.', 'off-camera'],
      ['By morning the yard was empty.', 'voice-over'],
      ['Call me back.', 'via-telephone'],
    ]);
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['John', 'narrator', 'Mom']);
  });

  it('reads sentence-case IDs (streaming SDH) and IDs after dialogue dashes', () => {
    const doc = read(
      srt([
        '[Dana] Did the maps come?',
        '-[Owen] Last night.\n-[Dana] And?',
        '[Man on radio] Levels peak at noon.',
      ]),
    );
    expect(blocks(doc)).toEqual([
      'speech Dana: Did the maps come?',
      'speech Owen: Last night.',
      'speech Dana: And?',
      'speech man: Levels peak at noon.',
    ]);
  });

  it('a bracket alone on its line is a direction, never a speaker with no words', () => {
    const doc = read(srt(['JOHN: Look.', '[INSPECTOR]', 'The beams are cracked.']));
    expect(blocks(doc)).toEqual([
      'speech John: Look.',
      'direction -: INSPECTOR',
      'speech John: The beams are cracked.',
    ]);
  });

  it('keeps sounds as directions, alone or before the words, never speakers', () => {
    const doc = read(
      srt([
        'JOHN: Who is there?',
        '[door slams]',
        '(LAUGHTER)',
        '[MUSIC PLAYING]',
        '(APPLAUSE)',
        '[PHONE RINGS] Hello?',
        '(SOFTLY) I know.',
        '[IN SPANISH] Hola.',
        '[Sighs] Fine.',
      ]),
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['John']);
    expect(blocks(doc)).toEqual([
      'speech John: Who is there?',
      'direction -: door slams',
      'direction -: LAUGHTER',
      'direction -: MUSIC PLAYING',
      'direction -: APPLAUSE',
      'direction -: PHONE RINGS',
      'speech John: Hello?',
      'direction -: SOFTLY',
      'speech John: I know.',
      'direction -: IN SPANISH',
      'speech John: Hola.',
      'direction -: Sighs',
      'speech John: Fine.',
    ]);
  });

  it('an ID alone on the last line of its cue names nobody; dialogue dashes still read', () => {
    const doc = read(srt(['[INSPECTOR]', '- [laughs] Sure.\n- No way.']));
    expect(doc.speakers.map((s) => s.name)).not.toContain('Inspector');
    expect(blocks(doc)).toEqual([
      'direction -: INSPECTOR',
      'direction -: laughs',
      'narration -: Sure.',
      'speech unidentified: No way.',
    ]);
  });
});

describe('captions: music and lyrics between notes', () => {
  it('lyrics are a music direction, not the speaker’s words, and are reported', () => {
    const doc = read(
      srt([
        'MARY: We should start.',
        '♪ Happy birthday to you',
        'happy birthday, dear Tom ♪',
        '# Oh, what a night #',
        'JOHN: ♪ We are the champions ♪',
        '♫ Rolling down the river ♫',
        'That was lovely.',
      ]),
    );
    expect(blocks(doc)).toEqual([
      'speech Mary: We should start.',
      'direction -: ♪ Happy birthday to you',
      'direction -: happy birthday, dear Tom ♪',
      'direction -: # Oh, what a night #',
      'direction -: ♪ We are the champions ♪',
      'direction -: ♫ Rolling down the river ♫',
      'speech John: That was lovely.',
    ]);
    const music = doc.messages.filter((m) => m.ruleId === 'caption-music');
    expect(music).toHaveLength(1);
    expect(music[0]?.reason).toContain('5 caption line(s)');
    expect(music[0]?.line).toBe(7);
    // No word of the song is in the speakers' timed words.
    const said = doc.blocks.flatMap((b) => b.timedWords?.map((w) => w.text) ?? []);
    expect(said).not.toContain('birthday');
    expect(said).toContain('lovely.');
  });

  it('a note that opens lyrics never closed within a few lines leaves the words after it said', () => {
    const doc = read(
      srt([
        'MARY: Ready?',
        '♪ One line only',
        'and now we talk',
        'about the budget',
        'for next year',
        'which is late',
        'again this time',
        'as ever.',
      ]),
    );
    expect(blocks(doc)).toEqual([
      'speech Mary: Ready?',
      'direction -: ♪ One line only',
      'speech Mary: and now we talk about the budget for next year which is late again this time as ever.',
    ]);
  });
});

describe('a speaker label alone on its cue line: the turn starts on the label’s line', () => {
  it('reads `HOST:` over the words as the turn’s first line, an inline label on its own line', () => {
    // Lines: 1 `1`, 2 time, 3 `HOST:`, 4 words; 6 `2`, 7 time, 8 `MIA LANG: …`; 10 `3`, 11 time,
    // 12 `HOST:`, 13 words.
    const doc = read(
      srt([
        'HOST:\nGood evening, and welcome to the late bulletin.',
        'MIA LANG: Thank you for having me.',
        'HOST:\nLet us begin with the floods.',
      ]),
    );
    expect(blocks(doc)).toEqual([
      'speech host: Good evening, and welcome to the late bulletin.',
      'speech Mia Lang: Thank you for having me.',
      'speech host: Let us begin with the floods.',
    ]);
    expect(doc.blocks.map((b) => b.line)).toEqual([3, 8, 12]);
  });

  it('a cue’s words without a label keep their own line', () => {
    const doc = read(srt(['The river rose overnight.', 'HOST:\nGood evening.']));
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [3, 'The river rose overnight.'],
      [7, 'Good evening.'],
    ]);
  });
});
