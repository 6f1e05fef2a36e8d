// govdiff figures for people: side by side (one row per topic and unit, a cell per report) as a terminal table,
// Markdown or CSV, or the list of figures with their sentences (--list). JSON is FiguresResult itself.
import Table from 'cli-table3';
import type { FiguresResult, SideBySide, SideBySideCell } from '../figures/index.js';
import { csvField } from './csv.js';
import { mdEscape } from './markdown.js';
import { displayWidth, truncate, wrapText, type RenderContext } from './context.js';

/** A number as a reader writes it: no trailing zeros, no exponent. */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
}

/** What a cell shows: the values, or why a table row could not be read. */
export function figureCell(c: SideBySideCell): string {
  if (c.unsplit) return c.unsplit;
  return c.values.map(formatValue).join(' · ');
}

/** A column's head: the agency and the year, since one agency's reports of several years sit side by side too. */
const columnHead = (c: SideBySide['columns'][number]) => (c.year === null || c.agency.endsWith(` ${c.year}`) ? c.agency : `${c.agency} ${c.year}`);
const rowLabel = (r: SideBySide['rows'][number]) => (r.unit ? `${r.label} (${r.unit})` : r.label);
/** In a narrow column the topic's short name (依法行政制度, not its examples in brackets). */
const shortLabel = (r: SideBySide['rows'][number]) => rowLabel({ ...r, label: r.label.replace(/\(.*\)$/, '') || r.label });

/** Values wrapped between numbers, never inside one. */
function wrapValues(c: SideBySideCell, width: number, ctx: RenderContext): string {
  if (c.unsplit) return wrapText(c.unsplit, width, ctx).join('\n');
  const lines: string[] = [];
  let line = '';
  for (const v of c.values.map(formatValue)) {
    const next = line ? `${line} · ${v}` : v;
    if (line && displayWidth(next, ctx) > width) {
      lines.push(line + ' ·');
      line = v;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const MIN_CELL = 12;
const MIN_LABEL = 18;

export function renderFiguresTable(s: SideBySide, ctx: RenderContext): string {
  const n = s.columns.length;
  const out: string[] = [];
  if (!s.rows.length) return 'no figures found';
  const fit = Math.max(1, Math.min(n, Math.floor((ctx.width - 2 - MIN_LABEL) / (MIN_CELL + 1))));
  const pages = Math.ceil(n / fit);
  const perPage = Math.ceil(n / pages);
  for (let p = 0; p * perPage < n; p++) {
    const cols = Array.from({ length: Math.min(perPage, n - p * perPage) }, (_, k) => p * perPage + k);
    const labelW = Math.max(MIN_LABEL, Math.min(26, ctx.width - 2 - cols.length * (MIN_CELL + 1)));
    const cellW = Math.max(MIN_CELL, Math.floor((ctx.width - 2 - labelW) / cols.length) - 1);
    const wrap = (t: string, w: number) => wrapText(t, w - 2, ctx).join('\n');
    const table = new Table({
      head: ['', ...cols.map((c) => wrap(s.columns[c].agency.replace(/ \d{4}$/, ''), cellW) + (s.columns[c].year === null ? '' : `\n${s.columns[c].year}`))],
      colWidths: [labelW, ...cols.map(() => cellW)],
      wordWrap: true,
      wrapOnWordBoundary: false,
      style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [], compact: true },
      ...(ctx.ambiguousWide || displayWidth('─', ctx) > 1 ? { chars: ASCII_CHARS } : {}),
    });
    let group = '';
    for (const row of s.rows) {
      const g = row.topic && !/^[a-z]/.test(row.topic) ? row.topic : '';
      if (g !== group && g) table.push([{ colSpan: cols.length + 1, content: ctx.color ? ctx.chalk.bold(g) : g }]);
      group = g;
      table.push([
        wrap(shortLabel(row), labelW),
        ...cols.map((c) => {
          const cell = row.cells[c];
          const text = wrapValues(cell, cellW - 4, ctx);
          return cell.unsplit && ctx.color ? ctx.chalk.yellow(text) : text;
        }),
      ]);
    }
    if (pages > 1) out.push(`reports ${cols[0] + 1}–${cols[cols.length - 1] + 1} of ${n}`);
    out.push(table.toString());
  }
  out.push(...wrapText('values in document order; "cannot split": a table row whose cells ran together, left unread', ctx.width, ctx));
  return out.join('\n');
}

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+',
  'bottom-right': '+', left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

export function renderFiguresMarkdown(s: SideBySide): string {
  const head = ['topic', 'unit', ...s.columns.map((c) => mdEscape(columnHead(c)))];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of s.rows) lines.push(`| ${[mdEscape(r.label), mdEscape(r.unit), ...r.cells.map((c) => mdEscape(figureCell(c)))].join(' | ')} |`);
  return lines.join('\n') + '\n';
}

export function renderFiguresCsv(s: SideBySide, opts: { bom?: boolean } = {}): string {
  const lines: string[][] = [['topic', 'label', 'unit', ...s.columns.map(columnHead)]];
  for (const r of s.rows) lines.push([r.topic ?? '', r.label, r.unit, ...r.cells.map(figureCell)]);
  return (opts.bom ? '\uFEFF' : '') + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Every figure with its sentence, report by report: what `--list` prints. */
export function renderFigureList(r: FiguresResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const out: string[] = [];
  for (const rep of r.reports) {
    out.push(chalk.bold(`${rep.file}  ${rep.agency ?? '—'} ${rep.year ?? ''}`.trimEnd()));
    for (const f of r.figures.filter((x) => x.file === rep.file)) {
      const v = `${formatValue(f.value)}${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''}`;
      out.push(`  ${chalk.bold(v)}  ${chalk.dim(`${f.section}${f.topic ? ` · ${f.topic}` : ''}`)}`);
      out.push(`    ${truncate(f.text, Math.max(10, ctx.width - 4), ctx)}`);
    }
    for (const c of r.tables.filter((x) => x.file === rep.file)) out.push(`  ${chalk.bold(`${formatValue(c.value)}${c.unit}`)}  ${chalk.dim(`${c.table} · ${c.row} · ${c.column}`)}`);
    for (const u of r.unsplit.filter((x) => x.file === rep.file)) out.push(`  ${chalk.yellow('cannot split')} ${u.digits}  ${chalk.dim(`${u.table} · ${u.row}: ${u.reason}`)}`);
    out.push('');
  }
  return out.join('\n');
}
