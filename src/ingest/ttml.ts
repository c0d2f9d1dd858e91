/**
 * TTML captions as timed input: DFXP (TTML 1 and its 2006 drafts), IMSC 1/1.1 and EBU-TT-D.
 * The XML is read with htmlparser2 in XML mode into a small namespace-resolved tree; each `<p>`
 * becomes a cue whose lines are WebVTT cue text (`<br/>` a line break, a span's own `begin` an
 * inline time, a `ttm:agent` a `<v Name>` voice), and the cues take the path SRT and WebVTT take
 * ({@link cuesToLines}). Times follow TTML's timing model: an element's `begin`/`end` count from
 * its parent's begin (`<div begin>` offsets add up), `dur` from its own begin, clock times with
 * frames at `ttp:frameRate` × `ttp:frameRateMultiplier`, offsets in `h m s ms f t`
 * (`ttp:tickRate`). Styling, layout and metadata are dropped, each reported.
 */

import { decodeHTMLStrict } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { formatHms } from '../core/clock.ts';
import type { Message } from '../core/document.ts';
import { declaredLanguage } from '../core/language.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { parseTimeValue } from '../subtitles/timecode.ts';
import { type IngestedText, joinParagraphs, lineCounter, type SourcedLine } from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/** Namespaces of TTML 1/2 and of the DFXP drafts (2006) that broadcast tools still write. */
const TT_NAMESPACES: ReadonlySet<string> = new Set([
  'http://www.w3.org/ns/ttml',
  'http://www.w3.org/2006/10/ttaf1',
  'http://www.w3.org/2006/04/ttaf1',
]);
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** What a namespace is to this reader: TTML's own vocabularies, `xml:`, or something else. */
type Vocabulary = 'tt' | 'ttp' | 'tts' | 'ttm' | 'xml' | 'other';

function vocabulary(uri: string | undefined, prefix: string): Vocabulary {
  if (uri === undefined) {
    // An undeclared prefix: read the usual ones by name (exports that forget the declaration).
    if (prefix === 'tt' || prefix === 'ttp' || prefix === 'tts' || prefix === 'ttm') return prefix;
    return prefix === 'xml' ? 'xml' : 'other';
  }
  if (uri === XML_NAMESPACE) return 'xml';
  if (TT_NAMESPACES.has(uri)) return 'tt';
  const hash = uri.indexOf('#');
  if (hash === -1 || !TT_NAMESPACES.has(uri.slice(0, hash))) return 'other';
  const part = uri.slice(hash + 1);
  if (part === 'parameter') return 'ttp';
  if (part === 'styling' || part === 'style') return 'tts';
  if (part === 'metadata') return 'ttm';
  return 'other';
}

interface XmlElement {
  kind: 'element';
  vocabulary: Vocabulary;
  /** Local name, as written (TTML names are case-sensitive). */
  name: string;
  /** Attributes by `vocabulary:local` (`tts:color`, `xml:id`), or by local name when unprefixed. */
  attrs: Map<string, string>;
  line: number;
  children: XmlNode[];
}

interface XmlText {
  kind: 'text';
  value: string;
  line: number;
}

type XmlNode = XmlElement | XmlText;

/** Deepest nesting read; deeper elements are skipped and reported (keeps the walk linear). */
const MAX_DEPTH = 200;

