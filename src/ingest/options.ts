import * as z from 'zod/mini';
import '../core/zod-messages.ts';
import { lazy } from '../core/lazy.ts';
import { CAPTION_INPUTS } from './file-names.ts';

/** Options for reading the input (uploaded subtitles, CMS HTML) before the core pipeline. */
export const ingestOptionsShape = lazy(() => ({
  keepCueTimes: z
    ._default(z.boolean(), false)
    .clone()
    .register(z.globalRegistry, {
      description:
        'For caption input (SRT, WebVTT, TTML, SBV, ASS/SSA, SCC, LRC, SAMI, EBU STL …): start each paragraph with its first cue time as a `[00:01:23]` anchor.',
    })
    // Only subtitle input has cue times (`x-inputs`: the form shows it for those).
    .clone()
    .register(z.globalRegistry, { 'x-inputs': [...CAPTION_INPUTS] }),
}));
