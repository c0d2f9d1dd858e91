/**
 * Hostile input shapes (issue 11 item 4), each built at a given size: the bench runs them at
 * 1 MB against 1 MB of prose, `test/core/pathological.test.ts` at small sizes for scaling.
 */

export interface Shape {
  name: string;
  /** Text of about `bytes` bytes (a count-based shape scales its count with `bytes`). */
  make(bytes: number): string;
  /** Count-based shapes are built by count at bench size (100k lines), not by bytes. */
  benchBytes?: number;
  /** Input format the shape is sent as (default `text`). */
  format?: 'text' | 'html' | 'csv';
}

function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

export const SHAPES: readonly Shape[] = [
  { name: 'repeated quotes "a" ', make: (n) => repeat('"a" ', n) },
  { name: '*_ repeated', make: (n) => repeat('*_', n) },
  { name: 'run of (', make: (n) => repeat('(', n) },
  { name: 'run of [', make: (n) => repeat('[', n) },
  { name: 'run of &', make: (n) => repeat('&', n) },
  { name: 'run of <', make: (n) => repeat('<', n) },
  // The same runs with a word in each unit: nothing is dropped as empty before the hot paths.
  { name: '(a repeated', make: (n) => repeat('(a ', n) },
  { name: '[a repeated', make: (n) => repeat('[a ', n) },
  { name: '&a repeated', make: (n) => repeat('&a ', n) },
  { name: '<a repeated', make: (n) => repeat('<a ', n) },
  { name: '*_a repeated', make: (n) => repeat('*_a ', n) },
  { name: 'dots', make: (n) => repeat('.', n) },
  { name: 'dots and words', make: (n) => repeat('a. ', n) },
  { name: 'colons', make: (n) => repeat(':', n) },
  { name: 'colons and words', make: (n) => repeat('A: ', n) },
  { name: 'capitals', make: (n) => repeat('ABC ', n) },
  { name: 'Mr. repeated', make: (n) => repeat('Mr. ', n) },
  // Turns run together on one line (see src/core/run-in-tags.ts): a tag after every sentence.
  { name: 'run-in tags', make: (n) => repeat('Yes. JANE DOE: No. TOM LEE: Maybe. ', n) },
  { name: 'sentence ends and capitals', make: (n) => repeat('a. B c. D e. F: ', n) },
  { name: 'CR-only lines', make: (n) => repeat('a line\r', n) },
  { name: 'one word', make: (n) => repeat('A', n) },
  // The same runs sent as text/html: the HTML reader's own entity and tag scanning.
  { name: 'run of & (HTML)', make: (n) => `<p>${repeat('&', n)}</p>`, format: 'html' },
  { name: '&a repeated (HTML)', make: (n) => `<p>${repeat('&a ', n)}</p>`, format: 'html' },
  { name: 'run of < (HTML)', make: (n) => `<p>${repeat('<', n)}</p>`, format: 'html' },
  // This session's conventions, each at its worst: markdown marks and links on one line, words
  // broken at the ends of wrapped lines, two-column rows, running headers, brace instructions.
  { name: 'markdown marks', make: (n) => `**Jane:** ${repeat('*a **b** [c](d) _e_ ', n)}` },
  {
    name: 'broken words',
    make: (n) => repeat('The council met on Monday night to discuss the gov-\nernment ', n),
  },
  {
    name: 'two-column rows',
    make: (n) => `VIDEO\tAUDIO\n${repeat('VO: SHOT\tCrews worked.\n', n)}`,
  },
  {
    name: 'running headers',
    make: (n) => repeat('CITY COUNCIL TRANSCRIPT    Page 3 of 12\n\nA: Yes.\n\n', n),
  },
  // A sentence that goes on over every page: one paragraph of all the pages, each joined once.
  {
    name: 'page-broken sentence',
    make: (n) => repeat('we went on\n\nCITY COUNCIL TRANSCRIPT    Page 3 of 12\n\n', n),
  },
  { name: 'braces', make: (n) => repeat('{a {b} c} ', n) },
  // 100k one-character lines: 200 KB.
  { name: 'one-character lines', make: (n) => repeat('a\n', n), benchBytes: 200_000 },
  // 100k one-word paragraphs: 300 KB.
  { name: 'one-word paragraphs', make: (n) => repeat('a\n\n', n), benchBytes: 300_000 },
  // A transcriber's marks inside one long sentence: each is looked at without the text before it.
  { name: 'inaudible marks', make: (n) => `JONES: ${repeat('we had [inaudible] and ', n)}` },
  // A printed hearing: its cover read up to the first speech, every paragraph a House-style tag.
  {
    name: 'hearing tags',
    make: (n) => `[House Hearing, 118 Congress]\n\n${repeat('    Mr. Smith. Yes.\n', n)}`,
  },
  // Transcript tables: many timed rows (the cue path), one quoted cell of quotes and commas.
  {
    name: 'table rows',
    make: (n) => `Speaker,Start,End,Text\n${repeat('A,0:01,0:02,"Hi, there."\n', n)}`,
    format: 'csv',
  },
  {
    name: 'table quoted cell',
    make: (n) => `Speaker,Text\nA,"${repeat('a,"" ', n)}"\n`,
    format: 'csv',
  },
  // A chat export: stamped messages and the app's lines; one message of many lines, each line
  // joined to it without looking back over the lines before it. (Messages of a word or two and
  // the app's line after each make a JSON answer of about 15x the input: a block and its
  // time-anchor or note message for every 37 characters, within the answer limit's 400
  // characters a block.)
  {
    name: 'chat export lines',
    make: (n) =>
      repeat(
        '[12/03/2024, 14:05:12] Jane Doe: Crews are still at the boatyard on Quay Road.\n[12/03/2024, 14:05:40] Tom Reed: Thanks. Any injuries?\n12/03/2024, 14:06 - Tom added Sam\n',
        n,
      ),
  },
  {
    name: 'chat export long message',
    make: (n) => `12/03/2024, 14:05 - Jane Doe: a\n${repeat('12/03/2024, 14:05 b.\n', n)}`,
  },
  // Speech-to-text segments with their times, none ending a sentence: one paragraph of them all.
  {
    name: 'segment times',
    make: (n) => repeat('[00:00.000 --> 00:04.200]  and the board said\n', n),
  },
  // Copied chats and meeting transcripts: a header over each message (Telegram), a name over
  // each time (Teams), an interview's bold questions (markdown).
  {
    name: 'chat headers',
    make: (n) => repeat('Jane Doe, [12.03.2024 14:05]\nBridge closed\n\n', n),
  },
  { name: 'names over times', make: (n) => repeat('Jane Doe\n0:05\nGood morning.\n', n) },
  { name: 'bold questions', make: (n) => repeat('**Why now?**\n\nBecause it rained.\n\n', n) },
  // Directions with their times on lines of their own (`[Music] 10:16:00`).
  { name: 'direction times', make: (n) => repeat('[Music] 10:16:00\n(laughs) 1:02\n', n) },
  // Labels in a script without capitals, counted over the whole transcript, and Korean bite cues.
  {
    name: 'caseless labels',
    make: (n) =>
      repeat('毛宁：我们注意到有关报道。\n\n[인터뷰] 박지현 / 서울 : 물가가 올랐습니다.\n\n', n),
  },
  // Chinese page furniture: every short line read by the rules of Chinese, Japanese and Korean pages.
  {
    name: 'cjk page lines',
    make: (n) => repeat('2024-05-06 18:30 来源：新华社\n分享到：微信 微博\n【打印】【关闭】\n', n),
  },
  // Parliament records opened with a circle (Japanese Diet, Korean Assembly).
  {
    name: 'circled records',
    make: (n) =>
      repeat('○議長（山田太郎君）\u3000開会します。\n\n○위원장 김철수  상정합니다.\n\n', n),
  },
  // Court transcripts: numbered pages with a footer and header between each (every page's edge
  // read, every page's first line joined to the page before), and a speech cut by every page of a
  // paste without line numbers (one paragraph of all the pages, joined once).
  {
    name: 'numbered court pages',
    make: (n) => {
      let page = '';
      for (let i = 1; i <= 25; i++)
        page += `${String(i).padStart(2)}   ${i === 1 ? 'going on' : '          MR. SMITH: Objection.'}\n`;
      return repeat(
        `${page}\n        Heritage Reporting Corporation\n                          12\n`,
        n,
      );
    },
  },
  {
    name: 'court page breaks',
    make: (n) =>
      repeat('We went on\nHeritage Reporting Corporation\nOfficial - Subject to Final Review\n', n),
  },
  {
    name: 'word index',
    make: (n) => repeat('a.m [2] 1:16 60:3 ahead [1] 22:8\n12:9 15:2\nA\n', n),
  },
  // 50k speaker tags.
  {
    name: 'speaker tags',
    make: (n) => repeat('JOHN SMITH: Hi.\nJANE DOE: Yes.\n', n),
    benchBytes: 50_000 * 16,
  },
];
