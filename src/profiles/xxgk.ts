// 政府信息公开工作年度报告: the six parts of 《政府信息公开条例》 (2019) Art. 50 and 国办公开办函〔2021〕30号, and the
// parts of reports on 2018 and before under the 2008 条例 (概述, 主动公开, 依申请公开, 收费及减免, 复议诉讼, 问题和改进, 其他).
import type { Profile } from './types.js';
import { XXGK_TOPICS } from './xxgk-topics.js';

export const xxgk: Profile = {
  id: 'xxgk',
  name: '政府信息公开工作年度报告',
  title: /(?:政府)?信息公开.{0,10}(?:年度)?报告|政务公开.{0,10}年度报告/,
  signature: /政府信息公开(?:工作)?(?:年度)?报告|信息公开(?:工作)?年度报告|政务公开工作年度报告/,
  parts: [
    { id: 'overview', zh: '总体情况', en: 'overview', heading: /总体情况|概述|概况|基本情况|总体工作/ },
    { id: 'proactive', zh: '主动公开政府信息情况', en: 'proactive disclosure', heading: /主动公开/ },
    { id: 'requests', zh: '收到和处理政府信息公开申请情况', en: 'requests', heading: /依申请公开|公开申请|收到和处理|申请(?:的)?(?:办理|处理)?情况/ },
    { id: 'fees', zh: '收费及减免情况', en: 'fees', heading: /收费|减免/ },
    { id: 'appeals', zh: '政府信息公开行政复议、行政诉讼情况', en: 'appeals and suits', heading: /行政复议|行政诉讼|复议.{0,4}诉讼|申诉/ },
    { id: 'problems', zh: '存在的主要问题及改进情况', en: 'problems and remedies', heading: /存在(?:的)?(?:主要)?(?:问题|不足)|问题(?:和|及|与)改进|改进(?:情况|措施)|不足(?:和|及|与)/ },
    { id: 'other', zh: '其他需要报告的事项', en: 'other matters', heading: /其他(?:需要|应当)?(?:报告|说明)?的?(?:事项|情况)/ },
    { id: 'appendix', zh: '附表', en: 'statistics appended', heading: /^附件|^附表|统计表/ },
  ],
  order: ['overview', 'proactive', 'requests', 'fees', 'appeals', 'problems', 'other', 'appendix'],
  mandated: ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'],
  headingOrder: ['appendix', 'other', 'problems', 'appeals', 'fees', 'requests', 'proactive', 'overview'],
  defaultPart: 'overview',
  // a topical part after the first (四、审批事项及处理情况, 六、工作人员及经费) is one of the 其他 matters
  topicalPart: 'other',
  yearParts: [],
  embedded: [
    {
      // a report that gives the problems no heading of their own tells them as the last points after the appeals
      // table ((一)主要问题 (二)改进情况)
      part: 'problems',
      leadIn: /(?!)/,
      subheading: /存在(?:的)?(?:主要)?问题|^主要问题|问题(?:和|及|与)?(?:的)?改进|^改进情况/,
      inside: ['appeals'],
    },
  ],
  titleWords: /政府信息公开|信息公开|政务公开/,
  yearLead: /((?:19|20)\d{2})\s*年度?(?:[^。]{0,20})(?:信息公开|政务公开)/,
  lead: /(?:报告|汇报|情况)如下|现(?:予)?公布|特向社会公布|^本报告/,
  closing: /^(?:特此|专此)(?:报告|公告)/,
  appendix: { part: 'appendix', heading: /^附件\s*\d{0,2}\s*[:：]|^附表|^附件\s*\d{0,2}$|统计表/ },
  stock: ['政府信息公开', '信息公开', '政务公开', '条例', '进一步', '加强', '推进', '落实', '完善', '健全', '工作', '情况', '有关', '相关'],
  topics: XXGK_TOPICS,
  deadline: { month: 1, day: 31, source: '《政府信息公开条例》第四十九条' },
  problemsPart: 'problems',
};
