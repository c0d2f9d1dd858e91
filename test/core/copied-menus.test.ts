import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';

// Government and newsroom pages copied from a browser (Ctrl+A, Ctrl+C): the site's menu and
// share bar arrive one item a line, most items words no list knows. Each page below is written
// for these tests in the convention of its kind of site.

function reasonAt(doc: ScriptDocument, line: number): string | null | undefined {
  const block = doc.blocks.find((b) => b.line === line);
  return block?.type === 'note' ? block.reason : block?.type;
}

function speech(doc: ScriptDocument): string[] {
  return doc.blocks.filter((b) => b.type === 'speech').map((b) => b.text);
}

const WHITE_HOUSE = `Skip to content
The White House
Administration
Issues
Briefings & Statements
News
Contact
Remarks by the President Before Marine One Departure
January 9, 2026

THE PRESIDENT: Hello, everybody. We're going to Florida.

Q Mr. President, on the tariffs?

THE PRESIDENT: They will be 25 percent.

Q And on Venezuela?

THE PRESIDENT: We're doing very well.`;

const GERMAN_PAGE = `Direkt zum Inhalt springen
Die Bundesregierung
Aktuelles
Themen
Mediathek
Startseite
Pressekonferenz von Bundeskanzler Merz und Präsident Macron
Teilen
Facebook
X
Drucken

BK Merz: Ich freue mich sehr, dass du heute in Berlin bist.

Frage: Wird Deutschland die Mittel weiter erhöhen?

BK Merz: Ja, wir werden 3,5 Prozent erreichen.

Das könnte Sie auch interessieren
Kanzler Merz in Paris`;

describe('a menu copied one item a line', () => {
  it('reads the items no list knows, next to known ones, as the menu', () => {
    const doc = formatTranscript(WHITE_HOUSE);
    for (const line of [3, 4, 5, 6, 7]) expect(reasonAt(doc, line)).toBe('navigation');
    // The page's title is no menu item: too long for one.
    expect(doc.blocks.some((b) => b.type !== 'note' && b.text.startsWith('Remarks by'))).toBe(true);
    expect(speech(doc)).toEqual([
      'Hello, everybody. We’re going to Florida.',
      'Mr. President, on the tariffs?',
      'They will be 25 percent.',
      'And on Venezuela?',
      'We’re doing very well.',
    ]);
    const messages = doc.messages.filter((m) => m.ruleId === 'page-furniture');
    expect(messages.some((m) => m.line === 3)).toBe(true);
  });

  it('reads a German page’s skip link, menu, share bar and related heading', () => {
    const doc = formatTranscript(GERMAN_PAGE);
    expect(reasonAt(doc, 1)).toBe('navigation');
    for (const line of [2, 3, 4, 5, 6]) expect(reasonAt(doc, line)).toBe('navigation');
    for (const line of [8, 9, 10, 11]) expect(reasonAt(doc, line)).toBe('share-links');
    expect(reasonAt(doc, 19)).toBe('related-links');
    expect(reasonAt(doc, 20)).toBe('related-links');
    expect(speech(doc)).toHaveLength(3);
  });

  it('keeps a label right above prose: it heads the prose, not the menu', () => {
    const doc = formatTranscript(
      'Home\nTranscript\nJane Doe\nWelcome to the show. Today we talk about rent.\n\nTom Becker: Thanks for having me.',
    );
    expect(reasonAt(doc, 1)).toBe('navigation');
    // `Jane Doe` sits above prose: not made a menu item.
    const kept = doc.blocks.filter((b) => b.type !== 'note').map((b) => b.text);
    expect(kept.join(' ')).toContain('Jane Doe');
    expect(kept.join(' ')).toContain('Welcome to the show');
  });

  it('grows no menu from a document’s own label or around a heading in capitals', () => {
    const doc = formatTranscript(
      'Weekend features meeting\nTranscript\n12 Mar 2025\n\nLena Fischer: Right, let us start.',
    );
    expect(reasonAt(doc, 1)).not.toBe('navigation');
    const caps = formatTranscript(
      'Home\nJOINT PRESS CONFERENCE\nCanberra\n\nPRIME MINISTER: Thanks.',
    );
    expect(reasonAt(caps, 2)).not.toBe('navigation');
  });

  it('keeps a chapter title above its time, and a caption panel’s chapters, out of the menu', () => {
    const doc = formatTranscript(
      'Home\nOpening remarks\n0:00 good evening and welcome to the debate',
    );
    expect(reasonAt(doc, 1)).toBe('navigation');
    expect(doc.blocks.some((b) => b.type !== 'note' && b.text.includes('Opening remarks'))).toBe(
      true,
    );
  });

  it('leaves short lines alone when no known menu item is beside them', () => {
    const doc = formatTranscript('Administration\nIssues\nContact tracing\n\nMAYOR: We will open.');
    expect(doc.blocks.filter((b) => b.type === 'note')).toHaveLength(0);
  });

  it('does not take a sentence or a tag line for a menu item', () => {
    const doc = formatTranscript('News\nIt rained.\nPRESIDENT:\nWe are ready.');
    const texts = doc.blocks
      .filter((b) => b.type !== 'note')
      .map((b) => b.text)
      .join(' ');
    expect(texts).toContain('It rained.');
    expect(texts).toContain('We are ready.');
  });
});

