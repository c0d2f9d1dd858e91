import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/core/timed.ts';
import { subtitlesToLines } from '../../src/ingest/subtitles.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const FRAME_MS = 40;
const norm = (text: string): string[] => text.split(/\s+/).map(normalizeWord).filter(Boolean);

function srtOf(cues: [string, string, string][]): string {
  return cues.map(([a, b, text], i) => `${i + 1}\n${a} --> ${b}\n${text}\n`).join('\n');
}

// A YouTube auto-caption file as YouTube writes it: each cue repeats the line before it, a 10 ms
// cue holds the finished line, and new words carry their times inline.
const YOUTUBE = `WEBVTT
Kind: captions
Language: en

00:00:00.160 --> 00:00:02.350 align:start position:0%
 
thanks<00:00:00.480><c> for</c><00:00:00.840><c> joining</c><00:00:01.200><c> us</c>

00:00:02.350 --> 00:00:02.360 align:start position:0%
thanks for joining us
 

00:00:02.360 --> 00:00:05.030 align:start position:0%
thanks for joining us
today<00:00:02.900><c> the</c><00:00:03.100><c> council</c><00:00:03.500><c> voted</c>

00:00:05.030 --> 00:00:05.040 align:start position:0%
today the council voted
 

00:00:05.040 --> 00:00:07.000 align:start position:0%
today the council voted
to<00:00:05.400><c> close</c><00:00:05.700><c> the</c><00:00:06.000><c> bridge</c>
`;

const YOUTUBE_WORDS = 'thanks for joining us today the council voted to close the bridge';
const YOUTUBE_STARTS: Record<string, number> = {
  thanks: 160,
  for: 480,
  joining: 840,
  us: 1200,
  today: 2360,
  council: 3100,
  voted: 3500,
  to: 5040,
  close: 5400,
  bridge: 6000,
};

// Broadcast roll-up (two lines): each cue shows the line before it again, then a new one.
const ROLL_UP = srtOf([
  ['00:00:01,000', '00:00:03,000', ">> GOOD EVENING, I'M JANE SMITH."],
  [
    '00:00:03,000',
    '00:00:05,000',
    ">> GOOD EVENING, I'M JANE SMITH.\nTHE CITY COUNCIL VOTED TONIGHT",
  ],
  ['00:00:05,000', '00:00:07,000', 'THE CITY COUNCIL VOTED TONIGHT\nTO CLOSE THE OLD BRIDGE.'],
  ['00:00:07,000', '00:00:09,000', 'TO CLOSE THE OLD BRIDGE.\n>> JOHN DOE: WE HAD NO CHOICE.'],
  ['00:00:09,000', '00:00:11,000', '>> JOHN DOE: WE HAD NO CHOICE.\nTHE RIVER ROSE THREE FEET.'],
]);

