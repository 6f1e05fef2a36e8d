import { describe, it, expect } from 'vitest';
import { normalize, stripPinyin, repairLostSpaces, foldWidth, joinBrokenLines, splitInlineHeadings, detectScript, convertToSimplified } from '../src/normalize/index.js';
import { fazhi } from '../src/profiles/index.js';
import { sampleText, S } from './helpers/samples.js';

const opts = { titlePattern: fazhi.title };

describe('artefact repair', () => {
  it('drops pinyin a converter left after characters, and only that', () => {
    expect(stripPinyin('區(qū)科技局在區(qū)委').text).toBe('區科技局在區委');
    expect(stripPinyin('發(fā)布日期').text).toBe('發布日期');
    expect(stripPinyin('规定(a)项和(km)单位').text).toBe('规定(a)项和(km)单位');
  });

  it('turns runs of ? that stood for spaces into spaces, keeps a question mark', () => {
    expect(repairLostSpaces('??? (一)加强组织').text.trim()).toBe('(一)加强组织');
    expect(repairLostSpaces('取得实效。?').text.trim()).toBe('取得实效。');
    expect(repairLostSpaces('这是什么?吗').text).toBe('这是什么?吗');
  });

  it('folds full-width digits, letters and ASCII punctuation, keeps 。、《》', () => {
    expect(foldWidth('（一）２０２１年，ＡＰＰ。《宪法》、')).toBe('(一)2021年,APP。《宪法》、');
    expect(foldWidth('\u3000\u3000一、')).toBe('  一、');
  });

  it('converts traditional text phrase by phrase', () => {
    expect(convertToSimplified('著力推進法治政府建設,成效顯著,接著開展著名的普法活動')).toBe('着力推进法治政府建设,成效显著,接着开展著名的普法活动');
  });

  it('tells traditional from simplified', () => {
    expect(detectScript(sampleText(S.changshou)).script).toBe('traditional');
    expect(detectScript(sampleText(S.guoziwei)).script).toBe('simplified');
  });
});

describe('line structure', () => {
  it('joins a line broken after a comma to the next', () => {
    expect(joinBrokenLines(['坚决做到“两个维护”,', '认真学习习近平总书记讲话。', '(二)健全机制'])).toEqual([
      '坚决做到“两个维护”,认真学习习近平总书记讲话。',
      '(二)健全机制',
    ]);
  });

  it('rejoins hard-wrapped text but not its headings', () => {
    const para = '区委区政府高度重视法治政府建设今年年初制定法治政府建设工作方案提前部署法治政府建设工作区分管领导牵头组织全区相关部门召开部署会。';
    const wrapped: string[] = [];
    for (let k = 0; k < 12; k++) {
      wrapped.push(`(${'一二三四五六七八九十'[k % 10]})标题${k}`);
      for (let i = 0; i < para.length; i += 20) wrapped.push(para.slice(i, i + 20));
    }
    const joined = joinBrokenLines(wrapped);
    expect(joined.filter((l) => l === para)).toHaveLength(12);
    expect(joined.filter((l) => l.startsWith('('))).toHaveLength(12);
  });

  it('finds headings inside a body run into one line', () => {
    const body = '区委区政府高度重视法治政府建设,全年召开专题会议研究部署法治工作,各项任务全面落实。'.repeat(3);
    const line = `现将有关情况报告如下:一、工作开展情况(一)深入学习。${body}(二)严格执法。${body}二、存在问题(一)学习不深。${body}三、下一步打算加强学习。`;
    expect(splitInlineHeadings([line])).toEqual([
      '现将有关情况报告如下:',
      '一、工作开展情况',
      `(一)深入学习。${body}`,
      `(二)严格执法。${body}`,
      '二、存在问题',
      `(一)学习不深。${body}`,
      '三、下一步打算加强学习。',
    ]);
  });

  it('leaves an enumeration inside a paragraph alone', () => {
    const lines = ['一、主要举措', '(一)加强学习。主要做法有:一、建立制度;二、完善机制。包括:(一)培训;(二)评查。', '(二)推进公开。'];
    expect(splitInlineHeadings(lines)).toEqual(lines);
  });

  it('does not split at numbers that are no headings', () => {
    const line = '全年共审查规范性文件53件,提出修改建议1.5万字,其中2、3季度较多。';
    expect(splitInlineHeadings([line])).toEqual([line]);
  });
});

describe('page clutter', () => {
  it('removes breadcrumbs, widgets, metadata table and footer of a saved page, keeping the metadata', () => {
    const n = normalize(sampleText(S.rongchang), opts);
    const text = n.lines.join('\n');
    for (const junk of ['当前位置', '索号', '字体', '分享', '版权所有', 'ICP备', '微信公众号', '1150022669929155X9']) {
      expect(text).not.toContain(junk);
    }
    expect(n.fields['发布机构']).toBe('荣昌新区建设管委会');
    expect(n.fields['成文日期']).toBe('2022-01-24');
    expect(n.title).toMatch(/^中共重庆市荣昌区新区建设工作委员会 重庆市荣昌区新区建设管理委员会关于2021年度/);
    expect(n.lines).toContain('区委、区政府:');
    expect(n.lines.at(-1)).toBe('2022年1月19日');
  });

  it('removes what follows the signature date, and the page header before the title', () => {
    const n = normalize(sampleText(S.qijiang), opts);
    expect(n.lines[0]).toBe('重庆市綦江区2021年度法治政府建设情况报告');
    expect(n.lines.at(-1)).toBe('2022211日');
    expect(n.fields['日期']).toBe('2022-03-22');
  });

  it('joins an agency line to the 关于……的报告 line below it as the title', () => {
    const n = normalize(sampleText(S.jiangjin), opts);
    expect(n.title).toBe('重庆市江津区科学技术局 关于2021年度法治政府建设情况的报告');
    expect(n.script).toBe('traditional');
    expect(n.lines.join('')).not.toMatch(/\?|\(qū\)|國務院/);
  });

  it('keeps a report with no title and no page at all whole', () => {
    const raw = sampleText(S.guoziwei);
    const n = normalize(raw, opts);
    expect(n.title).toBeNull();
    expect(n.lines.join('')).toBe(raw.split('\n').map((l) => l.trim()).join(''));
  });
});
