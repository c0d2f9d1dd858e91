/**
 * The document back as a clean plain-text transcript: headline, paragraphs, a speaker tag where a
 * turn starts (name and title on the first appearance), bites in quotes, directions in
 * parentheses. Formatting this text again gives the same text.
 */
import type { ScriptDocument, Speaker } from './document.ts';
import { parseTag } from './tags.ts';

function label(speaker: Speaker, first: boolean): string {
  if (speaker.name === null)
    return speaker.role === 'reporter' ? 'Q' : (speaker.aliases[0] ?? speaker.role ?? 'SPEAKER');
  return first && speaker.title ? `${speaker.name}, ${speaker.title}` : speaker.name;
}

function quote(text: string, language: string): string {
  return language === 'ru' ? `«${text}»` : `“${text}”`;
}

export function toPlainText(doc: ScriptDocument): string {
  const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
  const introduced = new Set<string>();
  const out: string[] = [];
  let previous: string | null = null;
  for (const block of doc.blocks) {
    if (block.type === 'direction') {
      out.push(`(${block.text})`);
      continue;
    }
    const speaker = block.speaker ? speakers.get(block.speaker) : undefined;
    if (block.type === 'speech' && speaker) {
      // A turn's text that itself looks like a tag gets its speaker's tag again, so it stays theirs.
      const opens = block.sot || previous !== speaker.id || parseTag(block.text) !== null;
      const body = block.sot ? quote(block.text, doc.language) : block.text;
      const tag = label(speaker, !introduced.has(speaker.id));
      out.push(opens ? `${tag}${tag === '>>' ? '' : ':'} ${body}` : body);
      introduced.add(speaker.id);
      previous = block.sot ? null : speaker.id;
      continue;
    }
    previous = null;
    out.push(block.text);
  }
  return `${out.join('\n\n')}\n`;
}
