import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { type Options, optionsSchema } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import { renderSrt } from '../../src/subtitles/srt.ts';
import { graphemeCount, words as visibleWords } from '../../src/subtitles/text.ts';
import { renderVtt } from '../../src/subtitles/vtt.ts';
import { classifyBreak } from '../../src/subtitles/words.ts';
import {
  joinedPieces,
  makeDoc,
  namedCues,
  parseSrt,
  parseVtt,
  shownWords,
  spokenWords,
  srtErrors,
} from './subtitles-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEED = readFileSync(join(FIXTURES, 'seed', '000_f12ffaff09c5b2fe.txt'), 'utf8');
const CORPUS = readdirSync(join(FIXTURES, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(FIXTURES, 'corpus', f), 'utf8')] as const);

function options(input: Options = {}) {
  return optionsSchema().parse(input);
}

function srtOf(text: string, input: Options = {}) {
  const o = options(input);
  const doc = formatTranscript(text, o);
  return { doc, out: renderSrt(doc, o) };
}

function vttOf(text: string, input: Options = {}) {
  const o = options(input);
  const doc = formatTranscript(text, o);
  return { doc, out: renderVtt(doc, o) };
}

describe('registration', () => {
  it('serves output=srt and output=vtt through the renderer registry', () => {
    const doc = formatTranscript(SEED);
    expect(RENDERERS.srt?.(doc, options()).contentType).toBe('application/x-subrip; charset=utf-8');
    expect(RENDERERS.srt?.(doc, options()).extension).toBe('srt');
    expect(RENDERERS.vtt?.(doc, options()).contentType).toBe('text/vtt; charset=utf-8');
    expect(RENDERERS.vtt?.(doc, options()).extension).toBe('vtt');
  });
});

describe('validators: srt-validator and webvtt-parser report zero errors', () => {
  const inputs: [string, string][] = [
    ['seed', SEED],
    ...CORPUS.map(([f, t]) => [f, t] as [string, string]),
  ];
  const profiles = ['netflix', 'bbc', 'dcmp'] as const;
  for (const [name, text] of inputs) {
    for (const profile of profiles) {
      it(`${name} (${profile})`, () => {
        const srt = srtOf(text, { profile }).out.body;
        expect(srtErrors(srt)).toEqual([]);
        expect(parseSrt(srt).length).toBeGreaterThan(3);
        const vtt = parseVtt(vttOf(text, { profile }).out.body);
        expect(vtt.errors).toEqual([]);
        expect(vtt.cues.length).toBe(parseSrt(srt).length);
      });
    }
  }
});

