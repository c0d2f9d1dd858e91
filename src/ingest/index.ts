/**
 * Input formats to transcript text. Every input reaches the core pipeline as plain text; text
 * converted from another format keeps a map back to its source lines.
 */

import { ASR_FORMATS, type AsrFormat, asrToLines, detectAsrText } from './asr/index.ts';
import { ctmToLines, looksLikeCtm, looksLikeStm, stmToLines } from './asr/nist.ts';
import { jsonLines, unstream } from './asr/streaming.ts';
import { looksLikeTextGrid, textGridToLines } from './asr/textgrid.ts';
import { assToLines, looksLikeAss } from './ass.ts';
import { breakTagsText } from './break-tags.ts';
import { cmsJsonToLines } from './cms-json.ts';
import { columnTagsText } from './column-tags.ts';
import { dcpToLines, looksLikeDcpSubtitles } from './dcp.ts';
import { unescapedText } from './escaped.ts';
import { fcpxmlToLines, looksLikeFcpxml } from './fcpxml.ts';
import { CAPTION_INPUTS } from './file-names.ts';
import { htmlToLines, looksLikeHtml } from './html.ts';
import { type IngestedText, macLineBreaks } from './lines.ts';
import { looksLikeLrc, lrcToLines } from './lrc.ts';
import { looksLikeMcc, mccToLines } from './mcc.ts';
import { quotedPrintableText } from './quoted-printable.ts';
import { looksLikeRtf, rtfToLines } from './rtf.ts';
import { looksLikeSami, samiToLines } from './sami.ts';
import { looksLikeSbv, sbvToLines } from './sbv.ts';
import { looksLikeScc, sccToLines } from './scc.ts';
import { segmentLinesText } from './segment-lines.ts';
import { looksLikeEbuStl, stlToLines } from './stl.ts';
import { looksLikeSrt, looksLikeVtt, subtitlesToLines } from './subtitles.ts';
import { looksLikeTable, markdownTablesText, tableToLines } from './table.ts';
import { looksLikeTrs, trsToLines } from './trs.ts';
import { looksLikeTimedText, looksLikeTtml, ttmlToLines } from './ttml.ts';

export {
  ASR_FORMATS,
  type AsrFormat,
  detectAsrFormat,
  detectAsrText,
  keepParsedJson,
  noSpeech,
  resultText,
} from './asr/index.ts';
export { isCmsArticle } from './cms-json.ts';
export { docxToText } from './docx.ts';
export {
  CAPTION_INPUTS,
  type CaptionInput,
  DOCX_MEDIA_TYPE,
  FILE_ACCEPT,
  type FileFormat,
  formatFromFileName,
  formatFromMediaType,
  READABLE_FILES,
} from './file-names.ts';
export { htmlToText, looksLikeHtml } from './html.ts';
export { type IngestedText, macLineBreaks, toSourceLine } from './lines.ts';
export { bytesToByteString, looksLikeEbuStl, stlToSrt } from './stl.ts';
export { subtitlesToText } from './subtitles.ts';

/**
 * Formats a transcript can arrive in: text, HTML, RTF, timed captions (SRT, WebVTT, TTML with DCP
 * subtitle XML and FCPXML, SBV with the other caption text exports, ASS/SSA, SCC with MacCaption MCC, LRC,
 * SAMI, EBU STL as a byte string), transcript tables (`csv`: CSV or tab-separated, timed when every
 * row has a start and an end), speech recognition toolkits' time-marked text (`ctm`: a word a
 * line, `stm`: a segment a line; NIST SCTK, Kaldi) and speech-to-text JSON (`json`: the vendor
 * told by its shape, or one vendor by name).
 * A Word document (DOCX) is unpacked at the edge and read to text first (`./docx.ts`).
 */
export const INPUT_FORMATS = [
  'text',
  'html',
  'rtf',
  ...CAPTION_INPUTS,
  'ctm',
  'stm',
  'textgrid',
  'json',
  ...ASR_FORMATS,
] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** True for the speech-to-text JSON formats. */
export function isAsrFormat(format: InputFormat): format is AsrFormat | 'json' {
  return format === 'json' || (ASR_FORMATS as readonly string[]).includes(format);
}

export interface IngestOptions {
  /** For subtitles: keep each paragraph's first cue time as a `[00:01:23]` anchor. */
  keepCueTimes?: boolean;
  /** The video's frame rate: Avid SubCap's timecodes (read as `sbv`) count frames at it. */
  fps?: number;
}

/**
 * Converts input of a known format to transcript text.
 *
 * @example ingest('<p>One.</p><p>Two.</p>', 'html').text // 'One.\n\nTwo.'
 */