interface ParsedXml {
  root: XmlElement | null;
  /** Elements the input left open or closed out of order (line of the first). */
  unclosed: number;
  unclosedLine: number | null;
  tooDeep: number | null;
  /**
   * YouTube's caption XML escapes its text twice (`&amp;#39;` for an apostrophe): the character
   * references left in its text after XML decoding, decoded (how many, the first's line, which).
   */
  escapedTwice?: { count: number; line: number };
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon === -1 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/**
 * The parser, noting a self-closing tag (`<br/>`, `<style …/>`): htmlparser2 closes it as it
 * closes an element the input left open, and only the latter is malformed XML.
 */
class XmlParser extends Parser {
  selfClosing = false;
  override onselfclosingtag(endIndex: number): void {
    this.selfClosing = true;
    super.onselfclosingtag(endIndex);
    this.selfClosing = false;
  }
}

/**
 * YouTube's caption XML (the `timedtext` endpoint, downloaders' srv3, srv2, srv1), read as TTML:
 * its root `<timedtext>`/`<transcript>` is `tt`, a caption `<text>` a `p` (srv3's `<p>` is one),
 * an auto-caption word `<s>` a `span`; times `t`/`d` in ms, `start`/`dur` in seconds (a word's
 * `t` from its caption's start, as a span's `begin`).
 */
const YOUTUBE: Readonly<Record<string, string>> = {
  timedtext: 'tt',
  transcript: 'tt',
  text: 'p',
  s: 'span',
  t: 'begin',
  d: 'dur',
  start: 'begin',
};

/** True when the text is YouTube's caption XML (see {@link YOUTUBE}). */
export function looksLikeTimedText(text: string): boolean {
  const head = text.slice(0, 1024);
  const root = /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?<(timedtext|transcript)[\s>]/.exec(head);
  return root !== null && (root[1] === 'timedtext' || /<text\s[^>]{0,100}start=/.test(head));
}

/** Reads XML into a namespace-resolved element tree with source lines. One pass. */
function parseXml(source: string): ParsedXml {
  const lineOf = lineCounter(source);
  const top: XmlElement = {
    kind: 'element',
    vocabulary: 'other',
    name: '#document',
    attrs: new Map(),
    line: 1,
    children: [],
  };
  const stack: XmlElement[] = [top];
  const scopes: Map<string, string>[] = [new Map([['xml', XML_NAMESPACE]])];
  // Elements past MAX_DEPTH are not built: a counter stands for them.
  let skipped = 0;
  const result: ParsedXml = { root: null, unclosed: 0, unclosedLine: null, tooDeep: null };
  let youtube = false;
  const parser = new XmlParser(
    {
      onopentag(tag, given) {
        let qname = tag;
        let attribs = given;
        if (stack.length === 1 && (tag === 'timedtext' || tag === 'transcript')) youtube = true;
        if (youtube) {
          qname = YOUTUBE[tag] ?? tag;
          attribs = {};
          for (const [name, value] of Object.entries(given))
            attribs[YOUTUBE[name] ?? name] =
              name === 't' || name === 'd'
                ? `${value}ms`
                : name === 'start' || name === 'dur'
                  ? `${value}s`
                  : value;
        }
        const line = lineOf(parser.startIndex);
        if (skipped > 0 || stack.length > MAX_DEPTH) {
          skipped++;
          result.tooDeep ??= line;
          return;
        }
        const parentScope = scopes.at(-1) as Map<string, string>;
        let scope = parentScope;
        for (const [name, value] of Object.entries(attribs)) {
          if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
          if (scope === parentScope) scope = new Map(parentScope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
        const attrs = new Map<string, string>();
        for (const [name, value] of Object.entries(attribs)) {
          if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
          const [prefix, local] = splitName(name);
          // Unprefixed attributes are in no namespace (`begin`, `style`, `region`).
          attrs.set(prefix ? `${vocabulary(scope.get(prefix), prefix)}:${local}` : local, value);
        }
        const [prefix, local] = splitName(qname);
        const uri = scope.get(prefix);
        // No namespace at all on an unprefixed element: read as TTML (hand-made files).
        const voc = !prefix && uri === undefined ? 'tt' : vocabulary(uri, prefix);
        const element: XmlElement = {
          kind: 'element',
          vocabulary: voc,
          name: local,
          attrs,
          line,
          children: [],
        };
        (stack.at(-1) as XmlElement).children.push(element);
        stack.push(element);
        scopes.push(scope);
      },
      onclosetag(_name, isImplied) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        const element = stack.pop();
        scopes.pop();
        if (isImplied && element && !parser.selfClosing) {
          result.unclosed++;
          result.unclosedLine ??= element.line;
        }
      },
      ontext(data) {
        if (skipped > 0) return;
        const parent = stack.at(-1) as XmlElement;
        const last = parent.children.at(-1);
        // The parser hands text over in pieces (around character references): one node.
        if (last?.kind === 'text') last.value += data;
        else parent.children.push({ kind: 'text', value: data, line: lineOf(parser.startIndex) });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  result.root = top.children.find((n): n is XmlElement => n.kind === 'element') ?? null;
  if (youtube && source.includes('&amp;')) decodeTwice(top, result);
  return result;
}

/**
 * Decodes the character references YouTube's caption text keeps after XML decoding (its text is
 * escaped twice: `&amp;#39;`, `&amp;amp;`), once, in every text node; counted in `result`.
 */
function decodeTwice(top: XmlElement, result: ParsedXml): void {
  const stack: XmlElement[] = [top];
  while (stack.length > 0) {
    for (const child of (stack.pop() as XmlElement).children) {
      if (child.kind === 'element') stack.push(child);
      else if (child.value.includes('&')) {
        const decoded = decodeHTMLStrict(child.value);
        if (decoded === child.value) continue;
        result.escapedTwice ??= { count: 0, line: child.line };
        result.escapedTwice.count++;
        result.escapedTwice.line = Math.min(result.escapedTwice.line, child.line);
        child.value = decoded;
      }
    }
  }
}

/** The timing parameters of a document (`ttp:` attributes of its root). */
export interface TtmlClock {
  /** `ttp:frameRate` (frames counted per second in a clock time's `:FF`). */
  frameRate: number;
  /** Frames per second of media time: frame rate × multiplier (29.97 for `30` and `1000 1001`). */
  effectiveFps: number;
  subFrameRate: number;
  tickRate: number;
  /** `smpte`: clock times are timecode labels (drop-frame with `ttp:dropMode`). */
  smpte: boolean;
  dropFrame: boolean;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && /^\d{1,9}$/.test(value.trim()) && n > 0 ? n : fallback;
}

/** The `ttp:` timing parameters of a root element, with TTML's defaults. */
export function ttmlClock(attrs: ReadonlyMap<string, string>): TtmlClock {
  const frameRate = positive(attrs.get('ttp:frameRate'), 30);
  const [num, den] = (attrs.get('ttp:frameRateMultiplier') ?? '1 1').trim().split(/\s+/);
  const multiplier = positive(num, 1) / positive(den, 1);
  const subFrameRate = positive(attrs.get('ttp:subFrameRate'), 1);
  const tickRate = positive(
    attrs.get('ttp:tickRate'),
    attrs.has('ttp:frameRate') ? frameRate * subFrameRate : 1,
  );
  const smpte = attrs.get('ttp:timeBase')?.trim() === 'smpte';
  const dropMode = attrs.get('ttp:dropMode')?.trim();
  return {
    frameRate,
    effectiveFps: frameRate * multiplier,
    subFrameRate,
    tickRate,
    smpte,
    dropFrame: smpte && (dropMode === 'dropNTSC' || dropMode === 'dropPAL'),
  };
}

/** A `<` that opens no element, end tag, comment, declaration or processing instruction. */
const STRAY_ANGLE = lazyRegExp(String.raw`<(?![\p{L}_:/!?])`, 'gu');

// Bounded or single repeats, anchored: linear.
const CLOCK_TIME = /^(\d{1,3}):(\d\d):(\d\d)(?:\.(\d{1,9})|:(\d{2,3})(?:\.(\d{1,4}))?)?$/;
const OFFSET_TIME = /^(\d{1,12}(?:\.\d{1,9})?)(h|ms|m|s|f|t)$/;

/**
 * A TTML time expression in ms, or null when it does not parse: `HH:MM:SS` (one hour digit too,
 * `0:00:02.700`, as some tools write it), `HH:MM:SS.fff`,
 * `HH:MM:SS:FF[.ss]` (frames of the clock's rate; SMPTE labels when the time base is `smpte`),
 * or an offset `12.5s`, `500ms`, `2h`, `1.5m`, `40f`, `10000000t`.
 *
 * @example parseTtmlTime('00:00:01:12', ttmlClock(new Map([['ttp:frameRate', '25']]))) // 1480
 */
export function parseTtmlTime(value: string, clock: TtmlClock): number | null {
  const text = value.trim();
  const c = CLOCK_TIME.exec(text);
  if (c) {
    const [, h = '', m = '', s = '', fraction, frames, subFrames] = c;
    if (frames === undefined) {
      // The shared clock grammar reads three fraction digits; more only refine the millisecond.
      return parseTimeValue(`${h}:${m}:${s}${fraction ? `.${fraction.slice(0, 3)}` : ''}`, 30);
    }
    const ff = Number(frames);
    if (ff >= Math.ceil(clock.frameRate)) return null;
    const sub = subFrames === undefined ? 0 : Number(subFrames) / clock.subFrameRate;
    if (clock.smpte) {
      // A timecode label: frames counted at the nominal rate, dropped numbers skipped.
      const label = `${h}:${m}:${s}${clock.dropFrame ? ';' : ':'}${frames}`;
      const ms = parseTimeValue(label, clock.effectiveFps);
      return ms === null ? null : ms + (sub * 1000) / clock.effectiveFps;
    }
    const base = parseTimeValue(`${h}:${m}:${s}`, clock.effectiveFps);
    return base === null ? null : base + ((ff + sub) * 1000) / clock.effectiveFps;
  }
  const o = OFFSET_TIME.exec(text);
  if (!o) return null;
  const [, count = '0', metric] = o;
  const n = Number(count);
  switch (metric) {
    case 'h':
      return n * 3_600_000;
    case 'm':
      return n * 60_000;
    case 'f':
      return (n * 1000) / clock.effectiveFps;
    case 't':
      return (n * 1000) / clock.tickRate;
    default:
      // Seconds and milliseconds: the `start` option's grammar.
      return parseTimeValue(text, clock.effectiveFps) ?? (metric === 'ms' ? n : n * 1000);
  }
}

/** True when the text is an XML document whose root element is TTML's `tt` (any prefix). */
export function looksLikeTtml(text: string): boolean {
  const head = text.slice(0, 4096);
  let i = 0;
  // Skip a BOM, white space, the XML declaration, comments and a doctype before the root.
  while (i < head.length) {
    const ch = head.charCodeAt(i);
    if (ch === 0xfeff || ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) {
      i++;
      continue;
    }
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i + 2);
      if (end === -1) return false;
      i = end + 2;
      continue;
    }
    if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end === -1) return false;
      i = end + 3;
      continue;
    }
    if (head.startsWith('<!', i)) {
      const end = head.indexOf('>', i + 2);
      if (end === -1) return false;
      i = end + 1;
      continue;
    }
    break;
  }
  if (!/^<(?:[A-Za-z_][\w.-]{0,30}:)?tt[\s>/]/.test(head.slice(i, i + 40))) return false;
  // HTML's old `<tt>` element is not a caption file: the root declares TTML's namespace, or the
  // text is an XML document.
  const end = head.indexOf('>', i);
  const root = head.slice(i, end === -1 ? head.length : end);
  return i > 0 || root.includes('/ns/ttml') || root.includes('ttaf1');
}

/** TTML's named colours that captions use, as `#rrggbb`. */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  white: '#ffffff',
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  red: '#ff0000',
  lime: '#00ff00',
  green: '#008000',
  yellow: '#ffff00',
  blue: '#0000ff',
  cyan: '#00ffff',
  aqua: '#00ffff',
  magenta: '#ff00ff',
  fuchsia: '#ff00ff',
};