describe('profiles on the seed', () => {
  const table = [
    { profile: 'netflix', chars: 42, minMs: 833, maxWpm: null },
    { profile: 'bbc', chars: 37, minMs: 833, maxWpm: 180 },
    { profile: 'dcmp', chars: 32, minMs: 2000, maxWpm: 160 },
  ] as const;
  it.each(table)('$profile: $chars chars, 2 lines, durations, 2-frame gaps, reading speed', (p) => {
    const { out } = srtOf(SEED, { profile: p.profile });
    const cues = parseSrt(out.body);
    const fast = namedCues(out.messages, 'cps-too-high');
    const wordy = namedCues(out.messages, 'wpm-too-high');
    const frameMs = 1000 / 25;
    expect(cues.map((c) => c.index)).toEqual(cues.map((_, i) => i + 1));
    cues.forEach((cue, i) => {
      for (const line of cue.lines) expect(graphemeCount(line)).toBeLessThanOrEqual(p.chars);
      expect(cue.lines.length).toBeLessThanOrEqual(2);
      const ms = cue.endMs - cue.startMs;
      expect(ms).toBeGreaterThanOrEqual(p.minMs);
      expect(ms).toBeLessThanOrEqual(7000);
      const prev = cues[i - 1];
      if (prev) expect(cue.startMs - prev.endMs).toBeGreaterThanOrEqual(2 * frameMs);
      const cps = cue.lines.join('').length / (ms / 1000);
      if (cps > 20) expect(fast.has(cue.index)).toBe(true);
      const words = cue.lines.join(' ').split(/\s+/).length;
      if (p.maxWpm !== null && words / (ms / 60_000) > p.maxWpm) {
        expect(wordy.has(cue.index)).toBe(true);
      }
    });
    // Every message names a cue that exists and breaks that limit.
    for (const n of fast) {
      const cue = cues[n - 1];
      expect(cue && cue.lines.join('').length / ((cue.endMs - cue.startMs) / 1000)).toBeGreaterThan(
        20,
      );
    }
  });

  it('Netflix Russian: 39 characters per line (per-language default)', () => {
    const text =
      'Министр иностранных дел России Сергей Лавров заявил, что вопрос о суверенитете над южными Курильскими островами не обсуждается. Переговоры с японским коллегой продолжатся в ближайшее время.';
    const doc = makeDoc([{ text }], { language: 'ru' });
    const compiled = compileSubtitles(doc, { profile: 'netflix' });
    expect(compiled.limits.maxCharsPerLine).toBe(39);
    const lines = compiled.cues.flatMap((c) => c.lines);
    expect(Math.max(...lines.map(graphemeCount))).toBeLessThanOrEqual(39);
    expect(Math.max(...lines.map(graphemeCount))).toBeGreaterThan(32);
    // An explicit option still wins over the language's default.
    expect(compileSubtitles(doc, { maxCharsPerLine: 30 }).limits.maxCharsPerLine).toBe(30);
  });
});

describe('text fidelity: the words of all cues equal the words of the spoken blocks', () => {
  const inputs: [string, string][] = [
    ['seed', SEED],
    ...CORPUS.map(([f, t]) => [f, t] as [string, string]),
  ];
  for (const [name, text] of inputs) {
    it.each(['netflix', 'bbc', 'dcmp'] as const)(`${name} (%s)`, (profile) => {
      const { doc, out } = srtOf(text, { profile });
      expect(shownWords(parseSrt(out.body))).toEqual(spokenWords(doc));
    });
  }

  it('leaves out the headline and directions unless asked, in square brackets then', () => {
    const doc = makeDoc([
      { type: 'headline', text: 'Kuril Islands Are Not Going Anywhere' },
      { type: 'narration', text: 'The talks went on for hours.' },
      { type: 'direction', text: '(APPLAUSE)' },
      { type: 'signoff', text: 'Andrey Grigoriev for Vesti.' },
      { type: 'direction', text: '( Laughter. )' },
    ]);
    const plain = parseSrt(renderSrt(doc, options()).body);
    expect(shownWords(plain)).toEqual(
      'The talks went on for hours. Andrey Grigoriev for Vesti.'.split(' '),
    );
    const sdh = parseSrt(renderSrt(doc, options({ directions: true })).body);
    expect(sdh.map((c) => c.lines.join(' '))).toEqual([
      'The talks went on for hours.',
      '[APPLAUSE]',
      'Andrey Grigoriev for Vesti.',
      '[Laughter]',
    ]);
  });
});

