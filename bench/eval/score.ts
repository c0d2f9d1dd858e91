/**
 * The scorer of the labelled set (`test/fixtures/eval/`): runs each transcript through the same
 * path as the API (`detectInputFormat` → `prepare()`), compares the document with the
 * hand-written gold file and returns the metrics defined in `test/fixtures/eval/README.md`.
 * Used by `npm run eval` (bench/eval/run.ts) and by the floor test (test/core/eval.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Block, ScriptDocument, Speaker } from '../../src/core/document.ts';
import { detectInputFormat, type InputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

// --- Gold files --------------------------------------------------------------------------------

export interface GoldSpeaker {
  name: string | null;
  title?: string | null;
  role?: string | null;
  /** Number of an unnamed voice (`UNIDENTIFIED PERSON #2`, `Speaker 2`). */
  voice?: number;
  /** Other identities accepted for this speaker (normalized like the key). */
  also?: string[];
}

/** [speaker key, first words of the turn, expected delivery?] */
export type GoldTurn = [string, string] | [string, string, string];

/** Where a block starts: its first words (searched in the input in order) or a 1-based line. */
type Anchor = string | number;

/** [type, anchor] or, for a note, [type, anchor, reason, last anchor?] */
export type GoldBlock =
  | [string, Anchor]
  | [string, Anchor, string]
  | [string, Anchor, string, Anchor];

export interface Gold {
  convention: string;
  language: string;
  /** The expected title, null for none, or the accepted spellings of one title. */
  title: string | null | string[];
  speakers: Record<string, GoldSpeaker>;
  turns: GoldTurn[];
  blocks: GoldBlock[];
}

export interface EvalCase {
  name: string;
  /** Input file name inside the eval folder. */
  file: string;
  input: string;
  gold: Gold;
}

const INPUT_EXTENSIONS = [
  '.txt',
  '.html',
  '.vtt',
  '.srt',
  '.lrc',
  '.stm',
  '.ctm',
  '.smi',
  '.stl',
  '.xml',
  '.fcpxml',
];

/** Every `<name>.<ext>` of the folder that has a `<name>.gold.json`, sorted by name. */
export function loadCases(dir: string): EvalCase[] {
  const files = readdirSync(dir).sort();
  const cases: EvalCase[] = [];
  for (const file of files) {
    const ext = INPUT_EXTENSIONS.find((e) => file.endsWith(e));
    if (!ext) continue;
    const name = file.slice(0, -ext.length);
    const goldFile = `${name}.gold.json`;
    if (!files.includes(goldFile)) throw new Error(`${file}: no ${goldFile}`);
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
    // A binary EBU STL file is read as the edge reads it: one character a byte.
    const input = readFileSync(join(dir, file), file.endsWith('.stl') ? 'latin1' : 'utf8');
    cases.push({ name, file, input, gold });
  }
  return cases;
}

// --- Normalization ---------------------------------------------------------------------------

