// The side-by-side comparison: per canonical section, rows of aligned units, one cell per report.
import type { Report, TemplatePart } from '../model.js';
import type { Topic } from '../profiles/types.js';
import { commonProfile } from '../profiles/index.js';
import { alignUnits, type AlignOptions } from './align.js';
import { shortAgencyNames } from './agency.js';
import { compileTopics, mentionsIn, type CompiledTopic } from './topics.js';
import { sectionsOf, unitsOf, type Unit } from './units.js';

/** A report as a column: its file and the short agency name that heads it. */
export interface Column {
  file: string;
  agency: string;
}

/** A unit as shown in a cell. Offsets index that report's Report.text. */
export type UnitRef = Pick<Unit, 'marker' | 'title' | 'parent' | 'text' | 'start' | 'end'>;

export interface ComparisonCell {
  file: string;
  /** Empty where the report has nothing in this row. */
  units: UnitRef[];
}

export interface ComparisonRow {
  /** Stable within one comparison: section and row number. */
  id: string;
  section: TemplatePart;
  /** The title of the member most typical of the row. */
  label: string;
  /** The topic most members speak of, or null. */
  topic: string | null;
  /** How many reports have something in this row. */
  reports: number;
  /** Only one report (of several) has it. */
  unique: boolean;
  /** Every report has it. */
  shared: boolean;
  /** Mean similarity of the members to the row (1 for a single unit). */
  cohesion: number;
  /** One per column, in column order; with `sparse`, only the columns whose report has units here (see denseCells). */
  cells: ComparisonCell[];
}

export interface SectionHeading {
  file: string;
  /** The heading as written, or null where the report has no such part or it has no heading. */
  heading: string | null;
  /** Found by its wording inside another part (……但也存在一些薄弱环节:一是……). */
  inferred: boolean;
  /** The report has this part at all. */
  present: boolean;
}

export interface ComparisonSection {
  section: TemplatePart;
  headings: SectionHeading[];
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: Column[];
  sections: ComparisonSection[];
}

export interface CompareOptions extends AlignOptions {
  /** Which canonical parts, in this order (default: all five of the template). */
  sections?: readonly TemplatePart[];
  /** Topic list (default: the 法治政府 profile's). */
  topics?: Topic[];
  /**
   * Cells only where a report has units (the JSON form): most rows hold a few of many reports, and one empty cell per
   * report and row made 500 varied reports 300 MB of JSON. Still in column order; denseCells restores the rest.
   */
  sparse?: boolean;
}

