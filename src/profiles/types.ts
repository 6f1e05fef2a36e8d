// A report kind as data: how its title reads, which headings name which canonical part, and how parts
// without a heading of their own announce themselves. The parser knows no wording of its own.
import type { TemplatePart } from '../model.js';

export interface PartRule {
  canonical: TemplatePart;
  /** Matches a top-level heading's words (marker removed). */
  heading: RegExp;
  /** Heading words that look like this part but are not (解决……问题 is a measure, not a problem). */
  not?: RegExp;
}

export interface EmbeddedRule {
  canonical: TemplatePart;
  /** A paragraph that opens this part inside another one (……但也存在一些薄弱环节:一是……). */
  leadIn: RegExp;
  /**
   * The last sub-heading of another part that is this part in full wording ((六)党政主要负责人履行推进法治建设第一责任人
   * 职责情况): it runs to the end of its host.
   */
  subheading?: RegExp;
  /** Which sections it may hide in. */
  inside: TemplatePart[];
}

export interface Topic {
  id: string;
  label: string;
  /** Words and phrases that, found in an item, put it under this topic. */
  keywords: string[];
  /** Which canonical sections the topic applies to (all when absent). */
  sections?: TemplatePart[];
}

export interface Profile {
  id: string;
  name: string;
  /** A title of this kind of report. */
  title: RegExp;
  /** Tried in order; the first rule whose heading matches names the part. */
  parts: PartRule[];
  embedded: EmbeddedRule[];
  /** Lines that close a report: 特此报告 and the like. */
  closing: RegExp;
  topics: Topic[];
  /** Which part holds next year's plans, and which part of the next year's report reports on them (govdiff track). */
  promises?: { plans: string; outcomes: string };
  /** The part that admits problems (traced across years by govdiff track). */
  problemsPart?: string;
  /** Stock phrases (formula) every report of the kind repeats: they say nothing specific. */
  stock?: string[];
}
