// Topics of 法治政府建设 work: the systems of the 《法治政府建设实施纲要(2021—2025年)》 plus what reports always speak
// of (党的领导, 学法, 普法, 法律顾问, 督察考核), and the shortcomings problem sections name again and again.
//
// Keyword syntax (see src/compare/topics.ts): "A|B" matches either; "A|B&C|D" needs one of A/B and one of C/D in the
// same sentence, close together — a problem is a thing plus what is wrong with it.
import type { Topic } from './types.js';

const WORK: Topic['sections'] = ['measures', 'duties', 'plans', 'other'];

export const FAZHI_TOPICS: Topic[] = [
  // --- what is done: measures, duties, plans ---
  {
    id: 'leadership',
    label: '党的领导/第一责任人',
    keywords: ['第一责任人', '党的领导', '党对法治', '主要负责人', '领导小组', '党组会议|党委会议|常务会议|专题会议&法治|依法'],
    sections: WORK,
  },
  {
    id: 'study',
    label: '学法(习近平法治思想、会前学法、中心组学法)',
    keywords: ['会前学法', '学法', '中心组', '法治思想&学习|学深悟透|研讨'],
    sections: WORK,
  },
  { id: 'publicity', label: '普法/法治宣传', keywords: ['普法', '法治宣传', '法制宣传', '宪法宣传', '民法典', '谁执法谁普法'], sections: WORK },
  { id: 'counsel', label: '法律顾问和公职律师', keywords: ['法律顾问', '公职律师'] },
  {
    id: 'functions',
    label: '政府机构职能(放管服、营商环境、权责清单)',
    keywords: ['放管服', '营商环境', '权责清单', '权力清单', '责任清单', '政务服务', '审批', '证明事项'],
    sections: WORK,
  },
  {
    id: 'rules',
    label: '依法行政制度(规范性文件、合法性审核、备案审查)',
    keywords: ['规范性文件', '合法性审核', '合法性审查', '备案审查', '制度建设', '立法'],
    sections: WORK,
  },
  {
    id: 'decisions',
    label: '行政决策(重大行政决策、公众参与、专家论证、风险评估)',
    keywords: ['重大行政决策', '决策程序', '公众参与', '专家论证', '风险评估', '集体讨论', '民主决策', '依法决策'],
    sections: WORK,
  },
  {
    id: 'enforcement',
    label: '行政执法(三项制度、执法培训、执法监督、案卷评查)',
    keywords: ['行政执法', '执法人员', '三项制度', '执法监督', '案卷评查', '执法证', '综合执法', '执法全过程', '公示制度'],
    sections: WORK,
  },
  { id: 'emergencies', label: '突发事件应对', keywords: ['突发事件', '应急', '疫情防控'], sections: WORK },
  {
    id: 'disputes',
    label: '矛盾纠纷化解(调解、行政复议、行政应诉、公共法律服务)',
    keywords: ['行政复议', '行政应诉', '行政诉讼', '出庭应诉', '调解', '矛盾纠纷', '信访', '公共法律服务'],
    sections: WORK,
  },
  {
    id: 'oversight',
    label: '权力制约和监督(政务公开、审计、人大建议政协提案)',
    keywords: ['政务公开', '信息公开', '审计', '人大代表建议', '政协提案', '建议提案', '权力制约', '社会监督', '舆论监督', '监督机制', '行政监督'],
    sections: WORK,
  },
  { id: 'digital', label: '科技保障(数字政府)', keywords: ['数字政府', '信息化', '互联网+', '大数据', '智慧', '一网通办', '网上办'], sections: WORK },
  {
    id: 'inspection',
    label: '督察考核',
    keywords: ['督察', '督查', '考核', '年度报告', '述法', '示范创建'],
    sections: WORK,
  },

  // --- what is wrong: problems ---
  {
    id: 'problem-publicity-form',
    label: '普法宣传形式单一、创新不够',
    keywords: ['普法|法治宣传|法制宣传|宣传&形式单一|方式单一|比较单一|较为单一|创新不够|缺乏创新|创新不足|创新招法|招法不多|方式传统|传统方式|不够鲜活'],
    sections: ['problems'],
  },
  {
    id: 'problem-publicity-reach',
    label: '普法覆盖面、实效性不足',
    keywords: ['普法|法治宣传|宣传&覆盖面|实效性|针对性|广度|力度还不够|不够深入'],
    sections: ['problems'],
  },
  {
    id: 'problem-study',
    label: '法治学习不系统、不深入',
    keywords: ['学习|学法&不系统|不深入|系统性|零碎|不够透彻|有待加强|还应进一步加强'],
    sections: ['problems'],
  },
  {
    id: 'problem-awareness',
    label: '法治意识、法治思维有待增强',
    keywords: ['法治意识|法治观念|法治理念|法治思维|法治素养|执行力&有待|不强|不够|淡薄|还应|提高|提升|加强'],
    sections: ['problems'],
  },
  {
    id: 'problem-staff',
    label: '法治工作队伍、专业人员不足',
    keywords: ['队伍|人员|人才|力量&不足|充实|薄弱|缺乏|专业性|有待|不够'],
    sections: ['problems'],
  },
  {
    id: 'problem-counsel',
    label: '法律顾问作用发挥不充分',
    keywords: ['法律顾问|公职律师&不够|不充分|有待|欠缺|不足|不高'],
    sections: ['problems'],
  },
  {
    id: 'problem-enforcement',
    label: '行政执法规范化、执法水平有待提高',
    keywords: ['执法|依法行政&水平|规范|有待|仍需|不够|不高|不足'],
    sections: ['problems'],
  },
  {
    id: 'problem-openness',
    label: '政务公开、信息公开不及时不规范',
    keywords: ['信息公开|政务公开&时效|规范性|不及时|有待|不够'],
    sections: ['problems'],
  },
  {
    id: 'problem-funding',
    label: '经费保障不足',
    keywords: ['经费|保障&不足|有待|加强|不够'],
    sections: ['problems'],
  },
  {
    id: 'problem-grassroots',
    label: '基层法治建设薄弱',
    keywords: ['基层&法治|执法|力度|薄弱|有待'],
    sections: ['problems'],
  },
];
