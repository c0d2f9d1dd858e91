/**
 * The metamorphic check of the labelled set (`npm run eval -- --variants`): each text file is
 * changed in ways a paste changes it without changing its reading (CRLF, trailing blanks, an
 * indent, a hard wrap, a no-break space after a tag...), scored against the same gold, and
 * compared with the unmodified file's score. Gold anchors are resolved in the original file and
 * moved to the variant's lines, so a transformation that adds or splits lines is scored fairly.
 * Used by bench/eval/run.ts and by test/core/eval-variants.test.ts.
 */
import { type EvalCase, evaluateInput, type FileResult, metrics } from './score.ts';

export interface Variant {
  text: string;
  /**
   * 1-based line of the original → 1-based line of the variant: its first, or the one holding
   * the original line's `column` (0-based) when the line was wrapped.
   */
  mapLine: (line: number, column?: number) => number;
  /** 1-based line of the original → the last variant line it became (a wrapped line's last). */
  mapLineEnd?: (line: number) => number;
}

export type Transform = (input: string) => Variant;

const identity = (line: number): number => line;

/** Applies `f` to every line (the line ending excluded), keeping the number of lines. */
function perLine(input: string, f: (line: string) => string): Variant {
  return { text: input.split('\n').map(f).join('\n'), mapLine: identity };
}

/** Rebuilds the text from lines, each original line becoming one or more lines. */
function expandLines(input: string, f: (line: string) => string[]): Variant {
  const out: string[] = [];
  const map: number[] = [];
  const ends: number[] = [];
  for (const line of input.split('\n')) {
    map.push(out.length + 1);
    out.push(...f(line));
    ends.push(out.length);
  }
  // Pieces of a split line are its words parted at one space each: a column is found by length.
  const mapLine = (line: number, column = 0): number => {
    let at = map[line - 1] ?? line;
    const last = ends[line - 1] ?? at;
    let start = 0;
    while (at < last && column >= start + (out[at - 1]?.length ?? 0) + 1) {
      start += (out[at - 1]?.length ?? 0) + 1;
      at++;
    }
    return at;
  };
  return {
    text: out.join('\n'),
    mapLine,
    mapLineEnd: (line) => ends[line - 1] ?? line,
  };
}

/**
 * A prose line: ends a sentence (`.`, `?`, `!`, `…`, maybe a closing quote or bracket after it).
 * Only these are wrapped: a heading, a title, a table's row or a record's line wrapped in two is
 * another reading (see README "Quality on the labelled set").
 */
