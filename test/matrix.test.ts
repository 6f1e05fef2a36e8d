// The coverage table in each format a person opens it in: the terminal, Excel (CSV), Markdown, JSON.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runMain } from './helpers/cli.js';
import { displayWidth } from '../src/render/context.js';
import { readReport } from '../src/index.js';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const run = runMain;
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('govdiff matrix', () => {
  it('draws a table no wider than the terminal, agencies as columns', async () => {
    for (const width of [80, 120]) {
      const { out } = await run(['matrix', SAMPLES, '--section', 'measures', '--width', String(width), '--no-color']);
      expect(out).toContain('招商投资促进局');
      expect(out).toContain('法律顾问和公职律师');
      for (const l of out.trimEnd().split('\n')) expect(displayWidth(l, { ambiguousWide: false })).toBeLessThanOrEqual(width);
      vi.restoreAllMocks();
    }
  });

  it('writes CSV for Excel: BOM, CRLF, one count per agency, atomically to -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-matrix-'));
    try {
      const file = join(dir, 'coverage.csv');
      await run(['matrix', SAMPLES, '--section', 'problems', '-f', 'csv', '--bom', '-o', file]);
      const csv = readFileSync(file, 'utf8');
      expect(csv.startsWith('\uFEFFsection,topic,label,招商投资促进局,綦江区政府')).toBe(true);
      // what the samples say: 新区 (002) "普法宣传形式创新不够多", 科学技术局 (003) "法治宣传形式比较单一", 国资委 (004)
      // "普法宣传的创新招法不多" in their problems; those of 000 and 001 do not speak of 宣传 at all
      const problems = (sample: string) =>
        readReport(join(SAMPLES, readdirSync(SAMPLES).find((f) => f.startsWith(sample))!)).sections.filter((s) => s.canonical === 'problems').map((s) => s.text).join('');
      for (const [sample, says] of [['002', '普法宣传形式创新不够多'], ['003', '法治宣传形式比较单一'], ['004', '普法宣传的创新招法不多']]) expect(problems(sample)).toContain(says);
      for (const sample of ['000', '001']) expect(problems(sample)).not.toContain('宣传');
      const [head, ...lines] = csv.split('\r\n');
      const count = (agency: string) => lines.find((l) => l.startsWith('problems,problem-publicity-form,'))!.split(',')[head.split(',').indexOf(agency)];
      expect(['新区建设管理委员会', '科学技术局', '国资委'].map(count)).toEqual(['1', '1', '1']);
      expect(['招商投资促进局', '綦江区政府'].map(count)).toEqual(['0', '0']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes Markdown with the evidence and the negated mention', async () => {
    const { out } = await run(['matrix', SAMPLES, '--section', 'measures', '-f', 'md']);
    const row = out.split('\n').find((l) => l.startsWith('| measures | 依法行政制度'))!;
    expect(row).toContain('未: (五) 做好规范性文件审查');
    expect(out.split('\n')[1]).toMatch(/^\|( --- \|)+$/);
  });

  it('--by item gives aligned points as rows; --json the contract', async () => {
    const { out } = await run(['matrix', SAMPLES, '--section', 'measures', '--by', 'item', '--json']);
    const m = JSON.parse(out);
    const row = m.rows.find((r: { cells: { count: number }[] }) => r.cells.every((c) => c.count === 1));
    expect(row.topic).toBe('counsel');
  });

  it('rejects a bad --topics file by name, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-topics-'));
    try {
      const file = join(dir, 'mine.json');
      writeFileSync(file, '[{"id": "x"}]');
      const { err, code } = await run(['matrix', SAMPLES, '--topics', file]);
      expect(err).toContain('mine.json');
      expect(code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
