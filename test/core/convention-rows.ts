/** What the convention rounds' tests compare: each block's type, speaker and first words. */
import { formatTranscript, type ScriptDocument } from '../../src/core/index.ts';

export type Row = [string, string | null, string];

/** Every block as [type, speaker's name or role, first words]. */
export function rows(doc: ScriptDocument): Row[] {
  const byId = new Map(doc.speakers.map((s) => [s.id, s.name ?? s.role ?? s.title ?? null]));
  return doc.blocks.map((b) => [
    b.type,
    b.speaker ? (byId.get(b.speaker) ?? null) : null,
    b.text.split(' ').slice(0, 3).join(' '),
  ]);
}

/** The document of a transcript written as its lines. */
export const format = (lines: string[]): ScriptDocument => formatTranscript(lines.join('\n'));
