/**
 * A CMS field's text whose lines are parted by line break tags and nothing else of HTML
 * (`JANE DOE: Good evening.<br>TOM BECKER: Thanks.<br><br>…`): each tag is the break it stands
 * for, so the turns and paragraphs are read as the lines they were (as text, the best-read path).
 */
import { describe, expect, it } from 'vitest';
import { breakTagsText } from '../../src/ingest/break-tags.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const read = (input: string) => prepare(input, optionsSchema().parse({}), detectInputFormat(input));

describe('text parted by <br> tags', () => {
  it('gives each turn back', () => {
    const input =
      'JANE DOE: Good evening and welcome.<br>TOM BECKER: Thanks for having me.<br><br>JANE DOE: Let us start with the floods.';
    expect(detectInputFormat(input)).toBe('text');
    expect(breakTagsText(input)?.sourceLines).toEqual([1, 1, 1, 1]);
    const doc = read(input);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'Tom Becker']);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Good evening and welcome.',
      'Thanks for having me.',
      'Let us start with the floods.',
    ]);
  });

  it('keeps paragraphs apart, whatever the tags are written as', () => {
    const doc = read(
      'Flood waters rose overnight across the valley.<BR /><BR />Hundreds of homes were evacuated.<br/><br/>The river is expected to peak on Friday.',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Flood waters rose overnight across the valley.',
      'Hundreds of homes were evacuated.',
      'The river is expected to peak on Friday.',
    ]);
  });

  it('COUNTER: a text that mentions a tag once, or has its own lines, is read as text', () => {
    expect(breakTagsText('HOST: The page uses <br> for a line break.\nGUEST: Right.')).toBeNull();
    const lines = [
      'HOST: Use <br> here.',
      'GUEST: And <br/> there.',
      'HOST: Right.',
      'GUEST: Yes.',
    ].join('\n');
    expect(breakTagsText(lines)).toBeNull();
  });
});
