import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { corpusFiles, fixture } from '../helpers/fixtures.ts';

/** Tag prefixes as written at the start of a source line, and the speaker each must become. */
const TAGS: Readonly<Record<string, ReadonlyArray<[RegExp, string]>>> = {
  'corpus/01-wh-press-briefing-jean-pierre-500th.txt': [
    [/^MS\. JEAN-PIERRE:/, 'ms-jean-pierre'],
    [/^Q[\u00a0 ]{2,}/, 'q'],
  ],
  'corpus/02-wh-background-call-venezuela.txt': [
    [/^MODERATOR:/, 'moderator'],
    [/^SENIOR ADMINISTRATION OFFICIAL:/, 'senior-administration-official'],
    [/^OPERATOR:/, 'operator'],
    [/^Q[\u00a0 ]{2,}/, 'q'],
  ],
  'corpus/03-wh-remarks-biden-duplicated-paragraph.txt': [],
  'corpus/07-kremlin-direct-line-2017-state-tv.txt': [
    [/^Tatyana Remezova:/, 'tatyana-remezova'],
    [/^Dmitry Borisov:/, 'dmitry-borisov'],
    [/^Maria Gladkikh:/, 'maria-gladkikh'],
    [/^Natalya Yuryeva:/, 'natalya-yuryeva'],
    [/^President of\u00a0Russia Vladimir Putin:/, 'vladimir-putin'],
    [/^Vladimir Putin:/, 'vladimir-putin'],
  ],
};

const DIRECTION = /\((?:Laughter|Applause|Laughs|laughter|applause|a fire alarm sounds)\.?\)/g;
/** A transcriber's mark: a direction between sentences, kept in the words inside one. */
const INAUDIBLE = /\(inaudible\)/g;

describe.each(corpusFiles())('%s', (file) => {
  const text = fixture(file);
  const doc = formatTranscript(text);
  const lines = text.split('\n');

  it('makes every tagged turn a speech block with the right speaker', () => {
    const tags = TAGS[file] ?? [];
    let checked = 0;
    lines.forEach((source, i) => {
      for (const [pattern, speaker] of tags) {
        if (!pattern.test(source)) continue;
        // A tag alone on its line opens the paragraph below it (joined, or after a blank line).
        const tagOnly = source.replace(pattern, '').trim() === '';
        const line = i + 1;
        let textLine = line;
        if (tagOnly) while ((lines[textLine] ?? 'x').trim() === '') textLine++;
        const speech = doc.blocks.filter(
          (b) => (b.line === line || b.line === textLine + 1) && b.type === 'speech',
        );
        expect(
          speech.map((b) => b.speaker),
          `line ${line}: ${source.slice(0, 60)}`,
        ).toContain(speaker);
        checked++;
      }
    });
    if (tags.length > 0) expect(checked).toBeGreaterThan(5);
    const known = new Set(tags.map(([, id]) => id));
    for (const s of doc.speakers) expect(known.has(s.id), s.id).toBe(true);
  });

  it('makes stage directions direction blocks, and only those', () => {
    const expected = [...text.matchAll(DIRECTION)].length;
    const directions = doc.blocks.filter((b) => b.type === 'direction');
    expect(directions).toHaveLength(expected);
    for (const b of doc.blocks) {
      if (b.type !== 'direction') expect(b.text).not.toMatch(DIRECTION);
    }
  });

  it("keeps every transcriber's (inaudible), as a direction or inside its sentence", () => {
    const marks = [...text.matchAll(INAUDIBLE)].length;
    const asDirection = doc.blocks.filter((b) => b.type === 'direction' && b.text === 'inaudible');
    const inline = doc.blocks.reduce(
      (n, b) => n + (b.type === 'direction' ? 0 : [...b.text.matchAll(INAUDIBLE)].length),
      0,
    );
    expect(asDirection.length + inline).toBe(marks);
    if (file.includes('02-wh-background')) {
      // `which was — (a fire alarm sounds) — (inaudible) the right of all candidates to run.`
      expect(doc.blocks.some((b) => b.text.includes('(inaudible) the right of all'))).toBe(true);
    }
  });

  it('removes only the duplicated Biden paragraph, once, and reports it', () => {
    const removed = doc.messages.filter((m) => m.ruleId === 'duplicate-paragraph');
    if (file.includes('03-wh-remarks-biden')) {
      expect(removed).toHaveLength(1);
      const line = removed[0]?.line ?? 0;
      const copy = removed[0]?.actual ?? '';
      expect(copy.length).toBeGreaterThan(100);
      // The removed copy is still in the document once.
      expect(doc.blocks.filter((b) => b.text === copy)).toHaveLength(1);
      expect(lines[line - 1]?.slice(0, 30)).toBe(copy.slice(0, 30));
    } else {
      expect(removed).toEqual([]);
    }
    // Nothing else reports a removal of words (a replacement that keeps them is not one).
    const wordsOf = (t: string) => t.match(/[\p{L}\p{N}]+/gu) ?? [];
    const removals = doc.messages
      .filter((m) => {
        const kept = new Set(wordsOf((m.expected ?? []).join(' ')));
        return wordsOf(m.actual ?? '').some((w) => !kept.has(w));
      })
      .map((m) => m.ruleId);
    for (const ruleId of removals)
      expect(['duplicate-paragraph', 'front-matter', 'html-tag']).toContain(ruleId);
  });
});

describe('corpus 02 and 01 specifics', () => {
  it('keeps the moderator’s repeated thanks, said twice for real', () => {
    const doc = formatTranscript(fixture('corpus/02-wh-background-call-venezuela.txt'));
    const thanks = doc.blocks.filter(
      (b) => b.text === 'Thank you very much, [senior administration official].',
    );
    expect(thanks).toHaveLength(2);
    expect(doc.messages.some((m) => m.ruleId === 'repeat-kept' && m.line === 187)).toBe(true);
  });

  it('takes the front matter title and drops the HTML tag but keeps its words', () => {
    const doc = formatTranscript(fixture('corpus/01-wh-press-briefing-jean-pierre-500th.txt'));
    expect(doc.title).toBe('Press Briefing by Press Secretary Karine Jean-Pierre, July 30, 2024');
    const block = doc.blocks.find((b) => b.text.includes('the important [importance] of the role'));
    expect(block?.type).toBe('speech');
    expect(doc.speakers.find((s) => s.id === 'q')?.role).toBe('reporter');
  });
});
