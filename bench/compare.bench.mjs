// compare / matrix / diff on a corpus of 500 reports made by varying the five samples: other agency names, points
// dropped and shuffled, other numbers. Prints time and memory per step. Then `govdiff compare --json` from the
// command line on that corpus and on 500 varied (synthetic) reports, where few points align: time, memory, size.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { parseReport, compareReports, buildMatrix, diffReports } from '../dist/index.js';
import { compareCorpus, synthCorpus, writeCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = join(here, '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
const N = Number(process.env.BENCH_REPORTS ?? 500);

const texts = compareCorpus(N).map((f) => ({ file: f.name, text: f.text }));
const chars = texts.reduce((s, t) => s + t.text.length, 0);

function measure(name, fn) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - before;
  rows.push([name, `${ms.toFixed(0)} ms`, `${(heap / 2 ** 20).toFixed(0)} MB`]);
  return result;
}
const rows = [];

const reports = measure(`parse ${N} reports (${(chars / 1e6).toFixed(1)} M chars)`, () => texts.map((t) => parseReport(t.text, t.file)));
measure(`matrix --by topic, ${N} reports`, () => JSON.stringify(buildMatrix(reports)));
measure(`matrix --by item, ${N} reports`, () => JSON.stringify(buildMatrix(reports, { by: 'item' })));
const cmp = measure(`compare --json, ${N} reports`, () => compareReports(reports));
measure('  …as JSON text', () => JSON.stringify(cmp).length);
const [a, b] = [parseReport(samples[3], 'a.txt'), parseReport(compareCorpus(9)[8].text, 'b.txt')];
measure('diff of two whole reports (003 and a variant)', () => diffReports(a, b));
measure('diff of two different agencies (003 vs 001)', () => diffReports(a, parseReport(samples[1], 'c.txt')));

const groups = cmp.sections.reduce((s, x) => s + x.rows.length, 0);
const w = [Math.max(...rows.map((r) => r[0].length)), 10, 8];
console.log(`${'step'.padEnd(w[0])}  ${'time'.padStart(w[1])}  ${'heap Δ'.padStart(w[2])}`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}`);
console.log(`aligned rows: ${groups}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// the CLI, end to end, JSON written to a file; the dense size is what one cell per report and row would add
for (const [label, files] of [['compare corpus', compareCorpus(N)], ['varied (synth)', synthCorpus(N)]]) {
  const dir = join(tmpdir(), `govdiff-cmp-${process.pid}`);
  const out = `${dir}.json`;
  writeCorpus(files, dir);
  const r = spawnSync('/bin/sh', ['-c', `/usr/bin/time -f '%e %U %S %M' "$0" "$1" compare --json --quiet "$2" > "$3"`, process.execPath, join(here, '..', 'bin/govdiff.js'), dir, out], { encoding: 'utf8' });
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const size = statSync(out).size;
  let shape = '';
  if (r.status === 0) {
    const cmp = JSON.parse(readFileSync(out, 'utf8'));
    const rows = cmp.sections.reduce((s, x) => s + x.rows.length, 0);
    const cells = cmp.sections.reduce((s, x) => s + x.rows.reduce((t, row) => t + row.cells.length, 0), 0);
    shape = `, ${rows} rows, ${cells} cells (dense: ${rows * cmp.columns.length})`;
  } else shape = `, FAILED: ${r.stderr.trim().split('\n').filter((l) => l.startsWith('govdiff')).join('; ')}`;
  console.log(
    `govdiff compare --json, ${N} reports, ${label.padEnd(14)}: ${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU, peak RSS ${(rssKb / 1024).toFixed(0)} MB, ` +
      `${(size / 1e6).toFixed(1)} MB JSON${shape}`,
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { force: true });
}
