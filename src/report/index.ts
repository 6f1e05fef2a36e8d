// The comparison document as plain data: who wrote what, each mandated part side by side, and (when the compare and
// reuse analyses are given) topic coverage and shared passages. The HTML renderer only lays this out.
import { TEMPLATE_PARTS, type Canonical, type Item, type Report, type Section, type TemplatePart } from '../model.js';
import { checkReport, type ReportCheck } from '../check/index.js';

/** One report as the metadata table shows it. */
export interface ReportSummary {
  file: string;
  /** A short name for column heads: the agency, else the file's name. */
  label: string;
  agency: string | null;
  agencies: string[];
  title: string | null;
  year: number | null;
  signedAt: string | null;
  publishedAt: string | null;
  source: string;
  chars: number;
  check: ReportCheck;
  warnings: string[];
}

/** A stretch of one report's text: a point of a part, with offsets into Report.text. */
export interface Cell {
  file: string;
  marker: string | null;
  title: string;
  text: string;
  start: number;
  end: number;
}

export interface PartView {
  part: TemplatePart | 'unknown';
  /** Per report (same order as `reports`): the part's headings, or why there is none. */
  heads: Array<{ file: string; headings: string[]; inferred: boolean; present: boolean }>;
  /** Each row holds one cell per report (null where that report has nothing in the row). */
  rows: Array<Array<Cell | null>>;
  /** How rows were formed: "aligned" by content, or in "order" of appearance. */
  rowsBy: 'aligned' | 'order';
}

/** Topic coverage as issue 3's compare gives it. */
export interface CoverageMatrix {
  columns: Array<{ file: string; agency: string | null }>;
  rows: Array<{
    section: string;
    topic: string;
    label: string;
    cells: Array<{ file: string; count: number; negated?: number | boolean; evidence?: string[] | string }>;
  }>;
}

/** One passage shared by several reports, and where it occurs. */
export interface SharedPassage {
  id: number;
  text: string;
  occurrences: Array<{ file: string; start: number; end: number; section?: Canonical | null }>;
}

export interface ReuseView {
  /** reports' files, in the order of `pairs` rows and columns */
  files: string[];
  /** Per report, the share of its text found in other reports (0..1), or null when unknown. */
  ratio: Array<number | null>;
  /** containment[i][j]: the share of report i's text also found in report j (0..1); the diagonal is null. */
  containment: Array<Array<number | null>>;
  /** sharedChars[i][j]: characters of i found in j. */
  sharedChars: Array<Array<number | null>>;
  passages: SharedPassage[];
}

export interface Comparison {
  reports: ReportSummary[];
  parts: PartView[];
  coverage: CoverageMatrix | null;
  reuse: ReuseView | null;
  /** What the document leaves out and why, said in the page. */
  notes: string[];
}

export interface ComparisonInputs {
  coverage?: CoverageMatrix | null;
  reuse?: ReuseView | null;
  /** Rows of aligned cells per part, when an alignment is available. */
  align?: (reports: Report[], part: TemplatePart) => Array<Array<Cell | null>> | null;
}

function summarise(r: Report): ReportSummary {
  const m = r.meta;
  const base = r.file.split(/[\\/]/).pop() ?? r.file;
  return {
    file: r.file,
    label: m.agency ?? base,
    agency: m.agency,
    agencies: m.agencies.length ? m.agencies : m.agency ? [m.agency] : [],
    title: m.title,
    year: m.year,
    signedAt: m.signedAt,
    publishedAt: m.publishedAt,
    source: `${m.format}, ${m.encoding}, ${m.script}`,
    chars: r.text.length,
    check: checkReport(r),
    warnings: r.warnings,
  };
}

/** A part's points in document order: top-level items, or the body as one cell where the part has none. */
export function cellsOf(report: Report, part: Canonical): Cell[] {
  const cells: Cell[] = [];
  for (const s of report.sections.filter((x) => x.canonical === part)) {
    const bodyStart = bodyStartOf(report, s);
    if (!s.items.length) {
      const text = report.text.slice(bodyStart, s.end);
      if (text.trim()) cells.push(cell(report, { marker: null, title: '', start: bodyStart, end: s.end }));
      continue;
    }
    // words before the first point (a part's lead-in paragraph) are a cell of their own
    if (s.items[0].start > bodyStart && report.text.slice(bodyStart, s.items[0].start).trim()) {
      cells.push(cell(report, { marker: null, title: '', start: bodyStart, end: s.items[0].start }));
    }
    for (const it of s.items) cells.push(cell(report, it));
  }
  return cells;
}

function bodyStartOf(report: Report, s: Section): number {
  if (!s.heading) return s.start;
  const nl = report.text.indexOf('\n', s.start);
  return nl < 0 || nl >= s.end ? s.end : nl + 1;
}

function cell(report: Report, it: Pick<Item, 'marker' | 'title' | 'start' | 'end'>): Cell {
  const text = report.text.slice(it.start, it.end).replace(/\s+$/, '');
  return { file: report.file, marker: it.marker, title: it.title, text, start: it.start, end: it.start + text.length };
}

/** Cells side by side in order of appearance: the n-th point of each report in row n. */
function rowsInOrder(columns: Cell[][]): Array<Array<Cell | null>> {
  const n = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i] ?? null));
}

export function buildComparison(reports: Report[], inputs: ComparisonInputs = {}): Comparison {
  const notes: string[] = [];
  const parts: Array<TemplatePart | 'unknown'> = [...TEMPLATE_PARTS];
  if (reports.some((r) => r.sections.some((s) => s.canonical === 'unknown'))) parts.push('unknown');

  const views: PartView[] = parts.map((part) => {
    const heads = reports.map((r) => {
      const secs = r.sections.filter((s) => s.canonical === part);
      return {
        file: r.file,
        headings: secs.map((s) => s.heading).filter((h): h is string => h !== null),
        inferred: secs.length > 0 && secs.every((s) => s.inferred),
        present: secs.length > 0,
      };
    });
    const aligned = part !== 'unknown' && inputs.align ? inputs.align(reports, part) : null;
    if (aligned) return { part, heads, rows: aligned, rowsBy: 'aligned' as const };
    return { part, heads, rows: rowsInOrder(reports.map((r) => cellsOf(r, part))), rowsBy: 'order' as const };
  });
  if (!inputs.align) notes.push('Points are set side by side in order of appearance: no alignment by content was available.');
  if (!inputs.coverage) notes.push('No topic coverage matrix: the compare analysis was not available.');
  if (!inputs.reuse) notes.push('No reuse heat map or shared passages: the reuse analysis was not available.');

  return {
    reports: reports.map(summarise),
    parts: views,
    coverage: inputs.coverage ?? null,
    reuse: inputs.reuse ?? null,
    notes,
  };
}
