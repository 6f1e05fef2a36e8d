// Text shared between reports: winnowed k-gram fingerprints seed matches, seeds grow into near-exact passages,
// matches of the same text in many reports are clustered into one passage with all its occurrences.
// Work and memory grow with the corpus (fingerprints, matches), never with the number of report pairs:
// a fingerprint shared by m reports is matched as a star plus a chain (2m pairs), not all m² pairs.
import type { Canonical, Report } from '../model.js';
import { foldText, type Folded } from './normalize.js';
import { winnow, sortByKey } from './fingerprint.js';
import { matchPart, MATCH_WIDTH, type MatchInput } from './match.js';
import { matchParallel, sharedColumns, workersAvailable } from './parallel.js';
import type {
  PassageKind,
  ReportReuse,
  ReuseOccurrence,
  ReuseOptions,
  ReusePair,
  ReusePassage,
  ReuseResult,
  SectionReuse,
  TemplateGroup,
} from './types.js';

/** Chosen from measurements on the samples and the Shenzhen corpus: see docs/reuse.md. */
export const DEFAULT_MIN_CHARS = 20;
export const FORMULA_MIN_CHARS = 8;
export const FORMULA_MAX_CHARS = 15;
/** A formula may run this long when many reports share it (the title of a 规定, a slogan). */
const FORMULA_SPREAD_MAX_CHARS = 30;
export const DEFAULT_PAIR_MAX_REPORTS = 20;
export const DEFAULT_GROUP_MIN_CONTAINMENT = 0.3;
/**
 * One thread unless more are asked for. A second thread has not measured to pay: at 10,000 reports two took 0.87–1.11
 * of one thread's time in paired runs (median 0.94; issue 12: 0.99), for 220–390 MB more, since each walks every group
 * and gets its own copy of the texts (README, Benchmarks).
 */
