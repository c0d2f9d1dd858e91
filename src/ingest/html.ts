/**
 * CMS HTML to transcript text, read with a real HTML parser (htmlparser2, in ./html-tree.ts):
 * block elements become paragraphs and `<br>` a line break; every character reference is decoded
 * by the parser. The document's structure says what is page furniture: `article`/`main` is the
 * content root; `nav`, a site `header`, `footer`, `aside`, `figure`, forms, buttons, ARIA
 * landmarks and class hints (`cookie`, `share`, `byline`…) mark their lines as notes for the
 * core. The `<h1>` is the headline (else the `<title>` without the site name). Nothing vanishes:
 * every element whose text is not kept (`<title>`, `<noscript>`, `<template>`, scripts and
 * styles, `img alt`, comments, CDATA) is reported in a message with its line.
 */

import { decodeHTMLStrict } from 'entities/decode';
import { trimAll } from '../core/chars.ts';
import { formatHms } from '../core/clock.ts';
import type { Message, NoteReason } from '../core/document.ts';
import { declaredLanguage } from '../core/language.ts';
import { lazyRegExp } from '../core/lazy.ts';
import { HAS_LETTER_OR_NUMBER, STARTS_LETTER_OR_NUMBER } from '../core/letter-patterns.ts';
import { roleWord } from '../core/tags.ts';
import { isTranscriptTitle, stripSiteName } from '../core/title.ts';
import { type Column, inferredColumns, inferredMessage, transcriptColumns } from './columns.ts';
import {
  type HtmlElement as Element,
  type HtmlRoot as HastRoot,
  type HtmlNode,
  type HtmlNode as Nodes,
  parseHtml,
} from './html-tree.ts';
import { droppedPreview, type IngestedText } from './lines.ts';

/**
 * Decodes HTML character references closed by `;` (`&amp;`, `&#8217;`, `&#x2019;`, every HTML5
 * name), as the core's entity repair does; an unknown name (`&bogus;`) and a bare `&` stay.
 */
export const decodeEntities = (text: string): string =>
  text.includes('&') ? decodeHTMLStrict(text) : text;

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'label',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'textarea',
  'tr',
  'ul',
]);

/** Code: its content is never transcript text, and is reported without it. */
const CODE = new Set(['script', 'style']);
/** Elements whose text is not read; it is reported with the text. */
const DROPPED = new Set([
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
]);

const LANDMARKS: Readonly<Record<string, NoteReason>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  banner: 'navigation',
  contentinfo: 'page-element',
  complementary: 'related-links',
  dialog: 'page-element',
  alertdialog: 'page-element',
  form: 'page-element',
};

/** Class or id words (`article__byline`, `share-tools`, `RelatedStories`) and their reasons. */
const HINT_PREFIXES: ReadonlyArray<[string, NoteReason]> = [
  ['cookie', 'cookie-notice'],
  ['consent', 'cookie-notice'],
  ['gdpr', 'cookie-notice'],
  ['share', 'share-links'],
  ['sharing', 'share-links'],
  ['social', 'share-links'],
  ['related', 'related-links'],
  ['recommend', 'related-links'],
  ['readmore', 'related-links'],
  ['morestories', 'related-links'],
  ['byline', 'byline'],
  ['author', 'byline'],
  ['dateline', 'dateline'],
  ['timestamp', 'dateline'],
  ['published', 'dateline'],
  ['updated', 'dateline'],
  ['pubdate', 'dateline'],
  ['caption', 'photo-caption'],
  ['credit', 'credit'],
  ['newsletter', 'subscription'],
  ['subscribe', 'subscription'],
  ['subscription', 'subscription'],
  ['paywall', 'subscription'],
  ['signup', 'subscription'],
  ['promo', 'advertisement'],
  ['advert', 'advertisement'],
  ['sponsor', 'advertisement'],
  ['breadcrumb', 'navigation'],
  // Japanese sites' global menu (`gnav`, `gnavi`, `globalnav`), breadcrumb (`topicpath`,
  // `pankuzu`) and `pagetop` link.
  ['gnav', 'navigation'],
  ['globalnav', 'navigation'],
  ['topicpath', 'navigation'],
  ['pankuzu', 'navigation'],
  ['pagetop', 'navigation'],
  ['navbar', 'navigation'],
  ['copyright', 'copyright'],
  ['disclaimer', 'disclaimer'],
  // WordPress `posted-on`, Joomla `pagenav`, `pagination`, donation banners.
  ['posted', 'dateline'],
  ['paginat', 'navigation'],
  ['pagenav', 'navigation'],
  ['donat', 'subscription'],
];
const HINT_WORDS: Readonly<Record<string, NoteReason>> = {
  ad: 'advertisement',
  ads: 'advertisement',
  nav: 'navigation',
  menu: 'navigation',
  masthead: 'navigation',
  // The site's logo linking home (`<a class="logo">President of Russia</a>`) outside an `<h1>`.
  logo: 'navigation',
  footer: 'page-element',
  sidebar: 'related-links',
  toolbar: 'share-links',
  date: 'dateline',
  pager: 'navigation',
  tags: 'navigation',
  // A government page's metadata list under the title (GOV.UK `gem-c-metadata`: `From:`,
  // `Published`, `Location:`, `Delivered on:`).
  metadata: 'byline',
  // A reader-revenue ask in the story (the Guardian's `contributions-epic`) and a sign-in gate.
  epic: 'subscription',
  contributions: 'subscription',
  gate: 'subscription',
  // An article's metadata line (`ecl-page-header__meta`: `Statement` / `14 January 2026` /
  // `Brussels`; WordPress `post-meta`).
  meta: 'dateline',
  // Section labels over the headline (`kicker`, `eyebrow`, `overline`, a series link).
  kicker: 'navigation',
  eyebrow: 'navigation',
  overline: 'navigation',
  series: 'navigation',
  badge: 'page-element',
  // A link set as a button (WordPress's `wp-block-button`, `btn`): `Listen on Spotify`.
  button: 'page-element',
  btn: 'page-element',
  // Media players' controls and fallbacks (`video-player__duration`).
  player: 'page-element',
  banner: 'page-element',
  // A live blog's pinned post repeats an entry of the blog.
  pinned: 'page-element',
  // Readers' comments and the reply form (WordPress `#comments`, `#respond`, Disqus).
  comment: 'page-element',
  comments: 'page-element',
  commentlist: 'page-element',
  respond: 'page-element',
  disqus: 'page-element',
};
/** Two class words that only together name furniture (Joomla's `article-info` list). */
const HINT_PAIRS: Readonly<Record<string, NoteReason>> = {
  'article info': 'byline',
  'post info': 'byline',
  'entry info': 'byline',
  'story info': 'byline',
  // WordPress themes' line under the title (`Posted by <span class="author">…</span> on <time>`).
  'entry meta': 'byline',
  'post meta': 'byline',
  // A WordPress block theme's list of other posts (the Query Loop: `wp-block-post-template`).
  'post template': 'related-links',
};

/** Longest text a class-hinted element may hold: a hint never swallows the story. */
const HINT_MAX_CHARS = 2_000;

function classWords(el: Element): string[] {
  const names = attr(el, 'class').split(/[ \t\n\f\r]+/);
  names.push(attr(el, 'id'));
  // Component names of CMS templates (`data-component="byline-block"`, `data-testid="byline"`).
  names.push(attr(el, 'data-component'), attr(el, 'data-testid'));
  // The Guardian's page parts (`data-gu-name="meta"`, `"share"`, `"tags"`, `"contributions-epic"`).
  names.push(attr(el, 'data-gu-name'));
  const words: string[] = [];
  for (const name of names.slice(0, 20)) {
    // `RelatedStories` → `related stories`; `article__byline` → `article byline`.
    const spaced = name.slice(0, 100).replace(/([a-z])([A-Z])/g, '$1 $2');
    for (const w of spaced.toLowerCase().split(/[^a-z0-9]+/)) if (w) words.push(w);
  }
  return words;
}

function hintOf(el: Element): NoteReason | null {
  const words = classWords(el);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const exact = Object.hasOwn(HINT_WORDS, w) ? HINT_WORDS[w] : undefined;
    if (exact) return exact;
    for (const [prefix, reason] of HINT_PREFIXES) if (w.startsWith(prefix)) return reason;
    const key = `${words[i - 1]} ${w}`;
    const pair = i > 0 && Object.hasOwn(HINT_PAIRS, key) ? HINT_PAIRS[key] : undefined;
    if (pair) return pair;
  }
  return null;
}

/** An attribute's value (names in lower case), `''` when absent. */
function attr(el: Element, name: string): string {
  return Object.hasOwn(el.attrs, name) ? (el.attrs[name] as string) : '';
}

function startLineOf(node: Nodes): number {
  return node.line;
}

function children(node: HastRoot | Element): Nodes[] {
  return node.children;
}

/** The text of a subtree, without recursion (a deep tree cannot overflow the stack). */
function textOf(node: HastRoot | Element, limit = 10_000): string {
  let out = '';
  const stack: Nodes[] = [...children(node)].reverse();
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop() as Nodes;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') {
      const kids = children(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Nodes);
    }
  }
  return out;
}

