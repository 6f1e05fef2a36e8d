// compare / matrix / diff on a corpus of 500 reports made by varying the five samples: other agency names, points
// dropped and shuffled, other numbers. Prints time and memory per step.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseReport, compareReports, buildMatrix, diffReports } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = join(here, '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
const N = Number(process.env.BENCH_REPORTS ?? 500);

// a small deterministic generator, so every run measures the same corpus
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const PLACES = ['长寿区', '綦江区', '江津区', '荣昌区', '永川区', '合川区', '璧山区', '铜梁区', '大足区', '潼南区', '涪陵区', '万州区'];
const BODIES = ['司法局', '财政局', '教育委员会', '卫生健康委员会', '生态环境局', '市场监督管理局', '交通局', '水利局', '商务委员会', '农业农村委员会', '应急管理局', '统计局'];

function vary(text, i) {
  const place = PLACES[i % PLACES.length];
  const body = BODIES[Math.floor(i / PLACES.length) % BODIES.length];
  let t = text
    .replace(/(?:长寿|綦江|江津|荣昌)区/g, place)
    .replace(/招商投资促进局|科学技术局|国资委/g, body)
    .replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 4))));
  // drop and shuffle some paragraphs (lines) in the middle, never the title or signature
  const lines = t.split('\n');
  const head = lines.slice(0, 3);
  const tail = lines.slice(-4);
  const mid = lines.slice(3, -4).filter(() => rand() > 0.12);
  for (let k = 0; k < 3; k++) {
    const a = Math.floor(rand() * mid.length);
    const b = Math.min(mid.length - 1, a + 1);
    if (!/^[一二三四五六七八九十]、/.test(mid[a] ?? '') && !/^[一二三四五六七八九十]、/.test(mid[b] ?? '')) [mid[a], mid[b]] = [mid[b], mid[a]];
  }
  return [...head, ...mid, ...tail].join('\n');
}

const texts = Array.from({ length: N }, (_, i) => ({ file: `bench/${String(i).padStart(4, '0')}.txt`, text: vary(samples[i % samples.length], i) }));
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
const [a, b] = [parseReport(samples[3], 'a.txt'), parseReport(vary(samples[3], 7), 'b.txt')];
measure('diff of two whole reports (003 and a variant)', () => diffReports(a, b));
measure('diff of two different agencies (003 vs 001)', () => diffReports(a, parseReport(samples[1], 'c.txt')));

const groups = cmp.sections.reduce((s, x) => s + x.rows.length, 0);
const w = [Math.max(...rows.map((r) => r[0].length)), 10, 8];
console.log(`${'step'.padEnd(w[0])}  ${'time'.padStart(w[1])}  ${'heap Δ'.padStart(w[2])}`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}`);
console.log(`aligned rows: ${groups}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
