/**
 * A Word document's main part (`word/document.xml`, unpacked from the DOCX at the edge) to
 * transcript text, read with htmlparser2 in XML mode in one pass: each `w:p` is a paragraph,
 * its runs' `w:t` the text (`xml:space="preserve"` keeps the spaces at their ends), `w:tab` a
 * tab, `w:br`/`w:cr` a line break. A table (`w:tbl`) is read as rows of cells: a table of two
 * columns as lines `video<tab>audio` (the two-column script convention of text, read by the
 * core), any other table a paragraph per row, its cells joined by spaces. A bold label opening a
 * paragraph (`JANE DOE:`) stays in the text, where the core reads it as a speaker's tag, as it
 * does for a word processor's HTML.
 *
 * What is not read is reported (`docx-dropped`, the line is the paragraph's number): deleted
 * text of tracked changes, field codes, text boxes and drawings, references to footnotes,
 * endnotes and comments, the page headers and footers.
 */
import { Parser } from 'htmlparser2';
import { trimAll } from '../core/chars.ts';
import type { Message } from '../core/document.ts';
import {
  droppedPreview,
  type IngestedText,
  joinParagraphs,
  PREVIEW_MAX_CHARS,
  type SourcedLine,
} from './lines.ts';

/** Elements whose content is not the document's text, and what to say about them. */
const SKIPPED: Readonly<Record<string, string>> = {
  'w:deltext': 'Dropped text deleted with tracked changes',
  'w:delinstrtext': 'Dropped a deleted field code',
  // A move tracked as changes: the words stand where they were moved to (`w:moveTo`).
  'w:movefrom': 'Dropped text moved elsewhere with tracked changes',
  'w:instrtext': 'Did not read a field code (markup, not text)',
  'w:drawing': 'Did not read a drawing or text box',
  'w:pict': 'Did not read a picture or text box',
  'w:object': 'Did not read an embedded object',
  'mc:alternatecontent': 'Did not read a drawing or text box',
  // A paragraph's tab stops (`w:tabs/w:tab`), not tab characters.
  'w:tabs': '',
};

/** References to parts that are not read: reported where they stand. */
const REFERENCES: Readonly<Record<string, string>> = {
  'w:footnotereference': 'Did not read a footnote (its text is in another part of the DOCX)',
  'w:endnotereference': 'Did not read an endnote (its text is in another part of the DOCX)',
  'w:commentreference': 'Did not read a comment (comments are not the script)',
  'w:headerreference': 'Did not read the page header',
  'w:footerreference': 'Did not read the page footer',
};

/** Deepest element nesting read (Word's own XML is a dozen deep). */
const MAX_DOCX_DEPTH = 1_000;

interface Cell {
  text: string;
}

interface Table {
  rows: { cells: Cell[]; line: number }[];
}

/**
 * Converts a DOCX's `word/document.xml` to paragraphs; each line's source line is the number of
 * the paragraph it starts in (1-based, in reading order, table cells' paragraphs counted).
 */
