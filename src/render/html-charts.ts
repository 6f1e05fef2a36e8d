// Inline SVG charts for the HTML report: drawn here from the document's numbers, no script, no chart library, nothing
// fetched. Each chart has a <title> and an aria label; the numbers themselves are in a table or tooltip beside it.
// Every piece of text from a report goes through esc().
import type { ReuseView, ReportSummary, SeriesView } from '../report/index.js';
import { esc } from './html.js';

/** A run of columns (reports) that belong together: one series, drawn as one block. */
export interface Block {
  name: string;
  /** Index of the block's first and one past its last report in the chart's order. */
  from: number;
  to: number;
  /** Where the block's own page is, if it has one. */
  href?: string;
}

/** Colour steps for a share 0..1, white to deep red (the table cells' colours, in steps). */
const STEPS = [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6];
const stepColour = (k: number) => `hsl(8 75% ${Math.round(97 - ((k + 1) / STEPS.length) * 52)}%)`;
const stepOf = (v: number) => {
  let k = -1;
  for (let i = 0; i < STEPS.length; i++) if (v >= STEPS[i]) k = i;
  return k;
};
const pctText = (v: number) => `${Math.round(v * 100)}%`;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
/** A label that fits `px` pixels at about 11 px per character (CJK), or nothing. */
const fit = (s: string, px: number) => {
  const n = Math.floor(px / 11);
  return n < 2 ? '' : s.length <= n ? s : `${s.slice(0, n - 1)}…`;
};

/**
 * Pairwise reuse as a heat map, reports ordered by series so that a series shows as a block on the diagonal: row i,
 * column j is the share of report i's text also found in report j. One path per colour step (a 144×144 map is a
 * dozen elements, not 20,000 cells); the series' blocks are outlined and link to their pages.
 */
export function reuseHeatSvg(reuse: ReuseView, order: string[], blocks: Block[]): string {
  const at = new Map(reuse.files.map((f, i) => [f, i]));
  const idx = order.map((f) => at.get(f)).filter((i): i is number => i !== undefined);
  const n = idx.length;
  const cell = clamp(Math.floor(640 / Math.max(1, n)), 3, 18);
  const left = 112;
  const top = 8;
  const size = n * cell;
  const paths: string[][] = STEPS.map(() => []);
  const stepAt = (r: number, c: number) => {
    const v = r === c ? null : (reuse.containment[idx[r]]?.[idx[c]] ?? null);
    return v === null ? -1 : stepOf(v);
  };
  for (let r = 0; r < n; r++) {
    // runs of one colour step along a row are one rectangle
    let c = 0;
    while (c < n) {
      const k = stepAt(r, c);
      let end = c + 1;
      while (end < n && end !== r && stepAt(r, end) === k) end++;
      if (k >= 0) paths[k].push(`M${left + c * cell} ${top + r * cell}h${(end - c) * cell}v${cell}h-${(end - c) * cell}z`);
      c = end;
    }
  }
  const diag = Array.from({ length: n }, (_, i) => `M${left + i * cell} ${top + i * cell}h${cell}v${cell}h-${cell}z`).join('');
  const outlines = blocks
    .map((b) => {
      const x = left + b.from * cell;
      const y = top + b.from * cell;
      const w = (b.to - b.from) * cell;
      const label = fit(b.name, left - 8);
      const mid = top + ((b.from + b.to) / 2) * cell;
      const rect = `<rect class="block" x="${x}" y="${y}" width="${w}" height="${w}"><title>${esc(`${b.name}: ${b.to - b.from} reports`)}</title></rect>`;
      const text = label && (b.to - b.from) * cell >= 10 ? `<text x="${left - 6}" y="${mid}" text-anchor="end" dominant-baseline="middle">${esc(label)}</text>` : '';
      const line = b.from > 0 ? `<path class="sep" d="M${left} ${y}h${size}M${x} ${top}v${size}"/>` : '';
      return `${line}${b.href ? `<a href="${esc(b.href)}">${rect}${text}</a>` : rect + text}`;
    })
    .join('');
  const legendY = top + size + 16;
  const legend = STEPS.map((s, k) => `<rect x="${left + k * 56}" y="${legendY}" width="14" height="12" fill="${stepColour(k)}"/><text x="${left + k * 56 + 18}" y="${legendY + 10}">≥${pctText(s)}</text>`).join('');
  const title = `Text reuse between ${n} reports, ordered by series: row report's share found in the column's report`;
  return (
    `<svg class="chart heat-svg" role="img" aria-label="${esc(title)}" width="${left + size + 8}" height="${legendY + 20}" viewBox="0 0 ${left + size + 8} ${legendY + 20}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(title)}</title>` +
    `<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="#fff" stroke="#d9dee3"/>` +
    paths.map((p, k) => (p.length ? `<path fill="${stepColour(k)}" d="${p.join('')}"/>` : '')).join('') +
    `<path fill="#d9dee3" d="${diag}"/>` +
    outlines +
    legend +
    `</svg>`
  );
}

