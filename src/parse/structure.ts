// Lines to the section tree: headings, top-level parts with canonical labels, embedded parts, items.
import type { Canonical, Item, Section, TemplatePart } from '../model.js';
import type { EmbeddedRule, Profile } from '../profiles/types.js';
import { partDef, templateIndex } from '../profiles/index.js';
import { looksLikeAgency, trailerStart, annexStart } from '../normalize/clutter.js';
import { markerAt, STYLE_RANK, INLINE_ORDINAL, chineseNumber } from '../grammar/markers.js';
import { isDateLine } from '../grammar/dates.js';

/** Rank of lines that open with 一是/第一, below every numbered heading. */
export const ORDINAL_RANK = 7;
const LINE_ORDINAL = /^(?:([一二三四五六七八九十]{1,2})是|第([一二三四五六七八九十]{1,2})[,，、:：])/;

export interface Line {
  text: string;
  start: number;
  end: number;
  /** Heading rank (1 outermost) or 0 for a paragraph. */
  rank: number;
  marker: string | null;
  /** The number the marker stands for (0 for none). */
  value: number;
  /** Words of the heading without its marker. */
  words: string;
}

export function toLines(lines: string[]): { text: string; lines: Line[] } {
  const out: Line[] = [];
  let pos = 0;
  for (const text of lines) {
    const m = markerAt(text);
    const o = m ? null : LINE_ORDINAL.exec(text);
    out.push({
      text,
      start: pos,
      end: pos + text.length,
      rank: m ? STYLE_RANK[m.style] : o ? ORDINAL_RANK : 0,
      marker: m ? m.text : o ? o[0].replace(/[,，、:：]$/, '') : null,
      value: m ? m.value : o ? chineseNumber(o[1] ?? o[2]) : 0,
      // 【主要举措和成效】: a bracketed line is a heading's words
      words: m ? text.slice(m.length) : o ? text.slice(o[0].length) : text.replace(/^【([^】]{2,30})】$/, '$1'),
    });
    pos += text.length + 1;
  }
  return { text: lines.join('\n'), lines: out };
}

/** The part a heading's words name, or null. */
export function partOf(words: string, profile: Profile, reportYear: number | null, byYear = true): TemplatePart | null {
  // only the heading's own words: a heading that runs on into its paragraph must not be judged by the paragraph
  const w = headingTitle(words).replace(/\s+/g, '');
  // "2022年推进法治政府建设的主要举措" in a report on 2021 is next year's plan, whatever its other words
  const y = byYear && reportYear !== null ? /((?:19|20)\d{2})\s*年/.exec(w) : null;
  const byOffset = y ? profile.yearParts.find((r) => r.offset === Number(y[1]) - reportYear!) : undefined;
  for (const id of profile.headingOrder) {
    const rule = partDef(profile, id)!;
    if (!rule.heading.test(w) || (rule.not && rule.not.test(w))) continue;
    return byOffset && byOffset.overrides.includes(id) ? byOffset.part : id;
  }
  return byOffset ? byOffset.part : null;
}

/** Every part a heading names (a combined heading such as 存在问题及下一步打算 names two). */
function partsOf(words: string, profile: Profile, title = true): TemplatePart[] {
  const w = (title ? headingTitle(words) : words).replace(/\s+/g, '');
  return profile.headingOrder.filter((id) => {
    const r = partDef(profile, id)!;
    return r.heading.test(w) && !(r.not && r.not.test(w));
  });
}

/** The heading's own words: up to its first full stop, or the first clause when it runs on. */
export function headingTitle(words: string): string {
  let w = words.trim();
  // a heading a page set off from its run-on paragraph by a space (一、 概述 推进政府信息公开工作是……。)
  const gap = /^([^\s。;；:：,，]{2,30})\s+(?=\S[^。]{19,300}[。;；,，])/.exec(w);
  if (gap) w = gap[1];
  const stop = w.search(/[。;；:：]/);
  if (stop > 0 && stop <= 60) return w.slice(0, stop);
  if (w.length <= 40) return w.replace(/[。,，]$/, '');
  const comma = w.search(/[,，]/);
  if (comma > 0 && comma <= 40) return w.slice(0, comma);
  return w.slice(0, 24) + '…';
}

