/**
 * Conventions found probing unseen inputs by hand (round 20): question-and-answer marks with a
 * spaced dash on consecutive lines; a parliament's stenogram hard-wrapped inside a tag.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { parseSrt } from './subtitles-helpers.ts';

const turns = (text: string) => {
  const doc = formatTranscript(text);
  const role = (id: string | null) => doc.speakers.find((s) => s.id === id)?.role ?? null;
  return doc.blocks.map((b) => [b.type, role(b.speaker), b.text]);
};

describe('question and answer marks with a spaced dash, one a line', () => {
  it('English `Q –` / `A –` and Portuguese `P –` / `R –` lines, no blank line between: turns', () => {
    expect(
      turns(
        'Q – What happens now, minister?\nA – We wait for the report. Then we act.\nQ – When will that be?\nA – Next week, we hope.\n',
      ),
    ).toEqual([
      ['speech', 'reporter', 'What happens now, minister?'],
      ['speech', 'answer', 'We wait for the report. Then we act.'],
      ['speech', 'reporter', 'When will that be?'],
      ['speech', 'answer', 'Next week, we hope.'],
    ]);
    expect(
      turns(
        'P - Como o senhor avalia a economia?\nR - Está a crescer. Mais do que esperávamos.\nP - E a inflação?\nR - Está controlada.\n',
      ).map(([, role]) => role),
    ).toEqual(['reporter', 'answer', 'reporter', 'answer']);
  });

  it('COUNTER: a lettered list and a sentence going on after a dash stay as they are', () => {
    expect(
      turns('A – Apples from the orchard.\nB – Pears from the market.\nThe list goes on.\n').map(
        ([type, role]) => [type, role],
      ),
    ).toEqual([
      ['narration', null],
      ['narration', null],
      ['narration', null],
    ]);
    // A wrapped line that opens with a lone capital and a dash after no sentence's end.
    const doc = formatTranscript(
      'JANE DOE: The vote was close, closer than\nA – level results in any year before it.\n',
    );
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('a Rada or Duma stenogram hard-wrapped inside a tag', () => {
  const speakers = (text: string) => {
    const doc = formatTranscript(text);
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    return doc.blocks.map((b) => [name(b.speaker), b.text]);
  };

  it('a surname, its initials and a comma opening a line after a sentence’s end open a turn', () => {
    expect(
      speakers(
        'ГОЛОВУЮЧИЙ. Шановні колеги, переходимо до розгляду законопроекту номер\n9120. Слово надається Железняку Ярославу Івановичу.\nЖЕЛЕЗНЯК Я.І., голова підкомітету Комітету Верховної Ради України з\nпитань фінансів (одномандатний виборчий округ № 45). Дякую, пане\nголовуючий. Прошу підтримати.\nГОЛОВУЮЧИЙ. Дякую.\n',
      ).map(([name]) => name),
    ).toEqual([null, 'Железняк Я.І.', null]);
    const duma = speakers(
      'Председательствующий. Слово предоставляется депутату Жукову.\nЖуков А. Д., фракция «ЕДИНАЯ РОССИЯ», председатель комитета по\nбюджету. Уважаемые коллеги, прошу поддержать законопроект.\nПредседательствующий. Спасибо.\n',
    );
    expect(duma[1]).toEqual(['Жуков А. Д.', 'Уважаемые коллеги, прошу поддержать законопроект.']);
  });

  it('COUNTER: initials and a comma inside a sentence that goes on stay its words', () => {
    const doc = formatTranscript(
      'ГОЛОВУЮЧИЙ. Шановні колеги, слово має народний депутат, якого представляє\nЖелезняк Я.І., голова підкомітету, і він говорить п’ять хвилин.\n',
    );
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('speakers’ names set as markdown headings', () => {
  const named = (text: string) => {
    const doc = formatTranscript(text);
    const name = (id: string | null) => doc.speakers.find((s) => s.id === id)?.name ?? null;
    return doc.blocks.map((b) => [b.type, name(b.speaker), b.text]);
  };

  it('a name heading that comes back over each turn is the speaker’s tag, a guest heard once too', () => {
    expect(
      named(
        '### Jane Doe\nGood evening and welcome.\n\n### John Roe\nThanks for having me.\n\n### Jane Doe\nLet us begin.\n',
      ),
    ).toEqual([
      ['speech', 'Jane Doe', 'Good evening and welcome.'],
      ['speech', 'John Roe', 'Thanks for having me.'],
      ['speech', 'Jane Doe', 'Let us begin.'],
    ]);
    // Under the page's title heading, which stays the title.
    const doc = formatTranscript(
      '# Harbour Road: the interview\n\n## Dana Ruiz\nWhy now?\n\n## Tom Becker\nBecause the buses are late.\n\n## Dana Ruiz\nAnd the shopkeepers?\n',
    );
    expect(doc.blocks[0]?.type).toBe('headline');
    expect(doc.speakers.map((s) => s.name)).toEqual(['Dana Ruiz', 'Tom Becker']);
  });

  it('COUNTER: section headings, each once or a one-word topic twice, stay headings', () => {
    for (const text of [
      '# Budget 2025\n\n## Housing\nThe council will build 400 homes.\n\n## Transport\nBus fares are frozen.\n\n## Housing Costs\nRents rise.\n\n## Transport\nMore buses.\n',
      '# Budget 2025\n\n## Housing Costs\nThe council will build 400 homes.\n\n## Bus Fares\nFares are frozen.\n\n## School Places\nTwo schools grow.\n',
    ]) {
      const doc = formatTranscript(text);
      expect(doc.speakers).toEqual([]);
      expect(doc.blocks.filter((b) => b.type === 'headline').length).toBeGreaterThan(3);
    }
  });
});

describe('a bite under its SOT cue, the speaker’s name before the words without a colon', () => {
  const SCRIPT = (line: string) =>
    `ANCHOR ON CAM\nDockers walked out this morning.\n\n[SOT: MARTA SILVA, UNION REP / TRT :09]\n${line}\n\n[ANCHOR TAG]\nTalks resume on Friday.\n`;

  it('the name in capitals is the tag; the cue’s run time is no part of the name', () => {
    const doc = formatTranscript(SCRIPT('MARTA SILVA We have waited two years for this offer.'));
    const bite = doc.blocks.find((b) => b.text.startsWith('We have waited'));
    expect(bite?.type).toBe('speech');
    expect(doc.speakers.find((s) => s.id === bite?.speaker)?.name).toBe('Marta Silva');
    expect(
      doc.messages.some((m) => m.ruleId === 'speaker-tag' && m.reason.includes('MARTA SILVA')),
    ).toBe(true);
    // The name alone on the line above the words: the same.
    const above = formatTranscript(SCRIPT('MARTA SILVA\nWe have waited two years for this offer.'));
    expect(above.blocks.map((b) => b.text)).not.toContain('MARTA SILVA');
    expect(above.blocks.find((b) => b.text.startsWith('We have'))?.speaker).toBe(bite?.speaker);
    // With the colon, as before.
    const tagged = formatTranscript(
      SCRIPT('MARTA SILVA: We have waited two years for this offer.'),
    );
    expect(tagged.speakers.map((s) => s.name)).toEqual(['Marta Silva']);
  });

  it('COUNTER: the name in title case opening a sentence, or another name, stays the words', () => {
    for (const line of [
      'Marta Silva said the offer was an insult.',
      'JOHN ROE We have waited two years for this offer.',
    ]) {
      const doc = formatTranscript(SCRIPT(line));
      expect(doc.blocks.map((b) => b.text).join(' ')).toContain(line);
    }
  });
});

describe('a reporter’s outlet in brackets after its article', () => {
  it('`JOURNALIST (Le Monde)`, `Q (Der Spiegel)`, `REPORTER (El País)` are reporters of those outlets', () => {
    for (const [line, outlet] of [
      ['JOURNALIST (Le Monde): Will the law pass?', 'Le Monde'],
      ['Q (Der Spiegel): Will the law pass?', 'Der Spiegel'],
      ['REPORTER (El País): Will the law pass?', 'El País'],
      ['Journaliste (Le Figaro) : La loi passera-t-elle ?', 'Le Figaro'],
      ['REPORTER (O Globo): Will the law pass?', 'O Globo'],
    ] as const) {
      const doc = formatTranscript(`${line}\nMINISTER: Yes, this week.\n`);
      const speaker = doc.speakers.find((s) => s.id === doc.blocks[0]?.speaker);
      expect(speaker?.name ?? null, line).toBeNull();
      expect(speaker?.title, line).toBe(outlet);
    }
  });

  it('COUNTER: a role’s holder by name stays the person', () => {
    const doc = formatTranscript(
      'ANCHOR (Maria Lopez): Good evening.\nLOPEZ: We begin with the floods.\n',
    );
    expect(doc.speakers.map((s) => s.name)).toEqual(['Maria Lopez']);
  });
});

describe('SDH captions: a dialogue dash before a speaker’s label in capitals', () => {
  const options = optionsSchema().parse({});
  const CUES =
    '1\n00:00:01,000 --> 00:00:04,000\n-JANE: Hi.\n-TOM: Hello there, how are you?\n\n2\n00:00:04,500 --> 00:00:06,000\nJANE: Fine.\n';

  it('the label names the line and takes none of the cue’s time: the SRT starts at the cue', () => {
    const { document } = produce(CUES, 'json', options, 'srt');
    const name = (id: string | null) => document.speakers.find((s) => s.id === id)?.name;
    expect(document.blocks.map((b) => [name(b.speaker), b.text, b.startMs])).toEqual([
      ['Jane', 'Hi.', 1000],
      ['Tom', 'Hello there, how are you?', expect.any(Number)],
      ['Jane', 'Fine.', 4500],
    ]);
    const srt = parseSrt(String(produce(CUES, 'srt', options, 'srt').rendered?.body));
    expect(srt[0]?.startMs).toBe(1000);
    expect(srt.flatMap((c) => c.lines).join(' ')).not.toContain('JANE');
  });

  it('COUNTER: a dashed line opening with a word and a colon in mixed case keeps its dash', () => {
    const cues =
      '1\n00:00:01,000 --> 00:00:04,000\n- JANE DOE: Here.\n- Note: the bridge is shut.\n';
    const { document } = produce(cues, 'json', options, 'srt');
    const last = document.blocks.at(-1);
    expect(last?.text).toBe('Note: the bridge is shut.');
    expect(last?.speaker).not.toBe(document.blocks[0]?.speaker);
  });
});