export function ingest(input: string, format: InputFormat, options?: IngestOptions): IngestedText {
  switch (format) {
    case 'html':
      return htmlToLines(input);
    case 'rtf':
      return rtfToLines(input);
    case 'srt':
    case 'vtt':
      return subtitlesToLines(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
        ...(options?.fps ? { fps: options.fps } : {}),
      });
    case 'ttml':
      // Digital cinema subtitles, Transcriber files and Final Cut Pro X's FCPXML come as XML
      // too: read here, not as TTML.
      return (
        looksLikeDcpSubtitles(input)
          ? dcpToLines
          : looksLikeTrs(input)
            ? trsToLines
            : looksLikeFcpxml(input)
              ? fcpxmlToLines
              : ttmlToLines
      )(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
      });
    case 'sbv':
      return sbvToLines(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
        ...(options?.fps ? { fps: options.fps } : {}),
      });
    case 'ass':
      return assToLines(input, { keepCueTimes: options?.keepCueTimes ?? false });
    case 'scc':
      // MacCaption MCC carries the same CEA-608 data, read by way of the SCC reader.
      return (looksLikeMcc(input) ? mccToLines : sccToLines)(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
      });
    case 'lrc':
      return lrcToLines(input, { keepCueTimes: options?.keepCueTimes ?? false });
    case 'sami':
      return samiToLines(input, { keepCueTimes: options?.keepCueTimes ?? false });
    case 'stl':
      return stlToLines(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
        ...(options?.fps ? { fps: options.fps } : {}),
      });
    case 'csv':
      return tableToLines(input, {
        keepCueTimes: options?.keepCueTimes ?? false,
        ...(options?.fps ? { fps: options.fps } : {}),
      });
    case 'trs':
      return trsToLines(input, { keepCueTimes: options?.keepCueTimes ?? false });
    case 'ctm':
      return ctmToLines(input);
    case 'stm':
      return stmToLines(input);
    case 'textgrid':
      return textGridToLines(input);
    case 'text':
      // A JSON string's escapes copied as they were (`JANE: Hi.\n\nTOM: Hello.`): its text.
      // An e-mail's source still in its quoted-printable encoding (`It=E2=80=99s`, `cov=`): its text.
      // Whisper's printed segments (`[00:00:03.480 --> 00:00:06.920]  …`): their times too.
      return (
        unescapedText(input) ??
        quotedPrintableText(input) ??
        // A CMS field's lines parted by `<br>` tags and nothing else of HTML: its lines.
        breakTagsText(input) ??
        segmentLinesText(input) ??
        // Markdown tables in the text (a two-column script's `| VIDEO | AUDIO |`): rows of cells.
        markdownTablesText(input) ??
        // Speakers' names in a column of their own, a gap of spaces before the words.
        columnTagsText(input) ?? { text: input, sourceLines: null }
      );
    default: {
      const read = asrToLines(input, format === 'json' ? 'auto' : format);
      // A CMS's story JSON (WordPress, Arc XP, Ghost, Drupal, schema.org), when no result reads.
      const why = read.messages?.[0]?.ruleId;
      if (
        format === 'json' &&
        read.text === '' &&
        (why === 'asr-unreadable' || why === 'asr-no-speech')
      )
        return cmsJsonToLines(input) ?? read;
      return read;
    }
  }
}

/**
 * JSON that is no speech-to-text result scriptdesk knows (an object or a list, whole): read as
 * `json`, whose reader refuses it with a reason, rather than as a transcript of braces and quotes.
 */
function looksLikeJson(text: string): boolean {
  const head = text.trimStart();
  const open = head.charCodeAt(0);
  if (open !== 0x7b && open !== 0x5b) return false;
  const close = head.trimEnd().charCodeAt(head.trimEnd().length - 1);
  if (close !== (open === 0x7b ? 0x7d : 0x5d)) return false;
  try {
    const value: unknown = JSON.parse(head);
    return typeof value === 'object' && value !== null;
  } catch {
    // A live session's log (JSON Lines) whose final results have no times: its text.
    return unstream(jsonLines(head)) !== null;
  }
}

/**
 * Guesses the format of pasted text from how it starts: an EBU STL GSI block (a byte string),
 * speech-to-text JSON (by its shape), a `WEBVTT` header, LRC's header tags or `[mm:ss.xx]` lines,
 * an SRT cue, an XML document whose root is `<tt>` (TTML), a DCP subtitle root or `<fcpxml>`, `<SAMI>`, an
 * SBV timing line (or another caption text export's shape), an ASS/SSA `[Script Info]` or
 * `[Events]` header, a `Scenarist_SCC` or MCC header, CTM or STM lines (every line `file channel
 * start duration word`, `file channel speaker start end text`), a transcript table's
 * header row (CSV or tab-separated, `Speaker,Start,End,Text`), RTF (`{\rtf`), an HTML document or
 * block element; anything else is plain text.
 */
export function detectInputFormat(text: string): InputFormat {
  // An EBU STL file as a byte string (the edge reads binary uploads so): its GSI opens it.
  if (text.charCodeAt(3) === 0x53 && looksLikeEbuStl(text)) return 'stl';
  // Every other format is told by its lines: an old Mac file's CR alone breaks one as LF does.
  return detectTextFormat(macLineBreaks(text).text);
}

function detectTextFormat(text: string): InputFormat {
  if (detectAsrText(text) || looksLikeJson(text)) return 'json';
  if (looksLikeVtt(text)) return 'vtt';
  if (looksLikeLrc(text)) return 'lrc';
  if (looksLikeSrt(text)) return 'srt';
  if (
    looksLikeTtml(text) ||
    looksLikeTimedText(text) ||
    looksLikeDcpSubtitles(text) ||
    looksLikeFcpxml(text)
  )
    return 'ttml';
  if (looksLikeSami(text)) return 'sami';
  if (looksLikeTrs(text)) return 'trs';
  if (looksLikeSbv(text)) return 'sbv';
  if (looksLikeAss(text)) return 'ass';
  if (looksLikeScc(text) || looksLikeMcc(text)) return 'scc';
  if (looksLikeCtm(text)) return 'ctm';
  if (looksLikeStm(text)) return 'stm';
  if (looksLikeTextGrid(text)) return 'textgrid';
  if (looksLikeTable(text)) return 'csv';
  if (looksLikeRtf(text)) return 'rtf';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}
