/**
 * A story as a CMS's API gives it, posted or pasted as JSON: WordPress' REST post
 * (`title.rendered`, `content.rendered`), Arc XP's ANS story (`headlines.basic`,
 * `content_elements` of text and headers), Ghost's Content API (`posts[0].title`, `.html`),
 * Drupal's JSON:API node (`data.attributes.title`, `body.value`) and a schema.org
 * `NewsArticle` (`headline`, `articleBody`). The story's HTML (or text) is read as HTML input
 * is, under its title; every line of it is the JSON's line 1 (the JSON has no lines of its own
 * for the words).
 */
import type { Message } from '../core/document.ts';
import { htmlToLines } from './html.ts';
import type { IngestedText } from './lines.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
/** `{ rendered: … }` (WordPress) or the string itself. */
const rendered = (v: unknown): string | null => (isObject(v) ? str(v.rendered) : str(v));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

interface Article {
  /** The title as HTML (WordPress' is already escaped). */
  title: string | null;
  /** The story's body as HTML. */
  html: string;
  /** Which CMS's shape it is, for the message. */
  shape: string;
}

/** Arc XP's story elements as HTML: texts as paragraphs, headers as headings; others left out. */
function ansHtml(elements: unknown[]): { html: string; left: number } {
  const parts: string[] = [];
  let left = 0;
  for (const element of elements) {
    if (!isObject(element)) continue;
    const content = str(element.content);
    if (element.type === 'text' && content) parts.push(`<p>${content}</p>`);
    else if (element.type === 'header' && content) parts.push(`<h2>${content}</h2>`);
    else left++;
  }
  return { html: parts.join('\n'), left };
}

/** The CMS article `json` is, or null. */
function articleOf(json: unknown): (Article & { left?: number }) | null {
  let value = json;
  if (Array.isArray(value) && value.length === 1) value = value[0];
  if (!isObject(value)) return null;
  // WordPress REST API.
  const wpContent = isObject(value.content) ? str(value.content.rendered) : null;
  if (wpContent) return { title: rendered(value.title), html: wpContent, shape: 'WordPress' };
  // Arc XP ANS.
  if (Array.isArray(value.content_elements)) {
    const { html, left } = ansHtml(value.content_elements);
    const headline = isObject(value.headlines) ? str(value.headlines.basic) : null;
    if (html) return { title: headline && escapeHtml(headline), html, shape: 'Arc XP (ANS)', left };
  }
  // Ghost's Content API.
  if (Array.isArray(value.posts) && value.posts.length === 1 && isObject(value.posts[0])) {
    const post = value.posts[0];
    const html = str(post.html);
    const title = str(post.title);
    if (html) return { title: title && escapeHtml(title), html, shape: 'Ghost' };
  }
  // Drupal JSON:API.
  const attributes =
    isObject(value.data) && isObject(value.data.attributes) ? value.data.attributes : null;
  if (attributes) {
    const body = isObject(attributes.body) ? str(attributes.body.value) : str(attributes.body);
    const title = str(attributes.title);
    if (body) return { title: title && escapeHtml(title), html: body, shape: 'Drupal JSON:API' };
  }
  // schema.org NewsArticle (JSON-LD): its body is text.
  const type = String(value['@type'] ?? '');
  const articleBody = str(value.articleBody);
  if (articleBody && /Article|Report|Posting/.test(type)) {
    const headline = str(value.headline);
    const html = articleBody
      .split(/\n\s*\n/)
      .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
    return { title: headline && escapeHtml(headline), html, shape: 'schema.org' };
  }
  return null;
}

/** True when `json` is a CMS's story (see the module's note): the edge reads it as a transcript. */
export function isCmsArticle(json: unknown): boolean {
  return articleOf(json) !== null;
}

/** The story of a CMS's JSON as transcript lines (see the module's note), or null for other JSON. */
export function cmsJsonToLines(source: string): IngestedText | null {
  let json: unknown;
  try {
    json = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch {
    return null;
  }
  const article = articleOf(json);
  if (article === null) return null;
  const page =
    '<!DOCTYPE html><html><head></head>' +
    `<body><article>${article.title ? `<h1>${article.title}</h1>\n` : ''}${article.html}</article></body></html>`;
  const read = htmlToLines(page);
  const lines = read.text.split('\n').length;
  const note: Message = {
    ruleId: 'cms-json',
    reason: `Read the story of a ${article.shape} JSON as HTML${article.left ? ` (${article.left} element(s) that are no text left out: images, embeds…)` : ''}`,
    line: 1,
    column: 1,
    severity: 'info',
  };
  return {
    ...read,
    // The JSON's words have no lines of their own: each is the JSON's first line.
    sourceLines: new Array<number>(lines).fill(1),
    messages: [note, ...(read.messages ?? []).map((m) => ({ ...m, line: 1, column: 1 }))],
  };
}
