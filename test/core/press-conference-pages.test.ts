import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

// Government press-conference pages, written for these tests in each site's convention.

function turns(doc: ScriptDocument): [string | null, string][] {
  const names = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role]));
  return doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [names.get(b.speaker ?? '') ?? null, b.text.slice(0, 10)]);
}

/** The Prime Minister's Office of Japan: the label in parentheses on a line of its own. */
const KANTEI_JA = `【質疑応答】
(内閣広報官)
 それでは、皆様からの御質問をお受けいたします。

(記者)
 時事通信の宮澤です。解散について伺います。

（石破総理）
 現時点で解散は考えておりません。`;

const KANTEI_EN = `[Questions and Answers]
(Cabinet Public Relations Secretary)
We will now take questions.

(Reporter)
I am Miyazawa from Jiji Press. When will the Diet be dissolved?

(Prime Minister Ishiba)
I am not considering dissolution at this time.`;

describe('a speaker’s label in parentheses on a line of its own', () => {
  it('reads a Japanese press conference’s offices and reporters', () => {
    const doc = formatTranscript(KANTEI_JA);
    expect(turns(doc)).toEqual([
      ['内閣広報官', 'それでは、皆様からの'],
      ['reporter', '時事通信の宮澤です。'],
      ['石破総理', '現時点で解散は考えて'],
    ]);
  });

  it('reads the English translation’s labels, the office and the name apart', () => {
    const doc = formatTranscript(KANTEI_EN);
    expect(turns(doc).map(([who]) => who)).toEqual([
      'Cabinet Public Relations Secretary',
      'reporter',
      'Ishiba',
    ]);
    expect(doc.speakers.find((s) => s.name === 'Ishiba')?.title).toBe('Prime Minister');
  });

  it('is no label when words follow on the same line, or when it names no office', () => {
    expect(parseTag('(Reporter) I am Miyazawa from Jiji Press.')).toBeNull();
    expect(parseTag('(Laughter)\nThank you.')).toBeNull();
    expect(parseTag('(Opening Statement)\nToday I will speak.')).toBeNull();
    expect(parseTag('(On the summit meeting with the President)\nThrough this visit …')).toBeNull();
    expect(parseTag('(Prime Minister enters)\nGood evening.')).toBeNull();
    expect(parseTag('(拍手)\nありがとうございます。')).toBeNull();
  });
});

describe('furniture of government and UN pages copied as text', () => {
  it('reads a language switcher as navigation', () => {
    expect(classifyLine('Language:')).toBe('navigation');
    expect(classifyLine('English Français Español')).toBe('navigation');
    expect(classifyLine('English | 中文')).toBe('navigation');
    // A sentence that starts with a language's name is no switcher.
    expect(classifyLine('English is spoken here.')).toBeNull();
    expect(classifyLine('Language barriers remain')).toBeNull();
  });

  it('reads the UN briefing’s transcript line and its press footer as disclaimers', () => {
    expect(
      classifyLine(
        'The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.',
      ),
    ).toBe('disclaimer');
    expect(classifyLine('For information media. Not an official record.')).toBe('disclaimer');
    expect(classifyLine('For information, call the mayor’s office.')).toBeNull();
  });

  it('reads a breadcrumb down to the page’s own long title as navigation', () => {
    expect(
      classifyLine(
        'Home > News > Speeches and Statements by the Prime Minister > January 2026 > Press Conference by the Prime Minister',
      ),
    ).toBe('navigation');
    // Not a sentence with a `>` in it, nor a list that opens with no section word.
    expect(
      classifyLine(
        'Home prices > incomes in most cities, and the gap keeps growing every single year',
      ),
    ).toBeNull();
    expect(
      classifyLine(
        'Inflation > Wages > Rents and everything else that the households of the country pay for',
      ),
    ).toBeNull();
  });

  it('reads a Japanese site’s link back up the page as navigation', () => {
    expect(classifyLine('Page Top')).toBe('navigation');
    expect(classifyLine('To Top')).toBe('navigation');
    expect(classifyLine('Page top stories were about the flood.')).toBeNull();
  });
});

