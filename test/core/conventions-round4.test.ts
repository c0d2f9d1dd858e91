/**
 * A fourth round of conventions nobody had pasted yet: WhatsApp's "Export chat" text (iPhone and
 * Android), … Each rule with counter-cases in ordinary prose of other conventions.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';
import { chatExportStamp, parseTag } from '../../src/core/tags.ts';

function speechOf(doc: ScriptDocument): [string | null | undefined, string, number | null][] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.title]));
  return doc.blocks
    .filter((b) => b.type === 'speech')
    .map((b) => [byId.get(b.speaker ?? ''), b.text, b.timestampMs]);
}
function notesOf(doc: ScriptDocument): string[] {
  return doc.blocks.filter((b) => b.type === 'note').map((b) => b.text);
}
const at = (h: number, m: number, s = 0) => ((h * 60 + m) * 60 + s) * 1000;

describe('WhatsApp chat exports', () => {
  it('GOOD: iPhone export: each message a turn of its sender at its time of day; the app’s lines are notes', () => {
    const doc = formatTranscript(
      [
        '[04/11/2025, 07:58:10] Fire Desk: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
        '[04/11/2025, 08:01:33] Aisha Bello: Crews still on the A40 slip road.',
        'Two lanes shut eastbound.',
        '[04/11/2025, 08:02:05] Aisha Bello: \u200eimage omitted',
        '\u200e[04/11/2025, 08:03:40] Gareth Lyle added Mo Chen',
        '[04/11/2025, 08:04:12] Mo Chen: On my way with the drone',
      ].join('\n'),
    );
    expect(speechOf(doc)).toEqual([
      ['Aisha Bello', 'Crews still on the A40 slip road. Two lanes shut eastbound.', at(8, 1, 33)],
      ['Mo Chen', 'On my way with the drone', at(8, 4, 12)],
    ]);
    expect(notesOf(doc)).toHaveLength(3);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Aisha Bello', 'Mo Chen']);
    // The day and time as stamped are kept in the time-anchor message.
    expect(
      doc.messages.some((m) => m.ruleId === 'time-anchor' && m.actual === '04/11/2025, 08:01:33'),
    ).toBe(true);
  });

  it('GOOD: Android export in 24-hour and 12-hour clocks, a phone number and a ~ pushname as senders', () => {
    const doc = formatTranscript(
      [
        '11/4/25, 9:14 PM - Messages and calls are end-to-end encrypted. Tap to learn more.',
        '11/4/25, 9:15 PM - Dee Park: Vote moved to Thursday',
        '11/4/25, 9:15 PM - Dee Park: <Media omitted>',
        '11/4/25, 9:20 PM - +1 415 555 0142: who is covering?',
        '11/4/25, 9:21 PM - ~ Sol: I can',
        '11/4/25, 9:22 PM - Dee Park: This message was deleted',
      ].join('\n'),
    );
    expect(speechOf(doc)).toEqual([
      ['Dee Park', 'Vote moved to Thursday', at(21, 15)],
      ['+1 415 555 0142', 'who is covering?', at(21, 20)],
      ['Sol', 'I can', at(21, 21)],
    ]);
    expect(notesOf(doc)).toHaveLength(3);
    const german = parseTag('04.11.25, 21:15 - Dee Park: Abstimmung am Donnerstag');
    expect(german?.tag.name).toBe('Dee Park');
    expect(german?.tag.timestampMs).toBe(at(21, 15));
    expect(german?.rest).toBe('Abstimmung am Donnerstag');
  });

  it('BAD: a date and time in prose, a schedule, a system line and a lower-case clause are no sender', () => {
    // A live blog's entry: the words after the stamp are a sentence, not a contact's name.
    expect(parseTag('12/03/2024, 14:05 - police said the road: closed')).toBeNull();
    expect(parseTag('12/03/2024, 14:05 - Tom Reed added Sam Okafor')).toBeNull();
    // No separator after the time, or a bracket that does not close: no stamp.
    expect(chatExportStamp('12/03/2024, 14:05 the council met')).toBeNull();
    expect(chatExportStamp('[12/03/2024, 14:05 - Jane: hi')).toBeNull();
    expect(chatExportStamp('12/03/2024, 25:05 - Jane: hi')).toBeNull();
    expect(chatExportStamp('3/12/24, 13:05 PM - Jane: hi')).toBeNull();
    // A single stamped line is no chat: its words are not made a note.
    const one = formatTranscript(
      '12/03/2024, 14:05 - This message was deleted\n\nThe mayor spoke.',
    );
    expect(notesOf(one)).toEqual([]);
    // Prose that mentions a deleted message or omitted media is text.
    const prose = formatTranscript(
      'PRIYA: The image omitted from the report was the key.\n\nTOM: This message was deleted by the sender, she said.',
    );
    expect(notesOf(prose)).toEqual([]);
  });
});
