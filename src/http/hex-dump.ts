/**
 * The preview of a binary output. No imports: the form's page script (src/client/form.ts)
 * bundles this module too, so the preview with and without JavaScript is the same.
 */

/**
 * A binary output (EBU STL) as the preview shows it: offset, 16 bytes in hex, and those bytes as
 * ASCII (`.` for the rest), for the first 2 KB.
 */
export function hexDump(bytes: Uint8Array, limit = 2048): string {
  const lines = [
    `${bytes.byteLength} bytes (binary file: use Download). First ${Math.min(limit, bytes.byteLength)}:`,
  ];
  for (let at = 0; at < Math.min(limit, bytes.byteLength); at += 16) {
    const row = bytes.subarray(at, Math.min(at + 16, bytes.byteLength));
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = [...row]
      .map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'))
      .join('');
    lines.push(`${at.toString(16).padStart(6, '0')}  ${hex.padEnd(47)}  ${text}`);
  }
  return lines.join('\n');
}
