/**
 * A format request, whatever its content type: the transcript text, its input format, the
 * requested output and the options as sent. Body errors are problems: 400 when it does not parse,
 * 415 for a content type scriptdesk does not read or for binary data.
 */
import type { Message } from '../core/document.ts';
import { lazy } from '../core/lazy.ts';
import { HttpError } from '../edge/errors.ts';
import { invalidOptions } from '../edge/options.ts';
import {
  BinaryData,
  type DecodedText,
  decodeBytes,
  encodingMessages,
  UnknownCharset,
} from '../ingest/encoding.ts';
import {
  bytesToByteString,
  DOCX_MEDIA_TYPE,
  detectAsrFormat,
  detectInputFormat,
  docxToText,
  formatFromFileName,
  formatFromMediaType,
  INPUT_FORMATS,
  type InputFormat,
  isAsrFormat,
  isCmsArticle,
  keepParsedJson,
  looksLikeEbuStl,
  noSpeech,
  READABLE_FILES,
  resultText,
} from '../ingest/index.ts';
import { unpackDocx } from './docx.ts';
import { parseMediaType } from './media-type.ts';
import {
  DOWNLOAD_WORDS,
  isDownloadWord,
  isRequestMember,
  requestMemberNames,
} from './request-schema.ts';

/** Request parameters that are not options: the request's members (but `options`), a form's. */
const REQUEST_PARAMS = lazy(
  () =>
    new Set<string>([
      ...requestMemberNames().filter((name) => name !== 'options'),
      'file',
      'action',
    ]),
);

/** The media type of an EBU STL file, as `output=stl` answers it. */
const STL_MEDIA_TYPE = 'application/x-ebu-stl';

/** Content types `POST /v1/format` reads, and the input format each declares (null: detect). */
export const BODY_TYPES: Readonly<Record<string, InputFormat | null>> = {
  'text/plain': null,
  'application/json': null,
  'multipart/form-data': null,
  'application/x-www-form-urlencoded': null,
  'text/html': 'html',
  'application/x-subrip': 'srt',
  'text/vtt': 'vtt',
  'application/ttml+xml': 'ttml',
  // Generic XML: read as TTML (DFXP is often served so); a root that is not `<tt>` is a 422.
  'application/xml': 'ttml',
  'text/xml': 'ttml',
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  // A live speech-to-text session's log, one message a line (src/ingest/asr/streaming.ts).
  'application/x-ndjson': 'json',
  'application/jsonl': 'json',
  // A Word document: unpacked and read to text here (./docx.ts), then formatted as text.
  [DOCX_MEDIA_TYPE]: 'text',
  // EBU STL: binary, read as a byte string (src/ingest/stl.ts).
  [STL_MEDIA_TYPE]: 'stl',
};

