// The benchmark corpora, deterministic so every run measures the same input:
//   parse   — the samples with other district names, other numbers, lines dropped;
//   compare — the samples with 144 agency names, lines dropped and swapped, numbers replaced;
//   synth   — bench/synth.mjs's report-shaped texts with planted shared passages (varied: few points align).
// As a script it writes one to a folder, for timing the CLI by hand:
//   node bench/corpus.mjs parse 10000 /tmp/corpus-parse
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './synth.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const samples = readdirSync(join(root, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

const DISTRICTS = ['长寿', '綦江', '荣昌', '江津', '武清', '璧山', '铜梁', '潼南', '大足', '永川', '合川', '南川'];

/** `n` parse-corpus texts from `texts` (default: the samples as found). */
export function parseCorpus(n, texts = samples) {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const vary = (text) => {
    const d = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
    const t = text.replace(/长寿|綦江|荣昌|江津|武清/g, d).replace(/\d{2,}/g, (x) => String(Math.max(10, Math.round(Number(x) * (0.5 + rand())))));
    return t.split('\n').filter((l) => l.length < 60 || rand() > 0.15).join('\n');
  };
  return Array.from({ length: n }, (_, i) => ({ name: `r${String(i).padStart(5, '0')}.txt`, text: vary(texts[i % texts.length]) }));
}

const PLACES = ['长寿区', '綦江区', '江津区', '荣昌区', '永川区', '合川区', '璧山区', '铜梁区', '大足区', '潼南区', '涪陵区', '万州区'];
const BODIES = ['司法局', '财政局', '教育委员会', '卫生健康委员会', '生态环境局', '市场监督管理局', '交通局', '水利局', '商务委员会', '农业农村委员会', '应急管理局', '统计局'];

/** `n` compare-corpus texts: 144 agencies, points dropped and swapped, numbers replaced. */
export function compareCorpus(n) {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const vary = (text, i) => {
    const place = PLACES[i % PLACES.length];
    const body = BODIES[Math.floor(i / PLACES.length) % BODIES.length];
    const t = text
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
  };
  return Array.from({ length: n }, (_, i) => ({ name: `bench/${String(i).padStart(4, '0')}.txt`, text: vary(samples[i % samples.length], i) }));
}

/**
 * `n` index-corpus texts (bench/index.bench.mjs): the samples (`texts`) with the 144 agency names of the compare
 * corpus and their years moved by -2…+2 (2019–2025: something for --year to pick), lines dropped, other numbers
 * varied, so that every file differs.
 */
export function indexCorpus(n, texts = samples) {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    const body = BODIES[Math.floor(i / PLACES.length) % BODIES.length];
    const shift = (Math.floor(i / 144) % 5) - 2;
    const t = texts[i % texts.length]
      .replace(/(?:长寿|綦江|江津|荣昌)区/g, place)
      .replace(/招商投资促进局|科学技术局|国资委|新区建设管理委员会/g, body)
      .replace(/\d+/g, (d) => (/^20[12]\d$/.test(d) ? String(Number(d) + shift) : d.length > 1 ? String(Math.max(10, Math.round(Number(d) * (0.5 + rand())))) : d));
    const lines = t.split('\n');
    const kept = lines.filter((l, k) => k < 3 || k > lines.length - 5 || l.length < 60 || rand() > 0.1);
    return { name: `i${String(i).padStart(5, '0')}.txt`, text: kept.join('\n') };
  });
}

/** `n` synthetic reports (seed 42): the varied corpus, where most points are some report's own. */
export function synthCorpus(n) {
  return generateCorpus({ reports: n, seed: 42 }).files.map((f) => ({ name: f.name, text: f.text }));
}

/** The samples converted to simplified characters (what the CLI timings read: no opencc in the way). */
export async function simplifiedSamples() {
  const { convertToSimplified } = await import('../dist/normalize/script.js');
  return samples.map((t) => convertToSimplified(t));
}

const KINDS = { parse: async (n) => parseCorpus(n, await simplifiedSamples()), compare: compareCorpus, synth: synthCorpus, index: async (n) => indexCorpus(n, await simplifiedSamples()) };

/** Writes `files` into `dir` (flat: folder parts of the names are dropped). Returns the bytes written. */
export function writeCorpus(files, dir) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const f of files) {
    const data = Buffer.from(f.text, 'utf8');
    writeFileSync(join(dir, f.name.replace(/.*\//, '')), data);
    bytes += data.length;
  }
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, n, dir] = process.argv.slice(2);
  if (!KINDS[kind] || !Number(n) || !dir) {
    console.error('usage: node bench/corpus.mjs parse|compare|synth|index N DIR');
    process.exit(2);
  }
  const bytes = writeCorpus(await KINDS[kind](Number(n)), dir);
  console.log(`${n} ${kind} reports, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
