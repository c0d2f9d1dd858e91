/**
 * SAMI (.smi) and EBU STL (.stl, binary) as timed input: read to cues on the file's clock, the
 * SRT/WebVTT path after that; every part left out is a message.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/document.ts';
import { normalizeWord } from '../../src/core/timed.ts';
import { dcpToLines } from '../../src/ingest/dcp.ts';
import {
  bytesToByteString,
  detectInputFormat,
  formatFromFileName,
  ingest,
} from '../../src/ingest/index.ts';
import { mccToLines } from '../../src/ingest/mcc.ts';
import { samiToLines } from '../../src/ingest/sami.ts';
import { sbvToLines } from '../../src/ingest/sbv.ts';
import { sccToLines } from '../../src/ingest/scc.ts';
import { stlToLines, stlToSrt } from '../../src/ingest/stl.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { frameRate, timecodeParts } from '../../src/subtitles/frames.ts';
import { cueWords } from '../../src/subtitles/quality.ts';
import { parseTimeValue } from '../../src/subtitles/timecode.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';
import { buildStlFile, rows } from '../helpers/stl.ts';
import { parseSrt } from './subtitles-helpers.ts';

const options = optionsSchema().parse({});
const norm = (text: string): string[] => text.split(/\s+/).map(normalizeWord).filter(Boolean);
const rules = (messages: readonly Message[] | undefined): string[] =>
  (messages ?? []).map((m) => m.ruleId);
const message = (messages: readonly Message[] | undefined, ruleId: string): Message | undefined =>
  (messages ?? []).find((m) => m.ruleId === ruleId);

const SAMI = `<SAMI>
<HEAD>
<TITLE>Evening News</TITLE>
<SAMIParam>
  Metrics {time:ms;}
  Spec {MSFT:1.0;}
</SAMIParam>
<STYLE TYPE="text/css">
<!--
P { font-family: Arial; color: white; }
.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }
.FRFRCC { Name: French; lang: fr-FR; SAMIType: CC; }
#Source { color: red; }
-->
</STYLE>
</HEAD>
<BODY>
<!-- exported by the caption desk -->
<SYNC Start=1000>
  <P Class=ENUSCC ID=Source>Jane Smith</P>
  <P Class=ENUSCC>Good evening. The storm reached<br>the coast before midnight.</P>
<SYNC Start=1000>
  <P Class=FRFRCC>Bonsoir. La tempête a atteint la côte.</P>
<SYNC Start=4200>
  <P Class=ENUSCC>&nbsp;</P>
<SYNC Start=6000>
  <P Class=ENUSCC>&gt;&gt; TOM REED: Roads are closed &amp; schools<br><i>will stay shut</i> tomorrow.</P>
<SYNC Start=9000><P Class=ENUSCC>&nbsp;
<SYNC Start=9500><P Class=FRFRCC>Les routes sont fermées.
</BODY>
</SAMI>
`;

describe('SAMI input', () => {
  it('is detected by <SAMI> or a leading <SYNC Start=>, and by .smi/.sami', () => {
    expect(detectInputFormat(SAMI)).toBe('sami');
    expect(detectInputFormat(`\uFEFF<!-- caption file -->\n${SAMI}`)).toBe('sami');
    expect(detectInputFormat('<SYNC Start=0><P>Hello there.\n<SYNC Start=2000><P>&nbsp;')).toBe(
      'sami',
    );
    expect(formatFromFileName('news.SMI')).toBe('sami');
    expect(formatFromFileName('news.sami')).toBe('sami');
    // iTunes Timed Text is TTML.
    expect(formatFromFileName('episode.en.itt')).toBe('ttml');
  });

  it.each([
    ['plain text that mentions the tag', 'The <SYNC Start=1000> tag times a SAMI caption.\n'],
    [
      'a transcript with bracketed times',
      '[00:00:01] JANE: <SYNC> is what we call it.\n[00:00:04] TOM: Right.\n',
    ],
    [
      'an HTML page about SAMI',
      '<html><body><p>SAMI files open with &lt;SAMI&gt;.</p></body></html>',
    ],
    ['SRT that quotes it', '1\n00:00:01,000 --> 00:00:02,000\n<SAMI> is a format.\n'],
  ])('%s is not SAMI', (_, text) => {
    expect(detectInputFormat(text)).not.toBe('sami');
  });

  it('reads each SYNC of one language as a cue to the next SYNC; &nbsp; clears', () => {
    const read = samiToLines(SAMI);
    const tokens = read.timedTokens ?? [];
    expect(norm(tokens.map((t) => t.text).join(' '))).toEqual(
      norm(
        'Good evening. The storm reached the coast before midnight. Roads are closed & schools will stay shut tomorrow.',
      ),
    );
    expect(tokens[0]?.start).toBe(1000);
    // The &nbsp; SYNC at 4.2 s ends the first caption; the French one at 9.5 s ends nothing.
    expect(tokens.find((t) => t.text === 'midnight.')?.end).toBe(4200);
    expect(tokens.find((t) => t.text === 'Roads')?.start).toBe(6000);
    expect(tokens.at(-1)?.end).toBe(9000);
    // ID=Source names the speaker; `>> NAME:` in the text is a speaker as in SRT.
    expect(read.text.split('\n\n')).toEqual([
      'Jane Smith: Good evening. The storm reached the coast before midnight.',
      'TOM REED: Roads are closed & schools will stay shut tomorrow.',
    ]);
    expect(read.hints?.title).toBe('Evening News');
  });

  it('reports the other language, the head, the styles and the comments', () => {
    const read = samiToLines(SAMI);
    const other = message(read.messages, 'sami-other-language');
    expect(other).toMatchObject({ line: 23, severity: 'warning' });
    expect(other?.reason).toContain('ENUSCC (English, en-US)');
    expect(other?.reason).toContain('FRFRCC (French, fr-FR)');
    expect(other?.reason).toContain('2 caption(s)');
    expect(other?.actual).toBe('Bonsoir. La tempête a atteint la côte. / Les routes sont fermées.');
    expect(message(read.messages, 'caption-metadata')?.actual).toContain('Metrics {time:ms;}');
    expect(message(read.messages, 'caption-styling')).toMatchObject({ line: 8 });
    expect(message(read.messages, 'caption-comment')).toMatchObject({
      line: 18,
      actual: 'exported by the caption desk',
    });
  });

  it('takes the language with the most captions, whichever class comes first', () => {
    const sami = `<SAMI><BODY>
<SYNC Start=0><P Class=FRCC>Bonjour.
<SYNC Start=500><P Class=ENCC>Hello and welcome.
<SYNC Start=2000><P Class=ENCC>Tonight the budget.
<SYNC Start=4000><P Class=ENCC>&nbsp;
</BODY></SAMI>`;
    const read = samiToLines(sami);
    expect(read.text).toBe('Hello and welcome. Tonight the budget.');
    expect(message(read.messages, 'sami-other-language')?.actual).toBe('Bonjour.');
  });

  it('drops a SYNC whose Start is no number, its words reported; the last caption is timed by its words', () => {
    const read = samiToLines(
      '<SAMI><BODY><SYNC Start=1000><P>First line here.<SYNC Start=abc><P>Lost words.<SYNC Start=3000><P>Three more words.</BODY></SAMI>',
    );
    expect(read.text).toBe('First line here. Three more words.');
    const bad = message(read.messages, 'caption-bad-cue');
    expect(bad?.actual).toContain('Lost words.');
    expect(bad?.reason).toContain('1 SYNC');
    // Three words at 400 ms each, a second at least.
    expect(read.timedTokens?.at(-1)?.end).toBe(4200);
  });

  it('reports text after </BODY> instead of adding it to the last caption', () => {
    const read = samiToLines(
      '<SAMI><BODY><SYNC Start=0><P>Last words.</BODY>Encoder trailer 2.1</SAMI>',
    );
    expect(read.text).toBe('Last words.');
    expect(message(read.messages, 'caption-metadata')?.actual).toBe('Encoder trailer 2.1');
  });

  it('keeps < and & as text and drops other tags, reported', () => {
    const read = samiToLines(
      '<SAMI><BODY><SYNC Start=0><P>3 &lt; 4 &amp; <span class="x">R&amp;D</span> grew<SYNC Start=2000><P>&nbsp;</BODY></SAMI>',
    );
    expect(read.text).toBe('3 < 4 & R&D grew');
    expect(rules(read.messages)).toContain('caption-styling');
  });

  it('goes to SRT on its own clock through produce()', () => {
    const srt = parseSrt(String(produce(SAMI, 'srt', options, 'sami').rendered?.body));
    expect(srt[0]?.startMs).toBe(1000);
    expect(norm(srt.flatMap(cueWords).join(' '))).toContain('tomorrow');
    expect(srt.some((c) => c.startMs === 6000)).toBe(true);
  });
});

const SRT = [
  '1\n00:00:01,000 --> 00:00:03,480\nGood evening, the storm reached the coast',
  '2\n00:00:03,600 --> 00:00:06,000\nshortly before midnight in Øresund and Café Noël.',
  '3\n00:00:09,000 --> 00:00:12,040\nBy morning the roads were closed.',
].join('\n\n');

describe('EBU STL input', () => {
  it.each([
    [{}, false],
    [{ start: '10:00:00:00' }, true],
  ])(
    'round trip: our own STL (%o) read back gives the same words on the same frames',
    (set, shifted) => {
      const o = optionsSchema().parse(set);
      const bytes = produce(SRT, 'stl', o, 'srt').rendered?.body as Uint8Array;
      const data = bytesToByteString(bytes);
      expect(detectInputFormat(data)).toBe('stl');
      const back = stlToLines(data);
      expect(rules(back.messages).includes('stl-programme-start')).toBe(shifted);
      const first = parseSrt(String(produce(SRT, 'srt', options, 'srt').rendered?.body));
      const tokens = back.timedTokens ?? [];
      expect(norm(tokens.map((t) => t.text).join(' '))).toEqual(
        norm(first.flatMap(cueWords).join(' ')),
      );
      // Each TTI block's time code in, decoded here from the bytes: its first word starts on it.
      const offset = shifted ? 36_000_000 : 0;
      let w = 0;
      for (let at = 1024; at < bytes.length; at += 128) {
        const [h, m, s, f] = [...bytes.subarray(at + 5, at + 9)] as [
          number,
          number,
          number,
          number,
        ];
        const tci = ((h * 3600 + m * 60 + s) * 25 + f) * 40 - offset;
        expect(tokens[w]?.start).toBe(tci);
        const tf = [...bytes.subarray(at + 16, at + 128)].filter((b) => b !== 0x8f);
        // Words: runs of printable bytes (ISO 6937 letters and a diacritic's prefix included).
        w += String.fromCharCode(
          ...tf.map((b) =>
            b > 0x20 && b !== 0x8a && b !== 0x7f && (b < 0x80 || b >= 0xa0) ? 0x78 : 0x20,
          ),
        )
          .trim()
          .split(/\s+/).length;
      }
      expect(w).toBe(tokens.length);
      const again = parseSrt(String(produce(data, 'srt', options, 'stl').rendered?.body));
      // SRT written from the STL: every cue starts on a word's time read from it.
      const starts = new Set(tokens.map((t) => Math.round(t.start / 40) * 40));
      expect(again.length).toBeGreaterThan(1);
      for (const cue of again) expect(starts.has(cue.startMs)).toBe(true);
    },
  );

  it('reads 29.97 fps files (STL30.01) at the fps given, else at 30', () => {
    const o = optionsSchema().parse({ fps: 29.97 });
    const data = bytesToByteString(produce(SRT, 'stl', o, 'srt').rendered?.body as Uint8Array);
    expect(message(stlToLines(data).messages, 'caption-metadata')?.reason).toContain(
      'STL30.01 at 30 fps',
    );
    const at2997 = ingest(data, 'stl', { fps: 29.97 });
    expect(message(at2997.messages, 'caption-metadata')?.reason).toContain('at 29.970 fps');
    // 00:00:09:00 on the labels is frame 270, 9.009 s at 29.97.
    expect(at2997.timedTokens?.find((t) => t.text === 'By')?.start).toBe(9009);
  });

  it('decodes ISO 6937 diacritics, teletext codes, extension blocks, colours as voices', () => {
    const file = buildStlFile({ title: 'BUDGET NIGHT', tcp: '10000000' }, [
      // A yellow row (colour 0x03 in a box) then a cyan one: two voices.
      {
        sn: 0,
        tci: [10, 0, 1, 0],
        tco: [10, 0, 3, 12],
        tf: [0x0d, 0x03, 0x0b, 0x0b, ...rows('Where were you?'), 0x0a, 0x0a],
      },
      {
        sn: 1,
        tci: [10, 0, 4, 0],
        tco: [10, 0, 6, 0],
        tf: [0x06, 0x0b, 0x0b, 0x80, ...rows('At the caf'), 0xc2, 0x65, 0x81, ...rows('.')],
      },
      // Subtitle 2 in two blocks: an extension block (EBN 0) then the last (EBN FF).
      {
        sn: 2,
        ebn: 0,
        tci: [10, 0, 7, 0],
        tco: [10, 0, 9, 0],
        tf: [0x03, ...rows('The council meets')],
      },
      { sn: 2, tci: [10, 0, 7, 0], tco: [10, 0, 9, 0], tf: rows(' on Monday.') },
      // A comment, a user data block, a frame past 24 at 25 fps.
      { sn: 3, cf: 1, tci: [10, 0, 9, 0], tco: [10, 0, 9, 5], tf: rows('CHECK SPELLING') },
      { sn: 4, ebn: 0xfe, tci: [0, 0, 0, 0], tco: [0, 0, 0, 0], tf: rows('vendor data') },
      { sn: 5, tci: [10, 0, 10, 30], tco: [10, 0, 11, 0], tf: rows('Bad time.') },
    ]);
    const read = stlToLines(bytesToByteString(file));
    // Yellow, cyan, yellow: the broadcast convention of a colour a voice.
    expect(read.text.split('\n\n')).toEqual([
      'Speaker 1: Where were you?',
      'Speaker 2: At the café.',
      'Speaker 1: The council meets on Monday.',
    ]);
    expect(rules(read.messages)).toContain('caption-colour-speakers');
    const tokens = read.timedTokens ?? [];
    expect(tokens[0]?.start).toBe(1000);
    expect(tokens.find((t) => t.text === 'Monday.')?.end).toBe(9000);
    expect(read.hints?.title).toBe('BUDGET NIGHT');
    expect(message(read.messages, 'stl-programme-start')?.reason).toContain('10:00:00:00');
    expect(message(read.messages, 'caption-comment')).toMatchObject({
      actual: 'CHECK SPELLING',
      line: 4,
    });
    expect(message(read.messages, 'caption-bad-cue')).toMatchObject({
      actual: 'Bad time.',
      line: 6,
    });
    expect(read.messages?.some((m) => /1 user data block/.test(m.reason))).toBe(true);
    expect(message(read.messages, 'caption-styling')?.reason).toContain('2 italics');
  });

  it('reads the code table the GSI names: Cyrillic (01), Greek (03)', () => {
    // «Добрый вечер» in ISO 8859-5: Д 0xB4, о 0xDE, б 0xD1, р 0xE0, ы 0xEB, й 0xD9, в 0xD2, е 0xD5, ч 0xE7.
    const russian = [0xb4, 0xde, 0xd1, 0xe0, 0xeb, 0xd9, 0x20, 0xd2, 0xd5, 0xe7, 0xd5, 0xe0, 0x2e];
    const ru = stlToLines(
      bytesToByteString(
        buildStlFile({ cct: '01', lc: '56' }, [
          { sn: 0, tci: [0, 0, 1, 0], tco: [0, 0, 3, 0], tf: russian },
        ]),
      ),
    );
    expect(ru.text).toBe('Добрый вечер.');
    // «Καλησπέρα» in ISO 8859-7.
    const greek = [0xca, 0xe1, 0xeb, 0xe7, 0xf3, 0xf0, 0xdd, 0xf1, 0xe1];
    const el = stlToLines(
      bytesToByteString(
        buildStlFile({ cct: '03' }, [{ sn: 0, tci: [0, 0, 1, 0], tco: [0, 0, 3, 0], tf: greek }]),
      ),
    );
    expect(el.text).toBe('Καλησπέρα');
  });

  it('counts a cumulative set, and reports a file cut inside a block', () => {
    const file = buildStlFile({}, [
      { sn: 0, cs: 1, tci: [0, 0, 1, 0], tco: [0, 0, 6, 0], tf: rows('First they voted.') },
      { sn: 1, cs: 3, tci: [0, 0, 3, 0], tco: [0, 0, 6, 0], tf: rows('Then they left.') },
    ]);
    const cut = bytesToByteString(file.subarray(0, file.length - 50));
    const read = stlToLines(cut);
    expect(read.text).toBe('First they voted.');
    expect(message(read.messages, 'stl-truncated')?.reason).toContain('78 bytes');
    const whole = stlToLines(bytesToByteString(file));
    expect(whole.text).toBe('First they voted. Then they left.');
    expect(message(whole.messages, 'stl-cumulative')?.reason).toContain('2 subtitle');
  });

  it('a file that is no EBU STL gives no text and an error saying why', () => {
    const short = stlToLines('850STL25.01 too short');
    expect(short.text).toBe('');
    expect(short.messages?.[0]).toMatchObject({ ruleId: 'stl-not-stl', severity: 'error' });
    expect(short.messages?.[0]?.reason).toContain('shorter than the 1024-byte GSI');
    const text = stlToLines('x'.repeat(2000));
    expect(text.messages?.[0]?.reason).toContain('STLxx.01');
    // Text is never taken for STL, nor STL-looking text that lacks the code page.
    expect(detectInputFormat('STL25.01 is the EBU format.\n')).toBe('text');
    expect(stlToSrt('x'.repeat(2000))).toBeNull();
  });

  it('stlToSrt gives the subtitles as SRT on the same clock (the form shows them so)', () => {
    const data = bytesToByteString(
      buildStlFile({}, [
        { sn: 0, tci: [0, 0, 1, 5], tco: [0, 0, 2, 0], tf: rows('One & two.', 'Three.') },
      ]),
    );
    expect(stlToSrt(data)).toBe('1\n00:00:01,200 --> 00:00:02,000\nOne &amp; two.\nThree.\n');
    expect(subtitlesText(stlToSrt(data) ?? '')).toBe('One & two. Three.');
  });
});

describe('caption text exports read as sbv: Avid DS, Adobe Encore, QuickTime text', () => {
  it('Avid DS / SubCap: the first caption right under <begin subtitles>, captions without blank lines', () => {
    const avid =
      '@ This file written with the Avid Caption plugin, version 1\n\n<begin subtitles>\n00:00:01:00 00:00:03:12\nGood evening.\n00:00:04:00 00:00:06:00\nJANE: Welcome back.\n<end subtitles>\n';
    expect(detectInputFormat(avid)).toBe('sbv');
    const read = sbvToLines(avid);
    expect(read.text.split('\n\n')).toEqual(['Good evening.', 'JANE: Welcome back.']);
    expect(read.timedTokens?.[0]?.start).toBe(1000);
    expect(read.timedTokens?.find((t) => t.text === 'Welcome')?.start).toBe(4000);
    expect(message(read.messages, 'subtitle-preamble')?.actual).toBe(
      '@ This file written with the Avid Caption plugin, version 1\n<begin subtitles>',
    );
  });

  it('Adobe Encore: number, in, out and text on one line, a row under it; NTSC semicolons at 29.97', () => {
    const pal =
      '1 00:00:05:10 00:00:09:02 Good evening, and welcome.\n2 00:00:10:00 00:00:12:00 JANE: The council met today\nto vote on the budget.\n3 00:00:12:05 00:00:75:00 Bad time.\n';
    expect(detectInputFormat(pal)).toBe('sbv');
    const read = sbvToLines(pal);
    expect(read.text.split('\n\n')).toEqual([
      'Good evening, and welcome.',
      'JANE: The council met today to vote on the budget.',
    ]);
    expect(read.timedTokens?.[0]?.start).toBe(5400);
    expect(message(read.messages, 'caption-bad-cue')?.actual).toBe(
      '3 00:00:12:05 00:00:75:00 Bad time.',
    );
    const ntsc = sbvToLines(
      '1 00;00;05;10 00;00;09;02 Good evening.\n2 00;00;10;00 00;00;12;00 Welcome back.\n',
    );
    expect(message(ntsc.messages, 'caption-frames')?.reason).toContain('29.97 fps');
    // Frame 160 at 29.97 fps.
    expect(ntsc.timedTokens?.[0]?.start).toBe(Math.round((160 * 1001) / 30));
    // Tab-separated, no numbers.
    const tabs = sbvToLines('00:00:01:00\t00:00:02:00\tOne.\n00:00:03:00\t00:00:04:00\tTwo.\n');
    expect(tabs.text).toBe('One. Two.');
  });

  it('QuickTime text: descriptors, stamps in time-scale units, a stamp alone clears', () => {
    const qt =
      '{QTtext} {font:Tahoma}\n{plain} {size:20}\n{timeScale:30}\n{timeStamps:absolute} {language:0}\n[00:00:00.15]\nJANE: Good evening.\n[00:00:03.00]\n\n[00:00:04.00]\n{italic}The council met{plain}\ntoday to vote.\n[00:00:06.20]\n';
    expect(detectInputFormat(qt)).toBe('sbv');
    const read = sbvToLines(qt);
    expect(read.text).toBe('JANE: Good evening. The council met today to vote.');
    const tokens = read.timedTokens ?? [];
    expect(tokens[0]?.start).toBe(500);
    expect(tokens.find((t) => t.text === 'evening.')?.end).toBe(3000);
    expect(tokens.at(-1)?.end).toBe(6667);
    expect(rules(read.messages).filter((r) => r === 'caption-styling')).toHaveLength(2);
    expect(read.messages?.find((m) => m.actual === '{italic} {plain}')).toMatchObject({ line: 10 });
    // Without a time scale the fraction is decimal; relative stamps add up.
    const decimal = sbvToLines(
      '{QTtext}{timeStamps:relative}\n[00:00:01.50]\nOne two.\n[00:00:02.00]\n',
    );
    expect(decimal.timedTokens?.[0]?.start).toBe(1500);
    expect(decimal.timedTokens?.at(-1)?.end).toBe(3500);
  });

  it.each([
    ['a transcript with bracketed times', '[00:00:01.15] JANE: Hello.\n[00:00:04.00] TOM: Hi.\n'],
    ['a note that mentions QuickTime', 'Export it as {QTtext} for the editor.\n'],
    ['a log with one timecode a line', '00:00:05:10 Jane arrives\n00:00:09:02 Tom leaves\n'],
    ['a rundown with two timecodes and no text on the first line', '00:00:05:10 00:00:09:02\n'],
  ])('%s is not read as a caption export', (_, text) => {
    expect(detectInputFormat(text)).not.toBe('sbv');
  });
});

/**
 * SCC as MacCaption MCC, written here after the MCC layout: one line a frame at 30 drop-frame, a
 * CDP of 20 cc_data entries (the 608 pair on field 1, field 2 null, 18 DTVCC padding entries:
 * `OO`), run-length letters for the fixed runs (`T` 6101, `S` 9669, `R` FD8080, `Z` 00).
 */
