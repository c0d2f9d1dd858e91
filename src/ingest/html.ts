/**
 * CMS HTML to transcript text: block elements become paragraphs, `<br>` a line break, tags are
 * dropped, `<script>`/`<style>`/`<template>` content is dropped, character references decoded.
 * One linear scan; no regex over the whole input.
 */
import { type IngestedText, joinParagraphs, lineCounter, type SourcedLine } from './lines.ts';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'body',
  'html',
  'title',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  shy: '\u00ad',
};

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`). */
export function decodeEntities(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp);
    const ref = semi !== -1 && semi - amp <= 10 ? text.slice(amp + 1, semi) : '';
    let decoded: string | undefined;
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      const cp = Number.parseInt(ref.slice(2), 16);
      decoded = validCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
    } else if (ref.startsWith('#')) {
      const cp = Number.parseInt(ref.slice(1), 10);
      decoded = validCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
    } else if (ref) {
      decoded = NAMED[ref];
    }
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out;
}

function validCodePoint(cp: number): boolean {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}

function tagName(tag: string): { name: string; closing: boolean } {
  let j = 0;
  const closing = tag[0] === '/';
  if (closing) j = 1;
  let name = '';
  while (j < tag.length) {
    const ch = tag[j] ?? '';
    if (!/[A-Za-z0-9]/.test(ch)) break;
    name += ch;
    j++;
  }
  return { name: name.toLowerCase(), closing };
}

/**
 * Converts an HTML document or fragment to paragraphs, keeping the source line of every line of
 * text (for messages that point into the uploaded file).
 */
export function htmlToLines(html: string): IngestedText {
  const paragraphs: SourcedLine[][] = [];
  let paragraph: SourcedLine[] = [];
  let text = '';
  let textLine = 0;
  const lineAt = lineCounter(html);

  const addText = (run: string, offset: number): void => {
    if (!text.trim()) {
      const first = run.search(/[^ \t\r\n]/);
      if (first === -1) {
        text += ' ';
        return;
      }
      textLine = lineAt(offset + first);
    }
    text += run.replace(/[ \t\r\n]+/g, ' ');
  };
  const endLine = (): void => {
    const clean = decodeEntities(text.replace(/ {2,}/g, ' ')).trim();
    if (clean) paragraph.push({ text: clean, line: textLine });
    else endParagraph();
    text = '';
  };
  const endParagraph = (): void => {
    if (paragraph.length > 0) paragraphs.push(paragraph);
    paragraph = [];
  };

  let i = 0;
  let skipUntil = '';
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    if (!skipUntil && end > i) addText(html.slice(i, end), i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      if (!skipUntil) addText(html.slice(lt), lt);
      break;
    }
    const { name, closing } = tagName(html.slice(lt + 1, gt));
    i = gt + 1;
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = '';
      continue;
    }
    if (!name) {
      // `<` not starting a tag (e.g. `a < b`, `<!DOCTYPE`): keep plain text, drop declarations.
      if (html[lt + 1] !== '!' && html[lt + 1] !== '?') addText(html.slice(lt, gt + 1), lt);
      continue;
    }
    if (!closing && SKIP.has(name)) skipUntil = name;
    else if (name === 'br') endLine();
    else if (name === 'td' || name === 'th') text += ' ';
    else if (BLOCK.has(name)) {
      endLine();
      endParagraph();
    }
  }
  endLine();
  endParagraph();
  return joinParagraphs(paragraphs);
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
    /^<(p|div|article|section|h[1-6]|body|main|blockquote)[\s>]/.test(head)
  );
}
