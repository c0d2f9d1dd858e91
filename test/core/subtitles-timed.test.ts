import { describe, expect, it } from 'vitest';
import type { Block, TimedWord } from '../../src/core/document.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { makeDoc } from './subtitles-helpers.ts';

/** Timed words from [word, startMs, endMs] triples. */
function timed(words: [string, number, number][]): Partial<Block> {
  const timedWords: TimedWord[] = words.map(([text, startMs, endMs]) => ({ text, startMs, endMs }));
  const text = words.map((w) => w[0]).join(' ');
  return {
    text,
    sentences: [text],
    timedWords,
    startMs: timedWords[0]?.startMs ?? null,
    endMs: timedWords.at(-1)?.endMs ?? null,
  };
}

/** Words spoken one after another from `at`, each `each` ms long with `gap` ms between. */
function run(text: string, at: number, each = 300, gap = 50): [string, number, number][] {
  return text.split(' ').map((w, i) => [w, at + i * (each + gap), at + i * (each + gap) + each]);
}

describe('subtitles from the words’ times', () => {
  it('a cue starts on its first word and ends on its last word (on frames)', () => {
    const words = run('The council met on Monday.', 1_000);
    const { cues } = compileSubtitles(makeDoc([timed(words)], { timed: true }));
    expect(cues).toHaveLength(1);
    expect(cues[0]?.startMs).toBe(1_000);
    const lastEnd = words.at(-1)?.[2] ?? 0;
    expect(Math.abs((cues[0]?.endMs ?? 0) - lastEnd)).toBeLessThanOrEqual(20);
  });

  it('a pause of 500 ms ends a cue even mid-sentence; pauseMs changes the threshold', () => {
    const words = [...run('We waited for', 0), ...run('the results to come in.', 1_650)];
    const doc = makeDoc([timed(words)], { timed: true });
    const split = compileSubtitles(doc).cues;
    expect(split.map((c) => c.words.join(' '))).toEqual([
      'We waited for',
      'the results to come in.',
    ]);
    expect(split[1]?.startMs).toBe(1_640); // 1650 on the 25 fps frame grid
    const joined = compileSubtitles(doc, { pauseMs: 1_000 }).cues;
    expect(joined).toHaveLength(1);
  });

  it('a short cue is extended only into silence, never into the next cue’s gap', () => {
    // "Yes." is 200 ms; the next words start 600 ms after it (a pause: a new cue).
    const words: [string, number, number][] = [
      ['Yes.', 1_000, 1_200],
      ...run('Then we left for the airport.', 1_800),
    ];
    const { cues, messages } = compileSubtitles(makeDoc([timed(words)], { timed: true }));
    expect(cues[0]?.words).toEqual(['Yes.']);
    expect(cues[0]?.startMs).toBe(1_000);
    // Extended from 1.2 s toward 833 ms, but stops 2 frames (80 ms) before the next cue.
    expect(cues[0]?.endMs).toBe(1_720);
    expect(cues[1]?.startMs).toBe(1_800);
    expect(messages.some((m) => m.ruleId === 'duration-too-short')).toBe(true);
    // With silence after it, the same word gets the full minimum.
    const alone = compileSubtitles(
      makeDoc([timed([['Yes.', 1_000, 1_200]]), timed(run('Later on.', 5_000))], { timed: true }),
    ).cues;
    expect(alone[0]?.endMs).toBe(1_840);
  });

  it('no cue of several words lasts longer than the maximum, whatever its text', () => {
    // Slow speech: 20 short words over 12 s, no pause of 500 ms.
    const words = run('a b c d e f g h i j k l m n o p q r s t.', 0, 400, 200);
    const { cues } = compileSubtitles(makeDoc([timed(words)], { timed: true }));
    expect(cues.length).toBeGreaterThan(1);
    for (const cue of cues) expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(7_000);
    expect(cues.flatMap((c) => c.words)).toEqual(words.map((w) => w[0]));
  });

  it('reports a cue the speech makes too fast, and keeps its words', () => {
    const fast = run(
      'Officials confirmed the evacuation of eleven neighbourhoods overnight.',
      0,
      90,
      10,
    );
    const { cues, messages } = compileSubtitles(makeDoc([timed(fast)], { timed: true }));
    expect(cues.flatMap((c) => c.words)).toEqual(fast.map((w) => w[0]));
    expect(messages.some((m) => m.ruleId === 'cps-too-high')).toBe(true);
  });

  it('start= shifts every cue; duration= is not used for timed input', () => {
    const words = run('Good evening.', 2_000);
    const { cues, messages } = compileSubtitles(makeDoc([timed(words)], { timed: true }), {
      start: '10:00:00:00',
      duration: '5s',
    });
    expect(cues[0]?.startMs).toBe(36_002_000);
    expect(messages.some((m) => m.ruleId === 'duration-ignored')).toBe(true);
  });

  it('cuts at a sentence end rather than mid-sentence when both fit', () => {
    const words = run(
      'The bridge is closed. Drivers should use the ring road until Friday at the earliest.',
      0,
      250,
      40,
    );
    const { cues } = compileSubtitles(makeDoc([timed(words)], { timed: true }));
    expect(cues[0]?.words.join(' ')).toBe('The bridge is closed.');
  });

  it('a fast or short cue is reported with its speed and time as toFixed writes them', () => {
    // Fast speech of uneven pace: many cues too fast to read or too short, of many lengths, at
    // frame rates whose frames end on every digit of a millisecond.
    const words: [string, number, number][] = [];
    let at = 0;
    for (let i = 0; i < 400; i++) {
      const each = 90 + ((i * 37) % 113);
      // Sentences of one to eight words; after some, a pause of 100 to 700 ms.
      const ends = (i * 7) % 8 === 0 || (i * 13) % 11 === 0;
      const word = ends ? `Extraordinarily${i}.` : `Bridge${i}`;
      words.push([word, at, at + each]);
      at += each + (ends ? 100 + ((i * 53) % 600) : 7);
    }
    const doc = makeDoc([timed(words)], { timed: true });
    let checked = 0;
    for (const fps of [25, 29.97, 23.976]) {
      const { cues, messages } = compileSubtitles(doc, { fps });
      for (const m of messages) {
        const index = Number(/^Cue (\d+)/.exec(m.reason)?.[1]);
        const cue = cues[index - 1];
        if (!cue) continue;
        const shown = ((cue.endMs - cue.startMs) / 1000).toFixed(2);
        if (m.ruleId === 'cps-too-high') {
          expect(m.reason).toContain(`needs ${cue.cps.toFixed(1)} chars/s`);
          expect(m.reason).toContain(`characters in ${shown} s;`);
          checked++;
        }
        if (m.ruleId === 'duration-too-short') {
          expect(m.reason).toContain(`on screen ${shown} s (minimum 0.83 s)`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