/** A paragraph's title: its first sentence, or the start of it; a short opening clause (2022年,) runs on. */
export function paragraphTitle(text: string): string {
  const t = text.trim();
  const stop = t.search(/[。;；!！?？]/);
  const sentence = stop > 0 ? t.slice(0, stop) : t;
  if (sentence.length <= 40) return sentence;
  const clauses = sentence.split(/(?<=[,，:：])/);
  let out = '';
  for (const c of clauses) {
    if (out.length >= 8 && out.length + c.length > 40) break;
    out += c;
  }
  out = out.replace(/[,，:：]$/, '');
  return out.length > 40 ? out.slice(0, 32) + '…' : out;
}

/** Index of the first line of the closing block (特此报告, signatures, date), or lines.length. */
export function closingStart(lines: Line[], from: number, profile: Profile): number {
  // a trailer (附件, 联系人, 此件公开发布) after the signature belongs to the closing too
  const tail = lines.slice(Math.max(0, lines.length - 31)).map((l) => l.text); // a trailer is read from the last 30 lines
  // attachments after the signature (附件1 …) close the report too, whatever their length and numbering
  const annex = annexStart(lines.map((l) => l.text));
  const trailer = Math.min(lines.length, Math.max(from + 1, Math.min(annex, lines.length - tail.length + trailerStart(tail))));
  let k = trailer;
  let anchored = false;
  while (k - 1 > from) {
    const l = lines[k - 1];
    if (isDateLine(l.text) || isSignedDateLine(l.text) || profile.closing.test(l.text)) {
      anchored = true;
      k--;
    } else if (l.rank === 0 && looksLikeAgency(l.text) && (anchored || k === lines.length)) k--;
    else if (anchored && /^[(（](?:盖章|印章|公章|章)[)）]$/.test(l.text)) k--;
    else break;
  }
  return k;
}

/**
 * Where appended material begins: a short line in the profile's words for it (名词解释, 附件1:…统计表) after the first
 * part, from which no part of the template's is headed again. lines.length when there is none, or the kind has no
 * appendix (a 法治 report's attachments close it).
 */
function appendixStart(lines: Line[], from: number, profile: Profile): number {
  const rule = profile.appendix;
  if (!rule) return lines.length;
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i];
    const words = (l.rank > 0 ? l.words : l.text).trim();
    // a short heading line, or an attachment's title run on into its flattened table
    if ((words.length <= 60 || /^附[件表录]/.test(words)) && rule.heading.test(words.slice(0, 60))) return i;
  }
  return lines.length;
}

/** A last paragraph that closes the report in the kind's words (各位代表,让我们……奋斗!), right before the closing block. */
function closingParagraphStart(lines: Line[], from: number, close: number, profile: Profile): number {
  const rule = profile.closingParagraph;
  if (!rule) return close;
  for (let i = close - 1; i > from && i >= close - 3; i--) {
    if (lines[i].rank === 0 && rule.test(lines[i].text)) return i;
  }
  return close;
}

