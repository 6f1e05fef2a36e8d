// The comparison of many reports as an overview page and pages beside it. One page holding every part of 144
// reports side by side was 22 MB and a million DOM nodes (39–65 s to open); here the overview holds what a reader
// scans — metadata and check, parts by series, reuse clustered by series, reuse year over year, concreteness, topics,
// shared passages, plans kept — and each part of each series, and each series' reuse and plans, is a page of its
// own in a folder beside it, reached by plain links (which work on file://, where fetch() does not).
// Layout only: the numbers all come from the document (src/report). Every piece of report text goes through esc().
import { partColumns, type ReportDocument, type ReportSummary, type SeriesView } from '../report/index.js';
import { coverageSection, esc, FOOTER, heat, htmlPage, metadataTable, notesAside, partSection, passageItems, passageMarks, pct, PART_NAMES } from './html.js';
import { concretenessSvg, reuseHeatSvg, seriesYearsSvg, type Block } from './html-charts.js';
import { trackSection } from './track-html.js';
import { shareText } from './track.js';

/** More reports than this are written as an overview and pages beside it (`--layout auto`). */
export const SPLIT_ABOVE = 20;
/** Reports in no series of two or more are shown in groups of at most this many. */
const GROUP_SIZE = 12;

export interface SiteOptions {
  title?: string;
  passages?: number;
  /** The folder beside the overview, as the overview's links name it ("report.parts"). */
  dir: string;
  /** The overview's file name, for the pages' links back ("report.html"). */
  index: string;
}

export interface Site {
  /** The overview page. */
  index: string;
  /** The pages of the folder: name (no directories) and content. */
  files: Array<{ name: string; html: string }>;
}

/** A group of reports shown together: a series, or reports with no series of their own, a few at a time. */
interface Group {
  key: string;
  name: string;
  files: string[];
  series: SeriesView | null;
}

function groupsOf(c: ReportDocument): Group[] {
  const groups: Group[] = [];
  const alone: string[] = [];
  for (const s of c.series ?? []) {
    if (s.reports.length > 1) groups.push({ key: '', name: s.name, files: s.reports.map((r) => r.file), series: s });
    else alone.push(s.reports[0].file);
  }
  const placed = new Set(groups.flatMap((g) => g.files).concat(alone));
  // reports in no series, and any the series missed, in file order
  alone.push(...c.reports.map((r) => r.file).filter((f) => !placed.has(f)));
  const order = new Map(c.reports.map((r, i) => [r.file, i]));
  alone.sort((a, b) => order.get(a)! - order.get(b)!);
  const chunks = Math.ceil(alone.length / GROUP_SIZE);
  for (let k = 0; k < chunks; k++) {
    const files = alone.slice(k * GROUP_SIZE, (k + 1) * GROUP_SIZE);
    groups.push({ key: '', name: chunks > 1 ? `other reports (${k + 1} of ${chunks})` : 'other reports', files, series: null });
  }
  groups.forEach((g, i) => (g.key = `g${String(i + 1).padStart(2, '0')}`));
  return groups;
}

const partPage = (part: string, g: Group) => `${part}-${g.key}.html`;
const seriesPage = (g: Group) => `series-${g.key}.html`;