function threadsFor(asked: number | undefined): number {
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1)) throw new RangeError(`threads must be a whole number ≥ 1, not ${asked}`);
  const n = asked ?? 1;
  return n > 1 && workersAvailable() ? n : 1;
}
/** Two matches in one report are at the same place when they differ by at most this share of the longer (or 2 chars). */
const SAME_PLACE_SLACK = 0.1;
const samePlace = (overlap: number, longer: number) => overlap >= longer - Math.max(2, SAME_PLACE_SLACK * longer);

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function findReuse(reports: Report[], opts: ReuseOptions = {}): ReuseResult {
  const baseline = opts.baseline ?? null;
  const docs = baseline ? [baseline, ...reports] : reports;
  const D = docs.length;
  const minChars = opts.minChars ?? DEFAULT_MIN_CHARS;
  if (!Number.isInteger(minChars) || minChars < 4) throw new RangeError(`minChars must be a whole number ≥ 4, not ${minChars}`);
  const formulaMin = Math.min(opts.formulaMinChars ?? FORMULA_MIN_CHARS, minChars);
  const formulaReports = opts.formulaReports ?? Math.max(3, Math.ceil(reports.length * 0.01));
  const pairMax = baseline ? Number.POSITIVE_INFINITY : (opts.pairMaxReports ?? DEFAULT_PAIR_MAX_REPORTS);
  const groupMin = opts.groupMinContainment ?? DEFAULT_GROUP_MIN_CONTAINMENT;
  const progress = opts.onProgress ?? (() => {});
  // every run of formulaMin - 1 folded characters (one punctuation mark dropped) leaves a shared fingerprint
  const k = Math.max(3, Math.min(8, formulaMin - 2));
  const w = Math.max(1, formulaMin - 1 - k + 1);

  // 1. index: fold each report and keep its winnowed fingerprints
  const folded: Folded[] = new Array(D);
  const parts: { hashes: Uint32Array; positions: Int32Array; count: number }[] = new Array(D);
  let total = 0;
  for (let d = 0; d < D; d++) {
    folded[d] = foldText(docs[d].text);
    parts[d] = winnow(folded[d].codes, k, w);
    total += parts[d].count;
    progress('index', d + 1, D);
  }
  const threads = threadsFor(opts.threads);
  const cols = sortedColumns(parts, total, threads > 1);
  parts.length = 0;

  // 2. match: seeds shared by two or more reports, grown into near-exact matches (on more threads when asked)
  const input: MatchInput = { folded, texts: docs.map((d) => d.text), ...cols, k, formulaMin, baseline: baseline !== null };
  const onMatch = (done: number, all: number) => progress('match', done, all);
  const found =
    threads > 1 ? matchParallel(input, input.texts as string[], threads, onMatch) : matchPart(input, 0, 1, onMatch);
  const matches = { length: found.count, get: (row: number, col: number) => found.data[row * MATCH_WIDTH + 1 + col] };

  // 3. cluster: both sides of a match are one passage; matches at the same place in a report are too
  progress('cluster', 0, 1);
  const nNodes = matches.length * 2;
  const nodeDoc = new Int32Array(nNodes);
  const nodeStart = new Int32Array(nNodes);
  const nodeEnd = new Int32Array(nNodes);
  const uf = new UnionFind(nNodes);
  for (let i = 0; i < matches.length; i++) {
    for (let side = 0; side < 2; side++) {
      const n = 2 * i + side;
      nodeDoc[n] = matches.get(i, 3 * side);
      nodeStart[n] = matches.get(i, 3 * side + 1);
      nodeEnd[n] = matches.get(i, 3 * side + 2);
    }
    uf.union(2 * i, 2 * i + 1);
  }
  // places: matches in one report that cover nearly the same text; each place keeps its first (longest) extent as
  // reference, so that a chain of slightly shifted matches cannot drift into a different passage
  const byPlace = Array.from({ length: nNodes }, (_, i) => i).sort(
    (x, y) => nodeDoc[x] - nodeDoc[y] || nodeStart[x] - nodeStart[y] || nodeEnd[y] - nodeEnd[x],
  );
  const placeOf = new Int32Array(nNodes).fill(-1);
  for (let i = 0; i < nNodes; i++) {
    const x = byPlace[i];
    if (placeOf[x] >= 0) continue;
    placeOf[x] = x;
    const lenX = nodeEnd[x] - nodeStart[x];
    for (let j = i + 1; j < nNodes; j++) {
      const y = byPlace[j];
      // further on, y starts too late to overlap SAME_PLACE of x
      if (nodeDoc[y] !== nodeDoc[x] || !samePlace(lenX - (nodeStart[y] - nodeStart[x]), lenX)) break;
      if (placeOf[y] >= 0) continue;
      const overlap = Math.min(nodeEnd[x], nodeEnd[y]) - nodeStart[y];
      if (samePlace(overlap, Math.max(lenX, nodeEnd[y] - nodeStart[y]))) {
        placeOf[y] = x;
        uf.union(x, y);
      }
    }
  }
  const byCluster = byPlace.slice().sort((x, y) => uf.find(x) - uf.find(y) || nodeDoc[x] - nodeDoc[y] || nodeStart[x] - nodeStart[y]);

  const passages: ReusePassage[] = [];
  const passageDocs: number[][] = [];
  const passageSpans: number[][] = []; // per passage: doc, start, end triples
  for (let c0 = 0, c1 = 0; c0 < nNodes; c0 = c1) {
    const root = uf.find(byCluster[c0]);
    c1 = c0 + 1;
    while (c1 < nNodes && uf.find(byCluster[c1]) === root) c1++;
    // occurrences: one per place (its reference extent); places of one passage that overlap in a report merge
    const spans: number[] = [];
    const docSet: number[] = [];
    for (let t = c0; t < c1; t++) {
      const n = byCluster[t];
      if (placeOf[n] !== n) continue;
      const last = spans.length - 3;
      if (last >= 0 && spans[last] === nodeDoc[n] && nodeStart[n] < spans[last + 2]) {
        spans[last + 2] = Math.max(spans[last + 2], nodeEnd[n]);
        continue;
      }
      if (docSet[docSet.length - 1] !== nodeDoc[n]) docSet.push(nodeDoc[n]);
      spans.push(nodeDoc[n], nodeStart[n], nodeEnd[n]);
    }
    if (docSet.length < 2) continue;
    const [d0, s0, e0] = representative(spans);
    const chars = e0 - s0;
    const spread = docSet.length - (baseline ? 1 : 0);
    if (chars < minChars && !(chars >= formulaMin && spread >= formulaReports)) continue;
    const kind: PassageKind =
      chars <= FORMULA_MAX_CHARS || (chars <= FORMULA_SPREAD_MAX_CHARS && spread >= formulaReports) ? 'formula' : 'copied';
    const occurrences: ReuseOccurrence[] = [];
    for (let q = 0; q < spans.length; q += 3) {
      const r = docs[spans[q]];
      occurrences.push({ file: r.file, section: sectionAt(r, spans[q + 1]), start: spans[q + 1], end: spans[q + 2] });
    }
    passages.push({ text: docs[d0].text.slice(s0, e0), chars, kind, occurrences });
    passageDocs.push(docSet);
    passageSpans.push(spans);
  }
  progress('cluster', 1, 1);

  // 4. figures: per report, per section, per pair, template groups
  const covered: number[][] = Array.from({ length: D }, () => []);
  for (const spans of passageSpans) for (let q = 0; q < spans.length; q += 3) covered[spans[q]].push(spans[q + 1], spans[q + 2]);
  const merged = covered.map(mergeSpans);
  const first = baseline ? 1 : 0;
  const reportRows: ReportReuse[] = [];
  const sectionRows: SectionReuse[] = [];
  for (let d = first; d < D; d++) {
    const r = docs[d];
    const reusedChars = spanLength(merged[d]);
    reportRows.push({ file: r.file, agency: r.meta.agency, chars: r.text.length, reusedChars, reuseRatio: ratio(reusedChars, r.text.length) });
    for (const s of r.sections) {
      const used = spanLength(merged[d], s.start, s.end);
      sectionRows.push({ file: r.file, section: s.canonical, start: s.start, end: s.end, chars: s.end - s.start, reusedChars: used, reuseRatio: ratio(used, s.end - s.start) });
    }
  }

  const pairSpans = new Map<number, { a: number[]; b: number[] }>();
  passageDocs.forEach((docSet, p) => {
    if (docSet.length > pairMax) return;
    const spans = passageSpans[p];
    const byDoc = new Map<number, number[]>();
    for (let q = 0; q < spans.length; q += 3) {
      const list = byDoc.get(spans[q]) ?? [];
      list.push(spans[q + 1], spans[q + 2]);
      byDoc.set(spans[q], list);
    }
    const ds = baseline ? [0] : docSet;
    for (const x of ds) {
      for (const y of docSet) {
        if (y <= x) continue;
        const key = x * D + y;
        let entry = pairSpans.get(key);
        if (!entry) pairSpans.set(key, (entry = { a: [], b: [] }));
        entry.a.push(...byDoc.get(x)!);
        entry.b.push(...byDoc.get(y)!);
      }
    }
  });
  const pairs: (ReusePair & { x: number; y: number })[] = [];
  for (const [key, { a, b }] of pairSpans) {
    const x = Math.floor(key / D);
    const y = key % D;
    const inA = spanLength(mergeSpans(a));
    const inB = spanLength(mergeSpans(b));
    pairs.push({ a: docs[x].file, b: docs[y].file, sharedChars: inA, containmentA: ratio(inA, docs[x].text.length), containmentB: ratio(inB, docs[y].text.length), x, y });
  }
  pairs.sort((p, q) => q.sharedChars - p.sharedChars || p.x - q.x || p.y - q.y);

  const groups: TemplateGroup[] = baseline ? [] : templateGroups(docs, pairs, groupMin);

  // the largest passages, by characters times reports, come first
  const weight = (p: ReusePassage) => p.chars * new Set(p.occurrences.map((o) => o.file)).size;
  const ordered = passages
    .map((p, i) => ({ p, i, w: weight(p) }))
    .sort((x, y) => y.w - x.w || y.p.chars - x.p.chars || x.i - y.i)
    .map((x) => x.p);

  return {
    reports: reportRows,
    passages: ordered,
    pairs: pairs.map(({ a, b, sharedChars, containmentA, containmentB }) => ({ a, b, sharedChars, containmentA, containmentB })),
    sections: sectionRows,
    groups,
    settings: {
      minChars,
      formulaMinChars: formulaMin,
      formulaReports,
      pairMaxReports: Number.isFinite(pairMax) ? pairMax : reports.length,
      groupMinContainment: groupMin,
      k,
      window: w,
      baseline: baseline ? baseline.file : null,
    },
  };
}