export interface Submission {
  text: string;
  inputFormat: InputFormat;
  /** The input format as asked for (`input=`), if any: `auto` or a format. */
  input: string | undefined;
  /** The output asked for by name (`output=`), if any; not validated yet. */
  output: string | undefined;
  download: boolean;
  /** The form's submit button (`preview` or `download`), if any. */
  action: string | undefined;
  /** Options as strings (query string, form fields): every value of each name. */
  optionStrings: Record<string, string[]>;
  /** Options from a JSON body's `options` object, typed as sent. */
  optionJson: Record<string, unknown>;
  /** Name of the uploaded file the text came from, if any. */
  fileName: string | null;
  /** The producer's corrections as sent (a JSON body's object, or a form field's JSON text). */
  corrections: unknown;
  /** Messages about how the text was decoded (an `encoding` message), for the document. */
  inputMessages: Message[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a body or an uploaded file (`decodeBytes`: BOM, UTF-8, the declared charset, else
 * detected); binary data or an unknown charset is a 415.
 *
 * @example decodeBody(new Uint8Array([0x93, 0x48, 0x69, 0x94])).text // '“Hi”'
 */
export function decodeBody(bytes: Uint8Array, charset?: string, what = 'The body'): DecodedText {
  try {
    return decodeBytes(bytes, charset, what);
  } catch (error) {
    if (error instanceof BinaryData) throw new HttpError('unsupported-media-type', error.message);
    if (error instanceof UnknownCharset) {
      throw new HttpError(
        'unsupported-media-type',
        `${what} is not UTF-8 and ${error.message} Send UTF-8, or a charset such as windows-1252.`,
      );
    }
    throw error;
  }
}

/**
 * Decodes UTF-8 strictly: invalid UTF-8 or a NUL byte means binary data (415), not text. For
 * form fields, which browsers always send as UTF-8.
 *
 * @example decodeText(new TextEncoder().encode('Tarō')) // 'Tarō'
 */
export function decodeText(bytes: Uint8Array, what = 'The body'): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch (cause) {
    throw new HttpError('unsupported-media-type', `${what} is not UTF-8 text (binary data?).`, {
      cause,
    });
  }
  if (text.includes('\u0000')) {
    throw new HttpError(
      'unsupported-media-type',
      `${what} contains NUL bytes: binary data, not text.`,
    );
  }
  return text;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes `application/x-www-form-urlencoded` (WHATWG URL, "urlencoded parsing") strictly: the
 * percent-decoded bytes must be UTF-8, where `URLSearchParams` would put U+FFFD and go on.
 */
export function parseUrlEncoded(body: string): [string, string][] {
  const pairs: [string, string][] = [];
  const encoder = new TextEncoder();
  for (const sequence of body.split('&')) {
    if (!sequence) continue;
    const eq = sequence.indexOf('=');
    const rawName = eq === -1 ? sequence : sequence.slice(0, eq);
    const rawValue = eq === -1 ? '' : sequence.slice(eq + 1);
    const decode = (s: string): string => {
      const bytes: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const ch = s[i] ?? '';
        const hex = s.slice(i + 1, i + 3);
        if (ch === '%' && HEX.test(hex)) {
          bytes.push(Number.parseInt(hex, 16));
          i += 2;
        } else if (ch === '+') {
          bytes.push(0x20);
        } else {
          const code = s.codePointAt(i) ?? 0;
          const char = String.fromCodePoint(code);
          for (const b of encoder.encode(char)) bytes.push(b);
          if (char.length === 2) i++;
        }
      }
      return decodeText(new Uint8Array(bytes), 'A form field');
    };
    pairs.push([decode(rawName), decode(rawValue)]);
  }
  return pairs;
}

function unsupported(detail: string): HttpError {
  return new HttpError('unsupported-media-type', detail, {
    headers: { Accept: Object.keys(BODY_TYPES).join(', ') },
    extensions: { supported: Object.keys(BODY_TYPES) },
  });
}

const FIELD_ERROR_ALLOWED = {
  text: 'a string',
  output: 'a string naming an output',
  input: `one of: auto, ${INPUT_FORMATS.join(', ')}`,
  download: 'true or false',
  options: 'an object of options',
};

function fieldError(field: keyof typeof FIELD_ERROR_ALLOWED, value: unknown): HttpError {
  return invalidOptions([
    { field, value, allowed: FIELD_ERROR_ALLOWED[field], message: `Invalid ${field}` },
  ]);
}

/** A JSON body made only of the request's members (`{"text": …, "output": …}`). */
function isRequestObject(json: Record<string, unknown>): boolean {
  for (const key of Object.keys(json)) if (!isRequestMember(key)) return false;
  return true;
}

/**
 * What a Word document's text is: a transcript, or cues (Teams' `.docx` transcript: `0:0:1.290
 * --> 0:0:4.120` / `Fischer, Lena` / the words) read as SRT, their times kept and not words.
 */
function docxFormat(text: string): InputFormat {
  return detectInputFormat(text) === 'srt' ? 'srt' : 'text';
}

/** `input=` from the query, when it names a format; else `text`. */
function requestedInput(fields: Fields): InputFormat {
  const input = fields.last('input');
  return input !== undefined && (INPUT_FORMATS as readonly string[]).includes(input)
    ? (input as InputFormat)
    : 'text';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields collected from the query string and the body, every value of each name in order. */
class Fields {
  readonly values = new Map<string, string[]>();
  add(name: string, value: string): void {
    const list = this.values.get(name);
    if (list) list.push(value);
    else this.values.set(name, [value]);
  }
  last(name: string): string | undefined {
    return this.values.get(name)?.at(-1);
  }
}

interface Upload {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Reads a multipart body with the runtime's parser; a broken body is a 400. */
async function readMultipart(
  body: Uint8Array,
  contentType: string,
  fields: Fields,
): Promise<Upload | null> {
  let form: FormData;
  try {
    form = await new Request('http://body.invalid/', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
    }).formData();
  } catch (cause) {
    throw new HttpError('malformed-request', 'The multipart/form-data body does not parse.', {
      cause,
    });
  }
  let upload: Upload | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      fields.add(name, value);
      continue;
    }
    // `curl -F text=@story.txt` sends the transcript as a file named `text`.
    if (name !== 'file' && name !== 'text') {
      throw invalidOptions([
        {
          field: name,
          value: value.name,
          allowed: 'a file only in `file` or `text`',
          message: 'Unexpected file',
        },
      ]);
    }
    const bytes = new Uint8Array(await value.arrayBuffer());
    // An empty file input (no file chosen) arrives as an empty part without a name.
    if (bytes.byteLength > 0 || value.name) upload = { name: value.name, type: value.type, bytes };
  }
  return upload;
}

