import { describe, it, expect } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generateCorpus, scoreReuse } from '../bench/synth.mjs';
import { parseReport } from '../src/index.js';
import { findReuse } from '../src/reuse/index.js';

interface Occ { file: string; text: string; start: number; end: number }
interface Planted { kind: string; edited: boolean; occurrences: Occ[] }

describe('synthetic corpus', () => {
  it('writes what its truth says, where it says', () => {
    const { files, truth } = generateCorpus({ reports: 20, seed: 7 });
    expect(files).toHaveLength(20);
    const byName = new Map<string, string>(files.map((f: { name: string; text: string }) => [f.name, f.text]));
    const planted = truth.planted as Planted[];
    for (const p of planted) for (const o of p.occurrences) expect(byName.get(o.file)!.slice(o.start, o.end)).toBe(o.text);
    expect(planted.some((p) => p.kind === 'copied' && p.edited)).toBe(true);
    expect(planted.some((p) => p.kind === 'copied' && !p.edited)).toBe(true);
    expect(planted.some((p) => p.kind === 'formula')).toBe(true);
  });

  it('is reproducible from its seed', () => {
    const a = generateCorpus({ reports: 5, seed: 3 });
    const b = generateCorpus({ reports: 5, seed: 3 });
    expect(a.files).toEqual(b.files);
  });
});

describe('reuse finds what was planted (default settings)', () => {
  for (const seed of [1, 2]) {
    it(`recall and precision ≥ 0.95 on 60 generated reports, seed ${seed}`, () => {
      const { files, truth } = generateCorpus({ reports: 60, seed });
      const reports = files.map((f: { name: string; text: string }) => parseReport(f.text, f.name));
      const score = scoreReuse(truth, reports, findReuse(reports));
      expect(score.unlocated).toBe(0);
      expect(score.recall.verbatim).toBeGreaterThanOrEqual(0.95);
      expect(score.recall.edited).toBeGreaterThanOrEqual(0.95);
      expect(score.recall.formula).toBeGreaterThanOrEqual(0.95);
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
    });
  }
});