interface Structure {
  parent: Map<Element, Element | null>;
  /** Characters of text in each element (scripts and styles excluded). */
  chars: Map<Element, number>;
  /** In-page links inside each element that holds any. */
  jumps: Map<Element, Jumps>;
  root: Element | null;
  h1: Element | null;
  title: Element | null;
  /** The content root and the headline, with every element around them: never furniture. */
  kept: Set<Element>;
  /** Headings of the story's parts: `<h2>`–`<h4>` of an `<article>`/`<section>` in the root. */
  subheads: Set<Element>;
  /** `<h1>`s that are the site's logo or name (see {@link isBrandHeading}). */
  brands: Set<Element>;
  /** Of those, a podcast's name over its episode's heading (see {@link showHeadings}). */
  shows: Set<Element>;
  /** Class names a `<style>` of the page sets in bold (Google Docs: `.c3{font-weight:700}`). */
  boldClasses: Set<string>;
  /**
   * The page is a word processor's document (Word's "Save as web page", Google Docs' export),
   * not a web page: its turns are a transcript's, with no article narration between them.
   */
  wordProcessor: boolean;
  /**
   * The language the page's metadata declares (`og:locale`, `http-equiv="content-language"`,
   * `name="language"`, Dublin Core's `dc.language`), as written; the first one given.
   */
  metaLanguage: string | null;
}

/**
 * A live page's entries set as `<article>`s side by side under the page's `<h1>` (BBC, Sky): the
 * story is their container, not the longest entry. An `<h1>` inside an article is that
 * article's own story (a page that scrolls on to the next one): no container then.
 */
function liveEntries(
  articles: readonly Element[],
  h1s: readonly Element[],
  parent: ReadonlyMap<Element, Element | null>,
  inside: (el: Element, ancestor: Element) => boolean,
): Element | null {
  if (articles.length < 2 || articles.length > 2000) return null;
  const shared = parent.get(articles[0] as Element) ?? null;
  if (!shared || articles.filter((a) => parent.get(a) === shared).length < 2) return null;
  const heading = h1s.slice(0, 50).find((h) => textOf(h, 200).trim() !== '');
  if (!heading || articles.some((a) => inside(heading, a))) return null;
  // The page's `<h1>` above the entries, in their container or the one around it.
  const around = parent.get(shared) ?? shared;
  return inside(heading, around) ? shared : null;
}

/** One pass over the tree: parents, text sizes, the content root, the `<h1>` and the `<title>`. */
function readStructure(tree: HastRoot): Structure {
  const parent = new Map<Element, Element | null>();
  const order: Element[] = [];
  const stack: [Nodes, Element | null][] = [];
  for (const c of [...tree.children].reverse()) stack.push([c as Nodes, null]);
  const articles: Element[] = [];
  let main: Element | null = null;
  let body: Element | null = null;
  const h1s: Element[] = [];
  let title: Element | null = null;
  /** The site's name in its metadata (`og:site_name`, `application-name`). */
  const siteNames: string[] = [];
  const headlines: Element[] = [];
  const headings: Element[] = [];
  const inPageLinks = new Set<Element>();
  const boldClasses = new Set<string>();
  /** A word processor's Title paragraph (`<p class="title">`, Word's `MsoTitle`). */
  let docTitle: Element | null = null;
  let wordProcessor = false;
  let metaLanguage: string | null = null;
  while (stack.length > 0) {
    const [n, up] = stack.pop() as [Nodes, Element | null];
    if (n.type !== 'element') continue;
    parent.set(n, up);
    order.push(n);
    const tag = n.tagName;
    if (tag === 'style') readBoldClasses(textOf(n, 200_000), boldClasses);
    else if (tag === 'p' && !docTitle && WP_TITLE.test(attr(n, 'class'))) docTitle = n;
    if (!wordProcessor && isWordProcessorMark(n)) wordProcessor = true;
    if (tag === 'article') articles.push(n);
    else if (tag === 'main') main ??= n;
    else if (tag === 'body') body ??= n;
    else if (tag === 'h1') h1s.push(n);
    else if (tag === 'title') title ??= n;
    else if (tag === 'meta') {
      const key = attr(n, 'property') || attr(n, 'name') || attr(n, 'http-equiv');
      if (SITE_NAME_META.test(key)) siteNames.push(attr(n, 'content'));
      else if (metaLanguage === null && LANGUAGE_META.test(key)) metaLanguage = attr(n, 'content');
    }
    if (
      tag !== 'meta' &&
      headlines.length < 50 &&
      attr(n, 'itemprop').split(/\s+/).includes('headline')
    )
      headlines.push(n);
    else if (/^h[2-3]$/.test(tag) && headings.length < 50) headings.push(n);
    const href = tag === 'a' ? attr(n, 'href') : '';
    if (href.length > 1 && href.startsWith('#')) inPageLinks.add(n);
    if (CODE.has(tag) || DROPPED.has(tag)) continue;
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Nodes, n]);
  }
  const chars = new Map<Element, number>();
  const jumps = new Map<Element, Jumps>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    let n = 0;
    const jump: Jumps = { links: 0, chars: 0 };
    if (!CODE.has(el.tagName) && !DROPPED.has(el.tagName)) {
      for (const c of children(el)) {
        if (c.type === 'text') n += c.value.trim().length;
        else if (c.type === 'element') {
          n += chars.get(c) ?? 0;
          const j = jumps.get(c);
          if (j) {
            jump.links += j.links;
            jump.chars += j.chars;
          }
        }
      }
    }
    chars.set(el, n);
    if (inPageLinks.has(el)) {
      jump.links = 1;
      jump.chars = n;
    }
    if (jump.links > 0) jumps.set(el, jump);
  }
  // The content root: the article with the most text, else `main`, else the body.
  let root: Element | null = null;
  for (const a of articles) if (!root || (chars.get(a) ?? 0) > (chars.get(root) ?? 0)) root = a;
  const inside = (el: Element, ancestor: Element): boolean => {
    for (let at: Element | null = el; at; at = parent.get(at) ?? null)
      if (at === ancestor) return true;
    return false;
  };
  root = liveEntries(articles, h1s, parent, inside) ?? root ?? main ?? body;
  // The headline: the first `<h1>` in the content root, else the first one at all; never the
  // site's logo or name set as an `<h1>` (`<h1 class="brand"><a href="/">Site</a></h1>`).
  const brands = new Set(h1s.slice(0, 50).filter((h) => isBrandHeading(h)));
  const shows = new Set(showHeadings(h1s, title, headings, order));
  for (const h of shows) brands.add(h);
  const story = h1s.slice(0, 50).filter((h) => !brands.has(h));
  let h1: Element | null = null;
  if (root)
    for (const h of story)
      if (inside(h, root)) {
        h1 = h;
        break;
      }
  h1 ??= story.find((h) => textOf(h).trim() !== '') ?? null;
  // No story `<h1>`: the element marked as the headline (`itemprop="headline"`), else a heading
  // of the content root that says what the `<title>` says without the site name.
  if (!h1) {
    const titleText = title ? normalizeHeading(stripSiteName(textOf(title))) : '';
    const filled = (h: Element): boolean => (chars.get(h) ?? 0) > 0;
    h1 =
      headlines.find((h) => filled(h) && root !== null && inside(h, root)) ??
      headlines.find(filled) ??
      headings.find((h) => titleText !== '' && normalizeHeading(textOf(h)) === titleText) ??
      (docTitle && filled(docTitle) ? docTitle : null) ??
      siteOnlyTitleHeading(
        title,
        [...brands].map((b) => textOf(b)).concat(siteNames),
        headings,
        parent,
      );
  }
  const kept = new Set<Element>();
  for (const start of [root, h1])
    for (let at = start; at; at = parent.get(at) ?? null) kept.add(at);
  // A heading whose nearest `<article>` or `<section>` lies inside the content root titles a
  // part of the story (a live blog's entry); the story's own `<h2>` (a standfirst) does not.
  // A `Label: text` heading directly in the content root after the story's first paragraph heads
  // a section of the story (`<h2>Timeline: how the dispute began</h2>`): a heading, never a
  // speaker. A plain heading there (`What happens next`) stays story text.
  const orderOf = new Map<Element, number>();
  for (const h of headings) orderOf.set(h, -1);
  let firstText = -1;
  const h1At = h1 ? order.indexOf(h1) : -1;
  for (let i = Math.max(h1At, 0); i < order.length; i++) {
    const el = order[i] as Element;
    if (orderOf.has(el)) orderOf.set(el, i);
    if (
      firstText === -1 &&
      (el.tagName === 'p' || (el.tagName === 'div' && hasOwnText(el))) &&
      (chars.get(el) ?? 0) > 0 &&
      root &&
      inside(el, root)
    )
      firstText = i;
  }
  const subheads = new Set<Element>();
  for (const h of headings) {
    // A question or answer set as a heading (`Q: …`) is a turn of an interview, not a part's title.
    if (h === h1 || QA_LABEL.test(textOf(h, 40).trimStart())) continue;
    let part: Element | null = null;
    for (let at = parent.get(h) ?? null; at && at !== root; at = parent.get(at) ?? null)
      if (at.tagName === 'article' || at.tagName === 'section') {
        part = at;
        break;
      }
    if (part && root && inside(part, root)) subheads.add(h);
    else if (
      !part &&
      root &&
      firstText !== -1 &&
      (orderOf.get(h) ?? -1) > firstText &&
      LABEL_HEADING.test(textOf(h, 60).trimStart()) &&
      inside(h, root)
    )
      subheads.add(h);
  }
  return {
    parent,
    chars,
    jumps,
    root,
    h1,
    title,
    kept,
    subheads,
    brands,
    shows,
    boldClasses,
    wordProcessor,
    metaLanguage,
  };
}

