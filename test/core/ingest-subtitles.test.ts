import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { detectInputFormat, formatFromFileName, ingest } from '../../src/ingest/index.ts';
import {
  formatAnchor,
  PARAGRAPH_GAP_MS,
  parseCueTimestamp,
  parseTiming,
  subtitlesToLines,
  subtitlesToText,
  voiceName,
} from '../../src/ingest/subtitles.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare, produce } from '../../src/produce.ts';

const SRT = [
  '1',
  '00:00:01,000 --> 00:00:03,000',
  '<i>The issue of Russia’s sovereignty</i>',
  'is not negotiable.',
  '',
  '2',
  '00:00:03,100 --> 00:00:05,000',
  '{\\an8}Foreign Minister Sergey Lavrov said so.',
  '',
  '3',
  '00:00:09,000 --> 00:00:10,500',
  '[APPLAUSE]',
  '',
  '4',
  '00:00:10,600 --> 00:00:12,000',
  '- Are you coming?',
  '- Not today.',
  '',
].join('\n');

const VTT = [
  'WEBVTT - Vesti story',
  'Kind: captions',
  'Language: en',
  '',
  'NOTE written by hand',
  'spans two lines',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  'intro',
  '00:00:01.000 --> 00:00:02.500 align:start position:10%',
  '<v Sergey Lavrov>I&apos;d like to call upon</v>',
  '',
  '00:00:02.600 --> 00:00:04.000',
  '<v Sergey Lavrov><c.loud>our Japanese colleagues</c> &amp; <00:00:03.500>partners.',
  '',
  '00:00:04.100 --> 00:00:06.000',
  '<v.jp Tarō Kōno>We&#8217;ve facilitated the visa regime.',
  '',
].join('\n');

describe('parseCueTimestamp', () => {
  const GOOD: [string, number][] = [
    ['00:01:23,500', 83_500],
    ['00:01:23.5', 83_500],
    ['01:23.250', 83_250],
    ['1:00:00,000', 3_600_000],
    [' 00:00:00,001 ', 1],
  ];
  const BAD = ['', '00:61:00,000', '00:00:61,000', 'abc', '00:00', '00:00:00,0000', '-1:00:00'];
  it.each(GOOD)('GOOD: %s', (input, ms) => expect(parseCueTimestamp(input)).toBe(ms));
  it.each(BAD)('BAD: %s', (input) => expect(parseCueTimestamp(input)).toBeNull());
  it('reads cue settings after the end time and rejects half timings', () => {
    expect(parseTiming('00:00:01.000 --> 00:00:02.000 line:0 align:start')).toEqual({
      startMs: 1000,
      endMs: 2000,
    });
    expect(parseTiming('00:00:01.000 --> soon')).toBeNull();
    expect(parseTiming('no arrow')).toBeNull();
  });
  it('formats anchors as [HH:MM:SS]', () => {
    expect(formatAnchor(83_999)).toBe('[00:01:23]');
    expect(formatAnchor(3_723_000)).toBe('[01:02:03]');
  });
});

