/**
 * Script cues in angle brackets, single or double (`<ANCHOR ON CAM>`, `<<TAKE VO>>`), as some
 * newsroom systems and producers' templates write them: the same cues as in square brackets or
 * braces, each a direction over the copy it cues, never read aloud or subtitled.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const blocks = (text: string) => formatTranscript(text).blocks.map((b) => [b.type, b.text]);

describe('script cues in angle brackets', () => {
  it('single brackets: each cue a direction, the copy under it the script', () => {
    const text =
      '<ANCHOR ON CAM>\nGood evening. Floods have cut off three villages.\n<VO>\nThe river burst its banks.\n<SOT>\nJANE DOE: We lost everything.\n';
    expect(blocks(text)).toEqual([
      ['direction', 'ANCHOR ON CAM'],
      ['narration', 'Good evening. Floods have cut off three villages.'],
      ['direction', 'VO'],
      ['narration', 'The river burst its banks.'],
      ['direction', 'SOT'],
      ['speech', 'We lost everything.'],
    ]);
    // The bite after the SOT cue is a bite.
    expect(formatTranscript(text).blocks.at(-1)?.delivery).toBe('sot');
  });

  it('double brackets, a cue with its designation, the same reading as square brackets', () => {
    const angled =
      '<<ANCHOR>>\nGood evening. Floods have cut off three villages tonight.\n<<VO>>\nThe river burst its banks just after midnight.\n<<SOT: JANE DOE, FARMER / TRT 0:08>>\n<<ANCHOR TAG>>\nRoads remain closed.\n';
    const squared = angled.replace(/<<?/g, '[').replace(/>>?/g, ']');
    expect(blocks(angled)).toEqual([
      ['direction', 'ANCHOR'],
      ['narration', 'Good evening. Floods have cut off three villages tonight.'],
      ['direction', 'VO'],
      ['narration', 'The river burst its banks just after midnight.'],
      ['direction', 'SOT: JANE DOE, FARMER / TRT 0:08'],
      ['direction', 'ANCHOR TAG'],
      ['narration', 'Roads remain closed.'],
    ]);
    expect(blocks(angled)).toEqual(blocks(squared));
  });

  it('COUNTER: words in lower case, code, an e-mail address or a heart in angle brackets stay text', () => {
    for (const line of ['<Jane Doe>', '<<EOF>>', '<jane@example.org>', '<3 <3 <3']) {
      const text = `${line}\nThe council met on Tuesday and voted to close the pool.\n`;
      const types = blocks(text).map(([type]) => type);
      expect(types, line).not.toContain('direction');
      expect(
        formatTranscript(text)
          .blocks.map((b) => b.text)
          .join(' '),
        line,
      ).toContain('The council met');
    }
  });
});
