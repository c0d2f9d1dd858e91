/**
 * The document's canonical text form: what `formatTranscript` reads back into the same title,
 * slug, speakers and blocks (the round trip the property tests check).
 *
 * - The title, when it did not come from the first line (front matter, or a headline that the
 *   first-line rule would not find again), is written as YAML front matter: `title: "…"`.
 * - Without a title, the first paragraph is written over two lines, so that the headline rule
 *   (a one-line first paragraph) does not make one.
 * - Each block is one paragraph, blank-line separated. A speaker tag opens a turn; the tags use
 *   the forms the input used, in the order it used them (so every alias is seen again, and no
 *   other), the last one after that; a form used only by a tag with no text is written at the
 *   end. A bite is quoted, a direction is in parentheses (it does not end a live turn), and a
 *   time anchor is written before its tag (`[00:01:23] Name: …`).
 *
 * Formatting this text again gives the same text.
 */

import { endsWithSentencePunctuation } from './chars.ts';
import { formatHms } from './clock.ts';
import { isDirectionText } from './directions.ts';
import type { Block, ScriptDocument, Speaker } from './document.ts';
import { HAS_LETTER_OR_NUMBER } from './letter-patterns.ts';
import { parseTag } from './tags.ts';

/** A speaker's tag when no written form is known (a document built by hand). */
function label(speaker: Speaker, first: boolean): string {
  if (speaker.name === null)
    return speaker.role === 'reporter' ? 'Q' : (speaker.aliases[0] ?? speaker.role ?? 'SPEAKER');
  return first && speaker.title ? `${speaker.name}, ${speaker.title}` : speaker.name;
}

function quote(text: string, language: string): string {
  return language === 'ru' ? `«${text}»` : `“${text}”`;
}

/** `[01:02:03.450]`: the leading time anchor form the tag reader takes. */
function timeAnchor(ms: number): string {
  return `[${ms % 1000 === 0 ? formatHms(ms) : formatHms(ms, '.')}]`;
}

/** A double-quoted YAML scalar, as the front matter reader unquotes it. */
function yamlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Is the title written as the first block, where the first-line rule finds it again? */
function titleInText(doc: ScriptDocument): boolean {
  const first = doc.blocks[0];
  return (
    first?.type === 'headline' &&
    first.text === doc.title &&
    !doc.messages.some((m) => m.ruleId === 'front-matter')
  );
}

/** A line the reader takes for a direction on its own (`(Applause.)`, `[ Applause ]`). */
function isDirectionLine(line: string): boolean {
  const open = line[0];
  const close = line[line.length - 1];
  if (!((open === '(' && close === ')') || (open === '[' && close === ']'))) return false;
  return isDirectionText(line.slice(1, -1));
}

/**
 * The text with a space near its end made a line break that the reader joins back: not after a
 * sentence end or a hyphen, and not before a tag. Unchanged when no such space is found.
 */
function overTwoLines(text: string): string {
  let at = text.length;
  for (let tries = 0; tries < 8; tries++) {
    at = text.lastIndexOf(' ', at - 1);
    if (at <= 0) return text;
    const head = text.slice(0, at);
    const tail = text.slice(at + 1);
    if (
      !endsWithSentencePunctuation(head) &&
      !/[-‐‑–—]$/u.test(head) &&
      !isDirectionLine(tail) &&
      !isDirectionLine(head) &&
      parseTag(tail) === null &&
      parseTag(head) === null
    )
      return `${head}\n${tail}`;
  }
  return text;
}

function opensWithQuote(block: Block): boolean {
  return /^["“«„'‘]/u.test(block.text);
}

/**
 * Speakers named by a tag that has no text of its own (`MR. SMITH:` before another tag), each
 * written again as a tag-only paragraph just before the first block of the next speaker in the
 * list (a tagged paragraph, which a tag-only one does not take over), or at the end.
 */
function danglingTags(doc: ScriptDocument): { before: Map<string, string[]>; end: string[] } {
  const spoken = new Set(doc.blocks.map((b) => b.speaker));
  const before = new Map<string, string[]>();
  let waiting: string[] = [];
  for (const s of doc.speakers) {
    if (!spoken.has(s.id)) {
      waiting.push(...s.aliases.map((a) => (a === '>>' ? '>>' : `${a}:`)));
      continue;
    }
    if (waiting.length > 0) before.set(s.id, waiting);
    waiting = [];
  }
  return { before, end: waiting };
}

export function toPlainText(doc: ScriptDocument): string {
  const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
  /** Written forms not used yet, per speaker: each is used once, in order. */
  const pending = new Map(doc.speakers.map((s) => [s.id, [...s.aliases]]));
  const introduced = new Set<string>();
  const dangling = danglingTags(doc);
  const out: string[] = [];
  if (doc.title !== null && !titleInText(doc))
    out.push(`---\ntitle: ${yamlString(doc.title)}\n---`);
  let previous: string | null = null;
  /** The tag for a speaker's next turn: a form not used yet, else the last one. */
  const nextTag = (speaker: Speaker): string => {
    if (!introduced.has(speaker.id)) {
      out.push(...(dangling.before.get(speaker.id) ?? []));
      introduced.add(speaker.id);
    }
    return pending.get(speaker.id)?.shift() ?? speaker.aliases.at(-1) ?? label(speaker, false);
  };
  for (const block of doc.blocks) {
    const speaker = block.speaker ? speakers.get(block.speaker) : undefined;
    if (block.type === 'direction') {
      const tag = speaker ? nextTag(speaker) : null;
      out.push(tag ? `${tag}: (${block.text})` : `(${block.text})`);
      // A direction inside a live turn does not end it: the text after it is still the turn's.
      continue;
    }
    if (block.type === 'speech' && speaker) {
      const forms = pending.get(speaker.id) ?? [];
      // A turn's text that itself looks like a tag gets its speaker's tag again, so it stays
      // theirs; a turn goes on under a form not yet used, so that form is seen again.
      const opens =
        block.sot ||
        previous !== speaker.id ||
        block.timestampMs !== null ||
        parseTag(block.text) !== null ||
        !HAS_LETTER_OR_NUMBER.test(block.text) ||
        (forms.length > 0 && !opensWithQuote(block));
      const body = block.sot ? quote(block.text, doc.language) : block.text;
      previous = block.sot ? null : speaker.id;
      if (!opens) {
        out.push(body);
        continue;
      }
      const tag = nextTag(speaker);
      const anchor = block.timestampMs === null ? '' : `${timeAnchor(block.timestampMs)} `;
      out.push(tag === '>>' ? `>> ${anchor}${body}` : `${anchor}${tag}: ${body}`);
      continue;
    }
    previous = null;
    // A first paragraph that was not taken for the headline is written over two lines: the
    // headline rule only takes a one-line paragraph, so it is not taken the second time either.
    const keepsNoTitle =
      doc.title === null &&
      block === doc.blocks[0] &&
      doc.blocks.length > 1 &&
      // The headline rule runs before throws and sign-offs are read: they were narration then.
      (block.type === 'narration' || block.type === 'throw' || block.type === 'signoff');
    out.push(keepsNoTitle ? overTwoLines(block.text) : block.text);
  }
  // Forms a speaker was named by only in a tag with no text after it, then new speakers' tags.
  for (const s of doc.speakers)
    if (introduced.has(s.id))
      for (const form of pending.get(s.id) ?? []) out.push(form === '>>' ? '>>' : `${form}:`);
  out.push(...dangling.end);
  return `${out.join('\n\n')}\n`;
}
