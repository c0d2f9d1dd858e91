/**
 * Caption files and speech-to-text results as real tools export them, where an earlier reading
 * went wrong: a meeting transcript's name line over each cue's words (Teams, Stream), a result
 * with no words or a failed job, and speakers told apart by text colour in TTML.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const options = optionsSchema().parse({});

function read(text: string): ScriptDocument {
  return produce(text, 'json', options, detectInputFormat(text)).document;
}

/** Each speech block as `Name: words` (the speaker's name, or its role). */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) => `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`);
}

describe('a name line over the words of each cue (Teams and Stream transcripts)', () => {
  it('Teams .docx transcript: `Surname, Given` over the words, short timings', () => {
    const doc = read(
      [
        '0:0:0.0 --> 0:0:3.850\nOkafor, Ngozi\nLet us start with the school budget.',
        '0:0:4.200 --> 0:0:7.100\nLindqvist, Per\nI have the figures from the district.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Ngozi Okafor: Let us start with the school budget.',
      'Per Lindqvist: I have the figures from the district.',
    ]);
    expect(doc.blocks[1]?.startMs).toBe(4200);
    expect(doc.messages.map((m) => m.ruleId)).toContain('caption-name-lines');
  });

  it('given names first, a name recurring, numbered cues and several lines of words', () => {
    const doc = read(
      [
        '1\n00:00:01,000 --> 00:00:04,000\nAmara Diallo\nThe water plant reopens on Monday\nafter the repairs.',
        '2\n00:00:04,500 --> 00:00:06,000\nTheo Marsh\nWhich neighbourhoods first?',
        '3\n00:00:06,400 --> 00:00:09,000\nAmara Diallo\nThe north side, then the harbour.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Amara Diallo: The water plant reopens on Monday after the repairs.',
      'Theo Marsh: Which neighbourhoods first?',
      'Amara Diallo: The north side, then the harbour.',
    ]);
    // No name is left in the words said.
    const said = doc.blocks.flatMap((b) => b.timedWords?.map((w) => w.text) ?? []);
    expect(said).not.toContain('Diallo');
  });

  it('unnamed diarized voices (`Speaker 1`) and one speaker over two cues', () => {
    const doc = read(
      [
        'WEBVTT',
        '00:00:00.500 --> 00:00:02.000\nSpeaker 1\nIs the microphone on?',
        '00:00:02.100 --> 00:00:04.000\nSpeaker 1\nGood, we can begin.',
        '00:00:04.500 --> 00:00:06.000\nSpeaker 2\nThanks for waiting.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Speaker 1: Is the microphone on? Good, we can begin.',
      'Speaker 2: Thanks for waiting.',
    ]);
  });

  it('ordinary captions keep their first lines as words', () => {
    // Short capitalised first lines now and then, not a name over every cue.
    const film = read(
      [
        '1\n00:00:01,000 --> 00:00:03,000\nNew York\nis where we grew up.',
        '2\n00:00:03,500 --> 00:00:05,000\nWe moved in the spring\nof that year.',
        '3\n00:00:05,500 --> 00:00:07,000\nthe summer was hot\nand the city loud.',
      ].join('\n\n'),
    );
    expect(film.blocks.map((b) => b.text).join(' ')).toContain('New York is where we grew up.');
    // Broadcast captions in capitals: `JOHN SMITH` over words is not this convention.
    const caps = read(
      [
        '1\n00:00:01,000 --> 00:00:03,000\nGOOD EVENING\nAND WELCOME.',
        '2\n00:00:03,500 --> 00:00:05,000\nGOOD EVENING\nTO YOU TOO.',
      ].join('\n\n'),
    );
    expect(caps.blocks.map((b) => b.text).join(' ')).toMatch(/^GOOD EVENING AND WELCOME/i);
    expect(caps.messages.map((m) => m.ruleId)).not.toContain('caption-name-lines');
  });
});

