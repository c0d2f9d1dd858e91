/**
 * Scenarist SCC (CEA-608 line-21 captions as hex words, one a frame) as timed input: the words of
 * data channel 1 are decoded as a 608 decoder shows them. Pop-on captions (RCL … EOC) are a cue
 * from the frame after their EOC to the frame after the EDM or EOC that removes them; roll-up
 * (RU2-RU4) and paint-on (RDC) rows are a cue each, from their first character to the carriage
 * return or erase that ends them. The cues take the path SRT and WebVTT take.
 */
import type { Message } from '../core/document.ts';
import { codeChar, pacRow, standardChar } from '../subtitles/cea608.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import type { IngestedText, SourcedLine } from './lines.ts';
import { sourceLines } from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/** SCC runs at 29.97 frames a second (`;` drop-frame or `:` non-drop timecode labels). */
const FPS = 30_000 / 1001;
const FRAME_MS = 1000 / FPS;

// A timecode, a tab or spaces, then four-hex-digit words. Bounded repeats: linear.
const SCC_LINE = /^(\d{1,2}:\d\d:\d\d[:;.,]\d\d)\s+(.*)$/;
const HEX_WORD = /^[0-9a-fA-F]{4}$/;

/** True when the text starts with the `Scenarist_SCC V1.0` header. */
export function looksLikeScc(text: string): boolean {
  return /^\uFEFF?\s{0,16}Scenarist_SCC V\d/.test(text.slice(0, 64));
}

/** A caption being built: its rows by row number, the source line and time of its first text. */
class Memory {
  rows = new Map<number, string>();
  row = 15;
  line = 0;
  firstMs: number | null = null;
  clear(): void {
    this.rows.clear();
    this.firstMs = null;
  }
  get empty(): boolean {
    for (const text of this.rows.values()) if (text.trim()) return false;
    return true;
  }
  put(ch: string, ms: number, line: number): void {
    if (this.firstMs === null && ch.trim()) {
      this.firstMs = ms;
      this.line = line;
    }
    this.rows.set(this.row, (this.rows.get(this.row) ?? '') + ch);
  }
  /** An extended character replaces the character before it (its standard fallback). */
  replaceLast(ch: string): void {
    const text = this.rows.get(this.row) ?? '';
    this.rows.set(this.row, text.slice(0, -1) + ch);
  }
  backspace(): void {
    const text = this.rows.get(this.row) ?? '';
    this.rows.set(this.row, text.slice(0, -1));
  }
  /** The rows top to bottom as cue text lines. */
  lines(): SourcedLine[] {
    return [...this.rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, text]) => ({
        text: escapeCueText(text.replace(/\s+/g, ' ').trim()),
        line: this.line,
      }))
      .filter((l) => l.text);
  }
}

type Mode = 'pop-on' | 'roll-up' | 'paint-on';

/**
 * Reads SCC. Channel 2 (and field 2) data, styling codes and lines that do not parse are dropped
 * and reported; a byte with wrong parity is read anyway and reported.
 *
 * @example sccToLines('Scenarist_SCC V1.0\n\n00:00:00;00\t9420 9420 94ae 94ae 9470 9470 c845 4c4c 4f80 942f 942f\n\n00:00:02;00\t942c 942c\n').text // 'HELLO'
 */