/**
 * NFC, lowercase, typographic quotes and dashes folded, only letters and digits kept as words.
 * Turkish dotless and dotted i fold to `i` and `ß` to `ss`: a copy in capitals (`YAĞIŞIN`,
 * `İSTANBUL`, `DRAUSSEN`) is compared with its mixed-case gold word for word.
 */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ı|i\u0307/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[’ʼ‘`]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function normalizeKey(text: string): string {
  return normalizeWords(text).join(' ');
}

/** Role words of several languages folded to one canonical role (documented in the README). */
const ROLE_SYNONYMS = new Map<string, string>();
for (const [canonical, list] of Object.entries({
  reporter:
    'reporter, correspondent, journalist, byline, q, question, questioner, вопрос, корреспондент, журналист, журналистка, frage, reporterin, korrespondent, korrespondentin, journaliste, periodista, pregunta, reportero, reportera, corresponsal',
  host: 'host, anchor, presenter, ведущий, ведущая',
  moderator: 'moderator, moderatorin, modérateur, modératrice, moderador, moderadora, модератор',
  unidentified:
    'unidentified, unknown, unknown speaker, voice, голос, stimme, voix, voz, unidentified male, unidentified female, unidentified person, unidentified speaker',
  audience:
    'audience, audience member, crowd, реплика, реплика из зала, zuruf, hon members, noble lords',
  announcer: 'announcer, диктор, sprecher',
  interpreter: 'interpreter, translator, переводчик, dolmetscher, interprète, intérprete',
})) {
  for (const phrase of list.split(',')) ROLE_SYNONYMS.set(normalizeKey(phrase), canonical);
}

export function canonicalRole(role: string): string {
  const key = normalizeKey(role);
  return ROLE_SYNONYMS.get(key) ?? key;
}

/** Courtesy titles dropped from the front of a name (`Ms. Jean-Pierre` is `Jean-Pierre`). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'г',
  'господин',
  'госпожа',
  'herr',
  'frau',
  'm',
  'mme',
  'sr',
  'sra',
]);

function nameKey(name: string): string {
  const words = normalizeWords(name);
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** The key a speaker is matched by: the name if named, else the role and voice number. */
export function speakerIdentity(name: string | null, role: string | null, voice?: number): string {
  if (name?.trim()) return nameKey(name);
  const split = role ? splitVoiceNumber(role) : { role: null, voice: undefined };
  const base = split.role ? canonicalRole(split.role) : 'unknown';
  const number = voice ?? split.voice;
  return number === undefined ? base : `${base} ${number}`;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const TRAILING_VOICE = /^(.*?\S)\s*(?:#\s*|\s)(\d{1,3}|one|two|three|four|five)\s*$/i;

/**
 * A role that carries its voice number (`unidentified person #1`, `senior state department
 * official two`) split into the role and the number, so that role + number compare the same
 * way whether the number sits in the role, in the tag or in the gold's `voice`.
 */
export function splitVoiceNumber(role: string): { role: string; voice: number | undefined } {
  const match = TRAILING_VOICE.exec(role.trim());
  if (!match) return { role, voice: undefined };
  const word = (match[2] ?? '').toLowerCase();
  return { role: match[1] ?? role, voice: NUMBER_WORDS[word] ?? Number(word) };
}

function predictedIdentity(speaker: Speaker): string {
  if (speaker.name?.trim()) return nameKey(speaker.name);
  // The voice number of an unnamed speaker is in its role or its tag (`UNIDENTIFIED PERSON #2`).
  const alias = (speaker.aliases[0] ?? '').trim();
  const fromRole = speaker.role ? splitVoiceNumber(speaker.role) : { role: null, voice: undefined };
  const voice = fromRole.voice ?? splitVoiceNumber(alias).voice;
  return speakerIdentity(null, fromRole.role, voice);
}

function goldIdentities(speaker: GoldSpeaker): Set<string> {
  const ids = new Set([speakerIdentity(speaker.name, speaker.role ?? null, speaker.voice)]);
  for (const other of speaker.also ?? []) ids.add(nameKey(other));
  return ids;
}

/**
 * Delivery values folded: `VO`, `voice over` → `voice-over`; `on tape` → `on-tape` (its own
 * delivery, as the issue lists it: not `SOT`).
 */
export function canonicalDelivery(value: string | null | undefined): string | null {
  if (!value) return null;
  const key = normalizeKey(value);
  const map: Record<string, string> = {
    vo: 'voice-over',
    'voice over': 'voice-over',
    voiceover: 'voice-over',
    'on tape': 'on-tape',
    sot: 'sot',
    'on camera': 'on-camera',
    'off camera': 'off-camera',
    'through translator': 'through-translator',
    'through interpreter': 'through-translator',
    'via telephone': 'via-telephone',
    'by telephone': 'via-telephone',
    'on radio': 'via-radio',
    'by radio': 'via-radio',
    'over the radio': 'via-radio',
  };
  return map[key] ?? key.replace(/ /g, '-');
}

