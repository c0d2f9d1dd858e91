/**
 * A wire story pasted with its service's headline prefixes (Reuters: `UPDATE 2-`, `EXCLUSIVE-`,
 * `REFILE-UPDATE 1-`): the title is the headline without them (they say which version and kind
 * of story it is), while the headline block keeps the line as the wire sent it.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const story = (headline: string) => `${headline}

By Jane Doe

GALVESTON, Texas, Nov 28 (Reuters) - A powerful storm pushed seawater over the seawall in Galveston on Friday, knocking out power to more than 40,000 homes.

"I've never seen it like this," said resident Maria Lopez.

(Reporting by Jane Doe in Galveston; Editing by Tom Becker)
`;

describe('a wire headline with its service prefixes', () => {
  it.each([
    [
      'UPDATE 2-Storm knocks out power to 40,000 on Gulf Coast',
      'Storm knocks out power to 40,000 on Gulf Coast',
    ],
    [
      'EXCLUSIVE-Port operator weighs sale of Gulf terminals',
      'Port operator weighs sale of Gulf terminals',
    ],
    [
      'REFILE-UPDATE 1-Galveston ferries halted as storm nears',
      'Galveston ferries halted as storm nears',
    ],
    ['FACTBOX-What we know about the Gulf Coast storm', 'What we know about the Gulf Coast storm'],
  ])('%s → the title without them', (headline, title) => {
    const doc = formatTranscript(story(headline));
    expect(doc.title).toBe(title);
    expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: headline });
    expect(doc.slug).not.toMatch(/UPDATE|EXCLUSIVE|REFILE|FACTBOX/);
  });

  it('keeps a headline whose first word only looks like one', () => {
    for (const headline of [
      'COVID-19 cases rise again in Texas',
      'UPDATE: Galveston ferries halted',
      'Analysis-paralysis grips the council',
    ]) {
      expect(formatTranscript(story(headline)).title).toBe(headline);
    }
  });
});