/** "某某区司法局  2023年3月15日": signature and date on one line. */
export function isSignedDateLine(line: string): boolean {
  const m = /^(.{3,40}?)\s*((?:19|20)\d{2}\s*年\S{1,8}日|[〇零一二][〇零一二三四五六七八九]{3}年\S{1,6}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$/.exec(line.trim());
  return !!m && looksLikeAgency(m[1]) && isDateLine(m[2]);
}

interface Draft {
  canonical: Canonical;
  heading: Line | null;
  from: number;
  to: number;
  inferred?: boolean;
  /** Other parts a combined heading names. */
  alsoNames: TemplatePart[];
  /** Which rule or cue decided the label. */
  rule?: string;
}

export interface Structure {
  sections: Section[];
  warnings: string[];
}

export function buildSections(text: string, lines: Line[], titleLines: number, profile: Profile, reportYear: number | null): Structure {
  const warnings: string[] = [];
  // appended material (名词解释, 附件1:统计表) ends the report after its closing, whatever its numbering
  const appendix = appendixStart(lines, titleLines, profile);
  const body = appendix < lines.length ? lines.slice(0, appendix) : lines;
  let close = closingStart(body, titleLines, profile);
  close = closingParagraphStart(body, titleLines, close, profile);

  // candidates: numbered lines whose words name a part, and short bare lines that do (their marker was lost)
  const named = new Map<number, TemplatePart>();
  for (let i = titleLines; i < close; i++) {
    const l = lines[i];
    // a bare line that reads like a report's title (a link to another report) is not a part
    // nor a table's row (| 行政事业性收费 | 0 |, or flattened: 行政事业性收费 0)
    const isBare = l.rank === 0 && l.text.length <= 40 && !/[。;；,，:：!！?？|｜]/.test(l.text) && !/报告$|\d$/.test(l.text);
    if (l.rank === 0 && !isBare) continue;
    if (l.rank === ORDINAL_RANK) continue;
    // a bare line must name its part in words: a lone year or date ((2023年3月15日)) is no heading
    const part = isBare && isDateLine(l.text) ? null : partOf(l.words, profile, reportYear, !isBare);
    if (part) named.set(i, part);
  }
  const namedRanks = [...named.keys()].map((i) => lines[i].rank).filter((r) => r > 0);
  const bareNamed = [...named.keys()].filter((i) => lines[i].rank === 0).length;
  const allRanks = lines.slice(titleLines, close).map((l) => l.rank).filter((r) => r > 0 && r < ORDINAL_RANK);
  // parts headed by bare lines only (every marker lost, or never written): numbered lines are then their points
  // (also when such lines outnumber the numbered ones that name a part: 【存在的不足和原因】 over 一、……不足)
  const bareOnly = bareNamed >= 2 && bareNamed > namedRanks.length;
  const topRank = bareOnly ? 0 : namedRanks.length ? namedRanks.reduce((a, b) => Math.min(a, b)) : allRanks.length ? allRanks.reduce((a, b) => Math.min(a, b)) : 0;

  const candidates: number[] = [];
  for (let i = titleLines; i < close; i++) {
    const l = lines[i];
    if ((topRank > 0 && l.rank === topRank) || (l.rank === 0 && named.has(i) && (namedRanks.length > 0 || bareOnly))) candidates.push(i);
  }
  const tops = withoutRestartedRuns(candidates, lines, named);

  const drafts: Draft[] = [];
  const firstTop = tops.length ? tops[0] : close;
  if (firstTop > 0) drafts.push({ canonical: 'preamble', heading: null, from: 0, to: firstTop, alsoNames: [], rule: 'before the first part' });
  if (!tops.length && close > titleLines) {
    drafts.length = 0;
    const led = paragraphLed(lines, titleLines, close, profile, reportYear);
    // the paragraphs between "……报告如下:" and the first part found by its opening are the default part
    if (led.length && led[0].canonical !== profile.defaultPart) {
      let lead = -1;
      for (let i = titleLines; i < led[0].from; i++) if (profile.lead.test(lines[i].text)) lead = i;
      if (lead >= 0 && lead + 1 < led[0].from)
        led.unshift({ canonical: profile.defaultPart, heading: null, from: lead + 1, to: led[0].from, inferred: true, alsoNames: [], rule: 'after the lead sentence' });
    }
    if (led.length >= 2) {
      // no headings, but paragraphs that open with their part (我局法治政府建设还存在以下不足:……)
      if (led[0].from > 0) drafts.push({ canonical: 'preamble', heading: null, from: 0, to: led[0].from, alsoNames: [], rule: 'before the first part' });
      drafts.push(...led);
      warnings.push('no headings: parts were found by the paragraphs that open them');
    } else {
      // no heading at all: the body is one part of unknown kind
      if (titleLines > 0) drafts.push({ canonical: 'preamble', heading: null, from: 0, to: titleLines, alsoNames: [], rule: 'title' });
      drafts.push({ canonical: 'unknown', heading: null, from: titleLines, to: close, alsoNames: [], rule: 'no heading or lead-in found' });
      warnings.push(`no headings of the template were found: is this a ${profile.name}?`);
    }
  }
  let seenLater = false;
  const begun = new Set<string>();
  const defaultAt = templateIndex(profile, profile.defaultPart);
  // the number of the last heading that opened a part: a heading that does not go on from it (一、 after 三、, a
  // mandated table's rows 一、本年新收…… 三、本年度办理结果) and names no other part is inside the part
  let outerLast = 0;
  tops.forEach((at, k) => {
    const to = k + 1 < tops.length ? tops[k + 1] : close;
    const current = drafts.at(-1);
    let canonical: Canonical | null = named.get(at) ?? partOf(lines[at].words, profile, reportYear);
    if (lines[at].rank > 0 && outerLast > 0 && lines[at].value !== outerLast + 1 && current?.heading && (canonical === null || canonical === current.canonical)) {
      current.to = to;
      return;
    }
    if (lines[at].rank > 0) outerLast = lines[at].value;
    let rule = lines[at].rank === 0 ? 'bare heading' : 'heading';
    const after = canonical ? partDef(profile, canonical)?.after : undefined;
    if (after && !after.some((p) => begun.has(p))) canonical = null; // too early for this part: a topical heading
    // after a later part, a slogan heading may name its part only in a later clause (三、发扬斗争精神，……，加快建设人民满意
    // 的服务型政府): read the whole sentence, for parts that come later in the template than any begun
    if (!canonical && seenLater) {
      const latest = Math.max(...[...begun].map((p) => templateIndex(profile, p)));
      const sentence = lines[at].words.replace(/\s+/g, '').slice(0, 60).split(/[。；;：:]/)[0];
      const wide = partsOf(sentence, profile, false).find((p) => templateIndex(profile, p) > latest && templateIndex(profile, p) < profile.order.length);
      if (wide) {
        canonical = wide;
        rule = `heading names ${wide} in a later clause`;
      }
    }
    // topical parts (一、强化……) before the later parts are the default part, told topic by topic
    if (!canonical) {
      canonical = seenLater ? (profile.topicalPart ?? 'unknown') : profile.defaultPart;
      rule = seenLater ? 'topical heading after a later part' : 'topical heading before any later part';
    }
    if (templateIndex(profile, canonical) > defaultAt && templateIndex(profile, canonical) < profile.order.length && !profile.floating?.includes(canonical)) seenLater = true;
    begun.add(canonical);
    const alsoNames = partsOf(lines[at].words, profile).filter((p) => p !== canonical);
    drafts.push({ canonical, heading: lines[at], from: at, to, alsoNames, rule });
  });
  if (!named.size && tops.length) warnings.push('no heading names a part of the template: parts were labelled by position');
  if (close < appendix) drafts.push({ canonical: 'closing', heading: null, from: close, to: appendix, alsoNames: [], rule: 'closing block (特此报告, signature, date, trailer)' });
  if (appendix < lines.length && profile.appendix)
    drafts.push({ canonical: profile.appendix.part, heading: lines[appendix], from: appendix, to: lines.length, alsoNames: [], rule: 'appended after the report' });

  let parts = splitCombined(drafts, lines, profile, reportYear);
  parts = promoteTrailing(parts, lines, profile);
  parts = inferEmbedded(parts, lines, profile, reportYear);
  // a part found by its lead-in may end in a sub-heading that is another part (the tasks' last point, 从严治政)
  parts = promoteTrailing(parts, lines, profile);

  const sections = parts.map((d) => toSection(d, text, lines, topRank));
  return { sections, warnings };
}

/**
 * A report without headings whose paragraphs open with their part: the first sentence names it
 * (……主要举措和成效体现在以下几个方面:) or is its lead-in (还存在以下不足:, 2022年,我局将……). Each part once, in
 * the order found; the paragraphs up to the next such opening belong to it.
 */
function paragraphLed(lines: Line[], from: number, to: number, profile: Profile, year: number | null): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<Canonical>();
  for (let i = from; i < to; i++) {
    const l = lines[i];
    // "现将……情况报告如下:" introduces the report; it opens no part
    if (profile.lead.test(l.text)) continue;
    let part: Canonical | null = partOf(l.text, profile, year, false);
    let why = 'paragraph opens with the part\'s name';
    if (!part) {
      for (const rule of profile.embedded) {
        const m = leadInAt(rule, l.text, year);
        if (m && m.index < 40) {
          part = rule.part;
          why = `lead-in «${m[0].slice(0, 16)}»`;
          break;
        }
      }
    }
    if (!part || seen.has(part)) continue;
    seen.add(part);
    if (out.length) out[out.length - 1].to = i;
    out.push({ canonical: part, heading: null, from: i, to, inferred: true, alsoNames: [], rule: why });
  }
  return out;
}

