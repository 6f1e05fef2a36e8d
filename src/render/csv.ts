// The coverage matrix as CSV (RFC 4180, CRLF): one row per topic, one column per agency, counts in the cells.
import type { Matrix } from '../compare/index.js';
import { cellText } from './table.js';

export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `bom` puts a byte-order mark first: Excel then reads the Chinese as UTF-8 instead of the system code page. */
export function renderMatrixCsv(m: Matrix, opts: { bom?: boolean } = {}): string {
  const lines = [['section', 'topic', 'label', ...m.columns.map((c) => c.agency)]];
  for (const r of m.rows) lines.push([r.section, r.topic ?? '', r.label, ...r.cells.map((c) => cellText(c) || '0')]);
  return (opts.bom ? '\uFEFF' : '') + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
