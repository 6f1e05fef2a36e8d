// track over the 144 Shenzhen work reports (../shared; skipped when absent) and figures over 1,000 reports made by
// varying the five samples as compare.bench does. Each must finish within 5 s (parsing not counted: it is parse's).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseReport, readReport } from '../dist/index.js';
import { compareCorpus } from './corpus.mjs';
import { trackSeries } from '../dist/track/index.js';
import { findFigures, figuresSideBySide, concreteness } from '../dist/figures/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const BUDGET_MS = 5000;
const rows = [];
let over = false;

// wall time, and the CPU time this process used: on a shared machine the wall clock also counts other people's work,
// so the budget is judged on CPU time (one thread: CPU time is what the step costs)
function measure(name, fn, budget) {
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  if (budget && cpu > budget) over = true;
  rows.push([name, `${ms.toFixed(0)} ms`, `cpu ${cpu.toFixed(0)} ms`, budget ? (cpu <= budget ? 'ok' : 'OVER') : '']);
  return result;
}

// --- track: the Shenzhen work reports, series and year from the file names (as docs/reuse.md gives them) ---
const SZ = join(here, '..', '..', 'shared', 'corpus', 'sz-gov-work-reports');
if (existsSync(SZ)) {
  const files = readdirSync(SZ).filter((f) => f.endsWith('.txt')).sort();
  const reports = measure(`parse ${files.length} Shenzhen work reports`, () => files.map((f) => readReport(join(SZ, f))));
  const pattern = /(?<series>国务院|\p{sc=Han}{2,3}?[省市](?=政府)|\p{sc=Han}{2}(?=新?区)).*_(?<year>\d{4})年?\.txt$/u;
  const t = measure(`track ${reports.length} reports`, () => trackSeries(reports, { pattern }), BUDGET_MS);
  const steps = t.series.flatMap((s) => s.steps);
  const plans = steps.flatMap((s) => s.plans);
  console.log(`${t.series.length} series, ${steps.length} steps, ${plans.length} plans, ${plans.filter((p) => p.followedBy.length).length} followed up`);
} else {
  console.log(`track: ${SZ} absent, skipped`);
}

// --- figures: 1,000 reports varied from the samples ---
const N = Number(process.env.BENCH_FIGURES ?? 1000);
const texts = compareCorpus(N);
const reports = measure(`parse ${N} reports`, () => texts.map((t) => parseReport(t.text, t.name)));
const res = measure(`figures ${N} reports (+ side by side, JSON)`, () => {
  const r = findFigures(reports);
  figuresSideBySide(r, reports);
  JSON.stringify(r);
  return r;
}, BUDGET_MS);
measure(`concreteness ${N} reports (stock phrases only)`, () => concreteness(reports), BUDGET_MS);
console.log(`${res.figures.length} figures`);

const w = Math.max(...rows.map((r) => r[0].length));
for (const r of rows) console.log(`${r[0].padEnd(w)}  ${r[1].padStart(9)}  ${r[2].padStart(12)}  ${r[3]}`);
console.log(over ? 'OVER BUDGET (5 s of CPU each)' : 'within budget (5 s of CPU each)');
process.exitCode = over ? 1 : 0;