describe('government page markup', () => {
  const read = (html: string) => produce(html, 'json', optionsSchema().parse({}), 'html').document;

  it('reads a Japanese site’s global menu, topic path and page-top link as navigation', () => {
    const doc = read(`<html><body>
<ul class="gnav"><li><a href="#">Prime Minister</a></li><li><a href="#">Cabinet Secretary</a></li></ul>
<div id="topicpath"><a href="#">Home</a> &gt; <a href="#">Speeches and Statements by the Prime Minister</a></div>
<h1>Press Conference by the Prime Minister</h1>
<p>PRIME MINISTER ISHIBA: Today, I would like to speak about prices.</p>
<div class="pagetop"><a href="#top">Return</a></div>
</body></html>`);
    const notes = doc.blocks.filter((b) => b.type === 'note');
    expect(notes.map((b) => b.text)).toEqual([
      'Prime Minister',
      'Cabinet Secretary',
      'Home > Speeches and Statements by the Prime Minister',
      'Return',
    ]);
    expect(notes.every((b) => b.reason === 'navigation')).toBe(true);
    expect(doc.title).toBe('Press Conference by the Prime Minister');
  });

  it('reads GOV.UK’s metadata list under the title as notes, the speech as text', () => {
    const doc = read(`<html><body><main>
<h1 class="gem-c-title__text">Chancellor's speech at the port</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd>HM Treasury</dd><dt>Published</dt><dd>12 March 2026</dd></dl></div>
<div class="gem-c-important-metadata"><dl><dt>Location:</dt><dd>Port of Tilbury, Essex</dd></dl></div>
<div class="govspeak"><p>Good morning, and thank you for having us today.</p></div>
</main></body></html>`);
    const kinds = doc.blocks.map((b) => `${b.type}:${b.text}`);
    expect(kinds).toContain('note:From:');
    expect(kinds).toContain('note:HM Treasury');
    expect(kinds).toContain('note:Port of Tilbury, Essex');
    expect(kinds).toContain('narration:Good morning, and thank you for having us today.');
    expect(doc.messages.some((m) => m.ruleId === 'page-furniture' && m.line === 3)).toBe(true);
  });
});

describe('the German government’s press conference transcripts', () => {
  const tag = (text: string) => {
    const t = parseTag(text)?.tag;
    return t ? { name: t.name, title: t.title, role: t.role } : null;
  };

  it('reads the office abbreviation before the surname as the title', () => {
    expect(tag('BK Merz: Ja.')).toEqual({ name: 'Merz', title: 'Bundeskanzler', role: null });
    expect(tag('BK’in Merkel: Ja.')).toEqual({
      name: 'Merkel',
      title: 'Bundeskanzlerin',
      role: null,
    });
    expect(tag('StS Seibert: Ja.')).toEqual({
      name: 'Seibert',
      title: 'Staatssekretär',
      role: null,
    });
    expect(tag('P Macron: Merci.')).toEqual({ name: 'Macron', title: 'Präsident', role: null });
  });

  it('never reads an initial as the President', () => {
    expect(tag('P Jane Doe: Hi.')?.title ?? null).toBeNull();
    expect(tag('P MACRON: Merci.')?.title ?? null).toBeNull();
  });

  it('reads a question with the outlet in parentheses, and a follow-up, as the reporter', () => {
    expect(tag('Frage (AFP): Monsieur le Président …')).toEqual({
      name: null,
      title: 'AFP',
      role: 'reporter',
    });
    expect(tag('QUESTION (Reuters): Minister, …')).toEqual({
      name: null,
      title: 'Reuters',
      role: 'reporter',
    });
    expect(tag('Zusatzfrage: Auch bei Stahl?')?.role).toBe('reporter');
    // An agency after a place is a dateline's, no questioner's outlet; after a journalist's full
    // name in ordinary case it is that journalist's outlet, their title.
    expect(parseTag('BEIRUT (Reuters): Clashes broke out')).toBeNull();
    expect(parseTag('NEW YORK (AP): Stocks fell')).toBeNull();
    expect(parseTag('Jane Doe (AP): Will the council vote?')?.tag).toMatchObject({
      name: 'Jane Doe',
      title: 'AP',
      role: null,
    });
  });
});

