// The coverage matrix as a Markdown table ready to paste, the evidence (item titles) in the cells.
import type { Matrix, MatrixCell } from '../compare/index.js';
import { withMarker } from './columns.js';

export function mdEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`<>[\]])/g, '\\$1');
}

function cellMd(c: MatrixCell, maxTitle: number): string {
  if (!c.evidence.length) return '';
  const titles = c.evidence.map((e) => {
    const t = withMarker(e.marker, e.title);
    const cut = t.length > maxTitle ? t.slice(0, maxTitle) + '…' : t;
    return (e.negated ? '未: ' : '') + mdEscape(cut);
  });
  return `${c.count}${c.negated ? ` (未${c.negated})` : ''}: ${titles.join('<br>')}`;
}

export function renderMatrixMarkdown(m: Matrix, opts: { maxTitle?: number } = {}): string {
  const max = opts.maxTitle ?? 30;
  const head = ['section', 'topic', ...m.columns.map((c) => mdEscape(c.agency))];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of m.rows) lines.push(`| ${[r.section, mdEscape(r.label), ...r.cells.map((c) => cellMd(c, max))].join(' | ')} |`);
  lines.push('', '_n: points that report it; 未: a point that says it did not happen (未制定…, 没有发生…)._');
  return lines.join('\n') + '\n';
}
