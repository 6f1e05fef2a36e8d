// 政府工作报告: a government's report to its people's congress — the review of past work, the difficulties it admits,
// the year's (and in plan years the five years') requirements and targets, the year's tasks, the government's own
// building, and glossaries appended.
import type { Profile } from './types.js';
import { GOV_WORK_TOPICS } from './gov-work-topics.js';

/** What every work report says a word on after its tasks, year after year: nationalities, defence, Hong Kong and Macao, Taiwan, foreign affairs. */
const STANDING = '(?:民族区域自治|民族团结|民族工作|宗教工作|侨务|国防|军政军民|双拥|驻军|群团|港澳|一国两制|对台|台湾|一个中国|外交|和平发展道路|人类命运共同体)';

export const govWork: Profile = {
  id: 'gov-work',
  name: '政府工作报告',
  title: /政府工作报告|管委会工作报告|管理委员会工作报告|(?:19|20)\d{2}年(?:度)?工作报告$/,
  signature: /政府工作报告|管委会工作报告|管理委员会工作报告|各位代表|人民代表大会.{0,12}(?:会议)?上|向大会(?:作)?(?:政府)?(?:工作)?报告|向大会报告工作/,
  parts: [
    { id: 'review', zh: '过去工作回顾', en: 'review of past work', heading: /回顾|主要成绩|取得的成绩|工作成就|发展成就|过去(?:的)?(?:一年|五年|四年|三年)|极不平凡|成效显著|的主要工作$/ },
    { id: 'problems', zh: '困难和不足', en: 'difficulties admitted', heading: /存在的?(?:主要)?(?:问题|不足|困难)|困难和问题|问题和不足|不足和差距/ },
    { id: 'goals', zh: '总体要求和主要目标', en: 'requirements and targets', heading: /总体要求|主要(?:预期)?目标|指导思想|(?:总体|主要|发展)思路|发展目标|奋斗目标|目标任务|今后五年|未来五年|“?十[一二三四五]五”?[^。]{0,14}(?:目标|思路|任务|规划|蓝图|要求)/ },
    { id: 'tasks', zh: '今年重点工作', en: "the year's tasks", heading: /工作安排|主要任务|重点工作|工作任务|主要工作|重点抓好|今年(?:的)?(?:政府)?工作/ },
    {
      id: 'self',
      zh: '政府自身建设',
      en: "the government's own building",
      heading: /政府自身建设|自身建设|从严治政|人民满意的?(?:服务型)?政府|政府建设$|政府(?:效能|作风)建设/,
      // in the review, the year's work on the government's own building is a point of the review
      after: ['goals', 'tasks'],
    },
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
  embedded: [
    {
      part: 'problems',
      leadIn:
        /^(?:各位代表[!！,，]?\s*)?(?:(?:在|)(?:充分)?(?:肯定|看到|总结)[^。]{0,10}(?:成绩|成就)的?同时[,，]?\s*|(?:与此)?同时[,，]\s*|但是?[,，]?\s*|[^。,，!！]{2,16}[,，]\s*)?我们(?:也|还|更)?(?:要)?(?:清醒|深刻)(?:地)?(?:看到|认识到)|^(?:各位代表[!！,，]?\s*)?(?:在)?(?:充分)?(?:肯定|看到|总结)[^。]{0,10}(?:成绩|成就)的?同时|^成绩(?:固然)?(?:来之不易|可喜)[^。]{0,6}(?:但|同时)|^(?:各位代表[!！,，]?\s*)?[^。!！]{0,40}的同时[,，]\s*(?:我们)?(?:也|还|更)?(?:要)?(?:清醒|深刻)(?:地)?(?:看到|认识到)|^(?:我们的)?工作中(?:也|还)?存在[^。]{0,20}(?:问题|不足|困难)|^(?:各位代表[!！,，]?\s*)?[^。!！]{0,40}(?:还|仍|也|依然|仍然)(?:然)?(?:存在|面临)(?:着)?[^。!！]{0,12}(?:问题|不足|困难|短板|差距|挑战)[^。!！]{0,6}[:：]/,
      // a copy that starts inside the review (a page cut above it) has the lead-in in what precedes the first part
      inside: ['review', 'preamble'],
      sentence: true,
    },
    {
      // the year's requirements and targets open the year's part without a heading of their own (今年是……之年。
      // 今年政府工作的总体要求是……主要预期目标是……)
      part: 'goals',
      leadIn:
        /^(?:各位代表[!！,，]?\s*)?(?:今年|(?<year>(?:19|20)\d{2})年)(?:是|(?:政府工作的?|工作的?|经济社会发展的?|全区|全市|全省)?(?:总体要求|主要(?:预期)?目标|总体思路))|^(?:做好)?(?:今年|(?:19|20)\d{2}年)(?:的)?(?:政府)?工作[^。]{0,20}(?:总体要求|总体思路)是|^(?:各位代表[!！,，]?\s*)?“?十(?<plan>[一二三四五六七八九])五”?(?:规划)?(?:时期|期间)是/,
      inside: ['tasks', 'review', 'problems'],
      opens: ['tasks'],
      sentence: true,
      year: 0,
    },
    {
      // the sentence that turns from the targets to the tasks (重点抓好以下十个方面工作)
      part: 'tasks',
      leadIn: /(?:以下|从|在)[^。]{0,4}[一二三四五六七八九十几\d]{1,3}(?:个|项)?方面|(?:抓好|做好|推进|落实)[^。]{0,6}[一二三四五六七八九十几\d]{1,3}(?:个|项)(?:方面)?(?:的)?(?:重点)?工作|(?:抓好|做好)以下(?:重点|主要|几项)?工作[:：]/,
      inside: ['goals'],
      sentence: true,
    },
    {
      part: 'self',
      // the government's own conduct, or a paragraph addressed to the deputies after the tasks' points (the closing
      // rally has been taken out before this is read)
      leadIn: new RegExp(`^各位代表[!！,，](?![^。]{0,12}${STANDING})|^(?:各位代表[!！,，]?\\s*)?[^。]{0,40}(?:对政府(?:自身)?(?:建设|工作)提出了?(?:新的)?更(?:新、更)?高|加强政府自身建设|建设人民满意的?(?:服务型)?政府|建设(?:服务型|法治|廉洁)政府|(?:提升|提高|增强)[^。]{0,8}(?:行政效率|执行力|公信力))`),
      inside: ['tasks'],
      subheading: /政府自身建设|从严治(?:政|党)|人民满意的?(?:服务型)?政府|自身建设|作风(?:建设|牌)|廉洁|依法行政|政府职能转变|建设[^。，,；;]{0,8}政府(?:[。，,；;]|$)/,
      lastOnly: true,
      sentence: true,
    },
    {
      // the standing paragraphs after the government's own building (民族, 国防, 港澳, 台湾, 外交): the year's work again
      part: 'tasks',
      leadIn: new RegExp(`^(?:各位代表[!！,，]?\\s*)?(?:我们要|我们将|要)?[^。]{0,12}${STANDING}`),
      inside: ['self'],
      returns: true,
    },
  ],
  titleWords: /政府工作报告|工作报告|在.{0,40}人民代表大会/,
  lead: /向大会(?:作|做)?报告|请予审议|^各位代表|^同志们/,
  closing: /^(?:特此|专此)报告/,
  // the rally that ends the report: to the deputies, ending in ! or in the words of a rally (让我们……新篇章。)
  closingParagraph: /^(?:各位代表|同志们|各位人大代表)[!！,，](?:.*[!！]|.*(?:让我们|奋斗|新篇章|更大贡献|新的辉煌).*)?$|^让我们.*[!！]$/,
  appendix: { part: 'appendix', heading: /^(?:有关)?名词解释|^附件\s*\d{0,2}\s*[:：]?|^附录|^注释/ },
  agencyCue: /我代表([^,，。:：\s]{2,30}?(?:人民政府|政府|管理委员会|管委会))/,
  stock: ['习近平新时代中国特色社会主义思想', '党中央', '高质量发展', '进一步', '加快', '推动', '推进', '加强', '深化', '全面', '坚持', '落实', '建设', '工作', '发展', '持续', '不断', '着力'],
  topics: GOV_WORK_TOPICS,
  promises: { plans: 'tasks', outcomes: 'review' },
  signed: false,
  problemsPart: 'problems',
};
