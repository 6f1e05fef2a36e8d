// The page's only style sheet, inline. Chinese comes from whatever CJK font the system has.
export const PAGE_STYLE = `
:root {
  --fg: #1d2329; --dim: #68727d; --line: #d9dee3; --bg: #fff; --band: #f5f7f9;
  --has: #1a7f37; --inside: #9a6700; --lacks: #cf222e; --mark: #fff1a8;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 14px; line-height: 1.6; color: var(--fg); background: var(--bg);
}
body { margin: 0 auto; padding: 0 24px 48px; max-width: 1800px; }
header { border-bottom: 1px solid var(--line); padding: 8px 0; }
h1 { font-size: 20px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 32px 0 8px; }
h3 { font-size: 15px; margin: 24px 0 8px; }
nav a { margin-right: 12px; color: #0b5cad; text-decoration: none; }
nav a:hover { text-decoration: underline; }
.dim, .legend, footer { color: var(--dim); font-size: 12px; font-weight: normal; }
.zh { font-weight: normal; }
.notes { background: var(--band); border-left: 3px solid var(--line); padding: 4px 12px; margin: 12px 0; color: var(--dim); font-size: 13px; }
.notes p { margin: 4px 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--band); }
.meta td.file { font-family: ui-monospace, monospace; font-size: 12px; color: var(--dim); }
.meta td.agency { white-space: nowrap; }
.date { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.none { color: var(--dim); }
.marks { white-space: nowrap; font-family: ui-monospace, monospace; }
.mark { display: inline-block; width: 1.4em; text-align: center; font-weight: bold; }
.has { color: var(--has); } .inside { color: var(--inside); } .lacks { color: var(--lacks); }
.late { color: var(--lacks); font-size: 12px; }
table.side { table-layout: fixed; width: max(100%, calc(var(--cols) * 17em)); }
table.side.labelled { width: max(100%, calc(var(--cols) * 17em + 9em)); }
table.side th.row { width: 9em; font-weight: normal; font-size: 12px; color: var(--dim); }
table.side .topic { font-size: 11px; color: #0b5cad; }
.cell.lead { color: var(--dim); }
.cell + .cell { border-top: 1px dashed var(--line); margin-top: 6px; padding-top: 6px; }
.matrix tr.band th, .matrix tr.band td { border-top: 2px solid #aab3bc; }
table.side .who { font-weight: bold; }
table.side .heading { font-weight: normal; font-size: 12px; color: var(--dim); }
table.side td { font-size: 13px; }
table.side td:empty { background: var(--band); }
.cell { white-space: pre-wrap; overflow-wrap: anywhere; }
a.shared { background: var(--mark); color: inherit; text-decoration: none; border-bottom: 1px solid #d4a72c; }
a.shared:hover, :target { outline: 2px solid #d4a72c; }
.matrix td.zero { color: var(--line); }
.matrix td.self { color: var(--line); background: var(--band); }
.matrix th.topic { font-weight: normal; white-space: nowrap; }
.passages li { margin-bottom: 12px; }
.passages blockquote { margin: 0; padding: 4px 8px; background: var(--mark); white-space: pre-wrap; }
.passages .where { font-size: 12px; color: var(--dim); }
.passages .where a { color: #0b5cad; margin-right: 8px; }
footer { margin-top: 48px; }
.meta.compact td { white-space: nowrap; }
.meta.compact td.title, .meta.compact td.file { max-width: 22em; overflow: hidden; text-overflow: ellipsis; }
.meta.compact td.dim { font-size: 12px; }
/* a wide matrix scrolls in its own box: its head row and first column stay in view */
.sticky-box { overflow: auto; max-height: 85vh; border: 1px solid var(--line); }
.sticky-box table { border-collapse: separate; border-spacing: 0; }
.sticky-box th, .sticky-box td { border-width: 0 1px 1px 0; }
.sticky-box thead th { position: sticky; top: 0; z-index: 2; background: var(--band); }
.sticky-box tbody th { position: sticky; left: 0; z-index: 1; background: var(--bg); }
.sticky-box thead th:first-child { left: 0; z-index: 3; }
.matrix.narrow thead th { writing-mode: vertical-rl; white-space: nowrap; font-weight: normal; font-size: 12px; padding: 6px 2px; }
.matrix.narrow thead th .yr { color: var(--dim); margin-top: 4px; }
.matrix.narrow td { padding: 2px 4px; font-size: 12px; }
.matrix a { color: #0b5cad; text-decoration: none; }
svg.chart { font-size: 11px; fill: var(--fg); }
svg.chart text { fill: var(--fg); }
svg.chart .axis, svg.chart .grid, svg.chart .sep { fill: none; stroke: #aab3bc; }
svg.chart .grid { stroke: var(--line); }
svg.chart .sep { stroke: #68727d; stroke-width: 0.5; }
svg.chart rect.block { fill: transparent; stroke: #1d2329; stroke-width: 1; }
svg.chart a:hover rect.block { stroke: #0b5cad; stroke-width: 2; }
svg.conc-svg rect, svg.years-svg rect { fill: #4a7fb0; }
svg.chart rect:hover { fill-opacity: 0.7; }
.smalls { display: flex; flex-wrap: wrap; gap: 8px 20px; }
figure.small { margin: 0; }
figure.small figcaption { font-size: 12px; }
.step { white-space: nowrap; }
@media print { .scroll, .sticky-box { overflow: visible; max-height: none; } }
`;