function sccAsMcc(scc: string): string {
  const df = frameRate(30_000 / 1001, true);
  const out = [
    'File Format=MacCaption_MCC V1.0',
    '',
    '///////////////////////////////////////',
    '// Ancillary Data Packet Transfer File',
    '///////////////////////////////////////',
    '',
    'UUID=7A4B1F6E-0000-4000-8000-000000000001',
    'Creation Program=Test writer',
    'Time Code Rate=30DF',
    '',
  ];
  const pad = (n: number): string => String(n).padStart(2, '0');
  for (const line of scc.split('\n')) {
    const m = /^(\S+)\t(.+)$/.exec(line);
    if (!m) continue;
    const start = Math.round(((parseTimeValue(m[1] as string, df.fps) ?? 0) * df.fps) / 1000);
    (m[2] as string).split(' ').forEach((word, k) => {
      const { h, m: mm, s, f } = timecodeParts(start + k, df);
      const seq = pad((start + k) % 100);
      out.push(
        `${pad(h)}:${pad(mm)}:${pad(s)};${pad(f)}\tT52S524F43${seq}Z72F4FC${word.toUpperCase()}ROO74${seq}ZBB`,
      );
    });
  }
  return `${out.join('\n')}\n`;
}

describe('MacCaption MCC input (read as scc)', () => {
  it('round trip: our SCC as MCC reads back the same words on the same frames', () => {
    const srt = [
      '1\n00:00:05,000 --> 00:00:07,480\nGood evening, the storm reached the coast',
      '2\n00:00:09,000 --> 00:00:12,040\nBy morning the roads were closed.',
    ].join('\n\n');
    const scc = String(produce(srt, 'scc', options, 'srt').rendered?.body);
    const mcc = sccAsMcc(scc);
    expect(detectInputFormat(mcc)).toBe('scc');
    expect(formatFromFileName('promo.MCC')).toBe('scc');
    const fromScc = sccToLines(scc).timedTokens ?? [];
    const fromMcc = ingest(mcc, 'scc');
    const tokens = fromMcc.timedTokens ?? [];
    expect(tokens.map((t) => t.text)).toEqual(fromScc.map((t) => t.text));
    expect(tokens.length).toBeGreaterThan(10);
    for (const [k, t] of tokens.entries())
      expect(Math.abs(t.start - (fromScc[k]?.start ?? Number.NaN))).toBeLessThanOrEqual(1);
    expect(message(fromMcc.messages, 'caption-metadata')?.actual).toContain(
      'Creation Program=Test writer',
    );
    // Field 2 nulls and DTVCC padding (not valid) are no data to report.
    expect(rules(fromMcc.messages)).not.toContain('mcc-other-data');
  });

  it('expands the run-length letters, skips nulls, reports a line that is no packet', () => {
    // RCL, "HI", EOC at 1 s; EDM at 3 s. `G` is one FA0000 entry, `Q` a field 1 null.
    const packet = (pairs: string): string =>
      `T52S524F43ZZ72E${pairs.length === 6 ? 2 : 4}${pairs}G74ZZBB`;
    const mcc = [
      'File Format=MacCaption_MCC V1.0',
      'Time Code Rate=30DF',
      `00:00:01;00\t${packet('FC9420')}`,
      `00:00:01;01\t${packet('FC9420')}`,
      `00:00:01;02\t${packet('FCC849')}`,
      `00:00:01;03\t${packet('QFD9420FF0222')}`,
      `00:00:01;04\t${packet('FC942F')}`,
      `00:00:01;05\t${packet('FC942F')}`,
      '00:00:02;00\tnot hex at all!',
      `00:00:03;00\t${packet('FC942C')}`,
      `00:00:03;01\t${packet('FC942C')}`,
    ].join('\n');
    const read = mccToLines(mcc);
    expect(read.text).toBe('HI');
    // Shown from the frame after the first EOC (1 s + 4 frames) at 29.97.
    expect(read.timedTokens?.[0]?.start).toBe(Math.round((35 * 1001) / 30));
    // Field 2 data and a DTVCC packet entry on one line: left out, counted.
    expect(message(read.messages, 'mcc-other-data')).toMatchObject({ line: 6 });
    expect(message(read.messages, 'mcc-other-data')?.reason).toContain('left out 2 field 2');
    expect(message(read.messages, 'caption-bad-cue')).toMatchObject({
      line: 9,
      actual: '00:00:02;00\tnot hex at all!',
    });
  });
});

