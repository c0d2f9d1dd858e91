/**
 * The central directory of a ZIP archive (a DOCX is one): names, methods, sizes and where each
 * entry's data lies, read from the end of the archive without inflating anything. Bounded before
 * any byte is unpacked: the number of entries, each entry's declared size and its ratio to the
 * compressed size. Inflating (`deflate-raw`) is the edge's: the pipeline stays synchronous.
 */

/** Most entries read from a directory (a DOCX has a few dozen). */
export const MAX_ZIP_ENTRIES = 2_000;
/** Largest unpacked size of one entry scriptdesk reads (a 500-page DOCX's XML is a few MB). */
export const MAX_ZIP_ENTRY_BYTES = 32 * 1024 * 1024;
/** Highest unpacked / packed ratio accepted (Office XML packs about 5–20 times; a bomb 1000). */
export const MAX_ZIP_RATIO = 200;

export type ZipProblem = 'corrupt' | 'encrypted' | 'too-large' | 'unsupported';

/** A ZIP archive that cannot be read: `kind` says why, for the status the edge answers with. */
export class ZipError extends Error {
  readonly kind: ZipProblem;
  constructor(kind: ZipProblem, message: string) {
    super(message);
    this.kind = kind;
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared by the directory: the unpacking still stops at it. */
  size: number;
  /** Offset of the entry's data (after its local header). */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (
    ((b[at] as number) |
      ((b[at + 1] as number) << 8) |
      ((b[at + 2] as number) << 16) |
      ((b[at + 3] as number) << 24)) >>>
    0
  );
}

/** True when the bytes open as a ZIP archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL;
}

/**
 * The entries of a ZIP archive, by name. Throws {@link ZipError}: `corrupt` when the directory
 * does not parse, `encrypted` for an encrypted entry, `unsupported` for ZIP64 or a method other
 * than stored or deflated, `too-large` past the entry count.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535, at the end.
  let end = -1;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end === -1) throw new ZipError('corrupt', 'no ZIP directory at the end of the file');
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirStart = u32(bytes, end + 16);
  if (count === 0xffff || dirStart === 0xffffffff)
    throw new ZipError('unsupported', 'a ZIP64 archive');
  if (count > MAX_ZIP_ENTRIES)
    throw new ZipError('too-large', `${count} entries (at most ${MAX_ZIP_ENTRIES})`);
  if (dirStart + dirSize > end) throw new ZipError('corrupt', 'the ZIP directory is cut off');
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = dirStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL)
      throw new ZipError('corrupt', 'a ZIP directory entry does not parse');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError('encrypted', `“${name}” is encrypted`);
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL)
      throw new ZipError('corrupt', `the data of “${name}” is not where the directory says`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length)
      throw new ZipError('corrupt', `“${name}” is cut off`);
    entries.set(name, { name, method, compressedSize, size, dataStart });
  }
  return entries;
}

/**
 * Checks an entry before it is unpacked: a method scriptdesk reads, a declared size under the
 * limit and a believable ratio. Throws {@link ZipError}.
 */
export function checkZipEntry(entry: ZipEntry, maxBytes = MAX_ZIP_ENTRY_BYTES): void {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError('unsupported', `“${entry.name}” is packed with method ${entry.method}`);
  if (entry.size > maxBytes)
    throw new ZipError(
      'too-large',
      `“${entry.name}” unpacks to ${entry.size} bytes (at most ${maxBytes})`,
    );
  if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * MAX_ZIP_RATIO)
    throw new ZipError(
      'too-large',
      `“${entry.name}” unpacks over ${MAX_ZIP_RATIO} times its packed size`,
    );
}
