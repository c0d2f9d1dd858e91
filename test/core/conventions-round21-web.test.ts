/**
 * Conventions of transcripts copied from web pages and transcription apps (round 21), each tested
 * on cases written for these tests in its convention, with counter-cases.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

const read = (input: string): ScriptDocument =>
  produce(input, 'json', optionsSchema().parse({}), detectInputFormat(input)).document;

/** Each block as [type, speaker's name or role (a note: its reason), text]. */
const blocks = (doc: ScriptDocument) =>
  doc.blocks.map((b) => {
    const who = doc.speakers.find((s) => s.id === b.speaker);
    return [b.type, b.type === 'note' ? b.reason : (who?.name ?? who?.role ?? null), b.text];
  });
const story = (doc: ScriptDocument) => blocks(doc).filter((b) => b[0] !== 'note');

describe('an office’s HTML record with initials glued to the surname (`<b>V.Putin:</b>`) and no <title>', () => {
  const page = (labels: [string, string], body: string[]) =>
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<div class="read">\n<h1>Meeting with Government members</h1>\n<div class="entry-content">\n${body
      .map((p) => p.replace('{A}', `<b>${labels[0]}:</b>`).replace('{B}', `<b>${labels[1]}:</b>`))
      .map((p) => `<p>${p}</p>`)
      .join('\n')}\n</div></div></body></html>`;
  const body = [
    'The President held a meeting with Government members via videoconference.',
    '{A} Good afternoon, colleagues. Let us begin with the spring floods.',
    'The water has reached several districts of the region. Mr Kurenkov, please.',
    '{B} Mr President, colleagues. The water level on the river is falling.',
    'Some eight hundred homes remain flooded, and the pumping goes on.',
    '{A} Thank you.',
  ];

  it('reads a paragraph after a labelled turn as the same speaker’s, in English and Russian', () => {
    const cases: Array<[string, string]> = [
      ['V.Putin', 'A.Kurenkov'],
      ['В.Путин', 'А.Куренков'],
      ['S.Lavrov', 'M.Zakharova'],
      ['V.Putin', 'A.Rimsky-Korsakov'],
    ];
    for (const labels of cases) {
      const doc = read(page(labels, body));
      expect(story(doc)).toEqual([
        ['headline', null, 'Meeting with Government members'],
        ['narration', null, body[0]],
        ['speech', labels[0], 'Good afternoon, colleagues. Let us begin with the spring floods.'],
        ['speech', labels[0], body[2]],
        ['speech', labels[1], 'Mr President, colleagues. The water level on the river is falling.'],
        ['speech', labels[1], body[4]],
        ['speech', labels[0], 'Thank you.'],
      ]);
    }
  });

  it('keeps an article’s narration after bold labels written as full names or with a spaced initial', () => {
    for (const labels of [
      ['Nick Hart', 'Tom Price'],
      ['V. Putin', 'A. Kurenkov'],
    ] as Array<[string, string]>) {
      const doc = read(page(labels, body));
      const after = story(doc).find((b) => b[2] === body[4]);
      expect(after?.[0]).toBe('narration');
    }
  });
});
