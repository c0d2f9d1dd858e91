/**
 * A transcript whose line breaks were lost (pasted into a CMS's one-line field, sent as one JSON
 * string, copied from a PDF that joined its lines) keeps each speaker's tag after the sentence
 * the turn before ended. Each turn is read as the line it was: the words go to the speaker who
 * said them, not to the first speaker of the line.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const turns = (text: string) => {
  const doc = formatTranscript(text);
  const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
  return doc.blocks.map((b) => [b.type, name(b.speaker), b.text]);
};

describe('turns run together on one line', () => {
  it('a press briefing in capitals, honorifics and reporters’ Q: tags', () => {
    const text =
      'MS. LEAVITT: Hi, guys. Good morning. Q: How long is the flight? MS. LEAVITT: About three hours. Q: Will the president speak to the governor? MS. LEAVITT: He will, later today.';
    const found = turns(text);
    expect(found.map(([, who, words]) => [who, words])).toEqual([
      ['Ms. Leavitt', 'Hi, guys. Good morning.'],
      [null, 'How long is the flight?'],
      ['Ms. Leavitt', 'About three hours.'],
      [null, 'Will the president speak to the governor?'],
      ['Ms. Leavitt', 'He will, later today.'],
    ]);
    expect(found.filter(([type]) => type === 'speech')).toHaveLength(5);
  });

  it('an interview with names in title case, each block on the line it came from', () => {
    const doc = formatTranscript(
      'Jane Doe: Good evening and welcome. Tom Becker: Thanks for having me, Jane. Jane Doe: Let us start with the flooding. Tom Becker: It is the worst in fifty years!',
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening and welcome.',
      'Thanks for having me, Jane.',
      'Let us start with the flooding.',
      'It is the worst in fifty years!',
    ]);
    expect(doc.blocks.every((b) => b.line === 1)).toBe(true);
    expect(doc.messages.some((m) => m.ruleId === 'run-in-tag' && m.line === 1)).toBe(true);
  });

  it('one joined line among lines that were not: a tag the text opens lines with', () => {
    const found = turns(
      [
        'ANCHOR: Good evening. Flood waters are rising tonight.',
        '',
        'REPORTER: The river is above its banks here. ANCHOR: How many homes are affected?',
        '',
        'REPORTER: Officials say about two hundred.',
      ].join('\n'),
    );
    expect(found.map(([, , words]) => words)).toEqual([
      'Good evening. Flood waters are rising tonight.',
      'The river is above its banks here.',
      'How many homes are affected?',
      'Officials say about two hundred.',
    ]);
  });

  it('a transcription export’s stamped tags, each speaker’s once, keep their times', () => {
    const doc = formatTranscript(
      '[00:00:05] JANE DOE: Good evening and welcome. [00:00:09] TOM BECKER: Thanks for having me. [00:00:14] JANE DOE: Let us start with the floods.',
    );
    expect(doc.blocks.map((b) => [b.timestampMs, b.text])).toEqual([
      [5000, 'Good evening and welcome.'],
      [9000, 'Thanks for having me.'],
      [14000, 'Let us start with the floods.'],
    ]);
    const rev = formatTranscript(
      'Speaker 1 (00:01): Good evening and welcome. Speaker 2 (00:05): Thanks for having me. Speaker 1 (00:09): Let us start with the floods.',
    );
    expect(rev.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    expect(rev.blocks.map((b) => b.timestampMs)).toEqual([1000, 5000, 9000]);
  });

  it('a time in parentheses before each tag is the tag’s stamp, on its own line or run together', () => {
    // A transcription export's lines, `(hh:mm:ss) Name: words`: no time is left as a note.
    const lines = formatTranscript(
      '(00:00:01) Jane Doe: Good morning, everyone.\n(00:00:05) John Roe: Morning. Shall we start?\n(00:00:07) John Roe: The budget first.\n(00:00:09) Speaker A: Agreed.\n',
    );
    expect(lines.blocks.map((b) => [b.type, b.timestampMs, b.text])).toEqual([
      ['speech', 1000, 'Good morning, everyone.'],
      ['speech', 5000, 'Morning. Shall we start?'],
      ['speech', 7000, 'The budget first.'],
      ['speech', 9000, 'Agreed.'],
    ]);
    expect(lines.blocks.filter((b) => b.type === 'note')).toEqual([]);
    // The same turns on one line: each cut at its time.
    const joined = formatTranscript(
      '(00:00:01) Jane Doe: Good morning, everyone. (00:00:05) John Roe: Morning. Shall we start? (00:00:07) Jane Doe: Yes, the budget first.',
    );
    expect(joined.blocks.map((b) => [b.timestampMs, b.text])).toEqual([
      [1000, 'Good morning, everyone.'],
      [5000, 'Morning. Shall we start?'],
      [7000, 'Yes, the budget first.'],
    ]);
    // A direction in capitals before a tag still ends the turn before it.
    expect(
      turns(
        'LEE: We go to the scene. (BEGIN VIDEOTAPE) SMITH: The water rose fast. LEE: Thank you.',
      ),
    ).toContainEqual(['speech', 'Smith', 'The water rose fast.']);
  });

  it('a cable news transcript in capitals: roles after commas, notes, directions between', () => {
    const doc = formatTranscript(
      "THIS IS A RUSH TRANSCRIPT. ANA CABRERA, CNN ANCHOR: We begin in Kentucky. CNN's Marcus Lee is in Hazard. MARCUS LEE, CNN CORRESPONDENT: Ana, the water came up in an hour. (BEGIN VIDEOTAPE) LEE (voice-over): Boats replaced cars on Main Street. MAYOR TOM BARKER, HAZARD, KENTUCKY: We will not stop looking. (END VIDEOTAPE) LEE (on camera): The governor is on his way. CABRERA: Marcus Lee, thank you.",
    );
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => name(b.speaker))).toEqual([
      'Ana Cabrera',
      'Marcus Lee',
      'Marcus Lee',
      'Tom Barker',
      'Marcus Lee',
      'Ana Cabrera',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'BEGIN VIDEOTAPE',
      'END VIDEOTAPE',
    ]);
  });

  it('COUNTER: a name in a record’s tag after its courtesy title in brackets is no turn', () => {
    const doc = formatTranscript(
      'Hon. (Ms.) Grace Achieng (Kisumu East, ODM): Thank you, Hon. Speaker. I rise to ask a question.\n\nHon. Speaker: Proceed.\n\nHon. (Ms.) Grace Achieng (Kisumu East, ODM): Thank you.',
    );
    expect(doc.messages.some((m) => m.ruleId === 'run-in-tag')).toBe(false);
  });

  it('French, a space before each colon', () => {
    const doc = formatTranscript(
      "JEAN DUPONT : Bonsoir et bienvenue. MARIE MARTIN : Merci de m'avoir invitée. JEAN DUPONT : Commençons par les inondations. MARIE MARTIN : La rivière est montée de trois mètres.",
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jean Dupont', 'Marie Martin']);
    expect(doc.blocks).toHaveLength(4);
    expect(doc.blocks[1]?.text).toBe('Merci de m’avoir invitée.');
  });

  it('COUNTER: a label said once inside the words, or a name after an honorific, is no turn', () => {
    const doc = formatTranscript(
      [
        'ANCHOR: The bridge is closed. Update: the detour runs through Main Street.',
        '',
        'REPORTER: We spoke to Dr. Lee: she said the repairs take a week.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The bridge is closed. Update: the detour runs through Main Street.',
      'We spoke to Dr. Lee: she said the repairs take a week.',
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'run-in-tag')).toBe(false);
  });
});
