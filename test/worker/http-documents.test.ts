/**
 * Word documents through the API and the form: a .docx upload (multipart), a raw DOCX body,
 * and every bad archive answered with a problem (413 for a bomb, 422 for a corrupt, encrypted or
 * non-Word file), never a 500.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, buildZip, documentXml, para, run, table } from '../helpers/docx.ts';
import { call, expectProblem, format } from './http-support.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Doc {
  title: string | null;
  blocks: {
    type: string;
    text: string;
    line: number;
    speaker: string | null;
    startMs: number | null;
  }[];
  speakers: { id: string; name: string | null }[];
  messages: { ruleId: string; line: number; actual?: string }[];
}

const INTERVIEW = buildDocx(
  para(run('Ferry strike', true)) +
    para(run('PRIYA NAIR:', true), run(' How long will the ferries stop?')) +
    para(run('TOM BARRETT:', true), run(' Until Friday at least.')) +
    para(run('Crews voted for it.'), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
);

const SCRIPT = buildDocx(
  para(run('FERRY STRIKE', true)) +
    table([
      ['VIDEO', 'AUDIO'],
      ['ANCHOR ON CAM', 'The ferries stop tonight.'],
      ['VO: EMPTY TERMINAL', 'Commuters face a long drive.'],
      ['SOT: TOM BARRETT / UNION', 'We gave them four weeks.'],
    ]),
);

function upload(name: string, bytes: Uint8Array, type = ''): FormData {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type }));
  form.append('output', 'json');
  return form;
}

describe('POST /v1/format: a Word document', () => {
  it('a .docx upload is unpacked and read: paragraphs, bold labels as tags', async () => {
    const res = await format(upload('ferry.docx', INTERVIEW), null);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.title).toBe('Ferry strike');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Priya Nair', 'Tom Barrett']);
    const barrett = doc.speakers[1]?.id;
    expect(doc.blocks.find((b) => b.text.startsWith('Crews voted'))?.speaker).toBe(barrett);
    // The footnote and the page header are reported, not silently left out.
    const dropped = doc.messages.filter((m) => m.ruleId === 'docx-dropped');
    expect(dropped.length).toBe(2);
    expect(dropped[0]?.line).toBe(7);
  });

  it('a raw DOCX body, and an upload known only by its type, read alike: the A/V table as a script', async () => {
    const raw = (await (await format(SCRIPT, DOCX_TYPE, '?output=json')).json()) as Doc;
    expect(raw.blocks.filter((b) => b.type === 'direction').map((b) => b.text)).toEqual([
      'ANCHOR ON CAM',
      'VO: EMPTY TERMINAL',
      'SOT: TOM BARRETT / UNION',
    ]);
    expect(raw.blocks.find((b) => b.text.startsWith('Commuters'))?.type).toBe('narration');
    const typed = await format(upload('blob', SCRIPT, DOCX_TYPE), null);
    expect(typed.status).toBe(200);
    expect(((await typed.json()) as Doc).blocks.map((b) => b.text)).toEqual(
      raw.blocks.map((b) => b.text),
    );
    // A stored (not deflated) archive too.
    const stored = buildDocx(para(run('Stored words are read.')), [], false);
    const doc = (await (await format(stored, DOCX_TYPE, '?output=json')).json()) as Doc;
    expect(doc.blocks.map((b) => b.text)).toEqual(['Stored words are read.']);
  });

  it('a Teams transcript saved as .docx is read as its cues: times kept, names as speakers', async () => {
    const teams = buildDocx(
      [
        ['0:0:0.0 --> 0:0:3.850', 'Okafor, Ngozi', 'Let us start with the ferry timetable.'],
        ['0:0:4.200 --> 0:0:7.100', 'Lindqvist, Per', 'The winter one starts in November.'],
        ['0:0:7.500 --> 0:0:9.000', 'Okafor, Ngozi', 'Good.'],
      ]
        .map((cue) => cue.map((line) => para(run(line))).join(''))
        .join(para('')),
    );
    for (const body of [teams, upload('Meeting transcript.docx', teams)]) {
      const res = await format(body, body === teams ? DOCX_TYPE : null, '?output=json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc;
      expect(doc.speakers.map((s) => s.name)).toEqual(['Ngozi Okafor', 'Per Lindqvist']);
      expect(doc.blocks.map((b) => b.text)).toEqual([
        'Let us start with the ferry timetable.',
        'The winter one starts in November.',
        'Good.',
      ]);
      expect(doc.blocks.map((b) => b.startMs)).toEqual([0, 4200, 7500]);
    }
  });

  it('the form reads a .docx upload and shows its text in the box', async () => {
    const form = upload('ferry.docx', INTERVIEW);
    form.set('output', 'teleprompter-text');
    const res = await call('/', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('PRIYA NAIR: How long will the ferries stop?');
    expect(page).not.toContain('w:document');
  });

  it('a ZIP bomb is a 413, declared or hidden behind a small declared size', async () => {
    const declared = buildZip([
      { name: 'word/document.xml', data: 'a', declaredSize: 200 * 1024 * 1024 },
    ]);
    const big = await expectProblem(
      await format(declared, DOCX_TYPE, '?output=json'),
      413,
      'payload-too-large',
    );
    expect(big.detail).toContain('unpacks');
    const ratio = buildZip([{ name: 'word/document.xml', data: 'a'.repeat(8 * 1024 * 1024) }]);
    await expectProblem(await format(ratio, DOCX_TYPE, '?output=json'), 413, 'payload-too-large');
    // The directory says 100 bytes, the data inflates to 2 MB: stopped at 100, a 422.
    const lying = buildZip([
      {
        name: 'word/document.xml',
        data: documentXml(para(run('x'.repeat(2_000_000)))),
        declaredSize: 100,
      },
    ]);
    const problem = await expectProblem(
      await format(upload('lying.docx', lying), null),
      422,
      'unreadable-document',
    );
    expect(problem.detail).toContain('declared');
  });

  it('a corrupt, encrypted, cut or non-Word .docx is a 422 that says so', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['text.docx', new TextEncoder().encode('just some text'), 'not a DOCX'],
      [
        'locked.docx',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        'encrypted',
      ],
      [
        'flagged.docx',
        buildZip([{ name: 'word/document.xml', data: documentXml(''), encrypted: true }]),
        'encrypted',
      ],
      ['cut.docx', INTERVIEW.subarray(0, INTERVIEW.length - 40), 'not a readable DOCX'],
      [
        'sheet.docx',
        buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
        'no word/document.xml',
      ],
    ];
    for (const [name, bytes, says] of cases) {
      const problem = await expectProblem(
        await format(upload(name, bytes), null),
        422,
        'unreadable-document',
      );
      expect({ name, detail: problem.detail.includes(says) }).toEqual({ name, detail: true });
    }
    // Garbage where the deflated data should be.
    const zip = buildDocx(para(run('Hello there.')));
    const broken = zip.slice();
    const at = new TextDecoder('latin1').decode(broken).indexOf('word/document.xml') + 17;
    broken.fill(0xff, at, at + 40);
    await expectProblem(
      await format(broken, DOCX_TYPE, '?output=json'),
      422,
      'unreadable-document',
    );
  });

  it('a damaged DOCX is read, or refused with a 4xx problem: never a 500', async () => {
    // A fixed walk over the bytes: each change lands in a header, the directory or the data.
    for (let k = 0; k < 40; k++) {
      const bytes = INTERVIEW.slice();
      const at = (k * 7919) % bytes.length;
      bytes[at] = (bytes[at] as number) ^ (1 + (k % 255));
      const res = await format(bytes, DOCX_TYPE, '?output=json');
      expect({ at, ok: [200, 413, 422].includes(res.status) }).toEqual({ at, ok: true });
      if (res.status !== 200)
        expect(res.headers.get('content-type')).toBe('application/problem+json');
      await res.body?.cancel();
    }
  });

  it('an .rtf upload and pasted RTF are read as RTF, not as text with its codes', async () => {
    const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\b JANE DOE:\b0  The caf\'e9 reopened.\par}`;
    const form = new FormData();
    form.append('file', new File([rtf], 'story.rtf'));
    form.append('output', 'json');
    for (const res of [await format(form, null), await format(rtf, 'text/plain', '?output=json')]) {
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Doc;
      expect(doc.blocks.map((b) => b.text)).toEqual(['The café reopened.']);
      expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe']);
      expect(doc.messages.some((m) => m.ruleId === 'rtf-dropped')).toBe(true);
    }
  });

  it('an empty Word document is a 422 empty-text, as an empty paste is', async () => {
    await expectProblem(
      await format(buildDocx(para()), DOCX_TYPE, '?output=json'),
      422,
      'empty-text',
    );
  });
});
