/**
 * The core pipeline: raw transcript text → script tree → clean document. Pure: no Hono, no
 * Worker globals; runs in Node and workerd alike.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { scriptCompile } from './compile.ts';
import type { ScriptDocument } from './document.ts';
import { type CoreOptions, coreOptionsSchema } from './options.ts';
import { scriptParse } from './parse.ts';
import { dedupe } from './plugins/dedupe.ts';
import { directions } from './plugins/directions.ts';
import { frontMatter } from './plugins/front-matter.ts';
import { furniture } from './plugins/furniture.ts';
import {
  cleanWhitespace,
  normalizeUnicode,
  repairMojibake,
  stripMarkup,
} from './plugins/hygiene.ts';
import { language } from './plugins/language.ts';
import { speakerIdentities, speakerTags } from './plugins/speakers.ts';
import { structure } from './plugins/structure.ts';
import { turns } from './plugins/turns.ts';
import { typography } from './plugins/typography.ts';
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
} from './document.ts';
export type { CoreOptions } from './options.ts';
export type { IngestHints } from './tree.ts';

/** The transformer chain, in order: each plugin one concern. */
function transformers(options: ReturnType<typeof coreOptionsSchema.parse>) {
  return unified()
    .use(scriptParse)
    .use(frontMatter)
    .use(normalizeUnicode)
    .use(repairMojibake)
    .use(stripMarkup)
    .use(cleanWhitespace)
    .use(furniture)
    .use(options.dedupe ? dedupe : () => undefined)
    .use(directions)
    .use(speakerTags)
    .use(speakerIdentities)
    .use(language, { language: options.language })
    .use(typography, { mode: options.typography })
    .use(turns)
    .use(structure);
}

/**
 * Turns raw transcript text into the clean document. Never throws on any string input; every
 * change it makes is a message in `document.messages`. `hints` carry what a structured input
 * (HTML) says about the text's lines: its title, its headline line and its page furniture.
 *
 * @example formatTranscript('Headline Here Today\n\nFirst line.').title // 'Headline Here Today'
 */
export function formatTranscript(
  text: string,
  options?: CoreOptions,
  hints?: IngestHints,
): ScriptDocument {
  const resolved = coreOptionsSchema.parse(options ?? {});
  const file = new VFile({ value: text });
  const processor = transformers(resolved);
  const parsed = processor.parse(file) as Root;
  if (hints) parsed.data = { ...parsed.data, hints };
  const tree = processor.runSync(parsed, file) as Root;
  const language = tree.data?.language ?? 'en';
  const readRateWpm =
    resolved.readRate ?? DEFAULT_READ_RATE_WPM[language] ?? FALLBACK_READ_RATE_WPM;
  const result = unified().use(scriptCompile, { readRateWpm }).stringify(tree, file);
  return result as unknown as ScriptDocument;
}
