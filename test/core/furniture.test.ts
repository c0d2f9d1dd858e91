import { describe, expect, it } from 'vitest';
import { classifyLine, readByline } from '../../src/core/furniture.ts';
import { formatTranscript } from '../../src/core/index.ts';
import { doublingRatio, LINEAR_BOUND } from '../growth.ts';
import { corpusFiles, fixture, SEED } from '../helpers/fixtures.ts';

/** Lines written in each convention, with the reason they must get. */
const CONVENTIONS: Record<string, [string, string][]> = {
  'wire contributor lines and transcript page controls (issue 10)': [
    ['Associated Press writers Sam Oduya and Rachel Finch contributed to this report.', 'credit'],
    ['Associated Press writer Mary Clare Jalonick in Washington contributed.', 'credit'],
    ['Staff writer Ana Ruiz contributed reporting.', 'credit'],
    ['Reuters correspondents in Kyiv and Moscow contributed to this story.', 'credit'],
    ['Read the Full Transcript', 'page-element'],
    ['Show transcript', 'page-element'],
    ['Full transcript', 'page-element'],
    ['Please turn on JavaScript to use this feature', 'page-element'],
  ],
  'story page widgets: comments, reading time, follow and gift buttons (issue 10)': [
    ['Comments', 'page-element'],
    ['12 Comments', 'page-element'],
    ['Leave a comment', 'page-element'],
    ['Show comments (12)', 'page-element'],
    ['View all comments', 'page-element'],
    ['Join the conversation', 'page-element'],
    ['5 min read', 'page-element'],
    ['Reading time: 4 minutes', 'page-element'],
    ['Listen to this article', 'page-element'],
    ['Follow us on Twitter', 'page-element'],
    ['Follow', 'page-element'],
    ['Gift this article', 'page-element'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'page-element'],
    ['Posted by Jane Doe', 'byline'],
    ['Enable JavaScript to watch this video.', 'page-element'],
  ],
  'cookie and consent banners (EU/UK sites)': [
    ['We use cookies to give you the best online experience.', 'cookie-notice'],
    ['This website uses cookies to improve your experience.', 'cookie-notice'],
    [
      'By continuing to use this site, you consent to our use of cookies and tracking.',
      'cookie-notice',
    ],
    ['Accept all cookies', 'cookie-notice'],
    ['Manage cookie settings', 'cookie-notice'],
    ['We and our partners use cookies to store information on your device.', 'cookie-notice'],
    ['Cookie settings', 'cookie-notice'],
  ],
  'subscription and membership prompts': [
    ['Sign up for our morning newsletter', 'subscription'],
    ['Subscribe to the Daily Briefing email', 'subscription'],
    ['Already a subscriber? Log in', 'subscription'],
    ['Support NPR', 'subscription'],
    ['Become a sustainer', 'subscription'],
    ['Get the BBC News newsletter', 'subscription'],
    ['Subscribe', 'subscription'],
  ],
  'navigation menus and breadcrumbs': [
    ['Home', 'navigation'],
    ['Sport', 'navigation'],
    ['Menu', 'navigation'],
    ['Home › News › World', 'navigation'],
    ['News > Politics', 'navigation'],
    ['Home | News | Sport | Weather', 'navigation'],
    ['World Business Politics Tech', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Back to top', 'navigation'],
  ],
  'share, print and download links': [
    ['Share on Facebook', 'share-links'],
    ['Share this story', 'share-links'],
    ['Print this page', 'share-links'],
    ['Download audio', 'share-links'],
    ['Facebook Twitter Email', 'share-links'],
    ['Copy link', 'share-links'],
    ['Email this article', 'share-links'],
  ],
  'related links': [
    ['Related stories', 'related-links'],
    ['More from NPR', 'related-links'],
    ['More on this story', 'related-links'],
    ['Read more: Inflation falls to 3%', 'related-links'],
    ['You may also like', 'related-links'],
    ['Most read', 'related-links'],
  ],
  'bylines (BBC, CNN, NPR, wires)': [
    ['By Jane Doe, BBC News', 'byline'],
    ['By Jane Doe and John Roe, CNN', 'byline'],
    ['By JANE DOE', 'byline'],
    // A wire's or a script's byline in capitals, the outlet after the comma.
    ['BY JOSH MARTIN, ASSOCIATED PRESS', 'byline'],
    ['BY JANE DOE', 'byline'],
    ['Reporting by Jane Doe; Editing by John Roe', 'byline'],
    ['By Mary Louise Kelly', 'byline'],
    // A live page's entry credits its reporters after the outlet's possessive.
    ['From CNN’s Jane Doe and John Roe', 'byline'],
    ["From CNN's Jane Doe", 'byline'],
  ],
  datelines: [
    ['Published 3 hours ago', 'dateline'],
    ['Updated 12 March 2024', 'dateline'],
    ['March 12, 2024 5:00 AM ET', 'dateline'],
    ['12 March 2024, 10:35 GMT', 'dateline'],
    ['June 15, 2017 16:00 Moscow', 'dateline'],
    ['1:54 P.M. EDT', 'dateline'],
    ['Updated 10:47 AM EDT, Tue March 12, 2024', 'dateline'],
    ['Tuesday, 12 March 2024', 'dateline'],
    ['BBC Radio 4, 08:10, 21 October 2025', 'dateline'],
    ['Madrid, 3 de febrero de 2025', 'dateline'],
    ['12 ноября 2025 года', 'dateline'],
    ['Berlin, 4. März 2025', 'dateline'],
    ['Volume 761: debated on Tuesday 14 October 2025', 'dateline'],
    ['Via Teleconference', 'dateline'],
  ],
  'photo captions and credits': [
    ['Photo: Reuters', 'credit'],
    ['(Getty Images)', 'credit'],
    ['Image source, Getty Images', 'credit'],
    ['Jane Doe/AP', 'credit'],
    ['The source of information is http://en.kremlin.ru/events/president/news/1', 'credit'],
    ['AFP via Getty Images', 'credit'],
    ['Image caption, The minister spoke to reporters in Moscow', 'photo-caption'],
    ['Media caption, Watch: the moment the bridge fell', 'photo-caption'],
    ['Caption: Rescue workers at the scene on Tuesday.', 'photo-caption'],
  ],
  'copyright and terms footers': [
    ['© 2024 NPR', 'copyright'],
    [
      'Copyright 2024 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.',
      'copyright',
    ],
    ['Copyright © 2024 BBC.', 'copyright'],
    ['(c) 2024 Cable News Network', 'copyright'],
    ['Terms of Use', 'terms'],
    ['Privacy Policy', 'terms'],
    ['Terms of Service | Privacy Policy | Cookie Policy', 'terms'],
    [
      'Content and Programming Copyright 2025 Fox News Network, LLC. ALL RIGHTS RESERVED.',
      'copyright',
    ],
  ],
  'the transcription service’s line (sports press conferences, congressional and export services)':
    [
      ['FastScripts Transcript by ASAP Sports', 'disclaimer'],
      ['FastScripts by ASAP Sports', 'disclaimer'],
      ['Transcription by CQ Roll Call', 'disclaimer'],
      ['Transcript by Rev.com', 'disclaimer'],
    ],
  'a minister’s transcript (Australia): its subjects and the authorisation line': [
    ['SUBJECTS: Flood recovery; Budget; Bridge funding.', 'page-element'],
    ['SUBJECTS: Budget', 'page-element'],
    ['Topics: housing, rates, the new bridge', 'page-element'],
    ['Authorised by Jane Parker, Parliament House, Canberra.', 'disclaimer'],
    ['Authorized by Sam Lee, 1 Main Street, Dover.', 'disclaimer'],
    ['Paid for by Smith for Senate.', 'disclaimer'],
  ],
  'transcript disclaimers (NPR, CNN, agencies)': [
    [
      'This transcript was created by a contractor for NPR and may not be in its final form.',
      'disclaimer',
    ],
    [
      'NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form.',
      'disclaimer',
    ],
    [
      'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
      'disclaimer',
    ],
    ['Accuracy and availability may vary.', 'disclaimer'],
    [
      'This record contains the text of speeches delivered in English and of the translation of speeches delivered in other languages.',
      'disclaimer',
    ],
    ['This interview has been edited for length and clarity.', 'disclaimer'],
    ['Transcribed by https://otter.ai', 'disclaimer'],
    [
      'PLEASE NOTE: THIS TRANSCRIPT WAS TYPED FROM A RECORDING AND NOT COPIED FROM AN ORIGINAL SCRIPT.',
      'disclaimer',
    ],
    [
      'This is a rush transcript from "Hannity," October 3, 2025. This copy may not be in its final form.',
      'disclaimer',
    ],
  ],
  'programme credits': [
    ['Heard on All Things Considered', 'programme-credit'],
    ['Heard on Morning Edition', 'programme-credit'],
    ['As heard on BBC Radio 4', 'programme-credit'],
    ['Aired March 12, 2024 - 10:00 ET', 'programme-credit'],
    ['Guests: Alan Brooks, Nia Coleman', 'programme-credit'],
    ['Members: Algeria, Denmark, France, Greece', 'programme-credit'],
  ],
  advertisements: [
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
  ],
  'end marks of wire and broadcast copy': [
    ['ENDS', 'page-element'],
    ['###', 'page-element'],
    ['-30-', 'page-element'],
  ],
  'court transcripts pasted from a PDF (page header, court, section label, case caption)': [
    ['Official - Subject to Final Review', 'page-element'],
    ['IN THE SUPREME COURT OF THE UNITED STATES', 'page-element'],
    ['IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MAINE', 'page-element'],
    ['PROCEEDINGS', 'page-element'],
    ['P R O C E E D I N G S', 'page-element'],
    ['Heritage Reporting Corporation', 'page-element'],
    ['HARLAN COUNTY, KENTUCKY, ET AL., )', 'page-element'],
    ['Petitioners, )', 'page-element'],
    ['v. ) No. 24-512', 'page-element'],
  ],
  'White House transcripts: where it was held and the end mark with its time': [
    ['THE WHITE HOUSE', 'page-element'],
    ['Tags', 'related-links'],
    ['Deutschlandfunk, 14.10.2025', 'dateline'],
    ['BBC Radio 4, 2025-10-14', 'dateline'],
    ['INTERVIEW ENDS', 'page-element'],
    ['Topics:', 'related-links'],
    ['Filed under: Education, Ohio', 'related-links'],
    ['Aboard Air Force One', 'dateline'],
    ['En Route Miami, Florida', 'dateline'],
    ['En Route to Joint Base Andrews', 'dateline'],
    ['END                11:58 A.M. EDT', 'dateline'],
    ['END 3:19 P.M. EDT', 'dateline'],
    ['END 12:40 p.m.', 'dateline'],
  ],
  "an official page's publication block (kremlin.ru, English and Russian)": [
    ['Publication status', 'page-element'],
    ['Published in section: News', 'page-element'],
    ['Published in sections: News, Transcripts', 'page-element'],
    ['Publication date: October 10, 2025, 21:40', 'page-element'],
    ['Direct link: http://en.kremlin.ru/events/president/news/78123', 'page-element'],
    ['Статус материала', 'page-element'],
    ['Опубликован в разделах: Новости, Стенограммы', 'page-element'],
    ['Дата публикации: 10 октября 2025 года, 21:40', 'page-element'],
    ['Ссылка на материал: kremlin.ru/d/78123', 'page-element'],
  ],
  "a cable transcript's time lines between paragraphs (CNN)": [
    ['[22:00:05]', 'dateline'],
    ['[9:04:41]', 'dateline'],
    ['[00:01:23.480]', 'dateline'],
    ['(00:01)', 'dateline'],
  ],
  "a learner-news story's credits and glossary (VOA Learning English)": [
    ['Anna Matteo wrote this story for VOA Learning English.', 'programme-credit'],
    [
      'Anna Matteo wrote this story for VOA Learning English based on reports from Reuters.',
      'programme-credit',
    ],
    ['Dan Friedell adapted this story for VOA Learning English.', 'programme-credit'],
    ['George Grow was the editor.', 'programme-credit'],
    ['Words in This Story', 'page-element'],
    ['reindeer – n. a kind of deer that lives in cold northern areas', 'page-element'],
    ['trap - v. to catch an animal', 'page-element'],
    ['take over – phrasal verb. to get control of something', 'page-element'],
  ],
  "a transcription tool's export header (Otter)": [
    ['SUMMARY KEYWORDS', 'page-element'],
    ['SPEAKERS', 'page-element'],
  ],
  "a public-radio story page's player and header (NPR)": [
    ['4-Minute Listen', 'share-links'],
    ['12-Minute Listen', 'share-links'],
    ['Playlist', 'share-links'],
    ['Hourly News', 'navigation'],
    ['My Playlist', 'navigation'],
    [
      'Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio.',
      'disclaimer',
    ],
  ],
  "a broadcaster's transcript page: the label over the show summary": [
    ['Summary', 'page-element'],
    ['Episode summary', 'page-element'],
  ],
};

/** Real narration and speech that must never become a note. */
const NARRATION = [
  // Counter-cases of the contributor and transcript-control rules.
  "Staff shortages and late amendments contributed to this year's delay, senators said.",
  'Reporters from three papers contributed to the investigation, she said.',
  'Heavy rain contributed to this report of flooding.',
  'I read the full transcript of the hearing.',
  // Counter-cases of the subjects and authorisation lines: a police interview's SUBJECT is a
  // speaker; a sentence that opens so is narration.
  'SUBJECT: I was at home all night.',
  'Authorised by the council, the plan went ahead. Then it failed.',
  // Counter-cases of the transcription service's line.
  'Transcript by the clerk shows the vote was five to four.',
  'By Monday the river had dropped.',
  'BY MONDAY THE RIVER HAD DROPPED.',
  'BY NIGHTFALL',
  'Comments from the mayor were not returned on Friday.',
  'Follow the money, she said.',
  'Leave a comment? No, she left the room without a word.',
  'Our standards are high, the chief constable said.',
  'Join the conversation about housing at the town hall on Monday.',
  '5 minutes later the alarm went off.',
  'Read the comments on the bill before you vote, the chair said.',
  'Posted by hand, the letter arrived on Tuesday.',
  'JavaScript was turned on by default in the new browser, the company said.',
  'Please turn on the lights when you leave, the notice said.',
  'Read the full transcript before you vote, the chair told members.',
  // Court words in a sentence, in its own case; a sentence in brackets; a proceedings of a body.
  'In the Supreme Court of the United States, the case was argued today.',
  'IN THE COURT OF PUBLIC OPINION, HE HAS ALREADY LOST.',
  'IN THE COURT TODAY THE JUDGE SAID NO.',
  'The proceedings were closed to the press.',
  'Proceedings',
  'Summary of the ruling, in brief.',
  'Summary: the judge blocked the rule.',
  'He paid (in cash) )',
  'Official figures are subject to final review by the board.',
  'By late afternoon, the crowd had gone home.',
  'By Tuesday, officials said, the death toll had risen to 15.',
  'By Jane Doe standards, that was a quiet week.',
  'Home prices rose 4 percent last year.',
  'Sport is big business in this town.',
  'The EU cookie law requires websites to ask for consent before tracking visitors.',
  'We use every tool we have to fight inflation.',
  'Share prices fell sharply on Monday.',
  'Print newspapers are losing readers.',
  'Download speeds will double under the plan.',
  'More than 100 people died in the floods.',
  'More on that later.',
  'Related to that, the minister resigned.',
  'Published reports say the deal is close.',
  'Updated figures show unemployment at 3.5 percent.',
  'Photo ID will be required at polling stations.',
  'Copyright law is changing in Europe.',
  'This transcript of events does not match what we saw.',
  'Heard on the street: the market is nervous.',
  'From Monday, prices will rise.',
  'Subscribers will pay more from June.',
  'Sign up for the draft begins on Monday, the Pentagon said.',
  'Support for the bill has collapsed.',
  'Donate blood, the hospital urged residents.',
  'Terms of the deal were not disclosed.',
  'Advertisement revenue fell by a third.',
  'March 12 was the day everything changed.',
  'Thank you.',
  'Good afternoon, everybody.',
  'Q Good afternoon.',
  'World leaders met in Geneva.',
  'Caption contests are popular on the site.',
  'Credit card debt hit a record.',
  'Images of the flood spread quickly online.',
  'News of the deal leaked on Friday.',
  'Live from Washington, this is the news.',
  'Menu prices in restaurants rose again.',
  'Reuters reported the deal first, citing three sources.',
  'The Associated Press called the race at 11 p.m.',
  'MS. JEAN-PIERRE: Good afternoon, everybody.',
  'Tatyana Remezova: Good afternoon, we are live.',
  'Dmitry Borisov:',
  'Sergey Lavrov, Foreign Minister of Russia: "I\'d like to call upon our colleagues."',
  'Russia’s Sovereignty Non-Negotiable! Kuril Islands Aren’t Going Anywhere!',
  'Andrey Grigoriev has the details of the most important statements.',
  'Andrey Grigoriev, Maksim Shchepilov, Andrey Stiforov, and Artyom Kuznetsov for Vesti.',
  'Direct Line with Vladimir Putin • President of Russia',
  'Budget: Statement',
  'Hon. Members: Hear, hear!',
  'Jane Doe 0:01',
  'Guests: we had three of them.',
  'Members: Thank you, Chair.',
  'The source of the leak was never found.',
  'Speaker 1 00:01:23',
  '(10:04 a.m.)',
  '10:30',
  '[00:00:03] Fiona Gray',
  '2.0.0',
  '1002',
  'Updated npm to 9.3.1',
  'recommended in production since it would allow alteration',
  'from JIT-ed code. These functions also come with constraints,',
  'Manage cookies, localStorage, sessionStorage, and browser storage state.',
  'X',
  '“x:',
  '"Share this with everyone," she said',
  'The end.',
  'End of story, she said.',
  // Counter-cases of the White House, official-page, export-header and player rules.
  'End 3:19 P.M. EDT was when it ended.',
  'Aboard the ship, the crew waited.',
  'The White House said no.',
  'Tags on the bags were missing.',
  'Jane Doe 14.10',
  'Interview ends at noon.',
  'Topics like this are hard.',
  'THE WHITE HOUSE SAID NO.',
  'Aboard Air Force One, the president called the governor.',
  'En route to Miami, the president called the governor.',
  'En Route',
  'Publication of the report was delayed.',
  'Published in section: News, the story ran for a week and drew many readers',
  'Direct links between the two cases were never proven.',
  'Speakers at the rally included the mayor.',
  'SPEAKERS AT THE RALLY INCLUDED THE MAYOR.',
  'Summary keywords are generated by the tool.',
  'The playlist ran for three hours.',
  '4-Minute Listen to the lawyer, she said.',
  'My playlist is mostly jazz.',
  'Accuracy and availability of water may vary by district, officials said.',
  '[22:10:12] PHILLIP: Welcome back.',
  '[Applause]',
  '[22:10:12 ET]',
  '[00:01:23] Then the vote.',
  'She wrote this story for her children, the author said.',
  'Reuters reported this story first, citing three officials.',
  'Matteo wrote this story for VOA Learning English? No, she did not!',
  'The editor was George Grow.',
  'Words in this story matter, the teacher said.',
  'trap – the hunters used it for reindeer',
  'N. Korea – v. the world, the headline said',
];

describe('page furniture line classifiers, by convention', () => {
  for (const [convention, cases] of Object.entries(CONVENTIONS)) {
    it(`reads ${convention}`, () => {
      const wrong = cases.filter(([line, reason]) => classifyLine(line) !== reason);
      expect(wrong.map(([line]) => `${line} → ${classifyLine(line)}`)).toEqual([]);
    });
  }

  it('never takes a sentence of narration or speech for furniture', () => {
    const wrong = NARRATION.filter((line) => classifyLine(line) !== null);
    expect(wrong.map((line) => `${line} → ${classifyLine(line)}`)).toEqual([]);
  });

  it('reads the reporter from a byline', () => {
    expect(readByline('By Jane Doe, BBC News')).toBe('Jane Doe');
    expect(readByline('By Jane Doe and John Roe, CNN')).toBe('Jane Doe');
    expect(readByline('By late afternoon, the crowd had gone.')).toBeNull();
    expect(readByline('By Tuesday Morning')).toBeNull();
  });

  it('takes no line of the seed and the corpus for furniture but the time, date and medium lines', () => {
    const files = [SEED, ...corpusFiles()];
    const notes: string[] = [];
    for (const f of files) {
      const text = fixture(f);
      for (const line of text.split('\n')) {
        const reason = classifyLine(line.replace(/\u00a0/g, ' '));
        if (reason) notes.push(`${reason}: ${line.trim()}`);
      }
    }
    expect(notes).toEqual([
      'dateline: 1:54 P.M. EDT',
      'dateline: Via Teleconference',
      'dateline: June 15, 2017 16:00 Moscow',
    ]);
  });

  it('stays linear on a long hostile line', () => {
    for (const ch of [
      'By ',
      '© ',
      'Photo: ',
      'Home › ',
      'a ',
      '(',
      '1 ',
      '!',
      '.',
      'Published ',
      ', ',
    ]) {
      const line = (n: number) => `${ch.repeat(Math.ceil(n / ch.length))}a`;
      expect(doublingRatio(line, classifyLine, 50_000), JSON.stringify(ch)).toBeLessThan(
        LINEAR_BOUND,
      );
      // Up to the longest line a rule reads, ending in a letter (a backtracking trim would grow
      // faster than the line).
      expect(doublingRatio(line, classifyLine, 295), JSON.stringify(ch)).toBeLessThan(LINEAR_BOUND);
    }
  });
});

describe('wire video scripts and tool exports: header and footer lines', () => {
  it('reads each line the convention prints as furniture, with its reason', () => {
    const cases: [string, string][] = [
      ['Slug: Netherlands Dike Repairs', 'page-element'],
      ['Location: Kinderdijk, Netherlands', 'page-element'],
      ['Length: 2:04', 'page-element'],
      ['Restrictions: AP Clients Only', 'page-element'],
      ['Story No: 4566123', 'page-element'],
      ['Broadcast: 14/05/2025', 'dateline'],
      ['UKRAINE-ENERGY/PARLIAMENT', 'page-element'],
      ['KYIV, UKRAINE (MAY 3, 2025) (REUTERS) -', 'dateline'],
      ['SHOWS: KYIV, UKRAINE (MAY 3, 2025) (REUTERS - ACCESS ALL)', 'dateline'],
      ['ASSOCIATED PRESS - AP CLIENTS ONLY', 'credit'],
      ['Kinderdijk, Netherlands - 12 March 2025', 'dateline'],
      ['(Production: Olena Bondar, Pavlo Shevchuk)', 'credit'],
      ['Clients are reminded:', 'disclaimer'],
      ['This editable transcript was computer generated and might contain errors.', 'disclaimer'],
      ['Meeting ended after 00:06:31', 'page-element'],
      ['Automatically convert your audio files to text with Sonix.', 'advertisement'],
      ['Harbour dredging interview - raw.mp3', 'page-element'],
      ['Listen to this Segment', 'navigation'],
      ['Do you have a story tip? Email us.', 'subscription'],
      ['[Congressional Record Volume 171, Number 58 (Tuesday, April 1, 2025)]', 'page-element'],
      ['[Senate]', 'page-element'],
      ['[House]', 'page-element'],
      ['AP-APTN-0930: Chile Wildfire No access Chile 4577201', 'page-element'],
      ['AP-APTN-0930', 'page-element'],
      ['TVN - NO ACCESS CHILE', 'credit'],
      ['Source: TVN', 'page-element'],
    ];
    const wrong = cases.filter(([line, reason]) => classifyLine(line) !== reason);
    expect(wrong.map(([line]) => `${line} → ${classifyLine(line)}`)).toEqual([]);
  });

  it('reads a reporter field as a byline', () => {
    expect(readByline('Reporter: Tom Fraser')).toBe('Tom Fraser');
  });

  it('the same words in a sentence or a story are no furniture', () => {
    for (const line of [
      'Location: the old mill was where we met, she said.',
      'The slug line was wrong in the first edition.',
      'COVID-19',
      'US-CHINA TALKS RESUME IN GENEVA',
      'Kyiv, Ukraine (May 3, 2025) was a cold day.',
      'We listened to the mp3.',
      'The reporter said the meeting ended after 10 minutes.',
      '(Production was halted for two weeks.)',
      '[Senate hearing]',
      'AP-APTN is the old name of the service.',
      'Crews - no access to the valley road yet',
      'Source: officials said the talks would resume.',
      'From Monday’s meeting',
      'From CNN’s team',
      'From Jane’s house we walked to the river.',
    ])
      expect([line, classifyLine(line)]).toEqual([line, null]);
  });
});

describe('a hard-wrapped sentence going on over its lines', () => {
  it('is the sentence’s words, however a line of it opens; short lines are still read', () => {
    const doc = formatTranscript(
      [
        'MAYOR LEE: The council will review the plans for the bridge and',
        'share links to the documents with residents next week, she said.',
        '',
        'Menu',
        'home',
        'news',
        'sport',
      ].join('\n'),
    );
    expect(doc.blocks[0]?.type).toBe('speech');
    expect(doc.blocks[0]?.text).toContain('share links to the documents');
    // A menu's words in lower case, one a line, are still the page's navigation.
    expect(doc.blocks.filter((b) => b.type === 'note').map((b) => b.reason)).toContain(
      'navigation',
    );
  });
});