export function renderHtmlSite(c: ReportDocument, opts: SiteOptions): Site {
  const title = opts.title ?? `${c.kind.name} · ${c.reports.length} reports compared`;
  const groups = groupsOf(c);
  const at = new Map(c.reports.map((r, i) => [r.file, i]));
  const byFile = new Map(c.reports.map((r) => [r.file, r]));
  const groupOf = new Map(groups.flatMap((g) => g.files.map((f) => [f, g] as const)));
  const yearOf = (f: string) => byFile.get(f)?.year;
  const name = (f: string) => {
    const r = byFile.get(f);
    // the short names already carry the year where the agency alone would not tell two reports apart
    return r ? (r.year !== null && !r.label.includes(String(r.year)) ? `${r.label} ${r.year}` : r.label) : f;
  };
  const dir = (page: string) => `${encodeURIComponent(opts.dir)}/${page}`;
  const files: Site['files'] = [];

  // a part none of a group's reports has gets no page (and no link)
  const shown = (part: string, g: Group) => {
    const p = c.parts.find((x) => x.part === part);
    const cols = g.files.map((f) => at.get(f)!);
    return !!p && cols.some((i) => p.heads[i]?.present || p.rows.some((row) => row.cells[i]?.length));
  };
  // the parts, per group: highlights of shared passages are anchors the overview's passage list links to
  const marks = passageMarks(c);
  const anchorPage = new Map<string, string>();
  for (const g of groups) {
    const columns = g.files.map((f) => at.get(f)!);
    // within a series every column is the same agency: the year tells them apart
    const reports = columns.map((i) => ({ ...c.reports[i], label: name(c.reports[i].file) }));
    for (const p of c.parts) {
      if (!shown(p.part, g)) continue;
      const page = partPage(p.part, g);
      const before = marks.anchors!.size;
      const section = partSection(partColumns(p, columns), reports, marks);
      for (const a of [...marks.anchors!].slice(before)) anchorPage.set(a, page);
      const nav = drillNav(c, groups, g, p.part, opts.index, shown);
      files.push({ name: page, html: htmlPage(`${p.part} · ${g.name} · ${title}`, `<header><h1>${esc(g.name)} <span class="dim">${esc(p.part)} ${esc(PART_NAMES[p.part] ?? '')}</span></h1>${nav}</header>\n${section}\n${FOOTER}`) });
    }
    files.push({ name: seriesPage(g), html: seriesPageHtml(c, g, groups, title, opts.index, name, shown) });
  }

  const blocks: Block[] = [];
  const order: string[] = [];
  for (const g of groups) {
    blocks.push({ name: g.name, from: order.length, to: order.length + g.files.length, href: dir(seriesPage(g)) });
    order.push(...g.files);
  }
  const head = (f: string) => {
    const full = name(f);
    const short = full.length > 12 ? `${full.slice(0, 11)}…` : full;
    return `<span title="${esc(`${full}\n${f}`)}">${esc(short)}</span>`;
  };

  const sections = [
    `<header><h1>${esc(title)}</h1>${overviewNav(c)}</header>`,
    notesAside(c.notes),
    `<p class="legend">${c.reports.length} reports in ${groups.length} groups (${(c.series ?? []).filter((s) => s.reports.length > 1).length} series of one agency across years). This page is the overview; each part of each series, and each series' reuse and plans, is a page of its own in <a href="${esc(dir(seriesPage(groups[0])))}">${esc(opts.dir)}/</a>.</p>`,
    metadataTable(c.reports, c.kind.mandated, { compact: true, series: (f) => (groupOf.has(f) ? { href: dir(seriesPage(groupOf.get(f)!)), text: groupOf.get(f)!.name } : null) }),
    partsBySeries(c, groups, dir, shown),
    c.reuse ? reuseOverview(c, order, blocks) : '',
    seriesYears(c, groups, dir),
    `<section id="concreteness"><h2>Concreteness <span class="dim">share of each report’s sentences that state something specific; numbers in the “concrete” column above, or hover a bar</span></h2><div class="scroll">${concretenessSvg(c.reports, order, blocks, name)}</div></section>`,
    c.coverage ? coverageSection(c.coverage, c.reports, { order, head, narrow: true, evidence: false, note: 'points that speak of each topic, per report; −n: said as lacking; the words are on each series’ page' }) : '',
    c.reuse ? `<section id="passages"><h2>Shared passages <span class="dim">the longest passages most reports share; links go to where each is highlighted</span></h2>${passagesList(c, opts.passages ?? 20, name, (a) => (anchorPage.has(a) ? `${dir(anchorPage.get(a)!)}#${a}` : null))}</section>` : '',
    c.track ? trackOverview(c, groupOf, dir, yearOf) : '',
    FOOTER,
  ];
  return { index: htmlPage(title, sections.join('\n')), files };
}

