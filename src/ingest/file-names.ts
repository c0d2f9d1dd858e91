/**
 * The input format a file's name says. Its own module, without the readers, so the browser
 * form (src/client) decides which uploads to accept by the same table as the server.
 */

/**
 * Timed caption formats read as input: their cues keep their times (`ttml` is DFXP, IMSC and
 * EBU-TT-D; `sbv` is YouTube SBV and Avid SubCap; `ass` is ASS and SSA; `scc` is Scenarist SCC,
 * CEA-608, and MacCaption MCC; `lrc` is timed lyrics or a transcript as LRC; `sami` is SAMI
 * (`.smi`); `stl` is EBU STL, binary, read as a byte string; `csv` is a transcript table,
 * CSV or tab-separated, timed when its rows have a start and an end; `trs` is Transcriber's XML). The form, the options' `x-inputs` and the readers share it.
 */
export const CAPTION_INPUTS = [
  'srt',
  'vtt',
  'ttml',
  'sbv',
  'ass',
  'scc',
  'lrc',
  'sami',
  'stl',
  'csv',
  'trs',
] as const;
export type CaptionInput = (typeof CAPTION_INPUTS)[number];

/** Formats a file name can name: the JSON ones are told apart by their shape once read. */
export type FileFormat =
  | 'text'
  | 'html'
  | 'rtf'
  | 'json'
  | 'ctm'
  | 'stm'
  | 'textgrid'
  | 'docx'
  | CaptionInput;

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  rtf: 'rtf',
  srt: 'srt',
  vtt: 'vtt',
  ttml: 'ttml',
  dfxp: 'ttml',
  // iTunes Timed Text (Apple's TTML with SMPTE time codes).
  itt: 'ttml',
  // An `.xml` upload is read as TTML: one whose root is not `<tt>` is reported, not guessed at.
  xml: 'ttml',
  // Final Cut Pro X's FCPXML: its captions (or titles), read by the TTML path.
  fcpxml: 'ttml',
  sbv: 'sbv',
  // SubViewer 2 and MicroDVD, both `.sub`, read by the SBV reader.
  sub: 'sbv',
  ass: 'ass',
  ssa: 'ass',
  scc: 'scc',
  // MacCaption MCC: CEA-608 in caption packets, read by the SCC reader.
  mcc: 'scc',
  lrc: 'lrc',
  smi: 'sami',
  sami: 'sami',
  // EBU STL (binary, read as bytes at the edge); a Spruce STL text file is told apart there.
  stl: 'stl',
  csv: 'csv',
  tsv: 'csv',
  // Transcriber's XML (broadcast news transcription: turns, speakers, sync marks).
  trs: 'trs',
  // Speech recognition toolkits' time-marked words and segments (NIST SCTK, Kaldi).
  ctm: 'ctm',
  stm: 'stm',
  // Praat's annotation grid (forced aligners: Montreal Forced Aligner, WebMAUS).
  textgrid: 'textgrid',
  json: 'json',
  // YouTube's timed text as JSON, as yt-dlp names it; a live session's log as JSON Lines.
  json3: 'json',
  jsonl: 'json',
  ndjson: 'json',
  // oTranscribe's transcript: JSON of the editor's HTML with timestamps.
  otr: 'json',
  // A Word document: unpacked at the edge (a ZIP), its XML read by src/ingest/docx.ts.
  docx: 'docx',
};

/** The media type of a Word document (DOCX): an upload's type, or a raw body's Content-Type. */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** MIME types of uploaded files, for files whose name has no extension scriptdesk knows. */
export const FILE_MEDIA_TYPES: Readonly<Record<string, FileFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/html': 'html',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'application/x-subrip': 'srt',
  'text/vtt': 'vtt',
  'application/ttml+xml': 'ttml',
  'application/xml': 'ttml',
  'text/xml': 'ttml',
  'text/x-scc': 'scc',
  'application/x-ebu-stl': 'stl',
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/json': 'json',
  'application/x-ndjson': 'json',
  'application/jsonl': 'json',
  [DOCX_MEDIA_TYPE]: 'docx',
};

/** The format an upload's MIME type (its essence, lower case) says, or null. */
export function formatFromMediaType(essence: string): FileFormat | null {
  return Object.hasOwn(FILE_MEDIA_TYPES, essence) ? (FILE_MEDIA_TYPES[essence] ?? null) : null;
}

/** An upload control's `accept`: every extension (`.srt`) and MIME type scriptdesk reads. */
export const FILE_ACCEPT: string = [
  ...Object.keys(EXTENSIONS).map((e) => `.${e}`),
  ...Object.keys(FILE_MEDIA_TYPES),
].join(',');

/**
 * The file types scriptdesk reads, for a sentence: `.txt, .html, .htm, .srt, …, .ssa or
 * speech-to-text .json`.
 */
export const READABLE_FILES: string = `${Object.keys(EXTENSIONS)
  .filter((e) => !e.startsWith('json') && e !== 'ndjson')
  .map((e) => `.${e}`)
  .join(', ')} or speech-to-text .json (.json3, .jsonl)`;

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