/**
 * Numbering that starts again at 一 inside a part and names no part — the outline of a plan the report quotes
 * (一、指导思想 二、工作目标 三、重点任务) — is not a run of new parts: it stays inside the part until a heading
 * continues the outer numbering instead of the inner one.
 */
function withoutRestartedRuns(candidates: number[], lines: Line[], named: Map<number, TemplatePart>): number[] {
  const kept: number[] = [];
  let outer = 0;
  let inner = 0;
  for (const at of candidates) {
    const { value, rank } = lines[at];
    if (rank === 0) {
      kept.push(at);
      continue;
    }
    if (inner > 0) {
      if (value === inner + 1 && !(named.has(at) && value === outer + 1)) {
        inner = value;
        continue;
      }
      inner = 0;
    } else if (kept.length && value === 1 && outer >= 1 && !named.has(at)) {
      inner = 1;
      continue;
    }
    kept.push(at);
    outer = value;
  }
  return kept;
}

/** A heading that names two parts (存在问题及下一步打算): split at the sub-heading that opens the second. */
function splitCombined(drafts: Draft[], lines: Line[], profile: Profile, year: number | null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    let rest = d;
    for (const other of d.alsoNames) {
      let at = findLine(lines, rest.from + 1, rest.to, (l) => l.rank > 0 && partOf(l.words, profile, year) === other);
      // a part that opens the other (发展目标和主要任务: the targets, then the points of the tasks) hands over at the
      // first point, unless the other part has a heading of its own further on
      if (at < 0 && profile.embedded.some((r) => r.part === rest.canonical && r.opens?.includes(other)) && !drafts.some((x) => x.from > d.from && x.canonical === other)) {
        at = findLine(lines, rest.from + 1, rest.to, (l) => l.rank > 0 && l.rank < ORDINAL_RANK);
        // or earlier, at the other part's own lead-in (做好以下八方面工作)
        const own = profile.embedded.filter((r) => r.part === other && r.inside.includes(rest.canonical));
        const led = at < 0 ? -1 : findLine(lines, rest.from + 1, at, (l) => own.some((r) => leadInAt(r, l.text, year)));
        if (led > 0) at = led;
        if (at > rest.from + 1) {
          out.push({ ...rest, to: at, alsoNames: [] });
          const where = led > 0 ? `lead-in «${lines[at].text.slice(0, 16)}»` : 'first point';
          rest = { canonical: other, heading: null, from: at, to: rest.to, alsoNames: [], rule: `${where} under a heading that names ${rest.canonical} and ${other}` };
        }
        continue;
      }
      if (at < 0) continue;
      out.push({ ...rest, to: at, alsoNames: [] });
      rest = { canonical: other, heading: lines[at], from: at, to: rest.to, alsoNames: [], rule: 'second part of a combined heading' };
    }
    out.push(rest);
  }
  return out;
}

