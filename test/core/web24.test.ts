/**
 * Round 24, transcripts copied from web pages: a French Canadian Hansard's tags with a line's
 * trailing blanks (`L'hon. Anne Roy (…): `) and without their colon (`Des voix`, a member's long
 * bracket); a Hansard whose members each speak once, named without a colon (`Mr J M SIBIYA` over
 * the words, South Africa's style).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { blockRows } from '../helpers/documents.ts';

/** Each block as [type, speaker's name or role (a note: its reason), text]. */
const rows = (text: string) => blockRows(formatTranscript(text));
const who = (text: string) => rows(text).map((b) => [b[0], b[1]]);

describe("a French Canadian Hansard's tag alone on its line, with trailing blanks", () => {
  const record = (end: string) =>
    `Le logement\nL'hon. Anne Roy (Laurier—Sainte-Marie, BQ):${end}\nMonsieur le Président, les familles attendent. Quand le ministre va-t-il agir?\nM. Paul Roy (secrétaire parlementaire, Lib.):${end}\nMonsieur le Président, nous avons versé 1,2 milliard.\nL'hon. Anne Roy:${end}\nMonsieur le Président, un milliard annoncé.\n`;
  it.each([' \t', '  ', ''])('GOOD: `L’hon.` stays in the tag (line end %j)', (end) => {
    expect(who(record(end))).toEqual([
      ['headline', null],
      ['speech', "L'hon. Anne Roy"],
      ['speech', 'M. Paul Roy'],
      ['speech', "L'hon. Anne Roy"],
    ]);
  });

  it('BAD: a tag run on after a sentence that ends on a word with an apostrophe is still cut', () => {
    const text =
      "Anne Roy: Il faut agir. Paul Roy: Nous agissons aujourd'hui.\n\nAnne Roy: C'est l'heure. Paul Roy: Oui.\n";
    expect(who(text)).toEqual([
      ['speech', 'Anne Roy'],
      ['speech', 'Paul Roy'],
      ['speech', 'Anne Roy'],
      ['speech', 'Paul Roy'],
    ]);
  });
});

