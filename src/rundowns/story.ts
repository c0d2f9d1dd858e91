/**
 * A story in a rundown: the prompter blocks the screens render (precomputed by the teleprompter
 * layout, so a rundown reads exactly like the single-story prompter) plus what is needed to
 * render it again after an edit. Pure: no Worker globals.
 */
import type { ScriptDocument } from '../core/document.ts';
import type { InputFormat } from '../ingest/index.ts';
import { compileTeleprompter, type PrompterBlockView } from '../layouts/teleprompter.ts';
import type { ResolvedOptions } from '../options.ts';
import { prepare } from '../produce.ts';
import { blockUnits, type RundownScript, type ScriptBlock } from './state.ts';

/** One block on the live prompter: the single-story prompter's block, plus its weight. */
export interface RundownBlock extends PrompterBlockView {
  /** Reading units (state.ts): what moves the position through the block. */
  units: number;
}

/** Where a story came from: pasted or sent text, or a CMS story following its latest revision. */
export type StorySource = { kind: 'text' } | { kind: 'cms'; storyId: string; revision: string };

export interface RundownStory {
  id: string;
  title: string | null;
  slug: string;
  durationMs: number;
  blocks: RundownBlock[];
  source: StorySource;
  /** The text as sent (what the operator edits), and how to read it again. */
  text: string;
  inputFormat: InputFormat;
  /** Options as sent (JSON), to render an edit the same way. */
  options: Record<string, unknown>;
}

/** Everything shown in a block, for its weight and to find its words after an edit. */
export function shownText(block: PrompterBlockView): string {
  return [block.marker, block.cue, ...block.cueLines, block.text, block.bite]
    .filter((part): part is string => part !== null && part !== '')
    .join(' ');
}

/** The prompter blocks, title and read time of a document. */
export function compileStory(
  document: ScriptDocument,
  options: ResolvedOptions,
): Pick<RundownStory, 'title' | 'slug' | 'durationMs' | 'blocks'> {
  const view = compileTeleprompter(document, options);
  return {
    title: view.title,
    slug: view.slug,
    durationMs: document.durationMs,
    blocks: view.blocks.map((block) => ({
      ...block,
      units: blockUnits(shownText(block).length),
    })),
  };
}

/** A story from text through the one pipeline (`prepare`), as `/v1/format` would read it. */
export function storyFromText(
  text: string,
  inputFormat: InputFormat,
  options: ResolvedOptions,
): Pick<RundownStory, 'title' | 'slug' | 'durationMs' | 'blocks'> {
  return compileStory(prepare(text, options, inputFormat), options);
}

/** What the state machine needs of the stories. */
export function toScript(stories: readonly RundownStory[]): RundownScript {
  return stories.map((story) => ({
    id: story.id,
    blocks: story.blocks.map(
      (block): ScriptBlock => ({
        units: block.units,
        ms: block.durationMs,
        text: shownText(block),
      }),
    ),
  }));
}
