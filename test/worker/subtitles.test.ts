/// <reference types="vite/client" />
import { exports } from 'cloudflare:workers';
import { parser as srtParser, validator as srtValidator } from 'srt-validator';
import { describe, expect, it } from 'vitest';
import webvtt from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json';
import seed from '../fixtures/seed/000_f12ffaff09c5b2fe.txt?raw';

/** The body as UTF-8 text (workerd warns on `.text()` for types it does not know as text). */
async function bodyText(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

/** Cue text as shown: voice tags dropped, entities decoded. */
function shown(line: string): string {
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function post(query: string): Promise<Response> {
  return exports.default.fetch(`http://x/v1/format?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: seed,
  });
}

describe('POST /v1/format?output=srt|vtt (inside workerd)', () => {
  it('imports the seed with Vite’s ?raw suffix', () => {
    expect(seed).toContain('Tarō Kōno');
  });

  it('output=srt answers valid SRT as application/x-subrip', async () => {
    const res = await post('output=srt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-subrip; charset=utf-8');
    const body = await bodyText(res);
    expect(srtValidator(body)).toEqual([]);
    const cues = srtParser.parse(body);
    expect(cues.length).toBeGreaterThan(20);
    expect(cues[0]?.sequenceNumber).toBe(1);
    expect(body).toContain('Tarō Kōno');
  });

  it('output=vtt answers valid WebVTT as text/vtt', async () => {
    const res = await post('output=vtt&profile=bbc&start=10:00:00:00');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    const body = await bodyText(res);
    expect(body.startsWith('WEBVTT\n\n10:00:00.000 --> ')).toBe(true);
    const parsed = new webvtt.WebVTTParser(entities as Record<string, string>).parse(
      body,
      'subtitles',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.cues.length).toBeGreaterThan(20);
    for (const cue of parsed.cues) {
      for (const line of cue.text.split('\n'))
        expect([...shown(line)].length).toBeLessThanOrEqual(37);
    }
  });

  it('the same options in both outputs give the same cue times', async () => {
    const srt = srtParser.parse(await bodyText(await post('output=srt&duration=120s')));
    const vtt = new webvtt.WebVTTParser().parse(
      await bodyText(await post('output=vtt&duration=120s')),
      'subtitles',
    );
    expect(vtt.cues.map((c) => Math.round(c.endTime * 1000))).toEqual(srt.map((c) => c.time.end));
    expect(srt.at(-1)?.time.end).toBe(120_000);
  });

  it('Chinese: workerd finds its words, lines of 16 characters without spaces, speakers read', async () => {
    const text =
      '主持人：各位观众晚上好，欢迎收看今天的新闻联播。今天的主要内容有：国务院召开常务会议，部署进一步稳定经济增长的措施。';
    const res = await exports.default.fetch('http://x/v1/format?output=srt', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    });
    expect(res.status).toBe(200);
    const cues = srtParser.parse(await bodyText(res));
    const lines = cues.flatMap((c) => c.text.split('\n'));
    for (const line of lines) {
      expect([...line].length).toBeLessThanOrEqual(16);
      expect(line).not.toContain(' ');
    }
    expect(lines.join('')).toBe(text.slice('主持人：'.length));
    // Dictionary words, not single characters: the line ends at the clause's comma.
    expect(lines).toContain('各位观众晚上好，');
  });
});
