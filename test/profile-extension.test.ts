// A fourth kind is one profile: built here in the test, it parses a report with no change to src/.
import { describe, it, expect } from 'vitest';
import { parseReport } from '../src/parse/index.js';
import { PROFILES, type Profile } from '../src/profiles/index.js';
import { order } from './helpers/samples.js';

// 审计查出问题整改情况的报告: what the audit found, what was put right, what is still open
const audit: Profile = {
  id: 'audit',
  name: '审计查出问题整改情况报告',
  title: /审计.{0,20}整改.{0,10}报告/,
  signature: /审计查出问题整改|审计整改/,
  parts: [
    { id: 'findings', zh: '审计查出的主要问题', en: 'findings', heading: /查出的?(?:主要)?问题|审计发现/ },
    { id: 'rectified', zh: '整改情况', en: 'put right', heading: /整改(?:工作)?(?:情况|落实|成效)/ },
    { id: 'open', zh: '尚未整改到位的问题', en: 'still open', heading: /尚未|未整改|下一步/ },
  ],
  order: ['findings', 'rectified', 'open'],
  mandated: ['findings', 'rectified'],
  headingOrder: ['open', 'rectified', 'findings'],
  defaultPart: 'findings',
  yearParts: [],
  embedded: [],
  lead: /报告如下/,
  closing: /^特此报告/,
  stock: ['审计', '整改', '进一步'],
  topics: [],
};

const text = `某某县人民政府关于2023年度县级预算执行审计查出问题整改情况的报告
县人大常委会:
现将有关情况报告如下:
一、审计查出的主要问题
审计发现部分专项资金拨付不及时,涉及资金1200万元。
二、整改工作情况
截至2024年10月,已整改问题23个,收回资金860万元。
三、尚未整改到位的问题及下一步安排
仍有3个问题正在整改,将于年底前完成。
特此报告。
某某县人民政府
2024年11月20日`;

describe('a kind added as one profile', () => {
  it('parses a report into its own parts when named', () => {
    const r = parseReport(text, 'audit.txt', { profile: audit });
    expect(r.kind).toBe('audit');
    expect(order(r.sections)).toEqual(['findings', 'rectified', 'open']);
    expect(r.sections.find((s) => s.canonical === 'rectified')!.text).toContain('已整改问题23个');
    expect(r.meta.signedAt).toBe('2024-11-20');
  });

  it('is chosen by detection among the others from its title', () => {
    const r = parseReport(text, 'audit.txt', { profiles: [...Object.values(PROFILES), audit] });
    expect(r.kind).toBe('audit');
    expect(r.kindRule).toMatch(/审计/);
  });
});
