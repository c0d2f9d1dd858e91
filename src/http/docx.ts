/**
 * A DOCX upload unpacked at the edge: the ZIP directory is read by `src/ingest/zip.ts`, the
 * document's XML (`word/document.xml`) inflated by the platform's `DecompressionStream`
 * (`deflate-raw`, in workerd and Node 22), counted as it streams so a ZIP bomb stops at its
 * limit. The XML then goes through the pipeline as input `docx` (`src/ingest/docx.ts`).
 * A bomb is a 413; a corrupt, encrypted or non-Word file a 422; never a 500.
 */
import { HttpError } from '../edge/errors.ts';
import {
  checkZipEntry,
  looksLikeZip,
  MAX_ZIP_ENTRY_BYTES,
  readZipDirectory,
  type ZipEntry,
  ZipError,
} from '../ingest/zip.ts';

/** The main part of a Word document. */
const DOCUMENT_PART = 'word/document.xml';

function unreadable(detail: string, cause?: unknown): HttpError {
  return new HttpError('unreadable-document', detail, { cause });
}

function fromZipError(error: ZipError, what: string): HttpError {
  if (error.kind === 'too-large')
    return new HttpError('payload-too-large', `${what} unpacks too large: ${error.message}.`, {
      extensions: { maxBytes: MAX_ZIP_ENTRY_BYTES },
    });
  if (error.kind === 'encrypted')
    return unreadable(`${what} is encrypted (${error.message}): save it without a password.`);
  return unreadable(`${what} is not a readable DOCX: ${error.message}.`);
}

/** Inflates one entry, never past its declared size (nor the limit). */
async function inflate(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError('corrupt', 'a stored size differs');
    return packed;
  }
  const out = new Uint8Array(entry.size);
  let length = 0;
  const reader = new Blob([packed])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.byteLength > entry.size) {
        throw new ZipError(
          entry.size >= MAX_ZIP_ENTRY_BYTES ? 'too-large' : 'corrupt',
          `“${entry.name}” unpacks past its declared ${entry.size} bytes`,
        );
      }
      out.set(value, length);
      length += value.byteLength;
    }
  } catch (cause) {
    void reader.cancel().catch(() => {});
    if (cause instanceof ZipError) throw cause;
    throw new ZipError('corrupt', `“${entry.name}” does not inflate`);
  }
  if (length !== entry.size)
    throw new ZipError('corrupt', `“${entry.name}” is shorter than its declared size`);
  return out;
}

/**
 * The XML of a DOCX's document part. Throws an {@link HttpError}: 413 `payload-too-large` for
 * a part past the limits (size, ratio, entry count), 422 `unreadable-document` otherwise.
 *
 * @example await unpackDocx(bytes) // '<?xml …?><w:document …>'
 */
export async function unpackDocx(bytes: Uint8Array, name = 'The DOCX'): Promise<string> {
  const what = name;
  if (!looksLikeZip(bytes)) {
    // Office's encrypted files, and the old binary .doc, are OLE compound files.
    const ole =
      bytes.length >= 4 &&
      bytes[0] === 0xd0 &&
      bytes[1] === 0xcf &&
      bytes[2] === 0x11 &&
      bytes[3] === 0xe0;
    throw unreadable(
      ole
        ? `${what} is encrypted, or an old binary .doc: save it as .docx without a password.`
        : `${what} is not a DOCX (a DOCX is a ZIP archive).`,
    );
  }
  try {
    const entries = readZipDirectory(bytes);
    const entry = entries.get(DOCUMENT_PART);
    if (!entry) throw unreadable(`${what} has no ${DOCUMENT_PART}: it is no Word document.`);
    checkZipEntry(entry);
    const xml = await inflate(bytes, entry);
    return new TextDecoder().decode(xml);
  } catch (cause) {
    if (cause instanceof ZipError) throw fromZipError(cause, what);
    throw cause;
  }
}