/**
 * The fingerprints that can seed a match, in one set of columns sorted by hash (stable: reports in input order,
 * positions ascending); in shared memory when worker threads will read them. A hash found in one report only seeds
 * nothing (85% of 18 M at 10,000 generated reports), so those are dropped before the sort (20% are kept): a bucket
 * that two different hashes share may keep a useless fingerprint, never drops a useful one, so matching meets
 * every group it met before and the result is the same.
 */
function sortedColumns(parts: { hashes: Uint32Array; positions: Int32Array; count: number }[], total: number, share: boolean) {
  const { bits, shift } = reportsSharing(parts, total);
  const useful = (h: number) => (bits[(h >>> shift) >>> 5] >>> (h >>> shift)) & 1;
  let kept = 0;
  for (const p of parts) for (let i = 0; i < p.count; i++) kept += useful(p.hashes[i]);
  const fpHash = new Uint32Array(kept);
  const fpDoc = new Int32Array(kept);
  const fpPos = new Int32Array(kept);
  for (let d = 0, o = 0; d < parts.length; d++) {
    const p = parts[d];
    for (let i = 0; i < p.count; i++) {
      if (!useful(p.hashes[i])) continue;
      fpHash[o] = p.hashes[i];
      fpDoc[o] = d;
      fpPos[o] = p.positions[i];
      o++;
    }
  }
  const order = sortByKey(fpHash, kept);
  const cols = share ? sharedColumns(kept) : { hash: new Uint32Array(kept), doc: new Int32Array(kept), pos: new Int32Array(kept) };
  for (let i = 0; i < kept; i++) {
    const id = order[i];
    cols.hash[i] = fpHash[id];
    cols.doc[i] = fpDoc[id];
    cols.pos[i] = fpPos[id];
  }
  return cols;
}