/**
 * Year over year per series, as small bar charts on one scale: each bar the share of that year's report found in the
 * previous year's report of the series.
 */
export function seriesYearsSvg(s: SeriesView, max: number, href?: string): string {
  const bars = s.reports.filter((r) => r.containment !== null);
  const years = s.reports.map((r) => r.year);
  const y0 = Math.min(...years);
  const span = Math.max(...years) - y0 + 1;
  const bw = 12;
  const h = 60;
  const left = 30;
  const width = Math.max(left + span * (bw + 2) + 4, left + 60);
  const scale = max > 0 ? h / max : 0;
  const rects = bars
    .map((r) => {
      const bh = Math.max(1, Math.round((r.containment ?? 0) * scale));
      const x = left + (r.year - y0) * (bw + 2);
      return `<rect x="${x}" y="${8 + h - bh}" width="${bw}" height="${bh}"><title>${esc(`${r.year}: ${pctText(r.containment!)} of the report found in the previous one`)}</title></rect>`;
    })
    .join('');
  const title = `${s.name}: share of each year's report found in the year before, ${y0}–${y0 + span - 1}`;
  const svg =
    `<svg class="chart years-svg" role="img" aria-label="${esc(title)}" width="${width}" height="${h + 26}" viewBox="0 0 ${width} ${h + 26}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(title)}</title>` +
    `<path class="axis" d="M${left - 2} 8v${h}h${span * (bw + 2)}"/>` +
    `<text x="${left - 4}" y="14" text-anchor="end">${pctText(max)}</text><text x="${left - 4}" y="${h + 8}" text-anchor="end">0</text>` +
    rects +
    (span * (bw + 2) >= 64
      ? `<text x="${left}" y="${h + 22}">${y0}</text><text x="${width - 4}" y="${h + 22}" text-anchor="end">${y0 + span - 1}</text>`
      : `<text x="${left}" y="${h + 22}">${span > 1 ? `${y0}–${String(y0 + span - 1).slice(2)}` : y0}</text>`) +
    `</svg>`;
  const mean = s.meanContainment === null ? '' : ` <span class="dim">mean ${pctText(s.meanContainment)}</span>`;
  const name = href ? `<a href="${esc(href)}">${esc(s.name)}</a>` : esc(s.name);
  return `<figure class="small">${svg}<figcaption>${name}${mean}</figcaption></figure>`;
}

/** Concreteness per report: one bar per report (its share of sentences that state something specific), by series. */
export function concretenessSvg(reports: ReportSummary[], order: string[], blocks: Block[], label: (file: string) => string): string {
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const n = order.length;
  const bw = clamp(Math.floor(900 / Math.max(1, n)) - 1, 3, 48);
  const gap = 6;
  const h = 120;
  const left = 34;
  const top = 8;
  const blockOf = order.map((_, i) => blocks.findIndex((b) => i >= b.from && i < b.to));
  const xOf = (i: number) => left + i * (bw + 1) + Math.max(0, blockOf[i]) * gap;
  const width = xOf(Math.max(0, n - 1)) + bw + 8;
  const bars = order
    .map((f, i) => {
      const c = byFile.get(f)?.concreteness;
      if (!c) return '';
      const bh = Math.max(1, Math.round(c.share * h));
      return `<rect x="${xOf(i)}" y="${top + h - bh}" width="${bw}" height="${bh}"><title>${esc(`${label(f)}: ${pctText(c.share)} of ${c.sentences} sentences concrete, ${pctText(c.formulaShare)} formula`)}</title></rect>`;
    })
    .join('');
  const names = blocks
    .map((b) => {
      const x = xOf(b.from);
      const w = xOf(b.to - 1) + bw - x;
      const t = fit(b.name, w);
      return t ? `<text x="${x + w / 2}" y="${top + h + 14}" text-anchor="middle">${esc(t)}</text>` : '';
    })
    .join('');
  const grid = [0.25, 0.5, 0.75, 1].map((v) => `<path class="grid" d="M${left} ${top + h - v * h}h${width - left}"/><text x="${left - 4}" y="${top + h - v * h + 4}" text-anchor="end">${pctText(v)}</text>`).join('');
  const title = `Concreteness per report: the share of its sentences that state something specific (a number, a date, a named measure), ${n} reports by series`;
  return (
    `<svg class="chart conc-svg" role="img" aria-label="${esc(title)}" width="${width}" height="${top + h + 22}" viewBox="0 0 ${width} ${top + h + 22}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(title)}</title>${grid}<path class="axis" d="M${left} ${top}v${h}h${width - left}"/>${bars}${names}</svg>`
  );
}
