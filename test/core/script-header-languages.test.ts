import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

/**
 * A newsroom script's header in the newsroom's own language: the slug alone on the first line in
 * capitals of its alphabet, the reporter's byline under it. Both are the story form (notes), as
 * `BRIDGE CLOSED` / `Reporter: Anna Berg` are in English.
 */
const blocks = (text: string) =>
  formatTranscript(text).blocks.map((b) => [b.type, b.text.slice(0, 24)] as const);

describe('a script header in capitals of any alphabet, with the byline in its language', () => {
  const cases: [string, string][] = [
    [
      'Swedish (SYNK)',
      'BRON STÄNGS\nReporter: Anna Berg\n\nBron över älven stängs i tre månader.\n\nSYNK: Lars Nilsson, kommunalråd\n"Vi har inget val."\n\nSPEAK: Trafiken leds om via hamnen.',
    ],
    [
      'Polish (SETKA)',
      'MOST ZAMKNIĘTY\nAutor: Piotr Nowak\n\nZAPOWIEDŹ: Most na Wiśle zostanie zamknięty na trzy miesiące.\n\nSETKA: Jan Kowalski, prezydent miasta\nNie mamy wyboru.\n\nOFF: Ruch zostanie skierowany przez port.',
    ],
    [
      'Czech (SYNCHRON)',
      'MOST UZAVŘEN\nRedaktor: Petr Novák\n\nMost přes řeku bude tři měsíce uzavřen.\n\nSYNCHRON: Jan Dvořák, primátor\n„Nemáme na výběr."\n\nOFF: Doprava povede přes přístav.',
    ],
    [
      'German (O-TON)',
      'BRÜCKE GESPERRT\nAutorin: Anna Berg\n\nMODERATION: Die Brücke wird drei Monate gesperrt.\n\nO-TON: Lars Nilsson, Bürgermeister\n"Wir haben keine Wahl."\n\nOFF: Der Verkehr wird über den Hafen umgeleitet.',
    ],
    [
      'French (SON)',
      'PONT FERMÉ\nJournaliste : Anna Berg\n\nLANCEMENT : Le pont sera fermé pendant trois mois.\n\nSON : Lars Nilsson, maire\n« Nous n’avons pas le choix. »\n\nOFF : La circulation passera par le port.',
    ],
    [
      'Spanish (TOTAL)',
      'PUENTE CERRADO\nRedactora: Ana Gil\n\nEl puente estará cerrado tres meses.\n\nTOTAL: Luis Romero, alcalde\n"No tenemos opción."\n\nOFF: El tráfico se desviará por el puerto.',
    ],
  ];

  for (const [convention, text] of cases) {
    it(`${convention}: the slug and the byline are the story form, the copy is read`, () => {
      const read = blocks(text);
      expect(read[0]?.[0]).toBe('note');
      expect(read[1]?.[0]).toBe('note');
      expect(read.slice(2).some(([type]) => type === 'note')).toBe(false);
      expect(read.slice(2).some(([type]) => type === 'narration' || type === 'speech')).toBe(true);
      // The byline's name is no speaker of the story.
      const doc = formatTranscript(text);
      const byline = text.split('\n')[1]?.split(/\s*:\s*/)[1] ?? '';
      expect(doc.speakers.some((s) => s.name === byline)).toBe(false);
    });
  }

  it('a slug in Cyrillic capitals over a Russian script is its story form', () => {
    const read = blocks(
      'МОСТ ЗАКРЫТ\n\nВЕДУЩИЙ: Мост через реку закроют на три месяца.\n\nСИНХРОН: Иван Петров, мэр\n"У нас нет выбора."\n\nЗК: Движение пустят через порт.',
    );
    expect(read[0]).toEqual(['note', 'МОСТ ЗАКРЫТ']);
  });

  it('a heading in capitals over a transcript that is no script stays its headline', () => {
    const doc = formatTranscript(
      'CONFÉRENCE DE PRESSE\n\nLE PRÉSIDENT : Mesdames et messieurs, bonjour.\n\nJOURNALISTE : Monsieur le Président, le pont va-t-il rouvrir ?\n\nLE PRÉSIDENT : Oui.',
    );
    expect(doc.blocks[0]?.type).toBe('headline');
    expect(doc.title).toBe('CONFÉRENCE DE PRESSE');
    // `JOURNALISTE :` asking a question is a turn, not a byline.
    expect(doc.blocks.filter((b) => b.type === 'speech')).toHaveLength(3);
  });
});
