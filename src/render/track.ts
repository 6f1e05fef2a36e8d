// govdiff track for people: per series and pair of years, each plan and the evidence that it was carried out (or
// "not reported on"), then the problems admitted again. Terminal, Markdown and CSV; JSON is the Track itself.
import { REPEATED_FLAG_YEARS, followedShare, type Track, type TrackStep } from '../track/index.js';
import { csvField } from './csv.js';
import { mdEscape } from './markdown.js';
import { truncate, wrapText, type RenderContext } from './context.js';
import { withMarker } from './columns.js';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const yearOf = (t: Track['series'][number], file: string) => t.reports.find((r) => r.file === file)?.year ?? '?';

/** "3 of 4 plans followed up (75%)" */
export function shareText(step: TrackStep): string {
  const s = followedShare(step);
  return `${s.followed} of ${s.plans} plan${s.plans === 1 ? '' : 's'} followed up (${pct(s.share)})`;
}

export function renderTrackTable(t: Track, ctx: RenderContext): string {
  const { chalk } = ctx;
  const out: string[] = [];
  const w = ctx.width;
  for (const s of t.series) {
    out.push(chalk.bold(truncate(`${s.series}  ${s.reports.map((r) => r.year).join(' ')}`, w, ctx)));
    if (!s.steps.length) out.push(chalk.dim('  no two consecutive years: nothing to follow up'));
    for (const step of s.steps) {
      out.push('');
      out.push(`  ${chalk.bold(`${yearOf(s, step.from)} → ${yearOf(s, step.to)}`)}  ${shareText(step)}`);
      out.push(chalk.dim(`  ${truncate(`${step.from} → ${step.to}`, w - 2, ctx)}`));
      for (const p of step.plans) {
        const head = withMarker(p.marker, p.title);
        if (!p.followedBy.length) {
          out.push(`  ${chalk.red('✗')} ${truncate(head, w - 24, ctx)} ${chalk.red('not reported on')}`);
          continue;
        }
        out.push(`  ${chalk.green('✓')} ${truncate(head, w - 4, ctx)}`);
        for (const f of p.followedBy) {
          const lines = wrapText(f.quote, Math.max(10, w - 13), ctx);
          out.push(`      ${chalk.dim(f.similarity.toFixed(2))} ${lines[0]}${lines.length > 1 ? '…' : ''}`);
        }
      }
      for (const pr of step.problemsRepeated) {
        const flag = pr.years.length >= REPEATED_FLAG_YEARS;
        const mark = flag ? chalk.red('!') : chalk.yellow('~');
        out.push(`  ${mark} ${chalk.bold(`problem admitted ${pr.years.length} years`)} (${pr.years.join(', ')})`);
        for (const o of pr.occurrences) out.push(`      ${o.year} ${truncate(o.text.replace(/\s+/g, ' '), Math.max(10, w - 11), ctx)}`);
      }
    }
    out.push('');
  }
  const note = (text: string) => out.push(...wrapText(text, w, ctx).map((l) => chalk.dim(l)));
  if (t.unassigned?.length) note(`${t.unassigned.length} report(s) in no series (no agency or year): ${t.unassigned.join(', ')}`);
  note(`✓ carried out (similarity, the closest sentence of the next year's report)  ✗ not reported on  ! a problem admitted ${REPEATED_FLAG_YEARS}+ years`);
  return out.join('\n');
}

export function renderTrackMarkdown(t: Track): string {
  const out: string[] = [];
  for (const s of t.series) {
    out.push(`## ${mdEscape(s.series)} (${s.reports.map((r) => r.year).join(', ')})`, '');
    for (const step of s.steps) {
      out.push(`### ${yearOf(s, step.from)} → ${yearOf(s, step.to)}: ${shareText(step)}`, '');
      out.push('| plan | followed by | similarity |', '| --- | --- | --- |');
      for (const p of step.plans) {
        const head = mdEscape(withMarker(p.marker, p.title));
        if (!p.followedBy.length) out.push(`| ${head} | **not reported on** | |`);
        else out.push(`| ${head} | ${p.followedBy.map((f) => mdEscape(f.quote)).join('<br>')} | ${p.followedBy.map((f) => f.similarity.toFixed(2)).join('<br>')} |`);
      }
      out.push('');
      if (step.problemsRepeated.length) {
        out.push('Problems admitted again:', '');
        for (const pr of step.problemsRepeated) {
          const flag = pr.years.length >= REPEATED_FLAG_YEARS ? ' ⚑' : '';
          out.push(`- **${pr.years.length} years${flag}** (${pr.years.join(', ')})`);
          for (const o of pr.occurrences) out.push(`  - ${o.year}: ${mdEscape(o.text.replace(/\s+/g, ' '))}`);
        }
        out.push('');
      }
    }
  }
  return out.join('\n') + '\n';
}

/** One row per plan and follow-up, and per problem admitted again; `kind` tells which. */
export function renderTrackCsv(t: Track, opts: { bom?: boolean } = {}): string {
  const rows: (string | number)[][] = [['kind', 'series', 'from', 'to', 'from_year', 'to_year', 'marker', 'title', 'followed', 'similarity', 'quote', 'start', 'end', 'years']];
  for (const s of t.series) {
    for (const step of s.steps) {
      const base = [s.series, step.from, step.to, yearOf(s, step.from), yearOf(s, step.to)];
      for (const p of step.plans) {
        if (!p.followedBy.length) rows.push(['plan', ...base, p.marker ?? '', p.title, 'no', '', '', '', '', '']);
        for (const f of p.followedBy) rows.push(['plan', ...base, p.marker ?? '', p.title, 'yes', f.similarity, f.quote, f.start, f.end, '']);
      }
      for (const pr of step.problemsRepeated) {
        const last = pr.occurrences[pr.occurrences.length - 1];
        rows.push(['problem', ...base, last.marker ?? '', pr.text.replace(/\s+/g, ' '), '', '', '', last.start, last.end, pr.years.join(' ')]);
      }
    }
  }
  return (opts.bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
