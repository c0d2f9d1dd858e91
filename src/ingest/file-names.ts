/**
 * The input format a file's name says. Its own module, without the readers, so the browser
 * form (src/client) decides which uploads to accept by the same table as the server.
 */

/**
 * Timed caption formats read as input: their cues keep their times (`ttml` is DFXP, IMSC and
 * EBU-TT-D; `ass` is ASS and SSA). The form, the options' `x-inputs` and the readers share it.
 */
export const CAPTION_INPUTS = ['srt', 'vtt', 'ttml', 'sbv', 'ass'] as const;
export type CaptionInput = (typeof CAPTION_INPUTS)[number];

/** Formats a file name can name: the JSON ones are told apart by their shape once read. */
export type FileFormat = 'text' | 'html' | 'json' | CaptionInput;

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  srt: 'srt',
  vtt: 'vtt',
  ttml: 'ttml',
  dfxp: 'ttml',
  // An `.xml` upload is read as TTML: one whose root is not `<tt>` is reported, not guessed at.
  xml: 'ttml',
  sbv: 'sbv',
  ass: 'ass',
  ssa: 'ass',
  json: 'json',
};

/** Every file extension scriptdesk reads, with its dot (`.srt`), for an upload's `accept`. */
export const FILE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS).map((e) => `.${e}`);

/** The formats a file name can name, in a sentence: `.txt, .html, … and speech-to-text .json`. */
export function readableFileTypes(): string {
  const shown = Object.keys(EXTENSIONS).filter((e) => e !== 'json' && e !== 'text' && e !== 'md');
  return `.${shown.join(', .')} and speech-to-text .json`;
}

/**
 * The format a file name's extension says, or null for an extension scriptdesk does not read.
 *
 * @example formatFromFileName('story.SRT') // 'srt'
 */
export function formatFromFileName(name: string): FileFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot === -1) return null;
  const extension = name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? (EXTENSIONS[extension] ?? null) : null;
}