describe('a subjects line', () => {
  it('is read with a full stop when three or more subjects are listed', () => {
    expect(classifyLine('Subjects: Cost of living; energy bill relief; Middle East.')).toBe(
      'page-element',
    );
    expect(classifyLine('SUBJECTS: Budget; Energy; Floods.')).toBe('page-element');
  });

  it('is not a speaker’s sentence with one semicolon', () => {
    expect(classifyLine('Subject: They ran; we followed them to the car.')).toBeNull();
    expect(classifyLine('Subject: I went home.')).toBeNull();
  });
});

describe('US Sunday shows’ transcript pages copied as text', () => {
  const MEET = `Skip to Content
Politics
U.S. News
World
Share & Save —
Meet the Press - January 11, 2026
Jan. 11, 2026, 11:30 AM EST

KRISTEN WELKER:
Good Sunday morning. Mr. Speaker, welcome back.

SPEAKER MIKE JOHNSON:
Good to be with you, Kristen.

Sponsored Stories
More from NBC News`;

  it('reads an abbreviated menu item, the share button and sponsored stories as furniture', () => {
    const doc = formatTranscript(MEET);
    expect(reasonAt(doc, 3)).toBe('navigation');
    expect(reasonAt(doc, 5)).toBe('share-links');
    expect(reasonAt(doc, 15)).toBe('advertisement');
    expect(doc.title).toBe('Meet the Press - January 11, 2026');
    expect(speech(doc)).toEqual([
      'Good Sunday morning. Mr. Speaker, welcome back.',
      'Good to be with you, Kristen.',
    ]);
  });

  it('reads CBS’s break mark as a direction and its topic links as related links', () => {
    const doc = formatTranscript(
      'MARGARET BRENNAN: We will be right back.\n\n(ANNOUNCEMENTS)\n\nMARGARET BRENNAN: Welcome back.\n\nIn:\nFace The Nation\nTranscript',
    );
    expect(doc.blocks.find((b) => b.line === 3)?.type).toBe('direction');
    expect(reasonAt(doc, 7)).toBe('related-links');
    expect(reasonAt(doc, 8)).toBe('related-links');
    expect(speech(doc)).toEqual(['We will be right back.', 'Welcome back.']);
  });

  it('reads a date, time and outlet apart by slashes as the dateline', () => {
    expect(classifyLine('Updated on: January 11, 2026 / 2:14 PM EST / CBS News')).toBe('dateline');
    // Not a sentence with a slash, nor a menu item with a full stop that ends a sentence.
    expect(classifyLine('We cut rates by half / Finance Ministry')).toBeNull();
    const doc = formatTranscript('News\nThanks.\nWorld');
    expect(doc.blocks.some((b) => b.type !== 'note' && b.text.includes('Thanks.'))).toBe(true);
  });
});

