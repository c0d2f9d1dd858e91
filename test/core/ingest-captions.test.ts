/**
 * Caption exports as timed input: TTML (DFXP, IMSC, EBU-TT-D), YouTube SBV, ASS/SSA. Each is
 * read to cues and goes the SRT/WebVTT path: the words once, in order, on the input's clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/document.ts';
import { normalizeWord } from '../../src/core/timed.ts';
import { assToLines } from '../../src/ingest/ass.ts';
import {
  detectInputFormat,
  formatFromFileName,
  type InputFormat,
  ingest,
} from '../../src/ingest/index.ts';
import { sbvToLines } from '../../src/ingest/sbv.ts';
import { sccToLines } from '../../src/ingest/scc.ts';
import { subtitlesToLines } from '../../src/ingest/subtitles.ts';
import { parseTtmlTime, ttmlClock, ttmlToLines } from '../../src/ingest/ttml.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { parseSrt, srtErrors } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const FRAME_MS = 40;
const norm = (text: string): string[] => text.split(/\s+/).map(normalizeWord).filter(Boolean);
const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'captions', name), 'utf8');
const rules = (messages: readonly Message[] | undefined): string[] =>
  (messages ?? []).map((m) => m.ruleId);

/**
 * The issue-12 property, as the SRT/WebVTT tests check it: the SRT written from the input has
 * every spoken word of it once, in order, and each of its cues starts on a word time of the input
 * within one frame. Returns the tokens read.
 */
function expectSrtOnInputClock(input: string, format: InputFormat, spoken: string) {
  const ingested = ingest(input, format);
  const tokens = ingested.timedTokens ?? [];
  expect(norm(tokens.map((t) => t.text).join(' '))).toEqual(norm(spoken));
  const { rendered, document } = produce(input, 'srt', options, format);
  expect(document.timed).toBe(true);
  const body = String(rendered?.body);
  expect(srtErrors(body)).toEqual([]);
  const cues = parseSrt(body);
  expect(norm(cues.flatMap(cueWords).join(' '))).toEqual(norm(spoken));
  const starts = tokens.map((t) => t.start);
  for (const cue of cues) {
    expect(Math.min(...starts.map((s) => Math.abs(s - cue.startMs)))).toBeLessThanOrEqual(FRAME_MS);
  }
  return { ingested, tokens, document };
}

/** The start of the first token of each of these words (in order of appearance). */
function startsOf(tokens: readonly { text: string; start: number }[], words: string[]): number[] {
  return words.map((w) => tokens.find((t) => t.text === w)?.start ?? Number.NaN);
}

describe('TTML time expressions', () => {
  const clock25 = ttmlClock(new Map([['ttp:frameRate', '25']]));
  const ntsc = ttmlClock(
    new Map([
      ['ttp:frameRate', '30'],
      ['ttp:frameRateMultiplier', '1000 1001'],
    ]),
  );
  const ticks = ttmlClock(new Map([['ttp:tickRate', '10000000']]));
  it.each([
    ['00:00:01.000', 1000, clock25],
    ['00:01:02.5', 62_500, clock25],
    ['01:00:00.1234', 3_600_123, clock25],
    ['00:00:01:12', 1480, clock25],
    ['00:00:02:24', 2960, clock25],
    ['12.5s', 12_500, clock25],
    ['500ms', 500, clock25],
    ['1.5m', 90_000, clock25],
    ['2h', 7_200_000, clock25],
    ['50f', 2000, clock25],
    ['25000000t', 2500, ticks],
    // Media time at 29.97: whole seconds as they are, frames of 1001/30 ms.
    ['00:00:10:15', 10_000 + (15 * 1001) / 30, ntsc],
  ])('%s is %d ms', (value, ms, clock) => {
    expect(parseTtmlTime(value, clock)).toBeCloseTo(ms, 3);
  });
  it('reads SMPTE drop-frame labels as the shared timecode reader does', () => {
    const drop = ttmlClock(
      new Map([
        ['ttp:frameRate', '30'],
        ['ttp:frameRateMultiplier', '1000 1001'],
        ['ttp:timeBase', 'smpte'],
        ['ttp:dropMode', 'dropNTSC'],
      ]),
    );
    // 00:01:00;02 is frame 1800 (frames 0 and 1 of minute 1 are dropped): 1800 × 1001/30 ms.
    expect(parseTtmlTime('00:01:00:02', drop)).toBeCloseTo(60_060, 3);
  });
  it.each(['00:00:01:25', '1:2:3', '00:61:00.000', '12', 's', '-1s', '10x'])(
    'refuses %j',
    (value) => {
      expect(parseTtmlTime(value, clock25)).toBeNull();
    },
  );
});

