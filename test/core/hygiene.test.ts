/**
 * The text-hygiene plugins (one per concern): mojibake from a generated table, HTML character
 * references, list artifacts; each change reported with its source, ruleId and place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { garble, mojibakeTableSize, repairMojibakeOnce } from '../../src/core/mojibake.ts';
import { repairLine } from '../../src/core/plugins/mojibake.ts';
import { editMismatchCount } from '../../src/core/plugins/segments.ts';

const texts = (input: string) => formatTranscript(input).blocks.map((b) => b.text);
const messages = (input: string, ruleId: string) =>
  formatTranscript(input).messages.filter((m) => m.ruleId === ruleId);

describe('mojibake', () => {
  it('the table is generated: every plausible character garbled either way comes back', () => {
    const { full } = mojibakeTableSize();
    expect(full).toBeGreaterThan(5000);
    const ranges: Array<[number, number]> = [
      [0xa0, 0x17f],
      [0x218, 0x21b],
      [0x391, 0x3c9],
      [0x410, 0x44f],
      [0x2013, 0x2026],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x1f600, 0x1f64f],
    ];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        for (const codec of ['windows-1252', 'latin-1'] as const) {
          const garbled = garble(ch, codec);
          // A letter and a no-break space is left alone unless à or Cyrillic was meant.
          if (garbled[1] === '\u00a0' && ch !== 'à' && !/[\u0400-\u04ff]/.test(ch)) continue;
          // Inside a word (`x…Z`), where none of the guards against false positives applies.
          const { text } = repairLine(`x${garbled}Z`);
          expect(text, `${ch} via ${codec}`).toBe(`x${ch}Z`);
        }
      }
    }
  });

  it('repairs words, quotes, Cyrillic and emoji, double encoding, and reports each repair', () => {
    const garbled = garble('Russia’s “position” — Café, Привет 👍', 'windows-1252');
    expect(texts(garbled)).toEqual(['Russia’s “position” — Café, Привет 👍']);
    expect(texts(garble(garble('It’s done.', 'windows-1252'), 'windows-1252'))).toEqual([
      'It’s done.',
    ]);
    const found = messages('ItÃ¢â‚¬â„¢s done.', 'mojibake');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: 'mojibake',
      line: 1,
      column: 3,
      endColumn: 11,
      actual: 'Ã¢â‚¬â„¢',
      expected: ['’'],
    });
    expect(found[0]?.reason).toContain('2 times');
  });

  it('repairs capitals before capitals and à whose no-break space became a space', () => {
    expect(texts('HÃ”TEL DE VILLE, DOS AÃ‘OS')).toEqual(['HÔTEL DE VILLE, DOS AÑOS']);
    expect(texts('Il est allÃ© jusquâ€™Ã la gare, voilÃ  tout.')).toEqual([
      'Il est allé jusqu’à la gare, voilà tout.',
    ]);
    expect(texts('Atenção Ã s crianças.')).toEqual(['Atenção às crianças.']);
  });

  it('repairs the closing quote whose last byte was lost or became a C1 control or U+FFFD', () => {
    for (const form of ['â€', 'â€\u009d', 'â€\ufffd']) {
      expect(texts(`He said â€œyesâ€ twice.`.replace('â€ ', `${form} `))).toEqual([
        'He said “yes” twice.',
      ]);
    }
    const lost = messages('The â€œendâ€ came.', 'mojibake').find((m) => m.actual === 'â€');
    expect(lost?.reason).toContain('last byte had been lost');
    expect(lost?.expected).toEqual(['”']);
  });

  it('leaves alone what is not clearly mojibake (ftfy’s rule)', () => {
    for (const text of [
      'Âge and Ãx are left.', // a lead letter without a continuation
      'O IRMÃ” disse.', // a Portuguese capital word followed by a quote
      'São Paulo, Ñandú, Ðorđe and Þór met.', // real letters
      'The price rose 5¢ in Québec.',
      'SÄ£ÄM ÌÑÌ said the sign.', // capitals with symbols, not a lowercase ģ inside them
      'A radius of 10 Å— no more.', // an ångström and a dash, not ŗ
      'IL Y A MARQUÉ… DESSUS', // É and an ellipsis, not Ʌ
      'SELKÄ\u00a0EDELLÄ', // Ä and a no-break space, not Ġ
      'There are a lot of Ã’s in it.', // a letter and its plural
    ]) {
      expect(repairMojibakeOnce(text).fixes, text).toEqual([]);
    }
  });
});

describe('HTML character references', () => {
  it('decodes the full HTML5 named set and numeric references', () => {
    expect(
      texts(
        'The caf&eacute; &middot; &euro;5 &mdash; &hellip; &frac12; &Aacute;ngel &#233; &#x20AC; &amp;amp; done.',
      ),
    ).toEqual(['The café · €5 — … ½ Ángel é € & done.']);
  });

  it('reports only what was decoded, each with its place; AT&T and R&D stay', () => {
    const found = messages('AT&T and R&D said &eacute; and &bogus; and &euro;.', 'html-entity');
    expect(found.map((m) => m.actual)).toEqual(['&eacute;', '&euro;']);
    expect(found.map((m) => m.expected)).toEqual([['é'], ['€']]);
    expect(found[0]).toMatchObject({ source: 'entities', line: 1, column: 19, endColumn: 27 });
    expect(texts('AT&T and R&D said &bogus;.')).toEqual(['AT&T and R&D said &bogus;.']);
  });
});

describe('list artifacts', () => {
  it('removes [] and bullet glyphs at the start of a line, each item its own paragraph', () => {
    const input = 'Key facts:\n[] Rain fell all night\n• Roads closed\n▪ Schools shut\n◦ Power cut';
    expect(texts(input)).toEqual([
      'Key facts:',
      'Rain fell all night',
      'Roads closed',
      'Schools shut',
      'Power cut',
    ]);
    const found = messages(input, 'list-marker');
    expect(found.map((m) => [m.line, m.actual?.trim()])).toEqual([
      [2, '[]'],
      [3, '•'],
      [4, '▪'],
      [5, '◦'],
    ]);
    expect(found.every((m) => m.source === 'list-markers' && m.column === 1)).toBe(true);
  });

  it('removes * bullets and a list of three or more - lines', () => {
    expect(texts('* One thing\n* Another thing')).toEqual(['One thing', 'Another thing']);
    expect(texts('- apples\n- pears\n- plums')).toEqual(['apples', 'pears', 'plums']);
  });

  it('keeps dialogue dashes, real hyphens and minus signs', () => {
    const dialogue = '- Where were you last night?\n- At home, with my family.';
    expect(messages(dialogue, 'list-marker')).toEqual([]);
    expect(texts('-5 degrees tonight.')).toEqual(['-5 degrees tonight.']);
    expect(messages('The end.\n\n* * *\n\nNext story.', 'list-marker')).toEqual([]);
    expect(texts('A well-known *emphasis* stays.')).toEqual(['A well-known *emphasis* stays.']);
  });
});

describe('one plugin per concern', () => {
  it('each hygiene change names its plugin as source, with a place range', () => {
    const doc = formatTranscript(
      'Caf\u0065\u0301 â€œhiâ€\u009d <b>x</b> &amp; \\[y\\]  z\u200b\n• item',
    );
    const sources = new Map(doc.messages.map((m) => [m.ruleId, m.source]));
    expect(Object.fromEntries(sources)).toMatchObject({
      'unicode-normalization': 'normalize-unicode',
      mojibake: 'mojibake',
      'html-tag': 'markup',
      'html-entity': 'entities',
      'markdown-escape': 'markup',
      whitespace: 'whitespace',
      'zero-width': 'whitespace',
      'list-marker': 'list-markers',
    });
    for (const m of doc.messages.filter((x) => x.source !== 'language')) {
      expect(m.line, m.ruleId).not.toBeNull();
      if (m.ruleId !== 'typography') expect(m.endColumn, m.ruleId).toBeGreaterThan(m.column ?? 0);
    }
  });

  it('a hostile input with a million changes gives a bounded number of messages', () => {
    const doc = formatTranscript('x&amp;'.repeat(20_000));
    const found = doc.messages.filter((m) => m.ruleId === 'html-entity');
    expect(found.length).toBeLessThanOrEqual(21);
    expect(found.at(-1)?.reason).toContain('19980 more');
  });
});

describe('language honesty in the pipeline', () => {
  it('Italian is detected, not French: no «» quotes, a warning that it has no rules', () => {
    const doc = formatTranscript(
      'Il ministro ha detto che "i colloqui non sono facili". Secondo lui c\'è ancora molto lavoro da fare prima di un accordo. Anche le imprese sono critiche sulle misure proposte.',
    );
    expect(doc.language).toBe('it');
    expect(doc.blocks[0]?.text).toContain('"i colloqui non sono facili"');
    expect(doc.messages.find((m) => m.ruleId === 'language')?.severity).toBe('warning');
  });

  it('an unsure detection falls back to English, asks for language= and leaves quotes', () => {
    const doc = formatTranscript('"Kuril" 12.');
    expect(doc.language).toBe('en');
    const message = doc.messages.find((m) => m.ruleId === 'language');
    expect(message?.severity).toBe('warning');
    expect(message?.reason).toContain('language=');
    expect(doc.blocks[0]?.text).toBe('"Kuril" 12.');
  });

  it('a sure detection gets its quotes', () => {
    const doc = formatTranscript(
      'The minister said "we are ready" and the talks will go on. It was not easy, and they have more work to do this week.',
    );
    expect(doc.blocks[0]?.text).toContain('“we are ready”');
  });
});

describe('places are columns of the input line', () => {
  it('each change is reported at its columns in the input, after earlier changes on the line', () => {
    const line = 'Cafe\u0301 â€œhiâ€\u009d <b>x</b> &amp; \\[y\\]  z\u200b!';
    const doc = formatTranscript(line);
    const hygiene = doc.messages.filter((m) =>
      [
        'mojibake',
        'html-tag',
        'html-entity',
        'markdown-escape',
        'zero-width',
        'whitespace',
      ].includes(m.ruleId),
    );
    expect(hygiene.length).toBeGreaterThanOrEqual(9);
    for (const m of hygiene) {
      expect(line.slice((m.column ?? 0) - 1, (m.endColumn ?? 0) - 1), m.reason).toBe(m.actual);
    }
  });

  it('edits always reproduce the text (no column map is ever dropped)', () => {
    const alphabet = [
      'a',
      ' ',
      '\t',
      '\u00a0',
      '\u200b',
      '&amp;',
      '&eacute;',
      '<b>',
      '\\[',
      'â€™',
      'Ã©',
      'â€',
      'e\u0301',
      '• ',
      '\n',
      '- ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
        formatTranscript(parts.join(''));
        expect(editMismatchCount()).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text copied out of a PDF: the font’s presentation forms', () => {
  it('Latin ligatures are their letters again, reported with the line', () => {
    expect(texts('The ﬁnancial plan is ﬂawed, the staﬀ say.')).toEqual([
      'The financial plan is flawed, the staff say.',
    ]);
    const [m] = messages('Line one.\n\nThe ﬁnal vote.', 'unicode-normalization');
    expect(m?.line).toBe(3);
    expect(m?.reason).toMatch(/ligatures or letter forms.*“ﬁ”.*“fi”/);
  });

  it('Arabic letter forms (a PDF’s shaping) are the letters; plain Arabic is untouched', () => {
    // ﻣﺮﺣﺒﺎ: the isolated, initial, medial and final forms of مرحبا.
    expect(texts('\uFEE3\uFEAE\uFEA3\uFE92\uFE8E')).toEqual(['مرحبا']);
    expect(messages('مرحبا بكم.', 'unicode-normalization')).toEqual([]);
    // Full-width letters and superscripts are not presentation forms: kept as written.
    expect(texts('Ｈello x² 1st.')).toEqual(['Ｈello x² 1st.']);
  });
});

describe('presentation forms typed on purpose', () => {
  it('the Arabic word ligatures (ﷺ, ﷲ) stay as written', () => {
    expect(texts('قال النبي ﷺ إن الله ﷲ.')).toEqual(['قال النبي ﷺ إن الله ﷲ.']);
  });
});
