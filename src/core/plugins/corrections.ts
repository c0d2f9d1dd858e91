/**
 * The producer's corrections (see ../corrections.ts), applied after every rule of the formatter:
 * restore a paragraph removed as a repeat, choose one version of a revised paragraph, split,
 * merge, rename and title speakers, set a block's type. Each applied correction is a `correction`
 * message saying it was the producer's choice; one that no longer matches the text is a
 * `correction-stale` warning, and changes nothing.
 *
 * Paragraphs are found through a map from content key to blocks (one pass over the tree), the
 * line only choosing among blocks with the same key: linear in the text and the corrections.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { compilesBlockType } from '../compile.ts';
import { contentKey } from '../content-key.ts';
import type { CorrectionBlockType, Corrections, ParagraphRef } from '../corrections.ts';
import { lazyRegExp } from '../lazy.ts';
import { report } from '../report.ts';
import { parseTag } from '../tags.ts';
import type { BlockContent, Root, RootContent, SpeakerEntry } from '../tree.ts';

const CHOICE = 'the producer’s choice';

/** The path of a correction in the request (`blocks.2`), carried by its message. */
function tagMessage(file: VFile, path: string): void {
  const message = file.messages.at(-1);
  if (message) (message as typeof message & { correction?: string }).correction = path;
}

function applied(file: VFile, path: string, reason: string, line: number | null): void {
  report(file, 'correction', `${reason}: ${CHOICE}`, { line });
  tagMessage(file, path);
}

function stale(file: VFile, path: string, reason: string, line: number | null | undefined): void {
  report(file, 'correction-stale', `A correction no longer applies: ${reason}`, {
    line: line ?? null,
    severity: 'warning',
  });
  tagMessage(file, path);
}

function isBlock(node: RootContent): node is BlockContent {
  return node.type !== 'paragraph' && node.type !== 'frontMatter';
}

/** Blocks of the tree by the content key of their text. */
class BlockIndex {
  private readonly byKey = new Map<string, BlockContent[]>();

  constructor(children: readonly RootContent[]) {
    for (const node of children) if (isBlock(node)) this.add(node);
  }

  add(node: BlockContent): void {
    const key = contentKey(node.value);
    const list = this.byKey.get(key);
    if (list) list.push(node);
    else this.byKey.set(key, [node]);
  }

  /** The block with the key, the one nearest the line hint when several have it. */
  find(ref: ParagraphRef, present: ReadonlySet<BlockContent>): BlockContent | null {
    return nearest(
      (this.byKey.get(ref.key) ?? []).filter((n) => present.has(n)),
      ref.line,
      (n) => n.line,
    );
  }
}

function nearest<T>(items: readonly T[], line: number | undefined, lineOf: (item: T) => number) {
  let best: T | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const d = line === undefined ? 0 : Math.abs(lineOf(item) - line);
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  return best;
}

function speakerLabel(entry: SpeakerEntry): string {
  return entry.name ?? entry.aliases[0] ?? entry.role ?? entry.id;
}

const NON_KEY_CHARS = lazyRegExp(String.raw`[^a-z0-9\p{L}]+`, 'gu');

function slugId(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(NON_KEY_CHARS, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  );
}

function speakerOf(node: BlockContent): string | null {
  return node.type === 'speech' || node.type === 'direction' ? node.speaker : null;
}

function setSpeaker(node: BlockContent, id: string): void {
  if (node.type === 'speech' || node.type === 'direction') node.speaker = id;
}

const TYPE_WORDS: Readonly<Record<CorrectionBlockType, string>> = {
  narration: 'narration',
  throw: 'a throw',
  sot: 'a SOT (quoted bite)',
  live: 'a live turn',
  note: 'a note (not read)',
  direction: 'a direction',
};

/** A block's type as the change report names it. */
const BEFORE_WORDS: Readonly<Record<string, string>> = {
  headline: 'headline',
  narration: 'narration',
  throw: 'throw',
  sot: 'SOT',
  live: 'live turn',
  direction: 'direction',
  signoff: 'sign-off',
  note: 'note',
};

/** The block with its new type; its text, line and position stay. */
function retype(
  node: BlockContent,
  type: CorrectionBlockType,
  speaker: string | null,
): BlockContent {
  const base = {
    value: node.value,
    line: node.line,
    ...(node.position ? { position: node.position } : {}),
  };
  switch (type) {
    case 'narration':
      return { type: 'narration', ...base };
    case 'throw':
      return { type: 'throw', reporter: null, ...base };
    case 'sot':
    case 'live':
      return {
        type: 'speech',
        speaker: speaker ?? '',
        sot: type === 'sot',
        timestampMs: node.type === 'speech' ? node.timestampMs : null,
        // How the words were delivered stays with a turn that stays a turn.
        delivery: node.type === 'speech' ? node.delivery : null,
        translated: node.type === 'speech' ? node.translated : false,
        ...base,
      };
    case 'direction':
      return { type: 'direction', speaker: speakerOf(node), ...base };
    case 'note':
      // A note is page furniture: in the document with its reason, never read.
      return { type: 'note', reason: 'page-element', ...base } as unknown as BlockContent;
  }
}

