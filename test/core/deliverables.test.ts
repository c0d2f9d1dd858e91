import { type ErrorHandler, fromXML } from 'imsc/src/main/js/doc.js';
import { generateISD, type IsdNode } from 'imsc/src/main/js/isd.js';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { bodyBytes, renderOutput } from '../../src/outputs/index.ts';
import { oddParity, to608 } from '../../src/subtitles/cea608.ts';
import { compileSubtitles } from '../../src/subtitles/compile.ts';
import {
  deliverableOptions,
  formatTimecode,
  frameRate,
  msToFrame,
} from '../../src/subtitles/frames.ts';
import { renderScc, SCC_LIMITS, textWords } from '../../src/subtitles/scc.ts';
import { renderStl, STL_LIMITS } from '../../src/subtitles/stl.ts';
import { parseTimeValue } from '../../src/subtitles/timecode.ts';
import { renderEbuTtD, renderImsc } from '../../src/subtitles/ttml.ts';
import { corpusFiles, fixture, SEED } from '../helpers/fixtures.ts';
import { makeDoc } from './subtitles-helpers.ts';

const parse = (o: object) => optionsSchema().parse(o);

function isdText(node: IsdNode): string {
  if (node.kind === 'br') return '\n';
  if (typeof node.text === 'string') return node.text;
  return (node.contents ?? []).map(isdText).join('');
}

describe('frame rates and timecodes', () => {
  it('writes SMPTE drop-frame labels at 29.97 (two labels skipped a minute, not every tenth)', () => {
    const df = frameRate(29.97, true);
    expect(formatTimecode(1799, df)).toBe('00:00:59;29');
    expect(formatTimecode(1800, df)).toBe('00:01:00;02');
    expect(formatTimecode(17982, df)).toBe('00:10:00;00');
    expect(formatTimecode(107892, df)).toBe('01:00:00;00');
    expect(formatTimecode(1800, frameRate(29.97, false))).toBe('00:01:00:00');
    expect(formatTimecode(90_000, frameRate(25, true))).toBe('01:00:00:00');
  });

  it('reads a start timecode as drop-frame at 29.97, and keeps each format inside its grid', () => {
    const scc = deliverableOptions(parse({ start: '01:00:00:00', profile: 'netflix' }), SCC_LIMITS);
    expect(scc.options.start).toBe('01:00:00;00');
    expect(scc.options.maxCharsPerLine).toBe(32); // Netflix's 42 do not fit 608's 32 columns
    expect(scc.notes.join(' ')).toMatch(/fps=25 is not a rate/);
    const stl = deliverableOptions(parse({ fps: 24 }), STL_LIMITS);
    expect(stl.options.fps).toBe(25);
    expect(stl.options.profile).toBe('stl');
    const rate = frameRate(scc.options.fps, true);
    expect(msToFrame(parseTimeValue(scc.options.start, rate.fps) ?? 0, rate)).toBe(107892);
  });
});

