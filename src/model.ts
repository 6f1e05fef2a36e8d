// The types every stage shares. Offsets are UTF-16 code-unit indices into `Report.text`.

/**
 * A canonical part: one of the report kind's parts (its profile's `order`: measures, overview, tasks…), or one of the
 * parts around them that every kind has: `preamble`, `closing`, `unknown`.
 */
export type Canonical = string;
/** A part of a kind's template (not preamble, closing or unknown). */
export type TemplatePart = string;
export type Script = 'simplified' | 'traditional';
export type InputFormat = 'text' | 'html';

/** A point inside a section: a numbered heading, an inline 一是…, or a plain paragraph. */
export interface Item {
  /** The numbering as written ("(一)", "1.", "一是"), or null for a plain paragraph. */
  marker: string | null;
  /** The heading's own words, or the first sentence of a paragraph. */
  title: string;
  /** Heading and body, cleaned. */
  text: string;
  start: number;
  end: number;
  items: Item[];
}

export interface Section {
  canonical: Canonical;
  /** The heading line as written (cleaned), null where the part has none. */
  heading: string | null;
  /** True where the part had no heading of its own and was found by its wording. */
  inferred?: boolean;
  /** Which rule or cue decided the label (`heading`, `position`, `lead-in: …`, `subheading`, `year`…). */
  rule?: string;
  /** Heading and whole body, cleaned and simplified. Equals report.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  items: Item[];
}

export interface ReportMeta {
  title: string | null;
  agency: string | null;
  /** Every agency that signs or is named in the title, when more than one does. */
  agencies: string[];
  /** The year reported on (the report of 2021 is usually signed in 2022). */
  year: number | null;
  signedAt: string | null;
  publishedAt: string | null;
  script: Script;
  encoding: string;
  format: InputFormat;
  /** Fields of a page's metadata table or key: value lines, as found (simplified). */
  fields: Record<string, string>;
}

/** Text that cleaning took out of the report, and why: nothing is dropped without a trace. */
export interface Removed {
  /** What it was taken for: `archive header`, `breadcrumb`, `page footer`, `widget`, `lost-space ?`… */
  reason: string;
  text: string;
}

export interface Report {
  file: string;
  /** The profile that read it (`fazhi`, `xxgk`, `gov-work`). */
  kind: string;
  /** How the kind was decided: `--kind`, or the title and headings that matched. */
  kindRule: string;
  meta: ReportMeta;
  /** Top-level parts in document order; together they cover `text`. */
  sections: Section[];
  /** The whole cleaned report. */
  text: string;
  /** Everything cleaning took out, in document order. */
  removed: Removed[];
  warnings: string[];
}

/** What ingest hands to normalize. */
export interface Decoded {
  file: string;
  text: string;
  encoding: string;
  format: InputFormat;
  warnings: string[];
  /** Metadata the container carries outside the text (an HTML page's <meta> tags). */
  fields?: Record<string, string>;
}

/** An input that could not be read at all. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}