describe('rolling captions', () => {
  it('YouTube auto-captions: every word said once appears once, with its inline time', () => {
    const ingested = subtitlesToLines(YOUTUBE);
    expect(norm(ingested.text)).toEqual(norm(YOUTUBE_WORDS));
    const rolling = ingested.messages?.filter((m) => m.ruleId === 'rolling-captions') ?? [];
    expect(rolling).toHaveLength(1);
    expect(rolling[0]?.reason).toMatch(/dropped 16 word/);
    const tokens = ingested.timedTokens ?? [];
    expect(tokens.map((t) => t.text).join(' ')).toBe(YOUTUBE_WORDS);
    for (const t of tokens) {
      const expected = YOUTUBE_STARTS[t.text];
      if (expected !== undefined && t.text !== 'the') expect(t.start).toBe(expected);
    }
    // The two `the`: 2900 and 5700.
    expect(tokens.filter((t) => t.text === 'the').map((t) => t.start)).toEqual([2900, 5700]);

    // Out again as SRT: the words once, each cue on a word's inline time.
    const { rendered, document } = produce(YOUTUBE, 'srt', options, 'vtt');
    const cues = parseSrt(String(rendered?.body));
    expect(norm(cues.flatMap(cueWords).join(' '))).toEqual(norm(YOUTUBE_WORDS));
    const starts = tokens.map((t) => t.start);
    for (const cue of cues) {
      expect(Math.min(...starts.map((s) => Math.abs(s - cue.startMs)))).toBeLessThanOrEqual(
        FRAME_MS,
      );
    }
    expect(document.messages.filter((m) => m.ruleId === 'rolling-captions')).toHaveLength(1);
  });

  it('broadcast roll-up: repeated lines dropped, speakers from >> and >> NAME:', () => {
    const ingested = subtitlesToLines(ROLL_UP);
    expect(norm(ingested.text)).toEqual(
      norm(
        "GOOD EVENING, I'M JANE SMITH. THE CITY COUNCIL VOTED TONIGHT TO CLOSE THE OLD BRIDGE. JOHN DOE WE HAD NO CHOICE. THE RIVER ROSE THREE FEET.",
      ),
    );
    expect(ingested.text).toContain('JOHN DOE: WE HAD NO CHOICE. THE RIVER ROSE THREE FEET.');
    expect(ingested.text.startsWith(">> GOOD EVENING, I'M JANE SMITH.")).toBe(true);
    // The label is not a spoken word.
    expect(ingested.timedTokens?.map((t) => t.text)).not.toContain('DOE:');
    expect(ingested.messages?.some((m) => m.ruleId === 'rolling-captions')).toBe(true);
  });

  it('ordinary captions keep a word that ends one cue and starts the next', () => {
    const srt = srtOf([
      ['00:00:01,000', '00:00:02,000', 'We went to the'],
      ['00:00:02,000', '00:00:03,000', 'the old mill and'],
      ['00:00:03,000', '00:00:04,000', 'and then home.'],
    ]);
    const ingested = subtitlesToLines(srt);
    expect(ingested.text).toBe('We went to the the old mill and and then home.');
    expect(ingested.messages ?? []).toEqual([]);
  });

  it('never drops a cue said twice in ordinary captions', () => {
    const srt = srtOf([
      ['00:00:01,000', '00:00:02,000', 'Lock him up!'],
      ['00:00:02,000', '00:00:03,000', 'Lock him up!'],
    ]);
    expect(subtitlesToLines(srt).text).toBe('Lock him up! Lock him up!');
  });
});

describe('SRT and WebVTT keep their clock', () => {
  const SRT = srtOf([
    ['00:01:00,000', '00:01:02,500', 'The storm reached the coast'],
    ['00:01:02,600', '00:01:05,000', 'shortly before midnight.'],
    ['00:01:09,000', '00:01:12,000', 'By morning, the roads were closed.'],
    ['00:01:12,100', '00:01:14,000', 'Schools stay shut today.'],
  ]);

  it('gives back subtitles whose every cue starts on a word time of the input', () => {
    const ingested = subtitlesToLines(SRT);
    const starts = (ingested.timedTokens ?? []).map((t) => t.start);
    expect(starts[0]).toBe(60_000);
    const { rendered, document } = produce(SRT, 'srt', options, 'srt');
    expect(document.timed).toBe(true);
    const body = String(rendered?.body);
    expect(srtErrors(body)).toEqual([]);
    const cues = parseSrt(body);
    expect(cues[0]?.startMs).toBe(60_000);
    for (const cue of cues) {
      expect(Math.min(...starts.map((s) => Math.abs(s - cue.startMs)))).toBeLessThanOrEqual(
        FRAME_MS,
      );
    }
    // The 4-second pause before "By morning" starts a cue on the input's cue time.
    expect(cues.some((c) => c.startMs === 69_000)).toBe(true);
    expect(norm(cues.flatMap(cueWords).join(' '))).toEqual(
      norm(
        'The storm reached the coast shortly before midnight. By morning, the roads were closed. Schools stay shut today.',
      ),
    );
  });

  it('shares a cue’s time among its words by length', () => {
    const tokens =
      subtitlesToLines(srtOf([['00:00:00,000', '00:00:01,000', 'a bbb']])).timedTokens ?? [];
    expect(tokens).toEqual([
      { text: 'a', start: 0, end: 250, speaker: null },
      { text: 'bbb', start: 250, end: 1000, speaker: null },
    ]);
  });
});

