import { describe, expect, it } from 'vitest';
import { attachment } from '../../src/http/disposition.ts';
import { cspNonce, format, SEED, stubRenderer, withRenderer } from './http-support.ts';

interface Doc {
  slug: string;
  readRateWpm: number;
  blocks: { text: string; line: number }[];
  messages: { ruleId: string; line: number | null }[];
}

async function doc(res: Response): Promise<Doc> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await res.json()) as Doc;
}

const SRT =
  '1\n00:00:01,000 --> 00:00:02,000\n<i>First cue</i> text.\n\n2\n00:00:05,000 --> 00:00:06,000\nSecond paragraph.\n';
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Ivanova>Hello from the studio.\n';

function multipart(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe('POST /v1/format: content types', () => {
  it('text/plain: the body is the transcript', async () => {
    const body = await doc(await format(SEED, 'text/plain; charset=utf-8'));
    expect(body.blocks.length).toBeGreaterThan(3);
    expect(body.blocks.map((b) => b.text).join(' ')).toContain('Tarō Kōno');
  });

  it('application/json: {text, output, options}', async () => {
    const res = await format(
      JSON.stringify({ text: SEED, output: 'json', options: { readRate: 150 } }),
      'application/json',
    );
    expect((await doc(res)).readRateWpm).toBe(150);
  });

  it('application/json: the JSON options win over the query string', async () => {
    const res = await format(
      JSON.stringify({ text: 'Hello.', options: { readRate: 200 } }),
      'application/json',
      '?readRate=100',
    );
    expect((await doc(res)).readRateWpm).toBe(200);
  });

  it('application/x-www-form-urlencoded: fields are strings coerced by the schema', async () => {
    const body = new URLSearchParams({
      text: SEED,
      readRate: '120',
      dedupe: 'false',
      output: 'json',
    });
    const res = await format(body.toString(), 'application/x-www-form-urlencoded');
    expect((await doc(res)).readRateWpm).toBe(120);
  });

  it('multipart/form-data: a text field', async () => {
    const res = await format(multipart({ text: 'One.\n\nTwo.', readRate: '90' }), null);
    const body = await doc(res);
    expect(body.readRateWpm).toBe(90);
    expect(body.blocks.map((b) => b.text)).toEqual(['One.', 'Two.']);
  });

  it('multipart/form-data: an uploaded .txt file is used instead of the text field', async () => {
    const file = new File([SEED], 'story.txt', { type: 'text/plain' });
    const body = await doc(await format(multipart({ text: 'ignored', file }), null));
    expect(body.blocks.map((b) => b.text).join(' ')).toContain('Kuril Islands');
    expect(body.blocks.map((b) => b.text)).not.toContain('ignored');
  });

  it('multipart/form-data: an uploaded .srt is re-segmented and lines point into the file', async () => {
    const file = new File([SRT], 'story.srt', { type: 'application/octet-stream' });
    const body = await doc(await format(multipart({ file }), null));
    expect(body.blocks.map((b) => b.text)).toEqual(['First cue text.', 'Second paragraph.']);
    // Lines point at the SRT's text lines, never at cue numbers or timings.
    expect(body.blocks.map((b) => b.line)).toEqual([3, 7]);
  });

  it('multipart/form-data: `curl -F text=@file` sends the file as the text part', async () => {
    const file = new File(['<p>One.</p><p>Two.</p>'], 'page.html', { type: 'text/html' });
    const body = await doc(await format(multipart({ text: file }), null));
    expect(body.blocks.map((b) => b.text)).toEqual(['One.', 'Two.']);
  });

  it('text/html: CMS content, block elements become paragraphs and tags are dropped', async () => {
    const html =
      '<article><h1>Kuril talks</h1><p>The <b>first</b> round.</p><p>A&amp;B</p><script>x()</script></article>';
    const body = await doc(await format(html, 'text/html; charset=utf-8'));
    expect(body.blocks.map((b) => b.text)).toEqual(['Kuril talks', 'The first round.', 'A&B']);
  });

  it('text/html in workerd: page furniture becomes notes, dropped text is reported', async () => {
    const html = [
      '<html><head><title>Kuril talks &middot; Vesti</title></head><body>',
      '<nav><a>Home</a> <a>Sport</a></nav>',
      '<article><h1>Kuril talks</h1><p class="byline">By Andrey Grigoriev</p>',
      '<p>The first round ended &middot; no deal.</p><img alt="Lavrov">',
      '<footer>© 2024 Vesti</footer></article></body></html>',
    ].join('\n');
    const res = await format(html, 'text/html; charset=utf-8');
    const body = (await doc(res)) as Omit<Doc, 'blocks'> & {
      title: string;
      reporter: string;
      blocks: { text: string; line: number; type: string; reason: string | null }[];
    };
    expect(body.title).toBe('Kuril talks');
    expect(body.reporter).toBe('Andrey Grigoriev');
    expect(body.blocks.map((b) => [b.type, b.reason, b.line])).toEqual([
      ['note', 'navigation', 2],
      ['headline', null, 3],
      ['note', 'byline', 3],
      ['narration', null, 4],
      ['note', 'copyright', 5],
    ]);
    expect(body.blocks[3]?.text).toBe('The first round ended · no deal.');
    const dropped = body.messages.filter((m) => m.ruleId === 'html-dropped').map((m) => m.line);
    expect(dropped).toEqual([1, 4]);
  });

  it('application/x-subrip and text/vtt bodies are subtitles to re-segment', async () => {
    const srt = await doc(await format(SRT, 'application/x-subrip'));
    expect(srt.blocks.map((b) => b.text)).toEqual(['First cue text.', 'Second paragraph.']);
    const vtt = await doc(await format(VTT, 'text/vtt'));
    expect(vtt.blocks.map((b) => b.text).join(' ')).toContain('Hello from the studio.');
    expect(vtt.blocks.map((b) => b.text).join(' ')).not.toContain('-->');
  });

  it('detects pasted SRT in text/plain, and input=text turns detection off', async () => {
    const detected = await doc(await format(SRT, 'text/plain'));
    expect(detected.blocks.map((b) => b.text).join(' ')).not.toContain('-->');
    const literal = await doc(await format(SRT, 'text/plain', '?input=text'));
    expect(literal.blocks.map((b) => b.text).join(' ')).toContain('-->');
  });

  it('keepCueTimes keeps the first cue time of each paragraph as an anchor', async () => {
    const without = await doc(await format(SRT, 'application/x-subrip'));
    const anchored = await doc(await format(SRT, 'application/x-subrip', '?keepCueTimes=true'));
    // The core reads `[00:00:01]` as a time anchor (timestampMs) or keeps it in the text.
    const hasAnchor = (d: Doc): boolean =>
      JSON.stringify(d).includes('[00:00:01]') ||
      (d.blocks as { timestampMs?: number | null }[]).some((b) => b.timestampMs === 1000);
    expect(hasAnchor(anchored)).toBe(true);
    expect(hasAnchor(without)).toBe(false);
  });

  it('a WebVTT voice with its cue time becomes a timed speech block', async () => {
    const body = (await (await format(VTT, 'text/vtt', '?keepCueTimes=1')).json()) as {
      blocks: { type: string; speaker: string | null; timestampMs: number | null; text: string }[];
      speakers: { id: string; name: string | null }[];
    };
    const [block] = body.blocks;
    expect(block).toMatchObject({
      type: 'speech',
      timestampMs: 1000,
      text: 'Hello from the studio.',
    });
    expect(body.speakers.find((s) => s.id === block?.speaker)?.name).toBe('Anna Ivanova');
  });
});

describe('POST /v1/format: choosing the output', () => {
  const html = stubRenderer('html', 'text/html; charset=utf-8');
  const vtt = stubRenderer('vtt', 'text/vtt; charset=utf-8');
  const srt = stubRenderer('srt', 'application/x-subrip; charset=utf-8');
  const text = stubRenderer('txt', 'text/plain; charset=utf-8');
  const all = async <T>(fn: () => Promise<T>): Promise<T> =>
    withRenderer('teleprompter', html, () =>
      withRenderer('vtt', vtt, () =>
        withRenderer('srt', srt, () => withRenderer('teleprompter-text', text, fn)),
      ),
    );
  const pick = async (accept: string | undefined, query = ''): Promise<string> => {
    const res = await format(
      'Hello.',
      'text/plain',
      query,
      accept === undefined ? {} : { Accept: accept },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toContain('Accept');
    const type = res.headers.get('content-type') ?? '';
    return type.startsWith('application/json') ? 'json' : ((await res.text()).split(' ')[0] ?? '');
  };

  it('negotiates Accept with q-values; json on a tie or without Accept', async () => {
    await all(async () => {
      const GOOD: [string | undefined, string][] = [
        [undefined, 'json'],
        ['*/*', 'json'],
        ['application/json', 'json'],
        ['application/x-subrip', 'srt'],
        ['text/vtt', 'vtt'],
        ['text/html,application/xhtml+xml,*/*;q=0.8', 'html'],
        ['text/plain', 'txt'],
        ['text/vtt;q=0.9, application/json;q=0.5', 'vtt'],
        ['application/json;q=0.2, text/*;q=0.4', 'html'],
        ['text/*;q=0.8, text/plain', 'txt'],
        ['text/html;q=0, text/*', 'txt'],
        ['image/png, */*;q=0.1', 'json'],
        ['garbage, ;;;, text/vtt', 'vtt'],
      ];
      for (const [accept, expected] of GOOD)
        expect({ accept, got: await pick(accept) }).toEqual({ accept, got: expected });
    });
  });

  it('output= wins over Accept, in the query or the body', async () => {
    await all(async () => {
      expect(await pick('application/json', '?output=vtt')).toBe('vtt');
      const res = await format(
        JSON.stringify({ text: 'Hi.', output: 'srt' }),
        'application/json',
        '',
        { Accept: 'text/html' },
      );
      expect((await res.text()).startsWith('srt ')).toBe(true);
    });
  });

  it('falls back to an available output the client also accepts', async () => {
    await withRenderer('vtt', null, async () => {
      expect(await pick('text/vtt, application/json;q=0.5')).toBe('json');
    });
  });

  it('gives an HTML output this response’s CSP nonce', async () => {
    await all(async () => {
      const res = await format('Hello.', 'text/plain', '?output=teleprompter');
      expect(await res.text()).toBe(`html blocks=1 nonce=${cspNonce(res)}`);
    });
  });

  it('download=1 names the file <slug>.<ext> (RFC 6266, with filename*)', async () => {
    await all(async () => {
      const res = await format(SEED, 'text/plain', '?output=srt&download=1');
      const disposition = res.headers.get('content-disposition') ?? '';
      const slug = ((await (await format(SEED, 'text/plain')).json()) as Doc).slug;
      expect(disposition).toBe(attachment(slug, 'srt'));
      expect(disposition).toMatch(
        /^attachment; filename="[A-Za-z0-9._-]+\.srt"; filename\*=UTF-8''/,
      );
    });
    const json = await format('Hello.', 'text/plain', '?download=true');
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"/);
    const inline = await format('Hello.', 'text/plain', '?download=0');
    expect(inline.headers.get('content-disposition')).toBeNull();
  });
});

describe('Content-Disposition', () => {
  const GOOD: [string, string, string][] = [
    [
      'KURIL-ISLANDS',
      'srt',
      'attachment; filename="KURIL-ISLANDS.srt"; filename*=UTF-8\'\'KURIL-ISLANDS.srt',
    ],
    [
      'КУРИЛЫ',
      'vtt',
      'attachment; filename="script.vtt"; filename*=UTF-8\'\'%D0%9A%D0%A3%D0%A0%D0%98%D0%9B%D0%AB.vtt',
    ],
    [
      'KŌNO TALKS',
      'json',
      'attachment; filename="KONO-TALKS.json"; filename*=UTF-8\'\'K%C5%8CNO%20TALKS.json',
    ],
    ['../"evil"\r\n', 'txt', 'attachment; filename="evil.txt"; filename*=UTF-8\'\'..-evil-.txt'],
  ];
  it.each(GOOD)('GOOD: %s.%s', (stem, ext, header) => expect(attachment(stem, ext)).toBe(header));
});
