/** Caption exports (TTML, SBV, ASS/SSA, SCC) through the API and the form: detected, uploaded, forced. */
import { describe, expect, it } from 'vitest';
import dfxp from '../fixtures/captions/broadcast.dfxp?raw';
import scc from '../fixtures/captions/broadcast.scc?raw';
import ass from '../fixtures/captions/council.ass?raw';
import sbv from '../fixtures/captions/youtube.sbv?raw';
import { buildStlFile, rows } from '../helpers/stl.ts';
import { call, expectProblem, format } from './http-support.ts';

interface Doc {
  timed: boolean;
  blocks: { text: string; startMs: number | null }[];
  messages: { ruleId: string }[];
}

function upload(name: string, text: string | Uint8Array, type = ''): FormData {
  const form = new FormData();
  form.append('file', new File([text], name, { type }));
  form.append('output', 'json');
  return form;
}

describe('POST /v1/format: caption exports', () => {
  it('a pasted DFXP is read as TTML on its clock, not as text', async () => {
    const res = await format(dfxp, 'text/plain; charset=utf-8', '?output=json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.timed).toBe(true);
    // The `<div begin="00:00:10:00">` offset: the first words are said at 10 s.
    expect(doc.blocks[0]?.startMs).toBe(10_000);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toContain('<');
    expect(doc.messages.map((m) => m.ruleId)).toContain('caption-colour-speakers');
  });

  it('application/ttml+xml bodies and .dfxp, .sbv, .ssa, .scc uploads are read by their type', async () => {
    const body = (await (await format(dfxp, 'application/ttml+xml', '?output=json')).json()) as Doc;
    expect(body.blocks[0]?.startMs).toBe(10_000);
    for (const [name, text, start] of [
      ['news.dfxp', dfxp, 10_000],
      ['clip.sbv', sbv, 1000],
      ['council.ssa', ass, 1000],
      // SCC: the first caption shows on frame 60 at 29.97 fps.
      ['line21.scc', scc, 2002],
    ] as const) {
      const res = await format(upload(name, text), null);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const doc = (await res.json()) as Doc;
      expect({ name, start: doc.blocks[0]?.startMs }).toEqual({ name, start });
    }
  });

  it('input= forces a caption format; an .xml upload that is not TTML is a 422 saying why', async () => {
    const forced = await format(sbv, 'text/plain', '?input=sbv&output=srt');
    expect(forced.status).toBe(200);
    expect(await forced.text()).toMatch(/^1\r?\n00:00:01,000 --> /);
    const rss = await format(
      upload('feed.xml', '<?xml version="1.0"?><rss><item>x</item></rss>'),
      null,
    );
    const problem = await expectProblem(rss, 422, 'empty-text');
    expect(problem.detail).toContain('<rss>');
    const garbage = await format('<tt><body><p begin="zz">', 'application/ttml+xml');
    const bad = await expectProblem(garbage, 422, 'empty-text');
    expect(bad.detail).toContain('ttml input');
  });

  it('application/xml and text/xml bodies are read as TTML; other XML is a 422 saying why', async () => {
    for (const type of ['application/xml', 'text/xml; charset=utf-8', 'Application/XML']) {
      const res = await format(dfxp, type, '?output=json');
      expect({ type, status: res.status }).toEqual({ type, status: 200 });
      const doc = (await res.json()) as Doc;
      expect(doc.blocks[0]?.startMs).toBe(10_000);
      expect(doc.blocks.map((b) => b.text).join(' ')).not.toContain('<');
    }
    // A DCP subtitle file is XML too: read on its own clock.
    const dcp =
      '<?xml version="1.0"?><DCSubtitle Version="1.0"><Font><Subtitle SpotNumber="1" TimeIn="00:00:02:125" TimeOut="00:00:04:000"><Text>The pier is closed.</Text></Subtitle></Font></DCSubtitle>';
    const reel = (await (await format(dcp, 'text/xml', '?output=json')).json()) as Doc;
    expect(reel.blocks[0]?.startMs).toBe(2500);
    const rss = await format('<?xml version="1.0"?><rss><item>x</item></rss>', 'application/xml');
    expect((await expectProblem(rss, 422, 'empty-text')).detail).toContain('<rss>');
    const upload = await format(
      (() => {
        const form = new FormData();
        form.append('file', new File([dfxp], 'captions', { type: 'text/xml' }));
        form.append('output', 'json');
        return form;
      })(),
      null,
    );
    expect(((await upload.json()) as Doc).blocks[0]?.startMs).toBe(10_000);
  });

  it('the form accepts the caption files and lists the formats; OpenAPI lists them too', async () => {
    const form = await (await call('/')).text();
    const accept = /<input type="file"[^>]*accept="([^"]*)"/.exec(form)?.[1] ?? '';
    for (const ext of ['.ttml', '.dfxp', '.xml', '.sbv', '.ass', '.ssa', '.scc', '.srt', '.json']) {
      expect(accept.split(',')).toContain(ext);
    }
    for (const value of ['ttml', 'sbv', 'ass', 'scc'])
      expect(form).toContain(`<option value="${value}"`);
    const openapi = JSON.stringify(await (await call('/v1/openapi.json')).json());
    expect(openapi).toContain('"ttml","sbv","ass","scc"');
    expect(openapi).toContain('application/ttml+xml');
  });
});

