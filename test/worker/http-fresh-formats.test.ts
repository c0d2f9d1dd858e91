/**
 * Timed files of tools the first readers had not met, through the API as producers send them:
 * posted as the body (JSON results) or uploaded with their own file names (`.trs`, `.otr`, an
 * Audacity label `.txt`, a `.TextGrid`).
 */
import { describe, expect, it } from 'vitest';
import gentle from '../fixtures/asr/gentle-harvard-sentences.json?raw';
import gvi from '../fixtures/asr/google-video-intelligence.json?raw';
import textgrid from '../fixtures/asr/mfa-speakers.TextGrid?raw';
import otr from '../fixtures/asr/otranscribe.otr?raw';
import premiere from '../fixtures/asr/premiere-pro-transcript.json?raw';
import sherpa from '../fixtures/asr/sherpa-onnx-parakeet-tdt.json?raw';
import audacity from '../fixtures/captions/audacity-labels.txt?raw';
import trs from '../fixtures/captions/transcriber.trs?raw';
import { format } from './http-support.ts';

interface Doc {
  timed: boolean;
  speakers: { name: string }[];
  blocks: { text: string; startMs: number | null }[];
}

function upload(name: string, text: string, output = 'json'): FormData {
  const form = new FormData();
  form.append('file', new File([text], name));
  form.append('output', output);
  return form;
}

describe('POST /v1/format: fresh timed formats', () => {
  it('JSON results posted as the body: Premiere Pro, Video Intelligence, sherpa-onnx, .otr, Gentle', async () => {
    for (const [name, body, start, speakers] of [
      ['premiere', premiere, 500, ['Maria Lopez', 'Speaker 1']],
      ['video-intelligence', gvi, 500, ['Speaker 1', 'Speaker 2']],
      ['sherpa-onnx', sherpa, 480, []],
      ['otranscribe', otr, 500, ['Maria', 'Tom']],
      ['gentle', gentle, 1030, []],
    ] as const) {
      const res = await format(body, 'application/json', '?output=json');
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const doc = (await res.json()) as Doc;
      expect({ name, timed: doc.timed, start: doc.blocks[0]?.startMs }).toEqual({
        name,
        timed: true,
        start,
      });
      expect({ name, speakers: doc.speakers.map((s) => s.name) }).toEqual({ name, speakers });
    }
  });

  it('uploads by file name: .trs, .otr, Audacity labels as .txt, .TextGrid', async () => {
    for (const [name, text, start] of [
      ['night.trs', trs, 500],
      ['interview.otr', otr, 500],
      ['labels.txt', audacity, 500],
      ['council.TextGrid', textgrid, 500],
    ] as const) {
      const res = await format(upload(name, text), null);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const doc = (await res.json()) as Doc;
      expect({ name, timed: doc.timed, start: doc.blocks[0]?.startMs }).toEqual({
        name,
        timed: true,
        start,
      });
    }
    const srt = await format(upload('night.trs', trs, 'srt'), null);
    expect(await srt.text()).toMatch(/^1\r?\n00:00:00,520 --> /);
  });
});
