// Aligning units across reports: units of one canonical section that speak of the same thing share a row.
import { cosine, signature, unitCounts, vectorize, weighting, type Vector } from './similarity.js';
import type { Unit } from './units.js';

export interface AlignOptions {
  /** Cosine similarity a unit needs with a row's centroid to join it. */
  minSimilarity?: number;
}

export const DEFAULT_MIN_SIMILARITY = 0.28;
const SIGNATURE = 12;

/** A group of units, at most one per report, that speak of the same thing. */
export interface Group {
  /** Members in column order. */
  units: Unit[];
  /** The member closest to the group's centroid: its title labels the row. */
  representative: Unit;
  /** Mean similarity of the members to the centroid (1 for a lone unit). */
  cohesion: number;
}

interface Cluster {
  members: number[];
  reports: Set<number>;
  centroid: Map<number, number>;
  norm2: number;
}

/** Candidate partners each unit keeps, found through shared signature bigrams. */
const CANDIDATES = 12;

/**
 * Groups units of one section across reports. `byReport[i]` holds report i's units in document order; reports must
 * already be in a stable order (by file), which makes the result independent of the order inputs were given in.
 * Agglomerative: the most similar pairs join first, groups merge while their centroids stay similar and no report
 * would appear twice. Candidate pairs come from an inverted index of each unit's heaviest bigrams, so the work grows
 * with the number of units times their near neighbours, not with all pairs.
 */
export function alignUnits(byReport: Unit[][], opts: AlignOptions = {}): Group[] {
  const min = opts.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const units: Unit[] = [];
  const reportOf: number[] = [];
  byReport.forEach((us, r) => us.forEach((u) => (units.push(u), reportOf.push(r))));
  const counts = units.map((u) => unitCounts(u.title, u.text));
  const w = weighting(counts, reportOf);
  const vecs = counts.map((c) => vectorize(c, w));

  // postings of signature bigrams: unit and its weight for that bigram
  const postings = new Map<number, { u: number[]; w: number[] }>();
  const sigs = vecs.map((v, i) => {
    const sig = signature(v, SIGNATURE);
    for (const [k, x] of sig) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = { u: [], w: [] }));
      p.u.push(i);
      p.w.push(x);
    }
    return sig;
  });
  const pairs: [number, number, number][] = [];
  const seen = new Set<number>();
  const acc = new Map<number, number>();
  for (let i = 0; i < units.length; i++) {
    acc.clear();
    for (const [k, x] of sigs[i]) {
      const p = postings.get(k)!;
      for (let n = 0; n < p.u.length; n++) {
        const j = p.u[n];
        if (reportOf[j] === reportOf[i]) continue;
        acc.set(j, (acc.get(j) ?? 0) + x * p.w[n]);
      }
    }
    const best = [...acc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
    for (const [j] of best) {
      const key = i < j ? i * units.length + j : j * units.length + i;
      if (seen.has(key)) continue;
      seen.add(key);
      const sim = cosine(vecs[i], vecs[j]);
      if (sim >= min) pairs.push([sim, Math.min(i, j), Math.max(i, j)]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);

  const clusterOf = units.map((_, i) => i);
  const clusters: (Cluster | null)[] = vecs.map((v, i) => ({
    members: [i],
    reports: new Set([reportOf[i]]),
    centroid: new Map(Array.from(v.keys, (k, n) => [k, v.weights[n]])),
    norm2: 1,
  }));
  for (const [, i, j] of pairs) {
    const ca = clusterOf[i];
    const cb = clusterOf[j];
    if (ca === cb) continue;
    const A = clusters[ca]!;
    const B = clusters[cb]!;
    if ([...B.reports].some((r) => A.reports.has(r))) continue;
    const dot = dotMaps(A.centroid, B.centroid);
    if (dot / Math.sqrt(A.norm2 * B.norm2) < min) continue;
    const [big, small, bi, si] = A.members.length >= B.members.length ? [A, B, ca, cb] : [B, A, cb, ca];
    for (const [k, x] of small.centroid) big.centroid.set(k, (big.centroid.get(k) ?? 0) + x);
    big.norm2 += small.norm2 + 2 * dot;
    for (const m of small.members) (big.members.push(m), (clusterOf[m] = bi));
    for (const r of small.reports) big.reports.add(r);
    clusters[si] = null;
  }

  return clusters
    .filter((cl): cl is Cluster => !!cl)
    .map((cl) => {
      let rep = cl.members[0];
      let repSim = -1;
      let total = 0;
      const n = Math.sqrt(cl.norm2) || 1;
      const members = [...cl.members].sort((a, b) => a - b);
      for (const m of members) {
        const s = dotMap(vecs[m], cl.centroid) / n;
        total += s;
        if (s > repSim + 1e-12) {
          rep = m;
          repSim = s;
        }
      }
      return { units: members.map((m) => units[m]), representative: units[rep], cohesion: members.length > 1 ? total / members.length : 1 };
    });
}

function dotMaps(a: Map<number, number>, b: Map<number, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

function dotMap(v: Vector, m: Map<number, number>): number {
  let s = 0;
  for (let j = 0; j < v.keys.length; j++) {
    const x = m.get(v.keys[j]);
    if (x !== undefined) s += x * v.weights[j];
  }
  return s;
}

/** Similarity of two units within a comparison of just these units' reports (used to pair units in a diff). */
export function pairSimilarities(a: Unit[], b: Unit[]): number[][] {
  const counts = [...a, ...b].map((u) => unitCounts(u.title, u.text));
  const w = weighting(counts, [...a.map(() => 0), ...b.map(() => 1)]);
  const vecs = counts.map((c) => vectorize(c, w));
  return a.map((_, i) => b.map((_, j) => cosine(vecs[i], vecs[a.length + j])));
}
