// Compliance with the 2019 《法治政府建设与责任落实督察工作规定》: the five mandated parts, their order, who and
// when the report names, and whether it was made public in time (Art. 24: 每年4月1日之前……向社会公开).
import type { Report, TemplatePart } from '../model.js';
import { profileOf, templateIndex } from '../profiles/index.js';

export interface CheckOptions {
  /** The parts a report must have, in the order it must give them. */
  parts?: readonly TemplatePart[];
  /** Month and day of the following year by which the report must be public ("04-01"). */
  deadline?: string;
}

/** Why a report falls short; stable identifiers for scripts. */
export type Shortfall =
  | 'missing-part'
  | 'out-of-order'
  | 'published-late'
  | 'no-year'
  | 'no-agency'
  | 'no-signature-date';

export interface ReportCheck {
  file: string;
  /** The kind the report was read as: its mandated parts and deadline are that kind's. */
  kind: string;
  /** The parts asked of it (its kind's mandated parts, or --parts). */
  checked: TemplatePart[];
  agency: string | null;
  year: number | null;
  /** Mandated parts told as parts of their own (headed, or opening with a paragraph in a report without headings), template order. */
  present: TemplatePart[];
  /** Mandated parts neither headed nor found inside another part. */
  missing: TemplatePart[];
  /** Mandated parts found only inside another part, without a heading of their own. */
  embedded: TemplatePart[];
  /** For each embedded part, the part it was found inside. */
  embeddedIn: Partial<Record<TemplatePart, TemplatePart>>;
  /** The headed parts come in the template's order. */
  inOrder: boolean;
  /** The headed parts in the order the report gives them. */
  order: TemplatePart[];
  /** Made public by the deadline; null when the year or the publication date is unknown. */
  publishedOnTime: boolean | null;
  /** The last day to publish (YYYY-MM-DD), null when the year is unknown. */
  deadline: string | null;
  publishedAt: string | null;
  signedAt: string | null;
  names: { year: boolean; agency: boolean; signatureDate: boolean };
  /** Everything that falls short of the rules, in a fixed order; empty when the report complies. */
  shortfalls: Shortfall[];
  ok: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function checkReport(report: Report, opts: CheckOptions = {}): ReportCheck {
  const profile = profileOf(report);
  const parts = opts.parts ?? profile.mandated;
  const isPart = (c: string): c is TemplatePart => (parts as readonly string[]).includes(c);

  const headed = new Set<TemplatePart>();
  const inferred = new Map<TemplatePart, TemplatePart | null>();
  const order: TemplatePart[] = [];
  let host: TemplatePart | null = null;
  const headless = report.sections.every((s) => !isPart(s.canonical) || s.inferred);
  for (const s of report.sections) {
    if (!isPart(s.canonical)) continue;
    // an inferred part lies inside the headed part before it (the parser cuts the host around it); in a report
    // without any heading, each part opens with a paragraph of its own: it is present
    if (s.inferred && !headless && host !== null) {
      if (!inferred.has(s.canonical)) inferred.set(s.canonical, host);
      continue;
    }
    host = s.canonical;
    if (!headed.has(s.canonical)) order.push(s.canonical);
    headed.add(s.canonical);
  }

  const present = parts.filter((p) => headed.has(p));
  const embedded = parts.filter((p) => !headed.has(p) && inferred.has(p));
  const missing = parts.filter((p) => !headed.has(p) && !inferred.has(p));
  const embeddedIn: ReportCheck['embeddedIn'] = {};
  for (const p of embedded) {
    const h = inferred.get(p);
    if (h) embeddedIn[p] = h;
  }
  // first appearances must follow the template; a part split in two does not break the order by itself
  const rank = order.map((p) => templateIndex(profile, p));
  const inOrder = rank.every((r, i) => i === 0 || r > rank[i - 1]);

  const { year, publishedAt, signedAt, agency } = report.meta;
  const day = opts.deadline ?? (profile.deadline ? `${pad(profile.deadline.month)}-${pad(profile.deadline.day)}` : null);
  const deadline = year === null || day === null ? null : `${year + 1}-${day}`;
  // ISO dates compare as strings; the deadline day itself still counts as in time
  const publishedOnTime = deadline === null || publishedAt === null ? null : publishedAt.slice(0, 10) <= deadline;
  const names = { year: year !== null, agency: Boolean(agency), signatureDate: signedAt !== null || profile.signed === false };

  const shortfalls: Shortfall[] = [];
  if (missing.length) shortfalls.push('missing-part');
  if (!inOrder) shortfalls.push('out-of-order');
  if (publishedOnTime === false) shortfalls.push('published-late');
  if (!names.year) shortfalls.push('no-year');
  if (!names.agency) shortfalls.push('no-agency');
  if (!names.signatureDate) shortfalls.push('no-signature-date');

  return {
    file: report.file,
    kind: profile.id,
    checked: [...parts],
    agency: agency ?? null,
    year,
    present,
    missing,
    embedded,
    embeddedIn,
    inOrder,
    order,
    publishedOnTime,
    deadline,
    publishedAt,
    signedAt,
    names,
    shortfalls,
    ok: shortfalls.length === 0,
  };
}

export function checkReports(reports: Report[], opts: CheckOptions = {}): ReportCheck[] {
  return reports.map((r) => checkReport(r, opts));
}
