import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/core/furniture.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';

// News live pages, podcast and newsletter pages, and press releases, written for these tests in
// each outlet's shape as the page reads when copied (text) or as it is served (HTML).

const read = (input: string): ScriptDocument =>
  produce(input, 'json', optionsSchema().parse({}), detectInputFormat(input)).document;

/** Each block as [type, reason or null, text]. */
const shape = (doc: ScriptDocument) => doc.blocks.map((b) => [b.type, b.reason ?? null, b.text]);

describe('live page entry times and controls, line by line', () => {
  it('reads each outlet’s entry time as a dateline', () => {
    for (const line of [
      '14.02 GMT',
      'Posted at 12:45',
      '12:45 GMT',
      '1 min ago',
      '2 hours ago (12:45 GMT)',
      '12:45 Uhr',
      '12.45 Uhr',
      'vor 5 Minuten',
      '12h45',
      'il y a 12 min',
      'Mise à jour à 12h50',
      '12:45 h',
      'hace 3 horas',
      'Actualizado a las 12:50 h',
    ])
      expect([line, classifyLine(line)]).toEqual([line, 'dateline']);
  });

  it('reads the page’s controls and labels as page elements, the key events list as navigation', () => {
    expect(classifyLine('Key events')).toBe('navigation');
    for (const line of ['Show key events only', 'Newest first', 'Pinned', 'Liveblog', 'En direct'])
      expect([line, classifyLine(line)]).toEqual([line, 'page-element']);
    expect(classifyLine('Edited by Jane Doe')).toBe('byline');
  });

  it('keeps a script’s cues in capitals, a plain clock time and sentences', () => {
    for (const line of [
      'DIRECTO',
      'EN DIRECT',
      '12:45',
      'Il y a 12 ans, il était là.',
      'Edited by the committee',
      'Key events will follow tomorrow.',
    ])
      expect([line, classifyLine(line)]).toEqual([line, null]);
  });
});

