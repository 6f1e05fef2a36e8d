// A series made from sample 001 (綦江区 2021) the way the next year's report is written, where the truth is known:
// plan (二) carried out and told in other words, plan (四) dropped (its measures cut), the problems admitted again.
import { parseReport, type Report } from '../../src/index.js';
import { S, sampleText } from './samples.js';

/** Plan (二) of 2021, as the 2022 report tells it was done: the same substance in other words. */
export const PLANTED =
  '(二)决策机制更加规范。修订重大行政决策程序规则,决策运行机制进一步健全,决策的质量和效率稳步提高。对规范性文件从起草、审核到发布实行全过程监督管理,合法性审核制度全面落实,备案审查监督做到有件必备、有备必审。';

/** The paragraph of a text that starts with `head`. */
function paragraph(text: string, head: string): string {
  const at = text.indexOf(head);
  if (at < 0) throw new Error(`no paragraph ${head}`);
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** Years moved on by one: 2021 → 2022 (and 2022 → 2023 before it). */
const nextYear = (t: string) => t.replace(/20(\d\d)/g, (_, y) => `20${Number(y) + 1}`);

export function qijiangSeries(): { y2021: Report; y2022: Report; y2023: Report } {
  const t2021 = sampleText(S.qijiang);
  let t2022 = nextYear(t2021);
  // what was planned under (二) is told in other words; what (四) planned (矛盾纠纷, 行政复议, 公共法律服务) is gone
  t2022 = t2022.replace(paragraph(t2022, '(二)完善依法行政制度体系'), PLANTED);
  t2022 = t2022.replace(paragraph(t2022, '(三)不断提高依法决策水平'), '');
  t2022 = t2022.replace(paragraph(t2022, '(六)有效化解社会矛盾纠纷'), '');
  // the same three shortcomings, the first two reworded
  t2022 = t2022.replace('一是基层法治建设力度有待进一步提升;二是法治工作队伍力量有待进一步充实', '一是基层法治建设的力度仍需提升;二是法治工作队伍的力量仍显不足');
  let t2023 = nextYear(t2022);
  t2023 = t2023.replace('一是基层法治建设的力度仍需提升;二是法治工作队伍的力量仍显不足;', '一是行政执法规范化水平不高;二是法治工作队伍的力量依然不足;');
  return {
    y2021: parseReport(t2021, 'qijiang-2021.txt'),
    y2022: parseReport(t2022, 'qijiang-2022.txt'),
    y2023: parseReport(t2023, 'qijiang-2023.txt'),
  };
}
