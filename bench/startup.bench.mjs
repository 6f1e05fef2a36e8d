// Start-up: `govdiff --help`, `govdiff parse --json samples/` and `govdiff parse samples/` from process start to
// exit, the median of N runs (BENCH_RUNS, default 15), wall time and CPU time (user + system: what the run itself
// cost, less swayed by other work on the machine than the wall clock).
//   BENCH_BASE=/path/to/other/checkout node bench/startup.bench.mjs   runs that checkout's bin/ too, interleaved
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_RUNS ?? 15);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const checkouts = [['this', root], ...(process.env.BENCH_BASE ? [['base', process.env.BENCH_BASE]] : [])];
const cases = [
  ['node -e 0 (Node alone)', null],
  ['govdiff --help', ['--help']],
  ['govdiff parse --json samples/', ['parse', '--json', join(root, 'samples')]],
  ['govdiff parse samples/', ['parse', join(root, 'samples')]],
];

/** One run: wall ms, and CPU ms when /usr/bin/time is there. */
function once(args) {
  const cmd = TIME ? [TIME, ['-f', '%U %S', process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  const cpu = TIME ? r.stderr.trim().split('\n').pop().split(' ').reduce((s, x) => s + Number(x) * 1000, 0) : NaN;
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = new Map();
for (let i = 0; i < N; i++) {
  for (const [label, args] of cases) {
    for (const [who, dir] of checkouts) {
      if (!args && who !== 'this') continue;
      const key = `${label}${checkouts.length > 1 && args ? ` [${who}]` : ''}`;
      const run = once(args ? [join(dir, 'bin', 'govdiff.js'), ...args] : ['-e', '0']);
      results.set(key, [...(results.get(key) ?? []), run]);
    }
  }
}
const w = Math.max(...[...results.keys()].map((k) => k.length));
for (const [key, runs] of results) {
  const walls = runs.map((r) => r.wall);
  const cpu = median(runs.map((r) => r.cpu));
  console.log(
    `${key.padEnd(w)}  median ${median(walls).toFixed(0).padStart(4)} ms wall (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)})` +
      (Number.isFinite(cpu) ? `, ${cpu.toFixed(0).padStart(4)} ms CPU` : '') +
      ` of ${runs.length}`,
  );
}