function overviewNav(c: ReportDocument): string {
  const links = [
    ['reports', 'Reports'],
    ['parts', 'Parts'],
    ...(c.reuse ? [['reuse', 'Reuse']] : []),
    ...((c.series ?? []).some((s) => s.reports.length > 1) ? [['years', 'Year over year']] : []),
    ['concreteness', 'Concreteness'],
    ...(c.coverage ? [['coverage', 'Topics']] : []),
    ...(c.reuse ? [['passages', 'Shared passages']] : []),
    ...(c.track ? [['track', 'Plans kept']] : []),
  ];
  return `<nav>${links.map(([id, text]) => `<a href="#${esc(id)}">${esc(text)}</a>`).join(' ')}</nav>`;
}

/** A drill-down page's links: the overview, the other parts of this group, this part of the other groups. */
type Shown = (part: string, g: Group) => boolean;

function drillNav(c: ReportDocument, groups: Group[], g: Group, part: string, index: string, shown: Shown): string {
  const up = `<a href="../${esc(encodeURIComponent(index))}">← overview</a> <a href="${esc(seriesPage(g))}">reuse and plans of ${esc(g.name)}</a>`;
  const parts = c.parts.filter((p) => shown(p.part, g)).map((p) => (p.part === part ? `<b>${esc(p.part)}</b>` : `<a href="${esc(partPage(p.part, g))}">${esc(p.part)}</a>`)).join(' ');
  const others = groups.filter((o) => shown(part, o)).map((o) => (o === g ? `<b>${esc(o.name)}</b>` : `<a href="${esc(partPage(part, o))}">${esc(o.name)}</a>`)).join(' ');
  return `<nav>${up}</nav><nav>parts: ${parts}</nav><nav class="dim">${esc(part)} of: ${others}</nav>`;
}

/** Groups × parts: how many points each group's reports have in each part, each a link to that page. */
function partsBySeries(c: ReportDocument, groups: Group[], dir: (p: string) => string, shown: Shown): string {
  const at = new Map(c.reports.map((r, i) => [r.file, i]));
  const head = c.parts.map((p) => `<th title="${esc(PART_NAMES[p.part] ?? '')}">${esc(p.part)}</th>`).join('');
  const rows = groups.map((g) => {
    const cols = g.files.map((f) => at.get(f)!);
    const years = g.files.map((f) => c.reports[at.get(f)!].year).filter((y): y is number => y !== null);
    const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
    const cells = c.parts.map((p) => {
      const points = p.rows.reduce((n, row) => n + cols.reduce((m, i) => m + (row.cells[i]?.filter((x) => !x.lead).length ?? 0), 0), 0);
      const has = cols.filter((i) => p.heads[i]?.present).length;
      const text = `${points} <span class="dim">${has}/${cols.length}</span>`;
      if (!shown(p.part, g)) return `<td class="num zero">${text}</td>`;
      return `<td class="num"><a href="${esc(dir(partPage(p.part, g)))}" title="${esc(`${has} of ${cols.length} reports have it`)}">${text}</a></td>`;
    });
    return `<tr><th><a href="${esc(dir(seriesPage(g)))}">${esc(g.name)}</a> <span class="dim">${g.files.length} reports ${esc(span)}</span></th>${cells.join('')}</tr>`;
  });
  return (
    `<section id="parts"><h2>Parts by series <span class="dim">points in each part, and how many of the reports have the part; each links to the part side by side</span></h2>` +
    `<div class="scroll"><table class="matrix"><thead><tr><th>series</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`
  );
}

function reuseOverview(c: ReportDocument, order: string[], blocks: Block[]): string {
  return (
    `<section id="reuse"><h2>Reuse <span class="dim">row: the share of that report’s text also found in the column’s report; reports ordered by series, each series outlined (click it for its numbers)</span></h2>` +
    `<div class="scroll">${reuseHeatSvg(c.reuse!, order, blocks)}</div></section>`
  );
}

