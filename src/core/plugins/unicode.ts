/**
 * Unicode NFC first, so every later step sees composed characters (`Š`, not `S` + caron). Each
 * changed line is reported with the range that changed. Text copied out of a PDF also brings the
 * font's presentation forms: Latin ligatures (`ﬁ`, `ﬂ`, `ﬀ`) and Hebrew and Arabic letter forms
 * (`ﻻ`, `ﺑ`), each its letters again (their compatibility decomposition), reported as ligatures.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Root } from '../tree.ts';
import { applyEdits, Changes, eachSegment, show, toNfc } from './segments.ts';

export const SOURCE = 'normalize-unicode';

/** The range [start, end) of `before` that differs from `after`, and what it became. */
export function changedRange(
  before: string,
  after: string,
): { start: number; end: number; to: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = before.length;
  let endAfter = after.length;
  while (
    end > start &&
    endAfter > start &&
    before.charCodeAt(end - 1) === after.charCodeAt(endAfter - 1)
  ) {
    end--;
    endAfter--;
  }
  return { start, end, to: after.slice(start, endAfter) };
}

/**
 * Presentation forms: Latin, Armenian and Hebrew ligatures, Arabic letter forms (not U+FEFF, and
 * not the word ligatures `ﷲ`, `ﷺ` at U+FDF0–U+FDFF, which writers type as they are).
 */
const PRESENTATION_FORM = /[\uFB00-\uFDCF\uFE70-\uFEFE]/;
const PRESENTATION_FORMS = /[\uFB00-\uFDCF\uFE70-\uFEFE]/g;

/** `text` with each presentation form as the letters it stands for. */
function expandForms(text: string): string {
  return PRESENTATION_FORM.test(text)
    ? text.replace(PRESENTATION_FORMS, (form) => form.normalize('NFKC'))
    : text;
}

export const normalizeUnicode: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const changes = new Changes(file, SOURCE, 'unicode-normalization');
  // One look over the whole input, not one a line: nearly no text has presentation forms.
  const anyForms = PRESENTATION_FORM.test(String(file.value));
  eachSegment(tree, (text, _line, seg) => {
    const composed = toNfc(text);
    const normalized = anyForms ? expandForms(composed) : composed;
    if (normalized === text) return text;
    const { start, end, to } = changedRange(text, normalized);
    const from = text.slice(start, end);
    const forms = normalized !== composed;
    changes.add(seg, start, end, from, to, () =>
      forms
        ? `Expanded the ligatures or letter forms of a PDF's font in ${show(from)} to ${show(to)}`
        : `Normalized ${show(from)} to Unicode NFC ${show(to)}`,
    );
    applyEdits(seg, normalized, [{ start, end, to }]);
    return normalized;
  });
  changes.flush('line(s) normalized to Unicode NFC');
};
