// Two reports side by side: sections paired by canonical label, units paired by similarity, and inside each pair
// the changed words or characters. jsdiff is O(ND): diffing whole unaligned reports takes seconds, so only paired
// units are diffed, each under a time and edit-length guard.
import { diffArrays } from 'diff';
import type { Report, TemplatePart } from '../model.js';
import { commonProfile } from '../profiles/index.js';
import { pairSimilarities } from './align.js';
import { columnsOf, round, toRef, type Column, type UnitRef } from './compare.js';
import { sentences, unitsOf, type Unit } from './units.js';

export interface Change {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface UnitPair {
  /** null: the unit is only in B. */
  a: UnitRef | null;
  /** null: the unit is only in A. */
  b: UnitRef | null;
  similarity: number;
  /** For a pair, the edit from a to b; for a lone unit, its whole text as removed or added. */
  changes: Change[];
  /** The diff gave up (too long or too different): the pair is shown as replaced whole. */
  aborted: boolean;
}

export interface SectionDiff {
  section: TemplatePart;
  pairs: UnitPair[];
}

export interface ReportDiff {
  a: Column;
  b: Column;
  sections: SectionDiff[];
  stats: { paired: number; onlyA: number; onlyB: number; identical: number; aborted: number };
}

export interface DiffOptions {
  sections?: readonly TemplatePart[];
  /** Words from Intl.Segmenter (default) or single characters. */
  granularity?: 'word' | 'char';
  /** Units less similar than this are not paired (default 0.25). */
  minSimilarity?: number;
  /** Per pair, milliseconds before jsdiff gives up (default 200). */
  timeout?: number;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Tokens of a text; segmented sentence by sentence because Intl.Segmenter is quadratic on long strings. */
export function tokenize(text: string, granularity: 'word' | 'char' = 'word'): string[] {
  if (granularity === 'char') return Array.from(text);
  const out: string[] = [];
  let at = 0;
  for (const s of sentences(text)) {
    if (s.start > at) out.push(text.slice(at, s.start));
    for (const { segment } of words.segment(s.text)) out.push(segment);
    at = s.start + s.text.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The edit from one text to another, or null when the guard stopped it. */
export function diffTexts(a: string, b: string, opts: Pick<DiffOptions, 'granularity' | 'timeout'> = {}): Change[] | null {
  if (a === b) return [{ value: a, added: false, removed: false }];
  const ta = tokenize(a, opts.granularity);
  const tb = tokenize(b, opts.granularity);
  const parts = diffArrays(ta, tb, { timeout: opts.timeout ?? 200, maxEditLength: Math.max(200, Math.ceil((ta.length + tb.length) * 0.8)) });
  if (!parts) return null;
  const out: Change[] = [];
  for (const p of parts) {
    const value = p.value.join('');
    const added = !!p.added;
    const removed = !!p.removed;
    const last = out[out.length - 1];
    if (last && last.added === added && last.removed === removed) last.value += value;
    else if (value) out.push({ value, added, removed });
  }
  return out;
}

/** Pairs units greedily by similarity, best first; ties go to the earlier units. */
function pairUnits(a: Unit[], b: Unit[], min: number): Map<number, { j: number; sim: number }> {
  const sims = pairSimilarities(a, b);
  const cand: [number, number, number][] = [];
  sims.forEach((row, i) => row.forEach((s, j) => s >= min && cand.push([s, i, j])));
  cand.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const out = new Map<number, { j: number; sim: number }>();
  const takenB = new Set<number>();
  for (const [s, i, j] of cand) {
    if (out.has(i) || takenB.has(j)) continue;
    out.set(i, { j, sim: s });
    takenB.add(j);
  }
  return out;
}

export function diffReports(ra: Report, rb: Report, opts: DiffOptions = {}): ReportDiff {
  const [ca, cb] = columnsOf([ra, rb]);
  const stats = { paired: 0, onlyA: 0, onlyB: 0, identical: 0, aborted: 0 };
  const sections = (opts.sections ?? commonProfile([ra]).order).map((section): SectionDiff => {
    const ua = unitsOf(ra, section);
    const ub = unitsOf(rb, section);
    const pairing = pairUnits(ua, ub, opts.minSimilarity ?? 0.25);
    const partnerOfB = new Map([...pairing].map(([i, p]) => [p.j, i]));
    const pairs: UnitPair[] = [];
    let nextB = 0;
    const flushB = (upTo: number) => {
      for (; nextB < upTo; nextB++) {
        if (partnerOfB.has(nextB)) continue;
        stats.onlyB++;
        pairs.push({ a: null, b: toRef(ub[nextB]), similarity: 0, changes: [{ value: ub[nextB].text, added: true, removed: false }], aborted: false });
      }
    };
    ua.forEach((u, i) => {
      const p = pairing.get(i);
      if (!p) {
        stats.onlyA++;
        pairs.push({ a: toRef(u), b: null, similarity: 0, changes: [{ value: u.text, added: false, removed: true }], aborted: false });
        return;
      }
      // B's lone units that come before this partner, so both sides read in document order
      flushB(p.j);
      const v = ub[p.j];
      const changes = diffTexts(u.text, v.text, opts);
      stats.paired++;
      if (u.text === v.text) stats.identical++;
      if (!changes) stats.aborted++;
      pairs.push({
        a: toRef(u),
        b: toRef(v),
        similarity: round(p.sim),
        changes: changes ?? [
          { value: u.text, added: false, removed: true },
          { value: v.text, added: true, removed: false },
        ],
        aborted: !changes,
      });
      nextB = Math.max(nextB, p.j + 1);
    });
    flushB(ub.length);
    return { section, pairs };
  });
  return { a: ca, b: cb, sections, stats };
}
