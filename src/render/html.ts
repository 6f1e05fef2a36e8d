// The comparison as one self-contained HTML page: inline CSS, no script, no network. Every piece of report text
// goes through esc(): a report that holds <script> or a quote-breaking attribute shows as text.
import type { ReportDocument, Cell, PartView, ReportSummary, ReuseView, CoverageMatrix } from '../report/index.js';
import { PAGE_STYLE } from './html-style.js';
import { trackSection } from './track-html.js';
import { concretenessSvg, seriesYearsSvg } from './html-charts.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a double-quoted attribute. */
export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export const PART_NAMES: Record<string, string> = {
  measures: '主要举措和成效',
  problems: '存在的不足和原因',
  duties: '党政主要负责人履行第一责任人职责',
  plans: '下一年度主要安排',
  other: '其他需要报告的情况',
  unknown: '未归类',
};

export interface HtmlOptions {
  title?: string;
  /** How many shared passages to list (all are highlighted in the text). */
  passages?: number;
}

export function renderHtml(c: ReportDocument, opts: HtmlOptions = {}): string {
  const title = opts.title ?? `${c.kind.name} · ${c.reports.length} reports compared`;
  const marks = passageMarks(c);
  const body = [
    `<header><h1>${esc(title)}</h1>${nav(c)}</header>`,
    notesAside(c.notes),
    metadataTable(c.reports, c.kind.mandated),
    chartsSection(c),
    ...c.parts.map((p) => partSection(p, c.reports, marks)),
    c.coverage ? coverageSection(c.coverage, c.reports) : '',
    c.reuse ? reuseSection(c.reuse, c.reports, opts.passages ?? 20, marks) : '',
    c.track ? trackSection(c.track, c.reports) : '',
    FOOTER,
  ].join('\n');
  return htmlPage(title, body);
}

/** Concreteness per report and, where reports follow year on year, reuse by year: for a reader who would rather look. */
function chartsSection(c: ReportDocument): string {
  const measured = c.reports.filter((r) => r.concreteness);
  if (measured.length < 2) return '';
  const files = c.reports.map((r) => r.file);
  const label = new Map(c.reports.map((r) => [r.file, r.label]));
  const blocks = files.map((f, i) => ({ name: label.get(f) ?? f, from: i, to: i + 1 }));
  const series = (c.series ?? []).filter((s) => s.reports.some((r) => r.containment !== null));
  const max = Math.max(0.01, ...series.flatMap((s) => s.reports.map((r) => r.containment ?? 0)));
  return (
    `<section id="charts"><h2>Concreteness <span class="dim">share of each report’s sentences that state something specific; the numbers are in the “concrete” column above</span></h2>` +
    `<div class="scroll">${concretenessSvg(c.reports, files, blocks, (f) => label.get(f) ?? f)}</div>` +
    (series.length ? `<h3>Year over year <span class="dim">per series, the share of each year’s report found in the year before</span></h3><div class="smalls">${series.map((s) => seriesYearsSvg(s, max)).join('')}</div>` : '') +
    `</section>`
  );
}

export const FOOTER = `<footer>Made by govdiff. Offsets, parts and topics are the tool's reading of the text; check the source before quoting.</footer>`;

export function notesAside(notes: string[]): string {
  return notes.length ? `<aside class="notes">${notes.map((n) => `<p>${esc(n)}</p>`).join('')}</aside>` : '';
}

/** A whole page around `body`: inline CSS, no script, a policy that lets nothing run or load. */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    // marks the page as govdiff's own: a later run over the same folder passes it over instead of reading it
    '<meta name="generator" content="govdiff">',
    // no script may run and nothing may be fetched, whatever a report contains
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

function nav(c: ReportDocument): string {
  const links = [
    ['reports', 'Reports'],
    ...(c.reports.filter((r) => r.concreteness).length >= 2 ? [['charts', 'Concreteness']] : []),
    ...c.parts.map((p) => [`part-${p.part}`, p.part]),
    ...(c.coverage ? [['coverage', 'Topics']] : []),
    ...(c.reuse ? [['reuse', 'Reuse']] : []),
    ...(c.track ? [['track', 'Plans kept']] : []),
  ];
  return `<nav>${links.map(([id, text]) => `<a href="#${esc(id)}">${esc(text)}</a>`).join(' ')}</nav>`;
}

function partMarks(r: ReportSummary, parts: string[]): string {
  return parts.map((p) => {
    const k = r.check.present.includes(p) ? 'has' : r.check.embedded.includes(p) ? 'inside' : 'lacks';
    const sym = k === 'has' ? '✓' : k === 'inside' ? '~' : '✗';
    const why = k === 'has' ? 'has' : k === 'inside' ? 'only inside another part:' : 'lacks';
    return `<span class="mark ${k}" title="${esc(`${why} ${p}`)}">${sym}</span>`;
  }).join('');
}

