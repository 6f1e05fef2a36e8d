// Search: every place a word or phrase occurs, with the words around it (keyword in context), over an index (where
// SQLite's trigram index finds the sections) or over report files (parsed, then scanned). One matcher for both, so
// the two give the same lines.
import type { Report } from '../model.js';
import { convertToSimplified, foldWidth } from '../normalize/index.js';
import type { SectionRow } from './query.js';

/** One occurrence: the JSON contract of `govdiff search --json`. */
export interface SearchHit {
  file: string;
  agency: string | null;
  year: number | null;
  kind: string;
  /** The canonical part the occurrence is in (measures, problems…). */
  part: string;
  /** That part's heading, null where it has none. */
  heading: string | null;
  /** Where the match starts in the report's cleaned text (UTF-16 code units, as every offset in govdiff). */
  offset: number;
  /** Up to `context` characters before the match, within the part. */
  before: string;
  /** The text matched, as the report has it. */
  match: string;
  after: string;
}

/**
 * The query cleaned as report text is (simplified characters, full-width ASCII folded), so that 法律顧問 or
 * ＰＤＦ find what the reports, cleaned, say.
 */
export function cleanQuery(query: string): string {
  return convertToSimplified(foldWidth(query)).trim();
}

/** Offsets of `query` in `text`, left to right, not overlapping; ASCII letters match either case (as the index does). */
export function findAll(text: string, query: string): number[] {
  if (!query) return [];
  const lower = text.toLowerCase();
  // lowercasing that changes lengths (a few non-ASCII letters) would shift offsets: match as written then
  const [hay, needle] = lower.length === text.length ? [lower, query.toLowerCase()] : [text, query];
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** The hits in one section, given where it starts in its report's text. */
export function hitsIn(row: SectionRow, query: string, context: number): SearchHit[] {
  return findAll(row.text, query).map((at) => {
    const end = at + query.length;
    return {
      file: row.file,
      agency: row.agency,
      year: row.year,
      kind: row.kind,
      part: row.part,
      heading: row.heading,
      offset: row.start + at,
      before: sliceChars(row.text, at, -context),
      match: row.text.slice(at, end),
      after: sliceChars(row.text, end, context),
    };
  });
}

/** `n` characters (code points, not halves of a surrogate pair) before (n < 0) or after `at`. */
function sliceChars(text: string, at: number, n: number): string {
  if (n >= 0) return [...text.slice(at, at + 2 * n)].slice(0, n).join('');
  const chars = [...text.slice(Math.max(0, at + 2 * n), at)];
  return chars.slice(Math.max(0, chars.length + n)).join('');
}

/** A report's sections as search rows (report files: parsed, not indexed). */
export function sectionRows(r: Report, parts?: string[]): SectionRow[] {
  return r.sections
    .filter((s) => !parts?.length || parts.includes(s.canonical))
    .map((s) => ({ file: r.file, kind: r.kind, agency: r.meta.agency, year: r.meta.year, part: s.canonical, heading: s.heading, start: s.start, text: s.text }));
}

function cmp<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The order search lines come in: agency, year, file, offset (no agency and no year first, as SQL sorts NULL). */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return cmp(a.agency, b.agency) || cmp(a.year, b.year) || cmp(a.file, b.file) || a.offset - b.offset;
}
