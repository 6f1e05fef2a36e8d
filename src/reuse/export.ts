// The cleaned reports as passim's input records (one JSON object per line: id, series, text), so a corpus too big
// for one machine can go to passim on a Spark cluster. Extra fields (year, sections) ride along; passim keeps them.
import type { Canonical, Report } from '../model.js';

export interface PassimRecord {
  /** Unique per document: the report's file path. */
  id: string;
  /** passim's grouping of documents: the agency (the file's directory when the agency is unknown). */
  series: string;
  /** Report.text: cleaned, simplified; the offsets below and in `govdiff reuse` point into it. */
  text: string;
  year: number | null;
  agency: string | null;
  /** Canonical parts as offsets into `text`. */
  sections: { canonical: Canonical; start: number; end: number }[];
}

export function toPassimRecord(r: Report): PassimRecord {
  const dir = r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : '.';
  return {
    id: r.file,
    series: r.meta.agency ?? dir,
    text: r.text,
    year: r.meta.year,
    agency: r.meta.agency,
    sections: r.sections.map((s) => ({ canonical: s.canonical, start: s.start, end: s.end })),
  };
}

/** JSON Lines, one record per report, in input order. */
export function toPassimLines(reports: Report[]): string {
  return reports.map((r) => JSON.stringify(toPassimRecord(r)) + '\n').join('');
}