describe('TTML input', () => {
  it('was read as something else before: a pasted DFXP is TTML now, not text or HTML', () => {
    expect(detectInputFormat(fixture('broadcast.dfxp'))).toBe('ttml');
    expect(detectInputFormat(fixture('imsc-agents.ttml'))).toBe('ttml');
    expect(detectInputFormat('<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"/>')).toBe('ttml');
    expect(detectInputFormat('<p>Hello</p>')).toBe('html');
    // HTML's old teletype element is not a caption file.
    expect(detectInputFormat('<tt>printf</tt> prints.')).not.toBe('ttml');
  });

  it('a DFXP from a broadcast tool: frame times, a div offset, speakers by colour', () => {
    const spoken =
      'Good evening. The city council voted tonight to close the old bridge for repairs. We had no choice. The river rose three feet. How long will it be closed? At least six months.';
    const { ingested, tokens, document } = expectSrtOnInputClock(
      fixture('broadcast.dfxp'),
      'ttml',
      spoken,
    );
    // `<div begin="00:00:10:00">` adds ten seconds to every paragraph; `:12` is 12 frames of 25.
    expect(startsOf(tokens, ['Good', 'to', 'We', 'How', 'At'])).toEqual([
      10_000, 12_480, 15_200, 18_000, 20_600,
    ]);
    expect(tokens.at(-1)?.end).toBe(23_000);
    // Each colour is a voice of its own: white, yellow, cyan, and yellow again.
    expect(ingested.text.split('\n\n')).toEqual([
      'Speaker 1: Good evening. The city council voted tonight to close the old bridge for repairs.',
      'Speaker 2: We had no choice. The river rose three feet.',
      'Speaker 3: How long will it be closed?',
      'Speaker 2: At least six months.',
    ]);
    expect(rules(ingested.messages)).toEqual(
      expect.arrayContaining(['caption-styling', 'caption-metadata', 'caption-colour-speakers']),
    );
    // The first coloured line: the white speaker's paragraph.
    expect(ingested.messages?.find((m) => m.ruleId === 'caption-colour-speakers')?.line).toBe(21);
    const metadata = ingested.messages?.find((m) => m.ruleId === 'caption-metadata');
    expect(metadata?.actual).toContain('Evening News: Bridge Vote');
    expect(metadata?.line).toBe(7);
    expect(ingested.messages?.find((m) => m.ruleId === 'caption-styling')?.line).toBe(11);
    // Each paragraph maps back to the `<p>` it came from.
    const speech = document.blocks.filter((b) => b.type !== 'direction');
    expect(speech.map((b) => b.line)).toEqual([21, 23, 24, 25]);
  });

  it('an IMSC with agents, tick times, <br/> and nested spans', () => {
    const spoken =
      'Thanks for joining us. The storm hit at dawn. Crews are out across the county. Power is back for most homes & schools.';
    const { ingested, tokens, document } = expectSrtOnInputClock(
      fixture('imsc-agents.ttml'),
      'ttml',
      spoken,
    );
    expect(ingested.text.split('\n\n')).toEqual([
      'Maria Lopez: Thanks for joining us. The storm hit at dawn. Crews are out across the county.',
      'Tom Reed: Power is back for most homes & schools.',
    ]);
    expect(startsOf(tokens, ['Thanks', 'Crews', 'Power'])).toEqual([1000, 3600, 6200]);
    // `dur` counts from the paragraph's own begin: 6.2 s + 2.5 s.
    expect(tokens.at(-1)?.end).toBe(8700);
    const speakers = document.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker);
    expect(speakers).toHaveLength(2);
    expect(speakers[0]).not.toBe(speakers[1]);
    expect(rules(ingested.messages)).not.toContain('caption-colour-speakers');
  });

  it('EBU-TT-D with the tt: prefix and spans timed word by word', () => {
    const ebu = `<?xml version="1.0"?>
<tt:tt xmlns:tt="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:timeBase="media">
  <tt:body><tt:div>
    <tt:p begin="00:00:02.000" end="00:00:04.000"><tt:span>Rain</tt:span> <tt:span begin="00:00:00.800">later</tt:span> <tt:span begin="1.4s">today.</tt:span></tt:p>
    <tt:p><tt:span begin="00:00:05.000" end="00:00:05.600">Sun</tt:span> <tt:span begin="00:00:05.600" end="00:00:06.500">tomorrow.</tt:span></tt:p>
  </tt:div></tt:body>
</tt:tt>`;
    const ingested = ttmlToLines(ebu);
    expect(ingested.text).toBe('Rain later today. Sun tomorrow.');
    expect(ingested.timedTokens?.map((t) => t.start)).toEqual([2000, 2800, 3400, 5000, 5600]);
    expect(ingested.timedTokens?.at(-1)?.end).toBe(6500);
  });

  it('a sound or music role is a direction, not words said', () => {
    const ingested =
      ttmlToLines(`<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"><body><div>
<p begin="1s" end="2s">The vote is in.</p>
<p begin="2s" end="3s" ttm:role="sound">Applause</p>
<p begin="3s" end="4s" ttm:role="music">[Anthem plays]</p>
<p begin="4s" end="5s" ttm:role="dialog">Thank you.</p>
</div></body></tt>`);
    expect(ingested.text.split('\n\n')).toEqual([
      'The vote is in.',
      '[Applause]',
      '[Anthem plays]',
      'Thank you.',
    ]);
    expect(ingested.timedTokens?.map((t) => t.text)).toEqual([
      'The',
      'vote',
      'is',
      'in.',
      'Thank',
      'you.',
    ]);
    expect(ingested.messages?.find((m) => m.ruleId === 'caption-role-direction')).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/Bracketed 1 caption line/),
    });
  });

  it('reports what it cannot read, and never throws', () => {
    const notTt = ttmlToLines('<?xml version="1.0"?><html><body><p>Hi</p></body></html>');
    expect(notTt.text).toBe('');
    expect(notTt.messages?.[0]).toMatchObject({ ruleId: 'ttml-not-tt', severity: 'error' });

    const broken = ttmlToLines(`<tt xmlns="http://www.w3.org/ns/ttml"><body><div>
<p begin="00:00:01.000" end="00:00:02.000">One
<p begin="00:00:03.000" end="00:00:zz">Lost</p>
<p begin="00:00:06.000" end="00:00:05.000">Backwards</p>
<p begin="00:00:00.500" end="00:00:00.900">Earlier</p>`);
    expect(rules(broken.messages)).toEqual(
      expect.arrayContaining([
        'xml-malformed',
        'caption-bad-time',
        'cue-ends-before-start',
        'cues-reordered',
      ]),
    );
    // Read in time order: the paragraph placed last in the file is said first.
    expect(broken.timedTokens?.[0]).toMatchObject({ text: 'Earlier', start: 500 });
    expect(broken.messages?.find((m) => m.ruleId === 'caption-bad-time')?.line).toBe(3);
    expect(broken.text).not.toContain('Lost');
    expect(broken.timedTokens?.find((t) => t.text === 'Backwards')?.start).toBe(6000);

    const stray = ttmlToLines(`<tt xmlns="http://www.w3.org/ns/ttml"><body><div>
Stray words
<p begin="1s" end="2s">Kept.</p><x:note xmlns:x="urn:example">Producer note</x:note>
</div></body></tt>`);
    expect(stray.text).toBe('Kept.');
    expect(stray.messages?.find((m) => m.ruleId === 'ttml-text-outside-p')).toMatchObject({
      line: 2,
      actual: 'Stray words',
    });
    expect(stray.messages?.find((m) => m.ruleId === 'caption-metadata')?.actual).toBe(
      'note: Producer note',
    );

    // No times anywhere: the words are kept, untimed, and that is said.
    const untimed = ttmlToLines(
      '<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p>First.</p><p>Second.</p></div></body></tt>',
    );
    expect(untimed.text).toBe('First.\n\nSecond.');
    expect(untimed.timedTokens).toBeUndefined();
    expect(rules(untimed.messages)).toContain('caption-untimed');

    for (const input of ['<tt', '<tt xmlns="x"><body><p begin="1s">', '<<<>>>', '']) {
      expect(() => produce(input, 'srt', options, 'ttml')).not.toThrow();
    }
  });

  it('one colour in several spellings is one speaker', () => {
    const ingested =
      ttmlToLines(`<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"><body><div>
<p begin="1s" end="2s"><span tts:color="white">The storm hit.</span></p>
<p begin="2s" end="3s"><span tts:color="#FFFFFFFF">Roads closed.</span></p>
<p begin="3s" end="4s"><span tts:color="rgb(255, 255, 0)">Is anyone hurt?</span></p>
<p begin="4s" end="5s"><span tts:color="#fff">No one.</span></p>
</div></body></tt>`);
    expect(ingested.text.split('\n\n')).toEqual([
      'Speaker 1: The storm hit. Roads closed.',
      'Speaker 2: Is anyone hurt?',
      'Speaker 1: No one.',
    ]);
  });

  it('two colours in one caption are two voices, as in SRT', () => {
    const ingested =
      ttmlToLines(`<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"><body><div>
<p begin="1s" end="3s"><span tts:color="white">Is anyone hurt?</span><br/><span tts:color="yellow">No one.</span></p>
</div></body></tt>`);
    expect(ingested.text.split('\n\n')).toEqual([
      'Speaker 1: Is anyone hurt?',
      'Speaker 2: No one.',
    ]);
  });

  it('keeps `<` and `&` in the words as text, not markup', () => {
    const ingested = ttmlToLines(
      '<tt xmlns="http://www.w3.org/ns/ttml"><body><p begin="1s" end="3s">Q&amp;A: 3 &lt; 4 &lt;v Bob&gt;</p></body></tt>',
    );
    expect(ingested.text).toBe('Q&A: 3 < 4 <v Bob>');
  });

  it.each([['imsc' as const], ['ebu-tt-d' as const]])(
    'round trip: our own %s read back gives the same words and times',
    (output) => {
      const srt = [
        '1\n00:00:01,000 --> 00:00:03,480\n>> JANE SMITH: Good evening, the storm reached the coast',
        '2\n00:00:03,600 --> 00:00:06,000\nshortly before midnight.',
        '3\n00:00:09,000 --> 00:00:12,040\n>> TOM REED: By morning the roads were closed.',
      ].join('\n\n');
      const first = produce(srt, 'srt', options, 'srt');
      const firstCues = parseSrt(String(first.rendered?.body));
      const ttml = String(produce(srt, output, options, 'srt').rendered?.body);
      expect(detectInputFormat(ttml)).toBe('ttml');
      const back = ttmlToLines(ttml);
      const tokens = back.timedTokens ?? [];
      expect(norm(tokens.map((t) => t.text).join(' '))).toEqual(
        norm(firstCues.flatMap(cueWords).join(' ')),
      );
      // Each cue written starts, read back, on its first word within a frame.
      let w = 0;
      for (const cue of firstCues) {
        expect(Math.abs((tokens[w]?.start ?? Number.NaN) - cue.startMs)).toBeLessThanOrEqual(
          FRAME_MS,
        );
        w += cueWords(cue).length;
      }
      const again = parseSrt(String(produce(ttml, 'srt', options, 'ttml').rendered?.body));
      expect(again.map((c) => c.startMs)).toEqual(firstCues.map((c) => c.startMs));
    },
  );
});

