// The coverage matrix as terminal tables (cli-table3), in pages of agencies when they do not all fit.
import Table from 'cli-table3';
import type { Matrix, MatrixCell } from '../compare/index.js';
import { displayWidth, wrapText, type RenderContext } from './context.js';

/** What a cell says: how many points report it, and how many only say it did not happen. */
export function cellText(c: MatrixCell): string {
  const parts: string[] = [];
  if (c.count) parts.push(String(c.count));
  if (c.negated) parts.push(`未${c.negated}`);
  return parts.join(' ');
}

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+',
  'bottom-right': '+', left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

const MIN_CELL = 10;
const MIN_LABEL = 16;

export function renderMatrixTable(m: Matrix, ctx: RenderContext): string {
  const { chalk } = ctx;
  const n = m.columns.length;
  // cells as wide as the longest agency name (within reason), the topic labels take what is left
  const nameW = Math.max(0, ...m.columns.map((c) => displayWidth(c.agency, ctx)));
  const needCell = Math.max(MIN_CELL, Math.min(22, nameW + 2));
  // every column costs its width plus one border; the table one more
  const fit = Math.max(1, Math.min(n, Math.floor((ctx.width - 2 - MIN_LABEL) / (needCell + 1))));
  const pageCount = Math.max(1, Math.ceil(n / fit));
  const perPage = Math.ceil(n / pageCount) || 1;
  const labelW = Math.max(MIN_LABEL, Math.min(40, ctx.width - 2 - perPage * (needCell + 1)));
  const out: string[] = [];
  for (let p = 0; p * perPage < n; p++) {
    const cols = Array.from({ length: Math.min(perPage, n - p * perPage) }, (_, k) => p * perPage + k);
    const cellW = Math.max(MIN_CELL, Math.floor((ctx.width - 2 - labelW) / cols.length) - 1);
    // cli-table3 measures Han characters right but wraps them wrong: lines go in already wrapped by display width
    const fit2 = (text: string, w: number) => wrapText(text, w - 2, ctx).join('\n');
    const table = new Table({
      head: ['', ...cols.map((c) => fit2(m.columns[c].agency, cellW))],
      colWidths: [labelW, ...cols.map(() => cellW)],
      wordWrap: true,
      // Chinese has no spaces: wrapping on word boundaries would leave lines as long as the whole text
      wrapOnWordBoundary: false,
      style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [], compact: m.rows.every((r) => displayWidth(r.label, ctx) <= labelW - 2) },
      // box lines are East-Asian-ambiguous: where the terminal draws them wide, only ASCII keeps the columns
      ...(ctx.ambiguousWide || displayWidth('─', ctx) > 1 ? { chars: ASCII_CHARS } : {}),
    });
    let section = '';
    for (const row of m.rows) {
      if (row.section !== section) {
        section = row.section;
        table.push([{ colSpan: cols.length + 1, content: ctx.color ? chalk.bold(section) : section }]);
      }
      const shared = row.cells.every((c) => c.count > 0);
      const only = row.cells.filter((c) => c.count > 0).length === 1 && n > 1;
      const paint = (s: string) => (!ctx.color || !s ? s : only ? chalk.cyan(s) : shared ? chalk.dim(s) : s);
      table.push([paint(fit2(row.label, labelW)), ...cols.map((c) => ({ content: paint(cellText(row.cells[c])), hAlign: 'center' as const }))]);
    }
    if (pageCount > 1) out.push(`reports ${cols[0] + 1}–${cols[cols.length - 1] + 1} of ${n}`);
    out.push(table.toString());
  }
  out.push(...wrapText('n: points that report it; 未n: points that say it did not happen (未制定…, 没有发生…)', ctx.width, ctx));
  return out.join('\n');
}