describe('speakers in cues', () => {
  it('Zoom: `Name: text` in each cue, consecutive cues of one speaker are one turn', () => {
    const zoom = `WEBVTT

1
00:00:01.000 --> 00:00:03.000
Jane Doe: Thanks everyone for joining.

2
00:00:03.100 --> 00:00:05.000
Jane Doe: Let's start with the budget.

3
00:00:05.100 --> 00:00:07.000
Sam Patel: The budget is on track.

4
00:00:07.100 --> 00:00:09.000
Jane Doe: Good to hear.
`;
    const ingested = subtitlesToLines(zoom);
    expect(ingested.text.split('\n\n')).toEqual([
      "Jane Doe: Thanks everyone for joining. Let's start with the budget.",
      'Sam Patel: The budget is on track.',
      'Jane Doe: Good to hear.',
    ]);
    expect(ingested.timedTokens?.map((t) => t.text)).not.toContain('Doe:');
    const { document } = produce(zoom, 'json', options, 'vtt');
    const speech = document.blocks.filter((b) => b.type === 'speech');
    expect(speech).toHaveLength(3);
    expect(speech[0]?.speaker).toBe(speech[2]?.speaker);
    expect(speech[0]?.speaker).not.toBe(speech[1]?.speaker);
    expect(speech[0]?.text).not.toContain('Jane');
    expect(speech[1]?.startMs).toBe(5100);
  });

  it('Teams: `<v Name>` voices, one turn while the voice stays', () => {
    const teams = `WEBVTT

00:00:01.000 --> 00:00:02.000
<v Ana Lima>Good morning.</v>

00:00:02.100 --> 00:00:03.000
<v Ana Lima>Shall we begin?</v>

00:00:03.100 --> 00:00:04.000
<v Ben Ode>Yes, please.</v>
`;
    expect(subtitlesToLines(teams).text.split('\n\n')).toEqual([
      'Ana Lima: Good morning. Shall we begin?',
      'Ben Ode: Yes, please.',
    ]);
  });

  it('dialogue dashes start a turn each', () => {
    const srt = srtOf([['00:00:01,000', '00:00:03,000', '- Are you coming?\n-In a minute.']]);
    // The second voice is another speaker (`>>`), not the first one going on.
    expect(subtitlesToLines(srt).text.split('\n\n')).toEqual([
      'Are you coming?',
      '>> In a minute.',
    ]);
  });
});

describe('dialogue dashes: two voices in one cue', () => {
  /** Paragraphs of the text, and the speaker of each speech block of the document. */
  function read(cues: [string, string, string][]) {
    const srt = srtOf(cues);
    const { document } = produce(srt, 'json', options, 'srt');
    return {
      paragraphs: subtitlesToLines(srt).text.split('\n\n'),
      speakers: document.blocks.filter((b) => b.type !== 'direction').map((b) => b.speaker),
      srt: parseSrt(String(produce(srt, 'srt', options, 'srt').rendered?.body)),
    };
  }
  const JANE: [string, string, string] = ['00:00:01,000', '00:00:02,500', 'JANE: Good evening.'];

  it.each([
    ['Netflix, both lines dashed, no space', '-Are you coming?\n-In a minute.'],
    ['both lines dashed, with a space', '- Are you coming?\n- In a minute.'],
    ['en dash', '– Are you coming?\n– In a minute.'],
  ])('%s: the second line is another voice than the first', (_, cue) => {
    const { paragraphs, speakers } = read([JANE, ['00:00:03,000', '00:00:05,000', cue]]);
    expect(paragraphs).toEqual(['JANE: Good evening.', 'Are you coming?', '>> In a minute.']);
    // The first line says nothing of the cue before: Jane's turn goes on; the second is not her.
    expect(speakers).toHaveLength(3);
    expect(speakers[1]).toBe(speakers[0]);
    expect(speakers[2]).not.toBe(speakers[1]);
  });

  it('DVD and Nordic style, the second line only: the first line goes on, the second is another voice', () => {
    const { paragraphs, speakers } = read([
      JANE,
      ['00:00:03,000', '00:00:05,000', 'Are you coming?\n- In a minute.'],
    ]);
    expect(paragraphs).toEqual(['JANE: Good evening. Are you coming?', '>> In a minute.']);
    expect(speakers).toHaveLength(2);
    expect(speakers[1]).not.toBe(speakers[0]);
  });

  it('a two-voice cue comes out as a two-voice cue (both lines dashed)', () => {
    const { srt } = read([JANE, ['00:00:03,000', '00:00:05,000', '- Are you coming?\n- Not yet.']]);
    expect(srt.at(-1)?.lines).toEqual(['-Are you coming?', '-Not yet.']);
  });

  it('a break-off dash ends the first voice: the next dashed line is the second', () => {
    for (const cue of ['-I was going to—\n-Don’t.', 'I was going to—\n- Don’t.']) {
      const { paragraphs } = read([['00:00:01,000', '00:00:03,000', cue]]);
      expect(paragraphs).toEqual(['I was going to—', '>> Don’t.']);
    }
  });

  it('in a cue opened with a dash, a second voice starting in lower case is still a voice', () => {
    const { paragraphs } = read([
      ['00:00:01,000', '00:00:03,000', '-We could wait—\n-or leave now.'],
    ]);
    expect(paragraphs).toEqual(['We could wait—', '>> or leave now.']);
  });

  it('a bracketed direction before a dashed line: the line is a voice', () => {
    const { paragraphs } = read([['00:00:01,000', '00:00:03,000', '[DOOR SLAMS]\n- Who’s there?']]);
    expect(paragraphs).toEqual(['[DOOR SLAMS]', '>> Who’s there?']);
  });

  it('counter-case: a sentence broken off and taken up in the next cue is one voice, dash kept', () => {
    const { paragraphs, speakers } = read([
      ['00:00:01,000', '00:00:02,000', 'I was going to—'],
      ['00:00:02,100', '00:00:03,500', '—to tell you.'],
    ]);
    expect(paragraphs).toEqual(['I was going to— —to tell you.']);
    expect(speakers).toHaveLength(1);
  });

  it('counter-case: a list after a colon, or in lower case, is no change of speaker', () => {
    expect(
      read([['00:00:01,000', '00:00:04,000', 'Bring:\n- water\n- blankets.']]).paragraphs,
    ).toEqual(['Bring: - water - blankets.']);
    expect(read([['00:00:01,000', '00:00:04,000', 'You need:\n- Water.']]).paragraphs).toEqual([
      'You need: - Water.',
    ]);
  });

  it('counter-case: a dashed line after a line that runs on is the same voice', () => {
    const { paragraphs } = read([
      ['00:00:01,000', '00:00:04,000', 'The road to\n- the north is shut.'],
    ]);
    expect(paragraphs).toEqual(['The road to - the north is shut.']);
  });

  it('a lone dashed cue after another speaker keeps its old reading: a new paragraph, no claim', () => {
    const { paragraphs, speakers } = read([JANE, ['00:00:03,000', '00:00:04,000', '- Not yet.']]);
    expect(paragraphs).toEqual(['JANE: Good evening.', 'Not yet.']);
    expect(speakers[1]).toBe(speakers[0]);
  });
});

