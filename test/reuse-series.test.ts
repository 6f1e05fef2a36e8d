// Year over year per series: three years of one agency and two of another, made from the samples the way a
// report is rewritten from last year's (years moved on, a third of the text new each year); and the Shenzhen corpus.
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { parseReport, readReport, expandInputs, type Report } from '../src/index.js';
import { findReuse, seriesKeys, seriesReuse, type ReuseResult } from '../src/reuse/index.js';
import { renderReuseTable, renderReuseCsv, renderReuseMarkdown } from '../src/render/reuse.js';
import { makeContext } from '../src/render/context.js';
import { S, SHARED, hasShared, sampleText } from './helpers/samples.js';

/** The pattern docs/reuse.md gives for the Shenzhen work reports' file names. */
export const SZ_PATTERN = /(?<series>国务院|\p{sc=Han}{2,3}?[省市](?=政府)|\p{sc=Han}{2}(?=新?区)).*_(?<year>\d{4})年?\.txt$/u;

/** Next year's report: years moved on, lines in [from, to) of the text rewritten (reversed: new text, same length). */
function nextYear(text: string, fromShare: number, toShare: number): string {
  const bumped = text.replace(/20(\d\d)/g, (_, y) => `20${Number(y) + 1}`);
  const lines = bumped.split('\n');
  // the title (agency, year) and the signature stay
  const from = Math.max(2, Math.floor(lines.length * fromShare));
  const to = Math.min(lines.length - 3, Math.floor(lines.length * toShare));
  return lines.map((l, i) => (i >= from && i < to ? [...l].reverse().join('') : l)).join('\n');
}

let reports: Report[];
let result: ReuseResult;

beforeAll(() => {
  const keji2021 = parseReport(sampleText(S.jiangjin), 'x').text;
  const keji2022 = nextYear(keji2021, 1 / 3, 2 / 3);
  const keji2023 = nextYear(keji2022, 2 / 3, 1);
  const qijiang2021 = parseReport(sampleText(S.qijiang), 'x').text;
  const qijiang2022 = nextYear(qijiang2021, 0.5, 1);
  // input order is not year order
  reports = [
    parseReport(keji2023, 'keji-c.txt'),
    parseReport(qijiang2021, 'qijiang-a.txt'),
    parseReport(keji2021, 'keji-a.txt'),
    parseReport(keji2022, 'keji-b.txt'),
    parseReport(qijiang2022, 'qijiang-b.txt'),
    parseReport(sampleText(S.changshou), 'changshou.txt'),
  ];
  result = findReuse(reports);
});

