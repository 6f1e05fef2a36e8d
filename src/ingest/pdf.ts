// PDF text layer to report lines: runs grouped into lines by y, page furniture dropped (page numbers, running
// headers and footers, the red letterhead), lines broken at the page width joined back into paragraphs.
import { InputError } from '../model.js';
import { convertSync, LibraryError, type PdfPage, type PdfRun } from './bridge.js';

export interface PdfText {
  text: string;
  warnings: string[];
}

export const NO_TEXT_LAYER = 'has no text layer (scanned?); govdiff does no OCR';

/** Reads a PDF's text layer; throws InputError for a scanned, encrypted or damaged file. */
export function readPdf(file: string, bytes: Uint8Array): PdfText {
  let pages: PdfPage[];
  try {
    pages = convertSync('pdf', bytes).pages;
  } catch (e) {
    throw new InputError(file, pdfFailure(e as Error));
  }
  return pdfPagesToText(file, pages);
}

function pdfFailure(e: Error): string {
  if (e instanceof LibraryError) {
    if (e.kind === 'PasswordException') return 'is a password-protected PDF';
    if (e.kind === 'InvalidPDFException') return `is not a valid PDF (${e.message})`;
    return `could not be read as PDF: ${e.message}`;
  }
  return `could not be read as PDF: ${e.message}`;
}

export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const WORDY = /[A-Za-z0-9]/;
// Kangxi radicals and compatibility ideographs stand in for ordinary characters in many Word-made PDFs (⼯作 for 工作)
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/**
 * A run with spaces inside, in pieces at estimated positions. pdfjs writes a space where another font's glyph
 * sits in the gap (LibreOffice draws “ ” in a fallback font over such gaps): in pieces they sort into place.
 */
function splitRun(r: PdfRun): PdfRun[] {
  const [str, x, y, width, size, eol] = r;
  if (!/\S\s+\S/.test(str)) return [r];
  const em = (c: string) => (CJK.test(c) ? 1 : 0.55);
  const chars = [...str];
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const inked = chars.reduce((n, c) => n + (/\s/.test(c) ? 0 : em(c)), 0);
  const spaceWidth = Math.max(0, (width - inked * size) / spaces);
  const out: PdfRun[] = [];
  let at = x;
  for (const piece of str.split(/(\s+)/)) {
    const w = /^\s+$/.test(piece) ? [...piece].length * spaceWidth : [...piece].reduce((n, c) => n + em(c) * size, 0);
    if (piece) out.push([piece, at, y, w, size, eol]);
    at += w;
  }
  return out;
}

/** The runs of one page as lines, top to bottom. */
export function pageLines(runs: PdfRun[], page: number): Line[] {
  const kept = runs.filter((r) => r[0].length > 0 && r[4] > 0).flatMap(splitRun);
  kept.sort((a, b) => b[2] - a[2] || a[1] - b[1]);
  const groups: PdfRun[][] = [];
  for (const r of kept) {
    const g = groups[groups.length - 1];
    // same baseline within a fraction of the smaller size: superscripts and mixed fonts stay on their line
    if (g && Math.abs(g[0][2] - r[2]) <= 0.4 * Math.min(g[0][4], r[4])) g.push(r);
    else groups.push([r]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a[1] - b[1]);
    let text = '';
    let right = -Infinity;
    const size = [...g].sort((a, b) => b[0].length - a[0].length)[0][4];
    for (const [i, r] of g.entries()) {
      const str = r[0];
      if (!str.trim()) {
        // a space the writer put between Chinese and a digit or Latin letter is layout, not text
        const prev = text.slice(-1);
        const next = g[i + 1]?.[0][0] ?? '';
        if (!prev || !next || CJK.test(prev) || CJK.test(next)) continue;
        text += ' ';
        continue;
      }
      if (text && r[1] - right > 1.5 * size) text += '\t'; // a wide gap: table cells or tab stops
      else if (text && WORDY.test(text.slice(-1)) && WORDY.test(str[0]) && r[1] - right > 0.15 * size) text += ' ';
      text += str;
      right = Math.max(right, r[1] + r[3]);
    }
    text = text.replace(LOOKALIKE, (c) => c.normalize('NFKC')).trim();
    if (!text) continue;
    const first = g.find((r) => r[0].trim()) as PdfRun;
    lines.push({ text, x: first[1], right, y: g[0][2], size, page });
  }
  return lines;
}

const PAGE_NUMBER = [
  /^[-—–－~〜\s]*\d{1,4}[-—–－~〜\s]*$/, // - 3 -, — 3 —, 3
  /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/, // 第3页, 第3页 共9页
  /^\d+\s*\/\s*\d+$/, // 3 / 9
  /^(page|p\.)\s*\d+(\s*(of|\/)\s*\d+)?$/i,
];
export const isPageNumber = (s: string) => PAGE_NUMBER.some((re) => re.test(s.trim()));

/** The same header or footer on every page, whatever its page number. */
const furnitureKey = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Drops page numbers and running headers and footers: the first and last lines of pages that repeat. */
export function dropPageFurniture(pages: Line[][]): Line[][] {
  const edge = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const l of edge(lines)) {
      const k = furnitureKey(l.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }
  });
  // on two or more pages and at least half of them (a first page often has its own header, or none)
  const repeated = (l: Line) => {
    const n = seen.get(furnitureKey(l.text))?.size ?? 0;
    return pages.length >= 2 && n >= 2 && n >= pages.length / 2;
  };
  return pages.map((lines) => {
    const out = [...lines];
    // at most two lines at each edge: a header and its rule's caption, a footer and a page number
    for (let i = 0; i < 2 && out.length && (isPageNumber(out[0].text) || repeated(out[0])); i++) out.shift();
    for (let i = 0; i < 2 && out.length && (isPageNumber(out[out.length - 1].text) || repeated(out[out.length - 1])); i++) out.pop();
    return out;
  });
}