describe("a French Canadian Hansard's tags without their colon", () => {
  it('GOOD: `Des voix` over the words is the members, in a record whose tags keep their colon', () => {
    const text =
      "L'hon. Anne Roy (Laurier—Sainte-Marie, BQ):\nMonsieur le Président, quand le ministre va-t-il agir?\nM. Paul Roy (Lib.):\nMonsieur le Président, nous avons versé 1,2 milliard.\nDes voix\nOh, oh!\nLe Président:\nÀ l'ordre.\n";
    expect(who(text)).toEqual([
      ['speech', "L'hon. Anne Roy"],
      ['speech', 'M. Paul Roy'],
      ['speech', 'hon. members'],
      ['speech', 'président'],
    ]);
  });

  it('GOOD: a member with a long function in brackets, alone on the line, is a tag', () => {
    const text =
      "L'hon. Anne Roy (Laurier—Sainte-Marie, BQ)\nMonsieur le Président, quand le ministre va-t-il agir?\nM. Paul Roy (secrétaire parlementaire du ministre du Logement, Lib.)\nMonsieur le Président, nous avons versé 1,2 milliard de dollars.\nL'hon. Anne Roy\nMonsieur le Président, un milliard annoncé n'est pas un logement.\nM. Paul Roy\nMonsieur le Président, plus de 6 000 logements sont occupés.\n";
    const out = rows(text);
    expect(out.map((b) => b[1])).toEqual([
      "L'hon. Anne Roy",
      'M. Paul Roy',
      "L'hon. Anne Roy",
      'M. Paul Roy',
    ]);
    expect(out[1]?.[2]).toBe('Monsieur le Président, nous avons versé 1,2 milliard de dollars.');
  });

  it('BAD: `Des voix` over words in a text with no record around it is no tag', () => {
    const text =
      'Des voix\nOn les entend encore dans la vallée, disent les habitants du village.\n';
    expect(rows(text).some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe("South Africa's Hansard: names without a colon, each member speaking once", () => {
  it('GOOD: `Mr J M SIBIYA`, `The MINISTER OF …`, `Ms T NKOSI` over their words', () => {
    const text =
      'Mr J M SIBIYA\nMadam Speaker, the Minister has not answered my question about the tankers.\n\nThe MINISTER OF WATER AND SANITATION\nMadam Speaker, the tankers were delivered last week.\n\nMs T NKOSI\nMadam Speaker, will the Minister visit the district this year?\n';
    expect(who(text)).toEqual([
      ['speech', 'Mr J M Sibiya'],
      ['speech', 'minister of water and sanitation'],
      ['speech', 'Ms T Nkosi'],
    ]);
    const d = formatTranscript(text);
    expect(d.speakers.map((s) => s.title)).toContain('Minister of Water and Sanitation');
  });

  it('GOOD: one member named in isiXhosa and in English titles (`Nksz P TSHWETE`, `Ms P TSHWETE`) comes back', () => {
    const text =
      'Nksz P TSHWETE\nSomlomo, amalungu eNdlu yoWiso-mthetho abekekileyo, ndiziva ndinelunda.\n\nThe figures show that women now hold a third of the seats in the House.\n\nHON MEMBERS\nMalibongwe! [Let it be praised!]\n\nMs P TSHWETE\nSouth Africa is one of only three countries with women presiding officers.\n';
    const out = rows(text);
    expect(out.filter((b) => b[0] === 'speech').map((b) => b[1])).toEqual([
      'Nksz P Tshwete',
      'Nksz P Tshwete',
      'hon. members',
      'Nksz P Tshwete',
    ]);
  });

  it("BAD: a story's topic lines in capitals after `The` are no tags", () => {
    const text =
      'The ECONOMY\nGrowth slowed to one percent in the third quarter, the statistics office said.\n\nThe WEATHER\nHeavy rain is expected across the coast for the rest of the week.\n\nThe ELECTION\nVoters go to the polls in the spring, the commission said.\n';
    expect(rows(text).some((b) => b[0] === 'speech')).toBe(false);
  });
});

describe("the Assemblée nationale's compte rendu: the subject lines between turns", () => {
  const TURNS =
    "Mme la présidente. La parole est à M. Paul Girard.\n\nM. Paul Girard. Madame la ministre, le prix de l'électricité augmente encore.\n\nM. le ministre délégué. Nous y travaillons.\n\n";
  it('GOOD: an agenda item numbered as the page numbers it, and two subject lines one under another', () => {
    const text = `Mme la présidente. La séance est ouverte.\n\n1. Questions au Gouvernement\n\n${TURNS}2. Projet de loi de finances pour 2027\n\nDiscussion générale\n\nMme la présidente. La parole est à M. le ministre.\n\nM. le ministre. Merci, madame la présidente.\n\nMme la présidente. La parole est à Mme Claire Morel.\n`;
    const out = rows(text);
    for (const heading of [
      '1. Questions au Gouvernement',
      '2. Projet de loi de finances pour 2027',
      'Discussion générale',
    ])
      expect(out.find((b) => b[2] === heading)?.[0]).toBe('headline');
    expect(out.filter((b) => b[0] === 'speech')).toHaveLength(7);
  });

  it('GOOD: copied with no blank line, each subject line stands over the tag under it', () => {
    const text =
      "Mme la présidente. La séance est ouverte.\n1. Questions au Gouvernement\nMme la présidente. L'ordre du jour appelle les questions au Gouvernement.\nPolitique énergétique\nM. Olivier Marleix. Madame la Première ministre, que comptez-vous faire ?\nMme la présidente. La parole est à Mme la ministre.\nMme Claire Morel, ministre de la transition énergétique. Nous avons agi.\n2. Projet de loi de finances pour 2027\nDiscussion générale\nMme la présidente. La parole est à M. Paul Girard.\nM. Paul Girard. Le prix de l'électricité augmente encore.\n";
    expect(rows(text).map((b) => [b[0], b[1], String(b[2]).slice(0, 24)])).toEqual([
      ['speech', 'president', 'La séance est ouverte.'],
      ['headline', null, '1. Questions au Gouverne'],
      ['speech', 'president', 'L’ordre du jour appelle '],
      ['headline', null, 'Politique énergétique'],
      ['speech', 'M. Olivier Marleix', 'Madame la Première minis'],
      ['speech', 'president', 'La parole est à Mme la m'],
      ['speech', 'Mme Claire Morel', 'Nous avons agi.'],
      ['headline', null, '2. Projet de loi de fina'],
      ['headline', null, 'Discussion générale'],
      ['speech', 'president', 'La parole est à M. Paul '],
      ['speech', 'M. Paul Girard', 'Le prix de l’électricité'],
    ]);
  });

  it("BAD: a member's numbered sentence after a turn stays the member's words", () => {
    const text = `${TURNS}1. Nous baisserons les impôts.\n\nMme la présidente. La parole est à M. Paul Girard.\n`;
    const out = rows(text);
    expect(out.find((b) => String(b[2]).startsWith('1. Nous'))?.slice(0, 2)).toEqual([
      'speech',
      'ministre délégué',
    ]);
  });

  it('BAD: a line of prose over `M. Dupont. Il …` with no record around it stays one paragraph', () => {
    const text =
      'Le maire a rencontré hier\nM. Dupont. Il est parti sans rien dire à personne, selon son entourage.\n';
    expect(rows(text)).toHaveLength(1);
  });
});

describe("a transcript page's headline run into its summary (no blank line between them)", () => {
  const TURNS =
    '\n\nDW: Minister, how bad is the damage to the grid this week?\n\nOlena Marchuk: It is serious. We lost a third of our capacity.\n\nDW: Will people in Kyiv have heating?\n\nOlena Marchuk: Yes. We have reserves.\n';
  it('GOOD: DW, a headline quoting its subject over the summary: the title, the summary a note', () => {
    const text = `Marchuk: 'We will get through the winter'\nUkraine's energy minister Olena Marchuk tells DW that the grid is holding despite the strikes.${TURNS}`;
    const d = formatTranscript(text);
    expect(d.title).toBe('Marchuk: ‘We will get through the winter’');
    expect(blockRows(d).map((b) => b.slice(0, 2))).toEqual([
      ['headline', null],
      ['note', 'page-element'],
      ['speech', 'DW'],
      ['speech', 'Olena Marchuk'],
      ['speech', 'DW'],
      ['speech', 'Olena Marchuk'],
    ]);
  });

  it('GOOD: C-SPAN, a programme page’s title and description over the tagged transcript', () => {
    const text =
      'Senator Maria Lopez on Farm Bill Negotiations\nSenator Maria Lopez (D-NM) talked about the farm bill negotiations and the prospects for a vote before the recess.\nMARIA LOPEZ: Good morning. Thanks for having me.\nHOST: Senator, where do the talks stand?\nMARIA LOPEZ: We are close.\n';
    const d = formatTranscript(text);
    expect(d.title).toBe('Senator Maria Lopez on Farm Bill Negotiations');
    expect(blockRows(d).map((b) => b.slice(0, 2))).toEqual([
      ['headline', null],
      ['note', 'page-element'],
      ['speech', 'Maria Lopez'],
      ['speech', 'host'],
      ['speech', 'Maria Lopez'],
    ]);
  });

  it("GOOD: DW's author under the story's kind, a summary between the headline and them, is the byline", () => {
    const text = `Marchuk: 'We will get through the winter'\n\nUkraine's energy minister tells DW that the grid is holding.\n\nInterview\n\nTom Baker\n\n11/20/202611/20/2026${TURNS}`;
    const d = formatTranscript(text);
    expect(d.reporter).toBe('Tom Baker');
    expect(
      blockRows(d)
        .find((b) => b[2] === 'Tom Baker')
        ?.slice(0, 2),
    ).toEqual(['note', 'byline']);
  });

  it('BAD: a story with no turns keeps its first paragraph as written', () => {
    const text =
      'Floods close the coast road\nHeavy rain closed the coast road on Tuesday, police said.\n\nCrews expect to reopen it by Friday.\n';
    expect(rows(text).some((b) => b[0] === 'note')).toBe(false);
  });

  it('BAD: a first line the next goes on with (a wrapped sentence) is no title over a summary', () => {
    const text =
      'The council said on Monday that the new bridge over the\nriver will open in the spring, two years later than planned.\n\nJANE DOE: We waited long enough.\n\nTOM LEE: It will be worth it.\n';
    expect(rows(text).some((b) => b[0] === 'note')).toBe(false);
  });
});

describe("a press conference page's turns one a line, of one width, with headings between them", () => {
  it("GOOD: Japan's Kantei: `Question and Answer` between the statement and the questions is a heading", () => {
    const text =
      'Opening Statement\nPRIME MINISTER TANAKA: Today the Cabinet approved the supplementary budget.\nQuestion and Answer\nMODERATOR: We will now take questions. Please state your name and affiliation.\nREPORTER: Nakamura from NHK. Prime Minister, when will the bill be submitted?\nPRIME MINISTER TANAKA: We will submit it to the Diet next week.\nMODERATOR: This concludes the press conference.\n';
    const out = rows(text);
    expect(out.find((b) => b[2] === 'Question and Answer')?.[0]).toBe('headline');
    expect(out.find((b) => b[1] === 'Tanaka')?.[2]).toBe(
      'Today the Cabinet approved the supplementary budget.',
    );
  });

  it('BAD: a hard-wrapped paragraph with sentences ending at some line ends stays one paragraph', () => {
    const text =
      'The council met on Monday to discuss the bridge. Officials said the work\nwould take two years. Residents asked why it had taken so long to start.\nThe mayor said the money came late. She promised to publish the full cost.\nA vote on the contract is expected at the next meeting of the council.\nIt will be held in March.\n';
    expect(rows(text)).toHaveLength(1);
  });
});

describe('page furniture and headings of pages copied with no blank line', () => {
  it("GOOD: PBS NewsHour's menu with its `Live` item among the others: no menu words as the story's first paragraph", () => {
    const text =
      'PBS NewsHour\nMenu\nPolitics\nArts\nNation\nWorld\nEconomy\nPodcasts\nLive\nFull Episodes\nWatch\nNation\nNov 20, 2026 6:45 PM EDT\nWhy rural hospitals are closing their maternity wards\nAmna Nawaz:\nMore than a hundred rural hospitals have stopped delivering babies.\nTom Baker:\nThe nearest maternity ward is now ninety minutes away.\n';
    const d = formatTranscript(text);
    expect(d.title).toBe('Why rural hospitals are closing their maternity wards');
    expect(
      blockRows(d)
        .find((b) => b[2] === 'Full Episodes')
        ?.slice(0, 2),
    ).toEqual(['note', 'navigation']);
  });

  it('BAD: `Live` over a sentence is no menu item when no menu is around it', () => {
    const text = 'Live\nThe council will vote on the budget tonight, officials said.\n';
    expect(rows(text).some((b) => b[1] === 'navigation')).toBe(false);
  });

  it("GOOD: a UN noon briefing's `**` heading over its paragraph, no blank line between", () => {
    const text =
      '**Sudan\nOur humanitarian colleagues tell us that fighting continues in North Darfur.\n**Questions and Answers\nSpokesman: Edie?\nQuestion: Has the Secretary-General spoken to either side?\nSpokesman: He has been in touch with leaders in the region.\n';
    const out = rows(text);
    expect(out.slice(0, 3).map((b) => [b[0], b[2]])).toEqual([
      ['headline', 'Sudan'],
      ['narration', 'Our humanitarian colleagues tell us that fighting continues in North Darfur.'],
      ['headline', 'Questions and Answers'],
    ]);
  });

  it('BAD: bold words closed on their line, or a sentence in bold, stay in their paragraph', () => {
    const text = 'The spokesman said:\n**We condemn the attack.**\nHe gave no details.\n';
    expect(rows(text).some((b) => b[0] === 'headline')).toBe(false);
  });
});

describe("a government page's date and place line under the transcript's title", () => {
  it.each([
    'Montag, 23. November 2026 in Berlin',
    'Lundi 23 novembre 2026 à Paris',
    'Donnerstag, 26. November 2026 in Frankfurt am Main',
  ])('GOOD: `%s` is a dateline', (line) => {
    const text = `Mitschrift der Pressekonferenz von Bundeskanzler Weber\n${line}\nBK Weber: Meine Damen und Herren, ich freue mich.\nFrage: Wann kommt die Einigung?\nBK Weber: Bald.\n`;
    expect(
      rows(text)
        .find((b) => b[2] === line)
        ?.slice(0, 2),
    ).toEqual(['note', 'dateline']);
  });

  it('BAD: a sentence opening with the date and place stays narration', () => {
    const text =
      'Montag, 23. November 2026 in Berlin begann der Gipfel mit einer Rede.\n\nDie Delegationen trafen am Abend ein.\n';
    expect(rows(text).some((b) => b[0] === 'note')).toBe(false);
  });
});
