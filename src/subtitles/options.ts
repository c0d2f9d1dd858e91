/** Subtitle options (profiles and limits); filled in by the subtitles module. */
export const subtitleOptionsShape = {};
