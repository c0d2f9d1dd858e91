import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

describe("Telegram Desktop's media placeholders ([Photo], [Voice message])", () => {
  it('are notes (reported), not words of the message; the message keeps its sender', () => {
    const doc = formatTranscript(
      [
        'Oksana Melnyk, [12.03.2024 07:22]',
        '[Photo]',
        'Debris on the roof in Bucha.',
        '',
        'Pete Harlow, [12.03.2024 07:25]',
        '[Sticker] 👍',
        '',
        'Pete Harlow, [12.03.2024 07:26]',
        '[Voice message]',
        '',
        'Kyiv Desk, [12.03.2024 07:40]',
        '[File: shelters-list.pdf]',
        'Updated list of shelters.',
      ].join('\n'),
    );
    const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
    expect(doc.blocks.map((b) => [b.type, b.speaker && names.get(b.speaker), b.text])).toEqual([
      ['note', null, '[Photo]'],
      ['speech', 'Oksana Melnyk', 'Debris on the roof in Bucha.'],
      ['note', null, '[Sticker] 👍'],
      ['note', null, '[Voice message]'],
      ['note', null, '[File: shelters-list.pdf]'],
      ['speech', 'Kyiv Desk', 'Updated list of shelters.'],
    ]);
    const reported = doc.messages.filter((m) => m.ruleId === 'page-furniture').map((m) => m.line);
    expect(reported).toEqual([2, 6, 9, 12]);
  });

  it('outside a Telegram copy a bracketed [Photo] line is left to the other rules', () => {
    const doc = formatTranscript(
      'ANCHOR: The fire spread fast.\n[Photo]\nIt reached the roof by noon.',
    );
    expect(doc.blocks.some((b) => b.type === 'note')).toBe(false);
  });
});
