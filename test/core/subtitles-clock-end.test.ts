import { validator as srtValidator } from 'srt-validator';
import { describe, expect, it } from 'vitest';
import { detectInputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { produce } from '../../src/produce.ts';
import { fixture } from '../helpers/fixtures.ts';

const options = optionsSchema().parse({});

function srt(input: string) {
  const result = produce(input, 'srt', options, detectInputFormat(input));
  const body = String(result.rendered?.body ?? '');
  const shifted = result.document.messages.filter((m) => m.ruleId === 'clock-shifted');
  return { body, shifted, starts: [...body.matchAll(/^(\S+) --> /gm)].map((m) => m[1]) };
}

describe('times past 99:59:59.999, the last time SRT and WebVTT can write', () => {
  it('a mission’s elapsed time (Apollo 11, day 4) is written whole hours earlier, every cue valid', () => {
    // The real air-to-ground transcript: its stamps are days, hours, minutes, seconds.
    const { body, shifted, starts } = srt(fixture('eval/nasa-apollo-air-to-ground-table.txt'));
    expect(srtValidator(body)).toEqual([]);
    expect(new Set(starts).size).toBe(starts.length);
    // 04 06 45 52 is 102:45:52: written 102 hours earlier.
    expect(starts).toContain('00:45:52,000');
    expect(starts.some((s) => s?.startsWith('99:59:59'))).toBe(false);
    expect(shifted).toHaveLength(1);
    expect(shifted[0]?.severity).toBe('warning');
    expect(shifted[0]?.reason).toContain('102 hours earlier');
    expect(shifted[0]?.reason).toContain('102:45:52.000 is 00:45:52.000');
    const vtt = String(
      produce(fixture('eval/nasa-apollo-air-to-ground-table.txt'), 'vtt', options).rendered?.body,
    );
    expect(vtt).toContain('00:45:52.000 --> ');
    expect(vtt).not.toContain('99:59:59.999');
  });

  it('an SRT whose cues are past the hundredth hour keeps their spacing', () => {
    const input =
      '1\n100:00:01,000 --> 100:00:03,000\nGood evening from the launch site.\n\n2\n100:00:04,000 --> 100:00:06,500\nThe countdown is holding at nine minutes.\n';
    const { body, shifted, starts } = srt(input);
    expect(srtValidator(body)).toEqual([]);
    expect(starts).toEqual(['00:00:01,000', '00:00:04,000']);
    expect(shifted[0]?.reason).toContain('100 hours earlier');
  });

  it('times spanning more than the clock itself (a tick rate lost) are timed by reading speed', () => {
    const ttml = `<?xml version="1.0"?>
<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en"><body><div>
<p begin="10000000t" end="35000000t">Thanks for joining us tonight.</p>
<p begin="36000000t" end="60000000t">Crews are out across the county.</p>
<p begin="620000000t" end="650000000t">Power is back for most homes.</p>
</div></body></tt>`;
    const { body, shifted, starts } = srt(ttml);
    expect(srtValidator(body)).toEqual([]);
    expect(starts[0]).toBe('00:00:00,000');
    expect(new Set(starts).size).toBe(starts.length);
    expect(shifted[0]?.reason).toContain('timed by reading speed');
    // Every word is still there.
    for (const word of ['Thanks', 'county.', 'homes.']) expect(body).toContain(word);
  });

  it('times under the clock’s end stay as they are, with no message', () => {
    const input =
      '1\n99:00:01,000 --> 99:00:03,000\nGood evening from the launch site.\n\n2\n99:00:04,000 --> 99:00:06,500\nThe countdown is holding at nine minutes.\n';
    const { body, shifted, starts } = srt(input);
    expect(srtValidator(body)).toEqual([]);
    expect(starts).toEqual(['99:00:01,000', '99:00:04,000']);
    expect(shifted).toEqual([]);
  });
});