describe('POST /v1/format: LRC', () => {
  const lrc =
    '[ti:Harbour Bridge Closure]\n[ar:Coastline Radio]\n[offset:+200]\n[00:01.20]HOST: Good morning.\n[00:03.40]The bridge stays closed.\n';

  it('a pasted LRC and an .lrc upload are timed input titled by [ti:]; the form accepts .lrc', async () => {
    for (const res of [
      await format(lrc, 'text/plain; charset=utf-8', '?output=json'),
      await format(upload('morning.lrc', lrc), null),
    ]) {
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc & { title: string | null };
      expect(doc.title).toBe('Harbour Bridge Closure');
      expect(doc.timed).toBe(true);
      expect(doc.blocks[0]?.startMs).toBe(1000);
      expect(doc.messages.map((m) => m.ruleId)).toEqual(
        expect.arrayContaining(['lrc-metadata', 'lrc-offset']),
      );
    }
    const form = await (await call('/')).text();
    const accept = /<input type="file"[^>]*accept="([^"]*)"/.exec(form)?.[1] ?? '';
    expect(accept.split(',')).toContain('.lrc');
    expect(form).toContain('<option value="lrc"');
  });
});

describe('POST /v1/format: transcript tables', () => {
  const csv =
    'Speaker,Start Time,End Time,Text\nSpeaker 1,00:00:02.000,00:00:05.000,"Good evening, and welcome."\nSpeaker 2,00:00:06.000,00:00:08.000,Thank you.\n';

  it('a pasted CSV, a text/csv body and a .tsv upload are read as tables on their clock', async () => {
    for (const res of [
      await format(csv, 'text/plain; charset=utf-8', '?output=json'),
      await format(csv, 'text/csv; charset=utf-8', '?output=json'),
      await format(
        upload(
          'interview.tsv',
          csv
            .replaceAll(',', '\t')
            .replace('"Good evening\t and welcome."', 'Good evening, and welcome.'),
        ),
        null,
      ),
    ]) {
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc;
      expect(doc.timed).toBe(true);
      expect(doc.blocks.map((b) => [b.startMs, b.text])).toEqual([
        [2000, 'Good evening, and welcome.'],
        [6000, 'Thank you.'],
      ]);
    }
  });

  it("input=csv on a text without a table header is read as text, and SRT keeps the rows' times", async () => {
    const srt = await (await format(csv, 'text/csv', '?output=srt')).text();
    expect(srt).toContain('00:00:02,000 -->');
    expect(srt).toContain('00:00:06,000 -->');
    const res = await format('Plain words, no header.', 'text/plain', '?output=json&input=csv');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Doc).blocks[0]?.text).toBe('Plain words, no header.');
  });
});