/** Year over year per series: small bar charts on one scale, and the same numbers as a table. */
function seriesYears(c: ReportDocument, groups: Group[], dir: (p: string) => string): string {
  const series = groups.map((g) => g.series).filter((s): s is SeriesView => !!s && s.reports.some((r) => r.containment !== null));
  if (!series.length) return '';
  const max = Math.max(0.01, ...series.flatMap((s) => s.reports.map((r) => r.containment ?? 0)));
  const groupOf = new Map(groups.map((g) => [g.series, g]));
  const charts = series.map((s) => seriesYearsSvg(s, max, dir(seriesPage(groupOf.get(s)!)))).join('');
  const years = [...new Set(series.flatMap((s) => s.reports.map((r) => r.year)))].sort((a, b) => a - b);
  const rows = series.map((s) => {
    const cells = years.map((y) => {
      const r = s.reports.find((x) => x.year === y && x.containment !== null);
      return r ? `<td class="num" style="${heat(r.containment!)}">${pct(r.containment)}</td>` : '<td class="num zero">·</td>';
    });
    return `<tr><th>${esc(s.name)}</th>${cells.join('')}<td class="num">${pct(s.meanContainment)}</td></tr>`;
  });
  return (
    `<section id="years"><h2>Year over year <span class="dim">per series, the share of each year’s report found in the year before</span></h2>` +
    `<div class="smalls">${charts}</div>` +
    `<details><summary>The numbers</summary><div class="scroll"><table class="matrix"><thead><tr><th>series</th>${years.map((y) => `<th>${y}</th>`).join('')}<th>mean</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div></details></section>`
  );
}

function passagesList(c: ReportDocument, top: number, name: (f: string) => string, link: (anchor: string) => string | null): string {
  const list = passageItems(c.reuse!.passages.slice(0, top), name, link);
  return list.length ? `<ol class="passages">${list.join('\n')}</ol>` : '<p class="none">No passage is shared.</p>';
}

/** Plans kept, per series and step: the share followed up; the plans themselves are on the series' page. */
function trackOverview(c: ReportDocument, groupOf: Map<string, Group>, dir: (p: string) => string, yearOf: (f: string) => number | null | undefined): string {
  const rows = c.track!.series.map((s) => {
    const g = groupOf.get(s.reports[0]?.file ?? '');
    const name = g ? `<a href="${esc(dir(seriesPage(g)))}#track">${esc(s.series)}</a>` : esc(s.series);
    const steps = s.steps.map((st) => `<span class="step">${esc(yearOf(st.from) ?? '?')}→${esc(yearOf(st.to) ?? '?')} ${esc(shareText(st))}</span>`).join(' · ');
    return `<tr><th>${name}</th><td>${steps}</td></tr>`;
  });
  return (
    `<section id="track"><h2>Plans kept <span class="dim">each plan of one year against the next year’s report of the same agency; the plans and the evidence are on each series’ page</span></h2>` +
    `<div class="scroll"><table class="matrix"><tbody>${rows.join('\n')}</tbody></table></div></section>`
  );
}

