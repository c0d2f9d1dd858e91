import * as z from 'zod';

/** Options for reading the input (uploaded subtitles, CMS HTML) before the core pipeline. */
export const ingestOptionsShape = {
  keepCueTimes: z
    .boolean()
    .default(false)
    .describe(
      'For SRT/WebVTT input: start each paragraph with its first cue time as a `[00:01:23]` anchor.',
    )
    // Only subtitle input has cue times (`x-inputs`: the form shows it for those).
    .meta({ 'x-inputs': ['srt', 'vtt'] }),
};
