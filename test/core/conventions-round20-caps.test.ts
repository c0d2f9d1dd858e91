/**
 * Caption and speech-to-text conventions of round 20, each tested on cases written for these
 * tests in its convention: SDH scripts' one-word speaker IDs in brackets, a speaker's mark after
 * a sound opening a cue line, sounds described in the middle of a caption line.
 */
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

function read(text: string): ScriptDocument {
  return produce(text, 'json', optionsSchema().parse({}), detectInputFormat(text)).document;
}

/** Each block as `speaker: text` (`-` for none), directions as `[text]`. */
function turns(doc: ScriptDocument): string[] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.id]));
  return doc.blocks.map((b) =>
    b.type === 'direction' ? `[${b.text}]` : `${b.speaker ? names.get(b.speaker) : '-'}: ${b.text}`,
  );
}

const srt = (...cues: string[]) =>
  cues
    .map(
      (text, i) =>
        `${i + 1}\n00:00:${String(2 * i + 1).padStart(2, '0')},000 --> 00:00:${String(2 * i + 2).padStart(2, '0')},500\n${text}`,
    )
    .join('\n\n');

describe('an SDH script names its speakers by one word in brackets (`[JANE] Where were you?`)', () => {
  it('plain text: the one-word IDs are the speakers, in capitals or capitalised', () => {
    const caps = read(
      '[JANE] Where were you?\n\n[TOM] Out at the pier.\n\n[JANE] All night?\n\n[TOM] Yes.\n',
    );
    expect(turns(caps)).toEqual([
      'Jane: Where were you?',
      'Tom: Out at the pier.',
      'Jane: All night?',
      'Tom: Yes.',
    ]);
    const title = read(
      '[Marek] The ferry left at six.\n\n[Ines] Without us?\n\n[Marek] Without anyone.\n',
    );
    expect(turns(title)).toEqual([
      'Marek: The ferry left at six.',
      'Ines: Without us?',
      'Marek: Without anyone.',
    ]);
  });

  it('a role word is a role, a sound in -ing or the lexicon stays a direction', () => {
    const doc = read(
      '[JANE] Where were you?\n\n[MAN] Get down!\n\n[SCREAMING] Over here!\n\n[JANE] I heard that.\n\n[GUNFIRE] Run.\n',
    );
    const t = turns(doc);
    expect(t[0]).toBe('Jane: Where were you?');
    expect(t[1]).toMatch(/^man: Get down!$/i);
    expect(t).toContain('[SCREAMING]');
    expect(t).toContain('[GUNFIRE]');
    expect(t.some((x) => x.startsWith('Screaming') || x.startsWith('Gunfire'))).toBe(false);
  });

  it('counter-case: one bracketed word opening paragraphs once each is no convention', () => {
    const doc = read('[Update] The road is open.\n\n[Correction] It was the bridge.\n');
    expect(doc.speakers).toEqual([]);
  });
});
