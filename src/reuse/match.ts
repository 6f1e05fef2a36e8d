// Matching seeds into near-exact matches, the costly stage of findReuse. It can run in parts (one per thread):
// every part walks all fingerprint groups in the same order, but grows only the seeds of the report pairs it owns.
// A pair's seeds all fall to one part, in the order a single thread would meet them, so each part skips exactly the
// seeds a single thread would skip; numbering every seed in that order lets the parts' matches be merged back into
// the single-threaded order, and the result is the same byte for byte.
import { originalSpan, type Folded, type TextUnits } from './normalize.js';
import { extendSeed, span } from './extend.js';

/** Fingerprints shared by at most this many reports are matched pair by pair. */
const ALL_PAIRS_UP_TO = 8;

export interface MatchInput {
  folded: Folded[];
  texts: TextUnits[];
  /** Fingerprints sorted by hash (stable: reports in input order, positions ascending). */
  hash: Uint32Array;
  doc: Int32Array;
  pos: Int32Array;
  k: number;
  formulaMin: number;
  /** Document 0 is a baseline: match it against every other document only. */
  baseline: boolean;
}

/** Matches found by one part: per match its seed number, then docA, startA, endA, docB, startB, endB. */
export interface PartMatches {
  data: Int32Array;
  count: number;
}

export const MATCH_WIDTH = 7;

/** Which of `parts` parts grows the seeds of pair (a, b). */
const owner = (a: number, b: number, parts: number) => (parts === 1 ? 0 : (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0) % parts;

export function matchPart(input: MatchInput, part: number, parts: number, progress: (done: number, total: number) => void = () => {}): PartMatches {
  const { folded, texts, hash, doc, pos, k, formulaMin, baseline } = input;
  const D = folded.length;
  const total = hash.length;
  let data = new Int32Array(4096 * MATCH_WIDTH);
  let count = 0;
  const done = new Map<number, number[]>(); // pair → folded [sa, ea, sb, eb] already matched, to skip seeds inside them
  const occDoc = new Int32Array(D);
  const occPos = new Int32Array(D);
  let seed = -1;
  const tryPair = (x: number, y: number) => {
    seed++;
    const a = occDoc[x];
    const b = occDoc[y];
    if (parts > 1 && owner(a, b, parts) !== part) return;
    const pa = occPos[x];
    const pb = occPos[y];
    const key = a * D + b;
    const seen = done.get(key);
    if (seen) {
      for (let q = 0; q < seen.length; q += 4) {
        if (pa >= seen[q] && pa < seen[q + 1] && pb >= seen[q + 2] && pb < seen[q + 3]) return;
      }
    }
    const fa = folded[a];
    const fb = folded[b];
    extendSeed(fa.codes, fb.codes, pa, pb, k);
    if (span[1] <= span[0] || span[3] <= span[2]) return;
    const [sa, ea] = originalSpan(texts[a], fa, span[0], span[1]);
    const [sb, eb] = originalSpan(texts[b], fb, span[2], span[3]);
    if (ea - sa < formulaMin || eb - sb < formulaMin) return;
    if (seen) seen.push(span[0], span[1], span[2], span[3]);
    else done.set(key, [span[0], span[1], span[2], span[3]]);
    if ((count + 1) * MATCH_WIDTH > data.length) {
      const next = new Int32Array(data.length * 2);
      next.set(data);
      data = next;
    }
    data.set([seed, a, sa, ea, b, sb, eb], count * MATCH_WIDTH);
    count++;
  };
  const step = Math.max(1, Math.floor(total / 100));
  for (let g0 = 0, g1 = 0; g0 < total; g0 = g1) {
    const h = hash[g0];
    g1 = g0 + 1;
    while (g1 < total && hash[g1] === h) g1++;
    if (Math.floor(g1 / step) !== Math.floor(g0 / step)) progress(g1, total);
    if (g1 - g0 < 2) continue;
    // one occurrence per report
    let m = 0;
    for (let t = g0; t < g1; t++) {
      const d = doc[t];
      if (m > 0 && occDoc[m - 1] === d) continue;
      if (m > 0 && !sameGram(folded[occDoc[0]].codes, occPos[0], folded[d].codes, pos[t], k)) continue; // hash collision
      occDoc[m] = d;
      occPos[m] = pos[t];
      m++;
    }
    if (m < 2) continue;
    if (baseline) {
      if (occDoc[0] === 0) for (let j = 1; j < m; j++) tryPair(0, j);
    } else if (m <= ALL_PAIRS_UP_TO) {
      for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) tryPair(i, j);
    } else {
      for (let j = 1; j < m; j++) tryPair(0, j);
      for (let j = 2; j < m; j++) tryPair(j - 1, j);
    }
  }
  return { data, count };
}

/** The parts' matches in seed order: the order one thread finds them in. */
export function mergeParts(parts: PartMatches[]): PartMatches {
  if (parts.length === 1) return parts[0];
  const count = parts.reduce((n, p) => n + p.count, 0);
  const data = new Int32Array(Math.max(1, count) * MATCH_WIDTH);
  const at = parts.map(() => 0);
  for (let o = 0; o < count; o++) {
    let best = -1;
    for (let p = 0; p < parts.length; p++) {
      if (at[p] < parts[p].count && (best < 0 || parts[p].data[at[p] * MATCH_WIDTH] < parts[best].data[at[best] * MATCH_WIDTH])) best = p;
    }
    data.set(parts[best].data.subarray(at[best] * MATCH_WIDTH, (at[best] + 1) * MATCH_WIDTH), o * MATCH_WIDTH);
    at[best]++;
  }
  return { data, count };
}

function sameGram(A: Uint16Array, i: number, B: Uint16Array, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (A[i + t] !== B[j + t]) return false;
  return true;
}
