/**
 * The core pipeline: raw transcript text → script tree → clean document. Pure: no Hono, no
 * Worker globals; runs in Node and workerd alike.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { scriptCompile } from './compile.ts';
import type { Corrections } from './corrections.ts';
import type { ScriptDocument } from './document.ts';
import { type CoreOptions, coreOptionsSchema, type ResolvedCoreOptions } from './options.ts';
import { scriptParse } from './parse.ts';
import { comments } from './plugins/comments.ts';
import { corrections } from './plugins/corrections.ts';
import { dedupe } from './plugins/dedupe.ts';
import { directions } from './plugins/directions.ts';
import { decodeCharacterReferences } from './plugins/entities.ts';
import { frontMatter } from './plugins/front-matter.ts';
import { furniture } from './plugins/furniture.ts';
import { language } from './plugins/language.ts';
import { languageRoles } from './plugins/language-roles.ts';
import { committeeQuestionNumbers, courtLineNumbers } from './plugins/line-numbers.ts';
import { listMarkers } from './plugins/list-markers.ts';
import { stripMarkup } from './plugins/markup.ts';
import { repairMojibake } from './plugins/mojibake.ts';
import { speakerIdentities, speakerTags } from './plugins/speakers.ts';
import { structure } from './plugins/structure.ts';
import { turns } from './plugins/turns.ts';
import { typography } from './plugins/typography.ts';
import { normalizeUnicode } from './plugins/unicode.ts';
import { unspacedText } from './plugins/unspaced.ts';
import { cleanWhitespace } from './plugins/whitespace.ts';
import { words } from './plugins/words.ts';
import { report } from './report.ts';
import type { TimedToken } from './timed.ts';
import { DEFAULT_READ_RATE_WPM, FALLBACK_READ_RATE_WPM } from './timing.ts';
import type { IngestHints, Root } from './tree.ts';

export type {
  Block,
  BlockType,
  Message,
  NoteReason,
  ScriptDocument,
  Severity,
  Speaker,
  TimedWord,
} from './document.ts';
export { normalizeWord, type TimedToken } from './timed.ts';

/**
 * What ingest knows besides the text: the input's words with their times, and what a structured
 * input (HTML) says about the text's lines (its headline line, its page furniture).
 */
export interface TranscriptSource {
  /** Words of the input with times in ms, in spoken order (speech-to-text JSON, subtitles). */
  timedTokens?: TimedToken[];
  /** The headline line and furniture lines from the input's structure, in lines of the text. */
  hints?: IngestHints;
}
export type { Corrections } from './corrections.ts';
export type { CoreOptions } from './options.ts';
export type { IngestHints, Root as ScriptTree, SentenceNode, WordNode } from './tree.ts';

/**
 * The transformer chain, in order: each plugin one concern. Timed input (speech-to-text words,
 * caption cues) is what was said or shown, each word with its time: no line of it is page
 * furniture, so the furniture rules do not run (a spoken "Subscribe now." stays in the
 * subtitles), as repeats are not removed from it (see `prepare`).
 */
function transformers(
  options: ResolvedCoreOptions,
  sent: Corrections | undefined,
  timed: boolean,
  wordNodes: boolean,
) {
  return (
    unified()
      .use(scriptParse)
      .use(frontMatter)
      .use(normalizeUnicode)
      .use(repairMojibake)
      .use(decodeCharacterReferences)
      .use(stripMarkup)
      .use(timed ? () => undefined : comments)
      .use(cleanWhitespace)
      .use(listMarkers)
      .use(courtLineNumbers)
      .use(committeeQuestionNumbers)
      .use(timed ? () => undefined : furniture)
      .use(options.dedupe ? dedupe : () => undefined)
      .use(directions)
      .use(speakerTags)
      .use(speakerIdentities)
      .use(language, { language: options.language })
      .use(languageRoles)
      .use(typography, { mode: options.typography })
      .use(turns)
      .use(structure)
      // The producer's corrections, after every rule of the formatter (before the blocks are
      // split into sentences and words, so a restored or retyped block gets them too).
      .use(corrections, { corrections: sent })
      .use(words, { wordNodes })
      .use(timed ? unspacedText : () => undefined)
  );
}