/**
 * A part told as the last sub-heading of another, in the template's own words ((六)党政主要负责人履行推进法治建设第一
 * 责任人职责情况 closing the measures): it becomes its own part, marked inferred since it has no heading of its own
 * at the top level. Only the last sub-heading of its rank, and only where the report has no such part: a measure
 * titled 落实第一责任人职责 in the middle of the measures stays a measure.
 */
function promoteTrailing(drafts: Draft[], lines: Line[], profile: Profile): Draft[] {
  let out = drafts;
  for (const rule of profile.embedded) {
    if (!rule.subheading || out.some((d) => d.canonical === rule.part)) continue;
    // by index: out.indexOf(d) for each part was quadratic in the number of parts
    for (const [i, d] of out.entries()) {
      if (!rule.inside.includes(d.canonical)) continue;
      const from = d.from + (d.heading ? 1 : 0);
      const ranks = lines.slice(from, d.to).map((l) => l.rank).filter((r) => r > 0 && r < ORDINAL_RANK);
      if (!ranks.length) continue;
      const outer = ranks.reduce((a, b) => Math.min(a, b)); // no spread: Math.min(...xs) overflows the stack past ~125k
      const subs: number[] = [];
      for (let i = from; i < d.to; i++) if (lines[i].rank === outer) subs.push(i);
      const names = (at: number | undefined) => at !== undefined && rule.subheading!.test(headingTitle(lines[at].words).replace(/\s+/g, ''));
      const last = subs[subs.length - 1];
      const first = subs[0];
      if (names(last)) {
        // with the sub-headings before it that name the part too ((一)主要问题 (二)改进情况)
        let k = subs.length - 1;
        while (k > 0 && names(subs[k - 1])) k--;
        const start = subs[k];
        const promoted: Draft = { canonical: rule.part, heading: lines[start], from: start, to: d.to, inferred: true, alsoNames: [], rule: `last sub-heading${k < subs.length - 1 ? 's' : ''} of ${d.canonical}` };
        out = [...out.slice(0, i), { ...d, to: start }, promoted, ...out.slice(i + 1)];
        break;
      }
      // or the first, right under the host's heading (二、下一步工作打算 (一)存在的问题 (二)整改措施): the host's heading
      // goes with it, so that the parts keep the order in which the report tells them
      if (subs.length > 1 && first === from && names(first)) {
        const promoted: Draft = { canonical: rule.part, heading: lines[first], from: d.from, to: subs[1], inferred: true, alsoNames: [], rule: `first sub-heading of ${d.canonical}` };
        out = [...out.slice(0, i), promoted, { ...d, heading: null, from: subs[1] }, ...out.slice(i + 1)];
        break;
      }
    }
  }
  return out;
}