const ENDS_SENTENCE = /(?:[。！？!?；;：:…]|[。！？!?][”’」』)）])$/;
const STARTS_POINT = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳]|[一二三四五六七八九十]是)/;

interface Paragraph {
  text: string;
  size: number;
  page: number;
  gapBefore: boolean;
}

/** Joins lines broken at the page width back into paragraphs. */
export function joinLines(lines: Line[]): Paragraph[] {
  if (!lines.length) return [];
  const body = median(lines.map((l) => l.size));
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.15 * body);
  // the left margin: the leftmost position shared by several lines (a first-line indent or a centred title is right of it)
  const xs = bodyLines.map((l) => Math.round(l.x));
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= Math.max(2, xs.length * 0.05)).map(([x]) => x);
  const left = shared.length ? Math.min(...shared) : median(xs);
  // the right margin: where most long lines end (justified text ends there; hanging punctuation a little past)
  const long = bodyLines.filter((l) => l.text.length >= 10).map((l) => l.right);
  const rightMargin = long.length ? median(long.sort((a, b) => b - a).slice(0, Math.max(1, Math.ceil(long.length / 2)))) : Math.max(...lines.map((l) => l.right));
  const spacing = median(
    lines.slice(1).flatMap((l, i) => (l.page === lines[i].page && Math.abs(l.size - lines[i].size) < 0.15 * l.size ? [lines[i].y - l.y] : [])),
  ) || body * 1.5;
  const indentOf = (l: Line) => (l.x - left) / l.size;
  const isIndentStart = (l: Line) => indentOf(l) > 1.2 && indentOf(l) < 3.2;
  // most paragraphs of a Chinese document open with a two-character indent: then a full line ending a sentence
  // followed by an unindented line is still one paragraph
  const indented = bodyLines.filter(isIndentStart).length >= Math.max(2, bodyLines.filter((l) => Math.abs(indentOf(l)) < 0.5).length * 0.1);

  const out: Paragraph[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    const cur = out[out.length - 1];
    const gap = prev && prev.page === l.page ? prev.y - l.y : spacing;
    const join =
      prev &&
      cur &&
      Math.abs(prev.size - l.size) < 0.15 * l.size &&
      prev.right >= rightMargin - 1.2 * prev.size &&
      gap <= spacing * 1.3 * Math.max(1, l.size / body) &&
      !isIndentStart(l) &&
      (!ENDS_SENTENCE.test(prev.text) || (indented && !STARTS_POINT.test(l.text)));
    if (join) {
      const glue = WORDY.test(cur.text.slice(-1)) && WORDY.test(l.text[0]) && !/[-‐]$/.test(cur.text) ? ' ' : '';
      cur.text += glue + l.text;
    } else {
      out.push({ text: l.text, size: l.size, page: l.page, gapBefore: !!prev && gap > spacing * 1.8 });
    }
    prev = l;
  }
  return out;
}

const LETTERHEAD = /文件/; // 文件 ends the issuer's name, or stands beside stacked issuers' names
const DOC_NUMBER = /^(?:[\u4e00-\u9fff]{1,12}\s*[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号|签发人[:：])/;

/** The size most of the text is set in. */
function bodySize(xs: Array<{ text: string; size: number }>): number {
  const chars = new Map<number, number>();
  for (const x of xs) chars.set(Math.round(x.size), (chars.get(Math.round(x.size)) ?? 0) + x.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * The letterhead of a 公文: "XX人民政府文件" in type far larger than the title's at the top of page 1 (a joint one
 * stacks the issuers with 文件 beside them), then its document number.
 */
export function dropLetterhead(paras: Paragraph[]): Paragraph[] {
  if (!paras.length) return paras;
  const body = bodySize(paras);
  let i = 0;
  while (i < paras.length && i < 5 && paras[i].page === 1 && paras[i].size >= 1.6 * body) i++;
  if (!paras.slice(0, i).some((p) => LETTERHEAD.test(p.text.replace(/\s+/g, '')))) return paras;
  while (i < paras.length && paras[i].page === 1 && DOC_NUMBER.test(paras[i].text.replace(/\s+/g, ''))) i++;
  return paras.slice(i);
}

/** The text of a PDF's pages (what the worker extracted), as lines of paragraphs. */
export function pdfPagesToText(file: string, pages: PdfPage[]): PdfText {
  const lines = pages.map((p, i) => pageLines(p.runs, i + 1));
  const warnings: string[] = [];
  if (lines.every((l) => l.length === 0)) throw new InputError(file, NO_TEXT_LAYER);
  const blank = pages.flatMap((p, i) => (lines[i].length === 0 && p.images ? [i + 1] : []));
  if (blank.length) {
    const many = blank.length > 1;
    warnings.push(`${many ? 'pages' : 'page'} ${blank.join(', ')} of the PDF ${many ? 'have' : 'has'} no text layer (scanned?): ${many ? 'their' : 'its'} text is missing`);
  }
  const paras = dropLetterhead(joinLines(dropPageFurniture(lines).flat()));
  const text = paras.map((p, i) => (i > 0 && p.gapBefore ? '\n' : '') + p.text).join('\n');
  return { text, warnings };
}
