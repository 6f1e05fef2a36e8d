// The overview page and the folder of pages beside it (--layout split), without a browser: which layout is chosen,
// that the pages exist and are linked, no link leads nowhere, hostile text stays text in the new views, and the
// folder is replaced whole. The browser test on 100+ reports is report-scale.test.ts.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { main } from '../src/cli/main.js';
import { readReport } from '../src/index.js';
import { buildReportDocument, type ReportDocument } from '../src/report/index.js';
import { renderHtmlSite } from '../src/render/html-site.js';
import { reuseHeatSvg, seriesYearsSvg, concretenessSvg } from '../src/render/html-charts.js';
import { partsDirOf } from '../src/cli/report.js';
import { ROOT, SAMPLES, S, samplePath } from './helpers/samples.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'report-injection');
const reports = Object.values(S).map((n) => readReport(samplePath(n)));

async function run(args: string[]): Promise<{ json: string; code: number }> {
  let json = '';
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((json += String(s)), true));
  try {
    await main(args);
    return { json, code: Number(process.exitCode ?? 0) };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

/** Every local link of a page (no fragment-only ones), as paths relative to the page's folder, with its fragment. */
function links(html: string): Array<{ path: string; hash: string }> {
  return [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => {
    const [path, hash = ''] = m[1].replace(/&amp;/g, '&').split('#');
    return { path: decodeURIComponent(path), hash };
  });
}

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'govdiff-site-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('report --layout', () => {
  it('keeps the five samples as one self-contained page by default (auto), and writes no folder', async () => {
    const dir = tmp();
    const out = join(dir, 'report.html');
    const { json, code } = await run(['report', SAMPLES, '--out', out, '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(json);
    expect(summary.layout).toBe('single');
    expect(summary.files).toEqual([{ path: out, bytes: statSync(out).size }]);
    expect(existsSync(partsDirOf(out))).toBe(false);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\s(?:src|href)="(?!#)/);
  });

  it('split: an overview and pages beside it, each linked, every link leading to a file (and anchor) that is there', async () => {
    const dir = tmp();
    const out = join(dir, 'cmp.html');
    const { json, code } = await run(['report', SAMPLES, '--out', out, '--layout', 'split', '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(json);
    const folder = join(dir, 'cmp.parts');
    const pages = readdirSync(folder).sort();
    // every part for each group, and a page per group
    expect(pages).toContain('measures-g01.html');
    expect(pages).toContain('series-g01.html');
    expect(summary.files.map((f: { path: string }) => f.path).sort()).toEqual([out, ...pages.map((p) => join(folder, p))].sort());
    for (const f of summary.files) expect(statSync(f.path).size).toBe(f.bytes);

    const overview = readFileSync(out, 'utf8');
    const fromOverview = new Set(links(overview).map((l) => l.path));
    // every page is reachable from the overview
    for (const p of pages) expect(fromOverview.has(`cmp.parts/${p}`)).toBe(true);
    // no link, from the overview or from any page, leads to a missing file or a missing anchor
    const check = (from: string, html: string) => {
      for (const l of links(html)) {
        const target = join(dirname(from), l.path);
        expect(existsSync(target), `${from} → ${l.path}`).toBe(true);
        if (l.hash) expect(readFileSync(target, 'utf8'), `${from} → ${l.path}#${l.hash}`).toContain(`id="${l.hash}"`);
      }
    };
    check(out, overview);
    for (const p of pages) check(join(folder, p), readFileSync(join(folder, p), 'utf8'));
    // the overview still shows each agency; the parts' text is on the pages
    for (const r of reports) expect(overview).toContain(r.meta.agency!);
    expect(readFileSync(join(folder, 'problems-g01.html'), 'utf8')).toContain('基层法治建设力度有待进一步提升');
    // nothing runs and nothing is fetched, on any page
    for (const p of [out, ...pages.map((x) => join(folder, x))]) {
      const html = readFileSync(p, 'utf8');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      expect(html).toContain("default-src 'none'");
      expect(html).toContain('<meta name="generator" content="govdiff">');
    }
  });

  it('replaces the folder whole on a second run, and leaves it alone when the run fails', async () => {
    // the pages are written among the reports: a second run passes over them (they are marked as govdiff's)
    const dir = tmp();
    for (const n of Object.values(S)) copyFileSync(samplePath(n), join(dir, n));
    const out = join(dir, 'report.html');
    await run(['report', dir, '--out', out, '--layout', 'split']);
    const folder = join(dir, 'report.parts');
    // a page an older run left (a group that is no more): gone after the next run
    writeFileSync(join(folder, 'stale.html'), '<meta name="generator" content="govdiff">old');
    const again = await run(['report', dir, '--out', out, '--layout', 'split', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.json).reports).toHaveLength(5);
    expect(existsSync(join(folder, 'stale.html'))).toBe(false);
    const names = [...Object.values(S), 'report.html', 'report.parts'].sort();
    expect(readdirSync(dir).sort()).toEqual(names);
    // a run that cannot write leaves the old pages as they were, and nothing behind
    const before = readdirSync(folder).sort();
    const failed = await run(['report', dir, '--out', join(dir, 'missing', 'report.html'), '--layout', 'split']);
    expect(failed.code).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it('will not replace a folder holding files govdiff did not write', async () => {
    const dir = tmp();
    const out = join(dir, 'report.html');
    await run(['report', SAMPLES, '--out', out, '--layout', 'split']);
    writeFileSync(join(dir, 'report.parts', 'notes.txt'), 'mine');
    const before = readdirSync(join(dir, 'report.parts')).sort();
    const { code } = await run(['report', SAMPLES, '--out', out, '--layout', 'split']);
    expect(code).toBe(1);
    expect(readdirSync(join(dir, 'report.parts')).sort()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.parts']);
  });

  it('refuses a file where the folder should be, and changes nothing', async () => {
    const dir = tmp();
    const out = join(dir, 'report.html');
    writeFileSync(join(dir, 'report.parts'), 'not a folder');
    const { code } = await run(['report', SAMPLES, '--out', out, '--layout', 'split']);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(dir, 'report.parts'), 'utf8')).toBe('not a folder');
    expect(readdirSync(dir)).toEqual(['report.parts']);
  });
});

describe('series in the document', () => {
  it('groups one agency across years, by year, with the share each year repeats from the last', () => {
    const [first] = reports;
    // the same agency's report a year later, copied almost whole
    const next = { ...first, file: '/x/next-year.txt', meta: { ...first.meta, year: first.meta.year! + 1 } };
    const doc = buildReportDocument([...reports, next]);
    const s = doc.series!.find((x) => x.reports.length === 2)!;
    expect(s.name).toBe(first.meta.agency);
    expect(s.reports.map((r) => r.file)).toEqual([first.file, next.file]);
    expect(s.reports[0]).toMatchObject({ previousFile: null, containment: null });
    expect(s.reports[1].previousFile).toBe(first.file);
    expect(s.reports[1].containment).toBeGreaterThan(0.9);
    // every report is in one series or unassigned, once
    const all = [...doc.series!.flatMap((x) => x.reports.map((r) => r.file)), ...doc.unassigned!].sort();
    expect(all).toEqual(doc.reports.map((r) => r.file).sort());
    // the split layout shows that series as a group of its own, with its page
    const site = renderHtmlSite(doc, { dir: 'r.parts', index: 'r.html' });
    expect(site.index).toContain('Year over year');
    const page = site.files.find((f) => f.name === 'series-g01.html')!.html;
    expect(page).toContain(esc2(first.meta.agency!));
  });
});

const esc2 = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('the new views escape what the reports say', () => {
  const HOSTILE = `<script>window.__pwned=1</script>" onmouseover="x`;

  it('in the overview, the pages, the charts and their titles', () => {
    const planted = readReport(join(FIXTURES, 'injected.txt'));
    const doc: ReportDocument = buildReportDocument([planted, ...reports.slice(0, 2)]);
    // hostile names wherever a name is shown: series, labels, titles, files
    const hostile: ReportDocument = {
      ...doc,
      reports: doc.reports.map((r) => ({ ...r, label: HOSTILE, title: HOSTILE, agencies: [HOSTILE] })),
      series: [{ name: HOSTILE, reports: doc.reports.slice(0, 2).map((r, i) => ({ file: r.file, year: 2020 + i, previousFile: i ? doc.reports[0].file : null, containment: i ? 0.3 : null })), meanContainment: 0.3 }],
    };
    const site = renderHtmlSite(hostile, { dir: `a"b<c>.parts`, index: `x"<y>.html`, title: HOSTILE });
    for (const html of [site.index, ...site.files.map((f) => f.html)]) {
      expect(html).not.toContain('<script>window.__pwned');
      expect(html).not.toContain('" onmouseover="');
      expect(html).not.toMatch(/<a[^>]+href="[^"]*<[^"]*"/);
    }
    expect(site.index).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    // the planted report's own words, on the page of its part
    const pages = site.files.map((f) => f.html).join('\n');
    expect(pages).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(pages).toContain('&quot; onmouseover=&quot;window.__pwned=2&quot;');

    const blocks = [{ name: HOSTILE, from: 0, to: 2, href: `"><script>` }];
    const files = hostile.reports.map((r) => r.file);
    for (const svg of [reuseHeatSvg(hostile.reuse!, files, blocks), seriesYearsSvg(hostile.series![0], 0.5, `"><script>`), concretenessSvg(hostile.reports, files, blocks, () => HOSTILE)]) {
      expect(svg).toMatch(/<svg [^>]*role="img" aria-label="/);
      expect(svg).toContain('<title>');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('" onmouseover="');
    }
  });
});