describe('segmentation', () => {
  it('keeps a sentence in one subtitle where it fits, and starts a new one per sentence', () => {
    const doc = makeDoc([
      {
        text: 'Russia and Japan are still formally in a state of war. There is an old territorial dispute between the countries.',
        sentences: [
          'Russia and Japan are still formally in a state of war.',
          'There is an old territorial dispute between the countries.',
        ],
      },
    ]);
    const cues = compileSubtitles(doc).cues;
    expect(cues.map((c) => c.lines)).toEqual([
      ['Russia and Japan are still formally', 'in a state of war.'],
      ['There is an old territorial dispute', 'between the countries.'],
    ]);
  });

  it('splits one long sentence at clauses, not mid-phrase', () => {
    const text =
      'After entering the mansion of the Foreign Ministry, the Japanese minister put his suitcase under the table, and the documents kept inside it did not change the position of Russia.';
    const cues = compileSubtitles(makeDoc([{ text }])).cues;
    expect(cues.length).toBeGreaterThan(1);
    // Every cue ends at a place the guides call good: after punctuation, before a conjunction,
    // a preposition or a new clause.
    const good = [
      'sentence',
      'clause',
      'before-conjunction',
      'before-preposition',
      'before-clause',
    ];
    for (let i = 0; i + 1 < cues.length; i++) {
      const end = cues[i]?.words.at(-1) ?? '';
      const next = cues[i + 1]?.words[0] ?? '';
      expect(good).toContain(classifyBreak(end, next));
    }
  });

  it('a new speaker starts a new subtitle; two short turns share one as a dialogue', () => {
    const speakers = [
      { id: 'q', name: null, title: null, role: 'reporter', aliases: ['Q'] },
      { id: 'kjp', name: 'Karine Jean-Pierre', title: null, role: null, aliases: [] },
    ];
    const doc = makeDoc(
      [
        { type: 'speech', speaker: 'kjp', text: 'Good afternoon, everybody.' },
        { type: 'speech', speaker: 'q', text: 'Good afternoon.' },
        {
          type: 'speech',
          speaker: 'kjp',
          text: 'So, I want to start by saying that today is the 500th briefing of this administration.',
        },
      ],
      { speakers },
    );
    const cues = compileSubtitles(doc).cues;
    expect(cues[0]?.lines).toEqual(['-Good afternoon, everybody.', '-Good afternoon.']);
    expect(cues[0]?.parts.map((p) => p.speaker)).toEqual(['Karine Jean-Pierre', 'Reporter']);
    expect(cues[1]?.words[0]).toBe('So,');
    expect(cues[1]?.lines.some((l) => l.startsWith('-'))).toBe(false);

    const vtt = parseVtt(renderVtt(doc, options()).body);
    expect(vtt.errors).toEqual([]);
    expect(vtt.cues[0]?.voices).toEqual(['Karine Jean-Pierre', 'Reporter']);
    for (const cue of vtt.cues) expect(cue.voices.length).toBeGreaterThan(0);

    // No dialogue without dash labels: each turn is its own subtitle.
    const none = compileSubtitles(doc, { speakerLabels: 'none' }).cues;
    expect(none[0]?.lines).toEqual(['Good afternoon, everybody.']);
    expect(none[1]?.lines).toEqual(['Good afternoon.']);
    // Name labels: the speaker's name in parentheses on its own line when a turn starts.
    const named = compileSubtitles(doc, { speakerLabels: 'name' }).cues;
    expect(named[0]?.lines).toEqual(['(Karine Jean-Pierre)', 'Good afternoon, everybody.']);
    expect(named[1]?.lines).toEqual(['(Reporter)', 'Good afternoon.']);
    expect(named.every((c) => c.lines.length <= 2)).toBe(true);
  });

  it('does not merge a turn into a dialogue when it would not fit one line', () => {
    const doc = makeDoc([
      { type: 'speech', speaker: 'a', text: 'Are you coming?' },
      {
        type: 'speech',
        speaker: 'b',
        text: 'In a minute, but first I need to finish this long report.',
      },
    ]);
    const cues = compileSubtitles(doc).cues;
    expect(cues[0]?.lines).toEqual(['Are you coming?']);
  });
});