describe('reuse --series on reports rewritten year by year', () => {
  it('groups by agency, orders by year, compares each report with the year before', () => {
    const { series, unassigned } = seriesReuse(reports, result, seriesKeys(reports));
    expect(unassigned).toEqual([]);
    expect(series.map((s) => s.series)).toEqual(['重庆市江津区科学技术局', '重庆市綦江区人民政府', '重庆市长寿区招商投资促进局']);
    const [keji, qijiang, single] = series;
    expect(keji.reports.map((r) => [r.file, r.year, r.previousFile])).toEqual([
      ['keji-a.txt', 2021, null],
      ['keji-b.txt', 2022, 'keji-a.txt'],
      ['keji-c.txt', 2023, 'keji-b.txt'],
    ]);
    expect(qijiang.reports.map((r) => r.previousFile)).toEqual([null, 'qijiang-a.txt']);
    expect(single.reports[0]).toMatchObject({ previousFile: null, sharedChars: null, containment: null });
    expect(single.meanContainment).toBeNull();
  });

  it('measures the share carried over (about two thirds, one half); containment is shared ÷ chars', () => {
    const { series } = seriesReuse(reports, result, seriesKeys(reports));
    const [keji, qijiang] = series;
    const byFile = (f: string) => reports.find((r) => r.file === f)!;
    for (const r of [...keji.reports, ...qijiang.reports].filter((x) => x.previousFile)) {
      expect(r.containment).toBeCloseTo(r.sharedChars! / byFile(r.file).text.length, 3);
    }
    expect(keji.reports[1].containment).toBeGreaterThan(0.5);
    expect(keji.reports[1].containment).toBeLessThan(0.85);
    expect(keji.reports[2].containment).toBeGreaterThan(0.5);
    expect(qijiang.reports[1].containment).toBeGreaterThan(0.4);
    expect(qijiang.reports[1].containment).toBeLessThan(0.8);
    expect(keji.meanContainment).toBeCloseTo((keji.reports[1].containment! + keji.reports[2].containment!) / 2, 3);
  });

  it('is not limited by --pair-max-reports: text all three years share still counts', () => {
    const narrow = findReuse(reports, { pairMaxReports: 2 });
    const wide = seriesReuse(reports, result, seriesKeys(reports)).series;
    expect(seriesReuse(reports, narrow, seriesKeys(reports)).series).toEqual(wide);
    // the pair figures leave out passages of three reports, the series figures do not
    const pair = narrow.pairs.find((p) => [p.a, p.b].sort().join() === 'keji-a.txt,keji-b.txt')!;
    const bInA = pair.b === 'keji-b.txt' ? pair.containmentB : pair.containmentA;
    expect(bInA).toBeLessThan(wide[0].reports[1].containment! - 0.1);
  });

  it('takes series and year from the file name with a pattern; names it cannot read are left out', () => {
    const named = reports.map((r, i) => ({ ...r, file: ['2023年江津_2023.txt', '綦江2021_2021.txt', '2021年江津_2021.txt', '2022年江津_2022.txt', '綦江2022_2022.txt', 'notes.txt'][i] }));
    const r = findReuse(named);
    const { series, unassigned } = seriesReuse(named, r, seriesKeys(named, /(?<series>江津|綦江).*_(?<year>\d{4})\.txt$/u));
    expect(series.map((s) => [s.series, s.reports.map((x) => x.year)])).toEqual([
      ['江津', [2021, 2022, 2023]],
      ['綦江', [2021, 2022]],
    ]);
    expect(unassigned).toEqual(['notes.txt']);
  });

  it('renders a compact table per series, and CSV and Markdown rows', () => {
    const { series, unassigned } = seriesReuse(reports, result, seriesKeys(reports));
    const full = { ...result, series, seriesUnassigned: unassigned };
    const out = renderReuseTable(full, makeContext({ color: false, width: 100 }), { top: 3 });
    expect(out).toContain('Year over year');
    const rows = out.split('\n');
    const head = rows.findIndex((l) => l.startsWith('重庆市江津区科学技术局'));
    expect(rows[head]).toMatch(/3 reports, mean \d+\.\d%/);
    expect(rows[head + 2]).toMatch(/^ {2}2021 keji-a\.txt +— +— +—/);
    expect(rows[head + 3]).toMatch(new RegExp(`^  2022 keji-b\\.txt +2021 +${series[0].reports[1].sharedChars} +\\d+\\.\\d%`));
    expect(Math.max(...rows.map((l) => l.length))).toBeLessThanOrEqual(100);
    const csv = renderReuseCsv(full, 'series').split('\n');
    expect(csv[0]).toBe('series,year,file,previous_file,shared_chars,containment');
    expect(csv).toContain(`重庆市江津区科学技术局,2022,keji-b.txt,keji-a.txt,${series[0].reports[1].sharedChars},${series[0].reports[1].containment}`);
    expect(renderReuseMarkdown(full)).toContain('| 2023 | keji-c.txt | keji-b.txt |');
  });
});

describe.skipIf(!hasShared)('reuse --series on the Shenzhen work reports', () => {
  it('puts all 144 reports into 13 series and shows each district year over year', () => {
    const dir = join(SHARED, 'corpus', 'sz-gov-work-reports');
    const all = expandInputs([dir]).files.map((f) => readReport(f));
    const r = findReuse(all);
    const { series, unassigned } = seriesReuse(all, r, seriesKeys(all, SZ_PATTERN));
    expect(all.length).toBe(144);
    expect(unassigned).toEqual([]);
    expect(series.map((s) => s.series).sort()).toEqual(['光明', '南山', '国务院', '坪山', '大鹏', '宝安', '广东省', '深圳市', '盐田', '福田', '罗湖', '龙华', '龙岗'].sort());
    const longgang = series.find((s) => s.series === '龙岗')!;
    expect(longgang.reports.map((x) => x.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const s of series) {
      for (const [i, x] of s.reports.entries()) {
        if (i === 0) expect(x.previousFile).toBeNull();
        else if (x.year > s.reports[0].year) expect(s.reports.find((y) => y.file === x.previousFile)!.year).toBeLessThan(x.year);
      }
      // every district carries some of last year's text over, none copies most of it
      expect(s.meanContainment).toBeGreaterThan(0.03);
      expect(s.meanContainment).toBeLessThan(0.3);
    }
    const sz = series.find((s) => s.series === '深圳市')!.reports;
    expect(sz[sz.length - 1]).toMatchObject({ year: 2025, previousFile: expect.stringContaining('深圳市政府工作报告_2024年') });
  }, 60000);
});
