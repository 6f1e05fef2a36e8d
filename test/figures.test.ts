// govdiff figures: every figure a reader finds by eye in samples 001 and 004, with its sentence; nothing from a date,
// a document number, a list marker, an ordinal or a law's article; Han numerals read; flattened tables read only
// where the cells can be told apart.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { readReport, parseReport } from '../src/index.js';
import { findFigures, figuresOf, figuresIn, figuresSideBySide, readHanNumeral, readNumber, type Figure } from '../src/figures/index.js';
import { renderFiguresCsv, renderFiguresMarkdown, renderFiguresTable } from '../src/render/figures.js';
import { makeContext, displayWidth } from '../src/render/context.js';
import { S, SHARED, samplePath } from './helpers/samples.js';
import { runMain } from './helpers/cli.js';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const qijiang = readReport(samplePath(S.qijiang));
const guoziwei = readReport(samplePath(S.guoziwei));

/** "53件" → the figures written so, as value/unit/qualifier, with the sentence each is in. */
function find(figs: Figure[], written: string, report = qijiang): Figure[] {
  return figs.filter((f) => report.text.slice(f.start, f.end) === written);
}

describe('figures of sample 001 (綦江区 2021)', () => {
  const figs = figuresOf(qijiang);
  // every quantity of the report, as a reader underlines it: written form → value, unit, qualifier, words of its sentence
  const EXPECTED: [string, number, string, string | null, string][] = [
    ['7场次', 7, '场次', null, '专题讲座等7场次'],
    ['15个', 15, '个', null, '研究法治建设相关议题15个'],
    ['13项', 13, '项', null, '研究审议相关重大法治事项13项'],
    ['312项', 312, '项', null, '细化312项改革任务'],
    ['587家', 587, '家', null, '新入库科技型企业587家'],
    ['40家', 40, '家', null, '新获批高新技术企业40家'],
    ['800余项', 800, '项', '余', '调整市场监管相关许可、服务事项800余项'],
    ['10792户', 10792, '户', null, '新增各类市场主体10792户'],
    ['四项', 4, '项', null, '四项改革优化政务审批服务'],
    ['78万余件', 780000, '件', '余', '全年累计办理各类事项78万余件'],
    ['210项', 210, '项', null, '全面推进210项高频事项'],
    ['128.58万条', 1285800, '条', null, '信用信息128.58万条'],
    ['385个', 385, '个', null, '累计评定信用村385个'],
    ['53件', 53, '件', null, '全年共审查区政府规范性文件53件'],
    ['111条', 111, '条', null, '提出修改建议意见111条'],
    ['98件', 98, '件', null, '审查政府性合同98件'],
    ['272条', 272, '条', null, '提出修改建议意见272条'],
    ['16件', 16, '件', null, '备案规范性文件16件'],
    ['5次', 5, '次', null, '开展规范性文件专项清理5次'],
    ['165件', 165, '件', null, '现行有效区级规范性文件165件'],
    ['63件', 63, '件', null, '街镇(部门)规范性文件63件'],
    ['26件', 26, '件', null, '全年共审查重大行政决策26件'],
    ['25条', 25, '条', null, '提出修改建议意见25条'],
    ['304项', 304, '项', null, '下放304项区级事权到打通镇'],
    ['22名', 22, '名', null, '22名业务骨干'],
    ['321名', 321, '名', null, '完成321名新任执法人员'],
    ['1425名', 1425, '名', null, '1425名已持证执法人员'],
    ['1256台', 1256, '台', null, '配备记录仪1256台'],
    ['115人', 115, '人', null, '法制审核人员115人'],
    ['34个', 34, '个', null, '对34个执法部门'],
    ['322件', 322, '件', null, '认真办理人大代表建议322件'],
    ['99%', 99, '%', null, '满意率为99%'],
    ['336件', 336, '件', null, '办理政协提案336件'],
    ['97.6%', 97.6, '%', null, '满意率为97.6%'],
    ['41个', 41, '个', null, '全年实施审计项目41个'],
    ['76篇', 76, '篇', null, '出具各类报告76篇'],
    ['8461.36万元', 8461.36, '万元', null, '节约政府投资8461.36万元'],
    ['14400余条', 14400, '条', '余', '主动公开信息14400余条'],
    ['68件', 68, '件', null, '发布政策文件68件'],
    ['5169件', 5169, '件', null, '全年共调解各类矛盾纠纷5169件'],
    ['5089件', 5089, '件', null, '调解成功5089件'],
    ['98.45%', 98.45, '%', null, '调解成功率为98.45%'],
    ['7690万余元', 7690, '万元', '余', '涉及金额7690万余元'],
    ['381个', 381, '个', null, '381个村(社区)法律顾问全覆盖'],
    ['61件', 61, '件', null, '复议申请61件'],
    ['57件', 57, '件', null, '依法受理57件'],
    ['47件', 47, '件', null, '办结47件'],
  ];

  it.each(EXPECTED)('%s → %d %s', (written, value, unit, qualifier, words) => {
    const hits = find(figs, written);
    expect(hits.length).toBeGreaterThan(0);
    const f = hits.find((h) => h.text.includes(words));
    expect(f, `${written} in a sentence with ${words}`).toBeDefined();
    expect(f).toMatchObject({ value, unit, qualifier, file: qijiang.file });
    // the sentence is the report's own words, where the offsets say
    expect(qijiang.text.slice(f!.start, f!.end)).toBe(written);
    expect(qijiang.text).toContain(f!.text);
  });

  it('repeated counts are each kept: 15个 three times (议题, 信用镇, 区级部门), 8件 and 8个, 3次, 14个 and 3个', () => {
    expect(find(figs, '15个').map((f) => f.text.includes('议题') || f.text.includes('信用镇') || f.text.includes('15个区级部门'))).toEqual([true, true, true]);
    expect(find(figs, '15个')).toHaveLength(3);
    expect(find(figs, '55个')[0].text).toContain('55个执法单位');
    expect(find(figs, '8个')[0].text).toContain('8个重点执法领域');
    expect(find(figs, '8件')).toHaveLength(1);
    expect(find(figs, '8个')).toHaveLength(1);
    // 57 in all: those listed above, 15个 twice more, and 3个, 8件, 8个, 3次, 14个, 21个, 29个, 55个
    expect(figs).toHaveLength(EXPECTED.length + 10);
    expect(find(figs, '3次')[0].text).toContain('开展3次专题调研');
    expect(find(figs, '14个')[0].text).toContain('跟踪督导14个指标及3个新增专项');
    expect(find(figs, '29个')[0].text).toContain('21个街镇');
  });

  it('no figure from a date, a year, a document number, a list marker, an ordinal or a slogan', () => {
    const written = figs.map((f) => qijiang.text.slice(f.start, f.end));
    // 日期:2022-03-22, 2022211日, 2021年, 十九届六中全会, (20202025), 12348热线, “三位一体”, (一), 一是
    for (const w of written) expect(w).not.toMatch(/年|月|日|届|号|^\(|热线/);
    expect(figs.some((f) => f.value === 2021 || f.value === 2022 || f.value === 12348 || f.value === 20202025)).toBe(false);
    expect(written).not.toContain('三位');
    expect(written).not.toContain('一件');
    // every figure is in a part of the report, in a sentence
    for (const f of figs) expect(f.text.length).toBeGreaterThan(f.end - f.start);
  });

  it('says which part and point each figure is in, and what the sentence is about', () => {
    const docs = find(figs, '53件')[0];
    expect(docs).toMatchObject({ section: 'measures', topic: 'rules' });
    expect(docs.item).toContain('强化审查备案');
    expect(find(figs, '7场次')[0].section).toBe('duties');
    expect(find(figs, '5169件')[0].topic).toBe('disputes');
  });
});

describe('figures of sample 004 (国资委 2023)', () => {
  const figs = figuresOf(guoziwei);
  const EXPECTED: [string, number, string, string | null, string, string][] = [
    ['1次', 1, '次', null, '主要负责同志带头讲法治党课1次', 'measures'],
    ['3次', 3, '次', null, '其他班子成员讲法治党课3次', 'measures'],
    ['10余次', 10, '次', '余', '共组织学法10余次', 'measures'],
    ['30余项', 30, '项', '余', '涉及法律法规30余项', 'measures'],
    ['100%', 100, '%', null, '考试通过率达到100%', 'measures'],
    ['3次', 3, '次', null, '全年共开展专题法治培训3次', 'measures'],
    ['40余次', 40, '次', '余', '全年法律顾问累计提供审核意见40余次', 'measures'],
    ['2次', 2, '次', null, '年内共召开2次会议专题研究', 'duties'],
    ['10次', 10, '次', null, '全年安排中心组学习法治相关内容10次', 'duties'],
    ['4次', 4, '次', null, '开展研讨4次', 'duties'],
    ['不少于2次', 2, '次', '不少于', '全年研究部署法治建设工作不少于2次', 'plans'],
    ['不少于1次', 1, '次', '不少于', '坚持每季度干部职工集中学法不少于1次', 'plans'],
  ];

  it.each(EXPECTED)('%s → %d %s (%s…)', (written, value, unit, qualifier, words, section) => {
    const f = find(figs, written, guoziwei).find((h) => h.text.includes(words));
    expect(f, `${written} in a sentence with ${words}`).toBeDefined();
    expect(f).toMatchObject({ value, unit, qualifier, section });
  });

  it('finds nothing else: not the list markers 1. 2. 3., not 2023年度, not 16字原则, not 第八个五年规划', () => {
    expect(figs).toHaveLength(EXPECTED.length);
    expect(figs.some((f) => [2023, 16, 8, 5].includes(f.value) && f.unit !== '次')).toBe(false);
  });
});

describe('numbers as Chinese writes them', () => {
  it('reads Han numerals and 万/亿 after digits', () => {
    expect(readHanNumeral('三十')).toBe(30);
    expect(readHanNumeral('两千')).toBe(2000);
    expect(readHanNumeral('一万二千')).toBe(12000);
    expect(readHanNumeral('一百零五')).toBe(105);
    expect(readHanNumeral('十二')).toBe(12);
    expect(readHanNumeral('三千五百万')).toBe(35000000);
    expect(readHanNumeral('二〇二二')).toBeNull();
    expect(readNumber('1.2万')).toBe(12000);
    expect(readNumber('3千')).toBe(3000);
  });

  it('keeps 余/多/近/超 and ranges as qualifiers', () => {
    const one = (s: string) => {
      const f = figuresIn(s);
      expect(f, s).toHaveLength(1);
      return { value: f[0].value, unit: f[0].unit, qualifier: f[0].qualifier };
    };
    expect(one('全年开展普法活动三十余次。')).toEqual({ value: 30, unit: '次', qualifier: '余' });
    expect(one('覆盖群众1.2万人次。')).toEqual({ value: 12000, unit: '人次', qualifier: null });
    expect(one('培训两千多人。')).toEqual({ value: 2000, unit: '人', qualifier: '多' });
    expect(one('受理近500件。')).toEqual({ value: 500, unit: '件', qualifier: '近' });
    expect(one('办结率超95%。')).toEqual({ value: 95, unit: '%', qualifier: '超' });
    expect(one('每年开展3-5次专项检查。')).toEqual({ value: 3, unit: '次', qualifier: 'range 3–5' });
    expect(one('投入经费2.5亿元。')).toEqual({ value: 2.5, unit: '亿元', qualifier: null });
    expect(one('满意率达百分之九十五。')).toEqual({ value: 95, unit: '%', qualifier: null });
  });

  it('never a figure from a date, a year, a document number, a law’s article, an ordinal or a list marker', () => {
    const none = [
      '根据《关于印发实施方案的通知》(渝府办发〔2022〕12号)要求。',
      '2022年3月22日召开会议。',
      '依照《条例》第二十条第(一)项规定。',
      '学习党的十九届六中全会精神。',
      '1. 加强组织领导。',
      '(三)完善制度。',
      '推行“一件事一次办”,落实“三项制度”。',
      '落实千家万户的普法需求。',
      '通讯地址:商务营运中心7号楼14层;邮编:350400;电话:0591-23165385。',
      '制定“十四五”规划,开展第八个五年普法。',
    ];
    for (const s of none) expect(figuresIn(s), s).toEqual([]);
  });
});

describe('govdiff figures: side by side and its formats', () => {
  const samples = readdirSync(join(samplePath(S.qijiang), '..')).filter((f) => f.endsWith('.txt')).sort();
  const reports = samples.map((f) => readReport(samplePath(f)));
  const result = findFigures(reports);
  const side = figuresSideBySide(result, reports);

  it('one row per topic and unit, a cell per report in input order', () => {
    expect(side.columns.map((c) => c.file)).toEqual(reports.map((r) => r.file));
    const rules = side.rows.find((r) => r.topic === 'rules' && r.unit === '件')!;
    expect(rules.label).toContain('规范性文件');
    const col = side.columns.findIndex((c) => c.file === qijiang.file);
    expect(rules.cells[col].values).toEqual([53, 8, 16, 165, 63]);
    for (const row of side.rows) expect(row.cells).toHaveLength(reports.length);
    // every figure lands in exactly one cell
    expect(side.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.values.length, 0), 0)).toBe(result.figures.length);
  });

  it('table, Markdown and CSV carry the same values', () => {
    const ctx = makeContext({ color: false, width: 100 });
    const table = renderFiguresTable(side, ctx);
    for (const l of table.split('\n')) expect(displayWidth(l, ctx)).toBeLessThanOrEqual(100);
    expect(table).toContain('5169');
    expect(renderFiguresMarkdown(side)).toContain('| 53 · 8 · 16 · 165 · 63 |');
    const csv = renderFiguresCsv(side, { bom: true });
    expect(csv.startsWith('\uFEFFtopic,label,unit,')).toBe(true);
    expect(csv).toContain('53 · 8 · 16 · 165 · 63');
  });

  it('--json is the documented contract: reports and figures with offsets', async () => {
    const { out } = await runMain(['figures', '--json', samplePath(S.qijiang), samplePath(S.guoziwei)]);
    const j = JSON.parse(out);
    expect(j.reports).toEqual([
      { file: samplePath(S.qijiang), agency: qijiang.meta.agency, year: 2021 },
      { file: samplePath(S.guoziwei), agency: guoziwei.meta.agency, year: 2023 },
    ]);
    expect(Object.keys(j.figures[0]).sort()).toEqual(['end', 'file', 'item', 'qualifier', 'section', 'start', 'text', 'topic', 'unit', 'value']);
    expect(typeof j.figures[0].value).toBe('number');
    expect(j.figures.filter((f: Figure) => f.file === samplePath(S.guoziwei))).toHaveLength(12);
  });

  it('--list prints each figure with its sentence', async () => {
    const { out } = await runMain(['figures', '--list', '--no-color', '--width', '200', samplePath(S.guoziwei)]);
    expect(out).toContain('10次 (余)');
    expect(out).toContain('通过“三会一课”共组织学法10余次');
  });
});