/** True for a Word document (DOCX) upload, by its name, else its type. */
function isDocxUpload(upload: Upload): boolean {
  const byName = formatFromFileName(upload.name);
  if (byName) return byName === 'docx';
  return formatFromMediaType(parseMediaType(upload.type)?.essence ?? '') === 'docx';
}

/** A DOCX's text and what reading it left out (see src/ingest/docx.ts). */
async function docxText(
  bytes: Uint8Array,
  what: string,
): Promise<{ text: string; messages: Message[] }> {
  return docxToText(await unpackDocx(bytes, what));
}

/**
 * An EBU STL upload's bytes as the reader's byte string, or null when the upload is no EBU STL:
 * any file whose GSI opens it, and a `.stl` (or `application/x-ebu-stl`) file that is not text
 * (a broken one is then the reader's 422, not a 415). A `.stl` of text is Spruce STL: null.
 */
function stlUpload(upload: Upload): string | null {
  if (looksLikeEbuStl(upload.bytes)) return bytesToByteString(upload.bytes);
  const byName = formatFromFileName(upload.name);
  const named =
    byName === 'stl' ||
    (!byName && formatFromMediaType(parseMediaType(upload.type)?.essence ?? '') === 'stl');
  if (!named) return null;
  try {
    decodeBytes(upload.bytes, undefined, 'The file');
    return null;
  } catch {
    return bytesToByteString(upload.bytes);
  }
}

function uploadFormat(upload: Upload): InputFormat | null {
  const byName = formatFromFileName(upload.name);
  // A `.txt` file is told apart like a paste: captions are saved as text too (Avid SubCap).
  if (byName === 'text') return null;
  // A `.stl` that is text (Spruce STL) is told apart like a paste; EBU STL is read before.
  if (byName && byName !== 'docx') return byName === 'stl' ? null : byName;
  const byType = formatFromMediaType(parseMediaType(upload.type)?.essence ?? '');
  if (byType && byType !== 'docx') return byType === 'stl' ? null : byType;
  if (upload.name.includes('.')) {
    throw unsupported(
      `scriptdesk reads ${READABLE_FILES} files, not "${upload.name}" (${upload.type || 'unknown type'}).`,
    );
  }
  return null;
}

/**
 * Parses a format request body of any supported content type, plus the query string.
 *
 * @example await parseSubmission(new TextEncoder().encode('Hello.'), 'text/plain', new URL('http://x/v1/format?output=srt'))
 */