/**
 * A colour in one spelling, so that `white`, `#FFF`, `#FFFFFFFF` and `rgb(255,255,255)` are the
 * same speaker's colour: `#rrggbb` (alpha dropped), or the value as written when unknown.
 *
 * @example normalColour('rgba(255, 255, 0, 255)') // '#ffff00'
 */
export function normalColour(value: string): string {
  const v = value.trim().toLowerCase();
  const named = NAMED_COLOURS[v];
  if (named) return named;
  if (/^#[0-9a-f]{3,4}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  if (/^#[0-9a-f]{6}(?:[0-9a-f]{2})?$/.test(v)) return v.slice(0, 7);
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*\d{1,3}\s*)?\)$/.exec(
    v,
  );
  if (rgb) {
    return `#${[rgb[1], rgb[2], rgb[3]].map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('')}`;
  }
  return v;
}

/** One run of text in a paragraph, with what it inherits. */
interface Run {
  text: string;
  /** A line break before this run (`<br/>`). */
  br: boolean;
  /** The time a span of its own gives this run's first word (absolute ms), if any. */
  inlineMs: number | null;
  colour: string | null;
  agent: string | null;
  line: number;
}

/** The runs of a paragraph being read, and the span of its spans' own times. */
interface RunList {
  runs: Run[];
  /** Earliest begin and latest end a span gives itself (a paragraph timed only by its spans). */
  spanBeginMs: number | null;
  spanEndMs: number | null;
  /** Paragraphs and divisions inside this one (XML left unclosed): read after it. */
  nested: XmlElement[];
}

