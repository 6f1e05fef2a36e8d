// The comparison document as plain data: who wrote what, each mandated part side by side, and (when the compare and
// reuse analyses are given) topic coverage and shared passages. The HTML renderer only lays this out.
import { type Canonical, type Item, type Report, type Section, type TemplatePart } from '../model.js';
import { checkReport, type ReportCheck } from '../check/index.js';
import { compareReports, buildMatrix, orderReports, shortAgencyNames, type Matrix } from '../compare/index.js';
import { findReuse, seriesKeys, seriesReuse, type ReuseResult } from '../reuse/index.js';
import { commonProfile } from '../profiles/index.js';
import { concreteness, type Concreteness } from '../figures/concreteness.js';
import { trackSeries, mergeNameVariants, type Track } from '../track/index.js';

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
  /** Share of specific and of formula sentences (null when it could not be measured). */
  concreteness?: Concreteness | null;
}

/** A stretch of one report's text: a point of a part, with offsets into Report.text. */
export interface Cell {
  file: string;
  marker: string | null;
  title: string;
  text: string;
  start: number;
  end: number;
  /** Words the alignment leaves out (a part's lead-in paragraph), shown where they stand in the report. */
  lead?: boolean;
}

/** One row of a part: per report (same order as `reports`) the points that say the same thing; empty where none. */
export interface RowView {
  /** What the row is about (the most typical point's title), null for rows in plain order. */
  label: string | null;
  /** The topic most points of the row speak of (its label). */
  topic: string | null;
  cells: Cell[][];
}

export interface PartView {
  part: TemplatePart | 'unknown';
  /** Per report (same order as `reports`): the part's headings, or why there is none. */
  heads: Array<{ file: string; headings: Cell[]; inferred: boolean; present: boolean }>;
  rows: RowView[];
  /** How rows were formed: "aligned" by content, or in "order" of appearance. */
  rowsBy: 'aligned' | 'order';
}

/** Topic coverage: compare's matrix (topics × reports). */
export type CoverageMatrix = Matrix;

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

/** One agency across years (as `reuse --series` and `track` group reports), and how much each year repeats the last. */
export interface SeriesView {
  /** The agency as the reports sign it (variants with and without the city merged). */
  name: string;
  /** Its reports by year, then file order; each with the share of its text found in the previous year's report. */
  reports: Array<{ file: string; year: number; previousFile: string | null; containment: number | null }>;
  /** Mean of the year-over-year shares; null when no report has a previous one. */
  meanContainment: number | null;
}

export interface ReportDocument {
  /** The kind of the reports (one kind per document) and its template's parts, in order. */
  kind: { id: string; name: string; mandated: string[] };
  reports: ReportSummary[];
  parts: PartView[];
  coverage: CoverageMatrix | null;
  reuse: ReuseView | null;
  /** Plans followed up and problems repeated, where reports of one series follow year on year; null when none do. */
  track?: Track | null;
  /** Reports clustered into series, in order of each series' first report; reports with no agency or year in none. */
  series?: SeriesView[];
  /** Reports in no series (no agency or no year found). */
  unassigned?: string[];
  /** What the document leaves out and why, said in the page. */
  notes: string[];
}

export interface ReportDocumentOptions {
  /** Align points across reports by content (else: in order of appearance). Default true. */
  align?: boolean;
  /** Count topics per report. Default true. */
  coverage?: boolean;
  /** Find shared passages. Default true. */
  reuse?: boolean;
  /** How many of the shared passages to list and highlight. Default 20. */
  passages?: number;
}

