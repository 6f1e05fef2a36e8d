// Growing a seed (one shared k-gram) into the whole passage two texts share, across small edits: a changed
// agency name, number or a few characters. After a mismatch the two sides must agree again within GAP
// characters on a run of at least RESYNC; a final run shorter than TAIL after an edit is not trusted.
// An edit never spans a line break, and a match does not end in a scrap of a line shorter than TAIL.
import { NEWLINE } from './normalize.js';

const GAP = 8;
const RESYNC = 4;
const TAIL = 5;
/** Edits allowed: a few, plus one per this many matched characters. */
const EDIT_FREE = 4;
const EDIT_RATE = 0.15;

/** [startA, endA, startB, endB] of the last extension; reused to avoid allocating per seed. */
export const span = new Int32Array(4);

/** Extends the match A[i..i+k) = B[j..j+k) both ways; the result is left in `span`. */
export function extendSeed(A: Uint16Array, B: Uint16Array, i: number, j: number, k: number): void {
  // right
  let ea = i + k;
  let eb = j + k;
  let goodA = ea;
  let goodB = eb;
  let matched = 0;
  let edits = 0;
  let run = k;
  for (;;) {
    while (ea < A.length && eb < B.length && A[ea] === B[eb]) {
      ea++;
      eb++;
      run++;
    }
    matched += run;
    if (run >= TAIL) {
      goodA = ea;
      goodB = eb;
    }
    if (ea >= A.length || eb >= B.length) break;
    const shift = resyncRight(A, B, ea, eb);
    if (shift < 0) break;
    const da = shift >> 8;
    const db = shift & 0xff;
    edits += Math.max(da, db);
    if (edits > EDIT_FREE + matched * EDIT_RATE) break;
    ea += da;
    eb += db;
    run = 0;
  }
  span[1] = goodA;
  span[3] = goodB;
  // left
  let sa = i;
  let sb = j;
  goodA = sa;
  goodB = sb;
  edits = 0;
  matched = 0;
  run = k;
  for (;;) {
    while (sa > 0 && sb > 0 && A[sa - 1] === B[sb - 1]) {
      sa--;
      sb--;
      run++;
    }
    matched += run;
    if (run >= TAIL) {
      goodA = sa;
      goodB = sb;
    }
    if (sa <= 0 || sb <= 0) break;
    const shift = resyncLeft(A, B, sa, sb);
    if (shift < 0) break;
    const da = shift >> 8;
    const db = shift & 0xff;
    edits += Math.max(da, db);
    if (edits > EDIT_FREE + matched * EDIT_RATE) break;
    sa -= da;
    sb -= db;
    run = 0;
  }
  span[0] = goodA;
  span[2] = goodB;
  trimScraps(A, B);
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
