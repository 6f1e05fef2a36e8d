// Reuse results for people: terminal table, Markdown, CSV, a standalone HTML page. Plain data in, strings out.
import type { ReuseResult, ReusePassage, ReuseSeries } from '../reuse/types.js';
import { type RenderContext, truncate, padTo, wrapWords } from './context.js';

export interface ReuseRenderOptions {
  /** How many passages and pairs to list. */
  top: number;
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
const base = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const reportCount = (p: ReusePassage) => new Set(p.occurrences.map((o) => o.file)).size;
const oneLine = (s: string) => s.replace(/\n/g, ' ⏎ ');

function heading(r: ReuseResult): string {
  const s = r.settings;
  const against = s.baseline ? ` against ${s.baseline}` : '';
  return (
    `Text reuse in ${r.reports.length} report${r.reports.length === 1 ? '' : 's'}${against}: ` +
    `passages of ${s.minChars}+ chars in 2+ reports, formulae of ${s.formulaMinChars}+ chars in ${s.formulaReports}+ reports`
  );
}

export function renderReuseTable(r: ReuseResult, ctx: RenderContext, opts: ReuseRenderOptions = { top: 20 }): string {
  const { chalk } = ctx;
  const out: string[] = [...wrapWords(heading(r), ctx.width, ctx).map((l) => chalk.bold(l)), ''];
  // reports: name, chars, reused, ratio, bar (the bar at most 10 columns, less on a narrow screen)
  const nameW = Math.max(8, Math.min(48, ctx.width - 40));
  const barMax = Math.max(0, Math.min(10, ctx.width - nameW - 24));
  out.push(chalk.dim(padTo('report', nameW, ctx) + '   chars  reused  ratio'));
  for (const rep of r.reports) {
    const name = padTo(truncate(base(rep.file) + (rep.agency ? ` ${rep.agency}` : ''), nameW, ctx), nameW, ctx);
    const bar = '█'.repeat(Math.round(rep.reuseRatio * barMax));
    out.push(`${name} ${String(rep.chars).padStart(7)} ${String(rep.reusedChars).padStart(7)} ${pct(rep.reuseRatio).padStart(6)} ${chalk.yellow(bar)}`);
  }
  out.push('');
  const shown = r.passages.slice(0, opts.top);
  for (const l of wrapWords(`Shared passages (${shown.length} of ${r.passages.length}, largest first)`, ctx.width, ctx)) out.push(chalk.bold(l));
  for (const p of shown) {
    const label = p.kind === 'formula' ? chalk.cyan('formula') : chalk.magenta('copied ');
    out.push(`  ${label} ${chalk.dim(`${p.chars} chars, ${reportCount(p)} reports`)}`);
    out.push('    ' + truncate(oneLine(p.text), ctx.width - 4, ctx));
    const where = p.occurrences.map((o) => `${base(o.file)} ${o.section ?? '—'} @${o.start}`);
    const line = where.length > 6 ? [...where.slice(0, 6), `+${where.length - 6} more`] : where;
    out.push('    ' + chalk.dim(truncate(line.join(' · '), ctx.width - 4, ctx)));
  }
  if (r.pairs.length) {
    out.push('');
    for (const l of wrapWords(`Reports that share most (${Math.min(opts.top, r.pairs.length)} of ${r.pairs.length} pairs)`, ctx.width, ctx)) out.push(chalk.bold(l));
    const w = Math.max(2, Math.floor((ctx.width - 30) / 2));
    out.push(chalk.dim(`  ${padTo('a', w, ctx)} ${padTo('b', w, ctx)}  shared   a→b   b→a`));
    for (const p of r.pairs.slice(0, opts.top)) {
      out.push(
        `  ${padTo(truncate(base(p.a), w, ctx), w, ctx)} ${padTo(truncate(base(p.b), w, ctx), w, ctx)} ${String(p.sharedChars).padStart(7)} ${pct(p.containmentA).padStart(6)} ${pct(p.containmentB).padStart(6)}`,
      );
    }
  }
  if (r.series) out.push('', ...seriesTable(r.series, r.seriesUnassigned ?? [], ctx));
  if (r.groups.length) {
    out.push('');
    for (const l of wrapWords(`Template groups (containment ≥ ${pct(r.settings.groupMinContainment)} both ways)`, ctx.width, ctx)) out.push(chalk.bold(l));
    for (const g of r.groups) {
      out.push(`  ${g.files.length} reports, mean ${pct(g.meanContainment)}: ` + truncate(g.files.map(base).join(' · '), Math.max(10, ctx.width - 30), ctx));
    }
  }
  return out.join('\n');
}

const pctOrDash = (v: number | null) => (v === null ? '—' : pct(v));
const SERIES_TITLE = 'Year over year: share of each report found in the previous year’s report of its series';

/** A compact table per series: year, report, the previous report's year, shared characters, share. */
function seriesTable(series: ReuseSeries[], unassigned: string[], ctx: RenderContext): string[] {
  const { chalk } = ctx;
  const out = wrapWords(SERIES_TITLE, ctx.width, ctx).map((l) => chalk.bold(l));
  const nameW = Math.max(8, Math.min(60, ctx.width - 40));
  const yearOf = (s: ReuseSeries, file: string | null) => s.reports.find((x) => x.file === file)?.year;
  // a series of one report has no year before it: named on one line, not tabled
  const single = series.filter((s) => s.reports.length < 2);
  for (const s of series) {
    if (s.reports.length < 2) continue;
    out.push('');
    out.push(`${chalk.bold(s.series)} ${chalk.dim(`${s.reports.length} report${s.reports.length === 1 ? '' : 's'}, mean ${pctOrDash(s.meanContainment)}`)}`);
    out.push(chalk.dim(`  year ${padTo('report', nameW, ctx)}  from   shared  share`));
    for (const x of s.reports) {
      const from = x.previousFile ? String(yearOf(s, x.previousFile)) : '—';
      const bar = x.containment === null ? '' : '█'.repeat(Math.round(x.containment * Math.max(0, Math.min(10, ctx.width - nameW - 30))));
      out.push(
        `  ${x.year} ${padTo(truncate(base(x.file), nameW, ctx), nameW, ctx)} ${from.padStart(5)} ${(x.sharedChars === null ? '—' : String(x.sharedChars)).padStart(8)} ${pctOrDash(x.containment).padStart(6)} ${chalk.yellow(bar)}`,
      );
    }
  }
  if (!series.length) out.push('  no report has both a series and a year');
  if (single.length) out.push('', chalk.dim(truncate(`${single.length} series with one report only: ${single.map((s) => `${s.series} ${s.reports[0].year}`).join(' · ')}`, ctx.width, ctx)));
  if (unassigned.length) out.push('', chalk.dim(truncate(`${unassigned.length} report${unassigned.length === 1 ? '' : 's'} in no series: ${unassigned.map(base).join(' · ')}`, ctx.width, ctx)));
  return out;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');

export function renderReuseMarkdown(r: ReuseResult, opts: ReuseRenderOptions = { top: 20 }): string {
  const out: string[] = [`## ${heading(r)}`, '', '| report | agency | chars | reused | ratio |', '|---|---|---:|---:|---:|'];
  for (const rep of r.reports) out.push(`| ${mdCell(base(rep.file))} | ${mdCell(rep.agency ?? '—')} | ${rep.chars} | ${rep.reusedChars} | ${pct(rep.reuseRatio)} |`);
  out.push('', `### Shared passages (${Math.min(opts.top, r.passages.length)} of ${r.passages.length})`, '', '| kind | chars | reports | passage | where |', '|---|---:|---:|---|---|');
  for (const p of r.passages.slice(0, opts.top)) {
    const where = p.occurrences.map((o) => `${base(o.file)} ${o.section ?? '—'} @${o.start}`).join('<br>');
    out.push(`| ${p.kind} | ${p.chars} | ${reportCount(p)} | ${mdCell(p.text)} | ${mdCell(where)} |`);
  }
  if (r.pairs.length) {
    out.push('', `### Reports that share most`, '', '| a | b | shared chars | a in b | b in a |', '|---|---|---:|---:|---:|');
    for (const p of r.pairs.slice(0, opts.top)) out.push(`| ${mdCell(base(p.a))} | ${mdCell(base(p.b))} | ${p.sharedChars} | ${pct(p.containmentA)} | ${pct(p.containmentB)} |`);
  }
  if (r.series) {
    out.push('', `### ${SERIES_TITLE}`);
    for (const x of r.series) {
      out.push('', `**${mdCell(x.series)}** — ${x.reports.length} reports, mean ${pctOrDash(x.meanContainment)}`, '', '| year | report | previous | shared chars | share |', '|---:|---|---|---:|---:|');
      for (const y of x.reports) out.push(`| ${y.year} | ${mdCell(base(y.file))} | ${y.previousFile ? mdCell(base(y.previousFile)) : '—'} | ${y.sharedChars ?? '—'} | ${pctOrDash(y.containment)} |`);
    }
  }
  if (r.groups.length) {
    out.push('', '### Template groups', '');
    for (const g of r.groups) out.push(`- ${g.files.map(base).join(', ')} (mean containment ${pct(g.meanContainment)})`);
  }
  return out.join('\n');
}

export type CsvTable = 'reports' | 'sections' | 'passages' | 'pairs' | 'series';

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvRows = (rows: (string | number | null)[][]) => rows.map((row) => row.map(csvCell).join(',')).join('\n');

/** One table as CSV: reports, sections, passages (one row per occurrence) or pairs. */
export function renderReuseCsv(r: ReuseResult, table: CsvTable = 'reports'): string {
  switch (table) {
    case 'reports':
      return csvRows([['file', 'agency', 'chars', 'reused_chars', 'reuse_ratio'], ...r.reports.map((x) => [x.file, x.agency, x.chars, x.reusedChars, x.reuseRatio])]);
    case 'sections':
      return csvRows([['file', 'section', 'start', 'end', 'chars', 'reused_chars', 'reuse_ratio'], ...r.sections.map((x) => [x.file, x.section, x.start, x.end, x.chars, x.reusedChars, x.reuseRatio])]);
    case 'passages':
      return csvRows([
        ['passage', 'kind', 'chars', 'reports', 'file', 'section', 'start', 'end', 'text'],
        ...r.passages.flatMap((p, i) => p.occurrences.map((o) => [i + 1, p.kind, p.chars, reportCount(p), o.file, o.section, o.start, o.end, p.text])),
      ]);
    case 'pairs':
      return csvRows([['a', 'b', 'shared_chars', 'containment_a', 'containment_b'], ...r.pairs.map((x) => [x.a, x.b, x.sharedChars, x.containmentA, x.containmentB])]);
    case 'series':
      return csvRows([
        ['series', 'year', 'file', 'previous_file', 'shared_chars', 'containment'],
        ...(r.series ?? []).flatMap((s) => s.reports.map((x) => [s.series, x.year, x.file, x.previousFile, x.sharedChars, x.containment])),
      ]);
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone page: the same three tables, no scripts, no outside resources. */
export function renderReuseHtml(r: ReuseResult, opts: ReuseRenderOptions = { top: 100 }): string {
  const rows: string[] = [];
  for (const rep of r.reports) {
    rows.push(`<tr><td>${esc(base(rep.file))}</td><td>${esc(rep.agency ?? '—')}</td><td class=n>${rep.chars}</td><td class=n>${rep.reusedChars}</td><td class=n>${pct(rep.reuseRatio)}</td><td><span class=bar style="width:${Math.round(rep.reuseRatio * 100)}px"></span></td></tr>`);
  }
  const passages = r.passages.slice(0, opts.top).map((p) => {
    const where = p.occurrences.map((o) => `<li>${esc(base(o.file))} <span class=dim>${esc(o.section ?? '—')} ${o.start}–${o.end}</span></li>`).join('');
    return `<tr><td class=${p.kind}>${p.kind}</td><td class=n>${p.chars}</td><td class=n>${reportCount(p)}</td><td class=t>${esc(p.text)}</td><td><ul>${where}</ul></td></tr>`;
  });
  const pairs = r.pairs.slice(0, opts.top).map((p) => `<tr><td>${esc(base(p.a))}</td><td>${esc(base(p.b))}</td><td class=n>${p.sharedChars}</td><td class=n>${pct(p.containmentA)}</td><td class=n>${pct(p.containmentB)}</td></tr>`);
  const series = (r.series ?? []).map(
    (s) =>
      `<h3>${esc(s.series)} <span class=dim>${s.reports.length} reports, mean ${pctOrDash(s.meanContainment)}</span></h3>\n<table><tr><th>year</th><th>report</th><th>previous</th><th>shared chars</th><th>share</th></tr>\n` +
      s.reports.map((x) => `<tr><td>${x.year}</td><td>${esc(base(x.file))}</td><td>${x.previousFile ? esc(base(x.previousFile)) : '—'}</td><td class=n>${x.sharedChars ?? '—'}</td><td class=n>${pctOrDash(x.containment)}</td></tr>`).join('\n') +
      '\n</table>',
  );
  const groups = r.groups.map((g) => `<li>${g.files.map((f) => esc(base(f))).join(', ')} <span class=dim>(mean containment ${pct(g.meanContainment)})</span></li>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="generator" content="govdiff"><title>govdiff reuse</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:.25em .6em;vertical-align:top;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}.dim{color:#888}.bar{display:inline-block;height:.8em;background:#e0a800}
.t{max-width:40em;white-space:pre-wrap}.formula{color:#07a}.copied{color:#a0a}ul{margin:0;padding-left:1.2em}
</style></head><body>
<h1>${esc(heading(r))}</h1>
<h2>Reports</h2>
<table><tr><th>report</th><th>agency</th><th>chars</th><th>reused</th><th>ratio</th><th></th></tr>
${rows.join('\n')}
</table>
<h2>Shared passages (${passages.length} of ${r.passages.length})</h2>
<table><tr><th>kind</th><th>chars</th><th>reports</th><th>passage</th><th>where</th></tr>
${passages.join('\n')}
</table>
${pairs.length ? `<h2>Reports that share most</h2>\n<table><tr><th>a</th><th>b</th><th>shared chars</th><th>a in b</th><th>b in a</th></tr>\n${pairs.join('\n')}\n</table>` : ''}
${r.series ? `<h2>${esc(SERIES_TITLE)}</h2>\n${series.join('\n')}` : ''}
${groups.length ? `<h2>Template groups</h2>\n<ul>${groups.join('\n')}</ul>` : ''}
</body></html>
`;
}
