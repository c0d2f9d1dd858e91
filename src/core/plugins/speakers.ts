/**
 * Speakers, in two plugins:
 * - `speakerTags` finds the tag at the start of each paragraph (see ../tags.ts) and moves it from
 *   the text into the node's data; a paragraph holding only a tag marks the next one as its text.
 * - `speakerIdentities` resolves tags to people: the first full mention (`Sergey Lavrov, Foreign
 *   Minister of Russia`) gives name and title; later short forms (`Sergey Lavrov`, `LAVROV`,
 *   `Mr. Lavrov`) resolve to the same speaker. Anonymous role tags (`Q`, `MODERATOR`) are roles.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { foldKey } from '../chars.ts';
import { report } from '../report.ts';
import { parseTag, type TagMatch } from '../tags.ts';
import type { Paragraph, Root, SpeakerEntry, Tag } from '../tree.ts';

const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir dame rev sen rep gov gen col capt lt sgt president secretary minister ambassador'.split(
    ' ',
  ),
);

function lineOf(node: Paragraph): number {
  return node.position?.start.line ?? 1;
}

function formatTimestamp(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * `Q` followed by several (no-break) spaces and the question, with no colon: the spacing that
 * tells it from a word is gone once whitespace is cleaned, so it is read from the raw line.
 */
function bareQ(node: Paragraph): TagMatch | null {
  const raw = node.segments[0]?.raw;
  if (!raw || !node.value.startsWith('Q')) return null;
  const match = parseTag(raw);
  if (match?.tag.raw !== 'Q') return null;
  return { tag: match.tag, rest: node.value.slice(1).trim() };
}

export const speakerTags: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const match = parseTag(node.value) ?? bareQ(node);
    if (!match) continue;
    node.data = { ...node.data, tag: match.tag, tagOnly: match.rest === '' };
    node.value = match.rest;
    if (match.tag.timestampMs !== null) {
      report(
        file,
        'time-anchor',
        `Kept the time ${formatTimestamp(match.tag.timestampMs)} of ${match.tag.raw} as a time anchor`,
        {
          line: lineOf(node),
          actual: formatTimestamp(match.tag.timestampMs),
        },
      );
    }
  }
};

/** Name words without honorifics, folded: `Mr. Lavrov` → ['lavrov']. */
function nameKeys(name: string): string[] {
  return foldKey(name)
    .split(' ')
    .filter((w) => w && !HONORIFICS.has(w));
}

function slugId(text: string): string {
  return (
    foldKey(text)
      .replace(/[^a-z0-9\p{L}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  );
}

class Registry {
  readonly entries: SpeakerEntry[] = [];
  private readonly byFull = new Map<string, SpeakerEntry>();
  private readonly bySurname = new Map<string, SpeakerEntry[]>();
  private readonly ids = new Set<string>();

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  private index(entry: SpeakerEntry, keys: string[]): void {
    this.byFull.set(keys.join(' '), entry);
    const surname = keys[keys.length - 1];
    if (!surname) return;
    const list = this.bySurname.get(surname) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.bySurname.set(surname, list);
  }

  /** Resolves a tag; reports a merge when a different written form joins a known speaker. */
  resolve(tag: Tag, file: VFile, line: number): SpeakerEntry {
    if (tag.role !== null && tag.name === null) {
      const key = `role:${tag.role}`;
      let entry = this.byFull.get(key);
      if (!entry) {
        entry = {
          id: this.uniqueId(tag.raw === 'Q' ? 'q' : slugId(tag.role)),
          name: null,
          title: null,
          role: tag.role,
          aliases: [],
        };
        this.byFull.set(key, entry);
        this.entries.push(entry);
      }
      if (!entry.aliases.includes(tag.raw)) entry.aliases.push(tag.raw);
      return entry;
    }
    const name = tag.name ?? tag.raw;
    const keys = nameKeys(name);
    const full = keys.join(' ');
    let entry = this.byFull.get(full);
    if (!entry) {
      const surname = keys[keys.length - 1] ?? '';
      const same = this.bySurname.get(surname) ?? [];
      // A short form (`LAVROV`, `Mr. Lavrov`) joins the one known speaker with that surname;
      // a full name joins a speaker known so far only by that surname.
      const candidates = same.filter((e) => {
        const ek = nameKeys(e.name ?? '');
        return (
          keys.length === 1 ||
          ek.length === 1 ||
          ek.join(' ') === full ||
          (ek[0] ?? '') === (keys[0] ?? '')
        );
      });
      if (candidates.length === 1) entry = candidates[0];
    }
    if (entry) {
      const before = entry.name ?? '';
      const upgrade = keys.length > nameKeys(before).length;
      if (upgrade) entry.name = name;
      if (tag.title && !entry.title) entry.title = tag.title;
      const written = tag.title ? `${name}, ${tag.title}` : name;
      if (!entry.aliases.includes(tag.raw)) {
        entry.aliases.push(tag.raw);
        const known = entry.title ? `${entry.name}, ${entry.title}` : (entry.name ?? '');
        if (foldKey(written) !== foldKey(known) || tag.raw !== written) {
          report(file, 'speaker-alias', `Merged '${tag.raw}' with '${known}'`, { line });
        }
      }
      this.index(entry, keys);
      return entry;
    }
    entry = {
      id: this.uniqueId(slugId(name)),
      name,
      title: tag.title,
      role: null,
      aliases: [tag.raw],
    };
    this.entries.push(entry);
    this.index(entry, keys);
    return entry;
  }
}

export interface SpeakerData {
  speakerId?: string;
}

export const speakerIdentities: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const registry = new Registry();
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.data?.tag) continue;
    const entry = registry.resolve(node.data.tag, file, lineOf(node));
    (node.data as SpeakerData).speakerId = entry.id;
  }
  tree.data = { ...tree.data, speakers: registry.entries };
};