const XXGK = join(SHARED, 'real/xxgk/reports');
describe.skipIf(!existsSync(XXGK))('the 政府信息公开 tables of the 平潭 reports', () => {
  const file = (n: string) => join(XXGK, readdirSync(XXGK).find((f) => f.startsWith(n))!);
  const r2023 = readReport(file('87885_'));
  const r2024 = readReport(file('97791_'));
  const res = findFigures([r2023, r2024]);
  const cell = (r: typeof r2023, row: string, column: string) => res.tables.find((c) => c.file === r.file && c.row === row && c.column === column);
  const unsplit = (r: typeof r2023, row: string) => res.unsplit.find((u) => u.file === r.file && u.row === row);

  it('reads the cells the text keeps apart, by row and column name', () => {
    expect(cell(r2023, '行政许可', '本年处理决定数量')?.value).toBe(2629);
    expect(cell(r2023, '行政处罚', '本年处理决定数量')?.value).toBe(1330);
    expect(cell(r2023, '行政强制', '本年处理决定数量')?.value).toBe(54);
    expect(cell(r2024, '行政许可', '本年处理决定数量')?.value).toBe(4529);
    expect(cell(r2023, '规章', '现行有效件数')?.value).toBe(0);
    // one digit per cell, the marker of the next row (2.) left to it: 保护第三方合法权益10000015.属于…
    expect(cell(r2023, '保护第三方合法权益', '自然人')?.value).toBe(1);
    expect(cell(r2023, '保护第三方合法权益', '总计')?.value).toBe(1);
    expect(cell(r2023, '属于行政查询事项', '总计')?.value).toBe(2);
    // the review and lawsuit row: fifteen digits for fifteen cells
    expect(cell(r2023, '行政复议、行政诉讼', '行政复议 总计')?.value).toBe(2);
    expect(cell(r2023, '行政复议、行政诉讼', '未经复议直接起诉 总计')?.value).toBe(5);
  });

  it('says "cannot split" where digits of several cells ran together, and never guesses', () => {
    const u = unsplit(r2023, '本年新收政府信息公开申请数量');
    expect(u).toMatchObject({ digits: '801000081', columns: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] });
    expect(u!.reason).toContain('cannot split');
    expect(r2023.text.slice(u!.start, u!.end)).toBe('801000081');
    expect(cell(r2023, '本年新收政府信息公开申请数量', '总计')).toBeUndefined();
    expect(unsplit(r2023, '行政规范性文件')?.digits).toBe('77132470');
    expect(unsplit(r2024, '行政复议、行政诉讼')?.digits).toBe('21317000001324019');
    // no figure is read out of a table's digits either
    expect(res.figures.some((f) => f.value === 801000081 || f.value === 77132470)).toBe(false);
  });

  it('the text’s own figures are found beside the table: 13561条, 81件, 51.85%', () => {
    const mine = res.figures.filter((f) => f.file === r2023.file);
    expect(mine.find((f) => f.value === 13561 && f.unit === '条')?.text).toContain('主动公开政府信息13561条');
    expect(mine.find((f) => f.value === 51.85 && f.unit === '%')).toBeDefined();
  });

  it('side by side: a "cannot split" cell, never a number, for a row that ran together', () => {
    const side = figuresSideBySide(res, [r2023, r2024]);
    const row = side.rows.find((x) => x.label.startsWith('本年新收政府信息公开申请数量'))!;
    expect(row.cells[0].unsplit).toBe('cannot split 801000081');
    expect(row.cells[0].values).toEqual([]);
  });
});

