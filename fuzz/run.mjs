#!/usr/bin/env node
// npm run fuzz [-- --seed N] [--runs N] [--small]: fuzzes every stage of the built dist/ from bytes to render.
// Prints the seed first, so that a failure can be replayed with --seed; --small draws the cases `npm test` draws.
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadSeeds, caseArbitrary, runCase, Stats, MS_PER_100KB } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : dflt;
};
const seed = opt('seed', Math.floor(Math.random() * 2 ** 31));
const runs = opt('runs', 10_000);
const big = !args.includes('--small');

const dist = (p) => import(join(root, 'dist', p));
const [{ decodeReport }, { InputError }, { parseDecoded, parseReport }, { renderOutline }, { makeContext }, { reportToJson }, repair, script] = await Promise.all([
  dist('ingest/index.js'),
  dist('model.js'),
  dist('parse/index.js'),
  dist('render/outline.js'),
  dist('render/context.js'),
  dist('cli/parse.js'),
  dist('normalize/repair.js'),
  dist('normalize/script.js'),
]);
const repairs = { ...repair, convertToSimplified: script.convertToSimplified };
const api = { decodeReport, InputError, parseDecoded, parseReport, renderOutline, makeContext, reportToJson, repairs };

const seeds = loadSeeds(root);
console.log(`fuzz: seed ${seed}, ${runs} cases${big ? '' : ' (small)'}, ${seeds.length} seed reports; replay: npm run fuzz -- --seed ${seed}${big ? '' : ' --small'} --runs ${runs}`);
const stats = new Stats();
const started = performance.now();
let shown = 0;
const result = fc.check(
  fc.property(caseArbitrary(seeds, { big }), (c) => {
    runCase(api, c, stats);
    if (stats.cases % (process.stdout.isTTY ? 100 : 1000) === 0 && stats.cases > shown) {
      shown = stats.cases;
      const line = `${stats.cases}/${runs} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else console.log(line);
    }
  }),
  { seed, numRuns: runs },
);
if (process.stdout.isTTY) process.stdout.write('\r');
const mb = (n) => (n / 1024 / 1024).toFixed(0);
console.log(
  [
    `cases        ${stats.cases} (${stats.rejected} rejected as unreadable input, as they should be), ${mb(stats.bytes)} MB in all, largest ${(stats.largest / 1024).toFixed(0)} KB`,
    `worst time   ${stats.worstPer100KB.toFixed(0)} ms per 100 KB per parse (bound ${MS_PER_100KB}): ${stats.worstNote}`,
    `peak memory  ${mb(stats.peakRss)} MB resident, ${mb(stats.peakHeap)} MB heap`,
    `wall time    ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join('\n'),
);
if (result.failed) {
  const c = result.counterexample?.[0];
  console.error(`\nFAILED after ${result.numRuns} cases (seed ${result.seed}, path "${result.counterexamplePath}")`);
  if (c) console.error(`case: ${c.note}, ${c.bytes.length} bytes`);
  console.error(String(result.errorInstance?.message ?? result.error ?? '').slice(0, 4000));
  console.error(`replay: npm run fuzz -- --seed ${result.seed}${big ? '' : ' --small'} --runs ${runs}`);
  process.exit(1);
}
console.log('no failure');
