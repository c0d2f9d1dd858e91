/**
 * The metamorphic check (bench/eval/variants.ts) on a representative subset of the labelled set:
 * files of many conventions, each changed by every harmless surface transformation, must score
 * as the unmodified file does. `npm run eval -- --variants` runs it on every text file.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCases } from '../../bench/eval/score.ts';
import {
  GOLD_TRANSFORMS,
  hardWrap,
  runVariants,
  TRANSFORMS,
  textCases,
} from '../../bench/eval/variants.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'eval');

/** The files the earlier noise broke, and others of other conventions around them. */
const SUBSET = new Set([
  'apple-podcasts-transcript.txt',
  'spreadsheet-paste-no-header.txt',
  'speechmatics-text-export.txt',
  'hindi-tv-script-vo-bite.txt',
  'congressional-record-senate.txt',
  'un-noon-briefing-copied.txt',
  'wh-background-call-opening.txt',
  'scotus-oral-argument-rebuttal.txt',
  'bbc-today-interview.txt',
  'npr-morning-edition-interview.txt',
  'cnn-newsroom-flood.txt',
  'fox-hannity-panel.txt',
  'google-meet-transcript-doc.txt',
  'sonix-export-named.txt',
  'press-release-newswire.txt',
  'us-deposition-export-front-matter.txt',
  'abc-australia-730-transcript.txt',
  'kenya-hansard-pdf-copy.txt',
  'tagesschau-sendemanuskript.txt',
  'kantei-press-conference-parenthesized-labels.txt',
  'irc-newsroom-channel-log.txt',
  'markdown-table-interview.txt',
  'otter-export-interview.txt',
  'adobe-encore-subtitle-script.txt',
  // Hard-wrapped at 72 columns, each once broke a line its convention reads on its own.
  'whatsapp-export-iphone.txt',
  'uk-crown-court-sentencing.txt',
  'un-general-assembly-plenary.txt',
  'fox-five-panel-crosstalk.txt',
  'podcast-auto-transcript-rent.txt',
  'uganda-hansard-masthead.txt',
  'de-liveblog-copied.txt',
  // Hard-wrapped at 72 columns, each once split a paragraph where a wrapped line ended a sentence
  // at the width (or a line re-wrapped narrower left a sentence's end on a short line).
  'de-landtag-plenarprotokoll-pdf-margins.txt',
  'globo-script-gc-passagem-inline.txt',
  'kremlin-direct-line-en-wages.txt',
  'otter-export-keywords-header.txt',
  'pbs-newshour-interview-guest.txt',
  'premiere-pro-transcript-no-timecodes.txt',
  'wire-reuters-video-soundbites.txt',
  // A page's first lines under a wrap: a wrapped opening sentence is prose, no header.
  'podcast-web-transcript-bold-names.txt',
  // In capitals (`upper`), each once read otherwise: a throw's name, `<CC>` cues, a bulletin's
  // slugs, a caption panel with `>>` voices, a correspondent's place read as her name.
  'nos-journaal-script-dijk.txt',
  'inews-story-cc-production-cues.txt',
  'radio-newsreader-slugs-pronunciations.txt',
  'youtube-show-transcript-hour-voices.txt',
  'fr-tf1-script-sonore-bandeau-duplex.txt',
  // Round 16: records whose headings and header lines are read once their header names the
  // record (each paragraph split at its heading lines, wrapped or not).
  'fi-eduskunta-asiakohta-colon-line.txt',
  'no-storting-referat-fra-salen.txt',
  // Round 23: the president's tag over a paragraph hard-wrapped with names on its first line.
  'no-storting-referat-empty-brackets.txt',
]);

/**
 * Variants whose reading may legitimately change (see README "Quality on the labelled set"):
 * a tab-separated row wrapped onto two lines is no longer a row.
 */
const EXCLUDED = new Set(['wrap-72 spreadsheet-paste-no-header.txt']);

