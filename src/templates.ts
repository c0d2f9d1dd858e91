import { TEMPLATE_SOURCES } from './generated/templates.ts';
import type { OutputName } from './options.ts';
import { UnknownTemplateError } from './outputs/errors.ts';
import { type CompiledTemplate, compileTemplate } from './template-compile.ts';

/**
 * Layout templates. A file `templates/<stem>[--<name>][.<ext>].mustache` is the layout `<name>`
 * (`default` when absent) of the output whose base is `<stem>[.<ext>]`:
 * `print.html.mustache` is print's default, `print--station.html.mustache` is `template=station`.
 * Templates only place values: the compilers precompute every field they show. EBU STL is
 * binary and has no template (its compiler writes the bytes).
 */
export const TEMPLATE_BASES: Readonly<Record<Exclude<OutputName, 'json' | 'stl'>, string>> = {
  teleprompter: 'teleprompter.html',
  'teleprompter-text': 'teleprompter.txt',
  print: 'print.html',
  srt: 'srt',
  vtt: 'vtt',
  imsc: 'imsc.ttml',
  'ebu-tt-d': 'ebu-tt-d.ttml',
  scc: 'scc',
};

export type TemplatedOutput = keyof typeof TEMPLATE_BASES;
export type TemplateSources = Readonly<Record<string, string>>;

function splitKey(key: string): { base: string; name: string } {
  const dot = key.indexOf('.');
  const head = dot === -1 ? key : key.slice(0, dot);
  const ext = dot === -1 ? '' : key.slice(dot);
  const dash = head.indexOf('--');
  const stem = dash === -1 ? head : head.slice(0, dash);
  const name = dash === -1 ? 'default' : head.slice(dash + 2);
  return { base: stem + ext, name };
}

/** Names of the layouts that exist for an output, `default` first. */
export function templateNames(
  output: TemplatedOutput,
  sources: TemplateSources = TEMPLATE_SOURCES,
): string[] {
  const base = TEMPLATE_BASES[output];
  const names = Object.keys(sources)
    .map(splitKey)
    .filter((k) => k.base === base)
    .map((k) => k.name)
    .sort();
  return names.sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : 0));
}

function sourceFor(output: TemplatedOutput, name: string, sources: TemplateSources): string {
  for (const [key, source] of Object.entries(sources)) {
    const k = splitKey(key);
    if (k.base === TEMPLATE_BASES[output] && k.name === name) return source;
  }
  throw new UnknownTemplateError(output, name, templateNames(output, sources));
}

const identity = (value: unknown): string => String(value);

/**
 * Renders a layout with a precomputed view; `{{> name}}` includes another entry of the sources (a
 * page script bundled from src/client). HTML layouts escape every `{{value}}`; text layouts
 * (SRT, WebVTT, prompter text) place values as they are, since their compilers already made the
 * text safe for the format.
 *
 * @example renderTemplate('print', 'default', view) // the print page as HTML
 */
export function renderTemplate(
  output: TemplatedOutput,
  name: string,
  view: object,
  sources: TemplateSources = TEMPLATE_SOURCES,
): string {
  let bySources = COMPILED.get(sources);
  if (bySources === undefined) {
    bySources = new Map();
    COMPILED.set(sources, bySources);
  }
  const key = `${output}\u0000${name}`;
  let compiled = bySources.get(key);
  if (compiled === undefined) {
    const source = sourceFor(output, name, sources);
    const html = TEMPLATE_BASES[output].endsWith('.html');
    // Partials are other entries of the sources: the page scripts bundled from src/client
    // (`{{> teleprompter.js}}`), so a custom layout includes the same code.
    const partials = (partial: string): string | undefined =>
      Object.hasOwn(sources, partial) ? sources[partial] : undefined;
    compiled = compileTemplate(source, partials, html ? undefined : identity);
    bySources.set(key, compiled);
  }
  return compiled(view);
}

/** Each layout compiled once per set of sources (see `template-compile.ts`). */
const COMPILED = new WeakMap<TemplateSources, Map<string, CompiledTemplate>>();