describe('IMSC and EBU-TT-D parse in imscJS with one ISD per cue', () => {
  const inputs: [string, string][] = [
    ['seed', fixture(SEED)],
    ...corpusFiles().map((f) => [f, fixture(f)] as [string, string]),
  ];
  for (const [name, renderer] of [
    ['imsc', renderImsc],
    ['ebu-tt-d', renderEbuTtD],
  ] as const) {
    for (const [file, text] of inputs) {
      it(`${name}: ${file}`, () => {
        const options = parse({ fps: name === 'imsc' ? 29.97 : 25 });
        const doc = formatTranscript(text, options);
        const cues = compileSubtitles(doc, options).cues;
        const problems: string[] = [];
        const handler: ErrorHandler = {
          info: () => undefined,
          warn: (m) => {
            problems.push(`warn: ${m}`);
            return undefined;
          },
          error: (m) => {
            problems.push(`error: ${m}`);
            return undefined;
          },
          fatal: (m) => {
            problems.push(`fatal: ${m}`);
            return undefined;
          },
        };
        const ttml = fromXML(renderer(doc, options).body, handler);
        expect(problems).toEqual([]);
        if (!ttml) throw new Error('no document');
        // Every cue begins and ends an interval: 2 events a cue (gaps keep them apart).
        expect(ttml.getMediaTimeEvents().length).toBe(cues.length * 2);
        for (const cue of cues) {
          const isd = generateISD(ttml, (cue.startMs + cue.endMs) / 2000, handler);
          expect(isdText(isd)).toBe(cue.lines.join('\n'));
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('declares the frame rate and escapes the text', () => {
    const doc = makeDoc([{ text: 'Tom & Jerry <live> say "hi".' }], { title: 'A & B' });
    const body = renderImsc(doc, parse({ fps: 23.976 })).body;
    expect(body).toContain('ttp:frameRate="24" ttp:frameRateMultiplier="1000 1001"');
    expect(body).toContain('ttp:profile="http://www.w3.org/ns/ttml/profile/imsc1.1/text"');
    expect(body).toContain('Tom &amp; Jerry &lt;live&gt; say &quot;hi&quot;.');
    expect(body).toContain('<ttm:title>A &amp; B</ttm:title>');
    const ebu = renderEbuTtD(doc, parse({})).body;
    expect(ebu).toContain('<ebuttm:conformsToStandard>urn:ebu:tt:distribution:2018-04');
    expect(ebu).toMatch(/begin="\d\d:\d\d:\d\d\.\d{3}" end="\d\d:\d\d:\d\d\.\d{3}"/);
  });
});

/** The words of an SCC file by frame, and each line's first frame. */
function sccFrames(body: string, fps: number) {
  const words: { frame: number; hex: string; lineStart: boolean }[] = [];
  for (const line of body.split('\n')) {
    const [tc, rest] = line.split('\t');
    if (!tc || !rest) continue;
    const rate = frameRate(fps, tc.includes(';'));
    const first = msToFrame(parseTimeValue(tc, rate.fps) ?? Number.NaN, rate);
    rest.split(' ').forEach((hex, k) => {
      words.push({ frame: first + k, hex, lineStart: k === 0 });
    });
  }
  return words;
}

const ones = (b: number): number => b.toString(2).replaceAll('0', '').length;

describe('SCC bytes', () => {
  const options = parse({ fps: 29.97, start: '01:00:00:00' });
  const doc = formatTranscript(fixture(SEED), options);
  const rendered = renderScc(doc, options);
  const o = deliverableOptions(options, SCC_LIMITS).options;
  const cues = compileSubtitles(doc, o).cues;
  const words = sccFrames(rendered.body, o.fps);

  it('has a Scenarist header, drop-frame timecodes and odd parity on every byte', () => {
    expect(rendered.body).toMatch(/^Scenarist_SCC V1\.0\n\n\d\d:\d\d:\d\d;\d\d\t/);
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      expect(w.hex).toMatch(/^[0-9a-f]{4}$/);
      const value = Number.parseInt(w.hex, 16);
      expect(ones(value >> 8) % 2, w.hex).toBe(1);
      expect(ones(value & 0xff) % 2, w.hex).toBe(1);
    }
    expect(oddParity(0x14)).toBe(0x94);
    expect(oddParity(0x2f)).toBe(0x2f);
  });

  it('sends every control code twice, on consecutive frames', () => {
    let i = 0;
    let controls = 0;
    while (i < words.length) {
      const w = words[i] as (typeof words)[number];
      const hi = Number.parseInt(w.hex.slice(0, 2), 16) & 0x7f;
      if (hi >= 0x10 && hi < 0x20) {
        controls++;
        expect(words[i + 1]?.hex, `control ${w.hex} at frame ${w.frame}`).toBe(w.hex);
        expect(words[i + 1]?.frame).toBe(w.frame + 1);
        i += 2;
      } else i++;
    }
    expect(controls).toBeGreaterThan(cues.length * 4);
  });

  it('shows each caption on its start frame: EOC is sent on the frame before', () => {
    const rate = frameRate(o.fps, true);
    const eocs = words.filter((w) => w.hex === '942f' && w.lineStart);
    const edms = words.filter((w) => w.hex === '942c' && w.lineStart);
    expect(eocs.length).toBe(cues.length);
    expect(edms.length).toBe(cues.length);
    const late = new Set(
      rendered.messages
        .filter((m) => m.ruleId === 'scc-late')
        .map((m) => Number(/^Cue (\d+)/.exec(m.reason)?.[1])),
    );
    let onTime = 0;
    cues.forEach((cue, i) => {
      const shown = (eocs[i]?.frame ?? 0) + 1;
      if (late.has(cue.index)) expect(shown).toBeGreaterThan(msToFrame(cue.startMs, rate));
      else {
        expect(shown).toBe(msToFrame(cue.startMs, rate));
        onTime++;
      }
      // EDM on the cue's last frame: the screen is clear from its end frame.
      expect((edms[i]?.frame ?? 0) + 1).toBeGreaterThanOrEqual(msToFrame(cue.endMs, rate));
    });
    expect(onTime).toBeGreaterThan(cues.length / 2);
  });

  it('places each row with a preamble address code on the bottom rows, centred', () => {
    const one = renderScc(makeDoc([{ text: 'Hi.' }], {}), parse({ start: '10s' })).body;
    // RCL, ENM, PAC row 15 indent 12 (0x14 0x76 → 9476), TO2 (0x17 0x22 → 97a2): column 14.
    expect(one).toMatch(/\t9420 9420 94ae 94ae 9476 9476 97a2 97a2 (c8e9 ae80|c880 e9ae)\n/);
    const two = renderScc(
      makeDoc([{ text: 'A first line that is long, and a second one.' }]),
      parse({ start: '10s' }),
    ).body;
    // PACs of the load, de-duplicated: row 14 (0x14 0x40-0x5f) then row 15 (0x14 0x60-0x7f).
    const pacs = [...two.matchAll(/\b(94|13)([0-9a-f]{2}) \1\2\b/g)]
      .map((m) => [Number.parseInt(m[1] ?? '', 16) & 0x7f, Number.parseInt(m[2] ?? '', 16) & 0x7f])
      .filter(([hi, lo]) => hi === 0x14 && (lo ?? 0) >= 0x40);
    expect(pacs.map(([, lo]) => ((lo ?? 0) & 0x20 ? 15 : 14))).toEqual([14, 15]);
  });

  it('encodes special and extended characters, with a standard fallback before each extended one', () => {
    const doc = makeDoc([{ text: '♪ Ésta canción ♪' }]);
    const body = renderScc(doc, parse({ start: '10s' })).body;
    // ♪ is special 0x11 0x37 (sent twice), É is E (0x45) then extended 0x12 0x21 (twice).
    expect(body).toContain('9137 9137');
    expect(body).toMatch(/45[0-9a-f]{2} 92a1 92a1|[0-9a-f]{2}45 92a1 92a1|4580 92a1 92a1/);
    // ó is in the standard set (0x5f → 5f with parity... 0x5f has 6 ones → df).
    expect(body).toMatch(/df/);
  });

  it('transliterates what 608 lacks and reports it', () => {
    const doc = makeDoc([{ text: 'It costs 5 € – not less.' }]);
    const result = renderScc(doc, parse({ start: '10s' }));
    const message = result.messages.find((m) => m.ruleId === 'scc-transliterated');
    expect(message?.reason).toContain('“€”');
    expect(message?.reason).toContain('“–”');
    expect(message?.expected?.[0]).toContain('5 EUR - not');
    expect(to608('Путин').text).toBe('Putin');
  });

  it('never sends the same text word twice in a row (decoders drop the repeat)', () => {
    const bytes = [...'....!!!!aaaa'].map((c) => c.charCodeAt(0));
    const out = textWords(bytes, 0x1470);
    for (let k = 1; k < out.length; k++) expect(out[k]).not.toBe(out[k - 1]);
    const text = out
      .map((w) => String.fromCharCode(w >> 8) + (w & 0xff ? String.fromCharCode(w & 0xff) : ''))
      .join('');
    expect(text).toBe('....!!!!aaaa');
  });
});

describe('EBU STL', () => {
  it('writes the GSI block: code page, frame rate, code table, language, title, counts', () => {
    const options = parse({ fps: 25, start: '10:00:00:00' });
    const doc = formatTranscript(fixture(SEED), options);
    const rendered = renderStl(doc, options);
    const bytes = bodyBytes(rendered.body);
    expect(rendered.contentType).toBe('application/x-ebu-stl');
    expect(rendered.extension).toBe('stl');
    const ascii = (from: number, length: number) =>
      String.fromCharCode(...bytes.subarray(from, from + length));
    expect(ascii(0, 3)).toBe('850');
    expect(ascii(3, 8)).toBe('STL25.01');
    expect(ascii(11, 1)).toBe('1');
    expect(ascii(12, 2)).toBe('00');
    expect(ascii(14, 2)).toBe('09');
    expect(ascii(16, 32).trim()).toBe('Russia?s Sovereignty Non-Negotia');
    const cues = compileSubtitles(doc, deliverableOptions(options, STL_LIMITS).options).cues;
    const blocks = (bytes.length - 1024) / 128;
    expect(Number.isInteger(blocks)).toBe(true);
    expect(Number(ascii(238, 5))).toBe(blocks); // TNB
    expect(Number(ascii(243, 5))).toBe(cues.length); // TNS
    expect(ascii(248, 3)).toBe('001'); // TNG
    expect(ascii(256, 8)).toBe('10000000'); // TCP
    // First TTI: SN 0, last block of its subtitle, TCI = 10:00:00:00 + the cue's start.
    const tti = bytes.subarray(1024, 1152);
    expect(tti[1]).toBe(0);
    expect(tti[3]).toBe(0xff);
    expect([...tti.subarray(5, 9)]).toEqual([10, 0, 0, 0]);
    const end = msToFrame((cues[0]?.endMs ?? 0) - 36_000_000, frameRate(25, false));
    expect([...tti.subarray(9, 13)]).toEqual([10, 0, Math.floor(end / 25), end % 25]);
    expect(tti[14]).toBe(2); // centred
    const tf = [...tti.subarray(16)];
    expect(tf.slice(0, 2)).toEqual([0x0b, 0x0b]);
    const text = String.fromCharCode(...tf.slice(2, tf.indexOf(0x0a)));
    expect(text).toBe(cues[0]?.lines[0]?.replace('’', '\u00b9'));
    expect(tf.at(-1)).toBe(0x8f);
  });

  it('uses the Cyrillic table for Russian, double height when asked, and 30 fps', () => {
    const doc = makeDoc([{ text: 'Путин сказал: «Да».' }], {
      language: 'ru',
      title: 'Прямая линия',
    });
    const rendered = renderStl(doc, parse({ fps: 29.97, stlDoubleHeight: true }));
    const bytes = bodyBytes(rendered.body);
    const ascii = (from: number, length: number) =>
      String.fromCharCode(...bytes.subarray(from, from + length));
    expect(ascii(3, 8)).toBe('STL30.01');
    expect(ascii(12, 2)).toBe('01');
    expect(ascii(14, 2)).toBe('56');
    expect(ascii(16, 32).trim()).toBe('Pryamaya liniya');
    const tf = [...bytes.subarray(1024 + 16, 1024 + 128)];
    expect(tf[0]).toBe(0x0d); // double height
    // П = U+041F → 0xBF in ISO 8859-5; « is not in the table: replaced and reported.
    expect(tf.slice(3, 5)).toEqual([0xbf, 0xe3]);
    expect(
      rendered.messages.some((m) => m.ruleId === 'stl-transliterated' && m.reason.includes('«')),
    ).toBe(true);
  });
});

describe('EBU STL extension blocks', () => {
  it('continues a text field over 112 bytes in extension blocks (EBN 0, then 0xFF)', () => {
    // Each é is two bytes in ISO 6937 (0xC2 then e): two rows of them overflow one TTI block.
    const text =
      'Élégie éphémère épée émérite étés éméchés éthérée élevée écrémée érigée ébréchée égérie';
    const doc = makeDoc([{ text }], { language: 'fr' });
    const rendered = renderStl(doc, parse({ fps: 25, maxLines: 3, stlDoubleHeight: true }));
    const bytes = bodyBytes(rendered.body);
    const ascii = (from: number, length: number) =>
      String.fromCharCode(...bytes.subarray(from, from + length));
    const blocks = (bytes.length - 1024) / 128;
    expect(Number(ascii(238, 5))).toBe(blocks);
    expect(blocks).toBeGreaterThan(Number(ascii(243, 5)));
    expect(ascii(14, 2)).toBe('0F'); // French
    const ebn = Array.from({ length: blocks }, (_, b) => bytes[1024 + b * 128 + 3]);
    expect(ebn).toContain(0);
    expect(ebn.at(-1)).toBe(0xff);
    // The first block of the subtitle is full: no padding before its last byte.
    expect(bytes[1024 + 127]).not.toBe(0x8f);
    // Double height, start box, then É as the acute prefix 0xC2 and E.
    expect([...bytes.subarray(1024 + 16, 1024 + 21)]).toEqual([0x0d, 0x0b, 0x0b, 0xc2, 0x45]);
  });
});

describe('every output through renderOutput', () => {
  it('gives bytes for STL and text for the others', () => {
    const options = parse({});
    const doc = formatTranscript(fixture(SEED), options);
    for (const output of ['imsc', 'ebu-tt-d', 'scc'] as const) {
      expect(typeof renderOutput(doc, output, options)?.body).toBe('string');
    }
    expect(renderOutput(doc, 'stl', options)?.body).toBeInstanceOf(Uint8Array);
  });
});
