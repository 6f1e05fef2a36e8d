// 法治政府建设年度报告: the parts the 2019 《法治政府建设与责任落实督察工作规定》 (Art. 25) asks for.
import type { Profile } from './types.js';
import { FAZHI_TOPICS } from './fazhi-topics.js';

export const fazhi: Profile = {
  id: 'fazhi',
  name: '法治政府建设年度报告',
  title: /(?:法治|依法行政|依法治[区县市省州旗]).{0,20}(?:报告|情况|总结)|关于.{0,40}报告$|年度报告$/,
  signature: /法治政府|依法行政|法治建设|依法治[区县市省州旗]|第一责任人/,
  parts: [
    { id: 'measures', zh: '主要举措和成效', en: 'measures and results', heading: /举措|成效|成绩|做法|工作(?:开展)?情况|开展(?:的)?工作|主要工作|工作(?:总结|回顾|进展)|建设情况|推进情况|进展情况|基本情况|取得/ },
    {
      id: 'problems',
      zh: '存在的不足和原因',
      en: 'problems',
      heading:
        /存在(?:的)?(?:主要)?(?:问题|不足|困难|短板|差距)|面临的?(?:主要)?(?:困难|问题|挑战)|(?:问题|不足|困难|短板|弱项|差距|薄弱环节)(?:之处)?(?:和|及|与|以及)?(?:原因|问题|不足|建议|打算|对策)*$|主要问题|不足(?:和|及|与)|问题(?:和|及|与)(?:不足|原因|差距)/,
      not: /(?:解决|化解|整改|破解|处理|办理|协调|研究).{0,10}(?:问题|难题|困难)/,
    },
    {
      id: 'duties',
      zh: '党政主要负责人履行推进法治建设第一责任人职责',
      en: "leaders' duties",
      heading:
        /第一责任人|(?:主要负责人|主要负责同志|一把手|主要领导).{0,16}(?:履职|职责|推进|情况)|履行.{0,10}(?:法治建设|法治政府建设|推进法治).{0,8}职责|履职情况/,
    },
    {
      id: 'plans',
      zh: '下一年度推进法治政府建设的主要安排',
      en: "next year's plans",
      heading: /下一步|下步|下一阶段|下阶段|今后|打算|工作(?:计划|安排|思路|要点|重点)|主要安排|(?:计划|安排|思路|展望|设想)$|下一年度?|明年|来年|新的一年/,
    },
    { id: 'other', zh: '其他需要报告的情况', en: 'other matters', heading: /其他(?:需要|应当|需)?(?:报告|说明)|其他(?:有关)?(?:情况|事项)$/ },
  ],
  order: ['measures', 'problems', 'duties', 'plans', 'other'],
  mandated: ['measures', 'problems', 'duties', 'plans', 'other'],
  headingOrder: ['other', 'duties', 'problems', 'plans', 'measures'],
  defaultPart: 'measures',
  floating: ['duties'],
  yearParts: [{ offset: 1, part: 'plans', overrides: ['measures'] }],
  embedded: [
    {
      part: 'problems',
      leadIn:
        /(?:存在|仍有|还有|也有)[^。:：]{0,12}(?:不足|问题|短板|薄弱环节|差距|困难)[^。:：]{0,12}(?:[:：]|[,，]\s*(?=一是|主要|具体|[(（]?[一1][)）、.]))|(?:不足|问题|短板|差距)(?:主要)?(?:表现在|体现在|有)[:：]/,
      inside: ['measures', 'duties', 'other', 'plans'],
      subheading: /^存在的?(?:主要)?(?:问题|不足|短板)|(?:不足|问题|短板弱项)(?:和|及|与)(?:原因|不足|问题)$/,
      resumes: true,
      sentence: true,
    },
    {
      part: 'duties',
      // no lead-in sentence opens the duties; only a sub-heading in the template's own words does
      leadIn: /(?!)/,
      inside: ['measures'],
      subheading: /(?:主要负责人|主要负责同志|一把手).{0,8}履行.{0,14}第一责任人职责|履行(?:推进法治(?:政府)?建设)?第一责任人职责(?:情况|工作情况)?$/,
    },
    {
      part: 'plans',
      leadIn: /^(?:(?<year>(?:19|20)\d{2})年|下一步|下阶段|下一阶段|今后|明年|新的一年)[^。]{0,40}?(?:将|要|计划|打算|拟|重点做好)/,
      inside: ['problems', 'measures', 'duties'],
      subheading: /^(?:下一步|下步|下一阶段|今后|(?:19|20)\d{2}年度?)(?:工作)?(?:打算|计划|安排|思路|重点)/,
      sentence: true,
      lastOnly: true,
    },
  ],
  titleWords: /法治政府|依法行政|法治建设/,
  yearLead: /((?:19|20)\d{2})\s*年度?(?:[^。]{0,30})(?:法治|依法行政|工作情况|报告如下)/,
  lead: /(?:报告|汇报|情况)如下|^现将|现将.{0,30}报告/,
  closing: /^(?:特此|专此|此)(?:报告|汇报)|^报告完毕/,
  stock: [
    '习近平法治思想', '习近平总书记', '法治政府建设', '法治建设', '全面依法治国', '依法治区', '依法治市', '依法治县', '依法行政',
    '党中央', '决策部署', '高度重视', '进一步', '有待', '不断', '持续', '积极', '认真', '切实', '扎实', '深入', '全面', '坚持',
    '加强', '强化', '提高', '提升', '推进', '推动', '落实', '贯彻', '完善', '健全', '开展', '工作', '水平', '能力', '建设',
    '我区', '我局', '我委', '我单位', '本单位', '机关', '干部职工', '年度', '以来', '相关', '有关', '各项', '组织', '情况',
  ],
  topics: FAZHI_TOPICS,
  deadline: { month: 4, day: 1, source: '《法治政府建设与责任落实督察工作规定》第二十四条' },
  promises: { plans: 'plans', outcomes: 'measures' },
  problemsPart: 'problems',
};