describe('a speech-to-text result with no words, or a failed job', () => {
  const silent: [string, unknown][] = [
    ['AssemblyAI, nothing heard', { id: 'a1', status: 'completed', text: '', words: [] }],
    ['AssemblyAI, nulls', { id: 'a1', status: 'completed', text: null, words: null }],
    ['Deepgram', { results: { channels: [{ alternatives: [{ transcript: '', words: [] }] }] } }],
    ['AWS Transcribe', { results: { transcripts: [{ transcript: '' }], items: [] } }],
    ['Speechmatics', { format: '2.9', metadata: { transcription_config: {} }, results: [] }],
    ['Rev.ai', { monologues: [] }],
    ['Whisper', { text: '', segments: [], language: 'en' }],
    ['Transformers.js', { text: ' ', chunks: [] }],
    ['Google', { results: [], totalBilledTime: '3s' }],
  ];
  it.each(silent)('%s: no block, and an error that says no speech was recognised', (_, json) => {
    const doc = produce(JSON.stringify(json), 'json', options, 'json').document;
    expect(doc.blocks).toEqual([]);
    const error = doc.messages.find((m) => m.severity === 'error');
    expect(error?.ruleId).toBe('asr-no-speech');
    expect(error?.reason).toMatch(/no words/);
  });

  it('a failed job gives the service’s reason', () => {
    const failed = [
      { id: 'x', status: 'error', error: 'Audio file is of unsupported format', words: null },
      { TranscriptionJobStatus: 'FAILED', FailureReason: 'The media format is not supported.' },
    ];
    const reasons = failed.map(
      (json) =>
        produce(JSON.stringify(json), 'json', options, 'json').document.messages.find(
          (m) => m.ruleId === 'asr-no-speech',
        )?.reason,
    );
    expect(reasons).toEqual([
      'The speech-to-text job failed: Audio file is of unsupported format',
      'The speech-to-text job failed: The media format is not supported.',
    ]);
  });

  it('JSON of no speech service is still not read as one', () => {
    const doc = produce('{"items":[],"count":0}', 'json', options, 'json').document;
    expect(doc.messages.map((m) => m.ruleId)).toContain('asr-unreadable');
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('asr-no-speech');
  });
});

