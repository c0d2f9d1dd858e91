/**
 * Caption conventions an earlier reading missed: SRT in frame timecodes (broadcast tools), a
 * sound in the middle of a cue line, whisper.cpp's `[BLANK_AUDIO]`, Zoom's e-mail labels and
 * enhanced LRC's duet markers.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(text: string, given: Record<string, unknown> = {}): ScriptDocument {
  return produce(text, 'json', optionsSchema().parse(given), detectInputFormat(text)).document;
}

function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) => `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`);
}

describe('SRT in frame timecodes (broadcast subtitle tools)', () => {
  const srt = [
    '1\n00:00:01:12 --> 00:00:04:00\nJANE: The pier is closed.',
    '2\n00:00:07:05 --> 00:00:09:20\nTOM: Since when?',
  ].join('\n\n');

  it('is read as SRT, its frames at 25 fps unless fps= says, and says so', () => {
    expect(detectInputFormat(srt)).toBe('srt');
    const doc = read(srt);
    expect(turns(doc)).toEqual(['Jane: The pier is closed.', 'Tom: Since when?']);
    expect(doc.blocks.map((b) => b.startMs)).toEqual([1480, 7200]);
    const frames = doc.messages.find((m) => m.ruleId === 'caption-frames');
    expect(frames?.reason).toContain('25 fps');
    const at24 = read(srt, { fps: 24 });
    expect(at24.blocks.map((b) => b.startMs)).toEqual([1500, 7208]);
    expect(at24.messages.find((m) => m.ruleId === 'caption-frames')?.reason).toContain('24 fps');
  });

  it('a frame number past 24 means 30 fps; without cue numbers or with a title line too', () => {
    const ntsc = read(
      '00:00:02:27 --> 00:00:04:00\nA bridge closed.\n\n00:00:10:00 --> 00:00:12:00\nA road opened.',
    );
    expect(ntsc.blocks[0]?.startMs).toBe(2900);
    expect(ntsc.messages.find((m) => m.ruleId === 'caption-frames')?.reason).toContain('30 fps');
    const titled = 'Harbour report\n\n1\n10:00:00:00 --> 10:00:02:10\nThe ferry is late.\n';
    expect(detectInputFormat(titled)).toBe('srt');
    expect(read(titled).blocks.at(-1)?.startMs).toBe(36_000_000);
  });

  it('counter-cases: millisecond SRT says nothing of frames; a half frame timing line is no cue', () => {
    const ms = read('1\n00:00:01,480 --> 00:00:04,000\nThe pier is closed.\n');
    expect(ms.blocks[0]?.startMs).toBe(1480);
    expect(ms.messages.some((m) => m.ruleId === 'caption-frames')).toBe(false);
    expect(detectInputFormat('1\n00:00:01:12 --> later\nThe pier is closed.\n')).toBe('text');
  });
});

describe('a sound in the middle of a cue line keeps its time', () => {
  it('SRT and WebVTT: the sound takes its place in the cue, the words around it go on', () => {
    const srt = read(
      '1\n00:00:01,000 --> 00:00:05,000\nReally? [DOOR SLAMS] Who is that?\n\n2\n00:00:06,000 --> 00:00:08,000\nJust the wind.\n',
    );
    expect(srt.blocks.map((b) => [b.type, b.text, b.startMs])).toEqual([
      ['narration', 'Really?', 1000],
      ['direction', 'DOOR SLAMS', 2000],
      ['narration', 'Who is that? Just the wind.', 3571],
    ]);
    expect(srt.messages.some((m) => m.ruleId === 'timed-words-removed')).toBe(false);
    const vtt = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Jane>We should go [THUNDER RUMBLES] before the storm.\n\n00:00:04.000 --> 00:00:06.000\n<v Tom>Agreed. (both laugh)\n',
    );
    const sounds = vtt.blocks.filter((b) => b.type === 'direction');
    expect(sounds.map((b) => [b.text, b.startMs])).toEqual([
      ['THUNDER RUMBLES', 1732],
      ['both laugh', 4778],
    ]);
    expect(turns(vtt).filter((t) => !t.startsWith('-'))).toEqual([
      'Jane: We should go',
      'Jane: before the storm.',
      'Tom: Agreed.',
    ]);
  });

  it('counter-cases: a transcriber mark inside a sentence, a name, a year stay in the words', () => {
    const doc = read(
      '1\n00:00:01,000 --> 00:00:05,000\nJANE: He said [inaudible] and left.\n\n2\n00:00:08,000 --> 00:00:10,000\nJANE: Ask [John] about it (2019) later.\n',
    );
    expect(turns(doc)).toEqual([
      'Jane: He said [inaudible] and left.',
      'Jane: Ask [John] about it (2019) later.',
    ]);
  });
});

describe("whisper.cpp's [BLANK_AUDIO] in captions", () => {
  it('is dropped and reported, as the speech-to-text reader does; its cue is a silence', () => {
    const doc = read(
      '1\n00:00:00,000 --> 00:00:02,000\n[BLANK_AUDIO]\n\n2\n00:00:02,000 --> 00:00:05,000\n The council met tonight.\n\n3\n00:00:05,000 --> 00:00:08,000\n[BLANK_AUDIO]\n\n4\n00:00:08,000 --> 00:00:10,000\n The vote was close.\n',
    );
    expect(doc.blocks.map((b) => [b.type, b.text, b.startMs])).toEqual([
      ['narration', 'The council met tonight.', 2000],
      ['narration', 'The vote was close.', 8000],
    ]);
    const dropped = doc.messages.find((m) => m.ruleId === 'asr-tool-markers');
    expect(dropped?.line).toBe(3);
    expect(dropped?.actual).toBe('[BLANK_AUDIO]\n[BLANK_AUDIO]');
    const vtt = read(
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n[BLANK_AUDIO]\n\n00:00:02.000 --> 00:00:05.000\n[DOOR SLAMS]\n\n00:00:05.000 --> 00:00:07.000\nWho is there?\n',
    );
    // Counter-case: a caption's own sound stays a direction.
    expect(vtt.blocks.map((b) => [b.type, b.text])).toEqual([
      ['direction', 'DOOR SLAMS'],
      ['narration', 'Who is there?'],
    ]);
  });
});

describe("Zoom's e-mail address labels", () => {
  it('a participant without a name is labelled by address: the address is the speaker', () => {
    const doc = read(
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\njane.doe@example.org: The budget vote is on Tuesday.\n\n2\n00:00:04.500 --> 00:00:07.000\nTom Reyes: Will the mayor attend?\n\n3\n00:00:07.500 --> 00:00:09.000\nj_smith+news@city.gov.uk: She will.\n',
    );
    expect(turns(doc)).toEqual([
      'jane.doe@example.org: The budget vote is on Tuesday.',
      'Tom Reyes: Will the mayor attend?',
      'j_smith+news@city.gov.uk: She will.',
    ]);
  });

  it('counter-cases: an address inside the words, or in a plain paste, names no one', () => {
    const doc = read(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWrite to jane.doe@example.org: she reads everything.\n',
    );
    expect(doc.speakers).toEqual([]);
    expect(read('jane.doe@example.org: The vote is on Tuesday.').speakers).toEqual([]);
  });
});

describe("enhanced LRC's duet markers", () => {
  it('M:, F: and D: are voices (Male, Female, Duet), each until the next marker', () => {
    const doc = read(
      '[ti:Harbour Song]\n[00:01.00]M: The pier is closed tonight\n[00:04.00]F: The boats are all in\n[00:07.00]D: We sail at dawn\n[00:10.00]M: And the gulls go home\n',
    );
    expect(turns(doc)).toEqual([
      'Male: The pier is closed tonight',
      'Female: The boats are all in',
      'Duet: We sail at dawn',
      'Male: And the gulls go home',
    ]);
    const carried = read(
      '[00:01.00]F: The tide is out\n[00:04.00]The nets are dry\n[00:07.00]M: We wait for rain\n',
    );
    expect(turns(carried)).toEqual([
      'Female: The tide is out The nets are dry',
      'Male: We wait for rain',
    ]);
  });

  it('counter-case: one letter label alone in a file is no duet', () => {
    const doc = read('[00:01.00]D: The pier is closed\n[00:04.00]The boats are in\n');
    expect(doc.speakers.map((s) => s.name)).not.toContain('Duet');
    expect(doc.speakers.map((s) => s.name)).not.toContain('Male');
  });
});