describe('metamorphic check: harmless surface changes keep the reading', () => {
  const cases = textCases(loadCases(DIR)).filter((c) => SUBSET.has(c.file));

  it('finds every file of the subset', () => {
    expect(cases.map((c) => c.file).sort()).toEqual([...SUBSET].sort());
  });

  it('scores every variant of the subset as the unmodified file', () => {
    const failures = runVariants(cases).filter((f) => !EXCLUDED.has(`${f.transform} ${f.file}`));
    expect(failures.map((f) => `${f.transform} ${f.file}: ${f.drops.join('; ')}`)).toEqual([]);
  }, 90_000);

  it('has transformations that change the text (the check can fail)', () => {
    const sample =
      'JANE DOE: "Good evening." It is a long line that goes on past the seventy-two column mark.\n\nJOHN ROE: Thanks.\n';
    for (const [name, transform] of Object.entries(TRANSFORMS)) {
      if (name === 'quotes-straight') continue;
      expect(transform(sample).text, name).not.toBe(sample);
    }
    expect(hardWrap('a '.repeat(50).trim().concat('.'), 72).every((l) => l.length <= 72)).toBe(
      true,
    );
  });

  it('reports a drop when a variant loses a turn', () => {
    // The unmodified file's speakers replaced by nothing: the variant cannot score as the file.
    const item = cases.find((c) => c.file === 'apple-podcasts-transcript.txt');
    if (!item) throw new Error('no apple-podcasts-transcript.txt');
    const broken = { ...item, input: item.input };
    const saved = TRANSFORMS.crlf;
    TRANSFORMS.crlf = (s) => ({
      text: s.replace(/^Priya Sethi$/gm, 'Someone Else'),
      mapLine: (l) => l,
    });
    try {
      const failures = runVariants([broken], ['crlf']);
      expect(failures.map((f) => f.transform)).toEqual(['crlf']);
      expect(failures[0]?.drops.join(' ')).toContain('turn F1');
    } finally {
      if (saved) TRANSFORMS.crlf = saved;
    }
  });
});

/**
 * Tag layouts the subset still reads otherwise (see README "Quality on the labelled set"): bold
 * tags make a page with bold headings Markdown; a German state parliament's PDF copy, whose
 * running heads are its speakers' names, without its colons.
 */
const LAYOUT_EXCLUDED = new Set([
  'tag-no-colon de-landtag-plenarprotokoll-pdf-margins.txt',
  'tag-bold un-noon-briefing-copied.txt',
]);

/**
 * Files whose tags once read otherwise in another layout only (a name said once without its
 * colon, a record's chair alone, a caption's label alone, a question opening with thanks).
 */
const LAYOUT_SUBSET = new Set([
  'npr-web-page-weekend-edition.txt',
  'subtitle-script-forced-narrative.txt',
  'ukrainian-tv-script-synkhron.txt',
  'hansard-canada-statements-inline.txt',
  'hansard-canada-question-period.txt',
  'dod-press-briefing-presenter-q.txt',
  'dod-news-briefing-q-no-colon.txt',
  'riverside-export-closing-times.txt',
  'state-dept-press-briefing.txt',
  // Round 23: the Cortes' tags with the turn's time in their brackets.
  'es-congreso-diario-sesiones.txt',
]);

describe('metamorphic check: the tags in another layout keep the reading (gold-guided)', () => {
  const cases = textCases(loadCases(DIR)).filter(
    (c) => SUBSET.has(c.file) || LAYOUT_SUBSET.has(c.file),
  );

  it('reads the subset’s tags alone on their line, without a colon, timed or bold', () => {
    const failures = runVariants(cases, Object.keys(GOLD_TRANSFORMS)).filter(
      (f) => !LAYOUT_EXCLUDED.has(`${f.transform} ${f.file}`),
    );
    expect(failures.map((f) => `${f.transform} ${f.file}: ${f.drops.join('; ')}`)).toEqual([]);
  }, 90_000);

  it('changes only the lines that open a gold turn', () => {
    const input = 'Budget: the numbers\n\nJANE DOE: Good evening.\nNote: not a turn.\n';
    const gold = {
      convention: 'test',
      language: 'en',
      title: null,
      speakers: {},
      turns: [['jane', 'Good evening.']] as [string, string][],
      blocks: [],
    };
    const layouts = Object.fromEntries(
      Object.entries(GOLD_TRANSFORMS).map(([name, f]) => [name, f(input, gold).text]),
    );
    expect(layouts).toEqual({
      'tag-alone': 'Budget: the numbers\n\nJANE DOE:\nGood evening.\nNote: not a turn.\n',
      'tag-no-colon': 'Budget: the numbers\n\nJANE DOE\nGood evening.\nNote: not a turn.\n',
      'stamp-before':
        'Budget: the numbers\n\n[00:00:37] JANE DOE: Good evening.\nNote: not a turn.\n',
      'stamp-after': 'Budget: the numbers\n\nJANE DOE (00:37): Good evening.\nNote: not a turn.\n',
      'tag-bold': 'Budget: the numbers\n\n**JANE DOE:** Good evening.\nNote: not a turn.\n',
    });
    // The turn's opening stays on the tag's line; a word later in the line is on the words' line.
    const split = GOLD_TRANSFORMS['tag-alone']?.(input, gold);
    expect(split?.mapLine(3, 'JANE DOE: '.length)).toBe(3);
    expect(split?.mapLine(3, 'JANE DOE: Good '.length)).toBe(4);
    expect(split?.mapLine(4)).toBe(5);
  });
});