describe('timing', () => {
  it('duration=120s on the seed: the last cue ends at 00:02:00,000 within one frame', () => {
    for (const profile of ['netflix', 'bbc', 'dcmp'] as const) {
      const { out } = srtOf(SEED, { profile, duration: '120s' });
      expect(srtErrors(out.body)).toEqual([]);
      const cues = parseSrt(out.body);
      const last = cues[cues.length - 1];
      expect(Math.abs((last?.endMs ?? 0) - 120_000)).toBeLessThanOrEqual(40);
      expect(cues[0]?.startMs).toBe(0);
      // The seed's speech is about twice as long as 2 minutes: the fast cues are named.
      expect(namedCues(out.messages, 'cps-too-high').size).toBeGreaterThan(0);
    }
  });

  it('start shifts every cue: 10:00:00:00 at 25 fps equals 36000s and 10:00:00.000', () => {
    const base = parseSrt(srtOf(SEED).out.body);
    for (const start of ['10:00:00:00', '36000s', '10:00:00.000', 36000]) {
      const shifted = parseSrt(srtOf(SEED, { start } as Options).out.body);
      expect(shifted.map((c) => c.startMs - 36_000_000)).toEqual(base.map((c) => c.startMs));
    }
    expect(srtOf(SEED, { start: '10:00:00:00' }).out.body).toContain('10:00:00,000 --> ');
  });

  it('shares a known duration in proportion to speech time', () => {
    const doc = makeDoc([
      { text: 'Short one.' },
      { text: 'This sentence takes about four times as long to say aloud as that one.' },
    ]);
    const cues = compileSubtitles(doc, { duration: '20s' }).cues;
    const [a, b] = cues;
    expect(b?.endMs).toBe(20_000);
    const ratio = ((b?.endMs ?? 0) - (b?.startMs ?? 0)) / ((a?.endMs ?? 0) - (a?.startMs ?? 1));
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(9);
  });

  it('anchors each timed turn’s first cue at its timestamp (hand-built document)', () => {
    const doc = makeDoc([
      {
        type: 'speech',
        speaker: 's1',
        text: 'Good evening and welcome to the programme.',
        timestampMs: 0,
      },
      {
        type: 'speech',
        speaker: 's2',
        text: 'Thank you for having me here tonight.',
        timestampMs: 83_000,
      },
      {
        type: 'speech',
        speaker: 's1',
        text: 'Let us begin with the talks in Moscow. What did the two ministers agree on, and what is still open after the first round of negotiations?',
        timestampMs: 95_500,
      },
      { type: 'speech', speaker: 's2', text: 'Very little, to be honest.', timestampMs: 97_000 },
    ]);
    const compiled = compileSubtitles(doc, { start: '10:00:00:00' });
    const firstOf = (id: string) => compiled.cues.find((c) => c.blockIds[0] === id);
    expect(firstOf('b1')?.startMs).toBe(36_000_000);
    expect(firstOf('b2')?.startMs).toBe(36_083_000);
    // 95.5 s is 2387.5 frames at 25 fps: cues start on frames, so within half a frame.
    expect(Math.abs((firstOf('b3')?.startMs ?? 0) - 36_095_500)).toBeLessThanOrEqual(20);
    // Block 3 cannot be spoken in 1.5 s: its cues are squeezed before block 4's anchor and named.
    expect(firstOf('b4')?.startMs).toBe(36_097_000);
    const b3 = compiled.cues.filter((c) => c.blockIds.includes('b3'));
    expect(b3.length).toBeGreaterThan(1);
    expect(compiled.messages.some((m) => m.ruleId === 'cps-too-high')).toBe(true);
    const srt = parseSrt(renderSrt(doc, options({ start: '10:00:00:00' })).body);
    for (let i = 1; i < srt.length; i++) {
      expect((srt[i]?.startMs ?? 0) - (srt[i - 1]?.endMs ?? 0)).toBeGreaterThanOrEqual(80);
    }
  });

  it('a transcript with timestamps (fixture) puts each timed turn’s first cue at its timestamp', () => {
    const text = readFileSync(join(FIXTURES, 'subtitles', 'timestamps.txt'), 'utf8');
    const doc = formatTranscript(text);
    const timed = doc.blocks.filter((b) => b.timestampMs !== null);
    expect(timed.length).toBeGreaterThanOrEqual(4);
    const compiled = compileSubtitles(doc);
    for (const block of timed) {
      const first = compiled.cues.find((c) => c.blockIds.includes(block.id));
      expect(first?.startMs).toBe(block.timestampMs);
    }
    expect(srtErrors(renderSrt(doc, options()).body)).toEqual([]);
  });

  it('reports timestamps it cannot honour instead of overlapping cues', () => {
    const doc = makeDoc([
      { text: 'First.', timestampMs: 10_000 },
      { text: 'Second, out of order.', timestampMs: 5_000 },
    ]);
    const compiled = compileSubtitles(doc);
    expect(compiled.messages.map((m) => m.ruleId)).toContain('timestamp-ignored');
    expect(
      (compiled.cues[1]?.startMs ?? 0) - (compiled.cues[0]?.endMs ?? 0),
    ).toBeGreaterThanOrEqual(80);
  });
});

