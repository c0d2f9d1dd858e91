/**
 * The metamorphic check of the labelled set (`npm run eval -- --variants`): each text file is
 * changed in ways a paste changes it without changing its reading (CRLF, trailing blanks, an
 * indent, a hard wrap, a no-break space after a tag...), scored against the same gold, and
 * compared with the unmodified file's score. Gold anchors are resolved in the original file and
 * moved to the variant's lines, so a transformation that adds or splits lines is scored fairly.
 * The gold-guided transformations (`GOLD_TRANSFORMS`) change a tag's layout instead (alone on its
 * line, no colon, a time before or after it, bold): a reading that changes under them is a
 * convention the formatter does not read in that layout yet.
 * Used by bench/eval/run.ts and by test/core/eval-variants.test.ts.
 */
import { detectInputFormat } from '../../src/ingest/index.ts';
import { type EvalCase, evaluateInput, type FileResult, type Gold, metrics } from './score.ts';

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
  // In a tab-separated table with a header row a tab is a cell boundary: a tab after a tag's
  // colon moves the row's cells, a change of the table, not of its layout.
  'tab-colon': (item) => !isTabTable(item.input),
};

/** True when the input is a tab-separated table under a header row (its first line has tabs). */
function isTabTable(input: string): boolean {
  const end = input.indexOf('\n');
  const first = end === -1 ? input : input.slice(0, end);
  return first.includes('\t') && detectInputFormat(input) === 'csv';
}

/**
 * A transformation guided by the gold: it changes only the lines that open one of the gold's
 * turns (`NAME: words`, the words the turn's first words), so it moves real speaker tags only,
 * never a heading or a title with a colon. Each is a layout the same transcript reaches a
 * newsroom in: the tag alone on its line (a transcription service's `Name:` over the words), no
 * colon at all (a web page's bold name over the words, the bold lost in the copy), a time before
 * the tag or after it, the tag in bold (Markdown).
 */
export type GoldTransform = (input: string, gold: Gold) => Variant;

/** A tag with its colon at the start of a line: a capital, up to 42 characters, no colon. */
const GOLD_TAG = /^(\p{Lu}[\p{L}.'’ ()-]{0,40}[\p{L})]):[ \t]+(?=\S)/u;
/** A gold turn is found by its first words, up to this many characters of them. */
const TURN_PREFIX = 12;

/**
 * Rebuilds the text, giving each line that opens a gold turn with a tag to `f` (the tag without
 * its colon, its words, the count of such lines before it). Lines are looked up by the first
 * characters of their words in a hash of the turns' openings (one per length up to 12). A line
 * split in two (the tag over its words) keeps its turn's opening on the tag's line, where the
 * turn's block starts; what comes later in the words (a reaction, a second block) is on the
 * words' line.
 */
function byGoldTurns(
  input: string,
  gold: Gold,
  f: (tag: string, words: string, n: number) => string[],
): Variant {
  const openings = new Set<string>();
  const lengths = new Set<number>();
  for (const turn of gold.turns ?? []) {
    const prefix = String(turn[1]).slice(0, TURN_PREFIX);
    if (prefix === '') continue;
    openings.add(prefix);
    lengths.add(prefix.length);
  }
  const out: string[] = [];
  const map: number[] = [];
  /** Per original line: the column after which its words are on the next line, or -1. */
  const splitAt: number[] = [];
  let n = 0;
  for (const line of input.split('\n')) {
    map.push(out.length + 1);
    const match = GOLD_TAG.exec(line);
    const words = match ? line.slice(match[0].length) : '';
    let pieces: string[] | null = null;
    if (match)
      for (const length of lengths)
        if (openings.has(words.slice(0, length))) {
          pieces = f(match[1] as string, words, n++);
          break;
        }
    splitAt.push(pieces !== null && pieces.length > 1 ? (match?.[0].length ?? 0) : -1);
    out.push(...(pieces ?? [line]));
  }
  const mapLine = (line: number, column = 0): number => {
    const at = map[line - 1] ?? line;
    const split = splitAt[line - 1] ?? -1;
    return split !== -1 && column > split ? at + 1 : at;
  };
  return {
    text: out.join('\n'),
    mapLine,
    mapLineEnd: (line) => (map[line - 1] ?? line) + ((splitAt[line - 1] ?? -1) === -1 ? 0 : 1),
  };
}

/** A clock time of the n-th tag, 37 seconds apart: `00:01:14` (or `01:14` without hours). */
function stampOf(n: number, hours: boolean): string {
  const s = (n + 1) * 37;
  const two = (v: number) => String(v).padStart(2, '0');
  const ms = `${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  return hours ? `${two(Math.floor(s / 3600))}:${ms}` : ms;
}

export const GOLD_TRANSFORMS: Record<string, GoldTransform> = {
  // A transcription service's or a script's tag alone on its line: `Jane Doe:` / `Hello.`
  'tag-alone': (s, gold) => byGoldTurns(s, gold, (tag, words) => [`${tag}:`, words]),
  // A web page's name in bold over the words, copied without the bold: `Jane Doe` / `Hello.`
  'tag-no-colon': (s, gold) => byGoldTurns(s, gold, (tag, words) => [tag, words]),
  // A time before the tag (`[00:01:14] Jane Doe: Hello.`) or after it (`Jane Doe (01:14): …`).
  'stamp-before': (s, gold) =>
    byGoldTurns(s, gold, (tag, words, n) => [`[${stampOf(n, true)}] ${tag}: ${words}`]),
  'stamp-after': (s, gold) =>
    byGoldTurns(s, gold, (tag, words, n) => [`${tag} (${stampOf(n, false)}): ${words}`]),
  // Markdown's bold tag: `**Jane Doe:** Hello.`
  'tag-bold': (s, gold) => byGoldTurns(s, gold, (tag, words) => [`**${tag}:** ${words}`]),
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

/** The transformation of that name: a surface one (TRANSFORMS) or a gold-guided one. */
function transformOf(name: string): GoldTransform {
  const surface = TRANSFORMS[name];
  if (surface) return (input) => surface(input);
  const guided = GOLD_TRANSFORMS[name];
  if (guided) return guided;
  throw new Error(`unknown transformation ${name}`);
}

/**
 * Runs every transformation named (the surface ones by default, `GOLD_TRANSFORMS`' names too) on
 * every case and returns the variants whose score dropped. `changed` counts, per
 * transformation, the files it changed.
 */
export function runVariants(
  cases: EvalCase[],
  transforms: string[] = Object.keys(TRANSFORMS),
  changed?: Map<string, number>,
): VariantFailure[] {
  const failures: VariantFailure[] = [];
  const functions = transforms.map((name) => [name, transformOf(name)] as const);
  for (const item of cases) {
    const base = evaluateInput(item, item.input, identity);
    for (const [name, transform] of functions) {
      if (APPLIES_TO[name] && !APPLIES_TO[name](item)) continue;
      const variant = transform(item.input, item.gold);
      if (variant.text === item.input) continue;
      changed?.set(name, (changed.get(name) ?? 0) + 1);
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