export function docxToLines(xml: string): IngestedText {
  const messages: Message[] = [];
  const paragraphs: SourcedLine[][] = [];
  let paragraphCount = 0;
  /** The current paragraph's lines, the last one growing. */
  let lines: string[] | null = null;
  let paragraphLine = 1;
  /** Tables open (a cell may hold a table). */
  const tables: Table[] = [];
  let cell: Cell | null = null;
  /** Depth inside an element whose content is skipped, its name and text for the message. */
  let skipDepth = 0;
  let skipName = '';
  let skipText = '';
  let inText = false;
  let preserve = false;
  let textBuffer = '';
  let depth = 0;
  /** The run is hidden text. */
  let hidden = false;
  /** Reference messages already made, by kind (one each for headers and footers). */
  const said = new Set<string>();

  const report = (reason: string, actual?: string): void => {
    const m: Message = {
      ruleId: 'docx-dropped',
      reason,
      line: Math.max(1, paragraphLine),
      column: 1,
      severity: 'info',
    };
    const text = actual === undefined ? '' : droppedPreview(actual);
    if (text) m.actual = text;
    messages.push(m);
  };
  const append = (text: string): void => {
    if (lines) lines[lines.length - 1] += text;
  };
  const endParagraph = (): void => {
    if (!lines) return;
    const done = lines.map((l) => trimAll(l.replace(/ {2,}/g, ' ')));
    lines = null;
    const table = tables.at(-1);
    if (table && cell) {
      // A cell's paragraphs make one line of its row.
      const text = done.filter((l) => l !== '').join(' ');
      if (text) cell.text = cell.text ? `${cell.text} ${text}` : text;
      return;
    }
    const kept = done.filter((l) => l !== '');
    if (kept.length > 0) paragraphs.push(kept.map((text) => ({ text, line: paragraphLine })));
  };
  const endTable = (table: Table): void => {
    let pairs = 0;
    let wide = false;
    for (const row of table.rows) {
      if (row.cells.length === 2) pairs++;
      else if (row.cells.length > 2) wide = true;
    }
    const columns = !wide && pairs >= 3;
    for (const row of table.rows) {
      const [left = '', right = ''] = row.cells.map((c) => c.text);
      let text: string;
      if (columns) text = right ? `${left}\t${right}` : left;
      else
        text = row.cells
          .map((c) => c.text)
          .filter((t) => t !== '')
          .join(' ');
      // Each row a paragraph (the core reads rows of two cells alike on lines or paragraphs).
      if (text) paragraphs.push([{ text, line: row.line }]);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // The parser looks through its open elements for an end tag: a cap keeps it linear.
        if (++depth > MAX_DOCX_DEPTH) throw new RangeError('too deep');
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (Object.hasOwn(SKIPPED, name)) {
          skipDepth = 1;
          skipName = name;
          skipText = '';
          return;
        }
        if (Object.hasOwn(REFERENCES, name)) {
          const reason = REFERENCES[name] as string;
          const once = name === 'w:headerreference' || name === 'w:footerreference';
          if (!once || !said.has(name)) report(reason);
          said.add(name);
          return;
        }
        switch (name) {
          case 'w:p':
            endParagraph();
            paragraphCount++;
            paragraphLine = paragraphCount;
            lines = [''];
            if (tables.length > 0) {
              const row = tables.at(-1)?.rows.at(-1);
              if (row && row.line === 0) row.line = paragraphCount;
            }
            break;
          case 'w:r':
            hidden = false;
            break;
          case 'w:vanish':
            // Hidden text (`<w:rPr><w:vanish/>`): Word does not show it.
            hidden = attrs['w:val'] !== '0' && attrs['w:val'] !== 'false';
            break;
          case 'w:t':
            inText = true;
            preserve = attrs['xml:space'] === 'preserve';
            textBuffer = '';
            break;
          case 'w:tab':
            append('\t');
            break;
          case 'w:br':
          case 'w:cr':
            if (tables.length > 0 && cell) append(' ');
            else if (lines) lines.push('');
            break;
          case 'w:nobreakhyphen':
            append('\u2011');
            break;
          case 'w:sym':
            report('Did not read a symbol from a symbol font', attrs['w:char']);
            break;
          case 'w:tbl':
            endParagraph();
            tables.push({ rows: [] });
            cell = null;
            break;
          case 'w:tr':
            tables.at(-1)?.rows.push({ cells: [], line: 0 });
            break;
          case 'w:tc': {
            const row = tables.at(-1)?.rows.at(-1);
            cell = { text: '' };
            row?.cells.push(cell);
            break;
          }
        }
      },
      ontext(data) {
        if (skipDepth > 0) {
          if (skipText.length < PREVIEW_MAX_CHARS) skipText += data;
          return;
        }
        if (inText) textBuffer += data;
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0) {
            const reason = SKIPPED[skipName] as string;
            if (reason && (skipName !== 'w:instrtext' || skipText.trim() !== ''))
              report(reason, skipText);
          }
          return;
        }
        switch (name) {
          case 'w:t':
            inText = false;
            if (hidden) report('Dropped hidden text (not shown by Word)', textBuffer);
            else append(preserve ? textBuffer : textBuffer.trim());
            break;
          case 'w:r':
            hidden = false;
            break;
          case 'w:p':
            endParagraph();
            break;
          case 'w:tc':
            endParagraph();
            cell = null;
            break;
          case 'w:tbl': {
            endParagraph();
            const table = tables.pop();
            if (table) {
              if (tables.length > 0) {
                // A table in a cell: its rows are that cell's text.
                const outer = tables.at(-1)?.rows.at(-1)?.cells.at(-1) ?? null;
                const text = table.rows
                  .flatMap((r) => r.cells.map((c) => c.text))
                  .filter((t) => t !== '')
                  .join(' ');
                if (outer && text) outer.text = outer.text ? `${outer.text} ${text}` : text;
                cell = outer;
              } else endTable(table);
            }
            break;
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  try {
    parser.end(xml);
  } catch {
    return {
      text: '',
      sourceLines: null,
      messages: [
        {
          ruleId: 'docx-dropped',
          reason: `The DOCX's XML is nested deeper than ${MAX_DOCX_DEPTH} elements: not read`,
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    };
  }
  endParagraph();
  while (tables.length > 0) {
    const table = tables.pop() as Table;
    if (tables.length === 0) endTable(table);
  }
  if (paragraphCount === 0 && xml.trim() !== '')
    messages.push({
      ruleId: 'docx-dropped',
      reason: 'The DOCX has no paragraphs (w:p) to read',
      line: 1,
      column: 1,
      severity: 'warning',
    });
  return { ...joinParagraphs(paragraphs), messages };
}

/**
 * A Word document's text, as a transcript pasted from it would be, and what reading it left
 * out; each message's line is the line of the text its paragraph starts (not a line of XML).
 *
 * @example docxToText('<w:document><w:body><w:p><w:r><w:t>Hi.</w:t></w:r></w:p></w:body></w:document>').text // 'Hi.'
 */
export function docxToText(xml: string): { text: string; messages: Message[] } {
  const { text, sourceLines, messages = [] } = docxToLines(xml);
  // Paragraph numbers to lines of the text: both rise, so one walk maps every message.
  const map = sourceLines ?? [];
  const lines = text.split('\n');
  let i = 0;
  for (const m of messages) {
    // The first line of the paragraph's text (a blank line maps to the paragraph after it).
    while (i < map.length && ((map[i] as number) < (m.line ?? 1) || lines[i] === '')) i++;
    m.line = Math.min(i + 1, lines.length);
  }
  return { text, messages };
}
