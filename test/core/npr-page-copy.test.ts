/**
 * A public radio transcript page copied from the browser (NPR): the headline, then the story's
 * date and time run together (`November 28, 202612:00 PM ET`: two elements with no space between
 * them), the programme it was heard on, then the turns. The date is the page's dateline, so the
 * headline above it stays the title.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const page = (headline: string, dated: string, programme: string) => `${headline}

${dated}

Heard on ${programme}

STEVE INSKEEP, HOST:

Ferry workers in Washington state walked off the job this morning.

LILA CHEN, BYLINE: The strike began at 5 a.m., and no sailings have left since.

INSKEEP: Lila Chen reporting.

Copyright © 2026 NPR. All rights reserved.
`;

describe('an NPR transcript page with its date and time run together', () => {
  it.each([
    [
      'Ferry Strike Strands Thousands On Islands',
      'November 28, 202612:00 PM ET',
      'Morning Edition',
    ],
    ['Why the ferries stopped', 'March 3, 20255:04 AM ET', 'All Things Considered'],
    [
      'Island towns count the cost of a long strike',
      'July 14, 202611:30 AM ET',
      'Weekend Edition Sunday',
    ],
  ])('%s: the headline is the title, the date a dateline note', (headline, dated, programme) => {
    const doc = formatTranscript(page(headline, dated, programme));
    expect(doc.title).toBe(headline);
    expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: headline });
    expect(doc.blocks[1]).toMatchObject({ type: 'note', text: dated });
    expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
  });

  it('a year followed by other digits in a sentence is no dateline', () => {
    const doc = formatTranscript(
      'Ferry Strike Strands Thousands\n\nIn November 28, 202612 passengers were stranded.\n\nThe operator apologised.\n',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});
