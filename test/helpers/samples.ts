// The five sample reports, and variants made from them the way real collections vary.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES = join(ROOT, 'samples');
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'corpus'));

export const S = {
  changshou: '000_525c5565d93138a1.txt', // traditional, no page chrome, explicit parts
  qijiang: '001_78ed85b0c485cc82.txt', // web page, duties first, problems inside measures, 2022211日
  rongchang: '002_b64aee79f8123b03.txt', // web page with metadata table, two agencies sign
  jiangjin: '003_6e791484e7a4330b.txt', // traditional with pinyin and ??? artefacts
  guoziwei: '004_7470bc842f3634e7.txt', // no title, all five parts, duties third
} as const;

export const samplePath = (name: string) => join(SAMPLES, name);
export const sampleText = (name: string) => readFileSync(samplePath(name), 'utf8');

/** The top-level canonical labels in order, without preamble/closing and repeats. */
export function order(sections: Array<{ canonical: string }>): string[] {
  return sections.map((s) => s.canonical).filter((c, i, a) => c !== 'preamble' && c !== 'closing' && c !== a[i - 1]);
}

/** The canonical label of the section whose text holds a passage (white space ignored). */
export function sectionOf(report: { sections: Array<{ canonical: string; text: string }> }, passage: string): string | null {
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const p = squash(passage);
  return report.sections.find((s) => squash(s.text).includes(p))?.canonical ?? null;
}