/** A lead-in of this rule in a line, with its year (2022年,我们将……) checked against the report's. */
function leadInAt(rule: EmbeddedRule, text: string, year: number | null): RegExpExecArray | null {
  const m = rule.leadIn.exec(text);
  // a five-year plan (“十四五”时期是……) named as the one starting this year or next: 十一五 began in 2006
  const plan = m?.groups?.plan;
  if (m && plan) {
    const start = 2006 + 5 * (chineseNumber(plan) - 1);
    return year !== null && (start === year || start === year + 1) ? m : null;
  }
  const y = m?.groups?.year;
  if (!m || !y) return m;
  return year !== null && Number(y) === year + (rule.year ?? 1) ? m : null;
}

/**
 * Parts without a heading of their own, decided over the whole report. Inside each part, a line that opens with a
 * lead-in (但也存在……不足:, 2022年,我们将……) starts the part the lead-in announces, if the report has not told that part
 * yet. From there labels only move on through the template: a plans list is never followed by measures again without
 * a heading. The one way back is a part the profile lets resume (a problem paragraph in the middle of the measures):
 * its host goes on at the host's next numbered heading, unless that heading starts its numbering again at 一 (the
 * embedded part's own points).
 */
function inferEmbedded(drafts: Draft[], lines: Line[], profile: Profile, year: number | null): Draft[] {
  const out: Draft[] = [];
  const told = new Set(drafts.map((d) => d.canonical));
  const rules = profile.embedded.filter((r) => r.leadIn.source !== '(?!)');
  // the last part each rule may hide in, found once (per draft it was quadratic in the number of parts)
  const lastHost = new Map<EmbeddedRule, Draft | undefined>();
  for (const r of rules) lastHost.set(r, drafts.findLast((x) => r.inside.includes(x.canonical)));
  const isLastHost = (d: Draft, r: EmbeddedRule) => lastHost.get(r) === d;
  for (const d of drafts) {
    const open = rules.filter((r) => r.inside.includes(d.canonical) && (r.returns || !told.has(r.part)) && (!r.lastOnly || isLastHost(d, r)));
    // a part that opens its host does so even when it is headed elsewhere too (the five years' goals, then the year's)
    if (!open.length && !profile.embedded.some((r) => r.opens?.includes(d.canonical))) {
      out.push(d);
      continue;
    }
    let seg: Draft = d;
    let active: EmbeddedRule | null = null;
    // the rules read here: the host's, and once a lead-in switched to a part, that part's too (self after the tasks
    // found in the goals)
    let here = open;
    let from = d.from + (d.heading ? 1 : 0);
    const head = opening(d, lines, profile, year);
    if (head) {
      // the part opens its host: the host's heading and first paragraphs are it, the host goes on at its first point
      out.push({ canonical: head.rule.part, heading: d.heading, from: d.from, to: head.to, inferred: true, alsoNames: [], rule: head.why });
      told.add(head.rule.part);
      seg = { ...d, heading: null, from: head.to, rule: `${d.canonical} after the ${head.rule.part} that open it` };
      from = head.to;
    }
    for (let i = from; i < d.to; i++) {
      const l = lines[i];
      if (active?.resumes && l.rank > 0 && l.rank < ORDINAL_RANK && l.value !== 1) {
        out.push({ ...seg, to: i });
        seg = { ...d, heading: null, from: i, rule: `${d.canonical} resumes at its next heading` };
        active = null;
        here = open;
        continue;
      }
      const at = templateIndex(profile, active ? active.part : d.canonical);
      for (const rule of here) {
        if (!rule.returns && (told.has(rule.part) || (active && templateIndex(profile, rule.part) <= at))) continue;
        if (rule.returns && active?.part === rule.part) continue;
        if (rule.lastOnly && open.includes(rule) && !isLastHost(d, rule)) continue;
        const m = leadInAt(rule, l.text, year);
        if (!m) continue;
        if (i > seg.from) out.push({ ...seg, to: i });
        seg = { canonical: rule.part, heading: null, from: i, to: d.to, inferred: true, alsoNames: [], rule: `lead-in «${m[0].slice(0, 16)}» inside ${d.canonical}` };
        told.add(rule.part);
        active = rule;
        here = [...open, ...rules.filter((r) => r.inside.includes(rule.part) && !open.includes(r))];
        break;
      }
    }
    out.push({ ...seg, to: d.to });
  }
  return out;
}

