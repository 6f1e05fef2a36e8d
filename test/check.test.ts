import { describe, it, expect, vi, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport, parseReport } from '../src/index.js';
import { checkReport } from '../src/check/index.js';
import { renderCheck } from '../src/render/check.js';
import { makeContext, displayWidth } from '../src/render/context.js';
import { main } from '../src/cli/main.js';
import { SAMPLES, S, samplePath, sampleText } from './helpers/samples.js';
import { fazhi } from '../src/profiles/index.js';

const check = (name: string) => checkReport(readReport(samplePath(name)));

describe('check on the samples', () => {
  it('002 and 003 lack the duties part', () => {
    for (const name of [S.rongchang, S.jiangjin]) {
      const c = check(name);
      expect(c.missing).toContain('duties');
      expect(c.present).not.toContain('duties');
      expect(c.ok).toBe(false);
      expect(c.shortfalls).toContain('missing-part');
    }
  });

  it('004 has all five parts, in order', () => {
    const c = check(S.guoziwei);
    expect(c.present).toEqual(['measures', 'problems', 'duties', 'plans', 'other']);
    expect(c.missing).toEqual([]);
    expect(c.embedded).toEqual([]);
    expect(c.inOrder).toBe(true);
    expect(c.agency).toBe('区国资委');
    expect(c.year).toBe(2023);
  });

  it('001 has its problems only inside its measures, and puts duties first', () => {
    const c = check(S.qijiang);
    expect(c.embedded).toEqual(['problems']);
    expect(c.embeddedIn).toEqual({ problems: 'measures' });
    expect(c.present).not.toContain('problems');
    expect(c.missing).not.toContain('problems');
    expect(c.inOrder).toBe(false);
    expect(c.order[0]).toBe('duties');
  });

  it('003 was made public on 2022-03-15, before 1 April 2022', () => {
    const c = check(S.jiangjin);
    expect(c.publishedAt?.slice(0, 10)).toBe('2022-03-15');
    expect(c.deadline).toBe('2022-04-01');
    expect(c.publishedOnTime).toBe(true);
  });

  it('000 names no publication date: on time is unknown, not false', () => {
    const c = check(S.changshou);
    expect(c.publishedAt).toBeNull();
    expect(c.publishedOnTime).toBeNull();
    expect(c.shortfalls).not.toContain('published-late');
  });

  it('names the year, the agency and the signature date where the report gives them', () => {
    expect(check(S.changshou).names).toEqual({ year: true, agency: true, signatureDate: true });
    // 004 ends without a signature block
    expect(check(S.guoziwei).names.signatureDate).toBe(false);
  });

  it('a report made public after 1 April of the next year is late', () => {
    const text = sampleText(S.jiangjin).replace('2022-03-15 11:06:17', '2022-04-15 11:06:17');
    const c = checkReport(parseReport(text, 'late.txt'));
    expect(c.publishedAt?.slice(0, 10)).toBe('2022-04-15');
    expect(c.publishedOnTime).toBe(false);
    expect(c.shortfalls).toContain('published-late');
  });
});

describe('check as a table', () => {
  const checks = Object.values(S).map(check);
  const ctx = makeContext({ color: false, width: 100 });
  const table = renderCheck(checks, ctx, fazhi.mandated);

  it('shows every report with its agency, and says what each lacks', () => {
    for (const c of checks) expect(table).toContain(c.file);
    expect(table).toContain('重庆市江津区科学技术局');
    expect(table).toMatch(/samples\/003_6e791484e7a4330b\.txt[\s\S]*lacks duties/);
    expect(table).toContain('problems only inside measures');
  });

  it('fits the width it was given', () => {
    for (const line of table.split('\n')) expect(displayWidth(line, ctx)).toBeLessThanOrEqual(100);
  });
});

describe('govdiff check', () => {
  let out = '';
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    out = '';
  });
  const run = async (...argv: string[]) => {
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await main(argv);
    return process.exitCode ?? 0;
  };

  it('--json gives the documented contract, one object per report', async () => {
    expect(await run('check', '--json', SAMPLES)).toBe(0);
    const rows = JSON.parse(out);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['file', 'agency', 'year', 'present', 'missing', 'embedded', 'inOrder', 'publishedOnTime']),
      );
    }
    const jiangjin = rows.find((r: { file: string }) => r.file.endsWith(S.jiangjin));
    expect(jiangjin.missing).toContain('duties');
    expect(jiangjin.publishedOnTime).toBe(true);
  });

  it('--strict exits 1 when a report falls short, 0 when all comply', async () => {
    expect(await run('check', '--strict', '--json', samplePath(S.rongchang))).toBe(1);
    expect(await run('check', '--json', samplePath(S.rongchang))).toBe(0);
    // 004 lacks only a signature: signed, it complies
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-check-'));
    const signed = join(dir, 'signed.txt');
    writeFileSync(signed, sampleText(S.guoziwei).trimEnd() + '\n\n区国资委\n2024年1月10日\n');
    out = '';
    expect(await run('check', '--strict', '--json', signed)).toBe(0);
    expect(JSON.parse(out)[0].shortfalls).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--parts asks only for the parts named; an unknown part is a usage error', async () => {
    expect(await run('check', '--json', '--parts', 'measures,problems,plans', samplePath(S.jiangjin))).toBe(0);
    const [row] = JSON.parse(out);
    expect(row.present).toEqual(['measures', 'problems', 'plans']);
    expect(row.missing).toEqual([]);
    expect(row.ok).toBe(true);
    expect(await run('check', '--parts', 'measures,budget', samplePath(S.jiangjin))).toBe(2);
  });
});

describe('a report without headings', () => {
  it('has the parts its paragraphs open, not parts embedded in others', () => {
    const text = [
      '某某区统计局2021年度法治政府建设情况报告',
      '2021年,我局推进法治政府建设的主要举措和成效体现在以下几个方面:一是健全统计制度;二是开展统计执法检查12次。',
      '局主要负责人认真履行推进法治建设第一责任人职责。年初召开党组会研究法治工作。',
      '我局法治政府建设还存在以下不足:统计执法人员数量少。',
      '2022年,我局将重点做好以下工作:一是加强学习;二是加强统计执法。',
    ].join('\n');
    const c = checkReport(parseReport(text));
    expect(c.present).toEqual(['measures', 'problems', 'duties', 'plans']);
    expect(c.embedded).toEqual([]);
  });
});
