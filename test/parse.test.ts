import { describe, it, expect } from 'vitest';
import { readReport, parseReport } from '../src/index.js';
import { parseDate, isDateLine } from '../src/grammar/dates.js';
import { markerAt, chineseNumber } from '../src/grammar/markers.js';
import { agenciesFromTitle, agencyFromBody } from '../src/parse/meta.js';
import { fazhi } from '../src/profiles/index.js';
import { S, samplePath, order, sectionOf } from './helpers/samples.js';

const read = (name: string) => readReport(samplePath(name));

describe('numbering and dates', () => {
  it('reads every level of numbering', () => {
    expect(markerAt('一、2021年工作情况')).toMatchObject({ style: 'cn-dun', value: 1 });
    expect(markerAt('(十二)强化监督')).toMatchObject({ style: 'cn-paren', value: 12 });
    expect(markerAt('（三）强化监督')).toMatchObject({ style: 'cn-paren', value: 3 });
    expect(markerAt('3. 落实工作制度')).toMatchObject({ style: 'num-dun', value: 3 });
    expect(markerAt('2、强化普法')).toMatchObject({ style: 'num-dun', value: 2 });
    expect(markerAt('(4)开展培训')).toMatchObject({ style: 'num-paren', value: 4 });
    expect(markerAt('2021年,我区')).toBeNull();
    expect(markerAt('1.5万元用于')).toBeNull();
    expect(chineseNumber('二十三')).toBe(23);
  });

  it('repairs a date that lost characters only when one reading is valid', () => {
    expect(parseDate('2022211日')).toBe('2022-02-11');
    expect(parseDate('2022年1月14日')).toBe('2022-01-14');
    expect(parseDate('2022-03-15 11:06:17')).toBe('2022-03-15');
    expect(parseDate('二〇二二年一月十四日')).toBe('2022-01-14');
    expect(parseDate('2022111日')).toBeNull(); // 1-11 or 11-1: no guess
    expect(isDateLine('2022211日')).toBe(true);
    expect(isDateLine('2022年,我区将')).toBe(false);
  });
});