export interface MetadataOptions {
  /** Per file, a link (relative URL) and its text for a "series" column; the column is left out without it. */
  series?: (file: string) => { href: string; text: string } | null;
  /** One line per report: long titles and file names cut short (whole on hover). */
  compact?: boolean;
}

export function metadataTable(reports: ReportSummary[], parts: string[], opts: MetadataOptions = {}): string {
  const compact = opts.compact ? ' compact' : '';
  const head = ['#', 'agency', ...(opts.series ? ['series'] : []), 'title', 'year', 'signed', 'published', parts.map((p) => p.slice(0, 2)).join(' '), 'concrete', 'source', 'chars', 'file'];
  const rows = reports.map((r, i) => {
    const pub = r.publishedAt
      ? `${esc(r.publishedAt.slice(0, 10))}${r.check.publishedOnTime === false ? ' <span class="late">late</span>' : ''}`
      : '<span class="none">—</span>';
    return (
      `<tr data-file="${esc(r.file)}"><td>${i + 1}</td>` +
      `<td class="agency">${r.agencies.length ? r.agencies.map(esc).join('<br>') : '<span class="none">—</span>'}</td>` +
      (opts.series ? `<td class="agency">${seriesCell(opts.series(r.file))}</td>` : '') +
      `<td class="title"${compact && r.title ? ` title="${esc(r.title)}"` : ''}>${r.title ? esc(r.title) : '<span class="none">—</span>'}</td>` +
      `<td>${esc(r.year ?? '—')}</td><td class="date">${esc(r.signedAt ?? '—')}</td><td class="date">${pub}</td>` +
      `<td class="marks">${partMarks(r, parts)}${r.check.inOrder ? '' : ' <span class="late" title="parts out of the template’s order">order</span>'}</td>` +
      `<td class="num" title="${esc(concreteTitle(r))}">${r.concreteness ? `${Math.round(r.concreteness.share * 100)}%` : '—'}</td>` +
      `<td class="dim">${esc(r.source)}</td><td class="num">${r.chars}</td><td class="file"${compact ? ` title="${esc(r.file)}"` : ''}>${esc(compact ? r.file.slice(Math.max(r.file.lastIndexOf('/'), r.file.lastIndexOf('\\')) + 1) : r.file)}</td></tr>`
    );
  });
  return (
    `<section id="reports"><h2>Reports</h2><div class="scroll"><table class="meta${compact}">` +
    `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>` +
    `<p class="legend">Parts in template order (${parts.join(', ')}): ✓ has it · ~ only inside another part · ✗ lacks it.</p></section>`
  );
}

function seriesCell(s: { href: string; text: string } | null): string {
  return s ? `<a href="${esc(s.href)}">${esc(s.text)}</a>` : '<span class="none">—</span>';
}

/** The concreteness of each part, for a reader who hovers. */
function concreteTitle(r: ReportSummary): string {
  const c = r.concreteness;
  if (!c) return 'not measured';
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return [`${c.specific} of ${c.sentences} sentences state something specific; ${pct(c.formulaShare)} are formula`, ...c.parts.map((p) => `${p.part}: ${pct(p.share)} concrete, ${pct(p.formulaShare)} formula`)].join('\n');
}

/** Per report, the shared-passage ranges to highlight, sorted; and the anchors the page has given out so far. */
export type Marks = Map<string, Array<{ start: number; end: number; id: number }>> & { anchors?: Set<string> };

export function passageMarks(c: ReportDocument): Marks {
  const marks: Marks = new Map();
  marks.anchors = new Set();
  if (!c.reuse) return marks;
  for (const p of c.reuse.passages) {
    for (const o of p.occurrences) {
      const list = marks.get(o.file) ?? [];
      list.push({ start: o.start, end: o.end, id: p.id });
      marks.set(o.file, list);
    }
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks;
}

/** Where a point's own title ends in its text (the marker and heading words), 0 when it has none. */
function titleEnd(cell: Cell): number {
  if (!cell.marker || !cell.title) return 0;
  const at = cell.text.slice(0, cell.marker.length + cell.title.length + 8).indexOf(cell.title);
  return at < 0 ? 0 : at + cell.title.length;
}

/** A cell's text, escaped, its title in bold and the shared passages inside it marked and linked to their entry. */
function highlighted(cell: Cell, marks: Marks): string {
  const ranges = (marks.get(cell.file) ?? []).filter((m) => m.end > cell.start && m.start < cell.end);
  const bold = cell.start + titleEnd(cell);
  const cuts = new Set([cell.start, cell.end, bold]);
  for (const m of ranges) {
    cuts.add(Math.max(cell.start, m.start));
    cuts.add(Math.min(cell.end, m.end));
  }
  const points = [...cuts].filter((x) => x >= cell.start && x <= cell.end).sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    let piece = esc(cell.text.slice(from - cell.start, to - cell.start));
    // passages nest (a formula inside a longer copy): the innermost names the stretch, the title lists them all
    const over = ranges.filter((r) => r.start <= from && r.end >= to);
    if (over.length) {
      const m = over.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      const anchor = `passage-${m.id}-${fileKey(cell.file)}`;
      const id = marks.anchors?.has(anchor) ? '' : ` id="${anchor}"`;
      if (id) marks.anchors?.add(anchor);
      const ids = [...new Set(over.map((r) => r.id))].sort((a, b) => a - b);
      piece = `<a class="shared"${id} href="#passage-${m.id}" title="shared passage ${ids.map((n) => `#${n}`).join(' ')}">${piece}</a>`;
    }
    out += from < bold ? `<b>${piece}</b>` : piece;
  }
  return out;
}

