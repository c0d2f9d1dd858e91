/**
 * Conventions found probing unseen inputs by hand (round 20): question-and-answer marks with a
 * spaced dash on consecutive lines; a parliament's stenogram hard-wrapped inside a tag.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

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