interface Paragraph {
  beginMs: number | null;
  endMs: number | null;
  runs: Run[];
  line: number;
  /** A `ttm:role` of sound, music, action or kinesic: a description, not words said. */
  direction: boolean;
}

/** `ttm:role` values whose text describes what is heard or seen rather than what is said. */
const NON_SPEECH_ROLES: ReadonlySet<string> = new Set(['sound', 'music', 'action', 'kinesic']);

function nonSpeech(role: string | null): boolean {
  return role?.split(/\s+/).some((r) => NON_SPEECH_ROLES.has(r)) ?? false;
}

/** Inherited while walking the body. */
interface Context {
  /** Absolute begin of the parent (ms), or null when nothing above is timed. */
  beginMs: number | null;
  endMs: number | null;
  colour: string | null;
  agent: string | null;
  /** `ttm:role`, inherited from the division. */
  role: string | null;
}

function isTt(node: XmlNode, name: string): boolean {
  return node.kind === 'element' && node.vocabulary === 'tt' && node.name === name;
}

/** The line of a text node's first word (its leading white space may span lines). */
function textLine(node: XmlText): number {
  let line = node.line;
  for (let i = 0; i < node.value.length && node.value.charCodeAt(i) <= 0x20; i++) {
    if (node.value.charCodeAt(i) === 10) line++;
  }
  return line;
}

