// Nothing is lost silently: every character of the repaired input is in the report's text or in `removed`, with why;
// and no removed span holds report prose. Over every fixture, the samples and, when present, the real reports.
import { describe, it, expect } from 'vitest';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeReport } from '../src/ingest/index.js';
import { parseWithSource } from '../src/parse/index.js';
import { conservation } from '../src/parse/conservation.js';
import { holdsProse } from '../src/normalize/index.js';
import { ROOT, SHARED, SAMPLES } from './helpers/samples.js';

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const fixtures = join(ROOT, 'test', 'fixtures');
const sets = readdirSync(fixtures).map((d) => join(fixtures, d, 'reports'));
// the reports of other provinces, where a clone has them (they are not committed: see other-real/SOURCES.md)
const otherReal = ['gov-work', 'xxgk', 'fazhi'].map((k) => join(fixtures, 'other-real', k, 'reports'));
const real = ['fazhi', 'xxgk'].map((k) => join(SHARED, 'real', k, 'reports'));
const files = [SAMPLES, ...sets, ...otherReal, ...real, join(SHARED, 'corpus', 'fazhi-extra')].flatMap(filesIn);

describe('conservation: cleaning never drops report text without a trace', () => {
  it('covers the samples, every fixture set and the real reports', () => {
    expect(files.length).toBeGreaterThan(160);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const decoded = decodeReport(file, readFileSync(file));
    const { report, source } = parseWithSource(decoded);
    const { lost, extra: made } = conservation(source, report);
    const missing = [...lost].map(([c, n]) => `${c}×${n}`);
    const extra = [...made].map(([c, n]) => `${c}×${n}`);
    expect(missing.slice(0, 20), 'characters of the input neither kept nor listed as removed').toEqual([]);
    expect(extra.slice(0, 20), 'characters in the output that the input did not have').toEqual([]);
    const prose = report.removed.filter((r) => holdsProse(r.text));
    expect(prose.map((r) => `${r.reason}: ${r.text.slice(0, 60)}`)).toEqual([]);
    for (const r of report.removed) expect(r.reason).toMatch(/\S/);
  });
});