/** A series' page: its reports, its reuse year over year and between its reports, who else it shares most with, its plans. */
function seriesPageHtml(c: ReportDocument, g: Group, groups: Group[], title: string, index: string, name: (f: string) => string, shown: Shown): string {
  const byFile = new Map(c.reports.map((r) => [r.file, r]));
  const reports = g.files.map((f) => byFile.get(f)!).filter(Boolean) as ReportSummary[];
  const parts = c.parts.filter((p) => shown(p.part, g)).map((p) => `<a href="${esc(partPage(p.part, g))}">${esc(p.part)}</a>`).join(' ');
  const others = groups.map((o) => (o === g ? `<b>${esc(o.name)}</b>` : `<a href="${esc(seriesPage(o))}">${esc(o.name)}</a>`)).join(' ');
  const nav = `<nav><a href="../${esc(encodeURIComponent(index))}">← overview</a></nav><nav>parts side by side: ${parts}</nav><nav class="dim">series: ${others}</nav>`;
  const out = [`<header><h1>${esc(g.name)} <span class="dim">${reports.length} reports</span></h1>${nav}</header>`];
  out.push(metadataTable(reports, c.kind.mandated));
  if (g.series && g.series.reports.some((r) => r.containment !== null)) {
    const max = Math.max(0.01, ...g.series.reports.map((r) => r.containment ?? 0));
    const rows = g.series.reports.map((r) => `<tr><td>${r.year}</td><td class="file">${esc(r.file)}</td><td>${r.previousFile ? esc(name(r.previousFile)) : '—'}</td><td class="num" style="${r.containment === null ? '' : heat(r.containment)}">${pct(r.containment)}</td></tr>`);
    out.push(
      `<section id="years"><h2>Year over year <span class="dim">share of each report found in the previous year’s report</span></h2>${seriesYearsSvg(g.series, max)}` +
        `<table class="matrix"><thead><tr><th>year</th><th>file</th><th>previous</th><th>share</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`,
    );
  }
  const reuse = c.reuse;
  if (reuse) {
    const at = new Map(reuse.files.map((f, i) => [f, i]));
    const idx = g.files.map((f) => at.get(f)).filter((i): i is number => i !== undefined);
    const head = idx.map((j) => `<th>${esc(name(reuse.files[j]))}</th>`).join('');
    const rows = idx.map((i) => {
      const cells = idx.map((j) => {
        const v = reuse.containment[i]?.[j] ?? null;
        if (i === j || v === null) return '<td class="num self">—</td>';
        return `<td class="num" style="${heat(v)}" title="${esc(`${reuse.sharedChars[i]?.[j] ?? '?'} characters of ${name(reuse.files[i])} also in ${name(reuse.files[j])}`)}">${pct(v)}</td>`;
      });
      return `<tr><th>${esc(name(reuse.files[i]))}</th>${cells.join('')}<td class="num ratio" style="${heat(reuse.ratio[i] ?? 0)}">${pct(reuse.ratio[i])}</td></tr>`;
    });
    // per report, the reports elsewhere that hold most of its text: the pairs worth a look
    const inside = new Set(idx);
    const groupOf = new Map(groups.flatMap((o) => o.files.map((f) => [f, o] as const)));
    const pairs = idx.map((i) => {
      const top = (reuse.containment[i] ?? [])
        .map((v, j) => ({ v: v ?? 0, j }))
        .filter((x) => x.j !== i && !inside.has(x.j) && x.v > 0)
        .sort((a, b) => b.v - a.v)
        .slice(0, 5)
        .map((x) => {
          const other = groupOf.get(reuse.files[x.j]);
          const who = esc(name(reuse.files[x.j]));
          return `${other ? `<a href="${esc(seriesPage(other))}">${who}</a>` : who} <b>${pct(x.v)}</b>`;
        });
      return `<tr><th>${esc(name(reuse.files[i]))}</th><td>${top.length ? top.join(' · ') : '<span class="none">—</span>'}</td></tr>`;
    });
    out.push(
      `<section id="reuse"><h2>Reuse within the series <span class="dim">row: the share of that report’s text also found in the column’s report; last column: found in any other report</span></h2>` +
        `<div class="scroll"><table class="matrix heat"><thead><tr><th></th>${head}<th>shared with any</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>` +
        `<h3>Outside the series <span class="dim">the reports that hold most of each report’s text</span></h3><div class="scroll"><table class="matrix"><tbody>${pairs.join('\n')}</tbody></table></div></section>`,
    );
  }
  if (c.coverage) {
    out.push(coverageSection(c.coverage, c.reports, { order: g.files, head: (f) => esc(name(f)) }));
  }
  if (c.track) {
    const mine = new Set(g.files);
    const series = c.track.series.filter((s) => s.reports.some((r) => mine.has(r.file)));
    if (series.length) out.push(trackSection({ series }, c.reports));
  }
  out.push(FOOTER);
  return htmlPage(`${g.name} · ${title}`, out.join('\n'));
}
