import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

describe('formatTranscript', () => {
  it('splits blank-line paragraphs', () => {
    expect(formatTranscript('One.\n\nTwo.').blocks.map((b) => b.text)).toEqual(['One.', 'Two.']);
  });
});