function textOf(element: XmlElement): string {
  let out = '';
  for (const child of element.children) {
    out += child.kind === 'text' ? child.value : textOf(child);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function info(ruleId: string, reason: string, line: number | null, actual?: string): Message {
  const message: Message = { ruleId, reason, line, column: 1, severity: 'info' };
  if (actual !== undefined) message.actual = actual;
  return message;
}

function warning(ruleId: string, reason: string, line: number | null, actual?: string): Message {
  return { ...info(ruleId, reason, line, actual), severity: 'warning' };
}

/**
 * Reads TTML (DFXP, IMSC, EBU-TT-D) as timed captions: each `<p>` a cue on its absolute time,
 * speakers from `ttm:agent` (named by the agent's `ttm:name`) or, in a file whose speakers are
 * told apart by text colour (the broadcast convention), a turn at each change of colour.
 *
 * @example ttmlToLines('<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">Hi.</p></div></body></tt>').text // 'Hi.'
 */
export function ttmlToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  let xml = source.replace(/^\uFEFF/, '');
  // YouTube's srv1 `<transcript>` holds its captions without a `<body>`: one around them.
  if (!xml.includes('<body') && xml.includes('<transcript>'))
    xml = xml
      .replace('<transcript>', '<transcript><body>')
      .replace('</transcript>', '</body></transcript>');
  // A `<` that opens no tag (`>> I'm fine << replied someone`, typed into a caption tool) is
  // text, as an XML reader that stops there would lose every caption after it: escaped, counted.
  let strayAngles = 0;
  let strayLine: number | null = null;
  const lineOf = lineCounter(xml);
  xml = xml.replace(STRAY_ANGLE, (_, at: number) => {
    strayAngles++;
    strayLine ??= lineOf(at);
    return '&lt;';
  });
  const parsed = parseXml(xml);
  const messages: Message[] = [];
  if (strayAngles > 0)
    messages.push(
      warning('xml-malformed', `Read ${strayAngles} “<” opening no element as text`, strayLine),
    );
  const root = parsed.root;
  if (root?.name !== 'tt' || root.vocabulary !== 'tt') {
    return {
      text: '',
      sourceLines: [],
      messages: [
        {
          ruleId: 'ttml-not-tt',
          reason: root
            ? `Not a TTML document: the root element is <${root.name}>, not <tt>`
            : 'Not a TTML document: no root element',
          line: root?.line ?? 1,
          column: 1,
          severity: 'error',
        },
      ],
    };
  }
  if (parsed.unclosed > 0) {
    messages.push(
      warning(
        'xml-malformed',
        `${parsed.unclosed} element(s) not closed where the XML closes them: read as if closed`,
        parsed.unclosedLine,
      ),
    );
  }
  if (parsed.tooDeep !== null) {
    messages.push(
      warning(
        'xml-too-deep',
        `Elements nested deeper than ${MAX_DEPTH} were not read`,
        parsed.tooDeep,
      ),
    );
  }
  if (parsed.escapedTwice)
    messages.push(
      info(
        'html-entity',
        `Decoded the character references of ${parsed.escapedTwice.count} caption text(s) escaped twice`,
        parsed.escapedTwice.line,
      ),
    );
  const clock = ttmlClock(root.attrs);
  const head = root.children.find((n) => isTt(n, 'head')) as XmlElement | undefined;
  const body = root.children.find((n) => isTt(n, 'body')) as XmlElement | undefined;

  // Head: styles (their colours, for the speaker convention), agents, what is dropped.
  const styles = new Map<string, XmlElement>();
  const agents = new Map<string, string>();
  let styling = 0;
  let stylingLine: number | null = null;
  const metadata: string[] = [];
  let metadataLine: number | null = null;
  const readHead = (element: XmlElement): void => {
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (child.vocabulary === 'ttm' && child.name === 'agent') {
        const id = child.attrs.get('xml:id');
        const names = child.children.filter(
          (n): n is XmlElement => n.kind === 'element' && n.name === 'name',
        );
        const name = names.find((n) => n.attrs.get('type') === 'full') ?? names[0];
        const named = name ? textOf(name).trim() : '';
        // An id is markup (`a1`, `narrator`): an agent without a name is numbered (below).
        if (id && named) agents.set(id, named);
        continue;
      }
      if (child.vocabulary === 'tt' && (child.name === 'style' || child.name === 'region')) {
        const id = child.attrs.get('xml:id');
        if (child.name === 'style' && id) styles.set(id, child);
        styling++;
        stylingLine ??= child.line;
        readHead(child);
        continue;
      }
      if (child.vocabulary === 'tt' && ['styling', 'layout', 'metadata'].includes(child.name)) {
        readHead(child);
        continue;
      }
      // Any other metadata (title, copyright, EBU-TT document metadata, vendor elements).
      // An element with no text (YouTube's window styles `<ws/>`, `<wp/>`) drops nothing.
      const text = textOf(child);
      if (!text) continue;
      metadata.push(`${child.name}: ${text}`);
      metadataLine ??= child.line;
    }
  };
  if (head) readHead(head);

  const refsOf = (element: XmlElement): string[] =>
    (element.attrs.get('style') ?? '').trim().split(/\s+/).filter(Boolean);
  /** Each style's colour, worked out once (a chain of references is followed once in all). */
  const styleColours = new Map<string, string | null>();
  const styleColour = (id: string, depth: number): string | null => {
    const known = styleColours.get(id);
    if (known !== undefined) return known;
    const style = styles.get(id);
    // Unknown, or a reference cycle or absurd chain: no colour.
    styleColours.set(id, null);
    if (!style || depth > 50) return null;
    const colour = ownColour(style, depth + 1);
    styleColours.set(id, colour);
    return colour;
  };
  /** The colour an element sets: its own `tts:color`, else the last of its styles' that has one. */
  const ownColour = (element: XmlElement, depth: number): string | null => {
    const own = element.attrs.get('tts:color');
    if (own) return normalColour(own);
    let colour: string | null = null;
    // Later references win (TTML's referential styling).
    for (const ref of refsOf(element)) colour = styleColour(ref, depth) ?? colour;
    return colour;
  };
  const colourOf = (element: XmlElement): string | null => ownColour(element, 0);

  const paragraphs: Paragraph[] = [];
  let badTimes = 0;
  let badTimeLine: number | null = null;
  const badTimeText: string[] = [];
  let styled = 0;
  let styledLine: number | null = null;
  let untimed = 0;
  let untimedLine: number | null = null;
  let anyTimed = false;

  /** An element's own interval inside its parent's, or 'bad' when a time does not parse. */
  const interval = (
    element: XmlElement,
    parent: Context,
  ): { beginMs: number | null; endMs: number | null } | 'bad' => {
    // An attribute left empty (`end=""`, a tool's blank field) gives no time, as if absent.
    const begin = element.attrs.get('begin')?.trim() || undefined;
    const end = element.attrs.get('end')?.trim() || undefined;
    const dur = element.attrs.get('dur')?.trim() || undefined;
    const b = begin === undefined ? 0 : parseTtmlTime(begin, clock);
    const e = end === undefined ? null : parseTtmlTime(end, clock);
    const d = dur === undefined ? null : parseTtmlTime(dur, clock);
    if (b === null || (end !== undefined && e === null) || (dur !== undefined && d === null)) {
      return 'bad';
    }
    if (begin === undefined && end === undefined && dur === undefined) {
      return { beginMs: parent.beginMs, endMs: parent.endMs };
    }
    anyTimed = true;
    const base = parent.beginMs ?? 0;
    const beginMs = base + b;
    let endMs = e !== null ? base + e : d !== null ? beginMs + d : parent.endMs;
    if (e !== null && d !== null) endMs = Math.min(base + e, beginMs + d);
    return { beginMs, endMs };
  };

  const noteStyled = (element: XmlElement): void => {
    for (const key of element.attrs.keys()) {
      if (key.startsWith('tts:') || key === 'style' || key === 'region') {
        styled++;
        styledLine ??= element.line;
        return;
      }
    }
  };

  const outside: string[] = [];
  let outsideLine: number | null = null;
  /** An element that holds no caption text: reported with the metadata when it has text. */
  const dropElement = (element: XmlElement): void => {
    metadataLine ??= element.line;
    const text = textOf(element);
    if (text) metadata.push(`${element.name}: ${text}`);
  };

  /** The runs of a `<p>` or `<span>`, in order. */
  const readRuns = (element: XmlElement, context: Context, list: RunList): void => {
    const runs = list.runs;
    for (const child of element.children) {
      if (child.kind === 'text') {
        runs.push({
          text: child.value,
          br: false,
          inlineMs: null,
          colour: context.colour,
          agent: context.agent,
          line: textLine(child),
        });
        continue;
      }
      if (isTt(child, 'br')) {
        // A line break: a run of its own, so it ends the line even before any text follows.
        runs.push({
          text: '',
          br: true,
          inlineMs: null,
          colour: null,
          agent: null,
          line: child.line,
        });
        continue;
      }
      if (isTt(child, 'span')) {
        noteStyled(child);
        const timing = interval(child, context);
        if (timing === 'bad') {
          badTimes++;
          badTimeLine ??= child.line;
          badTimeText.push(textOf(child));
          continue;
        }
        const own = child.attrs.has('begin');
        const span: Context = {
          beginMs: timing.beginMs,
          endMs: timing.endMs,
          colour: colourOf(child) ?? context.colour,
          agent: child.attrs.get('ttm:agent')?.trim().split(/\s+/)[0] ?? context.agent,
          role: context.role,
        };
        const from = runs.length;
        readRuns(child, span, list);
        // The span's own begin times its first word.
        let first: Run | undefined;
        for (let r = from; r < runs.length && !first; r++) {
          if ((runs[r] as Run).text.trim()) first = runs[r];
        }
        if (own && first && first.inlineMs === null && timing.beginMs !== null) {
          first.inlineMs = timing.beginMs;
          list.spanBeginMs = Math.min(list.spanBeginMs ?? timing.beginMs, timing.beginMs);
          if (timing.endMs !== null) {
            list.spanEndMs = Math.max(list.spanEndMs ?? timing.endMs, timing.endMs);
          }
        }
        continue;
      }
      // A paragraph inside a paragraph is a `<p>` left unclosed: its own cue, after this one.
      if (isTt(child, 'p') || isTt(child, 'div')) {
        list.nested.push(child);
        continue;
      }
      // Metadata, animation (`<set>`) and other vocabularies' elements in the text: not words.
      dropElement(child);
    }
  };

  const walk = (element: XmlElement, context: Context): void => {
    let previousEnd: number | null = null;
    const seq = element.attrs.get('timeContainer')?.trim() === 'seq';
    for (const child of element.children) {
      if (child.kind === 'text') {
        // Text outside any `<p>` is not presented (TTML's content model): said, not dropped quietly.
        if (child.value.trim()) {
          outside.push(child.value.replace(/\s+/g, ' ').trim());
          outsideLine ??= textLine(child);
        }
        continue;
      }
      if (child.vocabulary !== 'tt' || (child.name !== 'div' && child.name !== 'p')) {
        dropElement(child);
        continue;
      }
      noteStyled(child);
      // In a sequence, each child counts from the end of the one before it.
      const parent: Context =
        seq && previousEnd !== null ? { ...context, beginMs: previousEnd } : context;
      const timing = interval(child, parent);
      if (timing === 'bad') {
        badTimes++;
        badTimeLine ??= child.line;
        badTimeText.push(textOf(child));
        continue;
      }
      previousEnd = timing.endMs;
      const inner: Context = {
        beginMs: timing.beginMs,
        endMs: timing.endMs,
        colour: colourOf(child) ?? context.colour,
        agent: child.attrs.get('ttm:agent')?.trim().split(/\s+/)[0] ?? context.agent,
        role: child.attrs.get('ttm:role')?.trim() ?? context.role,
      };
      if (child.name === 'div') {
        walk(child, inner);
        continue;
      }
      const list: RunList = { runs: [], spanBeginMs: null, spanEndMs: null, nested: [] };
      readRuns(child, inner, list);
      const nested = (): void => {
        if (list.nested.length > 0)
          walk({ ...child, attrs: new Map(), children: list.nested }, context);
      };
      if (!list.runs.some((r) => r.text.trim())) {
        nested();
        continue;
      }
      // A paragraph timed only by its spans (word-timed exports) lasts from the first to the last.
      paragraphs.push({
        beginMs: inner.beginMs ?? list.spanBeginMs,
        endMs: inner.beginMs === null ? list.spanEndMs : inner.endMs,
        runs: list.runs,
        line: child.line,
        direction: nonSpeech(inner.role),
      });
      nested();
    }
  };
  if (body) {
    noteStyled(body);
    const timing = interval(body, {
      beginMs: null,
      endMs: null,
      colour: null,
      agent: null,
      role: null,
    });
    if (timing === 'bad') {
      badTimes++;
      badTimeLine ??= body.line;
    } else {
      walk(body, {
        beginMs: timing.beginMs,
        endMs: timing.endMs,
        colour: colourOf(body),
        agent: body.attrs.get('ttm:agent')?.trim().split(/\s+/)[0] ?? null,
        role: body.attrs.get('ttm:role')?.trim() ?? null,
      });
    }
  }

  if (styling > 0 || styled > 0) {
    messages.push(
      info(
        'caption-styling',
        `Dropped the captions' styling and layout (${styling} style/region definition(s), ${styled} styled element(s)): position, font and colour are not transcript text`,
        stylingLine ?? styledLine,
      ),
    );
  }
  if (metadata.length > 0) {
    messages.push(
      info(
        'caption-metadata',
        `Dropped ${metadata.length} metadata item(s) of the caption file (not spoken text)`,
        metadataLine,
        metadata.join('\n'),
      ),
    );
  }
  if (outside.length > 0) {
    messages.push(
      warning(
        'ttml-text-outside-p',
        `Dropped ${outside.length} piece(s) of text outside any <p> (TTML shows only paragraph text)`,
        outsideLine,
        outside.join('\n'),
      ),
    );
  }
  if (badTimes > 0) {
    messages.push(
      warning(
        'caption-bad-time',
        `Dropped ${badTimes} caption element(s) whose begin, end or dur is not a TTML time expression`,
        badTimeLine,
        badTimeText.join('\n'),
      ),
    );
  }

  // Speakers told apart by colour: two or more colours of text and no agents.
  const colours = new Set<string>();
  let agentsUsed = false;
  for (const p of paragraphs) {
    for (const r of p.runs) {
      if (!r.text.trim()) continue;
      if (r.colour) colours.add(r.colour);
      if (r.agent) agentsUsed = true;
    }
  }
  const byColour = !agentsUsed && colours.size >= 2;

  // With no time anywhere the file is text in caption markup: its paragraphs, untimed.
  if (!anyTimed) {
    const lines: SourcedLine[][] = paragraphs.map((p) => [
      {
        text: p.runs
          .map((r) => (r.br ? ' ' : r.text))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
        line: p.line,
      },
    ]);
    const result = joinParagraphs(lines);
    messages.push(
      warning(
        'caption-untimed',
        'The TTML file has no times: read as untimed text',
        body?.line ?? root.line,
      ),
    );
    result.messages = messages;
    return result;
  }

  const cues: Cue[] = [];
  // An agent the head does not name (undeclared, or without a `ttm:name`: `a1`) is a voice of
  // its own, numbered as diarization numbers them: `Speaker 1`, not its id.
  const numbered = new Map<string, string>();
  const unnamed = (id: string): string => {
    const name = numbered.get(id) ?? `Speaker ${numbered.size + 1}`;
    numbered.set(id, name);
    return name;
  };
  let lastColour: string | null = null;
  let openEnded = 0;
  let openLine: number | null = null;
  let bracketed = 0;
  let bracketedLine: number | null = null;
  for (const p of paragraphs) {
    if (p.beginMs === null) {
      untimed++;
      untimedLine ??= p.line;
      continue;
    }
    const cue: Cue = { startMs: p.beginMs, endMs: p.endMs ?? Number.NaN, lines: [] };
    let current: SourcedLine | null = null;
    let currentAgent: string | null = null;
    for (const run of p.runs) {
      const hasText = run.text.trim() !== '';
      const agentChange = hasText && current !== null && run.agent !== currentAgent;
      const colourChange =
        byColour &&
        hasText &&
        run.colour !== null &&
        run.colour !== lastColour &&
        lastColour !== null;
      if (run.br || agentChange || (colourChange && current?.text.trim())) {
        current = null;
      }
      if (!hasText && current === null) continue;
      if (current === null) {
        current = { text: '', line: run.line };
        cue.lines.push(current);
        currentAgent = run.agent;
        const agent = run.agent ? (agents.get(run.agent) ?? unnamed(run.agent)) : null;
        if (agent) current.text += `<v ${escapeCueText(agent)}>`;
        // Each colour a voice of its own, read as SRT's `<font color>` is (./subtitles.ts).
        if (byColour && run.colour !== null) current.text += `<font color="${run.colour}">`;
      }
      if (run.inlineMs !== null) current.text += `<${formatHms(run.inlineMs, '.')}>`;
      current.text += escapeCueText(run.text.replace(/\s+/g, ' '));
      if (hasText && run.colour !== null) lastColour = run.colour;
    }
    for (const line of cue.lines) {
      line.text = line.text.trim();
      // A sound or action description becomes a direction (`[Thunder]`), as captions write it.
      if (p.direction && !/^[[(]/.test(line.text)) {
        line.text = `[${line.text}]`;
        bracketed++;
        bracketedLine ??= line.line;
      }
    }
    cues.push(cue);
  }
  // A cue with no end runs to the next cue's start (or three seconds at the end).
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (!Number.isNaN(cue.endMs)) continue;
    openEnded++;
    openLine ??= cue.lines[0]?.line ?? null;
    const next = cues[i + 1]?.startMs;
    cue.endMs = next !== undefined && next > cue.startMs ? next : cue.startMs + 3000;
  }
  if (openEnded > 0) {
    messages.push(
      info(
        'caption-open-end',
        `${openEnded} caption(s) have no end time: each runs to the next caption's start`,
        openLine,
      ),
    );
  }
  if (untimed > 0) {
    messages.push(
      warning(
        'caption-untimed',
        `Dropped ${untimed} caption paragraph(s) with no time in a timed file`,
        untimedLine,
      ),
    );
  }
  if (bracketed > 0) {
    messages.push(
      info(
        'caption-role-direction',
        `Bracketed ${bracketed} caption line(s) whose ttm:role says they describe sound or action (directions, not words said)`,
        bracketedLine,
      ),
    );
  }
  const result = cuesToLines(cues, options, [], messages);
  // The document's `xml:lang` (required on <tt>): the captions' language.
  const language = declaredLanguage(root.attrs.get('xml:lang'));
  if (language !== null) result.hints = { ...result.hints, language };
  return result;
}