function normalizeTitle(title: string | null): string | null {
  if (title === null) return null;
  return title
    .normalize('NFC')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// --- Turns ------------------------------------------------------------------------------------

interface Turn {
  identity: string;
  /** Normalized words of the turn's first block. */
  words: string[];
  delivery: string | null;
}

function blockType(block: Block): string {
  return block.type;
}

function blockDelivery(block: Block): string | null {
  const value = (block as Block & { delivery?: unknown }).delivery;
  return typeof value === 'string' ? canonicalDelivery(value) : null;
}

/**
 * Turns of the document: maximal runs of blocks with the same speaker and delivery. Direction
 * and note blocks neither start nor end a run; a block without a speaker ends it.
 */
export function predictedTurns(document: ScriptDocument): Turn[] {
  const byId = new Map(document.speakers.map((s) => [s.id, s]));
  const turns: Turn[] = [];
  let current: { id: string; delivery: string | null } | null = null;
  for (const block of document.blocks) {
    const type = blockType(block);
    if (type === 'direction' || type === 'note') continue;
    const speaker = block.speaker ? byId.get(block.speaker) : undefined;
    if (!speaker) {
      current = null;
      continue;
    }
    const delivery = blockDelivery(block);
    if (current && current.id === speaker.id && current.delivery === delivery) continue;
    current = { id: speaker.id, delivery };
    turns.push({
      identity: predictedIdentity(speaker),
      words: normalizeWords(block.text),
      delivery,
    });
  }
  return turns;
}

const TURN_KEY_WORDS = 3;

function turnKey(words: string[], length: number): string {
  return words.slice(0, length).join(' ');
}

interface TurnScore {
  gold: number;
  predicted: number;
  correct: number;
  deliveryGold: number;
  deliveryCorrect: number;
  errors: string[];
}

/**
 * Matches gold turns to predicted turns in order by their first words (up to three), with a
 * hash of the predicted turns' first words: linear in the number of turns.
 */
export function scoreTurns(gold: Gold, turns: Turn[]): TurnScore {
  const index = new Map<string, number[]>();
  for (let j = 0; j < turns.length; j++) {
    const words = turns[j]?.words ?? [];
    for (let k = 1; k <= TURN_KEY_WORDS; k++) {
      if (words.length < k) break;
      const key = `${k}|${turnKey(words, k)}`;
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  }
  const cursor = new Map<string, number>();
  const score: TurnScore = {
    gold: gold.turns.length,
    predicted: turns.length,
    correct: 0,
    deliveryGold: 0,
    deliveryCorrect: 0,
    errors: [],
  };
  let last = -1;
  for (const [speakerKey, firstWords, delivery] of gold.turns) {
    const speaker = gold.speakers[speakerKey];
    if (!speaker) throw new Error(`gold turn names an unknown speaker "${speakerKey}"`);
    const words = normalizeWords(firstWords);
    const k = Math.min(TURN_KEY_WORDS, words.length);
    const key = `${k}|${turnKey(words, k)}`;
    const list = index.get(key) ?? [];
    let at = cursor.get(key) ?? 0;
    while (at < list.length && (list[at] ?? -1) <= last) at++;
    cursor.set(key, at);
    const expectedDelivery = canonicalDelivery(delivery);
    if (expectedDelivery) score.deliveryGold++;
    const j = list[at];
    if (j === undefined) {
      score.errors.push(`turn not found: ${speakerKey}: "${firstWords}"`);
      continue;
    }
    last = j;
    cursor.set(key, at + 1);
    const turn = turns[j];
    if (!turn) continue;
    const accepted = goldIdentities(speaker);
    if (accepted.has(turn.identity)) score.correct++;
    else
      score.errors.push(
        `turn "${firstWords}": speaker "${turn.identity}", gold "${[...accepted].join('" or "')}"`,
      );
    if (expectedDelivery) {
      if (turn.delivery === expectedDelivery) score.deliveryCorrect++;
      else
        score.errors.push(
          `turn "${firstWords}": delivery ${turn.delivery}, gold ${expectedDelivery}`,
        );
    }
  }
  return score;
}

// --- Blocks and notes -------------------------------------------------------------------------

/** 1-based line of each offset, by a table of line starts (binary search). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Resolves block anchors to input lines. First words are searched in the raw input from the
 * previous anchor on, so a gold file lists its blocks in input order.
 */
function resolveAnchors(raw: string, anchors: Anchor[]): Array<{ line: number; column: number }> {
  // No-break and other spaces match a plain space (one character for one: offsets are kept).
  const input = raw.replace(SPACES, ' ');
  const lineOf = lineIndex(input);
  const lineStarts: number[] = [0];
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 10) lineStarts.push(i + 1);
  let from = 0;
  return anchors.map((anchor) => {
    if (typeof anchor === 'number') {
      from = Math.max(from, lineStarts[anchor - 1] ?? from);
      return { line: anchor, column: 0 };
    }
    const at = input.indexOf(anchor.replace(SPACES, ' '), from);
    if (at === -1) throw new Error(`gold anchor not found in order: "${anchor}"`);
    from = at;
    const line = lineOf(at);
    return { line, column: at - (lineStarts[line - 1] ?? 0) };
  });
}

interface BlockScore {
  gold: number;
  correct: number;
  noteGold: number;
  notePredicted: number;
  /** Predicted notes inside a gold note's lines. */
  notePredictedTrue: number;
  /** Gold notes with a predicted note inside their lines and no other block starting there. */
  noteGoldFound: number;
  /** Document blocks. */
  predicted: number;
  /** Document blocks a gold block of their type accounts for (block precision's numerator). */
  predictedTrue: number;
  errors: string[];
}

/**
 * Block-type accuracy: each gold block's line is looked up in the document; the block covering
 * it (the last block starting at or before that line) must have the gold type. Block precision:
 * each gold block accounts for one document block, one starting on its line (of its type if
 * there is one) or else the covering block if no other gold block took it; a note with a line
 * range also accounts for the note blocks inside it. A document block nothing accounts for is an
 * extra block start (a split paragraph, a line made a note, title or cue inside a gold block);
 * it and a block accounted for with another type cost block precision. Notes: a predicted note
 * block counts as true when its line falls in a gold note's line range; a gold note is found
 * when a note and no other block starts in its range.
 */
export function scoreBlocks(
  input: string,
  gold: Gold,
  document: ScriptDocument,
  mapLine: (line: number, column?: number) => number = (line) => line,
  mapLineEnd: (line: number) => number = mapLine,
): BlockScore {
  const anchors: Anchor[] = [];
  /** Where a note's last line is: its own end anchor, or its start anchor's line. */
  const lastOf: number[] = [];
  for (const entry of gold.blocks) {
    anchors.push(entry[1]);
    if (entry[0] === 'note') {
      if (entry[3] !== undefined) anchors.push(entry[3]);
      lastOf.push(anchors.length - 1);
    }
  }
  const original = resolveAnchors(input, anchors);
  // An anchor inside a line a variant wrapped is on the piece its words went to.
  const lines = original.map((a) => mapLine(a.line, a.column));
  // A note's range ends on the last line its last original line became (a wrapped line's).
  const ends = new Map<number, number>();
  for (const k of lastOf) ends.set(k, mapLineEnd(original[k]?.line ?? 0));
  const blocks = [...document.blocks].sort((a, b) => a.line - b.line);
  const starts = blocks.map((b) => b.line);
  const covering = (line: number): Block | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return undefined;
    // Several blocks may start on one line (a tag line and its text): prefer the gold type.
    return blocks[found];
  };
  const score: BlockScore = {
    gold: gold.blocks.length,
    correct: 0,
    noteGold: 0,
    notePredicted: 0,
    notePredictedTrue: 0,
    noteGoldFound: 0,
    predicted: blocks.length,
    predictedTrue: 0,
    errors: [],
  };
  /** 0: no gold block accounts for the document block; 1: one of its type; 2: of another. */
  const claimed = new Uint8Array(blocks.length);
  /** Index of the first block starting at or after `line` (blocks are sorted by line). */
  const firstAt = (line: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ranges: Array<[number, number]> = [];
  let a = 0;
  for (const entry of gold.blocks) {
    const line = lines[a++] ?? 0;
    if (entry[0] === 'note') {
      if (entry[3] !== undefined) a++;
      ranges.push([line, ends.get(a - 1) ?? line]);
    }
    const from = firstAt(line);
    let to = from;
    while (to < blocks.length && starts[to] === line) to++;
    const sameLine = blocks.slice(from, to);
    const block = covering(line);
    // The document block this gold block accounts for: an unclaimed one on its line, of its type
    // if there is one; with none on its line, the covering block if no gold block took it.
    let take = -1;
    for (let k = from; k < to; k++) {
      if (claimed[k] !== 0) continue;
      if (blockType(blocks[k] as Block) === entry[0]) {
        take = k;
        break;
      }
      if (take === -1) take = k;
    }
    if (from === to && from > 0 && claimed[from - 1] === 0) take = from - 1;
    if (take !== -1) claimed[take] = blockType(blocks[take] as Block) === entry[0] ? 1 : 2;
    const ok =
      sameLine.some((b) => blockType(b) === entry[0]) ||
      (sameLine.length === 0 && block !== undefined && blockType(block) === entry[0]);
    if (ok) score.correct++;
    else
      score.errors.push(
        `line ${line} "${String(entry[1]).slice(0, 30)}": ${sameLine.map(blockType).join('/') || (block ? blockType(block) : 'none')}, gold ${entry[0]}`,
      );
  }
  score.noteGold = ranges.length;
  const found = new Set<number>();
  for (const [k, block] of blocks.entries()) {
    if (blockType(block) !== 'note') continue;
    score.notePredicted++;
    const r = ranges.findIndex(([from, to]) => block.line >= from && block.line <= to);
    if (r === -1) {
      score.errors.push(`note at line ${block.line} not in the gold: "${block.text.slice(0, 30)}"`);
      continue;
    }
    score.notePredictedTrue++;
    found.add(r);
    // The note blocks of a gold note spanning lines (a nav list, a footer) are its own.
    if (claimed[k] === 0) claimed[k] = 1;
  }
  // A gold note is found when a predicted note is in its lines and nothing else is: a header
  // line read as narration inside a note's span is a miss, not hidden by its neighbours.
  for (const block of blocks) {
    if (blockType(block) === 'note') continue;
    const r = ranges.findIndex(([from, to]) => block.line >= from && block.line <= to);
    if (r === -1 || !found.has(r)) continue;
    found.delete(r);
    score.errors.push(
      `${blockType(block)} at line ${block.line} inside a gold note: "${block.text.slice(0, 30)}"`,
    );
  }
  score.noteGoldFound = found.size;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    if (claimed[k] === 1) score.predictedTrue++;
    else if (claimed[k] === 0)
      score.errors.push(
        `extra ${blockType(block)} block at line ${block.line}: "${block.text.slice(0, 30)}"`,
      );
  }
  return score;
}

