/**
 * A record's or a briefing's times of day after its tags (Australia's Hansard: `Mr ALBANESE
 * (Grayndler—Prime Minister) (14:01):`) are hours and minutes, not a video's minutes and seconds:
 * the words between them say so, and the subtitles and the document's anchors follow the clock.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const SPEECH = [
  'The government has been clear about the support households need through this period.',
  'We have delivered energy bill relief to millions of families across the country this year.',
  'We have cut the cost of medicines and made child care cheaper for working parents.',
  'We have strengthened wages growth, which is now running ahead of inflation again.',
  'And we will keep working to bring down the cost of living without adding to inflation.',
  'That is the responsible approach, and it is the approach this government will take.',
].join(' ');

const record = (times: string[]) =>
  [
    `Mr ALBANESE (Grayndler—Prime Minister) (${times[0]}): ${SPEECH}`,
    `Mr DUTTON (Dickson—Leader of the Opposition) (${times[1]}): My question is to the Prime Minister. ${SPEECH.replace('government', 'opposition')}`,
    `Mr ALBANESE (Grayndler—Prime Minister) (${times[2]}): I thank the member for his question. ${SPEECH.replace('clear', 'very clear')}`,
  ].join('\n\n');

describe('times of day after the tags', () => {
  it('are read as hours and minutes when the words between them need minutes', () => {
    const doc = formatTranscript(record(['14:01', '14:04', '14:08']));
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([
      (14 * 60 + 1) * 60_000,
      (14 * 60 + 4) * 60_000,
      (14 * 60 + 8) * 60_000,
    ]);
    expect(doc.messages.some((m) => m.ruleId === 'clock-anchors')).toBe(true);
  });

  it('COUNTER: a video’s minutes and seconds at speaking pace stay minutes and seconds', () => {
    const doc = formatTranscript(record(['0:05', '0:45', '1:30']));
    expect(doc.blocks.map((b) => b.timestampMs)).toEqual([5000, 45_000, 90_000]);
    expect(doc.messages.some((m) => m.ruleId === 'clock-anchors')).toBe(false);
  });

  it('COUNTER: times written with hours are never read again', () => {
    const doc = formatTranscript(record(['00:14:01', '00:14:04', '00:14:08']));
    expect(doc.blocks[0]?.timestampMs).toBe(14 * 60_000 + 1000);
  });
});