describe('EU Commission, PIB and Élysée pages', () => {
  const read = (html: string) => produce(html, 'json', optionsSchema().parse({}), 'html').document;

  it('reads the download links, the page’s metadata line and “Check against delivery” as notes', () => {
    expect(classifyLine('Check against delivery')).toBe('disclaimer');
    expect(classifyLine('Statement_26_120_EN.pdf English (125.4 KB - PDF)')).toBe('share-links');
    expect(classifyLine('(125.4 KB - PDF)')).toBe('share-links');
    expect(classifyLine('Print friendly pdf')).toBe('share-links');
    // A sentence naming a file, or a size in a sentence, is no download link.
    expect(classifyLine('The report.pdf was leaked on Monday.')).toBeNull();
    expect(classifyLine('The file was 125 KB.')).toBeNull();
    const doc = read(`<html><body><main>
<div class="ecl-page-header__meta"><span>Statement</span><span>14 January 2026</span><span>Brussels</span></div>
<h1>Statement by the President on the trade agreement</h1>
<p>Check against delivery</p>
<p>Today we have reached an agreement.</p>
</main></body></html>`);
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => b.text);
    expect(notes).toEqual(['Statement', '14 January 2026', 'Brussels', 'Check against delivery']);
    expect(doc.title).toBe('Statement by the President on the trade agreement');
  });

  it('reads PIB’s release number, visitor counter and language links as page elements', () => {
    expect(classifyLine('(Release ID: 2105321) Visitor Counter : 1340')).toBe('page-element');
    expect(classifyLine('Read this release in: Hindi , Marathi , Bengali')).toBe('page-element');
    expect(classifyLine('Read this release in full before you vote.')).toBeNull();
  });

  it('reads a bold role word over a turn as a speaker label beside bold names', () => {
    const doc = read(`<html><body><article><h1>Conférence de presse à Berlin</h1>
<p><strong>Emmanuel MACRON</strong></p><p>Merci, cher Friedrich.</p>
<p><strong>Question</strong></p><p>Monsieur le Président, sur les droits de douane ?</p>
<p><strong>Emmanuel MACRON</strong></p><p>Nous ne céderons pas.</p>
</article></body></html>`);
    expect(turns(doc).map(([who]) => who)).toEqual([
      'Emmanuel Macron',
      'reporter',
      'Emmanuel Macron',
    ]);
  });

  it('does not take a bold lead-in that is no role for a label', () => {
    const doc = read(`<html><body><article><h1>Floods</h1>
<p><strong>Update</strong></p><p>The river rose overnight.</p>
<p><strong>Jane Doe</strong></p><p>We left at six.</p>
<p><strong>Background</strong></p><p>It last flooded in 2007.</p>
</article></body></html>`);
    expect(doc.blocks.some((b) => b.text === 'The river rose overnight.' && !b.speaker)).toBe(true);
  });
});

