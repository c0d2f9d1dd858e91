/**
 * Times of day read as minutes and seconds: a record's or a briefing's `(14:01)` after a tag is
 * the clock (Australia's Hansard: `Mr ALBANESE (Grayndler—Prime Minister) (14:01):`), but the
 * tag grammar reads a time of two fields as `mm:ss`, as a video's panel writes it. The words
 * between the anchors tell which: when most gaps would have them said faster than anyone speaks,
 * every anchor is hours and minutes, sixty times later. One pass over the blocks.
 */
import type { VFile } from 'vfile';
import type { Block } from './document.ts';
import { report } from './report.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * Lines of tags whose time is a time of day by its form (a Hansard's `Name (Seat) (Party)
     * (09:31):`; see isClockNote in tags.ts): the speakers plugin's, for {@link clockAnchors}.
     */
    timeOfDayLines: Set<number>;
  }
}

/** More words a second than anyone says (an auctioneer reaches six or seven). */
const MAX_WORDS_PER_SECOND = 8;
/** Anchors that could be a clock's hours and minutes: under 24 "minutes", whole "seconds". */
const MAX_CLOCK_MS = 24 * 60_000;
/** A time of three fields (`00:14:01`, `1:02:03`), and one of two (`14:01`). */
const THREE_FIELDS = /\d:\d\d:\d\d/;
const TWO_FIELDS = /\b\d{1,2}:\d\d\b/;

/** Fewest anchors that tell it. */
const MIN_ANCHORS = 3;

/** Reads `blocks`' anchors as times of day when their words say so (see the module comment). */
export function clockAnchors(blocks: Block[], file: VFile): void {
  const anchored: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const ms = blocks[i]?.timestampMs;
    if (ms === null || ms === undefined) continue;
    if (ms >= MAX_CLOCK_MS || ms % 1000 !== 0) return;
    anchored.push(i);
  }
  // Every anchor's tag written as a Hansard writes the sitting's clock: no count or pace needed.
  const clockLines = file.data.timeOfDayLines;
  const byForm =
    clockLines !== undefined &&
    anchored.length > 0 &&
    anchored.every((i) => clockLines.has((blocks[i] as Block).line));
  if (!byForm && !paced(blocks, anchored)) return;
  // Each anchor written with two fields (`14:01`), never three (`00:14:01` is no clock's).
  const lines = String(file.value).split('\n');
  for (const i of anchored) {
    const text = lines[(blocks[i] as Block).line - 1] ?? '';
    if (THREE_FIELDS.test(text) || !TWO_FIELDS.test(text)) return;
  }
  const first = blocks[anchored[0] as number] as Block;
  const written = formatClock(first.timestampMs as number);
  for (const i of anchored) {
    const b = blocks[i] as Block;
    b.timestampMs = (b.timestampMs as number) * 60;
  }
  report(
    file,
    'clock-anchors',
    `Read the ${anchored.length} times of the tags (${written} first) as times of day, hours and minutes: ${byForm ? "each follows the member's seat, party or office, as a record writes the sitting's clock" : 'the words between them take far longer than minutes and seconds allow'}`,
    { line: first.line, severity: 'info' },
  );
}

/** True when the words between the anchors take far longer than minutes and seconds allow. */
function paced(blocks: readonly Block[], anchored: readonly number[]): boolean {
  if (anchored.length < MIN_ANCHORS) return false;
  let gaps = 0;
  let fast = 0;
  for (let k = 0; k + 1 < anchored.length; k++) {
    const from = anchored[k] as number;
    const to = anchored[k + 1] as number;
    const gapMs = (blocks[to]?.timestampMs as number) - (blocks[from]?.timestampMs as number);
    if (gapMs < 0) return false;
    let words = 0;
    for (let i = from; i < to; i++) {
      const b = blocks[i] as Block;
      if (b.type !== 'note' && b.type !== 'direction') words += b.words;
    }
    gaps++;
    if (words > (MAX_WORDS_PER_SECOND * gapMs) / 1000) fast++;
  }
  return fast * 2 > gaps;
}

/** `14:01` of an anchor read as 14 minutes 1 second. */
function formatClock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
