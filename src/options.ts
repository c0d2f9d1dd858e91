import * as z from 'zod/mini';
import './core/zod-messages.ts';
import { lazy } from './core/lazy.ts';
import { coreOptionsShape } from './core/options.ts';
import { ingestOptionsShape } from './ingest/options.ts';
import { layoutOptionsShape } from './layouts/options.ts';
import { subtitleOptionsShape } from './subtitles/options.ts';

/** Every output scriptdesk can produce. */
export const OUTPUTS = [
  'json',
  'srt',
  'vtt',
  'teleprompter',
  'teleprompter-text',
  'print',
  'imsc',
  'ebu-tt-d',
  'scc',
  'stl',
] as const;
export type OutputName = (typeof OUTPUTS)[number];

/**
 * The one options schema: validates query strings, form fields and JSON bodies alike, and
 * generates the OpenAPI document. Each module owns its part.
 */
export const optionsSchema = lazy(() =>
  z.object({
    ...coreOptionsShape(),
    ...ingestOptionsShape(),
    ...subtitleOptionsShape(),
    ...layoutOptionsShape(),
    template: z
      ._default(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/)), 'default')
      .clone()
      .register(z.globalRegistry, {
        description: 'Layout template name for the chosen output (see templates/).',
      }),
  }),
);

export type Options = z.input<ReturnType<typeof optionsSchema>>;
export type ResolvedOptions = z.output<ReturnType<typeof optionsSchema>>;
