// Word files to report lines: .docx through mammoth's HTML, Word 97–2003 .doc (and WPS files in the same format)
// through word-extractor. A paragraph per line, a table row per line with its cells split by a tab. Headers,
// footers and comments are not body text and both leave them out.
import { Parser } from 'htmlparser2';
import { InputError } from '../model.js';
import { convertSync, LibraryError } from './bridge.js';

/** Reads a .docx file's body text; throws InputError when it is not a readable Word file. */
export function readDocx(file: string, bytes: Uint8Array): string {
  let html: string;
  try {
    html = convertSync('docx', bytes).html;
  } catch (e) {
    const msg = (e as Error).message;
    const why = e instanceof LibraryError && /central directory|zip|corrupt/i.test(msg) ? 'damaged, or not a Word file' : msg;
    throw new InputError(file, `could not be read as .docx (${why})`);
  }
  return docxHtmlToText(html);
}

const LINE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'ul', 'ol']);

/** mammoth's HTML as lines; inside a table a cell's paragraphs share its row's line. */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let cells: string[] | null = null; // the cells of the row being read
  let cell = '';
  let depth = 0; // tables inside tables: their rows are read as cells' text
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') depth++;
        if (depth > 0) {
          if (name === 'tr' && depth === 1) cells = [];
          else if ((name === 'td' || name === 'th') && depth === 1) cell = '';
          else if ((name === 'p' || name === 'br' || name === 'li' || depth > 1) && cell) cell += ' ';
          return;
        }
        if (name === 'br') flush();
        else if (LINE.has(name)) flush();
      },
      ontext(text) {
        if (depth > 0) cell += text;
        else line += text;
      },
      onclosetag(name) {
        if (depth > 0) {
          if ((name === 'td' || name === 'th') && depth === 1 && cells) cells.push(cell.replace(/\s+/g, ' ').trim());
          else if (name === 'tr' && depth === 1 && cells) {
            if (cells.some(Boolean)) lines.push(cells.join('\t'));
            cells = null;
          }
          if (name === 'table') depth--;
          return;
        }
        if (LINE.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}

/** Reads a Word 97–2003 (OLE) file's body text; throws InputError naming the conversion when it cannot. */
export function readDoc(file: string, bytes: Uint8Array, what: string, convertHint: string): string {
  let text: string;
  try {
    text = convertSync('doc', bytes).text;
  } catch (e) {
    throw new InputError(file, `is ${what} that could not be read (${(e as Error).message}); ${convertHint}`);
  }
  // word-extractor ends a table row with a tab, and marks cells and fields with control characters
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .split('\n')
    .map((l) => l.replace(/\t+$/, '').trim())
    .filter(Boolean)
    .join('\n');
}
