// Concreteness: which sentences state something specific, which are only formula; shown by check (a column,
// sortable, and in the JSON) and report (a column, and the track section when reports follow year on year).
import { describe, it, expect, afterEach, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReport, findReuse, buildReportDocument, renderHtml } from '../src/index.js';
import { concreteness, sentenceKind } from '../src/figures/index.js';
import { fazhi } from '../src/profiles/index.js';
import { S, SAMPLES, samplePath } from './helpers/samples.js';
import { qijiangSeries } from './helpers/track-variants.js';
import { runMain } from './helpers/cli.js';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const stock = fazhi.stock!;

describe('sentenceKind', () => {
  it('specific: a figure, a named document, a date, a named case or place', () => {
    expect(sentenceKind('全年共审查区政府规范性文件53件。', stock)).toBe('specific');
    expect(sentenceKind('全面清理不符合《优化营商环境条例》的各类文件。', stock)).toBe('specific');
    expect(sentenceKind('2022年3月召开专题会议。', stock)).toBe('specific');
    expect(sentenceKind('我区“网友找茬”项目被命名为示范项目。', stock)).toBe('specific');
    expect(sentenceKind('深入城投集团、雍鑫集团开展政策宣讲。', stock)).toBe('specific');
  });

  it('formula: nothing left once stock phrases and shared text are out', () => {
    expect(sentenceKind('进一步加强法治政府建设,切实提升依法行政水平。', stock)).toBe('formula');
    // the same words, shared with other reports
    const s = '牢固树立法治思维,增强行动自觉,形成良好氛围。';
    expect(sentenceKind(s, stock)).toBe('plain');
    expect(sentenceKind(s, stock, () => true)).toBe('formula');
  });

  it('not specific: 备案, 方案 and 各街镇 are not names; a heading is not a sentence', () => {
    expect(sentenceKind('二是强化审查备案,制定工作方案,覆盖各街镇。', stock)).not.toBe('specific');
  });
});

describe('concreteness of the samples', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
  const reports = files.map((f) => readReport(join(SAMPLES, f)));
  const conc = concreteness(reports, findReuse(reports));
  const of = (name: string) => conc.find((c) => c.file.endsWith(name))!;

  it('per report and per part; shares agree with the counts', () => {
    for (const c of conc) {
      expect(c.sentences).toBe(c.parts.reduce((n, p) => n + p.sentences, 0));
      expect(c.share).toBeCloseTo(c.specific / c.sentences, 2);
      for (const p of c.parts) expect(p.specific + p.formula).toBeLessThanOrEqual(p.sentences);
    }
    // 001's measures count what was done (53件, 《优化营商环境条例》), its problems name none
    const qj = of(S.qijiang);
    const measures = qj.parts.find((p) => p.part === 'measures')!;
    expect(measures.share).toBeGreaterThan(0.5);
    expect(qj.parts.find((p) => p.part === 'problems')!.specific).toBe(0);
    // 001 is the most concrete sample, 003 (江津 科技局) the least
    const byShare = [...conc].sort((a, b) => b.share - a.share).map((c) => c.file);
    expect(byShare[0].endsWith(S.qijiang)).toBe(true);
    expect(byShare.at(-1)!.endsWith(S.jiangjin)).toBe(true);
  });
});

describe('check and report show it', () => {
  it('check: a concrete and a formula column, --sort concrete puts the most concrete first, JSON carries it', async () => {
    const { out } = await runMain(['check', SAMPLES, '--sort', 'concrete', '--no-color', '--width', '120']);
    expect(out.split('\n')[0]).toMatch(/concrete\s+formula$/);
    const first = out.split('\n')[1];
    expect(first).toContain(S.qijiang);
    const j = JSON.parse((await runMain(['check', SAMPLES, '--json'])).out);
    const qj = j.find((c: { file: string }) => c.file.endsWith(S.qijiang));
    expect(qj.concreteness).toMatchObject({ file: qj.file, sentences: expect.any(Number), share: expect.any(Number), formulaShare: expect.any(Number) });
    expect(qj.concreteness.parts.map((p: { part: string }) => p.part)).toContain('measures');
  });

  it('report: a concrete column, and a Plans kept section when reports of one agency follow year on year', () => {
    const { y2021, y2022 } = qijiangSeries();
    const doc = buildReportDocument([y2021, y2022], { passages: 5 });
    expect(doc.reports[0].concreteness?.share).toBeGreaterThan(0.3);
    expect(doc.track?.series[0].steps).toHaveLength(1);
    const html = renderHtml(doc);
    expect(html).toContain('<th>concrete</th>');
    expect(html).toContain('id="track"');
    expect(html).toContain('not reported on');
    expect(html).toContain('3 of 4 plans followed up (75%)');
    // no track section for reports that are no series
    const one = buildReportDocument([readReport(samplePath(S.qijiang)), readReport(samplePath(S.guoziwei))], { passages: 5 });
    expect(one.track).toBeNull();
    expect(renderHtml(one)).not.toContain('id="track"');
  });
});