/**
 * A mark of a word processor's HTML: Word's `<meta name=ProgId content=Word.Document>` and its
 * `MsoNormal` paragraphs, Google Docs' `<body class="doc-content">` and the `docs-internal-guid`
 * of its clipboard.
 */
function isWordProcessorMark(el: Element): boolean {
  if (el.tagName === 'meta')
    return attr(el, 'name').toLowerCase() === 'progid' && attr(el, 'content').startsWith('Word.');
  if (el.tagName === 'p') return attr(el, 'class') === 'MsoNormal';
  if (el.tagName === 'body') return /(?:^|\s)doc-content(?:\s|$)/.test(attr(el, 'class'));
  return el.tagName === 'b' && attr(el, 'id').startsWith('docs-internal-guid');
}

/** An episode's heading: `Episode 42: …`, `Ep. 42 – …`, `#42: …`, `42. …`. */
const EPISODE_HEADING =
  /^(?:episode|ep\.?|folge|épisode|episodio)\s?\d{1,4}\b|^#\d{1,4}\b|^\d{1,4}[.:] /i;

/**
 * A podcast host's episode page: the `<h1>` is the show's name, the same words as the whole
 * `<title>`, and the next heading is the episode's (`Episode 42: Why rents keep rising`). That
 * `<h1>` names the programme; the episode's heading is the headline.
 */
function showHeadings(
  h1s: readonly Element[],
  title: Element | null,
  headings: readonly Element[],
  order: readonly Element[],
): Element[] {
  if (!title || h1s.length !== 1 || headings.length === 0) return [];
  const h1 = h1s[0] as Element;
  const name = normalizeHeading(textOf(h1, 200));
  if (name === '' || name !== normalizeHeading(textOf(title, 200))) return [];
  const at = order.indexOf(h1);
  const next = headings.find((h) => order.indexOf(h) > at);
  return next && EPISODE_HEADING.test(textOf(next, 200).trim()) ? [h1] : [];
}

/** Metadata naming the site, not the page. */
const SITE_NAME_META = /^(?:og:site_name|application-name)$/i;
/** A `<meta>` that says the page's language (see {@link Structure.metaLanguage}). */
const LANGUAGE_META = /^(?:og:locale|content-language|(?:dc\.|dcterms\.)?language)$/i;

/**
 * A `<title>` that is only the site's name (India's PIB: `Press Information Bureau`, maybe after
 * a label, `Press Release: …`), the same words as the site's logo heading or its metadata: no
 * headline. The page's first `<h2>`/`<h3>` outside its menus, header and footer is then the
 * headline.
 */
function siteOnlyTitleHeading(
  title: Element | null,
  sites: readonly string[],
  headings: readonly Element[],
  parent: ReadonlyMap<Element, Element | null>,
): Element | null {
  if (!title) return null;
  const full = normalizeHeading(textOf(title, 200));
  if (full === '') return null;
  const colon = full.indexOf(': ');
  const bare = colon > 0 && colon < 40 ? full.slice(colon + 2) : full;
  const known = new Set(sites.map((t) => normalizeHeading(t)).filter((t) => t !== ''));
  if (!known.has(full) && !known.has(bare)) return null;
  for (const h of headings) {
    const text = textOf(h, 300).trim();
    if (text.length < 12 || known.has(normalizeHeading(text)) || inPageChrome(h, parent)) continue;
    return h;
  }
  return null;
}

/** Inside a page's menus, header, footer or side column. */
function inPageChrome(el: Element, parent: ReadonlyMap<Element, Element | null>): boolean {
  for (let at: Element | null = el; at; at = parent.get(at) ?? null)
    if (CHROME_TAGS.has(at.tagName)) return true;
  return false;
}
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

/** The class of a word processor's Title paragraph: Google Docs' `title`, Word's `MsoTitle`. */
const WP_TITLE = /(?:^|\s)(?:title|MsoTitle)(?:\s|$)/;
/** A declaration setting bold (not Word's `mso-bidi-font-weight`). */
const BOLD_WEIGHT = /(?:^|[;{\s])font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
/** A declaration setting the normal weight (Google Docs' clipboard wraps all in a normal `<b>`). */
const NORMAL_WEIGHT = /(?:^|[;\s])font-weight\s*:\s*(?:normal|lighter|[1-4]00)\b/i;

/**
 * Adds the classes a style sheet sets in bold, from its simple rules (`.c3{…font-weight:700…}`,
 * Google Docs' export): one pass over the rules, a selector list split on commas.
 */
function readBoldClasses(css: string, into: Set<string>): void {
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open === -1) break;
    const close = css.indexOf('}', open);
    const end = close === -1 ? css.length : close;
    if (BOLD_WEIGHT.test(css.slice(open, end))) {
      for (const selector of css.slice(at, open).split(',')) {
        const name = selector.trim();
        if (/^\.[\w-]+$/.test(name)) into.add(name.slice(1));
      }
    }
    at = end + 1;
  }
}

/** True when an element sets its text in bold: `<b>`, `<strong>`, or by its style or class. */
function isBold(el: Element, s: Structure): boolean {
  const style = attr(el, 'style');
  if (el.tagName === 'b' || el.tagName === 'strong') return !NORMAL_WEIGHT.test(style);
  if (style && BOLD_WEIGHT.test(style)) return true;
  if (s.boldClasses.size === 0) return false;
  for (const name of attr(el, 'class').split(/[ \t\n\f\r]+/))
    if (name && s.boldClasses.has(name)) return true;
  return false;
}

/** Rows of a table: its `<tr>`s, directly or in `<thead>`/`<tbody>`/`<tfoot>`. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot')
      for (const r of c.children) if (r.type === 'element' && r.tagName === 'tr') rows.push(r);
  }
  return rows;
}

/** The table a row belongs to. */
function rowTable(tr: Element, s: Structure): Element | null {
  const up = s.parent.get(tr) ?? null;
  return up && up.tagName !== 'table' ? (s.parent.get(up) ?? null) : up;
}

/**
 * A table of two columns (a word processor's A/V script: video | audio): no row has more than
 * two cells and at least three have two. Its rows are read as lines `video<tab>audio`, and the
 * core tells a script from a table of data as it does for text.
 */