describe('newsroom and podcast pages copied as text', () => {
  it('reads Al Jazeera’s widgets and follow prompt as page elements, not a speaker', () => {
    const doc = formatTranscript(`Al Jazeera: Are the talks over?

Abbas Araghchi: No, they are not over.

Source: Al Jazeera
Advertisement
Follow Al Jazeera English:
Most Popular`);
    expect(reasonAt(doc, 7)).toBe('page-element');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Al Jazeera', 'Abbas Araghchi']);
    expect(classifyLine('Click here to share on social media')).toBe('page-element');
    expect(classifyLine('Click here to search')).toBe('page-element');
    // A turn that asks the audience to follow someone is speech.
    expect(classifyLine('Follow the money: that is what I told them.')).toBeNull();
  });

  it('reads a podcast page’s other episodes and footer after the last turn as furniture', () => {
    const doc = formatTranscript(`Sam Cole
0:00
Welcome to The Rent Report.
Priya Sethi
0:05
Thanks for having me, Sam.
Sam Cole
0:09
Why do rents keep rising?
Priya Sethi
0:12
Because we built 40 percent fewer homes than we needed.
More episodes from The Rent Report
See all
Episode 41: Landlords
Cookies`);
    expect(reasonAt(doc, 13)).toBe('related-links');
    expect(reasonAt(doc, 15)).toBe('related-links');
    expect(speech(doc).at(-1)).toBe('Because we built 40 percent fewer homes than we needed.');
    expect(classifyLine('Cookies')).toBe('terms');
    expect(classifyLine('Cookies were baked for the volunteers.')).toBeNull();
  });
});

describe('DW and FRANCE 24 interview pages copied as text', () => {
  const F24 = `Issued on: 14/01/2026 - 18:04
Play (09min)
Text by:
FRANCE 24
4 min
In an exclusive interview, the minister told FRANCE 24 that Kyiv would not cede territory.

FRANCE 24: Minister, is a ceasefire close?

Andrii Sybiha: No. Russia is not ready for peace.

FRANCE 24: What do you need from Europe?

Andrii Sybiha: Air defence.

Daily newsletter
Receive essential international news every morning
Subscribe`;

  it('reads the channel with a number in its name as the interviewer', () => {
    const doc = formatTranscript(F24);
    const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
    expect(
      doc.blocks.filter((b) => b.type === 'speech').map((b) => names.get(b.speaker ?? '')),
    ).toEqual(['FRANCE 24', 'Andrii Sybiha', 'FRANCE 24', 'Andrii Sybiha']);
    expect(reasonAt(doc, 2)).toBe('share-links');
    expect(reasonAt(doc, 3)).toBe('byline');
    expect(reasonAt(doc, 4)).toBe('byline');
    for (const line of [16, 17, 18]) expect(reasonAt(doc, line)).toBe('subscription');
  });

  it('reads DW’s skip links, its closing note on the interview and its story list', () => {
    const doc = formatTranscript(`Skip next section Navigation
Navigation

DW: How many?

Boris Pistorius: At least 60,000 more by 2030.

This interview was conducted by Jane Doe and has been edited for length and clarity.

Skip next section Explore more
Explore more
Show more stories`);
    expect(reasonAt(doc, 1)).toBe('navigation');
    expect(reasonAt(doc, 2)).toBe('navigation');
    expect(reasonAt(doc, 8)).toBe('disclaimer');
    for (const line of [10, 11, 12]) expect(reasonAt(doc, line)).toBe('navigation');
    expect(speech(doc)).toEqual(['How many?', 'At least 60,000 more by 2030.']);
  });

  it('keeps a numbered part or a sentence about an interview as text', () => {
    const doc = formatTranscript('CHAPTER 3: The flood\n\nThe water rose.');
    expect(doc.speakers).toHaveLength(0);
    expect(
      classifyLine(
        'This interview was conducted by phone, he said, and it went badly wrong because',
      ),
    ).toBeNull();
    expect(classifyLine('Newsletters are how we reach readers.')).toBeNull();
  });
});