export function sccToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lines = sourceLines(source);
  const cues: Cue[] = [];
  const messages: Message[] = [];
  const displayed = new Memory();
  const hidden = new Memory();
  /** When the displayed caption appeared (pop-on), and its source line. */
  let shownMs: number | null = null;
  let mode: Mode = 'pop-on';
  let previousWord = -1;
  /** The data channel the last control code selected: text follows it. */
  let channel = 1;
  let channel2 = 0;
  let channel2Line: number | null = null;
  let styling = 0;
  let stylingLine: number | null = null;
  let parity = 0;
  let parityLine: number | null = null;
  const bad: SourcedLine[] = [];
  let sawHeader = false;

  /** The displayed pop-on caption ends at `ms`. */
  const endShown = (ms: number): void => {
    if (shownMs !== null && !displayed.empty) {
      cues.push({ startMs: shownMs, endMs: ms, lines: displayed.lines() });
    }
    shownMs = null;
  };
  /** A roll-up or paint-on row (or screen) is finished at `ms`. */
  const endPainted = (memory: Memory, ms: number): void => {
    if (memory.firstMs !== null && !memory.empty) {
      cues.push({
        startMs: memory.firstMs,
        endMs: Math.max(ms, memory.firstMs),
        lines: memory.lines(),
      });
    }
  };

  for (let n = 0; n < lines.length; n++) {
    const text = (lines[n] ?? '').trim();
    const lineNo = n + 1;
    if (!text) continue;
    if (!sawHeader && text.startsWith('Scenarist_SCC')) {
      sawHeader = true;
      continue;
    }
    const m = SCC_LINE.exec(text);
    const timecode = m?.[1] ?? '';
    // `HH:MM:SS;FF` is drop-frame; `:` (and the `.`/`,` some tools write) non-drop.
    const startMs = m ? parseTimeValue(timecode.replace(/[.,]/, ':'), FPS) : null;
    const words = (m?.[2] ?? '').trim().split(/\s+/);
    if (startMs === null || !words.every((w) => HEX_WORD.test(w))) {
      bad.push({ text, line: lineNo });
      continue;
    }
    words.forEach((hex, k) => {
      const ms = startMs + k * FRAME_MS;
      const raw = Number.parseInt(hex, 16);
      for (const byte of [raw >> 8, raw & 0xff]) {
        let ones = 0;
        for (let b = byte; b; b >>= 1) ones += b & 1;
        if (ones % 2 === 0) {
          parity++;
          parityLine ??= lineNo;
        }
      }
      const word = raw & 0x7f7f;
      const hi = word >> 8;
      const lo = word & 0x7f;
      if (hi === 0 && lo === 0) {
        previousWord = word;
        return;
      }
      if (hi >= 0x10 && hi <= 0x1f) {
        // A control code sent twice: the second copy is redundant.
        const repeat = word === previousWord;
        previousWord = repeat ? -1 : word;
        if (repeat) return;
        channel = hi >= 0x18 ? 2 : 1;
        if (channel === 2) {
          channel2++;
          channel2Line ??= lineNo;
          return;
        }
        control(word, ms, lineNo);
        return;
      }
      previousWord = word;
      if (hi < 0x20) return;
      if (channel === 2) {
        channel2++;
        return;
      }
      const memory = mode === 'pop-on' ? hidden : displayed;
      for (const byte of [hi, lo]) if (byte >= 0x20) memory.put(standardChar(byte), ms, lineNo);
    });
  }

  function control(word: number, ms: number, lineNo: number): void {
    const hi = word >> 8;
    const lo = word & 0x7f;
    const memory = mode === 'pop-on' ? hidden : displayed;
    if ((hi === 0x14 || hi === 0x15) && lo >= 0x20 && lo <= 0x2f) {
      switch (lo) {
        case 0x20: // RCL: pop-on
          // Rows painted or rolled up stay on screen until the next caption replaces them.
          if (mode !== 'pop-on' && !displayed.empty) shownMs = displayed.firstMs;
          mode = 'pop-on';
          return;
        case 0x25: // RU2-RU4: roll-up
        case 0x26:
        case 0x27:
          if (mode !== 'roll-up') {
            endShown(ms);
            displayed.clear();
          }
          mode = 'roll-up';
          return;
        case 0x29: // RDC: paint-on
          mode = 'paint-on';
          return;
        case 0x21: // BS
          memory.backspace();
          return;
        case 0x2c: // EDM: the screen is cleared
          if (mode === 'pop-on') endShown(ms + FRAME_MS);
          else endPainted(displayed, ms);
          displayed.clear();
          return;
        case 0x2e: // ENM
          hidden.clear();
          return;
        case 0x2d: // CR: roll-up row done
          if (mode === 'roll-up') {
            endPainted(displayed, ms);
            displayed.clear();
          }
          return;
        case 0x2f: {
          // EOC: the loaded caption is shown from the next frame, replacing the one on screen.
          endShown(ms + FRAME_MS);
          displayed.rows = new Map(hidden.rows);
          displayed.line = hidden.line;
          hidden.clear();
          shownMs = ms + FRAME_MS;
          mode = 'pop-on';
          return;
        }
        default: // AOF, AON, DER, FON, TR, RTD: nothing to read
          return;
      }
    }
    // Tab offsets move the cursor.
    if (hi === 0x17 && lo >= 0x21 && lo <= 0x23) return;
    // Mid-row codes (colour, italics, underline) show as a space.
    if (hi === 0x11 && lo >= 0x20 && lo <= 0x2f) {
      styling++;
      stylingLine ??= lineNo;
      memory.put(' ', ms, lineNo);
      return;
    }
    const special = codeChar(word);
    if (special !== null) {
      if (hi === 0x11) memory.put(special, ms, lineNo);
      else memory.replaceLast(special);
      return;
    }
    const row = pacRow(word);
    if (row !== null) {
      if (mode === 'roll-up' && row !== memory.row && !memory.empty) {
        // A roll-up base row moved: the row so far is done.
        endPainted(memory, ms);
        memory.clear();
      }
      // A new row starts; one already written continues after a space.
      if ((memory.rows.get(row) ?? '') !== '') memory.rows.set(row, `${memory.rows.get(row)} `);
      memory.row = row;
      // PACs with a colour or italics are styling too.
      if ((word & 0x1e) !== 0 && (word & 0x10) === 0) {
        styling++;
        stylingLine ??= lineNo;
      }
    }
  }

  // What is still on screen at the end runs for two seconds.
  const last = cues.at(-1)?.endMs ?? 0;
  if (mode === 'pop-on') endShown(Math.max((shownMs ?? 0) + 2000, last));
  else endPainted(displayed, Math.max((displayed.firstMs ?? 0) + 2000, last));

  const report = (
    ruleId: string,
    severity: Message['severity'],
    reason: string,
    line: number | null,
    actual?: string,
  ): void => {
    const message: Message = { ruleId, reason, line, column: 1, severity };
    if (actual !== undefined) message.actual = actual;
    messages.push(message);
  };
  if (!sawHeader) {
    report(
      'scc-no-header',
      'warning',
      'The SCC file has no `Scenarist_SCC V1.0` header: read as SCC anyway',
      1,
    );
  }
  if (bad.length > 0) {
    report(
      'caption-bad-cue',
      'warning',
      `Dropped ${bad.length} line(s) that are not a timecode and hex words`,
      bad[0]?.line ?? null,
      bad
        .slice(0, 20)
        .map((l) => l.text)
        .join('\n'),
    );
  }
  if (channel2 > 0) {
    report(
      'scc-other-channel',
      'info',
      `Dropped ${channel2} code(s) and text word(s) of caption channel 2 (CC2): only channel 1 is read`,
      channel2Line,
    );
  }
  if (styling > 0) {
    report(
      'caption-styling',
      'info',
      `Dropped ${styling} CEA-608 styling code(s) (colour, italics, underline)`,
      stylingLine,
    );
  }
  if (!hidden.empty) {
    report(
      'scc-never-shown',
      'warning',
      'Dropped a caption loaded but never shown (no EOC after it)',
      hidden.line,
      hidden
        .lines()
        .map((l) => l.text)
        .join('\n'),
    );
  }
  if (parity > 0) {
    report(
      'scc-parity',
      'warning',
      `${parity} byte(s) have wrong odd parity: read anyway`,
      parityLine,
    );
  }
  return cuesToLines(cues, options, [], messages);
}