function summarise(r: Report, label: string): ReportSummary {
  const m = r.meta;
  return {
    file: r.file,
    label,
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
      if (report.text.slice(bodyStart, s.end).trim()) cells.push(cell(report, { marker: null, title: '', start: bodyStart, end: s.end }));
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

/** Text is re-cut from Report.text so that offsets and text always agree (highlights depend on it). */
function cell(report: Report, it: Pick<Item, 'marker' | 'title' | 'start' | 'end'>): Cell {
  const text = report.text.slice(it.start, it.end).replace(/\s+$/, '');
  return { file: report.file, marker: it.marker, title: it.title, text, start: it.start, end: it.start + text.length };
}

/**
 * The alignment compares points, and leaves out what is not one (a lead-in such as ……但也存在一些薄弱环节:).
 * A reader needs those words: each left-out stretch goes into the report's column just before the point that
 * follows it, or after the last one.
 */
function keepLeftOut(report: Report, part: Canonical, rows: RowView[], column: number, columns: number): void {
  const covered = rows.flatMap((row) => row.cells[column]).sort((a, b) => a.start - b.start);
  const gaps: Cell[] = [];
  for (const s of report.sections.filter((x) => x.canonical === part)) {
    let at = bodyStartOf(report, s);
    for (const c of [...covered.filter((c) => c.end > at && c.start < s.end), null]) {
      const to = c ? Math.max(at, c.start) : s.end;
      const words = report.text.slice(at, to);
      if (/[\p{L}\p{N}]/u.test(words)) {
        // trim to the words themselves so that offsets and text agree
        const start = at + (words.length - words.trimStart().length);
        gaps.push({ ...cell(report, { marker: null, title: '', start, end: to }), lead: true });
      }
      if (c) at = Math.max(at, c.end);
    }
  }
  for (const g of gaps) {
    const next = rows.find((row) => row.cells[column].some((c) => !c.lead && c.start >= g.end));
    const host = next ?? [...rows].reverse().find((row) => row.cells[column].length);
    if (host) {
      host.cells[column].push(g);
      host.cells[column].sort((a, b) => a.start - b.start);
    } else {
      rows.push({ label: null, topic: null, cells: Array.from({ length: columns }, (_, i) => (i === column ? [g] : [])) });
    }
  }
}

/** Cells side by side in order of appearance: the n-th point of each report in row n. */
function rowsInOrder(columns: Cell[][]): RowView[] {
  const n = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: n }, (_, i) => ({ label: null, topic: null, cells: columns.map((c) => (c[i] ? [c[i]] : [])) }));
}

/** Share of a's characters found in b, for every ordered pair; the diagonal is null. */
function reuseView(reports: Report[], result: ReuseResult, top: number): ReuseView {
  const files = reports.map((r) => r.file);
  const at = new Map(files.map((f, i) => [f, i]));
  const n = files.length;
  const grid = () => files.map((_, i) => files.map((__, j): number | null => (i === j ? null : 0)));
  const containment = grid();
  const sharedChars = grid();
  for (const p of result.pairs) {
    const a = at.get(p.a);
    const b = at.get(p.b);
    if (a === undefined || b === undefined) continue;
    containment[a][b] = p.containmentA;
    containment[b][a] = p.containmentB;
    sharedChars[a][b] = p.sharedChars;
    sharedChars[b][a] = Math.round(p.containmentB * reports[b].text.length);
  }
  const ratio = files.map((f) => result.reports.find((r) => r.file === f)?.reuseRatio ?? null);
  // the passages a reader should see first: long ones, spread over many reports
  const weight = (p: ReuseResult['passages'][number]) => p.chars * (new Set(p.occurrences.map((o) => o.file)).size - 1);
  const passages = [...result.passages]
    .filter((p) => new Set(p.occurrences.map((o) => o.file)).size > 1)
    .sort((x, y) => weight(y) - weight(x) || y.chars - x.chars || (x.text < y.text ? -1 : 1))
    .slice(0, top)
    .map((p, i) => ({ id: i + 1, text: p.text, occurrences: p.occurrences.map((o) => ({ file: o.file, start: o.start, end: o.end, section: o.section })) }));
  return { files, ratio, containment: n ? containment : [], sharedChars: n ? sharedChars : [], passages };
}

/**
 * Series by the parsed agency and year, name variants merged as `track` merges them; year over year, the share of
 * each report found in the previous year's report of its series (from the reuse passages, when there are any).
 */
function seriesView(reports: Report[], result: ReuseResult | null): { series: SeriesView[]; unassigned: string[] } {
  const keys = seriesKeys(reports);
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k) return;
    const list = groups.get(k.series) ?? [];
    list.push(i);
    groups.set(k.series, list);
  });
  mergeNameVariants(groups);
  const nameOf = new Map<number, string>();
  for (const [name, members] of groups) for (const i of members) nameOf.set(i, name);
  const merged = keys.map((k, i) => (k ? { series: nameOf.get(i)!, year: k.year } : null));
  const unassigned = reports.filter((_, i) => !merged[i]).map((r) => r.file);
  const order = (name: string) => Math.min(...groups.get(name)!);
  if (result) {
    const sr = seriesReuse(reports, result, merged);
    const series = sr.series
      .map((s) => ({ name: s.series, reports: s.reports.map((x) => ({ file: x.file, year: x.year, previousFile: x.previousFile, containment: x.containment })), meanContainment: s.meanContainment }))
      .sort((a, b) => order(a.name) - order(b.name));
    return { series, unassigned };
  }
  const series = [...groups.keys()]
    .sort((a, b) => order(a) - order(b))
    .map((name) => ({
      name,
      reports: groups
        .get(name)!
        .slice()
        .sort((x, y) => merged[x]!.year - merged[y]!.year || x - y)
        .map((i) => ({ file: reports[i].file, year: merged[i]!.year, previousFile: null, containment: null })),
      meanContainment: null,
    }));
  return { series, unassigned };
}

