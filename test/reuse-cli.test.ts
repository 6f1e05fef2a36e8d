// govdiff reuse as a user runs it (bin/govdiff.js over the built dist/): the worker-thread path, which only the
// built code can take, gives the same bytes as one thread; --series on named files; usage errors.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES, S, sampleText } from './helpers/samples.js';
// @ts-expect-error plain ESM module without types
import { generateCorpus } from '../bench/synth.mjs';

const BIN = join(ROOT, 'bin', 'govdiff.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });

let corpus: string;
beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'govdiff-reuse-'));
  const { files } = generateCorpus({ reports: 150, seed: 7 }) as { files: { name: string; text: string }[] };
  for (const f of files) writeFileSync(join(corpus, f.name), f.text);
});

describe('govdiff reuse --threads', () => {
  it('two threads give byte-identical JSON and tables to one, on a generated corpus and on the samples', () => {
    for (const input of [corpus, SAMPLES]) {
      const one = run(['reuse', input, '--json', '--threads', '1', '--min-chars', '12']);
      const two = run(['reuse', input, '--json', '--threads', '2', '--min-chars', '12']);
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      expect(JSON.parse(one.stdout).passages.length).toBeGreaterThan(5);
      expect(two.stdout).toBe(one.stdout);
    }
    expect(run(['reuse', corpus, '--threads', '2']).stdout).toBe(run(['reuse', corpus, '--threads', '1']).stdout);
  });

  it('rejects --threads 0 with exit 2', () => {
    const r = run(['reuse', SAMPLES, '--threads', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--threads must be a whole number ≥ 1');
  });
});

describe('govdiff reuse --series', () => {
  it('adds series to the JSON (contracted keys unchanged), from the file names with --series-pattern', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-series-'));
    writeFileSync(join(dir, '2021年江津区工作报告_2021.txt'), sampleText(S.jiangjin));
    writeFileSync(join(dir, '2022年江津区工作报告_2022.txt'), sampleText(S.jiangjin).replace(/2021/g, '2022'));
    writeFileSync(join(dir, '綦江区2021年报告_2021.txt'), sampleText(S.qijiang));
    const r = run(['reuse', dir, '--json', '--series-pattern', '(?<series>\\p{sc=Han}{2})(?=区).*_(?<year>\\d{4})\\.txt$']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['reports', 'passages', 'pairs', 'sections', 'groups', 'settings', 'series', 'seriesUnassigned']);
    expect(out.series.map((s: { series: string }) => s.series)).toEqual(['江津', '綦江']);
    const later = out.series[0].reports[1];
    expect(later).toMatchObject({ year: 2022, previousFile: join(dir, '2021年江津区工作报告_2021.txt') });
    expect(later.containment).toBeGreaterThan(0.9);
    expect(Object.keys(JSON.parse(run(['reuse', dir, '--json']).stdout))).not.toContain('series');
  });

  it('says what is wrong with a pattern, exit 2', () => {
    const bad = run(['reuse', SAMPLES, '--series-pattern', '(?<series>\\w+)']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--series-pattern needs a named group (?<year>…)');
    expect(run(['reuse', SAMPLES, '--series', '--baseline', join(SAMPLES, S.changshou)]).status).toBe(2);
  });
});
