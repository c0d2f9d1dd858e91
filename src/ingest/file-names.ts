/**
 * The input format a file's name says. Its own module, without the readers, so the browser
 * form (src/client) decides which uploads to accept by the same table as the server.
 */

/** Formats a file name can name: the JSON ones are told apart by their shape once read. */
export type FileFormat = 'text' | 'html' | 'srt' | 'vtt' | 'json';

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  srt: 'srt',
  vtt: 'vtt',
  json: 'json',
};

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
