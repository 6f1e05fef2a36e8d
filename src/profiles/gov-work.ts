// 政府工作报告: a government's report to its people's congress — the review of past work, the difficulties it admits,
// the year's (and in plan years the five years') requirements and targets, the year's tasks, the government's own
// building, and glossaries appended.
import type { Profile } from './types.js';
import { GOV_WORK_TOPICS } from './gov-work-topics.js';

export const govWork: Profile = {
  id: 'gov-work',
  name: '政府工作报告',
  title: /政府工作报告|管委会工作报告|管理委员会工作报告|(?:19|20)\d{2}年(?:度)?工作报告$/,
  signature: /政府工作报告|管委会工作报告|管理委员会工作报告|各位代表|人民代表大会.{0,12}(?:会议)?上/,
  parts: [
    { id: 'review', zh: '过去工作回顾', en: 'review of past work', heading: /回顾|主要成绩|取得的成绩|工作成就|发展成就|过去(?:的)?(?:一年|五年|四年|三年)|极不平凡|成效显著|的主要工作$/ },
    { id: 'problems', zh: '困难和不足', en: 'difficulties admitted', heading: /存在的?(?:主要)?(?:问题|不足|困难)|困难和问题|问题和不足|不足和差距/ },
    { id: 'goals', zh: '总体要求和主要目标', en: 'requirements and targets', heading: /总体要求|主要(?:预期)?目标|指导思想|总体思路|发展目标|奋斗目标|目标任务|今后五年|未来五年|“?十[一二三四五]五”?(?:时期)?(?:的)?(?:发展)?(?:目标|思路|主要任务|规划)/ },
    { id: 'tasks', zh: '今年重点工作', en: "the year's tasks", heading: /工作安排|主要任务|重点工作|工作任务|主要工作|重点抓好|工作部署|今年(?:的)?工作|(?:19|20)\d{2}年(?:的)?工作/ },
    { id: 'self', zh: '政府自身建设', en: "the government's own building", heading: /政府自身建设|自身建设|从严治政|人民满意的?(?:服务型)?政府|政府建设$/ },
    { id: 'appendix', zh: '名词解释和附件', en: 'glossary and annexes', heading: /名词解释|^附件|^附录|^注释/ },
  ],
  order: ['review', 'problems', 'goals', 'tasks', 'self', 'appendix'],
  mandated: ['review', 'goals', 'tasks'],
  headingOrder: ['appendix', 'self', 'problems', 'review', 'goals', 'tasks'],
  defaultPart: 'review',
  floating: ['problems'],
  yearParts: [
    { offset: -1, part: 'review', overrides: ['tasks'] },
    { offset: 0, part: 'tasks', overrides: ['review'] },
  ],
  yearIsPlanned: true,
  embedded: [
    {
      part: 'problems',
      leadIn:
        /^(?:在(?:肯定|看到|总结)[^。]{0,12}(?:成绩|成就)的?同时|(?:同时|但是?|然而)?[,，]?\s*我们(?:也|还)?(?:要)?清醒(?:地)?(?:看到|认识到)|(?:同时|但是?)[,，]?\s*(?:我们)?(?:也|还)?(?:要)?清醒(?:地)?(?:看到|认识到)|成绩(?:固然)?(?:来之不易|可喜)[^。]{0,20}(?:但|同时)|(?:我们的)?工作中(?:也|还)?存在[^。]{0,20}(?:问题|不足|困难))/,
      inside: ['review'],
      sentence: true,
    },
    {
      part: 'goals',
      leadIn: /^(?:(?:今年|(?<year>(?:19|20)\d{2})年)(?:政府工作的?|工作的?|经济社会发展的?|全区|全市)?(?:总体要求|主要(?:预期)?目标|总体思路)|(?:做好)?(?:今年|(?:19|20)\d{2}年)(?:的)?(?:政府)?工作[^。]{0,20}(?:总体要求|总体思路)是)/,
      inside: ['tasks', 'review', 'problems'],
      sentence: true,
      year: 0,
    },
    {
      part: 'tasks',
      leadIn: /^(?:(?:今年|(?<year>(?:19|20)\d{2})年)?[^。]{0,16}(?:重点(?:做好|抓好)|着力(?:抓好|做好)|重点推进|主要抓好|做好以下)[^。]{0,20}(?:工作|方面)[:：。]?)/,
      inside: ['goals'],
      sentence: true,
      year: 0,
    },
    {
      part: 'self',
      leadIn: /(?!)/,
      inside: ['tasks'],
      subheading: /政府自身建设|从严治政|人民满意的?(?:服务型)?政府|自身建设/,
    },
  ],
  titleWords: /政府工作报告|工作报告|在.{0,40}人民代表大会/,
  lead: /向大会(?:作|做)?报告|请予审议|^各位代表|^同志们/,
  closing: /^(?:特此|专此)报告/,
  closingParagraph: /^各位代表[!！,，]?[^。]{0,80}(?:让我们|我们要|我们将)|^(?:让我们|同志们[!！,，]?\s*让我们)[^。]{0,200}(?:奋斗|前进|努力)/,
  appendix: { part: 'appendix', heading: /^(?:有关)?名词解释|^附件\s*\d{0,2}\s*[:：]?|^附录|^注释/ },
  agencyCue: /我代表([^,，。:：\s]{2,30}?(?:人民政府|政府|管理委员会|管委会))/,
  stock: ['习近平新时代中国特色社会主义思想', '党中央', '高质量发展', '进一步', '加快', '推动', '推进', '加强', '深化', '全面', '坚持', '落实', '建设', '工作', '发展', '持续', '不断', '着力'],
  topics: GOV_WORK_TOPICS,
  promises: { plans: 'tasks', outcomes: 'review' },
  problemsPart: 'problems',
};