describe('TTML speakers told apart by text colour', () => {
  const ttml = (body: string, head = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en">
<head><styling>${head}</styling></head><body><div>
${body}
</div></body></tt>`;

  it('a name on one colour’s line does not run on into another colour’s caption', () => {
    const doc = read(
      ttml(`<p begin="0.5s" end="2.5s"><span tts:color="yellow">HELEN: Where did you park?</span></p>
<p begin="3s" end="5s"><span tts:color="cyan">By the station.</span></p>
<p begin="5.5s" end="7s"><span tts:color="yellow">Then we walk.</span></p>`),
    );
    expect(turns(doc)).toEqual([
      'Helen: Where did you park?',
      'Speaker 2: By the station.',
      'Helen: Then we walk.',
    ]);
  });

  it('colours from referenced styles (DFXP of a broadcast tool), one colour coming back', () => {
    const doc = read(
      ttml(
        `<p begin="00:00:01.000" end="00:00:03.000" style="g">The ferry is late again.</p>
<p begin="00:00:03.200" end="00:00:05.000" style="m">It always is on Fridays.</p>
<p begin="00:00:05.200" end="00:00:07.000" style="g">Not like this.</p>`,
        '<style xml:id="g" tts:color="#00FF00"/><style xml:id="m" tts:color="magenta"/>',
      ),
    );
    expect(turns(doc)).toEqual([
      'Speaker 1: The ferry is late again.',
      'Speaker 2: It always is on Fridays.',
      'Speaker 1: Not like this.',
    ]);
  });

  it('two colours in one caption: a name labelling each', () => {
    const doc = read(
      ttml(`<p begin="1s" end="4s"><span tts:color="white">RAJ: Is the road open?</span><br/><span tts:color="yellow">MEI: Only one lane.</span></p>
<p begin="4.5s" end="6s"><span tts:color="white">That will do.</span></p>`),
    );
    expect(turns(doc)).toEqual([
      'Raj: Is the road open?',
      'Mei: Only one lane.',
      'Raj: That will do.',
    ]);
  });
});

describe('a meeting display name with a note after it (pronouns, a role, an organisation)', () => {
  it('Zoom WebVTT: `Name (she/her): words`, `Name (Guest):` open turns of that person', () => {
    const doc = read(
      [
        'WEBVTT',
        '1\n00:00:01.000 --> 00:00:04.000\nJane Doe (she/her): Welcome, everyone, to the board meeting.',
        '2\n00:00:04.500 --> 00:00:07.000\nCarlos Mendez (Guest): Thank you for having me.',
        '3\n00:00:07.500 --> 00:00:10.000\nPriya Shah (they/them): I have three updates today.',
        '4\n00:00:10.500 --> 00:00:12.000\nJane Doe (she/her): Go ahead.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Jane Doe: Welcome, everyone, to the board meeting.',
      'Carlos Mendez: Thank you for having me.',
      'Priya Shah: I have three updates today.',
      'Jane Doe: Go ahead.',
    ]);
    // The display name as written stays with the speaker.
    expect(doc.speakers.find((s) => s.id === 'jane-doe')?.aliases.join(' ')).toContain('(she/her)');
  });

  it('SRT with a role and organisation note (`Tom Ng (Host, Contoso):`)', () => {
    const doc = read(
      [
        '1\n00:00:01,000 --> 00:00:03,000\nTom Ng (Host, Contoso): We start with the budget.',
        '2\n00:00:03,500 --> 00:00:05,000\nAmy Liu (he/they): The numbers are in.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Tom Ng: We start with the budget.',
      'Amy Liu: The numbers are in.',
    ]);
  });

  it('a pasted meeting transcript: pronouns in the label are no part of the speech', () => {
    const doc = read(
      [
        'Jane Doe (she/her): Welcome back.',
        'Sam Ortiz (he/him/his): Thanks, Jane.',
        'Jane Doe (she/her): Let us begin.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Jane Doe: Welcome back.',
      'Sam Ortiz: Thanks, Jane.',
      'Jane Doe: Let us begin.',
    ]);
  });

  it('a parenthesis in the words is no label (`One more thing (briefly): …`)', () => {
    const doc = read(
      [
        'WEBVTT',
        '00:00:01.000 --> 00:00:03.000\nPriya Shah: One more thing (briefly): the room.',
        '00:00:03.500 --> 00:00:05.000\nAnd later (in the afternoon): the vote.',
      ].join('\n\n'),
    );
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'One more thing (briefly): the room. And later (in the afternoon): the vote.',
    );
  });
});

describe('a Teams transcript pasted as text: `Surname, Given` over each time', () => {
  it('the directory order is read as the person’s name', () => {
    const doc = read(
      [
        'Okafor, Ngozi   0:03\nGood morning, everyone.',
        'Van Dyke, Mary Ann   0:10\nMorning. I will take notes.',
        'Okafor, Ngozi   1:02:15\nFirst topic is hiring.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'Ngozi Okafor: Good morning, everyone.',
      'Mary Ann Van Dyke: Morning. I will take notes.',
      'Ngozi Okafor: First topic is hiring.',
    ]);
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([3000, 10_000, 3_735_000]);
    expect(doc.speakers[0]?.aliases).toEqual(['Okafor, Ngozi']);
  });

  it('a title after the comma stays a title (`Reed, Reporter   0:03`)', () => {
    const doc = read(
      ['Reed, Reporter   0:03\nWhat happened?', 'Doe, Mayor   0:09\nThe bridge closed.'].join(
        '\n\n',
      ),
    );
    expect(doc.speakers.map((s) => [s.name, s.title])).toEqual([
      ['Reed', 'Reporter'],
      ['Doe', 'Mayor'],
    ]);
  });
});

describe('caption metadata: only what had text is reported dropped', () => {
  it('YouTube timed text (srv3): empty window styles drop nothing; words keep their times', () => {
    const doc = read(`<?xml version="1.0" encoding="utf-8" ?><timedtext format="3">
<head>
<ws id="0"/>
<wp id="0"/>
</head>
<body>
<p t="160" d="2000" w="1"><s ac="0">the</s><s t="320" ac="0"> harbour</s><s t="640" ac="0"> froze</s></p>
<p t="2300" d="1500" w="1"><s ac="0">for</s><s t="300" ac="0"> weeks</s></p>
</body>
</timedtext>`);
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('caption-metadata');
    const words = doc.blocks.flatMap((b) => b.timedWords ?? []);
    expect(words.map((w) => [w.text, w.startMs])).toEqual([
      ['the', 160],
      ['harbour', 480],
      ['froze', 800],
      ['for', 2300],
      ['weeks', 2600],
    ]);
  });

  it('TTML: an empty metadata element is not counted, a titled one is', () => {
    const head = (meta: string) =>
      `<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"><head><metadata>${meta}</metadata></head><body><div><p begin="1s" end="2s">Rain again.</p></div></body></tt>`;
    const rules = (text: string) => read(text).messages.map((m) => m.ruleId);
    expect(rules(head('<ttm:copyright/><ttm:desc></ttm:desc>'))).not.toContain('caption-metadata');
    const titled = read(head('<ttm:title>Weather</ttm:title><ttm:copyright/>'));
    expect(titled.messages.find((m) => m.ruleId === 'caption-metadata')?.reason).toContain(
      'Dropped 1 metadata item(s)',
    );
  });
});

