/**
 * Machine-made inputs of shapes the earlier rounds did not read: YouTube's caption XML, web
 * pages' speaker conventions, speech-to-text JSON in envelopes or trimmed responses. Each rule is
 * checked on its convention and on a counter-case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat, type InputFormat, resultText } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare, produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const fixture = (dir: string, name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', dir, name), 'utf8');
const read = (input: string, format: InputFormat = detectInputFormat(input)): ScriptDocument =>
  prepare(input, options, format);
const speech = (doc: ScriptDocument): [string | null, string][] =>
  doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [doc.speakers.find((s) => s.id === b.speaker)?.name ?? null, b.text]);
const rules = (doc: ScriptDocument): string[] => doc.messages.map((m) => m.ruleId);

describe('YouTube caption XML (timedtext srv3, srv2, srv1)', () => {
  it('reads srv3 auto-captions word by word on their own times', () => {
    const input = fixture('captions', 'youtube-srv3-auto.xml');
    expect(detectInputFormat(input)).toBe('ttml');
    const doc = read(input);
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => b.text)).toEqual(["so today we're looking at the budget"]);
    const words = doc.blocks[0]?.timedWords ?? [];
    // `<s t="640">` is 640 ms after its caption's `t="160"`.
    expect(words.map((w) => w.startMs)).toEqual([160, 480, 800, 1280, 2540, 2940, 3340]);
    // The pens and windows of the head and body hold no words.
    expect(doc.blocks).toHaveLength(1);
    const srt = produce(input, 'srt', options, 'ttml').rendered?.body ?? '';
    expect(srt).toContain('00:00:00,160 -->');
    expect(srt).not.toMatch(/<s|t=|pen/);
  });

  it('reads srv1 (<transcript><text start dur>, seconds) and keeps every word once', () => {
    const input =
      '<?xml version="1.0" encoding="utf-8" ?><transcript><text start="1.2" dur="2.4">Welcome back.</text><text start="3.8" dur="2.1">Fees rise by 5% &amp;amp; rents too.</text></transcript>';
    expect(detectInputFormat(input)).toBe('ttml');
    const doc = read(input);
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'Welcome back. Fees rise by 5% & rents too.',
    );
    expect(doc.blocks[0]?.startMs).toBe(1200);
    expect(doc.blocks.at(-1)?.endMs).toBe(5900);
  });

  it('reports a caption whose time does not parse, and a paste that only names timedtext stays text', () => {
    const doc = read(
      '<timedtext format="3"><body><p t="0" d="900">One two.</p><p t="x" d="500">Lost words.</p></body></timedtext>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['One two.']);
    expect(doc.messages.find((m) => m.ruleId === 'caption-bad-time')?.actual).toBe('Lost words.');
    expect(detectInputFormat('The timedtext endpoint <timedtext> was down.')).toBe('text');
    expect(detectInputFormat('<transcript>Jane: hello</transcript>')).not.toBe('ttml');
  });
});

describe('web pages: names set apart as speaker labels', () => {
  it('reads bold names without a colon as tags when the page labels every turn so', () => {
    const doc = read(
      '<article><h1>Flood plan</h1><p><b>Jane Doe</b> Mayor, welcome.</p><p><b>Ruth Alvarez</b> Glad to be here.</p><p><b>Jane Doe</b> What changes?</p><p><b>Ruth Alvarez</b> Nothing this year.</p></article>',
    );
    expect(speech(doc)).toEqual([
      ['Jane Doe', 'Mayor, welcome.'],
      ['Ruth Alvarez', 'Glad to be here.'],
      ['Jane Doe', 'What changes?'],
      ['Ruth Alvarez', 'Nothing this year.'],
    ]);
    expect(rules(doc).filter((r) => r === 'html-speaker-label')).toHaveLength(4);
    // A CMS that keeps each name on one line (`Jane&nbsp;Doe`): the same turns, the same names.
    const nbsp = read(
      '<article><h1>Flood plan</h1><p><b>Jane&nbsp;Doe</b> Mayor, welcome.</p><p><b>Ruth&nbsp;Alvarez</b> Glad to be here.</p><p><b>Jane&nbsp;Doe</b> What changes?</p><p><b>Ruth&nbsp;Alvarez</b> Nothing this year.</p></article>',
    );
    expect(speech(nbsp)).toEqual(speech(doc));
    // A bold lead-in with a no-break space in it is still no name (one word of its own, once).
    const lead = read(
      '<article><h1>Storm</h1><p><b>Breaking&nbsp;news</b> The river crested.</p><p><b>Update</b> Two roads closed.</p><p><b>Update</b> Schools shut.</p></article>',
    );
    expect(lead.speakers).toEqual([]);
  });

  it('reads <p class="speaker"> and <dt> names over the words, each paragraph under it theirs', () => {
    const podcast = read(
      '<article><h1>Episode 12</h1><p class="speaker">Lena Park</p><p>Welcome to the show.</p><p class="speaker">Omar Said</p><p>Thanks for having me.</p><p>It is a big topic.</p><p class="speaker">Lena Park</p><p>Let us start.</p></article>',
    );
    expect(speech(podcast)).toEqual([
      ['Lena Park', 'Welcome to the show.'],
      ['Omar Said', 'Thanks for having me.'],
      ['Omar Said', 'It is a big topic.'],
      ['Lena Park', 'Let us start.'],
    ]);
    const hearing = read(
      '<article><h1>Budget hearing</h1><dl><dt>CHAIR SMITH</dt><dd>The committee will come to order.</dd><dt>MS. JONES</dt><dd>Thank you.</dd><dt>CHAIR SMITH</dt><dd>Please proceed.</dd></dl></article>',
    );
    expect(speech(hearing).map(([, text]) => text)).toEqual([
      'The committee will come to order.',
      'Thank you.',
      'Please proceed.',
    ]);
    expect(new Set(speech(hearing).map(([name]) => name)).size).toBe(2);
  });

  it('reads <span class="speaker"> names before the words, the turn’s time after them an anchor', () => {
    const doc = read(
      '<article><h1>Episode 9</h1><p><span class="speaker">Lena Park</span> <span class="timestamp">00:00:04</span> Welcome back.</p><p><span class="speaker">Omar Said</span> <span class="timestamp">00:00:09</span> Glad to be here.</p><p><span class="speaker">Lena Park</span> <span class="timestamp">00:01:12</span> Let us begin.</p></article>',
    );
    expect(speech(doc)).toEqual([
      ['Lena Park', 'Welcome back.'],
      ['Omar Said', 'Glad to be here.'],
      ['Lena Park', 'Let us begin.'],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      4000, 9000, 72000,
    ]);
    // A span of the class inside a sentence is not a label.
    const inline = read(
      '<article><h1>Note</h1><p>We asked <span class="speaker">Lena Park</span> about it.</p><p>She <span class="speaker">Omar Said</span> agreed.</p><p>And <span class="speaker">Lena Park</span> left.</p></article>',
    );
    expect(inline.speakers).toEqual([]);
  });

  it('reads headings that name the speaker over the words, but not topic headings over tagged turns', () => {
    const doc = read(
      '<article><h1>Town hall</h1><h4>Mayor Ruth Grant</h4><p>Let us begin.</p><h4>Councillor Ben Hughes</h4><p>A question first.</p><p>It is about the pool.</p><h4>Mayor Ruth Grant</h4><p>Go ahead.</p></article>',
    );
    expect(speech(doc).map(([, text]) => text)).toEqual([
      'Let us begin.',
      'A question first.',
      'It is about the pool.',
      'Go ahead.',
    ]);
    expect(doc.speakers.map((sp) => sp.name)).toEqual(['Ruth Grant', 'Ben Hughes']);
    const topics = read(
      '<article><h1>Oral Answers</h1><h3>Hospital Waiting Lists</h3><p>Mr Tom Reed (Northfield): What steps?</p><p>The Minister (Ann Cole): We are investing.</p><h3>Housing Supply</h3><p>Ms Jo Park (Eastby): How many homes?</p><h3>Hospital Waiting Lists</h3><p>Mr Tom Reed (Northfield): A follow-up.</p></article>',
    );
    expect(topics.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Oral Answers',
      'Hospital Waiting Lists',
      'Housing Supply',
      'Hospital Waiting Lists',
    ]);
    expect(rules(topics)).not.toContain('html-speaker-label');
  });

  it('leaves bold lead-ins and a glossary (each term once) as text', () => {
    const doc = read(
      '<article><h1>Storm live</h1><p><strong>Breaking</strong> The river crested.</p><p><strong>Update</strong> Two roads closed.</p><p><strong>Update</strong> Schools shut.</p><dl><dt>Levee</dt><dd>An embankment.</dd><dt>Crest</dt><dd>The highest level.</dd><dt>Surge</dt><dd>A rise of water.</dd></dl></article>',
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.text)).toContain('Breaking The river crested.');
    expect(rules(doc)).not.toContain('html-speaker-label');
  });

  it('keeps the lines after a <br> in a bold-labelled turn with its speaker', () => {
    const doc = read(
      '<article><h1>Pumps</h1><p><strong>Doe:</strong> And the pumps?<br>Are they ready?</p><p><strong>Alvarez:</strong> Three of four are.<br>The fourth is being repaired.</p><p>The council meets again on Monday.</p></article>',
    );
    // A line after a <br> goes on its paragraph (one block per <p>), still the speaker's.
    expect(speech(doc)).toEqual([
      ['Doe', 'And the pumps? Are they ready?'],
      ['Alvarez', 'Three of four are. The fourth is being repaired.'],
    ]);
    // A paragraph of its own after the turn is still the article's narration.
    expect(doc.blocks.at(-1)).toMatchObject({ type: 'narration', speaker: null });
  });
});

describe('speech-to-text JSON: envelopes, trimmed responses, other services', () => {
  const timedWords = (doc: ScriptDocument) => doc.blocks.flatMap((b) => b.timedWords ?? []);

  it('reads Gladia v2 (utterances under result.transcription): speakers, words on their times', () => {
    const doc = read(fixture('asr', 'gladia-v2.json'));
    expect(doc.timed).toBe(true);
    expect(speech(doc)).toEqual([
      ['Speaker 1', 'The ferry resumes service on Friday.'],
      ['Speaker 2', 'Is that confirmed?'],
      ['Speaker 1', 'It is.'],
    ]);
    expect(timedWords(doc)[1]).toEqual({ text: 'ferry', startMs: 350, endMs: 700 });
    expect(rules(doc)).toContain('diarization');
  });

  it('reads a result in a job envelope and a bare list of segments; other JSON is refused', () => {
    const verbose = {
      task: 'transcribe',
      segments: [
        { id: 0, start: 0, end: 1.6, text: ' Polls close at eight.' },
        { id: 1, start: 1.8, end: 3.2, text: ' Results follow.' },
      ],
    };
    for (const wrapped of [{ result: verbose }, { data: { result: verbose } }]) {
      const doc = read(JSON.stringify(wrapped));
      expect(doc.blocks.map((b) => b.text)).toEqual(['Polls close at eight. Results follow.']);
      expect(doc.blocks[0]).toMatchObject({ startMs: 0, endMs: 3200 });
    }
    // youtube-transcript-api: `duration` for `end`.
    const youtube = read(
      JSON.stringify([
        { text: 'welcome back', start: 0, duration: 2.1 },
        { text: 'today we look at the budget', start: 2.1, duration: 2.5 },
      ]),
    );
    expect(youtube.blocks[0]).toMatchObject({ startMs: 0, endMs: 4600 });
    expect(timedWords(youtube)[1]).toMatchObject({ text: 'back', endMs: 2100 });
    const list = read(fixture('asr', 'segments-array.json'));
    expect(speech(list)).toEqual([
      ['Speaker 1', 'Polls close at eight.'],
      ['Speaker 2', 'Results follow soon.'],
    ]);
    // JSON of another kind is not a transcript of braces: no text, and the reason says why.
    for (const other of ['{"id":"j1","status":"queued"}', '[1, 2, 3]', '{"result":{"id":"j1"}}']) {
      expect(detectInputFormat(other)).toBe('json');
      const doc = read(other);
      expect(doc.blocks).toEqual([]);
      expect(doc.messages.find((m) => m.ruleId === 'asr-unreadable')?.severity).toBe('error');
    }
    expect(
      read('{"id":"j1","status":"queued"}').messages.find((m) => m.ruleId === 'asr-unreadable')
        ?.reason,
    ).toContain('id, status');
    // Text that only opens with a brace is still text.
    expect(detectInputFormat('{music} Good evening. [applause]')).toBe('text');
  });

  it('reads Azure fast transcription phrases: speakers, word times, or the phrase spread', () => {
    const fast = fixture('asr', 'azure-speech-fast.json');
    const doc = read(fast);
    expect(speech(doc)).toEqual([
      ['Speaker 1', 'The bridge reopens Monday.'],
      ['Speaker 2', 'Good news for drivers.'],
    ]);
    expect(timedWords(doc)[3]).toEqual({ text: 'Monday.', startMs: 1220, endMs: 1920 });
    // Without word timestamps (the default): each phrase's text over its span.
    const json = JSON.parse(fast);
    for (const phrase of json.phrases) delete phrase.words;
    const spread = read(JSON.stringify(json));
    expect(spread.blocks.map((b) => [b.startMs, b.endMs])).toEqual([
      [120, 1920],
      [2300, 3900],
    ]);
    // A time that is not one is refused, naming it.
    json.phrases[1].offsetMilliseconds = '2.3s';
    const bad = read(JSON.stringify(json));
    expect(bad.blocks).toEqual([]);
    expect(bad.messages.find((m) => m.ruleId === 'asr-bad-time')?.reason).toContain('2.3s');
  });

  it('reads a result that gives only its text (OpenAI json) as untimed text, with a warning', () => {
    const doc = read(
      JSON.stringify({
        text: 'Polls close at eight. Results by midnight.',
        usage: { total_tokens: 9 },
      }),
    );
    expect(doc.timed).toBe(false);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Polls close at eight. Results by midnight.']);
    expect(doc.messages.find((m) => m.ruleId === 'asr-input')?.severity).toBe('warning');
    expect(read('{"result":{"text":"Wrapped words."}}').blocks[0]?.text).toBe('Wrapped words.');
    // A member no such result has: not its text (a request with a mistyped member is refused).
    expect(resultText({ text: 'Hi.', outptu: 'srt' })).toBeNull();
    expect(resultText({ text: '  ', task: 'transcribe' })).toBeNull();
  });

  it('reads Whisper word timestamps with an empty segments list as timed words', () => {
    const doc = read(
      JSON.stringify({
        task: 'transcribe',
        text: 'Hello there.',
        segments: [],
        words: [
          { word: 'Hello', start: 0.1, end: 0.5 },
          { word: 'there', start: 0.5, end: 1 },
        ],
      }),
    );
    expect(doc.timed).toBe(true);
    expect(doc.blocks[0]).toMatchObject({ text: 'Hello there.', startMs: 100, endMs: 1000 });
  });

  it('reads Deepgram saved with utterances only, or paragraphs without words', () => {
    const doc = read(fixture('asr', 'dg-utterances-only.json'));
    expect(speech(doc)).toEqual([
      ['Speaker 1', 'The vote passed eight to one.'],
      ['Speaker 2', 'Was it close?'],
    ]);
    expect(timedWords(doc).map((w) => w.startMs)).toEqual([
      100, 300, 600, 1000, 1300, 1500, 2600, 2900, 3100,
    ]);
    const paragraphs = {
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'Rain moves in tonight. Winds pick up.',
                paragraphs: {
                  paragraphs: [
                    {
                      speaker: 0,
                      start: 0.2,
                      end: 1.6,
                      sentences: [{ text: 'Rain moves in tonight.', start: 0.2, end: 1.6 }],
                    },
                    {
                      speaker: 1,
                      start: 2,
                      end: 3.7,
                      sentences: [{ text: 'Winds pick up.', start: 2, end: 3.7 }],
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    };
    const fromParagraphs = read(JSON.stringify(paragraphs));
    expect(speech(fromParagraphs)).toEqual([
      ['Speaker 1', 'Rain moves in tonight.'],
      ['Speaker 2', 'Winds pick up.'],
    ]);
    expect(fromParagraphs.blocks[1]).toMatchObject({ startMs: 2000, endMs: 3700 });
  });

  it('drops Rev.ai’s <unk> and unknown elements as recognizer markers, keeping the words', () => {
    const doc = read(fixture('asr', 'revai-unknown.json'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Good evening, council.', 'Thanks. We agree.']);
    expect(doc.messages.find((m) => m.ruleId === 'asr-tool-markers')?.reason).toMatch(/Dropped 2 /);
    // A word that only contains the letters is a word.
    const words = read(
      JSON.stringify({
        monologues: [
          {
            speaker: 0,
            elements: [
              { type: 'text', value: 'unknown', ts: 0, end_ts: 0.4 },
              { type: 'punct', value: '.' },
            ],
          },
        ],
      }),
    );
    expect(words.blocks.map((b) => b.text)).toEqual(['unknown.']);
  });
});

describe('TTML exports: self-closing elements and agents without names', () => {
  const tt = (head: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">\n<head>${head}</head>\n<body><div>\n${body}\n</div></body>\n</tt>\n`;

  it('does not report <br/> and <style …/> as elements left open; a real one still is', () => {
    const doc = read(
      tt(
        '<styling><style xml:id="s1" tts:color="white"/></styling>',
        '<p begin="00:00:01.000" end="00:00:03.000" style="s1">How bad<br/>is it?</p>',
      ),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['How bad is it?']);
    expect(rules(doc)).not.toContain('xml-malformed');
    const open = read(
      tt('', '<p begin="00:00:01.000" end="00:00:03.000">How bad <span>is it?</p>'),
    );
    expect(rules(open)).toContain('xml-malformed');
  });

  it('numbers agents the head does not name as speakers, never printing their ids', () => {
    const doc = read(
      tt(
        '<metadata><ttm:agent xml:id="narrator" type="person"/><ttm:agent xml:id="p2" type="person"><ttm:name type="full">Amy Lin</ttm:name></ttm:agent></metadata>',
        [
          '<p begin="00:00:01.000" end="00:00:02.000"><span ttm:agent="a1">It is bad.</span></p>',
          '<p begin="00:00:02.500" end="00:00:04.000"><span ttm:agent="a7">How bad?</span></p>',
          '<p begin="00:00:04.500" end="00:00:06.000"><span ttm:agent="a1">Very.</span></p>',
          '<p begin="00:00:06.500" end="00:00:08.000"><span ttm:agent="p2">Thank you.</span></p>',
          '<p begin="00:00:08.500" end="00:00:10.000"><span ttm:agent="narrator">Later that day.</span></p>',
        ].join('\n'),
      ),
    );
    expect(speech(doc)).toEqual([
      ['Speaker 1', 'It is bad.'],
      ['Speaker 2', 'How bad?'],
      ['Speaker 1', 'Very.'],
      ['Amy Lin', 'Thank you.'],
      ['Speaker 3', 'Later that day.'],
    ]);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/\ba[17]\b|narrator/);
  });
});

describe('web pages: a transcript set as a table', () => {
  it('reads Time | Speaker | Text rows as tagged turns with their time, the header row reported', () => {
    const doc = read(
      '<main><h1>Evening bulletin</h1><table><thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead><tbody><tr><td>00:00:05</td><td>Anchor</td><td>Good evening.</td></tr><tr><td>00:00:09</td><td>Tom Reed</td><td>Crews worked <b>all</b> night.</td></tr><tr><td>00:00:15</td><td>Anchor</td><td>How long?</td></tr></tbody></table></main>',
    );
    expect(speech(doc).map(([, text]) => text)).toEqual([
      'Good evening.',
      'Crews worked all night.',
      'How long?',
    ]);
    expect(speech(doc)[1]?.[0]).toBe('Tom Reed');
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.timestampMs)).toEqual([
      5000, 9000, 15000,
    ]);
    expect(doc.messages.find((m) => m.ruleId === 'html-dropped')?.actual).toBe(
      'Time | Speaker | Text',
    );
    // Two columns, Speaker | Transcript: the same, not an A/V script.
    const two = read(
      '<table><tr><td>Speaker</td><td>Transcript</td></tr><tr><td>Jane Doe</td><td>Hello.</td></tr><tr><td>Sam Lee</td><td>Hi there.</td></tr><tr><td>Jane Doe</td><td>Shall we?</td></tr></table>',
    );
    expect(speech(two)).toEqual([
      ['Jane Doe', 'Hello.'],
      ['Sam Lee', 'Hi there.'],
      ['Jane Doe', 'Shall we?'],
    ]);
  });

  it('leaves tables of data and A/V scripts as they were read', () => {
    const data = read(
      '<table><tr><th>Name</th><th>Votes</th><th>Ward</th></tr><tr><td>Ann Cole</td><td>412</td><td>North</td></tr><tr><td>Bo Li</td><td>388</td><td>South</td></tr></table>',
    );
    expect(data.speakers).toEqual([]);
    expect(data.blocks.map((b) => b.text).join(' ')).toContain('Ann Cole 412 North');
    expect(rules(data)).not.toContain('html-dropped');
  });
});

describe('HTML fragments that open with a table or a list', () => {
  it('are read as HTML, cells apart; a sentence mentioning a tag stays text', () => {
    for (const fragment of [
      '<table><tr><td>Ann</td><td>412</td></tr></table>',
      '<ul><li>One</li></ul>',
      '<dl><dt>A</dt></dl>',
    ])
      expect(detectInputFormat(fragment)).toBe('html');
    expect(detectInputFormat('<b>bold</b> start')).toBe('text');
    expect(detectInputFormat('<tablet> is not a tag we know')).toBe('text');
  });
});

describe('Avid SubCap captions (read as sbv)', () => {
  const subcap = fixture('captions', 'avid-subcap.txt');

  it('reads each caption on its timecodes, frames at fps, the header and end marker not text', () => {
    expect(detectInputFormat(subcap)).toBe('sbv');
    const doc = read(subcap);
    expect(doc.timed).toBe(true);
    expect(speech(doc).map(([, text]) => text)).toEqual([
      'Good evening. Floods hit the coast. Our reporter is there.',
      'The water rose in minutes.',
    ]);
    expect(doc.speakers.map((sp) => sp.role)).toEqual(['anchor', 'reporter']);
    // `00:00:06:10` is 6.4 s at 25 fps, 6.333 s at 30.
    expect(doc.blocks[1]?.startMs).toBe(6400);
    expect(prepare(subcap, { ...options, fps: 30 }, 'sbv').blocks[1]?.startMs).toBe(6333);
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).not.toMatch(/subtitles|Avid|@/);
    expect(rules(doc)).toContain('caption-frames');
    // The header is the preamble, reported with its text.
    expect(doc.messages.find((m) => m.ruleId === 'subtitle-preamble')?.actual).toContain('Avid');
  });

  it('reads frames past the given rate at 30 fps; a paste that mentions the marker is text', () => {
    const ntsc = '<begin subtitles>\n\n00:00:01:15 00:00:02:29\nLate frame.\n\n<end subtitles>\n';
    // The end's frame 29 says 30 fps: the start is 1.5 s.
    expect(read(ntsc).blocks[0]?.startMs).toBe(1500);
    expect(detectInputFormat('We typed <begin subtitles> into the box.')).toBe('text');
  });
});

describe('captions with diarization labels (WhisperX SRT/WebVTT)', () => {
  it('reads [SPEAKER_00]: and SPEAKER_01: as Speaker 1 and Speaker 2, reporting the labels', () => {
    const vtt =
      'WEBVTT\n\n00:00:00.031 --> 00:00:03.412\n[SPEAKER_00]: Good evening.\n\n00:00:03.652 --> 00:00:05.894\n[SPEAKER_00]: Our reporter is there.\n\n00:00:06.255 --> 00:00:09.139\nSPEAKER_01: Thanks. It was loud.\n';
    const doc = read(vtt);
    expect(speech(doc)).toEqual([
      ['Speaker 1', 'Good evening. Our reporter is there.'],
      ['Speaker 2', 'Thanks. It was loud.'],
    ]);
    const message = doc.messages.find((m) => m.ruleId === 'diarization');
    expect(message?.actual).toBe('[SPEAKER_00]: SPEAKER_01:');
    expect(doc.blocks[1]?.startMs).toBe(6255);
  });

  it('leaves words that only look like labels in the text', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nThe SPEAKER_00 channel: is it on?\n';
    const doc = read(srt);
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks[0]?.text).toBe('The SPEAKER_00 channel: is it on?');
  });
});
