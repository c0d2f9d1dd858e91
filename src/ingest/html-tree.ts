/**
 * An HTML document as a small tree, read by a real HTML tokenizer and parser (htmlparser2: the
 * HTML rules for raw-text elements, void elements, implied end tags, character references in
 * text and attributes) with the source line and column of every node. The tree builder follows
 * the browser where the reading of a page depends on it: there is always a `<body>` (a fragment
 * is one), content after `</body>` stays in the body, the newline right after `<pre>` is not
 * text, CR LF is one line break. What a tag left
 * unfinished at the end of the input held is returned, for a message.
 */
import { Parser } from 'htmlparser2';

interface Located {
  /** 1-based source line and column of the node's first character. */
  line: number;
  column: number;
}

export interface HtmlElement extends Located {
  type: 'element';
  /** Lower case. */
  tagName: string;
  /** Attribute names in lower case, values with their character references decoded. */
  attrs: Readonly<Record<string, string>>;
  children: HtmlNode[];
}

export interface HtmlText extends Located {
  type: 'text';
  value: string;
}

export interface HtmlComment extends Located {
  type: 'comment';
  value: string;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

export interface HtmlRoot {
  type: 'root';
  children: HtmlNode[];
}

export interface ParsedHtml {
  root: HtmlRoot;
  /** A tag the input ends inside (`<p>text <b`): where it starts and its source. */
  unfinished: (Located & { source: string }) | null;
}

/**
 * Deepest element nesting read (browsers stop at about 512). Deeper input is refused with
 * {@link HtmlTooDeepError}: the parser's own stack costs its depth on every tag, so a cap keeps
 * the whole parse linear in the input.
 */
export const MAX_HTML_DEPTH = 1_000;

export class HtmlTooDeepError extends Error {
  constructor() {
    super(`HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
  }
}

/** Elements whose first newline belongs to the markup, not the text (HTML parsing rules). */
const LEADING_NEWLINE_IGNORED = new Set(['pre', 'listing', 'textarea']);
/** Elements that stay open to the end of the document, whatever closes them. */
const NEVER_CLOSED = new Set(['html', 'body']);

/**
 * The parser, noting how far its tokenizer has read: a tag the input ends inside is never handed
 * over (nor is an end tag the parser ignores), so what lies past the last token at the end is
 * the unfinished tag.
 */
class ReadingParser extends Parser {
  /** Index after the last character of the last complete token. */
  reached = 0;
  private mark(): void {
    this.reached = Math.max(this.reached, this.endIndex + 1);
  }
  override ontext(start: number, endIndex: number): void {
    super.ontext(start, endIndex);
    this.mark();
  }
  override ontextentity(cp: number, endIndex: number): void {
    super.ontextentity(cp, endIndex);
    this.mark();
  }
  override onopentagend(endIndex: number): void {
    super.onopentagend(endIndex);
    this.mark();
  }
  override onselfclosingtag(endIndex: number): void {
    super.onselfclosingtag(endIndex);
    this.mark();
  }
  override onclosetag(start: number, endIndex: number): void {
    super.onclosetag(start, endIndex);
    this.mark();
  }
  override oncomment(start: number, endIndex: number, offset: number): void {
    super.oncomment(start, endIndex, offset);
    this.mark();
  }
  override oncdata(start: number, endIndex: number, offset: number): void {
    super.oncdata(start, endIndex, offset);
    this.mark();
  }
  override ondeclaration(start: number, endIndex: number): void {
    super.ondeclaration(start, endIndex);
    this.mark();
  }
  override onprocessinginstruction(start: number, endIndex: number): void {
    super.onprocessinginstruction(start, endIndex);
    this.mark();
  }
}

/** Line starts of `text`, for offset → line and column by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(starts: readonly number[], offset: number): Located {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/** Parses an HTML document or fragment. Throws {@link HtmlTooDeepError} on absurd nesting. */
export function parseHtml(input: string): ParsedHtml {
  // CR LF and a lone CR are line breaks, as the HTML input stream preprocessing has it.
  const html = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const starts = lineStarts(html);
  const root: HtmlRoot = { type: 'root', children: [] };
  const open: HtmlElement[] = [];
  let text: HtmlText | null = null;
  let sawBody = false;
  const append = (node: HtmlNode): void => {
    (open.at(-1)?.children ?? root.children).push(node);
  };
  const parser: ReadingParser = new ReadingParser(
    {
      onopentag(name, attribs) {
        text = null;
        if (open.length >= MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (name === 'body') sawBody = true;
        const el: HtmlElement = {
          type: 'element',
          tagName: name,
          attrs: attribs,
          children: [],
          ...locate(starts, parser.startIndex),
        };
        append(el);
        open.push(el);
      },
      onclosetag(name) {
        text = null;
        if (NEVER_CLOSED.has(name)) return;
        // The parser closes what it opened; a name it never emitted open (a tag cut off at the
        // end) is not on this stack and closes nothing.
        const at = open.findLastIndex((el) => el.tagName === name);
        if (at !== -1) open.length = at;
      },
      ontext(data) {
        // The tokenizer hands text over in pieces (around each character reference): one node.
        if (text) {
          text.value += data;
          return;
        }
        let value = data;
        let offset = parser.startIndex;
        const parent = open.at(-1);
        if (
          parent &&
          parent.children.length === 0 &&
          LEADING_NEWLINE_IGNORED.has(parent.tagName) &&
          value.startsWith('\n')
        ) {
          value = value.slice(1);
          offset++;
          if (!value) return;
        }
        text = { type: 'text', value, ...locate(starts, offset) };
        append(text);
      },
      oncomment(data) {
        text = null;
        append({ type: 'comment', value: data, ...locate(starts, parser.startIndex) });
      },
      onprocessinginstruction() {
        // `<!doctype html>` (and a stray `<?xml …?>`): markup, not content.
        text = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (!sawBody) {
    // A fragment, or a page without a `<body>` tag: its content is the body (as in a browser).
    root.children = [
      { type: 'element', tagName: 'body', attrs: {}, children: root.children, line: 1, column: 1 },
    ];
  }
  let unfinished: ParsedHtml['unfinished'] = null;
  const rest = html.slice(parser.reached);
  const lt = rest.indexOf('<');
  if (lt !== -1 && rest.slice(0, lt).trim() === '') {
    unfinished = { source: rest.slice(lt), ...locate(starts, parser.reached + lt) };
  }
  return { root, unfinished };
}
