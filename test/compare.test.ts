// What a reader checks by eye when lining the five sample reports up: the same measure on one row, the same
// problem on one row, the negated mention marked, in the same order whatever the input order.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { SAMPLES, S } from './helpers/samples.js';
import { readReport, parseReport, type Report } from '../src/index.js';
import { compareReports, buildMatrix, shortAgencyNames, parseTopics, mentionsIn, compileTopics, unitsOf, nameForms } from '../src/compare/index.js';

const FILES = Object.values(S);
const reports: Report[] = FILES.map((f) => readReport(join(SAMPLES, f)));
const id = (file: string) => file.split('/').pop()!.slice(0, 3);

describe('topic matrix on the samples', () => {
  const m = buildMatrix(reports, { sections: ['measures', 'problems'] });
  const row = (section: string, topic: string) => m.rows.find((r) => r.section === section && r.topic === topic)!;
  const holders = (section: string, topic: string) => row(section, topic).cells.filter((c) => c.count > 0).map((c) => id(c.file));

  it('the legal-adviser measure row holds all five reports', () => {
    expect(holders('measures', 'counsel')).toEqual(['000', '001', '002', '003', '004']);
    // and the evidence is the point a reader would find: 000's (六)推行法律顾问制度
    const e000 = row('measures', 'counsel').cells[0].evidence.map((e) => e.title);
    expect(e000.some((t) => t.includes('推行法律顾问制度'))).toBe(true);
  });

  it('"legal publicity is old-fashioned / uninventive" holds 002, 003, 004 and not 000 or 001', () => {
    expect(holders('problems', 'problem-publicity-form')).toEqual(['002', '003', '004']);
  });

  it("000's 未制定规范性文件 is in the evidence as a negated mention, not a measure", () => {
    const cell = row('measures', 'rules').cells[0];
    const neg = cell.evidence.filter((e) => e.negated);
    expect(neg.some((e) => e.quote.includes('未制定规范性文件'))).toBe(true);
    expect(cell.negated).toBeGreaterThan(0);
    // 没有发生过行政诉讼、行政复议等案件: a negated mention of dispute resolution too
    const disputes = row('measures', 'disputes').cells[0].evidence.filter((e) => e.negated);
    expect(disputes.some((e) => e.quote.includes('没有发生过行政诉讼、行政复议'))).toBe(true);
  });

  it('has exactly the JSON contract: columns {file, agency}; rows {section, topic, label, cells {file, count, negated, evidence}}', () => {
    const json = JSON.parse(JSON.stringify(m));
    expect(Object.keys(json).sort()).toEqual(['columns', 'rows']);
    expect(json.columns.map((c: object) => Object.keys(c).sort().join())).toEqual(Array(5).fill('agency,file'));
    for (const r of json.rows) {
      expect(Object.keys(r).sort()).toEqual(['cells', 'label', 'section', 'topic']);
      expect(r.cells.map((c: { file: string }) => c.file)).toEqual(json.columns.map((c: { file: string }) => c.file));
      for (const c of r.cells) expect(Object.keys(c).sort()).toEqual(['count', 'evidence', 'file', 'negated']);
    }
  });
});

describe('aligned rows on the samples', () => {
  const cmp = compareReports(reports, { sections: ['measures', 'problems'] });
  const measures = cmp.sections.find((s) => s.section === 'measures')!;
  const problems = cmp.sections.find((s) => s.section === 'problems')!;
  const who = (row: (typeof measures.rows)[number]) => row.cells.filter((c) => c.units.length).map((c) => id(c.file));

  it('puts the five legal-adviser points on one row', () => {
    const rows = measures.rows.filter((r) => r.cells.some((c) => c.units.some((u) => u.title.includes('法律顾问'))));
    const full = rows.find((r) => r.reports === 5)!;
    expect(full).toBeDefined();
    expect(full.shared).toBe(true);
    for (const c of full.cells) expect(c.units[0].title).toContain('法律顾问');
  });

  it('puts the three publicity problems on one row, without 000 or 001', () => {
    const row = problems.rows.find((r) => r.cells.some((c) => c.units.some((u) => u.title.includes('法治宣传形式单一'))))!;
    expect(who(row)).toEqual(['002', '003', '004']);
    expect(row.cells[4].units[0].title).toContain('普法宣传的创新招法不多');
  });

  it("shows 001's problems, found inside its measures, in the problems view", () => {
    expect(problems.headings[1]).toMatchObject({ inferred: true, present: true });
    const titles = problems.rows.flatMap((r) => r.cells[1].units.map((u) => u.title));
    expect(titles).toEqual(expect.arrayContaining(['基层法治建设力度有待进一步提升', '法治工作队伍力量有待进一步充实', '法治建设经费保障有待进一步加强']));
  });

  it('marks a point only one agency reported as unique', () => {
    const row = problems.rows.find((r) => r.cells[1].units.some((u) => u.title.includes('经费保障')))!;
    expect(row.unique).toBe(true);
    expect(row.reports).toBe(1);
  });

  it('every point of every report appears exactly once', () => {
    for (const s of cmp.sections) {
      reports.forEach((r, i) => {
        const shown = s.rows.flatMap((row) => row.cells[i].units.map((u) => u.start));
        expect(shown.sort((a, b) => a - b)).toEqual(unitsOf(r, s.section).map((u) => u.start));
      });
    }
  });

  it('gives the same rows whatever order the reports come in, the columns in the order given', () => {
    const shuffled = [reports[3], reports[0], reports[4], reports[2], reports[1]];
    // the same table once the columns are put in one order
    const byFile = <T extends { file: string }>(xs: T[]) => [...xs].sort((x, y) => (x.file < y.file ? -1 : 1));
    const canon = (c: ReturnType<typeof compareReports>) =>
      JSON.stringify({ columns: byFile(c.columns), sections: c.sections.map((s) => ({ ...s, headings: byFile(s.headings), rows: s.rows.map((r) => ({ ...r, cells: byFile(r.cells) })) })) });
    const mixed = compareReports(shuffled);
    expect(mixed.columns.map((c) => c.file)).toEqual(shuffled.map((r) => r.file));
    expect(canon(mixed)).toBe(canon(compareReports(reports)));
    const m = (rs: typeof reports) => {
      const x = buildMatrix(rs, { by: 'item' });
      return JSON.stringify({ columns: byFile(x.columns), rows: x.rows.map((r) => ({ ...r, cells: byFile(r.cells) })) });
    };
    expect(m([...reports].reverse())).toBe(m(reports));
  });
});

