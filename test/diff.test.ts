// Two reports side by side: the parts paired, like points paired, and the changes inside a pair exactly the
// difference between the two texts.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readReport, parseReport } from '../src/index.js';
import { diffReports, diffTexts } from '../src/compare/index.js';
import { runMain } from './helpers/cli.js';
import { displayWidth } from '../src/render/context.js';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const A = join(SAMPLES, '003_6e791484e7a4330b.txt');
const B = join(SAMPLES, '004_7470bc842f3634e7.txt');
const side = (changes: { value: string; added: boolean; removed: boolean }[], which: 'a' | 'b') =>
  changes.filter((c) => (which === 'a' ? !c.added : !c.removed)).map((c) => c.value).join('');

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('diff of two agencies', () => {
  const d = diffReports(readReport(A), readReport(B), { sections: ['problems'] });
  const pairs = d.sections[0].pairs;

  it("pairs 003's 法治宣传形式单一 with 004's 普法宣传的创新招法不多", () => {
    const p = pairs.find((x) => x.a?.title.includes('法治宣传形式单一'))!;
    expect(p.b?.title).toContain('普法宣传的创新招法不多');
  });

  it('changes rebuild each side exactly', () => {
    for (const p of pairs) {
      if (p.a) expect(side(p.changes, 'a')).toBe(p.a.text);
      if (p.b) expect(side(p.changes, 'b')).toBe(p.b.text);
    }
    expect(d.stats.paired + d.stats.onlyA).toBe(3);
    expect(d.stats.paired + d.stats.onlyB).toBe(3);
  });
});

describe('diff of two years of one agency', () => {
  const text = readFileSync(join(SAMPLES, '004_7470bc842f3634e7.txt'), 'utf8');
  // next year: other figures, one problem solved and gone
  const next = text.replace(/2023/g, '2024').replace(/1\.\s*理论学习的系统性还不够[^\n]*\n/, '');
  const d = diffReports(parseReport(text, '2023.txt'), parseReport(next, '2024.txt'));

  it('pairs every unchanged point with itself and shows the dropped one as only in A', () => {
    const problems = d.sections.find((s) => s.section === 'problems')!;
    const gone = problems.pairs.filter((p) => !p.b);
    expect(gone.map((p) => p.a!.title)).toEqual(['理论学习的系统性还不够']);
    const measures = d.sections.find((s) => s.section === 'measures')!;
    expect(measures.pairs.every((p) => p.a && p.b)).toBe(true);
    const changed = measures.pairs.filter((p) => p.changes.some((c) => c.added || c.removed));
    for (const p of changed) expect(p.changes.filter((c) => c.added).map((c) => c.value).join('')).toMatch(/^[\d]*$/);
  });
});

describe('the guard', () => {
  it('gives up on two unrelated texts rather than spend O(ND)', () => {
    const a = '甲乙丙丁戊己庚辛'.repeat(300);
    const b = '子丑寅卯辰巳午未'.repeat(300);
    expect(diffTexts(a, b, { granularity: 'char' })).toBeNull();
    expect(diffTexts('推行法律顾问制度', '落实法律顾问制度', { granularity: 'char' })).toEqual([
      { value: '推行', added: false, removed: true },
      { value: '落实', added: true, removed: false },
      { value: '法律顾问制度', added: false, removed: false },
    ]);
  });
});

describe('govdiff diff', () => {
  const run = async (argv: string[]) => (await runMain(argv)).out;
  it('marks removed and added words without colour, within the width', async () => {
    const out = await run(['diff', A, B, '--section', 'problems', '--width', '90', '--no-color']);
    expect(out).toMatch(/\[-[^\]]+-\]/);
    expect(out).toMatch(/\{\+[^}]+\+\}/);
    for (const l of out.trimEnd().split('\n')) expect(displayWidth(l, { ambiguousWide: false })).toBeLessThanOrEqual(90);
  });
  it('--unified puts both in one column; a missing file exits 1', async () => {
    const out = await run(['diff', A, B, '--section', 'problems', '--unified', '--no-color', '--width', '60']);
    expect(out).not.toContain(' │ ');
    vi.restoreAllMocks();
    const missing = await runMain(['diff', A, join(SAMPLES, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.txt: no such file or directory');
  });
});
