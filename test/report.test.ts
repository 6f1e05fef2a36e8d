// The HTML comparison as data and as markup, without a browser (the browser test is report-browser.test.ts).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { SAMPLES, ROOT, S } from './helpers/samples.js';
import { readReport } from '../src/index.js';
import { buildReportDocument } from '../src/report/index.js';
import { renderHtml, esc } from '../src/render/html.js';
import { fazhi } from '../src/profiles/index.js';

const TEMPLATE_PARTS = fazhi.order;

const NAMES = Object.values(S);
const reports = NAMES.map((n) => readReport(join(SAMPLES, n)));
const QIJIANG = 1;

describe('the comparison document', () => {
  // inputs in reverse: the columns still come in file order
  const doc = buildReportDocument([...reports].reverse());

  it('has every report, in file order, and every mandated part', () => {
    expect(doc.reports.map((r) => r.file)).toEqual(reports.map((r) => r.file));
    expect(doc.parts.map((p) => p.part)).toEqual([...TEMPLATE_PARTS]);
    for (const p of doc.parts) for (const row of p.rows) expect(row.cells).toHaveLength(reports.length);
  });

  it('puts 001’s problems, told inside its measures, under problems in its own column', () => {
    const problems = doc.parts.find((p) => p.part === 'problems')!;
    expect(problems.heads[QIJIANG]).toMatchObject({ present: true, inferred: true });
    const text = problems.rows.flatMap((r) => r.cells[QIJIANG].map((c) => c.text)).join('');
    expect(text).toContain('基层法治建设力度有待进一步提升');
    const measures = doc.parts.find((p) => p.part === 'measures')!;
    const inMeasures = measures.rows.flatMap((r) => r.cells[QIJIANG].map((c) => c.text)).join('');
    expect(inMeasures).not.toContain('基层法治建设力度有待进一步提升');
  });

  it('says 002 and 003 have no duties part', () => {
    const duties = doc.parts.find((p) => p.part === 'duties')!;
    expect(duties.heads.map((h) => h.present)).toEqual([true, true, false, false, true]);
    for (const row of duties.rows) expect(row.cells[2].length + row.cells[3].length).toBe(0);
  });

  it('cells quote the reports exactly where their offsets say', () => {
    for (const p of doc.parts)
      for (const row of p.rows)
        row.cells.forEach((cells, i) => {
          for (const c of cells) expect(reports[i].text.slice(c.start, c.end)).toBe(c.text);
        });
  });
});

describe('coverage and reuse in the document', () => {
  const doc = buildReportDocument(reports);

  it('has the topics × agencies matrix, one cell per report', () => {
    expect(doc.coverage?.rows.length).toBeGreaterThan(0);
    for (const row of doc.coverage!.rows) expect(row.cells.map((c) => c.file)).toEqual(reports.map((r) => r.file));
  });

  it('lists shared passages, each in at least two reports, and marks them where they occur', () => {
    const reuse = doc.reuse!;
    expect(reuse.passages.length).toBeGreaterThan(0);
    const html = renderHtml(doc);
    for (const p of reuse.passages) {
      expect(new Set(p.occurrences.map((o) => o.file)).size).toBeGreaterThanOrEqual(2);
      for (const o of p.occurrences) expect(reports.find((r) => r.file === o.file)!.text.slice(o.start, o.end).length).toBeGreaterThan(0);
      // every occurrence inside a mandated part is highlighted there
      const shown = p.occurrences.filter((o) => (TEMPLATE_PARTS as readonly string[]).includes(o.section ?? ''));
      const marked = [...html.matchAll(/<a class="shared"[^>]* title="shared passage ([^"]*)"/g)].filter((m) => m[1].split(' ').includes(`#${p.id}`)).length;
      expect(marked).toBeGreaterThanOrEqual(shown.length);
    }
    // containment is a share, and a report is not compared with itself
    reuse.containment.forEach((row, i) => row.forEach((v, j) => (i === j ? expect(v).toBeNull() : expect(v).toBeGreaterThanOrEqual(0))));
  });
});

describe('the HTML page', () => {
  const html = renderHtml(buildReportDocument(reports));

  it('needs nothing from the network and runs no script', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });

  it('shows every agency and every part', () => {
    for (const r of reports) expect(html).toContain(esc(r.meta.agency));
    for (const part of TEMPLATE_PARTS) expect(html).toContain(`data-part="${part}"`);
  });

  it('escapes report text in content and in attributes', () => {
    const planted = readReport(join(ROOT, 'test', 'fixtures', 'report-injection', 'injected.txt'));
    const page = renderHtml(buildReportDocument([planted, reports[0]]));
    expect(page).not.toContain('<script>window.__pwned');
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).not.toContain('" onmouseover="');
    expect(page).toContain('&quot; onmouseover=&quot;window.__pwned=2&quot;');
    expect(esc(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });
});
