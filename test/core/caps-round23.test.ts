/**
 * Caption exports as input, round 23, each tested on cases written for these tests in its
 * convention: Final Cut Pro X's FCPXML (captions on clips, rational-second times); WebVTT colour
 * classes named by hex value; arrow time ranges with each time in brackets of its own or a
 * speaker's label after them; words an exporter puts on the timing line.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat, formatFromFileName, ingest } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(text: string): ScriptDocument {
  return produce(text, 'json', optionsSchema().parse({}), detectInputFormat(text)).document;
}

/** Each block as `speaker: text` (`-` for none), directions as `[text]`. */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) =>
    b.type === 'direction' ? `[${b.text}]` : `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`,
  );
}

/** An FCPXML document around `spine` (a sequence starting at `tcStart`). */
const fcpxml = (spine: string, tcStart = '0s') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE fcpxml>
<fcpxml version="1.9">
  <resources>
    <format id="r1" name="FFVideoFormat1080p25" frameDuration="100/2500s" width="1920" height="1080"/>
  </resources>
  <library>
    <event name="Bridge">
      <project name="BRIDGE PKG">
        <sequence format="r1" duration="60s" tcStart="${tcStart}" tcFormat="NDF">
          <spine>
${spine}
          </spine>
        </sequence>
      </project>
    </event>
  </library>
</fcpxml>
`;

const caption = (offset: string, duration: string, text: string, lang = 'en') =>
  `<caption lane="1" offset="${offset}" duration="${duration}" name="c" role="iTT?captionFormat=ITT.${lang}"><text placement="bottom"><text-style ref="ts">${text}</text-style></text><text-style-def id="ts"><text-style font="Helvetica" fontSize="13"/></text-style-def></caption>`;

describe('Final Cut Pro X FCPXML: captions as timed input', () => {
  it('is told by its root, read as ttml, and a .fcpxml upload is too', () => {
    const doc = fcpxml(
      `<gap offset="0s" duration="10s" start="0s">${caption('1s', '2s', 'Hello.')}</gap>`,
    );
    expect(detectInputFormat(doc)).toBe('ttml');
    expect(formatFromFileName('package.FCPXML')).toBe('ttml');
    expect(ingest(doc, 'ttml').text).toBe('Hello.');
  });

  it('times a caption through its clip: parent offset plus its offset less the clip start, from tcStart', () => {
    const spine = [
      '<asset-clip ref="r2" offset="3600s" start="120s" duration="10s" name="GV">',
      caption('121s', '3s', 'The bridge closed at noon.'),
      '</asset-clip>',
      '<asset-clip ref="r3" offset="3630s" start="42s" duration="10s" name="SOT">',
      caption('2002/50s', '3003/1000s', 'JANE ROSS: We were told nothing.'),
      '</asset-clip>',
    ].join('\n');
    const out = ingest(fcpxml(spine, '3600s'), 'ttml', { keepCueTimes: true }).text;
    // 3600 + (121 - 120) - 3600 = 1 s; 3630 + (40.04 - 42) - 3600 = 28.04 s.
    expect(out).toContain('[00:00:01] The bridge closed at noon.');
    expect(out).toContain('[00:00:28] JANE ROSS: We were told nothing.');
  });

  it('reads styled runs and line breaks as the words, speakers from the labels', () => {
    const spine = `<gap offset="0s" duration="30s" start="0s">
${caption('1s', '3s', 'The council met\nat the bridge.')}
${caption('5s', '3s', 'JANE ROSS: We were told nothing.')}
${caption('9s', '3s', 'REPORTER: The bridge reopens on Monday.')}
</gap>`;
    expect(turns(read(fcpxml(spine)))).toEqual([
      '-: The council met at the bridge.',
      'Jane Ross: We were told nothing.',
      'reporter: The bridge reopens on Monday.',
    ]);
  });

  it('one language of captions is read, the others reported with their words', () => {
    const spine = `<gap offset="0s" duration="30s" start="0s">