// --- Words lost ---------------------------------------------------------------------------

/** Small stopword list (English, Russian, German, French, Spanish function words). */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its
  this that these those he she we they you i me him her us them my your his our their not no so do
  does did have has had will would can could should may might must there here what which who whom
  how when where why than then too very just also
  и в во не на я он она оно мы вы они что как а но к ко с со по за из у о об от до это же бы ли
  der die das und ist nicht ein eine zu den dem des mit sich auf für von im es ich sie wir
  le la les et est un une des du de en que qui pas au aux il elle nous vous ce
  el los las y es un una del al que en por con se lo no`.split(/\s+/),
);

// Clock times and timecodes, a frame count included (`00:00:05:10`, `00:00:05;10`, Premiere
// Pro's drop-frame `00;00;05;10`).
const TIME_PATTERN = /\d{1,2}:\d{2}(?::\d{2})?(?:[:;]\d{2}|[.,]\d{1,3})?|\d{2};\d{2};\d{2};\d{2}/g;

/** Text a reader sees in an HTML document: the body without scripts, styles and templates. */
function visibleHtmlText(html: string): string {
  const tree: Root = fromHtml(html);
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      parts.push(node.value);
      return;
    }
    if (node.type === 'element') {
      const el = node as Element;
      if (['head', 'script', 'style', 'template', 'noscript', 'svg'].includes(el.tagName)) return;
      parts.push(' ');
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return parts.join('');
}

/**
 * Text of the cues of a WebVTT or SRT file: no header, cue identifiers or numbers, timings,
 * NOTE/STYLE/REGION blocks or tags.
 */
function visibleSubtitleText(text: string): string {
  const out: string[] = [];
  // Line endings made one first: in CRLF text, `\r` then `\n` would read as a blank line.
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/);
  for (const [k, block] of blocks.entries()) {
    const lines = block.split('\n');
    const first = (lines[0] ?? '').trim();
    if (k === 0 && first.startsWith('WEBVTT')) continue;
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    const timing = lines.findIndex((line) => line.includes('-->'));
    // Lines before the timing line are the cue identifier (SRT number, Teams GUID).
    for (const line of lines.slice(timing + 1)) {
      // A voice span names the speaker (`<v Tom Reid>`): those words count; other tags do not.
      const voices = line.replace(/<v(?:\.[^\s>]*)?\s+([^>]*)>/g, ' $1 ');
      // Tags, ASS override blocks (`{\an8}`) and character references are markup, not words.
      out.push(
        voices
          .replace(/<[^>]*>/g, ' ')
          .replace(/\{\\[^}]*\}/g, ' ')
          .replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, ' '),
      );
    }
  }
  return out.join('\n');
}

/**
 * The subtitle text of an EBU STL file (a byte string): each TTI block's text field, its printable
 * ASCII bytes only (teletext codes and other bytes are spaces); the GSI header is no text.
 */
function visibleStlText(bytes: string): string {
  const out: string[] = [];
  for (let at = 1024; at + 128 <= bytes.length; at += 128) {
    let text = '';
    for (let i = at + 16; i < at + 128; i++) {
      const c = bytes.charCodeAt(i);
      text += c >= 0x20 && c < 0x7f ? bytes[i] : ' ';
    }
    out.push(text);
  }
  return out.join('\n');
}

/** Distinct content words (NFC, lowercase) of a text: not stopwords, not one character. */
/**
 * Invisible characters inside a word (a soft hyphen, a zero-width space or joiner, a word joiner,
 * a BOM): a reader sees the word whole, and so does the count.
 */
const INVISIBLE_IN_WORD = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const visible = text.replace(INVISIBLE_IN_WORD, '').replace(TIME_PATTERN, ' ');
  for (const word of normalizeWords(visible)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    words.add(word);
  }
  return words;
}

/** Everything of the document a word can survive in. */
function keptText(document: ScriptDocument): string {
  const parts: string[] = [];
  for (const block of document.blocks) {
    parts.push(block.text);
    const extra = block as Block & { delivery?: unknown; reason?: unknown };
    if (typeof extra.delivery === 'string') parts.push(extra.delivery);
  }
  for (const message of document.messages) {
    if (message.actual) parts.push(message.actual);
  }
  for (const speaker of document.speakers) {
    parts.push(speaker.name ?? '', speaker.title ?? '', speaker.role ?? '', ...speaker.aliases);
  }
  parts.push(
    document.title ?? '',
    document.reporter ?? '',
    document.outlet ?? '',
    ...document.credits,
  );
  return parts.join('\n');
}

/**
 * The words of CTM (the fifth field of each line) or STM (the text after the times and the
 * label): no file ids, channels, speaker codes, times, `;;` comments, alternatives past the first
 * (`{ a / b }`), or the markup of no speech (`<sil>`, `[noise]`, `ignore_time_segment_in_scoring`).
 */
function visibleToolkitText(text: string, format: 'ctm' | 'stm'): string {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';;')) continue;
    // STM's alternatives (`{ strike / strikes }`): the first is the transcript.
    const fields = line.replace(/\{([^{}/]*)\/[^{}]*\}/g, '$1').split(/\s+/);
    const words = format === 'ctm' ? fields.slice(4, 5) : fields.slice(5);
    if (format === 'stm' && /^<.*>$/.test(words[0] ?? '')) words.shift();
    for (const word of words) {
      if (/^(?:<[^>]*>|\[[^\]]*\]|ignore_time_segment_in_scoring)$/.test(word)) continue;
      out.push(word);
    }
  }
  return out.join(' ');
}

export function wordsLost(input: string, format: InputFormat, document: ScriptDocument): string[] {
  const visible =
    format === 'html'
      ? visibleHtmlText(input)
      : format === 'text'
        ? input
        : format === 'stl'
          ? visibleStlText(input)
          : format === 'ctm' || format === 'stm'
            ? visibleToolkitText(input, format)
            : visibleSubtitleText(input);
  const kept = contentWords(keptText(document));
  const lost: string[] = [];
  for (const word of contentWords(visible)) if (!kept.has(word)) lost.push(word);
  return lost;
}

// --- One file and the total ---------------------------------------------------------------

export interface FileResult {
  name: string;
  convention: string;
  format: InputFormat;
  turns: TurnScore;
  blocks: BlockScore;
  titleGold: string | null | string[];
  titleGot: string | null;
  titleOk: boolean;
  slug: string;
  slugOk: boolean;
  lost: string[];
}

/** Words a slug must not consist of alone: greetings, thanks, labels, weekdays (issue 10). */
const EMPTY_SLUG_WORDS = new Set(
  `good morning afternoon evening night hello hi welcome thank thanks yes okay ok well story
  news report update breaking live transcript department interview episode part monday tuesday
  wednesday thursday friday saturday sunday today tonight press conference briefing joint
  doorstop remarks statement`.split(/\s+/),
);

/**
 * A slug is acceptable when at least one of its words is neither an empty word (`GOOD`,
 * `THANK`, `STORY`, a weekday) nor a word of a speaker's name (a name alone is not a topic).
 */
export function slugAcceptable(slug: string, gold: Gold): boolean {
  const nameWords = new Set<string>();
  for (const speaker of Object.values(gold.speakers)) {
    for (const word of normalizeWords(speaker.name ?? '')) nameWords.add(word);
  }
  return normalizeWords(slug).some((word) => !EMPTY_SLUG_WORDS.has(word) && !nameWords.has(word));
}

export function evaluate(item: EvalCase): FileResult {
  try {
    return evaluateCase(item);
  } catch (error) {
    throw new Error(`${item.file}: ${(error as Error).message}`);
  }
}

function evaluateCase(item: EvalCase): FileResult {
  return evaluateInput(item, item.input);
}

/**
 * Scores `input` against the gold of `item`: the unmodified file, or a variant of it (the
 * metamorphic check, bench/eval/variants.ts) whose gold anchors are resolved in the original
 * file and moved to the variant's lines by `mapLine`.
 */
export function evaluateInput(
  item: EvalCase,
  input: string,
  mapLine?: (line: number, column?: number) => number,
  mapLineEnd?: (line: number) => number,
): FileResult {
  const format = detectInputFormat(input);
  const options = optionsSchema().parse({});
  const document = prepare(input, options, format);
  const accepted = Array.isArray(item.gold.title) ? item.gold.title : [item.gold.title];
  const got = normalizeTitle(document.title);
  const titleOk = accepted.some((title) => normalizeTitle(title) === got);
  return {
    name: item.name,
    convention: item.gold.convention,
    format,
    turns: scoreTurns(item.gold, predictedTurns(document)),
    blocks: scoreBlocks(mapLine ? item.input : input, item.gold, document, mapLine, mapLineEnd),
    titleGold: item.gold.title,
    titleGot: document.title,
    titleOk,
    slug: document.slug,
    slugOk: slugAcceptable(document.slug, item.gold),
    lost: wordsLost(input, format, document),
  };
}

export interface Metrics {
  turnPrecision: number;
  turnRecall: number;
  turnF1: number;
  delivery: number;
  blockAccuracy: number;
  /** Document blocks a gold block of their type accounts for / document blocks. */
  blockPrecision: number;
  title: number;
  slug: number;
  notePrecision: number;
  noteRecall: number;
  wordsLost: number;
}

function ratio(a: number, b: number, empty: number): number {
  return b === 0 ? empty : a / b;
}

/** Metrics of one file or (micro-averaged) of many: see test/fixtures/eval/README.md. */
export function metrics(results: FileResult[]): Metrics {
  let tg = 0;
  let tp = 0;
  let tc = 0;
  let dg = 0;
  let dc = 0;
  let bg = 0;
  let bc = 0;
  let bp = 0;
  let bpt = 0;
  let ng = 0;
  let np = 0;
  let npt = 0;
  let ngf = 0;
  let titles = 0;
  let slugs = 0;
  let lost = 0;
  for (const r of results) {
    tg += r.turns.gold;
    tp += r.turns.predicted;
    tc += r.turns.correct;
    dg += r.turns.deliveryGold;
    dc += r.turns.deliveryCorrect;
    bg += r.blocks.gold;
    bc += r.blocks.correct;
    bp += r.blocks.predicted;
    bpt += r.blocks.predictedTrue;
    ng += r.blocks.noteGold;
    np += r.blocks.notePredicted;
    npt += r.blocks.notePredictedTrue;
    ngf += r.blocks.noteGoldFound;
    if (r.titleOk) titles++;
    if (r.slugOk) slugs++;
    lost += r.lost.length;
  }
  const turnPrecision = ratio(tc, tp, tg === 0 ? 1 : 0);
  const turnRecall = ratio(tc, tg, 1);
  const turnF1 =
    turnPrecision + turnRecall === 0
      ? 0
      : (2 * turnPrecision * turnRecall) / (turnPrecision + turnRecall);
  return {
    turnPrecision,
    turnRecall,
    turnF1,
    delivery: ratio(dc, dg, 1),
    blockAccuracy: ratio(bc, bg, 1),
    blockPrecision: ratio(bpt, bp, bg === 0 ? 1 : 0),
    title: ratio(titles, results.length, 1),
    slug: ratio(slugs, results.length, 1),
    notePrecision: ratio(npt, np, ng === 0 ? 1 : 0),
    noteRecall: ratio(ngf, ng, 1),
    wordsLost: lost,
  };
}

export const METRIC_NAMES: Array<keyof Metrics> = [
  'turnF1',
  'delivery',
  'blockAccuracy',
  'blockPrecision',
  'title',
  'slug',
  'notePrecision',
  'noteRecall',
  'wordsLost',
];

function cell(value: number, key: keyof Metrics): string {
  return key === 'wordsLost' ? String(value) : value.toFixed(3);
}

/** The table `npm run eval` prints and the README shows (Markdown). */
export function table(results: FileResult[]): string {
  const head = [
    'file',
    'format',
    'turn F1',
    'delivery',
    'block type',
    'block P',
    'title',
    'slug',
    'note P',
    'note R',
    'words lost',
  ];
  const rows = [head, head.map((h) => (h === 'file' || h === 'format' ? '---' : '---:'))];
  const line = (label: string, format: string, m: Metrics, r?: FileResult): string[] => [
    label,
    format,
    cell(m.turnF1, 'turnF1'),
    r && r.turns.deliveryGold === 0 ? '–' : cell(m.delivery, 'delivery'),
    cell(m.blockAccuracy, 'blockAccuracy'),
    cell(m.blockPrecision, 'blockPrecision'),
    r ? (r.titleOk ? 'yes' : 'no') : cell(m.title, 'title'),
    r ? (r.slugOk ? 'yes' : r.slug) : cell(m.slug, 'slug'),
    r && r.blocks.noteGold === 0 && r.blocks.notePredicted === 0
      ? '–'
      : cell(m.notePrecision, 'notePrecision'),
    r && r.blocks.noteGold === 0 ? '–' : cell(m.noteRecall, 'noteRecall'),
    cell(m.wordsLost, 'wordsLost'),
  ];
  for (const r of results) rows.push(line(r.name, r.format, metrics([r]), r));
  rows.push(line(`**total** (${results.length} files)`, '', metrics(results)));
  // Columns padded as Biome formats a Markdown table, so the README stays formatted.
  const widths = head.map((_, c) => Math.max(...rows.map((cells) => (cells[c] ?? '').length)));
  const left = (c: number): boolean => c < 2;
  return rows
    .map((cells, r) => {
      const padded = cells.map((cell, c) => {
        const width = widths[c] ?? 0;
        if (r === 1) return left(c) ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`;
        return left(c) ? cell.padEnd(width) : cell.padStart(width);
      });
      return `| ${padded.join(' | ')} |`;
    })
    .join('\n');
}
