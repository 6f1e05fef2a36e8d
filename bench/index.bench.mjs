// The corpus index (issue 11): `govdiff index` over 1,000 and 10,000 generated reports — the first build, a second
// run over unchanged files, an update after 1% of the files changed and 0.5% were deleted — with wall time, CPU time
// and peak RSS; then what the index is for: a filtered `matrix` and `search` over it, each a whole CLI run from
// process start (median of 3), against the same matrix over the files (1,000 only: over 10,000 it parses them all).
//   BENCH_INDEX_SIZES=1000 node bench/index.bench.mjs     (default 1000,10000)
import { appendFileSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { indexCorpus, simplifiedSamples, writeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/govdiff.js');
const sizes = (process.env.BENCH_INDEX_SIZES ?? '1000,10000').split(',').map(Number).filter(Boolean);

/** One CLI run under /usr/bin/time: wall, CPU (user + system) in seconds, peak RSS in MB, stdout, stderr. */
function run(args) {
  const r = spawnSync('/bin/sh', ['-c', `/usr/bin/time -f 'TIME %e %U %S %M' "$@" 2>&1 >/tmp/govdiff-bench-out.$$; cat /tmp/govdiff-bench-out.$$; rm -f /tmp/govdiff-bench-out.$$`, 'sh', process.execPath, bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('TIME '));
  if (!line) throw new Error(`govdiff ${args.join(' ')}: ${r.stdout.slice(0, 500)} ${r.stderr}`);
  const [wall, user, sys, rss] = line.slice(5).split(' ').map(Number);
  const out = r.stdout.slice(r.stdout.indexOf('\n', r.stdout.indexOf('TIME ')) + 1);
  return { wall, cpu: user + sys, rss: rss / 1024, out, err: r.stdout.slice(0, r.stdout.indexOf('TIME ')) };
}

const fmt = (r) => `${r.wall.toFixed(2).padStart(6)} s wall ${r.cpu.toFixed(2).padStart(6)} s CPU  peak RSS ${r.rss.toFixed(0).padStart(5)} MB`;

function median3(args) {
  const runs = [run(args), run(args), run(args)].sort((a, b) => a.wall - b.wall);
  return runs[1];
}

const texts = await simplifiedSamples();
for (const n of sizes) {
  const dir = join(tmpdir(), `govdiff-bench-index-${process.pid}-${n}`);
  const db = `${dir}.db`;
  rmSync(dir, { recursive: true, force: true });
  rmSync(db, { force: true });
  const files = indexCorpus(n, texts);
  const bytes = writeCorpus(files, dir);
  console.log(`\n${n.toLocaleString('en')} reports, ${(bytes / 1e6).toFixed(1)} MB (bench/corpus.mjs index)`);

  const build = run(['index', dir, '-o', db, '--json', '--quiet']);
  const s1 = JSON.parse(build.out);
  console.log(`  index, new          ${fmt(build)}  ${s1.added} added; index ${(statSync(db).size / 1e6).toFixed(0)} MB`);
  const same = run(['index', dir, '-o', db, '--json', '--quiet']);
  console.log(`  index, unchanged    ${fmt(same)}  ${JSON.parse(same.out).unchanged} unchanged, 0 parsed`);
  // 1% of the files changed, 0.5% deleted
  for (let i = 0; i < n; i += 100) appendFileSync(join(dir, files[i].name), '\n附件:无\n');
  for (let i = 50; i < n; i += 200) rmSync(join(dir, files[i].name));
  const upd = run(['index', dir, '-o', db, '--json', '--quiet']);
  const s3 = JSON.parse(upd.out);
  console.log(`  index, 1% changed   ${fmt(upd)}  updated ${s3.updated}, removed ${s3.removed}, unchanged ${s3.unchanged}`);

  const filters = ['--year', '2022', '--agency', '教育'];
  const m = median3(['matrix', db, ...filters, '--json']);
  const picked = /(\d+) of (\d+) reports match/.exec(m.err);
  console.log(`  matrix ${filters.join(' ')} over the index   ${fmt(m)}  (${picked ? `${picked[1]} of ${picked[2]} reports` : '?'}; median of 3)`);
  if (n <= 1000) {
    const mf = run(['matrix', dir, ...filters, '--json']);
    console.log(`  the same over the files (parses all)      ${fmt(mf)}  same JSON: ${mf.out === m.out}`);
  }
  for (const args of [
    ['search', '法律顾问', db, '--section', 'problems', '--json'],
    ['search', '法律顾问', db, ...filters, '--json'],
    ['search', '法律顾问', db, '--limit', '50'],
    ['search', '法律顾问', db, '--json'],
    ['search', '普法', db, '--year', '2022', '--json'],
  ]) {
    const r = median3([...args, '--quiet']);
    const hits = args.includes('--json') ? JSON.parse(r.out).length : r.out.trimEnd().split('\n').length;
    console.log(`  ${args.slice(0, 2).join(' ')} ${args.slice(3).join(' ')}`.padEnd(56) + `${fmt(r)}  ${hits} lines`);
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(db, { force: true });
}
