// govdiff reuse at scale: generated corpora of 1,000 and 10,000 reports (≈8 and ≈80 MB), parse + index + match,
// time and peak memory each in a fresh process; and a naive all-pairs longest-common-substring baseline on 100.
//   npm run bench -- reuse          (needs a build: npx tsc -p tsconfig.build.json)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus, scoreReuse } from './synth.mjs';

const here = fileURLToPath(import.meta.url);
const { parseReport, findReuse } = await import('../dist/index.js');

function run(n, threads) {
  const t0 = performance.now();
  const { files, truth } = generateCorpus({ reports: n, seed: 42 });
  const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  const t1 = performance.now();
  const reports = files.map((f) => parseReport(f.text, f.name));
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t2 = performance.now();
  const result = findReuse(reports, { threads });
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const score = n <= 2000 ? scoreReuse(truth, reports, result) : null;
  return {
    reports: n,
    threads: threads ?? 'auto',
    mb: bytes / 1e6,
    generateMs: t1 - t0,
    parseMs: t2 - t1,
    reuseMs: t3 - t2,
    reuseCpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeReuseMb: rss0 / 2 ** 20,
    totalMs: t3 - t1,
    passages: result.passages.length,
    pairs: result.pairs.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    recall: score?.recall,
    precision: score?.precision,
  };
}

/** Longest common substring of two strings, dynamic programming over every pair of positions: O(|a|·|b|). */
function longestCommon(a, b) {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = c === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : 0;
      cur[j] = v;
      if (v > best) best = v;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return best;
}

function naive(n) {
  const { files } = generateCorpus({ reports: n, seed: 42 });
  const reports = files.map((f) => parseReport(f.text, f.name));
  const t0 = performance.now();
  findReuse(reports);
  const ours = performance.now() - t0;
  // every pair, one longest-common-substring pass each (and that finds only the longest run, not all passages)
  // it takes minutes: past CAP_MS the rest is extrapolated from the pairs done (they are all alike in size)
  const CAP_MS = 20000;
  const total = (n * (n - 1)) / 2;
  const t1 = performance.now();
  let done = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      longestCommon(reports[i].text, reports[j].text);
      done++;
      if (performance.now() - t1 > CAP_MS) break outer;
    }
  }
  const baseline = ((performance.now() - t1) / done) * total;
  return { reports: n, pairs: total, timedPairs: done, oursMs: ours, naiveMs: baseline, ratio: baseline / ours };
}

const arg = process.argv.indexOf('--child');
if (arg > 0) {
  const what = process.argv[arg + 1];
  const n = Number(process.argv[arg + 2]);
  const threads = process.argv[arg + 3] ? Number(process.argv[arg + 3]) : undefined;
  process.stdout.write(JSON.stringify(what === 'naive' ? naive(n) : run(n, threads)));
} else {
  const child = (what, n, threads) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', here, '--child', what, String(n), ...(threads ? [String(threads)] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [];
  const show = (r) =>
    console.log(
      `${String(r.reports).padStart(6)} reports ${r.mb.toFixed(1).padStart(5)} MB, threads ${String(r.threads).padEnd(4)}: parse ${f(r.parseMs)}, reuse ${f(r.reuseMs)} (CPU ${f(r.reuseCpuMs)}), total ${f(r.totalMs)}, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.passages} passages, ${r.pairs} pairs` +
        (r.recall ? `; recall verbatim ${r.recall.verbatim.toFixed(3)} edited ${r.recall.edited.toFixed(3)} formula ${r.recall.formula.toFixed(3)}, precision ${r.precision.toFixed(3)}` : ''),
    );
  // 10,000 on one thread and on two, alternately (BENCH_PAIRS times, default 1): the wall-clock ratio is what a
  // second thread saves; its CPU time, what it costs
  const pairs = Number(process.env.BENCH_PAIRS ?? 1);
  const small = child('scale', 1000);
  show(small);
  rows.push(small);
  const one = [];
  const two = [];
  for (let i = 0; i < pairs; i++) {
    one.push(child('scale', 10000, 1));
    show(one[i]);
    two.push(child('scale', 10000, 2));
    show(two[i]);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratios = one.map((o, i) => two[i].reuseMs / o.reuseMs);
  console.log(
    `threads at 10,000: reuse ${f(med(one.map((r) => r.reuseMs)))} on one, ${f(med(two.map((r) => r.reuseMs)))} on two; paired ratio two/one ${med(ratios).toFixed(2)} ` +
      `(${ratios.map((x) => x.toFixed(2)).join(', ')}); peak RSS ${med(one.map((r) => r.peakRssMb)).toFixed(0)} → ${med(two.map((r) => r.peakRssMb)).toFixed(0)} MB`,
  );
  rows.push(one[0]);
  const growth = rows[1].totalMs / rows[0].totalMs;
  console.log(`growth: 10× the reports took ${growth.toFixed(1)}× the time (reuse alone ${(rows[1].reuseMs / rows[0].reuseMs).toFixed(1)}×)`);
  const budget = rows[0].totalMs <= 10000 && rows[1].totalMs <= 60000 && rows[1].peakRssMb <= 2048 && growth <= 12;
  const nv = child('naive', 100);
  const est = nv.timedPairs < nv.pairs ? ` (${nv.timedPairs} pairs timed, the rest extrapolated)` : '';
  console.log(`naive all-pairs longest common substring on ${nv.reports} reports (${nv.pairs} pairs): ${f(nv.naiveMs)}${est}; reuse: ${f(nv.oursMs)}; ratio ${nv.ratio.toFixed(0)}×`);
  console.log(budget ? 'within budget (1,000 ≤ 10 s, 10,000 ≤ 60 s, ≤ 2 GB, growth ≤ 12×)' : 'OVER BUDGET');
  process.exitCode = budget ? 0 : 1;
}
