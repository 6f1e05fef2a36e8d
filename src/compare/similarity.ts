// Similarity of units: character bigrams weighted by rarity among the units being compared (an IDF over this
// comparison, not a fixed dictionary), with the stock phrases every report repeats pushed down further.
// Chinese has no spaces; a bigram is the unit most two-character words share, and needs no dictionary.
import { fazhi } from '../profiles/fazhi.js';

/** Phrases every report uses: they say nothing about which measure an item is about (the profile's stock phrases). */
export const STOCK_PHRASES: readonly string[] = fazhi.stock ?? [];
const STOCK_FACTOR = 0.2;
/** A heading names what the point is about: its words count twice. */
const TITLE_WEIGHT = 2;

/** A sparse, L2-normalised vector: bigram keys ascending, weights alongside. */
export interface Vector {
  keys: Uint32Array;
  weights: Float64Array;
}

const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Bigram counts of a text; digits and punctuation break grams (numbers differ between any two reports). */
export function bigramCounts(text: string, weight = 1, into = new Map<number, number>()): Map<number, number> {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const k = ((prev << 16) | c) >>> 0;
      into.set(k, (into.get(k) ?? 0) + weight);
    }
    prev = c;
  }
  return into;
}

let stockKeys: Set<number> | null = null;
function stock(): Set<number> {
  if (!stockKeys) stockKeys = new Set(STOCK_PHRASES.flatMap((p) => [...bigramCounts(p).keys()]));
  return stockKeys;
}

export interface Weighting {
  /** Number of units each bigram occurs in. */
  df: Map<number, number>;
  /** Bigrams found in one report only: they cannot line that report up with another, only dilute. */
  single: Set<number>;
  units: number;
}
const SINGLE_REPORT_FACTOR = 0.25;

/** Counts for a set of units: title and text bigrams. */
export function unitCounts(title: string, text: string): Map<number, number> {
  const m = bigramCounts(text);
  return bigramCounts(title, TITLE_WEIGHT - 1, m);
}

/** `reportOf[i]` numbers unit i's report; units of one report must be consecutive. */
export function weighting(counts: Map<number, number>[], reportOf?: number[]): Weighting {
  const df = new Map<number, number>();
  const lastReport = new Map<number, number>();
  const multi = new Set<number>();
  counts.forEach((c, i) => {
    const r = reportOf ? reportOf[i] : i;
    for (const k of c.keys()) {
      df.set(k, (df.get(k) ?? 0) + 1);
      const last = lastReport.get(k);
      if (last === undefined) lastReport.set(k, r);
      else if (last !== r) multi.add(k);
    }
  });
  const single = new Set<number>();
  for (const k of df.keys()) if (!multi.has(k)) single.add(k);
  return { df, single, units: counts.length };
}

/** Sublinear term frequency × log-scaled rarity × stock-phrase damping, then normalised. */
export function vectorize(counts: Map<number, number>, w: Weighting): Vector {
  const keys = Uint32Array.from(counts.keys()).sort();
  const weights = new Float64Array(keys.length);
  const st = stock();
  let norm = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const tf = counts.get(k)!;
    const idf = Math.log(1 + w.units / (w.df.get(k) ?? 1));
    let x = (1 + Math.log(tf)) * idf;
    if (st.has(k)) x *= STOCK_FACTOR;
    if (w.single.has(k)) x *= SINGLE_REPORT_FACTOR;
    weights[i] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { keys, weights };
}

/** Cosine of two normalised vectors: a merge over the sorted keys. */
export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ak = a.keys;
  const bk = b.keys;
  while (i < ak.length && j < bk.length) {
    if (ak[i] === bk[j]) s += a.weights[i++] * b.weights[j++];
    else if (ak[i] < bk[j]) i++;
    else j++;
  }
  return s;
}

/** The `n` heaviest keys of a vector with their weights: what a unit is most specifically about. */
export function signature(v: Vector, n: number): [number, number][] {
  const idx = Array.from(v.keys.keys()).sort((x, y) => v.weights[y] - v.weights[x] || v.keys[x] - v.keys[y]);
  return idx.slice(0, n).map((i) => [v.keys[i], v.weights[i]]);
}