describe('live pages copied as text', () => {
  it('an entry’s first sentence hard-wrapped under its title keeps the title a heading', () => {
    const doc = read(
      [
        '14.02 GMT',
        'Unions reject new offer',
        'The union said it had rejected the operators’ latest offer of 4% over',
        'two years and would strike again on Monday.',
      ].join('\n'),
    );
    expect(shape(doc)).toEqual([
      ['note', 'dateline', '14.02 GMT'],
      ['headline', null, 'Unions reject new offer'],
      [
        'narration',
        null,
        'The union said it had rejected the operators’ latest offer of 4% over two years and would strike again on Monday.',
      ],
    ]);
  });

  it('Guardian: key events list, entry times, titles over the first sentence, a quote as narration', () => {
    const doc = read(
      [
        'Ferry strike live: crossings cancelled as talks break down',
        '',
        'Key events',
        '14.02 GMT',
        'Unions reject new offer',
        '12.45 GMT',
        'Ministers call for calm',
        'Show key events only',
        '',
        '14.02 GMT',
        'Unions reject new offer',
        'The union said it had rejected the operators’ latest offer of 4% over two years.',
        '“This offer does nothing for our members,” said the general secretary, Ann Price.',
        'Share',
        '12.45 GMT',
        'Ministers call for calm',
        'The transport secretary urged both sides to return to talks.',
        'Updated at 12.50 GMT',
      ].join('\n'),
    );
    expect(doc.title).toBe('Ferry strike live: crossings cancelled as talks break down');
    expect(doc.speakers).toEqual([]);
    expect(shape(doc).slice(1)).toEqual([
      ['note', 'navigation', 'Key events'],
      ['note', 'navigation', '14.02 GMT'],
      ['note', 'navigation', 'Unions reject new offer'],
      ['note', 'navigation', '12.45 GMT'],
      ['note', 'navigation', 'Ministers call for calm'],
      ['note', 'page-element', 'Show key events only'],
      ['note', 'dateline', '14.02 GMT'],
      ['headline', null, 'Unions reject new offer'],
      [
        'narration',
        null,
        'The union said it had rejected the operators’ latest offer of 4% over two years.',
      ],
      [
        'narration',
        null,
        '“This offer does nothing for our members,” said the general secretary, Ann Price.',
      ],
      ['note', 'share-links', 'Share'],
      ['note', 'dateline', '12.45 GMT'],
      ['headline', null, 'Ministers call for calm'],
      ['narration', null, 'The transport secretary urged both sides to return to talks.'],
      ['note', 'dateline', 'Updated at 12.50 GMT'],
    ]);
  });

  it('BBC: Posted at, Copy link and Share, an editor’s credit', () => {
    const doc = read(
      [
        'Flood warnings across Wales as rivers rise',
        '',
        'Live Reporting',
        'Edited by Jane Doe',
        '',
        'Posted at 12:45',
        'Rivers burst their banks',
        'The River Taff has burst its banks in Pontypridd, Natural Resources Wales says.',
        'Copy link',
        'Share',
        '',
        '12:15 GMT',
        '',
        'Roads closed in Powys',
        '',
        'Police have closed the A470 near Builth Wells.',
      ].join('\n'),
    );
    expect(shape(doc).slice(1)).toEqual([
      ['note', 'page-element', 'Live Reporting'],
      ['note', 'byline', 'Edited by Jane Doe'],
      ['note', 'dateline', 'Posted at 12:45'],
      ['headline', null, 'Rivers burst their banks'],
      [
        'narration',
        null,
        'The River Taff has burst its banks in Pontypridd, Natural Resources Wales says.',
      ],
      ['note', 'share-links', 'Copy link'],
      ['note', 'share-links', 'Share'],
      ['note', 'dateline', '12:15 GMT'],
      // Blank lines between the time, the title and the text: the same entry.
      ['headline', null, 'Roads closed in Powys'],
      ['narration', null, 'Police have closed the A470 near Builth Wells.'],
    ]);
    expect(doc.reporter).toBe('Jane Doe');
  });

  it('BBC: the page’s title with its topic before a colon is the headline, never a speaker', () => {
    const entries = [
      '',
      'Posted at 12:45',
      'Rivers burst their banks',
      'The River Taff has burst its banks in Pontypridd.',
      '',
      '12:30 GMT',
      'Trains cancelled',
      'Transport for Wales says 12 services have been cancelled.',
    ];
    const doc = read(
      ['Storm Bert: Flood warnings across Wales as rivers rise', ...entries].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    expect(doc.title).toBe('Storm Bert: Flood warnings across Wales as rivers rise');
    expect(doc.blocks[0]?.type).toBe('headline');
    // A speaker's sentence there is a turn, and without entry times the line is read as before.
    const turn = read(['Storm Bert: We have never seen rain like it.', ...entries].join('\n'));
    expect(turn.speakers.map((p) => p.name)).toEqual(['Storm Bert']);
    const plain = read(
      [
        'Jane Doe: Flood warnings across Wales as rivers rise',
        '',
        'Tom Roe: The rivers are high tonight.',
        '',
        'Jane Doe: And the trains?',
      ].join('\n'),
    );
    expect(plain.speakers.map((p) => p.name)).toEqual(['Jane Doe', 'Tom Roe']);
  });

  it('Reuters and Al Jazeera: minutes and hours ago, the wire’s dateline stays the text', () => {
    const doc = read(
      [
        'LIVE: Oil prices jump after OPEC cut',
        '12 mins ago',
        'Brent tops $90',
        'LONDON, Nov 29 (Reuters) - Brent crude rose above $90 a barrel for the first time since June.',
        'Reporting by Jane Doe; Editing by John Roe',
        '2 hours ago (12:45 GMT)',
        'Aid trucks enter through Rafah',
        'Forty trucks crossed into the Strip on Friday, the Egyptian Red Crescent said.',
      ].join('\n'),
    );
    expect(shape(doc)).toEqual([
      ['headline', null, 'LIVE: Oil prices jump after OPEC cut'],
      ['note', 'dateline', '12 mins ago'],
      ['headline', null, 'Brent tops $90'],
      [
        'narration',
        null,
        'LONDON, Nov 29 (Reuters) - Brent crude rose above $90 a barrel for the first time since June.',
      ],
      ['note', 'byline', 'Reporting by Jane Doe; Editing by John Roe'],
      ['note', 'dateline', '2 hours ago (12:45 GMT)'],
      ['headline', null, 'Aid trucks enter through Rafah'],
      [
        'narration',
        null,
        'Forty trucks crossed into the Strip on Friday, the Egyptian Red Crescent said.',
      ],
    ]);
  });

  it('German, French and Spanish live pages: Liveblog is no speaker, each entry’s time and title', () => {
    const de = read(
      [
        'Liveblog: Sturmtief über Norddeutschland',
        'Stand: 29.11.2026 12:50 Uhr',
        '12:45 Uhr',
        'Bahn stellt Fernverkehr ein',
        'Die Deutsche Bahn hat den Fernverkehr in Niedersachsen eingestellt.',
        '12:30 Uhr',
        'Schulen bleiben geschlossen',
        'In Hamburg fällt an 200 Schulen der Unterricht aus.',
      ].join('\n'),
    );
    expect(de.speakers).toEqual([]);
    expect(de.title).toBe('Liveblog: Sturmtief über Norddeutschland');
    expect(shape(de).slice(2)).toEqual([
      ['note', 'dateline', '12:45 Uhr'],
      ['headline', null, 'Bahn stellt Fernverkehr ein'],
      ['narration', null, 'Die Deutsche Bahn hat den Fernverkehr in Niedersachsen eingestellt.'],
      ['note', 'dateline', '12:30 Uhr'],
      ['headline', null, 'Schulen bleiben geschlossen'],
      ['narration', null, 'In Hamburg fällt an 200 Schulen der Unterricht aus.'],
    ]);
    const fr = read(
      [
        'En direct : la tempête Ciarán frappe la Bretagne',
        '12h45',
        'Des milliers de foyers privés d’électricité',
        'Enedis annonce que 120 000 foyers sont privés d’électricité en Bretagne.',
      ].join('\n'),
    );
    expect(shape(fr).slice(1)).toEqual([
      ['note', 'dateline', '12h45'],
      ['headline', null, 'Des milliers de foyers privés d’électricité'],
      [
        'narration',
        null,
        'Enedis annonce que 120 000 foyers sont privés d’électricité en Bretagne.',
      ],
    ]);
    const es = read(
      [
        'En directo | La DANA deja lluvias torrenciales en Valencia',
        '12:30 h',
        'Cortada la A-7',
        'La Guardia Civil ha cortado la A-7 a la altura de Alzira.',
      ].join('\n'),
    );
    expect(shape(es).slice(1)).toEqual([
      ['note', 'dateline', '12:30 h'],
      ['headline', null, 'Cortada la A-7'],
      ['narration', null, 'La Guardia Civil ha cortado la A-7 a la altura de Alzira.'],
    ]);
  });

  it('an embedded post keeps its author’s handle in the narration, never a speaker', () => {
    const doc = read(
      [
        '12:45 p.m. ET, November 29, 2026',
        'Governor declares emergency',
        'From CNN’s Jane Doe',
        '',
        'The governor declared a state of emergency on Sunday.',
        '',
        'We are asking everyone to stay off the roads tonight.',
        '— Gov. Ann Lee (@GovAnnLee) November 29, 2026',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    const last = doc.blocks.at(-1);
    expect(last?.type).toBe('narration');
    expect(last?.text).toContain('(@GovAnnLee) November 29, 2026');
  });

  it('counter-cases: a record’s time, a dateline and place, a name over a speech stay as they were', () => {
    // The House of Lords' time mark over `Asked by …`: no entry title.
    const lords = read(
      [
        'Rural Bus Services',
        '',
        '3.07 pm',
        '',
        'Asked by Baroness Whitmore',
        '',
        'To ask His Majesty’s Government what assessment they have made of rural bus routes.',
      ].join('\n'),
    );
    expect(lords.blocks.filter((b) => b.type === 'headline').map((b) => b.text)).toEqual([
      'Rural Bus Services',
    ]);
    // A name alone over a speech under a live entry's time is the speaker's, not a title.
    const named = read(['14.02 GMT', 'Vladimir Putin', 'Good afternoon, colleagues.'].join('\n'));
    expect(named.blocks.some((b) => b.type === 'headline' && b.text === 'Vladimir Putin')).toBe(
      false,
    );
    // A story's own `Updated …` line over its standfirst: no entry.
    const story = read(
      [
        'Ferry strike: crossings cancelled',
        '',
        'Updated at 14.10 GMT',
        'Crews walked out at dawn',
        'The union said it had rejected the offer.',
      ].join('\n'),
    );
    expect(story.blocks.some((b) => b.type === 'headline' && b.line === 4)).toBe(false);
    // A tag's line under a date, time and place (kremlin.ru) stays the speaker's.
    const kremlin = read(
      [
        'Statements for the press',
        '',
        '12 November 2025, 15:40, Moscow, the Kremlin',
        '',
        'V.Putin: Mr President! Ladies and gentlemen!',
        '',
        'The talks were businesslike.',
      ].join('\n'),
    );
    expect(kremlin.blocks.some((b) => b.type === 'headline' && b.line === 5)).toBe(false);
  });
});

describe('live pages as HTML', () => {
  it('BBC: entries as <article>s side by side under the page’s <h1> are the story, each titled', () => {
    const doc = read(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm live: Flood warnings - BBC News</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main>
<h1>Storm live: Flood warnings across Wales as rivers rise</h1>
<p>Edited by Jane Doe</p>
<article>
<time>Posted at 12:45</time>
<h3>Rivers burst their banks</h3>
<p>The River Taff has burst its banks in Pontypridd, Natural Resources Wales says.</p>
<p>"We have never seen water this high," said resident Ann Price.</p>
<button>Copy link</button><button>Share</button>
</article>
<article>
<time>12:30 GMT</time>
<h3>Trains cancelled</h3>
<p>Transport for Wales says 12 services have been cancelled this morning.</p>
<button>Copy link</button>
</article>
</main>
</body></html>`);
    expect(doc.title).toBe('Storm live: Flood warnings across Wales as rivers rise');
    const kept = doc.blocks.filter((b) => b.type !== 'note').map((b) => [b.type, b.text]);
    expect(kept).toEqual([
      ['headline', 'Storm live: Flood warnings across Wales as rivers rise'],
      ['headline', 'Rivers burst their banks'],
      [
        'narration',
        'The River Taff has burst its banks in Pontypridd, Natural Resources Wales says.',
      ],
      ['narration', '“We have never seen water this high,” said resident Ann Price.'],
      ['headline', 'Trains cancelled'],
      ['narration', 'Transport for Wales says 12 services have been cancelled this morning.'],
    ]);
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => [b.reason, b.text]);
    expect(notes).toContainEqual(['dateline', 'Posted at 12:45']);
    expect(notes).toContainEqual(['dateline', '12:30 GMT']);
    expect(notes).toContainEqual(['byline', 'Edited by Jane Doe']);
    expect(notes.filter(([r, t]) => r === 'share-links' && t === 'Copy link')).toHaveLength(2);
  });

  it('a page scrolling on to the next story (an <h1> in each <article>) keeps the longest one', () => {
    const doc = read(`<!DOCTYPE html><html><head><title>Site</title></head><body><main>
<article><h1>Council approves budget</h1><p>The council approved a budget of 12 million pounds on Monday after a long debate.</p><p>Members voted 30 to 12.</p></article>
<article><h1>Bridge to close</h1><p>The bridge will close.</p></article>
</main></body></html>`);
    expect(doc.title).toBe('Council approves budget');
    const bridge = doc.blocks.find((b) => b.text === 'The bridge will close.');
    expect(bridge?.type).toBe('note');
  });

  it('CNN: an entry in <div>s, its heading between the time and the byline', () => {
    const doc = read(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Live updates: Storm hits the coast | CNN</title></head>
<body><main>
<h1>Live updates: Storm hits the coast</h1>
<div class="live-story-post">
<div class="live-story-post__timestamp">12:45 p.m. ET, November 29, 2026</div>
<h2 class="live-story-post__headline">Governor declares emergency</h2>
<div class="live-story-post__byline">From CNN’s Jane Doe</div>
<p>The governor declared a state of emergency on Sunday.</p>
<p>“We are ready,” the governor said.</p>
</div>
</main></body></html>`);
    expect(shape(doc)).toEqual([
      ['headline', null, 'Live updates: Storm hits the coast'],
      ['note', 'dateline', '12:45 p.m. ET, November 29, 2026'],
      ['headline', null, 'Governor declares emergency'],
      ['note', 'byline', 'From CNN’s Jane Doe'],
      ['narration', null, 'The governor declared a state of emergency on Sunday.'],
      ['narration', null, '“We are ready,” the governor said.'],
    ]);
  });
});

describe('press releases pasted from web pages', () => {
  it('a police department’s release: the issuer, the release line with its date, the contact, -30-', () => {
    const doc = read(
      [
        'Metropolitan Police Department',
        'News Release',
        'For Immediate Release: November 29, 2026',
        'Contact: Public Information Office, (202) 555-0199',
        '',
        'Arrest made in Northeast shooting',
        '',
        'Detectives have arrested a 24-year-old man in connection with a shooting on Thursday.',
        '',
        '“We will not tolerate gun violence in our neighborhoods,” Chief Pamela Smith said.',
        '',
        '-30-',
      ].join('\n'),
    );
    expect(doc.title).toBe('Arrest made in Northeast shooting');
    expect(doc.speakers).toEqual([]);
    expect(shape(doc)).toEqual([
      ['note', 'byline', 'Metropolitan Police Department'],
      ['note', 'page-element', 'News Release'],
      ['note', 'dateline', 'For Immediate Release: November 29, 2026'],
      ['note', 'page-element', 'Contact: Public Information Office, (202) 555-0199'],
      ['headline', null, 'Arrest made in Northeast shooting'],
      [
        'narration',
        null,
        'Detectives have arrested a 24-year-old man in connection with a shooting on Thursday.',
      ],
      [
        'narration',
        null,
        '“We will not tolerate gun violence in our neighborhoods,” Chief Pamela Smith said.',
      ],
      ['note', 'page-element', '-30-'],
    ]);
  });

  it('a company’s release: boilerplate and contacts are notes, the CEO’s quote narration', () => {
    const doc = read(
      [
        'FOR IMMEDIATE RELEASE',
        '',
        'Northwind Energy to build 200-megawatt solar farm in Nevada',
        '',
        'RENO, Nev., Nov. 29, 2026 /PRNewswire/ -- Northwind Energy said on Friday it would build a solar farm.',
        '',
        '"This project will power 40,000 homes," said Jane Doe, CEO of Northwind Energy.',
        '',
        'About Northwind Energy',
        '',
        'Northwind Energy is a renewable power producer based in Denver, Colorado.',
        '',
        'Media contact:',
        'John Roe',
        '',
        '###',
      ].join('\n'),
    );
    expect(doc.speakers).toEqual([]);
    const quote = doc.blocks.find((b) => b.text.includes('40,000 homes'));
    expect(quote?.type).toBe('narration');
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.text)).toEqual([
      'FOR IMMEDIATE RELEASE',
      'About Northwind Energy',
      'Northwind Energy is a renewable power producer based in Denver, Colorado.',
      'Media contact:',
      'John Roe',
      '###',
    ]);
  });

  it('counter-case: a story that mentions a news release keeps its lines', () => {
    expect(classifyLine('News Release')).toBeNull();
    const doc = read(
      ['Council news', '', 'The council said in a news release that the bridge would reopen.'].join(
        '\n',
      ),
    );
    expect(doc.blocks.filter((b) => b.type === 'note')).toEqual([]);
  });
});

describe('newsletter and podcast pages', () => {
  it('Substack: the subscribe box after the last answer is no part of the turn', () => {
    const doc = read(
      [
        'The rivers are rising: a conversation with hydrologist Mara Quinn',
        '',
        'Jane Doe: Why are the floods getting worse?',
        '',
        'Mara Quinn: Give the water room. Wetlands are cheaper than walls.',
        '',
        'Thanks for reading The Flood Report! Subscribe for free to receive new posts and support my work.',
        '',
        'Upgrade to paid',
        '',
        'Share this post',
        '',
        'Discussion about this post',
      ].join('\n'),
    );
    const quinn = doc.blocks.filter((b) => b.speaker === 'mara-quinn').map((b) => b.text);
    expect(quinn).toEqual(['Give the water room. Wetlands are cheaper than walls.']);
    expect(shape(doc).slice(-4)).toEqual([
      [
        'note',
        'subscription',
        'Thanks for reading The Flood Report! Subscribe for free to receive new posts and support my work.',
      ],
      ['note', 'subscription', 'Upgrade to paid'],
      ['note', 'share-links', 'Share this post'],
      ['note', 'page-element', 'Discussion about this post'],
    ]);
  });

  it('YouTube: the watch page over its transcript panel is notes, the captions the text', () => {
    const stamps = ['0:00', '0:04', '0:07', '0:10', '0:13'];
    const captions = [
      'welcome back to the channel today',
      'we are talking about floods and why',
      'they keep getting worse rain is',
      'falling harder than it did fifty',
      'years ago so what can towns do',
    ];
    const doc = read(
      [
        'Why rivers flood: a hydrologist explains',
        '',
        'Flood Channel',
        '1.2M subscribers',
        '',
        'Subscribe',
        '',
        '12K',
        '',
        'Share',
        '',
        '184,302 views  Nov 29, 2026',
        'Mara Quinn explains why floods are getting worse and what towns can do.',
        '…more',
        '',
        'Transcript',
        'Follow along using the transcript.',
        '',
        ...stamps.flatMap((t, i) => [t, captions[i] as string]),
      ].join('\n'),
    );
    const notes = doc.blocks.filter((b) => b.type === 'note').map((b) => [b.reason, b.text]);
    expect(notes.slice(0, 9)).toEqual([
      ['programme-credit', 'Flood Channel'],
      ['page-element', '1.2M subscribers'],
      ['subscription', 'Subscribe'],
      ['page-element', '12K'],
      ['share-links', 'Share'],
      ['dateline', '184,302 views Nov 29, 2026'],
      ['page-element', '…more'],
      ['navigation', 'Transcript'],
      ['page-element', 'Follow along using the transcript.'],
    ]);
    const read_ = doc.blocks.filter((b) => b.type === 'narration').map((b) => b.text);
    expect(read_[0]).toBe(
      'Mara Quinn explains why floods are getting worse and what towns can do.',
    );
    expect(read_.slice(1).join(' ')).toBe(captions.join(' '));
  });

  it('counter-case: counts and views in a sentence stay text', () => {
    for (const line of ['10 views of the river were shown.', '12 views on this', '12 K', '1971'])
      expect([line, classifyLine(line)]).toEqual([line, null]);
  });

  it('Buzzsprout, Transistor, Captivate: the show over the episode, the guest list, the host’s footer', () => {
    const buzz = read(
      [
        'The Flood Report',
        'Episode 12: Why rivers rise',
        '',
        'Jane Doe (00:00:05):',
        'Welcome back to the show. Today we are talking about floods.',
        '',
        'Mara Quinn (00:00:12):',
        'Thanks for having me. Rain is falling harder than it used to.',
        '',
        'Jane Doe (00:00:20):',
        'So what can towns do?',
        '',
        'Powered by Buzzsprout',
      ].join('\n'),
    );
    expect(buzz.title).toBe('Episode 12: Why rivers rise');
    expect(shape(buzz)[0]).toEqual(['note', 'programme-credit', 'The Flood Report']);
    expect(shape(buzz).at(-1)).toEqual(['note', 'page-element', 'Powered by Buzzsprout']);
    const transistor = read(
      [
        'Episode 12: Why rivers rise',
        '',
        'Jane Doe: Welcome back to the show.',
        '',
        'Mara Quinn: Thanks for having me. Rain is falling harder than it used to.',
        '',
        'Creators and Guests',
        'Jane Doe',
        'Host',
        'Mara Quinn',
        'Guest',
        '',
        'Hosted on Transistor',
      ].join('\n'),
    );
    const quinn = transistor.blocks.filter((b) => b.speaker === 'mara-quinn').map((b) => b.text);
    expect(quinn).toEqual(['Thanks for having me. Rain is falling harder than it used to.']);
    expect(transistor.blocks.slice(-6).map((b) => [b.type, b.text])).toEqual([
      ['note', 'Creators and Guests'],
      ['note', 'Jane Doe'],
      ['note', 'Host'],
      ['note', 'Mara Quinn'],
      ['note', 'Guest'],
      ['note', 'Hosted on Transistor'],
    ]);
  });

  it('counter-cases: a first line over a sentence, a sentence about hosting stay text', () => {
    const doc = read(['The Flood Report', 'Episode 12 was recorded in Leeds.'].join('\n'));
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
    // A standfirst naming the episode under the story's title: the title stays.
    const sub = read(
      [
        'The Bridge Nobody Fixed',
        'Episode 42 of County Lines: the inspection and the bill',
        '',
        'Jane Doe: Welcome back.',
      ].join('\n'),
    );
    expect(sub.title).toBe('The Bridge Nobody Fixed');
    for (const line of [
      'Powered by the wind, the boat crossed.',
      'Hosted on a boat, the party ran late.',
    ])
      expect([line, classifyLine(line)]).toEqual([line, null]);
  });

  it('counter-case: a host thanking listeners stays their words', () => {
    expect(classifyLine('Thanks for reading, everyone.')).toBeNull();
    expect(classifyLine('Thanks for reading my letter on air, Jane.')).toBeNull();
  });
});
