/**
 * Word documents (DOCX): the ZIP directory (src/ingest/zip.ts) and the document's XML
 * (src/ingest/docx.ts), on documents written here with test/helpers/docx.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { docxToLines, docxToText } from '../../src/ingest/docx.ts';
import {
  checkZipEntry,
  looksLikeZip,
  MAX_ZIP_ENTRIES,
  readZipDirectory,
  ZipError,
} from '../../src/ingest/zip.ts';
import { buildDocx, buildZip, documentXml, para, run, table } from '../helpers/docx.ts';

describe('the ZIP directory', () => {
  it('lists the entries with their method, sizes and data', () => {
    const zip = buildDocx(para(run('Hello.')));
    expect(looksLikeZip(zip)).toBe(true);
    const entries = readZipDirectory(zip);
    expect([...entries.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
    const doc = entries.get('word/document.xml');
    expect(doc?.method).toBe(8);
    expect(doc?.size).toBe(new TextEncoder().encode(documentXml(para(run('Hello.')))).length);
    const stored = readZipDirectory(buildDocx(para(run('Hi.')), [], false)).get(
      'word/document.xml',
    );
    expect(stored?.method).toBe(0);
    expect(stored?.compressedSize).toBe(stored?.size);
  });

  it('refuses a corrupt, cut, encrypted or overfull archive, with the reason', () => {
    const kind = (bytes: Uint8Array): string => {
      try {
        readZipDirectory(bytes);
        return 'read';
      } catch (e) {
        return e instanceof ZipError ? e.kind : 'other';
      }
    };
    const zip = buildDocx(para(run('Hello.')));
    expect(kind(zip.subarray(0, zip.length - 30))).toBe('corrupt');
    expect(kind(new TextEncoder().encode('not a zip at all'))).toBe('corrupt');
    expect(kind(buildZip([{ name: 'word/document.xml', data: 'x', encrypted: true }]))).toBe(
      'encrypted',
    );
    const many = buildZip(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f${i}`, data: '' })),
    );
    expect(kind(many)).toBe('too-large');
  });

  it('a damaged archive is a ZipError or a directory, never another exception', () => {
    const zip = buildDocx(para(run('Hello there.')) + table([['A', 'B']]));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const bytes = zip.slice();
          for (const [at, value] of edits) bytes[at] = value;
          try {
            for (const entry of readZipDirectory(bytes).values()) {
              try {
                checkZipEntry(entry);
              } catch (e) {
                if (!(e instanceof ZipError)) throw e;
              }
              expect(entry.dataStart + entry.compressedSize).toBeLessThanOrEqual(bytes.length);
            }
          } catch (e) {
            if (!(e instanceof ZipError)) throw e;
          }
        },
      ),
    );
  });

  it('refuses a bomb before unpacking it: the declared size, or the ratio', () => {
    const big = readZipDirectory(
      buildZip([{ name: 'word/document.xml', data: 'a', declaredSize: 64 * 1024 * 1024 }]),
    ).get('word/document.xml');
    expect(() => checkZipEntry(big as never)).toThrow(/unpacks to 67108864 bytes/);
    // 4 MB of one letter packs to a few KB: a ratio no document has.
    const bomb = readZipDirectory(
      buildZip([{ name: 'word/document.xml', data: 'a'.repeat(4 * 1024 * 1024) }]),
    ).get('word/document.xml');
    expect(() => checkZipEntry(bomb as never)).toThrow(/times its packed size/);
    const fine = readZipDirectory(buildDocx(para(run('Hello.')))).get('word/document.xml');
    expect(() => checkZipEntry(fine as never)).not.toThrow();
  });
});

describe("a Word document's XML", () => {
  it('reads paragraphs, runs, preserved spaces, tabs and line breaks; not tab stops', () => {
    const xml = documentXml(
      para(run('Good '), run('evening.'), '<w:r><w:t>  trimmed  </w:t></w:r>') +
        para(run('One'), '<w:r><w:br/></w:r>', run('two'), '<w:r><w:tab/></w:r>', run('three')) +
        para() +
        para(run('Fish & chips')),
    );
    const { text, sourceLines } = docxToLines(xml);
    expect(text).toBe('Good evening.trimmed\n\nOne\ntwo\tthree\n\nFish & chips');
    // Each line maps to its paragraph's number (the empty third paragraph counts).
    expect(sourceLines).toEqual([1, 2, 2, 2, 4, 4]);
  });

  it('keeps a bold label as the tag the core reads, and the paragraph after it in the turn', () => {
    const xml = documentXml(
      para(run('Harbour flood', true)) +
        para(run('JANE DOE:', true), run(' The water came up overnight.')) +
        para(run('It reached the second step.')) +
        para(run('SAM LEE:', true), run(' How many boats?')),
    );
    const { text } = docxToText(xml);
    const doc = formatTranscript(text);
    expect(doc.title).toBe('Harbour flood');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Sam Lee']);
    const jane = doc.speakers[0]?.id;
    expect(doc.blocks.find((b) => b.text.startsWith('It reached'))?.speaker).toBe(jane);
  });

  it('reads a two-column table as the two-column script convention, other tables row by row', () => {
    const script = table([
      ['VIDEO', 'AUDIO'],
      ['ANCHOR ON CAM', 'Good evening. The river is rising.'],
      ['VO: FLOOD FOOTAGE', 'Crews worked all night.\nBoats reached Mill Road.'],
      ['', 'The water is still rising.'],
      ['SOT: MARIA LOPEZ / FIRE CHIEF', '"We got here as fast as we could."'],
    ]);
    const { text } = docxToText(documentXml(para(run('River warning')) + script));
    expect(text).toBe(
      [
        'River warning',
        'VIDEO\tAUDIO',
        'ANCHOR ON CAM\tGood evening. The river is rising.',
        'VO: FLOOD FOOTAGE\tCrews worked all night. Boats reached Mill Road.',
        '\tThe water is still rising.',
        'SOT: MARIA LOPEZ / FIRE CHIEF\t"We got here as fast as we could."',
      ].join('\n\n'),
    );
    const doc = formatTranscript(text);
    expect(doc.blocks.map((b) => `${b.type}: ${b.text}`).slice(2)).toEqual([
      'direction: ANCHOR ON CAM',
      'narration: Good evening. The river is rising.',
      'direction: VO: FLOOD FOOTAGE',
      'narration: Crews worked all night. Boats reached Mill Road.',
      'narration: The water is still rising.',
      'direction: SOT: MARIA LOPEZ / FIRE CHIEF',
      'speech: We got here as fast as we could.',
    ]);
    const wide = docxToText(
      documentXml(
        table([
          ['Name', 'Role', 'Town'],
          ['Ana', 'Mayor', 'Millbrook'],
        ]),
      ),
    ).text;
    expect(wide).toBe('Name Role Town\n\nAna Mayor Millbrook');
  });

  it('reports what it does not read: deletions, field codes, text boxes, notes, comments, headers', () => {
    const xml = documentXml(
      para(
        run('Kept.'),
        '<w:del><w:r><w:delText>Deleted words</w:delText></w:r></w:del>',
        '<w:moveFrom><w:r><w:t>Moved</w:t></w:r></w:moveFrom>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden note</w:t></w:r>',
      ) +
        para(
          run('See'),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>2</w:t></w:r>',
        ) +
        para(
          run('Boxed'),
          '<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
        ) +
        para(run('Noted.'), '<w:r><w:footnoteReference w:id="1"/></w:r>') +
        para(run('Said.'), '<w:r><w:commentReference w:id="0"/></w:r>'),
    );
    const { text, messages } = docxToText(xml);
    expect(text).toBe('Kept.\n\nSee2\n\nBoxed\n\nNoted.\n\nSaid.');
    const got = messages.map((m) => [m.ruleId, m.line, m.reason, m.actual ?? null]);
    expect(got).toEqual([
      ['docx-dropped', 1, 'Dropped text deleted with tracked changes', 'Deleted words'],
      ['docx-dropped', 1, 'Dropped text moved elsewhere with tracked changes', 'Moved'],
      ['docx-dropped', 1, 'Dropped hidden text (not shown by Word)', 'Hidden note'],
      ['docx-dropped', 3, 'Did not read a field code (markup, not text)', 'PAGE'],
      ['docx-dropped', 5, 'Did not read a drawing or text box', 'Box textBox text'],
      [
        'docx-dropped',
        7,
        'Did not read a footnote (its text is in another part of the DOCX)',
        null,
      ],
      ['docx-dropped', 9, 'Did not read a comment (comments are not the script)', null],
      ['docx-dropped', 9, 'Did not read the page header', null],
    ]);
  });

  it('never throws on any XML', () => {
    const tag = fc.constantFrom(
      'w:p',
      'w:r',
      'w:t',
      'w:tbl',
      'w:tr',
      'w:tc',
      'w:br',
      'w:tab',
      'w:del',
      'w:delText',
      'mc:AlternateContent',
    );
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t}/>`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const { text, messages } = docxToText(documentXml(pieces.join('')));
        expect(typeof text).toBe('string');
        for (const m of messages) expect(m.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('refuses XML nested absurdly deep, in linear time, with a message', () => {
    const deep = documentXml(`${'<w:sdt>'.repeat(200_000)}${'</w:x>'.repeat(200_000)}`);
    const start = performance.now();
    const { text, messages } = docxToLines(deep);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(text).toBe('');
    expect(messages?.[0]?.reason).toContain('nested deeper than 1000');
  });

  it('reads a long document in linear time', () => {
    const body = (n: number) => para(run('A line of the script, said once.')).repeat(n);
    const time = (n: number) => {
      const xml = documentXml(body(n));
      const start = performance.now();
      docxToText(xml);
      return performance.now() - start;
    };
    time(2_000);
    const small = time(20_000);
    const large = time(40_000);
    expect(large / small).toBeLessThan(3.5);
  });
});