const INTEROP = `<?xml version="1.0" encoding="UTF-8"?>
<DCSubtitle Version="1.0">
  <SubtitleID>40950d85-63eb-4ee2-b1e8-45c126601b94</SubtitleID>
  <MovieTitle>Harbour Lights</MovieTitle>
  <ReelNumber>1</ReelNumber>
  <Language>English</Language>
  <LoadFont Id="Font1" URI="arial.ttf"/>
  <Font Id="Font1" Color="FFFFFFFF" Effect="border" EffectColor="FF000000" Italic="no" Size="42">
    <Subtitle SpotNumber="1" TimeIn="00:00:05:125" TimeOut="00:00:08:000" FadeUpTime="20" FadeDownTime="20">
      <Text VAlign="bottom" VPosition="16.0">Where were you</Text>
      <Text VAlign="bottom" VPosition="8.0">last <Font Italic="yes">night</Font>?</Text>
    </Subtitle>
    <Subtitle SpotNumber="2" TimeIn="00:00:09:000" TimeOut="00:00:11:200">
      <Text VAlign="bottom" VPosition="8.0">At the harbour &amp; the pier.</Text>
    </Subtitle>
    <Subtitle SpotNumber="3" TimeIn="00:00:12:300" TimeOut="00:00:13:000">
      <Text VAlign="bottom" VPosition="8.0">Bad tick.</Text>
    </Subtitle>
  </Font>
</DCSubtitle>
`;
const SMPTE_DCST = `<?xml version="1.0" encoding="UTF-8"?>
<SubtitleReel xmlns="http://www.smpte-ra.org/schemas/428-7/2010/DCST" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <Id>urn:uuid:e6a8ae03-ebbf-41ed-9def-913a87d1493a</Id>
  <ContentTitleText>Harbour Lights</ContentTitleText>
  <IssueDate>2026-11-30T10:00:00</IssueDate>
  <ReelNumber>1</ReelNumber>
  <Language>en</Language>
  <EditRate>25 1</EditRate>
  <TimeCodeRate>25</TimeCodeRate>
  <StartTime>00:00:00:00</StartTime>
  <LoadFont ID="theFontId">urn:uuid:3dec6dc0-39d0-498d-97d0-928d2eb78391</LoadFont>
  <SubtitleList>
    <Font ID="theFontId" Size="39" Weight="normal" Color="FFFFFFFF">
      <Subtitle SpotNumber="1" TimeIn="00:00:05:12" TimeOut="00:00:08:00" FadeUpTime="00:00:00:00" FadeDownTime="00:00:00:00">
        <Text Valign="bottom" Vposition="8">- Where were you?</Text>
        <Text Valign="bottom" Vposition="16">JANE:</Text>
      </Subtitle>
    </Font>
  </SubtitleList>
</SubtitleReel>
`;