${caption('1s', '3s', 'The bridge closed.')}
${caption('1s', '3s', 'Le pont a fermé.', 'fr')}
${caption('5s', '3s', 'It reopens Monday.')}
</gap>`;
    const result = ingest(fcpxml(spine), 'ttml');
    expect(result.text).toBe('The bridge closed. It reopens Monday.');
    const other = result.messages?.find((m) => m.ruleId === 'caption-other-language');
    expect(other?.actual).toContain('Le pont a fermé.');
  });

  it('titles beside captions are reported; a file of titles alone reads them as the subtitles', () => {
    const lowerThird =
      '<title ref="r4" lane="2" offset="4s" duration="3s" name="LT" start="0s"><text><text-style ref="t1">JANE ROSS</text-style></text></title>';
    const withCaptions = ingest(
      fcpxml(
        `<gap offset="0s" duration="30s" start="0s">${lowerThird}${caption('5s', '3s', 'We were told nothing.')}</gap>`,
      ),
      'ttml',
    );
    expect(withCaptions.text).toBe('We were told nothing.');
    expect(withCaptions.messages?.find((m) => m.ruleId === 'caption-metadata')?.actual).toContain(
      'JANE ROSS',
    );
    const titles = ingest(
      fcpxml(
        `<gap offset="0s" duration="30s" start="0s"><title ref="r4" offset="1s" duration="3s" start="0s"><text><text-style ref="t1">The bridge closed.</text-style></text></title></gap>`,
      ),
      'ttml',
    );
    expect(titles.text).toBe('The bridge closed.');
  });

  it('a caption whose time is no rational time keeps its words in the report', () => {
    const result = ingest(
      fcpxml(
        `<gap offset="0s" duration="30s" start="0s">${caption('1s', '3s', 'Kept.')}${caption('soon', '3s', 'Untimed words.')}</gap>`,
      ),
      'ttml',
    );
    expect(result.text).toBe('Kept.');
    expect(result.messages?.find((m) => m.ruleId === 'caption-bad-cue')?.actual).toContain(
      'Untimed words.',
    );
  });
});

describe('WebVTT colour classes named by hex value', () => {
  const vtt = (a: string, b: string) =>
    `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<c.${a}>Is the road open?</c>\n\n00:00:03.500 --> 00:00:05.000\n<c.${b}>Not until Friday.</c>\n\n00:00:05.500 --> 00:00:07.000\n<c.${a}>Then we wait.</c>\n`;

  it('two hues are two voices, as the named classes are', () => {
    for (const [a, b] of [
      ['colorFFFF00', 'color00FFFF'],
      ['colorffff00', 'color00ff00'],
      ['colorFF0', 'colorF0F'],
    ]) {
      expect(turns(read(vtt(a as string, b as string)))).toEqual([
        'Speaker 1: Is the road open?',
        'Speaker 2: Not until Friday.',
        'Speaker 1: Then we wait.',
      ]);
    }
    const message = read(vtt('colorFFFF00', 'color00FFFF')).messages.find(
      (m) => m.ruleId === 'caption-colour-speakers',
    );
    expect(message?.reason).toContain('yellow → Speaker 1');
  });

  it('greys and white (YouTube’s colorE5E5E5, colorCCCCCC) are one colour: no speakers', () => {
    expect(turns(read(vtt('colorE5E5E5', 'colorCCCCCC')))).toEqual([
      '-: Is the road open? Not until Friday. Then we wait.',
    ]);
  });
});

describe('arrow time ranges before the words and labels', () => {
  it('SRT-style ranges with the label on the timing line: the label names the turn', () => {
    const text = [
      '00:00:01,000 --> 00:00:03,000 CHAIR:',
      'The meeting is open.',
      '',
      '00:00:03,500 --> 00:00:07,000 MORAG BELL:',
      'The report is late again.',
      '',
      '00:00:07,500 --> 00:00:10,000 CHAIR:',
      'Then next month.',
      '',
    ].join('\n');
    expect(turns(read(text))).toEqual([
      'chair: The meeting is open.',
      'Morag Bell: The report is late again.',
      'chair: Then next month.',
    ]);
  });

  it('each time in brackets of its own, the label and words on the line: read as captions', () => {
    const text = [
      '[00:01:02] --> [00:01:09] Chair: The meeting is open.',
      '[00:01:10] --> [00:01:15] Morag Bell: The report is late again.',
      '[00:01:16] --> [00:01:20] Chair: Then next month.',
    ].join('\n');
    expect(detectInputFormat(text)).toBe('srt');
    expect(turns(read(text))).toEqual([
      'chair: The meeting is open.',
      'Morag Bell: The report is late again.',
      'chair: Then next month.',
    ]);
    expect(ingest(text, 'srt', { keepCueTimes: true }).text).toContain('[00:01:02]');
  });

  it('minutes and seconds in brackets of their own are a range too', () => {
    const text = [
      '[01:02] --> [01:09] Chair: The meeting is open.',
      '[01:10] --> [01:15] Morag Bell: The report is late again.',
    ].join('\n');
    expect(detectInputFormat(text)).toBe('srt');
    expect(turns(read(text))).toEqual([
      'chair: The meeting is open.',
      'Morag Bell: The report is late again.',
    ]);
    expect(ingest(text, 'srt', { keepCueTimes: true }).text).toContain('[00:01:10]');
  });

  it('a cue number run onto its timing line is no part of the time', () => {
    const srt =
      '1 00:00:01,000 --> 00:00:03,000\nThe bridge closed.\n\n2 00:00:03,500 --> 00:00:05,000\nIt reopens Monday.\n';
    expect(detectInputFormat(srt)).toBe('srt');
    expect(ingest(srt, 'srt').text).toBe('The bridge closed. It reopens Monday.');
  });

  it('after a header (a text): the whole range is the time anchor, none of it left in the words', () => {
    const text = [
      'Harbour Committee - public session',
      '',
      '[00:01:02] --> [00:01:09] Chair: The meeting is open.',
      '[00:01:10] --> [00:01:15] Morag Bell: The report is late again.',
      '[00:01:16] --> [00:01:20] Chair: Then next month.',
    ].join('\n');
    expect(detectInputFormat(text)).toBe('text');
    const doc = read(text);
    expect(turns(doc).slice(1)).toEqual([
      'chair: The meeting is open.',
      'Morag Bell: The report is late again.',
      'chair: Then next month.',
    ]);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toContain('-->');
  });

  it('a range alone over words no label opens (a text): the paragraph’s time, not its words', () => {
    for (const range of [
      '00:01:16 - 00:01:20',
      '00:01:16:00 - 00:01:20:00',
      '[00:01:16] --> [00:01:20]',
    ]) {
      const doc = read(
        `Harbour committee minutes\n\n00:01:10 - 00:01:15 MORAG BELL:\nThe report is late again.\n\n${range}\nThe chair thanked the members.\n`,
      );
      expect(doc.blocks.at(-1)?.text).toBe('The chair thanked the members.');
      expect(doc.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === range)).toBe(true);
    }
  });

  it('a council’s labels: Chair (Cllr Name) is the named holder, Member of the public a voice', () => {
    const doc = read(
      'Chair (Cllr Ewan Drummond): Questions now.\n\nMember of the public: Who pays for it?\n\nChair (Cllr Ewan Drummond): Officers will report.\n',
    );
    expect(turns(doc)).toEqual([
      'Ewan Drummond: Questions now.',
      'audience member: Who pays for it?',
      'Ewan Drummond: Officers will report.',
    ]);
  });
});

describe('words on the timing line are kept', () => {
  it('SRT: the first caption line after the end time is the cue’s first line', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:03,000 The bridge closed\nat noon on Friday.\n\n2\n00:00:03,500 --> 00:00:06,000 Drivers were sent\nthrough the town.\n';
    expect(ingest(srt, 'srt').text).toBe(
      'The bridge closed at noon on Friday. Drivers were sent through the town.',
    );
  });

  it('WebVTT cue settings stay settings; words after them are kept', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start line:84% position:10%\nThe bridge closed.\n\n00:00:03.500 --> 00:00:05.000 line:0 And it reopens\non Monday.\n';
    expect(ingest(vtt, 'vtt').text).toBe('The bridge closed. And it reopens on Monday.');
  });
});

describe('an editor’s timecode list with a speaker column', () => {
  it('in and out timecodes, the speaker, the words, tab apart: the speaker names the turn', () => {
    const list = [
      '00:00:01:00\t00:00:03:00\tMorag Bell\tThe harbour wall is cracked.',
      '00:00:03:12\t00:00:05:00\tEwan Drummond\tWhen did you find it?',
      '00:00:05:12\t00:00:08:00\tMorag Bell\tOn the spring tide last week.',
    ].join('\n');
    expect(turns(read(list))).toEqual([
      'Morag Bell: The harbour wall is cracked.',
      'Ewan Drummond: When did you find it?',
      'Morag Bell: On the spring tide last week.',
    ]);
    // Without the column (Encore's own lines), the words are the caption's alone.
    expect(
      ingest(
        '0001 00:00:01:00 00:00:03:00 The wall is cracked.\n0002 00:00:03:12 00:00:05:00 Since when?',
        'sbv',
      ).text,
    ).toBe('The wall is cracked. Since when?');
  });
});
