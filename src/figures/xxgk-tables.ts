// The tables the 2021 format of 政府信息公开工作年度报告 mandates (国办公开办函〔2021〕30号), as data: row and column
// names in the order the format prints them. Pages flatten them into runs of digits; tables.ts reads them back
// only where the digits can be told apart. (Kind wording: it belongs in the xxgk profile once that lands.)
import type { TableSpec } from './tables.js';

const REQUESTERS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const REVIEW = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export const XXGK_TABLES: TableSpec[] = [
  {
    id: 'xxgk-proactive',
    label: '主动公开政府信息情况',
    anchor: '本年制发件数',
    rows: [
      { label: '规章', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], unit: '件' },
      { label: '行政规范性文件', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], unit: '件' },
      { label: '行政许可', columns: ['本年处理决定数量'], unit: '件' },
      { label: '行政处罚', columns: ['本年处理决定数量'], unit: '件' },
      { label: '行政强制', columns: ['本年处理决定数量'], unit: '件' },
      { label: '行政事业性收费', columns: ['本年收费金额'], unit: '万元' },
    ],
  },
  {
    id: 'xxgk-requests',
    label: '收到和处理政府信息公开申请情况',
    anchor: '申请人情况',
    rows: [
      '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '部分公开', '属于国家秘密', '其他法律行政法规禁止公开',
      '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项',
      '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确', '信访举报投诉类申请', '重复申请', '要求提供公开出版物',
      '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他', '总计', '结转下年度继续办理',
    ].map((label) => ({ label, columns: REQUESTERS, unit: '件' })),
  },
  {
    id: 'xxgk-appeals',
    label: '政府信息公开行政复议、行政诉讼情况',
    anchor: '行政复议行政诉讼',
    // one row with no name of its own: the digits follow the third run of column heads
    rows: [
      {
        label: '结果维持结果纠正其他结果尚未审结总计',
        nth: 3,
        name: '行政复议、行政诉讼',
        columns: [...REVIEW.map((c) => `行政复议 ${c}`), ...REVIEW.map((c) => `未经复议直接起诉 ${c}`), ...REVIEW.map((c) => `复议后起诉 ${c}`)],
        unit: '件',
      },
    ],
  },
];
