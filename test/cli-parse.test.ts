// The command as a user runs it: bin/govdiff.js over the built dist/ (npm install builds it).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES, S, samplePath, sampleText } from './helpers/samples.js';

const BIN = join(ROOT, 'bin', 'govdiff.js');
const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', ...env } });

describe('govdiff parse', () => {
  it('--json gives one report per input, in input order, with the documented fields', () => {
    const r = run(['parse', '--json', samplePath(S.guoziwei), samplePath(S.changshou)]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { file: string }) => x.file)).toEqual([samplePath(S.guoziwei), samplePath(S.changshou)]);
    const [first] = out;
    expect(Object.keys(first.meta)).toEqual(expect.arrayContaining(['title', 'agency', 'year', 'signedAt', 'publishedAt', 'script', 'encoding']));
    expect(first.sections[1]).toMatchObject({ canonical: 'measures', heading: '一、2023年度推进法治政府建设的主要工作举措及成效' });
    expect(first.sections[1].items[0]).toMatchObject({ marker: '1.', title: '强化理论学习,提升理论水平' });
    expect(first.warnings).toEqual([]);
  });

  it('the outline names each part and fits the width', () => {
    const wide = run(['parse', SAMPLES, '--width', '120']);
    expect(wide.stdout).toContain('duties    二、主要负责人推进法治政府建设履职情况');
    expect(wide.stdout).toMatch(/problems .*\(no heading: inferred\)/);
    const r = run(['parse', SAMPLES, '--width', '60']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) && !/[“”‘’…—·]/.test(ch) ? 2 : 1), 0)));
    expect(widest).toBeLessThanOrEqual(60);
  });

  it('colours only when asked, or on a terminal without NO_COLOR', () => {
    expect(run(['parse', samplePath(S.guoziwei), '--color']).stdout).toMatch(/\x1b\[3\dm/);
    expect(run(['parse', samplePath(S.guoziwei)], undefined, { FORCE_COLOR: '1', NO_COLOR: '' }).stdout).toMatch(/\x1b\[/);
  });

  it('reads stdin for -', () => {
    const r = run(['parse', '--json', '-'], sampleText(S.rongchang));
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '<stdin>', meta: { publishedAt: '2022-01-24' } });
  });

  it('one bad file does not stop the others: message names it, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 159, 146, 150, 0, 0]));
    mkdirSync(join(dir, 'nothing'));
    const r = run(['parse', '--json', join(dir, 'empty.txt'), samplePath(S.changshou), join(dir, 'bin.txt'), join(dir, 'nothing'), join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(`${join(dir, 'empty.txt')}: the file is empty`);
    expect(r.stderr).toContain(`${join(dir, 'bin.txt')}: is a binary file`);
    expect(r.stderr).toContain(`${join(dir, 'nothing')}: directory holds no report files`);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or directory`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a usage error exits 2 with a hint', () => {
    const r = run(['parse']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^govdiff: .*\nRun "govdiff --help"/);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('a text that is no report gets a warning, not an error', () => {
    const r = run(['parse', '--json', '-'], '今天天气很好，我们去公园散步。然后回家吃饭。');
    expect(r.status).toBe(0);
    const warnings: string[] = JSON.parse(r.stdout)[0].warnings;
    expect(warnings.some((w) => /fits no kind of report/.test(w))).toBe(true);
    expect(warnings.join('\n')).toMatch(/no headings of the template/);
  });
});
