// Metadata: title, agency, year reported, signature and publication dates.
import type { Section } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { looksLikeAgency } from '../normalize/clutter.js';
import { isDateLine, parseDate } from '../grammar/dates.js';
import { chineseNumber } from '../grammar/markers.js';
import { isSignedDateLine } from './structure.js';

const PARTY = /^(?:中共|中国共产党)/;
const AGENCY_END = /(?:局|委员会|委|政府|办公室|办|院|厅|部|处|中心|所|站|队|会|司|街道|镇|乡|区|县|市|省|管委会|公司|党组)$/;

/** The agency that speaks in the title: the words before 关于 / the year / the report's name. */
export function agenciesFromTitle(title: string, kindWords: RegExp = /(?!)/): string[] {
  // "2022年度某某区法治政府建设情况报告": the year may lead
  const t = title.replace(/^关于/, '').replace(/^(?:19|20)\d{2}\s*年度?/, '');
  const head = t.split(new RegExp(`关于|(?:19|20)\\d{2}\\s*年|${kindWords.source}`))[0].trim();
  if (!head) return [];
  return head
    .split(/\s+/)
    .map((s) => s.replace(/[、,，]$/, ''))
    .filter((s) => s.length >= 3 && AGENCY_END.test(s));
}

/** The signature: agency lines in the closing block. */
export function agenciesFromClosing(closing: Section | undefined): string[] {
  if (!closing) return [];
  return closing.text
    .split('\n')
    .map((l) => l.trim())
    .map((l) => (isSignedDateLine(l) ? l.replace(/\s+\S+$/, '') : l))
    .filter((l) => !isDateLine(l) && looksLikeAgency(l))
    .flatMap((l) => l.split(/\s+/))
    .filter((s) => s.length >= 3 && AGENCY_END.test(s));
}

/** "现就区国资委2023年度……报告如下", "现将区科技局2021年……": the agency named in the body. */
export function agencyFromBody(text: string, cue?: RegExp): string | null {
  const c = cue?.exec(text);
  // 我代表区人民政府: a name relative to the speaker's own level says too little
  if (c && AGENCY_END.test(c[1]) && !/^(?:省|市|区|县|镇|乡|新区)(?:人民)?政府$/.test(c[1])) return c[1];
  const m = /现(?:将|就|把)(?:我|本)?([^,，。:：;；\d]{2,24}?)(?:(?:19|20)\d{2}\s*年|关于|有关|法治|依法)/.exec(text);
  if (m && AGENCY_END.test(m[1]) && !/^(?:有关|相关|全年|今年|本年)/.test(m[1])) return m[1];
  // the opening sentence's subject: "2020年,市生态环境局在市委、市政府的坚强领导下……"
  const s = /(?:^|\n)(?:(?:19|20)\d{2}\s*年(?:度)?(?:以来)?[,，]\s*)?([^,，。:：;；\s\d]{3,24}?)(?:在|坚持|始终|深入|认真|紧紧|全面)/.exec(text);
  if (s && AGENCY_END.test(s[1]) && !/^(?:我|本|该|各|全)/.test(s[1])) return s[1];
  return null;
}

/** Prefers the government organ to the Party committee when both sign. */
export function principal(agencies: string[]): string | null {
  return agencies.find((a) => !PARTY.test(a)) ?? agencies[0] ?? null;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const CN_YEAR = /([〇零一二][〇零一二三四五六七八九]{3})\s*年/;

/** 2021年 or 二〇二一年 in a string. */
function yearIn(s: string): number | null {
  const m = YEAR.exec(s);
  if (m) return Number(m[1]);
  const c = CN_YEAR.exec(s);
  const v = c ? chineseNumber(c[1]) : NaN;
  return v >= 1949 && v <= 2100 ? v : null;
}

/**
 * The year of the report (for most kinds the year reported on; for a work report the year it plans): the title's,
 * then the opening's, then a heading's year less the offset its part has (a plans heading names next year).
 */
export function reportYear(
  title: string | null,
  preamble: string,
  headings: Array<{ words: string; part: string | null }>,
  fields: Record<string, string>,
  profile: Profile,
  fileName?: string,
): number | null {
  const fromTitle = title ? yearIn(title) : null;
  if (fromTitle) return fromTitle;
  const lead = profile.yearLead?.exec(preamble);
  if (lead) return Number(lead[1]);
  const offset = (part: string | null) => profile.yearParts.find((r) => r.part === part)?.offset ?? 0;
  // headings of the part the report is on first: their year is the report's
  for (const pass of [0, 1]) {
    for (const h of headings) {
      const m = YEAR.exec(h.words);
      if (m && (pass === 1 || offset(h.part) === 0)) return Number(m[1]) - offset(h.part);
    }
  }
  const t = fields['标题'] ?? fields['名称'];
  const m = t ? YEAR.exec(t) : null;
  if (m) return Number(m[1]);
  // last, a year standing alone in the file's name (深圳市坪山区政府工作报告_2021.txt)
  const bare = fileName ? /(?<![\d.])((?:19|20)\d{2})(?!\d|\.\d)/.exec(fileName) : null;
  return bare ? Number(bare[1]) : null;
}

/**
 * The signature date in the closing block, else a date standing alone under the title ((2023年3月15日), as formal
 * documents print it), else a written date in the page's metadata.
 */
export function signedDate(closing: Section | undefined, fields: Record<string, string>, preamble?: Section): string | null {
  if (closing) {
    const lines = closing.text.split('\n').filter((l) => isDateLine(l) || isSignedDateLine(l));
    for (let i = lines.length - 1; i >= 0; i--) {
      const d = parseDate(lines[i]);
      if (d) return d;
    }
  }
  for (const l of preamble?.text.split('\n').slice(0, 4) ?? []) {
    const d = isDateLine(l) ? parseDate(l) : null;
    if (d) return d;
  }
  for (const k of ['成文日期', '成文时间', '发文日期', '发文时间', '印发日期', '印发时间']) {
    const d = fields[k] ? parseDate(fields[k]) : null;
    if (d) return d;
  }
  return null;
}

export function publishedDate(fields: Record<string, string>): string | null {
  for (const k of ['发布日期', '发布时间', '公开日期', '日期', '时间', '录入时间', '更新时间']) {
    const d = fields[k] ? parseDate(fields[k]) : null;
    if (d) return d;
  }
  return null;
}

export function agencyFromFields(fields: Record<string, string>): string | null {
  for (const k of ['发布机构', '发文机关', '发文单位', '发布单位', '来源', '信息来源']) {
    const v = fields[k]?.trim();
    if (v && v.length <= 40 && AGENCY_END.test(v)) return v;
  }
  return null;
}
