import { describe, expect, it } from 'vitest';
import azure from '../fixtures/asr/azure-speech-batch.json?raw';
import deepgram from '../fixtures/asr/dg-transcription.json?raw';
import google from '../fixtures/asr/google-speech-v1.json?raw';
import watson from '../fixtures/asr/ibm-watson.json?raw';
import whisper from '../fixtures/asr/openai-whisper-verbose.json?raw';
import { expectProblem, format } from './http-support.ts';

interface Doc {
  timed: boolean;
  blocks: { text: string; startMs: number | null; endMs: number | null }[];
  messages: { ruleId: string }[];
}

const SRT_TIME = /^(\d\d):(\d\d):(\d\d),(\d\d\d) --> /m;

describe('POST /v1/format: speech-to-text JSON', () => {
  it('a Deepgram response posted as application/json gives subtitles on its clock', async () => {
    const res = await format(deepgram, 'application/json', '?output=srt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-subrip; charset=utf-8');
    const body = await res.text();
    const first = SRT_TIME.exec(body);
    const firstWord = JSON.parse(deepgram).results.channels[0].alternatives[0].words[0].start;
    const ms =
      ((Number(first?.[1]) * 60 + Number(first?.[2])) * 60 + Number(first?.[3])) * 1000 +
      Number(first?.[4]);
    expect(Math.abs(ms - firstWord * 1000)).toBeLessThanOrEqual(40);
  });

  it('the JSON document says it is timed and gives block times', async () => {
    const res = await format(whisper, 'application/json; charset=utf-8');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(true);
    expect(doc.blocks[0]?.startMs).toBe(400);
    expect(doc.messages.some((m) => m.ruleId === 'asr-input')).toBe(true);
  });

  it('a live session logged as JSON Lines (application/x-ndjson) gives its final words', async () => {
    const result = (isFinal: boolean, words: [string, number, number][]) => ({
      type: 'Results',
      is_final: isFinal,
      channel: {
        alternatives: [
          { words: words.map(([w, start, end]) => ({ word: w, punctuated_word: w, start, end })) },
        ],
      },
    });
    const log = [
      result(false, [['Good', 0.1, 0.4]]),
      result(true, [
        ['Good', 0.1, 0.4],
        ['evening.', 0.4, 0.9],
      ]),
    ]
      .map((m) => JSON.stringify(m))
      .join('\n');
    const res = await format(log, 'application/x-ndjson', '?output=json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Good evening.']);
    expect(doc.messages.some((m) => m.ruleId === 'asr-streaming')).toBe(true);
  });

  it('a request body {text, output} is still a request, not a transcript', async () => {
    const res = await format(
      JSON.stringify({ text: 'One line of news.', output: 'json' }),
      'application/json',
    );
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(false);
    expect(doc.blocks[0]?.text).toBe('One line of news.');
  });

  it('input= forces a vendor; speech-to-text JSON sent as the text of a request works too', async () => {
    const forced = await format(deepgram, 'application/json', '?input=deepgram&output=json');
    expect(((await forced.json()) as Doc).timed).toBe(true);
    const wrapped = await format(
      JSON.stringify({ text: deepgram, output: 'json' }),
      'application/json',
    );
    expect(((await wrapped.json()) as Doc).timed).toBe(true);
  });

  it('an uploaded .json file is read by its shape', async () => {
    const form = new FormData();
    form.append('file', new File([whisper], 'interview.json', { type: 'application/json' }));
    form.append('output', 'json');
    const res = await format(form, null);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Doc).timed).toBe(true);
  });

  it('OpenAI verbose_json with word timestamps only (no segments) is read, not a 422', async () => {
    const body = JSON.stringify({
      task: 'transcribe',
      language: 'english',
      duration: 2.1,
      text: 'Good evening, everyone.',
      words: [
        { word: 'Good', start: 0.52, end: 0.8 },
        { word: 'evening', start: 0.8, end: 1.3 },
        { word: 'everyone', start: 1.4, end: 2.0 },
      ],
    });
    const res = await format(body, 'application/json', '?output=srt');
    expect(res.status).toBe(200);
    const first = SRT_TIME.exec(await res.text());
    expect(Number(first?.[3]) * 1000 + Number(first?.[4])).toBe(520);
  });

  it('an SRT with a BOM, CRLF and position tags keeps its clock', async () => {
    const srt =
      '\uFEFF1\r\n00:00:03,250 --> 00:00:05,000\r\n{\\an8}<i>Good evening.</i>\r\n\r\n2\r\n00:00:05,200 --> 00:00:07,000\r\nThe news.';
    const res = await format(srt, 'text/plain; charset=utf-8', '?output=srt');
    expect(res.status).toBe(200);
    const out = await res.text();
    expect(out).not.toMatch(/\\an8|<i>/);
    const first = SRT_TIME.exec(out);
    // On the input's clock, snapped to a frame (40 ms at 25 fps).
    expect(Math.abs(Number(first?.[3]) * 1000 + Number(first?.[4]) - 3250)).toBeLessThanOrEqual(40);
  });

  it('JSON that is neither a request nor a known result is a 422 naming the member', async () => {
    const res = await format(JSON.stringify({ transcript: 'x', words: 3 }), 'application/json');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('results in an envelope, a bare list of segments and OpenAI json (text and usage) are read', async () => {
    const segments = [
      { start: 0, end: 1.6, text: 'Polls close at eight.', speaker: 'A' },
      { start: 1.8, end: 3.2, text: 'Results follow.', speaker: 'B' },
    ];
    for (const body of [segments, { result: { segments } }]) {
      const res = await format(JSON.stringify(body), 'application/json', '?output=json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc;
      expect(doc.timed).toBe(true);
      expect(doc.blocks.map((b) => b.text)).toEqual(['Polls close at eight.', 'Results follow.']);
    }
    const openai = { text: 'Polls close at eight.', usage: { type: 'tokens', total_tokens: 30 } };
    const res = await format(JSON.stringify(openai), 'application/json', '?output=json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(false);
    expect(doc.blocks[0]?.text).toBe('Polls close at eight.');
    // A request with a mistyped member is still refused, not read as a result's text.
    const typo = JSON.stringify({ text: 'Hi there.', outptu: 'srt' });
    await expectProblem(await format(typo, 'application/json'), 422, 'invalid-options');
    // A list that is not segments is no request either.
    await expectProblem(await format('[1, 2, 3]', 'application/json'), 422, 'invalid-options');
  });

  it('a list of turns without times (a scraper’s export) is an untimed transcript, not a request', async () => {
    const turns = [
      { speaker: 'Chris Wallace', text: 'Good evening from Cleveland.' },
      { speaker: 'Joe Biden', text: 'How you doing, man?' },
    ];
    for (const body of [turns, { data: turns }]) {
      const res = await format(JSON.stringify(body), 'application/json', '?output=json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc & { speakers: { name: string | null }[] };
      expect(doc.timed).toBe(false);
      expect(doc.speakers.map((s) => s.name)).toEqual(['Chris Wallace', 'Joe Biden']);
      expect(doc.blocks.map((b) => b.text)).toEqual([
        'Good evening from Cleveland.',
        'How you doing, man?',
      ]);
    }
  });

  it('a .txt upload is told apart like a paste: Avid SubCap captions keep their clock', async () => {
    const subcap =
      '@ This file written with the Avid Caption plugin, version 1\n\n<begin subtitles>\n\n00:00:01:00 00:00:03:00\nGood evening.\n\n<end subtitles>\n';
    const form = new FormData();
    form.append('file', new File([subcap], 'captions.txt', { type: 'text/plain' }));
    form.append('output', 'json');
    const doc = (await (await format(form, null)).json()) as Doc;
    expect(doc.timed).toBe(true);
    expect(doc.blocks.map((b) => [b.text, b.startMs])).toEqual([['Good evening.', 1000]]);
    const plain = new FormData();
    plain.append('file', new File(['Good evening. Floods hit the coast.'], 'story.txt'));
    plain.append('output', 'json');
    const story = (await (await format(plain, null)).json()) as Doc;
    expect(story.timed).toBe(false);
    expect(story.blocks[0]?.text).toBe('Good evening. Floods hit the coast.');
  });

  it('a .json file that is no speech-to-text result is a 422, not a 500', async () => {
    const form = new FormData();
    form.append('file', new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' }));
    const res = await format(form, null);
    expect(res.status).toBe(422);
  });

  it('Google, Azure and IBM Watson results posted as application/json start on their first word', async () => {
    const firsts: [string, number][] = [
      [google, 400],
      [azure, 400],
      [watson, 400],
    ];
    for (const [body, firstMs] of firsts) {
      const res = await format(body, 'application/json', '?output=srt');
      expect(res.status).toBe(200);
      const first = SRT_TIME.exec(await res.text());
      expect(Number(first?.[3]) * 1000 + Number(first?.[4])).toBe(firstMs);
    }
  });

  it('a result with no words (Google, Azure, Watson) is the 422 empty-text problem, as for the others', async () => {
    for (const [body, query] of [
      [JSON.stringify({ totalBilledTime: '15s', requestId: '1' }), ''],
      [JSON.stringify({ results: [] }), '?input=google-speech'],
      [JSON.stringify({ recognizedPhrases: [], combinedRecognizedPhrases: [] }), ''],
      [JSON.stringify({ result_index: 0, results: [] }), ''],
      [JSON.stringify({ results: { channels: [{ alternatives: [{ words: [] }] }] } }), ''],
    ] as const) {
      await expectProblem(await format(body, 'application/json', query), 422, 'empty-text');
    }
  });

  it('a malformed time is a 422 that names the word and the value, never a 500', async () => {
    const json = JSON.parse(google);
    json.results[0].alternatives[0].words[1].startTime = '0.76 s';
    json.results.at(-1).alternatives[0].words[1].startTime = '0.76 s';
    const problem = await expectProblem(
      await format(JSON.stringify(json), 'application/json'),
      422,
      'empty-text',
    );
    expect(problem.detail).toContain('word 2 has startTime "0.76 s"');
    const watsonBad = JSON.parse(watson);
    watsonBad.results[0].alternatives[0].timestamps[0][2] = 'late';
    const detail = (
      await expectProblem(
        await format(JSON.stringify(watsonBad), 'application/json'),
        422,
        'empty-text',
      )
    ).detail;
    expect(detail).toContain('word 1 has end "late"');
  });

  it('CTM posted as text or uploaded as .ctm, and STM forced by input=, keep their clock', async () => {
    const ctm = 'news 1 1.20 0.40 storms\nnews 1 1.60 0.35 ease\nnews 1 2.05 0.50 tonight\n';
    for (const res of [
      await format(ctm, 'text/plain', '?output=srt'),
      await (async () => {
        const form = new FormData();
        form.append('file', new File([ctm], 'news.ctm', { type: 'application/octet-stream' }));
        form.append('output', 'srt');
        return format(form, null);
      })(),
    ]) {
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('00:00:01,200 --> ');
      expect(body).toMatch(/storms ease tonight/i);
    }
    const stm = 'news A anchor 0.50 1.50 good evening\nnews A reporter 1.50 3.00 thank you\n';
    const res = await format(stm, 'text/plain', '?output=json&input=stm');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(true);
    expect(doc.blocks[0]?.startMs).toBe(500);
  });

  it('a Deepgram word timed "NaN" is a 422 naming the word', async () => {
    const json = JSON.parse(deepgram);
    json.results.channels[0].alternatives[0].words[2].start = 'NaN';
    const problem = await expectProblem(
      await format(JSON.stringify(json), 'application/json'),
      422,
      'empty-text',
    );
    expect(problem.detail).toContain('word 3 has start "NaN"');
  });
});

describe('POST /v1/format: a CMS’s story JSON', () => {
  it('an Arc XP story posted as application/json is read as its story, not as a request', async () => {
    const story = {
      type: 'story',
      headlines: { basic: 'Harbour closure' },
      content_elements: [
        { type: 'text', content: '<b>JANE DOE:</b> Why close the quay?' },
        { type: 'text', content: '<b>TOM LEE:</b> It is sinking.' },
      ],
    };
    const res = await format(JSON.stringify(story), 'application/json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { title: string; blocks: { type: string; text: string }[] };
    expect(doc.title).toBe('Harbour closure');
    expect(doc.blocks.filter((b) => b.type === 'speech').map((b) => b.text)).toEqual([
      'Why close the quay?',
      'It is sinking.',
    ]);
  });
});