describe('digital cinema subtitles (DCP XML, read as ttml)', () => {
  it('Interop: ticks of 4 ms, rows top to bottom, inline <Font> kept as words, head reported', () => {
    expect(detectInputFormat(INTEROP)).toBe('ttml');
    const read = ingest(INTEROP, 'ttml');
    expect(read.text).toBe('Where were you last night? At the harbour & the pier.');
    const tokens = read.timedTokens ?? [];
    // 00:00:05:125 is 5 s and 125 ticks of 4 ms.
    expect(tokens[0]?.start).toBe(5500);
    expect(tokens.find((t) => t.text === 'night?')?.end).toBe(8000);
    expect(tokens.at(-1)?.end).toBe(11_800);
    expect(read.hints?.title).toBe('Harbour Lights');
    expect(message(read.messages, 'caption-metadata')?.actual).toContain('ReelNumber: 1');
    expect(message(read.messages, 'caption-bad-cue')).toMatchObject({
      line: 16,
      actual: '00:00:12:300 00:00:13:000 Bad tick.',
    });
    expect(rules(read.messages)).toContain('caption-styling');
  });

  it('SMPTE 428-7: frames at the TimeCodeRate; a label row above a dashed row names its speaker', () => {
    expect(detectInputFormat(SMPTE_DCST)).toBe('ttml');
    const read = dcpToLines(SMPTE_DCST);
    // The JANE: row is placed higher (Vposition 16) though written second.
    expect(read.text).toBe('JANE: Where were you?');
    // 00:00:05:12 at 25 fps.
    expect(read.timedTokens?.[0]?.start).toBe(5480);
    expect(message(read.messages, 'caption-metadata')?.reason).toContain('frames at 25 fps');
  });

  it('an image subtitle is reported; a TTML file or other XML is not taken for DCP', () => {
    const images = dcpToLines(
      '<DCSubtitle><Subtitle TimeIn="00:00:01:000" TimeOut="00:00:02:000"><Image>sub1.png</Image></Subtitle><Subtitle TimeIn="00:00:03:000" TimeOut="00:00:04:000"><Text>Words.</Text></Subtitle></DCSubtitle>',
    );
    expect(images.text).toBe('Words.');
    expect(message(images.messages, 'caption-bad-cue')?.reason).toContain(
      '1 subtitle(s) are images',
    );
    expect(
      detectInputFormat('<?xml version="1.0"?><rss><item>DCSubtitle and SubtitleReel</item></rss>'),
    ).not.toBe('ttml');
    const ttml =
      '<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">Subtitle text.</p></div></body></tt>';
    expect(ingest(ttml, 'ttml').text).toBe('Subtitle text.');
  });
});