describe('lower-case SDH speaker IDs (a streaming service’s style)', () => {
  it('a role word in brackets is the speaker, a sound stays a direction', () => {
    const doc = read(
      [
        '1\n00:00:01,000 --> 00:00:03,000\n[narrator] It was the coldest winter in years.',
        '2\n00:00:03,500 --> 00:00:05,000\n[man] Look out!',
        '3\n00:00:05,500 --> 00:00:07,000\n[woman 2] The road is closed.',
        '4\n00:00:07,500 --> 00:00:09,000\n[man screaming]',
        '5\n00:00:09,500 --> 00:00:11,000\n(announcer) Stay tuned.',
      ].join('\n\n'),
    );
    expect(turns(doc)).toEqual([
      'narrator: It was the coldest winter in years.',
      'man: Look out!',
      'woman #2: The road is closed.',
      '-: man screaming',
      'announcer: Stay tuned.',
    ]);
    expect(doc.blocks[3]?.type).toBe('direction');
  });

  it('a sound or a manner in lower case is no speaker', () => {
    const doc = read(
      [
        'WEBVTT',
        '00:00:01.000 --> 00:00:03.000\n[sighs] Fine.',
        '00:00:03.500 --> 00:00:05.000\n(whispering) Over here.',
        '00:00:05.500 --> 00:00:07.000\n[in French] Merci.',
      ].join('\n\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'sighs',
      'whispering',
      'in French',
    ]);
  });
});