describe('negation', () => {
  const topics = compileTopics(parseTopics(JSON.stringify([{ id: 'rules', label: '规范性文件', keywords: ['规范性文件'] }])));
  const unit = (text: string, section: 'measures' | 'problems' = 'measures') => ({
    file: 'x', section, index: 0, of: 1, marker: null, title: '', parent: null, text, start: 0, end: text.length,
  });
  it('reads 未/没有/无 before the thing, and 为零 after it, as "did not happen"', () => {
    expect(mentionsIn(unit('2021年,我单位未制定规范性文件。'), topics)[0].negated).toBe(true);
    expect(mentionsIn(unit('全年规范性文件备案数量为零。'), topics)[0].negated).toBe(true);
    expect(mentionsIn(unit('制定规范性文件3件,均经合法性审核。'), topics)[0].negated).toBe(false);
  });
  it('does not read 未来 or 无缝 as negation, nor 未 in a problems section', () => {
    expect(mentionsIn(unit('未来将加强规范性文件管理。'), topics)[0].negated).toBe(false);
    expect(mentionsIn(unit('部分单位未按规定报备规范性文件。', 'problems'), topics)[0].negated).toBe(false);
  });
});

describe('short agency names', () => {
  it('drops the places a reader does not need, keeping a bare government its district', () => {
    expect(shortAgencyNames(reports)).toEqual(['招商投资促进局', '綦江区政府', '新区建设管理委员会', '科学技术局', '国资委']);
    expect(nameForms('重庆市长寿区招商投资促进局')).toEqual(['重庆市长寿区招商投资促进局', '长寿区招商投资促进局', '招商投资促进局']);
  });
  it('keeps colliding names distinguishable: the district, then the year', () => {
    const withAgency = (agency: string, year: number): Report => {
      const r = parseReport(`${agency}${year}年度法治政府建设工作报告\n一、主要举措和成效\n推行法律顾问制度。`, `${agency}-${year}.txt`);
      return { ...r, meta: { ...r.meta, agency, agencies: [], year } };
    };
    const names = shortAgencyNames([
      withAgency('重庆市江津区科学技术局', 2021),
      withAgency('重庆市綦江区科学技术局', 2021),
      withAgency('重庆市綦江区科学技术局', 2022),
    ]);
    expect(names).toEqual(['江津区科学技术局', '綦江区科学技术局 2021', '綦江区科学技术局 2022']);
  });
});

describe('a topic list of ones own', () => {
  it('names the file and the problem when the list is malformed', () => {
    expect(() => parseTopics('[{"id":"a","keywords":[]}]', 'my.json')).toThrow(/my\.json.*keywords/);
    expect(() => parseTopics('{', 'my.json')).toThrow(/my\.json.*not valid JSON/);
    expect(() => parseTopics('[{"id":"a","keywords":["x"],"sections":["foo"]}]', 'my.json')).toThrow(/sections/);
  });
  it('counts what its keywords find', () => {
    const topics = parseTopics(JSON.stringify([{ id: 'credit', label: '信用监管', keywords: ['信用'], sections: ['measures'] }]));
    const m = buildMatrix(reports, { sections: ['measures'], topics });
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0].cells[1].count).toBeGreaterThan(0); // 001: 三是强化信用监管
  });
});
