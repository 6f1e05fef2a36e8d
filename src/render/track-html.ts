// The track section of the HTML report: per series and pair of years, each plan and its evidence or "not reported
// on", and the problems admitted again. Every piece of report text goes through esc().
import type { Track } from '../track/index.js';
import { REPEATED_FLAG_YEARS } from '../track/index.js';
import type { ReportSummary } from '../report/index.js';
import { esc } from './html.js';
import { shareText } from './track.js';

export function trackSection(t: Track, reports: ReportSummary[]): string {
  const label = new Map(reports.map((r) => [r.file, r.label]));
  const yearOf = (s: Track['series'][number], f: string) => s.reports.find((r) => r.file === f)?.year ?? '?';
  const body = t.series.map((s) => {
    const steps = s.steps.map((st) => {
      const plans = st.plans.map((p) => {
        const head = `${p.marker ? `${esc(p.marker)} ` : ''}${esc(p.title)}`;
        if (!p.followedBy.length) return `<tr><th class="row">${head}</th><td class="none"><span class="late">not reported on</span></td></tr>`;
        const ev = p.followedBy.map((f) => `<div class="cell"><span class="dim">${f.similarity.toFixed(2)}</span> ${esc(f.quote)}</div>`).join('');
        return `<tr><th class="row">${head}</th><td>${ev}</td></tr>`;
      });
      const problems = st.problemsRepeated.map((pr) => {
        const flag = pr.years.length >= REPEATED_FLAG_YEARS ? ' <span class="late">repeated</span>' : '';
        return `<li><b>${pr.years.length} years</b> (${pr.years.join(', ')})${flag}<ul>${pr.occurrences.map((o) => `<li>${o.year}: ${esc(o.text)}</li>`).join('')}</ul></li>`;
      });
      return (
        `<h3>${yearOf(s, st.from)} → ${yearOf(s, st.to)} <span class="dim">${esc(shareText(st))} · ${esc(label.get(st.to) ?? st.to)}</span></h3>` +
        `<div class="scroll"><table class="side labelled"><thead><tr><th class="row">plan of ${yearOf(s, st.from)}</th><th>what the report of ${yearOf(s, st.to)} says was done</th></tr></thead><tbody>${plans.join('\n')}</tbody></table></div>` +
        (problems.length ? `<h4>Problems admitted again</h4><ul class="passages">${problems.join('\n')}</ul>` : '')
      );
    });
    return `<h2 class="series">${esc(s.series)} <span class="dim">${s.reports.map((r) => r.year).join(', ')}</span></h2>${steps.join('\n')}`;
  });
  return `<section id="track"><h2>Plans kept <span class="dim">each plan of one year against the next year’s report of the same agency</span></h2>${body.join('\n')}</section>`;
}