describe('ASS: typesetting and song styles (fansub and anime releases)', () => {
  const ass = (events: string[]) =>
    [
      '[Script Info]',
      'ScriptType: v4.00+',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      ...events,
    ].join('\n');

  it('a sign on screen is a direction, not the words of whoever speaks under it', () => {
    const doc = read(
      ass([
        'Dialogue: 0,0:00:01.00,0:00:03.00,Default,Kenji,0,0,0,,Where are we going?',
        'Dialogue: 5,0:00:01.00,0:00:05.00,Signs,,0,0,0,,{\\pos(640,100)}CITY HOSPITAL',
        'Dialogue: 5,0:00:02.00,0:00:04.00,TS-Right,,0,0,0,,{\\an9}Ward 3',
        'Dialogue: 0,0:00:03.50,0:00:05.00,Default,Aiko,0,0,0,,To the hospital.',
      ]),
    );
    expect(turns(doc)).toEqual([
      'Kenji: Where are we going?',
      '-: CITY HOSPITAL',
      '-: Ward 3',
      'Aiko: To the hospital.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'direction', 'direction', 'speech']);
    expect(doc.messages.find((m) => m.ruleId === 'caption-signs')?.actual).toBe('Signs\nTS-Right');
  });

  it('an opening song’s karaoke lines are music; dialogue styles stay speech', () => {
    const doc = read(
      ass([
        'Dialogue: 0,0:00:01.00,0:00:04.00,OP-Romaji,,0,0,0,,{\\k20}Ha{\\k30}ru {\\k40}no {\\k50}ka{\\k30}ze',
        'Dialogue: 0,0:00:05.00,0:00:07.00,Main,Kenji,0,0,0,,Did you hear that song?',
        'Dialogue: 0,0:00:07.50,0:00:09.00,Top,Aiko,0,0,0,,Edward sang it.',
      ]),
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['direction', '♪ Haru no kaze ♪'],
      ['speech', 'Did you hear that song?'],
      ['speech', 'Edward sang it.'],
    ]);
  });
});

describe('enhanced LRC: word times move with the file’s offset', () => {
  const starts = (text: string) =>
    read(text)
      .blocks.flatMap((b) => b.timedWords ?? [])
      .map((w) => [w.text, w.startMs]);

  it('a positive offset moves each word time earlier, as it moves the line times', () => {
    expect(
      starts(
        '[ti:Harvest]\n[offset:+500]\n[00:12.00]<00:12.00>Walking <00:12.50>down\n[00:15.30]<00:15.30>the <00:15.80>road',
      ),
    ).toEqual([
      ['Walking', 11_500],
      ['down', 12_000],
      ['the', 14_800],
      ['road', 15_300],
    ]);
  });

  it('a negative offset moves them later', () => {
    expect(
      starts('[offset:-250]\n[00:01.00]<00:01.00>One <00:01.40>two\n[00:03.00]<00:03.00>three'),
    ).toEqual([
      ['One', 1250],
      ['two', 1650],
      ['three', 3250],
    ]);
  });

  it('word times past the hour count minutes, as the line times do', () => {
    expect(
      starts('[74:59.00]<74:59.00>Late <74:59.60>night\n[75:15.30]<75:15.30>still <75:15.80>here'),
    ).toEqual([
      ['Late', 4_499_000],
      ['night', 4_499_600],
      ['still', 4_515_300],
      ['here', 4_515_800],
    ]);
  });
});

describe('WebVTT files joined end to end', () => {
  it('HLS segments concatenated: each segment’s header is no speech', () => {
    const segment = (cue: string) =>
      `WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n${cue}\n`;
    const doc = read(
      [
        segment('00:00:01.000 --> 00:00:03.000\nThe ferry left late.'),
        segment('00:00:06.000 --> 00:00:08.000\nIt docked at noon.'),
        segment('00:00:12.000 --> 00:00:14.000\nNobody was hurt.'),
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'The ferry left late. It docked at noon. Nobody was hurt.',
    );
    const meta = doc.messages.find((m) => m.ruleId === 'caption-metadata');
    expect(meta?.reason).toContain('Dropped 3 line(s)');
  });

  it('two YouTube files pasted one after the other; `WEBVTT` inside a cue stays words', () => {
    const doc = read(
      [
        'WEBVTT\nKind: captions\nLanguage: en',
        '00:00:01.000 --> 00:00:03.000\nPart one of the hearing.',
        'WEBVTT\nKind: captions\nLanguage: en',
        '00:00:05.000 --> 00:00:07.000\nPart two: the file format\nWEBVTT is plain text.',
      ].join('\n\n'),
    );
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'Part one of the hearing. Part two: the file format WEBVTT is plain text.',
    );
  });
});

describe('a timing arrow as a word processor leaves it', () => {
  const srt = (arrow: string) =>
    [
      `1\n00:00:01,000 ${arrow} 00:00:02,500\nThe polls close at eight.`,
      `2\n00:00:03,000 ${arrow} 00:00:05,000\nCounting starts -> at nine.`,
    ].join('\n\n');

  it.each([
    ['Word’s AutoCorrect arrow', '→'],
    ['an en dash (Google Docs)', '–>'],
    ['an em dash', '—>'],
    ['one hyphen short', '->'],
  ])('%s: read as SRT, times kept, no timing text in the words', (_, arrow) => {
    const doc = read(srt(arrow));
    expect(detectInputFormat(srt(arrow))).toBe('srt');
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
      'The polls close at eight. Counting starts -> at nine.',
    );
    expect(doc.blocks[0]?.startMs).toBe(1000);
    expect(doc.blocks.at(-1)?.endMs).toBe(5000);
  });

  it('WebVTT too', () => {
    const doc = read('WEBVTT\n\n00:00:01.000 → 00:00:02.000\nGood evening.');
    expect(doc.blocks.map((b) => [b.text, b.startMs])).toEqual([['Good evening.', 1000]]);
  });
});

describe('name lines: Title Case lyrics are no names', () => {
  it('a chorus in Title Case over its second line stays words', () => {
    const cue = (n: number, a: string, b: string) =>
      `${n}\n00:00:${String(n * 3).padStart(2, '0')},000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')},500\n${a}\n${b}`;
    const doc = read(
      [
        cue(1, 'Out On The Road', 'Again And Again'),
        cue(2, 'Hold Me Close', 'Before The Dawn'),
        cue(3, 'Out On The Road', 'Again And Again'),
        cue(4, 'Hold Me Close', 'Before The Dawn'),
      ].join('\n\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('Out On The Road Again And Again');
  });
});
