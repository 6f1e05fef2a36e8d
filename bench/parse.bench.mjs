// Parse throughput, end to end in one process, on a corpus made by repeating and varying the samples;
// and the CLI over folders of 1,000 and 10,000 reports (start-up is bench/startup.bench.mjs).
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { parseBytes, decodeReport } from '../dist/index.js';
import { parseWithSource } from '../dist/parse/index.js';
import { conservation } from '../dist/parse/conservation.js';
import { parseCorpus, writeCorpus } from './corpus.mjs';
import { convertToSimplified } from '../dist/normalize/script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = readdirSync(join(root, 'samples')).sort().map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

function corpus(texts, n) {
  return parseCorpus(n, texts).map((f) => new Uint8Array(Buffer.from(f.text, 'utf8')));
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

// the conservation rule checked on every report (every character kept or listed as removed), against parsing itself
{
  const files = corpus(simplifiedTexts, 1000);
  let parseMs = 0;
  let checkMs = 0;
  let broken = 0;
  for (const [i, f] of files.entries()) {
    const t0 = performance.now();
    const { report, source } = parseWithSource(decodeReport(`r${i}.txt`, f));
    const t1 = performance.now();
    const c = conservation(source, report);
    checkMs += performance.now() - t1;
    parseMs += t1 - t0;
    if (c.lost.size || c.extra.size) broken++;
  }
  console.log(`conservation check, 1000 reports: ${checkMs.toFixed(0)} ms against ${parseMs.toFixed(0)} ms of parsing (${((checkMs / parseMs) * 100).toFixed(1)}%); reports that break it: ${broken}`);
}

// the CLI over a directory of 1,000 and of 10,000 files, end to end: MB/s of input and peak memory (the JSON is
// written to a file, as a user would redirect it). Wall time is the machine's; CPU time (user + system) is the run's.
for (const n of [1000, 10000]) {
  const dir = join(tmpdir(), `govdiff-bench-${process.pid}-${n}`);
  const bytes = writeCorpus(parseCorpus(n, simplifiedTexts), dir);
  const out = join(tmpdir(), `govdiff-bench-${process.pid}-${n}.json`);
  const r = spawnSync('/bin/sh', ['-c', `/usr/bin/time -f '%e %U %S %M' "$0" "$1" parse --json --quiet "$2" > "$3"`, process.execPath, join(root, 'bin/govdiff.js'), dir, out], { encoding: 'utf8' });
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0 || !Number.isFinite(wall)) throw new Error(r.stderr);
  const mb = bytes / 1e6;
  console.log(
    `govdiff parse --json DIR (${n.toLocaleString('en')} files) ${mb.toFixed(1)} MB → ${(statSync(out).size / 1e6).toFixed(0)} MB JSON: ` +
      `${wall.toFixed(2)} s wall = ${(mb / wall).toFixed(1)} MB/s, ${(user + sys).toFixed(2)} s CPU = ${(mb / (user + sys)).toFixed(1)} MB/s, peak RSS ${(rssKb / 1024).toFixed(0)} MB`,
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { force: true });
}
