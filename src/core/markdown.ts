/**
 * Markdown in a pasted transcript (an AI tool's export, a document copied as markdown, notes):
 * `**Jane Doe:** Good evening`, `# Interview with the Mayor`, `[the report](https://…)`,
 * `> quoted`, `*[crosstalk]*`. The markers go, the words stay; each removal is an edit the
 * markup plugin reports. Read only in a text that is markdown (see {@link isMarkdownText}): a
 * plain transcript's asterisks (`f***`, `5 * 3`, `*laughs*` in a chat log) are left alone.
 */
/** One edit of a line: [start, end) held `from` and becomes `to`. */
export interface Removed {
  start: number;
  end: number;
  from: string;
  to: string;
}

/** Lines looked at to tell markdown, and how many of its marks make a text markdown. */
const SCAN_LINES = 200;
const MIN_SIGNALS = 2;

/** `**Name:**` or `**Name**:` opening a line: a speaker tag in bold. */
const BOLD_TAG = /^(?:\*\*|__)[^*_\s][^*_]{0,80}?(?::(?:\*\*|__)|(?:\*\*|__):)/;
/** A heading: one to six `#` and a space. */
export const HEADING = /^#{1,6}[ \u00a0]+\S/;
/** A link: `[text](http…)` or `](/path)`. */
const LINK = /\]\((?:https?:\/\/|\/|www\.)/;
/** Bold around words: `**words**`. */
const BOLD = /(?:^|[\s(])\*\*[^\s*][^*]{0,200}?\*\*/;

/**
 * True when the lines read as markdown: a speaker tag in bold, or two of its marks (headings,
 * links, bold words) in the first lines.
 */
export function isMarkdownText(lines: Iterable<string>): boolean {
  let signals = 0;
  let seen = 0;
  for (const raw of lines) {
    if (++seen > SCAN_LINES) break;
    // Most lines hold no mark at all: four searches for a character before any pattern.
    if (!raw.includes('*') && !raw.includes('_') && !raw.includes('#') && !raw.includes(']('))
      continue;
    const line = raw.trimStart();
    if (BOLD_TAG.test(line)) return true;
    if (HEADING.test(line) || LINK.test(line) || BOLD.test(line)) signals++;
    if (signals >= MIN_SIGNALS) return true;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || Number.isNaN(code);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code >= 0xc0
  );
}

/** Longest link text and address looked at. */
const MAX_LINK_TEXT = 200;
const MAX_URL = 500;

/**
 * The markdown edits of one line: heading and quote marks at its start, link and image syntax,
 * emphasis markers in pairs. `start` is true when the line starts a line of the input.
 */
export function markdownEdits(text: string): Removed[] {
  const edits: Removed[] = [];
  let from = 0;
  // A heading's #s, or a quotation's `> ` (never `>>`, a caption's change of speaker).
  const lead = text.length - text.trimStart().length;
  const heading = /^#{1,6}[ \u00a0]+/.exec(text.slice(lead));
  if (heading && text.length > lead + heading[0].length) {
    edits.push({ start: lead, end: lead + heading[0].length, from: heading[0], to: '' });
    from = lead + heading[0].length;
  } else if (text.charCodeAt(lead) === 62 && text.charCodeAt(lead + 1) === 32) {
    edits.push({ start: lead, end: lead + 2, from: '> ', to: '' });
    from = lead + 2;
  }
  links(text, from, edits);
  // Emphasis outside the link syntax just removed (an address may hold `_` or `*`).
  const skip = edits.filter((e) => e.to === '' && e.from.startsWith(']('));
  emphasis(text, from, edits, skip);
  edits.sort((a, b) => a.start - b.start);
  // A closing `#` run of a heading (`## Title ##`) goes too.
  if (heading) {
    const closing = /\s+#+\s*$/.exec(text);
    if (closing && closing.index > from) {
      edits.push({ start: closing.index, end: text.length, from: closing[0], to: '' });
    }
  }
  return edits;
}

/**
 * `[text](url)` → `text`; `![alt](url)` → nothing. Each `](` is looked at once; the next `)` is
 * searched forward only, and a `[` only within {@link MAX_LINK_TEXT} characters back.
 */
function links(text: string, from: number, edits: Removed[]): void {
  let at = text.indexOf('](', from);
  let searchedTo = from;
  let close = -2;
  while (at !== -1) {
    if (close !== -1 && close < at + 2) close = text.indexOf(')', at + 2);
    if (close === -1) break;
    let open = -1;
    for (let k = at - 1; k >= searchedTo && k >= at - MAX_LINK_TEXT; k--) {
      const c = text.charCodeAt(k);
      if (c === 91) {
        open = k;
        break;
      }
      if (c === 93) break;
    }
    const url = text.slice(at + 2, close);
    if (open !== -1 && close - at <= MAX_URL && url !== '' && !/\s/.test(url)) {
      const image = open > 0 && text.charCodeAt(open - 1) === 33;
      if (image) {
        edits.push({
          start: open - 1,
          end: close + 1,
          from: text.slice(open - 1, close + 1),
          to: '',
        });
      } else {
        edits.push({ start: open, end: open + 1, from: '[', to: '' });
        edits.push({ start: at, end: close + 1, from: text.slice(at, close + 1), to: '' });
      }
      searchedTo = close + 1;
      at = text.indexOf('](', close + 1);
      continue;
    }
    at = text.indexOf('](', at + 2);
  }
}

/**
 * Emphasis: a run of one to three `*` (or `_`) that opens before a word and the same run that
 * closes after one, on the same line; `_` never inside a word (`snake_case`). Runs are paired in
 * order, each looked at once.
 */
function emphasis(text: string, from: number, edits: Removed[], skip: readonly Removed[]): void {
  const open: Record<string, number | undefined> = {};
  let s = 0;
  for (let i = from; i < text.length; i++) {
    while (s < skip.length && (skip[s] as Removed).end <= i) s++;
    const span = skip[s];
    if (span !== undefined && span.start <= i) {
      i = span.end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== 42 && c !== 95) continue;
    let j = i;
    while (text.charCodeAt(j) === c) j++;
    const run = j - i;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(j);
    const key = `${c}:${run}`;
    const opens = run <= 3 && !isSpace(after) && (i === 0 || !isWordChar(before));
    const closes = run <= 3 && i > 0 && !isSpace(before) && !isWordChar(after);
    const pending = open[key];
    if (closes && pending !== undefined && pending + run < i) {
      edits.push({
        start: pending,
        end: pending + run,
        from: text.slice(pending, pending + run),
        to: '',
      });
      edits.push({ start: i, end: j, from: text.slice(i, j), to: '' });
      open[key] = undefined;
    } else if (opens) open[key] = i;
    i = j - 1;
  }
}