describe('messages for cues that must break a limit', () => {
  it('a word longer than a line is broken after a slash or a hyphen, no line over the limit', () => {
    const doc = makeDoc([
      {
        text: 'See https://www.example-council.gov.uk/services/libraries/closures/central-library-consultation-2026 for details.',
      },
    ]);
    const compiled = compileSubtitles(doc);
    expect(namedCues(compiled.messages, 'line-too-long').size).toBe(0);
    const lines = compiled.cues.flatMap((c) => c.lines);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(42);
    expect(lines.join('|')).toContain('https://www.example-council.gov.uk/|');
    expect(lines.join('')).toContain(
      'https://www.example-council.gov.uk/services/libraries/closures/central-library-consultation-2026',
    );
    const words = doc.blocks[0]?.text.split(' ') ?? [];
    expect(joinedPieces(shownWords(compiled.cues), words)).toEqual(words);
  });

  it('a compound longer than a line is cut at the line’s width; a quoted sentence of Japanese at its words', () => {
    const compound = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
    const japanese =
      '東京都の小池百合子知事は記者会見で、新しい図書館の建設計画を発表しました。費用は約十二億円です。';
    const doc = makeDoc([{ text: `The ${compound} agreed.` }, { text: japanese }]);
    const compiled = compileSubtitles(doc);
    expect(namedCues(compiled.messages, 'line-too-long').size).toBe(0);
    for (const cue of compiled.cues)
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(42);
    const lines = compiled.cues.flatMap((c) => c.lines).join('');
    expect(lines).toContain(compound);
    expect(lines).toContain(japanese);
    // The Japanese sentence's cues are timed for its 48 characters, not as one word.
    const ja = compiled.cues.filter((c) => c.lines.some((l) => l.includes('東京都')))[0];
    expect(ja?.lines.some((l) => /[。、]$/.test(l))).toBe(true);
    expect(namedCues(compiled.messages, 'cps-too-high').size).toBe(0);
  });

  it('speech faster than readable is written and named as cps-too-high', () => {
    const text =
      'The issue of Russia’s sovereignty over the southernmost Kuril Islands is not negotiable, the minister said after the talks.';
    const compiled = compileSubtitles(makeDoc([{ text }]), { duration: '3s' });
    expect(compiled.cues.length).toBeGreaterThan(0);
    expect(namedCues(compiled.messages, 'cps-too-high').size).toBe(compiled.cues.length);
    expect(compiled.messages[0]?.severity).toBe('warning');
    expect(compiled.messages[0]?.line).toBe(1);
  });

  it('more cues than the media can hold: squeezed, no overlap, named', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} is here.`).join(
      ' ',
    );
    const compiled = compileSubtitles(makeDoc([{ text }]), { duration: '5s' });
    expect(compiled.messages.some((m) => m.ruleId === 'media-too-short')).toBe(true);
    for (let i = 1; i < compiled.cues.length; i++) {
      expect(compiled.cues[i]?.startMs).toBeGreaterThan(compiled.cues[i - 1]?.endMs ?? 0);
    }
    expect(namedCues(compiled.messages, 'duration-too-short').size).toBeGreaterThan(0);
  });

  it('no subtitles: an empty body and a no-subtitles message', () => {
    const out = renderSrt(makeDoc([{ type: 'headline', text: 'Only a headline' }]), options());
    expect(out.body).toBe('');
    expect(out.messages.map((m) => m.ruleId)).toEqual(['no-subtitles']);
  });
});

describe('output safety', () => {
  const doc = makeDoc([
    { text: 'Ratings for <b>Tom & Jerry</b> rose --> sharply in {\\an8} the year 2024 a\\Nb' },
    { text: '42' },
    { text: 'The final vote count in the district came to 2024' },
  ]);

  it('SRT: HH:MM:SS,mmm, indices from 1, no tag but <i>, no digits-only line', () => {
    const out = renderSrt(doc, options({ start: '01:02:03.040' }));
    expect(srtErrors(out.body)).toEqual([]);
    expect(out.body.startsWith('1\n01:02:03,040 --> 01:02:0')).toBe(true);
    const cues = parseSrt(out.body);
    expect(cues.map((c) => c.index)).toEqual(cues.map((_, i) => i + 1));
    const text = cues.flatMap((c) => c.lines).join('\n');
    expect(text).not.toMatch(/<(?=[A-Za-z/])(?!\/?i>)/);
    expect(text).not.toContain('-->');
    expect(text).not.toContain('{\\');
    // What a reader shows is the text as written: only invisible word joiners were added.
    const shown = cues
      .flatMap((c) => c.lines)
      .join(' ')
      .replace(/\u2060/g, '');
    expect(shown).toContain('<b>Tom & Jerry</b> rose --> sharply in {\\an8} the year 2024 a\\Nb');
    for (const cue of cues) for (const line of cue.lines) expect(line).not.toMatch(/^\d+$/);
    expect(out.messages.some((m) => m.ruleId === 'srt-markup-neutralized')).toBe(true);
    // "42" on its own joined the line before it (same speaker); the number keeps its place.
    expect(shownWords(cues).join(' ')).toContain('a\\Nb 42 The');
  });

  it('WebVTT: escapes & and <, no --> and no blank line in cue text, dot timestamps', () => {
    const out = renderVtt(doc, options({ start: '01:02:03.040' }));
    expect(out.body.startsWith('WEBVTT\n\n01:02:03.040 --> ')).toBe(true);
    const vtt = parseVtt(out.body);
    expect(vtt.errors).toEqual([]);
    expect(vtt.cues.flatMap((c) => c.lines).join(' ')).toContain(
      '<b>Tom & Jerry</b> rose --> sharply',
    );
    const blocks = out.body.trim().split('\n\n');
    expect(blocks.length).toBe(vtt.cues.length + 1);
    expect(out.body.match(/-->/g)?.length).toBe(vtt.cues.length);
  });

  it('WebVTT: <v Name> on every cue with a speaker, names escaped', () => {
    const speakers = [{ id: 'x', name: 'Ann & <Bob>', title: null, role: null, aliases: [] }];
    const doc2 = makeDoc(
      [
        {
          type: 'speech',
          speaker: 'x',
          text: 'Hello there, everyone in the studio today, and welcome back to the programme.',
        },
      ],
      { speakers },
    );
    const out = renderVtt(doc2, options());
    expect(out.body).toContain('<v Ann &amp; &lt;Bob&gt;>');
    const vtt = parseVtt(out.body);
    expect(vtt.errors).toEqual([]);
    for (const cue of vtt.cues) expect(cue.voices).toEqual(['Ann &amp; &lt;Bob&gt;']);
  });
});

describe('pathological input stays linear (a quadratic regex would hit the test timeout)', () => {
  it('huge words, bracket runs, digit runs', () => {
    const doc = makeDoc([
      { text: `${'ж'.repeat(200_000)}x and more` },
      { type: 'direction', text: `(${')'.repeat(50_000)}x)` },
      { text: `${'9'.repeat(100_000)}q ${'!'.repeat(50_000)}"x` },
      { text: Array.from({ length: 20_000 }, () => 'a').join(' ') },
    ]);
    const compiled = compileSubtitles(doc, { directions: true });
    expect(compiled.cues.length).toBeGreaterThan(100);
    // Every huge word is shown in pieces of the line's width: no line over the limit.
    expect(namedCues(compiled.messages, 'line-too-long').size).toBe(0);
    for (const cue of compiled.cues)
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(44);
    expect(srtErrors(renderSrt(doc, options({ directions: true })).body)).toEqual([]);
  });
});

