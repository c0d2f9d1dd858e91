/**
 * EBU STL files built in the tests, byte by byte after EBU Tech 3264: a GSI block with the fields
 * a test sets, then one 128-byte TTI block per entry. No real file is copied.
 */

export interface TtiBlock {
  /** Subtitle number (SN). */
  sn: number;
  /** Extension block number: 0xff for the last (or only) block of a subtitle. */
  ebn?: number;
  /** Cumulative status (0 not cumulative, 1 first, 2 intermediate, 3 last). */
  cs?: number;
  /** Time code in and out as [h, m, s, f]. */
  tci: [number, number, number, number];
  tco: [number, number, number, number];
  /** Comment flag (1: a comment, not shown). */
  cf?: number;
  /** The text field's bytes (padded with 0x8F). */
  tf: number[];
}

export interface Gsi {
  cpn?: string;
  dfc?: string;
  cct?: string;
  lc?: string;
  title?: string;
  translatedTitle?: string;
  /** Time code status (`1`: the time codes are for use) and start of programme `HHMMSSFF`. */
  tcs?: string;
  tcp?: string;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** ASCII text as TF bytes, rows joined by 0x8A. */
export function rows(...lines: (string | number[])[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push(0x8a);
    out.push(...(typeof line === 'string' ? ascii(line) : line));
  });
  return out;
}

export function buildStlFile(gsi: Gsi, blocks: readonly TtiBlock[]): Uint8Array {
  const out = new Uint8Array(1024 + 128 * blocks.length);
  out.fill(0x20, 0, 1024);
  const put = (at: number, text: string): void => {
    out.set(ascii(text), at);
  };
  put(0, gsi.cpn ?? '850');
  put(3, gsi.dfc ?? 'STL25.01');
  put(11, '1');
  put(12, gsi.cct ?? '00');
  put(14, gsi.lc ?? '09');
  put(16, gsi.title ?? '');
  put(80, gsi.translatedTitle ?? '');
  put(238, String(blocks.length).padStart(5, '0'));
  put(255, gsi.tcs ?? '1');
  put(256, gsi.tcp ?? '00000000');
  blocks.forEach((b, i) => {
    const at = 1024 + 128 * i;
    out[at] = 0;
    out[at + 1] = b.sn & 0xff;
    out[at + 2] = b.sn >> 8;
    out[at + 3] = b.ebn ?? 0xff;
    out[at + 4] = b.cs ?? 0;
    out.set(b.tci, at + 5);
    out.set(b.tco, at + 9);
    out[at + 13] = 20;
    out[at + 14] = 2;
    out[at + 15] = b.cf ?? 0;
    out.fill(0x8f, at + 16, at + 128);
    out.set(b.tf.slice(0, 112), at + 16);
  });
  return out;
}
