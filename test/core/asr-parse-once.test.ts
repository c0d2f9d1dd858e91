/** A speech-to-text result is parsed once per request: the check that tells what it is hands its value to the reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectInputFormat, ingest, keepParsedJson } from '../../src/ingest/index.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'asr', name), 'utf8');

describe('speech-to-text JSON is parsed once', () => {
  afterEach(() => vi.restoreAllMocks());

  it('detecting a pasted result, then reading it: one JSON.parse, the same words', () => {
    const text = fixture('dg-speakers.json');
    const expected = ingest(text, 'json').text;
    const parse = vi.spyOn(JSON, 'parse');
    expect(detectInputFormat(text)).toBe('json');
    const read = ingest(text, 'json');
    expect(parse).toHaveBeenCalledTimes(1);
    expect(read.text).toBe(expected);
  });

  it('a value kept for one text is never read for another, and is taken only once', () => {
    const a = fixture('dg-speakers.json');
    const b = fixture('assemblyai-utterances.json');
    const bText = ingest(b, 'json').text;
    keepParsedJson(a, JSON.parse(a));
    expect(ingest(b, 'json').text).toBe(bText);
    // Taken (and dropped) by the read above: a later read of `a` parses it again.
    const parse = vi.spyOn(JSON, 'parse');
    ingest(a, 'json');
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
