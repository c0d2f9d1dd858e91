/**
 * Labels of research interviews and speech-to-text exports: `I:` / `R:` (the respondent, not a
 * briefing's answer), `INT:` / `RES:`, and a numbered voice written in lower case (`speaker 1:`).
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const roles = (text: string) => formatTranscript(text).speakers.map((s) => s.role ?? s.name);

describe('a research interview’s labels', () => {
  it('I: and R: are the interviewer and the respondent', () => {
    expect(
      roles(
        'I: So tell me how it started.\n\nR: Well, it started in the spring.\n\nI: And what did you do?\n\nR: We called the council.',
      ),
    ).toEqual(['interviewer', 'respondent']);
  });

  it('R: after Respondent: is the same voice', () => {
    const doc = formatTranscript(
      'Interviewer: So tell me how it started.\n\nRespondent: In the spring.\n\nI: Three weeks?\n\nR: Three weeks.',
    );
    expect(doc.speakers.map((s) => s.role)).toEqual(['interviewer', 'respondent']);
    expect(new Set(doc.blocks.map((b) => b.speaker)).size).toBe(2);
  });

  it('INT: and RES: abbreviate the two', () => {
    expect(
      roles(
        'INT: So tell me how it started.\nRES: Well, it started in the spring.\nINT: And what did you do?\nRES: We called the council.',
      ),
    ).toEqual(['interviewer', 'respondent']);
  });

  it('COUNTER: a Spanish briefing’s P.- / R.- stay the reporter and the answer', () => {
    expect(
      roles(
        'P.- Presidente, ¿habrá elecciones?\n\nR.- No. El Gobierno seguirá trabajando.\n\nP.- ¿Y el presupuesto?\n\nR.- Lo presentaremos en marzo.',
      ),
    ).toEqual(['reporter', 'answer']);
  });
});

describe('a numbered voice in lower case', () => {
  it('speaker 1: is Speaker 1, with capitals in the words or none', () => {
    for (const text of [
      'speaker 1: Good evening and welcome.\nspeaker 2: Thanks for having me.\nspeaker 1: How many homes?',
      'speaker 1: good evening and welcome to the program\nspeaker 2: thanks for having me\nspeaker 1: how many homes',
    ]) {
      const doc = formatTranscript(text);
      expect(doc.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
      expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
      expect(doc.blocks.some((b) => b.text.startsWith('speaker'))).toBe(false);
    }
  });
});

describe('a part in lower case in brackets after the name', () => {
  const show = (tag: string, other = 'Tom Becker') =>
    `${tag}: Good evening and welcome to the show.\n\n${other}: Thanks for having me.\n\n${tag}: Let us start with the floods.`;

  it('is the speaker’s title (host, guest, moderator, interpreter)', () => {
    for (const part of ['host', 'guest', 'moderator', 'interpreter', 'co-host', 'panelist']) {
      const doc = formatTranscript(show(`Jane Doe (${part})`));
      expect(doc.speakers.map((s) => [s.name, s.title])).toEqual([
        ['Jane Doe', part],
        ['Tom Becker', null],
      ]);
      expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech']);
    }
  });

  it('both voices of a podcast, one with a comma', () => {
    const doc = formatTranscript(show('Jane Doe (host)', 'Tom Becker, guest'));
    expect(doc.speakers.map((s) => s.title)).toEqual(['host', 'guest']);
  });

  it('COUNTER: a delivery in lower case stays a delivery, no title', () => {
    const doc = formatTranscript(show('Jane Doe (laughs)'));
    expect(doc.speakers[0]?.title).toBeNull();
  });
});

describe('a role word alone over its words', () => {
  it('New Zealand’s post-Cabinet `Media` over the question is the reporter, no menu item', () => {
    const doc = formatTranscript(
      [
        'PM',
        'Good afternoon. Today I want to update you on the cyclone recovery.',
        '',
        'Media',
        'Prime Minister, how much of that is new money?',
        '',
        'PM',
        'All of it is new money, on top of the Budget.',
        '',
        'Media',
        'Will you rule out a new levy to pay for it?',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['speech', 'speech', 'speech', 'speech']);
    expect(doc.speakers.map((s) => s.role ?? s.name)).toEqual(['PM', 'reporter']);
  });

  it('COUNTER: `Media` in a page’s menu stays navigation', () => {
    const doc = formatTranscript(
      'Home\nMedia\nSpeeches\n\nPrime Minister announces cyclone funding\n\nThe Prime Minister today announced new funding for roads.',
    );
    expect(doc.blocks.some((b) => b.type === 'speech')).toBe(false);
    expect(doc.blocks.find((b) => b.text.includes('Media'))?.type).toBe('note');
  });
});

describe('a role word after its article', () => {
  it('French, Spanish, Italian and German tags with the article are the role', () => {
    const cases: [string, string[]][] = [
      [
        'Le journaliste : Madame la maire, quand le pont rouvrira-t-il ?\nLa maire : En mars.\nLe journaliste : Et le coût ?',
        ['reporter'],
      ],
      [
        "L'animateur : Bonsoir et bienvenue.\nLa journaliste : Merci.\nL'animateur : Commençons.",
        ['host', 'reporter'],
      ],
      [
        'El periodista: Buenas noches.\nLa alcaldesa: Gracias.\nEl periodista: ¿Y el coste?',
        ['reporter'],
      ],
      ['Il giornalista: Buonasera.\nLa sindaca: Grazie.\nIl giornalista: E i costi?', ['reporter']],
      [
        'Die Moderatorin: Guten Abend.\nSchulz: Danke.\nDie Moderatorin: Und die Kosten?',
        ['moderator'],
      ],
    ];
    for (const [text, expected] of cases) {
      const doc = formatTranscript(text);
      expect(
        doc.blocks.map((b) => b.type),
        text,
      ).toEqual(['speech', 'speech', 'speech']);
      const roles = doc.speakers.map((s) => s.role);
      for (const role of expected) expect(roles, text).toContain(role);
      expect(doc.blocks.some((b) => b.text.includes(' : ') || b.text.includes(': '))).toBe(false);
    }
  });
});

describe('reporters by their outlets', () => {
  const briefing = [
    'MAYOR ELENA RUIZ: Good morning, everyone. A quick update on the water main break.',
    'REPORTER (KTVU): Mayor, how many households were affected?',
    'MAYOR RUIZ: About 1,200.',
    'REPORTER (SF CHRONICLE): Will the city compensate businesses?',
    'MAYOR RUIZ: We are looking at that.',
    'REPORTER (KTVU): And the repairs?',
    'Reporter (off mic): When?',
  ].join('\n\n');

  it('each outlet is a reporter of its own, the outlet the title, never a name', () => {
    const doc = formatTranscript(briefing);
    const reporters = doc.speakers.filter((s) => s.role === 'reporter');
    expect(reporters.map((s) => [s.name, s.title])).toEqual([
      [null, 'KTVU'],
      [null, 'SF CHRONICLE'],
      [null, null],
    ]);
    const ktvu = reporters[0]?.id;
    expect(doc.blocks.filter((b) => b.speaker === ktvu).map((b) => b.text)).toEqual([
      'Mayor, how many households were affected?',
      'And the repairs?',
    ]);
  });

  it('a question off the microphone is the reporter’s, delivered off mic', () => {
    const doc = formatTranscript(briefing);
    const last = doc.blocks.at(-1);
    expect(last?.text).toBe('When?');
    expect(last?.delivery).toBe('off-mic');
  });
});

describe('a journalist named with the outlet in brackets', () => {
  it('is that journalist, the outlet the title', () => {
    const doc = formatTranscript(
      'PRIME MINISTER: Good afternoon.\n\nJane Doe (Reuters): Prime Minister, will you resign?\n\nPRIME MINISTER: No.\n\nTom Becker (BBC): And the budget?',
    );
    expect(doc.speakers.map((s) => [s.name, s.title])).toEqual([
      [null, 'Prime Minister'],
      ['Jane Doe', 'Reuters'],
      ['Tom Becker', 'BBC'],
    ]);
  });

  it('COUNTER: a dateline’s place in capitals with its agency is no speaker', () => {
    const doc = formatTranscript(
      'NEW YORK (AP): Stocks fell sharply on Monday as investors weighed the latest inflation data.',
    );
    expect(doc.speakers).toEqual([]);
  });
});

describe('a bite’s cue before its speaker’s tag on one line', () => {
  it('SOT: JANE DOE: is Jane Doe’s bite, no speaker named Sot', () => {
    const doc = formatTranscript(
      'ANCHOR: Good evening.\n\nSOT: JANE DOE: The river rose overnight.\n\nANCHOR: More after the break.',
    );
    expect(doc.speakers.map((s) => s.name ?? s.role)).toEqual(['anchor', 'Jane Doe']);
    const bite = doc.blocks[1];
    expect(bite?.text).toBe('The river rose overnight.');
    expect(bite?.delivery).toBe('sot');
  });

  it('COUNTER: a person named Sot in ordinary case keeps the name', () => {
    const doc = formatTranscript('Sot Khem: Thank you.\n\nJANE DOE: Welcome.');
    expect(doc.speakers[0]?.name).toBe('Sot Khem');
  });
});
