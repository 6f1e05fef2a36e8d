// Growing a seed (one shared k-gram) into the whole passage two texts share, across small edits: a changed
// agency name, number or a few characters. After a mismatch the two sides must agree again within GAP
// characters on a run of at least RESYNC; a final run shorter than TAIL after an edit is not trusted.
// An edit never spans a line break, and a match does not end in a scrap of a line shorter than TAIL.
import { NEWLINE } from './normalize.js';

const GAP = 12;
const RESYNC = 4;
const TAIL = 5;
/** Edits allowed: a few, plus one per this many matched characters. */
const EDIT_FREE = 6;
const EDIT_RATE = 0.15;

/** [startA, endA, startB, endB] of the last extension; reused to avoid allocating per seed. */
export const span = new Int32Array(4);

/** What one direction of growth reached: trusted ends, characters matched, and whether the edit budget stopped it. */
let reachA = 0;
let reachB = 0;
let reachMatched = 0;
let reachOverBudget = false;

/** Extends the match A[i..i+k) = B[j..j+k) both ways; the result is left in `span`. */
export function extendSeed(A: Uint16Array, B: Uint16Array, i: number, j: number, k: number): void {
  // the edit budget counts what matched on both sides of an edit, so a long passage bridges a renamed agency
  // whichever side of it the seed fell on: right, then left knowing the right, then right again knowing both
  growRight(A, B, i + k, j + k, k);
  let endA = reachA;
  let endB = reachB;
  let right = reachMatched;
  const retry = reachOverBudget;
  growLeft(A, B, i, j, right);
  span[0] = reachA;
  span[2] = reachB;
  const left = reachMatched - right;
  if (retry) {
    growRight(A, B, endA, endB, left + right);
    endA = reachA;
    endB = reachB;
  }
  span[1] = endA;
  span[3] = endB;
  trimScraps(A, B);
}

function growRight(A: Uint16Array, B: Uint16Array, ea: number, eb: number, matchedBefore: number): void {
  let goodA = ea;
  let goodB = eb;
  let matched = matchedBefore;
  let edits = 0;
  let run = TAIL;
  reachOverBudget = false;
  for (;;) {
    const from = ea;
    while (ea < A.length && eb < B.length && A[ea] === B[eb]) {
      ea++;
      eb++;
    }
    run += ea - from;
    matched += ea - from;
    if (run >= TAIL) {
      goodA = ea;
      goodB = eb;
    }
    if (ea >= A.length || eb >= B.length) break;
    const shift = resyncRight(A, B, ea, eb);
    if (shift < 0) break;
    const da = shift >> 8;
    const db = shift & 0xff;
    if (edits + Math.max(da, db) > EDIT_FREE + matched * EDIT_RATE) {
      reachOverBudget = true;
      break;
    }
    edits += Math.max(da, db);
    ea += da;
    eb += db;
    run = 0;
  }
  reachA = goodA;
  reachB = goodB;
  reachMatched = matched;
}

function growLeft(A: Uint16Array, B: Uint16Array, sa: number, sb: number, matchedBefore: number): void {
  let goodA = sa;
  let goodB = sb;
  let matched = matchedBefore;
  let edits = 0;
  let run = TAIL;
  reachOverBudget = false;
  for (;;) {
    const from = sa;
    while (sa > 0 && sb > 0 && A[sa - 1] === B[sb - 1]) {
      sa--;
      sb--;
    }
    run += from - sa;
    matched += from - sa;
    if (run >= TAIL) {
      goodA = sa;
      goodB = sb;
    }
    if (sa <= 0 || sb <= 0) break;
    const shift = resyncLeft(A, B, sa, sb);
    if (shift < 0) break;
    const da = shift >> 8;
    const db = shift & 0xff;
    if (edits + Math.max(da, db) > EDIT_FREE + matched * EDIT_RATE) {
      reachOverBudget = true;
      break;
    }
    edits += Math.max(da, db);
    sa -= da;
    sb -= db;
    run = 0;
  }
  reachA = goodA;
  reachB = goodB;
  reachMatched = matched;
}

/** Drops a first or last line fragment shorter than TAIL (a heading's number, the end of a sentence). */
function trimScraps(A: Uint16Array, B: Uint16Array): void {
  // line breaks inside a match are aligned one to one, so trimming both sides at their first (last) break agrees
  const firstA = A.indexOf(NEWLINE, span[0]);
  if (firstA >= 0 && firstA < span[1]) {
    const firstB = B.indexOf(NEWLINE, span[2]);
    if (firstA - span[0] < TAIL || firstB - span[2] < TAIL) {
      span[0] = firstA + 1;
      span[2] = firstB + 1;
    }
  }
  const lastA = A.lastIndexOf(NEWLINE, span[1] - 1);
  if (lastA >= span[0]) {
    const lastB = B.lastIndexOf(NEWLINE, span[3] - 1);
    if (span[1] - lastA - 1 < TAIL || span[3] - lastB - 1 < TAIL) {
      span[1] = lastA;
      span[3] = lastB;
    }
  }
}

/** The smallest skip (da, db), packed da << 8 | db, after which A and B agree on RESYNC characters; -1 if none. */
function resyncRight(A: Uint16Array, B: Uint16Array, ea: number, eb: number): number {
  let gapA = 0;
  while (gapA < GAP && ea + gapA < A.length && A[ea + gapA] !== NEWLINE) gapA++;
  let gapB = 0;
  while (gapB < GAP && eb + gapB < B.length && B[eb + gapB] !== NEWLINE) gapB++;
  for (let t = 1; t <= gapA + gapB; t++) {
    for (let da = Math.max(0, t - gapB); da <= Math.min(gapA, t); da++) {
      const db = t - da;
      const a = ea + da;
      const b = eb + db;
      if (a + RESYNC > A.length || b + RESYNC > B.length) continue;
      let r = 0;
      while (r < RESYNC && A[a + r] === B[b + r]) r++;
      if (r === RESYNC) return (da << 8) | db;
    }
  }
  return -1;
}

function resyncLeft(A: Uint16Array, B: Uint16Array, sa: number, sb: number): number {
  let gapA = 0;
  while (gapA < GAP && sa - gapA > 0 && A[sa - gapA - 1] !== NEWLINE) gapA++;
  let gapB = 0;
  while (gapB < GAP && sb - gapB > 0 && B[sb - gapB - 1] !== NEWLINE) gapB++;
  for (let t = 1; t <= gapA + gapB; t++) {
    for (let da = Math.max(0, t - gapB); da <= Math.min(gapA, t); da++) {
      const db = t - da;
      const a = sa - da;
      const b = sb - db;
      if (a - RESYNC < 0 || b - RESYNC < 0) continue;
      let r = 1;
      while (r <= RESYNC && A[a - r] === B[b - r]) r++;
      if (r > RESYNC) return (da << 8) | db;
    }
  }
  return -1;
}