describe('SRT to transcript text', () => {
  it('drops numbers, timings and tags, and re-joins cues into paragraphs', () => {
    expect(subtitlesToText(SRT)).toBe(
      [
        'The issue of Russia’s sovereignty is not negotiable. Foreign Minister Sergey Lavrov said so.',
        '[APPLAUSE]',
        'Are you coming?',
        // The second dashed line of a two-voice cue is another speaker, unnamed: `>>`.
        '>> Not today.',
      ].join('\n\n'),
    );
  });

  it('starts a paragraph after a pause and keeps cue times as anchors when asked', () => {
    const { text } = subtitlesToLines(SRT, { keepCueTimes: true });
    expect(text.split('\n\n')).toEqual([
      '[00:00:01] The issue of Russia’s sovereignty is not negotiable. Foreign Minister Sergey Lavrov said so.',
      '[APPLAUSE]',
      '[00:00:10] Are you coming?',
      // The second line of the cue: its words' time, shared by length within the cue.
      '[00:00:11] >> Not today.',
    ]);
    expect(PARAGRAPH_GAP_MS).toBe(2000);
  });

  it('maps every line of the text back to its line in the SRT', () => {
    const { text, sourceLines } = subtitlesToLines(SRT);
    const lines = text.split('\n');
    expect(sourceLines).toHaveLength(lines.length);
    // Paragraph 1 starts at SRT line 3, [APPLAUSE] is line 12, the two dialogue lines 16 and 17.
    expect(lines.map((l, i) => (l ? sourceLines?.[i] : null))).toEqual([
      3,
      null,
      12,
      null,
      16,
      null,
      17,
    ]);
  });

  it('reads CRLF, a BOM, cues without blank lines between them and blank lines inside a cue', () => {
    const messy = [
      '\uFEFF1',
      '00:00:01,000 --> 00:00:02,000',
      'First line',
      '2',
      '00:00:02,100 --> 00:00:03,000',
      'second line',
      '',
      'still the second cue',
      '',
      '3',
      '00:00:03,100 --> 00:00:04,000',
      'third.',
    ].join('\r\n');
    expect(subtitlesToText(messy)).toBe('First line second line still the second cue third.');
  });

  it('keeps a cue line made only of digits when it is text, not a cue number', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nThe year was\n\n2\n00:00:02,000 --> 00:00:03,000\n1984\n';
    expect(subtitlesToText(srt)).toBe('The year was 1984');
  });

  it('breaks a long monologue at a sentence end', () => {
    const sentence = 'one two three four five six seven eight nine ten.';
    const cues = Array.from({ length: 20 }, (_, i) => {
      const s = String(i).padStart(2, '0');
      return `${i + 1}\n00:00:${s},000 --> 00:00:${s},900\n${sentence}\n`;
    }).join('\n');
    const paragraphs = subtitlesToText(cues).split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const p of paragraphs) expect(p.split(' ').length).toBeLessThanOrEqual(90);
  });

  it('gives empty text for input without a single cue', () => {
    expect(subtitlesToText('just some words\nno timings')).toBe('');
    expect(subtitlesToText('')).toBe('');
  });
});

describe('WebVTT to transcript text', () => {
  it('drops the header, NOTE and STYLE blocks, identifiers, settings, tags; voices become tags', () => {
    expect(subtitlesToText(VTT)).toBe(
      [
        "Sergey Lavrov: I'd like to call upon our Japanese colleagues & partners.",
        'Tarō Kōno: We’ve facilitated the visa regime.',
      ].join('\n\n'),
    );
  });
});

describe('words survive re-segmentation', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
  const cueText = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  it('every word of every cue is in the text, in order (SRT and WebVTT)', () => {
    fc.assert(
      fc.property(
        fc.array(cueText, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (texts, vtt) => {
          const stamp = (ms: number): string => {
            const s = Math.floor(ms / 1000);
            const sep = vtt ? '.' : ',';
            return `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}${String(ms % 1000).padStart(3, '0')}`;
          };
          const cues = texts.map((t, i) => {
            const timing = `${stamp(i * 1500)} --> ${stamp(i * 1500 + 1400)}`;
            return vtt ? `${timing}\n${t}\n` : `${i + 1}\n${timing}\n${t}\n`;
          });
          const source = (vtt ? 'WEBVTT\n\n' : '') + cues.join('\n');
          const out = subtitlesToText(source).split(/\s+/).filter(Boolean);
          expect(out).toEqual(texts.join(' ').split(' '));
        },
      ),
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const { text, sourceLines } = subtitlesToLines(`1\n00:00:00,000 --> 00:00:01,000\n${s}`);
        if (text) expect(sourceLines).toHaveLength(text.split('\n').length);
        else expect(sourceLines).toEqual([]);
      }),
    );
  });
});

