/**
 * Whitespace and invisible characters: control and zero-width characters are removed,
 * no-break and other special spaces and tabs become plain spaces, runs of spaces one space,
 * spaces at either end of a line go. Each occurrence is one message with its place.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isInlineSpaceCode, isInvisibleCode } from '../chars.ts';
import { lazyRegExp } from '../lazy.ts';
import type { Root } from '../tree.ts';
import { applyEdits, Changes, type Edit, eachSegment, show, toNfc } from './segments.ts';
import { changedRange } from './unicode.ts';

export const SOURCE = 'whitespace';

/**
 * True when `cleanWhitespace` would change the line: a control, invisible or special space
 * character, or a space at either end or next to another. One native regex test; its class is
 * built from code points (the linter rightly flags control characters written in a literal).
 */
const SPECIAL = [
  [0x00, 0x08],
  [0x0a, 0x1f],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200b],
  [0x2028, 0x202f],
  [0x205f, 0x2060],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]
  .map(
    ([a = 0, b = 0]) =>
      `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`,
  )
  .join('');
const NEEDS_WHITESPACE_WORK = lazyRegExp(`[\t${SPECIAL}]|^ | {2}| $`);

// Message reasons, written only for the changes reported one by one. Functions of the changed
// text, not closures: a closure over the scan loop's variables costs an allocation per character.
function specialSpaceReason(from: string): string {
  const code = from.charCodeAt(0);
  return `Replaced the special space U+${code.toString(16).toUpperCase().padStart(4, '0')} with a plain space`;
}

function controlReason(from: string): string {
  return `Removed the control character ${show(from)}`;
}

function invisibleReason(from: string): string {
  return `Removed the invisible character ${show(from)}`;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
}

export const cleanWhitespace: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const control = new Changes(file, SOURCE, 'control-character');
  const invisible = new Changes(file, SOURCE, 'zero-width');
  const nbsp = new Changes(file, SOURCE, 'no-break-space');
  const tabs = new Changes(file, SOURCE, 'tab');
  const runs = new Changes(file, SOURCE, 'whitespace');
  const nfc = new Changes(file, SOURCE, 'unicode-normalization');
  eachSegment(tree, (text, _line, seg) => {
    const needed = NEEDS_WHITESPACE_WORK.exec(text);
    if (needed === null) return text;
    // Before the first match the text has no special character, no space at its start and no
    // two spaces together: every space there is one plain space between words, which stays. The
    // scan starts at the match (or at the single space just before it, which a run may go on).
    let from = needed.index;
    if (from > 0 && text.charCodeAt(from - 1) === 0x20) from--;
    // Copy the text between changes as slices; decide only at the special characters. `copied`:
    // where the text not yet copied into `parts` starts.
    const parts: string[] = [];
    const edits: Edit[] = [];
    // Only whether anything was written counts: every character before `from` was.
    let written = from;
    let copied = 0;
    let pendingSpace = false;
    let spaceStart = -1;
    let run = 0;
    const closeRun = (end: number, keep: boolean) => {
      // One plain space between words (nearly every run) stays as it is: nothing to copy yet.
      if (keep && end - spaceStart === 1 && text.charCodeAt(spaceStart) === 0x20) return;
      parts.push(text.slice(copied, spaceStart));
      if (keep) parts.push(' ');
      copied = end;
      edits.push({ start: spaceStart, end, to: keep ? ' ' : '' });
      // A run of spaces became one (none at either end of the line); a single space at an end
      // is trimmed without a message, as every editor does.
      if (run < 2) return;
      runs.add(seg, spaceStart, end, text.slice(spaceStart, end), keep ? ' ' : '', () =>
        keep
          ? `Collapsed a run of ${run} spaces into one`
          : `Removed a run of ${run} spaces at an end of the line`,
      );
    };
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const plain = code > 0x20 && code < 0x7f;
      const space = !plain && isInlineSpaceCode(code);
      const dropped = !plain && !space && (isControl(code) || isInvisibleCode(code));
      if (!space && !dropped) {
        if (pendingSpace) {
          closeRun(i, written > 0);
          pendingSpace = false;
          run = 0;
        }
        written++;
        continue;
      }
      if (dropped) {
        const ch = text[i] as string;
        // Inside a run of spaces the run's own edit covers it.
        if (!pendingSpace) {
          parts.push(text.slice(copied, i));
          copied = i + 1;
          edits.push({ start: i, end: i + 1, to: '' });
        }
        if (isControl(code)) control.add(seg, i, i + 1, ch, '', controlReason);
        else invisible.add(seg, i, i + 1, ch, '', invisibleReason);
        continue;
      }
      if (!pendingSpace) spaceStart = i;
      if (code === 0x09) {
        tabs.add(seg, i, i + 1, '\t', ' ', 'Replaced a tab with a space');
      } else if (code !== 0x20) {
        nbsp.add(seg, i, i + 1, text[i] as string, ' ', specialSpaceReason);
      }
      run++;
      pendingSpace = true;
    }
    if (pendingSpace) closeRun(text.length, false);
    else parts.push(text.slice(copied));
    const out = parts.join('');
    applyEdits(seg, out, edits);
    const normalized = toNfc(out);
    if (normalized !== out) {
      // Removing an invisible character can join a letter and its combining mark.
      const { start, end, to } = changedRange(out, normalized);
      nfc.add(
        seg,
        start,
        end,
        out.slice(start, end),
        to,
        'Normalized to Unicode NFC after cleaning',
      );
      applyEdits(seg, normalized, [{ start, end, to }]);
    }
    return normalized;
  });
  control.flush('control character(s) removed');
  invisible.flush('zero-width or invisible character(s) removed');
  nbsp.flush('special space(s) replaced');
  tabs.flush('tab(s) replaced');
  runs.flush('run(s) of spaces collapsed');
  nfc.flush('line(s) normalized');
  // A paragraph whose every line was invisible characters is empty now: drop it.
  tree.children = tree.children.filter((n) => n.type !== 'paragraph' || n.value !== '');
};
