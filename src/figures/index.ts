// The numbers each report gives, and side by side across reports: plain data in (Report[]), plain data out.
//
//   findFigures(reports) → { reports: [ { file, agency, year } ],
//                            figures: [ { file, section, item, value, unit, qualifier, text, start, end, topic } ],
//                            tables: [ { file, table, row, column, value, unit, start, end } ],
//                            unsplit: [ { file, table, row, columns, digits, start, end, reason } ] }
//   figuresSideBySide(result) → { columns: [ { file, agency } ], rows: [ { topic, label, unit, cells: [ { file, values, figures } ] } ] }
import type { Report } from '../model.js';
import { profileOf } from '../profiles/index.js';
import { shortAgencyNames } from '../compare/agency.js';
import { figuresOf, type Figure } from './extract.js';
import { readTables, type TableCell, type TableSpec, type UnsplitRow } from './tables.js';
import { XXGK_TABLES } from './xxgk-tables.js';

export { figuresOf, figuresIn, UNITS, type Figure } from './extract.js';
export { readHanNumeral, readNumber } from './numerals.js';
export { readTables, type TableSpec, type TableCell, type UnsplitRow } from './tables.js';
export { XXGK_TABLES } from './xxgk-tables.js';
export { concreteness, sentenceKind, type Concreteness, type PartConcreteness, type SentenceKind } from './concreteness.js';

export interface FiguresResult {
  reports: { file: string; agency: string | null; year: number | null }[];
  /** Figures told in the text, per report in input order, then in document order. */
  figures: Figure[];
  /** Cells of mandated tables read back from flattened text. */
  tables: TableCell[];
  /** Table rows whose cells ran together: not read. */
  unsplit: UnsplitRow[];
}

export interface FiguresOptions {
  /** Mandated tables to read back where a report has them (default: the 政府信息公开 tables). */
  tables?: TableSpec[];
}

export function findFigures(reports: Report[], opts: FiguresOptions = {}): FiguresResult {
  const specs = opts.tables ?? XXGK_TABLES;
  const out: FiguresResult = { reports: [], figures: [], tables: [], unsplit: [] };
  for (const r of reports) {
    out.reports.push({ file: r.file, agency: r.meta.agency, year: r.meta.year });
    out.figures.push(...figuresOf(r));
    const t = readTables(r, specs);
    out.tables.push(...t.cells);
    out.unsplit.push(...t.unsplit);
  }
  return out;
}

export interface SideBySideCell {
  file: string;
  /** The values this report gives for the row, in document order. */
  values: number[];
  /** Their positions in FiguresResult.figures (or .tables for table rows). */
  figures: number[];
  /** A table row that ran together: what the report has instead of values. */
  unsplit?: string;
}

export interface SideBySideRow {
  /** Profile topic id, the table's name for table rows, or null for figures of no topic. */
  topic: string | null;
  label: string;
  unit: string;
  cells: SideBySideCell[];
}

export interface SideBySide {
  /** One per report, in input order: short agency name and the year reported on. */
  columns: { file: string; agency: string; year: number | null }[];
  rows: SideBySideRow[];
}

/**
 * One row per topic and unit (topics in the profile's order, then figures of no topic), then one per table row and
 * column; a cell per report in input order.
 */
export function figuresSideBySide(result: FiguresResult, reports: Report[]): SideBySide {
  const names = shortAgencyNames(reports);
  const columns = reports.map((r, i) => ({ file: r.file, agency: names[i], year: r.meta.year }));
  const col = new Map(columns.map((c, i) => [c.file, i]));
  const topicOrder = new Map<string, { n: number; label: string }>();
  for (const r of reports) for (const t of profileOf(r).topics) if (!topicOrder.has(t.id)) topicOrder.set(t.id, { n: topicOrder.size, label: t.label });
  const rows = new Map<string, SideBySideRow & { order: [number, number, number] }>();
  const unitOrder = (u: string) => { const i = UNIT_ORDER.indexOf(u); return i < 0 ? UNIT_ORDER.length : i; };
  const rowFor = (key: string, make: () => SideBySideRow & { order: [number, number, number] }) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = make()));
    return row;
  };
  const emptyCells = () => columns.map((c) => ({ file: c.file, values: [] as number[], figures: [] as number[] }));
  result.figures.forEach((f, i) => {
    const c = col.get(f.file);
    if (c === undefined) return;
    const t = f.topic !== null ? topicOrder.get(f.topic) : undefined;
    const row = rowFor(`f\u0000${f.topic}\u0000${f.unit}`, () => ({
      topic: f.topic,
      label: t?.label ?? '(no topic)',
      unit: f.unit,
      cells: emptyCells(),
      order: [0, t ? t.n : topicOrder.size, unitOrder(f.unit)],
    }));
    row.cells[c].values.push(f.value);
    row.cells[c].figures.push(i);
  });
  let tableRow = 0;
  const tableRowOf = new Map<string, number>();
  const place = (key: string) => {
    if (!tableRowOf.has(key)) tableRowOf.set(key, tableRow++);
    return tableRowOf.get(key)!;
  };
  // table rows in the order the reports give them (the format's order), a row that ran together in its place
  const entries = [
    ...result.tables.map((t, i) => ({ file: t.file, start: t.start, cell: t, i, unsplit: null as UnsplitRow | null })),
    ...result.unsplit.map((u) => ({ file: u.file, start: u.start, cell: null as TableCell | null, i: -1, unsplit: u })),
  ].sort((a, b) => (col.get(a.file) ?? 0) - (col.get(b.file) ?? 0) || a.start - b.start);
  for (const e of entries) {
    const c = col.get(e.file);
    if (c === undefined) continue;
    if (e.cell) {
      const t = e.cell;
      const key = `t\u0000${t.table}\u0000${t.row}\u0000${t.column}`;
      const row = rowFor(key, () => ({ topic: t.table, label: `${t.row} · ${t.column}`, unit: t.unit, cells: emptyCells(), order: [1, place(`${t.table}\u0000${t.row}`), place(key)] }));
      row.cells[c].values.push(t.value);
      row.cells[c].figures.push(e.i);
    } else if (e.unsplit) {
      const u = e.unsplit;
      const key = `u\u0000${u.table}\u0000${u.row}`;
      const row = rowFor(key, () => ({ topic: u.table, label: `${u.row} · ${u.columns.length} cells`, unit: '', cells: emptyCells(), order: [1, place(`${u.table}\u0000${u.row}`), -1] }));
      (row.cells[c] as SideBySideCell).unsplit = `cannot split ${u.digits}`;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return { columns, rows: sorted.map(({ order: _order, ...row }) => row) };
}

/** Units in the order a reader scans them: counts of things first, money and shares after. */
const UNIT_ORDER = ['件', '次', '场', '场次', '人', '人次', '名', '家', '户', '个', '项', '条', '篇', '份', '期', '批', '万元', '亿元', '元', '%', '个百分点'];
