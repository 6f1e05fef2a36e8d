// compare --json writes cells only where a report has units; the dense form (one cell per column) must follow
// from it by the documented rule, for the samples and for a corpus where most rows hold one report.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { SAMPLES, S } from './helpers/samples.js';
import { readReport, parseReport } from '../src/index.js';
import { compareReports, denseCells, type Comparison } from '../src/compare/index.js';
import { runMain } from './helpers/cli.js';
// @ts-expect-error plain ESM script without types
import { generateCorpus } from '../bench/synth.mjs';

const densified = (c: Comparison): Comparison => ({
  ...c,
  sections: c.sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: denseCells(r.cells, c.columns) })) })),
});

describe('sparse comparison', () => {
  const samples = Object.values(S).map((f) => readReport(join(SAMPLES, f)));
  const synth = (generateCorpus({ reports: 40, seed: 7 }).files as { name: string; text: string }[]).map((f) => parseReport(f.text, f.name));

  for (const [name, reports] of [['samples', samples], ['40 synthetic reports', synth]] as const) {
    it(`${name}: denseCells gives back the dense rows exactly`, () => {
      const sparse = compareReports(reports, { sparse: true });
      expect(JSON.stringify(densified(sparse))).toBe(JSON.stringify(compareReports(reports)));
      for (const s of sparse.sections) {
        for (const r of s.rows) {
          expect(r.cells.length).toBe(r.reports);
          expect(r.cells.every((c) => c.units.length > 0)).toBe(true);
        }
      }
    });
  }

  it('compare --json is the sparse form, and much smaller where points rarely align', async () => {
    const out = JSON.parse((await runMain(['compare', '--json', SAMPLES])).out) as Comparison;
    expect(out).toEqual(JSON.parse(JSON.stringify(compareReports(samples, { sparse: true }))));
    const sparse = JSON.stringify(compareReports(synth, { sparse: true }));
    expect(sparse.length).toBeLessThan(JSON.stringify(compareReports(synth)).length / 2);
  });
});
