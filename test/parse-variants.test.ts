// The samples varied the way real collections vary: other bytes, other numbering, parts missing or moved.
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { parseBytes, parseReport, readReport } from '../src/index.js';
import { S, ROOT, sampleText, order, sectionOf } from './helpers/samples.js';

const changshou = sampleText(S.changshou);
const qijiang = sampleText(S.qijiang);
const rongchang = sampleText(S.rongchang);
const jiangjin = sampleText(S.jiangjin);
const guoziwei = sampleText(S.guoziwei);

describe('bytes and formats', () => {
  it('a GBK copy parses as the UTF-8 original does', () => {
    const a = parseReport(rongchang, 'utf8.txt');
    const b = parseBytes('gbk.txt', new Uint8Array(iconv.encode(rongchang, 'gbk')));
    expect(b.meta.encoding).toBe('gb18030');
    expect(b.sections.map((s) => [s.canonical, s.text])).toEqual(a.sections.map((s) => [s.canonical, s.text]));
    expect(b.meta.publishedAt).toBe('2022-01-24');
  });

  it('a saved HTML page with navigation, footer and script parses like the text', () => {
    const esc = (l: string) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>綦江区2021年度法治政府建设情况报告</title>
      <script>var crumbs = "一、首页";</script></head><body>
      <nav><ul><li><a href="/">首页</a></li><li><a>政务公开</a></li></ul></nav>
      <div class="bread">您当前的位置: <a>首页</a> &gt; <a>政务公开</a> &gt; 法治政府建设年度报告</div>
      <div id="zoom">${qijiang.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n')}</div>
      <div class="footer"><p>版权所有：重庆市綦江区人民政府办公室</p><p>渝ICP备05003300号</p></div></body></html>`;
    const r = parseBytes('qijiang.html', new Uint8Array(Buffer.from(html)));
    expect(r.meta.format).toBe('html');
    expect(order(r.sections)).toEqual(['duties', 'measures', 'problems', 'plans']);
    expect(r.text).not.toMatch(/版权所有|ICP|您当前的位置|crumbs/);
    expect(r.meta.signedAt).toBe('2022-02-11');
  });

  it('full-width punctuation, U+3000 indents and Windows line ends change nothing', () => {
    const wide = qijiang
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/,/g, '，')
      .split('\n')
      .map((l) => (l ? '\u3000\u3000' + l : l))
      .join('\r\n');
    const r = parseReport(wide);
    expect(order(r.sections)).toEqual(['duties', 'measures', 'problems', 'plans']);
    expect(sectionOf(r, '下放304项区级事权到打通镇')).toBe('measures');
  });
});

describe('other numbering', () => {
  it('parts numbered (一) with points numbered 1.', () => {
    const text = changshou
      .replace(/^\((一|二|三|四|五|六|七|八)\)/gm, (_, n: string) => `${'一二三四五六七八'.indexOf(n) + 1}.`)
      .replace(/^([一二三四])、/gm, '($1)');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(r.sections[1].items).toHaveLength(8);
    expect(r.sections[1].items[0].marker).toBe('1.');
  });

  it('parts numbered 一. and a heading that runs on after its full stop', () => {
    const text = rongchang.replace(/^([一二三])、/gm, '$1.').replace('二.存在的主要问题\n\n', '二.存在的主要问题。');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(sectionOf(r, '信息公开的时效性有待进一步增强')).toBe('problems');
  });

  it('a part heading that lost its marker', () => {
    const r = parseReport(rongchang.replace('二、存在的主要问题', '存在的主要问题'));
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
  });

  it('numbering that skips or repeats does not derail the tree', () => {
    const text = changshou.replace('(二)精心謀劃五年工作', '(一)精心謀劃五年工作').replace('(四)推進營商環境創新', '(六)推進營商環境創新');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(r.sections[1].items).toHaveLength(8);
  });

  it('a whole body run into one line', () => {
    const r = parseReport(guoziwei.split('\n').join(''));
    expect(order(r.sections)).toEqual(['measures', 'problems', 'duties', 'plans', 'other']);
    expect(r.sections[1].items.map((i) => i.marker)).toEqual(['1.', '2.', '3.']);
    expect(sectionOf(r, '全年法律顾问累计提供审核意见40余次')).toBe('measures');
  });

  it('text hard-wrapped at a fixed width', () => {
    const wrapped = guoziwei
      .split('\n')
      .flatMap((l) => (l.length <= 35 ? [l] : Array.from({ length: Math.ceil(l.length / 35) }, (_, i) => l.slice(i * 35, i * 35 + 35))))
      .join('\n');
    const r = parseReport(wrapped);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'duties', 'plans', 'other']);
    expect(r.sections[1].items[0].text).not.toContain('\n');
    expect(r.sections[1].items[0].items.map((i) => i.marker)).toEqual(['一是', '二是', '三是']);
  });
});

describe('parts missing, moved, merged or unheaded', () => {
  it('a report without its duties part', () => {
    const text = changshou.replace(/二、主要負責人[\s\S]*?(?=三、)/, '').replace('三、推進', '二、推進').replace('四、下一步', '三、下一步');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
  });

  it('parts in another order: plans before problems', () => {
    const lines = guoziwei.split('\n');
    const at = (p: string) => lines.findIndex((l) => l.startsWith(p));
    const problems = lines.slice(at('二、'), at('三、'));
    const plans = lines.slice(at('四、'), at('五、'));
    const moved = [...lines.slice(0, at('二、')), ...plans, ...lines.slice(at('三、'), at('四、')), ...problems, ...lines.slice(at('五、'))];
    const r = parseReport(moved.join('\n'));
    expect(order(r.sections)).toEqual(['measures', 'plans', 'duties', 'problems', 'other']);
  });

  it('one heading for problems and plans, split at its sub-headings', () => {
    const text = changshou
      .replace('三、推進法治政府建設存在的不足及原因', '三、存在的問題和下一步工作打算\n(一)存在的問題')
      .replace('四、下一步工作計劃', '(二)下一步工作計劃');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(sectionOf(r, '建立健全法治工作责任制度')).toBe('plans');
  });

  it('next year’s plans after a lead-in sentence, with no heading of their own', () => {
    const text = jiangjin.replace('三、下一步打算', '2022年,我局將重點做好以下工作:');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    const plans = r.sections.find((s) => s.canonical === 'plans')!;
    expect(plans.inferred).toBe(true);
    expect(sectionOf(r, '依托政府网站开展线上普法活动')).toBe('plans');
    expect(sectionOf(r, '干部职工的法治观念和法治意识还应进一步提升')).toBe('problems');
  });

  it('topical parts with no measures heading are the measures', () => {
    const text = ['现将有关情况报告如下:', '一、积极推进依法决策', '严格落实重大行政决策程序,全年审查决策事项12件。', '二、深化行政执法改革', '开展执法案卷评查3次。', '三、2024年工作计划', '继续完善法律顾问制度。', '特此报告。', '某某区司法局', '2023年12月20日'].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'plans']);
    expect(r.meta).toMatchObject({ year: 2023, signedAt: '2023-12-20', agency: '某某区司法局' });
  });

  it('parts numbered 第一部分, a year in Chinese numerals, a run-on heading judged by its own words', () => {
    const text = [
      '某某市司法局二〇二二年度法治政府建设情况报告',
      '发布时间:2023-03-28 来源:某某市司法局 浏览次数:120',
      '第一部分 主要举措和成效',
      '一、加强规范性文件管理。全年审查文件20件,针对存在的问题及时整改。',
      '二、深化执法改革。开展案卷评查。',
      '第二部分 存在的不足和原因',
      '基层执法力量不足。',
      '第三部分 下一年度工作安排',
      '继续加强规范性文件管理。',
      '某某市司法局',
      '二〇二三年三月一日',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.sections[1].items.map((i) => i.title)).toEqual(['加强规范性文件管理', '深化执法改革']);
    expect(r.meta).toMatchObject({ year: 2022, signedAt: '2023-03-01', publishedAt: '2023-03-28', agency: '某某市司法局' });
  });

  it('a page with spaced-out metadata keys, bare part headings and signature and date on one line', () => {
    const text = [
      '首页 > 政务公开 > 法治政府建设年度报告',
      '索 引 号:11500000MB1234567X/2023-00012',
      '发布机构:某某县自然资源局',
      '成文日期:2023-03-20',
      '发布时间:2023-03-28 09:12 来源:某某县自然资源局 【字体:大 中 小】',
      '某某县自然资源局2022年度法治政府建设工作报告',
      '按照《法治政府建设与责任落实督察工作规定》要求,现将我局2022年度法治政府建设情况报告如下:',
      '主要工作开展情况',
      '(一)严格规范公正文明执法。全年办理行政处罚案件36件。',
      '(二)推进政务公开。主动公开信息120条。',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '局主要负责人主持召开党组会专题研究法治工作4次。',
      '存在的问题及原因',
      '执法人员法律素养有待提高。',
      '下一步工作打算',
      '加强执法人员培训。',
      '某某县自然资源局    2023年3月20日',
      '【打印】【关闭】',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(r.sections[1].items.map((i) => i.marker)).toEqual(['(一)', '(二)']);
    expect(r.meta).toMatchObject({ year: 2022, signedAt: '2023-03-20', publishedAt: '2023-03-28', agency: '某某县自然资源局' });
    expect(r.meta.fields['索引号']).toBe('11500000MB1234567X/2023-00012');
    expect(r.text).not.toMatch(/索 引 号|打印|字体/);
  });

  it('next year’s 举措 are plans; a title that leads with the year; a time stamp without its key', () => {
    const text = [
      '2023-03-28 14:30 来源:某某区司法局',
      '2022年度某某区司法局法治政府建设情况报告',
      '一、2022年推进法治政府建设的主要举措和成效',
      '利用微信公众号开展普法宣传',
      '全年推送普法信息100余条。',
      '【打印本页】【关闭窗口】',
      '二、存在的不足和原因',
      '普法形式单一。',
      '三、2023年推进法治政府建设的主要举措',
      '创新普法方式。',
      '责任编辑:张三',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta).toMatchObject({ year: 2022, publishedAt: '2023-03-28', agency: '某某区司法局' });
    expect(r.text).toContain('利用微信公众号开展普法宣传');
    expect(r.text).not.toMatch(/打印|责任编辑/);
  });

  it('a provincial page: title in <h1>, meta line with 【字号】, headings in <strong>, related links and footer, no signature', () => {
    const r = readReport(join(ROOT, 'test/fixtures/parse/province-page.html'));
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta).toMatchObject({ title: '广东省人民政府关于2022年法治政府建设情况的报告', agency: '广东省人民政府', year: 2022, publishedAt: '2023-03-30', signedAt: null });
    expect(r.text).not.toMatch(/相关文章|2021年法治政府建设情况的报告|主办|版权所有|ICP|无障碍|当前位置|字号/);
    expect(r.sections.at(-1)!.items.map((i) => i.marker)).toEqual(['(一)', '(二)', '(三)']);
  });

  it('a title broken over two lines, the date printed under it, a note after the closing date', () => {
    const text = [
      '政务公开',
      '某某县人民政府关于2022年度法治政府',
      '建设情况的报告',
      '(2023年3月15日)',
      '现将我县2022年度法治政府建设情况报告如下:',
      '一、主要举措和成效',
      '全年审查规范性文件12件。',
      '二、存在的不足和原因',
      '基层力量薄弱。',
      '三、2023年工作安排',
      '加强队伍建设。',
    ].join('\n');
    const r = parseReport(text);
    expect(r.meta).toMatchObject({ title: '某某县人民政府关于2022年度法治政府 建设情况的报告', agency: '某某县人民政府', year: 2022, signedAt: '2023-03-15' });
    expect(r.text).not.toContain('政务公开');
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    const signed = parseReport(text.replace('(2023年3月15日)\n', '') + '\n某某县人民政府\n2023年3月16日(此件公开发布)');
    expect(signed.meta.signedAt).toBe('2023-03-16');
    expect(signed.sections.at(-1)!.canonical).toBe('closing');
  });

  it('duties told as the last sub-heading of the measures, in the template’s words, become the duties part', () => {
    const text = [
      '某某县发展和改革局2022年度法治政府建设情况报告',
      '一、主要举措和成效',
      '(一)落实第一责任人职责。局党组每季度研究法治工作。',
      '(二)规范行政决策。全年审查重大决策事项5件。',
      '(三)党政主要负责人履行推进法治建设第一责任人职责情况。局主要负责人带头讲授法治专题党课1次。',
      '二、存在的不足和原因',
      '法治队伍力量不足。',
      '三、下一步工作打算',
      '加强法治培训。',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    const duties = r.sections.find((s) => s.canonical === 'duties')!;
    expect(duties).toMatchObject({ inferred: true, heading: '(三)党政主要负责人履行推进法治建设第一责任人职责情况。局主要负责人带头讲授法治专题党课1次。' });
    expect(sectionOf(r, '局党组每季度研究法治工作')).toBe('measures');
  });

  it('特此报告 run on after the last paragraph of a one-line body is the closing', () => {
    const r = parseReport(guoziwei.replace('五、其他需要报告的情况\n无', '五、其他需要报告的情况\n无。特此报告。区国资委 2024年1月20日').split('\n').join(''));
    expect(r.sections.at(-1)).toMatchObject({ canonical: 'closing', text: '特此报告。\n区国资委 2024年1月20日' });
    expect(r.meta.signedAt).toBe('2024-01-20');
  });

  it('a page whose metadata is a <th>/<td> table and whose publication date is in a <meta> tag', () => {
    const page = (table: string, head = '') => `<html><head>${head}</head><body>
      <table><tr><th>信息索引号</th><td>11441900MB2C37481K/2023-00019</td><th>公开方式</th><td>主动公开</td></tr>
      ${table}</table><h1>2022年度法治政府建设情况报告</h1>
      ${rongchang.split('\n').slice(22).map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const withTable = parseBytes('a.html', new Uint8Array(Buffer.from(page('<tr><th>发布机构</th><td>某某市住建局</td><th>发布日期</th><td>2023-03-02</td></tr>'))));
    expect(withTable.meta).toMatchObject({ publishedAt: '2023-03-02', title: '2022年度法治政府建设情况报告' });
    expect(withTable.text).not.toMatch(/索引号|公开方式|11441900MB2C37481K/);
    const withMeta = parseBytes('b.html', new Uint8Array(Buffer.from(page('', '<meta name="PubDate" content="2023-03-05 10:20">'))));
    expect(withMeta.meta.publishedAt).toBe('2023-03-05');
    // no title in the article: the page's <title>, without the site's name, serves
    const untitled = page('', '<title>某某市住房和城乡建设局2022年度法治政府建设情况报告_某某市人民政府网</title>').replace('<h1>2022年度法治政府建设情况报告</h1>', '');
    const r = parseBytes('c.html', new Uint8Array(Buffer.from(untitled)));
    expect(r.meta).toMatchObject({ title: '某某市住房和城乡建设局2022年度法治政府建设情况报告', year: 2022 });
  });

  it('a part heading that runs on into its text gives that text as the part’s first point', () => {
    const text = [
      '某某市水利局2022年度法治政府建设情况报告',
      '一、主要举措和成效',
      '(一)完善制度。修订规范性文件3件。',
      '二、存在的不足和原因一是执法力量薄弱;二是普法形式单一。',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况局党组书记认真履行第一责任人职责,全年专题研究法治工作4次。',
      '四、2023年工作安排',
      '加强执法队伍建设。',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'duties', 'plans']);
    const problems = r.sections.find((s) => s.canonical === 'problems')!;
    expect(problems.items.map((i) => [i.marker, i.title])).toEqual([['一是', '执法力量薄弱'], ['二是', '普法形式单一']]);
    const duties = r.sections.find((s) => s.canonical === 'duties')!;
    expect(duties.items[0].title).toBe('局党组书记认真履行第一责任人职责,全年专题研究法治工作4次');
  });

  it('a trailer after the signature date (附件 list, 联系人, 此件公开发布) closes the report; a file to download does not', () => {
    const body = ['某某县交通运输局2022年度法治政府建设情况报告', '一、主要举措和成效', '全年审查合同20件。', '二、存在的不足和原因', '执法人员不足。'];
    const r = parseReport(
      [...body, '某某县交通运输局', '2023年2月15日', '附件:1.2022年度行政执法数据统计表', '      2.2022年度行政复议案件情况', '(联系人:王某,联系电话:0592-6123457)', '(此件公开发布)', '版权所有:某某县人民政府'].join('\n'),
    );
    expect(r.meta.signedAt).toBe('2023-02-15');
    const closing = r.sections.at(-1)!;
    expect(closing.canonical).toBe('closing');
    expect(closing.text.split('\n')).toEqual(['某某县交通运输局', '2023年2月15日', '附件:1.2022年度行政执法数据统计表', '2.2022年度行政复议案件情况', '(联系人:王某,联系电话:0592-6123457)', '(此件公开发布)']);
    expect(r.text).not.toContain('版权所有');
    const table = parseReport([...body, '某某县交通运输局', '2023年2月15日', '附表', '2022年度行政复议案件情况统计表', '项目 行政复议 行政应诉', '收案数(件) 124 57', '版权所有:某某县人民政府'].join('\n'));
    expect(table.sections.at(-1)!.text).toBe('某某县交通运输局\n2023年2月15日\n附表\n2022年度行政复议案件情况统计表\n项目 行政复议 行政应诉\n收案数(件) 124 57');
    const download = parseReport([...body, '某某县交通运输局', '2023年2月15日', '附件:某某县交通运输局2022年度法治政府建设情况报告.docx'].join('\n'));
    expect(download.text).not.toContain('.docx');
  });

  it('a date written under the title is the document’s date, a bare numeric stamp the page’s', () => {
    const lines = ['某某区应急管理局2022年度法治政府建设情况报告', '2023年3月20日', '现将有关情况报告如下。', '一、主要举措和成效', '全年检查企业1542家次。', '二、存在的不足和原因', '执法力量不足。'];
    expect(parseReport(lines.join('\n')).meta).toMatchObject({ signedAt: '2023-03-20', publishedAt: null });
    lines[1] = '2023-03-28 10:20';
    expect(parseReport(lines.join('\n')).meta).toMatchObject({ signedAt: null, publishedAt: '2023-03-28' });
  });

  it('no headings at all: paragraphs that open with their part', () => {
    const text = [
      '某某区统计局2021年度法治政府建设情况报告',
      '2021年,在区委、区政府的领导下,我局坚持依法统计、依法治统。现将有关情况报告如下:',
      '2021年,我局推进法治政府建设的主要举措和成效体现在以下几个方面:一是健全统计制度;二是开展统计执法检查12次。',
      '局主要负责人认真履行推进法治建设第一责任人职责。年初召开党组会研究法治工作。',
      '我局法治政府建设还存在以下不足:统计执法人员数量少,专业能力不强。',
      '2022年,我局将重点做好以下工作:一是深入学习贯彻习近平法治思想;二是加强统计执法。',
      '某某区统计局',
      '2022年1月18日',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(sectionOf(r, '现将有关情况报告如下')).toBe('preamble');
    expect(r.sections.find((s) => s.canonical === 'problems')!.inferred).toBe(true);
  });

  it('part headings in 【】 with 一、 lists inside them', () => {
    const text = [
      '某某区自然资源局2021年度法治政府建设情况报告',
      '【主要举措和成效】',
      '一、健全制度。制定规范性文件2件。',
      '二、严格执法。查处违法用地案件18件。',
      '【存在的不足和原因】',
      '一、执法力量不足。二、普法形式单一。',
      '【主要负责人履职情况】',
      '局主要负责人带头学法4次。',
      '【2022年工作安排】',
      '一、坚决遏制新增违法占用耕地行为。',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'duties', 'plans']);
    expect(r.sections[1].items.map((i) => i.marker)).toEqual(['一、', '二、']);
  });

  it('a seal line between the signing agency and the date', () => {
    const r = parseReport(guoziwei + '\n天津市武清区人民政府国有资产监督管理委员会\n(盖章)\n2024年1月21日');
    expect(r.meta).toMatchObject({ agency: '天津市武清区人民政府国有资产监督管理委员会', signedAt: '2024-01-21' });
    expect(r.sections.at(-1)!.text).toContain('(盖章)');
  });

  it('text copied from a WeChat article: follow prompts, image placeholders and the byline', () => {
    const text = ['点击上方蓝字关注我们', '某某县人民政府2021年度法治政府建设情况报告', '某某司法 某某司法 2022-03-18 18:30', '图片', ...rongchang.split('\n').slice(24, 40), '图片', '阅读原文', '在看'].join('\n');
    const r = parseReport(text);
    expect(r.meta.publishedAt).toBe('2022-03-18');
    expect(r.text).not.toMatch(/蓝字关注|图片|阅读原文|某某司法 某某司法/);
  });

  it('a sidebar of other reports and a table of contents before the article; a quoted plan’s outline inside a part', () => {
    const text = [
      '信息公开目录',
      '法治政府建设年度报告',
      '某某区人民政府关于2022年法治政府建设情况的报告',
      '本文目录',
      '一、2023年法治政府建设主要举措和成效',
      '二、2023年法治政府建设存在的不足和原因',
      '三、2024年推进法治政府建设主要安排',
      '某某区人民政府关于2023年法治政府建设情况的报告',
      '字体:[大 中 小] 发布时间:2024-03-05 来源:区司法局 浏览量:412',
      '现将有关情况报告如下:',
      '一、2023年法治政府建设主要举措和成效',
      '(一)印发《法治政府建设工作要点》。要点分为:',
      '一、指导思想',
      '二、工作目标',
      '三、重点任务',
      '(二)全年办理行政复议案件12件。',
      '二、2023年法治政府建设存在的不足和原因',
      '基层执法力量不足。',
      '三、2024年推进法治政府建设主要安排',
      '加强执法队伍建设。',
      '某某区人民政府',
      '2024年1月',
    ].join('\n');
    const r = parseReport(text);
    expect(r.meta).toMatchObject({ title: '某某区人民政府关于2023年法治政府建设情况的报告', year: 2023, publishedAt: '2024-03-05', signedAt: null });
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(sectionOf(r, '二、工作目标')).toBe('measures');
    expect(r.sections.at(-1)!.text).toBe('某某区人民政府\n2024年1月');
    expect(r.text).not.toMatch(/本文目录|信息公开目录|2022年法治政府|浏览量/);
  });

  it('text extracted from a PDF: page numbers, a running header on every page, a marker without its 、', () => {
    const header = '某某县司法局2022年度法治政府建设情况报告';
    const text = [
      header,
      '一 主要举措和成效',
      '全年审查规范性文件12件,办理行政复议案件8件。',
      '— 1 —',
      header,
      '二 存在的不足和原因',
      '基层法律服务力量不足。',
      '— 2 —',
      header,
      '三 下一步工作打算',
      '加强法律服务队伍建设。',
      '第 3 页 共 3 页',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta.title).toBe(header);
    expect(r.text.split(header)).toHaveLength(2);
    expect(r.text).not.toMatch(/— \d —|第 3 页/);
  });

  it('PDF text wrapped at a margin: a header seen above the title and again on page 2, 二、三季度 at a line start', () => {
    const para = (t: string) => Array.from({ length: Math.ceil(t.length / 34) }, (_, i) => t.slice(i * 34, i * 34 + 34));
    const fill = '全年审核县政府规范性文件11件,提出修改意见213条,备案率和及时率均达到100%,对';
    const text = [
      '某某县人民政府公报 2023年第2期',
      '某某县司法局',
      '2022年度法治政府建设工作报告',
      '一、2022年推进法治政府建设的主要举措和成效',
      ...para('(一)严格审核把关。' + fill.repeat(3) + '二、三季度出台的涉企政策开展公平竞争审查。'),
      '— 12 —',
      '某某县人民政府公报 2023年第2期',
      ...para('(二)规范执法监督。' + fill.repeat(4) + '行政执法案卷全部评查。'),
      '(三)切实履行第一责任人职责',
      ...para('局主要负责人全年听取法治工作汇报4次,带头开展年终述法。' + fill.repeat(2) + '各项工作。'),
      '二、存在的不足和原因',
      '基层法律服务力量不足。',
      '三、2023年工作安排',
      '加强法律服务队伍建设。',
    ].join('\n');
    const r = parseReport(text);
    expect(r.meta).toMatchObject({ title: '某某县司法局 2022年度法治政府建设工作报告', agency: '某某县司法局', year: 2022 });
    expect(order(r.sections)).toEqual(['measures', 'duties', 'problems', 'plans']);
    expect(r.text).not.toMatch(/公报|— 12 —/);
    expect(r.text).toContain('对二、三季度出台的涉企政策');
    expect(sectionOf(r, '带头开展年终述法')).toBe('duties');
  });

  it('an official red header above the title; problems as the first sub-heading of the plans', () => {
    const text = [
      '来源:宁远县人民政府办公室 发布时间:2024-02-02 16:30 【大 中 小】',
      '宁府〔2024〕12号',
      '宁远县人民政府',
      '2024年1月26日',
      '宁远县人民政府关于2023年度法治政府建设情况的报告',
      '一、主要举措和成效',
      '全年审查规范性文件12件。',
      '二、下一步工作打算',
      '(一)存在的问题',
      '执法经验不足,办案质量有待提高。',
      '(二)整改措施',
      '建立执法案卷月评查制度。',
      '特此报告。',
    ].join('\n');
    const r = parseReport(text);
    expect(r.meta).toMatchObject({ title: '宁远县人民政府关于2023年度法治政府建设情况的报告', signedAt: '2024-01-26', publishedAt: '2024-02-02' });
    expect(sectionOf(r, '宁府〔2024〕12号')).toBe('preamble');
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(sectionOf(r, '执法经验不足')).toBe('problems');
    expect(sectionOf(r, '建立执法案卷月评查制度')).toBe('plans');
  });

  it('metadata spans run together, and a flattened table keeps its keys in brackets', () => {
    const body = rongchang.split('\n').slice(22).map((l) => `<p>${l}</p>`).join('');
    const spans = `<html><body><div class="info"><span>成文时间:2023年01月16日</span><span>发布时间:2023-01-29 10:21</span><span>来源:某某区交通运输局</span></div><h1>某某区交通运输局2022年度法治政府建设情况报告</h1>${body}</body></html>`;
    expect(parseBytes('a.html', new Uint8Array(Buffer.from(spans))).meta.publishedAt).toBe('2023-01-29');
    const table = `<html><body><table><tr><th>[ 成文日期 ]</th><td>2023-02-08</td><th>[ 发布日期 ]</th><td>2023-02-15</td></tr></table><h1>某某县人民政府2022年度法治政府建设情况报告</h1>${body}</body></html>`;
    const r = parseBytes('b.html', new Uint8Array(Buffer.from(table)));
    expect(r.meta.publishedAt).toBe('2023-02-15');
    expect(r.text).not.toContain('成文日期');
  });

  it('pagers, bracketed metadata pairs, a WeChat byline with 发表于, 短板弱项, a signature run on after the last sentence', () => {
    const text = [
      '某某县卫生健康局2023年度法治政府建设情况报告',
      '【录入时间:2024-01-30】【更新时间:2024-02-02】【文章来源:县卫生健康局】',
      '一、主要举措和成效',
      '全年开展卫生监督检查860次。',
      '共2页 上一页 1 2 下一页',
      '二、短板弱项',
      '监管对象多、执法力量不足。',
      '三、下一步努力方向',
      '加强执法队伍建设。某某县卫生健康局 2024年1月25日',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta).toMatchObject({ publishedAt: '2024-01-30', signedAt: '2024-01-25', agency: '某某县卫生健康局' });
    expect(r.text).not.toMatch(/上一页|录入时间/);
    const wechat = parseReport(['原创 某某司法 某某司法 2023-02-15 09:30 发表于福建', ...guoziwei.split('\n'), '阅读原文', '点赞 在看', '写留言'].join('\n'));
    expect(wechat.meta.publishedAt).toBe('2023-02-15');
    expect(wechat.text).not.toMatch(/阅读原文|写留言|发表于/);
  });

  it('a report without headings: the paragraphs after 报告如下 and before the first part that names itself are the measures', () => {
    const text = [
      '某某县人民政府2019年法治政府建设情况报告',
      '现将我县2019年法治政府建设情况报告如下:',
      '2019年,我县一是取消和调整行政许可事项23项;二是全年出具法律意见书84份。',
      '行政执法人员持证率达到95%以上。',
      '我县法治政府建设还存在以下不足:基层执法力量薄弱。',
      '2020年,我县将重点做好以下工作:一是加强学习;二是规范执法。',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(sectionOf(r, '全年出具法律意见书84份')).toBe('measures');
    expect(sectionOf(r, '现将我县2019年法治政府建设情况报告如下')).toBe('preamble');
  });

  it('attachments with their own headings after the signature close the report; 面临的困难和挑战 are problems; 上一条 links go', () => {
    const text = [
      '某某镇人民政府2023年度法治政府建设情况报告',
      '一、主要举措和成效',
      '全年审查合同协议36份。',
      '二、面临的困难和挑战',
      '新业态执法能力不足。',
      '三、2024年工作安排',
      '年内实现执法案卷评查全覆盖。',
      '特此报告。',
      '某某镇人民政府',
      '2024年1月18日',
      '附件1',
      '某某镇2024年法治政府建设工作要点',
      '一、加强组织领导',
      '每半年听取一次工作汇报。',
      '二、规范行政执法',
      '推行执法全过程记录。',
      '上一条:某某镇召开法治工作会议',
      '下一条:某某镇开展宪法宣传活动',
    ].join('\n');
    const r = parseReport(text);
    expect(order(r.sections)).toEqual(['measures', 'problems', 'plans']);
    expect(r.meta.signedAt).toBe('2024-01-18');
    expect(sectionOf(r, '每半年听取一次工作汇报')).toBe('closing');
    expect(r.text).not.toMatch(/上一条|下一条/);
  });
});
