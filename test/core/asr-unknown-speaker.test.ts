import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

/** A Speechmatics json-v2 result of the given turns (words 350 ms apart, a full stop each). */
function speechmatics(turns: readonly [string, string][]): string {
  const results: unknown[] = [];
  let t = 0;
  const item = (type: string, content: string, speaker: string, end: number) => ({
    type,
    start_time: t,
    end_time: end,
    ...(type === 'punctuation' ? { attaches_to: 'previous' } : {}),
    alternatives: [{ content, confidence: 0.9, speaker }],
  });
  for (const [speaker, words] of turns) {
    for (const word of words.split(' ')) {
      results.push(item('word', word, speaker, +(t + 0.3).toFixed(2)));
      t = +(t + 0.35).toFixed(2);
    }
    results.push(item('punctuation', '.', speaker, t));
    t = +(t + 0.5).toFixed(2);
  }
  return JSON.stringify({
    format: '2.9',
    metadata: { transcription_config: { language: 'en', diarization: 'speaker' } },
    results,
  });
}

function read(input: string): ScriptDocument {
  return prepare(input, optionsSchema().parse({}), detectInputFormat(input));
}

const who = (doc: ScriptDocument) => {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role]));
  return doc.blocks.map((b) => `${b.speaker === null ? '-' : names.get(b.speaker)}: ${b.text}`);
};

describe('Speechmatics UU (a voice the service could not tell)', () => {
  it('is an unnamed new voice, not a speaker called UU nor the speaker before', () => {
    const doc = read(
      speechmatics([
        ['S1', 'Good morning and welcome'],
        ['S2', 'Thanks for having me'],
        ['UU', 'Can you hear me at the back'],
        ['S1', 'Yes we can hear you'],
      ]),
    );
    expect(who(doc)).toEqual([
      'Speaker 1: Good morning and welcome.',
      'Speaker 2: Thanks for having me.',
      'unidentified: Can you hear me at the back.',
      'Speaker 1: Yes we can hear you.',
    ]);
    expect(doc.speakers.some((s) => s.name === 'UU' || s.name === 'Speaker 3')).toBe(false);
    const m = doc.messages.find((x) => x.ruleId === 'asr-unknown-speaker');
    expect(m?.reason).toMatch(/^Read 1 UU turn/);
    const diarization = doc.messages.find((x) => x.ruleId === 'diarization');
    expect(diarization?.reason).not.toContain('UU');
  });

  it('a short UU stretch inside a turn (often the other side’s backchannel) is a voice of its own', () => {
    const doc = read(
      speechmatics([
        ['S1', 'We think'],
        ['UU', 'yeah'],
        ['S1', 'the plan is ready'],
      ]),
    );
    expect(who(doc)).toEqual([
      'Speaker 1: We think.',
      'unidentified: yeah.',
      'Speaker 1: the plan is ready.',
    ]);
    // Times stay with the words: the UU word keeps its own.
    const yeah = doc.blocks[1]?.timedWords?.[0];
    expect(yeah?.startMs).toBe(1200);
  });
});