describe('YouTube SBV input', () => {
  it('reads cues, keeps their times, turns at >>', () => {
    const sbv = fixture('youtube.sbv');
    expect(detectInputFormat(sbv)).toBe('sbv');
    const spoken =
      'Good morning, and welcome to the program. Today we look at the harbor project. Thank you for having me.';
    const { ingested, tokens } = expectSrtOnInputClock(sbv, 'sbv', spoken);
    expect(startsOf(tokens, ['Good', 'Today', 'Thank'])).toEqual([1000, 3500, 7000]);
    expect(ingested.text.split('\n\n')).toEqual([
      '>> Good morning, and welcome to the program. Today we look at the harbor project.',
      '>> Thank you for having me.',
      '[Music]',
    ]);
  });

  it('drops a cue whose timing does not parse, reported with its line', () => {
    const ingested = sbvToLines(
      '0:00:01.000,0:00:02.000\nKept.\n\n0:00:75.000,0:00:76.000\nDropped words.\n\n0:00:03.000,0:00:04.000\nAlso kept.\n',
    );
    expect(ingested.text).toBe('Kept. Also kept.');
    expect(ingested.messages?.[0]).toMatchObject({
      ruleId: 'caption-bad-cue',
      line: 4,
      severity: 'warning',
    });
    expect(ingested.messages?.[0]?.actual).toContain('Dropped words.');
  });
});

