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
