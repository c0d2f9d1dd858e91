import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { fixture, SEED } from '../helpers/fixtures.ts';

const text = fixture(SEED);
const doc = formatTranscript(text);
const lines = text.split('\n');

describe('the seed (Vesti, Kuril Islands)', () => {
  it('takes the headline line as the title', () => {
    expect(doc.title).toBe(
      'Russia’s Sovereignty Non-Negotiable! Kuril Islands Aren’t Going Anywhere!',
    );
    expect(doc.blocks[0]?.type).toBe('headline');
    expect(doc.blocks[0]?.line).toBe(1);
    expect(doc.slug).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)?$/);
  });

  it('keeps the lead paragraph once and reports the copy at line 5', () => {
    const lead =
      'The issue of Russia’s sovereignty over the southernmost Kuril Islands isn’t negotiable.';
    expect(doc.blocks.filter((b) => b.text.startsWith(lead))).toHaveLength(1);
    const dupes = doc.messages.filter((m) => m.ruleId === 'duplicate-paragraph');
    expect(dupes).toHaveLength(1);
    expect(dupes[0]?.line).toBe(5);
    expect(dupes[0]?.actual).toContain('Kuril Islands');
  });

  it('recognizes the throw and the reporter', () => {
    const throws = doc.blocks.filter((b) => b.type === 'throw');
    expect(throws.map((b) => b.text)).toEqual([
      'Andrey Grigoriev has the details of the most important statements.',
    ]);
    expect(doc.reporter).toBe('Andrey Grigoriev');
  });

  it('has exactly two speakers with their titles, macrons intact', () => {
    expect(doc.speakers.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia' },
      { name: 'Tarō Kōno', title: 'Foreign Minister of Japan' },
    ]);
    expect(doc.speakers.every((s) => s.role === null)).toBe(true);
  });

  it('has three SOT speech blocks in the order Lavrov, Kōno, Lavrov', () => {
    const speech = doc.blocks.filter((b) => b.type === 'speech');
    const names = speech.map((b) => doc.speakers.find((s) => s.id === b.speaker)?.name);
    expect(names).toEqual(['Sergey Lavrov', 'Tarō Kōno', 'Sergey Lavrov']);
    expect(speech.every((b) => b.sot)).toBe(true);
    expect(speech[0]?.text.startsWith('I’d like to call upon')).toBe(true);
    expect(speech[2]?.text.endsWith('southernmost Kuril Islands.')).toBe(true);
  });

  it('returns to narration after a bite, splitting the glued sentence', () => {
    const third = doc.blocks.findIndex(
      (b, i) =>
        b.type === 'speech' &&
        doc.blocks.slice(0, i).filter((x) => x.type === 'speech').length === 2,
    );
    const next = doc.blocks[third + 1];
    expect(next?.type).toBe('narration');
    expect(next?.text.startsWith('The first step towards mutual understanding was made.')).toBe(
      true,
    );
    expect(doc.blocks.filter((b) => b.type === 'narration').length).toBeGreaterThanOrEqual(5);
    expect(doc.messages.some((m) => m.ruleId === 'glued-bite' && m.line === 23)).toBe(true);
  });

  it('reads the sign-off with four credited names and the outlet', () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last?.type).toBe('signoff');
    expect(doc.credits).toEqual([
      'Andrey Grigoriev',
      'Maksim Shchepilov',
      'Andrey Stiforov',
      'Artyom Kuznetsov',
    ]);
    expect(doc.outlet).toBe('Vesti');
  });

  it('makes no block of the no-break-space line', () => {
    const nbspLine = lines.findIndex((l) => l.trim() === '' && l.includes('\u00a0')) + 1;
    expect(nbspLine).toBe(9);
    expect(doc.blocks.some((b) => b.line === nbspLine)).toBe(false);
    expect(doc.blocks.every((b) => b.text.trim() !== '')).toBe(true);
  });

  it('merges the later short form with the first full mention, and says so', () => {
    const alias = doc.messages.find((m) => m.ruleId === 'speaker-alias');
    expect(alias?.reason).toBe(
      "Merged 'Sergey Lavrov' with 'Sergey Lavrov, Foreign Minister of Russia'",
    );
    expect(alias?.line).toBe(23);
  });

  it('times spoken blocks and not the headline', () => {
    expect(doc.blocks[0]?.durationMs).toBe(0);
    expect(doc.durationMs).toBe(doc.blocks.reduce((s, b) => s + b.durationMs, 0));
    expect(doc.readRateWpm).toBe(180);
    for (const b of doc.blocks.slice(1)) expect(b.durationMs).toBeGreaterThan(0);
  });

  it('keeps every block position pointing at its source line', () => {
    for (const b of doc.blocks) {
      const source = lines[b.line - 1] ?? '';
      const firstWord = b.text.split(/\s/)[0]?.replace(/[’']/g, "'") ?? '';
      expect(source.replace(/[’']/g, "'")).toContain(firstWord.replace(/[“”"]/g, ''));
    }
  });
});