/**
 * A lead-in, before the host's first numbered point, of a part that may open this host (the year's targets opening the
 * year's tasks): where that part ends, at the host's first point or the host's own lead-in.
 */
function opening(d: Draft, lines: Line[], profile: Profile, year: number | null): { rule: EmbeddedRule; to: number; why: string } | null {
  const rule = profile.embedded.find((r) => r.opens?.includes(d.canonical));
  if (!rule) return null;
  const own = profile.embedded.filter((r) => r.part === d.canonical);
  const body = d.from + (d.heading ? 1 : 0);
  let found = -1;
  let why = '';
  // a page that ran the body into one line glues the lead-in to the host's heading (二、2025年工作安排2025年是……)
  const glued = d.heading ? gluedLeadIn(rule, d.heading.words, year) : null;
  if (glued) {
    found = d.from;
    why = `lead-in «${glued[0].slice(0, 16)}» run on from the heading of ${d.canonical}`;
  }
  for (let i = body; i < d.to && found < 0; i++) {
    const l = lines[i];
    if (l.rank > 0 && l.rank < ORDINAL_RANK) break;
    const m = leadInAt(rule, l.text, year);
    if (m) {
      found = i;
      why = `lead-in «${m[0].slice(0, 16)}» before the first point of ${d.canonical}`;
      break;
    }
  }
  if (found < 0) return null;
  let to = found + 1;
  while (to < d.to && !(lines[to].rank > 0 && lines[to].rank < ORDINAL_RANK) && !own.some((r) => leadInAt(r, lines[to].text, year))) to++;
  // the host must keep something of its own
  return to < d.to ? { rule, to, why } : null;
}

/** A lead-in that starts right after a heading's title, with no punctuation between: the title ran on into it. */
function gluedLeadIn(rule: EmbeddedRule, words: string, year: number | null): RegExpExecArray | null {
  for (let k = 2; k < Math.min(40, words.length - 4); k++) {
    if (/[，,。；;：:！!？?、]/.test(words[k - 1])) break;
    const m = leadInAt(rule, words.slice(k), year);
    if (m) return m;
  }
  return null;
}

function findLine(lines: Line[], from: number, to: number, test: (l: Line) => boolean): number {
  for (let i = from; i < to; i++) if (test(lines[i])) return i;
  return -1;
}

function toSection(d: Draft, text: string, lines: Line[], topRank: number): Section {
  const start = lines[d.from]?.start ?? text.length;
  const end = d.to > d.from ? lines[d.to - 1].end : start;
  const section: Section = {
    canonical: d.canonical,
    heading: d.heading ? d.heading.text : null,
    text: text.slice(start, end),
    start,
    end,
    items:
      d.canonical === 'preamble' || d.canonical === 'closing'
        ? []
        : [...runOnItems(d.heading, text), ...buildItems(text, lines, d.from + (d.heading ? 1 : 0), d.to, topRank)],
  };
  if (d.inferred) section.inferred = true;
  if (d.rule) section.rule = d.rule;
  return section;
}

