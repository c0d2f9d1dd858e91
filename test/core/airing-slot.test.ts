/**
 * A broadcast transcript page's headline line ends with the programme's airing slot (CNN's
 * `Storm Slams Gulf Coast; Power Out For Thousands. Aired 4-5p ET`): the document's title is the
 * headlines without it, while the headline block keeps the line as written.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const page = (headline: string) => `THE LEAD WITH JAKE TAPPER

${headline}

Aired November 28, 2026 - 16:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[16:00:12]

JAKE TAPPER, CNN HOST: Welcome to THE LEAD. I'm Jake Tapper.

ROSA FLORES, CNN CORRESPONDENT: Jake, the wind is really picking up here.
`;

describe('a transcript page headline with its airing slot', () => {
  it.each([
    [
      'Storm Slams Gulf Coast; Power Out For Thousands. Aired 4-5p ET',
      'Storm Slams Gulf Coast; Power Out For Thousands',
    ],
    ['Senate Vote Looms On Funding Bill. Aired 10:30-11p ET', 'Senate Vote Looms On Funding Bill'],
    [
      'Manhunt Continues In Ohio; Markets Slide. Aired 12-1a ET',
      'Manhunt Continues In Ohio; Markets Slide',
    ],
    ['Interview With Governor Ana Ruiz. Aired 8-9p ET', 'Interview With Governor Ana Ruiz'],
  ])('%s → the title without the slot, the block as written', (headline, title) => {
    const doc = formatTranscript(page(headline));
    expect(doc.title).toBe(title);
    expect(doc.blocks.find((b) => b.type === 'headline')?.text).toBe(headline);
  });

  it('from a page’s marked headline (HTML h1) too', () => {
    const html = `<!doctype html><html lang="en"><head><title>CNN.com - Transcripts</title></head><body>
<p class="cnnTransStoryHead">THE LEAD WITH JAKE TAPPER</p>
<h1>Storm Slams Gulf Coast; Power Out For Thousands. Aired 4-5p ET</h1>
<p>Aired November 28, 2026 - 16:00 ET</p>
<p>JAKE TAPPER, CNN HOST: Welcome to THE LEAD. I'm Jake Tapper.</p>
<p>ROSA FLORES, CNN CORRESPONDENT: Jake, the wind is really picking up here.</p>
</body></html>`;
    const doc = prepare(html, optionsSchema().parse({}), 'html');
    expect(doc.title).toBe('Storm Slams Gulf Coast; Power Out For Thousands');
  });

  it('keeps a title whose words only mention an airing', () => {
    const doc = formatTranscript(page('Documentary That Aired In 1998 Returns'));
    expect(doc.title).toBe('Documentary That Aired In 1998 Returns');
  });
});