/**
 * The tokens with times that only move forward: a word starting before the one before it starts
 * with it, an end before its start is the start. Reported once with the count.
 */
function monotoneTokens(tokens: readonly TimedToken[], file: VFile): TimedToken[] {
  // Nearly every input's times already only move forward: then the tokens as they are.
  let inOrder = true;
  let previous = 0;
  for (const t of tokens) {
    const { start, end } = t;
    if (!(Number.isFinite(start) && Number.isFinite(end) && start >= previous && end >= start)) {
      inOrder = false;
      break;
    }
    previous = start;
  }
  if (inOrder) return tokens as TimedToken[];
  let fixed = 0;
  let last = 0;
  const out = tokens.map((t) => {
    const rawStart = Number.isFinite(t.start) ? t.start : last;
    const start = Math.max(0, rawStart, last);
    const end = Math.max(start, Number.isFinite(t.end) ? t.end : start);
    if (start !== t.start || end !== t.end) fixed++;
    last = start;
    return start === t.start && end === t.end ? t : { ...t, start, end };
  });
  if (fixed > 0) {
    report(
      file,
      'timed-words-reordered',
      `${fixed} timed word(s) started before the word before them or ended before they started; their times were moved forward`,
      { line: 1, severity: 'warning' },
    );
  }
  return out;
}

/**
 * `wordNodes`: the tree keeps a node per word (for those who read the tree); the document needs
 * only each block's timed words, which the words plugin then gives it directly.
 */
function runTransformers(
  text: string,
  resolved: ResolvedCoreOptions,
  wordNodes: boolean,
  source?: TranscriptSource,
  sent?: Corrections,
): { tree: Root; file: VFile } {
  const file = new VFile({ value: text });
  if (source?.timedTokens && source.timedTokens.length > 0) {
    file.data.timedTokens = monotoneTokens(source.timedTokens, file);
  }
  // A web page's `<br>` lines go on their paragraph: the parser reads them so.
  if (source?.hints?.continuedLines) file.data.continuedLines = source.hints.continuedLines;
  // Lines the input marks as opening with a speaker's label: the parser reads their tags so.
  if (source?.hints?.tagLines) file.data.tagLines = source.hints.tagLines;
  const processor = transformers(resolved, sent, file.data.timedTokens !== undefined, wordNodes);
  const parsed = processor.parse(file) as Root;
  if (source?.hints)
    parsed.data = { ...parsed.data, hints: { ...parsed.data?.hints, ...source.hints } };
  const tree = processor.runSync(parsed, file) as Root;
  return { tree, file };
}

/**
 * The script tree after every transformer: blocks with their sentence and word nodes (and the
 * words' times when `source` has them). For tools and tests that read the tree itself.
 */
export function transcriptTree(
  text: string,
  options?: CoreOptions,
  source?: TranscriptSource,
): Root {
  return runTransformers(text, coreOptionsSchema().parse(options ?? {}), true, source).tree;
}

/**
 * Turns raw transcript text into the clean document. Never throws on any string input; every
 * change it makes is a message in `document.messages`. `source` carries what ingest knows
 * besides the text: word times, and (HTML) the headline line and the page furniture.
 * `corrections` (validated with `correctionsSchema`) are the producer's overrides, applied after
 * the formatter's own rules.
 *
 * @example formatTranscript('Headline Here Today\n\nFirst line.').title // 'Headline Here Today'
 */
export function formatTranscript(
  text: string,
  options?: CoreOptions,
  source?: TranscriptSource,
  corrections?: Corrections,
): ScriptDocument {
  const resolved = coreOptionsSchema().parse(options ?? {});
  const { tree, file } = runTransformers(text, resolved, false, source, corrections);
  const language = tree.data?.language ?? 'en';
  const readRateWpm =
    resolved.readRate ?? DEFAULT_READ_RATE_WPM[language] ?? FALLBACK_READ_RATE_WPM;
  const result = unified().use(scriptCompile, { readRateWpm }).stringify(tree, file);
  return result as unknown as ScriptDocument;
}
