import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const texts = (input: string, options = {}) =>
  formatTranscript(input, options).blocks.map((b) => b.text);
const rules = (input: string) => formatTranscript(input).messages.map((m) => m.ruleId);

describe('text hygiene', () => {
  it('removes a BOM and reports it', () => {
    const doc = formatTranscript('\ufeffHello there, everyone.');
    expect(doc.blocks[0]?.text).toBe('Hello there, everyone.');
    expect(doc.messages.map((m) => m.ruleId)).toContain('bom');
  });

  it('reads CRLF and CR line endings as LF', () => {
    expect(texts('One thing.\r\n\r\nAnother thing.\r\rA third thing.')).toEqual([
      'One thing.',
      'Another thing.',
      'A third thing.',
    ]);
    expect(rules('One.\r\n\r\nTwo.')).toContain('line-endings');
  });

  it('normalizes to NFC', () => {
    const doc = formatTranscript('Taro\u0304 Ko\u0304no spoke today in Moscow.');
    expect(doc.blocks[0]?.text).toBe('Tarō Kōno spoke today in Moscow.');
    expect(doc.messages.map((m) => m.ruleId)).toContain('unicode-normalization');
  });

  it('removes zero-width characters and keeps the words whole', () => {
    const doc = formatTranscript('The mini\u200bster said\u2060 no.');
    expect(doc.blocks[0]?.text).toBe('The minister said no.');
    expect(doc.messages.map((m) => m.ruleId)).toContain('zero-width');
  });

  it('treats a line of only (no-break) spaces as a blank line', () => {
    expect(texts('First paragraph here.\n\u00a0 \u00a0\nSecond paragraph here.')).toEqual([
      'First paragraph here.',
      'Second paragraph here.',
    ]);
  });

  it('turns tabs, no-break spaces and runs of spaces into single spaces', () => {
    const doc = formatTranscript('A\tlong\u00a0\u00a0pause   here.');
    expect(doc.blocks[0]?.text).toBe('A long pause here.');
    expect(doc.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['tab', 'no-break-space', 'whitespace']),
    );
  });

  it('strips stray HTML tags and markdown escapes, reporting the tags', () => {
    const doc = formatTranscript(
      'We value the <s>important</s> \\[importance\\] of a <b>free</b> press &amp; more.',
    );
    expect(doc.blocks[0]?.text).toBe('We value the important [importance] of a free press & more.');
    // One message per tag, each with its place in the line and the plugin that removed it.
    const tags = doc.messages.filter((m) => m.ruleId === 'html-tag');
    expect(tags.map((m) => m.actual)).toEqual(['<s>', '</s>', '<b>', '</b>']);
    expect(tags.map((m) => [m.column, m.endColumn])).toEqual([
      [14, 17],
      [26, 30],
      [51, 54],
      [58, 62],
    ]);
    expect(tags.every((m) => m.source === 'markup' && m.line === 1 && m.endLine === 1)).toBe(true);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['markdown-escape', 'html-entity']),
    );
  });

  it('leaves comparisons with < alone', () => {
    expect(texts('Inflation fell to < 3 percent and a<b holds.')).toEqual([
      'Inflation fell to < 3 percent and a<b holds.',
    ]);
  });

  it('reads YAML front matter as data, not text', () => {
    const doc = formatTranscript(
      '---\ntitle: "Press Briefing,\\_July 30"\ndate: 2024-07-31\n---\n\nGood afternoon, everybody.',
    );
    expect(doc.title).toBe('Press Briefing, July 30');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Good afternoon, everybody.']);
    expect(doc.messages.find((m) => m.ruleId === 'front-matter')?.actual).toContain(
      'date: 2024-07-31',
    );
  });

  it('repairs mojibake and reports it', () => {
    const doc = formatTranscript(
      'Russiaâ€™s position isnâ€™t changing â€” ever. CafÃ© owners agree.',
    );
    expect(doc.blocks[0]?.text).toBe('Russia’s position isn’t changing — ever. Café owners agree.');
    const m = doc.messages.find((x) => x.ruleId === 'mojibake');
    expect(m?.severity).toBe('warning');
    expect(m?.actual).toContain('â€™');
  });

  it('repairs double-encoded mojibake', () => {
    expect(texts('Itâ€šÃ„Ã´s done.')[0]).not.toContain('Ã');
    expect(texts('ItÃ¢â‚¬â„¢s done.')).toEqual(['It’s done.']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    expect(texts('One two three.\n\nFour five six.')).toEqual(['One two three.', 'Four five six.']);
  });

  it('splits single-newline paragraphs that end sentences', () => {
    const long =
      'This is a whole paragraph on one long line, as a web page or a CMS gives it when pasted, well over a hundred characters.';
    const other =
      'A second paragraph, also on a single line of its own, says something different about the same story entirely.';
    expect(texts(`${long}\n${other}`)).toEqual([long, other]);
  });

  it('re-joins text hard-wrapped at a fixed width', () => {
    const wrapped = [
      'And, really, the freedom of the press is so incredibly important.  And I',
      'think what we do almost every day shines a light to the world of how',
      'democracy works.  And so, thank you — thank you all for — for',
      'participating in that.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'And, really, the freedom of the press is so incredibly important. And I think what we do almost every day shines a light to the world of how democracy works. And so, thank you — thank you all for — for participating in that.',
    ]);
  });

  it('a hard-wrapped paragraph with a line the paste joined stays one paragraph', () => {
    // A web page copied into an e-mail: wrapped near 75 columns, one line joined past 100, so
    // the width test fails; most breaks still fall inside sentences.
    const paragraph = [
      'As for the depot workers who',
      'did get the rise in the spring, their pay is going up as planned, more or less, while in the other yards not covered by the',
      'deal the picture is harder. Their pay was not',
      'raised in line with prices. I have',
      'put this to the board and asked for a plan.',
      'The new rates start on the first of March.',
    ].join('\n');
    expect(texts(paragraph)).toEqual([
      'As for the depot workers who did get the rise in the spring, their pay is going up as planned, more or less, while in the other yards not covered by the deal the picture is harder. Their pay was not raised in line with prices. I have put this to the board and asked for a plan. The new rates start on the first of March.',
    ]);
  });

  it('counter-case: in such a paragraph a short line ending a sentence still ends it', () => {
    expect(
      texts(
        [
          'As for the depot workers who',
          'did get the rise in the spring, their pay is going up as planned, more or less, while in the other yards not covered by the',
          'deal the picture is harder.',
          'The board meets on Monday.',
        ].join('\n'),
      ),
    ).toEqual([
      'As for the depot workers who did get the rise in the spring, their pay is going up as planned, more or less, while in the other yards not covered by the deal the picture is harder.',
      'The board meets on Monday.',
    ]);
  });

  it('counter-cases: one-line paragraphs keep their breaks, one wrapped line among them too', () => {
    expect(
      texts('The bridge is shut.\nPolice say two hours.\nDrivers should use the ring road.'),
    ).toEqual([
      'The bridge is shut.',
      'Police say two hours.',
      'Drivers should use the ring road.',
    ]);
    expect(
      texts(
        'The bridge is shut.\nPolice say it will be two\nhours at least.\nDrivers should use the ring road.\nBuses are running.',
      ),
    ).toEqual([
      'The bridge is shut.',
      'Police say it will be two hours at least.',
      'Drivers should use the ring road.',
      'Buses are running.',
    ]);
  });

  it('joins a line broken mid-sentence', () => {
    expect(texts('We are in the call centre, which\nplays a key role in Direct Line.')).toEqual([
      'We are in the call centre, which plays a key role in Direct Line.',
    ]);
  });
});