describe('prompter and print times from timed input', () => {
  it('RUNS is the bite’s spoken time and RT the audio’s running time, pauses included', async () => {
    const { compileScript } = await import('../../src/layouts/script.ts');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const source = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'asr', 'whisperx.json'),
      'utf8',
    );
    const { document } = produce(source, 'json', options, 'json');
    const script = compileScript(document, { uppercase: false });
    const first = document.blocks.find((b) => b.startMs !== null);
    const last = document.blocks.at(-1);
    // Total: from the first word to the last, not the sum of the blocks (which skips the pauses).
    expect(script.totalMs).toBe((last?.endMs ?? 0) - (first?.startMs ?? 0));
    const sum = document.blocks.reduce((s, b) => s + b.durationMs, 0);
    expect(script.totalMs).toBeGreaterThan(sum);
    for (const item of script.items) {
      const b = item.block;
      if (b.startMs === null || b.endMs === null) continue;
      expect(item.endMs).toBe(b.endMs - (first?.startMs ?? 0));
      expect(b.durationMs).toBe(b.endMs - b.startMs);
    }
  });
});

describe('word-timed captions that do not roll', () => {
  it('keep a line said twice and take each word’s inline time', () => {
    const vtt = `WEBVTT

00:00:01.000 --> 00:00:03.000
Lock<00:00:01.400> him<00:00:01.700> up!

00:00:03.000 --> 00:00:05.000
Lock<00:00:03.400> him<00:00:03.700> up!

00:00:05.000 --> 00:00:07.000
The<00:00:05.300> crowd<00:00:05.800> chanted.
`;
    const ingested = subtitlesToLines(vtt);
    expect(ingested.text).toBe('Lock him up! Lock him up! The crowd chanted.');
    expect(ingested.messages ?? []).toEqual([]);
    expect(ingested.timedTokens?.map((t) => t.start)).toEqual([
      1000, 1400, 1700, 3000, 3400, 3700, 5000, 5300, 5800,
    ]);
  });
});
