// The conservation rule: every character of the repaired text that is not white space is in the report's text or in
// what cleaning removed (artefact repairs — lost-space ?, pinyin — are not part of the repaired text).
import { isBlank } from '../normalize/repair.js';

/** Characters the source has more of than text and removed together (lost), and the reverse (made up). */
export interface Conservation {
  lost: Map<string, number>;
  extra: Map<string, number>;
}

const ARTEFACT = /^lost-space|^pinyin/;


// one counter per UTF-16 code unit, reused: a pass is a few array increments per character
const counts = new Int32Array(0x10000);

export function conservation(source: string, report: { text: string; removed: Array<{ reason: string; text: string }> }): Conservation {
  const touched: number[] = [];
  const add = (s: string, by: number) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isBlank(c)) continue;
      if (counts[c] === 0) touched.push(c);
      counts[c] += by;
    }
  };
  add(source, 1);
  add(report.text, -1);
  for (const r of report.removed) if (!ARTEFACT.test(r.reason)) add(r.text, -1);
  const lost = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const c of touched) {
    const n = counts[c];
    if (n > 0) lost.set(String.fromCharCode(c), n);
    else if (n < 0) extra.set(String.fromCharCode(c), -n);
    counts[c] = 0;
  }
  return { lost, extra };
}