/** Reports in column order: by file name, so that any input order gives the same table. */
export function orderReports(reports: Report[]): Report[] {
  return [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Puts arrays laid out in column order (orderReports) back in the order the reports were given: rows are formed
 * the same whatever the order, and the columns come out as the user listed the reports.
 */
export function inputOrder(input: Report[]): <T>(inColumnOrder: T[]) => T[] {
  const sorted = orderReports(input);
  const used = new Set<number>();
  // the same Report may be given twice: each input takes the next unused column that holds it
  const at = input.map((r) => {
    const i = sorted.findIndex((s, j) => s === r && !used.has(j));
    used.add(i);
    return i;
  });
  return (xs) => at.map((i) => xs[i]);
}

export function columnsOf(reports: Report[]): Column[] {
  const names = shortAgencyNames(reports);
  return reports.map((r, i) => ({ file: r.file, agency: names[i] }));
}

export function toRef(u: Unit): UnitRef {
  return { marker: u.marker, title: u.title, parent: u.parent, text: u.text, start: u.start, end: u.end };
}

/** The topic most of a group's units mention affirmatively (first in the list on a tie). */
export function dominantTopic(units: Unit[], topics: CompiledTopic[]): string | null {
  const votes = new Map<string, number>();
  for (const u of units) {
    const ids = new Set(mentionsIn(u, topics).filter((m) => !m.negated).map((m) => m.topic));
    for (const id of ids) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const ct of topics) {
    const v = votes.get(ct.topic.id) ?? 0;
    if (v > n) (best = ct.topic.id), (n = v);
  }
  return best;
}

/** Aligns every selected section of the reports. */
export function compareReports(input: Report[], opts: CompareOptions = {}): Comparison {
  const reports = orderReports(input);
  const columns = columnsOf(reports);
  const topics = compileTopics(opts.topics ?? commonProfile(reports).topics);
  const columnOf = new Map<string, number>();
  reports.forEach((r, i) => columnOf.has(r.file) || columnOf.set(r.file, i));
  const sections = (opts.sections ?? commonProfile(reports).order).map((section) => {
    const headings = reports.map((r) => {
      const secs = sectionsOf(r, section);
      return { file: r.file, heading: secs[0]?.heading ?? null, inferred: secs.some((s) => !!s.inferred), present: secs.length > 0 };
    });
    const groups = alignUnits(
      reports.map((r) => unitsOf(r, section)),
      opts,
    );
    const rows = groups
      .map((g) => ({ g, pos: g.units.reduce((s, u) => s + (u.of > 1 ? u.index / (u.of - 1) : 0), 0) / g.units.length }))
      // document order, on average over the reports that have the row; ties by first member
      .sort((x, y) => x.pos - y.pos || firstKey(x.g.units, reports) - firstKey(y.g.units, reports))
      .map(({ g }, i): ComparisonRow => {
        const n = g.units.length;
        return {
          id: `${section}-${i + 1}`,
          section,
          label: g.representative.title,
          topic: dominantTopic(g.units, topics),
          reports: n,
          unique: n === 1 && reports.length > 1,
          shared: n === reports.length && reports.length > 1,
          cohesion: round(g.cohesion),
          cells: opts.sparse
            ? sparseCells(g.units, reports, columnOf)
            : reports.map((r) => ({ file: r.file, units: g.units.filter((u) => u.file === r.file).map(toRef) })),
        };
      });
    return { section, headings, rows };
  });
  const given = inputOrder(input);
  // sparse cells are not one per column: they are put in the input's column order by file
  const inputAt = new Map<string, number>();
  input.forEach((r, i) => inputAt.has(r.file) || inputAt.set(r.file, i));
  const ordered = (cells: ComparisonCell[]) =>
    opts.sparse ? [...cells].sort((a, b) => inputAt.get(a.file)! - inputAt.get(b.file)!) : given(cells);
  return {
    columns: given(columns),
    sections: sections.map((s) => ({ ...s, headings: given(s.headings), rows: s.rows.map((row) => ({ ...row, cells: ordered(row.cells) })) })),
  };
}

/** The cells of the reports that have units in a row, in column order, each unit where the dense form has it. */
function sparseCells(units: Unit[], reports: Report[], columnOf: Map<string, number>): ComparisonCell[] {
  const byColumn = new Map<number, UnitRef[]>();
  for (const u of units) {
    const c = columnOf.get(u.file)!;
    const list = byColumn.get(c);
    if (list) list.push(toRef(u));
    else byColumn.set(c, [toRef(u)]);
  }
  return [...byColumn.keys()].sort((a, b) => a - b).map((c) => ({ file: reports[c].file, units: byColumn.get(c)! }));
}

/**
 * The dense cells of a sparse row: one per column, in column order, the row's cell for that column's file or
 * `{ file, units: [] }` where it has none. `compareReports(r, { sparse: true })` rows through this equal the
 * rows of `compareReports(r)`.
 */
export function denseCells(cells: readonly ComparisonCell[], columns: readonly Column[]): ComparisonCell[] {
  const byFile = new Map(cells.map((c) => [c.file, c.units]));
  return columns.map((c) => ({ file: c.file, units: byFile.get(c.file) ?? [] }));
}

function firstKey(units: Unit[], reports: Report[]): number {
  const u = units[0];
  return reports.findIndex((r) => r.file === u.file) * 1e6 + u.index;
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