function twoColumnRows(table: Element): boolean {
  let pairs = 0;
  for (const tr of tableRows(table)) {
    let cells = 0;
    for (const c of tr.children)
      if (c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')) cells++;
    if (cells > 2) return false;
    if (cells === 2) pairs++;
  }
  return pairs >= 3;
}

/** Rows of a table looked at to tell what its columns hold when no header row names them. */
const SAMPLE_ROWS = 30;

/** The text of a row's cells (at most `max` characters each), spaces collapsed and trimmed. */
function cellTexts(tr: Element, max: number): string[] {
  const cells: string[] = [];
  for (const c of tr.children)
    if (c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      cells.push(textOf(c, max).replace(/\s+/g, ' ').trim());
  return cells;
}

/**
 * A transcript set as a table: its first row names a text column and a speaker or time column,
 * as a transcript table's header does (`Time | Speaker | Text`, ./table.ts); else, without a
 * header row, its cells show them as a pasted table's do (`00:01:02 | Jane Doe | …`, `Jane Doe
 * | …` with the names coming back). The columns and the header row (null without one), or null.
 */
function transcriptTable(
  table: Element,
): { columns: (Column | null)[]; header: Element | null } | null {
  const rows = tableRows(table);
  const first = rows[0];
  if (!first) return null;
  const named = transcriptColumns(cellTexts(first, 40));
  if (named) return { columns: named, header: first };
  const inferred = inferredColumns(
    rows.slice(0, SAMPLE_ROWS).map((tr) => cellTexts(tr, 400)),
    true,
  );
  return inferred && { columns: inferred, header: null };
}

/** A clock time as the core's time anchor reads it (`0:05`, `00:01:23`, `1:02:03.5`). */
const CLOCK_CELL = /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?$/;

/**
 * A transcript table's row as a line of transcript: `[time] Speaker: text` (a time cell that is
 * not a clock goes before the text as it is); null for a row without text.
 */
function transcriptRow(
  cells: readonly string[],
  columns: readonly (Column | null)[],
): string | null {
  const cell = (column: Column): string => {
    const k = columns.indexOf(column);
    return k === -1 ? '' : trimAll(cells[k] ?? '').replace(/ {2,}/g, ' ');
  };
  const text = cell('text');
  if (!text) return null;
  const time = cell('start');
  // A speaker cell written as a label (`Jane Doe:`) keeps one colon in the tag.
  const speaker = cell('speaker').replace(/\s*:$/, '');
  const anchor = time === '' ? '' : CLOCK_CELL.test(time) ? `[${time}] ` : `${time} `;
  return `${anchor}${speaker ? `${speaker}: ` : ''}${text}`;
}

/** True when an element followed by `next` (then `after`) is the last thing on its line. */
function endsLine(next: Nodes | undefined, after: Nodes | undefined): boolean {
  const breaks = (n: Nodes | undefined) =>
    n === undefined || (n.type === 'element' && (BLOCK.has(n.tagName) || n.tagName === 'br'));
  if (next?.type === 'text' && next.value.trim() === '') return breaks(after);
  return breaks(next);
}

/** A line so far that is a speaker's label alone (`Jane Doe:`): a time after it is the turn's. */
const LABEL_SO_FAR = /^[ \t]*[^\n:.?!]{1,60}:[ \t]*$/;
/** A line holding only the time anchor read so far (`[00:00:03] `): a speaker's label may follow. */
const STAMP_SO_FAR = /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\][ \t]*$/;
/** Longest line {@link STAMP_SO_FAR} may match (a time in brackets and a few spaces). */
const STAMP_SO_FAR_CHARS = 32;
/**
 * The line read so far is only its time in brackets. The length is looked at first: a regular
 * expression flattens the growing line, and a line of many inline elements would be copied once
 * per element.
 */
const stampSoFar = (line: OutLine | null): boolean =>
  line !== null && line.text.length <= STAMP_SO_FAR_CHARS && STAMP_SO_FAR.test(line.text);
/** A media time as an element's whole text: `0:06`, `00:01:23`, `(00:15)`, `[1:02:03]`. */
const MEDIA_TIME = /^[[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?$/;
/** A class naming a speaker's element (`speaker`, `speaker-name`, `transcript__speaker`, `speakerLabel`). */
const SPEAKER_CLASS = /^(?:[\w-]*[-_])?speaker(?:[-_]?(?:name|label|id|tag))?$/i;
/** A class naming an element's media time (`timestamp`, `time`, `segment-time`, `ts`). */
const TIME_CLASS = /^(?:[\w-]*[-_])?(?:time|timestamp|time-?stamp|timecode|ts|start-?time)$/i;
/** A link's address that plays its media from a time (`?t=83`, `#t=1:23`, `&start=83`). */
const TIME_LINK = /[#?&](?:t|time|start|seek|ts)=\d/;
/** A `<time>`'s `datetime` that is a date (a live blog's time of day), not a media offset. */
const DATE_TIME = /\d{4}-\d{2}|T\d{2}:/;

/**
 * The media time an element stands for, or null: a `<time>` whose text is a clock time and whose
 * `datetime`, if any, is no date (a live blog's `<time datetime="2026-03-01T10:32">` is a time of
 * day), or a link to the media at that time (`<a href="…?t=83">1:23</a>`).
 */
/** A speaker's name in an element's attribute (`data-speaker`, `data-speaker-name`). */
const DATA_SPEAKER = ['data-speaker', 'data-speaker-name', 'data-speaker-label'];
/** A start time in an attribute: seconds (`3.2`, `83`) or a clock time (`00:01:23`). */
const DATA_START = ['data-start', 'data-start-time', 'data-time', 'data-timestamp', 'data-begin'];
const SECONDS = /^\d{1,6}(?:\.\d{1,6})?$/;
/** A label of letters, digits and spaces (`Speaker 2`, `interviewer`). */
const WORDS_LABEL = lazyRegExp(String.raw`^[\p{L}\d ]{1,30}$`, 'u');

/** The name (and start) a turn element gives in its attributes, or null. */
function dataSpeaker(node: Element): { name: string; clock: string | null } | null {
  let name = '';
  for (const key of DATA_SPEAKER) name ||= attr(node, key).trim();
  if (name === '' || name.length > 60 || !(NAME_LABEL.test(name) || WORDS_LABEL.test(name)))
    return null;
  // A diarization's number (`data-speaker="2"`) is that speaker's voice.
  if (/^\d{1,2}$/.test(name)) name = `Speaker ${name}`;
  let start = '';
  for (const key of DATA_START) start ||= attr(node, key).trim();
  let clock: string | null = null;
  if (SECONDS.test(start)) clock = formatHms(Math.floor(Number(start)) * 1000);
  else if (MEDIA_TIME.test(start)) clock = MEDIA_TIME.exec(start)?.[1] ?? null;
  return { name, clock };
}

function mediaTime(node: Element): string | null {
  // Or an element of a time class holding a media time alone (a transcript player's `<span
  // class="timestamp">00:00:03</span>` before the speaker's name).
  if (node.tagName !== 'time' && node.tagName !== 'a') {
    if (!/time|stamp|timecode/i.test(attr(node, 'class'))) return null;
    if (!classWords(node).some((w) => TIME_CLASS.test(w))) return null;
    const m = MEDIA_TIME.exec(textOf(node, 20).trim());
    return m ? (m[1] as string) : null;
  }
  if (node.tagName === 'time' && DATE_TIME.test(attr(node, 'datetime'))) return null;
  if (node.tagName === 'a' && !TIME_LINK.test(attr(node, 'href'))) return null;
  const m = MEDIA_TIME.exec(textOf(node, 20).trim());
  return m ? (m[1] as string) : null;
}

/** A chapter's line: its start, then its title (`(03:12) Why the streetcars vanished`). */
const CHAPTER_ITEM = /^\s*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s+\S/;

/**
 * A podcast's or a video's chapter list (`<li>(00:00) Intro</li><li>(03:12) …</li>`, the times
 * often links into the media): three items or more, each a time and its title. Its items are the
 * lines of one paragraph, as the list is in text, where the core reads it as the page's chapter
 * list; its times stay the titles' words, no time anchors.
 */
function chapterList(list: Element): boolean {
  let items = 0;
  for (const c of list.children) {
    if (c.type === 'text' && c.value.trim() === '') continue;
    if (c.type !== 'element' || c.tagName !== 'li') return false;
    if (!CHAPTER_ITEM.test(textOf(c, 120)) || ++items > 200) return false;
  }
  return items >= 3;
}

/** The label of an interview's question or answer (`Q:`, `A.`, `Question:`). */
const QA_LABEL = /^(?:Q|A|Question|Answer)\s*[:.]/i;
/** A heading that opens with a label and a colon (`Timeline: how it began`). */
const LABEL_HEADING = /^[^:\n]{1,40}:\s/;

/** Links to places on the same page (`href="#…"`) inside an element, and their text. */
interface Jumps {
  links: number;
  chars: number;
}

/** Text of a heading compared with the `<title>`: quotes and dashes folded, spaces collapsed, lower case. */
function normalizeHeading(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Class words that name the site's logo or name. */
const BRAND_WORDS = new Set(['logo', 'brand', 'branding', 'masthead']);

/**
 * An `<h1>` that is the site's logo or name, not a headline: marked as such by its class, or a
 * short heading linking to the site's home page (`<h1><a href="/" rel="home">Site</a></h1>`).
 */
function isBrandHeading(h: Element): boolean {
  const words = classWords(h);
  if (words.some((w) => BRAND_WORDS.has(w))) return true;
  for (let i = 1; i < words.length; i++)
    if (words[i - 1] === 'site' && (words[i] === 'title' || words[i] === 'name')) return true;
  if (textOf(h, 121).trim().length > 120) return false;
  const stack: HtmlNode[] = [...h.children];
  for (let seen = 0; stack.length > 0 && seen < 200; seen++) {
    const n = stack.pop() as HtmlNode;
    if (n.type !== 'element') continue;
    if (n.tagName === 'a') {
      const href = attr(n, 'href').trim();
      if (attr(n, 'rel').split(/\s+/).includes('home')) return true;
      if (href === '/' || /^https?:\/\/[^/?#]+\/?$/i.test(href)) return true;
    }
    stack.push(...n.children);
  }
  return false;
}

interface Context {
  reason: NoteReason | null;
  inRoot: boolean;
  pre: boolean;
}

interface OutLine {
  text: string;
  /** The last character appended to `text` (see {@link append}). */
  last?: string;
  line: number;
  reason: NoteReason | null;
  headline: boolean;
  /** The line is the heading of a part of the story (see {@link Structure.subheads}). */
  subhead?: boolean;
  /** Whether `text` holds more than white space (kept, so no check re-reads a growing line). */
  filled?: boolean;
  /** The line opens with a bold label ending in a colon (`<b>Nick Hart:</b> …`). */
  label?: boolean;
  /** The time anchor before the name (`[00:00:03] `), a player's time set before the speaker. */
  namePrefix?: string;
  /** The name is an element the page classes as a speaker's (`<span class="speaker-name">`). */
  nameClass?: boolean;
  /** The line is a paragraph all in bold (`<p><strong>Why now?</strong></p>`). */
  bold?: boolean;
  /** The line is all in bold up to a `<br>` (`<b>Why now?</b><br>`): a paragraph of its own. */
  boldLine?: boolean;
  /**
   * The line opens with a name set apart without a colon (`<b>Nick Hart</b> …`, a
   * `<p class="speaker">` or `<dt>` of its own): a speaker label when the page does so for
   * several speakers (see {@link nameLabels}).
   */
  name?: string;
  /** The name is a heading's (`<h4>Mayor Ruth Grant</h4>`). */
  nameHeading?: boolean;
  /** The line follows a `<br>` in the same paragraph: it goes on with the line before. */
  continued?: boolean;
  /** The element around the line's block (the container a transcript's turns share). */
  box?: Element | null;
}

/** A paragraph whose only content is one bold element (an interview's question in bold). */
/** Each parent's children's places, built once per parent read (no search per child). */
const childPlaces = new WeakMap<Element, Map<Nodes, number>>();

/** True when nothing but blank text parts `el` from the next `<br>` or its parent's end. */
function endsAtBreak(el: Element, s: Structure): boolean {
  const parent = s.parent.get(el);
  if (!parent) return false;
  let places = childPlaces.get(parent);
  if (!places) {
    places = new Map(parent.children.map((c, i) => [c as Nodes, i]));
    childPlaces.set(parent, places);
  }
  const siblings = parent.children;
  for (let i = (places.get(el) ?? siblings.length) + 1; i < siblings.length; i++) {
    const c = siblings[i] as Nodes;
    if (c.type === 'text' && c.value.trim() === '') continue;
    return c.type === 'element' && c.tagName === 'br';
  }
  return true;
}

/** True when a `<div>` holds text of its own: a CMS's paragraph, not a wrapper of blocks. */
function hasOwnText(el: Element): boolean {
  for (const c of el.children) if (c.type === 'text' && c.value.trim() !== '') return true;
  return false;
}

function isWholeBold(el: Element, s: Structure): boolean {
  let bold = false;
  for (const c of el.children) {
    if (c.type === 'text' && c.value.trim() === '') continue;
    if (c.type !== 'element' || bold) return false;
    // (Or a question all in italics, as some interviews set theirs: `<p><em>Why now?</em></p>`.)
    const italic = (c.tagName === 'em' || c.tagName === 'i') && /\?\s*$/.test(textOf(c, 400));
    if (!italic && !isBold(c, s)) return false;
    bold = true;
  }
  return bold;
}

/**
 * A name as a label (`Jane Doe`, `MS. JONES`, `Dr. Amy Lin`): one to four words of letters, each
 * opening with a capital, at most 40 characters, parted by a space or a no-break space (`&nbsp;`:
 * a CMS keeping a name on one line). Each word's class excludes both: linear.
 */
const NAME_LABEL = lazyRegExp(
  String.raw`^[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \u00a0][\p{Lu}][\p{L}\p{M}'’.-]*){0,3}$`,
  'u',
);

/** A bold speaker label's text: short, ending in a colon (`Nick Hart:`, `Q:`). */
const BOLD_LABEL = /^[^:\n]{1,60}:$/;
/** An interview's question or answer mark in bold (`<b>Q.</b>`, `<b>A.</b>`, `<b>A</b>`). */
const BOLD_QA = /^[QAPR]\.?$/;
/** A bold speaker label whose colon follows the bold (`<b>Nick Hart</b>:`). */
const BOLD_NAME = /^[^:\n]{1,60}$/;

/** True when `node` is text that opens with a colon (after spaces). */
function colonFirst(node: Nodes | undefined): boolean {
  // Into an element's first text (Google Docs: `<span class="c1">Jane</span><span>: …</span>`).
  let at = node;
  for (let depth = 0; at?.type === 'element' && depth < 4; depth++) at = at.children[0];
  return at?.type === 'text' && /^[ \t\u00a0]*:/.test(at.value);
}

/** Elements that make a figure a picture, whatever else it holds. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'object']);

/**
 * A `<figure>` whose content is a quotation: a `<blockquote>` among its children and no picture
 * or media among them (a photo with a quoted caption stays a photo).
 */
function isQuoteFigure(figure: Element): boolean {
  if (figure.tagName !== 'figure') return false;
  let quote = false;
  for (const c of figure.children.slice(0, 50)) {
    if (c.type !== 'element') continue;
    if (MEDIA.has(c.tagName)) return false;
    if (c.tagName === 'blockquote') quote = true;
  }
  return quote;
}

/** Containers read as a list of in-page links when their links hold most of their text. */
const JUMP_LISTS = new Set(['div', 'section', 'ul', 'ol']);

function reasonFor(el: Element, up: Context, s: Structure): Context {
  if (el === s.root) return { reason: null, inRoot: true, pre: up.pre };
  const pre = up.pre || el.tagName === 'pre';
  if (s.kept.has(el)) return { reason: null, inRoot: up.inRoot, pre };
  const tag = el.tagName;
  let own: NoteReason | null = null;
  if (tag === 'nav') own = 'navigation';
  else if (s.brands.has(el)) own = s.shows.has(el) ? 'programme-credit' : 'navigation';
  // A site header (outside the story, or any header when the story has no <article>); an
  // article's own header holds the headline, byline and date, read line by line.
  else if (tag === 'header') own = up.inRoot && s.root?.tagName === 'article' ? null : 'navigation';
  else if (tag === 'footer') own = 'page-element';
  else if (tag === 'aside') own = 'related-links';
  // `<address>` is the contact of the article's author: the byline (`By <a>…</a> and <a>…</a>`).
  else if (tag === 'address') own = 'byline';
  // A figure holding a quotation (`<figure><blockquote>…</blockquote><figcaption>— Name`, a
  // pull quote) is the story's words; its caption is the quote's attribution, a credit.
  else if (tag === 'figure') own = isQuoteFigure(el) ? null : 'photo-caption';
  else if (tag === 'figcaption') {
    const up = s.parent.get(el);
    own = up && isQuoteFigure(up) ? 'credit' : 'photo-caption';
  } else if (['form', 'button', 'select', 'option', 'label', 'textarea', 'dialog'].includes(tag))
    own = 'page-element';
  // A list of links to places on the page (a table of contents, a live blog's key events):
  // at least two such links, holding most of the element's text.
  else if (JUMP_LISTS.has(tag)) {
    const j = s.jumps.get(el);
    if (j && j.links >= 2 && j.chars * 2 >= (s.chars.get(el) ?? 0)) own = 'navigation';
  }
  const role = attr(el, 'role').toLowerCase().split(' ')[0] ?? '';
  own ??= LANDMARKS[role] ?? null;
  // A class hint names a generic container more precisely (`<div role="dialog" id="cookie-…">`).
  if (own === 'page-element' || own === null) {
    const size = s.chars.get(el) ?? 0;
    const rootSize = s.root ? (s.chars.get(s.root) ?? 0) : 0;
    if (size <= HINT_MAX_CHARS && (rootSize === 0 || size * 2 <= rootSize)) own = hintOf(el) ?? own;
  }
  if (!own && (attr(el, 'rel').includes('author') || attr(el, 'itemprop').includes('author')))
    own = 'byline';
  return {
    reason: own ?? up.reason ?? (up.inRoot ? null : 'page-element'),
    inRoot: up.inRoot,
    pre,
  };
}

/**
 * Appends to a line being read, keeping its last character: reading the end of a string built by
 * appending flattens it, and a long line of inline elements would be copied once per element.
 */
function append(line: OutLine, text: string): void {
  if (text === '') return;
  line.text += text;
  line.last = text.charAt(text.length - 1);
}

/** The HTML read as paragraphs of lines, with what the structure says about each line. */
function readHtml(tree: HastRoot, s: Structure, messages: Message[]): OutLine[][] {
  const dropped = (node: Nodes, reason: string, actual?: string): void => {
    const m: Message = {
      ruleId: 'html-dropped',
      reason,
      line: startLineOf(node),
      column: node.column,
      severity: 'info',
    };
    if (actual !== undefined) m.actual = actual;
    messages.push(m);
  };
  const paragraphs: OutLine[][] = [];
  let paragraph: OutLine[] = [];
  let current: OutLine | null = null;
  let mixed = false;
  let blockReason: NoteReason | null = null;
  /** The element around the last block started (see {@link OutLine.box}). */
  let box: Element | null = null;
  /** The next line started is a bold-labelled turn. */
  let labelNext = false;
  /** The next line started is a paragraph all in bold. */
  let boldNext = false;
  /** That bold line ends at a `<br>`. */
  let boldLineNext = false;
  /** The name the next line started opens with (see {@link OutLine.name}). */
  let nameNext: string | null = null;
  /** Turns whose speaker an attribute names (see {@link dataSpeaker}). */
  let dataLabels = 0;
  /** The name comes from an element the page classes as a speaker's (`class="speaker-name"`). */
  let nameClassNext = false;
  /** That name is a heading's. */
  let nameHeading = false;
  /** The next line started follows a `<br>`. */
  let brNext = false;
  const endLine = (): void => {
    if (current) {
      current.text = current.text.trim();
      if (mixed) current.reason = blockReason;
      if (current.text) paragraph.push(current);
    }
    current = null;
    mixed = false;
  };
  const endParagraph = (): void => {
    endLine();
    brNext = false;
    if (paragraph.length > 0) paragraphs.push(paragraph);
    paragraph = [];
  };
  /** Media times set as their own elements, read as time anchors (see {@link mediaTime}). */
  const stamps = { count: 0, line: null as number | null, spaced: false };
  const addText = (
    value: string,
    node: Nodes,
    ctx: Context,
    headline: boolean,
    subhead = false,
    /** Lines of the node before `value` (a line of preformatted text). */
    linesBefore = 0,
  ): void => {
    if (row) {
      row.cells[row.cells.length - 1] += value.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    const lead = /^[ \t\n\r\f]*/.exec(value)?.[0] ?? '';
    if (lead.length === value.length) {
      if (current && !stamps.spaced) append(current, ' ');
      return;
    }
    if (ctx.pre && value.includes('\n')) {
      // Preformatted text keeps its line breaks, each line at its own line of the HTML.
      const parts = value.split(/\r?\n/);
      parts.forEach((part, i) => {
        if (i > 0) endLine();
        if (part.trim()) addText(part, node, ctx, headline, subhead, linesBefore + i);
      });
      return;
    }
    const text = value.replace(/[ \t\n\r\f]+/g, ' ');
    if (!current) {
      let breaks = 0;
      for (const ch of lead) if (ch === '\n') breaks++;
      const line = startLineOf(node) + linesBefore + breaks;
      current = { text: '', line, reason: ctx.reason, headline, box };
      if (labelNext) current.label = true;
      else if (nameNext !== null) {
        current.name = nameNext;
        if (nameHeading) current.nameHeading = true;
        if (nameClassNext) current.nameClass = true;
      }
      if (boldNext) current.bold = true;
      if (boldLineNext) current.boldLine = true;
      if (brNext) current.continued = true;
      if (subhead) current.subhead = true;
      labelNext = false;
      boldNext = false;
      boldLineNext = false;
      nameNext = null;
      nameHeading = false;
      nameClassNext = false;
      brNext = false;
    } else if (current.reason !== ctx.reason && current.filled) mixed = true;
    else if (!current.filled) current.reason = ctx.reason;
    // The speaker's name after the line's time anchor (`[00:00:03] ` then `<span
    // class="speaker">`): the name opens the line after the time.
    if (nameNext !== null && current.name === undefined && stampSoFar(current)) {
      current.name = nameNext;
      current.namePrefix = current.text;
      if (nameClassNext) current.nameClass = true;
      nameNext = null;
      nameClassNext = false;
    }
    // A time anchor's own space (see {@link mediaTime}) stands for the space after it.
    append(current, stamps.spaced && text.startsWith(' ') ? text.slice(1) : text);
    stamps.spaced = false;
    current.filled = true;
  };

  /** A space between a heading's parts set as blocks (`<div>Jane Doe</div><div>(Hexham)</div>`). */
  const addGap = (): void => {
    if (current && (current as OutLine).filled && (current as OutLine).last !== ' ')
      append(current as OutLine, ' ');
  };

  /** The row of a two-column table being read (see {@link twoColumnRows}): its cells' text. */
  let row: {
    el: Element;
    line: number;
    cells: string[];
    /** A transcript table's columns (see {@link transcriptTable}). */
    columns?: (Column | null)[];
  } | null = null;
  /** Chapter lists, read as one paragraph of lines (see {@link chapterList}), and the depth in them. */
  const chapterLists = new Set<Element>();
  let inChapters = 0;
  /** Tables read as two-column rows. */
  const columnTables = new Set<Element>();
  /** Transcript tables, with their columns and header row. */
  const transcriptTables = new Map<
    Element,
    { columns: (Column | null)[]; header: Element | null }
  >();
  const top: Context = { reason: null, inRoot: s.root === null, pre: false };
  type Frame = {
    node: Nodes;
    ctx: Context;
    headline: boolean;
    /** Inside the heading of a part of the story. */
    subhead?: boolean;
    exit?: Element;
    /** An inline element that opened a line of its own furniture (`<span class="byline">`). */
    ownLine?: boolean;
    /** The element follows an element sibling with no text between them (`</span><span>`). */
    glued?: boolean;
    /** The text after the element opens with a colon (`<b>Nick Hart</b>: …`). */
    colonAfter?: boolean;
    /** Nothing but blanks follows the element before a block, a `<br>` or its parent's end. */
    lineEnd?: boolean;
    /** Inside a heading: its parts set as blocks are one line (see {@link HEADINGS}). */
    inHeading?: boolean;
    /** An item of a chapter list: a line of the list's paragraph (see {@link chapterList}). */
    chapter?: boolean;
  };
  const stack: Frame[] = [];
  for (const c of [...tree.children].reverse())
    stack.push({ node: c as Nodes, ctx: top, headline: false });
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      if (row?.columns && frame.exit === row.el) {
        const line = transcriptRow(row.cells, row.columns);
        const table = rowTable(row.el, s);
        if (table && transcriptTables.get(table)?.header === row.el) {
          const m: Message = {
            ruleId: 'html-dropped',
            reason: 'Read the table’s first row as its column names',
            line: row.line,
            column: 1,
            severity: 'info',
            actual: row.cells.map((c) => trimAll(c)).join(' | '),
          };
          messages.push(m);
        } else if (line)
          paragraphs.push([{ text: line, line: row.line, reason: null, headline: false }]);
        row = null;
        continue;
      }
      if (row && frame.exit === row.el) {
        // The row as one line, its cells parted by a tab: the two-column script convention
        // of text (src/core/parse.ts). An empty video cell keeps its tab (the audio goes on).
        const [left = '', right = ''] = row.cells.map((c) => trimAll(c).replace(/ {2,}/g, ' '));
        const text = right ? `${left}\t${right}` : left;
        // Each row a paragraph: a table of data stays a paragraph per row, as before.
        if (text) paragraphs.push([{ text, line: row.line, reason: null, headline: false }]);
        row = null;
        continue;
      }
      if (row) {
        // A paragraph or line break inside a cell is a space in its row's line.
        if (BLOCK.has(frame.exit.tagName)) row.cells[row.cells.length - 1] += ' ';
        continue;
      }
      if (chapterLists.has(frame.exit)) inChapters--;
      if (frame.chapter) endLine();
      else if (frame.inHeading && BLOCK.has(frame.exit.tagName)) addGap();
      else if (BLOCK.has(frame.exit.tagName)) endParagraph();
      else if (frame.ownLine) endLine();
      continue;
    }
    const { node, ctx, headline } = frame;
    if (node.type === 'text') {
      addText(node.value, node, ctx, headline, frame.subhead === true);
      continue;
    }
    if (node.type === 'comment') {
      const value = node.value;
      if (value.startsWith('[CDATA[')) {
        dropped(
          node,
          'Dropped a CDATA section (not read in HTML)',
          droppedPreview(value.slice(7, value.endsWith(']]') ? -2 : undefined)),
        );
      } else if (value.startsWith('[if ') && value.endsWith('[endif]')) {
        // Word's "Save as web page": settings and XML islands for Office only.
        dropped(
          node,
          'Removed a conditional comment (Office settings, not text)',
          droppedPreview(value),
        );
      } else if (value.trim()) dropped(node, 'Removed an HTML comment', droppedPreview(value));
      continue;
    }
    if (node.type !== 'element') continue;
    const tag = node.tagName;
    if (CODE.has(tag)) {
      if (textOf(node, 1).length > 0 || Object.hasOwn(node.attrs, 'src'))
        dropped(node, `Removed a <${tag}> element (code, not transcript text)`);
      continue;
    }
    if (tag === 'title') {
      const text = droppedPreview(textOf(node));
      if (text && s.h1)
        dropped(
          node,
          s.h1.tagName === 'h1'
            ? 'Dropped the page <title>: the <h1> is the headline'
            : `Dropped the page <title>: it names the site; the <${s.h1.tagName}> is the headline`,
          text,
        );
      continue;
    }
    if (DROPPED.has(tag)) {
      const text = droppedPreview(textOf(node));
      if (text)
        dropped(node, `Dropped the text of a <${tag}> element (not shown on the page)`, text);
      continue;
    }
    if (tag === 'br') {
      if (row) {
        row.cells[row.cells.length - 1] += ' ';
        continue;
      }
      // A line all in bold ended by the break (an interview's question) is a paragraph of its own.
      if (current && (current as OutLine).filled && !(current as OutLine).boldLine) {
        endLine();
        brNext = true;
      } else endParagraph();
      continue;
    }
    if (tag === 'img' || tag === 'area' || (tag === 'input' && attr(node, 'type') === 'image')) {
      const alt = attr(node, 'alt').trim();
      if (alt) dropped(node, 'Did not read an image’s description (alt text)', droppedPreview(alt));
      continue;
    }
    if ((tag === 'ul' || tag === 'ol') && !row && chapterList(node)) {
      chapterLists.add(node);
      inChapters++;
    }
    if (tag === 'table' && !row) {
      const transcript = transcriptTable(node);
      if (transcript) {
        transcriptTables.set(node, transcript);
        if (transcript.header === null)
          messages.push(inferredMessage(transcript.columns, startLineOf(node)));
      } else if (twoColumnRows(node)) columnTables.add(node);
    }
    const table: Element | null = tag === 'tr' && !row ? rowTable(node, s) : null;
    const transcript: { columns: (Column | null)[] } | undefined = table
      ? transcriptTables.get(table)
      : undefined;
    if (transcript) {
      row = { el: node, line: startLineOf(node), cells: [], columns: transcript.columns };
    } else if (table && columnTables.has(table)) {
      row = { el: node, line: startLineOf(node), cells: [] };
    } else if (row && (tag === 'td' || tag === 'th') && s.parent.get(node) === row.el) {
      row.cells.push('');
    } else if (tag === 'td' || tag === 'th') {
      if (current) append(current as OutLine, ' ');
    }
    // A media time set as its own element opening a line or right after a speaker's label (the
    // Podcasting 2.0 transcript's `<cite>Name:</cite> <time>0:06</time>`, a timestamp link): the
    // turn's time anchor, bracketed as the core reads one, not a word of the turn.
    const chapter = tag === 'li' && chapterLists.has(s.parent.get(node) as Element);
    if (!row && ctx.reason === null && !inChapters) {
      const open = current as OutLine | null;
      // Or any element holding a clock time alone right after a speaker's name on the line
      // (a transcription tool's share page: `<span class="speaker-name">Dana Price</span><span
      // class="timestamp">0:07</span>`): the turn's time, read after the name as the name's time.
      // (The line's length first: a long line is never read again element by element.)
      const named =
        open?.name !== undefined &&
        open.text.length <= open.name.length + 2 &&
        open.text.trim() === open.name;
      const clock =
        mediaTime(node) ?? (named ? (MEDIA_TIME.exec(textOf(node, 20).trim())?.[1] ?? null) : null);
      if (
        clock !== null &&
        (!open?.filled || named || (frame.lineEnd === true && LABEL_SO_FAR.test(open.text)))
      ) {
        addText(`${named ? ' ' : ''}[${clock}] `, node, ctx, headline, frame.subhead === true);
        stamps.spaced = true;
        stamps.count++;
        stamps.line ??= startLineOf(node);
        continue;
      }
    }
    const inner = reasonFor(node, ctx, s);
    const block = BLOCK.has(tag) && !frame.inHeading && !chapter;
    if (chapter) endLine();
    else if (frame.inHeading && BLOCK.has(tag)) addGap();
    else if (block && row) {
      if (row.cells.length > 0) row.cells[row.cells.length - 1] += ' ';
    } else if (block) {
      endParagraph();
      blockReason = inner.reason;
      box = s.parent.get(node) ?? null;
      // A paragraph, or a CMS's `<div>` standing for one, all in bold (an interview's question).
      boldNext = (tag === 'p' || tag === 'div') && isWholeBold(node, s);
      boldLineNext = false;
      // A transcript widget's turn that names its speaker in an attribute (`<p data-speaker="Jane
      // Doe" data-start="3.2">`): the label, and the time, open the line as text would write them.
      const said = ctx.reason === null && !frame.inHeading ? dataSpeaker(node) : null;
      if (said !== null) {
        labelNext = true;
        addText(
          `${said.clock ? `[${said.clock}] ` : ''}${said.name}: `,
          node,
          ctx,
          headline,
          false,
        );
        dataLabels++;
      }
    }
    // An inline element marked as furniture of its own that starts a line (the byline and the
    // date as two spans of one div) is a line of its own; one inside a sentence is not.
    const open = current as OutLine | null;
    const ownLine = !block && inner.reason !== null && inner.reason !== ctx.reason && !open?.filled;
    // Inside furniture, sibling elements with nothing between them (`<span>Sam Francis</span>
    // <span>Political reporter</span>` without the space) are laid out as lines by the page's
    // style: each is a line, so their words are not glued into one. Not when the next one goes
    // on the line with punctuation (`<span>, BBC News</span>`). Only the line's last character
    // is read (never the growing line).
    const stacked =
      !block &&
      frame.glued === true &&
      inner.reason !== null &&
      open?.filled === true &&
      // (An abbreviation's point ends a menu's item too: `U.S.` `Politics`.)
      (HAS_LETTER_OR_NUMBER.test(open.last ?? '') || '.)'.includes(open.last ?? '-')) &&
      STARTS_LETTER_OR_NUMBER.test(textOf(node, 40).trimStart());
    if ((ownLine || stacked) && !row) endLine();
    // A bold label opening a line marks its turn (`<p><b>Nick Hart:</b> …</p>`).
    if (!(current as OutLine | null)?.filled && isBold(node, s)) {
      const label = textOf(node, 80).trim();
      if (
        BOLD_LABEL.test(label) ||
        (frame.colonAfter === true && BOLD_NAME.test(label)) ||
        BOLD_QA.test(label)
      )
        labelNext = true;
      else if (label.length <= 40 && NAME_LABEL.test(label)) nameNext = label;
      // A line all in bold up to a `<br>` (`<p><b>Why now?</b><br>Because…</p>`): the same
      // interview question as a paragraph all in bold.
      else if (label !== '' && endsAtBreak(node, s)) boldNext = boldLineNext = true;
    } else if (
      (!(current as OutLine | null)?.filled || stampSoFar(current as OutLine | null)) &&
      (tag === 'dt' ||
        SUBHEADING.test(tag) ||
        (/speaker/i.test(attr(node, 'class')) &&
          classWords(node).some((w) => SPEAKER_CLASS.test(w))))
    ) {
      // A definition list's term (`<dt>JANE DOE</dt><dd>…</dd>`), a heading over the words
      // (`<h4>Mayor Ruth Grant</h4>`), an element of the speaker class (`<p class="speaker">Jane
      // Doe</p>` over the words, `<span class="speaker">` before them).
      const label = textOf(node, 41).trim();
      if (label.length <= 40 && NAME_LABEL.test(label)) {
        nameNext = label;
        nameHeading = SUBHEADING.test(tag);
        nameClassNext = tag !== 'dt' && !nameHeading;
      }
    }
    stack.push({
      node,
      ctx,
      headline,
      exit: node,
      ownLine,
      inHeading: frame.inHeading === true,
      chapter,
    });
    const isHeadline = headline || node === s.h1;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({
        node: kids[i] as Nodes,
        ctx: inner,
        headline: isHeadline,
        subhead: frame.subhead === true || s.subheads.has(node),
        glued: kids[i - 1]?.type === 'element',
        colonAfter: colonFirst(kids[i + 1]),
        lineEnd: endsLine(kids[i + 1], kids[i + 2]),
        inHeading: frame.inHeading === true || HEADINGS.test(tag),
      });
  }
  endParagraph();
  if (dataLabels > 0) {
    messages.push({
      ruleId: 'html-speaker-label',
      reason: `Read the speakers ${dataLabels} turn(s) name in their data-speaker attribute as speaker labels`,
      line: null,
      column: null,
      severity: 'info',
    });
  }
  if (stamps.count > 0) {
    messages.push({
      ruleId: 'html-time-stamps',
      reason: `Read ${stamps.count} media time(s) set as elements of their own as the turns' time anchors`,
      line: stamps.line,
      column: 1,
      severity: 'info',
    });
  }
  return paragraphs;
}

/** A line opening with a tag of text: a capital, at most 60 characters, a colon and a space. */
const TEXT_TAG = lazyRegExp(String.raw`^\p{Lu}[^:\n]{0,59}:\s`, 'u');

/** Headings below the headline. */
const SUBHEADING = /^h[2-6]$/;
/**
 * Headings: one line, even with their parts set as blocks (a parliament's record sets the
 * member's name and seat as two `<div>`s of one heading: `Sarah Collins` `(Hexham) (Lab)`).
 */
const HEADINGS = /^h[1-6]$/;

/** A clock time right after a name label (`00:01:23`, `[1:23]`, `(01:23)`). */
const CLOCK_AFTER_NAME = /^[ \t]*[[(]?(\d{1,2}:\d{2}(?::\d{2})?)[\])]?(?=[ \t]|$)/;

/** Most `html-speaker-label` messages listed one by one; the rest are counted in one. */
const NAME_LABEL_MESSAGES = 20;
/** The space between a name's words: a space, or a CMS's no-break space (`Jane&nbsp;Doe`). */
const WORD_GAP = /[ \u00a0]/;

/**
 * Names set apart as labels without a colon (`<b>Jane Doe</b> text`, `<p class="speaker">Jane
 * Doe</p>`, `<dt>JANE DOE</dt>`) are speaker tags when the page labels turns so: three such lines
 * or more, of at least two names, one name coming back (an interview's turns; a bold lead-in or
 * a glossary's terms each come once), or when its other turns open with bold labels with a colon. Each gets its colon (`Jane Doe:`), the tag the core reads;
 * an inline one marks a labelled turn, as a bold label with a colon does.
 */
function nameLabels(paragraphs: readonly OutLine[][], messages: Message[]): void {
  const candidates: OutLine[] = [];
  /** Words of the page's names of two words or more (`Jane Doe`: `jane`, `doe`). */
  const known = new Set<string>();
  const know = (name: string): void => {
    if (WORD_GAP.test(name)) for (const w of name.toLowerCase().split(WORD_GAP)) known.add(w);
  };
  let labels = 0;
  /** Lines of the story opening with a tag of text (`Mr Smith (Lab):`). */
  let tagged = 0;
  for (const paragraph of paragraphs)
    for (const l of paragraph)
      if (l.label && !l.reason) {
        labels++;
        const colon = l.text.indexOf(':');
        if (colon > 0 && colon <= 60) know(l.text.slice(0, colon));
      } else if (
        l.name !== undefined &&
        !l.reason &&
        !l.headline &&
        l.text.startsWith((l.namePrefix ?? '') + l.name)
      ) {
        candidates.push(l);
        know(l.name);
      } else if (!l.reason && TEXT_TAG.test(l.text)) tagged++;
  // A name of one word is a label as a surname or first name of a full name the page gives, in
  // capitals (`HOST`), or a role word (`Question`, `Journaliste`); not a bold lead-in (`Update`,
  // `Breaking`).
  const named = candidates.filter((l) => {
    const name = l.name as string;
    // Headings over turns tagged in their text are topics (a parliament's record), not names.
    if (l.nameHeading && tagged >= 2) return false;
    return (
      WORD_GAP.test(name) ||
      name === name.toUpperCase() ||
      known.has(name.toLowerCase()) ||
      roleWord(name) !== null
    );
  });
  const names = new Set(named.map((l) => (l.name as string).toLowerCase()));
  // Or the page labels its other turns in bold with a colon (`<b>Jane Doe:</b>`).
  const turns = named.length >= 3 && names.size >= 2 && names.size < named.length;
  // Or every name is an element the page classes as a speaker's (`class="speaker-name"`).
  const classed = named.every((l) => l.nameClass === true);
  if (named.length === 0 || (!turns && labels < 2 && !classed)) return;
  named.forEach((l, i) => {
    const name = l.name as string;
    const prefix = l.namePrefix ?? '';
    let rest = l.text.slice(prefix.length + name.length);
    // The turn's time after the name (`Jane Doe 00:01:23 …`) goes before it, as a time anchor.
    const time = prefix === '' ? CLOCK_AFTER_NAME.exec(rest) : null;
    if (time) rest = rest.slice(time[0].length);
    rest = rest.replace(/^[ \t]*[-–—]?[ \t]*/, ' ');
    l.text = `${time ? `[${time[1]}] ` : prefix}${name}:${rest.trim() ? rest : ''}`;
    if (rest.trim()) l.label = true;
    // A heading that names the speaker is a tag, not the heading of a part of the story.
    l.subhead = false;
    if (i < NAME_LABEL_MESSAGES || i === named.length - 1) {
      const more = named.length - NAME_LABEL_MESSAGES;
      messages.push({
        ruleId: 'html-speaker-label',
        reason:
          i < NAME_LABEL_MESSAGES
            ? `Read “${name}” as a speaker label`
            : `Read ${more} more names as speaker labels`,
        line: l.line,
        column: 1,
        severity: 'info',
      });
    }
  });
}

/**
 * A transcript's own heading over its turns (`Transcript`, `Full transcript`, `Read the
 * transcript`; a podcast's or broadcaster's page sets it between the show notes and the turns).
 */
const TRANSCRIPT_HEADING =
  /^(?:(?:read |show )?(?:the )?(?:full |episode )?transcript|transkript|transcription)[ :]*$/i;
/**
 * A label's letters in capitals (`SARAH FERGUSON, PRESENTER:`, not `Q:`), or a record's initials
 * glued to the surname (`V.Putin:`, `В.Путин:`, `S.Lavrov:`: kremlin.ru, mid.ru).
 */
const CAPITAL_LABEL = lazyRegExp(
  String.raw`^(?:[^\p{Ll}:]*\p{Lu}{2}[^\p{Ll}:]*|(?:\p{Lu}\.){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?):`,
  'u',
);

/**
 * True when the page's bold labels name their speakers in capitals (`<b>SARAH FERGUSON,
 * PRESENTER:</b>`) or by a record's initials (`<b>V.Putin:</b>`), two labels at least, none
 * written otherwise: a broadcaster's or an office's transcript, whose
 * turns go on past a paragraph break with no narration of an article between them.
 */
function capitalLabels(paragraphs: readonly OutLine[][]): boolean {
  let capitals = 0;
  for (const paragraph of paragraphs)
    for (const l of paragraph) {
      if (!l.label || l.reason) continue;
      if (!CAPITAL_LABEL.test(l.text)) {
        // (`Q:` and `A:` say nothing of the page's convention.)
        if (!QA_LABEL.test(l.text)) return false;
      } else capitals++;
    }
  return capitals >= 2;
}

/**
 * Joins the paragraphs into text (blank-line separated) with the map of each text line to its
 * HTML line, and the hints for the core: furniture lines and the headline line, in text lines.
 */
function joinLines(paragraphs: readonly OutLine[][]): IngestedText {
  const capitals = capitalLabels(paragraphs);
  /** Past a `Transcript` heading: the labelled turns there are a transcript's. */
  let transcript = false;
  /** The container of the last bold-labelled turn. */
  let turnBox: Element | null | undefined;
  const lines: string[] = [];
  const sourceLines: number[] = [];
  const notes = new Map<number, NoteReason>();
  const labelledLines = new Set<number>();
  const boldLines = new Set<number>();
  const continuedLines = new Set<number>();
  const subheadLines = new Set<number>();
  let headlineLine: number | null = null;
  for (const paragraph of paragraphs) {
    if (lines.length > 0) {
      lines.push('');
      sourceLines.push(paragraph[0]?.line ?? 1);
    }
    for (const l of paragraph) {
      lines.push(l.text);
      sourceLines.push(l.line);
      const at = lines.length;
      // (In the story: a menu's or a share bar's `Transcript` link labels no turns.)
      if (!l.headline && !l.reason && TRANSCRIPT_HEADING.test(l.text)) {
        transcript = true;
        // The label over the turns, not a word of them.
        l.reason = 'page-element';
      }
      if (l.headline) headlineLine ??= at;
      else if (l.reason) notes.set(at, l.reason);
      if (l.label && !l.reason) {
        labelledLines.add(at);
        turnBox = l.box;
      } else if (!l.reason && (l.continued || ((capitals || transcript) && l.box === turnBox)))
        continuedLines.add(at);
      if (l.bold && !l.reason) boldLines.add(at);
      if (l.subhead && !l.reason && !l.headline) subheadLines.add(at);
    }
  }
  return {
    text: lines.join('\n'),
    sourceLines,
    hints: {
      headlineLine,
      notes,
      ...(labelledLines.size > 0 ? { labelledLines } : {}),
      ...(boldLines.size > 0 ? { boldLines } : {}),
      ...(continuedLines.size > 0 ? { continuedLines } : {}),
      ...(subheadLines.size > 0 ? { subheadLines } : {}),
    },
  };
}

/** A site's address as its name (`CNN.com`, `www.example.co.uk`). */
const SITE_ADDRESS = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z]{2,12}){1,2}$/i;

/**
 * Converts an HTML document or fragment to paragraphs, keeping the source line of every line of
 * text (for messages that point into the uploaded file), the page's furniture and its headline
 * as hints for the core, and a message for everything whose text is not kept.
 */
export function htmlToLines(html: string): IngestedText {
  const messages: Message[] = [];
  let tree: HastRoot;
  try {
    const parsed = parseHtml(html);
    tree = parsed.root;
    if (parsed.unfinished) {
      messages.push({
        ruleId: 'html-dropped',
        reason: 'Dropped a tag left unfinished at the end of the HTML',
        line: parsed.unfinished.line,
        column: parsed.unfinished.column,
        severity: 'warning',
        actual: droppedPreview(parsed.unfinished.source),
      });
    }
  } catch {
    // Only a pathological document (elements nested a thousand deep) is not read as a tree: it
    // is read as text, and the core strips its tags.
    return {
      text: html,
      sourceLines: null,
      messages: [
        {
          ruleId: 'html-unparsed',
          reason: 'The HTML is nested too deeply to read its structure: read as text, tags removed',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    };
  }
  const structure = readStructure(tree);
  const paragraphs = readHtml(tree, structure, messages);
  nameLabels(paragraphs, messages);
  // No `<h1>`: the `<title>`, without the site name, is the headline.
  const titleEl = structure.title;
  if (!structure.h1 && titleEl) {
    const full = textOf(titleEl).replace(/\s+/g, ' ').trim();
    const title = stripSiteName(full);
    // A title that is the site's address and a section (`CNN.com - Transcripts`) names no story.
    if (title && !SITE_ADDRESS.test(title)) {
      const line = startLineOf(titleEl);
      paragraphs.unshift([{ text: title, line, reason: null, headline: true }]);
      const site = full.slice(title.length).replace(/^\s*[|–—•·:/-]+\s*/, '');
      messages.push({
        ruleId: 'html-title',
        reason: site
          ? `Used the page <title> as the headline, without the site name “${site}”`
          : 'Used the page <title> as the headline',
        line,
        column: 1,
        severity: 'info',
        ...(site ? { actual: site } : {}),
      });
    } else if (title) {
      messages.push({
        ruleId: 'html-dropped',
        reason: 'Dropped the page <title>: it names the site',
        line: startLineOf(titleEl),
        column: 1,
        severity: 'info',
        actual: full,
      });
    }
  }
  // Lines no element marks are still read by the core's furniture classifiers.
  const joined = joinLines(paragraphs);
  // A word processor's document is a transcript: a paragraph after a bold-labelled turn goes on
  // with it, as in text (the labels are read as tags from the text).
  // So is a page whose `<title>` calls it one (`Transcript: Can the Nile deal hold? | Inside Story`)
  // over an `<h1>` that does not.
  if (
    (structure.wordProcessor || (titleEl && isTranscriptTitle(textOf(titleEl, 300)))) &&
    joined.hints
  )
    delete joined.hints.labelledLines;
  // The page's `<html lang>`, else its metadata's (`og:locale` `fr_FR`, a content-language
  // `de, en`: the first): its language, taken where its text alone cannot tell.
  const root = tree.children.find((c) => c.type === 'element' && c.tagName === 'html');
  const language =
    (root?.type === 'element' ? declaredLanguage(attr(root, 'lang')) : null) ??
    declaredLanguage(structure.metaLanguage?.split(',')[0]);
  if (language !== null) joined.hints = { ...joined.hints, language };
  return { ...joined, messages };
}

/** Converts an HTML document or fragment to plain text paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  return htmlToLines(html).text;
}

/** True when a body looks like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    // A fragment opening with a block element (a table or a list copied from a page too), or a
    // document's head without its `<html>`.
    /^<(p|div|article|section|h[1-6]|body|main|blockquote|table|ul|ol|dl|header|nav|figure|aside|head|meta|title)[\s>]/.test(
      head,
    ) ||
    // A Podcasting 2.0 HTML transcript: `<cite>Name:</cite>` / `<time>0:00</time>` / `<p>…`.
    (head.startsWith('<cite>') && head.includes('</cite>') && head.includes('<p>'))
  );
}