// parseReport keeps a bare string usable too
it('figuresOf works on a report parsed from a string', () => {
  const r = parseReport('一、主要举措和成效\n全年共办理行政复议案件12件,培训执法人员300余人次。', 'x.txt');
  expect(figuresOf(r).map((f) => [f.value, f.unit, f.qualifier])).toEqual([
    [12, '件', null],
    [300, '人次', '余'],
  ]);
});

const PT_FAZHI = join(SHARED, 'real/fazhi/reports/10_pingtan_guanweihui_2021.txt');
describe.skipIf(!existsSync(PT_FAZHI))('figures of a real 法治 report as a crawler stored it (平潭 管委会 2021)', () => {
  const r = readReport(PT_FAZHI);
  const figs = figuresOf(r);
  const at = (written: string) => figs.find((f) => r.text.slice(f.start, f.end) === written);

  it('finds the figures of its measures, with their sentences', () => {
    expect(at('2033起')).toMatchObject({ value: 2033, unit: '起', qualifier: null, section: 'measures', topic: 'disputes' });
    expect(at('2033起')!.text).toContain('各调解组织共排查化解矛盾纠纷2033起');
    expect(at('超过80%')).toMatchObject({ value: 80, unit: '%', qualifier: '超过' });
    expect(at('530部')!.text).toContain('集中执法的法律依据530部、2000余个条款');
    expect(at('2000余个')).toMatchObject({ value: 2000, unit: '个', qualifier: '余' });
    expect(at('87.96%')!.text).toContain('190人通过');
  });

  it('takes nothing from the crawler’s header, dates or the page’s chrome', () => {
    for (const f of figs) expect(r.text.slice(f.start, f.end)).not.toMatch(/年|月|日|号/);
    expect(figs.every((f) => f.section !== 'preamble' || !/发布时间|原文链接/.test(f.text))).toBe(true);
  });
});