describe('ASS and SSA input', () => {
  it('reads Dialogue events: Name as the speaker, override tags and drawings dropped', () => {
    const ass = fixture('council.ass');
    expect(detectInputFormat(ass)).toBe('ass');
    const spoken =
      'Good evening, everyone. The council is in session. First, the budget, which we vote on tonight. I move to approve it, as amended.';
    const { ingested, tokens, document } = expectSrtOnInputClock(ass, 'ass', spoken);
    expect(ingested.text.split('\n\n')).toEqual([
      'Mayor Ruiz: Good evening, everyone. The council is in session. First, the budget, which we vote on tonight.',
      'Ana Ortiz: I move to approve it, as amended.',
    ]);
    expect(startsOf(tokens, ['Good', 'First,', 'I'])).toEqual([1000, 4500, 7300]);
    const speakers = document.blocks.filter((b) => b.type === 'speech').map((b) => b.speaker);
    expect(speakers).toHaveLength(2);
    expect(speakers[0]).not.toBe(speakers[1]);
    const byRule = new Map((ingested.messages ?? []).map((m) => [`${m.ruleId}:${m.line}`, m]));
    expect([...byRule.keys()]).toEqual(
      expect.arrayContaining([
        'caption-styling:12',
        'caption-styling:19',
        'caption-drawing:21',
        'caption-comment:17',
        'caption-metadata:3',
      ]),
    );
    expect(byRule.get('caption-comment:17')?.actual).toBe(
      'Timing checked against the broadcast master',
    );
    expect(ingested.text).not.toMatch(/\\|\{|m 0 0/);
  });

  it('reads SSA v4 by its Format line, and reports events that do not parse', () => {
    const ssa = `[Script Info]
ScriptType: v4.00

[Events]
Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: Marked=0,0:00:02.50,0:00:04.00,Default,NARRATOR,0000,0000,0000,,It was late.\\nThe lights were on.
Dialogue: Marked=0,0:00:xx.00,0:00:05.00,Default,,0000,0000,0000,,Never shown
Dialogue: Marked=0,0:00:05.00
`;
    const ingested = assToLines(ssa);
    expect(ingested.text).toBe('NARRATOR: It was late. The lights were on.');
    expect(ingested.timedTokens?.[0]?.start).toBe(2500);
    const bad = ingested.messages?.find((m) => m.ruleId === 'caption-bad-cue');
    expect(bad).toMatchObject({ line: 7, severity: 'warning' });
    expect(bad?.reason).toMatch(/2 event line/);
    expect(assToLines('Dialogue: nothing').messages?.[0]?.ruleId).toBe('ass-no-events');
  });
});

describe('ASS karaoke and literal text', () => {
  const events = (text: string): string =>
    `[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:10.00,0:00:13.00,Default,,0,0,0,karaoke,${text}\n`;
  it('a karaoke tag at a word start times the word; one inside a word does not split it', () => {
    const ingested = assToLines(
      events('{\\k50}Fly {\\k30}me {\\kf40}to {\\k20}the {\\k25}mo{\\k35}on'),
    );
    expect(ingested.text).toBe('Fly me to the moon');
    expect(ingested.timedTokens?.map((t) => t.start)).toEqual([
      10_000, 10_500, 10_800, 11_200, 11_400,
    ]);
  });
  it('keeps `<` and `&` as text, and drops the override tags around words', () => {
    expect(assToLines(events('Tom & Jerry <3 {\\b1}rule{\\b0}')).text).toBe('Tom & Jerry <3 rule');
  });
});

describe('Scenarist SCC input', () => {
  it('decodes pop-on and roll-up captions on their frames, channel 1 only', () => {
    const scc = fixture('broadcast.scc');
    expect(detectInputFormat(scc)).toBe('scc');
    const spoken =
      'GOOD EVENING. THE CITY COUNCIL VOTED TONIGHT TO CLOSE THE OLD BRIDGE. WE HAD NO CHOICE. THE RIVER ROSE THREE FEET. HOW LONG? ASK THE CAFÉ';
    const { ingested, tokens } = expectSrtOnInputClock(scc, 'scc', spoken);
    expect(ingested.text.split('\n\n')).toEqual([
      'GOOD EVENING. THE CITY COUNCIL VOTED TONIGHT TO CLOSE THE OLD BRIDGE.',
      '>> WE HAD NO CHOICE. THE RIVER ROSE THREE FEET.',
      '>> HOW LONG? ASK THE CAFÉ',
    ]);
    // A pop-on caption shows on the frame after its EOC (1;29 → frame 60, 3;29 → frame 120); a
    // roll-up row from its first character (6;00 + 6 words, 8;00 + 4); frames of 1001/30 ms.
    const frame = (n: number): number => Math.round((n * 1001) / 30);
    expect(startsOf(tokens, ['GOOD', 'WE', 'HOW'])).toEqual([frame(60), frame(186), frame(360)]);
    const second = tokens.findIndex((t) => t.text === 'CHOICE.') + 1;
    expect(tokens[second]).toMatchObject({ text: 'THE', start: frame(244) });
    expect(tokens.find((t) => t.text === 'OLD')?.start).toBeGreaterThan(frame(120));
    // The roll-up row stays up until the next caption replaces it; the last goes at its EDM.
    expect(tokens.find((t) => t.text === 'FEET.')?.end).toBe(frame(360));
    expect(tokens.at(-1)?.end).toBe(frame(421));
    expect(rules(ingested.messages)).toEqual(
      expect.arrayContaining(['scc-other-channel', 'caption-styling']),
    );
    expect(ingested.text).not.toContain('SPANISH');
  });

  it('reports lines that do not parse and bytes with wrong parity', () => {
    const read = sccToLines(
      'Scenarist_SCC V1.0\n\n00:00:01;00\t9420 9420 94ae 94ae 9470 9470 c845 4c4c 4f80\n\nnot a line\n\n00:00:02;00\t942f 942f\n\n00:00:03;00\t942c 942c c5c5\n',
    );
    expect(read.text).toBe('HELLO');
    expect(read.timedTokens?.[0]?.start).toBe(Math.round((61 * 1001) / 30));
    expect(read.messages?.find((m) => m.ruleId === 'caption-bad-cue')).toMatchObject({ line: 5 });
    // 0xC5 has four bits set: even, so both bytes of the word break odd parity.
    expect(read.messages?.find((m) => m.ruleId === 'scc-parity')?.line).toBe(9);
    expect(read.messages?.find((m) => m.ruleId === 'scc-never-shown')).toMatchObject({
      line: 9,
      actual: 'EE',
    });
    expect(sccToLines('00:00:01;00\t9420').messages?.[0]?.ruleId).toBe('scc-no-header');
  });

  it('round trip: our own SCC read back gives the same words on the same frames', () => {
    const srt = [
      '1\n00:00:05,000 --> 00:00:07,480\nGood evening, the storm reached the coast',
      '2\n00:00:09,000 --> 00:00:12,040\nBy morning the roads were closed. Café ♪',
    ].join('\n\n');
    const written = produce(srt, 'scc', options, 'srt');
    expect(rules(written.document.messages)).not.toContain('scc-late');
    const scc = String(written.rendered?.body);
    expect(detectInputFormat(scc)).toBe('scc');
    const firstCues = parseSrt(String(produce(srt, 'srt', options, 'srt').rendered?.body));
    const { tokens } = expectSrtOnInputClock(scc, 'scc', firstCues.flatMap(cueWords).join(' '));
    let w = 0;
    for (const cue of firstCues) {
      expect(Math.abs((tokens[w]?.start ?? Number.NaN) - cue.startMs)).toBeLessThanOrEqual(
        FRAME_MS,
      );
      w += cueWords(cue).length;
    }
  });
});

describe('caption formats from file names', () => {
  it.each([
    ['news.ttml', 'ttml'],
    ['NEWS.DFXP', 'ttml'],
    ['export.xml', 'ttml'],
    ['clip.sbv', 'sbv'],
    ['fansub.ass', 'ass'],
    ['old.ssa', 'ass'],
    ['line21.SCC', 'scc'],
    ['clip.en.json3', 'json'],
  ])('%s is %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
  it('an .xml file that is not TTML is reported, not read as text', () => {
    const read = ingest('<?xml version="1.0"?><rss><item>Hi</item></rss>', 'ttml');
    expect(read.text).toBe('');
    expect(read.messages?.[0]?.ruleId).toBe('ttml-not-tt');
    expect(read.messages?.[0]?.reason).toContain('<rss>');
  });
});

describe('any caption input', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
  const cue = fc.tuple(
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.integer({ min: 1, max: 9000 }),
    fc.array(word, { minLength: 1, maxLength: 6 }),
  );
  const clock = (ms: number, sep: string, fraction: number): string => {
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor(ms / 60_000) % 60;
    const s = Math.floor(ms / 1000) % 60;
    const f = String(ms % 1000)
      .padStart(3, '0')
      .slice(0, fraction);
    return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${sep}${f}`;
  };
  const writers: [InputFormat, (cues: [number, number, string[]][]) => string][] = [
    [
      'ttml',
      (cues) =>
        `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>${cues
          .map(([b, d, w]) => `<p begin="${b}ms" dur="${d}ms">${w.join(' ')}</p>`)
          .join('')}</div></body></tt>`,
    ],
    [
      'sbv',
      (cues) =>
        cues
          .map(([b, d, w]) => `${clock(b, '.', 3)},${clock(b + d, '.', 3)}\n${w.join(' ')}\n`)
          .join('\n'),
    ],
    [
      'ass',
      (cues) =>
        `[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n${cues
          .map(([b, d, w]) => {
            const start = Math.floor(b / 10) * 10;
            return `Dialogue: 0,${clock(start, '.', 2)},${clock(start + Math.max(10, Math.floor(d / 10) * 10), '.', 2)},Default,,0,0,0,,${w.join(' ')}`;
          })
          .join('\n')}\n`,
    ],
  ];
  it.each(writers)(
    '%s: every word once, in time order, each cue starting on its time',
    (format, write) => {
      fc.assert(
        fc.property(fc.array(cue, { minLength: 1, maxLength: 12 }), (raw) => {
          // Cues one after another, as a caption file has them.
          let at = 0;
          const cues = raw.map(([gap, d, w]): [number, number, string[]] => {
            const b = at + (gap % 5000);
            at = b + d;
            return [b, d, w];
          });
          const tokens = ingest(write(cues), format).timedTokens ?? [];
          expect(tokens.map((t) => t.text)).toEqual(cues.flatMap(([, , w]) => w));
          let i = 0;
          for (const [b, , w] of cues) {
            // ASS writes centiseconds.
            expect(Math.abs((tokens[i]?.start ?? Number.NaN) - b)).toBeLessThanOrEqual(10);
            i += w.length;
          }
        }),
        { numRuns: 60 },
      );
    },
  );
  it.each(['ttml', 'sbv', 'ass', 'scc'] as const)(
    '%s: never throws on arbitrary text',
    (format) => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
          const read = ingest(text, format);
          if (read.text) expect(read.sourceLines).toHaveLength(read.text.split('\n').length);
        }),
        { numRuns: 200 },
      );
      const heads: Record<string, string> = {
        ttml: '<tt xmlns="http://www.w3.org/ns/ttml"><body><p begin="1s" end="2s">',
        sbv: '0:00:01.000,0:00:02.000\n',
        ass: '[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,',
        scc: 'Scenarist_SCC V1.0\n\n00:00:01;00\t9420 94ae 9470 ',
      };
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (tail) => {
          expect(() => produce(`${heads[format]}${tail}`, 'srt', options, format)).not.toThrow();
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('caption colours as speakers (SRT <font color>, WebVTT colour classes)', () => {
  it('two or more colours: each a voice of its own, numbered in order, the colours named', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,000',
      '<font color="#ffffff">Good evening.</font>',
      '',
      '2',
      '00:00:03,200 --> 00:00:05,000',
      '<font color="#ffff00">We had no choice.</font>',
      '',
      '3',
      '00:00:05,200 --> 00:00:07,000',
      '<font color="#ffffff">How long?</font>',
      '',
    ].join('\n');
    const read = subtitlesToLines(srt);
    expect(read.text.split('\n\n')).toEqual([
      'Speaker 1: Good evening.',
      'Speaker 2: We had no choice.',
      'Speaker 1: How long?',
    ]);
    const m = read.messages?.find((x) => x.ruleId === 'caption-colour-speakers');
    expect(m?.reason).toContain('#ffff00 → Speaker 2');
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:03.000\n<c.yellow>Is anyone hurt?</c>\n\n00:03.200 --> 00:05.000\n<c.cyan>No one.</c>\n';
    expect(subtitlesToLines(vtt).text.split('\n\n')).toEqual([
      'Speaker 1: Is anyone hurt?',
      'Speaker 2: No one.',
    ]);
  });

  it('one colour throughout is styling, not a speaker', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:03,000\n<font color="#ffff00">Good evening.</font>\n\n2\n00:00:03,200 --> 00:00:05,000\n<font color="#ffff00">Hello.</font>\n';
    expect(subtitlesToLines(srt).text).toBe('Good evening. Hello.');
  });
});
