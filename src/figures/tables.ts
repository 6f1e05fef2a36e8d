// Mandated tables read back from flattened text. A page that lost its table keeps each row as its name followed by
// the cells' digits run together: 行政许可2629 (one cell: 2629), 规章000 (three cells of one digit each: 0 0 0), but
// 本年新收政府信息公开申请数量801000081 (nine digits for seven cells) cannot be told apart without guessing — those
// rows are listed as "cannot split", with the digits as found, and never read.
import type { Report } from '../model.js';

export interface TableRowSpec {
  /** The row's name as the format prints it (searched after the previous row). */
  label: string;
  /** Which occurrence of the label after the previous row (a row named only by its column heads); default 1. */
  nth?: number;
  /** The row's name in the output when the label is not one. */
  name?: string;
  columns: string[];
  unit: string;
}

export interface TableSpec {
  id: string;
  label: string;
  /** Words that open the table: rows are looked for after them. */
  anchor: string;
  rows: TableRowSpec[];
}

/** One cell read back. Offsets are of the row's digits in Report.text. */
export interface TableCell {
  file: string;
  table: string;
  row: string;
  column: string;
  value: number;
  unit: string;
  start: number;
  end: number;
}

/** A row whose cells ran together so that they cannot be told apart. */
export interface UnsplitRow {
  file: string;
  table: string;
  row: string;
  columns: string[];
  /** The digits as found. */
  digits: string;
  start: number;
  end: number;
  reason: string;
}

export interface TableReading {
  cells: TableCell[];
  unsplit: UnsplitRow[];
}

/** How far after the previous row a row's name may be (a row the report left out is skipped, not searched for). */
const ROW_WINDOW = 400;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names as flattened pages keep them: spaces may split them, brackets and quotes may be full- or half-width. */
function namePattern(label: string): RegExp {
  const chars = [...label].map((c) => (c === '“' || c === '”' ? '["“”]' : escape(c)));
  return new RegExp(chars.join('\\s*'), 'gu');
}

/** Reads every table of `specs` whose anchor the report has. */
export function readTables(report: Report, specs: TableSpec[]): TableReading {
  const out: TableReading = { cells: [], unsplit: [] };
  const text = report.text;
  for (const spec of specs) {
    const anchor = text.indexOf(spec.anchor);
    if (anchor < 0) continue;
    // find every row first: a row's digits end where the next row's name begins
    const found: { row: TableRowSpec; start: number; end: number }[] = [];
    let cursor = anchor + spec.anchor.length;
    for (const row of spec.rows) {
      const re = namePattern(row.label);
      re.lastIndex = cursor;
      let m: RegExpExecArray | null = null;
      for (let n = 0; n < (row.nth ?? 1); n++) {
        m = re.exec(text);
        if (!m || m.index - cursor > ROW_WINDOW * (row.nth ?? 1)) m = null;
        if (!m) break;
      }
      if (!m) continue;
      found.push({ row, start: m.index, end: m.index + m[0].length });
      cursor = m.index + m[0].length;
    }
    found.forEach((f, i) => {
      const limit = i + 1 < found.length ? found[i + 1].start : Math.min(text.length, f.end + 60);
      const after = text.slice(f.end, limit);
      // a note in brackets may follow the name: 部分公开(区分处理的,只计这一情形,不计其他情形)191000020
      const skip = /^\s*(?:[(（][^)）]*[)）]\s*)?/.exec(after)![0].length;
      const m = /^\d+(?:\.\d+)?/.exec(after.slice(skip));
      if (!m) return;
      let digits = m[0];
      // the next row's list marker sticks to the digits: 属于国家秘密00000002.其他…
      if (/^[.、．]\D/.test(text.slice(f.end + skip + digits.length, f.end + skip + digits.length + 2)) && digits.length > 1 && !digits.includes('.')) digits = digits.slice(0, -1);
      const start = f.end + skip;
      const end = start + digits.length;
      const name = f.row.name ?? f.row.label;
      const cols = f.row.columns;
      const base = { file: report.file, table: spec.label, row: name };
      if (cols.length === 1) {
        out.cells.push({ ...base, column: cols[0], value: Number(digits), unit: f.row.unit, start, end });
      } else if (digits.length === cols.length) {
        // one digit per cell: the only way these digits can be read
        cols.forEach((column, k) => out.cells.push({ ...base, column, value: Number(digits[k]), unit: f.row.unit, start: start + k, end: start + k + 1 }));
      } else {
        const reason =
          digits.length < cols.length
            ? `${digits.length} digits for ${cols.length} cells: some cells are missing`
            : `${digits.length} digits for ${cols.length} cells ran together: cannot split`;
        out.unsplit.push({ ...base, columns: cols, digits, start, end, reason });
      }
    });
  }
  return out;
}