describe('lines without words', () => {
  it('a separator line is removed and reported with its text and line, in each form', () => {
    for (const separator of ['___', '* * *', '***', '---', '~~~', '===', '...', '…', '—']) {
      const doc = formatTranscript(
        `First paragraph here.\n\n${separator}\n\nSecond paragraph here.`,
      );
      expect(doc.blocks.map((b) => b.text)).toEqual([
        'First paragraph here.',
        'Second paragraph here.',
      ]);
      const removed = doc.messages.filter((m) => m.ruleId === 'no-words');
      expect(removed, separator).toHaveLength(1);
      expect(removed[0]?.line).toBe(3);
      expect(removed[0]?.reason).toContain(`“${separator}”`);
      expect(removed[0]?.actual).toBe(separator);
    }
  });

  it('the mark closing a sentence after a direction opens no block: it is reported', () => {
    // White House remarks: `for $2 trill- — (laughter). Well, I …`, a cut-off sentence.
    for (const [text, after] of [
      ['for two trill- — (laughter). Well, I didn’t mean it.', 'Well, I didn’t mean it.'],
      ['SMITH: It was — (Applause.), and then we won.', 'and then we won.'],
      ['So we did — [laughs]! And it worked.', 'And it worked.'],
    ] as const) {
      const doc = formatTranscript(text);
      const last = doc.blocks[doc.blocks.length - 1];
      expect(last?.text, text).toBe(after);
      expect(
        doc.blocks.some((b) => /^[.,;:!?]/.test(b.text)),
        text,
      ).toBe(false);
      const removed = doc.messages.filter((m) => m.ruleId === 'no-words');
      expect(removed, text).toHaveLength(1);
      expect(removed[0]?.line).toBe(1);
    }
  });

  it('counter-cases: a direction’s closing mark alone, or punctuation that is text, stay as they were', () => {
    // The mark at the paragraph's end: dropped as before, one message.
    const end = formatTranscript('Good evening.\n\nAnd then we won the vote — (applause).');
    expect(end.blocks.map((b) => b.type).slice(-2)).toEqual(['narration', 'direction']);
    expect(end.messages.filter((m) => m.ruleId === 'no-words')).toHaveLength(1);
    // An ellipsis joined to a word after a direction is the words' own (`(laughs) ...so`).
    const joined = formatTranscript('I know. (Laughter.) ...so anyway, we went on.');
    expect(joined.blocks[joined.blocks.length - 1]?.text).toBe('...so anyway, we went on.');
    expect(joined.messages.filter((m) => m.ruleId === 'no-words')).toEqual([]);
    // A direction after a sentence, then the next sentence: nothing to drop.
    const plain = formatTranscript('I know. (Laughter.) Anyway.');
    expect(plain.blocks.map((b) => b.text)).toEqual(['I know.', 'Laughter.', 'Anyway.']);
    expect(plain.messages.filter((m) => m.ruleId === 'no-words')).toEqual([]);
  });

  it('punctuation inside a sentence is no separator: nothing is removed', () => {
    const doc = formatTranscript('He paused... then went on — and on.\n\nThe vote was 52 to 48.');
    expect(doc.messages.filter((m) => m.ruleId === 'no-words')).toEqual([]);
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('repeated paragraphs', () => {
  const para =
    'The issue of sovereignty over the southern islands is not negotiable, the minister said after the first round of talks.';

  it('keeps the first of two copies and reports the line of the second', () => {
    const doc = formatTranscript(
      `Headline of the Story\n\n${para}\n\n${para}\n\nAnother paragraph follows here.`,
    );
    expect(doc.blocks.filter((b) => b.text === para)).toHaveLength(1);
    const m = doc.messages.find((x) => x.ruleId === 'duplicate-paragraph');
    expect(m?.line).toBe(5);
    expect(m?.actual).toBe(para);
  });

  it('catches a copy further down and a near-duplicate with a few characters changed', () => {
    const near = para.replace('minister', 'ministr').replace(',', '').replace('talks.', 'talks!');
    const doc = formatTranscript(
      `${para}\n\nSomething else entirely happens in between, for a while.\n\n${near}`,
    );
    expect(doc.blocks).toHaveLength(2);
    expect(doc.messages.find((m) => m.ruleId === 'duplicate-paragraph')?.reason).toContain(
      'nearly identical',
    );
  });

  it('keeps short repeats people really say twice', () => {
    expect(texts('Thank you.\n\nThank you.')).toEqual(['Thank you.', 'Thank you.']);
    expect(texts('Four more years!\n\nFour more years!')).toHaveLength(2);
  });

  it('keeps a question asked again after "I beg your pardon?"', () => {
    const q =
      'Q: Will the president sign the bill before the recess, or will he wait for the House to act first?';
    const doc = formatTranscript(`${q}\n\nMR. SMITH: I beg your pardon?\n\n${q}`);
    expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
    expect(doc.messages.map((m) => m.ruleId)).toContain('repeat-kept');
  });

  it('keeps everything with dedupe off', () => {
    expect(formatTranscript(`${para}\n\n${para}`, { dedupe: false }).blocks).toHaveLength(2);
  });
});

describe('speakers, bites and turns', () => {
  it('resolves short forms to the first full mention', () => {
    const doc = formatTranscript(
      'Sergey Lavrov, Foreign Minister of Russia: We will talk.\n\nQ: And Japan?\n\nLAVROV: Japan too.\n\nMr. Lavrov: And more.',
    );
    expect(doc.speakers.map((s) => s.id)).toEqual(['sergey-lavrov', 'q']);
    expect(doc.speakers[0]?.aliases).toEqual([
      'Sergey Lavrov, Foreign Minister of Russia',
      'LAVROV',
      'Mr. Lavrov',
    ]);
    expect(doc.speakers[1]).toMatchObject({ name: null, role: 'reporter' });
    expect(doc.blocks.map((b) => b.speaker)).toEqual([
      'sergey-lavrov',
      'q',
      'sergey-lavrov',
      'sergey-lavrov',
    ]);
  });

  it('ends a quoted bite at its paragraph; continues an unquoted turn', () => {
    const bite = formatTranscript(
      'Anna Smith, Mayor: "We are ready."\n\nThe city then voted on the plan.',
    );
    expect(bite.blocks.map((b) => [b.type, b.sot])).toEqual([
      ['speech', true],
      ['narration', false],
    ]);
    expect(bite.blocks[0]?.text).toBe('We are ready.');
    const turn = formatTranscript(
      'ANNA SMITH: We are ready.\n\nAnd we will vote on the plan tomorrow.',
    );
    expect(turn.blocks.map((b) => [b.type, b.speaker])).toEqual([
      ['speech', 'anna-smith'],
      ['speech', 'anna-smith'],
    ]);
  });

  it('a headline quoting someone over prose is the headline, not a turn', () => {
    const doc = formatTranscript(
      'Mayor: "We will rebuild the bridge"\n\nThe mayor spoke to reporters on Tuesday.',
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['headline', 'narration']);
    expect(doc.title).toBe('Mayor: “We will rebuild the bridge”');
    // Over a transcript of tags it is the speaker's turn.
    const turns = formatTranscript(
      'MAYOR: "We will rebuild the bridge"\n\nREPORTER: When?\n\nMAYOR: In May.',
    );
    expect(turns.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
  });

  it('takes the text below a tag alone on its line', () => {
    const doc = formatTranscript(
      'Dmitry Borisov:\nGood afternoon, Mr President.\n\nVladimir Putin:\n\nGood afternoon.',
    );
    expect(doc.blocks.map((b) => [b.speaker, b.text])).toEqual([
      ['dmitry-borisov', 'Good afternoon, Mr President.'],
      ['vladimir-putin', 'Good afternoon.'],
    ]);
  });

  it('keeps timestamps as time anchors', () => {
    const doc = formatTranscript('Speaker 1 (00:01:23): Hello there.\n\n[00:02:05] Speaker 2: Hi.');
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([83_000, 125_000]);
  });
});

describe('structure', () => {
  it('recognizes direction forms', () => {
    const doc = formatTranscript(
      '(Applause.)\n\n[ Applause ]\n\n(MUSIC)\n\n(BEGIN VIDEO CLIP)\n\nIslands (called Shikotan in Japan) and 8 (800) 200 4040.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'direction',
      'direction',
      'direction',
      'direction',
      'narration',
    ]);
  });

  it('reads "X reports" throws and "Name, Outlet, City" sign-offs', () => {
    const doc = formatTranscript(
      'Storm Hits the Coast Tonight\n\nA storm hit the coast. Jane Doe reports.\n\nThe waves were high.\n\nJane Doe, BBC News, Brighton.',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['headline', 'throw', 'narration', 'signoff']);
    expect(doc.reporter).toBe('Jane Doe');
    expect(doc.outlet).toBe('BBC News');
    expect(doc.credits).toEqual(['Jane Doe']);
  });
});

describe('typography and language', () => {
  it('makes quotes consistent for English, or keeps ASCII', () => {
    expect(texts('He said "it\'s fine" and left.')).toEqual(['He said “it’s fine” and left.']);
    expect(texts('He said “it’s fine” and left.', { typography: 'ascii' })).toEqual([
      'He said "it\'s fine" and left.',
    ]);
  });

  it('detects Russian and uses «» quotes', () => {
    const doc = formatTranscript(
      'Президент сказал: "Мы готовы к переговорам". Министр согласился с этим.',
    );
    expect(doc.language).toBe('ru');
    expect(doc.blocks[0]?.text).toContain('«Мы готовы к переговорам»');
  });

  it('keeps each language’s own quotes: guillemets in Spanish and Italian, „…” in Polish, „…“ in Czech', () => {
    const quoted = (text: string, language: string) =>
      formatTranscript(text, { language }).blocks[0]?.text ?? '';
    expect(quoted('La alcaldesa dijo: «Pedimos dos bombas más» el martes.', 'es')).toContain(
      '«Pedimos dos bombas más»',
    );
    expect(quoted('Il sindaco ha detto: "Siamo pronti" ieri sera.', 'it')).toContain(
      '«Siamo pronti»',
    );
    expect(quoted('Burmistrz powiedział: "Jesteśmy gotowi" we wtorek.', 'pl')).toContain(
      '„Jesteśmy gotowi”',
    );
    expect(quoted('Starosta řekl: "Jsme připraveni" v úterý.', 'cs')).toContain(
      '„Jsme připraveni“',
    );
    // A language without its own style takes English's.
    expect(quoted('Burgemeester zei: «We zijn klaar» dinsdag.', 'nl')).toContain('“We zijn klaar”');
  });

  it('takes a language override', () => {
    expect(formatTranscript('Bonjour tout le monde.', { language: 'fr' }).language).toBe('fr');
  });

  it('does not split sentences at Mr. or U.S.', () => {
    const doc = formatTranscript('Mr. Smith met the U.S. envoy today. They talked.');
    expect(doc.blocks[0]?.sentences).toEqual([
      'Mr. Smith met the U.S. envoy today.',
      'They talked.',
    ]);
  });
});

describe('timing', () => {
  it('gives directions no time and uses the read rate', () => {
    const words = Array.from(
      { length: 9 },
      () => 'the minister said that talks with Japan will go on',
    ).join(' ');
    const doc = formatTranscript(`${words}.\n\n(Applause.)`, { readRate: 180 });
    expect(doc.blocks[1]?.durationMs).toBe(0);
    const slow = formatTranscript(`${words}.`, { readRate: 90 });
    expect(slow.durationMs).toBeGreaterThan(doc.durationMs * 1.5);
    expect(doc.durationMs).toBeGreaterThan(20_000);
    expect(doc.durationMs).toBeLessThan(40_000);
  });
});

describe("a caption panel copied as text (YouTube's Show transcript)", () => {
  it('leaves the timestamp lines out (reported), joins the captions, chapter titles are headings', () => {
    const doc = formatTranscript(
      'Intro\n0:00\nhi everyone and welcome back\n0:02\nto the old bridge\nWhy it closed\n0:41\nthe inspectors found cracks\n0:44\nin two of the beams',
    );
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['headline', 'Intro'],
      ['narration', 'hi everyone and welcome back to the old bridge'],
      ['headline', 'Why it closed'],
      ['narration', 'the inspectors found cracks in two of the beams'],
    ]);
    const stamps = doc.messages.filter((m) => m.ruleId === 'panel-timestamps');
    expect(stamps.map((m) => m.actual)).toEqual(['0:00 0:02 0:41 0:44']);
  });

  it('a schedule of clock times is no caption panel', () => {
    const doc = formatTranscript(
      '10:30\nCouncil opens\n11:00\nBudget vote\n11:30\nPublic comment\n12:00\nAdjourn',
    );
    expect(doc.messages.some((m) => m.ruleId === 'panel-timestamps')).toBe(false);
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('10:30');
  });
});

describe("a transcriber's marks ([inaudible], [crosstalk], [sic])", () => {
  const kinds = (text: string) =>
    formatTranscript(text).blocks.map((b) => [b.type, b.text] as const);

  it('inside a sentence, the mark stays in its words: the sentence is not cut', () => {
    expect(kinds('Speaker 1: We had [inaudible 00:00:04] and then the power went out.')).toEqual([
      ['speech', 'We had [inaudible 00:00:04] and then the power went out.'],
    ]);
    expect(kinds('JONES: It was (unintelligible), and nobody came.')).toEqual([
      ['speech', 'It was (unintelligible), and nobody came.'],
    ]);
    expect(kinds('JONES: The mayor said [sic] that the budget was balanced.')).toEqual([
      ['speech', 'The mayor said [sic] that the budget was balanced.'],
    ]);
  });

  it('between sentences, or a stage direction inside one, is a direction as before', () => {
    expect(kinds('JONES: The power went out. [crosstalk 00:00:07] We waited.')).toEqual([
      ['speech', 'The power went out.'],
      ['direction', 'crosstalk 00:00:07'],
      ['speech', 'We waited.'],
    ]);
    expect(kinds('JONES: The mayor (laughs) said nothing.').map(([t]) => t)).toEqual([
      'speech',
      'direction',
      'speech',
    ]);
  });
});