/** The type of a block as a correction names it. */
function correctionType(node: BlockContent): string {
  if (node.type === 'speech') return node.sot ? 'sot' : 'live';
  return node.type;
}

export interface CorrectionsOptions {
  corrections?: Corrections | undefined;
}

export const corrections: Plugin<[CorrectionsOptions?], Root> =
  (options) => (tree: Root, file: VFile) => {
    const sent = options?.corrections;
    if (!sent) return;
    let children = tree.children;
    const present = new Set<BlockContent>(children.filter(isBlock));
    let index = new BlockIndex(children);

    // Restore: the removed copies are the `duplicate-paragraph` messages' `actual` text.
    if (sent.restore?.length) {
      const removed = new Map<string, { line: number; text: string }[]>();
      for (const m of file.messages) {
        if (m.ruleId !== 'duplicate-paragraph' || typeof m.actual !== 'string') continue;
        const k = contentKey(m.actual);
        const entry = { line: m.line ?? 1, text: m.actual };
        const l = removed.get(k);
        if (l) l.push(entry);
        else removed.set(k, [entry]);
      }
      const inserts: BlockContent[] = [];
      const used = new Set<object>();
      sent.restore.forEach((ref, i) => {
        const path = `restore.${i}`;
        const candidates = (removed.get(ref.key) ?? []).filter((r) => !used.has(r));
        const copy = nearest(candidates, ref.line, (r) => r.line);
        if (!copy) {
          stale(
            file,
            path,
            `no paragraph removed as a repeat has the key ${ref.key}${ref.line ? ` (it was at line ${ref.line})` : ''}`,
            ref.line,
          );
          return;
        }
        used.add(copy);
        // The copy reads as its original: same type and speaker, its own words.
        const match = parseTag(copy.text);
        const words = match?.rest ? match.rest : copy.text;
        const original =
          index.find({ key: contentKey(words) }, present) ??
          index.find({ key: contentKey(copy.text) }, present);
        let node: BlockContent;
        if (original) {
          node = { ...original, line: copy.line } as BlockContent;
          node.position = undefined;
          if (contentKey(original.value) !== contentKey(words)) node.value = words;
        } else {
          node = { type: 'narration', value: words, line: copy.line };
        }
        inserts.push(node);
        applied(
          file,
          path,
          `Restored the paragraph at line ${copy.line} that was removed as a repeat`,
          copy.line,
        );
      });
      if (inserts.length > 0) {
        inserts.sort((a, b) => a.line - b.line);
        const merged: RootContent[] = [];
        let next = 0;
        for (const node of children) {
          while (next < inserts.length && isBlock(node) && (inserts[next]?.line ?? 0) < node.line) {
            merged.push(inserts[next] as BlockContent);
            next++;
          }
          merged.push(node);
        }
        while (next < inserts.length) merged.push(inserts[next++] as BlockContent);
        children = merged;
        for (const node of inserts) present.add(node);
        index = new BlockIndex(children);
      }
    }

    // Versions: drop one of two paragraphs, both still in the text.
    sent.versions?.forEach((choice, i) => {
      const path = `versions.${i}`;
      const keep = index.find(choice.keep, present);
      const drop = index.find(choice.drop, present);
      if (!keep || !drop || keep === drop) {
        stale(
          file,
          path,
          `the two versions (keys ${choice.keep.key} and ${choice.drop.key}) are no longer both in the text`,
          choice.drop.line ?? choice.keep.line,
        );
        return;
      }
      present.delete(drop);
      report(
        file,
        'correction',
        `Kept the version at line ${keep.line} and dropped the one at line ${drop.line}: ${CHOICE}`,
        { line: drop.line, actual: drop.value },
      );
      tagMessage(file, path);
    });
    children = children.filter((node) => !isBlock(node) || present.has(node));

    // Speakers: split, merge, rename, title, by the ids the formatter gave.
    const speakers: SpeakerEntry[] = tree.data?.speakers ?? [];
    const byId = new Map(speakers.map((s) => [s.id, s]));
    const ids = new Set(byId.keys());
    const order = children.filter(isBlock);
    const firstLine = (id: string): number | null =>
      order.find((n) => speakerOf(n) === id)?.line ?? null;

    sent.split?.forEach((split, i) => {
      const path = `split.${i}`;
      const entry = byId.get(split.speaker);
      const from = index.find(split.from, present);
      if (!entry || !from || speakerOf(from) !== split.speaker) {
        stale(
          file,
          path,
          `speaker ${split.speaker} no longer says the paragraph with the key ${split.from.key}`,
          split.from.line,
        );
        return;
      }
      let id = slugId(split.name);
      for (let n = 2; ids.has(id); n++) id = `${slugId(split.name)}-${n}`;
      ids.add(id);
      const added: SpeakerEntry = {
        id,
        name: split.name,
        title: split.title ?? null,
        role: null,
        aliases: [],
      };
      speakers.splice(speakers.indexOf(entry) + 1, 0, added);
      byId.set(id, added);
      let on = false;
      for (const node of order) {
        if (node === from) on = true;
        if (on && speakerOf(node) === split.speaker) setSpeaker(node, id);
      }
      applied(
        file,
        path,
        `From line ${from.line} on, ‘${speakerLabel(entry)}’ is ${split.name}`,
        from.line,
      );
    });

    sent.merge?.forEach((merge, i) => {
      const path = `merge.${i}`;
      const from = byId.get(merge.speaker);
      const into = byId.get(merge.into);
      if (!from || !into || from === into) {
        stale(
          file,
          path,
          `speakers ${merge.speaker} and ${merge.into} are no longer two speakers of the text`,
          null,
        );
        return;
      }
      const line = firstLine(merge.speaker);
      for (const node of order) if (speakerOf(node) === merge.speaker) setSpeaker(node, into.id);
      for (const alias of from.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
      into.title ??= from.title;
      speakers.splice(speakers.indexOf(from), 1);
      byId.delete(merge.speaker);
      applied(
        file,
        path,
        `Merged the speaker ‘${speakerLabel(from)}’ into ‘${speakerLabel(into)}’`,
        line,
      );
    });

    sent.rename?.forEach((rename, i) => {
      const path = `rename.${i}`;
      const entry = byId.get(rename.speaker);
      if (!entry) {
        stale(file, path, `there is no speaker ${rename.speaker} to rename`, null);
        return;
      }
      const before = speakerLabel(entry);
      entry.name = rename.name;
      applied(
        file,
        path,
        `Renamed the speaker ‘${before}’ to ‘${rename.name}’`,
        firstLine(entry.id),
      );
    });

    sent.titles?.forEach((title, i) => {
      const path = `titles.${i}`;
      const entry = byId.get(title.speaker);
      if (!entry) {
        stale(file, path, `there is no speaker ${title.speaker} to give a title`, null);
        return;
      }
      entry.title = title.title === '' ? null : title.title;
      applied(
        file,
        path,
        title.title === ''
          ? `Removed the title of ${speakerLabel(entry)}`
          : `Gave ${speakerLabel(entry)} the title ‘${title.title}’`,
        firstLine(entry.id),
      );
    });

    // Block types, last: a type names the speakers as they are now.
    if (sent.blocks?.length) {
      const replaced = new Map<BlockContent, BlockContent>();
      // The speaker of the last speech before each block, in one pass: a SOT or live turn set on
      // an untagged paragraph is said by them unless the correction names someone.
      const lastSpeakerBefore = new Map<BlockContent, string | null>();
      let last: string | null = null;
      for (const node of order) {
        lastSpeakerBefore.set(node, last);
        if (node.type === 'speech') last = node.speaker;
      }
      sent.blocks.forEach((change, i) => {
        const path = `blocks.${i}`;
        const found = index.find(change, present);
        const node = found ? (replaced.get(found) ?? found) : null;
        if (!found || !node) {
          stale(
            file,
            path,
            `no paragraph has the key ${change.key}${change.line ? ` (it was at line ${change.line})` : ''}`,
            change.line,
          );
          return;
        }
        if (
          !compilesBlockType(
            change.type === 'sot' || change.type === 'live' ? 'speech' : change.type,
          )
        ) {
          stale(file, path, `this build has no ${change.type} blocks`, node.line);
          return;
        }
        let speaker: string | null = null;
        if (change.type === 'sot' || change.type === 'live') {
          speaker = change.speaker ?? speakerOf(node) ?? lastSpeakerBefore.get(found) ?? null;
          if (speaker === null || !byId.has(speaker)) {
            stale(
              file,
              path,
              `the paragraph at line ${node.line} needs a speaker${change.speaker ? ` (there is no ${change.speaker})` : ''}`,
              node.line,
            );
            return;
          }
        }
        const before = correctionType(node);
        const after = retype(node, change.type, speaker);
        replaced.set(found, after);
        const words =
          before === 'note' && change.type === 'narration'
            ? `Marked the note at line ${node.line} as read (narration)`
            : `Made the ${BEFORE_WORDS[before] ?? before} at line ${node.line} ${TYPE_WORDS[change.type]}`;
        applied(file, path, words, node.line);
      });
      children = children.map((node) => (isBlock(node) ? (replaced.get(node) ?? node) : node));
    }

    tree.children = children;
    tree.data = { ...tree.data, speakers };
  };