/** A stable, attribute-safe key for a file. */
export function fileKey(file: string): string {
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

function cellHtml(cells: Cell[], marks: Marks): string {
  // bare: a wide comparison has many of these, and :empty styles them
  if (!cells.length) return '<td></td>';
  return `<td>${cells.map((c) => `<div class="cell${c.lead ? ' lead' : ''}">${highlighted(c, marks)}</div>`).join('')}</td>`;
}

export function partSection(p: PartView, reports: ReportSummary[], marks: Marks): string {
  const labelled = p.rowsBy === 'aligned';
  const heads = p.heads
    .map((h, i) => {
      const r = reports[i];
      const what = !h.present
        ? '<span class="lacks">no such part</span>'
        : h.inferred
          ? '<span class="inside">no heading: found inside another part</span>'
          : h.headings.map((c) => highlighted(c, marks)).join('<br>');
      return `<th data-file="${esc(r.file)}"><div class="who">${esc(r.label)}</div><div class="heading">${what}</div></th>`;
    })
    .join('');
  const rowHead = (label: string | null, topic: string | null) =>
    labelled ? `<th class="row">${esc(label ?? '')}${topic ? `<div class="topic">${esc(topic)}</div>` : ''}</th>` : '';
  const rows = p.rows.length
    ? p.rows.map((row) => `<tr>${rowHead(row.label, row.topic)}${row.cells.map((c) => cellHtml(c, marks)).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${reports.length + (labelled ? 1 : 0)}" class="none">No report has this part.</td></tr>`;
  const how = labelled ? 'rows aligned by what the points say' : 'points in order of appearance';
  return (
    `<section id="part-${esc(p.part)}" data-part="${esc(p.part)}" class="part">` +
    `<h2>${esc(p.part)} <span class="zh">${esc(PART_NAMES[p.part] ?? '')}</span> <span class="dim">${esc(how)}</span></h2>` +
    `<div class="scroll"><table class="side${labelled ? ' labelled' : ''}" style="--cols:${reports.length}"><thead><tr>${labelled ? '<th class="row">row</th>' : ''}${heads}</tr></thead>\n<tbody>${rows}</tbody></table></div></section>`
  );
}

/** A background for a share 0..1: white to deep red, light enough to read dark text below 0.6. */
export function heat(v: number): string {
  const x = Math.max(0, Math.min(1, v));
  return `background:hsl(8 75% ${Math.round(97 - x * 52)}%);${x > 0.6 ? 'color:#fff;' : ''}`;
}

export function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`;
}

export interface CoverageOptions {
  /** The columns' order (files); default the matrix's own. */
  order?: string[];
  /** A column's head, as HTML; default the report's short name. */
  head?: (file: string) => string;
  /** Vertical column heads, for many columns. */
  narrow?: boolean;
  /** The words behind each count, on hover (default true); without, a wide matrix is a fraction of the bytes. */
  evidence?: boolean;
  /** The section's heading words after "Topics". */
  note?: string;
}

/** Evidence quotes shown on hover: a few, shortened, so that a wide matrix stays light. */
const EVIDENCE_QUOTES = 6;
const EVIDENCE_CHARS = 120;

export function coverageSection(cov: CoverageMatrix, reports: ReportSummary[], opts: CoverageOptions = {}): string {
  const label = new Map(reports.map((r) => [r.file, r.label]));
  const max = Math.max(1, ...cov.rows.flatMap((r) => r.cells.map((c) => c.count)));
  const files = opts.order ?? cov.columns.map((c) => c.file);
  const agency = new Map(cov.columns.map((c) => [c.file, c.agency]));
  const head = files.map((f) => `<th data-file="${esc(f)}">${opts.head ? opts.head(f) : esc(label.get(f) ?? agency.get(f) ?? f)}</th>`).join('');
  let section = '';
  const rows = cov.rows.map((row) => {
    const byFile = new Map(row.cells.map((x) => [x.file, x]));
    const cells = files.map((file) => {
      const c = byFile.get(file);
      if (!c || !c.count) return '<td class="num zero">·</td>';
      if (opts.evidence === false) return `<td class="num" style="${heat(c.count / max)}">${c.count}${c.negated ? ` <span class="late">−${c.negated}</span>` : ''}</td>`;
      // the words that put the report under the topic, for a reader who hovers
      const quote = (q: string) => (q.length > EVIDENCE_CHARS ? `${q.slice(0, EVIDENCE_CHARS)}…` : q);
      const more = c.evidence.length > EVIDENCE_QUOTES ? `\n… ${c.evidence.length - EVIDENCE_QUOTES} more` : '';
      const ev = c.evidence.slice(0, EVIDENCE_QUOTES).map((e) => `${e.negated ? '(not) ' : ''}${quote(e.quote)}`).join('\n') + more;
      const neg = c.negated ? ` <span class="late" title="${esc(`${c.negated} said as lacking or not done`)}">−${c.negated}</span>` : '';
      return `<td class="num" style="${heat(c.count / max)}" title="${esc(ev)}">${c.count}${neg}</td>`;
    });
    const band = row.section !== section ? ` class="band"` : '';
    section = row.section;
    return `<tr${band}><th class="topic">${esc(row.label)} <span class="dim">${esc(row.section)}</span></th>${cells.join('')}</tr>`;
  });
  return (
    `<section id="coverage"><h2>Topics <span class="dim">${esc(opts.note ?? 'points that speak of each topic, per report; −n: said as lacking; hover a cell for the words')}</span></h2>` +
    `<div class="sticky-box"><table class="matrix${opts.narrow ? ' narrow' : ''}"><thead><tr><th>topic</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`
  );
}

function reuseSection(reuse: ReuseView, reports: ReportSummary[], top: number, marks: Marks): string {
  const label = new Map(reports.map((r) => [r.file, r.label]));
  const name = (f: string) => label.get(f) ?? f;
  const head = reuse.files.map((f) => `<th data-file="${esc(f)}">${esc(name(f))}</th>`).join('');
  const rows = reuse.files.map((f, i) => {
    const cells = reuse.files.map((g, j) => {
      const v = reuse.containment[i]?.[j] ?? null;
      if (i === j || v === null) return '<td class="num self">—</td>';
      const chars = reuse.sharedChars[i]?.[j];
      return `<td class="num" style="${heat(v)}" title="${esc(`${chars ?? '?'} characters of ${name(f)} also in ${name(g)}`)}">${pct(v)}</td>`;
    });
    return `<tr><th>${esc(name(f))}</th>${cells.join('')}<td class="num ratio" style="${heat(reuse.ratio[i] ?? 0)}">${pct(reuse.ratio[i])}</td></tr>`;
  });
  const list = passageItems(reuse.passages.slice(0, top), name, (anchor) => (marks.anchors?.has(anchor) ? `#${anchor}` : null));
  return (
    `<section id="reuse"><h2>Reuse <span class="dim">row: the share of that report’s text also found in the column’s report</span></h2>` +
    `<div class="scroll"><table class="matrix heat"><thead><tr><th></th>${head}<th>shared with any</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>` +
    `<h3>Shared passages</h3>${list.length ? `<ol class="passages">${list.join('\n')}</ol>` : '<p class="none">No passage is shared.</p>'}</section>`
  );
}

/** The shared passages as list items; `link` gives where an occurrence's highlight is (a URL), null where none is. */
export function passageItems(passages: ReuseView['passages'], name: (file: string) => string, link: (anchor: string) => string | null): string[] {
  return passages.map((p) => {
    const where = p.occurrences
      .filter((o, k, a) => a.findIndex((x) => x.file === o.file) === k)
      .map((o) => {
        const where = `${esc(name(o.file))}${o.section ? ` · ${esc(o.section)}` : ''}`;
        // preamble and closing are not shown side by side: nothing to link to there
        const href = link(`passage-${p.id}-${fileKey(o.file)}`);
        return href ? `<a href="${esc(href)}">${where}</a>` : `<span>${where}</span>`;
      })
      .join(' ');
    return `<li id="passage-${p.id}"><blockquote>${esc(p.text)}</blockquote><div class="where">${p.text.length} characters in ${new Set(p.occurrences.map((o) => o.file)).size} reports: ${where}</div></li>`;
  });
}