describe('POST /v1/format: SAMI and EBU STL', () => {
  const sami =
    '<SAMI><HEAD><TITLE>Harbour</TITLE></HEAD><BODY>\n<SYNC Start=1500><P Class=ENCC>Good morning from the harbour.\n<SYNC Start=4000><P Class=ENCC>&nbsp;\n<SYNC Start=5000><P Class=ENCC>The bridge stays closed.\n<SYNC Start=7000><P Class=ENCC>&nbsp;\n</BODY></SAMI>';
  const stl = buildStlFile({ title: 'HARBOUR', tcp: '10000000' }, [
    { sn: 0, tci: [10, 0, 1, 12], tco: [10, 0, 4, 0], tf: rows('Good morning from the harbour.') },
    { sn: 1, tci: [10, 0, 5, 0], tco: [10, 0, 7, 0], tf: rows('The bridge stays closed.') },
  ]);

  it('input=sami reads SYNCs pasted without the <SAMI> wrapper or its head', async () => {
    const bare =
      'Captions from the encoder:\n<SYNC Start=500><P>Good morning.\n<SYNC Start=2000><P>&nbsp;';
    const res = await format(bare, 'text/plain', '?input=sami&output=json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.blocks.map((b) => [b.startMs, b.text])).toEqual([[500, 'Good morning.']]);
    expect(doc.messages.map((m) => m.ruleId)).toContain('caption-metadata');
    // Detected, it is text: it does not open with <SAMI> or <SYNC.
    const detected = (await (await format(bare, 'text/plain', '?output=json')).json()) as Doc;
    expect(detected.blocks[0]?.startMs).toBeNull();
  });

  it('a DCP subtitle .xml upload is read on its clock (Interop ticks), titled by <MovieTitle>', async () => {
    const dcp =
      '<?xml version="1.0" encoding="UTF-8"?>\n<DCSubtitle Version="1.0"><MovieTitle>Harbour</MovieTitle><Font Id="F1"><Subtitle SpotNumber="1" TimeIn="00:00:02:125" TimeOut="00:00:04:000"><Text VAlign="bottom" VPosition="8">The pier is closed.</Text></Subtitle></Font></DCSubtitle>';
    const res = await format(upload('reel1_subtitles.xml', dcp), null);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc & { title: string | null };
    expect(doc.title).toBe('Harbour');
    expect(doc.blocks.map((b) => [b.startMs, b.text])).toEqual([[2500, 'The pier is closed.']]);
  });

  it('a pasted SAMI and an .smi upload are timed input', async () => {
    for (const res of [
      await format(sami, 'text/plain; charset=utf-8', '?output=json'),
      await format(upload('harbour.smi', sami), null),
    ]) {
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc & { title: string | null };
      expect(doc.timed).toBe(true);
      expect(doc.title).toBe('Harbour');
      expect(doc.blocks[0]?.startMs).toBe(1500);
    }
  });

  it('an .stl upload, an application/x-ebu-stl body and STL sent as text/plain are read on their clock', async () => {
    for (const res of [
      await format(upload('harbour.stl', stl), null),
      await format(upload('blob', stl, 'application/x-ebu-stl'), null),
      await format(stl, 'application/x-ebu-stl', '?output=json'),
      await format(stl, 'text/plain', '?output=json'),
    ]) {
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc & { title: string | null };
      expect(doc.timed).toBe(true);
      expect(doc.title).toBe('HARBOUR');
      // 10:00:01:12 at 25 fps, from the programme start 10:00:00:00.
      expect(doc.blocks[0]?.startMs).toBe(1480);
      expect(doc.blocks.map((b) => b.text).join(' ')).toBe(
        'Good morning from the harbour. The bridge stays closed.',
      );
    }
    const srt = await (await format(stl, 'application/x-ebu-stl', '?output=srt')).text();
    expect(srt).toMatch(/^1\r?\n00:00:01,480 --> /);
  });

  it('a short or broken STL is a 422 saying why, never a 500; a text .stl is Spruce STL', async () => {
    const short = await expectProblem(
      await format(upload('cut.stl', stl.subarray(0, 500)), null),
      422,
      'empty-text',
    );
    expect(short.detail).toContain('shorter than the 1024-byte GSI');
    const noise = new Uint8Array(3000).map((_, i) => (i * 7) % 256);
    const bad = await expectProblem(
      await format(noise, 'application/x-ebu-stl', '?output=json'),
      422,
      'empty-text',
    );
    expect(bad.detail).toContain('STLxx.01');
    const spruce =
      '00:00:01:00 , 00:00:03:12 , Good evening.\n00:00:04:00 , 00:00:06:00 , Welcome back.\n';
    const res = await format(upload('dvd.stl', spruce), null);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.blocks[0]?.startMs).toBe(1000);
  });

  it('the form takes an .stl upload and shows its subtitles as SRT in the box', async () => {
    const form = upload('harbour.stl', stl);
    form.set('output', 'srt');
    const res = await call('/', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('00:00:01,480 --&gt; 00:00:04,000');
    expect(page).toContain('<option value="srt" selected');
    const home = await (await call('/')).text();
    const accept = /<input type="file"[^>]*accept="([^"]*)"/.exec(home)?.[1] ?? '';
    expect(accept.split(',')).toEqual(expect.arrayContaining(['.smi', '.sami', '.stl']));
  });
});
