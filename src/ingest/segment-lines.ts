/**
 * Speech-to-text segments printed one a line with their time range, as Whisper's and
 * whisper.cpp's command lines print them (`[00:00:03.480 --> 00:00:06.920]   to close the
 * landfill…`, `[00:03.480 --> 00:06.920]  …`), or in seconds as faster-whisper's example prints
 * them (`[3.48s -> 6.92s]  …`). The text is read as written (the core takes each range out as a
 * `time-anchor` and joins the segments into sentences); this reader adds the
 * timing: each segment's words share its range by length, so the subtitles keep the audio's
 * clock. A bracketed mark alone (`[BLANK_AUDIO]`, `[MUSIC PLAYING]`) is no speech and has no
 * words to time; a speaker's name before the words (`Maria Lund: …`) takes none of the time.
 */
import { parseTag } from '../core/tags.ts';
import type { TimedToken } from '../core/timed.ts';
import type { IngestedText } from './lines.ts';
import { parseCueTimestamp } from './subtitles.ts';

/** A segment's line: its range in brackets, then its text. Bounded fields: linear. */
const SEGMENT_LINE =
  /^[ \t]*\[((?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}) --> ((?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})\][ \t]*(.*)$/;
/** A segment's line with its range in seconds (`[3.48s -> 6.92s]`). Bounded fields: linear. */
const SECONDS_LINE = /^[ \t]*\[(\d{1,6}(?:\.\d{1,3})?)s? -> (\d{1,6}(?:\.\d{1,3})?)s?\][ \t]*(.*)$/;

/** A diarization label opening a segment's words (WhisperX, pyannote): `[SPEAKER_00] `. */
const DIARIZATION_LABEL = /^\[?(?:SPEAKER|[Ss]peaker|spk)_\d{1,3}\]?:?[ \t]+/;

/** A mark of no speech alone (`[BLANK_AUDIO]`, `[MUSIC PLAYING]`, `(wind blowing)`, `*music*`). */
const NO_SPEECH = /^(?:\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|♪.*)$/;

/** Fewest segment lines, and their least share of the text's lines, read as segments. */
const MIN_SEGMENTS = 2;
const MIN_SEGMENT_SHARE = 0.8;

/**
 * The text with its segments' word times (see the module comment), or null when most of its
 * lines are no segment lines.
 *
 * @example segmentLinesText('[00:00.000 --> 00:01.000]  Hi there.\n[00:01.000 --> 00:02.000]  Bye.')?.timedTokens?.length // 3
 */
export function segmentLinesText(input: string): IngestedText | null {
  // Cheap first: the text opens with a range (after blank lines).
  const head = input.trimStart();
  if (!head.startsWith('[')) return null;
  const seconds = !head.slice(0, 40).includes('-->');
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  if (seconds && !SECONDS_LINE.test(firstLine)) return null;
  const lines = input.split(/\r\n|\r|\n/);
  let filled = 0;
  let segments = 0;
  const tokens: TimedToken[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    filled++;
    const m = seconds ? SECONDS_LINE.exec(line) : SEGMENT_LINE.exec(line);
    if (!m) continue;
    const start = seconds ? Number(m[1]) * 1000 : parseCueTimestamp(m[1] as string);
    const end = seconds ? Number(m[2]) * 1000 : parseCueTimestamp(m[2] as string);
    if (start === null || end === null) continue;
    segments++;
    // A diarization label before the words (`[SPEAKER_00] `, `SPEAKER_01: `) is no speech.
    const text = (m[3] as string).trim().replace(DIARIZATION_LABEL, '');
    if (text === '' || NO_SPEECH.test(text)) continue;
    // A speaker's name before the words (`Maria Lund: Welcome…`, MacWhisper's) takes none of the
    // segment's time: the words start with it.
    const tagged = text.includes(':') ? parseTag(text) : null;
    const said = tagged !== null && tagged.rest !== '' ? tagged.rest : text;
    const words = said.split(/\s+/);
    let total = 0;
    for (const w of words) total += w.length;
    let at = start;
    const span = Math.max(0, end - start);
    for (const w of words) {
      const share = (span * w.length) / total;
      tokens.push({ text: w, start: Math.round(at), end: Math.round(at + share) });
      at += share;
    }
  }
  if (segments < MIN_SEGMENTS || segments < filled * MIN_SEGMENT_SHARE || tokens.length === 0)
    return null;
  return { text: input, sourceLines: null, timedTokens: tokens };
}
