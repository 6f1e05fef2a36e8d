// Policy areas of a 政府工作报告's tasks: what a government promises, area by area.
import type { Topic } from './types.js';

const WORK: Topic['sections'] = ['review', 'goals', 'tasks', 'self'];

export const GOV_WORK_TOPICS: Topic[] = [
  { id: 'demand', label: '扩大内需(消费、投资)', keywords: ['扩大内需', '消费', '有效投资', '重大项目'], sections: WORK },
  { id: 'innovation', label: '科技创新', keywords: ['科技创新', '创新驱动', '研发', '高新技术企业', '实验室'], sections: WORK },
  { id: 'industry', label: '产业升级', keywords: ['制造业', '产业链', '战略性新兴产业', '数字经济', '现代服务业'], sections: WORK },
  { id: 'reform', label: '改革和营商环境', keywords: ['营商环境', '放管服', '改革', '商事登记', '市场主体'], sections: WORK },
  { id: 'opening', label: '对外开放', keywords: ['对外开放', '外资', '外贸', '进出口', '一带一路', '大湾区'], sections: WORK },
  { id: 'urban', label: '城市建设和更新', keywords: ['城市更新', '基础设施', '轨道交通', '道路', '棚户区改造'], sections: WORK },
  { id: 'ecology', label: '生态环境', keywords: ['生态', '环境', '污染', '治水', '碳', '绿色'], sections: WORK },
  { id: 'livelihood', label: '民生(就业、教育、医疗、住房、养老)', keywords: ['民生', '就业', '教育', '学位', '医疗', '医院', '住房', '养老', '社保'], sections: WORK },
  { id: 'safety', label: '安全和社会治理', keywords: ['安全生产', '社会治理', '应急', '防范化解', '平安'], sections: WORK },
  { id: 'rule-of-law', label: '法治政府', keywords: ['法治政府', '依法行政', '法治'], sections: WORK },
  { id: 'integrity', label: '作风和廉政', keywords: ['廉政', '作风', '八项规定', '反腐'], sections: WORK },
  { id: 'problems-growth', label: '问题:发展不充分', keywords: ['不平衡不充分', '下行压力', '经济增长'], sections: ['problems'] },
  { id: 'problems-services', label: '问题:公共服务短板', keywords: ['公共服务', '短板', '教育医疗'], sections: ['problems'] },
  { id: 'problems-style', label: '问题:政府作风', keywords: ['作风', '担当', '形式主义', '官僚主义'], sections: ['problems'] },
];
