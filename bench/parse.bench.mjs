// Parse throughput, end to end in one process, on a corpus made by repeating and varying the samples;
// and `govdiff parse --json samples/` from process start.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { parseBytes, readReport } from '../dist/index.js';
import { convertToSimplified } from '../dist/normalize/script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = readdirSync(join(root, 'samples')).sort().map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

// deterministic variation: other districts, other numbers, items dropped, so no two copies are equal
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const DISTRICTS = ['长寿', '綦江', '荣昌', '江津', '武清', '璧山', '铜梁', '潼南', '大足', '永川', '合川', '南川'];
function vary(text) {
  const d = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
  let t = text.replace(/长寿|綦江|荣昌|江津|武清/g, d).replace(/\d{2,}/g, (n) => String(Math.max(10, Math.round(Number(n) * (0.5 + rand())))));
  const lines = t.split('\n');
  return lines.filter((l) => l.length < 60 || rand() > 0.15).join('\n');
}

function corpus(texts, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(new Uint8Array(Buffer.from(vary(texts[i % texts.length]), 'utf8')));
  return out;
}

/** Median of five passes over the corpus, after a warm-up pass (JIT compilation would otherwise weigh on the first). */
function measure(label, files) {
  const bytes = files.reduce((n, f) => n + f.length, 0);
  for (const f of files) parseBytes('warm.txt', f);
  const times = [];
  let sections = 0;
  for (let pass = 0; pass < 5; pass++) {
    const t0 = performance.now();
    sections = 0;
    for (const [i, f] of files.entries()) sections += parseBytes(`r${i}.txt`, f).sections.length;
    times.push(performance.now() - t0);
  }
  const ms = times.sort((x, y) => x - y)[2];
  console.log(`${label.padEnd(34)} ${String(files.length).padStart(5)} reports ${(bytes / 1e6).toFixed(1).padStart(6)} MB ${ms.toFixed(0).padStart(6)} ms ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s  (${sections} sections; median of 5)`);
}

const simplifiedTexts = samples.map((t) => convertToSimplified(t));
measure('simplified (samples converted)', corpus(simplifiedTexts, 1000));
measure('as found (2 of 5 traditional)', corpus(samples, 1000));

// the CLI from process start: median of 7 runs
const runs = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/govdiff.js'), 'parse', '--json', join(root, 'samples')], { encoding: 'utf8' });
  runs.push(performance.now() - t0);
  if (r.status !== 0) throw new Error(r.stderr);
}
runs.sort((a, b) => a - b);
console.log(`govdiff parse --json samples/       median ${runs[3].toFixed(0)} ms of 7 runs (min ${runs[0].toFixed(0)}, max ${runs[6].toFixed(0)})`);

// the CLI over a directory of 1,000 files, end to end, with its peak memory
const dir = join(tmpdir(), `govdiff-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });
const files = corpus(simplifiedTexts, 1000);
files.forEach((f, i) => writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), f));
const bytes = files.reduce((n, f) => n + f.length, 0);
const t0 = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin/govdiff.js'), 'parse', '--json', '--quiet', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
const ms = performance.now() - t0;
const rssKb = Number(r.stderr.trim().split('\n').pop());
console.log(`govdiff parse --json DIR (1,000 files) ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, peak RSS ${Number.isFinite(rssKb) ? (rssKb / 1024).toFixed(0) + ' MB' : 'n/a'}`);
rmSync(dir, { recursive: true, force: true });
void readReport;