const PROSE_END = /[.?!…]["”’»)\]]?\s*$/;

/** Words of a prose line longer than `width` joined into lines of at most `width` (at spaces). */
export function hardWrap(line: string, width: number): string[] {
  if (line.length <= width || !PROSE_END.test(line)) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

/** A tag colon: up to 40 characters without a colon at the start of a line, then `: `. */
const TAG_COLON = /^([^:\n]{1,40}):[ ]/;

function curly(line: string): string {
  return line
    .replace(/(^|[\s([{—-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{—-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

export const TRANSFORMS: Record<string, Transform> = {
  crlf: (s) => ({ text: s.replace(/\r?\n/g, '\r\n'), mapLine: identity }),
  'trailing-space': (s) =>
    perLine(s, (line) => (line.endsWith('\r') ? `${line.slice(0, -1)} \t\r` : `${line} \t`)),
  'blank-doubled': (s) => expandLines(s, (line) => (line.trim() === '' ? [line, line] : [line])),
  indent: (s) => perLine(s, (line) => (line.trim() === '' ? line : `  ${line}`)),
  bom: (s) => ({ text: s.startsWith('\ufeff') ? s : `\ufeff${s}`, mapLine: identity }),
  'nbsp-colon': (s) => perLine(s, (line) => line.replace(TAG_COLON, '$1:\u00a0')),
  'tab-colon': (s) => perLine(s, (line) => line.replace(TAG_COLON, '$1:\t')),
  'quotes-curly': (s) => perLine(s, curly),
  'quotes-straight': (s) =>
    perLine(s, (line) => line.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'")),
  'wrap-72': (s) => expandLines(s, (line) => hardWrap(line, 72)),
  // An old Mac file, or a CMS's or caption tool's export: a CR alone ends each line.
  'cr-only': (s) => ({ text: s.replace(/\r?\n/g, '\r'), mapLine: identity }),
  // A web page's or word processor's copy with a no-break space between every two words.
  'nbsp-spaces': (s) => perLine(s, (line) => line.replace(/(\S) (?=\S)/g, '$1\u00a0')),
  'trailing-blank': (s) => ({ text: `${s.replace(/\n+$/, '')}\n\n\n\n`, mapLine: identity }),
  'no-final-newline': (s) => ({ text: s.replace(/[\r\n]+$/, ''), mapLine: identity }),
  // The whole text in capitals, as broadcast captions, newsroom and prompter scripts and wire
  // video scripts often arrive (applied only to those conventions: see {@link APPLIES_TO}).
  upper: (s) => ({ text: s.toUpperCase(), mapLine: identity }),
};

/**
 * The conventions that arrive in capitals: broadcast captions (CEA-608 captions are upper case by
 * tradition, and so are many exports and `>>` transcripts of them), TV and radio scripts, cue
 * sheets, rundowns and newsroom-system printouts (ENPS and iNEWS scripts are often typed in caps),
 * wire video scripts. A gold file's `convention` names its kind before its first bracket or colon
 * (`AP video script, older APTN header (…)`, `Broadcast closed captions in mixed case pasted as
 * text: …`): one of these words there chooses the file. Web pages, records, chats, meeting and
 * podcast exports never arrive in capitals and are left out.
 */
const CAPITALS_CONVENTION = /\b(?:scripts?|cue sheet|rundown|printout|captions|story)\b/i;

/** True when the file's convention is one that arrives in capitals ({@link CAPITALS_CONVENTION}). */
export function arrivesInCapitals(item: EvalCase): boolean {
  const kind = item.gold.convention.split(/[(:]/, 1)[0] ?? '';
  return CAPITALS_CONVENTION.test(kind);
}

/** The files a transformation is applied to, when not every text file. */
export const APPLIES_TO: Readonly<Record<string, (item: EvalCase) => boolean>> = {
  upper: arrivesInCapitals,
};

/** The files the check runs on: the plain-text transcripts. */
export function textCases(cases: EvalCase[]): EvalCase[] {
  return cases.filter((c) => c.file.endsWith('.txt'));
}

/** What dropped between the unmodified file and a variant (empty when nothing did). */
export function drops(base: FileResult, variant: FileResult): string[] {
  const a = metrics([base]);
  const b = metrics([variant]);
  const out: string[] = [];
  const eps = 1e-9;
  if (b.turnF1 < a.turnF1 - eps) out.push(`turn F1 ${a.turnF1.toFixed(3)}→${b.turnF1.toFixed(3)}`);
  if (b.blockAccuracy < a.blockAccuracy - eps)
    out.push(`block ${a.blockAccuracy.toFixed(3)}→${b.blockAccuracy.toFixed(3)}`);
  if (b.blockPrecision < a.blockPrecision - eps)
    out.push(`block P ${a.blockPrecision.toFixed(3)}→${b.blockPrecision.toFixed(3)}`);
  if (b.title < a.title - eps) out.push(`title ${JSON.stringify(variant.titleGot)}`);
  if (b.slug < a.slug - eps) out.push(`slug ${variant.slug}`);
  if (b.notePrecision < a.notePrecision - eps || b.noteRecall < a.noteRecall - eps)
    out.push(`notes P ${b.notePrecision.toFixed(2)} R ${b.noteRecall.toFixed(2)}`);
  if (b.wordsLost > a.wordsLost) out.push(`words lost ${variant.lost.slice(0, 5).join(' ')}`);
  return out;
}

export interface VariantFailure {
  transform: string;
  file: string;
  drops: string[];
  errors: string[];
}

/** Runs every transformation on every case and returns the variants whose score dropped. */
export function runVariants(
  cases: EvalCase[],
  transforms: string[] = Object.keys(TRANSFORMS),
): VariantFailure[] {
  const failures: VariantFailure[] = [];
  for (const item of cases) {
    const base = evaluateInput(item, item.input, identity);
    for (const name of transforms) {
      const transform = TRANSFORMS[name];
      if (!transform) throw new Error(`unknown transformation ${name}`);
      if (APPLIES_TO[name] && !APPLIES_TO[name](item)) continue;
      const variant = transform(item.input);
      if (variant.text === item.input) continue;
      let result: FileResult;
      try {
        result = evaluateInput(item, variant.text, variant.mapLine, variant.mapLineEnd);
      } catch (error) {
        failures.push({
          transform: name,
          file: item.file,
          drops: [`threw ${(error as Error).message}`],
          errors: [],
        });
        continue;
      }
      const lost = drops(base, result);
      if (lost.length === 0) continue;
      const errors = [...result.turns.errors, ...result.blocks.errors].filter(
        (e) => !base.turns.errors.includes(e) && !base.blocks.errors.includes(e),
      );
      failures.push({ transform: name, file: item.file, drops: lost, errors });
    }
  }
  return failures;
}
