/**
 * Mojibake repair: UTF-8 read as Windows-1252 or Latin-1 (`â€™` → `’`), including forms whose
 * last byte was lost (`â€` → `”`) and double encoding (`Ã¢â‚¬â„¢` → `’`). The table is generated
 * from the two codecs in `core/mojibake.ts`; each repair is one message with its place.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import {
  C1_CONTROL,
  MAX_MOJIBAKE_PASSES,
  type MojibakeFix,
  repairMojibakeOnce,
  windows1252OfC1,
} from '../mojibake.ts';
import type { Root } from '../tree.ts';
import { applyEdits, Changes, eachSegment, show } from './segments.ts';

export const SOURCE = 'mojibake';

/** A lead byte of a 2–4 byte UTF-8 sequence read as Latin-1/Windows-1252: no mojibake without one. */
const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;

interface Repair {
  start: number;
  end: number;
  from: string;
  to: string;
  passes: number;
  codec: MojibakeFix['codec'];
  truncated: boolean;
}

/**
 * Repairs one line in up to {@link MAX_MOJIBAKE_PASSES} passes. Each repair is given in the
 * line's own columns: a second pass's repair covers the first pass's ones it contains (one
 * double-encoded character is one repair).
 */
export function repairLine(text: string): { text: string; repairs: Repair[] } {
  let current = text;
  // For each character of `current`, where it started and ended in `text`.
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  let repairs: Repair[] = [];
  for (let pass = 1; pass <= MAX_MOJIBAKE_PASSES; pass++) {
    const result = repairMojibakeOnce(current);
    if (result.fixes.length === 0) break;
    const origStart = (k: number) => (starts ? (starts[k] as number) : k);
    const origEnd = (k: number) => (ends ? (ends[k] as number) : k + 1);
    const next: Repair[] = [];
    let r = 0;
    for (const fix of result.fixes) {
      const start = origStart(fix.start);
      const end = origEnd(fix.end - 1);
      // Earlier repairs inside this one are part of it.
      while (r < repairs.length && (repairs[r] as Repair).end <= start)
        next.push(repairs[r++] as Repair);
      let passes = pass;
      while (r < repairs.length && (repairs[r] as Repair).start < end) {
        passes = Math.max(passes, (repairs[r] as Repair).passes + 1);
        r++;
      }
      next.push({
        start,
        end,
        from: text.slice(start, end),
        to: fix.to,
        passes,
        codec: fix.codec,
        truncated: fix.truncated,
      });
    }
    while (r < repairs.length) next.push(repairs[r++] as Repair);
    repairs = next;
    // Map the new text's characters back to the line's columns.
    const newStarts: number[] = [];
    const newEnds: number[] = [];
    let k = 0;
    for (const fix of result.fixes) {
      for (; k < fix.start; k++) {
        newStarts.push(origStart(k));
        newEnds.push(origEnd(k));
      }
      for (let c = 0; c < fix.to.length; c++) {
        newStarts.push(origStart(fix.start));
        newEnds.push(origEnd(fix.end - 1));
      }
      k = fix.end;
    }
    for (; k < current.length; k++) {
      newStarts.push(origStart(k));
      newEnds.push(origEnd(k));
    }
    starts = newStarts;
    ends = newEnds;
    current = result.text;
    if (!MOJIBAKE_LEAD.test(current)) break;
  }
  return { text: current, repairs };
}

function describe(repair: Repair): string {
  const how =
    repair.passes > 1
      ? `UTF-8 read as ${repair.codec === 'latin-1' ? 'Latin-1' : 'Windows-1252'} ${repair.passes} times`
      : `UTF-8 read as ${repair.codec === 'latin-1' ? 'Latin-1' : 'Windows-1252'}`;
  const lost = repair.truncated ? '; its last byte had been lost' : '';
  return `Repaired garbled ${show(repair.from)} → ${show(repair.to)} (${how}${lost})`;
}

export const repairMojibake: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const changes = new Changes(file, SOURCE, 'mojibake', 'warning');
  eachSegment(tree, (text, _line, seg) => {
    if (!MOJIBAKE_LEAD.test(text)) return text;
    const { text: fixed, repairs } = repairLine(text);
    for (const repair of repairs) {
      changes.add(seg, repair.start, repair.end, repair.from, repair.to, () => describe(repair));
    }
    applyEdits(seg, fixed, repairs);
    return fixed;
  });
  // A Windows-1252 character read as Latin-1 is a C1 control (`It\u0092s`): the character it
  // stands for, not a deleted apostrophe (the whitespace plugin removes control characters).
  eachSegment(tree, (text, _line, seg) => {
    if (!C1_CONTROL.test(text)) return text;
    const edits: { start: number; end: number; to: string }[] = [];
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
      const to = windows1252OfC1(text.charCodeAt(i));
      if (to === null) continue;
      out += text.slice(copied, i) + to;
      copied = i + 1;
      edits.push({ start: i, end: i + 1, to });
      changes.add(seg, i, i + 1, text[i] as string, to, windows1252Reason);
    }
    if (edits.length === 0) return text;
    out += text.slice(copied);
    applyEdits(seg, out, edits);
    return out;
  });
  changes.flush('garbled character(s) repaired');
};

function windows1252Reason(from: string, to: string): string {
  return `Repaired ${show(from)} → ${show(to)} (a Windows-1252 character read as Latin-1)`;
}
