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
    // An agency after a name or a place is no questioner's outlet.
    expect(parseTag('BEIRUT (Reuters): Clashes broke out')).toBeNull();
    expect(parseTag('Jane Doe (AP): The council voted')).toBeNull();
  });
});