export async function parseSubmission(
  body: Uint8Array,
  contentType: string | undefined,
  url: URL,
): Promise<Submission> {
  const fields = new Fields();
  for (const [name, value] of url.searchParams) fields.add(name, value);
  let text: string | undefined;
  let declared: InputFormat | null = null;
  let optionJson: Record<string, unknown> = {};
  let fileName: string | null = null;
  let corrections: unknown;
  let decoded: DecodedText | null = null;
  /** What reading a Word document left out. */
  let documentMessages: Message[] = [];

  const media = parseMediaType(contentType);
  if (!media) {
    if (body.byteLength > 0 || contentType) {
      throw unsupported(
        contentType
          ? `"${contentType.slice(0, 100)}" is not a media type.`
          : 'A body needs a Content-Type, e.g. text/plain; charset=utf-8.',
      );
    }
    text = '';
  } else {
    if (!(media.essence in BODY_TYPES)) {
      throw unsupported(`scriptdesk does not read ${media.essence}.`);
    }
    const charset = media.params.charset?.toLowerCase();
    declared = BODY_TYPES[media.essence] ?? null;
    switch (media.essence) {
      case 'application/json': {
        decoded = decodeBody(body, charset);
        const source = decoded.text;
        let json: unknown;
        try {
          json = JSON.parse(source);
        } catch (cause) {
          const reason = cause instanceof Error ? cause.message : 'syntax error';
          throw new HttpError('malformed-request', `The JSON body does not parse: ${reason}`, {
            cause,
          });
        }
        // A bare list of segments, or of turns without times, is a result too (see
        // src/ingest/asr/envelope.ts).
        if (Array.isArray(json) && (detectAsrFormat(json) || resultText(json) !== null)) {
          text = source;
          declared = 'json';
          keepParsedJson(source, json);
          break;
        }
        if (!isPlainObject(json)) throw fieldError('options', json);
        // A speech-to-text result (Deepgram, Whisper, AWS …) rather than a request: any member
        // outside the request's own, and a shape a reader knows (or a result's untimed `text`:
        // OpenAI's `json` with its `usage`; one with no words, or a failed job's, to say so).
        // Options then come from the query.
        if (
          !isRequestObject(json) &&
          (isAsrFormat(requestedInput(fields)) ||
            detectAsrFormat(json) ||
            resultText(json) !== null ||
            noSpeech(json) !== null ||
            // A CMS's story (WordPress, Arc XP, Ghost, Drupal, schema.org; src/ingest/cms-json.ts).
            isCmsArticle(json))
        ) {
          text = source;
          declared = 'json';
          // The reader takes this value: 1.6 MB of JSON for an hour is not parsed twice.
          keepParsedJson(source, json);
          break;
        }
        for (const [key, value] of Object.entries(json)) {
          if (!isRequestMember(key)) {
            throw invalidOptions([
              {
                field: key,
                value,
                allowed: `one of: ${requestMemberNames().join(', ')}`,
                message: 'Unknown member of the JSON body',
              },
            ]);
          }
          if (key === 'options') {
            if (!isPlainObject(value)) throw fieldError('options', value);
            optionJson = value;
          } else if (key === 'corrections') {
            corrections = value;
          } else {
            // A string, as a query or a form gives it (`download` may be a boolean too); its
            // value is checked below, where the query's and the form's are.
            if (!(typeof value === 'string' || (key === 'download' && typeof value === 'boolean')))
              throw fieldError(key, value);
            fields.add(key, String(value));
          }
        }
        text = fields.last('text') ?? '';
        break;
      }
      case 'application/x-www-form-urlencoded':
        for (const [name, value] of parseUrlEncoded(decodeText(body))) fields.add(name, value);
        text = fields.last('text') ?? '';
        break;
      case 'multipart/form-data': {
        if (!media.params.boundary) {
          throw new HttpError(
            'malformed-request',
            'multipart/form-data needs a boundary parameter.',
          );
        }
        const upload = await readMultipart(body, contentType ?? '', fields);
        const stl = upload && upload.bytes.byteLength > 0 ? stlUpload(upload) : null;
        if (upload && stl !== null) {
          text = stl;
          declared = 'stl';
          fileName = upload.name || null;
        } else if (upload && upload.bytes.byteLength > 0 && isDocxUpload(upload)) {
          const read = await docxText(upload.bytes, `The file "${upload.name || 'upload'}"`);
          text = read.text;
          documentMessages = read.messages;
          declared = docxFormat(text);
          fileName = upload.name || null;
        } else if (upload && upload.bytes.byteLength > 0) {
          decoded = decodeBody(
            upload.bytes,
            parseMediaType(upload.type)?.params.charset,
            `The file "${upload.name}"`,
          );
          text = decoded.text;
          declared = uploadFormat(upload);
          fileName = upload.name || null;
        } else {
          text = fields.last('text') ?? '';
        }
        break;
      }
      case DOCX_MEDIA_TYPE: {
        const read = await docxText(body, 'The body');
        text = read.text;
        documentMessages = read.messages;
        declared = docxFormat(text);
        break;
      }
      case STL_MEDIA_TYPE:
        text = bytesToByteString(body);
        break;
      default:
        // An EBU STL file sent under another type: its GSI block says what it is.
        if (looksLikeEbuStl(body)) {
          text = bytesToByteString(body);
          declared = 'stl';
          break;
        }
        decoded = decodeBody(body, charset);
        text = decoded.text;
    }
  }

  const input = fields.last('input');
  let inputFormat: InputFormat;
  if (input !== undefined && input !== '' && input !== 'auto') {
    if (!(INPUT_FORMATS as readonly string[]).includes(input)) throw fieldError('input', input);
    inputFormat = input as InputFormat;
  } else {
    inputFormat = declared ?? detectInputFormat(text);
  }

  const downloadValue = (fields.last('download') ?? '').toLowerCase();
  if (!isDownloadWord(downloadValue)) {
    throw fieldError('download', fields.last('download'));
  }

  // A null-prototype record: a field named `__proto__` is a key like any other.
  const optionStrings: Record<string, string[]> = Object.create(null);
  for (const [name, values] of fields.values) {
    if (!REQUEST_PARAMS().has(name)) optionStrings[name] = values;
  }
  const output = fields.last('output');
  return {
    text,
    inputFormat,
    input: input === '' ? undefined : input,
    output: output === '' ? undefined : output,
    download: (DOWNLOAD_WORDS.yes as readonly string[]).includes(downloadValue),
    action: fields.last('action'),
    optionStrings,
    optionJson,
    fileName,
    corrections: corrections ?? fields.last('corrections'),
    inputMessages: [...encodingMessages(decoded), ...documentMessages],
  };
}