describe('property: random documents give valid SRT and WebVTT with every word kept', () => {
  const word = fc.oneof(
    fc.constantFrom(
      'the',
      'a',
      'Russia',
      'Lavrov,',
      'said.',
      '60',
      '2024',
      '—',
      'and',
      'of',
      'isn’t',
      'Tarō',
      '👍🏽',
      '&',
      '<b>',
      '-->',
      '-',
      '"Yes."',
      'ultra-solid',
      '1.1',
      '(called',
      'Japan)',
    ),
    fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    fc.string({ minLength: 30, maxLength: 60 }).map((s) => s.replace(/\s/g, 'x')),
  );
  const block = fc.record({
    type: fc.constantFrom(
      'narration',
      'speech',
      'throw',
      'signoff',
      'direction',
      'headline',
    ) as fc.Arbitrary<ScriptDocument['blocks'][number]['type']>,
    speaker: fc.constantFrom(null, 'a', 'b'),
    words: fc.array(word, { minLength: 1, maxLength: 40 }),
    timestampMs: fc.option(fc.integer({ min: 0, max: 600_000 }), { freq: 4 }),
  });
  const opts = fc.record({
    profile: fc.constantFrom('netflix', 'bbc', 'dcmp'),
    duration: fc.option(fc.constantFrom('30s', '120s', '00:10:00.000'), { nil: undefined }),
    speakerLabels: fc.constantFrom('none', 'dash', 'name'),
    directions: fc.boolean(),
    fps: fc.constantFrom(23.976, 25, 29.97, 50),
  });

  it('zero validator errors, no overlap, words in order', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), opts, (blocks, o) => {
        const doc = makeDoc(
          blocks.map((b) => ({
            type: b.type,
            speaker: b.speaker,
            text: b.words.join(' '),
            timestampMs: b.timestampMs,
          })),
          {
            speakers: [
              { id: 'a', name: 'Sergey Lavrov', title: null, role: null, aliases: [] },
              { id: 'b', name: null, title: null, role: 'reporter', aliases: ['Q'] },
            ],
          },
        );
        const resolved = options(o as Options);
        const compiled = compileSubtitles(doc, resolved);
        const srt = renderSrt(doc, resolved).body;
        const vtt = renderVtt(doc, resolved).body;
        if (compiled.cues.length === 0) {
          expect(srt).toBe('');
          return;
        }
        expect(srtErrors(srt)).toEqual([]);
        const parsed = parseVtt(vtt);
        expect(parsed.errors).toEqual([]);
        expect(parsed.cues.length).toBe(compiled.cues.length);
        const digits = namedCues(compiled.messages, 'digits-only-line');
        compiled.cues.forEach((cue, i) => {
          const prev = compiled.cues[i - 1];
          if (prev) expect(cue.startMs).toBeGreaterThan(prev.endMs);
          expect(cue.endMs).toBeGreaterThan(cue.startMs);
          if (cue.lines.some((l) => /^[0-9 ]+$/.test(l))) expect(digits.has(cue.index)).toBe(true);
        });
        // Nothing dropped, nothing duplicated (words as `words()` cleans them: no control chars).
        const spoken = doc.blocks
          .filter((b) => ['narration', 'speech', 'throw', 'signoff'].includes(b.type))
          .flatMap((b) => visibleWords(b.text));
        if (!resolved.directions) {
          const shown = compiled.cues.flatMap((c) => c.words);
          expect(joinedPieces(shown, spoken)).toEqual(spoken);
          // A word longer than the line is shown in pieces, none longer than the line.
          const max = compiled.limits.maxCharsPerLine;
          for (const cue of compiled.cues)
            for (const line of cue.lines) expect(graphemeCount(line)).toBeLessThanOrEqual(max + 2);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random transcripts through the core pipeline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        (paragraphs) => {
          const text = paragraphs.map((p) => p.join(' ')).join('\n\n');
          const { out } = srtOf(text);
          if (out.body === '') return;
          expect(srtErrors(out.body)).toEqual([]);
          expect(parseVtt(vttOf(text).out.body).errors).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