describe('a label alone above a dashed line (SRT too)', () => {
  it('names the speaker of the dashed line instead of dropping the label', () => {
    const read = ingest('1\n00:00:05,480 --> 00:00:08,000\nJANE:\n- Where were you?\n', 'srt');
    expect(read.text).toBe('JANE: Where were you?');
  });
});

describe('linear in the input', () => {
  it('SAMI with many SYNCs, or many < without >, and QuickTime text with many stamps', () => {
    const syncs = (n: number): string =>
      `<SAMI><BODY>${Array.from({ length: n }, (_, i) => `<SYNC Start=${i * 1000}><P Class=EN>Word ${i}.`).join('\n')}</BODY></SAMI>`;
    expect(doublingRatio(syncs, (t) => samiToLines(t), 2000)).toBeLessThan(LINEAR_BOUND);
    const opens = (n: number): string => `<SAMI><BODY><SYNC Start=0><P>${'<'.repeat(n)}`;
    expect(doublingRatio(opens, (t) => samiToLines(t), 20_000)).toBeLessThan(LINEAR_BOUND);
    const stamps = (n: number): string =>
      `{QTtext}\n${Array.from({ length: n }, () => '[00:00:01.00]\nSame time.').join('\n')}`;
    expect(doublingRatio(stamps, (t) => sbvToLines(t), 2000)).toBeLessThan(LINEAR_BOUND);
  });
});

function subtitlesText(srt: string): string {
  return ingest(srt, 'srt').text;
}
