// A report kind as data: its parts and their order, how its title and headings read, how parts without a heading
// announce themselves, its stock phrases, topics and deadline. The parser and the analyses know no wording of their own.

export interface PartDef {
  /** The canonical id (`measures`, `overview`, `tasks`…), unique within the profile. */
  id: string;
  /** The part in the template's own words. */
  zh: string;
  en: string;
  /** Matches a top-level heading's words (marker removed); parts are tried in `headingOrder`. */
  heading: RegExp;
  /** Heading words that look like this part but are not (解决……问题 is a measure, not a problem). */
  not?: RegExp;
  /** A heading names this part only once one of these parts has begun; before, it is a topical heading. */
  after?: string[];
}

export interface EmbeddedRule {
  /** The part this rule finds. */
  part: string;
  /** A paragraph or sentence that opens this part inside another one (……但也存在一些薄弱环节:一是……). */
  leadIn: RegExp;
  /**
   * The last sub-heading of another part that is this part in full wording ((六)党政主要负责人履行推进法治建设第一责任人
   * 职责情况): it runs to the end of its host.
   */
  subheading?: RegExp;
  /** Which parts it may hide in. */
  inside: string[];
  /** The host part goes on at its next sub-heading that continues the host's numbering (a problem paragraph in the middle of the measures). */
  resumes?: boolean;
  /** A lead-in that is a whole sentence may start inside a line (a body run into one line): the line is broken there. */
  sentence?: boolean;
  /** Hosts whose head this part may be: a lead-in before the host's first point makes the host's heading and the
   * paragraphs up to that point (or up to the host's own lead-in) this part. */
  opens?: string[];
  /** The part may be told again after a later one (the standing paragraphs after the self part are tasks again). */
  returns?: boolean;
  /** Only in the last part of the report it may hide in (next year's plans follow everything else). */
  lastOnly?: boolean;
  /** The year a lead-in names (its `year` group), relative to the report's year (default 1: next year). */
  year?: number;
}

/** A heading that names a year relative to the report's: 2022年工作打算 in a report on 2021 is the plans. */
export interface YearRule {
  /** The heading's year minus the report's year. */
  offset: number;
  part: string;
  /** Parts this overrides when the heading's words name them too (2022年主要举措 is still next year's plan). */
  overrides: string[];
}

export interface Topic {
  id: string;
  label: string;
  /** Words and phrases that, found in an item, put it under this topic. */
  keywords: string[];
  /** Which canonical sections the topic applies to (all when absent). */
  sections?: string[];
}

export interface Deadline {
  /** Month and day of the year after the year reported on (法治: 1 April; 政府信息公开: 31 January). */
  month: number;
  day: number;
  /** What sets it, for messages. */
  source: string;
}

export interface Profile {
  id: string;
  name: string;
  /** A title of this kind of report. */
  title: RegExp;
  /** Words that mark this kind wherever they stand (title, headings): they decide the kind of a mixed folder. */
  signature: RegExp;
  parts: PartDef[];
  /** The content parts in template order (preamble and closing around them). */
  order: string[];
  /** The parts every report of the kind must have (check). */
  mandated: string[];
  /** Part ids in the order their heading rules are tried (the first that matches names the heading). */
  headingOrder: string[];
  /** Topical parts without a part's name (一、强化……) before any later part are this one. */
  defaultPart: string;
  /** Parts real reports put anywhere (duties first): they do not end the default part's run of topical headings. */
  floating?: string[];
  /** A topical heading after a later part: `unknown` unless the kind has a part for such matters (xxgk: other). */
  topicalPart?: string;
  /** Headings naming a year relative to the report's. */
  yearParts: YearRule[];
  embedded: EmbeddedRule[];
  /** The sentence that introduces the body (……报告如下): it opens no part. */
  lead: RegExp;
  /** Lines that close a report: 特此报告 and the like. */
  closing: RegExp;
  /** A last paragraph that closes the report without a heading (各位代表，让我们……奋斗). */
  closingParagraph?: RegExp;
  /** A heading after the closing that opens appended material (名词解释, 附件). */
  appendix?: { part: string; heading: RegExp };
  /** Who speaks, in the body (我代表某某区人民政府): group 1 is the agency. */
  agencyCue?: RegExp;
  /** Words of the title after the agency (法治政府, 政府信息公开…): the agency is what comes before them. */
  titleWords?: RegExp;
  /** The year the opening says the report is on (2022年……法治政府建设工作情况报告如下): group 1. */
  yearLead?: RegExp;
  /** Stock phrases: formula that says nothing specific, damped in similarity and counted as formula. */
  stock: string[];
  topics: Topic[];
  deadline?: Deadline;
  /** False where reports of the kind carry no signature and date (a work report is delivered, not signed). */
  signed?: boolean;
  /** Which part holds next year's plans and which part of next year's report reports on them. */
  promises?: { plans: string; outcomes: string };
  /** The part that admits problems. */
  problemsPart?: string;
}