/** Runs an analysis; a failure becomes a note in the page rather than no page at all. */
function attempt<T>(what: string, notes: string[], run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    notes.push(`${what} failed: ${(e as Error).message}`);
    return null;
  }
}

export function buildReportDocument(input: Report[], opts: ReportDocumentOptions = {}): ReportDocument {
  const notes: string[] = [];
  // the same column order as compare's tables: by file, whatever order the inputs came in
  const reports = orderReports(input);
  const labels = shortAgencyNames(reports);
  const profile = commonProfile(reports);
  const parts: Array<TemplatePart | 'unknown'> = [...profile.order];
  if (reports.some((r) => r.sections.some((s) => s.canonical === 'unknown'))) parts.push('unknown');
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const topicLabel = new Map(profile.topics.map((t) => [t.id, t.label]));

  const aligned = opts.align === false ? null : attempt('Aligning points', notes, () => compareReports(reports));
  const views: PartView[] = parts.map((part) => {
    const heads = reports.map((r) => {
      const secs = r.sections.filter((s) => s.canonical === part);
      return {
        file: r.file,
        headings: secs.filter((s) => s.heading !== null).map((s) => cell(r, { marker: null, title: '', start: s.start, end: s.start + s.heading!.length })),
        inferred: secs.length > 0 && secs.every((s) => s.inferred),
        present: secs.length > 0,
      };
    });
    const sec = aligned?.sections.find((s) => s.section === part);
    if (sec) {
      const rows = sec.rows.map((row) => ({
        label: row.label || null,
        topic: row.topic ? (topicLabel.get(row.topic) ?? row.topic) : null,
        cells: row.cells.map((c) => c.units.map((u) => cell(byFile.get(c.file)!, u))),
      }));
      reports.forEach((r, i) => keepLeftOut(r, part, rows, i, reports.length));
      return { part, heads, rows, rowsBy: 'aligned' as const };
    }
    return { part, heads, rows: rowsInOrder(reports.map((r) => cellsOf(r, part))), rowsBy: 'order' as const };
  });

  const coverage = opts.coverage === false ? null : attempt('Counting topics', notes, () => buildMatrix(reports));
  const reuseResult = opts.reuse === false ? null : attempt('Finding shared passages', notes, () => findReuse(reports));
  const reuse = reuseResult ? reuseView(reports, reuseResult, opts.passages ?? 20) : null;
  if (coverage && !coverage.rows.length) notes.push('No topic coverage matrix: the profile has no topics.');
  const conc = attempt('Measuring concreteness', notes, () => concreteness(reports, reuseResult));
  const tracked = attempt('Following plans across years', notes, () => trackSeries(reports));
  const clustered = attempt('Grouping reports into series', notes, () => seriesView(reports, reuseResult));
  const track = tracked && tracked.series.some((s) => s.steps.length) ? { series: tracked.series.filter((s) => s.steps.length) } : null;

  return {
    kind: { id: profile.id, name: profile.name, mandated: profile.mandated },
    reports: reports.map((r, i) => ({ ...summarise(r, labels[i]), concreteness: conc?.[i] ?? null })),
    track,
    parts: views,
    coverage: coverage && coverage.rows.length ? coverage : null,
    reuse,
    series: clustered?.series ?? [],
    unassigned: clustered?.unassigned ?? [],
    notes,
  };
}

/**
 * A part as seen by some of the reports only (`columns`: indices into the document's reports, in the order wanted):
 * their heads and cells, and only the rows where one of them has something. For pages that show a few columns.
 */
export function partColumns(p: PartView, columns: number[]): PartView {
  const rows = p.rows
    .map((row) => ({ ...row, cells: columns.map((i) => row.cells[i] ?? []) }))
    .filter((row) => row.cells.some((c) => c.length));
  return { part: p.part, heads: columns.map((i) => p.heads[i]), rows, rowsBy: p.rowsBy };
}