/** Hash buckets (the top bits of the hash) that more than one report has: bit b of `bits` for bucket b. */
function reportsSharing(parts: { hashes: Uint32Array; count: number }[], total: number): { bits: Int32Array; shift: number } {
  // 8–16 buckets per fingerprint, so that few singletons share one with another report's hash: 2 × 32 MB at 10,000
  const log2 = Math.min(30, Math.max(16, Math.ceil(Math.log2(Math.max(1, total) * 8))));
  const shift = 32 - log2;
  const seen = new Int32Array(2 ** (log2 - 5));
  const inTwo = new Int32Array(2 ** (log2 - 5));
  for (const p of parts) {
    // first look (a repeat within this report is not a second report), then mark
    for (let i = 0; i < p.count; i++) {
      const b = p.hashes[i] >>> shift;
      if ((seen[b >>> 5] >>> b) & 1) inTwo[b >>> 5] |= 1 << b;
    }
    for (let i = 0; i < p.count; i++) {
      const b = p.hashes[i] >>> shift;
      seen[b >>> 5] |= 1 << b;
    }
  }
  return { bits: inTwo, shift };
}

function templateGroups(docs: Report[], pairs: (ReusePair & { x: number; y: number })[], min: number): TemplateGroup[] {
  const uf = new UnionFind(docs.length);
  const links: (ReusePair & { x: number; y: number })[] = [];
  for (const p of pairs) {
    if (Math.min(p.containmentA, p.containmentB) >= min) {
      uf.union(p.x, p.y);
      links.push(p);
    }
  }
  const members = new Map<number, number[]>();
  for (let d = 0; d < docs.length; d++) {
    const r = uf.find(d);
    const list = members.get(r) ?? [];
    list.push(d);
    members.set(r, list);
  }
  const groups: TemplateGroup[] = [];
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const own = links.filter((p) => uf.find(p.x) === root).map((p) => Math.min(p.containmentA, p.containmentB));
    groups.push({
      files: list.map((d) => docs[d].file),
      minContainment: Math.min(...own),
      meanContainment: round(own.reduce((s, v) => s + v, 0) / own.length),
    });
  }
  return groups.sort((a, b) => b.files.length - a.files.length || b.meanContainment - a.meanContainment);
}

/** The occurrence of median length: near-exact copies differ a little at their ends, and the median is neither
 * the longest run two reports happen to share nor a fragment. The first of that length on ties. */
function representative(spans: number[]): [number, number, number] {
  const idx: number[] = [];
  for (let q = 0; q < spans.length; q += 3) idx.push(q);
  idx.sort((x, y) => spans[x + 2] - spans[x + 1] - (spans[y + 2] - spans[y + 1]) || x - y);
  const len = spans[idx[(idx.length - 1) >> 1] + 2] - spans[idx[(idx.length - 1) >> 1] + 1];
  const q = idx.find((i) => spans[i + 2] - spans[i + 1] === len)!;
  return [spans[q], spans[q + 1], spans[q + 2]];
}

/** The canonical part holding offset `at`; null for a report the parser found no sections in. */
export function sectionAt(r: Report, at: number): Canonical | null {
  const s = r.sections;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < s[mid].start) hi = mid - 1;
    else if (at >= s[mid].end) lo = mid + 1;
    else return s[mid].canonical;
  }
  return null;
}

/** Sorted, non-overlapping [start, end) pairs from any list of them. */
function mergeSpans(flat: number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < flat.length; i += 2) idx.push(i);
  idx.sort((x, y) => flat[x] - flat[y]);
  const out: number[] = [];
  for (const i of idx) {
    const s = flat[i];
    const e = flat[i + 1];
    if (out.length && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

/** Length of merged spans, clipped to [from, to). */
function spanLength(spans: number[], from = 0, to = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < spans.length; i += 2) {
    const s = Math.max(spans[i], from);
    const e = Math.min(spans[i + 1], to);
    if (e > s) n += e - s;
  }
  return n;
}

const round = (v: number) => Math.round(v * 10000) / 10000;
const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole) : 0);
