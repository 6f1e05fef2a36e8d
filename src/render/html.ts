// The comparison as one self-contained HTML page: inline CSS, no script, no network. Every piece of report text
// goes through esc(): a report that holds <script> or a quote-breaking attribute shows as text.
import type { ReportDocument, Cell, PartView, ReportSummary, ReuseView, CoverageMatrix } from '../report/index.js';
import { PAGE_STYLE } from './html-style.js';
import { trackSection } from './track-html.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a double-quoted attribute. */
export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const PART_NAMES: Record<string, string> = {
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
    c.notes.length ? `<aside class="notes">${c.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</aside>` : '',
    metadataTable(c.reports, c.kind.mandated),
    ...c.parts.map((p) => partSection(p, c.reports, marks)),
    c.coverage ? coverageSection(c.coverage, c.reports) : '',
    c.reuse ? reuseSection(c.reuse, c.reports, opts.passages ?? 20, marks) : '',
    c.track ? trackSection(c.track, c.reports) : '',
    `<footer>Made by govdiff. Offsets, parts and topics are the tool's reading of the text; check the source before quoting.</footer>`,
  ].join('\n');
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

function metadataTable(reports: ReportSummary[], parts: string[]): string {
  const head = ['#', 'agency', 'title', 'year', 'signed', 'published', parts.map((p) => p.slice(0, 2)).join(' '), 'concrete', 'source', 'chars', 'file'];
  const rows = reports.map((r, i) => {
    const pub = r.publishedAt
      ? `${esc(r.publishedAt.slice(0, 10))}${r.check.publishedOnTime === false ? ' <span class="late">late</span>' : ''}`
      : '<span class="none">—</span>';
    return (
      `<tr data-file="${esc(r.file)}"><td>${i + 1}</td>` +
      `<td class="agency">${r.agencies.length ? r.agencies.map(esc).join('<br>') : '<span class="none">—</span>'}</td>` +
      `<td>${r.title ? esc(r.title) : '<span class="none">—</span>'}</td>` +
      `<td>${esc(r.year ?? '—')}</td><td class="date">${esc(r.signedAt ?? '—')}</td><td class="date">${pub}</td>` +
      `<td class="marks">${partMarks(r, parts)}${r.check.inOrder ? '' : ' <span class="late" title="parts out of the template’s order">order</span>'}</td>` +
      `<td class="num" title="${esc(concreteTitle(r))}">${r.concreteness ? `${Math.round(r.concreteness.share * 100)}%` : '—'}</td>` +
      `<td class="dim">${esc(r.source)}</td><td class="num">${r.chars}</td><td class="file">${esc(r.file)}</td></tr>`
    );
  });
  return (
    `<section id="reports"><h2>Reports</h2><div class="scroll"><table class="meta">` +
    `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>` +
    `<p class="legend">Parts in template order (${parts.join(', ')}): ✓ has it · ~ only inside another part · ✗ lacks it.</p></section>`
  );
}

/** The concreteness of each part, for a reader who hovers. */
function concreteTitle(r: ReportSummary): string {
  const c = r.concreteness;
  if (!c) return 'not measured';
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return [`${c.specific} of ${c.sentences} sentences state something specific; ${pct(c.formulaShare)} are formula`, ...c.parts.map((p) => `${p.part}: ${pct(p.share)} concrete, ${pct(p.formulaShare)} formula`)].join('\n');
}

/** Per report, the shared-passage ranges to highlight, sorted; and the anchors the page has given out so far. */
type Marks = Map<string, Array<{ start: number; end: number; id: number }>> & { anchors?: Set<string> };

function passageMarks(c: ReportDocument): Marks {
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
function fileKey(file: string): string {
  let h = 0;
  for (let i = 0; i < file.length; i++) h = (h * 31 + file.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

function cellHtml(cells: Cell[], marks: Marks): string {
  // bare: a wide comparison has many of these, and :empty styles them
  if (!cells.length) return '<td></td>';
  return `<td>${cells.map((c) => `<div class="cell${c.lead ? ' lead' : ''}">${highlighted(c, marks)}</div>`).join('')}</td>`;
}

function partSection(p: PartView, reports: ReportSummary[], marks: Marks): string {
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
function heat(v: number): string {
  const x = Math.max(0, Math.min(1, v));
  return `background:hsl(8 75% ${Math.round(97 - x * 52)}%);${x > 0.6 ? 'color:#fff;' : ''}`;
}

function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`;
}

function coverageSection(cov: CoverageMatrix, reports: ReportSummary[]): string {
  const label = new Map(reports.map((r) => [r.file, r.label]));
  const max = Math.max(1, ...cov.rows.flatMap((r) => r.cells.map((c) => c.count)));
  const head = cov.columns.map((c) => `<th data-file="${esc(c.file)}">${esc(label.get(c.file) ?? c.agency)}</th>`).join('');
  let section = '';
  const rows = cov.rows.map((row) => {
    const cells = cov.columns.map((col) => {
      const c = row.cells.find((x) => x.file === col.file);
      if (!c || !c.count) return '<td class="num zero">·</td>';
      // the words that put the report under the topic, for a reader who hovers
      const ev = c.evidence.map((e) => `${e.negated ? '(not) ' : ''}${e.quote}`).join('\n');
      const neg = c.negated ? ` <span class="late" title="${esc(`${c.negated} said as lacking or not done`)}">−${c.negated}</span>` : '';
      return `<td class="num" style="${heat(c.count / max)}" title="${esc(ev)}">${c.count}${neg}</td>`;
    });
    const band = row.section !== section ? ` class="band"` : '';
    section = row.section;
    return `<tr${band}><th class="topic">${esc(row.label)} <span class="dim">${esc(row.section)}</span></th>${cells.join('')}</tr>`;
  });
  return (
    `<section id="coverage"><h2>Topics <span class="dim">points that speak of each topic, per report; −n: said as lacking; hover a cell for the words</span></h2>` +
    `<div class="scroll"><table class="matrix"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`
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
  const list = reuse.passages.slice(0, top).map((p) => {
    const where = p.occurrences
      .filter((o, k, a) => a.findIndex((x) => x.file === o.file) === k)
      .map((o) => {
        const where = `${esc(name(o.file))}${o.section ? ` · ${esc(o.section)}` : ''}`;
        const anchor = `passage-${p.id}-${fileKey(o.file)}`;
        // preamble and closing are not shown side by side: nothing to link to there
        return marks.anchors?.has(anchor) ? `<a href="#${anchor}">${where}</a>` : `<span>${where}</span>`;
      })
      .join(' ');
    return `<li id="passage-${p.id}"><blockquote>${esc(p.text)}</blockquote><div class="where">${p.text.length} characters in ${new Set(p.occurrences.map((o) => o.file)).size} reports: ${where}</div></li>`;
  });
  return (
    `<section id="reuse"><h2>Reuse <span class="dim">row: the share of that report’s text also found in the column’s report</span></h2>` +
    `<div class="scroll"><table class="matrix heat"><thead><tr><th></th>${head}<th>shared with any</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>` +
    `<h3>Shared passages</h3>${list.length ? `<ol class="passages">${list.join('\n')}</ol>` : '<p class="none">No passage is shared.</p>'}</section>`
  );
}
