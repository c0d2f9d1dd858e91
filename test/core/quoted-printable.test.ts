/**
 * A transcript copied from an e-mail's source, still in the mail's quoted-printable encoding:
 * soft line breaks (`…to cov=` / `er tonight`) are joined and `=XX` bytes decoded (UTF-8, else
 * Windows-1252), so the words read as sent and every line points back at the input.
 */
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { quotedPrintableText } from '../../src/ingest/quoted-printable.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const read = (input: string) => prepare(input, optionsSchema().parse({}), detectInputFormat(input));

describe('quoted-printable text', () => {
  it('joins soft breaks and decodes UTF-8 bytes, blocks on their source lines', () => {
    const input = [
      'JANE DOE: Good evening and welcome to the program. We have a lot to cov=',
      'er tonight, starting with the floods.',
      '',
      'TOM BECKER: It=E2=80=99s good to be here, Jane. The river rose by three me=',
      'tres overnight =E2=80=94 a record.',
      '',
      'JANE DOE: Let=E2=80=99s start there.',
    ].join('\n');
    const doc = read(input);
    expect(doc.blocks.map((b) => [b.line, b.text])).toEqual([
      [
        1,
        'Good evening and welcome to the program. We have a lot to cover tonight, starting with the floods.',
      ],
      [4, 'It’s good to be here, Jane. The river rose by three metres overnight — a record.'],
      [7, 'Let’s start there.'],
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'quoted-printable')).toBe(true);
  });

  it('reads a mail that declares it, its bytes Windows-1252 when they are no UTF-8', () => {
    const got = quotedPrintableText(
      [
        'Content-Type: text/plain; charset="windows-1252"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'ANCHOR: The mayor=92s office said the road reopens on Monday.',
      ].join('\r\n'),
    );
    expect(got?.text.split('\n').at(-1)).toBe(
      'ANCHOR: The mayor’s office said the road reopens on Monday.',
    );
  });

  it('COUNTER: equals signs of ordinary text, and a heading’s rule, are read as written', () => {
    expect(quotedPrintableText('The formula E=mc2 and a = b were on the board.')).toBeNull();
    expect(quotedPrintableText('Flood report\n============\n\nThe river rose.')).toBeNull();
    expect(quotedPrintableText('Scores: A=10, B=20.\nTotals: C=30.')).toBeNull();
  });
});
