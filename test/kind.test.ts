// The kind of every real report is detected right, and a folder of one kind stays that kind.
import { describe, it, expect } from 'vitest';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReport } from '../src/ingest/index.js';
import { parseDecoded } from '../src/parse/index.js';
import { ROOT, SHARED, SAMPLES, hasShared } from './helpers/samples.js';

function kinds(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of readdirSync(dir).filter((f) => /\.(?:txt|html?)$/.test(f))) {
    const file = join(dir, f);
    const k = parseDecoded(decodeReport(file, readFileSync(file))).kind;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe('kind detection', () => {
  it('reads the samples and every fixture set as 法治 reports', () => {
    expect(kinds(SAMPLES)).toEqual({ fazhi: 5 });
    const fixtures = join(ROOT, 'test', 'fixtures');
    for (const set of readdirSync(fixtures).filter((d) => existsSync(join(fixtures, d, 'reports')))) {
      expect(Object.keys(kinds(join(fixtures, set, 'reports'))), set).toEqual(['fazhi']);
    }
  });

  it.skipIf(!hasShared)('names the kind of every real report in ../shared', () => {
    expect(kinds(join(SHARED, 'real', 'fazhi', 'reports'))).toEqual({ fazhi: 2 });
    expect(kinds(join(SHARED, 'real', 'xxgk', 'reports'))).toEqual({ xxgk: 4 });
    expect(kinds(join(SHARED, 'corpus', 'fazhi-extra'))).toEqual({ fazhi: 2 });
    expect(kinds(join(SHARED, 'corpus', 'sz-gov-work-reports'))).toEqual({ 'gov-work': 144 });
  });

  // the reports of other provinces are not committed (test/fixtures/other-real/SOURCES.md says where they are)
  const otherReal = join(ROOT, 'test', 'fixtures', 'other-real');
  it.skipIf(!existsSync(join(otherReal, 'gov-work', 'reports')))('names the kind of every report from other provinces', () => {
    for (const kind of ['gov-work', 'xxgk', 'fazhi']) {
      const dir = join(otherReal, kind, 'reports');
      if (existsSync(dir)) expect(Object.keys(kinds(dir)), kind).toEqual([kind]);
    }
  });
});