/**
 * A part heading that runs on into its text (二、存在的不足和原因一是……二是……): the text after it is the part's first
 * paragraph. Heading words end in a word such as 情况, 原因, 安排 (……职责情况局党组书记……); failing that, the text
 * starts at the first 一是/(一)/1., or after the first 。 or :.
 */
function runOnItems(heading: Line | null, text: string): Item[] {
  if (!heading) return [];
  const w = heading.words;
  const closer = /^.{1,40}?(?:情况|成效|原因|安排|打算|计划|思路|不足|问题|举措|做法)(?![和及与、以的])/.exec(w);
  const mark = closer ? null : /一是|[(（]一[)）]|(?<![\d.])1[.、]|[。:：]/.exec(w);
  let at = closer ? closer[0].length : mark ? mark.index + (/^[。:：]$/.test(mark[0]) ? 1 : 0) : -1;
  while (at >= 0 && at < w.length && /[。:：,，;；\s]/.test(w[at])) at++;
  if (at < 2 || w.length - at < 10) return [];
  const start = heading.start + (heading.text.length - w.length) + at;
  const body = text.slice(start, heading.end);
  const item: Item = { marker: null, title: paragraphTitle(body), text: body, start, end: heading.end, items: [] };
  const points = inlineOrdinals(item, text);
  // a run that opens with 一是 is the part's points themselves
  if (points.length && points[0].start === start) return points;
  // or it is the first of a 一是/二是 run whose next points stand on lines of their own
  const ordinal = LINE_ORDINAL.exec(body);
  if (ordinal) {
    item.marker = ordinal[0].replace(/[,，、:：]$/, '');
    item.title = paragraphTitle(body.slice(ordinal[0].length));
  } else item.items = points;
  return [item];
}

/** The tree of numbered points and paragraphs between two lines. */
function buildItems(text: string, lines: Line[], from: number, to: number, topRank: number): Item[] {
  const root: Item[] = [];
  const stack: Array<{ rank: number; item: Item }> = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.rank > 0 && l.rank > topRank) {
      while (stack.length && stack[stack.length - 1].rank >= l.rank) stack.pop();
      const item: Item = { marker: l.marker, title: headingTitle(l.words), text: l.text, start: l.start, end: l.end, items: [] };
      (stack.length ? stack[stack.length - 1].item.items : root).push(item);
      stack.push({ rank: l.rank, item });
      for (const s of stack) extend(s.item, l.end, text);
    } else if (stack.length) {
      for (const s of stack) extend(s.item, l.end, text);
    } else {
      root.push({ marker: null, title: paragraphTitle(l.text), text: l.text, start: l.start, end: l.end, items: [] });
    }
  }
  for (const item of walkLeaves(root)) item.items = inlineOrdinals(item, text);
  return root;
}

function extend(item: Item, end: number, text: string) {
  item.end = end;
  item.text = text.slice(item.start, end);
}

function* walkLeaves(items: Item[]): Generator<Item> {
  for (const it of items) {
    if (it.items.length) yield* walkLeaves(it.items);
    else yield it;
  }
}

/** 一是……二是……三是…… inside a point become its items, when they count up from 一. */
function inlineOrdinals(item: Item, text: string): Item[] {
  const hits: Array<{ at: number; marker: string }> = [];
  let expect = 1;
  const body = item.text;
  // the point's own marker (一是 at its start) is not one of its items
  const skip = item.marker && /是$/.test(item.marker) ? item.marker.length : 0;
  INLINE_ORDINAL.lastIndex = skip;
  for (let m = INLINE_ORDINAL.exec(body); m; m = INLINE_ORDINAL.exec(body)) {
    const value = chineseNumber(m.groups?.cn ?? m.groups?.di ?? '');
    if (value !== expect) continue;
    hits.push({ at: m.index, marker: m[0].replace(/[,，、:：]$/, '') });
    expect++;
  }
  if (hits.length < 2) return [];
  return hits.map((h, k) => {
    const start = item.start + h.at;
    const end = k + 1 < hits.length ? item.start + hits[k + 1].at : item.end;
    // the lookbehind starts a match only where a run starts: [;；,，\s]+$ alone re-scanned the run from each of its characters
    const t = text.slice(start, end).replace(/(?<![;；,，\s])[;；,，\s]+$/, '');
    return { marker: h.marker, title: headingTitle(t.slice(h.marker.length)), text: t, start, end: start + t.length, items: [] };
  });
}