describe('a newspaper’s interview transcript page', () => {
  const read = (html: string) => produce(html, 'json', optionsSchema().parse({}), 'html').document;

  it('reads the Guardian’s page parts by their data-gu-name', () => {
    const doc = read(`<html><body><article>
<div data-gu-name="headline"><h1>Full transcript of the interview</h1></div>
<div data-gu-name="meta"><div>Wed 14 Jan 2026 18.00 GMT</div><div>Last modified on Wed 14 Jan 2026 19.12 GMT</div></div>
<div data-gu-name="body"><p><strong>Jane Doe:</strong> Will you raise taxes?</p><p><strong>Tom Reed:</strong> No.</p></div>
<div data-gu-name="contributions-epic"><h2>We have a small favour to ask.</h2><p>Millions are turning to us every day.</p></div>
<div data-gu-name="tags"><ul><li><a href="#">Budget 2026</a></li><li><a href="#">Strikes</a></li></ul></div>
</article></body></html>`);
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => [b.text, b.reason]);
    expect(notes).toEqual([
      ['Wed 14 Jan 2026 18.00 GMT', 'dateline'],
      ['Last modified on Wed 14 Jan 2026 19.12 GMT', 'dateline'],
      ['We have a small favour to ask.', 'subscription'],
      ['Millions are turning to us every day.', 'subscription'],
      ['Budget 2026', 'navigation'],
      ['Strikes', 'navigation'],
    ]);
  });

  it('reads an office’s initials as that office, never as a new speaker', () => {
    const doc = formatTranscript(
      'Jane Doe: Will you raise taxes?\n\nPrime minister: No.\n\nJD: And the strikes?\n\nPM: The offer is fair.',
    );
    expect(turns(doc)).toEqual([
      ['Jane Doe', 'Will you r'],
      ['prime minister', 'No.'],
      ['Jane Doe', 'And the st'],
      ['prime minister', 'The offer '],
    ]);
    expect(doc.speakers).toHaveLength(2);
  });

  it('keeps initials that match no office or name a speaker of their own', () => {
    const doc = formatTranscript('Prime minister: No.\n\nTR: I disagree.\n\nPrime minister: Fine.');
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['prime minister', 'TR']);
  });
});

describe('the White House’s block-theme pages and ABC’s transcript pages', () => {
  const read = (html: string) => produce(html, 'json', optionsSchema().parse({}), 'html').document;

  it('reads a WordPress query loop of other posts as related links, not a heading', () => {
    const doc = read(`<html><body><main>
<h1 class="wp-block-post-title">Remarks by the President Before Departure</h1>
<div class="entry-content"><p>THE PRESIDENT:  Hello, everybody.</p><p>Q  On Greenland?</p><p>THE PRESIDENT:  It's going well.</p></div>
<div><h2>News</h2><ul class="wp-block-post-template"><li><a href="#">Fact Sheet: President Secures Deal</a></li></ul></div>
</main></body></html>`);
    const last = doc.blocks.at(-1);
    expect(last?.type).toBe('note');
    expect(last?.type === 'note' ? last.reason : null).toBe('related-links');
    expect(doc.blocks.filter((b) => b.type === 'headline')).toHaveLength(1);
  });

  it('reads ABC’s rush-transcript paragraph as a disclaimer', () => {
    expect(
      classifyLine(
        'A rush transcript of "This Week with George Stephanopoulos" airing on Sunday, January 11, 2026 on ABC News is below. This copy may not be in its final form.',
      ),
    ).toBe('disclaimer');
    expect(classifyLine('A rush transcript of the hearing was released on Monday.')).toBeNull();
  });
});

describe('a UN noon briefing’s headings', () => {
  it('reads a paragraph opened by ** and never closed as a heading, its mark reported', () => {
    const doc = formatTranscript(
      'Good afternoon.\n\n**Gaza\n\nThe situation remains dire.\n\n** Security Council\n\nConsultations at 3 p.m.',
    );
    expect(doc.blocks.filter((b) => b.type === 'headline').map((b) => [b.text, b.line])).toEqual([
      ['Gaza', 3],
      ['Security Council', 7],
    ]);
    const marks = doc.messages.filter((m) => m.ruleId === 'markdown');
    expect(marks.map((m) => m.line)).toEqual([3, 7]);
    expect(
      classifyLine(
        'This is a near-verbatim transcript of today’s noon briefing by Fred Eckhard, Spokesman for the Secretary-General.',
      ),
    ).toBe('disclaimer');
  });

  it('leaves a sentence opened by asterisks, and a line inside a paragraph, as text', () => {
    const doc = formatTranscript(
      '**Note: the vote is at noon.\n\nThe council met.\n**Gaza\nwas discussed at length.',
    );
    expect(doc.blocks.some((b) => b.type === 'headline')).toBe(false);
    expect(doc.messages.some((m) => m.ruleId === 'markdown')).toBe(false);
  });
});
