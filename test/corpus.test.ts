// Real reports that are not in the repository (../shared, present in CI): skipped on a user's clone.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readReport } from '../src/index.js';
import { SHARED, hasShared, order, sectionOf } from './helpers/samples.js';

describe.skipIf(!hasShared)('fazhi-extra: two Shenzhen reports whose source cut their titles', () => {
  it('光明区 2021: measures, problems, plans, signed 2022-01-05', () => {
    const r = readReport(join(SHARED, 'corpus/fazhi-extra/01_shenzhen_guangming_2021.txt'));
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta).toMatchObject({ agency: '深圳市光明区人民政府', year: 2021, signedAt: '2022-01-05' });
    expect(r.sections[0]).toMatchObject({ canonical: 'preamble', text: '现将有关情况报告如下:' });
    expect(sectionOf(r, '法治政府建设推进力度不够均衡')).toBe('problems');
  });

  it('龙华区 2019: eight topical parts are the measures, the eighth is next year’s plan', () => {
    const r = readReport(join(SHARED, 'corpus/fazhi-extra/02_shenzhen_longhua_2019.txt'));
    expect(order(r.sections)).toEqual(['measures', 'plans']);
    expect(r.sections.filter((s) => s.canonical === 'measures')).toHaveLength(7);
    expect(r.meta).toMatchObject({ agency: '深圳市龙华区人民政府', year: 2019, signedAt: '2019-12-18' });
  });
});