describe('input formats', () => {
  const GOOD: [string, string][] = [
    ['WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi', 'vtt'],
    ['\uFEFFWEBVTT', 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi', 'srt'],
    ['\n\n12\r\n00:00:01,000 --> 00:00:02,000\r\nHi', 'srt'],
    ['<p>Hello</p>', 'html'],
    ['<!DOCTYPE html><html><body>x', 'html'],
    ['WEBVTTx is not a header', 'text'],
    ['1\nThe first point', 'text'],
    ['Speaker 1 (00:01:23): Hello', 'text'],
  ];
  it.each(GOOD)('detects %j as %s', (input, format) => {
    expect(detectInputFormat(input)).toBe(format);
  });
  it('reads the format from a file name', () => {
    expect(formatFromFileName('story.SRT')).toBe('srt');
    expect(formatFromFileName('a.b.vtt')).toBe('vtt');
    expect(formatFromFileName('page.htm')).toBe('html');
    expect(formatFromFileName('notes.txt')).toBe('text');
    expect(formatFromFileName('clip.mp4')).toBeNull();
    expect(formatFromFileName('README')).toBeNull();
  });
  it('leaves plain text as it is, without a line map', () => {
    expect(ingest('One.\n\nTwo.', 'text')).toEqual({ text: 'One.\n\nTwo.', sourceLines: null });
  });
});

describe('produce() with subtitle input', () => {
  it('points block and message lines into the uploaded SRT', () => {
    const options = optionsSchema().parse({});
    const { document } = produce(SRT, 'json', options, 'srt');
    const ingested = ingest(SRT, 'srt');
    const direct = formatTranscript(ingested.text, options);
    const srtLine = (line: number): number => ingested.sourceLines?.[line - 1] ?? -1;
    expect(document.blocks.map((b) => b.line)).toEqual(direct.blocks.map((b) => srtLine(b.line)));
    expect(document.messages.map((m) => m.line)).toEqual(
      direct.messages.map((m) => (m.line === null ? null : srtLine(m.line))),
    );
    // Every block starts on the SRT line its words start on.
    expect(document.blocks.map((b) => b.line)).toEqual([3, 12, 16, 17]);
  });
});

describe('Teams directory names in voice spans (`<v Surname, Given>`)', () => {
  const teams = (voices: string[]) =>
    `WEBVTT\n\n${voices
      .map(
        (v, i) =>
          `a1b2c3d4-0000-4000-8000-00000000000${i}/1${i}-0\n00:00:0${i}.000 --> 00:00:0${i}.900\n<v ${v}>Line ${i} here.</v>`,
      )
      .join('\n\n')}\n`;

  it('reads Surname, Given as Given Surname, one turn over consecutive cues, reported once', () => {
    const input = teams([
      'Natarajan, Priya',
      'Natarajan, Priya',
      'Walker, James',
      'Natarajan, Priya',
    ]);
    const doc = prepare(input, optionsSchema().parse({}), detectInputFormat(input));
    const names = doc.blocks.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name);
    expect(names).toEqual(['Priya Natarajan', 'James Walker', 'Priya Natarajan']);
    const flips = doc.messages.filter((m) => m.ruleId === 'voice-name-order');
    expect(flips.map((m) => m.line)).toEqual([5, 13]);
  });

  it('keeps a suffix such as (Guest) after the flipped name', () => {
    expect(voiceName("O'Hare, Ben (Guest)")).toEqual({ name: "Ben O'Hare (Guest)", flipped: true });
    expect(voiceName('van Dijk, Anna')).toEqual({ name: 'van Dijk, Anna', flipped: false });
    expect(voiceName('Müller, Anna Lena')).toEqual({ name: 'Anna Lena Müller', flipped: true });
  });

  it('a title or role after the comma, a plain name or capitals stay as written', () => {
    for (const voice of [
      'Jane Doe, Reporter',
      'Doe, Host',
      'Smith, Jr.',
      'Smith, CEO',
      'Lee, Mayor',
      'Priya Natarajan',
      'NATARAJAN, PRIYA',
      'Natarajan, priya',
    ]) {
      expect(voiceName(voice)).toEqual({ name: voice, flipped: false });
    }
  });
});

describe('Zoom and Webex cues from a participant shown by a device name', () => {
  it('iPhone: and iPad Pro: label their cues as two unnamed voices', () => {
    const input =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHelen Park: Can you hear me?\n\n2\n00:00:02.500 --> 00:00:04.000\niPhone: Yes, from the car park.\n\n3\n00:00:04.500 --> 00:00:06.000\niPad Pro: And the school office.\n';
    const doc = prepare(input, optionsSchema().parse({}), detectInputFormat(input));
    const roles = doc.blocks.map((b) => {
      const s = doc.speakers.find((x) => x.id === b.speaker);
      return s?.name ?? s?.role;
    });
    expect(roles).toEqual(['Helen Park', 'unidentified speaker #1', 'unidentified speaker #2']);
  });

  it('a lower-case word or a model number inside speech is no label', () => {
    const input =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHelen Park: my iPhone: it died.\n\n2\n00:00:02.500 --> 00:00:04.000\nThe S21 Ultra: we tested it.\n';
    const doc = prepare(input, optionsSchema().parse({}), detectInputFormat(input));
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['Helen Park']);
  });
});