describe('the samples, as a reader sees them', () => {
  it('000 (traditional): four parts, duties before problems, signed 2022-01-14', () => {
    const r = read(S.changshou);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(r.meta).toMatchObject({ agency: '重庆市长寿区招商投资促进局', year: 2021, signedAt: '2022-01-14', publishedAt: null, script: 'traditional' });
    const measures = r.sections.find((s) => s.canonical === 'measures')!;
    expect(measures.items.map((i) => i.marker)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
    expect(measures.items[5].title).toBe('推行法律顾问制度,提高依法行政水平');
    expect(sectionOf(r, '法治理论学习不系统、不深入')).toBe('problems');
    expect(r.text).not.toMatch(/[區劃國會]/);
  });

  it('001: duties first, problems found inside the measures, plans; date 2022211日 read as 2022-02-11', () => {
    const r = read(S.qijiang);
    expect(order(r.sections)).toEqual(['duties', 'measures', 'problems', 'plans']);
    const problems = r.sections.find((s) => s.canonical === 'problems')!;
    expect(problems.inferred).toBe(true);
    expect(problems.heading).toBeNull();
    expect(problems.items[0].items.map((i) => i.marker)).toEqual(['一是', '二是', '三是']);
    expect(sectionOf(r, '全年共调解各类矛盾纠纷5169件')).toBe('measures');
    expect(r.meta).toMatchObject({ agency: '重庆市綦江区人民政府', year: 2021, signedAt: '2022-02-11', publishedAt: '2022-03-22' });
    expect(r.text).not.toContain('扫一扫');
  });

  it('002: two agencies sign; the metadata table gives the publication date', () => {
    const r = read(S.rongchang);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta.agencies).toEqual(['中共重庆市荣昌区新区建设工作委员会', '重庆市荣昌区新区建设管理委员会']);
    expect(r.meta.agency).toBe('重庆市荣昌区新区建设管理委员会');
    expect(r.meta).toMatchObject({ signedAt: '2022-01-19', publishedAt: '2022-01-24', year: 2021 });
    const closing = r.sections.at(-1)!;
    expect(closing.canonical).toBe('closing');
    expect(closing.text.startsWith('特此报告。')).toBe(true);
    expect(sectionOf(r, '荣委法办便笺〔2022〕2号')).toBe('preamble');
  });

  it('003: pinyin and ??? gone, title over two lines', () => {
    const r = read(S.jiangjin);
    expect(r.meta.title).toBe('重庆市江津区科学技术局 关于2021年度法治政府建设情况的报告');
    expect(r.meta).toMatchObject({ agency: '重庆市江津区科学技术局', publishedAt: '2022-03-15', signedAt: '2022-02-28' });
    expect(r.text).not.toMatch(/\(q|\?|大 中 小/);
    const plans = r.sections.find((s) => s.canonical === 'plans')!;
    expect(plans.items.map((i) => i.marker)).toEqual(['一是', '二是', '三是', '四是']);
    expect(plans.items[0].title).toBe('深化法治理念');
    expect(sectionOf(r, '坚决做到“两个维护”,认真学习')).toBe('measures');
  });

  it('004: no title, agency named only in the body, all five parts', () => {
    const r = read(S.guoziwei);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'duties', 'plans', 'other']);
    expect(r.meta).toMatchObject({ title: null, agency: '区国资委', year: 2023, signedAt: null });
    const measures = r.sections.find((s) => s.canonical === 'measures')!;
    expect(measures.items[1].items.map((i) => i.title)).toEqual(['开展主题宣传教育活动', '开展国企合规管理培训', '深入基层开展普法宣传']);
  });

  it('sections cover the cleaned text in order, and their text is a slice of it', () => {
    for (const name of Object.values(S)) {
      const r = read(name);
      let at = 0;
      for (const s of r.sections) {
        expect(s.text).toBe(r.text.slice(s.start, s.end));
        expect(r.text.slice(at, s.start).trim()).toBe('');
        at = s.end;
      }
      expect(r.text.slice(at).trim()).toBe('');
    }
  });
});

describe('the agency in a title', () => {
  it('stands before 关于 or the year, after a leading 关于 or year', () => {
    expect(agenciesFromTitle('某某区司法局2022年度法治政府建设情况报告', fazhi.titleWords)).toEqual(['某某区司法局']);
    expect(agenciesFromTitle('关于某某区2022年法治政府建设情况的报告', fazhi.titleWords)).toEqual(['某某区']);
    expect(agenciesFromTitle('2022年度某某镇人民政府法治政府建设工作报告', fazhi.titleWords)).toEqual(['某某镇人民政府']);
    expect(agenciesFromTitle('关于2022年度法治政府建设情况的报告', fazhi.titleWords)).toEqual([]);
  });
});

describe('the agency in the body', () => {
  it('is the subject of the opening sentence when nothing else names it', () => {
    expect(agencyFromBody('2020年,市生态环境局在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想。')).toBe('市生态环境局');
    expect(agencyFromBody('现就区国资委2023年度开展法治建设工作情况报告如下。')).toBe('区国资委');
    expect(agencyFromBody('2021年,全区坚持以习近平新时代中国特色社会主义思想为指导。')).toBeNull();
    expect(agencyFromBody('今年以来,我局认真贯彻落实上级部署。')).toBeNull();
  });
});

describe('text that is no report', () => {
  it('warns instead of inventing parts', () => {
    const r = parseReport('今天天气很好，我们去公园散步。然后回家吃饭。');
    expect(r.warnings.join(' ')).toMatch(/no headings of the template/);
    expect(r.meta.agency).toBeNull();
    expect(r.meta.year).toBeNull();
  });
});
